"""Write a_vinh-long_63-KH-TDPN-2026_nuoc-dua-htx-bang-gap-doi.docx, the two-hundred-and-thirty-fifth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen235/make_docx.py [OUT]

A nata de coco maker's plan (October 2026) for buying the 2027 coconut water of its linked coconut cooperatives and
cooperative groups: the opening, I. targets, II. a facts table of the linked units (no work), III. a one-line note and
ONE task table FOLDED IN TWO on a landscape page — its five column heads printed twice side by side, tasks 1 - 6 down
the left half and 7 - 11 down the right half, so that a row of the table holds two unrelated tasks (the last
right-hand cells empty) —; back on a portrait page, IV. the linked units' own duty, the closing sentence and the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_vinh-long_63-KH-TDPN-2026_nuoc-dua-htx-bang-gap-doi.docx"

OPENING = [
    ("Năm 2026 Công ty nhận 1,92 triệu lít nước dừa già của các hợp tác xã, tổ hợp tác liên kết, đủ khoảng 70% nhu cầu "
     "của Xưởng Lên men; có 11% số lô phải trả lại vì nước dừa để quá lâu, bị chua hoặc có lẫn nước lã. Để có đủ nguồn "
     "nước dừa sạch cho năm 2027, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Nhận của vùng liên kết ít nhất 2,6 triệu lít nước dừa già trong năm 2027, bình quân 8.600 lít mỗi ngày làm "
     "hàng.", "p"),
    ("- Số lô nước dừa bị trả lại dưới 4%; tiền nước dừa đến tay hợp tác xã, tổ hợp tác đúng kỳ hạn đã hẹn.", "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Số cây dừa đang cho trái", "Nước dừa đăng ký (lít/ngày)"]
UNIT_WIDTHS = [Cm(6.6), Cm(3.0), Cm(3.2), Cm(3.2)]
UNITS = [
    ("HTX Dừa hữu cơ Hưng Nhượng", "Hưng Nhượng", "42.000", "3.200"),
    ("HTX Nông nghiệp Châu Hòa", "Châu Hòa", "35.500", "2.600"),
    ("HTX Dịch vụ nông nghiệp Lương Quới", "Lương Quới", "28.000", "2.100"),
    ("THT thu gom nước dừa ấp 4 Phong Nẫm", "Phong Nẫm", "9.000", "700"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Bảng phân công in gập đôi cho vừa một trang ngang: việc 1 đến việc 6 ở nửa bên trái, việc 7 đến việc 11 ở nửa "
     "bên phải.", "i"),
]

HALF = ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn"]
HALF_WIDTHS = [Cm(0.8), Cm(5.5), Cm(2.3), Cm(2.4), Cm(1.8)]
LEFT = [
    ("1", "Ký phụ lục hợp đồng liên kết năm 2027 với từng HTX, THT: sản lượng nước dừa đăng ký theo tháng, giá sàn "
          "1.800 đồng/lít", "Phòng Nguyên liệu", "Phòng Kế toán", "Trước 30/11/2026"),
    ("2", "Tập huấn thành viên HTX, THT cách lấy nước dừa sạch: không pha nước lã, chứa can có nắp, giao trong 06 giờ "
          "sau khi bổ dừa", "Phòng Quản lý chất lượng", "Trung tâm Khuyến nông tỉnh", "Tháng 12/2026"),
    ("3", "Cấp 1.500 can nhựa 30 lít có đánh số cho các điểm gom; thu lại can hỏng", "Phòng Nguyên liệu",
     "Tổ Xe bồn", "Trước 20/12/2026"),
    ("4", "Đo độ Brix, pH, nhiệt độ và thử cảm quan từng lô nước dừa tại điểm nhận; trả lại lô không đạt",
     "Phòng Quản lý chất lượng", "", "Mỗi lô nhận"),
    ("5", "Chở nước dừa từ các điểm gom về xưởng bằng xe bồn lạnh, giữ nước dừa dưới 10 °C", "Tổ Xe bồn",
     "Phòng Nguyên liệu", "Hằng ngày, từ 04/01/2027"),
    ("6", "Trả tiền nước dừa vào tài khoản của từng HTX, THT theo phiếu nhận đã đối chiếu", "Phòng Kế toán",
     "Phòng Nguyên liệu", "Ngày 10 và ngày 25 hằng tháng"),
]
RIGHT = [
    ("7", "Lấy mẫu đất, nước tưới ở vườn dừa của HTX Dừa hữu cơ Hưng Nhượng; lập hồ sơ gia hạn chứng nhận hữu cơ",
     "Phòng Quản lý chất lượng", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Quý I/2027"),
    ("8", "Cho 03 HTX mượn máy bổ dừa bán tự động, trừ dần giá máy vào tiền nước dừa", "Phòng Nguyên liệu",
     "Phòng Kế toán", "Trước 15/01/2027"),
    ("9", "Chuyển giao quy trình ủ men giống để HTX Nông nghiệp Châu Hòa làm thử thạch thô tại chỗ", "Xưởng Lên men",
     "Viện Cây ăn quả miền Nam", "Tháng 3/2027"),
    ("10", "Hỏi ý kiến các HTX, THT về giá và lịch nhận hàng; đề xuất giá sàn 6 tháng cuối năm 2027",
     "Phòng Nguyên liệu", "", "Tháng 6/2027"),
    ("11", "Tổng kết hợp đồng liên kết năm 2027, trình Ban Giám đốc phương án liên kết năm 2028", "Phòng Nguyên liệu",
     "Phòng Kế toán, Phòng Quản lý chất lượng", "Trước 20/12/2027"),
    ("", "", "", "", ""),
]

AFTER = [
    ("IV. VIỆC BÊN BÁN NƯỚC DỪA CẦN LÀM", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết báo lịch bổ dừa của tuần sau cho Phòng Nguyên liệu vào chiều thứ Năm hằng "
     "tuần; không lấy nước của dừa non, dừa đã nảy mầm để giao cho Công ty.", "p"),
    ("Các phòng, xưởng, tổ làm đúng phần việc được giao; gặp vướng mắc thì báo ngay Giám đốc để xử lý./.", "p"),
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


def turned(doc, orient):
    """A new section on a new page, turned to ``orient`` (the A4 sheet's sides swapped), margins 2 cm / 3 cm."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = orient
    if orient == WD_ORIENT.LANDSCAPE:
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin, section.right_margin = Cm(2), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2)
    else:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "THẠCH DỪA PHONG NẪM"], "Số: 63/KH-TDPN",
                 "Vĩnh Long, ngày 19 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua nước dừa già năm 2027 từ các hợp tác xã, tổ hợp tác liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    turned(doc, WD_ORIENT.LANDSCAPE)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    rows = [left + right for left, right in zip(LEFT, RIGHT)]
    bordered(doc, HALF + HALF, HALF_WIDTHS + HALF_WIDTHS, rows, center_columns=(0, 4, 5, 9))
    turned(doc, WD_ORIENT.PORTRAIT)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên Công ty (b/c);", "- Các HTX, THT liên kết;",
                          "- UBND các xã Hưng Nhượng, Châu Hòa, Lương Quới, Phong Nẫm;",
                          "- Các phòng, xưởng, tổ (t/h);", "- Lưu: VT, P.NL."],
                    ["GIÁM ĐỐC", "", "", "", "", "Huỳnh Thị Kim Xuyến"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 63/KH-TDPN", created=datetime(2026, 10, 14, 8, 20, 0),
                 modified=datetime(2026, 10, 19, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
