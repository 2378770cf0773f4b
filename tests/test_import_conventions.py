"""kehoach import: conventions of the kinds of documents a province's work also comes in — an HĐND's Nghị quyết
and a Quyết định approving an Đề án (articles "Điều N."), a department's Công văn copied from a web portal, a Chỉ
thị, a district plan typed with "I/", "1/", "a/" — each tested on documents of our own (tests/fixtures/import/, see
its README, and documents written here), never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields, layout
from generator.importer.fields import Known

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
FIXTURES = ROOT / "tests" / "fixtures" / "import"


class _Draft:
    """A document's draft: tasks by the start of their text, agency names by id."""

    def __init__(self, path: Path):
        from generator.importer import import_document

        self.draft = import_document(path, SOURCE)
        self.names = {a.id: a.name for a in Known.load(SOURCE).registry.agencies}
        self.names.update({a["id"]: a["name"] for a in self.draft.registry.get("agencies", [])})
        self.tasks = self.draft.plan["tasks"]

    def __getitem__(self, prefix: str) -> dict:
        found = [t for t in self.tasks if t["text"].startswith(prefix)]
        assert len(found) == 1, (prefix, [t["text"][:40] for t in self.tasks])
        return found[0]

    def lead(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self[prefix]["lead"]]

    def coop(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self[prefix].get("cooperating", [])]

    def texts(self) -> list[str]:
        return [t["text"] for t in self.tasks]


def _written(tmp_path: Path, name: str, lines: list[str]) -> _Draft:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _Draft(path)


@pytest.fixture(scope="module")
def nq():  # an HĐND's Nghị quyết in Markdown: "### Điều N." headings
    return _Draft(FIXTURES / "nq-hdnd-ho-tro.md")


@pytest.fixture(scope="module")
def cv():  # a department's Công văn copied from a web portal: one line per paragraph
    return _Draft(FIXTURES / "cv-cong-thong-tin.txt")


@pytest.fixture(scope="module")
def huyen():  # a district plan typed with "I/", "1/", "a/" and bullets without their space
    return _Draft(FIXTURES / "huyen-gach-cheo.txt")


@pytest.fixture(scope="module")
def qd():  # a Quyết định approving an Đề án through markitdown: "**Điều N.**", an appendix with "<br>" in cells
    return _Draft(FIXTURES / "qd-phe-duyet-de-an.md")


@pytest.fixture(scope="module")
def ct():  # a Chỉ thị in Markdown: the opening asks the bodies, "### Về …" headings divide the list
    return _Draft(FIXTURES / "ct-yeu-cau-so-nganh.md")


@pytest.fixture(scope="module")
def empty():
    known = Known.load(SOURCE, "chua-co")
    known.names = []  # nothing registered: every name is read from the phrase itself
    return known


# --- 1. the last item of a list, before a heading or a plain paragraph ---

def test_the_last_item_before_a_heading_is_drafted(nq, ct, qd):
    """A Markdown heading ("### Điều 5. …", "### Về tín dụng …") closes the list above it: the list's last item is
    an item like the others, never a group titled by it."""
    assert nq.lead("Thường trực Hội đồng nhân dân tỉnh") == [
        "Thường trực Hội đồng nhân dân tỉnh", "các Ban của Hội đồng nhân dân tỉnh",
        "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh"]
    assert ct.lead("Sở Tài chính chủ trì") == ["Sở Tài chính"]
    assert qd.lead("Liên minh Hợp tác xã tỉnh theo chức năng") == ["Liên minh Hợp tác xã tỉnh"]
    for draft in (nq, ct, qd):
        assert not any(g["title"].startswith(("Thường trực", "Sở Tài chính", "Liên minh"))
                       for g in draft.draft.plan["groups"])


def test_the_last_item_before_a_plain_paragraph_is_drafted(cv, tmp_path):
    """In a list whose items with sub-items introduce them ("2. … sau:" then "- …"), an item that is a sentence is
    never a heading: the plain paragraphs after the last one follow the list."""
    assert cv.lead("Chi cục Phát triển nông thôn tổng hợp") == ["Chi cục Phát triển nông thôn"]
    draft = _written(tmp_path, "ke-hoach.txt", [
        "UBND TỈNH HÀ TĨNH", "Số: 40/KH-UBND", "Hà Tĩnh, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã nuôi trồng thủy sản", "I. NHIỆM VỤ",
        "1. Sở Nông nghiệp và Môi trường hướng dẫn hợp tác xã nuôi trồng thủy sản theo hướng an toàn:",
        "a) Tập huấn quy trình nuôi tôm an toàn sinh học.", "b) Hỗ trợ con giống chất lượng cao.",
        "2. Sở Tài chính bố trí kinh phí hỗ trợ trong dự toán năm 2026.",
        "3. Liên minh Hợp tác xã tỉnh tư vấn thành lập mới 05 hợp tác xã thủy sản.",
        "Các cơ quan, đơn vị chủ động phối hợp, báo cáo kết quả về Sở Nông nghiệp và Môi trường.",
    ])
    assert draft.lead("Liên minh Hợp tác xã tỉnh tư vấn") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Các cơ quan, đơn vị chủ động")  # beside the list, not a sub-item of item 3
    assert not any(g["title"].startswith("Liên minh") for g in draft.draft.plan["groups"])


def test_a_heading_closes_only_the_items_and_deeper_headings():
    """Markdown headings nest by their level; list items never hold one."""
    paras = layout.paragraphs(["## II. NHIỆM VỤ", "1. Sở A thực hiện.", "### Nhiệm vụ riêng", "2. Sở B thực hiện.",
                               "## III. TỔ CHỨC THỰC HIỆN"])
    roots = layout.tree(paras)
    assert [p.text for p in roots] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]
    assert [p.text for p in roots[0].children] == ["Sở A thực hiện.", "Nhiệm vụ riêng", "Sở B thực hiện."]


# --- 2. markers typed with a slash; bullets typed without their space ---

def test_slash_markers_are_markers(huyen, tmp_path):
    """"I/", "1/", "a/" are markers: headings are headings (never glued into a task), per-body items give their lead,
    and a "-X" bullet typed without its space is an item of its own, not a paragraph of the bullet above it."""
    texts = huyen.texts()
    assert not any("MỤC ĐÍCH" in t or "NHIỆM VỤ VÀ GIẢI PHÁP" in t or t.startswith(("I/", "1/", "Mục đích")) for t in texts)
    assert [g["title"] for g in huyen.draft.plan["groups"]][:4] == [
        "NHIỆM VỤ VÀ GIẢI PHÁP", "Công tác tuyên truyền", "Hỗ trợ hợp tác xã nâng cao năng lực", "Tín dụng và đất đai"]
    assert huyen["Tổ chức 03 lớp tập huấn"]["place"]["section"] == "III.2"
    assert huyen["Hỗ trợ hợp tác xã chè"]["place"]["section"] == "III.2"
    assert huyen.lead("Là cơ quan thường trực") == ["Phòng Nông nghiệp và PTNT"]
    assert huyen.lead("Phòng Tài chính - Kế hoạch: Tham mưu") == ["Phòng Tài chính - Kế hoạch"]
    assert huyen.lead("Xây dựng kế hoạch phát triển") == ["UBND các xã, thị trấn"]
    draft = _written(tmp_path, "ke-hoach.txt", [
        "ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 12/KH-UBND", "Tân Lập, ngày 05 tháng 02 năm 2025", "KẾ HOẠCH",
        "Phát triển tổ hợp tác, hợp tác xã năm 2025", "I/ NHIỆM VỤ",
        "1/ Công chức Văn hóa - Xã hội xã:",
        "a/ Tuyên truyền chính sách hỗ trợ hợp tác xã trên loa truyền thanh xã.",
        "b/ Giới thiệu mô hình tổ hợp tác hoạt động hiệu quả.",
        "2/ Hội Nông dân xã:",
        "+Vận động hội viên tham gia tổ hợp tác trồng rau an toàn.",
        "+ Phối hợp tổ chức 01 lớp tập huấn cho thành viên tổ hợp tác.",
        "II/ TỔ CHỨC THỰC HIỆN",
        "Các ban, ngành, đoàn thể xã căn cứ Kế hoạch này triển khai thực hiện.",
    ])
    assert draft.lead("Tuyên truyền chính sách") == ["Công chức Văn hóa - Xã hội xã"]
    assert draft.lead("Giới thiệu mô hình") == ["Công chức Văn hóa - Xã hội xã"]
    assert draft.lead("Vận động hội viên") == ["Hội Nông dân xã"]
    assert draft.lead("Phối hợp tổ chức 01 lớp") == ["Hội Nông dân xã"]
    assert draft["Tuyên truyền chính sách"]["place"]["section"] == "I.1"


@pytest.mark.parametrize("line,kind,delim", [
    ("1/ Phòng Kinh tế", "num", "/"), ("II/ MỤC TIÊU", "roman", "/"), ("a/ Tuyên truyền", "letter", "/"),
    ("-Phòng Kinh tế", "bullet", ""), ("Điều 4. Tổ chức thực hiện", "article", "."),
    ("09/NQ-CP ngày 02/02/2023 của Chính phủ", "", ""), ("1/2024 của Bộ Tài chính", "", ""),
    ("09/ NQ-CP ngày 02/02/2023", "", ""), ("-------", "", ""), ("Điều 5 Luật Hợp tác xã quy định", "", ""),
])
def test_markers_as_typed(line, kind, delim):
    """A number cut at the end of the line before ("…số" / "09/NQ-CP") is no marker."""
    found, mark, _ = layout.marker_of(line)
    assert found == kind
    assert layout.delimiter(line, found, mark) == delim


# --- 3. the lead in brackets beside other fields, or in a later sentence of the item ---

def test_a_lead_in_brackets_beside_other_fields(huyen, tmp_path):
    """"(X chủ trì, phối hợp với Y; thời gian: quý II/2024)", "(X chủ trì; Y, Z phối hợp; thời gian: …)", "(…; hoàn
    thành trong quý III/2024)", "(Cơ quan chủ trì: X; cơ quan phối hợp: Y; thời gian: …)": X leads, Y cooperates,
    the time is the deadline."""
    task = huyen["Tuyên truyền Luật Hợp tác xã"]
    assert huyen.lead("Tuyên truyền Luật Hợp tác xã") == ["Trung tâm VH-TT&TT huyện"]
    assert huyen.coop("Tuyên truyền Luật Hợp tác xã") == ["UBND các xã, thị trấn"]
    assert task["deadline"]["quarters"] == [2] and task["deadline"]["year"] == 2024
    assert huyen.lead("Tổ chức 02 hội nghị") == ["Phòng NN&PTNT"]
    assert huyen.coop("Tổ chức 02 hội nghị") == ["Phòng TC-KH", "Hội Nông dân huyện"]
    assert huyen.lead("Giới thiệu hợp tác xã tiếp cận") == ["Phòng TC-KH"]
    assert huyen["Giới thiệu hợp tác xã tiếp cận"]["deadline"]["quarters"] == [3]
    draft = _written(tmp_path, "ke-hoach.txt", [
        "UBND TỈNH QUẢNG TRỊ", "SỞ CÔNG THƯƠNG", "Số: 31/KH-SCT", "Quảng Trị, ngày 10 tháng 02 năm 2026", "KẾ HOẠCH",
        "Xúc tiến thương mại cho hợp tác xã năm 2026", "I. NHIỆM VỤ",
        "1. Tổ chức 02 hội chợ nông sản cho hợp tác xã (Cơ quan chủ trì: Trung tâm Khuyến công và Tư vấn phát triển "
        "công nghiệp; cơ quan phối hợp: Liên minh Hợp tác xã tỉnh; thời gian: quý III/2026).",
        "2. Hỗ trợ hợp tác xã đưa sản phẩm lên sàn thương mại điện tử (Phòng Quản lý thương mại chủ trì, phối hợp "
        "với Viettel Quảng Trị; hoàn thành trong quý IV/2026).",
    ])
    assert draft.lead("Tổ chức 02 hội chợ") == ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"]
    assert draft.coop("Tổ chức 02 hội chợ") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Tổ chức 02 hội chợ"]["deadline"]["quarters"] == [3]
    assert draft.lead("Hỗ trợ hợp tác xã đưa") == ["Phòng Quản lý thương mại"]
    assert draft.coop("Hỗ trợ hợp tác xã đưa") == ["Viettel Quảng Trị"]
    assert draft["Hỗ trợ hợp tác xã đưa"]["deadline"]["quarters"] == [4]


