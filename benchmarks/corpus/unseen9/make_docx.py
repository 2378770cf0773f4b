"""Write d_hung-yen_76-KH-UBND-2026_htx-bang-tung-nhiem-vu.docx, the ninth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen9/make_docx.py [OUT]

A province's plan (January 2026, after the provinces merged: Hưng Yên with the former Thái Bình) whose tasks are
each a NUMBERED BOLD HEADING PARAGRAPH followed by A SMALL BORDERED TWO-COLUMN TABLE OF ITS FIELDS, as people lay out
a plan when every task should stand alone: "Nội dung" | what is to be done, "Cơ quan chủ trì" | X, "Cơ quan phối
hợp" | Y, "Thời gian hoàn thành" | Z, sometimes "Sản phẩm" | W; one task's table has no "Cơ quan phối hợp" row, one
cell gives two bodies as two paragraphs. The header and the signature are borderless tables.

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
OUT = HERE / "d_hung-yen_76-KH-UBND-2026_htx-bang-tung-nhiem-vu.docx"


BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("Củng cố các hợp tác xã nông nghiệp của tỉnh sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình; mỗi nhiệm vụ "
     "được giao cho một cơ quan chủ trì, có thời hạn và sản phẩm cụ thể để theo dõi, đánh giá.", False),
    ("II. NHIỆM VỤ CỤ THỂ", True),
]

# (heading, [(field, [paragraphs of the value cell]), ...]) — one small two-column table per task
TASKS = [
    ("1. Rà soát, đánh giá hợp tác xã nông nghiệp của tỉnh sau hợp nhất, lập danh sách hợp tác xã cần củng cố",
     [("Cơ quan chủ trì", ["Sở Nông nghiệp và Môi trường"]),
      ("Cơ quan phối hợp", ["Sở Tài chính;", "Ủy ban nhân dân các xã, phường"]),
      ("Thời gian hoàn thành", ["Quý I/2026"]),
      ("Sản phẩm", ["Báo cáo rà soát trình Ủy ban nhân dân tỉnh"])]),
    ("2. Xây dựng vùng trồng nhãn, vải, cây vụ đông đạt chuẩn VietGAP do hợp tác xã làm đầu mối liên kết",
     [("Cơ quan chủ trì", ["Sở Nông nghiệp và Môi trường"]),
      ("Cơ quan phối hợp", ["Ủy ban nhân dân các xã có vùng trồng"]),
      ("Thời gian hoàn thành", ["2026 - 2027"]),
      ("Sản phẩm", ["Vùng trồng được cấp chứng nhận"])]),
    ("3. Hỗ trợ hợp tác xã nuôi ngao, nuôi tôm ven biển nâng cấp đường, điện, kênh cấp thoát nước vùng nuôi",
     [("Cơ quan chủ trì", ["Ủy ban nhân dân các xã ven biển"]),
      ("Cơ quan phối hợp", ["Sở Nông nghiệp và Môi trường"]),
      ("Thời gian hoàn thành", ["Quý III/2026"])]),
    ("4. Đưa sản phẩm OCOP của hợp tác xã vào hệ thống siêu thị, cửa hàng tiện lợi tại Hà Nội và các tỉnh lân cận",
     [("Cơ quan chủ trì", ["Sở Công Thương"]),
      ("Cơ quan phối hợp", ["Liên minh Hợp tác xã tỉnh"]),
      ("Thời gian hoàn thành", ["Tháng 10/2026"]),
      ("Sản phẩm", ["Hợp đồng, bản ghi nhớ tiêu thụ"])]),
    ("5. Cập nhật dữ liệu hợp tác xã vào cơ sở dữ liệu dùng chung của tỉnh, kết nối với dịch vụ công trực tuyến",
     [("Cơ quan chủ trì", ["Sở Khoa học và Công nghệ"]),
      ("Cơ quan phối hợp", ["Sở Tài chính"]),
      ("Thời gian hoàn thành", ["Trước 30/9/2026"])]),
    ("6. Bố trí vốn ngân sách tỉnh hỗ trợ hợp tác xã theo Luật Hợp tác xã năm 2023",
     [("Cơ quan chủ trì", ["Sở Tài chính"]),
      ("Thời gian hoàn thành", ["Hằng năm"]),
      ("Sản phẩm", ["Dự toán trình Ủy ban nhân dân tỉnh"])]),
    ("7. Đào tạo giám đốc, kế toán hợp tác xã theo chương trình ngắn hạn",
     [("Cơ quan chủ trì", ["Liên minh Hợp tác xã tỉnh"]),
      ("Cơ quan phối hợp", ["Sở Nội vụ"]),
      ("Thời gian hoàn thành", ["Thường xuyên"])]),
    ("8. Cho vay ưu đãi đối với thành viên hợp tác xã là hộ nghèo, hộ cận nghèo để phát triển sản xuất",
     [("Cơ quan chủ trì", ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Hưng Yên"]),
      ("Cơ quan phối hợp", ["Ủy ban nhân dân các xã, phường"]),
      ("Thời gian hoàn thành", ["Theo kế hoạch vốn được giao hằng năm"])]),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi tiến độ các nhiệm vụ tại mục II; định kỳ 6 "
     "tháng, cuối năm tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh.", False),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh phối hợp với Hội Nông dân tỉnh vận động nông dân góp vốn, tham gia làm "
     "thành viên hợp tác xã.", False),
    ("3. Cơ quan, đơn vị được giao nhiệm vụ tại mục II căn cứ chức năng, nhiệm vụ lập kế hoạch chi tiết và tổ chức "
     "triển khai, bảo đảm đúng thời hạn./.", False),
]


def build() -> bytes:
    doc = new_document(13)

    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 76/KH-UBND", "Hưng Yên, ngày 20 tháng 01 năm 2026")

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Củng cố, phát triển hợp tác xã nông nghiệp năm 2026", bold=True, center=True)
    para(doc,
         "Căn cứ Luật Hợp tác xã ngày 22 tháng 6 năm 2023; xét đề nghị của Sở Nông nghiệp và Môi trường, Ủy ban nhân "
         "dân tỉnh Hưng Yên ban hành Kế hoạch củng cố, phát triển hợp tác xã nông nghiệp năm 2026 với các nhiệm vụ "
         "cụ thể sau:")
    for text, bold in BEFORE:
        para(doc, text, bold=bold)

    for heading, fields in TASKS:
        para(doc, heading, bold=True)
        table = doc.add_table(rows=len(fields), cols=2)
        set_borders(table, "single")
        for row, (label, value) in zip(table.rows, fields):
            cell_lines(row.cells[0], [label], italic=(0,), center=False)
            cell_lines(row.cells[1], value, center=False)
        for row in table.rows:
            row.cells[0].width, row.cells[1].width = Cm(5), Cm(11)

    for text, bold in AFTER:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường;", "- Bộ Tài chính;",
                          "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                          "- Các cơ quan, đơn vị tại mục II;", "- UBND các xã, phường;", "- Lưu: VT, NNMT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đào Văn Khiêm"])

    return saved(doc, author="Sở Nông nghiệp và Môi trường", editor="Văn thư UBND tỉnh",
                 title="Kế hoạch 76/KH-UBND",
                 created=datetime(2026, 1, 13, 8, 40, 0), modified=datetime(2026, 1, 20, 16, 10, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
