"""kehoach import: a railway station as a body, a company's branch as the issuer, an item that gives its own work over
its Sở's own list, "trong tháng này", a holiday's day, a month typed short at the end, the time after a dash over a
condition, a class of villages as a label, and "Nghiệp vụ đăng ký" inside a name (issue 11).

- "Ga Lào Cai:" over "+" items, "Ga Phố Lu (thuộc Chi nhánh) mở …": a station by its place leads (not "gà đồi …").
- "CÔNG TY CP VẬN TẢI ĐƯỜNG SẮT HÀ NỘI" / "CHI NHÁNH VẬN TẢI ĐƯỜNG SẮT LÀO CAI": the branch issues in its own name.
- "5. UBND các xã … lập danh sách …, gửi về Sở … trước ngày 10/7/2026." then "Trong nội bộ Sở, giao:" and the Sở's
  units' bullets: item 5 is a task of its own, not their group's title.
- "xong trong tháng này": the month the document is dated in; "dịp lễ 2/9": by that day; "…, T10/2026.": October.
- "… cấp hóa đơn ngay khi giao hàng – thường xuyên": the time after the dash, not the condition.
- "Các ấp: rà soát …", "Các bản: vận động …": the class leads.
- "Phòng Nghiệp vụ đăng ký tổng hợp …": one name ("đăng ký" after "Nghiệp vụ" is its field).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import drafted, names_of, written
from generator.importer import fields

RAIL = ["{company}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{branch}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 58/KH-CN\t{place}, ngày 18 tháng 8 năm 2026", "", "KẾ HOẠCH",
        "Vận chuyển nông sản của các hợp tác xã vụ thu hoạch 2026 - 2027", "", "I. PHÂN CÔNG NHIỆM VỤ",
        "1. Phòng Kinh doanh - Tiếp thị:",
        "+ Làm việc với 12 hợp tác xã, ký hợp đồng nguyên tắc vận chuyển cả vụ – xong trước 15/9/2026.",
        "+ Hướng dẫn hợp tác xã thanh toán cước qua tài khoản, cấp hóa đơn điện tử ngay khi giao hàng – thường xuyên.",
        "2. {station}:", "+ Bố trí bãi tập kết có mái che cho hàng nông sản của hợp tác xã – trước ngày 01/10/2026.",
        "3. {other} (thuộc Chi nhánh) mở điểm nhận hàng lẻ cho các tổ hợp tác, xong trong tháng này.",
        "", "Yêu cầu Trưởng các phòng, Trưởng ga nghiêm túc thực hiện Kế hoạch này./.", "",
        "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tHoàng Văn Sính"]


@pytest.mark.parametrize("company, branch, place, station, other, name, suffix", [
    ("CÔNG TY CP VẬN TẢI ĐƯỜNG SẮT HÀ NỘI", "CHI NHÁNH VẬN TẢI ĐƯỜNG SẮT LÀO CAI", "Lào Cai", "Ga Lào Cai", "Ga Phố Lu",
     "Chi nhánh Vận tải đường sắt Lào Cai", ".txt"),
    ("TỔNG CÔNG TY LƯƠNG THỰC MIỀN NAM", "CHI NHÁNH LƯƠNG THỰC ĐỒNG THÁP", "Đồng Tháp", "Kho Cao Lãnh", "Kho Sa Đéc",
     "Chi nhánh Lương thực Đồng Tháp", ".txt"),
])
def test_a_companys_branch_its_stations_and_its_times(tmp_path, company, branch, place, station, other, name, suffix):
    draft = drafted(tmp_path, RAIL, suffix, company=company, branch=branch, place=place, station=station, other=other)
    issuer = next(a for a in draft.draft.registry["agencies"] if a["id"] == draft.plan["issuer"])
    assert issuer["name"].lower() == name.lower()
    assert draft["Hướng dẫn hợp tác xã thanh toán"]["deadline"]["kind"] == "ongoing"
    assert draft["Bố trí bãi"]["deadline"]["before"] == "2026-10-01"
    if station.startswith("Ga"):
        assert draft.lead("Bố trí bãi") == [station]
        assert draft.lead(other) == [other]
    found = draft[other]["deadline"]
    assert (found["kind"], found["year"], found["month"]) == ("month", 2026, 8)  # the month the plan is dated in


@pytest.mark.parametrize("text, name", [
    ("Ga Phố Lu mở điểm nhận hàng lẻ cho các tổ hợp tác", "Ga Phố Lu"),
    ("Phòng Nghiệp vụ đăng ký tổng hợp số hợp tác xã được hướng dẫn", "Phòng Nghiệp vụ đăng ký"),
    ("Tổ Nghiệp vụ đăng ký tiếp nhận hồ sơ của hợp tác xã", "Tổ Nghiệp vụ đăng ký"),
])
def test_a_station_and_a_registration_unit(text, name):
    assert names_of(text) == [name]


@pytest.mark.parametrize("text", ["gà đồi Yên Thế được tiêu thụ qua hợp tác xã", "Gà Lạc Thủy được bán tại chợ"])
def test_a_word_that_only_folds_like_ga_names_no_body(text):
    assert names_of(text) == []


def test_a_unit_still_ends_before_dang_ky():
    assert names_of("Phòng Kinh tế đăng ký gian hàng cho hợp tác xã") == ["Phòng Kinh tế"]


LETTER = ["| UBND {city_caps}<br>**SỞ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh "
          "phúc** |", "|---|---|", "| Số: 2145/STC-DNKTTT | *{city}, ngày 22 tháng 6 năm 2026* |", "", "Kính gửi:", "",
          "- Sở Công Thương;", "- UBND các xã, phường.", "",
          "Để hỗ trợ các hợp tác xã mở rộng thị trường, Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số việc sau:",
          "", "1. Sở Công Thương hướng dẫn 30 hợp tác xã mở gian hàng trên sàn thương mại điện tử, quý III/2026.", "",
          "2. UBND các xã, phường lập danh sách hợp tác xã có nhu cầu hỗ trợ, gửi về Sở Tài chính trước ngày 10/7/2026.",
          "", "{intro}", "", "- Phòng Doanh nghiệp là đầu mối tổng hợp, tham mưu Giám đốc Sở trước 15/12/2026.",
          "- Phòng Quản lý ngân sách cân đối kinh phí hỗ trợ trong dự toán năm 2026, trong tháng 7.", "",
          "Rất mong nhận được sự phối hợp của các cơ quan, đơn vị./.", ""]


@pytest.mark.parametrize("city, intro", [("Đà Nẵng", "Trong nội bộ Sở, giao:"), ("Huế", "Đối với các phòng thuộc Sở:")])
def test_an_item_with_its_own_work_over_the_sos_own_list(tmp_path, city, intro):
    lines = [line.format(city=city, city_caps=f"THÀNH PHỐ {city.upper()}", intro=intro) for line in LETTER]
    draft = written(tmp_path, "cong-van.md", lines)
    assert draft["UBND các xã"]["deadline"]["before"] == "2026-07-10"
    assert draft.lead("Phòng Doanh nghiệp") == ["Phòng Doanh nghiệp"]
    assert len(draft.texts()) == 4, draft.texts()


@pytest.mark.parametrize("text, kind, value", [
    ("Phòng Kinh tế xã rà soát 17 tổ hợp tác, hướng dẫn ký hợp đồng hợp tác, xong trong tháng này.", "month", 9),
    ("P.VH-XH tổ chức phiên chợ nông sản tại Nhà văn hóa xã dịp lễ 2/9, phối hợp Đoàn TN xã.", "before", "2026-09-02"),
    ("Sở KH&CN phối hợp LMHTX tỉnh chuyển giao dây chuyền sấy hạt điều cho 03 HTX, T10/2026.", "month", 10),
])
def test_this_month_a_holiday_and_a_short_month(text, kind, value):
    found = fields.deadline(text, year=2026, issued=dt.date(2026, 9, 14))
    assert found.kind == kind and (found.month if kind == "month" else found.before) == value


def test_the_time_after_a_dash_over_a_condition():
    found = fields.deadline("Cập nhật sổ theo dõi ngay khi hợp tác xã nộp hồ sơ – hằng tháng.", year=2026)
    assert found.kind == "ongoing"
    assert fields.deadline("Cập nhật sổ theo dõi ngay khi hợp tác xã nộp hồ sơ.", year=2026).kind == "after-condition"


@pytest.mark.parametrize("label", ["Các ấp", "Các bản"])
def test_a_class_of_villages_as_a_label(tmp_path, label):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ HẬU NGHĨA\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 73/KH-UBND\tHậu Nghĩa, ngày 05 tháng 5 năm 2026", "", "KẾ HOẠCH", "Phát triển tổ hợp tác năm 2026", "",
             "I. NHIỆM VỤ", "1/ P.Kinh tế hướng dẫn hộ trồng dưa lưới lập tổ hợp tác, quý III/2026.",
             f"2/ {label}: rà soát hộ trồng dưa lưới chưa vào tổ hợp tác, gửi danh sách về P.Kinh tế trước 20/5.", "",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tTrần Văn Bé"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(label) == [label]
