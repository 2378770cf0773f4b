"""kehoach import: who gives the work is not who does it, partners labelled on a line of their own in a doers' cell,
partners listed after a class, a short type's dot, a Youth Union's header, an occasion's day in a cell, how often in a
period, an issuer's own team named with it, and the closing that tells the units to get on with it (issue 11).

- "Giám đốc Quỹ giao Phòng Nghiệp vụ làm đầu mối …", "UBND tỉnh giao Sở Tài chính chủ trì …": the body given the work
  leads, not the one giving it.
- A doers' cell "Phòng Kinh tế hợp tác và Trang trại<br>Phối hợp: UBND xã Văn Chấn": the first line leads, the
  labelled line cooperates (a .docx cell's line break likewise).
- "X chủ trì, các sàn thương mại điện tử và Liên minh Hợp tác xã tỉnh phối hợp": the bodies among the partners
  cooperate (a class of actors among them is no body).
- "phối hợp P.Kinh tế tổ chức …", "phối hợp UBND TP.HCM hướng dẫn …": the dot of a short type stays in the name.
- "cùng trạm Khuyến nông xã", "cùng đài Truyền thanh xã": a station's type typed in lower case.
- A Youth Union's header ("TỈNH ĐOÀN …" / "ĐOÀN TNCS HỒ CHÍ MINH" where the national motto stands) is no task; the
  Youth Union named in a sentence ("Đoàn TNCS Hồ Chí Minh tỉnh vận động …") still does its work.
- A time cell "Dịp 15/10/2026", "vào dịp 2/9": by that day; "phát 2 lần/tháng", "01 lần/quý", "trong suốt niên vụ":
  ongoing.
- "Tổ chuyên gia của Trung tâm", "Hội đồng tuyển chọn của Trung tâm": the issuer's own team, named with it.
- "Các phòng thuộc Chi cục căn cứ nhiệm vụ được giao chủ động triển khai./.": no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted, gives_no_task, names_of, with_table, word_document, written
from generator.importer import fields

FUND = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-{short}\t{place}, ngày 16 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã năm 2026", "", "I. NHIỆM VỤ",
        "1. Phòng Kế hoạch - Tổng hợp chủ trì, các doanh nghiệp {firms} và Liên minh Hợp tác xã tỉnh phối hợp; tổ chức "
        "kết nối tiêu thụ trong tháng 11/2026.",
        "2. Phòng Tín dụng hướng dẫn hợp tác xã làm hồ sơ vay vốn; phối hợp {short_type} tổ chức hội nghị gặp mặt "
        "hợp tác xã trong quý II/2026.",
        "3. Văn phòng chủ trì cùng {station} đưa tin về các hợp tác xã làm ăn tốt, phát 2 lần/tháng trong suốt niên vụ.",
        "", "II. TỔ CHỨC THỰC HIỆN",
        "{giver} giao Phòng Nghiệp vụ làm đầu mối, tổng hợp kết quả, báo cáo trước ngày 20/12/2026.",
        "Các phòng thuộc {owner} căn cứ nhiệm vụ được giao chủ động triển khai./.", "",
        "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, short, place, firms, short_type, station, giver, owner, signer, "
                         "suffix", [
    ("UBND TỈNH THANH HÓA", "QUỸ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ", "08", "QPTKHCN", "Thanh Hóa", "bao tiêu",
     "P.Kinh tế", "trạm Khuyến nông xã", "Giám đốc Quỹ", "Quỹ", "Lê Thị Hảo", ".txt"),
    ("UBND TỈNH ĐỒNG THÁP", "QUỸ ĐẦU TƯ PHÁT TRIỂN", "42", "QĐTPT", "Đồng Tháp", "thu mua nông sản",
     "UBND TP.Cao Lãnh", "đài Truyền thanh xã", "Hội đồng quản lý Quỹ", "Quỹ", "Trần Văn Bé", ".md"),
])
def test_givers_partners_among_others_and_the_units_closing(tmp_path, parent, issuer, number, short, place, firms,
                                                           short_type, station, giver, owner, signer, suffix):
    draft = drafted(tmp_path, FUND, suffix, parent=parent, issuer=issuer, number=number, short=short, place=place,
                    firms=firms, short_type=short_type, station=station, giver=giver, owner=owner, signer=signer)
    assert len(draft.texts()) == 4, draft.texts()  # the units' closing is no task
    assert draft.lead("Phòng Kế hoạch") == ["Phòng Kế hoạch - Tổng hợp"]
    assert [name for name in draft.coop("Phòng Kế hoạch") if "Liên minh" in name]  # the class of firms is no body
    assert not [name for name in draft.coop("Phòng Kế hoạch") if "doanh nghiệp" in name]
    assert draft.coop("Phòng Tín dụng") == [short_type]
    assert draft.coop("Văn phòng chủ trì") == [station]
    assert draft["Văn phòng chủ trì"]["deadline"]["kind"] == "ongoing"
    assert draft.lead(giver) == ["Phòng Nghiệp vụ"]
    assert draft[giver]["deadline"]["before"] == "2026-12-20"


@pytest.mark.parametrize("text, lead", [
    ("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp Sở Nội vụ rà soát hợp tác xã trong quý III/2026.", "Sở Tài chính"),
    ("Chủ tịch UBND tỉnh giao Sở Công Thương hướng dẫn hợp tác xã bán hàng trực tuyến trong quý IV/2026.",
     "Sở Công Thương"),
])
def test_a_body_that_gives_the_work_does_not_lead(tmp_path, text, lead):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-UBND\tGia Lai, ngày 03 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", f"1. {text}", "2. Sở Nội vụ hướng dẫn hợp tác xã lập hồ sơ, xong trước 30/6/2026.", "",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVàng Thị Mai"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [name.split(" tỉnh")[0] for name in draft.lead(text[:12])] == [lead]


@pytest.mark.parametrize("text, partner", [
    ("Đề nghị UB MTTQ xã vận động hội viên; phối hợp P.Kinh tế tổ chức hội nghị gặp mặt hợp tác xã.", "P.Kinh tế"),
    ("Phòng Kinh tế phối hợp UBND TP.HCM hướng dẫn hợp tác xã.", "UBND TP.HCM"),
])
def test_the_dot_of_a_short_type_stays_in_the_partners_name(text, partner):
    assert fields.COOP.search(text).group("coop") == partner


def test_a_sentences_full_stop_still_ends_the_partners():
    assert fields.COOP.search("Phòng A phối hợp Sở Tài chính. Sở B làm").group("coop") == "Sở Tài chính"


def _cell(cell, text):
    """A .docx cell written a paragraph a line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


