"""Fidelity: quoted text is found in the document of record, structured fields are traced to their quote.

The checks of ``validate`` that read the original texts (``source/raw/``): a plan's or report's text of
record, every quoted field found in it (its lines kept for the pages' links), the structured date only as far
as it is printed, a target's value printed in its sentence, a task's agencies named in its quotes.  A mixin
of ``validate._Checker``: it uses the checker's ``root``, ``registry``, ``err`` and ``warn``.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from pathlib import Path

from ..labels import message
from ..text import SourceText
from ..vi import fold
from .loader import MAX_FILE_BYTES, Loaded
from .models import Plan

RAW_DIR = "raw"

#: verbatim fields of a task, checked against the document text
TASK_QUOTES = ("text", "lead_text", "cooperating_text", "output", "submit_to")


class Fidelity:
    def _document(self, doc, loaded: Loaded) -> tuple[str, Path] | None:
        """The text of record of a plan or report (``text:`` if set, else ``raw:``), NFC; None after an error."""
        raw_path = self.root / RAW_DIR / doc.raw
        text_path = self.root / RAW_DIR / (doc.text or doc.raw)
        for key, path in (("raw", raw_path), ("text", text_path)):
            name = getattr(doc, key)
            if name is not None and not _clean_relative(name):
                self.err(loaded, (key,), message("raw_path", name=name))
                return None
            if not _inside(path, self.root / RAW_DIR) or not path.is_file():
                self.err(loaded, (key,), message("no_raw_file", name=getattr(doc, key)))
                return None
        if text_path.stat().st_size > 4 * MAX_FILE_BYTES:
            self.err(loaded, ("text",), message("text_file_too_big"))
            return None
        try:
            return unicodedata.normalize("NFC", text_path.read_bytes().decode("utf-8").lstrip("\ufeff")), text_path
        except UnicodeDecodeError:
            self.err(loaded, ("text",), message("text_not_utf8"))
            return None

    def _quoter(self, document: str, text_path: Path, loaded: Loaded):
        """``quote(value, path, cell=False)``: where ``value`` is in the document (a text.Match), or an error and None."""
        source = SourceText(document)

        def quote(value: str | None, path: tuple, *, cell: bool = False):
            """The lines where a quoted field is found (a text.Match), or None."""
            if not value:
                return None
            match = source.find_cell(value) if cell else source.find(value)
            if match is None:
                line, near = source.nearest(value)
                self.err(loaded, path, message("quote_not_found", file=text_path.name, line=line, near=near))
                return None
            return match

        return quote

    def _check_header(self, doc, loaded: Loaded, quote) -> None:
        """Title, subject, number, printed date and signer of a plan or report: quotes; the structured
        date only as far as it is printed."""
        quote(doc.title, ("title",))
        quote(doc.subject, ("subject",))
        quote(doc.number, ("number",))
        quote(doc.date.printed, ("date", "printed"))
        quote(doc.signer.name, ("signer", "name"))
        quote(doc.signer.title, ("signer", "title"), cell=True)  # a block beside "Nơi nhận": its lines interleave with it
        if doc.date.inferred_year is not None and doc.date.year is not None:
            self.err(loaded, ("date", "inferred_year"), message("inferred_beside_printed"))
        if doc.date.inferred_year is not None and not doc.date.inferred_from:
            self.err(loaded, ("date", "inferred_year"), message("inferred_needs_source"))
        self._date_in_printed(doc.date, loaded, ("date",))

    def _date_in_printed(self, date, loaded: Loaded, path: tuple) -> None:
        for key in ("year", "month", "day"):  # the structured date only as far as it is printed
            value = getattr(date, key)
            if value is not None and date.printed and not re.search(rf"(?<!\d)0?{value}(?!\d)", date.printed):
                self.err(loaded, path + (key,), message("not_in_printed_date", value=value, printed=date.printed))

    def _opened(self, doc, loaded: Loaded, texts: dict):
        """A plan's or report's text of record read (kept in ``texts``) and its header's quotes checked: its
        ``quote`` function, or None after an error."""
        read = self._document(doc, loaded)
        if read is None:
            return None
        document, text_path = read
        texts[doc.id] = document
        quote = self._quoter(document, text_path, loaded)
        self._check_header(doc, loaded, quote)
        return quote

    def _check_text(self, plan: Plan, loaded: Loaded, texts: dict, lines: dict) -> None:
        quote = self._opened(plan, loaded, texts)
        if quote is None:
            return
        for key in ("purpose", "requirements", "objectives"):
            for i, value in enumerate(getattr(plan, key)):
                quote(value, (key, i))
        for i, group in enumerate(plan.groups):
            quote(group.title, ("groups", i, "title"))
        for i, target in enumerate(plan.targets):
            found = quote(target.text, ("targets", i, "text"))
            if found:
                lines[(plan.id, "target", target.id)] = (found.line, found.end_line)
            if target.year is None and not target.ambiguities:
                self.err(loaded, ("targets", i, "year"), message("no_horizon"))
            if not number_in(target.value, target.text):
                self.err(loaded, ("targets", i, "value"), message("value_not_in_text", value=f"{target.value:g}"))
            if target.value_max is not None and not number_in(target.value_max, target.text):
                self.err(loaded, ("targets", i, "value_max"), message("value_not_in_text", value=f"{target.value_max:g}"))
        for i, task in enumerate(plan.tasks):
            path = ("tasks", i)
            # a task may be cut by a page break, a footnote or a flattened table's other columns
            for key in TASK_QUOTES:
                found = quote(getattr(task, key), path + (key,), cell=True)
                if key == "text" and found:
                    lines[(plan.id, "task", task.id)] = (found.line, found.end_line)
            quote(task.deadline.printed, path + ("deadline", "printed"), cell=True)
            quote(task.deadline.condition, path + ("deadline", "condition"), cell=True)
            self._trace_agencies(plan, task, loaded, path)

    def _names(self) -> dict[str, tuple[str, ...]]:
        """Folded name and variants of every agency (computed once)."""
        if not hasattr(self, "_folded_names"):
            self._folded_names = {
                a.id: tuple(fold(n) for n in (a.name, *a.variants)) for a in self.registry["agencies"].values()
            }
            by_province: dict[str | None, list] = {}
            for a in self.registry["agencies"].values():
                if a.kind != "nhom":
                    by_province.setdefault(a.province, []).append(
                        (a.id, a.name, tuple(fold(v) for v in a.variants if len(v) > 8)))
            self._agencies_by_province = by_province
        return self._folded_names

    def _trace_agencies(self, plan: Plan, task, loaded: Loaded, path: tuple) -> None:
        names = self._names()
        # agencies a quote could name without listing: the plan's province and central bodies
        candidates = self._agencies_by_province.get(plan.province, []) + self._agencies_by_province.get(None, [])
        for key, quoted in (("lead", task.lead_text), ("cooperating", task.cooperating_text)):
            haystack = fold(" ".join(filter(None, [quoted, task.text])))
            for j, agency_id in enumerate(getattr(task, key)):
                if agency_id in names and not any(n in haystack for n in names[agency_id]):
                    self.err(
                        loaded, path + (key, j),
                        message("agency_not_named", id=agency_id, key=key),
                    )
            # names printed in the quote but neither listed nor explained in an ambiguity note: warn
            if quoted:
                listed = set(task.lead) | set(task.cooperating)
                folded = fold(quoted)
                explained = fold(" ".join(task.ambiguities))
                for agency_id, name, variants in candidates:
                    if agency_id in listed or any(v in explained for v in variants):
                        continue
                    if any(v in folded for v in variants):
                        self.warn(loaded, path + (f"{key}_text",), message("names_unlisted", name=name))
                        break


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


#: small numbers written as words ("ít nhất một mô hình"); "năm" (5) is left out: it is also "year"
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def number_in(value: float, text: str) -> bool:
    """Is ``value`` printed in ``text`` (Vietnamese formats: 4.200, 2,5, 05; một … mười in words)?"""
    if any(_NUMBER_WORDS.get(word) == value for word in re.findall(r"\w+", text.lower())):
        return True
    for token in _NUMBER.findall(text):
        candidates = {token.replace(".", "").replace(",", "."), token.replace(",", "")}
        for candidate in candidates:
            try:
                if float(candidate) == value:
                    return True
            except ValueError:
                continue
    return False


def _clean_relative(name: str) -> bool:
    """A relative POSIX path in normal form: it names the same file in source/raw/ and in the site."""
    return (posixpath.normpath(name) == name and not name.startswith("/") and "\\" not in name
            and ".." not in name.split("/") and name not in (".", ""))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


