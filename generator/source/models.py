"""Pydantic models of the source data (one YAML file per plan + shared registries).

Every model forbids unknown fields so a typo in a key is reported, not ignored.
Ids are lowercase ASCII slugs (``a-z0-9`` and ``-``); entities refer to each
other by id only.  The JSON Schema in ``schema/`` is generated from these
models (``kehoach schema``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Optional

from ..labels import message
from .deadlines import KIND_IDS
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
#: C0/C1 control characters other than tab and line breaks: invisible, and not
#: allowed in XML 1.0 (an SVG chart) — refused in every text, wherever it goes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _no_control(value: str) -> str:
    found = _CONTROL.search(value)
    if found:
        raise ValueError(message("control_char", code=ord(found.group())))
    return value


Text = Annotated[str, StringConstraints(min_length=1, max_length=20000), AfterValidator(_no_control)]
#: Dates are limited to the years a plan can speak of, like every year field.
Date = Annotated[dt.date, Field(ge=dt.date(1945, 1, 1), le=dt.date(2100, 12, 31))]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# --------------------------------------------------------------------------
# Registries
# --------------------------------------------------------------------------


ProvinceKind = Literal["tinh", "thanh-pho-trung-uong"]


class FormerStatus(Strict):
    """What a province was before a change other than a merger (a province made a centrally-run city)."""

    name: Text = Field(description="Tên trước đây, ví dụ 'Thừa Thiên Huế'")
    kind: ProvinceKind = Field(description="Loại đơn vị trước đây")
    changed_on: Optional[Date] = Field(None, description="Ngày thay đổi có hiệu lực, để trống nếu không chắc chắn")
    basis: Optional[Id] = Field(None, description="Văn bản pháp lý (id) quy định việc thay đổi")


class Province(Strict):
    id: Id
    name: Text = Field(description="Tên chính thức, không kèm 'tỉnh'/'thành phố', ví dụ 'Kon Tum', 'Hồ Chí Minh'")
    kind: ProvinceKind = Field("tinh", description="tinh, hoặc thanh-pho-trung-uong (thành phố trực thuộc trung ương)")
    variants: list[Text] = Field(
        default_factory=list, description="Cách viết khác như in trong văn bản (tên cũ, viết tắt: 'TP. Hồ Chí Minh')"
    )
    former: Optional[FormerStatus] = Field(None, description="Tên, loại trước một thay đổi không phải hợp nhất")
    merged_into: Optional[Id] = Field(
        None, description="Tỉnh mới (từ 01/7/2025) mà tỉnh này được hợp nhất vào"
    )
    merged_on: Optional[Date] = None
    merger_basis: Optional[Id] = Field(None, description="Văn bản pháp lý (id) quy định việc sáp nhập")
    note: Optional[Text] = None


class Successor(Strict):
    agency: Id = Field(description="Cơ quan kế nhiệm (id trong danh mục cơ quan)")
    since: Optional[Date] = Field(None, description="Ngày có hiệu lực, để trống nếu không chắc chắn")
    basis: Optional[Id] = Field(None, description="Văn bản pháp lý (id) nếu biết")
    note: Optional[Text] = None


AgencyKind = Literal[
    "ubnd-tinh",
    "ubnd-huyen",
    "so",
    "ban",
    "van-phong",
    "to-chuc-chinh-tri-xa-hoi",
    "lien-minh-htx",
    "ngan-hang",
    "co-quan-trung-uong-dia-phuong",
    "bao-dai",
    "truong",
    "ban-chi-dao",
    "dang",
    "nhom",
    "quoc-hoi",
    "chinh-phu",
    "thu-tuong",
    "bo",
    "co-quan-ngang-bo",
    "don-vi-thuoc-bo",
    "khac",
]


class Agency(Strict):
    id: Id
    name: Text = Field(description="Tên chính thức đầy đủ")
    variants: list[Text] = Field(
        default_factory=list, description="Các cách viết tên như in trong văn bản"
    )
    kind: AgencyKind
    type: Id = Field(description="Loại cơ quan dùng để so sánh giữa các tỉnh (agency_types)")
    province: Optional[Id] = Field(None, description="Tỉnh; để trống với cơ quan trung ương")
    parent: Optional[Id] = Field(
        None, description="Cơ quan cấp trên mà cơ quan này trực thuộc (vụ, cục của một bộ), nếu có"
    )
    successor: Optional[Successor] = None
    note: Optional[Text] = None


class AgencyType(Strict):
    id: Id
    name: Text
    description: Optional[Text] = None


DocType = Literal[
    "nghi-quyet",
    "ket-luan",
    "chuong-trinh",
    "quyet-dinh",
    "nghi-dinh",
    "thong-tu",
    "luat",
    "ke-hoach",
    "cong-van",
    "chi-thi",
    "de-an",
    "van-ban",
]


class LegalDocument(Strict):
    id: Id
    number: Optional[Text] = Field(None, description="Số hiệu như in, ví dụ '09/NQ-CP'")
    type: DocType
    issuer: Optional[Text] = Field(None, description="Cơ quan ban hành như văn bản nêu")
    date: Optional[Date] = None
    year: Optional[int] = Field(None, ge=1945, le=2100)
    title: Optional[Text] = Field(None, description="Trích yếu, chỉ khi văn bản nguồn nêu")
    note: Optional[Text] = Field(None, description="Hiệu lực, điều chưa chắc chắn (ví dụ ngày để trống vì sao)")


class Topic(Strict):
    id: Id
    name: Text
    description: Text
    keywords: list[Text] = Field(
        default_factory=list,
        description="Cụm từ (không phân biệt hoa thường, có dấu) để gắn chủ đề tự động",
    )


class TargetKind(Strict):
    id: Id
    name: Text
    unit: Optional[Text] = None


# --------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------


class PrintedDate(Strict):
    printed: Optional[Text] = Field(None, description="Ngày như in, kể cả chỗ để trống")
    year: Optional[int] = Field(None, ge=1945, le=2100)
    month: Optional[int] = Field(None, ge=1, le=12)
    day: Optional[int] = Field(None, ge=1, le=31)
    inferred_year: Optional[int] = Field(
        None, ge=1945, le=2100,
        description="Năm suy ra khi văn bản không in năm (luôn hiển thị là suy ra); ghi cách suy ra trong inferred_from",
    )
    inferred_from: Optional[Text] = Field(None, description="Năm được suy ra từ đâu (câu trích, thời hạn…)")

    @field_validator("day")
    @classmethod
    def _day_exists(cls, day, info):
        month, year = info.data.get("month"), info.data.get("year")
        if day is not None and month is not None:
            try:
                dt.date(year or 2000, month, day)
            except ValueError:
                raise ValueError(message("no_such_day", day=day, month=month)) from None
        return day

    @property
    def any_year(self) -> Optional[int]:
        """The printed year, else the inferred one: for ordering and comparison, never shown as printed."""
        return self.year or self.inferred_year


class Signer(Strict):
    name: Optional[Text] = None
    title: Optional[Text] = None


class Target(Strict):
    id: Id
    text: Text = Field(description="Câu chữ nguyên văn chứa chỉ tiêu")
    kind: Id = Field(description="Loại chỉ tiêu (target_kinds) để so sánh giữa các tỉnh")
    value: float = Field(ge=0, le=1e9)
    value_max: Optional[float] = Field(None, ge=0, le=1e9, description="Cận trên nếu là khoảng")
    unit: Text
    comparator: Literal["≥", ">", "≈", "=", "≤", "<"]
    year: Optional[int] = Field(
        ..., ge=1945, le=2100,
        description="Năm mốc; null chỉ khi văn bản không ghi năm, và khi đó phải giải thích trong ambiguities",
    )
    scope: Optional[Text] = Field(None, description="Phạm vi (huyện…) nếu chỉ tiêu được chia nhỏ")
    scope_agency: Optional[Id] = None
    parent: Optional[Id] = Field(None, description="Chỉ tiêu toàn tỉnh mà chỉ tiêu này là một phần")
    section: Optional[Text] = Field(None, description="Vị trí trong văn bản, ví dụ 'II.2.1'")
    note: Optional[Text] = None
    ambiguities: list[Text] = Field(default_factory=list, description="Chỗ văn bản không rõ (ví dụ không ghi năm mốc)")
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát; kiểm tra sẽ từ chối khi còn"
    )


DeadlineKind = Literal[KIND_IDS]  # the one table: generator/source/deadlines.py KINDS


class Deadline(Strict):
    printed: Optional[Text] = Field(None, description="Thời hạn nguyên văn")
    kind: DeadlineKind
    year: Optional[int] = Field(None, ge=1945, le=2100)
    year_end: Optional[int] = Field(None, ge=1945, le=2100)
    quarters: list[Annotated[int, Field(ge=1, le=4)]] = Field(default_factory=list)
    month: Optional[int] = Field(None, ge=1, le=12)
    before: Optional[Date] = None
    condition: Optional[Text] = None


class Place(Strict):
    part: Literal["body", "appendix"]
    section: Optional[Text] = Field(None, description="Đường dẫn mục, ví dụ 'III.2.a'")
    appendix_group: Optional[Text] = None
    appendix_row: Optional[Text] = None


class Group(Strict):
    id: Id
    title: Text = Field(description="Tên nhóm giải pháp nguyên văn")
    section: Optional[Text] = None


class Task(Strict):
    id: Id
    text: Text = Field(description="Nội dung nhiệm vụ nguyên văn")
    place: Place
    group: Optional[Id] = None
    lead: list[Id] = Field(default_factory=list)
    lead_text: Optional[Text] = Field(None, description="Cụm từ nguyên văn nêu cơ quan chủ trì")
    cooperating: list[Id] = Field(default_factory=list)
    cooperating_text: Optional[Text] = None
    output: Optional[Text] = Field(None, description="Sản phẩm hoàn thành nguyên văn")
    submit_to: Optional[Text] = Field(None, description="Cấp trình nguyên văn (nếu có)")
    deadline: Deadline
    topics: Optional[list[Id]] = Field(None, description="Ghi đè chủ đề tự động")
    ambiguities: list[Text] = Field(default_factory=list)
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát; kiểm tra sẽ từ chối khi còn"
    )


#: the kinds of document that give tasks, by id, with the short form Nghị định 30/2020/NĐ-CP (Phụ lục III) and the
#: Party's Hướng dẫn 36-HD/VPTW print in a number ("356/TB-VP", "118-KL/TU"; a Công văn has none) and plan ids use;
#: their names are the site's labels (``labels.PLAN_KIND``)
PLAN_KINDS = {"ke-hoach": "KH", "chuong-trinh": "CTr", "cong-van": None, "quyet-dinh": "QĐ", "chi-thi": "CT",
              "nghi-quyet": "NQ", "thong-bao": "TB", "huong-dan": "HD", "phuong-an": "PA", "de-an": "ĐA",
              "bao-cao": "BC", "bien-ban": "BB", "to-trinh": "TTr", "cong-dien": "CĐ", "giay-moi": "GM",
              "ket-luan": "KL", "quy-che": "QC", "thoa-thuan": "TTh", "hop-dong": "HĐ"}
PlanKind = Literal[tuple(PLAN_KINDS)]


class Plan(Strict):
    id: Id
    kind: PlanKind
    number: Optional[Text] = Field(None, description="Số hiệu như in; trống nếu văn bản để trống")
    date: PrintedDate
    issuer: Id
    province: Id
    signer: Signer = Signer()
    raw: Text = Field(description="Tệp văn bản gốc trong source/raw/")
    text: Optional[Text] = Field(None, description="Tệp văn bản đã sửa lỗi phông (nếu có)")
    title: Text
    subject: Optional[Text] = None
    legal_basis: list[Id] = Field(default_factory=list)
    purpose: list[Text] = Field(default_factory=list)
    requirements: list[Text] = Field(default_factory=list)
    objectives: list[Text] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    notes: list[Text] = Field(default_factory=list)
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát (bản nháp của kehoach import); kiểm tra sẽ từ chối khi còn"
    )


class Registry(Strict):
    """Top level of a registry file: any of the lists may be present."""

    provinces: list[Province] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    agency_types: list[AgencyType] = Field(default_factory=list)
    documents: list[LegalDocument] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    target_kinds: list[TargetKind] = Field(default_factory=list)


# --------------------------------------------------------------------------
# Implementation reports (Báo cáo kết quả thực hiện kế hoạch)
# --------------------------------------------------------------------------

#: What a report says of a task; words in labels.STATUS (the one table of statuses).
StatusKind = Literal["hoan-thanh", "dang-thuc-hien", "chua-thuc-hien", "khong-con-phu-hop", "khong-ro"]


class TaskStatus(Strict):
    plan: Id = Field(description="Kế hoạch (id) có nhiệm vụ này; phải nằm trong plans của báo cáo")
    task: Id = Field(description="Nhiệm vụ (id) trong kế hoạch")
    status: StatusKind = Field(
        description="hoan-thanh (hoàn thành), dang-thuc-hien (đang thực hiện), chua-thuc-hien (chưa thực hiện), "
                    "khong-con-phu-hop (không còn phù hợp), khong-ro (báo cáo nêu nhiệm vụ nhưng không nói rõ tình trạng)",
    )
    quote: Text = Field(description="Câu chữ nguyên văn của báo cáo nói điều đó")
    note: Optional[Text] = None
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát (bản nháp của kehoach import); kiểm tra sẽ từ chối khi còn"
    )


class AsOf(Strict):
    """The date a reported figure refers to, as printed ("đến ngày 30/11/2024", "năm 2024")."""

    printed: Text = Field(description="Mốc thời gian nguyên văn trong báo cáo")
    year: int = Field(ge=1945, le=2100)
    month: Optional[int] = Field(None, ge=1, le=12)
    day: Optional[int] = Field(None, ge=1, le=31)


class ReportedValue(Strict):
    plan: Id = Field(description="Kế hoạch (id) có chỉ tiêu này; phải nằm trong plans của báo cáo")
    target: Id = Field(description="Chỉ tiêu (id) trong kế hoạch")
    value: float = Field(ge=0, le=1e9, description="Giá trị đạt được, cùng đơn vị với chỉ tiêu, như in trong quote")
    as_of: Optional[AsOf] = Field(
        None, description="Số liệu tính đến khi nào, như in; để trống khi báo cáo không ghi mốc (số liệu tại ngày báo cáo)"
    )
    quote: Text = Field(description="Câu chữ nguyên văn của báo cáo nêu giá trị")
    note: Optional[Text] = None
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát (bản nháp của kehoach import); kiểm tra sẽ từ chối khi còn"
    )


class Report(Strict):
    id: Id
    number: Optional[Text] = Field(None, description="Số hiệu như in; trống nếu văn bản để trống")
    date: PrintedDate = Field(description="Ngày ban hành như in; cần có năm (in hoặc suy ra) để xếp các báo cáo theo thời gian")
    issuer: Id
    province: Id
    signer: Signer = Signer()
    raw: Text = Field(description="Tệp văn bản gốc trong source/raw/")
    text: Optional[Text] = Field(None, description="Tệp văn bản đã sửa lỗi phông (nếu có)")
    title: Text = Field(description="Tên loại văn bản như in, ví dụ 'BÁO CÁO'")
    subject: Optional[Text] = Field(None, description="Trích yếu như in")
    plans: list[Id] = Field(min_length=1, description="Các kế hoạch (id) mà báo cáo này báo cáo kết quả thực hiện")
    statuses: list[TaskStatus] = Field(
        default_factory=list, description="Tình trạng từng nhiệm vụ mà báo cáo nêu; nhiệm vụ báo cáo không nêu thì không ghi"
    )
    target_values: list[ReportedValue] = Field(default_factory=list, description="Giá trị đạt được của các chỉ tiêu")
    notes: list[Text] = Field(default_factory=list)
    review: list[Text] = Field(
        default_factory=list, description="Điểm cần người rà soát (bản nháp của kehoach import); kiểm tra sẽ từ chối khi còn"
    )
