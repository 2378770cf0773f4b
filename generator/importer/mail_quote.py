"""A document forwarded or answered by e-mail and copied from the mail: every line of it quoted.

Mail clients quote the message they answer line by line with ">" (RFC 3676; "> >" or ">>" for a quote inside a
quote), blank lines inside it as a bare ">", and put their own words — a greeting, a signature, an attribution
line ("Vào …, X đã viết:", "On …, X wrote:") — outside it. When the longest quoted run is the document (it holds
the national motto, or most of the text's lines), the document is that run with its quote marks taken off; the
mail's own lines become blank, so line numbers stay those of the file as received.
"""

from __future__ import annotations

import re

from ..text import nfc, plain_line
from ..vi import fold
from .layout import MOTTO

_QUOTE = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")
#: fewer quoted lines than this is a quotation inside a document, not a quoted document
MIN_LINES = 10


def unquoted(text: str) -> tuple[str, tuple[int, int] | None]:
    """The text with its quoted document unquoted, and the first and last line (1-based) of the quote; the text
    as it is and ``None`` when no quoted run is the document."""
    lines = text.split("\n")
    best, start = (0, 0), None
    for i, line in enumerate(lines + [""]):
        if i < len(lines) and _QUOTE.match(line):
            start = i if start is None else start
        elif start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    first, end = best
    if end - first < MIN_LINES:
        return text, None
    block = [_QUOTE.sub("", line, count=1) for line in lines[first:end]]
    filled = sum(1 for line in lines if line.strip())
    holds_motto = any(MOTTO.search(fold(nfc(plain_line(line)))) for line in block)
    if not holds_motto and sum(1 for line in block if line.strip()) * 5 < filled * 3:
        return text, None
    out = [""] * first + block + [""] * (len(lines) - end)
    return "\n".join(out), (first + 1, end)
