"""Write a_ca-mau_58-KH-CNDM-2026_lan-cam-bien-ao-tom-htx.docx, the hundred-and-seventy-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen176/make_docx.py [OUT]

An agri-tech company's plan (September 2026) to fit the shrimp ponds of three aquaculture cooperatives and one
cooperative group with IoT water-quality sensors and automatic aerator controllers before the first crop of 2027:
an opening, I. targets ("-" lines), II. the scale in two paragraphs (facts), III. a note on how to read the table,
then ONE SWIMLANE TABLE: the first column is the time, then ONE COLUMN PER ACTOR (three rooms of the company, "Các
HTX, THT", "Cơ quan, đơn vị khác"); a step's work is written in the lane of the one who leads it, a partner's lane on
the same row holds a short line opening "Phối hợp:", the other lanes are empty; IV. two numbered duties of the
cooperatives; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ca-mau_58-KH-CNDM-2026_lan-cam-bien-ao-tom-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BEFORE = [
    ("Căn cứ Hợp đồng cung cấp giải pháp số 19/2026/HĐ-CNĐM ký ngày 08/9/2026 giữa Công ty với HTX Tôm sạch Vĩnh "
     "Hậu, HTX Nuôi trồng thủy sản Long Điền, HTX Tôm công nghệ cao Hiệp Thành và Tổ hợp tác nuôi tôm ấp Cái Cùng; "
     "phần thiết bị được Sở Nông nghiệp và Môi trường hỗ trợ một nửa kinh phí từ chương trình khuyến nông năm 2026, "
     "Công ty Cổ phần Công nghệ Đất Mũi lập Kế hoạch lắp đặt và vận hành như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mỗi ao nuôi của thành viên có một bộ cảm biến đo oxy hòa tan, pH, nhiệt độ, độ mặn và một tủ điều khiển quạt "
     "nước tự động, chạy ổn định trước khi thả giống vụ 1 năm 2027.", "p"),
    ("- Chủ ao nhận cảnh báo trên điện thoại khi oxy hòa tan xuống dưới 4 mg/l; điện năng chạy quạt giảm từ 15% trở "
     "lên so với vụ 2026.", "p"),
    ("II. QUY MÔ", "h"),
    ("Tổng cộng 96 ao nuôi tôm thẻ chân trắng, tôm sú thâm canh và siêu thâm canh với diện tích mặt nước 41,5 ha ở xã "
     "Vĩnh Hậu, xã Long Điền và phường Hiệp Thành; trong đó HTX Tôm sạch Vĩnh Hậu 34 ao, HTX Nuôi trồng thủy sản Long "
     "Điền 27 ao, HTX Tôm công nghệ cao Hiệp Thành 23 ao, Tổ hợp tác nuôi tôm ấp Cái Cùng 12 ao.", "p"),
    ("Thiết bị do Công ty sản xuất, bảo hành 24 tháng; dữ liệu lưu trên máy chủ của Công ty, mỗi chủ ao chỉ xem được ao "
     "của mình, ban giám đốc hợp tác xã xem được toàn bộ ao của hợp tác xã.", "p"),
    ("III. PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Bảng dưới đây chia theo làn: mỗi cột là một bộ phận hoặc đơn vị. Việc ghi ở cột của bộ phận, đơn vị nào thì bộ "
     "phận, đơn vị đó chủ trì; dòng ghi “Phối hợp:” ở cột khác cùng hàng là phần việc phối hợp của đơn vị ở cột đó; ô "
     "để trống là đơn vị đó không tham gia bước này. Cột đầu là thời hạn hoàn thành của từng bước.", "i"),
]

LANES = ["Thời gian", "Phòng Kỹ thuật - Lắp đặt", "Phòng Nền tảng số", "Phòng Dự án", "Các HTX, THT",
         "Cơ quan, đơn vị khác"]
WIDTHS = [Cm(2.3), Cm(2.8), Cm(2.7), Cm(2.7), Cm(2.7), Cm(2.8)]
# one row a step: the time, then the five lanes ("" an empty lane)
ROWS = [
    ("Đến 02/10/2026", "", "",
     "Khảo sát từng ao, đo khoảng cách tới nguồn điện, chốt danh sách 96 ao và vị trí đặt tủ điều khiển",
     "Phối hợp: cử người dẫn đường, cung cấp sơ đồ ao của thành viên", ""),
    ("05 - 16/10/2026", "Phối hợp: đo tải thực tế của quạt nước tại các ao", "", "", "",
     "Đề nghị Công ty Điện lực Cà Mau kiểm tra tải, cân pha các trạm biến áp cấp điện cho vùng nuôi Vĩnh Hậu, Long "
     "Điền"),
    ("Trước 23/10/2026", "",
     "Tạo tài khoản trên ứng dụng cho từng hợp tác xã, tổ hợp tác và từng chủ ao, phân quyền xem dữ liệu theo ao", "",
     "Phối hợp: gửi danh sách chủ ao kèm số điện thoại", ""),
    ("Tháng 10/2026", "Phối hợp: giao bản vẽ móng tủ, kiểm tra trước khi đổ", "", "",
     "Dọn bờ ao, đổ trụ bê tông đặt tủ điều khiển theo bản vẽ của Công ty; mỗi đơn vị cử 02 thành viên học lắp cùng "
     "tổ kỹ thuật", ""),
    ("26/10 - 20/11/2026",
     "Lắp 96 bộ cảm biến và tủ điều khiển quạt nước, đấu nối, chạy thử từng ao",
     "Phối hợp: kiểm tra tín hiệu từng ao truyền về máy chủ", "", "", ""),
    ("Trước 30/11/2026", "",
     "Cài ngưỡng cảnh báo oxy, pH theo từng giai đoạn nuôi; đặt chế độ tự bật quạt khi oxy dưới 4 mg/l", "", "",
     "Phối hợp: Trung tâm Khuyến nông tỉnh góp ý ngưỡng kỹ thuật cho tôm thẻ, tôm sú"),
    ("Tháng 12/2026", "", "",
     "Nghiệm thu từng ao, lập biên bản bàn giao có chữ ký của chủ ao và đại diện hợp tác xã, tổ hợp tác",
     "Phối hợp: bố trí chủ ao có mặt khi nghiệm thu",
     "Phối hợp: Chi cục Thủy sản chứng kiến nghiệm thu phần thiết bị được hỗ trợ kinh phí"),
    ("Trước 15/12/2026",
     "Tập huấn chủ ao đọc cảnh báo, vệ sinh đầu đo, xử lý khi mất điện; mỗi đơn vị một buổi tại ao mẫu",
     "Phối hợp: hướng dẫn cài, dùng ứng dụng trên điện thoại", "", "", ""),
    ("Trước 31/12/2026", "", "",
     "Hoàn thiện hồ sơ thanh toán phần hỗ trợ 50% chi phí thiết bị, gửi Sở Nông nghiệp và Môi trường",
     "Phối hợp: ký xác nhận khối lượng đã lắp", ""),
    ("Suốt vụ nuôi 2027 (tháng 01 - 8/2027)",
     "Trực xử lý sự cố 24/7; thay đầu đo hỏng trong vòng 48 giờ kể từ khi nhận báo", "", "", "", ""),
    ("Hằng tháng, từ tháng 02/2027", "",
     "Gửi mỗi hợp tác xã, tổ hợp tác bản tin tháng về chất lượng nước và điện năng chạy quạt của từng ao", "", "",
     ""),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("1. Cử ở mỗi ao một thành viên làm đầu mối vận hành thiết bị, gửi danh sách về Phòng Dự án trước ngày "
     "20/10/2026; không tự ý tháo, di dời đầu đo, tủ điều khiển.", "p"),
    ("2. Nộp phần đối ứng 50% giá trị thiết bị theo hợp đồng làm hai lần: lần đầu khi ký biên bản bàn giao, lần sau "
     "chậm nhất ngày 31/3/2027.", "p"),
    ("Các phòng của Công ty, các hợp tác xã, tổ hợp tác căn cứ Kế hoạch này để thực hiện; vướng mắc trao đổi với Phòng "
     "Dự án (điện thoại 0290 3812 466) để giải quyết./.", "p"),
]


def lane_cell(cell, text: str, *, bold=False, italic=False, center=False, size=10.5) -> None:
    """``cell``'s text as one paragraph of one run (none when empty) in ``size`` pt."""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)


def swimlanes(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(LANES))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [LANES, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                lane_cell(cell, value, bold=True, center=True)
            else:
                lane_cell(cell, value, italic=value.startswith("Phối hợp:"), center=i == 0)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CÔNG NGHỆ ĐẤT MŨI"], "Số: 58/KH-CNĐM",
                 "Cà Mau, ngày 24 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lắp đặt cảm biến môi trường nước, tủ điều khiển quạt nước tự động cho ao nuôi tôm của các hợp tác xã, "
              "tổ hợp tác trước vụ nuôi năm 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    swimlanes(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị Công ty (b/c);", "- Sở Nông nghiệp và Môi trường;",
                          "- 03 HTX, 01 THT ký hợp đồng;", "- Trung tâm Khuyến nông tỉnh;",
                          "- Các phòng: KT-LĐ, NTS, DA;", "- Lưu: VT, DA."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lâm Quốc Trung"])
    return saved(doc, author="Phòng Dự án", editor="Văn thư",
                 title="Kế hoạch 58/KH-CNĐM", created=datetime(2026, 9, 18, 9, 10, 0),
                 modified=datetime(2026, 9, 24, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
