"""Make scanned-looking PDFs from known text, for the OCR tests and benchmarks/ocr.py.

Each page is an A4 image at ``dpi`` with the lines drawn in a Vietnamese-capable
serif font (DejaVu, Debian's fonts-dejavu-core), optionally rotated a little,
with speckle noise and a round red stamp over the text, like a signed original
put through a scanner; the PDF holds only the images (no text layer).

A run of tab-separated lines is a table, drawn the way a word processor prints
one: its first line the header, repeated at the top of each page the table goes
on; each cell's text wrapped within its column (11 pt); a row that does not fit
at the bottom of a page split across the page break (a word processor's
default); a row whose only filled cells are its first one or two (a group title,
"I. …" or "I" + title) merged across the columns on its right; with cell borders
(``ruled``) or without, and the row number at the top of its cell or centred
vertically (``centred``).
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


@dataclass
class _Page:
    ops: list = field(default_factory=list)    # ("text", x, y, text, font) | ("line", x0, y0, x1, y1)


class _Sheet:
    """Pages being filled top to bottom, and the text as drawn (one drawn line, or table row part, a line)."""

    def __init__(self, dpi: int):
        self.dpi = dpi
        self.width, self.height = int(8.27 * dpi), int(11.69 * dpi)
        self.margin = int(0.8 * dpi)
        self.pages: list[_Page] = []
        self.y = 0
        self.text: list[str] = []

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.margin

    @property
    def ops(self) -> list:
        return self.pages[-1].ops


def _layout(lines: list[str], dpi: int, ruled: bool, centred: bool) -> _Sheet:
    from PIL import ImageFont

    sheet = _Sheet(dpi)
    size = int(13 / 72 * dpi)  # 13 pt
    font = ImageFont.truetype(FONT, size)
    step = int(size * 1.5)
    per_line = _geometry(dpi)
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            _table(sheet, [line.split("\t") for line in lines[i:j]], ruled, centred)
            i = j
            continue
        for wrapped in textwrap.wrap(lines[i], per_line) or [""]:
            if not sheet.pages or sheet.y > sheet.height - sheet.margin:
                sheet.new_page()
            sheet.ops.append(("text", sheet.margin, sheet.y, wrapped, font))
            sheet.text.append(wrapped)
            sheet.y += step
        i += 1
    if not sheet.pages:
        sheet.new_page()
    return sheet


def _wrap(text: str, font, width: int) -> list[str]:
    """``text`` wrapped to ``width`` pixels at word boundaries (a word longer than the column stays whole)."""
    out: list[str] = []
    for word in text.split():
        if out and font.getlength(f"{out[-1]} {word}") <= width:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _table(sheet: _Sheet, rows: list[list[str]], ruled: bool, centred: bool) -> None:
    from PIL import ImageFont

    dpi = sheet.dpi
    size = int(11 / 72 * dpi)  # 11 pt, as appendix tables are usually set
    font, bold = ImageFont.truetype(FONT, size), ImageFont.truetype(BOLD, size)
    step = int(size * 1.3)
    pad = int(0.06 * dpi)
    ncols = max(len(r) for r in rows)
    rows = [[c.strip() for c in r] + [""] * (ncols - len(r)) for r in rows]
    total = sheet.width - 2 * sheet.margin
    # column widths as a word processor's automatic layout: each column at least its longest word, the rest of the
    # width shared in proportion to how much more each column's text would take on one line
    def is_group(row: list[str]) -> bool:
        """Only the first cell filled ("I. Tuyên truyền"), or the first two with a marker that is no row number; in a
        table of three columns or more (in one of two, two cells filled are a plain row: a letterhead, a signature)."""
        filled = [k for k, c in enumerate(row) if c]
        return ncols > 2 and bool(filled) and filled[-1] <= 1 and (len(filled) == 1 or not re.match(r"\d", row[0]))

    plain = [r for r in rows if not is_group(r)]  # a group title spans the columns: it does not size them
    least = [max((font.getlength(w) for r in plain for w in r[k].split()), default=0) + 2 * pad + 2 for k in range(ncols)]
    most = [max((font.getlength(r[k]) for r in plain), default=0) + 2 * pad + 2 for k in range(ncols)]
    spare = total - sum(least)
    extra = [m - n for m, n in zip(most, least)]
    widths = [n + (spare * e / sum(extra) if sum(extra) else 0) for n, e in zip(least, extra)]
    edges = [sheet.margin + int(sum(widths[:k])) for k in range(ncols + 1)]
    line_width = max(1, dpi // 150)

    def spans(row: list[str]) -> list[tuple[int, int, str]]:
        """(first column, column after, text) of each cell; a group row's last filled cell spans the rest."""
        if is_group(row):
            last = max(k for k, c in enumerate(row) if c)
            return [(k, k + 1, row[k]) for k in range(last)] + [(last, ncols, row[last])]
        return [(k, k + 1, c) for k, c in enumerate(row)]

    def cell_lines(row: list[str], face) -> list[tuple[int, int, list[str]]]:
        return [(a, b, _wrap(text, face, edges[b] - edges[a] - 2 * pad)) for a, b, text in spans(row)]

    def rule(x0: int, y0: int, x1: int, y1: int) -> None:
        if ruled:
            sheet.ops.append(("line", x0, y0, x1, y1, line_width))

    def draw(cells, start: int, stop: int, face, tall: int, number_centred: bool) -> None:
        """Lines ``start``–``stop`` of a row's cells, from the current y; ``tall``: the row's height in lines."""
        top = sheet.y
        height = (stop - start) * step + 2 * pad
        for a, b, wrapped in cells:
            shift = 0
            if number_centred and a == 0 and b == 1 and start == 0 and stop == tall:
                shift = (tall - len(wrapped)) * step // 2
            for n, text in enumerate(wrapped[start:stop]):
                sheet.ops.append(("text", edges[a] + pad, top + pad + shift + n * step, text, face))
            rule(edges[a], top, edges[a], top + height)
        rule(edges[-1], top, edges[-1], top + height)
        rule(edges[0], top, edges[-1], top)
        rule(edges[0], top + height, edges[-1], top + height)
        parts = ["\t".join(" ".join(w[start:stop]) for _, _, w in cells)]
        sheet.text += [p for p in parts if p.strip()]
        sheet.y = top + height

    def room() -> int:
        return (sheet.height - sheet.margin - sheet.y - 2 * pad) // step

    header = cell_lines(rows[0], bold)
    header_tall = max(len(w) for _, _, w in header)

    def page_with_header() -> None:
        sheet.new_page()
        draw(header, 0, header_tall, bold, header_tall, False)

    if not sheet.pages or room() < header_tall + 2:
        sheet.new_page()
    else:
        sheet.y += step // 2
    draw(header, 0, header_tall, bold, header_tall, False)
    for row in rows[1:]:
        group = is_group(row)
        cells = cell_lines(row, bold if group else font)
        tall = max(1, max(len(w) for _, _, w in cells))
        start = 0
        while start < tall:
            fits = room()
            if fits < 1 or (start == 0 and group and fits < tall):
                page_with_header()
                continue
            stop = min(tall, start + fits)
            draw(cells, start, stop, bold if group else font, tall, centred and stop - start == tall)
            start = stop
    sheet.y += step // 2


