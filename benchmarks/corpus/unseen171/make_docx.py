"""Write a_hai-phong_27-KH-DLF-2026_lua-ga-htx-theo-ngay-tuoi.docx, the hundred-and-seventy-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen171/make_docx.py [OUT]

A poultry slaughterhouse company's plan (August 2026) for buying one flock of broilers from the cooperatives tied to it
by contract, kept as a controlled document of its ISO 22000 system: a DOCUMENT-CONTROL BOX above the header of Nghị
định 30 (Mã tài liệu | Lần ban hành | Ngày hiệu lực | Trang — the date of effect typed in a Word CONTENT CONTROL, a date
picker, and the page numbers Word FIELDS), I. purposes, II. a facts table of the four flocks with their dates (no work),
III. one bordered table of the work whose times are partly the FLOCK'S AGE ("Gà 21 ngày tuổi") or the slaughter days
of II., IV. the cooperatives' own duties, V. one paragraph, the signature beside "Nơi nhận", and after it the ISO
REVISION LOG ("THEO DÕI SỬA ĐỔI TÀI LIỆU": issue, date, what was changed, who asked — past edits, no work). Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hai-phong_27-KH-DLF-2026_lua-ga-htx-theo-ngay-tuoi.docx"

CONTROL_HEAD = ["Mã tài liệu", "Lần ban hành", "Ngày hiệu lực", "Trang"]
CONTROL_CODE, CONTROL_ISSUE, CONTROL_DATE = "ĐLF-KH-TM-03", "02", "20/8/2026"

OPENING = ("Căn cứ hợp đồng liên kết chăn nuôi, bao tiêu gà thịt giai đoạn 2026 - 2028 đã ký với các hợp tác xã, tổ hợp "
           "tác; căn cứ kết quả lứa nuôi tháng 6 - 8/2026, Công ty lập Kế hoạch thu mua, giết mổ lứa gà tháng 9 - "
           "10/2026 như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Bao tiêu toàn bộ gà đạt chuẩn của lứa nuôi, giá không thấp hơn giá sàn đã thỏa thuận; hợp tác xã, tổ hợp tác "
     "yên tâm đầu tư chuồng trại.", "p"),
    ("2. Gà đưa vào giết mổ có nhật ký chăn nuôi, đủ thời gian ngừng thuốc, không tồn dư kháng sinh; mọi lô hàng truy "
     "được về trại nuôi theo yêu cầu của hệ thống quản lý an toàn thực phẩm ISO 22000 của nhà máy.", "p"),
    ("II. QUY MÔ LỨA NUÔI", "h"),
    ("Giống gà lông trắng, nuôi 42 ngày; tổng 34.000 con tại 04 trại như sau:", "p"),
]

FLOCK_HEAD = ["Hợp tác xã, tổ hợp tác", "Địa bàn", "Số gà nhập (con)", "Ngày nhập gà con", "Ngày giết mổ dự kiến"]
FLOCKS = [
    ("HTX Chăn nuôi Hồng Phong", "xã Ninh Giang", "12.000", "02/9/2026", "14 - 16/10/2026"),
    ("HTX Nông nghiệp Tân Hương", "xã Ninh Giang", "8.000", "05/9/2026", "17 - 19/10/2026"),
    ("HTX Gà thả vườn Thanh Miện", "xã Thanh Miện", "10.000", "09/9/2026", "21 - 23/10/2026"),
    ("THT chăn nuôi gà Đoàn Tùng", "xã Thanh Miện", "4.000", "12/9/2026", "24 - 25/10/2026"),
]

TASK_HEAD = ["TT", "Công việc", "Bộ phận chủ trì", "Phối hợp", "Thời điểm"]
TASKS = [
    ("1", "Ký phụ lục hợp đồng lứa tháng 9 - 10/2026 với từng hợp tác xã, tổ hợp tác; chốt giá sàn 32.000 đồng/kg gà "
          "hơi", "Phòng Thu mua", "Phòng Kế toán", "Trước 28/8/2026"),
    ("2", "Vệ sinh, sát trùng chuồng, để trống chuồng tối thiểu 14 ngày; nghiệm thu chuồng trước khi thả gà",
     "Phòng Kỹ thuật chăn nuôi", "", "Trước 31/8/2026"),
    ("3", "Giao gà con 01 ngày tuổi, thức ăn giai đoạn 1 và vắc xin đến từng trại", "Đội Xe",
     "Phòng Kỹ thuật chăn nuôi", "Ngày nhập gà con (mục II)"),
    ("4", "Nhỏ vắc xin Gumboro lần 2, lấy mẫu máu kiểm tra kháng thể Newcastle", "Phòng Kỹ thuật chăn nuôi",
     "Trạm Chăn nuôi và Thú y khu vực Ninh Giang", "Gà 21 ngày tuổi"),
    ("5", "Lấy mẫu gà xét nghiệm tồn dư kháng sinh, Salmonella; đối chiếu nhật ký chăn nuôi và thời gian ngừng thuốc",
     "Phòng Đảm bảo chất lượng", "Trạm Chăn nuôi và Thú y khu vực Ninh Giang", "Gà 35 ngày tuổi"),
    ("6", "Lập lịch bắt gà từng trại, báo trước cho hợp tác xã, tổ hợp tác", "Phòng Thu mua", "Xưởng Giết mổ",
     "Trước giết mổ 05 ngày"),
    ("7", "Cân gà tại trại, bắt gà ban đêm, chở về nhà máy bằng xe chuyên dụng", "Đội Xe", "Phòng Thu mua",
     "14 - 25/10/2026"),
    ("8", "Khám lâm sàng trước giết mổ, giết mổ, kiểm tra sau giết mổ từng lô; lưu hồ sơ truy xuất theo mã trại",
     "Xưởng Giết mổ", "Phòng Đảm bảo chất lượng", "Ngày giết mổ"),
    ("9", "Thanh toán tiền gà cho hợp tác xã, tổ hợp tác sau khi trừ tiền gà giống, thức ăn, thuốc đã ứng",
     "Phòng Kế toán", "Phòng Thu mua", "Chậm nhất 07 ngày làm việc sau ngày giết mổ"),
    ("10", "Tính tỷ lệ nuôi sống, tiêu tốn thức ăn của từng trại; họp rút kinh nghiệm lứa nuôi với các hợp tác xã",
     "Phòng Kỹ thuật chăn nuôi", "Phòng Thu mua", "Trước 10/11/2026"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("1. Các hợp tác xã, tổ hợp tác liên kết ghi nhật ký chăn nuôi hằng ngày theo mẫu của Công ty, không tự ý dùng "
     "thuốc ngoài danh mục, báo ngay cho Phòng Kỹ thuật chăn nuôi khi gà chết bất thường.", "p"),
    ("2. HTX Gà thả vườn Thanh Miện làm đầu mối nhận thức ăn, vắc xin cho THT chăn nuôi gà Đoàn Tùng, bàn giao trong "
     "ngày nhận hàng.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Thu mua là đầu mối theo dõi Kế hoạch, tổng hợp kết quả lứa nuôi báo cáo Tổng Giám đốc trước ngày "
     "15/11/2026. Kế hoạch này thay thế Kế hoạch số 19/KH-ĐLF ngày 10/6/2026 (ban hành lần 01)./.", "p"),
]

REVISION_HEAD = ["Lần", "Ngày", "Nội dung sửa đổi", "Bộ phận đề nghị"]
REVISIONS = [
    ("01", "10/6/2026", "Ban hành lần đầu cho lứa nuôi tháng 6 - 8/2026", "Phòng Thu mua"),
    ("02", "18/8/2026", "Bổ sung THT chăn nuôi gà Đoàn Tùng; lấy mẫu xét nghiệm lúc gà 35 ngày tuổi thay cho 38 ngày "
                        "tuổi; nâng giá sàn lên 32.000 đồng/kg", "Phòng Đảm bảo chất lượng"),
]


def bordered(doc, head, rows, widths, centre=()):
    """A bordered table: ``head`` bold and centred, then ``rows``; the columns in ``centre`` centred."""
    table = doc.add_table(rows=1 + len(rows), cols=len(head))
    set_borders(table, "single")
    for r, (row, values) in enumerate(zip(table.rows, [head, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if r == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value] if value else [""], center=i in centre)
    return table


def run(text: str, bold: bool = False):
    """A w:r of ``text`` (spaces kept), bold when asked."""
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def date_control(paragraph, shown: str, full: str) -> None:
    """An inline content control (w:sdt) holding a date picker whose shown text is ``shown`` (d/M/yyyy, Vietnamese)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Ngày hiệu lực")
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), "NgayHieuLuc")
    date = OxmlElement("w:date")
    date.set(qn("w:fullDate"), full)
    fmt = OxmlElement("w:dateFormat")
    fmt.set(qn("w:val"), "d/M/yyyy")
    lid = OxmlElement("w:lid")
    lid.set(qn("w:val"), "vi-VN")
    store = OxmlElement("w:storeMappedDataAs")
    store.set(qn("w:val"), "dateTime")
    cal = OxmlElement("w:calendar")
    cal.set(qn("w:val"), "gregorian")
    for el in (fmt, lid, store, cal):
        date.append(el)
    for el in (alias, tag, date):
        pr.append(el)
    content = OxmlElement("w:sdtContent")
    content.append(run(shown))
    sdt.append(pr)
    sdt.append(content)
    paragraph._p.append(sdt)


def field(paragraph, instr: str, shown: str) -> None:
    """A simple Word field (w:fldSimple) such as PAGE, showing ``shown`` until Word updates it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    fld.append(run(shown))
    paragraph._p.append(fld)


def control_box(doc) -> None:
    """The ISO document-control box: a bordered 2 × 4 table, labels over values; the date of effect a content control,
    the page "PAGE/NUMPAGES" fields."""
    box = doc.add_table(rows=2, cols=4)
    set_borders(box, "single")
    for cell, label in zip(box.rows[0].cells, CONTROL_HEAD):
        cell_lines(cell, [label], bold=(0,))
    code, issue, effect, page = box.rows[1].cells
    cell_lines(code, [CONTROL_CODE])
    cell_lines(issue, [CONTROL_ISSUE])
    cell_lines(effect, [""])
    date_control(effect.paragraphs[0], CONTROL_DATE, "2026-08-20T00:00:00Z")
    cell_lines(page, [""])
    field(page.paragraphs[0], " PAGE ", "1")
    page.paragraphs[0]._p.append(run("/"))
    field(page.paragraphs[0], " NUMPAGES ", "3")


def build() -> bytes:
    doc = new_document(13)
    control_box(doc)
    para(doc)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THỰC PHẨM ĐỒNG LẠC"], "Số: 27/KH-ĐLF",
                 "Hải Phòng, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua, giết mổ lứa gà tháng 9 - 10/2026 của các hợp tác xã, tổ hợp tác liên kết", bold=True,
         center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    bordered(doc, FLOCK_HEAD, FLOCKS, [Cm(4.6), Cm(2.8), Cm(2.6), Cm(3.0), Cm(3.0)], centre=(2, 3, 4))
    para(doc, "III. PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "Ngày tuổi của gà tính từ ngày nhập gà con của từng trại tại mục II.", italic=True)
    bordered(doc, TASK_HEAD, TASKS, [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.2), Cm(2.6)], centre=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT liên kết;",
                          "- Trạm CN&TY khu vực Ninh Giang;", "- Các phòng, xưởng, đội;", "- Lưu: VT, P.TM."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Vũ Đình Khải"])
    para(doc)
    para(doc, "THEO DÕI SỬA ĐỔI TÀI LIỆU", bold=True, center=True)
    bordered(doc, REVISION_HEAD, REVISIONS, [Cm(1.2), Cm(2.4), Cm(9.0), Cm(3.8)], centre=(0, 1))
    return saved(doc, author="Lê Thị Ngọc Ánh", editor="Văn thư Công ty",
                 title="Kế hoạch 27/KH-ĐLF (ĐLF-KH-TM-03, lần 02)", created=datetime(2026, 8, 12, 8, 20, 0),
                 modified=datetime(2026, 8, 18, 16, 5, 0), revision=7)


if __name__ == "__main__":
    write(build, OUT)
