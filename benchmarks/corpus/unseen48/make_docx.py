"""Write a_ha-noi_1573-KH-SNgV-2026_so-ngoai-vu-ket-noi-doi-tac-nuoc-ngoai.docx, the forty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen48/make_docx.py [OUT]

A city foreign-affairs department's plan (March 2026): the Sở Ngoại vụ of Hà Nội plans how it will put the city's
cooperatives in touch with foreign partners (development agencies, embassies' trade sections, foreign cooperative
federations, partner cities): I. aims; II. four numbered lines of work in prose, one of them sending the reader to the
appendix; III. four numbered paragraphs of who does what; the signature beside "Nơi nhận"; then a page break and the
appendix — one bordered table TT | Hoạt động | Đối tác nước ngoài (dự kiến) | Thời gian | Đơn vị chủ trì | Đơn vị
phối hợp, the foreign partner named BETWEEN the work and its time. Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-noi_1573-KH-SNgV-2026_so-ngoai-vu-ket-noi-doi-tac-nuoc-ngoai.docx"

# (text, style): "h" a bold heading, "s" an italic subject heading, "p" a paragraph, "c" an italic "Căn cứ" line
BODY = [
    ("Căn cứ Kế hoạch số 41/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân Thành phố triển khai các nhiệm vụ trọng tâm "
     "đối với khu vực kinh tế tập thể năm 2026;", "c"),
    ("Căn cứ Chương trình công tác đối ngoại năm 2026 của Thành phố;", "c"),
    ("Sở Ngoại vụ xây dựng Kế hoạch kết nối hợp tác xã, tổ hợp tác trên địa bàn Thủ đô với các đối tác nước ngoài "
     "năm 2026, cụ thể như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Tận dụng quan hệ của Thành phố với các cơ quan đại diện nước ngoài, tổ chức quốc tế và địa phương kết nghĩa "
     "để giúp hợp tác xã tìm thị trường, vốn, công nghệ; phấn đấu ít nhất 15 hợp tác xã ký được biên bản ghi nhớ "
     "hoặc hợp đồng với đối tác nước ngoài trong năm.", "p"),
    ("2. Hoạt động kết nối phải có địa chỉ cụ thể, chọn đúng hợp tác xã có sản phẩm đạt chuẩn xuất khẩu hoặc có mô "
     "hình đáng giới thiệu; không tổ chức tràn lan, hình thức.", "p"),
    ("II. NỘI DUNG", "h"),
    ("1. Lập danh mục hợp tác xã có nhu cầu hợp tác quốc tế", "s"),
    ("Phòng Hợp tác quốc tế phối hợp Liên minh Hợp tác xã thành phố Hà Nội khảo sát nhu cầu, năng lực của các hợp tác "
     "xã (sản phẩm, chứng nhận, khả năng giao hàng, người biết ngoại ngữ), lập danh mục khoảng 60 hợp tác xã làm cơ "
     "sở giới thiệu với đối tác; hoàn thành trong tháng 5/2026.", "p"),
    ("2. Tổ chức các hoạt động kết nối", "s"),
    ("Các hoạt động kết nối cụ thể, đối tác dự kiến và phân công thực hiện tại Phụ lục kèm theo Kế hoạch này.", "p"),
    ("3. Thông tin đối ngoại về hợp tác xã", "s"),
    ("Phòng Thông tin đối ngoại giới thiệu sản phẩm, mô hình hợp tác xã tiêu biểu trên trang tin tiếng Anh của Sở, "
     "bản tin gửi các cơ quan đại diện nước ngoài và các ấn phẩm quảng bá Thủ đô; thực hiện thường xuyên.", "p"),
    ("4. Bồi dưỡng kỹ năng làm việc với đối tác nước ngoài", "s"),
    ("Sở Ngoại vụ chủ trì, phối hợp Trường Đại học Ngoại thương và Liên minh Hợp tác xã thành phố Hà Nội mở 02 lớp "
     "bồi dưỡng về lễ tân đối ngoại, đàm phán, hợp đồng thương mại quốc tế cho cán bộ quản lý hợp tác xã; thời gian "
     "quý II và quý III/2026.", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hợp tác quốc tế là đầu mối tổ chức thực hiện Kế hoạch, chuẩn bị nội dung làm việc với từng đối tác; "
     "tổng hợp kết quả, báo cáo Giám đốc Sở và Ủy ban nhân dân Thành phố trước ngày 15/12/2026.", "p"),
    ("2. Văn phòng Sở bố trí kinh phí đón tiếp, phiên dịch, tài liệu từ nguồn kinh phí đối ngoại năm 2026 được giao; "
     "trình Giám đốc Sở phân bổ trong tháng 4/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã thành phố Hà Nội giới thiệu các hợp tác xã đủ điều kiện tham gia, gửi danh sách "
     "về Sở Ngoại vụ (qua Phòng Hợp tác quốc tế) trước ngày 10/4/2026.", "p"),
    ("4. Đề nghị Ủy ban nhân dân các xã, phường có hợp tác xã được chọn phối hợp đón tiếp, bố trí địa điểm khi có "
     "đoàn đối tác nước ngoài đến khảo sát tại địa phương.", "p"),
    ("Trên đây là Kế hoạch kết nối hợp tác xã, tổ hợp tác với các đối tác nước ngoài năm 2026 của Sở Ngoại vụ thành "
     "phố Hà Nội./.", "p"),
]

COLUMNS = ["TT", "Hoạt động", "Đối tác nước ngoài (dự kiến)", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
WIDTHS = [Cm(0.9), Cm(5.2), Cm(3.2), Cm(2.2), Cm(2.6), Cm(2.6)]
ROWS = [
    ("1", "Tọa đàm giới thiệu hợp tác xã rau, hoa, cây ăn quả của Hà Nội với các nhà nhập khẩu Nhật Bản",
     "JETRO Hà Nội; Hiệp hội nhà nhập khẩu rau quả Nhật Bản", "Tháng 6/2026", "Phòng Hợp tác quốc tế",
     "Sở Công Thương, Trung tâm Xúc tiến đầu tư, thương mại, du lịch"),
    ("2", "Đưa đoàn 10 hợp tác xã làng nghề sang Hàn Quốc giao thương tại Hội chợ hàng thủ công Seoul",
     "Liên đoàn HTX nông nghiệp Hàn Quốc (NACF)", "Tháng 9/2026", "Liên minh Hợp tác xã thành phố Hà Nội",
     "Phòng Hợp tác quốc tế"),
    ("3", "Làm việc với đoàn của thành phố kết nghĩa về mô hình hợp tác xã sữa, chăn nuôi bò",
     "Thành phố Toulouse (Cộng hòa Pháp)", "Quý III/2026", "Phòng Hợp tác quốc tế", "Sở Nông nghiệp và Môi trường"),
    ("4", "Kết nối hợp tác xã với dự án hỗ trợ kỹ thuật về nông nghiệp hữu cơ, giảm phát thải",
     "Cơ quan Hợp tác quốc tế Đức (GIZ)", "Theo lịch của dự án", "Sở Nông nghiệp và Môi trường",
     "Phòng Hợp tác quốc tế, Liên minh Hợp tác xã thành phố Hà Nội"),
    ("5", "Giới thiệu sản phẩm hợp tác xã tại Ngày hội gia đình các cơ quan đại diện nước ngoài",
     "Phu nhân Đại sứ, Tùy viên thương mại các nước", "Dịp Tết Dương lịch 2027", "Phòng Thông tin đối ngoại",
     "Liên minh Hợp tác xã thành phố Hà Nội"),
    ("6", "Hướng dẫn hợp tác xã lập hồ sơ đề nghị tài trợ từ các quỹ nhỏ của Đại sứ quán",
     "Đại sứ quán Úc, Đại sứ quán New Zealand", "Trước 31/7/2026", "Phòng Hợp tác quốc tế", ""),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND THÀNH PHỐ HÀ NỘI", "SỞ NGOẠI VỤ"], "Số: 1573/KH-SNgV",
                 "Hà Nội, ngày 16 tháng 3 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối hợp tác xã, tổ hợp tác với các đối tác nước ngoài năm 2026", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style in ("s", "c"))
    signature_table(doc, ["Nơi nhận:", "- UBND Thành phố (để b/c);", "- Giám đốc Sở (để b/c);",
                          "- Liên minh HTX thành phố;", "- Sở Công Thương, Sở NN&MT;", "- UBND các xã, phường có HTX;",
                          "- Các phòng thuộc Sở;", "- Lưu: VT, HTQT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đỗ Minh Khuê"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC HOẠT ĐỘNG KẾT NỐI HỢP TÁC XÃ VỚI ĐỐI TÁC NƯỚC NGOÀI NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 1573/KH-SNgV ngày 16/3/2026 của Sở Ngoại vụ)", italic=True, center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], center=i in (0, 3))
    return saved(doc, author="Phòng Hợp tác quốc tế", editor="Văn phòng Sở",
                 title="Kế hoạch 1573/KH-SNgV", created=datetime(2026, 3, 10, 8, 20, 0),
                 modified=datetime(2026, 3, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
