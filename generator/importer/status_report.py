"""``kehoach import`` of an implementation report: a document titled BÁO CÁO (Nghị định 30/2020:
"Số: …/BC-…", place and date, "BÁO CÁO" and its subject — "Kết quả thực hiện Kế hoạch số …",
"Sơ kết …", "Tổng kết …" —, I./1./- items or a table, "Nơi nhận", signature).

It drafts ``source/reports/<id>.yaml``: the report's number, date, issuer and signer read the way a
plan's are (``draft._metadata``), and its status lines and reported target values matched against
the tasks and targets of the plan it reports on — the plan found by the number the report cites,
else by the task texts it paraphrases. Nothing is guessed silently: every line carries a ``review``
note saying how its task was matched and which words gave its status (``khong-ro`` when the words
say nothing, or disagree), so ``kehoach check`` refuses the draft until a person has read it against
the original. Sentences about difficulties and next steps are not statuses; a passage that matches
no task is listed in the import report, never drafted.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from ..labels import STATUS, message
from ..problems import Problems
from ..source.loader import load_yaml
from ..source.models import Plan
from ..text import nfc, plain_line
from ..vi import fold, slugify
from . import fields, layout
from .draft import Draft, _body_end, _issuer, _issuer_printed, _metadata, _province
from .extract import ImportFailure, NoReportedPlan

# --- recognising a report --------------------------------------------------------------------

_TITLE = re.compile(r"^bao cao(?: (?:so ket|tong ket|ket qua|danh gia|tinh hinh)\b.*)?$")


def title_line(lines: list[str]) -> int | None:
    """The line of a "BÁO CÁO" title (capitals, alone on its line, in the header), or None.
    A plan's "CHẾ ĐỘ BÁO CÁO" section or a report cited in running text is no title."""
    for i, raw in enumerate(lines[:45]):
        text = nfc(plain_line(raw)).strip(" |")
        folded = fold(text)
        if folded in ("ke hoach", "chuong trinh", "quyet dinh", "nghi quyet"):
            return None  # the document's title is another kind's
        if len(text) < 80 and layout.is_caps(text) and _TITLE.match(folded):
            return i
    return None


# --- what a sentence says of a task -----------------------------------------------------------

#: Words that say how a task stands (lowercase, with diacritics: folding would make "đang" "đăng").
_STATUS_WORDS = [
    ("khong-con-phu-hop", re.compile(r"không còn phù hợp")),
    ("chua-thuc-hien", re.compile(r"chưa (?:được )?(?:thực hiện|triển khai|bắt đầu|tổ chức|ban hành|xây dựng)")),
    ("chua-hoan-thanh", re.compile(r"chưa hoàn thành")),
    ("hoan-thanh", re.compile(r"(?:đã )?hoàn thành|đã xong")),
    ("dang-thuc-hien", re.compile(r"đang (?:được )?(?:thực hiện|triển khai|xây dựng|hoàn thiện|tổ chức|thực thi)"
                                  r"|đang được|tiếp tục (?:thực hiện|triển khai)")),
]
#: A completion still to come is no completion ("dự kiến hoàn thành trong quý IV").
_FUTURE = re.compile(r"(?:dự kiến|sẽ|phấn đấu|kế hoạch|cần|để|nhằm)\s+(?:\S+\s+)?hoàn thành[^.;]*")


def status_of(text: str) -> tuple[str, list[str], str | None]:
    """(status, the words that said it, a doubt for the reviewer or None)."""
    lowered = _FUTURE.sub(" ", nfc(text).lower())
    found: dict[str, str] = {}
    for status, pattern in _STATUS_WORDS:
        match = pattern.search(lowered)
        if match:
            found.setdefault(status, match.group(0))
            lowered = pattern.sub(" ", lowered)  # "chưa hoàn thành" is not also "hoàn thành"
    words = list(found.values())
    if not found:
        return "khong-ro", [], message("rep_no_status_words")
    if len(found) > 1:
        return "khong-ro", words, message("rep_status_words_disagree", words=", ".join(repr(w) for w in words))
    status = next(iter(found))
    if status == "chua-hoan-thanh":
        return "khong-ro", words, message("rep_not_yet_done", words=words[0])
    return status, words, None


