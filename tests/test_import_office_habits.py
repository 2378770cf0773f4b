"""kehoach import: what everyday plans print as offices type them (issue 11).

A body's heading typed in lower case ("1. phòng Kinh tế" over its items); a class of cooperatives as the label of its
duties ("Các hợp tác xã có giám đốc tham gia đoàn: …"), the class as printed; a line of a delegation's or a working
group's make-up ("Trưởng đoàn: đồng chí …, Phó Chủ tịch …") is no task; a partner named by "cùng" in lower case
("Chủ trì cùng phòng Kế hoạch - Tài chính của Sở …") and a unit's owner after "của"; the verbs of preparing and
settling end a name ("Văn phòng Sở | chuẩn bị …"); a date printed as the deadline itself ("Thời hạn: 15/9/2026", "hạn
gửi giấy mời là 15/9/2026"), "đến hết năm 2026", and "6 tháng cuối năm" in a one-year plan.

A Công văn đôn đốc's table of where things stand ("Nội dung chưa gửi, còn thiếu", "Kết quả thực hiện", with no time
column) is no table of tasks; its closing "Đề nghị các cơ quan, đơn vị quan tâm, …./." is a courtesy; two bodies
listed before one verb both lead ("UBND xã A, UBND phường B phối hợp …"); a word of tense ends a name ("… các xã,
phường | đã gửi …"); a date put first ("Sau ngày 20/10/2026, đơn vị nào …, Phòng … lập …") is skipped to the doer;
"ngay khi phát sinh" is after a condition. Tested on phrases and documents written here, never on the held-out
sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written
from generator.importer import fields

COMMUNE = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 21/KH-UBND\tTân Lập, ngày 09 tháng 3 năm 2026", "", "KẾ HOẠCH",
           "Hỗ trợ hợp tác xã, tổ hợp tác trồng chè năm 2026", "", "I. MỤC ĐÍCH", "Củng cố các hợp tác xã chè.",
           "II. PHÂN CÔNG NHIỆM VỤ", "1. phòng Kinh tế",
           "- Rà soát các hợp tác xã chè không còn hoạt động, đề xuất giải thể, xong trong tháng 4/2026.",
           "- Hướng dẫn tổ hợp tác chè làm hồ sơ đề nghị hỗ trợ, đến hết năm 2026.",
           "2. trung tâm Dịch vụ nông nghiệp",
           "- Mở 02 lớp tập huấn kỹ thuật chăm sóc chè cho thành viên hợp tác xã, trong quý II/2026.",
           "3. Văn phòng UBND xã chuẩn bị hội trường, tài liệu cho hội nghị sơ kết, thời hạn: 15/9/2026.",
           "4. Các hợp tác xã có vùng chè được chọn: ghi nhật ký đồng ruộng, báo cáo phòng Kinh tế trước 30/10/2026.",
           "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND tỉnh;\tCHỦ TỊCH", "- Lưu: VT.\tLò Văn Sinh"]

TOUR = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH SƠN LA\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 55/KH-LMHTX\tSơn La, ngày 02 tháng 6 năm 2026", "", "KẾ HOẠCH",
        "Đoàn công tác học tập mô hình hợp tác xã cà phê năm 2026", "", "I. THÀNH PHẦN ĐOÀN",
        "- Trưởng đoàn: đồng chí Cầm Văn Hùng, Phó Chủ tịch Liên minh Hợp tác xã tỉnh.",
        "- Phó Trưởng đoàn: bà Lường Thị Hoa, Trưởng ban Kiểm tra - Hỗ trợ.",
        "- Thành viên: đại diện lãnh đạo Sở Tài chính, Sở Nông nghiệp và Môi trường.",
        "II. PHÂN CÔNG", "1. ban Kiểm tra - Hỗ trợ",
        "- Lựa chọn 10 hợp tác xã tham gia đoàn; hạn gửi giấy mời là 20/7/2026.",
        "2. Văn phòng Liên minh quyết toán kinh phí chuyến đi, trong tháng 11/2026.",
        "3. Các hợp tác xã tham gia đoàn: xây dựng phương án áp dụng mô hình, gửi Liên minh trong 6 tháng cuối năm.",
        "4. Ban Tuyên truyền chủ trì cùng phòng Hành chính của Văn phòng Liên minh viết tin, bài về chuyến đi, trong "
        "quý IV/2026.",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Như trên;\tCHỦ TỊCH", "- Lưu: VT.\tQuàng Văn Tiến"]


def test_a_body_s_heading_typed_in_lower_case_leads_its_items(tmp_path):
    commune = written(tmp_path, "xa.txt", COMMUNE)
    assert commune.lead("Rà soát các hợp tác xã chè") == ["phòng Kinh tế"]
    assert commune.lead("Hướng dẫn tổ hợp tác chè") == ["phòng Kinh tế"]
    assert commune.lead("Mở 02 lớp tập huấn") == ["trung tâm Dịch vụ nông nghiệp"]
    tour = written(tmp_path, "doan.txt", TOUR)
    assert tour.lead("Lựa chọn 10 hợp tác xã") == ["ban Kiểm tra - Hỗ trợ"]


def test_a_class_of_cooperatives_as_the_label_of_its_duties(tmp_path):
    assert written(tmp_path, "xa.txt", COMMUNE).lead("Các hợp tác xã có vùng chè") == \
        ["Các hợp tác xã có vùng chè được chọn"]
    assert written(tmp_path, "doan.txt", TOUR).lead("Các hợp tác xã tham gia đoàn") == ["Các hợp tác xã tham gia đoàn"]


def test_a_line_of_a_delegation_s_make_up_is_no_task(tmp_path):
    tour = written(tmp_path, "doan.txt", TOUR)
    assert not [t for t in tour.texts() if t.startswith(("Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên"))]
    assert len(tour.tasks) == 4


@pytest.mark.parametrize("text", ["Tổ trưởng: ông Nguyễn Văn Bình, Phó Giám đốc Sở Tài chính.",
                                  "Thư ký: đồng chí Lê Thị Mai, chuyên viên Phòng Kinh tế.",
                                  "Ủy viên: đại diện lãnh đạo Liên minh Hợp tác xã tỉnh."])
def test_a_working_group_s_make_up(text):
    from generator.importer import draft
    assert draft._MAKE_UP.match(fields.fold(text))


def test_a_member_with_duties_is_still_a_task():
    from generator.importer import draft
    text = "Tổ trưởng: ông Nguyễn Văn Bình, Phó Giám đốc Sở Tài chính: chỉ đạo chung hoạt động của Tổ."
    assert not draft._MAKE_UP.match(fields.fold(text))


def test_a_partner_by_cumg_in_lower_case_and_its_owner_after_cua(tmp_path):
    tour = written(tmp_path, "doan.txt", TOUR)
    assert tour.lead("Ban Tuyên truyền chủ trì") == ["Ban Tuyên truyền"]
    assert tour.coop("Ban Tuyên truyền chủ trì") == ["phòng Hành chính"]


def test_the_verbs_of_preparing_and_settling_end_a_name(tmp_path):
    assert written(tmp_path, "xa.txt", COMMUNE).lead("Văn phòng UBND xã chuẩn bị") == ["Văn phòng UBND xã"]
    assert written(tmp_path, "doan.txt", TOUR).lead("Văn phòng Liên minh quyết toán") == ["Văn phòng Liên minh"]
    for text, name in [("Văn phòng Sở chuẩn bị hội trường, tài liệu.", "Văn phòng Sở"),
                       ("Phòng Kinh tế sơ kết việc thực hiện Kế hoạch.", "Phòng Kinh tế"),
                       ("Văn phòng Hội lồng ghép nội dung vào chương trình công tác.", "Văn phòng Hội")]:
        assert fields.name_only(text) == name


@pytest.mark.parametrize("text,want", [
    ("Chuẩn bị hội trường, thời hạn: 15/9/2026.", {"kind": "before", "before": "2026-09-15", "printed": "15/9/2026"}),
    ("Lựa chọn 10 hợp tác xã; hạn gửi giấy mời là 20/7/2026.", {"kind": "before", "before": "2026-07-20"}),
    ("Các hợp tác xã nộp hồ sơ về Sở. Hạn nộp hồ sơ: ngày 30/9/2026.", {"kind": "before", "before": "2026-09-30"}),
    ("Hướng dẫn tổ hợp tác làm hồ sơ đề nghị hỗ trợ, đến hết năm 2026.", {"kind": "year", "year": 2026}),
    ("Giới thiệu sản phẩm trên Trang thông tin điện tử, từ nay đến hết năm 2027.", {"kind": "year", "year": 2027}),
])
def test_a_date_printed_as_the_deadline_itself(text, want):
    found = fields.deadline(text).as_dict()
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize("text", ["Cho vay với hạn mức 50 triệu đồng mỗi hợp tác xã.",
                                  "Hỗ trợ hợp tác xã có thời hạn hoạt động từ 02 năm."])
def test_words_of_a_limit_are_no_deadline(text):
    assert fields.deadline(text).kind == "unspecified"


def test_half_a_year_without_its_year_in_a_one_year_plan(tmp_path):
    found = fields.deadline("6 tháng cuối năm", cell=True, year=2026)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2026, [3, 4])
    assert "không ghi năm" in found.note
    assert fields.deadline("6 tháng cuối năm", cell=True).kind == "unspecified"  # no year to read it in
    found = fields.deadline("hoàn thành trong 6 tháng đầu năm.", year=2027)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2027, [1, 2])
    tour = written(tmp_path, "doan.txt", TOUR)
    assert tour["Các hợp tác xã tham gia đoàn"]["deadline"]["quarters"] == [3, 4]


URGING = ["SỞ TÀI CHÍNH TỈNH ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 1904/STC-DN\tĐắk Lắk, ngày 12 tháng 10 năm 2026", "V/v đôn đốc báo cáo tình hình hợp tác xã", "",
          "Kính gửi: Các cơ quan, đơn vị.", "",
          "Đến ngày 10/10/2026, các cơ quan, đơn vị sau chưa gửi báo cáo:",
          "STT\tCơ quan, đơn vị\tNội dung chưa gửi, còn thiếu\tGhi chú",
          "1\tSở Công Thương\tSố liệu hợp tác xã tham gia chương trình OCOP\tChưa gửi",
          "2\tUBND xã Ea Kar\tBiểu 01, Biểu 02\tGửi thiếu",
          "3\tUBND phường Buôn Hồ\tBiểu 02\tChưa gửi", "",
          "Sở Tài chính đề nghị:",
          "1. UBND xã Ea Kar, UBND phường Buôn Hồ hoàn thiện các biểu còn thiếu, gửi về Sở trước ngày 20/10/2026.",
          "2. Ủy ban nhân dân các xã, phường đã gửi báo cáo cập nhật việc giải thể hợp tác xã ngay khi phát sinh.",
          "3. Sau ngày 20/10/2026, đơn vị nào chưa gửi báo cáo, Phòng Doanh nghiệp lập danh sách, báo cáo Giám đốc Sở.",
          "Đề nghị các cơ quan, đơn vị quan tâm, gửi báo cáo đúng hạn để Sở kịp tổng hợp./.", "",
          "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\tY Bhin Niê"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_table_of_where_things_stand_is_no_task(tmp_path, suffix):
    lines = URGING if suffix == ".txt" else as_markdown(URGING)
    draft = written(tmp_path, "don-doc" + suffix, lines)
    assert len(draft.tasks) == 3, draft.texts()
    assert not [t for t in draft.texts() if t.startswith(("Biểu", "Số liệu", "Đề nghị các cơ quan"))]


@pytest.mark.parametrize("header,kind", [
    ({"row": "STT", "lead": "Cơ quan, đơn vị", "text": "Nội dung chưa gửi, còn thiếu"}, True),
    ({"row": "TT", "text": "Kết quả thực hiện", "lead": "Đơn vị"}, True),
    ({"row": "TT", "text": "Tồn tại, hạn chế"}, True),
    ({"row": "TT", "text": "Nhiệm vụ chưa hoàn thành", "lead": "Cơ quan chủ trì", "deadline": "Thời hạn mới"}, False),
    ({"row": "TT", "text": "Nội dung công việc", "lead": "Cơ quan chủ trì"}, False),
])
def test_which_tables_say_where_things_stand(header, kind):
    from generator.importer import tables
    assert tables.status(header) is kind


def test_a_letter_s_requests_as_offices_word_them(tmp_path):
    draft = written(tmp_path, "don-doc.txt", URGING)
    assert draft.lead("UBND xã Ea Kar") == ["UBND xã Ea Kar", "UBND phường Buôn Hồ"]  # two bodies, one verb
    assert draft.lead("Ủy ban nhân dân các xã, phường đã") == ["Ủy ban nhân dân các xã, phường"]  # "đã" is no name's
    assert draft["Ủy ban nhân dân các xã, phường đã"]["deadline"]["kind"] == "after-condition"   # "ngay khi …"
    assert draft.lead("Sau ngày 20/10/2026") == ["Phòng Doanh nghiệp"]  # after a fronted date and condition


@pytest.mark.parametrize("text,name", [
    ("UBND xã Tân Hòa, UBND xã Tân Phú phối hợp với Thuế tỉnh đối chiếu số liệu.", "UBND xã Tân Hòa, UBND xã Tân Phú"),
    ("Ban Tuyên giáo đang xây dựng chuyên mục về hợp tác xã.", "Ban Tuyên giáo"),
    ("Các hợp tác xã chưa gửi báo cáo.", "Các hợp tác xã"),
])
def test_a_name_ends_before_a_list_s_comma_or_a_word_of_tense(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text", ["Báo cáo Sở Tài chính ngay khi có vụ việc phát sinh.",
                                  "Cập nhật lên Hệ thống thông tin ngay khi hợp tác xã giải thể."])
def test_as_soon_as_it_happens(text):
    assert fields.deadline(text).kind == "after-condition"
