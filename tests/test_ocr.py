"""Scanned PDFs: OCR with Tesseract's Vietnamese model (skipped, with the reason, where it is absent)."""

import difflib
import shutil
import unicodedata
from pathlib import Path

import pytest

from generator.importer import ocr
from generator.importer.extract import ImportFailure, extract
from scans import pages, write_pdf

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
needs_ocr = pytest.mark.skipif(ocr.missing() is not None,
                               reason=f"OCR not installed (missing: {ocr.missing()}); apt-get install {ocr.PACKAGES}")

LINES = [
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG",
    "Số: 127/KH-UBND",
    "Đắk Nông, ngày 07 tháng 3 năm 2023",
    "KẾ HOẠCH",
    "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ",
    "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí hỗ trợ hợp tác xã hằng năm.",
    "2. Liên minh Hợp tác xã tỉnh chủ trì tổ chức đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã trong quý IV năm 2024.",
]


def cer(reference: str, hypothesis: str) -> float:
    ref = " ".join(unicodedata.normalize("NFC", reference).split())
    hyp = " ".join(unicodedata.normalize("NFC", hypothesis).split())
    ops = difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal") / len(ref)


@needs_ocr
def test_a_one_page_scan_is_read_with_its_diacritics(tmp_path):
    pdf = write_pdf(pages(LINES, rotate=0.6, noise=0.0005, stamp=True), tmp_path / "scan.pdf")
    extracted = extract(pdf)
    assert extracted.kind == "pdf-ocr" and extracted.pages == 1
    assert cer("\n".join(LINES), extracted.text) < 0.03, extracted.text
    assert "Số: 127/KH-UBND" in extracted.text and "hợp tác xã" in extracted.text


@needs_ocr
def test_a_scanned_plan_imports_with_the_scan_kept_and_the_ocr_text_of_record(tmp_path):
    from generator.importer import import_document
    from generator.importer.write import write_draft

    pdf = write_pdf(pages(LINES), tmp_path / "ke-hoach-quet.pdf")
    draft = import_document(pdf, SOURCE)
    assert draft.plan["raw"] == "ke-hoach-quet.pdf" and draft.raw_bytes == pdf.read_bytes()
    assert draft.plan["text"] == "ocr/ke-hoach-quet.txt"
    assert draft.plan["number"] == "127/KH-UBND" and draft.plan["province"] == "dak-nong"
    assert any("OCR" in note for note in draft.plan["notes"]) and any("OCR" in r for r in draft.plan["review"])
    leads = [t["lead"] for t in draft.plan["tasks"]]
    assert ["so-tai-chinh-dak-nong"] in leads
    source = tmp_path / "source"
    shutil.copytree(SOURCE, source)
    (source / "plans" / f"{draft.plan_id}.yaml").unlink()  # the curated plan of the same number and year
    written = write_draft(draft, source)
    assert source / "raw" / "ocr" / "ke-hoach-quet.txt" in written
    assert (source / "raw" / "ke-hoach-quet.pdf").read_bytes() == pdf.read_bytes()


TASKS = ["Tổ chức tuyên truyền, phổ biến chính sách hỗ trợ hợp tác xã",
         "Rà soát, đánh giá hoạt động của các hợp tác xã nông nghiệp trên địa bàn tỉnh và đề xuất giải pháp củng cố",
         "Hỗ trợ thành lập mới hợp tác xã",
         "Xây dựng mô hình hợp tác xã gắn với chuỗi giá trị sản phẩm chủ lực của tỉnh, ưu tiên sản phẩm OCOP"]
