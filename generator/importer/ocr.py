"""Scanned PDFs: page images → text with Tesseract's Vietnamese model.

Most plans on provincial portals are the signed, stamped original, scanned:
page images without a text layer.  Each page is rendered by Poppler's
``pdftoppm`` (300 dpi, colour), cleaned (``clean``: the coloured ink of a seal
or a signature and a table's vertical rules taken off) and read by
``tesseract -l vie`` in TSV mode, which gives every word with its box and
confidence.  From the boxes:

* words are put back into lines in reading order (Tesseract's block /
  paragraph / line numbers), paragraphs separated by a blank line;
* a table (``scan_tables``: columns from the gutters between the words' boxes,
  rows from the row numbers and the bands between rows, carried over page
  breaks) is written one row a line, its cells tab-separated, so a scanned
  table reaches the same table reader as a .docx table; elsewhere a gap
  between two words much wider than a space becomes a tab;
* every word Tesseract is unsure of (confidence below ``LOW_CONFIDENCE``) is
  kept with its page and its line in the output, for the reviewer to check
  against the scan first.

Nothing here guesses: the text is what Tesseract read; doubts are listed.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import scan_tables

#: What to install where OCR is missing (Debian packages; ``.ci/run`` installs them).
PACKAGES = "tesseract-ocr tesseract-ocr-vie poppler-utils"
LOW_CONFIDENCE = 60
DPI = 300
#: A gap wider than this many median word heights between two words of a line is a column gap.
COLUMN_GAP = 2.0


class OcrUnavailable(Exception):
    """OCR is needed but the tools are not installed: the message says what to install."""


@dataclass
class Doubt:
    page: int
    line: int          # 1-based line of the OCR text
    word: str
    confidence: int
    why: str = "low"   # "low": Tesseract unsure; "syllable": diacritics that make no Vietnamese syllable


@dataclass
class OcrText:
    text: str
    pages: int
    doubts: list[Doubt] = field(default_factory=list)
    seconds: float = 0.0
    table_lines: list[tuple[int, int]] = field(default_factory=list)  # (page, line) with a column gap


def missing() -> str | None:
    """None when OCR can run here; else what is missing, in words for the user."""
    absent = [tool for tool in ("tesseract", "pdftoppm") if shutil.which(tool) is None]
    if absent:
        return ", ".join(absent)
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "tesseract"
    if "vie" not in langs.split():
        return "tesseract-ocr-vie"
    return None


def read_pdf(path: Path, pages: int, progress: bool = False) -> OcrText:
    what = missing()
    if what is not None:
        from ..labels import message

        raise OcrUnavailable(f"{path}: " + message("imp_no_ocr", missing=what, packages=PACKAGES))
    start = time.perf_counter()
    lines: list[str] = []
    doubts: list[Doubt] = []
    table_lines: list[tuple[int, int]] = []
    carry = None
    with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp:
        for page in range(1, pages + 1):
            image = _render(path, page, Path(tmp))
            read = _read_page(image, page, first_line=len(lines) + 1, carried=carry)
            lines += read.lines
            doubts += read.doubts
            table_lines += read.tables
            carry = read.carry
            image.unlink()
            if progress:
                width = 30
                filled = int(width * page / pages)
                sys.stderr.write(f"\rOCR [{'#' * filled}{' ' * (width - filled)}] trang {page}/{pages}")
                sys.stderr.write("\n" if page == pages else "")
                sys.stderr.flush()
    return OcrText("\n".join(lines), pages, doubts, time.perf_counter() - start, table_lines)


def _render(pdf: Path, page: int, folder: Path) -> Path:
    """The page at ``DPI`` in colour (a stamp is told from the text by its colour), cleaned for OCR (``clean``)."""
    from PIL import Image

    prefix = folder / f"p{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(prefix)], check=True, capture_output=True, timeout=600)
    rendered = prefix.with_suffix(".ppm")
    with Image.open(rendered) as image:
        cleaned = clean(image)
    rendered.unlink()
    out = prefix.with_suffix(".pgm")
    cleaned.save(out)
    return out


def clean(image):
    """A page image made ready for Tesseract, which binarises what it is given and reads every dark mark:

    * colour dropout: a stamp or a signature in coloured ink (red, blue) over the text becomes white where
      it lies on paper — light, saturated pixels — while text, black or grey, and text under the ink (dark)
      stay; the standard first step for stamped forms, which Tesseract does not do itself;
    * table rules: the vertical lines of a ruled table (dark runs down the page longer than two lines of
      text) become white, so they are not read as "|" or "l" beside the cells' words.

    Returns a greyscale image."""
    from PIL import ImageChops, ImageFilter

    rgb = image.convert("RGB")
    _, saturation, value = rgb.convert("HSV").split()
    ink = ImageChops.multiply(saturation.point(lambda v: 255 if v > 64 else 0),
                              value.point(lambda v: 255 if v > 150 else 0))
    grey = ImageChops.lighter(rgb.convert("L"), ink)
    reach = DPI // 5  # a rule is dark along 2 × reach + 1 pixels (0.4 inch); text strokes are far shorter
    dark = grey.point(lambda v: 255 if v < 128 else 0)
    rules = dark.filter(ImageFilter.BoxBlur((0, reach))).point(lambda v: 255 if v > 200 else 0)
    rules = rules.filter(ImageFilter.BoxBlur((2, reach))).point(lambda v: 255 if v else 0)  # to the rules' ends
    return ImageChops.lighter(grey, rules)


def _read_page(image: Path, page: int, first_line: int, carried=None) -> "PageText":
    # page segmentation 6 (one uniform block): rows of a table stay rows, with their column gaps;
    # automatic segmentation (3) cut the narrow "TT" column of a scanned table into noise
    tsv = _tesseract(image)
    if _mean_confidence(tsv) < 50:  # a page scanned sideways or upside down: turn it as OSD says, read again
        turn = _rotation(image)
        if turn:
            from PIL import Image

            with Image.open(image) as img:
                img.rotate(-turn, expand=True).save(image)
            tsv = _tesseract(image)
    return read_tsv(tsv, page, first_line, carried)


def _tesseract(image: Path) -> str:
    return subprocess.run(["tesseract", str(image), "-", "-l", "vie", "--psm", "6", "tsv"],
                          capture_output=True, text=True, timeout=600, check=True).stdout


def _mean_confidence(tsv: str) -> float:
    confs = [float(c[10]) for c in (r.split("\t") for r in tsv.splitlines()[1:])
             if len(c) >= 12 and c[0] == "5" and c[11].strip() and float(c[10]) >= 0]
    return sum(confs) / len(confs) if confs else 0.0


def _rotation(image: Path) -> int:
    """Degrees clockwise that turn the page upright, by Tesseract's orientation detection (0 if unsure)."""
    result = subprocess.run(["tesseract", str(image), "-", "--psm", "0"], capture_output=True, text=True, timeout=600)
    found = re.search(r"Rotate:\s*(\d+)", result.stdout + result.stderr)
    return int(found.group(1)) % 360 if found else 0


