"""The python-docx pieces that several held-out sets' ``make_docx.py`` lay out the same way: the A4 document in Times
New Roman, table borders, a cell's lines, a body paragraph, the borderless header and signature tables of Nghị định
30/2020/NĐ-CP, and the command line that writes the file. Each piece does exactly what the makers' own copies did,
so the committed .docx files keep their bytes (``tests/test_unseen_corpus.py`` checks it); a maker whose layout
differs keeps its own helper."""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def new_document(font_size: int, *, top_bottom_margins: bool = True):
    """A python-docx Document: Normal in Times New Roman of ``font_size`` pt, an A4 page with a left margin of 3 cm
    and a right one of 2 cm, and top and bottom margins of 2 cm (``top_bottom_margins=False``: the template's)."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(font_size)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    if top_bottom_margins:
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    return doc


def set_borders(table, val: str, *, after_look: bool = False) -> None:
    """Every border of ``table`` (outside and inside) set to ``val``: "nil" (none) or a line style such as "single"
    (½ pt, black). The w:tblBorders goes before w:tblLook as the schema orders them, or with ``after_look`` at the
    end of w:tblPr, after w:tblLook (out of schema order), where unseen2's committed file has it."""
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
    if look is None or after_look:
        tbl_pr.append(borders)
    else:
        look.addprevious(borders)


def cell_lines(cell, lines, bold=(), italic=(), center=True) -> None:
    """``cell``'s text as one paragraph a line (its first, empty paragraph reused), centred unless ``center`` is
    False; an empty line is an empty paragraph. A line is bold when its index is in ``bold``, italic when it is in
    ``italic`` (both set explicitly, on or off); ``italic=None`` leaves italic unset."""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            run = p.add_run(line)
            run.bold, run.italic = i in bold, None if italic is None else i in italic


def para(container, text="", bold=False, italic=False, center=False, style=None):
    """A paragraph added to ``container`` (the document or a cell) in ``style``: one run of ``text`` (none when
    empty) whose bold and italic are set explicitly (``italic=None``: left unset), centred when ``center``."""
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def header_table(doc, issuer, number: str, place_date: str, *, issuer_bold=(0, 1)):
    """The header of Nghị định 30 as a borderless 2×2 table: the issuer's lines | the national motto (bold), then
    "Số: …" | the place and date (italic)."""
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), issuer, bold=issuer_bold)
    cell_lines(head.cell(0, 1), MOTTO, bold=(0, 1))
    cell_lines(head.cell(1, 0), [number])
    cell_lines(head.cell(1, 1), [place_date], italic=(0,))
    return head


def signature_table(doc, recipients, signer):
    """The signature as a borderless table: "Nơi nhận:" and the recipients on the left (the first line bold), the
    signer's lines centred and bold on the right (empty lines leave room for the signature)."""
    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    cell_lines(sign.cell(0, 0), recipients, bold=(0,), center=False)
    cell_lines(sign.cell(0, 1), signer, bold=range(len(signer)))
    return sign


def write(build, out: Path) -> None:
    """The command line of a maker: ``build()``'s bytes written to the path given as the first argument, or to
    ``out`` (the committed file); prints the path and the size."""
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else out
    target.write_bytes(build())
    print(target, target.stat().st_size)
