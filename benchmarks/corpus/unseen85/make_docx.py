"""Write a_can-tho_3127-HD-STC-2026_huong-dan-bao-cao-cuoi-nam-htx-bang-thoi-han.docx, the eighty-fifth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen85/make_docx.py [OUT]

A Sở Tài chính's GUIDANCE (Hướng dẫn, November 2026) on the year-end reports of cooperatives, cooperative groups and
the bodies that collect them: I. scope, II. what the reports hold (the forms), III. a bordered table of who reports,
what, to whom and by when (Đơn vị báo cáo | Nội dung | Nơi nhận | Thời hạn), IV. three numbered paragraphs of the
Sở's own units and the communes, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain
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
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_can-tho_3127-HD-STC-2026_huong-dan-bao-cao-cuoi-nam-htx-bang-thoi-han.docx"

BEFORE_TABLE = [
    ("I. PHẠM VI, ĐỐI TƯỢNG", "h"),
    ("1. Đối tượng báo cáo gồm mọi tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã đăng ký trên địa bàn thành phố, kể "
     "cả các đơn vị đang tạm ngừng kinh doanh.", "p"),
    ("2. Số liệu báo cáo tính từ ngày 01/01/2026 đến ngày 30/11/2026, ước thực hiện tháng 12/2026.", "p"),
    ("II. NỘI DUNG BÁO CÁO", "h"),
    ("- Mẫu số 01: tình hình hoạt động của hợp tác xã, liên hiệp hợp tác xã (thành viên, vốn, doanh thu, lợi "
     "nhuận, thu nhập bình quân của người lao động).", "p"),
    ("- Mẫu số 02: tình hình hoạt động của tổ hợp tác (ngắn gọn, một trang).", "p"),
    ("- Mẫu số 03: bảng tổng hợp của xã, phường, kèm danh sách hợp tác xã ngừng hoạt động trên 12 tháng.", "p"),
    ("III. ĐƠN VỊ BÁO CÁO, NƠI NHẬN VÀ THỜI HẠN", "h"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Tài chính doanh nghiệp (Sở Tài chính) tổng hợp số liệu toàn thành phố, tham mưu Giám đốc Sở báo cáo "
     "Ủy ban nhân dân thành phố và Bộ Tài chính trước ngày 10/01/2027.", "p"),
    ("2. Văn phòng Sở đăng tải Hướng dẫn và các mẫu biểu (bản Excel) trên Cổng thông tin điện tử của Sở Tài chính "
     "trong tháng 11/2026.", "p"),
    ("3. Ủy ban nhân dân các xã, phường giao công chức theo dõi kinh tế tập thể đến tận trụ sở các hợp tác xã chưa "
     "nộp báo cáo để hướng dẫn, đôn đốc, xong trong tháng 12/2026.", "p"),
    ("Vướng mắc phát sinh, các đơn vị trao đổi trực tiếp với Phòng Tài chính doanh nghiệp (điện thoại 0292.3820.417) "
     "để được giải đáp./.", "p"),
]

COLUMNS = ["TT", "Đơn vị báo cáo", "Nội dung", "Nơi nhận", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(3.8), Cm(6.0), Cm(3.4), Cm(2.8)]
ROWS = [
    ("1", "Hợp tác xã, liên hiệp hợp tác xã", "Báo cáo theo Mẫu số 01, có chữ ký của Giám đốc và đóng dấu",
     "Ủy ban nhân dân xã, phường nơi đặt trụ sở", "Trước ngày 15/12/2026"),
    ("2", "Tổ hợp tác (tổ trưởng ký)", "Báo cáo theo Mẫu số 02", "Ủy ban nhân dân xã, phường",
     "Trước ngày 15/12/2026"),
    ("3", "Ủy ban nhân dân các xã, phường", "Tổng hợp theo Mẫu số 03; nhận xét những hợp tác xã hoạt động yếu",
     "Sở Tài chính", "Trước ngày 25/12/2026"),
    ("4", "Sở Nông nghiệp và Môi trường", "Số hợp tác xã nông nghiệp được hỗ trợ trong năm, kinh phí hỗ trợ theo "
     "từng chính sách", "Sở Tài chính", "Trước ngày 20/12/2026"),
    ("5", "Thuế thành phố Cần Thơ", "Số hợp tác xã đang hoạt động theo dữ liệu thuế, doanh thu và số thuế đã nộp",
     "Sở Tài chính", "Trước ngày 20/12/2026"),
    ("6", "Liên minh Hợp tác xã thành phố", "Kết quả tư vấn, đào tạo, xúc tiến thương mại cho thành viên",
     "Sở Tài chính", "Trước ngày 20/12/2026"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND THÀNH PHỐ CẦN THƠ", "SỞ TÀI CHÍNH"], "Số: 3127/HD-STC",
                 "Cần Thơ, ngày 09 tháng 11 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "HƯỚNG DẪN", bold=True, center=True)
    para(doc, "Báo cáo tình hình hoạt động năm 2026 của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã", bold=True,
         center=True)
    para(doc, "Để có số liệu đánh giá khu vực kinh tế tập thể năm 2026 và xây dựng kế hoạch năm 2027, Sở Tài chính "
              "thành phố Cần Thơ hướng dẫn việc báo cáo cuối năm như sau:")
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
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND thành phố (b/c);", "- Cục Phát triển doanh nghiệp - BTC (b/c);",
                          "- Sở NN&MT, Thuế TP, LMHTX TP;", "- UBND các xã, phường;", "- Đăng Cổng TTĐT Sở;",
                          "- Lưu: VT, TCDN."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Châu Ngọc Hiển"])
    return saved(doc, author="Phòng TCDN", editor="Văn thư Sở Tài chính Cần Thơ",
                 title="Hướng dẫn 3127/HD-STC", created=datetime(2026, 11, 4, 8, 45, 0),
                 modified=datetime(2026, 11, 9, 14, 20, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
