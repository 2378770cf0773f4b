"""Vietnamese text helpers: folding, alphabetical order, slugs, dates."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from unidecode import unidecode

# Letters of the Vietnamese alphabet in order; other letters sort after
# their base letter by code point.
_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
# Combining marks that make a different letter (part of the primary key).
_LETTER_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}
# Tone marks, in the conventional order: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


_MARKS = re.compile("[\u0300-\u036f]")
#: a capital letter of Vietnamese text (NFC), for a character class: the capitals with a tone mark too ("Ủy ban …",
#: "Ấp …", "Ở …"), which "A-Z" and the bare "ĐÂƯÔƠÊ" miss
CAPITAL = "A-Z" + "".join(chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper())


def _fold_char(ch: str) -> str:
    base = _MARKS.sub("", unicodedata.normalize("NFD", ch))
    if len(base) != 1:
        base = ch
    lower = base.lower()
    if len(lower) == 1:
        base = lower
    return "d" if base == "đ" else base


class _FoldTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Accent-insensitive form: NFC, then per character drop U+0300–U+036F,
    lowercase, đ→d.  One character in, one character out, so positions in
    the folded text are positions in the NFC text (search highlighting relies
    on it).  ``generator/assets/fold.js`` implements the same rule; both pass
    ``generator/data/fold_cases.json``."""
    return unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)


def _letters(text: str):
    """Yield (primary, tone) for each base character of ``text``."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    base, tone, marks = None, 0, ""
    for ch in decomposed + "\0":
        if unicodedata.combining(ch) and base is not None:
            if ch in _TONES:
                tone = _TONES[ch]
            else:
                marks += ch
            continue
        if base is not None:
            letter = base
            if base in "aeou" and marks:
                if "\u0306" in marks and base == "a":
                    letter = "ă"
                elif "\u0302" in marks:
                    letter = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
                elif "\u031b" in marks:
                    letter = {"o": "ơ", "u": "ư"}.get(base, base)
            rank = _RANK.get(letter)
            # a word boundary sorts before any letter, as in a dictionary ("Cà Mau" before "Cao Bằng")
            primary = (0, rank) if rank is not None else (-1, 0) if letter.isspace() else (1, ord(letter))
            yield primary, tone
        base, tone, marks = (ch, 0, "") if ch != "\0" else (None, 0, "")


def sort_key(text: str) -> tuple:
    """Vietnamese collation: letters first (a ă â … đ …), then tones, then text.

    The final element (the NFC text itself) makes the order total.
    """
    pairs = list(_letters(text))
    return (
        tuple(p for p, _ in pairs),
        tuple(t for _, t in pairs),
        unicodedata.normalize("NFC", text),
    )


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug via unidecode (đ→d); never empty."""
    ascii_text = unidecode(unicodedata.normalize("NFC", text).replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "x"


#: the days of the week as written in Vietnamese, folded ("thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật")
WEEKDAY = r"(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)"
_MONTHS = {m: f"tháng {m}" for m in range(1, 13)}


def format_date(value: dt.date | None) -> str:
    """'07/3/2023' style is common in documents; pages use 'ngày 7 tháng 3 năm 2023'."""
    if value is None:
        return ""
    return f"ngày {value.day} {_MONTHS[value.month]} năm {value.year}"


def format_partial_date(year: int | None, month: int | None, day: int | None) -> str:
    if year and month and day:
        return format_date(dt.date(year, month, day))
    if year and month:
        return f"tháng {month} năm {year}"
    if year:
        return f"năm {year}"
    return ""


def format_short_date(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """As documents print dates in running text: '30/11/2024', '11/2024', '2024' (as far as known)."""
    if year and month and day:
        return f"{day}/{month}/{year}"
    if year and month:
        return f"{month}/{year}"
    return str(year) if year else ""


def format_number(value: float) -> str:
    """Vietnamese number format: 4.200 ; 2,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:.2f}".rstrip("0").split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac
