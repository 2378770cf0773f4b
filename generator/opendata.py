"""Open data: JSON and CSV of every entity, one file per plan, datapackage.json."""

from __future__ import annotations

import csv
import io
import json

from typing import get_args

from . import deadlines, urls
from .dataset import Dataset
from .models import StatusKind

STATUS_IDS = get_args(StatusKind)

TASK_FIELDS = [
    ("plan_id", "string", "Mã kế hoạch"), ("task_id", "string", "Mã nhiệm vụ trong kế hoạch"),
    ("province_id", "string", "Mã tỉnh"), ("part", "string", "body (nội dung) hoặc appendix (phụ lục)"),
    ("section", "string", "Mục trong văn bản"), ("appendix_group", "string", "Nhóm trong phụ lục"),
    ("appendix_row", "string", "Số thứ tự dòng trong phụ lục"), ("group_id", "string", "Mã nhóm giải pháp"),
    ("text", "string", "Nội dung nhiệm vụ, nguyên văn"), ("lead_ids", "string", "Mã cơ quan chủ trì, cách nhau bởi |"),
    ("lead_text", "string", "Cơ quan chủ trì như in"),
    ("lead_now_ids", "string", "Cơ quan đảm nhận việc chủ trì hiện nay (cuối chuỗi kế nhiệm), theo thứ tự của lead_ids, "
     "cách nhau bởi |; ô trống: tỉnh của cơ quan đã hợp nhất, chưa xác định cơ quan kế nhiệm"),
    ("cooperating_ids", "string", "Mã cơ quan phối hợp, cách nhau bởi |"),
    ("cooperating_text", "string", "Cơ quan phối hợp như in"), ("output", "string", "Sản phẩm hoàn thành, nguyên văn"),
    ("submit_to", "string", "Cấp trình"), ("deadline_printed", "string", "Thời hạn như in"),
    ("deadline_kind", "string", "|".join(deadlines.KIND_IDS)),
    ("deadline_year", "integer", "Năm"), ("deadline_year_end", "integer", "Năm kết thúc"),
    ("deadline_quarters", "string", "Quý, cách nhau bởi |"), ("deadline_due", "date", "Ngày cuối của thời hạn (suy ra)"),
    ("topic_ids", "string", "Mã chủ đề, cách nhau bởi |"), ("source_line", "integer", "Dòng trong văn bản gốc"),
    ("ambiguities", "string", "Ghi chú điểm chưa rõ trong văn bản gốc, cách nhau bởi |"),
    ("status", "string", "Tình trạng theo báo cáo thực hiện gần nhất nêu nhiệm vụ (" + "|".join(STATUS_IDS)
     + "); trống khi chưa báo cáo nào nêu"),
    ("status_report_id", "string", "Mã báo cáo của tình trạng đó"),
]
TARGET_FIELDS = [
    ("plan_id", "string", "Mã kế hoạch"), ("target_id", "string", "Mã chỉ tiêu"), ("province_id", "string", "Mã tỉnh"),
    ("kind", "string", "Loại chỉ tiêu"), ("text", "string", "Câu chữ nguyên văn"), ("comparator", "string", "≥ > ≈ = ≤ <"),
    ("value", "number", "Giá trị"), ("value_max", "number", "Cận trên"), ("unit", "string", "Đơn vị"),
    ("year", "integer", "Năm mốc"), ("scope", "string", "Phạm vi (huyện) nếu chia nhỏ"),
    ("scope_agency", "string", "Mã cơ quan của phạm vi"), ("parent", "string", "Chỉ tiêu toàn tỉnh chứa chỉ tiêu này"),
    ("source_line", "integer", "Dòng trong văn bản gốc"),
    ("reported_value", "number", "Giá trị đạt được theo báo cáo có số liệu mới nhất; trống khi chưa có"),
    ("reported_as_of", "string", "Số liệu đó tính đến (YYYY-MM-DD, YYYY-MM hoặc YYYY như báo cáo ghi)"),
    ("reported_report_id", "string", "Mã báo cáo nêu giá trị đó"),
]
PLAN_FIELDS = [
    ("plan_id", "string", "Mã kế hoạch"), ("kind", "string", "Loại văn bản"), ("number", "string", "Số hiệu như in (trống nếu văn bản để trống)"),
    ("date_printed", "string", "Ngày như in"), ("year", "integer", "Năm"), ("month", "integer", "Tháng"), ("day", "integer", "Ngày"),
    ("year_inferred", "integer", "Năm suy ra khi văn bản không in năm"), ("year_inferred_from", "string", "Năm được suy ra từ đâu"),
    ("issuer_id", "string", "Cơ quan ban hành"), ("province_id", "string", "Tỉnh"), ("signer_name", "string", "Người ký"),
    ("signer_title", "string", "Chức vụ người ký"), ("title", "string", "Tiêu đề"), ("subject", "string", "Trích yếu"),
    ("legal_basis_ids", "string", "Văn bản căn cứ, cách nhau bởi |"), ("tasks", "integer", "Số nhiệm vụ"), ("targets", "integer", "Số chỉ tiêu"),
    ("raw_file", "string", "Tệp văn bản gốc"),
]
AGENCY_FIELDS = [
    ("agency_id", "string", "Mã cơ quan"), ("name", "string", "Tên"), ("variants", "string", "Cách ghi trong văn bản, cách nhau bởi |"),
    ("kind", "string", "Loại"), ("type", "string", "Loại so sánh giữa các tỉnh"), ("province_id", "string", "Tỉnh"),
    ("parent_id", "string", "Cơ quan cấp trên (đơn vị thuộc bộ)"), ("successor_id", "string", "Cơ quan kế nhiệm"), ("successor_since", "date", "Từ ngày"), ("successor_basis", "string", "Căn cứ"),
    ("successor_now_id", "string", "Cơ quan đảm nhận hiện nay (cuối chuỗi kế nhiệm)"),
    ("province_now_id", "string", "Tỉnh hiện nay của cơ quan đảm nhận (sau sắp xếp năm 2025)"),
    ("lead_tasks", "integer", "Số nhiệm vụ chủ trì"), ("cooperating_tasks", "integer", "Số nhiệm vụ phối hợp"),
]
PROVINCE_FIELDS = [
    ("province_id", "string", "Mã tỉnh"), ("name", "string", "Tên (không kèm tỉnh/thành phố)"),
    ("kind", "string", "tinh (tỉnh) hoặc thanh-pho-trung-uong (thành phố trực thuộc trung ương)"),
    ("variants", "string", "Cách viết khác trong văn bản, cách nhau bởi |"),
    ("merged_into_id", "string", "Tỉnh mà tỉnh này hợp nhất vào"), ("merged_on", "date", "Ngày hợp nhất có hiệu lực"),
    ("merger_basis", "string", "Văn bản căn cứ hợp nhất"), ("now_id", "string", "Tỉnh, thành phố hiện nay (sau mọi lần hợp nhất)"),
    ("former_name", "string", "Tên trước một thay đổi khác (không phải hợp nhất)"), ("former_kind", "string", "Loại trước thay đổi đó"),
    ("changed_on", "date", "Ngày thay đổi đó"), ("change_basis", "string", "Văn bản căn cứ thay đổi đó"),
    ("plans", "integer", "Số kế hoạch trong dữ liệu"), ("note", "string", "Ghi chú"),
]
REPORT_FIELDS = [
    ("report_id", "string", "Mã báo cáo thực hiện"), ("number", "string", "Số hiệu như in (trống nếu văn bản để trống)"),
    ("date_printed", "string", "Ngày như in"), ("year", "integer", "Năm"), ("month", "integer", "Tháng"), ("day", "integer", "Ngày"),
    ("year_inferred", "integer", "Năm suy ra khi văn bản không in năm"), ("issuer_id", "string", "Cơ quan ban hành"),
    ("province_id", "string", "Tỉnh"), ("signer_name", "string", "Người ký"), ("signer_title", "string", "Chức vụ người ký"),
    ("title", "string", "Tên loại văn bản như in"), ("subject", "string", "Trích yếu"),
    ("plan_ids", "string", "Kế hoạch được báo cáo, cách nhau bởi |"), ("statuses", "integer", "Số nhiệm vụ được nêu tình trạng"),
    ("target_values", "integer", "Số giá trị chỉ tiêu được nêu"), ("raw_file", "string", "Tệp văn bản gốc"),
]
STATUS_FIELDS = [
    ("report_id", "string", "Mã báo cáo"), ("report_date", "string", "Ngày báo cáo (YYYY-MM-DD, YYYY-MM hoặc YYYY như in)"),
    ("plan_id", "string", "Mã kế hoạch"), ("task_id", "string", "Mã nhiệm vụ trong kế hoạch"), ("province_id", "string", "Mã tỉnh"),
    ("status", "string", "|".join(STATUS_IDS)), ("quote", "string", "Câu chữ nguyên văn của báo cáo"),
    ("note", "string", "Ghi chú của người nhập"), ("source_line", "integer", "Dòng trong văn bản báo cáo"),
]
VALUE_FIELDS = [
    ("report_id", "string", "Mã báo cáo"), ("report_date", "string", "Ngày báo cáo (YYYY-MM-DD, YYYY-MM hoặc YYYY như in)"),
    ("plan_id", "string", "Mã kế hoạch"), ("target_id", "string", "Mã chỉ tiêu"), ("province_id", "string", "Mã tỉnh"),
    ("value", "number", "Giá trị đạt được, cùng đơn vị với chỉ tiêu"), ("unit", "string", "Đơn vị (của chỉ tiêu)"),
    ("as_of_printed", "string", "Mốc thời gian như in; trống khi báo cáo không ghi (số liệu tại ngày báo cáo)"),
    ("as_of", "string", "Số liệu tính đến (YYYY-MM-DD, YYYY-MM hoặc YYYY); ngày báo cáo khi báo cáo không ghi mốc"),
    ("quote", "string", "Câu chữ nguyên văn của báo cáo"), ("note", "string", "Ghi chú của người nhập"),
    ("source_line", "integer", "Dòng trong văn bản báo cáo"),
]
DOCUMENT_FIELDS = [
    ("document_id", "string", "Mã văn bản"), ("number", "string", "Số hiệu như in"), ("type", "string", "Loại"),
    ("issuer", "string", "Cơ quan ban hành"), ("date", "date", "Ngày"), ("year", "integer", "Năm"), ("title", "string", "Trích yếu"),
    ("cited_by", "string", "Kế hoạch trích dẫn, cách nhau bởi |"), ("note", "string", "Ghi chú (hiệu lực, điều chưa chắc chắn)"),
]


