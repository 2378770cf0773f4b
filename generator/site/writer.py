"""Write generated files into docs/ — only into generated folders.

* refuses a path outside ``urls.GENERATED_ROOTS`` or one written twice;
* leaves a file alone when its bytes are unchanged (keeps its mtime);
* removes files that the previous run generated and this one did not
  (the manifest ``docs/.generated.json`` lists them); hand-written files
  are never touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

from ..urls import GENERATED_ROOTS

MANIFEST = ".generated.json"


class WriteError(Exception):
    pass


def _owned(rel: str) -> bool:
    norm = posixpath.normpath(rel)
    if norm != rel or rel.startswith(("/", "../")) or "\\" in rel:
        return False
    return any(rel == root or rel.startswith(root + "/") for root in GENERATED_ROOTS)


@dataclass
class WriteReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    files: list[str] = field(default_factory=list)


class Output:
    """Collects files in memory; ``commit`` writes them all at the end."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, rel: str, content: str | bytes) -> None:
        if not _owned(rel):
            raise WriteError(f"refusing to write {rel!r}: not inside a generated folder")
        if rel in self.files:
            raise WriteError(f"refusing to write {rel!r} twice")
        self.files[rel] = content.encode("utf-8") if isinstance(content, str) else content

    def commit(self, docs: Path) -> WriteReport:
        report = WriteReport(files=sorted(self.files))
        manifest_path = docs / MANIFEST
        previous: list[str] = []
        if manifest_path.is_file():
            try:
                previous = json.loads(manifest_path.read_text(encoding="utf-8")).get("files", [])
            except (ValueError, AttributeError):
                previous = []
        for rel in sorted(self.files):
            target = docs / rel
            data = self.files[rel]
            if target.is_file() and target.read_bytes() == data:
                report.unchanged += 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix="." + target.name + ".", suffix=".tmp", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.chmod(tmp, 0o644)
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            report.written += 1
        for rel in previous:
            if rel not in self.files and _owned(rel):
                stale = docs / rel
                if stale.is_file():
                    stale.unlink()
                    report.removed += 1
                    _prune_empty(stale.parent, docs)
        manifest = json.dumps({"note": "Tệp do generator sinh; đừng sửa tay.", "files": report.files},
                              ensure_ascii=False, indent=0) + "\n"
        if not manifest_path.is_file() or manifest_path.read_text(encoding="utf-8") != manifest:
            manifest_path.parent.mkdir(parents=True, exist_ok=True)
            manifest_path.write_text(manifest, encoding="utf-8")
        return report


def _prune_empty(folder: Path, docs: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
