"""Write a draft into a source folder: the original, the repaired text, the plan, the proposals."""

from __future__ import annotations

from pathlib import Path

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


def write_draft(draft: Draft, source: Path, *, force: bool = False) -> list[Path]:
    """Write the draft's files; refuse to replace anything unless ``force``."""
    targets = {
        source / "raw" / draft.raw_name: draft.raw_bytes,
        source / "plans" / f"{draft.plan_id}.yaml": (
            "# Bản nháp do `kehoach import` tạo — rà soát rồi xóa các dòng review.\n" + dump(draft.plan)).encode("utf-8"),
    }
    if draft.repaired_text is not None:  # the text of record: font-repaired or read by OCR
        targets[source / "raw" / draft.plan["text"]] = draft.repaired_text.encode("utf-8")
    if draft.registry:
        targets[source / "registry" / f"{draft.plan_id}-de-xuat.yaml"] = (  # proposals, beside any curated registry
            "# Đề xuất của `kehoach import`: kiểm tra tên, loại, tỉnh trước khi dùng.\n" + dump(draft.registry)).encode("utf-8")
    root = source.resolve()
    outside = [p for p in targets if not p.resolve().is_relative_to(root)]
    if outside:  # ids and file names come from the document: never let one leave source/
        raise ImportFailure("refusing to write outside " + str(source) + ": " + ", ".join(str(p) for p in outside))
    clashes = [p for p, data in targets.items() if p.exists() and p.read_bytes() != data]
    if clashes and not force:
        raise ImportFailure("would replace existing files (use --force): " + ", ".join(str(p) for p in clashes))
    written = []
    for path, data in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            written.append(path)
    return written
