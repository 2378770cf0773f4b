"""kehoach import: fields typed short under each item, a contract's parties as a table's columns, work given out by
number in a section whose own items are numbered too, teams numbered after their work, and closings (issue 11).

- "=> CT: phòng Kinh tế; PH: Liên minh HTX tỉnh; TG: tháng 12": the item's fields, never a legend of abbreviations;
  "PH: không" names no partner; a labelled time that is no date leaves the sentence's own ("… khi nhận đủ hồ sơ.").
- "Bên thực hiện | Bên giám sát | Từ ngày | Đến ngày": the party that does the row leads, the one that oversees it takes
  part, the row is due by its last day.
- "IV. PHÂN CÔNG" / "1. Ban X chủ trì các nội dung 1, 2, 7": the items of the section that lists the work, not the
  section's own "1."; "… cùng tham gia nội dung 1 và nội dung 7" partners; "…; nội dung 3 phối hợp với Y" Y helps on 3.
- "Quỹ hỗ trợ phát triển hợp tác xã tỉnh chủ trì …": one body's name.
- "Nhóm thiết kế 1", "Đội tuyên truyền 3": a team numbered after its work; its definition by its members ("Nhóm thiết
  kế 1: họa sĩ … (trưởng nhóm) và 03 hội viên …;") no task.
- "… vào sáng Thứ Ba, 01/12": that day.
- "Văn phòng Tòa soạn bố trí …", "Ban Điện tử dựng …": a name, then its verb.
- "Giao: phòng Kinh tế; mời Sở Xây dựng cử người …", "…, có phòng Văn hóa - Xã hội tham gia", "X phối hợp Y": partners.
- No task: "Các ban … căn cứ Kế hoạch …; quá trình thực hiện có khó khăn báo cáo …/.", "Thủ trưởng các phòng … ; khó
  khăn, vướng mắc phản ánh về Sở …/.", "… . Có thay đổi về lịch, X báo cáo Y quyết định./.".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tNguyễn Văn Bình"]
COMMUNE = dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", number="173/KH-UBND", place="Tân Phú",
               title="Hỗ trợ các tổ hợp tác, hợp tác xã trồng sầu riêng năm 2027")


@pytest.mark.parametrize("arrow", ["=> ", ""])
def test_fields_typed_short_under_each_item(tmp_path, arrow):
    lines = plan_head("ngày 09 tháng 11 năm 2026", **COMMUNE) + [
        "III/ NỘI DUNG THỰC HIỆN", "1. Củng cố tổ chức",
        "+ Họp 05 THT, rà soát lại thành viên, hợp đồng hợp tác, sổ sách của từng tổ.",
        f"{arrow}CT: phòng Kinh tế; PH: Liên minh HTX tỉnh; TG: tháng 3/2027",
        "+ Giải quyết hồ sơ đăng ký HTX của THT Tân Phú khi nhận đủ hồ sơ.",
        f"{arrow}CT: Trung tâm phục vụ hành chính công xã; PH: không; TG: trong 05 ngày làm việc"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2
    assert draft.lead("Họp 05") == ["phòng Kinh tế"]
    assert draft.coop("Họp 05") == ["Liên minh HTX tỉnh"]
    assert (draft["Họp 05"]["deadline"]["year"], draft["Họp 05"]["deadline"]["month"]) == (2027, 3)
    assert draft.lead("Giải quyết") == ["Trung tâm phục vụ hành chính công xã"]
    assert draft.coop("Giải quyết") == []
    assert draft["Giải quyết"]["deadline"]["kind"] == "after-condition"


COMPANY = dict(issuer="CÔNG TY TRUYỀN TẢI ĐIỆN MIỀN TRUNG", number="214/KH-TTĐ", place="Gia Lai",
               title="Phối hợp với các hợp tác xã bảo vệ hành lang tuyến mùa khô 2026 - 2027")


@pytest.mark.parametrize("header", [
    "TT\tHạng mục\tKhối lượng\tBên thực hiện\tBên giám sát\tTừ ngày\tĐến ngày",
    "TT\tHạng mục\tKhối lượng\tBên nhận khoán\tĐơn vị giám sát\tTừ ngày\tĐến ngày",
])
def test_a_contracts_parties_as_columns(tmp_path, header):
    lines = plan_head("ngày 14 tháng 10 năm 2026", **COMPANY) + [
        "III. KHỐI LƯỢNG GIAO KHOÁN", header,
        "1\tChặt tỉa cây vượt chiều cao cho phép, phát quang hành lang tuyến\t14,6 ha\tHTX Lâm nghiệp Ia Grai\t"
        "Đội Truyền tải điện Ia Grai\t02/11/2026\t30/11/2026",
        "2\tPhát dọn thực bì, làm đường băng cản lửa rộng 6 m\t7,8 km\tHTX Dịch vụ nông nghiệp Chư Păh\t"
        "Đội Truyền tải điện Chư Păh\t01/12/2026\t20/12/2026", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2
    assert draft.lead("Chặt tỉa") == ["HTX Lâm nghiệp Ia Grai"]
    assert draft.coop("Chặt tỉa") == ["Đội Truyền tải điện Ia Grai"]
    assert draft["Chặt tỉa"]["deadline"]["before"] == "2026-11-30"
    assert draft["Phát dọn"]["deadline"]["before"] == "2026-12-20"


LIEN_MINH = dict(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH HƯNG YÊN", number="92/KH-LMHTX", place="Hưng Yên",
                 title="Hỗ trợ các hợp tác xã làm tương năm 2026")


@pytest.mark.parametrize("word", ["nội dung", "việc"])
def test_work_given_out_by_number_beside_numbered_items_of_its_own(tmp_path, word):
    lines = plan_head("ngày 20 tháng 7 năm 2026", **LIEN_MINH) + [
        "II. NỘI DUNG VÀ THỜI GIAN",
        "1. Khảo sát lại quy trình chọn đỗ tương, gạo nếp của từng HTX, THT. Thời gian: tháng 8/2026.",
        "2. Tổ chức 02 lớp tập huấn an toàn thực phẩm cho thành viên HTX, THT. Thời gian: tháng 9/2026.",
        "3. Giới thiệu HTX, THT vay vốn đầu tư máy chiết rót, dán nhãn. Thời gian: tháng 11/2026.",
        "IV. PHÂN CÔNG THỰC HIỆN",
        f"1. Ban Tư vấn - Hỗ trợ chủ trì các {word} 1, 2; {word} 2 phối hợp với Chi cục An toàn vệ sinh thực phẩm tỉnh.",
        f"2. Quỹ hỗ trợ phát triển hợp tác xã tỉnh chủ trì {word} 3.",
        f"3. Đề nghị UBND phường Mỹ Hào cử công chức cùng tham gia {word} 1 và {word} 3."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 3  # the sentences that give them out are no tasks of their own
    assert draft.lead("Khảo sát") == ["Ban Tư vấn - Hỗ trợ"]
    assert draft.coop("Khảo sát") == ["UBND phường Mỹ Hào"]
    assert draft.coop("Tổ chức") == ["Chi cục An toàn vệ sinh thực phẩm tỉnh"]
    assert draft.lead("Giới thiệu") == ["Quỹ hỗ trợ phát triển hợp tác xã tỉnh"]


@pytest.mark.parametrize("team", ["Nhóm thiết kế 1", "Đội tuyên truyền 3"])
def test_a_team_numbered_after_its_work(tmp_path, team):
    lines = plan_head("ngày 20 tháng 7 năm 2026", **LIEN_MINH) + [
        "II. NHIỆM VỤ", f"1. {team} khảo sát xưởng, kho mẫu và cách bán hàng của từng hợp tác xã trong tháng 8/2026."] \
        + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(team[:5]) == [team]


NEWSPAPER = dict(issuer="BÁO NÔNG THÔN NGÀY NAY", number="318/KH-BNT", place="Hà Nội",
                 title="Loạt bài về hợp tác xã sau sắp xếp năm 2026")


@pytest.mark.parametrize("item, lead, day", [
    ("Ban Kinh tế làm đầu mối tổ chức diễn đàn trực tuyến tại Hà Nội vào sáng Thứ Ba, 01/12, cùng Liên minh Hợp tác xã "
     "Việt Nam; mời giám đốc 10 hợp tác xã có mặt trong loạt bài.", "Ban Kinh tế", "2026-12-01"),
    ("Văn phòng Tòa soạn bố trí xe cho các nhóm phóng viên đi cơ sở vào Thứ Năm, 12/11.", "Văn phòng Tòa soạn",
     "2026-11-12"),
    ("Ban Điện tử dựng chuyên trang “Hợp tác xã sau sắp xếp” trên báo điện tử vào chiều Thứ Hai, 09/11.", "Ban Điện tử",
     "2026-11-09"),
])
def test_a_day_with_its_weekday_and_names_before_their_verbs(tmp_path, item, lead, day):
    lines = plan_head("ngày 05 tháng 10 năm 2026", **NEWSPAPER) + ["III. CÁC VIỆC CẦN LÀM", f"1. {item}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(item[:10]) == [lead]
    assert draft[item[:10]]["deadline"]["before"] == day


@pytest.mark.parametrize("given, partner", [
    ("Giao: phòng Kinh tế; mời Sở Xây dựng cử người hướng dẫn.", "Sở Xây dựng"),
    ("Giao: phòng Kinh tế chủ trì, có phòng Văn hóa - Xã hội tham gia.", "phòng Văn hóa - Xã hội"),
    ("Giao: phòng Kinh tế phối hợp Hợp tác xã Vận tải Du Già.", "Hợp tác xã Vận tải Du Già"),
])
def test_partners_invited_or_taking_part_on_a_given_line(tmp_path, given, partner):
    lines = plan_head("ngày 09 tháng 8 năm 2026", **COMMUNE) + [
        "II. NHIỆM VỤ", "1/ Hướng dẫn hợp tác xã làm thủ tục cấp phù hiệu xe đưa đón học sinh cho cả 6 xe.", given] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Hướng dẫn") == ["phòng Kinh tế"]
    assert draft.coop("Hướng dẫn") == [partner]


@pytest.mark.parametrize("text", [
    "Các ban, đơn vị thuộc Liên minh căn cứ Kế hoạch triển khai thực hiện; quá trình thực hiện có khó khăn báo cáo "
    "Thường trực Liên minh (qua Văn phòng) để xem xét, giải quyết./.",
    "Thủ trưởng các phòng thuộc Sở và các cơ quan, địa phương có tên trong Kế hoạch bố trí người làm đúng thời hạn; khó "
    "khăn, vướng mắc phản ánh về Sở (qua Phòng Doanh nghiệp, kinh tế tập thể và tư nhân)./.",
    "Trưởng các ban, văn phòng có tên trong Kế hoạch chịu trách nhiệm trước Tổng Biên tập về tiến độ, chất lượng phần "
    "việc của đơn vị mình. Có thay đổi về lịch lên trang, Thư ký Tòa soạn báo cáo Tổng Biên tập quyết định./.",
])
def test_closings_that_send_difficulties_and_changes_up(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", [
    "Nhóm thiết kế 1: họa sĩ Lâm Thế Nguyên (trưởng nhóm) và 03 hội viên chuyên ngành sơn mài;",
    "Tổ khảo sát 2: kỹ sư Nguyễn Văn An (tổ trưởng), kỹ sư Lê Thị Bình.",
])
def test_a_team_numbered_after_its_work_defined_by_its_members_is_no_task(text):
    assert gives_no_task(text)
