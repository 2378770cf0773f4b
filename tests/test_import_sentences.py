"""kehoach import: deadlines written in the sentence, the header's issuer and the signature block in the layouts
converters make of them, and tables that ``pdftotext -layout`` prints as space-aligned columns. Each rule is a
general convention of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP and common drafting and
conversion practice), tested on at least two inputs of our own (sentences written here and the fixtures in
tests/fixtures/import/, other topics than the held-out set benchmarks/corpus/unseen/, which only measures them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import fields

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
FIXTURES = ROOT / "tests" / "fixtures" / "import"


# --- deadlines in the sentence ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,extra", [
    # a date after "trước" needs no trigger word before it: "gửi … trước ngày …", fronted "Trước 30/11/2026, …"
    ("Rà soát nhu cầu vay vốn của các hợp tác xã, gửi về Sở Tài chính trước ngày 15/11/2026.", "before",
     {"before": "2026-11-15"}),
    ("Các xã, phường lập danh sách tổ hợp tác đủ điều kiện, gửi Phòng Kinh tế trước ngày 05/3/2027 để tổng hợp.",
     "before", {"before": "2027-03-05"}),
    ("Trước 30/11/2026, các đơn vị gửi báo cáo kết quả về Sở Nông nghiệp và Môi trường.", "before",
     {"before": "2026-11-30"}),
    # a period after "trong": quarter, year, month, half-year
    ("Tổ chức 02 hội nghị kết nối hợp tác xã với doanh nghiệp tiêu thụ trong quý IV năm 2026.", "quarter",
     {"year": 2026, "quarters": [4]}),
    ("Xây dựng 05 mô hình hợp tác xã nuôi trồng thủy sản trong quý II/2027.", "quarter", {"year": 2027, "quarters": [2]}),
    ("Chỉ đạo giải thể các hợp tác xã không còn hoạt động trong năm 2026.", "year", {"year": 2026}),
    ("Hoàn thiện hồ sơ công nhận sản phẩm OCOP của các hợp tác xã trong năm 2025.", "year", {"year": 2025}),
    ("Khảo sát nhu cầu chuyển đổi số của hợp tác xã trong tháng 9/2024.", "month", {"year": 2024, "month": 9}),
    ("Mở lớp bồi dưỡng kế toán hợp tác xã trong tháng 10 năm 2026.", "month", {"year": 2026, "month": 10}),
    ("Đánh giá sơ kết mô hình trong 6 tháng đầu năm 2027.", "quarter", {"year": 2027, "quarters": [1, 2]}),
    # a period opening the sentence
    ("Năm 2024-2025, tổ chức đánh giá, phân loại hợp tác xã nông nghiệp.", "year-range", {"year": 2024, "year_end": 2025}),
])
def test_a_deadline_in_the_sentence(text, kind, extra):
    """A deadline printed inside the sentence, with or without "thực hiện"/"hoàn thành" before it."""
    found = fields.deadline(text)
    assert found.kind == kind, found
    for key, value in extra.items():
        assert getattr(found, key) == value
    if found.printed:
        assert found.printed in text


@pytest.mark.parametrize("text", [
    "Tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách năm 2027 của tỉnh.",
    "Bố trí kinh phí thực hiện các mô hình từ nguồn vốn năm 2026 của tỉnh.",
    "Lập dự toán chi thường xuyên năm 2026 cho các đơn vị sự nghiệp.",
    "Bảo đảm kinh phí thường xuyên cho Quỹ hỗ trợ phát triển hợp tác xã.",
])
def test_a_budget_year_or_recurrent_spending_is_no_deadline(text):
    """The year of a budget ("dự toán ngân sách năm 2027", "kinh phí năm 2026") and recurrent spending ("chi/kinh phí
    thường xuyên") say whose money, not when the work is due."""
    assert fields.deadline(text).kind == "unspecified"


@pytest.mark.parametrize("text,kind,year", [
    ("Thực hiện Nghị quyết số 20-NQ/TW năm 2022 của Ban Chấp hành Trung ương về kinh tế tập thể.", "unspecified", None),
    ("Thực hiện tuyên truyền Luật Hợp tác xã năm 2023 đến cán bộ, hội viên.", "unspecified", None),
    ("Thực hiện đúng Hiến pháp năm 2013 và Luật Đất đai năm 2024; hoàn thành năm 2026.", "year", 2026),
    ("Trình ban hành Nghị quyết hỗ trợ hợp tác xã, hoàn thành trong năm 2026.", "year", 2026),
    ("Thực hiện Nghị quyết hỗ trợ hợp tác xã trong năm 2026.", "year", 2026),
])
def test_a_documents_own_year_is_no_deadline(text, kind, year):
    """"Luật Hợp tác xã năm 2023", "Nghị quyết số 20-NQ/TW năm 2022": the year a law or resolution was passed names
    it, it does not say when the work is due; a time word before the year ("trong năm 2026") still makes it one."""
    found = fields.deadline(text)
    assert (found.kind, found.year) == (kind, year), found


def test_recurring_work_by_its_words_and_a_stage_is_no_deadline():
    """"định kỳ hằng quý" and "hàng quý" recur (the kinds have no quarterly one: ongoing, never a quarter), "hằng
    năm"/"hàng năm" is annual, "thường xuyên" ongoing; "Giai đoạn 2026 - 2028:" opening an item names a stage of the
    programme, not when the item is due."""
    assert fields.deadline("Báo cáo tiến độ thực hiện hàng quý về Ủy ban nhân dân tỉnh.").kind == "ongoing"
    found = fields.deadline("Định kỳ hằng quý cung cấp số liệu dư nợ cho vay hợp tác xã cho Sở Tài chính.")
    assert (found.kind, found.printed) == ("ongoing", "Định kỳ hằng quý")
    assert fields.deadline("Tổ chức tôn vinh hợp tác xã tiêu biểu hằng năm.").kind == "annual"
    assert fields.deadline("Hàng năm, bố trí lồng ghép nguồn vốn khuyến nông cho hợp tác xã.").kind == "annual"
    assert fields.deadline("Hướng dẫn hợp tác xã hoàn thiện thủ tục đăng ký; thực hiện thường xuyên.").kind == "ongoing"
    assert fields.deadline("Giai đoạn 2026 - 2028: hỗ trợ 20 hợp tác xã ứng dụng công nghệ cao.").kind == "unspecified"


@pytest.mark.parametrize("text,cell,quarters", [
    ("Quý II - Quý IV/2026", True, [2, 3, 4]),
    ("Quý I – III/2027", True, [1, 2, 3]),
    ("Triển khai từ quý II đến quý IV năm 2026.", False, [2, 3, 4]),
    ("Quý I/2026 và Quý III/2026", True, [1, 3]),           # two quarters of one year, each with its year
    ("Quý I/2026 và\nQuý III/2026", True, [1, 3]),          # a cell wrapped over a continued row
    ("Quý II, Quý III/2026", True, [2, 3]),                  # a list stays a list
])
def test_a_quarter_range_and_quarters_of_one_year(text, cell, quarters):
    """A dash or "đến" between two quarters is a range; quarters each printed with the same year are one deadline."""
    found = fields.deadline(text, cell=cell)
    assert (found.kind, found.year, found.quarters) == ("quarter", int(text.split("20")[-1][:2]) + 2000, quarters)


@pytest.mark.parametrize("text,before,several", [
    # two reports, each with its date: the task ends with the last
    ("Tổng hợp báo cáo kết quả 6 tháng (trước ngày 20/6/2026) và năm (trước ngày 10/12/2026) gửi Ủy ban nhân dân xã.",
     "2026-12-10", True),
    ("Báo cáo sơ kết trước ngày 15/7/2027 và báo cáo tổng kết trước ngày 30/11/2027 về Sở Tài chính.", "2027-11-30", True),
    # a purpose clause after it is the next body's work
    ("Các xã gửi danh sách về Phòng Kinh tế trước ngày 10/10/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước "
     "ngày 31/10/2026.", "2026-10-10", True),
    ("Rà soát hồ sơ, gửi Sở Tài chính trước ngày 01/4/2027 nhằm trình Ủy ban nhân dân tỉnh trước ngày 15/4/2027.",
     "2027-04-01", True),
    ("Hoàn thành trước ngày 30/9/2026.", "2026-09-30", False),
])
def test_of_several_dates_the_one_that_ends_the_tasks_own_work(text, before, several):
    """Where a sentence has several dates, the last of its main clause, never one in a purpose clause ("để …",
    "nhằm …") after it; said for review."""
    found = fields.deadline(text)
    assert (found.kind, found.before) == ("before", before)
    assert (found.note is not None) == several
    if several:
        assert "kiểm tra" in found.note and before[:4] in found.note


# --- the same conventions in whole documents of our own ---------------------------------------------------------

class _Imported:
    def __init__(self, path: Path):
        from generator.importer import import_document
        from generator.importer.fields import Known

        self.draft = import_document(path, SOURCE)
        self.plan = self.draft.plan
        self.names = {a.id: a.name for a in Known.load(SOURCE).registry.agencies}
        self.proposed = {a["id"]: a for a in self.draft.registry.get("agencies", [])}
        self.names.update({i: a["name"] for i, a in self.proposed.items()})

    def task(self, prefix: str) -> dict:
        [found] = [t for t in self.plan["tasks"] if t["text"].startswith(prefix)]
        return found

    def deadline(self, prefix: str) -> dict:
        return {k: v for k, v in self.task(prefix)["deadline"].items() if k != "printed"}


@pytest.fixture(scope="module")
def imported():
    cache: dict[str, _Imported] = {}

    def get(name: str) -> _Imported:
        if name not in cache:
            cache[name] = _Imported(FIXTURES / name)
        return cache[name]
    return get


@pytest.mark.parametrize("fixture,prefix,deadline", [
    ("so-nnmt-layout.txt", "Chi cục Thủy sản rà soát", {"kind": "before", "before": "2026-11-15"}),
    ("so-nnmt-layout.txt", "Trung tâm Khuyến nông tổ chức 03", {"kind": "quarter", "year": 2026, "quarters": [4]}),
    ("so-nnmt-layout.txt", "Phòng Kế hoạch - Tài chính tổng hợp", {"kind": "before", "before": "2026-12-10"}),
    ("so-nnmt-layout.txt", "Chi cục Thủy sản định kỳ", {"kind": "ongoing"}),
    ("huyen-chi-thi-tab.txt", "Phòng Tài chính - Kế hoạch rà soát", {"kind": "before", "before": "2024-05-31"}),
    ("huyen-chi-thi-tab.txt", "Trung tâm Dịch vụ nông nghiệp tổ chức", {"kind": "quarter", "year": 2024, "quarters": [2, 3, 4]}),
    ("huyen-chi-thi-tab.txt", "Ủy ban nhân dân các xã, thị trấn", {"kind": "month", "year": 2024, "month": 8}),
    ("xa-phu-loc.md", "Phòng Kinh tế chủ trì", {"kind": "year", "year": 2026}),
    ("xa-phu-loc.md", "Công chức Tài chính", {"kind": "unspecified"}),
    ("xa-phu-loc.md", "Trung tâm Phục vụ hành chính công", {"kind": "before", "before": "2026-09-30"}),
    ("xa-phu-loc.md", "Năm 2026-2027", {"kind": "year-range", "year": 2026, "year_end": 2027}),
    ("xa-phu-loc.md", "Phòng Kinh tế theo dõi", {"kind": "month", "year": 2026, "month": 12}),
    ("cong-van-tl-pdftotext.txt", "Sở Tài chính thẩm định", {"kind": "unspecified"}),  # a budget year
    ("nghi-quyet-hdnd.md", "Ủy ban nhân dân tỉnh chỉ đạo xây dựng", {"kind": "quarter", "year": 2026, "quarters": [4]}),
])
def test_deadlines_in_the_sentences_of_documents(imported, fixture, prefix, deadline):
    assert imported(fixture).deadline(prefix) == deadline


def test_several_dates_in_a_documents_sentence_are_said_for_review(imported):
    task = imported("so-nnmt-layout.txt").task("Phòng Kế hoạch - Tài chính tổng hợp")
    assert any("nhiều thời hạn" in r for r in task["review"])
    task = imported("xa-phu-loc.md").task("Trung tâm Phục vụ hành chính công")
    assert any("nhiều thời hạn" in r and "“để …”" in r for r in task["review"])


# --- the issuer: under its superior, a district's or commune's UBND, a province's body ---------------------------

@pytest.mark.parametrize("fixture,issuer,kind,province", [
    # "UBND TỈNH QUẢNG TRỊ" / "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": the Sở, under that province
    ("so-nnmt-layout.txt", "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "so", "quang-tri"),
    # a district's UBND, its province named only in a Căn cứ line
    ("huyen-layout-giua-o.txt", "Ủy ban nhân dân huyện Đại Lộc (tỉnh Quảng Nam)", "ubnd-huyen", "quang-nam"),
    ("huyen-chi-thi-tab.txt", "Ủy ban nhân dân huyện Cư M'gar (tỉnh Đắk Lắk)", "ubnd-huyen", "dak-lak"),
    # "UBND XÃ PHÚ LỘC": that commune's UBND, not the province's UBND named in the Căn cứ line
    ("xa-phu-loc.md", "Ủy ban nhân dân xã Phú Lộc (tỉnh Quảng Ngãi)", "khac", "quang-ngai"),
    # a province's own body named alone: its HĐND
    ("nghi-quyet-hdnd.md", "Hội đồng nhân dân tỉnh Hà Tĩnh", "khac", "ha-tinh"),
])
def test_the_issuer_named_in_the_headers_left_column(imported, fixture, issuer, kind, province):
    """Nghị định 30/2020/NĐ-CP, Phụ lục I: the header's left column names the issuing body, below its superior (if
    any). The issuer is that body, as a body of the province (proposed in running case, said in review); the
    province's UBND named in the text is still the province's."""
    doc = imported(fixture)
    assert doc.plan["province"] == province
    assert doc.names[doc.plan["issuer"]] == issuer
    assert doc.proposed[doc.plan["issuer"]]["kind"] == kind
    assert any("Cơ quan ban hành đọc từ đầu văn bản" in r for r in doc.plan["review"])


def test_the_issuers_type_and_the_provinces_ubnd_under_a_body_of_the_province(imported):
    doc = imported("so-nnmt-layout.txt")
    assert doc.proposed[doc.plan["issuer"]]["type"] == "so-nong-nghiep-moi-truong"  # the registry's kind of Sở
    assert doc.proposed[doc.plan["issuer"]]["variants"] == ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"]
    resolution = imported("nghi-quyet-hdnd.md")
    assert {resolution.names[a] for a in resolution.task("Ủy ban nhân dân tỉnh chỉ đạo bố trí")["lead"]} == {
        "Ủy ban nhân dân tỉnh Hà Tĩnh"}
    # a province's UBND header is read as before
    assert imported("chi-thi-tab.txt").plan["issuer"] == "ubnd-khanh-hoa"


# --- the signer -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fixture,title,name", [
    ("xa-phu-loc.md", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Phạm Văn Long"),        # a Markdown cell's <br> lines
    ("huyen-chi-thi-tab.txt", "Q. CHỦ TỊCH", "Y Khiêm Niê"),                    # a TAB-joined Word copy
    ("chi-thi-tab.txt", "CHỦ TỊCH", "Nguyễn Văn Hải"),
    ("cong-van-tl-pdftotext.txt", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", "Nguyễn Duy Lâm"),  # interleaved with Nơi nhận
    ("nghi-quyet-hdnd.md", "CHỦ TỊCH", "Trần Văn Minh"),
    ("so-nnmt-layout.txt", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Lê Thị Thu Hà"),
])
def test_the_signer_in_the_layouts_converters_make(imported, fixture, title, name):
    assert imported(fixture).plan["signer"] == {"title": title, "name": name}


def test_a_signature_in_a_word_table_and_before_the_next_pages_appendix(tmp_path):
    """A Word table cell's paragraphs copied as one line ("TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ TÀI CHÍNH Đặng Thị Thu") are the
    title, then the name; a Markdown signature cell without a name is not followed into the appendix's title."""
    import docx

    from generator.importer import import_document

    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text, head.cell(0, 1).text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head.cell(1, 0).text, head.cell(1, 1).text = "Số: 77/KH-UBND", "Quảng Ngãi, ngày 03 tháng 3 năm 2026"
    for line in ["KẾ HOẠCH", "Hỗ trợ hợp tác xã tiếp cận vốn năm 2026", "I. NHIỆM VỤ",
                 "1. Sở Tài chính hướng dẫn hợp tác xã lập hồ sơ vay vốn Quỹ hỗ trợ phát triển hợp tác xã.",
                 "2. Liên minh Hợp tác xã tỉnh tư vấn phương án kinh doanh cho hợp tác xã."]:
        document.add_paragraph(line)
    sign = document.add_table(rows=1, cols=2)
    left, right = sign.cell(0, 0), sign.cell(0, 1)
    left.text = "Nơi nhận:"
    left.add_paragraph("- Như trên;")
    left.add_paragraph("- Lưu: VT, KT.")
    right.text = "TUQ. CHỦ TỊCH"
    for line in ["GIÁM ĐỐC SỞ TÀI CHÍNH", "", "Đặng Thị Thu"]:
        right.add_paragraph(line)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    assert import_document(path, SOURCE).plan["signer"] == {"title": "TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ TÀI CHÍNH",
                                                           "name": "Đặng Thị Thu"}
    markdown = tmp_path / "ke-hoach.md"
    markdown.write_text("\n".join([
        "| UBND TỈNH QUẢNG NGÃI<br>**SỞ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
        "| Số: 15/KH-STC | *Quảng Ngãi, ngày 09 tháng 3 năm 2026* |", "", "# KẾ HOẠCH", "",
        "**Hỗ trợ hợp tác xã tiếp cận vốn năm 2026**", "",
        "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;", "",
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Quảng Ngãi,", "",
        "Sở Tài chính ban hành Kế hoạch như sau:", "", "## I. MỤC ĐÍCH", "",
        "Tạo điều kiện cho hợp tác xã tiếp cận nguồn vốn tín dụng.", "", "## II. NHIỆM VỤ", "",
        "1. Phòng Tài chính doanh nghiệp chủ trì hướng dẫn hợp tác xã lập hồ sơ vay vốn, hoàn thành trong quý II/2026.", "",
        "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>(Đã ký) |", "|---|---|",
        "", "## PHỤ LỤC", "", "**DANH MỤC HỢP TÁC XÃ ĐƯỢC HỖ TRỢ**", ""]) + "\n", encoding="utf-8")
    draft = import_document(markdown, SOURCE)
    assert draft.plan["signer"] == {"title": "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"}
    assert draft.report["issuer"] == "Sở Tài chính tỉnh Quảng Ngãi"


# --- the document's kind ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fixture,kind,plan_id", [
    ("chi-thi-tab.txt", "chi-thi", "khanh-hoa-2026-ct-09"),
    ("huyen-chi-thi-tab.txt", "chi-thi", "dak-lak-2024-ct-03"),
    ("nghi-quyet-hdnd.md", "nghi-quyet", "ha-tinh-2026-nq-27"),
    ("cong-van-tl-pdftotext.txt", "cong-van", "ha-tinh-2026-cv-1865"),
])
def test_a_chi_thi_nghi_quyet_or_cong_van_is_its_own_kind(imported, fixture, kind, plan_id):
    """A Chỉ thị, a Nghị quyết giving tasks itself (not issuing an attached plan) and a Công văn are their own kinds,
    which the model holds and the site names."""
    from types import SimpleNamespace

    from generator.labels import PLAN_KIND
    from generator.source.models import Plan
    from generator.site.names import plan_name

    doc = imported(fixture)
    assert (doc.plan["kind"], doc.plan["id"]) == (kind, plan_id)
    plan = Plan(**{**doc.plan, "review": []})
    ds = SimpleNamespace(provinces={plan.province: SimpleNamespace(name="Tỉnh")})
    assert plan_name(ds, plan).startswith(f"{PLAN_KIND[kind]} {plan.number}")
    # none of them is a task: the article titles and the closing formulas
    assert not any(t["text"].startswith(("Điều ", "Văn phòng Ủy ban nhân dân tỉnh thông báo", "Nghị quyết này"))
                   for t in doc.plan["tasks"])


@pytest.mark.parametrize("fixture", ["so-nnmt-layout.txt", "xa-phu-loc.md", "nghi-quyet-hdnd.md", "huyen-chi-thi-tab.txt",
                                     "huyen-layout-giua-o.txt"])
def test_drafts_with_a_body_of_the_province_as_issuer_pass_check_but_for_review(tmp_path, capsys, fixture):
    """The proposed issuer (its kind, type, parent) and the province's UBND are valid registry entries: `kehoach
    check` refuses the draft only for its review lines."""
    import re
    import shutil

    from generator.cli import main

    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    assert main(["import", str(FIXTURES / fixture), "--source", str(source), "--report", str(tmp_path / "r.md")]) == 0
    capsys.readouterr()
    assert main(["check", "--source", str(source)]) == 1
    err = capsys.readouterr().err
    problems = [line for line in err.splitlines() if line.startswith("source") or re.match(r"^/", line)]
    blocking = [p for p in problems if "cảnh báo" not in p]
    allowed = ("cần rà soát trước khi công bố", "không có cơ quan chủ trì", "không có năm mốc")
    assert blocking and all(any(a in p for a in allowed) for p in blocking), blocking


# --- tables printed by pdftotext -layout as space-aligned columns --------------------------------------------------

LAYOUT_ROWS = {
    "so-nnmt-layout.txt": [  # group rows, a header wrapped over two lines, a row cut by a page break
        ("I", "1", "Hướng dẫn các tổ hợp tác nuôi trồng thủy sản chuyển đổi thành hợp tác xã theo Luật Hợp tác xã năm 2023",
         "Chi cục Thủy sản", "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân các xã ven biển", "Quý II - Quý IV/2026", None),
        ("I", "2", "Đánh giá, phân loại hợp tác xã nuôi trồng thủy sản theo tiêu chí mới", "Chi cục Thủy sản",
         "Ủy ban nhân dân các xã ven biển", "Trước 30/11/2026", None),
        ("II", "3", "Xây dựng 02 mô hình nuôi tôm thẻ chân trắng ứng dụng công nghệ tuần hoàn nước do hợp tác xã làm chủ",
         "Trung tâm Khuyến nông", "Sở Khoa học và Công nghệ; Chi cục Thủy sản", "Năm 2026", None),
        ("II", "4", "Hỗ trợ hợp tác xã đăng ký nhãn hiệu chứng nhận, truy xuất nguồn gốc sản phẩm thủy sản",
         "Phòng Quản lý chất lượng", "Sở Khoa học và Công nghệ", "Quý III/2026", None),
        ("II", "5", "Tổ chức kết nối tiêu thụ sản phẩm của hợp tác xã với doanh nghiệp chế biến, siêu thị",
         "Chi cục Thủy sản", "Sở Công Thương", "Thường xuyên", None),
    ],
    "huyen-layout-giua-o.txt": [  # rows between blank lines, numbers centred, letter groups, another column order
        ("A", "1", "Vận động thành lập mới 04 hợp tác xã trồng rau an toàn, chăn nuôi bò",
         "Phòng Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân các xã", "Năm 2024", "04 hợp tác xã được thành lập"),
        ("A", "2", "Tập huấn quản trị, kế toán cho cán bộ hợp tác xã", "Phòng Tài chính - Kế hoạch",
         "Liên minh Hợp tác xã tỉnh", "Quý II/2024", "02 lớp tập huấn"),
        ("B", "3", "Hướng dẫn hợp tác xã hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP",
         "Phòng Nông nghiệp và Phát triển nông thôn", "Ủy ban nhân dân các xã, thị trấn", "Quý II - Quý III/2024",
         "05 sản phẩm được công nhận"),
        ("B", "4", "Hỗ trợ hợp tác xã tham gia hội chợ, quảng bá sản phẩm", "Trung tâm Văn hóa - Thể thao và Truyền thông",
         "Phòng Kinh tế và Hạ tầng", "Hằng năm", "Sản phẩm được quảng bá"),
    ],
}


@pytest.mark.parametrize("fixture", sorted(LAYOUT_ROWS))
def test_a_space_aligned_table_is_read_into_rows_and_columns(fixture):
    from generator.importer import tables

    lines = (FIXTURES / fixture).read_text(encoding="utf-8").split("\n")
    [table] = [t for t in tables.find_tables(lines) if t.kind == "tasks"]
    assert table.layout == "layout" and lines[table.start].lstrip().startswith(("TT", "STT"))
    got = [(r.group_marker, r.row, r.cells.get("text"), r.cells.get("lead"), r.cells.get("cooperating"),
            r.cells.get("deadline"), r.cells.get("output")) for r in table.rows]
    assert got == LAYOUT_ROWS[fixture]
    assert all(r.exact and not r.review for r in table.rows)
    assert [g.title for g in table.groups][:1] in (["CỦNG CỐ TỔ CHỨC HỢP TÁC XÃ"], ["NHIỆM VỤ PHÁT TRIỂN HỢP TÁC XÃ"])
    # a two-column header, a signature beside "Nơi nhận" and justified prose, as pdftotext -layout prints them, are
    # no tables: none of their lines has a TT column with task and lead or deadline headers
    for name in ("tinh-layout.txt", "tinh-thai-nguyen.txt", "qd-ban-hanh-ke-hoach.txt"):
        lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
        assert not [t for t in tables.find_tables(lines) if t.layout == "layout"], name


def test_space_aligned_rows_in_the_draft(imported):
    """The appendix rows are tasks with their leads, partners and deadlines (a quarter range wrapped over two lines);
    a targets table printed the same way gives targets."""
    doc = imported("so-nnmt-layout.txt")
    rows = [t for t in doc.plan["tasks"] if t["place"]["part"] == "appendix"]
    assert [t["place"]["appendix_row"] for t in rows] == ["1", "2", "3", "4", "5"]
    first = rows[0]
    assert [doc.names[a] for a in first["lead"]] == ["Chi cục Thủy sản"]
    assert first["deadline"]["quarters"] == [2, 3, 4] and first["group"] == "pl-i"
    district = imported("huyen-layout-giua-o.txt")
    rows = [t for t in district.plan["tasks"] if t["place"]["part"] == "appendix"]
    assert len(rows) == 4 and rows[3]["deadline"]["kind"] == "annual" and rows[0]["output"] == "04 hợp tác xã được thành lập"
    # a targets table in the same layout: the plan's year's column gives targets, the result column none
    targets = [(t["value"], t["unit"], t["year"]) for t in district.plan["targets"] if "bảng chỉ tiêu" in " ".join(t["review"])]
    assert targets == [(4, "hợp tác xã", 2024), (5, "Sản phẩm", 2024)]


def test_cells_printed_too_close_are_cut_where_the_header_parts_and_flagged():
    """Two header cells in one column (a row's text ran into the next cell, leaving no gutter): the columns are the
    header's, and the row whose text runs across the cut is flagged for review; the others are exact."""
    from generator.importer import tables

    def line(*cells):  # cells at x = 0, 5, 36, 55, as pdftotext places them
        out = ""
        for x, cell in zip((0, 5, 36, 55), cells):
            out = (out.ljust(x) if len(out) < x else out) + cell
        return out
    lines = [line("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
             line(" 1", "Tập huấn kế toán cho hợp tác", "Sở Tài chính", "Quý II/2026"),
             line("", "xã nông nghiệp"),
             line(" 2", "Hướng dẫn hợp tác xã đăng ký mã", "Sở Khoa học và", "Năm 2026"),  # 31 characters: no gap
             line("", "số vùng trồng", "Công nghệ")]
    assert "mãSở" in lines[3]
    [table] = tables.find_tables(lines)
    first, second = table.rows
    assert first.cells == {"text": "Tập huấn kế toán cho hợp tác xã nông nghiệp", "lead": "Sở Tài chính",
                           "deadline": "Quý II/2026"} and first.exact
    assert not second.exact and any("ranh giới hai cột" in r for r in second.review)
    assert second.cells == {"text": "Hướng dẫn hợp tác xã đăng ký mã số vùng trồng", "lead": "Sở Khoa học và Công nghệ",
                            "deadline": "Năm 2026"}


_WORDS = ["hợp", "tác", "xã", "tổ", "chức", "tập", "huấn", "nông", "nghiệp", "hỗ", "trợ", "vốn", "sản", "phẩm", "thị",
          "trường", "liên", "kết", "chuỗi", "giá", "trị", "đào", "tạo", "cán", "bộ", "kế", "toán"]


def _render(rows, widths, gaps, *, apart: bool, centred: bool, page_after: int | None) -> list[str]:
    import textwrap

    header = [["TT"], textwrap.wrap("Nội dung nhiệm vụ", widths[1]), textwrap.wrap("Cơ quan chủ trì", widths[2]),
              textwrap.wrap("Thời gian", widths[3])]
    starts = [0]
    for k in range(1, 4):
        starts.append(starts[-1] + widths[k - 1] + gaps[k - 1])

    def lines_of(cells, middle):
        height = max(len(c) for c in cells)
        out = []
        for y in range(height):
            line = ""
            for x, cell in zip(starts, cells):
                offset = (height - len(cell)) // 2 if middle else 0
                if 0 <= y - offset < len(cell):
                    line = line.ljust(x) + cell[y - offset]
            out.append(line.rstrip())
        return out
    head = lines_of(header, False)
    out = list(head)
    for number, row in enumerate(rows, start=1):
        cells = [[str(number)]] + [textwrap.wrap(" ".join(words), width, break_long_words=False)
                                   for words, width in zip(row, widths[1:])]
        if apart:
            out.append("")
        out += lines_of(cells, centred)
        if page_after == number:
            out += ["", "\f" + " " * 40 + "7"] + head
    return out


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.tuples(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
                               st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
                               st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3)), min_size=1, max_size=6),
       widths=st.tuples(st.just(3), st.integers(18, 34), st.integers(9, 18), st.integers(9, 12)),
       gaps=st.tuples(st.integers(2, 4), st.integers(2, 4), st.integers(2, 4)), apart=st.booleans(),
       centred=st.booleans(), page_after=st.none() | st.integers(1, 5))
