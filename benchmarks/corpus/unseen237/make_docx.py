"""Write a_hai-phong_36-KH-TTLT-2026_lo-chai-thuy-tinh-htx-ma-tran-phoi-hop.docx, the two-hundred-and-thirty-seventh
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen237/make_docx.py [OUT]

A glass container maker's plan (October 2026) for selling jars and bottles to the honey, fish-sauce, rượu and pickle
cooperatives and cooperative groups that bottle their goods, and for taking their used bottles back, in 2027: an
opening of facts; I. targets; II. the customers (facts, no work); III. a note on how the table is read, then, on a
landscape page of its own, ONE COORDINATION MATRIX ("ma trận phối hợp"): each ROW is the room that leads, each
COLUMN a body that helps (the last column "Không cần phối hợp"), each work with its time written in the cell where its
lead's row meets its helper's column; one cell merged across two helper columns (a work with two helpers), cells left
empty where a row and a column share no work; IV. the cooperatives' own duty; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hai-phong_36-KH-TTLT-2026_lo-chai-thuy-tinh-htx-ma-tran-phoi-hop.docx"

OPENING = [
    ("Qua một năm bán hàng (2026), Công ty đã bán cho 41 hợp tác xã, tổ hợp tác trong và ngoài thành phố khoảng 1,2 triệu lọ, chai thủy tinh "
     "để đựng mật ong, nước mắm, rượu và dưa cà muối; có 9 lần khách phản ánh nắp lọ không kín, 3 lô chai nước mắm bị "
     "nứt đáy khi rót nóng. Nhiều hợp tác xã đề nghị Công ty làm chai riêng có tên hợp tác xã và nhận lại vỏ chai đã "
     "dùng. Công ty lập Kế hoạch này cho năm 2027.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Cung ứng đủ lọ, chai cho ít nhất 50 hợp tác xã, tổ hợp tác; không để lô hàng nào bị trả lại vì nắp hở hoặc "
     "nứt vỡ.", "p"),
    ("- Nhận lại tối thiểu 150.000 vỏ chai cũ của các hợp tác xã để rửa, nấu lại; trả tiền cược vỏ đúng hạn.", "p"),
    ("II. KHÁCH HÀNG LÀ HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("Khách hàng gồm 4 nhóm: hợp tác xã nuôi ong lấy mật (lọ 250 ml, 500 ml), hợp tác xã chế biến nước mắm ven biển "
     "(chai 500 ml, 1 lít), hợp tác xã, tổ hợp tác nấu rượu truyền thống (chai 330 ml, 750 ml) và tổ hợp tác làm dưa "
     "cà, cà pháo muối (hũ 1 lít). Số lượng đặt hàng dự kiến năm 2027 là 1,6 triệu lọ, chai.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Phân công được ghi thành ma trận phối hợp dưới đây: mỗi hàng là một đơn vị chủ trì, mỗi cột là một đơn vị phối "
     "hợp; công việc và thời hạn ghi ở ô nơi hàng của đơn vị chủ trì gặp cột của đơn vị phối hợp. Việc ghi ở cột "
     "“Không cần phối hợp” do đơn vị chủ trì tự làm; ô kéo dài qua hai cột là việc có hai đơn vị phối hợp; ô để trống "
     "là không có việc.", "p"),
]

CORNER = "Đơn vị chủ trì (hàng) / Đơn vị phối hợp (cột)"
COLUMNS = ["Phòng Kinh doanh nội địa", "Phòng Kỹ thuật - KCS", "Kho thành phẩm",
           "Liên minh Hợp tác xã thành phố", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
           "Không cần phối hợp"]
# one row per leading room: its name, then one cell per helper column (None: covered by the cell before it)
MATRIX = [
    ("Phòng Kinh doanh nội địa",
     ["", "Tổ chức hội nghị khách hàng là hợp tác xã, giới thiệu bộ mẫu 12 loại lọ, chai (tháng 12/2026)", "",
      "Lập danh sách hợp tác xã, tổ hợp tác đang đóng chai mật ong, nước mắm, rượu, dưa cà để chào hàng "
      "(trước 15/11/2026)", "",
      "Ký hợp đồng khung cung ứng lọ, chai năm 2027 với từng hợp tác xã, tổ hợp tác (trước 31/12/2026)"]),
    ("Phòng Kỹ thuật - KCS",
     ["", "", "", "",
      "Thử độ bền nhiệt, độ kín nắp của lọ mật ong và chai nước mắm rót nóng; lấy kết quả thử nghiệm gửi khách "
      "(tháng 11/2026)",
      "Soạn và phát tờ hướng dẫn rửa, tiệt trùng lọ trước khi chiết rót cho xưởng của các hợp tác xã (quý I/2027)"]),
    ("Xưởng Khuôn mẫu",
     ["Làm khuôn chai 500 ml in nổi tên hợp tác xã cho 04 hợp tác xã nước mắm (trước 28/02/2027)", None, "", "", "",
      "Sửa, đánh bóng lại 06 bộ khuôn lọ 250 ml đã mòn (trước 20/12/2026)"]),
    ("Kho thành phẩm",
     ["Giao lọ, chai tới kho của hợp tác xã chậm nhất 05 ngày làm việc sau khi nhận đơn hàng", "", "",
      "Đặt 08 điểm nhận lại vỏ chai cũ tại trụ sở hợp tác xã (quý I/2027)", "", ""]),
    ("Phòng Tài chính - Kế toán",
     ["Lập bảng giá ưu đãi 8% và hạn mức cho nợ 30 ngày đối với hợp tác xã, trình Tổng Giám đốc (trước 30/11/2026)",
      "", "Trả lại tiền cược vỏ chai cho hợp tác xã theo phiếu nhập vỏ của kho (hằng tháng)", "", "", ""]),
]
CORNER_WIDTH = Cm(3.0)
COLUMN_WIDTH = Cm(3.6)

AFTER = [
    ("IV. PHẦN VIỆC CỦA KHÁCH HÀNG LÀ HTX, THT", "h"),
    ("Các hợp tác xã, tổ hợp tác mua lọ, chai của Công ty gửi số lượng lọ, chai dự kiến dùng từng quý của năm 2027 về "
     "Phòng Kinh doanh nội địa trước ngày 10/12/2026 để Công ty xếp lịch nấu thủy tinh; vỏ chai trả lại phải rửa "
     "sạch, không lẫn vỏ chai của nơi khác.", "p"),
    ("Trưởng các đơn vị có tên trong ma trận bố trí người làm đúng thời hạn; việc nào vướng thì báo ngay Phó Tổng Giám "
     "đốc phụ trách kinh doanh để xử lý./.", "p"),
]


def turned(doc, landscape: bool) -> None:
    """A new A4 section on a new page, landscape or portrait, with the first section's margins."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def shaded(cell) -> None:
    """``cell`` filled light grey (w:shd), as a matrix's diagonal cell of a room with itself."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9D9D9")
    cell._tc.get_or_add_tcPr().append(shd)


def small(cell) -> None:
    """Every run of ``cell`` in 11 pt."""
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(11)


def matrix(doc):
    table = doc.add_table(rows=1 + len(MATRIX), cols=1 + len(COLUMNS))
    set_borders(table, "single")
    head = table.rows[0].cells
    head[0].width = CORNER_WIDTH
    cell_lines(head[0], [CORNER], bold=(0,))
    for cell, name in zip(head[1:], COLUMNS):
        cell.width = COLUMN_WIDTH
        cell_lines(cell, [name], bold=(0,))
    for row, (lead, cells) in zip(table.rows[1:], MATRIX):
        row.cells[0].width = CORNER_WIDTH
        cell_lines(row.cells[0], [lead], bold=(0,))
        for i, value in enumerate(cells, start=1):
            row.cells[i].width = COLUMN_WIDTH
            if value:
                cell_lines(row.cells[i], [value], center=False)
            if COLUMNS[i - 1] == lead:
                shaded(row.cells[i])
    for n, (lead, cells) in enumerate(MATRIX, start=1):
        for i, value in enumerate(cells, start=1):
            if value is None:
                table.cell(n, i - 1).merge(table.cell(n, i))  # the work with two helpers
    for row in table.rows:
        for cell in row.cells:
            small(cell)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THỦY TINH LẠCH TRAY"], "Số: 36/KH-TTLT",
                 "Hải Phòng, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng lọ, chai thủy tinh và nhận lại vỏ chai của các hợp tác xã, tổ hợp tác năm 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    turned(doc, landscape=True)
    para(doc, "MA TRẬN PHỐI HỢP THỰC HIỆN KẾ HOẠCH", bold=True, center=True)
    matrix(doc)
    turned(doc, landscape=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX thành phố;",
                          "- Các HTX, THT khách hàng;", "- Các phòng, xưởng, kho (t/h);", "- Lưu: VT, P.KDNĐ."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Vũ Đình Hoan"])
    return saved(doc, author="Phòng Kinh doanh nội địa", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-TTLT", created=datetime(2026, 10, 8, 8, 30, 0),
                 modified=datetime(2026, 10, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
