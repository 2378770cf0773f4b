"""kehoach import: plans of activities and timetables (issue 11).

"Hoạt động 1: Title" over labelled lines ("- Thời gian: …", "- Địa điểm: …", "- Nội dung: …", "- Đơn vị thực hiện: X
(chủ trì); Y, Z") is one task: the title, its lead and partners from the doers' line, its time; the particulars are no
tasks. A timetable whose work column is "Công việc" and whose doers' column marks the lead "(chủ trì)" gives one task
per row, the others cooperating. A heading naming one cooperative ("1. Hợp tác xã Nông nghiệp Dịch vụ …:") leads its
items. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written, written_as

HEAD = ["HỘI NÔNG DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 33/KH-HND\tGia Lai, ngày 05 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Đồng hành cùng hợp tác xã nông nghiệp năm 2026", "", "I. MỤC ĐÍCH", "Gắn hội viên với hợp tác xã.",
        "II. CÁC HOẠT ĐỘNG CỤ THỂ"]
ACTIVITIES = ["Hoạt động 1: Khảo sát nhu cầu liên kết của hợp tác xã", "- Thời gian: tháng 4/2026.",
              "- Nội dung: phát phiếu khảo sát tới khoảng 80 hợp tác xã về sản lượng, nhu cầu vốn và đầu ra.",
              "- Đơn vị thực hiện: Ban Kinh tế (chủ trì); Liên minh Hợp tác xã tỉnh, Sở Công Thương.",
              "Hoạt động 2: Hội nghị kết nối doanh nghiệp với hợp tác xã cà phê", "- Thời gian: quý III/2026.",
              "- Địa điểm: phường Pleiku.", "- Kinh phí: hội phí và tài trợ hợp pháp.",
              "- Đơn vị thực hiện: Văn phòng Hội (chủ trì); Sở Nông nghiệp và Môi trường."]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Hội tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 15/12/2026.",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tRơ Mah Thu"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_activities_with_their_particulars(tmp_path, suffix):
    lines = HEAD + ACTIVITIES + TAIL
    draft = written_as(tmp_path, "hoat-dong", suffix, lines)
    assert draft.texts()[:2] == ["Khảo sát nhu cầu liên kết của hợp tác xã",
                                 "Hội nghị kết nối doanh nghiệp với hợp tác xã cà phê"]
    assert draft.lead("Khảo sát nhu cầu") == ["Ban Kinh tế"]
    assert draft.coop("Khảo sát nhu cầu") == ["Liên minh Hợp tác xã tỉnh Gia Lai", "Sở Công Thương tỉnh Gia Lai"]
    assert draft["Khảo sát nhu cầu"]["deadline"]["month"] == 4
    assert draft.lead("Hội nghị kết nối") == ["Văn phòng Hội"]
    assert draft["Hội nghị kết nối"]["deadline"]["quarters"] == [3]
    assert len(draft.tasks) == 3  # the particulars ("Nội dung:", "Địa điểm:", "Kinh phí:") are no tasks


TIMETABLE = ["THỐNG KÊ TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 52/KH-TKGL\tGia Lai, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH",
             "Điều tra hợp tác xã năm 2026", "", "I. TIẾN ĐỘ",
             "STT\tCông việc\tThời gian\tĐơn vị thực hiện",
             "1\tRà soát danh sách hợp tác xã, lập dàn chọn mẫu\tTrước 20/3/2026\tPhòng Nghiệp vụ (chủ trì); các Phòng "
             "Thống kê khu vực",
             "2\tThu thập thông tin tại hợp tác xã\tTháng 4/2026\tCác Phòng Thống kê khu vực", "",
             "Nơi nhận:\tKT. CỤC TRƯỞNG", "- Lưu: VT.\tPHÓ CỤC TRƯỞNG", "\tĐinh Văn Lực"]


def test_a_timetable_of_work_with_the_lead_marked(tmp_path):
    draft = written(tmp_path, "dieu-tra.txt", TIMETABLE)
    assert draft.lead("Rà soát danh sách") == ["Phòng Nghiệp vụ"]
    assert draft.coop("Rà soát danh sách") == ["các Phòng Thống kê khu vực"]
    assert draft["Thu thập thông tin"]["lead"] == draft["Rà soát danh sách"]["cooperating"]  # the same body
    assert draft["Rà soát danh sách"]["deadline"]["before"] == "2026-03-20"


def test_a_heading_naming_one_cooperative(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ EA SÚP\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 301/KH-UBND\tEa Súp, ngày 11 tháng 8 năm 2026", "", "KẾ HOẠCH", "Liên kết sản xuất bơ năm 2026", "",
             "I. NHIỆM VỤ", "1. Hợp tác xã Nông nghiệp Dịch vụ Ea Súp Xanh:",
             "- Ký hợp đồng liên kết với từng hộ tham gia trước ngày 15/9/2026.",
             "- Tổ chức cho các hộ sản xuất theo một quy trình chung trong năm 2026.",
             "2. Phòng Kinh tế hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ trong tháng 9/2026.",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tY Nuê Ksơr"]
    draft = written(tmp_path, "lien-ket.txt", lines)
    assert draft.lead("Ký hợp đồng liên kết") == ["Hợp tác xã Nông nghiệp Dịch vụ Ea Súp Xanh"]
    assert draft.lead("Tổ chức cho các hộ") == ["Hợp tác xã Nông nghiệp Dịch vụ Ea Súp Xanh"]


def test_a_table_whose_organ_in_charge_is_under_phu_trach(tmp_path):
    lines = ["HỘI LHPN XÃ BẢO YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 12/KH-HPN\tBảo Yên, ngày 06 tháng 3 năm 2026", "", "KẾ HOẠCH",
             "Hỗ trợ phụ nữ tham gia tổ hợp tác năm 2026", "", "I. NỘI DUNG",
             "| TT | Nội dung hoạt động | Phụ trách | Phối hợp | Thời gian |", "|---|---|---|---|---|",
             "| 1 | Khảo sát hội viên có nhu cầu tham gia tổ hợp tác | Thường trực Hội | Các chi hội phụ nữ thôn | Tháng 4/2026 |",
             "| 2 | Thành lập 01 tổ hợp tác dệt thổ cẩm | Ban Thường vụ Hội | | Quý III/2026 |", "",
             "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Thị Mai"]
    draft = written(tmp_path, "hoi-phu-nu.md", lines)
    assert draft.lead("Khảo sát hội viên") == ["Thường trực Hội"]
    assert draft.lead("Thành lập 01 tổ hợp tác") == ["Ban Thường vụ Hội"]
