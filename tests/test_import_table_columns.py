"""kehoach import: tables of tasks whose columns say when the work starts and when it is due (issue 11). Plans print
"Thời gian bắt đầu" beside "Thời gian hoàn thành" in any order, and time cells as a month and its year alone
("04/2026"): the deadline is the completion column's, the start column is none, and "04/2026" is April 2026. Tested
on a Markdown table with the lead column first and a TAB-separated table with the start column last, written here
(the held-out sets in benchmarks/corpus/unseen*/ only measure)."""

from __future__ import annotations

import pytest

from generator.importer import fields, tables

from drafts import word_document, written

HEAD = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc", "Số: 318/KH-SNNMT\tQuảng Trị, ngày 20 tháng 01 năm 2026", "",
        "KẾ HOẠCH", "Hỗ trợ hợp tác xã nông nghiệp năm 2026", "", "I. MỤC ĐÍCH", "Củng cố hợp tác xã nông nghiệp.",
        "II. NHIỆM VỤ CỤ THỂ"]
TAIL = ["", "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở theo dõi, tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày "
        "15/12/2026./.", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tHồ Xuân Hòe"]
ROWS = [("1", "Chi cục Phát triển nông thôn", "Rà soát hợp tác xã nông nghiệp ngừng hoạt động", "Báo cáo", "01/2026",
         "03/2026", "Phòng Kế hoạch, tài chính"),
        ("2", "Trung tâm Khuyến nông", "Tập huấn quản trị cho giám đốc hợp tác xã", "Lớp tập huấn", "04/2026",
         "9/2026", ""),
        ("3", "Chi cục Trồng trọt và Bảo vệ thực vật", "Hướng dẫn hợp tác xã cấp mã số vùng trồng", "Văn bản hướng dẫn",
         "02/2026", "Quý IV/2026", "Chi cục Phát triển nông thôn")]
EXPECTED = [("month", 3), ("month", 9), ("quarter", None)]


def _check(draft) -> None:
    tasks = [t for t in draft.tasks if t["text"] in [r[2] for r in ROWS]]
    assert [t["text"] for t in tasks] == [r[2] for r in ROWS]
    for task, row, (kind, month) in zip(tasks, ROWS, EXPECTED):
        assert [draft.names[a] for a in task["lead"]] == [row[1]]
        assert task["deadline"]["kind"] == kind and task["deadline"].get("month") == month, task["deadline"]
        assert task["deadline"]["year"] == 2026
    assert [draft.names[a] for a in tasks[0]["cooperating"]] == ["Phòng Kế hoạch, tài chính"]
    assert tasks[0].get("output") == "Báo cáo"


def test_start_and_completion_columns_in_a_markdown_table(tmp_path):
    header = ["TT", "Đơn vị chủ trì", "Nội dung công việc", "Sản phẩm", "Thời gian bắt đầu", "Thời gian hoàn thành",
              "Đơn vị phối hợp"]
    pipe = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in ROWS]
    _check(written(tmp_path, "cot.md", [line.replace("\t", "  ") for line in HEAD] + [""] + pipe + TAIL))


def test_the_start_column_after_the_completion_column_in_a_tab_table(tmp_path):
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành",
              "Thời gian bắt đầu"]
    rows = ["\t".join([r[0], r[2], r[1], r[6], r[3], r[5], r[4]]) for r in ROWS]
    _check(written(tmp_path, "cot.txt", HEAD + ["\t".join(header)] + rows + TAIL))


@pytest.mark.parametrize("header,column", [("Thời gian bắt đầu", "start"), ("Ngày bắt đầu", "start"),
                                           ("Thời gian hoàn thành", "deadline"), ("Thời gian thực hiện", "deadline")])
def test_time_columns(header, column):
    assert tables._column(header) == column


@pytest.mark.parametrize("cell,month,year", [("04/2026", 4, 2026), ("4/2027", 4, 2027), ("12 / 2026", 12, 2026)])
def test_a_month_cell(cell, month, year):
    found = fields.deadline(cell, cell=True)
    assert (found.kind, found.month, found.year) == ("month", month, year)


def test_a_month_and_year_in_running_text_or_out_of_range_is_no_month():
    assert fields.deadline("13/2026", cell=True).kind != "month"
    assert fields.deadline("Thực hiện Nghị quyết số 04/2026 của Hội đồng nhân dân tỉnh.").kind != "month"


@pytest.mark.parametrize("cell,year", [("2026", 2026), (" 2027 ", 2027), ("2026.", 2026)])
def test_a_year_cell(cell, year):
    """A time column's cell of a year alone ("2026") is that year, as "Năm 2026" is; in running text a bare year says
    no time."""
    found = fields.deadline(cell, cell=True)
    assert (found.kind, found.year) == ("year", year)
    assert fields.deadline("Hỗ trợ 2026 hợp tác xã", cell=False).kind == "unspecified"
    assert fields.deadline("20265", cell=True).kind != "year"


