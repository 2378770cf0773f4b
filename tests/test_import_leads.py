"""kehoach import: who does what — leads named at the end of an item or on labelled lines after it,
leads inherited from the item or paragraph that introduces a list, bodies other than Sở/UBND, names that
stop at their verb, and lines that are never tasks. Conventions of Nghị định 30/2020/NĐ-CP documents and
common drafting practice, each on our own fixtures (tests/fixtures/import/, see its README) of other topics
and layouts, never on the held-out set (benchmarks/corpus/unseen/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields, layout
from generator.importer.fields import Known

from drafts import Draft

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
FIXTURES = ROOT / "tests" / "fixtures" / "import"


@pytest.fixture(scope="module")
def xa():  # a commune's plan as pdftotext prints it without -layout
    return Draft(FIXTURES / "xa-pdftotext.txt")


@pytest.fixture(scope="module")
def so():  # a department's plan in Markdown, leads in brackets at the end of its items
    return Draft(FIXTURES / "so-ngoac-cuoi.md")


@pytest.fixture(scope="module")
def chi_thi():  # a Chỉ thị copied from Word: header cells joined by a TAB, no sections
    return Draft(FIXTURES / "chi-thi-tab.txt")


@pytest.fixture(scope="module")
def kem_theo():  # a plan attached to a Quyết định, copied from Word: auto-numbered items lost their numbers
    return Draft(FIXTURES / "kem-theo-word.txt")


@pytest.fixture(scope="module")
def empty():
    known = Known.load(SOURCE, "chua-co")
    known.names = []  # nothing registered: every name is read from the phrase itself
    return known


# --- 1. leads named at the end of an item, and labelled lines after it ---

def test_leads_named_at_the_end_in_brackets(so, chi_thi, kem_theo, tmp_path):
    """"… (X chủ trì, phối hợp với Y)", "(X; Y phối hợp)", "(X chủ trì; Y phối hợp)", "(X thực hiện)": X leads,
    Y cooperates; a sentence that opens "Phối hợp với Z" still gives Z as cooperating. Brackets at the end
    that are not only names ("(qua Văn phòng Sở)", "(dự kiến 350 triệu đồng)") are remarks."""
    assert so.lead("Tổ chức Hội chợ sản phẩm HTX") == ["Trung tâm Khuyến công và Xúc tiến thương mại"]
    assert so.coop("Tổ chức Hội chợ sản phẩm HTX") == ["Liên minh Hợp tác xã tỉnh"]
    assert so.lead("Hỗ trợ 30 HTX") == ["Phòng Quản lý thương mại"]
    assert so.coop("Hỗ trợ 30 HTX") == ["Sở Nông nghiệp và Môi trường"]
    assert so.lead("Cập nhật thông tin sản phẩm") == ["Văn phòng Sở"]
    assert so.lead("Hỗ trợ HTX mở gian hàng") == ["Phòng Quản lý thương mại"]
    assert so.coop("Hỗ trợ HTX mở gian hàng") == ["Bưu điện tỉnh Quảng Ngãi"]
    assert chi_thi.lead("Hỗ trợ HTX dịch vụ nghề cá") == ["Viễn thông Khánh Hòa"]
    assert chi_thi.coop("Hỗ trợ HTX dịch vụ nghề cá") == ["Chi cục Thủy sản và Kiểm ngư"]
    assert kem_theo.lead("Xây dựng video") == ["Báo và Phát thanh, Truyền hình Điện Biên"]
    assert kem_theo.coop("Xây dựng video") == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert kem_theo.lead("Hỗ trợ HTX đăng ký tài khoản") == ["Viettel Điện Biên"]
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        "UBND TỈNH QUẢNG NGÃI", "Số: 19/KH-UBND", "Quảng Ngãi, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã", "", "I. NHIỆM VỤ", "",
        "1. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã trong dự toán năm 2026 (dự kiến 350 triệu đồng).",
        "2. Các hợp tác xã gửi báo cáo kết quả thực hiện về Sở Công Thương trước ngày 30/11/2026 (qua Văn phòng Sở).",
    ]) + "\n", encoding="utf-8")
    draft = Draft(path)
    assert draft.lead("Sở Tài chính bố trí") == ["Sở Tài chính tỉnh Quảng Ngãi"]  # registered, by its id
    # the class of cooperatives, the sentence's subject, leads (as the held-out sets annotate it); "(qua Văn phòng Sở)"
    # is a remark, no lead
    assert draft.lead("Các hợp tác xã gửi") == ["Các hợp tác xã"]


LABELS = ("Cơ quan", "Thời gian", "Sản phẩm", "Kết quả", "Đơn vị thực hiện")


def test_labelled_lines_are_fields_of_the_item_above(xa, so, chi_thi, kem_theo):
    """"Cơ quan chủ trì: X; Cơ quan phối hợp: Y, Z", "Cơ quan thực hiện: X; phối hợp: Y", "Thời gian (thực hiện): …",
    "Sản phẩm: …", "Kết quả: …" give the item above them its lead, cooperating bodies (never a second lead),
    deadline and output; they are never tasks, nor part of the item's text."""
    for draft in (xa, so, chi_thi, kem_theo):
        assert not any(t.startswith(LABELS) for t in draft.texts())
        assert not any("Thời gian:" in t or "Cơ quan chủ trì:" in t for t in draft.texts())
    assert xa.lead("Tổ chức tập huấn kiến thức") == ["Phòng Kinh tế"]  # "Đơn vị thực hiện: …; phối hợp: …"
    assert xa.coop("Tổ chức tập huấn kiến thức") == ["Hội Liên hiệp Phụ nữ xã"]
    assert xa["Tổ chức tập huấn kiến thức"]["deadline"]["quarters"] == [4]
    task = so["Tổ chức 04 lớp tập huấn"]
    assert so.lead("Tổ chức 04 lớp tập huấn") == ["Trung tâm Khuyến công và Xúc tiến thương mại"]
    assert so.coop("Tổ chức 04 lớp tập huấn") == ["Viettel Quảng Ngãi", "VNPT Quảng Ngãi"]
    assert task["deadline"]["kind"] == "quarter" and task["deadline"]["quarters"] == [2]
    assert task["output"] == "200 lượt học viên được tập huấn"
    assert so["Tổ chức Hội chợ sản phẩm HTX"]["deadline"]["quarters"] == [3]  # "Thời gian thực hiện:" under 1.1.
    task = chi_thi["Xây dựng 03 mô hình"]  # "Thời gian:" and "Kết quả:" under b)
    assert task["deadline"]["kind"] == "year" and task["deadline"]["year"] == 2026
    assert task["output"] == "03 mô hình được nghiệm thu"
    assert kem_theo.lead("Rà soát, lựa chọn 10 bản") == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert kem_theo.coop("Rà soát, lựa chọn 10 bản") == ["Ủy ban nhân dân các xã", "Liên minh Hợp tác xã tỉnh"]
    assert kem_theo["Rà soát, lựa chọn 10 bản"]["deadline"]["quarters"] == [2]
    assert kem_theo.lead("Xây dựng bộ tiêu chí") == ["Trung tâm Thông tin và Xúc tiến du lịch"]
    assert kem_theo.coop("Xây dựng bộ tiêu chí") == ["Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh"]
    assert kem_theo["Xây dựng bộ tiêu chí"]["deadline"]["before"] == "2026-09-30"
    assert kem_theo["Xây dựng bộ tiêu chí"]["output"] == "Bộ tiêu chí được ban hành"