@pytest.mark.parametrize("lead, partner", [
    ("Phòng Kinh tế hợp tác và Trang trại", "UBND xã Văn Chấn"),
    ("Chi cục Quản lý đất đai", "Liên minh HTX tỉnh"),
])
def test_a_doers_cell_with_its_partners_on_a_labelled_line(tmp_path, lead, partner):
    rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"],
            ["1", "Lập danh sách hộ có nhu cầu tham gia hợp tác xã", "", "Tháng 10/2025"],
            ["2", "Mở lớp tập huấn kỹ thuật cho thành viên hợp tác xã", "Trung tâm Khuyến nông", "Vụ Xuân 2026"]]

    def fill(table):
        _cell(table.rows[1].cells[2], f"{lead}\nPhối hợp: {partner}")

    draft = word_document(tmp_path, "ke-hoach.docx", [
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI", "CHI CỤC PHÁT TRIỂN NÔNG THÔN", "Số: 47/KH-CCPTNT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 22 tháng 9 năm 2025",
        "KẾ HOẠCH", "Hỗ trợ các hộ tham gia hợp tác xã", "I. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG"], rows,
        ["Nơi nhận:", "- Lưu: VT.", "CHI CỤC TRƯỞNG", "Hà Văn Khiêm"], fill)
    assert draft.lead("Lập danh sách") == [lead]
    assert draft.coop("Lập danh sách") == [partner]
    assert draft.lead("Mở lớp") == ["Trung tâm Khuyến nông"]


STARTUP = ["**TỈNH ĐOÀN {province_caps}**  ", "**{centre_caps}**  ", "Số: {number}/KH-{short}", "",
           "**ĐOÀN TNCS HỒ CHÍ MINH**  ", "*{province}, ngày 02 tháng 3 năm 2026*", "", "# KẾ HOẠCH",
           "## Ươm tạo hợp tác xã do thanh niên làm chủ năm 2026", "", "### I. CÁC BƯỚC THỰC HIỆN", ""]
