"""Python and JavaScript fold text the same way (one shared table of cases)."""

import json
import unicodedata
from pathlib import Path

import pytest

from generator.search.index import alternatives, typed_readings
from generator.vi import fold

ROOT = Path(__file__).resolve().parent.parent
CASES = json.loads((ROOT / "generator/data/fold_cases.json").read_text(encoding="utf-8"))
#: a word typed with the Vietnamese input method off (Telex, VNI) → its folded readings
READINGS = json.loads((ROOT / "generator/data/reading_cases.json").read_text(encoding="utf-8"))
SEARCH_JS = ROOT / "theme_overrides/assets/javascripts/kehoach-search.js"
ALT_TEXTS = [
    "Hỗ trợ HTX tiếp cận vốn", "thành lập mới 150 hợp tác xã", "Sở KH&ĐT chủ trì", "Sở Kế hoạch và Đầu tư",
    "UBND tỉnh Kon Tum", "Ủy ban nhân dân các huyện", "Nghị quyết số 09/NQ-CP", "Sở LĐ-TB&XH",
    "Sở Lao động - Thương binh và Xã hội", "kinh tế tập thể (KTTT)", "khách hàng", "Liên hiệp hợp tác xã",
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_python_fold(raw, expected):
    assert fold(raw) == expected
    assert fold(unicodedata.normalize("NFD", raw)) == expected
    assert len(fold(raw)) == len(unicodedata.normalize("NFC", raw))  # positions line up


def test_javascript_fold_and_alternatives_agree_with_python():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        from conftest import CHROMIUM, CHROMIUM_ARGS

        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content("<script>window.KEHOACH_NO_WORKER = true;</script>")
        page.add_script_tag(content=SEARCH_JS.read_text(encoding="utf-8"))
        inputs = [c[0] for c in CASES] + [unicodedata.normalize("NFD", c[0]) for c in CASES]
        js = page.evaluate("xs => xs.map(x => KehoachSearch.fold(x))", inputs)
        assert js == [fold(x) for x in inputs]
        from generator.search.index import _abbreviation_rules

        table = [[short, longs] for short, _, longs, _ in _abbreviation_rules()]
        js_alt = page.evaluate("([xs, t]) => xs.map(x => KehoachSearch.alternatives(KehoachSearch.fold(x), t))",
                               [ALT_TEXTS, table])
        assert js_alt == [alternatives(x) for x in ALT_TEXTS]
        js_read = page.evaluate("xs => xs.map(x => KehoachSearch.readings(x))", [w for w, _ in READINGS])
        assert js_read == [typed_readings(w) for w, _ in READINGS]
        browser.close()


@pytest.mark.parametrize("word,expected", READINGS)
def test_typed_readings(word, expected):
    assert typed_readings(word) == expected


def test_alternatives_both_ways():
    assert "htx" in alternatives("thành lập mới 150 hợp tác xã").split()
    assert "hop tac xa" in alternatives("Hỗ trợ HTX tiếp cận vốn")
    assert "kh&dt" in alternatives("Sở Kế hoạch và Đầu tư").split()
    assert "ke hoach va dau tu" in alternatives("Sở KH&ĐT")
    assert "kh" not in alternatives("khách hàng").split()


def test_new_alternatives():
    assert {"khdt", "ldtbxh"} <= set(alternatives("Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội").split())
    assert "ke hoach va dau tu" in alternatives("Sở KHĐT") and "khoa hoc va cong nghe" in alternatives("KHCN")
    assert {"4200", "17000"} <= set(alternatives("trên 4.200 thành viên; 17.000").split())
    assert not {"25", "1234"} & set(alternatives("2,5 ha; 12.34").split())
    assert "hdrai" in alternatives("Ia H'Drai").split() and "mgar" in alternatives("Cư M’gar").split()


def test_javascript_fold_table_gives_the_per_character_rule_on_every_unit():
    """fold() reads each UTF-16 unit's folded unit from a table (the finder folds every row of a province
    when its text box is first used; a regular-expression call per character was several times slower).
    On every BMP unit, alone and inside text (with a surrogate pair and an uncomposed mark around it), it
    gives what the per-character rule gives; on the letters Vietnamese text uses, what Python's fold gives;
    and the abbreviation alternatives (which skip forms whose first word is not in the text) still agree
    with Python on texts where a form's first word is there but the form is not."""
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, CHROMIUM_ARGS

    latin = [chr(c) for c in [*range(0x20, 0x250), *range(0x1E00, 0x1F00)]]
    tricky = ["Kế hoạch năm", "kế hoạch và", "hợp tác", "Ủy ban nhân dân tỉnh", "ủy ban Mặt trận nhân dân",
              "tổ hợp tác xã", "KH và ĐT", "kh&dt", "khdt tỉnh", "Sở KH&ĐT;KH&CN", "lao động, thương binh và xã hội"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content("<script>window.KEHOACH_NO_WORKER = true;</script>")
        page.add_script_tag(content=SEARCH_JS.read_text(encoding="utf-8"))
        mismatches = page.evaluate("""() => {
            const S = KehoachSearch, bad = [];
            for (let c = 0; c <= 0xffff; c++) {
                const ch = String.fromCharCode(c);
                for (const t of [ch, 'Ab' + ch + 'Đ😀x\\u0301'])
                    if (S.fold(t) !== S.foldEach(t)) bad.push(c);
            }
            const long = 'Hợp Tác Xã ĐẮK NÔNG 😀 x\\u0301 '.repeat(2000);
            if (S.fold(long) !== S.foldEach(long)) bad.push('long');
            return bad; }""")
        assert mismatches == []
        assert page.evaluate("xs => xs.map(x => KehoachSearch.fold(x))", latin) == [fold(x) for x in latin]
        from generator.search.index import abbreviation_table

        js_alt = page.evaluate("([xs, t]) => xs.map(x => KehoachSearch.alternatives(KehoachSearch.fold(x), t))",
                               [tricky, abbreviation_table()])
        assert js_alt == [alternatives(x) for x in tricky]
        browser.close()
