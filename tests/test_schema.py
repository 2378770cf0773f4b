import json
from pathlib import Path

from generator.schema import schemas

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def test_committed_schema_is_current():
    for name, schema in schemas().items():
        committed = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert committed == json.loads(json.dumps(schema)), f"schema/{name} is stale: run `kehoach schema`"


def test_schema_forbids_unknown_fields():
    plan = schemas()["plan.schema.json"]
    assert plan["additionalProperties"] is False
    assert plan["$defs"]["Task"]["additionalProperties"] is False
