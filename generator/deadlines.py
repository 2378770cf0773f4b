"""What a structured deadline means: its last day, its bucket, its short label."""

from __future__ import annotations

import calendar
import datetime as dt

from .models import Deadline

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


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
    return {"ongoing": "ongoing", "annual": "annual", "after-condition": "conditional"}.get(
        deadline.kind, "unspecified"
    )


def short(deadline: Deadline) -> str:
    """Short Vietnamese label for a badge."""
    kind = deadline.kind
    if kind == "ongoing":
        return "Thường xuyên"
    if kind == "annual":
        return "Hằng năm"
    if kind == "year":
        return f"Năm {deadline.year}"
    if kind == "year-range":
        return f"{deadline.year}–{deadline.year_end}" if deadline.year_end else f"Từ {deadline.year}"
    if kind == "quarter":
        quarters = ", ".join(_ROMAN[q] for q in sorted(deadline.quarters))
        return f"Quý {quarters}/{deadline.year}"
    if kind == "month":
        return f"Tháng {deadline.month}/{deadline.year}"
    if kind == "before":
        if deadline.before:
            b = deadline.before
            return f"Trước {b.day}/{b.month}/{b.year}"
        return f"Đến năm {deadline.year}"
    if kind == "after-condition":
        return "Sau khi có điều kiện"
    if kind == "ambiguous":
        return "Thời hạn không rõ"
    return "Không nêu thời hạn"
