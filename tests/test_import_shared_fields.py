"""kehoach import: a field line after a run of items, two names side by side in a cell, a name with a comma before a
colon (issue 11).

- "a) …", "b) …", then "Thực hiện: X chủ trì; phối hợp: Y; thời gian: …": the line is both items' (each had none of its
  own); "a) …" "Thực hiện: …" "b) …" "Thực hiện: …" keep their own;
- a cell of two names one a line, joined ("Liên minh Hợp tác xã tỉnh Ủy ban nhân dân các xã, phường", "Sở Khoa học và
  Công nghệ Hội Nông dân tỉnh"): two bodies, cut after a level or a department's fixed name;
- "Trung tâm Tư vấn, hỗ trợ hợp tác xã: tư vấn …": the name before the colon is whole, its comma and name verb too.
Tested on documents written here (Word, text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/),
which only measure."""

from __future__ import annotations

import pytest

from drafts import SOURCE, word_document, written
from generator.importer import fields

RUNS = ["I. NHIỆM VỤ", "1. Dữ liệu hợp tác xã",
        "a) Rà soát, chuẩn hóa dữ liệu của hợp tác xã trên Hệ thống thông tin quốc gia.",
        "b) Hướng dẫn hợp tác xã cập nhật thông tin thay đổi.",
        "Thực hiện: Phòng Tài chính doanh nghiệp chủ trì; phối hợp: Thuế tỉnh Hà Tĩnh; thời gian: quý I/2026.",
        "2. Kiểm tra",
        "a) Kiểm tra việc chấp hành pháp luật về hợp tác xã tại 20 hợp tác xã.",
        "Thực hiện: Thanh tra Sở chủ trì; thời gian: quý II/2026.",
        "b) Đối chiếu báo cáo tình hình hoạt động của hợp tác xã.",
        "Thực hiện: Văn phòng Sở chủ trì; thời gian: tháng 10/2026."]
HEAD = ["SỞ TÀI CHÍNH", "TỈNH HÀ TĨNH", "Số: 2418/KH-STC", "Hà Tĩnh, ngày 20 tháng 12 năm 2025", "KẾ HOẠCH",
        "Quản lý nhà nước về hợp tác xã năm 2026"]
FOOT = ["Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Hoa"]


def _check_runs(draft) -> None:
    for start in ("Rà soát", "Hướng dẫn hợp tác xã"):
        assert draft.lead(start) == ["Phòng Tài chính doanh nghiệp"], start
        assert draft[start]["deadline"]["quarters"] == [1], start
        assert draft.coop(start) and draft.coop(start)[0].startswith("Thuế tỉnh Hà Tĩnh"), start
    assert draft.lead("Kiểm tra việc") == ["Thanh tra Sở"]
    assert draft["Kiểm tra việc"]["deadline"]["quarters"] == [2]
    assert draft.lead("Đối chiếu") == ["Văn phòng Sở"]
    assert draft["Đối chiếu"]["deadline"]["month"] == 10


def test_a_field_line_after_a_run_of_items_in_word(tmp_path):
    signature = [["Nơi nhận:", "KT. GIÁM ĐỐC"], ["- Lưu: VT.", "PHÓ GIÁM ĐỐC"], ["", "Trần Thị Hoa"]]  # a borderless table
    _check_runs(word_document(tmp_path, "ke-hoach.docx", HEAD + RUNS, signature, []))


def test_a_field_line_after_a_run_of_items_in_text(tmp_path):
    _check_runs(written(tmp_path, "ke-hoach.txt", HEAD + [""] + RUNS + FOOT))


@pytest.mark.parametrize("phrase,names", [
    ("Liên minh Hợp tác xã tỉnh Ủy ban nhân dân các xã, phường", ["Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã, phường"]),
    ("Sở Khoa học và Công nghệ Hội Nông dân tỉnh", ["Sở Khoa học và Công nghệ", "Hội Nông dân tỉnh"]),
    ("Liên minh Hợp tác xã tỉnh Sở Tài chính", ["Liên minh Hợp tác xã tỉnh", "Sở Tài chính"]),
    ("Văn phòng Ủy ban nhân dân tỉnh", ["Văn phòng Ủy ban nhân dân tỉnh"]),       # one name: the type alone before
    ("Chủ tịch Ủy ban nhân dân tỉnh", ["Chủ tịch Ủy ban nhân dân tỉnh"]),
])
def test_two_names_side_by_side(phrase, names):
    known = fields.Known.load(SOURCE)
    known.scope("quang-tri")
    assert fields.match_agencies(phrase, known).unknown == names


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_name_with_a_comma_before_its_colon(tmp_path, suffix):
    items = ["Trung tâm Tư vấn, hỗ trợ hợp tác xã: tư vấn thành lập mới 25 hợp tác xã; thực hiện trong quý II/2026.",
             "Ban Tuyên truyền - Thi đua: tổ chức 04 hội nghị giới thiệu Luật Hợp tác xã năm 2023."]
    lines = ["LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN", "Số: 71/KH-LMHTX", "Nghệ An, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH",
             "Tư vấn hợp tác xã năm 2026", "", "I. NHIỆM VỤ",
             *((f"- **{i.split(':')[0]}**:{i.split(':', 1)[1]}" for i in items) if suffix == ".md" else (f"- {i}" for i in items)),
             "Nơi nhận:", "- Lưu: VT.", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lê Văn Nam"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line, "")]
    draft = written(tmp_path, "dau-hai-cham" + suffix, lines)
    assert draft.lead("Trung tâm") == ["Trung tâm Tư vấn, hỗ trợ hợp tác xã"]
    assert draft.lead("Ban Tuyên truyền") == ["Ban Tuyên truyền - Thi đua"]
