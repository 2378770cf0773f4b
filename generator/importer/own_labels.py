"""A document's own names for its fields and columns, read as the common ones its note says they stand for.

A plan written for its own readers often names an item's fields its own way and says so once, in a note on reading
it: "“chính” là đơn vị chủ trì, “phụ” là đơn vị phối hợp, “hạn” là thời hạn", "Cột “Máy chính” là bộ phận chủ
trì", "[CT: …] ghi bộ phận chủ trì, [PH: …] ghi bộ phận, cơ quan cùng làm, [HẠN: …] ghi mốc phải xong", "Dưới mỗi
nhiệm vụ có các trường: `chu_tri::` đơn vị chủ trì, …", "đơn vị ở ô “Đến” là đơn vị chủ trì". The note is read once;
each label that opens a line and each column head that uses such a name is written as the field's common name ("Chủ
trì:", "Phối hợp:", "Thời hạn:"), so every reader after this one knows it; a group of fields in brackets closing an
item, part of its text as printed, is read through ``in_fields``. Only the label changes: the value after it, what
the draft quotes, stays as printed, and every line keeps its place.

A notes app's inline fields ("chu_tri:: Phòng X", Obsidian's Dataview and Logseq write a field so, its key typed
without marks) are read likewise where the key is a field's common name typed so ("chu_tri", "phoi-hop", "han"); and
a line that names a body with its role after it ("- Phòng X: chủ trì", "- [x] Phòng X — nhận chủ trì (13/8)") as the
field it is ("- Chủ trì: Phòng X"), the body's name as printed; a field's label alone over the bodies listed a line
each under it as one labelled line; a role's mark set in superscript after a name, as the note names it ("…<sup>CT
</sup>" with "<sup>CT</sup> chủ trì"), as the mark in brackets a doers' cell reads ("… (chủ trì)"). A code block is
left as printed, for its own reader (``tables``).
"""

from __future__ import annotations

import re

from ..vi import fold
from .fields import starts_body
from .layout import ARROWS, FIELD_APART, FIELD_LABEL, GIVEN

#: the common name of each role a note may give a label, as the readers know it; a body that only receives the work
#: ("theo dõi", "để biết") has none
LEAD, PARTNER, TIME, RECEIVER = "Chủ trì", "Phối hợp", "Thời hạn", "Để biết"

#: the kind of body a note names before its role ("đơn vị", "bộ phận, cơ quan", "danh sách đơn vị"), folded
#: a pictogram (an emoji, maybe with its variation selector)
#: … or a sign of the geometric shapes or the circled operators a font has where it has no emoji ("▶", "▷", "◷", "⊕")
ICON = "[\U0001F300-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B50-\u2B55\u25A0-\u25FF\u2295-\u2299]\ufe0f?"
_BODY = r"(?:(?:ten |cac |mot |danh sach (?:cac )?)?(?:don vi|bo phan|co quan|phong|noi)(?:, (?:don vi|bo phan|co quan))? )?"
#: … named, not left out
_A_BODY = _BODY[:-1]
def _meaning(said_of: str = "") -> str:
    """What a note says a label stands for (folded): the body that leads ("đơn vị chủ trì", "bộ phận làm chính"), those
    that work with it ("đơn vị phối hợp", "bộ phận, cơ quan cùng làm"), the time ("thời hạn", "mốc phải xong", "hạn
    hoàn thành"), a body that only receives the work ("chỉ theo dõi", "để biết"); ``said_of``: the words a definition
    may say of the body before its role."""
    return (rf"(?P<lead>{_BODY}{said_of}(?:chu tri|lam chinh|lo chinh|nam chinh|chiu trach nhiem(?: chinh)?|dau moi))|"
            # (or the body that adds to the work, supports or helps it: "đơn vị góp vào", "bộ phận hỗ trợ", "nơi giúp
            # sức"; never those words alone, a work's verb: "▸ Hỗ trợ thành viên …")
            rf"(?P<partner>{_BODY}{said_of}(?:phoi hop|cung (?:lam|thuc hien|phoi hop|tham gia)|tham gia)|"
            rf"{_A_BODY}{said_of}(?:gop (?:vao|suc|phan)|ho tro|giup(?: suc| do)?))|"
            r"(?P<time>thoi han(?: hoan thanh)?|(?:ngay |moc )?han(?: (?:hoan thanh|xong|chot))?|"
            r"(?:moc|ngay|thoi gian|luc|khi) (?:(?:cong )?viec )?(?:phai )?(?:xong|hoan thanh))|"
            rf"(?P<receiver>{_BODY}(?:chi )?(?:theo doi|de biet|nhan (?:thong tin|ket qua)))")


_MEANING = _meaning()
#: a name in quotes or backticks, maybe the column's or the box's it is ("cột “Máy chính”", "đơn vị ở ô "Đến"",
#: "`chu_tri::`"), or a tag as printed ("[CT: …]"), the clause's subject; then "là" or "ghi" or nothing, then what it
#: stands for (not "Đơn vị ghi đầu tiên ở cột "X" là đơn vị chủ trì": the first body in it leads, not the column)
_NAME = (r"(?:^|(?<=[,;:(.—–-])|(?<=[,;:(.—–-] )|(?<=\bghi )|(?<=\bmot )|(?<=\bla ))\s*"  # ("… là một dòng “X” - …")
         # (the body by its kind, "đơn vị", "bộ phận", "ban", "phòng", "tổ", or "nơi": "ban ở dòng “Gửi”", "nơi ở dòng …")
         # (or by where it stands or what it bears: "bộ phận đứng “Đầu dây”", "đơn vị mang “Cờ”")
         r"(?:(?:cac )?(?:don vi|bo phan|co quan|noi|ban|phong|to|doi)(?:(?: ghi)? (?:o|trong)| dung| mang| co ten)? )?"
         r"(?:(?:(?:cac|nhung|moi)\s+)?(?:cot|o|truong|nhan|dong|muc)\s+)?"  # ("các dòng “Vai phụ” ghi …", "mỗi dòng …")
         # … a sign named as such ("dòng có dấu ★", "sau dấu ⊕", "ký hiệu ◷")
         r"(?:(?:(?:co|sau|truoc)\s+)?(?:dau|ky hieu|bieu tuong)\s+(?=[^\w\s]))?"
         r"(?:[\"“”'‘’`]\s*(?P<quoted>[^\"“”'‘’`\n]{1,30}?)\s*:{0,2}\s*[\"“”'‘’`]|"
         r"\[(?P<tag>[^\[\]:\n]{1,20}?)\s*(?::[^\[\]\n]{0,10})?\]|"
         # … or a mark set in superscript after a name ("<sup>CT</sup> chủ trì; <sup>PH</sup> phối hợp")
         r"<sup>\s*(?P<sup>[^<>\n]{1,12}?)\s*</sup>|"
         # … or a key's label as a page shows a keyboard key ("<kbd>CHÍNH</kbd> là ban, đơn vị chịu trách nhiệm chính")
         r"<kbd>\s*(?P<kbd>[^<>\n]{1,20}?)\s*</kbd>|"
         # … or in bold, a short name ("**ct.** là đơn vị chủ trì, **ph.** là đơn vị phối hợp, **h.** là thời hạn")
         r"\*\*(?=\S)(?P<bold>[^*\n]{1,8}?)(?<=\S)\*\*|"
         # … or a pictogram, as a line of fields marks each with its icon ("- 👤 đơn vị chịu trách nhiệm chính;", "🤝
         # đơn vị cùng làm", "📅 hạn xong")
         rf"(?P<icon>{ICON}))")