def _join(values) -> str:
    return "|".join(str(v) for v in values)


def _now_id(ds: Dataset, agency_id: str) -> str:
    """Who holds a body's duties today: its last successor, itself, or '' when its province
    merged and no successor is on record."""
    successor, province = ds.holder_now(agency_id)
    if successor is not None:
        return successor.id
    return "" if province is not None else agency_id


def task_rows(ds: Dataset, plans=None) -> list[dict]:
    rows = []
    for plan in plans or ds.ordered_plans():
        for task in plan.tasks:
            d = task.deadline
            last = deadlines.due(d)
            rows.append({
                "plan_id": plan.id, "task_id": task.id, "province_id": plan.province, "part": task.place.part,
                "section": task.place.section, "appendix_group": task.place.appendix_group,
                "appendix_row": task.place.appendix_row, "group_id": task.group, "text": task.text,
                "lead_ids": _join(task.lead), "lead_text": task.lead_text,
                "lead_now_ids": _join(_now_id(ds, a) for a in task.lead), "cooperating_ids": _join(task.cooperating),
                "cooperating_text": task.cooperating_text, "output": task.output, "submit_to": task.submit_to,
                "deadline_printed": d.printed, "deadline_kind": d.kind, "deadline_year": d.year,
                "deadline_year_end": d.year_end, "deadline_quarters": _join(d.quarters),
                "deadline_due": last.isoformat() if last else None,
                "topic_ids": _join(ds.task_topics[(plan.id, task.id)]),
                "source_line": ds.line(plan.id, "task", task.id), "ambiguities": _join(task.ambiguities),
                **_latest(ds, plan.id, task.id),
            })
    return rows


