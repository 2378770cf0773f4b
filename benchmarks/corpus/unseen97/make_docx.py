"""Write a_can-tho_19-KH-HHDL-2025_hiep-hoi-du-lich-ket-noi-htx.docx, the ninety-seventh held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen97/make_docx.py [OUT]

A city tourism association's plan (August 2025, after Cần Thơ, Sóc Trăng and Hậu Giang were merged) linking the
cooperatives that run community and farm tourism with its member travel companies: the grounds, I. purposes, II. one
bordered table TT | Hoạt động | Bộ phận thực hiện | Phối hợp | Thời gian with three group rows (A., B., C.) whose other
cells are empty, seven activity rows; III. three numbered paragraphs; the closing sentence, the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_can-tho_19-KH-HHDL-2025_hiep-hoi-du-lich-ket-noi-htx.docx"

OPENING = [
    "Căn cứ Điều lệ Hiệp hội Du lịch thành phố Cần Thơ;",
    "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hiệp hội lần thứ năm (khóa III) về chương trình hoạt động 6 tháng cuối "
    "năm 2025;",
    "Ban Thường trực Hiệp hội xây dựng Kế hoạch đưa khách của các công ty lữ hành hội viên đến các hợp tác xã làm du "
    "lịch miệt vườn, chợ nổi và làng nghề trong mùa khách cuối năm, cụ thể:",
]

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH", "h"),
    ("- Các HTX, tổ hợp tác có dịch vụ du lịch ở Phong Điền, Cái Răng và vùng Sóc Trăng, Hậu Giang cũ được giới "
     "thiệu tới doanh nghiệp lữ hành, có thêm nguồn khách ổn định.", "p"),
    ("- Hội viên lữ hành có thêm điểm đến mới, giá hợp lý, gắn với sinh kế của bà con nông dân.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Hoạt động", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.8)]
ROWS = [
    ("A", "KHẢO SÁT, CHỌN ĐIỂM", "", "", ""),
    ("1", "Khảo sát 14 HTX, THT có dịch vụ homestay, vườn trái cây, làm bánh dân gian; chấm phiếu đánh giá điểm đón "
          "khách", "Ban Phát triển sản phẩm", "Phòng Quản lý du lịch (Sở VHTTDL); UBND các xã có HTX được khảo sát",
     "08/9 - 30/9/2025"),
    ("2", "Chọn 06 HTX đủ điều kiện đưa vào tour thử nghiệm, thông báo kết quả cho từng HTX", "Ban Thường trực",
     "Ban Phát triển sản phẩm", "Đầu tháng 10/2025"),
    ("B", "KẾT NỐI, QUẢNG BÁ", "", "", ""),
    ("3", "Đưa đoàn famtrip của 30 công ty lữ hành hội viên đi thực tế tại các HTX được chọn (02 đoàn)",
     "Chi hội Lữ hành", "Trung tâm Xúc tiến du lịch thành phố", "Tháng 10 và tháng 11/2025"),
    ("4", "Hội nghị kết nối, ký biên bản hợp tác đón khách giữa HTX và doanh nghiệp lữ hành", "Văn phòng Hiệp hội",
     "Liên minh HTX thành phố", "Trước 20/11/2025"),
    ("5", "Đăng bài giới thiệu sản phẩm du lịch của các HTX trên trang tin và fanpage của Hiệp hội",
     "Văn phòng Hiệp hội", "", "Thường xuyên"),
    ("C", "NÂNG KỸ NĂNG PHỤC VỤ", "", "", ""),
    ("6", "Tập huấn kỹ năng đón tiếp, thuyết minh, giữ vệ sinh an toàn thực phẩm cho thành viên HTX",
     "Chi hội Lưu trú", "Trường Cao đẳng Du lịch Cần Thơ", "Trước mùa cao điểm (xong 15/11)"),
    ("7", "Hướng dẫn HTX niêm yết giá dịch vụ, bán vé, nhận thanh toán bằng mã QR", "Chi hội Lữ hành",
     "", "Tháng 12/2025"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Hiệp hội là đầu mối theo dõi Kế hoạch, tổng hợp kết quả báo cáo Ban Chấp hành tại hội nghị tổng "
     "kết năm (tháng 12/2025).", "p"),
    ("2. Đề nghị các công ty lữ hành hội viên đưa ít nhất 01 điểm HTX vào chương trình tour Tết của đơn vị mình, "
     "đăng ký với Văn phòng Hiệp hội trước ngày 15/12/2025.", "p"),
    ("3. Kinh phí thực hiện từ nguồn hội phí và đóng góp tự nguyện của hội viên; Ban Thường trực quyết định chi theo "
     "quy chế tài chính của Hiệp hội.", "p"),
    ("Trên đây là Kế hoạch kết nối HTX du lịch với doanh nghiệp lữ hành mùa cao điểm cuối năm 2025 của Hiệp hội Du "
     "lịch thành phố Cần Thơ./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HIỆP HỘI DU LỊCH", "THÀNH PHỐ CẦN THƠ"], "Số: 19/KH-HHDL",
                 "Cần Thơ, ngày 28 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối hợp tác xã du lịch cộng đồng, du lịch nông nghiệp với doanh nghiệp lữ hành hội viên mùa cao "
              "điểm cuối năm 2025", bold=True, center=True)
    for text in OPENING:
        para(doc, text, italic=text.startswith("Căn cứ"))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        group = values[0] in ("A", "B", "C")
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0] or group:
                cell_lines(cell, [value], bold=(0,), center=i != 1)
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở VHTTDL thành phố (b/c);", "- Liên minh HTX thành phố;",
                          "- BCH Hiệp hội;", "- Các chi hội, hội viên;", "- HTX được khảo sát;", "- Lưu: VP."],
                    ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Quách Thanh Nhàn"])
    return saved(doc, author="Văn phòng Hiệp hội", editor="Văn phòng Hiệp hội Du lịch Cần Thơ",
                 title="Kế hoạch 19/KH-HHDL", created=datetime(2025, 8, 21, 9, 10, 0),
                 modified=datetime(2025, 8, 28, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
