"""Build benchmark: check, generate and mkdocs build at 1×, 2× and 4× national size.

    .venv/bin/python benchmarks/build.py [--sizes 5,10,20] [--provinces 34] [--tasks 60]

For each size k, ``benchmarks/synth.py`` writes 34 provinces × k plans × 60
tasks (k = 5 is national size, ~10,000 tasks).  A child process per size
times the three stages of ``kehoach build`` and reports its peak memory, the
site and search-index bytes; then, in the same process, it

* builds a *bare* mkdocs-material site with the same number of plain
  Markdown pages of the same sizes (same theme and nav, no hooks, default
  search plugin): our build ÷ bare build is a ratio that holds on a noisy
  machine;
* changes one plan and regenerates: how many files were rewritten.

The per-task column shows whether cost grows faster than the data
(largest/smallest ratio ≈ 1.0 means linear).  No assertions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = dt.date(2026, 11, 25)


def bare_project(docs: Path, work: Path) -> Path:
    """Plain Markdown pages with the same paths and sizes as ``docs``; same theme and nav."""
    import random

    rng = random.Random(1)
    lines = [line.strip() for f in sorted((ROOT / "source" / "raw" / "repaired").glob("*.txt"))
             + sorted((ROOT / "source" / "raw").glob("00[1-4]_*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40]
    out = work / "docs"
    for md in sorted(docs.rglob("*.md")):
        size = md.stat().st_size
        target = out / md.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        parts, length = [f"# {md.stem}", ""], 0
        while length < size:
            paragraph = " ".join(rng.choice(lines) for _ in range(4))
            parts += [paragraph, ""]
            length += len(paragraph.encode()) + 2
        target.write_text("\n".join(parts), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    keep = []
    for line in config.splitlines():
        if line.startswith(("hooks:", "  - generator/", "extra_javascript:", "  - assets/javascripts/kehoach",
                            "  custom_dir:", "extra_css:", "  - stylesheets/")):
            continue
        keep.append(line)
    (work / "mkdocs.yml").write_text("\n".join(keep).replace("strict: true", "strict: false") + "\n", encoding="utf-8")
    return work / "mkdocs.yml"


def child(source: Path, work: Path) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import copy_project
    from generator.build import generate, mkdocs_build
    from generator.source.validate import check

    (work / "ours").mkdir(parents=True)
    project = copy_project(work / "ours")
    t0 = time.perf_counter()
    dataset, problems = check(source)
    t1 = time.perf_counter()
    generate(source, project / "docs", BUILD_DATE)  # checks again, as `kehoach build` does once
    t2 = time.perf_counter()
    mkdocs_build(project / "mkdocs.yml", project / "site", BUILD_DATE, strict=False)
    t3 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tasks = sum(len(p.tasks) for p in dataset.plans.values())
    site = project / "site"
    index = site / "assets" / "generated" / "search-index.js"

    # one plan changes (a note is added): which outputs are rewritten?
    plan_file = sorted((source / "plans").glob("*.yaml"))[0]
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    plan.setdefault("notes", []).append("Ghi chú thêm để đo việc xây dựng lại.")
    plan_file.write_text(json.dumps(plan, ensure_ascii=False, indent=1), encoding="utf-8")
    t4 = time.perf_counter()
    again = generate(source, project / "docs", BUILD_DATE)
    t5 = time.perf_counter()

    # a bare mkdocs-material build of the same pages
    config = bare_project(project / "docs", work / "bare")
    t6 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)], check=True,
                   cwd=work / "bare", stderr=subprocess.DEVNULL)
    t7 = time.perf_counter()
    bare_index = work / "bare" / "site" / "search" / "search_index.json"
    print(json.dumps({
        "tasks": tasks, "plans": len(dataset.plans), "pages": sum(1 for _ in site.rglob("*.html")),
        "check": t1 - t0, "generate": t2 - t1, "mkdocs": t3 - t2, "bare": t7 - t6, "rss_mb": rss,
        "site_mb": sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2**20,
        "index_raw": index.stat().st_size, "index_gz": len(gzip.compress(index.read_bytes(), 6)),
        "bare_index_raw": bare_index.stat().st_size, "bare_index_gz": len(gzip.compress(bare_index.read_bytes(), 6)),
        "rebuild_s": t5 - t4, "rebuild_written": again.write.written, "rebuild_unchanged": again.write.unchanged,
    }))
    shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,10,20", help="plans per province, comma separated (5 = national)")
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
    print("generate includes check (as in `kehoach build`); total = generate + mkdocs; bare = mkdocs-material alone")
    print(f"{'tasks':>7} {'pages':>6} {'check s':>8} {'gen s':>6} {'mkdocs s':>9} {'total s':>8} {'bare s':>7} "
          f"{'ours/bare':>9} {'peak MB':>8} {'site MB':>8} {'ms/task':>8}")
    for r in rows:
        total = r["generate"] + r["mkdocs"]
        print(f"{r['tasks']:>7} {r['pages']:>6} {r['check']:>8.1f} {r['generate']:>6.1f} {r['mkdocs']:>9.1f} "
              f"{total:>8.1f} {r['bare']:>7.1f} {total / r['bare']:>9.2f} {r['rss_mb']:>8.0f} {r['site_mb']:>8.1f} "
              f"{1000 * total / r['tasks']:>8.2f}")
    print()
    print(f"{'tasks':>7} {'our index raw':>14} {'gzip':>10} {'material index raw':>19} {'gzip':>10} "
          f"{'1-plan rebuild s':>17} {'written':>8} {'unchanged':>10}")
    for r in rows:
        print(f"{r['tasks']:>7} {r['index_raw']:>14,} {r['index_gz']:>10,} {r['bare_index_raw']:>19,} "
              f"{r['bare_index_gz']:>10,} {r['rebuild_s']:>17.1f} {r['rebuild_written']:>8} {r['rebuild_unchanged']:>10}")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        per = lambda r, k: r[k] / r["tasks"]
        total = lambda r: r["generate"] + r["mkdocs"]
        print(f"\nlargest/smallest: data ×{b['tasks'] / a['tasks']:.1f}, time ×{total(b) / total(a):.2f}; "
              f"cost per task ×{per(b, 'check') / per(a, 'check'):.2f} check, "
              f"×{per(b, 'generate') / per(a, 'generate'):.2f} generate, ×{per(b, 'mkdocs') / per(a, 'mkdocs'):.2f} mkdocs "
              f"(1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
