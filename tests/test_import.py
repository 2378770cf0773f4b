"""kehoach import: parser pieces on small hand-written snippets, bad files, and the five originals."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from generator.importer import repair
from generator.cli import main
from generator.importer import fields, tables
from generator.importer.draft import _metadata
from generator.importer.fields import Known

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"


@pytest.fixture(scope="module")
def known():
    return Known.load(SOURCE, "dak-nong")


# --- deadlines, metadata, legal references, targets ---

@pytest.mark.parametrize("text,cell,kind,extra", [
    ("Tổ chức hội nghị (thực hiện thường xuyên).", False, "ongoing", {}),
    ("Hằng năm", True, "annual", {}),
    ("Năm 2024-2025", True, "year-range", {"year": 2024, "year_end": 2025}),
    ("giai đoạn 2023 - 2030", True, "year-range", {"year": 2023, "year_end": 2030}),
    ("Rà soát chính sách (thực hiện trong quý II, III năm 2018).", False, "quarter", {"year": 2018, "quarters": [2, 3]}),
    ("Báo cáo kết quả, hoàn thành trước ngày 15/12/2023.", False, "before", {"before": "2023-12-15"}),
    ("Ban hành quy định (sau khi Chính phủ ban hành Nghị định)", False, "after-condition", {}),
    ("Năm 2023", True, "year", {"year": 2023}),
    ("Tuyên truyền về kinh tế tập thể giai đoạn 2021-2030.", False, "unspecified", {}),
    ("Đưa nội dung vào kế hoạch hoạt động hàng năm của các cấp hội.", False, "unspecified", {}),  # a yearly plan
    ("Hỗ trợ đào tạo nghề hàng năm cho thành viên hợp tác xã.", False, "annual", {}),
    ("Báo cáo kết quả gửi về Sở Công Thương trước ngày 20 hằng tháng, để tổng hợp.", False, "ongoing", {}),
    ("Các huyện báo cáo tiến độ hàng tháng về Sở Tài chính.", False, "ongoing", {}),
    ("Lồng ghép vào kế hoạch công tác hằng tháng của đơn vị.", False, "unspecified", {}),  # a monthly plan
    ("Triển khai thực hiện trong Quý III, IV/2026.", False, "quarter", {"year": 2026, "quarters": [3, 4]}),
    ("Quý III, IV/2026", True, "quarter", {"year": 2026, "quarters": [3, 4]}),
    ("quý I và quý II năm 2026", True, "quarter", {"year": 2026, "quarters": [1, 2]}),
    ("Hoàn thành trong quý I và quý II năm 2026.", False, "quarter", {"year": 2026, "quarters": [1, 2]}),
    ("6 tháng đầu năm 2026", True, "quarter", {"year": 2026, "quarters": [1, 2]}),  # the first half: quarters I and II
    ("Thực hiện trong 6 tháng cuối năm 2026.", False, "quarter", {"year": 2026, "quarters": [3, 4]}),
    # quarters running into a later year: one quarter kind holds one year, so a span to the whole later year is kept
    # as years; one that ends in a quarter before the later year's end is due by that quarter (its last day), said
    ("Quý IV/2026, 2027", True, "year-range", {"year": 2026, "year_end": 2027}),
    ("quý IV/2026 - quý I/2027", True, "quarter", {"year": 2027, "quarters": [1]}),
    ("2026 - 2030", True, "year-range", {"year": 2026, "year_end": 2030}),
    ("Giai đoạn 2026 – 2030", True, "year-range", {"year": 2026, "year_end": 2030}),  # en dash
    ("Thực hiện từ năm 2026 đến năm 2030.", False, "year-range", {"year": 2026, "year_end": 2030}),
    # a start with no end: no kind holds it (a range needs its end): "ambiguous", the start in the printed phrase
    ("Năm 2026 và các năm tiếp theo", True, "ambiguous", {"year": None}),
    ("Tổ chức tập huấn, thực hiện từ năm 2026 trở đi.", False, "ambiguous", {"year": None}),
    ("Tháng 8/2024", True, "month", {"year": 2024, "month": 8}),
    ("Hoàn thành trong tháng 5 năm 2026.", False, "month", {"year": 2026, "month": 5}),
    ("Là cơ quan thường trực, định kỳ báo cáo Ủy ban nhân dân tỉnh.", False, "ongoing", {}),
    # "thường xuyên" inside one part of an inline enumeration is how that part is done
    ("Về nhân lực: (i) đào tạo cán bộ; (ii) tổ chức bồi dưỡng thường xuyên cho thành viên.", False, "unspecified", {}),
])
def test_deadlines(text, cell, kind, extra):
    found = fields.deadline(text, cell=cell)
    assert found.kind == kind
    for key, value in extra.items():
        assert getattr(found, key) == value
    if found.printed:
        assert found.printed in text  # printed is a slice of the original


@pytest.mark.parametrize("text,note", [("Quý IV/2026, 2027", "giai đoạn 2026–2027"), ("Năm 2026 và các năm tiếp theo",
                                                                                     "chỉ nêu năm bắt đầu (2026)"),
                                       ("Quý III, IV/2026", None), ("2026 - 2030", None)])
def test_a_deadline_read_coarser_than_printed_says_so_for_review(text, note):
    found = fields.deadline(text, cell=True)
    assert (found.note is None) if note is None else (note in found.note and "kiểm tra" in found.note)


@pytest.mark.parametrize("sentence,expected", [
    ("Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp", [(500, "ha", ">")]),  # glued
    ("Hoàn thiện ít nhất 500 ha mặt bằng sạch", [(500, "ha", "≥")]),                  # spaced
    ("Thu nhập bình quân đạt 14 triệu đồng/người/năm", [(14, "triệu đồng", "=")]),
    ("Tổng vốn đầu tư 1.200 tỷ đồng, trong đó vốn doanh nghiệp 1.200,5 tỷ đồng", [(1200, "tỷ đồng", "="),
                                                                                 (1200.5, "tỷ đồng", "=")]),
    ("Ít nhất 30% doanh nghiệp; tăng trưởng 3,5%/năm", [(30, "%", "≥"), (3.5, "%", "=")]),
    ("Đầu tư 500 hạ tầng kỹ thuật; 20 Hà Nội", []),  # "hạ", "Hà" are no hectares
])
def test_targets_with_units_glued_or_spaced(sentence, expected):
    assert [(t.value, t.unit, t.comparator) for t in fields.targets_in(sentence)] == expected


@pytest.mark.parametrize("cell,expected", [
    ("500", (500, None, "", "=")), ("≥ 30", (30, None, "", "≥")), ("Trên 1.200", (1200, None, "", ">")),
    ("3,5%", (3.5, None, "%", "=")), ("25 - 30", (25, 30, "", "=")), ("500ha", (500, None, "ha", "=")),
    ("1.200,5 tỷ đồng", (1200.5, None, "tỷ đồng", "=")), ("x", None), ("-", None), ("Sở Tài chính", None),
])
def test_a_value_cell_of_a_targets_table(cell, expected):
    found = fields.quantity(cell)
    assert (found is None) if expected is None else ((found.value, found.value_max, found.unit, found.comparator) == expected)


def test_metadata_from_a_header():
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK NÔNG", "Số: 127/KH-UBND", "Đắk Nông, ngày 07 tháng 3 năm 2023", "",
             "KẾ HOẠCH", "Thực hiện Nghị quyết số 09/NQ-CP", "", "Căn cứ Luật Hợp tác xã;"]
    meta = _metadata(lines, len(lines))
    assert meta["number"] == "127/KH-UBND" and meta["kind"] == "ke-hoach"
    assert meta["date"] == {"printed": "ngày 07 tháng 3 năm 2023", "year": 2023, "month": 3, "day": 7}
    assert meta["subject"] == "Thực hiện Nghị quyết số 09/NQ-CP"


def test_blank_number_is_unknown_not_guessed():
    meta = _metadata(["Số:      /KH-UBND", "Gia Lai, ngày     tháng 3 năm 2023", "KẾ HOẠCH"], 3)
    assert meta["number"] is None
    assert meta["date"] == {"printed": "ngày tháng 3 năm 2023", "year": 2023, "month": 3}  # whitespace normalised


def test_legal_references_as_printed():
    text = ("Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Nghị quyết số 20-NQ/TW "
            "và Nghị định 45/2025/NĐ-CP; Quyết định số 340/QĐ-TTg.")
    assert fields.legal_references(text) == [("09/NQ-CP", "nghi-quyet"), ("20-NQ/TW", "nghi-quyet"),
                                             ("45/2025/NĐ-CP", "nghi-dinh"), ("340/QĐ-TTg", "quyet-dinh")]


def test_targets_with_comparators_ranges_and_thousands():
    found = fields.targets_in("Có khoảng 300 Tổ hợp tác, với trên 4.200 thành viên; 05 liên hiệp hợp tác xã "
                              "với 25-30 hợp tác xã thành viên; ít nhất 60% hợp tác xã hoạt động hiệu quả.")
    got = [(t.value, t.value_max, t.unit, t.comparator) for t in found]
    assert got == [(300, None, "tổ hợp tác", "≈"), (4200, None, "thành viên", ">"),
                   (5, None, "liên hiệp hợp tác xã", "="), (25, 30, "hợp tác xã", "="),
                   (60, None, "%", "≥")]
    assert found[-1].kind == "ty-le-hoat-dong-hieu-qua"


# --- agencies ---

def test_agencies_matched_longest_first_and_unknown_proposed(known):
    match = fields.match_agencies("Sở Kế hoạch và Đầu tư, Sở Tài chính, Sở Du hành Vũ trụ", known)
    assert match.ids == ["so-ke-hoach-dau-tu-dak-nong", "so-tai-chinh-dak-nong"]
    assert match.unknown == ["Sở Du hành Vũ trụ"]


def test_leading_agencies_and_two_columns_on_one_line(known):
    text = "Sở Kế hoạch và Đầu tư, UBND các huyện, thành phố tập trung nguồn lực"
    assert fields.leading_agencies(text, known) == "Sở Kế hoạch và Đầu tư, UBND các huyện, thành phố"
    assert fields.agency_runs("Sở Tài chính Các Sở, Ban, ngành", known) == ["Sở Tài chính", "Các Sở, Ban, ngành"]
    assert fields.agency_runs("Sở Tài chính, Sở Nội vụ", known) is None  # a list, not two columns


# --- tables in the three layouts ---

def test_tab_separated_table_with_groups_and_repeated_header():
    lines = ["PHỤ LỤC", "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tSản phẩm hoàn thành\tThời gian hoàn thành",
             "<b>I. Tuyên truyền</b>\t\t\t\t\t", "1\tTổ chức hội nghị\tSở Tài chính\tCác sở\tHội nghị\tHằng năm",
             "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tSản phẩm hoàn thành\tThời gian hoàn thành",
             "2\tBan hành quy định\tSở Nội vụ\t\tQuyết định\tNăm 2024"]
    [table] = tables.find_tables(lines)
    assert table.layout == "tsv" and [g[:2] for g in table.groups] == [("I", "Tuyên truyền")]
    assert [(r.group, r.row, r.cells["text"], r.cells["lead"], r.cells["deadline"]) for r in table.rows] == [
        ("I", "1", "Tổ chức hội nghị", "Sở Tài chính", "Hằng năm"), ("I", "2", "Ban hành quy định", "Sở Nội vụ", "Năm 2024")]


def test_pipe_table():
    lines = ["| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn |", "|---|---|---|---|",
             "| 1 | Rà soát hợp tác xã | UBND cấp huyện | Quý II/2024 |"]
    [table] = tables.find_tables(lines)
    assert table.layout == "pipe"
    assert table.rows[0].cells == {"text": "Rà soát hợp tác xã", "lead": "UBND cấp huyện", "deadline": "Quý II/2024"}


FLAT_HEADER = ["STT Nhiệm vụ, Đề án Cơ quan chủ trì Cơ quan phối ", "hợp ", "", "Cấp trình ", "Sản phẩm ", "",
               "hoàn ", "thành ", "", "Thời ", "gian ", "trình ", ""]


def test_flattened_table_rejoins_a_row_cut_by_a_page_break():
    lines = FLAT_HEADER + [
        "I ", "Nhận thức về kinh tế tập thể ", "", "1 ", "Tổ chức hội nghị về ", "kinh tế hợp tác ", "",
        "Sở Tài chính ", "", "Các sở, ban, ", "ngành ", "", "UBND ", "tỉnh ", "", "Hội nghị ", "", "Hằng ", "năm ",
        "", "2 ", "Ban hành văn bản ", "hướng dẫn ", "", "Sở Nội vụ ", "", "Các sở ", "", "", "12 ", "",
    ] + FLAT_HEADER + ["(sau khi có Nghị định) ", "", "UBND tỉnh ", "", "Văn bản ", "", "2024 ", ""]
    [table] = tables.find_tables(lines)
    assert table.layout == "flattened" and [g[:2] for g in table.groups] == [("I", "Nhận thức về kinh tế tập thể")]
    first, second = table.rows
    assert first.exact and first.cells == {"text": "Tổ chức hội nghị về kinh tế hợp tác", "lead": "Sở Tài chính",
                                           "cooperating": "Các sở, ban, ngành", "submit_to": "UBND tỉnh",
                                           "output": "Hội nghị", "deadline": "Hằng năm"}
    assert second.row == "2" and second.cells["deadline"] == "2024"
    assert "(sau khi có Nghị định)" in " ".join(second.cells.values())  # continued after the page break


words = st.lists(st.sampled_from("hợp tác xã kinh tế tập thể đất đai tín dụng Sở Tài chính năm".split()), min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(words, min_size=6, max_size=6), min_size=1, max_size=6), st.data())
def test_flattened_rejoining_never_loses_a_cell(rows, data):
    """Whatever the page breaks, every fragment of every cell comes back, in order."""
    lines = list(FLAT_HEADER) + ["I ", "Nhóm một ", ""]
    for number, cells in enumerate(rows, start=1):
        lines += [f"{number} "]
        for cell in cells:
            lines += [w + " " for w in cell] + [""]
        if data.draw(st.booleans()):
            lines += ["", "7 ", ""] + FLAT_HEADER  # a page break after this row
    [table] = tables.find_tables(lines)
    assert len(table.rows) == len(rows)
    for row, cells in zip(table.rows, rows):
        assert " ".join(row.cells[k] for k in ("text", "lead", "cooperating", "submit_to", "output", "deadline")
                        if k in row.cells).split() == [w for cell in cells for w in cell]


# --- font repair never touches clean text ---

CLEAN = (ROOT / "source/raw/001_871ca0cd701cc8d8.txt").read_text(encoding="utf-8").split()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(CLEAN), min_size=1, max_size=80))
def test_repair_never_changes_clean_vietnamese(tokens):
    text = " ".join(tokens)
    assert repair.repair(text, this_document=False) == text


# --- bad files ---

def _run(tmp_path, name: str, content: bytes, capsys) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(content)
    code = main(["import", str(path), "--source", str(SOURCE), "--dry-run"])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.err


@pytest.mark.parametrize("name,content,phrase", [
    ("empty.txt", b"", "rỗng"),
    ("binary.txt", b"\x00\x01\x02PK\x03\x04", "nhị phân"),
    ("latin1.txt", b"K\xe9 ho\xe1ch\n", "UTF-8"),
    ("scan.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                 b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
     "không có lớp chữ"),
    ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
    ("fake.docx", b"not a zip", ".docx"),
    ("image.png", b"\x89PNG\r\n", "không đọc được loại tệp"),
])
def test_bad_files_get_a_clear_message(tmp_path, capsys, name, content, phrase):
    code, err = _run(tmp_path, name, content, capsys)
    assert code == 1 and phrase.lower() in err.lower(), err


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer (Helvetica, ASCII)."""
    stream = "BT /F1 12 Tf 50 750 Td 14 TL " + " ".join(f"({l}) '" for l in lines) + " ET"
    objects = ["<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
               "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
               f"<</Length {len(stream)}>>stream\n{stream}\nendstream", "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_with_a_text_layer_is_read(tmp_path):
    from generator.importer.extract import extract

    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf(["KE HOACH", "I. NHIEM VU", "1. Ban hanh quy dinh nam 2024"]))
    extracted = extract(path)
    assert extracted.kind == "pdf" and extracted.pages == 1
    assert extracted.text.split("\n") == ["KE HOACH", "I. NHIEM VU", "1. Ban hanh quy dinh nam 2024"]


