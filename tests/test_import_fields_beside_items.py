"""kehoach import: an item's fields written beside it in ways a wiki, a notes app or a Party committee writes them
(issue 11).

- A Markdown definition list (pandoc, PHP Markdown Extra): the item its term, each field a definition under it
  (": Chủ trì: Sở Tài chính", "~ Thời hạn: …"); a label printed alone over ": its value" is no term.
- A small table of two columns under an item, a field a row ("| **Chủ trì** | Phòng X |", a .docx's row "Chủ trì" |
  "Phòng X"), maybe under a header ("Hạng mục | Chi tiết"): the item's labelled lines, a dash for no value.
- The body that advises on the item, labelled "Cơ quan tham mưu:" or "Đơn vị tham mưu:", leads it; a lead with a
  bracket of its own ("Ban Tuyên giáo (sau đây gọi là Ban TG), phối hợp …") before its partners.
- A sentence saying what each item below carries ("Mỗi nhiệm vụ dưới đây ghi kèm cơ quan chủ trì …") is no task.
- A class of bodies by their type in lower case and their shared name ("Các trạm Khuyến nông", "các đội Quản lý
  thị trường") is a body; a class of cooperatives under a lead's label ("Chủ trì: Các HTX nông nghiệp có bể chứa")
  leads, as printed.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import Draft, gives_no_task, named_as, names_of, plan_head, written

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


def test_a_small_table_of_fields_under_each_markdown_item(tmp_path):
    lines = ["Mỗi việc dưới đây kèm một bảng nhỏ ghi đơn vị chủ trì, phối hợp và thời hạn.", ""]
    for number, (title, detail, rows) in enumerate(_FIELDS, start=1):
        lines += [f"#### {number}. {title}", "", detail, "", "| Hạng mục | Chi tiết |", "|---|---|",
                  *[f"| **{label}** | {value} |" for label, value in rows], ""]
    _checked(_md(tmp_path, lines))


def test_a_small_table_of_fields_under_each_item_of_a_word_document(tmp_path):
    import docx

    document = docx.Document()
    for line in plan_head("ngày 05 tháng 11 năm 2026", **TINH):
        document.add_paragraph(line)
    for number, (title, detail, rows) in enumerate(_FIELDS, start=1):
        document.add_paragraph(f"{number}. {title}")
        document.add_paragraph(detail)
        table = document.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows):
            row.cells[0].text, row.cells[1].text = label, value
    for line in TAIL:
        document.add_paragraph(line)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    _checked(Draft(path))


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
