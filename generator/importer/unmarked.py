"""A text typed without diacritics, read with its marks put back, quoted as typed.

Many people type Vietnamese on a phone without its marks ("phong Kinh te chu tri, phoi hop Lien minh HTX tinh, xong
truoc 30/11"), and a plan forwarded so still gives work to bodies by a time. The importer's readers look for the
marked words ("chủ trì", "trước", "Sở" and "Số:"), so such a text is read through a copy with the marks put back, word
for word, each word as the plans the project holds print it most often beside the same neighbours (``source/raw``'s
texts of record and ``source/``'s YAML, the registry's names among them): "truoc 15/10" → "trước 15/10", "So: 214" →
"Số: 214", "So Tai chinh" → "Sở Tài chính". A word those texts never print stays as typed. One character in, one
character out (a Vietnamese letter with its marks is one NFC code point), so every line keeps its length and every
position its place.

What the draft quotes (a task's text, a time as printed, a title, a name) is given back as typed: each word the copy
marked is unmarked again (``Restored.typed``); the review notes say the text was read so.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from ..vi import fold

#: a word (letters, marked or not), a number, or one sign: the tokens whose neighbours pick a word's marks
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_WORD = re.compile(r"[^\W\d_]+")
#: an id in a YAML file ("ubnd-xa-ea-kar"): no printed words
_SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
_MARKED_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")

#: a text is typed without marks when fewer than this share of its letters carry one (a normal Vietnamese text:
#: about one in six), among at least this many letters, most of its words being words the plans print
UNMARKED_SHARE = 0.01
MIN_LETTERS = 300
KNOWN_SHARE = 0.6


#: the words of the conventions the importer reads, in the form a plan prints them where nothing beside them says
#: otherwise (Nghị định 30/2020/NĐ-CP's header and signature, the roles, the times, the kinds of bodies and levels):
#: counted as if printed ``SEED_WEIGHT`` times, so a word the project's plans print more often in another form beside
#: other neighbours ("đầu tư", "củng cố") still reads so where typed alone ("từ tháng 11", "cùng HTX")
SEED = (
    "Số: Ký hiệu: ngày tháng năm quý tuần đợt giai đoạn",
    "trước sau từ đến hết trong cuối đầu giữa chậm nhất kể từ ngày ký",
    "hằng năm hằng tháng hằng quý hằng tuần định kỳ thường xuyên liên tục kịp thời",
    "Tết Nguyên đán mỗi lớp mỗi năm mỗi đợt từng",
    "chủ trì phối hợp với cùng với cùng thực hiện tham mưu đầu mối chịu trách nhiệm có trách nhiệm",
    "giao đề nghị yêu cầu hướng dẫn hỗ trợ tổ chức triển khai xây dựng rà soát tổng hợp báo cáo gửi về",
    "ký hợp đồng hoàn thành xong nộp trình",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "KẾ HOẠCH Nơi nhận: Lưu: VT. TM. KT. CHỦ TỊCH PHÓ CHỦ TỊCH GIÁM ĐỐC (đã ký)",
    "Thường trực Đảng ủy Ủy ban nhân dân Hội đồng nhân dân HĐND UBND MTTQ",
    "Sở Phòng Ban Trung tâm Chi cục Cục Quỹ Hội Liên minh Văn phòng Công an Trạm Đội Tổ Đoàn Trưởng",
    "tỉnh thành phố xã phường đặc khu thôn buôn bản ấp tổ dân phố",
    "MỤC ĐÍCH YÊU CẦU MỤC TIÊU NHIỆM VỤ GIẢI PHÁP NỘI DUNG PHÂN CÔNG TỔ CHỨC THỰC HIỆN KINH PHÍ",
)
SEED_WEIGHT = 1000


def _key(token: str) -> str:
    """A token's key for the counts: a word folded, any number as one."""
    return "0" if token.isdigit() else fold(token)


class _Counts:
    """How often each marked (or unmarked) form of a word is printed, alone and beside each neighbour."""

    def __init__(self):
        self.alone: dict[str, Counter] = defaultdict(Counter)
        self.left: dict[tuple[str, str], Counter] = defaultdict(Counter)   # (previous key, key) → forms
        self.right: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (key, next key) → forms

    def add(self, line: str, times: int = 1) -> None:
        tokens = _TOKEN.findall(unicodedata.normalize("NFC", line))
        keys = [_key(t) for t in tokens]
        for i, token in enumerate(tokens):
            if not _WORD.fullmatch(token):
                continue
            form = token.lower()
            self.alone[keys[i]][form] += times
            if i > 0:
                self.left[keys[i - 1], keys[i]][form] += times
            if i + 1 < len(tokens):
                self.right[keys[i], keys[i + 1]][form] += times

    def form(self, keys: list[str], i: int) -> str | None:
        """The form the word at ``i`` is printed in most often beside its neighbours (each side's share of the forms,
        added), else alone; None if never printed."""
        score: dict[str, float] = defaultdict(float)
        sides = ([self.left.get((keys[i - 1], keys[i]))] if i > 0 else []) + \
                ([self.right.get((keys[i], keys[i + 1]))] if i + 1 < len(keys) else [])
        for counts in filter(None, sides):
            total = sum(counts.values())
            for form, n in counts.items():
                score[form] += n / total
        if not score:
            score = self.alone.get(keys[i], {})
        if not score:
            return None
        return max(sorted(score), key=score.__getitem__)  # ties: the first form in code-point order


