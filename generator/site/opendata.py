"""Open data: JSON and CSV of every entity, one file per plan, datapackage.json."""

from __future__ import annotations

import csv
import io
import json

from typing import get_args

from .. import urls
from ..source import deadlines
from ..source.dataset import Dataset
from ..source.models import StatusKind

STATUS_IDS = get_args(StatusKind)

TASK_FIELDS = [
    ("ma_ke_hoach", "string", "Mã kế hoạch"), ("ma_nhiem_vu", "string", "Mã nhiệm vụ trong kế hoạch"),
    ("ma_tinh", "string", "Mã tỉnh"), ("phan", "string", "body (nội dung) hoặc appendix (phụ lục)"),
    ("muc", "string", "Mục trong văn bản"), ("nhom_phu_luc", "string", "Nhóm trong phụ lục"),
    ("dong_phu_luc", "string", "Số thứ tự dòng trong phụ lục"), ("ma_nhom", "string", "Mã nhóm giải pháp"),
    ("noi_dung", "string", "Nội dung nhiệm vụ, nguyên văn"), ("ma_co_quan_chu_tri", "string", "Mã cơ quan chủ trì, cách nhau bởi |"),
    ("co_quan_chu_tri_nhu_in", "string", "Cơ quan chủ trì như in"),
    ("ma_co_quan_chu_tri_hien_nay", "string", "Cơ quan đảm nhận việc chủ trì hiện nay (cuối chuỗi kế nhiệm), theo thứ tự của ma_co_quan_chu_tri, "
     "cách nhau bởi |; ô trống: tỉnh của cơ quan đã hợp nhất, chưa xác định cơ quan kế nhiệm"),
    ("ma_co_quan_phoi_hop", "string", "Mã cơ quan phối hợp, cách nhau bởi |"),
    ("co_quan_phoi_hop_nhu_in", "string", "Cơ quan phối hợp như in"), ("san_pham", "string", "Sản phẩm hoàn thành, nguyên văn"),
    ("cap_trinh", "string", "Cấp trình"), ("thoi_han_nhu_in", "string", "Thời hạn như in"),
    ("loai_thoi_han", "string", "|".join(deadlines.KIND_IDS)),
    ("nam_thoi_han", "integer", "Năm"), ("nam_ket_thuc_thoi_han", "integer", "Năm kết thúc"),
    ("quy_thoi_han", "string", "Quý, cách nhau bởi |"), ("han_cuoi", "date", "Ngày cuối của thời hạn (suy ra)"),
    ("ma_chu_de", "string", "Mã chủ đề, cách nhau bởi |"), ("dong_van_ban_goc", "integer", "Dòng trong văn bản gốc"),
    ("diem_chua_ro", "string", "Ghi chú điểm chưa rõ trong văn bản gốc, cách nhau bởi |"),
    ("tinh_trang", "string", "Tình trạng theo báo cáo thực hiện gần nhất nêu nhiệm vụ (" + "|".join(STATUS_IDS)
     + "); trống khi chưa báo cáo nào nêu"),
    ("ma_bao_cao_tinh_trang", "string", "Mã báo cáo của tình trạng đó"),
]
TARGET_FIELDS = [
    ("ma_ke_hoach", "string", "Mã kế hoạch"), ("ma_chi_tieu", "string", "Mã chỉ tiêu"), ("ma_tinh", "string", "Mã tỉnh"),
    ("loai_chi_tieu", "string", "Loại chỉ tiêu"), ("noi_dung", "string", "Câu chữ nguyên văn"), ("so_sanh", "string", "≥ > ≈ = ≤ <"),
    ("gia_tri", "number", "Giá trị"), ("can_tren", "number", "Cận trên"), ("don_vi", "string", "Đơn vị"),
    ("nam", "integer", "Năm mốc"), ("pham_vi", "string", "Phạm vi (huyện) nếu chia nhỏ"),
    ("ma_co_quan_pham_vi", "string", "Mã cơ quan của phạm vi"), ("chi_tieu_cha", "string", "Chỉ tiêu toàn tỉnh chứa chỉ tiêu này"),
    ("dong_van_ban_goc", "integer", "Dòng trong văn bản gốc"),
    ("gia_tri_bao_cao", "number", "Giá trị đạt được theo báo cáo có số liệu mới nhất; trống khi chưa có"),
    ("so_lieu_bao_cao_tinh_den", "string", "Số liệu đó tính đến (YYYY-MM-DD, YYYY-MM hoặc YYYY như báo cáo ghi)"),
    ("ma_bao_cao_so_lieu", "string", "Mã báo cáo nêu giá trị đó"),
]
PLAN_FIELDS = [
    ("ma_ke_hoach", "string", "Mã kế hoạch"), ("loai_van_ban", "string", "Loại văn bản"), ("so_hieu", "string", "Số hiệu như in (trống nếu văn bản để trống)"),
    ("ngay_nhu_in", "string", "Ngày như in"), ("nam", "integer", "Năm"), ("thang", "integer", "Tháng"), ("ngay", "integer", "Ngày"),
    ("nam_suy_ra", "integer", "Năm suy ra khi văn bản không in năm"), ("nam_suy_ra_tu", "string", "Năm được suy ra từ đâu"),
    ("ma_co_quan_ban_hanh", "string", "Cơ quan ban hành"), ("ma_tinh", "string", "Tỉnh"), ("nguoi_ky", "string", "Người ký"),
    ("chuc_vu_nguoi_ky", "string", "Chức vụ người ký"), ("tieu_de", "string", "Tiêu đề"), ("trich_yeu", "string", "Trích yếu"),
    ("ma_van_ban_can_cu", "string", "Văn bản căn cứ, cách nhau bởi |"), ("so_nhiem_vu", "integer", "Số nhiệm vụ"), ("so_chi_tieu", "integer", "Số chỉ tiêu"),
    ("tep_van_ban_goc", "string", "Tệp văn bản gốc"),
]
AGENCY_FIELDS = [
    ("ma_co_quan", "string", "Mã cơ quan"), ("ten", "string", "Tên"), ("cach_ghi_khac", "string", "Cách ghi trong văn bản, cách nhau bởi |"),
    ("loai_co_quan", "string", "Loại"), ("loai_so_sanh", "string", "Loại so sánh giữa các tỉnh"), ("ma_tinh", "string", "Tỉnh"),
    ("ma_co_quan_cap_tren", "string", "Cơ quan cấp trên (đơn vị thuộc bộ)"), ("ma_co_quan_ke_nhiem", "string", "Cơ quan kế nhiệm"), ("ke_nhiem_tu_ngay", "date", "Từ ngày"), ("can_cu_ke_nhiem", "string", "Căn cứ"),
    ("ma_co_quan_dam_nhan_hien_nay", "string", "Cơ quan đảm nhận hiện nay (cuối chuỗi kế nhiệm)"),
    ("ma_tinh_hien_nay", "string", "Tỉnh hiện nay của cơ quan đảm nhận (sau sắp xếp năm 2025)"),
    ("so_nhiem_vu_chu_tri", "integer", "Số nhiệm vụ chủ trì"), ("so_nhiem_vu_phoi_hop", "integer", "Số nhiệm vụ phối hợp"),
]
PROVINCE_FIELDS = [
    ("ma_tinh", "string", "Mã tỉnh"), ("ten", "string", "Tên (không kèm tỉnh/thành phố)"),
    ("loai_don_vi", "string", "tinh (tỉnh) hoặc thanh-pho-trung-uong (thành phố trực thuộc trung ương)"),
    ("cach_ghi_khac", "string", "Cách viết khác trong văn bản, cách nhau bởi |"),
    ("ma_tinh_hop_nhat_vao", "string", "Tỉnh mà tỉnh này hợp nhất vào"), ("ngay_hop_nhat", "date", "Ngày hợp nhất có hiệu lực"),
    ("can_cu_hop_nhat", "string", "Văn bản căn cứ hợp nhất"), ("ma_tinh_hien_nay", "string", "Tỉnh, thành phố hiện nay (sau mọi lần hợp nhất)"),
    ("ten_truoc_day", "string", "Tên trước một thay đổi khác (không phải hợp nhất)"), ("loai_truoc_day", "string", "Loại trước thay đổi đó"),
    ("ngay_thay_doi", "date", "Ngày thay đổi đó"), ("can_cu_thay_doi", "string", "Văn bản căn cứ thay đổi đó"),
    ("so_ke_hoach", "integer", "Số kế hoạch trong dữ liệu"), ("ghi_chu", "string", "Ghi chú"),
]
REPORT_FIELDS = [
    ("ma_bao_cao", "string", "Mã báo cáo thực hiện"), ("so_hieu", "string", "Số hiệu như in (trống nếu văn bản để trống)"),
    ("ngay_nhu_in", "string", "Ngày như in"), ("nam", "integer", "Năm"), ("thang", "integer", "Tháng"), ("ngay", "integer", "Ngày"),
    ("nam_suy_ra", "integer", "Năm suy ra khi văn bản không in năm"), ("ma_co_quan_ban_hanh", "string", "Cơ quan ban hành"),
    ("ma_tinh", "string", "Tỉnh"), ("nguoi_ky", "string", "Người ký"), ("chuc_vu_nguoi_ky", "string", "Chức vụ người ký"),
    ("tieu_de", "string", "Tên loại văn bản như in"), ("trich_yeu", "string", "Trích yếu"),
    ("ma_ke_hoach_duoc_bao_cao", "string", "Kế hoạch được báo cáo, cách nhau bởi |"), ("so_tinh_trang", "integer", "Số nhiệm vụ được nêu tình trạng"),
    ("so_gia_tri_chi_tieu", "integer", "Số giá trị chỉ tiêu được nêu"), ("tep_van_ban_goc", "string", "Tệp văn bản gốc"),
]
STATUS_FIELDS = [
    ("ma_bao_cao", "string", "Mã báo cáo"), ("ngay_bao_cao", "string", "Ngày báo cáo (YYYY-MM-DD, YYYY-MM hoặc YYYY như in)"),
    ("ma_ke_hoach", "string", "Mã kế hoạch"), ("ma_nhiem_vu", "string", "Mã nhiệm vụ trong kế hoạch"), ("ma_tinh", "string", "Mã tỉnh"),
    ("tinh_trang", "string", "|".join(STATUS_IDS)), ("nguyen_van", "string", "Câu chữ nguyên văn của báo cáo"),
    ("ghi_chu", "string", "Ghi chú của người nhập"), ("dong_van_ban_goc", "integer", "Dòng trong văn bản báo cáo"),
]
VALUE_FIELDS = [
    ("ma_bao_cao", "string", "Mã báo cáo"), ("ngay_bao_cao", "string", "Ngày báo cáo (YYYY-MM-DD, YYYY-MM hoặc YYYY như in)"),
    ("ma_ke_hoach", "string", "Mã kế hoạch"), ("ma_chi_tieu", "string", "Mã chỉ tiêu"), ("ma_tinh", "string", "Mã tỉnh"),
    ("gia_tri", "number", "Giá trị đạt được, cùng đơn vị với chỉ tiêu"), ("don_vi", "string", "Đơn vị (của chỉ tiêu)"),
    ("so_lieu_tinh_den_nhu_in", "string", "Mốc thời gian như in; trống khi báo cáo không ghi (số liệu tại ngày báo cáo)"),
    ("so_lieu_tinh_den", "string", "Số liệu tính đến (YYYY-MM-DD, YYYY-MM hoặc YYYY); ngày báo cáo khi báo cáo không ghi mốc"),
    ("nguyen_van", "string", "Câu chữ nguyên văn của báo cáo"), ("ghi_chu", "string", "Ghi chú của người nhập"),
    ("dong_van_ban_goc", "integer", "Dòng trong văn bản báo cáo"),
]
DOCUMENT_FIELDS = [
    ("ma_van_ban", "string", "Mã văn bản"), ("so_hieu", "string", "Số hiệu như in"), ("loai_van_ban", "string", "Loại"),
    ("co_quan_ban_hanh", "string", "Cơ quan ban hành"), ("ngay", "date", "Ngày"), ("nam", "integer", "Năm"), ("tieu_de", "string", "Trích yếu"),
    ("ma_ke_hoach_trich_dan", "string", "Kế hoạch trích dẫn, cách nhau bởi |"), ("ghi_chu", "string", "Ghi chú (hiệu lực, điều chưa chắc chắn)"),
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
                "ma_ke_hoach": plan.id, "ma_nhiem_vu": task.id, "ma_tinh": plan.province, "phan": task.place.part,
                "muc": task.place.section, "nhom_phu_luc": task.place.appendix_group,
                "dong_phu_luc": task.place.appendix_row, "ma_nhom": task.group, "noi_dung": task.text,
                "ma_co_quan_chu_tri": _join(task.lead), "co_quan_chu_tri_nhu_in": task.lead_text,
                "ma_co_quan_chu_tri_hien_nay": _join(_now_id(ds, a) for a in task.lead), "ma_co_quan_phoi_hop": _join(task.cooperating),
                "co_quan_phoi_hop_nhu_in": task.cooperating_text, "san_pham": task.output, "cap_trinh": task.submit_to,
                "thoi_han_nhu_in": d.printed, "loai_thoi_han": d.kind, "nam_thoi_han": d.year,
                "nam_ket_thuc_thoi_han": d.year_end, "quy_thoi_han": _join(d.quarters),
                "han_cuoi": last.isoformat() if last else None,
                "ma_chu_de": _join(ds.task_topics[(plan.id, task.id)]),
                "dong_van_ban_goc": ds.line(plan.id, "task", task.id), "diem_chua_ro": _join(task.ambiguities),
                **_latest(ds, plan.id, task.id),
            })
    return rows


