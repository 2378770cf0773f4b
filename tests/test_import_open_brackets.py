"""kehoach import: a bracket of fields left open at a line's end, a crop calendar's time column, cooperatives by their
short name, an office of two councils typed short (issue 11).

A PDF line that ends inside the bracket of an item's fields ("… (Đầu mối:" / "Đội Tổng hợp; phối hợp: …; thời gian:
…)") goes on with the next line, whatever its capital. "Thời vụ cung ứng" is a table's time column. "HTX" and a
capitalised name is one cooperative ("HTX Bưởi Phúc Trạch", "HTX Dược liệu Mậu Duệ"), a partner of its own in a list;
"VP HĐND và UBND xã" is one office. The partners named after "phối hợp" end at the verb of the work ("phối hợp phòng
Kinh tế | giới thiệu …"). Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, with_table, written
from generator.importer import fields

CUSTOMS = ["CỤC HẢI QUAN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CHI CỤC HẢI QUAN KHU VỰC VII\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 96/KH-HQKV\tLạng Sơn, ngày 08 tháng 4 năm 2026", "", "KẾ HOẠCH",
           "Hỗ trợ hợp tác xã xuất khẩu nông sản năm 2026", "", "II. NỘI DUNG CÔNG VIỆC",
           "1. Tổ chức hội nghị đối thoại về thủ tục hải quan cho các hợp tác xã. (Đầu mối:",
           "Đội Tổng hợp; phối hợp: Liên minh Hợp tác xã tỉnh; thời gian:", "tháng 5/2026)",
           "2. Lập danh sách hợp tác xã có nhu cầu xuất khẩu. (Đầu mối: Đội Nghiệp vụ; phối hợp:",
           "Sở Nông nghiệp và Môi trường; thời gian: trước 20/5/2026)",
           "Nơi nhận:\tCHI CỤC TRƯỞNG", "- Lưu: VT.\tHoàng Văn Đức"]


def test_a_bracket_of_fields_left_open_at_a_line_s_end(tmp_path):
    draft = written(tmp_path, "hai-quan.txt", CUSTOMS)
    assert draft.lead("Tổ chức hội nghị") == ["Đội Tổng hợp"]
    assert draft.coop("Tổ chức hội nghị") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Tổ chức hội nghị"]["deadline"]["month"] == 5
    assert draft.lead("Lập danh sách") == ["Đội Nghiệp vụ"]
    assert draft.coop("Lập danh sách") == ["Sở Nông nghiệp và Môi trường"]
    assert len(draft.tasks) == 2


SEED = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM GIỐNG CÂY TRỒNG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 214/KH-TTGCT\tTuyên Quang, ngày 06 tháng 11 năm 2026", "", "KẾ HOẠCH",
        "Cung ứng giống cho hợp tác xã vụ Xuân 2027", "", "I. LỊCH CUNG ỨNG"]
HEADER = ["TT", "Loại giống, nội dung", "Thời vụ cung ứng", "Bộ phận thực hiện", "Phối hợp"]
ROWS = [["1", "Xuất 38 tấn lúa giống thuần cho 14 hợp tác xã", "Trước gieo mạ, xong trước 15/01/2027",
         "Trại Giống lúa Yên Sơn", "Chi cục Trồng trọt và Bảo vệ thực vật"],
        ["2", "Giao 300.000 bầu chè cho các hợp tác xã chè", "Tháng 3/2027", "Vườn ươm Mỹ Bằng",
         "Hội ND xã và HTX Chè Mỹ Bằng"]]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_crop_calendar_s_time_column_and_a_cooperative_as_partner(tmp_path, suffix):
    close = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tHoàng Thị Vân"]
    draft = written(tmp_path, "giong" + suffix, with_table(SEED, HEADER, ROWS, close, suffix))
    assert draft["Xuất 38 tấn"]["deadline"]["before"] == "2027-01-15"
    assert draft["Giao 300.000"]["deadline"]["month"] == 3
    assert draft.coop("Giao 300.000") == ["Hội ND xã", "HTX Chè Mỹ Bằng"]


@pytest.mark.parametrize("text,names", [
    ("Hội ND xã và HTX Bưởi Phúc Trạch Hương Khê", ["Hội ND xã", "HTX Bưởi Phúc Trạch Hương Khê"]),
    ("Chi cục Kiểm lâm, HTX Dược liệu Mậu Duệ", ["Chi cục Kiểm lâm", "HTX Dược liệu Mậu Duệ"]),
    ("VP HĐND và UBND xã đưa tin lên trang thông tin điện tử", ["VP HĐND và UBND xã"]),
    ("HTX thành viên gửi báo cáo", []),
])
def test_cooperatives_and_offices_typed_short(text, names):
    from pathlib import Path
    known = fields.Known.load(Path(__file__).resolve().parent.parent / "source")
    assert fields.match_agencies(text, known).unknown == names


@pytest.mark.parametrize("markdown", [False, True])
def test_partners_end_at_the_work_s_verb(tmp_path, markdown):
    lines = ["UBND XÃ ĐĂK HÀ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 58/KH-UBND\tĐăk Hà, ngày 10 tháng 9 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã cà phê năm 2026", "",
             "I. NHIỆM VỤ",
             "1. Trung tâm DVTH xã phối hợp phòng Kinh tế giới thiệu 03 doanh nghiệp ký hợp đồng bao tiêu với HTX "
             "Nông nghiệp Đăk Ui và HTX Mắc ca Hà Mòn, hoàn thành trong tháng 10/2026.",
             "2. Hội Nông dân xã phối hợp Đoàn Thanh niên xã vận động hộ trồng cà phê vào tổ hợp tác trong quý IV/2026.",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tA Văn Nam"]
    draft = written(tmp_path, "ca-phe" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    assert draft.coop("Trung tâm DVTH") == ["phòng Kinh tế"]
    assert draft.coop("Hội Nông dân xã") == ["Đoàn Thanh niên xã"]
