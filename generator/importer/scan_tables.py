"""Tables on a scanned page: rows and columns from the boxes of the words Tesseract read.

Tesseract gives every word with its box; a table printed on a page is words whose
boxes leave vertical gutters between the columns, all the way down.  From the
boxes alone — ruled or not (the rules are taken off the image before OCR):

* the page's slant is measured on its lines of text and the boxes turned level,
  so a gutter is a vertical band in any scan;
* a table starts at a line in three or more runs of words apart (its header, or
  its first row on a page where it goes on); the gaps between those runs are the
  candidate gutters.  Line by line downwards, a gap that a line's words cover was
  no gutter (a wide space in a cell) and is dropped; the table ends at a line that
  covers two gutters or more (prose across the page), at a line that starts in
  the number column and is no row number ("Nơi nhận:"), after a blank band, at
  a group marker out of the run of the table's groups ("III. TỔ CHỨC THỰC HIỆN"
  after the groups A, B), or under its ruled frame where the page draws one
  (a text PDF's rules, ``pdf_text``);
* a group's title ("I. Nâng cao nhận thức …", or "I" and the title beside it) is
  a merged cell across the columns: a line whose first word is a group marker,
  and its wrapped lines, never cut the gutters;
* the lines above the first row number are the header, one cell per column with
  its wrapped lines joined; a header repeated on the next page is read again (the
  table readers skip it); a page where the table goes on without a header takes
  the columns of the page before;
* rows: where rows stand apart (a blank band or a rule between them, their number
  possibly centred) each band is a row; otherwise a row runs from its number down
  to the next number.  Lines above the first number on a page end the row the
  page break cut (their number cell is empty; the table reader joins them to it);
* each cell is its words in reading order, its wrapped lines joined.

The result is one line per row, its cells separated by tabs — the form a .docx
table takes in ``extract.py`` — so a scanned table reaches the same table reader
(``tables._delimited``) as a Word table, and each cell is one run of text in the
text of record, where ``check`` finds the quotes taken from it.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from .tables import _GROUP_CELL, _ROW_NUMBER

#: runs of words on a line: apart by more than this many word heights (a space is about a third of one)
RUN_GAP = 0.75
#: a gutter narrower than this many word heights is closed (the words on both sides belong together)
MIN_GUTTER = 0.3
#: a gap between two lines of a table wider than this many line pitches parts two rows
ROW_BREAK = 1.4
#: a blank band of this many line pitches ends a table
TABLE_BREAK = 3.0
#: a Roman numeral as OCR often misreads it, I as 1, l or |: "1.", "11", "1V", "V1."
_ROMAN_MISREAD = re.compile(r"^(?=.*[1l|])[1l|IVX]{1,4}[.)]?$")
_AS_ROMAN = str.maketrans("1l|", "III")


@dataclass
class Word:
    left: float
    top: float
    right: float
    bottom: float
    text: str
    conf: int
    line: int = 0          # index of its line on the page

    @property
    def cx(self) -> float:
        return (self.left + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Region:
    first: int                                # first and last line (indices on the page) of the table
    last: int
    rows: list[list[str]]                     # cells of each row
    row_words: list[list[Word]]               # the words of each row (for doubts)
    bounds: list[float]                       # x between columns (levelled page coordinates)
    to_page_end: bool = False                 # the table runs to the foot of the page (it may go on)
    header: list[str] = field(default_factory=list)  # the text of its header's lines
    marks: list[str] = field(default_factory=list)   # its groups' markers ("I", "II"; "A", "B"), the last one last
    headed: bool = False                      # its first row is its header, printed on this page

    def carry(self) -> "Carry":
        return Carry(self.bounds, self.header, self.marks)


@dataclass
class _Line:
    index: int
    words: list[Word]
    top: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.top = statistics.median(w.top for w in self.words)
        self.bottom = statistics.median(w.bottom for w in self.words)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def slope(lines: list[list[Word]]) -> float:
    """dy/dx of the page's lines of text (0 on a level page): the median, over lines of four words or more,
    of the median slope between their words' middles (words of ordinary height only)."""
    found = []
    for words in lines:
        if len(words) < 4:
            continue
        usual = statistics.median(w.bottom - w.top for w in words)
        level = [w for w in words if abs((w.bottom - w.top) - usual) <= 0.2 * usual]
        pairs = [(b.cy - a.cy) / (b.cx - a.cx) for k, a in enumerate(level) for b in level[k + 1:]
                 if b.cx - a.cx > 8 * usual]
        if pairs:
            found.append(statistics.median(pairs))
    return statistics.median(found) if found else 0.0


