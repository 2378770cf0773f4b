"""Turning data into inert Markdown.

Every string that comes from the data passes through ``text()``: HTML
special characters and every ASCII punctuation mark that Markdown,
pymdown-extensions or MkDocs could read as syntax are written as numeric
character references.  Marks that are syntax only at the start of a line
(``-``/``+`` list, ``1.`` ordered list) are
escaped there only: data text is always one line, so elsewhere they are
plain text — and every reference costs Python-Markdown an inline-pattern
match (this halved the time spent on entities at national size).  Python-Markdown leaves references alone and the
browser shows the original character, so ``[x](javascript:…)``,
``<script>``, ``!!! note``, ``--8<--``, ``{: .class}``, ``| table |`` and
``{{ jinja }}`` all arrive on the page as the text that was typed.

Templates run with autoescape on and a ``finalize`` hook that passes every
plain string through ``text()``: forgetting ``|t`` cannot open a hole.
Values refused outright: None and booleans (a template bug).  Inside
templates, never join a ``Markup`` label with data text using ``~`` (Jinja
would only HTML-escape the data); pass data to ``text``/``link`` on its own.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup, escape

from ..text import nfc

_SPECIAL = set("\\`*_{}[]<>#!|~^=&\"'$%@")  # "#" everywhere: a heading drops trailing #s
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in _SPECIAL}
# syntax only where a line starts: a heading, a list item, an ordered list "1."
_LINE_START = re.compile(r"^(?:[+\-]|(\d+)([.)]))")


def _escape_start(value: str) -> str:
    match = _LINE_START.match(value)
    if not match:
        return value
    if match.group(1) is not None:  # "2023. …": escape the dot after the number
        digits, mark = match.group(1), match.group(2)
        return digits + f"&#{ord(mark)};" + value[match.end():]
    return f"&#{ord(value[0])};" + value[1:]


def text(value: object) -> Markup:
    """Escape data text for Markdown (and HTML); whitespace collapsed to one line."""
    if value is None:
        return Markup("")
    if isinstance(value, Markup):
        return value
    return Markup(_escape_start(nfc(str(value)).translate(_TABLE)))


def number(value: int | float) -> Markup:
    from ..vi import format_number

    return Markup(format_number(value))


def link(href: str, label: object) -> Markup:
    """A Markdown link; ``href`` comes from ``urls`` (ids are [a-z0-9-])."""
    return Markup(f"[{text(label)}]({href})")


def url(path: str) -> str:
    """A relative URL with every character outside the unreserved set, '/' and '#'
    percent-encoded: a file name such as ``a) <img onerror=…> (b.txt`` can
    neither end a Markdown link nor open an HTML attribute."""
    return quote(path, safe="/#-._~")


_NOT_ATTR = re.compile(r"[^A-Za-z0-9_-]+")


def attr(value: str) -> Markup:
    """A value for an HTML attribute or a Markdown attr_list (ids, classes)."""
    return Markup(_NOT_ATTR.sub("", value))


def attr_words(values) -> Markup:
    """Several attribute values, space separated (``data-lead="so-a so-b"``)."""
    return Markup(" ".join(attr(v) for v in values))


def finalize(value: object) -> object:
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool) or value is None:
        raise TypeError(f"template printed a non-text value {value!r}")
    if isinstance(value, (int, float)):
        return Markup(str(value))
    if isinstance(value, str):
        return text(value)
    raise TypeError(f"template printed a {type(value).__name__}: {str(value)[:40]!r}")


#: What a conversion to text left as formatting: Markdown emphasis and the few HTML tags
#: the converters write. Anything else (another tag, a stray "<") stays text.
_FORMAT = re.compile(r"\*\*|__|\*|</?(?:b|strong|i|em|u|sup|sub)\s*>|<br\s*/?>", re.IGNORECASE)
_FORMAT_TAG = {"**": "strong", "__": "strong", "*": "em", "b": "strong", "strong": "strong", "i": "em",
               "em": "em", "u": "u", "sup": "sup", "sub": "sub"}
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


def original_line(line: str, carried: tuple[str, ...] = ()) -> tuple[Markup, bool, tuple[str, ...]]:
    """One line of an original document as HTML, its conversion markup read as formatting
    (``**bold**``, ``*italic*``, ``<b>``, ``<sup>``, ``### heading``) and everything else
    escaped. Emphasis may run over the lines of a paragraph: ``carried`` is what the line
    before left open; each line's HTML is balanced on its own (reopened at its start, closed
    at its end). Returns the HTML, whether the line was a Markdown heading, and what stays
    open for the next line."""
    line = line.rstrip()  # a Markdown hard break's two spaces
    heading = _HEADING_MARK.match(line)
    if heading:
        line = line[heading.end():].rstrip("#").rstrip()
    open_tags: list[str] = list(carried)
    out: list[str] = [f"<{tag}>" for tag in open_tags]
    at = 0
    for found in _FORMAT.finditer(line):
        out.append(_plain(line[at:found.start()]))
        at = found.end()
        token = found.group()
        if token.lower().startswith("<br"):
            out.append(" ")
            continue
        closing = token.startswith("</")
        tag = _FORMAT_TAG[token.strip("<>/ ").lower() if token.startswith("<") else token]
        if not token.startswith("<"):  # Markdown's rule: "*" opens before a letter, closes after one
            before = line[found.start() - 1] if found.start() else " "
            after = line[found.end()] if found.end() < len(line) else " "
            closing = tag in open_tags and not before.isspace()
            if not closing and after.isspace():
                out.append(_plain(token))
                continue
        if closing:
            if tag in open_tags:  # close it and anything opened inside it
                while open_tags:
                    inner = open_tags.pop()
                    out.append(f"</{inner}>")
                    if inner == tag:
                        break
        else:
            open_tags.append(tag)
            out.append(f"<{tag}>")
    out.append(_plain(line[at:]))
    out.extend(f"</{tag}>" for tag in reversed(open_tags))
    html = re.sub(r"<(\w+)>(\s*)</\1>", r"\2", "".join(out)).strip()
    # a heading or an HTML tag ends with its line; Markdown emphasis goes on to the next line
    still = () if heading else tuple(tag for tag in open_tags if tag in ("strong", "em"))
    return Markup(html), bool(heading), still


def _plain(value: str) -> str:
    """A piece of an original line: Markdown's backslash escapes undone, whitespace runs made one
    space (kept at the ends: pieces sit between tags), every character Markdown or HTML could read
    as syntax written as a character reference, as ``text`` does."""
    return re.sub(r"\s+", " ", _ESCAPED.sub(r"\1", value)).translate(_TABLE)


@lru_cache(maxsize=1)
def glossary() -> list[dict]:
    """The glossary table (generator/data/glossary.json): abbreviation, long form, explanation."""
    return json.loads((Path(__file__).parent.parent / "data" / "glossary.json").read_text(encoding="utf-8"))["terms"]


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], re.Pattern]:
    # each printed spelling as ``text`` writes it ("KH&ĐT" is "KH&#38;ĐT" there) → the long form
    longs = {str(text(form)): str(escape(t["long"])) for t in glossary() for form in [t["abbr"], *t.get("forms", [])]}
    # whole abbreviations only: not inside a document number ("09/NQ-CP", "KH-UBND") or a word
    words = "|".join(re.escape(a) for a in sorted(longs, key=len, reverse=True))
    return longs, re.compile(rf"(?<![\w/&#;-])({words})(?![\w/&-])")


def prose(value: object) -> Markup:
    """Data text as ``text`` makes it, with each abbreviation of the glossary in an ``<abbr>``
    giving its long form (shown by the theme's tooltips; listed on the glossary page)."""
    longs, pattern = _abbreviations()
    return Markup(pattern.sub(lambda m: f'<abbr title="{longs[m.group(1)]}">{m.group(1)}</abbr>', text(value)))
