"""kehoach import: dates typed with dots, days under a month's group row, columns asked as plain questions (issue 11).

- "30.9.2026", "trước 15.10", "10 - 30.11.2026", "05 - 20.01", "tháng 9.2026": read as with slashes, printed as typed;
  never a section's number ("mục 2.3"), a phone's digits ("0913.227.416"), a quantity ("1.500 ha").
- A calendar whose group rows name the month ("| **I** | **Tháng 12/2026** |") over rows timed by days alone ("01 -
  10", "15", "trước 25", "cả tháng"), its time column headed "Ngày": due by that day of that month, said for review.
- "Ai làm | Ai hỗ trợ | Khi nào xong": the lead, the partners and the time, as "Làm gì | Ai làm | Khi nào" reads.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, word_document, written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 41/KH-{code}\t{place}, ngày 20 tháng 8 năm 2026", "", "KẾ HOẠCH", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVũ Đình Khang"]


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


# --- dates typed with dots -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, before", [
    ("30.9.2026", "2026-09-30"), ("trước 15.10", "2026-10-15"), ("Trước ngày 15.12.2026", "2026-12-15"),
    ("10 - 30.11.2026", "2026-11-30"), ("05 - 20.01", "2026-01-20"), ("01.10 - 15.10.2026", "2026-10-15"),
    ("30.9", "2026-09-30"), ("ngày 05.10", "2026-10-05")])
def test_a_date_typed_with_dots_in_a_time_cell(cell, before):
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.before, found.printed) == ("before", before, cell)


@pytest.mark.parametrize("cell, month", [("Tháng 9.2026", 9), ("tháng 11.2026", 11), ("T12.2026", 12)])
def test_a_month_typed_with_a_dot(cell, month):
    found = fields.deadline(cell, cell=True)
    assert (found.kind, found.year, found.month) == ("month", 2026, month)


@pytest.mark.parametrize("text", ["Thực hiện theo mục 2.3 của Kế hoạch.", "Liên hệ ĐT: 0913.227.416.",
                                  "Mở rộng vùng nguyên liệu thêm 1.500 ha.", "Tăng 2.5 lần so với năm 2025."])
def test_numbers_with_dots_are_no_dates(text):
    assert fields.deadline(text, year=2026).kind == "unspecified"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_dotted_dates_in_running_text_and_in_a_table(tmp_path, suffix):
    before = _head(issuer="ỦY BAN NHÂN DÂN XÃ AN HÒA", code="UBND", place="Đồng Tháp",
                   title="Hỗ trợ hợp tác xã thu hoạch lúa vụ Thu Đông năm 2026") + [
        "II. NHIỆM VỤ",
        "1. Phòng Kinh tế rà soát diện tích lúa của các hợp tác xã, hoàn thành trước ngày 15.9.2026.",
        "2. Hội Nông dân xã vận động hội viên ký hợp đồng bao tiêu, xong trước 30.10.", "", "III. LỊCH CỤ THỂ"]
    rows = [["1", "Sửa chữa cống, bờ bao vùng lúa của hợp tác xã", "Phòng Kinh tế", "10 - 30.11.2026"],
            ["2", "Nghiệm thu, thanh toán kinh phí hỗ trợ", "Văn phòng HĐND và UBND xã", "05 - 20.01"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        before, ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], rows, TAIL, suffix))
    assert draft["Phòng Kinh tế rà soát"]["deadline"]["before"] == "2026-09-15"
    assert draft["Hội Nông dân xã vận động"]["deadline"]["before"] == "2026-10-30"
    assert draft["Sửa chữa cống"]["deadline"] == {"printed": "10 - 30.11.2026", "kind": "before",
                                                  "before": "2026-11-30"}
    assert draft["Nghiệm thu"]["deadline"]["printed"] == "05 - 20.01"


# --- days under a month's group row ----------------------------------------------------------------------------------

MONTHS = [["**I**", "**Tháng 12/2026**", "", "", ""],
          ["1", "Rà soát, phân loại hợp tác xã và tổ hợp tác", "01 - 10", "Phòng Kinh tế", "Hội Nông dân xã"],
          ["2", "Gặp mặt hợp tác xã cuối năm", "28", "Văn phòng HĐND và UBND xã", "Ủy ban MTTQ xã"],
          ["**II**", "**Tháng 01/2027**", "", "", ""],
          ["3", "Tập huấn ghi nhật ký sản xuất cho thành viên hợp tác xã", "trước 20", "Phòng Kinh tế", ""],
          ["4", "Kết nối hợp tác xã rau với bếp ăn bán trú của trường học", "cả tháng", "Phòng Văn hóa - Xã hội", ""],
          ["**III**", "**Tháng 02/2027**", "", "", ""],
          ["5", "Thăm, tặng quà thành viên hợp tác xã khó khăn", "02 - 04", "Ủy ban MTTQ xã", "Hội Nông dân xã"]]
MONTH_DUE = {"Rà soát": ("before", "2026-12-10"), "Gặp mặt": ("before", "2026-12-28"),
             "Tập huấn ghi": ("before", "2027-01-20"), "Kết nối": ("month", None), "Thăm, tặng": ("before", "2027-02-04")}
MONTH_HEAD = dict(issuer="ỦY BAN NHÂN DÂN XÃ HIỆP AN", code="UBND", place="Lâm Đồng",
                  title="Lịch hỗ trợ hợp tác xã rau, hoa từ tháng 12/2026 đến tháng 02/2027")


def _check_months(draft):
    for anchor, (kind, before) in MONTH_DUE.items():
        due = draft[anchor]["deadline"]
        assert due["kind"] == kind and due.get("before") == before, anchor
    assert draft["Kết nối"]["deadline"]["month"] == 1 and draft["Kết nối"]["deadline"]["year"] == 2027
    assert any("dòng nhóm" in note for note in draft["Rà soát"]["review"])


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_days_under_a_month_group_row(tmp_path, suffix):
    rows = MONTHS if suffix == ".md" else [[c.strip("*") for c in row] for row in MONTHS]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(**MONTH_HEAD) + ["II. LỊCH THỰC HIỆN"], ["TT", "Nội dung", "Ngày", "Chủ trì", "Phối hợp"], rows,
        TAIL, suffix))
    _check_months(draft)


def test_days_under_a_month_group_row_in_word(tmp_path):
    rows = [["TT", "Nội dung", "Ngày", "Chủ trì", "Phối hợp"]] + [
        [row[1].strip("*")] if row[0].startswith("**") else row for row in MONTHS]
    draft = word_document(tmp_path, "ke-hoach.docx", _head(**MONTH_HEAD) + ["II. LỊCH THỰC HIỆN"], rows, TAIL)
    _check_months(draft)


def test_days_under_a_group_row_that_is_no_month_are_not_read_in_it(tmp_path):
    rows = [["**I**", "**Tuyên truyền**", "", "", ""],
            ["1", "Đưa tin về hợp tác xã tiêu biểu", "15", "Phòng Văn hóa - Xã hội", ""]]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        _head(**MONTH_HEAD) + ["II. LỊCH THỰC HIỆN"], ["TT", "Nội dung", "Ngày", "Chủ trì", "Phối hợp"], rows,
        TAIL, ".md"))
    assert draft["Đưa tin"]["deadline"]["kind"] != "before"


# --- columns asked as plain questions ------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("header", [["TT", "Việc cần làm", "Ai làm", "Ai hỗ trợ", "Khi nào xong"],
                                    ["TT", "Làm gì", "Ai làm", "Ai phối hợp", "Khi nào hoàn thành"]])
def test_columns_asked_as_plain_questions(tmp_path, suffix, header):
    rows = [["1", "Khảo sát, bình xét danh sách hộ nhận bò giống", "Bộ phận Dự án", "UBND xã Na Sang", "15/9/2026"],
            ["2", "Tập huấn làm chuồng, trồng cỏ cho hộ nhận bò", "HTX Dịch vụ nông nghiệp Na Sang",
             "Hội Nông dân xã Na Sang", "tháng 10/2026"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(issuer="QUỸ TỪ THIỆN SƠN HÀ", code="QTT", place="Điện Biên",
              title="Trao bò giống luân chuyển qua hợp tác xã năm 2026") + ["III. PHÂN CÔNG"], header, rows,
        TAIL, suffix))
    assert draft.lead("Khảo sát") == ["Bộ phận Dự án"] and draft.coop("Khảo sát") == ["UBND xã Na Sang"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-15"
    assert draft.coop("Tập huấn") == ["Hội Nông dân xã Na Sang"]
    assert draft["Tập huấn"]["deadline"]["month"] == 10


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_trip_programme_by_day_without_doers_gives_no_tasks(tmp_path, suffix):
    """"Ngày | Nội dung làm việc | Địa điểm", no column of doers: the days of a study trip, not a calendar of work."""
    rows = [["06/10/2026", "Bay từ Vinh vào Liên Khương; làm việc với Liên minh Hợp tác xã tỉnh", "Phường Xuân Hương"],
            ["07/10/2026", "Thăm mô hình trồng rau trong nhà màng của hai hợp tác xã", "Xã Đơn Dương"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH", code="LMHTX", place="Hà Tĩnh",
              title="Đoàn công tác học tập kinh nghiệm hợp tác xã tại Lâm Đồng") + ["II. CHƯƠNG TRÌNH"],
        ["Ngày", "Nội dung làm việc", "Địa điểm"], rows,
        ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Liên minh liên hệ, bố trí phương tiện, xong trước 30/9/2026."] + TAIL,
        suffix))
    assert draft.texts() == ["Văn phòng Liên minh liên hệ, bố trí phương tiện, xong trước 30/9/2026."]
