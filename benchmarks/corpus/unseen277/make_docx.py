"""Write a_ha-noi_46-KH-NH-2026_banh-trung-thu-mua-nguyen-lieu-htx.docx, the two-hundred-and-seventy-seventh held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen277/make_docx.py [OUT]

A mooncake maker's plan (July 2026) for buying lotus seeds, mung beans, salted duck eggs, gấc and lime leaves of
cooperatives for the 2026 Mid-Autumn season: an opening, I. targets; II. a note, then one bordered table laid out as
a BAKING LINE — Khuôn | Việc | Nhồi nhân | Áo bánh | Ra lò — whose "Nhồi nhân" column (the filling) holds the lead,
"Áo bánh" (the crust) the partners joined by " + " ("—" none) and "Ra lò" (out of the oven) the time; III. the
cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_ha-noi_46-KH-NH-2026_banh-trung-thu-mua-nguyen-lieu-htx.docx"

OPENING = [
    ("Mùa Trung thu năm 2025 Công ty làm ra 212 nghìn chiếc bánh nướng, bánh dẻo; hạt sen, đậu xanh và trứng vịt muối "
     "phần lớn mua qua đại lý, có lô trứng về bị vỡ, lòng đỏ nhạt, hạt sen lẫn hạt cũ năm trước. Năm nay Tết Trung thu "
     "rơi vào ngày 25/9/2026, Hội đồng quản trị quyết định mua thẳng nguyên liệu của các hợp tác xã, ghi rõ tên hợp tác "
     "xã trên hộp bánh. Tổng Giám đốc lập Kế hoạch này như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Ít nhất 80% hạt sen, đậu xanh, trứng vịt muối dùng cho mùa bánh năm 2026 mua của hợp tác xã, có nhật ký nuôi "
     "trồng và phiếu kiểm nghiệm.", "p"),
    ("2. Ra mắt dòng bánh “Vị quê” dùng gấc, lá chanh, cốm của hợp tác xã, in tên hợp tác xã trên từng hộp.", "p"),
    ("II. DÂY CHUYỀN VIỆC", "h"),
    ("Mỗi việc ghi như một khuôn bánh: cột “Nhồi nhân” là bộ phận chịu trách nhiệm chính, cột “Áo bánh” là bộ phận, "
     "đơn vị bọc ngoài hỗ trợ (nhiều đơn vị nối bằng dấu “+”, dấu “—” là không cần hỗ trợ), cột “Ra lò” là lúc việc "
     "phải xong.", "p"),
]

COLUMNS = ["Khuôn", "Việc", "Nhồi nhân", "Áo bánh", "Ra lò"]
WIDTHS = [Cm(1.6), Cm(6.9), Cm(2.9), Cm(3.1), Cm(2.3)]
ROWS = [
    ("01", "Về tận đầm sen và lò sấy của HTX Nông nghiệp Sen Liên Hà, xem hạt sen vụ mới, lấy mẫu thử độ ẩm và mọt",
     "Phòng Thu mua", "Phòng Kiểm soát chất lượng", "Trước 25/7/2026"),
    ("02", "Ký hợp đồng mua 18 tấn hạt sen khô, 25 tấn đậu xanh tách vỏ của hai hợp tác xã, giá chốt cả mùa, giao làm "
     "ba đợt", "Phòng Thu mua", "Phòng Tài chính - Kế toán + Phòng Pháp chế", "31/7/2026"),
    ("03", "Đặt HTX Chăn nuôi vịt Vân Đình muối 150 nghìn quả trứng vịt theo công thức của Công ty, mỗi mẻ có phiếu ghi "
     "ngày muối", "Xưởng Nhân", "HTX Chăn nuôi vịt Vân Đình", "Trước 10/8/2026"),
    ("04", "Làm thử ba mẻ nhân gấc và nhân cốm lá chanh, mời đại diện các hợp tác xã nếm và góp ý", "Xưởng Nhân",
     "Phòng Nghiên cứu sản phẩm + HTX Gấc Mỹ Thành + HTX Cốm Mễ Trì", "Tuần đầu tháng 8/2026"),
    ("05", "Kiểm nghiệm mỗi lô nguyên liệu của hợp tác xã trước khi nhập kho: độ ẩm, nấm mốc, dư lượng thuốc bảo vệ "
     "thực vật", "Phòng Kiểm soát chất lượng", "—", "Mỗi lần nhận hàng"),
    ("06", "Thiết kế hộp bánh “Vị quê” có ô in tên, địa chỉ hợp tác xã và mã QR xem nhật ký nuôi trồng",
     "Phòng Marketing", "Tổ Bao bì", "15/8/2026"),
    ("07", "Chạy ca đêm nướng bánh đủ đơn hàng mùa, ghi lô nguyên liệu hợp tác xã vào phiếu mẻ nướng",
     "Xưởng Nướng", "Xưởng Nhân + Kho thành phẩm", "Từ 20/8 đến 22/9/2026"),
    ("08", "Bày quầy bánh của hợp tác xã tại 12 cửa hàng, kể chuyện vùng sen, vùng vịt trên bảng giới thiệu",
     "Phòng Kinh doanh", "Phòng Marketing", "Trước 01/9/2026"),
    ("09", "Thanh toán tiền nguyên liệu cho hợp tác xã chậm nhất 10 ngày sau khi hàng và hóa đơn về đủ",
     "Phòng Tài chính - Kế toán", "—", "Sau mỗi đợt giao hàng"),
    ("10", "Tổng kết mùa bánh, tính lại giá mua, đặt trước diện tích sen và đàn vịt cho mùa Trung thu năm 2027",
     "Phòng Thu mua", "Phòng Kinh doanh + Phòng Tài chính - Kế toán", "Tháng 10/2026"),
]

AFTER = [
    ("III. PHẦN VIỆC CỦA BÊN BÁN", "h"),
    ("Hợp tác xã bán nguyên liệu giao hàng tại kho Công ty ở phường Hoàng Liệt, mỗi lô kèm phiếu ghi nơi trồng, nơi nuôi, ngày thu "
     "hoạch; báo trước ba ngày nếu không đủ hàng theo đợt.", "p"),
    ("Trưởng các phòng, xưởng, tổ nêu tại mục II thực hiện đúng cột “Ra lò”; vướng mắc báo ngay Phó Tổng Giám "
     "đốc sản xuất xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "BÁNH TRUNG THU NGUYỆT HẠ"], "Số: 46/KH-NH",
                 "Hà Nội, ngày 06 tháng 7 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua nguyên liệu của hợp tác xã cho mùa bánh Trung thu năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value], bold=(0,) if i == 2 else (), center=i in (0, 3, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX bán nguyên liệu;",
                          "- Các phòng, xưởng, tổ;", "- Lưu: VT, TM."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lương Thị Bích Ngà"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-NH", created=datetime(2026, 7, 2, 9, 10, 0),
                 modified=datetime(2026, 7, 6, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