def test_every_word_of_a_space_aligned_table_comes_back_in_its_column(rows, widths, gaps, apart, centred, page_after):
    """However the cells wrap, with rows apart or not, numbers centred or not and a page break (its number and the
    header again) anywhere: one row per number, every word back in its column, in order."""
    from generator.importer import tables

    lines = _render(rows, widths, gaps, apart=apart, centred=centred and apart, page_after=page_after)
    [table] = tables.find_tables(lines)
    assert [r.row for r in table.rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row, (text, lead, deadline) in zip(table.rows, rows):
        assert [row.cells.get(k, "").split() for k in ("text", "lead", "deadline")] == [text, lead, deadline]


def test_a_pages_first_row_with_lines_above_its_number_is_said_for_review():
    """Rows set apart by blank lines, numbers centred: the first row of a page with lines above its number takes them
    (its number is centred), but they could end the row the page break cut: said for review. A page's first row whose
    number is on its first line is not."""
    from generator.importer import tables

    rows = [(["tập", "huấn"], ["hợp", "tác"], ["quý"]), (["hỗ", "trợ"], ["hợp", "tác", "xã"] * 2, ["năm"]),
            (["đào", "tạo"], ["kế", "toán"], ["năm"])]
    lines = _render(rows, (3, 18, 9, 9), (2, 2, 2), apart=True, centred=True, page_after=1)
    [table] = tables.find_tables(lines)
    assert [r.cells["lead"].split() for r in table.rows] == [list(r[1]) for r in rows]
    assert [bool(r.review) for r in table.rows] == [False, True, False]
    assert "đầu trang" in table.rows[1].review[0]


def test_a_city_of_a_province_is_its_own_ubnd_and_the_province_named_with_its_kind_is_the_provinces(tmp_path):
    """"ỦY BAN NHÂN DÂN / THÀNH PHỐ KON TUM" is a city of tỉnh Kon Tum (its UBND issues the plan), while "ỦY BAN
    NHÂN DÂN / TỈNH KON TUM" is the province's: the place is compared with its kind, as the province is found."""
    from generator.importer import import_document

    def issuer(unit: str) -> str:
        path = tmp_path / f"{unit}.txt"
        path.write_text("\n".join([
            "ỦY BAN NHÂN DÂN", f"{unit} KON TUM", "Số: 12/KH-UBND", "Kon Tum, ngày 04 tháng 3 năm 2024", "", "KẾ HOẠCH",
            "Phát triển hợp tác xã năm 2024", "", "Căn cứ Kế hoạch số 20/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân "
            "tỉnh Kon Tum;", "", "I. NHIỆM VỤ", "",
            "1. Phòng Kinh tế chủ trì hướng dẫn hợp tác xã hoàn thiện hồ sơ, hoàn thành trong quý III năm 2024.", "",
            "2. Phòng Tài chính - Kế hoạch bố trí kinh phí hỗ trợ hợp tác xã trong năm 2024.", ""]) + "\n", encoding="utf-8")
        return import_document(path, SOURCE).plan["issuer"]
    assert issuer("THÀNH PHỐ") == "ubnd-tp-kon-tum-kon-tum"  # the registry's body
    assert issuer("TỈNH") == "ubnd-kon-tum"


def test_a_time_put_before_the_body_leaves_the_body_the_lead(imported, tmp_path):
    """"Năm 2026-2027, Phòng Kinh tế hướng dẫn …", "Trước ngày 30/6/2026, Trung tâm Khuyến nông …", "Hằng năm, Phòng
    …": a time opening the sentence is a fronted clause; its deadline is read and the body after it leads."""
    from generator.importer import import_document

    doc = imported("xa-phu-loc.md")
    assert [doc.names[a] for a in doc.task("Năm 2026-2027")["lead"]] == ["Phòng Kinh tế"]
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        "UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 31/KH-SNNMT", "Quảng Ngãi, ngày 02 tháng 3 năm 2026",
        "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã chăn nuôi năm 2026", "", "I. NHIỆM VỤ", "",
        "1. Trước ngày 30/6/2026, Trung tâm Khuyến nông xây dựng 03 mô hình chăn nuôi an toàn sinh học tại hợp tác xã.", "",
        "2. Hằng năm, Chi cục Chăn nuôi và Thú y tổ chức tập huấn phòng chống dịch bệnh cho thành viên hợp tác xã.", ""]) + "\n",
        encoding="utf-8")
    draft = import_document(path, SOURCE)
    names = {a["id"]: a["name"] for a in draft.registry.get("agencies", [])}
    got = [([names.get(a, a) for a in t["lead"]], t["deadline"]["kind"]) for t in draft.plan["tasks"]]
    assert got == [(["Trung tâm Khuyến nông"], "before"), (["Chi cục Chăn nuôi và Thú y"], "annual")]


