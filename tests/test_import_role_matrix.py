"""kehoach import: an assignment matrix (issue 11). Ministries' and provinces' plans print their tasks in a table with a
column per body, headed by its name or an abbreviation, and mark "CT" (chủ trì) where the body leads and "PH" (phối
hợp) where it cooperates; the abbreviations are spelt out in a legend under the table ("Ghi chú chữ viết tắt: Cục
KTHT: Cục Kinh tế hợp tác …; VP Bộ: Văn phòng Bộ"). Every row's lead is the bodies it marks "CT", by their full names,
said in review; the legend is no task. Tested on a Markdown table and a Word table written here (one with the legend
on one line, one with a legend a line), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields

from drafts import Draft, word_document, written

BODIES = ["Cục KTHT", "Vụ KH-TC", "Sở Tài chính", "VP Bộ"]
ROWS = [  # (TT, task, marks under BODIES, time)
    ("1", "Soạn thảo Thông tư hướng dẫn phân loại hợp tác xã nông nghiệp", ["CT", "PH", "", ""], "Quý II/2027"),
    ("2", "Tổng hợp nhu cầu vốn hỗ trợ hợp tác xã của các địa phương", ["PH", "CT", "", ""], "Trước 30/6/2027"),
    ("3", "Biểu dương hợp tác xã tiêu biểu nhân ngày Hợp tác xã Việt Nam", ["CT", "", "", "CT"], "Tháng 4/2027"),
    ("4", "Rà soát định mức hỗ trợ hợp tác xã", ["", "Chủ trì", "Phối hợp", ""], "2027"),
]
LEGEND = [("Cục KTHT", "Cục Kinh tế hợp tác và Phát triển nông thôn"), ("Vụ KH-TC", "Vụ Kế hoạch - Tài chính"),
          ("VP Bộ", "Văn phòng Bộ")]
HEAD = ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 812/KH-BNNMT\tHà Nội, ngày 10 tháng 11 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã nông nghiệp năm 2027",
        "I. MỤC ĐÍCH", "Nâng cao hiệu quả hợp tác xã nông nghiệp.", "II. NHIỆM VỤ",
        "Đơn vị chủ trì, phối hợp được đánh dấu trong bảng (CT: chủ trì; PH: phối hợp):"]
TAIL = ["III. TỔ CHỨC THỰC HIỆN",
        "Cục Kinh tế hợp tác và Phát triển nông thôn tổng hợp, báo cáo Bộ trưởng trước ngày 20/12/2027./.",
        "Nơi nhận:\tKT. BỘ TRƯỞNG", "- Lưu: VT.\tTHỨ TRƯỞNG", "\tTrần Thanh Nam"]


def _markdown(tmp_path: Path) -> Draft:
    lines = [line.replace("\t", " ") for line in HEAD]
    lines += ["", "| TT | Nhiệm vụ | " + " | ".join(BODIES) + " | Thời gian |",
              "|---|---|" + ":---:|" * len(BODIES) + "---|"]
    lines += [f"| {tt} | {task} | " + " | ".join(marks) + f" | {time} |" for tt, task, marks, time in ROWS]
    lines += ["", "*Ghi chú chữ viết tắt:* " + "; ".join(f"{a}: {b}" for a, b in LEGEND) + ".", ""]
    lines += [line.replace("\t", " ") if not line.startswith(("Nơi", "- Lưu", "\t")) else line for line in TAIL]
    return written(tmp_path, "ma-tran.md", lines)


def _docx(tmp_path: Path) -> Draft:
    rows = [["TT", "Nhiệm vụ", *BODIES, "Thời gian"], *([tt, task, *marks, time] for tt, task, marks, time in ROWS)]
    legend = ["Ghi chú:", *(f"- {short}: {full};" for short, full in LEGEND)]  # the legend a line
    return word_document(tmp_path, "ma-tran.docx", HEAD, rows, legend + TAIL)


@pytest.mark.parametrize("make", [_markdown, _docx], ids=["markdown", "docx"])
def test_the_bodies_marked_lead_and_cooperate(tmp_path, make):
    draft = make(tmp_path)
    assert draft.lead("Soạn thảo Thông tư") == ["Cục Kinh tế hợp tác và Phát triển nông thôn"]
    assert draft.coop("Soạn thảo Thông tư") == ["Vụ Kế hoạch - Tài chính"]
    assert draft.lead("Tổng hợp nhu cầu vốn") == ["Vụ Kế hoạch - Tài chính"]
    assert draft.coop("Tổng hợp nhu cầu vốn") == ["Cục Kinh tế hợp tác và Phát triển nông thôn"]
    # two "CT": both lead
    assert draft.lead("Biểu dương") == ["Cục Kinh tế hợp tác và Phát triển nông thôn", "Văn phòng Bộ"]
    # the marks written out, and a body's column by its full name
    assert draft.lead("Rà soát định mức") == ["Vụ Kế hoạch - Tài chính"]
    assert draft.coop("Rà soát định mức") and draft.coop("Rà soát định mức")[0].startswith("Sở Tài chính")
    # said in review, for the reviewer to check against the columns
    assert any("ô đánh dấu" in note for note in draft["Soạn thảo Thông tư"]["review"])
    # the legend and the sentence explaining the marks are no tasks
    assert not [t for t in draft.texts() if t.startswith(("Ghi chú", "- Cục KTHT", "Cục KTHT:"))]
    assert draft["Cục Kinh tế hợp tác và Phát triển nông thôn tổng hợp"]["lead"]


def test_a_legend_is_only_a_list_of_abbreviations():
    assert fields.is_legend("Ghi chú: CT: chủ trì; PH: phối hợp.")
    assert fields.is_legend("*Ghi chú chữ viết tắt:* Cục KTHT: Cục Kinh tế hợp tác; VP Bộ: Văn phòng Bộ;")
    assert not fields.is_legend("Ghi chú: Các đơn vị gửi báo cáo trước ngày 15/12/2026.")
    assert not fields.is_legend("Sở Tài chính: tham mưu bố trí kinh phí; hoàn thành quý II/2026.")


def test_a_mark_only_counts_in_a_body_s_column(tmp_path):
    """"CT" in a known column (the time column, the task's) is no mark; "x" marks no role."""
    lines = [line.replace("\t", " ") for line in HEAD]
    lines += ["", "| TT | Nhiệm vụ | Sở Tài chính | Sở Nội vụ | Thời gian |", "|---|---|---|---|---|",
              "| 1 | Thẩm định dự án của hợp tác xã | x | | Quý II/2027 |", "",
              "Cục Kinh tế hợp tác và Phát triển nông thôn tổng hợp, báo cáo trước ngày 20/12/2027./."]
    draft = written(tmp_path, "dau-x.md", lines)
    assert draft.lead("Thẩm định dự án") == []
