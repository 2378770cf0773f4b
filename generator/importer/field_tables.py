"""A small table of one item's fields, read as the item's labelled lines.

A plan kept in a wiki, a notes app or Word often writes each task as a title, a paragraph of detail and a table of
two columns under it, a field a row: "| **Chủ trì** | Phòng Bảo vệ thực vật |", "| **Phối hợp** | UBND các xã |",
"| **Thời hạn** | Trước 15/10/2026 |" (a header such as "Hạng mục | Chi tiết" over them, or its first field as the
header, as a converter writes a table that has none). Such a table is no task table: its rows are the labelled lines
of the item above it, as "Chủ trì: Phòng Bảo vệ thực vật" would be (a .docx's row of a label's and a value's cell,
TAB apart, is read so by ``draft._label_cell``). Every line keeps its place (the draft quotes lines by number): a
field's row becomes "label: value", its header, its rule and a row left empty ("—") blank lines. A table laid out across,
a header of fields' labels over one row of their values ("| Làm chính | Làm cùng | Xong |" / "| X | Y | 20/11/2026 |",
the labels maybe the document's own: ``own_labels``), is the item's labelled line too, on its row's line. A table
laid out a task a column, its rows the work and the fields ("| **Làm gì** | … | … |" / "| **Ai chủ trì** | … | … |"),
is the table of tasks it stands for, a task a row (the cells as printed).
"""

from __future__ import annotations

import re

from .box_tables import PIPE_ROW
from .layout import _FIELD_NAME, FIELD_LABEL

#: a row's first cell that is a field's label: "Chủ trì", "**Phối hợp**", "Thời hạn:"
_LABEL_CELL = re.compile(rf"(?:\*\*|__)?(?P<label>{FIELD_LABEL})(?:\*\*|__)?\s*:?", re.I)
_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
#: a cell that says nothing: empty, or a dash
_NOTHING = re.compile(r"^[\s\-–—_.]*$")


#: a line whose label joins several fields' labels by slashes, its value the fields' values in the same order apart by
#: spaced slashes ("Chủ trì/Phối hợp/Thời hạn: Phòng Thu / Sở Tài chính; Liên minh HTX tỉnh / tháng 11/2025")
_JOINT_LABEL = re.compile(rf"^(?P<indent>\s*(?:[-*+•]\s+)?)(?P<labels>(?:{FIELD_LABEL})(?:\s*/\s*(?:{FIELD_LABEL})){{1,3}})\s*:\s*"
                          r"(?P<values>\S.*)$", re.I)


def _joint_fields(line: str) -> str:
    """A line of fields under one joint label written a field each ("Chủ trì: Phòng Thu; Phối hợp: Sở Tài chính; Liên
    minh HTX tỉnh; Thời hạn: tháng 11/2025" — a field's value keeps its own ";"), where its values are as many as its
    labels; else as it is."""
    joint = _JOINT_LABEL.match(line)
    if joint is None:
        return line
    labels = [label.strip() for label in joint["labels"].split("/")]
    values = [value.strip() for value in re.split(r"\s+/\s+", joint["values"])]
    if len(values) != len(labels):
        return line
    return joint["indent"] + "; ".join(f"{label}: {value}" for label, value in zip(labels, values))


#: a cell of a card that labels its value on the line above it ("==Thời hạn==<br>**Trước 15/10/2026**", "Đầu mối<br>Phòng
#: X"), the label maybe after the card's own name ("Việc 1 · Nội dung"): the label, the value
_CARD_CELL = re.compile(r"^\s*(?:==|\*\*|__|\*)?(?:[^<>:]{1,30}?\s[·•|–-]\s)?(?P<label>[^<>:=*]{2,40}?)(?:==|\*\*|__|\*)?\s*:?\s*"
                        r"<br>\s*(?P<value>\S.*?)\s*$")
#: the work's label in a card ("Nội dung", "Việc", "Làm gì")
_CARD_WORK = re.compile(r"(?:nội dung(?: công việc)?|(?:công )?việc(?: cần làm)?|làm gì|đầu việc)", re.I)


def _cards(out: list[str]) -> None:
    """Rewrite each card of a task drawn as a small table of its own, every cell a label over its value (a row "Việc 1 ·
    Nội dung<br>Khảo sát …" | "Thời hạn<br>Trước 15/10/2026", a row "Đầu mối<br>Phòng X" | "Cùng làm<br>Phòng Y"), its
    rows between blank lines (a Word table's, TAB apart, or a Markdown one's): the work's line "label: value" on the card's
    first line, the other fields on its second
    ("Thời hạn: …; Đầu mối: …; Cùng làm: …"), as a form of labelled lines reads (``draft._forms``)."""
    k = 0
    while k < len(out):
        end = k
        pairs: list[tuple[str, str]] = []
        while end < len(out) and ("\t" in out[end] or _cells(out[end]) is not None):
            row = _cells(out[end])
            if row == []:  # a Markdown table's rule under its first row
                end += 1
                continue
            cells = [_CARD_CELL.match(cell) for cell in (row if row is not None else out[end].split("\t")) if cell.strip()]
            if not cells or any(c is None or not (_CARD_WORK.fullmatch(c["label"].strip())
                                                  or _FIELD_NAME.fullmatch(c["label"].strip())) for c in cells):
                break
            pairs += [(c["label"].strip(), c["value"]) for c in cells]
            end += 1
        works = [p for p in pairs if _CARD_WORK.fullmatch(p[0])]
        if end - k >= 2 and len(works) == 1 and len(pairs) >= 3 and (end == len(out) or not out[end].strip()) \
                and (k == 0 or not out[k - 1].strip() or ("\t" not in out[k - 1] and _cells(out[k - 1]) is None)):
            plain = [(label, re.sub(r"==|\*\*|__", "", value).replace("<br>", "; ")) for label, value in pairs]
            others = [f"{label}: {value}" for label, value in plain if (label, value) != plain[pairs.index(works[0])]]
            out[k] = f"{works[0][0]}: {plain[pairs.index(works[0])][1]}"
            out[k + 1] = "; ".join(others)
            for i in range(k + 2, end):
                out[i] = ""
            k = end
        else:
            k = max(end, k + 1)


