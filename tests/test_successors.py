"""Who is responsible today (issue 12): every body named on a task carries its 2025 successor,
merged provinces list the plans of the provinces merged into them, successors list the tasks
they inherited, and the open data says the same."""

import csv
import html
import re

import pytest

from conftest import MINI, ROOT
from generator.source.validate import check


@pytest.fixture(scope="module")
def dataset():
    ds, problems = check(ROOT / "source")
    assert not problems.errors
    return ds


def card(page_html: str, task_id: str) -> str:
    start = page_html.index(f'<div class="kh-task" id="{task_id}">')
    return page_html[start:page_html.index("</div>", start)]


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", fragment)))


def test_every_lead_on_a_task_card_carries_who_holds_it_today(real_site, dataset):
    checked = 0
    for plan in dataset.plans.values():
        page = (real_site / "site/ke-hoach" / f"{plan.id}.html").read_text(encoding="utf-8")
        for task in plan.tasks:
            body = text_of(card(page, task.id))
            for agency_id in task.lead:
                successor, province = dataset.holder_now(agency_id)
                name = dataset.agencies[agency_id].name
                if successor is not None:
                    assert f"{name} (nay là {successor.name}" in body, (plan.id, task.id)
                    checked += 1
                elif province is not None:
                    assert f"{name} (nay thuộc tỉnh {province.name}" in body, (plan.id, task.id)
                    checked += 1
                else:
                    assert f"{name} (nay" not in body
    assert checked > 100  # Kon Tum and Đắk Nông merged: most of their leads have a successor


