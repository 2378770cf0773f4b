"""kehoach import: units as offices type them (issue 11).

A body's type typed short, as the glossary spells it ("TTDV tổng hợp xã", "PGD NHCSXH khu vực …", "VP HĐND&UBND xã",
"TTKN thành phố"); a station ("Trạm Thú y khu vực …", "Trạm Khuyến nông …"); the office of an HĐND and a UBND is
that office, not the UBND ("Văn phòng HĐND-UBND phường", "VP HĐND&UBND xã"); a unit's enumerated fields run to the
sentence's verb ("Trung tâm Tư vấn, hỗ trợ hợp tác xã | bố trí …"); verbs of writing, considering and inviting end a
name ("Ban Tuyên giáo | viết tin …", "Ngân hàng … | xem xét …", "Ban … | mời …"); a numbered title in capitals ends
before a line in lower case ("IV. TỔ CHỨC THỰC HIỆN" / "phòng Kinh tế giúp …"). Tested on phrases and documents
written here, never on the held-out sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import SOURCE, written
from generator.importer import fields, layout

KNOWN = fields.Known.load(SOURCE)


@pytest.mark.parametrize("text,name", [
    ("TTDV tổng hợp xã mở 03 lớp tập huấn kỹ thuật.", "TTDV tổng hợp xã"),
    ("PGD NHCSXH khu vực Đức Phổ giải ngân vốn vay cho tổ hợp tác.", "PGD NHCSXH khu vực Đức Phổ"),
    ("VP HĐND&UBND xã đăng Kế hoạch lên Trang thông tin điện tử.", "VP HĐND&UBND xã"),
    ("Văn phòng HĐND-UBND phường theo dõi, tổng hợp kết quả.", "Văn phòng HĐND-UBND phường"),
    ("TTKN thành phố xây dựng 05 mô hình sản xuất rau an toàn.", "TTKN thành phố"),
    ("Trạm Thú y khu vực Ba Tơ tiêm phòng cho đàn bò của hợp tác xã.", "Trạm Thú y khu vực Ba Tơ"),
    ("Trạm Khuyến nông xã hướng dẫn tổ hợp tác ghi nhật ký.", "Trạm Khuyến nông xã"),
    ("Trung tâm Tư vấn, hỗ trợ hợp tác xã bố trí cán bộ trực tại các lớp.", "Trung tâm Tư vấn, hỗ trợ hợp tác xã"),
    ("Ban Tuyên giáo viết tin, bài về hợp tác xã tiêu biểu.", "Ban Tuyên giáo"),
    ("Ngân hàng Hợp tác xã Việt Nam xem xét ưu đãi lãi suất.", "Ngân hàng Hợp tác xã Việt Nam"),
    ("Ban Tuyên truyền - Đào tạo mời báo cáo viên cho từng lớp.", "Ban Tuyên truyền - Đào tạo"),
])
def test_a_unit_as_typed(text, name):
    assert fields.name_only(text) == name
    found = fields.match_agencies(name, KNOWN)
    assert found.unknown == [name] or found.ids, found


@pytest.mark.parametrize("text", ["Trăm hợp tác xã được hỗ trợ.", "Trạm dừng nghỉ ven quốc lộ được nâng cấp."])
def test_no_station_without_its_name(text):
    assert not fields.starts_body(text)


def test_the_office_of_the_hdnd_and_the_ubnd_is_no_ubnd():
    for name in ("Văn phòng HĐND-UBND phường", "VP HĐND&UBND xã", "Văn phòng HĐND và UBND xã", "VP UBND xã"):
        assert fields.match_agencies(name, KNOWN).ids == [], name


@pytest.mark.parametrize("title", ["IV. TỔ CHỨC THỰC HIỆN", "3. TRÁCH NHIỆM CỦA CÁC BỘ PHẬN"])
def test_a_title_in_capitals_ends_before_a_line_in_lower_case(title):
    paras = layout.paragraphs([title, "phòng Kinh tế giúp UBND xã theo dõi, báo cáo trước 20/01/2027."])
    assert [p.text for p in paras] == [title.split(" ", 1)[1], "phòng Kinh tế giúp UBND xã theo dõi, báo cáo trước "
                                                               "20/01/2027."]
    wrapped = layout.paragraphs(["I. MỤC ĐÍCH,", "YÊU CẦU", "Củng cố hợp tác xã."])
    assert wrapped[0].text == "MỤC ĐÍCH, YÊU CẦU"  # a title's wrap in capitals goes on


def test_a_closing_duty_in_lower_case_under_a_title_in_capitals(tmp_path):
    lines = ["UBND XÃ BA TƠ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 40/KH-UBND\tBa Tơ, ngày 10 tháng 9 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", "1. TTDV tổng hợp xã mở 02 lớp tập huấn cho thành viên hợp tác xã, trong quý IV/2026.",
             "2. Trạm Thú y khu vực Ba Tơ tiêm phòng cho đàn bò của hợp tác xã, hoàn thành quý IV/2026.",
             "II. TỔ CHỨC THỰC HIỆN",
             "phòng Kinh tế giúp UBND xã theo dõi, đôn đốc; báo cáo UBND xã trước 20/12/2026.",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tĐinh Văn Hai"]
    draft = written(tmp_path, "ba-to.txt", lines)
    assert draft.lead("TTDV tổng hợp xã") == ["Trung tâm Dịch vụ tổng hợp xã"]  # proposed spelt out, from the glossary
    assert draft.lead("Trạm Thú y") == ["Trạm Thú y khu vực Ba Tơ"]
    assert draft.lead("phòng Kinh tế giúp") == ["phòng Kinh tế"]
    assert draft["phòng Kinh tế giúp"]["deadline"]["before"] == "2026-12-20"


def test_the_glossary_spells_the_types_it_reads():
    assert {"VP", "TTDV", "PGD", "TTKN"} <= set(fields.COMMON_SHORT)
    assert Path(fields.__file__).parent.parent.joinpath("data", "glossary.json").is_file()