def test_utf16_text_from_notepad_is_read(tmp_path):
    from generator.importer.extract import extract

    path = tmp_path / "kh.txt"
    path.write_bytes("KẾ HOẠCH\nSố: 5/KH-UBND".encode("utf-16"))
    assert extract(path).text == "KẾ HOẠCH\nSố: 5/KH-UBND"


def test_docx_paragraphs_and_table(tmp_path, capsys):
    import docx

    document = docx.Document()
    for line in ["Số: 12/KH-UBND", "Đắk Nông, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH", "Thực hiện Nghị quyết số 09/NQ-CP",
                 "I. NHIỆM VỤ, GIẢI PHÁP", "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ:",
                 "- Bố trí kinh phí hỗ trợ hợp tác xã hằng năm."]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(table.rows[0].cells, ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ["1", "Đào tạo cán bộ hợp tác xã", "Sở Nội vụ", "Năm 2024"]):
        cell.text = value
    path = tmp_path / "kehoach.docx"
    document.save(path)
    from generator.importer import import_document

    draft = import_document(path, SOURCE)
    tasks = draft.plan["tasks"]
    assert draft.plan["number"] == "12/KH-UBND" and draft.plan["province"] == "dak-nong"
    body = [t for t in tasks if t["place"]["part"] == "body"]
    assert body[0]["lead"] == ["so-tai-chinh-dak-nong"] and body[0]["cooperating"] == ["so-noi-vu-dak-nong"]
    assert body[0]["deadline"]["kind"] == "annual"
    [row] = [t for t in tasks if t["place"]["part"] == "appendix"]
    assert row["lead"] == ["so-noi-vu-dak-nong"] and row["deadline"]["year"] == 2024


# --- the five originals: a draft the checker reads, refuses only for review ---

