"""The compact search index read by the site's search worker.

One record per plan, task, target, agency, legal document, topic and
province.  The abbreviation table travels with the index: the worker adds
to each record the folded abbreviations and long forms its text implies (a
task mentioning "hợp tác xã" gets ``htx``; one mentioning "HTX" gets
``hop tac xa``), so either form of a query finds it; ``alternatives()`` is
the same rule in Python (tests compare the two).  Matching, ranking and
highlighting happen in ``theme_overrides/assets/javascripts/kehoach-search.js``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from . import urls
from .dataset import Dataset
from .labels import DOC_TYPE, PLAN_KIND, SEARCH_KIND, label
from .vi import fold

ABBREVIATIONS = Path(__file__).parent / "data" / "abbreviations.json"
INDEX_PATH = f"{urls.CHART_DIR}/search-index.js"

KIND_PLAN, KIND_TASK, KIND_TARGET, KIND_AGENCY, KIND_DOCUMENT, KIND_TOPIC, KIND_PROVINCE = "pncavdt"


@lru_cache(maxsize=1)
def _abbreviation_rules() -> list[tuple[str, re.Pattern, list[str], list[re.Pattern]]]:
    table = json.loads(ABBREVIATIONS.read_text(encoding="utf-8"))
    rules = []
    for short, longs in sorted(table.items()):
        if short.startswith("_"):
            continue
        short_f = fold(short)
        longs_f = [fold(x) for x in longs]
        rules.append((
            short_f, _word(short_f), longs_f, [_word(x) for x in longs_f],
        ))
    return rules


def _word(folded: str) -> re.Pattern:
    return re.compile(r"(?<![0-9a-z])" + re.escape(folded) + r"(?![0-9a-z])")


def alternatives(text: str) -> str:
    """Folded forms a query might use for what ``text`` says."""
    folded = fold(text)
    extra: list[str] = []
    for short, short_re, longs, long_res in _abbreviation_rules():
        if short_re.search(folded):
            extra.extend(longs)
        if any(r.search(folded) for r in long_res):
            extra.append(short)
    return " ".join(dict.fromkeys(extra))


def _page_url(path: str, anchor: str | None = None) -> str:
    return path[:-3] + ".html" + (f"#{anchor}" if anchor else "")


def payload(ds: Dataset) -> dict:
    """The index as column tables (gzip packs a column of texts much better than rows that mix
    texts and numbers: −21 % at national size).

    ``records``: columns ``kind``, ``title``, ``text``, ``url``, ``province`` (number or −1) for
    plans, targets, agencies, documents, topics and provinces.  ``tasks``: columns ``plan``
    (number), ``id`` (the anchor on the plan page), ``leads`` (agency numbers) and ``text``; the
    worker builds a task's title from its lead agencies and plan, its url from the plan's.
    """
    provinces = sorted(ds.provinces, key=lambda p: p)
    province_no = {pid: i for i, pid in enumerate(provinces)}
    agency_ids = sorted(ds.agencies)
    agency_no = {aid: i for i, aid in enumerate(agency_ids)}
    plans = ds.ordered_plans()

    def plan_title(plan) -> str:
        number = plan.number or label("khong_so")
        year = f", {plan.date.year}" if plan.date.year else ""
        return f"{PLAN_KIND[plan.kind]} {number} — {ds.provinces[plan.province].name}{year}"

    records: dict[str, list] = {"kind": [], "title": [], "text": [], "url": [], "province": []}
    tasks: dict[str, list] = {"plan": [], "id": [], "leads": [], "text": []}

    def add(kind, title, text, url, province=None):
        for key, value in zip(records, (kind, title, text, url, province_no.get(province, -1))):
            records[key].append(value)

    for number, plan in enumerate(plans):
        cited = " ".join(f"{DOC_TYPE[ds.documents[d].type]} {ds.documents[d].number or ''}" for d in plan.legal_basis)
        add(KIND_PLAN, plan_title(plan), f"{plan.subject or plan.title} {cited}", _page_url(urls.plan(plan.id)),
            plan.province)
        for task in plan.tasks:
            tasks["plan"].append(number)
            tasks["id"].append(urls.task_anchor(task.id))
            tasks["leads"].append([agency_no[a] for a in task.lead])
            tasks["text"].append(" ".join(filter(None, [task.text, task.output and f"Sản phẩm: {task.output}"])))
        for target in plan.targets:
            kind = ds.target_kinds[target.kind].name
            add(KIND_TARGET, f"{kind} — {ds.provinces[plan.province].name} {target.year or label('no_year')}", target.text,
                _page_url(urls.target(plan.id, target.id)), plan.province)
    for aid in agency_ids:
        agency = ds.agencies[aid]
        add(KIND_AGENCY, agency.name, " ".join(agency.variants), _page_url(urls.agency(aid)), agency.province)
    for doc in sorted(ds.documents.values(), key=lambda d: d.id):
        citing = " ".join(plan_title(p) for p in ds.citing_plans.get(doc.id, []))
        add(KIND_DOCUMENT, f"{DOC_TYPE[doc.type]} {doc.number or ''}".strip(),
            " ".join(filter(None, [doc.title, doc.issuer, citing])), _page_url(urls.document(doc.id)))
    for topic in sorted(ds.topics.values(), key=lambda t: t.id):
        add(KIND_TOPIC, topic.name, topic.description, _page_url(urls.topic(topic.id)))
    for pid in provinces:
        province = ds.provinces[pid]
        add(KIND_PROVINCE, f"Tỉnh {province.name}", province.note or "", _page_url(urls.province(pid)), pid)
    return {
        "v": 3,
        "kinds": SEARCH_KIND,
        "task_kind": KIND_TASK,
        "abbreviations": [[short, longs] for short, _, longs, _ in _abbreviation_rules()],
        "provinces": [ds.provinces[p].name for p in provinces],
        "agencies": [ds.agencies[a].name for a in agency_ids],
        "plans": [[plan_title(p), _page_url(urls.plan(p.id)), province_no[p.province]] for p in plans],
        "records": records,
        "tasks": tasks,
    }


def index_file(ds: Dataset) -> tuple[str, bytes]:
    data = json.dumps(payload(ds), ensure_ascii=False, separators=(",", ":"))
    # A script, not JSON: importScripts() also works from file:// (offline plugin's worker shim).
    return INDEX_PATH, f"self.KEHOACH_INDEX={data};\n".encode("utf-8")
