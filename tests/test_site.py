"""Real `mkdocs build --strict` runs: links, anchors, offline, determinism, atomic swap."""

import hashlib
import json
import re
import shutil

import pytest

from conftest import BUILD_DATE, MINI, ROOT, copy_project
from generator.build import build
from generator.cli import main
from generator.vi import sort_key
from sitecheck import broken_links, external_references


def digest(folder, pattern="**/*"):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob(pattern)) if p.is_file()}


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("mini"))
    build(MINI, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project


def test_mini_links_and_anchors_resolve(mini_site):
    assert broken_links(mini_site / "site") == []


def test_mini_hostile_text_is_inert_in_html(mini_site):
    html = (mini_site / "site/ke-hoach/thu-nghiem-2023-kh-12.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&#60;script&#62;alert(1)&#60;/script&#62;" in html


def test_mini_footer_has_build_date(mini_site):
    html = (mini_site / "site/index.html").read_text(encoding="utf-8")
    assert '<time datetime="2026-11-25">25/11/2026</time>' in html


def test_failed_build_leaves_previous_site_intact(mini_site, tmp_path, capsys):
    before = digest(mini_site / "site")
    broken = tmp_path / "source"
    shutil.copytree(MINI, broken)
    plan = broken / "plans/mini.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("lead: [so-tai-chinh-thu-nghiem]", "lead: []"), encoding="utf-8")
    code = main(["build", "--source", str(broken), "--docs", str(mini_site / "docs"),
                 "--config", str(mini_site / "mkdocs.yml"), "--site", str(mini_site / "site"), "--build-date", "2026-11-25"])
    assert code == 1
    err = capsys.readouterr().err
    assert "nhiệm vụ không có cơ quan chủ trì" in err and "không ghi tệp nào" in err and "Traceback" not in err
    assert digest(mini_site / "site") == before


def test_real_data_builds_strict_with_valid_links(real_site):
    site = real_site / "site"
    assert (site / "index.html").exists()
    assert broken_links(site) == []


def test_real_site_makes_no_third_party_requests(real_site):
    assert external_references(real_site / "site") == []


def test_real_build_is_deterministic(real_site, tmp_path):
    other = copy_project(tmp_path)
    build(ROOT / "source", other / "docs", other / "mkdocs.yml", other / "site", BUILD_DATE, strict=True)
    assert digest(real_site / "docs") == digest(other / "docs")
    for pattern in ("search/*", "data/**/*"):
        assert digest(real_site / "site", pattern) == digest(other / "site", pattern)
    assert digest(real_site / "site", "**/*.html") == digest(other / "site", "**/*.html")


def test_html_blocks_set_aside_come_back_whole(mini_site):
    """The hook that keeps generator HTML away from Markdown leaves no marker and loses nothing."""
    for page in (mini_site / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "kh-block" not in html and "kh:html" not in html, page
    plan = (mini_site / "site/ke-hoach/thu-nghiem-2023-kh-12.html").read_text(encoding="utf-8")
    docs = (mini_site / "docs/ke-hoach/thu-nghiem-2023-kh-12.md").read_text(encoding="utf-8")
    block = docs.split("<!-- kh:html -->\n", 1)[1].split("\n<!-- /kh:html -->", 1)[0]
    assert block in plan


def test_a_lost_html_block_fails_the_build():
    from types import SimpleNamespace

    import pytest
    from mkdocs.exceptions import PluginError

    from generator.site import mkdocs_hooks

    page = SimpleNamespace(meta={}, file=SimpleNamespace(src_uri="x.md"))
    md = mkdocs_hooks.on_page_markdown("a\n\n<!-- kh:html -->\n<p>b</p>\n<!-- /kh:html -->\n", page)
    assert "<p>b</p>" not in md and page.meta["search"] == {"exclude": True}
    assert mkdocs_hooks.on_page_content("<p>a</p>\n<!--kh-block-0-->", page) == "<p>a</p>\n<p>b</p>"
    mkdocs_hooks.on_page_markdown("<!-- kh:html -->\n<p>b</p>\n<!-- /kh:html -->", page)
    with pytest.raises(PluginError, match="block 0 lost or doubled"):
        mkdocs_hooks.on_page_content("<p>nothing</p>", page)
    # many blocks come back in place, each exactly once
    many = "".join(f"<h2>{n}</h2>\n\n<!-- kh:html -->\n<p>{n}</p>\n<!-- /kh:html -->\n\n" for n in range(300))
    rendered = mkdocs_hooks.on_page_markdown(many, page).replace("\n\n", "")
    assert mkdocs_hooks.on_page_content(rendered, page) == "".join(f"<h2>{n}</h2><p>{n}</p>" for n in range(300))
    mkdocs_hooks.on_page_markdown("<!-- kh:html -->\n<p>b</p>\n<!-- /kh:html -->", page)
    with pytest.raises(PluginError, match="block 0 lost or doubled"):
        mkdocs_hooks.on_page_content("<!--kh-block-0--><!--kh-block-0-->", page)


def test_every_page_is_titled_by_its_heading(real_site):
    """Browser tabs, bookmarks and screen readers get the page's own heading, not its file name."""
    import html as html_lib

    for page in (real_site / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
        if h1 is None or page.name == "404.html":
            continue
        heading = html_lib.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip()
        title = html_lib.unescape(re.search(r"<title>(.*?)</title>", text, re.S).group(1))
        assert title.startswith(heading) or title == "Kế hoạch phát triển kinh tế tập thể", (page.name, title, heading)


def test_no_doubled_words_in_generated_prose(real_site):
    """Labels joined to formatted dates and numbers read once ("tính đến ngày 25 …", not "ngày ngày")."""

    for page in (real_site / "site").rglob("*.html"):
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        assert not re.search(r"\b(ngày|năm|tháng) \1\b", text), page.name


def test_every_built_page_carries_the_content_security_policy(real_site):
    """Pages get it in on_post_page, 404.html in on_post_template: no page is left without."""
    for page in (real_site / "site").rglob("*.html"):
        assert 'http-equiv="Content-Security-Policy"' in page.read_text(encoding="utf-8"), page.name


def test_a_year_the_text_does_not_print_is_shown_as_inferred(real_site):
    """Kon Tum's two documents print no date; their names carry the inferred year in brackets (the
    cataloguers' mark for a supplied date), and the plan card says what it was inferred from."""
    import html as html_lib

    home = html_lib.unescape(re.sub(r"<[^>]+>", "", (real_site / "site" / "index.html").read_text(encoding="utf-8")))
    assert "Công văn (không số) — Kon Tum, [2018]" in home and "Kế hoạch (không số) — Kon Tum, [2023]" in home
    assert "Kế hoạch 127/KH-UBND — Đắk Nông, 2023" in home  # a printed year has no brackets
    assert "Năm trong ngoặc vuông, như [2023], là năm suy ra" in home  # and the brackets are explained
    page = (real_site / "site" / "ke-hoach" / "kon-tum-2023-kh-nq09.html").read_text(encoding="utf-8")
    text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert "năm suy ra (không in trong văn bản) [2023]: Văn bản thực hiện Nghị quyết số 09/NQ-CP" in text


def test_tasks_are_grouped_under_headings_the_document_prints(real_site):
    """Every task of the four plans with solution groups sits under a printed heading (the implementation
    section is a group of its own); the 2018 letter, which has none, lists its tasks in document order."""

    def headings(plan_id):
        page = (real_site / "site" / "ke-hoach" / f"{plan_id}.html").read_text(encoding="utf-8")
        return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(r"<h3[^>]*>(.*?)</h3>", page, re.S)]

    for plan_id in ("dak-lak-2020-kh-kl70", "dak-nong-2023-kh-127", "gia-lai-2023-kh-nq09", "kon-tum-2023-kh-nq09"):
        found = headings(plan_id)
        assert any(h.startswith("TỔ CHỨC THỰC HIỆN") for h in found), plan_id
        assert not any("ngoài các nhóm" in h or "theo thứ tự" in h for h in found), plan_id
    assert [h for h in headings("kon-tum-2018-cv-htx") if "theo thứ tự trong văn bản" in h]


def test_a_target_without_a_year_says_it_has_nothing_to_compare_with(real_site):
    """No empty comparison table: a target whose text prints no year (Đắk Nông ct-14, Đắk Lắk ct-05) says why."""
    import re

    for plan_id, target_id in (("dak-nong-2023-kh-127", "ct-14"), ("dak-lak-2020-kh-kl70", "ct-05")):
        page = (real_site / "site" / "chi-tieu" / plan_id / f"{target_id}.html").read_text(encoding="utf-8")
        section = page[page.index('id="muc-cung-loai"'):]
        section = section[:section.index("</article>")] if "</article>" in section else section
        assert "<table" not in section and "Không có chỉ tiêu toàn tỉnh cùng loại" in section, target_id
        assert re.search(r"<h1[^>]*>[^<]*không ghi năm mốc\)", page), target_id


def test_theme_chrome_speaks_vietnamese_titles_once_and_has_one_contentinfo(real_site):
    home = (real_site / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>Kế hoạch phát triển kinh tế tập thể</title>", home)  # not "name - name"
    for page in (real_site / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Initializing search" not in text, page.name
        assert text.count('role="contentinfo"') + len(re.findall(r"<footer\b", text)) <= 1, page.name


# --- page weight (issue 16): no page grows with the whole country ---

# National-shaped: all 34 provinces, 2 plans of 60 tasks each (4,080 tasks; 1× national is 5 plans, 10,200
# tasks, measured by benchmarks/pages.py). 120 tasks a province is already more than one page of any list.
NATIONAL_SHAPE = ("--provinces", "34", "--plans", "2", "--tasks", "60")


@pytest.fixture(scope="module")
def national_site(tmp_path_factory):
    import subprocess
    import sys

    work = tmp_path_factory.mktemp("national")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(work / "source"), *NATIONAL_SHAPE],
                   check=True, capture_output=True)
    project = copy_project(work)
    build(work / "source", project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project


def test_no_page_of_the_national_shaped_site_exceeds_the_page_budget(national_site):
    sys_path = str(ROOT / "benchmarks")
    import sys

    sys.path.insert(0, sys_path)
    try:
        from pages import BUDGET_GZIP, BUDGET_NODES, over_budget, weigh
    finally:
        sys.path.remove(sys_path)
    site = national_site / "site"
    assert BUDGET_GZIP == 100 * 1024 and BUDGET_NODES == 3000
    assert over_budget(site) == []
    # the summaries that replaced the lists of everything are really there
    kinds = weigh(site)
    assert {"thoi-han/tinh/", "tra-cuu/tinh/", "chu-de/"} <= set(kinds)
    assert kinds["tra-cuu/tinh/"]["pages"] > 34  # a province's 120 tasks take two pages


def _links(html: str) -> list[str]:
    return re.findall(r'<a\b[^>]*\bhref="([^"]+)"', html)


def test_every_task_anchor_is_reachable_without_javascript(national_site):
    """Crawl static links only, from the finder page through its per-province lists (and their pages):
    every task of every plan is linked, and its anchor exists on the plan page."""
    from urllib.parse import urljoin

    from generator.source.validate import check

    site = national_site / "site"
    start = "tra-cuu/index.html"
    seen, queue, anchors = {start}, [start], set()
    while queue:
        rel = queue.pop()
        html = (site / rel).read_text(encoding="utf-8")
        for href in _links(html):
            target = urljoin("http://x/" + rel, href)
            if not target.startswith("http://x/"):
                continue
            path, _, anchor = target[len("http://x/"):].partition("#")
            if path.startswith("ke-hoach/") and anchor:
                anchors.add((path, anchor))
            elif path.startswith("tra-cuu/") and path.endswith(".html") and path not in seen:
                seen.add(path)
                queue.append(path)
    ds = check(national_site / "source")[0]
    expected = {(f"ke-hoach/{plan.id}.html", task.id) for plan in ds.plans.values() for task in plan.tasks}
    assert len(expected) == 34 * 2 * 60
    assert expected <= anchors
    ids = {path: set(re.findall(r'\bid="([^"]+)"', (site / path).read_text(encoding="utf-8")))
           for path in {p for p, _ in expected}}
    assert [(p, a) for p, a in sorted(expected) if a not in ids[p]] == []  # the anchors exist where links point


# --- the national registry (issue 11): every province and ministry on record, pages only where there is something


def _main_hrefs(html: str) -> list[str]:
    article = re.search(r"<article[^>]*>(.*?)</article>", html, re.S).group(1)
    return re.findall(r'href="([^"#]*)', article)


def test_registry_entries_with_nothing_to_show_get_no_page(real_site):
    """The registry holds the 63 provinces, Quốc hội, Chính phủ, Thủ tướng and the ministries before and after
    2025; a province has a page when it or a province merged into it has a plan, an agency when a plan names it
    or it took over from (or is the body above) one that does. Every such page leads to a plan: its own, a
    former province's, or a predecessor's or successor's page."""
    from generator.source.validate import check

    ds, _ = check(ROOT / "source")
    site = real_site / "site"
    assert len(ds.provinces) == 63 and sum(not p.merged_into for p in ds.provinces.values()) == 34
    provinces = {p.stem for p in (site / "tinh").glob("*.html")} - {"index"}
    assert provinces == {"dak-lak", "dak-nong", "gia-lai", "kon-tum", "lam-dong", "quang-ngai"}
    agencies = {p.stem for p in (site / "co-quan").glob("*.html")} - {"index"}
    assert agencies == ds.agency_pages
    assert not {"bo-quoc-phong", "bo-tai-chinh", "chinh-phu", "thu-tuong-chinh-phu", "hdnd-gia-lai"} & agencies
    types = {p.stem for p in (site / "co-quan/loai").glob("*.html")}
    assert "bo" not in types and "co-quan-trung-uong" not in types
    for name in provinces:
        hrefs = _main_hrefs((site / "tinh" / f"{name}.html").read_text(encoding="utf-8"))
        assert any("ke-hoach/" in h for h in hrefs), name
    for name in agencies:
        hrefs = _main_hrefs((site / "co-quan" / f"{name}.html").read_text(encoding="utf-8"))
        # a task on a plan page, or another agency's page (the body it took over from, or that took over)
        leads_on = [h for h in hrefs if h.startswith("../ke-hoach/") or re.fullmatch(r"[a-z0-9-]+\.html", h)
                    and h != "index.html"]
        assert leads_on or any(p.issuer == name for p in ds.plans.values()), name
    documents = {p.stem for p in (site / "van-ban").glob("*.html")} - {"index"}
    assert documents == ds.document_pages and "202-2025-qh15" in documents
    assert "176-2025-qh15" not in documents and "175-2024-qh15" not in documents  # bases of nothing shown


def test_province_list_shows_the_34_units_with_their_former_provinces(real_site):
    site = real_site / "site"
    html = (site / "tinh/index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li id="tinh-([a-z0-9-]+)">(.*?)</li>', html, re.S)
    assert len(items) == 34
    cities = html.split('id="thanh-pho-trung-uong"')[1].split('id="tinh"')[0]
    assert sorted(re.findall(r'<li id="tinh-([a-z0-9-]+)"', cities)) == [
        "can-tho", "da-nang", "ha-noi", "hai-phong", "ho-chi-minh", "hue"]
    line = dict(items)
    text = {k: re.sub(r"<[^>]+>", "", v) for k, v in line.items()}
    # a former province with a plan is linked; one without is plain text, on the line of the unit it joined
    assert 'href="dak-nong.html"' in line["lam-dong"] and "Bình Thuận" in text["lam-dong"]
    assert "binh-thuan.html" not in html and "ha-noi.html" not in html
    assert "Bình Định" in text["gia-lai"] and "Thừa Thiên Huế" in text["hue"]
    from generator.source.validate import check

    ds, _ = check(ROOT / "source")
    for province in ds.provinces.values():  # every one of the 63 is on the list exactly once
        assert sum(province.name in t.split(" · ")[0] if not province.merged_into else province.name in t
                   for t in text.values()) >= 1, province.name
    basis = (site / "van-ban/202-2025-qh15.html").read_text(encoding="utf-8")
    assert basis.count("<li>") >= 23 and "Bình Thuận" in basis and "../tinh/lam-dong.html" in basis


def test_a_comparison_of_one_province_says_so(real_site):
    """Where only one province sets a kind of target for a year, the page says it plainly (issue 12)."""
    import html as html_lib

    page = (real_site / "site/chi-tieu/dak-nong-2023-kh-127/ct-03.html").read_text(encoding="utf-8")
    text = html_lib.unescape(re.sub(r"<[^>]+>", "", page))
    assert "chỉ một tỉnh đặt chỉ tiêu loại này cho năm mốc này" in text and "Đắk Nông (2030)." in text


def _finder_data(path) -> dict:
    """The JSON of a finder data file: 'window.KehoachFinderMeta={…};' or '(…)["an-giang"]={…};'."""
    text = path.read_text(encoding="utf-8")
    start = text.index("]=") + 2 if text.startswith("(") else text.index("=") + 1
    return json.loads(text[start:].rstrip().rstrip(";"))


def test_finder_metadata_does_not_grow_with_agencies_or_plans(national_site):
    """meta.js holds only what is global and bounded (provinces with their row counts, agency types, topics,
    deadline buckets, words, the search tables): no agency, plan or group, so it stays the same size whatever
    the number of agencies and plans; each province's file names the plans, agencies and groups its rows use,
    and nothing of another province."""
    from generator.source.validate import check

    ds = check(national_site / "source")[0]
    folder = national_site / "site" / "assets" / "generated" / "tra-cuu"
    meta_text = (folder / "meta.js").read_text(encoding="utf-8")
    meta = _finder_data(folder / "meta.js")
    assert set(meta) == {"provinces", "now", "types", "topics", "deadlines", "statuses", "labels", "search"}
    # today's provinces that took in provinces with plans: at most one each (34), with those provinces' ids
    assert len(meta["now"]) <= 34 and all(set(n[2]) <= set(ds.province_plans) for n in meta["now"])
    assert [p[0] for p in meta["provinces"]] == sorted(ds.province_plans, key=lambda p: sort_key(ds.provinces[p].name))
    assert sum(p[2] for p in meta["provinces"]) == 34 * 2 * 60
    assert len(meta["types"]) <= len(ds.agency_types) and len(meta["topics"]) <= len(ds.topics)
    assert not [a for a in ds.agencies if f'"{a}"' in meta_text]
    assert not [p for p in ds.plans if p in meta_text]
    assert len(meta_text.encode("utf-8")) < 16_000  # 147 KB at 1x national when it held every agency and plan
    for pid, plans in ds.province_plans.items():
        shard = _finder_data(folder / f"{pid}.js")
        tasks = [t for p in plans for t in p.tasks]
        assert [p[0] for p in shard["plans"]] == [p.id for p in ds.ordered_plans() if p.province == pid]
        assert {a[0] for a in shard["agencies"]} == {a for t in tasks for a in [*t.lead, *t.cooperating]}
        assert len(shard["rows"]) == len(tasks)
        assert {g[0].split("--")[0] for g in shard["groups"]} <= {p.id for p in plans}


def test_legal_document_list_is_bounded_and_reaches_every_document(national_site):
    """Over INLINE_ROWS documents, van-ban/index (its URL unchanged) is one line per kind of document, each
    linking to that kind's list in pages of at most PAGE_ROWS rows; every document page is reached from it."""
    from urllib.parse import urljoin

    from generator.site.pages import INLINE_ROWS, PAGE_ROWS
    from generator.source.validate import check

    ds = check(national_site / "source")[0]
    assert len(ds.documents) > INLINE_ROWS
    site = national_site / "site"

    def document_links(rel):
        found = set()
        for href in _links((site / rel).read_text(encoding="utf-8")):
            target = urljoin("http://x/" + rel, href)[len("http://x/"):].partition("#")[0]
            if target.startswith("van-ban/") and target != "van-ban/index.html":
                found.add(target)
        return found

    summary = document_links("van-ban/index.html")
    lists = {t for t in summary if t.startswith("van-ban/loai/")}
    assert summary == lists and len(lists) <= INLINE_ROWS
    seen, reached = set(), set()
    queue = list(lists)
    while queue:
        rel = queue.pop()
        if rel in seen:
            continue
        seen.add(rel)
        links = document_links(rel)
        docs = {t for t in links if not t.startswith("van-ban/loai/")}
        assert len(docs) <= PAGE_ROWS, rel
        reached |= docs
        queue += [t for t in links if t.startswith("van-ban/loai/")]
    assert reached == {f"van-ban/{d}.html" for d in ds.document_pages}  # every document with a page


def test_a_kind_of_document_over_a_page_goes_on_to_numbered_pages(tmp_path, monkeypatch):
    """The paging of a kind's list (at 1x national, 170 Quyết định): pages of PAGE_ROWS rows, …-trang-2 …,
    each document once, in the order of the whole list (newest first); short lists stay whole."""
    import datetime as dt
    import subprocess
    import sys

    from generator import urls

    from generator.site import pages
    from generator.source.validate import check

    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp_path / "source"),
                    "--provinces", "3", "--plans", "3", "--tasks", "2"], check=True, capture_output=True)
    ds = check(tmp_path / "source")[0]
    assert len(ds.documents) == 2 + 3 * 2 + 3 * 3
    monkeypatch.setattr(pages, "INLINE_ROWS", 5)
    monkeypatch.setattr(pages, "PAGE_ROWS", 4)
    out = dict(pages.document_pages(ds, dt.date(2026, 11, 25)))
    kind_pages = sorted(p for p in out if p.startswith("van-ban/loai/"))
    assert kind_pages == ["van-ban/loai/chuong-trinh.md",  # 3 programmes: one page
                          "van-ban/loai/nghi-quyet.md",  # 09/NQ-CP + 3 provincial (20-NQ/TW, cited by none, has no page)
                          "van-ban/loai/quyet-dinh-trang-2.md", "van-ban/loai/quyet-dinh-trang-3.md",
                          "van-ban/loai/quyet-dinh.md"]
    listed = [[d for d in re.findall(r"\]\(\.\./([^)#]+)\.md\)", out[p]) if d != "index"] for p in
              ["van-ban/loai/quyet-dinh.md", "van-ban/loai/quyet-dinh-trang-2.md", "van-ban/loai/quyet-dinh-trang-3.md"]]
    assert [len(x) for x in listed] == [4, 4, 1]
    assert sum(listed, []) == [d.id for d in sorted(ds.documents.values(), key=lambda d: (-(d.year or 0), sort_key(d.number), d.id))
                               if d.type == "quyet-dinh" and d.id in ds.document_pages]
    assert "(Trang 2/3)" in out["van-ban/loai/quyet-dinh-trang-2.md"].splitlines()[0]
    for md in (out[p] for p in kind_pages):  # the table starts a block of its own (else Markdown runs it into text)
        assert re.search(r"\n\n\| [^\n]+ \|\n\|---", md)
    assert urls.documents_kind("quyet-dinh") in out


def test_a_document_cited_by_many_plans_lists_them_by_province(tmp_path, monkeypatch):
    """A national resolution is cited by every province's plans (680 at 4x national: 1,516 nodes on its page);
    over INLINE_ROWS citing plans, the document page lists provinces with their count, each linking to a page
    of that province's citing plans; the section anchor stays; a document cited less keeps its plain list."""
    import datetime as dt
    import subprocess
    import sys

    from generator import urls

    from generator.site import pages
    from generator.source.validate import check

    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp_path / "source"),
                    "--provinces", "3", "--plans", "3", "--tasks", "2"], check=True, capture_output=True)
    ds = check(tmp_path / "source")[0]
    monkeypatch.setattr(pages, "INLINE_ROWS", 5)
    out = dict(pages.document_pages(ds, dt.date(2026, 11, 25)))
    national = out[urls.document("09-nq-cp-2023")]
    assert "{ #muc-trich-dan }" in national and "ke-hoach/" not in national
    provinces = sorted({p.province for p in ds.plans.values()})
    listed = re.findall(r"\]\((09-nq-cp-2023/tinh/[a-z0-9-]+)\.md\) \((\d+)\)", national)
    assert sorted(listed) == [(f"09-nq-cp-2023/tinh/{p}", "3") for p in provinces]
    for p in provinces:
        sub = out[urls.document_province("09-nq-cp-2023", p)]
        assert sorted(re.findall(r"ke-hoach/([a-z0-9-]+)\.md", sub)) == sorted(
            plan.id for plan in ds.plans.values() if plan.province == p)
    own = out[urls.document(next(d for d in ds.documents if d.startswith("11-2025-nq-hdnd")))]
    assert len(re.findall(r"ke-hoach/[a-z0-9-]+\.md", own)) == 3  # cited by 3 plans: listed as before


