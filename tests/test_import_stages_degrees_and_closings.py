"""kehoach import: a stage's title line giving its items their time, a signer's degree, a unit named by its level alone,
one day's cells with their part of the day, lower-case mass organisations, "đến …" as a time, a sentence's line that
opens with "Chủ tịch …", closings with where to turn, and cooperatives named by their field (issue 11).

- "Đợt 1 - mùa mưa (tháng 7 đến tháng 9/2026)" above "- Chi hội …: …" items that print no time: their time is the
  stage's; "(cùng Trung tâm Khuyến nông tỉnh)." names a partner, its bracket closed.
- "TS. Kơ Să Ha Lâm", "PGS.TS. Nguyễn Văn An": the signer's name without the degree.
- "VĂN PHÒNG UBND TỈNH TUYÊN QUANG" / "TRUNG TÂM HỘI NGHỊ TỈNH": "Trung tâm Hội nghị tỉnh Tuyên Quang" (not "… tỉnh
  tỉnh Tuyên Quang").
- Time cells "Chiều 15/10/2026", "Sáng 16/10/2026, từ 7 giờ 00": by that day.
- "hội nông dân xã", "Hội phụ nữ phường", "đoàn thanh niên xã": a level's mass organisation however typed.
- "Ban Kế hoạch - Hỗ trợ tư vấn": one name.
- "… báo cáo Ban Thường vụ đến 30/11/2026.": by then; "số dư nợ … đến 31/10/2026 … trước 20/11": by 20/11.
- A line of a sentence that wraps before "Chủ tịch UBND đặc khu …" does not end the body; "Chủ tịch … yêu cầu Thủ trưởng
  các cơ quan, đơn vị … khẩn trương tổ chức thực hiện; vướng mắc phát sinh thì phản ánh về …./." is no task.
- "Các HTX, liên hiệp HTX thành viên kê khai …": the class leads; "HTX dịch vụ nghề cá Tam Thanh, HTX Ngũ Phụng ký …":
  both lead; "HTX lợn đen ở thôn Bản Phố 2" is no cooperative's name.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted, gives_no_task, names_of, with_table, word_document, written
from generator.importer import fields

ROUNDS = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: {number}/KH-HKHKT\t{place}, ngày 03 tháng 7 năm 2026", "", "KẾ HOẠCH",
          "Tư vấn kỹ thuật tại đồng ruộng cho hợp tác xã năm 2026 - 2027", "", "I. MỤC ĐÍCH",
          "Giúp hợp tác xã giải quyết vướng mắc kỹ thuật ngay tại vườn.", "", "II. CÁC ĐỢT TƯ VẤN",
          "{stage} 1 - mùa mưa (tháng 7 đến tháng 9/2026)",
          "- Chi hội Cà phê: hướng dẫn 10 hợp tác xã cắt cành, bón phân hữu cơ (cùng Trung tâm Khuyến nông tỉnh).",
          "- Chi hội Cây ăn quả: khám vườn, chỉ cách xử lý bệnh trên sầu riêng cho 06 hợp tác xã.",
          "{stage} 2 - thu hoạch (quý II/2027)",
          "- Chi hội Cà phê: tư vấn sơ chế, phơi sấy cà phê nhân cho các hợp tác xã đã tư vấn ở đợt trước.",
          "", "III. TỔ CHỨC THỰC HIỆN",
          "1. Văn phòng Hội tổng hợp kết quả các đợt, báo cáo Ban Thường vụ đến 30/11/2027.",
          "2. Ban Tư vấn - Phản biện tổng kết Kế hoạch, đề xuất Liên hiệp các Hội nhân rộng cách làm, hoàn thành trong "
          "tháng 7/2027.", "", "Trên đây là Kế hoạch tư vấn kỹ thuật của Hội./.", "",
          "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP Hội.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, place, stage, signer, name, suffix", [
    ("LIÊN HIỆP CÁC HỘI KH&KT TỈNH LÂM ĐỒNG", "HỘI KHOA HỌC KỸ THUẬT NÔNG NGHIỆP", "14", "Lâm Đồng", "Đợt",
     "TS. Kơ Să Ha Lâm", "Kơ Să Ha Lâm", ".txt"),
    ("LIÊN HIỆP CÁC HỘI KH&KT TỈNH ĐẮK LẮK", "HỘI LÀM VƯỜN", "22", "Đắk Lắk", "Giai đoạn", "PGS.TS. Nguyễn Văn An",
     "Nguyễn Văn An", ".txt"),
])
def test_a_stages_title_line_gives_its_items_their_time(tmp_path, parent, issuer, number, place, stage, signer, name,
                                                        suffix):
    draft = drafted(tmp_path, ROUNDS, suffix, parent=parent, issuer=issuer, number=number, place=place, stage=stage,
                    signer=signer)
    assert len(draft.texts()) == 5, draft.texts()
    first, second, third = (t for t in draft.tasks if t["text"].startswith("Chi hội"))
    assert (first["deadline"]["kind"], first["deadline"]["quarters"]) == ("quarter", [3])
    assert (second["deadline"]["kind"], second["deadline"]["quarters"]) == ("quarter", [3])
    assert (third["deadline"]["kind"], third["deadline"]["year"], third["deadline"]["quarters"]) == ("quarter", 2027, [2])
    assert [draft.names[a] for a in first["cooperating"]] == ["Trung tâm Khuyến nông tỉnh"]
    assert draft["Văn phòng Hội"]["deadline"]["before"] == "2027-11-30"
    assert draft.plan["signer"]["name"] == name


@pytest.mark.parametrize("unit, name", [
    ("TRUNG TÂM HỘI NGHỊ TỈNH", "trung tâm hội nghị tỉnh tuyên quang"),
    ("BẢO TÀNG TỈNH", "bảo tàng tỉnh tuyên quang"),
])
def test_a_unit_named_by_its_level_alone_and_one_days_cells(tmp_path, unit, name):
    rows = [["STT", "Công việc", "Bộ phận thực hiện", "Thời gian"],
            ["1", "Dựng 45 gian trưng bày ở sân phía Đông", "Phòng Dịch vụ hội nghị", "Chiều 15/10/2026"],
            ["2", "In và phát thẻ đại biểu, bố trí bàn đón tiếp", "Bộ phận Lễ tân", "Sáng 16/10/2026, từ 7 giờ 00"]]
    draft = word_document(tmp_path, "ke-hoach.docx", [
        "VĂN PHÒNG UBND TỈNH TUYÊN QUANG", unit, "Số: 37/KH-TTHN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Tuyên Quang, ngày 22 tháng 9 năm 2026", "KẾ HOẠCH",
        "Phục vụ Diễn đàn kinh tế tập thể, hợp tác xã năm 2026", "I. PHÂN CÔNG NHIỆM VỤ"], rows,
        ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Ma Văn Thuận"])
    issuer = next(a for a in draft.draft.registry["agencies"] if a["id"] == draft.plan["issuer"])
    assert issuer["name"].lower() == name  # its place once, after the level it names ("… tỉnh Tuyên Quang")
    assert draft["Dựng 45 gian"]["deadline"]["before"] == "2026-10-15"
    assert draft["In và phát thẻ"]["deadline"]["before"] == "2026-10-16"


@pytest.mark.parametrize("text, name", [
    ("hội nông dân xã vận động hội viên góp vốn tham gia tổ hợp tác", "hội nông dân xã"),
    ("Hội phụ nữ phường tuyên truyền Luật Hợp tác xã trong các buổi sinh hoạt chi hội", "Hội phụ nữ phường"),
    ("đoàn thanh niên xã ra quân làm đất giúp hộ thiếu lao động", "đoàn thanh niên xã"),
    ("Ban Kế hoạch - Hỗ trợ tư vấn lập danh sách hợp tác xã theo mức độ sẵn sàng", "Ban Kế hoạch - Hỗ trợ tư vấn"),
])
def test_mass_organisations_in_lower_case_and_names_a_verb_ends(text, name):
    assert names_of(text) == [name]


def test_a_partner_in_lower_case_after_phoi_hop():
    partners = fields.COOP.search("Hướng dẫn thành lập tổ hợp tác (phối hợp hội nông dân xã), hoàn thành tháng 10/2026.")
    assert names_of(partners.group("coop")) == ["hội nông dân xã"]


@pytest.mark.parametrize("text, before", [
    ("Văn phòng tổng hợp kết quả, báo cáo Ban Thường vụ đến 30/11/2026.", "2026-11-30"),
    ("Ban Tổ chức nhận hồ sơ đăng ký gian hàng của hợp tác xã đến 15/9/2026.", "2026-09-15"),
    # beside another time, "đến" is the day figures run to
    ("Ngân hàng thông tin số dư nợ cho vay hợp tác xã đến 31/10/2026 về Sở Tài chính trước 20/11.", "2026-11-20"),
    ("Cung cấp số liệu dư nợ đến ngày 30/9/2026, gửi trước 20/10/2026.", "2026-10-20"),
])
def test_up_to_a_day(text, before):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", before)


def test_figures_counted_to_a_day_are_no_time():
    assert fields.deadline("Báo cáo số liệu tính đến ngày 30/6/2026.").kind == "unspecified"


ISLAND = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit_caps}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 86/KH-UBND\t{place}, ngày 03 tháng 7 năm 2026", "", "KẾ HOẠCH",
          "Củng cố hợp tác xã hậu cần nghề cá năm 2026", "", "I. NHIỆM VỤ",
          "1. HTX dịch vụ nghề cá Tam Thanh, HTX Ngũ Phụng ký hợp đồng cung ứng dầu với cửa hàng xăng dầu, thực hiện "
          "trong quý III/2026.",
          "2. Phòng Kinh tế phối hợp Liên minh Hợp tác xã tỉnh tư vấn thành lập mới HTX mận ở thôn Na Kim, HTX lợn đen "
          "ở thôn Bản Phố 2; trong quý II/2026.",
          "3. Các HTX, liên hiệp HTX thành viên kê khai đầy đủ thông tin trên phần mềm, hoàn thành trước 30/6/2026.",
          "", "II. TỔ CHỨC THỰC HIỆN",
          "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo", "Chủ tịch UBND {unit} 6 tháng một lần.",
          "2. Văn phòng HĐND và UBND {unit} cân đối kinh phí hội họp, tập huấn cho các tổ hợp tác; trong tháng 7.", "",
          "Chủ tịch Ủy ban nhân dân {unit} yêu cầu Thủ trưởng các cơ quan, đơn vị nêu trên khẩn trương tổ chức thực "
          "hiện; vướng mắc phát sinh thì phản ánh về Phòng Kinh tế để tổng hợp, trình Chủ tịch Ủy ban nhân dân {unit} "
          "giải quyết./.", "",
          "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tNguyễn Thị Kim Hoa"]


@pytest.mark.parametrize("unit, place", [("đặc khu", "Phú Quý"), ("xã", "Bắc Hà")])
def test_a_line_opening_with_chu_tich_and_a_closing_with_where_to_turn(tmp_path, unit, place):
    lines = [line.format(unit=unit, unit_caps=f"{unit} {place}".upper(), place=place) for line in ISLAND]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 5, draft.texts()  # the closing is no task; the body goes on past "Chủ tịch UBND …"
    assert draft["Phòng Kinh tế là"]["deadline"]["kind"] == "ongoing"
    assert draft["Văn phòng HĐND"]["deadline"]["month"] == 7
    assert draft.lead("HTX dịch vụ") == ["HTX dịch vụ nghề cá Tam Thanh", "HTX Ngũ Phụng"]
    assert not any("lợn đen" in name for name in draft.coop("Phòng Kinh tế phối hợp"))
    assert draft.lead("Các HTX") == ["Các HTX, liên hiệp HTX thành viên"]


@pytest.mark.parametrize("text", [
    "Chủ tịch Ủy ban nhân dân xã yêu cầu Thủ trưởng các cơ quan, đơn vị nêu trên khẩn trương tổ chức thực hiện; vướng mắc "
    "phát sinh thì phản ánh về Phòng Kinh tế để tổng hợp, trình Chủ tịch Ủy ban nhân dân xã giải quyết./.",
    "Đề nghị các sở, ngành nghiêm túc thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở Tài "
    "chính để xem xét, giải quyết./.",
])
def test_a_closing_with_where_to_turn_is_no_task(text):
    assert gives_no_task(text)


def test_a_closing_followed_by_work_is_a_task():
    assert not gives_no_task("Đề nghị các sở, ngành nghiêm túc thực hiện; Sở Tài chính tổng hợp báo cáo trước 30/11/2026./.")
