"""Write a_hai-phong_41-KH-SV-2026_phong-tap-yoga-htx-tu-den.docx, the two-hundred-and-sixty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen268/make_docx.py [OUT]

A fitness and yoga centre chain's plan (August 2026) for buying its juice and salad bar's produce, sedge yoga mats,
husk-filled bolsters and cotton towels of cooperatives: an opening, I. targets; II. one bordered table with a TWO-ROW
MERGED HEADER — TT | Việc | "Bộ phận" over (Cầm trịch | Hỗ trợ) | "Thời gian" over (Từ | Đến) —, TT and Việc merged
down over both header rows, a start and an end for every task (the end the deadline), an empty "Hỗ trợ" cell when a
department works alone; III. closing duties; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_hai-phong_41-KH-SV-2026_phong-tap-yoga-htx-tu-den.docx"

OPENING = [
    ("Hệ thống Sen Việt có 03 cơ sở phòng tập với gần 4.600 hội viên; quầy sinh tố, salad ở mỗi cơ sở dùng khoảng "
     "90 kg rau quả một ngày, lâu nay lấy của hai mối buôn ở chợ đầu mối, hàng không ghi nơi trồng. Thảm tập nhựa "
     "PVC và khăn giấy ở khu thay đồ bị hội viên góp ý nhiều lần. Giám đốc Công ty ban hành Kế hoạch này để chuyển "
     "dần sang hàng của các hợp tác xã, tổ hợp tác trong thành phố và các tỉnh lân cận.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến hết quý I/2027, ít nhất 60% rau, trái cây của quầy dinh dưỡng mua trực tiếp của hợp tác xã có nhật ký "
     "đồng ruộng.", "p"),
    ("2. Thay toàn bộ thảm PVC ở các phòng yoga bằng thảm cói, thay khăn giấy bằng khăn bông giặt lại được.", "p"),
    ("II. PHÂN CÔNG VÀ LỊCH THỰC HIỆN", "h"),
    ("Ở bảng dưới, cột “Cầm trịch” là bộ phận chịu trách nhiệm chính; cột “Hỗ trợ” là bộ phận, đơn vị cùng làm, để "
     "trống khi bộ phận cầm trịch tự làm; việc bắt đầu từ ngày ở cột “Từ” và phải xong chậm nhất vào ngày ở cột "
     "“Đến”.", "p"),
]

WIDTHS = [Cm(1.0), Cm(6.4), Cm(2.7), Cm(2.7), Cm(1.9), Cm(1.9)]
ROWS = [
    ("1", "Khảo sát vườn rau, nơi sơ chế của 04 hợp tác xã ở các xã An Lão, Kiến Thụy; chọn nơi cung ứng rau lá, "
     "củ quả cho quầy sinh tố và salad", "Phòng Mua hàng", "Bộ phận Quầy dinh dưỡng", "01/9/2026", "25/9/2026"),
    ("2", "Ký hợp đồng mua rau, trái cây, trứng gà thả vườn theo đơn từng tuần với HTX Nông nghiệp sạch An Lão",
     "Phòng Tài chính - Kế toán", "Phòng Mua hàng", "28/9/2026", "10/10/2026"),
    ("3", "Đặt HTX Cói Kim Sơn dệt thử 200 tấm thảm tập bằng cói có lót cao su tự nhiên; đo độ bám, độ bền sau 30 buổi "
     "tập", "Ban Huấn luyện viên", "Phòng Mua hàng, Cơ sở Lê Chân", "15/9/2026", "31/10/2026"),
    ("4", "Đặt HTX Dệt khăn Phương La 3.000 khăn bông thêu biểu trưng, thay hết khăn giấy ở khu thay đồ",
     "Phòng Vận hành phòng tập", "", "01/10/2026", "30/11/2026"),
    ("5", "Mua gối tập nhồi vỏ kiều mạch, bông gạo của tổ hợp tác may xã Vĩnh Bảo cho 06 phòng yoga",
     "Phòng Mua hàng", "Ban Huấn luyện viên", "tháng 10/2026", "tháng 12/2026"),
    ("6", "Soạn 12 món salad, sinh tố theo mùa từ rau quả của hợp tác xã, ghi lượng đạm và calo của từng món",
     "Bộ phận Quầy dinh dưỡng", "Ban Huấn luyện viên", "01/10/2026", "15/11/2026"),
    ("7", "Tập huấn nhân viên quầy cách nhận, rửa, bảo quản rau trái tươi và ghi sổ nhập hàng mỗi ngày",
     "Phòng Nhân sự", "Bộ phận Quầy dinh dưỡng", "02/11/2026", "06/11/2026"),
    ("8", "Dựng kệ “Nông sản hợp tác xã” ở sảnh 03 cơ sở, bán mật ong, hạt điều, trà thảo mộc của hợp tác xã cho "
     "hội viên", "Phòng Marketing", "Phòng Tài chính - Kế toán", "01/11/2026", "20/12/2026"),
    ("9", "Chuyển khoản tiền hàng cho từng hợp tác xã theo phiếu giao nhận đã đối chiếu", "Phòng Tài chính - Kế toán",
     "", "10/10/2026", "thứ Sáu hằng tuần"),
    ("10", "Đưa 80 hội viên về thăm vườn rau An Lão, tập yoga ngoài trời và mua hàng tại vườn trong một ngày cuối tuần",
     "Phòng Marketing", "Ban Huấn luyện viên, HTX Nông nghiệp sạch An Lão", "01/3/2027", "28/3/2027"),
    ("11", "Tổng hợp ý kiến hội viên, đánh giá sáu tháng mua hàng của hợp tác xã; báo cáo Hội đồng thành viên",
     "Phòng Vận hành phòng tập", "Phòng Mua hàng, Phòng Marketing", "15/3/2027", "31/3/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, ban, bộ phận làm theo bảng trên; việc nào chậm quá 07 ngày so với cột “Đến” phải báo Phó "
     "Giám đốc phụ trách vận hành nêu lý do và ngày xong mới./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "THỂ HÌNH VÀ YOGA SEN VIỆT"], "Số: 41/KH-SV",
                 "Hải Phòng, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua rau quả, thảm cói, gối tập và khăn bông của hợp tác xã cho hệ thống phòng tập năm 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=2 + len(ROWS), cols=6)
    set_borders(table, "single")
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    for i, value in enumerate(["TT", "Việc", "Bộ phận", "", "Thời gian", ""]):
        if value:
            cell_lines(table.cell(0, i), [value], bold=(0,))
    for i, value in enumerate(["Cầm trịch", "Hỗ trợ", "Từ", "Đến"], start=2):
        cell_lines(table.cell(1, i), [value], bold=(0,))
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 4).merge(table.cell(0, 5))
    for n, values in enumerate(ROWS, start=2):
        for i, value in enumerate(values):
            if value:
                cell_lines(table.cell(n, i), [value], center=i in (0, 4, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT cung ứng;",
                          "- Các phòng, ban, cơ sở (t/h);", "- Lưu: VT, VH."],
                    ["GIÁM ĐỐC", "", "", "", "Đỗ Thị Thanh Hoa"])
    return saved(doc, author="Phòng Vận hành phòng tập", editor="Thư ký Giám đốc",
                 title="Kế hoạch 41/KH-SV", created=datetime(2026, 8, 10, 9, 15, 0),
                 modified=datetime(2026, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
