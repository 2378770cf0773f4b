"""Held-out search benchmark: real users' queries typed into the header search of a built site.

    .venv/bin/python benchmarks/search_heldout.py [SITE] [--queries FILE] [--json OUT] [--quiet]

SITE is any built site folder (default: ``site/``). It is served on localhost and
Debian's Chromium (Playwright, phone viewport 360×780) opens the home page, taps
the header search button and types each query of ``benchmarks/queries_heldout.json``
(written from the published data, not from the engine's code or the tests' query
tables) with key events, as a phone keyboard would. For each query it reports
the rank of the expected page among the results the theme shows (1, 2, 3, >3,
or none; "no results" when the list stays empty), what came first when the
expected page is not in the top 3, and a summary: top-1, top-3, no results,
per habit ("kind") and per kind of expected page.

Matching: an expectation with an anchor (``ke-hoach/x.html#nv-003``) needs a
result with that page and that anchor; one without an anchor needs a result on
that page whose anchor, if any, is not a task or target anchor (``nv-…``,
``pl-…``, ``ct-…``), i.e. the page itself or one of its headings. An expectation
whose page or anchor is absent from SITE counts as "absent" (reported apart).

No assertions and no build: a measurement of whatever site folder is given.
"""

from __future__ import annotations

import argparse
import collections
import functools
import http.server
import json
import re
import sys
import threading
import time
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "benchmarks" / "queries_heldout.json"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 360, "height": 780}
ITEM_ANCHOR = re.compile(r"^(nv|pl|ct)-")

# The result list as the theme shows it: meta line, then one entry per result.
STATE = """() => {
  const meta = document.querySelector(".md-search-result__meta");
  const items = [...document.querySelectorAll(".md-search-result__list > .md-search-result__item")];
  return {meta: meta ? meta.textContent.trim() : "",
          items: items.map((li) => { const a = li.querySelector("a");
            const h = li.querySelector("h1, h2");
            return [a ? a.href : "", (h ? h.innerText : li.innerText).replace(/\\s+/g, " ").trim()]; })};
}"""

# The theme renders the first results, then more each time the list is scrolled to its end:
# nudge the list up a little, then back to the end, so that each round is a new scroll.
NUDGE = """() => { const w = document.querySelector(".md-search__scrollwrap");
  if (w) w.scrollTop = Math.max(0, w.scrollHeight - w.clientHeight - 40); }"""
SCROLL = """() => { const w = document.querySelector(".md-search__scrollwrap");
  if (w) w.scrollTop = w.scrollHeight; }"""

KEYUP = """() => { const i = document.querySelector("input.md-search__input");
  i.dispatchEvent(new KeyboardEvent("keyup", {key: "Unidentified", bubbles: true})); }"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def load_queries(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: cannot read the queries: {exc}")
    problems = []
    if not isinstance(data, list):
        raise SystemExit(f"{path}: expected a list of {{query, expect, kind, why}}")
    for n, q in enumerate(data):
        if not isinstance(q, dict):
            problems.append(f"{path}: item {n}: not an object")
            continue
        for field in ("query", "expect", "kind", "why"):
            if not isinstance(q.get(field), str) or not q[field].strip():
                problems.append(f"{path}: item {n}: {field}: missing or empty")
    if problems:
        raise SystemExit("\n".join(problems))
    return data


def site_path(href: str, base: str) -> tuple[str, str]:
    """A result's link as (path relative to the site root, anchor), query string dropped."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    prefix = urlsplit(base).path.rstrip("/")
    if prefix and path.startswith(prefix):
        path = path[len(prefix):]
    path = path.lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path, unquote(parts.fragment)


def matches(result: tuple[str, str], expect: str) -> bool:
    path, _, anchor = expect.partition("#")
    got_path, got_anchor = result
    if got_path != path:
        return False
    if anchor:
        return got_anchor == anchor
    return not ITEM_ANCHOR.match(got_anchor)


def present(site: Path, expect: str) -> bool:
    path, _, anchor = expect.partition("#")
    page = site / path
    if not page.is_file():
        return False
    return not anchor or f'id="{anchor}"' in page.read_text(encoding="utf-8", errors="replace")


def page_kind(expect: str) -> str:
    path, _, anchor = expect.partition("#")
    if path.startswith("ke-hoach/"):
        return "task" if anchor else "plan"
    for prefix, name in (("co-quan/loai/", "agency type"), ("co-quan/", "agency"), ("chi-tieu/loai/", "target type"),
                         ("chi-tieu/", "target"), ("chu-de/", "topic"), ("van-ban/", "legal document"),
                         ("tinh/", "province"), ("thoi-han/", "deadlines"), ("tra-cuu/", "task finder")):
        if path.startswith(prefix):
            return name
    return "other"


def wait_settled(page, before: dict, timeout: float = 6.0, quiet: float = 0.35) -> dict:
    """The result list once it has changed from ``before`` and then stayed the same for ``quiet`` seconds."""
    start = time.monotonic()
    last = page.evaluate(STATE)
    changed_at = time.monotonic() if last != before else None
    while time.monotonic() - start < timeout:
        page.wait_for_timeout(50)
        now = page.evaluate(STATE)
        if now != last:
            last, changed_at = now, time.monotonic()
        elif changed_at is not None and time.monotonic() - changed_at >= quiet:
            break
    return last


def all_results(page, found) -> dict:
    """Scroll the result list until every result the meta line announces is rendered, the
    expected one is among them, or three scrolls in a row bring nothing new."""
    state = page.evaluate(STATE)
    announced = re.search(r"\d+", state["meta"])
    total = int(announced.group()) if announced else None
    same = 0
    while same < 3 and not found(state) and (total is None or len(state["items"]) < total):
        before = len(state["items"])
        page.evaluate(NUDGE)
        page.wait_for_timeout(40)
        page.evaluate(SCROLL)
        page.wait_for_timeout(120)
        state = page.evaluate(STATE)
        same = same + 1 if len(state["items"]) == before else 0
    return state