@pytest.mark.parametrize("sentence,name", [
    ("Sở Nông nghiệp và Môi trường đồng thời rà soát danh sách hợp tác xã đủ điều kiện.", "Sở Nông nghiệp và Môi trường"),
    ("Liên minh Hợp tác xã tỉnh cũng tổ chức tập huấn cho cán bộ hợp tác xã.", "Liên minh Hợp tác xã tỉnh"),
    ("Ủy ban nhân dân các xã, phường phân công công chức theo dõi Chương trình OCOP.", "Ủy ban nhân dân các xã, phường"),
    ("Phòng Kinh tế phân công cán bộ hướng dẫn hợp tác xã.", "Phòng Kinh tế"),
    ("Ban Kinh tế - Xã hội giúp Ban Thường vụ theo dõi việc thực hiện Kế hoạch.", "Ban Kinh tế - Xã hội"),
    ("Văn phòng Sở giúp Giám đốc Sở tổng hợp kết quả.", "Văn phòng Sở"),
])
def test_an_adverb_or_phan_cong_ends_a_name(sentence, name):
    """"đồng thời", "cũng" stand between a subject and its verb, and "phân công" (assign staff) and "giúp" (a unit helps
    its head) are a duty's verbs: each ends the body's name."""
    assert fields.name_only(sentence).strip() == name
