"""Every draft `kehoach import` writes can pass `kehoach check` once a maintainer has reviewed it.

The maintainer's workflow: `kehoach import FILE` writes a draft plan (or report), proposals for the registry
beside the curated files and a review report; the maintainer reads the review lines against the original,
deletes them, and runs `kehoach check`. Each document the importer is tested on — every fixture in
tests/fixtures/import/, the five originals in source/raw/, the two corpus documents in ../shared/import-corpus/
when present — is imported here into a scratch copy of the project, its proposals kept in the registry, its
review lines deleted as a maintainer who agrees with them would, and checked.

A value the importer writes must never be one `check` refuses: such a failure is listed as
file:line:col: field: message. The only errors allowed are the fields the draft itself said it could not fill
and asked the maintainer to supply (a review line of the same item, in labels.py's words: a task with no lead
found, a target with no horizon, a plan with no province or no title line): those stay open until a person
fills them, and the test checks each is asked for where check refuses it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import MINI
from generator.cli import main
from generator.labels import MESSAGES, REGISTRY_NOUN, message

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
FIXTURES = ROOT / "tests" / "fixtures" / "import"
CORPUS = ROOT.parent / "shared" / "import-corpus"
DOCUMENTS = (".txt", ".md", ".docx", ".pdf")

#: what check says of a field the draft asked the maintainer to supply, and the review lines that ask for it
ASKED = {
    "lead": ([message("no_lead")], ("imp_no_lead",)),
    "year": ([message("no_horizon")], ("imp_no_year",)),
    "province": ([message("unknown_ref", noun=REGISTRY_NOUN["provinces"], value="chua-ro")],
                 ("imp_central", "rep_no_province")),
    "title": ([message("missing_field"), message("need_text")], ("imp_no_title",)),
}


def _report(path: Path) -> bool:
    """An implementation report (titled BÁO CÁO): drafted against the plan it reports on."""
    from generator.importer.status_report import title_line

    return path.suffix in (".txt", ".md") and title_line(path.read_text(encoding="utf-8").split("\n")) is not None


FIXTURE_FILES = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in DOCUMENTS and p.name != "README.md"]


def _documents() -> list:
    docs = [pytest.param(path, None, id=path.name) for path in FIXTURE_FILES if not _report(path)]
    docs += [pytest.param(path, path.name, id=f"original-{path.name}") for path in sorted((SOURCE / "raw").glob("*.txt"))]
    if CORPUS.is_dir():
        docs += [pytest.param(path, None, id=f"corpus-{path.name}") for path in sorted(CORPUS.glob("*.txt"))]
    return docs


_REVIEW = re.compile(r"^(?P<indent>\s*)review:\s*$")


def without_review(text: str) -> str:
    """The draft as a maintainer leaves it after reading every review line: those lines deleted, nothing else."""
    out, skip = [], None
    for line in text.splitlines(keepends=True):
        if skip is not None:
            indent = len(line) - len(line.lstrip(" "))
            if line.strip() and (indent > skip or (indent == skip and line.lstrip().startswith("- "))):
                continue
            skip = None
        found = _REVIEW.match(line)
        if found:
            skip = len(found.group("indent"))
            continue
        out.append(line)
    return "".join(out)


def _notes(data) -> list[str]:
    """Every review line of a draft, wherever it stands (plan, task, target, status)."""
    if isinstance(data, dict):
        return list(data.get("review") or []) + [n for k, v in data.items() if k != "review" for n in _notes(v)]
    return [n for v in data for n in _notes(v)] if isinstance(data, list) else []


_MATCHED = re.compile("^" + re.escape(MESSAGES["imp_matched_by_id"]).replace(re.escape("{name!r}"), "'(?P<name>[^']+)'", 1)
                      .replace(re.escape("{id}"), "(?P<id>[a-z0-9-]+)", 1).replace(re.escape("{name!r}"), "'(?P=name)'")
                      .replace(re.escape("{id}"), "(?P=id)") + "$")


def apply_proposals(source: Path, drafts: dict) -> list[tuple[str, str]]:
    """What a maintainer does with the drafts' proposals: new agencies and documents stay in their proposals file
    (``registry/<id>-de-xuat.yaml``, read by check like any registry file); a printed name the draft read as a
    registered body by its id goes into that body's variants, as the review line says. Returns those (id, name)."""
    added = []
    for note in _notes(list(drafts.values())):
        found = _MATCHED.match(note)
        if found is None or (found["id"], found["name"]) in added:
            continue
        for path in sorted((source / "registry").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            agency = next((a for a in data.get("agencies", []) if a["id"] == found["id"]), None)
            if agency is not None:
                agency.setdefault("variants", []).append(found["name"])
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
                added.append((found["id"], found["name"]))
                break
    return added


def _asked(draft: dict) -> set[tuple]:
    """(path, field) of every field the draft's review lines ask the maintainer to supply."""
    asked = set()

    def said(notes: list, key: str) -> bool:  # the review line in labels.py's words (its fixed part, before a value)
        return any(note.startswith(MESSAGES[k].split("{")[0]) for note in notes or [] for k in ASKED[key][1])

    for key in ("province", "title"):
        if said(draft.get("review"), key):
            asked.add(((), key))
    for kind, key in (("tasks", "lead"), ("targets", "year")):
        for i, item in enumerate(draft.get(kind) or []):
            if said(item.get("review"), key):
                asked.add(((kind, i), key))
    return asked


_PROBLEM = re.compile(r"^(?P<file>\S+):(?P<line>\d+):(?P<col>\d+): (?P<field>[^:]*): (?P<message>.*)$")
_FIELD = re.compile(r"^(?:(?P<kind>tasks|targets)\[(?P<i>\d+)\]\.)?(?P<key>[a-z_]+)(?:\[\d+\])?$")


def _refused(problems: list[str], asked: dict[str, set]) -> list[str]:
    """The errors check reports on the drafts that are not a field the draft asked for."""
    refused = []
    for line in problems:
        found = _PROBLEM.match(line)
        field = _FIELD.match(found.group("field")) if found else None
        name = Path(found.group("file")).name if found else ""
        if field and name in asked:
            path = (field.group("kind"), int(field.group("i"))) if field.group("kind") else ()
            key = field.group("key")
            if (path, key) in asked[name] and found.group("message") in ASKED.get(key, ([], ()))[0]:
                continue
        refused.append(line)
    return refused


def _import_and_check(source: Path, document: Path, capsys) -> tuple[list[str], dict]:
    """Import ``document`` into ``source``, delete its drafts' review lines, check; (errors, drafts by file name)."""
    before = set(source.rglob("*.yaml"))
    code = main(["import", str(document), "--source", str(source), "--report", str(source.parent / "import.md")])
    out = capsys.readouterr()
    assert code == 0 and "Traceback" not in out.err, out.err
    drafts = {}
    for path in [p for p in source.rglob("*.yaml") if p not in before and p.parent.name in ("plans", "reports")]:
        text = path.read_text(encoding="utf-8")
        drafts[path.name] = yaml.safe_load(text)
        path.write_text(without_review(text), encoding="utf-8")
    assert drafts
    apply_proposals(source, drafts)
    code = main(["check", "--source", str(source)])
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if _PROBLEM.match(line) and "cảnh báo" not in line]
    assert (code == 0) == (errors == []), err
    return errors, drafts


