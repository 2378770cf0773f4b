"""kehoach import: lists as offices really type them (issue 11).

- a number dropped in typing: "3. … ." then a plain paragraph, then "5) …" — the paragraph is item 4, not part of 3;
- a letter typed with a full stop ("a. Sở … hướng dẫn …", "b. Liên minh … tư vấn …") is a point like "a)";
- a title whose number lost its full stop ("4 Đề nghị các bộ, cơ quan", "4 Ủy ban nhân dân …") is numbered when "4.1."
  follows;
- a reporting table's "Đơn vị báo cáo" column names who does each row;
- a Công văn's courtesy ("… rất mong các cơ quan, đơn vị quan tâm phối hợp./.") and "Đơn vị nào gặp khó khăn, vướng mắc
  thì phản ánh về … để …" are no tasks.
Tested on documents written here (text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/)."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written, written_as

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-UBND\tAn Bình, ngày 02 tháng 4 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
        "I. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Văn Tám"]



DROPPED = [
    "1) Phòng Kinh tế khảo sát nhu cầu thành lập hợp tác xã dịch vụ; hoàn thành trong tháng 6/2026.",
    "2) Phòng Kinh tế hướng dẫn 04 hợp tác xã sửa đổi điều lệ; hoàn thành trước ngày 30/9/2026.",
    "3. Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ đăng ký hợp tác xã; thực hiện thường xuyên.",
    "Phòng Văn hóa - Xã hội tuyên truyền Luật Hợp tác xã trên loa truyền thanh, hằng quý.",
    "5) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp kết quả, báo cáo trước ngày 15/12/2026."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_paragraph_where_a_number_was_dropped_is_an_item(tmp_path, suffix):
    lines = HEAD + DROPPED + TAIL
    draft = written_as(tmp_path, "so-bi-bo", suffix, lines)
    assert draft.lead("Trung tâm Phục vụ") == ["Trung tâm Phục vụ hành chính công xã"]
    assert draft.lead("Phòng Văn hóa - Xã hội") == ["Phòng Văn hóa - Xã hội"]
    assert len(draft.tasks) == 5


def test_a_numbered_title_over_paragraphs_keeps_them():
    """A title that is no sentence, and the same numbers following on: its paragraphs stay its own."""
    from generator.importer import layout
    roots = layout.tree(layout.paragraphs(["1. Tuyên truyền", "Sở A tuyên truyền.", "2. Sở B hỗ trợ hợp tác xã."]))
    assert [len(r.children) for r in roots] == [1, 0]
    roots = layout.tree(layout.paragraphs(["1. Sở A hỗ trợ.", "Sở A cũng báo cáo.", "2. Sở B hỗ trợ hợp tác xã."]))
    assert [len(r.children) for r in roots] == [1, 0]   # no number missing between 1 and 2: a second paragraph of 1



@pytest.mark.parametrize("title", ["4 Ủy ban nhân dân các xã, phường", "4 Ấp ủy các thôn, bản", "4 Đề nghị các đoàn thể"])
def test_a_bare_number_before_a_capital_with_its_tone_mark(title):
    from generator.importer import layout
    roots = layout.tree(layout.paragraphs([title, "4.1. Rà soát hợp tác xã.", "4.2. Báo cáo kết quả."]))
    assert [(r.kind, r.marker, len(r.children)) for r in roots] == [("num", "4", 2)]
    roots = layout.tree(layout.paragraphs(["4 hợp tác xã được hỗ trợ", "4.1. Rà soát hợp tác xã."]))
    assert roots[0].kind == ""  # a count, not a number: lower case after it


LETTERS = [
    "1. Về hỗ trợ hợp tác xã nông nghiệp",
    "a. Phòng Kinh tế hướng dẫn hợp tác xã xây dựng vùng trồng được cấp mã số, hoàn thành trong tháng 11/2026.",
    "b. Hội Nông dân xã phối hợp với Phòng Kinh tế tư vấn tổ chức lại hợp tác xã dược liệu; hoàn thành trong quý IV/2026.",
    "c) đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động hội viên tham gia tổ hợp tác trong năm 2026.",
    "2 Đề nghị các đoàn thể",
    "2.1. Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia tổ hợp tác; hoàn thành trong quý III/2026.",
    "2.2. Đoàn Thanh niên xã hỗ trợ thanh niên khởi nghiệp theo mô hình hợp tác xã trong năm 2026.",
    "Đơn vị nào gặp khó khăn, vướng mắc thì kịp thời phản ánh về Phòng Kinh tế để tổng hợp, báo cáo Ủy ban nhân dân "
    "xã xem xét./."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_letters_with_a_full_stop_and_a_number_without_one(tmp_path, suffix):
    lines = HEAD + LETTERS + TAIL
    draft = written_as(tmp_path, "chu-cai", suffix, lines)
    assert draft.lead("Hội Nông dân xã") == ["Hội Nông dân xã"]
    assert draft.coop("Hội Nông dân xã") == ["Phòng Kinh tế"]
    assert draft.lead("Phòng Kinh tế hướng dẫn") == ["Phòng Kinh tế"]
    assert not [t for t in draft.texts() if t.startswith(("Đề nghị các đoàn thể", "2 Đề nghị", "Đơn vị nào"))]
    assert draft.lead("đề nghị Ủy ban") == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]   # "đề nghị" typed in lower case
    assert len(draft.tasks) == 5


CONG_VAN = [
    "SỞ TÀI CHÍNH TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 1450/STC-QLDN\tLào Cai, ngày 05 tháng 10 năm 2026", "V/v báo cáo tình hình hợp tác xã", "",
    "Kính gửi: Các cơ quan, đơn vị.", "",
    "Sở Tài chính đề nghị các cơ quan, đơn vị gửi báo cáo theo bảng sau:",
    "STT\tNội dung báo cáo\tĐơn vị báo cáo\tThời hạn gửi",
    "1\tTình hình hoạt động của hợp tác xã trên địa bàn\tỦy ban nhân dân các xã, phường\tHằng quý",
    "2\tKết quả tư vấn thành lập mới hợp tác xã\tLiên minh Hợp tác xã tỉnh\tTrước ngày 15/12/2026",
    "Sở Tài chính rất mong các cơ quan, đơn vị quan tâm phối hợp./.", "",
    "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Hùng"]


def test_a_reporting_table_and_a_courtesy(tmp_path):
    draft = written(tmp_path, "cong-van.txt", CONG_VAN)
    assert draft.lead("Tình hình hoạt động") == ["Ủy ban nhân dân các xã, phường"]
    assert draft.lead("Kết quả tư vấn") == ["Liên minh Hợp tác xã tỉnh"]
    assert not [t for t in draft.texts() if "rất mong" in t]
    assert len(draft.tasks) == 2


def test_a_courtesy_in_a_markdown_cong_van(tmp_path):
    lines = CONG_VAN[:7] + ["1. Liên minh Hợp tác xã tỉnh tư vấn thành lập mới hợp tác xã trước ngày 15/12/2026.",
                            "Trân trọng cảm ơn sự phối hợp của quý cơ quan./."] + CONG_VAN[-3:]
    draft = written(tmp_path, "cong-van.md", as_markdown(lines))
    assert draft.texts() == ["Liên minh Hợp tác xã tỉnh tư vấn thành lập mới hợp tác xã trước ngày 15/12/2026."]


LOWER_LETTERS = ["1/ phòng Kinh tế, Hạ tầng và Đô thị:",
                 "a. rà soát tình hình hoạt động của 07 hợp tác xã, tham mưu phương án hỗ trợ; xong trong tháng 01/2027.",
                 "b. hướng dẫn 02 hợp tác xã hoàn thiện hồ sơ đánh giá sản phẩm OCOP; trước 30/6/2027.",
                 "c. chủ trì cùng Công an phường kiểm tra an toàn thực phẩm tại cơ sở chế biến; xong trong quý I/2027.",
                 "2/ Hội Liên hiệp Phụ nữ phường vận động hội viên tham gia tổ hợp tác trong năm 2027."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_letters_with_a_full_stop_before_lower_case(tmp_path, suffix):
    """"a. rà soát …", "b. hướng dẫn …": a run of letters typed with a full stop before a sentence in lower case is a
    list of items, not the heading's wrapped words; a lone "a." in a sentence stays words."""
    lines = HEAD + LOWER_LETTERS + TAIL
    draft = written_as(tmp_path, "chu-thuong", suffix, lines)
    for start in ("rà soát tình hình", "hướng dẫn 02 hợp tác xã", "chủ trì cùng Công an phường"):
        assert draft.lead(start) == ["phòng Kinh tế, Hạ tầng và Đô thị"]
    assert draft["hướng dẫn 02 hợp tác xã"]["deadline"]["before"] == "2027-06-30"
    from generator.importer import layout
    assert [p.kind for p in layout.paragraphs(["Theo điểm a. tên gọi của hợp tác xã", "b. không là mục"])] == [""]
