"""Page-weight benchmark: the heaviest page of each page kind, on the real site and at national size.

    .venv/bin/python benchmarks/pages.py [--sizes real,5] [--site DIR ...] [--browser] [--provinces 34]

For every page kind (the first folder of a page's URL; ``tinh/``, ``chu-de/``,
``thoi-han/``…; the home page is ``index``) it reports the heaviest page's HTML
bytes, raw and gzip (level 6), and its element count (DOM nodes: every start
tag, as ``document.querySelectorAll('*').length`` counts them once parsed).
With ``--browser`` it also loads that page in headless Chromium at 360×780 with
the CPU throttled 4× (CDP ``Emulation.setCPUThrottlingRate``) and reports the
time to the ``load`` event and the DOM node count the browser sees.

Budget (issue 16): ≤ 100 KB gzip HTML and ≤ 3,000 DOM nodes per page.  Pages
over budget are marked ``OVER``.  No assertions here; ``tests/test_site.py``
checks the sizes on a national-shaped build.

``weigh(site)`` is imported by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = dt.date(2026, 11, 25)
BUDGET_GZIP = 100 * 1024
BUDGET_NODES = 3000


class _Count(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = 0

    def handle_starttag(self, tag, attrs):
        self.nodes += 1

    def handle_startendtag(self, tag, attrs):
        self.nodes += 1


def dom_nodes(html: str) -> int:
    counter = _Count()
    counter.feed(html)
    counter.close()
    return counter.nodes


def kind(rel: str) -> str:
    parts = rel.split("/")
    if len(parts) == 1:
        return "index" if parts[0] == "index.html" else parts[0].removesuffix(".html")
    # folders of a kind keep their sub-kind (co-quan/loai, chi-tieu/loai, thoi-han/tinh ...)
    if len(parts) > 2 and parts[1] in ("loai", "tinh", "nam", "trang"):
        return f"{parts[0]}/{parts[1]}/"
    if parts[-1] == "index.html":
        return f"{'/'.join(parts[:-1])}/ (index)"
    return f"{parts[0]}/"


def weigh(site: Path) -> dict[str, dict]:
    """Per page kind: the heaviest page by gzip bytes and the one with the most DOM nodes."""
    kinds: dict[str, dict] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "search/")) or rel == "404.html":
            continue
        raw = path.read_bytes()
        row = {"page": rel, "raw": len(raw), "gzip": len(gzip.compress(raw, 6)), "nodes": dom_nodes(raw.decode("utf-8"))}
        entry = kinds.setdefault(kind(rel), {"pages": 0, "gzip": row, "nodes": row})
        entry["pages"] += 1
        if row["gzip"] > entry["gzip"]["gzip"]:
            entry["gzip"] = row
        if row["nodes"] > entry["nodes"]["nodes"]:
            entry["nodes"] = row
    return kinds


def over_budget(site: Path) -> list[str]:
    """Every page over the budget, as 'page: gzip bytes, nodes'."""
    out = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "search/")) or rel == "404.html":
            continue
        raw = path.read_bytes()
        gz, nodes = len(gzip.compress(raw, 6)), dom_nodes(raw.decode("utf-8"))
        if gz > BUDGET_GZIP or nodes > BUDGET_NODES:
            out.append(f"{rel}: {gz:,} B gzip, {nodes:,} nodes")
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the browser closed a page mid-transfer
            pass


def browse(site: Path, pages: list[str]) -> dict[str, tuple[float, int]]:
    """Load time (ms, to the load event) and DOM nodes at 360×780, CPU throttled 4×."""
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    out = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for rel in pages:
                context = browser.new_context(viewport={"width": 360, "height": 780})
                page = context.new_page()
                cdp = context.new_cdp_session(page)
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
                t0 = time.perf_counter()
                page.goto(base + rel, wait_until="load", timeout=180_000)
                ms = 1000 * (time.perf_counter() - t0)
                out[rel] = (ms, page.evaluate("document.querySelectorAll('*').length"))
                context.close()
            browser.close()
    finally:
        httpd.shutdown()
    return out


#: Installed before the finder's page runs: when the first row is drawn and when the status is final
#: (``data-loaded``), as ``performance.now()`` (ms since navigation start), without polling.
_WATCH = """
window.__kh = {};
new MutationObserver(() => {
  const box = document.getElementById('kh-finder');
  if (!box) return;
  if (window.__kh.first === undefined && box.querySelector('tbody tr')) window.__kh.first = performance.now();
  if (window.__kh.loaded === undefined && box.dataset.loaded) window.__kh.loaded = performance.now();
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-loaded']});
"""

#: A change event on a filter, timed to the end of its handler, to the next frame (layout and paint) and
#: to the final result (``data-loaded`` set again: a finder that builds its text index in slices first
#: shows a partial result, said to be partial).
_CHANGE = """async ([sel, value]) => {
  const s = document.querySelector(sel), box = document.getElementById('kh-finder'), t = performance.now();
  s.value = value;
  s.dispatchEvent(new Event(s.tagName === 'INPUT' ? 'input' : 'change', {bubbles: true}));
  const handler = performance.now() - t;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
  const frame = performance.now() - t;
  while (!box.dataset.loaded) await new Promise(r => setTimeout(r, 10));
  return [handler, frame, performance.now() - t];
}"""


def finder_figures(site: Path, with_browser: bool) -> None:
    """The finder's data files (bytes) and, in Chromium at 360×780 with the CPU throttled 4×: first rows
    drawn and status final (ms since navigation start, beside DOMContentLoaded), with no province and with
    one in the URL, and filter changes (province, agency type, a typed query) to the end of the handler
    and to the next frame."""
    files = sorted((site / "assets" / "generated" / "tra-cuu").glob("*.js"))
    if not files:
        return
    raw = [f.read_bytes() for f in files]
    gz = [len(gzip.compress(b, 6)) for b in raw]
    meta = [len(gzip.compress(f.read_bytes(), 6)) for f in files if f.name == "meta.js"]
    print(f"finder data: {len(files)} files, {sum(map(len, raw)):,} B raw, {sum(gz):,} B gzip, largest {max(gz):,} B gzip"
          + (f", meta.js {len((site / 'assets/generated/tra-cuu/meta.js').read_bytes()):,} B raw / {meta[0]:,} B gzip" if meta else ""))
    if not with_browser:
        return
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])

            def open_finder(query: str):
                context = browser.new_context(viewport={"width": 360, "height": 780})
                context.add_init_script(_WATCH)
                page = context.new_page()
                context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
                page.goto(base + "tra-cuu/index.html" + query, wait_until="commit")
                page.wait_for_selector("#kh-finder[data-loaded]", timeout=300_000)
                page.wait_for_function("window.__kh.loaded !== undefined")
                marks = page.evaluate("""() => [window.__kh.first, window.__kh.loaded,
                    performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]""")
                return context, page, marks

            context, page, (first, loaded, dcl) = open_finder("")
            province = page.locator("#kh-f-tinh option").nth(1).get_attribute("value")
            kind = page.locator("#kh-f-loai-co-quan option").nth(1).get_attribute("value")
            changes = [("province", "#kh-f-tinh", province), ("all provinces", "#kh-f-tinh", ""),
                       ("agency type", "#kh-f-loai-co-quan", kind), ("no agency type", "#kh-f-loai-co-quan", ""),
                       ("first words typed 'hop tac xa'", "#kh-q", "hop tac xa"),
                       ("then typed 'hoox trowj von'", "#kh-q", "hoox trowj von")]
            timed = [(name, page.evaluate(_CHANGE, [sel, value])) for name, sel, value in changes]
            context.close()
            print(f"finder, throttled 4x: DOMContentLoaded {dcl:.0f} ms, first rows drawn {first:.0f} ms, "
                  f"all {page_count(site)} provinces counted {loaded:.0f} ms")
            for name, (handler_ms, frame_ms, final_ms) in timed:
                print(f"  filter change, {name}: {handler_ms:.0f} ms handler, {frame_ms:.0f} ms to next frame, "
                      f"{final_ms:.0f} ms to final result")
            last = files[-1].stem if files[-1].stem != "meta" else files[-2].stem
            context, page, (first, loaded, dcl) = open_finder(f"?tinh={last}")
            context.close()
            print(f"finder ?tinh={last}: DOMContentLoaded {dcl:.0f} ms, first rows drawn {first:.0f} ms, "
                  f"status final {loaded:.0f} ms")
            browser.close()
    finally:
        httpd.shutdown()


def page_count(site: Path) -> int:
    return len([f for f in (site / "assets" / "generated" / "tra-cuu").glob("*.js") if f.name != "meta.js"])


def build_site(size: str, work: Path, provinces: int, tasks: int) -> Path:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import copy_project
    from generator.build import build

    source = ROOT / "source"
    if size != "real":
        source = work / "source"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(source), "--provinces",
                        str(provinces), "--plans", size, "--tasks", str(tasks)], check=True, stdout=subprocess.DEVNULL)
    (work / "project").mkdir()
    project = copy_project(work / "project")
    build(source, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=False)
    return project / "site"


def report(name: str, site: Path, with_browser: bool) -> None:
    kinds = weigh(site)
    timings = browse(site, sorted({e["gzip"]["page"] for e in kinds.values()} | {e["nodes"]["page"] for e in kinds.values()})) \
        if with_browser else {}
    print(f"\n## {name}: {sum(e['pages'] for e in kinds.values())} pages")
    print(f"{'kind':<26} {'pages':>6} {'heaviest page':<48} {'raw B':>10} {'gzip B':>9} {'nodes':>7}"
          + (f" {'load ms':>8} {'DOM':>7}" if with_browser else ""))
    for key in sorted(kinds):
        entry = kinds[key]
        for which in ("gzip", "nodes"):
            row = entry[which]
            if which == "nodes" and row is entry["gzip"]:
                continue
            flag = " OVER" if row["gzip"] > BUDGET_GZIP or row["nodes"] > BUDGET_NODES else ""
            extra = ""
            if with_browser:
                ms, dom = timings[row["page"]]
                extra = f" {ms:>8.0f} {dom:>7,}"
            print(f"{key if which == 'gzip' else '':<26} {entry['pages'] if which == 'gzip' else '':>6} "
                  f"{row['page'][:48]:<48} {row['raw']:>10,} {row['gzip']:>9,} {row['nodes']:>7,}{extra}{flag}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="real,5", help="'real' and/or plans per province (5 = 1× national, 20 = 4×)")
    parser.add_argument("--site", type=Path, action="append", default=[], help="weigh an already built site instead")
    parser.add_argument("--browser", action="store_true", help="also load the heaviest pages in throttled Chromium")
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--tasks", type=int, default=60)
    args = parser.parse_args()
    print(f"budget per page: ≤ {BUDGET_GZIP // 1024} KB gzip HTML, ≤ {BUDGET_NODES:,} DOM nodes (OVER = above)")
    for site in args.site:
        report(str(site), site, args.browser)
        finder_figures(site, args.browser)
    if args.site:
        return 0
    for size in args.sizes.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            site = build_site(size, Path(tmp), args.provinces, args.tasks)
            name = "real site" if size == "real" else f"national ×{int(size) / 5:g} ({args.provinces} provinces × {size} plans × {args.tasks} tasks)"
            print(f"\n(built {name} in {time.perf_counter() - t0:.0f} s)")
            report(name, site, args.browser)
            finder_figures(site, args.browser)
    return 0


if __name__ == "__main__":
    sys.exit(main())
