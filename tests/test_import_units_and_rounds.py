"""kehoach import: a centre's own units, a bracket of doers without roles, a schedule of rounds, and a body named
with the words of its work glued after it (issue 11).

- A hospital's or a school's department ("Khoa Dược - Vật tư y tế", "Khoa Kinh tế") is a body, as a "Phòng" is; a
  team numbered after its work ("Tổ khám số 1", "Đội tuyên truyền số 2") and a checking team ("Tổ kiểm tra của Quỹ",
  named with its owner) are bodies too.
- A closing bracket gives its lead first and then, after a semicolon, "phối hợp Y" ("(Phòng Kỹ thuật; phối hợp UBND
  các xã; quý I/2026)"); a class picked by its members ("UBND các xã có rừng", "UBND xã nơi có dự án") stays as printed.
- A schedule of rounds by place has no column of work: "TT | Xã | Ngày khám | Địa điểm, đơn vị được khám | Tổ khám |
  Phối hợp" — each row is the work at its place, led by the team its row names, due on the day printed alone.
- A body whose name no known verb ends ("Phòng Kinh tế ước tính thiệt hại …") is the body the document names without
  those words elsewhere ("Phòng Kinh tế rà soát …"); named twice, glued each time, the capitalised name both start
  with ("HTX Nông nghiệp Bản Búng dự trữ …", "… phối hợp HTX Nông nghiệp Bản Búng nấu ăn …").

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, written, written_as

CENTRE = ["SỞ Y TẾ TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 41/KH-{code}\t{place}, ngày 12 tháng 8 năm 2026", "", "KẾ HOẠCH",
          "Chăm sóc sức khỏe người lao động hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
          "Phát hiện sớm bệnh nghề nghiệp ở người lao động hợp tác xã.", "II. TỔ CHỨC THỰC HIỆN"]
SIGN = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Tâm"]


@pytest.mark.parametrize("province, unit, code, place, suffix", [
    ("VĨNH LONG", "TRUNG TÂM Y TẾ KHU VỰC TRÀ ÔN", "TTYT", "Trà Ôn", ".txt"),
    ("ĐỒNG THÁP", "BỆNH VIỆN ĐA KHOA KHU VỰC HỒNG NGỰ", "BVĐK", "Hồng Ngự", ".md"),
])
def test_a_departments_and_numbered_teams_lead(tmp_path, province, unit, code, place, suffix):
    lines = [line.format(province=province, unit=unit, code=code, place=place) for line in CENTRE] + [
        "1. Khoa Kiểm soát bệnh tật - Dinh dưỡng:",
        "Chủ trì lập danh sách người lao động được khám theo từng hợp tác xã trước ngày 31/8/2026.",
        "2. Khoa Dược - Vật tư y tế bảo đảm thuốc, vật tư tiêu hao cho các đợt khám, trước ngày 05/9/2026.",
        "3. Tổ khám số 1 khám tại trụ sở các hợp tác xã ven sông trong tháng 9/2026.",
        "4. Tổ kiểm tra của Trung tâm kiểm tra việc ghi sổ khám sức khỏe tại 05 hợp tác xã trong quý IV/2026.",
    ] + SIGN
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Chủ trì lập danh sách") == ["Khoa Kiểm soát bệnh tật - Dinh dưỡng"]
    assert draft.lead("Khoa Dược - Vật tư y tế") == ["Khoa Dược - Vật tư y tế"]
    assert draft.lead("Tổ khám số 1") == ["Tổ khám số 1"]
    # the centre's own team, named with it (as "Tổ chuyên gia của Trung tâm", "Tổ kiểm tra của Quỹ" are)
    assert draft.lead("Tổ kiểm tra của Trung tâm") == ["Tổ kiểm tra của Trung tâm"]


def test_khoa_hoc_is_no_department(tmp_path):
    """"Khoa học" (science) opens no body's name: the work stays the issuer's, no "Khoa học …" body is proposed."""
    lines = [line.format(province="VĨNH LONG", unit="TRUNG TÂM Y TẾ KHU VỰC TRÀ ÔN", code="TTYT", place="Trà Ôn")
             for line in CENTRE] + [
        "1. Khoa Dược - Vật tư y tế bảo đảm thuốc cho các đợt khám, trước ngày 05/9/2026.",
        "2. Khoa học kỹ thuật được ứng dụng trong việc lấy mẫu xét nghiệm tại hiện trường, trong quý IV/2026.",
    ] + SIGN
    draft = written(tmp_path, "ke-hoach.txt", lines)
    proposed = [a["name"] for a in draft.draft.registry.get("agencies", [])]
    assert not [name for name in proposed if name.startswith("Khoa học")]


FUND = ["UBND TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 57/KH-{code}\t{place}, ngày 09 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Chi trả tiền dịch vụ cho hợp tác xã nhận khoán năm 2026", "", "I. MỤC ĐÍCH",
        "Chi trả đúng đối tượng, đúng hạn.", "II. NHIỆM VỤ"]
FUND_CLOSE = ["III. TỔ CHỨC THỰC HIỆN", "Các phòng báo cáo tiến độ tại giao ban tháng.", "", "Nơi nhận:\tGIÁM ĐỐC",
              "- Lưu: VT.\tNguyễn Văn Hải"]


@pytest.mark.parametrize("province, unit, code, place, suffix", [
    ("QUẢNG NGÃI", "QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG", "QBVPTR", "Quảng Ngãi", ".txt"),
    ("LÂM ĐỒNG", "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐA NHIM", "BQLR", "Lâm Đồng", ".md"),
])
def test_a_bracket_of_a_lead_then_its_partners_and_classes_picked_by_members(tmp_path, province, unit, code, place,
                                                                             suffix):
    lines = [line.format(province=province, unit=unit, code=code, place=place) for line in FUND] + [
        "1. Mở tài khoản, hướng dẫn ký xác nhận diện tích cho các tổ hợp tác chưa có tài khoản ngân hàng (Phòng Kế "
        "hoạch - Tài chính; phối hợp Agribank chi nhánh tỉnh, UBND các xã; trong quý I/2026).",
        "2. Hỗ trợ các hợp tác xã xây dựng dự án sinh kế dưới tán rừng (Phòng Kỹ thuật; phối hợp UBND xã nơi có dự "
        "án; sau khi có kết quả kiểm tra).",
        "3. Đăng công khai danh sách, số tiền chi trả của từng hợp tác xã tại nhà văn hóa thôn (UBND các xã có rừng; "
        "sau mỗi đợt chi trả 10 ngày).",
    ] + FUND_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Mở tài khoản") == ["Phòng Kế hoạch - Tài chính"]
    assert draft.coop("Mở tài khoản") == ["Agribank chi nhánh tỉnh", "UBND các xã"]
    assert draft["Mở tài khoản"]["deadline"]["quarters"] == [1]
    assert draft.lead("Hỗ trợ các hợp tác xã") == ["Phòng Kỹ thuật"]
    assert draft.coop("Hỗ trợ các hợp tác xã") == ["UBND xã nơi có dự án"]
    assert draft.lead("Đăng công khai") == ["UBND các xã có rừng"]
    assert draft["Đăng công khai"]["deadline"]["kind"] == "after-condition"


ROUNDS_HEAD = ["SỞ Y TẾ TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit}\tĐộc lập - Tự do - Hạnh phúc",
               "Số: 86/KH-{code}\t{place}, ngày 18 tháng 8 năm 2026", "", "KẾ HOẠCH",
               "{title} cho thành viên hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
               "Bảo vệ sức khỏe thành viên, người lao động hợp tác xã.", "II. LỊCH THỰC HIỆN TẠI CÁC XÃ"]
ROUNDS_CLOSE = ["III. TỔ CHỨC THỰC HIỆN", "Phòng Kế hoạch - Nghiệp vụ tổng hợp kết quả, báo cáo Sở Y tế trước ngày "
                "15/12/2026.", "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tPhan Thị Hoa"]


@pytest.mark.parametrize("province, unit, code, place, title, day, team, suffix", [
    ("VĨNH LONG", "TRUNG TÂM Y TẾ KHU VỰC TRÀ ÔN", "TTYT", "Trà Ôn", "Khám sức khỏe định kỳ", "Ngày khám",
     "Tổ khám", ".txt"),
    ("AN GIANG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "CDC", "An Giang", "Tiêm vắc xin phòng bệnh", "Ngày tiêm",
     "Đội tiêm", ".md"),
])
def test_a_schedule_of_rounds_by_place_gives_a_task_a_row(tmp_path, province, unit, code, place, title, day, team,
                                                          suffix):
    before = [line.format(province=province, unit=unit, code=code, place=place, title=title) for line in ROUNDS_HEAD]
    header = ["TT", "Xã", day, "Địa điểm, đơn vị được phục vụ", team, "Phối hợp"]
    rows = [["1", "Trà Ôn", "08/9/2026", "Trạm Y tế xã Trà Ôn: HTX Nông nghiệp Thiện Mỹ, HTX Bưởi Tân Mỹ",
             f"{team} số 1", "UBND xã Trà Ôn"],
            ["2", "Hòa Bình", "15 - 16/9/2026", "Hội trường ấp Phước Hòa: HTX Thủy sản Hòa Bình",
             f"{team} số 2", "UBND xã Hòa Bình, Hội Nông dân xã"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, ROUNDS_CLOSE, suffix))
    assert draft.lead("Trạm Y tế xã Trà Ôn: HTX") == [f"{team} số 1"]
    assert draft.coop("Trạm Y tế xã Trà Ôn: HTX") == ["UBND xã Trà Ôn"]
    first = draft["Trạm Y tế xã Trà Ôn: HTX"]["deadline"]
    assert (first["kind"], first["before"], first["printed"]) == ("before", "2026-09-08", "08/9/2026")  # as printed
    assert draft.lead("Hội trường ấp Phước Hòa") == [f"{team} số 2"]
    assert draft["Hội trường ấp Phước Hòa"]["deadline"]["before"] == "2026-09-16"


GLUED = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {commune}\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 07/KH-UBND\t{commune_name}, ngày 20 tháng 5 năm 2026", "", "KẾ HOẠCH",
         "Huy động hợp tác xã ứng phó thiên tai năm 2026", "", "I. MỤC ĐÍCH",
         "Sẵn sàng phương tiện, lương thực khi có thiên tai.", "II. NHIỆM VỤ"]
GLUED_CLOSE = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND xã theo dõi, báo cáo trước 15/12/2026.", "",
               "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tLò Văn Minh"]


@pytest.mark.parametrize("commune, coop, suffix", [
    ("MƯỜNG BÚ", "HTX Nông nghiệp Bản Búng", ".txt"),
    ("CHIỀNG SƠN", "HTX Chè Tân Lập", ".md"),
])
def test_a_body_named_elsewhere_without_the_words_of_its_work(tmp_path, commune, coop, suffix):
    lines = [line.format(commune=commune, commune_name=commune.title()) for line in GLUED] + [
        "- Phòng Kinh tế rà soát, lập danh sách phương tiện của các HTX, trước 31/5/2026.",
        f"- {coop} dự trữ 02 tấn gạo, 500 thùng nước uống tại kho của HTX, trong tháng 6/2026.",
        f"- Hội Liên hiệp Phụ nữ xã phối hợp {coop} nấu ăn cho người sơ tán, suốt thời gian sơ tán.",
        "- Phòng Kinh tế ước tính thiệt hại của HTX, đề xuất mức hỗ trợ, sau khi kết thúc đợt thiên tai.",
        # a class's own words stay its own: not "Ủy ban nhân dân các xã" cut short
        "- Trạm Y tế xã hướng dẫn vệ sinh môi trường tại các điểm sơ tán, trong tháng 7/2026.",
        "- Trạm Y tế xã Chiềng Mai cấp thuốc khử trùng cho các HTX, trong tháng 7/2026.",
    ] + GLUED_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Phòng Kinh tế ước tính") == ["Phòng Kinh tế"]
    assert draft.lead(f"{coop} dự trữ") == [coop]
    assert draft.coop("Hội Liên hiệp Phụ nữ xã") == [coop]
    assert any("ở nơi khác" in note for note in draft["Phòng Kinh tế ước tính"]["review"])  # said for review
    # a name that goes on with a capitalised name of its own is another body, left as printed
    assert draft.lead("Trạm Y tế xã Chiềng Mai") == ["Trạm Y tế xã Chiềng Mai"]
    proposed = [a["name"] for a in draft.draft.registry.get("agencies", [])]
    assert not [name for name in proposed if "ước tính" in name or "dự trữ" in name or "nấu ăn" in name]
    # the groups keep the fields of a group (no lead or partners written into them while the names are mended)
    assert draft.plan["groups"] and all(set(group) <= {"id", "title", "section"} for group in draft.plan["groups"])


ARCHIVE = ["SỞ NỘI VỤ TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{unit}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 57/KH-{code}\t{place}, ngày 12 tháng 8 năm 2026", "", "KẾ HOẠCH",
           "Thu thập hồ sơ của các hợp tác xã đã giải thể năm 2026", "", "I. MỤC ĐÍCH",
           "Không để thất lạc hồ sơ của hợp tác xã đã giải thể.", "II. NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN"]


@pytest.mark.parametrize("province, unit, code, place, suffix", [
    ("NINH BÌNH", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "TTLTLS", "Ninh Bình", ".txt"),
    ("NGHỆ AN", "TRUNG TÂM LƯU TRỮ TỈNH", "TTLT", "Nghệ An", ".md"),
])
def test_a_time_cell_run_on_after_the_names_and_a_class_by_where_the_work_is(tmp_path, province, unit, code, place,
                                                                              suffix):
    """A labelled line whose time cell was printed on after the names, its tab lost ("phối hợp: Phòng Bảo quản Trước
    20/12/2026"): the time is the item's, not a partner's word; the communes where the work is ("UBND các xã nơi tiếp
    nhận") stay a class as printed; a numbered team in a label keeps its number."""
    lines = [line.format(province=province, unit=unit, code=code, place=place) for line in ARCHIVE] + [
        "1. Khảo sát, tiếp nhận tài liệu tại 12 xã có nhiều hợp tác xã giải thể",
        "Thực hiện: Tổ công tác số 1; phối hợp: UBND các xã nơi tiếp nhận Tháng 10 - 11/2026",
        "2. Chỉnh lý, lập mục lục hồ sơ đã tiếp nhận",
        "Thực hiện: Phòng Thu thập - Chỉnh lý; phối hợp: Phòng Bảo quản Trước 20/12/2026",
        "III. TỔ CHỨC THỰC HIỆN", "Phòng Hành chính - Tổng hợp tổng hợp kết quả, báo cáo Sở Nội vụ trước ngày 25/12/2026.",
        "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tVũ Thị Nhàn"]
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Khảo sát, tiếp nhận") == ["Tổ công tác số 1"]
    assert draft.coop("Khảo sát, tiếp nhận") == ["UBND các xã nơi tiếp nhận"]
    assert draft["Khảo sát, tiếp nhận"]["deadline"]["month"] == 11
    assert draft.coop("Chỉnh lý") == ["Phòng Bảo quản"]
    assert draft["Chỉnh lý"]["deadline"]["before"] == "2026-12-20"


LETTER = ["UBND THÀNH PHỐ {city}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 5128/STC-QLDN\t{place}, ngày 09 tháng 10 năm 2026", "V/v rà soát hợp tác xã không còn hoạt động", "",
          "Kính gửi: UBND các xã, phường.", "",
          "1. UBND các xã, phường rà soát từng hợp tác xã trên địa bàn, gửi kết quả về Sở trước 30/11/2026.", "",
          "{unit}:", "",
          "- tổng hợp kết quả rà soát, đề xuất thu hồi giấy chứng nhận đăng ký; tháng 12/2026;",
          "- tham mưu báo cáo tình hình hợp tác xã năm 2026 trước 15/12/2026.",
          "- Chủ trì tổ chức 02 phiên kết nối cung cầu giữa hợp tác xã với doanh nghiệp, trong tháng 12/2026.", "",
          "Đối với Quỹ Hỗ trợ phát triển hợp tác xã: dành vốn cho vay lưu động để hợp tác xã dự trữ hàng, trước "
          "31/12/2026.", "",
          "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tTrần Văn Hòa"]


@pytest.mark.parametrize("city, place, unit, suffix", [
    ("HẢI PHÒNG", "Hải Phòng", "Phòng Quản lý doanh nghiệp (Sở Tài chính)", ".md"),
    ("ĐÀ NẴNG", "Đà Nẵng", "Phòng Tài chính doanh nghiệp", ".txt"),
    ("HỒ CHÍ MINH", "Hồ Chí Minh", "Đối với Phòng Tài chính doanh nghiệp", ".md"),  # addressed to it
])
def test_a_bodys_name_alone_over_its_bullets_leads_them(tmp_path, city, place, unit, suffix):
    """A body's name on a line of its own with a colon, then its duties as lower-case bullets (a blank line between):
    each bullet is that body's; a paragraph addressed to another body after them ("Đối với Quỹ …: …") opens its own
    block; the bullets' own verbs ("làm thủ tục", "ghi") end other names."""
    lines = [line.format(city=city, place=place, unit=unit) for line in LETTER]
    lines[7:7] = ["2. Phòng Bảo quản làm thủ tục mượn hồ sơ của các hợp tác xã, trước 30/10/2026.",
                  "3. Các HTX, THT nuôi chim yến ghi đầy đủ nhật ký khai thác, thường xuyên.",
                  "4. Trạm khuyến nông (TT Dịch vụ NN tỉnh) tập huấn cho các hợp tác xã trong tháng 11/2026."]
    draft = written(tmp_path, "cong-van" + suffix, lines)
    name = unit.split(" (")[0].removeprefix("Đối với ")
    assert draft.lead("tổng hợp kết quả rà soát") == [name]
    assert draft.lead("tham mưu báo cáo") == [name]
    assert draft.lead("Chủ trì tổ chức 02 phiên") == [name]  # a bullet opening with its role is still the body's
    # a paragraph addressed to another body after the bullets is its own task, never a line of the last bullet
    assert [n.split(" thành phố")[0] for n in draft.lead("Đối với Quỹ")] == ["Quỹ Hỗ trợ phát triển hợp tác xã"]
    assert "Đối với Quỹ" not in draft["Chủ trì tổ chức 02 phiên"]["text"]
    assert draft.lead("Phòng Bảo quản làm thủ tục") == ["Phòng Bảo quản"]
    assert draft.lead("Các HTX, THT nuôi chim yến") == ["Các HTX, THT nuôi chim yến"]
    assert draft.lead("Trạm khuyến nông") == ["Trạm khuyến nông"]