@pytest.mark.parametrize("raw", sorted(p.name for p in (SOURCE / "raw").glob("*.txt")))
def test_drafts_of_the_originals_are_valid_but_blocked_for_review(tmp_path, capsys, raw):
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    (source / "raw" / "repaired" / raw).unlink(missing_ok=True)
    for plan in (source / "plans").glob("*.yaml"):
        if f"raw: {raw}" in plan.read_text(encoding="utf-8"):
            plan.unlink()
    (source / "raw" / raw).unlink()
    assert main(["import", str(SOURCE / "raw" / raw), "--source", str(source),
                 "--report", str(tmp_path / "report.md")]) == 0
    out = capsys.readouterr().out
    assert "nhiệm vụ trong nội dung" in out and (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# Báo cáo nhập")
    assert (source / "raw" / raw).read_bytes() == (SOURCE / "raw" / raw).read_bytes()  # the original, byte for byte
    assert main(["check", "--source", str(source)]) == 1
    err = capsys.readouterr().err
    problems = [line for line in err.splitlines() if line.startswith("source") or re.match(r"^/", line)]
    blocking = [p for p in problems if "cảnh báo" not in p]
    allowed = ("cần rà soát trước khi công bố", "không có cơ quan chủ trì", "không có năm mốc")
    assert blocking and all(any(a in p for a in allowed) for p in blocking), [p for p in blocking if not any(a in p for a in allowed)]
    # a second import: its dry run exits as the real run does (refusing to replace a draft that would change)
    again = ["import", str(SOURCE / "raw" / raw), "--source", str(source), "--report", str(tmp_path / "report.md")]
    dry = main(again + ["--dry-run"])
    dry_err = capsys.readouterr().err
    assert main(again) == dry
    assert capsys.readouterr().err == dry_err
    assert dry == 0 or "sẽ ghi đè tệp đã có" in dry_err


def test_document_numbers_with_digits_in_the_issuer_code():
    """National Assembly numbers carry the term ("146/2025/QH15", "202/2025/QH15")."""
    refs = fields.legal_references("khoản 16 Điều I Luật số 146/2025/QH15 của Quốc hội và Nghị quyết số "
                                   "202/2025/QH15 ngày 12/6/2025; Nghị định số 06/2022/NĐ-CP")
    assert refs == [("146/2025/QH15", "luat"), ("202/2025/QH15", "nghi-quyet"), ("06/2022/NĐ-CP", "nghi-dinh")]


def test_laws_cited_by_name():
    assert fields.named_laws("theo Luật HTX năm 2012; Luật Bảo hiểm xã hội và Luật Đất đai hiện hành") == [
        ("Luật HTX", 2012), ("Luật Bảo hiểm xã hội", None), ("Luật Đất đai", None)]


# --- the five originals: the header and signature block read as the curators read them ---

def _curated_plans():
    import yaml

    return [yaml.safe_load((SOURCE / "plans" / name).read_text(encoding="utf-8"))
            for name in sorted(p.name for p in (SOURCE / "plans").glob("*.yaml"))]


@pytest.mark.parametrize("curated", _curated_plans(), ids=lambda plan: plan["id"])
def test_draft_metadata_matches_the_curated_plan(curated):
    """Number (blank stays blank), date as printed (blanks and all) or an inferred year, kind, province and signer.
    Kon Tum 2023 has no header: its subject cites 'ngày 16 tháng 6 năm 2022' on a line of its own, which is not
    the plan's date."""
    from generator.importer import import_document

    draft = import_document(SOURCE / "raw" / curated["raw"], SOURCE).plan
    for key in ("number", "kind", "province", "issuer", "signer"):
        assert draft[key] == curated[key], key
    printed = (draft["date"].pop("printed") or "").split()
    assert printed == (curated["date"].pop("printed") or "").split()
    # where no date is printed, the year is inferred (from the newest document cited), said so, and reviewed
    assert bool(draft["date"].pop("inferred_from", None)) == bool(curated["date"].pop("inferred_from", None))
    assert draft["date"] == curated["date"]


def test_each_clause_that_opens_with_agencies_names_a_lead(tmp_path):
    """'Các sở, ban, ngành …; UBND các huyện … xây dựng kế hoạch …': two actors, two leads."""
    from generator.importer import import_document

    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Số: 15/KH-UBND", "Đắk Nông, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 09/NQ-CP", "", "I. TỔ CHỨC THỰC HIỆN", "",
        "1. Các sở, ban, ngành căn cứ Kế hoạch này để triển khai thực hiện; UBND các huyện, "
        "thành phố xây dựng kế hoạch triển khai phù hợp với tình hình thực tế của địa phương.",
        "2. Sở Tài chính bố trí kinh phí; đồng thời hướng dẫn việc thanh quyết toán.",
    ]) + "\n", encoding="utf-8")
    tasks = {t["text"][:20]: t for t in import_document(path, SOURCE).plan["tasks"]}
    assert tasks["Các sở, ban, ngành c"]["lead"] == ["cac-so-ban-nganh-dak-nong", "ubnd-cac-huyen-thanh-pho-dak-nong"]
    assert tasks["Sở Tài chính bố trí "]["lead"] == ["so-tai-chinh-dak-nong"]  # a clause without an actor adds none


def test_a_generic_name_followed_by_more_name_is_another_body(known):
    """'Ủy ban nhân dân' (the province's, as its signature block prints it) must not swallow
    'Ủy ban nhân dân các huyện': that body is proposed as new (the whole list of units its name
    holds), never filed under the province."""
    other = fields.match_agencies("Ủy ban nhân dân các huyện, thành phố", known)
    # the class goes on through its lower-case members: "các huyện, thành phố" is one body
    assert "ubnd-dak-nong" not in other.ids and other.unknown == ["Ủy ban nhân dân các huyện, thành phố"]
    assert fields.match_agencies("ỦY BAN NHÂN DÂN", known).ids == ["ubnd-dak-nong"]
    assert fields.leading_agencies("Ủy ban nhân dân các huyện xây dựng kế hoạch", known) is None


def test_a_paragraph_joined_from_many_lines_is_normalised_once_and_whole():
    from generator.importer import layout

    lines = ["1. Các sở, ngành phối hợp"] + ["hỗ trợ hợp tác xã  tiếp cận   vốn"] * 3000
    [para] = layout.paragraphs(lines)
    assert para.text == "Các sở, ngành phối hợp " + " ".join(["hỗ trợ hợp tác xã tiếp cận vốn"] * 3000)
    assert para.end_line == 3001


def test_a_text_with_no_plan_in_it_is_refused(tmp_path, capsys):
    """README.md has numbered items but assigns nothing to any agency and sets no target."""
    from conftest import ROOT as PROJECT

    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    before = {p for p in source.rglob("*")}
    assert main(["import", str(PROJECT / "README.md"), "--source", str(source)]) == 1
    assert "không thấy cấu trúc của một kế hoạch" in capsys.readouterr().err
    assert {p for p in source.rglob("*")} == before


