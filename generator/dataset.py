"""The validated data and its reverse indexes (the graph every page is built from)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import (Agency, AgencyType, LegalDocument, Plan, Province, Report, ReportedValue, Target, TargetKind, Task,
                     TaskStatus, Topic)
from .vi import sort_key


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
    #: (plan id, "task"|"target", id) -> first line in the document text
    lines: dict[tuple[str, str, str], int]
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
    predecessors: dict[str, list[Agency]] = field(default_factory=dict)
    merged_from: dict[str, list[Province]] = field(default_factory=dict)
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
        by_agency_province, by_type, preds = defaultdict(list), defaultdict(list), defaultdict(list)
        for agency in sorted(self.agencies.values(), key=lambda a: sort_key(a.name)):
            if agency.province:
                by_agency_province[agency.province].append(agency)
            by_type[agency.type].append(agency)
            if agency.successor:
                preds[agency.successor.agency].append(agency)
        merged = defaultdict(list)
        for province in sorted(self.provinces.values(), key=lambda p: sort_key(p.name)):
            if province.merged_into:
                merged[province.merged_into].append(province)
        self.lead_tasks, self.support_tasks, self.topic_tasks = dict(lead), dict(support), dict(topic)
        self.citing_plans, self.province_plans, self.kind_targets = dict(citing), dict(by_province), dict(kinds)
        self.province_agencies, self.type_agencies = dict(by_agency_province), dict(by_type)
        self.predecessors, self.merged_from = dict(preds), dict(merged)
        self._index_reports()
        return self

    def _index_reports(self) -> None:
        statuses, values, by_plan, by_province = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
        for report in self.ordered_reports():
            by_province[report.province].append(report)
            for plan_id in report.plans:
                by_plan[plan_id].append(report)
            for i, status in enumerate(report.statuses):
                statuses[(status.plan, status.task)].append(StatusRef(report, status, self.lines.get((report.id, "status", i))))
            for i, value in enumerate(report.target_values):
                values[(value.plan, value.target)].append(ValueRef(report, value, self.lines.get((report.id, "value", i))))
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
