"""Write a_thanh-hoa_36-2026-KH-THCL_tam-huong-htx-ngay-bat-dau-so-ngay.docx, the two-hundred-and-twenty-fourth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen224/make_docx.py [OUT]

A bamboo incense-stick (tăm hương) exporter's plan (October 2026) for buying the split and shaved bamboo sticks of its
linked bamboo cooperatives and cooperative groups over the 2026 - 2027 season: I. targets; II. a facts table of the
linked units (no work); III. a note on how to read the table, then ONE bordered table whose two-row head merges
"Bộ phận thực hiện" over "Chính" | "Phụ", and whose times are only a START ("Ngày bắt đầu") and a NUMBER OF CALENDAR
DAYS ("Số ngày") — no end date: the note says the work is due on the last of those days, counted from the start day;
one row starts "Ngay sau khi xong việc số 4", one recurs per intake, one is ongoing; IV. two numbered requests under a
heading naming the linked cooperatives; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thanh-hoa_36-2026-KH-THCL_tam-huong-htx-ngay-bat-dau-so-ngay.docx"

OPENING = [
    ("Năm 2026 Công ty ký được các đơn hàng xuất khẩu tăm hương sang Ấn Độ với tổng khối lượng 540 tấn, giao từ tháng "
     "12/2026 đến tháng 5/2027. Nguồn tăm chủ yếu do các hợp tác xã, tổ hợp tác ở các xã vùng luồng chẻ, vót và phơi; "
     "vụ trước có 18% số lô phải sấy lại vì tăm ẩm, cong. Để chủ động nguồn hàng, Công ty lập Kế hoạch thu mua tăm "
     "hương vụ 2026 - 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua đủ 620 tấn tăm hương thô của các đơn vị liên kết; tỷ lệ lô tăm đạt loại 1 từ 85% trở lên.", "p"),
    ("- Trả tiền tăm đúng hạn; mỗi hộ thành viên tham gia chẻ, vót tăm có thêm thu nhập ổn định trong mùa nông nhàn.",
     "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Số hộ tham gia", "Sản lượng đăng ký (tấn)"]
UNIT_WIDTHS = [Cm(6.4), Cm(3.2), Cm(2.8), Cm(3.6)]
UNITS = [
    ("HTX Tre luồng Điền Quang", "Điền Quang", "146", "210"),
    ("HTX Dịch vụ nông lâm nghiệp Cẩm Thạch", "Cẩm Thạch", "98", "150"),
    ("HTX Nông nghiệp Lương Ngoại", "Lương Ngoại", "71", "110"),
    ("THT chẻ tăm bản Eo Kén", "Cẩm Lương", "34", "85"),
    ("THT vót tăm thôn Tú Sơn", "Cẩm Tú", "27", "65"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Cách đọc bảng: cột “Chính” ghi bộ phận chịu trách nhiệm chính, cột “Phụ” ghi bộ phận, đơn vị cùng làm. Cột “Số "
     "ngày” tính theo ngày lịch, kể cả ngày bắt đầu, ngày nghỉ và ngày lễ; việc phải xong chậm nhất vào ngày cuối cùng "
     "của số ngày đó (ví dụ: bắt đầu 15/10/2026, 10 ngày thì xong chậm nhất ngày 24/10/2026). Ghi “Thường xuyên” là "
     "làm suốt vụ tăm; ghi “Mỗi lần nhập kho” là tính từ ngày nhập kho của từng lô.", "n"),
]

HEAD_TOP = ["TT", "Việc", "Bộ phận thực hiện", "", "Ngày bắt đầu", "Số ngày"]
HEAD_SUB = ["", "", "Chính", "Phụ", "", ""]
WIDTHS = [Cm(1.0), Cm(7.0), Cm(2.6), Cm(2.6), Cm(2.3), Cm(1.5)]
ROWS = [
    ("1", "Ký hợp đồng mua tăm hương vụ 2026 - 2027 với các HTX, THT liên kết; thống nhất giá tăm loại 1 theo chiều "
     "dài 20 cm và 30 cm", "Phòng Thu mua nguyên liệu", "Phòng Kế toán", "19/10/2026", "12"),
    ("2", "Mở 03 lớp hướng dẫn chọn cây luồng đủ tuổi, chẻ, vót và phơi tăm đạt độ ẩm dưới 12% cho thành viên các "
     "HTX, THT", "Phòng Kỹ thuật - KCS", "Trung tâm Khuyến nông tỉnh", "26/10/2026", "20"),
    ("3", "Giao 12 máy chẻ tăm, 05 máy vót và 40 tấm bạt phơi cho các điểm gom theo hợp đồng",
     "Tổ Vận chuyển", "Phòng Kỹ thuật - KCS", "02/11/2026", "15"),
    ("4", "Làm bảng kê lâm sản, xin xác nhận nguồn gốc luồng khai thác của từng HTX, THT để lập hồ sơ xuất khẩu",
     "Phòng Xuất nhập khẩu", "Hạt Kiểm lâm khu vực Cẩm Thủy", "09/11/2026", "30"),
    ("5", "Nhận tăm tại các điểm gom, đo độ ẩm, kiểm độ thẳng và phân loại từng lô",
     "Phòng Kỹ thuật - KCS", "Tổ Vận chuyển", "16/11/2026", "Thường xuyên"),
    ("6", "Sấy lại, ép kiện 25 kg và đóng container lô tăm đầu tiên đi Ấn Độ",
     "Xưởng sấy - đóng kiện", "Phòng Xuất nhập khẩu", "Ngay sau khi xong việc số 4", "10"),
    ("7", "Chuyển tiền tăm vào tài khoản của HTX, THT theo phiếu nhập kho",
     "Phòng Kế toán", "—", "Mỗi lần nhập kho", "05"),
    ("8", "Khảo sát, chọn thêm 02 tổ hợp tác chẻ tăm ở xã Cẩm Tú đưa vào liên kết vụ 2027 - 2028",
     "Phòng Thu mua nguyên liệu", "UBND xã Cẩm Tú", "04/01/2027", "45"),
    ("9", "Giúp HTX Tre luồng Điền Quang lập hồ sơ trồng mới 30 ha luồng thâm canh bằng cây giống do Công ty cấp",
     "Phòng Kỹ thuật - KCS", "Chi cục Kiểm lâm tỉnh", "01/3/2027", "60"),
    ("10", "Tổng kết vụ tăm 2026 - 2027: xem lại từng hợp đồng đã ký và chất lượng tăm của mỗi đơn vị, kiến nghị giá "
     "cho vụ tới",
     "Phòng Thu mua nguyên liệu", "Phòng Kế toán, Phòng Xuất nhập khẩu", "10/5/2027", "21"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ CÁC HTX, THT LIÊN KẾT", "h"),
    ("1. Báo sản lượng tăm dự kiến của tháng sau về Phòng Thu mua nguyên liệu trước ngày 25 hằng tháng; giao tăm "
     "đúng điểm gom, không trộn tăm của hộ ngoài liên kết.", "p"),
    ("2. Mỗi đơn vị cử 01 người theo dõi chất lượng, cùng Phòng Kỹ thuật - KCS kiểm tra tăm trước khi nhận; gửi tên "
     "người được cử về Công ty trước ngày 31/10/2026.", "p"),
    ("Các phòng, tổ, xưởng căn cứ bảng tại mục III tự theo dõi ngày hết hạn của việc mình; vướng mắc báo Phó Giám đốc "
     "phụ trách nguyên liệu để giải quyết./.", "p"),
]


def bordered(doc, rows, widths, center_columns, head_rows=1):
    table = doc.add_table(rows=len(rows), cols=len(widths))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, rows)):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n < head_rows:
                if value:
                    cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TĂM HƯƠNG CẨM LƯƠNG"], "Số: 36/2026/KH-THCL",
                 "Cẩm Thủy, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua tăm hương của các hợp tác xã, tổ hợp tác liên kết vụ 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, [UNIT_COLUMNS, *UNITS], UNIT_WIDTHS, center_columns=(1, 2, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "n")
    table = bordered(doc, [HEAD_TOP, HEAD_SUB, *ROWS], WIDTHS, center_columns=(0, 4, 5), head_rows=2)
    table.cell(0, 2).merge(table.cell(0, 3))  # "Bộ phận thực hiện" over "Chính" | "Phụ"
    for i in (0, 1, 4, 5):
        table.cell(0, i).merge(table.cell(1, i))  # the other heads over both head rows
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- 05 HTX, THT có hợp đồng;",
                          "- UBND các xã Điền Quang, Cẩm Thạch, Lương Ngoại, Cẩm Lương, Cẩm Tú;",
                          "- Các phòng, tổ, xưởng (t/h);", "- Lưu: VT, P.TMNL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Quách Thị Lan"])
    return saved(doc, author="Phòng Thu mua nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 36/2026/KH-THCL", created=datetime(2026, 10, 8, 14, 20, 0),
                 modified=datetime(2026, 10, 12, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
