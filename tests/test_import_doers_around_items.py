"""kehoach import: where a plan prints the doers of its items when not in the item's own sentence (issue 11).

- A body's name as a title of its own over numbered items: in capitals ("PHÒNG VIỆC LÀM - AN TOÀN LAO ĐỘNG" then "1)
  …", "2) …"), with its colon ("Phòng Kinh tế:") or as a Markdown heading ("### Văn phòng Sở"): its items are its own,
  the list counting on under the next body's title; a title in capitals that names no body ("ĐỀ NGHỊ CÁC CƠ QUAN") ends
  the run.
- A numbered title that ends with its colon ("1. Ban Kinh tế - Xã hội:"), then a list numbered from "1." again, as a
  word processor numbers a list inside a list: the title's items; the next number with a colon is the next title.
- A table cell of tasks whose items end with their doers in brackets ("• Ban hành hướng dẫn … (Sở Tài chính chủ trì; Sở
  Tư pháp phối hợp)"), as running text names them, where no column or heading names the doers.
- An item typed "work / doers / time", its fields apart by spaced slashes, the time maybe left empty.
- The doers in brackets before the work ("(Phòng Kinh tế) Rà soát …; cùng Y.").
- The social security agency, its name all common words, by its level or region ("Bảo hiểm xã hội tỉnh").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import named_as, names_of, plan_head, written

TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tTrần Văn Hòa"]
SO = dict(issuer="SỞ NỘI VỤ TỈNH NGHỆ AN", number="215/KH-SNV", place="Nghệ An",
          title="Hỗ trợ người lao động tại hợp tác xã năm 2026")
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ MƯỜNG LÈO", number="47/KH-UBND", place="Mường Lèo",
          title="Phát triển hợp tác xã, tổ hợp tác năm 2026")
HOI = dict(issuer="HỘI NÔNG DÂN TỈNH QUẢNG TRỊ", number="31/KH-HND", place="Quảng Trị",
           title="Hội viên nông dân tham gia tổ hợp tác, hợp tác xã năm 2026")


def _draft(tmp_path, doc, lines, suffix=".txt"):
    return written(tmp_path, "ke-hoach" + suffix, plan_head("ngày 14 tháng 9 năm 2026", **doc) + lines + TAIL)


@pytest.mark.parametrize("doc, titles, suffix", [
    (SO, ["PHÒNG VIỆC LÀM - AN TOÀN LAO ĐỘNG", "VĂN PHÒNG SỞ"], ".txt"),
    (XA, ["Phòng Kinh tế:", "Văn phòng HĐND và UBND xã:"], ".txt"),
    (XA, ["### Phòng Kinh tế", "### Văn phòng HĐND và UBND xã"], ".md"),
])
def test_a_body_named_as_a_title_leads_the_items_under_it(tmp_path, doc, titles, suffix):
    lines = [titles[0], "1) Rà soát người làm việc tại các hợp tác xã trên địa bàn; xong trước 30/10.",
             "2) Hướng dẫn hợp tác xã ký hợp đồng lao động với thành viên; trong quý IV.",
             titles[1], "3) Tổng hợp kết quả thực hiện Kế hoạch, báo cáo trước 15/12.",
             "4) Phòng Văn hóa - Xã hội chủ trì đưa tin về hợp tác xã điển hình; hằng tháng."]
    if suffix == ".md":
        lines = [x for line in lines for x in (line, "")]
    draft = _draft(tmp_path, doc, lines, suffix)
    first, office = (t.rstrip(":").lstrip("# ") for t in titles)
    if first.isupper():
        first, office = "Phòng Việc làm - an toàn lao động", "Văn phòng Sở"
    assert draft.lead("Rà soát người làm việc") == [first]
    assert draft.lead("Hướng dẫn hợp tác xã ký") == [first]
    assert draft.lead("Tổng hợp kết quả") == [office]
    assert draft.lead("Phòng Văn hóa - Xã hội chủ trì") == ["Phòng Văn hóa - Xã hội"]


@pytest.mark.parametrize("doc, title, other", [
    (SO, "PHÒNG VIỆC LÀM - AN TOÀN LAO ĐỘNG", "ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG"),
    (XA, "PHÒNG KINH TẾ", "NHIỆM VỤ CHUNG"),
])
def test_a_title_in_capitals_that_names_no_body_ends_the_run(tmp_path, doc, title, other):
    lines = [title, "1) Rà soát người làm việc tại các hợp tác xã trên địa bàn; xong trước 30/10.",
             other, "2) Hướng dẫn hợp tác xã ký hợp đồng lao động với thành viên; trong quý IV.",
             "3) Công an xã chủ trì kiểm tra an ninh tại các hợp tác xã; hằng quý."]
    draft = _draft(tmp_path, doc, lines)
    assert draft.lead("Rà soát người làm việc") != []
    assert draft.lead("Hướng dẫn hợp tác xã ký") == []


@pytest.mark.parametrize("doc, heads, tab", [
    (HOI, ["Ban Kinh tế - Xã hội:", "Văn phòng Hội:", "Hội Nông dân các xã:"], "\t"),
    (XA, ["Phòng Kinh tế:", "Trung tâm Dịch vụ tổng hợp xã:", "Công an xã:"], " "),
])
def test_a_list_numbered_again_under_a_title_with_its_colon_is_the_titles(tmp_path, doc, heads, tab):
    lines = [f"1. {heads[0]}", f"1.{tab}Khảo sát nhu cầu liên kết của các hộ trồng lúa; xong trong tháng 10/2026.",
             f"2.{tab}Phối hợp với Liên minh Hợp tác xã tỉnh mở 02 lớp tập huấn về hợp tác xã; trong quý IV/2026.",
             f"3.{tab}Kết nối các tổ hợp tác với doanh nghiệp bao tiêu sản phẩm.",
             f"2. {heads[1]}", f"1.{tab}Bố trí kinh phí in tài liệu tuyên truyền; trước 30/11/2026.",
             f"2.{tab}Tổng hợp kết quả, báo cáo trước 15/12/2026.",
             f"3. {heads[2]}", f"1.{tab}Vận động thành lập ít nhất 01 tổ hợp tác mỗi thôn; trong năm 2026.",
             "4. Đề nghị Ngân hàng Chính sách xã hội tỉnh ưu tiên cho vay đối với tổ hợp tác mới thành lập."]
    draft = _draft(tmp_path, doc, lines)
    names = [h.rstrip(":") for h in heads]
    assert draft.lead("Khảo sát nhu cầu") == [names[0]]
    assert draft.lead("Phối hợp với Liên minh") == [names[0]]
    assert draft.coop("Phối hợp với Liên minh") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Kết nối các tổ hợp tác") == [names[0]]
    assert draft.lead("Bố trí kinh phí") == [names[1]]
    assert draft.lead("Tổng hợp kết quả") == [names[1]]
    assert draft.lead("Vận động thành lập") == [names[2]]
    assert draft.lead("Đề nghị Ngân hàng") == ["Ngân hàng Chính sách xã hội tỉnh"]


@pytest.mark.parametrize("doc, header, rows, roles", [
    (SO, "| Thời gian | Nội dung |", [
        "| Tháng 10/2026 | • Ban hành hướng dẫn hồ sơ hỗ trợ người lao động, trình UBND tỉnh phê duyệt (Sở Nội vụ chủ trì; "
        "Sở Tài chính, Sở Tư pháp phối hợp)<br>• Đăng hướng dẫn lên Cổng thông tin điện tử tỉnh (Văn phòng UBND tỉnh "
        "thực hiện) |",
        "| Quý I/2027 | • Kiểm tra việc đóng bảo hiểm tại một số hợp tác xã (Thanh tra tỉnh chủ trì; Bảo hiểm xã hội tỉnh "
        "phối hợp) |"],
     ("Sở Nội vụ", ["Sở Tài chính", "Sở Tư pháp"], "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Bảo hiểm xã hội tỉnh")),
    (XA, "| Tháng | Việc cần làm |", [
        "| Tháng 10/2026 | - Ban hành hướng dẫn hồ sơ hỗ trợ hợp tác xã, trình UBND tỉnh phê duyệt (Phòng Kinh tế chủ "
        "trì; Hội Nông dân xã, Đoàn Thanh niên xã phối hợp)<br>- Đăng hướng dẫn lên trang thông tin điện tử của xã "
        "(Văn phòng HĐND và UBND xã thực hiện) |",
        "| Quý I/2027 | - Kiểm tra việc đóng bảo hiểm tại một số hợp tác xã (Công an xã chủ trì; Phòng Văn hóa - Xã hội "
        "phối hợp) |"],
     ("Phòng Kinh tế", ["Hội Nông dân xã", "Đoàn Thanh niên xã"], "Văn phòng HĐND và UBND xã", "Công an xã",
      "Phòng Văn hóa - Xã hội")),
])
def test_the_doers_in_brackets_after_each_item_of_a_task_cell(tmp_path, doc, header, rows, roles):
    draft = _draft(tmp_path, doc, ["", header, "|---|---|", *rows, ""], ".md")
    lead, coops, office, checker, helper = roles
    assert named_as(draft.lead("Ban hành hướng dẫn hồ sơ"), [lead])
    assert named_as(draft.coop("Ban hành hướng dẫn hồ sơ"), coops)
    assert named_as(draft.lead("Đăng hướng dẫn lên"), [office])
    assert named_as(draft.lead("Kiểm tra việc đóng bảo hiểm"), [checker])
    assert named_as(draft.coop("Kiểm tra việc đóng bảo hiểm"), [helper])



@pytest.mark.parametrize("doc, items, expected", [
    (HOI, ["1. Tổng hợp nhu cầu vật tư của các tổ hợp tác để mua chung / Ban Kinh tế chủ trì, các chi hội gửi số liệu / "
           "trước 05/10",
           "2. Làm việc với Điện lực tỉnh về lịch cấp điện cho vùng nuôi / Văn phòng Hội; Hội Nông dân xã A, Hội Nông dân "
           "xã B cùng tham gia / trước 15/10",
           "3. Hướng dẫn hội viên ghi chép sổ sách của tổ hợp tác / Ban Kinh tế, Trung tâm Khuyến nông tỉnh phối hợp / "
           "hằng tháng",
           "4. Tuyển người làm thời vụ cho mùa thu hoạch / Tổ kỹ thuật /"],
     {"Tổng hợp nhu cầu": ("Ban Kinh tế", []),
      "Làm việc với Điện lực": ("Văn phòng Hội", ["Hội Nông dân xã A", "Hội Nông dân xã B"]),
      "Hướng dẫn hội viên": ("Ban Kinh tế", ["Trung tâm Khuyến nông tỉnh"]),
      "Tuyển người làm": ("Tổ kỹ thuật", [])}),
    (XA, ["1. Rà soát diện tích chè của các hợp tác xã / Phòng Kinh tế / trước 30/9",
          "2. Kiểm tra các điểm thu mua chè tự phát / Công an xã chủ trì, Phòng Kinh tế / suốt vụ",
          "3. Đưa tin giá chè trên loa truyền thanh / Phòng Văn hóa - Xã hội, Đoàn Thanh niên xã / thứ Sáu hằng tuần"],
     {"Rà soát diện tích": ("Phòng Kinh tế", []),
      "Kiểm tra các điểm": ("Công an xã", ["Phòng Kinh tế"]),
      "Đưa tin giá chè": ("Phòng Văn hóa - Xã hội", ["Đoàn Thanh niên xã"])}),
])
def test_an_item_typed_work_doers_time_apart_by_slashes(tmp_path, doc, items, expected):
    draft = _draft(tmp_path, doc, items)
    for start, (lead, coops) in expected.items():
        assert draft.lead(start) == [lead], start
        assert sorted(draft.coop(start)) == sorted(coops), start


@pytest.mark.parametrize("doc, items, expected", [
    (XA, ["- (Phòng Kinh tế) Rà soát diện tích chè của các hợp tác xã; cùng Trưởng các thôn. Xong trước 15/8.",
          "- (Công an xã) Kiểm tra các điểm thu mua chè tự phát; xử lý cân gian lận. Suốt vụ.",
          "- (Hội Nông dân xã) Vận động các hộ lẻ vào tổ hợp tác chè của thôn; cùng Ban Công tác Mặt trận các thôn."],
     {"Rà soát diện tích": ("Phòng Kinh tế", ["Trưởng các thôn"]), "Kiểm tra các điểm": ("Công an xã", []),
      "Vận động các hộ": ("Hội Nông dân xã", ["Ban Công tác Mặt trận các thôn"])}),
    (SO, ["1. (Phòng Việc làm - An toàn lao động chủ trì, Trung tâm Dịch vụ việc làm phối hợp) Tổ chức phiên giao dịch "
          "việc làm cho hợp tác xã; tháng 10/2026.",
          "2. (Văn phòng Sở) Đăng tin về chính sách hỗ trợ trên trang thông tin điện tử của Sở; hằng tháng."],
     {"Tổ chức phiên giao dịch": ("Phòng Việc làm - An toàn lao động", ["Trung tâm Dịch vụ việc làm"]),
      "Đăng tin về chính sách": ("Văn phòng Sở", [])}),
])
def test_the_doers_in_brackets_before_the_work(tmp_path, doc, items, expected):
    draft = _draft(tmp_path, doc, items)
    for start, (lead, coops) in expected.items():
        task = next(t for t in draft.tasks if start in t["text"])
        assert [draft.names[a] for a in task["lead"]] == [lead], start
        assert sorted(draft.names[a] for a in task.get("cooperating", [])) == sorted(coops), start


@pytest.mark.parametrize("text, name", [
    ("Bảo hiểm xã hội tỉnh phối hợp với Hội Nông dân xã tổ chức hội nghị", "Bảo hiểm xã hội tỉnh"),
    ("Đề nghị Bảo hiểm xã hội khu vực XII hướng dẫn hợp tác xã đóng bảo hiểm", "Bảo hiểm xã hội khu vực XII"),
    ("Bảo hiểm xã hội Việt Nam hướng dẫn", "Bảo hiểm xã hội Việt Nam"),
])
def test_the_social_security_agency_is_a_body(text, name):
    assert name in names_of(text)
