"""kehoach import: headings that name the issuer's own units over their duties (issue 11). A body's plan lists its
units' duties under headings that are nothing but the unit's name: a name enumerating lower-case words after a comma
("b) Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã", whose "hỗ trợ" is no verb there) and a unit named by its type
alone ("đ) Văn phòng", "4. Thanh tra"). Tested on a Liên minh's Markdown plan and a department's plain-text plan
written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from generator.importer import draft as draft_module

from drafts import written

LIEN_MINH = ["**LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH**", "", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "",
             "Số: 12/KH-LMHTX", "", "*Hà Tĩnh, ngày 05 tháng 02 năm 2026*", "", "# KẾ HOẠCH",
             "**Công tác hỗ trợ hợp tác xã năm 2026**", "", "### I. MỤC ĐÍCH", "", "Hỗ trợ hợp tác xã phát triển.", "",
             "### II. NHIỆM VỤ CỦA CÁC BAN, ĐƠN VỊ", "", "**a) Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã**", "",
             "+ Tổ chức 04 lớp bồi dưỡng kế toán cho hợp tác xã (hoàn thành trong quý III/2026).",
             "+ Tư vấn thành lập mới 10 hợp tác xã nông nghiệp (trong năm 2026).", "", "**b) Văn phòng**", "",
             "- Bảo đảm kinh phí thực hiện Kế hoạch; tổng hợp báo cáo Thường trực Liên minh (trước ngày 10/12/2026).",
             "", "**Nơi nhận:**", "", "- Lưu: VT.", "", "**TM. BAN THƯỜNG VỤ**", "", "**CHỦ TỊCH**", "",
             "**Trần Văn Hùng**"]
SO = ["SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 905/KH-SCT\tNghệ An, ngày 18 tháng 3 năm 2026", "", "KẾ HOẠCH",
      "Hỗ trợ hợp tác xã tiêu thụ sản phẩm năm 2026", "", "I. MỤC ĐÍCH", "Mở rộng thị trường cho hợp tác xã.",
      "II. PHÂN CÔNG NHIỆM VỤ", "1. Phòng Quản lý thương mại, xuất khẩu và thương mại điện tử",
      "- Tổ chức 02 phiên chợ đưa sản phẩm của hợp tác xã về khu công nghiệp trong quý II/2026.",
      "- Hướng dẫn 20 hợp tác xã mở gian hàng trên sàn thương mại điện tử trong năm 2026.", "2. Thanh tra",
      "- Kiểm tra việc ghi nhãn hàng hóa của hợp tác xã tham gia phiên chợ, thực hiện thường xuyên.",
      "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tPhạm Văn Hóa"]


def test_units_of_a_lien_minh_under_their_headings(tmp_path):
    draft = written(tmp_path, "lien-minh.md", LIEN_MINH)
    assert draft.lead("Tổ chức 04 lớp bồi dưỡng") == ["Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã"]
    assert draft.lead("Tư vấn thành lập mới") == ["Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã"]
    assert draft.lead("Bảo đảm kinh phí") == ["Văn phòng"]


def test_units_of_a_department_under_their_headings(tmp_path):
    draft = written(tmp_path, "so.txt", SO)
    assert draft.lead("Tổ chức 02 phiên chợ") == ["Phòng Quản lý thương mại, xuất khẩu và thương mại điện tử"]
    assert draft.lead("Hướng dẫn 20 hợp tác xã") == ["Phòng Quản lý thương mại, xuất khẩu và thương mại điện tử"]
    assert draft.lead("Kiểm tra việc ghi nhãn") == ["Thanh tra"]


@pytest.mark.parametrize("text,named", [
    ("Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã", True),
    ("Phòng Quản lý thương mại, xuất khẩu và thương mại điện tử", True),
    ("Sở Tài chính, các sở và ngành liên quan", False),          # a class after the comma
    ("Sở Tài chính, Sở Công Thương và Sở Nội vụ", False),        # other bodies, capitalised
    ("Tổ chức hội nghị, hỗ trợ và tư vấn hợp tác xã", False),     # no body's name first
])
def test_a_name_enumerating_lower_case_words(text, named):
    assert draft_module._enumerated_name(text) is named
