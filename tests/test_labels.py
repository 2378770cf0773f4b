"""UI words live in generator/labels.py only: templates, theme and scripts carry none."""

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "generator" / "templates").glob("*.j2")) + [
    ROOT / "theme_overrides" / "main.html",
    ROOT / "theme_overrides" / "assets" / "javascripts" / "kehoach-finder.js",
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