def test_an_output_line_after_a_page_break_is_no_task():
    """Kon Tum 2023: "Sản phẩm hoàn thành: …" printed on its own line after a page break is the output of
    the assignment above it, not a task of its own."""
    path = next((SOURCE / "raw").glob("000_*.txt"))
    draft = Draft(path)
    assert not any(t.startswith("Sản phẩm hoàn thành") for t in draft.texts())
    assert any(t.get("output") == "Đề án của Ủy ban nhân dân tỉnh" for t in draft.tasks)


# --- 2. lead inheritance ---

def test_items_take_the_lead_of_what_introduces_them(xa, so, kem_theo):
    """Plain paragraphs after "X chủ trì, phối hợp với …:" (a Word list copied without its numbers, pdftotext
    without indentation) take X until one names its own body; items under "Đề nghị X:" or a heading that
    names a body without colon ("3. Đề nghị Báo …") take X."""
    assert xa.lead("Giới thiệu sản phẩm của HTX") == ["Công chức Văn hóa - Xã hội xã"]
    assert xa.lead("Tổ chức 01 phiên chợ") == ["Công chức Văn hóa - Xã hội xã"]
    assert xa.coop("Tổ chức 01 phiên chợ") == ["Đoàn Thanh niên xã"]
    assert xa.lead("Yêu cầu Trưởng các thôn") == ["Trưởng các thôn, tổ dân phố"]  # names its own: the list ends
    assert kem_theo.lead("Tham mưu lồng ghép nguồn vốn") == ["Sở Tài chính"]
    assert kem_theo.coop("Hướng dẫn HTX lập hồ sơ") == ["Sở Nông nghiệp và Môi trường"]
    assert kem_theo.lead("Đề nghị Ngân hàng Chính sách") == ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Điện Biên"]
    assert so.lead("Giới thiệu HTX, tổ hợp tác") == ["Ủy ban nhân dân các xã, phường"]
    assert so.lead("Bố trí địa điểm") == ["Ủy ban nhân dân các xã, phường"]
    assert so.lead("Mở chuyên mục") == ["Báo và Phát thanh, Truyền hình Quảng Ngãi"]


