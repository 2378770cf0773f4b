"""kehoach import: activities by their titles with the work and its labelled fields under them, a plan for a Tết, a
plan's money and its difficulties at its end, times tied to an event in a cell, and a name that ends with its verb's
word (issue 11).

- "1. Khảo sát nhu cầu việc làm" / "Lập danh sách …" / "Đơn vị thực hiện: Ban …. Phối hợp: …. Thời gian: …": one task,
  its text the title and the work, its fields the lines under them.
- A plan named for a Tết ("… phục vụ Tết Nguyên đán Bính Ngọ 2026", signed in November 2025): "tháng 12" is the next
  December, not that of the Tết's year.
- "1. Kinh phí thực hiện lấy từ hội phí và nguồn tài trợ …": no task, numbered or not; "Các phòng, đơn vị … triển khai;
  khó khăn báo Giám đốc Sở …": no task.
- A time cell "Trước khi lấy nước đổ ải", "Sau khi kết thúc vụ": a condition, no date.
- "Phòng Kế hoạch tổng hợp tổng hợp kết quả": the name ends with the word its verb repeats.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted
from generator.importer import fields

ACTIVITIES = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
              "Số: {number}/KH-HBT\t{place}, ngày 09 tháng 3 năm 2026", "", "KẾ HOẠCH",
              "Hỗ trợ người khuyết tật tham gia hợp tác xã năm 2026", "", "I. MỤC TIÊU",
              "Hỗ trợ ít nhất 150 người khuyết tật có việc làm ổn định tại hợp tác xã.", "", "II. CÁC HOẠT ĐỘNG",
              "1. Khảo sát nhu cầu việc làm",
              "Lập danh sách người khuyết tật trong độ tuổi lao động có nhu cầu tham gia hợp tác xã.",
              "Đơn vị thực hiện: Ban Công tác xã hội. Phối hợp: {partner}. Thời gian: tháng 4/2026.",
              "2. Đào tạo nghề ngắn hạn",
              "Mở 05 lớp dạy nghề thêu, đan cói ngay tại xưởng của hợp tác xã.",
              "Đơn vị thực hiện: Văn phòng Hội. Phối hợp: Sở Nội vụ. Thời gian: từ tháng 5 đến tháng 10/2026.", "",
              "III. TỔ CHỨC THỰC HIỆN",
              "1. Kinh phí thực hiện lấy từ hội phí và nguồn tài trợ hợp pháp của các doanh nghiệp.",
              "Các ban, đơn vị thuộc Hội được giao nhiệm vụ triển khai; khó khăn báo Thường trực Hội (qua Văn phòng).",
              "", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("issuer, number, place, partner, signer, suffix", [
    ("HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT TỈNH NINH BÌNH", "27", "Ninh Bình", "Liên minh Hợp tác xã tỉnh", "Đỗ Văn Bình", ".txt"),
    ("HỘI NGƯỜI MÙ TỈNH THANH HÓA", "15", "Thanh Hóa", "Hội Nông dân tỉnh", "Lê Văn Sơn", ".md"),
])
def test_activities_by_their_titles(tmp_path, issuer, number, place, partner, signer, suffix):
    draft = drafted(tmp_path, ACTIVITIES, suffix, issuer=issuer, number=number, place=place, partner=partner,
                    signer=signer)
    assert [t[:25] for t in draft.texts()] == ["Khảo sát nhu cầu việc làm", "Đào tạo nghề ngắn hạn Mở "]
    assert draft["Khảo sát nhu cầu"]["text"].endswith("có nhu cầu tham gia hợp tác xã.")
    assert draft.lead("Khảo sát nhu cầu") == ["Ban Công tác xã hội"]
    assert draft.coop("Khảo sát nhu cầu") == [partner]
    assert draft["Khảo sát nhu cầu"]["deadline"]["month"] == 4
    assert draft.lead("Đào tạo nghề") == ["Văn phòng Hội"]


TET = ["UBND TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
       "Số: {number}/KH-SCT\t{place}, ngày 03 tháng 11 năm 2025", "", "KẾ HOẠCH",
       "Đưa hàng hóa của hợp tác xã vào kênh phân phối phục vụ Tết Nguyên đán Bính Ngọ 2026", "", "I. MỤC ĐÍCH",
       "Bảo đảm hàng hóa dịp cuối năm.", "", "II. NHIỆM VỤ",
       "1. Phòng Quản lý thương mại làm việc với các siêu thị để đưa hàng của hợp tác xã vào bán, trong tháng 11.",
       "2. Trung tâm Khuyến công hỗ trợ 15 hợp tác xã làm bao bì, nhãn hàng hóa, xong trong tháng 12.", "",
       "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\t{signer}"]


@pytest.mark.parametrize("province, number, place, signer, suffix", [
    ("HÀ TĨNH", "712", "Hà Tĩnh", "Nguyễn Văn Hòa", ".txt"),
    ("NGHỆ AN", "388", "Nghệ An", "Trần Thị Lan", ".md"),
])
def test_a_plan_for_a_tet_reads_its_months_from_the_signing(tmp_path, province, number, place, signer, suffix):
    draft = drafted(tmp_path, TET, suffix, province=province, number=number, place=place, signer=signer)
    assert (draft["Phòng Quản lý thương mại"]["deadline"]["year"], draft["Phòng Quản lý thương mại"]["deadline"]["month"]) \
        == (2025, 11)
    assert draft["Trung tâm Khuyến công"]["deadline"]["year"] == 2025


@pytest.mark.parametrize("cell", ["Trước khi lấy nước đổ ải", "Sau khi kết thúc vụ"])
def test_a_time_cell_tied_to_an_event(cell):
    assert fields.deadline(cell, cell=True, year=2026).kind == "after-condition"


@pytest.mark.parametrize("phrase, name", [
    ("Phòng Kế hoạch tổng hợp tổng hợp kết quả, báo cáo Giám đốc", "Phòng Kế hoạch tổng hợp"),
    ("Phòng Tổng hợp tổng hợp số liệu", "Phòng Tổng hợp"),
    ("phòng Đăng ký kinh doanh đối chiếu dữ liệu hợp tác xã", "phòng Đăng ký kinh doanh"),
])
def test_a_name_that_ends_with_its_verbs_word(phrase, name):
    assert fields.name_only(phrase) == name
