"""Live preview benchmark: seconds from saving a plan file to the reloaded page in Chromium.

    .venv/bin/python benchmarks/serve.py [--national]

Starts ``kehoach serve`` on a scratch copy of the project (the real data, and
with ``--national`` also ``benchmarks/synth.py``'s national data), opens a plan
page in headless Chromium, then, a few times: adds a line to the first task's
``ambiguities`` (shown on the plan page) and saves the file, and waits until
the page — reloaded by MkDocs' live-reload script, not by us — shows it.
Prints the startup time (check + generate + first MkDocs build) and each
save→reload time.  No assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5):
            return True
    except OSError:
        return False


def measure(name: str, project: Path, edits: int = 3) -> None:
    from playwright.sync_api import sync_playwright

    plan_file = sorted((project / "source" / "plans").glob("*.yaml"))[0]
    plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
    page_url_path = f"ke-hoach/{plan['id']}.html"
    port = _port()
    base = f"http://127.0.0.1:{port}/"
    start = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--addr", f"127.0.0.1:{port}",
                               "--build-date", "2026-11-25"], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not _up(base + page_url_path):
            if time.perf_counter() - start > 900:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        startup = time.perf_counter() - start
        times = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=os.environ.get("KEHOACH_CHROMIUM", "/usr/bin/chromium"),
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 360, "height": 780})
            page.goto(base + page_url_path)
            for n in range(edits):
                marker = f"kehoach-serve-benchmark-{n}"
                plan["tasks"][0].setdefault("ambiguities", []).append(marker)
                t0 = time.perf_counter()
                plan_file.write_text(json.dumps(plan, ensure_ascii=False, indent=1), encoding="utf-8")
                while True:  # polled from here: the page's CSP forbids evaluating a predicate in it
                    try:
                        if marker in page.locator("body").inner_text(timeout=5_000):
                            break
                    except Exception:  # the page is reloading
                        pass
                    if time.perf_counter() - t0 > 600:
                        raise SystemExit("the page never showed the edit")
                    time.sleep(0.1)
                times.append(time.perf_counter() - t0)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=60)
    tasks = sum(len(yaml.safe_load(f.read_text(encoding="utf-8")).get("tasks", []))
                for f in (project / "source" / "plans").glob("*.yaml"))
    print(f"{name:9} {tasks:6} tasks  startup {startup:6.1f} s  save→reloaded page "
          + " ".join(f"{t:5.1f}" for t in times) + f" s  (median {statistics.median(times):.1f} s)", flush=True)


def project_copy(work: Path, source: Path | None) -> Path:
    from conftest import copy_project

    work.mkdir(parents=True)
    copy_project(work)
    if source is None:
        shutil.copytree(ROOT / "source", work / "source")
    else:
        shutil.move(str(source), work / "source")
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--national", action="store_true", help="also at national size (synth.py defaults)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        measure("real", project_copy(tmp / "real", None))
        if args.national:
            import synth

            synth.write(tmp / "national-source", 34, 5, 60)
            measure("national", project_copy(tmp / "national", tmp / "national-source"))


if __name__ == "__main__":
    main()
