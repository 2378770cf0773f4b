"""Write a_quang-tri_58-KH-BQLDA-2026_ban-quan-ly-du-an-ifad-theo-hop-phan.docx, the forty-seventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen47/make_docx.py [OUT]

A project management board's plan (January 2026): the board of a province's IFAD-funded agricultural value-chain
project sets out its cooperative-support activities of the year BY COMPONENT, as its annual work plan and budget codes
them: I. aims, II. one bordered table Mã HĐ | Tên hoạt động | Đầu ra năm 2026 | Thời gian | Kinh phí (triệu đồng) |
Đơn vị thực hiện | Đơn vị phối hợp, with a merged group row for each of the three components ("Hợp phần 1. …") and
activity codes such as "1.1.2"; the board's own teams ("Tổ …") and outside bodies as implementers, partners separated
by semicolons; III. three numbered paragraphs of who does what. Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_quang-tri_58-KH-BQLDA-2026_ban-quan-ly-du-an-ifad-theo-hop-phan.docx"

OPENING = [
    "Căn cứ Hiệp định tài trợ ký ngày 14/6/2024 giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Quỹ Quốc "
    "tế về Phát triển nông nghiệp (IFAD) cho Dự án Chuỗi giá trị nông nghiệp thích ứng với biến đổi khí hậu tỉnh "
    "Quảng Trị (sau đây gọi là Dự án);",
    "Căn cứ Quyết định số 2715/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh phê duyệt Kế hoạch công tác và ngân "
    "sách năm 2026 (AWPB) của Dự án;",
    "Ban Quản lý dự án (BQLDA) xây dựng Kế hoạch triển khai các hoạt động hỗ trợ hợp tác xã (HTX), tổ hợp tác (THT) "
    "năm 2026 như sau:",
]

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC TIÊU", "h"),
    ("1. Nâng cao năng lực quản trị, sản xuất và kinh doanh cho 46 HTX, 120 THT tại 18 xã vùng dự án (khu vực Quảng "
     "Bình cũ và Quảng Trị cũ), ưu tiên HTX có thành viên là người dân tộc thiểu số, phụ nữ.", "p"),
    ("2. Giải ngân tối thiểu 85% số vốn năm 2026 bố trí cho các hoạt động hỗ trợ HTX, THT; không để hoạt động nào "
     "chậm quá một quý so với AWPB.", "p"),
    ("II. CÁC HOẠT ĐỘNG THEO HỢP PHẦN", "h"),
    ("Các hoạt động năm 2026 xếp theo hợp phần, tiểu hợp phần của Văn kiện dự án, mã hoạt động giữ như AWPB đã duyệt. "
     "Kinh phí gồm vốn vay IFAD và vốn đối ứng của tỉnh.", "p"),
]

COLUMNS = ["Mã HĐ", "Tên hoạt động", "Đầu ra năm 2026", "Thời gian", "Kinh phí (triệu đồng)", "Đơn vị thực hiện",
           "Đơn vị phối hợp"]
WIDTHS = [Cm(1.2), Cm(4.6), Cm(2.2), Cm(1.8), Cm(1.6), Cm(2.4), Cm(2.4)]
# a str is a component's group row (merged across the table), a tuple an activity
ROWS = [
    "Hợp phần 1. Nâng cao năng lực cho HTX, THT và tổ chức nông dân",
    ("1.1.1", "Khảo sát, đánh giá năng lực 46 HTX vùng dự án bằng bộ công cụ CPA; xếp HTX vào 3 nhóm để có hình "
              "thức hỗ trợ phù hợp", "46 báo cáo đánh giá", "Quý I/2026", "184", "Tổ Phát triển chuỗi giá trị",
     "UBND các xã vùng dự án"),
    ("1.1.2", "Mở 06 lớp tập huấn quản trị HTX, kế toán và lập kế hoạch kinh doanh cho Hội đồng quản trị, Giám đốc, "
              "kế toán HTX", "240 lượt học viên", "T3 - T6/2026", "396",
     "Liên minh HTX tỉnh (đơn vị tư vấn theo hợp đồng)", "Tổ Phát triển chuỗi giá trị"),
    ("1.1.3", "Hỗ trợ 12 THT đủ điều kiện chuyển thành HTX theo Luật Hợp tác xã năm 2023 (soạn điều lệ, phương án "
              "kinh doanh, làm thủ tục đăng ký)", "12 HTX thành lập mới", "Trước 30/9/2026", "240",
     "Tổ Phát triển chuỗi giá trị", "Liên minh HTX tỉnh; UBND các xã vùng dự án"),
    ("1.2.1", "Thí điểm nhóm tiết kiệm và vay vốn của phụ nữ gắn với THT chăn nuôi bò, dê", "30 nhóm", "Cả năm 2026",
     "310", "Hội Liên hiệp Phụ nữ tỉnh", "Cán bộ Giới (BQLDA)"),
    "Hợp phần 2. Phát triển chuỗi giá trị và hạ tầng phục vụ sản xuất",
    ("2.1.1", "Xây dựng, ký kết 08 kế hoạch kinh doanh liên kết theo mô hình hợp tác công - tư - nông dân (4P) giữa "
              "HTX và doanh nghiệp bao tiêu", "08 hợp đồng liên kết", "Quý II/2026", "420",
     "Tổ Phát triển chuỗi giá trị", "Sở Nông nghiệp và Môi trường; Sở Công Thương"),
    ("2.1.2", "Hỗ trợ HTX được chứng nhận VietGAP, hữu cơ cho lúa, dược liệu và rau màu vùng cát", "10 giấy chứng "
              "nhận", "Tháng 8/2026", "350", "Chi cục Trồng trọt và Bảo vệ thực vật", "Tổ Phát triển chuỗi giá trị"),
    ("2.2.1", "Xét chọn, phê duyệt đợt 2 tiểu dự án Quỹ đồng tài trợ cho HTX: nhà sơ chế, kho bảo quản, lò sấy",
     "14 tiểu dự án", "Tháng 4 - 5/2026", "3.150", "Tổ Kế hoạch - Đấu thầu",
     "Hội đồng xét chọn tiểu dự án; UBND các xã vùng dự án"),
    ("2.2.2", "Giám sát thi công, nghiệm thu công trình hạ tầng quy mô nhỏ do HTX làm chủ đầu tư", "14 công trình",
     "Quý III - IV/2026", "95", "Tổ Hạ tầng", "Ban Phát triển các xã"),
    "Hợp phần 3. Quản lý dự án",
    ("3.1.1", "Cập nhật cơ sở dữ liệu theo dõi - đánh giá (M&E) về HTX, THT hưởng lợi; lập báo cáo tiến độ gửi IFAD",
     "Báo cáo 6 tháng, năm", "Thường xuyên", "60", "Tổ Kế hoạch - Theo dõi đánh giá", ""),
    ("3.1.2", "Chuẩn bị tài liệu, bố trí lịch làm việc cho đoàn giám sát hỗ trợ của IFAD tại các HTX hưởng lợi",
     "01 đợt giám sát", "Tháng 10 - 11/2026", "45", "Văn phòng BQLDA", "Tổ Phát triển chuỗi giá trị"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Tổ Phát triển chuỗi giá trị là đầu mối, phối hợp với các Tổ chuyên môn theo dõi tiến độ từng hoạt động, "
     "tổng hợp báo cáo Giám đốc BQLDA trước ngày 25 hằng tháng.", "p"),
    ("2. Tổ Kế toán bảo đảm vốn đối ứng, thanh toán kịp thời cho đơn vị tư vấn và các HTX nhận tài trợ; hoàn thành "
     "giải ngân vốn năm 2026 trước ngày 15/12/2026.", "p"),
    ("3. Đề nghị UBND các xã vùng dự án chỉ đạo Ban Phát triển xã giúp HTX hoàn thiện hồ sơ tiểu dự án, bố trí mặt "
     "bằng xây dựng công trình; hoàn thành trong tháng 5/2026.", "p"),
    ("Trên đây là Kế hoạch triển khai các hoạt động hỗ trợ HTX, THT năm 2026 của Dự án; nếu phát sinh khó khăn, các đơn "
     "vị báo cáo BQLDA (qua Tổ Phát triển chuỗi giá trị) để xem xét, điều chỉnh./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH QUẢNG TRỊ", "BAN QUẢN LÝ DỰ ÁN CHUỖI GIÁ TRỊ", "NÔNG NGHIỆP (IFAD)"],
                 "Số: 58/KH-BQLDA", "Quảng Trị, ngày 20 tháng 01 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai các hoạt động hỗ trợ hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    para(doc, "của Dự án Chuỗi giá trị nông nghiệp thích ứng với biến đổi khí hậu tỉnh Quảng Trị", bold=True,
         center=True)
    for text in OPENING:
        para(doc, text, italic=text.startswith("Căn cứ"))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], center=i in (0, 3, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường (b/c);",
                          "- Văn phòng IFAD tại Việt Nam;", "- Liên minh HTX tỉnh, Hội LHPN tỉnh;",
                          "- UBND 18 xã vùng dự án;", "- Các Tổ chuyên môn;", "- Lưu: VT, Tổ PTCGT."],
                    ["GIÁM ĐỐC", "", "", "", "Phan Thanh Lịch"])
    return saved(doc, author="Tổ Phát triển chuỗi giá trị", editor="Văn phòng BQLDA",
                 title="Kế hoạch 58/KH-BQLDA", created=datetime(2026, 1, 14, 9, 10, 0),
                 modified=datetime(2026, 1, 20, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
