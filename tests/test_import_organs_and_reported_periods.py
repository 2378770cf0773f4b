"""kehoach import: an organ under its body in the header, a paragraph of nothing but no-task sentences, the period a
report is about, a day of an event without its year, and a commune's villages, quarters and youth union as doers
(issue 11).

- "HỘI SINH VIÊN VIỆT NAM / THÀNH PHỐ CẦN THƠ / BAN THƯ KÝ": the Ban Thư ký acts for the body above it, which issues
  the document (as a Ban Thường vụ does).
- "Kinh phí thực hiện lấy từ nguồn hội phí … . Vướng mắc phát sinh được phản ánh về Văn phòng … để tổng hợp, báo
  cáo …": each sentence is no task, so the paragraph is none.
- "nộp báo cáo tình hình hoạt động năm 2024 và 6 tháng đầu năm 2025 … trong tháng 9": the years are what the report
  covers; it is due in September.
- "… vào dịp 26/3", "… vào ngày 15/10": by that day, in the plan's year.
- "Các khu phố …", "Các thôn …", "Các công ty lữ hành hội viên …", "Đoàn phường …": doers as printed.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted
from generator.importer import fields

WARD = ["{header}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-UBND\t{place}, ngày 24 tháng 02 năm 2026", "", "KẾ HOẠCH",
        "Phát triển tổ hợp tác, hợp tác xã phi nông nghiệp năm 2026", "", "I. MỤC ĐÍCH",
        "Giúp các tổ hợp tác làm ăn có tổ chức.", "", "II. NHIỆM VỤ",
        "1. Các khu phố nắm tình hình hoạt động của các tổ hợp tác, báo cáo phòng Kinh tế trước 15/4.",
        "2. Đoàn phường tổ chức ngày hội thanh niên với hợp tác xã vào dịp 26/3.",
        "3. Các hợp tác xã nộp báo cáo tình hình hoạt động năm 2025 và 6 tháng đầu năm 2026 cho phòng Kinh tế trong "
        "tháng 9.",
        "4. {doers} giới thiệu sản phẩm của các hợp tác xã với du khách, thực hiện trong quý III/2026.", "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Kinh phí thực hiện lấy từ nguồn ngân sách phường năm 2026. Vướng mắc phát sinh được phản ánh về phòng Kinh tế "
        "để tổng hợp, báo cáo Chủ tịch UBND phường.", "",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("header, number, place, doers, signer, suffix", [
    ("UBND PHƯỜNG TAM KỲ", "19", "Tam Kỳ", "Các công ty lữ hành hội viên", "Nguyễn Văn Tám", ".txt"),
    ("UBND PHƯỜNG VŨNG TÀU", "27", "Vũng Tàu", "Các thôn", "Lê Thị Hoa", ".md"),
])
def test_a_wards_doers_and_the_period_a_report_is_about(tmp_path, header, number, place, doers, signer, suffix):
    draft = drafted(tmp_path, WARD, suffix, header=header, number=number, place=place, doers=doers, signer=signer)
    assert len(draft.texts()) == 4  # the money and where difficulties go: no task
    assert draft.lead("Các khu phố") == ["Các khu phố"]
    assert draft.lead("Đoàn phường") == ["Đoàn phường"]
    assert draft["Đoàn phường"]["deadline"]["before"] == "2026-03-26"
    assert draft["Các hợp tác xã nộp"]["deadline"]["month"] == 9  # not the years the report covers
    assert draft.lead(doers) == [doers]


ASSOCIATION = ["HỘI SINH VIÊN VIỆT NAM\tHỘI SINH VIÊN VIỆT NAM", "{place_caps}", "{organ}", "***",
               "Số: {number}-KH/HSV\t{place}, ngày 12 tháng 5 năm 2026", "", "KẾ HOẠCH",
               "Tổ chức chương trình sinh viên hè cùng hợp tác xã năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU",
               "- Sinh viên trải nghiệm thực tế tại hợp tác xã.", "", "II. NỘI DUNG",
               "1. Văn phòng Hội Sinh viên thành phố gửi phiếu hỏi nhu cầu đến các hợp tác xã, trước 31/5/2026.", "",
               "Nơi nhận:\tTM. {organ}", "- Lưu: VP.\tPHÓ CHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("place_caps, place, organ, number, signer", [
    ("THÀNH PHỐ CẦN THƠ", "Cần Thơ", "BAN THƯ KÝ", "41", "Trần Minh Khoa"),
    ("TỈNH AN GIANG", "An Giang", "BAN THƯ KÝ", "17", "Lê Thu Hà"),
])
def test_an_organ_under_its_body_in_the_header(tmp_path, place_caps, place, organ, number, signer):
    draft = drafted(tmp_path, ASSOCIATION, ".txt", place_caps=place_caps, place=place, organ=organ, number=number,
                    signer=signer)
    assert fields.fold(draft.names[draft.plan["issuer"]]).startswith("hoi sinh vien viet nam")


@pytest.mark.parametrize("text, before", [
    ("Đoàn phường tổ chức ngày hội thanh niên với hợp tác xã vào dịp 26/3.", "2026-03-26"),
    ("Phòng Kinh tế tổ chức hội nghị đối thoại với các hợp tác xã vào ngày 15/10.", "2026-10-15"),
])
def test_the_day_of_an_event_without_its_year(text, before):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", before)


@pytest.mark.parametrize("text, kind", [
    ("Các hợp tác xã nộp báo cáo tình hình hoạt động năm 2025 và 6 tháng đầu năm 2026 trong tháng 9.", "month"),
    ("Các đơn vị gửi báo cáo kết quả thực hiện năm 2026 về Sở trước ngày 15/12/2026.", "before"),
])
def test_the_period_a_report_is_about_is_not_its_deadline(text, kind):
    assert fields.deadline(text, year=2026).kind == kind
