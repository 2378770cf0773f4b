"""The compact search index read by the site's search worker.

One record per plan, task, target, agency, legal document, topic and
province: ``[kind, title, text, url, province, alt]``.  ``alt`` holds the
folded abbreviations and long forms that the record's text implies (a task
mentioning "hợp tác xã" gets ``htx``; one mentioning "HTX" gets
``hop tac xa``), so either form of a query finds it.  Matching, ranking and
highlighting happen in ``theme_overrides/assets/javascripts/kehoach-search.js``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from . import urls
from .dataset import Dataset
from .labels import DOC_TYPE, PLAN_KIND, SEARCH_KIND
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


def records(ds: Dataset) -> list[list]:
    out: list[list] = []

    def add(kind, title, text, url, province=""):
        alt = alternatives(f"{title} {text}")
        out.append([kind, title, text, url, province, alt])

    def plan_title(plan) -> str:
        number = plan.number or "(không số)"
        year = f", {plan.date.year}" if plan.date.year else ""
        return f"{PLAN_KIND[plan.kind]} {number} — {ds.provinces[plan.province].name}{year}"

    for plan in ds.ordered_plans():
        province = ds.provinces[plan.province].name
        cited = " ".join(
            f"{DOC_TYPE[ds.documents[d].type]} {ds.documents[d].number or ''}" for d in plan.legal_basis
        )
        add(KIND_PLAN, plan_title(plan), f"{plan.subject or plan.title} {cited}", _page_url(urls.plan(plan.id)), province)
        for task in plan.tasks:
            leads = ", ".join(ds.agencies[a].name for a in task.lead)
            text = " ".join(filter(None, [task.text, task.output and f"Sản phẩm: {task.output}"]))
            add(KIND_TASK, f"{leads} — {plan_title(plan)}", text,
                _page_url(urls.plan(plan.id), urls.task_anchor(task.id)), province)
        for target in plan.targets:
            kind = ds.target_kinds[target.kind].name
            add(KIND_TARGET, f"{kind} — {province} {target.year}", target.text,
                _page_url(urls.target(plan.id, target.id)), province)
    for agency in ds.agencies.values():
        province = ds.provinces[agency.province].name if agency.province else ""
        add(KIND_AGENCY, agency.name, " ".join(agency.variants), _page_url(urls.agency(agency.id)), province)
    for doc in ds.documents.values():
        citing = " ".join(plan_title(p) for p in ds.citing_plans.get(doc.id, []))
        add(KIND_DOCUMENT, f"{DOC_TYPE[doc.type]} {doc.number or ''}".strip(),
            " ".join(filter(None, [doc.title, doc.issuer, citing])), _page_url(urls.document(doc.id)))
    for topic in ds.topics.values():
        add(KIND_TOPIC, topic.name, topic.description, _page_url(urls.topic(topic.id)))
    for province in ds.provinces.values():
        add(KIND_PROVINCE, f"Tỉnh {province.name}", province.note or "", _page_url(urls.province(province.id)))
    return out


def index_file(ds: Dataset) -> tuple[str, bytes]:
    payload = json.dumps({"v": 1, "kinds": SEARCH_KIND, "records": records(ds)}, ensure_ascii=False, separators=(",", ":"))
    # A script, not JSON: importScripts() also works from file:// (offline plugin's worker shim).
    return INDEX_PATH, f"self.KEHOACH_INDEX={payload};\n".encode("utf-8")
