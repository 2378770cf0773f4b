"""Write a_son-la_247-KH-UBND-2026_phu-luc-trang-ngang.docx, the fourteenth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen14/make_docx.py [OUT]

An ordinary provincial plan (August 2026): the body in a portrait section (purposes, one sentence sending the reader to
the appendix, funding, and IV. the duties of four bodies in numbered paragraphs), the signature beside "Nơi nhận", then
a SECTION BREAK to a LANDSCAPE page holding the appendix: its title, "(Kèm theo Kế hoạch số …)", and one bordered table
TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành whose header row is marked
to repeat on every page (w:tblHeader) and whose group rows are ordinary rows, NOT merged: a Roman numeral in the TT
cell, the group's title in bold in the task cell, the other cells empty. Several cooperating bodies in one cell are
separated by semicolons, as typed.

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
OUT = HERE / "a_son-la_247-KH-UBND-2026_phu-luc-trang-ngang.docx"

COLUMNS = ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành")

# the appendix: a group row is (Roman numeral, title); a task row has the six cells
ROWS = [
    ("I", "NÂNG CAO NĂNG LỰC HỢP TÁC XÃ"),
    ("1", "Rà soát, phân loại hợp tác xã trồng xoài, nhãn, mận và chè trên địa bàn tỉnh; đề xuất phương án củng cố "
          "các hợp tác xã hoạt động cầm chừng", "Sở Nông nghiệp và Môi trường",
     "Sở Tài chính; Ủy ban nhân dân các xã, phường", "Báo cáo kết quả rà soát", "Quý IV/2026"),
    ("2", "Hướng dẫn, hỗ trợ thành lập mới ít nhất 20 hợp tác xã trồng cây ăn quả, chè ở các xã vùng cao",
     "Ủy ban nhân dân các xã, phường", "Liên minh Hợp tác xã tỉnh", "Hợp tác xã thành lập mới", "Năm 2027"),
    ("3", "Tư vấn hợp tác xã sửa đổi điều lệ, tổ chức lại bộ máy quản lý cho phù hợp với Luật Hợp tác xã năm 2023",
     "Liên minh Hợp tác xã tỉnh", "Sở Tài chính", "Điều lệ sửa đổi được thông qua", "Thường xuyên"),
    ("II", "LIÊN KẾT SẢN XUẤT VÀ TIÊU THỤ SẢN PHẨM"),
    ("4", "Hỗ trợ hợp tác xã xây dựng vùng trồng xoài, nhãn đạt chuẩn VietGAP và được cấp mã số vùng trồng phục vụ "
          "xuất khẩu", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Mã số vùng trồng được cấp",
     "Trước 30/6/2027"),
    ("5", "Tổ chức hội nghị kết nối hợp tác xã với doanh nghiệp chế biến, siêu thị và sàn thương mại điện tử để tiêu "
          "thụ quả tươi, chè búp", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh; Sở Nông nghiệp và Môi trường",
     "Hội nghị kết nối; hợp đồng tiêu thụ", "Quý II/2027"),
    ("6", "Hỗ trợ hợp tác xã chè Shan tuyết làm thủ tục đăng ký nhãn hiệu chứng nhận cho sản phẩm chè vùng cao",
     "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã, phường", "Hồ sơ đăng ký nhãn hiệu", "Năm 2027"),
    ("III", "NGUỒN LỰC HỖ TRỢ"),
    ("7", "Tham mưu bố trí kinh phí thực hiện chính sách hỗ trợ hợp tác xã năm 2027 trong dự toán ngân sách tỉnh",
     "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Dự toán được giao", "Tháng 12/2026"),
    ("8", "Cho vay ưu đãi đối với hợp tác xã, thành viên hợp tác xã đầu tư kho lạnh, nhà sơ chế quả sau thu hoạch",
     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Sơn La", "Liên minh Hợp tác xã tỉnh", "Hồ sơ vay được giải ngân",
     "Hằng năm"),
    ("9", "Mở lớp bồi dưỡng cho giám đốc, kế toán hợp tác xã về quản trị, tài chính và ứng dụng chuyển đổi số",
     "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ", "06 lớp bồi dưỡng", "Quý III/2027"),
]

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Giúp các hợp tác xã trồng cây ăn quả và chè làm ăn hiệu quả hơn; phấn đấu đến hết năm 2027 có thêm 20 hợp "
     "tác xã, trong đó ít nhất 60% hợp tác xã có hợp đồng liên kết tiêu thụ ổn định.", False),
    ("2. Xác định cụ thể cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành của từng nhiệm vụ.", False),
    ("II. NHIỆM VỤ, GIẢI PHÁP", True),
    ("Nhiệm vụ của từng cơ quan, đơn vị (chủ trì, phối hợp, sản phẩm, thời hạn) ghi tại Phụ lục ban hành cùng Kế "
     "hoạch.", False),
    ("III. KINH PHÍ THỰC HIỆN", True),
    ("Nguồn kinh phí: ngân sách tỉnh và ngân sách xã theo phân cấp hiện hành; lồng ghép các chương trình mục tiêu quốc "
     "gia; vốn vay ưu đãi và vốn tự có của hợp tác xã.", False),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Tài chính làm đầu mối giúp Ủy ban nhân dân tỉnh kiểm tra tiến độ các nhiệm vụ tại Phụ lục; tổng hợp kết "
     "quả năm 2027, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.", False),
    ("2. Các sở, ban, ngành được giao chủ trì nhiệm vụ tại Phụ lục chủ động xây dựng kế hoạch chi tiết, bố trí nhân "
     "lực và tổ chức thực hiện bảo đảm đúng tiến độ.", False),
    ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phát động các tổ chức thành viên tuyên truyền, khuyến khích "
     "nông dân trồng cây ăn quả, chè góp vốn vào hợp tác xã.", False),
    ("4. Ủy ban nhân dân các xã, phường giao một công chức chuyên trách theo dõi hợp tác xã; gửi báo cáo tình hình "
     "hợp tác xã trên địa bàn về Sở Tài chính trước ngày 30/11 hằng năm.", False),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tài chính để tổng hợp, "
     "báo cáo Ủy ban nhân dân tỉnh xem xét./.", False),
]


def repeat_header(row) -> None:
    """The row marked as a header row that Word repeats at the top of each page (w:trPr/w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    tr_pr.append(mark)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"], "Số: 247/KH-UBND", "Sơn La, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển hợp tác xã trồng cây ăn quả và chè gắn với liên kết tiêu thụ sản phẩm giai đoạn 2026 - 2027",
         bold=True, center=True)
    para(doc, "Căn cứ Luật Hợp tác xã năm 2023; thực hiện Chương trình phát triển kinh tế tập thể của tỉnh, Ủy ban "
              "nhân dân tỉnh Sơn La ban hành Kế hoạch phát triển hợp tác xã trồng cây ăn quả và chè giai đoạn "
              "2026 - 2027 như sau:")
    for text, bold in BODY:
        para(doc, text, bold=bold)
    signature_table(doc, ["Nơi nhận:", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                          "- Liên minh HTX tỉnh;", "- Các sở: TC, NNMT, CT, KHCN, NV;", "- NHCSXH chi nhánh tỉnh;",
                          "- UBND xã, phường;", "- Lưu: VT, KTTH."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Cầm Văn Thịnh"])

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2), Cm(2)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ PHÁT TRIỂN HỢP TÁC XÃ TRỒNG CÂY ĂN QUẢ VÀ CHÈ GIAI ĐOẠN 2026 - 2027", bold=True,
         center=True)
    para(doc, "(Kèm theo Kế hoạch số 247/KH-UBND ngày 14/8/2026 của Ủy ban nhân dân tỉnh Sơn La)", italic=True,
         center=True)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [title], bold=(0,))
    repeat_header(table.rows[0])
    for row, values in zip(table.rows[1:], ROWS):
        cells = row.cells
        if len(values) == 2:  # a group row: numeral and title, the other cells left empty
            cell_lines(cells[0], [values[0]], bold=(0,))
            cell_lines(cells[1], [values[1]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(cells, values)):
            cell_lines(cell, [value], center=i != 1)
    widths = (Cm(1.2), Cm(8.5), Cm(4.0), Cm(5.0), Cm(4.0), Cm(3.0))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width

    return saved(doc, author="Sở Tài chính Sơn La", editor="Văn thư UBND tỉnh Sơn La", title="Kế hoạch 247/KH-UBND",
                 created=datetime(2026, 8, 6, 9, 10, 0), modified=datetime(2026, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