def level(lines: list[list[Word]]) -> list[list[Word]]:
    """The words turned so that lines of text run level and columns straight down."""
    s = slope(lines)
    if not s:
        return lines
    return [[Word(w.left + s * w.cy, w.top - s * w.cx, w.right + s * w.cy, w.bottom - s * w.cx, w.text, w.conf, w.line)
             for w in words] for words in lines]


def _runs(words: list[Word], gap: float) -> list[list[Word]]:
    runs: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.left):
        if runs and w.left - runs[-1][-1].right <= gap:
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def _gutters(lines: list[_Line], least: float) -> list[list[float]]:
    """The bands no word of ``lines`` covers, between their leftmost and rightmost words, ``least`` wide or more."""
    spans = sorted((w.left, w.right) for line in lines for w in line.words)
    out: list[list[float]] = []
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left - reach >= least:
            out.append([reach, left])
        reach = max(reach, right)
    return out


def _number(word: Word) -> bool:
    return bool(_ROW_NUMBER.match(word.text)) and any(ch.isdigit() for ch in word.text)


def _lone_mark(line: "_Line", height: float) -> bool:
    """The line opens with a short mark standing alone, a gutter after it: in the number column, a row number
    OCR misread ("Ạ" for 4, ":" for 7); "Nơi nhận:" or "- Như trên;" go on after a space and are no such mark."""
    words = line.words
    return len(words[0].text) <= 3 and (len(words) == 1 or words[1].left - words[0].right > RUN_GAP * height)


def _marker(words: list[Word], height: float) -> bool:
    """The line opens with a group's marker: "I.", "II", "A." (with a title beside or after it, in one run: a merged
    cell; words in several columns after a mark are a row whose number OCR misread as a letter)."""
    match = _GROUP_CELL.match(words[0].text)
    return bool(match) and (len(words) > 1 or bool(match.group("title"))) and len(_runs(words[1:], RUN_GAP * height)) <= 1


_LETTERS = "ABCDĐEFGHIKLMNOPQRSTUVXY"
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _next_group(marks: list[str], text: str) -> bool:
    """``text`` opens the table's next group after the markers ``marks`` (any first one): groups are numbered in
    sequence, in Roman numerals ("I", "II", …) or in capital letters ("A", "B", …; Đ after D or not)."""
    if not marks:
        return True
    mark, last = _GROUP_CELL.match(text), _GROUP_CELL.match(marks[-1])
    if mark is None or last is None:
        return True
    mark, last = mark.group("g"), last.group("g")
    follows = set()
    if last in _ROMANS[:-1]:
        follows.add(_ROMANS[_ROMANS.index(last) + 1])
    if last in _LETTERS[:-1]:
        follows.add(_LETTERS[_LETTERS.index(last) + 1])
        if last == "D":
            follows.add("E")
    return mark in follows


def _same_kind(last: str, text: str) -> bool:
    """Two groups' markers of one kind: both Roman numerals, or both letters ("I", "V", "X" are both)."""
    one, other = _GROUP_CELL.match(last), _GROUP_CELL.match(text)
    if one is None or other is None:
        return True
    one, other = one.group("g"), other.group("g")
    return one in _ROMANS and other in _ROMANS or one in _LETTERS and other in _LETTERS


@dataclass
class Carry:
    """What a table that ran to the foot of a page leaves for the next: its columns and its header's lines."""
    bounds: list[float]
    header: list[str]
    marks: list[str] = field(default_factory=list)  # its groups' markers, for the next group's


def find(lines: list[list[Word]], height: float, carried: Carry | None = None,
         ends: tuple[float, ...] = ()) -> list[Region]:
    """The tables among one page's lines (each a list of words, levelled, in reading order). ``height``: the
    median word height; ``carried``: the table that ran to the foot of the page before; ``ends``: where ruled
    tables' frames end (the y of their bottom rules, where the page draws them): a table ends there."""
    rows = [_Line(k, sorted(words, key=lambda w: w.left)) for k, words in enumerate(lines) if words]
    regions: list[Region] = []
    pitch = _pitch(rows, height)
    k = 0
    while k < len(rows):
        if len(_runs(rows[k].words, RUN_GAP * height)) < 3:
            k += 1
            continue
        goes_on = carried if carried is not None and not regions and k <= 2 else None
        region = _grow(rows, k, goes_on, height, pitch, ends)
        if region is None:
            k += 1
            continue
        regions.append(region)
        k = next(n for n, line in enumerate(rows) if line.index == region.last) + 1
    if regions and regions[-1].last == rows[-1].index:
        regions[-1].to_page_end = True
    return regions


def _pitch(rows: list[_Line], height: float) -> float:
    """The usual distance between two lines of text on the page."""
    steps = [b.cy - a.cy for a, b in zip(rows, rows[1:]) if 0.8 * height < b.cy - a.cy < 3 * height]
    return statistics.median(steps) if steps else 1.5 * height


