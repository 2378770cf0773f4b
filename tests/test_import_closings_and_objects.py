"""kehoach import: closing lines that give no work, fields labelled short, and a table of the units the work is done to
(issue 11).

- The last lines of a plan that say where to turn with difficulties ("Ban, đơn vị nào gặp khó khăn thì báo ngay về …",
  "Các bộ phận triển khai, có vướng mắc báo về UBND xã (qua phòng Kinh tế)./.", "Trong quá trình thực hiện có phát
  sinh, các đơn vị phản ánh về …"), whom to contact ("Mọi thông tin cần trao đổi xin liên hệ … ĐT …"), or that only
  insist ("… yêu cầu các bộ phận được phân công nghiêm túc triển khai Kế hoạch này./.", "Đề nghị các đơn vị thực hiện
  đúng các mốc thời gian nêu trên./.") are no tasks (Nghị định 30/2020/NĐ-CP: "./." ends the content).
- A bracket of fields labelled short: "(Phụ trách: X; phối hợp: Y; hạn: 15/9/2026)": X leads, Y cooperates, due by
  that day; "Thời hạn:" is still one label.
- A table of works a decision funds ("Hợp tác xã, công trình | … | Chủ đầu tư | Hoàn thành"): each row the work, led
  by its investor.
- A table of the units the work is done to beside the work ("Hợp tác xã được thanh tra | Nội dung trọng tâm | Thời
  gian | Đơn vị chủ trì | …"): each row's task is "the unit: the work"; a column "Đơn vị làm" names who does it.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, written, written_as
from generator.importer import fields

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{level}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 52/KH-UBND\t{place}, ngày 03 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã sản xuất vụ hè thu năm 2026", "", "I. MỤC ĐÍCH",
        "Giúp các hợp tác xã sản xuất an toàn, tiêu thụ hết sản phẩm.", "II. NHIỆM VỤ",
        "1. Phòng Kinh tế rà soát diện tích sản xuất của các hợp tác xã, trước 20/3/2026.",
        "2. Trung tâm Dịch vụ tổng hợp hướng dẫn kỹ thuật cho thành viên hợp tác xã, trong tháng 4/2026.",
        "III. TỔ CHỨC THỰC HIỆN"]
SIGN = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tHà Văn Lâm"]


@pytest.mark.parametrize("level, place, closing, suffix", [
    ("XÃ THAN UYÊN", "Than Uyên", ["Ban, đơn vị nào gặp khó khăn thì báo ngay về Văn phòng HĐND và UBND xã để giải "
                                   "quyết./.",
                                   "Mọi thông tin cần trao đổi xin liên hệ phòng Kinh tế (đ/c Lò Văn Sơn, ĐT "
                                   "0213.3788.123) để phối hợp giải quyết./."], ".txt"),
    ("XÃ CẨM XUYÊN", "Cẩm Xuyên", ["Các bộ phận triển khai, có vướng mắc báo về UBND xã (qua phòng Kinh tế)./.",
                                   "Đề nghị các đơn vị thực hiện đúng các mốc thời gian nêu trên./."], ".md"),
    ("PHƯỜNG MINH XUÂN", "Minh Xuân", ["Trong quá trình thực hiện có phát sinh, các đơn vị phản ánh về phòng Kinh tế "
                                       "để tổng hợp./.",
                                       "UBND phường yêu cầu các bộ phận được phân công nghiêm túc triển khai Kế hoạch "
                                       "này./."], ".txt"),
    ("XÃ SÓC SƠN", "Sóc Sơn", ["Bộ phận nào vướng mắc thì phản ánh về phòng Kinh tế để tổng hợp, trình lãnh đạo UBND "
                               "xã xử lý kịp thời./.",
                               "UBND xã trân trọng đề nghị Quý đơn vị phối hợp triển khai./."], ".md"),
    ("XÃ BÌNH LƯ", "Bình Lư", ["Phòng, tổ nào gặp vướng mắc thì kịp thời báo Chủ tịch UBND xã để điều chỉnh cho phù "
                               "hợp./."], ".txt"),
])
def test_closing_lines_that_give_no_work_are_no_tasks(tmp_path, level, place, closing, suffix):
    lines = [line.format(level=level, place=place) for line in HEAD] + [
        "Phòng Kinh tế theo dõi, tổng hợp kết quả, báo cáo UBND xã trước 15/12/2026."] + closing + SIGN
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.tasks) == 3, draft.texts()  # the two tasks and the report; none of the closing lines
    assert draft.lead("Phòng Kinh tế theo dõi") == ["Phòng Kinh tế"]


UNION = ["LIÊN MINH HTX THÀNH PHỐ {city}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 12/KH-LHHTX\t{place}, ngày 07 tháng 9 năm 2026", "", "KẾ HOẠCH",
         "Mua chung vật tư cho các hợp tác xã thành viên năm 2026", "", "I. MỤC ĐÍCH",
         "Giảm giá vật tư nhờ mua với số lượng lớn.", "II. CÁC VIỆC CẦN LÀM",
         "1. Chốt số lượng đăng ký của từng hợp tác xã thành viên (Phụ trách: Bộ phận Kinh doanh; phối hợp: Ban Kiểm "
         "soát Liên hiệp; hạn: 15/9/2026).",
         "2. Quyết toán với từng hợp tác xã thành viên (Phụ trách: Bộ phận Kế toán; hạn: 20/01/2027).",
         "3. Nhận hàng, kiểm tra chất lượng từng lô (Phụ trách: Bộ phận Kỹ thuật; phối hợp: Trung tâm Khuyến nông Thành "
         "phố; Thời hạn: quý IV/2026).", "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Bình"]


@pytest.mark.parametrize("city, issuer, place, suffix", [
    ("HỒ CHÍ MINH", "LIÊN HIỆP HTX NÔNG SẢN XANH CỦ CHI", "Củ Chi", ".txt"),
    ("HÀ NỘI", "LIÊN HIỆP HTX RAU AN TOÀN SÓC SƠN", "Sóc Sơn", ".md"),
])
def test_a_bracket_of_short_labels_in_charge_partners_and_due(tmp_path, city, issuer, place, suffix):
    lines = [line.format(city=city, issuer=issuer, place=place) for line in UNION]
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Chốt số lượng") == ["Bộ phận Kinh doanh"]
    assert draft.coop("Chốt số lượng") == ["Ban Kiểm soát Liên hiệp"]
    assert draft["Chốt số lượng"]["deadline"]["before"] == "2026-09-15"
    assert draft["Quyết toán"]["deadline"]["before"] == "2027-01-20"
    assert draft.lead("Nhận hàng") == ["Bộ phận Kỹ thuật"]
    assert draft.coop("Nhận hàng") == ["Trung tâm Khuyến nông Thành phố"]  # "Thời hạn" is no partner "Thời"
    assert draft["Nhận hàng"]["deadline"]["quarters"] == [4]


INSPECTION = ["UBND TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 215/KH-{code}\t{place}, ngày 19 tháng 12 năm 2025", "", "KẾ HOẠCH",
              "{title} các hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
              "Phát hiện, chấn chỉnh sai phạm trong sử dụng kinh phí hỗ trợ.", "II. DANH SÁCH HỢP TÁC XÃ"]
INSPECTION_CLOSE = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng bố trí kinh phí, phương tiện cho các đoàn trong năm 2026.", "",
                    "Nơi nhận:\tCHÁNH THANH TRA", "- Lưu: VT.\tNgô Văn Hòa"]


@pytest.mark.parametrize("province, issuer, code, place, title, column, suffix", [
    ("BẮC NINH", "THANH TRA TỈNH", "TTr", "Bắc Ninh", "Thanh tra việc sử dụng kinh phí hỗ trợ tại",
     "Hợp tác xã được thanh tra", ".txt"),
    ("NINH BÌNH", "SỞ TÀI CHÍNH", "STC", "Ninh Bình", "Kiểm tra việc chấp hành chính sách tại",
     "Đơn vị được kiểm tra", ".md"),
])
def test_a_table_of_the_units_the_work_is_done_to(tmp_path, province, issuer, code, place, title, column, suffix):
    before = [line.format(province=province, issuer=issuer, code=code, place=place, title=title) for line in INSPECTION]
    header = ["TT", column, "Nội dung trọng tâm", "Thời gian tiến hành", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    rows = [["1", "HTX Gốm Phù Lãng (xã Phù Lãng)", "Quản lý tài sản không chia; phân phối thu nhập", "Tháng 4/2026",
             "Phòng Nghiệp vụ 2", "UBND xã Phù Lãng"],
            ["2", "HTX Vận tải Kinh Bắc (phường Kinh Bắc)", "Đăng ký lại theo Luật; điều lệ, đại hội thành viên",
             "Tháng 8/2026", "Phòng Nghiệp vụ 3", "Sở Xây dựng"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, INSPECTION_CLOSE, suffix))
    task = draft["HTX Gốm Phù Lãng (xã Phù Lãng): Quản lý tài sản không chia"]  # the unit, then the work on it
    assert draft.lead(task["text"]) == ["Phòng Nghiệp vụ 2"]
    assert task["deadline"]["month"] == 4
    assert draft.lead("HTX Vận tải Kinh Bắc (phường Kinh Bắc): Đăng ký lại") == ["Phòng Nghiệp vụ 3"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_column_of_who_does_it_headed_don_vi_lam(tmp_path, suffix):
    before = [line.format(level="XÃ TÂN HÒA", place="Tân Hòa") for line in HEAD[:8]] + ["II. PHÂN CÔNG"]
    header = ["STT", "Việc cần làm", "Đơn vị làm", "Phối hợp", "Thời gian"]
    rows = [["1", "Khảo sát hiện trạng vùng trồng của các hợp tác xã", "Phòng Kinh tế", "UBND các ấp", "Tháng 5/2026"],
            ["2", "Tập huấn ghi chép nhật ký sản xuất cho thành viên", "Trung tâm Dịch vụ tổng hợp", "Phòng Kinh tế",
             "Quý III/2026"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, SIGN, suffix))
    assert draft.lead("Khảo sát hiện trạng") == ["Phòng Kinh tế"]
    assert draft.lead("Tập huấn ghi chép") == ["Trung tâm Dịch vụ tổng hợp"]


CAPITAL = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH {province}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 1462/QĐ-UBND\t{place}, ngày 18 tháng 8 năm 2026", "", "QUYẾT ĐỊNH",
           "Về việc phân bổ vốn hỗ trợ đầu tư kết cấu hạ tầng cho hợp tác xã năm 2026",
           "ỦY BAN NHÂN DÂN TỈNH {province}", "Căn cứ Luật Hợp tác xã năm 2023;", "QUYẾT ĐỊNH:",
           "Điều 1. Phân bổ vốn ngân sách tỉnh năm 2026 để hỗ trợ các hợp tác xã đầu tư kết cấu hạ tầng như sau:"]
CAPITAL_CLOSE = ["Điều 2. Sở Tài chính thông báo kế hoạch vốn cho các chủ đầu tư trong tháng 9/2026.",
                 "Điều 3. Quyết định có hiệu lực từ ngày ký.", "", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
                 "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tĐặng Văn Hùng"]


@pytest.mark.parametrize("province, place, column, suffix", [
    ("HƯNG YÊN", "Hưng Yên", "Hợp tác xã, công trình", ".txt"),
    ("THÁI NGUYÊN", "Thái Nguyên", "Tên dự án", ".md"),
])
def test_a_table_of_works_each_built_by_its_investor(tmp_path, province, place, column, suffix):
    """A decision funding works: each row is the work, led by its investor ("Chủ đầu tư"), due as its column says."""
    before = [line.format(province=province, place=place) for line in CAPITAL]
    header = ["TT", column, "Vốn hỗ trợ (triệu đồng)", "Chủ đầu tư", "Hoàn thành, giải ngân"]
    rows = [["1", "HTX Dịch vụ nông nghiệp Tân Lập: kiên cố hóa 2,4 km kênh tưới nội đồng", "3.150",
             "UBND xã Tân Lập", "Trước 30/11/2026"],
            ["2", "HTX Nhãn lồng Hồng Nam: nhà sơ chế, kho mát bảo quản nhãn", "1.920", "HTX Nhãn lồng Hồng Nam",
             "Quý IV/2026"]]
    draft = written(tmp_path, "quyet-dinh" + suffix, with_table(before, header, rows, CAPITAL_CLOSE, suffix))
    assert draft.lead("HTX Dịch vụ nông nghiệp Tân Lập") == ["UBND xã Tân Lập"]
    assert draft["HTX Dịch vụ nông nghiệp Tân Lập"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("HTX Nhãn lồng Hồng Nam: nhà sơ chế") == ["HTX Nhãn lồng Hồng Nam"]
    assert draft["HTX Nhãn lồng Hồng Nam: nhà sơ chế"]["deadline"]["quarters"] == [4]


@pytest.mark.parametrize("cell, kind", [
    ("Trước vụ", "after-condition"), ("Trước xuống giống Đông Xuân", "after-condition"),
    ("Sau thu hoạch", "after-condition"), ("Sau vụ thu hoạch", "after-condition"), ("Khi lúa chín", "after-condition"),
    ("Trong vụ", "ongoing"), ("Suốt vụ", "ongoing"), ("Mùa thu hoạch", "ongoing"), ("Trong mùa mưa", "ongoing"),
])
def test_a_crop_calendars_cell_of_a_season_stage(cell, kind):
    """A time cell naming a stage of the season alone: before or after it, as it comes (no date), or all through it."""
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.printed) == (kind, cell)
    assert fields.deadline("Trước vụ thu hoạch (tháng 01/2027)", cell=True).month == 1  # its month, where printed
    assert fields.deadline("Trước Tết", cell=True).kind == "unspecified"  # Tết's day is known: read from the table


SEASON = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH {province}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 5216/KH-UBND\t{place}, ngày 12 tháng 11 năm 2026", "", "KẾ HOẠCH",
          "Hỗ trợ hợp tác xã tiêu thụ {crop} niên vụ 2026 - 2027", "", "I. MỤC ĐÍCH",
          "Giúp hợp tác xã bán được giá.", "II. NHIỆM VỤ"]


@pytest.mark.parametrize("province, place, crop, doers, suffix", [
    ("ĐỒNG NAI", "Đồng Nai", "hạt điều", "Bộ phận thực hiện", ".md"),
    ("ĐẮK LẮK", "Đắk Lắk", "cà phê", "Đơn vị thực hiện", ".txt"),
])
def test_a_note_column_of_partners_a_main_doer_and_season_cells(tmp_path, province, place, crop, doers, suffix):
    """Partners given in the notes ("Ghi chú: Phối hợp Sở Công Thương", "Mời Hiệp hội …"); the main doer marked in a
    cell of several ("X (chính); Y"): X leads, Y cooperates; a season's stage as the time."""
    before = [line.format(province=province, place=place, crop=crop) for line in SEASON]
    header = ["TT", "Nội dung", doers, "Thời gian", "Ghi chú"]
    rows = [["1", "Hướng dẫn hợp tác xã ký hợp đồng bao tiêu", "Liên minh Hợp tác xã tỉnh", "Trước vụ",
             "Phối hợp Sở Công Thương"],
            ["2", "Tổ chức hội nghị kết nối hợp tác xã với doanh nghiệp", "Sở Công Thương", "Tháng 12/2026",
             "Mời Hiệp hội Điều Việt Nam"],
            ["3", "Kiểm tra việc thu mua, ngăn ép giá", "Công an tỉnh (chính); Sở Công Thương", "Trong vụ",
             "Kinh phí sự nghiệp năm 2027"]]
    close = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tLâm Văn Trung"]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, close, suffix))
    assert [n.split(" tỉnh")[0] for n in draft.coop("Hướng dẫn hợp tác xã ký")] == ["Sở Công Thương"]
    assert draft["Hướng dẫn hợp tác xã ký"]["deadline"]["kind"] == "after-condition"
    assert draft.coop("Tổ chức hội nghị kết nối") == ["Hiệp hội Điều Việt Nam"]
    assert [n.split(" tỉnh ")[0] for n in draft.lead("Kiểm tra việc thu mua")] == ["Công an tỉnh"]
    assert [n.split(" tỉnh")[0] for n in draft.coop("Kiểm tra việc thu mua")] == ["Sở Công Thương"]  # not the note, which names no body
    assert draft["Kiểm tra việc thu mua"]["deadline"]["kind"] == "ongoing"


