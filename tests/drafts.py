"""A draft of `kehoach import` as the importer tests read it: tasks by the start of their text, agency names
by id (the registry's and the draft's proposals), review notes by their words."""

from __future__ import annotations

from pathlib import Path

from generator.importer import import_document
from generator.importer.fields import Known

SOURCE = Path(__file__).resolve().parent.parent / "source"


class Draft:
    def __init__(self, path: Path):
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


def written(tmp_path: Path, name: str, lines: list[str]) -> Draft:
    """The draft of a document written by the test, one list item a line."""
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Draft(path)