def test_a_later_sentence_that_gives_the_work(huyen, tmp_path):
    """"… . Giao X chủ trì, phối hợp với Y …" and "… . Giao X phối hợp với Y …" after the item's first sentence: X
    leads, Y cooperates."""
    assert huyen.lead("Tổ chức 03 lớp tập huấn") == ["Trung tâm DVNN huyện"]
    assert huyen.coop("Tổ chức 03 lớp tập huấn") == ["UBND các xã"]
    assert huyen.lead("Hỗ trợ hợp tác xã chè") == ["Phòng NN&PTNT"]
    assert huyen.coop("Hỗ trợ hợp tác xã chè") == ["Trung tâm DVNN huyện"]
    assert huyen.lead("Rà soát quỹ đất công") == ["Phòng TN&MT"]
    draft = _written(tmp_path, "ke-hoach.txt", [
        "UBND TỈNH AN GIANG", "Số: 52/KH-UBND", "An Giang, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH",
        "Phát triển hợp tác xã lúa gạo", "I. NHIỆM VỤ, GIẢI PHÁP",
        "1. Xây dựng 10 cánh đồng lớn gắn với hợp tác xã; giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với "
        "Ủy ban nhân dân các xã, phường thực hiện.",
        "2. Hỗ trợ hợp tác xã đầu tư lò sấy lúa. Giao Quỹ Đầu tư phát triển tỉnh phối hợp với Liên minh Hợp tác xã "
        "tỉnh thẩm định phương án vay vốn.",
        "3. Khảo sát nhu cầu kho lạnh của hợp tác xã.",
    ])
    assert draft.lead("Xây dựng 10 cánh đồng") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Xây dựng 10 cánh đồng") == ["Ủy ban nhân dân các xã, phường"]
    assert draft.lead("Hỗ trợ hợp tác xã đầu tư") == ["Quỹ Đầu tư phát triển tỉnh"]
    assert draft.coop("Hỗ trợ hợp tác xã đầu tư") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Khảo sát nhu cầu"]["lead"] == []


# --- 4. the bodies a Công văn's or Chỉ thị's opening paragraph addresses ---

def test_the_opening_paragraph_gives_its_addressees(cv, ct):
    """"… đề nghị Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:", "… yêu cầu các sở, ngành, Ủy ban nhân
    dân các xã, phường thực hiện tốt các nội dung sau:": those bodies lead the items below (and what they hold) until
    an item names its own body; the context before the opening is no task."""
    ubnd = ["Ủy ban nhân dân các xã, phường"]
    for prefix in ("Rà soát, lập danh sách", "Phổ biến các chính sách", "Hướng dẫn hợp tác xã xây dựng",
                   "Bố trí cán bộ theo dõi"):
        assert cv.lead(prefix) == ubnd
        assert any("đoạn mở đầu" in r for r in cv[prefix]["review"])
    assert cv.lead("Đề nghị Liên minh Hợp tác xã tỉnh") == ["Liên minh Hợp tác xã tỉnh Gia Lai"]
    for prefix in ("Rà soát, phân loại hợp tác xã", "Hướng dẫn hợp tác xã ngừng"):
        assert ct.lead(prefix) == ["Các sở, ngành", "Ủy ban nhân dân các xã, phường"]
        assert ct[prefix]["lead_text"] == "các sở, ngành, Ủy ban nhân dân các xã, phường"  # as printed
    assert ct.lead("Sở Tài chính chủ trì") == ["Sở Tài chính"]
    assert ct["Sở Công Thương hỗ trợ"]["lead"]  # names its own
    assert not any(t.startswith(("Thời gian qua", "Về tăng cường", "Để khắc phục")) for t in ct.texts())
    assert len(ct.tasks) == 5


# --- 5. what is never a task; the bodies of an HĐND ---

