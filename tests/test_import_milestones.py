"""kehoach import: milestones counted from a day N, classes of a type, states and accountability (issue 11).

An event's plan (a fair, a congress, a ceremony) names the day it counts from, "ngày N" ("khai mạc ngày 10/12/2026
(sau đây gọi là ngày N)", "Ngày N là ngày …"), and its milestones from it: "N - 30" is thirty days before, "Từ N đến
N + 3" ends three days after; a note on how the times below are counted is no task. "Các Thuế cơ sở", "Các Chi cục"
name every body of a type, a class as printed. A body's name followed by a word of state ("đang quản lý", "đã
hoàn thành", "chưa nộp") tells what is, not work. Holding bodies to account for the work given elsewhere ("… chịu
trách nhiệm trước Giám đốc về phần việc được giao …") gives none. A bracketed initialism after a sentence is the
sentence's last words' ("… quản lý 612 hợp tác xã (HTX)"), never the body opening it. "BTT" is the Ban Thường trực;
"cùng tham gia" ends a name; "Trợ giúp pháp lý", "người nộp thuế" are words of names. Tested on documents written here,
never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import as_markdown, written
from generator.importer import fields

HEAD = ["UBND TỈNH ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM XÚC TIẾN THƯƠNG MẠI\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-TTXT\tĐắk Lắk, ngày 02 tháng 9 năm 2026", "", "KẾ HOẠCH",
        "Tham gia Hội chợ sản phẩm hợp tác xã năm 2026", "", "I. THỜI GIAN, ĐỊA ĐIỂM"]
CLOSE = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tNguyễn Văn Bình"]


@pytest.mark.parametrize("defined", [
    "- Thời gian: khai mạc lúc 08 giờ 00 ngày 20/11/2026 (sau đây gọi là ngày N).",
    "- Ngày N là ngày 20/11/2026, ngày khai mạc Hội chợ.",
    "- Khai mạc ngày 20 tháng 11 năm 2026 (ngày N).",
])
def test_milestones_counted_from_day_n_in_a_table(tmp_path, defined):
    table = ["TT\tThời gian\tNội dung công việc\tBộ phận chủ trì",
             "1\tN - 30 (21/10)\tGửi thông báo đăng ký đến các hợp tác xã\tPhòng Xúc tiến",
             "2\tN - 2 đến N - 1\tTrang trí gian hàng chung của tỉnh\tPhòng Hành chính",
             "3\tTừ N đến N + 3\tTrực gian hàng, tổ chức kết nối giao thương\tPhòng Xúc tiến",
             "4\tNgày N\tDự lễ khai mạc Hội chợ\tPhòng Xúc tiến"]
    lines = HEAD + [defined, "II. TIẾN ĐỘ",
                    "Các mốc thời gian dưới đây tính từ ngày khai mạc (ngày N); “N - 30” là trước khai mạc 30 ngày.",
                    ""] + table + ["", "III. TỔ CHỨC THỰC HIỆN",
                                   "Trưởng Phòng Xúc tiến, Trưởng Phòng Hành chính chịu trách nhiệm trước Giám đốc về "
                                   "phần việc được giao; khi có vướng mắc báo cáo ngay Giám đốc Trung tâm."] + CLOSE
    draft = written(tmp_path, "hoi-cho.txt", lines)
    assert draft["Gửi thông báo"]["deadline"]["before"] == "2026-10-21"
    assert draft["Trang trí gian hàng"]["deadline"]["before"] == "2026-11-19"
    assert draft["Trực gian hàng"]["deadline"]["before"] == "2026-11-23"
    assert draft["Dự lễ khai mạc"]["deadline"]["before"] == "2026-11-20"
    assert len(draft.tasks) == 4  # neither the note on counting nor the accountability


def test_milestones_counted_from_day_n_in_running_text(tmp_path):
    lines = HEAD + ["Khai mạc Đại hội ngày 05/12/2026 (sau đây gọi tắt là ngày N).", "II. NHIỆM VỤ",
                    "1. Văn phòng Liên minh hoàn thành in ấn tài liệu Đại hội trước N - 7.",
                    "2. Ban Kiểm tra - Hỗ trợ chuẩn bị khánh tiết xong trước N - 1."] + CLOSE
    draft = written(tmp_path, "dai-hoi.md", as_markdown(lines))
    assert draft["Văn phòng Liên minh"]["deadline"]["before"] == "2026-11-28"
    assert draft["Ban Kiểm tra"]["deadline"]["before"] == "2026-12-04"


def test_without_day_n_a_capital_n_is_no_time():
    assert fields.day_n(["Kế hoạch N - 30 không định nghĩa ngày N."]) is None
    assert fields.deadline("N - 30", cell=True).kind != "before"
    assert fields.day_n(["khai mạc ngày 31/02/2026 (ngày N)"]) is None  # no such day
    assert fields.day_n(["khai mạc ngày 10/12/2026 (ngày N)"]) == dt.date(2026, 12, 10)


TAX = ["| THUẾ TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|---|---|",
       "| Số: 1102/TLC-QLDN | Lào Cai, ngày 05 tháng 10 năm 2026 |", "",
       "Kính gửi: Các Thuế cơ sở thuộc Thuế tỉnh.", "",
       "Đến ngày 30/9/2026, Thuế tỉnh Lào Cai đang quản lý 405 hợp tác xã (HTX) có mã số thuế; 96 HTX chưa nộp tờ khai. "
       "Thuế tỉnh yêu cầu các đơn vị thực hiện một số nội dung sau:", "",
       "**1. Các Thuế cơ sở**", "", "a) rà soát, gửi thông báo nhắc nộp tờ khai đến các HTX, xong trước 31/10/2026;", "",
       "b) tổ chức đối thoại với HTX trên địa bàn trong quý IV/2026.", "",
       "**2.** Phòng Tuyên truyền - Hỗ trợ người nộp thuế biên soạn tài liệu hỏi - đáp trước ngày 15/11/2026.", "",
       "**3.** Đề nghị Liên minh HTX tỉnh thông báo nội dung Công văn này đến các HTX trước ngày 20/11/2026.", "",
       "| Nơi nhận: - Lưu: VT. | KT. TRƯỞNG THUẾ TỈNH PHÓ TRƯỞNG THUẾ TỈNH Lý Văn Tài |", "|---|---|"]


def test_a_class_of_a_type_a_state_and_a_sentence_before_an_initialism(tmp_path):
    draft = written(tmp_path, "thue.md", TAX)
    assert draft.lead("rà soát, gửi thông báo") == ["Các Thuế cơ sở"]
    assert draft.lead("tổ chức đối thoại") == ["Các Thuế cơ sở"]
    assert draft.lead("Phòng Tuyên truyền") == ["Phòng Tuyên truyền - Hỗ trợ người nộp thuế"]
    assert draft.lead("Đề nghị Liên minh") == ["Liên minh HTX tỉnh"]  # "HTX" is no short name of the Thuế tỉnh
    assert not [t for t in draft.texts() if t.startswith("Đến ngày 30/9/2026")]


@pytest.mark.parametrize("heading,name", [("3. Các Chi cục", "Các Chi cục"),
                                          ("3. Các Trạm Khuyến nông khu vực", "Các Trạm Khuyến nông khu vực")])
def test_a_class_of_bodies_by_their_type(tmp_path, heading, name):
    lines = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 88/KH-SNNMT\tLào Cai, ngày 01 tháng 7 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã nông nghiệp năm 2026",
             "", "II. NHIỆM VỤ", heading, "- hướng dẫn hợp tác xã xây dựng vùng nguyên liệu trong quý III/2026;",
             "- báo cáo kết quả về Sở trước ngày 15/12/2026."] + CLOSE
    draft = written(tmp_path, "so.txt", lines)
    assert draft.lead("hướng dẫn hợp tác xã") == [name]


@pytest.mark.parametrize("sentence", [
    "1. Ủy ban nhân dân xã đã hoàn thành rà soát 12 hợp tác xã trong năm 2025.",
    "1. Hội Nông dân xã đang vận động 40 hộ tham gia tổ hợp tác từ quý I/2026.",
])
def test_what_a_body_has_done_or_is_doing_is_no_task(tmp_path, sentence):
    lines = ["UBND XÃ BẢO YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 21/CV-UBND\tBảo Yên, ngày 10 tháng 3 năm 2026", "V/v phát triển hợp tác xã", "",
             sentence, "2. Phòng Kinh tế hướng dẫn thành lập 02 hợp tác xã trong quý III/2026."] + CLOSE
    draft = written(tmp_path, "cv.txt", lines)
    assert draft.texts()[0].startswith("Phòng Kinh tế") and len(draft.tasks) == 1


@pytest.mark.parametrize("line,lead,coop", [
    ("1. BTT Ủy ban MTTQ xã chủ trì giám sát việc hỗ trợ hợp tác xã trong quý IV/2026.", "BTT Ủy ban MTTQ xã", []),
    ("2. Hội Nông dân xã chủ trì hướng dẫn tổ hợp tác, mời phòng Kinh tế cùng tham gia; quý IV/2026.",
     "Hội Nông dân xã", ["phòng Kinh tế"]),
    ("2. Hội Nông dân xã chủ trì tập huấn cho tổ hợp tác, mời Hội Liên hiệp Phụ nữ xã cùng tham gia; quý IV/2026.",
     "Hội Nông dân xã", ["Hội Liên hiệp Phụ nữ xã"]),
    ("3. Trung tâm Trợ giúp pháp lý nhà nước tỉnh tư vấn pháp luật cho hợp tác xã trong quý IV/2026.",
     "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", []),
])
def test_names_as_fronts_and_services_print_them(tmp_path, line, lead, coop):
    lines = ["ỦY BAN MTTQ VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ BẢO YÊN\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-MTTQ\tBảo Yên, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH", "Vận động thành lập hợp tác xã", "",
             "I. NHIỆM VỤ", line] + CLOSE
    draft = written(tmp_path, "mttq.txt", lines)
    prefix = line[3:20]
    assert lead in [draft.names[a] for a in draft[prefix]["lead"]] or draft.lead(prefix) == [
        "Ban Thường trực Ủy ban MTTQ xã"]
    assert draft.coop(prefix) == coop
