"""Page builders: one function per page kind, each yielding (path, content).

Builders only read the ``Dataset``; every URL comes from ``urls``; every
page is rendered from a template in ``templates/``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Iterator

from .. import urls
from ..labels import DOC_TYPE, STATUS, label
from ..search.index import abbreviation_table, search_tables
from ..source import deadlines
from ..source.dataset import Dataset, TargetRef, TaskRef, report_key
from ..text import editor_lines
from ..vi import sort_key
from . import markup, names
from .charts import bar_chart, progress_chart
from .render import PageContext, render

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


def _spans(ds: Dataset, doc_id: str, kinds=("task", "target")) -> tuple[list[tuple[int, int]], dict[tuple[str, object], str]]:
    """The lines each item of a plan (tasks, targets) or report (status and value lines) is quoted
    from, as blocks of the original-text page: overlapping ranges (cells of one table row, a task
    inside its group's sentence) make one block, so blocks never nest. Returns the blocks and each
    item's block anchor."""
    items = sorted((span, kind, item_id) for (owner, kind, item_id), span in ds.lines.items()
                   if owner == doc_id and kind in kinds)
    blocks: list[list[int]] = []
    members: list[list[tuple[str, str]]] = []
    for (first, last), kind, item_id in items:
        if blocks and first <= blocks[-1][1]:
            blocks[-1][1] = max(blocks[-1][1], last)
        else:
            blocks.append([first, last])
            members.append([])
        members[-1].append((kind, item_id))
    anchors = {key: urls.span_anchor(*block) for block, keys in zip(blocks, members) for key in keys}
    return [tuple(b) for b in blocks], anchors


def _original_lines(text: str, blocks: list[tuple[int, int]]) -> list[dict]:
    """The non-blank lines of an original, formatted, each saying which block it opens or closes."""
    rows: list[dict] = []
    at = 0  # the next block
    inside = None
    carried: tuple[str, ...] = ()  # emphasis left open by the line before, within a paragraph
    for n, line in enumerate(editor_lines(text), start=1):
        if not line.strip():
            carried = ()
            continue
        html, heading, carried = markup.original_line(line, carried)
        row = {"number": n, "html": html, "heading": heading, "open": None, "close": False}
        if inside is None and at < len(blocks) and n >= blocks[at][0]:
            while at < len(blocks) and blocks[at][1] < n:  # a block of blank lines only
                at += 1
            if at < len(blocks) and n >= blocks[at][0]:
                inside = blocks[at]
                row["open"] = urls.span_anchor(*inside)
                at += 1
        rows.append(row)
        if inside is not None and n >= inside[1]:
            row["close"], inside = True, None
    if inside is not None:
        rows[-1]["close"] = True
    return rows


def _progress_rows(target, values) -> list[tuple[str, float, bool]]:
    """The bars of a target's chart: what the plan set (its upper bound for a range), then each reported value."""
    from .render import as_of_date
    from ..vi import format_number

    unit = target.unit
    planned = f"{label('chart_planned')} ({target.year or label('no_year').lower()}): {target.comparator} " \
              f"{format_number(target.value)}" + (f"–{format_number(target.value_max)}" if target.value_max is not None else "")
    rows = [(f"{planned} {unit}", target.value_max if target.value_max is not None else target.value, True)]
    rows += [(f"{as_of_date(ref)}: {format_number(ref.value.value)} {unit}", ref.value.value, False) for ref in values]
    return rows


def _nearby_kinds(ds: Dataset) -> dict[str, list]:
    """For each kind of target, up to three other kinds in the same unit that two provinces or more
    set: where a kind has only one province, the comparison points there instead (issue 12)."""
    provinces = {kind: {r.plan.province for r in refs} for kind, refs in ds.kind_targets.items()}
    shared = sorted((k for k, p in provinces.items() if len(p) >= 2),
                    key=lambda k: (-len(provinces[k]), sort_key(ds.target_kinds[k].name)))
    return {kind: [ds.target_kinds[k] for k in shared if k != kind
                   and ds.target_kinds[k].unit == ds.target_kinds[kind].unit][:3] for kind in provinces}


def plan_pages(ds: Dataset, today: dt.date) -> Output:
    comparison = _comparison(ds)
    nearby = _nearby_kinds(ds)
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
        blocks, anchors = _spans(ds, plan.id)
        lines = {task.id: (ds.line(plan.id, "task", task.id), anchors.get(("task", task.id))) for task in plan.tasks}
        topics = {task.id: ds.task_topics[(plan.id, task.id)] for task in plan.tasks}
        path = urls.plan(plan.id)
        statuses = {task.id: ds.task_statuses[(plan.id, task.id)] for task in plan.tasks
                    if (plan.id, task.id) in ds.task_statuses}
        values = {t.id: ds.target_values[(plan.id, t.id)] for t in plan.targets if (plan.id, t.id) in ds.target_values}
        reports = ds.plan_reports.get(plan.id, [])
        yield path, render("plan.md.j2", path, today, ds=ds, plan=plan, groups=groups, lines=lines, topics=topics,
                           statuses=statuses, values=values, reports=reports,
                           counts=ds.status_counts([plan]) if reports else {})

        path = urls.original(plan.id)
        yield path, render("original.md.j2", path, today, ds=ds, doc=plan, kind="plan",
                                 lines=_original_lines(ds.texts[plan.id], blocks))

        for target in plan.targets:
            path = urls.target(plan.id, target.id)
            children = [t for t in plan.targets if t.parent == target.id]
            parent = next((t for t in plan.targets if t.id == target.parent), None)
            values = ds.target_values.get((plan.id, target.id), [])
            chart = urls.target_chart(plan.id, target.id)
            if values:
                yield chart, progress_chart(label("chart_progress"), _progress_rows(target, values))
            yield path, render(
                "target.md.j2", path, today, ds=ds, plan=plan, target=target,
                same_kind=comparison.get((target.kind, target.year), []), nearby=nearby.get(target.kind, []),
                children=children, parent=parent, line=ds.line(plan.id, "target", target.id),
                anchor=anchors.get(("target", target.id)),
                values=values, chart=chart,
            )
    path = urls.PLANS
    plans = ds.ordered_plans()
    # bounded: when long, the list of plans is one line per province, linking to the province's plans
    split = len(plans) > INLINE_ROWS
    provinces = [(p, len(ds.province_plans.get(p.id, []))) for p in _provinces_sorted(ds, {pl.province for pl in plans})]
    yield path, render("plans.md.j2", path, today, ds=ds, plans=plans, split=split, provinces=provinces)


def agency_pages(ds: Dataset, today: dt.date) -> Output:
    """A page per agency that a plan names or that took over from one (``Dataset._pages``); lists
    show only those. The registry's other bodies (ministries no plan names…) are open data."""
    shown = lambda agencies: [a for a in agencies if a.id in ds.agency_pages]  # noqa: E731
    for aid in sorted(ds.agency_pages):
        agency = ds.agencies[aid]
        path = urls.agency(agency.id)
        # each role's tasks by plan; a role with more than INLINE_ROWS tasks (an agency grows with the plans of
        # its province, year after year) is a list of its plans with counts, the tasks on paged lists of their own
        roles = []
        for key, heading, refs, always in (
                ("chu-tri", label("leads"), ds.lead_tasks.get(agency.id, []), True),
                ("phoi-hop", label("supports"), ds.support_tasks.get(agency.id, []), True),
                ("tiep-nhan-chu-tri", label("inherited_leads"), ds.inherited_lead.get(agency.id, []), False),
                ("tiep-nhan-phoi-hop", label("inherited_supports"), ds.inherited_support.get(agency.id, []), False)):
            if not refs and not always:
                continue
            by_plan = _by_plan(ds, refs)
            split = len(refs) > INLINE_ROWS
            roles.append({"key": key, "heading": heading, "count": len(refs), "by_plan": by_plan,
                          "list": urls.agency_tasks(agency.id, key) if split else None, "inherited": not always})
            if split:
                yield from task_list_pages(
                    ds, today, urls.agency_tasks(agency.id, key), f"{agency.name}: {heading}",
                    [(None, names.plan_name(ds, plan), plan_refs) for plan, plan_refs in by_plan],
                    [(path, agency.name)])
        yield path, render(
            "agency.md.j2", path, today, ds=ds, agency=agency, roles=roles,
            chain=ds.successor_chain(agency.id), predecessors=ds.predecessors.get(agency.id, []),
            units=ds.units.get(agency.id, []), quotas=ds.scope_targets.get(agency.id, []),
        )
    by_type = {t: shown(agencies) for t, agencies in ds.type_agencies.items()}
    types = sorted((t for t in ds.agency_types.values() if by_type.get(t.id)), key=lambda t: sort_key(t.name))
    for agency_type in types:
        path = urls.agency_type(agency_type.id)
        yield path, render("agency_type.md.j2", path, today, ds=ds, type=agency_type, agencies=by_type[agency_type.id])
    province_ids = sorted((p for p in ds.province_agencies if shown(ds.province_agencies[p])),
                          key=lambda p: sort_key(ds.provinces[p].name))
    groups = [(ds.provinces[pid].name, shown(ds.province_agencies[pid])) for pid in province_ids]
    central = sorted((a for a in ds.agencies.values() if not a.province and a.id in ds.agency_pages),
                     key=lambda a: sort_key(a.name))
    if central:
        groups.append((label("trung_uong"), central))
    path = urls.AGENCIES
    # bounded: while the whole list is short it is on the summary; when long, one page per province
    split = sum(len(agencies) for _, agencies in groups) > INLINE_ROWS
    group_paths = [urls.agencies_group(pid) for pid in province_ids]
    if central:
        group_paths.append(urls.agencies_group("trung-uong"))
    yield path, render("agencies.md.j2", path, today, ds=ds, groups=groups, types=types, split=split,
                       group_paths=group_paths, title=None, by_type=by_type)
    if split:
        for (name, agencies), group_path in zip(groups, group_paths):
            yield group_path, render("agencies.md.j2", group_path, today, ds=ds, groups=[(name, agencies)],
                                     types=[], split=False, group_paths=[group_path], title=name, by_type=by_type)


def target_pages(ds: Dataset, today: dt.date) -> Output:
    """Target lists that span provinces are on one page while short; when long, the page is a
    summary and each province's part is its own page (same anchors on both)."""
    by_year = defaultdict(list)
    for plan in ds.ordered_plans():
        for target in plan.targets:
            by_year[target.year].append(TargetRef(plan, target))
    kinds = sorted(((ds.target_kinds[k], len(v)) for k, v in ds.kind_targets.items()), key=lambda kv: sort_key(kv[0].name))

    def by_province(refs):
        grouped = defaultdict(list)
        for ref in refs:
            grouped[ref.plan.province].append(ref)
        return [(p, grouped[p.id]) for p in _provinces_sorted(ds, grouped)]

    for kind, _ in kinds:
        path = urls.target_kind(kind.id)
        refs = ds.kind_targets[kind.id]
        split = len(refs) > INLINE_ROWS
        parts = by_province(refs)
        yield path, render("target_kind.md.j2", path, today, ds=ds, kind=kind, refs=refs, split=split,
                           parts=[(p, urls.target_kind_province(kind.id, p.id), len(r)) for p, r in parts], title=None)
        if split:
            for province, province_refs in parts:
                sub = urls.target_kind_province(kind.id, province.id)
                yield sub, render("target_kind.md.j2", sub, today, ds=ds, kind=kind, refs=province_refs, split=False,
                                  parts=[], title=province.name)
    years = sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    total = sum(len(refs) for refs in by_year.values())
    split = total > INLINE_ROWS
    path = urls.TARGETS
    summary = [(year, [(p, urls.targets_province(p.id), len(r)) for p, r in by_province(refs)]) for year, refs in years]
    yield path, render("targets.md.j2", path, today, ds=ds, kinds=kinds, by_year=years, split=split, summary=summary,
                       title=None)
    if split:
        provinces = _provinces_sorted(ds, {ref.plan.province for refs in by_year.values() for ref in refs})
        for province in provinces:
            sub = urls.targets_province(province.id)
            own = [(year, [r for r in refs if r.plan.province == province.id]) for year, refs in years]
            yield sub, render("targets.md.j2", sub, today, ds=ds, kinds=[], by_year=[(y, r) for y, r in own if r],
                              split=False, summary=[], title=province.name)


def document_pages(ds: Dataset, today: dt.date) -> Output:
    """A page per document that a plan cites or that is the basis of a merger or succession shown on
    the site; a basis lists what it changed: provinces (bounded by the country's 63), central bodies,
    and only the number of provincial agencies (which grow with the data)."""
    docs = sorted((ds.documents[d] for d in ds.document_pages),
                  key=lambda d: (-(d.date.year if d.date else d.year or 0), sort_key(d.number or d.id), d.id))
    merged, changed = defaultdict(list), defaultdict(list)
    for province in sorted(ds.provinces.values(), key=lambda p: sort_key(p.name)):
        if province.merger_basis and province.merged_into:
            merged[(province.merger_basis, province.merged_into)].append(province)
        if province.former and province.former.basis:
            changed[province.former.basis].append(province)
    central, provincial = defaultdict(list), defaultdict(int)
    for agency in sorted(ds.agencies.values(), key=lambda a: sort_key(a.name)):
        if agency.successor and agency.successor.basis:
            if agency.province:
                provincial[agency.successor.basis] += 1
            else:
                central[agency.successor.basis].append(agency)
    for doc in docs:
        path = urls.document(doc.id)
        plans = ds.citing_plans.get(doc.id, [])
        # bounded: a document cited by many plans (a national resolution) lists them by province when long
        by_province = []
        if len(plans) > INLINE_ROWS:
            grouped = defaultdict(list)
            for plan in plans:
                grouped[plan.province].append(plan)
            by_province = [(p, grouped[p.id]) for p in _provinces_sorted(ds, grouped)]
        mergers = sorted(((ds.provinces[new], olds) for (basis, new), olds in merged.items() if basis == doc.id),
                         key=lambda pair: sort_key(pair[0].name))
        yield path, render("document.md.j2", path, today, ds=ds, doc=doc, plans=plans,
                           by_province=[(p, len(own)) for p, own in by_province],
                           mergers=mergers, changed=changed.get(doc.id, []), central=central.get(doc.id, []),
                           provincial=provincial.get(doc.id, 0))
        for province, own in by_province:
            sub = urls.document_province(doc.id, province.id)
            yield sub, render("document_province.md.j2", sub, today, ds=ds, doc=doc, province=province, plans=own)
    path = urls.DOCUMENTS
    # bounded: while short, every document is on the list; when long, the list is one line per kind of
    # document, linking to that kind's list, itself cut into pages of PAGE_ROWS rows
    if len(docs) <= INLINE_ROWS:
        yield path, render("documents.md.j2", path, today, ds=ds, docs=docs, kinds=[], kind=None, pages=[path], number=1)
        return
    by_kind: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_kind[doc.type].append(doc)
    kinds = sorted(by_kind, key=lambda k: sort_key(DOC_TYPE[k]))
    yield path, render("documents.md.j2", path, today, ds=ds, docs=[], kinds=[(k, len(by_kind[k])) for k in kinds],
                       kind=None, pages=[path], number=1)
    for kind in kinds:
        chunks = [by_kind[kind][i:i + PAGE_ROWS] for i in range(0, len(by_kind[kind]), PAGE_ROWS)]
        pages = [urls.paged(urls.documents_kind(kind), n) for n in range(1, len(chunks) + 1)]
        for number, (sub, chunk) in enumerate(zip(pages, chunks), start=1):
            yield sub, render("documents.md.j2", sub, today, ds=ds, docs=chunk, kinds=[], kind=kind, pages=pages,
                              number=number)


def province_pages(ds: Dataset, today: dt.date) -> Output:
    """A page for each province that has something to show (``Dataset._pages``); the list shows
    every current province-level unit with the provinces merged into it, linked where they have a page."""
    for pid in sorted(ds.province_pages, key=lambda p: sort_key(ds.provinces[p].name)):
        province = ds.provinces[pid]
        plans = ds.province_plans.get(pid, [])
        targets = [ref for refs in ds.kind_targets.values() for ref in refs if ref.plan.province == pid]
        targets.sort(key=lambda r: (r.target.year or 9999, r.plan.id, r.target.id))
        former_plans = [plan for p in _merged_into(ds, pid)[1:] for plan in ds.province_plans.get(p.id, [])]
        path = urls.province(pid)
        reports = ds.province_reports.get(pid, [])
        values = {(r.plan.id, r.target.id): ds.target_values[(r.plan.id, r.target.id)] for r in targets
                  if (r.plan.id, r.target.id) in ds.target_values}
        yield path, render(
            "province.md.j2", path, today, ds=ds, province=province, plans=plans, targets=targets,
            former_plans=sorted(former_plans, key=lambda pl: (sort_key(ds.provinces[pl.province].name), pl.date.any_year or 0, pl.id)),
            agencies=[a for a in ds.province_agencies.get(pid, []) if a.id in ds.agency_pages],
            merged_from=ds.merged_from.get(pid, []),
            reports=reports, values=values, counts={p.id: ds.status_counts([p]) for p in plans} if reports else {},
        )
    current = [p for p in ds.provinces.values() if not p.merged_into]
    groups = []
    for kind in ("thanh-pho-trung-uong", "tinh"):
        units = []
        for p in sorted((p for p in current if p.kind == kind), key=lambda p: sort_key(p.name)):
            former = [(q, sum(len(ds.province_plans.get(r.id, [])) for r in _merged_into(ds, q.id)))
                      for q in _merged_into(ds, p.id)[1:]]
            units.append((p, len(ds.province_plans.get(p.id, [])), former))
        if units:
            groups.append((kind, units))
    bases = sorted({p.merger_basis for p in ds.provinces.values() if p.merger_basis})
    path = urls.PROVINCES
    yield path, render("provinces.md.j2", path, today, ds=ds, groups=groups, now_count=len(current),
                       before_count=len(ds.provinces), bases=bases,
                       data_csv=urls.data_table("tinh", "csv"), data_json=urls.data_table("tinh", "json"))


def _merged_into(ds: Dataset, pid: str) -> list:
    """The province and every province merged into it, directly or through another, by name."""
    found, todo = [], [ds.provinces[pid]]
    while todo:
        province = todo.pop(0)
        found.append(province)
        todo += ds.merged_from.get(province.id, [])
    return found[:1] + sorted(found[1:], key=lambda p: sort_key(p.name))


def report_pages(ds: Dataset, today: dt.date) -> Output:
    """One page per implementation report (what it says, each line linked to its task or target and
    to its line in the report's text), the report's text, and the list of reports — only when there
    are reports: the site never shows an empty list as if it were one."""
    from ..vi import format_number

    for report in ds.ordered_reports():
        statuses = []
        for i, status in enumerate(report.statuses):
            plan = ds.plans[status.plan]
            task = next(t for t in plan.tasks if t.id == status.task)
            ref = next(r for r in ds.task_statuses[(plan.id, task.id)] if r.report.id == report.id)
            statuses.append((plan, task, ref))
        values = []
        for i, value in enumerate(report.target_values):
            plan = ds.plans[value.plan]
            target = next(t for t in plan.targets if t.id == value.target)
            ref = next(r for r in ds.target_values[(plan.id, target.id)] if r.report.id == report.id and r.value is value)
            planned = format_number(target.value) + (f"–{format_number(target.value_max)}" if target.value_max is not None else "")
            name = (f"{ds.target_kinds[target.kind].name}: {target.comparator} {planned} {target.unit} "
                    f"({target.year or label('no_year').lower()})")
            values.append((plan, target, name, ref))
        path = urls.report(report.id)
        yield path, render("report.md.j2", path, today, ds=ds, report=report, statuses=statuses, values=values)
        path = urls.report_original(report.id)
        blocks, _ = _spans(ds, report.id, ("status", "value"))
        yield path, render("original.md.j2", path, today, ds=ds, doc=report, kind="report",
                           lines=_original_lines(ds.report_texts[report.id], blocks))
    if ds.reports:
        grouped = defaultdict(list)
        for report in sorted(ds.reports.values(), key=lambda r: report_key(r), reverse=True):
            grouped[report.province].append(report)
        by_province = [(p, grouped[p.id]) for p in _provinces_sorted(ds, grouped)]
        path = urls.REPORTS
        yield path, render("reports.md.j2", path, today, ds=ds, by_province=by_province,
                           split=len(ds.reports) > INLINE_ROWS)


#: Rows on one page of a long task list: a page about many things is split, never grown (issue 16).
PAGE_ROWS = 100
#: A summary lists its rows itself while the whole list is at most this long; above, it links to pages.
INLINE_ROWS = 100


def task_list_pages(ds: Dataset, today: dt.date, path: str, title: str, sections, back, intro=None,
                    province: bool = False) -> Output:
    """One long task list as pages of at most PAGE_ROWS rows: ``path``, ``path-trang-2`` ...

    ``sections`` is a list of (anchor key or None, heading or None, refs); a section
    cut by a page break carries on, under its heading again, on the next page."""
    flat = [(i, ref) for i, (_, _, refs) in enumerate(sections) for ref in refs]
    chunks = [flat[k:k + PAGE_ROWS] for k in range(0, len(flat), PAGE_ROWS)] or [[]]
    paths = [urls.paged(path, n) for n in range(1, len(chunks) + 1)]
    for number, chunk in enumerate(chunks, start=1):
        grouped: dict[int, list] = defaultdict(list)
        for i, ref in chunk:
            grouped[i].append(ref)
        page_sections = [(sections[i][0], sections[i][1], grouped[i]) for i in sorted(grouped)]
        yield paths[number - 1], render(
            "task_list.md.j2", paths[number - 1], today, ds=ds, title=title, intro=intro, back=back,
            pages=paths, number=number, sections=page_sections, province=province,
        )


def _provinces_sorted(ds: Dataset, ids) -> list:
    return sorted((ds.provinces[p] for p in ids), key=lambda p: sort_key(p.name))


def topic_pages(ds: Dataset, today: dt.date) -> Output:
    """A topic page lists its tasks by province while short; when long it is a summary
    across provinces, and each province's tasks of the topic are their own (paged) list."""
    topics = sorted(ds.topics.values(), key=lambda t: sort_key(t.name))
    for topic in topics:
        grouped = defaultdict(list)
        for ref in ds.topic_tasks.get(topic.id, []):
            grouped[ref.plan.province].append(ref)
        provinces = _provinces_sorted(ds, grouped)
        by_province = [(p, grouped[p.id]) for p in provinces]
        path = urls.topic(topic.id)
        split = sum(len(refs) for refs in grouped.values()) > INLINE_ROWS
        yield path, render("topic.md.j2", path, today, ds=ds, topic=topic, by_province=by_province, split=split)
        if split:
            for province, refs in by_province:
                yield from task_list_pages(
                    ds, today, urls.topic_province(topic.id, province.id), f"{topic.name} — {province.name}",
                    [(None, None, refs)], [(path, topic.name), (urls.TOPICS, label("topics"))],
                )
    path = urls.TOPICS
    yield path, render("topics.md.j2", path, today, ds=ds, topics=topics)


_BUCKET_TITLES = (("ongoing", "deadline_ongoing"), ("annual", "deadline_annual"),
                  ("conditional", "deadline_conditional"), ("unspecified", "deadline_unspecified"))


def _deadline_sections(refs: list[TaskRef], today: dt.date, this_year_section: bool = True):
    buckets: dict[str, list[TaskRef]] = defaultdict(list)
    for ref in refs:
        buckets[deadlines.bucket(ref.task.deadline)].append(ref)
    sections = []
    if this_year_section and buckets.get(str(today.year)):
        sections.append(("nam-nay", f"{label('this_year')} ({today.year})", buckets[str(today.year)]))
    sections += [(year, f"{label('year')} {year}", buckets[year]) for year in sorted(k for k in buckets if k.isdigit())]
    sections += [(key, label(title), buckets[key]) for key, title in _BUCKET_TITLES if buckets.get(key)]
    return sections


def deadline_page(ds: Dataset, today: dt.date) -> Output:
    """The deadline page is a summary: per deadline bucket, how many tasks each province has,
    linking to that province's deadline page (one page per province; one per bucket and
    page when the province's list is long).  Old anchors (#han-2025 ...) stay on the summary."""
    refs = list(ds.all_tasks())
    by_province: dict[str, list[TaskRef]] = defaultdict(list)
    for ref in refs:
        by_province[ref.plan.province].append(ref)
    provinces = _provinces_sorted(ds, by_province)
    summary = []  # (key, title, total, [(province, link path, count)])
    province_sections = {p.id: _deadline_sections(by_province[p.id], today) for p in provinces}
    province_split = {p.id: len(by_province[p.id]) > INLINE_ROWS for p in provinces}
    for key, title, section_refs in _deadline_sections(refs, today):
        counts = defaultdict(int)
        for ref in section_refs:
            counts[ref.plan.province] += 1
        cells = []
        for p in provinces:
            if counts.get(p.id):
                target = (urls.deadlines_province_bucket(p.id, key) if province_split[p.id]
                          else urls.deadlines_province(p.id))
                cells.append((p, target, None if province_split[p.id] else f"han-{key}", counts[p.id]))
        summary.append((key, title, len(section_refs), cells))
    passed = [ref for ref in refs if deadlines.is_passed(ref.task.deadline, today)]
    # overdue with no report, overdue and reported not done, and done: three different things
    passed_split = {"none": 0, "not_done": 0, "done": 0}
    for ref in passed:
        latest = ds.latest_status(ref.plan.id, ref.task.id)
        passed_split["none" if latest is None else "done" if latest.status.status == "hoan-thanh" else "not_done"] += 1
    path = urls.DEADLINES
    yield path, render("deadlines.md.j2", path, today, ds=ds, summary=summary, passed_count=len(passed),
                       passed_split=passed_split,
                       provinces=[(p, urls.deadlines_province(p.id), len(by_province[p.id])) for p in provinces])
    back = [(path, label("deadlines"))]
    for p in provinces:
        sections = province_sections[p.id]
        title = f"{label('deadlines')} — {p.name}"
        said = names.deadlines_passed(ds, by_province[p.id], today)
        if not province_split[p.id]:
            yield from task_list_pages(ds, today, urls.deadlines_province(p.id), title, sections, back, intro=said)
            continue
        own = urls.deadlines_province(p.id)
        yield own, render("deadlines_province.md.j2", own, today, ds=ds, title=title, back=back, intro=said,
                          sections=[(key, heading, urls.deadlines_province_bucket(p.id, key), len(r))
                                    for key, heading, r in sections])
        for key, heading, section_refs in sections:
            yield from task_list_pages(ds, today, urls.deadlines_province_bucket(p.id, key), f"{title}: {heading}",
                                       [(None, None, section_refs)], [(own, title), *back])


def _js_data(name: str, value) -> str:
    """A data file loaded by a <script> tag (works from file://, where fetch() of JSON does not)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return name + "=" + text + ";\n"


def finder_page(ds: Dataset, today: dt.date) -> Output:
    """The finder: a small page whose script loads compact per-province data files on demand
    (``assets/generated/tra-cuu/``); without JavaScript it links to static per-province task lists
    (``tra-cuu/tinh/…``), paged, each row linking to the task's anchor on its plan page.

    ``meta.js`` holds only what is global and bounded (provinces with their row counts, agency
    types, topics, deadline buckets, the UI words and the header search's matching tables); a
    province's file holds its rows and what they name: its plans, the agencies its rows cite (with
    their rank in the country's order, so the script can merge provinces without the whole list)
    and its plans' groups.  So no file grows with the number of provinces or agencies."""
    plans = ds.ordered_plans()
    plan_rank = {p.id: i for i, p in enumerate(plans)}
    agency_rank = {a: i for i, a in enumerate(sorted(ds.agencies, key=lambda i: sort_key(ds.agencies[i].name)))}
    used = {"types": set(), "topics": set(), "buckets": set()}
    shards: dict[str, list] = defaultdict(list)
    for plan in plans:
        for task in plan.tasks:
            bucket = deadlines.bucket(task.deadline)
            coop = [a for a in task.cooperating if a not in task.lead]
            topics = ds.task_topics[(plan.id, task.id)]
            used["types"].update(ds.agencies[a].type for a in [*task.lead, *coop])
            used["topics"].update(topics)
            used["buckets"].add(bucket)
            shards[plan.province].append((plan, task, coop, topics, bucket))
    topics = sorted(used["topics"], key=lambda i: sort_key(ds.topics[i].name))
    topic_index = {t: i for i, t in enumerate(topics)}
    provinces = _provinces_sorted(ds, shards)
    page = PageContext(urls.FINDER, today)
    bucket_names = {"ongoing": label("deadline_ongoing"), "annual": label("deadline_annual"),
                    "conditional": label("deadline_conditional"), "unspecified": label("deadline_unspecified")}
    concepts, particles, hints = search_tables()
    meta = {
        "provinces": [[p.id, p.name, len(shards[p.id])] for p in provinces],
        # today's provinces that took in one with plans (2025 mergers): offered in the province list too,
        # each with the provinces whose rows it now answers for ("Lâm Đồng — nay gồm Đắk Nông")
        "now": [[now.id, now.name, [p.id for p in provinces if ds.province_now(p.id).id == now.id]]
                for now in _provinces_sorted(ds, {ds.province_now(p.id).id for p in provinces} - {p.id for p in provinces})],
        "types": [[i, ds.agency_types[i].name] for i in sorted(used["types"], key=lambda i: sort_key(ds.agency_types[i].name))],
        "topics": [[t, ds.topics[t].name] for t in topics],
        "deadlines": [[b, bucket_names.get(b, f"{label('year')} {b}")] for b in sorted(used["buckets"], key=lambda b: (not b.isdigit(), b))]
                     + [["passed", label("passed_as_of_update")]],
        # what the latest report says of each task (issue 15): a filter only once a report is entered
        "statuses": [[s, STATUS[s]] for s in STATUS] if ds.reports else [],
        "labels": {key: label(key) for key in (
            "province", "plan", "agency", "topic", "deadline", "lead", "cooperating", "finder_form", "finder_keyword",
            "finder_keyword_hint", "finder_agency_type", "finder_group", "finder_role", "finder_role_any",
            "finder_reset", "finder_csv", "finder_all", "finder_tasks", "finder_more", "finder_loading",
            "finder_loading_provinces", "finder_so_far", "finder_indexing", "finder_pick_province", "finder_pick_plan", "task", "output", "passed",
            "finder_status", "finder_filters", "finder_chosen", "finder_chips", "finder_remove", "finder_now_includes")},
        # the header search's matching (kehoach-search.js): abbreviations both ways, words people type for the
        # site's terms, question words (those that ask for a kind of record are dropped too)
        "search": {"abbreviations": abbreviation_table(), "concepts": concepts, "particles": particles, "hints": hints},
    }
    yield urls.finder_meta(), _js_data("window.KehoachFinderMeta", meta)
    for province in provinces:
        rows = shards[province.id]
        own_plans = list(dict.fromkeys(plan.id for plan, *_ in rows))
        plan_no = {pid: i for i, pid in enumerate(own_plans)}
        named = {a for _, task, coop, *_ in rows for a in [*task.lead, *coop]}
        # who holds each body's duties today is offered too, so the agency filter finds a task by today's body
        holder = {a: successor.id for a in named if (successor := ds.holder_now(a)[0])}
        cited = sorted(named | set(holder.values()), key=agency_rank.__getitem__)
        agency_no = {a: i for i, a in enumerate(cited)}
        group_keys = list(dict.fromkeys((plan.id, task.group) for plan, task, *_ in rows if task.group))
        group_no = {g: i for i, g in enumerate(group_keys)}
        titles = {(plan.id, g.id): g.title for plan in ds.province_plans.get(province.id, []) for g in plan.groups}
        data = {
            "plans": [[pid, names.plan_name(ds, ds.plans[pid]),
                       str(page.html_href(urls.plan(pid))), plan_rank[pid]] for pid in own_plans],
            "agencies": [[a, ds.agencies[a].name, ds.agencies[a].type, agency_rank[a], names.now_text(ds, a),
                          agency_no[holder[a]] if a in holder else -1] for a in cited],
            "groups": [[f"{pid}--{gid}", titles[(pid, gid)], plan_no[pid]] for pid, gid in group_keys],
            "rows": [[plan_no[plan.id], task.id, task.text, [agency_no[a] for a in task.lead],
                      [agency_no[a] for a in coop], [topic_index[t] for t in topics],
                      group_no.get((plan.id, task.group), -1), bucket,
                      1 if deadlines.is_passed(task.deadline, today) else 0, task.output or "",
                      deadlines.short(task.deadline),
                      latest.status.status if (latest := ds.latest_status(plan.id, task.id)) else "none"]
                     for plan, task, coop, topics, bucket in rows],
        }
        yield urls.finder_shard(province.id), _js_data(
            f"(window.KehoachFinderShards=window.KehoachFinderShards||{{}})[{json.dumps(province.id)}]", data)
    path = urls.FINDER
    lists = [(p, urls.finder_province(p.id), len(shards[p.id])) for p in provinces]
    yield path, render("finder.md.j2", path, today, ds=ds, lists=lists,
                       meta_src=page.href(urls.finder_meta()),
                       script_src=page.href(urls.FINDER_SCRIPT),
                       shard_srcs=" ".join(f"{p.id}={page.href(urls.finder_shard(p.id))}" for p in provinces))
    for province, list_path, _ in lists:
        sections = [(None, names.plan_name(ds, plan), [TaskRef(plan, t) for t in plan.tasks])
                    for plan in ds.province_plans.get(province.id, []) if plan.tasks]
        yield from task_list_pages(ds, today, list_path, f"{label('finder_list_title')} — {province.name}",
                                   sections, [(path, label("tra_cuu_nhiem_vu"))])


def home_page(ds: Dataset, today: dt.date) -> Output:
    topic_counts = sorted(
        ((t, len(ds.topic_tasks.get(t.id, []))) for t in ds.topics.values()),
        key=lambda tc: (-tc[1], sort_key(tc[0].name)),
    )
    target_rows = [
        (ds.provinces[ref.plan.province], ref.target.year, ref)
        for ref in ds.kind_targets.get("hop-tac-xa-thanh-lap-moi", [])
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
        "targets": sum(len(p.targets) for p in ds.plans.values()), "agencies": len(ds.agency_pages),
        "provinces": len({p.province for p in ds.plans.values()}), "reports": len(ds.reports),
    }
    # bounded: the newest plans and what falls due this year, by count; the rest is a link away
    recent = sorted(ds.plans.values(), key=lambda p: (-(p.date.any_year or 0), -(p.date.month or 0),
                                                       -(p.date.day or 0), sort_key(ds.provinces[p.province].name), p.id))
    due = sum(1 for ref in ds.all_tasks() if deadlines.bucket(ref.task.deadline) == str(today.year))
    path = urls.HOME
    yield path, render(
        "home.md.j2", path, today, ds=ds, plans=recent[:HOME_PLANS], more_plans=len(recent) > HOME_PLANS,
        counts=counts, due=due, topic_counts=topic_counts, target_rows=target_rows[:HOME_ROWS],
        more_targets=len(target_rows) > HOME_ROWS, topic_chart=topic_chart, target_chart=target_chart,
    )


#: The home page shows at most this many plans and target rows (the newest; the rest are linked).
HOME_PLANS = 10
HOME_ROWS = 20


def glossary_page(ds: Dataset, today: dt.date) -> Output:
    terms = sorted(markup.glossary(), key=lambda t: sort_key(t["abbr"]))
    yield urls.GLOSSARY, render("glossary.md.j2", urls.GLOSSARY, today, terms=terms)


BUILDERS = (home_page, glossary_page, finder_page, plan_pages, agency_pages, target_pages, document_pages, province_pages,
            topic_pages, deadline_page, report_pages)


def all_pages(ds: Dataset, today: dt.date) -> Output:
    for builder in BUILDERS:
        yield from builder(ds, today)