def test_dry_run_prints_the_report_and_writes_nothing(tmp_path, capsys):
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    (source / "plans" / "kon-tum-2018-cv-htx.yaml").unlink()
    raw = "003_cce4b8cc162a5fb2.txt"
    before = {p: p.read_bytes() for p in source.rglob("*") if p.is_file()}
    assert main(["import", str(SOURCE / "raw" / raw), "--source", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "# Báo cáo nhập: " + raw in out and "sẽ ghi" in out
    assert {p: p.read_bytes() for p in source.rglob("*") if p.is_file()} == before
    # the real run writes the report beside the draft, and the summary counts every review line check will report
    assert main(["import", str(SOURCE / "raw" / raw), "--source", str(source)]) == 0
    out = capsys.readouterr().out
    [plan] = [p for p in (source / "plans").glob("kon-tum-2018-*.yaml") if p.name not in before]
    report = plan.with_name(plan.stem + ".import.md")
    assert report.is_file() and str(report) in out
    reviews = int(re.search(r"cần rà soát: (\d+) dòng review", out).group(1))
    assert main(["check", "--source", str(source)]) == 1
    err = capsys.readouterr().err
    assert len([line for line in err.splitlines() if "cần rà soát trước khi công bố" in line]) == reviews


# --- layouts the five originals do not have (issue 11): own ND 30/2020-style fixtures, then the corpus ---

FIXTURES = ROOT / "tests" / "fixtures" / "import"
CORPUS = ROOT.parent / "shared" / "import-corpus"


def _draft(path: Path):
    from generator.importer import import_document

    draft = import_document(path, SOURCE)
    names = {a.id: a.name for a in Known.load(SOURCE).registry.agencies}
    names.update({a["id"]: a["name"] for a in draft.registry.get("agencies", [])})
    return draft, names, _Tasks(draft.plan["tasks"])


class _Tasks(dict):
    """Draft tasks by text; ``tasks[prefix]`` is the one task whose text starts with ``prefix``."""

    def __init__(self, tasks):
        super().__init__((t["text"], t) for t in tasks)

    def __getitem__(self, prefix):
        found = [t for text, t in self.items() if text.startswith(prefix)]
        assert len(found) == 1, (prefix, len(found))
        return found[0]


def _leads(task, names):
    return [names[a] for a in task["lead"]]


@pytest.mark.parametrize("lines,number", [
    (["ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "     Số: 134 /KH-UBND                   Lào Cai, ngày 26 tháng 3 năm 2026"], "134/KH-UBND"),
    (["UBND TỈNH KON TUM", "Số: 7 / QĐ-UBND", "Kon Tum, ngày 02 tháng 5 năm 2024"], "7/QĐ-UBND"),
    (["UBND TỈNH KON TUM", "Số:       /KH-UBND", "Kon Tum, ngày    tháng 5 năm 2024"], None),  # still blank
])
def test_number_with_spaces_around_the_slash(lines, number):
    assert _metadata(lines, len(lines))["number"] == number


@pytest.mark.parametrize("name,number,printed,issuer,signer", [
    ("bo-ke-hoach.md", "215/KH-BKHĐT", "ngày 14 tháng 3 năm 2023", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
     {"title": "KT. BỘ TRƯỞNG THỨ TRƯỞNG", "name": "Trần Duy Đông"}),
    ("tinh-layout.txt", "45/KH-UBND", "ngày 12 tháng 4 năm 2024", "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
     {"title": "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "name": "Hoàng Việt Phương"}),
])
def test_header_as_a_table_row_or_two_columns_and_signature_beside_noi_nhan(name, number, printed, issuer, signer):
    """Header cells (a Markdown row, pdftotext columns) and a signature sharing its lines or its table
    row with "Nơi nhận" are read cell by cell; the closing "Trên đây là …" and "Nơi nhận" are no tasks."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
    meta = _metadata(lines, len(lines) - 7)
    assert meta["number"] == number and meta["date"]["printed"] == printed
    assert meta["issuer_printed"] == issuer
    draft, _, tasks = _draft(FIXTURES / name)
    assert draft.plan["signer"] == signer
    assert not any(t.startswith(("Trên đây là", "| Nơi nhận", "Nơi nhận")) for t in tasks)


def test_issuer_is_read_from_the_header_never_a_province_named_none(tmp_path):
    draft, names, _ = _draft(FIXTURES / "bo-ke-hoach.md")
    assert names[draft.plan["issuer"]] == "Bộ Kế hoạch và Đầu tư"  # in the registry: matched, not proposed
    draft, names, _ = _draft(FIXTURES / "tinh-layout.txt")
    assert names[draft.plan["issuer"]] == "Ủy ban nhân dân tỉnh Tuyên Quang"  # running case, as the text writes it
    path = tmp_path / "ke-hoach.txt"
    path.write_text("KẾ HOẠCH\nTriển khai\n\nI. NHIỆM VỤ\n1. Sở Tài chính bố trí kinh phí thực hiện.\n", encoding="utf-8")
    draft, names, _ = _draft(path)
    assert "None" not in names[draft.plan["issuer"]]
    assert any("cơ quan ban hành" in r.lower() for r in draft.plan["review"])


def test_verbs_are_not_glued_to_names_and_national_bodies_are_agencies(known):
    cases = {
        "Cục Biến đổi khí hậu có trách nhiệm": ["Cục Biến đổi khí hậu"],
        "Cục Viễn thám quốc gia chủ trì": ["Cục Viễn thám quốc gia"],
        "phối hợp với Vụ Pháp chế hoàn thiện dự thảo": ["Vụ Pháp chế"],
        "Viện Chiến lược, Chính sách Tài nguyên và Môi trường nghiên cứu": ["Viện Chiến lược, Chính sách Tài nguyên và Môi trường"],
        "Sở Nông nghiệp và Môi trường, Sở Xây dựng Chủ trì": ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"],
        "Liên minh Hợp tác xã tỉnh chủ trì": ["Liên minh Hợp tác xã tỉnh"],
        "Thủ tướng Chính phủ": ["Thủ tướng Chính phủ"],
    }
    empty = Known.load(SOURCE, "chua-co")
    empty.names = []  # nothing registered: every name must be read from the phrase itself
    for phrase, expected in cases.items():
        assert fields.match_agencies(phrase, empty).unknown == expected, phrase
    for phrase in ["BỐ TRÍ KINH PHÍ THỰC HIỆN", "bộ phận một cửa", "vụ việc phát sinh"]:
        assert fields.match_agencies(phrase, empty).unknown == [], phrase


def test_a_heading_naming_the_issuer_or_a_body_gives_the_lead_to_its_items():
    """"II. NHIỆM VỤ CỦA BỘ …", "III. NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN …", "1. Cục … có trách
    nhiệm:", and per-agency headings without colon ("3. Cục Phát triển doanh nghiệp", "1. Sở Tài chính")."""
    _, names, tasks = _draft(FIXTURES / "bo-ke-hoach.md")
    assert _leads(tasks["Chủ trì, phối hợp với các Bộ, c"], names) == ["Bộ Kế hoạch và Đầu tư"]
    assert _leads(tasks["Phối hợp với Bộ Tài chính hướn"], names) == ["Bộ Kế hoạch và Đầu tư"]
    assert _leads(tasks["Chủ trì, phối hợp với Vụ Pháp "], names) == ["Cục Kinh tế hợp tác"]
    assert [names[c] for c in tasks["Chủ trì, phối hợp với Vụ Pháp "]["cooperating"]] == ["Vụ Pháp chế"]
    assert _leads(tasks["Hướng dẫn đăng ký hợp tác xã t"], names) == ["Cục Phát triển doanh nghiệp"]
    assert _leads(tasks["Phối hợp với Cục Kinh tế hợp t"], names) == ["Cục Phát triển doanh nghiệp"]
    _, names, tasks = _draft(FIXTURES / "tinh-layout.txt")
    assert _leads(tasks["Xây dựng kế hoạch phát triển h"], names) == ["ỦY BAN NHÂN DÂN CÁC HUYỆN, THÀNH PHỐ"]
    assert _leads(tasks["Tham mưu Ủy ban nhân dân tỉnh "], names) == ["Sở Tài chính"]
    assert _leads(tasks["Phối hợp với Liên minh Hợp tác"], names) == ["Sở Công Thương"]


def test_assignments_are_found_by_grammar_outside_task_sections():
    """Under "II. NỘI DUNG" (not a task title) the items that open with a body and its verb are
    tasks; the funding items under "IV. KINH PHÍ THỰC HIỆN" are not."""
    _, names, tasks = _draft(FIXTURES / "tinh-layout.txt")
    assert _leads(tasks["Liên minh Hợp tác xã tỉnh chủ "], names) == ["Liên minh Hợp tác xã tỉnh"]
    assert tasks["Liên minh Hợp tác xã tỉnh chủ "]["deadline"]["kind"] == "quarter"
    assert _leads(tasks["Ủy ban nhân dân cấp xã: hướng "], names) == ["Ủy ban nhân dân cấp xã"]
    assert _leads(tasks["Sở Nông nghiệp và Phát triển n"], names) == ["Sở Nông nghiệp và Phát triển nông thôn"]
    assert not any(t.startswith(("Hỗ trợ đào tạo", "Hỗ trợ xúc tiến", "Ngân sách")) for t in tasks)
    assert not any(t.startswith(("Nâng cao hiệu quả", "Các cơ quan, đơn vị chủ động")) for t in tasks)  # purpose


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/import-corpus absent")
@pytest.mark.parametrize("name,number,issuer,signer", [
    ("laocai_134-KH-UBND-2026_kcn-ccn.txt", "134/KH-UBND", "Ủy ban nhân dân tỉnh Lào Cai", "Nguyễn Thế Phước"),
    ("btnmt_09-KH-BTNMT-2024_tin-chi-cac-bon.txt", "09/KH-BTNMT", "Bộ Tài nguyên và Môi trường", "Lê Công Thành"),
])
def test_corpus_headers(name, number, issuer, signer):
    draft, names, tasks = _draft(CORPUS / name)
    assert draft.plan["number"] == number and draft.plan["signer"]["name"] == signer
    assert names[draft.plan["issuer"]] == issuer


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/import-corpus absent")
def test_corpus_leads():
    _, names, tasks = _draft(CORPUS / "laocai_134-KH-UBND-2026_kcn-ccn.txt")
    assert _leads(tasks["Lập, cập nhật các dự án đầu tư"], names) == ["Sở Tài chính"]  # "2. Sở Tài chính", no colon
    assert _leads(tasks["UBND phường Lào Cai chủ trì, p"], names) == ["UBND phường Lào Cai"]  # under "II. NỘI DUNG"
    assert not any(t.startswith("Ứng kinh phí") for t in tasks)  # IV. VỐN ĐẦU TƯ
    _, names, tasks = _draft(CORPUS / "btnmt_09-KH-BTNMT-2024_tin-chi-cac-bon.txt")
    assert _leads(tasks["Xây dựng và ban hành Kế hoạch "], names) == ["Bộ Tài nguyên và Môi trường"]
    assert _leads(tasks["Theo dõi, đôn đốc việc triển k"], names) == ["Cục Biến đổi khí hậu"]


@pytest.mark.parametrize("members", [
    {"word/document.xml": b"<w:document/>" + b" " * (101 * 1024 * 1024)},  # one member too large
    {f"word/media/image{i}.bin": b"\0" * (30 * 1024 * 1024) for i in range(4)},  # many members together
])
def test_docx_members_are_size_checked_before_unpacking(tmp_path, capsys, members):
    """A small .docx that inflates past the limit is refused with a message, before python-docx unpacks it."""
    import zipfile

    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert path.stat().st_size < 2 * 1024 * 1024
    code, err = _run(tmp_path, "bom.docx", path.read_bytes(), capsys)
    assert code == 1 and "giải nén ra" in err and "Traceback" not in err


def test_paragraph_joining_is_the_same_for_long_paragraphs():
    """Paragraphs are joined once at their end: a paragraph wrapped over many lines reads as before."""
    from generator.importer import layout

    lines = ["I. NHIỆM VỤ", "1. Sở Tài chính hướng dẫn"] + [f"hợp tác xã số {k} củng cố tổ chức," for k in range(500)] + \
        ["hoàn thiện hồ sơ.", "2. Sở Công Thương hỗ trợ.", "Tiếp tục theo dõi."]
    paras = layout.paragraphs(lines)
    assert [p.text[:20] for p in paras] == ["NHIỆM VỤ", "Sở Tài chính hướng d", "Sở Công Thương hỗ tr", "Tiếp tục theo dõi."]
    assert paras[1].text == " ".join(["Sở Tài chính hướng dẫn"] + lines[2:503])
    assert paras[1].end_line == 503


def test_the_last_item_before_a_remark_in_brackets_stays_an_item(tmp_path):
    """"(chi tiết Phụ lục 01 đính kèm)" on its own line after an item is a remark, not the item's
    sub-item: the item above stays a task, the remark is none."""
    _, names, tasks = _draft(FIXTURES / "tinh-layout.txt")
    assert _leads(tasks["Ủy ban nhân dân cấp xã: hướng "], names) == ["Ủy ban nhân dân cấp xã"]
    assert not any(t.startswith("(") for t in tasks)
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Số: 16/KH-UBND", "Đắk Nông, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH",
        "Thực hiện Nghị quyết số 09/NQ-CP", "", "I. NHIỆM VỤ, GIẢI PHÁP", "",
        "1. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã theo quy định.",
        "2. Sở Công Thương hỗ trợ hợp tác xã xúc tiến thương mại, kết nối tiêu thụ sản phẩm.",
        "(Có Phụ lục chi tiết kèm theo)",
    ]) + "\n", encoding="utf-8")
    _, names, tasks = _draft(path)
    assert tasks["Sở Công Thương hỗ trợ"]["lead"]  # an item with its lead, not a group
    assert not any(t.startswith("(") for t in tasks) and len(tasks) == 2


@pytest.mark.parametrize("name,number,signer,first", [
    ("qd-ban-hanh-ke-hoach.txt", "321/QĐ-UBND", "Lê Văn Chiến", "Sở Kế hoạch và Đầu tư chủ trì"),
    ("nq-ban-hanh-chuong-trinh.md", "88/NQ-CP", "Trần Hồng Hà", "Bộ Kế hoạch và Đầu tư chủ trì"),
])
def test_a_wrapper_document_gives_the_attached_plan(name, number, signer, first):
    """A Quyết định / Nghị quyết that issues a plan: the tasks are the attached plan's, not the
    wrapper's Căn cứ or Điều 1–3 (which give no work here; articles that do are read too, see
    test_import_issued_rules.py); number, date and signer are the issuing document's (said in review)."""
    draft, _, tasks = _draft(FIXTURES / name)
    assert len(tasks) == 2 and next(iter(tasks)).startswith(first)
    assert not any(t.startswith(("Căn cứ", "Điều", "Ban hành kèm theo")) for t in tasks)
    assert draft.plan["number"] == number and draft.plan["signer"]["name"] == signer
    assert any("ban hành văn bản đính kèm" in r for r in draft.plan["review"])
    assert all(t["lead"] for t in tasks.values())


@pytest.mark.parametrize("lines", [
    ["ỦY_BAN NHÂN_DÂN TỈNH ĐẮK_NÔNG", "Số : 17/KH-UBND", "Đắk_Nông , ngày 05 tháng 4 năm 2023", "KẾ_HOẠCH",
     "Phát_triển kinh_tế tập_thể", "", "I. NHIỆM_VỤ", "",
     "1. Sở Tài_chính bố_trí kinh_phí hỗ_trợ hợp_tác_xã theo quy_định .",
     "2. Liên_minh Hợp_tác_xã tỉnh chủ_trì , phối_hợp với các huyện tuyên_truyền ( thực_hiện thường_xuyên ) ."],
    ["KẾ_HOẠCH", "Hỗ_trợ hợp_tác_xã nông_nghiệp", "", "I. NHIỆM_VỤ, GIẢI_PHÁP", "",
     "- Sở Công_Thương hỗ_trợ hợp_tác_xã tham_gia hội_chợ , xúc_tiến thương_mại .",
     "- Sở Nông_nghiệp và Phát_triển nông_thôn hướng_dẫn hợp_tác_xã xây_dựng phương_án sản_xuất ."],
])
def test_word_segmented_text_is_desegmented_and_said(tmp_path, capsys, lines):
    from generator.importer import import_document

    path = tmp_path / "tach-tu.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    draft = import_document(path, SOURCE)
    texts = [t["text"] for t in draft.plan["tasks"]]
    assert len(texts) == 2 and not any("_" in t or " ," in t or " ." in t or "( " in t for t in texts)
    assert texts[-1].endswith((".", ")."))
    assert draft.report["desegmented"] > 10 and draft.repaired_text is not None
    assert any("tách từ" in r for r in draft.plan["review"])
    code = main(["import", str(path), "--source", str(SOURCE), "--dry-run"])
    assert code == 0 and "văn bản tách từ đã được ghép lại" in capsys.readouterr().out


def test_text_with_a_few_underscores_is_not_desegmented(tmp_path):
    from generator.importer.draft import _desegmented

    text = "Gửi tệp KH_UBND_2024.docx về hộp thư so_tai_chinh@example.vn. " + "Sở Tài chính hướng dẫn. " * 40
    assert _desegmented(text) == (text, 0)


# --- the national registry (issue 11): any province before or after 2025, the Government, any ministry ---

def _header(place: str, issuer_lines: list[str], date: str, body: str) -> str:
    return "\n".join([*issuer_lines, "", f"Số: 12/KH-UBND", f"{place}, {date}", "", "KẾ HOẠCH",
                      "Phát triển hợp tác xã", "", "I. NHIỆM VỤ", body, ""])


@pytest.mark.parametrize("name,content,province,issuer,note", [
    # a province that continued after 1/7/2025 under its own name (Thái Nguyên took in Bắc Kạn): no note
    ("tinh-thai-nguyen.txt", None, "thai-nguyen", "Ủy ban nhân dân tỉnh Thái Nguyên", None),
    # a province before it became a centrally-run city: named as it was on the document's date
    ("tinh-thua-thien-hue.txt", None, "hue", "Ủy ban nhân dân tỉnh Thừa Thiên Huế", None),
    # a province merged into another on 1/7/2025: the draft's notes say into which, and by what
    ("qd-ban-hanh-ke-hoach.txt", None, "dak-nong", "Ủy ban nhân dân tỉnh Đắk Nông", "hợp nhất vào tỉnh Lâm Đồng"),
    ("tinh-layout.txt", None, "tuyen-quang", "Ủy ban nhân dân tỉnh Tuyên Quang", None),
    ("tp.txt", _header("Thành phố Hồ Chí Minh", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], "ngày 3 tháng 9 năm 2025",
                       "1. Sở Tài chính chủ trì bố trí kinh phí hỗ trợ hợp tác xã."),
     "ho-chi-minh", "Ủy ban nhân dân thành phố Hồ Chí Minh", None),
    ("binh-dinh.txt", _header("Bình Định", ["UBND TỈNH BÌNH ĐỊNH"], "ngày 9 tháng 5 năm 2024",
                              "1. Sở Tài chính chủ trì bố trí kinh phí hỗ trợ hợp tác xã."),
     "binh-dinh", "Ủy ban nhân dân tỉnh Bình Định", "hợp nhất vào tỉnh Gia Lai"),
    # no header at all: the province named with its kind, never a bare word that is also a place name
    ("khong-dau.txt", "KẾ HOẠCH\nPhát triển hợp tác xã\n\nI. MỤC ĐÍCH\nHọc tập và làm theo tư tưởng, đạo đức, phong "
                      "cách Hồ Chí Minh; giữ vững hòa bình; kinh tế hải dương.\nII. NHIỆM VỤ\n1. Sở Tài chính tỉnh Cao "
                      "Bằng chủ trì bố trí kinh phí cho hợp tác xã trên địa bàn tỉnh Cao Bằng.\n",
     "cao-bang", "Ủy ban nhân dân tỉnh Cao Bằng", None),
])
def test_province_and_issuer_of_any_province_before_or_after_2025(tmp_path, name, content, province, issuer, note):
    path = FIXTURES / name
    if content is not None:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
    draft, names, _ = _draft(path)
    assert draft.plan["province"] == province and draft.plan["id"].startswith(province + "-")
    assert names[draft.plan["issuer"]] == issuer
    merged = [n for n in draft.plan["notes"] if "hợp nhất" in n]
    assert (merged == []) if note is None else (note in merged[0] and "202/2025/QH15" in merged[0])


def test_a_document_dated_after_its_province_merged_is_asked_about(tmp_path):
    path = tmp_path / "binh-dinh-2026.txt"
    path.write_text(_header("Bình Định", ["UBND TỈNH BÌNH ĐỊNH"], "ngày 9 tháng 5 năm 2026",
                            "1. Sở Tài chính chủ trì bố trí kinh phí hỗ trợ hợp tác xã."), encoding="utf-8")
    draft, _, _ = _draft(path)
    assert any("sau khi tỉnh Bình Định hợp nhất vào tỉnh Gia Lai" in r for r in draft.plan["review"])


@pytest.mark.parametrize("name,ministry,units,successor", [
    ("bo-cong-thuong.md", "bo-cong-thuong",
     ["Cục Thương mại điện tử và Kinh tế số", "Cục Xúc tiến thương mại", "Vụ Thị trường trong nước", "Vụ Pháp chế",
      "Văn phòng Bộ"], None),
    ("bo-ke-hoach.md", "bo-ke-hoach-dau-tu",
     ["Cục Kinh tế hợp tác", "Vụ Pháp chế", "Vụ Kinh tế nông nghiệp", "Cục Phát triển doanh nghiệp"], "Bộ Tài chính"),
])
def test_a_ministry_plan_has_the_ministry_as_issuer_and_its_units_under_it(name, ministry, units, successor):
    """A ministry's plan: issued by the ministry of the registry (never a province: its place-and-date line says
    "Hà Nội"), its Vụ/Cục/Văn phòng proposed as units under it (one id per ministry: every ministry has a Vụ Pháp
    chế), other bodies as they are; a ministry merged in 2025 is followed to its successor in the notes."""
    draft, names, _ = _draft(FIXTURES / name)
    assert draft.plan["issuer"] == ministry and draft.plan["province"] == "chua-ro"
    assert draft.plan["id"].startswith(ministry + "-")
    assert any("cơ quan trung ương" in r for r in draft.plan["review"])
    proposed = {a["name"]: a for a in draft.registry["agencies"]}
    for unit in units:
        assert proposed[unit]["parent"] == ministry and proposed[unit]["kind"] == "don-vi-thuoc-bo", unit
        assert proposed[unit]["id"].endswith("-" + ministry) and len(proposed[unit]["id"]) <= 80
    assert not any(a.get("parent") for a in proposed.values() if a["name"].startswith(("Liên minh", "Bộ ", "Ủy ban")))
    later = [n for n in draft.plan["notes"] if "176/2025/QH15" in n]
    assert (later == []) if successor is None else successor in later[0]


def test_central_bodies_of_the_registry_are_named_not_proposed():
    """The Government's programme and a province's plan name ministries by their registry ids."""
    draft, names, tasks = _draft(FIXTURES / "nq-ban-hanh-chuong-trinh.md")
    assert draft.plan["issuer"] == "chinh-phu" and draft.plan["province"] == "chua-ro"
    _, _, tasks = _draft(FIXTURES / "bo-cong-thuong.md")
    assert tasks["Cục Xúc tiến thương mại chủ trì"]["cooperating"] == ["bo-nong-nghiep-moi-truong"]
    _, _, tasks = _draft(FIXTURES / "tinh-thai-nguyen.txt")
    assert tasks["Sở Công Thương chủ trì"]["cooperating"] == ["bo-cong-thuong"]


def test_a_body_named_as_owner_gives_no_work(known):
    """"… chỉ đạo của Ngân hàng Nhà nước Việt Nam", "các đơn vị thuộc Bộ …" speak of a body, not to it."""
    for phrase, owner in [("Bám sát chỉ đạo của Ngân hàng Nhà nước Việt Nam", "ngan-hang-nha-nuoc"),
                          ("các đơn vị có liên quan thuộc Bộ TN&MT", "bo-tai-nguyen-moi-truong")]:
        assert owner in fields.match_agencies(phrase, known).ids
        assert owner not in fields.match_agencies(phrase, known, owners=False).ids
    assert fields.match_agencies("Ngân hàng Nhà nước Việt Nam chủ trì", known, owners=False).ids == ["ngan-hang-nha-nuoc"]

# --- tables, markers, deadlines and targets of layouts the originals do not have (issue 11, second part) ---

def _groups(draft):
    return {g["id"]: g["title"] for g in draft.plan["groups"] if g["id"].startswith("pl")}


@pytest.mark.parametrize("name,groups,rows", [
    # pandoc: bold group rows, a letter above Roman numerals (nested), a bold title with no marker
    ("ubnd-chuyen-doi-so.md", {"pl-a": "NHIỆM VỤ CẤP TỈNH", "pl-a-i": "Hạ tầng và dữ liệu", "pl-a-ii": "Nhân lực số",
                               "pl-b": "NHIỆM VỤ CẤP XÃ", "pl-n1": "Hỗ trợ hợp tác xã vùng khó khăn"},
     {"Xây dựng cơ sở dữ liệu": "pl-a-i", "Bồi dưỡng kỹ năng số": "pl-a-ii", "Hỗ trợ thiết bị": "pl-n1"}),
    # a PDF converter: Roman numerals and titles in plain type, a title with no marker after a finished row
    ("so-phong-chong-thien-tai.md", {"pl-i": "Công tác chỉ đạo, điều hành", "pl-ii": "Công tác phòng ngừa",
                                     "pl-n1": "Tuyên truyền, diễn tập"},
     {"Kiện toàn Ban Chỉ huy": "pl-i", "Nạo vét": "pl-ii", "Tổ chức diễn tập": "pl-n1"}),
    # markitdown: a group title merged across the row (one cell)
    ("kh-du-lich-cong-dong.md", {"pl1-i": "XÂY DỰNG SẢN PHẨM", "pl1-ii": "QUẢNG BÁ, XÚC TIẾN"},
     {"Khảo sát, lựa chọn": "pl1-i", "Giới thiệu sản phẩm": "pl1-ii"}),
    # tab-separated: letters, and <b> titles with no marker below them
    ("kh-nuoc-sach-tab.txt", {"pl-a": "NHIỆM VỤ THƯỜNG XUYÊN", "pl-b": "NHIỆM VỤ CÓ THỜI HẠN",
                              "pl-n1": "Đầu tư công trình", "pl-n2": "Quản lý vận hành"},
     {"Kiểm tra chất lượng nước": "pl-a", "Nâng cấp công trình": "pl-n1", "Chuyển giao công trình": "pl-n2"}),
])
def test_group_rows_of_a_table_are_groups_not_tasks(name, groups, rows):
    """A row whose TT cell is a Roman numeral or a capital letter, or whose only cell is a title
    (bold, in capitals, merged across the row, or after a finished row), heads the rows below it."""
    draft, _, tasks = _draft(FIXTURES / name)
    assert _groups(draft) == groups
    for prefix, group in rows.items():
        assert tasks[prefix]["group"] == group, prefix
    titles = set(groups.values())
    assert not any(t["text"] in titles or t["text"].upper() in titles for t in draft.plan["tasks"])
    assert all(re.fullmatch(r"\d+\.?", t["place"]["appendix_row"]) for t in draft.plan["tasks"]
               if t["place"]["part"] == "appendix")


def test_a_docx_group_title_merged_across_the_row_keeps_the_table(tmp_path):
    """python-docx gives a merged cell once: its columns are kept, so the row is a group of the table
    that goes on below it (the table used to end at the first merged row)."""
    import docx

    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Số: 31/KH-UBND", "Đắk Lắk, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
                 "Phát triển hợp tác xã năm 2026", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục kèm theo."]:
        document.add_paragraph(line)
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], ["I. TUYÊN TRUYỀN"],
            ["1", "Tổ chức hội nghị tuyên truyền Luật Hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Quý II/2026"],
            ["II. HỖ TRỢ"], ["2", "Hỗ trợ hợp tác xã tham gia hội chợ", "Sở Công Thương", "Năm 2026"]]
    table = document.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        if len(values) == 1:
            table.rows[r].cells[0].merge(table.rows[r].cells[3]).text = values[0]
        else:
            for cell, value in zip(table.rows[r].cells, values):
                cell.text = value
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    draft, names, tasks = _draft(path)
    assert _groups(draft) == {"pl-i": "TUYÊN TRUYỀN", "pl-ii": "HỖ TRỢ"}
    assert tasks["Hỗ trợ hợp tác xã tham gia"]["group"] == "pl-ii" and len(tasks) == 2
    assert _leads(tasks["Hỗ trợ hợp tác xã tham gia"], names) == ["Sở Công Thương tỉnh Đắk Lắk"]


