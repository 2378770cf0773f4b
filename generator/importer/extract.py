"""Text out of an original document, or a clear reason why not."""

from __future__ import annotations

import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
#: A .docx is a zip: its members are size-checked before anything is unpacked
#: (a 2 MB file can unpack to gigabytes).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 5000


class ImportFailure(Exception):
    """A user-facing reason why a file cannot be imported."""


@dataclass
class Extracted:
    text: str          # NFC, "\n" line ends; this becomes the plan's raw text
    kind: str          # "text", "pdf", "pdf-ocr" (a scan read by OCR), "docx"
    pages: int = 0
    ocr: "object | None" = None  # ocr.OcrText for a scan


def extract(path: Path, progress: bool = False) -> Extracted:
    if not path.is_file():
        raise ImportFailure(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ImportFailure(f"{path}: the file is empty")
    if size > MAX_BYTES:
        raise ImportFailure(f"{path}: {size} bytes; the limit is {MAX_BYTES} bytes")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ".markdown", ""):
        result = _text(path)
    elif suffix == ".pdf":
        result = _pdf(path, progress)
    elif suffix == ".docx":
        result = _docx(path)
    else:
        raise ImportFailure(f"{path}: unsupported file type {suffix!r} (use .txt, .md, .pdf or .docx)")
    text = unicodedata.normalize("NFC", result.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ImportFailure(f"{path}: no text found")
    result.text = text
    return result


def _text(path: Path) -> Extracted:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode" text as saved by Windows Notepad
        try:
            return Extracted(data.decode("utf-16"), "text")
        except UnicodeDecodeError:
            raise ImportFailure(f"{path}: damaged UTF-16 text") from None
    if b"\x00" in data[:65536]:
        raise ImportFailure(f"{path}: this is a binary file, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailure(f"{path}:{line}: not UTF-8 text (save the file as UTF-8)") from None
    return Extracted(text, "text")


def _pdf(path: Path, progress: bool = False) -> Extracted:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - declared dependency
        raise ImportFailure("PDF import needs the pdfplumber package (pip install pdfplumber)") from None
    if not path.read_bytes()[:1024].lstrip().startswith(b"%PDF"):
        raise ImportFailure(f"{path}: not a PDF file")
    try:
        with pdfplumber.open(path) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise ImportFailure(f"{path}: cannot read this PDF ({type(exc).__name__})") from None
    text = "\n".join(pages)
    from .. import repair
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
            raise ImportFailure(f"{path}: OCR failed ({type(exc).__name__})") from None
        if not read.text.strip():
            raise ImportFailure(f"{path}: the PDF has no text layer and OCR found no text on its pages (a blank scan?)")
        return Extracted(read.text, "pdf-ocr", len(pages), read)
    return Extracted(text, "pdf", len(pages))


def _docx(path: Path) -> Extracted:
    try:
        import docx
    except ImportError:  # pragma: no cover - declared dependency
        raise ImportFailure(".docx import needs the python-docx package (pip install python-docx)") from None
    _check_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ImportFailure(f"{path}: cannot read this .docx ({type(exc).__name__})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = _local(child)
        if tag == "p":
            lines.append(_texts(child))
        elif tag == "tbl":
            for row in child.iter():
                if _local(row) == "tr":
                    cells = [" ".join(" ".join(_texts(p) for p in cell.iter() if _local(p) == "p").split())
                             for cell in row if _local(cell) == "tc"]
                    lines.append("\t".join(cells))
    return Extracted("\n".join(lines), "docx")


def _local(node) -> str:
    """An element's name without its namespace; "" for comments, processing instructions
    and entities, whose ``tag`` is not text (they carry no document text)."""
    tag = node.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _texts(node) -> str:
    return "".join(n.text or "" for n in node.iter() if _local(n) == "t")


def _check_zip(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFailure(f"{path}: cannot read this .docx (not a zip archive)") from None
    if len(members) > MAX_MEMBERS:
        raise ImportFailure(f"{path}: {len(members)} parts inside the .docx; the limit is {MAX_MEMBERS}")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailure(f"{path}: the .docx unpacks to {unpacked} bytes; the limit is {MAX_UNPACKED_BYTES} bytes")
