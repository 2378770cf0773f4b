"""kehoach import: the structure of a plan's body and who leads its items (issue 11) — a Markdown list nests by
indentation whatever its printed numbers (CommonMark's lazy "1." numbering), a heading that names whose the items are
("Trách nhiệm của Sở …", "Phòng Kinh tế:") gives them their lead under any section title, and a short name the document
defines for bodies ("… (sau đây gọi là hai bên)") stands for them. Each rule is the general convention and is tested
here on documents of our own written in the test, never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafts import written
from generator.importer import layout


# --- a Markdown list nests by indentation, whatever its numbers -----------------------------------------------------

def _tree(lines: list[str]):
    paras = layout.paragraphs(lines)
    return layout.tree(paras)


@pytest.mark.parametrize("lines,shape", [
    # lazy numbering: every item "1.", nested by three spaces under a bold run-in item
    (["1. **Trách nhiệm của Sở Tài chính**", "   1. Rà soát hồ sơ.", "   1. Tổng hợp nhu cầu.",
      "1. **Trách nhiệm của Sở Nội vụ**", "   1. Hướng dẫn thủ tục."], [2, 1]),
    # bullets nested by two spaces under bullets; a sub-list of "a)" under "1." goes on beside it
    (["- Phòng Kinh tế:", "  - Rà soát hợp tác xã.", "  - Tổng hợp báo cáo.", "- Phòng Văn hóa - Xã hội:",
      "  - Tuyên truyền."], [2, 1]),
    (["1. Sở Công Thương:", "    1. Kết nối tiêu thụ.", "    2. Tổ chức hội chợ.", "2. Sở Tài chính:",
      "    1. Bố trí kinh phí."], [2, 1]),
])
def test_a_markdown_list_nests_by_indentation(lines, shape):
    roots = _tree(lines)
    assert [len(r.children) for r in roots] == shape


def test_an_indented_item_that_does_not_start_a_list_is_alignment():
    """A text dump aligns items as the page did: "2." indented like the "a)" items above it is the next item of the
    outer list, not a sub-list of "1." (only a list that starts there, or goes on beside one nested so, nests)."""
    roots = _tree(["1. Sở Tài chính:", "    a) Rà soát hồ sơ.", "    b) Tổng hợp nhu cầu.", "    2. Sở Nội vụ:",
                   "    a) Hướng dẫn thủ tục."])
    assert [r.marker for r in roots] == ["1", "2"]
    assert [len(r.children) for r in roots] == [2, 1]


# --- a heading naming whose the items are, under a section of any title; a defined short name -----------------------

_HEADER_MD = ["| SỞ TÀI CHÍNH<br>TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |",
              "|---|---|", "| Số: 88/KHLT-STC-LMHTX | *Nghệ An, ngày 10 tháng 4 năm 2026* |", "", "# KẾ HOẠCH LIÊN TỊCH", ""]
_JOINT_MD = _HEADER_MD + [
    "Sở Tài chính và Liên minh Hợp tác xã tỉnh (sau đây gọi là hai bên) thống nhất ban hành Kế hoạch như sau:", "",
    "### I. MỤC ĐÍCH", "", "1. Nâng cao hiệu quả hỗ trợ hợp tác xã tiếp cận vốn.", "",
    "### II. CÁC HOẠT ĐỘNG CHỦ YẾU", "",
    "1. **Trách nhiệm của Sở Tài chính**",
    "   1. Hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ lãi suất, hoàn thành trong quý III/2026.",
    "   1. Tổng hợp nhu cầu vốn của hợp tác xã trên địa bàn tỉnh.",
    "1. **Trách nhiệm của Liên minh Hợp tác xã tỉnh**",
    "   1. Tư vấn phương án sản xuất, kinh doanh cho 30 hợp tác xã.",
    "1. **Nội dung hai bên cùng thực hiện**",
    "   1. Tổ chức hội nghị đối thoại với hợp tác xã về tiếp cận vốn.",
    "",
    "### III. TỔ CHỨC THỰC HIỆN", "",
    "1. Đề nghị Ngân hàng Nhà nước khu vực 9 phối hợp với hai bên hướng dẫn các tổ chức tín dụng cho vay hợp tác xã.", ""]
_BULLETS_MD = _HEADER_MD + [
    "Sở Tài chính, Sở Công Thương và Liên minh Hợp tác xã tỉnh (sau đây gọi tắt là các bên) thống nhất như sau:", "",
    "## I. NỘI DUNG PHỐI HỢP", "",
    "- **Sở Công Thương:**",
    "  - Kết nối hợp tác xã với hệ thống phân phối hiện đại.",
    "  - Hỗ trợ hợp tác xã tham gia sàn thương mại điện tử năm 2026.",
    "- **Trách nhiệm chung của các bên**",
    "  - Trao đổi thông tin về hợp tác xã định kỳ hằng quý.",
    "  - Sơ kết việc phối hợp vào tháng 12/2026.", ""]


@pytest.mark.parametrize("lines,expected", [
    (_JOINT_MD, {
        "Hướng dẫn hợp tác xã": (["Sở Tài chính"], []), "Tổng hợp nhu cầu": (["Sở Tài chính"], []),
        "Tư vấn phương án": (["Liên minh Hợp tác xã tỉnh"], []),
        "Tổ chức hội nghị": (["Sở Tài chính", "Liên minh Hợp tác xã tỉnh"], []),
        "Đề nghị Ngân hàng": (["Ngân hàng Nhà nước khu vực 9"], ["Sở Tài chính", "Liên minh Hợp tác xã tỉnh"])}),
    (_BULLETS_MD, {
        "Kết nối hợp tác xã": (["Sở Công Thương"], []), "Hỗ trợ hợp tác xã": (["Sở Công Thương"], []),
        "Trao đổi thông tin": (["Sở Tài chính", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh"], []),
        "Sơ kết": (["Sở Tài chính", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh"], [])}),
])
def test_items_under_a_heading_that_names_their_body(tmp_path, lines, expected):
    """Under a section title the importer does not know ("CÁC HOẠT ĐỘNG CHỦ YẾU", "NỘI DUNG PHỐI HỢP"), items under a
    heading that names their body ("Trách nhiệm của Sở …", "Sở Công Thương:") are tasks of that body; a heading
    naming a short name the opening paragraph defined ("hai bên", "các bên") gives them all the bodies it stands for,
    and so does "phối hợp với hai bên" for cooperation."""
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == len(expected)
    for start, want in expected.items():
        # the issuer read from the header is that province's Sở, named with its province
        short = lambda names: [n.removesuffix(" tỉnh Nghệ An") for n in names]
        assert (short(draft.lead(start)), short(draft.coop(start))) == want, start


_PART_UNREAD_MD = _HEADER_MD + [
    "### II. CÁC HOẠT ĐỘNG CHỦ YẾU", "",
    "1. **Tuyên truyền về kinh tế tập thể**",
    "   1. Phổ biến Luật Hợp tác xã năm 2023 đến thành viên hợp tác xã trên địa bàn.",
    "   1. Biên soạn tài liệu hỏi đáp về chính sách hỗ trợ hợp tác xã năm 2026.",
    "1. **Trách nhiệm của Sở Tài chính**",
    "   1. Hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ lãi suất, hoàn thành trong quý III/2026.",
    "   1. Tổng hợp nhu cầu vốn của hợp tác xã trên địa bàn tỉnh.", ""]
_PART_UNREAD_TXT = [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 31/KH-UBND\tTân Phú, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026",
    "II. NỘI DUNG PHỐI HỢP", "1. Hỗ trợ thành lập hợp tác xã", "a) Vận động các tổ hợp tác chuyển đổi thành hợp tác xã.",
    "b) Hướng dẫn hồ sơ đăng ký thành lập hợp tác xã theo quy định.", "2. Phòng Kinh tế",
    "a) Rà soát hợp tác xã ngừng hoạt động, hoàn thành trong quý II/2026.",
    "b) Tổng hợp báo cáo tình hình hợp tác xã 6 tháng đầu năm 2026.", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
    "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Văn An"]


@pytest.mark.parametrize("name,lines,line", [
    ("ke-hoach.md", _PART_UNREAD_MD, 9), ("ke-hoach.txt", _PART_UNREAD_TXT, 7)])
def test_an_item_of_an_unknown_section_read_not_at_all_is_said(tmp_path, name, lines, line):
    """In a section of a title the importer does not know, one item's duties are read (its heading names their body)
    and another's not at all (they name nobody): the draft says so for that item, never silently."""
    draft = written(tmp_path, name, lines)
    assert any(t.startswith("Tổng hợp") for t in draft.texts())
    assert not any(t.startswith(("Phổ biến", "Vận động")) for t in draft.texts())
    assert any(r.startswith("Mục 1.") for r in draft.notes(f"dòng {line} ")), draft.plan["review"]


