"""Text out of an original document, or a clear reason why not."""

from __future__ import annotations

import re

import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..labels import message
from ..vi import fold

MAX_BYTES = 50 * 1024 * 1024
#: A .docx is a zip: its members are size-checked before anything is unpacked
#: (a 2 MB file can unpack to gigabytes).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 5000


class ImportFailure(Exception):
    """A user-facing reason why a file cannot be imported."""


class NoReportedPlan(ImportFailure):
    """A report that cites no plan in source/plans and whose sentences match none of their tasks."""


@dataclass
class Extracted:
    text: str          # NFC, "\n" line ends; this becomes the plan's raw text
    kind: str          # "text", "pdf", "pdf-ocr" (a scan read by OCR), "docx"
    pages: int = 0
    ocr: "object | None" = None  # ocr.OcrText for a scan


def extract(path: Path, progress: bool = False) -> Extracted:
    if not path.is_file():
        raise ImportFailure(f"{path}: " + message("imp_no_file"))
    size = path.stat().st_size
    if size == 0:
        raise ImportFailure(f"{path}: " + message("empty_file"))
    if size > MAX_BYTES:
        raise ImportFailure(f"{path}: " + message("file_too_big", size=size, limit=MAX_BYTES))
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ".markdown", ""):
        result = _text(path)
    elif suffix == ".pdf":
        result = _pdf(path, progress)
    elif suffix == ".docx":
        result = _docx(path)
    else:
        raise ImportFailure(f"{path}: " + message("imp_unsupported", suffix=suffix))
    text = unicodedata.normalize("NFC", result.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ImportFailure(f"{path}: " + message("imp_no_text"))
    result.text = text
    return result


def _text(path: Path) -> Extracted:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode" text as saved by Windows Notepad
        try:
            return Extracted(data.decode("utf-16"), "text")
        except UnicodeDecodeError:
            raise ImportFailure(f"{path}: " + message("imp_bad_utf16")) from None
    if b"\x00" in data[:65536]:
        raise ImportFailure(f"{path}: " + message("imp_binary"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(f"{path}:{line}: " + message("not_utf8")) from None
    return Extracted(text, "text")


def _pdf(path: Path, progress: bool = False) -> Extracted:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - declared dependency
        raise ImportFailure(message("imp_needs_package", package="pdfplumber")) from None
    if not path.read_bytes()[:1024].lstrip().startswith(b"%PDF"):
        raise ImportFailure(f"{path}: " + message("imp_not_pdf"))
    from . import pdf_text

    try:
        with pdfplumber.open(path) as pdf:
            pages = pdf_text.page_texts(pdf)  # lines and tables as the words lie on the page
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise ImportFailure(f"{path}: " + message("imp_bad_pdf", error=type(exc).__name__)) from None
    text = "\n".join(pages)
    from . import repair
    from . import ocr

    scanned = not any(p.strip() for p in pages)
    # a text layer of broken fonts: OCR reads the page as printed, where it is installed
    # (without it, the generic font repair does what it can, as for a text dump)
    garbage = not scanned and repair.is_garbled(text) and ocr.missing() is None
    if scanned or garbage:
        try:
            read = ocr.read_pdf(path, len(pages), progress)
        except ocr.OcrUnavailable as exc:
            raise ImportFailure(str(exc)) from None
        except (OSError, subprocess.SubprocessError) as exc:
            raise ImportFailure(f"{path}: " + message("imp_ocr_failed", error=type(exc).__name__)) from None
        if not read.text.strip():
            raise ImportFailure(f"{path}: " + message("imp_blank_scan"))
        return Extracted(read.text, "pdf-ocr", len(pages), read)
    return Extracted(text, "pdf", len(pages))


def _docx(path: Path) -> Extracted:
    try:
        import docx
    except ImportError:  # pragma: no cover - declared dependency
        raise ImportFailure(message("imp_needs_package", package="python-docx")) from None
    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ImportFailure(f"{path}: " + message("imp_bad_docx", error=type(exc).__name__)) from None
    lines = _letterhead(document) + _block_lines(document.element.body, _Numbering(document))
    return Extracted("\n".join(lines), "docx")


def _block_lines(container, numbering: "_Numbering | None" = None) -> list[str]:
    """The lines of a body or a header part: a paragraph a line (with the number Word prints before it when it is
    auto-numbered), a table row a line (its cells by a TAB)."""
    lines: list[str] = []
    for child in container.iterchildren():
        tag = _local(child)
        if tag == "p":
            number = numbering.label(child) if numbering is not None else None
            text = _texts(child)  # a line break inside the paragraph is a line of its own
            lines.append(f"{number} {text.lstrip()}" if number and text.strip() else text)
        elif tag == "tbl":
            above: dict[int, str] = {}  # grid column → the text of the cell above (a vertical merge goes on with it)
            # a table of labels and values nested in a cell ("Chính" | lead, "Phụ" | partners, inside the doers' cell):
            # the cell's own lines, "label: value" (``_cell_text``), no rows of the table's
            # (the elements themselves kept: an lxml element's Python object lives only while it is referenced)
            inside = {r for t in child.iter() if _local(t) == "tbl" and t is not child and _label_table(t)
                      for r in t.iter() if _local(r) == "tr"}
            for row in child.iter():
                if _local(row) == "tr" and row not in inside:
                    cells = []
                    for cell in row:
                        if _local(cell) == "tc":
                            column = len(cells)
                            # a cell merged down from the one above (``w:vMerge`` without "restart") is printed as
                            # that one cell: each row it covers reads its text (not a row number's in the first
                            # column: a row whose number cell is merged goes on with the row above; a time or a group
                            # first, "Tháng 5/2026" over two rows, is each row's)
                            text = above.get(column, "") if _merged_down(cell) and (
                                column > 0 or not _ROW_NUMBER.fullmatch(above.get(column, ""))) else _cell_text(cell)
                            above[column] = text
                            cells.append(text)  # one line
                            cells += [""] * (_span(cell) - 1)  # a merged cell keeps the columns it covers
                    lines.append("\t".join(cells))
    return lines


#: a row's number as its first cell prints it ("3", "3.", "II", "b)"), or nothing
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ])?[.)]?\s*")


