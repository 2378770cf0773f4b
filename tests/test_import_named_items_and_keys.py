"""kehoach import: items numbered by the name of what they are ("Nhiệm vụ 1:", "Nội dung 2.", "Đề mục 05 -", "Việc 01 |")
under titles that name them ("B. CÁC ĐỀ MỤC", "II. CÁC HẠNG MỤC", "III. LỘ TRÌNH THỰC HIỆN"); parts lettered at the top
where no Roman numeral numbers them ("A. MỤC TIÊU", "B. …", "C. KINH PHÍ"); a legend of plain names ("(Bên cầm bút: đơn
vị chịu trách nhiệm chính. Bên góp ý: đơn vị phối hợp.)", "Khóa …: CT = đơn vị chủ trì; …") or of names before their
meaning in brackets ("bộ phận giữ lửa (chịu trách nhiệm chính)"); keys typed with "=" ("CT=XT   PH=NN,LM   TH=…"); the
day a product is handed in ("Ngày nộp sản phẩm:"); partners in a body's heading ("Phòng X, cùng Y:"); a note on how the
items are ordered; fields after the sentence of the one before ("Giữ mốc: X. Cùng giữ: Y."); the rows of a Word table,
never wrapped; a timeline's box heads ("02<TAB>Tháng 12/2025") dating the work under them; the end of an item's fields
(a whole time, a blank line); the tags of an item's fields before its work ("[Chính: X] [Cùng: Y] [Xong: Z] …")
(issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "", "\tLò Thị Xuân"]
HOI = dict(issuer="HỘI NÔNG DÂN XÃ MƯỜNG CHÀ", number="17/KH-HND", place="Điện Biên",
           title="Hỗ trợ hội viên vào hợp tác xã năm 2026")


def _head(**values) -> list[str]:
    return plan_head("ngày 12 tháng 01 năm 2026", **(values or HOI))[:-1]


# --- items numbered by the name of what they are -------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("name, title", [("Nhiệm vụ", "I. NHIỆM VỤ"), ("Nội dung", "II. NHIỆM VỤ CỤ THỂ"),
                                         ("Hạng mục", "II. CÁC HẠNG MỤC"), ("Đề mục", "II. CÁC ĐỀ MỤC")])
@pytest.mark.parametrize("delim", [":", " -", " |"])
def test_items_numbered_by_their_name(tmp_path, suffix, name, title, delim):
    lines = [title, "", f"{name} 01{delim} Khảo sát 15 hợp tác xã chè về cách sao, ủ, bảo quản chè.",
             "- Chủ trì: Ban Kinh tế Hội", "- Thời hạn: 31/3/2026", "",
             f"{name} 02{delim} Mở 02 lớp tập huấn ghi nhật ký canh tác cho thành viên hợp tác xã.",
             "- Chủ trì: Chi hội Nông dân bản Na Pheo", "- Phối hợp: Hợp tác xã Chè Sín Chải", "- Thời hạn: tháng 6/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    # two items, their name and number kept as printed, the work referred to by them
    assert draft.texts() == [f"{name} 01{delim} Khảo sát 15 hợp tác xã chè về cách sao, ủ, bảo quản chè.",
                             f"{name} 02{delim} Mở 02 lớp tập huấn ghi nhật ký canh tác cho thành viên hợp tác xã."]
    assert draft.lead(f"{name} 01") == ["Ban Kinh tế Hội"]
    assert draft[f"{name} 01"]["deadline"]["before"] == "2026-03-31"
    assert draft.lead(f"{name} 02") == ["Chi hội Nông dân bản Na Pheo"]
    assert draft.coop(f"{name} 02") == ["Hợp tác xã Chè Sín Chải"]
    assert draft[f"{name} 02"]["deadline"]["month"] == 6


# --- parts lettered at the top, a legend of plain names --------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("title", ["B. CÁC ĐỀ MỤC", "B. CÁC HẠNG MỤC", "B. LỘ TRÌNH THỰC HIỆN"])
@pytest.mark.parametrize("legend, lead, partner", [
    ("(Bên cầm bút: đơn vị chịu trách nhiệm chính. Bên góp ý: đơn vị phối hợp.)", "Bên cầm bút", "Bên góp ý"),
    ("Ghi chú: CT - đơn vị chủ trì; PH - đơn vị phối hợp.", "CT", "PH"),
    ("Quy ước: Người gánh = đơn vị chủ trì; Người đỡ = đơn vị phối hợp.", "Người gánh", "Người đỡ")])
def test_parts_lettered_at_the_top_and_a_legend_of_plain_names(tmp_path, suffix, title, legend, lead, partner):
    lines = ["A. MỤC TIÊU", "- Ít nhất 15 hợp tác xã được tư vấn trực tiếp.", "", title, legend, "",
             "1. Khảo sát 15 hợp tác xã chè về cách sao, ủ, bảo quản chè",
             f"    {lead}: Ban Tư vấn, phản biện và giám định xã hội", f"    {partner}: Hội Khoa học Kinh tế tỉnh",
             "    Ngày nộp sản phẩm: 31/3/2026", "",
             "2. Biên soạn sổ tay ghi nhật ký canh tác chè",
             f"    {lead}: Trung tâm Tư vấn và Chuyển giao công nghệ", f"    {partner}: không",
             "    Hạn nộp: tháng 5/2026", "",
             "C. KINH PHÍ", "Từ kinh phí hoạt động năm 2026 của Hội và nguồn đặt hàng của Sở Khoa học và Công nghệ."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Khảo sát", "Biên soạ"]  # not the target, the legend nor the budget
    assert draft.lead("Khảo sát") == ["Ban Tư vấn, phản biện và giám định xã hội"]
    assert draft.coop("Khảo sát") == ["Hội Khoa học Kinh tế tỉnh"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-03-31"  # the day the product is handed in
    assert draft.lead("Biên soạn") == ["Trung tâm Tư vấn và Chuyển giao công nghệ"]
    assert draft.coop("Biên soạn") == []
    assert draft["Biên soạn"]["deadline"]["month"] == 5


def test_letters_under_roman_parts_stay_as_they_were(tmp_path):
    # a document with Roman parts letters its groups inside them; a letter at the top over them is no part of its own
    lines = ["A. KẾT QUẢ NĂM 2025", "Năm 2025 Hội đã vận động 40 hội viên vào hợp tác xã.", "",
             "B. NHIỆM VỤ NĂM 2026", "I. NHIỆM VỤ", "1. Rà soát hội viên muốn vào hợp tác xã chè (Ban Kinh tế Hội chủ trì;"
             " xong trước 30/4/2026)."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Rà soát"]
    assert draft.lead("Rà soát") == ["Ban Kinh tế Hội"]


# --- a legend of names before their meaning in brackets; keys typed with "=" -------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, partner, due", [("Giữ lửa", "Tiếp lửa", "Đổ khuôn xong"),
                                                ("Cầm trịch", "Phụ giúp", "Chốt sổ")])
def test_names_before_their_meaning_in_brackets(tmp_path, suffix, lead, partner, due):
    lines = ["II. CÁC VIỆC CỤ THỂ", f"Dưới mỗi việc ghi bộ phận {lead.lower()} (chịu trách nhiệm chính), bộ phận, đơn vị "
             f"{partner.lower()} (phối hợp) và thời hạn {due.lower()} (hoàn thành).", "",
             "1. Ký hợp đồng mua sáp ong thô cả năm 2026 với HTX Nuôi ong Mật Lành.",
             f"{lead}: Phòng Nguyên liệu; {partner}: Xưởng Đổ nến; {due}: 15/9/2026", "",
             "2. Tập huấn cho thành viên hợp tác xã lọc sáp bằng nồi hấp.",
             f"{lead}: Phòng Kỹ thuật; {partner}: Liên minh Hợp tác xã tỉnh; {due}: quý IV/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="CÔNG TY TNHH NẾN THƠM ĐỒI THÔNG",
                                                          number="08/KH-NTĐT", place="Lâm Đồng", title="Mua sáp ong")
                       + lines + TAIL)
    assert draft.lead("Ký hợp") == ["Phòng Nguyên liệu"]
    assert draft.coop("Ký hợp") == ["Xưởng Đổ nến"]
    assert draft["Ký hợp"]["deadline"]["before"] == "2026-09-15"
    assert draft.lead("Tập huấn") == ["Phòng Kỹ thuật"]
    assert draft["Tập huấn"]["deadline"]["quarters"] == [4]


def test_a_name_the_document_never_prints_as_a_label_is_no_label(tmp_path):
    from generator.importer import own_labels

    note = ["Dưới mỗi việc ghi bộ phận giữ lửa (chịu trách nhiệm chính) và bộ phận tiếp lửa (phối hợp).",
            "1. Ký hợp đồng mua sáp.", "Giữ lửa: Phòng Nguyên liệu"]
    assert own_labels.names(note) == {"giu lua": "Chủ trì"}  # "tiếp lửa" no line labels so


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("key", ["Khóa ghi dưới mỗi việc:", "Ký hiệu:"])
def test_keys_typed_with_an_equals_sign(tmp_path, suffix, key):
    lines = ["II. PHÂN CÔNG", "Mã đơn vị:", "  XT  = Phòng Xúc tiến thương mại", "  TT  = Phòng Thông tin doanh nghiệp",
             "  LM  = Liên minh Hợp tác xã tỉnh", f"{key} CT = đơn vị chủ trì; PH = đơn vị phối hợp; TH = thời hạn.", "",
             "Việc 01 | Chọn 40 sản phẩm OCOP của hợp tác xã mang đi hội chợ", "          CT=XT   PH=LM   TH=15/12/2025",
             "", "Việc 02 | Mở gian hàng chung của hợp tác xã trên sàn thương mại điện tử",
             "          CT=TT   PH=XT,LM   TH=hằng tháng"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="TRUNG TÂM XÚC TIẾN THƯƠNG MẠI", number="57/KH-TTXT",
                                                          place="Quảng Trị", title="Đưa sản phẩm hợp tác xã ra chợ")
                       + lines + TAIL)
    assert len(draft.texts()) == 2
    assert draft.lead("Việc 01") == ["Phòng Xúc tiến thương mại"]
    assert draft.coop("Việc 01") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Việc 01"]["deadline"]["before"] == "2025-12-15"
    assert draft.lead("Việc 02") == ["Phòng Thông tin doanh nghiệp"]
    assert len(draft.coop("Việc 02")) == 2
    assert draft["Việc 02"]["deadline"]["kind"] == "ongoing"


# --- partners in a body's heading; a note on how the items are ordered -----------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("joined", [", cùng", " cùng"])
def test_partners_in_a_bodys_heading(tmp_path, suffix, joined):
    lines = ["II. NHIỆM VỤ", "Nhiệm vụ xếp theo thời hạn, dưới mỗi thời hạn là đơn vị chủ trì rồi đến từng việc.", "",
             "- Đến 31/10/2026", f"  - Phòng Kinh tế - Xã hội vùng dân tộc{joined} Ủy ban nhân dân các xã vùng cao:",
             "    - Rà soát những hợp tác xã có hơn nửa thành viên là người dân tộc thiểu số.",
             "    - Lập danh sách người có uy tín ở các bản.",
             "- Quý I/2027", "  - Văn phòng Sở:", "    - Làm 04 phóng sự bằng tiếng Thái, tiếng Mông."]
    draft = written(tmp_path, f"ke-hoach{suffix}", _head(issuer="SỞ DÂN TỘC VÀ TÔN GIÁO", number="612/KH-SDTTG",
                                                        place="Sơn La", title="Sát cánh với hợp tác xã") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Rà soát", "Lập dan", "Làm 04 "]  # not the note on their order
    for work in ("Rà soát", "Lập danh"):
        assert draft.lead(work) == ["Phòng Kinh tế - Xã hội vùng dân tộc"]
        assert draft.coop(work) == ["Ủy ban nhân dân các xã vùng cao"]
    assert draft.coop("Làm 04") == []


@pytest.mark.parametrize("text", ["Nhiệm vụ xếp theo thời hạn. Dưới mỗi thời hạn là đơn vị chủ trì.",
                                  "Các việc dưới đây được nhóm theo đơn vị chủ trì."])
def test_a_note_on_how_the_items_are_ordered_is_no_task(text):
    from drafts import gives_no_task

    assert gives_no_task(text)


# --- fields after the sentence of the one before; the end of an item's fields -----------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, partner", [("Giữ mốc", "Cùng giữ"), ("Cầm cờ", "Theo cờ")])
def test_fields_after_the_sentence_of_the_one_before(tmp_path, suffix, lead, partner):
    lines = ["II. CÁC CỘT MỐC", f"Dòng dưới mỗi cột mốc: \"{lead}\" là đơn vị chịu trách nhiệm chính, \"{partner}\" là đơn "
             "vị phối hợp.", "",
             "Cột mốc 1 (trước 15/4/2026): Lên danh sách hợp tác xã còn hoạt động ở từng xã.",
             f"   {lead}: Phòng Thống kê Kinh tế. {partner}: Sở Tài chính, Liên minh Hợp tác xã tỉnh.", "",
             "Cột mốc 2 (tháng 5/2026): Đến trụ sở từng hợp tác xã hỏi và ghi phiếu.",
             f"   {lead}: Phòng Nghiệp vụ - Tổng hợp. {partner}: Ủy ban nhân dân các xã."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert draft.lead("Cột mốc 1") == ["Phòng Thống kê Kinh tế"]
    assert draft.coop("Cột mốc 1") == ["Sở Tài chính", "Liên minh Hợp tác xã tỉnh"]
    assert draft.coop("Cột mốc 2") == ["Ủy ban nhân dân các xã"]


@pytest.mark.parametrize("due, kind", [("15/8/2026", "before"), ("Quý IV/2026", "quarter"),
                                       ("trước 30/9/2026", "before")])
def test_a_whole_time_ends_the_fields_of_a_card(tmp_path, due, kind):
    # a card's fields, then the next card's work on the next line, no blank line between (a PDF's text)
    lines = ["II. PHÂN CÔNG", "Đo tuổi bạc, cân khối lượng từng lô hàng hợp tác xã trả về",
             "Chủ trì: Phòng Kiểm định chất lượng", "Phối hợp: Kho nguyên liệu", f"Thời hạn: {due}",
             "Mở lớp truyền nghề chạm bạc 03 tháng cho 20 thanh niên trong xã", "Chủ trì: Phòng Hành chính - Nhân sự",
             "Phối hợp: HTX Chạm bạc Đồng Xâm", "Thời hạn: 30/10/2026"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Đo tuổi", "Mở lớp "]
    assert draft["Đo tuổi"]["deadline"]["kind"] == kind
    assert draft.lead("Mở lớp") == ["Phòng Hành chính - Nhân sự"]


@pytest.mark.parametrize("due", ["sau mỗi hội chợ", "khi hội viên nhờ"])
def test_a_blank_line_ends_a_line_of_fields(tmp_path, due):
    lines = ["II. PHÂN CÔNG", "Chi hỗ trợ 50% tiền thuê gian hàng cho hợp tác xã theo hóa đơn",
             f"  Chủ trì: Phòng Hành chính; Phối hợp: -; Thời hạn: {due}", "",
             "Gửi bản tin giá nông sản tới hộp thư điện tử của các hợp tác xã",
             "  Chủ trì: Phòng Thông tin; Thời hạn: hằng tháng"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Chi hỗ ", "Gửi bản"]
    assert draft.lead("Gửi bản") == ["Phòng Thông tin"]


# --- the rows of a Word table, never wrapped ----------------------------------------------------------------------------

@pytest.mark.parametrize("lead, partner, due", [("Chủ trì", "Phối hợp", "Thời hạn"),
                                                ("Giữ lửa", "Tiếp lửa", "Đổ khuôn xong")])
def test_the_rows_of_a_word_table_are_never_wrapped(tmp_path, lead, partner, due):
    before = ["KẾ HOẠCH", "Mua nguyên liệu của hợp tác xã", "II. CÁC LÔ VIỆC",
              f"Dòng dưới mỗi việc ghi bộ phận {lead.lower()} (chịu trách nhiệm chính), bộ phận {partner.lower()} (phối "
              f"hợp) và thời hạn {due.lower()} (hoàn thành)."]
    rows = [["Lô 01 — Xuống trại ong của hợp tác xã xem cách lọc sáp"],
            [f"{lead}: Phòng Nguyên liệu", f"{partner}: Xưởng Đổ nến; Tổ Kiểm tra", f"{due}: 15/9/2025"],
            ["Lô 02 — Thanh toán tiền hàng cho hợp tác xã trong 10 ngày"],
            [f"{lead}: Phòng Tài chính - Kế toán", f"{partner}: —", f"{due}: sau mỗi lần nhận hàng"],
            ["Lô 03 — Tổng kết năm đầu mua sáp của hợp tác xã"],
            [f"{lead}: Phòng Kinh doanh", f"{partner}: Phòng Nguyên liệu", f"{due}: 31/7/2026"]]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, ["III. TỔ CHỨC THỰC HIỆN"])
    assert [t[:6] for t in draft.texts()] == ["Lô 01 ", "Lô 02 ", "Lô 03 "]
    assert draft.lead("Lô 01") == ["Phòng Nguyên liệu"]
    assert draft.coop("Lô 01") == ["Xưởng Đổ nến", "Tổ Kiểm tra"]  # a list in a cell, the next cell's label after it
    assert draft["Lô 01"]["deadline"]["before"] == "2025-09-15"
    assert draft.lead("Lô 03") == ["Phòng Kinh doanh"]
    assert draft["Lô 03"]["deadline"]["before"] == "2026-07-31"


# --- a timeline's box heads ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [("Trước 30/11/2025\t01", "02\tTháng 12/2025"),
                                           ("01\tTrước 30/11/2025", "Tháng 12/2025\t02")])
def test_a_timelines_box_heads_date_the_work_under_them(tmp_path, first, second):
    lines = ["III. LỘ TRÌNH THỰC HIỆN", "Trên mỗi ô là thời hạn.", first,
             "Đến xưởng của các hợp tác xã chọn loại cói sợi nhỏ, đặt đan thử 200 đôi quai",
             "Chủ trì: Phòng Phát triển mẫu", "Phối hợp: Phòng Mua hàng", second,
             "Ký hợp đồng khung mua quai cói năm 2026 với hai hợp tác xã", "Chủ trì: Phòng Mua hàng",
             "Phối hợp: Phòng Tài chính - Kế toán"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Đến xưở", "Ký hợp "]
    assert draft["Đến xưởng"]["deadline"]["before"] == "2025-11-30"
    assert draft.coop("Đến xưởng") == ["Phòng Mua hàng"]  # the next head no part of its fields
    assert draft["Ký hợp"]["deadline"]["month"] == 12


# --- the tags of an item's fields before its work ----------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, partner, due", [("Chính", "Cùng", "Xong"), ("CT", "PH", "Hạn")])
def test_tags_of_the_fields_before_the_work(tmp_path, suffix, lead, partner, due):
    lines = ["II. CÔNG VIỆC CỤ THỂ", f"(Đầu mỗi việc ghi trong ngoặc vuông: {lead} - nơi chịu trách nhiệm chính; {partner} - "
             f"nơi cùng làm; {due} - thời hạn.)", "",
             f"1. [{lead}: Ban Thường vụ Hội] [{partner}: Hội Nông dân xã] [{due}: 31/8/2026] Rà soát,",
             "lập danh sách hội viên còn khỏe muốn vào tổ hợp tác.", "",
             f"2. [{lead}: Chi hội người cao tuổi thôn Đồng Lạc] [{partner}: HTX Chè Thọ Văn] [{due}: 30/9/2026] Vận động",
             "15 hộ hội viên trồng chè vào tổ hợp tác chè sạch."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert len(draft.texts()) == 2
    first, second = draft.texts()
    assert draft.lead(first[:20]) == ["Ban Thường vụ Hội"]
    assert draft.coop(first[:20]) == ["Hội Nông dân xã"]
    assert draft[first[:20]]["deadline"]["before"] == "2026-08-31"
    assert draft.lead(second[:20]) == ["Chi hội người cao tuổi thôn Đồng Lạc"]
    assert draft.coop(second[:20]) == ["HTX Chè Thọ Văn"]


@pytest.mark.parametrize("name", ["Nhiệm vụ", "Nội dung"])
def test_the_title_of_an_item_numbered_by_its_name_opens_its_one_paragraph(tmp_path, name):
    lines = ["II. NHIỆM VỤ, GIẢI PHÁP", "", f"{name} 1: Củng cố, sắp xếp lại hợp tác xã sau hợp nhất", "",
             "Rà soát hợp tác xã đăng ký tại các huyện cũ, giải thể hợp tác xã ngừng hoạt động. Giao: Sở Tài chính chủ trì;"
             " hoàn thành trong quý III/2026.", "", f"{name} 2: Phát triển hợp tác xã trồng vải thiều", "",
             "Hỗ trợ hợp tác xã xây dựng vùng sản xuất tập trung. Giao: Sở Nông nghiệp và Môi trường; thời gian: năm 2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    first, second = draft.texts()
    assert first.startswith(f"{name} 1: Củng cố") and second.startswith(f"{name} 2: Phát triển")
    assert "Rà soát hợp tác xã" in draft[f"{name} 1"]["text"]  # the title, then its work
    assert draft.lead(f"{name} 1") == ["Sở Tài chính"]
    assert draft[f"{name} 2"]["deadline"]["year"] == 2027


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("title, lead", [("B. CÁC HỢP TÁC XÃ DU LỊCH CỘNG ĐỒNG", "Các hợp tác xã du lịch cộng đồng"),
                                         ("B. LIÊN MINH HỢP TÁC XÃ TỈNH", "Liên minh Hợp tác xã tỉnh")])
def test_a_lettered_part_named_for_its_doers_gives_them_its_items(tmp_path, suffix, title, lead):
    lines = ["Kính gửi: các cơ quan, đơn vị.", "", "A. CÁC PHÒNG THUỘC SỞ", "",
             "1) Phòng Quản lý du lịch kiểm tra điều kiện đón khách của 09 hợp tác xã; xong trước 20/11/2025.", "",
             title, "", "2) Công khai giá dịch vụ, không ép giá khách dịp lễ, Tết; gửi số khách về Sở trước ngày "
             "28/02/2026."]
    draft = written_as(tmp_path, "cong-van", suffix, _head(issuer="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", number="19/SVHTTDL",
                                                          place="Lai Châu", title="V/v đón khách mùa du lịch") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Phòng Q", "Công kh"]
    assert [name.lower() for name in draft.lead("Công khai")] == [lead.lower()]  # (a class as its title prints it)
