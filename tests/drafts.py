"""A draft of `kehoach import` as the importer tests read it: tasks by the start of their text, agency names
by id (the registry's and the draft's proposals), review notes by their words."""

from __future__ import annotations

from pathlib import Path

from generator.importer import import_document
from generator.importer.fields import Known, match_agencies

SOURCE = Path(__file__).resolve().parent.parent / "source"


class Draft:
    def __init__(self, path: Path):
        self.path = path
        self.draft = import_document(path, SOURCE)
        self.plan = self.draft.plan
        self.names = {a.id: a.name for a in Known.load(SOURCE).registry.agencies}
        self.names.update({a["id"]: a["name"] for a in self.draft.registry.get("agencies", [])})
        self.tasks = self.plan["tasks"]

    def __getitem__(self, prefix: str) -> dict:
        found = [t for t in self.tasks if t["text"].startswith(prefix)]
        assert len(found) == 1, (prefix, [t["text"][:50] for t in self.tasks])
        return found[0]

    def lead(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self[prefix]["lead"]]

    def coop(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self[prefix].get("cooperating", [])]

    def texts(self) -> list[str]:
        return [t["text"] for t in self.tasks]

    def notes(self, words: str) -> list[str]:
        return [r for r in self.plan["review"] if words in r]


#: a plan's header and its task part, as a commune, a Hội or a company types it (a TAB between the header's columns),
#: to fill with ``str.format`` (issuer, number, place, title; the day, when it matters, "{day}")
PLAN_HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: {number}\t{place}, {day}", "", "KẾ HOẠCH", "{title}", "", "II. NHIỆM VỤ"]


def plan_head(day: str = "ngày 09 tháng 7 năm 2026", **values) -> list[str]:
    """``PLAN_HEAD`` filled with ``values`` and the day it is signed."""
    return [line.format(day=day, **values) for line in PLAN_HEAD]


def named_as(names: list[str], printed: list[str]) -> bool:
    """``names`` (a task's bodies by name) are the bodies ``printed`` names, in any order: the registry's full names begin
    with them ("Sở Nội vụ tỉnh Nghệ An" for "Sở Nội vụ"), a proposal's are them."""
    return len(names) == len(printed) and all(any(n.startswith(p) for n in names) for p in printed)


def names_of(text: str) -> list[str]:
    """The bodies ``text`` names that the registry does not know, as the importer reads them (``match_agencies``)."""
    return match_agencies(text, Known.load(SOURCE)).unknown


def gives_no_task(text: str) -> bool:
    """A plain paragraph of ``text`` is no task whatever stands around it (a closing, a rule, a contact line …)."""
    from generator.importer import draft, layout

    return draft._no_task(layout.Para(text=text, line=1, end_line=1))


def written(tmp_path: Path, name: str, lines: list[str]) -> Draft:
    """The draft of a document written by the test, one list item a line."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Draft(path)


def written_as(tmp_path: Path, name: str, suffix: str, lines: list[str]) -> Draft:
    """The draft of a document written by the test as a .txt (a line each) or, for any other suffix, as Markdown
    (``as_markdown``)."""
    return written(tmp_path, name + suffix, lines if suffix == ".txt" else as_markdown(lines))


def drafted(tmp_path: Path, template: list[str], suffix: str, file: str = "ke-hoach", **values) -> Draft:
    """The draft of ``template`` filled with ``values`` (``str.format``), written as ``written_as`` writes it."""
    return written_as(tmp_path, file, suffix, [line.format(**values) for line in template])


def with_table(before: list[str], header: list[str], rows: list[list[str]], after: list[str], suffix: str) -> list[str]:
    """The lines of a document with a table between ``before`` and ``after``: its cells separated by a TAB in a .txt,
    a Markdown pipe table in a .md (where the TAB of a header or signature line becomes a space). A row of one value
    (a group's title) is padded across the table."""
    rows = [row if len(row) > 1 else row + [""] * (len(header) - 1) for row in rows]
    if suffix == ".txt":
        return before + ["\t".join(header)] + ["\t".join(row) for row in rows] + [""] + after
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(row) + " |" for row in rows]
    return [line.replace("\t", " ") for line in before] + [""] + table + [""] + [line.replace("\t", " ") for line in after]


def as_markdown(lines: list[str]) -> list[str]:
    """The lines of a text document as an editor writes them in Markdown: a blank line after each paragraph, the two
    halves of a header or signature line (a TAB between them) as cells of a row."""
    return [x for line in lines for x in (line.replace("\t", " | "), "")]


def word_document(tmp_path: Path, name: str, before: list[str], rows: list[list[str]], after: list[str],
                  fill=None) -> Draft:
    """The draft of a Word document written by the test: ``before`` a paragraph each, a table of ``rows`` (the first
    its header; a row of one value is a title merged across the row), ``after`` a paragraph each. ``fill(table)`` may
    then merge or write cells its own way (bold runs, line breaks)."""
    import docx

    document = docx.Document()
    for line in before:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for row, values in zip(table.rows, rows):
        if len(values) == 1:
            row.cells[0].merge(row.cells[-1]).text = values[0]
            continue
        for cell, value in zip(row.cells, values):
            cell.text = value
    if fill is not None:
        fill(table)
    for line in after:
        document.add_paragraph(line)
    path = tmp_path / name
    document.save(path)
    return Draft(path)
