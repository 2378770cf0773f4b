"""kehoach import: work on request, rooms under a body's heading, names of rooms and teams (issue 11).

"… khi có đề nghị", "khi Ủy ban nhân dân cấp xã đề nghị", "khi … có yêu cầu" is work on request: due after that
condition, unless the text gives the task a time of its own ("báo cáo trước ngày 20 hằng tháng; … đột xuất khi có
yêu cầu"). Under a body's heading, "Phối hợp với X, Y chuẩn bị …" is that body's work with X and Y (not Y's, unless
"Y chủ trì"). A numbered title of the work of assessing ("2. Đánh giá, phân loại") holds tasks; "Đánh giá chung",
"Đánh giá kết quả …" hold what was found. Names: "Phòng Tư vấn, giới thiệu việc làm", "Phòng Giáo dục nghề nghiệp
và Giáo dục thường xuyên", "Đội QLTT số 4 (Chi cục QLTT tỉnh)"; "thông tin" after a name is its verb ("phòng Văn hóa
- Xã hội | thông tin giá …"); a body's owner said aside in brackets, then a verb of any kind ("Sở … (Chi cục PTNT) |
cho ý kiến …"); "… làm việc với X để …" names X a partner. Tested on documents written here, never on the held-out
sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written
from generator.importer import fields

HEAD = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HƯNG YÊN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 301/KH-STC\tHưng Yên, ngày 03 tháng 11 năm 2026", "", "KẾ HOẠCH",
        "Đánh giá, phân loại hợp tác xã năm 2026", "", "I. NỘI DUNG VÀ PHÂN CÔNG", "1. Đánh giá, phân loại"]
CLOSE = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Bình"]


@pytest.mark.parametrize("markdown", [False, True])
def test_assessing_is_work_and_requests_are_conditions(tmp_path, markdown):
    lines = HEAD + [
        "1.1. Ủy ban nhân dân các xã, phường hướng dẫn hợp tác xã tự chấm điểm, gửi Sở Tài chính trước 31/12/2026.",
        "1.2. Sở Nông nghiệp và Môi trường (Chi cục PTNT) cho ý kiến về tiêu chí chuyên ngành khi Ủy ban nhân dân "
        "cấp xã đề nghị.",
        "1.3. Phòng Doanh nghiệp cung cấp số liệu cho Thuế tỉnh khi có yêu cầu.",
        "1.4. Các phòng báo cáo kết quả trước ngày 20 hằng tháng; đồng thời báo cáo đột xuất khi có yêu cầu.",
    ] + CLOSE
    draft = written(tmp_path, "phan-loai" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    assert draft.lead("Ủy ban nhân dân các xã") == ["Ủy ban nhân dân các xã, phường"]
    assert draft.lead("Sở Nông nghiệp") == ["Sở Nông nghiệp và Môi trường"]
    assert draft["Sở Nông nghiệp"]["deadline"]["kind"] == "after-condition"
    assert draft["Phòng Doanh nghiệp"]["deadline"] == {"printed": "khi có yêu cầu", "kind": "after-condition",
                                                       "condition": "khi có yêu cầu"}
    assert draft["Các phòng báo cáo"]["deadline"]["kind"] == "ongoing"  # its own time first


def test_an_assessment_of_what_was_done_holds_no_task(tmp_path):
    lines = HEAD[:-1] + ["1. Đánh giá chung",
                         "- Sở Tài chính đã hướng dẫn 120 hợp tác xã tự chấm điểm.",
                         "2. Nhiệm vụ năm 2027",
                         "- Sở Tài chính hướng dẫn hợp tác xã tự chấm điểm trong quý I/2027."] + CLOSE
    draft = written(tmp_path, "danh-gia.txt", lines)
    assert draft.texts() == ["Sở Tài chính hướng dẫn hợp tác xã tự chấm điểm trong quý I/2027."]


BRANCH = ["SỞ NỘI VỤ TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "TRUNG TÂM DỊCH VỤ VIỆC LÀM\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 86/KH-TTDVVL\tBắc Ninh, ngày 22 tháng 7 năm 2026", "", "KẾ HOẠCH",
          "Tổ chức phiên giao dịch việc làm cho hợp tác xã năm 2026", "", "I. PHÂN CÔNG",
          "1. Phòng Tư vấn, giới thiệu việc làm:",
          "a) Bố trí bàn tuyển dụng cho từng hợp tác xã trong tháng 11/2026;",
          "b) Phối hợp với Ủy ban nhân dân xã Lục Nam, Ủy ban nhân dân xã Tân Yên chuẩn bị hội trường trước ngày "
          "10/9/2026.",
          "2. Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên:",
          "a) Phối hợp với Hội Nông dân tỉnh, Phòng Tư vấn, giới thiệu việc làm chủ trì vận động lao động nông thôn.",
          "3. Đề nghị Đội QLTT số 4 (Chi cục QLTT tỉnh) kiểm tra hàng hóa tại phiên giao dịch.",
          "4. phòng Văn hóa - Xã hội thông tin lịch phiên giao dịch trên loa truyền thanh xã."] + CLOSE


@pytest.mark.parametrize("markdown", [False, True])
def test_rooms_by_their_headings(tmp_path, markdown):
    draft = written(tmp_path, "viec-lam" + (".md" if markdown else ".txt"), as_markdown(BRANCH) if markdown else BRANCH)
    assert draft.lead("Bố trí bàn tuyển dụng") == ["Phòng Tư vấn, giới thiệu việc làm"]
    assert draft.lead("Phối hợp với Ủy ban") == ["Phòng Tư vấn, giới thiệu việc làm"]
    assert draft.coop("Phối hợp với Ủy ban") == ["Ủy ban nhân dân xã Lục Nam", "Ủy ban nhân dân xã Tân Yên"]
    assert draft.lead("Phối hợp với Hội") == ["Phòng Tư vấn, giới thiệu việc làm"]  # "…, Y chủ trì": Y leads
    assert draft.lead("Đề nghị Đội QLTT") == ["Đội QLTT số 4"]
    assert draft.lead("phòng Văn hóa") == ["phòng Văn hóa - Xã hội"]


@pytest.mark.parametrize("text,name", [
    ("Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên hướng dẫn các trung tâm.",
     "Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên"),
    ("Trung tâm Công nghệ thông tin tỉnh hỗ trợ hợp tác xã.", "Trung tâm Công nghệ thông tin tỉnh"),
    ("Chi cục PTNT thông tin kịp thời cho hợp tác xã.", "Chi cục PTNT"),
    ("Sở Tài chính thực hiện thường xuyên.", "Sở Tài chính"),
])
def test_names_and_the_words_after_them(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("line,coop", [
    ("1.1. Ban Công tác xã hội thẩm định danh sách hộ; làm việc với Liên minh Hợp tác xã tỉnh để xác nhận năng lực "
     "của hợp tác xã trong tháng 11/2026.", ["Liên minh Hợp tác xã tỉnh"]),
    ("1.1. Phòng Kinh tế làm việc với Trung tâm Khuyến nông tỉnh để chọn giống lúa trong tháng 11/2026.",
     ["Trung tâm Khuyến nông tỉnh"]),
    ("1.1. Văn phòng Sở thống nhất lịch làm việc với Liên minh Hợp tác xã tỉnh Lâm Đồng trong tháng 11/2026.", []),
])
def test_working_with_a_body_is_cooperating(tmp_path, line, coop):
    """"… làm việc với X để …" names X a partner; "lịch làm việc với X" (a visit's hosts) does not."""
    draft = written(tmp_path, "lam-viec.txt", HEAD + [line] + CLOSE)
    assert draft.coop(line[5:25]) == coop