@pytest.mark.parametrize("name,text,lead,review", [
    ("so-phong-chong-thien-tai.md", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; phân "
     "công thành viên phụ trách địa bàn.", "Văn phòng Ban Chỉ huy tỉnh", False),
    ("so-phong-chong-thien-tai.md", "Tổ chức diễn tập ứng phó lũ, ngập lụt tại các xã ven sông.", "Ủy ban nhân dân cấp xã",
     False),
    # a capitalised line with no number after a finished row: joined, and said for review
    ("so-phong-chong-thien-tai.md", "Xây dựng phương án ứng phó với bão mạnh, siêu bão. Rà soát, cập nhật kịch bản ứng "
     "phó thiên tai.", "Chi cục Thủy lợi", True),
    ("kh-nuoc-sach-tab.txt", "Kiểm tra chất lượng nước tại các công trình cấp nước tập trung nông thôn", "Sở Y tế", False),
])
def test_continuation_rows_join_the_row_above(name, text, lead, review):
    """A row with an empty TT cell under a numbered row continues it, cell by cell (a PDF converter
    gives each wrapped line of a row its own row)."""
    draft, names, tasks = _draft(FIXTURES / name)
    task = tasks[text]
    assert task["text"] == text and _leads(task, names) == [lead]
    assert any("ghép vào dòng" in r for r in task.get("review", [])) == review
    if name.endswith(".txt"):
        assert [names[c] for c in task["cooperating"]] == ["Ủy ban nhân dân cấp xã"]  # "Ủy ban nhân dân" + "cấp xã"


