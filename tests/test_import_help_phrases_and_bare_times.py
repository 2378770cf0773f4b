"""kehoach import: partners named by the help they give, and a time put first with no comma after it (issue 11).

- "Hội Nông dân phường An Nhơn, với sự hỗ trợ của Liên minh HTX tỉnh, mở …", "Trung tâm Khuyến nông tỉnh, có sự giúp
  đỡ của Hội Nông dân tỉnh, xây dựng …": the body before the phrase leads (the phrase is no part of its name), the body
  in it cooperates.
- "Giao phòng Kinh tế chủ trì, với sự tham gia của HTX …, hướng dẫn …": taking part right after the lead's role is
  cooperating; "tổ chức diễn đàn … với sự tham gia của các doanh nghiệp": who attends the event, no partner.
- "Trước 30/11 Trạm Y tế phường cùng Phòng Kinh tế kiểm tra …", "Quý IV/2025 Liên minh HTX tỉnh tổ chức …": the
  item's time, then its actor.
- "Đoàn kiểm tra liên ngành do Sở Nội vụ chủ trì …; thành viên đoàn gồm …": the body leads the team, its members
  cooperate; "phối kết hợp" as "phối hợp"; "có sự tham gia của" in the work names partners.
- Names: "UBND các xã Sìn Hồ, Phong Thổ, …" is one lead ("Phong" typed so is a place, not "Phòng"); "cụ thể hóa",
  "bàn giao" end a name; "… và trưởng bản" (a post in lower case) is no part of a partner's name; "Các Tổ tư vấn" over
  items leads them, "Tổ tư vấn số 1" is a team of its own.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{place}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 187/KH-UBND\t{town}, ngày 20 tháng 9 năm 2025", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2025", "",
        "II. NỘI DUNG VÀ PHÂN CÔNG"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Hoàng Khải"]


def _draft(tmp_path, suffix, place, town, items):
    return written(tmp_path, "ke-hoach" + suffix, [x.format(place=place, town=town) for x in HEAD] + items + TAIL)


PLACES = [("PHƯỜNG HÀ TIÊN", "Hà Tiên"), ("XÃ TIÊN YÊN", "Tiên Yên")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("place, town", PLACES)
def test_partners_by_the_help_they_give(tmp_path, suffix, place, town):
    draft = _draft(tmp_path, suffix, place, town, [
        "1. Hội Nông dân phường, với sự hỗ trợ của Liên minh HTX tỉnh, mở 02 lớp tập huấn kỹ thuật cho hội viên, hoàn "
        "thành trong quý IV/2025.",
        "2. Trung tâm Khuyến nông tỉnh, có sự giúp đỡ của Hội Nông dân tỉnh, xây dựng 03 mô hình trình diễn, hoàn thành "
        "trong năm 2025.",
        "3. Giao phòng Kinh tế chủ trì, với sự tham gia của HTX Nông nghiệp Đông Hải, hướng dẫn các hộ làm chuồng trại, "
        "hoàn thành trước 30/11/2025.",
        "4. Sở Công Thương tổ chức diễn đàn kết nối cung cầu với sự tham gia của các doanh nghiệp, hợp tác xã, hoàn thành "
        "trong quý IV/2025."])
    assert draft.lead("Hội Nông dân") == ["Hội Nông dân phường"] and draft.coop("Hội Nông dân") == ["Liên minh HTX tỉnh"]
    assert draft.lead("Trung tâm") == ["Trung tâm Khuyến nông tỉnh"] and draft.coop("Trung tâm") == ["Hội Nông dân tỉnh"]
    assert draft.lead("Giao phòng") == ["phòng Kinh tế"] and draft.coop("Giao phòng") == ["HTX Nông nghiệp Đông Hải"]
    assert draft.coop("Sở Công Thương") == []


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("place, town", PLACES)
def test_a_time_first_with_no_comma(tmp_path, suffix, place, town):
    draft = _draft(tmp_path, suffix, place, town, [
        "1. Trước 30/11 Trạm Y tế phường cùng Phòng Kinh tế kiểm tra an toàn thực phẩm ở các hợp tác xã làm mắm.",
        "2. Quý IV/2025 Liên minh HTX tỉnh tổ chức hội nghị tổng kết, biểu dương các hợp tác xã tiêu biểu."])
    assert draft.lead("Trước 30/11") == ["Trạm Y tế phường"] and draft.coop("Trước 30/11") == ["Phòng Kinh tế"]
    assert draft["Trước 30/11"]["deadline"]["before"] == "2025-11-30"
    assert draft.lead("Quý IV") == ["Liên minh HTX tỉnh"] and draft["Quý IV"]["deadline"]["quarters"] == [4]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("team, lead, role, members", [
    ("Đoàn kiểm tra liên ngành", "Sở Nội vụ", "chủ trì", "; thành viên đoàn gồm Sở Công Thương, Liên đoàn Lao động tỉnh"),
    ("Tổ công tác", "Phòng Kinh tế", "làm tổ trưởng", ", gồm: Phòng Tư pháp, Công an xã"),
])
def test_a_team_led_by_a_body(tmp_path, suffix, team, lead, role, members):
    draft = _draft(tmp_path, suffix, "XÃ TIÊN YÊN", "Tiên Yên", [
        f"1. {team} do {lead} {role} kiểm tra 10 hợp tác xã có lò sấy, nồi hơi{members}.",
        "2. Văn phòng UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước 15/12/2025."])
    assert draft.lead(team) == [lead]
    assert draft.coop(team) == [m.strip() for m in members.split("gồm")[1].lstrip(": ").split(",")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("with_", ["phối kết hợp", "phối kết hợp với"])
def test_phoi_ket_hop_names_partners_as_phoi_hop_does(tmp_path, suffix, with_):
    draft = _draft(tmp_path, suffix, "XÃ PHÚ LỘC", "Phú Lộc", [
        f"1. Trung tâm Dịch vụ tổng hợp xã {with_} phòng Kinh tế mở 02 lớp tập huấn nuôi thủy sản cho thành viên tổ "
        "hợp tác, hoàn thành trong quý III.",
        f"2. Hội Nông dân xã {with_} Liên minh HTX tỉnh vận động 15 hộ nuôi cá lồng vào hợp tác xã, xong trước "
        "30/11/2025."])
    assert draft.lead("Trung tâm") == ["Trung tâm Dịch vụ tổng hợp xã"] and draft.coop("Trung tâm") == ["phòng Kinh tế"]
    assert draft.lead("Hội Nông dân") == ["Hội Nông dân xã"] and draft.coop("Hội Nông dân") == ["Liên minh HTX tỉnh"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_taking_part_in_the_work_is_cooperating(tmp_path, suffix):
    draft = _draft(tmp_path, suffix, "XÃ PHÚ LỘC", "Phú Lộc", [
        "1. Trước 10/9/2025 Ban Chỉ huy quân sự xã kiểm tra phương án neo giữ lồng bè của từng hợp tác xã, có sự tham "
        "gia của Đồn Biên phòng Vinh Hiền.",
        "2. Phòng Kinh tế rà soát diện tích nuôi trồng của từng tổ hợp tác, với sự tham gia của Hội Nông dân xã, hoàn "
        "thành trong tháng 10/2025.",
        "3. Hội Nông dân xã tổ chức hội nghị biểu dương hộ nuôi giỏi với sự tham gia của các hợp tác xã, tổ hợp tác, "
        "hoàn thành trong tháng 12/2025."])
    assert draft.coop("Trước 10/9") == ["Đồn Biên phòng Vinh Hiền"]
    assert draft.coop("Phòng Kinh tế") == ["Hội Nông dân xã"]
    assert draft.coop("Hội Nông dân xã tổ chức") == []


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("places", ["Sìn Hồ, Phong Thổ, Tả Lèng", "Phong Điền, Quảng Điền, Phú Vang"])
def test_communes_listed_by_name_are_one_lead(tmp_path, suffix, places):
    draft = _draft(tmp_path, suffix, "TỈNH LAI CHÂU", "Lai Châu", [
        f"1. Đề nghị UBND các xã {places} hỗ trợ các hợp tác xã du lịch cộng đồng, hoàn thành trong quý IV/2025."])
    assert draft.lead("Đề nghị") == [f"UBND các xã {places}"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("body, verb", [("Các tổ chức chính trị - xã hội phường", "cụ thể hóa"),
                                        ("Hội Nông dân phường", "cụ thể hoá"),
                                        ("Công ty Khai thác công trình thủy lợi", "bàn giao"),
                                        ("UBND các xã", "bàn giao")])
def test_a_verb_ends_the_name_before_it(tmp_path, suffix, body, verb):
    draft = _draft(tmp_path, suffix, "PHƯỜNG HÀ TIÊN", "Hà Tiên", [
        f"1. {body} {verb} nội dung vận động hội viên tham gia tổ hợp tác, hoàn thành trong quý IV/2025."])
    assert draft.lead(body) == [body]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("post", ["trưởng bản", "người có uy tín trong thôn"])
def test_a_person_joined_to_a_partner_by_va_is_no_part_of_its_name(tmp_path, suffix, post):
    draft = _draft(tmp_path, suffix, "XÃ TIÊN YÊN", "Tiên Yên", [
        "1. Phòng Kinh tế bàn giao hiện trường từng tuyến đường cho hợp tác xã, có sự tham gia của UBND xã sở tại và "
        f"{post}; làm trong tháng 9/2025.",
        "2. Trạm Khuyến nông hướng dẫn kỹ thuật cho tổ hợp tác, cùng Sở Nông nghiệp và Môi trường; làm trong tháng "
        "10/2025."])
    assert draft.coop("Phòng Kinh tế") == ["UBND xã sở tại"]
    assert draft.coop("Trạm Khuyến nông") == ["Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"] or \
        draft.coop("Trạm Khuyến nông") == ["Sở Nông nghiệp và Môi trường"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("team", ["Tổ tư vấn", "Tổ hòa giải"])
def test_a_class_of_teams_and_its_numbered_members(tmp_path, suffix, team):
    draft = _draft(tmp_path, suffix, "PHƯỜNG HƯƠNG TRÀ", "Hương Trà", [
        f"- {team} số 1: đồng chí Lê Văn Lâm, Phó Chủ tịch UBND phường, làm Tổ trưởng, cùng 03 thành viên.",
        f"- {team} số 2: đồng chí Trần Thị Hiền, Chủ tịch Hội Nông dân phường, làm Tổ trưởng, cùng 02 thành viên.",
        "III. TỔ CHỨC THỰC HIỆN",
        f"1. {team} số 1 làm việc với 05 hợp tác xã nông nghiệp trong tháng 10/2025.",
        f"2. {team} số 2 làm việc với 04 hợp tác xã dịch vụ trong tháng 11/2025.",
        f"3. Các {team}",
        "- Ghi phiếu làm việc cho từng hợp tác xã, báo cáo UBND phường sau mỗi buổi.",
        "- Theo dõi việc khắc phục của hợp tác xã đến hết năm 2025."])
    assert draft.lead(f"{team} số 1 làm việc") == [f"{team} số 1"]
    assert draft.lead(f"{team} số 2 làm việc") == [f"{team} số 2"]
    assert draft.lead("Ghi phiếu") == [f"Các {team}"] and draft.lead("Theo dõi") == [f"Các {team}"]
