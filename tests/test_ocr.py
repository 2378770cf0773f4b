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


@needs_ocr
def test_a_two_page_scanned_table_is_read_into_rows(tmp_path):
    from generator.importer import tables

    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    rows = [[str(i), f"Nhiệm vụ hỗ trợ số {i}", "Sở Tài chính", "Năm 2024"] for i in range(1, 61)]
    images = pages([], columns=[header] + rows)
    assert len(images) == 2
    extracted = extract(write_pdf(images, tmp_path / "bang.pdf"))
    found = tables.find_tables(extracted.text.split("\n"))
    rows_read = [row for table in found for row in table.rows]
    numbers = {row.row for row in rows_read}
    assert len(numbers & {str(i) for i in range(1, 61)}) >= 57, (numbers, extracted.text[:800])  # ≥ 95 %, both pages
    assert sum("Sở Tài chính" in " ".join(row.cells.values()) for row in rows_read) >= 57


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
    lines, doubts, tables = ocr.lines_from_tsv(tsv, page=3, first_line=10)
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
    from generator import repair
    from generator.importer import extract as extract_module

    pdf = write_pdf(pages(LINES), tmp_path / "broken.pdf")
    garbage = "Kā ho¿ch ph¡t tri°n kinh t¾ tÿp th¾ " * 20  # what a broken font map leaves
    assert repair.is_garbled(garbage)

    class FakePage:
        def extract_text(self):
            return garbage

    class FakePdf:
        pages = [FakePage()]

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    import pdfplumber

    monkeypatch.setattr(pdfplumber, "open", lambda path: FakePdf())
    extracted = extract_module.extract(pdf)
    assert extracted.kind == "pdf-ocr" and "hợp tác xã" in extracted.text


@needs_ocr
def test_a_page_scanned_sideways_is_turned_upright(tmp_path):
    [page] = pages(LINES + LINES[4:] * 3)
    pdf = write_pdf([page.rotate(90, expand=True)], tmp_path / "sideways.pdf")
    extracted = extract(pdf)
    assert all(line in extracted.text for line in LINES[:4]), extracted.text[:400]
    assert "hợp tác xã" in extracted.text
