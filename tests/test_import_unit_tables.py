"""kehoach import: tables of tasks by unit and tables that abbreviate (issue 11) — a table standing in the body under a
heading that names a body is that body's, a TAB-separated row broken by a cell of two paragraphs, a document's own
legend of abbreviations, deadlines as table cells abbreviate them, a total row, a class's members named in a cell —
each tested on documents written here or in ``tests/fixtures/import/`` in the general style of Nghị định
30/2020/NĐ-CP, never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import fields, tables

from drafts import Draft, written

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"

HEAD = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 07/KH-LMHTX\tNinh Bình, ngày 12 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Công tác năm 2026 của các ban, đơn vị thuộc Liên minh Hợp tác xã tỉnh", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Phân công cụ thể nhiệm vụ cho từng ban, đơn vị.", "II. NHIỆM VỤ CỦA CÁC BAN, ĐƠN VỊ"]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Liên minh theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ban "
        "Thường vụ trước ngày 10/12/2026./.", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- UBND tỉnh (b/c);\tCHỦ TỊCH",
        "- Lưu: VT.\tĐinh Văn Hòa"]
COLUMNS = ["STT", "Nội dung công việc", "Thời hạn", "Đơn vị phối hợp", "Lãnh đạo phụ trách"]
#: per unit: its heading, then its rows (a row of one cell is a title merged across the table)
UNITS = [("1. Văn phòng Liên minh", [
             ["1", "Xây dựng chương trình công tác năm 2026 của Ban Thường vụ", "Tháng 01/2026",
              "Ban Tổ chức - Kiểm tra", "Đ/c Chủ tịch"],
             ["Nhiệm vụ thường xuyên"],
             ["2", "Tổng hợp tình hình hoạt động của các hợp tác xã thành viên", "Hằng quý", "",
              "Đ/c Phó Chủ tịch Trần Thị Lan"]]),
         ("2. Ban Tổ chức - Kiểm tra", [
             ["1", "Kiểm tra việc chấp hành Điều lệ Liên minh tại 20 hợp tác xã thành viên", "Quý III/2026",
              "Văn phòng Liên minh", "Đ/c Phó Chủ tịch Trần Thị Lan"]]),
         ("3. Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", [
             ["1", "Cho vay ưu đãi hợp tác xã ứng dụng công nghệ cao trong sản xuất nông nghiệp", "Cả năm",
              "Sở Tài chính\nSở Nông nghiệp và Môi trường", "Đ/c Chủ tịch"]])]


def _tsv(unit_rows) -> list[str]:
    """A table as Word copies it into a text editor: one row a line, a TAB between cells (a cell of two paragraphs
    breaks its row: the next line goes on with the cell's second paragraph)."""
    return ["\t".join(COLUMNS)] + ["\t".join(row + [""] * (len(COLUMNS) - len(row))) for row in unit_rows]


def _as_text(tmp_path, units=UNITS) -> Draft:
    lines = list(HEAD)
    for heading, rows in units:
        lines += [heading] + _tsv(rows) + [""]
    return written(tmp_path, "don-vi.txt", lines + TAIL)


def _as_docx(tmp_path) -> Draft:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    for heading, rows in UNITS:
        document.add_paragraph(heading)
        table = document.add_table(rows=1 + len(rows), cols=len(COLUMNS))
        for cell, value in zip(table.rows[0].cells, COLUMNS):
            cell.text = value
        for row, values in zip(table.rows[1:], rows):
            if len(values) == 1:  # a title merged across the table
                merged = row.cells[0].merge(row.cells[-1])
                merged.text = values[0]
                continue
            for cell, value in zip(row.cells, values):
                first, *more = value.split("\n")
                cell.text = first
                for paragraph in more:  # a cell of two paragraphs
                    cell.add_paragraph(paragraph)
    for line in TAIL:
        document.add_paragraph(line)
    path = tmp_path / "don-vi.docx"
    document.save(path)
    return Draft(path)


def _html_table(rows, one_line: bool) -> list[str]:
    """A table as Markdown converters write one in HTML: markitdown and mammoth a row a line, pandoc a tag or a
    paragraph a line (a cell of two paragraphs as two <p>, a merged cell with its colspan)."""
    def cell(value: str, tag: str = "td") -> str:
        if "\n" in value:
            return f"<{tag}>" + "".join(f"<p>{p}</p>" for p in value.split("\n")) + f"</{tag}>"
        return f"<{tag}>{value}</{tag}>"
    body = [[cell(c, "th") for c in COLUMNS]] + [
        [f'<td colspan="{len(COLUMNS)}">{row[0]}</td>'] if len(row) == 1 else [cell(c) for c in row] for row in rows]
    if one_line:
        return ["<table>"] + ["<tr>" + "".join(cells) + "</tr>" for cells in body] + ["</table>"]
    out = ["<table>", "<tbody>"]
    for cells in body:
        out += ['<tr class="odd">'] + [c.replace("</p><p>", "</p>\n<p>") for c in cells] + ["</tr>"]
    return "\n".join(out + ["</tbody>", "</table>"]).split("\n")


def _as_html(tmp_path, one_line: bool, units=UNITS) -> Draft:
    lines = [line.replace("\t", " | ") for line in HEAD[3:]]
    for heading, rows in units:
        lines += ["", f"**{heading}**", ""] + _html_table(rows, one_line)
    return written(tmp_path, "don-vi.md", HEAD[:3] + lines + [""] + TAIL)


@pytest.mark.parametrize("make", [
    lambda tmp_path: Draft(FIXTURES / "lmhtx-bang-theo-don-vi.md"),  # Markdown pipe tables under bold headings
    _as_docx,                                                         # Word tables under numbered paragraphs
    _as_text,                                                         # the same copied as TAB-separated text
    lambda tmp_path: _as_html(tmp_path, True),                        # HTML tables in Markdown, a row a line
    lambda tmp_path: _as_html(tmp_path, False),                       # and a tag or a paragraph a line
], ids=["markdown", "docx", "text", "html-rows", "html-tags"])
def test_a_table_under_a_heading_naming_a_body_is_that_bodys(tmp_path, make):
    """A plan that gives each unit its own table in the body ("2. Ban Tổ chức - Kiểm tra" above a table of TT | Nội
    dung công việc | Thời hạn | Đơn vị phối hợp | Lãnh đạo phụ trách, no lead column): every row is a task of the
    body part in that heading's section, led by the body the heading names; the heading is no task; TT restarts in
    each table; a title merged across a table is a group, not a task; the leader in charge ("Đ/c Chủ tịch") is no
    body; "Nơi nhận" after the tables still ends the body."""
    draft = make(tmp_path)
    rows = {"Xây dựng chương trình công tác": ("Văn phòng Liên minh", "II.1", ["Ban Tổ chức - Kiểm tra"]),
            "Tổng hợp tình hình hoạt động": ("Văn phòng Liên minh", "II.1", []),
            "Kiểm tra việc chấp hành Điều lệ": ("Ban Tổ chức - Kiểm tra", "II.2", ["Văn phòng Liên minh"]),
            "Cho vay ưu đãi hợp tác xã": ("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "II.3",
                                          ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"])}
    for prefix, (lead, section, coop) in rows.items():
        task = draft[prefix]
        assert task["place"] == {"part": "body", "section": section}, prefix
        assert draft.lead(prefix) == [lead] and task["lead_text"] == lead
        assert draft.coop(prefix) == coop
    texts = draft.texts()
    assert not [t for t in texts if t.startswith(("Văn phòng Liên minh", "Ban Tổ chức", "Quỹ Hỗ trợ", "Nhiệm vụ thường",
                                                  "Nơi nhận"))
                and "theo dõi" not in t]
    assert texts[-1].startswith("Văn phòng Liên minh theo dõi")  # in the order printed, numbered in that order
    assert [t["id"] for t in draft.tasks] == [f"nv-{n:03d}" for n in range(1, len(texts) + 1)]
    assert not any("Trần Thị Lan" in str(t.get("lead_text")) + str(t.get("cooperating_text")) for t in draft.tasks)
    assert draft["Cho vay ưu đãi"]["deadline"] == {"printed": "Cả năm", "kind": "year", "year": 2026}
    assert not draft.notes("không đọc được")
    # the same table below "Nơi nhận" and the signature (a PHỤ LỤC) keeps its rows in the appendix, its heading's
    # body no lead of theirs
    heading, rows = UNITS[1]
    draft = written(tmp_path, "phu-luc.txt", HEAD + ["1. Ban Tổ chức - Kiểm tra chủ trì kiểm tra hợp tác xã thành viên "
                                                     "trong quý III năm 2026."] + TAIL
                    + ["", "PHỤ LỤC", heading] + _tsv(rows))
    row = draft["Kiểm tra việc chấp hành Điều lệ"]
    assert row["place"]["part"] == "appendix" and row["lead"] == []
    # and under a "PHỤ LỤC" caption, though "Nơi nhận" and the signature come only after it
    draft = written(tmp_path, "phu-luc-truoc.txt", HEAD + ["1. Ban Tổ chức - Kiểm tra chủ trì kiểm tra hợp tác xã "
                                                           "thành viên trong quý III năm 2026.", "", "PHỤ LỤC", heading]
                    + _tsv(rows) + [""] + TAIL)
    assert draft["Kiểm tra việc chấp hành Điều lệ"]["place"]["part"] == "appendix"


def test_a_row_broken_by_a_cell_of_two_paragraphs(tmp_path):
    """Word copied as text puts each paragraph on a line of its own, so a row whose cell holds two paragraphs goes on
    on the next line, which starts with the rest of that cell: the two lines are one row (the lines fill the
    header's columns exactly), the cell's paragraphs two bodies — in a cooperating cell (fixture) or the task's."""
    draft = Draft(FIXTURES / "so-phu-luc-viet-tat.txt")
    row = draft["Xây dựng gian hàng giới thiệu"]
    assert draft.coop("Xây dựng gian hàng") == ["Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch"]
    assert row["deadline"]["quarters"] == [3, 4] and row["place"]["appendix_row"] == "2"
    assert not [t for t in draft.texts() if t.startswith(("Quý III", "Sở Văn hóa"))]
    lines = HEAD[:7] + ["I. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo."] + TAIL[2:] + [
        "", "PHỤ LỤC", "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
        "1\tTổ chức hội nghị tổng kết công tác năm 2025", "Triển khai nhiệm vụ năm 2026\tVăn phòng Liên minh\t"
        "Ban Tổ chức - Kiểm tra\tQuý I/2026", "2\tKiểm tra 20 hợp tác xã thành viên\tBan Tổ chức - Kiểm tra\t\tQuý III/2026"]
    draft = written(tmp_path, "dong-ngat.txt", lines)
    rows = [t for t in draft.tasks if t["place"]["part"] == "appendix"]
    assert [t["text"] for t in rows] == ["Tổ chức hội nghị tổng kết công tác năm 2025 Triển khai nhiệm vụ năm 2026",
                                         "Kiểm tra 20 hợp tác xã thành viên"]
    assert draft.lead("Tổ chức hội nghị") == ["Văn phòng Liên minh"]
    assert rows[0]["deadline"]["quarters"] == [1]


def test_abbreviations_the_document_defines():
    """A legend under the table ("Ghi chú: P.QLCNTM: Phòng …; LMHTX: …; HTX: hợp tác xã."), a list of "Chữ viết tắt:"
    one a line, and "(sau đây gọi tắt là …)" after a body's name in the text: the short names and what they stand for.
    A short name is written out in a body's name, capitalised inside it; a name that only starts like a short name of
    words ("Trung tâm Phục vụ hành chính công") is left alone."""
    short = fields.abbreviations((FIXTURES / "so-phu-luc-viet-tat.txt").read_text(encoding="utf-8").split("\n"))
    assert {k: v[0] for k, v in short.items()} == {
        "Trung tâm": "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
        "P.QLCNTM": "Phòng Quản lý công nghiệp và thương mại", "LMHTX": "Liên minh Hợp tác xã", "HTX": "hợp tác xã"}
    listed = fields.abbreviations(["Chữ viết tắt:", "- SNNMT: Sở Nông nghiệp và Môi trường;",
                                   "- UBND: Ủy ban nhân dân.", "I. MỤC ĐÍCH", "II: Nội dung"])
    assert {k: v for k, v in listed.items()} == {"SNNMT": ("Sở Nông nghiệp và Môi trường", 2),
                                                  "UBND": ("Ủy ban nhân dân", 3)}
    assert fields.expand("P.QLCNTM; LMHTX tỉnh", short) == (
        "Phòng Quản lý công nghiệp và thương mại; Liên minh Hợp tác xã tỉnh", ["P.QLCNTM", "LMHTX"])
    assert fields.expand("Liên minh HTX tỉnh", short)[0] == "Liên minh Hợp tác xã tỉnh"
    assert fields.expand("UBND các xã có HTX tham gia", short)[0] == "UBND các xã có hợp tác xã tham gia"
    assert fields.expand("Trung tâm Phục vụ hành chính công", short) == ("Trung tâm Phục vụ hành chính công", [])
    assert fields.abbreviations(["Ghi chú: Kinh phí từ nguồn khuyến công địa phương."]) == {}


def test_short_names_in_table_cells_are_the_bodies_they_stand_for(tmp_path):
    """Cells that name bodies by the document's short names are read as the bodies the legend or the text defines:
    one body with the name in full ("Phòng Quản lý công nghiệp và thương mại" of the text and "P.QLCNTM" of the
    table), the printed initialism kept as its variant for check, the reading said for review — with a legend under
    the table (fixture) or a list of abbreviations before the body (Markdown)."""
    draft = Draft(FIXTURES / "so-phu-luc-viet-tat.txt")
    assert draft.lead("Xây dựng gian hàng") == ["Phòng Quản lý công nghiệp và thương mại"]
    assert draft.coop("Tổ chức cho 20 hợp tác xã") == ["Phòng Quản lý công nghiệp và thương mại",
                                                       "Liên minh Hợp tác xã tỉnh"]
    assert draft["Tổ chức cho 20"]["lead"] == draft["Trung tâm Khuyến công"]["lead"]  # "Trung tâm" of the table,
    # quoted as the name it stands for where the text defines it ("Trung tâm" alone names no body check can trace)
    assert draft["Tổ chức cho 20"]["lead_text"] == "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"
    proposed = {a["name"]: a["variants"] for a in draft.draft.registry["agencies"]}
    assert "P.QLCNTM" in proposed["Phòng Quản lý công nghiệp và thương mại"]
    assert "Trung tâm" not in proposed["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"]  # no initialism
    assert any("“P.QLCNTM” đọc là “Phòng Quản lý công nghiệp và thương mại”" in r
               for r in draft["Xây dựng gian hàng"]["review"])
    lines = ["| UBND TỈNH NINH BÌNH<br>**SỞ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
             "| Số: 21/KH-STC | *Ninh Bình, ngày 02 tháng 4 năm 2026* |", "", "# KẾ HOẠCH", "",
             "**Hỗ trợ hợp tác xã tiếp cận vốn năm 2026**", "", "Chữ viết tắt:", "", "- P.TCDN: Phòng Tài chính doanh nghiệp;",
             "- QHTPT: Quỹ Hỗ trợ phát triển hợp tác xã tỉnh.", "", "## I. NHIỆM VỤ", "",
             "1. Hướng dẫn hợp tác xã lập phương án vay vốn.", "", "- Cơ quan chủ trì: P.TCDN.", "",
             "- Cơ quan phối hợp: QHTPT; Ủy ban nhân dân các xã có hợp tác xã vay vốn.", "",
             "- Thời gian thực hiện: T5-T6/2026.", "", "**Nơi nhận:**", "- Lưu: VT.", "", "**KT. GIÁM ĐỐC**", "",
             "**Lê Văn An**"]
    draft = written(tmp_path, "chu-viet-tat.md", lines)
    assert draft.lead("Hướng dẫn hợp tác xã") == ["Phòng Tài chính doanh nghiệp"]
    assert draft.coop("Hướng dẫn hợp tác xã") == ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh",
                                                  "Ủy ban nhân dân các xã có hợp tác xã vay vốn"]
    assert draft["Hướng dẫn"]["deadline"]["month"] == 6


@pytest.mark.parametrize("cell, want", [
    ("T9-T10/2026", {"kind": "month", "year": 2026, "month": 10}),     # a run of months: due by its last
    ("Tháng 9 - tháng 11/2026", {"kind": "month", "year": 2026, "month": 11}),
    ("từ tháng 9 đến tháng 10 năm 2026", {"kind": "month", "year": 2026, "month": 10}),
    ("T7-T9/2026", {"kind": "quarter", "year": 2026, "quarters": [3]}),  # three months that make a quarter
    ("Tháng 4 - tháng 6/2027", {"kind": "quarter", "year": 2027, "quarters": [2]}),
    ("T8/2026", {"kind": "month", "year": 2026, "month": 8}),
])
def test_deadlines_as_table_cells_abbreviate_them(cell, want):
    """Table cells print deadlines short: a run of months ("T9-T10/2026") is due by its last month, said for review
    (the model has no run of months), unless its three months make a quarter; "T8/2026" is a month."""
    found = fields.deadline(cell, cell=True)
    assert {k: v for k, v in found.as_dict().items() if k != "printed"} == want
    assert found.printed == cell
    assert bool(found.note) == (want["kind"] == "month" and ("-" in cell or "đến" in cell))


def test_a_whole_year_cell_is_the_plans_one_year(tmp_path):
    """"Cả năm" / "Trong năm" in a cell of a plan whose title names one year is that year; in a plan for a period
    it stays unread, for review."""
    assert fields.deadline("Cả năm", cell=True, year=2026).as_dict() == {"printed": "Cả năm", "kind": "year", "year": 2026}
    assert fields.deadline("Trong năm", cell=True, year=2027).year == 2027
    assert fields.deadline("Cả năm", cell=True).kind == "unspecified"
    assert Draft(FIXTURES / "so-phu-luc-viet-tat.txt")["Hỗ trợ hợp tác xã đưa"]["deadline"]["year"] == 2026
    lines = HEAD[:5] + ["Phát triển hợp tác xã giai đoạn 2026 - 2030", "", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục."] \
        + TAIL[2:] + ["", "PHỤ LỤC", "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian",
                      "1\tTổ chức tập huấn cán bộ hợp tác xã\tVăn phòng Liên minh\tCả năm"]
    row = written(tmp_path, "giai-doan.txt", lines)["Tổ chức tập huấn"]
    assert row["deadline"]["kind"] == "ambiguous" and "không đọc được thời hạn" in row["review"]


def test_a_total_row_is_no_task_nor_part_of_one(tmp_path):
    """The "Tổng cộng" row of a costs column is no task and does not go on the row above (its TT cell is empty, as a
    continuation row's is) — TAB-separated (fixture) or a Markdown row in bold."""
    draft = Draft(FIXTURES / "so-phu-luc-viet-tat.txt")
    assert draft["Hỗ trợ hợp tác xã đưa"]["text"] == "Hỗ trợ hợp tác xã đưa sản phẩm lên sàn thương mại điện tử"
    lines = HEAD[:7] + ["I. NHIỆM VỤ", "Chi tiết tại Phụ lục."] + TAIL[2:] + [
        "", "PHỤ LỤC", "", "| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian | Kinh phí |", "|---|---|---|---|---|",
        "| 1 | Tổ chức tập huấn cán bộ hợp tác xã | Văn phòng Liên minh | Quý II/2026 | 100 |",
        "| | **Cộng** | | | 100 |"]
    draft = written(tmp_path, "tong.md", lines)
    assert [t["text"] for t in draft.tasks if t["place"]["part"] == "appendix"] == ["Tổ chức tập huấn cán bộ hợp tác xã"]
    assert not draft.plan["groups"]


def test_a_cell_names_a_class_with_its_members(tmp_path):
    """In a table's cell or a labelled list, "Ủy ban nhân dân các xã có …" names the class with the members it picks
    out, as printed (the cell holds names only); in running text the class is the body and "có …" may start its
    verb's clause, so it is cut there as before."""
    draft = Draft(FIXTURES / "so-phu-luc-viet-tat.txt")
    assert draft.coop("Tập huấn kỹ năng") == ["UBND các xã có hợp tác xã tham gia"]
    lines = HEAD[:7] + ["I. NHIỆM VỤ", "1. Rà soát vùng trồng lúa chất lượng cao.",
                        "- Cơ quan chủ trì: Ủy ban nhân dân các xã có vùng trồng được lựa chọn.",
                        "2. Ủy ban nhân dân các xã, phường có vùng trồng lúa hướng dẫn hợp tác xã ghi nhật ký đồng ruộng."] \
        + TAIL[2:]
    draft = written(tmp_path, "thanh-vien.txt", lines)
    assert draft.lead("Rà soát vùng trồng") == ["Ủy ban nhân dân các xã có vùng trồng được lựa chọn"]
    assert draft.lead("Ủy ban nhân dân các xã, phường có") == ["Ủy ban nhân dân các xã, phường"]


@pytest.mark.parametrize("name, header, row", [
    ("phu-trach.txt", "TT\tNội dung công việc\tĐơn vị phụ trách\tThời hạn",
     "1\tTổ chức tập huấn cán bộ hợp tác xã\tVăn phòng Liên minh\tQuý II/2026"),
    ("phu-trach.md", "| TT | Nội dung công việc | Cơ quan phụ trách | Lãnh đạo phụ trách | Thời hạn |\n|---|---|---|---|---|",
     "| 1 | Tổ chức tập huấn cán bộ hợp tác xã | Văn phòng Liên minh | Đ/c Chủ tịch | Quý II/2026 |"),
])
def test_a_body_in_charge_column_is_the_lead(tmp_path, name, header, row):
    """"Đơn vị phụ trách" / "Cơ quan phụ trách" is a column of leads, as "Đơn vị chủ trì" is; "Lãnh đạo phụ trách"
    beside it names the leader in charge, a person, no body."""
    lines = HEAD[:7] + ["I. NHIỆM VỤ", "Chi tiết tại Phụ lục."] + TAIL[2:] + ["", "PHỤ LỤC"] + header.split("\n") + [row]
    draft = written(tmp_path, name, lines)
    assert draft.lead("Tổ chức tập huấn") == ["Văn phòng Liên minh"]
    assert draft.coop("Tổ chức tập huấn") == []


def test_an_html_table_of_tasks_is_read(tmp_path):
    """An appendix printed as an HTML table in Markdown (a Word table with merged or multi-paragraph cells through
    markitdown or pandoc): one task per row, a cell merged across the row a group, a cell's paragraphs two bodies;
    a letterhead table of HTML above it is no table of tasks."""
    for one_line in (True, False):
        rows = [["1", "Tổ chức tập huấn cán bộ hợp tác xã", "Quý II/2026", "Sở Nội vụ\nSở Tài chính", ""],
                ["Nhóm nhiệm vụ hỗ trợ"], ["2", "Hỗ trợ hợp tác xã tham gia hội chợ", "Năm 2026", "Sở Công Thương", ""]]
        table = [line.replace("Lãnh đạo phụ trách", "Đơn vị chủ trì") for line in _html_table(rows, one_line)]
        table = [line.replace("<td></td>", "<td>Liên minh Hợp tác xã tỉnh</td>") for line in table]
        lines = ["<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH NINH BÌNH</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>",
                 "<tr><td>Số: 31/KH-UBND</td><td>Ninh Bình, ngày 12 tháng 3 năm 2026</td></tr></table>", "",
                 "# KẾ HOẠCH", "", "Hỗ trợ hợp tác xã năm 2026", "", "## I. NHIỆM VỤ", "", "Chi tiết tại Phụ lục.", "",
                 "**Nơi nhận:**", "- Lưu: VT.", "", "**CHỦ TỊCH**", "", "**Trần Văn Minh**", "", "## PHỤ LỤC", ""] + table
        draft = written(tmp_path, f"phu-luc-{one_line}.md", lines)
        appendix = [t for t in draft.tasks if t["place"]["part"] == "appendix"]
        assert [t["text"] for t in appendix] == ["Tổ chức tập huấn cán bộ hợp tác xã", "Hỗ trợ hợp tác xã tham gia hội chợ"]
        assert draft.lead("Tổ chức tập huấn") == ["Liên minh Hợp tác xã tỉnh"]
        assert draft.coop("Tổ chức tập huấn") == ["Sở Nội vụ", "Sở Tài chính"]
        assert [g["title"] for g in draft.plan["groups"]] == ["Nhóm nhiệm vụ hỗ trợ"]
        assert appendix[1]["group"] == draft.plan["groups"][0]["id"]
        assert draft.plan["number"] == "31/KH-UBND"


@pytest.mark.parametrize("html", [False, True], ids=["text", "html"])
def test_a_heading_of_duties_or_with_a_colon_names_its_tables_body(tmp_path, html):
    """"1. Nhiệm vụ của Văn phòng Liên minh" and "2. Ban Tổ chức - Kiểm tra:" above a unit's table name its body as
    the bare heading does: the body is the lead (without the colon), the heading no task."""
    units = [("1. Nhiệm vụ của Văn phòng Liên minh", UNITS[0][1]), ("2. Ban Tổ chức - Kiểm tra:", UNITS[1][1])]
    draft = _as_html(tmp_path, True, units) if html else _as_text(tmp_path, units)
    assert draft.lead("Xây dựng chương trình công tác") == ["Văn phòng Liên minh"]
    assert draft["Xây dựng chương trình công tác"]["lead_text"] == "Văn phòng Liên minh"
    assert draft.lead("Kiểm tra việc chấp hành") == ["Ban Tổ chức - Kiểm tra"]
    assert draft["Kiểm tra việc chấp hành"]["lead_text"] == "Ban Tổ chức - Kiểm tra"
    assert not [t for t in draft.texts() if t.startswith(("Nhiệm vụ của", "Ban Tổ chức"))]


_WORDS = st.lists(st.sampled_from("hợp tác xã kinh tế tập thể Sở Tài chính Liên minh quý năm hướng dẫn rà soát & < > "
                                  "R&D".split()), min_size=1, max_size=4).map(" ".join)
#: a row's cells, each of one or two paragraphs — but the last: a second paragraph of the last cell is a line without a
#: TAB, which in text copied from Word cannot be told from a paragraph after the table (see tables._broken_row)
_CELLS = st.tuples(*[st.lists(_WORDS, min_size=1, max_size=2)] * 3, st.lists(_WORDS, min_size=1, max_size=1))


@settings(max_examples=80, deadline=None)
@given(st.lists(_CELLS, min_size=1, max_size=5), st.sampled_from(["tsv", "html-rows", "html-tags"]))
def test_cells_of_two_paragraphs_never_lose_or_move_a_word(rows, layout):
    """However many of a row's cells hold two paragraphs, a table copied as TAB text (each paragraph break a line
    break) or written as HTML (paragraphs as <br> or <p>) gives every row once, every word in its own column and in
    order (an HTML cell's character references read as their characters), each cell's paragraphs apart as "<br>" in
    the row as read."""
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    lines: list[str] = []
    if layout == "tsv":
        lines.append("\t".join(header))
        for number, cells in enumerate(rows, start=1):
            lines += "\t".join([str(number)] + ["\n".join(c) for c in cells]).split("\n")
    else:
        def td(paragraphs, tag="td"):
            if layout == "html-rows":
                return f"<{tag}>" + "<br>".join(map(escape, paragraphs)) + f"</{tag}>"
            return f"<{tag}>" + "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs) + f"</{tag}>"
        body = [[td([h], "th") for h in header]] + [[td([str(n)])] + [td(c) for c in cells]
                                                     for n, cells in enumerate(rows, start=1)]
        lines = "\n".join(["<table>"] + ["<tr>" + ("" if layout == "html-rows" else "\n").join(r) + "</tr>"
                                         for r in body] + ["</table>"]).split("\n")
    [table] = tables.find_tables(lines)
    assert [r.row for r in table.rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row, cells in zip(table.rows, rows):
        for name, paragraphs in zip(["text", "lead", "cooperating", "deadline"], cells):
            # read as printed, HTML's character references as the characters they stand for ("&amp;" is "&")
            assert row.cells[name] == " ".join(" ".join(paragraphs).split())
        kept = row.raw.split("\t")[1:]
        assert [k.split("<br>") for k in kept] == [[" ".join((p if layout == "tsv" else escape(p)).split()) for p in c]
                                                   for c in cells]


def test_html_cells_left_open_and_a_total_row_after_a_short_row():
    """HTML may leave "</td>" out (a cell ends where the next one, its row or the table starts or ends); a row copied
    as TAB text whose trailing empty cells were dropped is not continued by the "Tổng cộng" row below it."""
    lines = ["<table>", "<tr><th>TT<th>Nhiệm vụ<th>Cơ quan chủ trì<th>Thời gian",
             "<tr><td>1<td>Tổ chức tập huấn<td>Sở Nội vụ<td>Năm 2026", "</table>"]
    [table] = tables.find_tables(lines)
    assert [r.cells for r in table.rows] == [{"text": "Tổ chức tập huấn", "lead": "Sở Nội vụ", "deadline": "Năm 2026"}]
    lines = ["TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\tKinh phí",
             "1\tTập huấn\tSở Nội vụ\tSở Tài chính", "Tổng cộng\t\t\t650"]
    [table] = tables.find_tables(lines)
    assert [r.cells for r in table.rows] == [{"text": "Tập huấn", "lead": "Sở Nội vụ", "cooperating": "Sở Tài chính"}]

