"""kehoach import: lists whose bullets are the glyphs a word processor exports (issue 11) — "●" over "○" (Google Docs
as text), "■" over "□" (Word as text) —, a bullet that titles a group of its sub-items when each of them names its own
doer, and a time written after a dash at the end of an item ("… – Quý III/2026"). Tested on two documents written here
(a ward's plan from Google Docs, a commune's plan from Word), never on the held-out sets (benchmarks/corpus/unseen*/),
which only measure."""

from __future__ import annotations

import pytest

from generator.importer import fields, layout

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG VŨNG TÀU\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 61/KH-UBND\tVũng Tàu, ngày 11 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Phát triển hợp tác xã, tổ hợp tác trên địa bàn phường năm 2026", "", "I. MỤC ĐÍCH",
        "Củng cố hợp tác xã sau sắp xếp.", "", "II. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tPhan Văn Lộc"]


def _items(top: str, sub: str) -> list[str]:
    return [f"{top} Hợp tác xã dịch vụ nghề cá",
            f"   {sub} Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn hợp tác xã hải sản lập phương án kinh doanh – Quý II/2026",
            f"   {sub} Hội Nông dân phường vận động ngư dân góp vốn vào hợp tác xã (Thời gian: tháng 8/2026)",
            f"{top} Du lịch cộng đồng",
            f"   {sub} Phòng Văn hóa - Xã hội giới thiệu hợp tác xã du lịch trên trang thông tin điện tử phường – thường "
            "xuyên"]


@pytest.mark.parametrize("top,sub", [("●", "○"), ("■", "□")], ids=["google-docs", "word"])
def test_glyph_bullets_titled_groups_and_dashed_times(tmp_path, top, sub):
    draft = written(tmp_path, "phuong.txt", HEAD + _items(top, sub) + TAIL)
    assert draft.lead("Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn") == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert draft["Phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn"]["deadline"]["quarters"] == [2]
    assert draft.lead("Hội Nông dân phường vận động") == ["Hội Nông dân phường"]
    assert draft["Hội Nông dân phường vận động"]["deadline"]["month"] == 8
    assert draft["Phòng Văn hóa - Xã hội giới thiệu"]["deadline"]["kind"] == "ongoing"
    # the titles are groups, not tasks that swallow their items
    assert not [t for t in draft.tasks if t["text"].startswith(("Hợp tác xã dịch vụ nghề cá", "Du lịch cộng đồng"))]


def test_the_glyphs_nest():
    paras = layout.tree(layout.paragraphs(["● Nhóm một", "   ○ Việc thứ nhất của nhóm", "■ Nhóm hai",
                                           "   □ Việc của nhóm hai"]))
    assert [(p.marker, [c.marker for c in p.children]) for p in paras] == [("●", ["○"]), ("■", ["□"])]


@pytest.mark.parametrize("text,kind", [
    ("Hướng dẫn hợp tác xã lập phương án – Quý III/2026", "quarter"),
    ("Giới thiệu hợp tác xã trên trang tin – thường xuyên", "ongoing"),
    ("Phòng Văn hóa - Xã hội giới thiệu sản phẩm của hợp tác xã", "unspecified"),  # a name's hyphen: no time
    ("Tổ chức hội nghị – hội thảo về hợp tác xã", "unspecified"),  # a dash between words: no time
])
def test_a_time_after_a_dash(text, kind):
    assert fields.deadline(text).kind == kind
