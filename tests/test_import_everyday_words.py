"""kehoach import: more of what everyday plans print (issue 11).

No task: a contact line ("Thông tin liên hệ: bà …, điện thoại …"; "Trong quá trình thực hiện, có vướng mắc đề nghị
liên hệ … (đ/c …, ĐT: …) để phối hợp giải quyết"), a difficulty sent up ("… các đơn vị báo về UBND phường … để chỉ
đạo"), a slogan ("…!"), a legend of abbreviations ("Viết tắt trong bảng: …"). Names: "cùng" after the lead names its
partner ("Phòng … cùng Liên minh … hỗ trợ"), "chọn", "bảo vệ", "giữ", "thông tin kịp thời" end a name; a union, an
association, a village's self-managing board and a community extension group are bodies ("Liên hiệp HTX …", "Hiệp hội
Du lịch tỉnh", "Ban tự quản các thôn", "Tổ khuyến nông cộng đồng"), and so is one cooperative by its name ("Hợp tác xã
Nông nghiệp Dịch vụ …"). Times: "dự kiến tháng 10/2027", "sau mỗi đợt thiên tai" (after each event), a lunar month
(no calendar month), a run of days without "ngày" ("từ 20/10 đến 30/11/2026", "Từ 23/3 đến 03/4"). Tested on phrases and
documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import SOURCE
from generator.importer import draft, fields
from generator.importer.layout import paragraphs

KNOWN = fields.Known.load(SOURCE)


@pytest.mark.parametrize("text", [
    "Thông tin liên hệ: bà Lê Thị Thu, phòng Kinh tế, điện thoại 0262.3852.111.",
    "Trong quá trình thực hiện, có vướng mắc đề nghị liên hệ Chi cục PTNT (đ/c Trần Văn An, ĐT: 0255.3822.416) để phối "
    "hợp giải quyết./.",
    "Quá trình thực hiện có khó khăn, vướng mắc các đơn vị báo về UBND phường (qua phòng Kinh tế) để chỉ đạo./.",
    "Hợp tác xã kiểu mới - vì lợi ích của thành viên và cộng đồng!",
    "Nhiệt liệt chào mừng Ngày Hợp tác xã Việt Nam 11/4!",
    "Viết tắt trong bảng: P.KTHT - Phòng Kinh tế hợp tác; VP Cục - Văn phòng Cục.",
    "Chữ viết tắt: HTX - hợp tác xã; THT - tổ hợp tác.",
])
def test_no_task(text):
    assert draft._no_task(paragraphs([text])[0])


@pytest.mark.parametrize("text", [
    "Phòng Kinh tế liên hệ với các doanh nghiệp để ký hợp đồng tiêu thụ cho hợp tác xã trong quý IV/2026.",
    "Văn phòng Hội in 500 tờ rơi về hợp tác xã trong tháng 5/2026.",
])
def test_still_a_task(text):
    assert not draft._no_task(paragraphs([text])[0])


@pytest.mark.parametrize("text,name", [
    ("Phòng Chính sách dân tộc cùng Liên minh Hợp tác xã tỉnh hỗ trợ 08 hợp tác xã.", "Phòng Chính sách dân tộc"),
    ("Ban TV-HT cùng với Viettel Cà Mau hỗ trợ 20 hợp tác xã.", "Ban TV-HT"),
    ("Thanh tra Sở chọn ngẫu nhiên 05 hợp tác xã để kiểm tra.", "Thanh tra Sở"),
    ("Ban tự quản các thôn bảo vệ vườn cà phê trong mùa thu hoạch.", "Ban tự quản các thôn"),
    ("Ban điều hành các ấp giữ an ninh trật tự tại các điểm thu mua.", "Ban điều hành các ấp"),
    ("Chi cục PTNT thông tin kịp thời cho các hợp tác xã thành viên.", "Chi cục PTNT"),
    ("Văn phòng Sở đăng tải danh sách hợp tác xã lên Trang thông tin điện tử.", "Văn phòng Sở"),
])
def test_where_a_name_ends(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("name", ["Ban bảo vệ dân phố", "Trung tâm Công nghệ thông tin", "Ban Kết nối giao thương"])
def test_names_that_hold_those_words(name):
    assert fields.name_only(name + " hướng dẫn hợp tác xã.") == name


@pytest.mark.parametrize("name", ["Liên hiệp HTX Thương mại Thành phố", "Hiệp hội Du lịch tỉnh", "Ban tự quản các thôn",
                                  "Tổ khuyến nông cộng đồng", "Hợp tác xã Nông nghiệp Dịch vụ Ea Súp Xanh"])
def test_bodies_of_more_kinds(name):
    assert fields.starts_body(name)
    assert fields.match_agencies(name, KNOWN).unknown == [name]


@pytest.mark.parametrize("text", ["Hợp tác xã được hỗ trợ kinh phí.", "hợp tác xã Tân Phú", "Hợp tác xã"])
def test_a_cooperative_only_by_its_capitalised_name(text):
    assert not fields.starts_body(text)


@pytest.mark.parametrize("text,kw,want", [
    ("chuẩn bị hội nghị tổng kết, dự kiến tháng 10/2027.", {}, {"kind": "month", "month": 10, "year": 2027}),
    ("cân đối kinh phí khắc phục sau mỗi đợt thiên tai.", {}, {"kind": "after-condition"}),
    ("Sau mỗi lớp", {"cell": True}, {"kind": "after-condition"}),
    ("tổ chức 12 lớp từ 20/10 đến 30/11/2026.", {}, {"kind": "before", "before": "2026-11-30"}),
    ("Từ 23/3 đến 03/4", {"cell": True, "year": 2026}, {"kind": "before", "before": "2026-04-03"}),
    ("Tổ chức lễ hội vào tháng 4 âm lịch.", {"year": 2027}, {"kind": "unspecified"}),
    ("Dự kiến kinh phí 50 triệu đồng.", {}, {"kind": "unspecified"}),
])
def test_times(text, kw, want):
    found = fields.deadline(text, **kw).as_dict()
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize("text", [
    "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Sở Xây dựng (qua phòng Quản lý vận tải, ĐT: "
    "0229.3871.446) để xử lý./.",
    "Vướng mắc phát sinh, các đơn vị gửi ý kiến bằng văn bản về Sở Tài chính; Sở tổng hợp, trình UBND tỉnh cho ý kiến./.",
])
def test_difficulties_sent_up_are_no_task(text):
    assert draft._no_task(paragraphs([text])[0])


@pytest.mark.parametrize("text,name", [
    ("Trung tâm Đăng kiểm xe cơ giới (thuộc Sở) công khai lịch kiểm định.", "Trung tâm Đăng kiểm xe cơ giới"),
    ("Đội Quản lý thị trường số 3 (Chi cục Quản lý thị trường tỉnh) phối hợp kiểm tra hàng hóa.",
     "Đội Quản lý thị trường số 3"),
    ("Văn phòng Sở đăng công khai danh sách hợp tác xã vi phạm.", "Văn phòng Sở"),
    ("Liên hiệp HTX Thương mại Thành phố ký hợp đồng bao tiêu với hợp tác xã.", "Liên hiệp HTX Thương mại Thành phố"),
    ("Các HTX vận tải tự rà soát hợp đồng với xã viên.", "Các HTX vận tải"),
    ("Các HTX đang hoạt động nộp báo cáo tình hình tài chính.", "Các HTX đang hoạt động"),
    ("Các chi hội, câu lạc bộ trực thuộc đăng ký hội viên tham gia.", "Các chi hội, câu lạc bộ trực thuộc"),
])
def test_more_name_ends(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text,name", [
    ("Ban Hỗ trợ (Bên A) và Phòng Khách hàng (Bên B) tổ chức hội nghị.", "Ban Hỗ trợ (Bên A) và Phòng Khách hàng"),
    ("Văn phòng đăng ký đất đai cung cấp trích lục cho hợp tác xã.", "Văn phòng đăng ký đất đai"),
    ("Phòng Đăng ký kinh doanh hướng dẫn thủ tục.", "Phòng Đăng ký kinh doanh"),
])
def test_names_a_bracket_or_a_verb_does_not_cut(text, name):
    assert fields.name_only(text) == name


def test_a_class_of_cooperatives_as_the_subject(tmp_path):
    from drafts import written
    lines = ["SỞ XÂY DỰNG TỈNH NAM ĐỊNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 812/KH-SXD\tNinh Bình, ngày 04 tháng 8 năm 2026", "", "KẾ HOẠCH", "Chấn chỉnh hợp tác xã vận tải năm 2026",
             "", "I. NHIỆM VỤ", "1. Các HTX vận tải tự rà soát hợp đồng với xã viên, xong trước 15/11/2026.",
             "2. Các HTX đang hoạt động nộp báo cáo tình hình tài chính trước ngày 10/12/2026.",
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tTrần Văn Kiên"]
    made = written(tmp_path, "van-tai.txt", lines)
    assert made.lead("Các HTX vận tải") == ["Các HTX vận tải"]
    assert made.lead("Các HTX đang hoạt động") == ["Các HTX đang hoạt động"]


@pytest.mark.parametrize("text", [
    "Liên minh Hợp tác xã tỉnh trân trọng thông báo./.",
    "Mọi chi tiết xin liên hệ bà Lê Thị Vân, Ban Kinh tế, điện thoại 0237.3852.101.",
    "Ghi chú: các việc tại mục 2, 3 và 4 làm lại với mỗi cơn bão, áp thấp nhiệt đới.",
])
def test_a_notice_s_closing_a_contact_and_a_note(text):
    assert draft._no_task(paragraphs([text])[0])


@pytest.mark.parametrize("text,name", [
    ("Chi cục Phát triển nông thôn trực 24/24 giờ trong thời gian bão.", "Chi cục Phát triển nông thôn"),
    ("Chi cục Chăn nuôi và Thú y cấp hóa chất khử trùng cho hợp tác xã.", "Chi cục Chăn nuôi và Thú y"),
    ("phòng KT nắm tiến độ, nhắc việc các đơn vị.", "phòng KT"),
    ("Trung tâm Phục vụ hành chính công trực thuộc Ủy ban nhân dân tỉnh tiếp nhận hồ sơ.",
     "Trung tâm Phục vụ hành chính công trực thuộc Ủy ban nhân dân tỉnh"),
    ("Ban Chỉ đạo cấp tỉnh chỉ đạo rà soát hợp tác xã.", "Ban Chỉ đạo cấp tỉnh"),
])
def test_verbs_of_watch_supply_and_following(text, name):
    assert fields.name_only(text) == name
