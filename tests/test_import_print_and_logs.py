"""kehoach import: the doers named by how they are printed, where a note says so ("tên in đậm là đơn vị chủ trì, tên
sau chữ "cùng" là đơn vị phối hợp, phần in nghiêng là thời hạn": "> — **Phòng X**, cùng Y; Z · *tháng 9/2026*"); a
part titled for the book or sheet that hands the work out ("III. SỔ LIÊN LẠC GIAO VIỆC"); a time's value up to its
sentence's end, as a log closes its line ("Báo lại trước: 15/8/2026. Hết.") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import re

import pytest

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "", "\tPhạm Thị Lan"]


def _head(**values) -> list[str]:
    values = values or dict(issuer="TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP TỈNH QUẢNG TRỊ", number="142/KH-TTDVNN",
                            place="Quảng Trị", title="Lúa hữu cơ cho hợp tác xã")
    return plan_head("ngày 22 tháng 7 năm 2026", **values)[:-1]


def _markdown(lines: list[str]) -> list[str]:
    return [line.replace("\t", " | ") for line in _head()] + [""] + lines + TAIL


@pytest.mark.parametrize("dash", ["— ", "– ", ""])
@pytest.mark.parametrize("apart", [" · ", ", "])
def test_doers_named_by_print_as_a_note_says(tmp_path, dash, apart):
    lines = ["## II. CÁC VIỆC", "",
             "*Mỗi việc trích dưới dạng một đoạn dẫn; dòng ký tên ở cuối ghi ai nhận việc: tên in đậm là đơn vị chủ trì, "
             "tên sau chữ \"cùng\" là đơn vị phối hợp, phần in nghiêng là thời hạn.*", "",
             "> Khảo sát đất, nước, nguồn giống ở 11 hợp tác xã đăng ký.", ">",
             f"> {dash}**Phòng Kỹ thuật trồng trọt**, cùng Phòng Thủy sản; UBND các xã nơi có hợp tác xã{apart}"
             "*trước 31/8/2026*", "",
             "> Hướng dẫn hợp tác xã ghi nhật ký đồng ruộng bằng ứng dụng trên điện thoại.", ">",
             f"> {dash}**Trạm Khuyến nông Hải Lăng**{apart}*tháng 10/2026*"]
    draft = written(tmp_path, "ke-hoach.md", _markdown(lines))
    assert [t[:7] for t in draft.texts()] == ["Khảo sá", "Hướng d"]
    assert draft.lead("Khảo sát") == ["Phòng Kỹ thuật trồng trọt"]
    assert draft.coop("Khảo sát") == ["Phòng Thủy sản", "UBND các xã nơi có hợp tác xã"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-08-31"
    assert draft.lead("Hướng dẫn") == ["Trạm Khuyến nông Hải Lăng"]
    assert draft.coop("Hướng dẫn") == []
    assert draft["Hướng dẫn"]["deadline"]["month"] == 10


@pytest.mark.parametrize("note", ["", "*Tên in đậm là tên sản phẩm.*"])
def test_print_says_nothing_without_its_note(note):
    from generator.importer import own_labels

    lines = [note, "", "> — **Phòng Kỹ thuật trồng trọt**, cùng Phòng Thủy sản · *trước 31/8/2026*"]
    assert own_labels.printed_roles(lines) == lines


@pytest.mark.parametrize("title, part", [("SỔ LIÊN LẠC GIAO VIỆC", "tasks"), ("PHIẾU GIAO VIỆC", "tasks"),
                                         ("Lịch giao việc", "tasks"), ("BẢNG GIAO VIỆC", None),
                                         ("SỔ THEO DÕI CÔNG VĂN", None), ("Các hợp tác xã đã ký hợp đồng", None)])
def test_a_part_titled_for_the_book_that_hands_out_the_work(title, part):
    from generator.importer.draft import PARTS
    from generator.vi import fold

    assert next((name for name, pattern in PARTS if re.search(pattern, fold(title))), None) == part


@pytest.mark.parametrize("label, value, kind, day", [("Thời hạn", "15/8/2026. Hết.", "before", "2026-08-15"),
                                                     ("Hạn", "tháng 9/2026. Xong thì báo Giám đốc.", "month", None),
                                                     ("Thời hạn", "30/9/2026.", "before", "2026-09-30")])
def test_a_times_value_up_to_its_sentences_end(tmp_path, label, value, kind, day):
    lines = ["II. NHIỆM VỤ", "1. Khảo sát từng lô vườn, lối vào, chỗ khuất của các hợp tác xã.",
             "   Chủ trì: Phòng Nghiệp vụ", f"   {label}: {value}",
             "2. Tuyển thêm 24 nhân viên bảo vệ người địa phương.", "   Chủ trì: Phòng Tổ chức - Hành chính",
             "   Thời hạn: 20/8/2026"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    due = draft["Khảo sát"]["deadline"]
    assert due["kind"] == kind
    assert due.get("before") == day if day else due["month"] == 9
