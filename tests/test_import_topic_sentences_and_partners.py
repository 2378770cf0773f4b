"""kehoach import: a Công văn's requests under run-in topics, two bodies' work in one paragraph, the doer named after
the work with the body it works with, bodies invited after a semicolon, a time phrase cut by a trigger's window, and
the issuer's contact point (issue 11).

- A Công văn without parts numbers its requests; one of them addressed to a body ("4. Đối với UBND các xã …:") is a
  request like the others, not a part of its own: every numbered request is drafted.
- A request that opens with a run-in topic ("1. Về rà soát, lộ trình:", "Về tín dụng:") and then gives work to two
  bodies in two sentences ("Phòng A lập danh sách …. Thanh tra Sở cùng với … kiểm tra …") is a task per sentence, each
  led by its own body.
- The doer named after the work, with the body it works with ("…; Trung tâm X phối hợp Trường Y tổ chức.", "…. Phòng
  Kinh tế phối hợp với Ngân hàng … thực hiện …"): the subject leads, the other cooperates.
- A body invited after a semicolon ("…; mời Liên minh HTX tỉnh cử báo cáo viên.") cooperates, as after a comma.
- A time phrase read whole where the window after an earlier trigger ends inside it ("…, do X thực hiện, phối hợp
  Hội Nông dân các xã, phường; thời gian: quý III và quý IV."): both quarters, not the first alone.
- The doers in a closing bracket given in lower case ("(Giao phòng Kinh tế chủ trì, Ban nhân dân các ấp phối hợp)",
  "(Đề nghị phòng Văn hóa - Xã hội chủ trì, …)"), a body asked or invited beside the lead there ("…; đề nghị Liên minh
  HTX tỉnh hỗ trợ)", "(Giao phòng Kinh tế; mời Liên minh HTX tỉnh cử cán bộ tư vấn)": it cooperates), a lead that advises its superior ("(Giao phòng Kinh tế tham mưu UBND xã)", "(… tham mưu cho Chủ tịch UBND
  xã)": the superior is no partner).
- The closing that tells the departments and the local governments (or the issuer's units under it) to get on with
  their parts, then where difficulties go ("Các sở, ngành và UBND các xã, phường chủ động triển khai …; vướng mắc … gửi
  Sở Tài chính …./.", "Các ban, đơn vị trực thuộc Liên minh tự bố trí người, lịch …; gặp khó khăn thì báo …./."): no
  task.
- Letters typed with a hyphen before items in lower case ("1- phòng Kinh tế xã:" / "a- hướng dẫn …" / "b- cùng HTX …"),
  as with a full stop, in a run: an item each, led by the body over them; a partner after "cùng" typed in lower case
  after its type ("Công an xã cùng phòng Văn hóa - Xã hội kiểm tra …", "Trưởng các ấp … cùng phòng Kinh tế xã nắm …"):
  the lead's name ends before it.
- The other bodies at large named as partners by their kinds ("phối hợp với các sở, ngành liên quan", "… và các cơ
  quan, đơn vị có liên quan") name no one in particular: no partner, nothing proposed.
- "xử lý" (handle) after a partner's name typed in lower case is the sentence's verb ("phối hợp với UBND các thôn xử
  lý …", "… với Ban quản lý các chợ xử lý …"), not a word of the name.
- A common noun shortened in brackets after a sentence that named a body ("… của Sở Tài chính, năm 2025 mới có 61% số
  hợp tác xã (HTX) …") is no short name of that body: "Liên minh HTX tỉnh" stays the Liên minh.
- A time cell that names Tết alone ("Tết Nguyên đán", "Dịp Tết Nguyên đán Đinh Mùi") under a "Xong trước" column: before
  the next Tết's first day, as "trước Tết" is.
- The issuer's contact point with a number ("Đầu mối của Sở: Phòng …, điện thoại …", "Cán bộ đầu mối: bà …, ĐT …")
  is a contact line, no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, with_table, written, written_as
from generator.importer.fields import deadline

CONG_VAN = ["UBND TỈNH {province_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
            "Số: {number}\t{place}, ngày 12 tháng 8 năm 2026", "V/v {subject}", "",
            "Kính gửi:", "- {first};", "- {second};", "- UBND các xã, phường.", "",
            "{context} Sở đề nghị các cơ quan, đơn vị triển khai những việc sau:", ""]
FOOT = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.", "\tNguyễn Văn Khải"]

LETTERS = [
    dict(province_caps="HÀ TĨNH", issuer="SỞ XÂY DỰNG", number="3012/SXD-VLXD", place="Hà Tĩnh",
         subject="chuyển đổi lò gạch thủ công của các hợp tác xã", first="Công an tỉnh", second="Liên minh Hợp tác xã tỉnh",
         context="Trên địa bàn tỉnh còn 30 lò gạch thủ công, 18 lò do hợp tác xã quản lý.",
         requests=["1. Về rà soát, lộ trình: Phòng Vật liệu lập danh sách các lò gạch của hợp tác xã, trình "
                   "Giám đốc Sở trước ngày 15/9/2026. Thanh tra Sở cùng với UBND các xã kiểm tra các lò còn đốt bằng "
                   "củi trong quý IV/2026.",
                   "2. Về vốn vay: Đề nghị Liên minh Hợp tác xã tỉnh giúp từng hợp tác xã làm hồ sơ vay vốn mua dây "
                   "chuyền, xong trong tháng 11/2026.",
                   "3. Đối với UBND các xã, phường: vận động các hợp tác xã ký cam kết dừng lò theo lộ trình; gửi kết "
                   "quả về Sở trước ngày 31/10/2026."],
         tasks=[("Về rà soát", "Phòng Vật liệu"), ("Thanh tra Sở", "Thanh tra Sở"),
                ("Về vốn vay", "Liên minh Hợp tác xã tỉnh"), ("Đối với UBND", "UBND các xã, phường")]),
    dict(province_caps="LÂM ĐỒNG", issuer="SỞ CÔNG THƯƠNG", number="1455/SCT-QLTM", place="Lâm Đồng",
         subject="đưa nông sản của các hợp tác xã vào chợ đầu mối", first="Sở Tài chính", second="Ban quản lý chợ Đà Lạt",
         context="Nhiều hợp tác xã rau, hoa còn bán qua thương lái, giá thấp.",
         requests=["1. Về điểm bán: Ban quản lý chợ Đà Lạt bố trí 12 sạp cho các hợp tác xã rau an toàn trong tháng "
                   "10/2026. Phòng Quản lý thương mại hướng dẫn các hợp tác xã niêm yết giá, thực hiện thường xuyên.",
                   "2. Đối với Sở Tài chính: cân đối kinh phí hỗ trợ thuê sạp năm đầu, trình UBND tỉnh trước ngày "
                   "30/9/2026.",
                   "3. Về xúc tiến: Trung tâm Xúc tiến thương mại đưa các hợp tác xã dự hội chợ nông sản tháng 12/2026."],
         tasks=[("Về điểm bán", "Ban quản lý chợ Đà Lạt"), ("Phòng Quản lý thương mại", "Phòng Quản lý thương mại"),
                ("Đối với Sở Tài chính", "Sở Tài chính tỉnh Lâm Đồng"), ("Về xúc tiến", "Trung tâm Xúc tiến thương mại")]),
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("letter", LETTERS, ids=lambda letter: letter["issuer"])
def test_a_cong_vans_requests_under_topics_each_sentence_a_task(tmp_path, letter, suffix):
    lines = [line.format(**letter) for line in CONG_VAN] + letter["requests"] + FOOT
    draft = written_as(tmp_path, "cong-van", suffix, lines)
    assert [t["text"][:len(start)] for t, (start, _) in zip(draft.tasks, letter["tasks"])] \
        == [start for start, _ in letter["tasks"]]
    assert len(draft.tasks) == len(letter["tasks"])
    for start, lead in letter["tasks"]:
        assert draft.lead(start) == [lead]


TAIL = ["", "Nơi nhận:\tT/M BAN THƯỜNG VỤ", "- Lưu: VP.\tPHÓ CHỦ TỊCH", "\tĐinh Thị Hằng"]
PLANS = [dict(issuer="HỘI NÔNG DÂN TỈNH PHÚ THỌ", number="98-KH/HNDT", place="Phú Thọ",
              title="Giúp hội viên tham gia hợp tác xã năm 2026"),
         dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN LẬP", number="77/KH-UBND", place="Tân Lập",
              title="Hỗ trợ các hợp tác xã nông nghiệp năm 2026")]


@pytest.mark.parametrize("item, lead, partner", [
    ("1. Mở 02 lớp bồi dưỡng kế toán cho cán bộ quản lý THT, HTX mới thành lập sau vụ mùa (tháng 10); Trung tâm Hỗ "
     "trợ nông dân tỉnh phối hợp Trường Cao đẳng Nông nghiệp tỉnh tổ chức.",
     "Trung tâm Hỗ trợ nông dân tỉnh", "Trường Cao đẳng Nông nghiệp tỉnh"),
    ("1. Khảo sát nhu cầu vốn của các hợp tác xã mới thành lập, lập danh sách đề nghị cho vay; Phòng Kinh tế phối hợp "
     "Ngân hàng Chính sách xã hội tỉnh thực hiện trong quý IV/2026.", "Phòng Kinh tế", "Ngân hàng Chính sách xã hội tỉnh")])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_doer_after_the_work_with_the_body_it_works_with(tmp_path, item, lead, partner, suffix):
    lines = plan_head(**PLANS[0]) + [item] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.tasks) == 1
    assert draft.lead(item[3:10]) == [lead]
    assert draft.coop(item[3:10]) == [partner]


@pytest.mark.parametrize("item, lead, partner", [
    ("1. Tổ chức 06 hội nghị phổ biến Luật Hợp tác xã cho cán bộ Hội cơ sở. Ban Kinh tế - Xã hội tham mưu, chủ trì; "
     "mời Liên minh HTX tỉnh cử báo cáo viên. Xong trong tháng 8.", "Ban Kinh tế - Xã hội", "Liên minh HTX tỉnh"),
    ("1. Phòng Văn hóa - Xã hội mở lớp tập huấn kỹ năng phục vụ khách cho chủ ghe du lịch; mời Sở Văn hóa, Thể thao và "
     "Du lịch hỗ trợ giảng viên (tháng 10/2026).", "Phòng Văn hóa - Xã hội", "Sở Văn hóa, Thể thao và Du lịch")])
def test_a_body_invited_after_a_semicolon_cooperates(tmp_path, item, lead, partner):
    draft = written_as(tmp_path, "ke-hoach", ".txt", plan_head(**PLANS[1]) + [item] + TAIL)
    assert draft.lead(item[3:10]) == [lead]
    assert draft.coop(item[3:10]) == [partner]


@pytest.mark.parametrize("text, quarters", [
    ("Hướng dẫn thủ tục thành lập mới HTX, THT từ các tổ hội nghề nghiệp, do Trung tâm Hỗ trợ nông dân tỉnh thực hiện, "
     "phối hợp Hội Nông dân các xã, phường; thời gian: quý III và quý IV.", [3, 4]),
    ("Rà soát các tổ hợp tác đủ điều kiện lên hợp tác xã, do Phòng Kinh tế thực hiện, phối hợp Mặt trận Tổ quốc các xã; "
     "thời gian: quý II và quý III.", [2, 3])])
def test_a_time_phrase_is_read_whole_where_a_triggers_window_cuts_it(text, quarters):
    found = deadline(text, year=2026)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2026, quarters)


@pytest.mark.parametrize("text, contact", [
    ("Đầu mối của Sở: Phòng Quản lý vật liệu xây dựng, điện thoại 0239.3856.214; đơn vị nào có khó khăn xin trao đổi "
     "trực tiếp để Sở cùng tháo gỡ./.", True),
    ("Cán bộ đầu mối: bà Lê Thị Hoa, chuyên viên Phòng Kinh tế, ĐT 0912.345.678.", True),
    ("Phòng Kinh tế làm đầu mối, tổng hợp nhu cầu vốn của các hợp tác xã, gửi Sở Tài chính trước 30/10/2026.", False)])
def test_the_issuers_contact_point_is_a_contact_line(text, contact):
    assert gives_no_task(text) is contact


@pytest.mark.parametrize("cell", ["Tết Nguyên đán", "Dịp Tết Nguyên đán Đinh Mùi"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_time_cell_that_names_tet_alone_is_before_tet(tmp_path, cell, suffix):
    before = plan_head(**PLANS[1])
    rows = [["1", "Bố trí 06 điểm bán rau an toàn của các hợp tác xã tại chợ xã", "Ban Quản lý chợ xã", cell],
            ["2", "Kiểm tra nguồn gốc rau, thịt bán tại các điểm của hợp tác xã", "Trạm Y tế xã", "30/11/2026"]]
    lines = with_table(before, ["TT", "Nội dung", "Chủ trì", "Xong trước"], rows, TAIL, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft["Bố trí"]["deadline"]["kind"] == "before"
    assert draft["Bố trí"]["deadline"]["before"] == "2027-02-06"  # Tết Đinh Mùi, the first after the signing
    assert draft.notes("Tết") or any("Tết" in r for r in draft["Bố trí"].get("review", []))
    assert draft["Kiểm tra"]["deadline"]["before"] == "2026-11-30"


COMMUNE = dict(issuer="ỦY BAN NHÂN DÂN XÃ HÒA AN", number="152/KH-UBND", place="Hòa An",
               title="Tổ chức lại sản xuất lúa theo tổ hợp tác, hợp tác xã năm 2026")


@pytest.mark.parametrize("item, lead, partners", [
    ("1/ Rà soát hiện trạng các tổ hợp tác lúa, lập danh sách tổ không còn hoạt động. Xong trước 15/9/2026. (Giao phòng "
     "Kinh tế chủ trì, Ban nhân dân các ấp phối hợp)", "phòng Kinh tế", ["Ban nhân dân các ấp"]),
    ("1/ Tuyên truyền, vận động hộ trồng lúa vào tổ hợp tác. Tháng 10/2026. (Đề nghị phòng Văn hóa - Xã hội chủ trì, "
     "Hội Nông dân xã phối hợp)", "phòng Văn hóa - Xã hội", ["Hội Nông dân xã"]),
    ("1/ Mời doanh nghiệp về ký hợp đồng bao tiêu lúa với các tổ hợp tác. Xong trước 30/9/2026. (Giao phòng Kinh tế chủ "
     "trì; đề nghị Liên minh HTX tỉnh hỗ trợ)", "phòng Kinh tế", ["Liên minh HTX tỉnh"]),
    ("1/ Hướng dẫn tổ hợp tác ấp Phú Hòa lập hồ sơ chuyển thành hợp tác xã. Trong quý IV/2026. (Giao phòng Kinh tế; mời "
     "Liên minh HTX tỉnh cử cán bộ tư vấn)", "phòng Kinh tế", ["Liên minh HTX tỉnh"]),
    ("1/ Sơ kết vụ lúa, đề xuất khen thưởng tổ hợp tác làm tốt. Tháng 02/2027. (Giao phòng Kinh tế tham mưu UBND xã)",
     "phòng Kinh tế", []),
    ("1/ Tổng kết việc thực hiện Kế hoạch, đề xuất nhiệm vụ năm sau. Tháng 12/2026. (Văn phòng HĐND và UBND xã tham mưu "
     "cho Chủ tịch UBND xã)", "Văn phòng HĐND và UBND xã", [])])
def test_the_doers_in_a_closing_bracket_given_asked_or_advising(tmp_path, item, lead, partners):
    lines = plan_head(**COMMUNE) + [item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 1
    task = draft.tasks[0]["text"][:12]
    assert draft.lead(task) == [lead]
    assert draft.coop(task) == partners



@pytest.mark.parametrize("text, closing", [
    ("Các sở, ngành và UBND các xã, phường chủ động triển khai theo nhiệm vụ được giao; vướng mắc vượt thẩm quyền gửi Sở "
     "Tài chính tổng hợp, trình UBND tỉnh./.", True),
    ("Các sở, ban, ngành, UBND các xã, phường thực hiện đúng phần việc được giao; có vướng mắc báo về Sở Tài chính để tổng "
     "hợp, trình UBND tỉnh./.", True),
    ("Các ban, đơn vị trực thuộc Liên minh tự bố trí người, lịch để làm phần việc của mình; gặp khó khăn thì báo Thường "
     "trực Liên minh./.", True),
    ("Các phòng, đơn vị trực thuộc Trung tâm tự sắp xếp người, phương tiện để làm việc của mình; gặp khó khăn thì báo Ban "
     "Giám đốc./.", True),
    ("Các sở, ngành rà soát danh sách hợp tác xã trên địa bàn, gửi Sở Tài chính trước ngày 30/6/2026./.", False)])
def test_the_doers_told_to_get_on_then_where_difficulties_go_is_a_closing(text, closing):
    assert gives_no_task(text) is closing


@pytest.mark.parametrize("letters", [("a-", "b-"), ("a.", "b.")])
@pytest.mark.parametrize("doer", ["phòng Kinh tế xã", "Phòng Văn hóa - Xã hội"])
def test_lower_case_lettered_items_under_a_body_typed_with_a_hyphen(tmp_path, letters, doer):
    lines = plan_head(**COMMUNE) + [
        f"1- {doer}:",
        f"{letters[0]} hướng dẫn 04 tổ hợp tác hoàn thiện hồ sơ đề nghị cấp mã số vùng trồng, xong trước 30/10.",
        f"{letters[1]} cùng HTX Nông nghiệp Hòa An rà soát các thửa ruộng đủ điều kiện chứng nhận VietGAP, xong trong "
        "tháng 11.",
        "2- Công an xã cùng phòng Văn hóa - Xã hội kiểm tra các điểm thu mua lúa, xử lý việc ép giá trong mùa thu hoạch.",
        "3- Trưởng các ấp Phú Hòa, Phú Lợi cùng phòng Kinh tế xã nắm số hộ chưa vào tổ hợp tác, báo cáo UBND xã trước "
        "15/11."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t["text"][:10] for t in draft.tasks] == ["hướng dẫn ", "cùng HTX N", "Công an xã", "Trưởng các"]
    assert draft.lead("hướng dẫn") == draft.lead("cùng HTX") == [doer]
    assert draft.coop("cùng HTX") == ["HTX Nông nghiệp Hòa An"]
    assert draft.lead("Công an xã") == ["Công an xã"]
    assert [name.lower() for name in draft.coop("Công an xã")] == ["phòng văn hóa - xã hội"]  # as first printed
    assert draft.lead("Trưởng các") == ["Trưởng các ấp Phú Hòa, Phú Lợi"]
    assert draft.coop("Trưởng các") == ["phòng Kinh tế xã"]


@pytest.mark.parametrize("lines, partners", [
    (["1. Tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn chi sự nghiệp kinh tế.", "- Cơ quan chủ trì: Sở Tài chính.",
      "- Cơ quan phối hợp: Các sở, ngành liên quan.", "- Thời gian hoàn thành: quý IV/2026."], []),
    (["1. Hướng dẫn hợp tác xã lập hồ sơ vay vốn ưu đãi.", "- Cơ quan chủ trì: Sở Tài chính.",
      "- Cơ quan phối hợp: Liên minh Hợp tác xã tỉnh, các cơ quan, đơn vị có liên quan.", "- Thời gian hoàn thành: năm 2026."],
     ["Liên minh Hợp tác xã tỉnh"])])
def test_the_other_bodies_at_large_are_no_partner(tmp_path, lines, partners):
    draft = written(tmp_path, "ke-hoach.txt", plan_head(**COMMUNE) + lines + TAIL)
    assert draft.coop(lines[0][3:12]) == partners
    assert not any("liên quan" in a["name"] for a in draft.draft.registry.get("agencies", []))


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_other_bodies_at_large_in_a_partner_cell_are_no_partner(tmp_path, suffix):
    rows = [["1", "Rà soát hợp tác xã ngừng hoạt động", "Sở Tài chính", "Các sở, ban ngành", "Quý IV/2026"],
            ["2", "Kết nối tiêu thụ nông sản của hợp tác xã", "Sở Công Thương", "Các sở, ngành, địa phương", "Năm 2026"]]
    lines = with_table(plan_head(**COMMUNE), ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
                       rows, TAIL, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.coop("Rà soát") == draft.coop("Kết nối") == []


@pytest.mark.parametrize("item, lead, partner", [
    ("1. Công an xã phối hợp với UBND các thôn xử lý các trường hợp vận chuyển đất trái phép, khi có phản ánh.",
     "Công an xã", "UBND các thôn"),
    ("1. Phòng Kinh tế phối hợp với Ban quản lý các chợ xử lý các trường hợp bán nông sản giả nhãn hợp tác xã; thực hiện "
     "trong tháng 12/2026.", "Phòng Kinh tế", "Ban quản lý các chợ")])
def test_a_partners_name_ends_before_xu_ly(tmp_path, item, lead, partner):
    """ "xử lý" (handle) is the sentence's verb after a partner's name typed in lower case, not a word of it."""
    draft = written(tmp_path, "ke-hoach.txt", plan_head(**COMMUNE) + [item] + TAIL)
    assert draft.lead(item[3:12]) == [lead]
    assert draft.coop(item[3:12]) == [partner]


@pytest.mark.parametrize("opening, item, lead, partners", [
    ("Qua tổng hợp của Sở Tài chính, năm 2025 mới có 61% số hợp tác xã (HTX) trên địa bàn tỉnh gửi báo cáo đúng hạn.",
     "1. Đề nghị Liên minh HTX tỉnh cử cán bộ hỗ trợ các HTX quy mô nhỏ tổ chức Đại hội thành viên, trong quý I/2027.",
     "Liên minh HTX tỉnh", []),
    ("Theo Liên minh Hợp tác xã tỉnh, năm 2025 mới có 45 tổ hợp tác (THT) chuyển lên hợp tác xã.",
     "1. Hội Nông dân tỉnh chủ trì, cùng Ban quản lý dự án THT rau an toàn hướng dẫn các tổ lập hồ sơ chuyển lên hợp tác xã, "
     "trước 30/11/2026.",
     "Hội Nông dân tỉnh Phú Thọ", ["Ban quản lý dự án THT rau an toàn"])])
def test_a_common_noun_shortened_in_brackets_is_no_bodys_short_name(tmp_path, opening, item, lead, partners):
    """ "… số hợp tác xã (HTX)": the initials are those of the words right before the bracket, a common noun, not of the
    body the sentence named before them."""
    lines = plan_head(**PLANS[0])[:-1] + [opening, "II. NHIỆM VỤ", item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(item[3:12]) == [lead]
    assert draft.coop(item[3:12]) == partners
