"""Write a_ha-noi_07-KH-UBKTDU-2026_uy-ban-kiem-tra-dang-uy-xa-chi-bo-htx.docx, the seventy-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen73/make_docx.py [OUT]

A commune Party committee's Inspection Commission's plan for checking the Party cells of cooperatives (March 2026,
a Hà Nội commune without a district): the Party's header (the Đảng bộ, the Đảng ủy and the Commission on the left,
"ĐẢNG CỘNG SẢN VIỆT NAM" on the right, "Số 07-KH/UBKTĐU" without a colon), I. purposes, II. the two inspection teams
(no task) and a bordered table of the Party cells to check (TT | Chi bộ được kiểm tra | Tổ kiểm tra | Thời gian), III.
numbered paragraphs; the signature "T/M ỦY BAN KIỂM TRA / CHỦ NHIỆM" beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-noi_07-KH-UBKTDU-2026_uy-ban-kiem-tra-dang-uy-xa-chi-bo-htx.docx"

BEFORE_TABLE = [
    ("Căn cứ Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy xã nhiệm kỳ 2025 - 2030; căn cứ Chương trình kiểm tra, giám "
     "sát năm 2026 của Đảng ủy xã, Ủy ban Kiểm tra Đảng ủy xã Sóc Sơn xây dựng kế hoạch kiểm tra đối với các chi bộ "
     "hợp tác xã trực thuộc như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Đánh giá việc lãnh đạo của chi bộ đối với hoạt động sản xuất, kinh doanh, quản lý tài sản, vốn quỹ của hợp tác "
     "xã; việc chấp hành Điều lệ Đảng và sinh hoạt chi bộ của đảng viên là cán bộ quản lý hợp tác xã. Kiểm tra đúng "
     "nguyên tắc, khách quan, không gây cản trở sản xuất của hợp tác xã.", "p"),
    ("II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN", "h"),
    ("1. Nội dung: việc lãnh đạo thực hiện nghị quyết đại hội thành viên, phương án sản xuất kinh doanh năm 2025; "
     "việc thu, chi, công khai tài chính và phân phối thu nhập cho thành viên; việc quản lý, sử dụng đất được giao, "
     "nhà kho, máy móc của hợp tác xã.", "p"),
    ("2. Thành phần tổ kiểm tra", "p"),
    ("- Tổ số 1: đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra làm Tổ trưởng, 01 ủy viên Ủy ban Kiểm tra và 01 cán bộ Ban "
     "Xây dựng Đảng.", "p"),
    ("- Tổ số 2: đồng chí Ủy viên chuyên trách làm Tổ trưởng, 01 ủy viên Ủy ban Kiểm tra và 01 công chức Phòng Kinh "
     "tế UBND xã.", "p"),
    ("3. Chi bộ được kiểm tra và thời gian", "p"),
]

COLUMNS = ["TT", "Chi bộ được kiểm tra", "Tổ kiểm tra", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(8.0), Cm(3.2), Cm(3.8)]
ROWS = [
    ("1", "Chi bộ HTX Nông nghiệp Xuân Thu (kiểm tra kết hợp việc quyết toán công trình kho lạnh)", "Tổ số 1",
     "Tháng 4/2026"),
    ("2", "Chi bộ HTX Dịch vụ điện năng Minh Phú", "Tổ số 1", "Tháng 6/2026"),
    ("3", "Chi bộ HTX Chăn nuôi bò sữa Phù Linh", "Tổ số 2", "Sau vụ thu hoạch lúa xuân"),
    ("4", "Chi bộ HTX Rau an toàn Hiền Ninh", "Tổ số 2", "Xong trước 15/9/2026"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các chi bộ được kiểm tra tự kiểm điểm, chuẩn bị báo cáo bằng văn bản theo đề cương gửi Ủy ban Kiểm tra Đảng "
     "ủy xã chậm nhất 07 ngày trước ngày làm việc với tổ kiểm tra.", "p"),
    ("2. Ban Xây dựng Đảng (Đảng ủy xã) phối hợp Ủy ban Kiểm tra hướng dẫn các chi bộ hợp tác xã rà soát, sắp xếp hồ "
     "sơ đảng viên, sổ sách sinh hoạt chi bộ; xong trong tháng 4.", "p"),
    ("3. Phòng Kinh tế UBND xã cung cấp cho các tổ kiểm tra số liệu về tình hình sản xuất kinh doanh, báo cáo tài "
     "chính năm 2025 của 04 hợp tác xã trước ngày 31/3/2026.", "p"),
    ("4. Văn phòng Đảng ủy bố trí phương tiện, kinh phí phục vụ các tổ kiểm tra trong suốt thời gian kiểm tra.", "p"),
    ("5. Các tổ kiểm tra báo cáo kết quả, dự thảo thông báo kết luận trình Thường trực Ủy ban Kiểm tra chậm nhất 10 "
     "ngày sau khi kết thúc kiểm tra tại mỗi chi bộ.", "p"),
    ("6. Đồng chí Chủ nhiệm Ủy ban Kiểm tra tổng hợp, báo cáo Ban Thường vụ Đảng ủy xã kết quả kiểm tra các chi bộ hợp "
     "tác xã trong tháng 11/2026.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY XÃ SÓC SƠN", "ỦY BAN KIỂM TRA", "*"],
               bold=(1, 2))
    cell_lines(head.cell(0, 1), ["ĐẢNG CỘNG SẢN VIỆT NAM", ""], bold=(0,))
    cell_lines(head.cell(1, 0), ["Số 07-KH/UBKTĐU"])
    cell_lines(head.cell(1, 1), ["Sóc Sơn, ngày 18 tháng 3 năm 2026"], italic=(0,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "kiểm tra việc lãnh đạo, chỉ đạo của các chi bộ hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "-----", center=True)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i != 1)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường vụ Đảng ủy xã (b/c),", "- Các chi bộ HTX có tên tại mục II.3,",
                          "- Ban XDĐ, Văn phòng Đảng ủy,", "- Lưu UBKT."],
                    ["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "", "", "", "Khuất Thị Hoài Thu"])
    return saved(doc, author="UBKT Đảng ủy xã", editor="Văn phòng Đảng ủy xã Sóc Sơn",
                 title="Kế hoạch 07-KH/UBKTĐU", created=datetime(2026, 3, 12, 14, 40, 0),
                 modified=datetime(2026, 3, 18, 9, 15, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
