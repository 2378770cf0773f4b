"""kehoach import: a part titled as a list of the work ("II. DANH SÁCH VIỆC"); the small steps in lower case under a
whole sentence of work with its doers, part of that work; fields labelled with the body's kind ("Cơ quan chịu trách
nhiệm:", "Cơ quan tham gia:", "Hình thức sản phẩm:"); columns headed by the doers' kind and their share ("Team chính",
"Team hỗ trợ", "Nắm chính", "Góp tay") or the day promised ("Chốt", "Hẹn xong"); the person in charge under a unit in
its doers' cell; rows whose fields a typed mark parts ("1 >> … >> …"); signs a legend defines in a cell ("★", "☆") or
after a sentence ("⊕", "◷"); a body's works lettered inline after its name ("Giao X: a) …; b) …") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import named_as, plan_head, with_table, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "", "\tĐinh Văn Sơn"]
LM = dict(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK LẮK", number="77/KH-LMHTX", place="Đắk Lắk",
          title="Truy xuất nguồn gốc cho hợp tác xã năm 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 20 tháng 8 năm 2026", **(values or LM))[:-1]


# --- a part titled as a list of the work ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["II. DANH SÁCH VIỆC", "II. Danh mục công việc", "II. BẢNG CÔNG VIỆC CỤ THỂ"])
def test_a_part_titled_as_a_list_of_the_work(tmp_path, title):
    lines = [title, "1. Lập danh sách hợp tác xã đủ diện tích xin mã số vùng trồng. Tháng 9/2026.",
             "2. In tem truy xuất có mã QR cho 10 hợp tác xã làm thử. Quý IV/2026.", "",
             "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Liên minh theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Lập danh", "In tem t", "Văn phòn"]


def test_a_list_of_cooperatives_sets_no_work(tmp_path):
    lines = ["II. DANH SÁCH HỢP TÁC XÃ", "1. HTX Cà phê Ea Tu: 120 thành viên.", "2. HTX Sầu riêng Krông Pắc: 45 thành viên.",
             "", "III. NHIỆM VỤ", "1. Văn phòng Liên minh chủ trì theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Văn phòn"]


# --- small steps under a whole sentence of work ---------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("box", ["[ ] ", ""])
def test_small_steps_under_a_sentence_of_work_are_part_of_it(tmp_path, suffix, box):
    lines = ["II. NHIỆM VỤ",
             f"- {box}Mở lớp ghi nhật ký canh tác điện tử cho cán bộ hợp tác xã — chủ trì: Trung tâm Tư vấn và Hỗ trợ "
             "phát triển hợp tác xã; hạn: quý IV/2026.",
             "  - in tài liệu hướng dẫn bằng tiếng Việt và tiếng Ê Đê;", "  - mượn phòng máy của trường cao đẳng.",
             f"- {box}Kiểm tra nhật ký canh tác của 15 hợp tác xã — chủ trì: Ban Kiểm tra; hạn: tháng 3/2027."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Mở lớp g", "Kiểm tra"]
    assert "mượn phòng máy" in draft["Mở lớp"]["text"]


def test_a_sentence_that_introduces_a_list_gives_each_item(tmp_path):
    lines = ["II. NHIỆM VỤ", "- Ban Kiểm tra thực hiện các việc sau:", "  - kiểm tra nhật ký canh tác của 15 hợp tác xã;",
             "  - đối chiếu tem truy xuất với sổ bán hàng."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["kiểm tra", "đối chiế"]
    assert draft.lead("đối chiếu") == ["Ban Kiểm tra"]


# --- fields labelled with the body's kind ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_fields_labelled_with_the_bodys_kind(tmp_path, suffix):
    lines = ["II. NHIỆM VỤ", "1. Điều tra hiện trạng các tổ hợp tác nuôi ngao ven biển.",
             "   Hình thức sản phẩm: Báo cáo điều tra kèm bản đồ vùng nuôi", "   Thời gian: Tháng 12/2026",
             "   Cơ quan chịu trách nhiệm: Chi cục Thủy sản", "   Cơ quan tham gia: Ủy ban nhân dân các xã ven biển",
             "2. Hỗ trợ thành lập mới hợp tác xã từ các tổ hợp tác nuôi ngao.", "   Hình thức sản phẩm: Giấy chứng nhận",
             "   Thời gian: Quý II/2027", "   Đơn vị chịu trách nhiệm: Liên minh Hợp tác xã tỉnh",
             "   Đơn vị tham gia: Không"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Điều tra", "Hỗ trợ t"]
    assert draft.lead("Điều tra") == ["Chi cục Thủy sản"]
    assert draft.coop("Điều tra") == ["Ủy ban nhân dân các xã ven biển"]
    assert draft["Điều tra"]["deadline"]["month"] == 12
    assert named_as(draft.lead("Hỗ trợ"), ["Liên minh Hợp tác xã tỉnh"])
    assert draft.coop("Hỗ trợ") == []


# --- columns headed by the doers' kind and share, or the day promised ------------------------------------------------------------

CO = dict(issuer="CÔNG TY CỔ PHẦN THỜI TRANG AN NHIÊN", number="42/KH-AN", place="Huế", title="Đặt vải dệt tay của HTX")


@pytest.mark.parametrize("header", [["Đầu việc", "Team chính", "Team hỗ trợ", "Chốt"],
                                    ["Việc", "Nắm chính", "Góp tay", "Hẹn xong"]])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_columns_headed_by_the_doers_share(tmp_path, header, suffix):
    rows = [["Chọn 06 mẫu hoa văn cho bộ sưu tập, gửi hợp tác xã dệt thử", "Team Thiết kế", "Team Nguyên liệu",
             "24.10.2026"],
            ["Ký đơn đặt hàng 1.800 m vải dệt tay của hợp tác xã", "Phòng Tài chính - Kế toán", "—", "30/11/2026"]]
    lines = with_table(_head(**CO) + ["II. VIỆC CỤ THỂ"], header, rows, ["III. TỔ CHỨC THỰC HIỆN", "Các team làm đúng hạn."],
                       suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines + TAIL)
    assert draft.lead("Chọn 06 mẫu") == ["Team Thiết kế"]
    assert draft.coop("Chọn 06 mẫu") == ["Team Nguyên liệu"]
    assert draft["Chọn 06 mẫu"]["deadline"]["before"] == "2026-10-24"
    assert draft.lead("Ký đơn đặt hàng") == ["Phòng Tài chính - Kế toán"]


def test_the_main_content_and_the_money_are_no_doers():
    from generator.importer import tables

    assert tables._column("Nội dung chính") == "text"
    assert tables._column("Kinh phí hỗ trợ") != "cooperating"
    assert tables._column("Team chính") == "lead" and tables._column("Góp tay") == "cooperating"


# --- the person in charge under a unit in its doers' cell -----------------------------------------------------------------------

@pytest.mark.parametrize("person", ["anh Lê Văn Toàn", "(chị Mai)"])
def test_the_person_in_charge_under_a_unit(tmp_path, person):
    rows = [["Đầu việc", "Team chính", "Team hỗ trợ", "Chốt"],
            ["Cắt may 40 mẫu chuẩn của bộ sưu tập tại xưởng của hợp tác xã", "", "Team Thiết kế", "15/12/2026"]]

    def fill(table):
        cell = table.rows[1].cells[1]
        cell.paragraphs[0].text = "Team Sản xuất"
        cell.add_paragraph(person)

    draft = word_document(tmp_path, "ke-hoach.docx", _head(**CO) + ["II. VIỆC CỤ THỂ"], rows,
                          ["III. TỔ CHỨC THỰC HIỆN", "Các team làm đúng hạn."] + TAIL, fill=fill)
    assert draft.lead("Cắt may") == ["Team Sản xuất"]
    assert draft.coop("Cắt may") == ["Team Thiết kế"]


# --- rows whose fields a typed mark parts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("mark", [">>", "»"])
def test_rows_whose_fields_a_typed_mark_parts(tmp_path, mark):
    m = f" {mark} "
    lines = ["II. NỘI DUNG", m.join(["TT", "Việc", "Ai chủ trì", "Ai phối hợp", "Thời gian"]),
             m.join(["1", "Rà soát hội viên muốn vào tổ hợp tác, lập danh sách theo thôn", "Các chi hội thôn", "",
                     "Trước 31/8/2026"]),
             m.join(["2", "Mời cán bộ xã nói chuyện về Luật Hợp tác xã năm 2023", "Ban Thường vụ Hội",
                     "Phòng Kinh tế UBND xã", "Tháng 9/2026"]),
             m.join(["3", "Đưa hội viên đi học cách ghi sổ, làm hồ sơ xin hỗ trợ theo"]),
             "     " + m.join(["chính sách của tỉnh", "Ban Kiểm tra Hội", "Liên minh Hợp tác xã tỉnh", "Quý I/2027"]),
             "", "III. TỔ CHỨC THỰC HIỆN", f"Các chi hội làm theo bảng trên; có vướng mắc báo Ban Thường vụ {mark} Văn phòng."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert draft.lead("Rà soát hội viên") == ["Các chi hội thôn"]
    assert draft.coop("Rà soát hội viên") == []  # an empty field: no one
    assert draft["Rà soát hội viên"]["deadline"]["before"] == "2026-08-31"
    assert draft.coop("Mời cán bộ") == ["Phòng Kinh tế UBND xã"]
    assert draft["Đưa hội viên"]["text"].endswith("theo chính sách của tỉnh")  # a row wrapped onto the next line
    assert draft.lead("Đưa hội viên") == ["Ban Kiểm tra Hội"]


# --- signs a legend defines ---------------------------------------------------------------------------------------------------

def test_stars_a_legend_defines_in_a_cell(tmp_path):
    rows = [["TT", "Việc", "Đơn vị", "Hạn"],
            ["1", "Rà soát sản phẩm của hợp tác xã đã có mã vạch, tem truy xuất", "★ Phòng Quản lý thương mại<br>☆ Liên "
             "minh Hợp tác xã tỉnh", "30/11/2026"],
            ["2", "Mở hội nghị gặp gỡ giữa hợp tác xã và các siêu thị", "★ Trung tâm Khuyến công<br>☆ Phòng Quản lý "
             "thương mại<br>☆ Sở Nông nghiệp và Môi trường", "Tháng 12/2026"]]
    head = _head(issuer="SỞ CÔNG THƯƠNG TỈNH GIA LAI", number="2241/KH-SCT", place="Gia Lai", title="Hàng của HTX vào siêu thị")
    lines = with_table(head + ["II. NHIỆM VỤ", "Cột “Đơn vị”: dòng có dấu ★ là đơn vị chủ trì, dòng có dấu ☆ là đơn vị "
                               "phối hợp."], rows[0], rows[1:], ["III. TỔ CHỨC THỰC HIỆN", "Các đơn vị làm đúng hạn."], ".md")
    draft = written(tmp_path, "ke-hoach.md", lines + TAIL)
    assert draft.lead("Rà soát sản phẩm") == ["Phòng Quản lý thương mại"]
    assert len(draft.coop("Rà soát sản phẩm")) == 1
    assert draft.lead("Mở hội nghị") == ["Trung tâm Khuyến công"]
    assert len(draft.coop("Mở hội nghị")) == 2


def test_signs_a_legend_defines_after_a_sentence(tmp_path):
    lines = ["II. NHIỆM VỤ", "Sau dấu ⊕ là đơn vị cùng làm (“—” là không có); sau dấu ◷ là thời hạn.",
             "1. Phòng Kế hoạch chủ trì khảo sát vườn ươm của hợp tác xã hoa, chấm điểm giống. ⊕ Xí nghiệp Hoa - Cây cảnh. "
             "◷ trước 15/10/2026.",
             "2. Phòng Kỹ thuật chủ trì thu gom cành, lá sau cắt tỉa chở về hợp tác xã ủ phân. ⊕ —. ◷ thường xuyên."]
    head = _head(issuer="CÔNG TY CỔ PHẦN CÂY XANH HẠ LONG", number="38/KH-CX", place="Quảng Ninh", title="Mua hoa của HTX")
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert draft.coop("Phòng Kế hoạch") == ["Xí nghiệp Hoa - Cây cảnh"]
    assert draft["Phòng Kế hoạch"]["deadline"]["before"] == "2026-10-15"
    assert draft.coop("Phòng Kỹ thuật") == []
    assert draft["Phòng Kỹ thuật"]["deadline"]["kind"] == "ongoing"


# --- a body's works lettered inline after its name ------------------------------------------------------------------------------

@pytest.mark.parametrize("marks", [("a)", "b)"), ("(a)", "(b)")])
def test_a_bodys_works_lettered_inline(tmp_path, marks):
    a, b = marks
    lines = ["II. GIAO VIỆC", f"1. Giao Phòng Kinh tế, Hạ tầng và Đô thị phường: {a} rà soát từng hợp tác xã trên địa",
             "bàn, lập danh sách đang hoạt động (cùng Hội Liên hiệp Phụ nữ phường; xong trước 30/11/2026);",
             f"{b} hướng dẫn hợp tác xã làm thủ tục thay đổi địa chỉ trụ sở (xong trong tháng 12/2026).",
             "2. Giao Văn phòng HĐND và UBND phường: tổng hợp kết quả, báo cáo Ủy ban nhân dân phường (xong trước "
             "15/6/2027)."]
    head = _head(issuer="ỦY BAN NHÂN DÂN PHƯỜNG MINH XUÂN", number="167/KH-UBND", place="Tuyên Quang",
                 title="Củng cố hợp tác xã")
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["rà soát ", "hướng dẫ", "Giao Văn"]
    assert draft.lead("rà soát") == ["Phòng Kinh tế, Hạ tầng và Đô thị phường"]
    assert draft.coop("rà soát") == ["Hội Liên hiệp Phụ nữ phường"]
    assert draft["rà soát"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("hướng dẫn") == ["Phòng Kinh tế, Hạ tầng và Đô thị phường"]
    assert draft["hướng dẫn"]["deadline"]["month"] == 12
