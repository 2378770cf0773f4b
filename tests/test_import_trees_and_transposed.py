"""kehoach import: a table laid out a task a column, its rows the work and the fields; a time cell with a note in
brackets after it ("26/9/2026 (số đầu tiên)"); a share-out drawn as a tree ("Phòng X" / "├── Rà soát …" / "│   └── xong:
15/9/2026"); one joint label for several fields ("Chủ trì/Phối hợp/Thời hạn: X / Y / tháng 11/2025"); a doers' cell
"lead ← partners"; a task drawn as a small table of its own, each cell a label over its value (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, with_table, written, written_as

TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "", "\tHồ Văn Lâm"]
BAO = dict(issuer="BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TỈNH NGHỆ AN", number="215/KH-BPTTH", place="Nghệ An",
           title="Tuyên truyền về hợp tác xã năm 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 02 tháng 9 năm 2026", **(values or BAO))[:-1]


# --- a table laid out a task a column --------------------------------------------------------------------------------------

@pytest.mark.parametrize("labels", [("Làm gì", "Ai chủ trì", "Ai phối hợp", "Xong trước"),
                                    ("Nội dung", "Chủ trì", "Phối hợp", "Thời hạn")])
def test_a_table_laid_out_a_task_a_column(tmp_path, labels):
    work, lead, partner, due = labels
    table = ["| | Việc 1 | Việc 2 | Việc 3 |", "|---|---|---|---|",
             f"| **{work}** | Mở chuyên mục về hợp tác xã trên báo in số thứ Bảy | Làm loạt 5 phóng sự về hợp tác xã "
             "nuôi trồng thủy sản | Tọa đàm phát thanh hỏi - đáp về vốn cho hợp tác xã |",
             f"| **{lead}** | Ban Kinh tế | Ban Thời sự truyền hình | Ban Phát thanh |",
             f"| **{partner}** | Liên minh Hợp tác xã tỉnh | — | Ngân hàng Chính sách xã hội tỉnh |",
             f"| **{due}** | 26/9/2026 (số đầu tiên) | 30/11/2026 | Quý I/2027 |"]
    lines = [line.replace("\t", " ") for line in _head()] + ["", "## II. PHÂN CÔNG", ""] + table + [
        "", "## III. TỔ CHỨC THỰC HIỆN", "", "Các ban làm đúng hạn.", ""] + [line.replace("\t", " ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert [t[:12] for t in draft.texts()[:3]] == ["Mở chuyên mụ", "Làm loạt 5 p", "Tọa đàm phát"]
    assert draft.lead("Mở chuyên mục") == ["Ban Kinh tế"]
    assert draft.coop("Mở chuyên mục") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Mở chuyên mục"]["deadline"]["before"] == "2026-09-26"  # the note in brackets after the day
    assert draft.lead("Làm loạt") == ["Ban Thời sự truyền hình"]
    assert draft.coop("Làm loạt") == []
    assert draft["Tọa đàm"]["deadline"]["quarters"] == [1]


@pytest.mark.parametrize("printed, kind", [("26/9/2026 (số đầu tiên)", "before"), ("Tháng 10/2026 (vụ đông)", "month"),
                                           ("Sau thu hoạch (dự kiến)", "unspecified")])
def test_a_time_cell_with_a_note_in_brackets(printed, kind):
    from generator.importer import fields

    assert fields.deadline(printed, cell=True).kind == kind


# --- a share-out drawn as a tree -------------------------------------------------------------------------------------------

UNICODE = ["Phòng Kế hoạch", "├── Rà soát tiêu chí tổ chức sản xuất ở 69 xã, phường; lập danh sách xã có",
           "│   hợp tác xã hoạt động cầm chừng", "│   ├── cùng: Ủy ban nhân dân các xã, phường",
           "│   └── xong: 15/9/2026", "└── Tổng hợp kết quả sáu tháng, báo cáo Ban Chỉ đạo tỉnh",
           "    └── xong: 20/6/2027", "", "Văn phòng Sở", "└── Soạn cuốn hỏi - đáp về Luật Hợp tác xã năm 2023",
           "    ├── cùng: Liên minh Hợp tác xã tỉnh", "    └── xong: tháng 11/2026"]
ASCII = [line.replace("├──", "|--").replace("└──", "`--").replace("│", "|") for line in UNICODE]


@pytest.mark.parametrize("tree", [UNICODE, ASCII], ids=["unicode", "ascii"])
def test_a_share_out_drawn_as_a_tree(tmp_path, tree):
    head = _head(issuer="VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH HÀ TĨNH", number="127/KH-VPĐP", place="Hà Tĩnh",
                 title="Hỗ trợ hợp tác xã ở các xã nông thôn mới")
    draft = written(tmp_path, "ke-hoach.txt", head + ["III. PHÂN CÔNG THỰC HIỆN"] + tree + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Rà soát ", "Tổng hợp", "Soạn cuố"]
    assert draft["Rà soát"]["text"].endswith("hợp tác xã hoạt động cầm chừng")  # its wrapped line
    assert draft.lead("Rà soát") == ["Phòng Kế hoạch"]
    assert draft.coop("Rà soát") == ["Ủy ban nhân dân các xã, phường"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-09-15"
    assert draft["Tổng hợp"]["deadline"]["before"] == "2027-06-20"
    assert draft.lead("Soạn cuốn") == ["Văn phòng Sở"]
    assert draft["Soạn cuốn"]["deadline"]["month"] == 11


# --- one joint label for several fields -------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_one_joint_label_for_several_fields(tmp_path, suffix):
    head = _head(issuer="BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG", number="1184/KH-BHXH", place="Vĩnh Long",
                 title="Bảo hiểm xã hội cho thành viên hợp tác xã")
    lines = ["II. NHIỆM VỤ", "Việc 1. Đối chiếu danh sách hợp tác xã với số đơn vị đang đóng bảo hiểm.",
             "   Chủ trì/Phối hợp/Thời hạn: Phòng Thu - Sổ, thẻ / Sở Tài chính; Liên minh Hợp tác xã tỉnh / tháng 11/2026",
             "Việc 2. Gửi văn bản hướng dẫn thủ tục đăng ký đóng bảo hiểm cho hợp tác xã.",
             "   Chủ trì/Phối hợp/Thời hạn: Phòng Thu - Sổ, thẻ / không / trước 15/12/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, head + lines + TAIL)
    assert draft.lead("Việc 1") == ["Phòng Thu - Sổ, thẻ"]
    assert len(draft.coop("Việc 1")) == 2
    assert draft["Việc 1"]["deadline"]["month"] == 11
    assert draft.coop("Việc 2") == []
    assert draft["Việc 2"]["deadline"]["before"] == "2026-12-15"


def test_a_joint_label_whose_values_do_not_match_is_left_as_printed():
    from generator.importer import field_tables

    line = "Chủ trì/Phối hợp: Phòng Thu - Sổ, thẻ"
    assert field_tables._joint_fields(line) == line
    assert field_tables._joint_fields("Chủ trì/Phối hợp: Phòng Thu / Sở Tài chính") == \
        "Chủ trì: Phòng Thu; Phối hợp: Sở Tài chính"


# --- "lead ← partners" in a doers' cell ------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_doers_cell_lead_then_partners_after_an_arrow(tmp_path, suffix):
    head = _head(issuer="TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP TỈNH ĐỒNG THÁP", number="112/KH-TTDVNN", place="Đồng Tháp",
                 title="Lúa giảm phát thải với hợp tác xã")
    rows = [["Khảo sát 9 hợp tác xã mới đăng ký tham gia đề án lúa chất lượng cao", "Phòng Kỹ thuật ← Trạm Dịch vụ "
             "nông nghiệp khu vực Cái Bè", "Tháng 10/2026"],
            ["Làm 05 cánh đồng trình diễn giảm giống, giảm phân", "Phòng Kỹ thuật ← HTX Nông nghiệp Mỹ Thành, HTX "
             "Dịch vụ nông nghiệp Tân Phước", "Vụ Đông Xuân 2026 - 2027"],
            ["Lập hồ sơ đề nghị hỗ trợ máy cuộn rơm cho hợp tác xã", "Phòng Hành chính - Tổng hợp", "Quý I/2027"]]
    lines = with_table(head + ["II. NHIỆM VỤ"], ["Việc", "Ai làm", "Hạn"], rows,
                       ["III. TỔ CHỨC THỰC HIỆN", "Các phòng làm đúng hạn."], suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines + TAIL)
    assert draft.lead("Khảo sát 9") == ["Phòng Kỹ thuật"]
    assert draft.coop("Khảo sát 9") == ["Trạm Dịch vụ nông nghiệp khu vực Cái Bè"]
    assert draft.lead("Làm 05") == ["Phòng Kỹ thuật"]
    assert len(draft.coop("Làm 05")) == 2
    assert draft.lead("Lập hồ sơ") == ["Phòng Hành chính - Tổng hợp"]
    assert draft.coop("Lập hồ sơ") == []


# --- a task drawn as a small table of its own, each cell a label over its value ----------------------------------------------

CARDS = [(("Việc 1 · Nội dung", "Khảo sát vùng trồng sả của hợp tác xã dược liệu, lấy mẫu tinh dầu"),
          ("Thời hạn", "Trước 15/10/2026"), ("Đầu mối", "Phòng Nghiên cứu - Phát triển"), ("Cùng làm", "Phòng Mua hàng")),
         (("Việc 2 · Nội dung", "Ký hợp đồng bao tiêu tinh dầu sả cả năm 2027 với hai hợp tác xã"),
          ("Thời hạn", "Tháng 11/2026"), ("Đầu mối", "Phòng Mua hàng"), ("Cùng làm", "—"))]
KSB = dict(issuer="CÔNG TY CỔ PHẦN KIỂM SOÁT CÔN TRÙNG BÌNH AN", number="38/KH-KSBA", place="Đồng Nai",
           title="Mua tinh dầu của hợp tác xã")


def _check_cards(draft) -> None:
    assert [t[:8] for t in draft.texts()[:2]] == ["Khảo sát", "Ký hợp đ"]  # the work, its label apart
    assert draft.lead("Khảo sát") == ["Phòng Nghiên cứu - Phát triển"]
    assert draft.coop("Khảo sát") == ["Phòng Mua hàng"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-10-15"
    assert draft.lead("Ký hợp đồng") == ["Phòng Mua hàng"]
    assert draft.coop("Ký hợp đồng") == []


def test_cards_drawn_as_small_word_tables(tmp_path):
    import docx

    from drafts import Draft

    document = docx.Document()
    for line in _head(**KSB) + ["II. PHÂN CÔNG"]:
        document.add_paragraph(line)
    for card in CARDS:
        table = document.add_table(rows=2, cols=2)
        for cell, (label, value) in zip([c for row in table.rows for c in row.cells], card):
            cell.paragraphs[0].text = label
            cell.add_paragraph(value)
        document.add_paragraph("")
    for line in ["III. TỔ CHỨC THỰC HIỆN", "Các phòng làm đúng hạn."] + TAIL:
        document.add_paragraph(line)
    document.save(tmp_path / "ke-hoach.docx")
    _check_cards(Draft(tmp_path / "ke-hoach.docx"))


def test_cards_drawn_as_small_markdown_tables(tmp_path):
    lines = [line.replace("\t", " ") for line in _head(**KSB)] + ["", "## II. PHÂN CÔNG", ""]
    for card in CARDS:
        cells = [f"{label}<br>{value}" for label, value in card]
        lines += [f"| {cells[0]} | {cells[1]} |", "|---|---|", f"| {cells[2]} | {cells[3]} |", ""]
    lines += ["## III. TỔ CHỨC THỰC HIỆN", "", "Các phòng làm đúng hạn.", ""] + [line.replace("\t", " ") for line in TAIL]
    _check_cards(written(tmp_path, "ke-hoach.md", lines))
