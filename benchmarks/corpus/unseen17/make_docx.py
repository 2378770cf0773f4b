"""Write a_tuyen-quang_1365-KH-SNNMT-2026_phu-luc-ngang-o-gop-san-pham.docx, the seventeenth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen17/make_docx.py [OUT]

An ordinary plan of a Sở (January 2026, after Tuyên Quang and Hà Giang were merged): I. purposes, II. one sentence
sending the reader to the Phụ lục, III. four numbered paragraphs (three tasks, one of them naming its partner BEFORE
its lead — "Phối hợp với Sở Tài chính, Văn phòng Sở …" — and a class's closing duty), the signature beside "Nơi
nhận"; then a NEW SECTION IN LANDSCAPE holding the "Phụ lục": one bordered table TT | Nhiệm vụ | Sản phẩm | Đơn vị
chủ trì | Đơn vị phối hợp | Thời gian hoàn thành, whose "Đơn vị chủ trì" cells are MERGED DOWN over the rows of one
lead (w:vMerge: three rows, two rows, two rows) and one "Thời gian hoàn thành" cell likewise over two rows; the
product column between the task and the lead.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_tuyen-quang_1365-KH-SNNMT-2026_phu-luc-ngang-o-gop-san-pham.docx"

COLUMNS = ("TT", "Nhiệm vụ", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")

# a row: number, task, product, lead (None: the cell above goes on), cooperating, time (None: likewise)
ROWS = [
    ("1", "Điều tra hiện trạng các hợp tác xã trồng chè Shan, cam sành và dược liệu ở các xã vùng cao thuộc tỉnh Hà "
          "Giang cũ; phân loại theo mức độ hoạt động", "Báo cáo điều tra, danh sách phân loại",
     "Chi cục Phát triển nông thôn", "Ủy ban nhân dân các xã", "06 tháng đầu năm 2026"),
    ("2", "Tư vấn 20 tổ hợp tác đủ điều kiện chuyển thành hợp tác xã; hướng dẫn xây dựng điều lệ, phương án sản xuất",
     "20 bộ hồ sơ đăng ký", None, "Liên minh Hợp tác xã tỉnh", "Hoàn thành trong năm 2026"),
    ("3", "Thẩm định hồ sơ đề nghị hỗ trợ xây dựng kho lạnh, nhà sơ chế cho hợp tác xã theo chính sách của tỉnh",
     "Tờ trình Giám đốc Sở", None, "Sở Tài chính", "Trước ngày 15/10/2026"),
    ("4", "Xây dựng vùng trồng cam sành đạt chứng nhận VietGAP gắn với mã số vùng trồng cho hợp tác xã",
     "Mã số vùng trồng được cấp", "Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông",
     "Quý II và quý III/2026"),
    ("5", "Tập huấn quy trình canh tác chè Shan hữu cơ, ghi chép nhật ký sản xuất cho thành viên hợp tác xã",
     "08 lớp tập huấn", None, "Hội Nông dân tỉnh", None),
    ("6", "Hỗ trợ hợp tác xã nuôi cá lồng trên lòng hồ thủy điện áp dụng quy trình nuôi an toàn dịch bệnh",
     "Mô hình trình diễn", "Chi cục Chăn nuôi, Thủy sản và Thú y", "Ủy ban nhân dân các xã", "Tháng 9/2026"),
    ("7", "Hướng dẫn hợp tác xã chăn nuôi bò vàng, lợn đen tiêm phòng và khai báo dịch bệnh",
     "Văn bản hướng dẫn", None, "", "Thường xuyên"),
    ("8", "Xây dựng chuyên trang về hợp tác xã nông nghiệp trên Cổng thông tin điện tử của Sở; cập nhật tin, bài "
          "hằng tháng", "Chuyên trang hoạt động", "Văn phòng Sở", "Chi cục Phát triển nông thôn", "Tháng 3/2026"),
    ("9", "Chuyển giao giống chè, giống dược liệu có chứng nhận cho hợp tác xã ở vùng cao",
     "Giống được chuyển giao", "Trung tâm Khuyến nông", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Quý IV/2026"),
]

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Củng cố các hợp tác xã nông nghiệp ở vùng cao sau hợp nhất tỉnh; nâng số hợp tác xã xếp loại tốt và khá.",
     False),
    ("2. Mỗi nhiệm vụ ghi rõ sản phẩm phải có khi hoàn thành để làm căn cứ đánh giá cuối năm.", False),
    ("II. NHIỆM VỤ", True),
    ("Các nhiệm vụ, sản phẩm, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được giao tại Phụ lục kèm "
     "theo.", False),
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Chi cục Phát triển nông thôn là đầu mối theo dõi Kế hoạch, tổng hợp kết quả các đơn vị, tham mưu báo cáo "
     "Giám đốc Sở trước ngày 10/12/2026.", False),
    ("2. Phối hợp với Sở Tài chính, Văn phòng Sở tham mưu phân bổ kinh phí sự nghiệp nông nghiệp năm 2026 cho các nội "
     "dung của Kế hoạch; hoàn thành trong quý I năm 2026.", False),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu sản phẩm chè, cam của hợp tác xã tại Hội chợ nông sản tỉnh "
     "trong tháng 11/2026.", False),
    ("4. Thủ trưởng các đơn vị thuộc Sở căn cứ Phụ lục chủ động thực hiện; khó khăn, vướng mắc kịp thời phản ánh về "
     "Chi cục Phát triển nông thôn./.", False),
]


def landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH TUYÊN QUANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "Số: 1365/KH-SNNMT",
                 "Tuyên Quang, ngày 20 tháng 01 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Củng cố, phát triển hợp tác xã nông nghiệp vùng cao năm 2026", bold=True, center=True)
    para(doc, "Thực hiện chương trình công tác năm 2026, Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang xây dựng Kế "
              "hoạch củng cố hợp tác xã nông nghiệp vùng cao như sau:")
    for text, bold in BODY:
        para(doc, text, bold=bold)
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Sở Tài chính;",
                          "- Liên minh HTX tỉnh, Hội Nông dân tỉnh;", "- Các đơn vị thuộc Sở;", "- Lưu: VT, PTNT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Văn Thượng"])

    landscape(doc.add_section(WD_SECTION.NEW_PAGE))
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "NHIỆM VỤ CỦNG CỐ, PHÁT TRIỂN HỢP TÁC XÃ NÔNG NGHIỆP VÙNG CAO NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 1365/KH-SNNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường)", italic=True,
         center=True)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [title], bold=(0,))
    widths = (Cm(1.0), Cm(8.6), Cm(4.2), Cm(4.0), Cm(4.0), Cm(3.8))
    starts = {3: 1, 5: 1}  # the row where the merged cell of a column begins
    for index, (row, (number, text, product, lead, partner, time)) in enumerate(zip(table.rows[1:], ROWS), start=1):
        cells = row.cells
        for cell, width in zip(cells, widths):
            cell.width = width
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [text], center=False)
        cell_lines(cells[2], [product])
        cell_lines(cells[4], [partner])
        for column, value in ((3, lead), (5, time)):
            if value is None:
                table.cell(starts[column], column).merge(table.cell(index, column))
            else:
                cell_lines(cells[column], [value])
                starts[column] = index
    for cell, width in zip(table.rows[0].cells, widths):
        cell.width = width
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)

    return saved(doc, author="Chi cục Phát triển nông thôn Tuyên Quang", editor="Văn thư Sở NNMT Tuyên Quang",
                 title="Kế hoạch 1365/KH-SNNMT", created=datetime(2026, 1, 12, 8, 25, 0),
                 modified=datetime(2026, 1, 20, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
