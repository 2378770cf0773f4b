"""kehoach import: the doers and their roles as a commune's plan types them after the work (issue 11).

- "X phối hợp Y" in a closing bracket ("(Phòng Kinh tế phối hợp Hội Nông dân xã; quý I/2027)"): X leads, Y
  cooperates, whoever Y is (a name in capitals is no verb's object: "phối hợp bình xét" is).
- The doers between the work and its time, apart by spaced hyphens as typed on a phone ("… - Phòng Kinh tế thực
  hiện, mời Công ty X hỗ trợ - trước 30/11/2026"), read as a bracket's; a hyphen inside a name ("Văn hóa - Xã hội")
  stays in it.
- "X tổ chức, Y phối hợp": the body that organises leads (in lower case: "Ban Tổ chức" is a name).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import named_as, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLâm Văn Sang"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH", number="88/KH-UBND", place="Vĩnh Thạnh",
          title="Giúp các hợp tác xã trồng lúa vụ Đông Xuân 2026 - 2027")


def _draft(tmp_path, items, suffix=".txt"):
    lines = ["I. NHIỆM VỤ", *items] if suffix == ".txt" else ["I. NHIỆM VỤ", "", *[x for i in items for x in (i, "")]]
    return written(tmp_path, "ke-hoach" + suffix, plan_head("ngày 24 tháng 9 năm 2026", **XA) + lines + TAIL)


@pytest.mark.parametrize("suffix, partner", [(".txt", "Đoàn Thanh niên"), (".md", "Công an xã")])
def test_x_works_with_y_in_a_closing_bracket(tmp_path, suffix, partner):
    draft = _draft(tmp_path, [f"1. Tập huấn kỹ thuật gieo sạ cho thành viên hợp tác xã (Phòng Kinh tế phối hợp {partner}; "
                              "tháng 10/2026).",
                              "2. Rà soát diện tích lúa của từng hợp tác xã (Phòng Kinh tế chủ trì, Văn phòng phối hợp; "
                              "trước 15/10/2026)."], suffix)
    assert named_as(draft.lead("Tập huấn"), ["Phòng Kinh tế"]) and named_as(draft.coop("Tập huấn"), [partner])
    assert draft["Tập huấn"]["deadline"]["month"] == 10
    assert named_as(draft.lead("Rà soát"), ["Phòng Kinh tế"]) and named_as(draft.coop("Rà soát"), ["Văn phòng"])


@pytest.mark.parametrize("dash", [" - ", " – "])
def test_the_doers_between_the_work_and_its_time_apart_by_dashes(tmp_path, dash):
    items = [f"1. Nạo vét 04 tuyến kênh cấp nước cho các hợp tác xã{dash}Phòng Kinh tế thực hiện, mời Công ty Khai thác "
             f"thủy lợi hỗ trợ{dash}trước 30/11/2026.",
             f"2. Mời doanh nghiệp về ký hợp đồng bao tiêu với các hợp tác xã{dash}Văn phòng tổ chức, Phòng Văn hóa - Xã "
             f"hội phối hợp{dash}quý I/2027."]
    draft = _draft(tmp_path, items)
    assert named_as(draft.lead("Nạo vét"), ["Phòng Kinh tế"])
    assert named_as(draft.coop("Nạo vét"), ["Công ty Khai thác thủy lợi"])
    assert draft["Nạo vét"]["deadline"]["before"] == "2026-11-30"
    assert named_as(draft.lead("Mời doanh"), ["Văn phòng"])
    assert named_as(draft.coop("Mời doanh"), ["Phòng Văn hóa - Xã hội"])
    assert draft["Mời doanh"]["deadline"]["quarters"] == [1]


@pytest.mark.parametrize("bracket, leads, partners", [
    ("(Văn phòng tổ chức, Phòng Kinh tế phối hợp)", ["Văn phòng"], ["Phòng Kinh tế"]),
    ("(Ban Tổ chức chủ trì, Văn phòng phối hợp)", ["Ban Tổ chức"], ["Văn phòng"]),
])
def test_the_body_that_organises_leads(tmp_path, bracket, leads, partners):
    draft = _draft(tmp_path, [f"1. Tổ chức hội nghị sơ kết hợp tác xã kiểu mới {bracket[:-1]}; tháng 12/2026)."])
    assert named_as(draft.lead("Tổ chức hội"), leads) and named_as(draft.coop("Tổ chức hội"), partners)
    assert draft["Tổ chức hội"]["deadline"]["month"] == 12
