"""Write a_lao-cai_156-KH-UBND-2026_bieu-phan-cong-thoi-gian-giua.docx, the sixteenth held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen16/make_docx.py [OUT]

An ordinary provincial plan (September 2026, after Lào Cai and Yên Bái were merged): I. purposes, II. targets, III. one
paragraph sending the reader to the "Biểu phân công", IV. numbered paragraphs (three tasks naming their doer and a
class's closing duty), the signature beside "Nơi nhận"; then a PAGE BREAK and the "BIỂU PHÂN CÔNG NHIỆM VỤ": one
bordered table whose columns come in this office's order — TT | Nội dung thực hiện | Đơn vị chủ trì | Thời gian | Đơn
vị phối hợp: the time BETWEEN the lead and the cooperating bodies —, eight rows numbered 1 … 8 with no group rows, and
the cooperating bodies of a row typed ONE PARAGRAPH EACH inside their cell (Enter, not "; ").

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lao-cai_156-KH-UBND-2026_bieu-phan-cong-thoi-gian-giua.docx"

COLUMNS = ("TT", "Nội dung thực hiện", "Đơn vị chủ trì", "Thời gian", "Đơn vị phối hợp")

# a row: number, task, lead, time, the cooperating bodies (one paragraph each in their cell)
ROWS = [
    ("1", "Khảo sát, lập danh sách hợp tác xã, tổ hợp tác trồng quế ở các xã vùng quế thuộc tỉnh Yên Bái cũ và trồng "
          "chè Shan tuyết ở vùng Suối Giàng cần hỗ trợ chứng nhận hữu cơ", "Sở Nông nghiệp và Môi trường", "Quý I/2027",
     ["Ủy ban nhân dân các xã, phường"]),
    ("2", "Hỗ trợ chi phí chứng nhận sản xuất hữu cơ cho các hợp tác xã có tên trong danh sách đã được phê duyệt",
     "Sở Nông nghiệp và Môi trường", "Năm 2027", ["Sở Tài chính", "Sở Khoa học và Công nghệ"]),
    ("3", "Lập dự toán, bố trí kinh phí ngân sách tỉnh năm 2027 cho các nội dung hỗ trợ của Kế hoạch",
     "Sở Tài chính", "Tháng 12/2026", ["Sở Nông nghiệp và Môi trường"]),
    ("4", "Đăng ký nhãn hiệu chứng nhận cho quế và chè Shan tuyết do hợp tác xã sản xuất; hướng dẫn dán tem điện tử "
          "truy xuất nguồn gốc", "Sở Khoa học và Công nghệ", "Quý III/2027", ["Liên minh Hợp tác xã tỉnh"]),
    ("5", "Mở lớp bồi dưỡng kỹ năng đón tiếp, nấu món ăn địa phương, thuyết minh cho thành viên hợp tác xã làm du lịch "
          "cộng đồng ở Sa Pa, Bắc Hà, Mù Cang Chải", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 4 - tháng 5/2027",
     ["Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã, phường"]),
    ("6", "Giới thiệu hợp tác xã với doanh nghiệp chưng cất tinh dầu quế, doanh nghiệp xuất khẩu chè; hỗ trợ hai bên "
          "ký hợp đồng bao tiêu dài hạn", "Sở Công Thương", "Thường xuyên", ["Sở Nông nghiệp và Môi trường"]),
    ("7", "Cho vay hợp tác xã, tổ hợp tác đầu tư lò sấy chè, xưởng sơ chế vỏ quế theo chính sách tín dụng ưu đãi",
     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai", "Năm 2027",
     ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Ủy ban nhân dân các xã, phường"]),
    ("8", "Vận động thành lập mới hợp tác xã, tổ hợp tác ở các thôn, bản có nghề dệt thổ cẩm, trồng dược liệu dưới tán "
          "rừng", "Ủy ban nhân dân các xã, phường", "Trước 30/9/2027", ["Liên minh Hợp tác xã tỉnh"]),
]

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Nâng giá trị quế, chè Shan tuyết và dịch vụ du lịch cộng đồng của hợp tác xã vùng cao; gắn hỗ trợ của Nhà "
     "nước với cam kết liên kết tiêu thụ của doanh nghiệp.", False),
    ("2. Mỗi nhiệm vụ có một đơn vị chủ trì chịu trách nhiệm về kết quả; không dàn trải kinh phí.", False),
    ("II. CHỈ TIÊU", True),
    ("Đến hết năm 2027 có 25 hợp tác xã trồng quế, chè Shan tuyết được cấp giấy chứng nhận sản xuất hữu cơ; 15 hợp tác "
     "xã, tổ hợp tác đủ điều kiện đón khách du lịch cộng đồng; thành lập mới ít nhất 40 hợp tác xã ở vùng cao.", False),
    ("III. NHIỆM VỤ", True),
    ("Nhiệm vụ, đơn vị chủ trì, thời gian và đơn vị phối hợp được ghi tại Biểu phân công nhiệm vụ kèm theo Kế hoạch "
     "này.", False),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Giao Sở Nông nghiệp và Môi trường làm cơ quan thường trực, đôn đốc các đơn vị thực hiện Biểu phân công; gửi Ủy "
     "ban nhân dân tỉnh báo cáo kết quả cả năm 2027 trước ngày 15/12/2027.", False),
    ("2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Nông nghiệp và Môi trường xây dựng bộ tiêu chí hợp "
     "tác xã đón khách du lịch cộng đồng ở vùng cao; ban hành trong quý I/2027.", False),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh đưa sản phẩm quế, chè của hợp tác xã đến Hội chợ nông sản vùng Tây Bắc; "
     "thời gian tháng 11/2027.", False),
    ("4. Thủ trưởng các đơn vị được giao chủ trì tại Biểu phân công gửi kết quả về Sở Nông nghiệp và Môi trường trước "
     "ngày 30/11/2027 để tổng hợp./.", False),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], "Số: 156/KH-UBND", "Lào Cai, ngày 09 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác vùng cao phát triển sản phẩm quế, chè Shan tuyết gắn với du lịch cộng "
              "đồng năm 2027", bold=True, center=True)
    para(doc, "Căn cứ Luật Hợp tác xã năm 2023; để khai thác lợi thế vùng cao của tỉnh sau hợp nhất, Ủy ban nhân dân "
              "tỉnh Lào Cai ban hành Kế hoạch với các nội dung sau:")
    for text, bold in BODY:
        para(doc, text, bold=bold)
    signature_table(doc, ["Nơi nhận:", "- TT Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                          "- Các sở: NNMT, TC, KHCN, VHTTDL, CT;", "- UBND các xã, phường;",
                          "- Liên minh HTX tỉnh, NHCSXH chi nhánh tỉnh;", "- Lưu: VT, NLN."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lục Văn Khởi"])

    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "BIỂU PHÂN CÔNG NHIỆM VỤ", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 156/KH-UBND ngày 09/9/2026 của Ủy ban nhân dân tỉnh Lào Cai)", italic=True,
         center=True)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [title], bold=(0,))
    widths = (Cm(1.0), Cm(6.0), Cm(3.0), Cm(2.2), Cm(3.8))
    for row, (number, text, lead, time, partners) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for cell, width in zip(cells, widths):
            cell.width = width
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [text], center=False)
        cell_lines(cells[2], [lead])
        cell_lines(cells[3], [time])
        cell_lines(cells[4], partners)
    for cell, width in zip(table.rows[0].cells, widths):
        cell.width = width
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)

    return saved(doc, author="Sở Nông nghiệp và Môi trường Lào Cai", editor="Văn thư UBND tỉnh Lào Cai",
                 title="Kế hoạch 156/KH-UBND", created=datetime(2026, 8, 28, 9, 10, 0),
                 modified=datetime(2026, 9, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
