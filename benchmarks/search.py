"""Search benchmark: bytes before first results, cold first search, keystroke-to-results.

    .venv/bin/python benchmarks/search.py [--national] [--site NAME=DIR ...]

Builds the real data (``source/``) and, with ``--national``, the national-size
synthetic data (``benchmarks/synth.py``: 34 provinces × 5 plans × 60 tasks),
serves each site on localhost and drives Debian's Chromium through Playwright:

* **first results, cold**: a new browser context (empty cache) opens the home
  page, types the first query; time from the keystroke to the first rendered
  result list, and the gzip size of every response received until then
  (total, and the part that is search: worker script + index);
* **keystroke → results, warm**: for each query of the list, time from the
  keyup event to the result list being replaced (p50, p95, max).

With ``--site NAME=DIR`` (repeatable) it measures sites already built instead (the scanner only, no
lunr): before and after a change, side by side in one run.  The worker's setup (index loaded and
prepared, from the setup message to "ready") is reported beside the query times.

Figures are printed; ratios between the sites come from the same run.
No assertions: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

QUERIES = [
    "hop tac xa", "hợp tác xã", "dat dai", "tin dung", "so ke hoach va dau tu", "Sở Tài chính",
    "09/NQ-CP", "20-NQ/TW", "HTX", "lien minh htx", "chuyen doi so", "bao hiem xa hoi", "thue",
    "xuc tien thuong mai", "dao tao", "duong", "đường", "hoà", "thuỷ", "ngan hang chinh sach",
    "kinh te tap the", "chuoi gia tri", "UBND", "KH&ĐT", "nong nghiep", "hoptacxa", "ha tang",
    "kiem tra giam sat", "to hop tac", "gia lai",
]
BUILD_DATE = dt.date(2026, 11, 25)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

MEASURE = """async (q) => {
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  const meta = document.querySelector(".md-search-result__meta");
  const before = meta.textContent;
  return await new Promise((resolve) => {
    let t0;
    const obs = new MutationObserver(() => {
      if (meta.textContent !== before || list.children.length) {
        obs.disconnect(); resolve(performance.now() - t0);
      }
    });
    obs.observe(list, {childList: true}); obs.observe(meta, {childList: true, characterData: true, subtree: true});
    t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new KeyboardEvent("keyup", {key: "a", bubbles: true}));
  });
}"""

WORKER = """async (queries) => {
  const w = new Worker("assets/javascripts/kehoach-search.js");
  const answer = () => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
  const s0 = performance.now();
  let next = answer(); w.postMessage({type: 0, data: {}}); await next;
  const times = [performance.now() - s0];
  for (const round of [0, 1]) {
    for (const q of queries) {
      const t0 = performance.now(); next = answer(); w.postMessage({type: 2, data: q}); await next;
      if (round) times.push(performance.now() - t0);
    }
  }
  w.terminate();
  return times;
}"""

RESET = """() => { const i = document.querySelector("input.md-search__input"); i.value = "";
  i.dispatchEvent(new KeyboardEvent("keyup", {key: "Backspace", bubbles: true})); }"""


def build_site(source: Path, work: Path) -> Path:
    from conftest import copy_project
    from generator.build import build

    work.mkdir(parents=True, exist_ok=True)
    project = copy_project(work)
    build(source, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=False)
    return project / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def measure(browser, base: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    bodies: list[tuple[str, bytes]] = []
    page.on("response", lambda r: bodies.append((r.url, r.body())) if r.ok else None)
    page.goto(base + "/index.html", wait_until="load")
    page.wait_for_timeout(200)
    input_ = page.locator("input.md-search__input")
    input_.click()
    cold = page.evaluate(MEASURE, QUERIES[0])
    page.wait_for_timeout(100)
    # the worker's own requests (script, index) are not page responses: main() adds them from disk
    total = sum(len(gzip.compress(body, 9)) for _, body in bodies)
    warm = []
    for q in QUERIES:
        page.evaluate(RESET)
        page.wait_for_timeout(30)
        warm.append(page.evaluate(MEASURE, q))
    setup, *worker = page.evaluate(WORKER, QUERIES)  # the same queries straight to the worker, no theme in between
    context.close()
    return {"cold_ms": cold, "page_gzip": total, "warm": warm, "worker": worker, "setup": setup}


LUNR = """async ([queries, concepts, particles, expected]) => {
  const load = (src) => new Promise((ok, no) => { const s = document.createElement("script"); s.src = src;
    s.onload = ok; s.onerror = no; document.head.appendChild(s); });
  window.KEHOACH_NO_WORKER = true;
  await load("assets/javascripts/vendor/lunr-2.3.9.min.js");
  if (!window.KehoachSearch || !KehoachSearch.lunrSearch) await load("assets/javascripts/kehoach-search.js");
  KehoachSearch.useLunr(lunr);
  const get = async (name) => { const t0 = performance.now();
    const text = await (await fetch("assets/generated/lunr-" + name + ".json")).text();
    const idx = lunr.Index.load(JSON.parse(text)); return [idx, performance.now() - t0]; };
  const time = (fn) => { const out = []; for (const round of [0, 1]) for (const q of queries) {
    const t0 = performance.now(); fn(q); if (round) out.push(performance.now() - t0); } return out; };
  const [pages, pagesMs] = await get("pages");
  const pagesQ = time((q) => KehoachSearch.lunrSearch(lunr, pages, q, concepts, particles));
  const [tasks, tasksMs] = await get("tasks");
  const both = (q) => KehoachSearch.lunrSearch(lunr, pages, q, concepts, particles)
    .concat(KehoachSearch.lunrSearch(lunr, tasks, q, concepts, particles)).sort((a, b) => b.score - a.score);
  const bothQ = time(both);
  let hits = null, scanHits = null;
  if (expected.length) {
    /* top-3 accuracy of both engines on the tests' query tables; refs are the worker's record numbers */
    await load("assets/generated/search-index.js");
    const scan = new KehoachSearch.Index(self.KEHOACH_INDEX);
    hits = 0; scanHits = 0;
    for (const [q, url] of expected) {
      if (both(q).slice(0, 3).some((r) => scan.records[+r.ref].url === url)) hits++;
      if (scan.search(q, 3).some((r) => r.rec.url === url)) scanHits++;
    }
  }
  return {pagesMs, tasksMs, pagesQ, bothQ, hits, scanHits};
}"""


def write_lunr(source: Path, site: Path) -> dict:
    """The lunr indexes of the site's records (generator/search/lunr_index.py), written beside the scanner's."""
    from generator.search.lunr_index import serialized
    from generator.search.index import payload
    from generator.source.validate import check

    data = payload(check(source)[0])
    sizes = {}
    for name, text in serialized(data).items():
        path = site / "assets" / "generated" / f"lunr-{name}.json"
        path.write_text(text, encoding="utf-8")
        sizes[name] = (path.stat().st_size, gz(path))
    return {"sizes": sizes, "concepts": data["concepts"], "particles": data["particles"]}


def print_scanner(results: dict) -> None:
    print(f"{'site':14} {'pages':>6} {'index raw':>10} {'search gz':>10} {'page+search gz':>15} {'cold ms':>8} "
          f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'setup ms':>8} {'worker p50':>10} {'worker p95':>10}")
    for name, r in results.items():
        warm = sorted(r["warm"])
        p95 = warm[max(0, round(0.95 * len(warm)) - 1)]
        worker = sorted(r["worker"])
        worker_p95 = worker[max(0, round(0.95 * len(worker)) - 1)]
        print(f"{name:14} {r['pages']:>6} {r['index_raw']:>10,} {r['search_gzip']:>10,} "
              f"{r['page_gzip'] + r['search_gzip']:>15,} {r['cold_ms']:>8.0f} {statistics.median(warm):>7.1f} "
              f"{p95:>7.1f} {warm[-1]:>7.1f} {r['setup']:>8.0f} {statistics.median(worker):>10.1f} {worker_p95:>10.1f}")


def pct(values, q):
    values = sorted(values)
    return values[max(0, round(q * len(values)) - 1)]


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def site_sizes(site: Path) -> dict:
    """What the first search downloads (index + worker, gzip), the index's raw bytes, the site's pages."""
    index = site / "assets" / "generated" / "search-index.js"
    worker = site / "assets" / "javascripts" / "kehoach-search.js"
    return {"search_gzip": gz(index) + gz(worker), "index_raw": index.stat().st_size,
            "pages": sum(1 for _ in site.rglob("*.html"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "source", help="the real data (default: source/)")
    parser.add_argument("--national", action="store_true", help="also build and measure the national-size synthetic data")
    parser.add_argument("--site", action="append", default=[], metavar="NAME=DIR", help="measure a site already built")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if args.site:
        results = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for spec in args.site:
                name, _, folder = spec.partition("=")
                site = Path(folder)
                httpd, base = serve(site)
                r = measure(browser, base)
                httpd.shutdown()
                results[name] = {**r, **site_sizes(site)}
            browser.close()
        print_scanner(results)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sites = {"real": build_site(args.source, tmp / "real")}
        sources = {"real": args.source}
        if args.national:
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp / "synth-source")], check=True,
                           stdout=subprocess.DEVNULL)
            sites["national"] = build_site(tmp / "synth-source", tmp / "national")
            sources["national"] = tmp / "synth-source"
        from test_search import MEANT, QUERIES as TEST_QUERIES
        expected = [[q, url] for q, url in TEST_QUERIES] + [[q, url] for _, q, url in MEANT]
        lunr = {}
        results = {}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for name, site in sites.items():
                httpd, base = serve(site)
                r = measure(browser, base)
                built = write_lunr(sources[name], site)
                context = browser.new_context()
                page = context.new_page()
                page.goto(base + "/index.html")
                lunr[name] = {**built, **page.evaluate(
                    LUNR, [QUERIES, built["concepts"], built["particles"], expected if name == "real" else []])}
                context.close()
                httpd.shutdown()
                results[name] = {**r, **site_sizes(site)}
            browser.close()

    print_scanner(results)
    if "national" in results:
        n, rr = results["national"], results["real"]
        print(f"ratio national/real: pages ×{n['pages'] / rr['pages']:.1f}, index ×{n['index_raw'] / rr['index_raw']:.1f}, "
              f"search gzip ×{n['search_gzip'] / rr['search_gzip']:.1f}, "
              f"p95 ×{sorted(n['warm'])[-2] / max(sorted(rr['warm'])[-2], 0.1):.1f}")
    print()
    print("lunr (generator/search/lunr_index.py, lunr.js 2.3.9, same query semantics: KehoachSearch.lunrSearch), in the page")
    print(f"{'site':10} {'pages raw':>10} {'pages gz':>9} {'tasks raw':>10} {'tasks gz':>9} {'load pages ms':>13} "
          f"{'load tasks ms':>13} {'pages p50':>9} {'pages p95':>9} {'all p50':>8} {'all p95':>8}")
    for name, r in lunr.items():
        (pr, pg), (tr, tg) = r["sizes"]["pages"], r["sizes"]["tasks"]
        print(f"{name:10} {pr:>10,} {pg:>9,} {tr:>10,} {tg:>9,} {r['pagesMs']:>13.0f} {r['tasksMs']:>13.0f} "
              f"{statistics.median(r['pagesQ']):>9.1f} {pct(r['pagesQ'], .95):>9.1f} "
              f"{statistics.median(r['bothQ']):>8.1f} {pct(r['bothQ'], .95):>8.1f}")
    real = lunr["real"]
    print(f"top-3 on the tests' {len(expected)} queries (real data): scanner {real['scanHits']}, lunr {real['hits']}")
    print("scanner 'worker p50/p95' above and lunr 'all p50/p95' are the same queries, engine only")
    print("p50/p95: keystroke to results on screen (theme included); worker: query posted to our worker to answer back")
    print(f"queries: {len(QUERIES)}; aim: search gzip ≤ 300 KB, warm p95 ≤ 50 ms, cold first search ≤ 1000 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
