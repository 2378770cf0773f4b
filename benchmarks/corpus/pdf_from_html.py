"""The pieces that the held-out sets' PDF makers (``make_pdf.py``, ``make_scan.py``) have in common: a document typed
as HTML — the page around it, the header of Nghị định 30/2020/NĐ-CP in two columns, the signature beside "Nơi nhận",
an appendix table's head — written to ``sources/``, then printed to PDF by Debian's Chromium. Each piece writes exactly
the HTML the makers' own copies wrote, so the committed sources keep their bytes (``tests/test_unseen_corpus.py``
compares them with ``build_html()``); each maker keeps its own CSS and body."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

CHROMIUM = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]


def e(text: str) -> str:
    """``text`` escaped for HTML text (quotes left as they are)."""
    return html.escape(text, quote=False)


def page_start(title: str, css: str) -> list[str]:
    """The lines that open the page, up to and with ``<body>``: Vietnamese, UTF-8, ``title`` and the style sheet."""
    return ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">', f'<title>{e(title)}</title>',
            f'<style>{css}</style>', '</head>', '<body>']


PAGE_END = ['</body>', '</html>', '']


def header(left, right, title: str, subtitle: str) -> list[str]:
    """The header in two columns of ``(text, class)`` lines (the issuer and "Số: …" | the motto and the place and
    date), then the kind of document (h1) and what it is about (h2)."""
    columns = ['<div>' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in column) + '</div>'
               for column in (left, right)]
    return ['<div class="head">', *columns, '</div>', f'<h1>{e(title)}</h1>', f'<h2>{e(subtitle)}</h2>']


def signature(noi_nhan, sign) -> str:
    """"Nơi nhận:" (bold italic) and the recipients on the left, the signer's ``(text, class)`` lines on the right
    (an empty line a non-breaking space: room for the signature)."""
    return ('<div class="sign"><div class="left">'
            + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>' for i, x in enumerate(noi_nhan))
            + '</div><div class="right">'
            + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in sign) + '</div></div>')


def table_start(widths, header_row) -> list[str]:
    """An appendix table (class "tasks") up to its body: columns of ``widths`` per cent, the header row."""
    return ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
            '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in header_row) + '</tr></thead>',
            '<tbody>']


def write_html(path: Path, text: str) -> bool:
    """``text`` written to ``path`` (its folder made); False when the command line asks for ``--html-only``."""
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(path)
    return "--html-only" not in sys.argv


def print_pdf(source: Path, pdf: Path) -> None:
    """The HTML at ``source`` printed to ``pdf`` by headless Chromium (A4 from the page's CSS, no header or footer)."""
    subprocess.run([*CHROMIUM, f"--print-to-pdf={pdf}", source.as_uri()], check=True, capture_output=True)


def fixed_dates(data: bytes, date: bytes) -> bytes:
    """``data`` (a PDF) with every /CreationDate and /ModDate set to ``date`` (the same length as Chromium's), so that a
    reprint gives the same bytes."""
    def one(m: re.Match) -> bytes:
        assert len(m.group(2)) == len(date), m.group(2)
        return m.group(1) + date + b")"
    return re.sub(rb"(/(?:CreationDate|ModDate) \()(D:[0-9]{14}[-+Z][0-9']*)\)", one, data)


def producer(data: bytes) -> bytes:
    """The Chromium milestone that printed a PDF (its "Skia/PDF m150" producer), or b"" when none is named."""
    found = re.search(rb"Skia/PDF (m\d+)", data)
    return found.group(1) if found else b""


def page_texts(path: Path) -> list[str]:
    """What each page of a PDF prints, its words a space apart (pdfplumber): the same for a reprint by another Chromium
    as long as the layout is."""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def print_dated_pdf(source: Path, pdf: Path, date: bytes) -> None:
    """``print_pdf``, then Chromium's time of printing replaced by ``date`` (``fixed_dates``)."""
    print_pdf(source, pdf)
    pdf.write_bytes(fixed_dates(pdf.read_bytes(), date))
