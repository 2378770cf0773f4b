"""Rows whose fields a typed mark parts, read as the TAB-separated rows the table readers know.

A plan typed where no table can be drawn (a chat message, a text box of a form, a note app) writes its table a row a
line, the fields parted by a mark typed between spaces (">>", "»", "::", "//", "‖", "║", "¦"), under a line that names
the fields in the same order ("TT >> Việc >> Ai chủ trì >> Ai phối hợp >> Thời gian"), or after a note that names them
so ("(Cách đọc mỗi dòng: số thứ tự // việc // nơi chủ trì // nơi phối hợp // thời hạn. …)", the rows after a blank
line). Read so: from such a field-name line on, each mark with the spaces around it is a TAB, an empty field an empty
cell (">>  >>"), a row wrapped onto the next line kept as two lines, as a TAB-separated copy of a table has them
(``tables``); a note's names are the header, on the blank line over the rows (the note kept as printed); every line
keeps its place. Only lines under a field-name line that names a table of tasks change: a mark in running text stays as
typed.
"""

from __future__ import annotations

import re

from .tables import _is_header

#: the marks that part fields, typed between spaces
_MARKS = (">>", "»", "::", " // ", "‖", "║", "¦")
#: a note that names the fields of the rows after it, after its colon ("Cách đọc mỗi dòng: số thứ tự // việc // …"), up
#: to its sentence's end or its bracket
_KEY = re.compile(r":\s*(?P<names>[^:()\n]{10,200}?)\s*(?:[.)]|$)")


def as_tab_rows(lines: list[str]) -> list[str]:
    """``lines`` with every table of rows parted by a typed mark written with TABs, line for line."""
    if not any(mark in line for line in lines for mark in _MARKS):
        return lines
    out = list(lines)
    k = 0
    while k < len(out):
        mark = _header_mark(out[k])
        if mark is not None:  # the field-name line is the table's first row
            k = _tabbed(out, k, mark, len(_split(out[k], mark)))
            continue
        keyed = _keyed(out, k)
        if keyed is None:
            k += 1
            continue
        mark, names, blank = keyed  # (the blank line over the rows: the header the note names)
        out[blank] = "\t".join(names)
        k = _tabbed(out, blank + 1, mark.strip(), len(names))
    return out


def _tabbed(out: list[str], k: int, mark: str, width: int) -> int:
    """Write the rows from ``k`` to the next blank line with a TAB for each ``mark`` and the spaces around it (a row of
    more than ``width`` fields as typed); the index after them."""
    parted = re.compile(rf"\s*{re.escape(mark)}\s*")
    while k < len(out) and out[k].strip():
        line = out[k]
        if mark in line and len(_split(line, mark)) <= width:
            indent = line[:len(line) - len(line.lstrip())]
            out[k] = indent + parted.sub("\t", line.strip())
        k += 1
    return k


def _split(line: str, mark: str) -> list[str]:
    return [cell.strip() for cell in line.split(mark.strip())]


def _keyed(lines: list[str], at: int) -> tuple[str, list[str], int] | None:
    """A note at ``at`` (maybe wrapped onto the next line) that names a table of tasks' fields parted by a mark, then,
    after a blank line, rows parted by it (each with as many fields at most, two rows at least): (the mark, the names,
    the blank line's index); None otherwise."""
    line = lines[at]
    if ":" not in line or not any(mark.strip() in line for mark in _MARKS):
        return None
    joined = " ".join([line.strip(), *(n.strip() for n in lines[at + 1:at + 2])])
    for mark in _MARKS:
        key = _KEY.search(joined) if joined.count(mark.strip()) >= 2 else None
        if key is None or key["names"].count(mark.strip()) < 2:
            continue
        names = [" ".join(name.split()) for name in _split(key["names"], mark)]
        if not all(names) or any(len(name) > 40 for name in names) or not _is_header(names):
            continue
        blank = next((j for j in range(at + 1, min(at + 4, len(lines))) if not lines[j].strip()), None)
        if blank is None:
            return None
        rows = [r for r in lines[blank + 1:blank + 4] if r.strip()]
        if len(rows) >= 2 and all(2 <= r.count(mark.strip()) <= len(names) - 1 for r in rows[:2]):
            return mark, names, blank
    return None


def _header_mark(line: str) -> str | None:
    """The mark that parts the fields a line names, where they name a table of tasks (three fields at least)."""
    for mark in _MARKS:
        if line.count(mark) >= 2 and "\t" not in line and "|" not in line:
            cells = _split(line, mark)
            # (each a field's short name: a note that names them after its colon is read by ``_keyed``)
            if all(cells) and all(len(c) <= 40 and ":" not in c for c in cells) and _is_header(cells):
                return mark
    return None
