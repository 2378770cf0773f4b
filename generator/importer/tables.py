"""Appendix tables in the three layouts seen in provincial plans.

* tab-separated rows (a converted .docx or a Markdown export);
* Markdown pipe tables;
* a PDF table flattened to one cell fragment per line, with the column
  headers repeated at each page break and page numbers mixed in: rows are
  recognised by their running number (1, 2, 3 … across groups), cells by the
  blank lines between them, and a row cut by a page break is re-joined.

Every layout gives the same ``Row`` records.  Columns are identified by their
header words, so a table with other columns or another order still maps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import nfc, plain_line
from ..vi import fold
from .layout import ROMAN

COLUMNS = [  # (field, header words, folded)
    ("row", r"^(?:stt|tt)$"),
    ("text", r"nhiem vu|noi dung|de an"),
    ("lead", r"chu tri"),
    ("cooperating", r"phoi hop"),
    ("submit_to", r"cap trinh"),
    ("output", r"san pham"),
    ("deadline", r"thoi gian|thoi han|tien do"),
    ("note", r"ghi chu"),
]
_GROUP = re.compile(rf"^(?P<g>{ROMAN})\.?(?:\s+(?P<title>.+))?$")


@dataclass
class Row:
    group: str
    group_title: str
    row: str
    cells: dict[str, str]
    line: int
    exact: bool = True              # False when the columns of a flattened row had to be guessed
    notes: list[str] = field(default_factory=list)


@dataclass
class Table:
    layout: str
    start: int                      # first line (0-based) of the table, header included
    end: int                        # one past the last line
    rows: list[Row]
    groups: list[tuple[str, str]]   # (roman, title)


def _column(header: str) -> str | None:
    folded = fold(nfc(plain_line(header))).strip()
    for name, pattern in COLUMNS:
        if re.search(pattern, folded):
            return name
    return None


def find_tables(lines: list[str], split_cell=None, split_text=None) -> list[Table]:
    """``split_cell(text)`` may split a cell holding two agency columns; ``split_text(text)``
    may return where an agency name ends a task text (both from the registry)."""
    tables = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.count("\t") >= 3 and _is_header([c for c in line.split("\t")]):
            table = _delimited(lines, i, lambda s: s.split("\t"), lambda s: s.count("\t") >= 2, "tsv")
        elif line.lstrip().startswith("|") and _is_header(_pipe_cells(line)):
            table = _delimited(lines, i, _pipe_cells, lambda s: s.lstrip().startswith("|"), "pipe")
        elif re.match(r"^\s*STT\b", plain_line(line)) and "nhiem vu" in fold(line):
            table = _flattened(lines, i, split_cell, split_text)
        else:
            i += 1
            continue
        if table.rows:
            tables.append(table)
        i = max(table.end, i + 1)
    return tables


def _is_header(cells: list[str]) -> bool:
    names = {_column(c) for c in cells if c.strip()}
    return "text" in names and ("lead" in names or "deadline" in names)


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _delimited(lines, start, split, is_row, layout) -> Table:
    header = [_column(c) for c in split(lines[start])]
    rows: list[Row] = []
    groups: list[tuple[str, str]] = []
    group, title = "", ""
    i = start + 1
    while i < len(lines) and (is_row(lines[i]) or not lines[i].strip()):
        raw = lines[i]
        i += 1
        if not raw.strip() or re.fullmatch(r"[\s|:\-]+", raw):
            continue
        cells = [nfc(plain_line(c)) for c in split(raw)]
        if _is_header(cells):
            continue  # the header repeated at a page break
        filled = [c for c in cells if c]
        first = filled[0] if filled else ""
        match = _GROUP.match(first)
        if match and len(filled) == 1 or (match and match.group("title") and len(filled) <= 2 and not re.match(r"^\d", first)):
            group = match.group("g")
            title = match.group("title") or (filled[1] if len(filled) > 1 else "")
            groups.append((group, title))
            continue
        mapped = {}
        for name, value in zip(header, cells):
            if name and value:
                mapped[name] = value
        if "text" not in mapped:
            continue
        rows.append(Row(group, title, mapped.pop("row", str(len(rows) + 1)), mapped, i))
    return Table(layout, start, i, rows, groups)


def _flattened(lines: list[str], start: int, split_cell=None, split_text=None) -> Table:
    """A PDF table with one fragment per line (see the module docstring)."""
    header_words = fold(" ".join(nfc(plain_line(l)) for l in lines[start:start + 16]))
    order = [name for name, pattern in COLUMNS
             if name != "row" and name != "note" and re.search(pattern, header_words)]
    # the header block: from "STT" to the line before the first group or row number
    def header_end(at: int) -> int:
        j = at + 1
        while j < len(lines) and j < at + 20:
            text = nfc(plain_line(lines[j]))
            if text and (_GROUP.match(text) or re.fullmatch(r"\d{1,3}", text) or re.match(r"^\d{1,3}\s+\S", text)):
                break
            j += 1
        return j
    first_header = [fold(nfc(plain_line(l))) for l in lines[start:header_end(start)] if l.strip()]

    def repeated_header(at: int) -> int | None:
        """End of a copy of the header starting at ``at`` (blank lines allowed between its lines)."""
        k, j = 0, at
        while j < len(lines) and k < len(first_header):
            text = fold(nfc(plain_line(lines[j])))
            if not text:
                j += 1
                continue
            if text != first_header[k]:
                return None
            k += 1
            j += 1
        return j if k == len(first_header) else None
    rows: list[Row] = []
    groups: list[tuple[str, str]] = []
    group, title = "", ""
    expected = 1
    current: dict | None = None
    i = header_end(start)
    end = len(lines)

    def close():
        if current is not None:
            rows.append(_assign(current, order, split_cell, split_text))

    while i < end:
        text = nfc(plain_line(lines[i]))
        folded = fold(text)
        if folded.startswith("stt") and "nhiem vu" in folded:   # header repeated at a page break
            skip = repeated_header(i)
            if skip is not None:
                i = skip
                if current is not None:
                    current["chunks"].append([])  # a page break also ends a cell
                continue
        if re.fullmatch(r"\d{1,3}(?:\s+\d{1,3})?", text) and text != str(expected):
            i += 1   # a page number (sometimes two numbers on one line)
            continue
        group_match = _GROUP.match(text)
        if group_match and (current is None or not current["chunks"][-1]):
            close()
            current = None
            group = group_match.group("g")
            parts = [group_match.group("title") or ""]
            j = i + 1
            while j < end and lines[j].strip() and not re.fullmatch(r"\d{1,3}", nfc(plain_line(lines[j]))):
                parts.append(nfc(plain_line(lines[j])))
                j += 1
            title = nfc(" ".join(p for p in parts if p))
            groups.append((group, title))
            i = j
            continue
        number = re.match(rf"^{expected}(?:\s+(?P<rest>.+))?$", text)
        if number and not number.group("rest"):
            ahead = i + 1
            while ahead < end and not lines[ahead].strip():
                ahead += 1
            if ahead < end and repeated_header(ahead) is not None:
                i += 1   # a page number that happens to equal the next row number
                continue
        if number:
            close()
            current = {"group": group, "title": title, "row": str(expected), "line": i + 1, "chunks": [[]]}
            if number.group("rest"):
                current["chunks"][-1].append(number.group("rest"))
            expected += 1
            i += 1
            continue
        if current is None:
            if text and not group:
                break   # not part of the table
            i += 1
            continue
        if not text:
            if current["chunks"][-1]:
                current["chunks"].append([])
        else:
            current["chunks"][-1].append(text)
        i += 1
    close()
    return Table("flattened", start, end, rows, groups)


_DEADLINE_CELL = re.compile(r"(?:hang nam|thuong xuyen|nhiem vu thuong xuyen|nam 20\d\d(?:\s*-\s*20\d\d)?|"
                            r"20\d\d\s*-\s*20\d\d|20\d\d|quy [ivx]+.*|tu 20\d\d)$")


def _assign(current: dict, order: list[str], split_cell=None, split_text=None) -> Row:
    chunks = [nfc(" ".join(c)) for c in current["chunks"] if c]
    cells: dict[str, str] = {}
    notes: list[str] = []
    if len(chunks) < len(order) and split_cell is not None:
        for index in range(len(chunks) - 1, 0, -1):
            parts = split_cell(chunks[index])
            if parts and len(chunks) - 1 + len(parts) <= len(order):
                chunks[index:index + 1] = parts
                notes.append("two agency columns on one line were split")
    while len(chunks) < len(order) - 1 and chunks and split_text is not None:
        at = split_text(chunks[0])  # agencies printed on the task's line: "… tập thể Báo Gia Lai Các sở, …"
        if not at:
            break
        chunks[0:1] = [chunks[0][:at].strip(), chunks[0][at:].strip()]
        notes.append("an agency printed on the task's line was taken as the next column")
    exact = len(chunks) == len(order)
    if not exact and chunks and "deadline" in order:
        # the last two columns often share a line: "Hội nghị Hằng năm"
        last = fold(chunks[-1])
        match = _DEADLINE_CELL.search(last)
        if match and match.start() > 0 and len(chunks) == len(order) - 1:
            head, tail = chunks[-1][: match.start()].strip(), chunks[-1][match.start():].strip()
            chunks = chunks[:-1] + [head, tail]
            exact = len(chunks) == len(order)
            notes.append("two cells on one line were split before the deadline")
    if exact:
        cells = dict(zip(order, chunks))
    else:
        notes.append(f"{len(chunks)} cell fragments for {len(order)} columns: columns guessed, check against the original")
        if chunks:
            cells["text"] = chunks[0]
        rest = chunks[1:]
        if rest and "deadline" in order and _DEADLINE_CELL.search(fold(rest[-1])):
            cells["deadline"] = rest.pop()
        for name in [n for n in order if n not in ("text", "deadline")]:
            if rest:
                cells[name] = rest.pop(0)
        if rest:
            cells["text"] = nfc(" ".join([cells.get("text", "")] + rest))
    return Row(current["group"], current["title"], current["row"], cells, current["line"], exact, notes)
