"""kehoach import: a table that gives each body one row and lists that body's tasks in one cell (issue 11). Plans
assigning by body ("TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian hoàn thành") write a row's tasks as bulleted lines of
its task cell ("- Rà soát …" / "- Kết nối …", a paragraph each in Word, "<br>" between them in Markdown) and, when each
has its own time, the time cell's lines in the same order. Each item is a task of the row's body, with the time
cell's line in its place (the whole time cell when the counts differ), its partners as its own text names them ("-
Phối hợp với Sở X hướng dẫn …"); a department's fixed name ends where the sentence goes on ("Sở Khoa học và Công nghệ
chuyển giao …"). Tested on a Word table and a Markdown table written here, never on the held-out sets
(benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import Draft, word_document, written

ROWS = [  # (TT, body, items, times)
    ("1", "Sở Nông nghiệp và Môi trường",
     ["Rà soát vùng trồng chè của hợp tác xã, cấp mã số vùng trồng.",
      "Chủ trì, phối hợp với Sở Khoa học và Công nghệ chuyển giao quy trình chè hữu cơ cho hợp tác xã."],
     ["Quý I/2026", "Năm 2026"]),
    ("2", "Sở Công Thương",
     ["Đưa sản phẩm chè của hợp tác xã lên sàn thương mại điện tử.",
      "Kết nối hợp tác xã với hệ thống siêu thị.", "Tổ chức hội chợ chè cho hợp tác xã."],
     ["Quý IV/2026"]),
    ("3", "Ủy ban nhân dân các xã, phường",
     ["Phối hợp với Liên minh Hợp tác xã tỉnh vận động thành lập tổ hợp tác chè."], ["Trước 30/6/2026"]),
]
HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH TUYÊN QUANG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 420/KH-UBND\tTuyên Quang, ngày 03 tháng 12 năm 2025", "KẾ HOẠCH", "Phát triển hợp tác xã chè năm 2026",
        "I. MỤC ĐÍCH", "Nâng cao giá trị chè của hợp tác xã.", "II. PHÂN CÔNG NHIỆM VỤ"]
TAIL = ["III. TỔ CHỨC THỰC HIỆN",
        "Giao Sở Nông nghiệp và Môi trường đầu mối đôn đốc, tổng hợp kết quả, báo cáo trước ngày 10/12/2026./.",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Văn Sơn"]
COLUMNS = ["TT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời gian hoàn thành"]


def _docx(tmp_path: Path) -> Draft:
    def paragraphs(table) -> None:  # a row's items and times a paragraph each, as Word writes a cell's lines
        for row, (_, _, items, times) in zip(table.rows[1:], ROWS):
            for cell, lines in ((row.cells[2], [f"- {item}" for item in items]), (row.cells[3], times)):
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)

    rows = [COLUMNS, *([tt, body, "", ""] for tt, body, _, _ in ROWS)]
    return word_document(tmp_path, "theo-co-quan.docx", HEAD, rows, TAIL, paragraphs)


def _markdown(tmp_path: Path) -> Draft:
    lines = [line.replace("\t", " ") for line in HEAD[3:]]
    lines = ["| ỦY BAN NHÂN DÂN<br>**TỈNH TUYÊN QUANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 420/KH-UBND | *Tuyên Quang, ngày 03 tháng 12 năm 2025* |", ""] + [x for line in lines for x in (line, "")]
    lines += ["| " + " | ".join(COLUMNS) + " |", "|---|---|---|---|"]
    lines += [f"| {tt} | {body} | " + "<br>".join(f"- {item}" for item in items) + " | " + "<br>".join(times) + " |"
              for tt, body, items, times in ROWS]
    lines += ["", TAIL[0], "", TAIL[1], "",
              "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Nguyễn Văn Sơn** |", "|---|:---:|"]
    return written(tmp_path, "theo-co-quan.md", lines)


@pytest.mark.parametrize("make", [_docx, _markdown], ids=["docx", "markdown"])
def test_each_item_of_a_body_s_row_is_a_task(tmp_path, make):
    draft = make(tmp_path)
    texts = draft.texts()
    assert sum(t.startswith(("Rà soát vùng", "Chủ trì, phối hợp", "Đưa sản phẩm", "Kết nối", "Tổ chức hội chợ",
                             "Phối hợp với Liên minh")) for t in texts) == 6
    assert not [t for t in texts if t.startswith("- ")]  # the bullet is no part of the task's text
    assert draft.lead("Rà soát vùng") == ["Sở Nông nghiệp và Môi trường"]
    # one time a line, in the items' order
    assert draft["Rà soát vùng"]["deadline"]["quarters"] == [1]
    assert draft["Chủ trì, phối hợp"]["deadline"] == {"printed": "Năm 2026", "kind": "year", "year": 2026}
    # the item's own partner; the department's fixed name ends before the sentence's verb
    assert draft.coop("Chủ trì, phối hợp") == ["Sở Khoa học và Công nghệ"]
    # one time for three items: each item's
    for item in ("Đưa sản phẩm", "Kết nối", "Tổ chức hội chợ"):
        assert draft.lead(item) == ["Sở Công Thương"] and draft[item]["deadline"]["quarters"] == [4]
    # one item alone in its cell: without its bullet, its partner read
    assert draft.lead("Phối hợp với Liên minh") and "các xã" in draft.lead("Phối hợp với Liên minh")[0]
    assert draft.coop("Phối hợp với Liên minh") == ["Liên minh Hợp tác xã tỉnh"]
    # "X đầu mối đôn đốc": the body, without the role
    assert draft.lead("Giao Sở Nông nghiệp và Môi trường đầu mối") == ["Sở Nông nghiệp và Môi trường"]
