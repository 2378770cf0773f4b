"""kehoach import: who does a task, written after the work or in one column for both roles (issue 11).
- the doer as the work's agent: "Hỗ trợ …, do Sở X chủ trì thực hiện, phối hợp với Y", "…; giao Sở X chủ trì …",
  "… (Sở X chủ trì; hoàn thành …)" — an item so written gives work wherever it stands (a Quyết định phê duyệt's
  Điều 1 whose lettered points hold the tasks);
- the assignment as the item's last clause: "…. Giao: X chủ trì, phối hợp với Y; hằng năm.", "…. Đơn vị thực hiện:
  X chủ trì, Y phối hợp; …", "Giao: X, Y theo chức năng, nhiệm vụ";
- a table column for both roles ("Phân công thực hiện", "Cơ quan chủ trì, phối hợp"): "Chủ trì: X" / "Phối hợp: Y",
  "X (chủ trì); Y, Z", a lone body.
Tested on documents written here (a Quyết định as Markdown, a plan as text, a Word table and a Markdown table), never
on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import draft as draft_module

from drafts import Draft, written

QD = ["| ỦY BAN NHÂN DÂN<br>**TỈNH LÂM ĐỒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
      "| Số: 512/QĐ-UBND | *Lâm Đồng, ngày 08 tháng 5 năm 2026* |", "", "**QUYẾT ĐỊNH**", "",
      "**Phê duyệt Kế hoạch hỗ trợ hợp tác xã cà phê, rau hoa năm 2026**", "",
      "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG**", "", "*Căn cứ Luật Hợp tác xã năm 2023;*", "", "**QUYẾT ĐỊNH:**",
      "", "**Điều 1.** Phê duyệt Kế hoạch hỗ trợ hợp tác xã cà phê, rau hoa năm 2026 với các nội dung sau:", "",
      "1. Nội dung và phân công thực hiện:", "",
      "a) Hỗ trợ 25 hợp tác xã cà phê tái canh vườn cây già cỗi, do Sở Nông nghiệp và Môi trường chủ trì thực hiện, "
      "phối hợp với Liên minh Hợp tác xã tỉnh; hoàn thành trong quý IV/2026.", "",
      "b) Đưa rau, hoa của hợp tác xã vào chuỗi siêu thị; giao Sở Công Thương chủ trì thực hiện trong năm 2026.", "",
      "c) Chuyển giao công nghệ nhà kính cho hợp tác xã trồng hoa (Sở Khoa học và Công nghệ chủ trì; hoàn thành "
      "trong quý III/2026).", "",
      "d) Kinh phí thực hiện: 9.000 triệu đồng từ ngân sách tỉnh năm 2026.", "",
      "**Điều 2.** Quyết định có hiệu lực từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, thủ trưởng các cơ quan có "
      "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", "",
      "| **Nơi nhận:**<br>- Như Điều 2;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br>**Võ Ngọc Hiệp** |",
      "|---|:---:|"]

KH = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NINH\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 77/KH-UBND\tQuảng Ninh, ngày 02 tháng 4 năm 2026", "", "KẾ HOẠCH",
      "Phát triển hợp tác xã thủy sản năm 2026", "", "I. MỤC ĐÍCH", "Củng cố hợp tác xã thủy sản.", "",
      "II. NHIỆM VỤ", "",
      "1. Mở rộng vùng nuôi hàu của hợp tác xã",
      "Quy hoạch lại vùng nuôi hàu, cấp phép mặt nước cho hợp tác xã. Giao: Sở Nông nghiệp và Môi trường chủ trì, "
      "phối hợp với Ủy ban nhân dân đặc khu Vân Đồn; hoàn thành trong quý III/2026.", "",
      "2. Quảng bá sản phẩm hợp tác xã",
      "Đưa sản phẩm của hợp tác xã vào các điểm du lịch. Đơn vị thực hiện: Sở Công Thương chủ trì, Sở Văn hóa và Thể "
      "thao phối hợp; hằng năm.", "",
      "3. Chuyển đổi số trong hợp tác xã",
      "Hỗ trợ hợp tác xã dùng hóa đơn điện tử. Giao: Sở Khoa học và Công nghệ, Liên minh Hợp tác xã tỉnh theo chức "
      "năng, nhiệm vụ; trong năm 2026.", "",
      "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tCao Tường Huy"]


def test_a_quyet_dinh_whose_article_holds_the_tasks(tmp_path):
    draft = written(tmp_path, "phe-duyet.md", QD)
    assert draft.lead("Hỗ trợ 25 hợp tác xã") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Hỗ trợ 25 hợp tác xã") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Hỗ trợ 25 hợp tác xã"]["deadline"]["quarters"] == [4]
    assert draft.lead("Đưa rau, hoa") == ["Sở Công Thương tỉnh Lâm Đồng"]  # the registry's body
    assert draft.lead("Chuyển giao công nghệ") == ["Sở Khoa học và Công nghệ"]
    # funding is no task
    assert not [t for t in draft.tasks if t["text"].startswith("Kinh phí")]


def test_an_assignment_written_as_the_last_clause(tmp_path):
    draft = written(tmp_path, "giao.txt", KH)
    assert draft.lead("Quy hoạch lại vùng nuôi hàu") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Quy hoạch lại vùng nuôi hàu") == ["Ủy ban nhân dân đặc khu Vân Đồn"]
    assert draft["Quy hoạch lại vùng nuôi hàu"]["deadline"]["quarters"] == [3]
    assert draft.lead("Đưa sản phẩm") == ["Sở Công Thương"]
    assert draft.coop("Đưa sản phẩm") == ["Sở Văn hóa và Thể thao"]
    assert draft["Đưa sản phẩm"]["deadline"]["kind"] == "annual"
    assert draft.lead("Hỗ trợ hợp tác xã dùng") == ["Sở Khoa học và Công nghệ", "Liên minh Hợp tác xã tỉnh"]


ROWS = [("1", "Rà soát hợp tác xã nuôi trồng thủy sản", "Chủ trì: Sở Nông nghiệp và Môi trường\nPhối hợp: Liên minh Hợp "
         "tác xã tỉnh, Ủy ban nhân dân các xã", "Quý II/2026"),
        ("2", "Hỗ trợ thành lập hợp tác xã nuôi biển", "Liên minh Hợp tác xã tỉnh (chủ trì); Sở Tài chính, Sở Nội vụ",
         "Năm 2026"),
        ("3", "Hướng dẫn hợp tác xã thuê mặt nước", "Sở Nông nghiệp và Môi trường", "Thường xuyên")]
EXPECTED = [(["Sở Nông nghiệp và Môi trường"], ["Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã"]),
            (["Liên minh Hợp tác xã tỉnh"], ["Sở Tài chính", "Sở Nội vụ"]),
            (["Sở Nông nghiệp và Môi trường"], [])]
HEAD = KH[:11]
TAIL = KH[-3:]


def _docx(tmp_path: Path) -> Draft:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(ROWS), cols=4)
    for row, values in zip(table.rows, [("TT", "Nội dung nhiệm vụ", "Phân công thực hiện", "Thời gian hoàn thành")]
                           + ROWS):
        for cell, value in zip(row.cells, values):
            first, *more = value.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    for line in TAIL:
        document.add_paragraph(line)
    path = tmp_path / "phan-cong.docx"
    document.save(path)
    return Draft(path)


def _markdown(tmp_path: Path) -> Draft:
    rows = ["| TT | Nội dung | Cơ quan chủ trì, phối hợp | Thời gian |", "|---|---|---|---|"]
    rows += ["| " + " | ".join(v.replace("\n", "<br>") for v in row) + " |" for row in ROWS]
    return written(tmp_path, "phan-cong.md", [l.replace("\t", "  ") for l in HEAD] + [""] + rows + [""] +
                   [l.replace("\t", "  ") for l in TAIL])


@pytest.mark.parametrize("make", [_docx, _markdown], ids=["docx", "markdown"])
def test_one_column_for_both_roles(tmp_path, make):
    draft = make(tmp_path)
    for (_, text, _, _), (lead, coop) in zip(ROWS, EXPECTED):
        assert draft.lead(text) == lead
        assert draft.coop(text) == coop


@pytest.mark.parametrize("cell,lead,coop", [
    ("Chủ trì: Sở A<br>Phối hợp: Sở B, Sở C", "Sở A", "Sở B, Sở C"),
    ("Chủ trì: Sở A Phối hợp: Sở B", "Sở A", "Sở B"),
    ("Sở A (chủ trì); Sở B, Sở C", "Sở A", "Sở B, Sở C"),
    ("Sở A chủ trì; Sở B phối hợp", "Sở A", "Sở B"),
    ("Sở A", "Sở A", None),
])
def test_a_roles_cell(cell, lead, coop):
    assert draft_module._roles_cell(cell) == (lead, coop)


@pytest.mark.parametrize("text,agent", [
    ("Hỗ trợ hợp tác xã, do Sở Tài chính chủ trì thực hiện.", "Sở Tài chính"),
    ("Tổ chức hội chợ; giao Ủy ban nhân dân đặc khu Phú Quốc chủ trì thực hiện.", "Ủy ban nhân dân đặc khu Phú Quốc"),
    ("Hỗ trợ hợp tác xã (Liên minh Hợp tác xã tỉnh chủ trì; năm 2026).", "Liên minh Hợp tác xã tỉnh"),
    ("Hỗ trợ hợp tác xã do người dân làm thành viên.", None),
])
def test_the_agent_after_the_work(text, agent):
    assert draft_module._agent(text) == agent
