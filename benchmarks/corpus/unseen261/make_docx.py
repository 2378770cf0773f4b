"""Write a_hung-yen_52-KH-SB-2026_cong-vien-nuoc-mua-hang-htx-theo-khu.docx, the two-hundred-and-sixty-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen261/make_docx.py [OUT]

A water park company's plan (November 2026) for buying fruit, snacks, souvenirs, uniforms, plants, lake cleaning and
towel washing of cooperatives for its 2027 season: an opening, I. targets; II. a note, then one bordered table
Khu | Việc | Nắm chính | Góp tay | Hẹn xong whose FIRST COLUMN IS THE PARK'S AREA, one cell merged down over the rows
of that area (an area names no doer); "—" for no partner; III. the cooperatives' duty; the closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_52-KH-SB-2026_cong-vien-nuoc-mua-hang-htx-theo-khu.docx"

OPENING = [
    ("Mùa vận hành năm 2026 Công viên đón khoảng 310 nghìn lượt khách; dừa, trái cây, đồ ăn nhẹ mua qua thương lái, "
     "khăn tắm thuê giặt ở Hà Nội nên chở đi chở về mất nửa ngày. Hội đồng quản trị đã đồng ý chuyển dần sang mua hàng, "
     "thuê dịch vụ của các hợp tác xã trong tỉnh. Tổng Giám đốc ban hành Kế hoạch này cho mùa vận hành năm 2027 (mở cửa "
     "từ ngày 30/4/2027 đến hết ngày 30/9/2027).", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Ít nhất 60% trái cây, đồ ăn nhẹ bán tại Khu ẩm thực và 100% khăn tắm, áo choàng cho thuê do hợp tác xã trong "
     "tỉnh cung ứng, giặt sấy.", "p"),
    ("2. Mỗi hợp tác xã cung ứng có hợp đồng cả mùa, giá chốt trước, tiền hàng trả đúng hẹn.", "p"),
    ("II. VIỆC THEO TỪNG KHU CỦA CÔNG VIÊN", "h"),
    ("Cột “Nắm chính” ghi bộ phận chịu trách nhiệm đến cùng; cột “Góp tay” ghi bộ phận, đơn vị làm cùng (dấu “—” là "
     "không có); cột “Hẹn xong” ghi thời hạn.", "p"),
]

COLUMNS = ["Khu", "Việc", "Nắm chính", "Góp tay", "Hẹn xong"]
WIDTHS = [Cm(2.4), Cm(6.6), Cm(2.8), Cm(2.6), Cm(2.6)]
# (area, work, lead, partners, time); the area cell is merged down over the rows of the same area
ROWS = [
    ("Khu ẩm thực", "Ký hợp đồng mua dừa xiêm, dưa hấu, xoài cả mùa 2027 với HTX Nông nghiệp Tiên Lữ và HTX Cây ăn quả "
     "Phù Cừ, giá chốt theo từng tháng", "Bộ phận Ẩm thực", "Phòng Mua hàng", "Trước 31/12/2026"),
    ("Khu ẩm thực", "Cho HTX Chế biến nông sản Kim Động thuê 02 ki-ốt bán chè đỗ đen, bánh khoai, thu phí mặt bằng "
     "theo phần trăm doanh thu", "Bộ phận Ẩm thực", "Phòng Kế toán", "Tháng 3/2027"),
    ("Khu ẩm thực", "Kiểm tra cảm quan, nhiệt độ bảo quản và phiếu xuất xứ của từng lô trái cây, đồ ăn nhẹ trước khi "
     "nhập quầy", "Bộ phận Ẩm thực", "—", "Hằng ngày trong mùa"),
    ("Khu hồ tạo sóng và máng trượt", "Đặt HTX May mặc Văn Giang may 180 bộ đồng phục cứu hộ và 60 bộ đồng phục "
     "hướng dẫn viên hồ sóng", "Đội Cứu hộ", "Phòng Hành chính - Nhân sự", "Trước 15/3/2027"),
    ("Khu hồ tạo sóng và máng trượt", "Thuê HTX Dịch vụ môi trường Mỹ Hào vớt rác, cọ rêu lòng hồ và chân máng "
     "trượt trước khi tích nước", "Bộ phận Kỹ thuật - Xử lý nước", "Đội Cứu hộ", "Quý I/2027"),
    ("Khu cây xanh, bãi cỏ", "Mua cây bóng mát, cỏ lá gừng của HTX Sinh vật cảnh Văn Lâm trồng thay chỗ cây chết sau "
     "mùa đông", "Tổ Cây xanh", "Phòng Mua hàng", "Tháng 02/2027"),
    ("Khu cây xanh, bãi cỏ", "Thuê thành viên HTX Sinh vật cảnh Văn Lâm cắt cỏ, tỉa cây quanh các bãi tắm nắng, mỗi "
     "tuần 02 lần", "Tổ Cây xanh", "—", "Hằng tuần, từ 01/5/2027"),
    ("Khu tủ đồ, phòng tắm", "Giao HTX Dịch vụ giặt là Phố Hiến giặt, sấy khăn tắm và áo choàng cho khách thuê; giao "
     "nhận đồ tại cổng kỹ thuật trước 6 giờ 30", "Bộ phận Buồng - Tủ đồ", "Phòng Kế toán", "Từ ngày mở cửa 30/4/2027"),
    ("Quầy lưu niệm", "Bày bán long nhãn sấy, mật ong hoa nhãn của HTX Nhãn lồng Hồng Nam, có bảng giới thiệu hợp "
     "tác xã", "Bộ phận Bán lẻ", "Phòng Marketing", "Trước 20/4/2027"),
    ("Chung", "Trả tiền hàng, tiền dịch vụ cho từng hợp tác xã trong 10 ngày kể từ khi nhận đủ hóa đơn",
     "Phòng Kế toán", "—", "Sau mỗi lần nhận hóa đơn"),
    ("Chung", "Chấm điểm các hợp tác xã cung ứng sau mùa vận hành, đề xuất nơi ký tiếp năm 2028",
     "Phòng Mua hàng", "Bộ phận Ẩm thực, Tổ Cây xanh", "Tháng 10/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ CUNG ỨNG", "h"),
    ("Các hợp tác xã cung ứng cử một người làm đầu mối liên lạc trong suốt mùa vận hành và báo Phòng Mua hàng trước ít "
     "nhất 02 ngày khi không giao đủ hàng.", "p"),
    ("Trưởng các phòng, bộ phận, đội, tổ có tên ở mục II làm theo đúng bảng; vướng mắc báo Phó Tổng Giám đốc phụ trách "
     "vận hành./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CÔNG VIÊN NƯỚC SÓNG BIẾC"], "Số: 52/KH-SB",
                 "Hưng Yên, ngày 14 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua hàng, thuê dịch vụ của hợp tác xã cho mùa vận hành năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    first = {}
    for n, values in enumerate(ROWS, start=1):
        for i, (cell, value) in enumerate(zip(table.rows[n].cells, values)):
            cell.width = WIDTHS[i]
            if i == 0:
                if value in first:
                    continue
                first[value] = n
            cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i in (0, 4))
    for area, start in first.items():
        end = max(n for n, values in enumerate(ROWS, start=1) if values[0] == area)
        if end > start:
            table.cell(start, 0).merge(table.cell(end, 0))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (để b/c);", "- 07 HTX cung ứng;",
                          "- Các phòng, bộ phận, đội, tổ;", "- Lưu: VT, MH."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lương Quốc Thịnh"])
    return saved(doc, author="Phòng Mua hàng", editor="Văn thư Công ty",
                 title="Kế hoạch 52/KH-SB", created=datetime(2026, 11, 9, 9, 15, 0),
                 modified=datetime(2026, 11, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
