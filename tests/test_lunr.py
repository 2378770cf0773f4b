"""The lunr indexes (generator/search/lunr_index.py, Python lunr) load in the vendored lunr.js 2.3.9 with the
shared "fold-vi" pipeline function, and both sides find the same records."""

import json
from pathlib import Path

import pytest

from generator.search.lunr_index import build, documents, serialized
from generator.search.index import payload
from generator.source.validate import check

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "theme_overrides/assets/javascripts"
QUERIES = ["dak nong", "hợp tác xã", "hop tac xa", "Sở Tài chính", "ĐẤT ĐAI", "09/NQ-CP", "htx", "kinh phi",
           "hoà", "hòa"]


@pytest.fixture(scope="module")
def real_payload():
    return payload(check(ROOT / "source")[0])


def test_fold_pipeline_no_stemmer_no_stop_words(real_payload):
    pages, _ = documents(real_payload)
    index = build(pages)
    assert [r["ref"] for r in index.search("xa")] == [r["ref"] for r in index.search("xã")] != []
    assert index.search("cac")  # "các" is no stop word
    data = json.loads(serialized(real_payload)["pages"])
    assert data["pipeline"] == ["fold-vi"]


def test_python_index_loads_in_lunr_js_with_the_same_hits(real_payload):
    from playwright.sync_api import sync_playwright
    from conftest import CHROMIUM, CHROMIUM_ARGS

    indexes = serialized(real_payload)
    py = {}
    for name, docs in zip(("pages", "tasks"), documents(real_payload)):
        index = build(docs)
        py[name] = [sorted(r["ref"] for r in index.search(q)) for q in QUERIES]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content("<script>window.KEHOACH_NO_WORKER = true;</script>")
        page.add_script_tag(content=(JS / "vendor/lunr-2.3.9.min.js").read_text(encoding="utf-8"))
        page.add_script_tag(content=(JS / "kehoach-search.js").read_text(encoding="utf-8"))
        for name, text in indexes.items():
            js = page.evaluate("""([text, qs]) => { KehoachSearch.useLunr(lunr);
                const idx = lunr.Index.load(JSON.parse(text));
                return qs.map(q => idx.search(q).map(r => r.ref).sort()); }""", [text, QUERIES])
            assert js == py[name], name
            assert any(js), name
        browser.close()