def _merged_down(cell) -> bool:
    """The cell goes on with the one above it: its properties hold ``w:vMerge`` whose value is not "restart"."""
    for props in (c for c in cell.iterchildren() if _local(c) == "tcPr"):
        for node in (c for c in props.iterchildren() if _local(c) == "vMerge"):
            return next((v for k, v in node.attrib.items() if k.rsplit("}", 1)[-1] == "val"), "continue") != "restart"
    return False


#: Word's number formats (``w:numFmt``) as printed; any other is printed as a decimal number
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
          (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _formatted(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word: a … z, aa … zz
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Numbering:
    """The numbers Word prints before auto-numbered paragraphs (``w:numPr``, directly or through the paragraph's style),
    which are not in the paragraph's text: "I.", "1.", "a)", "1.2." from the numbering part's level formats
    (``w:lvlText`` "%1.%2.", ``w:numFmt``, ``w:start``), counted as Word counts them — a level goes on across the
    paragraphs of its list, a deeper level restarts after a shallower one, a list instance with a start override
    restarts —; a bullet is printed "-"."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId → level → (format, text, start)
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstractNumId, level → start override)
        self.styles: dict[str, tuple[str | None, int | None]] = {}  # styleId → (numId, level)
        self.counts: dict[str, list[int | None]] = {}
        self.restarted: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: nothing is auto-numbered
            root = None
        for node in root.iterchildren() if root is not None else ():
            if _local(node) == "abstractNum":
                levels = self.levels.setdefault(_val(node, "abstractNumId"), {})
                for lvl in (c for c in node.iterchildren() if _local(c) == "lvl"):
                    fields = {_local(c): _val(c, "val") for c in lvl.iterchildren()}
                    start = fields.get("start", "1")
                    levels[_int(_val(lvl, "ilvl"))] = (fields.get("numFmt") or "decimal", fields.get("lvlText") or "",
                                                      _int(start, 1))
            elif _local(node) == "num":
                abstract = next((_val(c, "val") for c in node.iterchildren() if _local(c) == "abstractNumId"), None)
                overrides = {}
                for override in (c for c in node.iterchildren() if _local(c) == "lvlOverride"):
                    for start in (c for c in override.iterchildren() if _local(c) == "startOverride"):
                        overrides[_int(_val(override, "ilvl"))] = _int(_val(start, "val"), 1)
                if abstract is not None:
                    self.lists[_val(node, "numId")] = (abstract, overrides)
        styles, based = {}, {}
        for style in document.styles.element.iterchildren() if root is not None else ():
            if _local(style) != "style":
                continue
            sid = _val(style, "styleId")
            for c in style.iterchildren():
                if _local(c) == "basedOn":
                    based[sid] = _val(c, "val")
                elif _local(c) == "pPr":
                    found = _num_pr(c)
                    if found != (None, None):
                        styles[sid] = found
        for sid in set(styles) | set(based):
            seen, at = set(), sid
            while at is not None and at not in styles and at not in seen:  # a style inherits its base's numbering
                seen.add(at)
                at = based.get(at)
            if at in styles:
                self.styles[sid] = styles[at]

    def label(self, paragraph) -> str | None:
        """The number printed before ``paragraph``, or None."""
        num_id, level, style = None, None, None
        for c in paragraph.iterchildren():
            if _local(c) == "pPr":
                num_id, level = _num_pr(c)
                style = next((_val(s, "val") for s in c.iterchildren() if _local(s) == "pStyle"), None)
        if num_id is None and style in self.styles:
            num_id, style_level = self.styles[style]
            level = style_level if level is None else level
        if num_id is None or num_id not in self.lists:
            return None  # "0": numbering taken off
        level = min(max(level or 0, 0), 8)
        abstract, overrides = self.lists[num_id]
        levels = self.levels.get(abstract, {})
        if level not in levels:
            return None
        counts = self.counts.setdefault(abstract, [None] * 9)
        if num_id not in self.restarted:
            self.restarted.add(num_id)
            for at, start in overrides.items():
                if 0 <= at < 9:
                    counts[at] = start - 1
        fmt, text, start = levels[level]
        counts[level] = start if counts[level] is None else counts[level] + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = None
        if fmt == "none":
            return None
        if fmt == "bullet":
            return "-"

        def number(m: re.Match) -> str:
            at = int(m.group(1)) - 1
            at_fmt, _, at_start = levels.get(at, ("decimal", "", 1))
            return _formatted(counts[at] if counts[at] is not None else at_start, at_fmt)

        printed = re.sub(r"%([1-9])", number, text).strip()
        return printed or None


def _val(node, name: str) -> str | None:
    return next((v for k, v in node.attrib.items() if k.rsplit("}", 1)[-1] == name), None)


def _int(value: str | None, default: int = 0) -> int:
    return int(value) if value is not None and value.isdigit() and len(value) < 6 else default


def _num_pr(ppr) -> tuple[str | None, int | None]:
    """A paragraph's (or style's) ``w:numPr``: its list instance and level."""
    for c in ppr.iterchildren():
        if _local(c) == "numPr":
            fields = {_local(x): _val(x, "val") for x in c.iterchildren()}
            level = fields.get("ilvl")
            return fields.get("numId"), (_int(level) if level is not None else None)
    return None, None


def _letterhead(document) -> list[str]:
    """The first page's header part when it holds the letterhead (Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuer and the
    national motto, a template may put them in the page header, "different first page" set, so they print once): its
    lines, read as the body's are, before the body's; [] for a running header (a title or a page number on every page)."""
    if not document.sections:
        return []
    section = document.sections[0]
    part = section.first_page_header if section.different_first_page_header_footer else section.header
    if part.is_linked_to_previous:
        return []
    lines = [line for line in _block_lines(part._element) if line.strip()]
    folded = fold("\n".join(lines))
    return lines if "cong hoa xa hoi chu nghia" in folded or "dang cong san viet nam" in folded else []


def _label_table(table) -> bool:
    """A table nested in a cell that pairs labels with values: two cells a row, the first a short label of a few words
    and no digit ("Chính" | "Phòng Kế toán", "Phụ" | "—", "Hạn" | "30/9/2026"), two rows at least."""
    rows = [[c for c in r if _local(c) == "tc"] for r in table if _local(r) == "tr"]
    return len(rows) >= 2 and all(len(cells) == 2 for cells in rows) and all(
        (label := " ".join(_plain_cell(cells[0]).split())) and len(label.split()) <= 4 and not re.search(r"\d", label)
        for cells in rows)


def _plain_cell(cell) -> str:
    """A cell's text, its paragraphs joined by a space."""
    return " ".join("".join(t.text or "" for t in p.iter() if _local(t) == "t") for p in cell.iter() if _local(p) == "p")


