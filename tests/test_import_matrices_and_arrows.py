"""kehoach import: an assignment matrix whose cells say each body's part in words, doers after an arrow or a dash with
their time run on, "lead / partners" cells, a quality plan's columns, a company's workshops and sections, and notes on
how to read (issue 11).

- An assignment matrix, a column per body ("Ban Kinh tế | Ban Chính trị | Lực lượng khác"), whose cells say each
  body's part in words: the body whose cell opens "Chủ trì:" leads the row, every other body with a part takes part
  ("—" is none), a column of others by the body named before its cell's colon ("UBND xã X: cử công chức …").
- An item "work → doers with their roles; time" (an arrow typed for the dash on a phone): the roles read as a bracket's
  ("X chủ trì, Y hỗ trợ"), the time after the semicolon.
- An item "work — Phòng A, Phòng B Trước 15/10/2026" (a table's last two columns kept on one line): the time is cut
  off the doers; bodies listed with no role word, the one named first leads and the others take part.
- A doers' cell "Phòng A / Phòng B" (a spaced slash): the body before the slash leads, the others take part.
- A part titled "CÔNG VIỆC" or "CÁC CÔNG VIỆC" sets the work, as "CÔNG VIỆC CỤ THỂ" does.
- A quality plan's columns: "Việc phải làm" is the work, "Người chịu trách nhiệm" / "Trách nhiệm thực hiện" who leads
  it (a post, as printed), "Phối hợp" who takes part.
- A company's workshop ("Xưởng sơ chế Ea Tân", not "Xuống giống") and a section or team typed in lower case after its
  type ("Bộ phận kinh doanh", "Tổ kỹ thuật Liên hiệp") are bodies; a field typed "Nông Lâm nghiệp" stays in its name.
- No task: how to read what follows ("Cách đọc: …", "Cách ghi trong bảng: …"), which place in a doers' field leads
  ("… đơn vị đứng trước dấu "/" là đơn vị chủ trì …"), bodies held to account before their head with a comma between
  them ("Các bộ phận, cá nhân có tên … chịu trách nhiệm trước Giám đốc về …").
- An economic-defence corps signs "ĐOÀN TRƯỞNG", its officer's rank before the name.
- A name's second part after a hyphen, capitalised as a field is ("Phòng Điều hành - Phối hợp", "Phòng Huấn luyện -
  Diễn tập"), is no verb; a team named by its work right after its type ("Tổ bảo vệ tòa nhà") keeps it.
- A legend of abbreviations whose last entry runs on into a sentence ("…; Tổ TN - Tổ công tác tiếp nhận lưới điện.
  Dòng nào để trống …"): the entry ends at the sentence's end; a cell that is one such initialism is its full name,
  whatever verbs its words look like.
- A time cell "Mỗi phiên", "Mỗi lô nhập", "Mỗi ca sản xuất": recurring.
- A body's accountant named by it ("Kế toán Liên hiệp", "Kế toán trưởng") and the heads of a class of groups ("Tổ
  trưởng các tổ hợp tác") are doers; "làm" before the count of what is made ends the doer's name ("Trung tâm Khuyến
  nông làm 06 mô hình …"); a partner said to be there with its help after a comma ("…, có Chi cục X cùng tham gia
  chọn điểm", "…, có cán bộ Chi cục X hỗ trợ") takes part.
- No task: how a table below is split ("Bảng dưới đây chia vụ thành ba giai đoạn; …").
- A title in capitals that asks a class picked out by its work ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC CUNG CẤP VỎ
  DỪA"): the whole class leads the items under it.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, plan_head, with_table, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Quang Vĩnh"]
CO = dict(issuer="CÔNG TY CỔ PHẦN NÔNG SẢN ĐỨC TRỌNG", number="45/KH-NSĐT", place="Đức Trọng",
          title="Thu mua rau của các hợp tác xã liên kết năm 2026")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("units", [("Ban Kinh tế", "Ban Chính trị", "Lực lượng ngoài Đoàn"),
                                   ("Phòng Kỹ thuật", "Phòng Thu mua", "Đơn vị khác")])
def test_a_matrix_of_bodies_whose_cells_say_their_part(tmp_path, suffix, units):
    first, second, others = units
    rows = [["1", "Trước 30/9/2026", "Khảo sát các hộ muốn vào tổ hợp tác", "Chủ trì: lập phiếu, tổng hợp danh sách",
             "Cử cán bộ cùng đi các thôn", "UBND xã Tà Xùa: cử công chức nông nghiệp tham gia"],
            ["2", "Tháng 10/2026", "Hướng dẫn thành lập 02 tổ hợp tác", "—", "Chủ trì: họp thôn, vận động hộ tham gia",
             "—"]]
    lines = plan_head("ngày 05 tháng 9 năm 2026", **CO)
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        lines, ["TT", "Thời gian", "Việc", first, second, others], rows, TAIL, suffix))
    assert named_as(draft.lead("Khảo sát"), [first])
    assert named_as(draft.coop("Khảo sát"), [second, "UBND xã Tà Xùa"])
    assert named_as(draft.lead("Hướng dẫn"), [second]) and draft.coop("Hướng dẫn") == []


@pytest.mark.parametrize("lead, partner", [("Tổ kỹ thuật Liên hiệp", "Chi cục Trồng trọt và Bảo vệ thực vật"),
                                           ("Bộ phận kinh doanh", "Liên minh Hợp tác xã tỉnh")])
def test_doers_after_an_arrow_and_their_time_after_a_semicolon(tmp_path, lead, partner):
    lines = plan_head("ngày 08 tháng 9 năm 2026", **CO) + [
        f"1) Đo độ chín tại vườn của từng hợp tác xã, công bố ngày được phép hái → {lead} chủ trì, {partner} hỗ trợ; "
        "xong trước 25/9", "",
        f"2) Ký hợp đồng bán rau với 03 chuỗi siêu thị → {lead} thực hiện; tháng 10"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Đo độ chín"), [lead]) and named_as(draft.coop("Đo độ chín"), [partner])
    assert draft["Đo độ chín"]["deadline"]["before"] == "2026-09-25"
    assert named_as(draft.lead("Ký hợp đồng"), [lead]) and draft["Ký hợp đồng"]["deadline"]["month"] == 10


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("title", ["III. CÔNG VIỆC", "III. CÁC CÔNG VIỆC"])
def test_doers_after_a_dash_with_their_time_run_on(tmp_path, suffix, title):
    lines = plan_head("ngày 05 tháng 10 năm 2026", **CO)[:-1] + [
        title,
        "1. Ký phụ lục mua rau năm 2027 với từng hợp tác xã — Phòng Thu mua nguyên liệu, Phòng Tài chính - Kế toán "
        "Trước 15/10/2026",
        "2. Sơ chế, đóng gói các lô rau nhận về — Xưởng sơ chế Ea Tân Từ 01/11/2026 đến 31/01/2027",
        "3. Lấy mẫu đất tại 40 vườn — Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên, Phòng Kỹ thuật Tháng 12/2026"] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 3
    assert named_as(draft.lead("Ký phụ lục"), ["Phòng Thu mua nguyên liệu"])
    assert named_as(draft.coop("Ký phụ lục"), ["Phòng Tài chính - Kế toán"])
    assert draft["Ký phụ lục"]["deadline"]["before"] == "2026-10-15"
    assert named_as(draft.lead("Sơ chế"), ["Xưởng sơ chế Ea Tân"])
    assert draft["Sơ chế"]["deadline"]["before"] == "2027-01-31"
    assert named_as(draft.lead("Lấy mẫu"), ["Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"])
    assert named_as(draft.coop("Lấy mẫu"), ["Phòng Kỹ thuật"])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("doers, lead, partners", [
    ("Phòng R&D / Phòng QC", "Phòng R&D", ["Phòng QC"]),
    ("Phòng Thu mua / Phòng Tài chính - Kế toán", "Phòng Thu mua", ["Phòng Tài chính - Kế toán"])])
def test_a_lead_before_a_slash_and_its_partners_after_it(tmp_path, suffix, doers, lead, partners):
    rows = [["1", "Ban hành tiêu chuẩn cơ sở cho tinh dầu nhập kho", doers, "Trước 30/11/2026"],
            ["2", "Cho các hợp tác xã ứng trước tiền thay ống sinh hàn", "Phòng Kế toán", "Trước 31/01/2027"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        plan_head("ngày 05 tháng 9 năm 2026", **CO), ["TT", "Nội dung", "Thực hiện", "Thời hạn"], rows, TAIL, suffix))
    assert named_as(draft.lead("Ban hành"), [lead]) and named_as(draft.coop("Ban hành"), partners)
    assert named_as(draft.lead("Cho các"), ["Phòng Kế toán"])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("work, doer", [("Việc phải làm", "Người chịu trách nhiệm"),
                                        ("Việc cần làm", "Trách nhiệm thực hiện")])
def test_a_quality_plans_columns(tmp_path, suffix, work, doer):
    rows = [["1. Ký kết nguồn hàng", "Ký phụ lục hợp đồng mua vỏ dừa với từng hợp tác xã", "Giá loại I cao hơn loại II",
             "Trước 30/9/2026", "Trưởng phòng Thu mua", "Kế toán trưởng"],
            ["2. Nhận hàng", "Hiệu chuẩn cân ô tô 60 tấn ở cổng nhà máy", "Sai số ≤ 0,1%", "Trước 10/10/2026",
             "Trưởng bộ phận Cơ điện", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        plan_head("ngày 14 tháng 9 năm 2026", **CO),
        ["Công đoạn", work, "Chỉ tiêu, mức chấp nhận", "Tần suất, thời hạn", doer, "Phối hợp"], rows, TAIL, suffix))
    assert named_as(draft.lead("Ký phụ lục"), ["Trưởng phòng Thu mua"])
    assert named_as(draft.coop("Ký phụ lục"), ["Kế toán trưởng"])
    assert named_as(draft.lead("Hiệu chuẩn"), ["Trưởng bộ phận Cơ điện"])
    assert draft["Hiệu chuẩn"]["deadline"]["before"] == "2026-10-10"


@pytest.mark.parametrize("text", [
    "Cách đọc: sau mỗi việc là tên các đơn vị; tên in đậm là đơn vị chịu trách nhiệm chính; thời hạn ở cuối đoạn.",
    "Cách ghi trong bảng: cột \"Người chịu trách nhiệm\" ghi chức danh người chủ trì; \"—\" là không có.",
    "Ghi chú cột \"Thực hiện\": đơn vị đứng trước dấu \"/\" là đơn vị chủ trì; các đơn vị đứng sau dấu \"/\" là đơn vị "
    "phối hợp.",
    "Ở cột phân công, cơ quan đứng trước dấu gạch chéo là cơ quan chủ trì, sau dấu gạch chéo là cơ quan phối hợp.",
])
def test_notes_on_how_to_read_are_no_tasks(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("rank", ["Thượng tá", "Đại tá"])
def test_a_corps_signed_by_its_head_with_his_rank(tmp_path, rank):
    lines = plan_head("ngày 14 tháng 9 năm 2026", issuer="ĐOÀN KINH TẾ - QUỐC PHÒNG 345", number="21/KH-ĐKTQP",
                      place="Mường Nhé", title="Giúp đồng bào vào tổ hợp tác năm 2027") + [
        "1. Ban Kinh tế khảo sát các hộ muốn vào tổ hợp tác, xong trước 30/9/2026.", "",
        "Nơi nhận:\tĐOÀN TRƯỞNG", "- Lưu: VT.", f"\t{rank} Lò Văn Khởi"]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.plan["signer"]["name"] == "Lò Văn Khởi"


@pytest.mark.parametrize("unit, work", [("Phòng Điều hành - Phối hợp", "cập nhật danh bạ số điện thoại vệ tinh của 46 tàu cá"),
                                        ("Phòng Huấn luyện - Diễn tập", "mở 01 lớp cho thuyền trưởng về phát tín hiệu cấp cứu")])
def test_a_names_second_part_capitalised_after_a_hyphen(tmp_path, unit, work):
    lines = plan_head("ngày 08 tháng 9 năm 2026", **CO) + [f"1. {unit} {work}, xong trước ngày 30/9/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead(f"{unit} {work[:10]}"), [unit])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_short_name_from_a_legend_that_runs_on_into_a_sentence(tmp_path, suffix):
    lines = plan_head("ngày 08 tháng 9 năm 2026", **CO) + [
        "Viết tắt trong bảng: P.KT - Phòng Kỹ thuật; Tổ TN - Tổ công tác tiếp nhận lưới điện. Dòng nào để trống cột "
        "\"Thời hạn\" thì làm trong cả giai đoạn.", ""]
    rows = [["1", "Ký biên bản giao nhận tài sản với từng hợp tác xã", "Tổ TN", "P.KT", "05/10/2026"],
            ["2", "Kiểm đếm hiện trạng từng trạm biến áp", "P.KT", "Tổ bảo vệ tòa nhà", "Mỗi phiên"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        lines, ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"], rows, TAIL, suffix))
    assert named_as(draft.lead("Ký biên bản"), ["Tổ công tác tiếp nhận lưới điện"])
    assert named_as(draft.coop("Kiểm đếm"), ["Tổ bảo vệ tòa nhà"])
    assert draft["Kiểm đếm"]["deadline"]["kind"] == "ongoing"


@pytest.mark.parametrize("cell", ["Mỗi phiên", "Mỗi lô nhập", "Mỗi ca sản xuất", "Từng chuyến hàng"])
def test_each_time_the_work_comes_round_is_recurring(cell):
    from generator.importer import fields

    assert fields.deadline(cell, cell=True).kind == "ongoing"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("title, who", [("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC CUNG CẤP VỎ DỪA",
                                         "CÁC HỢP TÁC XÃ, TỔ HỢP TÁC CUNG CẤP VỎ DỪA"),
                                        ("IV. ĐỀ NGHỊ CÁC TỔ HỢP TÁC THU GOM VỎ DỪA", "CÁC TỔ HỢP TÁC THU GOM VỎ DỪA")])
def test_a_title_that_asks_a_class_gives_it_the_items_under_it(tmp_path, suffix, title, who):
    lines = plan_head("ngày 14 tháng 9 năm 2026", **CO)[:-1] + [
        "III. NHIỆM VỤ", "1. Phòng Thu mua ký phụ lục hợp đồng với từng hợp tác xã trước ngày 30/9/2026.",
        title,
        "1. Mỗi hợp tác xã cử 01 người giữ sổ giao nhận theo lô, báo cho Phòng Thu mua trước ngày 25/9/2026.",
        "2. Phơi vỏ dừa trên sân xi măng hoặc giàn, không tập kết vỏ ở bãi ngập nước lợ; giữ như vậy suốt niên vụ.",
        "Các bộ phận, cá nhân có tên trên chịu trách nhiệm trước Giám đốc về chất lượng ở công đoạn mình phụ trách./."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 3  # the closing that holds them to account is none
    assert [n.upper() for n in draft.lead("Phơi vỏ")] == [who]
    assert [n.upper() for n in draft.lead("Mỗi hợp tác xã")] == [who]


@pytest.mark.parametrize("text", [
    "Các bộ phận, cá nhân có tên trong bảng trên chịu trách nhiệm trước Giám đốc về chất lượng ở công đoạn mình phụ trách.",
    "Trưởng các phòng, xưởng chịu trách nhiệm trước Tổng giám đốc về tiến độ phần việc của đơn vị mình.",
])
def test_bodies_held_to_account_with_a_comma_between_them_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("first, second", [("Kế toán Liên hiệp", "Tổ trưởng các tổ hợp tác"),
                                           ("Kế toán trưởng", "Tổ trưởng các tổ sản xuất")])
def test_posts_of_a_body_and_heads_of_a_class_in_a_doers_cell(tmp_path, first, second):
    suffix = ".md"  # a line each in the cell
    rows = [["1", "Thống kê diện tích rau màu bị ngập của từng tổ hợp tác", f"{first}<br>{second}", "Trước 15/9/2026"],
            ["2", "Trả tiền cho các tổ hợp tác theo bảng kê", first, "Tháng 10/2026"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        plan_head("ngày 05 tháng 9 năm 2026", **CO), ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"], rows, TAIL,
        suffix))
    assert named_as(draft.lead("Thống kê"), [first]) and named_as(draft.coop("Thống kê"), [second])
    assert named_as(draft.lead("Trả tiền"), [first])


@pytest.mark.parametrize("count", ["06 mô hình tưới nhỏ giọt cho rau", "02 bể lắng nước xả"])
def test_a_doer_that_makes_a_counted_thing(tmp_path, count):
    lines = plan_head("ngày 05 tháng 9 năm 2026", **CO) + [
        "1. Các phòng, đơn vị thuộc Công ty:",
        f"1.1. Trung tâm Khuyến nông làm {count} do HTX làm dịch vụ, có Phòng Kỹ thuật cùng tham gia chọn điểm "
        "(hoàn thành trong quý I năm 2027).",
        "1.2. Phòng Kế toán thẩm định dự toán các mô hình ở điểm 1.1 trước ngày 30/10/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Trung tâm") == ["Trung tâm Khuyến nông"]  # the name alone, not "… làm 06 mô hình …"


@pytest.mark.parametrize("text", [
    "Bảng dưới đây chia vụ thành ba giai đoạn; việc của từng giai đoạn ghi ở bảng nhỏ bên phải.",
    "Bảng sau chia công việc thành 04 nhóm theo lĩnh vực.",
])
def test_how_a_table_is_split_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("sentence", [
    "1. Trung tâm Khuyến nông làm 06 mô hình tưới nhỏ giọt do HTX làm dịch vụ, có Chi cục Trồng trọt và Bảo vệ thực "
    "vật cùng tham gia chọn điểm (hoàn thành trong quý I năm 2027).",
    "1) Đo độ chín tại vườn của từng hợp tác xã → Trung tâm Khuyến nông chủ trì, có cán bộ Chi cục Trồng trọt và Bảo "
    "vệ thực vật hỗ trợ; xong trước 25/9",
])
def test_a_partner_said_to_be_there_with_its_help(tmp_path, sentence):
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 05 tháng 9 năm 2026", **CO) + [sentence] + TAIL)
    task = draft.texts()[0][:10]
    assert named_as(draft.lead(task), ["Trung tâm Khuyến nông"])
    assert named_as(draft.coop(task), ["Chi cục Trồng trọt và Bảo vệ thực vật"])