ROWS = [["1", "Chấm chọn 15 nhóm vào vòng ươm tạo", "{team} của Trung tâm", "Liên minh HTX tỉnh", "Cuối tháng 4/2026"],
        ["2", "Tổ chức Ngày hội sản phẩm hợp tác xã thanh niên", "Phòng Kết nối - Truyền thông", "", "Dịp {day}"],
        ["3", "Kiểm tra sổ sách của các nhóm", "Phòng Hành chính - Tài vụ", "", "01 lần/quý"]]


@pytest.mark.parametrize("province, centre, number, short, team, day", [
    ("An Giang", "Trung tâm Hỗ trợ thanh niên khởi nghiệp", "23", "TTHTTNKN", "Hội đồng tuyển chọn", "15/10/2026"),
    ("Quảng Trị", "Trung tâm Hoạt động thanh thiếu nhi", "17", "TTHĐTTN", "Tổ chuyên gia", "26/3"),
])
def test_a_youth_unions_header_its_teams_and_an_occasions_day(tmp_path, province, centre, number, short, team, day):
    before = [line.format(province_caps=province.upper(), centre_caps=centre.upper(), province=province,
                          number=number, short=short) for line in STARTUP]
    rows = [[cell.format(team=team, day=day) for cell in row] for row in ROWS]
    lines = with_table(before, ["Bước", "Việc cần làm", "Bộ phận phụ trách", "Phối hợp", "Thời hạn"], rows,
                       ["", "| *Nơi nhận:*<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br>**Lê Văn Tâm** |", "|:---|:---:|"], ".md")
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.texts()) == 3, draft.texts()  # the header is no task
    assert draft.lead("Chấm chọn") == [f"{team} của Trung tâm"]
    found = draft["Tổ chức Ngày hội"]["deadline"]
    assert found["kind"] == "before" and found["before"].endswith("-" + "-".join(
        f"{int(part):02d}" for part in reversed(day.split("/")[:2])))
    assert draft["Kiểm tra sổ sách"]["deadline"]["kind"] == "ongoing"


@pytest.mark.parametrize("text, name", [
    ("Tổ chuyên gia của Trung tâm tư vấn trực tiếp tại chỗ cho 12 hợp tác xã", "Tổ chuyên gia của Trung tâm"),
    ("Tổ công tác của Sở hướng dẫn hợp tác xã lập hồ sơ", "Tổ công tác của Sở"),
])
def test_the_issuers_own_team_named_with_it(text, name):
    assert names_of(text) == [name]


def test_a_unit_of_another_body_is_still_cut_from_its_owner():
    assert names_of("Chi cục Phát triển nông thôn thuộc Sở hướng dẫn hợp tác xã") == ["Chi cục Phát triển nông thôn"]


@pytest.mark.parametrize("text", [
    "Các phòng thuộc Chi cục căn cứ nhiệm vụ được giao chủ động triển khai./.",
    "Các ban, đơn vị thuộc Liên minh căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện./.",
])
def test_units_told_to_get_on_with_their_work_is_no_task(text):
    assert gives_no_task(text)


def test_units_given_a_date_have_a_task():
    assert not gives_no_task("Các phòng thuộc Sở căn cứ nhiệm vụ được giao triển khai trước 30/6/2026./.")


@pytest.mark.parametrize("text, kind", [
    ("Đưa tin về các hợp tác xã làm ăn tốt, phát 2 lần/tháng.", "ongoing"),
    ("Kiểm tra sổ sách của hợp tác xã 01 lần/quý.", "ongoing"),
    ("Theo dõi sâu bệnh trên cánh đồng mẫu trong suốt niên vụ.", "ongoing"),
    ("Tổ chức ngày hội vào dịp 15/10/2026.", "before"),
])
def test_how_often_and_an_occasion(text, kind):
    assert fields.deadline(text, year=2026).kind == kind


@pytest.mark.parametrize("doer", ["Đoàn TNCS Hồ Chí Minh tỉnh", "Ban Thường vụ Đoàn TNCS Hồ Chí Minh xã"])
def test_the_youth_union_named_in_a_sentence_is_a_doer(tmp_path, doer):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-UBND\tGia Lai, ngày 03 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", f"1. {doer} vận động thanh niên lập hợp tác xã trong quý III/2026.",
             "2. Sở Tài chính hướng dẫn hợp tác xã lập hồ sơ, xong trước 30/6/2026.", "",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVàng Thị Mai"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2  # only the header's motto, in capitals, is no task
    assert draft[doer]["deadline"]["quarters"] == [3]