def _cell_text(cell) -> str:
    """A table cell on one line: its paragraphs and the line breaks inside them (Shift+Enter, ``w:br``) apart as "<br>",
    as pandoc and markitdown write a Word cell of two lines ("Sở Tài chính" / "Sở Nông nghiệp và Môi trường": two
    bodies, not one name), empty ones dropped. Where some of its lines are bold and others not (a doers' cell whose
    bold body leads, "đơn vị in đậm là đơn vị chủ trì"), the bold ones are marked "**…**", as pandoc writes them. A
    table of labels and values nested in it (``_label_table``) is a line a row, "label: value", as a form reads."""
    forms = [t for t in cell.iter() if _local(t) == "tbl" and _label_table(t)]
    if forms:
        inside = {p for t in forms for p in t.iter() if _local(p) == "p"}
        own = [" ".join(_plain_cell_p(p).split()) for p in cell.iter() if _local(p) == "p" and p not in inside]
        rows = [f"{' '.join(_plain_cell(cells[0]).split()).rstrip(':')}: {' '.join(_plain_cell(cells[1]).split())}"
                for t in forms for cells in ([c for c in r if _local(c) == "tc"] for r in t if _local(r) == "tr")]
        return "<br>".join(line for line in [*own, *rows] if line.strip(": "))
    lines = [(" ".join(text.split()), mark) for p in cell.iter() if _local(p) == "p" for text, mark in _bold_lines(p)]
    lines = [(text, mark) for text, mark in lines if text]
    if not lines and _shaded(cell):
        return SHADED  # a cell filled with colour and no text: a period marked in a schedule (Gantt) table
    mixed = len({mark for _, mark in lines}) > 1
    return "<br>".join(f"{mark}{text}{mark}" if mark and mixed else text for text, mark in lines)


