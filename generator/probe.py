"""Temporary data-entry probe: model validation + verbatim check of one plan file."""
import sys
from pathlib import Path
from ruamel.yaml import YAML
from pydantic import ValidationError
from generator.models import Plan, Group, Task
from pydantic import BaseModel, ConfigDict


class Fragment(BaseModel):
    """Part of a plan entered separately (e.g. one block of appendix rows)."""
    model_config = ConfigDict(extra="forbid")
    raw: str
    groups: list[Group] = []
    tasks: list[Task] = []
from generator.text import SourceText

VERBATIM_TASK = ("text", "lead_text", "cooperating_text", "output", "submit_to")

def main(path):
    data = YAML(typ="safe").load(Path(path).read_text(encoding="utf-8"))
    try:
        plan = (Plan if "id" in data else Fragment).model_validate(data)
    except ValidationError as e:
        print(e); return 1
    raw = Path("source/raw") / (getattr(plan, "text", None) or plan.raw)
    src = SourceText(raw.read_text(encoding="utf-8"))
    bad = 0
    def chk(label, s, cell=False):
        nonlocal bad
        if s and (src.find_cell(s) if cell else src.find(s)) is None:
            bad += 1
            line, near = src.nearest(s)
            print(f"MISS {label}: {s[:90]!r}\n   nearest line {line}: {near[:120]}")
    if isinstance(plan, Plan):
        chk("title", plan.title); chk("subject", plan.subject)
        for i, s in enumerate(plan.purpose + plan.requirements + plan.objectives): chk(f"para[{i}]", s)
        for t in plan.targets: chk(f"target {t.id}", t.text)
    for g in plan.groups: chk(f"group {g.id}", g.title)
    for t in plan.tasks:
        c = True
        for f in VERBATIM_TASK: chk(f"task {t.id}.{f}", getattr(t, f), c)
        chk(f"task {t.id}.deadline.printed", t.deadline.printed, c)
        chk(f"task {t.id}.deadline.condition", t.deadline.condition)
    print(f"{len(plan.tasks)} tasks ({sum(t.place.part=='appendix' for t in plan.tasks)} appendix), {len(getattr(plan, 'targets', []))} targets, {bad} misses")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