@pytest.mark.parametrize("name,expected", [
    ("ubnd-chuyen-doi-so.md", [(180, None, "hợp tác xã", "=", 2026), (30, None, "%", "≥", 2026),
                               (1200, None, "ha", "=", 2026)]),
    # the unit glued to the value when the unit cell is empty ("500ha"); "-" is no value; results are no targets
    ("so-phong-chong-thien-tai.md", [(500, None, "ha", "=", 2026), (95, None, "%", "=", 2026),
                                     (14, None, "tỷ đồng", "=", 2026), (40, None, "triệu đồng", "=", 2026)]),
    # tab-separated; "Năm 2025" is before the plan's own year (a result); a period's year is its last, said
    ("kh-nuoc-sach-tab.txt", [(95, None, "%", "=", 2026), (98, None, "%", "=", 2030), (55, None, "công trình", "=", 2026),
                              (250, None, "công trình", "=", 2030), (1200, None, "tỷ đồng", "=", 2026)]),
])
def test_a_targets_table_gives_targets_not_tasks(name, expected):
    from generator.source.fidelity import number_in

    draft, _, tasks = _draft(FIXTURES / name)
    targets = draft.plan["targets"]
    assert [(t["value"], t.get("value_max"), t["unit"], t["comparator"], t["year"]) for t in targets] == expected
    assert all(number_in(t["value"], t["text"]) for t in targets)
    assert all(any("bảng chỉ tiêu" in r for r in t["review"]) for t in targets)
    periods = [t for t in targets if t["year"] == 2030]
    assert all(any("giai đoạn 2026–2030" in r for r in t["review"]) for t in periods)
    assert not any(t.startswith(("Tỷ lệ", "Diện tích", "Kinh phí", "Hợp tác xã dùng", "Vốn", "Mức", "|")) for t in tasks)
    assert [rows for _, _, rows in draft.report["tables"]][0] is None  # reported as a targets table


