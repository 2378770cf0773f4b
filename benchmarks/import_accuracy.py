"""How close does ``kehoach import`` get to the curated data?

    .venv/bin/python benchmarks/import_accuracy.py

Imports each original in ``source/raw/`` (as received: the Kon Tum 2023 text
goes through the automatic font repair) and compares the draft with the
curated plan in ``source/plans/``:

* tasks are matched one-to-one by text (folded, similarity ≥ 0.85 or one
  containing the other); recall = matched / curated, precision = matched / drafted;
* lead accuracy: matched tasks whose lead agencies are exactly the curated ones;
* cooperating F1: over the cooperating agencies of matched tasks;
* deadline accuracy: same kind (and same year where the kind has one);
* target recall: curated targets found with the same value, unit and year;
* legal references: precision/recall of cited document numbers.

Aims (issue 5): every appendix row recovered; ≥ 95 % task recall and ≥ 90 %
lead accuracy overall.  No assertions: this prints a measurement.
"""

from __future__ import annotations

import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.importer import import_document  # noqa: E402
from generator.validate import check  # noqa: E402
from generator.vi import fold  # noqa: E402


def similar(a: str, b: str) -> float:
    a, b = " ".join(fold(a).split()), " ".join(fold(b).split())
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) * 0.15 + 0.85
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.85 or matcher.quick_ratio() < 0.85:
        return 0.0
    return matcher.ratio()


def match_tasks(curated, drafted):
    pairs = []
    for i, c in enumerate(curated):
        for j, d in enumerate(drafted):
            if c.place.part != d["place"]["part"]:
                continue
            score = similar(c.text, d.get("text", ""))
            if score >= 0.85:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    used_c, used_d, out = set(), set(), []
    for score, i, j in pairs:
        if i in used_c or j in used_d:
            continue
        used_c.add(i)
        used_d.add(j)
        out.append((curated[i], drafted[j]))
    return out


def main() -> int:
    dataset, problems = check(ROOT / "source")
    numbers = {d.id: fold(d.number or d.id) for d in dataset.documents.values()}
    rows = []
    totals = dict.fromkeys(["cur", "drf", "match", "lead", "dl", "tp", "fp", "fn", "tcur", "tfound",
                            "lcur", "ldrf", "lboth", "acur", "amatch"], 0)
    for plan in dataset.ordered_plans():
        draft = import_document(ROOT / "source" / "raw" / plan.raw, ROOT / "source")
        drafted = draft.plan["tasks"]
        pairs = match_tasks(plan.tasks, drafted)
        lead = sum(set(c.lead) == set(d.get("lead", [])) for c, d in pairs)
        tp = sum(len(set(c.cooperating) & set(d.get("cooperating", []))) for c, d in pairs)
        fp = sum(len(set(d.get("cooperating", [])) - set(c.cooperating)) for c, d in pairs)
        fn = sum(len(set(c.cooperating) - set(d.get("cooperating", []))) for c, d in pairs)
        deadline = 0
        for c, d in pairs:
            dl = d["deadline"]
            deadline += dl["kind"] == c.deadline.kind and (dl.get("year") == c.deadline.year or c.deadline.year is None)
        found_targets = 0
        for t in plan.targets:
            if t.parent:
                continue
            found_targets += any(abs(x["value"] - t.value) < 1e-9 and x["unit"] == t.unit and x.get("year") == t.year
                                 for x in draft.plan["targets"])
        province_targets = sum(1 for t in plan.targets if not t.parent)
        curated_refs = {numbers[d] for d in plan.legal_basis}
        proposed = {d["id"]: fold(d.get("number") or d["id"]) for d in draft.registry.get("documents", [])}
        drafted_refs = {numbers.get(d) or proposed.get(d, d) for d in draft.plan["legal_basis"]}
        appendix = [c for c in plan.tasks if c.place.part == "appendix"]
        appendix_matched = sum(1 for c, _ in pairs if c.place.part == "appendix")
        row = dict(plan=plan.id, cur=len(plan.tasks), drf=len(drafted), match=len(pairs), lead=lead, dl=deadline,
                   tp=tp, fp=fp, fn=fn, tcur=province_targets, tfound=found_targets, lcur=len(curated_refs),
                   ldrf=len(drafted_refs), lboth=len(curated_refs & drafted_refs), acur=len(appendix),
                   amatch=appendix_matched)
        rows.append(row)
        for k in totals:
            totals[k] += row[k]
    rows.append(dict(plan="overall", **totals))

    def pct(a, b):
        return f"{100 * a / b:5.1f}%" if b else "    –"

    print(f"{'plan':24} {'tasks':>5} {'draft':>5} {'recall':>7} {'precis.':>7} {'appx rec':>8} {'lead acc':>8} "
          f"{'coop F1':>7} {'deadline':>8} {'targets':>7} {'refs P':>6} {'refs R':>6}")
    for r in rows:
        f1 = 2 * r["tp"] / (2 * r["tp"] + r["fp"] + r["fn"]) if (r["tp"] + r["fp"] + r["fn"]) else 1.0
        print(f"{r['plan']:24} {r['cur']:>5} {r['drf']:>5} {pct(r['match'], r['cur']):>7} {pct(r['match'], r['drf']):>7} "
              f"{pct(r['amatch'], r['acur']):>8} {pct(r['lead'], r['match']):>8} {100 * f1:6.1f}% "
              f"{pct(r['dl'], r['match']):>8} {pct(r['tfound'], r['tcur']):>7} {pct(r['lboth'], r['ldrf']):>6} "
              f"{pct(r['lboth'], r['lcur']):>6}")
    print("aim: every appendix row, task recall ≥ 95 %, lead accuracy ≥ 90 %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
