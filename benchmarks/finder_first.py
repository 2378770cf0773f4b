"""The finder's first view, sites side by side: first rows drawn and DOMContentLoaded, throttled.

    .venv/bin/python benchmarks/finder_first.py --site before=DIR --site after=DIR [--rounds 5] [--rate 4]

Each site is served over http and its ``tra-cuu/`` page opened in headless Chromium at 360×780 with the
CPU throttled (CDP ``Emulation.setCPUThrottlingRate``), the sites alternated round by round so a busy
machine weighs on both alike.  Times are ms since navigation start (``performance.now()``): the first task
row in the DOM, the status final (``data-loaded``), and ``domContentLoadedEventEnd``.  Medians and the
ratio to the first site are printed.  The aim (issue 16): first rows ≤ 1 s throttled 4×.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import statistics
import threading
from pathlib import Path

from pages import _WATCH, _Quiet  # noqa: E402  (benchmarks/ is the script's folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", action="append", required=True, help="NAME=DIR of a built site")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rate", type=float, default=4)
    parser.add_argument("--query", default="", help="e.g. ?tinh=kon-tum")
    args = parser.parse_args()
    sites = [(s.split("=", 1)[0], Path(s.split("=", 1)[1]).resolve()) for s in args.site]
    servers, bases = [], {}
    for name, site in sites:
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        bases[name] = f"http://127.0.0.1:{httpd.server_address[1]}/"
    from playwright.sync_api import sync_playwright

    marks: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in sites}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            for _ in range(args.rounds):
                for name, _site in sites:
                    context = browser.new_context(viewport={"width": 360, "height": 780})
                    context.add_init_script(_WATCH)
                    page = context.new_page()
                    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": args.rate})
                    page.goto(bases[name] + "tra-cuu/index.html" + args.query, wait_until="commit")
                    page.wait_for_selector("#kh-finder[data-loaded]", timeout=300_000)
                    page.wait_for_function("window.__kh.loaded !== undefined")
                    page.wait_for_load_state("domcontentloaded")
                    marks[name].append(tuple(page.evaluate("""() => [window.__kh.first, window.__kh.loaded,
                        performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]""")))
                    context.close()
            browser.close()
    finally:
        for httpd in servers:
            httpd.shutdown()
    first_name = sites[0][0]
    base = [statistics.median(m[i] for m in marks[first_name]) for i in range(3)]
    print(f"finder first view, CPU throttled {args.rate:g}x, {args.rounds} rounds alternated, medians (ms since navigation)"
          + (f", {args.query}" if args.query else ""))
    print(f"{'site':<14}{'first rows':>12}{'status final':>14}{'DOMContentLoaded':>18}{'first rows ratio':>18}")
    for name, _site in sites:
        med = [statistics.median(m[i] for m in marks[name]) for i in range(3)]
        print(f"{name:<14}{med[0]:>12.0f}{med[1]:>14.0f}{med[2]:>18.0f}{med[0] / base[0]:>18.2f}")
        print(f"{'':<14}first rows, every round: " + ", ".join(f"{m[0]:.0f}" for m in marks[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