@pytest.mark.parametrize("lines", [
    # one cell per line, rows apart
    ["| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |", "|---|---|---|---|", "1", "Rà soát hợp tác xã ngừng hoạt động",
     "Sở Tài chính", "Quý II/2026", "", "2", "Hỗ trợ hợp tác xã tham gia hội chợ", "Sở Công Thương", "Năm 2026"],
    # one cell per line, a blank line after each cell
    ["| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian |", "| --- | --- | --- | --- |", "", "1", "",
     "Rà soát hợp tác xã ngừng hoạt động", "", "Sở Tài chính", "", "Quý II/2026", "", "2", "",
     "Hỗ trợ hợp tác xã tham gia hội chợ", "", "Sở Công Thương", "", "Năm 2026", ""],
])
def test_a_markdown_header_row_then_one_cell_per_line_is_a_table(lines):
    [table] = tables.find_tables(lines)
    assert table.layout == "pipe-flattened"
    assert [(r.row, r.cells["text"], r.cells["lead"], r.cells["deadline"], r.exact) for r in table.rows] == [
        ("1", "Rà soát hợp tác xã ngừng hoạt động", "Sở Tài chính", "Quý II/2026", True),
        ("2", "Hỗ trợ hợp tác xã tham gia hội chợ", "Sở Công Thương", "Năm 2026", True)]


def test_a_flattened_table_in_a_document_gives_its_rows_not_prose():
    draft, names, tasks = _draft(FIXTURES / "kh-du-lich-cong-dong.md")
    rows = [t for t in draft.plan["tasks"] if t["place"]["part"] == "appendix" and t["id"] >= "pl-004"]
    assert [(t["text"][:20], [names[a] for a in t["lead"]], t["deadline"]["kind"]) for t in rows] == [
        ("Đào tạo kỹ năng đón ", ["Trường Cao đẳng Du lịch"], "quarter"),
        ("Bồi dưỡng ngoại ngữ ", ["Sở Giáo dục và Đào tạo"], "quarter"),
        ("Tập huấn kỹ năng quả", ["Sở Văn hóa, Thể thao và Du lịch"], "ambiguous")]
    assert not any(t["place"]["part"] == "body" and t["text"].startswith(("Đào tạo", "Trường", "Quý")) for t in tasks.values())


@pytest.mark.parametrize("name,first,count", [
    ("ubnd-chuyen-doi-so.md", "Sở Khoa học và Công nghệ chủ trì", 3),
    ("kh-nuoc-sach-tab.txt", "Sở Nông nghiệp và Môi trường chủ trì", 3),
])
def test_a_number_with_no_space_after_it_is_a_marker_and_the_last_item_stays_an_item(name, first, count):
    """"1.Sở …" is item 1; the unnumbered paragraph after the last item does not turn that item into a
    group: all items are tasks with their lead, none is a group title."""
    draft, names, tasks = _draft(FIXTURES / name)
    items = [t for t in draft.plan["tasks"] if t["place"]["part"] == "body"][:count]
    assert items[0]["text"].startswith(first) and all(t["lead"] and t["group"] == items[0]["group"] for t in items)
    assert [t["text"][:2] for t in items] == ["Sở", "Sở", "Li" if name.endswith(".md") else "Ủy"]
    assert not any(g["title"][:3].isdigit() or "." in g["title"][:3] for g in draft.plan["groups"])
    assert not any(re.match(r"^\d\.", t) for t in tasks)


def test_markers_without_a_space():
    from generator.importer.layout import marker_of

    assert marker_of("3.Liên minh Hợp tác xã tỉnh") == ("num", "3", "Liên minh Hợp tác xã tỉnh")
    assert marker_of("II.NHIỆM VỤ") == ("roman", "II", "NHIỆM VỤ")
    assert marker_of("b)Sở Tài chính") == ("letter", "b", "Sở Tài chính")
    for text in ["3.5% hợp tác xã", "10.000 ha", "2.quý", "V.v"]:  # a decimal, thousands, lower case: no marker
        assert marker_of(text)[0] == "", text


@pytest.mark.parametrize("lines,count", [
    (["I. NHIỆM VỤ", "1. Sở Tài chính bố trí kinh phí.", "2. Sở Nội vụ hướng dẫn.",
      "Các đơn vị chủ động phối hợp triển khai."], 3),  # the closing paragraph follows the list
    (["I. NHIỆM VỤ", "1. Sở Tài chính", "Bố trí kinh phí hằng năm.", "2. Sở Nội vụ", "Hướng dẫn thành lập."], 2),
])
def test_the_paragraphs_after_a_list_of_sentences_are_not_its_last_items_content(lines, count):
    from generator.importer import layout

    roots = layout.tree(layout.paragraphs(lines))
    items = [p for p in roots[0].children if p.kind == "num"]
    assert len(roots[0].children) == count
    if count == 3:
        assert not items[-1].children  # the last item stays a sentence like the others
    else:
        assert all(len(p.children) == 1 for p in items)  # per-agency headings keep their paragraphs


def test_the_addressees_of_a_cong_van_are_no_tasks(tmp_path):
    """"Kính gửi:" and its list are the công văn's recipients (Kon Tum 2018 and an own letter)."""
    draft = import_document_of(SOURCE / "raw" / "003_cce4b8cc162a5fb2.txt")
    assert not any(t["text"].startswith(("Các Sở, ban ngành, đơn vị thuộc tỉnh", "Ủy ban nhân dân các huyện, Thành phố."))
                   for t in draft.plan["tasks"])
    path = tmp_path / "cong-van.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số: 88/UBND-KT", "Gia Lai, ngày 04 tháng 5 năm 2026",
        "V/v đẩy mạnh phát triển hợp tác xã", "Kính gửi:", "- Sở Tài chính;", "- Liên minh Hợp tác xã tỉnh.",
        "Thực hiện Nghị quyết số 09/NQ-CP, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:",
        "1. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã thành lập mới.",
        "2. Liên minh Hợp tác xã tỉnh tư vấn, hỗ trợ hợp tác xã xây dựng phương án sản xuất.",
    ]) + "\n", encoding="utf-8")
    draft = import_document_of(path)
    assert [t["text"][:25] for t in draft.plan["tasks"]] == ["Sở Tài chính bố trí kinh ", "Liên minh Hợp tác xã tỉnh"]


def import_document_of(path):
    from generator.importer import import_document

    return import_document(path, SOURCE)


@pytest.mark.parametrize("name", ["so-phong-chong-thien-tai.md", "kh-du-lich-cong-dong.md"])
def test_a_paragraph_that_only_points_to_an_appendix_is_no_task(name):
    _, _, tasks = _draft(FIXTURES / name)
    assert not any("Phụ lục" in t and len(t) < 80 for t in tasks)


