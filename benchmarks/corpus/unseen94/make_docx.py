"""Write a_thai-nguyen_21-KH-HCN-2025_hoi-chan-nuoi-htx-an-toan-sinh-hoc.docx, the ninety-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen94/make_docx.py [OUT]

A provincial livestock association's plan (Hội Chăn nuôi, August 2025): I. purposes, II. one bordered table TT | Việc
cần làm | Ban/Chi hội phụ trách | Đơn vị cùng làm | Xong trước, six rows, the association's own boards as leads and a
partner named by its parent in brackets; III. three numbered paragraphs; the signature beside "Nơi nhận" ("TM. BAN
CHẤP HÀNH / CHỦ TỊCH"). Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_thai-nguyen_21-KH-HCN-2025_hoi-chan-nuoi-htx-an-toan-sinh-hoc.docx"

COLUMNS = ["TT", "Việc cần làm", "Ban/Chi hội phụ trách", "Đơn vị cùng làm", "Xong trước"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.8), Cm(2.6)]
ROWS = [
    ("1", "Khảo sát nhu cầu của 40 hợp tác xã, tổ hợp tác nuôi lợn, gà đồi về con giống, thức ăn và xử lý chất thải",
     "Ban Kỹ thuật", "Chi cục Chăn nuôi, Thú y và Thủy sản (Sở NN&MT)", "30/9/2025"),
    ("2", "Mở lớp tập huấn nuôi an toàn sinh học, ghi chép nhật ký đàn cho thành viên 25 hợp tác xã",
     "Ban Kỹ thuật", "Trung tâm Khuyến nông tỉnh", "Tháng 11/2025"),
    ("3", "Giới thiệu các hợp tác xã mua chung thức ăn chăn nuôi, vắc-xin với giá ưu đãi từ doanh nghiệp hội viên",
     "Văn phòng Hội", "Liên minh HTX tỉnh", "Quý IV/2025"),
    ("4", "Hướng dẫn 10 hợp tác xã lập hồ sơ đề nghị công nhận cơ sở an toàn dịch bệnh động vật",
     "Ban Kỹ thuật", "Chi cục Chăn nuôi, Thú y và Thủy sản; UBND các xã có HTX", "31/3/2026"),
    ("5", "Đưa gà đồi, lợn đen của hợp tác xã vào bếp ăn tập thể các trường học, khu công nghiệp",
     "Ban Thị trường", "Sở Công Thương", "Tết Nguyên đán Bính Ngọ"),
    ("6", "Đánh giá kết quả, biểu dương hợp tác xã nuôi an toàn sinh học tiêu biểu tại hội nghị Ban Chấp hành",
     "Thường trực Hội", "Các chi hội cơ sở", "Tháng 6/2026"),
]

BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("Hội đồng hành với hợp tác xã, tổ hợp tác chăn nuôi của tỉnh giữ đàn an toàn trước dịch tả lợn châu Phi, cúm gia "
     "cầm; hội viên là thành viên hợp tác xã được hướng dẫn tận nơi, có đầu ra ổn định.", "p"),
    ("II. NỘI DUNG, PHÂN CÔNG", "h"),
]

BODY2 = [
    ("III. TRIỂN KHAI", "h"),
    ("1. Các chi hội cơ sở phổ biến Kế hoạch tới hội viên là thành viên hợp tác xã, tổ hợp tác; báo cáo tình hình đàn "
     "vật nuôi về Văn phòng Hội trước ngày 15 hằng tháng.", "p"),
    ("2. Văn phòng Hội cân đối kinh phí từ hội phí và nguồn tài trợ của doanh nghiệp hội viên, xong trong tháng 9/2025.",
     "p"),
    ("3. Ban Kỹ thuật chủ trì, phối hợp Trung tâm Khuyến nông tỉnh biên soạn sổ tay nuôi an toàn sinh học dành cho hợp "
     "tác xã, phát hành trong quý I/2026.", "p"),
    ("Quá trình thực hiện có vướng mắc, các ban, chi hội báo cáo Thường trực Hội để xem xét, giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI CHĂN NUÔI", "TỈNH THÁI NGUYÊN"], "Số: 21/KH-HCN", "Thái Nguyên, ngày 14 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đồng hành cùng hợp tác xã, tổ hợp tác chăn nuôi an toàn sinh học", bold=True, center=True)
    para(doc, "(từ tháng 8/2025 đến tháng 6/2026)", italic=True, center=True)
    para(doc, "Căn cứ Điều lệ Hội Chăn nuôi tỉnh Thái Nguyên; căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội lần thứ "
              "năm, Thường trực Hội xây dựng Kế hoạch như sau:")
    for text, style in BODY:
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
    for text, style in BODY2:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh;", "- Sở NN&MT (b/c);", "- Liên minh HTX tỉnh;",
                          "- Các ban, chi hội;", "- Lưu: VP Hội."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Hoàng Văn Thức"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội", title="Kế hoạch 21/KH-HCN",
                 created=datetime(2025, 8, 8, 9, 0, 0), modified=datetime(2025, 8, 14, 15, 40, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