_NAMED = re.compile(rf"{_NAME}\s*(?:la|ghi|chi|de ghi|:|-|=|\()?\s*(?:{_MEANING})\b")
#: … or defined by "là" and a few words on the body before its role ("Cột "Bên nhận" là ban, đơn vị nhận việc và chịu
#: trách nhiệm chính"; not "cột "Đơn vị" ghi tất cả đơn vị tham gia": what a column holds is no role)
_DEFINED_AS = re.compile(rf"{_NAME}\s*la\s+(?:{_meaning(r'(?:[a-z]+[ ,]{1,2}){0,6}?')})\b")
#: … or the meaning first, the name after it in brackets ("đơn vị chủ trì (CT), đơn vị phối hợp (PH) và hạn hoàn
#: thành (Hạn)"), the bracket a short name of one word
_NAMED_AFTER = re.compile(r"\b(?:don vi|bo phan|co quan) (?:(?P<lead>chu tri)|(?P<partner>phoi hop))\s*"
                          r"\((?P<bracketed>[a-z.]{1,6})\)|"
                          r"\b(?P<time>thoi han|han hoan thanh)\s*\((?P<bracketed_time>[a-z.]{1,6})\)")
#: an e-mail's header fields, folded: a note may say what they stand for ("đơn vị ở ô “Đến” là đơn vị chủ trì"), but a
#: mail gives its item by the number in its subject, which no reader here follows yet: left as printed (not "Gửi", the
#: line a memo box of a plan names its doer on, "GỬI: Ban Nguồn hàng" / "ĐỒNG GỬI: …" / "VIỆC: …", as its note says)
_MAIL_HEADER = {"den", "cc", "bcc", "tu", "tieu de", "chu de", "to", "from", "subject"}
#: a line that may be a note on reading the document: where it says what a name stands for
_NOTE_HINT = re.compile(rf"\b(?:là|ghi|chỉ)\b|::|<sup>|<kbd>|{ICON}", re.I)

#: a field's common name typed as a notes app's key, without marks, words joined by "_" or "-", folded
_KEYS = {"chu tri": LEAD, "don vi chu tri": LEAD, "co quan chu tri": LEAD, "phu trach": LEAD,
         "phoi hop": PARTNER, "don vi phoi hop": PARTNER, "co quan phoi hop": PARTNER, "cung lam": PARTNER,
         "han": TIME, "thoi han": TIME, "han chot": TIME, "thoi gian": TIME, "hoan thanh": TIME}
#: a notes app's inline field: its key, two colons, its value ("chu_tri:: Phòng X", "- phoi-hop:: Y")
_INLINE_FIELD = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?)(?P<key>[A-Za-z][A-Za-z_\- ]{1,30}?)::[ \t]*")


#: what a cell says for no one, which a note may quote ("Ô phối hợp ghi "không" là nơi chủ trì tự làm"): never a name
_NONE_WORDS = {"khong", "khong co", "khong ai", "trong"}


def names(lines: list[str]) -> dict[str, str]:
    """The document's own names for fields, as its notes define them: the name as printed, folded → the field's
    common name."""
    out: dict[str, str] = {}
    for k, line in enumerate(lines):
        # a note wrapped onto the next line, as a PDF's text is (a Markdown quote's marks left out: "> … là nơi cùng" /
        # "> làm")
        joined = " ".join([line, *(re.sub(r"^\s*>\s?", "", n) for n in lines[k + 1:k + 2])])
        if not _NOTE_HINT.search(joined) and "(" not in line:  # (its "là" or "ghi" maybe on that line)
            continue
        folded = fold(joined)
        for match in (*_NAMED.finditer(folded), *_DEFINED_AS.finditer(folded), *_NAMED_AFTER.finditer(folded)):
            got = match.groupdict()
            short = next((g for g in ("bracketed", "bracketed_time") if got.get(g)), None)
            if short and len(folded) == len(joined) and not re.search(r"[A-ZĐ]", joined[match.start(short):match.end(short)]):
                continue  # a short name is printed in capitals ("(CT)", "(Hạn)"), not a word ("Đơn vị chủ trì (hàng)")
            name = (got.get("quoted") or got.get("tag") or got.get("sup") or got.get("kbd") or got.get("bold")
                    or got.get("bracketed")
                    or got.get("bracketed_time") or got.get("icon") or "").strip(" :")
            role = _role(got)
            if got.get("icon") and re.match(r"\s*:", folded[match.end():]):
                continue  # "🤝 Phối hợp: X": a field's label after its icon, not what the icon stands for
            if name and (re.search(r"[^\W\d_]", name) or got.get("icon")) and not re.search(r"\d", name) \
                    and len(name.split()) <= 5 and name not in _MAIL_HEADER and _key(name) not in _NONE_WORDS:
                out.setdefault(_key(name), role)
    for k, line in enumerate(lines):
        for name, role in _bare_legend(line):
            out.setdefault(name, role)
        if _EMPTY_PAIR.search(line):  # a note on what each kind of bracket holds ("trong ngoặc vuông [ ] là đơn vị
            # chủ trì, trong ngoặc nhọn { } là đơn vị phối hợp, …, trong dấu < > là thời hạn")
            for match in _BRACKET_KIND.finditer(fold(" ".join([line, *lines[k + 1:k + 2]]))):
                out.setdefault(match["open"] + match["close"], _role(match.groupdict()))
    used = None  # the labels the document prints, folded, read once where a note names its fields before their meaning
    # (a line alone, as a paragraph is asked whether it is a note, prints no label of its own to check them against:
    # ``named_lines`` reads those notes against the document's names)
    for k, line in enumerate(lines if len(lines) > 2 else ()):
        if "(" not in line and not _LEGEND_OPENS.match(line) and not _NOTE_HINT.search(line) \
                and not _ROLE_WORD.search(line):
            continue
        for name, role in _unquoted(" ".join([line, *lines[k + 1:k + 2]])):
            if used is None:  # (a label on a line, or a table's column head)
                used = {_key(m["label"]) for ln in lines for m in _USED_LABEL.finditer(_EMPHASIS.sub("", fold(ln)))} \
                    | {_key(cell) for ln in _head_rows(lines) for cell in re.split(r"\||\t", _plain_cell(ln))}
            if _key(name) in used:
                out.setdefault(_key(name), role)
    return out | {name: role for _, name, role in _column_entries(lines, out)}


