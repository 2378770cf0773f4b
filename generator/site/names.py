"""How plans and legal documents are named for people: one function each, read by the
templates, the finder's data, the search index and the open data alike (a change touches
one place)."""

from __future__ import annotations

from .. import urls
from ..labels import DOC_TYPE, PLAN_KIND, PROVINCE_KIND, label


def plan_year(plan) -> str:
    """The plan's year as printed, or "[2023]" when inferred (the brackets say so), or ''."""
    if plan.date.year:
        return str(plan.date.year)
    return f"[{plan.date.inferred_year}]" if plan.date.inferred_year else ""


def plan_name(ds, plan) -> str:
    """"Kế hoạch 127/KH-UBND — Đắk Nông, 2023": kind, number (or "(không số)"), province, year."""
    year = plan_year(plan)
    name = f"{PLAN_KIND[plan.kind]} {plan.number or label('khong_so')} — {ds.provinces[plan.province].name}"
    return f"{name}, {year}" if year else name


def document_name(doc) -> str:
    """"Nghị quyết 09/NQ-CP"; without a number, its title, after the kind of document unless the
    title names itself ("Luật Hợp tác xã", not "Luật Luật Hợp tác xã")."""
    kind = DOC_TYPE[doc.type]
    if doc.number:
        return f"{kind} {doc.number}"
    if doc.title:
        return doc.title if doc.title[:1].isupper() else f"{kind} {doc.title}"
    return f"{kind} {doc.id}"


def report_date(report) -> str:
    """A report's date as documents print it in running text ('15/12/2024'); an inferred year in brackets."""
    from ..vi import format_short_date

    d = report.date
    return format_short_date(d.year, d.month, d.day) if d.year else (f"[{d.inferred_year}]" if d.inferred_year else "")


def report_name(ds, report) -> str:
    """"Báo cáo 45/BC-UBND — Thử Nghiệm, 15/12/2024": number (or "(không số)"), province, date."""
    return f"{label('report')} {report.number or label('khong_so')} — {ds.provinces[report.province].name}, {report_date(report)}"


def deadlines_passed(ds, refs, today) -> str:
    """What a deadline page says of its tasks as of the build date ("Nhiệm vụ theo thời hạn hoàn thành. Tính
    đến …, 41 nhiệm vụ có thời hạn đã qua …"): the deadline page and each province's, and their search records."""
    from ..source.deadlines import is_passed
    from ..vi import format_date

    passed = sum(is_passed(ref.task.deadline, today) for ref in refs)
    said = label("nhiem_vu_co_thoi_han_reports" if ds.reports else "nhiem_vu_co_thoi_han")
    return f"{label('nhiem_vu_theo_thoi_han')} {format_date(today)}{label('dau')} {passed} {said}"


def now_parts(ds, agency_id: str) -> list[list[tuple[str, str | None]]]:
    """Who holds a body's duties today, as the words said after its name (issue 12), in parts of
    (text, page path or None): "nay là <successor>", "[nay] thuộc tỉnh <province>" when that body's
    province has merged since, and "chưa xác định cơ quan kế nhiệm" when a body (not a group of
    bodies) has only its province's merger on record.  Empty when nothing changed.  Read by the
    pages (with links) and the finder (as text), so both say the same."""
    successor, province = ds.holder_now(agency_id)
    parts: list[list[tuple[str, str | None]]] = []
    if successor is not None:
        parts.append([(label("nay_la") + " ", None), (successor.name, urls.agency(successor.id))])
    if province is not None:
        lead = label("thuoc") if successor is not None else f"{label('nay')} {label('thuoc')}"
        part = [(f"{lead} {PROVINCE_KIND[province.kind]} ", None), (province.name, urls.province(province.id))]
        if (successor or ds.agencies[agency_id]).kind != "nhom":
            part.append((f"; {label('ke_nhiem_chua_xac_dinh')}", None))
        parts.append(part)
    return parts


def now_text(ds, agency_id: str) -> str:
    """`now_parts` as plain words ("nay là Sở Tài chính tỉnh Lâm Đồng"), or ''."""
    return ", ".join("".join(text for text, _ in part) for part in now_parts(ds, agency_id))
