"""kehoach import: an item's doer and time after spaced dashes, runs of days, the body named first in a list of doers,
and notes on how the tasks are written (issue 11).
- "Rà soát … – Phòng Kinh tế (phối hợp: Trung tâm X) – quý III/2026.": the doer between the dashes leads, the bodies
  in its bracket cooperate; a hyphen joins a name's parts ("Phòng Văn hóa - Xã hội"), a spaced en or em dash parts
  fields;
- "từ ngày 01/7 đến ngày 31/7/2026": due by its last day;
- a "Cơ quan thực hiện" column listing bodies a line each, and no column of partners: the body named first leads, the
  others cooperate, said in review (a "Cơ quan chủ trì" column's bodies all lead);
- "Mỗi nhiệm vụ dưới đây ghi theo thứ tự: …", "Ghi chú: tại cột … cơ quan được nêu đầu tiên là cơ quan chủ trì": no task.
Tested on documents written here (text, Markdown, Word), never on the held-out sets (benchmarks/corpus/unseen*/),
which only measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields

from drafts import Draft, word_document, written

ITEMS = ["Rà soát các tổ hợp tác trồng dẻ đủ điều kiện thành hợp tác xã – Phòng Kinh tế (phối hợp: Trung tâm Dịch vụ "
         "nông nghiệp xã) – quý III/2026.",
         "Vận động hộ làm du lịch cộng đồng liên kết thành tổ hợp tác – Phòng Văn hóa - Xã hội – từ ngày 01/7 đến ngày "
         "31/7/2026.",
         "Giới thiệu sản phẩm của hợp tác xã trên trang thông tin điện tử của xã – Văn phòng – thường xuyên."]
NOTE = "Mỗi nhiệm vụ dưới đây ghi theo thứ tự: nội dung – đơn vị chủ trì (đơn vị phối hợp, nếu có) – thời gian thực hiện."


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_doer_and_time_after_dashes(tmp_path, suffix):
    head = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TRÙNG KHÁNH\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 73/KH-UBND\tTrùng Khánh, ngày 19 tháng 6 năm 2026", "KẾ HOẠCH", "Phát triển tổ hợp tác năm 2026",
            "I. NHIỆM VỤ", NOTE]
    lines = head + [f"{n}. {item}" for n, item in enumerate(ITEMS, start=1)]
    lines += ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNông Văn Hòa"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "gach-ngang" + suffix, lines)
    assert draft.lead("Rà soát các tổ hợp tác")[0].startswith("Phòng Kinh tế")
    assert draft.coop("Rà soát các tổ hợp tác")[0].startswith("Trung tâm Dịch vụ nông nghiệp xã")
    assert draft["Rà soát các tổ hợp tác"]["deadline"]["quarters"] == [3]
    assert draft.lead("Vận động hộ")[0].startswith("Phòng Văn hóa - Xã hội")
    assert str(draft["Vận động hộ"]["deadline"]["before"]) == "2026-07-31"
    assert draft.lead("Giới thiệu sản phẩm")[0].startswith("Văn phòng")
    assert not [t for t in draft.texts() if t.startswith("Mỗi nhiệm vụ")]


def test_a_run_of_days():
    found = fields.deadline("Thời gian: từ ngày 15/12/2026 đến ngày 15/01/2027.")
    assert (found.kind, found.before) == ("before", "2027-01-15")


CELLS = [("1", "Khảo sát năng lực sản xuất của các hợp tác xã cà phê",
          ["Chi cục Phát triển nông thôn", "Chi cục Trồng trọt và Bảo vệ thực vật", "Ủy ban nhân dân các xã, phường"],
          "Quý II/2026"),
         ("2", "Hỗ trợ hợp tác xã cấp mã số vùng trồng", ["Chi cục Trồng trọt và Bảo vệ thực vật"], "Năm 2026")]
HEAD = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 1592/KH-SNNMT\tĐiện Biên, ngày 17 tháng 4 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã nông nghiệp năm 2026",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "Ghi chú: tại cột “Cơ quan thực hiện”, cơ quan, đơn vị được nêu đầu tiên là cơ quan chủ trì; các cơ quan, đơn vị "
        "được nêu tiếp theo là cơ quan phối hợp."]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/12/2026./.",
        "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLò Văn Pâng"]


def _docx(tmp_path: Path, header: str) -> Draft:
    def line_breaks(table) -> None:  # one paragraph, a line break (Shift+Enter) between the bodies
        for row, (_, _, bodies, _) in zip(table.rows[1:], CELLS):
            cell = row.cells[2]
            cell.text = ""
            run = cell.paragraphs[0].add_run(bodies[0])
            for body in bodies[1:]:
                run.add_break()
                run.add_text(body)

    rows = [["TT", "Nội dung nhiệm vụ", header, "Thời gian hoàn thành"],
            *([tt, task, "", time] for tt, task, _, time in CELLS)]
    return word_document(tmp_path, "dau-tien.docx", HEAD, rows, TAIL, line_breaks)


def _markdown(tmp_path: Path, header: str) -> Draft:
    lines = [line.replace("\t", " ") for line in HEAD if "\t" not in line] + [
        "", f"| TT | Nội dung nhiệm vụ | {header} | Thời gian hoàn thành |", "|---|---|---|---|"]
    lines += [f"| {tt} | {task} | {'<br>'.join(bodies)} | {time} |" for tt, task, bodies, time in CELLS]
    lines = ["| SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>**TỈNH ĐIỆN BIÊN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |",
             "|:---:|:---:|", "| Số: 1592/KH-SNNMT | *Điện Biên, ngày 17 tháng 4 năm 2026* |", ""] + lines + [""]
    lines += [TAIL[0], "", TAIL[1], "", "| **Nơi nhận:**<br>- Lưu: VT. | **GIÁM ĐỐC**<br>**Lò Văn Pâng** |", "|---|:---:|"]
    return written(tmp_path, "dau-tien.md", lines)


@pytest.mark.parametrize("make", [_docx, _markdown], ids=["docx", "markdown"])
def test_the_body_named_first_leads(tmp_path, make):
    draft = make(tmp_path, "Cơ quan thực hiện")
    assert draft.lead("Khảo sát năng lực") == ["Chi cục Phát triển nông thôn"]
    assert [c[:20] for c in draft.coop("Khảo sát năng lực")] == ["Chi cục Trồng trọt v", "Ủy ban nhân dân các "]
    assert any("nêu đầu tiên" in note for note in draft["Khảo sát năng lực"]["review"])
    assert draft.lead("Hỗ trợ hợp tác xã cấp") == ["Chi cục Trồng trọt và Bảo vệ thực vật"]
    assert not [t for t in draft.texts() if t.startswith("Ghi chú")]


@pytest.mark.parametrize("make", [_docx, _markdown], ids=["docx", "markdown"])
def test_a_lead_column_s_bodies_all_lead(tmp_path, make):
    draft = make(tmp_path, "Cơ quan chủ trì")
    assert len(draft.lead("Khảo sát năng lực")) == 3 and draft.coop("Khảo sát năng lực") == []
