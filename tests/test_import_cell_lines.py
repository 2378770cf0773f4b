"""Task tables written as text one cell per line: LibreOffice's "Save as Text" of a .docx/.odt, a browser's "Save
page as text" or a web table copied into a text file. The header's cells one per line after a lone "STT"/"TT",
then each row's cells one per line in the same order, starting at its number; an empty cell an empty line, or
missing; group rows ("I" and its title, or "II. TITLE") as one or two lines."""

from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st

from generator.importer.tables import find_tables

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 57/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 9 tháng 2 năm 2026", "", "KẾ HOẠCH",
        "Phát triển kinh tế tập thể, hợp tác xã năm 2026", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả hoạt động của hợp tác xã trên địa bàn tỉnh.",
        "II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.", ""]
TAIL = ["", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
        "Hoàng Văn Nam", ""]

HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
#: (group lines, rows): the second row's cooperating cell is empty
ROWS = [(["I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"],
         [["1", "Tổ chức hội nghị phổ biến Luật Hợp tác xã năm 2023", "Sở Tư pháp", "Liên minh Hợp tác xã tỉnh",
           "Quý II/2026", "Hội nghị"],
          ["2", "Xây dựng chuyên mục kinh tế tập thể trên Báo Quảng Trị", "Sở Văn hóa, Thể thao và Du lịch", "",
           "Hằng năm", "Chuyên mục"]]),
        (["II. HỖ TRỢ HỢP TÁC XÃ"],
         [["3", "Hỗ trợ 20 hợp tác xã ứng dụng công nghệ cao trong sản xuất", "Sở Nông nghiệp và Môi trường",
           "Sở Khoa học và Công nghệ; Sở Tài chính", "Tháng 10/2026", "Báo cáo"],
          ["4", "Kết nối hợp tác xã với doanh nghiệp tiêu thụ nông sản", "Sở Công Thương",
           "Sở Nông nghiệp và Môi trường", "Trước 30/11/2026", "Hợp đồng tiêu thụ"]])]
AFTER = ["Các sở, ngành báo cáo kết quả thực hiện về Sở Tài chính trước ngày 15/12/2026."]


def _web(empty_line: bool) -> list[str]:
    """A web table copied as text: no blank line anywhere; the empty cell an empty line, or left out."""
    lines = ["PHỤ LỤC", "NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2026"] + HEADER
    for group, rows in ROWS:
        lines += group
        for row in rows:
            lines += [c for c in row if c or empty_line]
    return lines + AFTER


def _libreoffice(empty_line: bool) -> list[str]:
    """LibreOffice's text of a .docx table whose paragraphs had space after them: a blank line after every cell; the
    empty cell an empty line of its own (three blank lines between the cells around it), or left out."""
    lines = ["PHỤ LỤC", "NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ NĂM 2026", ""]
    for cell in HEADER:
        lines += [cell, ""]
    for group, rows in ROWS:
        for cell in group:
            lines += [cell, ""]
        for row in rows:
            for cell in row:
                if cell or empty_line:
                    lines += [cell, ""]
    return lines + AFTER


def _check(draft) -> None:
    table = [t for t in draft.tasks if t["place"]["part"] == "appendix"]
    assert [t["text"] for t in table] == [row[1] for _, rows in ROWS for row in rows]
    assert draft.lead("Tổ chức hội nghị phổ biến") == ["Sở Tư pháp"]
    assert draft.coop("Tổ chức hội nghị phổ biến") == ["Liên minh Hợp tác xã tỉnh"]
    row = draft["Xây dựng chuyên mục kinh tế tập thể"]
    assert draft.lead("Xây dựng chuyên mục") == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert not row.get("cooperating") and not row.get("cooperating_text")
    assert row["deadline"]["printed"] == "Hằng năm" and row["output"] == "Chuyên mục"
    assert draft["Hỗ trợ 20 hợp tác xã"]["deadline"]["printed"] == "Tháng 10/2026"
    assert draft.coop("Hỗ trợ 20 hợp tác xã") == ["Sở Khoa học và Công nghệ", "Sở Tài chính"]
    assert draft.lead("Kết nối hợp tác xã") == ["Sở Công Thương"]
    assert draft["Kết nối hợp tác xã"]["deadline"]["printed"] == "Trước 30/11/2026"
    assert [t["place"]["appendix_group"] for t in table] == ["I", "I", "II", "II"]
    # the paragraph after the table is no cell of its last row
    assert all("báo cáo kết quả" not in " ".join(str(v) for v in t.values()) for t in table)