def _latest(ds: Dataset, plan_id: str, task_id: str) -> dict:
    latest = ds.latest_status(plan_id, task_id)
    return {"tinh_trang": latest.status.status if latest else None, "ma_bao_cao_tinh_trang": latest.report.id if latest else None}


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
    return {"gia_tri_bao_cao": latest.value.value if latest else None, "so_lieu_bao_cao_tinh_den": _as_of(latest) if latest else None,
            "ma_bao_cao_so_lieu": latest.report.id if latest else None}


def target_rows(ds: Dataset, plans=None) -> list[dict]:
    return [
        {
            "ma_ke_hoach": plan.id, "ma_chi_tieu": t.id, "ma_tinh": plan.province, "loai_chi_tieu": t.kind, "noi_dung": t.text,
            "so_sanh": t.comparator, "gia_tri": t.value, "can_tren": t.value_max, "don_vi": t.unit, "nam": t.year,
            "pham_vi": t.scope, "ma_co_quan_pham_vi": t.scope_agency, "chi_tieu_cha": t.parent,
            "dong_van_ban_goc": ds.line(plan.id, "target", t.id), **_reported(ds, plan.id, t.id),
        }
        for plan in plans or ds.ordered_plans() for t in plan.targets
    ]


def report_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "ma_bao_cao": r.id, "so_hieu": r.number, "ngay_nhu_in": r.date.printed, "nam": r.date.year,
            "thang": r.date.month, "ngay": r.date.day, "nam_suy_ra": r.date.inferred_year, "ma_co_quan_ban_hanh": r.issuer,
            "ma_tinh": r.province, "nguoi_ky": r.signer.name, "chuc_vu_nguoi_ky": r.signer.title, "tieu_de": r.title,
            "trich_yeu": r.subject, "ma_ke_hoach_duoc_bao_cao": _join(r.plans), "so_tinh_trang": len(r.statuses),
            "so_gia_tri_chi_tieu": len(r.target_values), "tep_van_ban_goc": r.raw,
        }
        for r in ds.ordered_reports()
    ]