#: a note that names a field, then says what it stands for in brackets: "dòng dưới ghi bộ phận giữ lửa (chịu trách
#: nhiệm chính), bộ phận, đơn vị tiếp lửa (phối hợp) và thời hạn đổ khuôn xong (hoàn thành)" (folded); a name kept only
#: where the document prints it as a label (``_USED_LABEL``)
_NAMED_BEFORE = re.compile(rf"\b(?:(?:bo phan|don vi|co quan|phong|ban|to|ben|nguoi)(?:, (?:bo phan|don vi|co quan))? "
                           rf"(?P<before>[a-z]+(?: [a-z]+){{0,3}}?) \((?:{_MEANING})\)|"
                           r"thoi (?:han|gian) (?P<before_time>[a-z]+(?: [a-z]+){0,3}?) \((?:hoan thanh|xong)\))")
#: … an entry of a note that names a field unquoted, then what it stands for (folded): "khoa, phong dung lop chiu trach
#: nhiem chinh", "to cam co la don vi chu tri"
_UNQUOTED_ENTRY = re.compile(rf"\s*(?:cot\s+)?(?P<bare>[a-z][a-z ,]{{1,40}}?)\s*(?P<said>:|=|\s-|\s–|\s(?:la|ghi)\s)?\s*"
                             rf"(?:{_MEANING})(?:\s+[a-z]+){{0,3}}\s*")
#: a note that says the body underlined leads (folded): "đơn vị có tên gạch chân là đơn vị chủ trì", "tên được gạch
#: dưới là đơn vị chịu trách nhiệm chính"
_UNDERLINE_NOTE = re.compile(rf"\bgach (?:chan|duoi)\b[^.;]{{0,40}}?\bla\s+(?:{_meaning()})")
#: a name underlined in HTML ("<u>Chi cục Trồng trọt và Bảo vệ thực vật</u>", "<ins>…</ins>")
_UNDERLINED = re.compile(r"<(?P<tag>u|ins)>\s*(?P<name>[^<>]{2,150}?)\s*</(?P=tag)>", re.I)
#: a time named after what must be done by it (folded): "lam xong truoc ngay hen", "hoan thanh truoc moc chot"
_DONE_BEFORE = re.compile(r"\b(?:xong|hoan thanh)\s+truoc\s+(?P<bare>[a-z]+(?: [a-z]+){0,2})\s*(?=[.;,)]|$)")
#: the words of a role, as a note on the fields' names says them ("chịu trách nhiệm chính", "chủ trì", "phối hợp")
_ROLE_WORD = re.compile(r"chịu trách nhiệm|chủ trì|phối hợp", re.I)
#: … an entry naming the kind of body first ("don vi ky nhan chiu trach nhiem chinh", "don vi cung ky phoi hop")
_KIND_ENTRY = re.compile(rf"\s*(?:(?:cac|moi)\s+)?(?:don vi|bo phan|co quan|noi|ben|nguoi)\s+(?P<bare>[a-z][a-z ]{{1,30}}?)\s+"
                         rf"(?:la\s+)?(?:{_meaning()})\s*")
#: a body's name, folded, as no field's own name opens
_BODY_NAME = re.compile(r"(?:cac |nhung )?(?:so|phong|ban|uy ban|ubnd|lien minh|hoi|trung tam|chi cuc|cuc|van phong|cong an|"
                        r"ngan hang)\b")
#: a label as a line, a cell or a field after a separator prints it: its name, then its colon (folded)
_USED_LABEL = re.compile(rf"(?:^(?:\s*>)*|[\t|;.]|\s{{2,}}|\s[{FIELD_APART}])\s*(?:[-+•]\s+|[{ARROWS}]\s*)?(?P<label>[a-z][a-z ,]{{1,40}}?)\s*:")
#: the marks of Markdown's emphasis around a name or a label ("*Ai nắm:*", "**Mốc**")
_EMPHASIS = re.compile(r"\*{1,2}|(?<!\w)_{1,2}|_{1,2}(?!\w)")


#: a Markdown table's rule under its head row ("|---|---|", "| :--- | --- |")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")


def _head_rows(lines: list[str]) -> list[str]:
    """The rows that head tables: a Markdown table's row over its rule ("| TT | Việc | … |" / "|---|---|"), a Word or TAB
    table's first row (its line after one with no TAB), and the row under that (a header of two rows)."""
    out = []
    for k, line in enumerate(lines):
        if "|" in line and k + 1 < len(lines) and _TABLE_RULE.match(lines[k + 1]):
            out.append(line)
        elif "\t" in line.strip() and (k == 0 or "\t" not in lines[k - 1].strip()
                                        or (k >= 2 and "\t" not in lines[k - 2].strip())):
            out.append(line)
    return out


