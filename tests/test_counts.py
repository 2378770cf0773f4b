"""Counts established by reading each original: a lost or merged row fails here.

Numbers come from reading the documents (see each plan's notes); the tests
compare them with what ``source/`` holds, and, where the layout allows, with
what a mechanical count of the raw text gives.
"""

import re
from collections import Counter
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent

#: plan id → (body tasks, appendix rows, targets, appendix rows per group)
READ = {
    "kon-tum-2023-kh-nq09": (51, 0, 11, {}),
    "dak-nong-2023-kh-127": (52, 26, 14, {"I": 3, "II": 14, "III": 2, "IV": 4, "V": 3}),
    "gia-lai-2023-kh-nq09": (29, 41, 0, {"I": 9, "II": 21, "III": 6, "IV": 2, "V": 3}),
    "kon-tum-2018-cv-htx": (15, 0, 28, {}),
    "dak-lak-2020-kh-kl70": (22, 0, 5, {}),
}


@pytest.fixture(scope="module")
def plans():
    from generator.source.validate import check

    dataset, problems = check(ROOT / "source")
    assert not problems.errors, problems.errors[:3]
    return dataset.plans


def test_every_plan_is_counted(plans):
    assert sorted(plans) == sorted(READ)


@pytest.mark.parametrize("plan_id", sorted(READ))
def test_tasks_rows_and_targets(plans, plan_id):
    body, appendix, targets, per_group = READ[plan_id]
    plan = plans[plan_id]
    parts = Counter(task.place.part for task in plan.tasks)
    assert (parts["body"], parts["appendix"], len(plan.targets)) == (body, appendix, targets)
    groups = Counter(t.place.appendix_group for t in plan.tasks if t.place.part == "appendix")
    assert dict(groups) == per_group


def test_dak_nong_appendix_rows_match_the_tab_separated_table(plans):
    raw = (ROOT / "source" / "raw" / "001_871ca0cd701cc8d8.txt").read_text(encoding="utf-8")
    table = raw[raw.index("PHỤ LỤC"):]
    rows = [line for line in table.splitlines() if re.match(r"\d+\t", line)]
    entered = [t for t in plans["dak-nong-2023-kh-127"].tasks if t.place.part == "appendix"]
    assert len(rows) == len(entered)


def test_gia_lai_appendix_rows_are_numbered_one_to_forty_one(plans):
    rows = [int(t.place.appendix_row) for t in plans["gia-lai-2023-kh-nq09"].tasks if t.place.part == "appendix"]
    assert rows == list(range(1, 42))


def test_kon_tum_2018_district_quotas_add_up(plans):
    plan = plans["kon-tum-2018-cv-htx"]
    by_id = {t.id: t for t in plan.targets}
    parts = Counter()
    for t in plan.targets:
        if t.parent:
            parts[t.parent] += t.value
    assert parts, "the letter's footnotes split targets per district"
    for parent, total in parts.items():
        assert total == by_id[parent].value, parent
