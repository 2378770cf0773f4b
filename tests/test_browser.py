"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright on the real site."""

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import wait_js

AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"


def test_click_home_plan_agency_target(page, server):
    page.goto(server + "/index.html")
    page.get_by_role("link", name="Kế hoạch 127/KH-UBND — Đắk Nông, 2023").first.click()
    assert page.url.endswith("/ke-hoach/dak-nong-2023-kh-127.html")
    page.locator(".kh-task").first.get_by_role("link").first.click()
    assert "/co-quan/" in page.url
    assert page.locator("h1").inner_text()
    page.go_back()
    page.locator("#muc-chi-tieu ~ div table a, #muc-chi-tieu + div table a").first.click()
    assert "/chi-tieu/dak-nong-2023-kh-127/" in page.url
    expect(page.get_by_role("heading", name="Cùng loại chỉ tiêu ở các tỉnh")).to_be_visible()
    assert page.errors == [] and page.offsite == []


def test_task_anchor_and_original_text_link(page, server):
    page.goto(server + "/ke-hoach/kon-tum-2023-kh-nq09.html")
    task = page.locator(".kh-task").first
    task_id = task.get_attribute("id")
    page.goto(server + f"/ke-hoach/kon-tum-2023-kh-nq09.html#{task_id}")
    link = page.locator(f"#{task_id} a", has_text="trong văn bản gốc")
    link.click()
    assert "/van-ban-goc/kon-tum-2023-kh-nq09.html#L" in page.url
    anchor = page.url.split("#")[1]
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    assert page.errors == [] and page.offsite == []


KINDS = ["index.html", "ke-hoach/index.html", "ke-hoach/dak-nong-2023-kh-127.html", "van-ban-goc/gia-lai-2023-kh-nq09.html",
         "co-quan/index.html", "co-quan/so-tai-chinh-dak-nong.html", "chi-tieu/index.html", "van-ban/index.html",
         "tinh/kon-tum.html", "chu-de/tin-dung-tai-chinh.html", "thoi-han/index.html", "gioi-thieu.html",
         "chi-tieu/dak-nong-2023-kh-127/ct-03.html", "tra-cuu/index.html", "van-ban/09-nq-cp-2023.html",
         "tinh/index.html", "tinh/lam-dong.html", "van-ban/202-2025-qh15.html",
         "chi-tieu/loai/hop-tac-xa-thanh-lap-moi.html", "thuat-ngu.html"]


@pytest.mark.parametrize("path", KINDS)
def test_page_kinds_fit_a_phone_and_pass_axe(browser, server, path):
    # bypass_csp only so the test can inject axe-core; the site's own scripts run under its CSP elsewhere
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    errors, offsite = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    context.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).hostname in (None, "127.0.0.1")
                  else (offsite.append(r.request.url), r.abort()))
    assert page.goto(f"{server}/{path}").ok, path
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 360px"
    # nor inside: a table that scrolls in its own box hides columns without a cue (issue 12)
    clipped = page.evaluate("""[...document.querySelectorAll('.md-content table')].filter(t => {
        const box = t.closest('.md-typeset__scrollwrap') || t.parentElement;  // the theme scrolls either one
        return t.scrollWidth > t.clientWidth + 1 || box.scrollWidth > box.clientWidth + 1;
      }).map(t => [...t.querySelectorAll('thead th')].map(th => th.textContent).join(' | '))""")
    assert clipped == [], f"{path}: tables wider than 360px: {clipped}"
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                           ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                           ".map(v => v.id + ': ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(', '))")
    assert result == [], f"{path}: {result}"
    assert errors == [] and offsite == []
    context.close()


def _serious(page):
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                         ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                         ".map(v => v.id + ': ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(', '))")