# --- the closing paragraphs that ask no body for work of the plan ---------------------------------------------------

_CLOSING_TXT = [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 32/KH-UBND\tTân Phú, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026",
    "I. NHIỆM VỤ", "1. Phòng Kinh tế rà soát hợp tác xã ngừng hoạt động, hoàn thành trong quý II/2026.",
    "2. Trung tâm Phục vụ hành chính công xã hướng dẫn thủ tục đăng ký hợp tác xã.",
    "II. CHẾ ĐỘ BÁO CÁO",
    "1. Phòng Kinh tế tổng hợp, báo cáo Ủy ban nhân dân xã kết quả thực hiện trước ngày 15/12/2026.",
    "2. Trong quá trình triển khai thực hiện, nếu có vướng mắc phát sinh cần sửa đổi, bổ sung kế hoạch, các cơ quan,"
    " đơn vị chủ động gửi ý kiến về Phòng Kinh tế để tổng hợp, báo cáo Ủy ban nhân dân xã.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban nhân dân xã (qua"
    " Phòng Kinh tế) để xem xét, giải quyết./.",
    # without "Trong" and "nếu", as plans also write it
    "Quá trình thực hiện có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời về Phòng Kinh tế để tổng hợp, trình Ủy"
    " ban nhân dân xã./.",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Văn An"]
_CLOSING_MD = _HEADER_MD + [
    "## I. NHIỆM VỤ VÀ GIẢI PHÁP", "",
    "1. Sở Tài chính hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ lãi suất, hoàn thành trong quý III/2026.", "",
    "2. Liên minh Hợp tác xã tỉnh tư vấn phương án sản xuất, kinh doanh cho 30 hợp tác xã.", "",
    "## II. TỔ CHỨC THỰC HIỆN", "",
    "Các sở, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch của đơn vị, gửi Sở Tài chính trước ngày 30/4/2026.", "",
    "Trong quá trình tổ chức thực hiện, nếu có vấn đề chưa phù hợp với thực tế, các cơ quan, đơn vị chủ động báo cáo và"
    " đề xuất với Ủy ban nhân dân tỉnh (qua Sở Tài chính) để xem xét, điều chỉnh kịp thời.", "",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về Sở Tài chính để"
    " tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.", "",
    "Trong quá trình thực hiện nếu có vấn đề phát sinh, các đơn vị gửi ý kiến về Sở Tài chính để tổng hợp, trình Ủy ban"
    " nhân dân tỉnh xem xét./.", "",
    "Kế hoạch này được phổ biến, quán triệt đến cán bộ, công chức của các cơ quan, đơn vị./.", ""]
_PARTY_TXT = [
    "   TỈNH ỦY KON TUM              ĐẢNG CỘNG SẢN VIỆT NAM", "          *", "   Số 14-CTr/TU        Kon Tum, ngày 02 tháng 12 năm 2025",
    "   CHƯƠNG TRÌNH HÀNH ĐỘNG", "   thực hiện Nghị quyết về kinh tế tập thể", "",
    "   I. NHIỆM VỤ", "   1. Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền về kinh tế tập thể trong năm 2026.",
    "   2. Liên minh Hợp tác xã tỉnh tư vấn thành lập mới 40 hợp tác xã trong năm 2026.", "",
    "   Chương trình hành động này được phổ biến đến chi bộ./.", "", "   Nơi nhận:             T/M BAN THƯỜNG VỤ",
    "   - Lưu Văn phòng Tỉnh ủy.      PHÓ BÍ THƯ", "                                 Nguyễn Văn Bình"]


@pytest.mark.parametrize("name,lines,kept", [
    ("ke-hoach.txt", _CLOSING_TXT, ["Phòng Kinh tế rà soát", "Trung tâm Phục vụ", "Phòng Kinh tế tổng hợp",
                                    "Trong quá trình triển khai"]),
    ("ke-hoach.md", _CLOSING_MD, ["Sở Tài chính hướng dẫn", "Liên minh Hợp tác xã tỉnh tư vấn", "Các sở, ngành",
                                  "Trong quá trình tổ chức thực hiện"]),
    ("chuong-trinh.txt", _PARTY_TXT, ["Ban Tuyên giáo", "Liên minh Hợp tác xã tỉnh tư vấn"]),
])
def test_closings_that_ask_no_work_of_the_plan_are_no_tasks(tmp_path, name, lines, kept):
    """The last, unnumbered paragraphs of a plan ("./." ends its content, ND 30/2020) on what to do with difficulties
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, … báo cáo/phản ánh về … để xem xét, giải quyết./.") and
    to whom the document is made known ("… này được phổ biến (, quán triệt) đến …./.") are no tasks; a numbered item of
    a reporting section and a duty to propose amendments ("nếu có vấn đề chưa phù hợp …, chủ động báo cáo và đề xuất
    …") stay tasks."""
    draft = written(tmp_path, name, lines)
    assert [draft[k]["text"] for k in kept] and len(draft.tasks) == len(kept), draft.texts()


# --- the Party's organs as doers ------------------------------------------------------------------------------------

_PARTY_LEADS_TXT = [
    "   TỈNH ỦY KON TUM              ĐẢNG CỘNG SẢN VIỆT NAM", "          *", "   Số 15-CTr/TU        Kon Tum, ngày 05 tháng 12 năm 2025",
    "   CHƯƠNG TRÌNH HÀNH ĐỘNG", "   thực hiện Nghị quyết về kinh tế tập thể", "",
    "   I. NHIỆM VỤ",
    "   1. Các cấp ủy, tổ chức đảng tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên trong quý I/2026.",
    "   2. Tổ chức đăng ký thành lập mới hợp tác xã ở các xã vùng sâu, vùng xa.",
    "   3. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện trong năm 2026.",
    "   4. Ủy ban Kiểm tra Tỉnh ủy đưa nội dung này vào chương trình kiểm tra, giám sát hằng năm.",
    "   5. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo vận động hội viên tham gia hợp tác xã.", "",
    "   Nơi nhận:             T/M BAN THƯỜNG VỤ", "   - Lưu Văn phòng Tỉnh ủy.      PHÓ BÍ THƯ",
    "                                 Nguyễn Văn Bình"]
_PARTY_LEADS_MD = [
    "| ĐẢNG BỘ TỈNH NGHỆ AN<br>**ĐẢNG ỦY XÃ NAM ĐÀN**<br>* | **ĐẢNG CỘNG SẢN VIỆT NAM** |", "|---|---|",
    "| Số 09-KH/ĐU | *Nam Đàn, ngày 12 tháng 01 năm 2026* |", "", "# KẾ HOẠCH", "",
    "**thực hiện Chương trình hành động của Tỉnh ủy về kinh tế tập thể**", "", "## II. NHIỆM VỤ", "",
    "1. Cấp ủy các chi bộ thôn, xóm lãnh đạo đưa chỉ tiêu thành lập tổ hợp tác vào nghị quyết hằng năm.", "",
    "2. Đảng đoàn Hội Nông dân tỉnh chỉ đạo Hội Nông dân xã vận động nông dân tham gia hợp tác xã.", "",
    "3. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo rà soát chính sách hỗ trợ hợp tác xã trong quý II/2026.", ""]


@pytest.mark.parametrize("name,lines,expected", [
    ("chuong-trinh.txt", _PARTY_LEADS_TXT, {
        "Các cấp ủy": ["Các cấp ủy, tổ chức đảng"], "Tổ chức đăng ký": [],
        "Đảng ủy Ủy ban": ["Đảng ủy Ủy ban nhân dân tỉnh"], "Ủy ban Kiểm tra": ["Ủy ban Kiểm tra Tỉnh ủy"],
        "Đảng ủy Mặt trận": ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]}),
    ("ke-hoach.md", _PARTY_LEADS_MD, {
        "Cấp ủy các chi bộ": ["Cấp ủy các chi bộ thôn, xóm"], "Đảng đoàn": ["Đảng đoàn Hội Nông dân tỉnh"],
        "Ban cán sự đảng": ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]}),
])
def test_the_partys_organs_lead(tmp_path, name, lines, expected):
    """The Party's organs are bodies (cấp ủy, tổ chức đảng, Đảng ủy X, Đảng đoàn X, Ban cán sự đảng X, Ủy ban Kiểm tra
    …), the body in an organ's name is not the doer ("Đảng ủy | Ủy ban nhân dân tỉnh"), and the Party's verbs
    ("lãnh đạo", "chỉ đạo", "quán triệt", "đưa") end a name; "Tổ chức đăng ký …" only folds like "tổ chức đảng"."""
    draft = written(tmp_path, name, lines)
    for start, lead in expected.items():
        assert draft.lead(start) == lead, start


