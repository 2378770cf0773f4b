"""Write a_khanh-hoa_15-KH-HHM-2026_hiep-hoi-muoi-htx-diem-dan-theo-vu-muoi.docx, the hundred-and-twentieth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen120/make_docx.py [OUT]

A provincial salt producers' association's plan for the salt cooperatives over one salt season (February 2026, after
Ninh Thuận was merged into Khánh Hòa): I. purpose, II. figures of the season (not tasks), III. one bordered table
STT | Công việc | Phụ trách | Phối hợp | Thời gian, eight rows, the association's own organs and branches as leads,
times tied to the salt season; IV. one paragraph of the association's office. Every paragraph is a plain paragraph
with its number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_15-KH-HHM-2026_hiep-hoi-muoi-htx-diem-dan-theo-vu-muoi.docx"

BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("Giúp các hợp tác xã, tổ hợp tác sản xuất muối ở Hòn Khói, Tri Hải, Cà Ná và Quán Thẻ giữ ổn định diện tích, "
     "nâng chất lượng hạt muối sạch, bán được giá hơn cho diêm dân trong vụ muối 2026.", "p"),
    ("II. MỘT SỐ CON SỐ CỦA VỤ MUỐI 2026", "h"),
    ("- Diện tích đồng muối của hội viên tập thể: khoảng 1.340 ha, trong đó muối trải bạt 410 ha.", "p"),
    ("- Sản lượng dự kiến 142 nghìn tấn; phấn đấu 30% sản lượng được bao tiêu qua hợp đồng.", "p"),
    ("III. PHÂN CÔNG CÔNG VIỆC", "h"),
]
COLUMNS = ["STT", "Công việc", "Phụ trách", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
ROWS = [
    ("1", "Họp các chủ nhiệm HTX muối thống nhất giá sàn thu mua và lịch xả nước vào ô kết tinh",
     "Ban Thường trực Hiệp hội", "Chi hội Diêm dân Hòn Khói; Chi hội Diêm dân Cà Ná", "Đầu vụ (tháng 02/2026)"),
    ("2", "Vận động HTX, THT chuyển thêm 60 ha sang sản xuất muối trải bạt, hướng dẫn hồ sơ xin hỗ trợ bạt",
     "Ban Kỹ thuật", "Chi cục Thủy lợi và Diêm nghiệp (Sở NN&MT)", "Tháng 3 - tháng 4/2026"),
    ("3", "Ký hợp đồng bao tiêu muối sạch giữa các HTX với doanh nghiệp chế biến, có giá tối thiểu",
     "Ban Thường trực Hiệp hội", "Công ty CP Muối Khánh Hòa, Liên minh HTX tỉnh", "Trước 31/3/2026"),
    ("4", "Theo dõi giá muối tại ruộng hằng tuần, báo cáo khi giá xuống thấp hơn giá thành",
     "Văn phòng Hiệp hội", "Các chi hội", "Suốt vụ muối"),
    ("5", "Tập huấn quy trình muối sạch, ghi nhật ký đồng muối cho tổ trưởng sản xuất các HTX",
     "Ban Kỹ thuật", "Trung tâm Khuyến nông tỉnh", "Quý II/2026"),
    ("6", "Đề nghị tạm trữ muối, hỗ trợ lãi vay cho HTX khi muối tồn đọng",
     "Ban Thường trực Hiệp hội", "", "Khi lượng muối tồn tại ruộng vượt 20 nghìn tấn"),
    ("7", "Gia cố bờ bao, kênh dẫn nước biển trước mùa mưa bão; bàn giao sổ theo dõi đồng muối",
     "Chi hội Diêm dân Quán Thẻ", "HTX muối Quán Thẻ 1, UBND xã Phước Nam", "Trước 15/8/2026"),
    ("8", "Tổng kết vụ muối, bình chọn HTX muối làm ăn hiệu quả",
     "Ban Thường trực Hiệp hội", "Các chi hội, HTX hội viên", "Kết thúc vụ (tháng 9/2026)"),
]
AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Văn phòng Hiệp hội đầu mối nắm tình hình, tổng hợp khó khăn của diêm dân để Ban Thường trực kiến nghị UBND "
     "tỉnh, Sở Nông nghiệp và Môi trường; báo cáo sơ kết giữa vụ vào tháng 6/2026.", "p"),
    ("Kế hoạch này được gửi đến các chi hội và hội viên tập thể để biết, thực hiện./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HIỆP HỘI MUỐI", "TỈNH KHÁNH HÒA"], "Số: 15/KH-HHM", "Khánh Hòa, ngày 09 tháng 02 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác diêm dân trong vụ muối năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Điều lệ Hiệp hội Muối tỉnh Khánh Hòa; căn cứ Nghị quyết Hội nghị Ban Chấp hành Hiệp hội ngày "
              "20/01/2026, Ban Thường trực Hiệp hội xây dựng Kế hoạch vụ muối năm 2026 như sau:")
    for text, style in BEFORE:
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
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT, Liên minh HTX tỉnh;",
                          "- Hiệp hội Muối Việt Nam;", "- Các chi hội, hội viên tập thể;", "- Lưu: VP."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Đàng Văn Thuận"])
    return saved(doc, author="Văn phòng Hiệp hội", editor="Văn phòng Hiệp hội Muối",
                 title="Kế hoạch 15/KH-HHM", created=datetime(2026, 2, 3, 9, 0, 0),
                 modified=datetime(2026, 2, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