def as_field_lines(lines: list[str]) -> list[str]:
    """``lines`` with every table of one item's fields written as its labelled lines, line for line; a line of fields
    under one joint label, a field each."""
    out = [_joint_fields(line) if "/" in line else line for line in lines]
    _cards(out)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and _cells(out[end]) is not None:
            end += 1
        if end == k:
            k += 1
            continue
        _rewrite(out, k, end)
        k = end
    return out


def _cells(line: str) -> list[str] | None:
    """A pipe table row's cells, ``[]`` for a Markdown rule; None for a line of no table."""
    if _RULE.match(line):
        return []
    if PIPE_ROW.match(line):
        return [cell.strip() for cell in line.strip()[1:-1].split("|")]
    return None


#: the label of a row that holds the work, in a table laid out a task a column ("Làm gì", "Việc", "Nội dung")
_WORK_CELL = re.compile(r"(?:\*\*|__)?(?P<label>làm gì|việc(?: gì| cần làm)?|(?:nội dung|tên)(?: công)? việc|nội dung|"
                        r"công việc|đầu việc)(?:\*\*|__)?\s*:?", re.I)


def _transposed(out: list[str], rows: list[tuple[int, list[str]]], start: int, end: int) -> bool:
    """Rewrite a table laid out a task a column, its rows the work and the fields (a header naming the tasks, "| | Việc
    1 | Việc 2 |", then "| **Làm gì** | … | … |", "| **Ai chủ trì** | … |", "| **Xong trước** | … |") as the table it
    stands for, a task a row: its header the rows' labels, then a row per column, on the table's lines in order (the
    cells as printed), the lines left over blank; where it has the lines for them. Whether it was one."""
    body = rows[1:] if rows and not rows[0][1][0].strip(" *_") else rows
    width = len(rows[0][1]) if rows else 0
    if len(body) < 3 or width < 3 or any(len(cells) != width for _, cells in rows) or end - start < width:
        return False
    if sum(bool(_WORK_CELL.fullmatch(cells[0])) for _, cells in body) != 1 \
            or not all(_WORK_CELL.fullmatch(cells[0]) or _LABEL_CELL.fullmatch(cells[0]) for _, cells in body):
        return False
    table = ["| " + " | ".join(cells[0].strip("*_ :") for _, cells in body) + " |"]
    table += ["| " + " | ".join(cells[column] for _, cells in body) + " |" for column in range(1, width)]
    for i in range(start, end):
        out[i] = ""
    for i, line in zip(range(start, end), table):
        out[i] = line
    return True


def _rewrite(out: list[str], start: int, end: int) -> None:
    """Rewrite lines ``start`` to ``end`` (a run of table rows) when they are a table of fields: two cells a row, every
    row's first a field's label but a header's, at least two such rows."""
    rows = [(i, _cells(out[i])) for i in range(start, end)]
    rows = [(i, cells) for i, cells in rows if cells]  # not a rule
    if _transposed(out, rows, start, end):
        return
    if len(rows) == 2 and len(rows[0][1]) == len(rows[1][1]) >= 2 \
            and all(_LABEL_CELL.fullmatch(cell) for cell in rows[0][1]):
        # a header of fields' labels over one row of their values ("| Làm chính | Làm cùng | Xong |" / "| X | Y | … |"),
        # a task's fields laid out across: the item's labelled line, on the row's line
        for i in range(start, end):
            out[i] = ""
        out[rows[1][0]] = "; ".join(f"{_LABEL_CELL.fullmatch(label).group('label')}: {value}"
                                    for label, value in zip(rows[0][1], rows[1][1]) if not _NOTHING.match(value))
        return
    if not rows or any(len(cells) != 2 for _, cells in rows):
        return
    labelled = [(i, _LABEL_CELL.fullmatch(cells[0]), cells[1]) for i, cells in rows]
    header = labelled[0] if labelled[0][1] is None else None
    fields = labelled[1:] if header else labelled
    if len(fields) < 2 or any(label is None for _, label, _ in fields):
        return
    for i in range(start, end):
        out[i] = ""
    for i, label, value in fields:
        if not _NOTHING.match(value):
            out[i] = f"{label.group('label')}: {value}"