# --- a running head or foot repeated on every page ------------------------------------------------------------------

_FOOT_TXT = [
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG HÀ ĐÔNG Độc lập - Tự do - Hạnh phúc",
    "Số: 71/KH-UBND Hà Đông, ngày 02 tháng 4 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026",
    "I. NHIỆM VỤ", "1. Phòng Kinh tế, Hạ tầng và Đô thị", "a) Rà soát các hợp tác xã ngừng hoạt động trên địa bàn phường,",
    "hướng dẫn giải thể theo quy định; hoàn thành trước ngày",
    "Kế hoạch số 71/KH-UBND ngày 02/4/2026 của UBND phường Hà Đông", "Trang 1/3",
    "30/6/2026.", "b) Tổng hợp nhu cầu hỗ trợ của hợp tác xã trong năm 2026.",
    "2. Phòng Văn hóa - Xã hội", "a) Tuyên truyền về hợp tác xã trên Trang thông tin điện tử phường",
    "Kế hoạch số 71/KH-UBND ngày 02/4/2026 của UBND phường Hà Đông", "Trang 2/3",
    "hằng tháng.", "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Lưu: VT. CHỦ TỊCH", "Lê Văn Minh",
    "Kế hoạch số 71/KH-UBND ngày 02/4/2026 của UBND phường Hà Đông", "Trang 3/3"]