def _unquoted(text: str) -> list[tuple[str, str]]:
    """The names a note gives fields unquoted, with what they stand for, (name, role), as yet unchecked: before their
    meaning in brackets ("bộ phận giữ lửa (chịu trách nhiệm chính)", ``_NAMED_BEFORE``), or an entry of its own between
    ";", ".", "," or the brackets, the name before its meaning ("(Khoa, phòng đứng lớp chịu trách nhiệm chính; …)",
    "Dưới mỗi việc: *Ai nắm* là đơn vị chịu trách nhiệm chính, *Ai đỡ* là nơi phối hợp", ``_UNQUOTED_ENTRY``)."""
    joined = _EMPHASIS.sub("", fold(text))
    if not _MEANING_ANYWHERE.search(joined):
        return []
    entries = [(m["before"] or m["before_time"], TIME if m["before_time"] else _role(m.groupdict()))
               for m in _NAMED_BEFORE.finditer(joined)]
    # (after the note's own words and their colon; a name may hold a comma, "Khoa, phòng đứng lớp"; the name and its
    # meaning apart by "là", "ghi" or a mark, or nothing but a space in a note wholly in brackets; never a body's name,
    # "Sở X chủ trì, …:" opening an item)
    bracketed = text.lstrip().startswith("(")
    # … or after the kind of body it names, no mark between ("đơn vị ký nhận chịu trách nhiệm chính, đơn vị cùng ký phối
    # hợp")
    segments = {cut: [seg.rsplit(":", 1)[-1] for seg in re.split(cut, joined) if _MEANING_ANYWHERE.search(seg)]
                for cut in (r"[.;()]", r"[.;,()]")}  # (only those that say a meaning are tried whole)
    entries += [(m["bare"], _role(m.groupdict())) for seg in segments[r"[.;,()]"] if (m := _KIND_ENTRY.fullmatch(seg))]
    # … and the time named after what must be done by it ("làm xong trước ngày hẹn", "hoàn thành trước mốc chốt")
    entries += [(m["bare"], TIME) for m in _DONE_BEFORE.finditer(joined)]
    entries += [(m["bare"], _role(m.groupdict())) for cut in (r"[.;()]", r"[.;,()]") for seg in segments[cut]
                if (m := _UNQUOTED_ENTRY.fullmatch(seg))
                and (bracketed or m["said"]) and not _BODY_NAME.match(m["bare"])]
    # (a legend says what two names stand for at least, quoted or not: "X là đầu mối, phối hợp với …" alone is a
    # sentence on a body)
    roles = {role for _, role in entries} | {_role(m.groupdict()) for m in _NAMED.finditer(joined)}
    return entries if len(roles) >= 2 else []  # (two roles: "Bộ phận Dự án là đầu mối" names one body's, no legend)


def _bare_legend(line: str) -> list[tuple[str, str]]:
    """The entries of a legend of plain names in a note, (name folded, role): "(Bên cầm bút: đơn vị chịu trách nhiệm
    chính. Bên góp ý: đơn vị phối hợp.)", "Ghi chú: CT - chủ trì; PH - phối hợp"; each entry a name and its meaning
    alone, two roles at least (one entry alone may be a sentence's clause)."""
    if not _LEGEND_OPENS.match(line):
        return []
    folded = fold(line)
    if not _LEGEND_OPEN.match(folded):
        return []
    entries = [m for seg in _LEGEND_CUT.split(folded) if (m := _BARE_ENTRY.fullmatch(seg))]
    if len({_role(m.groupdict()) for m in entries}) < 2:
        return []
    return [(_key(m["bare"]), _role(m.groupdict())) for m in entries]


