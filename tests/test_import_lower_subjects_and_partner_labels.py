"""kehoach import: a subject typed in lower case after a time put first, partners labelled as those who work with the
one in charge, a closing's difficulties said with "có", and a lone item that is a sentence (issue 11).

- "Trước 31/3, phòng kinh tế xã rà soát …", "Trước mùa mưa (tháng 5), công an xã kiểm tra …": the body after the
  comma leads, as it does typed capitalised or at the sentence's start; a verb there ("Năm 2026, tổ chức …") names none.
- "Phụ trách: X; cùng làm: Y; xong: …", "Cùng thực hiện: Y" on its own line: Y cooperates, X leads; "cùng làm: -" names
  nobody.
- "Nhận được Công văn này, đề nghị các đơn vị triển khai thực hiện; có khó khăn báo về …./.": a closing, no task.
- "Phòng Hành chính - Tổng hợp in 3.000 tờ …", "Văn phòng Hội in tài liệu …": printing ends the name.
- "5. Đối với các HTX tham gia chương trình" over items naming no doer: the class, as printed, leads them.
- A heading's one item, a sentence, then a plain paragraph: the item stays a task of the heading's body, the paragraph
  after it is not its part.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, written
from generator.importer import fields

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {caps}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 96/KH-UBND\t{place}, ngày 12 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
        "II. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Văn Hòa"]


def _head(place: str) -> list[str]:
    return [line.format(caps=place.upper(), place=place) for line in HEAD]


@pytest.mark.parametrize("place, time, body, name", [
    ("Vọng Thê", "Trước 31/3", "phòng kinh tế xã", "Phòng kinh tế xã"),
    ("Tân Phú", "Trước mùa mưa (tháng 5)", "công an xã", "Công an xã"),
    ("Hòa Bình", "Trong tháng 4", "hội nông dân xã", "Hội nông dân xã"),
])
def test_a_lower_case_subject_after_a_time_put_first(tmp_path, place, time, body, name):
    draft = written(tmp_path, "ke-hoach.txt", _head(place) + [
        f"- {time}, {body} rà soát số hộ, diện tích của từng HTX, THT trên địa bàn, lập bảng gửi UBND xã.",
        "- Năm 2026, tổ chức 02 lớp tập huấn kế toán cho các hợp tác xã trên địa bàn.",
        "- Văn phòng HĐND và UBND xã bố trí kinh phí hỗ trợ lãi suất cho HTX, trong quý III."] + TAIL)
    assert draft.lead(time) == [name]
    assert draft.lead("Năm 2026") == []
    assert draft.lead("Văn phòng") == ["Văn phòng HĐND và UBND xã"]


@pytest.mark.parametrize("lead, word, partner", [
    ("Phòng Kinh doanh", "cùng làm", "Liên minh HTX tỉnh Hưng Yên"),
    ("Tổ Kế toán dịch vụ số 2", "cùng thực hiện", "Hội Kế toán tỉnh"),
])
def test_partners_labelled_as_who_works_with_the_one_in_charge(tmp_path, lead, word, partner):
    draft = written(tmp_path, "ke-hoach.txt", _head("Phú Lâm") + [
        "Việc 1. Ký hợp đồng dịch vụ kế toán trọn gói với các hợp tác xã đã đăng ký",
        f"Phụ trách: {lead}; {word}: {partner}; xong: trước 31/3/2026.",
        "Việc 2. Nhận bàn giao sổ sách, chứng từ năm 2025 của từng hợp tác xã",
        f"Phụ trách: {lead}; {word}: -; xong: tháng 4.",
        "3. Mở lớp hướng dẫn ghi sổ quỹ tiền mặt cho kế toán HTX.",
        "- Đơn vị phụ trách: Trung tâm Khuyến công tỉnh.",
        f"- {word.capitalize()}: {partner}, Sở Tài chính.",
        "- Thời gian: quý II/2026."] + TAIL)
    assert draft.lead("Việc 1") == [lead] and draft.coop("Việc 1") == [partner]
    assert draft.lead("Việc 2") == [lead] and draft.coop("Việc 2") == []
    assert draft.lead("Mở lớp") == ["Trung tâm Khuyến công tỉnh"]
    assert draft.coop("Mở lớp") == [partner, "Sở Tài chính"]
    assert len(draft.tasks) == 3


@pytest.mark.parametrize("text, none", [
    ("Nhận được Công văn này, đề nghị các đơn vị triển khai thực hiện; có khó khăn báo về UBND xã (qua phòng Kinh tế) "
     "để xử lý./.", True),
    ("Nhận được Kế hoạch này, các cơ quan, đơn vị tổ chức thực hiện; gặp khó khăn, vướng mắc phản ánh về Phòng Kinh "
     "tế để tổng hợp./.", True),
    ("Các phòng thuộc Chi cục căn cứ nhiệm vụ được giao chủ động triển khai; khi có vướng mắc báo cáo Chi cục "
     "trưởng./.", True),
    ("Nhận được Công văn này, Phòng Kinh tế xã tổng hợp số hộ đăng ký, báo cáo UBND xã trước ngày 15/4/2026./.", False),
])
def test_a_closing_with_where_difficulties_go(text, none):
    assert gives_no_task(text) is none


@pytest.mark.parametrize("heading, marker", [
    ("6. Các tổ dân phố, buôn", "-"),
    ("**3. Công an phường**", "a)"),
])
def test_a_lone_item_that_is_a_sentence_stays_a_task(tmp_path, heading, marker):
    draft = written(tmp_path, "ke-hoach.txt", _head("Ea Kao") + [
        "1. Hội Nông dân phường",
        f"{marker} Vận động hộ trồng cà phê vào tổ hợp tác, trong năm 2026.",
        heading,
        f"{marker} Báo cáo số hộ trồng cà phê chưa vào THT, HTX về phòng Kinh tế trước ngày 15/3.",
        "Các cơ quan, đơn vị căn cứ Kế hoạch này triển khai thực hiện, kết quả gửi UBND phường trước ngày "
        "10/12/2026 để tổng hợp."] + TAIL)
    name = heading.strip("*").split(". ", 1)[1]
    assert draft.lead("Báo cáo số hộ") == [name]
    assert draft.lead("Vận động") == ["Hội Nông dân phường"]
    assert draft.lead("Các cơ quan, đơn vị") != [name]


@pytest.mark.parametrize("text, name", [
    ("Phòng Hành chính - Tổng hợp in 3.000 tờ gấp song ngữ về quyền được trợ giúp pháp lý, xong trước ngày 31/8/2026.",
     "Phòng Hành chính - Tổng hợp"),
    ("Văn phòng Hội in tài liệu tập huấn cho các hợp tác xã, trong quý III/2026.", "Văn phòng Hội"),
    ("Trung tâm Khuyến nông in 500 cuốn sổ tay kỹ thuật cho hợp tác xã, trước ngày 30/9/2026.",
     "Trung tâm Khuyến nông"),
])
def test_printing_ends_a_name(tmp_path, text, name):
    draft = written(tmp_path, "ke-hoach.txt", _head("Bắc Hà") + [
        "1. Các đợt trợ giúp lưu động", "1.1. Phòng Nghiệp vụ 1 giải đáp pháp luật tại xã Bắc Hà, tháng 9/2026.",
        "2. Các việc khác", f"2.1. {text}",
        "2.2. Đề nghị Liên minh HTX tỉnh gửi danh sách hợp tác xã, trước ngày 25/8/2026."] + TAIL)
    assert draft.lead(text[:20]) == [name]
    assert fields.name_only("Nhà in Lào Cai in 500 cuốn sổ tay") == "Nhà in Lào Cai"  # a name's own word stays


@pytest.mark.parametrize("heading, lead", [
    ("5. Đối với các HTX tham gia chương trình", "các HTX tham gia chương trình"),
    ("3. Đối với các hợp tác xã có sản phẩm OCOP", "các hợp tác xã có sản phẩm OCOP"),
])
def test_a_heading_addressing_a_class_of_cooperatives_leads_its_items(tmp_path, heading, lead):
    lines = ["SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 3518/SCT-QLTM\tHải Phòng, ngày 05 tháng 12 năm 2025", "V/v cung ứng hàng hóa dịp Tết", "",
             "Kính gửi:", "- Liên minh HTX thành phố;", "- Các hợp tác xã trên địa bàn thành phố.", "",
             "Để tăng nguồn cung hàng Tết, Sở Công Thương đề nghị:", "",
             "1. Đề nghị Liên minh HTX thành phố hướng dẫn các HTX hoàn thiện hồ sơ trước 20/12/2025.", heading,
             "- Đăng ký sản lượng, giá bán từng mặt hàng với doanh nghiệp phân phối.",
             "- Báo cáo lượng hàng đã cung ứng về phòng Quản lý thương mại thứ Sáu hằng tuần.",
             "6. Giao Phòng Quản lý thương mại tổng hợp kết quả chậm nhất ngày 10/3/2026.", "",
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\t", "\tVũ Văn Hùng"]
    draft = written(tmp_path, "cong-van.txt", lines)
    assert draft.lead("Đăng ký sản lượng") == [lead] and draft.lead("Báo cáo lượng hàng") == [lead]
    assert draft.lead("Giao Phòng") == ["Phòng Quản lý thương mại"]