def test_axe_with_the_search_overlay_open_and_the_finder_filters_chosen(browser, server):
    """Not only at rest (issue 12): the header search open at 360 px with results and highlights showing,
    and the finder with its lists unfolded and chips for the filters chosen — 0 serious or critical."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)  # to inject axe only
    page = context.new_page()
    page.goto(f"{server}/index.html")
    page.locator("label.md-header__button[for=__search]").click()
    page.mouse.move(180, 700)  # a phone has no pointer resting on the button: no hover tooltip fading in under axe
    box = page.locator("input.md-search__input")
    box.fill("hop tac xa kon tum")
    box.press("End")  # the theme answers on keyup, as when typed
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_timeout(300)
    assert page.locator(".md-search-result mark").count() > 0, page.locator(".md-search-result").inner_html()[:800]
    assert page.locator(".md-search__overlay, .md-search__output").first.is_visible()
    assert _serious(page) == []
    page.goto(f"{server}/tra-cuu/index.html?tinh=kon-tum&thoi-han=passed")
    page.wait_for_selector("#kh-finder[data-loaded]")
    page.click(".kh-finder__filters > summary")
    assert page.locator(".kh-finder__chips button").count() == 2 and page.locator("#kh-f-tinh").is_visible()
    assert _serious(page) == []
    context.close()


def test_no_content_security_policy_violation_on_any_page_kind(browser, server):
    """The pages ship a strict CSP (inline scripts by hash only); nothing on them breaks it."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.add_init_script("document.addEventListener('securitypolicyviolation',"
                         " e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))")
    for path in KINDS + ["tra-cuu/index.html"]:
        page.goto(f"{server}/{path}")
        page.locator("input.md-search__input").click()
        page.keyboard.type("hop tac xa")
        page.wait_for_timeout(200)
        csp = page.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
        assert "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert errors == []
    context.close()


def test_finder_pages_through_results_keeps_url_state_and_downloads_filtered_csv_on_a_phone(browser, server):
    """At 360×780: 50 rows drawn, "Xem thêm" draws 50 more up to what the filters select, the filters live
    in the URL (a reload restores them), and the CSV holds exactly the selected rows, not only the drawn ones."""
    context = browser.new_context(viewport={"width": 360, "height": 780}, accept_downloads=True)
    page = context.new_page()
    page.goto(server + "/tra-cuu/index.html")
    page.wait_for_selector("#kh-finder[data-loaded]")
    rows = page.locator("table.kh-finder-table tbody tr")
    status = page.locator(".kh-finder__status")
    more = page.get_by_role("button", name="Xem thêm")
    total = int(status.inner_text().split(" / ")[0])
    assert total > 100 and rows.count() == 50
    more.click()
    assert rows.count() == 100
    for _ in range(total // 50):
        if rows.count() < total:
            more.click()
    assert rows.count() == total and more.is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # the lists are folded behind one control: the first result is on the first screen
    assert page.locator("#kh-f-thoi-han").is_hidden() and page.locator(".kh-finder__chips").is_hidden()
    page.evaluate("window.scrollTo(0, 0)")
    assert page.locator("table.kh-finder-table tbody tr").first.bounding_box()["y"] < 780
    page.click(".kh-finder__filters > summary")
    page.select_option("#kh-f-thoi-han", "passed")
    selected = int(status.inner_text().split(" / ")[0])
    assert 0 < selected < total and rows.count() == min(selected, 50)
    # the address bar follows a frame after the rows (kehoach-finder.js writeUrl): wait for it
    wait_js(page, "location.search.includes('thoi-han=passed')")
    page.reload()
    page.wait_for_selector("#kh-finder[data-loaded]")
    assert page.locator("#kh-f-thoi-han").input_value() == "passed"
    assert int(status.inner_text().split(" / ")[0]) == selected
    with page.expect_download() as info:
        page.get_by_role("button", name="Tải kết quả (CSV)").click()
    lines = open(info.value.path(), encoding="utf-8-sig").read().splitlines()
    assert len(lines) == selected + 1
    # the choice shows as a chip that names it, counts it on the folded control, and removes it with a tap
    chip = page.locator(".kh-finder__chips button")
    assert chip.count() == 1 and chip.inner_text().startswith("Thời hạn: Đã quá hạn")
    assert "(1 đang chọn)" in page.locator(".kh-finder__filters > summary").inner_text()
    chip.click()
    assert int(status.inner_text().split(" / ")[0]) == total and chip.count() == 0
    wait_js(page, "!location.search.includes('thoi-han')")
    assert page.locator("#kh-f-thoi-han").input_value() == ""
    # every row's link lands on the task's anchor on its plan page
    href = rows.first.locator("a").get_attribute("href")
    page.goto(urljoin(page.url, href))
    assert page.locator(f"[id='{href.split('#')[1]}']").count() == 1
    context.close()
