"""kehoach import: the doers and their roles as a commune's plan types them after the work (issue 11).

- "X phối hợp Y" in a closing bracket ("(Phòng Kinh tế phối hợp Hội Nông dân xã; quý I/2027)"): X leads, Y
  cooperates, whoever Y is (a name in capitals is no verb's object: "phối hợp bình xét" is).
- The doers between the work and its time, apart by spaced hyphens as typed on a phone ("… - Phòng Kinh tế thực
  hiện, mời Công ty X hỗ trợ - trước 30/11/2026"), read as a bracket's; a hyphen inside a name ("Văn hóa - Xã hội")
  stays in it.
- "X tổ chức, Y phối hợp": the body that organises leads (in lower case: "Ban Tổ chức" is a name).
- A legend of short names under a section's title of its own ("II. KÝ HIỆU PHÂN CÔNG", "## Chữ viết tắt"), its
  entries a line each ("KT - phòng Kinh tế", "- P.KT: Phòng Kinh tế"), maybe after a sentence on how to read them:
  the short names stand for their bodies; the sentence is no task. A bracket of them after an item, the lead before
  a slash and its partners after it ("(KT/VP, CA)"), or one alone ("(KT)"), gives the item its doers.
- A doer tagged in square brackets at an item's start, as a note or a chat tags a line ("- [Phòng Kinh tế] rà
  soát …", "1. [Trạm Y tế xã] Tập huấn …"), leads it; a bracket of what names no body ("[1]") does not.
- Every quote of partners is found in the text, piece by piece in the order it prints them: a bracket's short names
  after the slash as printed ("VP, CA"), partners read from two places of one sentence in the text's order ("… đề
  nghị X và Y phối hợp theo phân công").
- A plan written as questions and answers: a question ("Câu 2. Ai ký hợp đồng …?", "**Hỏi:** … ?") is no task; an
  answer's label ("Trả lời:", "Đáp:") and its yes or no alone ("Không.", "Được.") are no part of the work it gives.

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


_LEGEND_TXT = ["II. KÝ HIỆU PHÂN CÔNG",
               "Mỗi việc ở mục III ghi phân công trong ngoặc đơn ở cuối: đơn vị đứng trước dấu gạch chéo (/) chủ trì, "
               "các đơn vị đứng sau phối hợp.",
               "KT - phòng Kinh tế", "VP - Văn phòng HĐND và UBND xã", "CA - Công an xã", "ND - Hội Nông dân xã", "",
               "III. NỘI DUNG CÔNG VIỆC"]
_LEGEND_MD = ["## Chữ viết tắt", "", "- KT: phòng Kinh tế", "- VP: Văn phòng HĐND và UBND xã", "- CA: Công an xã",
              "- ND: Hội Nông dân xã", "", "## III. NỘI DUNG CÔNG VIỆC", ""]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_legend_under_its_own_title_and_brackets_of_its_short_names(tmp_path, suffix):
    items = ["1. Rà soát sản lượng quất, đào của từng hợp tác xã, trước 05/11. (KT/ND)",
             "2. Bố trí bãi tập kết cây và chợ hoa xuân, xong trước 31/12. (KT/VP, CA)",
             "3. Tổng hợp kết quả tiêu thụ hoa, báo cáo Chủ tịch UBND xã trước 28/02. (KT)"]
    head = plan_head("ngày 20 tháng 10 năm 2026", **XA)
    if suffix == ".txt":
        lines = head + ["I. MỤC ĐÍCH", "1. Giúp các hợp tác xã bán hết hoa vụ Tết.", *_LEGEND_TXT, *items] + TAIL
    else:
        lines = head + ["I. MỤC ĐÍCH", "", "1. Giúp các hợp tác xã bán hết hoa vụ Tết.", "", *_LEGEND_MD,
                        *[x for i in items for x in (i, "")]] + TAIL
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert [t[:10] for t in draft.texts()] == ["Rà soát sả", "Bố trí bãi", "Tổng hợp k"]
    assert named_as(draft.lead("Rà soát"), ["phòng Kinh tế"]) and named_as(draft.coop("Rà soát"), ["Hội Nông dân xã"])
    assert named_as(draft.lead("Bố trí"), ["phòng Kinh tế"])
    assert named_as(draft.coop("Bố trí"), ["Văn phòng HĐND và UBND xã", "Công an xã"])
    assert named_as(draft.lead("Tổng hợp"), ["phòng Kinh tế"]) and draft.coop("Tổng hợp") == []
    assert draft["Tổng hợp"]["deadline"]["before"].endswith("-02-28")


@pytest.mark.parametrize("suffix, ask, answer", [(".txt", "Câu {n}. ", "Trả lời: "), (".md", "**Hỏi:** ", "**Đáp:** ")])
def test_questions_and_answers(tmp_path, suffix, ask, answer):
    pairs = [("Ai ký hợp đồng thu gom phụ phẩm với hợp tác xã, và bao giờ?",
              "Phòng Thu mua chủ trì ký hợp đồng thu gom phụ phẩm với từng hợp tác xã; xong trước ngày 31/10/2026."),
             ("Hợp tác xã có phải tự chở phụ phẩm đến nhà máy không?",
              "Không. Phòng Vận chuyển đặt thùng chứa tại điểm tập kết của từng hợp tác xã trước ngày 15/11/2026."),
             ("Thành viên có được hướng dẫn phân loại phụ phẩm không?",
              "Được. Phòng Kỹ thuật mở 03 lớp hướng dẫn phân loại phụ phẩm cho thành viên trong tháng 11/2026.")]
    lines = ["I. HỎI - ĐÁP VỀ PHÂN CÔNG", ""]
    for n, (question, said) in enumerate(pairs, start=1):
        lines += [ask.format(n=n) + question, "", answer + said, ""]
    head = plan_head("ngày 09 tháng 10 năm 2026", **XA)
    draft = written(tmp_path, "ke-hoach" + suffix, head + lines + TAIL)
    assert [t[:10] for t in draft.texts()] == ["Phòng Thu ", "Phòng Vận ", "Phòng Kỹ t"]
    assert named_as(draft.lead("Phòng Thu"), ["Phòng Thu mua"])
    assert draft["Phòng Vận"]["deadline"]["before"] == "2026-11-15"
    assert named_as(draft.lead("Phòng Kỹ"), ["Phòng Kỹ thuật"]) and draft["Phòng Kỹ"]["deadline"]["month"] == 11


@pytest.mark.parametrize("suffix, marker", [(".md", "- "), (".txt", "{n}. ")])
def test_a_doer_tagged_in_square_brackets(tmp_path, suffix, marker):
    items = ["[Phòng Kinh tế] rà soát số hộ làm đường thốt nốt của từng tổ hợp tác — trước 15/11/2026.",
             "[Trạm Y tế xã] Tập huấn sơ cứu cho người leo cây của các tổ hợp tác — tháng 11/2026.",
             "[1] Vận động hộ chưa tham gia vào tổ hợp tác — trong năm 2027."]
    draft = _draft(tmp_path, [marker.format(n=n) + item for n, item in enumerate(items, start=1)], suffix)
    assert named_as(draft.lead("[Phòng Kinh tế]"), ["Phòng Kinh tế"])
    assert named_as(draft.lead("[Trạm Y tế xã]"), ["Trạm Y tế xã"])
    assert draft.lead("[1]") == []


@pytest.mark.parametrize("item", [
    "1. Bố trí bãi tập kết cây và chợ hoa xuân, xong trước 31/12. (KT/VP, CA)",
    "1. Thủ trưởng các đơn vị căn cứ ký hiệu được giao tổ chức thực hiện; đề nghị Ủy ban MTTQ Việt Nam xã và Hội Nông "
    "dân xã phối hợp theo phân công.",
])
def test_the_quotes_of_partners_are_found_as_printed(tmp_path, item):
    from generator.text import SourceText

    head = plan_head("ngày 20 tháng 10 năm 2026", **XA)
    draft = written(tmp_path, "ke-hoach.txt", head + ["I. MỤC ĐÍCH", "1. Giúp các hợp tác xã bán hết hoa vụ Tết.",
                                                      *_LEGEND_TXT, item] + TAIL)
    (task,) = draft.tasks
    assert len(draft.coop(task["text"][:12])) == 2
    text = SourceText(draft.path.read_text(encoding="utf-8"))
    assert all(text.find_cell(quote) is not None for quote in (task["text"], task.get("lead_text"),
                                                               task.get("cooperating_text")) if quote)
