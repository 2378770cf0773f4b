"""A text PDF's pages as text: lines and tables from the boxes of the words of its text layer.

A PDF's text layer is glyphs placed on the page, in no reading order a table keeps: a text extractor that
reads line by line interleaves the cells of a table row whose cells wrap side by side ("Rà soát tàu cá, …
vùng Sở Nông nghiệp Bộ Chỉ huy …" / "khơi, vùng lộng; … và Môi trường phòng tỉnh; …").  A scanned page has
the same problem once OCR has read it, and ``scan_tables`` solves it from the words' boxes; a text PDF gives
those boxes exactly (pdfplumber's words), so its pages are read the same way:

* the words are put into lines as they lie on the page (``ocr._regroup``: a word joins a line its height
  overlaps by half), each line left to right;
* a word drawn where the page clips it away is no text (Chromium paints the top of a tall capital of a
  page's first line — "Ủ" — at the foot of the page before, clipped by the page's content area): a glyph
  whose box lies mostly outside the clip path it is drawn in is dropped;
* the page number alone on the top line of a page (Nghị định 30/2020: centred in the top margin from the
  second page: "2", "- 2 -") or on its bottom line, centred, is layout, not text, and is dropped;
* tables are found and read by ``scan_tables`` (columns from the gutters between the words, all the way
  down; a header row — repeated on a later page, which the table readers skip —; group rows across the
  columns; cells wrapped over several lines joined into one) and written one row a line, cells
  tab-separated, the form of a .docx table, between blank lines; a table that runs to the foot of a page
  goes on on the next page of the same size with the same columns;
* a cell merged over several rows of a ruled table (a lead shared by the rows under it) — no rule across its
  column between those rows, where the number column has one — is read by each row it covers, as a .docx's
  merged cell is;
* two columns set side by side outside a table (the header: the issuer beside the motto; the signature:
  "Nơi nhận" and its list beside the signer) are written column by column, as ``pdftotext`` writes them:
  the left column's lines, then the right column's — the signer's title is not cut by a recipient's
  wrapped line;
* elsewhere a gap between two words wider than one and a half word heights (the two halves of a header or of a
  signature block set side by side) is written as a tab, as in the OCR text and in text typed on tab
  stops — but a justified line is prose, however wide its spaces: one whose three or more gaps are all alike
  (justification shares the spare width evenly), or one flush right with the line above or below it.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from . import scan_tables
from .ocr import _regroup

#: a page number as printed in a page's margin: "2", "- 2 -", "Trang 2", "Trang 2/4"
PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
#: a gap between two words of a line wider than this many word heights is a column gap (a text layer's word height
#: is the font size, a third more than the ink Tesseract boxes, against whose boxes ``ocr.COLUMN_GAP`` is measured)
COLUMN_GAP = 1.5
#: two lines whose right ends are this close (points) are flush right: lines of one justified paragraph
FLUSH = 1.5
#: rules closer than this (points) touch; a page drawing more edges than MAX_EDGES is a drawing, not ruled tables
TOUCH = 1.5
MAX_EDGES = 5000
#: a rule is longer than this (points): the short sides of a thin rectangle drawn as an underline are no rules
MIN_RULE = 3.0
#: a glyph drawn with less than this share of its box inside its clip path is not seen on the page
VISIBLE = 0.5


def page_texts(pdf) -> list[str]:
    """The text of each page of an open ``pdfplumber`` document."""
    hidden = _clipped_boxes(pdf)
    pages = []
    for number, page in enumerate(pdf.pages):
        boxes = hidden[number] if number < len(hidden) and page.rotation == 0 and not any(page.mediabox[:2]) else []
        if boxes:
            page = page.filter(lambda obj, boxes=boxes: obj.get("object_type") != "char"
                               or not any(_covers(box, obj) for box in boxes))
        words = [scan_tables.Word(w["x0"], w["top"], w["x1"], w["bottom"], _marked(w), 100)
                 for w in page.extract_words(use_text_flow=False, keep_blank_chars=False, return_chars=True)]
        pages.append((page, words))
    kept = _without_sidebar([words for _, words in pages])
    out: list[str] = []
    carry: scan_tables.Carry | None = None
    size = None
    for number, ((page, _), words) in enumerate(zip(pages, kept)):
        if (page.width, page.height) != size:
            carry = None  # a table goes on only on a page of the same size (a portrait page after landscape ones)
        size = (page.width, page.height)
        text, carry = _page(words, float(page.width), carry, _frame_bottoms(page), number + 1, _rules(page))
        out.append(text)
    return _without_running_lines(out)


#: the fewest words a sidebar holds on a page, and the fewest lines
SIDEBAR_WORDS = 8
SIDEBAR_LINES = 3


def _without_sidebar(pages: list[list[scan_tables.Word]]) -> list[list[scan_tables.Word]]:
    """The pages' words without a sidebar: a block of words printed at the same place on most pages (at least two),
    beside the text with a gutter between (a letterhead's column of addresses and contacts down the left or right
    of every page, as a company's template prints it); a line from it would be read into the text's lines beside it.
    A header row or a line repeated across the page is no sidebar: nothing of the page's own text lies beside it."""
    def key(word: scan_tables.Word) -> tuple:
        return word.text, round(word.left / 2), round(word.top / 2)

    if len(pages) < 2:
        return pages
    seen = Counter(k for words in pages for k in {key(w) for w in words})
    least = max(2, 0.6 * len(pages))
    out = []
    for words in pages:
        common = [seen[key(w)] >= least for w in words]  # each word's key read once
        repeated = [w for w, c in zip(words, common) if c]
        if len(repeated) < SIDEBAR_WORDS or len({round(w.top) for w in repeated}) < SIDEBAR_LINES:
            out.append(words)
            continue
        own = [w for w, c in zip(words, common) if not c]
        top, bottom = min(w.top for w in repeated), max(w.bottom for w in repeated)
        beside = [w for w in own if w.bottom > top and w.top < bottom]
        left_band = beside and max(w.right for w in repeated) < min(w.left for w in beside)
        right_band = beside and min(w.left for w in repeated) > max(w.right for w in beside)
        out.append(own if left_band or right_band else words)
    return out


#: the fewest pages a line must recur on, at the same end of each, to be a running header or footer
RUNNING_PAGES = 3


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running header and footer: a top or bottom line that recurs, its numbers aside, on
    most pages (at least ``RUNNING_PAGES``), as a word processor or a slide deck prints the issuer, the document's
    number and "1/8", "Trang 2" in every page's margin; not the document's text, which no two pages repeat there."""
    def masked(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    lines = [page.split("\n") for page in pages]
    for end in (0, -1):
        seen = Counter(masked(page[end]) for page in lines if page and page[end].strip())
        common = max(seen, key=lambda m: (seen[m], m)) if seen else ""
        if seen.total() < RUNNING_PAGES or seen[common] < max(RUNNING_PAGES, 0.6 * len(pages)) or len(common) < 12:
            continue
        lines = [page[1:] if end == 0 and page and masked(page[0]) == common else
                 page[:-1] if end == -1 and page and masked(page[-1]) == common else page for page in lines]
    return ["\n".join(page) for page in lines]


def _page(words: list[scan_tables.Word], width: float, carried: "scan_tables.Carry | None",
          ends: tuple[float, ...] = (), ordinal: int | None = None,
          rules: list[tuple[float, float, float]] | None = None) -> tuple[str, "scan_tables.Carry | None"]:
    if not words:
        return "", None
    _, lines = _regroup([0], [words])
    lines = _without_page_number(lines, width, ordinal)
    if not lines:
        return "", None
    height = statistics.median(w.bottom - w.top for line in lines for w in line)
    lines, notes = _footnotes(lines, height)
    lines = [[_joined(line)] if _spread(line, height) else line for line in lines]
    regions = scan_tables.find(lines, height, carried, ends)
    for region in regions:
        _merged_down(region, rules or [], height)
    text = _write(lines, regions, height)
    return "\n".join([text, *notes]) if notes else text, \
        (regions[-1].carry() if regions and regions[-1].to_page_end else None)


#: a footnote's mark raised after a word is set this much smaller than the page's text, its notes at the page's foot
#: smaller than the text too
MARK_SIZE = 0.8
NOTE_SIZE = 0.9
#: a footnote's mark as ``_marked`` writes it
_MARK = re.compile(r"<sup>(\d{1,2})</sup>")


def _marked(word: dict) -> str:
    """A word's text with a footnote's mark glued to it written "<sup>1</sup>" ("tổng hợp¹," → "tổng
    hợp<sup>1</sup>,"): one or two digits after a letter, set smaller than it (``MARK_SIZE``) and raised above its
    foot. The word's own text otherwise (not its letters' sizes: a letter drawn from a fallback font is the word's)."""
    chars = word.get("chars") or []
    if len(chars) < 2 or not any(c["text"].isdigit() for c in chars[1:]):
        return word["text"]
    for k in range(1, len(chars)):
        end = k
        while end < len(chars) and end - k < 2 and chars[end]["text"].isdigit():
            end += 1
        before = chars[k - 1]
        if end == k or not before["text"].isalpha() or (end < len(chars) and chars[end]["text"].isdigit()):
            continue
        if all(c["size"] < MARK_SIZE * before["size"] and c["bottom"] < before["bottom"] - 0.15 * before["size"]
               for c in chars[k:end]):
            printed = [c["text"] for c in chars]
            return "".join(printed[:k]) + f"<sup>{''.join(printed[k:end])}</sup>" + "".join(printed[end:])
    return word["text"]


def _footnotes(lines: list[list[scan_tables.Word]], height: float) -> tuple[list[list[scan_tables.Word]], list[str]]:
    """The page's lines with its footnotes set apart, and the notes, one line each as Markdown writes them ("[^1]: Báo
    cáo số 417/BC-BCH …"), which the reader of the text leaves out (the sentence they interrupt reads on). The marks
    are the words' (``_marked``: "tổng hợp<sup>1</sup>", no text of the sentence). The notes are the lines at the
    page's foot all set smaller than the page's text, from the first that opens with a number marked on the page and
    raised as a mark is (a table's row number is not); each note from its number, its wrapped lines joined. A mark
    no note on the page explains is printed as it was ("300 m<sup>2</sup>" is 300 m2), and a page without marks has
    no notes (a small table at its foot stays)."""
    marks = {mark for line in lines for word in line if "<sup>" in word.text for mark in _MARK.findall(word.text)}
    foot = len(lines)
    while marks and foot > 0 and all(w.bottom - w.top < NOTE_SIZE * height for w in lines[foot - 1]):
        foot -= 1

    def opens_note(line: list[scan_tables.Word]) -> bool:  # its number marked on the page, set raised as the mark is
        if len(line) < 2 or line[0].text not in marks:
            return False
        number, word = line[0], line[1]
        return number.bottom - number.top < NOTE_SIZE * (word.bottom - word.top) \
            and number.bottom < word.bottom - 0.1 * (word.bottom - word.top)

    first = next((k for k in range(foot, len(lines)) if opens_note(lines[k])), len(lines))
    notes: list[list[str]] = []
    noted: set[str] = set()  # the marks whose notes are on the page
    for line in lines[first:]:
        if opens_note(line):
            notes.append([f"[^{line[0].text}]:", *(w.text for w in line[1:])])
            noted.add(line[0].text)
        else:
            notes[-1] += [w.text for w in line]
    for word in (w for line in lines[:first] for w in line if "<sup>" in w.text):
        word.text = _MARK.sub(lambda m: m.group() if m.group(1) in noted else m.group(1), word.text)
    return lines[:first], [" ".join(note) for note in notes]


def _write(lines: list[list[scan_tables.Word]], regions: list["scan_tables.Region"], height: float) -> str:
    starts = {region.first: region for region in regions}
    inside = {k for region in regions for k in range(region.first, region.last + 1)}
    # a line flush right with the line above or below is a justified paragraph's: its wide gaps are spaces
    flush = {index for index, words in enumerate(lines) if index not in inside
             and any(abs(words[-1].right - lines[k][-1].right) <= FLUSH for k in (index - 1, index + 1)
                     if 0 <= k < len(lines) and k not in inside)}
    blocks = _side_by_side(lines, inside | flush, height)
    in_blocks = {k for block in blocks.values() for k in block[0]}
    out: list[str] = []
    for index, words in enumerate(lines):
        if index in starts:
            if out and out[-1]:
                out.append("")
            out += ["\t".join(cells) for cells in starts[index].rows]
            out.append("")
            continue
        if index in blocks:
            out += blocks[index][1]
            continue
        if index in inside or index in in_blocks:
            continue
        parts: list[str] = []
        for before, word in zip([None, *words], words):
            if before is not None:
                parts.append("\t" if word.left - before.right > COLUMN_GAP * height and index not in flush else " ")
            parts.append(word.text)
        out.append("".join(parts))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _side_by_side(lines: list[list[scan_tables.Word]], skip: set[int],
                  height: float) -> dict[int, tuple[list[int], list[str]]]:
    """Two columns set side by side outside tables (Nghị định 30/2020's header: the issuer beside the motto; its
    signature: "Nơi nhận" beside the signer), by first line: the lines they cover and their text as ``pdftotext``
    writes such a block, the left column's lines, then the right column's. A block starts at a line split in two
    by one column gap and goes down the lines that keep to one side of the gap or are split by it, each no farther
    than a line and a half below the one before; it holds two split lines at least."""
    steps = [b[0].top - a[0].top for a, b in zip(lines, lines[1:]) if 0.8 * height < b[0].top - a[0].top < 3 * height]
    pitch = statistics.median(steps) if steps else 1.5 * height

    def split(k: int) -> tuple[list, list] | None:
        words = lines[k]
        cuts = [n for n in range(1, len(words)) if words[n].left - words[n - 1].right > COLUMN_GAP * height]
        return (words[:cuts[0]], words[cuts[0]:]) if len(cuts) == 1 and k not in skip else None

    blocks: dict[int, tuple[list[int], list[str]]] = {}
    k = 0
    while k < len(lines):
        first = split(k)
        if first is None:
            k += 1
            continue
        a, b = first[0][-1].right, first[1][0].left   # the gutter between the columns
        members = [k]
        rows = [(first[0], first[1])]  # each member line's halves as they lie: (left, right), None for a side it misses
        for n in range(k + 1, len(lines)):
            words = lines[n]
            if n in skip or words[0].top - lines[members[-1]][0].top > 1.5 * pitch:
                break
            halves = split(n)
            if halves is not None and halves[0][-1].right < b and halves[1][0].left > a:
                rows.append(halves)
                a, b = max(a, halves[0][-1].right), min(b, halves[1][0].left)
            elif words[-1].right < b:
                rows.append((words, None))
                a = max(a, words[-1].right)
            elif words[0].left > a:
                rows.append((None, words))
                b = min(b, words[0].left)
            else:
                break
            members.append(n)
        split_rows = [(left, right) for left, right in rows if left and right]
        if len(split_rows) >= 2 and all(_LABEL.fullmatch(" ".join(w.text for w in left)) for left, _ in split_rows):
            # a form's labels in a column of their own, each beside its value ("GỬI:" | "Ban Nguồn hàng", "Chủ trì:" |
            # "Phòng Kinh tế", "Thời hạn:" | "30/9/2026"), a value maybe wrapped under its label: each label with its
            # value on its line, as the form reads
            blocks[k] = (members, [" ".join(w.text for half in row if half for w in half) for row in rows])
            k = members[-1] + 1
        elif len(split_rows) >= 2:  # the left column's lines, then the right column's
            blocks[k] = (members, [" ".join(w.text for w in words)
                                   for side in (0, 1) for words in (row[side] for row in rows) if words])
            k = members[-1] + 1
        else:
            k += 1
    return blocks


#: a form's field label: a few words and its colon ("Chủ trì:", "ĐỒNG GỬI:", "Hạn báo kết quả:"), no value after it
_LABEL = re.compile(r"[^\W\d_][^\W\d_/.-]*(?:\s+[^\W\d_/.-]+){0,4}\s*:")


def _spread(line: list[scan_tables.Word], height: float) -> bool:
    """A justified line spread wide: three gaps or more, all wide and all alike (justification shares the line's
    spare width evenly between its spaces), where a table's row has spaces inside its cells and wider gutters."""
    gaps = [b.left - a.right for a, b in zip(line, line[1:])]
    return len(gaps) >= 3 and min(gaps) > scan_tables.RUN_GAP * height and max(gaps) <= 1.25 * min(gaps) + 1


def _joined(line: list[scan_tables.Word]) -> scan_tables.Word:
    """The words of a line as one run of text (a justified line is no row of a table)."""
    return scan_tables.Word(line[0].left, min(w.top for w in line), line[-1].right, max(w.bottom for w in line),
                            " ".join(w.text for w in line), 100)


def _rules(page) -> list[tuple[float, float, float]]:
    """The horizontal rules the page draws (cells' borders, as lines or the long sides of thin rectangles): (left,
    right, y)."""
    edges = page.edges
    if len(edges) > MAX_EDGES:
        return []
    return [(e["x0"], e["x1"], (e["top"] + e["bottom"]) / 2) for e in edges
            if e["orientation"] == "h" and e["x1"] - e["x0"] > MIN_RULE]


def _merged_down(region: "scan_tables.Region", rules: list[tuple[float, float, float]], height: float) -> None:
    """A cell merged over several rows (a lead or a time shared by the rows under it, ``rowspan``): a ruled table
    draws no rule across that column between those rows, where it draws one across the number column. Each row it
    covers reads its text, as a .docx's merged cell is read (``extract``): its one printed text, wherever it stands in
    the cell (at the top, or centred across the rows' bands, its lines cut between two rows). Rows apart without a
    rule (a table without rules) are left as printed."""
    rows, words = region.rows, region.row_words
    first = 1 if region.headed else 0
    if len(rows) - first < 2 or not rules:
        return
    bounds = region.bounds
    right = max((w.right for ws in words for w in ws), default=bounds[-1] + 4 * height)

    def ruled(y0: float, y1: float, x: float) -> bool:
        return any(y0 < y < y1 and a - TOUCH <= x <= b + TOUCH for a, b, y in rules)

    tops = [min((w.top for w in ws), default=None) for ws in words]
    number_x = bounds[0] - 2 * TOUCH  # inside the number column, left of its gutter
    for column in range(1, len(bounds) + 1):
        left = bounds[column - 1]
        x = (left + (bounds[column] if column < len(bounds) else max(right, left + 2 * height))) / 2
        run = [first]
        for k in range(first + 1, len(rows) + 1):
            if k < len(rows):
                y0, y1 = tops[k - 1], tops[k]
                apart = y0 is None or y1 is None or ruled(y0, y1, x) or not ruled(y0, y1, number_x)
                if not apart:
                    run.append(k)
                    continue
            printed = [rows[j][column] for j in run if column < len(rows[j]) and rows[j][column]]
            if len(run) > 1 and printed and all(column < len(rows[j]) for j in run):
                for j in run:  # its lines, which the rows' bands may have cut apart ("Liên minh Hợp" / "tác xã tỉnh")
                    rows[j][column] = " ".join(printed)
            run = [k]


def _frame_bottoms(page) -> tuple[float, ...]:
    """The bottoms of the ruled frames the page draws: sets of touching rules (cells' borders, drawn as lines or
    thin rectangles) with two horizontal and two vertical ones at least — a table's grid, not an underline."""
    edges = [(e["x0"], e["top"], e["x1"], e["bottom"], e["orientation"]) for e in page.edges
             if max(e["x1"] - e["x0"], e["bottom"] - e["top"]) > MIN_RULE]  # not the ends of an underline
    if not edges or len(edges) > MAX_EDGES:
        return ()
    parent = list(range(len(edges)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    order = sorted(range(len(edges)), key=lambda k: edges[k][1])
    for n, a in enumerate(order):  # a sweep down the page: only edges reaching each other's height can touch
        for b in order[n + 1:]:
            if edges[b][1] > edges[a][3] + TOUCH:
                break
            if edges[b][0] <= edges[a][2] + TOUCH and edges[a][0] <= edges[b][2] + TOUCH:
                parent[root(a)] = root(b)
    frames: dict[int, list] = {}
    for k, edge in enumerate(edges):
        frames.setdefault(root(k), []).append(edge)
    return tuple(sorted(max(e[3] for e in group) for group in frames.values()
                        if sum(e[4] == "h" for e in group) >= 2 and sum(e[4] == "v" for e in group) >= 2))


def _without_page_number(lines: list[list[scan_tables.Word]], width: float,
                         ordinal: int | None = None) -> list[list[scan_tables.Word]]:
    """The page's lines without a page number printed alone on its top or its bottom line: centred, or in a corner
    when it is the page's own number (a word processor's footer "1", "2" … at the right margin)."""

    def number(line: list[scan_tables.Word]) -> bool:
        printed = " ".join(w.text for w in line)
        if not PAGE_NUMBER.match(printed):
            return False
        middle = (line[0].left + line[-1].right) / 2
        if abs(middle - width / 2) < 0.1 * width:
            return True
        own = re.search(r"\d+", printed)
        corner = middle < 0.25 * width or middle > 0.75 * width
        return corner and ordinal is not None and own is not None and int(own.group()) == ordinal

    if lines and number(lines[0]):
        lines = lines[1:]
    if len(lines) > 1 and number(lines[-1]):
        lines = lines[:-1]
    return lines


def _clipped_boxes(pdf) -> list[list[tuple[float, float, float, float]]]:
    """For each page, the boxes (left, top, right, bottom; top-down page coordinates) of the text drawn mostly
    outside its clip path: glyphs the page does not show. Read with pdfium (``pypdfium2``, which pdfplumber
    installs); none where it cannot be read."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - a dependency of pdfplumber
        return []
    stream = pdf.stream
    at = stream.tell()
    try:
        stream.seek(0)
        data = stream.read()  # pdfium's own copy: pdfminer goes on reading the file where it left it
    finally:
        stream.seek(at)
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # pdfium refuses what pdfminer read: nothing is known hidden
        return []
    out: list[list[tuple[float, float, float, float]]] = []
    try:
        for page in document:
            height = page.get_height()
            boxes = []
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,)):
                clip = _clip_box(raw, obj)
                if clip is None:
                    continue
                left, bottom, right, top = obj.get_bounds()
                area = max(right - left, 0.0) * max(top - bottom, 0.0)
                seen = max(min(right, clip[2]) - max(left, clip[0]), 0.0) * max(min(top, clip[3]) - max(bottom, clip[1]), 0.0)
                if area > 0 and seen < VISIBLE * area:
                    boxes.append((left, height - top, right, height - bottom))
            out.append(boxes)
    finally:
        document.close()
    return out


def _clip_box(raw, obj) -> tuple[float, float, float, float] | None:
    """The bounding box (left, bottom, right, top) of an object's clip path; None when it has none."""
    import ctypes

    clip = raw.FPDFPageObj_GetClipPath(obj.raw)
    if not clip:
        return None
    xs, ys = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(raw.FPDFClipPath_CountPaths(clip)):
        for n in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
            segment = raw.FPDFClipPath_GetPathSegment(clip, path, n)
            if segment and raw.FPDFPathSegment_GetPoint(segment, x, y):
                xs.append(x.value)
                ys.append(y.value)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _covers(box: tuple[float, float, float, float], char: dict) -> bool:
    """The middle of the glyph lies in the hidden box."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