def test_articles_on_force_and_issuing_basis_are_no_tasks(nq, qd):
    """A Nghị quyết's or Quyết định's articles on its own force ("Nghị quyết này có hiệu lực từ …", "… hết hiệu lực kể
    từ …", "Quyết định này có hiệu lực thi hành kể từ ngày ký", "… đã được Hội đồng nhân dân tỉnh … thông qua"), its
    issuing basis ("Căn cứ Luật …;", "Theo đề nghị của …", "Xét Tờ trình …"), the article titles and the clause naming
    who executes it ("… chịu trách nhiệm thi hành Quyết định này.") are no tasks; its policy articles neither."""
    for draft in (nq, qd):
        for text in draft.texts():
            assert "hiệu lực" not in text and "thông qua ngày" not in text
            assert not text.startswith(("Căn cứ", "Theo đề nghị", "Xét Tờ trình", "Tổ chức thực hiện", "Chánh Văn phòng",
                                        "Phê duyệt Đề án", "Hỗ trợ 50%", "Nghị quyết này"))
    assert len(nq.tasks) == 3 and [t["place"]["section"] for t in nq.tasks] == ["Điều 4"] * 3
    assert len(qd.tasks) == 10  # 3 solutions of Điều 1, 4 items of Điều 2, 3 appendix rows


@pytest.mark.parametrize("title", ["NGHỊ QUYẾT", "KẾ HOẠCH"])
def test_the_rule_on_references_and_a_signature_in_html_cells_are_no_tasks(tmp_path, title):
    """"Trường hợp các văn bản được dẫn chiếu … được sửa đổi, bổ sung hoặc thay thế thì …" says how references are
    read; a signature printed as a raw HTML table ("<td><b><i>Nơi nhận:</i></b><br>…</td>", as converters write a
    table they cannot draw with pipes) ends the body, as "Nơi nhận" does."""
    header = ["<table>", "<tr>", "<td><b>ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG BÌNH</b></td>",
              "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td>", "</tr>", "<tr>",
              "<td>Số: 21/KH-UBND</td>", "<td><i>Quảng Bình, ngày 10 tháng 7 năm 2024</i></td>", "</tr>", "</table>", ""]
    draft = _written(tmp_path, "van-ban.md", header + [
        f"# {title}", "", "**Về phát triển hợp tác xã**", "", "## I. TỔ CHỨC THỰC HIỆN", "",
        "1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các sở, ngành hướng dẫn hợp tác xã.", "",
        "2. Trường hợp các văn bản được viện dẫn tại văn bản này được sửa đổi, bổ sung hoặc thay thế thì thực hiện "
        "theo văn bản mới.", "",
        "<table>", "<tr>", "<td><b><i>Nơi nhận:</i></b><br>- Bộ Tài chính;<br>- Lưu: VT.</td>",
        "<td><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><b>Trần Hải Châu</b></td>", "</tr>", "</table>",
    ])
    assert [t[:25] for t in draft.texts()] == ["Sở Nông nghiệp và Phát tr"]


def test_targets_under_an_objectives_title_are_targets(huyen, qd):
    """Bullets under "II/ MỤC TIÊU" or "b) Mục tiêu cụ thể đến năm 2030:" (inside an article's "1. Mục tiêu") set
    targets, and are no tasks; the solutions under "2. Nhiệm vụ và giải pháp" are tasks."""
    for draft in (huyen, qd):
        assert not any(t.startswith(("Thành lập mới", "Phấn đấu 60%", "70%", "100%", "Mục tiêu")) for t in draft.texts())
    values = {(t["value"], t["unit"]) for t in huyen.draft.plan["targets"]}
    assert {(6.0, "hợp tác xã"), (60.0, "%"), (100.0, "%")} <= values
    values = {(t["value"], t["unit"], t["year"]) for t in qd.draft.plan["targets"]}
    assert {(15.0, "hợp tác xã", 2030), (70.0, "%", 2030)} <= values
    assert any(o.startswith("Mục tiêu chung") for o in qd.draft.plan["objectives"])
    assert qd["Rà soát quy hoạch vùng trồng"]["place"]["section"] == "Điều 1.2"


