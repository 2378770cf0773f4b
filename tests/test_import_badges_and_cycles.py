"""kehoach import: a task list's badges run on in a PDF's text, times counted within each round, a body invited
beside the lead, and lines that are no task (issue 11).

- Labelled fields run on one line with no mark between, each label capitalised, as a task list's badges print in a
  PDF's text ("Chủ trì: X Phối hợp: Y Hạn: 15/9/2026 Trạng thái: Chưa bắt đầu"): each field is read; a tracker's
  "Trạng thái: …" (where the item stands) is no doer and no time, even with its value on the next line.
- A table's time column headed as the point in each round ("Thời điểm trong lứa", "Thời điểm trong vụ") and a time
  cell counted in days from an event of it ("03 ngày trước ngày băng tằm", "Ngày thứ 10", "Ngày thứ 6 sau lên né"):
  tied to that event (after-condition).
- "Giao: X, mời Y cử người viết …": X leads, the body invited takes part.
- The doers' bracket followed by its time after a spaced dash ("… (X; Y) - quý I."), and the doers with their roles last
  after a spaced dash ("…, trong tháng 8 — phòng X chủ trì, Y, Z phối hợp."): read as a closing bracket's.
- No task: a form or an appendix by its number and title in the list of what is attached ("Mẫu 01: Nhật ký …;",
  "Biểu số 02: …"); a body's figure alone ("HTX A (xã B): 86.000 thùng loại 10 kg, 5 lớp."); the units told to carry
  out the plan ("Các phòng, xưởng căn cứ Kế hoạch này tổ chức thực hiện; vướng mắc báo cáo …/.").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, plan_head, with_table, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Quang Vĩnh"]
CO = dict(issuer="CÔNG TY CỔ PHẦN BAO BÌ PHÚ VINH", number="31/KH-BBPV", place="Tân An",
          title="Cung ứng thùng carton cho các hợp tác xã vụ 2026 - 2027")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("status", [("Trạng thái: Đang", "thực hiện"), ("Tình trạng:", "Chưa bắt đầu")])
def test_a_task_lists_badges_run_on_one_line(tmp_path, suffix, status):
    lines = plan_head("ngày 24 tháng 8 năm 2026", **CO) + [
        "1. Khảo sát nhu cầu thùng theo thị trường của 05 hợp tác xã; chốt số lượng từng loại thùng",
        f"Chủ trì: Phòng Kinh doanh Phối hợp: Phòng Thiết kế - Chế bản Hạn: 15/9/2026 {status[0]}",
        status[1],
        "2. Thử độ bền nén của thùng mẫu sau 72 giờ trong kho lạnh",
        "Chủ trì: Phòng QA Phối hợp: Xưởng In - Thành phẩm Hạn: 10/10/2026 Trạng thái: Chưa bắt đầu"] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 2
    assert named_as(draft.lead("Khảo sát"), ["Phòng Kinh doanh"])
    assert named_as(draft.coop("Khảo sát"), ["Phòng Thiết kế - Chế bản"])
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-15"
    assert named_as(draft.coop("Thử độ bền"), ["Xưởng In - Thành phẩm"])
    assert draft["Thử độ bền"]["deadline"]["before"] == "2026-10-10"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("header, first, second", [
    ("Thời điểm trong lứa", "03 ngày trước ngày băng tằm", "Ngày thứ 6 sau lên né"),
    ("Thời điểm trong vụ", "05 ngày trước khi gieo", "Ngày thứ 20 - 25 sau gieo"),
])
def test_times_counted_within_each_round(tmp_path, suffix, header, first, second):
    rows = [["1", first, "Giao giống cho hợp tác xã, hướng dẫn chuẩn bị", "Trạm Giống", "Phòng Kỹ thuật"],
            ["2", second, "Kiểm tra từng hộ, hướng dẫn chăm sóc", "Phòng Kỹ thuật", "Tổ kỹ thuật các HTX"],
            ["3", "Ngày thứ 10", "Lập biên bản giao nhận với từng hợp tác xã", "Phòng Nguyên liệu", ""]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        plan_head("ngày 16 tháng 3 năm 2026", **CO), ["TT", header, "Công việc", "Chủ trì", "Phối hợp"], rows, TAIL,
        suffix))
    for prefix, printed in (("Giao giống", first), ("Kiểm tra", second), ("Lập biên bản", "Ngày thứ 10")):
        assert draft[prefix]["deadline"]["kind"] == "after-condition"
        assert draft[prefix]["deadline"]["condition"] == printed


@pytest.mark.parametrize("partner", ["Thuế tỉnh Khánh Hòa", "Hội Nông dân tỉnh"])
def test_a_body_invited_beside_the_lead(tmp_path, partner):
    lines = plan_head("ngày 05 tháng 10 năm 2026", **CO) + [
        "1/ Biên soạn tài liệu bồi dưỡng gồm 04 chuyên đề (quản trị hợp tác xã; chế độ kế toán). Giao: Trung tâm Tư "
        f"vấn và Hỗ trợ HTX, mời {partner} cử người viết chuyên đề. Thời hạn: trong tháng 11/2026.",
        "2/ Mở 03 lớp tại các phường. Giao: Trung tâm Tư vấn và Hỗ trợ HTX thực hiện. Thời hạn: tháng 12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Biên soạn"), ["Trung tâm Tư vấn và Hỗ trợ HTX"])
    assert named_as(draft.coop("Biên soạn"), [partner])
    assert draft["Biên soạn"]["deadline"]["month"] == 11


@pytest.mark.parametrize("text", [
    "Mẫu 01: Nhật ký nuôi ngao của hợp tác xã;",
    "Biểu số 02: Tổng hợp kết quả thực hiện.",
    "HTX Thanh long Tầm Vu (xã Tầm Vu): 86.000 thùng loại 10 kg, 5 lớp.",
    "THT thanh long ấp Cầu Đôi (xã Tầm Vu): 36.000 thùng loại 5 kg, 5 lớp.",
    "Các phòng, xưởng căn cứ Kế hoạch này tổ chức thực hiện; vướng mắc báo cáo Tổng Giám đốc để giải quyết./.",
    "Các phòng, xưởng, trạm, tổ thuộc Công ty căn cứ Kế hoạch này để triển khai; trong quá trình thực hiện có vướng "
    "mắc, báo về Phòng Nguyên liệu để trình Tổng giám đốc xem xét./.",
])
def test_attachments_figures_and_closings_are_no_tasks(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", [
    "Mẫu 01: các hợp tác xã gửi Phòng Kinh tế trước ngày 15/10/2026.",
    "Phòng Kinh tế: 02 lớp tập huấn, hoàn thành trước 30/10/2026.",
])
def test_a_numbered_or_counted_line_with_its_work_is_a_task(text):
    assert not gives_no_task(text)


@pytest.mark.parametrize("time", ["quý I", "trước 31/3"])
def test_the_doers_bracket_then_its_time_after_a_dash(tmp_path, time):
    lines = plan_head("ngày 10 tháng 10 năm 2026", **CO) + [
        f"a- Vận động các hộ trồng rau lập tổ hợp tác, hướng dẫn ký hợp đồng hợp tác (Hội Nông dân phường; phòng Kinh "
        f"tế, Hạ tầng và Đô thị) - {time}.",
        f"b- Đôn đốc các hợp tác xã gửi báo cáo năm qua hệ thống thông tin (phòng Kinh tế, Hạ tầng và Đô thị) - {time}."]
    draft = written(tmp_path, "ke-hoach.txt", lines + TAIL)
    assert named_as(draft.lead("Vận động"), ["Hội Nông dân phường"])
    assert named_as(draft.coop("Vận động"), ["phòng Kinh tế, Hạ tầng và Đô thị"])
    assert named_as(draft.lead("Đôn đốc"), ["phòng Kinh tế, Hạ tầng và Đô thị"])


@pytest.mark.parametrize("lead, partners", [("phòng Văn hóa - Xã hội", ["Hội Nông dân xã", "Đoàn Thanh niên xã"]),
                                            ("phòng Kinh tế", ["Trung tâm Phục vụ hành chính công xã"])])
def test_doers_with_their_roles_last_after_a_dash(tmp_path, lead, partners):
    lines = plan_head("ngày 10 tháng 7 năm 2026", **CO) + [
        f"1.1. Họp dân ở 06 thôn giới thiệu lợi ích của việc vào tổ hợp tác, trong tháng 8 — {lead} chủ trì, "
        f"{', '.join(partners)} phối hợp."]
    draft = written(tmp_path, "ke-hoach.txt", lines + TAIL)
    assert named_as(draft.lead("Họp dân"), [lead])
    assert named_as(draft.coop("Họp dân"), partners)