#: a kind of bracket a note says what it holds, the pair printed empty: "[ ] là đơn vị chủ trì", "{ } là đơn vị phối
#: hợp", "< > là thời hạn" (folded)
_BRACKET_KIND = re.compile(rf"(?P<open>[\[{{<])\s*(?P<close>[\]}}>])\s*(?:la|:|=|-|–)?\s*(?:{_MEANING})\b")
#: the kinds of bracket such a note may define, each as its pair is named
_BRACKET_PAIRS = ("[]", "{}", "<>")
#: a line of bracketed groups only, each of a kind a note defines ("[Phòng X] {Sở Y; HTX Z} <31/3/2026>")
_BRACKETED_LINE = re.compile(r"^\s*(?:[\[{<][^\[\]{}<>]{1,200}[\]}>]\s*){1,4}$")
_BRACKET_GROUP = re.compile(r"(?P<open>[\[{<])(?P<value>[^\[\]{}<>]{1,200})(?P<close>[\]}>])")
#: … the same as printed, read before a line is folded (folding every line of a long text costs)
_LEGEND_OPENS = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\(|(?:ghi chú|chú thích|qu[yi] ước|cách đọc|kh(?:óa|oá)|k[ýí] hiệu|"
                           r"(?:chữ )?viết tắt)\b)", re.I)  # (a tone placed either way: "Khóa", "Khoá"; "Ký", "Kí")
#: an empty pair of brackets, as a note on what each kind holds prints it ("[ ]", "{ }", "< >")
_EMPTY_PAIR = re.compile(r"[\[{<]\s*[\]}>]")
#: a line that opens a note: in brackets, or after its word ("Ghi chú:", "Chú thích:", "Quy ước:") (folded)
_LEGEND_OPEN = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\(|(?:ghi chu|chu thich|quy uoc|cach doc|khoa|ky hieu|(?:chu )?viet tat)\b)")
#: … whose entries are parted by a full stop, ";" or a comma, or the bracket (after the note's own words and colon:
#: "Khóa ghi dưới mỗi việc: CT = đơn vị chủ trì; …")
_LEGEND_CUT = re.compile(r"^\(?[^:()]{0,40}:(?=\s*[a-z][a-z ]{0,28}\s*(?::|=|\s-|\s–))|[.;,()]")
#: an entry of such a legend: a short name, a colon, a dash or "=", and the meaning, nothing else (folded)
_BARE_ENTRY = re.compile(rf"\s*(?P<bare>[a-z][a-z ]{{0,28}}[a-z])\s*(?::|=|\s-|\s–)\s*(?:{_MEANING})\s*")


def _role(said: dict) -> str:
    """The role a match of ``_MEANING`` names, by its group."""
    return LEAD if said.get("lead") else PARTNER if said.get("partner") else RECEIVER if said.get("receiver") else TIME


#: a field's common label: a legend defines none of them
_COMMON_LABEL = re.compile(FIELD_LABEL, re.I)
#: a legend's entry for a column, a term and what it holds after a colon ("- **Bộ chứa**: … thì phòng, đơn vị đó **chủ
#: trì**.", "- **Được giao cho**: tài khoản của các phòng, đơn vị **phối hợp** …", "- **Ngày đến hạn**: hạn hoàn thành")
_TERM = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?(?P<term>[^*_:|\n]{2,30}?)(?:\*\*|__)?\s*:\s*(?P<said>\S.{2,300})$")
_MEANING_ANYWHERE = re.compile(rf"\b(?:{_MEANING})\b")


def named_lines(lines: list[str]) -> set[int]:
    """The 0-based lines that say, on their own, what the document's own names stand for (``names``): notes on reading
    it, left as printed and never a task."""
    own = None  # the document's own names, read once where a line names fields unquoted
    out = set()
    for k, line in enumerate(map(_unstamped, lines)):
        if (_NOTE_HINT.search(line) and names([line])) or _bare_legend(line):
            out.add(k)
        elif (_NOTE_HINT.search(line) or "(" in line) and len(said := {_key(n) for n, _ in _unquoted(line)}) >= 2:
            own = names(lines) if own is None else own
            if said <= own.keys():  # "Dưới mỗi việc: *Ai nắm* là …, *Ai đỡ* là …, *Mốc* là thời hạn."
                out.add(k)
        elif _NOTE_HINT.search(line) and k + 1 < len(lines) and lines[k + 1].strip():
            # … or wrapped onto the next line, this one naming one of them ("…: **Cầm thước** là đơn vị chịu trách
            # nhiệm chính;" / "**Nảy mực** là đơn vị phối hợp; **Cất nóc** là thời hạn phải xong.")
            said = {_key(n) for n, _ in _unquoted(f"{line} {lines[k + 1]}")}
            here = _EMPHASIS.sub("", fold(line))
            if len(said) >= 2 and said <= (own := names(lines) if own is None else own).keys() \
                    and any(re.search(rf"\b{re.escape(name)}\b", here) for name in said):
                out.add(k)
    return out


def legend_lines(lines: list[str]) -> set[int]:
    """The 1-based lines of a legend of a table's columns by their heads (``_column_entries``): never a task."""
    return {number for number, _, _ in _column_entries(lines, {})}


def _column_entries(lines: list[str], found: dict[str, str]) -> list[tuple[int, str, str]]:
    """(1-based line, name, role) of each entry of a legend of a table's columns, one a line (``_TERM``): the term a
    column's head, never a body's name (a body with its duties after a colon is no legend), the role the first its
    entry names; those ``found`` names already left out."""
    heads = {_key(cell) for line in lines if "|" in line or "\t" in line
             for cell in re.split(r"\||\t", _plain_cell(line)) if cell.strip()}
    out: list[tuple[int, str, str]] = []
    for number, line in enumerate(lines, start=1):
        entry = _TERM.match(line) if ":" in line else None
        if entry is None or _key(entry["term"]) not in heads or _key(entry["term"]) in found or starts_body(entry["term"]) \
                or re.search(r"\d", entry["term"]) or _COMMON_LABEL.fullmatch(entry["term"].strip()) \
                or (entry["said"].lstrip("*")[:1].isupper() and starts_body(entry["said"].replace("*", ""))):
            continue  # (a common label with its value, "Cơ quan chủ trì: Trung tâm …", is no legend's entry)
        said = _MEANING_ANYWHERE.search(fold(entry["said"]).replace("*", ""))
        if said:
            out.append((number, _key(entry["term"]), _role(said.groupdict())))
    return out


#: the marks of a Markdown blockquote a line opens with, nested or not ("> ", "   > > ")
_QUOTED = r"(?:\s*>)*"
#: a line of fields: it opens with a common label, maybe in a bracket ("(Chủ trì: X / Hỗ trợ: Y / …"), maybe quoted
_FIELDS_LINE = re.compile(rf"^{_QUOTED}\s*(?:[-*+•]\s+|[{ARROWS}]\s*|\d{{1,2}}[.)]\s+)?[(\[]?(?:\*{{1,2}}|_{{1,2}})?(?:{FIELD_LABEL})\s*:", re.I)


def _plain_cell(line: str) -> str:
    """A table's row as plain text, its markup dropped."""
    return re.sub(r"\*\*|__|`", "", line)


def relabelled(lines: list[str], own: dict[str, str] | None = None, named: set[int] | None = None) -> list[str]:
    """``lines`` with each label that opens a line and each column head that is one of the document's own names for a
    field (``own``, read by ``names`` when not given), or a notes app's key typed so, written as the field's common
    name, line for line; the lines that define them (``named``, read by ``named_lines`` when not given) as printed. A
    label inside a line (a group of fields in brackets closing an item) is left as printed, the item's text quoted as
    it is: ``in_fields`` reads it."""
    own = names(lines) if own is None else own
    named = (named_lines(lines) if own else set()) if named is None else named
    own = {name: role for name, role in own.items() if role != RECEIVER}
    kinds = {pair: own.pop(pair) for pair in _BRACKET_PAIRS if pair in own}  # (not a sign with its variation selector)
    if own:
        spelt = "|".join(sorted((_spelt(name) for name in own), key=len, reverse=True))
        # a label at the line's start (after its list mark), its one colon or two; or a cell that is the name and
        # nothing else
        # (or its "=", as a line of keys prints it: "CT=XT   PH=NN,LM   TH=15/12/2025")
        # (in emphasis too: "*Ai nắm:* X — *Ai đỡ:* Y")
        # (in a Markdown blockquote too, a line of fields quoted under its work: "   > Đứng quầy: X · Phụ quầy: Y")
        # (or after an item's number, its fields its line: "1.  Sợi dọc: X ║ Sợi ngang: Y ║ Cắt vải: …")
        label = re.compile(rf"^(?P<before>{_QUOTED}\s*(?:[-*+•]\s+|[{ARROWS}]\s*|\d{{1,2}}[.)]\s+)?[(\[]?)"
                           rf"(?:\*{{1,2}}|_{{1,2}})?"
                           rf"(?P<name>{spelt})"
                           rf"\s*(?::{{1,2}}|=(?!=))(?:\*{{1,2}}|_{{1,2}})?",
                           re.I)
        # … and after another field of a line of fields, apart by a slash, a bar, a dot or ";" ("(Phụ trách: X / Hỗ
        # trợ: Y / Hạn chót: …)")
        # … or set apart by a run of spaces, as a line of fields typed on a typewriter's stops ("Cầm việc: X    Kề vai: Y
        # Hẹn ngày: Z")
        # … or after the sentence of the field before it ("Giữ mốc: Phòng X. Cùng giữ: Sở Y, Liên minh …")
        # (… or on the next line of a cell: "**Đầu dây: X**<br>Nối dây: Y")
        # (… or opening a square bracket that opens the line: "01 [Bếp chính: X | Phụ bếp: Y | …]")
        later = re.compile(rf"(?P<before>\s[{FIELD_APART}]\s*|;\s*|\s{{3,}}|\.\s+|\t\s*|<br>\s*|^\s*(?:\d{{1,2}}[.)]?\s+)?\[\s*)(?P<em>\*{{1,2}}|_{{1,2}})?"
                           rf"(?P<name>{spelt})\s*(?::|=(?!=))(?P<em_after>\*{{1,2}}|_{{1,2}})?", re.I)
        # … or a pictogram a legend defines, no colon after it, at the line's start or after another field ("👤 Ban
        # Hỗ trợ thành viên · 🤝 UBND các xã · 📅 31/8/2026")
        icons = [name for name in own if re.fullmatch(ICON, name)]
        # (… or a line of a cell, or after the sentence before it: "★ Phòng X<br>☆ Sở Y", "… vườn ươm. ⊕ Xí nghiệp …")
        # (… or a run of spaces: "◐ Ban Tổ chức   ◌ Liên minh …   ⌚ 31/8/2025")
        pictured = re.compile(rf"(?P<before>^\s*(?:[-*+•]\s+)?|\s[/|·•]\s*|;\s*|\|\s*|<br>\s*|\t\s*|[.;]\s+|\s{{2,}})"
                              rf"(?P<name>{'|'.join(map(re.escape, icons))})"
                              # (its value in the same cell: a mark alone in a matrix's cell, "\t●\t", is the
                              # matrix's, ``tables``)
                              rf"[^\S\t\n]*:?[^\S\t\n]*(?=[^\s|<])(?!(?:{FIELD_LABEL})\s*:)", re.I) if icons else None
        cell = re.compile(rf"(?P<before>(?:^|\t|\|)\s*(?:\*\*)?)(?P<name>{spelt})(?P<after>(?:\*\*)?\s*(?=\t|\||$))", re.I)
        keyed = re.compile(rf"<kbd>\s*(?P<name>{spelt})\s*</kbd>\s*:?\s*", re.I)
        # … or a name and its value apart by a dot leader, as a cast list or a form prints them ("Vai chính …………
        # Tổ Tạo hình<br>Vai phụ ………… HTX …", a line of a cell or of its own)
        leader = re.compile(rf"(?P<before>(?:^|\t|\||<br>)\s*(?:[-*+•]\s+)?(?:\*{{1,2}})?)(?P<name>{spelt})\s*[.…]{{3,}}\s*",
                            re.I)
    out = []
    fenced = False
    giving = None  # the indent of a line that gives its item to its doers in the document's own words, while it goes on
    for k, line in enumerate(lines):
        if _FENCE.match(line):  # a code block is data its own reader reads (a YAML or JSON export): as printed
            fenced = not fenced
        if fenced or _FENCE.match(line):
            out.append(line)
            continue
        line = _unstamped(line)
        field = _INLINE_FIELD.match(line)
        if field and not line[field.end():].strip() and (_key(field["key"]) in _KEYS or _key(field["key"]) in own):
            out.append("")  # an inline field left empty ("phoi_hop::") says nothing: a blank line, not a label whose
            continue        # value the next line would be
        if own and k not in named:
            line = label.sub(lambda m: f"{m['before']}{own[_key(m['name'])]}:{' ' if m[0].endswith('=') else ''}", line,
                             count=1)
            if pictured is not None and pictured.search(line):  # (its line's start, a cell's, a field's or a sentence's)
                line = pictured.sub(lambda m: f"{m['before']}{own[_key(m['name'])]}: ", line)
            if _FIELDS_LINE.match(line) or _chained(later, line):
                # (the emphasis of a label's value kept: "**Đầu dây: Phòng X**" → "**Chủ trì: Phòng X**")
                line = later.sub(lambda m: f"{'; ' if not m['before'].strip(' ') else m['before']}"
                                           f"{m['em'] if m['em'] and not m['em_after'] else ''}{own[_key(m['name'])]}:"
                                           f"{' ' if m[0].endswith('=') else ''}",
                                 line)  # (a run of spaces between fields read as the ";" it stands for; a tab kept)
            if "\t" in line or "|" in line:
                line = cell.sub(lambda m: f"{m['before']}{own[_key(m['name'])]}{m['after']}", line)
            if "…" in line or "..." in line:
                line = leader.sub(lambda m: f"{m['before']}{own[_key(m['name'])]}: ", line)
            if "<kbd>" in line.lower():  # "<kbd>CHÍNH</kbd> X · <kbd>CÙNG</kbd> Y · <kbd>HẠN</kbd> …": the labels
                line = keyed.sub(lambda m: f"{own[_key(m['name'])]}: ", line)
        given = _GIVEN_OPENS.match(line) if own and k not in named else None
        if given:  # "Giám đốc phê: Phòng X gánh việc; Y tiếp tay; nộp kết quả …": the roles and the time as known
            line = given["head"] + in_fields(line[given.end():], own)
            giving = len(given["head"]) - len(given["head"].lstrip())
        elif giving is not None and line.strip() and len(line) - len(line.lstrip()) >= max(giving, 1) \
                and not _ITEM_OPENS.match(line):  # … wrapped onto the next lines, indented as it is
            line = in_fields(line, own)
        else:
            giving = None
        if kinds and k not in named and _BRACKETED_LINE.match(line) \
                and all(g["open"] + g["close"] in kinds for g in _BRACKET_GROUP.finditer(line)):
            # a line of groups in the brackets a note defines: the fields they stand for, in the order printed
            line = line[:len(line) - len(line.lstrip())] + "; ".join(
                f"{kinds[g['open'] + g['close']]}: {g['value'].strip()}" for g in _BRACKET_GROUP.finditer(line))
        field = _INLINE_FIELD.match(line)
        if field and _key(field["key"]) in _KEYS:
            line = f"{field['lead']}{_KEYS[_key(field['key'])]}: {line[field.end():]}"
        elif ":" in line or "—" in line or "–" in line or " - " in line:
            role = _role_after(line)
            line = line if role is None else role
        out.append(line)
    return _listed_values(out)


def _chained(later: re.Pattern, line: str) -> bool:
    """The line closes its work with a run of the document's own fields, two of them at least, each after a separator
    and none in brackets ("1) Điều tra … — Gieo: Phòng X. Vun: Chi cục Y. Gặt: 30/9/2026."), or opens with them in a
    square bracket ("01 [Bếp chính: X | Phụ bếp: Y | Lên món: …] Đến vườn …"): read as a line of fields is."""
    opening = _OPENING_GROUP.match(line)  # (a square bracket of fields opening the line, maybe after its number)
    found = [m for m in later.finditer(line) if line.count("(", 0, m.start()) <= line.count(")", 0, m.start())
             and (line.count("[", 0, m.start()) <= line.count("]", 0, m.start())
                  or (opening is not None and m.start() < opening.end()))]  # (an item's "1)" opens none)
    return len({_key(m["name"]) for m in found}) >= 2


#: a square bracket opening a line, maybe after the item's number, that holds fields ("01 [Bếp chính: X | Phụ bếp: Y |
#: Lên món: …] Đến vườn …")
_OPENING_GROUP = re.compile(r"^\s*(?:\d{1,2}[.)]?\s+)?\[[^\[\]]{3,300}\]")


#: a note that says what bold and italics stand for (folded): "tên in đậm là đơn vị chủ trì", "phần in nghiêng là thời
#: hạn"
_IN_BOLD = re.compile(rf"\bin dam\b[^.;]{{0,30}}?\bla\s+(?:{_MEANING})")
_IN_ITALICS = re.compile(rf"\bin nghieng\b[^.;]{{0,30}}?\bla\s+(?:{_MEANING})")
#: a line that names the doers by print, as such a note reads it: the lead in bold, then maybe its partners after
#: "cùng", the time in italics at its end ("> — **Phòng X**, cùng Y; Z · *trước 31/8/2026*")
_PRINTED_ROLES = re.compile(r"^(?P<before>[\s>]*)(?:[—–-]\s+)?\*\*(?P<lead>[^*\n]{2,150}?)\*\*(?P<between>[^*\n]{0,300}?)"
                            r"(?<![*\w])\*(?P<time>[^*\n]{2,80}?)\*\s*\.?\s*$")


def printed_roles(lines: list[str]) -> list[str]:
    """``lines`` with each line that names its item's doers and time by how they are printed, where a note says so
    ("tên in đậm là đơn vị chủ trì, tên sau chữ "cùng" là đơn vị phối hợp, phần in nghiêng là thời hạn"), written as
    the labelled line it stands for ("— **Phòng X**, cùng Y; Z · *tháng 9/2026*" → "Chủ trì: Phòng X; Phối hợp: Y; Z;
    Thời hạn: tháng 9/2026"), line for line; a document whose notes say no such thing as it is."""
    if not any("**" in line for line in lines):
        return lines
    said = [fold(line) for line in lines if "đậm" in line or "nghiêng" in line]
    bold = next((m for line in said for m in _IN_BOLD.finditer(line)), None)
    italics = next((m for line in said for m in _IN_ITALICS.finditer(line)), None)
    if bold is None or italics is None or _role(bold.groupdict()) != LEAD or _role(italics.groupdict()) != TIME:
        return lines
    out = []
    for line in lines:
        printed = _PRINTED_ROLES.match(line) if "**" in line else None
        between = printed["between"].strip(" ·•|,;—–") if printed else ""
        partners = re.match(r"(?i:cùng)\s+(?P<who>\S.*)$", between) if between else None
        if printed is None or (between and partners is None):
            out.append(line)
            continue
        fields = [f"{LEAD}: {printed['lead'].strip()}", *([f"{PARTNER}: {partners['who'].strip()}"] if partners else []),
                  f"{TIME}: {printed['time'].strip()}"]
        out.append(printed["before"] + "; ".join(fields))
    return out


#: the stamp a chat or an SMS system prints before a message, its sender and its day and time in square brackets
#: ("[LMHTX LC 07/10/2026 08:15] …", "[08:15, 07/10/2026] …", "[07/10 08:15] …")
_STAMP = re.compile(r"^\s*\[(?=[^\[\]]{0,40}\d{1,2}:\d{2})(?=[^\[\]]{0,40}\d{1,2}[/.-]\d{1,2})[^\[\]]{5,60}\]\s+(?=\S)")
def _unstamped(line: str) -> str:
    """``line`` without the stamp a chat or an SMS system prints before a message (``_STAMP``), spaces in its place: the
    message is what follows."""
    stamp = _STAMP.match(line)
    return " " * stamp.end() + line[stamp.end():] if stamp else line


#: a Markdown code block's fence
_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")
#: a field's label alone on its line ("Phối hợp:", "- Đơn vị phối hợp:"), its values the list under it
_BARE_FIELD = re.compile(rf"^\s*(?:[-*+•]\s+)?(?P<label>{FIELD_LABEL})\s*:\s*$", re.I)
#: an item of that list: a body's name after its mark ("- Liên minh Hợp tác xã tỉnh", "  - UBND các xã, phường")
_LISTED = re.compile(r"^\s*[-*+•]\s+(?P<value>\S.*?)\s*[;,.]?\s*$")


def _listed_values(lines: list[str]) -> list[str]:
    """``lines`` with each field's label alone on its line and the bodies listed a line each under it ("Phối hợp:" /
    "- Liên minh Hợp tác xã tỉnh" / "- Sở Tài chính", as a form or a YAML block writes a list) as one labelled line
    ("Phối hợp: Liên minh Hợp tác xã tỉnh; Sở Tài chính"), the list's lines blank, line for line."""
    out = list(lines)
    fenced = False
    for at, line in enumerate(lines):
        fenced = fenced != bool(_FENCE.match(line))
        if fenced or not line.rstrip().endswith(":") or not _BARE_FIELD.match(line):
            continue
        values, end = [], at + 1
        while end < len(lines) and (item := _LISTED.match(lines[end])) and starts_body(item["value"]):
            values.append(item["value"])
            end += 1
        if values:
            out[at] = f"{line.rstrip()} {'; '.join(values)}"
            out[at + 1:end] = [""] * (end - at - 1)
    return out


#: a line under an item that names a body and its role after it, nothing else, as a list of those given the work writes
#: it ("- Phòng Quản lý thương mại: chủ trì", "- Sở Khoa học và Công nghệ — phối hợp", or a to-do each unit ticks as
#: it takes its part: "- [x] Phòng X — nhận chủ trì (13/8)"): the body's field, labelled as a field is; one that only
#: receives the work ("— để biết", "— nhận để biết", "— theo dõi") has no part in it
_ROLE_AFTER = re.compile(r"^(?P<mark>\s*(?:[-*+•]\s+)?)(?:\[[ xX]\]\s+)?(?P<who>[^:;—–()\[\]]{3,120}?)\s*(?::|\s[—–-])\s*"
                         r"(?:(?:đã\s+)?nhận\s+)?(?P<role>chủ trì|thực hiện|phối hợp|cùng làm|tham gia|để biết|theo dõi)"
                         r"(?:\s*\([^()]{0,30}\))?\s*[.;]?\s*$", re.I)
_ROLE_LABEL = {"chu tri": LEAD, "thuc hien": LEAD, "phoi hop": PARTNER, "cung lam": PARTNER, "tham gia": PARTNER}


def _role_after(line: str) -> str | None:
    """``line`` as the labelled line of the body it names with its role after it (``_ROLE_AFTER``): "- Chủ trì: X", ""
    for a body that only receives the work; None for any other line."""
    said = _ROLE_AFTER.match(line)
    if said is None or not starts_body(said["who"]):
        return None
    label = _ROLE_LABEL.get(fold(said["role"]))
    return f"{said['mark']}{label}: {said['who'].strip()}" if label else ""


def marks_spelt(lines: list[str], own: dict[str, str]) -> tuple[list[str], int]:
    """``lines`` with each role's mark set in superscript after a name, as the document's note names it ("…xã
    hội<sup>CT</sup>" with "<sup>CT</sup> chủ trì"), written as the mark in brackets a doers' cell reads ("… (chủ
    trì)"), and how many were; the lines that define them as printed. Plain text drops a superscript and what it holds
    (a footnote's number), so the lines changed are the plan's text of record: its quotations are checked against them.
    So too a name underlined where a note says the body underlined leads ("đơn vị có tên <u>gạch chân</u> là đơn vị chủ
    trì": "<u>Chi cục X</u>, UBND …" → "Chi cục X (chủ trì), UBND …")."""
    marks = {name: _MARK[role] for name, role in own.items() if role in _MARK}
    underlined = any(_UNDERLINE_NOTE.search(fold(line)) for line in lines if "gạch" in line.lower())
    if not marks and not underlined:
        return lines, 0
    sup = re.compile(rf"\s*<sup>\s*(?P<name>{'|'.join(_spelt(name) for name in marks)})\s*</sup>", re.I) \
        if marks else None
    out, count = [], 0
    for line in lines:
        if sup is not None and "<sup>" in line and not names([line]):
            line, n = sup.subn(lambda m: f" ({marks[_key(m['name'])]})", line)
            count += n
        if underlined and ("<u>" in line or "<ins>" in line) and "gạch" not in line.lower():
            line, n = _UNDERLINED.subn(lambda m: f"{m['name']} ({_MARK[LEAD]})", line)
            count += n
        out.append(line)
    return out, count


def in_fields(text: str, own: dict[str, str]) -> str:
    """The fields of a group in brackets (``text``, its fields apart by ";" or a bar), each label that is one of the document's own
    names (``own``) written as the field's common name: "chính: X; hạn: …" → "Chủ trì: X; Thời hạn: …"."""
    if not own:
        return text
    parts = re.split(r"(;\s*|\s[|¦‖·•]\s*)", text)  # (or a bar, a dot: "[Bếp chính: X | Phụ bếp: Y | Lên món: …]")
    for k in range(0, len(parts), 2):
        name, colon, rest = parts[k].partition(":")
        dotted = re.match(r"\s*(?P<name>[^\W\d_]{1,6}\.)\s+(?=\S)", parts[k])  # "ct. Phòng X", "h. 15/01/2027"
        if colon and _key(name) in own:
            parts[k] = f"{own[_key(name)]}:{rest.lstrip(':')}"
        elif dotted and _key(dotted["name"]) in own:
            parts[k] = f"{own[_key(dotted['name'])]}: {parts[k][dotted.end():]}"
        elif not colon and (timed := _TIME_NAMED.match(parts[k])) and own.get(_key(timed["name"])) == TIME:
            parts[k] = f"{TIME}: {parts[k][timed.end():]}"  # "nộp kết quả 15/10/2025": the time after its name
    # … or written after a body's name as its role ("Phòng X làm, Liên minh Y giúp", "X làm một mình", where the note
    # says ""làm" (chịu trách nhiệm chính), "giúp" (cùng tham gia)"): the role as the readers know it
    for name, role in own.items():
        if role in (LEAD, PARTNER):
            after = re.compile(rf"(?<=[^\W\d_])\s+(?P<word>{_spelt(name)})(?=\s*(?:[,;]|$)|\s+một mình)", re.I)
            parts = [after.sub(lambda m, r=role: m.group() if m["word"][:1].isupper() else f" {_MARK[r]}", part)
                     for part in parts]  # (in lower case, as a role is: not a name's last word, "ấp Mỹ Phú")
    return "".join(parts)


#: a clause that opens with a few words in lower case, then a date or a time's words ("nộp kết quả 15/10/2025", "hạn trước
#: 30/9"): its name and the value after it
_TIME_NAMED = re.compile(r"\s*(?P<name>[^\W\d_A-ZĐ]+(?: [^\W\d_]+){0,3}?)\s+(?=\d|trước\b|trong\b|tháng\b|quý\b)")
#: a line that gives its item to its doers ("Giao:", "Giám đốc phê:"), read by ``in_fields`` where its roles are the
#: document's own words ("Phòng X gánh việc; Y tiếp tay; nộp kết quả 15/10/2025")
_GIVEN_OPENS = re.compile(rf"^(?P<head>\s*(?:[-*+•]\s+)?(?:{GIVEN})\s*:\s*)(?=\S)", re.I)


#: a line that opens a list's item or a field of its own ("2. …", "- …", "Chủ trì: …"), no wrapped line of the one above
_ITEM_OPENS = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s|[a-zđ][.)]\s|[-*+•]\s|(?:{FIELD_LABEL})\s*:)", re.I)


