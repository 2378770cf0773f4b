"""Write d_lam-dong_2318-KH-SNV-2025_nhan-luc-htx.docx, the fifth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen5/make_docx.py [OUT]

A Sở Nội vụ's plan (December 2025, after the provinces merged: Lâm Đồng with the former Đắk Nông and Bình
Thuận; the Sở Nội vụ holding the former Sở Lao động - Thương binh và Xã hội) typed in Word with its MULTILEVEL
LIST NUMBERING: the headings "I." "II." "III.", the items "1." "2." under them and the points "a)" "b)" under
those are one Word list of three levels (upperRoman "%1.", decimal "%2.", lowerLetter "%3)"), so no number is in
the text; a level restarts after each paragraph of a higher level (Word's default: no w:lvlRestart). The
header and the signature are borderless tables; the appendix is a bordered table whose header row is marked to
REPEAT on every page (w:tblHeader) and whose rows may BREAK across pages (no w:cantSplit): its second row's content
cell holds five paragraphs ("- " typed), long enough that the row is split by the page break when Word lays it out.

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import cell_lines, header_table, new_document, set_borders, signature_table, write  # noqa: E402
from docx_parts import para as shared_para  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "d_lam-dong_2318-KH-SNV-2025_nhan-luc-htx.docx"

NUM_ID = 20
ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="{NUM_ID}">
  <w:nsid w:val="5A3C1E20"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0C7A2E10"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def add_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


# (level, text, bold): level 0 "I.", 1 "1.", 2 "a)"; None: a paragraph without a number.
BODY = [
    (0, "MỤC ĐÍCH, YÊU CẦU", True),
    (None, "Nâng cao trình độ quản lý, quản trị cho đội ngũ cán bộ hợp tác xã trên địa bàn tỉnh sau hợp nhất; thu hút "
           "lao động trẻ có trình độ về làm việc tại hợp tác xã; gắn đào tạo với nhu cầu thực tế của hợp tác xã nông "
           "nghiệp, du lịch cộng đồng và dịch vụ ở các xã vùng cao, ven biển và đặc khu Phú Quý.", False),
    (0, "NHIỆM VỤ", True),
    (1, "Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã", True),
    (2, "Phòng Lao động - Việc làm chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh khảo sát nhu cầu đào tạo, bồi "
        "dưỡng của 600 hợp tác xã, tổng hợp trước ngày 31/01/2026.", False),
    (2, "Trung tâm Dịch vụ việc làm tỉnh tổ chức tư vấn nghề, giới thiệu việc làm tại hợp tác xã cho người lao động "
        "tại các phiên giao dịch việc làm định kỳ hằng tháng.", False),
    (2, "Phòng Lao động - Việc làm phối hợp với Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục nghề nghiệp "
        "đào tạo nghề cho thành viên, người lao động của hợp tác xã theo đặt hàng, hoàn thành trong Quý III/2026.", False),
    (1, "Thu hút lao động trẻ về làm việc tại hợp tác xã", True),
    (2, "Phòng Xây dựng chính quyền và Công tác thanh niên phối hợp với Tỉnh đoàn Lâm Đồng lựa chọn 50 thanh niên "
        "tốt nghiệp cao đẳng, đại học về làm việc có thời hạn tại hợp tác xã theo Luật Hợp tác xã năm 2023.", False),
    (2, "Văn phòng Sở đưa nội dung hỗ trợ nhân lực hợp tác xã vào chuyên mục hỏi đáp trên Trang thông tin điện tử "
        "của Sở.", False),
    (1, "Thanh tra Sở kiểm tra việc thực hiện chế độ, chính sách đối với người lao động trong 20 hợp tác xã có "
        "trên 10 lao động, báo cáo Giám đốc Sở trong tháng 10/2026.", False),
    (0, "TỔ CHỨC THỰC HIỆN", True),
    (1, "Phòng Lao động - Việc làm là đầu mối theo dõi, tổng hợp; tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh "
        "kết quả thực hiện Kế hoạch trước ngày 15/12/2026.", False),
    (1, "Đề nghị Liên minh Hợp tác xã tỉnh, Sở Nông nghiệp và Môi trường cử báo cáo viên, giới thiệu hợp tác xã điển "
        "hình làm điểm tham quan cho các lớp bồi dưỡng.", False),
    (1, "Đề nghị Ủy ban nhân dân các xã, phường, đặc khu Phú Quý lập danh sách cán bộ hợp tác xã tham gia các lớp "
        "bồi dưỡng, gửi về Sở Nội vụ trước 15 ngày kể từ ngày khai giảng từng lớp.", False),
]

HEADER_ROW = ["TT", "Nội dung lớp đào tạo, bồi dưỡng", "Đối tượng, số lượng", "Đơn vị chủ trì", "Đơn vị phối hợp",
              "Thời gian"]
ROWS = [
    ("1", ["Bồi dưỡng kiến thức quản trị hợp tác xã cho chủ tịch hội đồng quản trị, giám đốc hợp tác xã"],
     "300 học viên", "Phòng Lao động - Việc làm", "Liên minh Hợp tác xã tỉnh", "Quý II/2026"),
    ("2", ["Đào tạo kế toán hợp tác xã theo chế độ kế toán hiện hành, gồm các chuyên đề:",
           "- Lập báo cáo tài chính, báo cáo thuế của hợp tác xã;",
           "- Sử dụng phần mềm kế toán và hóa đơn điện tử;",
           "- Quản lý vốn góp, quỹ của hợp tác xã, phân phối thu nhập cho thành viên;",
           "- Thực hành trên bộ chứng từ mẫu của hợp tác xã nông nghiệp."],
     "200 học viên", "Trung tâm Dịch vụ việc làm tỉnh", "Sở Tài chính; Thuế tỉnh Lâm Đồng", "Tháng 5 - tháng 8/2026"),
    ("3", ["Bồi dưỡng kỹ năng làm du lịch cộng đồng cho hợp tác xã ở các xã vùng cao"],
     "120 học viên", "Phòng Lao động - Việc làm", "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2026"),
    ("4", ["Đào tạo nghề nuôi trồng, chế biến hải sản cho thành viên hợp tác xã ở đặc khu Phú Quý và các xã ven biển"],
     "150 học viên", "Trung tâm Dịch vụ việc làm tỉnh", "Sở Nông nghiệp và Môi trường; Trường Cao đẳng Bình Thuận",
     "Năm 2026"),
    ("5", ["Tập huấn chuyển đổi số, bán hàng trên sàn thương mại điện tử cho cán bộ trẻ của hợp tác xã"],
     "100 học viên", "Phòng Xây dựng chính quyền và Công tác thanh niên", "Sở Khoa học và Công nghệ",
     "Trước 30/10/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    add_numbering(doc)

    header_table(doc, ["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "Số: 2318/KH-SNV", "Lâm Đồng, ngày 12 tháng 12 năm 2025",
                 issuer_bold=(1,))

    def para(text="", bold=False, italic=False, center=False, level=None):
        """A body paragraph; with ``level``, numbered by Word at that level of the multilevel list."""
        p = shared_para(doc, text, bold=bold, italic=italic, center=center)
        if level is not None:
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = level
            num_pr.get_or_add_numId().val = NUM_ID
        return p

    para()
    para("KẾ HOẠCH", bold=True, center=True)
    para("Đào tạo, bồi dưỡng nguồn nhân lực và thu hút lao động trẻ về làm việc tại hợp tác xã năm 2026", bold=True,
         center=True)
    para("Căn cứ Luật Hợp tác xã năm 2023; Kế hoạch số 157/KH-UBND ngày 28/10/2025 của Ủy ban nhân dân tỉnh về "
         "phát triển kinh tế tập thể, hợp tác xã năm 2026; theo chức năng, nhiệm vụ được giao, Sở Nội vụ ban hành "
         "Kế hoạch đào tạo, bồi dưỡng nguồn nhân lực hợp tác xã năm 2026 như sau:")
    for level, text, bold in BODY:
        para(text, bold=bold, level=level)
    para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ (qua Phòng Lao động "
         "- Việc làm) để kịp thời giải quyết./.")

    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- Liên minh HTX tỉnh;",
                          "- Các sở: NN&MT, GD&ĐT, TC, VHTTDL, KH&CN;", "- UBND các xã, phường, đặc khu;",
                          "- Tỉnh đoàn Lâm Đồng;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, LĐVL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phan Thị Diệu Linh"])

    appendix = doc.add_section()
    appendix.orientation = WD_ORIENT.LANDSCAPE
    appendix.page_width, appendix.page_height = Cm(29.7), Cm(21)
    para("Phụ lục", bold=True, center=True)
    para("DANH MỤC CÁC LỚP ĐÀO TẠO, BỒI DƯỠNG NĂM 2026", bold=True, center=True)
    para("(Kèm theo Kế hoạch số 2318/KH-SNV ngày 12/12/2025 của Sở Nội vụ)", italic=True, center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER_ROW))
    set_borders(table, "single")
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    tr_pr.append(repeat)
    for cell, title in zip(header.cells, HEADER_ROW):
        cell_lines(cell, [title], bold=(0,))
    for row, (tt, content, who, lead, coop, when) in zip(table.rows[1:], ROWS):
        cells = row.cells
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], content, center=False)
        for cell, text in zip(cells[2:], (who, lead, coop, when)):
            cell_lines(cell, [text])

    return saved(doc, author="Phòng Lao động - Việc làm", editor="Văn thư Sở Nội vụ",
                 title="Kế hoạch 2318/KH-SNV",
                 created=datetime(2025, 12, 8, 9, 0, 0), modified=datetime(2025, 12, 12, 15, 30, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