def _latest(ds: Dataset, plan_id: str, task_id: str) -> dict:
    latest = ds.latest_status(plan_id, task_id)
    return {"status": latest.status.status if latest else None, "status_report_id": latest.report.id if latest else None}


def _iso(year, month=None, day=None) -> str | None:
    """A date as far as it is known: 2024-12-15, 2024-12 or 2024."""
    if not year:
        return None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _report_date(report) -> str | None:
    return _iso(report.date.any_year, report.date.month, report.date.day)


def _as_of(ref) -> str | None:
    a = ref.value.as_of
    return _iso(a.year, a.month, a.day) if a else _report_date(ref.report)


def _reported(ds: Dataset, plan_id: str, target_id: str) -> dict:
    refs = ds.target_values.get((plan_id, target_id))
    latest = refs[-1] if refs else None
    return {"reported_value": latest.value.value if latest else None, "reported_as_of": _as_of(latest) if latest else None,
            "reported_report_id": latest.report.id if latest else None}


def target_rows(ds: Dataset, plans=None) -> list[dict]:
    return [
        {
            "plan_id": plan.id, "target_id": t.id, "province_id": plan.province, "kind": t.kind, "text": t.text,
            "comparator": t.comparator, "value": t.value, "value_max": t.value_max, "unit": t.unit, "year": t.year,
            "scope": t.scope, "scope_agency": t.scope_agency, "parent": t.parent,
            "source_line": ds.line(plan.id, "target", t.id), **_reported(ds, plan.id, t.id),
        }
        for plan in plans or ds.ordered_plans() for t in plan.targets
    ]


