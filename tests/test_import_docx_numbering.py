"""Word's automatic numbering (issue 11): the numbers Word prints before auto-numbered paragraphs are not in their
text; the .docx reader prints them as Word does, so the plan's structure ("I.", "1.", "a)") is read as printed."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from drafts import Draft
from generator.importer.extract import extract

W = nsdecls("w")


def _numbering(document, levels: list[tuple[str, str]], overrides: dict[int, int] | None = None) -> list[str]:
    """A multilevel list (abstractNum 90) and two instances of it: the second restarts level 1 at 1 (a start
    override), as Word writes "Restart numbering"."""
    part = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate(levels))
    part.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    part.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    part.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/>'
                          f'<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return ["90", "91"]


def _numbered(document, text: str, num_id: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _header(document) -> None:
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                         "Số: 77/KH-UBND", "Nghệ An, ngày 02 tháng 3 năm 2026"]):
        cell.text = text
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Phát triển hợp tác xã năm 2026")


def test_multilevel_numbering_is_printed_and_read(tmp_path):
    document = docx.Document()
    _header(document)
    first, restarted = _numbering(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    _numbered(document, "MỤC ĐÍCH, YÊU CẦU", first, 0)
    document.add_paragraph("Nâng cao năng lực quản trị của hợp tác xã.")
    _numbered(document, "NHIỆM VỤ", first, 0)
    _numbered(document, "Sở Tài chính chủ trì bố trí kinh phí hỗ trợ hợp tác xã, hoàn thành trong quý II/2026.", first, 1)
    _numbered(document, "Sở Công Thương:", first, 1)
    _numbered(document, "Tổ chức hội chợ sản phẩm hợp tác xã trong quý III/2026.", first, 2)
    _numbered(document, "Hỗ trợ 20 hợp tác xã bán hàng trên sàn thương mại điện tử trong năm 2026.", first, 2)
    _numbered(document, "TỔ CHỨC THỰC HIỆN", first, 0)
    _numbered(document, "Liên minh Hợp tác xã tỉnh chủ trì tổng hợp, báo cáo kết quả trước ngày 15/12/2026.", restarted, 1)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    lines = [line for line in extract(path).text.split("\n") if line.strip()]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in lines and "II. NHIỆM VỤ" in lines and "III. TỔ CHỨC THỰC HIỆN" in lines
    assert "b) Hỗ trợ 20 hợp tác xã bán hàng trên sàn thương mại điện tử trong năm 2026." in lines
    assert lines[-1].startswith("1. Liên minh")  # the second instance restarts level 2 at 1
    d = Draft(path)
    assert len(d.tasks) == 4
    assert d.lead("Tổ chức hội chợ")[0].startswith("Sở Công Thương")  # the numbered heading above its items
    assert d["Sở Tài chính"]["place"]["section"] == "II" and d.lead("Sở Tài chính")[0].startswith("Sở Tài chính")


def test_a_list_style_numbers_its_paragraphs(tmp_path):
    """The numbering a paragraph style carries ("List Number", linked to a list in Word's template) numbers the
    paragraphs of that style, and a bullet style prints "-"."""
    document = docx.Document()
    _header(document)
    document.add_paragraph("I. NHIỆM VỤ")
    for text in ["Sở Nông nghiệp và Môi trường chủ trì hướng dẫn hợp tác xã lập phương án sản xuất trong quý II/2026.",
                 "Sở Tài chính chủ trì thẩm định kinh phí hỗ trợ trước ngày 30/6/2026."]:
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Kết quả được tổng hợp vào báo cáo năm.", style="List Bullet")
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    lines = [line for line in extract(path).text.split("\n") if line.strip()]
    assert lines[-3].startswith("1. Sở Nông nghiệp") and lines[-2].startswith("2. Sở Tài chính")
    assert lines[-1] == "- Kết quả được tổng hợp vào báo cáo năm."
