"""Build benchmark: check, generate and mkdocs build at growing data sizes.

    .venv/bin/python benchmarks/build.py [--sizes 1,2,5] [--provinces 34] [--tasks 60]

For each size k, ``benchmarks/synth.py`` writes 34 provinces × k plans × 60
tasks (k = 5 is national size, ~10,000 tasks); a child process then times
the three stages of ``kehoach build`` and reports its peak memory.  The last
columns divide by the number of tasks, so a design whose cost grows faster
than the data shows up as a growing ratio between the smallest and the
largest size, measured in one run on one machine.  No assertions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = dt.date(2026, 11, 25)


def child(source: Path, work: Path) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import copy_project
    from generator.build import generate, mkdocs_build
    from generator.validate import check

    project = copy_project(work)
    t0 = time.perf_counter()
    dataset, problems = check(source)
    t1 = time.perf_counter()
    report = generate(source, project / "docs", BUILD_DATE)
    t2 = time.perf_counter()
    mkdocs_build(project / "mkdocs.yml", project / "site", BUILD_DATE, strict=False)
    t3 = time.perf_counter()
    tasks = sum(len(p.tasks) for p in dataset.plans.values())
    html = list((project / "site").rglob("*.html"))
    print(json.dumps({
        "tasks": tasks, "plans": len(dataset.plans), "pages": len(html),
        "check": t1 - t0, "generate": t2 - t1, "mkdocs": t3 - t2,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "site_mb": sum(f.stat().st_size for f in (project / "site").rglob("*") if f.is_file()) / 2**20,
    }))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,5", help="plans per province, comma separated")
    parser.add_argument("--provinces", type=int, default=34)
    parser.add_argument("--tasks", type=int, default=60)
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp / "source"),
                            "--provinces", str(args.provinces), "--plans", str(size), "--tasks", str(args.tasks)],
                           check=True, stdout=subprocess.DEVNULL)
            (tmp / "work").mkdir()
            out = subprocess.run([sys.executable, __file__, "--child", str(tmp / "source"), str(tmp / "work")],
                                 check=True, capture_output=True, text=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'tasks':>7} {'plans':>6} {'pages':>6} {'check s':>8} {'generate s':>11} {'mkdocs s':>9} "
          f"{'peak MB':>8} {'site MB':>8} {'ms/task':>8}")
    for r in rows:
        total = r["check"] + r["generate"] + r["mkdocs"]
        print(f"{r['tasks']:>7} {r['plans']:>6} {r['pages']:>6} {r['check']:>8.1f} {r['generate']:>11.1f} "
              f"{r['mkdocs']:>9.1f} {r['rss_mb']:>8.0f} {r['site_mb']:>8.1f} {1000 * total / r['tasks']:>8.2f}")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        per = lambda r, k: r[k] / r["tasks"]
        print(f"largest/smallest: data ×{b['tasks'] / a['tasks']:.1f}; cost per task ×"
              f"{per(b, 'check') / per(a, 'check'):.2f} check, ×{per(b, 'generate') / per(a, 'generate'):.2f} generate, "
              f"×{per(b, 'mkdocs') / per(a, 'mkdocs'):.2f} mkdocs (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
