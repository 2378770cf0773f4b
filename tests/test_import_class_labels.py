"""kehoach import: a class of bodies as the label of its work, and units of a level typed in lower case (issue 11).

A class with the words that pick its members out, standing as the label of its work — a heading over its items
("4- UBND các xã, phường có HTX diêm nghiệp:" then "a) …", "b) …") or a run-in label before its colon ("5. UBND các
xã, phường có HTX đề xuất: rà soát …") — is the lead as printed, "có …" too: the colon ends the name's slot, as a
list by its label does. In running text the class still ends before "có …" (where the members' words end is the
verb's to say). A unit of a level whose name offices type in lower case after its type, up to the level ("Trung tâm
phục vụ HCC xã tiếp nhận …", "Trung tâm dịch vụ nông nghiệp xã hướng dẫn …", "Quỹ hỗ trợ phát triển HTX tỉnh giới
thiệu …") is a body; "Trung tâm của xã" is not. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import as_markdown, written, written_as
from generator.importer import fields

SOURCE = Path(__file__).resolve().parent.parent / "source"

HEAD = ["UBND TỈNH CÀ MAU\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 1201/SCT-QLTM\tCà Mau, ngày 14 tháng 10 năm 2026", "V/v hỗ trợ hợp tác xã tiêu thụ sản phẩm", "",
        "Kính gửi: Các cơ quan, đơn vị liên quan.", ""]
CLOSE = ["Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Hải"]


@pytest.mark.parametrize("marker, heading, members", [
    ("4-", "UBND các xã, phường có HTX diêm nghiệp:", "UBND các xã, phường có HTX diêm nghiệp"),
    ("2.", "Ủy ban nhân dân các xã có chợ biên giới:", "Ủy ban nhân dân các xã có chợ biên giới"),
])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_class_with_its_members_as_a_heading_leads_its_items_as_printed(tmp_path, marker, heading, members, suffix):
    lines = HEAD + ["1. Phòng Quản lý thương mại theo dõi giá bán sản phẩm của hợp tác xã, báo cáo Giám đốc Sở hằng tuần.",
                    f"{marker} {heading}",
                    "a) Rà soát sản lượng tồn kho của từng hợp tác xã, gửi Sở Công Thương trước ngày 05/11/2026.",
                    "b) Vận động hộ sản xuất chưa tham gia vào tổ hợp tác, hợp tác xã; thực hiện thường xuyên."] + CLOSE
    draft = written_as(tmp_path, "cong-van", suffix, lines)
    assert draft.lead("Rà soát sản lượng") == [members]
    assert draft.lead("Vận động hộ") == [members]
    assert draft.lead("Phòng Quản lý thương mại") == ["Phòng Quản lý thương mại"]


@pytest.mark.parametrize("label, rest", [
    ("UBND các xã, phường có HTX đề xuất", "rà soát quỹ đất công, bố trí mặt bằng xây kho cho HTX; báo cáo Sở Công "
     "Thương trước 30/9/2026."),
    ("Ủy ban nhân dân các xã có làng nghề", "hướng dẫn hộ làm nghề liên kết thành tổ hợp tác, xong trước 30/11/2026."),
])
def test_a_class_with_its_members_as_a_run_in_label_leads_as_printed(tmp_path, label, rest):
    lines = HEAD + ["1. Phòng Quản lý thương mại theo dõi giá bán sản phẩm của hợp tác xã, báo cáo Giám đốc Sở hằng tuần.",
                    f"2. {label}: {rest}"] + CLOSE
    draft = written(tmp_path, "cong-van.md", as_markdown(lines))
    assert draft.lead(label) == [label]


def test_in_running_text_the_class_ends_before_the_members_it_picks_out():
    named = fields.match_agencies("Ủy ban nhân dân các xã, phường có hợp tác xã nông nghiệp rà soát số thành viên",
                                  fields.Known.load(SOURCE))
    assert named.unknown == ["Ủy ban nhân dân các xã, phường"]


@pytest.mark.parametrize("phrase, name", [
    ("Trung tâm phục vụ HCC xã tiếp nhận, giải quyết hồ sơ đăng ký hợp tác xã", "Trung tâm phục vụ HCC xã"),
    ("Trung tâm phục vụ hành chính công phường giải quyết thủ tục đăng ký", "Trung tâm phục vụ hành chính công phường"),
    ("Trung tâm dịch vụ nông nghiệp xã hướng dẫn các tổ hợp tác di chuyển đàn ong", "Trung tâm dịch vụ nông nghiệp xã"),
    ("Quỹ hỗ trợ phát triển HTX tỉnh giới thiệu hợp tác xã vay vốn", "Quỹ hỗ trợ phát triển HTX tỉnh"),
])
def test_a_unit_of_a_level_typed_in_lower_case_is_a_body(phrase, name):
    assert fields.match_agencies(phrase, fields.Known.load(SOURCE)).unknown == [name]


@pytest.mark.parametrize("phrase", ["Trung tâm của xã tổ chức phiên chợ", "Quỹ hỗ trợ nông dân"])
def test_a_type_word_before_common_words_is_no_body(phrase):
    assert fields.match_agencies(phrase, fields.Known.load(SOURCE)).unknown == []


LOWER_HEAD = ["UBND XÃ {name}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 88/KH-UBND\t{place}, ngày 10 tháng 5 năm 2026", "", "KẾ HOẠCH", "Phát triển tổ hợp tác năm 2026", "",
              "I. NHIỆM VỤ"]
LOWER_CLOSE = ["II. TỔ CHỨC THỰC HIỆN", "Phòng Kinh tế theo dõi, tổng hợp kết quả, báo cáo UBND xã.", "",
               "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Văn Sơn"]


@pytest.mark.parametrize("name, place, suffix", [("CÁT TIÊN", "Cát Tiên", ".txt"), ("LỤC NGẠN", "Lục Ngạn", ".md")])
def test_items_typed_in_lower_case_or_short_from_their_first_word_are_led_by_their_body(tmp_path, name, place, suffix):
    """"4/ công an xã bố trí …", "hội Nông dân xã giới thiệu …", "5 - phòng VH-XH đưa tin …" (a number, a space and a
    dash), "VP xã …" (the Văn phòng), "Thuế tỉnh …" (the tax office since 2025): each body leads its item."""
    lines = [line.format(name=name, place=place) for line in LOWER_HEAD] + [
        "1. hội Nông dân xã giới thiệu thành viên tổ hợp tác vay vốn, cả năm 2026.",
        "2 - phòng VH-XH đưa tin về tổ hợp tác trên trang thông tin điện tử xã, thường xuyên.",
        "3/ công an xã bố trí lực lượng phân luồng giao thông tại các điểm thu mua.",
        "4. VP xã đưa tin kết quả vụ Hè Thu lên trang thông tin điện tử xã.",
        "5. Thuế tỉnh cung cấp cho phòng Kinh tế danh sách hợp tác xã ngừng khai thuế."] + LOWER_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("hội Nông dân xã") == ["hội Nông dân xã"]
    assert draft.lead("phòng VH-XH") == ["phòng VH-XH"]  # the marker "2 -" is no part of the text
    assert draft.lead("công an xã") == ["Công an xã"]
    assert draft.lead("VP xã") == ["Văn phòng xã"]
    assert draft.lead("Thuế tỉnh") == ["Thuế tỉnh"]


@pytest.mark.parametrize("text", ["2 - 3 năm một lần, hợp tác xã tổ chức đại hội thành viên.",
                                  "rà soát số tổ hợp tác trên địa bàn xã, xong trước 30/6."])
def test_a_range_or_a_lower_case_verb_opens_no_body(tmp_path, text):
    lines = [line.format(name="CÁT TIÊN", place="Cát Tiên") for line in LOWER_HEAD] + [
        "1. Phòng Kinh tế hướng dẫn hợp tác xã lập phương án sản xuất, thường xuyên.", f"2. {text}"] + LOWER_CLOSE
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(text[:15]) == []


@pytest.mark.parametrize("economy, culture, suffix", [
    ("phòng kinh tế", "phòng văn hóa - xã hội", ".txt"),
    ("phòng kinh tế, hạ tầng và đô thị", "phòng văn hoá - xã hội", ".md"),
])
def test_a_communes_own_offices_typed_in_lower_case_are_bodies(tmp_path, economy, culture, suffix):
    """Since 1 July 2025 every commune and ward has the same offices (Phòng Kinh tế — in a ward Phòng Kinh tế, Hạ tầng
    và Đô thị —, Phòng Văn hóa - Xã hội): typed all in lower case they are still those bodies — as a heading over
    its items, after "Giao", as an item's subject."""
    lines = [line.format(name="TÂN KỲ", place="Tân Kỳ") for line in LOWER_HEAD] + [
        f"1. {economy}",
        "- rà soát lại đàn bò của thành viên hợp tác xã, lập sổ theo dõi từng hộ, xong trước 30/10.",
        "- hướng dẫn hợp tác xã làm hồ sơ đề nghị hỗ trợ giống cỏ, nộp trước 15/11.",
        f"2. {culture} phối hợp Hội Nông dân xã tuyên truyền lợi ích của hợp tác xã, thường xuyên.",
        "II. TỔ CHỨC THỰC HIỆN", f"Giao {economy} theo dõi chung, tổng hợp kết quả, gửi UBND xã trước 25/12.", "",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Văn Sơn"]
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("rà soát lại đàn bò") == [economy]
    assert draft.lead("hướng dẫn hợp tác xã làm hồ sơ") == [economy]
    assert [fields.fold(n) for n in draft.lead(culture)] == [fields.fold(culture)]
    assert draft.lead("Giao") == [economy]


@pytest.mark.parametrize("phrase", ["phòng chống dịch bệnh cho đàn bò của hợp tác xã", "phòng kinh doanh của hợp tác xã"])
def test_prevention_or_another_room_typed_in_lower_case_is_no_commune_office(phrase):
    assert fields.COMMUNE_OFFICE.match(fields.fold(phrase)) is None


@pytest.mark.parametrize("definition, suffix", [
    ("Trong kế hoạch này các cơ quan được viết tắt: Sở Tài chính (STC), Trung tâm Dịch vụ việc làm tỉnh (TTDVVL).",
     ".md"),
    ("Ghi chú: STC: Sở Tài chính; TTDVVL: Trung tâm Dịch vụ việc làm tỉnh.", ".txt"),
])
def test_an_initialism_the_document_defines_opens_its_items_as_their_body(tmp_path, definition, suffix):
    """"STC thẩm định …", "TTDVVL đăng …": the bodies the document's own initialisms stand for lead; "BTT Ủy ban …"
    (an initialism before a body's name) is no subject of its own."""
    lines = [line.format(name="GIO LINH", place="Gio Linh") for line in LOWER_HEAD[:-1]] + [
        definition, "I. NHIỆM VỤ",
        "1. TTDVVL đăng thông tin tuyển dụng lao động trẻ cho hợp tác xã, tháng 8/2026.",
        "2. STC thẩm định, bố trí kinh phí hỗ trợ tiền lương cho lao động trẻ, trước 30/9/2026."] + LOWER_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("TTDVVL") == ["Trung tâm Dịch vụ việc làm tỉnh"]
    assert draft.lead("STC") == ["Sở Tài chính"]


@pytest.mark.parametrize("phrase, name", [
    ("Tổ Bảo vệ - Trật tự bố trí 02 điểm giao nhận hàng cho hợp tác xã", "Tổ Bảo vệ - Trật tự"),
    ("Tổ Kỹ thuật - Mặt bằng đo vẽ lại khu B của chợ", "Tổ Kỹ thuật - Mặt bằng"),
    ("Phòng Hành chính - Tổng hợp hoàn tất thủ tục thuê gian hàng", "Phòng Hành chính - Tổng hợp"),
    ("Các Trạm Chăn nuôi và Thú y khu vực tiêm nhắc lại cho đàn bò của hợp tác xã", "Các Trạm Chăn nuôi và Thú y khu vực"),
    ("phòng Văn hóa - Xã hội đưa tin về tổ hợp tác trên trang thông tin điện tử", "phòng Văn hóa - Xã hội"),
])
def test_a_name_ends_before_its_verb_of_finishing_measuring_vaccinating_or_reporting(phrase, name):
    """"hoàn tất", "đo vẽ", "tiêm", "đưa tin" are the sentence's verbs; "Trật tự" ends a name, "tự" no tense word."""
    assert fields.match_agencies(phrase, fields.Known.load(SOURCE)).unknown == [name]


@pytest.mark.parametrize("fronted", ["Sau vụ vải", "Trước Tết", "Cuối năm"])
def test_a_season_or_feast_put_first_then_the_body(tmp_path, fronted):
    """"Sau vụ vải, phòng Kinh tế tổng hợp kết quả …": the body after the fronted time leads."""
    lines = [line.format(name="LỤC NGẠN", place="Lục Ngạn") for line in LOWER_HEAD] + [
        "1. Phòng Kinh tế hướng dẫn hợp tác xã lập phương án tiêu thụ, thường xuyên.",
        f"2. {fronted}, phòng Kinh tế tổng hợp kết quả tiêu thụ của các hợp tác xã, báo cáo UBND xã."] + LOWER_CLOSE
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(fronted) == ["Phòng Kinh tế"]  # the body item 1 names, typed in lower case here


@pytest.mark.parametrize("text, name", [("các HTX, THT ghi chép nhật ký đồng ruộng theo mẫu, cả vụ.", "các HTX, THT"),
                                        ("các hợp tác xã, tổ hợp tác đăng ký tham gia phiên chợ, trước 15/11.",
                                         "các hợp tác xã, tổ hợp tác")])
def test_a_class_of_economic_actors_typed_in_lower_case_leads_its_item(tmp_path, text, name):
    lines = [line.format(name="LỤC NGẠN", place="Lục Ngạn") for line in LOWER_HEAD] + [
        "1. Phòng Kinh tế hướng dẫn hợp tác xã lập phương án tiêu thụ, thường xuyên.", f"2. {text}"] + LOWER_CLOSE
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(text[:10]) == [name]