# --- 3. bodies other than Sở and UBND; sentences that assign work ---

def test_bodies_other_than_departments_lead(xa, chi_thi, kem_theo):
    """"Giao/Đề nghị/Yêu cầu X …" assign work to X; X may be a Trung tâm, a commune's Phòng or Công chức,
    a bank branch, the provincial Báo và Phát thanh, Truyền hình, an office of two councils, the heads
    or chairs of a list of units."""
    assert xa.lead("Giao Trung tâm Phục vụ") == ["Trung tâm Phục vụ hành chính công xã"]
    assert xa.lead("Công chức Địa chính") == ["Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường xã"]
    assert xa.lead("Đề nghị Agribank") == ["Agribank Chi nhánh Bình Sơn",
                                           "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bình Sơn"]
    assert xa.coop("Đề nghị Agribank") == ["Phòng Kinh tế"]
    assert xa.lead("Theo chức năng, nhiệm vụ") == ["Văn phòng HĐND và UBND xã", "Công chức Tư pháp - Hộ tịch",
                                                   "Công chức Văn hóa - Xã hội"]
    assert chi_thi.lead("Đề nghị Ngân hàng Chính sách") == ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Khánh Hòa"]
    assert chi_thi.lead("Báo và Phát thanh") == ["Báo và Phát thanh, Truyền hình Khánh Hòa"]
    assert chi_thi.lead("Ưu tiên cho vay") == ["Quỹ Đầu tư phát triển tỉnh"]
    assert chi_thi.lead("Yêu cầu Chủ tịch") == ["Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"]
    assert kem_theo.lead("Công chức Văn hóa - Xã hội xã") == ["Công chức Văn hóa - Xã hội xã"]  # before the heading's


def _unknown(phrase: str, known) -> list[str]:
    return fields.match_agencies(phrase, known).unknown