# --- which task a sentence speaks of ------------------------------------------------------------

_WORD = re.compile(r"[0-9a-z]+")


def _pairs(text: str) -> set[str]:
    """Pairs of neighbouring syllables (folded): a Vietnamese word is one or two syllables, and a
    paraphrase keeps most of a task's pairs ("cơ sở dữ liệu", "hội nghị quán triệt")."""
    words = _WORD.findall(fold(text))
    return {f"{a} {b}" for a, b in zip(words, words[1:])}


class TaskMatcher:
    """Scores a passage against the tasks of some plans: the share of a task's syllable pairs the
    passage has, each pair weighted by how rare it is among the tasks (idf), so "hợp tác xã" that
    every task has counts for little."""

    def __init__(self, plans: list[Plan]):
        self.tasks = [(plan, task, _pairs(task.text)) for plan in plans for task in plan.tasks]
        df = Counter(pair for _, _, pairs in self.tasks for pair in pairs)
        n = max(len(self.tasks), 1)
        self.idf = {pair: math.log(1 + n / count) for pair, count in df.items()}

    def best(self, text: str) -> list[tuple[float, Plan, object]]:
        """Tasks by score, best first (score 0..1)."""
        have = _pairs(text)
        scored = []
        for plan, task, pairs in self.tasks:
            total = sum(self.idf[p] for p in pairs)
            if total:
                scored.append((sum(self.idf[p] for p in pairs & have) / total, plan, task))
        scored.sort(key=lambda s: (-s[0], s[1].id, s[2].id))
        return scored


#: A passage speaks of a task when it has at least this share of the task's weighted pairs; below
#: STRONG the match is said to be weak in its review note.
MATCH, STRONG = 0.4, 0.6


# --- the report's passages -----------------------------------------------------------------------

#: Parts of a report that say what is wrong or what comes next, not how tasks stand.
_NOT_RESULTS = re.compile(r"kho khan|vuong mac|ton tai|han che|nguyen nhan|phuong huong|thoi gian toi|nam toi|"
                          r"de xuat|kien nghi|bai hoc|nhiem vu (?:trong tam |chu yeu )?(?:\d+ thang|cuoi nam|nam \d{4}|giai doan)")


@dataclass
class Passage:
    line: int             # 1-based
    text: str             # what the passage says (a paragraph, or a row's task and result)
    quote: str            # verbatim, to be found in the report
    status_text: str      # where its status words are
    about: str            # what to match against the tasks


_HEADER_TASK = re.compile(r"nhiem vu|noi dung|cong viec")
_HEADER_RESULT = re.compile(r"ket qua")
_HEADER_STATUS = re.compile(r"tinh trang|muc do|tien do")


def _cells(line: str) -> list[str]:
    text = line.strip()
    parts = text.strip("|").split("|") if text.startswith("|") else text.split("\t")
    return [nfc(plain_line(c)) for c in parts]


def _table_passages(lines: list[str], start: int, stop: int) -> tuple[list[Passage], set[int]]:
    """Rows of the report's task tables (Markdown pipes or tabs) with a task column and a result or
    status column; and the lines they take."""
    out, used = [], set()
    i = start
    while i < stop:
        cells = _cells(lines[i]) if ("|" in lines[i] or lines[i].count("\t") >= 2) else []
        folded = [fold(c) for c in cells]
        task_col = next((k for k, c in enumerate(folded) if _HEADER_TASK.search(c)), None)
        result_col = next((k for k, c in enumerate(folded) if _HEADER_RESULT.search(c)), None)
        status_col = next((k for k, c in enumerate(folded) if _HEADER_STATUS.search(c)), None)
        if task_col is None or (result_col is None and status_col is None) or len(cells) < 2:
            i += 1
            continue
        used.add(i)
        i += 1
        while i < stop and ("|" in lines[i] or lines[i].count("\t") >= 2):
            used.add(i)
            row = _cells(lines[i])
            i += 1
            if re.fullmatch(r"[\s|:\-]*", lines[i - 1]) or len(row) <= task_col:
                continue
            cell = lambda k: row[k] if k is not None and k < len(row) else ""  # noqa: E731
            task, result, status = cell(task_col), cell(result_col), cell(status_col)
            said = " ".join(filter(None, [result, status]))
            if task and said:
                out.append(Passage(i, f"{task} {said}", said, status or result, f"{task} {result}"))
    return out, used


