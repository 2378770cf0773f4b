"""Write a_ha-tinh_203-KH-UBND-2025_htx-phan-cong-theo-co-quan.docx, the eleventh held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen11/make_docx.py [OUT]

A province's plan (November 2025, after the reorganisation: Sở Nông nghiệp và Môi trường, Sở Tài chính, Ủy ban nhân
dân các xã, phường) whose II. is a table of assignments BY BODY: TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian hoàn
thành, ONE ROW PER BODY, the body named once in the second column, its tasks as "- " paragraphs of ONE CELL, and the
time cell holding as many paragraphs, in the same order, one per task (as people lay out a "bảng phân công" when a body
has several duties). No cooperating column: a task names its cooperating bodies in its own text. The header and the
signature are borderless tables.

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import (cell_lines, header_table, new_document, para, set_borders,  # noqa: E402
                        signature_table, write)
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-tinh_203-KH-UBND-2025_htx-phan-cong-theo-co-quan.docx"

HEADER_ROW = ["TT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời gian hoàn thành"]

# one row per body: (TT, body, [(task, time), …]) — the tasks are paragraphs of one cell, the times of another
ROWS = [
    ("1", "Sở Nông nghiệp và Môi trường", [
        ("Rà soát vùng trồng cam, bưởi đặc sản do hợp tác xã quản lý; hướng dẫn cấp mã số vùng trồng cho các hợp tác "
         "xã đủ điều kiện.", "Quý I/2026"),
        ("Chủ trì, phối hợp với Sở Khoa học và Công nghệ chuyển giao quy trình canh tác cam, bưởi theo hướng hữu cơ "
         "cho thành viên hợp tác xã.", "Năm 2026"),
        ("Hướng dẫn hợp tác xã nuôi trồng thủy sản ven biển áp dụng quy trình nuôi tôm, ngao an toàn sinh học.",
         "Quý II - Quý III/2026"),
    ]),
    ("2", "Sở Tài chính", [
        ("Cân đối nguồn ngân sách tỉnh năm 2026 cho các nội dung hỗ trợ hợp tác xã, trình Ủy ban nhân dân tỉnh cùng "
         "dự toán.", "Tháng 12/2025"),
        ("Phối hợp với Liên minh Hợp tác xã tỉnh đôn đốc hợp tác xã cập nhật thông tin, báo cáo trên Hệ thống thông "
         "tin quốc gia về hợp tác xã.", "Thường xuyên"),
    ]),
    ("3", "Sở Công Thương", [
        ("Hỗ trợ hợp tác xã đưa cam, bưởi, hải sản khô lên sàn thương mại điện tử và tham gia hội chợ trong, ngoài "
         "tỉnh.", "Quý IV/2026"),
        ("Kết nối hợp tác xã với doanh nghiệp thu mua, hệ thống siêu thị để ký hợp đồng tiêu thụ dài hạn.",
         "Hằng năm"),
    ]),
    ("4", "Đề nghị Liên minh Hợp tác xã tỉnh", [
        ("Tư vấn thành lập mới ít nhất 15 hợp tác xã nông nghiệp, thủy sản ở các xã ven biển và vùng cam Vũ Quang.",
         "Năm 2026"),
        ("Mở 04 lớp bồi dưỡng giám đốc, kế toán hợp tác xã về quản trị và hợp đồng liên kết.", "Quý III/2026"),
    ]),
    ("5", "Ủy ban nhân dân các xã, phường", [
        ("Phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn thủ tục giao đất, thuê đất cho hợp tác xã xây dựng kho, "
         "xưởng sơ chế.", "Trước 30/6/2026"),
    ]),
]

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Nâng cao hiệu quả hoạt động của các hợp tác xã trồng cam, bưởi và nuôi trồng thủy sản; tăng thu nhập cho "
     "thành viên và người lao động.", False),
    ("2. Phân công cụ thể từng cơ quan, đơn vị; mỗi nhiệm vụ có thời gian hoàn thành để đôn đốc, kiểm tra.", False),
    ("II. PHÂN CÔNG NHIỆM VỤ", True),
    ("Nhiệm vụ của từng cơ quan, đơn vị và thời gian hoàn thành được giao theo bảng sau (mỗi dòng thời gian ứng với "
     "nhiệm vụ cùng thứ tự ở cột Nhiệm vụ):", False),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Giao Sở Nông nghiệp và Môi trường đầu mối đôn đốc các cơ quan, đơn vị; tổng hợp kết quả thực hiện Kế "
     "hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 tháng 12 năm 2026.", False),
    ("2. Thủ trưởng các cơ quan, đơn vị có tên trong bảng phân công chủ động triển khai nhiệm vụ được giao; khó "
     "khăn, vướng mắc báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) để chỉ đạo./.", False),
]


def build() -> bytes:
    doc = new_document(13)

    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], "Số: 203/KH-UBND", "Hà Tĩnh, ngày 10 tháng 11 năm 2025")

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã trồng cam, bưởi và nuôi trồng thủy sản năm 2026", bold=True, center=True)
    para(doc,
         "Để các hợp tác xã cam, bưởi và thủy sản vượt qua khó khăn sau đợt mưa lũ cuối năm 2025 và tận dụng chính "
         "sách của Luật Hợp tác xã năm 2023, Ủy ban nhân dân tỉnh Hà Tĩnh ban hành Kế hoạch với các nội dung sau:")
    for text, bold in BEFORE:
        para(doc, text, bold=bold)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER_ROW))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, HEADER_ROW):
        cell_lines(cell, [title], bold=(0,))
    for i, (tt, body, tasks) in enumerate(ROWS, start=1):
        cells = table.rows[i].cells
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], [body], bold=(0,), center=False)
        cell_lines(cells[2], [f"- {task}" for task, _ in tasks], center=False)
        cell_lines(cells[3], [time for _, time in tasks])
    widths = (Cm(1.1), Cm(3.6), Cm(8.8), Cm(2.5))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width

    for text, bold in AFTER:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Bộ Tài chính;",
                          "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                          "- Các cơ quan, đơn vị có tên tại mục II;", "- Lưu: VT, NL."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Hữu Lộc"])

    return saved(doc, author="Sở Nông nghiệp và Môi trường", editor="Văn thư UBND tỉnh",
                 title="Kế hoạch 203/KH-UBND",
                 created=datetime(2025, 11, 3, 8, 30, 0), modified=datetime(2025, 11, 10, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
