"""Write a_hung-yen_412-KH-CTTL-2026_cong-ty-thuy-loi-ban-giao-kenh-htx.docx, the fifty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen56/make_docx.py [OUT]

A state irrigation company's plan (September 2026, after Thái Bình was merged into Hưng Yên): handing the in-field
canals of its systems over to the agricultural service cooperatives that manage them before the Đông Xuân crop. The
company's letterhead under its parent ("UBND TỈNH HƯNG YÊN"); I. purposes, II. the state of things, III. one bordered
table per irrigation system (a bold line naming the system, then TT | Công việc | Xí nghiệp thực hiện | Phối hợp |
Thời hạn), the company's xí nghiệp as doers; IV. numbered paragraphs of the company's own rooms; the closing sentence;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_412-KH-CTTL-2026_cong-ty-thuy-loi-ban-giao-kenh-htx.docx"

COLUMNS = ["TT", "Công việc", "Xí nghiệp thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]

# (system line, rows)
SYSTEMS = [
    ("1. Hệ thống thủy nông Bắc Thái Bình (vùng Thái Bình cũ)", [
        ("1", "Đo đạc, lập bản đồ hiện trạng 37 tuyến kênh nội đồng sẽ bàn giao cho HTX dịch vụ nông nghiệp",
         "Xí nghiệp thủy lợi Quỳnh Phụ", "UBND các xã Quỳnh Phụ, Phụ Dực", "Trước 31/10/2026"),
        ("2", "Nạo vét 12 km kênh cấp II trước khi bàn giao, lập biên bản xác nhận khối lượng với HTX",
         "Xí nghiệp thủy lợi Đông Hưng", "các HTX DVNN nhận bàn giao", "Tháng 11/2026"),
        ("3", "Ký hợp đồng đặt hàng tưới, tiêu với HTX sau khi nhận bàn giao kênh",
         "Xí nghiệp thủy lợi Quỳnh Phụ", "", "Trước vụ Đông Xuân 2026 - 2027"),
    ]),
    ("2. Hệ thống thủy nông Bắc Hưng Hải (phần tỉnh quản lý)", [
        ("4", "Rà soát năng lực 21 HTX dịch vụ nông nghiệp, đề xuất HTX đủ điều kiện nhận quản lý cống đầu kênh",
         "Xí nghiệp thủy lợi Khoái Châu", "Phòng Quản lý nước và công trình", "Quý IV/2026"),
        ("5", "Tập huấn vận hành cống, đóng mở nước cho tổ thủy nông của HTX",
         "Xí nghiệp thủy lợi Văn Lâm", "Chi cục Thủy lợi (Sở NN&MT)", "15/11 - 30/11/2026"),
        ("6", "Bàn giao hồ sơ, mốc chỉ giới các tuyến kênh; thống nhất ranh giới quản lý giữa Xí nghiệp và HTX",
         "Xí nghiệp thủy lợi Khoái Châu", "UBND các xã, HTX DVNN", "Hoàn thành 20/12/2026"),
    ]),
]

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Chuyển giao việc quản lý, khai thác kênh mương nội đồng cho các hợp tác xã dịch vụ nông nghiệp đủ năng lực, "
     "Công ty tập trung quản lý hệ thống kênh chính và trạm bơm đầu mối.", "p"),
    ("- Việc bàn giao phải có hồ sơ, biên bản, không để gián đoạn cấp nước cho vụ Đông Xuân 2026 - 2027.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Sau hợp nhất, Công ty quản lý hai hệ thống thủy nông với khoảng 1.460 km kênh các cấp; trong đó 214 km kênh "
     "nội đồng hiện do các xí nghiệp trực tiếp vận hành nhưng phục vụ chủ yếu diện tích của 58 hợp tác xã.", "p"),
    ("III. PHÂN CÔNG THEO HỆ THỐNG", "h"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý nước và công trình là đầu mối, theo dõi tiến độ bàn giao; tổng hợp báo cáo Giám đốc Công "
     "ty trước ngày 25/12/2026.", "p"),
    ("2. Phòng Kế hoạch - Kỹ thuật lập dự toán kinh phí nạo vét, sửa chữa kênh trước bàn giao, trình Giám đốc "
     "duyệt trong tháng 10/2026.", "p"),
    ("3. Phòng Tổ chức - Hành chính phối hợp các xí nghiệp bố trí lại công nhân thủy nông sau bàn giao, xong trước "
     "Tết Nguyên đán.", "p"),
    ("Trên đây là Kế hoạch bàn giao kênh mương nội đồng cho hợp tác xã năm 2026 của Công ty./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH HƯNG YÊN", "CÔNG TY TNHH MỘT THÀNH VIÊN", "KHAI THÁC CÔNG TRÌNH THỦY LỢI"],
                 "Số: 412/KH-CTTL", "Hưng Yên, ngày 18 tháng 9 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bàn giao kênh mương nội đồng cho hợp tác xã dịch vụ nông nghiệp quản lý, khai thác", bold=True,
         center=True)
    para(doc, "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về phân cấp quản lý công trình thủy lợi nhỏ, thủy lợi nội "
              "đồng, Công ty lập Kế hoạch bàn giao cụ thể như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    for title, rows in SYSTEMS:
        para(doc, title, bold=True, italic=True)
        table = doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
        set_borders(table, "single")
        for row, values in zip(table.rows, [COLUMNS, *rows]):
            for i, (cell, value) in enumerate(zip(row.cells, values)):
                cell.width = WIDTHS[i]
                if row is table.rows[0]:
                    cell_lines(cell, [value], bold=(0,))
                else:
                    cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT; Chi cục Thủy lợi;",
                          "- UBND các xã có kênh bàn giao;", "- Các xí nghiệp, phòng thuộc Công ty;",
                          "- Lưu: VT, QLN."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Đức Khuê"])
    return saved(doc, author="Phòng Quản lý nước", editor="Văn thư Công ty",
                 title="Kế hoạch 412/KH-CTTL", created=datetime(2026, 9, 10, 9, 0, 0),
                 modified=datetime(2026, 9, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
