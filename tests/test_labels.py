"""UI words live in generator/labels.py only: templates, theme and scripts carry none."""

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "generator" / "site" / "templates").glob("*.j2")) + [
    ROOT / "theme_overrides" / "main.html",
    ROOT / "theme_overrides" / "assets" / "javascripts" / "kehoach-finder.js",
    ROOT / "generator" / "cli.py",  # the command line's help is in labels.CLI_HELP (issue 13)
]
COMMENTS = re.compile(r"\{#.*?#\}|/\*.*?\*/|//[^\n]*", re.S)


def vietnamese(text: str) -> list[str]:
    """Words with a letter only Vietnamese uses (diacritics, đ)."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    return [w for w in words if any(unicodedata.normalize("NFD", ch) != ch or ch in "đĐ" for ch in w)]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_vietnamese_words_outside_labels(path):
    assert vietnamese(COMMENTS.sub("", path.read_text(encoding="utf-8"))) == []


def test_every_label_used_by_a_template_exists():
    from generator.labels import _LABELS

    used = set()
    for path in FILES[:-2]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bL\.([a-z0-9_]+)", text)) | set(re.findall(r'label\("([a-z0-9_]+)"\)', text))
    assert used and used <= set(_LABELS)


def test_every_message_is_used_and_every_used_message_exists():
    """The command line's words are in labels.MESSAGES: none missing, none left unused."""
    from generator.labels import MESSAGES

    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "generator").rglob("*.py"))
    used = set(re.findall(r'message\(\s*"([a-z0-9_]+)"', code)) | set(re.findall(r"message\('([a-z0-9_]+)'", code))
    from generator.source.validate import _PYDANTIC

    used |= {key for key, _ in _PYDANTIC.values()}  # pydantic's error types in our words
    assert used - set(MESSAGES) == set()
    assert set(MESSAGES) - used == set()


@pytest.mark.parametrize("argv", [["--help"], ["build", "--help"], ["serve", "--help"], ["import", "--help"]])
def test_command_line_help_speaks_vietnamese(argv, capsys):
    from generator.cli import main

    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert "cách dùng:" in out and "tùy chọn" in out
    for english in ("usage:", "options:", "show this help", "positional arguments"):
        assert english not in out
    # every option says what it is for
    options = [line for line in out.splitlines() if line.strip().startswith("--")]
    assert all(len(line.split(None, 2)) >= 2 for line in options), options


def test_command_line_errors_speak_vietnamese(capsys):
    from generator.cli import main

    with pytest.raises(SystemExit):
        main(["build", "--build-date", "2020-13-01"])
    err = capsys.readouterr().err
    assert "lỗi:" in err and "không phải ngày" in err and "error:" not in err


def test_deadline_kinds_are_one_table():
    """Models, validation, pages, open data and labels all read generator/source/deadlines.py KINDS."""
    import typing

    from generator.source.deadlines import KINDS
    from generator.labels import DEADLINE_KIND
    from generator.source.models import Deadline

    assert set(DEADLINE_KIND) == set(KINDS)
    assert typing.get_args(Deadline.model_fields["kind"].annotation) == tuple(KINDS)
    importer = (ROOT / "generator" / "importer" / "fields.py").read_text(encoding="utf-8")
    used = set(re.findall(r'\("([a-z-]+)", re\.compile', importer))
    assert used and used <= set(KINDS)


def test_no_catalogue_key_is_written_twice():
    """A key written twice in a dict literal silently keeps the last value: one label, one place."""
    import ast

    tree = ast.parse((ROOT / "generator" / "labels.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_every_label_is_used():
    """Issue 13: a label no template, page builder or script reads is a label nobody maintains."""
    from generator.labels import _LABELS
    root = ROOT / "generator"
    texts = [p.read_text(encoding="utf-8") for p in list(root.rglob("*.py")) + list((root / "site" / "templates").rglob("*.j2"))
             + list((ROOT / "theme_overrides").rglob("*.html")) + list((ROOT / "theme_overrides").rglob("*.js"))
             if p.name != "labels.py"]
    blob = "\n".join(texts)
    unused = [k for k in _LABELS if not re.search(r"(?<![A-Za-z0-9_])%s(?![A-Za-z0-9_])" % re.escape(k), blob)]
    assert unused == []
