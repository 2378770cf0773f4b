"""kehoach import: ditto cells in tables of tasks (issue 11). Tables that give consecutive rows the same lead, the
same cooperating bodies or the same period print the value once and then "nt" (như trên), "Như trên", "-nt-" or the
ditto mark "〃" / quotation marks below it; each such cell is the value of the nearest cell above it in its column,
and the row says so for the reviewer. Tested on a Markdown pipe table and a Word table written here (the held-out
sets in benchmarks/corpus/unseen*/ only measure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import tables

from drafts import Draft, written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 58/KH-UBND\tNinh Bình, ngày 04 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Phát triển hợp tác xã nuôi trồng thủy sản năm 2026 - 2027", "",
        "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao hiệu quả hoạt động của hợp tác xã thủy sản.",
        "II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "III. TỔ CHỨC THỰC HIỆN",
        "Sở Nông nghiệp và Môi trường theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước "
        "ngày 15/12/2026./.", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Các sở, ngành;\tKT. CHỦ TỊCH",
        "- Lưu: VT.\tPHÓ CHỦ TỊCH", "\tTrần Song Tùng", "", "PHỤ LỤC",
        "(Kèm theo Kế hoạch số 58/KH-UBND ngày 04/3/2026 của Ủy ban nhân dân tỉnh Ninh Bình)"]
COLUMNS = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [["1", "Rà soát vùng nuôi tôm, cá của các hợp tác xã ven biển", "Sở Nông nghiệp và Môi trường",
         "Ủy ban nhân dân các xã ven biển", "Quý II/2026"],
        ["2", "Hướng dẫn hợp tác xã lập hồ sơ cấp mã số cơ sở nuôi", "nt", "〃", "Năm 2026"],
        ["3", "Xây dựng mô hình nuôi cá lồng theo tiêu chuẩn VietGAP", "Như trên", "Liên minh Hợp tác xã tỉnh", "〃"],
        ["4", "Hỗ trợ hợp tác xã mua máy sục khí, thiết bị quan trắc môi trường", "Sở Tài chính", "-nt-", "2026 - 2027"],
        ["5", "Cho vay ưu đãi hợp tác xã đầu tư ao nuôi, kho lạnh", "Liên minh Hợp tác xã tỉnh", "Sở Tài chính",
         "\""],
        ["6", "Kết nối hợp tác xã với doanh nghiệp thu mua, chế biến thủy sản", "Sở Công Thương", "nt", "Hằng năm"]]
#: what each row's cells read as after the dittos: lead, cooperating, deadline kind
EXPECTED = [("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã ven biển", "quarter"),
            ("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã ven biển", "year"),
            ("Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh", "year"),
            ("Sở Tài chính", "Liên minh Hợp tác xã tỉnh", "year-range"),
            ("Liên minh Hợp tác xã tỉnh", "Sở Tài chính", "year-range"),
            ("Sở Công Thương", "Sở Tài chính", "annual")]


def _markdown(tmp_path: Path) -> Draft:
    pipe = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    pipe += ["| " + " | ".join(row) + " |" for row in ROWS]
    return written(tmp_path, "thuy-san.md", [line.replace("\t", "  ") for line in HEAD] + [""] + pipe)


def _docx(tmp_path: Path) -> Draft:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    for row, values in zip(table.rows, [COLUMNS] + ROWS):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "thuy-san.docx"
    document.save(path)
    return Draft(path)


@pytest.mark.parametrize("make", [_markdown, _docx], ids=["markdown", "docx"])
def test_a_ditto_cell_repeats_the_cell_above(tmp_path, make):
    draft = make(tmp_path)
    rows = [t for t in draft.tasks if t["place"]["part"] == "appendix"]
    assert [t["text"] for t in rows] == [r[1] for r in ROWS]
    for task, (lead, coop, kind) in zip(rows, EXPECTED):
        assert [draft.names[a] for a in task["lead"]] == [lead], task["text"]
        assert [draft.names[a] for a in task.get("cooperating", [])] == [coop], task["text"]
        assert task["deadline"]["kind"] == kind, task["text"]
    # the reviewer is told which cells were read from the row above, and as what
    told = [t for t in rows if any("như trên" in r for r in t.get("review", []))]
    assert [t["text"][:20] for t in told] == [r[1][:20] for r in ROWS[1:]]
    assert any("“nt”" in r and "Sở Nông nghiệp và Môi trường" in r for r in rows[1]["review"])
    # no body is proposed under a ditto mark's name
    assert not [a for a in draft.draft.registry.get("agencies", []) if len(a["name"]) < 6]


@pytest.mark.parametrize("cell", ["nt", "NT", "n.t", "-nt-", "(nt)", "Như trên", "như trên.", "〃", "\"", "”", "''"])
def test_the_ditto_marks(cell):
    assert tables._DITTO.match(cell)


@pytest.mark.parametrize("cell", ["NTM", "Sở Nội vụ", "Năm 2026", "nt Sở Tài chính", "-", "x"])
def test_not_a_ditto_mark(cell):
    assert not tables._DITTO.match(cell)


def test_a_ditto_mark_with_nothing_above_stays_as_printed():
    row = tables.Row("", "", "1", {"text": "Rà soát", "lead": "nt"}, 1)
    tables._dittos_filled([row])
    assert row.cells["lead"] == "nt" and not row.review
