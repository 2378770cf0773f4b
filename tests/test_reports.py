"""Implementation reports (issue 15) on the mini fixture's two fictional reports: what the dataset
makes of them, the open data reloaded and compared with source/, the built site in Chromium at
360 px, and the real site, which has no report yet, saying so plainly where statuses would show."""

from __future__ import annotations

import csv
import functools
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import BUILD_DATE, MINI, _Quiet, copy_project, wait_js

PLAN = "thu-nghiem-2023-kh-12"
EARLY, LATE = "thu-nghiem-2024-bc-45", "thu-nghiem-2025-bc-18"
AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"


@pytest.fixture(scope="module")
def dataset():
    from generator.source.validate import check

    ds, problems = check(MINI)
    assert problems.items == []
    return ds


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory):
    from generator.build import build

    project = copy_project(tmp_path_factory.mktemp("reports"))
    build(MINI, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project / "site"


@pytest.fixture(scope="module")
def mini_server(mini_site):
    handler = functools.partial(_Quiet, directory=str(mini_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


# --- the dataset ---------------------------------------------------------------------------


def test_statuses_are_kept_by_report_date_and_the_latest_is_last(dataset):
    history = [(r.report.id, r.status.status) for r in dataset.task_statuses[(PLAN, "nv-003")]]
    assert history == [(EARLY, "dang-thuc-hien"), (LATE, "dang-thuc-hien")]
    # the later report mentions nv-002 without saying how it stands: that is what it said last
    assert dataset.latest_status(PLAN, "nv-002").status.status == "khong-ro"
    assert dataset.latest_status(PLAN, "nv-001").report.id == EARLY
    assert dataset.latest_status(PLAN, "nv-004") is None  # never inferred: no report mentions it
    assert dataset.status_counts([dataset.plans[PLAN]]) == {"hoan-thanh": 1, "khong-ro": 1, "dang-thuc-hien": 1, "none": 1}


def test_reported_values_are_ordered_by_the_date_they_refer_to(dataset):
    values = dataset.target_values[(PLAN, "ct-01")]
    assert [(r.value.value, r.as_of) for r in values] == [(45, (2024, 11, 30)), (61, (2025, 5, 31))]
    # each quote is traced to its line in the report's own text
    assert [r.line for r in values] == [26, 13]
    assert dataset.report_texts[LATE].split("\n")[12].startswith("Tính đến ngày 31/5/2025")


# --- open data -------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_report_open_data_reloaded_matches_source(mini_site, dataset):
    data = mini_site / "data"
    reports = {r["ma_bao_cao"]: r for r in read_csv(data / "bao-cao.csv")}
    assert set(reports) == set(dataset.reports)
    for rid, report in dataset.reports.items():
        row = reports[rid]
        assert row["so_hieu"] == report.number and row["ngay_nhu_in"] == report.date.printed
        assert row["ma_ke_hoach_duoc_bao_cao"].split("|") == report.plans and row["nguoi_ky"] == report.signer.name
        assert int(row["so_tinh_trang"]) == len(report.statuses) and row["tep_van_ban_goc"] == report.raw
    statuses = read_csv(data / "tinh-trang.csv")
    source = [(r.id, s) for r in dataset.reports.values() for s in r.statuses]
    assert len(statuses) == len(source) == 5
    by_key = {(row["ma_bao_cao"], row["ma_ke_hoach"], row["ma_nhiem_vu"]): row for row in statuses}
    for rid, status in source:
        row = by_key[(rid, status.plan, status.task)]
        assert row["tinh_trang"] == status.status and row["nguyen_van"] == status.quote and row["ghi_chu"] == (status.note or "")
        assert row["dong_van_ban_goc"].isdigit()
    values = read_csv(data / "ket-qua-chi-tieu.csv")
    source = [(r.id, v) for r in dataset.reports.values() for v in r.target_values]
    assert len(values) == len(source) == 3
    by_key = {(row["ma_bao_cao"], row["ma_ke_hoach"], row["ma_chi_tieu"]): row for row in values}
    for rid, value in source:
        row = by_key[(rid, value.plan, value.target)]
        assert float(row["gia_tri"]) == value.value and row["nguyen_van"] == value.quote
        assert row["so_lieu_tinh_den_nhu_in"] == value.as_of.printed and row["so_lieu_tinh_den"].startswith(str(value.as_of.year))
    tasks = {r["ma_nhiem_vu"]: r for r in read_csv(data / "nhiem-vu.csv")}
    assert [(t, tasks[t]["tinh_trang"], tasks[t]["ma_bao_cao_tinh_trang"]) for t in sorted(tasks)] == [
        ("nv-001", "hoan-thanh", EARLY), ("nv-002", "khong-ro", LATE), ("nv-003", "dang-thuc-hien", LATE), ("nv-004", "", "")]
    targets = {r["ma_chi_tieu"]: r for r in read_csv(data / "chi-tieu.csv")}
    assert (targets["ct-01"]["gia_tri_bao_cao"], targets["ct-01"]["so_lieu_bao_cao_tinh_den"]) == ("61.0", "2025-05-31")
    bundle = json.loads((data / "ke-hoach" / f"{PLAN}.json").read_text(encoding="utf-8"))
    assert len(bundle["tinh_trang"]) == 5 and len(bundle["ket_qua_chi_tieu"]) == 3


def test_report_tables_are_described_and_the_package_validates(mini_site):
    from frictionless import validate

    package = json.loads((mini_site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"bao-cao", "tinh-trang", "ket-qua-chi-tieu"} <= names
    for resource in package["resources"]:
        with (mini_site / "data" / resource["path"]).open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        assert header == [field["name"] for field in resource["schema"]["fields"]]
    report = validate(str(mini_site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["title", "note"])[:10]


# --- pages -----------------------------------------------------------------------------------


def test_an_original_received_as_markdown_is_served_byte_for_byte(mini_site):
    """A report kept as .md must be the file as received, not a page MkDocs rendered from it."""
    assert (mini_site / "van-ban-goc/raw/bao-cao-18.md").read_bytes() == (MINI / "raw/bao-cao-18.md").read_bytes()
    assert not (mini_site / "van-ban-goc/raw/bao-cao-18.html").exists()


def test_deadline_pages_tell_overdue_without_report_from_reported_not_done_and_done(mini_site):
    page = (mini_site / "thoi-han/tinh/thu-nghiem.html").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(2) for m in re.finditer(r'#(nv-\d+)">.*?data-label="Thời hạn">(.*?)</td>', page)}
    assert "Hoàn thành (15/12/2024)" in rows["nv-001"] and "Đã quá hạn" not in rows["nv-001"]
    assert "Đang thực hiện (10/6/2025)" in rows["nv-003"] and ">Đã quá hạn<" in rows["nv-003"]
    assert "Đã quá hạn — chưa có báo cáo kết quả được ghi nhận" in rows["nv-004"]
    summary = (mini_site / "thoi-han/index.html").read_text(encoding="utf-8")
    assert "1 chưa có báo cáo, 1 đã báo cáo nhưng chưa hoàn thành, 1 đã hoàn thành" in summary


def test_a_report_page_links_every_line_to_its_task_or_target_and_its_sentence(mini_site):
    page = (mini_site / f"bao-cao/{EARLY}.html").read_text(encoding="utf-8")
    for task in ("nv-001", "nv-002", "nv-003"):
        assert f'href="../ke-hoach/{PLAN}.html#{task}"' in page
    for target in ("ct-01", "ct-02"):
        assert f'href="../chi-tieu/{PLAN}/{target}.html"' in page
    for line in (17, 20, 22, 26, 27):
        assert f'href="../van-ban-goc/bao-cao/{EARLY}.html#L{line}"' in page


def test_the_real_site_says_plainly_that_no_report_has_been_entered(real_site):
    site = real_site / "site"
    assert not (site / "bao-cao").exists()  # no list page with nothing in it
    plan = (site / "ke-hoach/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    assert "Chưa có báo cáo thực hiện kế hoạch này được nhập vào dữ liệu" in plan
    targets = plan[plan.index('id="muc-chi-tieu"'):plan.index('id="muc-thuc-hien"')]
    assert targets.count("<table>") == 1 and targets.count('id="chi-tieu-ct-') == 14  # one table, no column added
    assert plan.count('class="kh-task"') == plan.count("Chưa có báo cáo thực hiện nào được nhập") > 0
    target = (site / "chi-tieu/dak-nong-2023-kh-127/ct-01.html").read_text(encoding="utf-8")
    assert "Chưa có báo cáo nào về kết quả của chỉ tiêu này được nhập vào dữ liệu" in target
    assert "Chưa có báo cáo thực hiện nào của tỉnh này được nhập" in (site / "tinh/dak-nong.html").read_text(encoding="utf-8")
    assert read_csv(site / "data" / "tinh-trang.csv") == []


# --- in Chromium, on a phone -----------------------------------------------------------------


def _phone(browser, bypass_csp=False):
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=bypass_csp)
    page = context.new_page()
    page.errors, page.offsite = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    context.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).hostname in (None, "127.0.0.1")
                  else (page.offsite.append(r.request.url), r.abort()))
    return context, page


def test_the_target_bar_renders_at_360px_without_overflow(browser, mini_server):
    context, page = _phone(browser)
    page.goto(f"{mini_server}/chi-tieu/{PLAN}/ct-01.html")
    chart = page.locator("img.kh-chart")
    expect(chart).to_be_visible()
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", chart.element_handle())
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["height"] > 60
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    # the numbers are in the text, and in a table beside the picture
    expect(page.locator("#muc-ket-qua ~ p").first).to_contain_text("61 hợp tác xã")
    table = page.locator("#muc-ket-qua ~ div table").first
    expect(table).to_contain_text("30/11/2024")
    expect(table).to_contain_text("45 hợp tác xã")
    assert page.errors == [] and page.offsite == []
    context.close()


PAGES = [f"bao-cao/{EARLY}.html", "bao-cao/index.html", f"chi-tieu/{PLAN}/ct-01.html", f"ke-hoach/{PLAN}.html",
         "thoi-han/tinh/thu-nghiem.html", "tinh/thu-nghiem.html", f"van-ban-goc/bao-cao/{LATE}.html"]


@pytest.mark.parametrize("path", PAGES)
def test_report_pages_fit_a_phone_and_pass_axe(browser, mini_server, path):
    context, page = _phone(browser, bypass_csp=True)  # only to inject axe-core
    assert page.goto(f"{mini_server}/{path}").ok
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, path
    assert page.locator(".kh-status, a[href*='bao-cao/'], a[href*='-bc-']").count() > 0, path  # shows what reports say
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                           ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                           ".map(v => v.id + ': ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(', '))")
    assert result == [], f"{path}: {result}"
    assert page.errors == [] and page.offsite == []
    context.close()


def test_a_task_status_links_to_the_sentence_in_the_report(browser, mini_server):
    context, page = _phone(browser)
    page.goto(f"{mini_server}/ke-hoach/{PLAN}.html#nv-001")
    card = page.locator("#nv-001")
    expect(card).to_contain_text("Hoàn thành (15/12/2024)")
    card.get_by_role("link", name="báo cáo, dòng 17").click()
    assert page.url.endswith(f"/van-ban-goc/bao-cao/{EARLY}.html#L17")
    expect(page.locator("#L17")).to_be_in_viewport()
    expect(page.locator("#L17")).to_contain_text("đã tổ chức hội nghị quán triệt")
    context.close()


@pytest.mark.parametrize("query,expected", [("45/BC-UBND", f"bao-cao/{EARLY}.html"),
                                            ("bao cao so ket 6 thang 2025", f"bao-cao/{LATE}.html")])
def test_header_search_finds_a_report(browser, mini_server, query, expected):
    context, page = _phone(browser)
    page.set_viewport_size({"width": 1000, "height": 800})  # the search box is in the header
    page.goto(f"{mini_server}/index.html")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    page.locator("input.md-search__input").press("End")
    first = page.locator(".md-search-result__item > a").first
    expect(first).to_be_visible()
    page.wait_for_timeout(150)
    assert urlsplit(first.get_attribute("href")).path.lstrip("/") == expected
    expect(first.locator(".kh-kind")).to_have_text(re.compile("báo cáo", re.I))
    context.close()


def test_finder_filters_by_the_latest_reported_status_at_360px(browser, mini_server):
    """The finder's status filter (issue 15): each task by what the latest report says of it, "Chưa có báo
    cáo" for the tasks none mentions; the status is on the row and in the CSV; the URL keeps the choice."""
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    page.goto(f"{mini_server}/tra-cuu/index.html")
    page.wait_for_selector("#kh-finder[data-loaded]")
    page.click(".kh-finder__filters > summary")  # the lists are folded behind one control on a phone
    select = page.locator("#kh-f-tinh-trang")
    options = select.locator("option").all_inner_texts()
    assert any(o.startswith("Hoàn thành (1)") for o in options) and any(o.startswith("Không rõ (1)") for o in options)
    assert any(o.startswith("Đang thực hiện (1)") for o in options) and any(o.startswith("Chưa có báo cáo (1)") for o in options)
    select.select_option("hoan-thanh")
    wait_js(page, "document.querySelectorAll('.kh-finder-table tbody tr').length === 1", timeout=30000)
    row = page.locator(".kh-finder-table tbody tr").first
    assert row.get_attribute("data-task") == "nv-001"
    cell = row.locator('td[data-label="Tình trạng (theo báo cáo)"]')
    assert cell.text_content() == "Hoàn thành"
    wait_js(page, "location.search.includes('tinh-trang=hoan-thanh')", timeout=30000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_no_status_filter_before_any_report_is_entered(real_site):
    meta = (real_site / "site/assets/generated/tra-cuu/meta.js").read_text(encoding="utf-8")
    assert '"statuses": []' in meta or '"statuses":[]' in meta
