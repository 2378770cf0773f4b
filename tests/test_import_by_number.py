"""kehoach import: tasks listed once and given out by their numbers, and bodies named by the short name the text gives
them (issue 11).
- "II. NHIỆM VỤ" lists numbered tasks naming nobody; "III. PHÂN CÔNG THỰC HIỆN" gives them out: "Cục X chủ trì thực
  hiện các nhiệm vụ tại điểm 1 và điểm 2 mục II; phối hợp với Cục Y thực hiện nhiệm vụ tại điểm 4 mục II.", "Đề nghị
  Z phối hợp thực hiện các nhiệm vụ tại điểm 1, 3 mục II." Each numbered task takes its lead and partners, said in
  review; a sentence that only gives out tasks is no task; one that also asks for work stays one.
- "Sở Tài chính (Sở TC)": the short name in bare brackets after a body's name, made of its words' initials, stands for
  the body wherever it is used after ("Sở TC phối hợp với …").
Tested on a plain text and a Markdown plan written here, never on the held-out sets (benchmarks/corpus/unseen*/), which
only measure."""

from __future__ import annotations

import pytest

from generator.importer import fields

from drafts import written

TASKS = ["Tổ chức tuần hàng sản phẩm hợp tác xã tại ba khu vực. Thời gian: quý II/2027.",
         "Hỗ trợ hợp tác xã tham gia hội chợ quốc tế về nông sản. Thời gian: năm 2027.",
         "Mở gian hàng của hợp tác xã trên sàn thương mại điện tử. Thời gian: quý III/2027.",
         "Đào tạo kỹ năng bán hàng trực tuyến cho hợp tác xã. Thời gian: quý III/2027."]
GIVEN = ["Cục Xúc tiến thương mại chủ trì thực hiện các nhiệm vụ tại điểm 1 và điểm 2 mục II; phối hợp với Cục Thương "
         "mại điện tử và Kinh tế số thực hiện nhiệm vụ tại điểm 4 mục II.",
         "Cục Thương mại điện tử và Kinh tế số chủ trì thực hiện các nhiệm vụ tại điểm 3, 4 mục II.",
         "Đề nghị Liên minh Hợp tác xã Việt Nam phối hợp thực hiện các nhiệm vụ tại điểm 1, 3 mục II.",
         "Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo lựa chọn hợp tác xã tham gia các chương trình tại điểm 1 mục II, gửi "
         "danh sách về Bộ trước ngày 31/01/2027."]


def _lines(numbered):
    lines = ["KẾ HOẠCH", "Hỗ trợ hợp tác xã tiêu thụ sản phẩm năm 2027", "I. MỤC ĐÍCH", "Mở rộng thị trường.",
             "II. NHIỆM VỤ", *numbered(TASKS), "III. PHÂN CÔNG THỰC HIỆN", *numbered(GIVEN)]
    return lines


def _text(tmp_path):
    head = ["BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 2210/KH-BCT\tHà Nội, ngày 15 tháng 9 năm 2026"]
    tail = ["Nơi nhận:\tKT. BỘ TRƯỞNG", "- Lưu: VT.\tTHỨ TRƯỞNG", "\tĐoàn Minh Khôi"]
    return written(tmp_path, "theo-diem.txt", head + _lines(lambda items: [f"{n}. {t}" for n, t in
                                                                           enumerate(items, start=1)]) + tail)


def _markdown(tmp_path):
    head = ["| BỘ CÔNG THƯƠNG | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
            "| Số: 2210/KH-BCT | *Hà Nội, ngày 15 tháng 9 năm 2026* |", ""]
    body = _lines(lambda items: [f"{n}\\. {t}" for n, t in enumerate(items, start=1)])
    tail = ["| **Nơi nhận:**<br>- Lưu: VT. | **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br>**Đoàn Minh Khôi** |", "|---|:---:|"]
    return written(tmp_path, "theo-diem.md", head + [x for line in body for x in (line, "")] + tail)


@pytest.mark.parametrize("make", [_text, _markdown], ids=["text", "markdown"])
def test_tasks_given_out_by_number(tmp_path, make):
    draft = make(tmp_path)
    assert draft.lead("Tổ chức tuần hàng") == ["Cục Xúc tiến thương mại"]
    assert draft.coop("Tổ chức tuần hàng") == ["Liên minh Hợp tác xã Việt Nam"]
    assert any("số thứ tự" in note for note in draft["Tổ chức tuần hàng"]["review"])
    assert draft.lead("Hỗ trợ hợp tác xã tham gia") == ["Cục Xúc tiến thương mại"]
    assert draft.lead("Mở gian hàng") == ["Cục Thương mại điện tử và Kinh tế số"]
    assert draft.lead("Đào tạo kỹ năng") == ["Cục Thương mại điện tử và Kinh tế số"]
    assert draft.coop("Đào tạo kỹ năng") == ["Cục Xúc tiến thương mại"]
    # the sentences that only give out tasks are no tasks; the one asking for a list stays one
    assert not [t for t in draft.texts() if t.startswith(("Cục Xúc tiến", "Cục Thương mại", "Đề nghị Liên minh"))]
    assert str(draft["Đề nghị Ủy ban nhân dân các tỉnh"]["deadline"]["before"]) == "2027-01-31"


SHORT = ["1. Sở Tài chính (Sở TC) tham mưu bố trí kinh phí hỗ trợ hợp tác xã năm 2026.",
         "2. Sở Khoa học và Công nghệ (Sở KH&CN) hỗ trợ hợp tác xã đăng ký nhãn hiệu.",
         "3. Sở TC phối hợp với Sở KH&CN hướng dẫn hợp tác xã nộp báo cáo trên Hệ thống; thực hiện hằng quý.",
         "4. Sở KH&CN chủ trì, phối hợp với Sở TC chuyển giao công nghệ cho hợp tác xã trong năm 2026."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_short_name_in_brackets_stands_for_its_body(tmp_path, suffix):
    head = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 214/KH-UBND\tĐồng Nai, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026",
            "I. NHIỆM VỤ"]
    tail = ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVõ Tấn Đức"]
    lines = head + SHORT + tail
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "viet-tat" + suffix, lines)
    assert draft.lead("Sở TC phối hợp") == draft.lead("Sở Tài chính (Sở TC)")
    assert draft.lead("Sở TC phối hợp")[0].startswith("Sở Tài chính")
    assert draft.coop("Sở TC phối hợp")[0].startswith("Sở Khoa học và Công nghệ")
    assert draft.lead("Sở KH&CN chủ trì")[0].startswith("Sở Khoa học và Công nghệ")


@pytest.mark.parametrize("abbr,full,ok", [("Sở TC", "Sở Tài chính", True), ("NHCSXH tỉnh", "Ngân hàng Chính sách xã hội "
                                          "tỉnh", True), ("Sở KH&CN", "Sở Khoa học và Công nghệ", True),
                                          ("Sở CT", "Sở Tài chính", False), ("UBND", "Sở Nội vụ", False)])
def test_a_short_name_is_made_of_its_body_s_initials(abbr, full, ok):
    assert fields._abbreviates(abbr, full) is ok