def status_rows(ds: Dataset, plans=None) -> list[dict]:
    """Every status line of every report, by plan and task, oldest report first."""
    return [
        {
            "ma_bao_cao": ref.report.id, "ngay_bao_cao": _report_date(ref.report), "ma_ke_hoach": plan.id, "ma_nhiem_vu": task.id,
            "ma_tinh": plan.province, "tinh_trang": ref.status.status, "nguyen_van": ref.status.quote, "ghi_chu": ref.status.note,
            "dong_van_ban_goc": ref.line,
        }
        for plan in plans or ds.ordered_plans() for task in plan.tasks
        for ref in ds.task_statuses.get((plan.id, task.id), [])
    ]


def value_rows(ds: Dataset, plans=None) -> list[dict]:
    """Every reported target value, by plan and target, by the date it refers to."""
    return [
        {
            "ma_bao_cao": ref.report.id, "ngay_bao_cao": _report_date(ref.report), "ma_ke_hoach": plan.id, "ma_chi_tieu": t.id,
            "ma_tinh": plan.province, "gia_tri": ref.value.value, "don_vi": t.unit,
            "so_lieu_tinh_den_nhu_in": ref.value.as_of.printed if ref.value.as_of else None, "so_lieu_tinh_den": _as_of(ref),
            "nguyen_van": ref.value.quote, "ghi_chu": ref.value.note, "dong_van_ban_goc": ref.line,
        }
        for plan in plans or ds.ordered_plans() for t in plan.targets
        for ref in ds.target_values.get((plan.id, t.id), [])
    ]


