"""kehoach import: Word's symbol-font bullets saved as text, a body's name over its bullets whose last words are a
verb's, pandoc's bracketed spans, and a table's milestone column (issue 11).

- Word writes the glyph of a Wingdings or Symbol bullet as the Latin letter of its code point, then a TAB, when a
  list is copied or saved as plain text: "Ø<TAB>" (an arrowhead), "ü<TAB>" (a tick), "v<TAB>" (a diamond), "q<TAB>"
  (a box), "§<TAB>" (a small square, the second level) …: each is a bullet, before a doer in lower case too
  ("Ø<TAB>phòng Kinh tế thống kê …"); a one-letter word at a line's start without the TAB is no bullet.
- A body's name alone with its colon over bullets leads them, its last words a name's even where they are a verb's
  elsewhere, typed in lower case after its type ("Trung tâm dịch vụ tổng hợp xã:", "Trung tâm tư vấn hỗ trợ
  phường:"): each bullet is a task of its own, led by it.
- Pandoc's Markdown writer prints what Word underlined, set in small capitals or highlighted as a bracketed span
  ("[Phòng Văn hóa - Xã hội]{.underline} in băng rôn …", "[Hội Nông dân]{.smallcaps}", wrapped over lines): read as its
  text, so the doer leads and no bracket is quoted; the check finds the quotation in the document as printed.
- A table's column headed "Mốc" alone is the row's milestone, its time ("trước 31/10/2026", "05/11").
- A line that gives the item's time by what is sent by then, to whom and how ("Thời hạn gửi về Sở (qua Phòng Tiêu
  chuẩn Đo lường Chất lượng): trước ngày 05/11/2026.", "Thời gian nộp hồ sơ: …"), under the item or after its
  sentence, is that item's time, no task of its own.
- A class of cooperatives with the words that pick its members out, alone with its colon over lettered items ("5.
  Các hợp tác xã có sản phẩm OCOP:" / "a) Đăng ký …"): the class as printed leads them.
  Named so, the class is no body where the document names cooperatives in its running text ("… xác định các HTX
  không phát sinh doanh thu …" is no partner).
- Whom to call by name, with a number ("Cần trao đổi thêm, đề nghị gọi ông …, số máy …./.", "… xin gọi điện cho bà
  …, điện thoại …"), is a contact line, no task; a body that calls someone as its work still is.
- A body's name and its colon, then its duties numbered inline in one paragraph ("1. Phòng Kinh tế: (1) rà soát …,
  xong trước 30/11; (2) hướng dẫn …, nộp trong tháng 12"; "- Các HTX, THT: (1) …; (2) …"): a task each, led by the
  body, each with its own time; an enumeration after words that are no body's name ("Cụ thể: (1) …; (2) …") stays
  one paragraph.
- The foot printed as an HTML table of its two columns after a task table in the body, as pandoc writes it a tag or
  a paragraph a line ("<td><p><strong><em>Nơi nhận:</em></strong></p>") or a line break a line ("<td><strong><em>Nơi
  nhận:</em></strong><br />"): the body ends there, the task table stays in the body, the signer is read, and no
  addressee is a task.
- Up to the Lunar New Year's Eve ("Từ 25/01/2027 đến đêm Giao thừa", "xong trước Giao thừa", "đến hết chiều 30
  Tết"): before the day before the next Tết on or after the signing, from the table of Tết days, said for review.
- The addressees told to carry the plan out strictly, and nothing else ("Các đơn vị thực hiện nghiêm túc./.", "Các
  cơ quan, đơn vị, HTX, THT có tên trên nghiêm túc thực hiện./."), is no task; a duty so worded still is.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from drafts import gives_no_task, with_table, written, written_as
from generator.text import SourceText, unspanned

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}\t{place}, ngày 22 tháng 9 năm 2026", "", "KẾ HOẠCH", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Văn Thiêm"]
COMMUNES = [dict(issuer="ỦY BAN NHÂN DÂN XÃ BÚNG LAO", number="186/KH-UBND", place="Búng Lao",
                 title="Thu hoạch và tiêu thụ cà phê của các hợp tác xã vụ 2026 - 2027"),
            dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN HỘI", number="92/KH-UBND", place="Tân Hội",
                 title="Hỗ trợ các hợp tác xã rau tiêu thụ sản phẩm dịp Tết")]


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


@pytest.mark.parametrize("first, second, commune", [("Ø", "§", COMMUNES[0]), ("v", "ü", COMMUNES[1]),
                                                    ("q", "§", COMMUNES[1])])
def test_words_symbol_font_bullets_saved_as_text(tmp_path, first, second, commune):
    lines = _head(**commune) + [
        "II. NHIỆM VỤ CỤ THỂ", "1. Trước khi vào vụ",
        f"{first}\tphòng Kinh tế thống kê diện tích, sản lượng của mỗi hợp tác xã, xong trước 05/10.",
        f"{first}\tCông an xã:",
        f"\t{second}\tLập tổ tuần tra chung với lực lượng bảo vệ của các hợp tác xã, duy trì suốt vụ thu hoạch.",
        f"\t{second}\tkiểm tra các điểm thu mua, xử lý việc mua bán nông sản non; trong tháng 11.",
        f"{first}\tĐề nghị Hội Nông dân xã vận động hội viên không bán nông sản non.", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t["text"][:12] for t in draft.tasks] == ["phòng Kinh t", "Lập tổ tuần ", "kiểm tra các", "Đề nghị Hội "]
    assert draft.lead("phòng Kinh tế") == ["phòng Kinh tế"]
    assert draft["phòng Kinh tế"]["deadline"]["before"] == "2026-10-05"
    assert draft.lead("Lập tổ") == draft.lead("kiểm tra") == ["Công an xã"]
    assert draft.lead("Đề nghị") == ["Hội Nông dân xã"]


@pytest.mark.parametrize("word", ["v", "l"])
def test_a_one_letter_word_without_its_tab_is_no_bullet(tmp_path, word):
    lines = _head(**COMMUNES[0]) + [
        "II. NHIỆM VỤ", "1. Phòng Kinh tế hướng dẫn các hợp tác xã lập phương án thu mua, bảo quản",
        f"{word} sấy khô nông sản của thành viên; xong trong tháng 10.", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t["text"] for t in draft.tasks] == [
        f"Phòng Kinh tế hướng dẫn các hợp tác xã lập phương án thu mua, bảo quản {word} sấy khô nông sản của thành "
        "viên; xong trong tháng 10."]


@pytest.mark.parametrize("centre", ["Trung tâm dịch vụ tổng hợp xã", "Trung tâm tư vấn hỗ trợ phường"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_bodys_name_over_its_bullets_ending_in_a_verbs_words(tmp_path, centre, suffix):
    lines = _head(**COMMUNES[0]) + [
        "II. NHIỆM VỤ", "1. Trong vụ thu hoạch", f"- {centre}:",
        "+ Giúp các hợp tác xã ghi sổ theo dõi thu hái, sơ chế; thường xuyên.",
        "+ Cùng phòng Kinh tế kiểm tra xưởng sơ chế của các hợp tác xã; xong trong tháng 12.",
        "- Phòng Kinh tế tổng hợp báo cáo:", "+ Kết quả thu hoạch của từng hợp tác xã; trước 20/01/2027."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Giúp các") == draft.lead("Cùng phòng") == [centre]
    assert not any(t["text"].startswith(centre) for t in draft.tasks)  # the heading is no task of its own


SPANS = [["a\\) [Phòng Văn hóa - Xã hội]{.underline} in băng rôn, đăng tin trên trang thông tin điện tử của",
          "phường trước mỗi phiên chợ.", "",
          "b\\) Đề nghị [Ngân hàng Chính sách xã hội khu vực Điện",
          "Bàn]{.underline} xem xét cho các tổ hợp tác vay vốn, giải ngân trước ngày 15/12/2026.", ""],
         ["a\\) [Hội Nông dân xã]{.smallcaps} giới thiệu hội viên có nông sản đạt chuẩn vào bán tại phiên",
          "chợ; thường xuyên.", "",
          "b\\) [Đoàn Thanh niên xã]{#doan .mark} hướng dẫn các hợp tác xã bán hàng qua mạng, xong trong",
          "tháng 11/2026.", ""]]


@pytest.mark.parametrize("spans", SPANS)
def test_pandoc_spans_are_read_as_their_text(tmp_path, spans):
    lines = [line.replace("\t", " | ") for line in _head(**COMMUNES[1])] + ["", "II. NHIỆM VỤ", ""] + spans + [
        "III. TỔ CHỨC THỰC HIỆN", "", "Các đơn vị thực hiện nghiêm túc./.", ""] + [
        line.replace("\t", " | ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == 2
    assert not any(mark in t["text"] for t in draft.tasks for mark in "[]{}")
    first, second = draft.tasks
    assert draft.names[first["lead"][0]] in ("Phòng Văn hóa - Xã hội", "Hội Nông dân xã")
    assert draft.names[second["lead"][0]] in ("Ngân hàng Chính sách xã hội khu vực Điện Bàn", "Đoàn Thanh niên xã")
    source = SourceText(draft.path.read_text(encoding="utf-8"))
    for task in draft.tasks:  # what the check does: the quotation is in the document as printed
        assert source.find(task["text"]) is not None


def test_a_span_never_runs_over_a_blank_line_and_brackets_stay():
    assert unspanned("[a\n\nb]{.underline}") == "[a\n\nb]{.underline}"
    assert unspanned("theo mục [1] và [2] của Phụ lục") == "theo mục [1] và [2] của Phụ lục"
    assert unspanned("[Sở Tài\nchính]{.underline lang=vi} chủ trì") == "Sở Tài\nchính chủ trì"


@given(st.text(alphabet="ab[]{}.#=\n x", max_size=40))
def test_unspanned_keeps_every_line_and_never_adds(text):
    out = unspanned(text)
    assert out.count("\n") == text.count("\n") and len(out) <= len(text)
    assert unspanned(out.replace("]{", "")) == out.replace("]{", "")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("head", ["Mốc", "Mốc hoàn thành"])
def test_a_milestone_column(tmp_path, suffix, head):
    rows = [["1", "Ký hợp đồng liên kết với từng hợp tác xã", "8/8 HTX", "Phòng Kinh doanh", "trước 31/10/2026"],
            ["2", "Chấm điểm chuồng trại của các hợp tác xã", "≥ 6/8 trại đạt", "Phòng Kỹ thuật", "05/11"]]
    lines = with_table(_head(**COMMUNES[1]) + ["III. PHÂN CÔNG"], ["TT", "Hạng mục", "Chỉ tiêu", "Phụ trách", head],
                       rows, TAIL, suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines) if suffix == ".txt" else written(
        tmp_path, "ke-hoach.md", lines)
    assert draft["Ký hợp đồng"]["deadline"]["before"] == "2026-10-31"
    assert draft["Chấm điểm"]["deadline"]["before"] == "2026-11-05"
    assert draft.lead("Chấm điểm") == ["Phòng Kỹ thuật"]


@pytest.mark.parametrize("text, closing", [
    ("Các đơn vị thực hiện nghiêm túc./.", True),
    ("Các cơ quan, đơn vị, HTX, THT có tên trên nghiêm túc thực hiện./.", True),
    ("Các phòng nghiêm túc thực hiện Kế hoạch này./.", True),
    ("Các đơn vị thực hiện nghiêm túc chế độ báo cáo hằng tháng về UBND xã./.", False),
    ("Các tổ dân phố nghiêm túc thực hiện việc thu gom rác trước 30/11./.", False)])
def test_the_addressees_told_to_carry_it_out_strictly(text, closing):
    assert gives_no_task(text) is closing


@pytest.mark.parametrize("suffix, line", [
    (".md", "   *Thời hạn gửi về Sở (qua Phòng Tiêu chuẩn Đo lường Chất lượng): trước ngày 05/11/2026.*"),
    (".txt", "Thời gian nộp hồ sơ về UBND tỉnh: trước ngày 05/11/2026.")])
def test_a_time_line_said_of_what_is_sent(tmp_path, suffix, line):
    items = ["1. Đề nghị UBND các xã, phường cử 01 công chức làm đầu mối, tổng hợp số lượng tem từng hợp tác xã cần in.",
             line, "2. Phòng Kế hoạch - Tài chính cân đối kinh phí hỗ trợ in tem, trình Giám đốc Sở trong tháng 12/2026."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(**COMMUNES[1]) + ["II. NHIỆM VỤ"] + items + TAIL)
    assert [t["text"][:10] for t in draft.tasks] == ["Đề nghị UB", "Phòng Kế h"]
    assert draft["Đề nghị UB"]["deadline"]["before"] == "2026-11-05"


@pytest.mark.parametrize("cls", ["Các hợp tác xã có sản phẩm OCOP", "Các tổ hợp tác có hợp đồng liên kết"])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_class_with_its_members_picked_over_lettered_items(tmp_path, cls, suffix):
    lines = _head(**COMMUNES[1]) + [
        "II. NHIỆM VỤ", "1. Trung tâm Chuyển đổi số rà soát danh sách sản phẩm, xong trước ngày 25/10/2026.", f"2. {cls}:",
        "a) Đăng ký tài khoản trên Cổng truy xuất nguồn gốc, khai thông tin sản phẩm.",
        "b) Cập nhật nhật ký sản xuất theo từng lô hàng; thực hiện thường xuyên."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Đăng ký") == draft.lead("Cập nhật") == [cls]


@pytest.mark.parametrize("text, contact", [
    ("Cần trao đổi thêm, đề nghị gọi ông Trần Minh Luân, Phòng Tiêu chuẩn Đo lường Chất lượng, số máy 0290.3835.216./.",
     True),
    ("Mọi vướng mắc xin gọi điện cho bà Lê Thị Hoa, Văn phòng Sở, điện thoại 0236.3822.111.", True),
    ("Phòng Kinh tế gọi điện cho các hợp tác xã nhắc lịch giao hàng, trước 10/11.", False),
    ("Văn phòng gọi điện cho ông Trưởng thôn để mời họp, số máy lẻ 12.", False)])
def test_whom_to_call_is_a_contact_line(text, contact):
    assert gives_no_task(text) is contact


@pytest.mark.parametrize("cls, mention", [("Các HTX:", "các HTX"), ("Các hợp tác xã", "các hợp tác xã")])
def test_a_class_heading_is_no_body_in_the_running_text(tmp_path, cls, mention):
    lines = _head(**COMMUNES[0]) + [
        "II. NHIỆM VỤ", f"1. {cls}", "- Tự kiểm tra, cập nhật thông tin đăng ký trên Hệ thống; hạn chót 15/9/2026.",
        "- Nộp báo cáo tình hình hoạt động năm 2025 cho phòng Kinh tế xã trong tháng 9.",
        f"2. Phòng Kinh tế xã phối hợp Thuế cơ sở 4 tỉnh Điện Biên xác định {mention} không phát sinh doanh thu từ 2 năm "
        "trở lên, xong trước 30/9/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Tự kiểm tra") == [cls.rstrip(":")]
    assert draft.coop("Phòng Kinh tế xã") == ["Thuế cơ sở 4 tỉnh Điện Biên"]


@pytest.mark.parametrize("cls", ["Các tổ hợp tác, hợp tác xã nhận khoán", "Các hợp tác xã có rừng nhận khoán"])
def test_a_class_picked_out_is_that_body_in_the_running_text(tmp_path, cls):
    lines = _head(**COMMUNES[0]) + [
        "II. NHIỆM VỤ", f"1. {cls}:", "- Ký cam kết bảo vệ rừng với Ban quản lý; xong trước 30/10/2026.",
        "2. Hạt Kiểm lâm", "- Tập huấn phòng cháy cho lực lượng bảo vệ rừng trong tháng 11/2026.",
        f"- {cls} phát dọn thực bì dọc đường băng cản lửa, xong trước 15/11/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Ký cam kết") == [cls]
    assert draft.lead(cls) == [cls]


@pytest.mark.parametrize("suffix, item, who", [
    (".txt", "1. Phòng Kinh tế: ", "Phòng Kinh tế"),
    (".md", "- Các HTX, THT: ", "Các HTX, THT")])
def test_a_bodys_duties_numbered_inline(tmp_path, suffix, item, who):
    lines = _head(**COMMUNES[1]) + ["II. PHÂN CÔNG", item + "(1) rà soát số hộ, số cây thốt nốt đang khai thác của từng "
                                    "tổ hợp tác, xong trước 30/11; (2) hướng dẫn các tổ hợp tác hoàn chỉnh hồ sơ đánh giá "
                                    "sản phẩm OCOP, nộp trong tháng 12; (3) lập danh sách đoạn kênh cần nạo vét, trình "
                                    "UBND xã trước mùa khô."] + TAIL
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert [t["text"][:9] for t in draft.tasks] == ["rà soát s", "hướng dẫn", "lập danh "]
    assert all(draft.lead(t["text"][:9]) == [who] for t in draft.tasks)
    assert draft["rà soát"]["deadline"]["before"] == "2026-11-30"
    assert draft["hướng dẫn"]["deadline"]["month"] == 12


@pytest.mark.parametrize("item", [
    "1. Phòng Kinh tế rà soát các tổ hợp tác. Cụ thể: (1) số hộ, số cây; (2) sản lượng từng vụ; xong trước 30/11.",
    "1. Phòng Kinh tế: (1) rà soát số hộ, số cây; (3) lập danh sách kênh cần nạo vét, xong trước 30/11."])
def test_an_inline_enumeration_that_is_no_list_of_duties(tmp_path, item):
    draft = written_as(tmp_path, "ke-hoach", ".txt", _head(**COMMUNES[1]) + ["II. PHÂN CÔNG", item] + TAIL)
    assert len(draft.tasks) == 1 and draft.tasks[0]["text"].startswith("Phòng Kinh tế")


HTML_FEET = [["<table>", "<tbody>", "<tr>", "<td><p><strong><em>Nơi nhận:</em></strong></p>", "<p>- UBND tỉnh (b/c);</p>",
              "<p>- Sở Công Thương, Sở Tài chính;</p>", "<p>- Lưu: VT, PTNT.</p></td>",
              '<td style="text-align: center;"><p><strong>KT. GIÁM ĐỐC</strong></p>', "<p><strong>PHÓ GIÁM ĐỐC</strong></p>",
              "<p><strong>Trần Văn Khải</strong></p></td>", "</tr>", "</tbody>", "</table>"],
             ["<table>", "<colgroup>", '<col style="width: 50%" />', '<col style="width: 50%" />', "</colgroup>",
              "<tbody>", '<tr class="odd">', "<td><strong><em>Nơi nhận:</em></strong><br />", "- UBND tỉnh (b/c);<br />",
              "- Sở Công Thương, Sở Tài chính;<br />", "- Lưu: VT, PTNT.</td>",
              "<td><strong>KT. GIÁM ĐỐC<br />", "PHÓ GIÁM ĐỐC</strong><br />", "<br />",
              "<strong>Trần Văn Khải</strong></td>", "</tr>", "</tbody>", "</table>"]]


@pytest.mark.parametrize("foot", HTML_FEET)
def test_a_foot_printed_as_an_html_table_after_a_task_table(tmp_path, foot):
    rows = [["1", "Khảo sát chất lượng muối tại đồng muối của 05 hợp tác xã", "Chi cục Quản lý chất lượng",
             "UBND xã Cà Ná", "Tháng 7/2026"],
            ["2", "Hướng dẫn các hợp tác xã ghi chép nhật ký đồng muối", "Trung tâm Khuyến nông", "", "Quý III/2026"]]
    before = ["| ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
              "| **SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG** | **Độc lập - Tự do - Hạnh phúc** |",
              "| Số: 3468/KH-SNNMT | *Khánh Hòa, ngày 09 tháng 6 năm 2026* |", "", "**KẾ HOẠCH**", "",
              "**Hỗ trợ các hợp tác xã diêm nghiệp năm 2026**", "", "**II. NHIỆM VỤ, PHÂN CÔNG**"]
    after = ["**III. TỔ CHỨC THỰC HIỆN**", "",
             "1\\. Đề nghị UBND xã Cà Ná chỉ đạo các hợp tác xã diêm nghiệp tham gia đầy đủ các hoạt động.", ""] + foot
    lines = with_table(before, ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], rows,
                       after, ".md")
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert [t["text"][:10] for t in draft.tasks] == ["Khảo sát c", "Hướng dẫn ", "Đề nghị UB"]
    assert all(t["place"]["part"] == "body" for t in draft.tasks)
    assert draft.plan["signer"]["name"] == "Trần Văn Khải"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_up_to_the_lunar_new_years_eve(tmp_path, suffix):
    rows = [["1", "Giữ an ninh trật tự, phòng cháy tại khu bán hàng hoa Tết", "Ban quản lý chợ", "Công an phường",
             "Từ 25/01/2027 đến đêm Giao thừa"],
            ["2", "Bố trí điểm bán cho các hợp tác xã rau", "Phòng Kinh tế", "", "Trước 15/01/2027"]]
    lines = with_table(_head(**COMMUNES[1]) + ["II. PHÂN CÔNG"], ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
                       rows, ["III. TỔ CHỨC THỰC HIỆN", "1. Các hợp tác xã thu dọn điểm bán, xong trước Giao thừa."] + TAIL,
                       suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines) if suffix == ".txt" else written(tmp_path, "ke-hoach.md", lines)
    assert draft["Giữ an ninh"]["deadline"]["before"] == "2027-02-05"  # Tết Đinh Mùi: 06/02/2027
    assert draft["Các hợp tác xã thu dọn"]["deadline"]["before"] == "2027-02-05"
    assert draft["Bố trí điểm"]["deadline"]["before"] == "2027-01-15"
    assert any("Giao thừa" in note for note in draft["Giữ an ninh"]["review"])
