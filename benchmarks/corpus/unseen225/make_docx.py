"""Write a_khanh-hoa_41-2026-KH-VTA_thu-mua-nho-ruou-vang-htx-vu-dong.docx, the two-hundred-and-twenty-fifth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen225/make_docx.py [OUT]

A winery's plan (October 2026) for buying the wine grapes of the year-end crop from its linked grape cooperatives and
cooperative groups: the opening, I. targets, II. the linked units in prose (facts), III. a note and then one bordered
table TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn whose single doers' cell lists every body of the row, THE
LEAD MARKED "(*)" wherever it stands in the list (first, in the middle, last; twice in one row; a cell of one body
with no mark), IV. the linked cooperatives' own duty and a closing sentence; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_41-2026-KH-VTA_thu-mua-nho-ruou-vang-htx-vu-dong.docx"

OPENING = [
    ("Vụ nho cuối năm 2025, Công ty nhận 612 tấn nho của vùng liên kết, trong đó gần một phần năm số lô có độ đường "
     "dưới 17 Brix nên phải ép riêng làm vang pha. Để vụ Đông năm nay có nho đủ chín, hái đúng ngày và trả tiền "
     "nhanh cho người trồng, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua 760 tấn nho tươi của vùng liên kết, trong đó 300 tấn nho rượu Black Queen và 460 tấn nho đỏ "
     "NH01-48.", "p"),
    ("- Ít nhất 85% số lô nho giao về xưởng đạt độ đường từ 18 Brix trở lên; không lô nào tồn quá 12 giờ trước khi "
     "ép.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
    ("Tham gia vụ Đông 2026 có HTX Nho Phước Dân (xã Ninh Phước, 64 ha), HTX Nông nghiệp Thái An (xã Vĩnh Hải, 41 ha), "
     "HTX Dịch vụ nông nghiệp Nhơn Hải (xã Ninh Hải, 28 ha) và THT trồng nho thôn Mỹ Nghiệp (xã Ninh Phước, 9 ha). "
     "Các vườn cắt cành từ cuối tháng 9 đến giữa tháng 10/2026, dự kiến hái từ ngày 25/12/2026.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Cột \u201cĐơn vị thực hiện\u201d ghi đủ các đơn vị cùng làm một việc. Đơn vị nào có dấu (*) sau tên thì chủ trì "
     "việc đó; những đơn vị không có dấu cùng làm. Ô chỉ ghi một đơn vị thì đơn vị đó tự làm.", "i"),
]

COLUMNS = ["TT", "Việc cần làm", "Đơn vị thực hiện", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(5.2), Cm(2.6)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng liên kết vụ Đông 2026 với từng HTX, THT: diện tích, sản lượng giao, giá sàn 14.000 "
          "đồng/kg nho rượu",
     "Phòng Nguyên liệu (*), Phòng Tài chính - Kế toán", "Trước 31/10/2026"),
    ("2", "Hướng dẫn tổ kỹ thuật của các HTX tỉa chùm, tỉa lá, bao trái sau cắt cành; mỗi vườn để không quá 12 chùm "
          "trên một mét giàn",
     "Trung tâm Khuyến nông tỉnh, Phòng Nguyên liệu (*), Viện Nghiên cứu Bông và Phát triển nông nghiệp Nha Hố",
     "Tháng 11/2026"),
    ("3", "Cấp 3.000 sọt nhựa loại 20 kg cho các điểm hái; bố trí 02 xe tải có bạt che chở nho về xưởng",
     "Phòng Hành chính - Hậu cần", "Trước 15/12/2026"),
    ("4", "Lấy mẫu quả ở từng vườn, đo độ đường và độ chua để báo ngày hái cho từng lô",
     "Phòng Kiểm nghiệm (*), HTX Nho Phước Dân, HTX Nông nghiệp Thái An, THT trồng nho thôn Mỹ Nghiệp",
     "Từ 20/12/2026 đến 10/01/2027"),
    ("5", "Nhận nho tại cửa xưởng, cân và xếp hạng theo độ đường; ép xong trong ngày nhận",
     "Phòng Kiểm nghiệm, Xưởng Ép và Lên men (*)", "Suốt vụ hái (25/12/2026 - 20/01/2027)"),
    ("6", "Chuyển tiền nho vào tài khoản từng HTX, THT theo bảng kê có chữ ký của tổ trưởng",
     "Phòng Tài chính - Kế toán (*), Phòng Nguyên liệu", "Chậm nhất 07 ngày sau mỗi đợt giao"),
    ("7", "Tính và trả khoản thưởng 1.000 đồng/kg cho các lô đạt từ 20 Brix trở lên",
     "Phòng Kiểm nghiệm (*), Phòng Tài chính - Kế toán (*)", "Tháng 02/2027"),
    ("8", "Hướng dẫn HTX Dịch vụ nông nghiệp Nhơn Hải làm hồ sơ chứng nhận VietGAP cho 28 ha nho",
     "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, UBND xã Ninh Hải, Phòng Nguyên liệu (*)", "Quý I/2027"),
    ("9", "Đóng chai thử 02 dòng vang ghi tên vùng nho của HTX, bày bán tại cửa hàng giới thiệu của Công ty",
     "HTX Nho Phước Dân, Phòng Thị trường (*)", "Tháng 3/2027"),
    ("10", "Họp tổng kết vụ Đông với các HTX, THT; chấm điểm từng đơn vị, đề xuất giá sàn vụ Hè 2027 trình Hội "
           "đồng quản trị",
     "Ban Giám đốc (*), Phòng Nguyên liệu, Phòng Tài chính - Kế toán", "Trước 28/02/2027"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA CÁC HTX, THT LIÊN KẾT", "h"),
    ("Các HTX, THT liên kết báo Phòng Nguyên liệu ngày cắt cành của từng vườn trước ngày 05/11/2026; ngừng phun thuốc "
     "bảo vệ thực vật 21 ngày trước ngày hái đã báo.", "p"),
    ("Phòng, xưởng nào có tên trong bảng thì theo dõi phần việc của mình; việc vượt quá khả năng báo ngay Tổng Giám "
     "đốc để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "VANG NHO THÁI AN"], "Số: 41/2026/KH-VTA",
                 "Phan Rang, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua nho làm rượu vang vụ Đông năm 2026 của các hợp tác xã, tổ hợp tác liên kết", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT liên kết;",
                          "- UBND các xã Ninh Phước, Vĩnh Hải, Ninh Hải;", "- Các phòng, xưởng;", "- Lưu: VT, P.NL."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lưu Quang Hảo"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-VTA", created=datetime(2026, 10, 12, 8, 30, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
