"""One name per plan and per legal document, the same on every page, the finder and search."""

import json
import re

import pytest

from conftest import ROOT
from generator import urls
from generator.site import names
from generator.site.markup import text
from generator.source.validate import check
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


def test_one_table_of_abbreviations_read_by_the_glossary_and_the_search():
    """The glossary (generator/data/glossary.json) is the one table of abbreviations: the search reads each printed
    spelling of each term, both ways (an abbreviation typed finds its long form printed, a long form typed finds the
    abbreviation printed), the 2025 bodies included; no second table exists to disagree with it."""
    from generator.site.markup import glossary
    from generator.search.index import abbreviations, alternatives

    assert not (ROOT / "generator/data/abbreviations.json").exists()
    table = abbreviations()
    for term in glossary():
        for form in [term["abbr"], *term.get("forms", [])]:
            assert fold(term["long"]) in table[fold(form)], form
    assert set(table) == {fold(f) for t in glossary() for f in [t["abbr"], *t.get("forms", [])]}
    # abbreviations people type for bodies of the data, and the 2025 bodies (Sở Nông nghiệp và Môi trường)
    assert "uy ban mat tran to quoc" in alternatives("UBMTTQ Việt Nam tỉnh")
    assert {"nn&mt", "nnmt"} <= set(alternatives("Sở Nông nghiệp và Môi trường tỉnh Gia Lai").split())
    assert "phat thanh - truyen hinh" in alternatives("Đài PT&TH tỉnh")
    assert {"ldtb&xh", "ld-tb&xh"} <= set(alternatives("Bộ Lao động - Thương binh và Xã hội").split())
    assert "thu tuong chinh phu" in alternatives("Quyết định 340/QĐ-TTg")


def test_abbreviations_with_punctuation_are_expanded_on_pages():
    """An abbreviation printed with "&" (escaped in the page's Markdown) gets its <abbr> like the others; one inside a
    document number does not."""
    from generator.site.markup import prose

    html = str(prose("Sở KH&ĐT, Sở LĐTB&XH và Đài PT-TH; Quyết định 340/QĐ-TTg"))
    assert '<abbr title="Kế hoạch và Đầu tư">KH&#38;ĐT</abbr>' in html
    assert '<abbr title="Lao động - Thương binh và Xã hội">LĐTB&#38;XH</abbr>' in html
    assert '<abbr title="Phát thanh - Truyền hình">PT-TH</abbr>' in html and "QĐ-TTg" in html


def test_glossary_page_home_links_and_feedback(real_site):
    from generator.site.markup import glossary

    site = real_site / "site"
    page = (site / "thuat-ngu.html").read_text(encoding="utf-8")
    anchors = [urls.glossary_anchor(term["abbr"]) for term in glossary()]
    assert len(set(anchors)) == len(anchors)
    for term, anchor in zip(glossary(), anchors):
        assert f'<li id="{anchor}"><strong>{text(term["abbr"])}</strong>' in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="thuat-ngu.html"' in home and 'href="tra-cuu/index.html"' in home
    assert 'href="gioi-thieu.html#du-lieu-mo"' in home
    plan = (site / "ke-hoach/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    assert '<abbr title="Mỗi xã một sản phẩm">OCOP</abbr>' in plan
    feedback = re.search(r'href="(https://github\.com/[^"]+/issues/new\?[^"]+)"', plan)
    assert feedback and "body=Trang%3A%20ke-hoach/dak-nong-2023-kh-127.html" in feedback.group(1)
