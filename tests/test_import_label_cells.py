"""kehoach import: a task's own small table of its fields (issue 11). Plans written in Word give each numbered task a
two-column table under it — "Cơ quan chủ trì | Sở X", "Cơ quan phối hợp | Y", "Thời gian hoàn thành | Quý III/2026",
"Sản phẩm | …" —, which a text copy prints with a TAB between label and value: each row is a labelled line of the task
above. Tested on a Word document and its text copy written here (the held-out sets in benchmarks/corpus/unseen*/ only
measure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import Draft, written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 144/KH-UBND\tLạng Sơn, ngày 21 tháng 5 năm 2026", "", "KẾ HOẠCH",
        "Phát triển hợp tác xã hồi, quế năm 2026", "", "I. MỤC ĐÍCH", "Nâng cao giá trị sản phẩm hồi, quế.", "",
        "II. NHIỆM VỤ CỤ THỂ"]
TASKS = [("1. Hỗ trợ hợp tác xã hồi đạt chứng nhận hữu cơ",
          [("Cơ quan chủ trì", "Sở Nông nghiệp và Môi trường"), ("Cơ quan phối hợp", "Liên minh Hợp tác xã tỉnh"),
           ("Thời gian hoàn thành", "Quý III/2026"), ("Sản phẩm", "Giấy chứng nhận hữu cơ")]),
         ("2. Xúc tiến xuất khẩu tinh dầu quế của hợp tác xã",
          [("Cơ quan chủ trì", "Sở Công Thương"), ("Thời gian hoàn thành", "Tháng 11/2026")])]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp và Môi trường tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước "
        "ngày 15/12/2026./.", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tHồ Tiến Thiệu"]


def _text(tmp_path: Path) -> Draft:
    lines = list(HEAD)
    for title, rows in TASKS:
        lines += [title] + [f"{label}\t{value}" for label, value in rows]
    return written(tmp_path, "bang-nho.txt", lines + TAIL)


def _docx(tmp_path: Path) -> Draft:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    for title, rows in TASKS:
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows):
            row.cells[0].text, row.cells[1].text = label, value
    for line in TAIL:
        document.add_paragraph(line)
    path = tmp_path / "bang-nho.docx"
    document.save(path)
    return Draft(path)


@pytest.mark.parametrize("make", [_text, _docx], ids=["text", "docx"])
def test_a_task_s_table_of_fields(tmp_path, make):
    draft = make(tmp_path)
    first, second = draft["Hỗ trợ hợp tác xã hồi"], draft["Xúc tiến xuất khẩu"]
    assert draft.lead("Hỗ trợ hợp tác xã hồi") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Hỗ trợ hợp tác xã hồi") == ["Liên minh Hợp tác xã tỉnh"]
    assert first["deadline"]["quarters"] == [3] and first.get("output") == "Giấy chứng nhận hữu cơ"
    assert draft.lead("Xúc tiến xuất khẩu") == ["Sở Công Thương"] and second["deadline"]["month"] == 11
    # the label rows are no tasks of their own, nor glued to the task's text
    assert not [t for t in draft.tasks if "Cơ quan" in t["text"] or "Thời gian" in t["text"]]