def test_a_web_table_copied_as_text_one_cell_per_line(tmp_path):
    for empty_line in (True, False):
        _check(written(tmp_path, f"web-{empty_line}.txt", HEAD + _web(empty_line) + TAIL))


def test_a_table_saved_as_text_with_a_blank_line_after_each_cell(tmp_path):
    for empty_line in (True, False):
        _check(written(tmp_path, f"lo-{empty_line}.txt", HEAD + _libreoffice(empty_line) + TAIL))


def test_a_row_one_cell_per_line_is_read_exactly_or_flagged():
    """A row with all its lines is exact; one with its empty cell left out is filled but flagged for review; a
    number in a cell ("3 lớp") never starts a row; the table ends after its last row."""
    lines = _web(True)
    lines[lines.index("Sở Tư pháp")] = "3"   # a cell that is only a number (no page number in a text file)
    lines[lines.index("Hội nghị")] = "2 hội nghị"   # a cell that starts with the next row's number
    tables = find_tables(lines)
    assert len(tables) == 1 and [r.row for r in tables[0].rows] == ["1", "2", "3", "4"]
    assert all(r.exact and not r.notes for r in tables[0].rows)
    assert (tables[0].rows[0].cells["lead"], tables[0].rows[0].cells["output"]) == ("3", "2 hội nghị")
    assert lines[tables[0].end] == AFTER[0]
    short = find_tables(_web(False))[0].rows[1]
    assert short.cells["cooperating"] == "" and short.cells["deadline"] == "Hằng năm" and short.notes


def test_an_empty_cell_between_blank_lines_is_an_empty_cell():
    """With a blank line after every cell, an empty line between two blank ones is an empty cell: the row is read
    exactly; the same row with its empty cell left out is read by its deadline and flagged for review."""
    for lines in (_libreoffice(True), _web(True)):
        row = find_tables(lines)[0].rows[1]
        assert row.exact and not row.notes and row.cells["cooperating"] == ""
        assert (row.cells["deadline"], row.cells["output"]) == ("Hằng năm", "Chuyên mục")
    for lines in (_libreoffice(False), _web(False)):
        row = find_tables(lines)[0].rows[1]
        assert row.notes and not row.cells.get("cooperating")
        assert (row.cells["lead"], row.cells["deadline"], row.cells["output"]) == (
            "Sở Văn hóa, Thể thao và Du lịch", "Hằng năm", "Chuyên mục")


_cell = st.lists(st.sampled_from("Sở Tài chính hợp tác xã kinh tế tập thể 12 lớp tín dụng Quý I/2026".split()),
                 min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_cell, _cell, *[st.one_of(st.just(""), _cell)] * 3),
                min_size=1, max_size=6), st.booleans())
def test_every_row_one_cell_per_line_comes_back_whole(rows, blank_between):
    """Whatever the cells (numbers in them, empty ones as empty lines), every row comes back with its cells, in its
    columns, with or without a blank line after each cell (then a cell of numbers alone, "12" or "12 12", may be a
    page number or a row's number, as in a PDF's text, and is left out of this test)."""
    assume(not (blank_between and any(c.replace(" ", "").isdigit() for cells in rows for c in cells)))
    lines = ["PHỤ LỤC"] + [x for cell in HEADER for x in ([cell, ""] if blank_between else [cell])]
    for number, cells in enumerate(rows, start=1):
        for cell in (str(number),) + cells:
            lines += [cell, ""] if blank_between else [cell]
    [table] = find_tables(lines)
    assert [r.row for r in table.rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row, cells in zip(table.rows, rows):
        assert [row.cells.get(k, "") for k in ("text", "lead", "cooperating", "deadline", "output")] == list(cells)

