"""The one place that knows where each entity's page lives.

Paths are relative to ``docs/`` and end in ``.md``; links between pages are
written as relative ``.md`` paths so MkDocs checks every one of them.
Ids are validated as ``[a-z0-9-]`` slugs, so a path built from them cannot
leave its folder.
"""

from __future__ import annotations

#: Folders (and files) under docs/ that the generator owns.
GENERATED_ROOTS = (
    "index.md",
    "ke-hoach",
    "van-ban-goc",
    "co-quan",
    "chi-tieu",
    "van-ban",
    "tinh",
    "chu-de",
    "thoi-han",
    "tra-cuu",
    "thuat-ngu.md",
    "bao-cao",
    "data",
    "assets/generated",
)

HOME = "index.md"
PLANS = "ke-hoach/index.md"
AGENCIES = "co-quan/index.md"
TARGETS = "chi-tieu/index.md"
DOCUMENTS = "van-ban/index.md"
PROVINCES = "tinh/index.md"
TOPICS = "chu-de/index.md"
DEADLINES = "thoi-han/index.md"
FINDER = "tra-cuu/index.md"
REPORTS = "bao-cao/index.md"
ABOUT = "gioi-thieu.md"
GLOSSARY = "thuat-ngu.md"
DATA_DIR = "data"
CHART_DIR = "assets/generated"


def plan(plan_id: str) -> str:
    return f"ke-hoach/{plan_id}.md"


def original(plan_id: str) -> str:
    return f"van-ban-goc/{plan_id}.md"


def report(report_id: str) -> str:
    """An implementation report's page (its own folder: report and plan ids may coincide)."""
    return f"bao-cao/{report_id}.md"


def report_original(report_id: str) -> str:
    return f"van-ban-goc/bao-cao/{report_id}.md"


def target_chart(plan_id: str, target_id: str) -> str:
    """The SVG of a target's planned value against what reports say was achieved."""
    return f"{CHART_DIR}/chi-tieu/{plan_id}/{target_id}.svg"


def original_raw(raw_name: str) -> str:
    return f"van-ban-goc/raw/{raw_name}"


def agency(agency_id: str) -> str:
    return f"co-quan/{agency_id}.md"


def agency_tasks(agency_id: str, role: str) -> str:
    """An agency's tasks of one role (chu-tri, phoi-hop, tiep-nhan-…) when they are too many for its page."""
    return f"co-quan/{agency_id}/{role}.md"


def agencies_group(group_id: str) -> str:
    """The agencies of one province (or 'trung-uong'), when the agency list is split."""
    return f"co-quan/tinh/{group_id}.md"


def agency_type(type_id: str) -> str:
    return f"co-quan/loai/{type_id}.md"


def target(plan_id: str, target_id: str) -> str:
    return f"chi-tieu/{plan_id}/{target_id}.md"


def target_kind(kind_id: str) -> str:
    return f"chi-tieu/loai/{kind_id}.md"


def target_kind_province(kind_id: str, province_id: str) -> str:
    return f"chi-tieu/loai/{kind_id}/{province_id}.md"


def targets_province(province_id: str) -> str:
    """The targets of one province by year, when the list of all targets is long."""
    return f"chi-tieu/tinh/{province_id}.md"


def document(document_id: str) -> str:
    return f"van-ban/{document_id}.md"


def documents_kind(doc_type: str) -> str:
    """The legal documents of one kind (Nghị quyết, Quyết định …), when the list of all is long."""
    return f"van-ban/loai/{doc_type}.md"


def document_province(document_id: str, province_id: str) -> str:
    """The plans of one province citing a document, when the document is cited by many plans."""
    return f"van-ban/{document_id}/tinh/{province_id}.md"


def province(province_id: str) -> str:
    return f"tinh/{province_id}.md"


def topic(topic_id: str) -> str:
    return f"chu-de/{topic_id}.md"


def deadlines_province(province_id: str) -> str:
    return f"thoi-han/tinh/{province_id}.md"


def deadlines_province_bucket(province_id: str, bucket: str) -> str:
    """One deadline bucket (a year, 'ongoing', ...) of one province, when the province's list is long."""
    return f"thoi-han/tinh/{province_id}/{bucket}.md"


def topic_province(topic_id: str, province_id: str) -> str:
    return f"chu-de/{topic_id}/{province_id}.md"


def finder_province(province_id: str) -> str:
    """The static (no JavaScript) list of one province's tasks."""
    return f"tra-cuu/tinh/{province_id}.md"


FINDER_DATA_DIR = "assets/generated/tra-cuu"


def finder_meta() -> str:
    return f"{FINDER_DATA_DIR}/meta.js"


def finder_shard(province_id: str) -> str:
    return f"{FINDER_DATA_DIR}/{province_id}.js"


def paged(path: str, number: int) -> str:
    """Page ``number`` (1-based) of a long list whose first page is ``path``."""
    return path if number == 1 else f"{path[:-3]}-trang-{number}.md"


#: Anchor prefixes used by headings on plan pages; task ids may not use them.
RESERVED_ANCHOR_PREFIXES = ("muc-", "nhom-", "chi-tieu-", "L")


def task_anchor(task_id: str) -> str:
    return task_id


def target_anchor(target_id: str) -> str:
    return f"chi-tieu-{target_id}"


def province_anchor(province_id: str) -> str:
    """A current province's line on the province list (search leads there for a province without a page)."""
    return f"tinh-{province_id}"


def line_anchor(line: int) -> str:
    return f"L{line}"


def span_anchor(first: int, last: int) -> str:
    """Lines first..last of an original, as code hosts write a range: ``L12-L15``."""
    return f"L{first}-L{last}"


def data_table(name: str, ext: str) -> str:
    """One table of the open data (``tinh``, ``co-quan``…) as csv or json."""
    return f"{DATA_DIR}/{name}.{ext}"


def plan_data(plan_id: str, ext: str) -> str:
    return f"{DATA_DIR}/ke-hoach/{plan_id}.{ext}"


def relative(from_page: str, to_path: str, anchor: str | None = None) -> str:
    """Relative link from one docs/ file to another, with an optional #anchor."""
    if to_path == from_page:
        rel = to_path.rsplit("/", 1)[-1]
    else:
        # both are clean relative paths under docs/ (no "..", no "."), so a
        # common-prefix walk is enough (and much cheaper than os.path.relpath)
        src = from_page.split("/")[:-1]
        dst = to_path.split("/")
        common = 0
        while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
            common += 1
        rel = "/".join([".."] * (len(src) - common) + dst[common:])
    return rel + (f"#{anchor}" if anchor else "")
