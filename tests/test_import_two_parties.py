"""kehoach import: a joint programme's table that gives each party a column of duties (issue 11). A Chương trình
phối hợp between two bodies prints "Nội dung phối hợp | Nhiệm vụ của <A> | Nhiệm vụ của <B> | Thời gian": each party's
cell is a task of its own, led by the party its column names; a party whose cell only says "Phối hợp thực hiện"
cooperates in the other's task. Tested on a Markdown table and a TAB-separated table written here, never on the
held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from generator.importer import tables

from drafts import written

HEAD = ["TỈNH ĐOÀN QUẢNG NGÃI\tLIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NGÃI", "Số: 09/CTrPH-TĐ-LMHTX\tQuảng Ngãi, ngày 14 "
        "tháng 4 năm 2026", "", "CHƯƠNG TRÌNH PHỐI HỢP", "Hỗ trợ thanh niên khởi nghiệp trong hợp tác xã giai đoạn "
        "2026 - 2028", "", "I. MỤC ĐÍCH", "Phát huy vai trò của thanh niên trong kinh tế tập thể.", "",
        "II. NỘI DUNG PHỐI HỢP"]
TAIL = ["", "III. TỔ CHỨC THỰC HIỆN", "Hai bên định kỳ hằng năm sơ kết việc thực hiện Chương trình./.", "",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tBÍ THƯ", "\tNguyễn Văn Trí"]
HEADER = ["TT", "Nội dung phối hợp", "Nhiệm vụ của Tỉnh đoàn", "Nhiệm vụ của Liên minh Hợp tác xã tỉnh", "Thời gian"]
ROWS = [["1", "Tuyên truyền", "Tuyên truyền mô hình thanh niên làm giám đốc hợp tác xã trên trang tin của Đoàn",
         "Cung cấp thông tin các hợp tác xã do thanh niên quản lý", "Hằng năm"],
        ["2", "Đào tạo", "Phối hợp thực hiện", "Mở lớp bồi dưỡng quản trị hợp tác xã cho đoàn viên thanh niên",
         "Quý III/2026"],
        ["3", "Vốn", "Giới thiệu dự án khởi nghiệp của đoàn viên vay vốn", "Phối hợp thực hiện", "Năm 2027"]]
#: text, lead, cooperating ("Tỉnh đoàn" is the issuer, by its name in the header)
EXPECTED = [("Tuyên truyền mô hình thanh niên", ["Tỉnh đoàn Quảng Ngãi"], []),
            ("Cung cấp thông tin các hợp tác", ["Liên minh Hợp tác xã tỉnh"], []),
            ("Mở lớp bồi dưỡng quản trị hợp", ["Liên minh Hợp tác xã tỉnh"], ["Tỉnh đoàn Quảng Ngãi"]),
            ("Giới thiệu dự án khởi nghiệp", ["Tỉnh đoàn Quảng Ngãi"], ["Liên minh Hợp tác xã tỉnh"])]


def _markdown(tmp_path):
    pipe = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)] + ["| " + " | ".join(r) + " |" for r in ROWS]
    head = ["| " + HEAD[0].replace("\t", " | ") + " |", "|---|---|", "| " + HEAD[1].replace("\t", " | ") + " |"]
    return written(tmp_path, "phoi-hop.md", head + HEAD[2:] + [""] + pipe +
                   [l.replace("\t", "  ") for l in TAIL])


def _tab(tmp_path):
    return written(tmp_path, "phoi-hop.txt", HEAD + ["\t".join(HEADER)] + ["\t".join(r) for r in ROWS] + TAIL)


@pytest.mark.parametrize("make", [_markdown, _tab], ids=["markdown", "tab"])
def test_each_party_s_cell_is_its_task(tmp_path, make):
    draft = make(tmp_path)
    rows = [draft[start] for start, _, _ in EXPECTED]
    for task, (_, lead, coop) in zip(rows, EXPECTED):
        assert [draft.names[a] for a in task["lead"]] == lead
        assert [draft.names[a] for a in task.get("cooperating", [])] == coop
    # the rows' topics and the "Phối hợp thực hiện" cells are no tasks
    assert not [t for t in draft.tasks if t["text"] in ("Tuyên truyền", "Đào tạo", "Vốn", "Phối hợp thực hiện")]
    assert rows[2]["deadline"]["quarters"] == [3]


@pytest.mark.parametrize("header,column", [
    ("Nhiệm vụ của Hội Nông dân tỉnh", "side:Hội Nông dân tỉnh"),
    ("Trách nhiệm của Sở Công Thương", "side:Sở Công Thương"),
    ("Nhiệm vụ của các sở, ngành", "text"),   # a class: the tasks' column
    ("Nội dung nhiệm vụ", "text"),
])
def test_a_party_s_column(header, column):
    assert tables._column(header) == column


SIGNED = ["| **TM. BAN THƯỜNG VỤ**<br>**TỈNH ĐOÀN**<br>**BÍ THƯ**<br><br>**Nguyễn Văn Trí** | **TM. BAN THƯỜNG VỤ**<br>"
          "**LIÊN MINH HỢP TÁC XÃ TỈNH**<br>**CHỦ TỊCH**<br><br>**Lê Thị Thu** |", "|:---:|:---:|", "",
          "**Nơi nhận:**", "- Lưu: VT."]
SIGNED_TAB = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\tTM. BAN THƯỜNG VỤ LIÊN MINH HỢP TÁC XÃ TỈNH", "BÍ THƯ\tCHỦ TỊCH",
              "Nguyễn Văn Trí\tLê Thị Thu", "", "Nơi nhận:", "- Lưu: VT."]


@pytest.mark.parametrize("markdown", [True, False], ids=["markdown", "tab"])
def test_the_parties_signatures_after_the_table_end_the_body(tmp_path, markdown):
    """A joint document signs side by side before "Nơi nhận": the row of signatures ends the body, also when a table
    of tasks stands above it."""
    closing = ["", "III. TỔ CHỨC THỰC HIỆN", "Hai bên định kỳ hằng năm sơ kết việc thực hiện Chương trình./.", ""]
    if markdown:
        head = ["| " + HEAD[0].replace("\t", " | ") + " |", "|---|---|", "| " + HEAD[1].replace("\t", " | ") + " |"]
        pipe = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)] + ["| " + " | ".join(r) + " |" for r in ROWS]
        draft = written(tmp_path, "ky.md", head + HEAD[2:] + [""] + pipe + closing + SIGNED)
    else:
        draft = written(tmp_path, "ky.txt", HEAD + ["\t".join(HEADER)] + ["\t".join(r) for r in ROWS] + closing
                        + SIGNED_TAB)
    assert not [t for t in draft.tasks if "TM." in t["text"] or "Nguyễn Văn Trí" in t["text"]]
    assert len(draft.tasks) == 5  # four cells of the parties and the closing paragraph's review