def test_a_successor_link_goes_to_the_end_of_the_chain(real_site):
    page = (real_site / "site/ke-hoach/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    # Sở KH&ĐT Đắk Nông → Sở Tài chính Đắk Nông (2025) → Sở Tài chính Lâm Đồng (1/7/2025)
    found = re.search(r'>Sở Kế hoạch và Đầu tư tỉnh Đắk Nông</a> <span class="kh-now">\(nay là <a href="([^"]+)">', page)
    assert found and found.group(1).endswith("co-quan/so-tai-chinh-lam-dong.html")


def test_unknown_successor_is_said_not_left_blank(real_site, dataset):
    # Cục Thuế tỉnh Kon Tum: Kon Tum merged into Quảng Ngãi, and the tax offices were reorganised by region
    # in 2025: no successor body recorded here
    assert dataset.agencies["cuc-thue-kon-tum"].successor is None
    page = text_of((real_site / "site/ke-hoach/kon-tum-2023-kh-nq09.html").read_text(encoding="utf-8"))
    assert "Cục Thuế tỉnh Kon Tum (nay thuộc tỉnh Quảng Ngãi; chưa xác định cơ quan kế nhiệm)" in page
    # the provincial bodies of the merged provinces that merged with their namesakes are named (issue 12)
    assert "Liên minh Hợp tác xã tỉnh Kon Tum (nay là Liên minh Hợp tác xã tỉnh Quảng Ngãi)" in page
    assert "Công an tỉnh Kon Tum (nay là Công an tỉnh Quảng Ngãi)" in page


def test_task_tables_show_the_successor_too(real_site):
    page = text_of((real_site / "site/co-quan/so-ke-hoach-dau-tu-dak-nong.html").read_text(encoding="utf-8"))
    assert "Sở Kế hoạch và Đầu tư tỉnh Đắk Nông (nay là Sở Tài chính tỉnh Lâm Đồng)" in page


def test_merged_into_province_lists_the_former_provinces_plans(real_site):
    page = text_of((real_site / "site/tinh/lam-dong.html").read_text(encoding="utf-8"))
    assert "Kế hoạch của các tỉnh trước đây (1)" in page
    assert "Kế hoạch 127/KH-UBND — Đắk Nông, 2023" in page
    page = text_of((real_site / "site/tinh/quang-ngai.html").read_text(encoding="utf-8"))
    assert "Kế hoạch của các tỉnh trước đây (2)" in page  # Kon Tum 2018 and 2023


def test_successor_page_lists_inherited_tasks(real_site, dataset):
    page = (real_site / "site/co-quan/so-tai-chinh-lam-dong.html").read_text(encoding="utf-8")
    inherited = dataset.inherited_lead["so-tai-chinh-lam-dong"]
    own = {(r.plan.id, r.task.id) for a in ("so-tai-chinh-dak-nong", "so-ke-hoach-dau-tu-dak-nong")
           for r in dataset.lead_tasks.get(a, [])}
    assert {(r.plan.id, r.task.id) for r in inherited} == own and own
    assert f"Nhiệm vụ tiếp nhận: chủ trì ({len(own)})" in text_of(page)
    for plan_id, task_id in own:
        assert f'href="../ke-hoach/{plan_id}.html#{task_id}"' in page


def test_open_data_names_who_holds_each_lead_today(real_site, dataset):
    with (real_site / "site/data/nhiem-vu.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        lead = row["ma_co_quan_chu_tri"].split("|")
        now = row["ma_co_quan_chu_tri_hien_nay"].split("|")
        assert len(now) == len(lead)
        for old, new in zip(lead, now):
            successor, province = dataset.holder_now(old)
            assert new == (successor.id if successor else "" if province else old)
    by_id = {r["ma_nhiem_vu"]: r for r in rows if r["ma_ke_hoach"] == "dak-nong-2023-kh-127"}
    assert "so-tai-chinh-lam-dong" in {a for r in by_id.values() for a in r["ma_co_quan_chu_tri_hien_nay"].split("|")}
    with (real_site / "site/data/co-quan.csv").open(encoding="utf-8", newline="") as f:
        agencies = {r["ma_co_quan"]: r for r in csv.DictReader(f)}
    assert agencies["so-ke-hoach-dau-tu-dak-nong"]["ma_co_quan_dam_nhan_hien_nay"] == "so-tai-chinh-lam-dong"
    assert agencies["lien-minh-htx-kon-tum"]["ma_tinh_hien_nay"] == "quang-ngai"


def test_mini_unknown_successor_in_a_merged_province():
    ds, problems = check(MINI)
    assert not problems.errors
    successor, province = ds.holder_now("so-ke-hoach-dau-tu-thu-nghiem")
    # chain ends at Sở Tài chính Thử Nghiệm, whose province merged into Tỉnh Mới
    assert successor.id == "so-tai-chinh-thu-nghiem" and province.id == "tinh-moi"
    assert ds.holder_now("ubnd-thu-nghiem") == (None, ds.provinces["tinh-moi"])


def test_the_finder_names_todays_holder_and_filters_by_it(browser, server):
    """Issue 12: in the finder, each body carries who holds its duties today, and choosing today's body
    (Sở Tài chính tỉnh Lâm Đồng) finds the 2023 Đắk Nông tasks it inherited."""
    page = browser.new_page(viewport={"width": 360, "height": 780})
    page.goto(server + "/tra-cuu/index.html?tinh=dak-nong&co-quan=so-tai-chinh-lam-dong")
    page.wait_for_selector("#kh-finder[data-loaded]")
    rows = page.locator("table.kh-finder-table tbody tr")
    assert rows.count() > 0
    for text in rows.all_text_contents():  # cards below the screen are not rendered (content-visibility)
        assert "(nay là Sở Tài chính tỉnh Lâm Đồng)" in text
    assert "Sở Tài chính tỉnh Lâm Đồng" in page.locator(".kh-finder__chips").inner_text()
    page.close()


def test_the_finder_offers_todays_province_for_the_plans_of_the_one_it_took_in(browser, server):
    """Issue 12: a citizen of Lâm Đồng today picks Lâm Đồng in the finder and gets Đắk Nông's tasks."""
    page = browser.new_page(viewport={"width": 360, "height": 780})
    page.goto(server + "/tra-cuu/index.html")
    page.wait_for_selector("#kh-finder[data-loaded]")
    options = page.locator("#kh-f-tinh option").all_text_contents()
    assert "Lâm Đồng — nay gồm Đắk Nông (78)" in options and "Quảng Ngãi — nay gồm Kon Tum (66)" in options
    assert "Đắk Nông (78)" in options
    page.goto(server + "/tra-cuu/index.html?tinh=lam-dong")
    page.wait_for_selector("#kh-finder[data-loaded]")
    assert page.locator(".kh-finder__status").inner_text().startswith("78 / 236")
    provinces = page.locator("table.kh-finder-table tbody tr").evaluate_all("rs => rs.map(r => r.dataset.province)")
    assert set(provinces) == {"dak-nong"}
    page.close()