def _broken_diacritics(word: str) -> bool:
    """A word with Vietnamese marks that is no Vietnamese syllable ("thưộc", "truàg"): OCR
    misread a mark. Words without marks (HTX, KH-UBND, numbers) are not judged."""
    from .repair import is_syllable

    core = word.strip(".,;:!?()[]\"'“”‘’…-–")
    return (any(ord(ch) > 127 and ch.isalpha() for ch in core) and core.isalpha()
            and not is_syllable(core.lower()))


_VOWEL_START = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                          re.IGNORECASE)


def _spaced(text: str) -> str:
    """A word Tesseract ran together from two or three syllables over a narrow space ("Đầutư", "SởThông", "UBNDcác"):
    Vietnamese writes every syllable apart, so a word with marks that is no syllable, and reads as syllables (an
    acronym in capitals first, at most) in exactly one way, is those words. Anything else is left as read."""
    from .repair import is_syllable

    start = len(text) - len(text.lstrip("(“\"'"))
    end = len(text.rstrip(".,;:)”\"'"))
    core = text[start:end]
    if not (2 < len(core) <= 21 and core.isalpha() and any(ord(ch) > 127 for ch in core)) or is_syllable(core.lower()):
        return text

    def parses(rest: str, depth: int) -> list[list[str]]:
        # a syllable after the first starts with a consonant: between two vowels no space is lost but a mark misread
        if depth > 1 and _VOWEL_START.match(rest):
            return []
        found = [[rest]] if is_syllable(rest.lower()) else []
        if depth < 3:
            found += [[rest[:k]] + tail for k in range(1, len(rest)) if is_syllable(rest[:k].lower())
                      for tail in parses(rest[k:], depth + 1)]
        return found

    options = [p for p in parses(core, 1) if len(p) > 1]
    options = [p for p in options if len(p) == min(map(len, options))]  # the fewest syllables
    acronym = re.match(r"[A-ZĐ]{2,}(?=[a-zà-ỹđ])", core)
    if not options and acronym and len(rest := parses(core[acronym.end():], 2)) == 1:
        options = [[acronym.group()] + rest[0]]
    return text[:start] + " ".join(options[0]) + text[end:] if len(options) == 1 else text


