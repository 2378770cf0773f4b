"""kehoach import: a schedule (Gantt) table whose periods are shaded, not marked, under a header of years over
month numbers (issue 11).

- Word's Gantt chart fills the cells of the months a row runs in with a colour and leaves them empty ("ô tô màu là
  tháng thực hiện"): an empty cell filled with colour is a marked period, as an "x" is, and a milestone "◆" in it too.
- Its header is two rows, the years above their months ("Năm 2026" merged over "8 | 9 | 10 | 11 | 12", "Năm 2027"
  over "1 | 2 | 3"): each month column is that month of that year; a row is due by its last shaded month.
- "Hạng mục công việc" heads the work column, as "Hạng mục" does.
- The legend of the marks under the table ("Ghi chú: ô tô màu là tháng thực hiện; ◆ là mốc …", "Chú thích: dấu x là
  tháng thực hiện") is no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafts import gives_no_task, with_table, word_document, written

BEFORE = ["CÔNG TY CỔ PHẦN NĂNG LƯỢNG XANH BÌNH MINH", "Số: 41/KH-BM", "Phan Thiết, ngày 10 tháng 8 năm 2026",
          "KẾ HOẠCH", "Lắp đặt điện mặt trời mái nhà tại các hợp tác xã", "II. TIẾN ĐỘ VÀ PHÂN CÔNG"]
AFTER = ["Ghi chú: ô tô màu là tháng thực hiện; ◆ là mốc đóng điện.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC",
         "Lê Văn Hậu"]
MONTHS = ["8", "9", "10", "11", "12", "1", "2"]
#: (work, doer, partner, the month columns shaded, a milestone's column or None, the month it is due by)
ROWS = [("Khảo sát mái, đo phụ tải tại từng hợp tác xã", "Phòng Phát triển dự án", "Ban quản trị các HTX", [0], None,
         (2026, 8)),
        ("Ký hợp đồng đầu tư - cho thuê hệ thống với từng hợp tác xã", "Phòng Pháp chế", "", [1, 2], None, (2026, 10)),
        ("Thi công, đóng điện tại HTX Thủy sản Phú Quý", "Đội thi công số 1", "Phòng Kỹ thuật", [3, 4], 4, (2026, 12)),
        ("Chốt chỉ số, phát hành hóa đơn tiền điện kỳ đầu", "Phòng Tài chính - Kế toán", "", [6], 6, (2027, 2))]


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


@pytest.mark.parametrize("colour, work", [("A6A6A6", "Hạng mục công việc"), ("D9E2F3", "Nội dung công việc")])
def test_a_word_gantt_shaded_under_years_over_months(tmp_path, colour, work):
    head = ["TT", work, "Thực hiện", "Phối hợp", "Năm 2026", "", "", "", "", "Năm 2027", ""]
    below = ["", "", "", "", *MONTHS]
    rows = [head, below] + [[str(n), text, doer, partner, *[""] * len(MONTHS)]
                            for n, (text, doer, partner, *_) in enumerate(ROWS, start=1)]

    def fill(table):
        for k in range(4):  # the first four header cells merged over the two header rows
            table.cell(0, k).merge(table.cell(1, k)).text = head[k]
        table.cell(0, 4).merge(table.cell(0, 8)).text = "Năm 2026"
        table.cell(0, 9).merge(table.cell(0, 10)).text = "Năm 2027"
        for n, (_, _, _, shaded, milestone, _) in enumerate(ROWS, start=2):
            for k in shaded:
                _shade(table.cell(n, 4 + k), colour)
            if milestone is not None:
                table.cell(n, 4 + milestone).text = "◆"

    draft = word_document(tmp_path, "ke-hoach.docx", BEFORE, rows, AFTER, fill=fill)
    assert [t["text"] for t in draft.tasks] == [text for text, *_ in ROWS]
    for text, doer, partner, _, _, (year, month) in ROWS:
        assert draft.lead(text) == [doer]
        assert draft.coop(text) == ([partner] if partner else [])
        assert (draft[text]["deadline"]["kind"], draft[text]["deadline"]["year"], draft[text]["deadline"]["month"]) \
            == ("month", year, month)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_years_over_month_numbers_in_a_text_schedule(tmp_path, suffix):
    header = ["TT", "Hạng mục công việc", "Thực hiện", "Năm 2026", "", "", "Năm 2027", ""]
    rows = [["", "", "", "10", "11", "12", "1", "2"],
            ["1", "Rà soát mái nhà sấy của các hợp tác xã", "Phòng Kỹ thuật", "x", "x", "", "", ""],
            ["2", "Nghiệm thu, bàn giao hệ thống cho hợp tác xã", "Phòng Vận hành", "", "", "", "x", "x"]]
    lines = with_table(BEFORE, header, rows, AFTER[1:], suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert [t["text"][:8] for t in draft.tasks] == ["Rà soát ", "Nghiệm t"]
    assert draft.lead("Rà soát") == ["Phòng Kỹ thuật"]
    assert {k: draft["Rà soát"]["deadline"][k] for k in ("kind", "year", "month")} == dict(kind="month", year=2026, month=11)
    assert {k: draft["Nghiệm thu"]["deadline"][k] for k in ("kind", "year", "month")} \
        == dict(kind="month", year=2027, month=2)


@pytest.mark.parametrize("text, note", [("Ghi chú: ô tô màu là tháng thực hiện; ◆ là mốc đóng điện hoặc mốc thu tiền.", True),
                                        ("Chú thích: dấu x là tháng thực hiện công việc.", True),
                                        ("Ghi chú: Phòng Kinh tế là đầu mối theo dõi, tổng hợp.", False)])
def test_the_legend_of_a_schedules_marks_is_no_task(text, note):
    assert gives_no_task(text) is note
