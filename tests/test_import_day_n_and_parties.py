"""kehoach import: times counted from a day N each doer has, the codes a company gives its departments, the share of
the work of a contract's party, groups named by their work and place, and closings in everyday words (issue 11).

- "Mã bộ phận dùng trong bảng: PUR - …; QA - …; PLT - …. Cột "Mốc" tính theo Ngày N …: N-15 là …; …": a legend, no
  task, its codes the bodies a table names ("QA, PLT").
- A time cell counted in days from a day N that each doer has ("N-15", "N-3 đến N+10", "N + 25"): tied to that day.
- "IV. PHẦN VIỆC CỦA BÊN HỢP TÁC XÃ, TỔ HỢP TÁC": the items under it are tasks of that party.
- "THT nuôi trai Bãi Bổn, THT nuôi trai Rạch Tràm": two groups, each named by its work and its place's name.
- No task: the units told to go by the plan ("Các Ban chuyên môn … căn cứ kế hoạch tổ chức thực hiện.", "Các phòng căn
  cứ phần việc được giao trong Kế hoạch này để triển khai, báo cáo kết quả về …/.", "Từng bộ phận … theo Kế hoạch này
  mà làm; vướng mắc báo về … để xử lý./."), a hope that others take part ("… rất mong … cùng tham gia …/.").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, names_of, plan_head, written

TAIL = ["", "Nơi nhận:\tTỔNG GIÁM ĐỐC", "- Lưu: VT.\tLương Thị Ngọc Hà"]
CO = dict(issuer="CÔNG TY TNHH THỰC PHẨM AN KHANG", number="27/KH-AK", place="Vĩnh Long",
          title="Liên kết trồng và thu mua khoai lang với các hợp tác xã vụ Thu Đông năm 2026")
LEGEND = ("Mã bộ phận dùng trong bảng: PUR - Bộ phận Thu mua nguyên liệu; QA - Bộ phận Đảm bảo chất lượng; PLT - Xưởng "
          "chế biến. Cột \"Mốc\" tính theo Ngày N của từng đơn vị ở mục II: N-15 là 15 ngày trước ngày xuống giống; việc "
          "làm chung cho mọi đơn vị thì ghi tháng.")


@pytest.mark.parametrize("first, second", [("N-15", "N-3 đến N+10"), ("N - 7", "N + 95 đến N + 115")])
def test_times_counted_from_each_doers_day_n(tmp_path, first, second):
    lines = plan_head("ngày 04 tháng 8 năm 2026", **CO)[:-1] + [
        "III. CÔNG VIỆC VÀ PHÂN CÔNG", LEGEND, "Mốc\tCông việc\tBộ phận phụ trách\tPhối hợp",
        f"{first}\tLấy mẫu đất và nước tưới của từng thửa gửi phân tích\tQA\tPLT",
        f"{second}\tThu mua củ khoai lang tại ruộng, cân và phân loại\tPUR\tQA, PLT",
        "Tháng 01/2027\tTổng kết vụ, chấm điểm từng đơn vị liên kết\tPUR\tQA", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3  # the legend is no task
    for prefix, printed in (("Lấy mẫu", first), ("Thu mua", second)):
        assert draft[prefix]["deadline"]["kind"] == "after-condition"
        assert draft[prefix]["deadline"]["condition"] == printed
    assert draft.coop("Thu mua") == ["Bộ phận Đảm bảo chất lượng", "Xưởng chế biến"]
    assert draft["Tổng kết"]["deadline"]["month"] == 1


@pytest.mark.parametrize("title, party", [("IV. PHẦN VIỆC CỦA BÊN HỢP TÁC XÃ, TỔ HỢP TÁC", "BÊN HỢP TÁC XÃ, TỔ HỢP TÁC"),
                                          ("IV. PHẦN VIỆC CỦA CÁC HỢP TÁC XÃ THÀNH VIÊN", "CÁC HỢP TÁC XÃ THÀNH VIÊN")])
def test_the_share_of_the_work_of_a_party(tmp_path, title, party):
    lines = plan_head("ngày 04 tháng 8 năm 2026", **CO) + [
        "1. Bộ phận Thu mua nguyên liệu ký phụ lục hợp đồng với từng hợp tác xã trong tháng 8/2026.", title,
        "1. Chỉ cho thành viên dùng thuốc trong danh mục được tập huấn; giữ vỏ chai, bao thuốc đã dùng.",
        "2. Gửi danh sách thành viên, mã thửa và số tài khoản về Bộ phận Tài chính - Kế toán trước ngày 31/8/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3
    assert [n.upper() for n in draft.lead("Chỉ cho")] == [party]
    assert [n.upper() for n in draft.lead("Gửi danh sách")] == [party]


@pytest.mark.parametrize("cell, names", [
    ("THT nuôi trai Bãi Bổn, THT nuôi trai Rạch Tràm", ["THT nuôi trai Bãi Bổn", "THT nuôi trai Rạch Tràm"]),
    ("Tổ hợp tác trồng rau Vân Nội, Tổ hợp tác nuôi ong Đông Anh", ["Tổ hợp tác trồng rau Vân Nội", "Tổ hợp tác nuôi ong Đông Anh"]),
])
def test_groups_named_by_their_work_and_place(cell, names):
    from generator.importer.fields import Known, match_agencies
    from drafts import SOURCE

    assert match_agencies(cell, Known.load(SOURCE), listed=True).unknown == names


@pytest.mark.parametrize("text", [
    "Các Ban chuyên môn và Ủy ban MTTQ các xã căn cứ kế hoạch tổ chức thực hiện.",
    "Các phòng căn cứ phần việc được giao trong Kế hoạch này để triển khai, báo cáo kết quả về Phòng Mua hàng./.",
    "Từng bộ phận của Công ty cùng các HTX, THT đã ký hợp đồng theo Kế hoạch này mà làm; vướng mắc báo về Bộ phận Thu mua "
    "nguyên liệu (điện thoại 0270 3861 274) để xử lý./.",
    "Trung tâm Trọng tài Thương mại Phù Sa rất mong các cơ quan, đơn vị và các hợp tác xã cùng tham gia để Kế hoạch đạt "
    "kết quả./.",
])
def test_closings_in_everyday_words(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", [
    "Các phòng thuộc Sở căn cứ nhiệm vụ được giao triển khai trước 30/6/2026./.",
    "Các xã căn cứ kế hoạch của UBND tỉnh tổ chức thực hiện việc hỗ trợ 05 HTX trong quý IV/2026.",
])
def test_a_duty_with_its_own_work_or_time_stays_a_task(text):
    assert not gives_no_task(text)


def test_a_legend_of_codes_then_a_note_on_a_column_is_no_task():
    assert gives_no_task(LEGEND)
    assert names_of("phối hợp Bộ phận Đảm bảo chất lượng") == ["Bộ phận Đảm bảo chất lượng"]


# --- a fourth round (tuned on the everyday documents of unseen210/211) -------------------------------------------------


@pytest.mark.parametrize("marker", ["Việc 1.", "Việc 1:"])
def test_work_numbered_by_its_word_under_headings_of_its_period(tmp_path, marker):
    second = marker.replace("1", "2")
    lines = plan_head("ngày 20 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN XÃ PHÚ VINH", number="187/KH-UBND",
                      place="Phú Vinh", title="Hỗ trợ tổ hợp tác, hợp tác xã làm nón lá cuối năm 2026")[:-1] + [
        "II. CÁC VIỆC CỤ THỂ (người làm ghi sau dấu ->)", "", "THÁNG 11/2026:",
        f"{marker} Rà soát số hộ làm nón cần vay vốn mua lá -> phòng kinh tế xã, phối hợp trưởng các thôn.",
        f"{second} Làm việc với ngân hàng chính sách để giải ngân vốn vay -> hội nông dân xã (đơn vị nhận ủy thác), cùng "
        "hội phụ nữ xã.", "", "QUÝ I/2027:",
        f"{marker.replace('1', '3')} Tổ chức phiên chợ nón lá tại nhà văn hóa xã -> hội phụ nữ xã, phối hợp HTX Nón lá Phú "
        "Vinh, tổ hợp tác hương trầm thôn Trạch Phổ."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t[:6] for t in draft.texts()] == ["Việc 1", "Việc 2", "Việc 3"]  # the number kept, as the work is called
    assert draft["Việc 1"]["deadline"]["month"] == 11 and draft["Việc 3"]["deadline"]["quarters"] == [1]
    assert draft.lead("Việc 2") == ["hội nông dân xã"] and draft.coop("Việc 2") == ["hội phụ nữ xã"]
    assert sorted(draft.coop("Việc 3")) == ["HTX Nón lá Phú Vinh", "tổ hợp tác hương trầm thôn Trạch Phổ"]


@pytest.mark.parametrize("given, lead, coop", [
    ("Giao: Tổ quản lý cống Kênh Ranh; cùng HTX Nông nghiệp Thới Hưng", "Tổ quản lý cống Kênh Ranh",
     "HTX Nông nghiệp Thới Hưng"),
    ("Giao: trưởng các ấp; cùng Ban công tác Mặt trận các ấp", "trưởng các ấp", "Ban công tác Mặt trận các ấp"),
    ("Giao: Tổ vận hành trạm bơm Tân Lộc; cùng HTX Tôm lúa Tân Lộc", "Tổ vận hành trạm bơm Tân Lộc",
     "HTX Tôm lúa Tân Lộc"),
])
def test_a_bracket_given_to_a_team_or_the_village_heads(tmp_path, given, lead, coop):
    lines = plan_head("ngày 10 tháng 7 năm 2026", issuer="ỦY BAN NHÂN DÂN XÃ THỚI BÌNH", number="163/KH-UBND",
                      place="Thới Bình", title="Sản xuất tôm - lúa năm 2026") + [
        f"a/ Đóng, mở cống theo lịch triều, giữ ngọt cho vùng lúa đến hết tháng 12 ({given}).",
        "b/ Rà soát nhu cầu vay vốn của thành viên, đề nghị giải ngân trước 20/8 (Giao: Hội Nông dân xã)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [n.removesuffix(" tỉnh Cà Mau") for n in draft.lead("Đóng, mở")] == [lead]
    assert [n.removesuffix(" tỉnh Cà Mau") for n in draft.coop("Đóng, mở")] == [coop]
