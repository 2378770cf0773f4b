"""Make scanned-looking PDFs from known text, for the OCR tests and benchmarks/ocr.py.

Each page is an A4 image at ``dpi`` with the lines drawn in a Vietnamese-capable
serif font (DejaVu, Debian's fonts-dejavu-core), optionally rotated a little,
with speckle noise and a round red stamp over the text, like a signed original
put through a scanner; the PDF holds only the images (no text layer).
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def pages(lines: list[str], dpi: int = 300, rotate: float = 0.0, noise: float = 0.0, stamp: bool = False,
          seed: int = 1, columns: list[list[str]] | None = None) -> list:
    """Page images of ``lines`` (wrapped to the page), or of a table when ``columns`` (rows of cells) is given."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    size = int(13 / 72 * dpi)  # 13 pt
    font = ImageFont.truetype(FONT, size)
    step = int(size * 1.5)
    margin = int(0.8 * dpi)
    per_line = _geometry(dpi)
    rows = columns if columns is not None else _rows(lines, per_line)
    out, y, page = [], margin, None
    # table columns share the width by their longest cell (a narrow "TT" column, a wide task column)
    ncols = max(len(r) for r in rows)
    longest = [max(len(r[i]) if i < len(r) else 0 for r in rows) + 4 for i in range(ncols)]
    col_x = [margin + int(sum(longest[:i]) / sum(longest) * (width - 2 * margin)) for i in range(ncols)]
    for row in rows:
        if page is None or y > height - margin:
            if page is not None:
                out.append(page)
            page = Image.new("L", (width, height), 255)
            draw = ImageDraw.Draw(page)
            y = margin
        for x, cell in zip(col_x, row):
            draw.text((x, y), cell, font=font, fill=0)
        y += step
    out.append(page)
    finished = []
    for image in out:
        image = image.convert("RGB")
        if stamp:
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


def _geometry(dpi: int) -> int:
    """Characters per line of text at this resolution (13 pt serif on A4, 0.8 inch margins)."""
    size = int(13 / 72 * dpi)
    return int((int(8.27 * dpi) - 2 * int(0.8 * dpi)) / (size * 0.55))


def _rows(lines: list[str], per_line: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in lines:  # a tab-separated line is a table row: its cells side by side, shortened to their column
        cells = line.split("\t")
        if len(cells) > 1:
            rows.append([textwrap.shorten(c, max(8, per_line // len(cells)), placeholder="…") for c in cells])
        else:
            rows += [[w] for w in (textwrap.wrap(line, per_line) or [""])]
    return rows


def drawn(lines: list[str], dpi: int = 300) -> str:
    """The text exactly as ``pages`` draws it (table cells shortened), one drawn line a line."""
    return "\n".join("\t".join(row) for row in _rows(lines, _geometry(dpi)))


def write_pdf(images: list, path: Path, dpi: int = 300) -> Path:
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path
