"""Lines → paragraphs with their list markers, and the document's parts.

Administrative documents number their parts I., II. (sometimes as
Markdown headings), then 1., 1.1., a), and bullets - + *.  A PDF text dump
also breaks lines inside sentences and may put blank lines inside a
paragraph at page breaks: a line continues the paragraph unless it starts
with a marker, or the paragraph already ended a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import nfc, plain_line
from ..vi import CAPITAL, WEEKDAY, fold

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
#: the national motto of a state body's header (Nghị định 30/2020), matched on folded text
MOTTO = re.compile(r"cong hoa xa hoi chu nghia viet nam")
#: a slash is the delimiter many district and commune documents type ("I/ MỤC ĐÍCH", "1/ Phòng …", "a/ …"), always
#: with a space after it: "09/NQ-CP", "1/2024" (a number cut at the end of the line before) are no markers
_NO_CODE = r"(?![A-ZĐ]{1,6}[-/])"
#: a marker is followed by a space, or (typed in a hurry, "3.Liên minh", "II.NHIỆM VỤ", "a)Sở") directly by
#: a capital letter: a number or a lower-case letter after "3." is a decimal or an abbreviation, never a list
#: an item numbered by the word "Việc" ("Việc 1. …", "Việc 2: …"), or that number alone on its line, the work on the
#: labelled lines under it ("Việc 1." / "- Rõ việc: Rà soát …" / "- Rõ người: …", "Việc 2:" / "Nội dung: …")
WORK_NUMBERED = re.compile(r"^(?P<m>Việc\s+\d{1,2})(?:(?:[.:]|\s+[-–|])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
                           r"|[.:]?$)"
                           # … or a work ticket's title alone on its line, its fields under it ("PHIẾU GIAO VIỆC SỐ GV-01"
                           # / "Nội dung công việc: …" / "Bộ phận nhận việc: …", "Phiếu nhiệm vụ số 3")
                           r"|^(?P<ticket>(?i:phiếu)(?:\s+(?i:giao\s+việc|giao\s+nhiệm\s+vụ|nhiệm\s+vụ|công\s+việc|việc))?"
                           r"\s+(?i:số)\s+[A-ZĐ\d][A-ZĐ\d.\-]{0,9})\s*[.:]?\s*$")
#: an item numbered by the name of what it is ("Nhiệm vụ 2. …", "Nội dung 3 - …", "Hạng mục 4:", "Đề mục 05 - …",
#: "Nhiệm vụ số 6:"), as plans of tasks or of work items number them, a bar after the number too, as a list typed for a
#: screen parts a code from its text ("Nhiệm vụ 01 | …"): its name and number kept in its text, as the work is referred
#: to by them ("Nhiệm vụ 1")
NAME_NUMBERED = re.compile(r"^(?P<m>(?:Nhiệm vụ|Nội dung|Hạng mục|Đề mục|Công việc|Đầu việc)\s+(?:số\s+)?\d{1,2})"
                           r"(?:[.:]|\s+[-–|])\s+(?=\S)")
#: an item's code, its group's letters and its number ("SO1.", "CV01.", "NV3:")
CODED = re.compile(r"^(?P<m>[A-ZĐ]{2,4}\d{1,3})[.:)]\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_MARKERS = [
    # the article of a Quyết định or Nghị quyết ("Điều 4. Tổ chức thực hiện"): the top unit of its content (ND 30/2020)
    ("article", re.compile(r"^(?P<m>Điều\s+\d{1,3})[.:](?:\s+|$|(?=[^\W\d_]))")),
    # a hyphen is how a Party committee's documents number ("I- MỤC TIÊU", "1- Mục tiêu chung"), always with a space
    # after it and a letter next: "2- 3 năm" is a range, "1-2" no marker; typed with a space before it too ("5 -
    # phòng VH-XH đưa tin …"), a letter next ("2 - 3 năm" is a range)
    ("roman", re.compile(rf"^(?P<m>{ROMAN})(?:[.)](?:\s+|(?=[^\W\d_]))|/\s+{_NO_CODE}|\s?-\s+(?=[^\W\d_]))")),
    ("num", re.compile(rf"^(?P<m>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}})(?:[.)](?:\s+|(?=[^\W\d_]))|/\s+{_NO_CODE}"
                       r"|\s?-\s+(?=[^\W\d_]))")),
    ("num", re.compile(r"^(?P<m>\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,2})\s+(?=\D)")),
    # an item coded by its group's letter or Roman numeral and its number ("A.1 …", "B.2. …", "II.3 …"), as a plan
    # whose items are tracked by code numbers them: a point of its group, ranked as "1.1" is
    ("num", re.compile(rf"^(?P<m>(?:[A-H]|{ROMAN})\.\d{{1,2}})(?:[.)]\s+|\s+|\s?[-–]\s+)(?=[^\W\d_])")),  # "I.1 - …"
    # … or by the letters of its group and its number run together ("SO1. …", "WT2. …" of a strategy's matrix, "NV3:
    # …", "CV01. …" of a register), a capital opening its sentence: an item, ranked as a letter is (under the numbered
    # point that lists them), its code kept in its text, as the tables that share the items out quote it (``CODED``)
    ("letter", CODED),
    ("letter", re.compile(rf"^(?P<m>[a-zđ])(?:\)(?:\s+|(?=[^\W\d_]))|/\s+{_NO_CODE})")),
    # a letter typed with a full stop ("a. Sở … hướng dẫn …", "b. LMHTX tỉnh …"): only before a capital, as a sentence
    # opens ("a. tên" or "v.v." are no markers)
    ("letter", re.compile(r"^(?P<m>[a-zđ])\.\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")),
    # a letter typed with a hyphen, as a Party committee's or a commune's documents number their points under "1-" or
    # "II-" ("a- Rà soát …", "b - Hướng dẫn …"): only before a capital, as a sentence opens
    ("letter", re.compile(r"^(?P<m>[a-zđ])\s?-\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")),
    # a step of a Phương án, a Hướng dẫn or a procedure ("Bước 1. …", "Bước 2: …", "Bước 3 - …"): an item under the
    # numbered point it details, ranked as a letter is
    ("letter", re.compile(r"^(?P<m>Bước\s+\d{1,2})(?:[.:]|\s+[-–])\s+")),
    # an activity numbered by its word ("Hoạt động 1: Khảo sát …", "Hoạt động 2. …", "Hoạt động 3 - …"), as
    # plans of activities number them: an item, ranked as a number is
    ("num", re.compile(r"^(?P<m>Hoạt động\s+\d{1,2})(?:[.:]|\s+[-–])\s+")),
    # … or by the name of what it is ("Nhiệm vụ 2. …", "Nội dung 3 - …", "Hạng mục 4:", "Đề mục 05 - …", "Nhiệm vụ số
    # 6:", ``NAME_NUMBERED``)
    ("num", NAME_NUMBERED),
    # … or by "Việc" ("Việc 1. Rà soát …", "Việc 2: …"), as a commune's list of its work numbers it, its number kept
    # in its text as the work is referred to by it ("Việc 1", ``WORK_NUMBERED``)
    ("num", WORK_NUMBERED),
    # a number in brackets opening a paragraph of its own ("(1) Sở … chủ trì …" after a blank line): an item, ranked as a
    # letter is; inside a paragraph, or on the next line of one, it is an inline enumeration (``_INLINE_ENUM``)
    ("letter", re.compile(r"^(?P<m>\(\d{1,2}\))\s+(?=\S)")),
    ("bullet", re.compile(r"^(?P<m>[-–•+*])\s+")),
    # a definition under its term, as a Markdown definition list writes it (pandoc, PHP Markdown Extra, MultiMarkdown:
    # "**1. Rà soát …**" / ": Chủ trì: Sở Tài chính" / ": Thời hạn: quý II/2027"; "~" in pandoc too): a point of the
    # term above, as a bullet is
    ("bullet", re.compile(r"^(?P<m>[:~])[ \t]+(?=\S)")),
    # the bullet glyphs a word processor exports (Google Docs, Word as text): filled for the first level, hollow or
    # small for the second ("●" then "○", "■" then "□"/"▪", "◆", "➢", "✓"), and a slide's triangles ("▸", "►", "▶": the
    # default bullets of presentation software, a slide deck printed to PDF)
    ("bullet", re.compile(r"^(?P<m>[●○◦▪■□◆◇♦➢➤✓▸►▶▹▻])\s*(?=\S)")),
    # … and Word's own, saved as plain text: "•<TAB>" for the first level, "o<TAB>" for the second, "§<TAB>" for the third
    # (the glyphs of its Courier New and Wingdings bullets; the TAB read as a space); only before a capital, as an item
    # opens, "o" being a word too
    ("bullet", re.compile(r"^(?P<m>[o§])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")),
    # a bullet typed without its space ("-Phòng Kinh tế …", "+Hỗ trợ …"): only before a capital letter ("*" is Markdown)
    ("bullet", re.compile(r"^(?P<m>[-–•+])(?=[^\W\d_])")),
]
#: an emoji a post on a social network (a ward's Facebook page, a Zalo group) opens a line with, as a bullet or a mark of
#: what follows ("✅ Có 01 hợp tác xã …", "👉 Chủ trì: …", "⏰ Thời gian: …", "📌 II. PHÂN CÔNG"), maybe several, with the
#: variation selector that asks for the emoji's colour form; not the glyphs word processors use as bullets ("✓", "►")
_EMOJI = "\U0001F000-\U0001FAFF\u2705\u274C\u274E\u2753-\u2757\u2B50\u23E9-\u23FA\u231A\u231B\u26A0\u26A1\u2728\u260E\u2611"
_EMOJI_LEAD = re.compile(rf"^(?:[{_EMOJI}]\ufe0f?\s*)+")
#: a number typed as a keycap emoji ("1️⃣", "2️⃣" … "🔟"), as such a post numbers its items: the item's number
_KEYCAP = re.compile(r"^(?P<n>\d{1,2})\ufe0f?\u20e3\s*|^\U0001F51F\s*")
#: an arrow opening a line before a marker or a field's label, as an item's fields are drawn pointing from its work
#: ("a) Đo đạc …" / "→ Thực hiện: X | Cùng: Y | Xong: …", "⇒ Chủ trì: …", "=> Thời hạn: …"): the arrow is no text
#: the arrows a line may open with (a hooked one too: "⤷ gánh chính: …", "↳ …"), typed as glyphs
ARROWS = "→⇒➔➜⟶⤷↳↪"
_ARROW_LEAD = re.compile(rf"^(?:[{ARROWS}]|=>|->)\s*(?=\S)")


def _unemoji(text: str) -> str:
    """A line as it reads without the emoji it opens with: a keycap number as the number it is ("1️⃣ Khảo sát …": "1.
    Khảo sát …"), an emoji (or an arrow, ``_ARROW_LEAD``) before a marker or a field's label left out ("📌 II. PHÂN
    CÔNG", "👉 Chủ trì: …", "→ Thực hiện: …"), an emoji before anything else a bullet ("✅ Có 01 hợp tác xã …": "- Có
    01 …")."""
    arrow = _ARROW_LEAD.match(text)
    if arrow and (marker_of(text[arrow.end():])[0] or _LABEL_LINE.match(text[arrow.end():])):
        return text[arrow.end():]
    keycap = _KEYCAP.match(text)
    if keycap:
        return f"{keycap.group('n') or '10'}. {text[keycap.end():]}"
    lead = _EMOJI_LEAD.match(text)
    if not lead or lead.end() == len(text):
        return text
    rest = text[lead.end():]
    if marker_of(rest)[0] or _LABEL_LINE.match(rest):
        return rest
    return f"- {rest}"


_END = re.compile(r"[.;:!?…”\")]\s*$")
#: the glyph of a Word bullet in its Wingdings or Symbol font as a copy to plain text writes it, the code point read
#: as a Latin letter, then the TAB Word puts after every bullet: "Ø" an arrowhead, "ü" a tick, "v" a diamond, "q" a
#: box, "n" a square, "l" a disc, "Ÿ" and "·" a dot, "§" a small square, "o" Courier New's circle; before any word, a
#: doer in lower case too ("Ø<TAB>phòng Kinh tế thống kê …"), as no word is one letter and a TAB
_WORD_GLYPH = re.compile(r"^[ \t]*(?P<m>[ØüvqnlŸ·§o])\t+(?=\S)")
#: a day's title in a day-by-day schedule, alone on its line: its weekday and its date ("Thứ Hai, 07/9/2026", "Thứ 4
#: (09/9)", "Chủ nhật, ngày 13/9/2026:") or its date then its weekday ("Ngày 07/9/2026 (Thứ Hai)"), folded; the lines
#: under it are that day's work
_WEEKDAY = WEEKDAY
DAY_TITLE = re.compile(rf"^(?:{_WEEKDAY}\s*[,:–—-]?\s*\(?(?:ngay\s+)?\d{{1,2}}/\d{{1,2}}(?:/20\d\d)?\)?"
                       rf"|ngay\s+\d{{1,2}}/\d{{1,2}}(?:/20\d\d)?\s*[,(–—-]\s*{_WEEKDAY}\)?)\s*:?")
#: a part of the day opening a line of a day's schedule ("Sáng:", "Chiều:", "Buổi tối:", "Cả ngày:"), capitalised
DAYPART = re.compile(r"^(?:Buổi\s+(?:sáng|chiều|trưa|tối)|Sáng|Chiều|Trưa|Tối|Cả ngày)\s*:\s*")
#: a line that opens with an em dash and a word in lower case: the item's time (or other field) after a spaced dash,
#: wrapped onto its own line ("… (phối hợp: Liên minh HTX thành phố)" / "— tháng 4/2026."), which goes on the paragraph
_DASHED_ON = re.compile(r"^—\s*[^\W\d_]")
#: where a tracker's item stands, as a task list's badge labels it ("Trạng thái: Chưa bắt đầu")
STATUS_LABELS = ("trạng thái", "tình trạng")
#: the labels of what an activity's lines describe besides who and when ("Hoạt động 2: Hội nghị …" / "- Địa điểm: …" /
#: "- Nội dung: …" / "- Kinh phí: …"): its particulars, no work of their own; and its status
#: … and the day its progress is checked, beside the day it is due ("Kiểm tra tiến độ: 15/9/2026. Hoàn thành: trước
#: 25/9/2026."): no deadline
#: … and, in an item written by the "6 rõ" rule (rõ việc, rõ người, rõ thời gian, rõ trách nhiệm, rõ sản phẩm or kết
#: quả, rõ thẩm quyền), its work, the leader answerable for it and the one who decides on its result: no doer of it
#: ("Rõ trách nhiệm: Phó Chủ tịch UBND xã phụ trách kinh tế", "Rõ thẩm quyền: Chủ tịch UBND xã"); and a task form's
#: note on its time and its priority ("Ghi chú về thời hạn: …", "Mức ưu tiên: Cao")
PARTICULAR_LABELS = ("địa điểm", "nội dung", "kinh phí", "đối tượng", "hình thức", "quy mô", "kiểm tra tiến độ",
                     "rõ việc", "rõ trách nhiệm", "rõ thẩm quyền", "ghi chú về thời hạn", "mức ưu tiên",
                     # what an item changes of the doers and time given once for all the items (``draft._defaults_given``)
                     "ghi riêng", "riêng",
                     # … and those an office's document system routes the work to only to know of it ("Nhận để
                     # biết: Thường trực Đảng ủy xã", beside "Xử lý chính" and "Phối hợp xử lý"): no doers
                     "nhận để biết", "để biết",
                     # … and the work asked plainly, beside who does it and when ("Làm gì: …", ``FIELD_LABEL``'s "Ai
                     # làm:"): its text, no doer
                     "làm gì", "việc gì",
                     # … or named so, as a memo box or a slip labels the work it gives ("Việc: …", "Công việc: …")
                     "công việc", "việc", *STATUS_LABELS)
#: a line that gives a field of the item above it (common drafting practice: "Cơ quan chủ trì: X; Cơ quan phối
#: hợp: Y, Z", "Cơ quan thực hiện: X; phối hợp: Y", "Đơn vị thực hiện: …", "Thời gian (thực hiện): Quý III/2026",
#: "Sản phẩm: …", "Kết quả: …"): never a task of its own
FIELD_LABEL = (r"(?:(?:cơ quan|đơn vị|bộ phận)\s+)?(?:chủ trì|thực hiện|phối hợp|phụ trách)(?:\s+thực hiện)?|p/h|đầu mối|tham gia|"
               r"hoàn thành|"  # ("Đơn vị chủ trì thực hiện: …", "Đơn vị phối hợp thực hiện: …", as a task form labels them)
               # the one that answers for it and those that answer with it ("Trách nhiệm chính: Sở Tài chính; cùng chịu
               # trách nhiệm: Sở …")
               r"(?:(?:cơ quan|đơn vị)\s+)?(?:chịu\s+)?trách nhiệm chính|(?:(?:cơ quan|đơn vị|bộ phận)\s+)?chịu trách nhiệm|"
               # … and those that take part, by their kind ("Cơ quan tham gia: …", "Đơn vị tham gia: …")
               r"(?:cơ quan|đơn vị|bộ phận)\s+tham gia|"
               # … or who presides over it, and those who join in, as a Hội's plan says it ("→ cầm trịch: X; chung tay:
               # Y")
               r"cầm trịch|chung tay|"
               # the body that advises on the item, as a Party committee's or a Hội's plan names its own board in
               # charge ("Cơ quan tham mưu: Ban Tuyên giáo", "Đơn vị tham mưu: Văn phòng"): its lead
               r"(?:cơ quan|đơn vị|bộ phận)\s+tham mưu|"
               # the roles an office's document system routes the work with ("[Chuyển xử lý] Xử lý chính: Phòng Kinh tế
               # | Phối hợp xử lý: Hội LHPN xã | Nhận để biết: … | Hạn xử lý: 31/10/2026", as an e-office's line of
               # routing prints them): the one that handles it leads, those that handle it with it cooperate
               r"xử lý chính|phối hợp xử lý|"
               # the two roles typed short, in capitals ("CT: Phòng Kinh tế<br>PH: Công an xã"; never a soil's "pH"), and
               # the time so ("=> CT: phòng Kinh tế; PH: Liên minh HTX tỉnh; TG: tháng 12")
               r"(?-i:CT|PH|TG)|"
               # the partners labelled as those who work with the one in charge ("Phụ trách: X; cùng làm: Y",
               # "Cùng thực hiện: Y")
               # ("Cùng thực hiện: Y"), or who sits a duty with it, as a roster names them ("X trực; cùng trực: Y")
               r"cùng (?:làm|thực hiện|tham gia|phối hợp|trực|chịu trách nhiệm)|"
               # … or by "cùng" alone in a doers' cell, the lead on the line above ("Tổ Giúp việc<br>cùng: Ban công tác
               # các thôn", "Cùng với: Hội Nông dân xã")
               r"cùng(?:\s+với)?|"
               # … or by "với" alone, in the bracket closing a work ("… (với: Ban Quản lý các hợp tác xã).")
               r"(?<!cùng\s)với|"
               # … or as those who help, beside the one the work is given to ("Giao: anh Hùng. Giúp: chị Mai.")
               r"giúp|"
               # … or the main doer and the minor ones, as a doers' cell labels them ("Chính: Phòng Kế toán<br>Phụ: Kho
               # lạnh Đình Vũ", a form nested in the cell), as a table heads them ("Chính | Phụ")
               r"chính|phụ|"
               # … or asked plainly, as a plan written for everyone asks them ("Ai làm: Phòng Kinh tế", "Cùng ai: Hội
               # Nông dân xã", "Ai hỗ trợ: …", "Bao giờ xong: 30/11/2026", "Khi nào xong: …")
               r"ai (?:làm|thực hiện|phụ trách|chịu trách nhiệm|lo|chủ trì)|cùng ai|ai (?:cùng làm|hỗ trợ|phối hợp|giúp)|"
               # … or the doers all on one line, by who they are ("Người làm: Phòng Kinh tế (*); Liên minh …", the lead
               # marked among them; "Nơi làm:", "Người thực hiện:")
               r"(?:người|nơi) (?:làm|thực hiện)|"
               # … or "Đơn vị" alone before a body's name ("Đơn vị: <u>Chi cục X</u>, UBND các xã …", the lead marked
               # among them; not a unit of measure, "Đơn vị: triệu đồng")
               r"đơn vị(?=\s*:\s*(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]))|"
               r"(?:bao giờ|khi nào|lúc nào)(?:\s+(?:xong|hoàn thành|phải xong))?|"
               r"(?:rõ\s+)?thời gian(?:\s+(?:thực hiện|hoàn thành))?|"
               # … or when it is done, labelled so in a hurry ("Xong: trước 30/11/2026", "(phụ trách: X; xong: 15/9)")
               r"xong(?:\s+trước)?|"
               # the day it is due, labelled short ("(Phụ trách: …; phối hợp: …; hạn: 15/9/2026)", "Hạn chót: …")
               r"(?<!thời )hạn(?:\s+(?:chót|cuối|hoàn thành|xử lý))?|"  # not inside "Thời hạn"; "Hạn xử lý" (routed)
               # … or the day its result is reported by ("Hạn báo cáo: …", "Hạn báo kết quả: …")
               r"(?<!thời )hạn\s+báo\s+(?:cáo|kết quả)(?:\s+kết quả)?|"
               r"thời hạn(?:\s+(?:thực hiện|hoàn thành))?|tiến độ(?:\s+(?:thực hiện|hoàn thành))?|"
               # … said of what is sent by then, to whom and how ("Thời hạn gửi về Sở (qua Phòng …): trước ngày
               # 05/11/2026", "Thời gian nộp hồ sơ: …", "Thời hạn báo cáo kết quả: …")
               r"thời (?:hạn|gian)\s+(?:gửi|nộp|báo cáo)(?:\s+[^:;.()\n]{1,50}?)?(?:\s*\([^():;\n]{1,80}\))?|"
               # … or the day it is handed in ("Ngày nộp sản phẩm: 31/3/2026", "Hạn nộp: …", "Ngày gửi kết quả: …")
               r"(?:ngày|(?<!thời )hạn)\s+(?:nộp|gửi)(?:\s+(?:sản phẩm|kết quả|báo cáo|hồ sơ))?|"
               # (… and the form the product takes, "Hình thức sản phẩm: Tờ trình …")
               r"(?:rõ\s+|hình thức\s+)?(?:sản phẩm(?:\s+(?:đầu ra|hoàn thành|chính))?|kết quả(?:\s*(?:/|,|và)\s*sản phẩm)?"
               r"(?:\s+(?:đầu ra|dự kiến))?)|"
               # its particulars and status (``PARTICULAR_LABELS``)
               + "|".join(PARTICULAR_LABELS))
#: a line that opens with a field's label, capitalised ("Đơn vị chủ trì: Sở Tài chính", "Thời hạn hoàn thành:"): a
#: paragraph of its own, whatever ends the line above (an item's title printed without a full stop); in lower case it
#: is a sentence wrapped there
#: the labels a line of its item's fields opens with: the fields', and "Giao:" or "Phân công:" giving it to its doers
#: ("Giao: X chủ trì; phối hợp: Y; tháng 9/2026.")
#: ("Rõ người: phòng Kinh tế làm; trưởng các làng cùng làm.", the doers of an item written by the "6 rõ" rule)
#: (… or a head's minute on the work, copied under it: "Giám đốc phê: Phòng X gánh việc; Y tiếp tay; nộp kết quả …",
#: "Ý kiến phê:", "Chủ tịch giao:")
GIVEN = (r"Giao|Phân công(?: thực hiện)?|Rõ người|(?:Ý kiến|Bút) phê|(?:(?:Phó )?(?:Giám đốc|Chủ tịch|Hiệu trưởng|"
         r"Viện trưởng|Trưởng phòng|Trưởng ban|Thủ trưởng|Lãnh đạo)) (?:phê|giao)")
LINE_LABEL = rf"(?:{FIELD_LABEL}|{GIVEN})"
#: the tag in square brackets a line of fields may open with, as an e-office's routing line prints it ("[Chuyển xử lý]
#: Xử lý chính: … | Phối hợp xử lý: …", "[Giao việc] Chủ trì: …"): the fields are the line's
_TAG = r"\[[^\[\]\n]{1,40}\]\s*"
ROUTE_TAG = rf"(?:{_TAG})?"
#: the marks that part one field of a line from the next, a space before them ("Phụ trách: X · Phối hợp: Y", "Chủ trì: X
#: | Thời hạn: Y", "(Phụ trách: X / Hỗ trợ: Y)", "Chịu trách nhiệm: X — Nộp: …")
FIELD_APART = "·•|/—–⁞¦‖║~"  # (the dotted and broken bars, a tilde: "gánh chính: X ⁞ gánh phụ: Y ⁞ hạn chót: …")
#: a sentence that only names the bodies that help with the work of the sentences before it ("Phòng Kế hoạch - Sản
#: xuất hỗ trợ.", "HTX Thêu Quang Châu và Phòng Kế hoạch - Sản xuất hỗ trợ.", "Công an xã phối hợp.")
PARTNERS_SENTENCE = re.compile(rf"(?P<who>[{CAPITAL}][^.;:()]{{2,200}}?)\s+(?:hỗ trợ|phối hợp|cùng làm|giúp|cùng tham gia)\s*\.?")
#: (… after a tag in square brackets, a capital next: "[Chuyển xử lý] Xử lý chính: …", ``ROUTE_TAG``)
_LABEL_LINE = re.compile(rf"^(?:{_TAG}(?-i:(?=[{CAPITAL}])))?\(?{LINE_LABEL}\s*:", re.I)
#: a line that opens with its lead's label ("Chủ trì: X …", "Đơn vị chủ trì: …")
LEAD_LABEL = re.compile(r"^(?:(?:cơ quan|đơn vị|bộ phận)\s+)?(?:chủ trì|phụ trách)\s*:", re.I)
#: a form's field: a capitalised label of a few words, its colon, its value ("Mức ưu tiên: Cao", "Ghi chú về thời hạn: …")
_FORM_FIELD = re.compile(rf"^(?!(?:Ghi chú|Lưu ý|Chú ý)\s*:)[{CAPITAL}][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}\s*:\s+\S")
#: (not a note's "Ghi chú:", "Lưu ý:" run on after the fields, the note of the item they close)
#: a caption over a table or a figure: "Bảng 2. …", "Biểu số 3: …", "Hình 1 – …", "Sơ đồ 2. …"
CAPTION_LINE = re.compile(r"^(?:Bảng|Biểu|Hình|Sơ đồ)\s+(?:số\s+)?\d{1,3}\s*[.:–-]\s+\S")
#: a work card's head: the card's code, then its fields, its work on the lines below ("VT-01 Phụ trách: Phòng Nguyên
#: liệu Phối hợp: …", "CV.03 – Chủ trì: …", "Phiếu số 2: Phụ trách: …"), as a company's work cards or tickets print them
CARD_HEAD = re.compile(rf"^(?:(?-i:[A-ZĐ]{{1,5}})[-.]?\d{{1,3}}|(?:Phiếu|Việc|Mã việc)(?:\s+số)?\s+\d{{1,3}})\s*[.:–—-]?\s+"
                       rf"(?P<label>{LINE_LABEL})\s*:", re.I)
#: a label alone on its line, its value on the next (a form, or a two-column table of label and value pasted as
#: text: "Đơn vị chủ trì:" / "Sở Tài chính"): the value goes on the label's paragraph; so after a clause's end, and a
#: tracker's status run on after the other labels of a task list's badges ("… Hạn: 15/01/2027 Trạng thái:" / "Chưa bắt
#: đầu")
_LABEL_AT_END = re.compile(rf"(?:[.;]\s+(?:{LINE_LABEL})|\s(?-i:(?=[{CAPITAL}]))(?:{'|'.join(STATUS_LABELS)}))\s*:\s*$",
                           re.I)
_BARE_LABEL = re.compile(rf"^\(?(?:{FIELD_LABEL})\s*:\s*$", re.I)
_FIELD_NAME = re.compile(FIELD_LABEL, re.I)  # a field's label alone, without its colon
#: an enumeration inside a sentence ("Cụ thể: (i) rà soát …; (ii) tổ chức …", "gồm: a) …; b) …"): "(i)", "(2)",
#: "(b)", "b)"; not after "điểm"/"khoản"/"mục" (a citation: "điểm a) khoản 1"), not glued to a word ("HTX(1)")
_ENUM = r"\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\)|[a-zđ]\)"
_INLINE_ENUM = re.compile(rf"(?:^|(?<=[\s:;,.]))(?<!điểm )(?<!khoản )(?<!mục )(?<!tiết )({_ENUM})(?=\s|$)")
_OPEN_ENUM = re.compile(rf"(?:^|\s)(?:{_ENUM})\s*$")  # a line that ends with the enumerator of what follows
_FIRST_ENUM = re.compile(r"^\((?:i|1|a)\)\s")
_ROMAN_SMALL = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
#: the letters an enumeration inside a sentence counts by ("a)", "b)" … "y)"), in Vietnamese order
_ENUM_LETTERS = "abcdđeghiklmnopqrstuvxy"


def follows(enum: str, previous: str) -> bool:
    """Is ``enum`` the next enumerator after ``previous``, in the same style ("(ii)" after "(i)", "b)" after "a)")?"""
    if enum.startswith("(") != previous.startswith("("):
        return False
    a, b = enum.strip("()"), previous.strip("()")
    if a.isdigit() and b.isdigit():
        return int(a) == int(b) + 1
    if a in _ROMAN_SMALL and b in _ROMAN_SMALL and _ROMAN_SMALL.index(a) == _ROMAN_SMALL.index(b) + 1:
        return True
    return len(a) == len(b) == 1 and a in _ENUM_LETTERS and b in _ENUM_LETTERS \
        and _ENUM_LETTERS.index(a) == _ENUM_LETTERS.index(b) + 1


#: an item of another document quoted whole, as an amending Quyết định gives an item's new wording ("Sửa đổi nhiệm vụ số 2
#: như sau:" then "\"2. Phòng Kinh tế chủ trì …\""): the quote and the item's number in the document it amends
_QUOTED_ITEM = re.compile(r"^[\"“”](?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ]\))\s+(?P<rest>\S.*)$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_FOOTNOTE = re.compile(r"^\s*(?:<sup>\(?\d{1,2}\)?</sup>|\[\^\d{1,2}\]:)")


@dataclass(eq=False)  # tree nodes compared by identity: field-by-field equality walked whole subtrees
class Para:
    text: str                 # NFC, markup removed, one line, marker removed
    line: int                 # first source line (1-based)
    end_line: int
    kind: str = ""            # article | roman | num | letter | bullet | heading | "" (plain)
    marker: str = ""
    children: list["Para"] = field(default_factory=list)
    parent: "Para | None" = None
    delim: str = ""           # the character printed after the marker: "." "/" ")" (":" after "Điều 3")
    level: int = 0            # a Markdown heading's level (the number of "#"), 0 for any other line
    indent: int = 0           # the column of its first line's first character (TABs as 4), where a list nests by it
    content: int = 0          # the column where an item's text starts after its marker (Markdown nests under it)
    ordinal: str = ""         # its number as the list counts it ("2" for the second of lazy "1." items), else ""
    bold: bool = False        # its first line is bold from end to end ("**1. Phòng Kinh tế:**"), a title as typed
    apart: str = ""           # what its last line with a TAB prints after it (a time right-aligned, a dotted leader's end)
    box: str = ""             # a task list's box after its bullet, as Markdown writes a to-do ("- [ ] …", "- [x] …"):
    # " " to do, "x" done; "" for none
    bold_head: tuple = ()     # the names printed bold at its start, its sentence going on after them ("**UBND các xã,
    # phường ven biển** kêu gọi …", "**Quỹ …** và **Chi nhánh …** đơn giản hóa …"): the doers it marks, as printed

    @property
    def rank(self) -> float:
        if self.kind == "roman" and self.marker in UPPER_LETTERS:
            return 0.5  # "A. …" inside a Roman part, over its "1." items (``_upper_letter``)
        if self.kind in ("roman", "article"):
            return 0
        if self.kind == "num":
            return 1 + self.marker.count(".")
        if self.kind == "letter":
            return 6
        if self.kind == "bullet":
            return {"-": 7, "–": 7, "•": 7, "*": 7, "+": 8, "○": 8, "◦": 8, "□": 8, "▪": 8, "◇": 8, "o": 8, "§": 9}.get(self.marker, 7)
        return 10

    @property
    def folded(self) -> str:
        return fold(self.text)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


#: the box of a Markdown task list after an item's bullet: "[ ]" a to-do, "[x]" one done (GitHub, Notion, Obsidian)
_TASK_BOX = re.compile(r"^\[([ xX])\]\s+(?=\S)")
#: a divider ruled across the text with a title in it ("---------- Mốc: trước 31/10/2026 ----------", "===== THÁNG
#: 11/2026 =====", "*** Quý I/2027 ***"), as a plain text sets a group of items apart: a heading, its title the line's
#: words, over the items after it (a time it names dates them, as a schedule's heading does)
#: (a space between the rules and the title: "***Quý I/2027***" is Markdown's bold italic, "### 2. Mô hình ###" a
#: heading closed by its marks, read as such)
#: (a title of words, not a table's rule of cells: "--- | --- | ---")
DIVIDER = re.compile(r"^(?P<rule>[-=*~_])(?P=rule){2,}\s+(?P<title>(?=[^|]*[^\W_])[^\s\-=*~_|](?:[^|]*?[^\s\-=*~_|])?)\s+"
                     r"(?P=rule){3,}$")
#: a timeline's box head: the item's number and its time apart by a tab, either first ("02<TAB>Tháng 12/2025",
#: "Trước 30/11/2025<TAB>01", a roadmap drawn down the middle of the page and read out of a PDF), over the item's work
#: and fields: a heading whose time dates the work under it, as a divider's does
TIMELINE_HEAD = re.compile(r"^\s*(?:\d{1,2}\t+(?P<after>[^\t]{2,60}?)|(?P<before>[^\t]{2,60}?)\t+\d{1,2})\s*$")
#: … the time it names: a date, a month or a quarter, or a time's first word ("Khi có lô dép bị khách trả về", "Mỗi lần
#: đặt đơn")
_HEAD_TIME = re.compile(r"^(?:\d{1,2}/\d{1,2}(?:/\d{4})?$|(?:tháng|quý|trước|đến|trong|mỗi|hằng|khi|sau|năm|cuối|đầu|giữa|"
                        r"từ|chậm nhất|thường xuyên)\b)", re.I)
#: a field of time closing a line, its value whole: a day, a month or a quarter with its year ("Thời hạn: 15/8/2026",
#: "Hạn: trước 30/9/2026", "Giao mẫu: Quý IV/2026" as its document's own label, read as "Thời hạn")
_WHOLE_TIME_FIELD = re.compile(r"(?:^|[;.]\s+|\t)(?i:thời hạn|thời gian|hạn(?: chót)?|xong)\s*:\s*"
                               r"(?i:(?:(?:trước|đến|chậm nhất)\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}|"
                               r"(?:tháng|quý)\s+[\dIVX]{1,4}/\d{4})\s*\.?$")
#: an arrow typed at a line's start, before who does the item above and when
_ARROW_LINE = re.compile(r"^(?:=>|⇒|→|->)\s*(?=\S)")


def marker_of(text: str) -> tuple[str, str, str]:
    for kind, pattern in _MARKERS:
        match = pattern.match(text)
        if match and (text[match.end() - 1:match.end()].isspace() or text[match.end():match.end() + 1].isupper()
                      or (kind == "article" or pattern is WORK_NUMBERED) and match.end() == len(text)):
            return kind, match.group("m") or match.group("ticket"), \
                text if pattern in (CODED, WORK_NUMBERED, NAME_NUMBERED) else text[match.end():]
    return "", "", text


def delimiter(text: str, kind: str, mark: str) -> str:
    """The character printed after a marker ("." in "1.", "/" in "1/", ")" in "a)"), as printed."""
    after = text[len(mark):len(mark) + 1] if kind in ("article", "roman", "num", "letter") else ""
    return after if after in ".)/:-" else ""


#: Vietnamese letters in the order lists use them ("a.", "b.", … "d.", "đ.", "e.")
_LETTERS = "abcdđeghiklmn"
_LOWER_LETTER = re.compile(r"^(?P<m>[abcdđeghiklmn])(?P<d>[.\-])\s+(?=[a-zà-ỹđ])")  # "a. rà soát …", "a- hướng dẫn …"


def _lower_letter(text: str, lines: list[str], index: int, stop: int | None, current: "Para | None"):
    """A letter typed with a full stop or a hyphen before a sentence in lower case ("a. rà soát …", "b. hướng dẫn …", "a-
    hướng dẫn …", "b- cùng HTX …"), as a list
    typed in a hurry prints it: a marker only in a run of letters — the next line opens with the next letter, or the
    paragraph above is the letter before — never alone ("a. tên" in a sentence). (kind, marker, rest) or None."""
    match = _LOWER_LETTER.match(text)
    if match is None:
        return None
    at = _LETTERS.index(match.group("m"))
    before = current is not None and current.kind == "letter" and at > 0 and current.marker == _LETTERS[at - 1]
    after = False
    if at + 1 < len(_LETTERS):
        for line in lines[index + 1:min(index + 6, len(lines) if stop is None else stop)]:
            following = nfc(plain_line(line))
            if following:
                after = following.startswith(_LETTERS[at + 1] + match.group("d") + " ")
                break
    return ("letter", match.group("m"), text[match.end():]) if before or (after and at == 0) else None


#: the capital letters a part's groups are lettered with ("A. Ký kết và tổ chức thu mua", "B. Kỹ thuật và vật tư"), in
#: the order of the Vietnamese alphabet; "I" is a Roman numeral
UPPER_LETTERS = "ABCDĐEGH"
_UPPER_LETTER = re.compile(rf"^(?P<m>[{UPPER_LETTERS}])(?P<d>[.)/])\s+(?=[{'ĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ'}A-Z])")


def _upper_letter(text: str, lines: list[str], index: int, stop: int | None, last: "Para | None"):
    """A capital letter before a group's title inside a Roman part ("II. CÔNG VIỆC CỤ THỂ" / "A. Ký kết và tổ chức thu
    mua" / "1. …" / "B. Kỹ thuật và vật tư"), as plans group their numbered items: a marker ranked between the part and
    its numbers, only in a run — "A." with a "B." of the same delimiter further on, any other letter after the one
    before it (``last``, the last such group) — and only as a title (short, no sentence ended): never a name's initial.
    Under no Roman part ("A. KẾT QUẢ …" over "I. …"), the caller does not ask. (kind, marker, rest) or None."""
    match = _UPPER_LETTER.match(text)
    if match is None or len(text) > 150 or re.search(r"[.;!?]\s*$", text):
        return None
    at = UPPER_LETTERS.index(match.group("m"))
    if at == 0:
        follow = re.compile(rf"^\s*(?:[#*>]+\s*)*B{re.escape(match.group('d'))}\s+\S")
        end = min(len(lines) if stop is None else stop, index + 400)
        if not any(follow.match(lines[k]) for k in range(index + 1, end)):
            return None
    elif last is None or last.delim != match.group("d") or (
            last.marker != UPPER_LETTERS[at - 1] and not (last.marker, match.group("m")) == ("D", "E")):
        return None  # … "E." after "D." too: many offices letter without "Đ"
    return "roman", match.group("m"), text[match.end():]


#: a line numbered in a series of its own, the same name before each number or none, as a list typed for a form or a
#: picture prints it ("01 [Bếp chính: …] …", "Bút toán 1. Lập lại …", "𝄞 Khúc 01<TAB>Lên HTX …", "Mũi 03 - …"): maybe a
#: sign before the name, one to three words whose first is a capital, no digit, then the number, then its delimiter or
#: a space before a capital or a bracket
_SERIES = re.compile(r"^(?P<sign>[^\w\s]\ufe0f?\s*)?(?P<m>(?:(?P<name>[A-ZĐ][^\W\d_]*(?:[ \t][^\W\d_]+){0,2})[ \t]+"
                     r"(?:(?i:số)[ \t]+)?)?(?P<n>\d{1,2}))(?:[.:)]|[ \t]?[-–|])?[ \t]+"
                     r"(?=[\[(A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
#: … never a time, a part of a legal text, a caption or a count (folded): "Tháng 9 …", "Quý 4 …", "Điều 3 …", "Khoản 2
#: …", "Bảng 2. Việc do Phòng X chủ trì" (a table's caption), "Hình 1 …"
_NOT_SERIES = re.compile(r"^(?:thang|quy|tuan|ngay|nam|giai doan|dot|ky|buoc|phan|muc|dieu|khoan|diem|chuong|so|lan|"
                         r"tiet|trang|phu luc|phu bieu|bieu|bieu do|bang|hinh|anh|so do|mau|hoat dong|viec|nhiem vu|"
                         r"noi dung|hang muc|de muc|cong viec|dau viec)$")


def _in_series(text: str, lines: list[str], index: int, stop: int | None, last: "Para | None"):
    """A line numbered in a series of its own (``_SERIES``): an item only in a run, the next two lines of the series
    numbered one and two more (within the next sixty lines, a blank line or not between) or the last numbered paragraph
    (``last``) this series' number before it; a named one keeps its name and number in its text, as the work is referred
    to by them ("Bút toán 1"), a bare number does not ("01 [Bếp chính: …] Đến vườn …"). (kind, marker, rest) or None."""
    match = _SERIES.match(text)
    if match is None or (match["name"] and _NOT_SERIES.match(fold(match["name"]))) \
            or _LABEL_LINE.match(text[match.end():]):  # (a work card's head: "Phiếu số 1 Phụ trách: X …", ``CARD_HEAD``)
        return None
    raw = lines[index]  # (as typed: the reader's text has its TABs as spaces)
    if not match["name"] and (text[match.end("n"):match.end()] != " " or "\t" in raw.strip()
                              or "|" in re.sub(r"\[[^\[\]]*\]", "", raw)):  # (a bar inside its bracket is the fields')
        return None  # a bare number only before a space ("01 [Bếp chính: …]"): "1 | Sở X | …", "1<TAB>HTX …" are rows
    if sum(1 for cell in raw.split("\t") if cell.strip()) > 2:
        return None  # a table's row of three cells or more ("Tổ 1<TAB>Rà soát …<TAB>Phòng X"), read as the table's
    name, number = fold(match["name"] or ""), int(match["n"])
    # the series goes on after the last numbered paragraph, this series' number before it ("Khúc 01" before "Khúc 02";
    # a bare number printed as wide, "01" before "02")
    before, _, counted = (last.marker.rpartition(" ") if last is not None and last.kind == "num" else ("", "", ""))
    if not (counted.isdigit() and int(counted) + 1 == number and fold(before) == name
            and (name or len(counted) == len(match["n"]))):
        # (a series opens where the next two numbers follow: two lines alike are a pair, "ĐĂNG KÝ 01", "ĐĂNG KÝ 02")
        wanted = number + 1
        for line in lines[index + 1:min(index + 60, len(lines) if stop is None else stop)]:
            after = _SERIES.match(nfc(plain_line(line)))
            if after and fold(after["name"] or "") == name and int(after["n"]) == wanted \
                    and len(after["n"]) == len(match["n"]):
                wanted += 1
                if wanted == number + 3:
                    break
        if wanted < number + 3:
            return None
    marker = f"{match['name']} {match['n']}" if match["name"] else match["n"]
    return "num", marker, (text[match.start("m"):] if match["name"] else text[match.end():])


def _bare_number(text: str, last: "Para | None", ended: bool):
    """A number typed without its delimiter before a short title ("2 phòng Văn hóa - Xã hội" after "1. phòng Kinh tế"
    and its points), as a list typed in a hurry prints it: a marker only when the last numbered paragraph (``last``)
    printed the number before it, the line above ended a sentence (``ended``) and the line is a title (short, no final
    full stop), never a count ("2 lớp tập huấn …" wrapped). (kind, marker, rest) or None."""
    match = _BARE_NUMBER.match(text)
    if match is None or not ended or len(text) > 80 or _END.search(text):
        return None
    if last is None or not last.marker.isdigit() or int(last.marker) + 1 != int(match.group("m")):
        return None
    return "num", match.group("m"), text[match.end():]


#: the title of a part of a plan, whole (folded): "Tổ chức thực hiện", "Mục đích, yêu cầu", "Nhiệm vụ cụ thể", "Phân
#: công thực hiện", "Kinh phí thực hiện", "Chế độ báo cáo"
_WHOLE_TITLE = re.compile(r"(?:to chuc thuc hien|muc dich(?:,? yeu cau)?|yeu cau|muc tieu|chi tieu|giai phap|"
                          r"(?:cac )?nhiem vu(?: (?:cu the|chu yeu|trong tam))?|phan cong(?: thuc hien| nhiem vu)?|"
                          r"kinh phi(?: thuc hien)?|che do bao cao|noi dung(?: thuc hien)?)")
#: the words a title's wrapped line goes on with ("… tổ chức thực hiện" / "và chế độ báo cáo", "… nhiệm vụ" / "năm 2026")
_GOES_ON = re.compile(r"^(?:và|hoặc|cho|của|năm|giai đoạn|đối với|trong|về|các|đến)\b")


#: a list item's marker with nothing after it ("2.", "- ", "b)")
_MARKER_ALONE = re.compile(r"[-–+*•]|(?:\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]")
#: the marks of a Markdown block quote at a line's start ("> ", "> > ")
_BLOCK_QUOTE = re.compile(r"^\s{0,3}>(?:\s{0,3}>)*\s?")


#: a callout of a note's kind, as Obsidian and GitHub write one in a block quote ("> [!note] Cách đọc danh sách …", "> [!NOTE]"
#: / "> Trên mỗi dòng: …", "> [!tip]"): how to read the page, no work; its lines are left out
NOTE_CALLOUT = re.compile(r"^\[!(?:note|info|tip|hint|abstract|summary|important)\][-+]?(?:\s|$)", re.I)


def _noted_lines(lines: list[str], start: int, stop: int, callouts: set[int] | None = None) -> set[int]:
    """The lines of Markdown block quotes that are the document's own notes ("#### Việc 1. …" / "> phòng Kinh tế chủ
    trì; …; xong trước 15/10."), read without their marks; not a quotation of another text in its quotation marks
    ("> “Giao UBND các xã … ;" … "> Giao Sở … trước ngày 10/9/2026.”", a superior's instruction cited), whose marks
    stay: no work of this document."""
    noted: set[int] = set()
    callouts = set() if callouts is None else callouts  # the lines of note callouts, filled for the caller
    index = start
    while index < stop:
        if not _BLOCK_QUOTE.match(lines[index]):
            index += 1
            continue
        end = index
        while end < stop and _BLOCK_QUOTE.match(lines[end]):
            end += 1
        words = " ".join(_BLOCK_QUOTE.sub("", line, count=1) for line in lines[index:end]).strip(" *_")
        if NOTE_CALLOUT.match(words):
            callouts.update(range(index, end))
        elif words and words[0] not in "\"“'‘" and words[-1] not in "\"”'’":
            noted.update(range(index, end))
        index = end
    return noted


def _first_line_indented(lines: list[str], start: int, stop: int) -> bool:
    """The text indents each paragraph's first line by spaces and wraps the rest at the margin, as a hard-wrapped text
    (an e-mail, a copy out of a PDF viewer) prints it: three times or more an indented line then one at the margin, and
    one at the margin then an indented one."""
    wrapped = opened = 0
    for before, line in zip(lines[start:stop], lines[start + 1:stop]):
        if not before.strip() or not line.strip() or "\t" in before or "\t" in line:
            continue
        indent, indent_before = len(line) - len(line.lstrip(" ")), len(before) - len(before.lstrip(" "))
        wrapped += indent == 0 and 2 <= indent_before <= 8
        opened += 2 <= indent <= 8 and indent_before == 0
    return wrapped >= 3 and opened >= 3


#: a line that opens with a part's Roman numeral ("II. NHIỆM VỤ", "**III. TỔ CHỨC THỰC HIỆN**", "## IV. …")
_ROMAN_LINE = re.compile(rf"^[\s#*>_]*(?:{ROMAN})(?:[.)]|/\s|\s?-\s)\s*\S")  # (not "V/v …", the subject line)


def paragraphs(lines: list[str], start: int = 0, stop: int | None = None) -> list[Para]:
    """Paragraphs of ``lines[start:stop]`` (line numbers stay those of the whole text).

    A paragraph's lines are collected and joined once when it ends (re-normalising the growing
    paragraph at every line was quadratic); the decisions read its last line and its length."""
    out: list[Para] = []
    pieces: list[str] = []   # lines of the current paragraph
    length = 0               # its length as joined
    enum = ""                # the last enumerator printed inside the current paragraph's sentences
    last_num: Para | None = None  # the last numbered paragraph, whose number a bare "2 …" may follow
    last_upper: Para | None = None  # the last group lettered "A.", "B." … inside a Roman part
    in_part = False  # a Roman part has begun, whose groups may be lettered
    blank = True
    card = False  # the current paragraph is a work card's head: a code, then fields only

    def close() -> None:
        if out and len(pieces) > 1:
            out[-1].text = nfc(" ".join(pieces))

    callouts: set[int] = set()
    noted = _noted_lines(lines, start, len(lines) if stop is None else stop, callouts)
    indented = _first_line_indented(lines, start, len(lines) if stop is None else stop)
    unnumbered = not any(_ROMAN_LINE.match(line) for line in lines[start:stop])  # no part numbered "I.", "II." …
    opened_indented = False  # the current paragraph's first line is indented (in a text that indents first lines)
    tabbed = False  # the line before holds cells apart by tabs
    for index in range(start, len(lines) if stop is None else stop):
        raw = lines[index]
        if index in callouts:  # a note callout ("> [!note] Cách đọc …"): how to read the page, left out
            blank = True
            continue
        if index in noted:  # a Markdown block quote's marks ("> phòng Kinh tế chủ trì; …", a note set apart under an
            raw = _BLOCK_QUOTE.sub("", raw, count=1)  # item): its text, read as any line
        text = _unemoji(nfc(plain_line(raw)))
        if text and ("~~" in raw or "<" in raw) and _MARKER_ALONE.fullmatch(text):
            text = ""  # an item struck through whole ("2. ~~Đưa đại diện … đi tham quan …~~"): its number left alone
        if not text:
            blank = True
            continue
        if _FOOTNOTE.match(raw):  # footnote text is left out, so the sentence it interrupts reads on
            blank = True
            continue
        if _PAGE_NUMBER.match(text) and blank:
            continue  # a page number on its own line
        kind, mark, rest = marker_of(text)
        if not kind and (glyph := _WORD_GLYPH.match(raw)):
            kind, mark, rest = "bullet", glyph["m"], text[1:].lstrip()
        if not kind:
            kind, mark, rest = _lower_letter(text, lines, index, stop, out[-1] if out else None) or (kind, mark, rest)
        if not kind:
            kind, mark, rest = _in_series(text, lines, index, stop, last_num) or (kind, mark, rest)
        if not kind and (in_part or (unnumbered and is_caps(text))):
            # (a document without Roman parts may letter its parts at the top, their titles in capitals: "A. MỤC
            # TIÊU", "B. CÁC ĐỀ MỤC", "C. KINH PHÍ", ranked as Roman parts are)
            kind, mark, rest = _upper_letter(text, lines, index, stop, last_upper) or (kind, mark, rest)
        if not kind:
            ended = blank or not pieces or _END.search(pieces[-1]) is not None
            kind, mark, rest = _bare_number(text, last_num, ended) or (kind, mark, rest)
        quoted = _QUOTED_ITEM.match(text) if not kind else None
        if quoted:  # an amending document's new wording of an item, quoted: its text, read after the quote and number
            text = quoted.group("rest")
        if kind == "bullet" and mark in ":~" and pieces and _FIELD_NAME.fullmatch(pieces[-1].strip()):
            kind, mark, rest = "", "", text  # a field's value after its label printed alone ("Chủ trì" / ": Sở X"): no term
        if not kind and re.match(r"^\s*\*\s+\S", raw) and not raw.lstrip().startswith("**"):
            kind, mark, rest = "bullet", "*", text  # plain_line dropped the "*" of a Markdown/PDF bullet
        current = out[-1] if out else None
        tail = pieces[-1] if pieces else ""
        heading_line = raw.lstrip().startswith("#")
        # (read on the line as typed: a Markdown reader drops a run of "=" as a heading's underline)
        ruled = (DIVIDER.fullmatch(raw.strip()) or DIVIDER.fullmatch(text.strip())) if not heading_line else None
        title = ruled["title"] if ruled else None
        if not ruled and "\t" in raw and (head := TIMELINE_HEAD.match(raw)) \
                and _HEAD_TIME.match(time := (head["after"] or head["before"]).strip()) and len(time) <= 40:
            ruled, title = head, time  # a timeline's box head: its time a heading, as a divider's title is
        if ruled:  # a divider with a title in it: a heading of its own, the title its text
            text, heading_line = nfc(plain_line(title)), True
            kind, mark, rest = "", "", text
        # an enumeration inside the sentence goes on: the next enumerator at the start of a line ("(ii) …",
        # "b) …" after an inline "a)", not after an item "a)"), the first one after a colon ("Cụ thể:" "(i) …")
        # and the words after a line that ends with one ("…; (ii)" "Tổ chức …") are no new paragraph
        lead = _INLINE_ENUM.match(text)
        inline = current is not None and not heading_line and current.kind != "heading" and not (blank and kind) and (
            _OPEN_ENUM.search(tail) is not None
            or (lead is not None and enum and follows(lead.group(1), enum)
                and not (kind == "letter" and current.kind == "letter"))
            or (_FIRST_ENUM.match(text) is not None and tail.endswith(":")))
        if inline:
            kind, mark, rest = "", "", text
        # a line after an arrow typed at its start ("=> phòng Kinh tế chủ trì, …; xong trước 30/11"), as a plan notes
        # under each item who does it and when: the item's own words, read on (``draft`` parts them at the arrow);
        # under an item that ends with its colon, or after another such line, a point of the item each
        arrow = _ARROW_LINE.match(text) if current is not None and current.kind != "heading" and not kind else None
        if arrow and (tail.rstrip().endswith(":") or current.marker == "=>"):
            kind, mark, rest = "bullet", "=>", text[arrow.end():]
        elif arrow:
            inline = True
        bare = current is not None and not kind and bool(_BARE_LABEL.match(current.text)) and len(pieces) == 1 \
            and not _LABEL_LINE.match(text)
        if _PAGE_NUMBER.match(text) and bare:
            continue  # a page number between a label and its value
        # a line at the margin under a paragraph whose first line is indented, in a text that indents first lines
        # ("   8. Đề nghị Liên minh … khi Hội có đề nghị;" / "Ban Kinh tế - Xã hội làm đầu mối phối hợp."): its wrap,
        # whatever the line above ends with
        wraps = indented and opened_indented and not blank and not kind and raw[:1] not in " \t" \
            and not heading_line and current is not None and current.kind != "heading" and not _LABEL_LINE.match(text)
        # … and a line set at the text's column of the list item above, right under it, after a line that ends a
        # sentence ("1. **Ban X** thiết kế … cho 08 cửa hàng." / "   *Xong trước 15/4/2027.*"): the item's paragraph
        # goes on, as Markdown's lazy continuation and a hanging indent read it (a label's line is a field of its own)
        hangs = current is not None and current.kind in ("num", "letter", "bullet") and current.content > 0 \
            and not blank and not kind and not heading_line and _END.search(tail) is not None \
            and len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" ")) == current.content \
            and not _LABEL_LINE.match(text)
        # … and an indented line of three slots apart by spaced slashes right under an item ("1. Thống kê lại …" /
        # "      Phòng Kinh tế / Công an phường / 31/8/2026"): the item's doers and time, as a note orders them
        slots = current is not None and current.kind in ("num", "letter", "bullet") and not blank and not kind \
            and raw[:1] in " \t" and text.count(" / ") == 2 and not heading_line and not _LABEL_LINE.match(text)
        starts_new = not inline and not bare and not wraps and not hangs and not slots and (
            current is None or kind or heading_line or current.kind == "heading"
            # a Markdown heading is one line, whatever it is numbered ("#### Việc 1. Lập sổ …"): nothing runs on from it
            or current.level > 0
            # a day's title in a day-by-day schedule, and the line after it: the day's work ("Thứ Hai, 07/9/2026" /
            # "Sáng: Đoàn Thanh niên xã …"), a paragraph each
            or DAY_TITLE.fullmatch(fold(text)) is not None
            or (len(pieces) == 1 and current.kind == "" and DAY_TITLE.fullmatch(fold(tail)) is not None)
            or DAYPART.match(text) is not None
            # a table's or a figure's caption ("Bảng 3. Việc do Xưởng Kỹ thuật sợi chủ trì"), a line of its own whatever
            # the line above (another caption, the table between them left out)
            or CAPTION_LINE.match(text) is not None
            # a work card's head, its code and its fields ("VT-01 Phụ trách: Phòng Nguyên liệu" / "Hạn: 30/9/2026"),
            # then a line that is no field: the card's work begins
            or (card and text[:1].isupper() and not _LABEL_LINE.match(text)) or CARD_HEAD.match(text)
            or (text[:1].isupper() and bool(_LABEL_LINE.match(text)))
            # a capitalised line after a blank line under a line of fields ("Chủ trì: HC; …; Thời hạn: sau mỗi hội
            # chợ" / "" / "Việc 09 | …"): the fields ended there
            or (blank and current.kind == "" and bool(_LABEL_LINE.match(current.text))
                and (text[:1].isupper() or text[:1].isdigit()) and not tail.rstrip().endswith((":", ";", ",")))
            # a line in capitals after a blank line under another in capitals that opens with the same words, inside a
            # part ("PHẦN GIAO CHO: PHÒNG MUA HÀNG" / (its table) / "PHẦN GIAO CHO: XƯỞNG LẮP RÁP KÍNH"): two titles of
            # a kind, never one wrapped (not "PHỤ LỤC" / "NHIỆM VỤ, GIẢI PHÁP …", a caption and its title)
            or (blank and in_part and is_caps(text) and is_caps(tail) and len(text) < 120 and len(tail) < 120
                and text.split()[:2] == tail.split()[:2])
            # a capitalised line under a time's field whose value is whole, a day, a month or a quarter ("Giao mẫu:
            # 15/8/2026" / "Ký hợp đồng …", the next card's work; "Thời hạn: Quý IV/2026" / "Quay phim …"): the item's
            # fields ended with it
            or (text[:1].isupper() and _WHOLE_TIME_FIELD.search(tail) is not None and not _LABEL_LINE.match(text))
            # a capitalised line under a row of cells apart by tabs ("Giữ lửa: Phòng X<TAB>Tiếp lửa: …<TAB>Đổ khuôn
            # xong: 15/9/2025" / "Lô 02 — Ký hợp đồng …", a Word table's rows): a row is never wrapped
            or (tabbed and text[:1].isupper())
            or (text[:1] == "[" and bool(_LABEL_LINE.match(text)))  # "[Chuyển xử lý] Xử lý chính: …"
            # a line at the margin after a blank line that ends with its colon, under a list item (a body's name over
            # its own list, the next root of a list drawn as a tree: "… └── xong: 20/6/2027" / "" / "Bộ phận OCOP:")
            or (blank and current.kind == "bullet" and raw[:1] not in " \t" and text[:1].isupper()
                and text.rstrip().endswith(":") and len(text) < 120)
            # a form's next field under a labelled line ("Thời hạn hoàn thành: 30/9/2026" / "Ghi chú về thời hạn: …",
            # "Mức ưu tiên: Cao"): a line of its own
            or (bool(_LABEL_LINE.match(current.text)) and _FORM_FIELD.match(text) is not None)
            # (not inside a bracket the line left open: "… (Đầu mối:" / "Đội Tổng hợp; phối hợp: …)", "… [CT:" /
            # "Phòng Kế toán] [HẠN: …]", a tag wrapped in a PDF)
            # (nor after a label run in at the line's end, its value on the next: "… của từng hợp tác xã. Giao:" /
            # "Văn phòng Hội, phối hợp với …; thời gian: …")
            # (nor after a ";" in a labelled line whose list of bodies goes on: "Đơn vị thực hiện: X chủ trì;" / "Y.
            # Thời gian: …", a PDF's wrap)
            or (_END.search(tail) and (text[:1].isupper() or text[:1].isdigit() or not text[:1].isalpha())
                # (not a last sentence that only names the bodies that help, right under the paragraph's last line:
                # "… cho cắt hàng loạt." / "Phòng Kế hoạch - Sản xuất hỗ trợ.", a schedule written as prose)
                and (blank or not PARTNERS_SENTENCE.fullmatch(text))
                and tail.count("(") <= tail.count(")") and tail.count("[") <= tail.count("]")
                and not _LABEL_AT_END.search(tail)
                and not (tail.rstrip().endswith(";") and len(pieces) == 1 and length < 200 and _LABEL_LINE.match(tail)
                         and not re.search(r"[\"“”]", tail) and not _LABEL_LINE.match(text))
                and not (_DASHED_ON.match(text) and text.lstrip("— ")[:1].islower()))
            # a short numbered title without final punctuation, then a paragraph (or a note in brackets under it: "II.
            # NHIỆM VỤ VÀ PHÂN CÔNG" / "(Việc nào có hai cách làm … thì ghi thành từng trường hợp; …)")
            or (current.kind in ("roman", "num", "article") and blank and (text[:1].isupper() or text[:1] == "(")
                and length < 150 and not tail.endswith((",", "của", "và", "số")))
            # a short one-line numbered title ("6. Sở Giáo dục và Đào tạo"), then a capitalised line: the
            # title ended (pdftotext prints no blank line between them); a title that wraps goes on in lower case
            or (current.kind in ("roman", "num", "article") and current.line == current.end_line == index and length < 50
                and text[:1].isupper() and not tail.endswith((",", "của", "và", "số", "các", "về", "-")))
            # a one-line numbered title without final punctuation, then a line indented by a TAB: Word's first-line
            # indent of the next paragraph as a plain-text copy keeps it (a wrapped line is never indented so)
            or (current.kind in ("roman", "num") and current.line == current.end_line == index
                and raw.startswith("\t") and text[:1].isupper() and not _END.search(tail)
                and not tail.endswith((",", "của", "và", "số", "các", "về", "-")))
            # a one-line numbered part's title that is whole, in sentence case ("III. Tổ chức thực hiện", "I/ Mục đích,
            # yêu cầu"), then a line in lower case that does not go on with it ("văn phòng HĐND&UBND xã nắm …", not "và
            # chế độ báo cáo"): the title ended, the line is the part's first paragraph, as typed
            or (current.kind in ("roman", "article") and current.line == current.end_line == index
                and bool(_WHOLE_TITLE.fullmatch(fold(tail).strip(" :"))) and text[:1].islower()
                and not _GOES_ON.match(text))
            # a numbered title in capitals ("IV. TỔ CHỨC THỰC HIỆN"), then a line that is not: the title ended (its
            # wrap would be in capitals too), even where the line starts in lower case ("phòng Kinh tế giúp …") or
            # opens a note in brackets under it ("II. NỘI DUNG VÀ PHÂN CÔNG" / "(Ghi chú: các việc dưới đây …)")
            or (current.kind in ("roman", "num", "article") and is_caps(tail) and (text[:1].isalpha() or text[:1] == "(")
                and not is_caps(text))
            # a numbered title wrapped onto a short last line ("2. Phòng …, Trung tâm Phục vụ hành" / "chính công
            # xã"), then a capitalised line: the title ended there (a justified line is short only at the end)
            or (current.kind in ("roman", "num") and len(pieces) >= 2 and length < 200 and text[:1].isupper()
                and len(tail) < 0.6 * len(pieces[-2]) and not tail.endswith((",", "của", "và", "số", "các", "về", "-")))
        )
        # the current paragraph is a work card's head so far: a code and fields, a field on each line after
        # (or a numbered item whose line is its fields, its work on the lines under it: "1.  Chủ trì: X ║ Phối hợp: Y ║
        # Thời hạn: 30/9/2026" / "      Khảo sát …")
        card = CARD_HEAD.match(text) is not None or (card and bool(_LABEL_LINE.match(text))) \
            or (starts_new and kind in ("num", "letter") and bool(LEAD_LABEL.match(rest)))
        box = _TASK_BOX.match(rest) if kind == "bullet" else None
        if box and starts_new:  # a to-do's box ("- [ ] Khảo sát …", "- [x] Ký …"): kept apart from its text
            rest = rest[box.end():]
        if starts_new:
            close()
            opened_indented = raw[:2] == "  " and raw[:1] != "\t"
            out.append(Para(nfc(rest) if kind else text, index + 1, index + 1, kind, mark,
                            delim=delimiter(text, kind, mark)))
            out[-1].box = box.group(1).lower() if box else ""
            out[-1].indent, out[-1].content = _columns(raw, kind, mark, out[-1].delim)
            out[-1].bold = bool(_BOLD_LINE.match(raw))
            head = _BOLD_HEAD.match(raw) if not out[-1].bold and ("**" in raw or "__" in raw) else None
            out[-1].bold_head = tuple(nfc(" ".join(name.split()))
                                      for name in re.findall(r"(?:\*\*|__)([^*_]+)(?:\*\*|__)", head["name"])) \
                if head else ()
            last_num = out[-1] if kind == "num" else last_num  # kept as it goes: no search back per line
            if kind == "roman":
                in_part = True
                last_upper = out[-1] if mark in UPPER_LETTERS else None
            pieces = [out[-1].text]
            length = len(out[-1].text)
            enum = ""
            if heading_line:
                out[-1].level = 0 if ruled else len(raw.lstrip()) - len(raw.lstrip().lstrip("#"))
                if not kind:
                    out[-1].kind = "heading"
        else:
            pieces.append(text)
            length += 1 + len(text)
            current.end_line = index + 1
        tabbed = "\t" in raw.strip() and bool(_LABEL_LINE.match(text))  # a row of fields' cells
        if "\t" in raw.strip():  # a column set apart on the line ("… bảo hiểm<TAB>Tháng 7 - 8/2026")
            out[-1].apart = " ".join(raw.rsplit("\t", 1)[1].split()).strip(".… ")
        if "(" in pieces[-1] or ")" in pieces[-1]:
            found = _INLINE_ENUM.findall(pieces[-1])
            enum = found[-1] if found else enum
        blank = False
    close()
    for para in out:  # "Trả lời: Không. Tổ Vận chuyển đặt …": the answer's work, its label and its yes or no aside
        if para.kind in ("", "bullet") and (answer := ANSWER.match(para.text)) and answer.end() < len(para.text):
            para.text = para.text[answer.end():]
    return out


#: an answer's label in a plan written as questions and answers ("Trả lời:", "Đáp:", "TL:"), then maybe its yes or
#: no alone before the sentence that says who does what ("Không.", "Được.", "Có,"): no part of the work
ANSWER = re.compile(r"^(?:Trả lời|Đáp|TL)\s*:\s*(?:(?:Có|Không|Được|Chưa|Đúng|Không được|Có thể)\s*[.,;!]\s+)?(?=\S)")


def _columns(raw: str, kind: str, mark: str, delim: str) -> tuple[int, int]:
    """Where a paragraph's first line starts (TABs as 4 columns) and, for a list item, where its text starts after
    the marker and its space."""
    line = raw.expandtabs(4)
    indent = len(line) - len(line.lstrip())
    return indent, (indent + len(mark) + len(delim) + 1 if kind in ("num", "letter", "bullet") else 0)


_LIST_STARTS = ("1", "a", "i")


#: a line that opens (after its marker, or "Đề nghị"/"Giao") with words in bold, maybe several names each in bold
#: ("**X** và **Y**"), and goes on in lower case after them ("a) **UBND các xã, phường ven biển** kêu gọi …", "- Đề
#: nghị **Ngân hàng Chính sách xã hội** xem xét …"): the bold names, as printed
#: (… maybe after the item's time in a code span: "1. `tháng 11/2025` **Phòng X:** lập …")
_BOLD_HEAD = re.compile(r"^\s*(?:[-+*•–]\s+|(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)/]\s+)?(?:`[^`\n]{1,40}`\s+)?(?:(?:Đề nghị|Giao|Yêu cầu)\s+)?"
                        r"(?P<name>(\*\*|__)[^*_]{3,160}?\2(?:\s*(?:,|;|và)\s*(\*\*|__)[^*_]{3,160}?\3){0,5})\s+"
                        r"(?=[a-zà-ỹđ])")
#: a line bold from end to end, as Markdown writes it ("**1. Phòng Kinh tế, Hạ tầng và Đô thị:**", "__2. …__")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S).*\S\1\s*$")


def _nests(para: Para, item: Para) -> bool:
    """A list typed as Markdown nests by indentation, whatever its markers (CommonMark): an item indented to the
    text of the item above ("1. **Trách nhiệm của Sở …**" then "   1. Hướng dẫn …", lazy "1." numbering; "- …"
    then "  - …") belongs to it, even with a marker of the same rank. Only a list that starts there ("1.", "a)",
    a bullet) or goes on beside an item already nested so: an indented "2." after "a)" items is a text dump's
    alignment, not a sub-list. A list numbered from "1." again under a bold numbered title ("**1. Phòng Kinh tế:**"
    then "1. Rà soát …", "2. …") belongs to the title."""
    if para.kind not in ("num", "letter", "bullet") or item.kind not in ("num", "letter", "bullet"):
        return False
    if item.bold and item.kind == "num" and para.kind == "num" and not para.bold and (
            para.marker in _LIST_STARTS or any(c.kind == "num" and not c.bold for c in item.children)):
        return True  # a bold numbered title, then a plain list numbered from "1." again: the title's items
    if _restarts_under(para, item):
        return True
    if item.content == 0 or para.indent < item.content:
        return False
    return (para.kind == "bullet" or para.marker in _LIST_STARTS
            or any(c.kind == para.kind and c.indent == para.indent for c in item.children))


def _restarts_under(para: Para, item: Para) -> bool:
    """A numbered title that ends with its colon ("1. Ban Kinh tế - Xã hội:"), then a list numbered from "1." again,
    as a word processor numbers a list inside a list: the title's items, from its "1." while each number follows the
    one before ("2." after "1."); a number that ends with a colon is the next title ("2. Ban Tổ chức:"), not an item."""
    if item.kind != "num" or para.kind != "num" or "." in item.marker or "." in para.marker \
            or not item.text.rstrip().endswith(":") or para.text.rstrip().endswith(":") or not para.marker.isdigit():
        return False
    counted = [c for c in item.children if c.kind == "num"]
    if not counted:
        return para.marker in _LIST_STARTS and not item.children
    return counted[-1].marker.isdigit() and int(para.marker) == int(counted[-1].marker) + 1


#: a number typed without its full stop before a title ("4 Đề nghị các bộ, cơ quan và địa phương", "4 Ủy ban nhân dân
#: các xã"): the title opens with a capital, any capital ("Ủ", "Ấ" too)
_BARE_NUMBER = re.compile(r"^(?P<m>\d{1,2})\s+(?=[^\W\d_])")


def _bare_numbers(paras: list[Para]) -> None:
    """A title whose number lost its full stop is still numbered when its first point follows ("4 Đề nghị …" then
    "4.1. …"): a plain line opening with a number alone is an item only then (elsewhere it counts: "4 hợp tác xã …")."""
    for para, after in zip(paras, paras[1:]):
        bare = _BARE_NUMBER.match(para.text) if not para.kind else None
        if bare and para.text[bare.end()].isupper() and after.kind == "num" and after.marker == f"{bare.group('m')}.1":
            para.kind, para.marker, para.text = "num", bare.group("m"), para.text[bare.end():]


_ADDRESSED = re.compile(r"^Đối với\s+[^:.;]{3,120}:")


def title_over(text: str) -> bool:
    """A short capitalised line that no sentence ends and no field label opens: a title over the items after it."""
    return len(text) < 120 and text[:1].isupper() and not re.search(r"[.;:!?…]\s*$", text) and not _LABEL_LINE.match(text)


def _opens_own_block(para: Para, item: Para, after: Para | None) -> bool:
    """``para``, after ``item`` and before ``after``, is no line of ``item``: a plain paragraph addressed to a body ("Đối
    với Sở X: hướng dẫn …", "Đối với UBND các xã:") after a bullet; a title over the next bullets of the same list ("Khu
    B - chợ cá (12 điểm: …)" between "+" items), which no sentence ends and no field label opens; a title between two
    numbered items that are sentences of their own ("3. … ." then "Giai đoạn 2 - Đánh giá, cấp chứng nhận", or a step's
    marker, "Bước 2 - …", then "4. …"): a stage's title over the next items."""
    if para.kind == "" and item.kind == "bullet":
        return bool(_ADDRESSED.match(para.text)) or (after is not None and after.kind == "bullet"
                                                      and after.marker == item.marker and title_over(para.text))
    return (para.kind == "" or (para.kind == "letter" and " " in para.marker)) and item.kind in ("num", "letter") \
        and is_sentence(item) and after is not None and after.kind == item.kind and after.delim == item.delim \
        and title_over(para.text)


def tree(paras: list[Para]) -> list[Para]:
    """Nest paragraphs by marker rank (and a Markdown list by indentation); returns the top-level ones."""
    _bare_numbers(paras)
    roots: list[Para] = []
    stack: list[Para] = []
    for k, para in enumerate(paras):
        while stack and stack[-1].rank >= para.rank and not _nests(para, stack[-1]):
            stack.pop()
        after = paras[k + 1] if k + 1 < len(paras) else None
        while stack and _opens_own_block(para, stack[-1], after):
            stack.pop()
        # a Markdown heading is never part of a list item ("3. Sở … ." then "### Điều 5. …"): it closes the open
        # items, and the headings of its level or deeper
        while para.kind == "heading" and stack and (stack[-1].level >= para.level or
                                                     (stack[-1].level == 0 and stack[-1].rank > 0)):
            stack.pop()
        if stack:
            para.parent = stack[-1]
            stack[-1].children.append(para)
        else:
            roots.append(para)
        if para.rank < 10:
            stack.append(para)
    _lift_introducers(roots, None)
    for para in paras:
        if para.children:
            _lift_introducers(para.children, para)
    tally: dict = {}  # a row of headings' items, counted once (``_alike_cousins``)
    _lift_trailing(roots, None, roots, tally)
    for para in paras:
        if para.children:
            _lift_trailing(para.children, para, roots, tally)
    for siblings in [roots, *(p.children for p in paras if p.children)]:
        _count_lazy(siblings)
    return roots


def _count_lazy(siblings: list[Para]) -> None:
    """A Markdown list numbered lazily (every item "1.", as CommonMark allows) counts from its first number whatever
    the others print: each item's ``ordinal`` is the number the list gives it ("1", "2", "3"), for the place of what
    it holds; its text keeps the marker as printed."""
    items = [p for p in siblings if p.kind == "num" and "." not in p.marker]
    if len(items) >= 2 and len({p.marker for p in items}) == 1:
        for index, para in enumerate(items):
            para.ordinal = str(int(para.marker) + index)


def _lift_introducers(siblings: list[Para], parent: Para | None) -> None:
    """A plain paragraph ending with ":" as the last thing under an item, with the item's list going on after it ("4.
    … ." then "Đồng thời, Sở Tài chính đề nghị:" then "5. …"), introduces the items after it, not anything of that item:
    it moves up beside the item (which stays an item like the others, not a heading of what follows)."""
    final = {(p.kind, p.marker.count(".")): i for i, p in enumerate(siblings)}  # the last item of each list
    out: list[Para] = []
    for i, para in enumerate(siblings):
        out.append(para)
        last = para.children[-1] if para.children else None
        if (last is None or last.kind or last.children or not last.text.rstrip().endswith(":")
                or final[(para.kind, para.marker.count("."))] == i):
            continue
        para.children.pop()
        last.parent = parent
        out.append(last)
    siblings[:] = out


def is_sentence(para: Para) -> bool:
    """The item is a sentence of its own (it ends like one), not a title or the introduction of what follows."""
    return para.text.rstrip().endswith((".", ";", "!", "?"))


def _list_key(para: Para) -> tuple[str, str]:
    """The list an item belongs to among its siblings: its kind, and a bullet's glyph ("-" and "+" are two lists)."""
    return para.kind, para.marker if para.kind == "bullet" else ""


def _alike_cousins(item: Para, parent: Para | None, roots: list[Para], tally: dict) -> bool:
    """``item``, a sentence alone in its list, is one of lists alike under headings alike: another heading beside its
    parent holds items of its kind and marker, all sentences of their own with nothing under them ("1. Hội Nông dân
    phường" / "- Vận động … ." … "6. Các tổ dân phố" / "- Báo cáo … ." then a closing paragraph). ``tally`` keeps each
    row of headings' counts, so a long row is counted once, not once per heading."""
    if parent is None or not is_sentence(item):
        return False
    aunts = parent.parent.children if parent.parent is not None else roots
    key = _list_key(item)

    def counts(heads) -> tuple[int, int]:  # (items alike, items not) under ``heads``
        alike = other = 0
        for head in heads:
            for c in head.children:
                if _list_key(c) == key:
                    alike, other = (alike + 1, other) if is_sentence(c) and not c.children else (alike, other + 1)
        return alike, other

    row = (id(aunts), parent.kind, key)
    if row not in tally:
        tally[row] = counts(a for a in aunts if a.kind == parent.kind)
    alike, other = tally[row]
    own_alike, own_other = counts([parent])
    return alike - own_alike > 0 and other - own_other == 0


def _lift_trailing(siblings: list[Para], parent: Para | None, roots: list[Para], tally: dict) -> None:
    """Items of one list are alike: when every earlier item of a list is a sentence of its own (no
    children), the unnumbered paragraphs after its last item are no part of that item but follow
    the list ("1. … 2. … 3. Sở … ." then "Các cơ quan, đơn vị … chủ động …"): they move up beside it,
    so the last item stays an item like the others, not a heading of what follows. Also when the last
    item is a sentence and no earlier item that is a sentence holds paragraphs (those with children
    introduce them: "2. … sau:" then "- …"): in that list, a sentence is never a heading. A list of one item, a
    sentence, likewise, where the lists under the headings beside its own are alike (``_alike_cousins``)."""
    seen: dict[tuple[str, str], list[Para]] = {}
    for para in siblings:
        if para.kind in ("num", "letter", "bullet", "roman"):
            seen.setdefault(_list_key(para), []).append(para)
    moved: dict[int, list[Para]] = {}
    for items in seen.values():
        # an item's number dropped in typing ("3. … ." then a plain paragraph, then "5) …"): the paragraphs between two
        # numbered sentences stand for the numbers missing between them, items of the list, not a part of the first
        for item, after in zip(items, items[1:]):
            numbers = [int(p.marker) if p.marker.isdigit() else None for p in (item, after)]
            if item.kind == "num" and None not in numbers and item.children and is_sentence(item) \
                    and numbers[1] - numbers[0] == 1 + len(item.children) \
                    and all(not c.kind and not c.children and is_sentence(c) for c in item.children) \
                    and not any(_LABEL_LINE.match(c.text) for c in item.children):  # (not its fields, the item after
                # it struck through: "6. …" / "Thực hiện: …" / "8. …")
                moved[id(item)] = item.children
        last = items[-1]
        if not last.children or (len(items) < 2 and not _alike_cousins(last, parent, roots, tally)):
            continue
        if any(p.children for p in items[:-1]) and not (
                is_sentence(last) and not any(p.children and is_sentence(p) for p in items[:-1])):
            continue
        if any(c.kind or c.children for c in last.children):
            continue
        moved[id(last)] = last.children
    if not moved:
        return
    out: list[Para] = []
    for para in siblings:
        out.append(para)
        for child in moved.get(id(para), ()):
            child.parent = parent
            out.append(child)
        if id(para) in moved:
            para.children = []
    siblings[:] = out


def is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)