_ROMAN_MIXED = re.compile(r"^(?=.*[lL|]|.*I.*1|.*1.*I)[Il1L|]{1,4}[.)]?$")
#: a numeral with V or X, which OCR may read in lower case (the letters differ only in size): "v.", "vI", "Xl."
_ROMAN_SMALL = re.compile(r"^(?=.*[vx])[IVXivxl1L|]{1,4}[.)]?$")


def _roman_heading(words: list["scan_tables.Word"]) -> None:
    """A heading in capitals numbered in Roman ("II. MỤC TIÊU") whose numeral OCR read as a mix of I, 1, l and L
    ("1L", "Il."), its V or X in lower case ("v.", "vI."), or without its full stop: the numeral written in
    capitals as it is, with its stop (Nghị định 30/2020's headings). Digits alone ("1.", "11") are left as read."""
    from .layout import ROMAN

    first = words[0].text if words else ""
    small = bool(_ROMAN_SMALL.match(first)) and bool(re.fullmatch(ROMAN + r"[.)]?", re.sub(r"[l1L|]", "I", first.upper())))
    if len(words) < 2 or not (_ROMAN_MIXED.match(first) or re.fullmatch(ROMAN, first) or small):
        return
    letters = [ch for w in words[1:] for ch in w.text if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters):
        words[0].text = re.sub(r"[l1L|]", "I", words[0].text.upper() if small else words[0].text)
        if re.fullmatch(ROMAN, words[0].text):
            words[0].text += "."  # the numeral's full stop, too small for OCR to keep ("II NHIỆM VỤ")


@dataclass
class PageText:
    lines: list[str]
    doubts: list[Doubt]
    tables: list[tuple[int, int]]              # (page, line) of the table rows and of lines with a column gap
    carry: "scan_tables.Carry | None" = None   # a table that runs to the foot of the page, for the next


#: marks no Vietnamese text has at a word's edge or alone: what is left of a rule or a speck ("2_", "|Rà", "`")
_SPECKS = "|_`~^"


def _regroup(keys: list, lines: list[list["scan_tables.Word"]]) -> tuple[list, list[list["scan_tables.Word"]]]:
    """Lines of words as they lie on the (levelled) page: Tesseract's lines, each split where it holds words of two
    heights (a narrow column's numbers it read down the page as one line), and lines at one height joined (the
    cells of one row of a table it read apart); top to bottom, each keeping the (block, paragraph, line) of its
    first word. A word belongs to a line when their heights overlap by half the smaller."""
    found: list[list] = []   # [top, bottom, key, words]
    for key, w in sorted(((key, w) for key, words in zip(keys, lines) for w in words), key=lambda kw: kw[1].cy):
        for line in reversed(found[-3:]):
            overlap = min(w.bottom, line[1]) - max(w.top, line[0])
            if overlap >= 0.5 * min(w.bottom - w.top, line[1] - line[0]):
                line[3].append(w)
                line[0] = statistics.median(x.top for x in line[3])
                line[1] = statistics.median(x.bottom for x in line[3])
                break
        else:
            found.append([w.top, w.bottom, key, [w]])
    found.sort(key=lambda line: (line[0] + line[1]) / 2)
    return [line[2] for line in found], [sorted(line[3], key=lambda w: w.left) for line in found]


#: a list item's marker in lower case: "a)", "đ)", "b."
_LOWER_MARKER = re.compile(r"^[a-zđ][.)]$")


def _goes_on(before: str, words: list["scan_tables.Word"]) -> bool:
    """The line continues the sentence of the line ``before`` although Tesseract started a new paragraph at it (a
    short line where a ragged-right print wrapped): it opens in lower case, is no list item ("a)"), and the line
    before ends in no full stop, colon or semicolon. A paragraph of a Vietnamese administrative text starts with a
    capital, a number or a marker."""
    first = words[0].text if words else ""
    return bool(before) and first[:1].islower() and not _LOWER_MARKER.match(first) \
        and not before.rstrip().endswith((".", ":", ";", "!", "?"))


