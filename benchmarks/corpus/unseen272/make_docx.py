"""Write a_khanh-hoa_36-KH-CCHT-2026_cha-ca-diem-kiem-soat-htx.docx, the two-hundred-and-seventy-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen272/make_docx.py [OUT]

A fish-cake (chả cá) maker's plan (August 2026) for taking fish of fishing cooperatives and dill, spring onions of a
vegetable cooperative into its line: an opening, I. targets; II. a note, then one bordered table laid out like the
HACCP plan of its own workshop — Điểm kiểm soát (ĐKS 01 …) | Việc phải làm | Giữ điểm | Kiểm chéo | Giới hạn tới hạn —
whose "Giữ điểm" cell names the lead, "Kiểm chéo" the partners ("—" for none), and whose limit is the time, dates
written after "≤"; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_36-KH-CCHT-2026_cha-ca-diem-kiem-soat-htx.docx"

OPENING = [
    ("Xưởng chả cá của Công ty mỗi ngày cần từ 2,5 đến 3 tấn cá nhồng, cá mối, cá thu tươi. Phần lớn cá hiện mua qua "
     "nậu vựa ở cảng, độ tươi không đều, nhiều lô không có nhật ký khai thác nên khách hàng xuất khẩu từ chối. Giám đốc "
     "Công ty ban hành Kế hoạch này để từ quý IV/2026 nguồn cá và rau gia vị của Xưởng đi thẳng từ các hợp tác xã.",
     "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến tháng 12/2026, ít nhất 60% cá nguyên liệu do tàu của hợp tác xã khai thác hải sản giao, có nhật ký khai "
     "thác truy được đến từng chuyến biển.", "p"),
    ("2. Toàn bộ thì là, hành lá trộn vào chả mua của một hợp tác xã rau, trồng không dùng thuốc diệt cỏ.", "p"),
    ("II. CÁC ĐIỂM KIỂM SOÁT CỦA KẾ HOẠCH", "h"),
    ("Bảng dưới đây kẻ theo mẫu kế hoạch HACCP mà Xưởng đang áp dụng. Cột “Giữ điểm” ghi bộ phận chịu trách nhiệm "
     "chính; cột “Kiểm chéo” ghi bộ phận, đơn vị cùng làm và kiểm tra lại; cột “Giới hạn tới hạn” là thời hạn không "
     "được vượt quá.", "p"),
]

COLUMNS = ["Điểm kiểm soát", "Việc phải làm", "Giữ điểm", "Kiểm chéo", "Giới hạn tới hạn"]
WIDTHS = [Cm(1.9), Cm(6.6), Cm(2.9), Cm(2.9), Cm(2.3)]
ROWS = [
    ("ĐKS 01", "Xuống tận tàu của 02 hợp tác xã khai thác hải sản xem hầm bảo quản, cách ướp đá và sổ nhật ký khai "
     "thác; lập danh sách tàu đủ điều kiện giao cá cho Xưởng", "Phòng Thu mua nguyên liệu",
     "Phòng Quản lý chất lượng", "≤ 31/8/2026"),
    ("ĐKS 02", "Ký hợp đồng bao tiêu cá nhồng, cá mối, cá thu cả năm với HTX Khai thác thủy sản Vĩnh Lương Xanh, giá "
     "tính theo bảng giá cảng cá công bố mỗi tuần", "Phòng Kế toán", "Phòng Thu mua nguyên liệu", "≤ 15/9/2026"),
    ("ĐKS 03", "Đo nhiệt độ thân cá ngay khi tàu cập cảng Hòn Rớ; lô nào trên 4 °C hoặc mắt cá đục thì trả lại, ghi "
     "biên bản", "Phòng Quản lý chất lượng", "HTX Khai thác thủy sản Vĩnh Lương Xanh", "Mỗi chuyến tàu cập cảng"),
    ("ĐKS 04", "Đặt HTX Nông nghiệp Phước Đồng trồng thì là, hành lá theo lịch, mỗi tuần 150 kg, không phun thuốc diệt "
     "cỏ", "Phòng Thu mua nguyên liệu", "Xưởng Chế biến", "≤ 30/9/2026"),
    ("ĐKS 05", "Hướng dẫn thuyền trưởng, thuyền viên của các hợp tác xã ghi nhật ký khai thác điện tử, khai báo cảng "
     "cá trước khi cập bến", "Phòng Quản lý chất lượng",
     "Chi cục Biển, Hải đảo và Thủy sản tỉnh Khánh Hòa; Phòng Thu mua nguyên liệu", "≤ 31/10/2026"),
    ("ĐKS 06", "Lắp thêm 01 máy quết cá và 01 tủ cấp đông tiếp xúc để nhận thêm ba mươi phần trăm lượng cá của hợp "
     "tác xã", "Tổ Bảo trì", "Xưởng Chế biến", "≤ 30/11/2026"),
    ("ĐKS 07", "Gửi mẫu chả cá làm từ cá của hợp tác xã đi kiểm nghiệm vi sinh, histamin, kim loại nặng",
     "Phòng Quản lý chất lượng", "—", "Quý IV/2026"),
    ("ĐKS 08", "Ra dòng hàng “Chả cá Hòn Tre – cá của hợp tác xã”, in tên hợp tác xã trên bao bì, bán ở 12 siêu thị "
     "và gian hàng trực tuyến của Công ty", "Phòng Kinh doanh",
     "Phòng Quản lý chất lượng, HTX Khai thác thủy sản Vĩnh Lương Xanh", "≤ 15/01/2027"),
    ("ĐKS 09", "Chuyển tiền cá cho hợp tác xã qua tài khoản trong 05 ngày làm việc", "Phòng Kế toán", "—",
     "Sau mỗi lần giao cá"),
    ("ĐKS 10", "Gom đầu, xương, da cá còn lại sau phi lê, bán cho Tổ hợp tác chế biến bột cá Lương Sơn, cân và ghi sổ",
     "Kho lạnh", "Phòng Kế toán", "Hằng tuần"),
    ("ĐKS 11", "Sơ kết một năm liên kết, đề xuất ký thêm với các hợp tác xã khai thác ở Cam Ranh, báo cáo Hội đồng "
     "quản trị", "Phòng Thu mua nguyên liệu", "Phòng Kế toán, Phòng Quản lý chất lượng", "≤ 30/6/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, Quản đốc Xưởng Chế biến, Tổ trưởng Tổ Bảo trì và Thủ kho Kho lạnh giữ đúng các điểm kiểm soát "
     "trên; điểm nào có nguy cơ vượt giới hạn phải báo ngay Phó Giám đốc sản xuất./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CHẢ CÁ HÒN TRE"], "Số: 36/KH-CCHT",
                 "Khánh Hòa, ngày 12 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Nhận cá của hợp tác xã khai thác hải sản và rau gia vị của hợp tác xã vào dây chuyền chả cá "
              "năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if i in (0, 2) else (), center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- HTX KTTS Vĩnh Lương Xanh, HTX NN Phước Đồng;",
                          "- Các phòng, Xưởng, Tổ, Kho;", "- Lưu: VT, QA."],
                    ["GIÁM ĐỐC", "", "", "", "Tôn Nữ Bích Hạnh"])
    return saved(doc, author="Phòng Quản lý chất lượng", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-CCHT", created=datetime(2026, 8, 7, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