#: ``pdftotext -layout`` of a Word file whose header repeats the document and centres the page number from page 2
_HEAD_LAYOUT = [
    "    SỞ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "   TỈNH HÀ TĨNH                                 Độc lập - Tự do - Hạnh phúc",
    "   Số: 233/KH-STC                           Hà Tĩnh, ngày 08 tháng 5 năm 2026", "", "                KẾ HOẠCH",
    "      Hỗ trợ hợp tác xã tiếp cận vốn năm 2026", "", "   I. NHIỆM VỤ",
    "   1. Phòng Tài chính doanh nghiệp hướng dẫn hợp tác xã lập hồ sơ vay vốn Quỹ hỗ trợ",
    "", "\f                                     - 2 -",
    "             Kế hoạch 233/KH-STC về hỗ trợ hợp tác xã tiếp cận vốn năm 2026", "",
    "phát triển hợp tác xã tỉnh; hoàn thành trong quý III/2026.",
    "   2. Phòng Ngân sách tổng hợp nhu cầu hỗ trợ lãi suất của hợp tác xã, hoàn thành trước ngày", "",
    "\f                                     - 3 -",
    "             Kế hoạch 233/KH-STC về hỗ trợ hợp tác xã tiếp cận vốn năm 2026", "",
    "15/10/2026.", "", "   Nơi nhận:                                        KT. GIÁM ĐỐC",
    "   - Lưu: VT.                                       PHÓ GIÁM ĐỐC", "", "                                        Trần Văn Hải"]


