"""A definition list typed in HTML inside a Markdown or text document, read as the labelled lines the other readers know,
line for line.

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


def as_plain(lines: list[str]) -> list[str]:
    """``lines`` with each definition list's terms as labels and its definitions as their values, line for line."""
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
