"""The held-out documents of benchmarks/corpus/unseen/ and their annotations agree.

The annotations are written by reading the documents; these checks keep them honest when either is
edited: every anchor and every agency name is in its document as printed (a pipe-table row continued
on a next row with an empty first cell is read joined, cell by cell, as a reader joins it), deadline
kinds are the model's, and make_docx.py still writes the committed .docx (same paragraphs, styles,
numbering and table cells).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
import yaml
from docx import Document

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "benchmarks" / "corpus" / "unseen"
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_accuracy import norm  # noqa: E402

from generator.deadlines import KIND_IDS  # noqa: E402

ANNOTATIONS = sorted(UNSEEN.glob("*.yaml"))


def docx_text(path: Path) -> str:
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            seen = []
            for cell in row.cells:  # a merged cell is repeated once per column it spans
                if cell._tc not in seen:
                    seen.append(cell._tc)
                    parts.append(cell.text)
    return "\n".join(parts)


def joined_pipe_rows(text: str) -> str:
    """Pipe-table rows whose first cell is empty appended to the row above, cell by cell."""
    out: list[list[str] | str] = []
    for line in text.splitlines():
        if line.startswith("|") and line.rstrip().endswith("|"):
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            prev = out[-1] if out else None
            if cells[0] == "" and any(cells) and isinstance(prev, list) and len(prev) == len(cells):
                out[-1] = [f"{a} {b}".strip() for a, b in zip(prev, cells)]
                continue
            out.append(cells)
        else:
            out.append(line)
    return "\n".join(" | ".join(x) if isinstance(x, list) else x for x in out)


def document_text(path: Path) -> str:
    text = docx_text(path) if path.suffix == ".docx" else joined_pipe_rows(path.read_text(encoding="utf-8"))
    text = re.sub(r"\f\d*", " ", text)                  # form feed + page number of the next page
    return norm(re.sub(r"<br>|\*|\\(?=[-.])", " ", text))  # Markdown markup left by the conversion


def test_six_documents_each_annotated():
    assert len(ANNOTATIONS) == 6
    for path in ANNOTATIONS:
        assert (UNSEEN / yaml.safe_load(path.read_text(encoding="utf-8"))["file"]).is_file()


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem[:20])
def test_annotation_is_in_its_document(path):
    want = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = document_text(UNSEEN / want["file"])
    for field in (want["number"], want["signer"]["name"]):
        assert norm(field) in text, field
    missing = []
    for task in want["tasks"]:
        assert task["part"] in ("body", "appendix")
        for deadline in (task["deadline"], *task.get("deadline_alt", [])):
            assert deadline["kind"] in KIND_IDS, task["anchor"]
        if norm(task["anchor"]) not in text:
            missing.append(task["anchor"])
        for name in (*task["lead"], *task["cooperating"], *(n for alt in task.get("lead_alt", []) for n in alt)):
            if norm(name) not in text and norm(name).replace("uy ban nhan dan", "ubnd") not in text:
                missing.append(name)
    assert missing == []


def test_make_docx_writes_the_committed_file(tmp_path):
    spec = importlib.util.spec_from_file_location("make_docx", UNSEEN / "make_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = tmp_path / "e.docx"
    fresh.write_bytes(module.build())

    def shape(path):
        doc = Document(path)
        paragraphs = [(p.style.name, p.text, p._p.xpath("string(./w:pPr/w:numPr/w:numId/@w:val)"))
                      for p in doc.paragraphs]
        tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
        return paragraphs, tables

    assert shape(fresh) == shape(module.OUT)
