"""kehoach import: a table of the bodies asked to join items by their numbers, teams by their letters, a cooperative
group's own plan with its members as doers, items coded by their part, forms attached, and a commune's brackets of
doers in everyday words (issue 11).

- "TT | Cơ quan, đơn vị | Nội dung đề nghị phối hợp | Ghi chú" whose notes say "Cùng thực hiện việc số 2, 6": the body
  takes part in those items of the table before it, the row no task; a row that is "Việc riêng" stays one, its time
  in its last clause ("…; trước 31/12/2026"). A note on reading the table between its title and it leaves the title no
  task.
- Items coded by their part and number with a spaced dash ("I.1 - Rà soát …", "B.2 – …").
- "Nhóm A: Ban …, trưởng nhóm …" defines a team, no task; "Nhóm | A" in a table is that team; an unmarked title over
  numbered rows of a TAB table is a group ("HTX Cói Kim Sơn (xã Kim Sơn) - chiếu cói"); "Các trưởng nhóm" a doer.
- A cooperative group's plan: "Người làm chính | Người cùng làm", members named with their courtesy ("Bà Lê Thị
  Thoa (Thủ quỹ)": Lê Thị Thoa), "Các hộ thành viên" a doer, its head signs "TỔ TRƯỞNG", it issues the plan.
- Brackets of doers: "Y hỗ trợ tư vấn hồ sơ", "Y cử người dự và giám sát", "X chủ trì, cùng Y" (Y takes part); bodies
  typed in lower case with their level ("công an xã", "thú y viên các thôn"); "đi cùng các đoàn" names no partner.
- Times: "sau từng đợt" (after each round); a phase named in a table of phases ("Đợt 1 | 07/9 - 06/12/2026"); a
  condition that opens an item ("Khi có dấu hiệu vi phạm: …"); "trồng mới vụ mưa" is new, not each ("mỗi vụ").
- No task: an attachment of blank forms ("PHỤ LỤC: CÁC MẪU PHIẾU"); "việc phát sinh … do X xem xét, quyết định".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, plan_head, with_table, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VT.\tLê Hữu Khang"]
HOI = dict(issuer="HỘI THẦY THUỐC TRẺ TỈNH THANH HÓA", number="36/KH-HTTT", place="Thanh Hóa",
           title="Khám sàng lọc cho thành viên hợp tác xã năm 2026")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("note", ["Cùng thực hiện việc số {}", "Phối hợp thực hiện nội dung {}"])
def test_bodies_asked_to_join_items_by_their_numbers(tmp_path, suffix, note):
    own = [["1", "Lập danh sách các hợp tác xã cần khám", "Văn phòng Hội", "Trước 20/9/2026"],
           ["2", "Khám, chụp X-quang phổi cho thành viên hợp tác xã", "Đội Thầy thuốc trẻ tình nguyện số 1", "Tháng 10/2026"],
           ["3", "Trả kết quả, lập hồ sơ theo dõi", "Văn phòng Hội", "Tháng 11/2026"]]
    asked = [["1", "Trung tâm Kiểm soát bệnh tật tỉnh", "Cử bác sĩ, cho mượn máy đo", note.format("2, 3")],
             ["2", "Liên minh Hợp tác xã tỉnh", "Vận động các hợp tác xã đi khám đúng ngày", note.format("1")],
             ["3", "Sở Nội vụ", "Chủ trì hướng dẫn hợp tác xã đóng bảo hiểm xã hội; trước 31/12/2026", "Việc riêng"]]
    head = plan_head("ngày 03 tháng 9 năm 2026", **HOI)[:-1] + ["II. NỘI DUNG VÀ PHÂN CÔNG", "1. Phần việc của Hội"]
    lines = with_table(head, ["TT", "Việc", "Đơn vị thực hiện", "Thời gian"], own, [], suffix)
    lines = with_table(lines + ["2. Phần việc đề nghị các cơ quan phối hợp",
                                "Cột “Ghi chú” ghi số thứ tự của việc ở bảng 1 mà cơ quan cùng tham gia."],
                       ["TT", "Cơ quan, đơn vị", "Nội dung đề nghị phối hợp", "Ghi chú"], asked, TAIL, suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert sorted(t[:8] for t in draft.texts()) == sorted(["Lập danh", "Khám, ch", "Trả kết ", "Chủ trì "])
    assert named_as(draft.coop("Lập danh"), ["Liên minh Hợp tác xã tỉnh"])
    assert named_as(draft.coop("Khám, chụp"), ["Trung tâm Kiểm soát bệnh tật tỉnh"])
    assert named_as(draft.coop("Trả kết quả"), ["Trung tâm Kiểm soát bệnh tật tỉnh"])
    assert named_as(draft.lead("Chủ trì hướng dẫn"), ["Sở Nội vụ"])
    assert draft["Chủ trì hướng dẫn"]["deadline"]["before"] == "2026-12-31"


@pytest.mark.parametrize("first, second", [("I.1 -", "I.2 -"), ("B.1 –", "B.2 –")])
def test_items_coded_by_their_part_with_a_spaced_dash(tmp_path, first, second):
    lines = plan_head("ngày 21 tháng 9 năm 2026", **HOI)[:-1] + [
        "I. NHIỆM VỤ CỤ THỂ",
        f"{first} Rà soát, phân loại lại 07 HTX theo tiêu chí mới",
        "Giao: phòng Kinh tế, Hạ tầng và Đô thị chủ trì, Liên minh HTX thành phố hỗ trợ", "Hạn: 15/10",
        f"{second} Hướng dẫn 03 HTX thuyền du lịch neo đậu thuyền trước mùa bão",
        "Giao: Ban chỉ huy quân sự phường; phối hợp Công an phường", "Hạn: trước 30/9"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t[:8] for t in draft.texts()] == ["Rà soát,", "Hướng dẫ"]
    assert named_as(draft.lead("Rà soát"), ["phòng Kinh tế, Hạ tầng và Đô thị"])
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-15"
    assert named_as(draft.coop("Hướng dẫn"), ["Công an phường"])


@pytest.mark.parametrize("teams", [("A", "B"), ("1", "2")])
def test_teams_by_their_letters_and_a_table_grouped_by_title(tmp_path, teams):
    one, two = teams
    head = plan_head("ngày 16 tháng 3 năm 2026", **HOI)[:-1] + [
        "II. CÁC NHÓM ĐIỀN DÃ",
        f"Nhóm {one}: Ban Nghiên cứu - Sưu tầm của Hội, trưởng nhóm hội viên Đỗ Văn Thiệp.",
        f"Nhóm {two}: Chi hội khu vực Nam Định, trưởng nhóm hội viên Trần Thị Nguyệt Ánh.",
        "III. NỘI DUNG VÀ TIẾN ĐỘ", "TT\tViệc\tNhóm\tPhối hợp\tThời gian",
        "HTX Cói Kim Sơn (xã Kim Sơn) - chiếu cói, thảm cói", "",
        f"1\tĐiền dã, ghi âm lời kể của các nghệ nhân\t{one}\tUBND xã Kim Sơn\tTháng 4/2026",
        f"2\tViết câu chuyện sản phẩm chiếu cói\t{one}\tHTX Cói Kim Sơn\tTrước 31/5/2026", "",
        "Chung cho các hợp tác xã", "",
        f"3\tTổ chức tọa đàm làng nghề kể chuyện\t{two}\tSở Công Thương\tTháng 9/2026", "",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Các trưởng nhóm nộp bản ghi âm về Văn phòng Hội trong vòng 10 ngày sau mỗi đợt điền dã.",
        "2. Ban Nghiên cứu - Sưu tầm biên tập tập sách, phối hợp Nhà xuất bản Văn hóa dân tộc xuất bản trong quý "
        "IV/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", head)
    assert sorted(t[:8] for t in draft.texts()) == sorted(["Điền dã,", "Viết câu", "Tổ chức ", "Các trưở", "Ban Nghi"])
    assert draft.lead("Điền dã") == [f"Nhóm {one}"] and draft.lead("Tổ chức") == [f"Nhóm {two}"]
    assert draft.lead("Các trưởng") == ["Các trưởng nhóm"]
    assert named_as(draft.coop("Ban Nghiên cứu"), ["Nhà xuất bản Văn hóa dân tộc"])
    assert draft.coop("Ban Nghiên cứu") == ["Nhà xuất bản Văn hóa dân tộc"]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_a_cooperative_groups_own_plan_with_its_members_as_doers(tmp_path, suffix):
    head = ["TỔ HỢP TÁC NUÔI HÀU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THOI XANH\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 02/KH-THT\tVân Đồn, ngày 14 tháng 8 năm 2026", "", "KẾ HOẠCH", "Vụ nuôi hàu 2026 - 2027", "",
            "II. PHÂN VIỆC CHO THÀNH VIÊN"]
    rows = [["TT", "Việc", "Người làm chính", "Người cùng làm", "Xong trước"],
            ["1", "Thu tiền góp mua giống đợt 1 của các hộ", "Bà Lê Thị Thoa (Thủ quỹ)", "", "25/8/2026"],
            ["2", "Ký hợp đồng mua giống hàu", "Ông Phạm Văn Khải (Tổ phó)", "Ông Vũ Đình Toàn", "30/8/2026"],
            ["3", "Vệ sinh giàn, thay phao xốp cho các giàn hỏng", "Các hộ thành viên", "Nhóm kỹ thuật", "10/9/2026"]]
    tail = ["Nơi nhận:", "- Các hộ thành viên;", "- Lưu: Tổ.", "TỔ TRƯỞNG", "Nguyễn Văn Lưu"]
    if suffix == ".docx":
        draft = word_document(tmp_path, "ke-hoach.docx", head, rows, tail)
    else:
        draft = written(tmp_path, "ke-hoach.txt", head + ["\t".join(r) for r in rows] + [""] + tail)
    assert len(draft.texts()) == 3
    assert draft.lead("Thu tiền") == ["Lê Thị Thoa"]
    assert draft.lead("Ký hợp đồng") == ["Phạm Văn Khải"] and draft.coop("Ký hợp đồng") == ["Vũ Đình Toàn"]
    assert draft.lead("Vệ sinh") == ["Các hộ thành viên"]
    assert draft.plan["signer"]["name"] == "Nguyễn Văn Lưu"
    assert draft.plan["issuer"] == "to-hop-tac-nuoi-hau-thoi-xanh"


@pytest.mark.parametrize("item, lead, coop", [
    ("Vận động THT keo chuyển thành HTX; hoàn thành trong quý II/2026 (phòng Kinh tế chủ trì; Liên minh HTX tỉnh hỗ "
     "trợ tư vấn hồ sơ).", ["phòng Kinh tế"], ["Liên minh HTX tỉnh"]),
    ("Hướng dẫn HTX tổ chức Đại hội thành viên thường niên, trước 31/3/2026 (phòng Kinh tế; Ủy ban MTTQ xã cử người dự "
     "và giám sát).", ["phòng Kinh tế"], ["Ủy ban MTTQ xã"]),
    ("Kiểm tra phòng cháy các lô keo của HTX trong mùa khô, tháng 4/2026 (công an xã chủ trì, cùng Hạt Kiểm lâm khu vực "
     "Vĩnh Thạnh).", ["công an xã"], ["Hạt Kiểm lâm khu vực Vĩnh Thạnh"]),
    ("Tiêm phòng lở mồm long móng cho đàn bò của các HTX, thực hiện trong tháng 11 (Trung tâm Dịch vụ nông nghiệp xã; "
     "thú y viên các thôn phối hợp).", ["Trung tâm Dịch vụ nông nghiệp xã"], ["thú y viên các thôn"]),
    ("Trong quý IV/2025, Liên minh Hợp tác xã tỉnh cử người đi cùng các đoàn, giúp hợp tác xã bổ sung hồ sơ quyết toán.",
     ["Liên minh Hợp tác xã tỉnh"], []),
])
def test_a_communes_brackets_of_doers_in_everyday_words(tmp_path, item, lead, coop):
    lines = plan_head("ngày 24 tháng 10 năm 2025", issuer="ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH", number="147/KH-UBND",
                      place="Vĩnh Thạnh", title="Hỗ trợ tổ hợp tác, hợp tác xã trên địa bàn xã") + [
        f"a) {item}", "b) Phòng Kinh tế theo dõi chung, báo cáo UBND xã trước 10/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    key = item[:10]
    assert [n.removesuffix(" tỉnh Gia Lai") for n in draft.lead(key)] == lead
    assert [n.removesuffix(" tỉnh Gia Lai") for n in draft.coop(key)] == coop


@pytest.mark.parametrize("text, kind, value", [
    ("Các chi hội cơ sở báo cáo kết quả về Văn phòng Hội sau từng đợt để tổng hợp.", "after-condition", None),
    ("Khi có dấu hiệu vi phạm: kiểm tra đột xuất, xử lý theo thẩm quyền (phối hợp: Công an tỉnh).", "after-condition",
     None),
    ("Khi có ổ dịch trên địa bàn: cấp vôi bột, hóa chất khử trùng cho các hộ thành viên.", "after-condition", None),
    ("Tổng hợp nhu cầu cây giống keo mô cho 120 ha trồng mới vụ mưa năm 2026, trước 15/12.", "before", "2025-12-15"),
])
def test_times_after_each_round_on_a_condition_and_not_each(tmp_path, text, kind, value):
    lines = plan_head("ngày 24 tháng 10 năm 2025", issuer="ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH", number="147/KH-UBND",
                      place="Vĩnh Thạnh", title="Hỗ trợ tổ hợp tác, hợp tác xã đến hết năm 2026") + [
        "1. Phòng Kinh tế", f"a) {text}", "b) Theo dõi chung, báo cáo UBND xã trước 10/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    task = next(t for t in draft.tasks if not t["text"].startswith("Theo dõi chung"))
    assert task["deadline"]["kind"] == kind
    if value:
        assert task["deadline"]["before"] == value


@pytest.mark.parametrize("cell, due", [("Đợt 1", "2026-12-06"), ("Đợt 2", "2027-05-31")])
def test_a_phase_named_in_a_table_of_phases(tmp_path, cell, due):
    head = plan_head("ngày 14 tháng 8 năm 2026", **HOI)[:-1] + [
        "II. CÁC ĐỢT TRIỂN KHAI", "Đợt\tThời gian\tĐịa bàn", "Đợt 1\t07/9 - 06/12/2026\tCác xã ven biển",
        "Đợt 2\t01/3 - 31/5/2027\tCác xã vùng núi", "", "III. PHÂN CÔNG CÔNG VIỆC",
        "Cột “Biểu mẫu” dẫn tới mẫu phiếu ở Phụ lục kèm theo (bấm vào mã để mở).",
        "TT\tViệc\tĐầu mối\tCùng làm\tMốc",
        f"1\tCài đặt, hướng dẫn xuất hóa đơn điện tử tại hợp tác xã\tTổ tình nguyện viên\tThuế cơ sở 3\t{cell}",
        "2\tThông báo tuyển tình nguyện viên trong hội viên\tVăn phòng Hội\t\tTrước 28/8/2026", ""]
    forms = ["", "PHỤ LỤC: CÁC MẪU PHIẾU", "(Kèm theo Kế hoạch số 36/KH-HTTT ngày 14/8/2026 của Hội)",
             "BM-01. PHIẾU KHẢO SÁT HIỆN TRẠNG SỐ CỦA HỢP TÁC XÃ", "Tên hợp tác xã: ……………………",
             "Đánh dấu vào ô phù hợp: □ Đã có hóa đơn điện tử □ Có máy tính",
             "Gửi lại phiếu cho cán bộ Liên minh phụ trách địa bàn trong 05 ngày."]
    draft = written(tmp_path, "ke-hoach.txt", head + TAIL + forms)
    assert sorted(t[:8] for t in draft.texts()) == sorted(["Cài đặt,", "Thông bá"])
    assert draft["Cài đặt"]["deadline"]["before"] == due


@pytest.mark.parametrize("text", [
    "Kế hoạch này thay thế các nội dung về dịch vụ thành viên trong kế hoạch năm 2026; việc phát sinh ngoài kế hoạch do "
    "Thường trực Liên minh xem xét, quyết định./.",
    "Những việc phát sinh trong quá trình thực hiện do Giám đốc Sở xem xét, quyết định./.",
    "Nhóm A: Ban Nghiên cứu - Sưu tầm của Hội, trưởng nhóm hội viên Đỗ Văn Thiệp.",
    "Tổ 2: thôn Đông và thôn Tây, tổ trưởng ông Lò Văn Hặc.",
])
def test_who_decides_what_arises_and_a_teams_make_up_are_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", [
    "Phòng Kinh tế xem xét, quyết định việc hỗ trợ trước 30/9/2026./.",
    "Nhóm A: điền dã, ghi âm lời kể của các nghệ nhân trong tháng 4/2026.",
])
def test_a_decision_or_a_teams_work_stays_a_task(text):
    assert not gives_no_task(text)
