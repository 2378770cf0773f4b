"""kehoach import: a doers' cell whose lead is printed in bold (issue 11).

- "Ghi chú: ở cột “Đơn vị thực hiện”, đơn vị in đậm là đơn vị chủ trì; các đơn vị còn lại phối hợp." over a table whose
  doers' cells list bodies a line each, some in bold: the bold ones lead (wherever they stand in the cell), the others
  cooperate; the note is no task.
- The same in a Word table (bold runs) and in Markdown ("**Phòng Kiểm toán 2**<br>Phòng Tư vấn thuế").
- The bodies on one line, parted by "," or ";", the lead among them in bold ("Liên minh HTX tỉnh, **Ban Kinh tế - Xã
  hội**, Trung tâm …"), in Markdown and in a Word paragraph of bold and plain runs.
- A cell all in bold, or all plain, says nothing by its print: the body named first leads, as before; nor does a bold
  label ("**Chủ trì:** …") or a bold word inside a name.

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


# --- the bodies on one line, parted by "," or ";", the lead among them in bold ----------------------------------------

ONE_LINE = {  # the doers as printed: "*" marks a bold body; the separators between them as the row types them
    "association": dict(issuer="HỘI NÔNG DÂN TỈNH AN GIANG", code="HND", place="An Giang", boss="CHỦ TỊCH",
                        title="Hội viên tham gia kinh tế tập thể năm 2027",
                        note="Ghi chú: tên in đậm là đơn vị chủ trì; đơn vị không in đậm là đơn vị phối hợp.",
                        rows=[["1", "Lập danh sách hội viên có nhu cầu vào tổ hợp tác",
                               ["*Hội Nông dân các xã, phường", "; ", "Ban Kinh tế - Xã hội"], "Tháng 3/2027"],
                              ["2", "Mở lớp tập huấn Luật Hợp tác xã cho hội viên",
                               ["Liên minh HTX tỉnh", ", ", "*Ban Kinh tế - Xã hội", ", ",
                                "Trung tâm Hỗ trợ nông dân"], "Quý II/2027"],
                              ["3", "Đưa tin về hợp tác xã tiêu biểu trên trang của Hội",
                               ["*Ban Tuyên huấn"], "Hằng tháng"]],
                        leads=[["Hội Nông dân các xã, phường"], ["Ban Kinh tế - Xã hội"], ["Ban Tuyên huấn"]],
                        coops=[["Ban Kinh tế - Xã hội"], ["Liên minh HTX tỉnh", "Trung tâm Hỗ trợ nông dân"], []]),
    "company": dict(issuer="CÔNG TY CỔ PHẦN NÔNG SẢN TÂY NGUYÊN", code="NSTN", place="Đắk Lắk", boss="GIÁM ĐỐC",
                    title="Thu mua cà phê vụ 2026 - 2027 qua các hợp tác xã",
                    note="Lưu ý: bộ phận in đậm chủ trì, các bộ phận khác phối hợp.",
                    rows=[["1", "Ký hợp đồng bao tiêu với các hợp tác xã cà phê",
                           ["Phòng Kế toán", "; ", "*Phòng Thu mua", "; ", "Phòng Pháp chế"], "Trước 30/10/2026"],
                          ["2", "Kiểm tra chất lượng hạt tại kho hợp tác xã",
                           ["*Phòng Kỹ thuật", ", ", "Phòng Thu mua"], "Tháng 11/2026"]],
                    leads=[["Phòng Thu mua"], ["Phòng Kỹ thuật"]],
                    coops=[["Phòng Kế toán", "Phòng Pháp chế"], ["Phòng Thu mua"]]),
}


def _one_paragraph_of_runs(runs: dict[int, list[tuple[str, bool]]]):
    """A ``fill`` for ``word_document``: each row's doers' cell (the third) one paragraph of runs, each bold or not."""
    def fill(table):
        for r, pieces in runs.items():
            paragraph = table.rows[r].cells[2].paragraphs[0]
            for text, strong in pieces:
                paragraph.add_run(text).bold = strong
    return fill


@pytest.mark.parametrize("name", ONE_LINE)
def test_a_bold_body_among_others_on_one_line_leads_in_markdown(tmp_path, name):
    case = ONE_LINE[name]
    rows = [[number, work, "".join(f"**{d[1:]}**" if d.startswith("*") else d for d in doers), due]
            for number, work, doers, due in case["rows"]]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        _head(case), ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], rows, [""] + TAIL, ".md"))
    _check(draft, case)


@pytest.mark.parametrize("name", ONE_LINE)
def test_a_bold_body_among_others_on_one_line_leads_in_word(tmp_path, name):
    case = ONE_LINE[name]
    # one paragraph, the lead's run in bold between plain runs
    runs = {r: [(d.lstrip("*"), d.startswith("*")) for d in doers]
            for r, (_, _, doers, _) in enumerate(case["rows"], start=1)}
    rows = [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]] + [
        [number, work, "", due] for number, work, _, due in case["rows"]]
    draft = word_document(tmp_path, "ke-hoach.docx", _head(case), rows, TAIL, fill=_one_paragraph_of_runs(runs))
    _check(draft, case)


def test_a_bold_word_inside_a_cell_or_a_bold_label_marks_no_lead(tmp_path):
    """Bold that is no whole name of a list ("**Chủ trì:** Phòng Thu mua, Phòng Kế toán": a label; "Phòng **Thu
    mua**": a word) says nothing of roles: the labelled or first body leads, as before."""
    case = ONE_LINE["company"]
    rows = [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
            ["1", "Ký hợp đồng bao tiêu với các hợp tác xã cà phê", "", "Trước 30/10/2026"],
            ["2", "Kiểm tra chất lượng hạt tại kho hợp tác xã", "", "Tháng 11/2026"]]
    runs = {1: [("Chủ trì:", True), (" Phòng Thu mua; phối hợp: Phòng Kế toán", False)],
            2: [("Phòng ", False), ("Kỹ thuật", True), (", Phòng Thu mua", False)]}
    draft = word_document(tmp_path, "ke-hoach.docx", _head(case), rows, TAIL, fill=_one_paragraph_of_runs(runs))
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"] and draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    # a list of bodies in a doers' column, no mark of roles: each does the work, as the same cell typed plain reads
    assert draft.lead("Kiểm tra chất lượng") == ["Phòng Kỹ thuật", "Phòng Thu mua"]
    assert draft.coop("Kiểm tra chất lượng") == []


@pytest.mark.parametrize("note", [CASES["audit"]["note"], CASES["department"]["note"], ONE_LINE["company"]["note"],
                                  "Ghi chú: trong cột Đơn vị thực hiện, đơn vị được in đậm là đơn vị chủ trì."])
def test_the_note_on_bold_is_no_task(note):
    assert gives_no_task(note)
