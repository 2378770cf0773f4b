"""kehoach import: a doers' cell whose lead is printed in bold (issue 11).

- "Ghi chú: ở cột “Đơn vị thực hiện”, đơn vị in đậm là đơn vị chủ trì; các đơn vị còn lại phối hợp." over a table whose
  doers' cells list bodies a line each, some in bold: the bold ones lead (wherever they stand in the cell), the others
  cooperate; the note is no task.
- The same in a Word table (bold runs) and in Markdown ("**Phòng Kiểm toán 2**<br>Phòng Tư vấn thuế").
- A cell all in bold, or all plain, says nothing by its print: the body named first leads, as before.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, word_document, written_as

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 36/KH-{code}\t{place}, ngày 02 tháng 11 năm 2026", "", "KẾ HOẠCH", "{title}", "",
        "III. PHÂN CÔNG THỰC HIỆN", "{note}", ""]
TAIL = ["Nơi nhận:\tKT. {boss}", "- Lưu: VT.\tPHÓ {boss}", "\tLê Thị Thu"]

CASES = {
    "audit": dict(issuer="CÔNG TY TNHH KIỂM TOÁN NINH KIỀU", code="NKT", place="Cần Thơ", boss="TỔNG GIÁM ĐỐC",
                  title="Kiểm toán báo cáo tài chính năm 2026 của các hợp tác xã khách hàng",
                  note="Ghi chú: ở cột “Đơn vị thực hiện”, đơn vị in đậm là đơn vị chủ trì; các đơn vị còn lại phối hợp.",
                  rows=[["1", "Gửi thư hẹn kiểm toán, danh mục tài liệu cho từng hợp tác xã",
                         ["Phòng Hành chính - Kế toán", "*Phòng Kiểm toán 1"], "Trước 30/11/2026"],
                        ["2", "Chứng kiến kiểm kê tiền mặt, vật tư, hàng hóa ngày 31/12/2026",
                         ["Phòng Tư vấn thuế", "*Phòng Kiểm toán 2", "Phòng Kiểm toán 1"], "31/12/2026"],
                        ["3", "Phát hành báo cáo kiểm toán và thư quản lý",
                         ["*Phòng Kiểm toán 1", "*Phòng Kiểm toán 2", "Phòng Hành chính - Kế toán"], "Trước 31/3/2027"],
                        ["4", "Tổng hợp sai sót thường gặp, tổ chức buổi trao đổi với kế toán hợp tác xã",
                         ["Phòng Nghiệp vụ - Đào tạo"], "Quý II/2027"]],
                  leads=[["Phòng Kiểm toán 1"], ["Phòng Kiểm toán 2"], ["Phòng Kiểm toán 1", "Phòng Kiểm toán 2"],
                         ["Phòng Nghiệp vụ - Đào tạo"]],
                  coops=[["Phòng Hành chính - Kế toán"], ["Phòng Tư vấn thuế", "Phòng Kiểm toán 1"],
                         ["Phòng Hành chính - Kế toán"], []]),
    "department": dict(issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", code="SNNMT", place="Vĩnh Long", boss="GIÁM ĐỐC",
                       title="Hỗ trợ hợp tác xã nông nghiệp chuyển đổi số năm 2027",
                       note="Lưu ý: tại cột “Cơ quan thực hiện”, cơ quan in đậm là cơ quan chủ trì, các cơ quan khác "
                            "phối hợp.",
                       rows=[["1", "Khảo sát mức độ ứng dụng công nghệ số của các hợp tác xã",
                              ["Chi cục Phát triển nông thôn", "*Văn phòng Sở"], "Quý I/2027"],
                             ["2", "Tập huấn sổ sách điện tử, truy xuất nguồn gốc cho hợp tác xã",
                              ["*Trung tâm Khuyến nông", "Liên minh HTX tỉnh"], "Quý II/2027"],
                             ["3", "Đưa sản phẩm của hợp tác xã lên sàn thương mại điện tử",
                              ["Sở Công Thương", "Liên minh HTX tỉnh", "*Chi cục Phát triển nông thôn"],
                              "Năm 2027"]],
                       leads=[["Văn phòng Sở"], ["Trung tâm Khuyến nông"], ["Chi cục Phát triển nông thôn"]],
                       coops=[["Chi cục Phát triển nông thôn"], ["Liên minh HTX tỉnh"],
                              ["Sở Công Thương", "Liên minh HTX tỉnh"]]),
}


def _head(case: dict) -> list[str]:
    return [line.format(**{k: v for k, v in case.items() if isinstance(v, str)}) for line in HEAD]


def _check(draft, case):
    assert len(draft.tasks) == len(case["rows"])
    for task, leads, coops in zip(draft.tasks, case["leads"], case["coops"]):
        assert [draft.names[a] for a in task["lead"]] == leads
        assert sorted(draft.names[a] for a in task.get("cooperating", [])) == sorted(coops)


@pytest.mark.parametrize("name", CASES)
def test_bold_bodies_lead_in_a_word_table(tmp_path, name):
    case = CASES[name]
    bold: dict[tuple[int, int], list[bool]] = {}
    rows = [["STT", "Công việc", "Đơn vị thực hiện" if name == "audit" else "Cơ quan thực hiện", "Thời hạn"]]
    for r, (number, work, doers, due) in enumerate(case["rows"], start=1):
        rows.append([number, work, "", due])
        bold[r, 2] = [d.startswith("*") for d in doers]
        rows[-1][2] = "\n".join(d.lstrip("*") for d in doers)

    def fill(table):  # each body a paragraph of its own, the lead's runs in bold
        for (r, c), marks in bold.items():
            cell = table.rows[r].cells[c]
            names = cell.text.split("\n")
            cell.text = ""
            for k, (body, strong) in enumerate(zip(names, marks)):
                paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                paragraph.add_run(body).bold = strong

    draft = word_document(tmp_path, "ke-hoach.docx", _head(case), rows, TAIL, fill=fill)
    _check(draft, case)


@pytest.mark.parametrize("name", CASES)
def test_bold_bodies_lead_in_a_markdown_table(tmp_path, name):
    case = CASES[name]
    rows = [[number, work, "<br>".join(f"**{d[1:]}**" if d.startswith("*") else d for d in doers), due]
            for number, work, doers, due in case["rows"]]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        _head(case), ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"], rows, [""] + TAIL, ".md"))
    _check(draft, case)


@pytest.mark.parametrize("bold", [True, False])
def test_a_cell_all_bold_or_all_plain_leads_by_order(tmp_path, bold):
    mark = (lambda s: f"**{s}**") if bold else (lambda s: s)
    rows = [["1", "Khảo sát mức độ ứng dụng công nghệ số của các hợp tác xã",
             f"{mark('Văn phòng Sở')}<br>{mark('Chi cục Phát triển nông thôn')}", "Quý I/2027"]]
    case = CASES["department"]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        _head(case), ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"], rows, [""] + TAIL, ".md"))
    assert draft.lead("Khảo sát") == ["Văn phòng Sở"] and draft.coop("Khảo sát") == ["Chi cục Phát triển nông thôn"]


@pytest.mark.parametrize("note", [CASES["audit"]["note"], CASES["department"]["note"],
                                  "Ghi chú: trong cột Đơn vị thực hiện, đơn vị được in đậm là đơn vị chủ trì."])
def test_the_note_on_bold_is_no_task(note):
    assert gives_no_task(note)
