"""kehoach import: groups lettered "A.", "B." inside a part, a state company's farms as doers, a title whose bracket
names its doer, the classes picked out by what befell them or where they are, more closings, and times printed with
the part of the day or counted after an event (issue 11).

- Groups: "II. NHIỆM VỤ CỤ THỂ" / "A. Thu mua" / "1. …" / "2. …" / "B. Kỹ thuật" / "3. …": the lettered titles group the
  numbered items, whose last item before the next letter stays a task (not a heading over "B. …"). "A. …" over "I."
  parts at the top, or a lone "A." with no "B.", is no such group.
- Doers: "(Nông trường Khe Sanh thực hiện; …)", "Lâm trường …"; "2. Văn hóa - Xã hội (phòng VH-XH)" over its
  bullets; "UBND các xã, phường bị ảnh hưởng" over its points; "Các HTX trên địa bàn | nộp …" keeps where they are;
  "thanh toán", "chi trả", "công khai" are verbs after a name.
- No task: "Trong quá trình làm, vướng mắc gì … báo về …", "Kế hoạch này thay cho …; có vướng mắc thì báo cáo …",
  "Kế hoạch này thay thế Kế hoạch số …".
- Times: "sáng ngày 10/4", "tối ngày 10/4/2026" (not "tới ngày"); "sau Ngày hội 05 ngày", "05 ngày sau Hội nghị";
  "khi có kết quả rà soát"; "trước vụ chè xuân 2026"; "gian hàng ngày 10/4" is a day, not "hàng ngày".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import drafted, gives_no_task, names_of
from generator.importer import fields, layout

COMPANY = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-{short}\t{place}, ngày 12 tháng 01 năm 2026", "", "KẾ HOẠCH",
           "Liên kết với hợp tác xã trồng {crop} năm 2026", "", "I. MỤC TIÊU",
           "Thu mua qua hợp tác xã 60% sản lượng của các hộ nhận khoán.", "", "II. NHIỆM VỤ CỤ THỂ",
           "A. Thu mua",
           "1. Ký hợp đồng khung với 12 hợp tác xã (Phòng Kinh doanh chủ trì, phối hợp {farm_a}, {farm_b}; xong "
           "trước 28/02/2026).",
           "2. Mở thêm 04 điểm cân gần đội sản xuất ({farm_a} thực hiện; tháng 3/2026).",
           "3. Đo độ ẩm từng lô hàng ngay tại điểm cân (Phòng Kiểm định chất lượng; suốt vụ).",
           "B. Kỹ thuật",
           "4. Tập huấn quy trình canh tác cho 300 thành viên (Phòng Kỹ thuật; quý II/2026).",
           "5. Lập bản đồ lô vườn của từng hợp tác xã (Phòng Kỹ thuật chủ trì, phối hợp {farm_b}; 6 tháng đầu năm).",
           "C. Thanh toán",
           "6. Phòng Tài chính - Kế toán thanh toán tiền hàng cho hợp tác xã chậm nhất 07 ngày sau mỗi đợt giao.",
           "", "III. TỔ CHỨC THỰC HIỆN",
           "Trong quá trình làm, vướng mắc gì các đơn vị báo về Phòng Kinh doanh để trình Tổng Giám đốc giải quyết./.",
           "", "Nơi nhận:\tKT. TỔNG GIÁM ĐỐC", "- Lưu: VT.\tPHÓ TỔNG GIÁM ĐỐC", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, short, place, crop, farm_a, farm_b, signer, suffix", [
    ("TẬP ĐOÀN CÔNG NGHIỆP CAO SU VIỆT NAM", "CÔNG TY TNHH MTV CAO SU KON TUM", "31", "CSKT", "Quảng Ngãi", "cao su",
     "Nông trường Đăk Hà", "Nông trường Sa Thầy", "Phạm Văn Tài", ".txt"),
    ("TỔNG CÔNG TY LÂM NGHIỆP VIỆT NAM", "CÔNG TY LÂM NGHIỆP YÊN BÁI", "58", "LNYB", "Lào Cai", "quế",
     "Lâm trường Văn Chấn", "Lâm trường Lục Yên", "Hà Thị Xuân", ".md"),
])
def test_groups_lettered_inside_a_part(tmp_path, parent, issuer, number, short, place, crop, farm_a, farm_b, signer,
                                       suffix):
    draft = drafted(tmp_path, COMPANY, suffix, parent=parent, issuer=issuer, number=number, short=short, place=place,
                    crop=crop, farm_a=farm_a, farm_b=farm_b, signer=signer)
    assert len(draft.texts()) == 6, draft.texts()  # no "A. Thu mua", no closing; items 3 and 5 stay tasks
    assert draft.lead("Đo độ ẩm") == ["Phòng Kiểm định chất lượng"]
    assert draft["Đo độ ẩm"]["deadline"]["kind"] == "ongoing"
    assert draft.lead("Lập bản đồ") == ["Phòng Kỹ thuật"]
    assert draft.coop("Lập bản đồ") == [farm_b]
    assert draft.coop("Ký hợp đồng khung") == [farm_a, farm_b]
    assert draft.lead("Mở thêm 04 điểm cân") == [farm_a]
    assert draft.lead("Phòng Tài chính - Kế toán") == ["Phòng Tài chính - Kế toán"]
    assert [g["title"] for g in draft.plan["groups"]][1:4] == ["Thu mua", "Kỹ thuật", "Thanh toán"]
    assert draft["Đo độ ẩm"]["place"]["section"] == "II.A"
    assert draft["Lập bản đồ"]["place"]["section"] == "II.B"


TOP_LETTERS = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{commune}\tĐộc lập - Tự do - Hạnh phúc",
               "Số: {number}/KH-UBND\t{place}, ngày 05 tháng 02 năm 2026", "", "KẾ HOẠCH",
               "Phát triển hợp tác xã năm 2026", "", "A. KẾT QUẢ NĂM 2025",
               "Xã có 9 hợp tác xã, 4 hợp tác xã mới thành lập.", "", "B. KẾ HOẠCH NĂM 2026", "I. NHIỆM VỤ",
               "1. Phòng Kinh tế rà soát các hợp tác xã ngừng hoạt động, xong trong quý I/2026.",
               "2. {lone}",
               "3. Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo trước ngày 15/12/2026.", "",
               "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("commune, number, place, lone, signer, suffix", [
    ("XÃ TÂN PHÚ", "12", "Tân Phú", "Phòng Văn hóa - Xã hội tuyên truyền mô hình hợp tác xã kiểu mới trong năm 2026.",
     "Lê Văn Nam", ".txt"),
    ("PHƯỜNG AN LẠC", "07", "An Lạc", "Trạm Y tế phường khám sức khỏe cho thành viên hợp tác xã trong tháng 6/2026.",
     "Đỗ Thị Hoa", ".md"),
])
def test_letters_over_the_parts_are_no_groups_of_a_part(tmp_path, commune, number, place, lone, signer, suffix):
    draft = drafted(tmp_path, TOP_LETTERS, suffix, commune=commune, number=number, place=place, lone=lone,
                    signer=signer)
    assert len(draft.texts()) == 3
    assert draft.lead("Phòng Kinh tế rà soát") == ["Phòng Kinh tế"]
    assert draft.lead("Văn phòng HĐND") == ["Văn phòng HĐND và UBND xã"]


def test_a_lone_capital_letter_is_no_group():
    lines = ["I. NHIỆM VỤ", "A. Ký kết hợp đồng với các hợp tác xã", "1. Phòng Kinh doanh ký hợp đồng.",
             "2. Phòng Kỹ thuật tập huấn."]
    kinds = [(p.kind, p.marker) for p in layout.paragraphs(lines)]
    assert ("roman", "A") not in kinds
    lettered = ["I. NHIỆM VỤ", "A. Ký kết hợp đồng", "1. Phòng Kinh doanh ký hợp đồng.", "B. Kỹ thuật",
                "2. Phòng Kỹ thuật tập huấn."]
    paras = layout.paragraphs(lettered)
    assert [(p.kind, p.marker) for p in paras] == [("roman", "I"), ("roman", "A"), ("num", "1"), ("roman", "B"),
                                                   ("num", "2")]
    layout.tree(paras)
    assert paras[2].parent is paras[1] and paras[4].parent is paras[3] and paras[3].parent is paras[0]


COMMUNE = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{commune}\tĐộc lập - Tự do - Hạnh phúc", "",
           "Số: {number}/KH-UBND\t{place}, ngày 20 tháng 3 năm 2026", "", "KẾ HOẠCH",
           "Tổ chức Ngày hội sản phẩm hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
           "Giới thiệu sản phẩm của các hợp tác xã.", "", "II. PHÂN CÔNG",
           "1. Kinh tế (phòng KT)",
           "- Dựng 15 gian hàng cho hợp tác xã, hoàn thành {part} ngày 24/4.",
           "- Phòng KT tổng hợp kết quả, báo cáo UBND xã sau Ngày hội 05 ngày.",
           "2. {field} ({office})",
           "- Tập dượt chương trình văn nghệ; tổng duyệt tối ngày 24/4/2026.",
           "- Đưa tin về Ngày hội trên loa truyền thanh.",
           "3. UBND các thôn bị ảnh hưởng của lũ",
           "a) Thống kê gian hàng hư hỏng, gửi phòng KT trước ngày 10/4/2026.",
           "b) Phối hợp phòng KT dọn dẹp mặt bằng Ngày hội.",
           "4. Các HTX trên địa bàn xã nộp danh sách sản phẩm về phòng KT trước ngày 05/4/2026.", "",
           "Kế hoạch này thay cho Kế hoạch số 3/KH-UBND năm 2025; có vướng mắc thì báo cáo Chủ tịch UBND xã xem "
           "xét./.", "", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("commune, number, place, part, field, office, signer, suffix", [
    ("XÃ BẢN LẦU", "31", "Bản Lầu", "sáng", "Văn hóa - Xã hội", "phòng VH-XH", "Giàng Seo Phử", ".txt"),
    ("XÃ NGHĨA HÀNH", "44", "Nghĩa Hành", "chiều", "Thông tin", "Văn phòng HĐND và UBND xã", "Phạm Thị Thu", ".md"),
])
def test_titles_that_name_their_doer_and_days_with_their_time(tmp_path, commune, number, place, part, field, office,
                                                               signer, suffix):
    draft = drafted(tmp_path, COMMUNE, suffix, commune=commune, number=number, place=place, part=part, field=field,
                    office=office, signer=signer)
    assert len(draft.texts()) == 7, draft.texts()  # the closing with what the plan replaces is no task
    assert draft["Dựng 15 gian hàng"]["deadline"]["before"] == "2026-04-24"
    assert draft["Phòng KT tổng hợp"]["deadline"]["kind"] == "after-condition"
    assert draft["Tập dượt"]["deadline"]["before"] == "2026-04-24"
    assert draft.lead("Tập dượt") == [office]
    assert draft.lead("Đưa tin") == [office]
    assert draft.lead("Thống kê gian hàng") == ["UBND các thôn bị ảnh hưởng của lũ"]
    assert draft.lead("Phối hợp phòng KT dọn dẹp") == ["UBND các thôn bị ảnh hưởng của lũ"]
    assert draft.lead("Các HTX") == ["Các HTX trên địa bàn xã"]


@pytest.mark.parametrize("text, before", [
    ("hoàn thành việc dựng gian hàng sáng ngày 10/4.", "2026-04-10"),
    ("xong trước chiều ngày 15/9.", "2026-09-15"),
    ("Dàn dựng tiết mục văn nghệ; tổng duyệt tối ngày 10/4/2026.", "2026-04-10"),
    ("Bàn giao hội trường vào buổi sáng ngày 03/6/2026.", "2026-06-03"),
])
def test_a_day_with_its_part_of_the_day(text, before):
    found = fields.deadline(text, year=2026, signed=dt.date(2026, 3, 1))
    assert (found.kind, found.before) == ("before", before)


def test_evening_is_not_until():
    # "tối ngày" (in the evening of) folds as "tới ngày" (until) does: only the printed word says which
    assert fields.deadline("tổ chức tổng duyệt tối ngày 10/4/2026").kind == "before"
    assert fields.deadline("rà soát số hợp tác xã có tới ngày 10/4/2026").kind != "before"


@pytest.mark.parametrize("text", [
    "Phòng Kinh tế tổng hợp, báo cáo UBND xã sau Ngày hội 05 ngày.",
    "Văn phòng gửi biên bản cho các hợp tác xã 03 ngày sau Hội nghị.",
    "Phòng Kế hoạch tham mưu bố trí kinh phí khi có kết quả rà soát tại mục 1.",
    "Sở Tài chính trình UBND tỉnh khi có kết quả thẩm định của Hội đồng.",
])
def test_times_after_an_event(text):
    assert fields.deadline(text).kind == "after-condition"


@pytest.mark.parametrize("text, year", [
    ("Hướng dẫn HTX chè ghi nhật ký sản xuất; trước vụ chè xuân 2026.", 2026),
    ("Cấp giống cho tổ hợp tác, hoàn thành trước vụ lúa mùa 2027.", 2027),
])
def test_a_season_named_with_its_crop(text, year):
    found = fields.deadline(text)
    assert (found.kind, found.year) == ("year", year)


def test_a_stall_on_a_day_is_not_daily():
    assert fields.deadline("hoàn thành dựng gian hàng ngày 10/4.", year=2026).kind == "before"
    assert fields.deadline("Cập nhật giá hàng ngày trên trang thông tin.").kind == "ongoing"


@pytest.mark.parametrize("text, name", [
    ("Phòng Tài vụ - Quản trị thanh toán tiền hàng cho hợp tác xã", "Phòng Tài vụ - Quản trị"),
    ("Quỹ Hỗ trợ nông dân chi trả lãi tiền vay cho tổ hợp tác", "Quỹ Hỗ trợ nông dân"),
    ("Các chi nhánh TCTD trên địa bàn công khai lãi suất cho vay", "Các chi nhánh TCTD trên địa bàn"),
    ("Các hợp tác xã trên địa bàn tỉnh gửi báo cáo năm", "Các hợp tác xã trên địa bàn tỉnh"),
])
def test_names_end_before_their_verbs(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text", [
    "Trong quá trình làm, có vướng mắc các tổ báo về Văn phòng Công ty để trình Giám đốc giải quyết./.",
    "Kế hoạch này thay cho lịch tập huấn năm 2025 của Hội; có vướng mắc thì báo cáo Thường trực Hội xem xét./.",
    "Kế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân xã./.",
])
def test_closings_that_give_no_work(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text, name", [
    ("Sở Nông nghiệp và Môi trường thành phố Cần Thơ giới thiệu các hợp tác xã",
     "Sở Nông nghiệp và Môi trường thành phố Cần Thơ"),
    ("Đề nghị Sở Tài chính thành phố Hải Phòng hướng dẫn hồ sơ", "Sở Tài chính thành phố Hải Phòng"),
])
def test_a_department_of_a_city_keeps_its_city(text, name):
    assert names_of(text) == [name]


RESERVE = ["{parent}", "{own}", "{region}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-{short}\t{place}, ngày 02 tháng 9 năm 2026", "", "KẾ HOẠCH",
           "Mua thóc dự trữ quốc gia từ các hợp tác xã năm 2026", "", "I. PHÂN CÔNG",
           "1. Phòng Kế hoạch lập danh sách hợp tác xã bán thóc, xong trước ngày 20/9/2026.",
           "2. Phòng Kỹ thuật bảo quản kiểm tra chất lượng thóc tại kho của hợp tác xã trong tháng 10/2026.", "",
           "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\t{signer}"]


@pytest.mark.parametrize("parent, own, region, number, short, place, signer, suffix", [
    ("CỤC DỰ TRỮ NHÀ NƯỚC", "DỰ TRỮ NHÀ NƯỚC", "KHU VỰC ĐÔNG BẮC", "41", "DTĐB", "Quảng Ninh", "Vũ Văn Hải", ".txt"),
    ("BỘ TÀI CHÍNH", "DỰ TRỮ NHÀ NƯỚC", "KHU VỰC BẮC TRUNG BỘ", "77", "DTBTB", "Nghệ An", "Hồ Thị Lam", ".md"),
])
def test_a_regional_unit_of_a_ministry_issues_its_own_plan(tmp_path, parent, own, region, number, short, place,
                                                            signer, suffix):
    draft = drafted(tmp_path, RESERVE, suffix, parent=parent, own=own, region=region, number=number, short=short,
                    place=place, signer=signer)
    issuer = draft.names[draft.plan["issuer"]]
    assert issuer == {"KHU VỰC ĐÔNG BẮC": "Dự trữ Nhà nước khu vực Đông Bắc",
                      "KHU VỰC BẮC TRUNG BỘ": "Dự trữ Nhà nước khu vực Bắc Trung Bộ"}[region]  # no province after it
    assert len(draft.texts()) == 2
