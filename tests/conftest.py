import datetime as dt
import functools
import os
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini" / "source"
BUILD_DATE = dt.date(2026, 11, 25)


def copy_project(dest: Path) -> Path:
    """A scratch copy of the site skeleton (config, hand-written docs, overrides)."""
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", dest / "theme_overrides")
    (dest / "generator" / "site").mkdir(parents=True)
    shutil.copy(ROOT / "generator" / "site" / "mkdocs_hooks.py", dest / "generator" / "site" / "mkdocs_hooks.py")
    docs = dest / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "docs" / "gioi-thieu.md", docs / "gioi-thieu.md")
    shutil.copytree(ROOT / "docs" / "stylesheets", docs / "stylesheets")
    return dest


@pytest.fixture
def mini_copy(tmp_path):
    """A writable copy of the mini fixture source folder."""
    dest = tmp_path / "source"
    shutil.copytree(MINI, dest)
    return dest


@pytest.fixture(scope="session")
def real_site(tmp_path_factory):
    """The real data built once with mkdocs (strict) for the whole session."""
    from generator.build import build

    project = copy_project(tmp_path_factory.mktemp("real"))
    build(ROOT / "source", project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project


# --- headless Chromium (Debian's /usr/bin/chromium) driven by Playwright ---

# Debian's Chromium; KEHOACH_CHROMIUM points elsewhere (e.g. google-chrome on GitHub's Ubuntu runners)
CHROMIUM = os.environ.get("KEHOACH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


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
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def wait_js(page, expression: str, timeout: float = 5000) -> None:
    """Wait until ``expression`` is true in the page, asked from here every 50 ms. Playwright's ``wait_for_function``
    polls by evaluating a string in the page, which the site's Content-Security-Policy (no 'unsafe-eval') refuses
    whenever the condition is not already true at the first look: a race, not a check."""
    import time

    end = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        assert time.monotonic() < end, f"not true after {timeout} ms: {expression}"
        page.wait_for_timeout(50)


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
