"""kehoach import: an item's last sentences that give it ("…. Giao: tổ Tin học; phối hợp: …. Hạn: …"), a team's type
typed in lower case, times by the end of each round or the day an event opens, and a field's name with "và Hội nhập"
(issue 11).

- "1. Gửi phiếu khảo sát …. Giao: Phòng Đào tạo; phối hợp: Văn phòng Liên minh HTX tỉnh. Hạn: 30/9/2025.", "7. Kiểm tra
  cuối khóa …. Giao: Phòng Đào tạo. Hạn: kết thúc mỗi lớp.": the lead, partners and time of each item, the sentences of
  the tail its clauses; "Giao: tổ Tin học" (a team's type in lower case before its name) leads.
- A time "kết thúc mỗi lớp", "trước ngày khai giảng khóa 1": a condition (not "Trước ngày 15/9", a day).
- "Phòng Thương mại điện tử và Hội nhập": one name ("Hội nhập" is no "Hội"); "Sở Công Thương và Hội Nông dân tỉnh" two.
- "phòng Đăng ký kinh doanh thu hồi giấy chứng nhận": the name ends before "thu hồi"; a unit of the forces by its
  number ("Hải đoàn 32", "Lữ đoàn 125") is a body, its number the end of its name.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import names_of, written
from generator.importer import fields

COURSES = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH {province_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "{centre_caps}\tĐộc lập - Tự do - Hạnh phúc", "Số: 36/KH-TT\t{province}, ngày 08 tháng 9 năm 2025", "",
           "KẾ HOẠCH", "Mở lớp cho cán bộ hợp tác xã năm 2025", "", "III. PHÂN CÔNG THỰC HIỆN",
           "1. Gửi phiếu khảo sát nhu cầu học tới các hợp tác xã. Giao: Phòng Đào tạo; phối hợp: Văn phòng Liên minh HTX "
           "tỉnh. Hạn: 30/9/2025.",
           "2. Mở 4 lớp tin học ứng dụng cho cán bộ hợp tác xã. Giao: tổ {team}; phối hợp: UBND các xã có lớp. Hạn: tháng "
           "11 - tháng 12/2025.",
           "3. Kiểm tra cuối khóa, cấp giấy chứng nhận hoàn thành khóa học. Giao: Phòng Đào tạo. Hạn: kết thúc mỗi lớp.",
           "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tĐỗ Thị Minh Hằng"]


@pytest.mark.parametrize("province, centre, team", [
    ("Phú Thọ", "Trung tâm Ngoại ngữ - Tin học", "Tin học"),
    ("Lào Cai", "Trung tâm Giáo dục thường xuyên", "Ngoại ngữ"),
])
def test_an_items_last_sentences_give_it(tmp_path, province, centre, team):
    lines = [line.format(province=province, province_caps=province.upper(), centre_caps=centre.upper(), team=team)
             for line in COURSES]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Gửi phiếu") == ["Phòng Đào tạo"]
    assert draft["Gửi phiếu"]["deadline"]["before"] == "2025-09-30"
    assert draft.lead("Mở 4 lớp") == [f"tổ {team}"]
    assert draft["Mở 4 lớp"]["deadline"]["month"] == 12
    assert draft.lead("Kiểm tra cuối khóa") == ["Phòng Đào tạo"]
    assert draft["Kiểm tra cuối khóa"]["deadline"]["kind"] == "after-condition"


@pytest.mark.parametrize("cell, kind", [
    ("kết thúc mỗi lớp", "after-condition"),
    ("trước ngày khai giảng khóa 1", "after-condition"),
    ("Trước ngày 15/9", "before"),
])
def test_the_end_of_each_round_and_an_events_day(cell, kind):
    assert fields.deadline(cell, cell=True, year=2025).kind == kind


@pytest.mark.parametrize("text, names", [
    ("Phòng Thương mại điện tử và Hội nhập tổng hợp kết quả", ["Phòng Thương mại điện tử và Hội nhập"]),
    ("Sở Công Thương và Hội Nông dân tỉnh hướng dẫn hợp tác xã", ["Sở Công Thương", "Hội Nông dân tỉnh"]),
    ("phòng Đăng ký kinh doanh thu hồi giấy chứng nhận của hợp tác xã", ["phòng Đăng ký kinh doanh"]),
])
def test_a_fields_name_and_where_a_name_ends(text, names):
    assert names_of(text) == names


@pytest.mark.parametrize("text, name", [
    ("Hải đoàn 32 duy trì tổ cơ động y tế trên tàu trực", "Hải đoàn 32"),
    ("Lữ đoàn 125 phối hợp tuần tra vùng biển", "Lữ đoàn 125"),
])
def test_a_unit_of_the_forces_by_its_number(text, name):
    assert names_of(text) == [name]


def test_a_closing_bracket_led_by_a_unit_of_the_forces(tmp_path):
    lines = ["BỘ TƯ LỆNH CẢNH SÁT BIỂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BỘ TƯ LỆNH VÙNG CẢNH SÁT BIỂN 3\t"
             "Độc lập - Tự do - Hạnh phúc", "Số: 1245/KH-BTL\tTP. Hồ Chí Minh, ngày 24 tháng 02 năm 2026", "", "KẾ HOẠCH",
             "Đồng hành cùng hợp tác xã nghề cá năm 2026", "", "II. NỘI DUNG THỰC HIỆN", "1. Hỗ trợ ngư dân trên biển",
             "a) Duy trì tổ cơ động y tế trên tàu trực cho thuyền viên các tổ hợp tác (Hải đoàn 32 chủ trì, Phòng Hậu cần "
             "- Kỹ thuật phối hợp; thường xuyên).",
             "b) Kết nghĩa với 04 hợp tác xã nghề cá (Hải đoàn 33 chủ trì, Ủy ban nhân dân các xã phối hợp; trước "
             "30/6/2026).", "", "Nơi nhận:\tKT. TƯ LỆNH", "- Lưu: VT.\tPHÓ TƯ LỆNH", "\tĐại tá Lê Minh Khải"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Duy trì") == ["Hải đoàn 32"]
    assert draft.lead("Kết nghĩa") == ["Hải đoàn 33"]
