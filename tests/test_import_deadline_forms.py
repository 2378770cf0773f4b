"""kehoach import: times as offices type them (the twentieth and twenty-first sets' misses, generalised).

- a quarter typed short or in Arabic numerals: "Q.III/2026", "Q.II/2026 và Q.IV/2026", "Q.III và Q.IV/2026", "Quý
  3/2026", "trong Q.IV/2026" — those quarters; yearless, "Q.3" stays a district (Quận 3);
- the end, start or middle of a period after the work, with no trigger word: "sơ kết vào cuối tháng 9/2026" the month,
  "vào đầu năm 2027" quarter I of 2027 — not a span up to now ("từ đầu năm 2026 đến nay", "từ năm 2025 đến nay": what
  the work looks back on, never its deadline);
- a period opening a clause of its own: "…; giai đoạn 2026-2027." the year range;
- a day of a month of every quarter: "trước ngày 25 của tháng cuối quý", "trước ngày 15 tháng đầu quý sau": recurring
  (ongoing), as "hằng quý";
- a line that opens with its time and a colon ("- Thường xuyên: Theo dõi … sau khi thành lập", "Hằng quý: …"): that time,
  not the "sau khi" in the work's words;
- the day the work is held, alone after it ("Chủ trì Hội nghị … ngày 17/10/2026"): due by that day, said in review;
  not a cited document's day ("Kế hoạch số 58/KH-UBND ngày 12/3/2026", "Công văn của Bộ Tài chính ngày …");
- a task table's time column headed "Hoàn thành", "Hạn hoàn thành", "Thời điểm hoàn thành" (not "Tỷ lệ hoàn thành").
Tested on phrases and documents written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import written
from generator.importer import fields
from generator.importer.tables import _column


def read(text: str, cell: bool = False) -> dict:
    found = fields.deadline(text, cell=cell).as_dict()
    found.pop("printed")
    return found


@pytest.mark.parametrize("text,cell,quarters,year", [
    ("Q.III/2026", True, [3], 2026),
    ("Q.II/2026 và Q.IV/2026", True, [2, 4], 2026),
    ("Q.III và Q.IV/2027", True, [3, 4], 2027),
    ("Quý 3/2026", True, [3], 2026),
    ("Quý II - Q.IV/2026", True, [2, 3, 4], 2026),
    ("Sở Nông nghiệp và Môi trường cung cấp danh sách vùng trồng đã được cấp mã số trong Quý 3/2026.", False, [3], 2026),
    ("Hội Nông dân xây dựng 01 mô hình trồng rau an toàn, hoàn thành Q.IV/2026.", False, [4], 2026),
    ("Phòng Kinh tế khảo sát hộ kinh doanh (thời gian: trong Quý 2/2027).", False, [2], 2027),
])
def test_a_quarter_typed_short_or_in_arabic_numerals(text, cell, quarters, year):
    assert read(text, cell) == {"kind": "quarter", "year": year, "quarters": quarters}


@pytest.mark.parametrize("text", ["Tổ chức tập huấn tại Q.3 năm 2026.", "Hỗ trợ hộ kinh doanh Q.1, Q.3 trong tháng"])
def test_a_district_typed_short_is_no_quarter(text):
    assert read(text)["kind"] == "unspecified"


@pytest.mark.parametrize("text,want", [
    ("Hội Liên hiệp Phụ nữ tuyên truyền, vận động chị em tham gia tổ hợp tác; sơ kết vào cuối tháng 9/2026.",
     {"kind": "month", "year": 2026, "month": 9}),
    ("Phòng Văn hóa - Xã hội tổng kết phong trào giữa tháng 5/2027.", {"kind": "month", "year": 2027, "month": 5}),
    ("Đoàn Thanh niên vận động đoàn viên, ra mắt ít nhất 01 tổ hợp tác thanh niên vào đầu năm 2027.",
     {"kind": "quarter", "year": 2027, "quarters": [1]}),
    ("Sở Tài chính trình Ủy ban nhân dân tỉnh đề án sắp xếp hợp tác xã đầu năm 2028.",
     {"kind": "quarter", "year": 2028, "quarters": [1]}),
])
def test_the_end_or_start_of_a_period(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    "Thuế tỉnh cung cấp danh sách hợp tác xã không kê khai thuế từ năm 2025 đến nay.",
    "Phòng Kinh tế tổng hợp số liệu hỗ trợ từ đầu năm 2026 đến nay, gửi Sở Tài chính.",
    "Chi cục Thống kê rà soát số hợp tác xã thành lập từ năm 2024 đến hiện nay.",
])
def test_a_span_up_to_now_is_no_deadline(text):
    assert read(text)["kind"] == "unspecified"


def test_a_span_up_to_now_leaves_the_time_the_work_is_due():
    text = "Thuế tỉnh cung cấp danh sách hợp tác xã không kê khai thuế từ năm 2025 đến nay để đối chiếu, trong Q.IV/2026."
    assert read(text) == {"kind": "quarter", "year": 2026, "quarters": [4]}


@pytest.mark.parametrize("text,start,end", [
    ("Hội Cựu chiến binh giúp hội viên tiếp cận vốn vay ưu đãi; giai đoạn 2026-2027.", 2026, 2027),
    ("Liên minh Hợp tác xã tỉnh tư vấn thành lập hợp tác xã thanh niên. Giai đoạn 2026 - 2028.", 2026, 2028),
])
def test_a_period_opening_a_clause(text, start, end):
    assert read(text) == {"kind": "year-range", "year": start, "year_end": end}


@pytest.mark.parametrize("text", ["Giai đoạn 2026 - 2028: hỗ trợ 20 hợp tác xã ứng dụng công nghệ cao.",
                                  "Phát triển hợp tác xã; giai đoạn 2026 - 2028: hỗ trợ 20 hợp tác xã."])
def test_a_programmes_stage_is_no_deadline(text):
    assert read(text)["kind"] == "unspecified"


@pytest.mark.parametrize("text,cell", [
    ("Văn phòng tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân phường trước ngày 25 của tháng cuối quý.",
     False),
    ("Các phòng gửi báo cáo tiến độ về Văn phòng trước ngày 15 tháng đầu quý sau.", False),
    ("Trước ngày 25 của tháng cuối quý", True),
])
def test_a_day_of_every_quarter_recurs(text, cell):
    assert read(text, cell) == {"kind": "ongoing"}


@pytest.mark.parametrize("text,want", [
    ("- Thường xuyên: Theo dõi, hỗ trợ các mô hình sau khi thành lập (Đoàn các xã, phường, đặc khu)", {"kind": "ongoing"}),
    ("Hằng quý: kiểm tra hoạt động của hợp tác xã sau khi được hỗ trợ vốn.", {"kind": "ongoing"}),
    ("- Q.III/2026: đánh giá mô hình sau khi kết thúc vụ mùa.", {"kind": "quarter", "year": 2026, "quarters": [3]}),
])
def test_a_line_opening_with_its_time(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text,day", [
    ("Chủ trì Hội nghị kết nối cung cầu ngày 17/10/2026, phối hợp với Liên minh Hợp tác xã tỉnh.", "2026-10-17"),
    ('Chủ trì tổ chức Tọa đàm "Hợp tác xã với chuyển đổi số" ngày 05/11/2026.', "2026-11-05"),
])
def test_the_day_the_work_is_held(text, day):
    assert read(text) == {"kind": "before", "before": day}
    assert "ngày diễn ra" in fields.deadline(text).note


@pytest.mark.parametrize("text", [
    "Triển khai Kế hoạch số 58/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh.",
    "Thực hiện Công văn của Bộ Tài chính ngày 12/3/2026 về hỗ trợ hợp tác xã.",
    "Phòng Kinh tế báo cáo số liệu tính đến ngày 30/6/2026.",
])
def test_a_cited_documents_day_is_no_deadline(text):
    assert read(text)["kind"] == "unspecified"


@pytest.mark.parametrize("header,field", [
    ("Hoàn thành", "deadline"), ("Hạn hoàn thành", "deadline"), ("Thời điểm hoàn thành", "deadline"),
    ("Dự kiến hoàn thành", "deadline"), ("Tỷ lệ hoàn thành", None), ("Đã hoàn thành", None),
])
def test_a_time_column_headed_by_when_it_is_done(header, field):
    assert _column(header) == field


ROWS = [
    ("Rà soát, phân loại hợp tác xã trên địa bàn", "Phòng Kinh tế", "Quý I/2027", {"kind": "quarter", "quarters": [1]}),
    ("Hỗ trợ thành lập mới 10 hợp tác xã", "Ủy ban nhân dân xã", "Năm 2027", {"kind": "year", "year": 2027}),
    ("Tổ chức phiên giao thương sản phẩm hợp tác xã", "Phòng Văn hóa - Xã hội", "Q.II và Q.IV/2027",
     {"kind": "quarter", "quarters": [2, 4]}),
    ("Đào tạo cán bộ quản lý hợp tác xã", "Phòng Kinh tế", "Trước 30/9/2027", {"kind": "before", "before": "2027-09-30"}),
    ("Cấp vốn vay ưu đãi cho hợp tác xã mới", "Phòng Kinh tế", "Hằng quý", {"kind": "ongoing"}),
]


def _markdown(tmp_path, header):
    lines = ["| ỦY BAN NHÂN DÂN<br>**XÃ MƯỜNG KHƯƠNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 12/KH-UBND | *Mường Khương, ngày 09 tháng 10 năm 2026* |", "", "# KẾ HOẠCH", "",
             "## Phát triển hợp tác xã năm 2027", "", "### I. NHIỆM VỤ", "",
             f"| STT | Nhiệm vụ | Chủ trì | {header} |", "|:---:|---|---|:---:|"]
    lines += [f"| {n} | {text} | {lead} | {time} |" for n, (text, lead, time, _) in enumerate(ROWS, start=1)]
    lines += ["", "Trên đây là Kế hoạch năm 2027 của Ủy ban nhân dân xã./.", "",
              "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Lù Văn Pao** |", "|---|:---:|"]
    return written(tmp_path, "ke-hoach.md", lines)


def _tabs(tmp_path, header):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ MƯỜNG KHƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-UBND\tMường Khương, ngày 09 tháng 10 năm 2026", "", "KẾ HOẠCH",
             "Phát triển hợp tác xã năm 2027", "", "I. NHIỆM VỤ", f"TT\tNhiệm vụ\tChủ trì\t{header}"]
    lines += [f"{n}\t{text}\t{lead}\t{time}" for n, (text, lead, time, _) in enumerate(ROWS, start=1)]
    lines += ["", "Trên đây là Kế hoạch năm 2027 của Ủy ban nhân dân xã./.", "",
              "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLù Văn Pao"]
    return written(tmp_path, "ke-hoach.txt", lines)


@pytest.mark.parametrize("make,header", [(_markdown, "Hoàn thành"), (_tabs, "Hạn hoàn thành")], ids=["pipe", "tabs"])
def test_a_task_tables_time_column_headed_hoan_thanh(tmp_path, make, header):
    draft = make(tmp_path, header)
    for text, _, time, want in ROWS:
        got = draft[text]["deadline"]
        assert {k: (str(got.get(k)) if k == "before" else got.get(k)) for k in want} == want, (text, got)


def _schedule(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ TÀI CHÍNH", "Số: 83/KH-STC\tLai Châu, ngày 05 tháng 02 năm 2026", "",
             "KẾ HOẠCH", "Hỗ trợ hợp tác xã sau thành lập năm 2026", "", "I. NHIỆM VỤ", "",
             "1. Ủy ban nhân dân các xã, phường:", "",
             "- Thường xuyên: Theo dõi, hỗ trợ các mô hình hợp tác xã sau khi thành lập.", "",
             "- Hằng quý: Kiểm tra sổ sách kế toán của hợp tác xã sau khi được hỗ trợ vốn.", "",
             "2. Sở Công Thương:", "",
             "- Chủ trì Hội nghị kết nối cung cầu ngày 17/10/2026, phối hợp với Liên minh Hợp tác xã tỉnh.", "",
             "- Triển khai Kế hoạch số 58/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về thương mại điện tử.", "",
             "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLò Văn Minh"]
    return written(tmp_path, "ke-hoach.txt", lines)


def test_a_plans_lines_by_their_time_and_the_day_of_an_event(tmp_path):
    draft = _schedule(tmp_path)
    assert draft["Thường xuyên: Theo dõi"]["deadline"]["kind"] == "ongoing"
    assert draft["Hằng quý: Kiểm tra"]["deadline"]["kind"] == "ongoing"
    held = draft["Chủ trì Hội nghị kết nối cung cầu"]
    assert (held["deadline"]["kind"], str(held["deadline"]["before"])) == ("before", "2026-10-17")
    assert draft["Triển khai Kế hoạch số 58"]["deadline"]["kind"] == "unspecified"
