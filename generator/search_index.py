"""The compact search index read by the site's search worker.

One record per plan, task, target, agency, legal document, topic,
province and implementation report.  The abbreviation table travels with the index: the worker adds
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

from . import names, urls
from .dataset import Dataset
from .labels import PROVINCE_TITLE, SEARCH_KIND, label
from .vi import fold

DATA = Path(__file__).parent / "data"
ABBREVIATIONS = DATA / "abbreviations.json"
CONCEPTS = DATA / "concepts.json"
QUESTION_WORDS = DATA / "question_words.json"
INDEX_PATH = f"{urls.CHART_DIR}/search-index.js"

KIND_PLAN, KIND_TASK, KIND_TARGET, KIND_AGENCY, KIND_DOCUMENT, KIND_TOPIC, KIND_PROVINCE, KIND_REPORT = "pncavdtb"


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


def _compact(folded: str) -> str:
    """An abbreviation typed without its punctuation: "kh&dt" → "khdt", "ld-tb&xh" → "ldtbxh"."""
    return re.sub(r"[^0-9a-z]", "", folded)


#: a number printed with thousands dots ("4.200", "17.000"): also findable as typed without them
_GROUPED = re.compile(r"(?<![0-9.,])[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9]|[.,][0-9])")
#: a word with an apostrophe inside ("H'Drai", "Cư M'gar"): also findable typed without it
_APOSTROPHE = re.compile(r"(?<![0-9a-z'’])[0-9a-z]+(?:['’][0-9a-z]+)+")


def alternatives(text: str) -> str:
    """Folded forms a query might use for what ``text`` says: the abbreviation of a long form and
    its unpunctuated spelling, the long form of an abbreviation (punctuated or not), a grouped number
    without its dots, a word with an apostrophe without it.  The worker applies the same rule
    (``alternatives`` in kehoach-search.js; tests/test_fold.py compares them)."""
    folded = fold(text)
    extra: list[str] = []
    for short, short_re, longs, long_res in _abbreviation_rules():
        compact = _compact(short)
        if short_re.search(folded) or (compact != short and _word(compact).search(folded)):
            extra.extend(longs)
            if compact != short:
                extra.append(compact)
        if any(r.search(folded) for r in long_res):
            extra.append(short)
            if compact != short:
                extra.append(compact)
    extra.extend(m.group(0).replace(".", "") for m in _GROUPED.finditer(folded))
    extra.extend(re.sub("['’]", "", m.group(0)) for m in _APOSTROPHE.finditer(folded))
    return " ".join(dict.fromkeys(extra))


_TONE_KEYS = "sfrxj"
_FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y")
_VOWELS = "aeiouy"


def typed_readings(word: str) -> list[str]:
    """Folded readings of a word typed with a Vietnamese input method switched off: Telex
    ("hoox" → "ho", "trowj" → "tro", "ddaast" → "dat") and VNI ("ho64" → "ho", "d9at" → "dat").
    Only readings that differ from the folded word; the worker has the same rule (``readings``)."""
    w = fold(word)
    out: list[str] = []
    if re.fullmatch(r"[a-z]+[0-9][a-z0-9]*", w) and re.search(r"[a-z]", w):  # VNI: tone and shape digits
        vni = re.sub(r"[1-9]", "", w)
        if vni and vni != w and re.fullmatch(r"[a-z]+", vni):
            out.append(vni)
    if re.fullmatch(r"[a-z]+", w):
        t = w.replace("dd", "d")
        t = re.sub(r"(?<=[a-z])w", "", t)  # aw ow uw: breve / horn
        t = re.sub(r"^w", "u", t)  # w alone is ư
        t = re.sub(r"([aeo])\1", r"\1", t)  # aa ee oo: circumflex
        # a tone key after the vowels, before a final consonant or at the end: "hoox", "ddaast", "trowj"
        m = re.fullmatch(r"(.*[" + _VOWELS + r"][a-z]*?)([" + _TONE_KEYS + r"])", t)
        if not m:
            m = re.fullmatch(r"(.*[" + _VOWELS + r"])([" + _TONE_KEYS + r"])([a-z]*)", t)
        if m and (m.lastindex == 2 or m.group(3) in _FINALS):
            t = m.group(1) + (m.group(3) if m.lastindex == 3 else "")
        t = re.sub(r"(?<=[a-z])[fjz]", "", t)  # f, j, z are no Vietnamese letters
        if t and t != w:
            out.append(t)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _query_tables() -> tuple[dict, dict]:
    concepts = json.loads(CONCEPTS.read_text(encoding="utf-8"))
    concepts = {fold(k): [fold(v) for v in vs] for k, vs in sorted(concepts.items()) if not k.startswith("_")}
    words = json.loads(QUESTION_WORDS.read_text(encoding="utf-8"))
    particles = {"typed": [w.lower() for w in words["typed"]], "folded": [fold(w) for w in words["folded"]]}
    return concepts, particles


def abbreviation_table() -> list[list]:
    """The abbreviation table as the script reads it: [folded short form, [folded long forms]]."""
    return [[short, longs] for short, _, longs, _ in _abbreviation_rules()]


def search_tables() -> tuple[dict, dict]:
    """The query tables of the script: English words → Vietnamese terms, question words and particles."""
    return _query_tables()


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
    agency_ids = sorted(ds.agency_pages)  # the registry's other bodies have no page to find
    agency_no = {aid: i for i, aid in enumerate(agency_ids)}
    plans = ds.ordered_plans()

    def province_also(pid) -> str:
        """The province it is part of since the 2025 mergers ("lam dong" finds a Đắk Nông plan)."""
        now = ds.province_now(pid)
        return now.name if now.id != pid else ""

    def agency_also(aid) -> str:
        agency = ds.agencies[aid]
        names = [a.name for a in ds.successor_chain(aid)]
        if agency.province:
            names.append(province_also(agency.province))
        return " ".join(dict.fromkeys(filter(None, names)))

    def plan_also(plan) -> str:
        parts = [plan.signer.name if plan.signer else None, province_also(plan.province), agency_also(plan.issuer)]
        return " ".join(dict.fromkeys(filter(None, parts)))

    records: dict[str, list] = {"kind": [], "title": [], "text": [], "url": [], "province": [], "also": []}
    tasks: dict[str, list] = {"plan": [], "id": [], "leads": [], "text": []}

    def add(kind, title, text, url, province=None, also=""):
        for key, value in zip(records, (kind, title, text, url, province_no.get(province, -1), also)):
            records[key].append(value)

    for number, plan in enumerate(plans):
        cited = " ".join(names.document_name(ds.documents[d]) for d in plan.legal_basis)
        signer = f" {label('search_signer')}: {plan.signer.name}" if plan.signer and plan.signer.name else ""
        add(KIND_PLAN, names.plan_name(ds, plan), f"{plan.subject or plan.title} {cited}{signer}",
            _page_url(urls.plan(plan.id)), plan.province, plan_also(plan))
        for task in plan.tasks:
            tasks["plan"].append(number)
            tasks["id"].append(urls.task_anchor(task.id))
            tasks["leads"].append([agency_no[a] for a in task.lead])
            tasks["text"].append(" ".join(filter(None, [task.text, task.output and f"{label('output')}: {task.output}"])))
        for target in plan.targets:
            kind = ds.target_kinds[target.kind].name
            add(KIND_TARGET, f"{kind} — {ds.provinces[plan.province].name} {target.year or label('no_year')}", target.text,
                _page_url(urls.target(plan.id, target.id)), plan.province, province_also(plan.province))
    for report in ds.ordered_reports():
        # one record per report (its statuses are on its page): the index grows with documents, not lines
        title = names.report_name(ds, report)
        reported = " ".join(names.plan_name(ds, ds.plans[p]) for p in report.plans)
        signer = f" {label('search_signer')}: {report.signer.name}" if report.signer.name else ""
        add(KIND_REPORT, title, f"{report.subject or report.title} {reported}{signer}", _page_url(urls.report(report.id)),
            report.province, province_also(report.province))
    for aid in agency_ids:
        agency = ds.agencies[aid]
        add(KIND_AGENCY, agency.name, " ".join(agency.variants), _page_url(urls.agency(aid)), agency.province,
            agency_also(aid))
    for doc in sorted((ds.documents[d] for d in ds.document_pages), key=lambda d: d.id):
        citing = " ".join(names.plan_name(ds, p) for p in ds.citing_plans.get(doc.id, []))
        add(KIND_DOCUMENT, names.document_name(doc),
            " ".join(filter(None, [doc.title, doc.issuer, citing])), _page_url(urls.document(doc.id)))
    for topic in sorted(ds.topics.values(), key=lambda t: t.id):
        add(KIND_TOPIC, topic.name, topic.description, _page_url(urls.topic(topic.id)))
    for pid in provinces:
        # every province is found; one without a page leads to its line on the province list
        province = ds.provinces[pid]
        url = (_page_url(urls.province(pid)) if pid in ds.province_pages
               else _page_url(urls.PROVINCES, urls.province_anchor(ds.province_now(pid).id)))
        text = " ".join(filter(None, [*province.variants, province.former and province.former.name, province.note]))
        add(KIND_PROVINCE, f"{PROVINCE_TITLE[province.kind]} {province.name}", text, url, pid, province_also(pid))
    return {
        "v": 4,
        "kinds": SEARCH_KIND,
        "task_kind": KIND_TASK,
        "abbreviations": abbreviation_table(),
        "provinces": [ds.provinces[p].name for p in provinces],
        "concepts": search_tables()[0],
        "particles": search_tables()[1],
        "agencies": [ds.agencies[a].name for a in agency_ids],
        "agency_also": [agency_also(a) for a in agency_ids],
        "plans": [[names.plan_name(ds, p), _page_url(urls.plan(p.id)), province_no[p.province], plan_also(p)] for p in plans],
        "records": records,
        "tasks": tasks,
    }


def index_file(ds: Dataset) -> tuple[str, bytes]:
    data = json.dumps(payload(ds), ensure_ascii=False, separators=(",", ":"))
    # A script, not JSON: importScripts() also works from file:// (offline plugin's worker shim).
    return INDEX_PATH, f"self.KEHOACH_INDEX={data};\n".encode("utf-8")
