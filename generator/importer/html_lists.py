"""A definition list typed in HTML inside a Markdown or text document, read as the labelled lines the other readers know,
line for line; a line wholly set in an inline tag of print ("<small>Chủ trì: X · …</small>"), read as its text.

An editor that keeps a task's fields as a definition list writes each field's name between "<dt>" and "</dt>" and its
value between "<dd>" and "</dd>" ("<dt>Chủ trì</dt><dd>Khoa An toàn thực phẩm</dd>"), the list between "<dl>" and
"</dl>". Read so: the name and its colon, then its value ("Chủ trì: Khoa An toàn thực phẩm"; a name alone on its line
is a label whose value the next line holds), the list's own lines blank. Every line keeps its place.
"""

from __future__ import annotations

import re

_TERM = re.compile(r"<dt(?:\s[^<>]*)?>\s*(?P<term>[^<>]*?)\s*</dt>", re.I)
_DEFINITION = re.compile(r"<dd(?:\s[^<>]*)?>\s*(?P<said>[^<>]*?)\s*</dd>", re.I)
_LIST_MARK = re.compile(r"^\s*</?dl(?:\s[^<>]*)?>\s*$", re.I)


#: a line wholly set in an inline tag that only changes how its text is printed, as an editor sets a task's line of
#: fields apart under its work ("   <small>Cầm thước: Phòng X · Nảy mực: Y · Cất nóc: 30/6/2026</small>", "<span
#: class="meta">…</span>", "<mark>…</mark>"): its indent (and a quote's marks), then the text; not a table's row, nor
#: bold or italics, which say what the text is (a group's title, the lead)
_PRINTED = re.compile(r"^(?P<indent>[ >]*)<(?P<tag>small|span|mark|font|big)(?:\s[^<>]*)?>"
                      r"(?P<text>[^<>\t|]*)</(?P=tag)\s*>[ ]*$", re.I)


def as_plain(lines: list[str]) -> list[str]:
    """``lines`` with each definition list's terms as labels and its definitions as their values, and each line wholly
    set in an inline tag of print as its text, line for line."""
    lines = [_unprinted(line) if "</" in line else line for line in lines]
    if not any("<dt" in line.lower() or "<dd" in line.lower() for line in lines):
        return lines
    out = []
    for line in lines:
        if _LIST_MARK.match(line):
            out.append("")
            continue
        line = _TERM.sub(lambda m: f"{m['term']}:", line)
        line = _DEFINITION.sub(lambda m: f" {m['said']}", line)
        out.append(re.sub(r":\s{2,}", ": ", line))
    return out


def _unprinted(line: str) -> str:
    """``line`` without the inline tag its whole text is set in (``_PRINTED``); one that holds other tags, as printed."""
    printed = _PRINTED.match(line)
    return f"{printed['indent']}{printed['text'].strip()}" if printed and printed["text"].strip() else line
