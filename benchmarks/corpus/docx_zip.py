"""The zip of a .docx written by python-docx, made reproducible: every member's timestamp and attributes
fixed (python-docx stamps the time of saving), so each held-out set's ``make_docx.py`` writes the same bytes
as its committed file."""

from __future__ import annotations

import io
import zipfile

EPOCH = (1980, 1, 1, 0, 0, 0)


def fixed_zip(data: bytes, date_time: tuple = EPOCH, content_types_first: bool = False) -> bytes:
    """``data`` rezipped, members in their order (or ``[Content_Types].xml`` first, then by name)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = [info.filename for info in src.infolist()]
        if content_types_first:
            names.sort(key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            fixed = zipfile.ZipInfo(name, date_time=date_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(name))
    return out.getvalue()


def saved(doc, *, author: str, editor: str, title: str, created, modified, revision: int) -> bytes:
    """``doc`` saved as a reproducible .docx: its core properties fixed (who wrote and last saved it, its title, when,
    its revision — python-docx would stamp the time of saving), every zip member dated when it was last modified."""
    props = doc.core_properties
    props.author = author
    props.last_modified_by = editor
    props.title = title
    props.created = created
    props.modified = modified
    props.revision = revision
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue(), date_time=modified.timetuple()[:6])