def plan_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "ma_ke_hoach": p.id, "loai_van_ban": p.kind, "so_hieu": p.number, "ngay_nhu_in": p.date.printed, "nam": p.date.year,
            "thang": p.date.month, "ngay": p.date.day,
            "nam_suy_ra": p.date.inferred_year, "nam_suy_ra_tu": p.date.inferred_from, "ma_co_quan_ban_hanh": p.issuer, "ma_tinh": p.province,
            "nguoi_ky": p.signer.name, "chuc_vu_nguoi_ky": p.signer.title, "tieu_de": p.title, "trich_yeu": p.subject,
            "ma_van_ban_can_cu": _join(p.legal_basis), "so_nhiem_vu": len(p.tasks), "so_chi_tieu": len(p.targets), "tep_van_ban_goc": p.raw,
        }
        for p in ds.ordered_plans()
    ]


def agency_rows(ds: Dataset) -> list[dict]:
    rows = []
    for a in sorted(ds.agencies.values(), key=lambda a: a.id):
        chain = ds.successor_chain(a.id)
        holder = chain[-1] if chain else a
        rows.append({
            "ma_co_quan": a.id, "ten": a.name, "cach_ghi_khac": _join(a.variants), "loai_co_quan": a.kind, "loai_so_sanh": a.type,
            "ma_tinh": a.province, "ma_co_quan_cap_tren": a.parent, "ma_co_quan_ke_nhiem": a.successor.agency if a.successor else None,
            "ke_nhiem_tu_ngay": a.successor.since.isoformat() if a.successor and a.successor.since else None,
            "can_cu_ke_nhiem": a.successor.basis if a.successor else None,
            "ma_co_quan_dam_nhan_hien_nay": holder.id if chain else None,
            "ma_tinh_hien_nay": ds.province_now(holder.province).id if holder.province else None,
            "so_nhiem_vu_chu_tri": len(ds.lead_tasks.get(a.id, [])), "so_nhiem_vu_phoi_hop": len(ds.support_tasks.get(a.id, [])),
        })
    return rows