def pages(lines: list[str], dpi: int = 300, rotate: float = 0.0, noise: float = 0.0, stamp: bool | str = False,
          seed: int = 1, ruled: bool = True, centred: bool = False) -> list:
    """Page images of ``lines`` (wrapped to the page; tab-separated runs drawn as tables). ``stamp``: True, two red
    rings over the text; "seal", an organisation's seal as printed on a signed original — thick red rings, the
    issuer's name in red capitals around them and a star inside, pressed over the lines of text — and a signature
    in blue ink across the text below it."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    sheet = _layout(lines, dpi, ruled, centred)
    width, height = sheet.width, sheet.height
    finished = []
    for sheet_page in sheet.pages:
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for op in sheet_page.ops:
            if op[0] == "text":
                draw.text((op[1], op[2]), op[3], font=op[4], fill=0)
            else:
                draw.line(op[1:5], fill=0, width=op[5])
        image = image.convert("RGB")
        if stamp == "seal":
            _seal(image, dpi, rng)
        elif stamp:
            d = ImageDraw.Draw(image, "RGBA")
            cx, cy, r = width * 2 // 3, height // 3, dpi // 2
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(200, 30, 30, 160), width=dpi // 30)
            d.ellipse((cx - r * 2 // 3, cy - r * 2 // 3, cx + r * 2 // 3, cy + r * 2 // 3), outline=(200, 30, 30, 120),
                      width=dpi // 60)
        if noise:
            px = image.load()
            for _ in range(int(width * height * noise)):
                px[rng.randrange(width), rng.randrange(height)] = (0, 0, 0)
        if rotate:
            image = image.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        finished.append(image)
    return finished


def _seal(image, dpi: int, rng: random.Random) -> None:
    import math

    from PIL import Image, ImageChops, ImageDraw, ImageFont

    width, height = image.size
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red, blue = (205, 35, 40, 200), (30, 50, 170, 210)
    cx, cy, r = int(width * 0.45), int(height * 0.3), int(0.7 * dpi)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=dpi // 25)
    inner = int(r * 0.62)
    d.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=red, width=dpi // 50)
    letters = "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG * "
    font = ImageFont.truetype(BOLD, int(0.14 * dpi))
    ring = (r + inner) // 2
    for k, ch in enumerate(letters):
        angle = 2 * math.pi * k / len(letters) - math.pi / 2
        x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        glyph = Image.new("RGBA", (font.size * 2, font.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 3), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x) - font.size, int(y) - font.size))
    star = [(cx + inner * 0.5 * (1 if k % 2 == 0 else 0.4) * math.cos(math.pi * k / 5 - math.pi / 2),
             cy + inner * 0.5 * (1 if k % 2 == 0 else 0.4) * math.sin(math.pi * k / 5 - math.pi / 2)) for k in range(10)]
    d.polygon(star, fill=red)
    # a signature: a few loops of blue ink across the lines below the seal
    x0, y0 = cx - r, cy + r // 2
    points = [(x0 + k * dpi // 40, y0 + int(dpi * 0.18 * math.sin(k / 2.2) + rng.uniform(-4, 4) + k * dpi / 160))
              for k in range(60)]
    d.line(points, fill=blue, width=max(2, dpi // 70), joint="curve")
    # ink over print: the colours multiply (black text under the seal stays black, as on paper)
    ink = Image.alpha_composite(Image.new("RGBA", image.size, (255, 255, 255, 255)), layer).convert("RGB")
    image.paste(ImageChops.multiply(image.convert("RGB"), ink))


def _geometry(dpi: int) -> int:
    """Characters per line of text at this resolution (13 pt serif on A4, 0.8 inch margins)."""
    size = int(13 / 72 * dpi)
    return int((int(8.27 * dpi) - 2 * int(0.8 * dpi)) / (size * 0.55))


def drawn(lines: list[str], dpi: int = 300, ruled: bool = True, centred: bool = False) -> str:
    """The text exactly as ``pages`` draws it, in reading order: a drawn line of text a line; a table row (or the
    part of it on one page) a line of its cells, tab-separated, each cell's wrapped lines joined; the header again
    where the table goes on to a new page."""
    return "\n".join(_layout(lines, dpi, ruled, centred).text)


def write_pdf(images: list, path: Path, dpi: int = 300) -> Path:
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def word_boxes(lines: list[str], dpi: int = 300, ruled: bool = True, centred: bool = False,
               turn: float = 0.0) -> list[str]:
    """Tesseract's TSV of each page ``pages`` draws, as Tesseract would give it on a perfect reading (page
    segmentation 6: the words drawn at one height are one line), the page turned ``turn`` degrees — for tests of
    what is done with the boxes, where Tesseract need not run."""
    import math

    sheet = _layout(lines, dpi, ruled, centred)
    cx, cy = sheet.width / 2, sheet.height / 2
    sin, cos = math.sin(math.radians(turn)), math.cos(math.radians(turn))
    out = []
    for page in sheet.pages:
        rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
        by_y: dict[int, list] = {}
        for op in page.ops:
            if op[0] == "text":
                by_y.setdefault(op[2], []).append(op)
        for number, y in enumerate(sorted(by_y), 1):
            words = []
            for _, x, _, text, font in sorted(by_y[y], key=lambda op: op[1]):
                at = 0
                for word in text.split(" "):
                    if word:
                        left = x + font.getlength(text[:at])
                        _, top, _, bottom = font.getbbox(word)
                        words.append((left, y + top, font.getlength(word), bottom - top, word))
                    at += len(word) + 1
            for k, (left, top, width, height, word) in enumerate(words, 1):
                mx, my = left + width / 2 - cx, top + height / 2 - cy  # the box's middle, turned about the page's
                tx, ty = cx + mx * cos - my * sin, cy + mx * sin + my * cos
                rows.append(f"5\t1\t1\t{number}\t1\t{k}\t{round(tx - width / 2)}\t{round(ty - height / 2)}\t"
                            f"{round(width)}\t{round(height)}\t95\t{word}")
        out.append("\n".join(rows))
    return out
