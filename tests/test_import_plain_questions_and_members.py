"""kehoach import: a table headed by plain questions, roles parted by a dash after a bracket, a labelled doers' line
with its partners after a semicolon (and wrapped there), a board's members by the body they lead, and a unit named by
what it does joined with "và" (issue 11).

- "TT | Việc | Ai làm | Khi nào" (and "Làm gì | Ai làm | Bao giờ"): the work, who does it, when.
- A doers' cell "Công an xã (chủ trì) - Phòng Kinh tế": the first leads, the one after the dash cooperates.
- "Đơn vị thực hiện: X; phối hợp Y, Z." and "Đơn vị thực hiện: X chủ trì; Y." — and such a line wrapped after its ";"
  (a PDF's line) goes on.
- "1. Thành viên là lãnh đạo Sở Tài chính (Phó Trưởng ban thường trực):" over "-" lines: the Sở does them.
- "TT Tư vấn và hỗ trợ HTX", "Trung tâm Đào tạo và tư vấn …": one unit, not two.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted, names_of, with_table, written_as

COMMUNE = ["UBND XÃ {commune}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-UBND\t{place}, ngày 05 tháng 5 năm 2026", "", "KẾ HOẠCH",
           "Hỗ trợ các hợp tác xã tiêu thụ {crop} năm 2026", "", "I. YÊU CẦU",
           "Các hợp tác xã chủ động tìm bạn hàng.", "", "II. PHÂN CÔNG"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("commune, number, place, crop, work, who, when, signer, suffix", [
    ("TÂN YÊN", "33", "Tân Yên", "nhãn", "Việc", "Ai làm", "Khi nào", "Lê Văn Hòa", ".md"),
    ("HÒA BÌNH", "18", "Hòa Bình", "cam", "Làm gì", "Ai làm", "Bao giờ", "Trần Thị Nga", ".txt"),
])
def test_a_table_headed_by_plain_questions(tmp_path, commune, number, place, crop, work, who, when, signer, suffix):
    values = dict(commune=commune, number=number, place=place, crop=crop, signer=signer)
    lines = with_table([line.format(**values) for line in COMMUNE], ["TT", work, who, when], [
        ["1", f"Cập nhật vùng trồng {crop} của các hợp tác xã", "Phòng Kinh tế xã", "Xong trước 20/5"],
        ["2", "Phân luồng xe tại các điểm cân của hợp tác xã", "Công an xã (chủ trì) - Phòng Kinh tế", "Suốt vụ"],
        ["3", "Mở gian hàng trực tuyến cho hợp tác xã", "Bưu điện xã", "Tháng 6/2026"],
    ], [line.format(**values) for line in TAIL], suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 3, draft.texts()
    assert draft.lead("Cập nhật vùng trồng") == ["Phòng Kinh tế xã"]
    assert draft["Cập nhật vùng trồng"]["deadline"]["before"] == "2026-05-20"
    assert draft.lead("Phân luồng xe") == ["Công an xã"]
    assert draft.coop("Phân luồng xe") == ["Phòng Kinh tế"]
    assert draft.lead("Mở gian hàng") == ["Bưu điện xã"]
    assert draft["Mở gian hàng"]["deadline"]["month"] == 6


DEPARTMENT = ["UBND TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ {dept}\tĐộc lập - Tự do - Hạnh phúc",
              "Số: {number}/KH-S\t{place}, ngày 10 tháng 8 năm 2026", "", "KẾ HOẠCH",
              "Hỗ trợ hợp tác xã cung ứng thực phẩm năm học 2026 - 2027", "", "I. MỤC ĐÍCH",
              "Bảo đảm nguồn thực phẩm an toàn.", "", "II. NHIỆM VỤ",
              "1. Khảo sát nhu cầu thực phẩm của các đơn vị.",
              "Đơn vị thực hiện: Phòng Kế hoạch - Tài chính; phối hợp Liên minh Hợp tác xã tỉnh, Sở Công Thương. Thời "
              "gian: tháng 9/2026.",
              "2. Ban hành mẫu hợp đồng cung ứng thực phẩm.",
              "Đơn vị thực hiện: Văn phòng Sở chủ trì;",
              "Thanh tra Sở. Thời gian: tháng 10/2026.", "",
              "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\t{signer}"]


@pytest.mark.parametrize("province, dept, number, place, signer, suffix", [
    ("PHÚ THỌ", "GIÁO DỤC VÀ ĐÀO TẠO", "1504", "Phú Thọ", "Nguyễn Văn Tâm", ".txt"),
    ("CAO BẰNG", "Y TẾ", "877", "Cao Bằng", "Hoàng Thị Hạnh", ".md"),
])
def test_a_labelled_doers_line_with_partners_after_a_semicolon(tmp_path, province, dept, number, place, signer,
                                                                 suffix):
    draft = drafted(tmp_path, DEPARTMENT, suffix, province=province, dept=dept, number=number, place=place,
                    signer=signer)
    assert len(draft.texts()) == 2, draft.texts()  # the wrapped line after "chủ trì;" is no task of its own
    assert draft.lead("Khảo sát nhu cầu") == ["Phòng Kế hoạch - Tài chính"]
    assert draft.coop("Khảo sát nhu cầu") == ["Liên minh Hợp tác xã tỉnh", "Sở Công Thương"]
    assert draft.lead("Ban hành mẫu") == ["Văn phòng Sở"]
    assert draft.coop("Ban hành mẫu") == ["Thanh tra Sở"]
    assert draft["Ban hành mẫu"]["deadline"]["month"] == 10


BOARD = ["UBND TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN CHỈ ĐẠO\tĐộc lập - Tự do - Hạnh phúc",
         "Số: {number}/KH-BCĐ\t{place}, ngày 12 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Hoạt động của Ban Chỉ đạo phát triển kinh tế tập thể năm 2026", "", "I. MỤC ĐÍCH",
         "Phân công rõ từng thành viên.", "", "II. NHIỆM VỤ CỦA CÁC THÀNH VIÊN",
         "1. Thành viên là lãnh đạo {first} (Phó Trưởng ban thường trực):",
         "- Theo dõi số lượng hợp tác xã, cập nhật hằng quý.",
         "- Tham mưu bố trí vốn hỗ trợ hợp tác xã năm 2027, xong trước 30/10/2026.",
         "2. Thành viên là đại diện {second}:",
         "- Vận động thành lập mới hợp tác xã; trong quý III/2026.", "",
         "Nơi nhận:\tTRƯỞNG BAN", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("province, number, place, first, second, signer, suffix", [
    ("LẠNG SƠN", "03", "Lạng Sơn", "Sở Tài chính", "Liên minh Hợp tác xã tỉnh", "Vi Văn Hùng", ".txt"),
    ("HÀ TĨNH", "07", "Hà Tĩnh", "Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh", "Phan Thị Lan", ".md"),
])
def test_a_boards_members_by_the_body_they_lead(tmp_path, province, number, place, first, second, signer, suffix):
    draft = drafted(tmp_path, BOARD, suffix, province=province, number=number, place=place, first=first,
                    second=second, signer=signer)
    assert len(draft.texts()) == 3
    assert draft.lead("Theo dõi số lượng") == [first]
    assert draft.lead("Tham mưu bố trí") == [first]
    assert draft.lead("Vận động thành lập") == [second]


@pytest.mark.parametrize("text", ["TT Tư vấn và hỗ trợ HTX", "Trung tâm Đào tạo và tư vấn hợp tác xã"])
def test_a_unit_named_by_what_it_does_joined_with_and(text):
    assert names_of(text) == [text]
