"""kehoach import: a table drawn as boxes of coded actions, the signs a document gives its units, posts and units
named in everyday words, times set by a schedule kept elsewhere, and the closings that ask everyone at once (issue 11).

- A table whose cells each hold a group of actions coded by their group's letters and a number ("SO1. …", "WT2. …"
  in a strategy's matrix of strengths, weaknesses, opportunities and threats): each action is an item, the cell's
  first line the title of its group, the matrix's heads no task.
- A legend headed "Ký hiệu đơn vị:", maybe ending with a note on how the brackets read ("trong ngoặc đơn ghi lần
  lượt: đơn vị chủ trì / đơn vị phối hợp / thời hạn"): no task; a bracket "(lead / partners / time)", "-" for none.
- A code in capitals is no body's type ("SO - Dùng điểm mạnh …" has no "Sở").
- A part titled by the work of the bodies it names ("IV. VIỆC CÁC HTX, THT LIÊN KẾT CẦN LÀM"): its items are tasks, the
  bodies their doers.
- A school's or an institute's head as a doer ("Phó Hiệu trưởng phụ trách bán trú giúp …", "Hiệu trưởng chỉ đạo …");
  a unit of a level named in lower case with a field's short word ("Quỹ hỗ trợ phát triển HTX tỉnh"); a seed farm
  ("Trại giống Tả Van"); a name ends before a clause of when set off by a comma ("Đề nghị Liên minh HTX tỉnh, khi
  …, giới thiệu …").
- Times: "Mỗi học kỳ …" recurs; "Theo lịch thông báo của …", "thực hiện theo tiến độ …" are tied to that schedule; a
  plan issued by a decision reads its days without a year in the year its title names, not the decision's day.
- No task: the units told to go by the plan ("… dựa vào Kế hoạch này mà làm; kết quả gửi về …"), to do their part
  ("Trưởng các thôn, các phòng … làm theo phần việc của mình; gặp khó khăn thì báo … để trình …"), to carry it out
  well ("… phối hợp thực hiện tốt Kế hoạch này./.").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, plan_head, with_table, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Quang Vĩnh"]
CO = dict(issuer="CÔNG TY CỔ PHẦN THỨC ĂN CHĂN NUÔI AN PHÚ", number="52/KH-AP", place="Phủ Lý",
          title="Bán thức ăn trả chậm cho các hợp tác xã chăn nuôi năm 2026")
LEGEND = ("Ký hiệu đơn vị: PKD - Phòng Kinh doanh; PKT - Phòng Kỹ thuật; PTC - Phòng Tài chính - Kế toán; NM - Nhà "
          "máy An Phú. Cuối mỗi giải pháp, trong ngoặc đơn ghi lần lượt: đơn vị chủ trì / đơn vị phối hợp / thời hạn.")


def _matrix(first: str, second: str) -> list[list[str]]:
    return [["", "Cơ hội (O)", "Thách thức (T)"],
            ["Điểm mạnh (S)",
             f"{first} - Dùng điểm mạnh để tận dụng cơ hội\n{first}1. Ký hợp đồng bán trả chậm với 09 HTX (PKD / PTC / "
             f"trước 15/10/2026)\n{first}2. Bố trí thêm 02 xe giao hàng ca tối (NM / PKD / tháng 11/2026)",
             f"{second} - Dùng điểm mạnh để vượt qua thách thức\n{second}1. Cấp miễn phí vôi bột cho trại thành viên "
             f"(NM / PKT / khi có ổ dịch)"],
            ["Điểm yếu (W)",
             "WO - Khắc phục điểm yếu nhờ cơ hội\nWO1. Hướng dẫn ban quản trị các HTX đặt hàng trên ứng dụng (PKD / - / "
             "trước 31/12/2026)",
             "WT - Giảm điểm yếu, tránh thách thức\nWT1. Đối chiếu công nợ với từng HTX (PTC / PKD / tháng 12/2026)"]]


@pytest.mark.parametrize("first, second", [("SO", "ST"), ("NV", "GP")])
def test_a_matrix_of_coded_actions_in_a_word_table(tmp_path, first, second):
    head = plan_head("ngày 14 tháng 9 năm 2026", **CO)[:-1] + ["III. CÁC GIẢI PHÁP", LEGEND]
    rows = _matrix(first, second)
    draft = word_document(tmp_path, "ke-hoach.docx", head, rows, ["Nơi nhận:", "- Lưu: VT."])
    # each action an item, its code kept as printed; no group's title, row's label or matrix's head is one
    assert sorted(t.split()[0] for t in draft.texts()) == sorted([f"{first}1.", f"{first}2.", f"{second}1.", "WO1.", "WT1."])
    assert draft.lead(f"{first}1.") == ["Phòng Kinh doanh"]
    assert draft.coop(f"{first}1.") == ["Phòng Tài chính - Kế toán"]
    assert draft[f"{first}1."]["deadline"]["before"] == "2026-10-15"
    assert draft.lead(f"{first}2.") == ["Nhà máy An Phú"]
    assert draft[f"{first}2."]["deadline"]["month"] == 11
    assert draft.coop("WO1.") == []  # "-": no partner
    assert draft[f"{second}1."]["deadline"]["kind"] == "after-condition"


@pytest.mark.parametrize("text, lead, coop, kind", [
    ("Thuê kho 300 m2 làm điểm trung chuyển (NM / HTX Chăn nuôi Yên Mạc / tháng 12/2026).", "Nhà máy An Phú",
     ["HTX Chăn nuôi Yên Mạc"], "month"),
    ("Tổng kết, trình Hội đồng quản trị phương án năm 2027 (PKD / PKT, PTC / trước 30/6/2027).", "Phòng Kinh doanh",
     ["Phòng Kỹ thuật", "Phòng Tài chính - Kế toán"], "before"),
])
def test_a_bracket_of_lead_partners_and_time_apart_by_slashes(tmp_path, text, lead, coop, kind):
    lines = plan_head("ngày 14 tháng 9 năm 2026", **CO) + [
        LEGEND, f"1. {text}", "2. Mở lớp an toàn sinh học cho tổ kỹ thuật (PKT / - / quý IV/2026)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2  # the legend is no task
    assert named_as(draft.lead(text[:10]), [lead])
    assert sorted(draft.coop(text[:10])) == sorted(coop)
    assert draft[text[:10]]["deadline"]["kind"] == kind
    assert draft.lead("Mở lớp") == ["Phòng Kỹ thuật"] and draft.coop("Mở lớp") == []


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("title, doers", [("IV. VIỆC CÁC HTX, THT LIÊN KẾT CẦN LÀM", "CÁC HTX, THT LIÊN KẾT"),
                                          ("IV. NHỮNG VIỆC UBND CÁC XÃ CẦN LÀM", "UBND CÁC XÃ")])
def test_a_part_titled_by_the_work_of_the_bodies_it_names(tmp_path, suffix, title, doers):
    lines = plan_head("ngày 14 tháng 9 năm 2026", **CO) + [
        "1. Phòng Kinh doanh ký hợp đồng với các HTX trước ngày 15/10/2026.",
        "2. Phòng Kỹ thuật mở lớp tập huấn trong tháng 11/2026.", title,
        "1. Gửi Công ty kế hoạch tái đàn quý I/2027 của từng thành viên trước ngày 20/12/2026.",
        "2. Cử người dự lớp tập huấn của Công ty.",
        "Kế hoạch này thay cho các thỏa thuận bán chịu riêng lẻ trước đây; các phòng, Nhà máy cùng các hợp tác xã liên "
        "kết theo phần việc đã ghi ở trên mà làm./."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 4
    assert [name.upper() for name in draft.lead("Gửi Công ty")] == [doers]
    assert draft["Gửi Công ty"]["deadline"]["before"] == "2026-12-20"


@pytest.mark.parametrize("line, lead", [
    ("1. Phó Hiệu trưởng phụ trách bán trú giúp Hiệu trưởng theo dõi chung; làm báo cáo gửi Sở Giáo dục và Đào tạo "
     "trước ngày 15/6/2027.", "Phó Hiệu trưởng phụ trách bán trú"),
    ("1. Hiệu trưởng chỉ đạo chung; duyệt thực đơn từng tuần trước ngày 15/6/2027.", "Hiệu trưởng"),
    ("1. Viện trưởng chủ trì nghiệm thu mô hình trước ngày 15/6/2027.", "Viện trưởng"),
])
def test_a_schools_or_an_institutes_head_as_the_doer(tmp_path, line, lead):
    lines = plan_head("ngày 10 tháng 8 năm 2026", **CO) + [
        line, "2. Kế toán Trường thanh toán tiền thực phẩm cho HTX hằng tháng."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(line[3:12]) == [lead]


@pytest.mark.parametrize("item, lead, coop", [
    ("Thẩm định sơ bộ phương án của HTX đăng ký vay vốn (Quỹ hỗ trợ phát triển HTX tỉnh chủ trì; thời gian: quý "
     "IV/2026).", ["Quỹ hỗ trợ phát triển HTX tỉnh"], []),
    ("Tổ chức 02 buổi kết nối với ngân hàng (Văn phòng Liên minh chủ trì; phối hợp Ngân hàng Nhà nước Khu vực 10, Quỹ "
     "hỗ trợ phát triển HTX tỉnh; thời gian: quý I/2027).", ["Văn phòng Liên minh"],
     ["Ngân hàng Nhà nước Khu vực 10", "Quỹ hỗ trợ phát triển HTX tỉnh"]),
    ("Trại giống Tả Van giao đủ cá giống cho các HTX trước ngày 25/5/2026.", ["Trại giống Tả Van"], []),
    ("Trại giống cây trồng tỉnh cung ứng lúa giống cho các HTX trước ngày 25/5/2026.", ["Trại giống cây trồng tỉnh"], []),
    ("Phòng Kỹ thuật tổng hợp số cá hao hụt và cùng Phòng Tài chính - Kế toán tính thiệt hại trước ngày 30/9/2026.",
     ["Phòng Kỹ thuật"], ["Phòng Tài chính - Kế toán"]),
    ("Đề nghị Liên minh Hợp tác xã tỉnh, khi một đơn vị không giao đủ hàng, giới thiệu HTX khác đủ điều kiện cung ứng.",
     ["Liên minh Hợp tác xã tỉnh"], []),
    ("Đề nghị Hội Nông dân tỉnh, nếu có hộ đăng ký, hướng dẫn hộ vào tổ hợp tác trong quý IV/2026.",
     ["Hội Nông dân tỉnh"], []),
])
def test_units_named_in_everyday_words(tmp_path, item, lead, coop):
    lines = plan_head("ngày 10 tháng 8 năm 2026", **CO) + [
        f"1. {item}", "2. Phòng Kinh doanh ký hợp đồng với các HTX trước ngày 15/10/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(item[:12]) == lead
    assert draft.coop(item[:12]) == coop


@pytest.mark.parametrize("cell, kind", [
    ("Mỗi học kỳ ít nhất một lần", "ongoing"), ("Mỗi khóa học", "ongoing"),
    ("Theo lịch thông báo của ngành nông nghiệp", "after-condition"), ("Theo tiến độ sinh trưởng của cây", "after-condition"),
])
def test_times_that_recur_or_follow_a_schedule_kept_elsewhere(tmp_path, cell, kind):
    rows = [["1", "Kiểm tra đột xuất nơi sản xuất của đơn vị cung ứng", "Phó Hiệu trưởng", cell],
            ["2", "Ký hợp đồng cung ứng với các HTX", "Kế toán Trường", "Trước 05/9/2026"]]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        plan_head("ngày 10 tháng 8 năm 2026", **CO)[:-1] + ["II. CÔNG VIỆC"],
        ["TT", "Công việc", "Người phụ trách", "Thời gian"], rows, TAIL, ".md"))
    assert draft["Kiểm tra đột xuất"]["deadline"]["kind"] == kind


@pytest.mark.parametrize("line", [
    "b) Tổ chức kiểm định đồng ruộng 03 lần và lấy mẫu hạt giống; thực hiện theo tiến độ sinh trưởng của từng ruộng.",
    "b) Hướng dẫn các HTX gieo sạ tập trung, né rầy; theo lịch thời vụ của ngành nông nghiệp.",
])
def test_a_clause_that_sets_the_time_by_a_schedule(tmp_path, line):
    lines = plan_head("ngày 10 tháng 8 năm 2026", **CO) + [
        "1. Chi cục Trồng trọt và Bảo vệ thực vật",
        "a) Thẩm định ruộng nhân giống của các hợp tác xã, thông báo kết quả trước ngày 30/9/2026.", line] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft[line[3:12]]["deadline"]["kind"] == "after-condition"


def test_a_decisions_attached_plan_reads_its_days_in_the_year_its_title_names(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ MÈO VẠC\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 318/QĐ-UBND\tMèo Vạc, ngày 16 tháng 11 năm 2026", "", "QUYẾT ĐỊNH",
             "Ban hành Kế hoạch năm 2027 về tổ hợp tác, hợp tác xã chăn nuôi", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ",
             "Căn cứ Luật Hợp tác xã năm 2023;", "", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch năm 2027 về tổ hợp tác, hợp tác xã chăn nuôi.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "", "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VT.\tGiàng Mí Sử",
             "", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ MÈO VẠC\tĐộc lập - Tự do - Hạnh phúc", "",
             "KẾ HOẠCH", "Tổ hợp tác, hợp tác xã chăn nuôi năm 2027",
             "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 16/11/2026 của UBND xã Mèo Vạc)", "",
             "I. NHIỆM VỤ",
             "1. Phòng Kinh tế hướng dẫn thành lập 04 tổ hợp tác chăn nuôi bò, xong trước 30/10.",
             "2. Văn phòng HĐND và UBND xã tổng hợp, gửi báo cáo sơ kết 6 tháng (trước 15/6) và báo cáo năm (trước "
             "10/12)."] + TAIL
    draft = written(tmp_path, "quyet-dinh.txt", lines)
    assert draft["Phòng Kinh tế"]["deadline"]["before"] == "2027-10-30"
    assert draft["Văn phòng HĐND"]["deadline"]["before"] == "2027-12-10"


@pytest.mark.parametrize("text", [
    "Các ban, đơn vị của Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội trực thuộc và Mặt trận các xã, phường "
    "dựa vào Kế hoạch này mà làm; kết quả gửi về Ban Thường trực qua Ban Phong trào.",
    "Các phòng, đơn vị thuộc Sở triển khai ngay sau khi Kế hoạch được ban hành; có vướng mắc thì báo Phòng Quản lý "
    "thương mại để trình Giám đốc Sở.",
    "Trưởng các thôn, các phòng và đơn vị làm theo phần việc của mình; gặp khó khăn thì báo Phòng Kinh tế để trình Chủ "
    "tịch UBND xã./.",
    "Ban Thường vụ Liên minh HTX tỉnh đề nghị các HTX thành viên chủ động đăng ký nhu cầu và phối hợp thực hiện tốt Kế "
    "hoạch này./.",
    "Kế hoạch này thay cho các thỏa thuận riêng lẻ trước đây; các phòng, Nhà máy cùng các hợp tác xã liên kết theo phần "
    "việc đã ghi ở trên mà làm./.",
    "Các phòng, xưởng và các tổ hợp tác liên kết căn cứ Kế hoạch này mà làm.",
])
def test_the_closings_that_ask_everyone_at_once(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", [
    "Các phòng chuyên môn căn cứ Kế hoạch này xây dựng kế hoạch chi tiết, gửi Phòng Kinh tế trước 30/9/2026.",
    "Trưởng các thôn tổ chức họp dân, lập danh sách hộ tham gia; gửi Phòng Kinh tế trước ngày 15/10/2026.",
])
def test_a_duty_given_to_every_unit_stays_a_task(text):
    assert not gives_no_task(text)