def report_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "report_id": r.id, "number": r.number, "date_printed": r.date.printed, "year": r.date.year,
            "month": r.date.month, "day": r.date.day, "year_inferred": r.date.inferred_year, "issuer_id": r.issuer,
            "province_id": r.province, "signer_name": r.signer.name, "signer_title": r.signer.title, "title": r.title,
            "subject": r.subject, "plan_ids": _join(r.plans), "statuses": len(r.statuses),
            "target_values": len(r.target_values), "raw_file": r.raw,
        }
        for r in ds.ordered_reports()
    ]


def status_rows(ds: Dataset, plans=None) -> list[dict]:
    """Every status line of every report, by plan and task, oldest report first."""
    return [
        {
            "report_id": ref.report.id, "report_date": _report_date(ref.report), "plan_id": plan.id, "task_id": task.id,
            "province_id": plan.province, "status": ref.status.status, "quote": ref.status.quote, "note": ref.status.note,
            "source_line": ref.line,
        }
        for plan in plans or ds.ordered_plans() for task in plan.tasks
        for ref in ds.task_statuses.get((plan.id, task.id), [])
    ]


def value_rows(ds: Dataset, plans=None) -> list[dict]:
    """Every reported target value, by plan and target, by the date it refers to."""
    return [
        {
            "report_id": ref.report.id, "report_date": _report_date(ref.report), "plan_id": plan.id, "target_id": t.id,
            "province_id": plan.province, "value": ref.value.value, "unit": t.unit,
            "as_of_printed": ref.value.as_of.printed if ref.value.as_of else None, "as_of": _as_of(ref),
            "quote": ref.value.quote, "note": ref.value.note, "source_line": ref.line,
        }
        for plan in plans or ds.ordered_plans() for t in plan.targets
        for ref in ds.target_values.get((plan.id, t.id), [])
    ]


def plan_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "plan_id": p.id, "kind": p.kind, "number": p.number, "date_printed": p.date.printed, "year": p.date.year,
            "month": p.date.month, "day": p.date.day,
            "year_inferred": p.date.inferred_year, "year_inferred_from": p.date.inferred_from, "issuer_id": p.issuer, "province_id": p.province,
            "signer_name": p.signer.name, "signer_title": p.signer.title, "title": p.title, "subject": p.subject,
            "legal_basis_ids": _join(p.legal_basis), "tasks": len(p.tasks), "targets": len(p.targets), "raw_file": p.raw,
        }
        for p in ds.ordered_plans()
    ]


def agency_rows(ds: Dataset) -> list[dict]:
    rows = []
    for a in sorted(ds.agencies.values(), key=lambda a: a.id):
        chain = ds.successor_chain(a.id)
        holder = chain[-1] if chain else a
        rows.append({
            "agency_id": a.id, "name": a.name, "variants": _join(a.variants), "kind": a.kind, "type": a.type,
            "province_id": a.province, "parent_id": a.parent, "successor_id": a.successor.agency if a.successor else None,
            "successor_since": a.successor.since.isoformat() if a.successor and a.successor.since else None,
            "successor_basis": a.successor.basis if a.successor else None,
            "successor_now_id": holder.id if chain else None,
            "province_now_id": ds.province_now(holder.province).id if holder.province else None,
            "lead_tasks": len(ds.lead_tasks.get(a.id, [])), "cooperating_tasks": len(ds.support_tasks.get(a.id, [])),
        })
    return rows