def _outside_results(lines: list[str], start: int, stop: int) -> set[int]:
    """Lines (1-based) under a part (I., II. …) about difficulties, causes, next steps or proposals."""
    out, skipping = set(), False
    for i in range(start, stop):
        kind, _, rest = layout.marker_of(nfc(plain_line(lines[i])))
        if kind == "roman":
            skipping = bool(_NOT_RESULTS.search(fold(rest)))
        if skipping:
            out.add(i + 1)
    return out


def passages(lines: list[str], start: int, stop: int) -> list[Passage]:
    """What the report says, in order: the paragraphs of its results parts that carry no heading of
    their own, and the rows of its task tables (not those of its difficulties or next-steps parts)."""
    rows, in_table = _table_passages(lines, start, stop)
    paras = layout.paragraphs([("" if i in in_table else l) for i, l in enumerate(lines)], start, stop)
    layout.tree(paras)
    out = list(rows)
    for para in paras:
        if para.children or para.kind == "roman" or layout.is_caps(para.text) or len(para.text) < 25:
            continue  # a heading
        out.append(Passage(para.line, para.text, para.text, para.text, para.text))
    skipped = _outside_results(lines, start, stop)
    return sorted((p for p in out if p.line not in skipped), key=lambda p: p.line)


# --- dates a figure refers to --------------------------------------------------------------------

_AS_OF = [
    re.compile(r"(?:(?:tính )?(?:đến|tới) (?:hết )?)?(?:ngày )?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", re.I),
    re.compile(r"(?P<m>\d{1,2}) tháng (?:đầu )?năm (?P<y>\d{4})", re.I),
    re.compile(r"(?:(?:tính )?(?:đến|tới) (?:hết )?|trong )?năm (?P<y>\d{4})", re.I),
]


def as_of(text: str) -> dict | None:
    """The date a figure refers to, as printed ("Đến ngày 30/11/2024", "6 tháng đầu năm 2025",
    "Năm 2024"), with its numbers; None when the sentence prints none."""
    for pattern in _AS_OF:
        match = pattern.search(text)
        if match:
            found = {"printed": match.group(0).strip(), "year": int(match.group("y"))}
            for key, group in (("month", "m"), ("day", "d")):
                if group in pattern.groupindex and match.group(group):
                    found[key] = int(match.group(group))
            return found
    return None


# --- plans ------------------------------------------------------------------------------------------

_CITED_PLAN = re.compile(r"(?:Kế hoạch|Chương trình|Công văn)\s+(?:số\s*:?\s*)?(?P<n>\d{1,4}\s*/\s*[A-ZĐ][\w-]*)", re.I)


def _number_key(number: str) -> str:
    return re.sub(r"\s+", "", nfc(number)).upper()


def load_plans(source: Path) -> tuple[list[Plan], int]:
    """The plans in ``source/plans`` that read as plans (drafts under review included), and how
    many files did not."""
    plans, unread = [], 0
    for path in sorted((source / "plans").glob("*.yaml")):
        loaded = load_yaml(path, path.name, Problems())
        try:
            if loaded is None:
                raise ValueError(path)
            plans.append(Plan.model_validate(loaded.data))
        except ValueError:  # pydantic's ValidationError is one
            unread += 1
    return plans, unread


def cited_plans(text: str, plans: list[Plan], province: str | None) -> list[Plan]:
    """Plans whose number the report cites ("Kế hoạch số 12/KH-UBND"), of its province first."""
    cited = {_number_key(m.group("n")) for m in _CITED_PLAN.finditer(text)}
    found = [p for p in plans if p.number and _number_key(p.number) in cited]
    own = [p for p in found if p.province == province]
    return own or found


# --- the draft ------------------------------------------------------------------------------------


@dataclass
class ReportDraft(Draft):
    """A draft report: ``plan`` holds the report's YAML data (the field name is the importer's)."""

    folder: ClassVar[str] = "reports"
    unmatched: list[tuple[int, str]] = field(default_factory=list)


