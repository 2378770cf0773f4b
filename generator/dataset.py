"""The validated data and its reverse indexes (the graph every page is built from)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .models import Agency, AgencyType, LegalDocument, Plan, Province, Target, TargetKind, Task, Topic
from .vi import sort_key


@dataclass(frozen=True)
class TaskRef:
    plan: Plan
    task: Task


@dataclass(frozen=True)
class TargetRef:
    plan: Plan
    target: Target


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
    #: (plan id, "task"|"target", id) -> (first, last) line of its text in the document
    lines: dict[tuple[str, str, str], tuple[int, int]]
    #: topics of each task, after rules and overrides: (plan id, task id) -> ids
    task_topics: dict[tuple[str, str], tuple[str, ...]]

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
