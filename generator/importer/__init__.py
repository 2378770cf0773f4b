"""``kehoach import FILE``: an original document → a draft plan and a review report.

The pipeline, top to bottom: ``extract`` (text from .txt/.md/.pdf/.docx, clear
errors for bad files) → ``repair`` (broken PDF fonts, generator/importer/repair.py in
its generic mode) → ``layout`` (lines → paragraphs with their list markers and
a section tree) → ``tables`` (appendix tables in the three layouts seen:
tab-separated, Markdown pipes, PDF-flattened one fragment per line) →
``fields`` (agencies matched against the registry, deadlines, targets,
legal references) → ``draft`` (a plan in the project's schema; every doubt
becomes a ``review`` marker that ``kehoach check`` refuses until a person
removes it) → ``report`` (terminal summary and a Markdown report).

The rules are general Vietnamese administrative-document conventions
(Nghị định 30/2020/NĐ-CP layout: "Số: …", place and date line, title, "Căn
cứ/Thực hiện", I./1./1.1./a)/-/+ items, "Nơi nhận", signature block), not
rules fitted to the five documents in ``source/``.
"""

from .draft import Draft, import_document
from .extract import ImportFailure

__all__ = ["Draft", "ImportFailure", "import_document"]
