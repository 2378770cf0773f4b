"""The open data in the built site, reloaded from CSV/JSON, says what source/ says."""

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dataset():
    from generator.validate import check

    ds, problems = check(ROOT / "source")
    assert not problems.errors
    return ds


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_tasks_csv_matches_source(real_site, dataset):
    rows = read_csv(real_site / "site" / "data" / "nhiem-vu.csv")
    source = {(p.id, t.id): (p, t) for p in dataset.plans.values() for t in p.tasks}
    assert len(rows) == len(source) == 236
    for row in rows:
        plan, task = source[(row["plan_id"], row["task_id"])]
        assert row["text"] == task.text
        assert row["province_id"] == plan.province and row["part"] == task.place.part
        assert row["lead_ids"].split("|") == task.lead
        assert (row["cooperating_ids"].split("|") if row["cooperating_ids"] else []) == task.cooperating
        assert row["output"] == (task.output or "") and row["deadline_kind"] == task.deadline.kind
        assert row["deadline_printed"] == (task.deadline.printed or "")
        assert row["deadline_year"] == (str(task.deadline.year) if task.deadline.year else "")
        assert row["source_line"].isdigit()  # every task is traced to a line of the original


def test_targets_csv_matches_source(real_site, dataset):
    rows = read_csv(real_site / "site" / "data" / "chi-tieu.csv")
    source = {(p.id, t.id): t for p in dataset.plans.values() for t in p.targets}
    assert len(rows) == len(source)
    for row in rows:
        target = source[(row["plan_id"], row["target_id"])]
        assert float(row["value"]) == target.value and row["unit"] == target.unit
        assert row["comparator"] == target.comparator and row["text"] == target.text
        assert row["year"] == (str(target.year) if target.year is not None else "")


def test_plans_agencies_documents_csv(real_site, dataset):
    data = real_site / "site" / "data"
    plans = {r["plan_id"]: r for r in read_csv(data / "ke-hoach.csv")}
    assert set(plans) == set(dataset.plans)
    for pid, plan in dataset.plans.items():
        assert int(plans[pid]["tasks"]) == len(plan.tasks) and plans[pid]["number"] == (plan.number or "")
        assert plans[pid]["legal_basis_ids"].split("|") == plan.legal_basis
        assert plans[pid]["year"] == str(plan.date.year or "")  # printed year only
        assert plans[pid]["year_inferred"] == str(plan.date.inferred_year or "")
    agencies = {r["agency_id"]: r for r in read_csv(data / "co-quan.csv")}
    assert set(agencies) == set(dataset.agencies)
    for aid, agency in dataset.agencies.items():
        assert agencies[aid]["name"] == agency.name
        assert agencies[aid]["successor_id"] == (agency.successor.agency if agency.successor else "")
    documents = {r["document_id"]: r for r in read_csv(data / "van-ban.csv")}
    assert set(documents) == set(dataset.documents)
    assert documents["202-2025-qh15"]["note"] == dataset.documents["202-2025-qh15"].note


def test_every_province_and_central_body_of_the_registry_is_open_data(real_site, dataset):
    """Pages exist only where there is something to show; the whole registry is in the data (issue 11)."""
    data = real_site / "site" / "data"
    provinces = {r["province_id"]: r for r in read_csv(data / "tinh.csv")}
    assert set(provinces) == set(dataset.provinces) and len(provinces) == 63
    for pid, province in dataset.provinces.items():
        row = provinces[pid]
        assert (row["name"], row["kind"], row["merged_into_id"], row["merger_basis"]) == (
            province.name, province.kind, province.merged_into or "", province.merger_basis or "")
        assert row["merged_on"] == (province.merged_on.isoformat() if province.merged_on else "")
        assert row["now_id"] == dataset.province_now(pid).id
        assert row["former_name"] == (province.former.name if province.former else "")
    now = [r for r in provinces.values() if not r["merged_into_id"]]
    assert len(now) == 34 and sum(r["kind"] == "thanh-pho-trung-uong" for r in now) == 6
    assert provinces["hue"]["former_name"] == "Thừa Thiên Huế" and provinces["hue"]["changed_on"] == "2025-01-01"
    agencies = {r["agency_id"]: r for r in read_csv(data / "co-quan.csv")}
    assert agencies["bo-ke-hoach-dau-tu"]["successor_id"] == "bo-tai-chinh"
    assert agencies["bo-ke-hoach-dau-tu"]["successor_basis"] == "176-2025-qh15"
    assert {aid for aid, r in agencies.items() if r["kind"] in ("bo", "co-quan-ngang-bo") and not r["successor_id"]} == {
        "bo-quoc-phong", "bo-cong-an", "bo-ngoai-giao", "bo-noi-vu", "bo-tu-phap", "bo-tai-chinh", "bo-cong-thuong",
        "bo-nong-nghiep-moi-truong", "bo-xay-dung", "bo-van-hoa-the-thao-du-lich", "bo-khoa-hoc-cong-nghe",
        "bo-giao-duc-dao-tao", "bo-y-te", "bo-dan-toc-ton-giao", "ngan-hang-nha-nuoc", "thanh-tra-chinh-phu",
        "van-phong-chinh-phu"}  # 14 ministries and 3 ministry-level agencies from 1/3/2025 (Nghị quyết 176/2025/QH15)
    for aid, agency in dataset.agencies.items():
        assert agencies[aid]["parent_id"] == (agency.parent or "")


def test_json_equals_csv_and_the_package_describes_every_column(real_site):
    data = real_site / "site" / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package" and package["licenses"][0]["name"] == "CC-BY-4.0"
    for resource in package["resources"]:
        rows = read_csv(data / resource["path"])
        with (data / resource["path"]).open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))  # also where a table has no rows yet (reports)
        assert header == [f["name"] for f in resource["schema"]["fields"]]
        assert all(f["description"] for f in resource["schema"]["fields"])
        as_json = json.loads((data / resource["path"].replace(".csv", ".json")).read_text(encoding="utf-8"))
        assert len(as_json) == len(rows)
        for row, obj in zip(rows, as_json):
            assert row == {k: "" if obj[k] is None else str(obj[k]) for k in header}


def test_per_plan_files(real_site, dataset):
    for plan in dataset.plans.values():
        rows = read_csv(real_site / "site" / "data" / "ke-hoach" / f"{plan.id}.csv")
        assert [r["task_id"] for r in rows] == [t.id for t in plan.tasks]
        bundle = json.loads((real_site / "site" / "data" / "ke-hoach" / f"{plan.id}.json").read_text(encoding="utf-8"))
        assert bundle["plan"]["plan_id"] == plan.id and len(bundle["targets"]) == len(plan.targets)


def test_data_package_passes_the_frictionless_validator(real_site):
    """Data users' tools read the package with frictionless: it must validate there, not only here."""
    from frictionless import validate

    report = validate(str(real_site / "site" / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["title", "note"])[:10]
