"""kehoach import: dates as computers print them, plans that run up to a time, work columns, day schedules (issue 11).

- ISO 8601 times, as a task system or a spreadsheet exports them: "2026-11-30", "2027-03", "2027-Q2", spans with an
  arrow ("2027-01-05 → 2027-01-31", "2027-02-20 -> 2027-04-15"); never a span of years ("2026-2030"), a season
  ("2025-26") or a document's number ("số 2026-11").
- A plan whose title runs up to a time ("… đến hết tháng 6/2026", "… đến cuối năm 2026") reads its times printed
  without a year from the day it was signed ("trước 30/9" signed on 08/9/2025: 30/9/2025); a plan for one year
  ("… năm 2026") still reads them in that year.
- "Phần việc (được giao)" is a table's column of work (a team's share), beside "Địa bàn" (where it is done).
- A time cell naming a phase the document defines before with its time ("- Đợt 1: từ ngày 06/7/2026 đến ngày
  25/7/2026;" then "Đợt 1", "Cả 2 đợt"): the end of the last phase named, said for review; a phase not defined, or
  defined twice differently, is no time.
- A day-by-day schedule: a day's title alone on its line ("Thứ Hai, 07/9/2026", "Ngày 14/10/2026 (Thứ Tư):") dates
  the paragraphs or bullets under it, each opening with its part of the day ("Sáng:", "Chiều:", "Buổi sáng:", "Cả
  ngày:"), set apart so that its doer is read; the title is no task.
- The doer printed bold at an item's start, its sentence going on in lower case ("a) **UBND các xã, phường ven
  biển** kêu gọi …", "- Đề nghị **Quỹ …** và **Chi nhánh …** đơn giản hóa …"): the bold names end, whatever verb
  follows; each leads (the issuer's own "**Văn phòng**" too).
- A report's closing ("UBND phường … báo cáo Sở Tài chính … tổng hợp./.", "… kính báo cáo UBND xã biết, chỉ
  đạo./.", "… trân trọng báo cáo./.") is no task; a duty that reports its results ("… tổng hợp kết quả, báo cáo UBND
  phường để theo dõi./.") still is.
- An event as a sentence's last clause, before it ("… trước khi xuống giống.", "…, xong trước khi khai trương điểm
  bán.") or set apart, when it happens ("…, khi hợp tác xã đi vào hoạt động.", "(khi đoàn đến làm việc)"): the work
  is tied to it (after-condition), where nothing else dates it; not "khi" run on in its sentence ("… hồ sơ khi vay
  vốn"), not "khi cần thiết", not "khí" (gas), not an event before the last clause, and not where a date is printed.
- A stage's title whose bracket says the items under it are due ("1. Trước khi bão vào (các việc dưới đây hoàn thành
  trước 17 giờ 00 ngày 27/10/2026)"): their time, not the next stage's.
- Work "during" an event whose days the document gives once ("- Thời gian: 03 ngày, từ ngày 18/12 đến ngày
  20/12/2026", "Tuần hàng nông sản (19 - 22/11)", "… diễn ra từ ngày 12 đến hết ngày 16/11"; not an opening day
  alone): "trong những ngày diễn
  ra …", "trong suốt thời gian diễn ra …", "trong 3 ngày diễn ra …" are due by its last day, said for review; no
  time where the event is not dated.
- An item "work — doer; time." ("… — Trung tâm Khuyến nông; quý II."): the time after the semicolon is no doer.
- A class of economic actors alone with a colon over its bullets ("Các hợp tác xã tham gia chương trình:" / "- Cử
  người học lái …") leads them, as a body's name does.
- Work by each period ("theo từng quý"), on a day of every next month ("trước ngày 05 của tháng sau", "chậm nhất ngày
  10 của tháng sau") or all through a programme ("trong suốt chương trình"): ongoing.
- A month and its year that end the sentence ("… tại phiên họp thường kỳ tháng 12/2026.") is its time, not a cited
  document's ("… theo Kế hoạch số 12/KH-UBND tháng 12/2025."); rounds named by their numbers ("đợt 1 tháng 12/2026,
  đợt 2 tháng 4/2027") are done by the last.
- The end of the year said as a time of its own ("…; cuối năm báo cáo …", "… vào cuối năm"): the plan's year; not
  after a noun it names ("tổng kết cuối năm", "dịp cuối năm"), "cuối năm học", nor half of it ("6 tháng cuối năm").
- A note on what a column named in quotes holds ('Cột "Làm sau việc" ghi mã …', "Lưu ý: cột “Phối hợp” nêu …") is no
  task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import with_table, written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}\t{place}, ngày {day} năm {year}", "", "KẾ HOẠCH", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Thị Hạnh"]


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


def _listed(tmp_path, suffix: str, marker: str, items: list[str], **head):
    """A plan whose part II lists ``items``, each after ``marker`` ("{n}. " or "- "), drafted from ``suffix``."""
    lines = _head(**head) + ["II. NHIỆM VỤ"] + [marker.format(n=n) + item for n, item in enumerate(items, start=1)]
    return written_as(tmp_path, "ke-hoach", suffix, lines + TAIL)


# --- ISO dates -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, kind, value", [
    ("2026-11-30", "before", "2026-11-30"), ("2027-01-05 → 2027-01-31", "before", "2027-01-31"),
    ("2027-02-20 -> 2027-04-15", "before", "2027-04-15"), ("Trước 2026-12-18", "before", "2026-12-18"),
    ("từ 2027-1-5 đến 2027-1-31", "before", "2027-01-31"), ("2027-Q2", "quarter", [2]), ("2027-03", "month", 3)])
def test_an_iso_time_in_a_cell(cell, kind, value):
    found = fields.deadline(cell, cell=True)
    assert found.kind == kind and found.printed == cell
    assert {"before": found.before, "quarter": found.quarters, "month": found.month}[kind] == value
    if kind != "before":
        assert found.year == 2027


@pytest.mark.parametrize("text", ["Giai đoạn 2026-2030", "Niên vụ 2025-26", "Theo văn bản số 2026-11 của Công ty",
                                  "Mã hồ sơ 2026-11-30-07"])
def test_numbers_with_dashes_are_no_iso_times(text):
    assert fields.deadline(text, cell=True).kind not in ("before", "month", "quarter")


ISO_ROWS = [["1", "Khảo sát năng lực cung ứng rơm của các hợp tác xã", "Phòng Nguyên liệu", "2026-11-30"],
            ["2", "Ký hợp đồng nguyên tắc với các hợp tác xã", "Phòng Pháp chế", "2026-12-05 → 2026-12-18"],
            ["3", "Nhận rơm cuộn vụ Đông Xuân", "Đội Vận tải", "2027-Q2"]]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_iso_times_in_a_table_and_in_running_text(tmp_path, suffix):
    before = _head(issuer="CÔNG TY CỔ PHẦN NĂNG LƯỢNG XANH AN GIANG", number="12/KH-NLX", place="An Giang",
                   day="10 tháng 11", year="2026", title="Thu mua rơm cuộn từ hợp tác xã năm 2027") + [
        "I. NHIỆM VỤ",
        "1. Phòng Tài chính - Kế toán tạm ứng 30% tiền mua máy cuốn rơm cho hợp tác xã, hoàn thành trước 2027-01-15.",
        "", "II. LỊCH THỰC HIỆN"]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        before, ["STT", "Công việc", "Phụ trách", "Hạn hoàn thành"], ISO_ROWS, TAIL, suffix))
    assert draft["Phòng Tài chính - Kế toán tạm ứng"]["deadline"]["before"] == "2027-01-15"
    assert draft["Khảo sát năng lực"]["deadline"]["before"] == "2026-11-30"
    assert draft["Ký hợp đồng"]["deadline"] == {"printed": "2026-12-05 → 2026-12-18", "kind": "before",
                                                "before": "2026-12-18"}
    assert (draft["Nhận rơm"]["deadline"]["kind"], draft["Nhận rơm"]["deadline"]["quarters"]) == ("quarter", [2])


# --- a plan that runs up to a time ----------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, title, day, due", [
    (".txt", "Hỗ trợ hợp tác xã trồng mận trên địa bàn xã đến hết tháng 6/2026", "08 tháng 9",
     {"Rà soát": "2025-09-30", "Tập huấn": ("month", 2025, 10), "Lập phương án": "2025-12-15"}),
    (".md", "Củng cố hợp tác xã nông nghiệp sau sắp xếp đến cuối năm 2026", "15 tháng 8",
     {"Rà soát": "2025-09-30", "Tập huấn": ("month", 2025, 10), "Lập phương án": "2025-12-15"})])
def test_a_plan_up_to_a_time_reads_times_without_a_year_from_its_signing(tmp_path, suffix, title, day, due):
    lines = _head(issuer="ỦY BAN NHÂN DÂN XÃ BẢO NHAI", number="96/KH-UBND", place="Lào Cai", day=day, year="2025",
                  title=title) + [
        "I. NHIỆM VỤ",
        "1. Phòng Kinh tế rà soát các hợp tác xã còn hoạt động, xong trước 30/9.",
        "2. Trung tâm Dịch vụ nông nghiệp tập huấn kỹ thuật cắt tỉa cho thành viên hợp tác xã trong tháng 10.",
        "3. Các hợp tác xã lập phương án sản xuất năm 2026, gửi phòng Kinh tế trước 15/12."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft["Phòng Kinh tế rà soát"]["deadline"]["before"] == due["Rà soát"]
    month = draft["Trung tâm Dịch vụ"]["deadline"]
    assert (month["kind"], month["year"], month["month"]) == due["Tập huấn"]
    assert draft["Các hợp tác xã lập"]["deadline"]["before"] == due["Lập phương án"]


def test_a_plan_for_one_year_still_reads_times_in_that_year(tmp_path):
    lines = _head(issuer="ỦY BAN NHÂN DÂN XÃ BẢO NHAI", number="97/KH-UBND", place="Lào Cai", day="20 tháng 11",
                  year="2025", title="Phát triển hợp tác xã nông nghiệp năm 2026") + [
        "I. NHIỆM VỤ", "1. Phòng Kinh tế rà soát các hợp tác xã còn hoạt động, xong trước 30/9."] + TAIL
    assert written_as(tmp_path, "ke-hoach", ".txt", lines)["Phòng Kinh tế rà soát"]["deadline"]["before"] == "2026-09-30"


# --- a team's share of the work; a phase named alone in a time cell -------------------------------------------------

PHASES = ["II. THỜI GIAN", "Chiến dịch chia làm 02 đợt:", "- Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026;",
          "- Đợt 2: từ ngày 27/7/2026 đến ngày 15/8/2026.", "", "III. PHÂN CÔNG CÁC ĐỘI HÌNH"]
TEAMS = [["1", "Đội hình Khoa Kinh tế", "Xã Phú Bình: HTX Gà đồi Tân Khánh", "Hướng dẫn kế toán hợp tác xã ghi sổ",
          "Đoàn xã Phú Bình", "Đợt 1"],
         ["2", "Đội hình Khoa Nông học", "Xã Đại Từ: HTX Chè La Bằng", "Lấy mẫu đất, nước tưới gửi phân tích",
          "Trung tâm Khuyến nông tỉnh", "Cả 2 đợt"],
         ["3", "Đội hình Chuyển đổi số", "Xã Định Hóa: 08 hợp tác xã", "Mở gian hàng trực tuyến cho 08 hợp tác xã",
          "Bưu điện tỉnh", "Đợt 2"]]


@pytest.mark.parametrize("suffix, header", [
    (".md", ["TT", "Đội hình", "Địa bàn, HTX nhận hỗ trợ", "Phần việc", "Phối hợp", "Đợt"]),
    (".txt", ["STT", "Đội thực hiện", "Địa bàn", "Phần việc được giao", "Đơn vị phối hợp", "Thời gian"])])
def test_a_share_of_the_work_timed_by_a_phase_defined_before(tmp_path, suffix, header):
    before = _head(issuer="BCH ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM", number="46-KH/ĐTN", place="Thái Nguyên",
                   day="10 tháng 6", year="2026", title="Chiến dịch Mùa hè xanh đồng hành cùng hợp tác xã") + PHASES
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(before, header, TEAMS, TAIL, suffix))
    assert [t["text"][:20] for t in draft.tasks] == ["Hướng dẫn kế toán hợ", "Lấy mẫu đất, nước tư",
                                                     "Mở gian hàng trực tu"]
    due = {t["text"][:10]: (t["deadline"]["printed"], t["deadline"]["before"]) for t in draft.tasks}
    assert due == {"Hướng dẫn ": ("Đợt 1", "2026-07-25"), "Lấy mẫu đấ": ("Cả 2 đợt", "2026-08-15"),
                   "Mở gian hà": ("Đợt 2", "2026-08-15")}
    assert any("thời gian của đợt" in note for note in draft["Hướng dẫn"]["review"])


@pytest.mark.parametrize("cell", ["Đợt 3", "Đợt 1 vụ mùa", "Giai đoạn 1"])
def test_a_phase_not_defined_is_no_time(cell):
    defined = fields.phases(["- Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026;", "- Đợt 2: tháng 8/2026."])
    assert fields.phase_time(cell, defined) is None


def test_a_phase_defined_twice_differently_is_left_out():
    assert fields.phases(["- Đợt 1: tháng 7/2026;", "Đợt 1 (tháng 9/2026)", "- Đợt 2: tháng 8/2026."]) == {
        "dot 2": fields.deadline("tháng 8/2026", cell=True)}


# --- a day-by-day schedule ----------------------------------------------------------------------------------------

DAYS_PLAIN = ["III. LỊCH HỖ TRỢ TẠI CƠ SỞ", "Thứ Hai, 07/9/2026",
              "Sáng: Đoàn Thanh niên xã chụp ảnh sản phẩm của HTX Nông sản Pác Bó, mở gian hàng cho hợp tác xã; Bưu",
              "điện xã hỗ trợ khai báo kho hàng.",
              "Chiều: Bưu điện xã hướng dẫn kế toán HTX Chè Lũng Nặm mở tài khoản thanh toán, in mã QR dán",
              "tại quầy bán.", "Thứ Tư, 09/9/2026",
              "Cả ngày: Phòng Văn hóa - Xã hội hướng dẫn giám đốc 04 hợp tác xã ký hóa đơn điện tử; phối hợp Trung",
              "tâm Phục vụ hành chính công xã.", "", "IV. SAU ĐỢT HỖ TRỢ",
              "1. Phòng Kinh tế tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 30/9/2026."]
DAYS_BULLETED = ["III. LỊCH LÀM VIỆC", "Ngày 14/10/2026 (Thứ Tư):",
                 "- Buổi sáng: Trung tâm Khuyến nông hướng dẫn HTX Rau sạch Tân Lập ghi nhật ký sản xuất điện tử.",
                 "- Buổi chiều: Phòng Kinh tế kiểm tra hồ sơ đăng ký nhãn hiệu của HTX Miến dong Bình Lư.",
                 "Ngày 16/10/2026 (Thứ Sáu):",
                 "- Cả ngày: Hội Nông dân xã phối hợp Bưu điện xã tổ chức phiên chợ trực tuyến cho các hợp tác xã.",
                 "", "IV. TỔ CHỨC THỰC HIỆN",
                 "1. Phòng Kinh tế tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 30/10/2026."]


@pytest.mark.parametrize("suffix, body, due", [
    (".txt", DAYS_PLAIN, {"Đoàn Thanh niên xã chụp": ("Thứ Hai, 07/9/2026", "2026-09-07", ["Đoàn Thanh niên xã"]),
                          "Bưu điện xã hướng dẫn": ("Thứ Hai, 07/9/2026", "2026-09-07", ["Bưu điện xã"]),
                          "Phòng Văn hóa - Xã hội": ("Thứ Tư, 09/9/2026", "2026-09-09", ["Phòng Văn hóa - Xã hội"]),
                          "Phòng Kinh tế tổng hợp": ("trước ngày 30/9/2026", "2026-09-30", ["Phòng Kinh tế"])}),
    (".md", DAYS_BULLETED, {"Trung tâm Khuyến nông": ("Ngày 14/10/2026 (Thứ Tư)", "2026-10-14",
                                                      ["Trung tâm Khuyến nông"]),
                            "Phòng Kinh tế kiểm tra": ("Ngày 14/10/2026 (Thứ Tư)", "2026-10-14", ["Phòng Kinh tế"]),
                            "Hội Nông dân xã": ("Ngày 16/10/2026 (Thứ Sáu)", "2026-10-16", ["Hội Nông dân xã"]),
                            "Phòng Kinh tế tổng hợp": ("trước ngày 30/10/2026", "2026-10-30", ["Phòng Kinh tế"])})])
def test_a_day_by_day_schedule(tmp_path, suffix, body, due):
    lines = _head(issuer="ỦY BAN NHÂN DÂN XÃ HÀ QUẢNG", number="07/KH-UBND", place="Cao Bằng", day="26 tháng 8",
                  year="2026", title="Đợt hỗ trợ hợp tác xã bán hàng trên sàn thương mại điện tử") + body + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.tasks) == len(due)
    for anchor, (printed, before, lead) in due.items():
        task = draft[anchor]
        assert (task["deadline"]["printed"], task["deadline"]["before"]) == (printed, before), anchor
        assert [draft.names[a] for a in task["lead"]] == lead, anchor
    assert not any(t["text"].startswith(("Thứ", "Ngày", "Sáng", "Chiều", "Buổi", "Cả ngày")) for t in draft.tasks)


# --- the doer printed bold at the start of its item ---------------------------------------------------------------

BOLD_LETTERS = ["II. NHIỆM VỤ", "**1. Trước khi bão vào**",
                "a) **UBND các xã, phường ven biển** kêu gọi, kiểm đếm 100% tàu cá của các hợp tác xã còn trên biển "
                "vào nơi tránh trú, xong trước 17 giờ ngày 27/10/2026.",
                "b) **Phòng Hậu kỳ** dựng hình, lồng tiếng cho phóng sự về hợp tác xã, trước 30/10/2026.",
                "c) **Sở Tài chính** phối hợp với Sở Nông nghiệp và Môi trường lập phương án hỗ trợ con giống, trước "
                "ngày 10/11/2026."]
BOLD_BULLETS = ["II. PHÂN CÔNG",
                "- **Văn phòng Hội** thuê, dựng 30 gian hàng và sân khấu cho phiên chợ hợp tác xã, trước 15/11/2026.",
                "- Đề nghị **Ngân hàng Chính sách xã hội Chi nhánh tỉnh** xem xét gia hạn nợ cho các hợp tác xã bị "
                "thiệt hại, trong tháng 11/2026.",
                "- **Các hợp tác xã nuôi biển** cài ứng dụng nhật ký điện tử cho từng lồng nuôi, trước 30/11/2026.",
                "- Đề nghị **Quỹ Hỗ trợ phát triển hợp tác xã tỉnh** và **Chi nhánh Ngân hàng Chính sách xã hội tỉnh** "
                "đơn giản hóa hồ sơ vay cho hợp tác xã (trước 15/11/2026).",
                "- **Văn phòng** cập nhật thông tin của hợp tác xã mới thành lập lên hệ thống; hằng tháng báo cáo "
                "Thường trực."]


@pytest.mark.parametrize("body, leads", [
    (BOLD_LETTERS, {"UBND các xã, phường ven biển kêu": ["UBND các xã, phường ven biển"],
                    "Phòng Hậu kỳ": ["Phòng Hậu kỳ"], "Sở Tài chính": ["Sở Tài chính"]}),
    (BOLD_BULLETS, {"Văn phòng Hội": ["Văn phòng Hội"],
                    "Đề nghị Ngân hàng": ["Ngân hàng Chính sách xã hội Chi nhánh tỉnh"],
                    "Các hợp tác xã nuôi biển": ["Các hợp tác xã nuôi biển"],
                    "Đề nghị Quỹ": ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"],
                    "Văn phòng cập nhật": ["Văn phòng"]})])
def test_the_doer_printed_bold_before_its_verb(tmp_path, body, leads):
    lines = _head(issuer="ỦY BAN NHÂN DÂN TỈNH GIA LAI", number="52/KH-UBND", place="Gia Lai", day="26 tháng 10",
                  year="2026", title="Hỗ trợ hợp tác xã ven biển ứng phó bão số 10") + body + TAIL
    draft = written_as(tmp_path, "ke-hoach", ".md", lines)
    assert len(draft.tasks) == len(leads)
    for anchor, lead in leads.items():
        assert [draft.names[a].removesuffix(" Gia Lai").removesuffix(" tỉnh") for a in draft[anchor]["lead"]] == \
            [name.removesuffix(" tỉnh") for name in lead], anchor
    assert draft["Sở Tài chính" if "Sở Tài chính" in leads else "Văn phòng Hội"]["deadline"]["kind"] == "before"


# --- a report's closing ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, closing", [
    (".txt", "UBND phường Trà Vinh báo cáo Sở Tài chính tỉnh Vĩnh Long tổng hợp./."),
    (".md", "Phòng Kinh tế kính báo cáo UBND xã biết, chỉ đạo./."),
    (".txt", "Sở Tài chính trân trọng báo cáo./.")])
def test_a_reports_closing_is_no_task(tmp_path, suffix, closing):
    lines = [line.replace("KẾ HOẠCH", "BÁO CÁO") for line in _head(
        issuer="ỦY BAN NHÂN DÂN PHƯỜNG TRÀ VINH", number="341/BC-UBND", place="Vĩnh Long", day="05 tháng 10",
        year="2026", title="Tình hình kinh tế tập thể 9 tháng năm 2026")]
    lines += ["III. NHIỆM VỤ QUÝ IV",
              "1. Phòng Kinh tế hoàn tất thủ tục giải thể bắt buộc HTX Dịch vụ vận tải Long Đức, trước 15/12/2026.",
              "2. Phòng Kinh tế tổng hợp kết quả, báo cáo UBND phường để theo dõi./.", closing] + TAIL
    draft = written_as(tmp_path, "bao-cao", suffix, lines)
    assert [t["text"][:20] for t in draft.tasks] == ["Phòng Kinh tế hoàn t", "Phòng Kinh tế tổng h"]


# --- a last clause that is an event ---------------------------------------------------------------------------------

WHEN_ITEMS = {"Trung tâm Khuyến nông tổ chức": "trước khi xuống giống",
              "Đề nghị các hợp tác xã làng nghề": "khi đoàn đến làm việc",
              "Phòng Hành chính - Tổng hợp": "xong trước khi khai trương điểm bán",
              "Công an xã hướng dẫn": "khi hợp tác xã đi vào hoạt động"}


@pytest.mark.parametrize("suffix, marker", [(".txt", "{n}. "), (".md", "- ")])
def test_an_event_as_the_last_clause_ties_the_work_to_it(tmp_path, suffix, marker):
    items = ["Trung tâm Khuyến nông tổ chức hội nghị đầu bờ hướng dẫn hợp tác xã làm mạ, sạ hàng, trước khi xuống giống.",
             "Đề nghị các hợp tác xã làng nghề cử người đi cùng đoàn lấy mẫu, cung cấp hồ sơ môi trường (khi đoàn đến "
             "làm việc).",
             "Ngân hàng Chính sách xã hội hướng dẫn thành viên hợp tác xã hoàn thiện hồ sơ khi vay vốn.",
             "Chi cục Bảo vệ môi trường hướng dẫn hợp tác xã kiểm kê khí nhà kính, giảm phát thải khí nhà kính.",
             "Phòng Hành chính - Tổng hợp chuẩn bị quầy kệ, in bảng giá cho hợp tác xã, xong trước khi khai trương "
             "điểm bán.",
             "Trung tâm Dịch vụ nông nghiệp tập huấn cho thành viên hợp tác xã trước khi xuống giống, cùng Hội Nông dân xã.",
             "Công an xã hướng dẫn hợp tác xã giữ xe tại điểm trông giữ, khi hợp tác xã đi vào hoạt động.",
             "Phòng Kinh tế hỗ trợ các hợp tác xã khi cần thiết.",
             "Phòng Văn hóa - Xã hội tổng hợp, báo cáo UBND xã trước ngày 15/12/2026, khi kết thúc vụ."]
    draft = _listed(tmp_path, suffix, marker, items, issuer="ỦY BAN NHÂN DÂN XÃ TÂN HÒA", number="88/KH-UBND",
                    place="An Giang", day="02 tháng 9", year="2026",
                    title="Hỗ trợ hợp tác xã nông nghiệp vụ Thu Đông năm 2026")
    for anchor, printed in WHEN_ITEMS.items():
        assert draft[anchor]["deadline"] == {"printed": printed, "kind": "after-condition", "condition": printed}, anchor
    assert draft["Phòng Kinh tế hỗ trợ"]["deadline"]["kind"] == "unspecified"  # "khi cần thiết": how, not when
    assert draft["Ngân hàng Chính sách"]["deadline"]["kind"] == "unspecified"  # "khi" run on in its sentence: how
    assert draft["Chi cục Bảo vệ"]["deadline"]["kind"] == "unspecified"  # "khí nhà kính" (gas) is no "khi"
    assert draft["Trung tâm Dịch vụ"]["deadline"]["kind"] == "unspecified"  # the event is not the last clause
    assert draft["Phòng Văn hóa - Xã hội"]["deadline"]["before"] == "2026-12-15"  # a date printed is the time


# --- a stage's title that times the items under it ------------------------------------------------------------------

@pytest.mark.parametrize("suffix, title", [
    (".md", "**1. Trước khi bão vào (các việc dưới đây hoàn thành trước 17 giờ 00 ngày 27/10/2026)**"),
    (".txt", "1. Chuẩn bị (những nội dung sau đây xong trước ngày 27/10/2026)")])
def test_a_stage_title_timing_the_work_under_it(tmp_path, suffix, title):
    lines = _head(issuer="ỦY BAN NHÂN DÂN TỈNH GIA LAI", number="5217/UBND-NNMT", place="Gia Lai", day="26 tháng 10",
                  year="2026", title="Ứng phó bão số 10 đối với hợp tác xã nuôi biển") + [
        "II. NHIỆM VỤ", title,
        "a) Ủy ban nhân dân các xã ven biển rà soát, kiểm đếm tàu cá của các hợp tác xã còn hoạt động trên biển.",
        "b) Liên minh Hợp tác xã tỉnh phối hợp với Sở Công Thương kết nối doanh nghiệp thu mua tôm hùm thu hoạch sớm.",
        "2. Trong thời gian bão ảnh hưởng",
        "a) Sở Nông nghiệp và Môi trường giữ liên lạc với giám đốc các hợp tác xã có tàu đang tránh trú."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    for anchor in ("Ủy ban nhân dân các xã ven biển", "Liên minh Hợp tác xã tỉnh"):
        assert draft[anchor]["deadline"]["before"] == "2026-10-27", anchor
    assert draft["Sở Nông nghiệp và Môi trường"]["deadline"]["kind"] == "unspecified"  # the next stage: no time


# --- work during an event whose days the document gives once --------------------------------------------------------

EVENT_TXT = ["II. THỜI GIAN, ĐỊA ĐIỂM", "- Thời gian: 03 ngày, từ ngày 18/12 đến ngày 20/12/2026.",
             "- Địa điểm: sân vận động trung tâm xã Con Cuông.", "III. TỔ CHỨC THỰC HIỆN",
             "1. Trung tâm Văn hóa xã tổ chức livestream bán hàng trong 3 ngày diễn ra phiên chợ.",
             "2. Công an xã bảo đảm an ninh trật tự, phòng cháy, chữa cháy trong những ngày diễn ra phiên chợ.",
             "3. Phòng Kinh tế bố trí mặt bằng, điện, nước cho phiên chợ, xong trước 15/12/2026."]
EVENT_MD = ["Sở Công Thương tổ chức gian hàng hợp tác xã của tỉnh tại Tuần hàng nông sản (19 - 22/11) như sau:", "",
            "1. Phòng Quản lý thương mại chọn 20 hợp tác xã tham gia, xong trước 05/11/2026.", "",
            "2. Đề nghị Báo và Phát thanh, Truyền hình tỉnh cử phóng viên đưa tin trong những ngày diễn ra Tuần hàng.", "",
            "3. Văn phòng Sở cử cán bộ đi cùng, hỗ trợ hợp tác xã trong suốt thời gian diễn ra Tuần hàng."]


@pytest.mark.parametrize("suffix, body, during, end", [
    (".txt", EVENT_TXT, ["Trung tâm Văn hóa xã", "Công an xã"], "2026-12-20"),
    (".md", EVENT_MD, ["Đề nghị Báo", "Văn phòng Sở"], "2026-11-22")])
def test_work_during_an_event_is_due_by_its_last_day(tmp_path, suffix, body, during, end):
    lines = _head(issuer="SỞ CÔNG THƯƠNG TỈNH NGHỆ AN", number="2186/KH-SCT", place="Nghệ An", day="20 tháng 10",
                  year="2026", title="Phiên chợ sản phẩm hợp tác xã năm 2026") + body + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    for anchor in during:
        due = draft[anchor]["deadline"]
        assert (due["kind"], due["before"]) == ("before", end), anchor
        assert "diễn ra" in due["printed"]
        assert any("kết thúc của sự kiện" in note for note in draft[anchor]["review"])


def test_work_during_an_event_the_document_does_not_date_has_no_time(tmp_path):
    lines = _head(issuer="SỞ CÔNG THƯƠNG TỈNH NGHỆ AN", number="2187/KH-SCT", place="Nghệ An", day="20 tháng 10",
                  year="2026", title="Phiên chợ sản phẩm hợp tác xã năm 2026") + [
        "II. NHIỆM VỤ", "1. Công an xã bảo đảm an ninh trật tự trong những ngày diễn ra phiên chợ.",
        "2. Ban Biên tập hoàn thiện kịch bản, gửi Đài duyệt trước ngày 31/8/2026; duyệt lời bình trước khi dựng.",
        "3. Phòng Hành chính tạm ứng kinh phí trước mỗi chuyến đi; làm hồ sơ thanh lý trước ngày 15/12/2026."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", ".txt", lines)
    assert draft["Công an xã"]["deadline"]["kind"] == "unspecified"
    assert draft["Ban Biên tập"]["deadline"]["before"] == "2026-08-31"  # a date printed beats an event clause
    assert draft["Phòng Hành chính"]["deadline"]["before"] == "2026-12-15"


# --- the doer after a dash, its time after a semicolon --------------------------------------------------------------

@pytest.mark.parametrize("suffix, items", [
    (".txt", ["- Cấp con giống cá lăng cho các hợp tác xã tham gia dự án khuyến nông — Trung tâm Khuyến nông; quý II.",
              "- Hỗ trợ hợp tác xã làm nhãn, mã QR — Chi cục Phát triển nông thôn; trước 30/4."]),
    (".md", ["1. Cấp con giống cá lăng cho các hợp tác xã tham gia dự án — Trung tâm Khuyến nông; quý II/2027.",
             "2. Hỗ trợ hợp tác xã làm nhãn, mã QR — Chi cục Phát triển nông thôn; tháng 4 - 5/2027."])])
def test_a_time_after_the_doer_is_no_doer(tmp_path, suffix, items):
    lines = _head(issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH PHÚ THỌ", number="412/KH-SNNMT", place="Phú Thọ",
                  day="22 tháng 10", year="2026", title="Hợp tác xã trong chuỗi cá lồng năm 2027") + [
        "II. NHIỆM VỤ"] + items + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Cấp con giống") == ["Trung tâm Khuyến nông"]
    assert draft.lead("Hỗ trợ hợp tác xã") == ["Chi cục Phát triển nông thôn"]
    assert draft["Cấp con giống"]["deadline"]["quarters"] == [2]


# --- a note on what a table's column holds -------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, note", [
    (".txt", 'Cột "Làm sau việc" ghi mã những việc phải xong thì mới bắt đầu việc đó; dấu "–" là việc làm được ngay.'),
    (".md", "Lưu ý: cột “Phối hợp” nêu đơn vị cùng làm, đơn vị đứng đầu cột “Chủ trì” chịu trách nhiệm chính.")])
def test_a_note_on_a_column_is_no_task(tmp_path, suffix, note):
    before = _head(issuer="CÔNG TY CỔ PHẦN MÁY NÔNG NGHIỆP ĐỒNG THÁP", number="46/KH-MNSD", place="Đồng Tháp",
                   day="02 tháng 9", year="2026", title="Cho hợp tác xã thuê mua máy gặt đập liên hợp") + [
        "III. PHÂN CÔNG THỰC HIỆN", note]
    rows = [["MN-01", "Khảo sát nhu cầu máy gặt của các hợp tác xã", "–", "Phòng Kinh doanh", "", "15/9/2026"],
            ["MN-02", "Ký hợp đồng thuê mua với hợp tác xã", "MN-01", "Phòng Pháp chế", "Phòng Kinh doanh", "30/9/2026"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        before, ["Mã", "Công việc", "Làm sau việc", "Chủ trì", "Phối hợp", "Hạn hoàn thành"], rows, TAIL, suffix))
    assert [t["text"][:12] for t in draft.tasks] == ["Khảo sát nhu", "Ký hợp đồng "]


# --- a class of economic actors over its duties ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix, heading", [(".txt", "Các hợp tác xã tham gia chương trình:"),
                                             (".md", "Các tổ hợp tác nuôi ong:")])
def test_a_class_over_its_bullets_leads_them(tmp_path, suffix, heading):
    lines = _head(issuer="ỦY BAN NHÂN DÂN XÃ TÂN HÒA", number="91/KH-UBND", place="Đồng Tháp", day="02 tháng 9",
                  year="2026", title="Cơ giới hóa khâu thu hoạch lúa vụ Thu Đông năm 2026") + [
        "IV. TỔ CHỨC THỰC HIỆN", "Phòng Kinh tế:",
        "- Tổng hợp nhu cầu máy gặt của các hợp tác xã, báo cáo UBND xã trước ngày 15/9/2026.", heading,
        "- Cử người học lái, học sửa chữa máy gặt; hoàn thành trước 20/9/2026.",
        "- Lập lịch gặt cho từng cánh đồng, niêm yết giá dịch vụ; gửi UBND xã trước ngày 25/9/2026."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Tổng hợp nhu cầu") == ["Phòng Kinh tế"]
    assert draft.lead("Cử người học lái") == draft.lead("Lập lịch gặt") == [heading.rstrip(":")]


# --- work that comes back each period --------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, marker", [(".txt", "{n}. "), (".md", "- ")])
def test_work_by_each_period_is_ongoing(tmp_path, suffix, marker):
    items = {"Chi nhánh Ngân hàng Chính sách xã hội báo cáo kết quả cho vay về Hội sở tỉnh trước ngày 05 của tháng sau.":
             "trước ngày 05 của tháng sau",
             "Ban Hậu cần thanh toán tiền hàng cho các hợp tác xã chậm nhất ngày 10 của tháng sau.":
             "chậm nhất ngày 10 của tháng sau",
             "Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân vốn vay cho thành viên tổ hợp tác theo từng quý.":
             "theo từng quý",
             "Ban Truyền thông đưa tin về các cặp bếp trưởng - hợp tác xã trong suốt chương trình.":
             "trong suốt chương trình"}
    draft = _listed(tmp_path, suffix, marker, [*items, "Phòng Kinh tế tổng hợp kết quả, báo cáo UBND tỉnh trước ngày "
                                                       "05/12/2026."],
                    issuer="HỘI VĂN HÓA ẨM THỰC TỈNH LÂM ĐỒNG", number="21/KH-HVHAT", place="Lâm Đồng",
                    day="18 tháng 8", year="2026", title="Bếp trưởng về với hợp tác xã năm 2026")
    for item, printed in items.items():
        assert draft[item[:25]]["deadline"] == {"printed": printed, "kind": "ongoing"}, item
    assert draft["Phòng Kinh tế tổng hợp"]["deadline"]["before"] == "2026-12-05"  # a month's own day is no period


# --- a month that ends the sentence; rounds by their numbers --------------------------------------------------------

@pytest.mark.parametrize("suffix, marker", [(".txt", "{n}. "), (".md", "- ")])
def test_a_month_ending_the_sentence_and_numbered_rounds(tmp_path, suffix, marker):
    items = ["Sở Tài chính tổng hợp kết quả, báo cáo UBND tỉnh tại phiên họp thường kỳ tháng 12/2026.",
             "Sở Công Thương bố trí gian hàng cho hợp tác xã tại Hội chợ quốc tế tổ chức tại Lào Cai tháng 11/2026.",
             "Tổ công tác kiểm tra hoạt động của 9 hợp tác xã, chia 2 đợt: đợt 1 tháng 12/2026, đợt 2 tháng 4/2027.",
             "Chi cục Chăn nuôi tiêm vắc xin cho bò của thành viên hợp tác xã, đợt 1 tháng 3/2026, đợt 2 tháng 9/2026; "
             "phối hợp cán bộ thú y các xã.",
             "Phòng Kinh tế hướng dẫn hợp tác xã theo Kế hoạch số 12/KH-UBND tháng 12/2025."]
    draft = _listed(tmp_path, suffix, marker, items, issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI", number="64/KH-UBND",
                    place="Lào Cai", day="10 tháng 2", year="2026", title="Phát triển kinh tế tập thể năm 2026")
    want = {"Sở Tài chính": (2026, 12), "Sở Công Thương": (2026, 11), "Tổ công tác": (2027, 4),
            "Chi cục Chăn nuôi": (2026, 9)}
    for anchor, (year, month) in want.items():
        due = draft[anchor]["deadline"]
        assert (due["kind"], due["year"], due["month"]) == ("month", year, month), anchor
    assert draft["Phòng Kinh tế"]["deadline"]["kind"] == "unspecified"  # a cited document's month


# --- the end of the year said alone ---------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, marker", [(".txt", "{n}. "), (".md", "- ")])
def test_the_end_of_the_year_said_alone_is_the_plans_year(tmp_path, suffix, marker):
    items = ["Đề nghị Ủy ban MTTQ xã vận động hội viên vào tổ hợp tác, hợp tác xã; cuối năm báo cáo số người tham gia "
             "về UBND xã.",
             "Phòng Kinh tế giám sát việc chi tiền hỗ trợ cho tổ hợp tác, báo cáo kết quả vào cuối năm.",
             "Hội Cựu chiến binh xã tổ chức tổng kết cuối năm.",
             "Văn phòng HĐND và UBND xã tổ chức hội nghị đối thoại với các hợp tác xã vào cuối năm.",
             "Hội Nông dân xã hướng dẫn thành viên tổ hợp tác ghi sổ, lập báo cáo tài chính cuối năm học nghề.",
             "Trung tâm Khuyến nông tập huấn kỹ thuật cho thành viên tổ hợp tác trong 6 tháng cuối năm.",
             "Ban Văn hóa bố trí hội trường cho buổi đối thoại với các tổ hợp tác, tổ chức dịp cuối năm."]
    draft = _listed(tmp_path, suffix, marker, items, issuer="ỦY BAN NHÂN DÂN XÃ EA KAR", number="34/KH-UBND",
                    place="Đắk Lắk", day="15 tháng 1", year="2026", title="Phát triển tổ hợp tác, hợp tác xã năm 2026")
    for anchor in ("Đề nghị Ủy ban MTTQ", "Phòng Kinh tế", "Văn phòng HĐND"):
        assert (draft[anchor]["deadline"]["kind"], draft[anchor]["deadline"]["year"]) == ("year", 2026), anchor
    assert draft["Hội Nông dân xã"]["deadline"]["kind"] == "unspecified"  # "cuối năm học": a school year's end
    assert draft["Trung tâm Khuyến nông"]["deadline"]["quarters"] == [3, 4]  # "6 tháng cuối năm": its half
    assert draft["Ban Văn hóa"]["deadline"]["kind"] != "year"  # "dịp cuối năm": an occasion, read as occasions are
    assert draft["Hội Cựu chiến binh"]["deadline"]["kind"] == "unspecified"  # "tổng kết cuối năm": an event's name


@pytest.mark.parametrize("line, dated", [("Hội chợ diễn ra từ ngày 27/2 đến ngày 29/2", dt.date(2028, 3, 5)),
                                         ("Tuần hàng (28 - 31/2)", dt.date(2026, 1, 5))])
def test_an_event_on_a_day_that_does_not_exist_is_no_event(line, dated):
    assert fields.event_spans([line], dated) == []


@pytest.mark.parametrize("cell", ["31/2/2027", "2027-02-31", "Trước 29/2/2027", "30.4.2026 - 31.4.2026"])
def test_a_day_no_calendar_has_is_no_time(cell):
    found = fields.deadline(cell, cell=True, year=2026)
    assert found.kind != "before" and found.before is None
