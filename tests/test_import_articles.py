"""kehoach import: the articles of a Quyết định or Nghị quyết that give work in sentences of their own (issue 11).

An article of one paragraph may give work to several bodies, each in its own sentence, after a sentence of context ("Điều
2. Các nội dung khác … giữ nguyên. Giao Phòng Kinh tế …. Văn phòng … đăng tải …"): a task per sentence that gives work,
the context none; the article that brings the decision into force is none. Tested on documents written here (Markdown
and text), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from drafts import written

AMENDING = [
    "| ỦY BAN NHÂN DÂN<br>**XÃ LONG HỒ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
    "|:---:|:---:|", "| Số: 233/QĐ-UBND | *Long Hồ, ngày 14 tháng 7 năm 2026* |", "", "# QUYẾT ĐỊNH", "",
    "## Sửa đổi Kế hoạch phát triển hợp tác xã năm 2026", "", "**ỦY BAN NHÂN DÂN XÃ LONG HỒ**", "", "**QUYẾT ĐỊNH:**", "",
    "**Điều 1.** Sửa đổi nhiệm vụ số 4 của Kế hoạch như sau: \"4. Phòng Kinh tế hướng dẫn 05 tổ hợp tác chuyển thành "
    "hợp tác xã; hoàn thành trước ngày 30/10/2026.\"", "",
    "**Điều 2.** Các nội dung khác của Kế hoạch giữ nguyên. Giao Phòng Kinh tế cập nhật danh mục nhiệm vụ, gửi các cơ "
    "quan có tên tại Điều 1 trước ngày 10/8/2026. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã đăng tải Quyết định "
    "này trên trang thông tin điện tử của xã trong tháng 7/2026.", "",
    "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, "
    "Trưởng phòng Kinh tế chịu trách nhiệm thi hành Quyết định này./.", "",
    "| **Nơi nhận:**<br>- Như Điều 3;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Võ Văn Nam** |",
    "|:---|:---:|"]

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HƯNG YÊN\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 41/NQ-HĐND\tHưng Yên, ngày 09 tháng 12 năm 2025", "", "NGHỊ QUYẾT",
    "Về hỗ trợ hợp tác xã nông nghiệp ứng dụng công nghệ cao năm 2026", "", "HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN",
    "QUYẾT NGHỊ:",
    "Điều 1. Hỗ trợ mỗi hợp tác xã nông nghiệp ứng dụng công nghệ cao tối đa 500 triệu đồng để xây dựng nhà màng.",
    "Điều 2. Tổ chức thực hiện. Giao Ủy ban nhân dân tỉnh ban hành hướng dẫn thực hiện Nghị quyết trong quý I/2026. "
    "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết trong "
    "năm 2026.",
    "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026.",
    "Nơi nhận:\tCHỦ TỊCH", "- Như Điều 3;\t", "- Lưu: VT.\tNguyễn Văn Hải"]


def test_an_article_s_sentences_that_give_work_after_its_context(tmp_path):
    draft = written(tmp_path, "sua-doi.md", AMENDING)
    assert draft.lead("Giao Phòng Kinh tế cập nhật") == ["Phòng Kinh tế"]
    assert draft["Giao Phòng Kinh tế cập nhật"]["deadline"]["before"] == "2026-08-10"
    assert draft.lead("Văn phòng Hội đồng nhân dân") == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"]
    assert draft["Văn phòng Hội đồng nhân dân"]["deadline"]["month"] == 7
    assert not [t for t in draft.texts() if t.startswith(("Các nội dung khác", "Quyết định này", "Điều"))]


def test_a_resolution_s_article_giving_work_to_two_bodies(tmp_path):
    draft = written(tmp_path, "nghi-quyet.txt", RESOLUTION)
    assert draft.lead("Giao Ủy ban nhân dân tỉnh") == ["Ủy ban nhân dân tỉnh Hưng Yên"]
    assert draft["Thường trực Hội đồng nhân dân tỉnh"]["deadline"]["year"] == 2026
    assert len(draft.tasks) == 2
