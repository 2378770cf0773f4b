"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright on the real site."""

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(real_site):
    handler = functools.partial(_Quiet, directory=str(real_site / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed (.ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.errors, page.offsite = [], []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))

    def route(r):
        host = urlsplit(r.request.url).hostname
        if r.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            return r.continue_()
        page.offsite.append(r.request.url)
        return r.abort()

    context.route("**/*", route)
    yield page
    context.close()


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
    assert page.get_by_role("heading", name="Cùng loại chỉ tiêu ở các tỉnh").is_visible()
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
    assert page.locator(f"#{anchor}").is_visible()
    assert page.errors == [] and page.offsite == []


KINDS = ["index.html", "ke-hoach/index.html", "ke-hoach/dak-nong-2023-kh-127.html", "van-ban-goc/gia-lai-2023-kh-nq09.html",
         "co-quan/index.html", "co-quan/so-tai-chinh-dak-nong.html", "chi-tieu/index.html", "van-ban/index.html",
         "tinh/kon-tum.html", "chu-de/tin-dung-tai-chinh.html", "thoi-han/index.html", "gioi-thieu.html"]


@pytest.mark.parametrize("path", KINDS)
def test_page_kinds_fit_a_phone_and_pass_axe(browser, server, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    errors, offsite = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    context.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).hostname in (None, "127.0.0.1")
                  else (offsite.append(r.request.url), r.abort()))
    page.goto(f"{server}/{path}")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 360px"
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                           ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                           ".map(v => v.id + ': ' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(', '))")
    assert result == [], f"{path}: {result}"
    assert errors == [] and offsite == []
    context.close()