@pytest.mark.parametrize("lines,removed", [
    (_FOOT_TXT, [10, 11, 16, 17, 22, 23]),
    (_HEAD_LAYOUT, [11, 12, 17, 18]),
])
def test_a_running_head_or_foot_is_removed_before_reading(lines, removed):
    from generator.importer.draft import _without_running_lines

    out = _without_running_lines(lines)
    assert len(out) == len(lines)  # line numbers stay
    assert [i + 1 for i, (a, b) in enumerate(zip(lines, out)) if a != b] == removed


@pytest.mark.parametrize("lines", [
    # a page number that does not count up, a line naming the plan once: nothing of the text is furniture
    ["Số: 12/KH-UBND Tân Phú, ngày 02 tháng 3 năm 2026", "1. Phòng Kinh tế rà soát hợp tác xã.", "Trang 2",
     "2. Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2026 của UBND xã.", "Trang 2"],
    # the same line twice but far from any page number and not naming the plan
    ["Số: 12/KH-UBND Tân Phú, ngày 02 tháng 3 năm 2026", "- Sở Tài chính;", "Trang 1/2", "- Sở Tài chính;", "Trang 2/2"],
])
def test_what_only_looks_like_a_running_line_stays(lines):
    from generator.importer.draft import _without_running_lines

    out = _without_running_lines(lines)
    assert [l for l in out if l.startswith(("1.", "2.", "-"))] == [l for l in lines if l.startswith(("1.", "2.", "-"))]