def test_contact_lines_and_closing_formulas_are_no_tasks(cv, huyen, tmp_path):
    """"Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ … (ông …, ĐT: …) để được hướng dẫn.", "… đề nghị
    các đơn vị quan tâm, phối hợp thực hiện./.", "… yêu cầu … nghiêm túc triển khai thực hiện./." are no tasks; the
    item above them stays an item."""
    for draft in (cv, huyen):
        assert not any("liên hệ" in t or "quan tâm, phối hợp thực hiện" in t or "Trên đây" in t for t in draft.texts())
    assert len(cv.tasks) == 6
    draft = _written(tmp_path, "cong-van.txt", [
        "UBND TỈNH LÂM ĐỒNG", "SỞ TÀI CHÍNH", "Số: 118/STC-DN", "Lâm Đồng, ngày 09 tháng 3 năm 2026",
        "V/v báo cáo tình hình hợp tác xã", "Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.",
        "Sở Tài chính đề nghị Ủy ban nhân dân các xã, phường, đặc khu thực hiện các nội dung sau:",
        "1. Báo cáo tình hình hoạt động của hợp tác xã trên địa bàn năm 2025.",
        "2. Cập nhật danh sách hợp tác xã ngừng hoạt động.",
        "Mọi thông tin chi tiết, đề nghị liên hệ Phòng Tài chính doanh nghiệp (bà Phạm Thu Trang, số điện thoại "
        "0263.3822.456).",
        "Thông báo để các đơn vị biết, thực hiện./.",
    ])
    assert [t[:20] for t in draft.texts()] == ["Báo cáo tình hình ho", "Cập nhật danh sách h"]
    assert draft.lead("Cập nhật danh sách") == ["Ủy ban nhân dân các xã, phường, đặc khu"]


def test_what_only_looks_like_a_formula_stays_a_task(tmp_path):
    """A duty that opens with "Căn cứ …" and goes on with what to do, a law cited with its date of force, a duty to
    contact others, and "Yêu cầu các sở, ngành:" over its items are tasks; the contact line is not."""
    draft = _written(tmp_path, "ke-hoach.txt", [
        "UBND TỈNH LÂM ĐỒNG", "Số: 77/KH-UBND", "Lâm Đồng, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH",
        "Phổ biến pháp luật về hợp tác xã năm 2026", "I. NHIỆM VỤ",
        "1. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan:",
        "Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh, xây dựng kế hoạch phổ biến pháp luật về hợp tác xã.",
        "Tuyên truyền Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 đến các hợp tác xã.",
        "Liên hệ với các doanh nghiệp bao tiêu để tổng hợp nhu cầu liên kết của hợp tác xã.",
        "2. Yêu cầu các sở, ngành:",
        "- Rà soát văn bản quy phạm pháp luật về hợp tác xã thuộc lĩnh vực quản lý.",
        "- Báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2026.",
        "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở Tư pháp (ĐT: 0263.3822.111).",
    ])
    for prefix in ("Căn cứ Kế hoạch của", "Tuyên truyền Luật", "Liên hệ với các doanh nghiệp"):
        assert draft.lead(prefix) == ["Sở Tư pháp"]
    assert draft.lead("Rà soát văn bản") == ["Các sở, ngành"]
    assert len(draft.tasks) == 5


def test_a_council_gives_work_to_its_own_bodies(nq, tmp_path):
    """An HĐND's own bodies (Thường trực HĐND, its Ban, its Tổ đại biểu and đại biểu) are bodies given work
    ("giám sát việc thực hiện Nghị quyết"): the Tổ đại biểu and đại biểu of one council are one class."""
    assert len(nq.lead("Thường trực Hội đồng nhân dân tỉnh")) == 3
    draft = _written(tmp_path, "nghi-quyet.txt", [
        "HỘI ĐỒNG NHÂN DÂN", "HUYỆN CHỢ MỚI", "Số: 09/NQ-HĐND", "Chợ Mới, ngày 18 tháng 7 năm 2024", "NGHỊ QUYẾT",
        "Về phát triển kinh tế tập thể năm 2024", "Điều 1. Thông qua Kế hoạch phát triển kinh tế tập thể năm 2024.",
        "Điều 2. Tổ chức thực hiện",
        "1. Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết.",
        "2. Thường trực Hội đồng nhân dân huyện, các Ban Hội đồng nhân dân huyện và đại biểu Hội đồng nhân dân huyện "
        "giám sát việc thực hiện Nghị quyết.",
        "Điều 3. Nghị quyết này có hiệu lực từ ngày ký.",
    ])
    assert draft.lead("Thường trực Hội đồng nhân dân huyện") == [
        "Thường trực Hội đồng nhân dân huyện", "các Ban Hội đồng nhân dân huyện", "đại biểu Hội đồng nhân dân huyện"]
    assert len(draft.tasks) == 2


