"""One name per plan and per legal document, the same on every page, the finder and search."""

import json
import re

import pytest

from conftest import ROOT
from generator import names
from generator.validate import check
from generator.vi import fold


@pytest.fixture(scope="module")
def dataset():
    ds, problems = check(ROOT / "source")
    assert not problems.errors
    return ds


def test_document_names(dataset):
    docs = dataset.documents
    assert names.document_name(docs["09-nq-cp-2023"]) == "Nghị quyết 09/NQ-CP"
    assert names.document_name(docs["luat-hop-tac-xa-2012"]) == "Luật Hợp tác xã"  # the title names itself
    # a title that does not name itself follows its kind
    assert names.document_name(docs["nghi-quyet-trung-uong-5-khoa-ix"]).startswith("Nghị quyết về tiếp tục")


def test_plan_names_tell_plans_apart(dataset):
    all_names = [names.plan_name(dataset, p) for p in dataset.plans.values()]
    assert len(set(all_names)) == len(all_names)
    assert names.plan_name(dataset, dataset.plans["kon-tum-2023-kh-nq09"]) == "Kế hoạch (không số) — Kon Tum, [2023]"


def test_no_doubled_kind_anywhere_on_the_site(real_site):
    for page in (real_site / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"\b(Luật|Nghị quyết|Quyết định) \1\b", html), page
        assert "Luật luat-" not in html, page


def test_finder_names_plans_as_the_pages_do(real_site, dataset):
    shard = (real_site / "site/assets/generated/tra-cuu").glob("*.js")
    data = "".join(p.read_text(encoding="utf-8") for p in shard)
    for plan in dataset.plans.values():
        assert json.dumps(names.plan_name(dataset, plan), ensure_ascii=False) in data


def test_glossary_agrees_with_the_search_abbreviations():
    from generator.markup import glossary

    search = json.loads((ROOT / "generator/data/abbreviations.json").read_text(encoding="utf-8"))
    for term in glossary():
        key = fold(term["abbr"])
        if key in search:
            assert fold(term["long"]) in [fold(v) for v in search[key]], term["abbr"]


def test_glossary_page_home_links_and_feedback(real_site):
    from generator.markup import glossary

    site = real_site / "site"
    page = (site / "thuat-ngu.html").read_text(encoding="utf-8")
    for term in glossary():
        assert f"<strong>{term['abbr']}</strong>" in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="thuat-ngu.html"' in home and 'href="tra-cuu/index.html"' in home
    assert 'href="gioi-thieu.html#du-lieu-mo"' in home
    plan = (site / "ke-hoach/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    assert '<abbr title="Mỗi xã một sản phẩm">OCOP</abbr>' in plan
    feedback = re.search(r'href="(https://github\.com/[^"]+/issues/new\?[^"]+)"', plan)
    assert feedback and "body=Trang%3A%20ke-hoach/dak-nong-2023-kh-127.html" in feedback.group(1)
