"""Load ``source/`` and check it; return a ``Dataset`` or every problem found.

Order: read every file → validate each against its model → check ids and
references across files → check quoted text against the documents
(fidelity) and structured fields against the quotes (traceability).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .. import gcpause, urls
from ..labels import REGISTRY_NOUN, STATUS, message
from ..problems import Problems
from ..vi import fold
from .dataset import Dataset
from .deadlines import KINDS
from .fidelity import Fidelity, number_in
from .loader import Loaded, load_yaml
from .models import Agency, AgencyType, LegalDocument, Plan, Province, Report, TargetKind, Topic
from .topics import Tagger

PLAN_DIR, REGISTRY_DIR, REPORT_DIR = "plans", "registry", "reports"

REGISTRY_MODELS = {
    "provinces": Province, "agencies": Agency, "agency_types": AgencyType,
    "documents": LegalDocument, "topics": Topic, "target_kinds": TargetKind,
}

#: pydantic's error types in our words (its own messages are English); ctx fills the limits.
_PYDANTIC = {
    "extra_forbidden": ("unknown_field", None), "missing": ("missing_field", None),
    "string_pattern_mismatch": ("bad_id", None), "string_type": ("need_text", None),
    "int_type": ("need_integer", None), "int_parsing": ("need_integer", None), "int_from_float": ("need_integer", None),
    "float_type": ("need_number", None), "float_parsing": ("need_number", None), "finite_number": ("need_number", None),
    "list_type": ("need_list", None), "dict_type": ("need_mapping", None), "model_type": ("need_mapping", None),
    "model_attributes_type": ("need_mapping", None), "bool_type": ("need_bool", None), "bool_parsing": ("need_bool", None),
    "date_type": ("need_date", None), "date_parsing": ("need_date", None), "date_from_datetime_parsing": ("need_date", None),
    "date_from_datetime_inexact": ("need_date", None), "literal_error": ("need_one_of", "expected"),
    "greater_than_equal": ("at_least", "ge"), "less_than_equal": ("at_most", "le"),
    "greater_than": ("greater_than", "gt"), "less_than": ("less_than", "lt"),
    "string_too_short": ("empty_text", None), "string_too_long": ("text_too_long", "max_length"),
    "too_long": ("list_too_long", "max_length"), "too_short": ("list_too_short", "min_length"),
}


def _pydantic_message(err: dict) -> str:
    if err["type"].startswith("value_error"):
        return err["msg"].removeprefix("Value error, ")  # our own validators' words
    if err["type"] == "missing" and err["loc"] and err["loc"][-1] == "quote":  # say what it is for
        return message("needs_quote")
    key, ctx_key = _PYDANTIC.get(err["type"], (None, None))
    if key is None:
        return message("invalid_value", detail=err["msg"])
    limit = (err.get("ctx") or {}).get(ctx_key) if ctx_key else None
    if key == "need_one_of":
        return message(key, expected=str(limit).replace(" or ", ", "))
    return message(key, limit=limit) if ctx_key else message(key)


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _validate_model(model: type[BaseModel], loaded: Loaded, problems: Problems,
                    prefix: tuple = (), data: Any = None) -> Any:
    try:
        return model.model_validate(loaded.data if data is None else data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = prefix + tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            line, col = loaded.where(loc)
            problems.error(loaded.file, line, col, _field_path(loc), _pydantic_message(err))
        return None


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


class _Checker(Fidelity):
    def __init__(self, root: Path, problems: Problems):
        self.root, self.problems = root, problems
        self.registry: dict[str, dict[str, Any]] = {
            k: {} for k in ("provinces", "agencies", "agency_types", "documents", "topics", "target_kinds")
        }
        self.origin: dict[tuple[str, str], tuple[Loaded, tuple]] = {}
        self.plans: dict[str, tuple[Plan, Loaded]] = {}
        self.reports: dict[str, tuple[Report, Loaded]] = {}

    def label(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    # -- reading --------------------------------------------------------------
    def read(self) -> None:
        self.read_registries()
        self.read_plans()
        self.read_reports()

    def read_registries(self) -> None:
        for path in _yaml_files(self.root / REGISTRY_DIR):
            loaded = load_yaml(path, self.label(path), self.problems)
            if loaded is None:
                continue
            # validate item by item, so one bad entry does not hide the others
            for key, value in loaded.data.items():
                model = REGISTRY_MODELS.get(key)
                if model is None:
                    self.err(loaded, (key,), message("unknown_list", expected=", ".join(REGISTRY_MODELS)))
                    continue
                if not isinstance(value, list):
                    self.err(loaded, (key,), message("need_list"))
                    continue
                for index, item in enumerate(value):
                    valid = _validate_model(model, loaded, self.problems, (key, index), item)
                    if valid is not None:
                        self._register(key, valid, loaded, (key, index))

    def read_plans(self) -> None:
        #: a plan file that could not be read: reports citing its plan are not told the plan is missing
        self.unread_plans = False
        for path in _yaml_files(self.root / PLAN_DIR):
            loaded = load_yaml(path, self.label(path), self.problems)
            if loaded is None:
                self.unread_plans = True
                continue
            plan = _validate_model(Plan, loaded, self.problems)
            if plan is None:
                self.unread_plans = True
                continue
            if plan.id in self.plans:
                other = self.plans[plan.id][1]
                self.err(loaded, ("id",), message("duplicate_plan", id=plan.id, where=f"{other.file}:{other.where(('id',))[0]}"))
                continue
            self.plans[plan.id] = (plan, loaded)

    def read_reports(self) -> None:
        for path in _yaml_files(self.root / REPORT_DIR):
            loaded = load_yaml(path, self.label(path), self.problems)
            if loaded is None:
                continue
            report = _validate_model(Report, loaded, self.problems)
            if report is None:
                continue
            if report.id in self.reports:
                other = self.reports[report.id][1]
                self.err(loaded, ("id",), message("duplicate_report", id=report.id, where=f"{other.file}:{other.where(('id',))[0]}"))
                continue
            self.reports[report.id] = (report, loaded)

    def _register(self, kind: str, item: Any, loaded: Loaded, path: tuple) -> None:
        table = self.registry[kind]
        if item.id in table:
            first, first_path = self.origin[(kind, item.id)]
            line = first.where(first_path + ("id",))[0]
            self.err(loaded, path + ("id",), message("duplicate_registry_id", id=item.id, kind=kind, where=f"{first.file}:{line}"))
            return
        table[item.id] = item
        self.origin[(kind, item.id)] = (loaded, path)

    # -- helpers --------------------------------------------------------------
    def err(self, loaded: Loaded, path: tuple, message: str) -> None:
        line, col = loaded.where(path)
        self.problems.error(loaded.file, line, col, _field_path(path), message)

    def warn(self, loaded: Loaded, path: tuple, message: str) -> None:
        line, col = loaded.where(path)
        self.problems.warning(loaded.file, line, col, _field_path(path), message)

    def ref(self, kind: str, value: str | None, loaded: Loaded, path: tuple) -> None:
        if value is not None and value not in self.registry[kind]:
            self.err(loaded, path, message("unknown_ref", noun=REGISTRY_NOUN[kind], value=value))

    # -- registries -------------------------------------------------------------
    def check_registries(self) -> None:
        for agency in self.registry["agencies"].values():
            loaded, path = self.origin[("agencies", agency.id)]
            self.ref("agency_types", agency.type, loaded, path + ("type",))
            self.ref("provinces", agency.province, loaded, path + ("province",))
            self.ref("agencies", agency.parent, loaded, path + ("parent",))
            if agency.successor:
                self.ref("agencies", agency.successor.agency, loaded, path + ("successor", "agency"))
                self.ref("documents", agency.successor.basis, loaded, path + ("successor", "basis"))
        names: dict[str, str] = {}  # folded name or variant -> province id (the importer reads names)
        for province in self.registry["provinces"].values():
            loaded, path = self.origin[("provinces", province.id)]
            self.ref("provinces", province.merged_into, loaded, path + ("merged_into",))
            self.ref("documents", province.merger_basis, loaded, path + ("merger_basis",))
            if province.former:
                self.ref("documents", province.former.basis, loaded, path + ("former", "basis"))
            spelled = [("name", province.name)] + [(("variants", i), v) for i, v in enumerate(province.variants)]
            if province.former:
                spelled.append((("former", "name"), province.former.name))
            for where, name in spelled:
                other = names.setdefault(fold(name), province.id)
                if other != province.id:
                    self.err(loaded, path + (where if isinstance(where, tuple) else (where,)),
                             message("province_name_clash", name=name, other=other))
        self._cycles("agencies", lambda a: a.successor.agency if a.successor else None, ("successor", "agency"),
                     lambda chain: message("successor_cycle", chain=chain))
        self._cycles("agencies", lambda a: a.parent, ("parent",), lambda chain: message("parent_cycle", chain=chain))
        self._cycles("provinces", lambda p: p.merged_into, ("merged_into",),
                     lambda chain: message("merger_cycle", chain=chain))

    def _cycles(self, kind: str, nxt, field_path: tuple, words) -> None:
        table = self.registry[kind]
        reported: set[str] = set()
        for start in sorted(table):
            seen, current = [], start
            while current in table and current not in seen:
                seen.append(current)
                current = nxt(table[current])
            if current in seen and current not in reported:
                cycle = seen[seen.index(current):]
                reported.update(cycle)
                loaded, path = self.origin[(kind, current)]
                self.err(loaded, path + field_path, words(" → ".join(cycle + [current])))

    # -- plans ------------------------------------------------------------------
    def check_plan(self, plan: Plan, loaded: Loaded, texts: dict, lines: dict) -> None:
        self.ref("agencies", plan.issuer, loaded, ("issuer",))
        self.ref("provinces", plan.province, loaded, ("province",))
        for i, doc in enumerate(plan.legal_basis):
            self.ref("documents", doc, loaded, ("legal_basis", i))
        for name, items in (("targets", plan.targets), ("groups", plan.groups), ("tasks", plan.tasks)):
            seen: set[str] = set()
            for i, item in enumerate(items):
                if item.id in seen:
                    self.err(loaded, (name, i, "id"), message("duplicate_id", id=item.id, kind=name))
                seen.add(item.id)
        group_ids = {g.id for g in plan.groups}
        target_ids = {t.id for t in plan.targets}
        for i, target in enumerate(plan.targets):
            path = ("targets", i)
            self.ref("target_kinds", target.kind, loaded, path + ("kind",))
            self.ref("agencies", target.scope_agency, loaded, path + ("scope_agency",))
            if target.parent is not None and target.parent not in target_ids:
                self.err(loaded, path + ("parent",), message("unknown_target", id=target.parent))
            if target.value_max is not None and target.value_max < target.value:
                self.err(loaded, path + ("value_max",), message("upper_below_value"))
            if target.unit.strip() == "%" and max(target.value, target.value_max or 0) > 100:
                self.err(loaded, path + ("value",), message("percent_over_100"))
        for i, task in enumerate(plan.tasks):
            path = ("tasks", i)
            reserved = next((p for p in urls.RESERVED_ANCHOR_PREFIXES if task.id.startswith(p)), None)
            if reserved:
                self.err(loaded, path + ("id",), message("reserved_anchor", prefix=reserved))
            if not task.lead:
                self.err(loaded, path + ("lead",), message("no_lead"))
            for key in ("lead", "cooperating"):
                for j, agency in enumerate(getattr(task, key)):
                    self.ref("agencies", agency, loaded, path + (key, j))
            if task.group is not None and task.group not in group_ids:
                self.err(loaded, path + ("group",), message("unknown_group", id=task.group))
            for j, topic in enumerate(task.topics or []):
                self.ref("topics", topic, loaded, path + ("topics", j))
            for j, note in enumerate(task.review):
                self.err(loaded, path + ("review", j), message("needs_review", note=note))
            self._check_deadline(task, loaded, path + ("deadline",))
        for j, note in enumerate(plan.review):
            self.err(loaded, ("review", j), message("needs_review", note=note))
        for i, target in enumerate(plan.targets):
            for j, note in enumerate(target.review):
                self.err(loaded, ("targets", i, "review", j), message("needs_review", note=note))
        self._check_text(plan, loaded, texts, lines)

    def _check_deadline(self, task, loaded: Loaded, path: tuple) -> None:
        d = task.deadline
        for name in KINDS[d.kind].needs:
            if not getattr(d, name):
                self.err(loaded, path + (name,), message("required_when", kind=d.kind))
        if d.kind == "before" and not (d.before or d.year):
            self.err(loaded, path + ("before",), message("before_needs_date"))
        if d.year and d.year_end and d.year_end < d.year:
            self.err(loaded, path + ("year_end",), message("end_before_start"))

    # -- implementation reports -------------------------------------------------
    def check_report(self, report: Report, loaded: Loaded, texts: dict, lines: dict) -> None:
        """References, quotes and values of one report; contradictions between reports are
        ``check_report_dates``'s."""
        self.ref("agencies", report.issuer, loaded, ("issuer",))
        self.ref("provinces", report.province, loaded, ("province",))
        if report.date.any_year is None:
            self.err(loaded, ("date",), message("report_needs_year"))
        plans: dict[str, Plan] = {}
        for i, plan_id in enumerate(report.plans):
            if plan_id not in self.plans:
                if not self.unread_plans:  # else that file's own errors say enough
                    self.err(loaded, ("plans", i), message("unknown_plan", id=plan_id))
                continue
            plan = plans[plan_id] = self.plans[plan_id][0]
            if _earlier(report.date, plan.date):
                self.err(loaded, ("date",), message("report_before_plan", plan=plan_id,
                                                    printed=plan.date.printed or plan.date.any_year))
        for j, note in enumerate(report.review):
            self.err(loaded, ("review", j), message("needs_review", note=note))

        def owner(item, path: tuple, kind: str):
            """The plan of a status or value line and its task or target, or None after an error."""
            if item.plan not in report.plans:
                self.err(loaded, path + ("plan",), message("plan_not_in_report", id=item.plan))
                return None
            plan = plans.get(item.plan)
            if plan is None:
                return None  # reported once, at report.plans
            found = next((x for x in (plan.tasks if kind == "task" else plan.targets) if x.id == getattr(item, kind)), None)
            if found is None and kind == "task":
                self.err(loaded, path + (kind,), message("unknown_task", id=item.task, plan=item.plan))
            elif found is None:
                self.err(loaded, path + (kind,), message("unknown_target_in", id=item.target, plan=item.plan))
            return found

        seen: dict[tuple[str, str], int] = {}
        for i, status in enumerate(report.statuses):
            path = ("statuses", i)
            owner(status, path, "task")
            key = (status.plan, status.task)
            if key in seen:
                first, line = report.statuses[seen[key]], loaded.where(("statuses", seen[key]))[0]
                if first.status == status.status:
                    self.err(loaded, path + ("task",), message("status_twice", id=status.task, line=line))
                else:
                    self.err(loaded, path + ("status",), message("status_contradiction_here", id=status.task, line=line,
                                                                 other=STATUS[first.status]))
            seen.setdefault(key, i)
            for j, note in enumerate(status.review):
                self.err(loaded, path + ("review", j), message("needs_review", note=note))
        for i, value in enumerate(report.target_values):
            path = ("target_values", i)
            target = owner(value, path, "target")
            if target is not None and target.unit.strip() == "%" and value.value > 100:
                self.err(loaded, path + ("value",), message("percent_over_100"))
            for j, note in enumerate(value.review):
                self.err(loaded, path + ("review", j), message("needs_review", note=note))

        quote = self._opened(report, loaded, texts)
        if quote is None:
            return
        for i, status in enumerate(report.statuses):
            found = quote(status.quote, ("statuses", i, "quote"), cell=True)
            if found:
                lines[(report.id, "status", i)] = (found.line, found.end_line)
        for i, value in enumerate(report.target_values):
            path = ("target_values", i)
            found = quote(value.quote, path + ("quote",), cell=True)
            if found:
                lines[(report.id, "value", i)] = (found.line, found.end_line)
            if not number_in(value.value, value.quote):
                self.err(loaded, path + ("value",), message("value_not_in_text", value=f"{value.value:g}"))
            if value.as_of is not None:
                quote(value.as_of.printed, path + ("as_of", "printed"), cell=True)
                self._date_in_printed(value.as_of, loaded, path + ("as_of",))

    def check_report_dates(self) -> None:
        """Two reports of the same date may not say different things of one task (or give two values
        of one target for the same date): which would the site show?  A report that mentions a task
        without saying how it stands (khong-ro) contradicts nothing."""
        said: dict[tuple, tuple[str, Report, Loaded, tuple]] = {}
        for report, loaded in sorted(self.reports.values(), key=lambda rl: rl[0].id):
            if report.date.any_year is None:
                continue
            day = _date_key(report.date)
            lines_of = {}
            for i, status in enumerate(report.statuses):
                lines_of.setdefault((status.plan, status.task), ("statuses", i, STATUS[status.status]))
            for i, value in enumerate(report.target_values):
                when = _date_key(value.as_of) if value.as_of else day
                lines_of.setdefault((value.plan, "target", value.target, when), ("target_values", i, f"{value.value:g}"))
            for key, (field, i, what) in lines_of.items():
                full = key + ((day,) if field == "statuses" else ())
                other = said.get(full)
                if other is None:
                    said[full] = (what, report, loaded, (field, i))
                elif other[0] != what and STATUS["khong-ro"] not in (other[0], what):  # "not said" contradicts nothing
                    first, first_report, first_loaded, first_path = other
                    self.err(loaded, (field, i, "status" if field == "statuses" else "value"), message(
                        "report_contradiction", other=first, where=f"{first_loaded.file}:{first_loaded.where(first_path)[0]}",
                        report=first_report.number or first_report.id))

    def dataset(self, texts: dict, lines: dict, report_texts: dict) -> Dataset:
        tagger = Tagger(self.registry["topics"])
        task_topics = {
            (plan.id, task.id): tagger.topics_for(task)
            for plan, _ in self.plans.values()
            for task in plan.tasks
        }
        return Dataset(
            provinces=self.registry["provinces"], agencies=self.registry["agencies"],
            agency_types=self.registry["agency_types"], documents=self.registry["documents"],
            topics=self.registry["topics"], target_kinds=self.registry["target_kinds"],
            plans={pid: plan for pid, (plan, _) in self.plans.items()},
            texts=texts, lines=lines, task_topics=task_topics,
            reports={rid: report for rid, (report, _) in self.reports.items()}, report_texts=report_texts,
        ).index()


