"""Write d_quang-tri_64-KH-UBND-2026_htx-du-lich-cong-dong.docx, byte for byte the same on every run.

    .venv/bin/python benchmarks/corpus/unseen2/make_docx.py [OUT]

A Word document as a provincial office types one (a held-out document of our own, not a real one):
the header on two lines held apart by a centred tab stop (no table), "Số:" and the place and date
likewise, the tasks of II. as typed numbers ("1.", "2.", … in the text, not Word numbering), each
followed by indented paragraphs "- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian hoàn
thành: …", "- Sản phẩm: …" whose labels are bold italic runs, and the signature beside "Nơi nhận" in a
borderless table. The zip is rewritten with fixed dates and member order so that the bytes depend
only on this script and python-docx's template.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import new_document, set_borders, write  # noqa: E402
from docx_zip import fixed_zip  # noqa: E402

OUT = Path(__file__).resolve().parent / "d_quang-tri_64-KH-UBND-2026_htx-du-lich-cong-dong.docx"
FIXED = dt.datetime(2026, 1, 16, 8, 0, 0)

# (text of the numbered task, chủ trì, phối hợp, thời gian hoàn thành, sản phẩm)
TASKS = [
    ("Ban hành Bộ tiêu chí hợp tác xã du lịch cộng đồng và hướng dẫn hợp tác xã đăng ký bổ sung ngành, "
     "nghề kinh doanh dịch vụ du lịch theo quy định.",
     "Sở Văn hóa, Thể thao và Du lịch.",
     "Sở Nông nghiệp và Môi trường; Sở Tài chính; Liên minh Hợp tác xã tỉnh.",
     "Quý II/2026.",
     "Quyết định của Ủy ban nhân dân tỉnh ban hành Bộ tiêu chí."),
    ("Rà soát, lựa chọn 15 hợp tác xã có tiềm năng phát triển du lịch cộng đồng gắn với sản phẩm OCOP tại "
     "các xã vùng đệm Vườn quốc gia Phong Nha - Kẻ Bàng, các xã dọc đường Hồ Chí Minh nhánh Tây và ven biển.",
     "Ủy ban nhân dân các xã có hợp tác xã được lựa chọn.",
     "Sở Văn hóa, Thể thao và Du lịch; Liên minh Hợp tác xã tỉnh.",
     "Trước ngày 31/3/2026.",
     "Danh sách hợp tác xã được lựa chọn."),
    ("Hỗ trợ hợp tác xã cải tạo nhà ở truyền thống của thành viên thành điểm lưu trú (homestay), xây dựng "
     "nhà vệ sinh đạt chuẩn, biển chỉ dẫn tại điểm du lịch.",
     "Ủy ban nhân dân các xã, phường.",
     "Sở Xây dựng; Sở Văn hóa, Thể thao và Du lịch.",
     "Năm 2026 - 2027.",
     "15 điểm du lịch cộng đồng đạt chuẩn."),
    ("Tổ chức 04 lớp tập huấn kỹ năng đón tiếp, phục vụ du khách, quản lý cơ sở lưu trú và thuyết minh tại "
     "điểm cho thành viên, người lao động của hợp tác xã.",
     "Sở Văn hóa, Thể thao và Du lịch.",
     "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân các xã, phường.",
     "Quý II, quý III/2026.",
     "200 lượt học viên được tập huấn."),
    ("Hỗ trợ hợp tác xã hoàn thiện, nâng hạng sản phẩm OCOP phục vụ khách du lịch (quà tặng, ẩm thực, "
     "đặc sản địa phương).",
     "Sở Nông nghiệp và Môi trường.",
     "Sở Công Thương; Sở Khoa học và Công nghệ.",
     "Hằng năm.",
     "Ít nhất 10 sản phẩm OCOP của hợp tác xã được công nhận mới hoặc nâng hạng mỗi năm."),
    ("Xây dựng bản đồ số du lịch cộng đồng, tích hợp thông tin các hợp tác xã trên Cổng thông tin du lịch "
     "tỉnh và ứng dụng du lịch thông minh.",
     "Sở Khoa học và Công nghệ.",
     "Sở Văn hóa, Thể thao và Du lịch; Viễn thông Quảng Trị.",
     "Tháng 10/2026.",
     "Bản đồ số du lịch cộng đồng được vận hành."),
    ("Tổ chức Tuần lễ sản phẩm OCOP và du lịch cộng đồng tỉnh Quảng Trị năm 2026; kết nối hợp tác xã với "
     "doanh nghiệp lữ hành, cơ sở lưu trú trong và ngoài tỉnh.",
     "Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch (theo chức năng, nhiệm vụ).",
     "Hiệp hội Du lịch tỉnh; Liên minh Hợp tác xã tỉnh.",
     "Tháng 7/2026.",
     "01 Tuần lễ được tổ chức; ít nhất 30 hợp đồng liên kết được ký kết."),
    ("Ưu tiên cho vay từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh đối với hợp tác xã đầu tư cơ sở vật chất "
     "phục vụ du lịch cộng đồng.",
     "Liên minh Hợp tác xã tỉnh.",
     "Sở Tài chính.",
     "Thường xuyên.",
     "Hợp tác xã được vay vốn đúng đối tượng."),
    ("Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn chi sự nghiệp kinh tế và lồng ghép các "
     "chương trình mục tiêu quốc gia.",
     "Sở Tài chính.",
     "Các sở, ngành liên quan.",
     "Trước ngày 30/9 hằng năm.",
     "Dự toán kinh phí được cấp có thẩm quyền phê duyệt."),
    ("Quảng bá hình ảnh, sản phẩm du lịch cộng đồng của hợp tác xã trên báo chí, mạng xã hội và các "
     "sự kiện xúc tiến du lịch của tỉnh.",
     "Báo và Phát thanh, Truyền hình Quảng Trị.",
     "Sở Văn hóa, Thể thao và Du lịch.",
     "Thường xuyên.",
     "Chuyên mục, tin bài, phóng sự được đăng tải."),
]

BODY_BEFORE = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát triển hợp tác xã gắn với du lịch cộng đồng, khai thác lợi thế về cảnh quan, di tích, văn "
          "hóa và sản phẩm OCOP của tỉnh Quảng Trị sau hợp nhất; tạo thêm việc làm, tăng thu nhập cho thành "
          "viên hợp tác xã và người dân vùng nông thôn, miền núi."),
    ("p", "2. Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm của từng "
          "nhiệm vụ; gắn trách nhiệm người đứng đầu trong tổ chức thực hiện."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
]

BODY_AFTER = [
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp, nguồn lồng ghép các chương trình "
          "mục tiêu quốc gia, Quỹ Hỗ trợ phát triển hợp tác xã tỉnh, vốn đối ứng của hợp tác xã và các nguồn "
          "hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì theo dõi, đôn đốc các cơ quan, "
          "đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày "
          "10/12/2026."),
    ("p", "2. Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao chủ động xây dựng kế "
          "hoạch chi tiết, bố trí nguồn lực triển khai thực hiện; báo cáo kết quả về Sở Văn hóa, Thể thao và "
          "Du lịch trước ngày 30/11/2026."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo các tổ chức chính trị - xã hội tuyên "
          "truyền, vận động hội viên tham gia hợp tác xã du lịch cộng đồng, giữ gìn bản sắc văn hóa và vệ "
          "sinh môi trường tại các điểm du lịch."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời "
          "phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, "
          "giải quyết./."),
]

RECIPIENTS = [
    "- Bộ Văn hóa, Thể thao và Du lịch (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- UBMTTQ Việt Nam tỉnh;",
    "- Các sở, ban, ngành cấp tỉnh;",
    "- Liên minh HTX tỉnh;",
    "- UBND các xã, phường, đặc khu;",
    "- Lưu: VT, KGVX.",
]


def _font(run, size=14, bold=None, italic=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


def _para(doc_or_cell, text="", align=None, bold=None, italic=None, size=14, first_indent=None, left=None):
    p = doc_or_cell.add_paragraph()
    if align is not None:
        p.alignment = align
    fmt = p.paragraph_format
    fmt.space_after = Pt(6)
    if first_indent is not None:
        fmt.first_line_indent = first_indent
    if left is not None:
        fmt.left_indent = left
    if text:
        _font(p.add_run(text), size, bold, italic)
    return p


def _tabbed(doc, left, right, bold=False, italic_right=False):
    """Two columns of the header on one line: text, TAB to a centred stop, text."""
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.space_after = Pt(0)
    _font(p.add_run("\t" + left), 13, bold)
    _font(p.add_run("\t" + right), 13, bold, italic_right)
    return p


def document() -> Document:
    doc = new_document(14)
    props = doc.core_properties
    props.author = props.last_modified_by = "Văn phòng UBND tỉnh"
    props.created = props.modified = FIXED
    props.revision = 1
    props.title = "Kế hoạch phát triển hợp tác xã gắn với du lịch cộng đồng năm 2026"

    _tabbed(doc, "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=False)
    _tabbed(doc, "TỈNH QUẢNG TRỊ", "Độc lập - Tự do - Hạnh phúc", bold=True)
    _tabbed(doc, "", "")
    _tabbed(doc, "Số: 64/KH-UBND", "Quảng Trị, ngày 16 tháng 01 năm 2026", italic_right=True)
    _para(doc)
    _para(doc, "KẾ HOẠCH", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    _para(doc, "Phát triển hợp tác xã gắn với du lịch cộng đồng và sản phẩm OCOP\n"
               "trên địa bàn tỉnh Quảng Trị năm 2026", WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    _para(doc, "Thực hiện Nghị quyết số 09/NQ-CP ngày 03/02/2023 của Chính phủ ban hành Chương trình hành động "
               "thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung "
               "ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong "
               "giai đoạn mới; Kế hoạch số 12-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về phát triển du "
               "lịch cộng đồng giai đoạn 2025 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển hợp tác "
               "xã gắn với du lịch cộng đồng và sản phẩm OCOP năm 2026 như sau:",
          WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=Cm(1.27))
    for kind, text in BODY_BEFORE:
        _para(doc, text, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=kind == "h", first_indent=Cm(1.27))
    labels = ("Cơ quan chủ trì: ", "Cơ quan phối hợp: ", "Thời gian hoàn thành: ", "Sản phẩm: ")
    for number, (text, *fields) in enumerate(TASKS, 1):
        _para(doc, f"{number}. {text}", WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=Cm(1.27))
        for label, value in zip(labels, fields):
            p = _para(doc, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=Cm(1.27))
            p.paragraph_format.space_after = Pt(0)
            _font(p.add_run("- "), 14)
            _font(p.add_run(label), 14, bold=True, italic=True)
            _font(p.add_run(value), 14)
    for kind, text in BODY_AFTER:
        _para(doc, text, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=kind == "h", first_indent=Cm(1.27))

    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(table, "nil", after_look=True)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(8), Cm(8)
    p = left.paragraphs[0]
    _font(p.add_run("Nơi nhận:"), 12, bold=True, italic=True)
    for line in RECIPIENTS:
        _para(left, line, size=11).paragraph_format.space_after = Pt(0)
    for i, line in enumerate(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "",
                              "Trương Công Khanh"]):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            _font(p.add_run(line), 14, bold=True)
    return doc


def build() -> bytes:
    raw = io.BytesIO()
    document().save(raw)
    return fixed_zip(raw.getvalue(), content_types_first=True)


if __name__ == "__main__":
    write(build, OUT)
