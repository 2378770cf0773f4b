"""Write a_thai-nguyen_187-KH-UBND-2025_htx-che-duoc-lieu-nhom-chu-tri.docx, the tenth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen10/make_docx.py [OUT]

A province's plan (September 2025, after the provinces merged: Thái Nguyên with the former Bắc Kạn) whose task table
has NO LEAD COLUMN: TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian hoàn thành, and the lead of every row is
named by the GROUP ROW ABOVE IT, merged across the four columns ("I. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "II. SỞ TÀI
CHÍNH", …, "V. ĐỀ NGHỊ LIÊN MINH HỢP TÁC XÃ TỈNH"), as people lay out a table grouped by the body in charge. One row
names a unit of its group's body as its subject; some cooperating cells are empty. The header and the signature are
borderless tables.

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
OUT = HERE / "a_thai-nguyen_187-KH-UBND-2025_htx-che-duoc-lieu-nhom-chu-tri.docx"

HEADER_ROW = ["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành"]

# a str is a group row (merged across the table: the body in charge of the rows under it); a tuple is a task row
ROWS = [
    "I. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    ("1", "Rà soát, phân loại hợp tác xã chè, dược liệu và lâm sản ngoài gỗ của tỉnh sau hợp nhất; đề xuất phương án "
          "củng cố hoặc giải thể hợp tác xã không còn hoạt động",
     "Sở Tài chính; Ủy ban nhân dân các xã, phường", "Quý IV/2025"),
    ("2", "Hỗ trợ hợp tác xã chè xây dựng vùng nguyên liệu đạt tiêu chuẩn VietGAP, hữu cơ gắn với mã số vùng trồng",
     "Ủy ban nhân dân các xã có vùng chè đặc sản", "2026 - 2027"),
    ("3", "Chi cục Kiểm lâm hướng dẫn hợp tác xã lâm nghiệp ở các xã vùng cao xây dựng phương án khai thác bền vững "
          "măng, mộc nhĩ, giảo cổ lam dưới tán rừng", "", "Năm 2026"),
    "II. SỞ TÀI CHÍNH",
    ("4", "Tham mưu bố trí kinh phí hỗ trợ hợp tác xã theo Luật Hợp tác xã năm 2023 trong dự toán ngân sách tỉnh",
     "Sở Nông nghiệp và Môi trường; Liên minh Hợp tác xã tỉnh", "Hằng năm"),
    ("5", "Hướng dẫn hợp tác xã lập dự án đầu tư nhà sơ chế, kho bảo quản chè và dược liệu để được ưu tiên hỗ trợ",
     "Sở Nông nghiệp và Môi trường", "Quý II/2026"),
    "III. SỞ CÔNG THƯƠNG",
    ("6", "Đưa sản phẩm chè, dược liệu của hợp tác xã tham gia hội chợ, tuần lễ giới thiệu sản phẩm và các sàn "
          "thương mại điện tử", "Liên minh Hợp tác xã tỉnh", "Tháng 11/2026"),
    ("7", "Hỗ trợ hợp tác xã thay thế máy sao, vò chè cũ bằng thiết bị tiết kiệm năng lượng theo chương trình khuyến "
          "công", "", "Trước 30/6/2026"),
    "IV. SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    ("8", "Hỗ trợ hợp tác xã đăng ký nhãn hiệu chứng nhận, áp dụng mã truy xuất nguồn gốc cho sản phẩm chè",
     "Sở Công Thương", "Quý III/2026"),
    "V. ĐỀ NGHỊ LIÊN MINH HỢP TÁC XÃ TỈNH",
    ("9", "Tư vấn thành lập mới hợp tác xã dược liệu tại các xã thuộc địa bàn tỉnh Bắc Kạn cũ",
     "Ủy ban nhân dân các xã", "Thường xuyên"),
    ("10", "Bồi dưỡng giám đốc, kế toán hợp tác xã về quản trị, tài chính và chuyển đổi số", "Sở Nội vụ",
     "Hằng năm"),
    "VI. ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG",
    ("11", "Bố trí mặt bằng cho hợp tác xã xây dựng nhà sơ chế, kho bảo quản phù hợp quy hoạch",
     "Sở Nông nghiệp và Môi trường", "2026 - 2027"),
]

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Củng cố các hợp tác xã chè, dược liệu và lâm sản ngoài gỗ sau khi hợp nhất tỉnh Thái Nguyên và tỉnh Bắc "
     "Kạn; nâng cao giá trị sản phẩm, thu nhập của thành viên.", False),
    ("2. Mỗi nhiệm vụ có cơ quan chủ trì, cơ quan phối hợp và thời hạn rõ ràng để theo dõi, đánh giá.", False),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", True),
    ("Các nhiệm vụ được phân theo cơ quan chủ trì: tên cơ quan chủ trì ghi ở dòng đầu của mỗi nhóm trong bảng sau.",
     False),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Nông nghiệp và Môi trường lập sổ theo dõi tiến độ từng nhiệm vụ trong bảng tại mục II; tổng hợp "
     "kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.", False),
    ("2. Các cơ quan, đơn vị được giao nhiệm vụ tại mục II chủ động xây dựng kế hoạch chi tiết, bố trí nguồn lực "
     "và báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 30 tháng 11 hằng năm./.", False),
]


def build() -> bytes:
    doc = new_document(13)

    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"], "Số: 187/KH-UBND",
                 "Thái Nguyên, ngày 15 tháng 9 năm 2025")

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển hợp tác xã chè, dược liệu và lâm sản ngoài gỗ giai đoạn 2025 - 2027", bold=True, center=True)
    para(doc,
         "Thực hiện Luật Hợp tác xã ngày 22 tháng 6 năm 2023; theo đề nghị của Sở Nông nghiệp và Môi trường, Ủy ban "
         "nhân dân tỉnh Thái Nguyên ban hành Kế hoạch phát triển hợp tác xã chè, dược liệu và lâm sản ngoài gỗ giai "
         "đoạn 2025 - 2027 như sau:")
    for text, bold in BEFORE:
        para(doc, text, bold=bold)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER_ROW))
    set_borders(table, "single")
    # merge first (python-docx keeps the first cell's paragraph), then write
    for i, row in enumerate(ROWS, start=1):
        if isinstance(row, str):
            table.cell(i, 0).merge(table.cell(i, len(HEADER_ROW) - 1))
    cells = table.rows[0].cells
    for cell, title in zip(cells, HEADER_ROW):
        cell_lines(cell, [title], bold=(0,))
    for i, row in enumerate(ROWS, start=1):
        if isinstance(row, str):
            cell_lines(table.cell(i, 0), [row], bold=(0,), center=False)
            continue
        for j, value in enumerate(row):
            cell_lines(table.cell(i, j), [value], center=j in (0, 3))
    widths = (Cm(1.2), Cm(8.3), Cm(4), Cm(2.5))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width

    for text, bold in AFTER:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Liên minh HTX Việt Nam;",
                          "- Thường trực Tỉnh ủy, HĐND tỉnh;", "- Lãnh đạo UBND tỉnh;", "- UBND các xã, phường;",
                          "- Các sở, ngành có tên tại mục II;", "- Lưu: VT, KTN."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lục Văn Thắng"])

    return saved(doc, author="Sở Nông nghiệp và Môi trường", editor="Văn thư UBND tỉnh",
                 title="Kế hoạch 187/KH-UBND",
                 created=datetime(2025, 9, 8, 9, 15, 0), modified=datetime(2025, 9, 15, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
