"""Write a_dak-lak_12-KH-HNO-2026_hoi-nuoi-ong-tht-htx-mua-hoa.docx, the seventy-fifth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen75/make_docx.py [OUT]

A provincial beekeepers' association's plan for helping its members into cooperative groups and cooperatives over
the coffee-blossom season (October 2026, Đắk Lắk after its merger with Phú Yên): the association's header under its
national association, I. purposes, II. a bordered table "TT | Việc làm | Người, bộ phận phụ trách | Cùng tham gia |
Thời gian" whose times are the bees' seasons, III. numbered paragraphs; the signature "TM. BAN CHẤP HÀNH / CHỦ TỊCH"
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dak-lak_12-KH-HNO-2026_hoi-nuoi-ong-tht-htx-mua-hoa.docx"

BEFORE_TABLE = [
    ("Qua khảo sát của Ban Thường vụ, toàn tỉnh hiện có khoảng 1.150 hộ hội viên nuôi trên 46.000 đàn ong, phần lớn "
     "nuôi nhỏ lẻ, bán mật qua thương lái nên giá bấp bênh; mới có 03 tổ hợp tác và 01 hợp tác xã nuôi ong. Để hội "
     "viên cùng nhau làm ăn, Hội Nuôi ong tỉnh Đắk Lắk xây dựng kế hoạch mùa ong 2026 - 2027 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Vận động hội viên ở các vùng cà phê, điều, keo liên kết thành tổ hợp tác; nơi đủ điều kiện thì thành lập hợp "
     "tác xã, có nhà sơ chế và bán mật theo hợp đồng.", "p"),
    ("- Không để việc củng cố tổ chức ảnh hưởng đến lịch di đàn theo mùa hoa của hội viên.", "p"),
    ("II. CÁC VIỆC CỤ THỂ", "h"),
]

COLUMNS = ["TT", "Việc làm", "Người, bộ phận phụ trách", "Cùng tham gia", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.2), Cm(3.4), Cm(3.4), Cm(3.0)]
ROWS = [
    ("1", "Lập danh sách hội viên muốn vào tổ hợp tác, ghi rõ số đàn, vùng đặt đàn", "Các chi hội cơ sở", "",
     "Trước 15/11/2026"),
    ("2", "Hướng dẫn 06 nhóm hộ ở Krông Năng, Cư M'gar, Ea Kar ký hợp đồng hợp tác, bầu tổ trưởng",
     "Ban Tư vấn kỹ thuật", "UBND các xã có nhóm hộ", "Tháng 12/2026"),
    ("3", "Tập huấn quản lý đàn ong, phòng bệnh thối ấu trùng, ghi chép nhật ký nuôi ong",
     "Phó Chủ tịch Hội phụ trách kỹ thuật", "Trung tâm Khuyến nông tỉnh", "Đầu mùa hoa cà phê"),
    ("4", "Lấy mẫu mật gửi kiểm nghiệm dư lượng kháng sinh, thuốc bảo vệ thực vật cho các tổ",
     "Văn phòng Hội", "Chi cục Chăn nuôi và Thú y", "Trong mùa thu mật"),
    ("5", "Hỗ trợ tổ hợp tác nuôi ong Ea Kar chuyển thành hợp tác xã, làm hồ sơ đăng ký",
     "Văn phòng Hội", "Liên minh HTX tỉnh; Phòng Kinh tế xã Ea Kar", "Quý I/2027"),
    ("6", "Giới thiệu các tổ, HTX với doanh nghiệp thu mua mật xuất khẩu; dự hội chợ nông sản của tỉnh",
     "Thường trực Hội", "Sở Công Thương", "Sau vụ mật cà phê"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các chi hội cơ sở phổ biến kế hoạch này đến từng hội viên trong sinh hoạt chi hội tháng 11; báo cáo số tổ "
     "được thành lập về Văn phòng Hội hằng quý.", "p"),
    ("2. Văn phòng Hội làm việc với Quỹ hỗ trợ phát triển HTX tỉnh để hướng dẫn các tổ, HTX nuôi ong vay vốn mua "
     "thùng, máy quay mật; xong trước ngày 31/01/2027.", "p"),
    ("3. Kế toán Hội lập dự toán kinh phí tập huấn, kiểm nghiệm mẫu, trình Thường trực Hội duyệt trong tháng 11/2026.",
     "p"),
    ("Quá trình thực hiện có vướng mắc, các chi hội phản ánh về Văn phòng Hội để Ban Thường vụ xem xét./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI NUÔI ONG VIỆT NAM", "HỘI NUÔI ONG TỈNH ĐẮK LẮK"], "Số: 12/KH-HNO",
                 "Đắk Lắk, ngày 22 tháng 10 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vận động hội viên liên kết thành lập tổ hợp tác, hợp tác xã nuôi ong mùa ong 2026 - 2027", bold=True,
         center=True)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội Nuôi ong VN (b/c);", "- Sở NN&MT tỉnh;", "- Liên minh HTX tỉnh;",
                          "- Các chi hội cơ sở;", "- Lưu VP Hội."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Lê Đình Khang"])
    return saved(doc, author="VP Hội Nuôi ong", editor="Hội Nuôi ong tỉnh Đắk Lắk",
                 title="Kế hoạch 12/KH-HNO", created=datetime(2026, 10, 15, 15, 10, 0),
                 modified=datetime(2026, 10, 22, 8, 45, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
