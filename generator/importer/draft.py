"""Assemble a draft plan from an original document (see the package docstring)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import repair as font_repair
from ..text import nfc, plain_line
from ..vi import fold, slugify
from . import fields, layout, tables
from .extract import ImportFailure, extract

PARTS = [  # (part, words in a section title, folded)
    ("purpose", r"muc dich"),
    ("objectives", r"muc tieu|chi tieu"),
    ("tasks", r"nhiem vu|giai phap|to chuc thuc hien|trach nhiem|phan cong"),
]
_STOP = re.compile(r"^(?:noi nhan|kt\. chu tich|tm\. uy ban|chu tich)\b")
_PROVINCE_WORDS = ("uy ban nhan dan tinh", "ubnd tinh", "tinh")


@dataclass
class Draft:
    plan: dict
    registry: dict                       # proposed agencies/documents (may be empty)
    raw_name: str
    raw_bytes: bytes
    repaired_text: str | None
    report: dict = field(default_factory=dict)

    @property
    def plan_id(self) -> str:
        return self.plan["id"]


class _Progress:
    def __init__(self, total: int, label: str, enabled: bool):
        self.total, self.label, self.enabled, self.done = max(total, 1), label, enabled, 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.enabled:
            width = 30
            filled = int(width * self.done / self.total)
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{' ' * (width - filled)}] {self.done}/{self.total}")
            if self.done >= self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def import_document(path: Path, source: Path, *, province: str | None = None, progress: bool = False) -> Draft:
    extracted = extract(path)
    raw_bytes = path.read_bytes() if extracted.kind == "text" else extracted.text.encode("utf-8")
    raw_name = path.name if extracted.kind == "text" else path.stem + ".txt"
    text = extracted.text
    review: list[str] = ["Bản nháp do kehoach import tạo: đối chiếu toàn bộ với văn bản gốc, rồi xóa các dòng review."]
    repaired = None
    unresolved: list[tuple[int, str]] = []
    if font_repair.is_garbled(text):
        repaired = font_repair.repair(text, this_document=False)
        for line, word, fixed, why in font_repair.analyse(text, this_document=False):
            if "not a syllable" in why or "kept" in why and not font_repair.is_syllable(fixed):
                unresolved.append((line, word))
        review.append(f"Phông chữ bị lỗi đã được sửa tự động ({len(unresolved)} từ chưa chắc chắn, xem báo cáo).")
        text = repaired
    lines = text.split("\n")
    known = fields.Known.load(source)
    known_provinces = {p.id: p.name for p in known.registry.provinces}
    province = province or _province(lines[:25], known_provinces) or _province(lines, known_provinces, most=True)
    known.scope(province)
    found_tables = tables.find_tables(lines, lambda cell: fields.agency_runs(cell, known),
                                      lambda text: fields.trailing_agency(text, known))
    in_table = set()
    for table in found_tables:
        in_table.update(range(table.start, table.end))
    first_table = min((t.start for t in found_tables), default=len(lines))
    # the body ends at "Nơi nhận" / the signature block (never inside the header)
    stop = next((i for i, l in enumerate(lines) if i > 15 and i not in in_table and i < first_table
                 and _STOP.match(fold(nfc(plain_line(l))).strip())), len(lines))
    body_lines = [("" if i in in_table else l) for i, l in enumerate(lines)]
    meta = _metadata(lines, stop)
    if province is None:
        review.append("Không nhận ra tỉnh ban hành: điền province và issuer.")
    province_slug = province
    paras = layout.paragraphs(body_lines, 0, stop)
    roots = layout.tree(paras)
    bar = _Progress(len(paras) + sum(len(t.rows) for t in found_tables), "import", progress)

    proposed_agencies: dict[str, dict] = {}
    unplaced: list[tuple[int, str]] = []
    unknown_names: dict[str, int] = {}

    def agencies(phrase: str, line: int) -> tuple[list[str], list[str]]:
        matched = fields.match_agencies(phrase, known)
        notes = []
        ids = list(matched.ids)
        for name in matched.unknown:
            agency = fields.propose_agency(name, province, province_slug)
            proposed_agencies.setdefault(agency["id"], agency)
            unknown_names.setdefault(name, line)
            ids.append(agency["id"])
            notes.append(f"cơ quan chưa có trong danh mục, đã đề xuất mới: {name!r} ({agency['id']})")
        return ids, notes

    purpose, requirements, objectives, targets, tasks, groups = [], [], [], [], [], []
    part = "preamble"
    section_of: dict[int, str] = {}
    for para in paras:
        top = para if para.rank == 0 or para.kind == "heading" else None
        if top is not None or layout.is_caps(para.text):
            title = fold(para.text)
            for name, pattern in PARTS:
                if re.search(pattern, title) and len(para.text) < 160:
                    part = name
                    break
            if re.search(r"muc dich", title) and re.search(r"yeu cau", title):
                part = "purpose"
        section_of[id(para)] = part
    has_task_part = any(v == "tasks" for v in section_of.values())

    # --- purpose / requirements / objectives / targets ---
    sub = None
    year_context = None
    for para in paras:
        bar.step()
        part = section_of[id(para)]
        folded = para.folded
        if part == "purpose":
            if para.kind in ("num", "heading") and len(para.text) < 40:
                sub = "requirements" if "yeu cau" in folded else "purpose" if "muc dich" in folded else sub
                continue
            if para.rank == 0 or layout.is_caps(para.text):
                continue
            (requirements if sub == "requirements" else purpose).append(para.text)
        elif part == "objectives":
            year = re.search(r"(?:den|toi) nam (20\d\d)", folded)
            if (para.rank < 10 or para.kind == "heading" or year) and len(para.text) < 60:
                year_context = int(year.group(1)) if year else year_context
                continue
            found = fields.targets_in(para.text)
            if not found:
                objectives.append(para.text)
                continue
            for target in found:
                y = int(year.group(1)) if year else year_context
                entry = {"id": f"ct-{len(targets) + 1:02d}", "text": para.text, "kind": target.kind or "khac",
                         "value": target.value, "unit": target.unit, "comparator": target.comparator, "year": y}
                if target.value_max is not None:
                    entry["value_max"] = target.value_max
                notes = []
                if target.kind is None:
                    notes.append("chưa xác định loại chỉ tiêu (kind)")
                if y is None:
                    notes.append("không thấy năm mốc")
                if notes:
                    entry["review"] = notes
                targets.append(entry)

    # --- body tasks ---
    def lead_from(text: str) -> str | None:
        match = fields.LEAD_IN_TEXT.search(text)
        if match and "phoi hop" not in fold(match.group("lead")):
            named = fields.match_agencies(match.group("lead"), known)
            if named.ids or named.unknown:
                return text[match.start("lead"):match.end()]
        return fields.leading_agencies(text, known)

    def assignment(para) -> bool:
        return bool(fields.ASSIGN.match(para.text)) or (para.marker == "*" and "chu tri" in para.folded)

    def details(para) -> bool:
        """A content item whose sub-items only detail it ("…, gồm:" then + points): one task."""
        named = fields.match_agencies(para.text, known)
        return (para.rank >= 6 and bool(para.children) and not named.ids and not named.unknown
                and "chu tri" not in para.folded and not fields.ASSIGN.match(para.text))

    absorbed: set[int] = set()
    group_of: dict[int, str] = {}
    for para in paras:
        if id(para) in absorbed:
            for child in para.children:
                absorbed.add(id(child))
            continue
        if section_of[id(para)] != "tasks" and has_task_part:
            continue
        if section_of[id(para)] != "tasks" and not (para.kind in ("num",) and para.parent is None):
            if has_task_part or section_of[id(para)] in ("purpose", "objectives"):
                continue
        if para.children and not details(para):
            if para.rank <= 2 and para.kind in ("num", "roman") and not re.search(r"chu tri", para.folded):
                groups.append({"id": f"g{len(groups) + 1}", "title": para.text.rstrip(":"),
                               "section": para.marker})
                group_of[id(para)] = groups[-1]["id"]
            continue
        if para.rank == 0 or para.kind == "heading" or layout.is_caps(para.text):
            continue
        if fields.ASSIGN.match(para.text) or (para.marker == "*" and "chu tri" in para.folded):
            continue  # an assignment line: read with the tasks it belongs to
        if len(para.text) < 25 or (para.text.endswith(":") and not para.children):
            unplaced.append((para.line, para.text))
            continue
        siblings = para.parent.children if para.parent else roots
        index = siblings.index(para)
        following = siblings[index + 1] if index + 1 < len(siblings) else None
        task_review: list[str] = []
        lead_text = coop_text = output = None
        deadline_source, deadline_cell = para.text, False
        # 1. an assignment line right after the task ("* Sở … chủ trì, … Sản phẩm hoàn thành: …")
        if following is not None and following.marker == "*" and "chu tri" in following.folded:
            assign = following.text
            lead_text = lead_from(assign)
            coop = fields.COOP.search(assign)
            coop_text = assign[coop.start():coop.end()] if coop else None
            out = re.search(r"Sản phẩm(?: hoàn thành)?\s*:\s*(?P<o>.+?)\.?$", assign)
            output = out.group("o").strip() if out else None
            deadline_source = assign.split("Sản phẩm")[0]
        # 2. the task's own sentence
        if lead_text is None:
            lead_text = lead_from(para.text)
            coop = fields.COOP.search(para.text)
            coop_text = coop_text or (para.text[coop.start():coop.end()] if coop else None)
        # 3. a group line "Cơ quan tham mưu, thực hiện: …" among the siblings or the parent's siblings
        if lead_text is None:
            for pool in (para.children, siblings,
                         para.parent.parent.children if para.parent and para.parent.parent else roots):
                assign = next((s for s in pool if fields.ASSIGN.match(s.text)), None)
                if assign is not None:
                    who = fields.ASSIGN.match(assign.text).group("who")
                    if who and "chu tri" in fold(who):
                        coop = fields.COOP.search(who)
                        coop_text = coop_text or (who[coop.start():coop.end()] if coop else None)
                        who = who[: fold(who).index("chu tri") + len("chu tri")]
                    elif who:
                        verb = re.search(rf"\s(?:{fields._VERBS})\b", who)
                        who = who[: verb.start()] if verb else who
                    lead_text = who if who else None
                    if lead_text:
                        task_review.append("cơ quan chủ trì lấy từ dòng “Cơ quan tham mưu, thực hiện” của nhóm")
                    break
        # 4. the nearest heading that names an agency ("2.2. Sở Kế hoạch và Đầu tư chủ trì …:")
        if lead_text is None:
            for ancestor in para.ancestors():
                names = fields.match_agencies(ancestor.text, known)
                heading = ancestor.text.rstrip(":") if ancestor.text.endswith(":") and len(ancestor.text) < 200 else None
                if (names.ids or names.unknown) and (lead_from(ancestor.text) or heading):
                    lead_text = lead_from(ancestor.text) or heading
                    coop = fields.COOP.search(ancestor.text)
                    coop_text = coop_text or (ancestor.text[coop.start():coop.end()] if coop else None)
                    break
        lead_ids, notes = agencies(lead_text, para.line) if lead_text else ([], [])
        task_review += notes
        coop_ids, notes = agencies(coop_text, para.line) if coop_text else ([], [])
        task_review += notes
        coop_ids = [c for c in coop_ids if c not in lead_ids]
        if not lead_ids:
            task_review.append("không tìm thấy cơ quan chủ trì")
        if "phan dau" in para.folded:  # a target set inside a task ("phấn đấu … ít nhất 35 HTX")
            when = fields.deadline(para.text)
            years = [int(y) for y in re.findall(r"nam (20\d\d)", para.folded)]
            year_value = when.year or (max(years) if years else meta.get("year"))
            for target in fields.targets_in(para.text):
                entry = {"id": f"ct-{len(targets) + 1:02d}", "text": para.text, "kind": target.kind or "khac",
                         "value": target.value, "unit": target.unit, "comparator": target.comparator,
                         "year": year_value,
                         "review": ["chỉ tiêu đặt trong một nhiệm vụ: kiểm tra giá trị, loại và năm mốc"]}
                if target.value_max is not None:
                    entry["value_max"] = target.value_max
                targets.append(entry)
        found = fields.deadline(deadline_source, cell=deadline_cell)
        group = next((group_of[id(a)] for a in para.ancestors() if id(a) in group_of), None)
        section = ".".join(a.marker for a in reversed(list(para.ancestors())) if a.kind in ("roman", "num", "letter"))
        text = para.text
        if para.children:  # details(para): its sub-items belong to its text, markers as printed
            stack = [c for c in reversed(para.children) if not assignment(c)]
            while stack:
                child = stack.pop()
                absorbed.add(id(child))
                marker = child.marker + (")" if child.kind == "letter" else "." if child.kind == "num" else "")
                text = f"{text} {marker} {child.text}".strip() if child.kind else f"{text} {child.text}"
                stack.extend(reversed(child.children))
        task = {"id": f"nv-{len(tasks) + 1:03d}", "text": text,
                "place": {"part": "body", "section": section or None}, "group": group,
                "lead": lead_ids, "lead_text": lead_text, "cooperating": coop_ids, "cooperating_text": coop_text,
                "output": output, "deadline": found.as_dict(), "review": task_review, "_line": para.line}
        tasks.append(task)

    # --- appendix rows ---
    for number, table in enumerate(found_tables, start=1):
        for roman, title in table.groups:
            gid = f"pl-{roman.lower()}" if len(found_tables) == 1 else f"pl{number}-{roman.lower()}"
            if not any(g["id"] == gid for g in groups):
                groups.append({"id": gid, "title": title, "section": f"Phụ lục {roman}"})
        for row in table.rows:
            bar.step()
            cells = row.cells
            task_review = list(row.notes) if not row.exact else []
            lead_ids, notes = agencies(cells.get("lead", ""), row.line) if cells.get("lead") else ([], [])
            task_review += notes
            coop_ids, notes = agencies(cells.get("cooperating", ""), row.line) if cells.get("cooperating") else ([], [])
            task_review += notes
            coop_ids = [c for c in coop_ids if c not in lead_ids]
            if not lead_ids:
                task_review.append("không tìm thấy cơ quan chủ trì")
            found = fields.deadline(cells.get("deadline"), cell=True)
            if cells.get("deadline") and found.kind == "unspecified":
                found = fields.DeadlineFound("ambiguous", cells["deadline"])
                task_review.append("không đọc được thời hạn")
            gid = (f"pl-{row.group.lower()}" if len(found_tables) == 1 else f"pl{number}-{row.group.lower()}") if row.group else None
            tasks.append({
                "id": f"pl-{len([t for t in tasks if t['place']['part'] == 'appendix']) + 1:03d}",
                "text": cells.get("text", ""),
                "place": {"part": "appendix", "appendix_group": row.group or None, "appendix_row": row.row},
                "group": gid, "lead": lead_ids, "lead_text": cells.get("lead"), "cooperating": coop_ids,
                "cooperating_text": cells.get("cooperating"), "output": cells.get("output"),
                "submit_to": cells.get("submit_to"), "deadline": found.as_dict(), "review": task_review,
                "_line": row.line,
            })

    # --- legal references ---
    own = meta.get("number")
    legal: list[str] = []
    proposed_documents: dict[str, dict] = {}
    for number, doc_type in fields.legal_references(" ".join(lines[:stop] + [lines[i] for i in sorted(in_table)])):
        if own and fold(number) == fold(own):
            continue
        doc_id = known.documents.get(fold(number))
        if doc_id is None:
            year = re.search(r"(?:ngày\s+\d{1,2}/\d{1,2}/|năm\s+)(\d{4})", text[text.find(number):text.find(number) + 60])
            doc_id = fields.document_id(number, int(year.group(1)) if year else None)
            proposed_documents.setdefault(doc_id, {"id": doc_id, "number": number, "type": doc_type,
                                                   **({"year": int(year.group(1))} if year else {})})
        if doc_id not in legal:
            legal.append(doc_id)
    def law_key(name: str) -> str:  # "Luật HTX" is "Luật Hợp tác xã"
        return re.sub(r"\bhtx\b", "hop tac xa", fold(name))

    laws = {law_key(d.title): d.id for d in known.registry.documents if d.type == "luat" and d.title}
    for name, law_year in fields.named_laws(" ".join(lines[:stop])):
        doc_id = laws.get(law_key(name))
        if doc_id is None:
            doc_id = slugify(name) + (f"-{law_year}" if law_year else "")
            proposed_documents.setdefault(doc_id, {"id": doc_id, "type": "luat", "title": name,
                                                   **({"year": law_year} if law_year else {})})
        if doc_id not in legal:
            legal.append(doc_id)
    if proposed_documents:
        review.append(f"{len(proposed_documents)} văn bản pháp lý mới được đề xuất trong danh mục: kiểm tra số hiệu, "
                      "loại, cơ quan ban hành và năm.")

    year = meta.get("year")
    kind = meta.get("kind", "ke-hoach")
    number = meta.get("number")
    abbreviation = {"ke-hoach": "kh", "cong-van": "cv"}.get(kind, "vb")
    plan_id = "-".join(p for p in [province_slug or "tinh", str(year or "nam"), abbreviation,
                                   slugify(number.split("/")[0]) if number else "nhap"] if p)
    issuer = f"ubnd-{province_slug}" if province_slug else "ubnd-tinh"
    if not any(a.id == issuer for a in known.registry.agencies):
        proposed_agencies.setdefault(issuer, {"id": issuer, "name": f"Ủy ban nhân dân tỉnh {known_provinces.get(province, province)}",
                                              "variants": ["Ủy ban nhân dân tỉnh", "UBND tỉnh"], "kind": "ubnd-tinh",
                                              "type": "ubnd-tinh", "province": province})
    for task in tasks:
        task.pop("_line")
        for key in [k for k, v in task.items() if v in (None, [], {}) and k not in ("lead",)]:
            task.pop(key)
        task["place"] = {k: v for k, v in task["place"].items() if v is not None}
    plan = {
        "id": plan_id, "kind": kind, "number": number, "date": meta.get("date", {"printed": None}),
        "issuer": issuer, "province": province or "chua-ro", "signer": meta.get("signer", {}),
        "raw": raw_name, **({"text": f"repaired/{raw_name}"} if repaired else {}),
        "title": meta.get("title") or "KẾ HOẠCH", **({"subject": meta["subject"]} if meta.get("subject") else {}),
        "legal_basis": legal, "purpose": purpose, "requirements": requirements, "objectives": objectives,
        "targets": targets, "groups": groups, "tasks": tasks,
        "notes": [f"Nhập tự động từ {path.name} bằng kehoach import."], "review": review,
    }
    registry = {}
    if proposed_agencies:
        registry["agencies"] = list(proposed_agencies.values())
    if proposed_documents:
        registry["documents"] = list(proposed_documents.values())
    report = {
        "file": path.name, "kind": extracted.kind, "pages": extracted.pages, "lines": len(lines),
        "garbled": repaired is not None, "unresolved_words": unresolved,
        "tables": [(t.layout, t.start + 1, len(t.rows)) for t in found_tables],
        "body_tasks": sum(t["place"]["part"] == "body" for t in tasks),
        "appendix_rows": sum(t["place"]["part"] == "appendix" for t in tasks),
        "targets": len(targets), "legal": len(legal), "proposed_documents": len(proposed_documents),
        "unknown_names": sorted(unknown_names.items(), key=lambda kv: kv[1]),
        "unplaced": unplaced, "review_tasks": [(t["id"], t.get("review", [])) for t in tasks if t.get("review")],
        "province": province, "number": number,
    }
    return Draft(plan, registry, raw_name, raw_bytes, repaired, report)


def _province(lines: list[str], provinces: dict[str, str], most: bool = False) -> str | None:
    """The province named first in the header, or (``most``) most often in the whole text."""
    text = fold(" ".join(nfc(plain_line(l)) for l in lines))
    best = None
    for pid, name in provinces.items():
        pattern = re.compile(rf"(?<![a-z]){re.escape(fold(name))}(?![a-z])")
        hits = pattern.findall(text) if most else []
        first = pattern.search(text)
        if not first:
            continue
        key = (-len(hits), first.start()) if most else (first.start(),)
        if best is None or key < best[0]:
            best = (key, pid)
    return best[1] if best else None


_NUMBER = re.compile(r"Số\s*:\s*(?P<n>[^\s,;]*)(?P<rest>[^\n]*)", re.I)
_DATE = re.compile(r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.I)
_DATE_SHORT = re.compile(r"ngày\s*(?P<d>\d{1,2})?\s*/\s*(?P<m>\d{1,2})?\s*/\s*(?P<y>\d{4})", re.I)


def _metadata(lines: list[str], stop: int) -> dict:
    meta: dict = {}
    head = [nfc(plain_line(l)) for l in lines[:40]]
    for text in head:
        match = _NUMBER.search(text)
        if match and "number" not in meta:
            number = match.group("n")
            meta["number"] = number if re.match(r"^\d", number or "") else None
            if not meta["number"]:
                meta["number_blank"] = text
        date = _DATE.search(text)
        if date and "date" not in meta:
            printed = text[date.start():date.end()]
            meta["date"] = {"printed": printed, "year": int(date.group("y"))}
            if date.group("m"):
                meta["date"]["month"] = int(date.group("m"))
            if date.group("d"):
                meta["date"]["day"] = int(date.group("d"))
            meta["year"] = int(date.group("y"))
    title_index = next((i for i, t in enumerate(head) if fold(t).strip() in ("ke hoach", "cong van", "chuong trinh")), None)
    if title_index is not None:
        meta["title"] = head[title_index].strip()
        meta["kind"] = {"ke hoach": "ke-hoach", "cong van": "cong-van", "chuong trinh": "chuong-trinh"}[fold(head[title_index]).strip()]
        subject = []
        for t in head[title_index + 1:]:
            if not t:
                if subject:
                    break
                continue
            if re.match(r"^(căn cứ|thực hiện nghị quyết số|kính gửi)", t, re.I) and subject:
                break
            subject.append(t)
            if len(" ".join(subject)) > 400:
                break
        if subject:
            meta["subject"] = nfc(" ".join(subject))
    else:
        vv = next((t for t in head if re.match(r"^(V/v|Về việc)\b", t)), None)
        if vv:
            meta["title"], meta["kind"] = vv, "cong-van"
    if "year" not in meta:
        for text in (nfc(plain_line(l)) for l in lines):
            date = _DATE_SHORT.search(text)
            if date and "kem theo" in fold(text):
                meta["date"] = {"printed": text[date.start():date.end()], "year": int(date.group("y"))}
                if date.group("m"):
                    meta["date"]["month"] = int(date.group("m"))
                meta["year"] = int(date.group("y"))
                break
    tail = [nfc(plain_line(l)) for l in lines[max(0, stop - 5):]]
    signer: dict = {}
    for i, t in enumerate(tail):
        if re.match(r"^(KT\.|TM\.)?\s*CHỦ TỊCH", t):
            title = t
            nxt = tail[i + 1] if i + 1 < len(tail) else ""
            if re.match(r"^PHÓ CHỦ TỊCH", nxt):
                title = f"{t} {nxt}"
            signer["title"] = title
    names = [t for t in tail if re.fullmatch(r"(?:[A-ZĐ][a-zà-ỹđ]+\s){1,4}[A-ZĐ][a-zà-ỹđ]+", t or "")]
    if names:
        signer["name"] = names[-1]
    meta["signer"] = signer
    return meta