def _plain_cell_p(paragraph) -> str:
    """A paragraph's text."""
    return "".join(t.text or "" for t in paragraph.iter() if _local(t) == "t")


#: what an empty cell filled with colour is written as: the mark of a period in a schedule table, as "x" is
SHADED = "■"


def _shaded(cell) -> bool:
    """The cell's own properties fill it with a colour (``w:tcPr/w:shd`` with a fill other than white or auto)."""
    for props in cell:
        if _local(props) == "tcPr":
            for shd in props:
                if _local(shd) == "shd":
                    fill = (_val(shd, "fill") or "").lower()
                    return fill not in ("", "auto", "ffffff", "none")
    return False


#: a run's text colour that sets nothing apart: black, or the theme's
_PLAIN_COLOURS = ("", "auto", "000000", "000")


def _emphasis(run) -> str:
    """How a run is set apart, as Markdown marks it: "**" in bold (``w:b``), "==" highlighted (``w:highlight``), in a
    colour of its own (``w:color``: "đơn vị in màu đỏ là đơn vị chủ trì") or in small capitals (``w:smallCaps``,
    ``w:caps``), "" plain."""
    props = [n for p in run if _local(p) == "rPr" for n in p]
    if any(_local(n) == "b" and _val(n, "val") not in ("0", "false", "off") for n in props):
        return "**"
    if any((_local(n) == "highlight" and (_val(n, "val") or "none").lower() != "none")
           or (_local(n) == "color" and (_val(n, "val") or "").lower() not in _PLAIN_COLOURS)
           or (_local(n) in ("smallCaps", "caps") and _val(n, "val") not in ("0", "false", "off")) for n in props):
        return "=="
    return ""


