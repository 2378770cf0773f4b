"""Rows whose fields a typed mark parts, read as the TAB-separated rows the table readers know.

A plan typed where no table can be drawn (a chat message, a text box of a form, a note app) writes its table a row a
line, the fields parted by a mark typed between spaces (">>", "»", "::"), under a line that names the fields in the
same order ("TT >> Việc >> Ai chủ trì >> Ai phối hợp >> Thời gian"). Read so: from such a field-name line on, each mark
with the spaces around it is a TAB, an empty field an empty cell (">>  >>"), a row wrapped onto the next line kept as
two lines, as a TAB-separated copy of a table has them (``tables``); every line keeps its place. Only lines under a
field-name line that names a table of tasks change: a mark in running text stays as typed.
"""

from __future__ import annotations

import re

from .tables import _is_header

#: the marks that part fields, typed between spaces
_MARKS = (">>", "»", "::")


def as_tab_rows(lines: list[str]) -> list[str]:
    """``lines`` with every table of rows parted by a typed mark written with TABs, line for line."""
    out = list(lines)
    k = 0
    while k < len(out):
        mark = _header_mark(out[k])
        if mark is None:
            k += 1
            continue
        width = len(_split(out[k], mark))
        parted = re.compile(rf"\s*{re.escape(mark)}\s*")
        while k < len(out) and out[k].strip():
            line = out[k]
            if mark in line and len(_split(line, mark)) <= width:
                indent = line[:len(line) - len(line.lstrip())]
                out[k] = indent + parted.sub("\t", line.strip())
            k += 1
    return out


def _split(line: str, mark: str) -> list[str]:
    return [cell.strip() for cell in line.split(mark)]


def _header_mark(line: str) -> str | None:
    """The mark that parts the fields a line names, where they name a table of tasks (three fields at least)."""
    for mark in _MARKS:
        if line.count(mark) >= 2 and "\t" not in line and "|" not in line:
            cells = _split(line, mark)
            if all(cells) and _is_header(cells):
                return mark
    return None
