"""The validated data and its reverse indexes (the graph every page is built from)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import (Agency, AgencyType, LegalDocument, Plan, Province, Report, ReportedValue, Target, TargetKind, Task,
                     TaskStatus, Topic)
from ..vi import sort_key


@dataclass(frozen=True)
class TaskRef:
    plan: Plan
    task: Task


@dataclass(frozen=True)
class TargetRef:
    plan: Plan
    target: Target


@dataclass(frozen=True)
class StatusRef:
    """What one report says of one task: the status line and the line of the report's text it quotes."""

    report: Report
    status: TaskStatus
    line: int | None


@dataclass(frozen=True)
class ValueRef:
    """A value one report gives for one target, and the date it refers to (``as_of`` or the report's date)."""

    report: Report
    value: ReportedValue
    line: int | None

    @property
    def as_of(self) -> tuple[int, int, int]:
        d = self.value.as_of or self.report.date
        return (getattr(d, "any_year", None) or d.year or 0, d.month or 0, d.day or 0)


def report_key(report: Report) -> tuple:
    """Reports in the order they were issued (then by id): the last is the latest."""
    return (report.date.any_year or 0, report.date.month or 0, report.date.day or 0, report.id)


@dataclass
class Dataset:
    provinces: dict[str, Province]
    agencies: dict[str, Agency]
    agency_types: dict[str, AgencyType]
    documents: dict[str, LegalDocument]
    topics: dict[str, Topic]
    target_kinds: dict[str, TargetKind]
    plans: dict[str, Plan]
    #: text of each plan's document as published (repaired where needed)
    texts: dict[str, str]
    #: (plan id, "task"|"target", id) or (report id, "status"|"value", index) -> (first, last) line of its
    #: quoted text in the document
    lines: dict[tuple[str, str, str], tuple[int, int]]
    #: topics of each task, after rules and overrides: (plan id, task id) -> ids
    task_topics: dict[tuple[str, str], tuple[str, ...]]
    #: implementation reports and their texts; their quoted lines are in ``lines`` as
    #: (report id, "status"|"value", index in the report's list) -> line
    reports: dict[str, Report] = field(default_factory=dict)
    report_texts: dict[str, str] = field(default_factory=dict)

    # reverse indexes, filled by ``index()``
    lead_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)
    support_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)
    citing_plans: dict[str, list[Plan]] = field(default_factory=dict)
    province_plans: dict[str, list[Plan]] = field(default_factory=dict)
    province_agencies: dict[str, list[Agency]] = field(default_factory=dict)
    type_agencies: dict[str, list[Agency]] = field(default_factory=dict)
    topic_tasks: dict[str, list[TaskRef]] = field(default_factory=dict)
    kind_targets: dict[str, list[TargetRef]] = field(default_factory=dict)
    scope_targets: dict[str, list[TargetRef]] = field(default_factory=dict)  # agency -> quotas set for its area
    predecessors: dict[str, list[Agency]] = field(default_factory=dict)
    merged_from: dict[str, list[Province]] = field(default_factory=dict)
    #: tasks of an agency's predecessors (followed along the successor chain), by role
    inherited_lead: dict[str, list[TaskRef]] = field(default_factory=dict)
    inherited_support: dict[str, list[TaskRef]] = field(default_factory=dict)
    units: dict[str, list[Agency]] = field(default_factory=dict)   # parent agency -> agencies under it
    #: which registry entries get a page: the registries hold every province, ministry and document on
    #: record, but a page must say something (see ``_pages``); the rest is open data and importer knowledge
    agency_pages: set[str] = field(default_factory=set)
    province_pages: set[str] = field(default_factory=set)
    document_pages: set[str] = field(default_factory=set)
    #: (plan id, task id) -> what reports said of it, oldest report first (the last is the latest)
    task_statuses: dict[tuple[str, str], list[StatusRef]] = field(default_factory=dict)
    #: (plan id, target id) -> reported values, by the date they refer to (then report), oldest first
    target_values: dict[tuple[str, str], list[ValueRef]] = field(default_factory=dict)
    #: plan id -> reports on it; province id -> its reports (oldest first)
    plan_reports: dict[str, list[Report]] = field(default_factory=dict)
    province_reports: dict[str, list[Report]] = field(default_factory=dict)

    def index(self) -> "Dataset":
        lead, support, topic = defaultdict(list), defaultdict(list), defaultdict(list)
        citing, by_province, kinds = defaultdict(list), defaultdict(list), defaultdict(list)
        scoped = defaultdict(list)
        for plan in self.ordered_plans():
            by_province[plan.province].append(plan)
            for doc in plan.legal_basis:
                citing[doc].append(plan)
            for task in plan.tasks:
                ref = TaskRef(plan, task)
                for agency in task.lead:
                    lead[agency].append(ref)
                for agency in task.cooperating:
                    if agency not in task.lead:
                        support[agency].append(ref)
                for topic_id in self.task_topics[(plan.id, task.id)]:
                    topic[topic_id].append(ref)
            for target in plan.targets:
                kinds[target.kind].append(TargetRef(plan, target))
                if target.scope_agency:
                    scoped[target.scope_agency].append(TargetRef(plan, target))
        by_agency_province, by_type, preds = defaultdict(list), defaultdict(list), defaultdict(list)
        units = defaultdict(list)
        for agency in sorted(self.agencies.values(), key=lambda a: sort_key(a.name)):
            if agency.province:
                by_agency_province[agency.province].append(agency)
            by_type[agency.type].append(agency)
            if agency.successor:
                preds[agency.successor.agency].append(agency)
            if agency.parent:
                units[agency.parent].append(agency)
        merged = defaultdict(list)
        for province in sorted(self.provinces.values(), key=lambda p: sort_key(p.name)):
            if province.merged_into:
                merged[province.merged_into].append(province)
        self.lead_tasks, self.support_tasks, self.topic_tasks = dict(lead), dict(support), dict(topic)
        self.citing_plans, self.province_plans, self.kind_targets = dict(citing), dict(by_province), dict(kinds)
        self.scope_targets = dict(scoped)
        self.province_agencies, self.type_agencies = dict(by_agency_province), dict(by_type)
        self.predecessors, self.merged_from, self.units = dict(preds), dict(merged), dict(units)
        self._pages()
        self._index_reports()
        self.inherited_lead = self._inherited(self.lead_tasks)
        self.inherited_support = self._inherited(self.support_tasks)
        return self

    def _inherited(self, by_agency: dict[str, list[TaskRef]]) -> dict[str, list[TaskRef]]:
        """Each successor's share of its predecessors' tasks, in document order, each task once."""
        found: dict[str, dict[tuple[str, str], TaskRef]] = defaultdict(dict)
        for agency_id, refs in by_agency.items():
            for successor in self.successor_chain(agency_id):
                bucket = found[successor.id]
                for ref in refs:
                    bucket.setdefault((ref.plan.id, ref.task.id), ref)
        if not found:
            return {}
        order = {(ref.plan.id, ref.task.id): i for i, ref in enumerate(self.all_tasks())}
        return {agency_id: sorted(refs.values(), key=lambda r: order[(r.plan.id, r.task.id)])
                for agency_id, refs in found.items()}

    def holder_now(self, agency_id: str) -> tuple[Agency | None, Province | None]:
        """Who holds an agency's duties today: the end of its successor chain (None when it
        has no successor) and, when that body's province has since merged into another, the
        province it belongs to now (None otherwise)."""
        chain = self.successor_chain(agency_id)
        last = chain[-1] if chain else self.agencies[agency_id]
        province = None
        if last.province:
            now = self.province_now(last.province)
            province = now if now.id != last.province else None
        return (chain[-1] if chain else None), province

    def _pages(self) -> None:
        """Who gets a page. An agency: one a plan names (issuer, lead, cooperating, a target's scope),
        then every body that took over from one of those (its successor chain) and the bodies they
        belong to (parent), to a fixed point. A province: one with a plan, and the provinces it became
        part of (so Lâm Đồng has a page for Đắk Nông's plan; Bình Thuận, with no plan, is a line on the
        province list). A document: one a plan cites, the basis of the mergers (the province list cites
        it), or of a change or succession that a page shows."""
        agencies: set[str] = set()
        for plan in self.plans.values():
            agencies.add(plan.issuer)
            agencies.update(t.scope_agency for t in plan.targets if t.scope_agency)  # its quotas are on its page
            for task in plan.tasks:
                agencies.update(task.lead)
                agencies.update(task.cooperating)
        todo = list(agencies)
        while todo:
            agency = self.agencies[todo.pop()]
            for nxt in (agency.successor.agency if agency.successor else None, agency.parent):
                if nxt and nxt not in agencies:
                    agencies.add(nxt)
                    todo.append(nxt)
        provinces: set[str] = set()
        for pid in {plan.province for plan in self.plans.values()}:
            while pid and pid not in provinces:
                provinces.add(pid)
                pid = self.provinces[pid].merged_into
        documents = set(self.citing_plans)  # and the mergers' basis, which the province list cites
        documents.update(p.merger_basis for p in self.provinces.values() if p.merger_basis)
        documents.update(self.provinces[p].former.basis for p in provinces
                         if self.provinces[p].former and self.provinces[p].former.basis)
        documents.update(self.agencies[a].successor.basis for a in agencies
                         if self.agencies[a].successor and self.agencies[a].successor.basis)
        self.agency_pages, self.province_pages, self.document_pages = agencies, provinces, documents

    def _index_reports(self) -> None:
        statuses, values, by_plan, by_province = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
        for report in self.ordered_reports():
            by_province[report.province].append(report)
            for plan_id in report.plans:
                by_plan[plan_id].append(report)
            for i, status in enumerate(report.statuses):
                statuses[(status.plan, status.task)].append(StatusRef(report, status, self.line(report.id, "status", i)))
            for i, value in enumerate(report.target_values):
                values[(value.plan, value.target)].append(ValueRef(report, value, self.line(report.id, "value", i)))
        for refs in statuses.values():  # on one date, a report that says how it stands after one that does not
            refs.sort(key=lambda r: (report_key(r.report)[:3], r.status.status != "khong-ro", r.report.id))
        for refs in values.values():
            refs.sort(key=lambda r: (r.as_of, report_key(r.report)))
        self.task_statuses, self.target_values = dict(statuses), dict(values)
        self.plan_reports, self.province_reports = dict(by_plan), dict(by_province)

    def ordered_reports(self) -> list[Report]:
        return sorted(self.reports.values(), key=report_key)

    def latest_status(self, plan_id: str, task_id: str) -> StatusRef | None:
        refs = self.task_statuses.get((plan_id, task_id))
        return refs[-1] if refs else None

    def status_counts(self, plans) -> dict[str, int]:
        """Tasks of ``plans`` by their latest reported status; "none" for those no report mentions."""
        counts: dict[str, int] = defaultdict(int)
        for plan in plans:
            for task in plan.tasks:
                latest = self.latest_status(plan.id, task.id)
                counts[latest.status.status if latest else "none"] += 1
        return dict(counts)

    @property
    def row_cache(self) -> dict:
        """Rendered task-table rows by (folder, plan, task, variant, date): see render.PageContext."""
        if getattr(self, "_row_cache", None) is None:
            self._row_cache = {}
        return self._row_cache

    def line(self, plan_id: str, kind: str, item_id: str) -> int | None:
        """First line of a task's or target's text in its document (None when not traced)."""
        span = self.lines.get((plan_id, kind, item_id))
        return span[0] if span else None

    def ordered_plans(self) -> list[Plan]:
        """Plans by province name, then by year, then id (stable); computed once."""
        if getattr(self, "_ordered", None) is None:
            self._ordered = sorted(
                self.plans.values(),
                key=lambda p: (sort_key(self.provinces[p.province].name), p.date.any_year or 0, p.id),
            )
        return list(self._ordered)

    def successor_chain(self, agency_id: str) -> list[Agency]:
        """Successors of an agency, nearest first (cycles are rejected by validation)."""
        chain, seen = [], {agency_id}
        current = self.agencies[agency_id]
        while current.successor and current.successor.agency not in seen:
            seen.add(current.successor.agency)
            current = self.agencies[current.successor.agency]
            chain.append(current)
        return chain

    def province_now(self, province_id: str) -> Province:
        province = self.provinces[province_id]
        seen = {province_id}
        while province.merged_into and province.merged_into not in seen:
            seen.add(province.merged_into)
            province = self.provinces[province.merged_into]
        return province

    def all_tasks(self) -> list[TaskRef]:
        return [TaskRef(plan, task) for plan in self.ordered_plans() for task in plan.tasks]
