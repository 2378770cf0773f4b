"""Write b_dong-thap_97-KH-UBND-2026_htx-thuy-san-trai-cay.docx, the eighth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen8/make_docx.py [OUT]

A province's plan (March 2026, after the provinces merged: Đồng Tháp with the former Tiền Giang) whose tasks are a
bordered Word table in III. of the body with the lead and the cooperating bodies in ONE column, "Phân công thực
hiện", written inside the cell the two ways people write it: as two paragraphs "Chủ trì: X" / "Phối hợp: Y, Z", or
on one line as "X (chủ trì); Y, Z"; a cell may name only a lead. The header and the signature are borderless tables.

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import (cell_lines, header_table, new_document, para, set_borders,  # noqa: E402
                        signature_table, write)
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "b_dong-thap_97-KH-UBND-2026_htx-thuy-san-trai-cay.docx"


BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Tổ chức lại sản xuất thủy sản và cây ăn trái theo hướng liên kết, lấy hợp tác xã làm nòng cốt ở các vùng nuôi "
     "cá tra, tôm càng xanh và vùng chuyên canh xoài, sầu riêng, thanh long của tỉnh sau hợp nhất; phân công rõ cơ "
     "quan chủ trì, cơ quan phối hợp và thời gian hoàn thành của từng việc.", False),
    ("II. CHỈ TIÊU NĂM 2026", True),
    ("Thành lập mới 35 hợp tác xã nông nghiệp; 60% hợp tác xã thủy sản, trái cây có hợp đồng tiêu thụ với doanh "
     "nghiệp; 25 hợp tác xã được cấp mã số vùng trồng hoặc mã số cơ sở nuôi.", False),
    ("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", True),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Nông nghiệp và Môi trường là cơ quan đầu mối, hướng dẫn, kiểm tra việc thực hiện; tổng hợp báo cáo Ủy ban "
     "nhân dân tỉnh định kỳ 6 tháng và cả năm.", False),
    ("2. Các cơ quan được phân công tại mục III chủ động bố trí nguồn lực thực hiện nhiệm vụ được giao.", False),
    ("Phát sinh vấn đề mới trong khi triển khai, các cơ quan, đơn vị kịp thời trao đổi với Sở Nông nghiệp và Môi "
     "trường để cùng tháo gỡ hoặc trình Ủy ban nhân dân tỉnh./.", False),
]

HEADER_ROW = ["TT", "Nội dung nhiệm vụ", "Phân công thực hiện", "Thời gian hoàn thành"]

# (tt, task, paragraphs of the "Phân công thực hiện" cell, deadline)
ROWS = [
    ("1", "Rà soát, đánh giá thực trạng hợp tác xã nuôi cá tra, tôm càng xanh sau khi hợp nhất tỉnh",
     ["Chủ trì: Sở Nông nghiệp và Môi trường", "Phối hợp: Liên minh Hợp tác xã tỉnh, Ủy ban nhân dân các xã"],
     "Quý II/2026"),
    ("2", "Hỗ trợ thành lập mới hợp tác xã ở các vùng chuyên canh xoài, sầu riêng, thanh long",
     ["Liên minh Hợp tác xã tỉnh (chủ trì); Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã"], "Năm 2026"),
    ("3", "Hướng dẫn hợp tác xã đăng ký mã số vùng trồng, mã số cơ sở nuôi phục vụ xuất khẩu",
     ["Chủ trì: Sở Nông nghiệp và Môi trường", "Phối hợp: Sở Khoa học và Công nghệ"], "Quý III/2026"),
    ("4", "Tổ chức kết nối hợp tác xã với doanh nghiệp chế biến, xuất khẩu trái cây và thủy sản",
     ["Sở Công Thương (chủ trì); Liên minh Hợp tác xã tỉnh, Hiệp hội Doanh nghiệp tỉnh"], "Tháng 8/2026"),
    ("5", "Tham mưu bố trí vốn hỗ trợ hợp tác xã xây dựng kho lạnh, xưởng sơ chế",
     ["Chủ trì: Sở Tài chính", "Phối hợp: Sở Nông nghiệp và Môi trường, Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"],
     "Trước 30/6/2026"),
    ("6", "Lập cơ sở dữ liệu điện tử về hợp tác xã thủy sản, trái cây, đồng bộ với dữ liệu hợp tác xã toàn quốc",
     ["Sở Khoa học và Công nghệ (chủ trì); Sở Tài chính"], "Quý IV/2026"),
    ("7", "Bồi dưỡng kiến thức quản trị, kế toán cho cán bộ quản lý hợp tác xã",
     ["Chủ trì: Sở Nội vụ", "Phối hợp: Liên minh Hợp tác xã tỉnh"], "Hằng năm"),
    ("8", "Hướng dẫn hợp tác xã thuê đất, chuyển đổi mục đích sử dụng đất làm kho bãi",
     ["Sở Nông nghiệp và Môi trường"], "Thường xuyên"),
    ("9", "Tuyên truyền mô hình hợp tác xã kiểu mới hiệu quả trên báo chí của tỉnh",
     ["Chủ trì: Báo và Phát thanh, Truyền hình Đồng Tháp", "Phối hợp: Liên minh Hợp tác xã tỉnh"], "Thường xuyên"),
]


def build() -> bytes:
    doc = new_document(13)

    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"], "Số: 97/KH-UBND", "Đồng Tháp, ngày 05 tháng 3 năm 2026")

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển hợp tác xã thủy sản, cây ăn trái gắn với vùng nguyên liệu năm 2026", bold=True, center=True)
    para(doc,
         "Thực hiện Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về phát triển kinh tế "
         "tập thể năm 2026, Ủy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch phát triển hợp tác xã thủy sản, cây ăn "
         "trái gắn với vùng nguyên liệu năm 2026 như sau:")
    for text, bold in BEFORE:
        para(doc, text, bold=bold)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER_ROW))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, HEADER_ROW):
        cell_lines(cell, [title], bold=(0,))
    for i, (tt, task, who, when) in enumerate(ROWS, start=1):
        cell_lines(table.cell(i, 0), [tt])
        cell_lines(table.cell(i, 1), [task], center=False)
        cell_lines(table.cell(i, 2), who, center=False)
        cell_lines(table.cell(i, 3), [when])

    for text, bold in AFTER:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Bộ Tài chính;", "- TT/TU, TT/HĐND tỉnh;",
                          "- CT, các PCT UBND tỉnh;", "- Các sở, ngành, đơn vị tại mục III;", "- UBND các xã, phường;",
                          "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Huỳnh Minh Tâm"])

    return saved(doc, author="Phòng Kinh tế", editor="Văn thư UBND tỉnh",
                 title="Kế hoạch 97/KH-UBND",
                 created=datetime(2026, 2, 26, 9, 5, 0), modified=datetime(2026, 3, 5, 15, 20, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
