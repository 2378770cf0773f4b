"""kehoach import: a note that names fields unquoted before what they stand for ("(Khoa, phòng đứng lớp chịu trách
nhiệm chính; …)", "*Ai nắm* là đơn vị chịu trách nhiệm chính, …", "Cột Mở màn ghi thời hạn …"), kept only where the
document prints the name as a label or a column's head; a note on what each kind of bracket holds ("[ ] là đơn vị chủ
trì, { } là đơn vị phối hợp, < > là thời hạn"); labels in Markdown's emphasis ("*Ai nắm:* X — *Ai đỡ:* Y"); a name and
its value apart by a dot leader ("Vai chính ………… X"), under a column of the roles handed out ("Phân vai"); a hooked
arrow and dotted bars ("⤷ gánh chính: X ⁞ gánh phụ: Y ⁞ hạn chót: Z"); a time's head over "Từ | Đến" in a header of two
rows; the doers between two spaced dashes joined by "&" (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tHIỆU TRƯỞNG", "- Lưu: VT.", "", "\tTrần Văn Lâm"]
SCHOOL = dict(issuer="TRƯỜNG CAO ĐẲNG NÔNG NGHIỆP HỒNG LAM", number="214/KH-CĐHL", place="Hà Tĩnh",
              title="Bồi dưỡng cán bộ hợp tác xã năm học 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 10 tháng 10 năm 2026", **(values or SCHOOL))[:-1]


# --- names a note gives fields unquoted -------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("note, lead, partner, due", [
    ("(Khoa, phòng đứng lớp chịu trách nhiệm chính; đơn vị ghi ở dòng \"Mời cùng dạy\" là nơi phối hợp; \"Bế giảng\" là "
     "thời hạn phải xong.)", "Khoa, phòng đứng lớp", "Mời cùng dạy", "Bế giảng"),
    ("Dưới mỗi việc: *Ai nắm* là đơn vị chịu trách nhiệm chính, *Ai đỡ* là nơi phối hợp, *Mốc* là thời hạn.",
     "*Ai nắm:*", "*Ai đỡ:*", "*Mốc:*"),
    ("Dưới mỗi việc: Tổ cầm cờ là đơn vị chủ trì; Tổ theo cờ là đơn vị phối hợp; Ngày về đích là thời hạn.",
     "Tổ cầm cờ:", "Tổ theo cờ:", "Ngày về đích:")])
def test_names_given_unquoted_before_their_meaning(tmp_path, suffix, note, lead, partner, due):
    lead, partner, due = (name if ":" in name else f"{name}:" for name in (lead, partner, due))
    lines = ["II. CÁC LỚP VÀ VIỆC CẦN LÀM", note, "",
             "1. Lớp kế toán hợp tác xã theo chế độ kế toán mới (02 lớp): ghi sổ, lập báo cáo tài chính.",
             f"      {lead} Khoa Kinh tế - Quản trị", f"      {partner} Sở Tài chính", f"      {due} tháng 01/2027", "",
             "2. Biên soạn 04 tài liệu học tập ngắn cho các lớp trên.", f"      {lead} Phòng Đào tạo",
             f"      {partner} không", f"      {due} 31/10/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Lớp kế ", "Biên so"]  # not the note
    assert draft.lead("Lớp kế") == ["Khoa Kinh tế - Quản trị"]
    assert draft.coop("Lớp kế") == ["Sở Tài chính"]
    assert draft["Lớp kế"]["deadline"]["month"] == 1
    assert draft.lead("Biên soạn") == ["Phòng Đào tạo"]
    assert draft["Biên soạn"]["deadline"]["before"] == "2026-10-31"


def test_an_unquoted_name_no_line_prints_is_no_label():
    from generator.importer import own_labels

    note = ["(Khoa, phòng đứng lớp chịu trách nhiệm chính; tổ bộ môn là nơi phối hợp.)",
            "1. Lớp kế toán.", "Khoa, phòng đứng lớp: Khoa Kinh tế"]
    assert own_labels.names(note) == {"khoa, phong dung lop": "Chủ trì"}  # "tổ bộ môn" labels no line


# --- what each kind of bracket holds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("note, line", [
    ("Ghi chú cách đọc: dưới mỗi việc có một dòng, trong ngoặc vuông [ ] là đơn vị chủ trì, trong ngoặc nhọn { } là đơn "
     "vị phối hợp, trong dấu < > là thời hạn.", "   [{lead}] {{{coop}}} <{due}>"),
    ("Quy ước: { } là đơn vị chủ trì; [ ] là đơn vị phối hợp; < > là thời hạn.", "   <{due}> {{{lead}}} [{coop}]")])
def test_a_note_on_what_each_kind_of_bracket_holds(tmp_path, suffix, note, line):
    lines = ["II. NHIỆM VỤ CỤ THỂ", note, "",
             "1. Khảo sát hiện trạng 02 lò gốm đốt than của hợp tác xã, lập phương án chuyển sang lò ga.",
             line.format(lead="Phòng Kinh tế, Hạ tầng và Đô thị", coop="HTX Gốm Mạo Khê; Sở Công Thương", due="31/3/2026"),
             "", "2. Đo khói, bụi tại khu lò gốm trước và sau khi chuyển đổi.",
             line.format(lead="Phòng Kinh tế, Hạ tầng và Đô thị", coop="Sở Nông nghiệp và Môi trường", due="tháng 9/2026")]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="ỦY BAN NHÂN DÂN PHƯỜNG MẠO KHÊ", number="126/KH-UBND",
                                                          place="Quảng Ninh", title="Hỗ trợ hợp tác xã năm 2026")
                       + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Khảo sá", "Đo khói"]
    assert draft.lead("Khảo sát") == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert draft.coop("Khảo sát") == ["HTX Gốm Mạo Khê", "Sở Công Thương"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-03-31"
    assert draft["Đo khói"]["deadline"]["month"] == 9


# --- a name and its value apart by a dot leader, under a column of the roles handed out ---------------------------------

@pytest.mark.parametrize("head, lead, partner", [("Phân vai", "Vai chính", "Vai phụ"),
                                                 ("Phân công", "Người gánh", "Người đỡ")])
def test_a_cast_list_of_roles_in_a_cell(tmp_path, head, lead, partner):
    before = ["KẾ HOẠCH", "Đặt hàng của hợp tác xã mùa diễn 2025 - 2026", "II. CHƯƠNG TRÌNH CÔNG VIỆC",
              f"Ở cột {head}, dòng “{lead}” ghi bộ phận, đơn vị chịu trách nhiệm chính; các dòng “{partner}” ghi nơi cùng "
              "làm. Cột Mở màn ghi thời hạn phải xong việc."]
    rows = [["Tiết mục", "Nội dung", head, "Mở màn"],
            ["01", "Đặt HTX Điêu khắc gỗ Phúc Lộc khắc mới 40 quân rối bằng gỗ sung",
             f"{lead} ………… Tổ Tạo hình\n{partner} ………… HTX Điêu khắc gỗ Phúc Lộc", "30/9/2025"],
            ["02", "Thuê HTX Sơn ta Cát Đằng phủ sơn ta cho quân rối mới",
             f"{lead} ………… Tổ Tạo hình\n{partner} ………… HTX Sơn ta Cát Đằng\n{partner} ………… Phòng Kế hoạch - Tài chính",
             "Tháng 11/2025"]]

    def lines_in_cells(table):
        for row, values in zip(table.rows, rows):
            for cell, value in zip(row.cells, values):
                if "\n" in value:
                    cell.text = ""
                    first, *more = value.split("\n")
                    cell.paragraphs[0].add_run(first)
                    for line in more:
                        cell.add_paragraph(line)

    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, ["III. TỔ CHỨC THỰC HIỆN"], fill=lines_in_cells)
    assert [t[:7] for t in draft.texts()] == ["Đặt HTX", "Thuê HT"]
    assert draft.lead("Đặt HTX") == ["Tổ Tạo hình"]
    assert draft.coop("Đặt HTX") == ["HTX Điêu khắc gỗ Phúc Lộc"]
    assert draft["Đặt HTX"]["deadline"]["before"] == "2025-09-30"
    assert draft.coop("Thuê HTX") == ["HTX Sơn ta Cát Đằng", "Phòng Kế hoạch - Tài chính"]
    assert draft["Thuê HTX"]["deadline"]["month"] == 11


# --- a hooked arrow and dotted bars ------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("arrow, bar", [("⤷", "⁞"), ("↳", "¦")])
def test_a_hooked_arrow_and_dotted_bars(tmp_path, suffix, arrow, bar):
    lines = ["II. CÔNG VIỆC", f"Cách ghi: dòng \"{arrow}\" ngay dưới ghi bên gánh chính (chịu trách nhiệm chính), bên gánh "
             "phụ (cùng làm) và hạn chót.", "",
             "1. Thống kê các hợp tác xã đang bán sản phẩm OCOP, đặc sản trong tỉnh.",
             f"    {arrow} gánh chính: Văn phòng Hội {bar} gánh phụ: Liên minh Hợp tác xã tỉnh {bar} hạn chót: 30/9/2026", "",
             "2. Mở 04 lớp tập huấn cho cán bộ bán hàng của hợp tác xã.",
             f"    {arrow} gánh chính: Ban Tư vấn pháp luật {bar} gánh phụ: Sở Công Thương, Sở Khoa học và Công nghệ "
             f"{bar} hạn chót: tháng 11/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="HỘI BẢO VỆ NGƯỜI TIÊU DÙNG TỈNH", number="23/KH-HBV",
                                                          place="Khánh Hòa", title="Bảo vệ hàng hợp tác xã")
                       + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Thống k", "Mở 04 l"]
    assert draft.lead("Thống kê") == ["Văn phòng Hội"]
    assert draft.coop("Thống kê") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Thống kê"]["deadline"]["before"] == "2026-09-30"
    assert draft.coop("Mở 04") == ["Sở Công Thương", "Sở Khoa học và Công nghệ"]
    assert draft["Mở 04"]["deadline"]["month"] == 11


# --- a time's head over "Từ | Đến" -------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end", [("Từ", "Đến"), ("Bắt đầu", "Kết thúc")])
def test_the_end_of_a_time_head_over_two_columns_is_the_deadline(tmp_path, start, end):
    before = ["KẾ HOẠCH", "Mua rau của hợp tác xã", "II. PHÂN CÔNG VÀ LỊCH THỰC HIỆN"]
    rows = [["TT", "Việc", "Bộ phận", "Bộ phận", "Thời gian", "Thời gian"],
            ["TT", "Việc", "Chủ trì", "Phối hợp", start, end],
            ["1", "Khảo sát vườn rau của 04 hợp tác xã ở các xã An Lão, Kiến Thụy", "Phòng Mua hàng",
             "Bộ phận Quầy dinh dưỡng", "01/9/2026", "25/9/2026"],
            ["2", "Ký hợp đồng mua rau theo đơn từng tuần với HTX Nông nghiệp sạch An Lão", "Phòng Tài chính - Kế toán",
             "Phòng Mua hàng", "tháng 10/2026", "tháng 12/2026"]]

    def merged_heads(table):
        for k in (2, 4):
            table.rows[0].cells[k].merge(table.rows[0].cells[k + 1]).text = rows[0][k]

    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, ["III. TỔ CHỨC THỰC HIỆN"], fill=merged_heads)
    assert [t[:7] for t in draft.texts()] == ["Khảo sá", "Ký hợp "]
    assert draft.lead("Khảo sát") == ["Phòng Mua hàng"]
    assert draft.coop("Khảo sát") == ["Bộ phận Quầy dinh dưỡng"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-25"  # its end, not its start
    assert draft["Ký hợp"]["deadline"]["month"] == 12


# --- the doers between two spaced dashes, joined by "&" ---------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("join", [" & ", "; "])
def test_doers_between_dashes_the_first_leads(tmp_path, suffix, join):
    lines = ["2. Các việc cụ thể", "", "a) Rà soát số cân hợp tác xã đang dùng mua lúa; lập lịch kiểm định tại chỗ — Phòng "
             f"Kiểm định đo lường{join}Liên minh Hợp tác xã tỉnh — 31/10/2026", "",
             "b) Soạn tiêu chuẩn cơ sở mẫu cho khô cá lóc, mắm cá linh — Phòng Tiêu chuẩn - Mã số mã vạch"
             f"{join}Trung tâm Khuyến công tỉnh{join}Liên minh Hợp tác xã tỉnh — 15/12/2026", "",
             "c) Làm báo cáo kết quả gửi Sở Khoa học và Công nghệ — Phòng Hành chính - Tổng hợp — 31/3/2027"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG", number="77/KH-TDC",
                                                          place="An Giang", title="Hỗ trợ hợp tác xã đo lường")
                       + lines + TAIL)
    assert draft.lead("Rà soát") == ["Phòng Kiểm định đo lường"]
    assert draft.coop("Rà soát") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Soạn") == ["Phòng Tiêu chuẩn - Mã số mã vạch"]
    assert len(draft.coop("Soạn")) == 2
    assert draft.lead("Làm báo cáo") == ["Phòng Hành chính - Tổng hợp"]
    assert draft["Làm báo cáo"]["deadline"]["before"] == "2027-03-31"


@pytest.mark.parametrize("lead, coop", [("☆️", "★️"), ("👤", "🤝")])
def test_signs_with_their_variation_selector_are_no_kind_of_bracket(lead, coop):
    # a sign of two code points (its variation selector after it) is a sign a legend defines, not a pair of brackets
    from generator.importer import own_labels

    lines = ["II. NHIỆM VỤ", f"Ghi chú: {lead} là đơn vị chủ trì; {coop} là đơn vị phối hợp.", "1. Rà soát hợp tác xã.",
             f"{lead} Phòng Kinh tế · {coop} Sở Tài chính"]
    assert own_labels.relabelled(lines)[3] == "Chủ trì: Phòng Kinh tế · Phối hợp: Sở Tài chính"
