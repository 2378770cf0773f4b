"""Deadline kinds, and what a structured deadline means: its last day, its bucket, its short label.

``KINDS`` is the one table of deadline kinds: the models' allowed values, the
fields each kind needs (validation), the bucket of an undated kind (deadline
pages), the open data's column description; their words are
``labels.DEADLINE_KIND`` and ``labels.DEADLINE_SHORT``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Deadline

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Kind:
    needs: tuple[str, ...] = ()   # fields a deadline of this kind must give
    undated: str | None = None    # its bucket on the deadline pages when it has no last day


KINDS: dict[str, Kind] = {
    "ongoing": Kind(undated="ongoing"),
    "annual": Kind(undated="annual"),
    "year": Kind(needs=("year",)),
    "year-range": Kind(needs=("year", "year_end")),
    "quarter": Kind(needs=("year", "quarters")),
    "month": Kind(needs=("year", "month")),
    "before": Kind(),                 # a date (before) or a year: checked apart
    "after-condition": Kind(needs=("condition",), undated="conditional"),
    "unspecified": Kind(undated="unspecified"),
    "ambiguous": Kind(undated="unspecified"),
}
KIND_IDS = tuple(KINDS)


def due(deadline: Deadline) -> dt.date | None:
    """Last day on which the task is still on time; None when not a date."""
    kind = deadline.kind
    if kind == "year" and deadline.year:
        return dt.date(deadline.year, 12, 31)
    if kind == "year-range" and (deadline.year_end or deadline.year):
        return dt.date(deadline.year_end or deadline.year, 12, 31)
    if kind == "quarter" and deadline.year and deadline.quarters:
        month = max(deadline.quarters) * 3
        return dt.date(deadline.year, month, calendar.monthrange(deadline.year, month)[1])
    if kind == "month" and deadline.year and deadline.month:
        return dt.date(deadline.year, deadline.month, calendar.monthrange(deadline.year, deadline.month)[1])
    if kind == "before":
        if deadline.before:
            return deadline.before
        if deadline.year:
            return dt.date(deadline.year, 12, 31)
    return None


def is_passed(deadline: Deadline, today: dt.date) -> bool:
    last = due(deadline)
    return last is not None and last < today


def bucket(deadline: Deadline) -> str:
    """Grouping key for the deadlines page: a year ('2023') or a kind."""
    last = due(deadline)
    if last is not None:
        return str(last.year)
    return KINDS[deadline.kind].undated or "unspecified"


def short(deadline: Deadline) -> str:
    """Short Vietnamese label for a badge (words from labels.DEADLINE_SHORT / DEADLINE_KIND)."""
    from ..labels import DEADLINE_KIND, DEADLINE_SHORT as S

    kind = deadline.kind
    if kind == "year":
        return S["year"].format(year=deadline.year)
    if kind == "year-range":
        return (S["year_range"] if deadline.year_end else S["year_from"]).format(year=deadline.year, end=deadline.year_end)
    if kind == "quarter":
        return S["quarter"].format(quarters=", ".join(_ROMAN[q] for q in sorted(deadline.quarters)), year=deadline.year)
    if kind == "month":
        return S["month"].format(month=deadline.month, year=deadline.year)
    if kind == "before":
        if deadline.before:
            b = deadline.before
            return S["before_date"].format(day=b.day, month=b.month, year=b.year)
        return S["before_year"].format(year=deadline.year)
    return DEADLINE_KIND[kind]
