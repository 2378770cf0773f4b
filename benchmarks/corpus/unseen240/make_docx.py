"""Write a_vinh-long_41-2026-KH-THDH_thu-mua-gao-dua-htx-2027.docx, the two-hundred-and-fortieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen240/make_docx.py [OUT]

An activated-carbon maker's plan (November 2026) for buying dry coconut shells and shell charcoal from its linked
coconut cooperatives and cooperative groups in 2027: I. targets; II. a facts table of the linked units (no work);
III. a LEGEND table numbering the company's units and the outside bodies ① … ⑨, then one bordered task table
TT | Nội dung công việc | Đơn vị | Thời hạn whose "Đơn vị" cell holds ONLY CIRCLED NUMBERS: the lead as a FILLED
(black) number "❸", the partners as HOLLOW ones "① ⑤" (the filled one not always first; one row a lone filled
number); IV. the cooperatives' own duty; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_vinh-long_41-2026-KH-THDH_thu-mua-gao-dua-htx-2027.docx"

OPENING = [
    ("Năm 2026 Công ty mua được 6.420 tấn gáo dừa khô và 1.150 tấn than gáo dừa của các hợp tác xã, tổ hợp tác liên "
     "kết; còn 9% số lô than bị hạ loại vì lẫn tro, đốt non hoặc ướt mưa, nhiều điểm đốt than hở gây khói cho khu dân "
     "cư. Để có đủ nguyên liệu cho các đơn hàng than hoạt tính năm 2027, Công ty lập Kế hoạch như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua ổn định 7.500 tấn gáo dừa khô và 1.400 tấn than gáo dừa từ vùng liên kết.", "p"),
    ("- Toàn bộ than gáo dừa giao cho Công ty được đốt bằng lò kín có thu khói; tỷ lệ lô hạ loại dưới 4%.", "p"),
    ("- Giúp ít nhất 02 tổ hợp tác đủ điều kiện chuyển thành hợp tác xã.", "p"),
    ("II. VÙNG NGUYÊN LIỆU", "h"),
]

UNIT_COLUMNS = ["Đơn vị liên kết", "Xã", "Hàng giao", "Dự kiến 2027 (tấn)"]
UNIT_WIDTHS = [Cm(6.2), Cm(3.4), Cm(3.6), Cm(2.8)]
UNITS = [
    ("HTX Dừa Long Hữu", "Long Hữu", "Gáo dừa khô", "2.600"),
    ("HTX Nông nghiệp Trường Long Hòa", "Trường Long Hòa", "Gáo dừa khô", "1.900"),
    ("HTX Dịch vụ Đông Hải", "Đông Hải", "Gáo, than gáo", "1.700"),
    ("THT than gáo dừa ấp Cồn Cù", "Đông Hải", "Than gáo dừa", "820"),
    ("THT than gáo dừa ấp Khoán Tiều", "Trường Long Hòa", "Than gáo dừa", "580"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Số hiệu đơn vị", "b"),
]

LEGEND_COLUMNS = ["Số", "Đơn vị", "Số", "Đơn vị"]
LEGEND_WIDTHS = [Cm(1.2), Cm(6.8), Cm(1.2), Cm(6.8)]
LEGEND = [
    ("①", "Phòng Cung ứng nguyên liệu", "⑥", "Ban An toàn - Môi trường"),
    ("②", "Phòng Kỹ thuật - Chất lượng", "⑦", "Liên minh Hợp tác xã tỉnh"),
    ("③", "Phòng Tài chính - Kế toán", "⑧", "Sở Nông nghiệp và Môi trường"),
    ("④", "Xưởng Than hóa", "⑨", "HTX Dừa Long Hữu"),
    ("⑤", "Kho bãi nguyên liệu", "", ""),
]

MIDDLE = [
    ("Ở cột “Đơn vị” của bảng dưới, số tô đen (❶, ❷, ❸ …) là đơn vị chủ trì, chịu trách nhiệm chính; số để trắng "
     "(①, ②, ③ …) là đơn vị phối hợp. Thứ tự các số trong ô không nói lên vai trò.", "i"),
    ("2. Bảng phân công", "b"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(9.4), Cm(2.6), Cm(3.0)]
ROWS = [
    ("1", "Ký phụ lục giá mua gáo dừa khô và than gáo dừa năm 2027 với 05 đơn vị liên kết, chốt sản lượng từng quý",
     "❶ ③", "Trước 15/12/2026"),
    ("2", "Hướng dẫn các tổ đốt than chuyển sang lò kín có ống thu khói, dỡ bỏ các hố đốt hở gần nhà dân",
     "② ❻ ⑧", "Quý I/2027"),
    ("3", "Đặt 04 cân bàn và máy đo độ ẩm tại các điểm gom gáo ở Long Hữu, Trường Long Hòa, Đông Hải",
     "❺ ⑨", "Trước 31/01/2027"),
    ("4", "Lấy mẫu từng lô than gáo dừa, đo chỉ số hấp phụ iốt và độ tro; báo kết quả cho đơn vị giao hàng trong ngày",
     "❷", "Thường xuyên"),
    ("5", "Ứng trước 30% tiền hàng quý I cho các đơn vị liên kết đã ký phụ lục giá",
     "① ❸", "Tháng 01/2027"),
    ("6", "Hoạt hóa thử bằng hơi nước các mẻ than của hai tổ ấp Cồn Cù, Khoán Tiều, so với than của hợp tác xã",
     "② ❹", "Từ 01/3 đến 20/3/2027"),
    ("7", "Mở 02 lớp quản trị hợp tác xã, ghi chép sổ sách cho thành viên các tổ chuẩn bị lên hợp tác xã",
     "❼ ①", "Tháng 4/2027"),
    ("8", "Gom tro và bụi than ở các điểm gom gáo về xưởng, trộn làm phân bón vi sinh cấp lại cho thành viên",
     "④ ❺", "Hằng tháng"),
    ("9", "Trả thưởng 150 đồng/kg cho các lô than có chỉ số iốt từ 1.000 mg/g trở lên",
     "② ❸", "Trước 30/6/2027"),
    ("10", "Tổng kết năm liên kết 2027, đề xuất giá sàn mua gáo dừa và than gáo dừa năm 2028 trình Hội đồng quản trị",
     "❶ ② ③ ⑨", "Tháng 11/2027"),
]

AFTER = [
    ("IV. VIỆC CỦA HTX, THT", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết giao gáo dừa có độ ẩm không quá 12%, không lẫn xơ và đất cát; gửi sản lượng "
     "dự kiến của tháng sau về Phòng Cung ứng nguyên liệu trước ngày 25 hằng tháng.", "p"),
    ("Các phòng, ban, xưởng căn cứ số hiệu được giao ở mục III để làm; có vướng mắc báo Phó Tổng Giám đốc phụ trách "
     "nguyên liệu xem xét, giải quyết./.", "p"),
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
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THAN HOẠT TÍNH DUYÊN HẢI XANH"], "Số: 41/2026/KH-THDH",
                 "Vĩnh Long, ngày 16 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua gáo dừa khô và than gáo dừa năm 2027 từ vùng nguyên liệu liên kết", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style in "hb", italic=style == "b")
    bordered(doc, LEGEND_COLUMNS, LEGEND_WIDTHS, LEGEND, center_columns=(0, 2))
    for text, style in MIDDLE:
        para(doc, text, bold=style == "b", italic=style in "ib")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 2, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (để b/c);", "- Các đơn vị bán gáo, than;",
                          "- UBND các xã Long Hữu, Trường Long Hòa, Đông Hải;", "- Các phòng, ban, xưởng (t/h);",
                          "- Lưu: VT, P.CƯNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Thạch Thị Kim Sa"])
    return saved(doc, author="Phòng Cung ứng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-THDH", created=datetime(2026, 11, 11, 8, 20, 0),
                 modified=datetime(2026, 11, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
