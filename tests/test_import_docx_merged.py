"""kehoach import: Word tables with cells merged down the rows (issue 11). A table of tasks prints a lead, a partner or
a period shared by consecutive rows once, in a cell merged over them (``w:vMerge``); every row it covers reads its text,
as a reader sees it; a row whose number cell is merged goes on with the row above. Tested on two Word documents
written here (a lead and a deadline merged; partners merged, with a group title merged across the row), never on the
held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

from generator.importer.extract import extract

from drafts import Draft

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 233/KH-UBND\tPhú Thọ, ngày 09 tháng 10 năm 2025", "", "KẾ HOẠCH",
        "Phát triển hợp tác xã chè, bưởi năm 2026", "", "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiệu quả hoạt động của hợp tác xã.", "II. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo.",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Các sở, ngành;\tKT. CHỦ TỊCH", "- Lưu: VT.\tPHÓ CHỦ TỊCH",
        "\tĐinh Công Sứ", "", "PHỤ LỤC", "(Kèm theo Kế hoạch số 233/KH-UBND ngày 09/10/2025)"]
COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


def _document(tmp_path: Path, name: str, rows: list[list[str]], merges: list[tuple[int, int, int]]) -> Path:
    """A plan whose appendix table has ``rows`` (a row of one value is a title merged across the row) and cells
    merged down: (column, first row, last row), the text in the first row's cell."""
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(COLUMNS))
    for cell, value in zip(table.rows[0].cells, COLUMNS):
        cell.text = value
    for row, values in zip(table.rows[1:], rows):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = values[0]
            continue
        for cell, value in zip(row.cells, values):
            cell.text = value
    for column, first, last in merges:
        top = table.cell(first + 1, column)
        text = top.text
        top.merge(table.cell(last + 1, column)).text = text  # Word keeps the text in the first cell
    path = tmp_path / name
    document.save(path)
    return path


def test_a_lead_and_a_deadline_merged_down(tmp_path):
    rows = [["1", "Cải tạo nương chè già cỗi cho hợp tác xã", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã",
             "Năm 2026"],
            ["2", "Cấp mã số vùng trồng bưởi cho hợp tác xã", "", "Liên minh Hợp tác xã tỉnh", "Quý III/2026"],
            ["3", "Xây dựng mô hình chè hữu cơ của hợp tác xã", "", "Sở Khoa học và Công nghệ", ""],
            ["4", "Hỗ trợ hợp tác xã tham gia hội chợ nông sản", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", ""]]
    path = _document(tmp_path, "chua-che.docx", rows, [(2, 0, 2), (4, 1, 3)])
    # the merge is Word's own: the lower cells are empty in the file
    assert "w:vMerge" in __import__("zipfile").ZipFile(path).read("word/document.xml").decode()
    draft = Draft(path)
    tasks = [t for t in draft.tasks if t["place"]["part"] == "appendix"]
    assert [t["text"] for t in tasks] == [r[1] for r in rows]
    assert [[draft.names[a] for a in t["lead"]] for t in tasks] == [["Sở Nông nghiệp và Môi trường"]] * 3 + [
        ["Sở Công Thương"]]
    assert [(t["deadline"]["kind"], t["deadline"].get("quarters")) for t in tasks] == [
        ("year", None), ("quarter", [3]), ("quarter", [3]), ("quarter", [3])]


def test_partners_merged_down_under_a_group_title(tmp_path):
    rows = [["I. SẢN XUẤT"],
            ["1", "Tập huấn quy trình VietGAP cho thành viên hợp tác xã", "Sở Nông nghiệp và Môi trường",
             "Hội Nông dân tỉnh", "Quý II/2026"],
            ["2", "Hỗ trợ hợp tác xã mua máy sao chè", "Sở Tài chính", "", "Năm 2026"],
            ["II. TIÊU THỤ"],
            ["3", "Kết nối hợp tác xã với doanh nghiệp xuất khẩu chè", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh",
             "Hằng năm"]]
    path = _document(tmp_path, "phoi-hop.docx", rows, [(3, 1, 2)])
    text = extract(path).text
    assert "Hỗ trợ hợp tác xã mua máy sao chè\tSở Tài chính\tHội Nông dân tỉnh\tNăm 2026" in text
    draft = Draft(path)
    tasks = {t["text"][:20]: t for t in draft.tasks if t["place"]["part"] == "appendix"}
    assert [draft.names[a] for a in tasks["Hỗ trợ hợp tác xã mu"]["cooperating"]] == ["Hội Nông dân tỉnh"]
    assert [draft.names[a] for a in tasks["Kết nối hợp tác xã v"]["cooperating"]] == ["Liên minh Hợp tác xã tỉnh"]
    assert [g["title"] for g in draft.plan["groups"]] == ["SẢN XUẤT", "TIÊU THỤ"]


def test_a_merged_number_cell_is_not_repeated(tmp_path):
    rows = [["1", "Rà soát hợp tác xã chè ngừng hoạt động", "Sở Tài chính", "", "Quý I/2026"],
            ["", "Hướng dẫn giải thể theo Luật Hợp tác xã", "", "", ""]]
    path = _document(tmp_path, "so-gop.docx", rows, [(0, 0, 1)])
    lines = extract(path).text.split("\n")
    assert "\tHướng dẫn giải thể theo Luật Hợp tác xã\t\t\t" in lines  # its number cell stays empty: a continuation
