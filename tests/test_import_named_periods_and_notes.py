"""kehoach import: periods a plan names and dates in a note, the doers and time written on a note under an item's title,
a doer set apart by a dash, milestones that open with their day, a clause's code beside a table's rows, a partner's side
of a table, and the closings and running heads of plans as offices type them (issue 11).

- "Trước ngày nhập học khóa mới", "Tuần sinh hoạt công dân", "Sau Tháng cao điểm 30 ngày" with a note or a calendar
  that dates them ("… nhập học khóa mới từ ngày 07/9/2026; tuần sinh hoạt công dân từ 14/9 đến 19/9/2026 …"): before
  the period's first day, its last day, so many days after it.
- "#### Việc 1. Lập sổ …" / "> phòng Kinh tế chủ trì; tổ dân phố phối hợp; xong trước 15/10." (a heading is one line;
  the note under it says who and when), and a plain line under a short numbered title in a text file.
- "… [Đơn vị chủ trì: X | Đơn vị phối hợp: Y | Thời hạn: …]" under a part of another title ("II. NỘI DUNG CÔNG VIỆC");
  "II. Các việc phải làm".
- "1.1. Ban Tư vấn - Khiếu nại — xem lại …": the name ends at the dash.
- "15/10/2026 Bàn giao mặt bằng …", "- 30/11/2026: Thành lập …": a milestone's day.
- "Đ.3.1 | Chốt … | Phòng Thu mua | …": a clause's code, no group's title; "Người phụ trách | Phía HTX": the other
  party's people take part; "09 - 10/2026": two months.
- "Tổ thư ký kỳ đánh giá", "… được giao chủ trì …", "p/h Sở …", "…, vào tháng 10/2026", "X chủ trì hòa giải, Y phối
  hợp": names and partners as offices write them.
- "Các ban, chi hội căn cứ nội dung được phân công chủ động triển khai./." and the like, "Kế hoạch số 67/KH-HLHPN ngày
  11/8/2026" at a page's head: no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, with_table, word_document, written

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Hòa"]
CENTRE = dict(issuer="TRUNG TÂM DỊCH VỤ KÝ TÚC XÁ", number="41/KH-TTKTX", place="Đà Nẵng",
              title="Đưa nông sản của hợp tác xã vào căng tin năm học 2026 - 2027")
WARD = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG HÒA KHÁNH", number="118/KH-UBND", place="Đà Nẵng",
            title="Sắp xếp các hộ làm bánh tráng vào tổ hợp tác, hợp tác xã năm 2026")


# --- periods the plan names and dates elsewhere ---------------------------------------------------------------------

def test_periods_of_a_calendar_date_the_rows_that_name_them(tmp_path):
    before = plan_head("ngày 10 tháng 8 năm 2026", **CENTRE)[:-1] + [
        "II. VIỆC CẦN LÀM THEO LỊCH NĂM HỌC",
        "Cột mốc ghi theo Lịch năm học 2026 - 2027 của Đại học Đà Nẵng: nhập học khóa mới từ ngày 05/9/2026; tuần sinh "
        "hoạt công dân từ 14/9 đến 19/9/2026; thi học kỳ I từ 28/12/2026 đến 15/01/2027; nghỉ Tết từ 01/02 đến "
        "21/02/2027."]
    rows = [["Trước ngày nhập học khóa mới", "Ký hợp đồng mua gạo, rau với các hợp tác xã", "Phòng Kế hoạch - Tài chính", ""],
            ["Tuần sinh hoạt công dân", "Giới thiệu việc làm thêm tại các hợp tác xã", "Phòng Công tác sinh viên", ""],
            ["Tuần thi học kỳ I", "Mở căng tin đến 22 giờ", "Tổ Dịch vụ - Căng tin", ""],
            ["Trong kỳ nghỉ Tết", "Giữ 01 căng tin mở cửa cho sinh viên ở lại", "Tổ Dịch vụ - Căng tin", ""]]
    lines = with_table(before, ["Mốc", "Công việc", "Thực hiện", "Phối hợp"], rows, TAIL, ".txt")
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Ký hợp đồng"]["deadline"]["before"] == "2026-09-05"  # before its first day
    assert draft["Giới thiệu"]["deadline"]["before"] == "2026-09-19"  # in it: by its last day
    assert draft["Mở căng tin"]["deadline"]["before"] == "2027-01-15"  # "Tuần thi học kỳ I": "thi học kỳ I"
    assert draft["Giữ 01"]["deadline"]["before"] == "2027-02-21"
    assert draft["Ký hợp đồng"]["deadline"]["printed"] == "Trước ngày nhập học khóa mới"  # as printed
    assert any("Trước ngày nhập học khóa mới" in r and "dòng" in r for r in draft["Ký hợp đồng"]["review"])


def test_a_period_a_note_names_in_quotes_and_days_after_it(tmp_path):
    lines = plan_head("ngày 20 tháng 9 năm 2026", **WARD) + [
        "Ghi chú: \"Tháng cao điểm\" là Tháng cao điểm \"Vì người nghèo\" năm 2026, từ ngày 17/10 đến ngày 18/11/2026.",
        "1. Rà soát hộ nghèo muốn vào hợp tác xã (phòng Văn hóa - Xã hội chủ trì; Trước Tháng cao điểm).",
        "2. Vận động ủng hộ Quỹ (Ủy ban MTTQ Việt Nam phường chủ trì; Trong Tháng cao điểm).",
        "3. Chuyển tiền góp vốn vào tài khoản hợp tác xã (phòng Kinh tế chủ trì; Sau Tháng cao điểm 30 ngày)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-17"
    assert draft["Vận động"]["deadline"]["before"] == "2026-11-18"
    assert draft["Chuyển tiền"]["deadline"]["before"] == "2026-12-18"


def test_a_day_a_schedule_names(tmp_path):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD) + [
        "Ngày khai trương chợ: 12/10/2026. Ngày bế mạc: 30/10/2026.",
        "1. Sửa mái che các gian hàng của hợp tác xã (Tổ quản lý chợ chủ trì; trước ngày khai trương chợ).",
        "2. Thu dọn, trả mặt bằng (Tổ quản lý chợ chủ trì; sau ngày bế mạc 05 ngày)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Sửa mái"]["deadline"]["before"] == "2026-10-12"
    assert draft["Thu dọn"]["deadline"]["before"] == "2026-11-04"


def test_a_period_named_nowhere_stays_unread(tmp_path):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD) + [
        "1. Rà soát hộ nghèo (phòng Văn hóa - Xã hội chủ trì; Trong Tháng cao điểm)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Rà soát"]["deadline"]["kind"] != "before"


# --- doers and time on a note under the item's title ----------------------------------------------------------------

@pytest.mark.parametrize("title, text, note, lead, coop, due", [
    ("#### Việc 1. Lập sổ theo dõi từng hộ làm bánh", "Việc 1. Lập sổ theo dõi từng hộ làm bánh",
     "> phòng Kinh tế chủ trì; Trạm Y tế phường phối hợp; xong trước 15/10.", ["phòng Kinh tế"], ["Trạm Y tế phường"],
     "2026-10-15"),
    ("### 2. Bố trí điểm bán bánh tráng tại chợ Hòa Khánh", "Bố trí điểm bán bánh tráng tại chợ Hòa Khánh",
     "> Ban quản lý chợ Hòa Khánh; trước 30/11/2026.", ["Ban quản lý chợ Hòa Khánh"], [], "2026-11-30"),
])
def test_a_markdown_heading_then_a_quoted_note_of_doers(tmp_path, title, text, note, lead, coop, due):
    lines = [line.replace("\t", " | ") for line in plan_head("ngày 01 tháng 9 năm 2026", **WARD)[:-1]]
    lines += ["", "### II. Các việc phải làm", "", title, "", note, "", "### III. Báo cáo", "",
              "Phòng Kinh tế theo dõi chung.", ""] + [line.replace("\t", " | ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert draft[text]["text"] == text  # the heading alone: the note is no part of its work
    assert [n.lower() for n in draft.lead(text)][0].startswith(lead[0].lower())
    assert len(draft.coop(text)) == len(coop)
    assert draft[text]["deadline"]["before"] == due


@pytest.mark.parametrize("note, due", [
    ("Phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phường phối hợp; tháng 11/2026.", ("month", 11)),
    ("Đoàn kiểm tra liên ngành phường; trước 20/12/2026.", ("before", "2026-12-20")),
])
def test_a_plain_line_under_a_short_title_says_who_and_when(tmp_path, note, due):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD) + [
        "1. Tập huấn an toàn thực phẩm cho người làm bánh", note] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    task = draft["Tập huấn"]
    assert task["text"] == "Tập huấn an toàn thực phẩm cho người làm bánh"
    assert task["lead"]
    assert task["deadline"].get("month", task["deadline"].get("before")) == due[1]


@pytest.mark.parametrize("part", ["II. NỘI DUNG CÔNG VIỆC", "II. NỘI DUNG"])
@pytest.mark.parametrize("fields_", [
    "[Đơn vị chủ trì: Ban Kế hoạch - Hỗ trợ | Đơn vị phối hợp: Văn phòng Liên minh | Thời hạn: trước 20/12/2026]",
    "[Chủ trì: Ban Kế hoạch - Hỗ trợ; Phối hợp: Văn phòng Liên minh; Thời gian: trước 20/12/2026]",
])
def test_square_brackets_of_fields_give_work_under_any_part(tmp_path, part, fields_):
    lines = plan_head("ngày 01 tháng 9 năm 2026", issuer="LIÊN MINH HTX TỈNH HÀ TĨNH", number="190/KH-LMHTX",
                      place="Hà Tĩnh", title="Phần mềm kế toán cho hợp tác xã")[:-1] + [
        part, f"1. Chọn đơn vị cung cấp phần mềm qua chào giá cạnh tranh. {fields_}",
        "2. Mở 06 lớp tập huấn dùng phần mềm. [Đơn vị chủ trì: Trung tâm Tư vấn và Hỗ trợ HTX | Thời hạn: quý I/2027]"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Chọn đơn vị") == ["Ban Kế hoạch - Hỗ trợ"]
    assert draft["Chọn đơn vị"]["deadline"]["before"] == "2026-12-20"
    assert draft.lead("Mở 06 lớp") == ["Trung tâm Tư vấn và Hỗ trợ HTX"]


@pytest.mark.parametrize("part", ["II. Các việc phải làm", "III. NHỮNG VIỆC PHẢI THỰC HIỆN"])
def test_the_work_that_must_be_done_is_the_part_of_tasks(tmp_path, part):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD)[:-1] + [
        part, "1. Lập sổ theo dõi từng hộ làm bánh tráng, xong trước 15/10/2026.",
        "2. Khảo sát vị trí đặt bể lắng chung, trong tháng 10/2026.",
        "3. Phòng Kinh tế tổng hợp kết quả, báo cáo Ủy ban nhân dân phường trước 15/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Lập sổ"] and draft["Khảo sát"]


# --- names, partners and times as offices write them ------------------------------------------------------------------

@pytest.mark.parametrize("item, lead", [
    ("1.1. Ban Tư vấn - Khiếu nại — rà soát nhãn hàng hóa của 18 hợp tác xã (tháng 10/2026).", "Ban Tư vấn - Khiếu nại"),
    ("1.2. Chi hội Nha Trang – khảo sát bảng giá niêm yết của 06 hợp tác xã (tháng 11/2026).", "Chi hội Nha Trang"),
])
def test_a_doer_set_apart_by_a_dash_before_its_work(tmp_path, item, lead):
    lines = plan_head("ngày 18 tháng 9 năm 2026", issuer="HỘI BẢO VỆ NGƯỜI TIÊU DÙNG TỈNH KHÁNH HÒA",
                      number="22/KH-HBVNTD", place="Khánh Hòa", title="Nhãn hàng của hợp tác xã")[:-1] + [
        "II. NỘI DUNG VÀ PHÂN CÔNG", "1. Nhóm hợp tác xã chế biến", item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["lead"]][0].startswith(lead)
    assert "—" not in draft.names[task["lead"][0]] and "–" not in draft.names[task["lead"][0]]


@pytest.mark.parametrize("line, day", [
    ("15/10/2026 Bàn giao mặt bằng, cắm mốc 05 công trình", "2026-10-15"),
    ("- 30/11/2026: Thành lập Ban giám sát đầu tư của cộng đồng", "2026-11-30"),
    ("31/5/2027 – Lập hồ sơ quyết toán vốn đầu tư", "2027-05-31"),
])
def test_a_milestone_opens_with_its_day(line, day):
    from generator.importer.fields import deadline

    found = deadline(line, year=2026)
    assert (found.kind, found.before) == ("before", day)


def test_a_day_inside_a_sentence_is_no_milestone():
    from generator.importer.fields import deadline

    assert deadline("Bàn giao mặt bằng cho 15 hộ, lập biên bản", year=2026).kind == "unspecified"


@pytest.mark.parametrize("code", ["Đ.3.1", "K.2"])
def test_a_clause_code_in_the_first_column_is_no_group(tmp_path, code):
    rows = [[code, "Chốt với từng hợp tác xã sản lượng hạt bán cho Công ty", "Phòng Thu mua", "Phòng Kế toán", "Trước 15/01/2027"],
            ["Đ.4.1", "Cấp bao đay và máy đo ẩm cho các điểm gom hạt", "Kho nguyên liệu", "", "Trước 10/02/2027"]]
    draft = word_document(tmp_path, "ke-hoach.docx", plan_head("ngày 24 tháng 11 năm 2026", issuer="CÔNG TY CỔ PHẦN ĐIỀU AN PHÚ",
                                                               number="60/KH-AP", place="Đồng Nai", title="Thu mua hạt điều"),
                          [["Điều khoản", "Việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"], *rows], TAIL)
    assert draft.lead("Chốt với") == ["Phòng Thu mua"]
    assert draft["Chốt với"]["deadline"]["before"] == "2027-01-15"
    assert draft.lead("Cấp bao đay") == ["Kho nguyên liệu"]


@pytest.mark.parametrize("side", ["Phía HTX", "Phía hợp tác xã"])
def test_the_other_partys_side_takes_part(tmp_path, side):
    before = plan_head("ngày 01 tháng 9 năm 2026", issuer="CÔNG TY CỔ PHẦN MÔI GIỚI HÀNG HÓA ĐẮK LẮK", number="30/KH-MG",
                       place="Đắk Lắk", title="Hỗ trợ hợp tác xã cà phê")
    rows = [["1", "Khảo sát từng hợp tác xã: diện tích, sản lượng", "Trưởng phòng Khách hàng", "Giám đốc các HTX", "09 - 10/2026"],
            ["2", "Mở tài khoản ký quỹ đứng tên hợp tác xã", "Trưởng phòng Dịch vụ", "Kế toán trưởng các HTX", "Trước 31/10/2026"]]
    lines = with_table(before, ["TT", "Công việc", "Người phụ trách", side, "Thời gian"], rows, TAIL, ".txt")
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.coop("Khảo sát") == ["Giám đốc các HTX"]
    assert draft.coop("Mở tài khoản") == ["Kế toán trưởng các HTX"]
    assert (draft["Khảo sát"]["deadline"]["kind"], draft["Khảo sát"]["deadline"]["month"]) == ("month", 10)


@pytest.mark.parametrize("cell, year, month", [("09 - 10/2026", 2026, 10), ("3 - 5/2027", 2027, 5)])
def test_two_months_with_the_last_ones_year(cell, year, month):
    from generator.importer.fields import deadline

    found = deadline(cell, cell=True)
    assert (found.kind, found.year, found.month, found.printed) == ("month", year, month, cell)


@pytest.mark.parametrize("text, name", [
    ("Tổ thư ký kỳ đánh giá gửi thông báo lịch thi", "Tổ thư ký kỳ đánh giá"),
    ("Tổ giúp việc kỳ kiểm tra lập danh sách", "Tổ giúp việc kỳ kiểm tra"),
    ("Các phòng, chi cục, trung tâm thuộc Sở được giao chủ trì nhiệm vụ xây dựng kế hoạch chi tiết",
     "Các phòng, chi cục, trung tâm thuộc Sở"),
    ("Phòng Kinh tế được giao thực hiện việc rà soát", "Phòng Kinh tế"),
    ("Sở Nông nghiệp và Môi trường khi có vướng mắc về quy hoạch", "Sở Nông nghiệp và Môi trường"),
    ("Ban quản lý chợ khi phát sinh tranh chấp", "Ban quản lý chợ"),
])
def test_names_as_offices_write_them(text, name):
    from generator.importer.fields import name_only

    assert name_only(text) == name


@pytest.mark.parametrize("item, partner", [
    ("+ hướng dẫn hồ sơ thành lập mới HTX, THT, p/h UBND các xã, phường (thường xuyên)", "UBND các xã, phường"),
    ("+ lập hồ sơ vay vốn cho 09 HTX, p/h Sở Nông nghiệp và Môi trường (trước 15/12)", "Sở Nông nghiệp và Môi trường"),
])
def test_partners_after_the_short_ph(tmp_path, item, partner):
    lines = plan_head("ngày 02 tháng 10 năm 2026", issuer="LIÊN MINH HTX TỈNH QUẢNG TRỊ", number="150/KH-LMHTX",
                      place="Quảng Trị", title="Tư vấn, hỗ trợ hợp tác xã quý IV") + [
        "Ban Tư vấn - Phát triển:", item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["cooperating"]][0].startswith(partner)


@pytest.mark.parametrize("tail", ["vào tháng 10/2026", "vào quý IV/2026"])
def test_a_time_after_an_invited_partner_is_no_part_of_its_name(tmp_path, tail):
    lines = plan_head("ngày 11 tháng 8 năm 2026", issuer="HỘI LHPN TỈNH HÀ TĨNH", number="70/KH-HLHPN", place="Hà Tĩnh",
                      title="Phụ nữ làm chủ hợp tác xã") + [
        f"3. Ban Tuyên giáo mở 02 lớp quản lý HTX, mời giảng viên Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh, {tail}."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.coop("Ban Tuyên giáo") == ["Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh"]


@pytest.mark.parametrize("roles, lead, coop", [
    ("Ban công tác Mặt trận các xóm chủ trì hòa giải, phòng Kinh tế phối hợp; khi có phản ánh",
     "Ban công tác Mặt trận các xóm", "phòng Kinh tế"),
    ("Hội Nông dân phường chủ trì tổ chức, Ban quản lý chợ phối hợp; tháng 12/2026", "Hội Nông dân phường",
     "Ban quản lý chợ"),
])
def test_a_lead_with_what_it_leads_then_its_partner(tmp_path, roles, lead, coop):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD) + [
        "a) Giải quyết các phản ánh của hộ làm bánh tráng.", f"   ({roles})"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Giải quyết")[0].lower().startswith(lead.lower())
    assert draft.coop("Giải quyết")[0].lower().startswith(coop.lower())


# --- closings and running heads ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Các ban, chi hội căn cứ nội dung được phân công chủ động triển khai./.",
    "Các ban chuyên môn Hội tỉnh, Hội LHPN các xã, phường chủ động làm theo kế hoạch này./.",
    "Các phòng, bộ phận nêu tại mục III thực hiện đúng phân công; quá trình làm có khó khăn thì báo ngay Phó Tổng Giám "
    "đốc phụ trách vùng nguyên liệu để xử lý./.",
    "Các phòng thuộc Sở thực hiện theo Kế hoạch này./.",
])
def test_closings_give_no_task(text):
    assert gives_no_task(text)


def test_a_duty_beside_a_closing_word_stays_a_task():
    assert not gives_no_task("Các phòng căn cứ nội dung được phân công xây dựng kế hoạch chi tiết, gửi Văn phòng trước "
                             "ngày 15/9/2026.")


@pytest.mark.parametrize("head", ["Kế hoạch số {n} ngày 11/8/2026", "Kế hoạch {n} ngày 11/8/2026 của Ban Thường vụ Hội LHPN tỉnh"])
def test_a_running_head_printed_once_is_no_task(tmp_path, head):
    lines = plan_head("ngày 11 tháng 8 năm 2026", issuer="HỘI LHPN TỈNH HÀ TĨNH", number="67/KH-HLHPN", place="Hà Tĩnh",
                      title="Phụ nữ làm chủ hợp tác xã") + [
        "1. Ban Gia đình - Xã hội thống kê lại các HTX do nữ làm chủ, xong trước 30/9/2026.", "",
        "                                            2", head.format(n="67/KH-HLHPN"),
        "2. Ban Tuyên giáo làm 06 phóng sự về nữ giám đốc HTX, phát hằng tháng."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2
    assert not any(t["text"].startswith("Kế hoạch") for t in draft.tasks)


@pytest.mark.parametrize("title", ["IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ CUNG ỨNG", "IV. YÊU CẦU ĐỐI VỚI CÁC HỢP TÁC XÃ CUNG ỨNG"])
def test_a_part_that_asks_a_class_of_actors(tmp_path, title):
    lines = plan_head("ngày 10 tháng 8 năm 2026", **CENTRE)[:-1] + [
        "II. NHIỆM VỤ", "1. Phòng Kế hoạch - Tài chính ký hợp đồng mua gạo, rau với các hợp tác xã trước 05/9/2026.",
        title, "Giao hàng tại cổng kho căng tin trước 6 giờ 30 sáng mỗi ngày; lô nào không đạt thì đổi trong buổi sáng."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [name.lower() for name in draft.lead("Giao hàng")] == ["các hợp tác xã cung ứng"]


def test_a_day_of_another_clause_dates_no_period(tmp_path):
    lines = plan_head("ngày 01 tháng 6 năm 2026", **WARD) + [
        "1. Các hợp tác xã cập nhật thông tin thành viên lên Hệ thống thông tin quốc gia, muộn nhất 15 ngày sau Đại hội.",
        "2. Phòng Kinh tế tổng hợp danh sách hợp tác xã chưa tổ chức Đại hội, báo cáo Sở Tài chính trước 15/7/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Các hợp tác xã cập nhật"]["deadline"].get("before") != "2026-07-30"


@pytest.mark.parametrize("note", ["Mức được tính theo số đo lúc 14 giờ tại cửa lấy nước; mức sau gồm cả các việc của mức trước.",
                                  "Thời hạn được tính từ ngày Kế hoạch được ký."])
def test_how_a_grade_or_a_time_is_counted_is_no_task(note):
    assert gives_no_task(note)


@pytest.mark.parametrize("roles, lead, coop", [
    ("Công an phường chủ trì, có phòng Kinh tế tham gia; thường xuyên", "Công an phường", "phòng Kinh tế"),
    ("Ban quản lý chợ chủ trì, có phòng Văn hóa - Xã hội tham gia; tháng 11/2026", "Ban quản lý chợ", "phòng Văn hóa - Xã hội"),
])
def test_a_partner_said_to_be_there(tmp_path, roles, lead, coop):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **WARD) + [
        f"1. Kiểm tra việc xả thải của các hộ làm bánh tráng ({roles})."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Kiểm tra")[0].lower().startswith(lead.lower())
    assert draft.coop("Kiểm tra")[0].lower().startswith(coop.lower())
