import json
from pathlib import Path

from generator.source.schema import schemas

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def test_committed_schema_is_current():
    for name, schema in schemas().items():
        committed = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        assert committed == json.loads(json.dumps(schema)), f"schema/{name} is stale: run `kehoach schema`"


def test_schema_forbids_unknown_fields():
    plan = schemas()["plan.schema.json"]
    assert plan["additionalProperties"] is False
    assert plan["$defs"]["Task"]["additionalProperties"] is False


def test_source_files_pass_check_jsonschema():
    """What editors and data users' tools read: every source file against the committed schema."""
    import subprocess
    import sys

    root = SCHEMA_DIR.parent
    runs = {"plan.schema.json": sorted((root / "source" / "plans").glob("*.yaml")),
            "registry.schema.json": sorted((root / "source" / "registry").glob("*.yaml"))}
    for schema, files in runs.items():
        assert files
        result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA_DIR / schema),
                                 *map(str, files)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_catches_an_unknown_field(tmp_path):
    import subprocess
    import sys

    plan = next((SCHEMA_DIR.parent / "source" / "plans").glob("*.yaml")).read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(plan.replace("\nkind:", "\ncolour: blue\nkind:", 1), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile",
                             str(SCHEMA_DIR / "plan.schema.json"), str(bad)], capture_output=True, text=True)
    assert result.returncode == 1 and "colour" in result.stdout + result.stderr


def test_report_files_pass_check_jsonschema_and_an_unknown_field_fails(tmp_path):
    """Implementation reports have their own schema (schema/report.schema.json), used by editors."""
    import subprocess
    import sys

    reports = sorted((SCHEMA_DIR.parent / "tests" / "fixtures" / "mini" / "source" / "reports").glob("*.yaml"))
    run = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA_DIR / "report.schema.json")]
    result = subprocess.run(run + [str(p) for p in reports], capture_output=True, text=True)
    assert reports and result.returncode == 0, result.stdout + result.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(reports[0].read_text(encoding="utf-8").replace("    status:", "    colour: red\n    status:", 1),
                   encoding="utf-8")
    result = subprocess.run(run + [str(bad)], capture_output=True, text=True)
    assert result.returncode == 1 and "colour" in result.stdout + result.stderr
