"""kehoach import: the lead marked with a star in a doers' cell, doers and times in Markdown footnotes, a table pasted from
a spreadsheet with cells of several lines, a head split "Chính | Phụ", times as a start day and a number of days, and
partners as Vietnamese plans name them (issue 11).

- "Phòng Nguyên liệu (*), Phòng Kế toán": the starred body leads wherever it stands, two starred both lead.
- "1. Rà soát …[^1]" / "[^1]: Giao Phòng Kinh tế; cùng làm: Y; hạn: …": the footnote gives the item's fields; the note
  that says so and "Các đơn vị có tên ở chú thích chủ động làm phần việc của mình." are no task.
- "1<TAB>"Rà soát …:" / "- đối chiếu …" / "- đề nghị …"<TAB>Chi cục …": a quoted cell of several lines, as Excel copies.
- "Bộ phận thực hiện" over "Chính | Phụ"; "Ngày bắt đầu | Số ngày" ("19/10/2026 | 12": by 30/10/2026, the start day
  counted), "Thường xuyên" ongoing.
- "X kết hợp với Y mở …", "X, dưới sự hướng dẫn của Y, giúp …", "X về 06 xã, phường xem …", "…, cùng làm: tổ trưởng các
  tổ dân phố".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, with_table, word_document, written

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Hòa"]
WINERY = dict(issuer="CÔNG TY CỔ PHẦN VANG NINH THUẬN", number="44/2026/KH-VNT", place="Khánh Hòa",
              title="Thu mua nho của các hợp tác xã liên kết vụ Đông 2026")
WARD = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG NGỌC THỤY", number="320/KH-UBND", place="Hà Nội",
            title="Hỗ trợ các hộ trồng rau mầm vào tổ hợp tác năm 2026")
HOI = dict(issuer="HỘI NÔNG DÂN TỈNH NINH BÌNH", number="320/KH-HNDT", place="Ninh Bình",
           title="Vận động hội viên vào tổ hợp tác, hợp tác xã năm 2027")


# --- a star marks the lead ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_the_starred_body_leads_wherever_it_stands(tmp_path, suffix):
    before = plan_head("ngày 01 tháng 9 năm 2026", **WINERY)[:-1] + [
        "III. PHÂN CÔNG", "Đơn vị nào có dấu (*) sau tên thì chủ trì việc đó; những đơn vị không có dấu cùng làm."]
    rows = [["1", "Ký phụ lục hợp đồng liên kết với từng hợp tác xã", "Phòng Nguyên liệu (*), Phòng Tài chính - Kế toán",
             "Trước 31/10/2026"],
            ["2", "Hướng dẫn tổ kỹ thuật của các hợp tác xã tỉa chùm", "Trung tâm Khuyến nông tỉnh, Phòng Nguyên liệu (*)",
             "Tháng 11/2026"],
            ["3", "Tính và trả khoản thưởng cho các lô đạt chuẩn", "Phòng Kiểm nghiệm (*), Phòng Tài chính - Kế toán (*)",
             "Tháng 02/2027"]]
    header = ["TT", "Việc cần làm", "Đơn vị thực hiện", "Thời hạn"]
    if suffix == ".txt":
        draft = written(tmp_path, "ke-hoach.txt", with_table(before, header, rows, TAIL, ".txt"))
    else:
        draft = word_document(tmp_path, "ke-hoach.docx", before, [header, *rows], TAIL)
    assert draft.lead("Ký phụ lục") == ["Phòng Nguyên liệu"]
    assert draft.coop("Ký phụ lục") == ["Phòng Tài chính - Kế toán"]
    assert draft.lead("Hướng dẫn tổ") == ["Phòng Nguyên liệu"]
    assert draft.coop("Hướng dẫn tổ")[0].startswith("Trung tâm Khuyến nông")
    assert draft.lead("Tính và trả") == ["Phòng Kiểm nghiệm", "Phòng Tài chính - Kế toán"]


def test_a_star_in_brackets_is_text_not_emphasis():
    from generator.text import plain_line

    assert plain_line("Phòng Nguyên liệu (*), Phòng **Kế toán**") == "Phòng Nguyên liệu (*), Phòng Kế toán"


# --- footnotes ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("note, lead, coop, due", [
    ("Giao Phòng Kinh tế, Hạ tầng và Đô thị; cùng làm: tổ trưởng các tổ dân phố; hạn: xong trước 30/9/2026.",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "tổ trưởng các tổ dân phố", ("before", "2026-09-30")),
    ("Trạm Y tế phường chủ trì; Chi cục Trồng trọt và Bảo vệ thực vật thành phố phối hợp; quý IV/2026.",
     "Trạm Y tế phường", "Chi cục Trồng trọt và Bảo vệ thực vật thành phố", ("quarter", [4])),
])
def test_a_footnote_gives_the_items_doers_and_time(tmp_path, note, lead, coop, due):
    lines = [line.replace("\t", " | ") for line in plan_head("ngày 05 tháng 9 năm 2026", **WARD)[:-1]] + [
        "", "## II. NHIỆM VỤ", "",
        "Ai làm, ai cùng làm và hạn của từng việc ghi ở chú thích đánh số cuối văn bản.", "",
        "1. Rà soát các hộ trồng rau mầm trên sân thượng; lập danh sách hộ muốn vào tổ hợp tác.[^1]",
        "2. Kết nối các tổ hợp tác với bếp ăn của 04 trường mầm non.[^2]", "",
        "## III. TỔ CHỨC THỰC HIỆN", "", "Các đơn vị có tên ở chú thích chủ động làm phần việc của mình.", "",
        "**Nơi nhận:**", "", "- Lưu: VT.", "", "**CHỦ TỊCH**", "", "**Đỗ Thị Minh**", "",
        f"[^1]: {note}", "[^2]: Giao Phòng Văn hóa - Xã hội; hạn: trước 31/12/2026."]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == 2  # the note on the footnotes and the closing are no task
    assert draft.lead("Rà soát")[0].lower().startswith(lead.lower())
    assert draft.coop("Rà soát")[0].lower().startswith(coop.lower())
    deadline = draft["Rà soát"]["deadline"]
    assert (deadline["kind"], deadline.get("before", deadline.get("quarters"))) == due
    assert draft.lead("Kết nối") == ["Phòng Văn hóa - Xã hội"]


@pytest.mark.parametrize("note", [
    "Ai làm, ai cùng làm và hạn của từng việc ghi ở chú thích đánh số cuối văn bản: đơn vị sau chữ \"Giao\" chủ trì.",
    "Cơ quan chủ trì và thời hạn được nêu tại phụ lục số 2.",
    "Các đơn vị có tên ở chú thích chủ động làm phần việc của mình.",
    "Các phòng, ban chủ động thực hiện nhiệm vụ được giao./.",
])
def test_where_the_doers_are_written_and_closings_give_no_task(note):
    assert gives_no_task(note)


# --- a table pasted from a spreadsheet ------------------------------------------------------------------------------

def test_cells_of_several_lines_pasted_from_a_spreadsheet(tmp_path):
    lines = plan_head("ngày 15 tháng 9 năm 2026", issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐẮK LẮK",
                      number="4130/KH-SNNMT", place="Đắk Lắk", title="Mã số vùng trồng sầu riêng của hợp tác xã")[:-1] + [
        "II. NHIỆM VỤ",
        "STT\tCông việc\tChủ trì\tPhối hợp\tHạn hoàn thành\tGhi chú",
        '1\t"Rà soát 126 mã số vùng trồng do HTX, THT quản lý:',
        "- đối chiếu diện tích, tọa độ từng vùng;",
        '- đề nghị thu hồi mã không còn đủ điều kiện"\tChi cục Trồng trọt và Bảo vệ thực vật\tUBND 28 xã\t31/10/2026\t',
        "2\tLấy mẫu kiểm tra cadimi tại 40 vườn của các HTX\tChi cục Quản lý chất lượng nông lâm sản\tChi cục Trồng trọt và "
        "Bảo vệ thực vật\tTháng 11/2026\tKinh phí năm 2026",
        '3\t"Kiểm tra các cơ sở đóng gói ""liên kết"" với HTX:',
        '- điều kiện đóng gói, ghi nhãn"\tChi cục Quản lý chất lượng nông lâm sản\tSở Công Thương\tQuý IV/2026\t',
        "", "III. TỔ CHỨC THỰC HIỆN", "Phòng Phát triển nông thôn theo dõi chung."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Rà soát 126"]["text"].endswith("đề nghị thu hồi mã không còn đủ điều kiện")
    assert draft.lead("Rà soát 126")[0].startswith("Chi cục Trồng trọt")
    assert draft["Rà soát 126"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Lấy mẫu")[0].startswith("Chi cục Quản lý chất lượng")
    assert '"liên kết"' in draft["Kiểm tra các cơ sở"]["text"]  # a doubled quote is one
    assert draft.coop("Kiểm tra các cơ sở")[0].startswith("Sở Công Thương")


# --- a head split "Chính | Phụ"; a start day and a number of days ---------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_main_and_helper_under_the_doers_head_and_days_from_the_start(tmp_path, suffix):
    before = plan_head("ngày 12 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN TĂM HƯƠNG BÁ THƯỚC", number="40/2026/KH-THBT",
                       place="Thanh Hóa", title="Thu mua tăm hương của các hợp tác xã")[:-1] + ["III. PHÂN CÔNG VÀ TIẾN ĐỘ"]
    rows = [["TT", "Việc", "Bộ phận thực hiện", "", "Ngày bắt đầu", "Số ngày"],
            ["TT", "Việc", "Chính", "Phụ", "Ngày bắt đầu", "Số ngày"],
            ["1", "Ký hợp đồng mua tăm với các hợp tác xã liên kết", "Phòng Thu mua", "Phòng Kế toán", "19/10/2026", "12"],
            ["2", "Nhận tăm tại các điểm gom, đo độ ẩm", "Phòng Kỹ thuật", "Tổ Vận chuyển", "16/11/2026", "Thường xuyên"],
            ["3", "Khảo sát thêm 02 tổ hợp tác chẻ tăm", "Phòng Thu mua", "UBND xã Điền Lư", "04/01/2027", "45"]]
    if suffix == ".txt":
        draft = written(tmp_path, "ke-hoach.txt", before + ["\t".join(r) for r in rows] + [""] + TAIL)
    else:
        draft = word_document(tmp_path, "ke-hoach.docx", before, rows, TAIL)
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"]
    assert draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft["Ký hợp đồng"]["deadline"]["before"] == "2026-10-30"  # 19/10 + 12 days, 19/10 the first
    assert draft["Khảo sát"]["deadline"]["before"] == "2027-02-17"
    assert draft["Nhận tăm"]["deadline"]["kind"] == "ongoing"
    assert any("tính cả ngày bắt đầu" in r for r in draft["Ký hợp đồng"]["review"])


def test_a_start_that_is_no_day_gives_no_deadline():
    from generator.importer.fields import days_from_start

    assert days_from_start("Ngay sau khi xong việc số 4", "10", year=2026) is None
    assert days_from_start("19/10/2026", "mười hai", year=2026) is None


# --- partners as plans name them ------------------------------------------------------------------------------------

@pytest.mark.parametrize("item, lead, coop", [
    ("1. Ban Kinh tế - Xã hội kết hợp với Trung tâm Khuyến nông tỉnh mở 08 lớp bồi dưỡng kỹ năng quản trị cho tổ trưởng "
     "tổ hợp tác và cán bộ quản lý hợp tác xã; hoàn thành trong quý I/2027.", "Ban Kinh tế - Xã hội", "Trung tâm Khuyến nông tỉnh"),
    ("1. Ban Tuyên giáo kết hợp với Báo và Phát thanh, Truyền hình Ninh Bình mở chuyên mục \"Nông dân liên kết\", phát 02 "
     "kỳ mỗi tháng.", "Ban Tuyên giáo", "Báo và Phát thanh, Truyền hình Ninh Bình"),
    ("1. Trung tâm Hỗ trợ nông dân, dưới sự hướng dẫn của Liên minh Hợp tác xã tỉnh, giúp 15 tổ hợp tác làm hồ sơ chuyển "
     "lên hợp tác xã; từ tháng 3 đến tháng 9/2027.", "Trung tâm Hỗ trợ nông dân", "Liên minh Hợp tác xã tỉnh"),
    ("1. Văn phòng Hội, dưới sự hướng dẫn của Sở Công Thương, đăng ký gian hàng cho 20 hợp tác xã; tháng 5/2027.",
     "Văn phòng Hội", "Sở Công Thương"),
])
def test_partners_as_plans_name_them(tmp_path, item, lead, coop):
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 20 tháng 12 năm 2026", **HOI) + [item] + TAIL)
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].startswith(lead)
    assert [draft.names[c] for c in task["cooperating"]] and all(
        draft.names[c].startswith(coop) for c in task["cooperating"])


@pytest.mark.parametrize("item", [
    "1. Ban Tổ chức - Kiểm tra về 06 xã, phường xem việc làm theo Kế hoạch, kết hợp với đợt kiểm tra chuyên đề của Ban "
    "Thường vụ Hội tỉnh; thực hiện trong quý III/2027.",
    "1. Ban Tổ chức - Kiểm tra về các xã, phường kiểm tra việc vận động, kết hợp với đợt giám sát của Ban Thường vụ; quý "
    "IV/2027.",
])
def test_a_round_of_work_combined_is_no_partner(tmp_path, item):
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 20 tháng 12 năm 2026", **HOI) + [item] + TAIL)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["lead"]] == ["Ban Tổ chức - Kiểm tra"]
    assert not task.get("cooperating")


# --- a duty roster ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, lead, coop", [
    ("- Tháng 01 và tháng 02/2027: Ban Pháp chế - Kiểm tra trực; cùng trực: Phòng Đăng ký kinh doanh cử 01 chuyên viên.",
     "Ban Pháp chế - Kiểm tra", "Phòng Đăng ký kinh doanh"),
    ("- Tháng 5 và tháng 6/2027: Trung tâm Tư vấn và Hỗ trợ HTX trực, hướng dẫn sổ sách kế toán; cùng trực: Thuế tỉnh "
     "Quảng Ninh.", "Trung tâm Tư vấn và Hỗ trợ HTX", "Thuế tỉnh Quảng Ninh"),
])
def test_a_roster_of_the_body_on_duty_and_who_sits_with_it(tmp_path, line, lead, coop):
    lines = plan_head("ngày 10 tháng 12 năm 2026", issuer="LIÊN MINH HTX TỈNH QUẢNG NINH", number="215/KH-LMHTX",
                      place="Quảng Ninh", title="Bàn tư vấn hợp tác xã năm 2027")[:-1] + [
        "III. LỊCH TRỰC BÀN TƯ VẤN NĂM 2027", line] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].startswith(lead)
    assert draft.names[task["cooperating"][0]].startswith(coop)


def test_a_standing_committee_is_no_duty():
    from generator.importer.fields import name_only

    assert name_only("Ban Thường trực Ủy ban MTTQ tỉnh chỉ đạo …") == "Ban Thường trực Ủy ban MTTQ tỉnh"


def test_a_footnotes_text_is_the_documents_for_quotes():
    from generator.text import compact, plain_line

    assert plain_line("[^1]: Giao Phòng Kinh tế; cùng làm: tổ trưởng các tổ dân phố.") == \
        "[^1]: Giao Phòng Kinh tế; cùng làm: tổ trưởng các tổ dân phố."
    assert compact("Phòng Kinh tế") in compact(plain_line("[^2]: Giao Phòng Kinh tế; hạn: quý IV/2026."))
    assert plain_line("[1]: https://thuvienphapluat.vn/van-ban") == ""  # a link's target stays no text
