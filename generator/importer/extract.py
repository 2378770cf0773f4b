"""Text out of an original document, or a clear reason why not."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
#: a .docx is a zip: its members are size-checked (as the archive declares them) before anything is
#: unpacked, so a small file that inflates to gigabytes is refused instead of filling the memory
MAX_UNPACKED = 100 * 1024 * 1024


class ImportFailure(Exception):
    """A user-facing reason why a file cannot be imported."""


@dataclass
class Extracted:
    text: str          # NFC, "\n" line ends; this becomes the plan's raw text
    kind: str          # "text", "pdf", "docx"
    pages: int = 0


def extract(path: Path) -> Extracted:
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
        result = _pdf(path)
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


def _pdf(path: Path) -> Extracted:
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
    if not any(p.strip() for p in pages):
        raise ImportFailure(f"{path}: the PDF has no text layer (a scan?): run OCR first, then import the text")
    return Extracted("\n".join(pages), "pdf", len(pages))


def _docx(path: Path) -> Extracted:
    try:
        import docx
    except ImportError:  # pragma: no cover - declared dependency
        raise ImportFailure(".docx import needs the python-docx package (pip install python-docx)") from None
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailure(f"{path}: cannot read this .docx ({type(exc).__name__})") from None
    if unpacked > MAX_UNPACKED:
        raise ImportFailure(f"{path}: unpacks to {unpacked} bytes; the limit is {MAX_UNPACKED} bytes")
    try:
        document = docx.Document(str(path))
    except Exception as exc:
        raise ImportFailure(f"{path}: cannot read this .docx ({type(exc).__name__})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row:
                        if cell.tag.endswith("}tc"):
                            text = " ".join("".join(n.text or "" for n in p.iter() if n.tag.endswith("}t"))
                                            for p in cell.iter() if p.tag.endswith("}p"))
                            cells.append(" ".join(text.split()))
                    lines.append("\t".join(cells))
    return Extracted("\n".join(lines), "docx")