@pytest.mark.parametrize("name,lines,start,before", [
    ("ke-hoach.txt", _FOOT_TXT, "Rà soát", "2026-06-30"), ("ke-hoach-layout.txt", _HEAD_LAYOUT, "Phòng Ngân sách", "2026-10-15")])
def test_a_deadline_cut_by_a_page_break_reads_on(tmp_path, name, lines, start, before):
    """"… trước ngày" / running foot / "30/6/2026.": the deadline reads across the page break, and no task holds the
    running lines."""
    draft = written(tmp_path, name, lines)
    deadline = draft[start]["deadline"]
    assert deadline["kind"] == "before" and str(deadline["before"]) == before, deadline
    assert not any(re.search(r"Trang \d/\d|- \d -|Kế hoạch (?:số )?(?:71|233)/", t) for t in draft.texts())


# --- a class of economic actors as a heading ------------------------------------------------------------------------

_CLASS_TXT = [
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ PHÙ LÃNG Độc lập - Tự do - Hạnh phúc",
    "Số: 44/KH-UBND Phù Lãng, ngày 09 tháng 3 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã gốm năm 2026",
    "III. NHIỆM VỤ CỤ THỂ", "1. Phòng Kinh tế", "Rà soát các hợp tác xã ngừng hoạt động, hoàn thành trong quý II/2026.",
    "2. Các hợp tác xã, tổ hợp tác trên địa bàn xã",
    "- Xây dựng phương án sản xuất, kinh doanh năm 2026; hoàn thành trong quý II/2026.",
    "- Tham gia sàn thương mại điện tử, mở gian hàng trực tuyến trong năm 2026.",
    "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Lưu: VT. CHỦ TỊCH", "Nguyễn Văn Hòa"]
_CLASS_MD = _HEADER_MD + [
    "## III. NHIỆM VỤ", "", "### 1. Sở Công Thương", "",
    "Kết nối hợp tác xã với hệ thống phân phối hiện đại trong năm 2026.", "",
    "### 2. Các doanh nghiệp, hợp tác xã tham gia chuỗi liên kết", "",
    "a) Ký kết hợp đồng bao tiêu sản phẩm với hợp tác xã từ đầu vụ.", "",
    "b) Áp dụng mã truy xuất nguồn gốc cho sản phẩm trong năm 2026.", ""]


