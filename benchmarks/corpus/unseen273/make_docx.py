"""Write a_quang-ninh_34-KH-KSVN-2025_khach-san-mua-hang-htx-cot-bo-phan.docx, the two-hundred-and-seventy-third
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen273/make_docx.py [OUT]

A hotel company's plan (September 2025) for buying seafood, vegetables, sedge slippers and rattan trays of cooperatives
and sending guests on a cooperative's village tour: an opening, I. purposes; II. a note and one bordered grid whose
COLUMNS ARE THE HOTEL'S DEPARTMENTS (Hạn | Bộ phận Lễ tân | Bộ phận Buồng phòng | Bộ phận Nhà hàng - Bếp | Phòng Kế
toán - Mua hàng | Đơn vị ngoài Khách sạn): each row one task, the WORK WRITTEN IN THE CELL OF THE DEPARTMENT THAT LEADS
it, "hỗ trợ" in the cells of the departments that help, outside partners in the last column; III. organisation; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_quang-ninh_34-KH-KSVN-2025_khach-san-mua-hang-htx-cot-bo-phan.docx"

OPENING = [
    ("Khách sạn Vịnh Ngọc có 168 phòng, công suất bình quân năm 2025 đạt 71%, mỗi ngày phục vụ khoảng 420 suất ăn sáng. "
     "Hải sản, rau xanh hiện do hai đại lý ở chợ Hạ Long I giao, chất lượng không đều; dép, khay đựng đồ dùng trong phòng "
     "vẫn là hàng nhựa dùng một lần. Thực hiện Nghị quyết của Hội đồng quản trị về du lịch xanh, Giám đốc ban hành Kế "
     "hoạch mua hàng, dịch vụ của các hợp tác xã trong tỉnh như sau.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Đến giữa năm 2026, tối thiểu 60% hải sản và rau của bếp lấy trực tiếp từ hợp tác xã, biết rõ nơi nuôi, nơi "
     "trồng; bỏ dép nhựa, khay nhựa dùng một lần trong phòng.", "p"),
    ("2. Giới thiệu với khách lưu trú sản phẩm, làng nghề của hợp tác xã; mỗi bộ phận làm đúng phần việc ở Mục II.", "p"),
    ("II. BẢNG PHÂN VIỆC THEO BỘ PHẬN", "h"),
    ("Mỗi dòng của bảng là một việc. Nội dung việc ghi vào ô của bộ phận chủ trì; ô ghi “hỗ trợ” là bộ phận phối hợp; "
     "cột cuối ghi đơn vị ngoài Khách sạn cùng tham gia; cột đầu là hạn xong.", "p"),
]

DEPTS = ["Bộ phận Lễ tân", "Bộ phận Buồng phòng", "Bộ phận Nhà hàng - Bếp", "Phòng Kế toán - Mua hàng"]
COLUMNS = ["Hạn", *DEPTS, "Đơn vị ngoài Khách sạn"]
WIDTHS = [Cm(2.2), Cm(2.8), Cm(2.8), Cm(2.8), Cm(2.8), Cm(2.6)]
H = "hỗ trợ"
# (time, lead index in DEPTS, helper indexes, outside partners, work)
ROWS = [
    ("Trước 30/9/2025", 2, (3,), "Liên minh Hợp tác xã tỉnh Quảng Ninh",
     "Đi thực tế, chọn 02 hợp tác xã cung ứng hải sản tươi và rau sạch cho bếp; nấu thử, chấm điểm từng mẫu hàng"),
    ("Tháng 10/2025", 3, (2,), "",
     "Ký hợp đồng mua hải sản, rau theo đơn đặt hằng ngày với hợp tác xã được chọn, giá chốt theo từng tháng"),
    ("Trước 15/10/2025", 1, (3,), "HTX Thủ công Cói Bình Minh",
     "Đặt 3.000 đôi dép cói và 500 khay mây đựng đồ dùng trong phòng thay cho hàng nhựa dùng một lần"),
    ("Quý IV/2025", 0, (2,), "HTX Du lịch cộng đồng Quảng La",
     "Mở tour nửa ngày đưa khách về làng nghề của hợp tác xã; đặt quầy tờ rơi, nhận đăng ký ngay tại sảnh"),
    ("Trước 30/11/2025", 2, (0,), "",
     "Đưa thực đơn “Bữa sáng vùng vịnh” dùng chả mực, rau, trứng của hợp tác xã vào tiệc buffet, ghi tên hợp tác xã "
     "trên thẻ món"),
    ("Hằng ngày", 2, (3,), "",
     "Nhận hàng trước 6 giờ sáng, cân và đo nhiệt độ hải sản khi nhận; trả lại ngay lô hàng không đạt"),
    ("Hằng tháng, ngày 10", 3, (), "",
     "Đối chiếu công nợ, chuyển tiền hàng tháng trước cho từng hợp tác xã"),
    ("Tháng 01/2026", 1, (2,), "HTX Môi trường Xanh Hà Phong",
     "Phân loại rác ở tầng phòng và ở bếp; giao thức ăn thừa, vỏ sò cho hợp tác xã ủ làm phân bón"),
    ("Trước 10/02/2026", 0, (1, 2), "",
     "Trưng bày, bán giỏ quà Tết gồm sản phẩm OCOP của hợp tác xã tại sảnh và trên trang đặt phòng của Khách sạn"),
    ("Tháng 6/2026", 3, (0, 1, 2), "Liên minh Hợp tác xã tỉnh Quảng Ninh",
     "Sơ kết một năm mua hàng của hợp tác xã, tính lại chi phí từng mặt hàng, báo cáo Hội đồng quản trị"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các bộ phận, phòng làm đúng phần việc ghi trong ô của mình; việc có “hỗ trợ” thì bộ phận chủ trì chủ "
     "động gọi bộ phận hỗ trợ cùng làm.", "p"),
    ("2. Phòng Kế toán - Mua hàng theo dõi chung, mỗi tháng báo cáo Giám đốc tiến độ tại cuộc họp giao ban./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "KHÁCH SẠN VỊNH NGỌC"], "Số: 34/KH-KSVN",
                 "Quảng Ninh, ngày 05 tháng 9 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua hàng, dịch vụ của hợp tác xã phục vụ khách lưu trú năm 2025 - 2026", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (time, lead, helpers, outside, work) in zip(table.rows[1:], ROWS):
        values = [time] + [work if d == lead else H if d in helpers else "" for d in range(len(DEPTS))] + [outside]
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if value:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), italic=(0,) if value == H else (),
                           center=i == 0 or value == H)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX liên kết;",
                          "- Các bộ phận, phòng (t/h);", "- Lưu: VT, KT-MH."],
                    ["GIÁM ĐỐC", "", "", "", "Vũ Thị Hồng Nhung"])
    return saved(doc, author="Phòng Kế toán - Mua hàng", editor="Văn thư Khách sạn",
                 title="Kế hoạch 34/KH-KSVN", created=datetime(2025, 9, 2, 9, 10, 0),
                 modified=datetime(2025, 9, 5, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
