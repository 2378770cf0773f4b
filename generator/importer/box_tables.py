"""Tables drawn with rules, read as the pipe tables the importer knows.

A text browser's dump of a web page (w3m, lynx) and a terminal's copy draw a table with box-drawing characters
("┌──┬──┐", "│1 │Khảo sát …│", "├──┼──┤"); a Markdown writer's grid table (pandoc) draws it with ASCII ("+----+----+",
"| 1  | … |", "+====+====+" under the header). Each row of such a table may run over several lines, a cell wrapped
inside its column. Here every line keeps its place (the draft quotes lines by number): a row's lines become pipe rows
("| 1 | Khảo sát … |"), its first line holding the row's number and the lines under it, whose number cell is empty,
going on it as a converter's continuation rows do (``tables``); the rule under the header becomes Markdown's
"|---|---|" and the other rules empty rows, which a table reader skips; the table's top and bottom rules, blank lines.
"""

from __future__ import annotations

import re

from ..text import BOX_RULES

#: a rule of a drawn table: box-drawing corners, joints and lines, or a grid table's "+", "-", "=" and ":"
_BOX_RULE = re.compile(r"^\s*[┌├└╔╠╚╒╞╘╓╟╙┏┣┗][─━═┬┼┴╦╬╩╤╪╧╥╫╨┳╋┻┯┿┷\s]*[┐┤┘╗╣╝╕╡╛╖╢╜┓┫┛]\s*$")
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")
#: a row's line of a drawn table: opens and closes with a vertical rule
_BOX_ROW = re.compile(rf"^\s*[{BOX_RULES}].*[{BOX_RULES}]\s*$")
#: … a grid table's, or a pipe table's: opens and closes with "|"
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BOX_BARS = re.compile(rf"[{BOX_RULES}]")


def as_pipe_rows(lines: list[str]) -> list[str]:
    """``lines`` with every drawn table in them written as a pipe table, line for line (the same number of lines)."""
    out = list(_spans_filled(lines))
    k = 0
    while k < len(out):
        box = _BOX_RULE.match(out[k])
        grid = _GRID_RULE.match(out[k]) if not box else None
        if not (box or grid):
            k += 1
            continue
        k = _table(out, k, bool(box))
    return out


def _table(out: list[str], top: int, box: bool) -> int:
    """Rewrite the drawn table whose top rule is line ``top``; the index after it."""
    rule, row = (_BOX_RULE, _BOX_ROW) if box else (_GRID_RULE, PIPE_ROW)
    end = top + 1
    while end < len(out) and (rule.match(out[end]) or row.match(out[end])):
        end += 1
    if not any(row.match(out[i]) for i in range(top, end)) or end - top < 3:
        return end  # a rule alone, no table under it
    out[top] = ""
    bars = [i for i in range(top + 1, end) if rule.match(out[i])]
    header_end = bars[0] if bars else end
    header = [i for i in range(top + 1, header_end) if row.match(out[i])]
    width = len(_cells(out[header[0]], box)) if header else 0
    if header and width and bars and bars[0] != end - 1:
        # the header's lines joined a cell each on its last line, above Markdown's rule; the lines above it blank
        joined = [" ".join(w for w in words if w) for words in zip(*(_cells(out[i], box) for i in header))]
        for i in header[:-1]:
            out[i] = ""
        out[header[-1]] = _pipe(joined)
        out[bars[0]] = "|" + "---|" * width
        rest = bars[1:]
    else:
        rest = bars
    for i in range(top + 1, end):
        if row.match(out[i]) and i not in header:
            out[i] = _pipe(_cells(out[i], box))
    for i in rest:
        out[i] = "" if i == end - 1 else "|" + " |" * max(width, 1)  # a rule between rows: an empty row
    return end


def _cells(line: str, box: bool) -> list[str]:
    inner = line.strip()[1:-1]
    parts = _BOX_BARS.split(inner) if box else inner.split("|")
    return [" ".join(p.split()) for p in parts]


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


#: the rule between two rows of a pandoc grid table that a cell spans, blank where the cell goes on down ("+----+
#: -----+          +-----+": the third cell is the row above's too)
_SPANNED_RULE = re.compile(r"^\s*\+(?:[-=:]+\+|[ ]+\+)+\s*$")


def _spans_filled(lines: list[str]) -> list[str]:
    """``lines`` with the cells of pandoc grid tables that span several rows (a merged cell, its rule blank below the
    rows it covers) written into each row they cover, as the merged cell reads for each of them, and those rules
    drawn whole; the lines as they are where no grid table spans a cell."""
    out = None
    i = 0
    while i < len(lines):
        if not (_GRID_RULE.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].lstrip().startswith("|")):
            i += 1
            continue
        edges = [m.start() for m in re.finditer(r"\+", lines[i])]
        columns = list(zip(edges, edges[1:]))
        above: list[str] | None = None  # the row above, as read (its spanned cells filled)
        row: list[str] = [""] * len(columns)
        first, spanned = None, set()
        j = i + 1
        while j < len(lines) and (lines[j].lstrip().startswith("|") or _SPANNED_RULE.match(lines[j])):
            line = lines[j]
            if line.lstrip().startswith("|"):
                first = j if first is None else first
                for k, (a, b) in enumerate(columns):
                    row[k] = f"{row[k]} {line[a + 1:b].strip()}".strip()
            else:
                if first is not None:
                    filled = [k for k in sorted(spanned) if not row[k] and above is not None and above[k]]
                    if filled:  # the cells the rule above this row left open: the row above's
                        out = out if out is not None else list(lines)
                        cells = [out[first][a + 1:b] for a, b in columns]
                        for k in filled:
                            row[k] = above[k]
                            cells[k] = f" {above[k]} "
                        out[first] = out[first][:columns[0][0]] + "|" + "|".join(cells) + "|"
                    above, row, first = row, [""] * len(columns), None
                spanned = {k for k, (a, b) in enumerate(columns) if b <= len(line) and not line[a + 1:b].strip()}
                if spanned:
                    out = out if out is not None else list(lines)
                    out[j] = re.sub(r"(?<=\+) +(?=\+)", lambda m: "-" * len(m.group()), line)
            j += 1
        i = j
    return out if out is not None else lines
