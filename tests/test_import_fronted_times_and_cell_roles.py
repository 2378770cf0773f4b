"""kehoach import: a time put first with a colon and a word that ties a sentence to the one before; two roles in one
doers' cell; times left without their year in cells and sentences; a unit's type in lower case in a list; a tab-stop
table right before a tab-stop signature; public service units named "Nhà …" and a basic-level tax office as issuers
(issue 11).

- "Quý III/2025: Đội … phối hợp UBND xã A, UBND xã B rà soát …": the body after the colon leads, the bodies after
  "phối hợp" cooperate (not the last of them, read as the subject after a comma).
- "Cùng thời gian trên, Thuế tỉnh … xác nhận …", "Đồng thời, Sở … kết nối …": the body after the comma leads.
- A doers' cell "X chủ trì, Y phối hợp", "X chủ trì, phối hợp với Y", "X chủ trì, đề nghị Y hỗ trợ": X leads, Y
  cooperates (no column of partners).
- Cells "01 - 05/6", "chiều 07/6": by that day of the plan's year; "từ nay đến cuối năm", "đến hết năm": the plan's year.
- "Chi cục Chăn nuôi và Thú y, phòng Kỹ thuật": two bodies; "… quan trắc môi trường …": the name ends before the verb.
- Headers "TỈNH ĐOÀN … / NHÀ THIẾU NHI TỈNH", "LIÊN ĐOÀN LAO ĐỘNG … / NHÀ VĂN HÓA LAO ĐỘNG", "THUẾ TỈNH … / THUẾ CƠ
  SỞ 4 TỈNH …": the lower line is the issuer.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import names_of, with_table, written, written_as
from generator.importer import fields

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH {caps}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 36/KH-UBND\t{province}, ngày 08 tháng 9 năm 2025", "", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2025", "",
        "II. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tĐỗ Văn Minh"]


def plan(tmp_path, province: str, items: list[str], suffix: str = ".txt"):
    head = [line.format(caps=province.upper(), province=province) for line in HEAD]
    return written_as(tmp_path, "ke-hoach", suffix, head + items + TAIL)


@pytest.mark.parametrize("province, time, lead, partners, work", [
    ("Lâm Đồng", "Quý III/2025", "Đội Quản lý thị trường số 2", ["UBND xã Đức Trọng", "UBND xã Lạc Dương"],
     "rà soát danh sách hợp tác xã"),
    ("Tây Ninh", "Tháng 10 - 11/2025", "Phòng Nghiệp vụ 1 thẩm định hồ sơ,", ["Sở Nội vụ", "Hội Nông dân tỉnh"],
     "lấy ý kiến về các hợp tác xã"),
])
def test_a_time_put_first_with_a_colon(tmp_path, province, time, lead, partners, work):
    draft = plan(tmp_path, province, [f"1. {time}: {lead} phối hợp {', '.join(partners)} {work}."])
    task = draft.tasks[0]["text"][:10]
    assert draft.lead(task) == [lead.split(" thẩm định")[0]]
    assert [name.removesuffix(f" tỉnh {province}") for name in draft.coop(task)] == partners


@pytest.mark.parametrize("opening, lead", [
    ("Cùng thời gian trên, Thuế tỉnh Lâm Đồng xác nhận việc chấp hành nghĩa vụ thuế của các hợp tác xã.",
     "Thuế tỉnh Lâm Đồng"),
    ("Đồng thời, Trung tâm Khuyến nông tỉnh hướng dẫn kỹ thuật cho các tổ hợp tác.", "Trung tâm Khuyến nông tỉnh"),
    ("Ngoài ra, Hội Nông dân tỉnh tập huấn cho thành viên các tổ hợp tác.", "Hội Nông dân tỉnh"),
    ("Bên cạnh đó, phòng Kinh tế rà soát các hợp tác xã ngừng hoạt động.", "phòng Kinh tế"),
])
def test_a_word_that_ties_the_sentence_to_the_one_before(tmp_path, opening, lead):
    draft = plan(tmp_path, "Lâm Đồng", [f"1. {opening}"])
    assert draft.lead(opening[:12]) == [lead]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_two_roles_in_one_doers_cell(tmp_path, suffix):
    rows = [["1", "Tư vấn thành lập mới hợp tác xã", "Liên minh HTX tỉnh chủ trì, Hội Nông dân tỉnh phối hợp", "Quý I"],
            ["2", "Đào tạo cán bộ hợp tác xã", "Sở Nội vụ chủ trì, phối hợp với Liên minh HTX tỉnh", "Trước 30/6"],
            ["3", "Kết nối tiêu thụ sữa", "phòng Kinh tế chủ trì, đề nghị Hội Nông dân tỉnh hỗ trợ", "Quý III"],
            ["4", "Tập huấn kế toán", "Phòng Tài chính chủ trì, phối hợp Trung tâm Khuyến nông, Đoàn Thanh niên", "Quý II"]]
    head = [line.format(caps="LAI CHÂU", province="Lai Châu") for line in HEAD]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        head, ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian"], rows, TAIL[1:], suffix))
    assert draft.lead("Tư vấn") == ["Liên minh HTX tỉnh"] and draft.coop("Tư vấn") == ["Hội Nông dân tỉnh"]
    assert [n.removesuffix(" tỉnh Lai Châu") for n in draft.lead("Đào tạo")] == ["Sở Nội vụ"] and draft.coop("Đào tạo") == ["Liên minh HTX tỉnh"]
    assert draft.lead("Kết nối") == ["phòng Kinh tế"] and draft.coop("Kết nối") == ["Hội Nông dân tỉnh"]
    assert draft.coop("Tập huấn") == ["Trung tâm Khuyến nông", "Đoàn Thanh niên"]
    # the tab-stop signature right after the table ends the body: no task of "Lưu: VT.", every row in the body
    assert len(draft.tasks) == 4 and {t["place"]["part"] for t in draft.tasks} == {"body"}


@pytest.mark.parametrize("cell, day", [
    ("01 - 05/6", "2026-06-05"), ("15/9 - 10/10", "2026-10-10"), ("chiều 07/6", "2026-06-07"),
    ("Sáng 16/10, từ 7 giờ 00", "2026-10-16"), ("01-05/6/2026", "2026-06-05"),
])
def test_a_cells_days_left_without_their_year(cell, day):
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.before) == ("before", day)
    assert fields.deadline(cell, cell=True).kind in ("unspecified", "before")  # no plan's year: never a guess
    if "2026" not in cell:
        assert fields.deadline(cell, cell=True).kind == "unspecified"


@pytest.mark.parametrize("text, kind", [
    ("thành lập mới 02 tổ hợp tác từ nay đến cuối năm.", "year"),
    ("hoàn thiện hồ sơ đến hết năm.", "year"),
    ("gửi báo cáo chậm nhất cuối năm.", "year"),
    ("tổ chức tổng kết cuối năm.", "unspecified"),
    ("duy trì lớp học đến hết năm học.", "unspecified"),
])
def test_the_end_of_the_year_left_without_its_year(text, kind):
    found = fields.deadline(text, year=2026)
    assert found.kind == kind
    assert found.year == (2026 if kind == "year" else None)
    assert fields.deadline(text).kind == "unspecified"  # no plan's year: nothing read


@pytest.mark.parametrize("text, names", [
    ("Chi cục Chăn nuôi và Thú y, phòng Kỹ thuật", ["Chi cục Chăn nuôi và Thú y", "phòng Kỹ thuật"]),
    ("Trung tâm Khuyến nông, đội Kỹ thuật", ["Trung tâm Khuyến nông", "đội Kỹ thuật"]),
    ("Chi cục Quản lý chất lượng nông, lâm sản và thủy sản", ["Chi cục Quản lý chất lượng nông, lâm sản và thủy sản"]),
    ("Chi cục Thủy sản quan trắc môi trường nước vùng nuôi", ["Chi cục Thủy sản"]),
    ("Trạm Thủy lợi Đông Hà quan trắc mực nước các hồ chứa", ["Trạm Thủy lợi Đông Hà"]),
])
def test_a_lower_case_type_starts_a_body_and_monitoring_ends_a_name(text, names):
    assert names_of(text) == names


@pytest.mark.parametrize("superior, issuer, number, name", [
    ("TỈNH ĐOÀN QUẢNG NINH", "NHÀ THIẾU NHI TỈNH", "24/KH-NTN", "Nhà Thiếu nhi tỉnh"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG", "NHÀ VĂN HÓA LAO ĐỘNG", "27/KH-NVHLĐ", "Nhà Văn hóa Lao động"),
    ("THUẾ TỈNH SƠN LA", "THUẾ CƠ SỞ 4 TỈNH SƠN LA", "318/KH-TCS4", "Thuế cơ sở 4 tỉnh Sơn La"),
    ("THUẾ TỈNH GIA LAI", "THUẾ CƠ SỞ 2 TỈNH GIA LAI", "41/KH-TCS2", "Thuế cơ sở 2 tỉnh Gia Lai"),
])
def test_the_lower_line_of_the_header_issues(tmp_path, superior, issuer, number, name):
    lines = [f"{superior}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"{issuer}\tĐộc lập - Tự do - Hạnh phúc",
             f"Số: {number}\tngày 12 tháng 5 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "II. NHIỆM VỤ", "1. Phòng Tổng hợp mở lớp hướng dẫn cho các hợp tác xã trước 30/6/2026.", "",
             "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tĐỗ Thị Hải Yến"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert fields.fold(draft.names[draft.plan["issuer"]]).startswith(fields.fold(name))
