"""Write a_dak-lak_287-KH-BDDL-2026_buu-dien-tinh-san-postmart-htx.docx, the forty-ninth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen49/make_docx.py [OUT]

A provincial post office's plan in Word (August 2026, the Bưu điện tỉnh Đắk Lắk of the Tổng công ty Bưu điện Việt Nam,
after Phú Yên was merged into Đắk Lắk): the post's header ("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH ĐẮK LẮK");
the grounds; I. purposes, II. targets ("-" lines), III. one sentence and a bordered table in the body STT | Nội dung
công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian, two group rows ("I", "II") whose title spans the four
other columns, eight numbered rows, the post's own rooms and area offices as doers, a doer cell and a partner cell of
two lines (two bodies, one a line); IV. three numbered paragraphs (a room, the area offices as a class, the provincial
Liên minh asked); the closing sentence; the signature beside "Nơi nhận" ("GIÁM ĐỐC" alone). Every paragraph a plain
paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dak-lak_287-KH-BDDL-2026_buu-dien-tinh-san-postmart-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Căn cứ Văn bản số 3315/BĐVN-TMĐT ngày 19/6/2026 của Tổng công ty Bưu điện Việt Nam về việc đẩy mạnh tiêu thụ "
     "nông sản, sản phẩm OCOP trên sàn thương mại điện tử Postmart;", "p"),
    ("Căn cứ nội dung làm việc giữa Bưu điện tỉnh và Liên minh Hợp tác xã tỉnh Đắk Lắk ngày 15/7/2026,", "p"),
    ("Bưu điện tỉnh Đắk Lắk lập Kế hoạch giúp các hợp tác xã, tổ hợp tác đưa sản phẩm lên sàn Postmart giai đoạn "
     "từ tháng 8 đến tháng 12 năm 2026 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Dùng mạng lưới bưu cục, điểm Bưu điện văn hóa xã để giúp hợp tác xã, tổ hợp tác (HTX, THT) ở vùng sâu, vùng xa "
     "bán hàng trên sàn Postmart, được thu gom, vận chuyển, thu hộ tiền hàng tại chỗ.", "p"),
    ("- Công việc giao đến từng phòng, Bưu điện khu vực; kết quả tính vào đánh giá thi đua của đơn vị.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- 120 HTX, THT mở gian hàng với khoảng 300 sản phẩm (cà phê, sầu riêng, mắc ca, yến sào, cá ngừ đại dương "
     "chế biến, sản phẩm OCOP).", "p"),
    ("- Doanh thu bán hàng của HTX qua sàn đạt 6 tỷ đồng; 100% đơn hàng được thu gom trong ngày.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Các công việc, đơn vị thực hiện và thời gian theo bảng dưới đây:", "p"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kinh doanh là đầu mối của Kế hoạch, nắm tiến độ từng việc hằng tuần; lập báo cáo kết quả gửi Giám "
     "đốc Bưu điện tỉnh và Tổng công ty trước ngày 20/12/2026.", "p"),
    ("2. Các Bưu điện khu vực phân công nhân viên điểm Bưu điện văn hóa xã làm cộng tác viên hỗ trợ HTX đăng bán sản "
     "phẩm; gửi danh sách cộng tác viên về Phòng Kinh doanh trước ngày 25/8/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh Đắk Lắk giới thiệu các HTX thành viên có sản phẩm đủ điều kiện tham gia "
     "sàn, cử cán bộ cùng giảng dạy các lớp tập huấn; thực hiện trong tháng 8/2026.", "p"),
    ("Trên đây là Kế hoạch hỗ trợ HTX, THT bán hàng trên sàn Postmart năm 2026 của Bưu điện tỉnh Đắk Lắk./.", "p"),
]

COLUMNS = ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.1), Cm(6.6), Cm(3.3), Cm(3.3), Cm(2.4)]
# a str is a group row (STT, title); a tuple a task row whose cells may hold several lines (a list)
ROWS = [
    ("I", "Chuẩn bị nguồn hàng"),
    ("1", "Khảo sát, lập danh sách HTX, THT có sản phẩm đủ điều kiện đưa lên sàn Postmart (có mã số, nhãn mác, giấy "
          "chứng nhận an toàn thực phẩm)", "Phòng Kinh doanh",
     ["Bưu điện khu vực Buôn Ma Thuột", "Bưu điện khu vực Tuy Hòa"], "Tháng 8/2026"),
    ("2", "Hướng dẫn HTX mở gian hàng, chụp ảnh, viết mô tả sản phẩm, khai báo giá và truy xuất nguồn gốc",
     ["Bưu điện khu vực Buôn Ma Thuột", "Bưu điện khu vực Tuy Hòa"], "Phòng Kinh doanh", "Tháng 9 - 10/2026"),
    ("3", "Mở 04 lớp tập huấn bán hàng trực tuyến, livestream cho cán bộ, thành viên HTX", "Phòng Kinh doanh",
     "Liên minh Hợp tác xã tỉnh", "Quý III/2026"),
    ("II", "Vận chuyển, thanh toán và quảng bá"),
    ("4", "Xây dựng bảng giá cước ưu đãi (giảm 15 - 20%) cho bưu gửi nông sản của HTX bán qua sàn",
     "Phòng Kế toán - Tài chính", "Phòng Kinh doanh", "Trước 31/8/2026"),
    ("5", "Bố trí điểm thu gom hàng tại 45 điểm Bưu điện văn hóa xã có HTX; lịch thu gom trong ngày",
     "Trung tâm Khai thác - Vận chuyển", "Bưu điện khu vực Buôn Ma Thuột", "Tháng 10/2026"),
    ("6", "Mở tài khoản thanh toán, dịch vụ thu hộ tiền hàng (COD) cho HTX", "Phòng Kế toán - Tài chính", "",
     "Quý IV/2026"),
    ("7", "Tổ chức \"Tuần lễ nông sản HTX Đắk Lắk trên Postmart\" dịp cuối năm", "Phòng Kinh doanh",
     "Sở Công Thương", "Tháng 11 - 12/2026"),
    ("8", "Đăng tin, bài giới thiệu sản phẩm HTX trên trang fanpage, Zalo OA của Bưu điện tỉnh", "Phòng Tổng hợp", "",
     "Hằng tuần"),
]


def lines(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM", "BƯU ĐIỆN TỈNH ĐẮK LẮK"], "Số: 287/KH-BĐĐL",
                 "Đắk Lắk, ngày 04 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác đưa sản phẩm lên sàn thương mại điện tử Postmart năm 2026", bold=True,
         center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if len(values) == 2:
            cell_lines(row.cells[0], [values[0]], bold=(0,))
            title = row.cells[1].merge(row.cells[4])
            cell_lines(title, [values[1]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_lines(cell, lines(value) if value else [""], center=i in (0, 4))
    para(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Tổng công ty BĐVN (Ban TMĐT) (b/c);", "- Liên minh HTX tỉnh;",
                          "- Sở Công Thương;", "- Ban Giám đốc;", "- Các phòng, Trung tâm, BĐKV;",
                          "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Y Khuê Niê"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Bưu điện tỉnh Đắk Lắk",
                 title="Kế hoạch 287/KH-BĐĐL", created=datetime(2026, 7, 28, 9, 40, 0),
                 modified=datetime(2026, 8, 4, 15, 25, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
