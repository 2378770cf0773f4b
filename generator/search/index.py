"""The compact search index read by the site's search worker.

One record per plan, task, target, agency, legal document, topic,
province and implementation report, and one per page that lists or compares
them (a kind of target across provinces, a kind of agency, the deadlines, a
province's part of a long list, an original text, the sections' index pages):
every page a visitor can reach is findable by its title.  The abbreviation table travels
with the index: the worker adds
to each record the folded abbreviations and long forms its text implies (a
task mentioning "hợp tác xã" gets ``htx``; one mentioning "HTX" gets
``hop tac xa``), so either form of a query finds it; ``alternatives()`` is
the same rule in Python (tests compare the two).  Matching, ranking and
highlighting happen in ``theme_overrides/assets/javascripts/kehoach-search.js``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from .. import urls
from ..labels import DOC_TYPE, PROVINCE_KIND, PROVINCE_TITLE, SEARCH_KIND, label
from ..site import names
from ..site.markup import glossary
from ..source.dataset import Dataset
from ..vi import fold, format_date

DATA = Path(__file__).parent.parent / "data"
CONCEPTS = DATA / "concepts.json"
QUESTION_WORDS = DATA / "question_words.json"
INDEX_PATH = f"{urls.CHART_DIR}/search-index.js"

KIND_PLAN, KIND_TASK, KIND_TARGET, KIND_AGENCY, KIND_DOCUMENT, KIND_TOPIC, KIND_PROVINCE, KIND_REPORT = "pncavdtb"
#: pages about many records: a kind of target compared across provinces, a kind of agency, a plan's
#: original text, and lists (the sections' index pages, deadlines, a province's part of a long list)
KIND_TARGET_KIND, KIND_AGENCY_TYPE, KIND_ORIGINAL, KIND_LIST = "kyos"
#: a term of the glossary (its line on the glossary page: abbreviation, long form, explanation)
KIND_TERM = "g"


def abbreviations() -> dict[str, list[str]]:
    """The search's abbreviations, derived from the glossary (generator/data/glossary.json, the one table of
    abbreviations): each printed spelling of an abbreviation ('abbr' and its 'forms'), folded → the folded long
    form and its other printed spellings ('also')."""
    table: dict[str, list[str]] = {}
    for term in glossary():
        longs = list(dict.fromkeys(fold(x) for x in [term["long"], *term.get("also", [])]))
        for short in [term["abbr"], *term.get("forms", [])]:
            table[fold(short)] = list(dict.fromkeys([*table.get(fold(short), []), *longs]))
    return dict(sorted(table.items()))


@lru_cache(maxsize=1)
def _abbreviation_rules() -> list[tuple[str, re.Pattern, list[str], list[re.Pattern]]]:
    return [(short, _word(short), longs, [_word(x) for x in longs]) for short, longs in abbreviations().items()]


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
#: finals a tone key may come before; "k" ends the Central Highlands' place names ("Đắk", "Lắk": "ddawsk")
_FINALS = ("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y")
_VOWELS = "aeiouy"


#: VNI keys: 1-5 a tone (on a vowel), 6 â ê ô, 7 ơ ư, 8 ă, 9 đ; each needs a letter it can mark
_VNI_NEEDS = {"1": "aeiouy", "2": "aeiouy", "3": "aeiouy", "4": "aeiouy", "5": "aeiouy", "6": "aeo", "7": "ou", "8": "a",
              "9": "d"}


def _vni_word(w: str) -> bool:
    """A word VNI could have typed: each key digit once, one tone at most, each on a letter it marks
    ("ho64", "d9a61t"; not "nq09", "nd98", "kh127": a document's kind and number)."""
    if not re.fullmatch(r"[a-z]+[1-9][a-z1-9]*", w):
        return False
    letters, digits = re.sub(r"[0-9]", "", w), re.sub(r"[a-z]", "", w)
    if len(set(digits)) != len(digits) or sum(d <= "5" for d in digits) > 1:
        return False
    return all(any(c in letters for c in _VNI_NEEDS[d]) for d in digits)


def typed_readings(word: str) -> list[str]:
    """Folded readings of a word typed with a Vietnamese input method switched off: Telex
    ("hoox" → "ho", "trowj" → "tro", "ddaast" → "dat") and VNI ("ho64" → "ho", "d9at" → "dat").
    Only readings that differ from the folded word; the worker has the same rule (``readings``)."""
    w = fold(word)
    out: list[str] = []
    if _vni_word(w):  # VNI: tone and shape digits
        out.append(re.sub(r"[1-9]", "", w))
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


#: what a question word of ``question_words.json`` "asks" for → the kinds of records that answer it
ASKS = {"targets": KIND_TARGET + KIND_TARGET_KIND, "definitions": KIND_TERM, "provinces": KIND_PROVINCE}


@lru_cache(maxsize=1)
def _query_tables() -> tuple[dict, dict, list]:
    """The concept table (a word or phrase people type → the site's terms; keys of several words match
    words typed side by side), the question words, and which question words ask for which kinds."""
    concepts = json.loads(CONCEPTS.read_text(encoding="utf-8"))
    concepts = {fold(k): [fold(v) for v in vs] for k, vs in sorted(concepts.items()) if not k.startswith("_")}
    words = json.loads(QUESTION_WORDS.read_text(encoding="utf-8"))
    particles = {"typed": [w.lower() for w in words["typed"]], "folded": [fold(w) for w in words["folded"]]}
    asks = [{"kinds": ASKS[name], "typed": [w.lower() for w in phrases.get("typed", [])],
             "folded": [fold(w) for w in phrases.get("folded", [])]}
            for name, phrases in sorted(words.get("asks", {}).items()) if not name.startswith("_")]
    return concepts, particles, asks


def abbreviation_table() -> list[list]:
    """The abbreviation table as the script reads it: [folded short form, [folded long forms]]."""
    return [[short, longs] for short, _, longs, _ in _abbreviation_rules()]


def search_tables() -> tuple[dict, dict, list]:
    """The query tables of the script: words people type → the site's terms, question words and particles,
    and which question words ask for which kinds."""
    return _query_tables()


def _page_url(path: str, anchor: str | None = None) -> str:
    return path[:-3] + ".html" + (f"#{anchor}" if anchor else "")


def payload(ds: Dataset, made: set[str] | frozenset[str] | None = None, today: dt.date | None = None) -> dict:
    """The index as column tables (gzip packs a column of texts much better than rows that mix
    texts and numbers: −21 % at national size).

    ``records``: columns ``kind``, ``title``, ``text``, ``url``, ``province`` (number or −1), ``also``
    for plans, targets, reports, agencies, documents, topics, provinces and the pages that list them.  ``tasks``:
    columns ``plan`` (number), ``id`` (the anchor on the plan page), ``leads`` (agency numbers) and
    ``text``; the worker builds a task's title from its lead agencies and plan, its url from the plan's.

    ``made``: the pages the build generates (``docs/`` paths).  A list that is split by province only
    when long (pages.py decides) is indexed only when its page is in ``made``; without ``made``, such
    pages are left out.  ``today``: the build date, for what the deadline and finder pages say as of it.
    """
    provinces = sorted(ds.provinces, key=lambda p: p)
    province_no = {pid: i for i, pid in enumerate(provinces)}
    agency_ids = sorted(ds.agency_pages)  # the registry's other bodies have no page to find
    agency_no = {aid: i for i, aid in enumerate(agency_ids)}
    plans = ds.ordered_plans()

    def exists(path: str, always: bool = True) -> bool:
        """A page the build makes: ``always`` for pages every dataset has, else only when ``made`` says so."""
        return path in made if made is not None else always

    def plan_title(plan) -> str:
        return names.plan_name(ds, plan)

    def province_also(pid) -> str:
        """The province it is part of since the 2025 mergers ("lam dong" finds a Đắk Nông plan)."""
        now = ds.province_now(pid)
        return now.name if now.id != pid else ""

    def agency_also(aid) -> str:
        """The agencies that took over its tasks in 2025 and the province it is part of now."""
        agency = ds.agencies[aid]
        names = [a.name for a in ds.successor_chain(aid)]
        if agency.province:
            names.append(province_also(agency.province))
        return " ".join(dict.fromkeys(filter(None, names)))

    def plan_also(plan) -> str:
        parts = [plan.signer.name if plan.signer else None, province_also(plan.province), agency_also(plan.issuer)]
        return " ".join(dict.fromkeys(filter(None, parts)))

    def agency_successor(aid) -> str:
        """What the agency's page says of the 2025 reorganisation ("Nhiệm vụ của cơ quan này nay thuộc về
        Sở Tài chính tỉnh Quảng Ngãi"), with the other names: found like the successors' names are, below
        the agency's own name and text."""
        chain = ds.successor_chain(aid)
        said = f"{label('successor')}: {label('successor_now')} {chain[-1].name}." if chain else ""
        return " ".join(filter(None, [said, agency_also(aid)]))

    def province_text(province) -> str:
        """What the province's page says about the 2025 mergers and a former name (as the page words it),
        its note, and the other spellings of its name."""
        parts = []
        if province.merged_into:
            basis = ds.documents.get(province.merger_basis) if province.merger_basis else None
            now = ds.provinces[province.merged_into]
            since = (f"{label('successor_since')} {format_date(province.merged_on)}, {PROVINCE_KIND[province.kind]}"
                     if province.merged_on else PROVINCE_TITLE[province.kind])
            parts.append(f"{label('merger_2025')}: {since} {province.name} {label('hop_nhat_vao')} "
                         f"{PROVINCE_KIND[now.kind]} {now.name}"
                         + (f" {label('theo')} {names.document_name(basis)}" if basis else "") + ".")
        if province.former:
            parts.append(f"{label('truoc_day')}, {PROVINCE_KIND[province.kind]} {province.name} {label('la')} "
                         f"{PROVINCE_KIND[province.former.kind]} {province.former.name}.")
        if province.note:
            parts.append(province.note)
        merged_from = ds.merged_from.get(province.id, [])
        if merged_from:
            parts.append(f"{label('cac_tinh_truoc_day_nay_thuoc')} {PROVINCE_KIND[province.kind]} {province.name}: "
                         f"{', '.join(p.name for p in merged_from)}.")
        parts.extend(province.variants)
        return " ".join(parts)

    records: dict[str, list] = {"kind": [], "title": [], "text": [], "url": [], "province": [], "also": []}
    tasks: dict[str, list] = {"plan": [], "id": [], "leads": [], "text": []}

    def add(kind, title, text, url, province=None, also=""):
        for key, value in zip(records, (kind, title, text, url, province_no.get(province, -1), also)):
            records[key].append(value)

    for number, plan in enumerate(plans):
        cited = " ".join(names.document_name(ds.documents[d]) for d in plan.legal_basis)
        signer = f" {label('search_signer')}: {plan.signer.name}" if plan.signer and plan.signer.name else ""
        add(KIND_PLAN, plan_title(plan), f"{plan.subject or plan.title} {cited}{signer}",
            _page_url(urls.plan(plan.id)), plan.province, plan_also(plan))
        for task in plan.tasks:
            tasks["plan"].append(number)
            tasks["id"].append(urls.task_anchor(task.id))
            tasks["leads"].append([agency_no[a] for a in task.lead])
            tasks["text"].append(" ".join(filter(None, [task.text, task.output and f"{label('output')}: {task.output}"])))
        for target in plan.targets:
            kind = ds.target_kinds[target.kind].name
            scope = f" — {target.scope}" if target.scope else ""  # a district's share of the province's target
            add(KIND_TARGET, f"{kind} — {ds.provinces[plan.province].name} {target.year or label('no_year')}{scope}",
                target.text, _page_url(urls.target(plan.id, target.id)), plan.province, province_also(plan.province))
    for report in ds.ordered_reports():
        # one record per report (its statuses are on its page): the index grows with documents, not lines
        reported = " ".join(plan_title(ds.plans[p]) for p in report.plans)
        signer = f" {label('search_signer')}: {report.signer.name}" if report.signer.name else ""
        add(KIND_REPORT, names.report_name(ds, report), f"{report.subject or report.title} {reported}{signer}",
            _page_url(urls.report(report.id)), report.province, province_also(report.province))
    for aid in agency_ids:
        agency = ds.agencies[aid]
        add(KIND_AGENCY, agency.name, " ".join(agency.variants), _page_url(urls.agency(aid)), agency.province,
            agency_successor(aid))
    for doc in sorted((ds.documents[d] for d in ds.document_pages), key=lambda d: d.id):
        citing = " ".join(plan_title(p) for p in ds.citing_plans.get(doc.id, []))
        add(KIND_DOCUMENT, names.document_name(doc),
            " ".join(filter(None, [doc.title, doc.issuer, citing])), _page_url(urls.document(doc.id)))
    for topic in sorted(ds.topics.values(), key=lambda t: t.id):
        # its description and the keywords that put a task in it, as its page shows them (topic.md.j2): the
        # words people use for the policy ("vay vốn", "tuyên truyền") name the topic
        keywords = f"{label('finder_keyword')}: {', '.join(topic.keywords)}." if topic.keywords else ""
        add(KIND_TOPIC, topic.name, " ".join(filter(None, [topic.description, keywords])),
            _page_url(urls.topic(topic.id)))
    for pid in provinces:
        # every province is found; one without a page leads to its line on the province list
        province = ds.provinces[pid]
        url = (_page_url(urls.province(pid)) if pid in ds.province_pages
               else _page_url(urls.PROVINCES, urls.province_anchor(ds.province_now(pid).id)))
        add(KIND_PROVINCE, f"{PROVINCE_TITLE[province.kind]} {province.name}", province_text(province), url, pid,
            province_also(pid))
    _list_records(ds, add, exists, provinces, plan_title, today)
    return {
        "v": 5,
        "kinds": SEARCH_KIND,
        "task_kind": KIND_TASK,
        "abbreviations": abbreviation_table(),
        "provinces": [ds.provinces[p].name for p in provinces],
        "concepts": search_tables()[0],
        "particles": search_tables()[1],
        "hints": search_tables()[2],
        "agencies": [ds.agencies[a].name for a in agency_ids],
        "agency_also": [agency_also(a) for a in agency_ids],
        "plans": [[plan_title(p), _page_url(urls.plan(p.id)), province_no[p.province], plan_also(p)] for p in plans],
        "records": records,
        "tasks": tasks,
    }


def _list_records(ds: Dataset, add, exists, provinces: list[str], plan_title, today: dt.date | None) -> None:
    """The pages that compare or list records, each under the title its page shows (pages.py and the
    templates): a kind of target across provinces, a kind of agency, a plan's or a report's original, the
    deadlines, the task finder, the glossary, the sections' index pages, a kind of legal document when the
    list is split by kind, a province's part of a list split by province, and a province's plans citing a
    document cited by many.
    Paged continuations ("-trang-2") and a province's deadlines of one year are not indexed: they are
    one link away from a page that is."""
    def province_lists(make_path, title, always=False, said=lambda pid: ""):
        for pid in provinces:
            path = make_path(pid)
            if exists(path, always):
                add(KIND_LIST, f"{title} — {ds.provinces[pid].name}", said(pid), _page_url(path))

    for kind_id in sorted(ds.kind_targets):
        kind = ds.target_kinds[kind_id]
        path = urls.target_kind(kind_id)
        if exists(path):
            add(KIND_TARGET_KIND, kind.name, label("so_sanh_cung_mot_loai"), _page_url(path))
        for pid in provinces:
            sub = urls.target_kind_province(kind_id, pid)
            if exists(sub, False):
                add(KIND_TARGET_KIND, f"{kind.name} — {ds.provinces[pid].name}", label("so_sanh_cung_mot_loai"),
                    _page_url(sub))
    for type_id in sorted(ds.type_agencies):
        agency_type = ds.agency_types[type_id]
        path = urls.agency_type(type_id)
        if exists(path):
            add(KIND_AGENCY_TYPE, agency_type.name,
                " ".join(filter(None, [agency_type.description, label("cung_mot_loai_co_quan")])), _page_url(path))
    for plan in ds.ordered_plans():
        path = urls.original(plan.id)
        if exists(path):
            add(KIND_ORIGINAL, f"{label('original')}: {plan_title(plan)}", "", _page_url(path))
    for report in ds.ordered_reports():
        path = urls.report_original(report.id)
        if exists(path):
            add(KIND_ORIGINAL, f"{label('original')}: {names.report_name(ds, report)}", "", _page_url(path))
    refs = list(ds.all_tasks())
    sections = [
        (urls.HOME, label("site_name"), label("cac_tinh_ban_hanh_ke")), (urls.PLANS, label("plans"), ""),
        (urls.AGENCIES, label("agencies"), label("cac_co_quan_duoc_giao")),
        (urls.TARGETS, label("targets"), label("moi_chi_tieu_dinh_luong")),
        (urls.DOCUMENTS, label("documents"), label("cac_van_ban_duoc_cac")),
        (urls.PROVINCES, label("provinces_title"), ""),
        (urls.TOPICS, label("topics"), label("hop_tac_xa_can_von")),
        (urls.DEADLINES, label("deadlines"), names.deadlines_passed(ds, refs, today) if today else ""),
        (urls.FINDER, label("tra_cuu_nhiem_vu"), f"{label('moi_nhiem_vu_cua_cac')} {format_date(today)}." if today else ""),
    ]
    for path, title, text in sections:
        if exists(path):
            add(KIND_LIST, title, text, _page_url(path))
    if exists(urls.REPORTS, bool(ds.reports)):
        add(KIND_LIST, label("reports"), label("reports_intro"), _page_url(urls.REPORTS))
    if exists(urls.GLOSSARY):
        add(KIND_LIST, label("glossary"), label("glossary_intro"), _page_url(urls.GLOSSARY))
        for term in glossary():  # each term's line, as the page shows it (templates/glossary.md.j2)
            forms = ", ".join(term.get("forms", []))
            also = " ".join(f"({label('hoac')} {a})" for a in term.get("also", []))
            add(KIND_TERM, f"{term['abbr']}: {term['long']}", " ".join(filter(None, [forms, also, term["explain"]])),
                _page_url(urls.GLOSSARY, urls.glossary_anchor(term["abbr"])))
    for doc_type in sorted({ds.documents[d].type for d in ds.document_pages}):
        path = urls.documents_kind(doc_type)
        if exists(path, False):
            add(KIND_LIST, f"{label('documents')} — {DOC_TYPE[doc_type]}", label("cac_van_ban_duoc_cac"),
                _page_url(path))
    for doc in sorted((ds.documents[d] for d in ds.document_pages), key=lambda d: d.id):
        for pid in provinces:
            path = urls.document_province(doc.id, pid)
            if exists(path, False):
                add(KIND_LIST, f"{names.document_name(doc)} — {ds.provinces[pid].name}", "", _page_url(path))
    # what each province's deadline page says as of the build date (tasks whose deadline has passed)
    province_lists(urls.deadlines_province, label("deadlines"), said=lambda pid: names.deadlines_passed(
        ds, [ref for ref in refs if ref.plan.province == pid], today) if today else "")
    province_lists(urls.finder_province, label("finder_list_title"))
    province_lists(urls.agencies_group, label("agencies"))
    if exists(urls.agencies_group("trung-uong"), False):  # the central agencies, when the list is split
        add(KIND_LIST, f"{label('agencies')} — {label('trung_uong')}", "", _page_url(urls.agencies_group("trung-uong")))
    province_lists(urls.targets_province, label("targets"))
    for topic in sorted(ds.topics.values(), key=lambda t: t.id):
        province_lists(lambda pid, t=topic.id: urls.topic_province(t, pid), topic.name)


def index_file(ds: Dataset, made: set[str] | frozenset[str] | None = None,
               today: dt.date | None = None) -> tuple[str, bytes]:
    data = json.dumps(payload(ds, made, today), ensure_ascii=False, separators=(",", ":"))
    # A script, not JSON: importScripts() also works from file:// (offline plugin's worker shim).
    return INDEX_PATH, f"self.KEHOACH_INDEX={data};\n".encode("utf-8")