def _bold_lines(paragraph) -> list[tuple[str, str]]:
    """A paragraph's lines (``_texts``), each with the mark all its letters are set apart by (``_emphasis``: "**" in
    bold, "==" highlighted or coloured; "" none or mixed). A line of names parted by "," or ";", some of them wholly set
    apart ("Liên minh HTX tỉnh, **Ban Kinh tế - Xã hội**, Trung tâm …"), has those marked (``_bold_names``)."""
    lines: list[list[tuple[str, str]]] = [[]]
    for run in paragraph.iter():
        if _local(run) != "r":
            continue
        mark = _emphasis(run)
        for piece in re.split(r"(\n)", _texts(run)):
            if piece == "\n":
                lines.append([])
            elif piece:
                lines[-1].append((piece, mark if piece.strip() else None))
    out = []
    for pieces in lines:
        text = "".join(piece for piece, _ in pieces)
        marks = {mark for _, mark in pieces if mark is not None}
        whole = next(iter(marks)) if text.strip() and len(marks) == 1 else ""
        out.append((text if whole else _bold_names(pieces) or text, whole))
    return out


def _bold_names(pieces: list[tuple[str, str | None]]) -> str | None:
    """A line's runs (text, mark: ``_emphasis``, None for a blank run) with the marked ones marked ("**…**", "==…==")
    where each stands between the line's ends and its separators ("," ";"), as a whole name of a list does; None where
    some marked run is a word inside a sentence ("**Tổ chức** hội nghị …") or none is marked."""
    spans: list[list] = []  # [text, mark] with the runs of one mark joined, a blank run joining either
    for piece, bold in pieces:
        if spans and (spans[-1][1] == bold or bold is None):
            spans[-1][0] += piece
        else:
            spans.append([piece, bold or ""])
    if not any(bold and text.strip() for text, bold in spans):
        return None
    out = []
    for k, (text, bold) in enumerate(spans):
        if not bold:
            out.append(text)
            continue
        inner = text.strip(" ,;")
        if not inner:  # a bold separator or blank: nothing to mark
            out.append(text)
            continue
        before = "".join(t for t, _ in spans[:k]).rstrip()
        after = "".join(t for t, _ in spans[k + 1:]).lstrip()
        if (before and not before.endswith((",", ";"))) or (after and not after.startswith((",", ";"))):
            return None
        lead, trail = text[:len(text) - len(text.lstrip(" ,;"))], text[len(text.rstrip(" ,;")):]
        out.append(f"{lead}{bold}{inner}{bold}{trail}")
    return "".join(out)


def _span(cell) -> int:
    """How many grid columns a table cell covers (``w:gridSpan``: a group title merged across the row)."""
    for node in cell.iter():
        if _local(node) == "gridSpan":
            value = next((v for k, v in node.attrib.items() if k.rsplit("}", 1)[-1] == "val"), "1")
            return max(1, min(int(value), 64)) if value.isdigit() else 1
    return 1


def _local(node) -> str:
    """An element's name without its namespace; "" for comments, processing instructions
    and entities, whose ``tag`` is not text (they carry no document text)."""
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


#: what a run holds besides its text: a TAB typed to reach a tab stop (a header or signature typed in two columns: "ỦY
#: BAN NHÂN DÂN<TAB>CỘNG HÒA …", "Số: 64/KH-UBND<TAB>Quảng Trị, ngày …") is a column break, kept as a TAB; a line break
#: (Shift+Enter: "CHỈ THỊ" / "Về việc …" in one paragraph) ends the line; a non-breaking hyphen is a hyphen. The tab
#: stops a paragraph defines (``w:pPr/w:tabs/w:tab``) are layout, not text
_RUN_MARKS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def _texts(node) -> str:
    out = []
    for n in node.iter():
        tag = _local(n)
        if tag == "t":
            out.append(n.text or "")
        elif tag in _RUN_MARKS and _local(n.getparent()) == "r":
            out.append(_RUN_MARKS[tag])
    return "".join(out)


def _check_zip(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFailure(f"{path}: " + message("imp_bad_docx", error="zip")) from None
    if len(members) > MAX_MEMBERS:
        raise ImportFailure(f"{path}: " + message("imp_docx_parts", parts=len(members), limit=MAX_MEMBERS))
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(f"{path}: " + message("imp_docx_unpacked", size=unpacked, limit=MAX_UNPACKED_BYTES))
