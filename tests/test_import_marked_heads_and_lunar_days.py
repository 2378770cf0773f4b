"""kehoach import: doers run in before a colon with their roles marked, where the difficulties go said in more ways, two
more verbs that end a name, and a lunar day given with its solar day (issue 11).

- "X (chủ trì), Y (phối hợp): rà soát …": X leads, Y cooperates.
- "Trong quá trình thực hiện, các đơn vị phản ánh vướng mắc về Phòng … để báo cáo …./.", "Khi triển khai gặp khó khăn,
  đơn vị phản ánh kịp thời về UBND phường … để kịp thời chỉ đạo./.", "Các phòng, đơn vị, các xóm căn cứ Kế hoạch triển
  khai thực hiện; có vướng mắc báo cáo về UBND xã …./.": no task; a report due by a day stays one.
- "Phòng Cơ sở dữ liệu | trích xuất …", "Phòng Hành chính - Tổng hợp | lo kinh phí …", "Ủy ban Kiểm tra Đảng ủy | mỗi
  năm chọn …"; "Sau Hội nghị 05 ngày làm việc, Ban … gửi …": the body after the comma leads.
- A closing bracket that asks ("(đề nghị X; Y phối hợp bình xét; …)") or names its lead by "tham mưu" or "thực hiện" ("(X
  tham mưu, Y phối hợp; …)", "(giao X thực hiện, Y hỗ trợ kỹ thuật; …)"): X leads, Y cooperates.
- "20 tháng Chạp (27/01/2027)" in a time cell, "… từ 20 tháng Chạp đến hết 30 Tết (27/01 - 05/02/2027).": by the solar
  day.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, names_of, written
from generator.importer import fields

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG {caps}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 214/KH-UBND\t{place}, ngày 08 tháng 9 năm 2026", "", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026", "",
        "II. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tĐỗ Văn Minh"]


@pytest.mark.parametrize("place, lead, partner", [
    ("Sông Công", "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường"),
    ("Bá Xuyên", "HTX Rau an toàn Bá Xuyên", "Trung tâm Khuyến nông tỉnh"),
])
def test_doers_run_in_with_their_roles_marked(tmp_path, place, lead, partner):
    head = [line.format(caps=place.upper(), place=place) for line in HEAD]
    draft = written(tmp_path, "ke-hoach.txt", head + [
        f"- {lead} (chủ trì), {partner} (phối hợp): rà soát các hợp tác xã trên địa bàn trước 31/10/2026.",
        "- Văn phòng (chủ trì): tổng hợp kết quả, báo cáo UBND phường trước 15/12/2026."] + TAIL)
    assert draft.lead(lead) == [lead] and draft.coop(lead) == [partner]
    assert draft.lead("Văn phòng") == ["Văn phòng"]


@pytest.mark.parametrize("text, none", [
    ("Trong quá trình thực hiện, các đơn vị phản ánh vướng mắc về Phòng Hợp tác và Truyền thông để báo cáo Cục trưởng "
     "xem xét, quyết định./.", True),
    ("Khi triển khai gặp khó khăn, đơn vị phản ánh kịp thời về UBND phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) để "
     "kịp thời chỉ đạo./.", True),
    ("Các phòng, đơn vị, các xóm căn cứ Kế hoạch triển khai thực hiện; có vướng mắc báo cáo về UBND xã (qua phòng Kinh "
     "tế) để chỉ đạo./.", True),
    ("Các thôn, tổ dân phố chủ động triển khai; có khó khăn báo cáo về UBND phường để giải quyết./.", True),
    ("Các đơn vị báo cáo kết quả thực hiện về Sở Tài chính trước ngày 10/12/2026./.", False),
])
def test_where_the_difficulties_go(text, none):
    assert gives_no_task(text) is none


@pytest.mark.parametrize("text, name", [
    ("Phòng Cơ sở dữ liệu trích xuất các điểm đã phát hiện bom mìn", "Phòng Cơ sở dữ liệu"),
    ("Phòng Hành chính - Tổng hợp lo kinh phí, xe cho đoàn công tác", "Phòng Hành chính - Tổng hợp"),
    ("Văn phòng Sở lo hậu cần cho hội nghị", "Văn phòng Sở"),
    ("Ủy ban Kiểm tra Đảng ủy mỗi năm chọn ít nhất 02 hợp tác xã để kiểm tra", "Ủy ban Kiểm tra Đảng ủy"),
    ("Phòng Kinh tế mỗi quý kiểm tra 03 hợp tác xã", "Phòng Kinh tế"),
])
def test_more_verbs_end_a_name(text, name):
    assert names_of(text) == [name]


@pytest.mark.parametrize("text, cell, day", [
    ("20 tháng Chạp (27/01/2027)", True, "2027-01-27"),
    ("mùng 6 Tết (11/02/2027)", True, "2027-02-11"),
    ("phân luồng xe chở hoa từ 20 tháng Chạp đến hết 30 Tết (27/01 - 05/02/2027).", False, "2027-02-05"),
    ("trực chợ hoa từ ngày 25/01 - 05/02/2027.", False, "2027-02-05"),
])
def test_a_lunar_day_given_with_its_solar_day(text, cell, day):
    found = fields.deadline(text, cell=cell, year=2026)
    assert (found.kind, found.before) == ("before", day)


def test_a_lunar_day_without_its_solar_year_is_not_guessed():
    assert fields.deadline("15/12 âm lịch (23/01)", cell=True, year=2026).kind == "unspecified"
    assert fields.deadline("tháng Chạp", cell=True, year=2026).kind == "unspecified"


@pytest.mark.parametrize("opening, lead", [
    ("Sau Hội nghị 05 ngày làm việc, Ban Kinh tế - Tổng hợp gửi báo cáo kết quả về Thường trực.", "Ban Kinh tế - Tổng hợp"),
    ("Sau Ngày hội, Văn phòng Hội tổng hợp ý kiến của các hợp tác xã.", "Văn phòng Hội"),
])
def test_after_an_event_of_the_plan_put_first(tmp_path, opening, lead):
    head = [line.format(caps="SÔNG CÔNG", place="Sông Công") for line in HEAD]
    draft = written(tmp_path, "ke-hoach.txt", head + [f"1. {opening}"] + TAIL)
    assert draft.lead(opening[:10]) == [lead]


@pytest.mark.parametrize("bracket, lead, partner", [
    ("đề nghị PGD NHCSXH khu vực Long Khánh; Hội LHPN phường phối hợp bình xét; quý III/2026",
     "PGD NHCSXH khu vực Long Khánh", "Hội LHPN phường"),
    ("Văn phòng HĐND và UBND phường tham mưu, Phòng Kinh tế phối hợp; trước 15/8/2026",
     "Văn phòng HĐND và UBND phường", "Phòng Kinh tế"),
    ("giao HTX Chôm chôm Suối Tre thực hiện, Trung tâm Khuyến nông tỉnh hỗ trợ kỹ thuật; trước 20/8/2026",
     "HTX Chôm chôm Suối Tre", "Trung tâm Khuyến nông tỉnh"),
])
def test_a_closing_bracket_that_asks_or_advises(tmp_path, bracket, lead, partner):
    head = [line.format(caps="LONG KHÁNH", place="Đồng Nai") for line in HEAD]
    draft = written(tmp_path, "ke-hoach.txt", head + [f"a) Hỗ trợ các tổ hợp tác trồng chôm chôm ({bracket})."] + TAIL)
    assert draft.lead("Hỗ trợ") == [lead] and draft.coop("Hỗ trợ") == [partner]
