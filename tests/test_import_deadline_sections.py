"""kehoach import: deadlines given in a section of their own, by the tasks' numbers (issue 11). A plan may list its tasks
without a time and date them below: "III. THỜI GIAN THỰC HIỆN" / "- Nhiệm vụ 1: hoàn thành trong tháng 7/2026." / "-
Nhiệm vụ 2 và nhiệm vụ 3: quý III/2026." / "- Nhiệm vụ 4, 5: …" / "- Nhiệm vụ 6 - 8: thường xuyên." Each numbered task
takes its line's time, said in review; a task that prints its own time keeps it; the lines are no tasks. Tested on a
plain text and a Markdown plan written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import written

TASKS = ["Phòng Kinh tế rà soát danh sách hợp tác xã nghề cá.",
         "Phòng Kinh tế hướng dẫn hợp tác xã xây dựng phương án sản xuất.",
         "Phòng Văn hóa - Xã hội hướng dẫn hợp tác xã du lịch đăng ký điểm đến.",
         "Phòng Văn hóa - Xã hội giới thiệu lao động vào hợp tác xã.",
         "Trung tâm Phục vụ hành chính công xã hướng dẫn hồ sơ đăng ký hợp tác xã.",
         "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã đăng tải thông tin hợp tác xã.",
         "Phòng Kinh tế tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12/2026."]
TIMES = ["Nhiệm vụ 1: hoàn thành trong tháng 7/2026.", "Nhiệm vụ 2 và nhiệm vụ 3: quý III/2026.",
         "Nhiệm vụ 4, 5: thường xuyên.", "Nhiệm vụ 6 - 7: năm 2026."]
HEAD = ["KẾ HOẠCH", "Hỗ trợ hợp tác xã 6 tháng cuối năm 2026", "I. MỤC ĐÍCH", "Củng cố hợp tác xã.", "II. NHIỆM VỤ"]


def _text(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ CỬA VIỆT\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 61/KH-UBND\tCửa Việt, ngày 06 tháng 7 năm 2026", *HEAD]
    lines += [f"{n}. {t}" for n, t in enumerate(TASKS, start=1)]
    lines += ["III. THỜI GIAN THỰC HIỆN", *[f"- {t}" for t in TIMES], "IV. TỔ CHỨC THỰC HIỆN",
              "Các phòng, đơn vị chủ động triển khai./.", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH",
              "\tLê Văn Thành"]
    return written(tmp_path, "theo-so.txt", lines)


def _markdown(tmp_path):
    lines = ["| ỦY BAN NHÂN DÂN<br>**XÃ CỬA VIỆT** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 61/KH-UBND | *Cửa Việt, ngày 06 tháng 7 năm 2026* |", ""]
    lines += [x for line in HEAD for x in (f"**{line}**" if line.isupper() else line, "")]
    lines += [x for n, t in enumerate(TASKS, start=1) for x in (f"{n}\\. {t}", "")]
    lines += ["**III. THỜI GIAN THỰC HIỆN**", "", *[f"* {t}" for t in TIMES], "",
              "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Lê Văn Thành** |", "|---|:---:|"]
    return written(tmp_path, "theo-so.md", lines)


@pytest.mark.parametrize("make", [_text, _markdown], ids=["text", "markdown"])
def test_a_time_section_dates_the_tasks_by_number(tmp_path, make):
    draft = make(tmp_path)
    first = draft["Phòng Kinh tế rà soát"]
    assert (first["deadline"]["kind"], first["deadline"]["month"]) == ("month", 7)
    assert any("số nhiệm vụ 1" in note for note in first["review"])
    for start in ("Phòng Kinh tế hướng dẫn", "Phòng Văn hóa - Xã hội hướng dẫn"):
        assert draft[start]["deadline"]["quarters"] == [3]
    for start in ("Phòng Văn hóa - Xã hội giới thiệu", "Trung tâm Phục vụ"):
        assert draft[start]["deadline"]["kind"] == "ongoing"
    assert draft["Văn phòng Hội đồng"]["deadline"]["kind"] == "year"
    # a task's own time wins
    assert str(draft["Phòng Kinh tế tổng hợp"]["deadline"]["before"]) == "2026-12-10"
    assert not [t for t in draft.texts() if t.startswith("Nhiệm vụ")]
