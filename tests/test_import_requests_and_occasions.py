"""kehoach import: a table's "Bộ phận đảm nhận" column, a plan's part of requests ("ĐỀ NGHỊ PHỐI HỢP"), more classes
and organs as doers, more closings, and times tied to an occasion, a request, a season or a span of quarters (issue 11).

- "TT | Công việc | Bộ phận đảm nhận | Phối hợp | Thời gian": the unit that undertakes the row leads it.
- "IV. ĐỀ NGHỊ PHỐI HỢP" / "1. Đề nghị Ngân hàng … chia sẻ …" / "2. Các QTDND niêm yết …" / "3. Đề nghị các hợp tác
  xã trồng rau bố trí …": each request is a task, a class asked leads as printed; a partners' cell "Các hợp tác xã …"
  is one partner.
- Doers: "Ban quản trị các HTX DVNN", "Các siêu thị, trung tâm thương mại trên địa bàn tỉnh"; "cùng các HTX nạo vét
  …": the class cooperates.
- No task: "Sở Tài chính trân trọng cảm ơn./.", "…, các đơn vị không được chậm trễ./.", "Sở … mong các cơ quan, đơn
  vị cùng vào cuộc …./.".
- Times: a cell "Theo hồ sơ đề nghị", "Theo yêu cầu" (on request); "Nhân Ngày Hợp tác xã Việt Nam 11/4" (by that
  day); "trước khi thu hoạch rộ (dự kiến 20/9/2026)"; "quý IV/2025 và quý I/2026" (by the later) but "quý I/2026 và
  quý III/2026" (two quarters); "ngay sau thu hoạch vụ chiêm"; "trước ngày 30 tháng 11"; "khi các HTX có phương án".

- The one bullet under an item that only says who and when ("1. Thuê hợp tác xã …" / "- Phòng Kế hoạch thực hiện, năm
  2026.", "- Ban Giám đốc chủ trì, Công đoàn Công ty phối hợp, tổ chức mỗi năm một lần."): the item's fields.
- "từ nay đến 31/12/2026"; "nhân Ngày … (03/12/2026)"; "02 đợt: tháng 11/2026 và tháng 4/2027" (by the later round);
  "Các phòng thuộc … căn cứ Kế hoạch này để làm./." (no task); "Trợ giúp", "Tổ làm đất" inside names; "Đài truyền
  thanh xã" typed in lower case.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import drafted, gives_no_task, names_of, with_table, written_as
from generator.importer import fields

CENTRE = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: {number}/KH-TT\t{place}, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH",
          "Hỗ trợ kỹ thuật cho các hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
          "Giúp hợp tác xã nắm quy trình và đạt chuẩn.", "", "II. CÔNG VIỆC VÀ PHÂN CÔNG"]
CENTRE_TAIL = ["III. ĐỀ NGHỊ PHỐI HỢP",
               "1. Đề nghị {bank} chia sẻ danh sách hợp tác xã vay vốn cho Trung tâm trong tháng 4/2026.",
               "2. Các {funds} niêm yết lịch tư vấn tại trụ sở, gửi ảnh về Trung tâm trước ngày 30/4/2026.",
               "3. Đề nghị các hợp tác xã {kind} bố trí mặt bằng cho lớp tập huấn trong tháng 5/2026.",
               "{thanks}", "",
               "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, place, column, bank, funds, kind, thanks, signer, suffix", [
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NINH BÌNH", "TRUNG TÂM KHUYẾN NÔNG", "19", "Ninh Bình", "Bộ phận đảm nhận",
     "Ngân hàng Nhà nước Chi nhánh Khu vực 6", "QTDND", "trồng rau", "Trung tâm trân trọng cảm ơn./.", "Đinh Văn Hòa",
     ".txt"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH", "TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC", "33", "Tây Ninh",
     "Đơn vị đảm nhiệm", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Tây Ninh", "quỹ tín dụng nhân dân", "nuôi tôm",
     "Việc hỗ trợ là việc cấp bách, các đơn vị không được chậm trễ./.", "Lê Thị Thu", ".md"),
])
def test_a_column_of_units_that_undertake_and_a_part_of_requests(tmp_path, parent, issuer, number, place, column,
                                                                   bank, funds, kind, thanks, signer, suffix):
    values = dict(parent=parent, issuer=issuer, number=number, place=place, bank=bank, funds=funds, kind=kind,
                  thanks=thanks, signer=signer)
    lines = with_table([line.format(**values) for line in CENTRE],
                       ["TT", "Công việc", column, "Phối hợp", "Thời gian"], [
        ["1", "Khảo sát nhu cầu hỗ trợ kỹ thuật của 20 hợp tác xã", "Phòng Kỹ thuật", "UBND các xã", "Tháng 3/2026"],
        ["2", "Tập huấn quy trình sản xuất an toàn", "Phòng Chuyển giao", f"Các hợp tác xã {kind}", "Quý II/2026"],
        ["3", "Cấp chế phẩm vi sinh cho hợp tác xã", "Phòng Chuyển giao", "", "Theo hồ sơ đề nghị"],
        ["4", "Tổ chức hội thảo đầu bờ", "Phòng Kỹ thuật", "Liên minh HTX tỉnh", "Nhân Ngày Hợp tác xã Việt Nam 11/4"],
    ], [line.format(**values) for line in CENTRE_TAIL], suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 7, draft.texts()  # the rows and the three requests; the closing is no task
    assert draft.lead("Khảo sát nhu cầu") == ["Phòng Kỹ thuật"]
    assert draft.lead("Cấp chế phẩm") == ["Phòng Chuyển giao"]
    assert draft["Cấp chế phẩm"]["deadline"]["kind"] == "after-condition"
    assert draft["Tổ chức hội thảo"]["deadline"]["before"] == "2026-04-11"
    assert draft.lead("Đề nghị Ngân") == [bank]
    assert draft.lead("Các ") == [f"Các {funds}"]
    assert draft.lead("Đề nghị các hợp tác xã") == [f"các hợp tác xã {kind}"]  # a class asked, as printed
    # a partners' cell of a class alone: one partner, the same body as the class asked in item 3 (one name kept)
    assert [n.lower() for n in draft.coop("Tập huấn quy trình")] == [f"các hợp tác xã {kind}"]


LETTER = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {commune}\tĐộc lập - Tự do - Hạnh phúc", "",
          "Số: {number}/UBND-KT\t{place}, ngày 10 tháng 11 năm 2025",
          "V/v chuẩn bị vụ sản xuất cho các hợp tác xã", "", "Kính gửi: các đơn vị.", "",
          "Để các hợp tác xã chủ động vào vụ, UBND xã yêu cầu:", "",
          "1. Trung tâm dịch vụ tổng hợp xã cùng các HTX nạo vét kênh nội đồng, xong trước 30/11.", "",
          "2. Ban quản trị các {coops} đăng ký nhu cầu giống với Trung tâm trước ngày 25 tháng 11.", "",
          "3. Phòng Kinh tế hướng dẫn HTX làm hồ sơ vay vốn khi các HTX có phương án.", "",
          "4. Các siêu thị, cửa hàng trên địa bàn xã dành quầy cho nông sản của hợp tác xã dịp Tết.", "",
          "{closing}", "",
          "Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "- Lưu: VT.\t{signer}"]


@pytest.mark.parametrize("commune, number, place, coops, closing, signer, suffix", [
    ("HẢI LĂNG", "508", "Hải Lăng", "HTX DVNN", "Việc chuẩn bị vụ sản xuất là việc cấp bách, các đơn vị không được "
     "chậm trễ./.", "Trần Văn Lâm", ".txt"),
    ("PHÚ LỘC", "233", "Phú Lộc", "hợp tác xã nông nghiệp", "UBND xã mong các cơ quan, đơn vị cùng vào cuộc để các hợp "
     "tác xã kịp vụ./.", "Nguyễn Thị Mai", ".md"),
])
def test_organs_classes_and_a_closing_exhortation(tmp_path, commune, number, place, coops, closing, signer, suffix):
    draft = drafted(tmp_path, LETTER, suffix, commune=commune, number=number, place=place, coops=coops,
                    closing=closing, signer=signer)
    assert len(draft.texts()) == 4, draft.texts()
    assert draft.lead("Trung tâm dịch vụ") == ["Trung tâm dịch vụ tổng hợp xã"]
    assert draft.coop("Trung tâm dịch vụ") == ["các HTX"]
    assert draft.lead("Ban quản trị") == [f"Ban quản trị các {coops}"]
    assert draft["Ban quản trị"]["deadline"]["before"] == "2025-11-25"
    assert draft["Phòng Kinh tế hướng dẫn"]["deadline"]["kind"] == "after-condition"
    assert draft.lead("Các siêu thị") == ["Các siêu thị, cửa hàng trên địa bàn xã"]


@pytest.mark.parametrize("text, quarters, year", [
    ("Liên minh hướng dẫn hồ sơ giải thể, trong quý IV/2025 và quý I/2026.", [1], 2026),
    ("Sở hoàn thành rà soát trong Quý IV/2026 và Quý I/2027.", [1], 2027),
    ("Phòng thực hiện trong Quý I/2026 và Quý III/2026.", [1, 3], 2026),
])
def test_two_quarters_across_a_new_year_are_a_span(text, quarters, year):
    found = fields.deadline(text)
    assert (found.kind, found.quarters, found.year) == ("quarter", quarters, year)


@pytest.mark.parametrize("text, kind", [
    ("Trạm Khuyến nông tổ chức 02 lớp tập huấn, ngay sau thu hoạch vụ chiêm.", "after-condition"),
    ("Các HTX làm đất ngay sau vụ mùa.", "after-condition"),
    ("Kiểm định cân cho hợp tác xã, xong trước khi thu hoạch rộ (dự kiến 20/9/2026).", "before"),
    ("Hội tổ chức tọa đàm nhân dịp Ngày Hợp tác xã Việt Nam 11/4/2026.", "before"),
])
def test_times_tied_to_a_season_or_an_occasion(text, kind):
    assert fields.deadline(text).kind == kind


@pytest.mark.parametrize("cell", ["Theo hồ sơ đề nghị", "Theo yêu cầu", "Theo đề nghị của hợp tác xã"])
def test_a_cell_on_request(cell):
    assert fields.deadline(cell, cell=True).kind == "after-condition"


def test_an_occasion_needs_its_word():
    # "nhân rộng … 10/12 xã" multiplies a model: no occasion, no day
    assert fields.deadline("Nhân rộng mô hình ra 10/12 xã, thực hiện cả năm.", year=2026).kind != "before"
    found = fields.deadline("Nhân Ngày Hợp tác xã Việt Nam 11/4", cell=True, year=2026)
    assert (found.kind, found.before) == ("before", "2026-04-11")


@pytest.mark.parametrize("text", [
    "Sở Tài chính trân trọng cảm ơn./.",
    "Liên minh Hợp tác xã tỉnh trân trọng cảm ơn sự phối hợp của quý cơ quan./.",
    "Việc chuẩn bị Hội chợ là việc cấp bách, yêu cầu các đơn vị không được chậm trễ./.",
    "Sở Công Thương mong các cơ quan, đơn vị cùng vào cuộc để hàng của hợp tác xã có mặt trên kệ dịp Tết./.",
    # units told to act on the plan, and nothing else
    "Các phòng thuộc Trung tâm căn cứ Kế hoạch này để làm./.",
    "Các đơn vị thuộc Công ty căn cứ Kế hoạch này để thực hiện./.",
])
def test_closings_that_give_no_work(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text, name", [
    ("Ngân hàng Nhà nước Chi nhánh Khu vực 6 chia sẻ kết quả thanh tra", "Ngân hàng Nhà nước Chi nhánh Khu vực 6"),
    ("Đài Phát thanh và Truyền hình tỉnh dành thời lượng cho hợp tác xã", "Đài Phát thanh và Truyền hình tỉnh"),
])
def test_more_verbs_end_a_name(text, name):
    assert fields.name_only(text) == name


def test_a_day_in_words_without_its_year():
    found = fields.deadline("gửi Trung tâm trước ngày 25 tháng 11.", signed=dt.date(2025, 11, 10))
    assert (found.kind, found.before) == ("before", "2025-11-25")


COMPANY = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-CT\t{place}, ngày 04 tháng 8 năm 2025", "", "KẾ HOẠCH",
           "Đồng hành cùng hợp tác xã vùng dự án năm 2025 - 2026", "", "I. MỤC ĐÍCH",
           "Giúp các hợp tác xã vùng dự án ổn định sản xuất.", "", "II. NỘI DUNG CÔNG VIỆC",
           "1. Khảo sát nhu cầu của 12 hợp tác xã vùng dự án.",
           "- Chủ trì: Phòng Tổng hợp; phối hợp: UBND các xã; thời gian: tháng 9/2025.",
           "2. Thuê hợp tác xã chăm sóc cây xanh quanh nhà máy.",
           "- Phòng Kế hoạch thực hiện, năm 2026.",
           "3. Hướng dẫn hợp tác xã lập hồ sơ vay vốn.",
           "- Đề nghị {alliance} chủ trì, Phòng Tổng hợp cung cấp danh sách; thời gian: quý I/2026.",
           "4. Gặp mặt đại diện các hợp tác xã.",
           "- Ban Giám đốc chủ trì, {union} phối hợp, tổ chức mỗi năm một lần.",
           "5. Hỗ trợ hợp tác xã giống cây trồng.",
           "- Phòng Kỹ thuật cấp giống, bàn giao cho hợp tác xã trước mùa mưa.", "",
           "Các phòng thuộc {short} căn cứ Kế hoạch này để thực hiện./.", "",
           "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, place, alliance, union, short, signer, suffix", [
    ("TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "CÔNG TY THỦY ĐIỆN TUYÊN QUANG", "208", "Tuyên Quang",
     "Liên minh Hợp tác xã tỉnh Tuyên Quang", "Công đoàn Công ty", "Công ty", "Hà Văn Sơn", ".txt"),
    ("TỔNG CÔNG TY CAO SU", "CÔNG TY CAO SU ĐỒNG PHÚ", "77", "Đồng Nai", "Liên minh Hợp tác xã tỉnh Đồng Nai",
     "Công đoàn cơ sở Công ty", "Công ty Cao su Đồng Phú", "Trần Thị Nga", ".md"),
])
def test_the_one_line_under_an_item_that_says_who_and_when(tmp_path, parent, issuer, number, place, alliance, union,
                                                            short, signer, suffix):
    draft = drafted(tmp_path, COMPANY, suffix, parent=parent, issuer=issuer, number=number, place=place,
                    alliance=alliance, union=union, short=short, signer=signer)
    assert len(draft.texts()) == 5, draft.texts()  # items 1–4, and item 5's line of work as its task; no closing
    assert draft.lead("Thuê hợp tác xã") == ["Phòng Kế hoạch"]
    assert draft["Thuê hợp tác xã"]["deadline"]["year"] == 2026
    assert draft.lead("Hướng dẫn hợp tác xã") == [alliance]
    assert draft.coop("Hướng dẫn hợp tác xã") == ["Phòng Tổng hợp"]
    assert draft["Hướng dẫn hợp tác xã"]["deadline"]["quarters"] == [1]
    assert draft.lead("Gặp mặt") == ["Ban Giám đốc"]
    assert draft["Gặp mặt"]["deadline"]["kind"] == "annual"
    assert draft.lead("Phòng Kỹ thuật cấp giống") == ["Phòng Kỹ thuật"]  # a line of work of its own stays a task


@pytest.mark.parametrize("text, before", [
    ("Chi nhánh NHCSXH tỉnh xem xét gia hạn nợ cho thành viên; từ nay đến 31/12/2026.", "2026-12-31"),
    ("Phòng Kinh tế theo dõi, thực hiện từ nay đến hết ngày 30/6/2026.", "2026-06-30"),
    ("Hội hỗ trợ tổ hợp tác dự hội chợ nhân Ngày Quốc tế người khuyết tật (03/12/2026).", "2026-12-03"),
])
def test_from_now_to_a_day_and_an_occasion_in_brackets(text, before):
    found = fields.deadline(text)
    assert (found.kind, found.before) == ("before", before)


@pytest.mark.parametrize("text, name", [
    ("Phòng Tư vấn và Trợ giúp xã hội lập danh sách học viên", "Phòng Tư vấn và Trợ giúp xã hội"),
    ("HTX Tân Tiến làm đất, cung ứng giống cho xã viên", "HTX Tân Tiến"),
    ("Tổ làm đất - gặt đập hướng dẫn xã viên", "Tổ làm đất - gặt đập"),
])
def test_names_and_their_verbs(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text, month, year", [
    ("Lấy mẫu giám sát tại cơ sở của hợp tác xã, 02 đợt: tháng 11/2026 và tháng 4/2027.", 4, 2027),
    ("Kiểm tra vùng nuôi, hai đợt: tháng 10/2025 và tháng 3/2026.", 3, 2026),
])
def test_two_rounds_a_year_apart(text, month, year):
    found = fields.deadline(text)
    assert (found.kind, found.month, found.year) == ("month", month, year)



@pytest.mark.parametrize("text, partner", [
    ("Đài truyền thanh xã tuyên truyền gương hợp tác xã", "Đài truyền thanh xã"),
    ("Đài phát thanh phường đưa tin về hợp tác xã", "Đài phát thanh phường"),
])
def test_a_radio_station_typed_in_lower_case(text, partner):
    assert names_of(text) == [partner]