def draft_report(path: Path, source: Path, *, text: str, lines: list[str], raw_name: str, raw_bytes: bytes,
                 repaired: str | None, text_name: str, review: list[str], notes: list[str],
                 province: str | None, kind: str, pages: int | None) -> ReportDraft:
    known = fields.Known.load(source)
    provinces = {p.id: p for p in known.registry.provinces}
    province = province or _province(lines, provinces, _issuer_printed(lines[:20]))
    known.scope(province)
    if province is None:
        review.append(message("rep_no_province"))
    stop = _body_end(lines, set(), len(lines))
    meta = _metadata(lines, stop)
    title_at = title_line(lines)
    title = nfc(plain_line(lines[title_at])).strip(" |")
    subject, body_start = _subject(lines, title_at)
    issuer = _issuer(province, meta.get("issuer_printed"), text, known, provinces, review, None,
                     meta.get("issuer_bodies"))  # a Sở's report under its province: the Sở
    issuer.pop("_superior", None)
    registry = {}
    if issuer["id"] not in {a.id for a in known.registry.agencies}:
        registry["agencies"] = [issuer]

    plans, unread = load_plans(source)
    if unread:
        review.append(message("rep_unread_plans", count=unread))
    head = " ".join(nfc(plain_line(l)) for l in lines[:stop])
    reported = cited_plans(head, plans, province)
    body = passages(lines, body_start, stop)
    if reported:
        review.append(message("rep_plans_by_number", plans=", ".join(p.id for p in reported)))
    else:  # no number cited: the plan (of the province) whose tasks the report's sentences speak of
        candidates = [p for p in plans if p.province == province] or plans
        matcher = TaskMatcher(candidates)
        votes = Counter(best[0][1].id for p in body if (best := matcher.best(p.about)) and best[0][0] >= STRONG)
        if not votes:
            raise NoReportedPlan(f"{path}: " + message("imp_report_no_plan"))
        plan_id, count = votes.most_common(1)[0]
        reported = [p for p in candidates if p.id == plan_id]
        review.append(message("rep_plans_by_text", plan=plan_id, count=count))

    matcher = TaskMatcher(reported)
    # each task gets the passage that speaks of it most closely; a passage that says how something
    # stands but is no task's best is listed for the reviewer, not drafted
    best: dict[tuple[str, str], tuple[float, Passage, list]] = {}
    unmatched: list[tuple[int, str]] = []
    values: list[dict] = []
    for passage in body:
        ranked = matcher.best(passage.about)
        score = ranked[0][0] if ranked else 0.0
        key = (ranked[0][1].id, ranked[0][2].id) if ranked else None
        if score >= MATCH and (key not in best or score > best[key][0]):
            if key in best:
                unmatched.append((best[key][1].line, best[key][1].text))
            best[key] = (score, passage, ranked)
        elif status_of(passage.status_text)[1]:
            unmatched.append((passage.line, passage.text))
        values += _values(passage, reported)
    statuses = []
    for score, passage, ranked in sorted(best.values(), key=lambda b: b[1].line):
        plan, task = ranked[0][1], ranked[0][2]
        status, words, doubt = status_of(passage.status_text)
        notes_ = [message("rep_matched", task=task.id, score=f"{score:.2f}", line=passage.line,
                          strength=message("rep_weak") if score < STRONG else "")]
        if len(ranked) > 1 and ranked[1][0] >= MATCH and ranked[1][0] > score - 0.1:
            notes_.append(message("rep_also_close", task=ranked[1][2].id, score=f"{ranked[1][0]:.2f}"))
        notes_.append(doubt or message("rep_status_from", status=STATUS[status], words=", ".join(repr(w) for w in words)))
        statuses.append({"plan": plan.id, "task": task.id, "status": status, "quote": passage.quote, "review": notes_})
    unmatched.sort()
    report_id = "-".join(p for p in [province or "tinh", str(meta.get("year") or "nam"), "bc",
                                     slugify(meta["number"].split("/")[0]) if meta.get("number") else "nhap"] if p)
    data = {
        "id": report_id, "number": meta.get("number"), "date": meta.get("date", {"printed": None}),
        "issuer": issuer["id"], "province": province or "chua-ro", "signer": meta.get("signer", {}),
        "raw": raw_name, **({"text": text_name} if repaired else {}), "title": title,
        **({"subject": subject} if subject else {}), "plans": [p.id for p in reported],
        "statuses": statuses, "target_values": values, "notes": notes, "review": review,
    }
    info = {
        "file": path.name, "kind": kind, "pages": pages, "lines": len(lines), "statuses": len(statuses),
        "values": len(values), "plans": [p.id for p in reported],
        "by_status": Counter(s["status"] for s in statuses), "unmatched": unmatched,
    }
    return ReportDraft(data, registry, raw_name, raw_bytes, repaired, info, unmatched)


