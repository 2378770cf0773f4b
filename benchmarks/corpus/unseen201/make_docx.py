"""Write a_da-nang_14-KH-TLTB-2026_tam-con-thu-mua-ken-htx-dau-tam.docx, the two-hundred-and-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen201/make_docx.py [OUT]

A silk-reeling company's plan (March 2026) for the young silkworms it supplies through a chawki-rearing cooperative and
the fresh cocoons it buys from sericulture cooperatives and cooperative groups over the five rearing batches of 2026.
Under the title a Word-style TABLE OF CONTENTS (the headings again, dot leaders drawn by a right tab stop, page
numbers); I. targets ("-" lines); II. a facts table of the five batches (hatching day, day the young worms are handed
out, expected cocoon day, boxes) and a note of the batch's stages; III. ONE bordered table of the work repeated in
every batch, its times given BY THE SILKWORM'S STAGE ("03 ngày trước ngày băng tằm", "Tằm tuổi 4 - 5", "Ngày thứ 6 sau
lên né"); IV. a second table of the once-off work with dates; V. one request to the cooperatives; the closing
sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_da-nang_14-KH-TLTB-2026_tam-con-thu-mua-ken-htx-dau-tam.docx"

# the table of contents as Word prints it: heading, TAB (a right tab stop with dot leaders), page
CONTENTS = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "1"),
    ("II. LỊCH CÁC LỨA TẰM NĂM 2026", "1"),
    ("III. CÔNG VIỆC LẶP LẠI Ở MỖI LỨA TẰM", "2"),
    ("IV. CÔNG VIỆC LÀM MỘT LẦN TRONG NĂM", "3"),
    ("V. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "3"),
]

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Năm 2025, vùng dâu liên kết của Công ty ở các xã Duy Xuyên, Thu Bồn, Nam Phước cho 71 tấn kén, nhưng lứa tằm "
     "tháng 6 và tháng 7 bị bệnh bủng, bệnh trong nặng, tỷ lệ kén loại 1 chỉ đạt 62%. Để bảo đảm nguyên liệu cho Xưởng "
     "Ươm tơ và thu nhập của hộ nuôi tằm là thành viên hợp tác xã, tổ hợp tác, Công ty lập Kế hoạch năm 2026 như sau:",
     "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Cung ứng đủ 2.150 hộp tằm con đã nuôi tập trung đến tuổi 3 cho 04 hợp tác xã và 02 tổ hợp tác liên kết.", "p"),
    ("- Thu mua không dưới 88 tấn kén tươi; tỷ lệ kén loại 1 bình quân cả năm từ 80% trở lên.", "p"),
    ("- Không để hộ nuôi tằm phải chờ quá 02 ngày kể từ ngày gỡ kén mới được cân kén.", "p"),
    ("II. LỊCH CÁC LỨA TẰM NĂM 2026", "h"),
]

BATCH_COLUMNS = ["Lứa", "Ngày băng tằm", "Ngày chia tằm con tuổi 3", "Ngày thu kén dự kiến", "Số hộp"]
BATCH_WIDTHS = [Cm(1.6), Cm(3.4), Cm(4.0), Cm(3.8), Cm(2.2)]
BATCHES = [
    ("1", "06/4/2026", "16/4/2026", "05/5/2026", "380"),
    ("2", "18/5/2026", "28/5/2026", "16/6/2026", "450"),
    ("3", "29/6/2026", "09/7/2026", "28/7/2026", "420"),
    ("4", "10/8/2026", "20/8/2026", "08/9/2026", "470"),
    ("5", "21/9/2026", "01/10/2026", "20/10/2026", "430"),
    ("Cộng", "", "", "", "2.150"),
]

BEFORE_WORK = [
    ("Ghi chú: ngày băng tằm là ngày thứ nhất của lứa. Tằm tuổi 1 đến tuổi 3 nuôi tập trung tại HTX Nuôi tằm con "
     "Đông Yên trong 10 ngày; từ ngày thứ 11 tằm tuổi 4 - 5 nuôi tại hộ; tằm chín lên né khoảng ngày thứ 23; gỡ kén "
     "vào ngày thứ 6 sau lên né.", "p"),
    ("III. CÔNG VIỆC LẶP LẠI Ở MỖI LỨA TẰM", "h"),
    ("Bảng dưới đây áp dụng cho cả 05 lứa; thời điểm tính theo tuổi tằm của từng lứa ở mục II.", "p"),
]

COLUMNS = ["TT", "Thời điểm trong lứa", "Công việc", "Chủ trì", "Phối hợp"]
WIDTHS = [Cm(0.9), Cm(3.0), Cm(6.6), Cm(2.7), Cm(2.8)]
ROWS = [
    ("1", "03 ngày trước ngày băng tằm", "Giao trứng giống lai F1 đã soi kiểm tra bệnh gai cho HTX Nuôi tằm con Đông "
     "Yên; hướng dẫn ủ trứng, chuẩn bị phòng nuôi", "Trạm Trứng giống", "Phòng Kỹ thuật dâu tằm"),
    ("2", "Từ ngày băng tằm đến hết tằm tuổi 3", "Nuôi tằm con tập trung theo quy trình của Công ty; ghi sổ nhiệt "
     "độ, ẩm độ, lượng lá của từng nong", "HTX Nuôi tằm con Đông Yên", "Phòng Kỹ thuật dâu tằm"),
    ("3", "Ngày thứ 10", "Chia tằm con tuổi 3 cho hộ nuôi theo danh sách đăng ký của từng HTX, THT; lập biên bản giao "
     "nhận số hộp", "Phòng Nguyên liệu", "HTX Nuôi tằm con Đông Yên"),
    ("4", "Tằm tuổi 4 - 5", "Đến từng hộ kiểm tra nong tằm, hướng dẫn cho ăn, rắc vôi bột, loại bỏ tằm bệnh; ghi "
     "nhật ký thăm hộ", "Phòng Kỹ thuật dâu tằm", "Tổ kỹ thuật các HTX"),
    ("5", "Ngày thứ 6 sau lên né", "Gỡ kén, để ráo, phân loại sơ bộ tại điểm tập kết; báo Tổ Thu mua kén số kén của "
     "từng hộ", "Các HTX, THT liên kết", ""),
    ("6", "Ngày thứ 7 - 8 sau lên né", "Cân kén tại điểm tập kết, lấy mẫu cắt kén xác định tỷ lệ vỏ kén, xếp loại; "
     "chở kén về sấy ngay trong ngày", "Tổ Thu mua kén", "Xưởng Ươm tơ"),
    ("7", "Trong 03 ngày làm việc sau ngày cân", "Chuyển tiền kén vào tài khoản của HTX, THT kèm bảng kê theo hộ và "
     "theo loại kén", "Phòng Kế toán", ""),
    ("8", "Sau khi thu kén 07 ngày", "Họp rút kinh nghiệm lứa với ban điều hành các HTX, THT; chốt số hộp đăng ký "
     "của lứa kế tiếp", "Phòng Nguyên liệu", "Phòng Kỹ thuật dâu tằm, Trạm Trứng giống"),
]

ONCE_COLUMNS = ["TT", "Công việc", "Chủ trì", "Phối hợp", "Thời hạn"]
ONCE_WIDTHS = [Cm(0.9), Cm(7.4), Cm(2.8), Cm(3.0), Cm(1.9)]
ONCE = [
    ("1", "Ký phụ lục hợp đồng năm 2026 với từng HTX, THT: số hộp mỗi lứa, giá sàn kén loại 1 là 152.000 đồng/kg, "
     "giá thưởng kén có tỷ lệ vỏ trên 21%", "Phòng Nguyên liệu", "Phòng Kế toán", "Trước 31/3/2026"),
    ("2", "Hỗ trợ 50% tiền hom dâu giống S7-CB để thành viên HTX Dâu tằm Thu Bồn trồng mới 18 ha trên đất bãi ven "
     "sông", "Phòng Kỹ thuật dâu tằm", "UBND xã Thu Bồn", "Tháng 4/2026"),
    ("3", "Lắp đặt thêm 02 máy sấy kén bằng hơi nóng tại Xưởng Ươm tơ trước mùa kén nhiều nhất trong năm",
     "Xưởng Ươm tơ", "Phòng Kế toán", "Trước 15/5/2026"),
    ("4", "Lập hồ sơ đề nghị hỗ trợ né gỗ xoay cho THT dâu tằm thôn Chiêm Sơn và THT dâu tằm thôn Phú Bông theo "
     "chính sách khuyến nông của thành phố", "Phòng Nguyên liệu", "Liên minh Hợp tác xã thành phố",
     "Quý III/2026"),
    ("5", "Tổng kết năm, khen thưởng hộ nuôi và HTX, THT có tỷ lệ kén loại 1 cao; dự kiến số hộp năm 2027",
     "Ban Tổng giám đốc", "Phòng Nguyên liệu", "Tháng 12/2026"),
]

AFTER = [
    ("V. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("Đề nghị các HTX, THT liên kết chỉ đạo thành viên giữ đủ lá dâu cho tằm tuổi 4 - 5, khử trùng nhà nuôi trước "
     "mỗi lứa và không bán kén ra ngoài khi hợp đồng còn hiệu lực.", "p"),
    ("Các phòng, xưởng, trạm, tổ thuộc Công ty căn cứ Kế hoạch này để triển khai; trong quá trình thực hiện có "
     "vướng mắc, báo về Phòng Nguyên liệu để trình Tổng giám đốc xem xét./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def contents(doc):
    para(doc, "MỤC LỤC", bold=True, center=True)
    for heading, page in CONTENTS:
        p = para(doc, f"{heading}\t{page}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    para(doc)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TƠ LỤA THU BỒN"], "Số: 14/KH-TLTB",
                 "Duy Xuyên, ngày 16 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng tằm con và thu mua kén tằm của các hợp tác xã, tổ hợp tác trồng dâu nuôi tằm năm 2026",
         bold=True, center=True)
    contents(doc)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, BATCH_COLUMNS, BATCH_WIDTHS, BATCHES, center_columns=(0, 1, 2, 3, 4))
    for text, style in BEFORE_WORK:
        para(doc, text, bold=style == "h", italic=text.startswith("Ghi chú"))
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 1))
    para(doc, "IV. CÔNG VIỆC LÀM MỘT LẦN TRONG NĂM", bold=True)
    bordered(doc, ONCE_COLUMNS, ONCE_WIDTHS, ONCE, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 06 HTX, THT liên kết;",
                          "- UBND các xã Duy Xuyên, Thu Bồn, Nam Phước;", "- Liên minh HTX thành phố;",
                          "- Các phòng, xưởng, trạm, tổ (t/h);", "- Lưu: VT, NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Nguyễn Hữu Tường Vy"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 14/KH-TLTB", created=datetime(2026, 3, 11, 9, 0, 0),
                 modified=datetime(2026, 3, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
