"""Scanned PDFs: page images → text with Tesseract's Vietnamese model.

Most plans on provincial portals are the signed, stamped original, scanned:
page images without a text layer.  Each page is rendered by Poppler's
``pdftoppm`` (300 dpi, grey) and read by ``tesseract -l vie`` in TSV mode,
which gives every word with its box and confidence.  From the boxes:

* words are put back into lines in reading order (Tesseract's block /
  paragraph / line numbers), paragraphs separated by a blank line;
* a gap between two words of a line much wider than a space (a column gap)
  becomes a tab, so a table on a scan reaches the same tab-separated table
  reader as a .docx or a text table;
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
    with tempfile.TemporaryDirectory(prefix="kehoach-ocr-") as tmp:
        for page in range(1, pages + 1):
            image = _render(path, page, Path(tmp))
            page_lines, page_doubts, page_tables = _read_page(image, page, first_line=len(lines) + 1)
            lines += page_lines
            doubts += page_doubts
            table_lines += page_tables
            image.unlink()
            if progress:
                width = 30
                filled = int(width * page / pages)
                sys.stderr.write(f"\rOCR [{'#' * filled}{' ' * (width - filled)}] trang {page}/{pages}")
                sys.stderr.write("\n" if page == pages else "")
                sys.stderr.flush()
    return OcrText("\n".join(lines), pages, doubts, time.perf_counter() - start, table_lines)


def _render(pdf: Path, page: int, folder: Path) -> Path:
    prefix = folder / f"p{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True, capture_output=True, timeout=600)
    return prefix.with_suffix(".png")


def _read_page(image: Path, page: int, first_line: int) -> tuple[list[str], list[Doubt], list[tuple[int, int]]]:
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
    return lines_from_tsv(tsv, page, first_line)


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
    from ..repair import is_syllable

    core = word.strip(".,;:!?()[]\"'“”‘’…-–")
    return (any(ord(ch) > 127 and ch.isalpha() for ch in core) and core.isalpha()
            and not is_syllable(core.lower()))


def lines_from_tsv(tsv: str, page: int = 1, first_line: int = 1) -> tuple[list[str], list[Doubt], list[tuple[int, int]]]:
    """Tesseract's TSV (one row per word with its box) → lines of text, the doubtful words, and the
    (page, line) of the lines that had a column gap (written as a tab: a table row)."""
    words: dict[tuple[int, int, int], list[tuple[int, int, int, str, int]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        block, par, line = int(cols[2]), int(cols[3]), int(cols[4])
        left, width, height = int(cols[6]), int(cols[8]), int(cols[9])
        conf = int(float(cols[10]))
        words.setdefault((block, par, line), []).append((left, width, height, cols[11].strip(), conf))
    if not words:
        return [], [], []
    heights = [h for line in words.values() for _, _, h, _, _ in line]
    gap_limit = COLUMN_GAP * statistics.median(heights)
    out: list[str] = []
    doubts: list[Doubt] = []
    tables: list[tuple[int, int]] = []
    previous_paragraph = None
    for key in sorted(words):
        if previous_paragraph is not None and key[:2] != previous_paragraph:
            out.append("")  # a new block or paragraph
        previous_paragraph = key[:2]
        parts: list[str] = []
        end = None
        gaps = 0
        for left, width, _, word, conf in sorted(words[key]):
            if end is not None:
                if left - end > gap_limit:
                    parts.append("\t")
                    gaps += 1
                else:
                    parts.append(" ")
            parts.append(word)
            end = left + width
            if 0 <= conf < LOW_CONFIDENCE:
                doubts.append(Doubt(page, first_line + len(out), word, conf))
            elif _broken_diacritics(word):
                doubts.append(Doubt(page, first_line + len(out), word, conf, "syllable"))
        if gaps:
            tables.append((page, first_line + len(out)))
        out.append("".join(parts))
    out.append("")
    return out, doubts, tables
