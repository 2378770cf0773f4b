"""Repair of the broken-font Kon Tum 2023 text (generator/importer/repair.py)."""

import unicodedata
from pathlib import Path

import pytest

from generator.importer import repair as R

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "source" / "raw"
RAW = (RAW_DIR / "000_446429f61b8c55ce.txt").read_text(encoding="utf-8")
REPAIRED_FILE = RAW_DIR / "repaired" / "000_446429f61b8c55ce.txt"

GARBLED_CHARS = set(R.BODY_MAP) | R.HEADING_ONLY


@pytest.fixture(scope="module")
def fixed() -> str:
    return R.repair(RAW)


@pytest.fixture(scope="module")
def fixed_lines(fixed) -> list[str]:
    return fixed.split("\n")


def test_repaired_file_is_repair_of_raw(fixed):
    assert REPAIRED_FILE.read_text(encoding="utf-8") == fixed


def test_line_count_kept(fixed):
    assert fixed.count("\n") == RAW.count("\n")
    assert len(fixed.splitlines()) == len(RAW.splitlines())


def test_nfc(fixed):
    assert unicodedata.is_normalized("NFC", fixed)


def test_no_garbled_chars_remain(fixed_lines):
    for number, line in enumerate(fixed_lines, start=1):
        body = line.lstrip()
        if body.startswith("* "):  # the bullet marker of the assignment lines
            body = body[2:]
        left = [ch for ch in body if ch in GARBLED_CHARS or ch in R.HEADING_ONLY or ch == "*"]
        assert not left, (number, line, left)


def test_every_word_is_a_syllable(fixed):
    import re

    allowed = {"CTr", "TTg", "b", "c", "marketing"}  # abbreviations, b/c, a loanword
    for word in re.findall(r"[^\W\d_]+", fixed):
        if word.isupper() or word in allowed:
            continue
        assert R.is_syllable(word), word


@pytest.mark.parametrize(
    "number, expected",
    [
        (1, " KẾ HOẠCH "),
        (3, "Thực hiện Nghị quyết số 09/NQ-CP ngày 02 tháng 02 năm 2023 của  "),
        (4, "Chính phủ và Chương trình số 41-CTr/TU ngày 07 tháng 10 năm 2022 của "),
        (5, "Ban Chấp hành Đảng bộ tỉnh khóa XVI thực hiện Nghị quyết số 20-NQ/TW "),
        (8, "“về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể  "),
        (9, "trong giai đoạn mới” "),
        (23, "I. MỤC ĐÍCH, YÊU CẦU "),
        (34, "2. Yêu cầu "),
        (57, "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU "),
        (77, "2. Mục tiêu cụ thể "),
        (107, "2.2. Tầm nhìn đến năm 2045 "),
        (116, "II. NHIỆM VỤ TRỌNG TÂM "),
        (120, "chủ nghĩa "),
        (187, "2. Tiếp tục đổi mới, hoàn thiện cơ chế, chính sách khuyến khích, hỗ trợ "),
        (453, " 3. Đổi mới, nâng cao chất lượng, hiệu quả hoạt động của các tổ chức "),
        (619, "5. Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của Mặt trận Tổ "),
        (664, "III. TỔ CHỨC THỰC HIỆN "),
        (695, "2. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Liên minh Hợp tác xã "),
        (719, "TM. ỦY BAN NHÂN DÂN "),
        (720, "KT. CHỦ TỊCH "),
        (729, "Nguyễn Hữu Tháp "),
        (290, "và nâng cao hiệu quả kinh tế tập thể. Ưu tiên thực hiện các đề tài, dự án nghiên "),
    ],
)
def test_known_lines(fixed_lines, number, expected):
    assert fixed_lines[number - 1] == expected


def test_known_phrase(fixed):
    assert "Thực hiện Nghị quyết số 09/NQ-CP ngày 02 tháng 02 năm 2023 của" in fixed
    assert "cāa" not in fixed and "của Chính phủ và Chương trình hành động" in fixed


def test_hand_fixes_point_at_raw_words():
    raw_lines = RAW.split("\n")
    for number, garbled, fixed_word, reason in R.HAND_FIXES:
        assert garbled in raw_lines[number - 1], (number, garbled)
        assert R.is_syllable(fixed_word) and reason


def test_doubts_point_at_repaired_lines(fixed_lines):
    for number, snippet, _note in R.DOUBTS:
        window = " ".join(" ".join(fixed_lines[number - 1 : number + 1]).split())
        assert snippet in window, (number, snippet)


@pytest.mark.parametrize("name", ["001_871ca0cd701cc8d8.txt", "002_476b9966732de626.txt",
                                  "003_cce4b8cc162a5fb2.txt", "004_908549e9ee007595.txt"])
def test_clean_documents_pass_through(name):
    text = (RAW_DIR / name).read_text(encoding="utf-8")
    assert not R.is_garbled(text)
    assert R.repair(text) == text


def test_clean_lines_pass_through():
    lines = (RAW_DIR / "001_871ca0cd701cc8d8.txt").read_text(encoding="utf-8").splitlines()[:60]
    for line in lines:
        assert R.repair(line) == line


def test_is_garbled():
    assert R.is_garbled(RAW)
    assert not R.is_garbled("Nhiệt độ 25°C, ngày 07 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh.")


@pytest.mark.parametrize(
    "word, ok",
    [("quyết", True), ("Nguyễn", True), ("hoạt", True), ("Mủc", False), ("căa", False),
     ("Hơp", False), ("hián", False), ("nghĩa", True), ("giữa", True), ("HOẠCH", True)],
)
def test_is_syllable(word, ok):
    assert R.is_syllable(word) is ok


def test_page_number_inside_sentence_is_emptied(fixed_lines):
    raw_lines = RAW.split("\n")
    for number in R.PAGE_NUMBER_LINES:
        assert raw_lines[number - 1].strip().isdigit()
        assert fixed_lines[number - 1] == ""