# --- 6. agency names ---

def test_bodies_one_per_line_in_a_table_cell(qd):
    """"Sở Công Thương<br>Liên minh Hợp tác xã tỉnh" are two bodies; "Sở Nông nghiệp và<br>Môi trường" (a name wrapped
    in a narrow cell) one; the cell as printed stays the quoted text."""
    assert qd.lead("Tổ chức hội chợ, phiên chợ dược liệu") == ["Sở Công Thương", "Liên minh Hợp tác xã tỉnh"]
    assert qd["Tổ chức hội chợ, phiên chợ dược liệu"]["lead_text"] == "Sở Công Thương Liên minh Hợp tác xã tỉnh"
    assert qd.coop("Xây dựng 03 mô hình") == ["Sở Khoa học và Công nghệ", "Ủy ban nhân dân các xã"]
    assert qd.coop("Tập huấn kỹ thuật sơ chế") == ["Sở Nông nghiệp và Môi trường"]


@pytest.mark.parametrize("phrase,expected", [
    ("Liên minh Hợp tác xã tỉnh theo chức năng, nhiệm vụ hướng dẫn", ["Liên minh Hợp tác xã tỉnh"]),
    ("Phòng Văn hóa - Xã hội theo chức năng, nhiệm vụ được giao", ["Phòng Văn hóa - Xã hội"]),
    ("Thanh tra Sở theo thẩm quyền xử lý vi phạm", ["Thanh tra Sở"]),
    ("Ủy ban nhân dân các xã, phường trên địa bàn có vùng trồng", ["Ủy ban nhân dân các xã, phường"]),
    ("phối hợp với Sở Tài chính (bà Lê Thị Hoa, ĐT", ["Sở Tài chính"]),
])
def test_a_name_stops_before_how_or_where_and_a_person(empty, phrase, expected):
    """A name stops before "theo chức năng, nhiệm vụ", "theo thẩm quyền", "trên địa bàn"; a person to contact in
    brackets after it, even a bracket the phrase cut open, is no part of it."""
    assert fields.match_agencies(phrase, empty).unknown == expected


def test_names_read_in_documents(cv, qd):
    assert cv.coop("Chi cục Phát triển nông thôn tổng hợp") == ["Sở Tài chính tỉnh Gia Lai"]
    assert cv.lead("Đề nghị Liên minh Hợp tác xã tỉnh") == ["Liên minh Hợp tác xã tỉnh Gia Lai"]
    assert qd.lead("Ủy ban nhân dân các xã, phường trên địa bàn") == ["Ủy ban nhân dân các xã, phường"]


# --- the drafts are checked like any other: every quoted field is found in the document ---

@pytest.mark.parametrize("name,tasks,led", [("nq-hdnd-ho-tro.md", 3, 3), ("cv-cong-thong-tin.txt", 6, 6),
                                            ("huyen-gach-cheo.txt", 13, 12), ("qd-phe-duyet-de-an.md", 10, 7),
                                            ("ct-yeu-cau-so-nganh.md", 5, 5)])
def test_the_drafts_quote_their_document(tmp_path, capsys, name, tasks, led):
    """Leads read from an opening paragraph, a bracket beside other fields or a cell's lines are quoted as printed:
    `kehoach check` finds every task's quoted fields in the document (what it refuses is for review only)."""
    import re
    import shutil

    from generator.cli import main

    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    assert main(["import", str(FIXTURES / name), "--source", str(source), "--report", str(tmp_path / "r.md")]) == 0
    [plan] = [p for p in (source / "plans").glob("*.yaml") if name in p.read_text(encoding="utf-8")]
    text = plan.read_text(encoding="utf-8")
    assert len(re.findall(r"^  - id: (?:nv|pl)-\d+", text, re.M)) == tasks
    assert len(re.findall(r"^    lead:\n      - ", text, re.M)) == led
    capsys.readouterr()
    main(["check", "--source", str(source)])
    err = capsys.readouterr().err
    quoted = [line for line in err.splitlines() if ": tasks[" in line and "không tìm thấy trong" in line]
    assert quoted == []
