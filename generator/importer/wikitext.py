"""A plan copied from the source of a MediaWiki page, read as the plain layout the other readers know, line for line.

A wiki keeps a document's parts as headings between equals signs ("== III. TỔ CHỨC THỰC HIỆN =="), its lists after "#"
(numbered) or "*", its emphasis in quotes ("'''đậm'''", "''nghiêng''"), and its tables between "{|" and "|}": a row
after "|-", header cells after "!" (apart by "!!"), cells after "|" (apart by "||"), a cell's own attributes before a
single "|" ("rowspan="2" | Trung tâm X": the cell goes on down that many rows). Read so: a heading as its title (one
with no number as a Markdown heading), a numbered list as items numbered in order, emphasis as Markdown's, a table's
rows as TAB-separated rows (a cell spanning rows written again in each), its own lines blank. Every line keeps its
place; what is quoted stays as printed.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?P<eq>={2,6})\s*(?P<title>.+?)\s*(?P=eq)\s*$")
_TABLE_OPEN = re.compile(r"^\s*\{\|")
_TABLE_CLOSE = re.compile(r"^\s*\|\}\s*$")
_ROW = re.compile(r"^\s*\|-")
#: a cell's attributes before its single bar ('rowspan="2" | …', 'style="width:55%" | …')
_ATTRIBUTES = re.compile(r'^\s*(?P<attrs>(?:[a-z-]+\s*=\s*"[^"]*"\s*)+)\|(?!\|)\s*')
_ROWSPAN = re.compile(r'rowspan\s*=\s*"(?P<n>\d{1,2})"')
_NUMBERED = re.compile(r"^#(?![#:*])\s*(?P<text>\S.*)$")
_BULLET = re.compile(r"^\*(?![*#:])\s*(?P<text>\S.*)$")


def is_wiki(lines: list[str]) -> bool:
    """The text is a MediaWiki page's source: a table between "{|" and "|}", or headings between equals signs."""
    return (any(_TABLE_OPEN.match(line) for line in lines) and any(_TABLE_CLOSE.match(line) for line in lines)) \
        or sum(bool(_HEADING.match(line)) for line in lines) >= 2


def _emphasis(text: str) -> str:
    return text.replace("'''", "**").replace("''", "*")


def as_plain(lines: list[str]) -> list[str]:
    """``lines`` of a MediaWiki page's source read as the plain layout (see the module), line for line; any other
    text as it is."""
    if not is_wiki(lines):
        return lines
    out: list[str] = []
    table = False
    spans: dict[int, tuple[int, str]] = {}  # column → (rows left, the cell's text)
    row: list[str] = []  # the cells of the row read so far, on the line of its first cell
    at = None
    number = 0

    def cell_of(raw: str) -> None:  # one cell, after the cells of the rows above that span down to it
        fill()
        attrs = _ATTRIBUTES.match(raw)
        text = _emphasis(raw[attrs.end():] if attrs else raw).strip()
        span = _ROWSPAN.search(attrs["attrs"]) if attrs else None
        if span and int(span["n"]) > 1:
            spans[len(row)] = (int(span["n"]) - 1, text)
        row.append(text)

    def fill() -> None:
        while len(row) in spans:
            left, text = spans.pop(len(row))
            row.append(text)
            if left > 1:
                spans[len(row) - 1] = (left - 1, text)

    def flush() -> None:
        nonlocal row, at
        if at is not None:
            fill()
            out[at] = "\t".join(row)
        row, at = [], None

    for line in lines:
        if _TABLE_OPEN.match(line):
            table, spans = True, {}
            out.append("")
            continue
        if table and (_TABLE_CLOSE.match(line) or _ROW.match(line)):
            flush()
            table = not _TABLE_CLOSE.match(line)
            out.append("")
            continue
        if table:
            mark = line.lstrip()[:1]
            out.append("")
            if not line.strip():
                continue
            if mark not in "!|":
                if row:  # a cell's text going on, on a line of its own
                    row[-1] = f"{row[-1]} {_emphasis(line.strip())}".strip()
                continue
            if at is None:
                at = len(out) - 1
            for raw in re.split(r"!!|\|\|", line.lstrip()[1:]):
                cell_of(raw)
            continue
        heading = _HEADING.match(line)
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line)
        if heading:
            # a title with no number of its own ("===== Hạn: quý I/2027 =====", "== Kế hoạch ==") as the heading it
            # is, Markdown's, over what follows it (a time it names dates the items under it); a numbered one
            # ("== III. TỔ CHỨC THỰC HIỆN ==") as its numbered title
            title = _emphasis(heading["title"])
            out.append(title if re.match(r"(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[A-ZĐa-zđ])[.)/]\s", title)
                       else f"{'#' * len(heading['eq'])} {title}")
            number = 0
        elif numbered:
            number += 1
            out.append(f"{number}. {_emphasis(numbered['text'])}")
        elif bullet:
            out.append(f"- {_emphasis(bullet['text'])}")
        else:
            if line.strip():
                number = 0
            out.append(_emphasis(line))
    flush()
    return out
