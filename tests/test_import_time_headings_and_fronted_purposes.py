"""kehoach import: headings that are a time without its year, a purpose or an occasion put before the subject, a crop
season begun the year before its name's, a stage's title over its points, and more ends of a name (issue 11).

- "1. Từ nay đến 15/10:", "2. Trong tháng 10:", "3. Tháng 11 - 12:" over items: each item's time, in the plan's year.
- "Nhằm tháo gỡ khó khăn về vốn, Thường trực Hội tỉnh …", "Từ kết quả rà soát, Hội CCB các xã …", "Nhân dịp kỷ niệm …
  (22/12/2026), Ban Tuyên giáo Hội …": the body after the comma leads.
- A plan "… vụ Chiêm Xuân 2027" (or "vụ Xuân 2027", not "vụ Xuân Hè") signed in November 2026: "trước 25/11" is
  25/11/2026.
- "Giai đoạn 1. Đặt bài toán (từ 15/7 đến 31/8/2026)" over lettered points: no task; it dates the points.
- "Hội đồng chuyên môn do Giám đốc Trung tâm thành lập chọn …", "Hội đồng chuyên môn chấm chọn …", "Phòng Ươm tạo cùng
  hợp tác xã có bài toán ký …": the name ends before "do", "chấm", "cùng".
- "… mời chuyên gia của Trung tâm Khuyến nông tỉnh, Sở … góp ý …", "…, mời cán bộ Trung tâm … giảng dạy": they
  cooperate; "mời đại diện Sở … dự" only attends.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {caps}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 214/{kind}-UBND\t{place}, ngày {day} năm 2026", "", "{title}", "{subject}", ""]
TAIL = ["", "Nơi nhận:\tKT. CHỦ TỊCH", "- Lưu: VT.\tPHÓ CHỦ TỊCH", "\tHà Văn Tỉnh"]


def _head(place: str, title: str = "KẾ HOẠCH", subject: str = "Sản xuất vụ Đông năm 2026", kind: str = "KH",
          day: str = "20 tháng 9") -> list[str]:
    return [line.format(caps=place.upper(), place=place, title=title, subject=subject, kind=kind, day=day)
            for line in HEAD]


@pytest.mark.parametrize("place, first, second, third", [
    ("Cẩm Khê", "Từ nay đến 15/10:", "Trong tháng 10:", "Tháng 11 - 12:"),
    ("Tam Nông", "Từ nay đến ngày 20/10:", "Trong tháng 11:", "Tháng 11 - 12:"),
])
def test_time_headings_date_their_items(tmp_path, place, first, second, third):
    draft = written(tmp_path, "thong-bao.txt", _head(place, "THÔNG BÁO", "Kết luận về sản xuất vụ Đông năm 2026", "TB") + [
        f"1. {first}", "- phòng Kinh tế rà soát diện tích đất trồng vụ Đông của từng HTX, THT.",
        "- Văn phòng HĐND và UBND xã phát thông báo trên hệ thống truyền thanh.",
        f"2. {second}", "- Trung tâm Dịch vụ tổng hợp xã mở 02 lớp hướng dẫn trồng rau vụ Đông.",
        f"3. {third}", "- các HTX, THT tổ chức sản xuất đúng quy trình đã được tập huấn.",
        "UBND xã thông báo để các đơn vị, HTX, THT biết và triển khai./."] + TAIL)
    rà_soát, thông_báo, lớp, sản_xuất = draft.tasks
    assert rà_soát["deadline"]["kind"] == thông_báo["deadline"]["kind"] == "before"
    assert rà_soát["deadline"]["before"].startswith("2026-10-")
    assert lớp["deadline"]["kind"] == "month" and lớp["deadline"]["year"] == 2026
    assert (sản_xuất["deadline"]["month"], sản_xuất["deadline"]["year"]) == (12, 2026)


@pytest.mark.parametrize("front, body", [
    ("Nhằm tháo gỡ khó khăn về vốn", "Thường trực Hội tỉnh"),
    ("Từ kết quả rà soát", "Hội Cựu chiến binh các xã, phường"),
    ("Nhân dịp kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/2026)", "Ban Tuyên giáo Hội"),
    ("Qua kết quả khảo sát", "Ban Kinh tế Hội"),
])
def test_a_purpose_or_an_occasion_put_first(tmp_path, front, body):
    draft = written(tmp_path, "ke-hoach.txt", _head("Long Hồ") + ["II. NHIỆM VỤ",
                    f"1. {front}, {body} làm việc với Chi nhánh Ngân hàng Chính sách xã hội tỉnh về vốn cho tổ hợp tác "
                    "của hội viên, trong tháng 10/2026."] + TAIL)
    assert draft.lead(front[:12]) == [body]


@pytest.mark.parametrize("season, day, before", [
    ("vụ Chiêm Xuân 2027", "trước 25/11", "2026-11-25"),
    ("vụ Đông Xuân 2027", "trước ngày 31/12", "2026-12-31"),
    ("vụ Xuân 2027", "trước 10/12", "2026-12-10"),  # sown from December in the North
    ("vụ Xuân Hè 2027", "trước 10/12", "2027-12-10"),  # sown in spring: the plan's year reads it
])
def test_a_crop_season_begun_the_year_before(tmp_path, season, day, before):
    draft = written(tmp_path, "ke-hoach.txt", _head("Hoằng Lộc", subject=f"Đưa cơ giới hóa vào sản xuất {season}",
                                                    day="06 tháng 11") + [
        "II. NHIỆM VỤ", f"1. Giao phòng Kinh tế chủ trì rà soát diện tích làm đất của từng thôn, xong {day}.",
        "2. HTX DVNN Hoằng Lộc thu gom rơm sau thu hoạch, trước 30/6/2027."] + TAIL)
    assert draft["Giao phòng Kinh tế"]["deadline"]["before"] == before
    assert draft["HTX DVNN"]["deadline"]["before"] == "2027-06-30"


@pytest.mark.parametrize("stage, time, last", [
    ("Giai đoạn 1. Đặt bài toán", "từ 15/7 đến 31/8/2026", "2026-08-31"),
    ("Đợt 2 - Chấm chọn giải pháp", "trước ngày 30/11/2026", "2026-11-30"),
])
def test_a_stages_title_over_its_points(tmp_path, stage, time, last):
    draft = written(tmp_path, "ke-hoach.txt", _head("Cao Lãnh") + ["III. CÁC GIAI ĐOẠN VÀ PHÂN CÔNG",
        f"{stage} ({time})",
        "a) Phòng Kết nối phối hợp Liên minh Hợp tác xã tỉnh khảo sát, giúp các hợp tác xã viết bài toán.",
        "b) Hội đồng chuyên môn do Giám đốc Trung tâm thành lập chọn 10 bài toán tiêu biểu để công bố.",
        "c) Hội đồng chuyên môn chấm chọn tối đa 05 giải pháp vào thử nghiệm.",
        "d) Phòng Ươm tạo cùng hợp tác xã có bài toán ký biên bản thử nghiệm, theo dõi kết quả."] + TAIL)
    assert len(draft.tasks) == 4 and not any(t["text"].startswith(stage[:8]) for t in draft.tasks)
    assert all(t["deadline"]["before"] == last for t in draft.tasks)
    assert draft.lead("Hội đồng chuyên môn do") == ["Hội đồng chuyên môn"]
    assert draft.lead("Hội đồng chuyên môn chấm") == ["Hội đồng chuyên môn"]
    assert draft.lead("Phòng Ươm tạo") == ["Phòng Ươm tạo"]


@pytest.mark.parametrize("text, partners", [
    ("Phòng Kết nối mời chuyên gia của Trung tâm Khuyến nông tỉnh, Sở Nông nghiệp và Môi trường góp ý từng giải pháp.",
     ["Trung tâm Khuyến nông tỉnh", "Sở Nông nghiệp và Môi trường"]),
    ("Phòng Kết nối mở 02 lớp tập huấn kỹ thuật, mời cán bộ Trung tâm Khuyến nông tỉnh giảng dạy.",
     ["Trung tâm Khuyến nông tỉnh"]),
    ("Phòng Kết nối tổ chức hội nghị sơ kết, mời đại diện Sở Tài chính dự.", []),
])
def test_staff_invited_to_work(tmp_path, text, partners):
    draft = written(tmp_path, "ke-hoach.txt", _head("Cao Lãnh") + ["II. NHIỆM VỤ", f"1. {text}"] + TAIL)
    assert draft.lead("Phòng Kết nối") == ["Phòng Kết nối"]
    assert draft.coop("Phòng Kết nối") == partners