#: a role's mark in brackets after a body's name, as the readers of a doers' cell know it ("X (chủ trì), Y (phối hợp)")
_MARK = {LEAD: "chủ trì", PARTNER: "phối hợp", RECEIVER: "để biết"}


def field_key(key: str) -> str | None:
    """The common label a notes app's key typed without marks names ("CHU_TRI", "phoi-hop" → "Chủ trì", "Phối hợp"),
    None for any other."""
    return _KEYS.get(_key(key))


def _key(name: str) -> str:
    return " ".join(fold(name).replace("_", " ").replace("-", " ").split())


def _spelt(name: str) -> str:
    """A pattern for ``name`` as printed in the text, marked or not, its words apart by spaces or "_"."""
    return r"[\s_]+".join(_letters(word) for word in name.split())


def _letters(word: str) -> str:
    """A pattern for a folded word as printed: each letter with any of its marks ("han" → "h[aàáạảãâ…]n")."""
    return "".join(_MARKED.get(ch, re.escape(ch)) for ch in word)


_MARKED = {
    "a": "[aàáạảãâầấậẩẫăằắặẳẵAÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ]", "e": "[eèéẹẻẽêềếệểễEÈÉẸẺẼÊỀẾỆỂỄ]", "i": "[iìíịỉĩIÌÍỊỈĨ]",
    "o": "[oòóọỏõôồốộổỗơờớợởỡOÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ]", "u": "[uùúụủũưừứựửữUÙÚỤỦŨƯỪỨỰỬỮ]", "y": "[yỳýỵỷỹYỲÝỴỶỸ]",
    "d": "[dđDĐ]",
}
