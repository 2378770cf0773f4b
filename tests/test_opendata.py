"""The open data in the built site, reloaded from CSV/JSON, says what source/ says."""

import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dataset():
    from generator.source.validate import check

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
        plan, task = source[(row["ma_ke_hoach"], row["ma_nhiem_vu"])]
        assert row["noi_dung"] == task.text
        assert row["ma_tinh"] == plan.province and row["phan"] == task.place.part
        assert row["ma_co_quan_chu_tri"].split("|") == task.lead
        assert (row["ma_co_quan_phoi_hop"].split("|") if row["ma_co_quan_phoi_hop"] else []) == task.cooperating
        assert row["san_pham"] == (task.output or "") and row["loai_thoi_han"] == task.deadline.kind
        assert row["thoi_han_nhu_in"] == (task.deadline.printed or "")
        assert row["nam_thoi_han"] == (str(task.deadline.year) if task.deadline.year else "")
        assert row["dong_van_ban_goc"].isdigit()  # every task is traced to a line of the original


def test_targets_csv_matches_source(real_site, dataset):
    rows = read_csv(real_site / "site" / "data" / "chi-tieu.csv")
    source = {(p.id, t.id): t for p in dataset.plans.values() for t in p.targets}
    assert len(rows) == len(source)
    for row in rows:
        target = source[(row["ma_ke_hoach"], row["ma_chi_tieu"])]
        assert float(row["gia_tri"]) == target.value and row["don_vi"] == target.unit
        assert row["so_sanh"] == target.comparator and row["noi_dung"] == target.text
        assert row["nam"] == (str(target.year) if target.year is not None else "")


def test_plans_agencies_documents_csv(real_site, dataset):
    data = real_site / "site" / "data"
    plans = {r["ma_ke_hoach"]: r for r in read_csv(data / "ke-hoach.csv")}
    assert set(plans) == set(dataset.plans)
    for pid, plan in dataset.plans.items():
        assert int(plans[pid]["so_nhiem_vu"]) == len(plan.tasks) and plans[pid]["so_hieu"] == (plan.number or "")
        assert plans[pid]["ma_van_ban_can_cu"].split("|") == plan.legal_basis
        assert plans[pid]["nam"] == str(plan.date.year or "")  # printed year only
        assert plans[pid]["nam_suy_ra"] == str(plan.date.inferred_year or "")
    agencies = {r["ma_co_quan"]: r for r in read_csv(data / "co-quan.csv")}
    assert set(agencies) == set(dataset.agencies)
    for aid, agency in dataset.agencies.items():
        assert agencies[aid]["ten"] == agency.name
        assert agencies[aid]["ma_co_quan_ke_nhiem"] == (agency.successor.agency if agency.successor else "")
    documents = {r["ma_van_ban"]: r for r in read_csv(data / "van-ban.csv")}
    assert set(documents) == set(dataset.documents)
    assert documents["202-2025-qh15"]["ghi_chu"] == dataset.documents["202-2025-qh15"].note


def test_every_province_and_central_body_of_the_registry_is_open_data(real_site, dataset):
    """Pages exist only where there is something to show; the whole registry is in the data (issue 11)."""
    data = real_site / "site" / "data"
    provinces = {r["ma_tinh"]: r for r in read_csv(data / "tinh.csv")}
    assert set(provinces) == set(dataset.provinces) and len(provinces) == 63
    for pid, province in dataset.provinces.items():
        row = provinces[pid]
        assert (row["ten"], row["loai_don_vi"], row["ma_tinh_hop_nhat_vao"], row["can_cu_hop_nhat"]) == (
            province.name, province.kind, province.merged_into or "", province.merger_basis or "")
        assert row["ngay_hop_nhat"] == (province.merged_on.isoformat() if province.merged_on else "")
        assert row["ma_tinh_hien_nay"] == dataset.province_now(pid).id
        assert row["ten_truoc_day"] == (province.former.name if province.former else "")
    now = [r for r in provinces.values() if not r["ma_tinh_hop_nhat_vao"]]
    assert len(now) == 34 and sum(r["loai_don_vi"] == "thanh-pho-trung-uong" for r in now) == 6
    assert provinces["hue"]["ten_truoc_day"] == "Thừa Thiên Huế" and provinces["hue"]["ngay_thay_doi"] == "2025-01-01"
    agencies = {r["ma_co_quan"]: r for r in read_csv(data / "co-quan.csv")}
    assert agencies["bo-ke-hoach-dau-tu"]["ma_co_quan_ke_nhiem"] == "bo-tai-chinh"
    assert agencies["bo-ke-hoach-dau-tu"]["can_cu_ke_nhiem"] == "176-2025-qh15"
    assert {aid for aid, r in agencies.items() if r["loai_co_quan"] in ("bo", "co-quan-ngang-bo") and not r["ma_co_quan_ke_nhiem"]} == {
        "bo-quoc-phong", "bo-cong-an", "bo-ngoai-giao", "bo-noi-vu", "bo-tu-phap", "bo-tai-chinh", "bo-cong-thuong",
        "bo-nong-nghiep-moi-truong", "bo-xay-dung", "bo-van-hoa-the-thao-du-lich", "bo-khoa-hoc-cong-nghe",
        "bo-giao-duc-dao-tao", "bo-y-te", "bo-dan-toc-ton-giao", "ngan-hang-nha-nuoc", "thanh-tra-chinh-phu",
        "van-phong-chinh-phu"}  # 14 ministries and 3 ministry-level agencies from 1/3/2025 (Nghị quyết 176/2025/QH15)
    for aid, agency in dataset.agencies.items():
        assert agencies[aid]["ma_co_quan_cap_tren"] == (agency.parent or "")


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
        assert [r["ma_nhiem_vu"] for r in rows] == [t.id for t in plan.tasks]
        bundle = json.loads((real_site / "site" / "data" / "ke-hoach" / f"{plan.id}.json").read_text(encoding="utf-8"))
        assert bundle["ke_hoach"]["ma_ke_hoach"] == plan.id and len(bundle["chi_tieu"]) == len(plan.targets)


def test_data_package_passes_the_frictionless_validator(real_site):
    """Data users' tools read the package with frictionless: it must validate there, not only here."""
    from frictionless import validate

    report = validate(str(real_site / "site" / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["title", "note"])[:10]


_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnptiyou])?")


def test_every_column_is_named_in_vietnamese(real_site):
    """Column names are Vietnamese words without marks (ma_ke_hoach), one name per column within a file,
    the same name for the same column in the finder's download (issue 12: headers were English)."""
    assert not any(_SYLLABLE.fullmatch(w) for w in ("plan", "task", "id", "status", "kind", "text", "value", "year"))
    package = json.loads((real_site / "site" / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert len(names) == len(set(names)), resource["name"]
        for name in names:
            assert all(_SYLLABLE.fullmatch(w) for w in name.split("_")), (resource["name"], name)
    finder = (real_site / "site" / "assets" / "javascripts" / "kehoach-finder.js").read_text(encoding="utf-8")
    head = json.loads(re.search(r"var head = (\[[^\]]*\])", finder).group(1))
    tasks = [f["name"] for r in package["resources"] if r["name"] == "nhiem-vu" for f in r["schema"]["fields"]]
    # the finder's columns are the open data's, except three it writes as words (names, the deadline as shown)
    assert set(head) - set(tasks) == {"co_quan_chu_tri", "co_quan_phoi_hop", "thoi_han"}
