"""Write a_gia-lai_214-KH-TTDGL-2026_truyen-tai-dien-htx-hanh-lang-tuyen.docx, the two-hundred-and-fourteenth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen214/make_docx.py [OUT]

A power transmission unit's plan (October 2026) with the forestry and farm cooperatives and cooperative groups along a
220 kV line for the 2026 - 2027 dry season: corridor clearing, fire breaks, fire watch, replacing acacia under the
line. I. purposes ("-" lines), II. facts (a paragraph), III. ONE bordered CONTRACT-QUANTITY table keyed by TOWER SPANS
(TT | Hạng mục | Khoảng cột | Khối lượng | Bên thực hiện | Bên giám sát | Từ ngày | Đến ngày) with a "Cộng" total row,
IV. numbered duties of the unit's teams and of the cooperatives, the closing sentence, the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_gia-lai_214-KH-TTDGL-2026_truyen-tai-dien-htx-hanh-lang-tuyen.docx"

OPENING = [
    ("Căn cứ Luật Điện lực năm 2024 và các văn bản hướng dẫn về bảo vệ an toàn công trình lưới điện cao áp; "
     "căn cứ hợp đồng nguyên tắc đã ký với các hợp tác xã, tổ hợp tác ở các xã "
     "Ia Grai, Ia Krái, Ia Chia và Chư Păh, Truyền tải điện Gia Lai lập Kế hoạch như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Không để xảy ra sự cố do cháy thực bì, cây cao va chạm dây dẫn trên đường dây 220 kV Pleiku 2 - Ia Grai trong "
     "mùa khô 2026 - 2027.", "p"),
    ("- Tạo việc làm mùa khô cho thành viên hợp tác xã, tổ hợp tác sống dọc hành lang tuyến; trả công đúng hạn.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Đoạn tuyến qua tỉnh dài 41,7 km, gồm 104 vị trí cột (từ VT102 đến VT205). Mùa khô năm trước có 06 vụ cháy nương "
     "rẫy sát hành lang, 02 lần cắt điện sự cố do cây keo mọc vượt khoảng cách an toàn. Khoảng 19 ha keo của hộ dân "
     "trong hành lang đã được bồi thường nhưng chưa được chuyển đổi.", "p"),
    ("III. KHỐI LƯỢNG GIAO KHOÁN VÀ TIẾN ĐỘ", "h"),
    ("Bên thực hiện là đơn vị nhận khoán, tự bố trí nhân công; bên giám sát là đội truyền tải điện quản lý khoảng cột, "
     "ký biên bản nghiệm thu từng đợt.", "p"),
]

COLUMNS = ["TT", "Hạng mục", "Khoảng cột", "Khối lượng", "Bên thực hiện", "Bên giám sát", "Từ ngày", "Đến ngày"]
WIDTHS = [Cm(0.9), Cm(4.6), Cm(1.9), Cm(1.6), Cm(2.6), Cm(2.3), Cm(1.6), Cm(1.6)]
ROWS = [
    ("1", "Chặt tỉa cây vượt chiều cao cho phép, phát quang hành lang tuyến", "VT112 - VT128", "14,6 ha",
     "HTX Lâm nghiệp Ia Grai", "Đội TTĐ Ia Grai", "02/11/2026", "30/11/2026"),
    ("2", "Phát dọn thực bì, làm đường băng cản lửa rộng 6 m dưới các khoảng cột", "VT129 - VT141", "7,8 km",
     "THT nông lâm làng Ia Nueng", "Đội TTĐ Ia Grai", "01/12/2026", "20/12/2026"),
    ("3", "Nhổ gốc keo đã bồi thường trong hành lang, trồng mì và đậu xen thay cây cao", "VT142 - VT150", "3,8 ha",
     "HTX Nông nghiệp Ia Krái", "Tổ Kỹ thuật - An toàn", "05/01/2027", "15/02/2027"),
    ("4", "Bố trí người canh lửa ban ngày, báo ngay khi thấy khói trong hoặc gần hành lang", "VT151 - VT176",
     "04 chòi", "HTX Dịch vụ nông nghiệp Chư Păh", "Đội TTĐ Chư Păh", "15/12/2026", "30/4/2027"),
    ("5", "Sửa đường công vụ vào các vị trí cột, san lấp ổ gà, làm rãnh thoát nước", "VT177 - VT190", "5,2 km",
     "HTX Dịch vụ nông nghiệp Chư Păh", "Đội TTĐ Chư Păh", "04/01/2027", "31/01/2027"),
    ("6", "Dọn cỏ, làm sạch chân móng cột và vành đai phòng cháy quanh móng", "VT191 - VT205", "15 vị trí",
     "THT nông lâm làng Ia Nueng", "Đội TTĐ Chư Păh", "10/02/2027", "10/3/2027"),
    ("", "Cộng", "104 vị trí", "", "04 đơn vị", "", "", ""),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Tổ Kỹ thuật - An toàn tập huấn an toàn điện, cấp thẻ an toàn cho công nhân do các hợp tác xã, tổ hợp tác "
     "cử vào tuyến trước khi thi công; hoàn thành trước ngày 30/10/2026.", "p"),
    ("2. Tổ Tổng hợp ký hợp đồng khoán với từng đơn vị theo khối lượng tại mục III trước ngày 31/10/2026; thanh toán "
     "trong 10 ngày làm việc kể từ ngày ký biên bản nghiệm thu từng đợt.", "p"),
    ("3. Đội TTĐ Ia Grai và Đội TTĐ Chư Păh phối hợp với UBND các xã Ia Grai, Ia Krái, Chư Păh tuyên truyền người dân "
     "không đốt nương rẫy dưới hành lang tuyến; thực hiện suốt mùa khô.", "p"),
    ("4. Tổ Kỹ thuật - An toàn tổng hợp các lần báo cháy, sự cố, báo cáo Công ty Truyền tải điện 3 hằng tháng.", "p"),
    ("5. Đề nghị Liên minh Hợp tác xã tỉnh tìm, giới thiệu một hợp tác xã đủ năng lực nhận khoán đoạn VT102 - VT111 "
     "trước ngày 15/11/2026.", "p"),
    ("6. Các hợp tác xã, tổ hợp tác nhận khoán mua bảo hiểm tai nạn cho người lao động trước khi thi công.", "p"),
    ("Trên đây là Kế hoạch phối hợp bảo vệ hành lang tuyến mùa khô 2026 - 2027; các đội, tổ và các đơn vị nhận khoán "
     "nghiêm túc thực hiện./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns, bold=(0,) if values[1] == "Cộng" else ())
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TRUYỀN TẢI ĐIỆN 3", "TRUYỀN TẢI ĐIỆN GIA LAI"], "Số: 214/KH-TTĐGL",
                 "Gia Lai, ngày 14 tháng 10 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối hợp với các hợp tác xã, tổ hợp tác bảo vệ hành lang tuyến đường dây 220 kV mùa khô 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 2, 3, 6, 7))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Công ty Truyền tải điện 3 (b/c);", "- UBND các xã Ia Grai, Ia Krái, "
                          "Ia Chia, Chư Păh;", "- Liên minh HTX tỉnh;", "- Các HTX, THT nhận khoán;",
                          "- Các đội, tổ (t/h);", "- Lưu: VT, KTAT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Rơ Châm Hiền"])
    return saved(doc, author="Tổ Kỹ thuật - An toàn", editor="Văn thư",
                 title="Kế hoạch 214/KH-TTĐGL", created=datetime(2026, 10, 9, 8, 10, 0),
                 modified=datetime(2026, 10, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
