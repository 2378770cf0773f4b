"""Import cost against document size: ``kehoach import`` on documents of growing length.

    .venv/bin/python benchmarks/import_scale.py [--sizes 2500,5000,10000,20000] [--mb 5]

Each document repeats the body of a real original (source/raw, Đắk Lắk 2020:
prose bullets with agencies and deadlines) until it has the asked number of
lines, keeping the header and the signature once; ``--mb`` adds one document of
that many megabytes of the same text.  A child process per document imports it
(--dry-run, no files written) and reports seconds and peak memory; the last
column is microseconds per line (flat = linear).  No assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL = ROOT / "source" / "raw" / "004_908549e9ee007595.txt"


def document(lines: int) -> str:
    """The original's header and signature around a long task section: numbered groups of its own
    assignment bullets ("- Sở … chủ trì …"), each bullet marked with its group so none repeats."""
    text = ORIGINAL.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(text) if line.strip().startswith("I. "))
    end = next(i for i, line in enumerate(text) if "Nơi nhận" in line)
    bullets = [line.strip() for line in text[start:end] if line.strip().startswith("- ") and "chủ trì" in line]
    out = text[:start] + ["II. NHIỆM VỤ VÀ GIẢI PHÁP", ""]
    group = 0
    while len(out) < lines - (len(text) - end):
        group += 1
        out += [f"{group}. Nhóm nhiệm vụ thứ {group}", ""]
        out += [f"{b.rstrip('.; ')} (nhóm {group})." for b in bullets] + [""]
    return "\n".join(out + text[end:]) + "\n"


def child(path: str) -> None:
    sys.path.insert(0, str(ROOT))
    from generator.importer import import_document

    start = time.perf_counter()
    draft = import_document(Path(path), ROOT / "source")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "tasks": len(draft.plan.get("tasks", []))}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,5000,10000,20000")
    parser.add_argument("--mb", type=float, default=0)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    docs = [(int(n), document(int(n))) for n in args.sizes.split(",")]
    if args.mb:
        per_line = len(document(2000).encode()) / 2000
        n = int(args.mb * 1024 * 1024 / per_line)
        docs.append((n, document(n)))
    print(f"{'lines':>8} {'MB':>6} {'tasks':>6} {'seconds':>8} {'peak MB':>8} {'µs/line':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for lines, text in docs:
            path = Path(tmp) / f"doc-{lines}.txt"
            path.write_text(text, encoding="utf-8")
            result = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                    timeout=1800)
            if result.returncode:
                print(f"{lines:>8}: failed: {result.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(result.stdout.strip().splitlines()[-1])
            print(f"{lines:>8} {len(text.encode()) / 1e6:6.2f} {r['tasks']:6} {r['seconds']:8.2f} {r['peak_mb']:8.0f} "
                  f"{r['seconds'] / lines * 1e6:8.1f}", flush=True)


if __name__ == "__main__":
    main()
