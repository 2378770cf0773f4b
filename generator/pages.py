"""Page builders: one function per page kind, each yielding (path, content).

Builders only read the ``Dataset``; every URL comes from ``urls``; every
page is rendered from a template in ``templates/``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Iterator

from . import deadlines, markup, urls
from .charts import bar_chart
from .dataset import Dataset, TargetRef, TaskRef
from .labels import L, label
from markupsafe import Markup

from .render import PageContext, render
from .text import editor_lines
from .vi import sort_key

Output = Iterator[tuple[str, str | bytes]]


def _by_plan(ds: Dataset, refs: list[TaskRef]):
    grouped: dict[str, list[TaskRef]] = defaultdict(list)
    for ref in refs:
        grouped[ref.plan.id].append(ref)
    return [(plan, grouped[plan.id]) for plan in ds.ordered_plans() if plan.id in grouped]


def _comparison(ds: Dataset) -> dict[tuple[str, int], list[TargetRef]]:
    """For each (kind, year): one province-wide target per province, from its latest plan.

    Built once, so a target page costs O(provinces), not O(all targets);
    the full list of a kind is on its kind page.
    """
    best: dict[tuple[str, int], dict[str, TargetRef]] = defaultdict(dict)
    for refs in ds.kind_targets.values():
        for ref in refs:
            if ref.target.scope or ref.target.year is None:
                continue
            slot = best[(ref.target.kind, ref.target.year)]
            current = slot.get(ref.plan.province)
            rank = (ref.plan.date.any_year or 0, ref.plan.id)
            if current is None or rank > (current.plan.date.any_year or 0, current.plan.id):
                slot[ref.plan.province] = ref
    return {
        key: sorted(slot.values(), key=lambda r: sort_key(ds.provinces[r.plan.province].name))
        for key, slot in best.items()
    }


def plan_pages(ds: Dataset, today: dt.date) -> Output:
    comparison = _comparison(ds)
    for plan in ds.ordered_plans():
        groups = []
        by_group: dict[str | None, list] = defaultdict(list)
        for task in plan.tasks:
            by_group[task.group].append(task)
        for group in plan.groups:
            if by_group.get(group.id):
                groups.append({"id": group.id, "title": group.title, "tasks": by_group[group.id]})
        if by_group.get(None):
            title = label("no_group") if plan.groups else label("no_groups_at_all")  # a letter may have none
            groups.append({"id": "khac", "title": title, "tasks": by_group[None]})
        lines = {task.id: ds.lines.get((plan.id, "task", task.id)) for task in plan.tasks}
        topics = {task.id: ds.task_topics[(plan.id, task.id)] for task in plan.tasks}
        path = urls.plan(plan.id)
        yield path, render("plan.md.j2", path, today, ds=ds, plan=plan, groups=groups, lines=lines, topics=topics)

        path = urls.original(plan.id)
        text_lines = [(n, line) for n, line in enumerate(editor_lines(ds.texts[plan.id]), start=1) if line.strip()]
        yield path, render("original.md.j2", path, today, ds=ds, plan=plan, lines=text_lines)

        for target in plan.targets:
            path = urls.target(plan.id, target.id)
            children = [t for t in plan.targets if t.parent == target.id]
            parent = next((t for t in plan.targets if t.id == target.parent), None)
            yield path, render(
                "target.md.j2", path, today, ds=ds, plan=plan, target=target,
                same_kind=comparison.get((target.kind, target.year), []),
                children=children, parent=parent, line=ds.lines.get((plan.id, "target", target.id)),
            )
    path = urls.PLANS
    yield path, render("plans.md.j2", path, today, ds=ds, plans=ds.ordered_plans())


def agency_pages(ds: Dataset, today: dt.date) -> Output:
    for agency in ds.agencies.values():
        leads = ds.lead_tasks.get(agency.id, [])
        supports = ds.support_tasks.get(agency.id, [])
        path = urls.agency(agency.id)
        yield path, render(
            "agency.md.j2", path, today, ds=ds, agency=agency, leads=leads, supports=supports,
            leads_by_plan=_by_plan(ds, leads), supports_by_plan=_by_plan(ds, supports),
            chain=ds.successor_chain(agency.id), predecessors=ds.predecessors.get(agency.id, []),
        )
    types = sorted((t for t in ds.agency_types.values() if t.id in ds.type_agencies), key=lambda t: sort_key(t.name))
    for agency_type in types:
        path = urls.agency_type(agency_type.id)
        yield path, render("agency_type.md.j2", path, today, ds=ds, type=agency_type, agencies=ds.type_agencies[agency_type.id])
    groups = [(ds.provinces[pid].name, ds.province_agencies[pid]) for pid in
              sorted(ds.province_agencies, key=lambda p: sort_key(ds.provinces[p].name))]
    central = sorted((a for a in ds.agencies.values() if not a.province), key=lambda a: sort_key(a.name))
    if central:
        groups.append((label("trung_uong"), central))
    path = urls.AGENCIES
    yield path, render("agencies.md.j2", path, today, ds=ds, groups=groups, types=types)


def target_pages(ds: Dataset, today: dt.date) -> Output:
    by_year = defaultdict(list)
    for plan in ds.ordered_plans():
        for target in plan.targets:
            by_year[target.year].append(TargetRef(plan, target))
    kinds = sorted(((ds.target_kinds[k], len(v)) for k, v in ds.kind_targets.items()), key=lambda kv: sort_key(kv[0].name))
    for kind, _ in kinds:
        path = urls.target_kind(kind.id)
        yield path, render("target_kind.md.j2", path, today, ds=ds, kind=kind, refs=ds.kind_targets[kind.id])
    path = urls.TARGETS
    yield path, render("targets.md.j2", path, today, ds=ds, kinds=kinds, by_year=sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)))


def document_pages(ds: Dataset, today: dt.date) -> Output:
    docs = sorted(ds.documents.values(), key=lambda d: (-(d.date.year if d.date else d.year or 0), sort_key(d.number or d.id)))
    for doc in docs:
        path = urls.document(doc.id)
        yield path, render("document.md.j2", path, today, ds=ds, doc=doc, plans=ds.citing_plans.get(doc.id, []))
    path = urls.DOCUMENTS
    yield path, render("documents.md.j2", path, today, ds=ds, docs=docs)


def province_pages(ds: Dataset, today: dt.date) -> Output:
    provinces = sorted(ds.provinces.values(), key=lambda p: sort_key(p.name))
    for province in provinces:
        plans = ds.province_plans.get(province.id, [])
        targets = [ref for refs in ds.kind_targets.values() for ref in refs if ref.plan.province == province.id]
        targets.sort(key=lambda r: (r.target.year or 9999, r.plan.id, r.target.id))
        path = urls.province(province.id)
        yield path, render(
            "province.md.j2", path, today, ds=ds, province=province, plans=plans, targets=targets,
            agencies=ds.province_agencies.get(province.id, []), merged_from=ds.merged_from.get(province.id, []),
        )
    path = urls.PROVINCES
    yield path, render("provinces.md.j2", path, today, ds=ds, provinces=provinces)


def topic_pages(ds: Dataset, today: dt.date) -> Output:
    topics = sorted(ds.topics.values(), key=lambda t: sort_key(t.name))
    for topic in topics:
        grouped = defaultdict(list)
        for ref in ds.topic_tasks.get(topic.id, []):
            grouped[ref.plan.province].append(ref)
        by_province = [(ds.provinces[p], grouped[p]) for p in sorted(grouped, key=lambda p: sort_key(ds.provinces[p].name))]
        path = urls.topic(topic.id)
        yield path, render("topic.md.j2", path, today, ds=ds, topic=topic, by_province=by_province)
    path = urls.TOPICS
    yield path, render("topics.md.j2", path, today, ds=ds, topics=topics)


def deadline_page(ds: Dataset, today: dt.date) -> Output:
    buckets: dict[str, list[TaskRef]] = defaultdict(list)
    this_year = []
    for ref in ds.all_tasks():
        key = deadlines.bucket(ref.task.deadline)
        buckets[key].append(ref)
        if key == str(today.year):
            this_year.append(ref)
    sections = [("nam-nay", f"{label('this_year')} ({today.year})", this_year)] if this_year else []
    years = sorted(k for k in buckets if k.isdigit())
    sections += [(year, f"{label('year')} {year}", buckets[year]) for year in years]
    for key, title in (("ongoing", "deadline_ongoing"), ("annual", "deadline_annual"),
                       ("conditional", "deadline_conditional"), ("unspecified", "deadline_unspecified")):
        if buckets.get(key):
            sections.append((key, label(title), buckets[key]))
    passed = sum(deadlines.is_passed(ref.task.deadline, today) for ref in ds.all_tasks())
    path = urls.DEADLINES
    yield path, render("deadlines.md.j2", path, today, ds=ds, sections=sections, passed_count=passed)


def _finder_row(page: PageContext, plan, row: dict) -> Markup:
    """One row of the finder table (raw HTML; built here, not in Jinja: 10,000 rows at national size)."""
    task = row["task"]
    passed = f" · {L.passed}" if row["passed"] == "1" else ""
    words = {key: markup.attr_words(row[key]) for key in ("lead", "coop", "types", "ctypes", "topics")}
    return Markup(
        f'<tr data-plan="{markup.attr(plan.id)}" data-province="{markup.attr(plan.province)}" '
        f'data-lead="{words["lead"]}" data-coop="{words["coop"]}" data-types="{words["types"]}" '
        f'data-ctypes="{words["ctypes"]}" data-topics="{words["topics"]}" data-group="{markup.attr(row["group"])}" '
        f'data-deadline="{markup.attr(row["bucket"])}" data-passed="{row["passed"]}" data-task="{markup.attr(task.id)}">'
        f'<td><a href="{page.html_href(urls.plan(plan.id), urls.task_anchor(task.id))}">{markup.text(task.text)}</a></td>'
        f'<td data-label="{markup.text(L.lead)}">{markup.text(row["lead_names"])}</td>'
        f'<td data-label="{markup.text(L.cooperating)}">{markup.text(row["coop_names"])}</td>'
        f'<td data-label="{markup.text(L.output)}">{markup.text(task.output)}</td>'
        f'<td data-label="{markup.text(L.deadline)}">{markup.text(deadlines.short(task.deadline))}{passed}</td></tr>'
    )


def finder_page(ds: Dataset, today: dt.date) -> Output:
    """Every task in one filterable list (works without JavaScript, grouped by plan)."""
    groups = []
    used = {"provinces": set(), "agencies": set(), "types": set(), "topics": set(), "buckets": set()}
    group_titles = {}
    page = PageContext(urls.FINDER, today)
    for plan in ds.ordered_plans():
        rows = []
        for task in plan.tasks:
            bucket = deadlines.bucket(task.deadline)
            topics = ds.task_topics[(plan.id, task.id)]
            coop = [a for a in task.cooperating if a not in task.lead]
            group = f"{plan.id}--{task.group}" if task.group else ""
            if task.group:
                group_titles[group] = next(g.title for g in plan.groups if g.id == task.group)
            rows.append({
                "task": task, "lead": task.lead, "coop": coop, "topics": topics, "bucket": bucket, "group": group,
                "types": sorted({ds.agencies[a].type for a in task.lead}),
                "ctypes": sorted({ds.agencies[a].type for a in coop}),
                "passed": "1" if deadlines.is_passed(task.deadline, today) else "0",
                "lead_names": ", ".join(ds.agencies[a].name for a in task.lead),
                "coop_names": ", ".join(ds.agencies[a].name for a in coop),
            })
            rows[-1]["html"] = _finder_row(page, plan, rows[-1])
            used["provinces"].add(plan.province)
            used["agencies"].update(task.lead, coop)
            used["types"].update(ds.agencies[a].type for a in [*task.lead, *coop])
            used["topics"].update(topics)
            used["buckets"].add(bucket)
        groups.append((plan, rows))
    bucket_names = {"ongoing": label("deadline_ongoing"), "annual": label("deadline_annual"),
                    "conditional": label("deadline_conditional"), "unspecified": label("deadline_unspecified")}
    def named(ids, name):
        return [[i, name(i)] for i in sorted(ids, key=lambda i: sort_key(name(i)))]
    data = {
        "provinces": named(used["provinces"], lambda i: ds.provinces[i].name),
        "plans": [[p.id, f"{p.number or label('khong_so')} — {ds.provinces[p.province].name}, {p.date.year or ''}".rstrip(", ")]
                  for p in ds.ordered_plans()],
        "agencies": named(used["agencies"], lambda i: ds.agencies[i].name),
        "types": named(used["types"], lambda i: ds.agency_types[i].name),
        "topics": named(used["topics"], lambda i: ds.topics[i].name),
        "groups": [[k, v] for k, v in group_titles.items()],
        "labels": {key: label(key) for key in (
            "province", "plan", "agency", "topic", "deadline", "lead", "cooperating", "finder_form", "finder_keyword",
            "finder_keyword_hint", "finder_agency_type", "finder_group", "finder_role", "finder_role_any",
            "finder_reset", "finder_csv", "finder_all", "finder_tasks")},
        "deadlines": [[b, bucket_names.get(b, f"{label('year')} {b}")] for b in sorted(used["buckets"], key=lambda b: (not b.isdigit(), b))]
                     + [["passed", label("passed_as_of_update")]],
    }
    data_json = Markup(json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace("&", "\\u0026"))
    path = urls.FINDER
    yield path, render("finder.md.j2", path, today, ds=ds, groups=groups, data_json=data_json)


def home_page(ds: Dataset, today: dt.date) -> Output:
    topic_counts = sorted(
        ((t, len(ds.topic_tasks.get(t.id, []))) for t in ds.topics.values()),
        key=lambda tc: (-tc[1], sort_key(tc[0].name)),
    )
    target_rows = [
        (ds.provinces[ref.plan.province], ref.target.year, ref)
        for ref in ds.kind_targets.get("new-cooperatives", [])
        if not ref.target.scope
    ]
    target_rows.sort(key=lambda row: (sort_key(row[0].name), row[1] or 9999))
    topic_chart = f"{urls.CHART_DIR}/nhiem-vu-theo-chu-de.svg"
    target_chart = f"{urls.CHART_DIR}/htx-thanh-lap-moi.svg"
    yield topic_chart, bar_chart(label("chart_topics"), [(t.name, c) for t, c in topic_counts])
    if target_rows:
        yield target_chart, bar_chart(
            label("chart_targets"),
            [(f"{p.name} ({year})", ref.target.value) for p, year, ref in target_rows],
        )
    counts = {
        "plans": len(ds.plans), "tasks": sum(len(p.tasks) for p in ds.plans.values()),
        "targets": sum(len(p.targets) for p in ds.plans.values()), "agencies": len(ds.agencies),
        "provinces": len({p.province for p in ds.plans.values()}),
    }
    path = urls.HOME
    yield path, render(
        "home.md.j2", path, today, ds=ds, plans=ds.ordered_plans(), counts=counts,
        topic_counts=topic_counts, target_rows=target_rows, topic_chart=topic_chart, target_chart=target_chart,
    )


BUILDERS = (home_page, finder_page, plan_pages, agency_pages, target_pages, document_pages, province_pages, topic_pages, deadline_page)


def all_pages(ds: Dataset, today: dt.date) -> Output:
    for builder in BUILDERS:
        yield from builder(ds, today)