def province_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "province_id": p.id, "name": p.name, "kind": p.kind, "variants": _join(p.variants),
            "merged_into_id": p.merged_into, "merged_on": p.merged_on.isoformat() if p.merged_on else None,
            "merger_basis": p.merger_basis, "now_id": ds.province_now(p.id).id,
            "former_name": p.former.name if p.former else None, "former_kind": p.former.kind if p.former else None,
            "changed_on": p.former.changed_on.isoformat() if p.former and p.former.changed_on else None,
            "change_basis": p.former.basis if p.former else None,
            "plans": len(ds.province_plans.get(p.id, [])), "note": p.note,
        }
        for p in sorted(ds.provinces.values(), key=lambda p: p.id)
    ]


def document_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "document_id": d.id, "number": d.number, "type": d.type, "issuer": d.issuer,
            "date": d.date.isoformat() if d.date else None, "year": d.year, "title": d.title,
            "cited_by": _join(p.id for p in ds.citing_plans.get(d.id, [])), "note": d.note,
        }
        for d in sorted(ds.documents.values(), key=lambda d: d.id)
    ]


def to_csv(rows: list[dict], fields) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[f[0] for f in fields], lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def to_json(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


TABLES = (
    ("ke-hoach", plan_rows, PLAN_FIELDS, "Các kế hoạch"),
    ("nhiem-vu", task_rows, TASK_FIELDS, "Mọi nhiệm vụ (mỗi dòng nội dung hoặc dòng phụ lục là một nhiệm vụ)"),
    ("chi-tieu", target_rows, TARGET_FIELDS, "Mọi chỉ tiêu định lượng"),
    ("co-quan", agency_rows, AGENCY_FIELDS, "Các cơ quan"),
    ("tinh", province_rows, PROVINCE_FIELDS, "Đơn vị hành chính cấp tỉnh trước và sau các lần sắp xếp"),
    ("van-ban", document_rows, DOCUMENT_FIELDS, "Các văn bản pháp lý được trích dẫn hoặc làm căn cứ sắp xếp"),
    ("bao-cao", report_rows, REPORT_FIELDS, "Các báo cáo kết quả thực hiện kế hoạch"),
    ("tinh-trang", status_rows, STATUS_FIELDS, "Tình trạng nhiệm vụ theo từng báo cáo (nhiệm vụ báo cáo không nêu thì không có dòng)"),
    ("ket-qua-chi-tieu", value_rows, VALUE_FIELDS, "Giá trị đạt được của chỉ tiêu theo từng báo cáo"),
)


def _schema(fields) -> dict:
    return {"fields": [{"name": n, "type": t, "description": d} for n, t, d in fields]}


def files(ds: Dataset, build_date) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    resources = []
    for name, rows_of, fields, title in TABLES:
        rows = rows_of(ds)
        out.append((urls.data_table(name, "csv"), to_csv(rows, fields)))
        out.append((urls.data_table(name, "json"), to_json(rows)))
        resources.append({
            "name": name, "path": f"{name}.csv", "title": title, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "profile": "tabular-data-resource", "schema": _schema(fields),
        })
    plan_meta = {row["plan_id"]: row for row in plan_rows(ds)}
    for plan in ds.ordered_plans():
        out.append((urls.plan_data(plan.id, "csv"), to_csv(task_rows(ds, [plan]), TASK_FIELDS)))
        out.append((urls.plan_data(plan.id, "json"), to_json({
            "plan": plan_meta[plan.id],
            "tasks": task_rows(ds, [plan]), "targets": target_rows(ds, [plan]),
            "statuses": status_rows(ds, [plan]), "target_values": value_rows(ds, [plan]),
        })))
    package = {
        "profile": "tabular-data-package", "name": "ke-hoach-kinh-te-tap-the",
        "title": "Kế hoạch phát triển kinh tế tập thể, hợp tác xã của các tỉnh",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "created": f"{build_date.isoformat()}T00:00:00Z", "resources": resources,  # a datetime (RFC 3339)
    }
    out.append((f"{urls.DATA_DIR}/datapackage.json", to_json(package)))
    return out