def test_a_list_of_unit_types_is_one_name(empty):
    """"các xã, phường": after "các", a bare lower-case unit type goes on the list inside one name; a named body
    ("phòng Tài chính …") ends it, and "liên quan" keeps a list a generic phrase, no body."""
    assert _unknown("Ủy ban nhân dân các xã, phường chỉ đạo", empty) == ["Ủy ban nhân dân các xã, phường"]
    assert _unknown("Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", empty) == ["Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"]
    assert _unknown("Các phòng, chi cục, trung tâm thuộc Sở", empty) == ["Các phòng, chi cục, trung tâm thuộc Sở"]
    assert _unknown("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ", empty) == [
        "Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]
    assert _unknown("Trưởng các thôn, tổ dân phố", empty) == ["Trưởng các thôn, tổ dân phố"]
    assert _unknown("Trưởng các bản, Ủy ban nhân dân các xã", empty) == ["Trưởng các bản", "Ủy ban nhân dân các xã"]
    assert _unknown("các xã, phòng Tài chính - Kế hoạch", empty) == ["phòng Tài chính - Kế hoạch"]
    assert _unknown("phối hợp với các sở, ngành liên quan", empty) == []


@pytest.mark.parametrize("phrase,expected", [
    # lower-case words enumerated inside a unit's name, with or without "và", up to the end of a list's item
    ("Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", ["Phòng Doanh nghiệp, kinh tế tập thể và tư nhân"]),
    ("Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể", ["Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể"]),
    ("Phòng Tổng hợp, quy hoạch", ["Phòng Tổng hợp, quy hoạch"]),
    ("Vụ Tổng hợp, kinh tế quốc dân; Phòng Kế hoạch, tài chính", ["Vụ Tổng hợp, kinh tế quốc dân",
                                                                   "Phòng Kế hoạch, tài chính"]),
    # not a class, a verb or another body's type after the comma
    ("Sở Tài chính, các sở, ngành liên quan", ["Sở Tài chính"]),
    ("Phòng Kinh tế, hướng dẫn hợp tác xã", ["Phòng Kinh tế"]),
    ("Phòng Kinh tế, Phòng Văn hóa - Xã hội", ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]),
])
def test_lower_case_words_enumerated_inside_a_name(empty, phrase, expected):
    assert fields.match_agencies(phrase, empty, listed=True).unknown == expected


def test_an_office_of_two_councils_is_one_body(empty):
    """"Văn phòng HĐND và UBND xã" is one office; "Phòng Kinh tế và Ủy ban nhân dân xã" are two bodies."""
    assert _unknown("Văn phòng HĐND và UBND xã", empty) == ["Văn phòng HĐND và UBND xã"]
    assert _unknown("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", empty) == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"]
    assert _unknown("Phòng Kinh tế và Ủy ban nhân dân xã", empty) == ["Phòng Kinh tế", "Ủy ban nhân dân xã"]


