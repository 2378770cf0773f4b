"""kehoach import: an item's fields in a closing bracket or on its own lines with the roles after the names, and a table's
numbered group rows (issue 11).
- "… (Đầu mối: Ban X; tham gia: Y, Z; hoàn thành: quý III/2026)": "Đầu mối" leads, "tham gia" cooperates, "hoàn thành"
  is the time — as "Chủ trì:", "Phối hợp:", "Thời gian:" are;
- "- Thực hiện: Phòng Kinh tế (chủ trì); Hội Nông dân xã, Đoàn Thanh niên xã (phối hợp)": the roles written after the
  names;
- "1 | CỦNG CỐ, PHÁT TRIỂN HỢP TÁC XÃ" merged across a table, its tasks "1.1", "1.2": a group, no task.
Tested on documents written here (Markdown, text, Word), never on the held-out sets (benchmarks/corpus/unseen*/),
which only measure."""

from __future__ import annotations

import pytest

from drafts import word_document, written

ITEMS = ["Biên soạn tài liệu hỏi - đáp về Luật Hợp tác xã năm 2023 (Đầu mối: Ban Tuyên truyền; tham gia: Văn phòng; "
         "hoàn thành: quý III/2026).",
         "Vận động thành lập mới 25 hợp tác xã (Đầu mối: Ban Hỗ trợ phát triển hợp tác xã; hoàn thành: năm 2026)."]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_fields_in_a_closing_bracket(tmp_path, suffix):
    lines = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HẢI PHÒNG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 41/KH-LMHTX\tHải Phòng, ngày 24 tháng 7 năm 2026", "KẾ HOẠCH", "Công tác hợp tác xã năm 2026",
             "II. NHIỆM VỤ", *(f"- {item}" for item in ITEMS),
             "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Văn Hùng"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "dau-moi" + suffix, lines)
    assert draft.lead("Biên soạn tài liệu") == ["Ban Tuyên truyền"]
    assert draft.coop("Biên soạn tài liệu") == ["Văn phòng"]
    assert draft["Biên soạn tài liệu"]["deadline"]["quarters"] == [3]
    assert draft.lead("Vận động thành lập") == ["Ban Hỗ trợ phát triển hợp tác xã"]
    assert draft["Vận động thành lập"]["deadline"]["kind"] == "year"


TASKS = [("Rà soát tình hình hoạt động của từng hợp tác xã trên địa bàn xã.", "Trong quý III/2026.",
          "Phòng Kinh tế (chủ trì); Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã (phối hợp)."),
         ("Vận động các hộ nuôi gà đồi liên kết thành tổ hợp tác.", "Năm 2026.",
          "Hội Nông dân xã (chủ trì); Phòng Kinh tế, Trung tâm Dịch vụ nông nghiệp xã (phối hợp).")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_roles_written_after_the_names(tmp_path, suffix):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ YÊN THẾ\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 62/KH-UBND\tYên Thế, ngày 15 tháng 5 năm 2026", "KẾ HOẠCH", "Phát triển tổ hợp tác năm 2026",
             "II. NHIỆM VỤ"]
    for n, (task, time, doers) in enumerate(TASKS, start=1):
        lines += [f"{n}. {task}", f"- Thời hạn: {time}", f"- Thực hiện: {doers}"]
    lines += ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tHoàng Văn Lâm"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "vai-tro-sau-ten" + suffix, lines)
    assert [n[:12] for n in draft.lead("Rà soát tình hình")] == ["Phòng Kinh t"]
    assert [n[:24] for n in draft.coop("Rà soát tình hình")] == ["Văn phòng Hội đồng nhân "]
    assert [n[:12] for n in draft.lead("Vận động các hộ")] == ["Hội Nông dân"]
    assert len(draft.coop("Vận động các hộ")) == 2
    assert draft["Vận động các hộ"]["deadline"]["kind"] == "year"


GROUPED = [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
           ["1", "CỦNG CỐ, PHÁT TRIỂN HỢP TÁC XÃ"],
           ["1.1", "Rà soát, phân loại hợp tác xã nông nghiệp", "Quý II/2026", "Sở Nông nghiệp và Môi trường",
            "Liên minh Hợp tác xã tỉnh"],
           ["2", "NGUỒN LỰC"],
           ["2.1", "Bố trí kinh phí hỗ trợ hợp tác xã", "Quý III/2026", "Sở Tài chính", "Sở Nội vụ"]]
HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HƯNG YÊN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 203/KH-UBND\tHưng Yên, ngày 12 tháng 10 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026",
        "II. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo.", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH",
        "\tNguyễn Văn Quang", "PHỤ LỤC", "(Kèm theo Kế hoạch số 203/KH-UBND ngày 12/10/2026)"]


def _grouped_docx(tmp_path):
    return word_document(tmp_path, "nhom-so.docx", HEAD, GROUPED, [])


def _grouped_markdown(tmp_path):
    rows = ["| " + " | ".join(row if len(row) > 1 else [row[0], f"**{row[1]}**", "", "", ""]) + " |" for row in GROUPED]
    rows.insert(1, "|---|---|---|---|---|")
    return written(tmp_path, "nhom-so.md", [line.replace("\t", " ") for line in HEAD] + [""] + rows)


@pytest.mark.parametrize("make", [_grouped_docx, _grouped_markdown], ids=["docx", "markdown"])
def test_numbered_group_rows(tmp_path, make):
    draft = make(tmp_path)
    assert not [t for t in draft.texts() if t.isupper()]
    assert draft.lead("Rà soát, phân loại")[0].startswith("Sở Nông nghiệp và Môi trường")
    assert draft.lead("Bố trí kinh phí")[0].startswith("Sở Tài chính")
