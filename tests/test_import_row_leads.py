"""kehoach import: the lead of a table row that has no lead column (issue 11). A plan's task table names each row's lead
one of three ways when it has no "Cơ quan chủ trì" column:
- a group row above the rows, merged across the table, naming the body in charge ("I. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
  "II. ĐỀ NGHỊ LIÊN MINH HỢP TÁC XÃ TỈNH", "B. Ủy ban nhân dân các xã, phường"): every row under it is that body's; a
  group of a topic ("I. TUYÊN TRUYỀN") names none, and a lead column's cell wins over the group;
- the task cell itself opens with the body, then a colon ("**Ban Tổ chức - Kiểm tra**: rà soát …", "Sở X và Văn phòng:
  …", the issuer's own "Văn phòng: …"), or with the subject of its sentence ("Trung tâm X chủ trì, phối hợp với Y tổ
  chức …": Y cooperates beside the cooperating column's bodies); a cell that opens with the work names none;
- a table's own numbered title above it ("#### 2. Vốn, thị trường và nhân lực") is its heading, never a task.
A bare year in a time column ("2026") is that year. Tested on documents written here (Markdown tables and Word tables,
a group row merged across the row), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import Draft, word_document, written

HEAD = ["| ỦY BAN NHÂN DÂN<br>**TỈNH CAO BẰNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
        "| Số: 301/KH-UBND | *Cao Bằng, ngày 14 tháng 7 năm 2026* |", "", "**KẾ HOẠCH**", "",
        "**Phát triển hợp tác xã dược liệu, hạt dẻ năm 2026**", "", "I. MỤC ĐÍCH", "", "Củng cố hợp tác xã.", "",
        "II. NHIỆM VỤ", ""]
TAIL = ["", "III. TỔ CHỨC THỰC HIỆN", "", "Sở Nông nghiệp và Môi trường tổng hợp, báo cáo trước ngày 10/12/2026./.", "",
        "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Lê Hải Hòa** |", "|---|:---:|"]

GROUPED = [  # (TT, task, cooperating, time): a row of one value is a group row
    ("I. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",),
    ("1", "Rà soát vùng trồng dược liệu của hợp tác xã", "Ủy ban nhân dân các xã", "Quý III/2026"),
    ("2", "Chi cục Kiểm lâm hướng dẫn hợp tác xã trồng dẻ dưới tán rừng", "", "2026"),
    ("II. ĐỀ NGHỊ LIÊN MINH HỢP TÁC XÃ TỈNH",),
    ("3", "Tư vấn thành lập hợp tác xã hạt dẻ", "Sở Tài chính", "Thường xuyên"),
    ("III. TUYÊN TRUYỀN",),
    ("4", "Phổ biến Luật Hợp tác xã năm 2023 trên sóng phát thanh", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026"),
]


def _grouped_md(tmp_path: Path) -> Draft:
    rows = ["| TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian hoàn thành |", "|---|---|---|---|"]
    for row in GROUPED:
        rows.append(f"| **{row[0]}** | | | |" if len(row) == 1 else "| " + " | ".join(row) + " |")
    return written(tmp_path, "nhom-chu-tri.md", HEAD + rows + TAIL)


DOCX_HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH CAO BẰNG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 301/KH-UBND\tCao Bằng, ngày 14 tháng 7 năm 2026", "KẾ HOẠCH",
             "Phát triển hợp tác xã dược liệu, hạt dẻ năm 2026", "I. MỤC ĐÍCH", "Củng cố hợp tác xã.", "II. NHIỆM VỤ"]
DOCX_TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Sở Nông nghiệp và Môi trường tổng hợp, báo cáo trước ngày 10/12/2026./.",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Hải Hòa"]


def _grouped_docx(tmp_path: Path) -> Draft:
    # a group row merged across the four columns, as Word prints one (w:gridSpan)
    draft = word_document(tmp_path, "nhom-chu-tri.docx", DOCX_HEAD,
                          [["TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Thời gian hoàn thành"], *map(list, GROUPED)],
                          DOCX_TAIL)
    assert "w:gridSpan" in __import__("zipfile").ZipFile(draft.path).read("word/document.xml").decode()
    return draft


@pytest.mark.parametrize("make", [_grouped_md, _grouped_docx], ids=["markdown", "docx"])
def test_a_group_row_names_the_lead_of_its_rows(tmp_path, make):
    draft = make(tmp_path)
    assert draft.lead("Rà soát vùng trồng") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Rà soát vùng trồng") and "các xã" in draft.coop("Rà soát vùng trồng")[0]
    # a unit of the group's body opens the row: the group's body still leads (its unit does the work under it)
    assert draft.lead("Chi cục Kiểm lâm") == ["Sở Nông nghiệp và Môi trường"]
    assert draft["Chi cục Kiểm lâm"]["deadline"] == {"printed": "2026", "kind": "year", "year": 2026}
    # "Đề nghị" is how the plan asks a body it does not direct; the body leads, quoted as printed
    assert draft.lead("Tư vấn thành lập") == ["Liên minh Hợp tác xã tỉnh"]  # proposed, as printed
    assert draft["Tư vấn thành lập"]["lead_text"] == "LIÊN MINH HỢP TÁC XÃ TỈNH"
    # a topic's group names no body
    assert draft.lead("Phổ biến Luật") == []
    # group rows are groups, never tasks
    assert not [t for t in draft.texts() if "TUYÊN TRUYỀN" in t or "SỞ NÔNG" in t]


def test_a_lead_column_wins_over_the_group_row(tmp_path):
    rows = ["| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |", "|---|---|---|---|---|",
            "| **I** | **SỞ TÀI CHÍNH** | | | |",
            "| 1 | Bố trí kinh phí hỗ trợ hợp tác xã | | Sở Nội vụ | Quý II/2026 |",
            "| 2 | Thẩm định dự án của hợp tác xã | Sở Xây dựng | Sở Tài chính | Quý IV/2026 |"]
    draft = written(tmp_path, "cot-chu-tri.md", HEAD + rows + TAIL)
    assert draft.lead("Bố trí kinh phí") == ["Sở Tài chính"]
    assert draft.lead("Thẩm định dự án") == ["Sở Xây dựng"]


CELLS = [  # (task cell, cooperating, time) of a table with no lead column
    ("**Ban Tổ chức - Kiểm tra**: rà soát hợp tác xã đang hoạt động", "Ủy ban nhân dân các xã", "Quý II/2026"),
    ("**Trung tâm Tư vấn và Hỗ trợ hợp tác xã**: tư vấn sửa đổi điều lệ hợp tác xã", "—", "Thường xuyên"),
    ("**Ban Tổ chức - Kiểm tra** và **Văn phòng**: kiện toàn bộ phận theo dõi hợp tác xã", "—", "Tháng 4/2026"),
    ("**Ban Hỗ trợ phát triển hợp tác xã** chủ trì, phối hợp với Trung tâm Tư vấn và Hỗ trợ hợp tác xã tổ chức hội "
     "nghị kết nối tiêu thụ", "Sở Công Thương", "Quý III/2026"),
    ("**Văn phòng**: cập nhật thông tin hợp tác xã vào cơ sở dữ liệu", "—", "Hằng quý"),
    ("Hỗ trợ hợp tác xã đăng ký nhãn hiệu tập thể", "Sở Khoa học và Công nghệ", "2026"),
]


def _cells_md(tmp_path: Path) -> Draft:
    rows = ["#### 1. Củng cố tổ chức, vốn và thị trường", "", "| Nhiệm vụ | Phối hợp | Thời hạn |", "|---|---|---|"]
    rows += ["| " + " | ".join(row) + " |" for row in CELLS]
    return written(tmp_path, "in-dam.md", HEAD + rows + TAIL)


def _cells_docx(tmp_path: Path) -> Draft:
    def bold_runs(table) -> None:  # the task cells' bold runs as Word prints them
        for row, values in zip(table.rows[1:], CELLS):
            cell = row.cells[0]
            cell.text = ""
            for n, piece in enumerate(values[0].split("**")):
                if piece:
                    cell.paragraphs[0].add_run(piece).bold = n % 2 == 1

    return word_document(tmp_path, "in-dam.docx", DOCX_HEAD + ["1. Củng cố tổ chức, vốn và thị trường"],
                         [["Nhiệm vụ", "Phối hợp", "Thời hạn"], *map(list, CELLS)], DOCX_TAIL, bold_runs)


@pytest.mark.parametrize("make", [_cells_md, _cells_docx], ids=["markdown", "docx"])
def test_the_task_cell_names_its_doer(tmp_path, make):
    draft = make(tmp_path)
    assert draft.lead("Ban Tổ chức - Kiểm tra: rà soát") == ["Ban Tổ chức - Kiểm tra"]
    assert draft["Ban Tổ chức - Kiểm tra: rà soát"]["lead_text"] == "Ban Tổ chức - Kiểm tra"
    assert draft.lead("Trung tâm Tư vấn và Hỗ trợ hợp tác xã: tư vấn") == ["Trung tâm Tư vấn và Hỗ trợ hợp tác xã"]
    assert draft.lead("Ban Tổ chức - Kiểm tra và Văn phòng") == ["Ban Tổ chức - Kiểm tra", "Văn phòng"]
    assert draft.lead("Ban Hỗ trợ phát triển") == ["Ban Hỗ trợ phát triển hợp tác xã"]
    # the sentence's partner and the column's both cooperate
    assert draft.coop("Ban Hỗ trợ phát triển") == ["Trung tâm Tư vấn và Hỗ trợ hợp tác xã", "Sở Công Thương"]
    assert draft.lead("Văn phòng: cập nhật") == ["Văn phòng"] and draft.coop("Văn phòng: cập nhật") == []
    # a cell that opens with the work names no doer; its year alone is its time
    assert draft.lead("Hỗ trợ hợp tác xã đăng ký") == []
    assert draft["Hỗ trợ hợp tác xã đăng ký"]["deadline"]["kind"] == "year"
    # the table's numbered title is its heading, never a task
    assert not [t for t in draft.texts() if t.startswith("Củng cố tổ chức")]
