"""Write a_ninh-binh_21-KH-TTDN-2026_trung-tam-day-nghe-hoi-nong-dan.docx, the hundred-and-twenty-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen124/make_docx.py [OUT]

A farmers' union's vocational and support centre's plan for training cooperative members (April 2026): I. purpose,
II. one bordered table in the body whose TIME column comes before the lead and partner columns (Lớp, nội dung |
Thời gian | Đơn vị chủ trì | Đơn vị phối hợp), six rows; III. two numbered paragraphs of the centre's own units. Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_21-KH-TTDN-2026_trung-tam-day-nghe-hoi-nong-dan.docx"

BEFORE = [
    ("Thực hiện Chương trình công tác năm 2026 của Ban Thường vụ Hội Nông dân tỉnh, Trung tâm Dạy nghề và Hỗ trợ "
     "nông dân xây dựng Kế hoạch bồi dưỡng nghề, kỹ năng quản trị cho thành viên hợp tác xã, tổ hợp tác do hội viên "
     "nông dân làm nòng cốt, cụ thể:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Nâng tay nghề và hiểu biết về hợp tác xã kiểu mới cho khoảng 420 thành viên, ưu tiên các tổ hợp tác đang chuẩn "
     "bị lên hợp tác xã ở vùng Hà Nam cũ và Nam Định cũ.", "p"),
    ("II. CÁC LỚP VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Lớp, nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
WIDTHS = [Cm(1.0), Cm(6.2), Cm(2.8), Cm(3.4), Cm(3.6)]
ROWS = [
    ("1", "Mở 03 lớp kỹ thuật trồng lúa hữu cơ cho thành viên HTX nông nghiệp ven sông Đáy", "Vụ xuân 2026",
     "Phòng Đào tạo", "Trạm Khuyến nông liên xã"),
    ("2", "Lớp nuôi cá lồng trên sông cho tổ hợp tác thủy sản (2 lớp, mỗi lớp 35 học viên)", "Tháng 5 - 6/2026",
     "Phòng Đào tạo", "Chi hội nghề cá các xã"),
    ("3", "Bồi dưỡng kỹ năng quản trị, lập phương án kinh doanh cho giám đốc HTX mới thành lập", "Trước 31/7/2026",
     "Phòng Hỗ trợ nông dân", "Liên minh HTX tỉnh"),
    ("4", "Hướng dẫn ghi sổ kế toán, sử dụng hóa đơn điện tử cho kế toán HTX", "Quý III/2026",
     "Phòng Hỗ trợ nông dân", "Thuế tỉnh Ninh Bình, Liên minh HTX tỉnh"),
    ("5", "Tư vấn hồ sơ vay vốn Quỹ Hỗ trợ nông dân cho tổ hợp tác sau khi học nghề", "Sau mỗi khóa học",
     "Phòng Hỗ trợ nông dân", "Ban Điều hành Quỹ HTND tỉnh"),
    ("6", "Khảo sát việc làm, thu nhập của học viên sau đào tạo", "Tháng 11/2026", "Phòng Đào tạo", ""),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tài vụ lập dự toán kinh phí các lớp trình Giám đốc Trung tâm duyệt trước 20/4/2026.", "p"),
    ("2. Phòng Hỗ trợ nông dân tổng hợp kết quả, báo cáo Thường trực Hội Nông dân tỉnh vào tháng 12/2026.", "p"),
    ("Quá trình thực hiện có khó khăn, các phòng báo cáo Giám đốc Trung tâm để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI NÔNG DÂN TỈNH NINH BÌNH", "TRUNG TÂM DẠY NGHỀ VÀ", "HỖ TRỢ NÔNG DÂN"],
                 "Số: 21/KH-TTDN", "Ninh Bình, ngày 08 tháng 4 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bồi dưỡng nghề cho thành viên hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 2))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TT Hội ND tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Các phòng thuộc TT;",
                          "- Lưu: VT."],
                    ["GIÁM ĐỐC", "", "", "", "Trịnh Văn Khải"])
    return saved(doc, author="Phòng Đào tạo", editor="Văn thư Trung tâm",
                 title="Kế hoạch 21/KH-TTDN", created=datetime(2026, 4, 2, 9, 10, 0),
                 modified=datetime(2026, 4, 8, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