@pytest.mark.parametrize("name,lines,heading,items", [
    ("ke-hoach.txt", _CLASS_TXT, "Các hợp tác xã, tổ hợp tác trên địa bàn xã", ("Xây dựng", "Tham gia")),
    ("ke-hoach.md", _CLASS_MD, "Các doanh nghiệp, hợp tác xã tham gia chuỗi liên kết", ("Ký kết", "Áp dụng")),
])
def test_a_class_of_economic_actors_as_a_heading_leads_its_items(tmp_path, name, lines, heading, items):
    """A numbered heading that is a class of the actors plans give duties to ("Các hợp tác xã, tổ hợp tác …", "Các
    doanh nghiệp, hợp tác xã …") names their lead as printed, like a heading naming a body."""
    draft = written(tmp_path, name, lines)
    for start in items:
        assert draft.lead(start) == [heading], start


# --- the head of a unit as the doer ---------------------------------------------------------------------------------

_HEADS_TXT = [
    "LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 21/KH-LMHTX\tGia Lai, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH", "Công tác năm 2026",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trưởng các ban, Giám đốc Trung tâm Xúc tiến thương mại hợp tác xã xây dựng kế hoạch chi tiết của đơn vị,"
    " gửi Văn phòng trước ngày 31/01/2026.",
    "2. Giám đốc Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch trong năm 2026.",
    "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tHồ Văn Nam"]
_HEADS_MD = _HEADER_MD + [
    "## III. TỔ CHỨC THỰC HIỆN", "",
    "1. Giám đốc Ban Quản lý dự án phát triển nông thôn tỉnh chủ trì hướng dẫn hợp tác xã lập dự án trong quý II/2026.", "",
    "2. Giám đốc Quỹ Đầu tư phát triển tỉnh, Giám đốc Trung tâm Khuyến nông tỉnh báo cáo kết quả trước ngày 10/12/2026.", ""]


@pytest.mark.parametrize("name,lines,expected", [
    ("ke-hoach.txt", _HEADS_TXT, {
        "Trưởng các ban": ["Trưởng các ban", "Trung tâm Xúc tiến thương mại hợp tác xã"],
        "Giám đốc Sở Tài chính": ["Sở Tài chính tỉnh Gia Lai"]}),
    ("ke-hoach.md", _HEADS_MD, {
        "Giám đốc Ban Quản lý": ["Ban Quản lý dự án phát triển nông thôn tỉnh"],
        "Giám đốc Quỹ": ["Quỹ Đầu tư phát triển tỉnh", "Trung tâm Khuyến nông tỉnh"]}),
])
def test_the_head_of_a_unit_leads(tmp_path, name, lines, expected):
    """"Giám đốc X" names a doer: the body X, whether the registry has it ("Giám đốc Sở Tài chính" in Gia Lai) or not
    ("Giám đốc Trung tâm …", proposed with "Giám đốc Trung tâm …" as printed among its names); "Trưởng các ban", a class
    of heads, as printed."""
    draft = written(tmp_path, name, lines)
    for start, lead in expected.items():
        assert draft.lead(start) == lead, start
    proposed = {a["name"]: a["variants"] for a in draft.draft.registry.get("agencies", [])}
    assert any(v.startswith("Giám đốc ") for variants in proposed.values() for v in variants)


# --- a body named by its place after a type of two words in lower case ----------------------------------------------

_PLACE_TXT = _CLASS_TXT[:8] + [
    "2. Phòng Văn hóa - Xã hội phối hợp với Bưu điện thành phố Bắc Ninh đưa sản phẩm gốm lên sàn thương mại điện tử.",
    "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Lưu: VT. CHỦ TỊCH", "Nguyễn Văn Hòa"]
_PLACE_MD = _HEADER_MD + [
    "## III. NHIỆM VỤ", "",
    "1. Sở Công Thương chủ trì, phối hợp với Điện lực thành phố Vinh hỗ trợ hợp tác xã sử dụng điện an toàn.", ""]


