"""kehoach import: a line of fields quoted under its work in Markdown ("> Đứng quầy: **X** · Phụ quầy: Y"); a part
titled for the work and whoever does it, by any name ("II. CÁC VIỆC VÀ NGƯỜI ĐỨNG QUẦY"); a labelled line under a
short title whose ";" lists one field's names ("Phối hợp: Sở Y tế; Sở Công Thương | Thời hạn: …"); the document's own
fields run on after the work ("… — Gieo: X. Vun: Y. Gặt: Z."); a note's words for partners and times ("đơn vị góp
vào", "bộ phận hỗ trợ", "lúc việc phải xong") and for a name the body stands under ("bộ phận đứng “Đầu dây”"); a
table's doers' column known by its cells ("**Đầu dây: X**<br>Nối dây: Y") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "", "\tPhạm Thị Lan"]
SCT = dict(issuer="SỞ CÔNG THƯƠNG TỈNH AN GIANG", number="2894/KH-SCT", place="An Giang",
           title="Hội chợ sản phẩm hợp tác xã")


def _head(**values) -> list[str]:
    return plan_head("ngày 16 tháng 10 năm 2026", **(values or SCT))[:-1]


def _markdown_head(**values) -> list[str]:
    return [line.replace("\t", " | ") for line in _head(**values)]


@pytest.mark.parametrize("lead, coop, due", [("Đứng quầy", "Phụ quầy", "Dọn quầy xong"),
                                             ("Cầm trịch", "Đỡ lời", "Hạ màn")])
@pytest.mark.parametrize("nested", [False, True])
def test_a_line_of_own_fields_quoted_under_its_work(tmp_path, lead, coop, due, nested):
    quote = "> > " if nested else "> "
    lines = ["## II. NHIỆM VỤ", "",
             f"Mỗi việc có một dòng trích dẫn bên dưới: **{lead}** là đơn vị chịu trách nhiệm chính, **{coop}** là đơn "
             f"vị cùng làm, **{due}** là thời hạn.", "",
             "1. Xây dựng phương án tổ chức, sơ đồ 160 gian hàng, trình UBND tỉnh phê duyệt",
             f"   {quote}{lead}: **Phòng Quản lý thương mại** · {coop}: Văn phòng Sở · {due}: 31/10/2026", "",
             "2. Kiểm tra nguồn gốc, nhãn hàng hóa của hàng đưa vào Hội chợ",
             f"   {quote}{lead}: **Chi cục Quản lý thị trường tỉnh** · {coop}: Sở Y tế; Sở Nông nghiệp và Môi trường · "
             f"{due}: tháng 12/2026"]
    draft = written(tmp_path, "ke-hoach.md", _markdown_head() + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Xây dựn", "Kiểm tr"]
    assert draft.lead("Xây dựng") == ["Phòng Quản lý thương mại"]
    assert draft.coop("Xây dựng") == ["Văn phòng Sở"]
    assert draft["Xây dựng"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Kiểm tra") == ["Chi cục Quản lý thị trường tỉnh"]
    assert draft.coop("Kiểm tra") == ["Sở Y tế", "Sở Nông nghiệp và Môi trường"]
    assert draft["Kiểm tra"]["deadline"]["month"] == 12


@pytest.mark.parametrize("title", ["II. CÁC VIỆC VÀ NGƯỜI ĐỨNG QUẦY", "II. Việc và đơn vị gánh việc",
                                   "II. NHỮNG VIỆC VÀ BỘ PHẬN CẦM LÁI"])
def test_a_part_titled_for_the_work_and_its_doers(tmp_path, title):
    # (the doers said in a sentence under each item, no label: what the part is decides whether its items are work)
    lines = [title, "1. Mời hợp tác xã, tổ hợp tác đăng ký gian hàng, ưu tiên sản phẩm OCOP",
             "   Trung tâm Xúc tiến thương mại chủ trì, hoàn thành trước 31/10/2026.", "",
             "2. Tuyên truyền Hội chợ trên báo, đài của tỉnh", "   Văn phòng Sở thực hiện trong tháng 11/2026.", "",
             "III. TỔ CHỨC THỰC HIỆN", "Các phòng thuộc Sở thực hiện đúng phần II."]
    draft = written(tmp_path, "ke-hoach.md", _markdown_head() + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()][:2] == ["Mời hợp", "Tuyên t"]


@pytest.mark.parametrize("bar", [" | ", " · ", " ‖ "])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_one_fields_names_listed_by_a_semicolon_under_a_short_title(tmp_path, bar, suffix):
    lines = ["1. Kiểm tra nguồn gốc hàng hóa đưa vào Hội chợ",
             f"   Chủ trì: Chi cục Quản lý thị trường tỉnh{bar}Phối hợp: Sở Y tế; Sở Nông nghiệp và Môi trường{bar}"
             "Thời hạn: tháng 12/2026", "",
             "2. Tổ chức kết nối hợp tác xã với siêu thị",
             f"   Chủ trì: Trung tâm Xúc tiến thương mại{bar}Phối hợp: Hiệp hội Doanh nghiệp tỉnh; Liên minh Hợp tác xã "
             f"tỉnh{bar}Thời hạn: 13/12/2026"]
    head = _head() if suffix == ".txt" else _markdown_head()
    draft = written_as(tmp_path, "ke-hoach", suffix, head + ["II. NHIỆM VỤ", ""] + lines + TAIL)
    assert draft.lead("Kiểm tra") == ["Chi cục Quản lý thị trường tỉnh"]
    assert draft.coop("Kiểm tra") == ["Sở Y tế", "Sở Nông nghiệp và Môi trường"]
    assert draft["Kiểm tra"]["deadline"]["month"] == 12
    assert draft.lead("Tổ chức") == ["Trung tâm Xúc tiến thương mại"]
    assert draft.coop("Tổ chức") == ["Hiệp hội Doanh nghiệp tỉnh", "Liên minh Hợp tác xã tỉnh"]
    assert draft["Tổ chức"]["deadline"]["before"] == "2026-12-13"


@pytest.mark.parametrize("lead, coop, due, apart", [("Gieo", "Vun", "Gặt", ". "), ("Mở hàng", "Bạn hàng", "Chốt sổ", " · "),
                                                     ("Gieo", "Vun", "Gặt", " | ")])
def test_own_fields_run_on_after_the_work(tmp_path, lead, coop, due, apart):
    lines = ["II. VIỆC CẦN LÀM", f'(Đọc đuôi mỗi dòng: "{lead}" - đơn vị làm chính; "{coop}" - đơn vị cùng làm, không có '
             f'thì ghi "không"; "{due}" - thời hạn.)', "",
             "1) Điều tra lại diện tích chè, cam của các hợp tác xã sau sáp nhập tỉnh — "
             f"{lead}: Phòng Kỹ thuật{apart}{coop}: Chi cục Trồng trọt và Bảo vệ thực vật; Hội Nông dân tỉnh{apart}"
             f"{due}: 30/9/2026.",
             "2) Xây dựng 04 mô hình chè hữu cơ tại HTX Chè Cao Bồ và HTX Chè Nấm Dẩn — "
             f"{lead}: Trạm Khuyến nông khu vực Vị Xuyên{apart}{coop}: không{apart}{due}: tháng 4/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head(issuer="TRUNG TÂM KHUYẾN NÔNG TỈNH TUYÊN QUANG",
                                                    number="77/KH-TTKN", place="Tuyên Quang", title="Chuyển giao kỹ thuật")
                    + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Điều tr", "Xây dựn"]
    assert draft.lead("Điều tra") == ["Phòng Kỹ thuật"]
    assert draft.coop("Điều tra") == ["Chi cục Trồng trọt và Bảo vệ thực vật", "Hội Nông dân tỉnh"]
    assert draft["Điều tra"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Xây dựng") == ["Trạm Khuyến nông khu vực Vị Xuyên"]  # not the cooperative its work names
    assert draft.coop("Xây dựng") == []
    assert draft["Xây dựng"]["deadline"]["month"] == 4


@pytest.mark.parametrize("lead, coop, due", [("Ghi Nợ", "Ghi Có", "Kỳ khóa sổ"), ("Cầm cân", "Góp tay", "Ngày chốt")])
@pytest.mark.parametrize("meaning", ["đơn vị góp vào", "bộ phận hỗ trợ"])
def test_partners_said_to_add_to_or_support_the_work(tmp_path, lead, coop, due, meaning):
    lines = ["II. PHÂN CÔNG", f'Mỗi việc ghi như một bút toán: "{lead}" là đơn vị chịu trách nhiệm chính; "{coop}" là '
             f'{meaning} (ghi "0" là không có); "{due}" là hạn phải xong.', "",
             "1. Lập lại danh sách từng hợp tác xã, tổ hợp tác còn hoạt động.",
             f"   {lead}: Đội Kê khai - Kế toán thuế    {coop}: Ủy ban nhân dân các xã, phường    {due}: 30/11/2026", "",
             "2. Gửi tin nhắn nhắc từng hợp tác xã thời hạn nộp tờ khai quý.",
             f"   {lead}: Đội Tuyên truyền - Hỗ trợ người nộp thuế    {coop}: 0    {due}: tháng 12/2026"]
    draft = written(tmp_path, "ke-hoach.txt", _head(issuer="THUẾ CƠ SỞ 3 TỈNH ĐỒNG THÁP", number="57/KH-TCS3",
                                                    place="Đồng Tháp", title="Thuế hợp tác xã") + lines + TAIL)
    assert draft.lead("Lập lại") == ["Đội Kê khai - Kế toán thuế"]
    assert draft.coop("Lập lại") == ["Ủy ban nhân dân các xã, phường"]
    assert draft["Lập lại"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("Gửi tin") == ["Đội Tuyên truyền - Hỗ trợ người nộp thuế"]
    assert draft.coop("Gửi tin") == []


@pytest.mark.parametrize("meaning, role", [("đơn vị góp vào", "Phối hợp"), ("bộ phận hỗ trợ", "Phối hợp"),
                                           ("đơn vị góp sức", "Phối hợp"), ("lúc việc phải xong", "Thời hạn"),
                                           ("ngày công việc phải hoàn thành", "Thời hạn")])
def test_a_notes_words_for_partners_and_times(meaning, role):
    from generator.importer import own_labels

    lines = [f'Ghi chú: "Cầm cân" là đơn vị chủ trì; "Bên kia" là {meaning}.', "Cầm cân: Phòng X", "Bên kia: Y"]
    assert own_labels.names(lines) == {"cam can": "Chủ trì", "ben kia": role}


@pytest.mark.parametrize("line", ["▸ Hỗ trợ 40 hộ thành viên làm hồ sơ vay vốn", "★ Góp vào quỹ chung của tổ hợp tác",
                                  "📌 Hỗ trợ hợp tác xã bán hàng trực tuyến"])
def test_a_works_verb_after_a_sign_defines_nothing(line):
    from generator.importer import own_labels

    # (the words a partner is said by only after the body they name: a bullet's sign before "Hỗ trợ …" is no legend)
    assert own_labels.names(["2. Chuẩn bị nguồn hàng", line, "Phụ trách: Phòng Thu mua · Hạn: 30/9/2026"]) == {}


@pytest.mark.parametrize("lead, coop, due, column", [("Đầu dây", "Nối dây", "Hạ trại", "Dây leo"),
                                                     ("Mũi trưởng", "Theo mũi", "Về đích", "Đội hình")])
def test_a_doers_column_known_by_its_labelled_cells(tmp_path, lead, coop, due, column):
    def fill(table):
        for row in table.rows[1:]:
            cell = row.cells[2]
            first, *others = cell.text.split("\n")
            cell.text = ""
            paragraph = cell.paragraphs[0]
            paragraph.add_run(first).bold = True
            for other in others:
                paragraph.add_run().add_break()
                paragraph.add_run(other)

    before = ["CÔNG TY TNHH LEO NÚI ĐỈNH SƯƠNG", "Số: 46/KH-LNĐS", "Lào Cai, ngày 24 tháng 8 năm 2026", "KẾ HOẠCH",
              "Thuê người khuân vác của hợp tác xã", "II. PHÂN CÔNG THEO DÂY LEO",
              f"Mỗi việc là một chặng. Ở cột “{column}”, bộ phận đứng “{lead}” chịu trách nhiệm chính; các bộ phận, đơn vị "
              f"“{coop}” cùng làm. Cột “{due}” là lúc việc phải xong."]
    rows = [["Mã chặng", "Việc trên cung đường", column, due],
            ["C1", "Ký hợp đồng khung thuê người khuân vác với HTX Du lịch cộng đồng Tả Van",
             f"{lead}: Phòng Điều hành tour\n{coop}: Phòng Kế toán", "15/9/2026"],
            ["C2", "Tập huấn sơ cứu, dựng lều cho người khuân vác của hợp tác xã",
             f"{lead}: Tổ Hướng dẫn viên\n{coop}: Trạm Y tế phường Sa Pa\n{coop}: HTX Du lịch cộng đồng Tả Van",
             "tháng 10/2026"],
            ["C3", "Trả công người khuân vác qua tài khoản của hợp tác xã", f"{lead}: Phòng Kế toán\n{coop}: —",
             "quý IV/2026"]]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC"], fill)
    assert [t[:7] for t in draft.texts()] == ["Ký hợp ", "Tập huấ", "Trả côn"]
    assert draft.lead("Ký hợp") == ["Phòng Điều hành tour"]
    assert draft.coop("Ký hợp") == ["Phòng Kế toán"]
    assert draft["Ký hợp"]["deadline"]["before"] == "2026-09-15"
    assert draft.lead("Tập huấn") == ["Tổ Hướng dẫn viên"]
    assert draft.coop("Tập huấn") == ["Trạm Y tế phường Sa Pa", "HTX Du lịch cộng đồng Tả Van"]
    assert draft["Tập huấn"]["deadline"]["month"] == 10
    assert draft.coop("Trả công") == []


@pytest.mark.parametrize("header, text", [("Việc trên cung đường", True), ("Công việc tại xã", True),
                                          ("Việc theo từng khâu", True), ("Việc", True), ("Việc trên", False)])
def test_the_work_where_or_by_what_it_is_done_heads_its_column(header, text):
    from generator.importer import tables

    assert (tables._column(header) == "text") is text