def province_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "ma_tinh": p.id, "ten": p.name, "loai_don_vi": p.kind, "cach_ghi_khac": _join(p.variants),
            "ma_tinh_hop_nhat_vao": p.merged_into, "ngay_hop_nhat": p.merged_on.isoformat() if p.merged_on else None,
            "can_cu_hop_nhat": p.merger_basis, "ma_tinh_hien_nay": ds.province_now(p.id).id,
            "ten_truoc_day": p.former.name if p.former else None, "loai_truoc_day": p.former.kind if p.former else None,
            "ngay_thay_doi": p.former.changed_on.isoformat() if p.former and p.former.changed_on else None,
            "can_cu_thay_doi": p.former.basis if p.former else None,
            "so_ke_hoach": len(ds.province_plans.get(p.id, [])), "ghi_chu": p.note,
        }
        for p in sorted(ds.provinces.values(), key=lambda p: p.id)
    ]


def document_rows(ds: Dataset) -> list[dict]:
    return [
        {
            "ma_van_ban": d.id, "so_hieu": d.number, "loai_van_ban": d.type, "co_quan_ban_hanh": d.issuer,
            "ngay": d.date.isoformat() if d.date else None, "nam": d.year, "tieu_de": d.title,
            "ma_ke_hoach_trich_dan": _join(p.id for p in ds.citing_plans.get(d.id, [])), "ghi_chu": d.note,
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
    plan_meta = {row["ma_ke_hoach"]: row for row in plan_rows(ds)}
    for plan in ds.ordered_plans():
        out.append((urls.plan_data(plan.id, "csv"), to_csv(task_rows(ds, [plan]), TASK_FIELDS)))
        out.append((urls.plan_data(plan.id, "json"), to_json({
            "ke_hoach": plan_meta[plan.id],
            "nhiem_vu": task_rows(ds, [plan]), "chi_tieu": target_rows(ds, [plan]),
            "tinh_trang": status_rows(ds, [plan]), "ket_qua_chi_tieu": value_rows(ds, [plan]),
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