def _date_key(date) -> tuple[int, int, int]:
    """A printed date (plan, report, as_of) as a sortable key, missing parts as 0."""
    return (getattr(date, "any_year", None) or date.year or 0, date.month or 0, date.day or 0)


def _earlier(first, second) -> bool:
    """Is date ``first`` before ``second``, compared only as far as both are printed?"""
    for a, b in zip(_date_key(first), _date_key(second)):
        if not a or not b:
            return False
        if a != b:
            return a < b
    return False


def read_registries(root: Path) -> tuple[dict[str, list], Problems]:
    """The registries of ``root`` (a ``source/`` folder) read and checked the way ``check`` reads
    them — positions, duplicates, references — without the plans (``kehoach import`` needs the
    registry while other drafts may still be under review)."""
    problems = Problems()
    if not (root / REGISTRY_DIR).is_dir():  # no data folder at all ("--source ''", a wrong path): said, not guessed
        problems.error(str(root), 1, 1, "", message("no_plan_folder", folder=REGISTRY_DIR))
        return {}, problems
    checker = _Checker(root, problems)
    checker.read_registries()
    checker.check_registries()
    return {kind: list(table.values()) for kind, table in checker.registry.items()}, problems


def check(root: Path) -> tuple[Dataset | None, Problems]:
    """Validate ``root`` (a ``source/`` folder). The dataset is None on errors."""
    with gcpause.paused():
        return _check(root)


def _check(root: Path) -> tuple[Dataset | None, Problems]:
    problems = Problems()
    if not (root / PLAN_DIR).is_dir():
        problems.error(str(root), 1, 1, "", message("no_plan_folder", folder=PLAN_DIR))
        return None, problems
    checker = _Checker(root, problems)
    checker.read()
    checker.check_registries()
    texts: dict[str, str] = {}
    lines: dict = {}
    for plan, loaded in checker.plans.values():
        checker.check_plan(plan, loaded, texts, lines)
    report_texts: dict[str, str] = {}
    for report, loaded in checker.reports.values():
        checker.check_report(report, loaded, report_texts, lines)
    checker.check_report_dates()
    if not checker.plans and not problems.errors:
        problems.error(checker.label(root / PLAN_DIR), 1, 1, "", message("no_plans"))
    if problems.errors:
        return None, problems
    return checker.dataset(texts, lines, report_texts), problems
