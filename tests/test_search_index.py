"""The search index holds every page a visitor can reach, and only those (generator/search/index.py).

Checked on the real data and on synthetic data large enough for the lists that span provinces to be
split into one page per province, and (34 provinces, 136 plans) for the legal documents to be listed by
kind and a document cited by many plans to list them by province (pages.py decides when; the index
follows the pages the build made).
"""

import datetime as dt
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import pages
from generator.labels import label
from generator.search.index import payload
from generator.source.validate import check

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 25)

#: one link away from an indexed page, and not indexed themselves: the later pages of a paged list, and a
#: province's deadlines of one year when its deadline list is split, and an agency's tasks of one role when too many for its page
NOT_INDEXED = re.compile(r"-trang-\d+\.md$|^thoi-han/tinh/[^/]+/[^/]+\.md$|^co-quan/(?!tinh/|loai/)[^/]+/[^/]+\.md$")


SYNTH = {"split": ["--provinces", "5", "--plans", "5", "--tasks", "24"],
         "many-plans": ["--provinces", "34", "--plans", "4", "--tasks", "5"]}


@pytest.fixture(scope="module", params=["real", "split", "many-plans"])
def built(request, tmp_path_factory):
    if request.param == "real":
        source = ROOT / "source"
    else:
        source = tmp_path_factory.mktemp("synth") / "source"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(source), *SYNTH[request.param]],
                       check=True, capture_output=True)
    ds = check(source)[0]
    made = {path: content for path, content in pages.all_pages(ds, TODAY) if path.endswith(".md")}
    return request.param, ds, made, payload(ds, set(made), TODAY)


def indexed(data) -> set[str]:
    """Page paths (docs/ .md) of every record and task of the index."""
    found = {url.split("#")[0] for url in data["records"]["url"]} | {plan[1] for plan in data["plans"]}
    return {url[:-5] + ".md" for url in found}


def test_every_page_the_build_makes_is_in_the_index(built):
    name, ds, made, data = built
    missing = sorted(p for p in made if not NOT_INDEXED.search(p) and p not in indexed(data))
    assert missing == []
    if name == "split":  # the lists split by province are there, each page under its own title
        kinds = {p.split("/")[0] + "/" + p.split("/")[1] for p in made if p.count("/") == 2}
        assert {"chi-tieu/tinh", "chi-tieu/loai", "chu-de/chinh-sach-phap-luat", "thoi-han/tinh", "tra-cuu/tinh"} <= kinds
    if name == "many-plans":  # documents by kind, a document's citing plans by province, reports, their originals
        assert any(p.startswith("van-ban/loai/") for p in made)
        assert any(re.match(r"van-ban/[^/]+/tinh/", p) for p in made)
        assert any(p.startswith("bao-cao/") for p in made) and any(p.startswith("van-ban-goc/bao-cao/") for p in made)


def test_the_index_points_only_at_pages_the_build_makes(built):
    _, _, made, data = built
    assert indexed(data) - set(made) == set()


def test_without_the_pages_made_no_split_list_is_indexed():
    """Whether a list is split by province is pages.py's decision: without the pages made, the index leaves out
    every page that exists only when a list is split (and still holds the pages every site has)."""
    ds = check(ROOT / "source")[0]
    urls_ = set(payload(ds)["records"]["url"])
    assert not any(u.startswith(("co-quan/tinh/", "chu-de/chinh-sach-phap-luat/", "thoi-han/tinh/")) for u in urls_)
    assert {"thoi-han/index.html", "tra-cuu/index.html", "co-quan/loai/so-tai-chinh.html"} <= urls_


def test_pages_that_list_records_are_titled_as_their_headings(built):
    """A kind of target or agency, the deadlines, the finder, an original and a province's part of a list: the
    index's title is the page's heading (the text a visitor sees there and types)."""
    _, ds, made, data = built
    heading = re.compile(r"^# (.+?)(?: \{ #[^}]*\})?$", re.M)
    checked = 0
    for kind, url, title in zip(data["records"]["kind"], data["records"]["url"], data["records"]["title"]):
        if kind in "kyos":
            shown = html.unescape(heading.search(made[url[:-5] + ".md"]).group(1).replace("\\", ""))
            assert re.sub(rf" \({label('page_n')} 1/\d+\)$", "", shown) == title, url  # a paged list's first page
            checked += 1
    assert checked > 30


def test_deadline_pages_are_indexed_with_what_they_say_as_of_the_build_date(built):
    """The deadline page and each province's say how many deadlines have passed as of the build date (the word
    "quá hạn" included): their records hold that sentence, so "nhiệm vụ quá hạn <tỉnh>" finds the province's page."""
    _, _, made, data = built
    records = dict(zip(data["records"]["url"], data["records"]["text"]))
    found = 0
    for path, page in made.items():
        if path == "thoi-han/index.md" or re.fullmatch(r"thoi-han/tinh/[^/]+\.md", path):
            said = records[path[:-3] + ".html"]
            assert "quá hạn" in said and said.split(". ", 1)[1].split(" nhiệm vụ")[0] in html.unescape(page), path
            found += 1
    assert found >= 2
