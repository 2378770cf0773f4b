"""Repair of the Kon Tum 2023 plan whose PDF fonts were broken (``000_446429f61b8c55ce.txt``).

The problem
-----------
The PDF of the Kon Tum 2023 Kế hoạch (implementing Nghị quyết 09/NQ-CP and
Chương trình 41-CTr/TU) embeds fonts whose character maps point several
Vietnamese letters at wrong code points.  Text extraction therefore produced
``cāa`` for *của*, ``Ch°¡ng`` for *Chương*, ``nhiệm vÿ`` for *nhiệm vụ* and
``<…=`` for the curly quotes “…”.  Two fonts are involved, with different maps:

* the **body** font (regular text) is consistent: every garbled character
  always stands for the same letter (``BODY_MAP``);
* the **bold heading** font (title, section headings, signature block) reuses
  code points for several letters: ``¾`` is Ế in *KẾ* but Ạ in *HOẠCH*,
  ``á`` is ệ in *hiện* but ộ in *bộ*, ``¿`` is ế/ấ/ạ, and it maps some
  letters onto code points that are *also real Vietnamese letters* (``ă`` is
  ủ in ``căa`` = *của* but a real ă in *năm*, *Tăng*; ``á`` is a real á in
  *tháng*).  A character map cannot decide these; ``HEADING_MAP`` lists the
  candidate letters of each heading code point, and every heading word is
  decided on its own: among the candidate spellings, only valid Vietnamese
  syllables are kept (onset + rhyme + tone rules, see ``is_syllable``), and
  the spelling used most often in the document's own body text wins (the body
  is decoded unambiguously first, so it is a lexicon of this very document).
  When no candidate is attested, the printed letters are kept if they already
  form a valid syllable (the signer's name *Tháp*), otherwise the word must be
  listed in ``HAND_FIXES`` (``repair`` raises if it is not).

A line is a heading line when it contains a code point that only the heading
font produces (``HEADING_ONLY``), or a word that the body map would turn into
an impossible syllable but a heading reading turns into a valid one (for
example ``Māc`` → body *Mủc* is impossible (hỏi tone on a -c syllable), heading
*Mục* is valid).

``HAND_FIXES`` lists the few words fixed by hand, with the reason;
``PAGE_NUMBER_LINES`` the page numbers printed inside a sentence (emptied, the
line itself is kept); ``DOUBTS``
lists residual doubtful spots that are *not* font damage (typos of the
original, which are kept as printed).

``repair(text)`` keeps the number of lines (line N of the repaired text is line
N of the raw text, which anchors depend on), returns NFC text, and leaves text
that is not garbled (``is_garbled``) unchanged.

Run ``python -m generator.importer.repair`` to (re)write
``source/raw/repaired/000_446429f61b8c55ce.txt``; the raw file is never modified.
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

# ---------------------------------------------------------------------------
# Maps
# ---------------------------------------------------------------------------

#: Body font: garbled code point → correct text (unambiguous).
BODY_MAP: dict[str, str] = {
    "ā": "ủ",  # cāa → của, chā trì → chủ trì, Tỉnh āy → Tỉnh ủy
    "Ā": "Ủ",  # Āy ban → Ủy ban
    "°": "ư",  # n°ớc → nước, Ch°¡ng → Chương
    "¡": "ơ",  # c¡ sở → cơ sở, ph°¡ng → phương
    "ÿ": "ụ",  # nhiệm vÿ → nhiệm vụ, tÿc → tục
    "¯": "Ư",  # ¯u tiên → Ưu tiên
    "<": "“",  # <về tiếp tục … mới= → “về tiếp tục … mới”
    "=": "”",
}

#: Heading font: garbled code point → candidate letters (decided per word).
#: Code points that are real Vietnamese letters list themselves first.
HEADING_MAP: dict[str, tuple[str, ...]] = {
    "¾": ("Ế", "Ạ"),  # K¾ HO¾CH → KẾ HOẠCH; Y¾U → YẾU
    "¿": ("ế", "ấ", "ạ"),  # quy¿t → quyết; Ch¿p → Chấp; ho¿t → hoạt
    "á": ("á", "ệ", "ộ"),  # hián → hiện; bá → bộ; tháng stays
    "Á": ("Á", "ầ"),  # cÁu → cầu; TÁm → Tầm; CÁC stays
    "à": ("à", "ệ"),  # NHIàM → NHIỆM; ngày stays
    "À": ("À", "Ầ"),  # CÀU → CẦU; VÀ stays
    "ă": ("ă", "ủ"),  # căa → của; năm, Tăng stay
    "Ă": ("Ă", "Ủ"),  # ĂY → ỦY; CHĂ → CHỦ
    "ā": ("ụ", "ự"),  # Māc → Mục; Thāc → Thực
    "Ā": ("Ụ", "Ự"),  # MĀC → MỤC; THĀC → THỰC
    "ã": ("ã", "ỉ"),  # tãnh → tỉnh; xã stays
    "â": ("â", "ỉ"),  # CHâ → CHỈ; nâng stays
    "ÿ": ("ợ", "ữ"),  # trÿ → trợ; Hÿu → Hữu
    "ß": ("ổ", "ỗ", "ễ"),  # đßi → đổi; hß → hỗ; Nguyßn → Nguyễn
    "Þ": ("Ổ",),  # TÞ → TỔ
    "å": ("ị",),  # Nghå → Nghị
    "ä": ("Ị",),  # TäCH → TỊCH
    "ą": ("ứ",),  # chąc → chức
    "Ą": ("Ứ",),  # CHĄC → CHỨC
    "ç": ("ọ",),  # trçng → trọng
    "æ": ("Ọ",),  # TRæNG → TRỌNG
    "*": ("ĩ",),  # ngh*a → nghĩa (only inside a word)
}

#: Code points produced only by the heading font (never real letters of
#: Vietnamese, never produced by the body font).
HEADING_ONLY = frozenset("¾¿ßÞåäąĄçæ")

#: Code points whose presence (inside a word) marks a garbled document.
MARKERS = frozenset(BODY_MAP) - {"<", "="} | HEADING_ONLY

#: Words fixed by hand: (line number in the raw file, garbled word, fixed word, reason).
HAND_FIXES: list[tuple[int, str, str, str]] = [
    (
        695,
        "H¡p",
        "Hợp",
        "body line: '¡' normally stands for ơ, but 'Hơp' is not a syllable (a -p syllable "
        "needs a sắc or nặng tone); the phrase is 'Liên minh Hợp tác xã' as everywhere else",
    ),
]

#: Lines that hold only a page number printed in the middle of a sentence (a page
#: break inside a task bullet: "… hỗ trợ, ưu ⏎ 8 ⏎ đãi …").  They are emptied, not
#: removed, so line numbers stay the same and the quoted sentence reads through.
PAGE_NUMBER_LINES: list[int] = [386]

#: Residual doubtful spots that are not font damage; kept exactly as printed.
DOUBTS: list[tuple[int, str, str]] = [
    (116, "II. NHIỆM VỤ TRỌNG TÂM", "numbered II a second time (should be III); kept as printed"),
    (664, "III. TỔ CHỨC THỰC HIỆN", "numbered III although it is the fourth part; kept as printed"),
    (175, "phối hợp với các cơ triển khai", "word(s) missing after 'các cơ' in the original"),
    (183, "phối hợp với các cơ triển khai", "word(s) missing after 'các cơ' in the original"),
    (212, "tỉnh”.", "closing quote without an opening one in the original"),
    (326, "Số lớp buồi dưỡng", "'buồi' is a typo of the original for 'bồi'; kept"),
    (414, "có hiệu các chương trình", "'có hiệu' (quả missing) in the original; kept"),
    (430, 'trên địa bàn tỉnh"', "stray straight quote in the original; kept"),
    (452, "Kế hoạch triển khai triển khai", "repeated words in the original; kept"),
    (729, "Tháp", "signer's name: heading 'á' could also read ệ/ộ; 'Tháp' (as printed) kept"),
]

# ---------------------------------------------------------------------------
# Vietnamese syllable validation
# ---------------------------------------------------------------------------

_TONE_MARKS = {"\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0301": "sac", "\u0323": "nang"}

_ONSETS = (
    "ngh ng nh gh gi kh ph th tr ch qu "
    "b c d đ g h k l m n p r s t v x"
).split()

_RHYMES = set(
    """
    a ai ao au ay am an ang anh ac ach ap at
    ăm ăn ăng ăc ăp ăt
    âu ây âm ân âng âc âp ât
    e eo em en eng ec ep et
    ê êu êm ên ênh êch êp êt
    i ia iu im in inh ich ip it
    iêu iêm iên iêng iêc iêp iêt
    o oi om on ong oc op ot oong ooc
    oa oai oay oao oam oan oang oanh oac oach oap oat
    oăm oăn oăng oăc oăt
    oe oeo oen oet
    ô ôi ôm ôn ông ôc ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua ui um un ung uc up ut
    uân uâng uât uây uê uêch uênh uơ
    uy uya uyu uych uynh uyt uyên uyêt
    uôi uôm uôn uông uôc uôt
    ư ưa ưi ưu ưm ưn ưng ưc ưt
    ươ ươi ươu ươm ươn ương ươc ươp ươt
    y yêu yêm yên yêng yêt
    """.split()
)
# After the onset "qu" the rhyme starts without the u glide.
_QU_RHYMES = {"a", "ai", "ay", "an", "ang", "anh", "ac", "ach", "at", "ăm", "ăn", "ăng", "ăc", "ăt",
              "ân", "âng", "ât", "ây", "e", "en", "eo", "et", "ê", "ênh", "êch", "i", "y", "yên",
              "yêt", "ynh", "ych", "yt", "yêu", "ơ", "ôc", "ang", "am"}
_STOP_CODAS = ("c", "ch", "p", "t")


def _split_tone(syllable: str) -> tuple[str, str]:
    """Lowercase letters without the tone mark, and the tone name."""
    tone = "ngang"
    base = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in _TONE_MARKS:
            tone = _TONE_MARKS[ch]
        else:
            base.append(ch)
    return unicodedata.normalize("NFC", "".join(base)), tone


def is_syllable(word: str) -> bool:
    """True when ``word`` is a well-formed Vietnamese syllable (onset, rhyme, tone)."""
    base, tone = _split_tone(word)
    if not base or not all(ch.isalpha() for ch in base):
        return False
    splits = [("", base)]
    for onset in _ONSETS:
        if base.startswith(onset) and len(base) > len(onset):
            splits.append((onset, base[len(onset):]))
    if base == "gi" or (base.startswith("gi") and len(base) == 2):
        splits.append(("g", "i"))
    for onset, rhyme in splits:
        if onset == "qu":
            ok = rhyme in _QU_RHYMES
        elif onset == "gi":
            ok = rhyme in _RHYMES or ("i" + rhyme) in _RHYMES
        else:
            ok = rhyme in _RHYMES
        if not ok:
            continue
        if rhyme.endswith(_STOP_CODAS) and tone not in ("sac", "nang"):
            continue
        return True
    return False


# ---------------------------------------------------------------------------
# Tokens, lines, decisions
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"(?:[^\W\d_]|[°¡¾¿¯])+(?:\*(?:[^\W\d_]|[°¡¾¿¯])+)*")


def _tokens(line: str):
    return list(_TOKEN.finditer(line))


def _has_marker(word: str) -> bool:
    return any(ch in MARKERS for ch in word) or ("*" in word)


def is_garbled(text: str) -> bool:
    """True when the text shows the broken-font code points inside words.

    A marker must sit next to a letter (``n°ớc``, ``cāa``, ``Nghå``); a degree
    sign after a digit (``25°C``) does not count.
    """
    hits = 0
    for line in text.splitlines():
        for match in _tokens(line):
            word = match.group()
            for i, ch in enumerate(word):
                if ch in MARKERS and ((i > 0 and word[i - 1].isalpha()) or (ch != "°" and len(word) > 1)):
                    hits += 1
                    break
    return hits >= 3


def _body_word(word: str) -> str:
    return "".join(BODY_MAP.get(ch, ch) for ch in word)


def _case_like(result: list[str], word: str, positions: list[int]) -> str:
    """Give the replaced letters the case of the word around them.

    All-capital word (two or more other capitals, no lowercase) → capital;
    a word with other lowercase letters → lowercase; otherwise (a single other
    capital, ``K¾``, ``ĂY``) the map's own case is kept (→ KẾ, ỦY).
    """
    others = [ch for i, ch in enumerate(word) if i not in positions and ch.isalpha()]
    upper = [ch for ch in others if ch.isupper()]
    lower = [ch for ch in others if ch.islower()]
    out = list(result)
    for i in positions:
        if len(upper) >= 2 and not lower:
            out[i] = out[i].upper()
        elif lower:
            out[i] = out[i].lower()
    return "".join(out)


def _heading_candidates(word: str) -> list[str]:
    positions = [i for i, ch in enumerate(word) if ch in HEADING_MAP or ch in BODY_MAP]
    options = []
    for ch in word:
        if ch in HEADING_MAP:
            options.append(HEADING_MAP[ch])
        elif ch in BODY_MAP:  # the heading font encodes ư/ơ correctly; keep the body reading
            options.append((BODY_MAP[ch],))
        else:
            options.append((ch,))
    seen, out = set(), []
    for combo in itertools.product(*options):
        cand = _case_like(list(combo), word, positions)
        if cand not in seen:
            seen.add(cand)
            out.append(cand)
    return out


def _odd_case(word: str) -> bool:
    """A heading code point whose case clashes with the word (``cÁu``, ``CHâ``, ``NHIàM``)."""
    others = [ch for ch in word if ch.isalpha() and ch not in HEADING_MAP]
    for i, ch in enumerate(word):
        if ch not in HEADING_MAP or not ch.isalpha():
            continue
        if ch.isupper() and i > 0 and word[i - 1].islower():
            return True
        if ch.islower() and len(others) >= 2 and all(o.isupper() for o in others):
            return True
    return False


def _line_is_heading(line: str) -> bool:
    for match in _tokens(line):
        word = match.group()
        if any(ch in HEADING_ONLY for ch in word) or "*" in word or _odd_case(word):
            return True
        if any(ch in HEADING_MAP for ch in word) and any(ch in BODY_MAP for ch in word):
            if not is_syllable(_body_word(word)) and any(is_syllable(c) for c in _heading_candidates(word)):
                return True
        elif any(ch in "ăĂ" for ch in word) and not is_syllable(word):
            # 'ă' is a real letter of the body; a word with ă that is no syllable is heading ủ
            if any(is_syllable(c) for c in _heading_candidates(word)):
                return True
    return False


class UndecidedWord(ValueError):
    """A heading word with no single valid, attested reading and no hand fix."""


def _decide(word: str, lexicon: Counter) -> tuple[str, str]:
    """Pick the reading of one heading word; returns (reading, why)."""
    candidates = _heading_candidates(word)
    valid = [c for c in candidates if is_syllable(c)]
    if not valid:
        raise UndecidedWord(f"no valid reading for heading word {word!r}: {candidates}")
    scored = sorted(valid, key=lambda c: -lexicon[c.lower()])
    best = scored[0]
    if lexicon[best.lower()] > 0 and (len(scored) == 1 or lexicon[best.lower()] > lexicon[scored[1].lower()]):
        return best, f"attested {lexicon[best.lower()]}x in body; valid: {valid}"
    if len(valid) == 1:
        return valid[0], f"only valid syllable among {candidates}"
    if word in valid:
        return word, f"no reading attested; printed letters kept (valid: {valid})"
    raise UndecidedWord(f"ambiguous heading word {word!r}: {valid}")


def _lexicon(lines: list[str], heading: list[bool]) -> Counter:
    counts: Counter = Counter()
    for line, is_head in zip(lines, heading):
        if is_head:
            continue
        for match in _tokens(_body_word(line)):
            counts[match.group().lower()] += 1
    return counts


def _apply_hand_fixes(lines: list[str]) -> list[str]:
    out = list(lines)
    for number, garbled, fixed, _reason in HAND_FIXES:
        index = number - 1
        if index >= len(out) or garbled not in out[index]:
            continue
        out[index] = out[index].replace(garbled, fixed)
    return out


def analyse(text: str, *, this_document: bool = True) -> list[tuple[int, str, str, str]]:
    """Every decision taken: (line, garbled word, repaired word, why)."""
    log: list[tuple[int, str, str, str]] = []
    _repair(text, log, this_document)
    return log


def repair(text: str, *, this_document: bool = True) -> str:
    """The repaired text (NFC, same number of lines); non-garbled text is returned unchanged.

    ``this_document=False`` applies only the font maps and the syllable rules,
    not the hand fixes and page-number lines listed (by line number) for the
    Kon Tum 2023 file: that is how ``kehoach import`` repairs a new document.
    """
    return _repair(text, None, this_document)


def _repair(text: str, log: list | None, this_document: bool = True) -> str:
    if not is_garbled(text):
        return text
    text = unicodedata.normalize("NFC", text)
    # keep the exact line structure: split on "\n" only
    lines = text.split("\n")
    hand_lines = {n for n, *_ in HAND_FIXES} if this_document else set()
    if this_document:
        lines = _apply_hand_fixes(lines)
    for number in PAGE_NUMBER_LINES if this_document else []:
        if number <= len(lines) and lines[number - 1].strip().isdigit():
            if log is not None:
                log.append((number, lines[number - 1], "", "page number emptied"))
            lines[number - 1] = ""
    heading = [_line_is_heading(line) for line in lines]
    lexicon = _lexicon(lines, heading)
    out = []
    for number, (line, is_head) in enumerate(zip(lines, heading), start=1):
        pieces, last = [], 0
        for match in _tokens(line):
            word = match.group()
            if not (_has_marker(word) or (is_head and any(ch in HEADING_MAP for ch in word))):
                continue
            if is_head:
                fixed, why = _decide(word, lexicon)
            else:
                fixed, why = _body_word(word), "body map"
                if not is_syllable(fixed) and number not in hand_lines:
                    why = "body map (not a syllable!)"
            if log is not None and (fixed != word or is_head):
                log.append((number, word, fixed, ("heading: " if is_head else "") + why))
            pieces.append(line[last:match.start()])
            pieces.append(fixed)
            last = match.end()
        pieces.append(line[last:])
        line = "".join(pieces)
        # quotes (body font; the heading font has none)
        line = line.replace("<", BODY_MAP["<"]).replace("=", BODY_MAP["="])
        out.append(line)
    if log is not None and this_document:
        for number, garbled, fixed, reason in HAND_FIXES:
            log.append((number, garbled, fixed, "hand fix: " + reason))
    return unicodedata.normalize("NFC", "\n".join(out))


RAW = Path(__file__).resolve().parents[2] / "source" / "raw" / "000_446429f61b8c55ce.txt"
REPAIRED = RAW.parent / "repaired" / RAW.name


def main(argv: list[str]) -> int:
    raw = RAW.read_text(encoding="utf-8")
    fixed = repair(raw)
    assert fixed.count("\n") == raw.count("\n")
    REPAIRED.parent.mkdir(parents=True, exist_ok=True)
    REPAIRED.write_text(fixed, encoding="utf-8")
    if "-v" in argv:
        for entry in analyse(raw):
            print(*entry, sep=" | ")
    print(f"wrote {REPAIRED} ({len(fixed.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
