"""Write the held-out .docx document (e) of benchmarks/corpus/unseen/ — byte for byte reproducible.

    .venv/bin/python benchmarks/corpus/unseen/make_docx.py [OUT.docx]

A Kế hoạch of UBND tỉnh Thái Nguyên, written by us in the style of Nghị định 30/2020/NĐ-CP (not a
real document), laid out the way Word documents of provinces are: the header is a borderless two-column
Word table (issuer | national motto, "Số: …" | place and date), the tasks of III. and V. are Word
auto-numbered paragraphs (style "List Number": the number is drawn by Word, it is not in the text;
V. restarts at 1), sub-items are auto-bulleted ("List Bullet 2"), the signature is a second borderless
table (Nơi nhận | TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH), and the appendix is a bordered Word table whose
group rows are one cell merged across all six columns and where one cell holds two paragraphs.

The file is reproducible: fixed core properties, fixed zip timestamps. Run it and compare with the
committed file (`cmp`); the annotation is e_thai-nguyen_318-KH-UBND-2025_chuyen-doi-so-htx.yaml.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import new_document, write  # noqa: E402
from docx_zip import fixed_zip  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "e_thai-nguyen_318-KH-UBND-2025_chuyen-doi-so-htx.docx"
FIXED = dt.datetime(2025, 12, 26, 8, 0, 0)

HEADER = (
    (["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN", "———"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————"]),
    (["Số: 318/KH-UBND"], ["Thái Nguyên, ngày 26 tháng 12 năm 2025"]),
)
TITLE = "Chuyển đổi số trong hợp tác xã, tổ hợp tác trên địa bàn tỉnh Thái Nguyên năm 2026"
BASIS = [
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
    "Căn cứ Kế hoạch số 95/KH-UBND ngày 30 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế "
    "tập thể, hợp tác xã tỉnh Thái Nguyên giai đoạn 2025 - 2030;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số trong hợp tác xã, tổ hợp tác trên địa bàn tỉnh "
    "năm 2026, như sau:",
]
PURPOSE = (
    "Đẩy mạnh ứng dụng công nghệ số trong quản trị, sản xuất, kinh doanh của hợp tác xã (HTX), tổ hợp tác; "
    "nâng cao năng lực cạnh tranh, mở rộng thị trường tiêu thụ sản phẩm, góp phần thực hiện mục tiêu chuyển "
    "đổi số của tỉnh năm 2026."
)
REQUIREMENTS = (
    "Nhiệm vụ được giao cụ thể cho từng cơ quan, đơn vị, có thời gian hoàn thành và sản phẩm; bảo đảm phối "
    "hợp chặt chẽ giữa các sở, ngành, Ủy ban nhân dân các xã, phường, Liên minh Hợp tác xã tỉnh và các "
    "doanh nghiệp công nghệ số."
)
TARGETS = [
    "100% HTX đang hoạt động sử dụng hóa đơn điện tử, chữ ký số; ít nhất 70% số HTX sử dụng phần mềm kế toán.",
    "Ít nhất 300 HTX, tổ hợp tác có sản phẩm được giới thiệu, bán trên sàn thương mại điện tử.",
    "Có 50 HTX nông nghiệp ứng dụng công nghệ số trong sản xuất (cảm biến, tưới tự động, nhật ký sản xuất "
    "điện tử).",
    "100% HTX, liên hiệp HTX được cập nhật vào cơ sở dữ liệu hợp tác xã của tỉnh.",
]
# III. NHIỆM VỤ, GIẢI PHÁP: (numbered item, sub-bullets)
TASKS = [
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng cơ sở dữ liệu hợp tác xã của "
     "tỉnh, kết nối, chia sẻ dữ liệu với Hệ thống thông tin quốc gia về hợp tác xã; hoàn thành trong quý III "
     "năm 2026.", []),
    ("Liên minh Hợp tác xã tỉnh chủ trì triển khai Chương trình hỗ trợ HTX ứng dụng phần mềm quản trị, kế "
     "toán, hóa đơn điện tử; tổ chức 10 lớp tập huấn kỹ năng số cho cán bộ quản lý HTX trong năm 2026.", []),
    ("Sở Công Thương chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh hỗ trợ HTX, tổ hợp tác mở gian hàng "
     "trên các sàn thương mại điện tử, tổ chức các phiên bán hàng trực tuyến sản phẩm chè Thái Nguyên, miến "
     "dong Na Rì, gạo Bao thai Định Hóa; thực hiện thường xuyên.", []),
    ("Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan liên quan:", [
        "Hướng dẫn HTX áp dụng nhật ký sản xuất điện tử, truy xuất nguồn gốc đối với sản phẩm chè, cây ăn "
        "quả, dược liệu; hoàn thành trước ngày 30/9/2026.",
        "Hỗ trợ xây dựng 05 mô hình HTX nông nghiệp ứng dụng công nghệ số trong sản xuất chè, rau an toàn.",
    ]),
    ("Sở Nội vụ chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh triển khai chính sách hỗ trợ đưa lao động "
     "trẻ có trình độ về công nghệ thông tin về làm việc tại HTX.", []),
    ("Ủy ban nhân dân các xã, phường chỉ đạo Tổ công nghệ số cộng đồng hướng dẫn HTX, tổ hợp tác trên địa "
     "bàn sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; thực hiện thường xuyên.", []),
    ("Đề nghị Viễn thông Thái Nguyên, Viettel Thái Nguyên cung cấp gói dịch vụ số ưu đãi (chữ ký số, hóa "
     "đơn điện tử, phần mềm kế toán) cho HTX, tổ hợp tác.", []),
]
FUNDING = (
    "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên năm 2026 của các cơ quan, đơn "
    "vị; lồng ghép từ Chương trình chuyển đổi số của tỉnh và các nguồn hợp pháp khác."
)
ORGANISATION = [
    "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế "
    "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 10/12/2026.",
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao tại Kế hoạch này và Phụ "
    "lục kèm theo, chủ động triển khai thực hiện; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày "
    "30/11/2026.",
]
CLOSING = (
    "Trên đây là Kế hoạch chuyển đổi số trong hợp tác xã, tổ hợp tác trên địa bàn tỉnh Thái Nguyên năm "
    "2026. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."
)
RECIPIENTS = [
    "Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- Liên minh HTX Việt Nam (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
    "- UBND các xã, phường;", "- Liên minh HTX tỉnh;", "- Lưu: VT, KT.",
]
SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "", "", "", "Vũ Đình Khang"]
APPENDIX_TITLE = "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRONG HỢP TÁC XÃ NĂM 2026"
APPENDIX_NOTE = "(Kèm theo Kế hoạch số 318/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh Thái Nguyên)"
COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
# a str is a group row (merged across); a tuple a task row (a list in a cell: one paragraph each)
ROWS = [
    "I. HẠ TẦNG VÀ DỮ LIỆU",
    ("1", "Xây dựng phần mềm cơ sở dữ liệu hợp tác xã của tỉnh", "Sở Khoa học và Công nghệ",
     ["Sở Tài chính;", "Liên minh Hợp tác xã tỉnh"], "Quý III/2026", "Phần mềm được vận hành"),
    ("2", "Cập nhật thông tin 100% HTX, liên hiệp HTX vào cơ sở dữ liệu hợp tác xã của tỉnh",
     "UBND các xã, phường", "Sở Khoa học và Công nghệ", "Quý IV/2026", "Dữ liệu được cập nhật đầy đủ"),
    ("3", "Kết nối cơ sở dữ liệu hợp tác xã của tỉnh với Hệ thống thông tin quốc gia về hợp tác xã",
     "Sở Tài chính", "Sở Khoa học và Công nghệ", "Năm 2026", "Dữ liệu được kết nối, chia sẻ"),
    "II. QUẢN TRỊ SỐ TRONG HỢP TÁC XÃ",
    ("4", "Hỗ trợ HTX sử dụng phần mềm kế toán, hóa đơn điện tử, chữ ký số", "Liên minh Hợp tác xã tỉnh",
     ["Thuế tỉnh Thái Nguyên;", "Sở Khoa học và Công nghệ"], "Năm 2026", "70% HTX sử dụng phần mềm kế toán"),
    ("5", "Tổ chức 10 lớp tập huấn kỹ năng số cho cán bộ quản lý HTX", "Liên minh Hợp tác xã tỉnh",
     "Sở Khoa học và Công nghệ", "Quý II - Quý III/2026", "500 lượt học viên"),
    "III. SẢN XUẤT VÀ THỊ TRƯỜNG SỐ",
    ("6", "Hỗ trợ HTX, tổ hợp tác mở gian hàng trên sàn thương mại điện tử", "Sở Công Thương",
     "Liên minh Hợp tác xã tỉnh; UBND các xã, phường", "Thường xuyên", "300 HTX, tổ hợp tác có gian hàng"),
    ("7", "Xây dựng 05 mô hình HTX nông nghiệp ứng dụng công nghệ số", "Sở Nông nghiệp và Môi trường",
     "Sở Khoa học và Công nghệ", "Trước 30/11/2026", "05 mô hình được nghiệm thu"),
    ("8", "Hướng dẫn HTX áp dụng nhật ký sản xuất điện tử, truy xuất nguồn gốc sản phẩm",
     "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Trước 30/9/2026", "Văn bản hướng dẫn"),
    ("9", "Tuyên truyền về chuyển đổi số trong HTX trên báo chí, phát thanh, truyền hình",
     "Báo và Phát thanh, Truyền hình Thái Nguyên", "Sở Khoa học và Công nghệ; Liên minh Hợp tác xã tỉnh",
     "Thường xuyên", "Chuyên mục hằng tháng"),
]


def para(container, text="", *, bold=False, italic=False, align=None, style=None, size=None):
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def cell_lines(cell, lines, *, bold_first=0, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """A cell's text as one paragraph per line (the cell's first, empty paragraph is reused)."""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        run = p.add_run(line)
        run.bold = i < bold_first
        run.italic = italic


def restart_numbering(doc) -> int:
    """A new w:num on the List Number abstract numbering that starts again at 1; its numId."""
    numbering = doc.part.numbering_part.element
    num_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def numbered(doc, text, num_id):
    p = para(doc, text, style="List Number")
    p.paragraph_format.first_line_indent = None
    p._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id
    p._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 0
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def build() -> bytes:
    doc = new_document(14)
    doc.styles["Normal"].element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")

    header = doc.add_table(rows=2, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (left, right) in enumerate(HEADER):
        cell_lines(header.cell(r, 0), left, bold_first=0 if r else 2)
        cell_lines(header.cell(r, 1), right, bold_first=0 if r else 2, italic=bool(r))
    header.cell(0, 0).paragraphs[0].runs[0].bold = False  # "ỦY BAN NHÂN DÂN" is not bold in ND 30's model

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "———", align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in BASIS:
        para(doc, line, italic=line.startswith("Căn cứ"), align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(doc, PURPOSE, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "2. Yêu cầu", bold=True)
    para(doc, REQUIREMENTS, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "II. MỤC TIÊU NĂM 2026", bold=True)
    for line in TARGETS:
        para(doc, line, style="List Bullet", align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    para(doc, "III. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    first = doc.styles["List Number"].element.pPr.numPr.numId.val
    for text, subs in TASKS:
        numbered(doc, text, first)
        for sub in subs:
            para(doc, sub, style="List Bullet 2", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True)
    para(doc, FUNDING, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True)
    second = restart_numbering(doc)
    for text in ORGANISATION:
        numbered(doc, text, second)
    para(doc, CLOSING, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    sign = doc.add_table(rows=1, cols=2)
    cell_lines(sign.cell(0, 0), RECIPIENTS, align=WD_ALIGN_PARAGRAPH.LEFT)
    sign.cell(0, 0).paragraphs[0].runs[0].bold = True
    sign.cell(0, 0).paragraphs[0].runs[0].italic = True
    for p in sign.cell(0, 0).paragraphs[1:]:
        p.runs[0].font.size = Pt(11)
    cell_lines(sign.cell(0, 1), SIGNATURE, bold_first=2)
    sign.cell(0, 1).paragraphs[-1].runs[0].bold = True

    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, APPENDIX_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, APPENDIX_NOTE, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = doc.styles["Table Grid"]
    for cell, name in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [name], bold_first=1)
    for row in ROWS:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [row], bold_first=1, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        for cell, value in zip(cells, row):
            lines = value if isinstance(value, list) else [value]
            cell_lines(cell, lines, align=WD_ALIGN_PARAGRAPH.LEFT)

    props = doc.core_properties
    props.author = props.last_modified_by = "Văn phòng UBND tỉnh"
    props.title, props.subject, props.keywords, props.comments = TITLE, "", "", ""
    props.created = props.modified = FIXED
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())


if __name__ == "__main__":
    write(build, OUT)
