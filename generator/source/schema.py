"""JSON Schema of the source files, generated from the models (for editors)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import Plan, Registry, Report


def schemas() -> dict[str, dict]:
    out = {}
    for name, model, title in (("plan", Plan, "Kế hoạch (source/plans/*.yaml)"),
                               ("registry", Registry, "Danh mục (source/registry/*.yaml)"),
                               ("report", Report, "Báo cáo kết quả thực hiện (source/reports/*.yaml)")):
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = title
        out[f"{name}.schema.json"] = schema
    return out


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written
