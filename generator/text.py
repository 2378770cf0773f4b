"""Text normalisation shared by the validator and the page builders.

* ``nfc`` – Unicode NFC with whitespace runs collapsed (how every quoted field
  is stored and shown).
* ``plain`` – a raw document with the Markdown/HTML markup the conversions left
  behind removed (``**``, ``*``, ``#``, ``\\``, ``<b>``, ``<sup>…</sup>`` …),
  line by line so positions can be mapped back to line numbers.
* ``SourceText`` – the searchable form of one document: every character that
  is not whitespace, with the line it came from.  A quoted field is faithful
  when its own non-whitespace characters occur there contiguously: PDF
  extraction breaks lines inside words (``13-⏎NQ/TU``), so whitespace is the
  one thing the comparison ignores.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_WS = re.compile(r"\s+")
_SUP = re.compile(r"<sup>.*?</sup>", re.IGNORECASE)
_TAGS = re.compile(r"</?(?:b|i|u|strong|em|br|p|sup|sub)\s*/?>", re.IGNORECASE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_MARKUP_CHARS = str.maketrans({"*": None, "\\": None, "_": None})

#: Curly-quote variants folded to straight ones for matching only.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def nfc(value: str) -> str:
    """NFC + collapse whitespace + strip: the stored form of any text."""
    return _WS.sub(" ", unicodedata.normalize("NFC", value)).strip()


def plain_line(line: str) -> str:
    """Remove conversion markup from one raw line (keeps its text)."""
    line = unicodedata.normalize("NFC", line)
    line = _HEADING.sub("", line)
    line = _SUP.sub(" ", line)
    line = _TAGS.sub(" ", line)
    return line.translate(_MARKUP_CHARS)


def compact(value: str) -> str:
    """The comparison key: NFC, markup dropped, no whitespace, straight quotes."""
    return _WS.sub("", plain_line(value)).translate(_QUOTES)


@dataclass(frozen=True)
class Match:
    line: int  # 1-based line of the first character
    end_line: int


class SourceText:
    """A document prepared for verbatim look-ups."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        chars: list[str] = []
        line_of: list[int] = []
        for number, raw_line in enumerate(self.lines, start=1):
            key = compact(raw_line)
            chars.append(key)
            line_of.extend([number] * len(key))
        self.key = "".join(chars)
        self.line_of = line_of

    def find(self, quote: str) -> Match | None:
        needle = compact(quote)
        if not needle:
            return None
        at = self.key.find(needle)
        if at < 0:
            return None
        return Match(self.line_of[at], self.line_of[at + len(needle) - 1])

    def nearest(self, quote: str) -> tuple[int, str]:
        """Line and text of the passage most like ``quote`` (for error messages)."""
        needle = compact(quote)
        best, best_line = 0.0, 1
        width = max(len(needle), 1)
        step = max(width // 4, 1)
        matcher = SequenceMatcher(autojunk=False)
        matcher.set_seq2(needle)
        for start in range(0, max(len(self.key) - width, 0) + 1, step):
            matcher.set_seq1(self.key[start : start + width])
            if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
                continue
            ratio = matcher.ratio()
            if ratio > best:
                best, best_line = ratio, self.line_of[start] if self.line_of else 1
        if not self.lines:
            return 1, ""
        return best_line, nfc(self.lines[best_line - 1])[:160]
