"""kehoach import: doers as labelled lines and sub-committees write them (issue 11).

"Thực hiện: X chủ trì; p/h: Y, Z" ("p/h" is "phối hợp" typed short), "Thực hiện: X chủ trì, p/h Y", "Thực hiện: X
phối hợp Y, Z", "Thực hiện: X cùng Y": X leads, the others cooperate. A sub-committee's heading says who heads it in
brackets ("1. Tiểu ban Văn kiện (đồng chí … làm Trưởng tiểu ban)"): the sub-committee leads the items under it. A
document's short name defined in a bracket ("các hợp tác xã (HTX)") never takes its long form from across another
bracket — no name is made up. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

from drafts import written
from generator.importer import fields

PLAN = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HƯNG YÊN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 2210/KH-SKHCN\tHưng Yên, ngày 05 tháng 11 năm 2026", "", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã ứng dụng khoa học và công nghệ năm 2027", "",
        "Sở Khoa học và Công nghệ (sau đây viết tắt là Sở KH&CN) xây dựng Kế hoạch hỗ trợ các hợp tác xã (HTX) như sau:",
        "I. NHIỆM VỤ",
        "a) Hướng dẫn HTX đăng ký tài khoản trên hệ thống truy xuất nguồn gốc.",
        "Thực hiện: Phòng Tiêu chuẩn chủ trì; p/h: Sở NN&MT, Liên minh HTX tỉnh. Thời gian: quý II/2027.",
        "b) Chọn 08 HTX, hỗ trợ xây dựng mô hình ứng dụng công nghệ sau thu hoạch.",
        "Thực hiện: Trung tâm Ứng dụng KH&CN chủ trì, p/h Trung tâm Khuyến nông tỉnh. Thời gian: trong năm 2027.",
        "c) Hỗ trợ HTX dùng phần mềm kế toán, hóa đơn điện tử.",
        "Thực hiện: Phòng Chuyển đổi số phối hợp VNPT Hưng Yên, Viettel Hưng Yên. Thời gian: thường xuyên.",
        "d) Tập huấn về quản lý nhãn hiệu cho ban quản trị 20 HTX.",
        "Thực hiện: Phòng Quản lý khoa học cùng Liên minh HTX tỉnh. Thời gian: tháng 11/2027.",
        "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tĐào Văn Hùng"]


def test_doers_on_a_labelled_line(tmp_path):
    draft = written(tmp_path, "khcn.txt", PLAN)
    assert draft.lead("Hướng dẫn HTX đăng ký") == ["Phòng Tiêu chuẩn"]
    assert len(draft.coop("Hướng dẫn HTX đăng ký")) == 2
    assert draft.lead("Chọn 08 HTX") == ["Trung tâm Ứng dụng KH&CN"]
    assert draft.coop("Chọn 08 HTX") == ["Trung tâm Khuyến nông tỉnh"]
    assert draft.lead("Hỗ trợ HTX dùng phần mềm") == ["Phòng Chuyển đổi số"]
    assert draft.coop("Hỗ trợ HTX dùng phần mềm") == ["VNPT Hưng Yên", "Viettel Hưng Yên"]
    assert draft.lead("Tập huấn về quản lý nhãn hiệu") == ["Phòng Quản lý khoa học"]


def test_a_short_name_never_takes_its_long_form_across_a_bracket(tmp_path):
    assert fields.abbreviations(PLAN) == {"Sở KH&CN": ("Sở Khoa học và Công nghệ", 8)}
    draft = written(tmp_path, "khcn.txt", PLAN)
    names = {a["name"] for a in draft.draft.registry.get("agencies", [])}
    assert not [n for n in names if ")" in n or "(" in n], names  # nothing made up from two brackets


def test_a_sub_committee_headed_by_a_person(tmp_path):
    lines = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 40/KH-LMHTX\tGia Lai, ngày 03 tháng 4 năm 2026", "", "KẾ HOẠCH", "Tổ chức Đại hội đại biểu năm 2026", "",
             "I. CÔNG TÁC CHUẨN BỊ",
             "1. Tiểu ban Văn kiện (đồng chí Phó Chủ tịch Thường trực Liên minh làm Trưởng tiểu ban)",
             "- Trước ngày 30/5/2026: xây dựng dự thảo Báo cáo chính trị trình Đại hội.",
             "- Tháng 6/2026: gửi dự thảo Báo cáo xin ý kiến các hợp tác xã thành viên.",
             "2. Tiểu ban Tổ chức - Phục vụ (đồng chí Chánh Văn phòng làm Trưởng tiểu ban)",
             "- Quý II/2026: lập dự toán kinh phí Đại hội trình Thường trực Liên minh.",
             "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tKsor Hơ"]
    draft = written(tmp_path, "dai-hoi.txt", lines)
    assert draft.lead("Trước ngày 30/5/2026") == ["Tiểu ban Văn kiện"]
    assert draft["Trước ngày 30/5/2026"]["deadline"]["before"] == "2026-05-30"
    assert draft.lead("Quý II/2026") == ["Tiểu ban Tổ chức - Phục vụ"]
    assert len(draft.tasks) == 3
