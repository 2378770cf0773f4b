"""kehoach import: times as offices type them at the end of a task, without their year (issue 11).

A run of months printed without its year ("tháng 4 - 5", "từ tháng 9 đến tháng 10") is due by its last month, read in
the plan's year, as a run with its year is; three months that make a quarter are that quarter. A time that is a
clause of its own after a comma at the end of the task ("…, mua giống, cả năm 2026.", "…, tháng 9/2026.") is the
task's time, as one after a dash is. A plan for two years running ("năm 2026 - 2027") signed in the first is near in
time, as a season's is: a day without its year ("xong trước 20/8", "trước 10/01") is the first such day after the
signing; a plan of a longer stage ("giai đoạn 2026 - 2030") leaves such a day unread (it may come back each year).
Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written, written_as
from generator.importer import fields


@pytest.mark.parametrize("text, month", [
    ("Trung tâm Khuyến công hướng dẫn hợp tác xã hoàn thiện bao bì, tem truy xuất nguồn gốc, tháng 4 - 5.", 5),
    ("Phòng Kinh tế mở lớp tập huấn kế toán cho hợp tác xã, thực hiện từ tháng 9 đến tháng 10.", 10),
    ("Hội Nông dân xã vận động hộ vào tổ hợp tác (tháng 10-11).", 11),
])
def test_a_run_of_months_without_its_year_is_due_by_its_last_month(text, month):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.year, found.month) == ("month", 2026, month)
    assert "tháng cuối" in found.note and "năm của kế hoạch" in found.note  # both readings are said


def test_a_run_of_three_months_of_a_quarter_without_its_year_is_that_quarter():
    found = fields.deadline("Sở Công Thương tổ chức phiên chợ hàng hợp tác xã, thực hiện từ tháng 7 đến tháng 9.",
                            year=2026)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2026, [3])


@pytest.mark.parametrize("text, expected", [
    ("Hội Nông dân xã giới thiệu hộ nuôi ong vay vốn mua thùng, mua giống, cả năm 2026.",
     {"printed": "năm 2026", "kind": "year", "year": 2026}),
    ("Liên minh Hợp tác xã tỉnh tập huấn kỹ năng bán hàng trực tuyến cho cán bộ hợp tác xã, tháng 9/2026.",
     {"printed": "tháng 9/2026", "kind": "month", "year": 2026, "month": 9}),
    ("Phòng Kinh tế hướng dẫn tổ hợp tác lập hồ sơ chuyển thành hợp tác xã, quý IV/2026;",
     {"printed": "quý IV/2026", "kind": "quarter", "year": 2026, "quarters": [4]}),
])
def test_a_time_in_a_clause_of_its_own_after_a_comma_at_the_end_is_the_tasks(text, expected):
    assert fields.deadline(text).as_dict() == expected


@pytest.mark.parametrize("text", [
    "Sở Tư pháp hướng dẫn hợp tác xã sửa điều lệ theo Luật Hợp tác xã, năm 2023 là năm Luật được thông qua.",
    "Phòng Kinh tế hướng dẫn hợp tác xã lập hồ sơ, kinh phí năm 2026.",
])
def test_a_year_inside_a_last_clause_that_is_no_time_of_its_own_is_no_deadline(text):
    assert fields.deadline(text).kind == "unspecified"


HEAD = ["UBND XÃ {name}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-UBND\t{name_lower}, ngày 16 tháng 7 năm 2026", "", "KẾ HOẠCH", "{title}", "",
        "I. NHIỆM VỤ, PHÂN CÔNG"]
CLOSE = ["II. TỔ CHỨC THỰC HIỆN", "Phòng Kinh tế theo dõi, tổng hợp kết quả, báo cáo UBND xã.", "",
         "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Văn Sơn"]


def plan(name: str, number: str, title: str) -> list[str]:
    return [line.format(name=name.upper(), name_lower=name, number=number, title=title) for line in HEAD]


@pytest.mark.parametrize("name, number, title, suffix", [
    ("Quản Bạ", "27", "Phát triển tổ hợp tác, hợp tác xã nuôi ong năm 2026 - 2027", ".txt"),
    ("Mường Khương", "41", "Củng cố hợp tác xã chè trên địa bàn xã năm 2026-2027", ".md"),
])
def test_a_day_without_its_year_in_a_plan_for_two_years_running_is_the_first_after_signing(
        tmp_path, name, number, title, suffix):
    lines = plan(name, number, title) + [
        "1. Phòng Kinh tế rà soát số hộ, lập danh sách hộ có nhu cầu vào hợp tác xã. Xong trước 20/8.",
        "2. Hội Nông dân xã vận động hộ tham gia tổ hợp tác, báo cáo kết quả về phòng Kinh tế trước 10/01.",
        "3. Trung tâm dịch vụ nông nghiệp xã mở lớp tập huấn kỹ thuật cho thành viên hợp tác xã trong quý IV."] + CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft["Phòng Kinh tế rà soát"]["deadline"]["before"] == "2026-08-20"
    assert draft["Hội Nông dân xã vận động"]["deadline"]["before"] == "2027-01-10"
    assert draft["Trung tâm dịch vụ"]["deadline"] == {"printed": "quý IV", "kind": "quarter", "year": 2026,
                                                      "quarters": [4]}


def test_a_day_without_its_year_in_a_plan_for_a_longer_stage_is_left_unread(tmp_path):
    lines = plan("Quản Bạ", "28", "Phát triển hợp tác xã nuôi ong giai đoạn 2026 - 2030") + [
        "1. Phòng Kinh tế rà soát số hộ, lập danh sách hộ có nhu cầu vào hợp tác xã. Xong trước 20/8."] + CLOSE
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Phòng Kinh tế rà soát"]["deadline"]["kind"] == "unspecified"


@pytest.mark.parametrize("title, suffix", [
    ("Hỗ trợ hợp tác xã chăn nuôi bò trên địa bàn xã từ nay đến hết vụ xuân 2026", ".txt"),
    ("Củng cố tổ hợp tác trồng cỏ từ nay đến năm 2026", ".md"),
])
def test_a_plan_from_now_to_a_later_year_reads_a_day_without_its_year_from_the_signing(tmp_path, title, suffix):
    """Signed on 16/7/2026 but titled "từ nay đến … 2026"? The day here: signed in 2025, the plan's times run from
    then: "trước 30/10" is 30/10/2025, "trước 20/01" is 20/01/2026."""
    lines = [line.replace("ngày 16 tháng 7 năm 2026", "ngày 22 tháng 9 năm 2025")
             for line in plan("Tân Kỳ", "215", title)] + [
        "1. Phòng Kinh tế rà soát lại đàn bò của thành viên hợp tác xã, xong trước 30/10.",
        "2. Hội Nông dân xã vận động hộ góp vốn vào tổ hợp tác, báo cáo kết quả trước 20/01."] + CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft["Phòng Kinh tế rà soát"]["deadline"]["before"] == "2025-10-30"
    assert draft["Hội Nông dân xã vận động"]["deadline"]["before"] == "2026-01-20"


@pytest.mark.parametrize("text", ["Phòng Việc làm đến làm việc tại ít nhất 20 hợp tác xã; 6 tháng một lần.",
                                  "Trạm Thủy lợi kiểm tra các công trình đã bàn giao cho hợp tác xã 03 tháng/lần.",
                                  "Tổ giám sát kiểm tra sổ sách của hợp tác xã, mỗi 6 tháng.",
                                  "Liên minh cử cán bộ xuống bản hướng dẫn thành lập hợp tác xã, mỗi quý ít nhất 01 lần.",
                                  "Tổ Bảo vệ duy trì trực tại điểm giao nhận hàng của hợp tác xã hằng đêm.",
                                  "Phòng Kinh tế cập nhật giá nông sản lên trang thông tin của xã hằng ngày."])
def test_a_period_the_work_comes_back_every_is_recurring(text):
    assert fields.deadline(text, year=2026).kind == "ongoing"


@pytest.mark.parametrize("text, before", [
    ("Phòng Việc làm rà soát nhu cầu tuyển dụng của hợp tác xã — hạn chót 31/7.", "2026-07-31"),
    ("Các hợp tác xã gửi đăng ký về Liên minh, hạn chót là 15/10.", "2026-10-15"),
])
def test_a_last_day_without_its_year_is_read_in_the_plans_year(text, before):
    assert fields.deadline(text, year=2026).before == before


@pytest.mark.parametrize("cell, quarters", [("Q3", [3]), ("Q3-Q4", [3, 4]), ("Q.II", [2])])
def test_a_quarter_typed_short_in_a_cell_is_read_in_the_plans_year(cell, quarters):
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2026, quarters)


@pytest.mark.parametrize("text, before", [
    ("Văn phòng Hội biên soạn tài liệu, xong trước Ngày Khuyến học Việt Nam (02/10).", "2026-10-02"),
    ("Trạm Quản lý cảng cá bố trí khu neo đậu cho hợp tác xã, xong trước khi vào vụ (15/9/2026).", "2026-09-15"),
    ("Hội Nông dân xã vận động hộ vào tổ hợp tác trước mùa thu hoạch (khoảng 20/7).", "2026-07-20"),
])
def test_before_an_event_with_its_day_in_brackets_is_due_by_that_day(text, before):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", before)
    assert found.printed.endswith(")") and found.printed in text  # verbatim, its bracket closed


@pytest.mark.parametrize("text", ["Hội Nông dân xã giới thiệu hội viên vay vốn Quỹ hỗ trợ nông dân; cả năm.",
                                  "Trung tâm tư vấn cho các hợp tác xã làm hồ sơ đánh giá sản phẩm OCOP (cả năm).",
                                  "Phòng Kinh tế vận động hộ nhỏ lẻ vào tổ hợp tác, trong năm."])
def test_the_whole_year_unnamed_at_the_end_is_the_plans_year(text):
    assert fields.deadline(text, year=2026).as_dict() | {"printed": None} == {"printed": None, "kind": "year",
                                                                              "year": 2026}
    assert fields.deadline(text).kind == "unspecified"  # a plan of several years: which year is not said


@pytest.mark.parametrize("text, kind", [
    ("Công an xã giữ an ninh trật tự tại các điểm thu mua; trong suốt vụ thu hoạch.", "ongoing"),
    ("Chi cục Quản lý thị trường kiểm tra việc trộn hạt dẻ nơi khác, trong mùa vụ.", "ongoing"),
    ("Ban Thường vụ theo dõi, đôn đốc trong suốt thời gian thực hiện Kế hoạch.", "ongoing"),
    # the days an event lasts are no standing duty
    ("Công an tỉnh bảo đảm an ninh tại khu vực Hội chợ trong suốt thời gian diễn ra Hội chợ.", "unspecified"),
])
def test_all_through_a_season_or_the_work_is_a_standing_duty(text, kind):
    assert fields.deadline(text, year=2026).kind == kind


TET_HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {commune}\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 52/KH-UBND\t{place}, ngày {day}", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã tiêu thụ sản phẩm dịp cuối năm", "",
            "I. MỤC ĐÍCH", "Giúp các hợp tác xã bán hết sản phẩm.", "II. NHIỆM VỤ"]
TET_CLOSE = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tLò Văn Minh"]


@pytest.mark.parametrize("commune, place, day, tet, suffix", [
    ("THAN UYÊN", "Than Uyên", "03 tháng 9 năm 2025", "2026-02-17", ".txt"),
    ("SÓC SƠN", "Sóc Sơn", "22 tháng 3 năm 2026", "2027-02-06", ".md"),
])
def test_before_tet_is_the_next_tet_after_the_signing(tmp_path, commune, place, day, tet, suffix):
    """"trước Tết Nguyên đán": before the first day of the next Tết after the document's date (generator/data/tet.json
    and its basis), said for review; "sau Tết" is no such time."""
    lines = [line.format(commune=commune, place=place, day=day) for line in TET_HEAD] + [
        "1. Phòng Kinh tế mở điểm giới thiệu sản phẩm của các hợp tác xã, xong trước Tết Nguyên đán.",
        "2. Hội Nông dân xã vận động hộ vào tổ hợp tác sau Tết.",
    ] + TET_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    due = draft["Phòng Kinh tế mở điểm"]["deadline"]
    assert (due["kind"], due["before"], due["printed"]) == ("before", tet, "trước Tết Nguyên đán")
    assert any("Tết Nguyên đán" in note and "Âm lịch" in note for note in draft["Phòng Kinh tế mở điểm"]["review"])
    assert draft["Hội Nông dân xã vận động"]["deadline"]["kind"] != "before"


def test_the_table_of_tet_days_says_its_basis_and_runs_in_order():
    import json
    from pathlib import Path

    table = json.loads((Path(fields.__file__).parent.parent / "data" / "tet.json").read_text(encoding="utf-8"))
    assert table["basis"] and "Điều 112" in table["basis"]
    days = [table["days"][year] for year in sorted(table["days"])]
    assert days == sorted(days) and all(day.startswith(year) for year, day in sorted(table["days"].items()))
    assert fields.before_tet("trước Tết", None) is None  # no date, no Tết
    assert fields.before_tet("hoàn thành trước Tết", __import__("datetime").date(2031, 1, 1)) is None  # past the table