def _subject(lines: list[str], title_at: int) -> tuple[str | None, int]:
    """The lines under the title up to the first blank line after them (the report's trích yếu),
    and the line where the body starts after them."""
    subject: list[str] = []
    end = title_at + 1
    for i in range(title_at + 1, min(len(lines), title_at + 8)):
        text = nfc(plain_line(lines[i])).strip(" |")
        if not text:
            if subject:
                break
            continue
        if re.match(r"^(?:\(|căn cứ|thực hiện|kính gửi|I\.)", text, re.I):
            break
        subject.append(text)
        end = i + 1
    return (nfc(" ".join(subject)) or None), end


def _values(passage: Passage, plans: list[Plan]) -> list[dict]:
    """Target values the passage reports: a figure of a kind one of the plans sets a province-wide
    target for, with the date it refers to."""
    out = []
    for found in fields.targets_in(passage.text):
        if found.kind is None:
            continue
        targets = [(p, t) for p in plans for t in p.targets if t.kind == found.kind and t.unit == found.unit]
        wide = [(p, t) for p, t in targets if not t.scope] or targets
        if not wide:
            continue
        plan, target = wide[0]
        notes = [message("rep_value_matched", target=target.id, kind=found.kind, line=passage.line)]
        if len(wide) > 1:
            notes.append(message("rep_value_other_targets", targets=", ".join(t.id for _, t in wide[1:])))
        value = int(found.value) if float(found.value).is_integer() else found.value
        entry = {"plan": plan.id, "target": target.id, "value": value}
        when = as_of(passage.text)
        if when:
            entry["as_of"] = when
        else:
            notes.append(message("rep_no_as_of"))
        entry["quote"] = passage.quote
        entry["review"] = notes
        out.append(entry)
    return out


# --- what the command line prints and the review report -------------------------------------------


def summary(draft: ReportDraft) -> str:
    r = draft.report
    by_status = ", ".join(f"{STATUS[s]} {n}" for s, n in sorted(r["by_status"].items())) or message("imp_summary_none")
    return "\n".join([
        message("imp_summary_file", file=r["file"], lines=r["lines"], kind=r["kind"],
                pages=message("imp_summary_pages", pages=r["pages"]) if r["pages"] else ""),
        message("imp_summary_report", report=draft.plan_id, plans=", ".join(r["plans"]), statuses=r["statuses"],
                by_status=by_status, values=r["values"], unmatched=len(r["unmatched"])),
    ])


def markdown(draft: ReportDraft) -> str:
    r = draft.report
    out = [message("rep_md_title", file=r["file"]), "", message("rep_md_intro", report=draft.plan_id), "",
           message("rep_md_plans", plans=", ".join(r["plans"])), "",
           message("rep_md_statuses_head"), ""]
    out += [f"- {s['task']}: {STATUS[s['status']]} — " + "; ".join(s["review"]) for s in draft.plan["statuses"]] \
        or [message("rep_md_none")]
    out += ["", message("rep_md_values_head"), ""]
    out += [f"- {v['target']}: {v['value']:g} — " + "; ".join(v["review"]) for v in draft.plan["target_values"]] \
        or [message("rep_md_none")]
    out += ["", message("rep_md_unmatched_head"), ""]
    out += [f"- {message('rep_md_line', line=line)}: {text[:160]}" for line, text in r["unmatched"]] \
        or [message("rep_md_none")]
    return "\n".join(out) + "\n"
