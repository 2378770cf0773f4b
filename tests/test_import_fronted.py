"""kehoach import: a time put before the doer, a Công điện's addressees, a Party document's header and closing, and
verbs that end a name (issue 11).
- "Từ tháng 8 đến tháng 10/2026, Phòng X phối hợp với …", "Chậm nhất ngày 15/9/2026, Văn phòng Sở …", "Trước ngày
  20/11/2026, Phòng Doanh nghiệp, kinh tế tập thể và tư nhân …": the time is the task's, the body after it leads;
- "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" and the addressees under it are no tasks, as "Kính gửi:" and its list;
- "ĐẢNG CỘNG SẢN VIỆT NAM" (the Party's motto in the header, Hướng dẫn 36-HD/VPTW) and "Kết luận này được phổ biến đến
  chi bộ." are no tasks;
- "giao", "xác định" end a name ("Ủy ban nhân dân các xã, phường giao một công chức …"), not inside one ("Phòng giao
  dịch Ngân hàng Chính sách xã hội").
Tested on documents written here (text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import written

FRONTED = ["Từ tháng 8 đến tháng 10/2026, Phòng Doanh nghiệp, kinh tế tập thể và tư nhân phối hợp với Sở Nông nghiệp và "
           "Môi trường kiểm tra việc sử dụng kinh phí hỗ trợ hợp tác xã.",
           "Chậm nhất ngày 15/9/2026, Văn phòng Sở hoàn thành việc cập nhật thông tin của các hợp tác xã.",
           "Trước ngày 20/11/2026, Phòng Doanh nghiệp, kinh tế tập thể và tư nhân xây dựng dự thảo Kế hoạch năm 2027.",
           "Ủy ban nhân dân các xã, phường giao một công chức theo dõi hợp tác xã; thực hiện thường xuyên.",
           "Đề nghị Phòng giao dịch Ngân hàng Chính sách xã hội tỉnh giải ngân vốn cho hợp tác xã trong quý IV/2026."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_time_before_the_doer(tmp_path, suffix):
    lines = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 1035/KH-STC\tGia Lai, ngày 07 tháng 7 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026",
             "I. NHIỆM VỤ", *(f"{n}. {t}" for n, t in enumerate(FRONTED, start=1)),
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tNguyễn Văn Bình"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "thoi-gian-truoc" + suffix, lines)
    first = draft["Từ tháng 8"]
    assert draft.lead("Từ tháng 8")[0].startswith("Phòng Doanh nghiệp, kinh tế tập thể và tư nhân")
    assert (first["deadline"]["kind"], first["deadline"]["month"]) == ("month", 10)
    assert draft.lead("Chậm nhất")[0].startswith("Văn phòng Sở")
    assert str(draft["Chậm nhất"]["deadline"]["before"]) == "2026-09-15"
    assert draft.lead("Trước ngày 20/11")[0].startswith("Phòng Doanh nghiệp")
    assert draft.lead("Ủy ban nhân dân các xã")[0].startswith("Ủy ban nhân dân các xã, phường")
    assert "giao một" not in draft.lead("Ủy ban nhân dân các xã")[0]
    assert draft.lead("Đề nghị Phòng giao dịch")[0].startswith("Phòng giao dịch Ngân hàng Chính sách xã hội")


CONG_DIEN = ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "- Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính;",
             "- Chủ tịch Ủy ban nhân dân các xã, phường;", "- Liên minh Hợp tác xã tỉnh.",
             "Để khắc phục hậu quả mưa lũ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
             "1. Sở Nông nghiệp và Môi trường hướng dẫn hợp tác xã khôi phục sản xuất; hoàn thành trước ngày 05/10/2026.",
             "2. Liên minh Hợp tác xã tỉnh tổng hợp thiệt hại của hợp tác xã, báo cáo trước ngày 30/9/2026."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_cong_dien_s_addressees_are_no_tasks(tmp_path, suffix):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 14/CĐ-UBND\tNinh Bình, ngày 22 tháng 9 năm 2026", "CÔNG ĐIỆN",
             "Về khắc phục thiệt hại do mưa lũ đối với hợp tác xã", *CONG_DIEN,
             "Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "\tTrần Song Tùng"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "cong-dien" + suffix, lines)
    texts = draft.texts()
    assert not [t for t in texts if t.startswith(("Giám đốc các Sở", "Chủ tịch Ủy ban", "Liên minh Hợp tác xã tỉnh."))]
    assert draft.lead("Sở Nông nghiệp và Môi trường hướng dẫn")[0].startswith("Sở Nông nghiệp và Môi trường")
    assert len([t for t in texts if "trước ngày" in t]) == 2


PARTY = ["I. ĐÁNH GIÁ CHUNG", "Các cấp ủy đã quan tâm lãnh đạo phát triển hợp tác xã.", "II. NHIỆM VỤ",
         "1. Các đảng ủy xã, phường xác định chỉ tiêu số hợp tác xã thành lập mới hằng năm.",
         "2. Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo tuyên truyền về kinh tế tập thể trong năm 2026.",
         "Kết luận này được phổ biến đến chi bộ."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_party_document_s_header_and_closing(tmp_path, suffix):
    if suffix == ".md":
        head = ["| ĐẢNG BỘ TỈNH ĐẮK LẮK<br>**TỈNH ỦY** | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>——— |", "|---|---|",
                "| Số 118-KL/TU | *Đắk Lắk, ngày 20 tháng 11 năm 2025* |", "", "**KẾT LUẬN**", "",
                "**của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã**", ""]
        lines = head + [x for line in PARTY for x in (line, "")] + [
            "| **Nơi nhận:**<br>- Lưu Văn phòng Tỉnh ủy. | **T/M BAN THƯỜNG VỤ**<br>**PHÓ BÍ THƯ**<br>**Y Thanh Hà** |",
            "|---|---|"]
    else:
        lines = ["ĐẢNG BỘ TỈNH ĐẮK LẮK\tĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY", "Số 118-KL/TU\tĐắk Lắk, ngày 20 tháng 11 năm 2025",
                 "KẾT LUẬN", "của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã", *PARTY,
                 "Nơi nhận:\tT/M BAN THƯỜNG VỤ", "- Lưu Văn phòng Tỉnh ủy.\tPHÓ BÍ THƯ", "\tY Thanh Hà"]
    draft = written(tmp_path, "ket-luan" + suffix, lines)
    texts = draft.texts()
    assert not [t for t in texts if "ĐẢNG CỘNG SẢN" in t or t.startswith("Kết luận này")]
    assert draft.lead("Các đảng ủy xã, phường") == ["Các đảng ủy xã, phường"]
    assert draft["Các đảng ủy xã, phường"]["deadline"]["kind"] == "annual"