@pytest.mark.parametrize("name,lines,start,coop", [
    ("ke-hoach.txt", _PLACE_TXT, "Phòng Văn hóa", "Bưu điện thành phố Bắc Ninh"),
    ("ke-hoach.md", _PLACE_MD, "Sở Công Thương", "Điện lực thành phố Vinh"),
])
def test_a_body_named_by_its_place_after_a_lower_case_type(tmp_path, name, lines, start, coop):
    """"Bưu điện thành phố Bắc Ninh", "Điện lực thành phố Vinh": a type of two words, then the place its name ends with,
    capitalised, names a body though no word right after its type is."""
    assert written(tmp_path, name, lines).coop(start) == [coop]


_LINE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĐKTS0123456789 /.,:-–", max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=30), st.lists(st.integers(min_value=0, max_value=29), max_size=4))
def test_removing_running_lines_only_blanks_whole_lines(lines, pages):
    """Whatever the text, the running lines go as whole lines, blank in their place: the line count and every other
    line stay, so line numbers and quotations stay true."""
    from generator.importer.draft import _without_running_lines

    for number, at in enumerate(sorted(set(pages)), start=1):  # page numbers that count up, somewhere
        if at < len(lines):
            lines[at] = f"Trang {number}"
    out = _without_running_lines(lines)
    assert len(out) == len(lines)
    assert all(b == a or b == "" for a, b in zip(lines, out))


@pytest.mark.parametrize("lines,sections,groups", [
    (_JOINT_MD, {"Hướng dẫn hợp tác xã": "II.1", "Tư vấn phương án": "II.2", "Tổ chức hội nghị": "II.3"},
     ["1", "2", "3", "III"]),
    (_PART_UNREAD_MD, {"Hướng dẫn hợp tác xã": "II.2", "Tổng hợp nhu cầu": "II.2"}, ["2"]),
])
def test_a_lazily_numbered_list_counts_its_items(tmp_path, lines, sections, groups):
    """Every item printed "1." (CommonMark's lazy numbering): the list counts them 1, 2, 3 — the place of what they
    hold and their groups' numbers follow the count, not the printed "1."."""
    draft = written(tmp_path, "ke-hoach.md", lines)
    for start, section in sections.items():
        assert draft[start]["place"]["section"] == section, start
    assert [g["section"] for g in draft.plan["groups"]] == groups


_LONG_INTRO = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
               "Số: 12/KH-UBND\tNinh Bình, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
               "I. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính chủ trì tổng hợp, báo cáo kết quả trước ngày 20/12/2026."]


@pytest.mark.parametrize("intro,lead", [
    ("2. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Ninh Bình phối hợp với Ủy ban nhân dân các xã, phường "
     "ưu tiên cho vay thành viên tổ hợp tác là hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, hộ có hoàn cảnh khó khăn:",
     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Ninh Bình"),
    ("2. Giao Liên minh Hợp tác xã tỉnh phối hợp với Sở Nông nghiệp và Môi trường, Sở Công Thương và Ủy ban nhân dân "
     "các xã, phường hỗ trợ hợp tác xã nông nghiệp ở các xã vùng đồi, vùng bãi ven sông nâng cao năng lực quản trị:",
     "Liên minh Hợp tác xã tỉnh"),
])
def test_a_long_item_introducing_points_gives_them_its_doer(tmp_path, intro, lead):
    """An item that introduces its points ("… :" then "a) …", "b) …") names their doer first, however long its
    sentence runs."""
    d = written(tmp_path, "ke-hoach.txt", _LONG_INTRO + [intro, "a) Rà soát danh sách thành viên trong quý II/2026;",
                                                       "b) Hướng dẫn lập hồ sơ vay vốn, thường xuyên."])
    assert len(intro) > 200
    for point in ("Rà soát danh sách", "Hướng dẫn lập hồ sơ"):
        assert d.lead(point)[0].startswith(lead), (point, d.lead(point))