def test_civil_servants_banks_enterprises_and_the_provincial_broadcaster_are_bodies(empty):
    assert _unknown("Công chức Tài chính - Kế toán xã tham mưu", empty) == ["Công chức Tài chính - Kế toán xã"]
    assert _unknown("Ngân hàng Nhà nước Chi nhánh Khu vực 10", empty) == ["Ngân hàng Nhà nước Chi nhánh Khu vực 10"]
    assert _unknown("Agribank Chi nhánh Krông Pắc và Phòng giao dịch Ngân hàng Chính sách xã hội huyện", empty) == [
        "Agribank Chi nhánh Krông Pắc", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện"]
    assert _unknown("Viễn thông Lạng Sơn, Viettel Lạng Sơn cung cấp", empty) == ["Viễn thông Lạng Sơn", "Viettel Lạng Sơn"]
    assert _unknown("Báo và Phát thanh, Truyền hình Cà Mau mở chuyên mục", empty) == ["Báo và Phát thanh, Truyền hình Cà Mau"]
    assert _unknown("Đề nghị Hội Nông dân tỉnh và các đoàn thể chính trị - xã hội tỉnh", empty) == [
        "Hội Nông dân tỉnh", "các đoàn thể chính trị - xã hội tỉnh"]
    assert _unknown("nâng cấp hạ tầng viễn thông, viễn thông Quốc tế", empty) == []  # lower case: no enterprise
    assert _unknown("các công ty, doanh nghiệp trên địa bàn", empty) == []


def test_the_office_of_a_body_is_not_the_body(known_quang_ngai):
    """"Văn phòng UBND tỉnh" is the office, never the province's UBND the registry knows."""
    matched = fields.match_agencies("Văn phòng UBND tỉnh chủ trì", known_quang_ngai)
    assert matched.ids == [] and matched.unknown == ["Văn phòng UBND tỉnh"]
    matched = fields.match_agencies("Văn phòng HĐND và UBND tỉnh", known_quang_ngai)
    assert matched.ids == [] and matched.unknown == ["Văn phòng HĐND và UBND tỉnh"]
    assert fields.match_agencies("UBND tỉnh chủ trì", known_quang_ngai).ids == ["ubnd-quang-ngai"]


@pytest.fixture(scope="module")
def known_quang_ngai():
    known = Known.load(SOURCE, "quang-ngai")
    known.names.append(("ubnd tinh", "ubnd-quang-ngai"))  # the issuer's short name, as the import adds it
    known.names.sort(key=lambda n: -len(n[0]))
    return known


# --- 4. names stop at the verb; a heading wrapped onto a second line ---

@pytest.mark.parametrize("phrase,expected", [
    ("Sở Tài chính lập danh mục dự án liên kết do HTX làm chủ trì", ["Sở Tài chính"]),
    ("Giao Trung tâm Phục vụ hành chính công phường tiếp nhận hồ sơ", ["Trung tâm Phục vụ hành chính công phường"]),
    ("Viễn thông Hà Tĩnh cung cấp gói cước ưu đãi", ["Viễn thông Hà Tĩnh"]),
    ("Văn phòng Liên minh Hợp tác xã tỉnh là đầu mối theo dõi", ["Văn phòng Liên minh Hợp tác xã tỉnh"]),
    ("Ngân hàng Chính sách xã hội tỉnh cho vay ưu đãi", ["Ngân hàng Chính sách xã hội tỉnh"]),
    ("phối hợp với Sở Nông nghiệp và Môi trường thẩm định phương án", ["Sở Nông nghiệp và Môi trường"]),
    ("Cục Chuyển đổi số và Thông tin dữ liệu thiết lập hệ thống", ["Cục Chuyển đổi số và Thông tin dữ liệu"]),
    ("Sở Nội vụ thành lập Hội đồng", ["Sở Nội vụ"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh cử đại diện tham gia Đoàn giám sát",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ("Sở Khoa học và Công nghệ cử cán bộ chuyên môn tham gia tập huấn", ["Sở Khoa học và Công nghệ"]),
    ("Văn phòng HĐND và UBND xã đăng tải Kế hoạch trên trang thông tin điện tử", ["Văn phòng HĐND và UBND xã"]),
    ("Trung tâm Khuyến công đăng tải thông tin hội chợ", ["Trung tâm Khuyến công"]),
    ("Ban Thường trực Ủy ban bầu cử tỉnh tổng hợp", ["Ban Thường trực Ủy ban bầu cử tỉnh"]),
])
def test_names_stop_at_their_verb(empty, phrase, expected):
    assert fields.match_agencies(phrase, empty).unknown == expected


def test_verb_is_not_glued_to_a_proposed_name(chi_thi):
    assert chi_thi.lead("Sở Tài chính lập danh mục") == ["Sở Tài chính"]
    assert chi_thi.coop("Sở Tài chính lập danh mục") == ["Sở Nông nghiệp và Môi trường"]


@pytest.mark.parametrize("lines,first", [
    (["IV. TỔ CHỨC THỰC HIỆN", "2. Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ",
      "hành chính công phường", "Chủ động triển khai các nhiệm vụ được giao; gửi kết quả về Ủy ban nhân dân",
      "phường trước ngày 25/11/2026."],
     "Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công phường"),
    (["4. Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên Cộng sản Hồ Chí Minh phường và Hội Cựu",
      "chiến binh phường", "Vận động hội viên góp vốn, tham gia tổ hợp tác, hợp tác xã dịch vụ; giới thiệu mô hình hay."],
     "Hội Liên hiệp Phụ nữ phường, Đoàn Thanh niên Cộng sản Hồ Chí Minh phường và Hội Cựu chiến binh phường"),
])
def test_a_heading_wrapped_onto_a_short_second_line_ends_there(lines, first):
    """pdftotext without -layout prints no blank line after a heading: a numbered title whose last line is
    short ends there, so the next paragraph's first words are not glued to the body's name."""
    paras = [p for p in layout.paragraphs(lines) if p.kind == "num"]
    assert paras[0].text == first
    # a numbered paragraph (not a title) whose lines are full goes on across capitalised lines
    lines = ["1. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân",
             "Tỉnh bố trí kinh phí hỗ trợ hợp tác xã theo quy định; hướng dẫn thanh toán, quyết toán",
             "Kinh phí theo quy định."]
    assert len(layout.paragraphs(lines)) == 1


# --- 5. lines that are never tasks ---

def test_pointers_captions_rules_and_header_copies_are_no_tasks(so, chi_thi, kem_theo, tmp_path):
    """A line that only points to the appendix, the "PHỤ LỤC" caption, a table's rule line, the header
    copied with TABs and the closing clause that puts the text into force are never tasks; the item
    above them stays an item."""
    for draft in (so, chi_thi, kem_theo):
        texts = draft.texts()
        assert not any("Phụ lục kèm theo" in t or t.startswith(("PHỤ LỤC", "---", "___")) for t in texts)
        assert not any("CỘNG HÒA XÃ HỘI" in t or "nghiêm túc thực hiện Chỉ thị này" in t for t in texts)
    assert chi_thi.lead("Yêu cầu Chủ tịch")  # item 8, above the pointer and the closing clause: still a task
    assert so.lead("Mở chuyên mục")  # the last item, above the signature table's rule line
    assert len(so.tasks) == 12 and len(chi_thi.tasks) == 11 and len(kem_theo.tasks) == 12
    path = tmp_path / "cong-van.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN ĐỨC TRỌNG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/UBND-KT\tĐức Trọng, ngày 04 tháng 3 năm 2025", "V/v hỗ trợ hợp tác xã tiêu thụ nông sản", "",
        "1. Phòng Nông nghiệp và Môi trường hướng dẫn hợp tác xã đăng ký mã số vùng trồng, hoàn thành trong năm 2025.",
        "2. Phòng Tài chính - Kế hoạch bố trí kinh phí hỗ trợ hợp tác xã theo quy định.",
        "PHỤ LỤC", "DANH SÁCH HỢP TÁC XÃ ĐƯỢC HỖ TRỢ NĂM 2025",
        "(Kèm theo Công văn số 88/UBND-KT ngày 04/3/2025 của UBND huyện Đức Trọng)",
    ]) + "\n", encoding="utf-8")
    draft = Draft(path)
    assert [t[:20] for t in draft.texts()] == ["Phòng Nông nghiệp và", "Phòng Tài chính - Kế"]


