"""Write a_bac-ninh_812-STC-DN-2026_bang-tieu-de-hai-tang.docx, the twelfth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen12/make_docx.py [OUT]

A Sở's Công văn (March 2026, after Bắc Ninh and Bắc Giang were merged and the Sở Tài chính took over the state
management of the collective economy) whose requests are ONE TABLE WITH A TWO-ROW HEADER, as people draw it in Word:
"TT", "Nội dung" and "Thời hạn" merged vertically over the two header rows (w:vMerge), "Đơn vị thực hiện" merged
across two columns (w:gridSpan) over the second row's "Chủ trì" and "Phối hợp". Under the table, one request to the
Sở's own unit. The header and the signature are borderless tables; "Kính gửi:" and "V/v …" as a Công văn has them.

The bytes depend only on this script, python-docx's default template and zlib: the core properties are fixed, and
the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared zip fixer
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_bac-ninh_812-STC-DN-2026_bang-tieu-de-hai-tang.docx"

# the table: (TT, content, lead, cooperating, time) — an empty cooperating cell where nobody is named
ROWS = [
    ("1", "Đánh giá, xếp loại các hợp tác xã nông nghiệp đang hoạt động; lập danh sách hợp tác xã đã ngừng hoạt động "
          "nhiều năm để đề xuất giải thể.",
     "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Trước 30/4/2026"),
    ("2", "Hướng dẫn hợp tác xã trồng vải thiều, nhãn, cam đăng ký mã số vùng trồng và truy xuất nguồn gốc phục vụ "
          "xuất khẩu.",
     "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("3", "Tổ chức tuần hàng giới thiệu sản phẩm của hợp tác xã làng nghề đồ gỗ, gốm, mây tre đan tại trung tâm "
          "thương mại của tỉnh.",
     "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", "Quý III/2026"),
    ("4", "Hướng dẫn hợp tác xã mở gian hàng trên sàn thương mại điện tử, bán hàng qua nền tảng số.",
     "Sở Công Thương", "", "Năm 2026"),
    ("5", "Tư vấn thành lập mới hợp tác xã, tổ hợp tác; bồi dưỡng giám đốc, kế toán hợp tác xã về quản trị và tài "
          "chính.",
     "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ", "Hằng năm"),
    ("6", "Giới thiệu mô hình hợp tác xã kiểu mới, gương điển hình trên báo chí và các nền tảng mạng xã hội của tỉnh.",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Bắc Ninh", "Thường xuyên"),
    ("7", "Cho vay ưu đãi đối với thành viên tổ hợp tác, hợp tác xã thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Bắc Ninh", "Ủy ban nhân dân các xã, phường", "Thường xuyên"),
    ("8", "Rà soát quỹ đất để hợp tác xã thuê xây dựng kho lạnh, xưởng sơ chế; hướng dẫn thủ tục thuê đất.",
     "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường", "Trước 30/9/2026"),
    ("9", "Nhắc các hợp tác xã trên địa bàn nhập số liệu, nộp báo cáo năm lên Hệ thống thông tin quốc gia về hợp tác "
          "xã.",
     "Ủy ban nhân dân các xã, phường", "Liên minh Hợp tác xã tỉnh", "Quý II - Quý IV/2026"),
]

BEFORE = [
    "Thực hiện Kế hoạch số 47/KH-UBND ngày 12/02/2026 của Ủy ban nhân dân tỉnh về phát triển kinh tế tập thể, hợp tác "
    "xã năm 2026, Sở Tài chính đề nghị các cơ quan, đơn vị triển khai các nội dung sau:",
    "1. Thực hiện các nội dung được phân công tại bảng dưới đây (đơn vị ở cột Chủ trì chịu trách nhiệm chính; đơn vị "
    "ở cột Phối hợp tham gia theo chức năng):",
]

AFTER = [
    "2. Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện (bằng văn bản và qua hệ thống quản lý văn bản điều hành) về "
    "Sở Tài chính trước ngày 05/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "3. Giao Phòng Doanh nghiệp, kinh tế tập thể và tư nhân theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; tổng "
    "hợp tình hình, báo cáo Giám đốc Sở trước ngày 10/12/2026.",
    "Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
]


def set_borders(table, val: str) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        tbl_pr.append(borders)
    else:
        look.addprevious(borders)


def cell_lines(cell, lines, bold=(), italic=(), center=True) -> None:
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            run = p.add_run(line)
            run.bold, run.italic = i in bold, i in italic


def build() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)

    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["UBND TỈNH BẮC NINH", "SỞ TÀI CHÍNH"], bold=(1,))
    cell_lines(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=(0, 1))
    cell_lines(head.cell(1, 0), ["Số: 812/STC-DN", "V/v triển khai nhiệm vụ hỗ trợ hợp tác xã, tổ hợp tác năm 2026"])
    cell_lines(head.cell(1, 1), ["Bắc Ninh, ngày 09 tháng 3 năm 2026"], italic=(0,))

    def para(text="", bold=False, italic=False, center=False):
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    para()
    para("Kính gửi:", center=True)
    for name in ("- Sở Nông nghiệp và Môi trường;", "- Sở Công Thương;", "- Sở Văn hóa, Thể thao và Du lịch;",
                 "- Ngân hàng Chính sách xã hội chi nhánh tỉnh Bắc Ninh;", "- Liên minh Hợp tác xã tỉnh;",
                 "- Ủy ban nhân dân các xã, phường."):
        para(name)
    for text in BEFORE:
        para(text)

    # two header rows: TT, Nội dung, Thời hạn merged down; "Đơn vị thực hiện" merged across Chủ trì | Phối hợp
    table = doc.add_table(rows=2 + len(ROWS), cols=5)
    set_borders(table, "single")
    top, sub = table.rows[0].cells, table.rows[1].cells
    for col, title in ((0, "TT"), (1, "Nội dung"), (4, "Thời hạn")):
        merged = table.cell(0, col).merge(table.cell(1, col))
        cell_lines(merged, [title], bold=(0,))
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    across = top[2].merge(top[3])
    cell_lines(across, ["Đơn vị thực hiện"], bold=(0,))
    cell_lines(sub[2], ["Chủ trì"], bold=(0,))
    cell_lines(sub[3], ["Phối hợp"], bold=(0,))
    for i, (tt, content, lead, coop, time) in enumerate(ROWS, start=2):
        cells = table.rows[i].cells
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], [content], center=False)
        cell_lines(cells[2], [lead], center=False)
        if coop:
            cell_lines(cells[3], [coop], center=False)
        cell_lines(cells[4], [time])
    widths = (Cm(1.0), Cm(6.6), Cm(3.3), Cm(3.3), Cm(1.8))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width

    for text in AFTER:
        para(text)

    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    cell_lines(sign.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;",
                                 "- Phòng DN, KTTT và TN;", "- Lưu: VT, DN."], bold=(0,), center=False)
    cell_lines(sign.cell(0, 1), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Minh Tuấn"], bold=(0, 1, 5))

    return saved(doc, author="Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", editor="Văn thư Sở Tài chính",
                 title="Công văn 812/STC-DN",
                 created=datetime(2026, 3, 5, 9, 10, 0), modified=datetime(2026, 3, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    target.write_bytes(build())
    print(target, target.stat().st_size)
