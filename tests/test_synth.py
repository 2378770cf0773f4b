"""The synthetic national data of the benchmarks is valid source data (issue: it must pass `kehoach check`)."""

import subprocess
import sys
from pathlib import Path

from generator.source.validate import check

ROOT = Path(__file__).resolve().parent.parent


def test_synthetic_data_passes_strict_check(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp_path / "source"),
                    "--provinces", "3", "--plans", "2", "--tasks", "12"], check=True, capture_output=True)
    dataset, problems = check(tmp_path / "source")
    assert [str(p) for p in problems.sorted()] == []
    assert len(dataset.plans) == 6 and sum(len(p.tasks) for p in dataset.plans.values()) == 72