LEADS = ["Sở Nông nghiệp và Phát triển nông thôn", "Liên minh Hợp tác xã tỉnh", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"]
GROUPS = ["Tuyên truyền, nâng cao nhận thức", "Củng cố, phát triển hợp tác xã", "Nguồn lực"]


def appendix(rows: int, groups: bool = True) -> list[str]:
    """A plan's last lines and its appendix of tasks (tab-separated: ``scans`` draws it as a printed table, cells
    wrapped in their columns): groups' titles as merged rows, then "Nơi nhận:" after the table."""
    out = ["KẾ HOẠCH", "Phụ lục", "DANH MỤC NHIỆM VỤ",
           "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"]
    for i in range(1, rows + 1):
        if groups and i % 9 == 1:
            out.append(f"{['I', 'II', 'III'][i // 9]}\t{GROUPS[i // 9]}")
        coop = "Ủy ban nhân dân các huyện, thị xã, thành phố" if i % 3 else "Các sở, ngành liên quan"
        out.append(f"{i}\t{TASKS[i % 4]} (nhiệm vụ {i})\t{LEADS[i % 4]}\t{coop}\t"
                   + (f"Năm {2023 + i % 3}" if i % 5 else "Hằng năm"))
    return out + ["", "Nơi nhận:", "- Như trên;", "- Lưu: VT."]


def rows_read(text_lines: list[str]) -> tuple[dict[str, dict], list]:
    from generator.importer import tables

    found = tables.find_tables(text_lines)
    return {row.row: row.cells for table in found for row in table.rows}, [g.title for t in found for g in t.groups]


def right_rows(rows: dict[str, dict], close: float = 1.0) -> int:
    """Rows whose task and lead cells are the row's (``close``: as alike as that, for what OCR read)."""
    def alike(a: str, b: str) -> bool:
        return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= close

    return sum(alike(cells.get("text", ""), f"{TASKS[int(n) % 4]} (nhiệm vụ {n})")
               and alike(cells.get("lead", ""), LEADS[int(n) % 4]) for n, cells in rows.items() if n.isdigit())


@pytest.mark.parametrize("ruled, centred, turn", [(True, False, 0.0), (False, True, 0.5), (True, True, -0.4),
                                                  (False, False, 0.3)])
def test_scanned_table_rows_and_columns_come_from_the_word_boxes(ruled, centred, turn):
    """Tesseract's boxes of a three-page printed table (cells wrapped in their columns, the header repeated, rows
    cut by page breaks, groups' titles merged across the columns) → one line per row, cells tab-separated, which the
    text table reader reads row by row — ruled or not, numbers at the top of their cell or centred, the page turned
    a little. (The boxes as a perfect reading: no Tesseract needed.)"""
    from scans import word_boxes

    boxes = word_boxes(appendix(26), ruled=ruled, centred=centred, turn=turn)
    assert len(boxes) == 3
    lines, carry = [], None
    for number, tsv in enumerate(boxes, 1):
        page = ocr.read_tsv(tsv, number, len(lines) + 1, carry)
        lines += page.lines
        carry = page.carry
    rows, groups = rows_read(lines)
    assert sorted(rows, key=int) == [str(i) for i in range(1, 27)], "\n".join(lines)
    assert right_rows(rows) == 26, "\n".join(lines)
    assert groups == GROUPS
    assert not any("Nơi nhận" in " ".join(cells.values()) for cells in rows.values())


@pytest.mark.parametrize("ruled", [True, False])
def test_rows_whose_number_ocr_misread_stay_rows(ruled):
    """Numbers centred in their cells, no groups' titles: the header ends where the first row's band starts (above
    its number), a number OCR misread ("Ạ" for 4, ":" for 7: a short mark alone in the number column) still opens
    its row — a letter too ("B" for 8: a group's marker, but followed by cells in several columns) —, and "Nơi nhận:"
    after the table (a run of words in the number column) ends it."""
    from scans import word_boxes

    misread = {"4": "Ạ", "7": ":", "8": "B"}
    lines, carry = [], None
    for number, tsv in enumerate(word_boxes(appendix(12, groups=False), ruled=ruled, centred=True, turn=0.3), 1):
        rows = [row.split("\t") for row in tsv.split("\n")]
        for row in rows:
            if row[-1] in misread and int(row[6]) < 400:
                row[-1] = misread[row[-1]]
        page = ocr.read_tsv("\n".join("\t".join(row) for row in rows), number, len(lines) + 1, carry)
        lines += page.lines
        carry = page.carry
    rows, _ = rows_read(lines)
    assert sorted(rows) == sorted([str(i) for i in range(1, 13) if str(i) not in misread] + list(misread.values()))
    assert right_rows(rows) == 9 and rows["B"]["lead"] == LEADS[0], "\n".join(lines)
    assert rows["Ạ"]["text"] == f"{TASKS[0]} (nhiệm vụ 4)", "\n".join(lines)
    assert lines[lines.index("Nơi nhận:") - 1] == "", "\n".join(lines)


@needs_ocr
@pytest.mark.parametrize("ruled, centred", [(True, False), (False, True)])
def test_a_two_page_scanned_table_is_read_into_rows(tmp_path, ruled, centred):
    images = pages(appendix(16), ruled=ruled, centred=centred, rotate=0.4, noise=0.0003)
    assert len(images) == 2
    extracted = extract(write_pdf(images, tmp_path / "bang.pdf"))
    rows, groups = rows_read(extracted.text.split("\n"))
    # every row but one whose number OCR may misread, its task and lead cells whole (both pages, the cut row joined),
    # OCR's slips aside ("SởTàichính")
    assert right_rows(rows, close=0.9) >= 15, extracted.text
    assert groups == GROUPS[:2]


@needs_ocr
def test_a_page_under_a_seal_and_a_signature_is_still_read(tmp_path):
    """The red seal and the blue signature pressed over the text are taken off by their colour before OCR."""
    from generator.text import plain_line

    record = (SOURCE / "raw" / "003_cce4b8cc162a5fb2.txt").read_text(encoding="utf-8")  # Kon Tum 2018's text
    body = [plain_line(line).strip() for line in record.split("\n") if line.strip()][:28]
    [image, *_] = pages(body, rotate=0.3, noise=0.0003, stamp="seal")
    extracted = extract(write_pdf([image], tmp_path / "dau.pdf"))
    from scans import drawn
    assert cer(drawn(body)[: len(extracted.text)], extracted.text) < 0.025, extracted.text
    under = ["hiện đồng bộ, quyết liệt các giải pháp, tích cực vận động và hỗ trợ",  # the lines the seal covers
             "1. Ủy ban nhân dân các huyện, thành phố:"]
    assert all(line in extracted.text for line in under), extracted.text


def test_tsv_words_become_lines_tabs_at_column_gaps_and_doubts():
    tsv = "\n".join([
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "5\t1\t1\t1\t1\t1\t100\t100\t60\t40\t96\tSở",
        "5\t1\t1\t1\t1\t2\t170\t100\t90\t40\t95\tTài",
        "5\t1\t1\t1\t1\t3\t600\t100\t90\t40\t31\tchính",
        "5\t1\t1\t2\t1\t1\t100\t200\t60\t40\t92\tHết",
        "5\t1\t1\t2\t1\t2\t170\t200\t90\t40\t90\tthưộc",
        "5\t1\t1\t2\t1\t3\t270\t200\t90\t40\t90\tHTX.",
    ])
    page = ocr.read_tsv(tsv, page=3, first_line=10)
    lines, doubts, tables = page.lines, page.doubts, page.tables
    assert lines == ["Sở Tài\tchính", "", "Hết thưộc HTX.", ""]
    assert [(d.page, d.line, d.word, d.confidence, d.why) for d in doubts] == [
        (3, 10, "chính", 31, "low"), (3, 12, "thưộc", 90, "syllable")]
    assert tables == [(3, 10)]


def test_a_scan_without_ocr_installed_names_the_packages(tmp_path, monkeypatch):
    pdf = write_pdf(pages(LINES[:3]), tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr.shutil, "which", lambda tool: None)
    with pytest.raises(ImportFailure) as failure:
        extract(pdf)
    assert "tesseract-ocr-vie" in str(failure.value) and "apt-get install" in str(failure.value)


@needs_ocr
def test_a_pdf_whose_text_layer_is_broken_fonts_is_sent_to_ocr(tmp_path, monkeypatch):
    """A text layer of garbage (Kon Tum 2023's broken fonts) is not trusted where OCR can read the page."""
    from generator.importer import repair
    from generator.importer import extract as extract_module

    pdf = write_pdf(pages(LINES), tmp_path / "broken.pdf")
    garbage = "Kā ho¿ch ph¡t tri°n kinh t¾ tÿp th¾ " * 20  # what a broken font map leaves
    assert repair.is_garbled(garbage)

    from generator.importer import pdf_text

    monkeypatch.setattr(pdf_text, "page_texts", lambda pdf: [garbage])  # the text layer the page's words give
    extracted = extract_module.extract(pdf)
    assert extracted.kind == "pdf-ocr" and "hợp tác xã" in extracted.text


@needs_ocr
def test_a_page_scanned_sideways_is_turned_upright(tmp_path):
    [page] = pages(LINES + LINES[4:] * 3)
    pdf = write_pdf([page.rotate(90, expand=True)], tmp_path / "sideways.pdf")
    extracted = extract(pdf)
    assert all(line in extracted.text for line in LINES[:4]), extracted.text[:400]
    assert "hợp tác xã" in extracted.text


@pytest.mark.parametrize("read, meant", [
    ("Đầutư", "Đầu tư"), ("SởThông", "Sở Thông"), ("UBNDcác", "UBND các"), ("hợptácxã", "hợp tác xã"),
    ("phốihợp", "phối hợp"), ("(Tàichính),", "(Tài chính),"),
    # left as read: a syllable, no marks, an acronym, a mark misread (no space was lost), a foreign word
    ("nghiệp", "nghiệp"), ("KH-UBND", "KH-UBND"), ("OCOP", "OCOP"), ("thưộc", "thưộc"), ("hợẹp", "hợẹp"),
    ("banchii", "banchii")])
def test_syllables_ocr_ran_together_are_written_apart(read, meant):
    assert ocr._spaced(read) == meant


def test_a_roman_numeral_read_as_bars_ones_and_ls_is_given_back_in_a_heading_in_capitals():
    def tsv(*lines):
        rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
        for n, words in enumerate(lines, 1):
            rows += [f"5\t1\t1\t{n}\t1\t{k}\t{100 + 150 * k}\t{100 * n}\t120\t40\t90\t{w}" for k, w in enumerate(words)]
        return "\n".join(rows)

    page = ocr.read_tsv(tsv(["1L", "MỤC", "TIÊU"], ["|II.", "TỔ", "CHỨC"], ["1.", "MỤC", "ĐÍCH"],
                            ["1L", "mục", "tiêu"]))
    assert [line for line in page.lines if line] == ["II. MỤC TIÊU", "III. TỔ CHỨC", "1. MỤC ĐÍCH", "1L mục tiêu"]


def _tsv(*lines):
    """Tesseract's TSV for lines of words (each line its own paragraph, as Tesseract parts a short line)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, words in enumerate(lines, 1):
        rows += [f"5\t1\t1\t{n}\t1\t{k}\t{100 + 150 * k}\t{100 * n}\t120\t40\t90\t{w}" for k, w in enumerate(words)]
    return "\n".join(rows)


def test_a_roman_numeral_whose_v_or_x_ocr_read_in_lower_case_is_given_back_in_a_heading_in_capitals():
    page = ocr.read_tsv(_tsv(["v.", "TỔ", "CHỨC", "THỰC", "HIỆN"], ["vI", "KINH", "PHÍ"], ["x.", "ĐIỀU", "KHOẢN"],
                             ["v.", "nội", "dung"], ["vì", "VẬY", "CẦN"]))
    assert [line for line in page.lines if line] == ["V. TỔ CHỨC THỰC HIỆN", "VI. KINH PHÍ", "X. ĐIỀU KHOẢN",
                                                     "v. nội dung", "vì VẬY CẦN"]


def test_a_sentence_tesseract_parted_at_a_short_line_stays_one_paragraph():
    page = ocr.read_tsv(_tsv(["-", "Là", "cơ", "quan", "thường", "trực,", "đôn"], ["đốc", "và", "định", "kỳ"],
                             ["báo", "cáo", "Ủy", "ban."], ["a)", "xây", "dựng"], ["kế", "hoạch;"], ["xong", "rồi"],
                             ["Hết."], ["tiếp", "theo"]))
    assert page.lines == ["- Là cơ quan thường trực, đôn", "đốc và định kỳ", "báo cáo Ủy ban.", "", "a) xây dựng",
                          "kế hoạch;", "", "xong rồi", "", "Hết.", "", "tiếp theo", ""]


def test_a_two_column_table_is_drawn_in_two_columns_side_by_side():
    """A letterhead or a signature row (two cells filled) is a plain row of a two-column table, not a group title
    merged across the columns: each cell is drawn in its own column, wide enough for a line of words."""
    from scans import _layout

    rows = ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "Nơi nhận: - Bộ trưởng (để báo cáo); - Các Thứ trưởng; - Lưu VT.\tKT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Công Thành"]
    ops = [op for op in _layout(rows, 150, ruled=True, centred=False).pages[0].ops if op[0] == "text"]
    lefts = sorted({op[1] for op in ops})
    assert len(lefts) == 2                               # two columns
    assert len(ops) <= 8                                 # cells wrapped into lines of words, not a word a line
    for x, y, text, font in (op[1:] for op in ops):     # no cell's line runs into the next column
        assert x != lefts[0] or x + font.getlength(text) < lefts[1]


def test_a_speck_read_as_a_dash_is_dropped_and_a_printed_dash_kept():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

    def word(par: int, k: int, left: int, top: int, width: int, height: int, text: str) -> str:
        return f"5\t1\t1\t{par}\t1\t{k}\t{left}\t{top}\t{width}\t{height}\t90\t{text}"
    rows = [header, word(1, 1, 100, 100, 90, 40, "Các"), word(1, 2, 200, 100, 90, 40, "đơn"),
            word(1, 3, 300, 100, 60, 40, "vị"),
            word(2, 1, 100, 180, 2, 2, "-"),        # a speck two pixels square before a line's first word
            word(2, 2, 120, 160, 90, 40, "nhà"), word(2, 3, 220, 160, 90, 40, "kính"),
            word(3, 1, 100, 240, 14, 4, "-"),       # a dash as printed: a third of a letter long
            word(3, 2, 130, 220, 90, 40, "Lưu"), word(3, 3, 230, 220, 90, 40, "VT.")]
    assert [line for line in ocr.read_tsv("\n".join(rows)).lines if line] == ["Các đơn vị", "nhà kính", "- Lưu VT."]
