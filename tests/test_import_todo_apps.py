"""kehoach import: a task list kept in a to-do app that writes each task's dates after emojis (Obsidian's Tasks plugin:
"🛫" start, "⏳" scheduled, "📅" due, "🔁" recurrence; only "📅" is a deadline, none of them part of a name), and the
note-kind callouts of Obsidian and GitHub ("> [!note] …", "> [!NOTE]") that say how to read the page (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written

TAIL = ["", "Nơi nhận: | TM. ỦY BAN NHÂN DÂN", "- Lưu: VT. | KT. CHỦ TỊCH", "", "Trần Văn Nam"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ PHONG MỸ", number="138/KH-UBND", place="Đồng Tháp", title="Tổ hợp tác bay phun thuốc")


def _head() -> list[str]:
    return [x for line in plan_head("ngày 01 tháng 10 năm 2026", **XA) for x in (line.replace("\t", " | "), "")]


@pytest.mark.parametrize("callout", ["> [!note] Cách đọc danh sách", "> [!NOTE]"])
def test_a_to_do_apps_dates_after_their_emojis(tmp_path, callout):
    lines = _head() + [callout, "> Trên mỗi dòng: 🛫 ngày bắt đầu, ⏳ ngày dự kiến, 📅 hạn chót; đơn vị chủ trì ghi sau "
                                "\"Chủ trì:\".", "",
                       "- [ ] Lập danh sách người điều khiển thiết bị bay. Chủ trì: Công an xã; cùng: Ban Chỉ huy Quân sự "
                       "xã 🛫 2026-10-26 📅 2026-11-20",
                       "- [ ] Nhận hồ sơ đăng ký hợp tác xã mới. Chủ trì: Trung tâm Phục vụ hành chính công xã ⏳ "
                       "2027-01-10 📅 2027-02-26",
                       "- [ ] Thông báo lịch bay trên loa truyền thanh. Chủ trì: Văn phòng HĐND và UBND xã 🔁 every week",
                       ""] + TAIL
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == 3  # the callout that says how to read the list is no task
    assert draft["Lập danh sách"]["deadline"]["before"] == "2026-11-20"  # not the start day
    assert draft.coop("Lập danh sách")[0] == "Ban Chỉ huy Quân sự xã"  # no date in the name
    assert draft["Nhận hồ sơ"]["deadline"]["before"] == "2027-02-26"  # not the scheduled day
    assert draft.lead("Nhận hồ sơ")[0].startswith("Trung tâm Phục vụ hành chính công xã")
    assert draft.lead("Thông báo")[0].startswith("Văn phòng HĐND và UBND xã")
    assert draft["Thông báo"]["deadline"]["kind"] != "before"


def test_a_scheduled_day_alone_is_no_deadline(tmp_path):
    from generator.importer import fields

    assert fields.deadline("Rà soát hồ sơ ⏳ 2027-01-10").kind == "unspecified"
    assert fields.deadline("Rà soát hồ sơ ✅ 2026-12-01 📅 2026-11-30").before == "2026-11-30"
