"""kehoach import: points lettered with a hyphen, work done inside a body, a letter's closing with whom to contact,
doers and times said aside in brackets, a ministry's unit in a province, and lists of commune levels (issue 11).

- Points lettered with a hyphen ("a- Rà soát …", "b - Hướng dẫn …"), as the "I-" / "1-" numbering of commune and
  Party documents goes on under a body's heading: each is a task of that body.
- A date in words after "chậm nhất" ("chậm nhất ngày 15 tháng 9 năm 2026", "chậm nhất là ngày 30 tháng 11 năm 2026")
  is the deadline, as "trước ngày …" is.
- Work done inside a body or at a place, put first ("Trong nội bộ Sở, phòng X cập nhật …", "Tại Sở, phòng Y …"): the
  unit after the comma leads, typed in lower case or not.
- A cooperative that does not wind itself up ("hợp tác xã không tự giải thể thì lập hồ sơ …") is work on it, not a
  board's standing rule ("Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ").
- A letter's courtesy followed in the same paragraph by whom to contact ("Đề nghị các cơ quan, đơn vị quan tâm phối hợp
  thực hiện. Chi tiết liên hệ: bà …, ĐT …") gives no work.
- A bracket after the work with the doer and a time printed without its year ("(Trung tâm Tư vấn và Hỗ trợ HTX; xong
  trước 20/11)"); a centre typed short before its field ("TT Tư vấn", "TT Phục vụ hành chính công xã").
- The partners said in a bracket end with it ("(phối hợp Thuế tỉnh Hưng Yên) — tháng 9/2026"); the time after an em
  dash wrapped onto its own line ("… (phối hợp: …)" / "— tháng 4/2026.") stays with its item.
- A ministry's unit in a province under the ministry's name ("BỘ TÀI CHÍNH" / "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH") is
  that province's issuer, not a central body.
- A class of commune bodies picked by "nơi có …" is the class ("UBND các xã, phường | nơi có hợp tác xã …"); the levels
  after a commune body ("UBND xã, phường", "Công an xã, phường, đặc khu") are one class.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import SOURCE, drafted
from generator.importer import fields

COMMUNE = ["UBND XÃ {commune}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-UBND\t{place}, ngày 14 tháng 10 năm 2026", "", "KẾ HOẠCH",
           "Vận động tổ hợp tác {field} thành hợp tác xã năm 2027", "",
           "Thực hiện Kế hoạch phát triển kinh tế tập thể của tỉnh, UBND xã xây dựng kế hoạch như sau:", "",
           "I- MỤC ĐÍCH", "- Chuyển đổi ít nhất 03 tổ hợp tác đủ điều kiện thành hợp tác xã.", "",
           "II- NỘI DUNG, PHÂN CÔNG", "1- phòng Kinh tế xã",
           "a- Rà soát các tổ hợp tác {field} trên địa bàn, lập danh sách, xong trong tháng 11/2026.",
           "b{gap}- Hướng dẫn hồ sơ đăng ký hợp tác xã, phối hợp Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ, "
           "thực hiện trong tháng 1/2027.",
           "c{gap}- Tổng hợp kết quả, báo cáo UBND xã trước 20/6/2027.",
           "2- Hội Nông dân xã vận động hội viên góp vốn, tham gia hợp tác xã; làm thường xuyên.", "",
           "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("commune, number, place, field, gap, signer, suffix", [
    ("EA TÂN", "96", "Ea Tân", "cà phê", "", "Y Khuê Niê", ".txt"),
    ("MƯỜNG KHƯƠNG", "57", "Mường Khương", "chè", " ", "Lù Văn Sáng", ".md"),
])
def test_points_lettered_with_a_hyphen_are_the_heading_bodys_tasks(tmp_path, commune, number, place, field, gap,
                                                                   signer, suffix):
    draft = drafted(tmp_path, COMMUNE, suffix, commune=commune, number=number, place=place, field=field, gap=gap,
                    signer=signer)
    assert [t[:22] for t in draft.texts()] == ["Rà soát các tổ hợp tác", "Hướng dẫn hồ sơ đăng k",
                                               "Tổng hợp kết quả, báo ", "Hội Nông dân xã vận độ"]
    for prefix in ("Rà soát", "Hướng dẫn hồ sơ", "Tổng hợp kết quả"):
        assert draft.lead(prefix) == ["phòng Kinh tế xã"]
    assert draft["Rà soát"]["deadline"]["month"] == 11
    assert draft["Hướng dẫn hồ sơ"]["deadline"] == {"printed": "tháng 1/2027", "kind": "month", "year": 2027,
                                                    "month": 1}
    assert draft["Tổng hợp kết quả"]["deadline"]["before"] == "2027-06-20"


@pytest.mark.parametrize("phrase, before", [
    ("Thuế tỉnh cung cấp danh sách hợp tác xã đã ngừng kê khai, chậm nhất ngày 15 tháng 9 năm 2026.", "2026-09-15"),
    ("Các xã gửi báo cáo về Sở Tài chính chậm nhất là ngày 30 tháng 11 năm 2026.", "2026-11-30"),
])
def test_a_date_in_words_after_cham_nhat_is_the_deadline(phrase, before):
    found = fields.deadline(phrase)
    assert (found.kind, found.before) == ("before", before)


LETTER = ["UBND {city}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc",
          "Số: {number}/STC-DN\t{place}, ngày 05 tháng 8 năm 2026", "V/v rà soát hợp tác xã ngừng hoạt động", "",
          "Kính gửi: UBND các xã, phường.", "",
          "Để làm sạch dữ liệu trước khi tổng kết năm, Sở Tài chính đề nghị:", "",
          "1) UBND các xã, phường rà soát các hợp tác xã có trụ sở trên địa bàn, gửi kết quả trước ngày 31/8/2026.", "",
          "2) Đối với hợp tác xã đã ngừng hoạt động, UBND các xã, phường hướng dẫn hợp tác xã tổ chức Đại hội thành "
          "viên để giải thể tự nguyện; hợp tác xã không tự giải thể thì lập hồ sơ giải thể bắt buộc theo quy định, "
          "hoàn thành trong quý IV.", "",
          "{inside}, phòng {unit} cập nhật tình trạng pháp lý của hợp tác xã ngay khi nhận được quyết định giải thể.", "",
          "Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện. Chi tiết liên hệ: bà {person}, chuyên viên phòng "
          "{unit}, ĐT {phone}./.", "",
          "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\t{signer}"]


@pytest.mark.parametrize("city, number, place, inside, unit, person, phone, signer, suffix", [
    ("THÀNH PHỐ CẦN THƠ", "2841", "Cần Thơ", "Trong nội bộ Sở", "Doanh nghiệp và Kinh tế tập thể", "Trần Ngọc Thảo",
     "0292.3820.111", "Lư Thị Mỹ Hạnh", ".md"),
    ("TỈNH QUẢNG NGÃI", "1907", "Quảng Ngãi", "Tại Sở", "Quản lý doanh nghiệp", "Phạm Thị Lan", "0255.3822.456",
     "Võ Văn Hùng", ".txt"),
])
def test_work_inside_a_body_and_a_closing_with_whom_to_contact(tmp_path, city, number, place, inside, unit, person,
                                                               phone, signer, suffix):
    draft = drafted(tmp_path, LETTER, suffix, city=city, number=number, place=place, inside=inside, unit=unit,
                    person=person, phone=phone, signer=signer)
    assert len(draft.texts()) == 3  # the courtesy and the contact are no task
    assert draft.lead("UBND các xã, phường rà soát") == ["UBND các xã, phường"]
    # the cooperative that does not wind itself up is the commune's work on it, no standing rule of a board
    assert draft.lead("Đối với hợp tác xã") == ["UBND các xã, phường"]
    assert draft["Đối với hợp tác xã"]["deadline"]["quarters"] == [4]
    assert draft.lead(inside) == [f"phòng {unit}"]
    assert draft[inside]["deadline"]["kind"] == "after-condition"


ALLIANCE = ["LIÊN MINH HTX TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
            "Số: {number}/KH-LMHTX\t{place}, ngày 22 tháng 9 năm 2026", "", "KẾ HOẠCH",
            "Tư vấn thành lập mới hợp tác xã năm 2026", "", "1. Mục tiêu",
            "Tư vấn thành lập mới ít nhất {target} hợp tác xã.", "", "2. Nội dung công việc",
            "2.1. Khảo sát {groups} tổ hợp tác có nhu cầu thành lập hợp tác xã (Trung tâm Tư vấn và Hỗ trợ HTX; "
            "xong trước 20/11).",
            "2.2. Tư vấn xây dựng điều lệ cho các hợp tác xã mới (TT Tư vấn chủ trì, Ban Kế hoạch - Hỗ trợ phối hợp; "
            "quý IV/2026).",
            "2.3. Tiếp nhận hồ sơ đăng ký của các hợp tác xã mới (TT Phục vụ hành chính công xã; trước 15/12).",
            "2.4. Ban Kế hoạch - Hỗ trợ hướng dẫn các hợp tác xã lập báo cáo năm (phối hợp {tax}) — tháng 12/2026.",
            "2.5. Ban Tuyên truyền mở 02 lớp tập huấn Luật Hợp tác xã cho sáng lập viên (phối hợp: {tax})",
            "— tháng 10/2026.", "",
            "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("province, number, place, target, groups, tax, signer, suffix", [
    ("GIA LAI", "73", "Gia Lai", "15", "30", "Thuế tỉnh Gia Lai", "Trịnh Xuân Quảng", ".txt"),
    ("HƯNG YÊN", "41", "Hưng Yên", "08", "20", "Thuế tỉnh Hưng Yên", "Đỗ Văn Tiến", ".md"),
])
def test_doers_and_times_said_aside_in_brackets(tmp_path, province, number, place, target, groups, tax, signer, suffix):
    draft = drafted(tmp_path, ALLIANCE, suffix, province=province, number=number, place=place, target=target,
                    groups=groups, tax=tax, signer=signer)
    assert len(draft.texts()) == 5
    assert draft.lead("Khảo sát") == ["Trung tâm Tư vấn và Hỗ trợ HTX"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-11-20"  # no year printed: the plan's
    assert draft.lead("Tư vấn xây dựng") == ["TT Tư vấn"]
    assert draft.coop("Tư vấn xây dựng") == ["Ban Kế hoạch - Hỗ trợ"]
    assert draft.lead("Tiếp nhận hồ sơ") == ["TT Phục vụ hành chính công xã"]
    assert draft.coop("Ban Kế hoạch - Hỗ trợ hướng dẫn") == [tax]  # the partner ends with its bracket
    assert draft["Ban Kế hoạch - Hỗ trợ hướng dẫn"]["deadline"]["month"] == 12
    assert draft["Ban Tuyên truyền mở"]["deadline"]["month"] == 10  # the time on its own line after an em dash
    assert draft["Ban Tuyên truyền mở"]["text"].endswith("— tháng 10/2026.")


ENFORCEMENT = ["BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit}\tĐộc lập - Tự do - Hạnh phúc",
               "Số: {number}/KH-{code}\t{place}, ngày 16 tháng 01 năm 2026", "", "KẾ HOẠCH",
               "Giải quyết các việc liên quan đến hợp tác xã năm 2026", "", "I. NHIỆM VỤ",
               "1. {office} rà soát các việc có đương sự là hợp tác xã, lập danh sách theo từng xã, phường, xong "
               "trước ngày 28/02/2026.",
               "2. Đề nghị UBND các xã, phường nơi có hợp tác xã {which} cử công chức địa chính tham gia xác minh, "
               "trong quý I/2026.",
               "3. {office} xác minh tài sản của hợp tác xã đã ngừng hoạt động, phối hợp với UBND xã, phường; trong "
               "quý II/2026.",
               "4. {office} phối hợp với Công an xã, phường, đặc khu bảo vệ việc kê biên tài sản, trong tháng 9/2026.",
               "", "Nơi nhận:\tKT. TRƯỞNG", "- Lưu: VT.\tPHÓ TRƯỞNG", "\t{signer}"]


@pytest.mark.parametrize("unit, number, code, place, office, which, signer, province, suffix", [
    ("THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH", "41", "THADS", "Ninh Bình", "Phòng Nghiệp vụ và Tổ chức thi hành án",
     "phải thi hành án", "Đinh Quang Thuận", "ninh-binh", ".txt"),
    ("THUẾ TỈNH NGHỆ AN", "118", "TNA", "Nghệ An", "Phòng Quản lý hộ kinh doanh", "còn nợ thuế",
     "Lê Thị Hồng", "nghe-an", ".md"),
])
def test_a_ministrys_unit_in_a_province_and_classes_of_commune_bodies(tmp_path, unit, number, code, place, office,
                                                                      which, signer, province, suffix):
    draft = drafted(tmp_path, ENFORCEMENT, suffix, unit=unit, number=number, code=code, place=place, office=office,
                    which=which, signer=signer)
    assert draft.plan["province"] == province
    assert not draft.notes("cơ quan trung ương")
    assert draft.lead("Đề nghị UBND các xã, phường") == ["UBND các xã, phường"]
    assert draft.coop(f"{office} xác minh") == ["UBND xã, phường"]
    assert draft.coop(f"{office} phối hợp với Công an") == ["Công an xã, phường, đặc khu"]


@pytest.mark.parametrize("phrase, names", [
    ("UBND xã, phường", ["UBND xã, phường"]),
    ("Công an xã, phường, đặc khu bảo vệ việc kê biên", ["Công an xã, phường, đặc khu"]),
    ("UBND tỉnh, phường Tân An", ["UBND tỉnh", "phường Tân An"]),  # a province's body is no level of a commune
    ("UBND xã, phường Tân An", ["UBND xã", "phường Tân An"]),  # a ward by its name is a body of its own
])
def test_the_levels_after_a_commune_body_are_one_class(phrase, names):
    found = fields.match_agencies(phrase, fields.Known.load(SOURCE), listed=True)  # as a list of partners is read
    assert (found.ids, found.unknown) == ([], names)


def test_a_boards_own_end_is_still_a_standing_rule():
    from generator.importer import draft
    assert draft._STANDING_RULE.search(fields.fold("Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ."))
    assert not draft._STANDING_RULE.search(fields.fold("Hợp tác xã không tự giải thể thì lập hồ sơ giải thể."))