NEW_TIME = [("1", "3", "Ban hành tiêu chí hợp tác xã được hỗ trợ hạ tầng", "Sở Tài chính", "Quý I/2026", "Đang lấy ý kiến",
             "Trước 15/9/2026"),
            ("2", "11", "Kết nối tiêu thụ sản phẩm của hợp tác xã với siêu thị",
             "Sở Công Thương (Liên minh Hợp tác xã tỉnh phối hợp)", "Quý II/2026", "Đã tổ chức 1/3 hội nghị",
             "Quý IV/2026")]
NEW_HEADER = ["TT", "Số TT tại Phụ lục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn theo Kế hoạch",
              "Tình hình thực hiện", "Thời hạn hoàn thành mới"]


@pytest.mark.parametrize("layout", ["pipe", "tab"])
def test_a_row_numbering_the_columns_and_a_new_time_column(tmp_path, layout):
    """A Công văn đôn đốc re-assigns overdue tasks: a row under the header numbers the columns ("(1) | (2) | …"), no task;
    the new time column, the last, is the deadline; a partner in brackets in the lead's cell cooperates."""
    numbers = [f"({k})" for k in range(1, len(NEW_HEADER) + 1)]
    if layout == "pipe":
        table = ["| " + " | ".join(NEW_HEADER) + " |", "|" + "---|" * len(NEW_HEADER), "| " + " | ".join(numbers) + " |"]
        table += ["| " + " | ".join(r) + " |" for r in NEW_TIME]
        draft = written(tmp_path, "don-doc.md", [line.replace("\t", "  ") for line in HEAD] + [""] + table + TAIL)
    else:
        table = ["\t".join(NEW_HEADER), "\t".join(numbers)] + ["\t".join(r) for r in NEW_TIME]
        draft = written(tmp_path, "don-doc.txt", HEAD + table + TAIL)
    assert not [t for t in draft.texts() if t.startswith("(")]
    assert str(draft["Ban hành tiêu chí"]["deadline"]["before"]) == "2026-09-15"
    assert draft["Kết nối tiêu thụ"]["deadline"]["quarters"] == [4]
    assert draft.lead("Kết nối tiêu thụ") and draft.lead("Kết nối tiêu thụ")[0].startswith("Sở Công Thương")
    assert [c.startswith("Liên minh Hợp tác xã tỉnh") for c in draft.coop("Kết nối tiêu thụ")] == [True]


@pytest.mark.parametrize("cells,numbering", [(["(1)", "(2)", "(3)"], True), (["1", "2", "3", "4"], True),
                                             (["1", "3", "Quý I/2026"], False), (["(1)", "(3)", "(4)"], False)])
def test_a_numbering_row(cells, numbering):
    assert tables._numbering_row(cells) is numbering


TWO_ROWS = [("1", "Đánh giá, xếp loại hợp tác xã nông nghiệp", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã",
             "Quý II/2026"),
            ("2", "Tổ chức tuần hàng sản phẩm của hợp tác xã làng nghề", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh",
             "Quý III/2026")]


def _two_row_docx(tmp_path):
    def merged(table) -> None:
        for k in (0, 1, 4):  # merged down over the two header rows
            table.cell(0, k).merge(table.cell(1, k))
        table.cell(0, 2).merge(table.cell(0, 3))  # "Đơn vị thực hiện" merged across "Chủ trì" | "Phối hợp"

    rows = [["TT", "Nội dung", "Đơn vị thực hiện", "", "Thời hạn"], ["", "", "Chủ trì", "Phối hợp", ""],
            *map(list, TWO_ROWS)]
    return word_document(tmp_path, "hai-tang.docx", HEAD, rows, TAIL, merged)


def _two_row_markdown(tmp_path):
    table = ["| TT | Nội dung | Đơn vị thực hiện | | Thời hạn |", "|---|---|---|---|---|", "| | | Chủ trì | Phối hợp | |"]
    table += ["| " + " | ".join(r) + " |" for r in TWO_ROWS]
    return written(tmp_path, "hai-tang.md", [line.replace("\t", "  ") for line in HEAD] + [""] + table + TAIL)


@pytest.mark.parametrize("make", [_two_row_docx, _two_row_markdown], ids=["docx", "markdown"])
def test_a_header_of_two_rows(tmp_path, make):
    """"Đơn vị thực hiện" over "Chủ trì" | "Phối hợp": the lower row names the columns; no header line is a task."""
    draft = make(tmp_path)
    assert draft.lead("Đánh giá, xếp loại")[0].startswith("Sở Nông nghiệp và Môi trường")
    assert draft.coop("Tổ chức tuần hàng") and draft.coop("Tổ chức tuần hàng")[0].startswith("Liên minh Hợp tác xã")
    assert draft.coop("Đánh giá, xếp loại") and "các xã" in draft.coop("Đánh giá, xếp loại")[0]
    assert not [t for t in draft.texts() if t.startswith(("TT", "Chủ trì", "Nội dung"))]