def run(site: Path, queries: list[dict]) -> list[dict]:
    from playwright.sync_api import sync_playwright

    httpd, base = serve(site)
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(base + "/index.html", wait_until="load")
            button = page.locator("label.md-header__button[for=__search]")
            if button.count() and button.first.is_visible():
                button.first.click()
            field = page.locator("input.md-search__input")
            field.wait_for(state="visible", timeout=10_000)
            field.click()
            for q in queries:
                # clear the field as a person would, and wait for the list to empty
                field.press("Control+a")
                field.press("Backspace")
                page.evaluate(KEYUP)
                cleared = wait_settled(page, {"meta": None, "items": None}, timeout=3.0, quiet=0.15)
                page.keyboard.type(unicodedata.normalize("NFC", q["query"]), delay=15)
                # characters outside the US layout arrive as text input without key events: the
                # keyup that a phone keyboard sends after the last character
                page.evaluate(KEYUP)
                wait_settled(page, cleared)
                state = all_results(page, lambda state, expect=q["expect"]: any(
                    matches(site_path(href, base), expect) for href, _ in state["items"] if href))
                results = [(site_path(href, base), title) for href, title in state["items"] if href]
                rank = next((i + 1 for i, (r, _) in enumerate(results) if matches(r, q["expect"])), None)
                first = results[0] if results else None
                rows.append({
                    **q,
                    "rank": rank,
                    "results": len(results),
                    "meta": state["meta"],
                    "absent": not present(site, q["expect"]),
                    "first": None if first is None else {
                        "url": first[0][0] + ("#" + first[0][1] if first[0][1] else ""), "title": first[1]},
                    "top3": [r[0][0] + ("#" + r[0][1] if r[0][1] else "") for r in results[:3]],
                })
            browser.close()
    finally:
        httpd.shutdown()
    return rows


def bucket(row: dict) -> str:
    if row["absent"]:
        return "absent"
    if row["results"] == 0:
        return "no results"
    if row["rank"] is None:
        return "none"
    return str(row["rank"]) if row["rank"] <= 3 else f">3 ({row['rank']})"


def summary_line(label: str, rows: list[dict]) -> str:
    n = len(rows)
    top1 = sum(1 for r in rows if r["rank"] == 1)
    top3 = sum(1 for r in rows if r["rank"] is not None and r["rank"] <= 3)
    empty = sum(1 for r in rows if r["results"] == 0)
    return (f"{label:22} {n:>3} {top1:>6} {100 * top1 / n:>5.0f}% {top3:>6} {100 * top3 / n:>5.0f}% "
            f"{empty:>10}")


def report(rows: list[dict], quiet: bool) -> None:
    if not quiet:
        print(f"{'rank':>10}  {'kind':18} {'query':40} expected")
        for r in rows:
            print(f"{bucket(r):>10}  {r['kind']:18} {r['query'][:40]:40} {r['expect']}")
        print()
    head = f"{'':22} {'n':>3} {'top-1':>6} {'':>6} {'top-3':>6} {'':>6} {'no results':>10}"
    print(head)
    print(summary_line("all", rows))
    spread = collections.Counter(bucket(r).split(" (")[0] for r in rows)
    print("ranks: " + ", ".join(f"{key} {spread[key]}" for key in ("1", "2", "3", ">3", "none", "no results", "absent")
                                if spread[key]))
    absent = [r for r in rows if r["absent"]]
    if absent:
        print(summary_line("expected page present", [r for r in rows if not r["absent"]]))
        print(f"(expected page or anchor absent from this site: {len(absent)})")
    print()
    print("per habit (kind)")
    print(head)
    by_kind = collections.defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    for kind in sorted(by_kind):
        print(summary_line(kind, by_kind[kind]))
    print()
    print("per kind of expected page")
    print(head)
    by_page = collections.defaultdict(list)
    for r in rows:
        by_page[page_kind(r["expect"])].append(r)
    for kind in sorted(by_page):
        print(summary_line(kind, by_page[kind]))
    misses = [r for r in rows if r["rank"] is None or r["rank"] > 3]
    print()
    print(f"not in the top 3 ({len(misses)})")
    for r in misses:
        first = r["first"]
        came = "no results" if first is None else f"{first['url']}  «{first['title'][:70]}»"
        print(f"- [{bucket(r)}] {r['query']!r} ({r['kind']}) → expected {r['expect']}; first: {came}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site", help="a built site folder (default: site/)")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="queries file (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write every row (rank, top 3, first result) to this file")
    parser.add_argument("--quiet", action="store_true", help="summary and misses only, no per-query table")
    args = parser.parse_args()
    site = args.site.resolve()
    if not (site / "index.html").is_file():
        print(f"{args.site}: not a built site (no index.html); build one with `kehoach build`", file=sys.stderr)
        return 1
    if not (site / "assets" / "javascripts").is_dir():
        print(f"{args.site}: no assets/javascripts: is this the output of mkdocs build?", file=sys.stderr)
        return 1
    if not Path("/usr/bin/chromium").exists():
        print("/usr/bin/chromium not found: install Debian's chromium package", file=sys.stderr)
        return 1
    try:
        queries = load_queries(args.queries)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 1
    t0 = time.monotonic()
    rows = run(site, queries)
    print(f"site: {site}  queries: {len(rows)} ({args.queries.name})  {time.monotonic() - t0:.0f} s")
    print()
    report(rows, args.quiet)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