def _texts(source: Path) -> list[Path]:
    """The texts the counts are taken from: the raw texts of record (a repaired one in place of its raw), the YAML."""
    raw = source / "raw"
    repaired = {p.name for p in (raw / "repaired").glob("*.txt")} if (raw / "repaired").is_dir() else set()
    texts = [p for p in sorted(raw.glob("*.txt")) if p.name not in repaired] if raw.is_dir() else []
    texts += sorted((raw / "repaired").glob("*.txt")) if repaired else []
    return texts + sorted(source.glob("*/*.yaml"))


@lru_cache(maxsize=4)
def _counts(source: Path, stamp: tuple) -> _Counts:
    counts = _Counts()
    for line in SEED:
        counts.add(line, SEED_WEIGHT)
    for path in _texts(source):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if path.suffix == ".yaml":
                if line.isascii():
                    continue  # keys and ids: no printed words
                line = _SLUG.sub(" ", line)
            counts.add(line)
    return counts


def counts_for(source: Path) -> _Counts:
    """The counts of the project's texts, read again only when one of them has changed."""
    stats = [(str(p), p.stat()) for p in _texts(source)]
    return _counts(source.resolve(), tuple((name, st.st_mtime_ns, st.st_size) for name, st in stats))


def _unmarked(lines: list[str]) -> bool:
    """Hardly a letter of the text carries a mark, among enough letters to say so. (A letter with a mark is no ASCII
    letter; the count stops at the share the text's length allows, so a text with its marks is told at its start.)"""
    limit = int(UNMARKED_SHARE * sum(map(len, lines))) + 1  # the letters are fewer than the characters
    marked = 0
    for line in lines:
        if not line.isascii():
            marked += len(_MARKED_LETTER.findall(line))
            if marked >= limit:
                return False
    letters = sum(len(word) for line in lines for word in _WORD.findall(line))
    return letters >= MIN_LETTERS and marked < UNMARKED_SHARE * letters


def _vietnamese(lines: list[str], counts: _Counts) -> bool:
    """Most of the text's words are words the plans print (not a text in another language)."""
    words = [fold(word) for line in lines for word in _WORD.findall(line)]
    return sum(word in counts.alone for word in words) >= KNOWN_SHARE * len(words)


def restored_if_unmarked(lines: list[str], source: Path) -> "Restored | None":
    """The way to read ``lines`` with their marks put back, when they are Vietnamese typed without marks; else None."""
    if not _unmarked(lines):
        return None
    counts = counts_for(source)
    return Restored(counts, lines) if _vietnamese(lines, counts) else None


class Restored:
    """Lines with their words' marks put back, and the way back to the words as typed."""

    def __init__(self, counts: _Counts, lines: list[str]):
        self.counts = counts
        self._typed: set[str] = set()  # the words this copy marked (in lower case)
        # the words the text types with their marks (in lower case): a word typed without them is left so, and one
        # typed with them never loses them, so that every word is given back as typed
        self._printed = {word.lower() for line in lines for word in _WORD.findall(line)
                         if not word.isascii()}

    def line(self, line: str) -> str:
        tokens = list(_TOKEN.finditer(line))
        keys = [_key(m.group()) for m in tokens]
        out = list(line)
        for i, match in enumerate(tokens):
            word = match.group()
            if not _WORD.fullmatch(word):
                continue
            if not word.isascii():  # typed with its marks
                continue
            form = self.counts.form(keys, i)
            if form is None or len(form) != len(word) or fold(form) != fold(word) or form in self._printed:
                continue
            marked = "".join(f.upper() if w.isupper() else f for w, f in zip(word, form))
            if marked != word:
                out[match.start():match.end()] = marked
                self._typed.add(marked.lower())
        return "".join(out)

    def typed(self, value):
        """``value`` (a string, or lists and dicts of them) with every word this copy marked as it was typed (in any case
        the draft writes it: "ỦY BAN" put in running case is "Ủy ban"), a word typed with its marks kept."""
        if isinstance(value, str):
            return _WORD.sub(lambda m: _unmarked_word(m.group()) if m.group().lower() in self._typed else m.group(),
                             value)
        if isinstance(value, list):
            return [self.typed(v) for v in value]
        if isinstance(value, dict):
            return {k: self.typed(v) for k, v in value.items()}
        return value


def _unmarked_word(word: str) -> str:
    """``word`` without its marks, its case kept ("Ủy" → "Uy", "ĐỀ" → "DE")."""
    return "".join("D" if ch == "Đ" else "d" if ch == "đ" else unicodedata.normalize("NFD", ch)[0] for ch in word)