@pytest.mark.parametrize("province,line,agency", [
    ("quang-ngai", "1. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã trong dự toán năm 2026.", "so-tai-chinh-quang-ngai"),
    ("lam-dong", "1. Sở Nội vụ chủ trì, phối hợp với các xã rà soát biên chế cán bộ theo dõi hợp tác xã.",
     "so-noi-vu-lam-dong"),
])
def test_a_proposal_never_takes_the_id_of_a_registered_body(tmp_path, province, line, agency):
    """A name printed without the province ("Sở Tài chính") whose proposed id is a registered body's
    ("Sở Tài chính tỉnh Quảng Ngãi", so-tai-chinh-quang-ngai) is that body, said in review, never a second
    agency with the same id (which `kehoach check` refuses)."""
    from generator.importer import import_document

    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(["ỦY BAN NHÂN DÂN TỈNH", "Số: 3/KH-UBND", "ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
                               "Hỗ trợ hợp tác xã", "", "I. NHIỆM VỤ", "", line]) + "\n", encoding="utf-8")
    draft = import_document(path, SOURCE, province=province)
    assert draft.plan["tasks"][0]["lead"] == [agency]
    assert agency not in {a["id"] for a in draft.registry.get("agencies", [])}
    assert any("đối chiếu với" in r for r in draft.plan["tasks"][0]["review"])
