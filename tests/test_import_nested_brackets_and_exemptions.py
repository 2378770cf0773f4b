"""kehoach import: a closing bracket of roles whose partner is printed with its parent in brackets, closings that start
with the work's course or ask the recipients, a year's season with its months in brackets, and who need not pay
(issue 11).

- "b) Xây dựng … (Phòng Ứng dụng công nghệ số chủ trì; Trung tâm Khuyến nông (Sở Nông nghiệp và Môi trường) phối hợp;
  trước ngày 30/9/2026)": the roles and the time of the bracket, the partner's parent inside it.
- "Trong quá trình triển khai, đơn vị nào gặp vướng mắc thì phản ánh về Sở … để xử lý./.", "Đề nghị các nơi nhận Công
  văn thực hiện nghiêm, đúng thời gian./.": no task.
- "Mùa nước nổi năm 2025 (tháng 9 - 11)": November 2025, the months the bracket names in the year printed.
- "Các hợp tác xã được kiểm tra không phải trả chi phí kiểm định.", "… được miễn phí …": a rule, no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, written
from generator.importer import fields

CENTRE = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ {city_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "TRUNG TÂM THÔNG TIN VÀ THỐNG KÊ\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 41/KH-TTTK\t{city}, ngày 20 tháng 3 năm 2026", "", "KẾ HOẠCH",
          "Biên soạn tài liệu kỹ thuật cho hợp tác xã năm 2026", "", "I. NỘI DUNG",
          "1. Tài liệu về lúa",
          "a) Biên soạn sổ tay kỹ thuật canh tác lúa (Phòng Thông tin chủ trì; thường xuyên từ tháng 4/2026).",
          "b) Xây dựng cơ sở dữ liệu video kỹ thuật ngắn (Phòng Ứng dụng công nghệ số chủ trì; {partner} ({parent}) "
          "phối hợp; trước ngày 30/9/2026).", "", "II. TỔ CHỨC THỰC HIỆN",
          "Phòng Hành chính - Tổng hợp xây dựng dự toán kinh phí, trình Giám đốc Trung tâm trước ngày 10/4/2026.",
          "Các hợp tác xã tham gia không phải trả chi phí biên soạn. Trong quá trình triển khai, đơn vị nào gặp vướng mắc "
          "thì phản ánh về Sở Khoa học và Công nghệ (qua Phòng Quản lý khoa học, điện thoại 0292.3820.111) để xử lý./.",
          "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tTạ Minh Luân"]


@pytest.mark.parametrize("city, partner, parent", [
    ("Cần Thơ", "Trung tâm Khuyến nông", "Sở Nông nghiệp và Môi trường"),
    ("Vĩnh Long", "Phòng Cảnh sát kinh tế", "Công an tỉnh"),
])
def test_a_closing_bracket_with_a_parent_inside(tmp_path, city, partner, parent):
    lines = [line.format(city=city, city_caps=f"THÀNH PHỐ {city.upper()}", partner=partner, parent=parent)
             for line in CENTRE]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3, draft.texts()  # the exemption and the closing are no tasks
    assert draft.lead("Xây dựng cơ sở dữ liệu") == ["Phòng Ứng dụng công nghệ số"]
    assert draft.coop("Xây dựng cơ sở dữ liệu") == [partner]
    assert draft["Xây dựng cơ sở dữ liệu"]["deadline"]["before"] == "2026-09-30"


@pytest.mark.parametrize("text", [
    "Trong quá trình triển khai, đơn vị nào gặp vướng mắc thì phản ánh về Sở Tài chính để xử lý./.",
    "Trong quá trình thực hiện, bộ phận nào có khó khăn thì báo cáo Giám đốc Trung tâm để giải quyết./.",
    "Đề nghị các nơi nhận Công văn thực hiện nghiêm, đúng thời gian./.",
    "Các hợp tác xã được kiểm tra không phải trả chi phí kiểm định.",
    "Hợp tác xã tham gia lớp học được miễn phí tài liệu.",
])
def test_closings_and_exemptions_are_no_tasks(text):
    assert gives_no_task(text)


def test_a_unit_that_collects_a_fee_has_a_task():
    assert not gives_no_task("Phòng Kế toán thu phí kiểm định của hợp tác xã trong quý IV/2026.")


@pytest.mark.parametrize("cell, year, month", [
    ("Mùa nước nổi năm 2025 (tháng 9 - 11)", 2025, 11),
    ("Mùa khô năm 2026 (tháng 2 - tháng 4)", 2026, 4),
])
def test_a_years_season_with_its_months_in_brackets(cell, year, month):
    found = fields.deadline(cell, cell=True, year=2024)
    assert (found.kind, found.year, found.month) == ("month", year, month)
    assert "năm của kế hoạch" not in (found.note or "")  # the year is the one printed
