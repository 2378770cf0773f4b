"""Golden files: the Markdown generated for the mini fixture, byte for byte.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff.
"""

import os
import shutil
from pathlib import Path

from conftest import BUILD_DATE, MINI
from generator.build import generate

GOLDEN = Path(__file__).parent / "golden" / "mini"


def test_generated_markdown_matches_golden(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    generate(MINI, docs, BUILD_DATE)
    produced = {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file() and p.suffix in (".md", ".csv", ".json", ".svg")}
    if os.environ.get("UPDATE_GOLDEN"):
        for rel, data in produced.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_bytes(data)
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(produced) == sorted(expected)
    for rel in expected:
        assert produced[rel] == expected[rel], f"{rel} differs from tests/golden/mini/{rel}"


def test_generation_is_deterministic_and_rewrites_nothing_unchanged(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    first = generate(MINI, docs, BUILD_DATE)
    stamp = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*") if p.is_file()}
    second = generate(MINI, docs, BUILD_DATE)
    assert first.write.written > 0 and second.write.written == 0
    assert second.write.unchanged == first.write.written
    assert stamp == {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in docs.rglob("*") if p.is_file()}


def test_stale_generated_files_are_pruned_and_hand_written_kept(tmp_path, mini_copy):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "viet-tay.md").write_text("hand-written", encoding="utf-8")
    generate(mini_copy, docs, BUILD_DATE)
    assert (docs / "chi-tieu/thu-nghiem-2023-kh-12/ct-02.md").exists()
    plan = mini_copy / "plans/mini.yaml"
    text = plan.read_text(encoding="utf-8")
    start = text.index("  - id: ct-02")
    plan.write_text(text[:start] + text[text.index("groups:"):], encoding="utf-8")
    assert (docs / "bao-cao/thu-nghiem-2024-bc-45.md").exists()
    shutil.rmtree(mini_copy / "reports")  # they report on ct-02
    report = generate(mini_copy, docs, BUILD_DATE)
    assert report.write.removed >= 1
    assert not (docs / "chi-tieu/thu-nghiem-2023-kh-12/ct-02.md").exists()
    assert not (docs / "bao-cao").exists() and not (docs / "assets/generated/chi-tieu").exists()
    assert (docs / "viet-tay.md").read_text(encoding="utf-8") == "hand-written"


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    """Python randomises str hashes per process: an order taken from a set would change between two
    builds of the same data. Two processes with different seeds must write the same bytes."""
    import subprocess
    import sys

    from conftest import ROOT

    # the real data, and synthetic data where many provinces' documents share a number ("1200/QĐ-UBND")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(tmp_path / "synth"),
                    "--provinces", "4", "--plans", "3", "--tasks", "3"], check=True, capture_output=True)
    for source in (ROOT / "source", tmp_path / "synth"):
        _same_bytes_whatever_the_seed(tmp_path / source.name, source)


def _same_bytes_whatever_the_seed(work, source):
    import subprocess
    import sys

    from conftest import ROOT

    outputs = []
    for seed in ("1", "2"):
        docs = work / f"docs-{seed}"
        docs.mkdir(parents=True)
        subprocess.run([sys.executable, "-m", "generator", "generate", "--source", str(source),
                        "--docs", str(docs), "--build-date", "2026-11-25"], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, cwd=ROOT)
        outputs.append({p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()})
    assert outputs[0].keys() == outputs[1].keys()
    assert [k for k in outputs[0] if outputs[0][k] != outputs[1][k]] == []
