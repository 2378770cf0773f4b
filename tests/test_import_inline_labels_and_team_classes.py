"""kehoach import: items that label their own fields in their sentence while the last one's label wraps to a line of
its own, a doers' cell naming the issuer's teams as a class, a unit's section in lower case, "Đến 31/3" in a time cell,
how the plan's money is booked, and an item that states the aim (issue 11).

- "1. … . Đầu mối: Phòng Giám sát và Hỗ trợ; phối hợp: …; thời gian: …" … "8. … ." / "Đầu mối: Phòng Công nghệ thông
  tin - Số hóa; …" (a PDF's line break before the label): every item keeps its own fields; the wrapped line is the last
  item's alone.
- A "Người, bộ phận phụ trách" cell "Các tổ trật tự": the class leads, as printed.
- "Bộ phận văn phòng Đội tổng hợp …", "Bộ phận kế toán Trung tâm thanh toán …": one name each.
- A time cell "Đến 31/3": by 31/3 of the plan's year; "tính đến 31/3" is no time.
- "Tiền thuê gian hàng được hạch toán vào nguồn thu sự nghiệp …./.", "1. Mục tiêu: 60% HTX …": no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, names_of, with_table, written
from generator.importer import fields

SERVICE = ["UBND {city_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 45/KH-TTPVHCC\t{city}, ngày 05 tháng 3 năm 2026", "", "KẾ HOẠCH",
           "Hỗ trợ hợp tác xã nộp hồ sơ trực tuyến năm 2026", "", "II. NỘI DUNG HỖ TRỢ",
           "1. Biên soạn tờ hướng dẫn từng bước nộp hồ sơ đăng ký hợp tác xã. Đầu mối: Phòng Giám sát và Hỗ trợ; phối "
           "hợp: Phòng Doanh nghiệp (Sở Tài chính); thời gian: xong trước 31/3/2026.",
           "2. Bố trí bàn hỗ trợ nộp hồ sơ trực tuyến tại khu vực chờ. Đầu mối: Văn phòng Trung tâm; thời gian: quý "
           "II/2026.",
           "3. Đăng video hướng dẫn trên trang thông tin của Trung tâm.",
           "Đầu mối: Phòng Công nghệ thông tin - Số hóa; thời gian: tháng 4/2026.",
           "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tNguyễn Thị Hoa"]


@pytest.mark.parametrize("city", ["Huế", "Đà Nẵng"])
def test_items_keep_their_own_labels_when_the_last_ones_wrap(tmp_path, city):
    lines = [line.format(city=city, city_caps=f"THÀNH PHỐ {city.upper()}") for line in SERVICE]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Biên soạn") == ["Phòng Giám sát và Hỗ trợ"]
    assert draft["Biên soạn"]["deadline"]["before"] == "2026-03-31"
    assert draft.lead("Bố trí bàn") == ["Văn phòng Trung tâm"]
    assert draft["Bố trí bàn"]["deadline"]["quarters"] == [2]
    assert draft.lead("Đăng video") == ["Phòng Công nghệ thông tin - Số hóa"]


ORDER = ["UBND PHƯỜNG {ward_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "ĐỘI QUẢN LÝ TRẬT TỰ ĐÔ THỊ\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 18/KH-ĐTTĐT\t{ward}, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH",
         "Vận động người bán hàng rong tham gia tổ hợp tác năm 2026", "", "III. CÁC VIỆC CỤ THỂ"]


@pytest.mark.parametrize("ward, teams, suffix", [("Ninh Kiều", "Các tổ trật tự", ".txt"),
                                                 ("Hải Châu", "Các đội kiểm tra", ".md")])
def test_a_class_of_the_issuers_teams_and_a_day_in_a_cell(tmp_path, ward, teams, suffix):
    rows = [["1", "Đến 31/3", "Lập danh sách người đăng ký, phân loại theo mặt hàng", "Tổ trật tự số 1", ""],
            ["2", "Hằng tuần", "Bố trí ca bán, giữ trật tự tại các điểm bán", teams, "Công an phường"]]
    lines = with_table([line.format(ward=ward, ward_caps=ward.upper()) for line in ORDER],
                       ["TT", "Thời gian", "Việc cần làm", "Người, bộ phận phụ trách", "Phối hợp"], rows,
                       ["Nơi nhận:\tĐỘI TRƯỞNG", "- Lưu: Đội.\tLâm Hoàng Phúc"], suffix)
    draft = written(tmp_path, f"ke-hoach{suffix}", lines)
    assert draft["Lập danh sách"]["deadline"]["before"] == "2026-03-31"
    assert draft.lead("Bố trí ca bán") == [teams]


@pytest.mark.parametrize("text, name", [
    ("Bộ phận văn phòng Đội tổng hợp kết quả, báo cáo UBND phường trước ngày 10 hằng tháng", "Bộ phận văn phòng Đội"),
    ("Bộ phận kế toán Trung tâm thanh toán cho hợp tác xã trong 15 ngày", "Bộ phận kế toán Trung tâm"),
])
def test_a_units_section_in_lower_case(text, name):
    assert names_of(text) == [name]


def test_figures_counted_to_a_day_in_a_cell_are_no_time():
    assert fields.deadline("Số liệu tính đến 31/3", cell=True, year=2026).kind != "before"


@pytest.mark.parametrize("text", [
    "Tiền thuê gian hàng được hạch toán vào nguồn thu sự nghiệp của đơn vị, quyết toán theo năm tài chính./.",
    "Mục tiêu: 60% hợp tác xã tham gia có sản phẩm được bán thường xuyên tại ít nhất 1 chuỗi.",
    "Mục đích: giúp hợp tác xã nắm thủ tục đăng ký trực tuyến.",
])
def test_how_money_is_booked_and_the_aim_are_no_tasks(text):
    assert gives_no_task(text)