@pytest.mark.parametrize("lines,expected", [
    # "(i) … (ii) …" after "Cụ thể:", a line ending with "(ii)": one paragraph
    (["5. Sở Khoa học và Công nghệ", "Chủ trì triển khai các nhiệm vụ chuyển đổi số. Cụ thể:",
      "(i) Rà soát trình độ công nghệ của doanh nghiệp; (ii)", "Tổ chức chương trình hỗ trợ; (iii) Phối hợp với Sở Công",
      "Thương kết nối thị trường.", "6. Sở Nội vụ hướng dẫn."],
     ["Sở Khoa học và Công nghệ", "Chủ trì triển khai các nhiệm vụ chuyển đổi số. Cụ thể: (i) Rà soát trình độ công nghệ "
      "của doanh nghiệp; (ii) Tổ chức chương trình hỗ trợ; (iii) Phối hợp với Sở Công Thương kết nối thị trường.",
      "Sở Nội vụ hướng dẫn."]),
    # "a) … b) …" inside a sentence, "b)" wrapped to the start of a line: no new item; a real item list stays a list
    (["1. Sở Tài chính chủ trì các nội dung sau: a) rà soát kinh phí hỗ trợ hợp tác xã;",
      "b) hướng dẫn thanh quyết toán kinh phí.", "2. Sở Công Thương:", "a) Hỗ trợ xúc tiến thương mại;",
      "b) Kết nối tiêu thụ sản phẩm."],
     ["Sở Tài chính chủ trì các nội dung sau: a) rà soát kinh phí hỗ trợ hợp tác xã; b) hướng dẫn thanh quyết toán "
      "kinh phí.", "Sở Công Thương:", "Hỗ trợ xúc tiến thương mại;", "Kết nối tiêu thụ sản phẩm."]),
])
def test_an_enumeration_inside_a_paragraph_stays_in_it(lines, expected):
    from generator.importer import layout

    assert [p.text for p in layout.paragraphs(lines)] == expected


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/import-corpus absent")
def test_corpus_classes_of_bodies_and_inline_enumerations():
    """Lào Cai: V.5's "(i) … (ii) …" is one task; headings naming a class of bodies give their items
    that lead as printed; a class named by a heading is that body elsewhere ("Chủ đầu tư dự án …");
    the actor after a fronted clause ("Trong quá trình …, Thủ trưởng các cơ quan, đơn vị, …")."""
    _, names, tasks = _draft(CORPUS / "laocai_134-KH-UBND-2026_kcn-ccn.txt")
    assert "(iii) Phối hợp với Ban Quản lý" in tasks["Chủ trì phối hợp với các đơn vị triển khai"]["text"]
    assert not any(t.startswith(("(i)", "Tổ chức các chương trình hỗ trợ")) for t in tasks)
    cls = "Các chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp"
    assert _leads(tasks["Thu hút, mời gọi các nhà đầu tư đăng ký vào cụm"], names) == [cls]
    assert _leads(tasks["Chủ đầu tư dự án hạ tầng kỹ thuật khu, cụm công nghiệp san"], names) == [cls]
    assert _leads(tasks["Các sở, ban, ngành và các đơn vị khác"], names) == [
        "Các sở, ban, ngành và các đơn vị khác có liên quan"]
    assert _leads(tasks["Các Sở, ban, ngành; cơ quan, đơn vị tiến hành"], names) == ["Các Sở, ban, ngành; cơ quan, đơn vị"]
    assert _leads(tasks["Trong quá trình tổ chức triển khai"], names) == [
        "Thủ trưởng các cơ quan, đơn vị", "Chủ tịch Ủy ban nhân dân các xã, phường"]
    _, names, tasks = _draft(CORPUS / "btnmt_09-KH-BTNMT-2024_tin-chi-cac-bon.txt")
    assert _leads(tasks["Viện Khoa học Khí tượng"], names) == [
        "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu", "Viện Chiến lược, Chính sách tài nguyên và môi trường"]


def test_a_class_named_by_a_heading_and_an_actor_after_a_fronted_clause(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 19/KH-UBND", "Điện Biên, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
        "Phát triển vùng nguyên liệu năm 2026", "", "I. NỘI DUNG",
        "- Tổ chức tín dụng trên địa bàn tỉnh ưu tiên cho vay vốn đối với hợp tác xã liên kết vùng nguyên liệu.",
        "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nông nghiệp và Môi trường", "- Hướng dẫn hợp tác xã xây dựng vùng nguyên liệu.",
        "2. Các tổ chức tín dụng trên địa bàn tỉnh", "- Đơn giản hóa thủ tục cho vay đối với hợp tác xã.",
        "III. CHẾ ĐỘ BÁO CÁO",
        "Khi có khó khăn, vướng mắc, Thủ trưởng các sở, ngành chủ động báo cáo Ủy ban nhân dân tỉnh.",
    ]) + "\n", encoding="utf-8")
    _, names, tasks = _draft(path)
    assert _leads(tasks["Đơn giản hóa thủ tục"], names) == ["Các tổ chức tín dụng trên địa bàn tỉnh"]
    assert _leads(tasks["Tổ chức tín dụng trên địa bàn tỉnh ưu tiên"], names) == ["Các tổ chức tín dụng trên địa bàn tỉnh"]
    assert _leads(tasks["Khi có khó khăn"], names) == ["Thủ trưởng các sở, ngành"]


@pytest.mark.parametrize("name,rows,targets", [("ubnd-chuyen-doi-so.md", 4, 3), ("so-phong-chong-thien-tai.md", 5, 4),
                                               ("kh-du-lich-cong-dong.md", 6, 0), ("kh-nuoc-sach-tab.txt", 5, 5)])
def test_every_quotation_of_a_new_layout_is_in_the_text(name, rows, targets):
    """No invented text: every table row is read, and every task's quotations (cells of a joined row
    included) and every target's sentence are in the document, each target's value printed in it."""
    from generator.text import SourceText
    from generator.source.fidelity import number_in

    draft, _, _ = _draft(FIXTURES / name)
    assert sum(t["place"]["part"] == "appendix" for t in draft.plan["tasks"]) == rows
    assert len(draft.plan["targets"]) == targets
    source = SourceText((FIXTURES / name).read_text(encoding="utf-8"))
    for task in draft.plan["tasks"]:
        for key in ("text", "lead_text", "cooperating_text", "output"):
            if task.get(key):
                assert source.find_cell(task[key]) is not None, (key, task[key])
        if task["deadline"]["printed"]:
            assert source.find_cell(task["deadline"]["printed"]) is not None
    for target in draft.plan["targets"]:
        assert source.find(target["text"]) is not None and number_in(target["value"], target["text"])
    for group in draft.plan["groups"]:
        assert source.find(group["title"]) is not None


@pytest.mark.parametrize("lines", [
    # pdftotext without -layout: one fragment per line, a letter above Roman numerals
    FLAT_HEADER + ["A ", "NHIỆM VỤ CHUNG ", "", "I ", "Tuyên truyền ", "", "1 ", "Tổ chức hội nghị ", "", "Sở Tài chính ",
                   "", "Các sở ", "", "UBND tỉnh ", "", "Hội nghị ", "", "Năm 2026 ", "", "B. NHIỆM VỤ CỦA CẤP XÃ ", "",
                   "2 ", "Rà soát hợp tác xã ", "", "UBND cấp xã ", "", "Sở Tài chính ", "", "UBND tỉnh ", "",
                   "Báo cáo ", "", "Quý II/2026 ", ""],
    # a Markdown header row, then the cells one per line
    ["| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Cấp trình | Sản phẩm | Thời gian |", "|---|---|---|---|---|---|---|",
     "A", "NHIỆM VỤ CHUNG", "I. Tuyên truyền", "1", "Tổ chức hội nghị", "Sở Tài chính", "Các sở", "UBND tỉnh", "Hội nghị",
     "Năm 2026", "", "B. NHIỆM VỤ CỦA CẤP XÃ", "2", "Rà soát hợp tác xã", "UBND cấp xã", "Sở Tài chính", "UBND tỉnh",
     "Báo cáo", "Quý II/2026"],
])
def test_a_flattened_table_has_letter_groups_above_roman_ones(lines):
    [table] = tables.find_tables(lines)
    assert [g[:2] for g in table.groups] == [("A", "NHIỆM VỤ CHUNG"), ("A.I", "Tuyên truyền"), ("B", "NHIỆM VỤ CỦA CẤP XÃ")]
    assert [(r.group, r.group_marker, r.cells["text"], r.cells["lead"], r.cells["deadline"]) for r in table.rows] == [
        ("A.I", "A.I", "Tổ chức hội nghị", "Sở Tài chính", "Năm 2026"),
        ("B", "B", "Rà soát hợp tác xã", "UBND cấp xã", "Quý II/2026")]


def test_a_group_marker_printed_in_the_title_cell():
    """"| | **I. Tuyên truyền** | | |": the TT cell empty, the marker printed with the title in the next cell."""
    lines = ["| TT | Nội dung | Cơ quan chủ trì | Thời gian |", "|---|---|---|---|", "| | **I. Tuyên truyền** | | |",
             "| 1 | Tổ chức hội nghị | Sở Tài chính | Năm 2026 |", "| | II. Hỗ trợ | | |",
             "| 2 | Hỗ trợ xúc tiến thương mại | Sở Công Thương | Quý II/2026 |"]
    [table] = tables.find_tables(lines)
    assert [g[:2] for g in table.groups] == [("I", "Tuyên truyền"), ("II", "Hỗ trợ")]
    assert [(r.group, r.row) for r in table.rows] == [("I", "1"), ("II", "2")]


cell_words = st.lists(st.sampled_from("hợp tác xã kinh tế tập thể đất đai tín dụng Sở Tài chính Liên minh quý năm "
                                      "hướng dẫn rà soát".split()), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(cell_words, cell_words, cell_words), min_size=1, max_size=5), st.data(),
       st.sampled_from(["pipe", "tsv"]))
def test_continuation_rows_never_lose_or_move_a_word(rows, data, layout):
    """However a converter wraps the cells of a numbered row into rows with an empty TT cell, every
    word of every cell comes back, in order, in its own column, one row per number."""
    def line(cells):
        return "| " + " | ".join(cells) + " |" if layout == "pipe" else "\t".join(cells)

    lines = [line(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"])] + (["|---|---|---|---|"] if layout == "pipe" else [])
    for number, cells in enumerate(rows, start=1):
        cuts = [sorted(data.draw(st.sets(st.integers(1, len(c) - 1), max_size=2)) if len(c) > 1 else set())
                for c in cells]
        pieces = [[c[a:b] for a, b in zip([0, *cut], [*cut, len(c)])] for c, cut in zip(cells, cuts)]
        for k in range(max(len(p) for p in pieces)):
            lines.append(line([str(number) if k == 0 else ""] + [" ".join(p[k]) if k < len(p) else "" for p in pieces]))
    [table] = tables.find_tables(lines)
    assert [r.row for r in table.rows] == [str(n) for n in range(1, len(rows) + 1)] and not table.groups
    for row, (text, lead, deadline) in zip(table.rows, rows):
        assert [row.cells.get(k, "").split() for k in ("text", "lead", "deadline")] == [text, lead, deadline]
