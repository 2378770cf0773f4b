"""Write a_cao-bang_76-KH-TCN-2026_truong-trung-cap-lop-dao-tao-thanh-vien-htx.docx, the eighty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen87/make_docx.py [OUT]

A vocational school's plan (August 2026): a Trường Trung cấp's classes for cooperative members, one bordered table
with a row per class (Lớp | Nghề, học viên | Địa điểm | Khoa, phòng phụ trách | Phối hợp | Thời gian), then numbered
paragraphs of the school's offices and of the Liên minh. Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_cao-bang_76-KH-TCN-2026_truong-trung-cap-lop-dao-tao-thanh-vien-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("Trang bị kỹ năng nghề cho thành viên, người lao động của các hợp tác xã, tổ hợp tác trên địa bàn tỉnh; học "
     "viên học xong có thể áp dụng ngay tại hợp tác xã nơi mình làm việc.", "p"),
    ("II. CÁC LỚP ĐÀO TẠO NĂM HỌC 2026 - 2027", "h"),
    ("Nhà trường mở 06 lớp sơ cấp và bồi dưỡng ngắn hạn, chi tiết như sau:", "p"),
]

COLUMNS = ["Lớp", "Nghề đào tạo, số học viên", "Địa điểm học", "Khoa, phòng phụ trách", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.2), Cm(4.6), Cm(2.8), Cm(2.8), Cm(3.0), Cm(2.6)]
ROWS = [
    ("Lớp 1", "Kỹ thuật trồng và sơ chế hạt dẻ, 30 thành viên hợp tác xã", "Xã Trùng Khánh", "Khoa Nông lâm",
     "UBND xã Trùng Khánh", "Tháng 9/2026"),
    ("Lớp 2", "Chăn nuôi bò vỗ béo an toàn sinh học, 35 học viên", "Tại trường", "Khoa Nông lâm",
     "Trung tâm Khuyến nông tỉnh", "15/9 - 10/10/2026"),
    ("Lớp 3", "Kế toán hợp tác xã thực hành trên phần mềm, 25 kế toán viên", "Tại trường", "Khoa Kinh tế - Tin học",
     "Liên minh HTX tỉnh", "Quý IV/2026"),
    ("Lớp 4", "Dệt thổ cẩm và may sản phẩm lưu niệm, 20 học viên", "Xã Bảo Lạc", "Khoa Kinh tế - Tin học",
     "Hội LHPN tỉnh, UBND xã Bảo Lạc", "Tháng 10 - 11/2026"),
    ("Lớp 5", "Sửa chữa máy nông nghiệp cỡ nhỏ, 30 học viên", "Tại trường", "Khoa Cơ khí - Điện",
     "", "Sau thu hoạch lúa mùa, trước 15/12/2026"),
    ("Lớp 6", "Bán hàng trên sàn thương mại điện tử cho hợp tác xã có sản phẩm OCOP, 30 học viên", "Tại trường",
     "Khoa Kinh tế - Tin học", "Sở Công Thương", "Tháng 12/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Đào tạo lập danh sách học viên, thời khóa biểu từng lớp và cấp chứng chỉ sơ cấp cho học viên đạt yêu "
     "cầu; hoàn thành tuyển sinh các lớp trước 31/8/2026.", "p"),
    ("2. Phòng Tài chính - Kế toán dự trù kinh phí từng lớp theo định mức hỗ trợ đào tạo nghề, trình Hiệu trưởng "
     "phê duyệt trong tháng 8/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu học viên là thành viên các hợp tác xã và cùng nhà trường đánh "
     "giá kết quả học nghề sau 6 tháng, báo cáo chung vào tháng 6/2027.", "p"),
    ("Các khoa, phòng có tên tại Mục II chịu trách nhiệm về chất lượng lớp học được giao./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ GIÁO DỤC VÀ ĐÀO TẠO CAO BẰNG", "TRƯỜNG TRUNG CẤP NGHỀ CAO BẰNG"], "Số: 76/KH-TCN",
                 "Cao Bằng, ngày 03 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mở lớp đào tạo nghề cho thành viên hợp tác xã, tổ hợp tác năm học 2026 - 2027", bold=True, center=True)
    para(doc, "Căn cứ chỉ tiêu đào tạo được giao năm 2026 và đề nghị của các hợp tác xã, nhà trường xây dựng Kế hoạch "
              "như sau:")
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
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- LMHTX tỉnh;", "- Các khoa, phòng;", "- Lưu: VT, PĐT."],
                    ["HIỆU TRƯỞNG", "", "", "", "Nông Văn Thiêm"])
    return saved(doc, author="Phòng Đào tạo", editor="Văn thư Trường TCN",
                 title="Kế hoạch 76/KH-TCN", created=datetime(2026, 7, 28, 9, 0, 0),
                 modified=datetime(2026, 8, 3, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
