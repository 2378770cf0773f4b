"""Write a_dak-lak_36-KH-SCKA-2026_soi-chuoi-htx-bang-theo-chu-tri.docx, the two-hundred-and-forty-third held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen243/make_docx.py [OUT]

A banana-fibre handicraft company's plan (October 2026) for buying the dried banana-trunk fibre of its linked
cooperatives and cooperative groups in 2027: I. targets; II. "Bảng 1", a captioned facts table of the linked units
(no work); III. a sentence, then the work split into CAPTIONED SUB-TABLES "Bảng 2" … "Bảng 6", ONE PER LEAD — the lead
named only in the caption ("Bảng 2. Việc do Phòng Thu mua nguyên liệu chủ trì") — each Mã | Việc | Cùng làm | Xong
trước; IV. the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph.

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
OUT = HERE / "a_dak-lak_36-KH-SCKA-2026_soi-chuoi-htx-bang-theo-chu-tri.docx"

OPENING = [
    ("Năm 2026 Công ty đã mua 212 tấn sợi bẹ chuối khô của vùng liên kết để dệt thảm, đan túi, giỏ xuất khẩu; "
     "khoảng 18% số sợi bị hạ loại vì phơi chưa khô hoặc lẫn bẹ mục. Đơn hàng năm 2027 của các khách hàng Nhật Bản "
     "và châu Âu tăng gần gấp rưỡi. Công ty lập Kế hoạch này để tổ chức việc mua sợi năm 2027 từ vùng liên "
     "kết.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua 320 tấn sợi bẹ chuối khô, trong đó ít nhất 70% đạt loại A (sợi dài trên 80 cm, độ ẩm dưới 12%).", "p"),
    ("- Mỗi hợp tác xã liên kết có ít nhất 01 máy tước sợi và 01 nhà phơi có mái che.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
]

CAPTION1 = "Bảng 1. Đơn vị liên kết cung ứng sợi năm 2027"
UNIT_COLUMNS = ["Đơn vị", "Xã", "Diện tích chuối (ha)", "Sợi đăng ký bán (tấn)"]
UNIT_WIDTHS = [Cm(6.6), Cm(3.0), Cm(3.0), Cm(3.4)]
UNITS = [
    ("HTX Nông nghiệp Ea Bông Xanh", "Ea Bông", "95", "88"),
    ("HTX Dịch vụ tổng hợp Dray Sáp", "Dray Bhăng", "70", "64"),
    ("HTX Chuối già Hòa Tiến", "Hòa Phú", "61", "57"),
    ("HTX Thủ công mỹ nghệ Buôn Trấp", "Krông Ana", "38", "45"),
    ("THT chuối bẹ buôn Kmrơng", "Ea Na", "24", "22"),
    ("THT phụ nữ thôn 4", "Ea Bông", "19", "18"),
    ("THT sợi chuối Quỳnh Ngọc", "Ea Na", "28", "26"),
]

BEFORE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Việc được chia thành các bảng dưới đây; tên bảng ghi đơn vị chủ trì các việc trong bảng. Cột \u201cCùng làm\u201d "
     "ghi đơn vị phối hợp; để trống là đơn vị chủ trì tự làm.", "p"),
]

COLUMNS = ["Mã", "Việc", "Cùng làm", "Xong trước"]
WIDTHS = [Cm(1.3), Cm(8.4), Cm(3.8), Cm(2.5)]
GROUPS = [
    ("Bảng 2. Việc do Phòng Thu mua nguyên liệu chủ trì", [
        ("TM-1", "Ký hợp đồng mua sợi năm 2027 với 04 HTX và 03 THT, chốt sản lượng từng quý",
         "Phòng Tài chính - Kế toán", "15/12/2026"),
        ("TM-2", "Cân, phân loại sợi tại điểm gom của từng HTX, THT và ghi sổ theo dõi từng chuyến giao",
         "Tổ Kiểm hàng", "Hằng tuần"),
        ("TM-3", "Tổng kết năm mua sợi, đề xuất giá mua sợi loại A, loại B năm 2028 trình Hội đồng quản trị",
         "Phòng Tài chính - Kế toán, Phòng Kinh doanh", "30/11/2027"),
    ]),
    ("Bảng 3. Việc do Xưởng Kỹ thuật sợi chủ trì", [
        ("KT-1", "Lắp đặt 06 máy tước sợi bán tự động tại các HTX, hướng dẫn tổ vận hành của HTX",
         "Phòng Thu mua nguyên liệu", "31/01/2027"),
        ("KT-2", "Tập huấn cách phơi, chải và bó sợi đạt loại A cho thành viên các THT",
         "Hội Nông dân xã Ea Na", "28/02/2027"),
        ("KT-3", "Đo độ bền kéo và độ ẩm của sợi các lô đầu vụ, báo kết quả cho từng HTX", "", "31/3/2027"),
    ]),
    ("Bảng 4. Việc do Phòng Tài chính - Kế toán chủ trì", [
        ("TC-1", "Ứng trước 30% tiền mua sợi quý I/2027 cho các HTX đã ký hợp đồng",
         "Phòng Thu mua nguyên liệu", "10/01/2027"),
        ("TC-2", "Trả tiền sợi vào tài khoản của HTX, THT theo biên bản nghiệm thu từng đợt", "",
         "05 ngày làm việc sau mỗi đợt nghiệm thu"),
    ]),
    ("Bảng 5. Việc do các HTX, THT liên kết chủ trì", [
        ("HX-1", "Gom bẹ chuối sau thu hoạch buồng của thành viên, tước và phơi sợi tại nhà phơi của đơn vị",
         "Xưởng Kỹ thuật sợi", "31/10/2027"),
        ("HX-2", "Dựng hoặc sửa nhà phơi sợi có mái che, sàn cao cách mặt đất", "", "15/3/2027"),
    ]),
    ("Bảng 6. Việc do Phòng Kinh doanh chủ trì", [
        ("KD-1", "Đưa thảm, túi, giỏ sợi chuối có ghi tên HTX cung ứng sợi vào catalogue xuất khẩu năm 2027",
         "Xưởng Kỹ thuật sợi", "31/3/2027"),
    ]),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, xưởng và chủ nhiệm HTX, tổ trưởng THT liên kết thực hiện việc của bảng mình; gặp khó "
     "khăn thì trao đổi ngay với Phó Giám đốc phụ trách mua sợi./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "SỢI CHUỐI KRÔNG ANA"], "Số: 36/KH-SCKA",
                 "Đắk Lắk, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua sợi bẹ chuối khô năm 2027 từ hợp tác xã, tổ hợp tác trong vùng liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    para(doc, CAPTION1, bold=True, italic=True, center=True)
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    for caption, rows in GROUPS:
        para(doc, caption, bold=True, italic=True, center=True)
        bordered(doc, COLUMNS, WIDTHS, rows, center_columns=(0, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- 07 HTX, THT cung ứng sợi;",
                          "- UBND các xã Ea Bông, Dray Bhăng, Hòa Phú, Krông Ana, Ea Na;",
                          "- Các phòng, xưởng (t/h);", "- Lưu: VT, P.TMNL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Y Khuê Niê"])
    return saved(doc, author="Phòng Thu mua nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-SCKA", created=datetime(2026, 10, 12, 8, 20, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
