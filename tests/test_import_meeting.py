"""kehoach import: a meeting's particulars and programme are no tasks; "Riêng X …" singles a body out (issue 11).

A Giấy mời, or a plan to hold a conference, states its chair ("Chủ trì: Phó Chủ tịch …"), its guests ("Thành phần mời:"
and a list), its time and place, and its programme — a table Thời gian | Nội dung | Thực hiện whose times are hours of
the day. None of that is work assigned; the preparation it assigns is ("Sở Tài chính chủ trì … trước 16 giờ 00 ngày
…"). "Chủ trì: Sở Tài chính" under a task stays that task's lead. Tested on documents written here (Markdown, text and
Word), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import word_document, written

INVITATION = [
    "| ỦY BAN NHÂN DÂN<br>**TỈNH VĨNH LONG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
    "|:---:|:---:|", "| Số: 88/GM-UBND | *Vĩnh Long, ngày 02 tháng 10 năm 2026* |", "", "# GIẤY MỜI", "",
    "## Dự Hội nghị tổng kết hợp tác xã kiểu mới", "",
    "Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết mô hình hợp tác xã kiểu mới, cụ thể như sau:", "",
    "**1. Chủ trì:** Phó Chủ tịch Ủy ban nhân dân tỉnh.", "",
    "**2. Thành phần mời:**", "", "- Lãnh đạo Sở Tài chính, Sở Nông nghiệp và Môi trường;",
    "- Đại diện Liên minh Hợp tác xã tỉnh;", "- Chủ tịch Ủy ban nhân dân các xã, phường.", "",
    "**3. Thời gian:** 14 giờ 00 phút, ngày 15/10/2026.", "",
    "**4. Địa điểm:** Hội trường Ủy ban nhân dân tỉnh.", "",
    "**5. Chương trình Hội nghị:**", "",
    "| Thời gian | Nội dung | Thực hiện |", "|---|---|---|",
    "| 14h00 - 14h10 | Khai mạc | Văn phòng Ủy ban nhân dân tỉnh |",
    "| 14h10 - 14h40 | Báo cáo tổng kết | Sở Tài chính |",
    "| 14h40 - 16h00 | Thảo luận | Các đại biểu |", "",
    "**6. Phân công chuẩn bị:**", "",
    "a) Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh chuẩn bị báo cáo tổng kết, gửi Văn phòng Ủy ban "
    "nhân dân tỉnh trước 16 giờ 00 ngày 10/10/2026.", "",
    "b) Văn phòng Ủy ban nhân dân tỉnh chuẩn bị hội trường, âm thanh.", "",
    "c) Riêng Ủy ban nhân dân phường Long Châu chuẩn bị gian trưng bày sản phẩm của hợp tác xã trước ngày 14/10/2026.", "",
    "| **Nơi nhận:**<br>- Như thành phần mời;<br>- Lưu: VT. | **TL. CHỦ TỊCH**<br>**CHÁNH VĂN PHÒNG**<br><br>**Phạm Văn Tâm** |",
    "|:---|:---:|"]


def test_an_invitation_s_particulars_are_no_tasks(tmp_path):
    draft = written(tmp_path, "giay-moi.md", INVITATION)
    assert [t["text"][:19] for t in draft.tasks] == ["Sở Tài chính chủ tr", "Văn phòng Ủy ban nh", "Riêng Ủy ban nhân d"]
    assert str(draft["Sở Tài chính"]["deadline"]["before"]) == "2026-10-10"
    assert draft.lead("Riêng") == ["Ủy ban nhân dân phường Long Châu"]


CONFERENCE = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH THÁI NGUYÊN\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 301/KH-STC\tThái Nguyên, ngày 05 tháng 9 năm 2026", "KẾ HOẠCH",
              "Tổ chức Hội nghị đối thoại với hợp tác xã năm 2026", "",
              "I. THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM", "1. Thành phần tham dự:", "- Lãnh đạo Sở Tài chính;",
              "- Đại diện Thuế tỉnh Thái Nguyên;", "- Giám đốc 30 hợp tác xã.",
              "2. Thời gian: 08 giờ 00 ngày 25/9/2026.", "3. Địa điểm: Hội trường Sở Tài chính.",
              "II. CHƯƠNG TRÌNH", "Thời gian\tNội dung\tThực hiện", "08h00 - 08h15\tKhai mạc\tVăn phòng Sở",
              "08h15 - 09h00\tBáo cáo chính sách\tPhòng Tài chính doanh nghiệp", "09h00 - 11h00\tĐối thoại\tCác đại biểu",
              "III. TỔ CHỨC THỰC HIỆN",
              "1. Phòng Tài chính doanh nghiệp chuẩn bị báo cáo chính sách, hoàn thành trước ngày 20/9/2026.",
              "2. Văn phòng Sở chuẩn bị hội trường, giấy mời; thực hiện trước ngày 22/9/2026.",
              "3. Riêng Phòng Quản lý ngân sách tổng hợp kiến nghị của hợp tác xã sau Hội nghị, trước ngày 05/10/2026.",
              "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tHoàng Thị Mai"]


def test_a_conference_plan_s_particulars_and_programme_are_no_tasks(tmp_path):
    draft = written(tmp_path, "hoi-nghi.txt", CONFERENCE)
    assert [t["text"][:14] for t in draft.tasks] == ["Phòng Tài chín", "Văn phòng Sở c", "Riêng Phòng Qu"]
    assert draft.lead("Riêng")[0].startswith("Phòng Quản lý ngân sách")


def test_a_programme_table_in_word_is_no_task_table(tmp_path):
    before = ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 77/KH-UBND", "Hà Tĩnh, ngày 01 tháng 8 năm 2026", "KẾ HOẠCH",
              "Tổ chức Diễn đàn hợp tác xã năm 2026", "I. NHIỆM VỤ",
              "1. Sở Tài chính chủ trì tổ chức Diễn đàn, hoàn thành trong tháng 9/2026.",
              "2. Liên minh Hợp tác xã tỉnh mời 50 hợp tác xã tham dự trước ngày 10/9/2026.",
              "II. CHƯƠNG TRÌNH DIỄN ĐÀN"]
    rows = [["Thời gian", "Nội dung", "Thực hiện"], ["08 giờ 00 - 08 giờ 30", "Đón tiếp đại biểu", "Văn phòng Ủy ban nhân dân tỉnh"],
            ["08 giờ 30 - 10 giờ 00", "Báo cáo chuyên đề", "Sở Tài chính"], ["10 giờ 00 - 11 giờ 00", "Trao đổi", "Liên minh Hợp tác xã tỉnh"]]
    after = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hải"]
    draft = word_document(tmp_path, "dien-dan.docx", before, rows, after)
    assert [t["text"][:14] for t in draft.tasks] == ["Sở Tài chính c", "Liên minh Hợp "]


@pytest.mark.parametrize("line", ["Chủ trì: Sở Tài chính; phối hợp: Liên minh Hợp tác xã tỉnh.",
                                  "Cơ quan chủ trì: Sở Tài chính."])
def test_a_task_s_chủ_trì_field_stays_its_lead(tmp_path, line):
    lines = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-STC\tHà Tĩnh, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", "1. Rà soát hợp tác xã ngừng hoạt động.", line, "Thời gian: quý II/2026.",
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tLê Văn An"]
    draft = written(tmp_path, "truong.txt", lines)
    assert draft.lead("Rà soát")[0].startswith("Sở Tài chính")
    assert draft["Rà soát"]["deadline"]["quarters"] == [2]