@pytest.mark.parametrize("document,original", _documents())
def test_a_reviewed_draft_passes_check(tmp_path, capsys, document, original):
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    if original is not None:  # an original of the curated data: imported as if it were new
        for plan in (source / "plans").glob("*.yaml"):
            if f"raw: {original}" in plan.read_text(encoding="utf-8"):
                plan.unlink()
        (source / "raw" / original).unlink()
        (source / "raw" / "repaired" / original).unlink(missing_ok=True)
    errors, drafts = _import_and_check(source, document, capsys)
    asked = {name: _asked(draft) for name, draft in drafts.items()}
    refused = _refused(errors, asked)
    assert refused == [], "check refuses values the importer wrote:\n" + "\n".join(refused)


@pytest.mark.parametrize("document", [p for p in FIXTURE_FILES if _report(p)], ids=lambda p: p.name)
def test_a_reviewed_report_draft_passes_check(tmp_path, capsys, document):
    """An implementation report is drafted against the plan it reports on: the mini project's fictional plan."""
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    shutil.rmtree(source / "reports")
    errors, drafts = _import_and_check(source, document, capsys)
    assert len(drafts) == 1 and errors == []


def test_review_lines_are_deleted_and_nothing_else():
    draft = ("id: x\ntasks:\n  - id: nv-001\n    lead: []\n    review:\n      - 'không tìm thấy'\n      - b\n"
             "    deadline:\n      kind: unspecified\nnotes:\n  - n\nreview:\n  - a\n")
    assert without_review(draft) == ("id: x\ntasks:\n  - id: nv-001\n    lead: []\n    deadline:\n      kind: unspecified\n"
                                     "notes:\n  - n\n")


def test_a_name_read_by_id_is_added_to_the_registered_body(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    note = message("imp_matched_by_id", name="Sở Công Thương", id="so-cong-thuong-lam-dong")
    draft = {"tasks": [{"review": ["khác", note]}, {"review": [note]}]}
    assert apply_proposals(source, {"p.yaml": draft}) == [("so-cong-thuong-lam-dong", "Sở Công Thương")]
    registry = yaml.safe_load((source / "registry" / "sap-xep-2025.yaml").read_text(encoding="utf-8"))
    [agency] = [a for a in registry["agencies"] if a["id"] == "so-cong-thuong-lam-dong"]
    assert agency["variants"] == ["Sở Công Thương"]


def test_only_a_field_the_draft_asked_for_is_left_to_the_maintainer():
    """A check error on a field the draft's review asked to be supplied is an open question; on any other field, or
    the same field of another item, it is a value the importer should not have written."""
    draft = {"review": [message("imp_central", body="Bộ X")],
             "tasks": [{"review": [message("imp_no_lead")]}, {"review": ["khác"]}]}
    asked = {"p.yaml": _asked(draft)}
    lead = message("no_lead")
    province = message("unknown_ref", noun="tỉnh", value="chua-ro")
    errors = [f"source/plans/p.yaml:9:11: tasks[0].lead: {lead}", f"source/plans/p.yaml:19:11: tasks[1].lead: {lead}",
              f"source/plans/p.yaml:5:11: province: {province}",
              "source/plans/p.yaml:6:8: title: không tìm thấy trong p.md; đoạn gần nhất, dòng 1: 'x'"]
    assert _refused(errors, asked) == errors[1:2] + errors[3:]