def _line_step(lines: list[_Line], height: float) -> float | None:
    """The step from one line to the next inside a cell: the lower quartile of the steps between the table's lines
    (the steps between rows, wider by the cells' padding, are the rest); None for a table of a few lines."""
    steps = sorted(b.cy - a.cy for a, b in zip(lines, lines[1:]) if 0.8 * height < b.cy - a.cy < 3 * height)
    return steps[len(steps) // 4] if len(steps) >= 4 else None


def _text(line: _Line) -> str:
    return " ".join(w.text for w in line.words)


def _same(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def _grow(rows: list[_Line], start: int, carried: Carry | None, height: float, pitch: float,
          ends: tuple[float, ...] = ()) -> Region | None:
    """The table whose first line is ``rows[start]``: its lines down to where it ends, then its columns."""
    members = [start]
    spanning: set[int] = set()   # lines of groups' titles
    maybe_title: dict[int, list[int]] = {}   # lines that may be titles → their wrapped lines
    number_edge = None           # right edge of the row numbers seen (the number column)
    if _number(rows[start].words[0]):
        number_edge = rows[start].words[0].right
    elif carried is not None and carried.bounds:
        number_edge = carried.bounds[0] - MIN_GUTTER * height  # the number column of the page before
    titling = False              # the lines of a group's title (a merged cell, which may cross the gutters)
    marks = list(carried.marks) if carried is not None else []  # the groups' markers so far, pages before included
    if _marker(rows[start].words, height):
        marks.append(rows[start].words[0].text)
    left = min(w.left for w in rows[start].words)
    right = max(w.right for w in rows[start].words)
    k = start + 1
    while k < len(rows):
        line = rows[k]
        if line.top - rows[members[-1]].bottom > TABLE_BREAK * pitch:
            break                # a blank band
        if any(rows[members[-1]].cy < end < line.cy for end in ends):
            break                # under the bottom rule of the table's frame
        first = line.words[0]
        in_numbers = number_edge is not None and first.left < number_edge + MIN_GUTTER * height
        if _number(first) and (number_edge is None or in_numbers or first.right < number_edge + height):
            number_edge = max(number_edge or first.right, first.right)
            titling = False
            if _ROMAN_MISREAD.match(first.text) and len(line.words) > 2 \
                    and len(_runs(line.words[1:], RUN_GAP * height)) == 1:
                maybe_title[k] = []  # "1." may be "I." misread: a group's title if its words cross the gutters
                titling = True       # (its wrapped lines, if it is one, go with it)
        elif _marker(line.words, height) and not _next_group(marks, line.words[0].text) \
                and (not in_numbers or not _same_kind(marks[-1], line.words[0].text)):
            break                # a marker out of the table's run of groups ("III. TỔ CHỨC …" after the groups A, B,
                                 # or indented after I, II): a heading of the document under the table (a Roman
                                 # numeral after Roman ones in the number column stays a group: OCR may misread one)
        elif _marker(line.words, height) and (number_edge is None or in_numbers):
            titling = True       # a group's title, across the columns
            marks.append(line.words[0].text)
        elif in_numbers and _lone_mark(line, height):
            titling = False      # a row number OCR misread: the row is a row all the same
        elif titling and (line.cy - rows[members[-1]].cy < ROW_BREAK * pitch):
            pass                 # the group's title goes on
        elif in_numbers:
            break                # prose or a heading starts in the number column: the table ended
        else:
            titling = False
            longest = max(run[-1].right - run[0].left for run in _runs(line.words, RUN_GAP * height))
            if longest > 0.75 * (max(right, line.words[-1].right) - min(left, first.left)):
                break            # a line of prose across the page
        if titling and k not in maybe_title:
            if maybe_title and any(m in members for m in maybe_title) and max(maybe_title) not in spanning:
                maybe_title[max(maybe_title)].append(k)
            spanning.add(k)
        left, right = min(left, first.left), max(right, line.words[-1].right)
        members.append(k)
        k += 1
    lines = [rows[m] for m in members]
    plain = [rows[m] for m in members if m not in spanning and m not in maybe_title]
    if len(lines) < 2 or not plain:
        return None
    gutters = _gutters(plain, MIN_GUTTER * height)
    for m, wrapped in maybe_title.items():
        run = rows[m].words[1:]
        if any(run[0].left < a and run[-1].right > b for a, b in gutters):
            # one run of words across the columns after "1.", "11": a group's title, its Roman numeral misread
            mark = rows[m].words[0]
            mark.text = mark.text.translate(_AS_ROMAN)
        else:
            spanning.difference_update(wrapped)
    header_size = None           # the lines above the first row number
    if carried is not None:
        header_size = len(carried.header) if carried.header and _same(_text(lines[0]), carried.header[0]) else 0
    if header_size is None:
        header_size = next((k for k, line in enumerate(lines) if _number(line.words[0]) or _marker(line.words, height)),
                           len(lines))
        # where rows stand apart (padding, a rule) the first row may start above its number (centred in its cell):
        # the header ends at the last break between bands before that number
        table_pitch = _line_step(lines, height) or pitch
        breaks = [k for k in range(1, min(header_size, len(lines) - 1) + 1)
                  if lines[k].cy - lines[k - 1].cy > ROW_BREAK * table_pitch]
        if header_size < len(lines) and breaks:
            header_size = breaks[-1]
    header = lines[:header_size]
    if header:  # a band with no header word above it is a wide space inside the column on its left
        starts = [w.left for line in header for w in line.words]
        gutters = [g for n, g in enumerate(gutters)
                   if any(g[1] <= x < (gutters[n + 1][0] if n + 1 < len(gutters) else float("inf")) for x in starts)]
    bounds = [(a + b) / 2 for a, b in gutters]
    if carried is not None and not header and len(bounds) != len(carried.bounds) and bounds:
        # a column empty on this page: the columns of the page before, moved as this page lies
        shift = statistics.median(b - min(carried.bounds, key=lambda c: abs(c - b)) for b in bounds)
        bounds = [c + shift for c in carried.bounds]
    if len(bounds) < 2:
        return None
    cells, words = _cells(lines, bounds, _line_step(lines, height) or pitch, height, len(header))
    return Region(lines[0].index, lines[-1].index, cells, words, bounds,
                  header=[_text(line) for line in header] or (carried.header if carried else []), marks=marks,
                  headed=bool(header))


def _column(word: Word, bounds: list[float]) -> int:
    return sum(word.cx > x for x in bounds)


def _cells(lines: list[_Line], bounds: list[float], pitch: float, height: float,
           header_size: int) -> tuple[list[list[str]], list[list[Word]]]:
    """Rows of cells from the table's lines: the header (its first ``header_size`` lines, one row), then the rows,
    apart or from number to number."""
    ncols = len(bounds) + 1

    numbered = any(_number(line.words[0]) and _column(line.words[0], bounds) == 0 for line in lines[header_size:])

    def kind(line: _Line) -> str | None:
        first = line.words[0]
        if _column(first, bounds) != 0:
            return None
        if _number(first):
            return "number"
        if _marker(line.words, height):
            return "group"
        if numbered and _lone_mark(line, height):
            return "number"  # a row number OCR misread
        return None

    kinds = [kind(line) for line in lines]
    header, rest, kinds = lines[:header_size], lines[header_size:], kinds[header_size:]
    # bands: lines parted by a blank wider than a line's pitch (cell padding, a rule between rows)
    bands: list[list[int]] = []
    for k, line in enumerate(rest):
        if not bands or line.cy - rest[k - 1].cy > ROW_BREAK * pitch:
            bands.append([])
        bands[-1].append(k)
    marked = [sum(1 for k in band if kinds[k]) for band in bands]
    apart = len(bands) >= 2 and all(n <= 1 for n in marked) and sum(1 for n in marked if n) >= 2
    groups: list[list[int]] = []
    if apart:
        groups = bands
    else:
        for k, found in enumerate(kinds):
            if found or not groups:
                groups.append([])
            groups[-1].append(k)
    out: list[list[str]] = []
    out_words: list[list[Word]] = []
    if header:
        words = [w for line in header for w in line.words]
        out.append(_join(words, bounds, ncols, height))
        out_words.append(words)
    for group in groups:
        words = [w for k in group for w in rest[k].words]
        opener = next((rest[k] for k in group if kinds[k] == "group"), None)
        if opener is not None and not any(kinds[k] == "number" for k in group):
            marker = opener.words[0]
            cells = [marker.text, _reading([w for w in words if w is not marker], height)] + [""] * (ncols - 2)
        else:
            cells = _join(words, bounds, ncols, height)
        out.append(cells)
        out_words.append(words)
    return out, out_words


def _join(words: list[Word], bounds: list[float], ncols: int, height: float) -> list[str]:
    by_column: list[list[Word]] = [[] for _ in range(ncols)]
    for w in words:
        by_column[_column(w, bounds)].append(w)
    return [_reading(ws, height) for ws in by_column]


def _reading(words: list[Word], height: float) -> str:
    """Words of one cell in reading order: line by line (their middles within half a word height), left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.cy):
        if lines and w.cy - statistics.mean(x.cy for x in lines[-1]) <= 0.5 * height:
            lines[-1].append(w)
        else:
            lines.append([w])
    return " ".join(w.text for line in lines for w in sorted(line, key=lambda w: w.left))