def read_tsv(tsv: str, page: int = 1, first_line: int = 1, carried=None) -> PageText:
    """Tesseract's TSV (one row per word with its box) → lines of text, the doubtful words, the (page, line) of
    table rows, and what a table running to the foot of the page leaves for the next (``scan_tables``).

    Lines outside tables keep Tesseract's reading order, paragraphs apart by a blank line, a gap between two
    words much wider than a space written as a tab; each table is written one row a line, its cells tab-separated."""
    keyed: dict[tuple[int, int, int], list[scan_tables.Word]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if re.fullmatch(r"[|IVX]*\|[|IVX]*[.)]?", text):
            text = text.replace("|", "I")  # "|I." is "II." (a capital I read as a bar), no speck
        text = text.strip(_SPECKS)
        if not text or not any(ch.isalnum() for ch in text) and all(ch in _SPECKS + "'" for ch in text):
            continue
        if re.fullmatch(r"['‘’.,:;]+\d{1,3}[.)]?", text):
            text = text.lstrip("'‘’.,:;")  # a speck read into a row number ("'1")
        text = _spaced(text)
        left, top, width, height = (int(c) for c in cols[6:10])
        keyed.setdefault((int(cols[2]), int(cols[3]), int(cols[4])), []).append(
            scan_tables.Word(left, top, left + width, top + height, text, int(float(cols[10]))))
    if not keyed:
        return PageText([], [], [])
    height = statistics.median(w.bottom - w.top for words in keyed.values() for w in words)
    # a speck of dirt read as a mark (":" one pixel wide, "-" two pixels square): no letter or digit, smaller than a
    # letter; a dash or a bullet is kept where it is a fifth of a letter's height long or more
    keyed = {key: kept for key, words in keyed.items()
             if (kept := [w for w in words if any(ch.isalnum() for ch in w.text)
                          or any(ch in "-–—+•*" for ch in w.text) and max(w.right - w.left, w.bottom - w.top) >= 0.2 * height
                          or w.bottom - w.top >= 0.4 * height or w.right - w.left >= 0.4 * height])}
    if not keyed:
        return PageText([], [], [])
    keys, lines = _regroup(sorted(keyed), scan_tables.level([sorted(keyed[key], key=lambda w: w.left)
                                                             for key in sorted(keyed)]))
    regions = scan_tables.find(lines, height, carried)
    starts = {region.first: region for region in regions}
    inside = {k for region in regions for k in range(region.first, region.last + 1)}
    gap_limit = COLUMN_GAP * height
    out: list[str] = []
    doubts: list[Doubt] = []
    tables: list[tuple[int, int]] = []

    def judge(word: scan_tables.Word) -> None:
        if 0 <= word.conf < LOW_CONFIDENCE:
            doubts.append(Doubt(page, first_line + len(out), word.text, word.conf))
        elif _broken_diacritics(word.text):
            doubts.append(Doubt(page, first_line + len(out), word.text, word.conf, "syllable"))

    previous_paragraph = None
    for index, key in enumerate(keys):
        if index in starts:
            if out and out[-1]:
                out.append("")
            for cells, words in zip(starts[index].rows, starts[index].row_words):
                for word in words:
                    judge(word)
                tables.append((page, first_line + len(out)))
                out.append("\t".join(cells))
            out.append("")
            previous_paragraph = None
            continue
        if index in inside:
            continue
        if previous_paragraph is not None and key[:2] != previous_paragraph and not _goes_on(out[-1], lines[index]):
            out.append("")  # a new block or paragraph
        previous_paragraph = key[:2]
        _roman_heading(lines[index])
        parts: list[str] = []
        end = None
        gaps = 0
        for word in lines[index]:
            if end is not None:
                if word.left - end > gap_limit:
                    parts.append("\t")
                    gaps += 1
                else:
                    parts.append(" ")
            parts.append(word.text)
            end = word.right
            judge(word)
        if gaps:
            tables.append((page, first_line + len(out)))
        out.append("".join(parts))
    if not out or out[-1]:
        out.append("")
    last = regions[-1] if regions and regions[-1].to_page_end else None
    return PageText(out, doubts, tables, last.carry() if last else None)
