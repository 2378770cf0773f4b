"""kehoach import: the doer named in a sentence after the work, a table's "Đầu mối" column, seasons and the solar new
year as times, closings that tell units and village heads to get on with it, and a signer's name with an apostrophe
(issue 11).

- An item that says its work first and its doer in a later sentence with the role alone ("Thẩm định dự án … . Phòng
  Tín dụng thực hiện trong vòng 15 ngày …", "… . công chức Kinh tế làm, báo cáo …", "… . Hội Nông dân xã chủ trì,
  thực hiện cuối tháng 11.", "… . Văn phòng Quỹ làm thường xuyên."), even when a line break after the full stop put
  the doer's sentence on a line of its own: that body leads. "làm" ends a name there, not inside "Việc làm".
- A table's column "Đầu mối" names the row's lead.
- A crop season of one year in a time cell ("Vụ hè thu 2026") is due within that year; "vụ Đông Xuân" spans two.
- "trước Tết dương lịch" is before the next 1 January.
- The partners end before a time after a spaced dash ("phối hợp X, Y - thực hiện trong tháng 12/2026").
- No task: "Các phòng, trạm, đội căn cứ nhiệm vụ được giao khẩn trương triển khai thực hiện./.", "Các đơn vị, trưởng
  bản thực hiện đúng phần việc được phân công …, có khó khăn báo cáo …./.".
- Heads of villages typed in lower case in a partners' cell ("trưởng các bản") are partners.
- A signer's name of the Central Highlands with an apostrophe ("K'Brơi Thuận") is read.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import drafted, with_table, written_as
from generator.importer import draft as importer_draft, fields

FUND = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-{code}\t{place}, ngày 09 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Cho vay ưu đãi hợp tác xã năm 2026", "", "I. MỤC ĐÍCH", "Giúp hợp tác xã tiếp cận vốn lãi suất thấp.", "",
        "II. NỘI DUNG THỰC HIỆN",
        "1. Thông báo nguồn vốn và mẫu hồ sơ đến các hợp tác xã. Phòng Nghiệp vụ thực hiện, phối hợp Liên minh Hợp tác "
        "xã tỉnh; hoàn thành trong tháng 3/2026.",
        "2. Thẩm định dự án, kiểm tra thực địa tài sản bảo đảm tiền vay.",
        "{credit} thực hiện trong vòng 15 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.",
        "3. Rà soát lại các hợp tác xã đang vay: số thành viên, dư nợ. công chức Kế toán làm, báo cáo Giám đốc trước "
        "20/11/2026.",
        "4. Phối hợp Trung tâm Khuyến nông mở 2 lớp hướng dẫn lập dự án; địa điểm tại {venue}. Hội Nông dân tỉnh chủ "
        "trì, thực hiện cuối tháng 11/2026.",
        "5. Đăng tin về các hợp tác xã vay vốn làm tốt trên trang thông tin điện tử. Văn phòng Quỹ làm thường xuyên.",
        "6. Phòng Lao động - Việc làm giới thiệu lao động cho các hợp tác xã vay vốn, trong quý III/2026.",
        "7. Phòng Nghiệp vụ hướng dẫn hợp tác xã lập hồ sơ môi trường - xong trước Tết dương lịch.", "",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng, trạm, đội căn cứ nhiệm vụ được giao khẩn trương triển khai thực hiện./.", "",
        "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, code, place, credit, venue, signer, suffix", [
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH BẮC NINH", "34", "QBVMT", "Bắc Ninh",
     "Phòng Tín dụng", "xã Lục Nam", "K'Brơi Thuận", ".txt"),
    ("UBND TỈNH LÂM ĐỒNG", "QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ", "12", "QHTPTHTX", "Lâm Đồng", "Phòng Cho vay",
     "xã Di Linh", "Đặng Quốc Thịnh", ".md"),
])
def test_the_doer_in_a_sentence_after_the_work(tmp_path, parent, issuer, number, code, place, credit, venue, signer,
                                               suffix):
    draft = drafted(tmp_path, FUND, suffix, parent=parent, issuer=issuer, number=number, code=code, place=place,
                    credit=credit, venue=venue, signer=signer)
    assert len(draft.texts()) == 7  # the doer's own line is no task; the closing to the units is none
    assert draft.lead("Thông báo nguồn vốn") == ["Phòng Nghiệp vụ"]
    assert draft.lead("Thẩm định dự án") == [credit]  # its sentence on a line of its own
    assert draft["Thẩm định dự án"]["text"].endswith("kể từ khi nhận đủ hồ sơ hợp lệ.")
    assert draft.lead("Rà soát lại") == ["công chức Kế toán"]
    assert draft["Rà soát lại"]["deadline"]["before"] == "2026-11-20"
    assert draft.lead("Phối hợp Trung tâm Khuyến nông") == ["Hội Nông dân tỉnh"]
    assert draft.coop("Phối hợp Trung tâm Khuyến nông") == ["Trung tâm Khuyến nông"]
    assert draft.lead("Đăng tin") == ["Văn phòng Quỹ"]
    assert draft.lead("Phòng Lao động - Việc làm") == ["Phòng Lao động - Việc làm"]
    assert draft["Phòng Nghiệp vụ hướng dẫn"]["deadline"]["before"] == "2027-01-01"
    if suffix == ".txt":  # the signature on tab stops, as a text file keeps it
        assert draft.plan["signer"]["name"] == signer


@pytest.mark.parametrize("text, before", [
    ("Cấp mã số vùng trồng cho hợp tác xã, xong trước Tết dương lịch.", "2026-01-01"),
    ("Tổng kết năm, chậm nhất trước Tết Dương lịch.", "2026-01-01"),
])
def test_before_the_solar_new_year(text, before):
    found = fields.before_tet(text, dt.date(2025, 11, 3))
    assert (found.kind, found.before) == ("before", before)


@pytest.mark.parametrize("cell, kind, year", [
    ("Vụ hè thu 2026", "year", 2026), ("vụ mùa năm 2027", "year", 2027),
    ("Vụ Đông Xuân 2026 - 2027", "year-range", 2026),
])
def test_a_season_of_one_year_is_due_within_it(cell, kind, year):
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.year) == (kind, year)


def test_vu_dong_xuan_alone_is_no_one_year():
    assert fields.deadline("Vụ Đông Xuân 2026", cell=True).kind != "year"


ASSOCIATION = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
               "Số: {number}/KH-HH\tHà Nội, ngày 16 tháng 3 năm 2026", "", "KẾ HOẠCH",
               "Hỗ trợ hợp tác xã xây dựng nhóm sản xuất hữu cơ năm 2026", "", "I. MỤC ĐÍCH",
               "Mỗi hợp tác xã tham gia có ít nhất một nhóm được chứng nhận.", "", "II. CÁC HOẠT ĐỘNG"]
SIGNED = ["III. TỔ CHỨC THỰC HIỆN", "Các đơn vị, trưởng bản thực hiện đúng phần việc được phân công trong bảng, có khó "
          "khăn báo cáo Thường trực Hiệp hội (qua Văn phòng)./.", "", "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VP.\tĐặng Minh Khuê"]


@pytest.mark.parametrize("issuer, number, helpers, suffix", [
    ("HIỆP HỘI NÔNG NGHIỆP HỮU CƠ VIỆT NAM", "27", "trưởng các bản", ".txt"),
    ("HIỆP HỘI CHÈ VIỆT NAM", "31", "trưởng thôn", ".md"),
])
def test_a_focal_point_column_and_village_heads_as_partners(tmp_path, issuer, number, helpers, suffix):
    before = [line.format(issuer=issuer, number=number) for line in ASSOCIATION]
    lines = with_table(before, ["STT", "Hoạt động", "Đầu mối", "Phối hợp", "Thời gian"], [
        ["1", "Khảo sát nhu cầu, chọn 12 hợp tác xã đủ điều kiện lập nhóm", "Ban Chứng nhận", helpers, "Tháng 4/2026"],
        ["2", "Mở 04 lớp tập huấn tiêu chuẩn hữu cơ cho thành viên hợp tác xã", "Trung tâm Tư vấn và Đào tạo",
         "Hội Nông dân tỉnh Lào Cai", "Vụ hè thu 2026"],
        ["3", "Kết nối các hợp tác xã có chứng nhận với chuỗi cửa hàng", "Ban Thị trường", "", "Tháng 10/2026"],
    ], SIGNED, suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 3  # the closing to the units and village heads is no task
    assert draft.lead("Khảo sát nhu cầu") == ["Ban Chứng nhận"]
    assert draft.coop("Khảo sát nhu cầu") == [helpers]
    assert draft.lead("Mở 04 lớp") == ["Trung tâm Tư vấn và Đào tạo"]
    assert draft["Mở 04 lớp"]["deadline"] == {"printed": "Vụ hè thu 2026", "kind": "year", "year": 2026}
    assert draft.lead("Kết nối") == ["Ban Thị trường"]


@pytest.mark.parametrize("text, partners", [
    ("Trung tâm Xúc tiến thương mại tổ chức 02 chuyến hàng về nông thôn, phối hợp Liên minh HTX tỉnh, Hội Liên hiệp "
     "Phụ nữ tỉnh - thực hiện trong tháng 12/2026.", "Liên minh HTX tỉnh, Hội Liên hiệp Phụ nữ tỉnh"),
    ("Phòng Kinh tế hướng dẫn hợp tác xã làm hồ sơ, phối hợp Phòng Văn hóa - Xã hội - xong trước 30/9/2026.",
     "Phòng Văn hóa - Xã hội"),
])
def test_the_partners_end_before_a_dashed_time(text, partners):
    assert fields.COOP.search(text).group("coop") == partners


@pytest.mark.parametrize("closing", [
    "Các phòng, trạm, đội căn cứ nhiệm vụ được giao khẩn trương triển khai thực hiện./.",
    "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tổ chức thực hiện./.",
])
def test_units_told_to_carry_out_what_each_was_given_is_no_task(closing):
    assert importer_draft._FORMULA.search(fields.fold(closing))


@pytest.mark.parametrize("name, person", [
    ("K'Brơi Thuận", True), ("Nay H’Blin", True), ("Đinh Quang Thuận", True), ("K' Thuận", False),
    ("Sở Tài chính", False),
])
def test_a_signers_name_with_an_apostrophe(name, person):
    assert importer_draft._person(name) is person
