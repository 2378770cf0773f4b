"""Text normalisation shared by the validator and the page builders.

* ``nfc`` – Unicode NFC with whitespace runs collapsed (how every quoted field
  is stored and shown).
* ``plain`` – a raw document with the Markdown/HTML markup the conversions left
  behind removed (``**``, ``*``, ``#``, ``\\``, ``<b>``, ``<sup>…</sup>``, a
  link's target, a table of contents …) and HTML's character references read
  (``&ndash;``), line by line so positions can be mapped back to line numbers.
* ``SourceText`` – the searchable form of one document: every character that
  is not whitespace, with the line it came from (a pandoc span read as its
  text, ``unspanned``; a Markdown link as its text).  A quoted field is faithful
  when its own non-whitespace characters occur there contiguously: PDF
  extraction breaks lines inside words (``13-⏎NQ/TU``), so whitespace is the
  one thing the comparison ignores.
* ``SourceText.find_cell`` – the same check for a task: a sentence or table
  cell that a page break, a footnote or a flattened table's other columns cut
  into pieces (repeated header, page number, footnote text, the next column on
  the same line) is accepted when it is the concatenation of a few fragments,
  in order, close together, each cut only at a word boundary.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

_WS = re.compile(r"\s+")
#: a note's mark in the text: a superscript, or a Markdown footnote's reference ("… Thmây[^2]", pandoc, GitHub and
#: Obsidian alike; the note itself, "[^2]: …" at the foot, is left out as a link's definition is)
#: text highlighted in Markdown ("==Phòng Giáo dục Mầm non==", Obsidian's and pymdownx.mark's), its marks dropped
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]{1,200}?)(?<=\S)==")
_SUP = re.compile(r"<sup>.*?</sup>|\[\^[^\]\s]{1,30}\](?!:)", re.IGNORECASE)
#: inline HTML a Markdown file keeps (emphasis, breaks, paragraphs), and the blocks a web page's copy keeps around its
#: text (a collapsible section, "<details open>" / "<summary>…</summary>", a "<div class=…>"), maybe with attributes:
#: markup, its text kept
#: a Markdown admonition's opening line, as MkDocs and Material write a box ("!!! note "Việc 1. Rà soát …"", "??? warning
#: "…"" folded, "???+ note" open): its title is the box's heading, the lines indented under it its text
_ADMONITION = re.compile(r'^\s{0,3}(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+(?:inline|end))*\s*(?:"(?P<title>[^"]*)")?\s*$')
#: text struck through, as a document kept on a wiki is amended ("~~Phòng Kinh tế~~ Chi cục Thủy sản", "<del>…</del>"):
#: no longer the document's; what replaces it follows
_STRUCK = re.compile(r"~~(?=\S)[^~]*?(?<=\S)~~|<(del|s|strike)\b[^<>]*>.*?</\1\s*>", re.I)
_TAGS = re.compile(r"</?(?:b|i|u|strong|em|br|p|sup|sub|details|summary|div|span|section|mark)(?:\s[^<>]{0,200})?\s*/?>",
                   re.IGNORECASE)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
#: the vertical rules of a table drawn with box-drawing characters (a text browser's dump of a web page): single, double,
#: heavy (``importer.box_tables`` parts the cells at them)
BOX_RULES = "│║┃"
#: emphasis marks and escapes, dropped; a drawn table's vertical rules read as spaces between its cells' words, as a pipe
#: table's "|" stands apart from them
#: a star in brackets after a name, as a table marks the body that leads ("Phòng Nguyên liệu (*), Phòng Kế toán"):
#: text, not Markdown's emphasis
_STAR_MARK = "(*)"
_MARKUP_CHARS = str.maketrans({"*": None, "\\": None, "_": None, **{rule: " " for rule in BOX_RULES}})

#: a pandoc bracketed span, its text then its attributes, as pandoc's Markdown writer prints what Word underlined,
#: set in small capitals or highlighted ("[Phòng Văn hóa - Xã hội]{.underline}", "[ký]{.smallcaps}", "[X]{#id .mark
#: lang=vi}"); its text may wrap onto the next lines, never over a blank one
_SPAN = re.compile(r"\[((?:[^\[\]\n]|\n(?![ \t]*\n))*)\]\{(?:[ \t]*(?:[.#][\w-]+|[\w-]+=(?:\"[^\"\n]*\"|[^\s}]+)))+[ \t]*\}")

#: Curly-quote variants folded to straight ones for matching only.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def editor_lines(text: str) -> list[str]:
    """The lines of a document as editors number them: only \\n, \\r\\n and \\r end a
    line (``str.splitlines`` also splits at form feeds, U+0085, U+2028…, which would
    shift every line number after them)."""
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


#: a Markdown inline link, its text then its target ("[Nhóm Vận hành](../Nh%C3%B3m%20V%E1%BA%ADn%20h%C3%A0nh.md)",
#: "[Cổng thông tin](https://… "title")"), as a notes app's export or a converter writes a name that links to a page
#: … an image by its alt text, the words it stands for ("![Chủ trì: Phòng Quản lý thương mại](https://img.shields.io/…)",
#: a badge that prints a task's field on a wiki page)
_LINK = re.compile(r"!?\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:[ \t]+\"[^\"\n]*\")?\)")


#: a wiki link, as a notes app (Obsidian, Logseq, Foam) or a wiki writes a name that links to its page: "[[Phòng Kinh
#: tế]]", or its page then the text it shows after a bar, "[[Công an xã Măng Đen|Công an xã]]": the text shown
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]+\|)?([^\[\]|\n]+)\]\]")


#: a reference-style link ("[Luật Hợp tác xã số 17/2023/QH15][1]"): its text; and the line that defines its target
#: ("[1]: https://…"), and a line of nothing but links to the page's own headings (a table of contents: "- [I. MỤC
#: ĐÍCH, YÊU CẦU](#i-mục-đích-yêu-cầu)"), which hold no text of the document's
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[(?!\^)[^\[\]\n]+\]:\s+\S+")  # (not a footnote's, "[^1]: …": its text is the document's)
#: the fence of a Markdown code block, alone on its line (```` ``` ````, ``~~~``, a language word after it): markup, no text
CODE_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*[\w{}.#=-]*\s*$")
_IN_PAGE_LINKS = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])?\s*(?:\[[^\[\]\n]+\]\(#[^()\s]*\)\s*[,;|·]?\s*)+$")
#: an HTML character reference a converter left in Markdown ("&ndash;", "&nbsp;", "&#8211;", "&#x2013;"): its character
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unspanned(text: str) -> str:
    """``text`` with each pandoc bracketed span written as its text alone, every line where it was."""
    return _SPAN.sub(r"\1", text) if "]{" in text else text


def nfc(value: str) -> str:
    """NFC + collapse whitespace + strip: the stored form of any text."""
    return _WS.sub(" ", unicodedata.normalize("NFC", value)).strip()


#: the text a Word form shows in a field left empty (a content control's placeholder, in Vietnamese or English): no
#: words of the document's, read as the dash that says a field holds nothing ("Ghi chú: Bấm hoặc gõ nhẹ vào đây để nhập
#: văn bản.", "Chọn một mục.")
_PLACEHOLDER = re.compile(r"(?:(?:Bấm|Nhấn|Nhấp)(?: hoặc gõ nhẹ)?(?: vào đây)? để nhập (?:văn bản|ngày)|Chọn một mục|"
                          r"Click or tap (?:here )?to enter (?:text|a date)|Choose an item)(?=\.|\s*$)")


def plain_line(line: str) -> str:
    """Remove conversion markup from one raw line (keeps its text)."""
    line = unicodedata.normalize("NFC", line)
    line = _HEADING.sub("", line)
    if "!!!" in line or "???" in line:
        line = _ADMONITION.sub(lambda m: m.group("title") or "", line)
    line = _STRUCK.sub("", line) if "~~" in line or "<" in line else line
    line = _PLACEHOLDER.sub("—", line) if "nhập" in line or "mục" in line or "Click" in line or "Choose" in line else line
    line = _SUP.sub(" ", line)
    line = _TAGS.sub(" ", line)
    line = _HIGHLIGHT.sub(r"\1", line) if "==" in line else line
    if ("`" in line or "~" in line) and CODE_FENCE.match(line):
        return ""
    if "[[" in line:
        line = _WIKI_LINK.sub(r"\1", line)
    if "](" in line or "][" in line or "]:" in line:
        if _IN_PAGE_LINKS.match(line) or _LINK_DEFINITION.match(line):
            return ""  # a table of contents' entry, a reference link's target: no text of the document's
        line = _REFERENCE_LINK.sub(r"\1", _LINK.sub(r"\1", line))
    line = _ENTITY.sub(lambda m: html.unescape(m.group()), line) if "&" in line else line
    if _STAR_MARK in line:  # a star in brackets marks a name (the lead of a doers' cell, as a note explains): no emphasis
        return _STAR_MARK.join(part.translate(_MARKUP_CHARS) for part in line.split(_STAR_MARK))
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
        self.steps = 0  # the places the last search in pieces tried (``PIECE_STEPS``)
        self.lines = editor_lines(unspanned(text))
        chars: list[str] = []
        line_of: list[int] = []
        line_ends: set[int] = set()
        word_starts: list[int] = []
        offset = 0
        for number, raw_line in enumerate(self.lines, start=1):
            words = plain_line(raw_line).split()  # the same characters compact() keeps
            for word in words:
                word_starts.append(offset)
                offset += len(word)
            key = "".join(words).translate(_QUOTES)
            chars.append(key)
            line_of.extend([number] * len(key))
            line_ends.add(offset)
        self.key = "".join(chars)
        self.line_of = line_of
        self._word_starts = word_starts
        self._cuts = line_ends | set(word_starts)  # where a fragment may end

    def find(self, quote: str) -> Match | None:
        needle = compact(quote)
        if not needle:
            return None
        at = self.key.find(needle)
        if at < 0:
            return None
        return Match(self.line_of[at], self.line_of[at + len(needle) - 1])

    def find_cell(self, quote: str, *, max_pieces: int = 4, window: int = 60, min_piece: int = 3) -> Match | None:
        """Find a flattened-table cell: ``find`` or, failing that, up to
        ``max_pieces`` fragments in order within ``window`` lines, each cut
        at a word boundary (columns share lines in such extractions). Names
        read from separate cells and parted by "; " (a matrix's header and a
        row: "Ban Chính trị; UBND xã X") are pieces of their own, one more
        allowed for each; so are a row's title and its work, read from two cells and joined by ": " ("Rau, củ: Xuống tận
        ruộng …")."""
        exact = self.find(quote)
        if exact is not None:
            return exact
        found = self._in_pieces(compact(quote), max_pieces, window, min_piece)
        if found is None and ";" in quote:
            found = self._in_pieces(compact(re.sub(r"\s*;\s*", " ", quote)), max_pieces + quote.count(";"), window,
                                    min_piece)
        if found is None and ": " in quote:
            found = self._in_pieces(compact(re.sub(r"\s*:\s+", " ", quote)), max_pieces + quote.count(": "), window,
                                    min_piece)
        return found

    def _in_pieces(self, needle: str, max_pieces: int, window: int, min_piece: int) -> Match | None:
        if len(needle) < 2 * min_piece:
            return None
        key, ends, starts = self.key, self._cuts, self._word_starts
        # each (position in the needle, offset in the text, line limit, pieces left) is tried once: without this, a
        # quote that is not there (a PDF's interleaved columns) makes the search try the same places again down every
        # path, a count that grows as the text's words to the power of the pieces (hours on one document)
        tried: dict[tuple[int, int, int, int], int | None] = {}
        steps = 0  # the places tried; past ``PIECE_STEPS`` the quote is taken as not there (said so by the check)

        def rest(pos: int, after: int, limit_line: int, left: int) -> int | None:
            """Match needle[pos:] from word starts after key offset ``after``; return the last offset."""
            if left == 0:
                return None
            state = (pos, after, limit_line, left)
            if state not in tried:  # (never met again while it is tried: each piece moves on in the needle)
                tried[state] = search(pos, after, limit_line, left)
            return tried[state]

        def search(pos: int, after: int, limit_line: int, left: int) -> int | None:
            nonlocal steps
            i = bisect.bisect_left(starts, after)
            while i < len(starts) and self.line_of[starts[i]] <= limit_line:
                at = starts[i]
                i += 1
                if steps >= PIECE_STEPS:
                    raise _GaveUp
                steps += 1
                common = _common_prefix(needle, pos, key, at)
                if common < min_piece:
                    continue
                if pos + common == len(needle):
                    return at + common - 1
                for cut in range(common, min_piece - 1, -1):
                    if at + cut in ends:
                        found = rest(pos + cut, at + cut, limit_line, left - 1)
                        if found is not None:
                            return found
            return None

        first = needle[:min_piece]
        at = key.find(first)
        try:
            while at >= 0:
                common = _common_prefix(needle, 0, key, at)
                limit = self.line_of[at] + window
                for cut in range(common, min_piece - 1, -1):
                    if at + cut in ends:
                        last = rest(cut, at + cut, limit, max_pieces - 1)
                        if last is not None:
                            return Match(self.line_of[at], self.line_of[last])
                at = key.find(first, at + 1)
            return None
        except _GaveUp:
            return None
        finally:
            self.steps = steps

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


#: the places a search for a quote in pieces may try before it gives up and takes the quote as not there: a quote cut
#: into pieces of words that recur all over a text (a PDF whose columns interleave, "hợp tác xã" on every line) could
#: otherwise be tried in more ways than there is time for; a quote that is there is found in far fewer
PIECE_STEPS = 200_000


class _GaveUp(Exception):
    """The search for a quote in pieces tried ``PIECE_STEPS`` places."""


def _common_prefix(needle: str, pos: int, key: str, at: int) -> int:
    """Length of the common prefix of ``needle[pos:]`` and ``key[at:]``."""
    n = 0
    limit = min(len(needle) - pos, len(key) - at)
    while n < limit and needle[pos + n] == key[at + n]:
        n += 1
    return n
