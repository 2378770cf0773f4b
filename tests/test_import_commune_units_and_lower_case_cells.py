"""kehoach import: a commune's own units as issuers, bodies typed in lower case in a column of bodies, a ward named with
its number, and times by a part of the day, by the days of one month, or "trong năm" at a task's end (issue 11).

- "UBND XÃ YÊN THÀNH" / "TRUNG TÂM VĂN HÓA - THỂ THAO": the issuer is the commune's centre, named with its commune
  ("Trung tâm Văn hóa - Thể thao xã Yên Thành"), as a Sở is named with its province.
- "Hà Giang 1, ngày 03 tháng 3 năm 2026": a ward named with its number is the place of the place-and-date line.
- A column of bodies typing them in lower case ("công an phường", "đoàn thanh niên xã", "trung tâm phục vụ HCC phường",
  "tổ dân phố 7"): bodies by their type and level, a village by its number; not members ("hội viên phường"), nor a class
  ("các thôn").
- "Tổ Nghiệp vụ văn hóa - thông tin", "Phòng Văn hóa - thông tin": "thông tin" after "văn hóa -" is the field's name.
- "… phối hợp Phòng Quản lý ngân sách dự kiến phương án …": the partner ends before "dự kiến".
- "chậm nhất chiều 19/9/2026", "trước sáng 10/4/2026": by that day; "trong hai ngày 19 và 20/9/2026": by the last;
  "… thêm 3 tổ hợp tác trong năm.": the plan's year (not "… vào vụ cá Nam.").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import SOURCE, drafted, names_of, with_table, written_as
from generator.importer import fields
from generator.importer.fields import Known, match_agencies

CENTRE = ["UBND {level_caps} {place_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit_caps}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: {number}/KH-{short}\t{place}, ngày 18 tháng 8 năm 2026", "", "KẾ HOẠCH",
          "Tổ chức Ngày hội sản phẩm hợp tác xã năm 2026", "", "I. MỤC ĐÍCH", "Quảng bá sản phẩm của hợp tác xã.", "",
          "II. PHÂN CÔNG NHIỆM VỤ", "1. Tổ {team}",
          "- Thuê rạp, bàn ghế cho các gian hàng; bàn giao mặt bằng chậm nhất {part} 19/9/2026.",
          "- Phát thông báo trên hệ thống truyền thanh trước ngày 05/9/2026.",
          "2. Đề nghị Công an {level}",
          "- Bảo đảm an ninh trật tự khu vực Ngày hội trong hai ngày 19 và 20/9/2026.",
          "3. Đề nghị Hội Nông dân {level} vận động hộ trồng rau tham gia tổ hợp tác, thêm 3 tổ hợp tác trong năm.",
          "", "Trên đây là Kế hoạch tổ chức Ngày hội của {unit}./.", "",
          "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\t{signer}"]


@pytest.mark.parametrize("level, place, unit, short, team, part, signer, suffix", [
    ("xã", "Yên Thành", "Trung tâm Văn hóa - Thể thao", "TTVHTT", "Nghiệp vụ văn hóa - thông tin", "chiều",
     "Hồ Thị Thanh Nga", ".txt"),
    ("phường", "Cửa Lò", "Trạm Y tế", "TYT", "Hành chính - Tổng hợp", "sáng", "Lê Văn Hùng", ".md"),
])
def test_a_communes_own_unit_its_teams_and_its_days(tmp_path, level, place, unit, short, team, part, signer, suffix):
    draft = drafted(tmp_path, CENTRE, suffix, level=level, place=place, unit=unit, short=short, team=team, part=part,
                    signer=signer, level_caps=level.upper(), place_caps=place.upper(), unit_caps=unit.upper(),
                    number="21")
    issuer = next(a for a in draft.draft.registry["agencies"] if a["id"] == draft.plan["issuer"])
    assert issuer["name"] == f"{unit} {level} {place}"
    assert unit in issuer["variants"]  # the text's own "Trung tâm Văn hóa - Thể thao" still names it
    assert draft.lead("Thuê rạp") == [f"Tổ {team}"]
    assert draft["Thuê rạp"]["deadline"]["before"] == "2026-09-19"
    assert draft.lead("Phát thông báo") == [f"Tổ {team}"]
    assert draft["Bảo đảm an ninh"]["deadline"]["before"] == "2026-09-20"
    assert (draft["Đề nghị Hội Nông dân"]["deadline"]["kind"], draft["Đề nghị Hội Nông dân"]["deadline"]["year"]) \
        == ("year", 2026)


@pytest.mark.parametrize("place", ["Hà Giang 1", "Phường 3"])
def test_a_ward_named_with_its_number_dates_the_document(tmp_path, place):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG HÀ GIANG 1\tĐộc lập - Tự do - Hạnh phúc",
             f"Số: 64/KH-UBND\t{place}, ngày 03 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", "1. Phòng Văn hóa - Xã hội quảng bá sản phẩm của hợp tác xã trong quý III/2026.",
             "2. Phòng Kinh tế hướng dẫn hợp tác xã lập hồ sơ, xong trước 30/6/2026.", "",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVàng Thị Mai"]
    draft = written_as(tmp_path, "ke-hoach", ".txt", lines)
    assert (draft.plan["date"]["year"], draft.plan["date"]["month"], draft.plan["date"]["day"]) == (2026, 3, 3)
    assert draft.lead("Phòng Văn hóa") == ["Phòng Văn hóa - Xã hội"]  # "quảng bá" is the work, not the name's


def test_a_number_after_so_is_no_place():
    from generator.importer.draft import _place_and_date

    assert _place_and_date("Hà Giang 1,", "")
    assert not _place_and_date("Số 12,", "")


TABLE = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{ward_caps}\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 64/KH-UBND\t{place}, ngày 03 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
         "II. PHÂN CÔNG NHIỆM VỤ"]
ROWS = [["1", "Khảo sát hộ kinh doanh lập hợp tác xã du lịch", "phòng Kinh tế, Hạ tầng và Đô thị", "{village}", "Quý II"],
        ["2", "Hướng dẫn hồ sơ đăng ký hợp tác xã", "trung tâm phục vụ HCC {level}", "", "Thường xuyên"],
        ["3", "Quảng bá sản phẩm của hợp tác xã trên trang thông tin", "phòng Văn hóa - Xã hội", "đoàn thanh niên {level}",
         "Quý III"],
        ["4", "Kiểm tra trụ sở các hợp tác xã", "phòng Kinh tế, Hạ tầng và Đô thị", "công an {level}", "trước 30/9"]]


@pytest.mark.parametrize("ward, place, level, village, suffix", [
    ("PHƯỜNG HÀ GIANG 1", "Hà Giang 1", "phường", "tổ dân phố 7", ".md"),
    ("XÃ TÂN LẬP", "Tân Lập", "xã", "thôn 3", ".txt"),
])
def test_a_column_of_bodies_typed_in_lower_case(tmp_path, ward, place, level, village, suffix):
    rows = [[cell.format(level=level, village=village) for cell in row] for row in ROWS]
    lines = with_table([line.format(ward_caps=ward, place=place) for line in TABLE],
                       ["TT", "Việc cần làm", "Chủ trì", "Phối hợp", "Thời gian"], rows,
                       ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tVàng Thị Mai"], suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.coop("Khảo sát") == [village]
    assert draft.lead("Hướng dẫn hồ sơ") == [f"trung tâm phục vụ HCC {level}"]
    assert draft.coop("Quảng bá") == [f"đoàn thanh niên {level}"]
    assert draft.coop("Kiểm tra trụ sở") == [f"công an {level}"]


@pytest.mark.parametrize("cell, names", [
    ("công an phường; trạm y tế phường", ["công an phường", "trạm y tế phường"]),
    ("trạm y tế xã, thôn 5", ["trạm y tế xã", "thôn 5"]),
    ("hội viên phường", []),
    ("đoàn viên xã", []),
    ("các thôn", []),
])
def test_lower_case_bodies_only_in_a_list_of_bodies(cell, names):
    known = Known.load(SOURCE)
    assert match_agencies(cell, known, listed=True).unknown == names
    assert match_agencies(cell, known).unknown == []  # in running text a lower-case phrase names no body


@pytest.mark.parametrize("text, name", [
    ("Tổ Nghiệp vụ văn hóa - thông tin tổ chức chương trình văn nghệ", "Tổ Nghiệp vụ văn hóa - thông tin"),
    ("Phòng Văn hóa - thông tin đưa tin về hợp tác xã", "Phòng Văn hóa - thông tin"),
])
def test_a_field_of_culture_and_information(text, name):
    assert names_of(text) == [name]


@pytest.mark.parametrize("text, partner", [
    ("Phòng Tài chính doanh nghiệp tổng hợp, phối hợp Phòng Quản lý ngân sách dự kiến phương án phân bổ, trình Giám đốc "
     "Sở trong tháng 7/2026.", "Phòng Quản lý ngân sách"),
    ("Văn phòng Sở phối hợp Phòng Quản lý giá - Công sản dự kiến danh mục hợp tác xã được hỗ trợ năm 2027.",
     "Phòng Quản lý giá - Công sản"),
])
def test_a_partner_ends_before_what_it_plans(text, partner):
    assert fields.COOP.search(text).group("coop") == partner
    assert names_of(f"{partner} dự kiến phương án hỗ trợ") == [partner]  # … and a name read alone ends there too


@pytest.mark.parametrize("text, before", [
    ("Bàn giao mặt bằng cho các đơn vị chậm nhất chiều 19/9/2026.", "2026-09-19"),
    ("Hoàn thành dựng gian hàng trước sáng 10/4/2026.", "2026-04-10"),
    ("Bảo đảm an ninh khu vực sân vận động trong hai ngày 19 và 20/9/2026.", "2026-09-20"),
    ("Tổ chức trưng bày sản phẩm các ngày 14, 15/11/2026.", "2026-11-15"),
])
def test_a_part_of_the_day_and_the_days_of_one_month(text, before):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", before)


def test_a_document_cited_with_days_is_no_time():
    assert fields.deadline("Thực hiện Kế hoạch số 12/KH-UBND ngày 19 và 20/9/2026 của UBND tỉnh.").kind == "unspecified"


@pytest.mark.parametrize("text, kind", [
    ("Vận động hộ trồng nhãn tham gia tổ hợp tác, phấn đấu thêm 3 tổ hợp tác trong năm.", "year"),
    ("Tuyên truyền Luật Hợp tác xã trên loa truyền thanh xã cả năm.", "year"),
    ("Chủ trì ký hợp đồng nguyên tắc với từng hợp tác xã trước khi vào vụ cá Nam.", "unspecified"),
])
def test_the_year_at_a_tasks_end(text, kind):
    assert fields.deadline(text, year=2026).kind == kind