def test_plan_page_has_contents_for_a_phone(real_site):
    """A plan page is ~60,000 px tall on a phone: a contents list at the top jumps to targets and each
    group of tasks (the theme's own contents are a sidebar only on wide screens)."""
    page = (real_site / "site/ke-hoach/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    toc = page[page.index('<details class="kh-toc"'):page.index("</details>")]
    for anchor in re.findall(r'href="#([^"]+)"', toc):
        assert f'id="{anchor}"' in page, anchor
    assert 'href="#muc-chi-tieu"' in toc and 'href="#muc-nhiem-vu"' in toc and toc.count('href="#nhom-') >= 5


def test_an_agency_with_many_tasks_lists_its_plans_and_pages_its_tasks(tmp_path, monkeypatch):
    """An agency's page grows with its province's plans, year after year (2,341 nodes for one agency at 4x
    national): over INLINE_ROWS tasks in a role, the page lists its plans with counts and links to that
    role's paged list, which holds every task of the role once; an agency with few tasks keeps its tables."""
    import datetime as dt
    import subprocess
    import sys

    from generator import urls

    from generator.site import pages
    from generator.source.validate import check

    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp_path / "source"),
                    "--provinces", "2", "--plans", "3", "--tasks", "30"], check=True, capture_output=True)
    ds = check(tmp_path / "source")[0]
    monkeypatch.setattr(pages, "INLINE_ROWS", 5)
    monkeypatch.setattr(pages, "PAGE_ROWS", 4)
    out = dict(pages.agency_pages(ds, dt.date(2026, 11, 25)))
    busy = max(ds.lead_tasks, key=lambda a: len(ds.lead_tasks[a]))
    refs = ds.lead_tasks[busy]
    assert len(refs) > 5
    page = out[urls.agency(busy)]
    assert "ke-hoach/" not in page.split("{ #muc-chu-tri }")[1].split("\n## ")[0].replace("co-quan/", "")
    first = urls.agency_tasks(busy, "chu-tri")
    assert f"]({first.split('/', 1)[1]})" in page or f"]({busy}/chu-tri.md)" in page
    listed = []
    for n in range(1, 10):
        path = urls.paged(first, n)
        if path not in out:
            break
        rows = re.findall(r'ke-hoach/([a-z0-9-]+)\.html#([a-z0-9-]+)"', out[path])
        assert len(rows) <= 4
        listed += rows
    assert listed == [(r.plan.id, r.task.id) for r in refs]
    quiet = min((a for a in ds.lead_tasks if len(ds.lead_tasks[a]) <= 5), key=lambda a: len(ds.lead_tasks[a]))
    assert urls.agency_tasks(quiet, "chu-tri") not in out and "kh-stack" in out[urls.agency(quiet)]


def test_the_finder_script_is_loaded_by_the_finder_page_only_right_after_its_box(real_site):
    """Issue 16: the finder's data is requested while the theme's bundle still loads (its first rows came
    after DOMContentLoaded), and no other page downloads the finder's 29 KB."""
    finder = (real_site / "site" / "tra-cuu" / "index.html").read_text(encoding="utf-8")
    box = finder.index('<div id="kh-finder"')
    script = finder.index('<script src="../assets/javascripts/kehoach-finder.js"></script>')
    assert box < script < finder.index("bundle.") and finder.count("kehoach-finder.js") == 1
    for page in (real_site / "site").rglob("*.html"):
        if page.parent.name != "tra-cuu":
            assert "kehoach-finder.js" not in page.read_text(encoding="utf-8"), page
