"""kehoach import: a plan typed without diacritics, as many type Vietnamese on a phone (issue 11).

- A text whose letters hardly carry a mark, most of its words words the plans print, is read through a copy with the
  marks put back word for word (each word as the project's plans print it beside the same neighbours, else as the
  conventions print it): "phong Kinh te chu tri, phoi hop …, xong truoc 30/11" is read as "phòng Kinh tế chủ trì,
  phối hợp …, xong trước 30/11"; the header's "So:" and "ngay … thang … nam …" as "Số:" and "ngày … tháng … năm …".
- What the draft quotes (a task's text, a time as printed, a name proposed) is as typed, found verbatim in the text;
  a review note says how the text was read.
- A text with its marks, or in another language, is read as it is.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import unmarked
from generator.text import SourceText

from drafts import SOURCE, named_as, written

HEAD = ["UY BAN NHAN DAN XA HOA BINH\tCONG HOA XA HOI CHU NGHIA VIET NAM", "\tDoc lap - Tu do - Hanh phuc",
        "So: 88/KH-UBND\tHoa Binh, ngay 14 thang 9 nam 2026", "", "KE HOACH",
        "Ho tro hop tac xa, to hop tac tren dia ban xa nam 2026", "",
        "I. MUC TIEU", "- Thanh lap moi 02 hop tac xa, 05 to hop tac trong nam 2026.", "", "II. NHIEM VU"]
TAIL = ["", "Noi nhan:\tTM. UY BAN NHAN DAN", "- Luu: VT.\tCHU TICH", "\t(da ky)", "\tLo Van Thanh"]
ITEMS = ["1. phong Kinh te ra soat cac to hop tac, lap danh sach ho chua tham gia, xong truoc 15/10.",
         "2. Trung tam Dich vu tong hop xa chu tri, phoi hop Trung tam Khuyen nong tinh mo 2 lop tap huan trong "
         "thang 11/2026.",
         "3. Cong an xa phoi hop cac thon tuan tra, bao ve vuon cay cua hop tac xa (thuong xuyen).",
         "4. De nghi Hoi Nong dan xa van dong hoi vien vao to hop tac, trong quy IV/2026.",
         "5. Van phong HDND va UBND xa tong hop ket qua, bao cao Chu tich UBND xa truoc ngay 20/12/2026."]
TABLE = ["| TT | Noi dung | Co quan chu tri | Co quan phoi hop | Thoi gian |", "|---|---|---|---|---|",
         "| 1 | Ra soat cac to hop tac, lap danh sach ho chua tham gia | phong Kinh te | Cac thon | Truoc 15/10/2026 |",
         "| 2 | Mo 2 lop tap huan ky thuat | Trung tam Dich vu tong hop xa | Trung tam Khuyen nong tinh | "
         "Thang 11/2026 |",
         "| 3 | Van dong hoi vien vao to hop tac | Hoi Nong dan xa | | Quy IV/2026 |",
         "| 4 | Tong hop ket qua, bao cao Chu tich UBND xa | Van phong HDND va UBND xa | | Truoc 20/12/2026 |"]


def _verbatim(draft, path: Path) -> None:
    """Every text the draft quotes is found in the text as typed, none of it marked."""
    text = SourceText(path.read_text(encoding="utf-8"))
    for task in draft.tasks:
        for quote in (task["text"], task["deadline"].get("printed")):
            if quote:
                assert quote.isascii(), quote
                assert text.find(quote) is not None, quote
    for agency in draft.draft.registry.get("agencies", []):
        assert all(name.isascii() for name in [agency["name"], *agency["variants"]]), agency


def test_a_list_typed_without_marks(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", HEAD + ITEMS + TAIL)
    assert draft.plan["number"] == "88/KH-UBND"
    assert draft.plan["date"]["day"] == 14 and draft.plan["date"]["month"] == 9
    assert [t[:12] for t in draft.texts()] == [i[3:15] for i in ITEMS]
    assert draft.lead("phong Kinh te") == ["phong Kinh te"]
    assert draft["phong Kinh te"]["deadline"]["before"] == "2026-10-15"
    assert draft.lead("Trung tam") == ["Trung tam Dich vu tong hop xa"]
    assert draft.coop("Trung tam") == ["Trung tam Khuyen nong tinh"]
    assert draft["Trung tam"]["deadline"]["month"] == 11
    assert draft.lead("Cong an") == ["Cong an xa"]
    assert draft["Cong an"]["deadline"]["kind"] == "ongoing"
    assert draft.lead("De nghi") == ["Hoi Nong dan xa"] and draft["De nghi"]["deadline"]["quarters"] == [4]
    assert draft.lead("Van phong") == ["Van phong HDND va UBND xa"]
    assert draft["Van phong"]["deadline"]["before"] == "2026-12-20"
    assert draft.notes("gõ không dấu")
    _verbatim(draft, tmp_path / "ke-hoach.txt")


def test_a_table_typed_without_marks(tmp_path):
    lines = [line.replace("\t", " | ") for line in HEAD] + [""] + TABLE + [""] + \
            [line.replace("\t", " | ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert [t[:8] for t in draft.texts()] == ["Ra soat ", "Mo 2 lop", "Van dong", "Tong hop"]
    assert draft.lead("Ra soat") == ["phong Kinh te"] and draft["Ra soat"]["deadline"]["before"] == "2026-10-15"
    assert draft.lead("Mo 2 lop") == ["Trung tam Dich vu tong hop xa"]
    assert draft.coop("Mo 2 lop") == ["Trung tam Khuyen nong tinh"]
    assert draft["Van dong"]["deadline"]["quarters"] == [4]
    assert named_as(draft.lead("Tong hop"), ["Van phong HDND va UBND xa"])
    _verbatim(draft, tmp_path / "ke-hoach.md")


@pytest.mark.parametrize("lines", [
    # marked: read as printed
    ["Phòng Kinh tế rà soát các tổ hợp tác, lập danh sách hộ chưa tham gia, xong trước 15/10/2026."] * 12,
    # another language, unmarked
    ["The commune office reviews the cooperative groups and lists the households that have not joined them."] * 12,
])
def test_only_vietnamese_typed_without_marks_is_restored(lines):
    assert unmarked.restored_if_unmarked(lines, SOURCE) is None


def test_a_short_text_is_not_judged():
    assert unmarked.restored_if_unmarked(["phong Kinh te chu tri"], SOURCE) is None


_TYPED = st.text(alphabet=string.ascii_letters + string.digits + " .,;:/()-\t", max_size=200)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TYPED, min_size=1, max_size=5))
def test_the_copy_keeps_every_position_and_gives_back_what_was_typed(lines):
    restored = unmarked.Restored(unmarked.counts_for(SOURCE), lines)
    for line in lines:
        marked = restored.line(line)
        assert len(marked) == len(line)
        assert unmarked.fold(marked) == unmarked.fold(line)
    for line in lines:
        assert restored.typed(restored.line(line)) == line


def test_a_word_typed_with_its_marks_is_kept():
    line = "Sở Tài chính chu tri, phoi hop So Tai chinh"
    restored = unmarked.Restored(unmarked.counts_for(SOURCE), [line])
    copy = restored.line(line)
    assert copy.startswith("Sở Tài chính chủ trì, phối hợp")
    assert restored.typed(copy) == line