PARTY = ["ĐẢNG BỘ XÃ {commune}\tĐẢNG CỘNG SẢN VIỆT NAM", "ỦY BAN KIỂM TRA\t", "Số 07-KH/UBKTĐU\t{place}, ngày 18 tháng 3 năm 2026",
         "", "KẾ HOẠCH", "Kiểm tra chi bộ các hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
         "Nắm tình hình lãnh đạo của chi bộ trong hợp tác xã.", "II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN",
         "1. Thành phần tổ kiểm tra",
         "- Tổ số 1: đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra làm Tổ trưởng, 01 ủy viên Ủy ban Kiểm tra.",
         "- Tổ số 2: đồng chí Ủy viên chuyên trách làm Tổ trưởng, 01 công chức Phòng Kinh tế.",
         "2. {column} và thời gian"]


@pytest.mark.parametrize("commune, place, column, suffix", [
    ("SÓC SƠN", "Sóc Sơn", "Chi bộ được kiểm tra", ".txt"),
    ("BÌNH LƯ", "Bình Lư", "Đơn vị được giám sát", ".md"),
])
def test_a_calendar_of_the_units_the_work_is_done_to_by_numbered_teams(tmp_path, commune, place, column, suffix):
    """A table of the units to check by the team that checks each and when ("Chi bộ được kiểm tra | Tổ kiểm tra | Thời
    gian"), no column of work: each row is a task on its unit, led by its team; the teams' make-up lines ("Tổ số 1: đồng
    chí …") are no tasks."""
    before = [line.format(commune=commune, place=place, column=column) for line in PARTY]
    header = ["TT", column, "Tổ kiểm tra", "Thời gian"]
    rows = [["1", "Chi bộ HTX Nông nghiệp Xuân Thu", "Tổ số 1", "Tháng 4/2026"],
            ["2", "Chi bộ HTX Chăn nuôi bò sữa Phù Linh", "Tổ số 2", "Sau vụ thu hoạch lúa xuân"]]
    close = ["III. TỔ CHỨC THỰC HIỆN", "Văn phòng Đảng ủy bố trí phương tiện cho các tổ trong năm 2026.", "",
             "Nơi nhận:\tT/M ỦY BAN KIỂM TRA", "- Lưu UBKT.\tCHỦ NHIỆM", "\tKhuất Văn Long"]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, close, suffix))
    assert draft.lead("Chi bộ HTX Nông nghiệp Xuân Thu") == ["Tổ số 1"]
    assert draft["Chi bộ HTX Nông nghiệp Xuân Thu"]["deadline"]["month"] == 4
    assert draft.lead("Chi bộ HTX Chăn nuôi bò sữa") == ["Tổ số 2"]
    assert draft["Chi bộ HTX Chăn nuôi bò sữa"]["deadline"]["kind"] == "after-condition"
    assert not [text for text in draft.texts() if text.startswith("Tổ số")]


@pytest.mark.parametrize("text, lead", [
    ("đề nghị Cty TNHH chè Tây Bắc Xanh ký hợp đồng bao tiêu với các hợp tác xã trước 30/4/2026.",
     "Cty TNHH chè Tây Bắc Xanh"),
    ("Cty CP Nông sản Miền Tây thu mua lúa của các hợp tác xã trong tháng 3/2026.", "Cty CP Nông sản Miền Tây"),
])
def test_a_company_typed_short_is_a_body_and_a_crop_season_is_none(tmp_path, text, lead):
    lines = [line.format(level="XÃ BÌNH LƯ", place="Bình Lư") for line in HEAD] + [
        f"3. {text}", "4. Vụ Hè Thu năm 2026 là vụ thứ hai của mô hình, các hợp tác xã giữ nguyên diện tích."] + SIGN
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(text[:20]) == [lead]
    proposed = [a["name"] for a in draft.draft.registry.get("agencies", [])]
    assert not [name for name in proposed if name.startswith("Vụ ")]  # a season, no ministry's department
