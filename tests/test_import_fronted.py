"""kehoach import: what comes before the doer of a sentence (issue 11).

A stage's end put first ("Kết thúc đợt kiểm tra, Phòng … xây dựng báo cáo …", "Sau mỗi đợt tập huấn, Trung tâm …") and
a condition or a title closed by a colon ("Nhiệm vụ 2 chỉ triển khai sau khi có kết quả nhiệm vụ 1: Sở Tài chính chuyển
…", "Kết nối tiêu thụ sản phẩm: sở Công Thương chủ trì …") stand before the sentence's doer, who leads; a branch named
first ("Chi nhánh Ngân hàng …") is a body. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

HEAD = ["SỞ TÀI CHÍNH TỈNH SƠN LA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 702/KH-STC\tSơn La, ngày 14 tháng 8 năm 2026", "", "KẾ HOẠCH", "Kiểm tra hợp tác xã năm 2026", "",
        "I. TỔ CHỨC THỰC HIỆN"]
TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tCầm Văn Sơn"]
ITEMS = [
    "1. Kết thúc đợt kiểm tra, Phòng Tài chính doanh nghiệp xây dựng báo cáo chung, trình Giám đốc Sở trước ngày "
    "15/11/2026.",
    "2. Sau mỗi đợt tập huấn, Trung tâm Hỗ trợ hợp tác xã tổng hợp ý kiến của học viên trong tháng 12/2026.",
    "3. Nhiệm vụ 4 chỉ triển khai sau khi có kết quả nhiệm vụ 1: Văn phòng Sở chuyển kết quả cho Liên minh Hợp tác xã "
    "tỉnh ngay sau khi hoàn thành.",
    "4. Liên minh Hợp tác xã tỉnh tư vấn các hợp tác xã khắc phục tồn tại trong quý IV/2026.",
    "5. Kết nối tiêu thụ sản phẩm: sở Công Thương chủ trì tổ chức 02 phiên chợ trong quý IV/2026.",
    "6. Chi nhánh Ngân hàng Chính sách xã hội tỉnh và Quỹ Hỗ trợ phát triển hợp tác xã tỉnh dành nguồn vốn cho vay "
    "ưu đãi, thực hiện thường xuyên."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_doer_after_a_stage_or_a_condition(tmp_path, suffix):
    lines = HEAD + ITEMS + TAIL
    if suffix == ".md":
        lines = as_markdown(lines)
    draft = written(tmp_path, "kiem-tra" + suffix, lines)
    assert draft.lead("Kết thúc đợt kiểm tra") == ["Phòng Tài chính doanh nghiệp"]
    assert draft.lead("Sau mỗi đợt tập huấn") == ["Trung tâm Hỗ trợ hợp tác xã"]
    assert draft.lead("Nhiệm vụ 4 chỉ triển khai") == ["Văn phòng Sở"]
    assert draft.lead("Kết nối tiêu thụ") == ["sở Công Thương"]        # a run-in title, then a body typed in lower case
    assert draft.lead("Chi nhánh") == ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
                                       "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"]   # a branch named first
