"""Write a draft into a source folder: the original, the repaired text, the plan, the proposals."""

from __future__ import annotations

from pathlib import Path

from ..labels import message

import yaml

from .draft import Draft
from .extract import ImportFailure


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the draft's order, list items indented under their key."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def dump(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096,
                     default_flow_style=False, indent=2)


def report_path(draft: Draft, source: Path) -> Path:
    """The review report lives beside the draft (``check`` reads only ``*.yaml`` there): in
    ``plans/``, or ``reports/`` for an implementation report."""
    return source / draft.folder / f"{draft.plan_id}.import.md"


def write_draft(draft: Draft, source: Path, *, force: bool = False, dry_run: bool = False,
                report: tuple[Path, str] | None = None) -> list[Path]:
    """Write the draft's files (and its report), or with ``dry_run`` only say which; refuse,
    in both cases alike, to replace anything unless ``force`` or to write outside ``source``."""
    targets = {
        source / "raw" / draft.raw_name: draft.raw_bytes,
        source / draft.folder / f"{draft.plan_id}.yaml": (
            "# Bản nháp do `kehoach import` tạo — rà soát rồi xóa các dòng review.\n" + dump(draft.plan)).encode("utf-8"),
    }
    if draft.repaired_text is not None:  # the text of record: font-repaired or read by OCR
        targets[source / "raw" / draft.plan["text"]] = draft.repaired_text.encode("utf-8")
    if draft.registry:
        targets[source / "registry" / f"{draft.plan_id}-de-xuat.yaml"] = (  # proposals, beside any curated registry
            "# Đề xuất của `kehoach import`: kiểm tra tên, loại, tỉnh trước khi dùng.\n" + dump(draft.registry)).encode("utf-8")
    if report is not None:
        targets[report[0]] = report[1].encode("utf-8")
    root = source.resolve()
    outside = [p for p in targets if not p.resolve().is_relative_to(root)
               and not (report is not None and p == report[0])]  # --report names its own place
    if outside:  # ids and file names come from the document: never let one leave source/
        raise ImportFailure(message("imp_outside", folder=source, files=", ".join(str(p) for p in outside)))
    clashes = [p for p, data in targets.items() if p.exists() and p.read_bytes() != data]
    if clashes and not force:
        raise ImportFailure(message("imp_would_replace", files=", ".join(str(p) for p in clashes)))
    if dry_run:
        return [p for p, data in targets.items() if not p.exists() or p.read_bytes() != data]
    written = []
    for path, data in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            written.append(path)
    return written
