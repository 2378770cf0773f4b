"""kehoach import: times written as codes of a key, times that tag an item before its doer, months typed short, an
item's fields drawn with an arrow, bodies asked in the passive, partners in a sentence of their own (issue 11).

- "… (mốc M1)." and, elsewhere, a key "M1 - trước ngày 31/10/2026", "Mốc thời gian: GĐ1 là tháng 10/2026; …": the
  task is due by the time its code stands for, said in review; the key and the note that points to it are no task.
- "[T9] phòng Kinh tế rà soát …", "(Quý IV/2026) Sở Công Thương tổ chức …": the item's time, then its doer.
- "T9", "T9-T10", "T11 - T12": months as schedules type them, without their year.
- "a) Đo đạc …" / "→ Thực hiện: X | Cùng: Y | Xong: trước 30/11/2026": the item's fields; "Xong:" its time.
- "Các hợp tác xã nông nghiệp được đề nghị cử …", "… được yêu cầu …": the bodies before it lead, without it.
- A time cell "Mỗi đợt", "Từng đợt lấy máu": recurring.
- "… . Liên minh Hợp tác xã tỉnh phối hợp mời học viên.": partners of the item, no task of their own.
- "…, tháng 01/2027 (giao: Trạm KN; p/h: …).": the time before the doers' bracket is the item's.
- "cán bộ nông nghiệp xã", "Cán bộ địa chính xã": a commune's officer, as "công chức …" is.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import gives_no_task, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VP.\tNguyễn Văn Thành"]
HOI = dict(issuer="HỘI LÀM VƯỜN TỈNH ĐỒNG THÁP", number="31/KH-HLV", place="Đồng Tháp",
           title="Hỗ trợ các hợp tác xã trồng cây ăn trái mùa khô 2026 - 2027")
ITEMS = [
    "1. Ban Kỹ thuật khảo sát vườn của 12 hợp tác xã, lập danh sách vườn cần cải tạo ({first}).",
    "2. Văn phòng Hội mở 02 lớp tập huấn ghi nhật ký canh tác cho tổ trưởng các hợp tác xã ({second}).",
    "3. Ban Kỹ thuật cùng Trung tâm Khuyến nông tỉnh kiểm tra các vườn đã cải tạo, góp ý cho từng hợp tác xã ({third}).",
]


@pytest.mark.parametrize("codes, key, key_first", [
    # the key in a section of its own after the items, its lines run together when a PDF's text loses their ends
    (("mốc M1", "mốc M2", "mốc M3"),
     ["IV. MỐC THỜI GIAN", "M1 - trước ngày 31/10/2026", "M2 - trong tháng 11/2026", "M3 - quý I/2027",
      "Các ban và Văn phòng Hội chủ động triển khai theo Kế hoạch./."], False),
    # … or in a note before them, one sentence
    (("GĐ1", "GĐ2", "GĐ3"),
     ["Mốc thời gian: GĐ1 là trước ngày 31/10/2026; GĐ2 là trong tháng 11/2026; GĐ3 là quý I/2027."], True),
])
def test_times_written_as_codes_of_a_key(tmp_path, codes, key, key_first):
    items = [item.format(first=codes[0], second=codes[1], third=codes[2]) for item in ITEMS]
    note = "Thời gian của từng việc ghi bằng mã (xem bảng mã thời gian)."
    lines = plan_head("ngày 06 tháng 10 năm 2026", **HOI) + (
        [note, *key, *items] if key_first else [note, *items, *key]) + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3  # neither the key nor the note is a task
    assert draft["Ban Kỹ thuật khảo sát"]["deadline"]["before"] == "2026-10-31"
    assert (draft["Văn phòng Hội"]["deadline"]["year"], draft["Văn phòng Hội"]["deadline"]["month"]) == (2026, 11)
    assert draft["Ban Kỹ thuật cùng"]["deadline"]["quarters"] == [1]
    assert draft["Ban Kỹ thuật cùng"]["deadline"]["year"] == 2027
    assert any("bảng mã thời gian" in note for note in draft["Văn phòng Hội"].get("review", []))


def test_a_code_no_key_defines_dates_nothing(tmp_path):
    items = [item.format(first="mốc M1", second="mốc M2", third="mốc M3") for item in ITEMS]
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 06 tháng 10 năm 2026", **HOI) + items + TAIL)
    assert {draft[p]["deadline"]["kind"] for p in ("Ban Kỹ thuật khảo sát", "Văn phòng Hội")} == {"unspecified"}


COMMUNE = dict(issuer="ỦY BAN NHÂN DÂN XÃ PHƯỚC LONG", number="91/KH-UBND", place="Phước Long",
               title="Củng cố tổ hợp tác trồng xoài mùa xoài cuối năm 2026 - đầu năm 2027")


@pytest.mark.parametrize("tags", [
    ("[T9]", "[T10-T11]", "[Q4]", "[trước 15/10]"),
    ("(Tháng 9)", "(Tháng 10 - 11)", "(Quý IV)", "(Trước ngày 15/10)"),
])
def test_a_time_that_tags_an_item_before_its_doer(tmp_path, tags):
    lines = plan_head("ngày 21 tháng 8 năm 2026", **COMMUNE) + [
        "II. NHIỆM VỤ CỤ THỂ",
        f"1) {tags[0]} phòng Kinh tế rà soát 07 tổ hợp tác hiện có; phối hợp Ban Nhân dân các ấp.",
        f"2) {tags[1]} Hội Nông dân xã vận động hộ trồng xoài ở ấp Long Hòa vào tổ hợp tác mới.",
        f"3) {tags[2]} Trung tâm Dịch vụ nông nghiệp xã tập huấn ghi nhật ký canh tác cho tổ trưởng.",
        f"4) {tags[3]} HTX Nông nghiệp Phước Long ký hợp đồng bao tiêu với từng tổ hợp tác."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    economy, farmers, centre, coop = (f"{tag} {doer}" for tag, doer in zip(tags, ("phòng", "Hội", "Trung", "HTX")))
    assert draft.lead(economy) == ["phòng Kinh tế"]
    assert draft.lead(farmers) == ["Hội Nông dân xã"]
    assert draft.lead(centre) == ["Trung tâm Dịch vụ nông nghiệp xã"]
    assert draft.lead(coop) == ["HTX Nông nghiệp Phước Long"]
    assert (draft[economy]["deadline"]["year"], draft[economy]["deadline"]["month"]) == (2026, 9)
    assert draft[farmers]["deadline"]["month"] == 11
    assert draft[centre]["deadline"]["quarters"] == [4]
    assert draft[coop]["deadline"]["before"] == "2026-10-15"


@pytest.mark.parametrize("printed, month", [("T9", 9), ("T9-T10", 10), ("T11 - T12", 12), ("t3", 3)])
def test_months_typed_short_without_their_year(printed, month):
    from generator.importer.fields import deadline

    found = deadline(printed, cell=True, year=2026)
    assert (found.kind, found.year, found.month) == ("month", 2026, month)
    assert deadline(printed, cell=True, signed=dt.date(2026, 11, 5)).year == (2026 if month >= 11 else 2027)


COMPANY = dict(issuer="CÔNG TY CỔ PHẦN KHOÁNG SẢN BÌNH AN", number="118/KH-KSBA", place="Bình An",
               title="Bàn giao đất đã hoàn thổ cho các hợp tác xã năm 2026 - 2027")


@pytest.mark.parametrize("first, second", [
    ("→ Thực hiện: Phòng Kỹ thuật - Môi trường | Cùng: UBND xã Hồng Phong | Xong: trước 30/11/2026",
     "→ Thực hiện: Xưởng Cơ điện | Cùng: — | Xong: tháng 01/2027"),
    ("⇒ Chủ trì: Phòng Kỹ thuật - Môi trường; phối hợp: UBND xã Hồng Phong; thời hạn: trước 30/11/2026",
     "=> Thực hiện: Xưởng Cơ điện. Xong: tháng 01/2027"),
])
def test_an_items_fields_drawn_with_an_arrow(tmp_path, first, second):
    lines = plan_head("ngày 05 tháng 11 năm 2026", **COMPANY) + [
        "II. NỘI DUNG THEO TỪNG KHU", "1. Khu HT-1",
        "a) Đo đạc, cắm mốc ranh giới khu HT-1, lập biên bản hiện trạng giao cho hợp tác xã.", first,
        "b) Khoan 02 giếng, lắp đường ống chính cho 10 ha đầu tiên.", second] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2
    assert draft.lead("Đo đạc") == ["Phòng Kỹ thuật - Môi trường"]
    assert draft.coop("Đo đạc") == ["UBND xã Hồng Phong"]
    assert draft["Đo đạc"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("Khoan") == ["Xưởng Cơ điện"]
    assert draft.coop("Khoan") == []
    assert (draft["Khoan"]["deadline"]["year"], draft["Khoan"]["deadline"]["month"]) == (2027, 1)


@pytest.mark.parametrize("fields_line", [
    "Thực hiện: Xưởng Cơ điện | Cùng: HTX Nông nghiệp Hồng Lâm | Xong: tháng 01/2027",
    "- Phụ trách: Xưởng Cơ điện · Xong: 31/01/2027 · Phối hợp: HTX Nông nghiệp Hồng Lâm",
])
def test_done_by_as_a_time_label(tmp_path, fields_line):
    lines = plan_head("ngày 05 tháng 11 năm 2026", **COMPANY) + [
        "II. NỘI DUNG", "1. Khoan 02 giếng, lắp đường ống chính cho 10 ha đầu tiên.", fields_line] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Khoan") == ["Xưởng Cơ điện"]
    assert draft.coop("Khoan") == ["HTX Nông nghiệp Hồng Lâm"]
    assert draft["Khoan"]["deadline"]["kind"] in ("month", "before")
    assert draft["Khoan"]["deadline"].get("month") == 1 or draft["Khoan"]["deadline"].get("before") == "2027-01-31"


@pytest.mark.parametrize("text, leads", [
    ("Ủy ban MTTQ Việt Nam xã, các đoàn thể được đề nghị vận động hội viên vào tổ hợp tác, bán hàng qua HTX.",
     ["Ủy ban MTTQ Việt Nam xã"]),  # ("các đoàn thể" names no body)
    ("Các hợp tác xã nông nghiệp được đề nghị cử cán bộ dự tập huấn ghi nhật ký canh tác.", ["Các hợp tác xã nông nghiệp"]),
    ("Các tổ chức tín dụng trên địa bàn được yêu cầu công khai lãi suất cho vay hợp tác xã.",
     ["Các tổ chức tín dụng trên địa bàn"]),
])
def test_bodies_asked_in_the_passive(tmp_path, text, leads):
    lines = plan_head("ngày 21 tháng 8 năm 2026", **COMMUNE) + ["III. TỔ CHỨC THỰC HIỆN", text] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(text[:12]) == leads


@pytest.mark.parametrize("text", [
    "Thời gian của từng việc ghi bằng mã mốc (M1 đến M6); ngày cụ thể của mỗi mốc xem tại mục IV.",
    "Thời hạn các nhiệm vụ được ghi theo ký hiệu giai đoạn, giải thích ở cuối Kế hoạch.",
])
def test_a_note_that_times_are_codes_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("cell", ["Mỗi đợt", "Từng đợt lấy máu"])
def test_each_round_as_a_time_cell_is_recurring(cell):
    from generator.importer.fields import deadline

    assert deadline(cell, cell=True, year=2026).kind == "ongoing"


@pytest.mark.parametrize("partners, names", [
    ("Liên minh Hợp tác xã tỉnh phối hợp mời học viên.", ["Liên minh Hợp tác xã tỉnh"]),
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh phối hợp vận động hội viên dự.",
     ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"]),
])
def test_a_later_sentence_of_partners_alone_is_no_task_of_its_own(tmp_path, partners, names):
    lines = plan_head("ngày 21 tháng 8 năm 2026", **HOI) + [
        "2. Phòng Việc làm - An toàn lao động tổ chức 05 hội nghị tập huấn theo cụm xã, phường cho chủ tịch hội đồng "
        f"quản trị, giám đốc và kế toán hợp tác xã, thực hiện trong tháng 4 và tháng 5/2027. {partners}",
        "3. Sở Tài chính hướng dẫn các hợp tác xã lập báo cáo tài chính năm 2026 trong quý I/2027. Sở Tài chính phối "
        "hợp với Ngân hàng Nhà nước chi nhánh tỉnh tổ chức hội nghị kết nối tín dụng cho hợp tác xã."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3  # (a body that works with another is a doer of its own)
    assert draft.lead("Phòng Việc làm") == ["Phòng Việc làm - An toàn lao động"]
    assert draft.coop("Phòng Việc làm") == names


@pytest.mark.parametrize("item, due", [
    ("- Mở 02 lớp tập huấn chăm sóc lúa cấy máy cho hộ đăng ký, tháng 01/2027 (giao: Trạm KN; p/h: HTX, Hội Nông dân "
     "xã).", {"kind": "month", "year": 2027, "month": 1}),
    ("- Mở 02 lớp tập huấn chăm sóc lúa cấy máy cho hộ đăng ký – quý II/2027 (Trạm KN chủ trì).",
     {"kind": "quarter", "year": 2027, "quarters": [2]}),
])
def test_a_time_clause_before_the_doers_bracket(tmp_path, item, due):
    lines = plan_head("ngày 21 tháng 8 năm 2026", **COMMUNE) + ["II. NHIỆM VỤ", item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Mở 02") == ["Trạm KN"]
    assert {k: v for k, v in draft["Mở 02"]["deadline"].items() if k in due} == due


@pytest.mark.parametrize("text, post", [
    ("- Theo dõi mật độ lúa sau cấy, báo cáo UBND xã 10 ngày một lần (giao: cán bộ nông nghiệp xã).",
     "cán bộ nông nghiệp xã"),
    ("- Cán bộ địa chính xã đo đạc lại ranh giới thửa đất giao cho hợp tác xã trong tháng 10/2026.",
     "Cán bộ địa chính xã"),
])
def test_a_communes_officer_by_his_field(tmp_path, text, post):
    lines = plan_head("ngày 21 tháng 8 năm 2026", **COMMUNE) + ["II. NHIỆM VỤ", text] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(text[2:14]) == [post]
