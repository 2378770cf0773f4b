"""kehoach import: an item's fields written beside it in ways a wiki, a notes app or a Party committee writes them,
and a copy printed with line numbers (issue 11).

- A Markdown definition list (pandoc, PHP Markdown Extra): the item its term, each field a definition under it
  (": Chủ trì: Sở Tài chính", "~ Thời hạn: …"); a label printed alone over ": its value" is no term.
- A small table of two columns under an item, a field a row ("| **Chủ trì** | Phòng X |"), under a header of its
  own ("Hạng mục | Chi tiết") or none: the item's labelled lines, a dash for no value (a .docx's such table:
  ``test_import_label_cells``).
- The body that advises on the item, labelled "Cơ quan tham mưu:" or "Đơn vị tham mưu:", leads it; a lead with a
  bracket of its own ("Ban Tuyên giáo (sau đây gọi là Ban TG), phối hợp …") before its partners.
- A copy printed with line numbers in its margin ("19 1. Phòng …", "20 chuyển cho …"; "  19    …" as a layout dump
  pads them; a spreadsheet's row numbers before its cells) is read without them, and quoted from the text without
  them; a list numbered an item a line, or a table's numbered rows, keep their numbers.
- A sentence saying what each item below carries ("Mỗi nhiệm vụ dưới đây ghi kèm cơ quan chủ trì …") is no task.
- A labelled lead, its role, then more work ("Thực hiện: UBND các xã có vùng trồng hồi thực hiện, gửi danh sách về
  …"): the body before its role leads; a short name defined for the issuer ("Trung tâm") is no part of a longer name
  that begins with its words ("cùng Trung tâm Khuyến nông tỉnh").
- A class addressed with its members in brackets ("Các thôn vùng đồi (thôn Đông, thôn Tây):") is named by the words
  before them.
- A class of bodies by their type in lower case and their shared name ("Các trạm Khuyến nông", "các đội Quản lý
  thị trường") is a body; a class of cooperatives under a lead's label ("Chủ trì: Các HTX nông nghiệp có bể chứa")
  leads, as printed.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, names_of, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tĐinh Văn Hưng"]
TINH = dict(issuer="ỦY BAN NHÂN DÂN TỈNH THANH HÓA", number="188/KH-UBND", place="Thanh Hóa",
            title="Nâng chất lượng hoạt động của hợp tác xã năm 2027")
MD_HEAD = ["**ỦY BAN NHÂN DÂN TỈNH THANH HÓA**  ", "Số: 188/KH-UBND", "",
           "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
           "*Thanh Hóa, ngày 05 tháng 11 năm 2026*", "", "# KẾ HOẠCH", "",
           "## Nâng chất lượng hoạt động của hợp tác xã năm 2027", "", "## I. MỤC TIÊU", "",
           "- Giảm số hợp tác xã yếu xuống dưới 100 vào cuối năm 2027.", "", "## II. NHIỆM VỤ VÀ PHÂN CÔNG", ""]
MD_TAIL = ["", "**Nơi nhận:**  ", "- Lưu: VT.", "", "**TM. ỦY BAN NHÂN DÂN**  ", "**KT. CHỦ TỊCH**", "",
           "**Đinh Văn Hưng**"]


def _md(tmp_path, lines, name="ke-hoach.md"):
    return written(tmp_path, name, MD_HEAD + lines + MD_TAIL)


def _txt(tmp_path, lines, doc=TINH):
    return written(tmp_path, "ke-hoach.txt", plan_head("ngày 05 tháng 11 năm 2026", **doc) + lines + TAIL)


@pytest.mark.parametrize("term, mark", [("**1. {}**", ":"), ("#### 1. {}", "~")])
def test_a_definition_list_gives_each_item_its_fields(tmp_path, term, mark):
    items = [("Rà soát, phân loại hợp tác xã theo một bộ tiêu chí chung", ["Chủ trì: Sở Tài chính",
              "Phối hợp: Liên minh Hợp tác xã tỉnh; Sở Nông nghiệp và Môi trường", "Thời hạn: trước 31/3/2027"]),
             ("Thanh tra việc sử dụng vốn hỗ trợ của Nhà nước tại 30 hợp tác xã", ["Chủ trì: Thanh tra tỉnh",
              "Thời hạn: quý III/2027"])]
    lines = []
    for number, (text, given) in enumerate(items, start=1):
        lines += [term.replace("1.", f"{number}.", 1).format(text), *[f"{mark}   {field}" for field in given], ""]
    draft = _md(tmp_path, lines)
    assert [t[:10] for t in draft.texts()] == ["Rà soát, p", "Thanh tra "]
    assert named_as(draft.lead("Rà soát"), ["Sở Tài chính"])
    assert named_as(draft.coop("Rà soát"), ["Liên minh Hợp tác xã tỉnh", "Sở Nông nghiệp và Môi trường"])
    assert draft["Rà soát"]["deadline"]["before"] == "2027-03-31"
    assert named_as(draft.lead("Thanh tra"), ["Thanh tra tỉnh"])
    assert draft["Thanh tra"]["deadline"]["quarters"] == [3]


@pytest.mark.parametrize("lines", [["1. Rà soát, phân loại hợp tác xã theo một bộ tiêu chí chung", "Chủ trì",
                                     ": Sở Tài chính"],
                                    ["- Thời hạn", ":   trước 31/3/2027"]])
def test_a_label_printed_alone_over_its_value_is_no_term(lines):
    from generator.importer import layout

    paras = layout.paragraphs(lines, 0, len(lines))
    assert [p.kind for p in paras] == [lines[0][:1].replace("1", "num").replace("-", "bullet")]
    assert paras[0].text.endswith(lines[-1].lstrip(": "))


_FIELDS = [("Rà soát bể chứa bao gói thuốc bảo vệ thực vật trên đồng ruộng",
            "Kiểm đếm bể chứa ở cánh đồng do các hợp tác xã quản lý; đề xuất vị trí cần xây thêm.",
            [("Chủ trì", "Sở Nông nghiệp và Môi trường"), ("Phối hợp", "UBND các xã, các đội Quản lý thị trường"),
             ("Thời hạn", "Trước 15/10/2026")]),
           ("Hỗ trợ xây mới bể chứa", "Hỗ trợ xi măng, nắp tôn để các hợp tác xã xây mới 120 bể chứa có nắp đậy.",
            [("Chủ trì", "Sở Tài chính"), ("Phối hợp", "—"), ("Thời hạn", "Quý IV/2026"),
             ("Kinh phí", "Sự nghiệp môi trường năm 2026: 372 triệu đồng")]),
           ("Thu gom định kỳ", "Chuyển bao gói từ bể về điểm tập kết của xã, ghi sổ khối lượng từng lần.",
            [("Chủ trì", "Các HTX nông nghiệp có bể chứa"), ("Phối hợp", "Các trạm Khuyến nông"),
             ("Thời hạn", "Tháng 11/2026")])]


def _checked(draft):
    assert [t[:12] for t in draft.texts()] == ["Rà soát bể c", "Hỗ trợ xây m", "Thu gom định"]
    assert named_as(draft.lead("Rà soát"), ["Sở Nông nghiệp và Môi trường"])
    assert named_as(draft.coop("Rà soát"), ["UBND các xã", "các đội Quản lý thị trường"])
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-15"
    assert named_as(draft.lead("Hỗ trợ xây"), ["Sở Tài chính"]) and draft.coop("Hỗ trợ xây") == []
    assert draft["Hỗ trợ xây"]["deadline"]["quarters"] == [4]
    assert draft.lead("Thu gom") == ["Các HTX nông nghiệp có bể chứa"]
    assert draft.coop("Thu gom") == ["Các trạm Khuyến nông"]
    assert draft["Thu gom"]["deadline"]["month"] == 11


@pytest.mark.parametrize("header", [True, False])
def test_a_small_table_of_fields_under_each_markdown_item(tmp_path, header):
    lines = ["Mỗi việc dưới đây kèm một bảng nhỏ ghi đơn vị chủ trì, phối hợp và thời hạn.", ""]
    for number, (title, detail, rows) in enumerate(_FIELDS, start=1):
        table = [f"| **{label}** | {value} |" for label, value in rows]
        # a header of its own, or the first field as the header (a converter's table that has none)
        table = ["| Hạng mục | Chi tiết |", "|---|---|", *table] if header else [table[0], "|---|---|", *table[1:]]
        lines += [f"#### {number}. {title}", "", detail, "", *table, ""]
    _checked(_md(tmp_path, lines))


def test_a_two_column_task_table_is_no_table_of_fields(tmp_path):
    lines = ["| Nội dung | Đơn vị thực hiện |", "|---|---|", "| Rà soát hợp tác xã, xong trước 31/3/2027 | Sở Tài chính |",
             "| Thanh tra vốn hỗ trợ trong quý III/2027 | Thanh tra tỉnh |", ""]
    draft = _md(tmp_path, lines)
    assert [t[:10] for t in draft.texts()] == ["Rà soát hợ", "Thanh tra "]
    assert named_as(draft.lead("Thanh tra"), ["Thanh tra tỉnh"])


@pytest.mark.parametrize("lines", [
    ["Nhiệm vụ 1: Tuyên truyền cho hội viên lợi ích của việc vào tổ hợp tác. Cơ quan tham mưu: Ban Tuyên giáo - "
     "Chính sách (sau đây gọi là Ban TG-CS), phối hợp Báo và Phát thanh, Truyền hình Thanh Hóa. Thời gian: trong quý "
     "IV/2026.", "",
     "Nhiệm vụ 2: Hướng dẫn thành lập tổ hợp tác theo từng cụm thôn. Cơ quan tham mưu: Ban Kinh tế - Xã hội chủ trì, "
     "Trung tâm Hỗ trợ nông dân tỉnh phối hợp. Thời gian: tháng 12/2026.", ""],
    ["1. Tuyên truyền cho hội viên lợi ích của việc vào tổ hợp tác.",
     "- Đơn vị tham mưu: Ban Tuyên giáo - Chính sách (Hội Nông dân tỉnh), phối hợp Báo và Phát thanh, Truyền hình "
     "Thanh Hóa.", "- Thời gian: trong quý IV/2026.",
     "2. Hướng dẫn thành lập tổ hợp tác theo từng cụm thôn.", "- Cơ quan tham mưu: Ban Kinh tế - Xã hội.",
     "- Phối hợp: Trung tâm Hỗ trợ nông dân tỉnh.", "- Thời gian: tháng 12/2026.", ""],
])
def test_the_body_that_advises_leads(tmp_path, lines):
    doc = dict(issuer="HỘI NÔNG DÂN TỈNH THANH HÓA", number="96-KH/HNDT", place="Thanh Hóa",
               title="Vận động hội viên vào tổ hợp tác, hợp tác xã năm 2026")
    draft = _txt(tmp_path, lines, doc)
    first, second = draft.texts()
    assert named_as(draft.lead(first[:20]), ["Ban Tuyên giáo - Chính sách"])
    assert named_as(draft.coop(first[:20]), ["Báo và Phát thanh, Truyền hình Thanh Hóa"])
    assert draft[first[:20]]["deadline"]["quarters"] == [4]
    assert named_as(draft.lead(second[:20]), ["Ban Kinh tế - Xã hội"])
    assert named_as(draft.coop(second[:20]), ["Trung tâm Hỗ trợ nông dân tỉnh"])


@pytest.mark.parametrize("text", [
    "Mỗi nhiệm vụ dưới đây ghi kèm cơ quan chủ trì, cơ quan phối hợp và thời hạn.",
    "Mỗi việc dưới đây kèm một bảng nhỏ ghi đơn vị chủ trì, phối hợp và thời hạn.",
    "Từng nội dung sau đây nêu rõ đơn vị chủ trì và thời gian hoàn thành.",
])
def test_a_note_on_what_each_item_carries_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("text", ["Mỗi nhiệm vụ phải được Sở Tài chính thẩm định trước khi trình UBND tỉnh.",
                                  "Từng hợp tác xã ghi sổ khối lượng bao gói thu gom."])
def test_a_rule_for_each_item_is_no_reading_note(text):
    assert not gives_no_task(text)


@pytest.mark.parametrize("text", ["Các trạm Trồng trọt và BVTV khu vực", "các đội Quản lý thị trường",
                                  "Các trung tâm Y tế khu vực"])
def test_a_class_of_bodies_by_their_type_in_lower_case(text):
    assert names_of(text) == [text]


@pytest.mark.parametrize("text", ["các tổ hợp tác", "các phòng chống thiên tai"])
def test_a_class_of_common_words_is_no_body(text):
    assert names_of(text) == []


_NUMBERED_BODY = [
    "Trung tâm Khuyến nông tỉnh (sau đây gọi là Trung tâm) xây dựng Kế hoạch hỗ trợ các hợp tác xã",
    "trồng lúa chất lượng cao năm 2027 như sau:",
    "I. MỤC ĐÍCH",
    "- Có bản đồ ranh giới ruộng của từng hợp tác xã, sai số diện tích dưới 5%.",
    "II. NHIỆM VỤ",
    "1. Phòng Kỹ thuật lập bản đồ ranh giới ruộng của 14 hợp tác xã, phối hợp Sở",
    "Nông nghiệp và Môi trường đối chiếu với diện tích đăng ký; xong trước ngày 20/11/2026.",
    "2. Phòng Thông tin ra bản tin 12 ngày một lần về diện tích đã xuống giống của từng hợp",
    "tác xã, gửi các hợp tác xã qua thư điện tử (thường xuyên trong vụ).",
    "3. Văn phòng Trung tâm tổng hợp kết quả, dự thảo báo cáo để Giám đốc Trung tâm báo",
    "cáo Sở trước ngày 15/5/2027.",
]


@pytest.mark.parametrize("number", ["{n} {line}", "{n:>4}    {line}"])
def test_a_copy_printed_with_line_numbers(tmp_path, number):
    from generator.text import SourceText

    body = [number.format(n=n, line=line) for n, line in enumerate(_NUMBERED_BODY, start=1)]
    body = body[:7] + [""] + body[7:]  # a page ends; the numbers go on on the next
    draft = _txt(tmp_path, body)
    assert [t[:12] for t in draft.texts()] == ["Phòng Kỹ thu", "Phòng Thông ", "Văn phòng Tr"]
    assert named_as(draft.lead("Phòng Kỹ"), ["Phòng Kỹ thuật"])
    assert named_as(draft.coop("Phòng Kỹ"), ["Sở Nông nghiệp và Môi trường"])
    assert draft["Phòng Kỹ"]["deadline"]["before"] == "2026-11-20"
    assert draft["Văn phòng"]["deadline"]["before"] == "2027-05-15"
    assert draft.notes("đánh số dòng")
    text = SourceText(draft.draft.repaired_text)  # the text of record, without the numbers: every quote in it
    assert all(text.find(t) is not None for t in draft.texts())


@pytest.mark.parametrize("lines", [
    ["1 Sở Tài chính rà soát hợp tác xã yếu, xong trước 31/3/2027.",
     "2 Sở Nội vụ hướng dẫn giải thể hợp tác xã ngừng hoạt động, trong quý II/2027.",
     "3 Liên minh Hợp tác xã tỉnh đào tạo giám đốc hợp tác xã, trong quý III/2027.",
     "4 Sở Công Thương kết nối hợp tác xã với doanh nghiệp, thường xuyên.",
     "5 Thanh tra tỉnh thanh tra vốn hỗ trợ tại 30 hợp tác xã, trong quý IV/2027."],
    # a table's rows as a PDF prints them, its cells apart by TABs: a row's number, then its text wrapped from above
    [f"{n}\t{text}\tR\tC" for n, text in enumerate(["nghiệm được chỉ định, theo dõi kết quả phân tích", "giá; trình quyết",
                                                     "bổ sung khi HTX báo đã khắc phục", "lên trang thông tin",
                                                     "tại 03 HTX đã được cấp chứng nhận"], start=5)],
    # a table's rows as a PDF prints them, a row a line
    [f"{n}  Hợp tác xã {name}   {area} ha   Xã {name}" for n, (name, area) in
     enumerate([("An Phú", 120), ("Bình Minh", 95), ("Cát Tiên", 80), ("Đông Hòa", 64), ("Ea Kly", 70)], start=1)],
])
def test_a_list_numbered_an_item_a_line_keeps_its_numbers(lines):
    from generator.importer import draft

    assert draft._without_line_numbers(lines) == (lines, 0)


def test_a_spreadsheet_printed_with_its_row_numbers(tmp_path):
    sheet = ["KẾ HOẠCH NHẬN HÀNG TẠI HỢP TÁC XÃ MÙA NHÃN 2026", "I. MỤC TIÊU",
             "- Đặt 09 điểm nhận hàng tại hợp tác xã; nhận gửi ít nhất 180 tấn nhãn.", "II. PHÂN CÔNG THỰC HIỆN",
             "STT\tNội dung công việc\tChủ trì\tPhối hợp\tThời gian",
             "1\tKhảo sát, chọn 09 hợp tác xã làm điểm nhận hàng\tPhòng Kinh doanh\tPhòng Khai thác\tTháng 6/2026",
             "2\tLắp máy in tem vận đơn, cân điện tử tại từng điểm\tPhòng Công nghệ thông tin\t\tTrước 30/6/2026",
             "3\tĐối soát tiền thu hộ, chuyển khoản cho từng hợp tác xã\tPhòng Kế toán\tPhòng Kinh doanh\tHằng tuần"]
    doc = dict(issuer="CÔNG TY CỔ PHẦN CHUYỂN PHÁT HƯNG YÊN", number="58/KH-CNHY", place="Hưng Yên",
               title="Nhận hàng nhãn tại hợp tác xã năm 2026")
    # every row of the sheet printed with its number, the header's and the signature's too
    rows = plan_head("ngày 05 tháng 6 năm 2026", **doc)[:-1] + sheet + TAIL[1:]
    draft = written(tmp_path, "ke-hoach.txt", [f"{n}\t{row}" for n, row in enumerate(rows, start=1)])
    assert [t[:12] for t in draft.texts()] == ["Khảo sát, ch", "Lắp máy in t", "Đối soát tiề"]
    assert named_as(draft.lead("Khảo sát"), ["Phòng Kinh doanh"])
    assert named_as(draft.coop("Khảo sát"), ["Phòng Khai thác"])
    assert draft["Lắp máy"]["deadline"]["before"] == "2026-06-30"


@pytest.mark.parametrize("field, lead, coop", [
    ("- Thực hiện: UBND các xã có vùng trồng hồi thực hiện, gửi danh sách về Văn phòng HĐND và UBND tỉnh.",
     "UBND các xã có vùng trồng hồi", []),
    ("- Cơ quan tham mưu: Hội Nông dân các xã thực hiện, cùng Trung tâm Hỗ trợ nông dân tỉnh báo cáo Ban Kinh tế.",
     "Hội Nông dân các xã", ["Trung tâm Hỗ trợ nông dân tỉnh"]),
])
def test_a_labelled_lead_then_its_role_then_more_work(tmp_path, field, lead, coop):
    draft = _txt(tmp_path, ["1. Rà soát hộ trồng hồi theo thôn, lập danh sách hộ muốn vào tổ hợp tác.", field,
                            "- Thời gian: trước 15/10/2026."])
    assert named_as(draft.lead("Rà soát"), [lead])
    assert named_as(draft.coop("Rà soát"), coop)


@pytest.mark.parametrize("title, name, markdown", [
    ("6. Các tổ dân phố có diện tích trồng rau (tổ dân phố số 3, 5, 9, 12):", "Các tổ dân phố có diện tích trồng rau",
     False),
    ("### 2. Các thôn vùng đồi (thôn Đông, thôn Tây, thôn Nam)", "Các thôn vùng đồi", True),
])
def test_a_class_addressed_with_its_members_in_brackets(tmp_path, title, name, markdown):
    items = ["- Vận động các hộ trồng rau nhỏ lẻ tham gia tổ hợp tác rau an toàn, trong quý IV/2026.",
             "- Bố trí điểm tập kết rau cho hợp tác xã thu mua, xong trước 30/11/2026."]
    lines = [title, *items, ""]
    draft = _md(tmp_path, [x for line in lines for x in (line, "")]) if markdown else _txt(tmp_path, lines)
    assert [t[:10] for t in draft.texts()] == ["Vận động c", "Bố trí điể"]
    assert draft.lead("Vận động") == [name] and draft.lead("Bố trí") == [name]


@pytest.mark.parametrize("issuer, short, partner", [
    ("TRUNG TÂM KHUYẾN NÔNG QUỐC GIA", "Trung tâm", "Trung tâm Khuyến nông tỉnh Thanh Hóa"),
    ("HỘI NÔNG DÂN TỈNH THANH HÓA", "Hội", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THANH HÓA", "Sở", "Sở Tài chính"),
    ("CÔNG TY CỔ PHẦN GIỐNG CÂY TRỒNG THANH HÓA", "Công ty", "Công ty TNHH Phân bón Lam Sơn"),
])
def test_a_short_name_defined_for_the_issuer_is_no_part_of_a_longer_name(tmp_path, issuer, short, partner):
    name = " ".join(w.capitalize() if i == 0 else w.lower() for i, w in enumerate(issuer.split()))
    lines = [f"{name} (sau đây gọi là {short}) xây dựng Kế hoạch như sau:",
             f"1. Phòng Kỹ thuật mở 02 lớp tập huấn, phối hợp với {partner}, trong tháng 12/2026.",
             f"2. Văn phòng tổng hợp kết quả, phối hợp với {short}, báo cáo trước ngày 20/12/2026."]
    draft = _txt(tmp_path, lines, dict(issuer=issuer, number="12/KH-X", place="Thanh Hóa",
                                       title="Tập huấn cho hợp tác xã năm 2026"))
    assert named_as(draft.coop("Phòng Kỹ thuật"), [partner])
    if short in ("Trung tâm", "Công ty"):  # the short name alone stands for the issuer
        assert draft["Văn phòng"]["cooperating"] == [draft.plan["issuer"]]
