"""OCR benchmark: the originals printed, scanned and imported again.

    .venv/bin/python benchmarks/ocr.py [--dpi 300] [--limit-pages N] [--only NAME …]

Each original's text of record (``source/raw/``, the repaired text for Kon Tum
2023), and each document of the import corpus (``../shared/import-corpus/``,
skipped when absent), with the conversion's markup removed, is drawn on A4 pages in a
Vietnamese serif font at ``--dpi``, rotated 0.5°, with speckle noise and a red
stamp over the text (``tests/scans.py``), saved as an image-only PDF, and
imported by ``kehoach import`` (OCR with Tesseract's Vietnamese model).
Tables are drawn as a word processor prints them (``tests/scans.py``: ruled,
each cell wrapped in its column, the header repeated on each page, rows split
at a page break): a tab-separated table as it is; a table the text holds
flattened (one cell fragment a line, as Gia Lai's appendix came out of its PDF)
as the table it was, from the cells the text import read in it (its rows, its
groups' titles as merged rows); a Markdown conversion's pipe table (and its
two-cell header or signature rows) as the table it was printed as, not as its
pipes.
Reported per document, side by side with the import of the same text:

* character error rate (CER) on the whole text, and on the letters that carry
  Vietnamese diacritics alone (the hard part: ả ẫ ự đ …);
* task recall and lead accuracy of the OCR import *relative to the text
  import* (tasks matched by text as in ``benchmarks/import_accuracy.py``);
* seconds per page.

The CER compares the OCR text with the text as drawn, in reading order (a
table row's cells one after the other, the header again on each page).

Aims (issue 17): CER ≤ 2 %, task recall ≥ 90 % of the text-based import's,
≤ 10 s per page on this machine.  No assertions.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import re
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator.importer import import_document, tables  # noqa: E402
from generator.text import plain_line  # noqa: E402
from generator.source.validate import check  # noqa: E402

CORPUS = ROOT.parent / "shared" / "import-corpus"


def _diacritic(ch: str) -> bool:
    return ch in "đĐ" or unicodedata.normalize("NFD", ch) != ch


def cer(ref: str, hyp: str) -> float:
    ref, hyp = " ".join(ref.split()), " ".join(hyp.split())
    ops = difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal") / max(len(ref), 1)


def cer_diacritics(ref: str, hyp: str) -> float:
    """Errors on the letters with diacritics: each such letter of the reference counts as right when the
    aligned character of the OCR text is the same letter."""
    ref, hyp = " ".join(ref.split()), " ".join(hyp.split())
    wanted = [i for i, ch in enumerate(ref) if _diacritic(ch)]
    right = set()
    for block in difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_matching_blocks():
        right.update(range(block.a, block.a + block.size))
    return sum(i not in right for i in wanted) / max(len(wanted), 1)


def compare(text_tasks: list[dict], ocr_tasks: list[dict]) -> tuple[float, float]:
    from import_accuracy import similar

    pairs = sorted(((similar(t["text"], o.get("text", "")), i, j) for i, t in enumerate(text_tasks)
                    for j, o in enumerate(ocr_tasks) if t["place"]["part"] == o["place"]["part"]), reverse=True)
    used_t, used_o, matched = set(), set(), []
    for score, i, j in pairs:
        if score < 0.85:
            break
        if i in used_t or j in used_o:
            continue
        used_t.add(i), used_o.add(j)
        matched.append((text_tasks[i], ocr_tasks[j]))
    recall = len(matched) / max(len(text_tasks), 1)
    leads = sum(t.get("lead") == o.get("lead") for t, o in matched) / max(len(matched), 1)
    return recall, leads


#: the header of a table drawn from the cells the text import read (the columns' usual names)
_LABELS = {"text": "Nhiệm vụ", "lead_text": "Cơ quan chủ trì", "cooperating_text": "Cơ quan phối hợp",
           "submit_to": "Cấp trình", "output": "Sản phẩm hoàn thành", "deadline": "Thời gian hoàn thành"}


_PIPE_RULE = re.compile(r"^:?-{3,}:?$")


def unpiped(lines: list[str]) -> list[str]:
    """A Markdown conversion's pipe tables as the tables they were printed as: each row's cells tab-separated (as a
    Word table's), the rule under the header dropped; other lines as they are."""
    out = []
    for line in lines:
        if len(line) > 1 and line.startswith("|") and line.endswith("|"):
            cells = [cell.strip() for cell in line[1:-1].split("|")]
            if not all(_PIPE_RULE.match(cell) for cell in cells):
                out.append("\t".join(cells))
            continue
        out.append(line)
    return out


def as_printed(lines: list[str], typed: dict) -> list[str]:
    """``lines`` with each task table the text holds flattened (not tab-separated) put back as the table it was:
    its header, its groups' titles as merged rows, its rows' cells as the text import read them (``typed``);
    a Markdown pipe table as a table too (``unpiped``)."""
    lines = unpiped(lines)
    flattened = [t for t in tables.find_tables(lines) if t.kind == "tasks" and t.layout not in ("tsv", "pipe")]
    rows = [t for t in typed["tasks"] if t["place"]["part"] == "appendix"]
    if not flattened or not rows:
        return lines
    titles = {g["id"]: g["title"] for g in typed["groups"]}

    def cell(task: dict, key: str) -> str:
        value = task.get(key) or ""
        return value.get("printed") or "" if isinstance(value, dict) else value
    columns = [key for key in _LABELS if any(cell(task, key) for task in rows)]
    table = [["STT"] + [_LABELS[key] for key in columns]]
    group = None
    for task in rows:
        if task["place"].get("appendix_group") and task["place"]["appendix_group"] != group:
            group = task["place"]["appendix_group"]
            table.append([group, titles.get(task.get("group"), "")] + [""] * (len(columns) - 1))
        table.append([task["place"].get("appendix_row", "")] + [cell(task, key) for key in columns])
    out, at = [], 0
    for number, found in enumerate(flattened):  # the rows of all such tables are drawn where the first one was
        out += lines[at:found.start] + (["\t".join(row) for row in table] if number == 0 else [])
        at = found.end
    return out + lines[at:]


def main() -> None:
    from scans import drawn as drawn_text, pages, write_pdf

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--limit-pages", type=int, default=0, help="draw at most this many pages per document")
    parser.add_argument("--only", action="append", default=[], help="only documents whose name contains this (repeatable)")
    args = parser.parse_args()
    dataset, _ = check(ROOT / "source")
    documents = [(plan.id, ROOT / "source" / "raw" / (plan.text or plan.raw)) for plan in dataset.ordered_plans()]
    if CORPUS.is_dir():  # the import corpus, read from ../shared (never copied into the project)
        documents += [(path.stem.split("_")[0] + "-corpus", path) for path in sorted(CORPUS.glob("*.txt"))]
    else:
        print(f"corpus: {CORPUS} absent, skipped")
    if args.only:
        documents = [(name, path) for name, path in documents if any(part in name for part in args.only)]
    print(f"{'document':24} {'pages':>5} {'CER':>6} {'CER đ/dấu':>9} {'tasks':>5} {'recall':>7} {'lead':>6} {'s/page':>7}")
    totals = {"pages": 0, "seconds": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        for name, record in documents:
            text = record.read_text(encoding="utf-8")
            lines = [plain_line(line).strip(" ") for line in text.split("\n")]  # tabs kept: a table row's empty cells
            text_copy = Path(tmp) / f"{name}.txt"
            text_copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
            typed = import_document(text_copy, ROOT / "source")
            printed = as_printed(lines, typed.plan)
            images = pages(printed, dpi=args.dpi, rotate=0.5, noise=0.0004, stamp=True)
            if args.limit_pages:
                images = images[: args.limit_pages]
            pdf = write_pdf(images, Path(tmp) / f"{name}.pdf", dpi=args.dpi)
            start = time.perf_counter()
            scanned = import_document(pdf, ROOT / "source")
            seconds = time.perf_counter() - start
            ocr_text = scanned.repaired_text or ""
            drawn = drawn_text(printed, args.dpi)  # what is on the pages, in reading order
            if args.limit_pages:  # compare with what was drawn: the text up to the last line OCR read
                drawn = drawn[: len(ocr_text) + 200]
                drawn = drawn[: drawn.rfind(ocr_text.rstrip().rsplit("\n", 1)[-1][-20:]) + 20] or drawn
            recall, leads = compare(typed.plan["tasks"], scanned.plan["tasks"])
            totals["pages"] += len(images)
            totals["seconds"] += seconds
            print(f"{name:24} {len(images):5} {cer(drawn, ocr_text):6.1%} {cer_diacritics(drawn, ocr_text):9.1%} "
                  f"{len(typed.plan['tasks']):5} {recall:7.1%} {leads:6.1%} {seconds / len(images):7.1f}", flush=True)
    print(f"all: {totals['pages']} pages, {totals['seconds'] / max(totals['pages'], 1):.1f} s per page")


if __name__ == "__main__":
    main()
