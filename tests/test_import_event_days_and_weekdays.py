"""kehoach import: times counted from the day of the event the plan prepares, a day printed after its weekday, a polite
"Kính đề nghị", a team's make-up by its members' profession (issue 11).

- "ngày thi đấu 15/11/2026 gọi là ngày D" then items "- [D-60] Ký hợp đồng …", "- [Ngày D] Điều hành …", "[D+5]": due
  by that day counted from D, as "ngày N" milestones are.
- "khai mạc lúc 8h00 ngày 18/12/2026" then "hoàn thành trước ngày khai mạc 02 ngày", "trước khi khai mạc phiên chợ":
  due by that many days before the opening, said for review.
- A time cell "Thứ Bảy<br>11/7", "Chủ nhật (12/7/2026)": the day after the weekday.
- "Kính đề nghị UBND các xã … mời …": the body asked leads, as after "Đề nghị".
- "Tổ tư vấn số 1: Luật sư Tôn Thất Bảo Lâm … làm Tổ trưởng, cùng 03 luật sư …": a team's make-up, no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import gives_no_task, with_table, written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 09/KH-{code}\t{place}, ngày 16 tháng 6 năm 2026", "", "KẾ HOẠCH", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. BAN TỔ CHỨC", "- Lưu: VT.\tTRƯỞNG BAN", "\tSùng Mí Chúa"]


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("defined, letter", [
    ("Ghi chú: ngày thi đấu 15/11/2026 gọi là ngày D. Mốc thời gian đầu mỗi việc tính theo ngày D.", "D"),
    ("Lễ hội khai mạc ngày 15/11/2026 (sau đây gọi là ngày N); các mốc dưới đây tính theo ngày N.", "N"),
])
def test_milestones_counted_from_the_day_the_plan_names(tmp_path, suffix, defined, letter):
    items = [f"- [{letter}-60] Ký hợp đồng với HTX Nông sản Phố Cáo cung cấp 3.000 suất ăn; Tiểu ban Hậu cần thực hiện.",
             f"- [Ngày {letter}] Điều hành 12 trạm tiếp nước, mỗi trạm 04 thành viên hợp tác xã; Tiểu ban Hậu cần "
             "thực hiện.",
             f"- [{letter}+5] Đối chiếu khối lượng, thanh toán các hợp đồng dịch vụ đã ký; Tiểu ban Tài chính thực hiện."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(
        issuer="BAN TỔ CHỨC GIẢI CHẠY", code="BTC", place="Tuyên Quang",
        title="Các hợp tác xã đồng hành cùng giải chạy Cao nguyên đá năm 2026") + [defined, "", "II. NHIỆM VỤ"]
        + items + TAIL)
    assert draft[f"[{letter}-60]"]["deadline"]["before"] == "2026-09-16"
    assert draft[f"[Ngày {letter}]"]["deadline"]["before"] == "2026-11-15"
    assert draft[f"[{letter}+5]"]["deadline"]["before"] == "2026-11-20"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("opening, date", [
    ("- Thời gian: 03 ngày, từ ngày 18/12 đến ngày 20/12/2026 (khai mạc lúc 8h00 ngày 18/12/2026).", "2026-12-18"),
    ("- Lễ khai mạc: 8 giờ 30 ngày 13/11/2026 tại Nhà Văn hóa phường.", "2026-11-13"),
])
def test_times_counted_back_from_the_opening(tmp_path, suffix, opening, date):
    items = ["1. Văn phòng Sở thuê, dựng 80 gian hàng tiêu chuẩn, sân khấu; hoàn thành trước ngày khai mạc 02 ngày.",
             "2. Liên minh HTX tỉnh động viên các hợp tác xã thành viên đăng ký gian hàng, hoàn thành trước khi khai "
             "mạc phiên chợ."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(
        issuer="SỞ CÔNG THƯƠNG", code="SCT", place="Nghệ An", title="Tổ chức phiên chợ hàng hợp tác xã năm 2026")
        + ["I. THỜI GIAN, ĐỊA ĐIỂM", opening, "", "II. NHIỆM VỤ"] + items + TAIL)
    opened = dt.date.fromisoformat(date)
    assert draft["Văn phòng Sở"]["deadline"]["before"] == (opened - dt.timedelta(days=2)).isoformat()
    assert draft["Liên minh"]["deadline"]["before"] == date


@pytest.mark.parametrize("cell, day", [("Thứ Bảy 11/7", "2026-07-11"), ("Chủ nhật (12/7/2026)", "2026-07-12"),
                                       ("Thứ 5, ngày 16/7/2026", "2026-07-16"), ("T7 - 18/7", "2026-07-18")])
def test_a_day_after_its_weekday(cell, day):
    found = fields.deadline(cell, cell=True, year=2026)
    assert found.kind == "before" and found.before == day


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_session_table_whose_days_follow_their_weekday(tmp_path, suffix):
    rows = [["Đợt 1", "Thứ Bảy<br>11/7", "Xã Phong Điền", "Sửa đổi điều lệ hợp tác xã nông nghiệp", "Tổ tư vấn số 1"],
            ["Đợt 2", "Chủ nhật<br>26/7", "Phường Hương Trà", "Hợp đồng liên kết với doanh nghiệp", "Tổ tư vấn số 2"]]
    if suffix == ".txt":
        rows = [[c.replace("<br>", " ") for c in row] for row in rows]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(issuer="ĐOÀN LUẬT SƯ THÀNH PHỐ HUẾ", code="ĐLS", place="Huế",
              title="Tư vấn pháp luật miễn phí cho hợp tác xã năm 2026") + ["III. LỊCH TƯ VẤN"],
        ["Đợt", "Thời gian", "Địa điểm", "Nội dung tư vấn", "Tổ thực hiện"], rows, TAIL, suffix))
    assert [t["deadline"].get("before") for t in draft.tasks] == ["2026-07-11", "2026-07-26"]


@pytest.mark.parametrize("polite", ["Kính đề nghị", "Trân trọng đề nghị"])
@pytest.mark.parametrize("asked, work", [
    ("UBND các xã, phường", "mời các hợp tác xã trên địa bàn dự đủ thành phần, báo số người dự về Văn phòng Đoàn."),
    ("Liên minh Hợp tác xã tỉnh", "thông báo lịch tư vấn đến các hợp tác xã thành viên trước mỗi đợt 07 ngày."),
])
def test_a_polite_request_names_its_lead(tmp_path, polite, asked, work):
    draft = written_as(tmp_path, "ke-hoach", ".txt", _head(
        issuer="ĐOÀN LUẬT SƯ THÀNH PHỐ HUẾ", code="ĐLS", place="Huế",
        title="Tư vấn pháp luật miễn phí cho hợp tác xã năm 2026") + ["IV. TỔ CHỨC THỰC HIỆN",
                                                                     f"1. {polite} {asked} {work}"] + TAIL)
    assert draft.lead(polite) == [asked]


@pytest.mark.parametrize("text", [
    "Tổ tư vấn số 1: Luật sư Tôn Thất Bảo Lâm (Công ty Luật TNHH Bảo Lâm Huế) làm Tổ trưởng, cùng 03 luật sư của hai "
    "văn phòng luật sư.",
    "Đoàn khám số 2: Bác sĩ Lê Thị Hồng, Phó Giám đốc Trung tâm Y tế, làm Trưởng đoàn, cùng 04 điều dưỡng.",
])
def test_a_teams_make_up_is_no_task(text):
    assert gives_no_task(text)
