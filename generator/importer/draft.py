"""Assemble a draft plan from an original document (see the package docstring)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar, NamedTuple

from ..labels import DOC_TYPE, PLAN_KIND, PROVINCE_KIND, message
from ..source.models import ID_PATTERN, PLAN_KINDS
from ..text import nfc, plain_line, unspanned
from ..vi import fold, slugify
from . import (box_tables, field_tables, fields, html_lists, layout, mail_quote, marked_rows, org_mode, own_labels, roster,
               tables, tree_lines, unmarked, wikitext)
from . import repair as font_repair
from .extract import ImportFailure, NoReportedPlan, extract

PARTS = [  # (part, words in a section title, folded)
    # a title that gives out the work, whatever else it names ("CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    ("tasks", r"phan cong (?:thuc hien|nhiem vu)"),
    ("purpose", r"muc dich|^(?:cac )?yeu cau$"),  # "I. YÊU CẦU" alone, as "MỤC ĐÍCH, YÊU CẦU" is
    ("objectives", r"muc tieu|chi tieu"),
    ("tasks", r"nhiem vu|giai phap|to chuc thuc hien|trach nhiem|phan cong"),
    # a plan of activities: "III. CÁC HOẠT ĐỘNG CỤ THỂ", "HOẠT ĐỘNG TRỌNG TÂM" (not "NỘI DUNG HOẠT ĐỘNG", what they are
    # about, which a table further on may share out)
    ("tasks", r"\b(?:cac )?hoat dong (?:cu the|trong tam)\b|^(?:cac )?hoat dong$"),
    # the work to do, by its plain name: "II. CÁC VIỆC CẦN LÀM", "CÔNG VIỆC CẦN THỰC HIỆN", "III. CÔNG VIỆC", "II. Các
    # việc phải làm" … and whose it is, said between ("IV. VIỆC CÁC HTX, THT LIÊN KẾT CẦN LÀM", "NHỮNG VIỆC UBND XÃ CẦN
    # LÀM")
    ("tasks", r"\b(?:cac |nhung )?(?:cong )?viec(?: (?:cua )?[^.;:]{2,60}?)? (?:can|phai) (?:lam|thuc hien|trien khai)\b|"
              # … or the share of the work a party has ("IV. PHẦN VIỆC CỦA BÊN HỢP TÁC XÃ, TỔ HỢP TÁC")
              r"^(?:cac )?phan viec (?:cua|danh cho)\b|"
              # … "II. CÁC VIỆC CỤ THỂ", the work with its doers or its time ("II. CÔNG VIỆC VÀ NGƯỜI LÀM", "II. CÁC
              # VIỆC VÀ THỜI GIAN"), by the stage or the place it is done in ("II. VIỆC THEO TỪNG KHÂU"), or its
              # schedule ("III. LỊCH VIỆC")
              r"^(?:cac |nhung )?(?:cong )?viec(?:(?: (?:cu the|chu yeu|trong tam))?$| (?:va (?:nguoi lam|thoi gian)|theo tung)\b)|"
              r"^lich (?:cong )?viec$|"
              # … or handed out, by the title that hands it ("II. GIAO VIỆC", "III. PHÂN VIỆC"), and the work with
              # whoever holds it ("III. VIỆC VÀ NGƯỜI CẦM VIỆC", "II. CÔNG VIỆC VÀ ĐƠN VỊ THỰC HIỆN")
              r"^(?:phan )?giao (?:cong )?viec$|^phan (?:cong )?viec$|"
              # (whatever the doers are called: "II. CÁC VIỆC VÀ NGƯỜI ĐỨNG QUẦY", "VIỆC VÀ ĐƠN VỊ GÁNH VIỆC")
              r"^(?:cac |nhung )?(?:cong )?viec va (?:nguoi|don vi|bo phan|co quan|ban|phong|to|noi)(?: [a-z]+){1,3}$|"
              # … or listed ("II. DANH SÁCH VIỆC", "II. DANH MỤC CÔNG VIỆC", "II. BẢNG CÔNG VIỆC")
              r"^(?:danh sach|danh muc|bang) (?:cac |nhung )?(?:cong )?viec(?: (?:can lam|phai lam|cu the))?$"),
    # what the plan asks other bodies to do: "IV. ĐỀ NGHỊ PHỐI HỢP", "Nội dung đề nghị phối hợp", "IV. Đề nghị các hợp
    # tác xã", "V. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ" (a body asked by its name)
    ("tasks", r"^(?:(?:cac )?noi dung )?de nghi phoi hop$|^de nghi \S"),
    # the work items by their name in a work tracker's words: "III. Đầu việc", "CÁC ĐẦU VIỆC CỤ THỂ"
    ("tasks", r"^(?:cac )?dau viec\b"),
    # … or a plan's items by their name ("II. CÁC HẠNG MỤC", "B. CÁC ĐỀ MỤC", "III. HẠNG MỤC CÔNG VIỆC")
    ("tasks", r"^(?:cac )?(?:hang|de) muc(?: (?:cong viec|cu the))?$"),
    # … or laid out on the road to its end ("III. LỘ TRÌNH THỰC HIỆN", "LỘ TRÌNH VÀ PHÂN CÔNG")
    ("tasks", r"^lo trinh(?: (?:thuc hien|trien khai|cong viec))?(?: va phan cong)?$"),
    # … or a book or a sheet that hands the work out, whatever it is called ("III. SỔ LIÊN LẠC GIAO VIỆC", "PHIẾU GIAO
    # VIỆC"; not a table of who does the items named above, "III. BẢNG GIAO VIỆC")
    ("tasks", r"^(?:so|phieu|lich)\b[^.;:]{0,30}\bgiao (?:cong viec|viec)$"),
]
_STOP = re.compile(r"^(?:noi nhan|kt\. chu tich|tm\. uy ban|chu tich)\b")
_PROVINCE_WORDS = ("uy ban nhan dan tinh", "ubnd tinh", "tinh")


@dataclass
class Draft:
    folder: ClassVar[str] = "plans"      # where in source/ the draft goes (a report's: "reports")
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
    """Read ``path``, repair its fonts if needed, and draft a plan from it, step by step."""
    if province is not None and not re.fullmatch(ID_PATTERN, province):
        # it becomes part of file names under source/: "../../x" would write outside the project
        raise ImportFailure(message("imp_bad_province", province=province))
    extracted = extract(path, progress=progress)
    kept_as_is = extracted.kind in ("text", "pdf-ocr")  # a scan is kept byte for byte beside its OCR text
    raw_bytes = path.read_bytes() if kept_as_is else extracted.text.encode("utf-8")
    raw_name = path.name if kept_as_is else path.stem + ".txt"
    review: list[str] = ["Bản nháp do kehoach import tạo: đối chiếu toàn bộ với văn bản gốc, rồi xóa các dòng review."]
    notes = [f"Nhập tự động từ {path.name} bằng kehoach import."]
    joined, garbled, quote = 0, False, None
    if extracted.ocr is not None:  # the OCR text is the text of record, beside the scan
        text, repaired, unresolved = extracted.text, extracted.text, _ocr_doubts(extracted.ocr, review, notes)
        text_name = f"ocr/{path.stem}.txt"
    else:
        text, repaired, unresolved = _repaired(extracted.text, review)
        garbled = repaired is not None
        text_name = f"repaired/{raw_name}"
        if repaired is None:
            text, joined = _desegmented(text)
            if joined:  # stored as the plan's repaired text, so quotations are checked against what was read
                repaired = text
                review.append(f"Văn bản tách từ (từ ghép nối bằng “_”, dấu câu cách rời): đã bỏ {joined} dấu “_” "
                              "và khoảng trắng trước dấu câu; đối chiếu với bản gốc.")
        text, quote = mail_quote.unquoted(text)
        if quote:  # the plan's text of record is the unquoted one, so quotations are checked against what was read
            repaired = text
            review.append(message("imp_mail_quote", first=quote[0], last=quote[1]))
    text = unspanned(text)  # a pandoc span is read as its text ("[Phòng Văn hóa - Xã hội]{.underline}"), as the check reads it
    text_lines, numbers = _without_line_numbers(text.split("\n"))
    if numbers:  # a copy printed with line numbers: the text of record is without them, so quotations are checked
        text = repaired = "\n".join(text_lines)  # against what was read
        review.append(message("imp_line_numbers", count=numbers))
    # a text typed without diacritics ("phong Kinh te chu tri, xong truoc 30/11") is read through a copy with its marks
    # put back, word for word; what the draft quotes is given back as typed (``unmarked``)
    restored = unmarked.restored_if_unmarked(text_lines, source)
    if restored is not None:
        text_lines = [restored.line(line) for line in text_lines]
        text = "\n".join(text_lines)
        review.append(message("imp_unmarked"))
    # a table drawn with rules (a text browser's box-drawing, a grid table) read as a pipe table, line for line; a small
    # table of one item's fields ("| Chủ trì | Phòng X |" / "| Thời hạn | … |") as the item's labelled lines
    # the document's own names for fields, as its note on reading it says ("“chính” là đơn vị chủ trì", "Cột “Máy
    # chính” là bộ phận chủ trì"), and a notes app's inline fields ("chu_tri:: X"): as the common labels
    # (a plan kept in Emacs Org mode, or copied from a wiki page's source: as plain text)
    piped = _laid_out(text_lines)
    own, named = own_labels.names(piped), own_labels.named_lines(piped)  # the notes that say so: no tasks
    noted = {k + 1 for k in named} | own_labels.legend_lines(piped)
    as_read = None  # the lines with the document's own labels written as the common ones, where that changed any
    # roles marked in superscript after the names, as the note names them ("…<sup>CT</sup>"): in brackets, the text of
    # record (its quotations are checked against what was read)
    text_lines, spelt = own_labels.marks_spelt(text_lines, own)
    if spelt:
        piped = _laid_out(text_lines)
        text = repaired = "\n".join(text_lines)
        review.append(message("imp_marks_spelt", count=spelt))
    relabelled = own_labels.printed_roles(own_labels.relabelled(piped, own, named))
    as_read = relabelled if relabelled != piped else None
    lines = [_label_cell(line) for line in _without_running_lines(_without_page_furniture(
        field_tables.as_field_lines(relabelled)))]
    del piped, relabelled
    del text_lines
    from .status_report import draft_report, title_line
    as_report = None
    if title_line(lines) is not None:  # a BÁO CÁO on carrying out a plan: drafted as a report (status_report.py)
        try:
            return _as_typed(draft_report(path, source, text=text, lines=lines, raw_name=raw_name, raw_bytes=raw_bytes,
                                          repaired=repaired, text_name=text_name, review=list(review),
                                          notes=list(notes), province=province, kind=extracted.kind,
                                          pages=extracted.pages), restored)
        except NoReportedPlan as failure:  # on no plan we hold: a report that sets work of its own ("Phương hướng,
            as_report = failure             # nhiệm vụ …", "Kiến nghị, đề xuất") is read as a document giving tasks
            review.append(message("imp_report_as_plan"))
    cited_lines = None
    wrapper = _wrapper(lines)
    if wrapper:  # the issuing Quyết định / Nghị quyết: its articles, "Nơi nhận" and signature are not the plan
        title, decides, end, attached, issued = wrapper
        wrapper_signer = _signer(_columns(lines[end:attached]))
        cited_lines = lines  # the issuing document's "Căn cứ" still cite the plan's legal basis
        # its own articles after "QUYẾT ĐỊNH:" may give work of their own ("Điều 2. … Giao Sở Tài chính chủ trì …
        # xét chọn đợt đầu …"): read with the attached text; its title, "Căn cứ", "Nơi nhận" and signature are not
        lines = lines[:title] + [""] * (decides - title) + lines[decides:end] + [""] * (attached - end) + lines[attached:]
        review.append(message("imp_wrapper", kind=nfc(plain_line(text.split(chr(10))[title])).strip(), line=attached + 1))

    known = fields.Known.load(source)
    known.own = own  # a group of fields closing an item, labelled the document's own way ("{chính: X | hạn: …}")
    provinces = {p.id: p for p in known.registry.provinces}
    national = None if province else _national(_issuer_printed(lines[:20]), known)
    if national:  # a ministry's or the Government's document: "Hà Nội, ngày …" is where, not whose
        review.append(message("imp_central", body=national))
    else:
        province = province or _province(lines, provinces, _issuer_printed(lines[:20]))
    known.scope(province)
    if province is None and not national:
        review.append(message("rep_no_province"))

    found_tables = tables.find_tables(lines, lambda cell: fields.agency_runs(cell, known),
                                      lambda text: fields.trailing_agency(text, known))
    # a table pasted from a spreadsheet, its merged cells printed once ("ô trống … cùng … với ô gần nhất phía trên")
    tables.fill_down(found_tables, tables.merged_down(lines))
    in_table = {i for table in found_tables for i in range(table.start, table.end)}
    # the body ends at "Nơi nhận" before the first task table (an appendix); a targets table stands in the body
    stop = _body_end(lines, in_table, min((t.start for t in found_tables if t.kind == "tasks"), default=len(lines)))
    meta = _metadata(lines, stop)
    meta["day_n"] = fields.day_n(lines[:stop])  # "… ngày 10/12/2026 (sau đây gọi là ngày N)": milestones "N - 30" count from it
    meta["phases"] = fields.phases(lines[:stop])  # "- Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026": a time cell "Đợt 1"
    meta["events"] = fields.event_spans(lines[:stop], _dated(meta))  # "Hội chợ … diễn ra từ ngày 12 đến 16/11/2025"
    meta["footnotes"] = _footnotes(lines)  # "1. Rà soát …[^1]" / "[^1]: Giao Phòng Kinh tế; cùng làm: …; hạn: …"
    if wrapper:
        attached_meta = _metadata(lines[attached:], stop - attached)
        if not attached_meta.get("title"):  # an attached text of a kind no plan has ("QUY ĐỊNH", "ĐIỀU LỆ"): the
            attached_meta = _metadata(cited_lines, end)  # issuing decision's kind, title and subject
        for key in ("title", "kind", "subject"):
            if attached_meta.get(key):
                meta[key] = attached_meta[key]
        if not meta.get("signer"):
            meta["signer"] = wrapper_signer
        # the attached text's title, to its "(Ban hành kèm theo …)": read above, no part of the issuing articles
        lines = lines[:attached] + [""] * (issued + 1 - attached) + lines[issued + 1:]
    if meta.get("year_inferred"):
        review.append(f"Văn bản không in ngày ban hành: năm {meta['year']} suy ra từ văn bản mới nhất được dẫn (kiểm tra).")
    issuer = _issuer(province, meta.get("issuer_printed"), text, known, provinces, review, meta.get("date"),
                     meta.get("issuer_bodies"))
    authority = _chair_authority(lines[:stop], meta, issuer)
    if authority is not None:  # the Chủ tịch decides in his own name; the body in the header is the issuer (ND 30/2020)
        notes.append(message("imp_note_authority", authority=authority))
    _joint_review(meta, issuer, review)
    notes += _successor_notes(province, issuer["id"], provinces, known, meta.get("date"), review)
    boxes = _item_boxes(lines, in_table, stop)
    paras = layout.paragraphs([("" if i in in_table or i in boxes else l) for i, l in enumerate(lines)], 0, stop)
    paras = _with_box_items(paras, boxes)
    roots = layout.tree(paras)
    paras = _inline_duties_apart(_doer_sentences_joined(paras, known))
    bar = _Progress(len(paras) + sum(len(t.rows) for t in found_tables), "import", progress)
    # a ministry's own units (Vụ, Cục, Viện …) are proposed as bodies under it
    agencies = _Agencies(known, province, issuer["id"] if issuer.get("kind") in fields.MINISTRY_KINDS else None)
    legend_read = fields.legend_entries(lines)  # read once: the short names it defines, and its lines (no task)
    coded = fields.code_table(lines)  # "Máy lẻ | Bộ phận" / "ML 201 | Phòng Kinh doanh nguyên liệu": a table of codes
    agencies.short = fields.abbreviations(lines, legend_read, coded)
    agencies.coded = {code for _, code, _ in coded if code}
    # the people a roster names, read as the units they stand for ("anh Hùng - Lê Văn Hùng, Trưởng phòng Kinh tế" /
    # "Giao: anh Hùng."; "Họ tên | Chức danh | Bộ phận" / a column "Người chủ trì" of names), as a code is
    rostered = roster.entries(lines)
    for number, person, unit in rostered:
        if person and person not in agencies.short:
            agencies.short[person] = (unit, number)
            agencies.coded.add(person)
    agencies.people = frozenset(person for _, person, _ in rostered if person)
    agencies.sets = _named_sets(paras)  # "Khối A (kiểm tra): Công an phường; Trạm Y tế phường; …" / "| Khối A + Khối C |"

    part_of = _parts(paras)
    _given_by_number(paras, part_of)  # items given out by number later ("Ban X: chủ trì nội dung 1, 5") are tasks
    if as_report is not None and "tasks" not in part_of.values():
        raise as_report  # a report with no part that sets work ("Nhiệm vụ …", "Kiến nghị …"): only what was done
    purpose, requirements, objectives, targets = _preamble(paras, part_of, bar)
    owners = _table_owners(found_tables, paras, stop, len(lines))
    legend = fields.legend_lines(lines, legend_read)  # "Ghi chú: CT: chủ trì; …", "Chữ viết tắt:" and its entries: no task
    legend |= {number for number, _, _ in coded}  # nor a table of the codes of units, its head and rows
    legend |= {number for number, _, _ in rostered}  # nor a roster of the people the tasks are given to
    legend |= noted  # nor a note on what the document's own labels stand for
    known.codes, grid = tables.code_grid(lines)  # "Đơn vị chủ trì | Quý IV/2026 | …" / "Phòng X | CV01, CV02 | …"
    time_codes, time_key = _time_codes(paras, _plan_year(meta), _signed_on(meta), _dated(meta))  # "M1 - tháng 10/2026"
    tasks, groups, task_targets, unplaced = _body_tasks(paras, roots, part_of, known, agencies, meta,
                                                        skip={id(t) for _, _, t in owners.values() if t is not None}
                                                        | time_key
                                                        | {id(p) for p in paras if p.line in legend or p.line - 1 in grid})
    _dated_by_number(paras, tasks)  # "III. THỜI GIAN THỰC HIỆN" / "- Nhiệm vụ 2 và nhiệm vụ 3: quý III/2026."
    _dated_by_code(time_codes, tasks)  # "… (mốc M1)." / "IV. MỐC THỜI GIAN" / "M1 - trước ngày 31/10/2026"
    tasks = _assigned_by_number(paras, tasks, known, agencies)  # "Cục X chủ trì thực hiện nhiệm vụ tại điểm 1, 2 mục II"
    tasks = _points_given(paras, tasks, known, agencies, _plan_year(meta), _signed_on(meta))  # "Các điểm a và b nêu trên
    # do phòng Kinh tế chủ trì, …; riêng điểm c giao …"
    tasks = _numbers_given(paras, tasks, known, agencies, _plan_year(meta), _signed_on(meta))  # "- Việc 1 đến việc 4:
    # Phòng Kinh tế chủ trì, …; riêng việc 3 do …"
    tasks = _messages_given(paras, tasks, known, agencies, _plan_year(meta), _signed_on(meta))  # "Gửi Ban X: chủ trì
    # việc 1, phối hợp Y; xong trước …"
    tasks = _defaults_given(paras, tasks, known, agencies, _plan_year(meta), _signed_on(meta))  # "Quy ước chung cho các
    # việc dưới đây: X chủ trì; Y phối hợp; …" / "Ghi riêng: …"
    _assigned_by_table(found_tables, paras, tasks, agencies, meta)  # "Mục | Phụ trách | Phối hợp | Hoàn thành" / "2.2 | …"
    _level_leads(tasks, issuer.get("name") or "", agencies)  # "Cấp xã: lồng ghép …" of a province's Hội
    for para in _unread_sections(paras, part_of, {t["_line"] for t in tasks} | {t.line for _, _, t in owners.values() if t},
                                 known):
        review.append(message("imp_unread_section", section=para.marker + para.delim, line=para.line))
    targets += task_targets
    listed, listed_groups, listed_targets = _attached_list_tasks(lines, stop, in_table, known, agencies, meta)
    targets += listed_targets
    targets += _table_targets(found_tables, meta.get("year"))
    for number, target in enumerate(targets, start=1):
        target["id"] = f"ct-{number:02d}"
    rows, appendix_groups = _appendix_rows(found_tables, agencies, bar, lines, year=_plan_year(meta), owners=owners,
                                           signed=_signed_on(meta), day_n=meta.get("day_n"), issued=_dated(meta),
                                           phases=meta.get("phases"), events=meta.get("events"))
    tasks += rows
    if listed:  # an attached list's items are appendix tasks, in the order printed with the tables' rows
        tasks += listed
        appendix_groups += listed_groups
        appendix = sorted((t for t in tasks if t["place"]["part"] == "appendix"), key=lambda t: t["_line"])
        tasks = [t for t in tasks if t["place"]["part"] != "appendix"] + appendix
        for number, task in enumerate(appendix, start=1):
            task["id"] = f"pl-{number:03d}"
    if owners:  # rows of tables in the body are body tasks, in the order printed
        body = sorted((t for t in tasks if t["place"]["part"] == "body"), key=lambda t: t["_line"])
        tasks = body + [t for t in tasks if t["place"]["part"] != "body"]
        for number, task in enumerate(body, start=1):
            task["id"] = f"nv-{number:03d}"
        for number, task in enumerate((t for t in tasks if t["place"]["part"] != "body"), start=1):
            task["id"] = f"pl-{number:03d}"
    for line in _unread_tables(lines, found_tables):  # nothing is lost silently: a table seen, none of its rows read
        review.append(message("imp_unread_table", line=line))
    groups += appendix_groups  # "pl-…" ids, never a body group's "g…"
    _dated_by_name(paras, tasks, _plan_year(meta))  # "Tuần sinh hoạt công dân" / "… tuần sinh hoạt công dân từ 14/9 …"
    cited = (cited_lines or lines)[:stop]
    legal, proposed_documents = _legal_basis(text, cited + [lines[i] for i in sorted(in_table)],
                                             cited, meta.get("number"), known)
    if proposed_documents:
        review.append(f"{len(proposed_documents)} văn bản pháp lý mới được đề xuất trong danh mục: kiểm tra số hiệu, "
                      "loại, cơ quan ban hành và năm.")

    number = meta.get("number")
    kind = meta.get("kind", "ke-hoach")
    abbreviation = fold(PLAN_KINDS[kind] or "cv").lower()
    if not meta.get("title"):  # no kind line: the title is the document's own, never a guess
        review.append(message("imp_no_title"))
    owner = province or (issuer["id"] if national else "tinh")  # a ministry's plan is named by the ministry
    plan_id = "-".join(p for p in [owner, str(meta.get("year") or "nam"), abbreviation,
                                   slugify(number.split("/")[0]) if number else "nhap"] if p)
    _fuller_names(tasks, groups, agencies.proposed)
    _same_body_names(tasks, groups, agencies)
    _defined_short_names(agencies, known.aliases)
    superior = issuer.pop("_superior", None)  # the province's UBND, proposed where the text names it
    if superior is not None and any(superior["id"] in t.get("lead", []) + t.get("cooperating", []) for t in tasks):
        agencies.proposed.setdefault(superior["id"], superior)
    if issuer["id"] not in {a.id for a in known.registry.agencies}:
        _propose_issuer(agencies.proposed, issuer)
    issuer_name = next((a.name for a in known.registry.agencies if a.id == issuer["id"]), issuer["name"])
    issuer = issuer["id"]
    signed = meta.get("date") or {}
    signed = dt.date(signed["year"], signed["month"], signed["day"]) if {"year", "month", "day"} <= signed.keys() else None
    if as_read is not None and not repaired and _quoted_as_read(tasks, text, "\n".join(as_read)):
        # a quotation taken from a line whose own labels were read as the common ones (a column's head run into a
        # task's text): the text of record is the one read, so quotations are checked against it
        text = repaired = "\n".join(as_read)
        review.append(message("imp_own_labels_read"))
    for task in tasks:
        task.pop("_line")
        task.pop("_row", None)
        if task["deadline"].get("kind") == "after-condition":  # "trong 10 ngày kể từ ngày ký văn bản này": a date
            counted = fields.from_signing(fields.DeadlineFound("after-condition", task["deadline"].get("printed"),
                                                               condition=task["deadline"].get("condition")), signed)
            if counted.kind == "before":
                task["deadline"] = counted.as_dict()
                task.setdefault("review", []).append(counted.note)
        if task["deadline"].get("kind") in ("unspecified", "ambiguous"):  # "trước Tết Nguyên đán": the next Tết's day
            tet = fields.before_tet(task["deadline"].get("printed") or task["text"], signed)
            if tet is not None:
                task["deadline"] = tet.as_dict()
                task.setdefault("review", []).append(tet.note)
        for key in [k for k, v in task.items() if v in (None, [], {}) and k not in ("lead",)]:
            task.pop(key)
        task["place"] = {k: v for k, v in task["place"].items() if v is not None}
    plan = {
        "id": plan_id, "kind": kind, "number": number, "date": meta.get("date", {"printed": None}),
        "issuer": issuer, "province": province or "chua-ro", "signer": meta.get("signer", {}),
        "raw": raw_name, **({"text": text_name} if repaired else {}),
        "title": meta.get("title"), **({"subject": meta["subject"]} if meta.get("subject") else {}),
        "legal_basis": legal, "purpose": purpose, "requirements": requirements, "objectives": objectives,
        "targets": targets, "groups": groups, "tasks": tasks,
        "notes": notes, "review": review,
    }
    # a plan assigns work to agencies or sets targets: a text that does neither (a README, a letter,
    # a list) is no plan, however many numbered items it has
    if not targets and not any(task.get("lead") for task in tasks):
        raise as_report or ImportFailure(f"{path}: " + message("imp_no_plan"))
    registry = {}
    if agencies.proposed:
        registry["agencies"] = list(agencies.proposed.values())
    if proposed_documents:
        registry["documents"] = list(proposed_documents.values())
    report = {
        "file": path.name, "kind": extracted.kind, "pages": extracted.pages, "lines": len(lines),
        "garbled": garbled, "desegmented": joined, "mail_quote": quote,
        "unresolved_words": unresolved, "ocr": extracted.ocr,
        "tables": [(t.layout, t.start + 1, len(t.rows) if t.kind == "tasks" else None) for t in found_tables],
        "body_tasks": sum(t["place"]["part"] == "body" for t in tasks),
        "appendix_rows": sum(t["place"]["part"] == "appendix" for t in tasks),
        "targets": len(targets), "legal": len(legal), "proposed_documents": len(proposed_documents),
        "unknown_names": sorted(agencies.unknown_names.items(), key=lambda kv: kv[1]),
        "unplaced": unplaced, "review_tasks": [(t["id"], t.get("review", [])) for t in tasks if t.get("review")],
        "province": province, "number": number, "issuer": issuer_name,
        "province_name": provinces[province].name if province in provinces else province, "national": national,
    }
    return _as_typed(Draft(plan, registry, raw_name, raw_bytes, repaired, report), restored)


def _laid_out(lines: list[str]) -> list[str]:
    """``lines`` with the layouts of other writers read as the plain one the readers know, line for line: a plan kept in
    Emacs Org mode or copied from a wiki's source as plain text; a list drawn as a tree ("Phòng X" / "├── Rà soát …" /
    "│   └── xong: 15/9/2026") as the nested list it draws; a table drawn with rules as a pipe table; rows whose fields
    a typed mark parts ("1 >> Rà soát … >> Ban X >> … >> Tháng 9/2025") with TABs; a definition list typed in HTML
    ("<dt>Chủ trì</dt><dd>X</dd>") as labelled lines."""
    return marked_rows.as_tab_rows(box_tables.as_pipe_rows(tree_lines.as_bullets(wikitext.as_plain(
        org_mode.as_plain(html_lists.as_plain(lines))))))


def _as_typed(draft: Draft, restored: "unmarked.Restored | None") -> Draft:
    """The draft of a text typed without diacritics with what it quotes as typed: every text of the plan and the names
    proposed (not the importer's own review notes and notes, whose quotes alone are given back)."""
    if restored is None:
        return draft
    quoted = re.compile(r"'[^'\n]{1,200}'|“[^”\n]{1,200}”")

    def notes(items: list) -> list:
        return [quoted.sub(lambda m: restored.typed(m.group()), n) if isinstance(n, str) else n for n in items]

    plan = {key: (notes(value) if key in ("review", "notes") else
                  [{k: (notes(v) if k == "review" else restored.typed(v)) for k, v in task.items()} for task in value]
                  if key == "tasks" else restored.typed(value)) for key, value in draft.plan.items()}
    registry = {key: [{k: (restored.typed(v) if k in ("name", "variants", "title") else v) for k, v in entry.items()}
                      for entry in entries] for key, entries in draft.registry.items()}
    report = dict(draft.report, unknown_names=[(restored.typed(n), line) for n, line in draft.report.get("unknown_names", [])])
    return replace(draft, plan=plan, registry=registry, report=report)


#: the first cell of a task table's header, alone on its line or first of the line's cells ("TT", "**STT**",
#: "| TT | Nội dung …", "  TT   Nhiệm vụ …" as pandoc pads it)
_HEADER_FIRST = re.compile(r"^[\s|+]*(?:\*\*)?S?TT(?:\*\*)?(?:\s|\||$)")
#: the header words of a task table's other columns, read over the header's lines joined: a cell wrapped over two
#: lines ("Cơ quan chủ" / "trì") still names its column by its first words
_HEADER_TEXT = re.compile(r"\b(?:nhiem vu|noi dung)\b")
_HEADER_ROLE = re.compile(r"\b(?:co quan|don vi|chu tri|phoi hop|thoi gian|thoi han|tien do)\b")


def _unread_tables(lines: list[str], found_tables: list) -> list[int]:
    """1-based lines of task-table headers ("TT" first, a task column and a column of bodies or time in the next
    few lines) that no table read covers: the draft says a table is there and was not read, rather than losing its
    rows silently (a layout the importer cannot read: pandoc's multiline table, a PDF's cells in blocks …)."""
    covered = {i for table in found_tables for i in range(table.start, max(table.end, table.start + 1))}
    out, i = [], 0
    while i < len(lines):
        if i in covered or not _HEADER_FIRST.match(lines[i]):
            i += 1
            continue
        window = " ".join(fold(nfc(plain_line(l))) for l in lines[i:i + 14])
        window = " ".join(re.sub(r"[^\w]+", " ", window).split())
        if _HEADER_TEXT.search(window) and _HEADER_ROLE.search(window):
            out.append(i + 1)
            i += 14
            continue
        i += 1
    return out


_FRONT_FIELD = re.compile(r"^(?:[\w-]+\s*:(?:\s.*)?|\s+-\s.*|\s*)$")
_MOTTO = layout.MOTTO


#: a row of two cells, a field's label and its value, as a task's own small table prints them in Word ("Cơ quan chủ
#: trì | Sở Công Thương", "Thời gian hoàn thành | Quý III/2026") and a TAB separates them in text
_LABEL_CELL = re.compile(rf"^\s*(?P<label>(?:{layout.FIELD_LABEL}))\s*:?\s*\t+\s*(?P<value>[^\t]*\S)\s*$", re.I)


def _label_cell(line: str) -> str:
    """A label's cell and its value's as a labelled line ("Cơ quan chủ trì<TAB>Sở X" → "Cơ quan chủ trì: Sở X")."""
    match = _LABEL_CELL.match(line) if "\t" in line else None
    if match and tables._is_header(line.split("\t")):
        return line  # a table's header of two columns ("Thời gian<TAB>Nội dung công việc"): no field and its value
    return f"{match.group('label')}: {match.group('value')}" if match and match.group("label")[:1].isupper() else line


#: a line's number printed in its margin (Word's "Line Numbers", a draft printed for a meeting or for comments): the
#: number, then the line's text after a space or more
_LINE_NUMBER = re.compile(r"^\s{0,4}(?P<n>\d{1,4})(?:[ \t]{1,8})(?=\S)")


def _without_line_numbers(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the numbers a copy printed with line numbers carries in its margin: a run of five lines or more,
    each opening with a number one more than the line before (blank lines between them aside), where the numbers
    count lines, not items: a numbered line's text opens with a part's or an item's own marker ("6 I. MỤC ĐÍCH", "19
    1. Phòng …") or goes on with a sentence in lower case ("20 chuyển cho các phòng …"). A list numbered "1 …", "2 …",
    an item a line, keeps its numbers. The lines, and how many lost their number."""
    out, count = list(lines), 0
    numbered = [(i, int(m.group("n")), m.end()) for i, line in enumerate(lines) if (m := _LINE_NUMBER.match(line))]
    run: list[tuple[int, int, int]] = []
    for entry in numbered + [(len(lines) + 1, -1, 0)]:
        i, n, _ = entry
        gap = run and all(not lines[k].strip() for k in range(run[-1][0] + 1, min(i, len(lines))))
        if run and n == run[-1][1] + 1 and gap:
            run.append(entry)
            continue
        rests = [lines[k][end:] for k, _, end in run]
        # (a sentence going on in lower case only after a number set apart by spaces: after a TAB, the number may be a
        # table's own row number, its row's text wrapped from the row above)
        if len(run) >= 5 and (any(layout.marker_of(rest)[0] for rest in rests)
                              or sum(rest[:1].islower() and "\t" not in lines[k][:end]
                                     for rest, (k, _, end) in zip(rests, run)) >= 2):
            for k, _, end in run:
                out[k] = lines[k][end:]
            count += len(run)
        run = [entry]
    return out, count


def _without_page_furniture(lines: list[str]) -> list[str]:
    """A web page saved as Markdown by a browser clipper: its YAML front matter ("---", "key: value" lines, "---"
    at the top) and the quoted excerpt before the document's header ("> ## Excerpt", "> …" before the national
    motto) are the page's, not the document's: blank lines in their place (line numbers stay)."""
    out = list(lines)
    if out and out[0].strip() == "---":
        close = next((i for i in range(1, min(len(out), 60)) if out[i].strip() in ("---", "...")), None)
        if close is not None and all(_FRONT_FIELD.match(l) for l in out[1:close]):
            out[:close + 1] = [""] * (close + 1)
    motto = next((i for i, l in enumerate(out[:80]) if _MOTTO.search(fold(nfc(plain_line(l))))), None)
    if motto is not None:
        out[:motto] = ["" if l.lstrip().startswith(">") else l for l in out[:motto]]
    return out


#: a page's number as a running head or foot prints it: "Trang 2/4", "Trang 2", "Page 2 of 4", "- 2 -", "2/4"
_PAGE_LINE = re.compile(r"^(?:(?:trang|tr\.|page)\s*(?P<a>\d{1,3})(?:\s*(?:/|trên|tren|of)\s*\d{1,3})?|[-–]\s*(?P<b>\d{1,3})\s*[-–]|"
                        r"(?P<c>\d{1,3})\s*/\s*\d{1,3})$", re.I)
#: a line that ends with its page's number after the running words of a foot or head ("… phường Hải Châu | Trang 1/2",
#: "… - Trang 2"): those words, and the number
_PAGE_TAIL = re.compile(r"^(?P<head>\S.{4,200}?)\s*[|–—-]\s*(?:[Tt]rang|Page)\s*(?P<n>\d{1,3})(?:\s*(?:/|of|trên)\s*\d{1,3})?$")
#: a line of a running head and its page's number at one edge ("CÔNG BÁO/Số 94 + 95/Ngày 28-11-2026 37", "38 CÔNG
#: BÁO/…"), its whitespace collapsed
_PAGE_EDGE = re.compile(r"(?:(?P<a>\d{1,4}) )?(?P<head>[^\d\s].{4,150}?)(?: (?P<b>\d{1,4}))?")
#: the fewest lines a page of a plan holds (an A4 page of 13-14 pt text holds 35 to 45): page numbers alone on their
#: lines are at least this far apart
_PAGE_LINES = 20
#: the document's own number in its header ("Số: 56/KH-UBND", "Số 32-CTr/TU")
_OWN_NUMBER = re.compile(r"\bSố\s*:?\s*(?P<n>\d+\s*[/-]\s*[\w/-]*[A-ZĐ][\w/-]*)")


def _without_running_lines(lines: list[str]) -> list[str]:
    """A text copied from the pages of a PDF or a Word file keeps what every page repeats (its running head or foot:
    "Kế hoạch số 56/KH-UBND ngày … của UBND xã …", "Trang 1/4") where the page broke, inside a sentence: blank lines in
    their place (line numbers stay; a paragraph reads on across blank lines). Removed: page numbers that count up
    (two or more), the lines that repeat word for word beside each of them (within two lines), and a line that
    repeats word for word and names the document's own number ("Số: 56/KH-UBND" in its header). A page's number
    at the end of a running foot's line ("… phường Hải Châu | Trang 1/2"), the same words before it on every page; alone
    on its line ("2", "3") only where no other page line is printed, the numbers counting up by one from 1 or 2,
    each a page's worth of lines after the one before."""
    flat = [" ".join(nfc(plain_line(l)).split()) for l in lines]
    pages = []  # (line, number)
    for i, text in enumerate(flat):
        match = _PAGE_LINE.match(text)
        if match:
            pages.append((i, int(match.group("a") or match.group("b") or match.group("c"))))
    if not pages:  # a running foot that ends with the page's number, the same words before it on every page ("Ban
        # Quản lý … phường Hải Châu | Trang 1/2", "Sở Tài chính - Kế hoạch 12/KH-STC - Trang 2")
        tails: dict[str, list[tuple[int, int]]] = {}
        for i, text in enumerate(flat):
            tail = _PAGE_TAIL.match(text)
            if tail:
                tails.setdefault(tail.group("head"), []).append((i, int(tail.group("n"))))
        pages = next((found for found in tails.values() if len(found) >= 2), [])
    if not pages:  # a running head printed with the page's number at its outer edge, left on even pages and right on
        # odd ones, as a gazette prints it ("CÔNG BÁO/Số 94 + 95/Ngày 28-11-2026    37", "38    CÔNG BÁO/…"): the same
        # words on every page, the numbers counting up by one
        edged: dict[str, list[tuple[int, int]]] = {}
        sides: dict[str, set[str]] = {}
        for i, text in enumerate(flat):
            edge = _PAGE_EDGE.fullmatch(text)
            if edge and not layout.marker_of(edge.group("head"))[0] and (edge.group("a") or edge.group("b")):
                edged.setdefault(edge.group("head"), []).append((i, int(edge.group("a") or edge.group("b"))))
                sides.setdefault(edge.group("head"), set()).add("a" if edge.group("a") else "b")
        # (at both edges, as pages face each other: not items numbered by a word, "### Nhiệm vụ 1" … "### Nhiệm vụ 2",
        # each number after its words)
        pages = next((found for head, found in edged.items() if len(found) >= 2 and len(sides[head]) == 2
                      and all(m == n + 1 for (_, n), (_, m) in zip(found, found[1:]))), [])
    bare = [] if pages else [(i, int(text)) for i, text in enumerate(flat) if re.fullmatch(r"\d{1,3}", text)]
    if len(bare) >= 2 and bare[0][1] in (1, 2) \
            and all(m == n + 1 and j - i >= _PAGE_LINES for (i, n), (j, m) in zip(bare, bare[1:])):
        pages = bare  # a page's number alone on its line, as a PDF viewer's copy keeps it ("2", then a page on "3"):
        # counting up by one, a page's worth of lines apart (not a flattened table's row numbers, a few lines apart)
    counted = [i for (i, n), (_, m) in zip(pages, pages[1:] + [(None, None)]) if m is None or m > n]
    gone: set[int] = set()
    if len(pages) >= 2 and len(counted) == len(pages) and len({n for _, n in pages}) == len(pages):
        gone = {i for i, _ in pages}
        near: dict[str, set[int]] = {}
        for at, _ in pages:
            for i in range(max(0, at - 2), min(len(flat), at + 3)):
                if i not in gone and len(flat[i]) >= 10 and not layout.marker_of(flat[i])[0]:  # no list item
                    near.setdefault(flat[i], set()).add(i)
        for text, where in near.items():
            if len(where) >= 2 and len(where) == sum(1 for f in flat if f == text):
                gone |= where
    own = next((m.group("n") for m in map(_OWN_NUMBER.search, flat[:30]) if m), None)
    if own:
        own = "".join(own.split())
        counts: dict[str, list[int]] = {}
        for i, text in enumerate(flat):
            if "".join(text.split()).find(own) >= 0 and not _OWN_NUMBER.search(text) and len(text) < 160:
                counts.setdefault(text, []).append(i)
        for text, where in counts.items():
            if (len(where) >= 2 or _RUNNING_HEAD.fullmatch(text.replace(own, "{own}", 1)) is not None) \
                    and not layout.marker_of(text)[0]:
                gone |= set(where)
    return [("" if i in gone else line) for i, line in enumerate(lines)]


#: a running head that is the document's kind, own number and date and nothing else, maybe whose it is ("Kế hoạch số
#: 67/KH-HLHPN ngày 11/8/2026", "Kế hoạch 56/KH-UBND ngày 02/3/2026 của UBND xã …"): the page's, even printed once (a
#: plan of two pages), never a sentence of the document ("{own}": where the document's number stands)
_RUNNING_HEAD = re.compile(r"(?:Kế hoạch|Chương trình|Công văn|Quyết định|Báo cáo|Thông báo|Hướng dẫn|Đề án)\s+(?:số\s*:?\s*)?"
                           r"\{own\}\s+ngày\s+(?:\d{1,2}/\d{1,2}/20\d\d|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+20\d\d)"
                           r"(?:\s+(?:của|do)\s+[^.;:,]{2,100})?", re.I)


def _issuer(province: str | None, printed: str | None, text: str, known: fields.Known,
            provinces: dict, review: list[str], date: dict | None = None, bodies: list[str] | None = None) -> dict:
    """The issuing body: the province's UBND when the province is known (named as the province was
    called on the document's date: "tỉnh Thừa Thiên Huế" before 2025, "thành phố Huế" after); otherwise
    the body the header's left column names ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), the registry's when it has
    it, else written as the text itself writes it in running case ("Bộ Tài nguyên và Môi trường"). Its
    names are then known to the rest of the import, so the body's own mentions and headings ("NHIỆM VỤ
    CỦA BỘ …") name it."""
    registry = {a.id: a for a in known.registry.agencies}
    own = _own_body(bodies or [], provinces.get(province), date) if province else None
    if own is not None:
        issuer = _body_of_province(own, (bodies or [])[:-1], province, text, known, provinces, review, date)
    elif province:
        issuer = _province_ubnd(province, provinces, date)
    elif printed:
        if bodies and len(bodies) > 1:  # the issuing body under its superior ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" / "VIỆN
            printed = bodies[-1]        # KHOA HỌC NÔNG NGHIỆP VIỆT NAM" / "VIỆN CÂY ĂN QUẢ MIỀN NAM"): the last
        flat = " ".join(text.split())
        running = (flat[m.start():m.end()] for m in re.finditer(re.escape(printed), flat, re.I))
        # as the text writes it in running case, else as Nghị định 30/2020 writes a name in capitals so
        name = next((n for n in running if not n.isupper()), None) or _running_case(printed)
        spellings = {name, printed}
        local = _LOCAL_UBND.match(fold(" ".join(bodies[-2].split()))) if bodies and len(bodies) > 1 else None
        if local and not fields.names_place(name):
            # a unit under a commune's or a district's UBND ("UBND XÃ YÊN THÀNH" / "TRUNG TÂM VĂN HÓA - THỂ THAO") is
            # that place's: named with it, as a Sở is with its province ("Trung tâm Văn hóa - Thể thao xã Yên Thành")
            place = re.sub(r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+", "", _running_case(bodies[-2]))
            name = f"{name} {place}"
        ubnd = fold(name).startswith(("uy ban nhan dan tinh", "uy ban nhan dan thanh pho"))
        kind = "ubnd-tinh" if ubnd else "bo" if fold(name).startswith("bo ") else "khac"
        types = {t.id for t in known.registry.agency_types}
        issuer = {"id": slugify(name, 50) or "co-quan-ban-hanh", "name": name, "variants": sorted({name, *spellings}),
                  "kind": kind, "type": kind if kind in types else "khac", "province": None}
        matched = fields.match_agencies(name, known)
        if len(matched.ids) == 1 and not matched.unknown:
            issuer["id"], issuer["kind"] = matched.ids[0], registry[matched.ids[0]].kind
        review.append(f"Cơ quan ban hành đọc từ đầu văn bản: {printed!r} ({issuer['id']}): kiểm tra.")
    else:
        issuer = {"id": "ubnd-tinh", "name": "Ủy ban nhân dân tỉnh", "variants": ["Ủy ban nhân dân tỉnh", "UBND tỉnh"],
                  "kind": "ubnd-tinh", "type": "ubnd-tinh", "province": None}
        review.append("Không đọc được cơ quan ban hành ở đầu văn bản: điền issuer.")
    if issuer["id"] not in registry:  # proposed: the body's own mentions must name it, not a new proposal
        for name in issuer["variants"] + [issuer["name"]]:
            known.names.append((fold(name), issuer["id"]))
        known.names.sort(key=lambda n: -len(n[0]))
    return issuer


#: the issuing authority's line of a Quyết định or Chỉ thị (Nghị định 30/2020/NĐ-CP, Phụ lục I: "thẩm quyền ban hành"), in
#: capitals above its "Căn cứ": the Chủ tịch of an Ủy ban nhân dân ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG")
_CHAIR_LINE = re.compile(r"^chu tich (?:uy ban nhan dan|ubnd)\b")


def _chair_authority(head: list[str], meta: dict, issuer: dict) -> str | None:
    """The authority line of a document the Chủ tịch of the issuing Ủy ban nhân dân issues in his own name, as printed:
    its authority line names him and he signs as "CHỦ TỊCH" (or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), not for the body ("TM.
    ỦY BAN NHÂN DÂN"). The issuer stays the body its header names (Nghị định 30/2020/NĐ-CP, Điều 8: "tên cơ quan ban
    hành"); the authority is said in the plan's notes. None otherwise."""
    if not str(issuer.get("kind", "")).startswith("ubnd") or meta.get("kind") not in ("quyet-dinh", "chi-thi"):
        return None
    title = fold((meta.get("signer") or {}).get("title") or "")
    if not title or title.startswith(("tm.", "tm ", "t/m")) or "chu tich" not in title:
        return None
    return next((line for line in (nfc(plain_line(l)).strip(" |*#") for l in head[:60])
                 if layout.is_caps(line) and len(line) < 120 and _CHAIR_LINE.match(fold(line))), None)


#: a set of bodies a plan names once and lists, to name them all by it in its tables and items ("- **Khối A** (kiểm
#: tra): Công an phường; Trạm Y tế phường; Phòng Kinh tế, Hạ tầng và Đô thị.", "Nhóm 2 gồm: Sở Tài chính; Sở Công
#: Thương."): its name a word for a group and its letter or number, maybe a bracket of what it does
_SET_DEFINED = re.compile(r"^(?P<name>(?:Khối|Nhóm|Cụm|Tổ|Đội|Tiểu ban)\s+(?:[A-ZĐ]|\d{1,2}|[IVX]{1,4}))"
                          r"(?:\s*\([^()]{1,60}\))?\s*(?::|\s(?:bao\s+)?gồm\s*:?)\s*(?P<members>\S.*?)\.?$")


#: the levels of an organisation chart above a unit, each before its ">" ("Khối Sản xuất > Nhà máy Đức Trọng > …")
_ORG_PATH = re.compile(r"(?:^|(?<=[;,]))(?P<space>\s*)(?:[^;,>›\n]{2,80}?\s*[>›]\s*)+(?=[^;,>›\s])")


def _named_sets(paras: list) -> dict[str, str]:
    """The sets of bodies the document names and lists (``_SET_DEFINED``): each set's name as printed → its members
    parted by "; ", where it lists two bodies or more apart by ";"."""
    out: dict[str, str] = {}
    for para in paras:
        defined = _SET_DEFINED.match(para.text) if para.kind in ("", "bullet", "letter", "num") else None
        members = [m.strip() for m in defined.group("members").split(";")] if defined else []
        if len(members) >= 2 and all(_opens_with_body(m) for m in members):
            out.setdefault(defined.group("name"), "; ".join(members))
    return out


def _sets_named(phrase: str, sets: dict[str, str]) -> str:
    """``phrase`` with each set of bodies it names by the set's name ("Khối A + Khối C", "Khối B; Phòng Kinh tế …") as
    the bodies the set lists, sets joined by "+" or "và" parted as a list is; a set's name that begins a longer name
    ("Tổ 1 Khu phố 3") stays."""
    if not sets:
        return phrase
    pattern = re.compile(rf"(?<!\w)({'|'.join(map(re.escape, sorted(sets, key=len, reverse=True)))})(?![\w])(?!\s+[{fields.CAPITAL}\d])")
    if not pattern.search(phrase):
        return phrase
    phrase = re.sub(rf"(?<=[\w)])\s*\+\s*(?=\S)", "; ", phrase)  # "Khối A + Khối C": two sets
    return pattern.sub(lambda m: sets[m.group(1)], phrase)


def _defined_short_names(agencies: "_Agencies", aliases: dict[str, str]) -> None:
    """A short name of words the document defines for a body it proposes ("Hạt Kiểm lâm Vườn quốc gia … (sau đây gọi
    là Hạt Kiểm lâm)") is a spelling of that body: kept with its variants, where it is a name of its own (a type and a
    capitalised word, not "Trung tâm" alone). ``aliases``: the document's definitions read by paragraph (folded short
    name → the name), whose short name is printed as the name's first words."""
    by_name = {" ".join(fold(a["name"]).split()): a for a in agencies.proposed.values()}
    defined = dict(agencies.short)
    for alias, full in aliases.items():
        words = full.split()[:len(alias.split())]
        if " ".join(fold(" ".join(words)).split()) == alias:
            defined.setdefault(" ".join(words), (full, 0))
    for short, (full, _) in sorted(defined.items()):
        agency = by_name.get(" ".join(fold(full).split()))
        if agency is not None and not fields.initialism(short) and re.match(r"\S+\s+[A-ZĐ]", short) \
                and short not in agency["variants"]:
            agency["variants"].append(short)


def _propose_issuer(proposed: dict, issuer: dict) -> None:
    """The issuer proposed as the header names it: a body's mention of the same id ("Liên minh Hợp tác xã tỉnh" in a
    Liên minh's own plan) was proposed from fewer words, its spellings are kept as variants."""
    before = proposed.get(issuer["id"])
    if before is not None:
        issuer = {**issuer, "variants": sorted({*issuer["variants"], *before.get("variants", []), before["name"]})}
    proposed[issuer["id"]] = issuer


def _joint_review(meta: dict, issuer: dict, review: list[str]) -> None:
    """A joint document (văn bản liên tịch) has one issuer in the data: the lead, named first in the header and signing
    on the right (Nghị định 30/2020/NĐ-CP, Phụ lục I); the others, and their signers, are said in review as printed."""
    others = meta.get("joint_issuers", [])[1:]
    if others:
        review.append(message("imp_joint_issuers", count=len(others) + 1, issuer=issuer["name"], others="; ".join(others)))
    if meta.get("cosigners"):
        review.append(message("imp_joint_signers", count=len(meta["cosigners"]) + 1, others="; ".join(meta["cosigners"])))


#: the UBND of a district or commune ("UBND XÃ HÒA NINH", "ỦY BAN NHÂN DÂN / HUYỆN ĐẠI LỘC", "UBND THỊ XÃ …")
_LOCAL_UBND = re.compile(r"^(?:uy ban nhan dan|ubnd)\s+(?P<unit>xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tp\.?)"
                         r"\s+(?P<place>\S.*)$")
_LOCAL_UNIT = {"tp": "thành phố", "tp.": "thành phố", "xa": "xã", "phuong": "phường", "thi tran": "thị trấn",
               "dac khu": "đặc khu", "huyen": "huyện", "quan": "quận", "thi xa": "thị xã", "thanh pho": "thành phố"}
#: a body's kind word, which the name's first field follows ("SỞ NÔNG NGHIỆP…" → "Sở Nông nghiệp…")
#: bodies named by their level, then the place ("Tỉnh đoàn Quảng Ngãi", "Thành đoàn Hải Phòng")
_LEVEL_NAMED = ("tinh doan ", "thanh doan ", "huyen doan ")
_KIND_WORDS = ("hoi dong nhan dan", "ngan hang", "uy ban nhan dan", "chi cuc", "trung tam", "van phong", "lien minh", "tong cuc", "so",
               "ban", "phong", "cuc", "hoi", "quy", "vien", "vu", "thanh tra", "bao", "dai")


def _own_body(bodies: list[str], province, date: dict | None) -> str | None:
    """The issuing body of a header whose left column names another body than the province's UBND: the last body
    named there (below its superior: "UBND TỈNH QUẢNG TRỊ" / "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), or a district's or
    commune's UBND ("UBND XÃ HÒA NINH"); None when it is the province's UBND (or no body is named)."""
    if not bodies or province is None:
        return None
    own = " ".join(_place(bodies[-1]).split())
    kinds = [(province.kind, n) for n in (province.name, *province.variants)]
    kinds += [(province.former.kind, province.former.name)] if province.former else []
    names = {_place(n) for _, n in kinds}
    ubnd = re.match(r"^(?:uy ban nhan dan|ubnd)\s+(?:(?P<kind>tinh|thanh pho|tp\.?)\s+(?P<place>.+))?$", own)
    if ubnd and (ubnd.group("place") is None or any(
            _place(n) == ubnd.group("place") and (kind == "tinh") == (ubnd.group("kind") == "tinh") for kind, n in kinds)):
        return None  # "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "ỦY BAN NHÂN DÂN" alone; not "THÀNH PHỐ KON TUM", a city of it
    if not _LOCAL_UBND.match(own) and len(bodies) < 2 and not any(own.endswith(f" {n}") for n in names) \
            and _NATIONWIDE.search(own):
        return None  # a body named alone for the whole country (a national organisation: "HIỆP HỘI CHÈ VIỆT NAM")
    return bodies[-1]  # … else the province's own: "HIỆP HỘI CÀ PHÊ BUÔN MA THUỘT", "CÔNG TY … LÂM NGHIỆP DI LINH"  # below its superior, a district's or commune's UBND, the province's HĐND …


#: a body's name that says it is for the whole country ("… Việt Nam", "… Trung ương", "… toàn quốc"), folded
_NATIONWIDE = re.compile(r"\b(?:viet nam|trung uong|toan quoc)$")


#: a Party committee named with its place (Hướng dẫn 36-HD/VPTW): the kind, then the place
_PARTY_NAMED = re.compile(r"^(?P<kind>(?:tinh|thanh|huyen|quan|thi) uy|dang (?:uy|bo)(?: (?:tinh|thanh pho|xa|phuong|dac khu|"
                          r"thi tran))?)\s+(?P<place>\S.*)$")


def _running_case(printed: str) -> str:
    """A name printed in capitals in running case (Nghị định 30/2020/NĐ-CP, Phụ lục II: the kind word and the first
    word of each field capitalised): "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "Sở Khoa học và Công nghệ", "UBND XÃ HÒA NINH" →
    "Ủy ban nhân dân xã Hòa Ninh" (a place's every word)."""
    words = nfc(" ".join(printed.split())).split()
    folded = fold(" ".join(words))
    party = _PARTY_NAMED.match(folded)
    if party:  # "TỈNH ỦY GIA LAI" → "Tỉnh ủy Gia Lai", "ĐẢNG ỦY XÃ CAO PHONG" → "Đảng ủy xã Cao Phong"
        k = len(party.group("kind").split())
        return " ".join([words[0].capitalize(), *(w.lower() for w in words[1:k]), *(w.capitalize() for w in words[k:])])
    if folded.startswith(_LEVEL_NAMED) and len(words) > 2:  # "TỈNH ĐOÀN QUẢNG NGÃI" → "Tỉnh đoàn Quảng Ngãi"
        return " ".join([words[0].capitalize(), words[1].lower(), *(w.capitalize() for w in words[2:])])
    local = _LOCAL_UBND.match(folded)
    if local:
        place = folded[local.start("place"):]
        n = len(place.split())
        return f"Ủy ban nhân dân {_LOCAL_UNIT[local.group('unit')]} " + " ".join(w.capitalize() for w in words[-n:])
    kind = next((k for k in _KIND_WORDS if folded == k or folded.startswith(k + " ")), "")
    k = len(kind.split())
    # "… TỈNH HÀ TĨNH", "… KHU VỰC TÂY NAM BỘ": a place or a region, every word capitalised
    place = re.search(r"\s(?:tinh|thanh pho|khu vuc)\s", folded)
    last = len(folded[:place.end()].split()) if place else len(words)
    out = [_cased(words[0], True)] + [_cased(w, False) for w in words[1:k]]
    for index, word in enumerate(words[max(k, 1):last], start=max(k, 1)):  # the first word is in already
        before = fold(words[index - 1])
        first = (index == k or before == "va" or before.endswith(",")) and fold(word) not in ("tinh", "thanh", "cac")
        # "Nhà nước", the State, as the names of its bodies write it ("Kho bạc Nhà nước", "Dự trữ Nhà nước")
        state = (fold(word), fold(words[index + 1]) if index + 1 < len(words) else "") == ("nha", "nuoc")
        out.append(_cased(word, first or state))
    out = out[:last] + [_cased(w, True) for w in words[last:]]
    for proper in _PROPER_WORDS:  # "… MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ" → "… Mặt trận Tổ quốc Việt Nam xã"
        n = len(proper)
        for at in range(len(out) - n + 1):
            if tuple(fold(w) for w in out[at:at + n]) == proper:
                out[at:at + n] = [w.capitalize() if capital else w.lower()
                                  for w, capital in zip(out[at:at + n], _PROPER_WORDS[proper])]
    return " ".join(out)


def _cased(word: str, capital: bool) -> str:
    """A word printed in capitals in running case, capitalised or not; an abbreviation ("UBND", "HTX", "KH&ĐT": no
    syllable, no vowel with a mark) stays as printed."""
    if not font_repair.is_syllable(word.lower()) and not any(unicodedata.combining(c) for c in
                                                              unicodedata.normalize("NFD", word)):
        return word
    return word.capitalize() if capital else word.lower()


#: words a body's name in running case writes as proper names, however they stand (folded → which words are capitalised):
#: the country, and the Front as its own name writes it ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
_PROPER_WORDS = {("viet", "nam"): (True, True), ("mat", "tran", "to", "quoc"): (True, False, True, False)}


def _asked_in_capitals(text: str) -> str:
    """A section's title in capitals that asks bodies for their part (Nghị định 30/2020/NĐ-CP prints a section's title
    in capitals: "IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "III. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ") in the
    case running text writes it: "Đề nghị các hợp tác xã, tổ hợp tác", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã" (a
    class of actors is common nouns, a body's name its kind word and fields capitalised); any other text as it is."""
    if not text.isupper():
        return text
    lowered = " ".join(_cased(w, False) for w in text.split())
    asked = _OPENER.match(lowered[:1].upper() + lowered[1:])
    if asked is None:
        return text
    rest = " ".join(text.split())[asked.end():]
    whom = lowered[asked.end():] if _ACTOR_CLASS.match(fold(_as_class(rest))) else _running_case(rest)
    whom = _HONORIFIC.sub("Quý ", whom)  # "ĐỀ NGHỊ QUÝ HỢP TÁC XÃ": the reader addressed, "Quý hợp tác xã"
    return lowered[:1].upper() + lowered[1:asked.end()] + whom


#: the honorific a letter or a plan addresses its reader with ("Quý Hợp tác xã", "quý doanh nghiệp", "QUÝ CÔNG TY"; not
#: "Quỹ", a fund)
_HONORIFIC = re.compile(r"^(?:Quý|quý|QUÝ)\s+")


def _as_class(phrase: str) -> str:
    """A party addressed with the honorific ("Quý Hợp tác xã", "quý doanh nghiệp") read as the class of actors it is one
    of ("các Hợp tác xã"), so a heading that asks it gives its items to it; any other phrase as it is."""
    return _HONORIFIC.sub("các ", phrase)


def _body_of_province(printed: str, superiors: list[str], province: str, text: str, known: fields.Known,
                      provinces: dict, review: list[str], date: dict | None) -> dict:
    """The issuer named under its superior or a district's or commune's UBND, as a body of the province: the
    registry's when it has it, else proposed ("Sở Nông nghiệp và Môi trường tỉnh Quảng Trị", "Ủy ban nhân dân xã Hòa
    Ninh (tỉnh Lâm Đồng)"), its name in running case as the text prints it, said in review."""
    registry = {a.id: a for a in known.registry.agencies}
    flat = " ".join(text.split())
    running = next((flat[m.start():m.end()] for m in re.finditer(re.escape(" ".join(printed.split())), flat, re.I)
                    if not flat[m.start():m.end()].isupper()), None) or _running_case(printed)
    kind_word, pname = _province_as_of(provinces.get(province), date) or ("tinh", province)
    where = f"{PROVINCE_KIND[kind_word]} {pname}"
    office_of = None
    if fold(" ".join(printed.split())) == "van phong" and superiors and re.match(
            r"(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) (?:tinh|thanh pho) ", fold(_running_case(superiors[-1]))):
        # "VĂN PHÒNG" under "ỦY BAN NHÂN DÂN TỈNH …" (or "UBND TỈNH …", as many headers type it) is the office of that
        # Ủy ban (Nghị định 30/2020: the issuer's name under its direct superior's), never a "Văn phòng tỉnh"
        owner = _running_case(superiors[-1])
        running = f"Văn phòng {owner}"
        level = re.match(r"^.*? (?:tỉnh|thành phố)(?= )", owner)  # "Văn phòng Ủy ban nhân dân tỉnh", as the text says
        office_of = [f"Văn phòng {level.group(0)}"] if level else []
    typed = _agency_type(running, pname, known.registry.agency_types)
    if typed:  # a kind of body with a fixed name, written as the registry writes it ("Sở Công Thương tỉnh …")
        running = typed[1] + running[len(typed[1]):]
    local = _LOCAL_UBND.match(fold(" ".join(printed.split())))
    if local:
        running = _running_case(printed)
        unit = _LOCAL_UNIT[local.group("unit")]
        name, variants = f"{running} ({where})", [running, f"Ủy ban nhân dân {unit}", f"UBND {unit}"]
        kind = "ubnd-huyen" if unit in ("huyện", "quận", "thị xã", "thành phố") else "khac"
    else:
        named = fold(running).endswith(fold(f" {pname}"))  # "Hội đồng nhân dân tỉnh Hà Tĩnh" names its province
        # … or a region of several, which no province's name closes ("Dự trữ Nhà nước khu vực Tây Nam Bộ", "Kho bạc Nhà
        # nước khu vực XIII")
        named = named or re.search(r"\bkhu vuc\b", fold(running)) is not None
        name, variants = (running, [running]) if named else (f"{running} {where}", [running])
        if not named and fold(running).endswith(f" {fold(PROVINCE_KIND[kind_word])}"):
            name = f"{running} {pname}"  # named by its level alone ("Trung tâm Hội nghị tỉnh", "Bảo tàng tỉnh"): its place
        if not named and re.match(r"^dang (?:uy|bo) (?:xa|phuong|dac khu|thi tran) ", fold(running)):
            name = f"{running} ({where})"  # a commune's Party committee, as a commune's UBND is named
        variants += office_of or []  # "Văn phòng Ủy ban nhân dân tỉnh", as the text names it
        # "Sở Công Thương", as its own text names it (not a name of its level, "Hội đồng nhân dân tỉnh", which other
        # bodies' names hold: "Thường trực Hội đồng nhân dân tỉnh")
        variants += [typed[1]] if typed and named and not re.search(r" (?:tinh|thanh pho)$", fold(typed[1])) else []
        kind = _issuer_kind(running)
    types = {fold(t.name): t.id for t in known.registry.agency_types}
    agency_type = types.get(fold(running), "ubnd-huyen" if kind == "ubnd-huyen" else "khac")
    if agency_type == "khac" and typed:  # its kind of body, less its province ("Liên minh Hợp tác xã tỉnh | Đồng Nai")
        agency_type = typed[0]
    proposed = fields.propose_agency(running if not local else f"{running} {pname}", province, province)
    issuer = {"id": proposed["id"], "name": name, "variants": sorted({*variants, " ".join(printed.split())}),
              "kind": kind, "type": agency_type, "province": province}
    superior = fields.match_agencies(_running_case(superiors[-1]), known).ids if superiors else []
    if len(superior) == 1 and superior[0] in registry:
        issuer["parent"] = superior[0]
    folded = fold(name)
    registered = next((agency_id for n, agency_id in known.names if n in (folded, fold(f"{running} {pname}"))), None)
    if registered or issuer["id"] in registry:
        issuer = {"id": registered or issuer["id"], "name": registry[registered or issuer["id"]].name,
                  "variants": variants, "kind": registry[registered or issuer["id"]].kind}
    ubnd = _province_ubnd(province, provinces, date)
    if ubnd["id"] not in registry:  # "Ủy ban nhân dân tỉnh" in a Sở's or a commune's text is still the province's
        issuer["_superior"] = ubnd
        known.names += [(fold(n), ubnd["id"]) for n in (ubnd["name"], *ubnd["variants"])]
        known.names.sort(key=lambda n: -len(n[0]))
    above = f" dưới {' / '.join(superiors)}" if superiors else ""
    review.append(f"Cơ quan ban hành đọc từ đầu văn bản: {' '.join(printed.split())!r}{above} ({issuer['id']}), "
                  f"thuộc {where}: kiểm tra.")
    return issuer


def _issuer_kind(running: str) -> str:
    """The kind of a body of the province that issues a document, by its name's first words."""
    folded = fold(running)
    if _PARTY_BODY.match(folded) or folded.startswith("ban thuong vu "):
        return "dang"
    for start, kind in (("so ", "so"), ("ban ", "ban"), ("lien minh hop tac xa", "lien-minh-htx"), ("van phong ", "van-phong")):
        if folded.startswith(start):
            return kind
    return "khac"


def _agency_type(running: str, place: str, agency_types) -> tuple[str, str] | None:
    """(id, name) of the registry's type of a body named with its province ("Sở Nông nghiệp và Môi trường thành phố Cần
    Thơ" is a "Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh Đồng Nai" a "Liên minh Hợp tác xã tỉnh"), or
    None."""
    folded = " ".join(fold(running).split())
    suffix = " " + " ".join(fold(place).split())
    if not folded.endswith(suffix) or " ".join(running.split()) != running:
        return None
    bare = folded[:-len(suffix)]
    level = re.sub(r" (?:tinh|thanh pho)$", "", bare)
    for agency_type in agency_types:
        if fold(agency_type.name) in (bare, level) and agency_type.id != "khac":
            return agency_type.id, agency_type.name
    return None


def _province_ubnd(province: str, provinces: dict, date: dict | None) -> dict:
    """The province's UBND, named as the province was called on the document's date."""
    kind, name = _province_as_of(provinces.get(province), date) or ("tinh", province)
    word = PROVINCE_KIND[kind]
    return {"id": f"ubnd-{province}", "name": f"Ủy ban nhân dân {word} {name}",
            "variants": [f"Ủy ban nhân dân {word}", f"UBND {word}"], "kind": "ubnd-tinh", "type": "ubnd-tinh",
            "province": province}


def _province_as_of(province, date: dict | None) -> tuple[str, str] | None:
    """(kind, name) of a province on a document's date: its former ones before a change (Huế)."""
    if province is None:
        return None
    former = province.former
    if former and former.changed_on and date and date.get("year"):
        when = (date["year"], date.get("month") or 12, date.get("day") or 31)
        if when < (former.changed_on.year, former.changed_on.month, former.changed_on.day):
            return former.kind, former.name
    return province.kind, province.name


def _successor_notes(province: str | None, issuer: str, provinces: dict, known: fields.Known,
                     date: dict | None, review: list[str]) -> list[str]:
    """Where the issuer went in the 2025 reorganisation, from the registry's public record: a province
    merged into another (Nghị quyết 202/2025/QH15), a ministry merged into another (Nghị quyết 176/2025/QH15).
    A document dated after its province was merged is asked about: the province may be misread."""
    notes = []
    documents = {d.id: d for d in known.registry.documents}
    def basis(doc_id: str | None) -> str:
        doc = documents.get(doc_id)
        return f" ({DOC_TYPE[doc.type]} {doc.number})" if doc and doc.number else ""

    p = provinces.get(province) if province else None
    if p is not None and p.merged_into:
        new = provinces[p.merged_into]
        since = f" từ ngày {p.merged_on.day:02d}/{p.merged_on.month}/{p.merged_on.year}" if p.merged_on else ""
        notes.append(f"{PROVINCE_KIND[p.kind].capitalize()} {p.name} đã hợp nhất vào {PROVINCE_KIND[new.kind]} "
                     f"{new.name}{since}{basis(p.merger_basis)}.")
        if p.merged_on and date and date.get("year") and (date["year"], date.get("month") or 1, date.get("day") or 1) >= (
                p.merged_on.year, p.merged_on.month, p.merged_on.day):
            review.append(f"Văn bản ghi ngày sau khi {PROVINCE_KIND[p.kind]} {p.name} hợp nhất vào "
                          f"{PROVINCE_KIND[new.kind]} {new.name}: kiểm tra tỉnh ban hành.")
    agency = next((a for a in known.registry.agencies if a.id == issuer), None)
    if agency is not None and agency.successor and not agency.province:
        after = next((a.name for a in known.registry.agencies if a.id == agency.successor.agency), agency.successor.agency)
        since = agency.successor.since
        when = f" từ ngày {since.day:02d}/{since.month}/{since.year}" if since else ""
        notes.append(f"{agency.name}{when} thuộc {after}{basis(agency.successor.basis)}.")
    return notes


def _ocr_doubts(ocr, review: list[str], notes: list[str]) -> list[tuple[int, str]]:
    """What OCR was unsure of, for the reviewer to check against the scan first."""
    notes.append(f"Văn bản được đọc bằng OCR (Tesseract, tiếng Việt) từ bản quét {ocr.pages} trang; "
                 "bản quét giữ nguyên trong source/raw/.")
    low = sum(d.why == "low" for d in ocr.doubts)
    review.append(f"Văn bản đọc bằng OCR: {low} từ độ tin cậy thấp, {len(ocr.doubts) - low} từ dấu thanh không thành âm "
                  f"tiết, {len(ocr.table_lines)} dòng dạng bảng; đối chiếu với bản quét, trước hết các chỗ ghi trong báo cáo.")
    why = {"low": "độ tin cậy {c}", "syllable": "dấu không thành âm tiết tiếng Việt"}
    doubts = [(d.line, f"{d.word} (trang {d.page}, {why[d.why].format(c=d.confidence)})") for d in ocr.doubts]
    return sorted(doubts + [(line, f"dòng dạng bảng (trang {page}): kiểm tra cột") for page, line in ocr.table_lines])


_JOINED = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_JOINED_MARKED = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*_(?=[^\W\d_])|(?<=[^\W\d_])_[^\W\d_]*[^\W\d_\x00-\x7f]")


def _quoted_as_read(tasks: list[dict], printed: str, read: str) -> bool:
    """Some task's quotation is not in the text as printed but is in it as read (``own_labels``)."""
    from ..text import SourceText

    source, as_read = SourceText(printed), None
    for task in tasks:
        for key in ("text", "lead_text", "cooperating_text"):
            value = task.get(key)
            if value and source.find_cell(value) is None:
                as_read = as_read or SourceText(read)
                if as_read.find_cell(value) is not None:
                    return True
    return False


def _desegmented(text: str) -> tuple[str, int]:
    """Word-segmented text (the output of a Vietnamese word segmenter: compounds joined with "_",
    "hợp_tác_xã", punctuation spaced "xã , phường .") back to running text, and how many "_" were
    removed; text that is not segmented (fewer than 2 joins per 100 words) is returned as it is."""
    joined = len(_JOINED.findall(text))
    # (a segmenter joins syllables with their marks, "hợp_tác_xã": keys typed without them, "chu_tri:", "phoi_hop::",
    # a notes app's or a YAML block's, are no segmented words)
    if joined < 10 or joined * 50 < len(text.split()) or 2 * len(_JOINED_MARKED.findall(text)) < joined:
        return text, 0
    text = _JOINED.sub(" ", text)
    text = re.sub(r"(?<=[^\s(]) +([,.;:!?)”])", r"\1", text)
    text = re.sub(r"([(“]) +(?=\S)", r"\1", text)
    return text, joined


def _repaired(text: str, review: list[str]) -> tuple[str, str | None, list[tuple[int, str]]]:
    """Text with broken PDF fonts repaired (clean text is returned as it is), and the words left unsure."""
    if not font_repair.is_garbled(text):
        return text, None, []
    repaired = font_repair.repair(text, this_document=False)
    unresolved = [(line, word) for line, word, fixed, why in font_repair.analyse(text, this_document=False)
                  if "not a syllable" in why or "kept" in why and not font_repair.is_syllable(fixed)]
    review.append(f"Phông chữ bị lỗi đã được sửa tự động ({len(unresolved)} từ chưa chắc chắn, xem báo cáo).")
    return repaired, repaired, unresolved


_WRAPPER_TITLE = ("quyet dinh", "nghi quyet")
#: the line of an issuing document's decision before its articles ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), folded
_DECIDES = re.compile(r"^(?:quyet dinh|quyet nghi)\s*:$")
_ATTACHED_TITLE = ("ke hoach", "chuong trinh", "quy che", "quy dinh", "de an", "phuong an")


class _Wrapper(NamedTuple):
    """Where the parts of an issuing document stand (0-based lines)."""
    title: int     # its own title ("QUYẾT ĐỊNH")
    decides: int   # the line after its "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", where its articles start (``end`` without one)
    end: int       # its "Nơi nhận"
    attached: int  # the attached text's title ("KẾ HOẠCH", "QUY ĐỊNH")
    issued: int    # the attached text's "(Ban hành kèm theo …)" line, which ends that title


def _wrapper(lines: list[str]) -> _Wrapper | None:
    """A Quyết định or Nghị quyết that issues a plan or rules (Nghị định 30/2020: its own title, Căn cứ, Điều 1–3,
    "Nơi nhận", signature, then the attached "KẾ HOẠCH" / "CHƯƠNG TRÌNH" / "QUY ĐỊNH" with "(Ban hành kèm theo …)"), or
    None."""
    folded = [fold(nfc(plain_line(l))).strip(" |*_") for l in lines]
    title = next((i for i, f in enumerate(folded[:40]) if f in _WRAPPER_TITLE), None)
    if title is None:
        return None
    end = next((i for i in range(title + 1, len(lines)) if _STOP.match(folded[i])), None)
    if end is None:
        return None
    decides = next((i + 1 for i in range(title + 1, end) if _DECIDES.match(folded[i])), end)
    for i in range(end + 1, min(len(lines), end + 120)):
        if folded[i].startswith(_ATTACHED_TITLE) and len(folded[i]) < 40 and "kem theo" in " ".join(folded[i + 1:i + 8]):
            issued = next((k for k in range(i, min(len(lines), i + 8)) if "kem theo" in folded[k]), i)
            return _Wrapper(title, decides, end, i, issued)
    return None


_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
#: an HTML table as Markdown converters write one (pandoc for a table with merged or multi-paragraph cells, one tag or
#: paragraph a line; markitdown and mammoth a row or a cell a line): a cell ends at "</td>" or "</th>", as a TAB ends a
#: Word cell copied as text; the other table tags are layout
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_TABLE_MARKUP = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th|colgroup|col|caption)\b[^<>]*>", re.I)


def _untabled(line: str) -> str:
    """``line`` without HTML table markup, its cells separated by a TAB ("<td>Số: 41/NQ-HĐND</td><td>An Giang, ngày
    …</td>" → "Số: 41/NQ-HĐND<TAB>An Giang, ngày …"); a line of markup alone is blank."""
    if "<" not in line:
        return line
    return _TABLE_MARKUP.sub("", _CELL_END.sub("\t", line)).strip("\t ") if _TABLE_MARKUP.search(line) else line


#: "Nơi nhận", or a signature's authority (Nghị định 30/2020, Điều 13 and Phụ lục I: "TM.", "KT.", "TL.", "TUQ.",
#: the Party's "T/M") opening a line (folded)
_SIGNS = re.compile(r"^(?:noi nhan|(?:tm|kt|tl|tuq|t/m)\.?\s+\S)")


#: the authority a signature is given under (Nghị định 30/2020/NĐ-CP, Điều 13: "TM.", "KT.", "TL.", "TUQ.", "Q."), a
#: line of its own in capitals over the signer's title, printed
_SIGNED_FOR = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s*\S")
_SIGNED_FOR_RAW = re.compile(r"(?<![^\s|*_>])(?:TM|KT|TL|TUQ|Q)\.")  # the same anywhere in a raw line: a cheap look first


def _printed(line: str) -> str:
    """A raw line's text as printed: its markup and cell marks dropped."""
    return nfc(plain_line(_HTML_TAG.sub(" ", line))).strip(" |*_\t")


def _signed_for(line: str) -> bool:
    """``line`` is a signature's authority on a short line of its own in capitals ("TM. BAN THƯỜNG VỤ", "KT. GIÁM
    ĐỐC"), its markup and cell marks dropped."""
    if _SIGNED_FOR_RAW.search(line) is None:
        return False
    text = _printed(line)
    return 0 < len(text) < 70 and text.isupper() and _SIGNED_FOR.match(text) is not None


def _body_end(lines: list[str], in_table: set[int], first_table: int) -> int:
    """The body ends at "Nơi nhận" / the signature block (never inside the header or a table), also when the signature
    is a raw HTML table as converters write it ("<td><b><i>Nơi nhận:</i></b><br>- …</td>")."""
    def stops(i: int, line: str) -> bool:
        key = fold(_printed(line))
        # "Nơi nhận" is only ever at the foot (Nghị định 30/2020/NĐ-CP, Phụ lục I), so it ends a short document's
        # body too; a signer's title ("CHỦ TỊCH …") could open a line of the header, so it counts past it only
        if i > 2 and _signature_cells(line):  # a table row of signatures, before "Nơi nhận" (a joint document's)
            return True
        if authority(i, line):  # "TM. BAN THƯỜNG VỤ", "KT. GIÁM ĐỐC" on its line
            return True
        if not _STOP.match(key):
            return False
        if key.startswith("noi nhan"):
            return i > 2
        # a signer's title is printed in capitals, or short on its line; not a sentence's line that wrapped before
        # "Chủ tịch UBND …"
        printed = _printed(line)
        return i > 15 and (printed.isupper() or len(printed.split()) <= 4)
    def authority(i: int, line: str) -> bool:  # also where two signatures side by side were read as a table's row
        return i > 15 and _signed_for(line)

    end = next((i for i, l in enumerate(lines) if i < first_table and (stops(i, l) if i not in in_table else authority(i, l))),
               None)
    if end is None:  # task tables in the body (one per unit under its heading): "Nơi nhận" after them ends it
        # (its markup dropped: a converter's HTML table of the foot's two columns, "<td><p><strong><em>Nơi nhận:</em>")
        end = next((i for i, l in enumerate(lines) if i not in in_table and i > first_table
                    and (_SIGNS.match(fold(_printed(l))) or _signature_cells(l))),
                   len(lines))  # or at the signatures before it (a joint document's, side by side)
    while end < len(lines) and end > 0 and lines[end - 1].strip() and not _untabled(lines[end - 1]).strip():
        end -= 1  # the table's opening markup ("<table>", "<colgroup>", "<tr>") belongs to the signature
    return end


def _fuller_names(tasks: list[dict], groups: list[dict], proposed: dict[str, dict]) -> None:
    """A body proposed under a name cut short at a word its name shares with verbs ("Trung tâm Tư vấn" of "… phối hợp
    với Trung tâm Tư vấn hỗ trợ hợp tác xã cập nhật …") is the body this document names in full elsewhere ("Giao Trung
    tâm Tư vấn hỗ trợ hợp tác xã chủ trì"), in each task whose text prints the fuller name; the short proposal goes
    when nothing names it any more."""
    folded = {a: " ".join(fold(agency["name"]).split()) for a, agency in proposed.items()}
    fuller = {short: sorted((a for a in proposed if a != short and folded[a].startswith(name + " ")),
                            key=lambda a: -len(folded[a]))
              for short, name in folded.items()}
    fuller = {short: longer for short, longer in fuller.items() if longer}
    if not fuller:
        return
    for task in tasks:
        text = " ".join(fold(task.get("text") or "").split())
        for key in ("lead", "cooperating"):
            ids = task.get(key) or []
            for at, agency_id in enumerate(ids):
                longer = next((a for a in fuller.get(agency_id, []) if folded[a] in text and a not in ids), None)
                if longer is not None:
                    ids[at] = longer
                    task.setdefault("review", []).append(message(
                        "imp_fuller_name", short=proposed[agency_id]["name"], full=proposed[longer]["name"]))
    named = {a for item in (*tasks, *groups) for key in ("lead", "cooperating") for a in item.get(key) or []}
    for short in fuller:
        if short not in named:
            del proposed[short]


#: what a name is followed by where its end is sure: a role ("… chủ trì", "…, phối hợp với"), a label's colon, a bracket
_SURE_END = re.compile(r"\s*(?:,\s*)?(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|là cơ quan|làm đầu mối|thực hiện"
                       r"|:|\)|\(|;|$)")
#: words after a class or a unit that say which, or whose: another body than the name before them ("UBND các xã | có rừng",
#: "UBND xã | nơi có dự án", "Tổ kiểm tra | của Quỹ", "Hội Nông dân | các xã")
_WHICH_WORDS = re.compile(r"^(?:có|nơi|của|thuộc|các|cấp|xã|phường|tỉnh|huyện|thị xã|thành phố|thị trấn|đặc khu|và|hoặc|"
                          r"khu vực|chi nhánh|số)\b")


def _same_body_names(tasks: list[dict], groups: list[dict], agencies: "_Agencies") -> None:
    """A body proposed under its name and the words of the work glued after it, where no known verb ended it ("Phòng
    Kinh tế ước tính thiệt hại", "HTX Nông nghiệp Bản Búng dự trữ 02 tấn gạo"), is the body the document names
    without them elsewhere ("Phòng Kinh tế rà soát …") — or, named twice with different words after the same
    capitalised name ("HTX Nông nghiệp Bản Búng nấu ăn …"), the name they share: a document names a body the same
    way each time, and what differs after it is the sentences'. Not a name whose end the text makes sure (a role
    after it, "… chủ trì"; the full name its legend or its table of codes spells out for a code or an initialism: "ML
    204 | Đội Xe thu gom"), nor
    one that goes on to say which or whose ("UBND các xã có rừng", "Tổ kiểm tra của Quỹ")."""
    proposed = agencies.proposed
    printed = {a: " ".join(agency["name"].split()) for a, agency in proposed.items()}
    texts = [" ".join((item.get("text") or "").split()) for item in (*tasks, *groups)]
    spelt = {" ".join(full.split()) for short, (full, _) in agencies.short.items()
             if short in agencies.coded or fields.initialism(short)}

    def sure(name: str) -> bool:
        return name in spelt or \
            any(_SURE_END.match(text, at.end()) for text in texts for at in re.finditer(re.escape(name), text))

    def rest_of(name: str, head: str) -> str | None:
        """The words of ``name`` after ``head``, when they are a sentence's: lower case, no which or whose."""
        if not name.startswith(head + " "):
            return None
        rest = name[len(head) + 1:]
        # a class's own words say which of it ("UBND các xã, phường | ven biển", "Các sở, ngành | liên quan")
        return rest if rest[:1].islower() and not _WHICH_WORDS.match(rest) \
            and not re.search(r"(?:^|\s)(?:các|những)\s", head, re.I) else None

    into: dict[str, str] = {}
    for long_id, long in printed.items():
        if sure(long):
            continue
        short = max((a for a, name in printed.items() if a != long_id and rest_of(long, name) is not None),
                    key=lambda a: len(printed[a]), default=None)
        if short is None:  # named twice, glued each time: the capitalised name both start with
            for other_id, other in printed.items():
                words, others = long.split(), other.split()
                n = next((k for k, (w, o) in enumerate(zip(words, others)) if w != o), min(len(words), len(others)))
                head = " ".join(words[:n])
                # the shared name ends in a proper name of two capitalised words ("… Bản Búng"), not inside a
                # field's compound ("Chi cục Thủy | lợi", "… Thủy | sản")
                if other_id != long_id and n >= 3 and words[n - 1][:1].isupper() and words[n - 2][:1].isupper() \
                        and _opens_with_body(head) \
                        and rest_of(long, head) is not None and rest_of(other, head) is not None:
                    agency = fields.propose_agency(head, agencies.province, agencies.province, agencies.ministry)
                    if agency["id"] not in agencies.registered:
                        short = proposed.setdefault(agency["id"], agency)["id"]
                    break
        if short is not None:
            into[long_id] = short
    if not into:
        return
    for item in (*tasks, *groups):
        for key in ("lead", "cooperating"):
            ids = item.get(key)
            if not ids:  # nothing to mend, and no field written where the item has none (a group has no doers)
                continue
            for at, agency_id in enumerate(ids):
                if agency_id in into:
                    ids[at] = into[agency_id]
                    item.setdefault("review", []).append(message(
                        "imp_same_body", long=printed[agency_id], name=proposed[into[agency_id]]["name"]))
            item[key] = list(dict.fromkeys(ids))
    for long_id in into:
        del proposed[long_id]


#: a bracket that closes a name, its note on which or whose
_NAME_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


class _Agencies:
    """Agency phrases → registry ids; a name the registry lacks becomes a proposed agency, never dropped."""

    def __init__(self, known: fields.Known, province: str | None, ministry: str | None = None):
        self.known, self.province, self.ministry = known, province, ministry
        self.proposed: dict[str, dict] = {}
        self.unknown_names: dict[str, int] = {}
        self.registered = {a.id for a in known.registry.agencies}  # a proposal never takes a registry body's id
        self.short: dict = {}  # the short names the document defines ("Ghi chú: P.QLTM: Phòng …"): fields.abbreviations
        self.coded: set = set()  # … those of them a table of codes gives ("P01 | Phòng Thu mua"): codes, not initials
        self.sets: dict[str, str] = {}  # the sets of bodies it names and lists ("Khối A"): ``_named_sets``
        self.people: frozenset = frozenset()  # … those of them a roster gives, people's names (``roster``)

    def __call__(self, phrase: str | None, line: int, listed: bool = False,
                 partners: bool = False) -> tuple[list[str], list[str]]:
        """The ids of the bodies ``phrase`` names (registry bodies, proposals), and review notes. ``partners``: the
        phrase names cooperating bodies, where the others at large ("các sở, ngành liên quan", "các cơ quan, đơn vị")
        name no one: they are no partner, and nothing is proposed for them."""
        if not phrase:
            return [], []
        phrase = _sets_named(phrase, self.sets)
        phrase = fields.TASK_EMOJI_FIELDS.split(phrase, maxsplit=1)[0]  # "X 🛫 2026-10-26 📅 2026-11-20": a to-do's dates
        # a unit by its path in the organisation chart, as an ERP prints it ("Khối Cung ứng > Phòng Thu mua > Tổ Kỹ
        # thuật vùng trồng"): the last level, the one that does the work
        phrase = _ORG_PATH.sub(lambda m: m["space"], phrase) if ">" in phrase or "›" in phrase else phrase
        # a time run on after the names, a clause of its own ("… phối hợp Liên đoàn Lao động tỉnh, trước Tết Nguyên
        # đán", "giao Văn phòng Hội, xong trước …"): no body
        timed = re.search(rf",\s+(?=[^,;]{{2,60}}$)", phrase)
        if timed and _TIME_OPENS.match(fold(phrase[timed.end():])) and _time_clause(phrase[timed.end():].strip(" .;")):
            phrase = phrase[:timed.start()]
        printed = phrase
        # a short name of words ("Trung tâm") only as a whole phrase (a cell): inside one it may start another name
        # then the usual abbreviations of bodies' names the document uses without defining them ("LMHTXVN", "Sở NN&MT")
        common = {k: (v, 0) for k, v in fields.COMMON_SHORT.items() if k not in self.short}
        phrase, used = fields.expand(phrase, {**{k: v for k, v in self.short.items()
                                                 if fields.initialism(k) or k in self.coded or k == phrase.strip()},
                                              **common}, frozenset(common), self.people)
        matched = fields.match_agencies(phrase, self.known, listed)
        spelt = [self.short[a][0] for a in used if a in self.short and (a in self.coded or fields.initialism(a))]
        if spelt and matched.unknown:  # a full name a legend spells out is a name entire ("ML 101, ML 103" → "…, Đội
            # Xe thu gom"), whatever verb its last words look like
            matched = fields.AgencyMatch(ids=matched.ids, unknown=[
                next((full for full in spelt if full.startswith(name + " ")), name) for name in matched.unknown])
        if len(used) == 1 and printed.strip() in used and printed.strip() in self.short and not matched.ids \
                and (fields.initialism(printed.strip()) or printed.strip() in self.coded):
            # the phrase is one initialism the document defines ("Tổ TN" for "Tổ công tác tiếp nhận lưới điện"): its
            # full name is one body's, whatever verbs its words look like
            matched = fields.AgencyMatch(ids=[], unknown=[self.short[printed.strip()][0]])
        ids = list(matched.ids)
        notes = [f"cơ quan chưa có trong danh mục, đã đề xuất mới: {self.proposed[a]['name']!r} ({a})"
                 for a in ids if a in self.proposed]  # proposed earlier in this document (a class heading)
        notes += [message("imp_abbreviation", short=abbr, full=self.short[abbr][0], line=self.short[abbr][1])
                  if abbr in self.short else message("imp_common_abbreviation", short=abbr, full=common[abbr][0])
                  for abbr in used]
        for name in matched.unknown:
            if partners and _AT_LARGE.fullmatch(" ".join(fold(name).split()).strip(" .,;")):
                continue
            shown = name  # as printed: initialisms put back ("TT KC&XTTM"), a variant check can trace (a short name
            for abbr in filter(fields.initialism, used):  # of words, "Trung tâm", would name other bodies: none)
                shown = re.sub(re.escape(self.short[abbr][0] if abbr in self.short else common[abbr][0]), abbr, shown,
                               flags=re.I)
            agency = fields.propose_agency(name, self.province, self.province, self.ministry)
            if shown != name and shown in printed and shown not in agency["variants"]:
                agency["variants"].append(shown)
            if agency["id"] in self.registered:  # "Sở Tài chính" → so-tai-chinh-quang-ngai, "Sở Tài chính tỉnh Quảng Ngãi"
                if agency["id"] not in ids:
                    ids.append(agency["id"])
                notes.append(message("imp_matched_by_id", name=name, id=agency["id"]))
                continue
            same = self.proposed.setdefault(agency["id"], agency)
            courtesy = re.search(rf"\b(?:{'|'.join(fields.COURTESY_TITLES)})\s+{re.escape(name)}", printed)
            if courtesy and courtesy.group() not in same["variants"]:  # a member named with his courtesy, as printed
                same["variants"].append(courtesy.group())              # ("Bà Lê Thị Thoa")
            headed = re.search(rf"{fields.HEAD_WORDS}\s+{re.escape(name)}", printed)
            if headed and headed.group() not in same["variants"]:  # named through its head: "Giám đốc Trung tâm X"
                same["variants"].append(headed.group())
            if name not in same["variants"]:  # "Ban Quản lý … tỉnh" and "… tỉnh Lào Cai": one body, the fuller name
                same["variants"].append(name)
                same["name"] = max(same["variants"], key=len)
            if shown != name and shown in printed and shown not in same["variants"]:
                same["variants"].append(shown)
            parent = re.search(rf"{re.escape(shown)}\s*\((?P<p>[^()]{{3,80}})\)", printed)
            if parent and fields.starts_body(parent.group("p")):  # its parent said after it ("Chi cục Chăn nuôi và Thú y
                with_parent = f"{shown} ({parent.group('p').strip()})"  # (Sở NN&MT)"): that spelling too
                if with_parent not in same["variants"]:
                    same["variants"].append(with_parent)
            self.unknown_names.setdefault(name, line)
            ids.append(agency["id"])
            notes.append(f"cơ quan chưa có trong danh mục, đã đề xuất mới: {name!r} ({agency['id']})")
        return ids, notes

    def one(self, name: str, line: int) -> tuple[list[str], list[str]]:
        """``name`` as one body, as printed (a class of bodies named by a heading): its registry id, else proposed. A
        bracket closing it says which or whose ("Các tổ dân phố có diện tích trồng rau (tổ dân phố số 3, 5, 9, 12)",
        "Các thôn vùng đồi (thôn Đông, thôn Tây)"): the name is the words before it."""
        name = _NAME_BRACKET.sub("", name).strip() or name
        folded = " ".join(fold(name).split())
        known = next((agency_id for n, agency_id in self.known.names if n == folded), None)
        if known is not None:  # a body proposed before (a class heading read ahead) is still said for review
            name = self.proposed[known]["name"] if known in self.proposed else None
            return [known], [f"cơ quan chưa có trong danh mục, đã đề xuất mới: {name!r} ({known})"] if name else []
        agency = fields.propose_agency(name, self.province, self.province)
        if agency["id"] in self.registered:  # a proposal never takes a registry body's id
            return [agency["id"]], [message("imp_matched_by_id", name=name, id=agency["id"])]
        self.proposed.setdefault(agency["id"], agency)
        self.unknown_names.setdefault(name, line)
        return [agency["id"]], [f"cơ quan chưa có trong danh mục, đã đề xuất mới: {name!r} ({agency['id']})"]

    def roles(self, leads: list[str | None], cooperating: str | None, line: int, listed: bool = False,
              listed_coop: str | None = None, whole: bool = False,
              coop_whole: list[str] = ()) -> tuple[list[str], list[str], list[str]]:
        """Lead ids (from every phrase naming leads; ``whole``: the first phrase is one body as printed),
        cooperating ids that are not also leads, and review notes. ``listed``: the lead phrases are lists of
        bodies by their label or brackets; ``listed_coop``: cooperating bodies listed likewise; ``coop_whole``:
        partners each one body as printed (a class, "cùng các tổ tự quản")."""
        lead_ids: list[str] = []
        notes: list[str] = []
        for number, phrase in enumerate(leads):
            ids, more = self.one(phrase, line) if whole and number == 0 and phrase else self(phrase, line, listed)
            lead_ids += [a for a in ids if a not in lead_ids]
            notes += more
        coop_ids, more = self(cooperating, line, partners=True)
        notes += more
        ids, more = self(listed_coop, line, True, partners=True)
        coop_ids += [a for a in dict.fromkeys(ids) if a not in coop_ids]
        notes += more
        for name in coop_whole:
            ids, more = self.one(name, line)
            coop_ids += [a for a in ids if a not in coop_ids]
            notes += more
        partners = "; ".join(p for p in (cooperating, listed_coop) if p)
        if self.ministry in coop_ids and self.ministry not in fields.match_agencies(partners, self.known, owners=False).ids:
            coop_ids.remove(self.ministry)  # "các đơn vị thuộc Bộ …" in the ministry's own plan: its units, not a partner
        if not lead_ids:
            notes.append(message("imp_no_lead"))
        return lead_ids, [c for c in dict.fromkeys(coop_ids) if c not in lead_ids], notes  # each partner once


#: the other bodies at large, named as partners by their kinds and no more ("các sở, ngành liên quan", "các sở, ban,
#: ngành", "các cơ quan, đơn vị có liên quan", "các đơn vị liên quan"): no one in particular (folded; not the units of
#: one body, "các đơn vị thuộc Sở", which it names)
_AT_LARGE = re.compile(r"cac (?:so|co quan|don vi|nganh|ban nganh)(?:,? (?:va )?(?:cac )?(?:so|ban|nganh|co quan|don vi|"
                       r"dia phuong|ban nganh|doan the))*(?: (?:co )?lien quan)?")


def _parts(paras: list) -> dict[int, str]:
    """Which part of the plan (preamble, purpose, objectives, tasks) each paragraph is in, by its section titles."""
    part, part_of = "preamble", {}
    for para in paras:
        # … or a part numbered "1.", "2." where the document has no Roman parts ("**1. Mục đích**", "**2. Phân công**")
        top_title = para.kind == "num" and para.parent is None and len(para.text) < 60 \
            and not para.text.rstrip().endswith((".", ";", ":")) and not _opens_with_body(para.text) \
            and not _OPENER.match(para.text)  # not a body's heading ("3. Ủy ban nhân dân các xã"), not "Giao X"
        if (para.rank == 0 or para.kind == "heading" or layout.is_caps(para.text) or _ARTICLE_TITLE.match(para.text)
                or top_title) and not re.match(r"^(?:ve|v/v)\s", fold(para.text)):  # the subject ("Về …"), never a part's title
            title = fold(para.text)
            for name, pattern in PARTS:
                if re.search(pattern, title) and len(para.text) < 160:
                    part = name
                    break
            else:
                if (para.rank == 0 or para.kind == "heading" or layout.is_caps(para.text)) and _addresses_doers(para.text):
                    # a part's title "IV. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA": what is asked of them (not a
                    # Công văn's numbered request "1. Đối với các sở, ngành", one request as much as the others)
                    part = "tasks"
                elif para.kind == "roman" and para.marker in layout.UPPER_LETTERS and layout.is_caps(para.text) \
                        and _names_doers(para.text):
                    # a part's title that is the name of its doers alone ("C. CÁC HỢP TÁC XÃ DU LỊCH CỘNG ĐỒNG", "A. CÁC
                    # PHÒNG, ĐƠN VỊ THUỘC SỞ"): the work given to them
                    part = "tasks"
                elif (para.kind in ("roman", "article") or top_title) and para.parent is None and len(para.text) < 160:
                    part = "other"  # "II. NỘI DUNG", "IV. VỐN ĐẦU TƯ": tasks only where the grammar assigns one
                elif para.kind == "roman" and para.parent is not None and id(para.parent) in part_of:
                    # a lettered group inside a part ("B. HỘI CHỢ VÀ PHIÊN CHỢ" after "A. … CHỈ TIÊU"): its part's
                    part = part_of[id(para.parent)]
                elif para.kind == "heading" and _body_title(para):
                    # a Markdown heading that is a body's name alone ("### Phòng Văn hóa - Xã hội" over its to-dos):
                    # the work given to that body, where no title named a part of tasks
                    part = "tasks"
            if re.search(r"muc dich", title) and re.search(r"yeu cau", title):
                part = "purpose"
        part_of[id(para)] = part
    for para in paras:  # a numbered title of what was done or found ("1. Đánh giá chung", "1. Kết quả đạt được",
        # "1. Tình hình …" in a Thông báo kết luận or a plan's review): what it holds is context, no task
        if para.kind in ("num", "roman") and para.children and len(para.text) < 100 \
                and not para.text.rstrip().endswith((".", ";")) and _CONTEXT_TITLE.match(para.folded):
            for node in [para, *_descendants(para)]:
                part_of[id(node)] = "context"
    for para in paras:  # a numbered title inside a part names the part of what it holds (in document order: the
        # innermost wins): "Điều 1. Phê duyệt Đề án … sau:" then "1. Mục tiêu", "2. Nhiệm vụ và giải pháp"
        name = _titled_part(para)
        if name and part_of[id(para)] != "context":  # "2. Kết quả thực hiện các nhiệm vụ": what was done, no task
            for node in [para, *_descendants(para)]:
                part_of[id(node)] = name
    titled = "tasks" in part_of.values()  # a title names the part that sets the work
    for para in paras:  # a label alone on its line ("Nhiệm vụ:", "Giải pháp:") under an item (a target's "Chỉ tiêu 1:
        # …" item, then "Nhiệm vụ:" and its bullets) names the part of the items after it
        label = _PART_LABEL.fullmatch(para.folded.strip()) if para.kind == "" and para.parent is not None else None
        if label:
            name = next(n for n, pattern in PARTS if re.search(pattern, label.group("name")))
            after = para.parent.children[para.parent.children.index(para) + 1:]
            for node in [para, *after, *(d for a in after for d in _descendants(a))]:
                part_of[id(node)] = name
        elif (addressed := _FOR_BODY.match(para.text)) and para.kind in ("num", "letter", "bullet") \
                and _agency_heading(addressed.group("who")) \
                and (titled or part_of[id(para)] != "preamble"):  # "1. Đối với Ủy ban nhân dân tỉnh:": demands on it
            # (in a Công văn of numbered requests and no parts, one of them addressed so is no part of its own: the
            # others are requests as much)
            for node in [para, *_descendants(para)]:
                part_of[id(node)] = "tasks"
        elif para.kind == "" and para.parent is not None and fields.ASSIGN.match(para.text):
            # a group's assignment line ("Trách nhiệm thực hiện: X chủ trì; …") gives work to the items beside it
            for node in (d for a in para.parent.children for d in [a, *_descendants(a)]):
                part_of[id(node)] = "tasks"
    return part_of


def _names_doers(title: str) -> bool:
    """A title in capitals that is the name of a class of economic actors or of bodies alone ("CÁC HỢP TÁC XÃ DU LỊCH
    CỘNG ĐỒNG", "CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ")."""
    running = _running_case(title)
    running = running[:1].upper() + running[1:]
    if re.search(r"\b(?:tham gia|tham dự|cùng làm)$", running):  # "CÁC HTX, THT THAM GIA": who takes part, a list
        return False
    return (bool(_ACTOR_CLASS.match(fold(running))) and fields.name_only(running, places=False) == running) \
        or (_BODY_WORD.match(running) is not None and _agency_heading(running))


#: the word a body's name opens with, as printed with its marks ("Phòng", "Các sở", "Liên minh", "Ủy ban"; not "Quy mô",
#: which folds as "Quỹ" does)
_BODY_WORD = re.compile(r"(?:(?:các|những)\s+)?(?:phòng|sở|ban|liên minh|liên hiệp|hội|ủy ban|trung tâm|văn phòng|chi cục|"
                        r"cục|cơ quan|đơn vị|công an|ngân hàng|quỹ|đoàn|tổ|đội)\b", re.I)


def _addresses_doers(title: str) -> bool:
    """A part's title that turns to the ones who do its items: "IV. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA", "Đối
    với Ủy ban nhân dân các xã" (a body, or a class of economic actors)."""
    if not fold(title).startswith("doi voi "):
        return False
    who = _duties_of(title)
    if not who:
        return False
    running = _running_case(who) if layout.is_caps(who) else who
    return bool(_ACTOR_CLASS.match(fold(who))) or _agency_heading(running[:1].upper() + running[1:])


#: a part's label alone on its line: "Nhiệm vụ:", "Các giải pháp chủ yếu:", "Nhiệm vụ cụ thể:" (folded)
_PART_LABEL = re.compile(r"(?:cac |nhung )?(?P<name>nhiem vu|giai phap)(?: (?:cu the|chu yeu|trong tam))?\s*:")


#: the title of a section on what was done or found: "Đánh giá chung", "Kết quả đạt được", "Tình hình thực hiện",
#: "Đánh giá kết quả …" (not the work of assessing: "2. Đánh giá, phân loại" over who assesses what),
#: "Thực trạng …", "Kết quả" (folded)
_CONTEXT_TITLE = re.compile(r"^(?:danh gia(?:$| (?:chung|khai quat|tong quat|ket qua|tinh hinh|thuc trang|viec|qua trinh|"
                            r"nhung|uu diem|han che|ton tai)\b)|ket qua$|ket qua (?:dat duoc|thuc hien|trien khai)\b|tinh hinh|"
                            r"thuc trang)\b")
#: an item titled by a part of the plan: "2. Nhiệm vụ và giải pháp" (a short title over its items), "a) Mục tiêu chung:
#: …", "- Chỉ tiêu đến năm 2030: …" (a labelled objective)
_PART_TITLE = re.compile(r"^(?:(?:cac |nhung )?(?P<name>muc dich|muc tieu|chi tieu|yeu cau|nhiem vu|giai phap|"
                         r"to chuc thuc hien))\b")


def _titled_part(para) -> str | None:
    if para.kind not in ("num", "letter", "bullet") or not para.parent:
        return None
    match = _PART_TITLE.match(para.folded)
    if not match:
        return None
    word = match.group("name")
    if _opens_with_body(para.text[match.end():].strip(" ,:")):
        return None  # "Yêu cầu các sở, ngành:", "Nhiệm vụ Sở Tài chính": an assignment, not a part's title
    labelled = word in ("muc tieu", "chi tieu") and re.match(r"^[^:.;]{0,60}:", para.text)
    title = para.children and len(para.text) < 100 and not para.text.rstrip().endswith((".", ";"))
    if not (labelled or title):
        return None
    return "purpose" if word == "yeu cau" else next(name for name, pattern in PARTS if re.search(pattern, word))


def _target(text: str, found, year: int | None, notes: list[str]) -> dict:
    entry = {"id": None, "text": text, "kind": found.kind or "khac", "value": found.value, "unit": found.unit,
             "comparator": found.comparator, "year": year}
    if found.value_max is not None:
        entry["value_max"] = found.value_max
    if notes:
        entry["review"] = notes
    return entry


def _preamble(paras: list, part_of: dict[int, str], bar: _Progress) -> tuple[list, list, list, list]:
    """Purpose, requirements, objectives and the targets among the objectives (year from the sentence or its heading)."""
    purpose, requirements, objectives, targets = [], [], [], []
    sub = year_context = None
    for para in paras:
        bar.step()
        part, folded = part_of[id(para)], para.folded
        if part == "purpose":
            if para.kind in ("num", "heading") and len(para.text) < 40:
                sub = "requirements" if "yeu cau" in folded else "purpose" if "muc dich" in folded else sub
                continue
            if para.rank == 0 or layout.is_caps(para.text):
                continue
            (requirements if sub == "requirements" else purpose).append(para.text)
        elif part == "objectives":
            year = re.search(r"(?:den|toi) nam (20\d\d)", folded)
            # a short title ("2. Mục tiêu cụ thể đến năm 2030"), not a short target ("- Thành lập mới 06 HTX.")
            if (para.rank < 10 or para.kind == "heading" or year) and len(para.text) < 60 and (
                    para.children or not layout.is_sentence(para) or not fields.targets_in(para.text)):
                year_context = int(year.group(1)) if year else year_context
                continue
            found = fields.targets_in(para.text)
            if not found:
                objectives.append(para.text)
            for target in found:
                y = int(year.group(1)) if year else year_context
                notes = ([message("imp_target_kind")] if target.kind is None else []) + \
                        ([message("imp_no_year")] if y is None else [])
                targets.append(_target(para.text, target, y, notes))
    return purpose, requirements, objectives, targets


def _table_targets(found_tables: list, plan_year: int | None) -> list[dict]:
    """Targets of the targets tables: one per value in a column that sets a target ("Kế hoạch năm
    2026", "Mục tiêu đến năm 2030", a year not before the plan's own); a result column ("Thực hiện
    năm 2025", "Kết quả") sets none. The year is the column's; a period's is its last year, said."""
    out = []
    for table in found_tables:
        if table.kind != "targets":
            continue
        for row in table.targets:
            role = tables.target_column(row.column)
            years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", row.column)]
            if role == "past" or (role == "year" and plan_year and years[0] < plan_year):
                continue
            found = fields.quantity(row.value)
            if found is None:
                continue
            found.unit = fields.unit_name(row.unit or found.unit)
            if not found.unit:
                continue  # a count with no unit printed anywhere: no target to compare
            found.kind = fields.target_kind(fold(row.name), found.unit)
            notes = [message("imp_target_from_table", column=row.column)]
            if role == "year" and not plan_year:
                notes.append(message("imp_target_year_column"))
            if len(years) > 1:
                notes.append(message("imp_target_period", start=years[0], end=years[-1]))
            if found.kind is None:
                notes.append(message("imp_target_kind"))
            if not years:
                notes.append(message("imp_no_year"))
            out.append(_target(row.text, found, years[-1] if years else None, notes))
    return out


def _assignment(para) -> bool:
    """A line that assigns the tasks around it ("Cơ quan tham mưu, thực hiện: …", "* Sở … chủ trì …")."""
    return bool(fields.ASSIGN.match(para.text)) or (para.marker == "*" and "chu tri" in para.folded)


#: who gives the work before the body given it ("UBND tỉnh giao | Sở Tài chính chủ trì …", "Giám đốc Quỹ giao | Phòng
#: Nghiệp vụ làm đầu mối …"): the body given it leads
_GIVEN_ON = re.compile(rf"\sgiao(?:\s+cho)?\s+(?=[{fields.CAPITAL}]|các\s|{fields.LOWER_TYPE})")


def _lead_from(text: str, known: fields.Known) -> str | None:
    match = fields.LEAD_IN_TEXT.search(text)
    if match and "phoi hop" not in fold(match.group("lead")):
        given = _GIVEN_ON.search(match.group("lead"))
        start = match.start("lead") + (given.end() if given else 0)
        named = fields.match_agencies(text[start:match.end("lead")], known)
        if named.ids or named.unknown:
            return text[start:match.end()]
    return fields.leading_agencies(text, known)


#: after a colon, the sentence goes on in lower case, as Nghị định 30/2020 writes it: the doer asked or a class of them
_AFTER_COLON = r"(?<=:\s)(?:đề nghị|giao|yêu cầu|các|những)\s"
#: a run-in head: a topic label ("Về tín dụng:", "Đối với hợp tác xã nông nghiệp:") or a title sentence of at most
#: 200 characters (a bold run-in heading as text keeps its final period), then the sentence with the doer
#: or a step's label ("Bước 1 (cấp xã):", "Giai đoạn 2:", "Đợt 1 –"), or a title ending with its time in brackets
#: ("Bình xét, lập danh sách hộ (xong trước ngày 20/11/2025) | Hội Chữ thập đỏ các xã … chủ trì …")
_RUN_IN = re.compile(rf"^(?:(?:Về|Đối với)\s[^:.;]{{2,100}}:|(?:Bước|Giai đoạn|Đợt|Công đoạn)\s+\d{{1,2}}(?:\s*\([^()]{{1,60}}\))?\s*[:.–-]"
                     rf"|[^.;:]{{10,200}}(?:[.:]|\)))\s+(?=[{fields.CAPITAL}]|{fields.LOWER_TYPE}|{_AFTER_COLON})")


def _after_run_in(text: str) -> str | None:
    """The sentence after a run-in head, as printed (after a colon maybe in lower case: "Trước 30/9/2025: đề nghị Chi cục
    Kiểm lâm …", "Trước khi thu hoạch: các hợp tác xã … hoàn thành …")."""
    tag = fields.TIME_TAG.match(text) or fields.TIME_DASH.match(text)
    if tag and (_reads_as_time(tag.group("time")) or _TIME_WORD.match(tag.group("time"))):  # … or its time in brackets ("[T9] phòng Kinh tế rà soát …")
        return text[tag.end():]  # … or before a spaced dash, a dateline ("Đến 25/8/2026 — Phòng Kỹ thuật chuyển …")
    match = _RUN_IN.match(text)
    return text[match.end():] if match else None


def _sentence_doer(text: str, known: fields.Known) -> str | None:
    """The body a sentence opens with as its doer, read by its grammar: before its role ("X chủ trì …"), after the word
    that assigns ("Đề nghị X …"), or as the subject of its verb ("Văn phòng Ủy ban phối hợp … khảo sát …"); None when
    it opens with the work."""
    lead = _lead_from(text, known) or (_opened_by(text, known) if _OPENER.match(text) else None)
    if lead is None and _assigns(_Line(text), known) and not text.startswith("Giao"):
        name = fields.name_only(text[_actor_at(text) or 0:].split(":")[0]).strip(" ,")
        named = fields.match_agencies(name, known) if name and len(name) < 150 else None
        lead = name if named is not None and (named.ids or named.unknown) else None
    return lead


def _run_in_assigns(text: str, known: fields.Known) -> bool:
    """After a run-in head, the sentence gives work to a body ("Bước 1 (cấp xã): Ủy ban nhân dân các xã thông báo …",
    "Về tín dụng: Ngân hàng … ưu tiên …"); not a label over a list of bodies ("Đối tượng giám sát: Ủy ban nhân dân
    tỉnh; Sở Tài chính; …"): the subject ends at its verb, not at a semicolon."""
    rest = _after_run_in(text)
    if rest is None:
        return False
    name = fields.name_only(rest)
    if text[:len(text) - len(rest)].rstrip().endswith(":") and _ACTOR_CLASS.match(fold(rest)):
        return name.strip(" .") != rest.strip(" .")  # "Trước khi thu hoạch: các hợp tác xã … | hoàn thành …"
    return ";" not in name and name.strip(" .") != rest.strip(" .") and _assigns(_Line(rest), known)


#: a level's label opening an item of a plan that splits each task by level ("Cấp tỉnh:", "Ở cấp xã:", "Tại cấp cơ sở:")
_LEVEL_LABEL = re.compile(r"^(?:(?:Ở|Tại|Đối với)\s+)?[Cc]ấp\s+(?:tỉnh|huyện|xã|thành phố|cơ sở|trung ương|bộ)\s*:\s*")
#: "Giao X …", "Đề nghị X …", "Yêu cầu X …": the sentence assigns work to X; "Riêng X …" singles X out of the bodies
#: of the items around it ("Riêng Ủy ban nhân dân đặc khu Lý Sơn bổ sung …")
#: … and the issuer asking in its own voice, by its kind alone ("Hiệp hội đề nghị Liên minh …", "UBND xã đề nghị …",
#: "Ban Thường vụ Hội trân trọng đề nghị …"; not "Sở Tài chính đề nghị …": a named body proposing)
#: … a company, a cooperative or a youth union so ("Công ty đề nghị Liên minh Hợp tác xã tỉnh giới thiệu …", "Hợp tác
#: xã đề nghị UBND xã …", "Tỉnh đoàn đề nghị …")
_OPENER = re.compile(r"^(?:(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành)\s+)?(?:Hiệp hội|Hội|Liên minh|UBND|Ủy ban nhân dân|Sở|"
                     r"Công ty|Hợp tác xã|HTX|Tỉnh đoàn)"
                     r"(?:\s+(?:tỉnh|thành phố|xã|phường|đặc khu))?\s+(?:trân trọng\s+|kính\s+)?(?=đề nghị|yêu cầu))?"
                     # … asked politely ("Kính đề nghị UBND các xã …", "Trân trọng đề nghị …")
                     r"(?:(?:[Kk]ính|[Tt]rân trọng)\s+(?=đề nghị))?"
                     r"(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị|[Yy]êu cầu|Riêng(?:\s+đối\s+với)?)\s+(?=\S)")
#: the same after the item's first sentence or clause ("…. Giao X chủ trì …", "…; giao X phối hợp với Y …", "Về thị
#: trường, giao X …")
_LATER_OPENER = re.compile(r"(?:[.;:,—–]\s+)(?P<s>(?:Giao|giao|Đề nghị|đề nghị|Yêu cầu|yêu cầu)\s+"
                           rf"(?=[{fields.CAPITAL}]|các\s|{fields.LOWER_TYPE}))")  # "…: giao sở Khoa học và Công nghệ chủ trì"


def _opened_by(text: str, known: fields.Known) -> str | None:
    """The bodies a sentence opens with, read by the grammar of names up to their verb or a colon, when the
    registry does not know them ("Giao Trung tâm Phục vụ hành chính công xã tiếp nhận …", "Đề nghị Viễn thông
    Thái Nguyên, Viettel Thái Nguyên cung cấp …", "Công chức Tài chính - Kế toán xã tham mưu …")."""
    opener = _OPENER.match(text)
    rest = text[opener.end():] if opener else text
    unit = _OWN_UNIT_DOES.match(rest)
    if unit and fields.name_only(rest).strip(" ,") == unit.group():  # the issuer's own unit, then its verb
        return unit.group()  # ("Văn phòng phối hợp với …", "Văn phòng tổng hợp kết quả …")
    if not _opens_with_body(rest):
        return None
    name = fields.name_only(rest.split(":")[0]).strip(" ,")
    if not name or len(name) >= 150:
        return None
    named = fields.match_agencies(name, known)
    return name if named.ids or named.unknown else None


_FIELD_LABEL = layout.FIELD_LABEL
_FIELD = re.compile(rf"^{layout.ROUTE_TAG}[(\[]?{layout.LINE_LABEL}\s*:\s*(?=\S)", re.I)  # ("[Chủ trì: X | …]" too)
#: a line that gives its item to its doers: "Giao: Ban Kinh tế chủ trì; phối hợp: Liên minh …; tháng 10/2026."
#: … or labelled as the item's share-out ("+ Phân công: Ban Phong trào tham mưu; Trung tâm … phối hợp.")
#: … or as the "6 rõ" rule names an item's doers ("- Rõ người: phòng Kinh tế làm; trưởng các làng cùng làm.")
_GIVEN_LINE = re.compile(rf"^(?:{layout.GIVEN})\s*:\s*(?=\S)", re.I)
#: … after the line's start, a clause's end or a bracket, or a dot or a bar between fields on one line, as a slide or a
#: card prints them ("Phụ trách: Phòng Thu mua · Phối hợp: … · Hạn: 30/9/2026", "Chủ trì: X | Thời hạn: Y"), or a space
#: before a capitalised label, as a task list's badges run on in a PDF's text ("Chủ trì: X Phối hợp: Y Hạn: 15/9/2026")
_FIELD_PART = re.compile(rf"(?:^{layout.ROUTE_TAG}\(?|;\s*|\.\s+|\(\s*|\s[{layout.FIELD_APART}]\s*|`|(?P<run>\s(?-i:(?=[{fields.CAPITAL}]))))(?P<label>{_FIELD_LABEL})"
                         r"\s*:\s*", re.I)
#: the value a badge's run-on label follows: a name or a time, or names apart by ";" (a cell's list: "Tiếp lửa: Phòng
#: X; Tổ Y<TAB>Đổ khuôn xong: …"), nothing of a sentence
_BADGE_VALUE = re.compile(r"[^.;:()\[\]\"“”]{1,80}(?:;\s*[^.;:()\[\]\"“”]{1,80}){0,4}")


def _field_parts(text: str, opened: bool = False) -> list[re.Match]:
    """The labelled fields of ``text`` (``_FIELD_PART``), a label run on after a space only right after another
    field's short value (a task list's badges: "Chủ trì: X Phối hợp: Y Hạn: …"; ``opened``: a label opened the line
    before ``text``), never inside a sentence."""
    parts: list[re.Match] = []
    for part in _FIELD_PART.finditer(text):
        if part.group("run") is not None and not (
                (parts or opened) and _BADGE_VALUE.fullmatch(text[parts[-1].end() if parts else 0:part.start()])):
            continue
        parts.append(part)
    return parts
#: another field after a separator, under a label of the document's own ("… — Cung cấp số liệu: …", "… · Ghi chú: …")
_OTHER_FIELD = re.compile(rf"\s[{layout.FIELD_APART}]\s+[{fields.CAPITAL}][^\W\d_]*(?:\s+[^\W\d_]+){{0,4}}\s*:\s")
#: what parts one field's value from the next
_FIELD_GAP = " ;.`" + layout.FIELD_APART


#: a line giving an item's work under its title ("Nội dung: …", "- Nội dung thực hiện: …")
#: … or asked plainly ("Làm gì: …", "Việc gì: …"), beside "Ai làm:" and "Bao giờ xong:"; or named so, as a memo box or
#: a slip labels the work it gives ("Việc: …", "Công việc: …")
_ASKED = r"làm gì|việc gì|(?:công\s+)?việc"
_WORK_ASKED = re.compile(rf"^\(?(?:{_ASKED})\s*:", re.I)
_CONTENT_LABEL = re.compile(rf"^\(?(?:nội dung(?:\s+(?:thực hiện|công việc|hoạt động))?|rõ việc|{_ASKED})\s*:", re.I)


def _is_field(para) -> bool:
    return (para.kind in ("", "bullet") and not para.children and len(para.text) < 400
            and bool(_FIELD.match(para.text)))


#: a line under an item that opens with its doer and the doer's role, nothing between ("- Phòng Kế hoạch thực hiện, năm
#: 2026.", "- Ban Giám đốc chủ trì, Công đoàn phối hợp, …", "- Đề nghị Liên minh HTX tỉnh chủ trì, …")
_ROLE_OPENS = re.compile(r"^(?P<who>[^,;:()]{3,120}?)\s+(?:chủ trì|thực hiện|phụ trách|đảm nhận|làm)(?=\s*(?:[,;.]|$))")


def _role_line(text: str) -> str | None:
    """A line under an item that only says who does it and when, without labels ("- Phòng Kế hoạch và Vật tư thực hiện,
    năm 2026.", "- Ban Giám đốc chủ trì, Công đoàn Công ty phối hợp, tổ chức mỗi năm một lần vào dịp cuối năm.", "- Đề
    nghị Liên minh Hợp tác xã tỉnh chủ trì, Phòng Tổng hợp cung cấp danh sách; thời gian: quý I/2026."): the same
    line as labels write it ("Chủ trì: X; phối hợp: Y; thời gian: Z"), the bodies after the first its partners; None
    when a clause is neither a body's nor a time (a line of work of its own)."""
    body = _OPENER.sub("", text.strip(), count=1).rstrip(" .")
    opens = _ROLE_OPENS.match(body)
    if opens is None or not _opens_with_body(opens.group("who")) \
            or fields.name_only(opens.group("who") + " chủ trì") != opens.group("who"):
        return None
    partners, times = [], []
    for clause in (c.strip(" .") for c in re.split(r"[,;]\s*", body[opens.end():]) if c.strip(" .")):
        clause = re.sub(r"^(?i:thời gian|thời hạn)\s*:\s*", "", clause)
        if fields.deadline(clause, cell=True).kind not in ("unspecified", "ambiguous"):
            times.append(clause)  # "năm 2026", "tổ chức mỗi năm một lần vào dịp cuối năm"
        elif _opens_with_body(clause) and fields.name_only(clause) != clause:
            partners.append(fields.name_only(clause))  # "Công đoàn Công ty phối hợp", "Phòng Tổng hợp cung cấp …"
        else:
            return None
    return _as_labels(opens.group("who"), partners, times[0] if times else None)


#: the work said first, then given to its doer in the passive ("Việc soạn … được giao cho Ban Kinh tế - Kỹ thuật, có Liên
#: minh Hợp tác xã tỉnh cùng tham gia; …", "… được giao cho Hội Làm vườn các xã, phường; Văn phòng Hội cùng tham gia
#: …"): the body up to the clause's end (a comma before a capital or "có" ends it; one before a word in lower case is
#: the name's: "các xã, phường")
_GIVEN_PASSIVE = re.compile(rf"\sđược giao(?:\s+cho)?\s+(?P<who>[{fields.CAPITAL}][^;.()]{{2,150}}?)"
                            rf"\s*(?=[;.]|,\s+(?:có\s|[{fields.CAPITAL}])|$)")
#: … and those who take part with it, in the clause after ("…, có Y cùng tham gia", "…; Y cùng tham gia …")
_TAKING_PART = re.compile(r"^\s*[,;]\s*(?:có\s+)?(?P<who>[^,;.()]{3,150}?)\s+cùng\s+(?:tham gia|làm|thực hiện|phối hợp)\b")


def _given_passive(text: str) -> dict[str, str]:
    """The lead (and partners) an item gives its work in the passive, after the work (``_GIVEN_PASSIVE``): {"lead":
    …, "coop": …}, or {} where it does not, or the one named is no body."""
    given = _GIVEN_PASSIVE.search(text)
    if given is None or not _opens_with_body(given["who"]) or _opens_with_body(text):
        return {}  # (not what a sentence's own doer is given: "Phòng X cân đối kinh phí … được giao cho Chi cục, …")
    partners = _TAKING_PART.match(text[given.end():])
    return {"lead": given["who"], **({"coop": partners["who"]} if partners and _opens_with_body(partners["who"]) else {})}


def _later_sentence(text: str) -> str | None:
    """The last sentence of a paragraph of two or more (a full stop, then a capital), or None for a paragraph of one."""
    sentences = re.split(rf"\.\s+(?=[{fields.CAPITAL}])", text.strip())
    return sentences[-1] if len(sentences) > 1 else None


def _slots_after(text: str, known: fields.Known) -> dict[str, str]:
    """The lead, partners and time an item's last sentence gives as three slots apart by spaced slashes ("… . Phòng Kinh
    tế / Công an phường / 31/8/2026", "… . Trung tâm X / không / khi hợp tác xã nộp hồ sơ"), read as a bracket of slots
    is (``_closing_roles``); {} otherwise."""
    last = _later_sentence(text)
    if last is None or last.count(" / ") != 2:
        return {}
    slotted = _closing_roles(f"({last.rstrip('.')})", known)
    if not slotted or len(slotted[0]) != 1 or set(slotted[3]) - {"deadline"}:
        return {}
    return {"lead": slotted[0][0], **({"coop": "; ".join(slotted[1])} if slotted[1] else {}),
            **({"deadline": slotted[3]["deadline"]} if slotted[3].get("deadline") else {})}


def _roles_after_colon(text: str) -> dict[str, str]:
    """The lead, partners and time an item names after the last colon of its work, where that clause only says who
    does it ("… : Ban Tổ chức - Kiểm tra làm, có Liên minh Hợp tác xã tỉnh giúp.", "…: Phòng X chủ trì, Y phối hợp"),
    as labelled fields would; {} otherwise."""
    head, colon, tail = text.rpartition(": ")
    if not colon or len(head) < 15 or head.count("(") != head.count(")"):
        return {}
    said = _role_line(re.sub(r"(,\s*)có\s+(?=\S)", r"\1", tail))  # "…, có Y giúp": Y helps
    given = {k: v for k, v in _item_fields([_Line(said)]).items() if k in ("lead", "coop", "deadline")} if said else {}
    # … and those the work names as its partners before the colon ("Phối hợp với Ngân hàng X hướng dẫn …: Phòng Y thực
    # hiện, tháng 9")
    partners = [m["coop"].strip() for m in fields.COOP.finditer(head) if _opens_with_body(m["coop"].strip())]
    if given and partners:
        given["coop"] = "; ".join([*partners, *([given["coop"]] if given.get("coop") else [])])
    return given


def _role_sentence(text: str) -> dict[str, str]:
    """The partners the last sentence of an item's paragraph names, where that sentence only says who does it and
    when (``_role_line``: "… . Phòng Kinh tế làm, Hội Nông dân xã giúp; xong trong tháng 9/2026.") or who helps
    ("… . Phòng Kế hoạch - Sản xuất hỗ trợ."): {"coop": …}; {} for a paragraph of one sentence or a last sentence of
    work. (Its lead and time the paragraph's own reading finds, its other partners with them.)"""
    last = _later_sentence(text)
    said = _role_line(last) if last is not None else None
    helping = layout.PARTNERS_SENTENCE.fullmatch(last.strip()) if last is not None and not said else None
    if helping and _opens_with_body(helping["who"]):  # "… . Phòng Kế hoạch - Sản xuất hỗ trợ.": the partners alone
        return {"coop": helping["who"]}
    # (its partners only: the lead and the time the paragraph's own reading finds, its other partners with them)
    return {k: v for k, v in _item_fields([_Line(said)]).items() if k == "coop"} if said else {}


def _as_labels(lead: str, partners: list[str], time: str | None) -> str:
    """An item's doers and time as a labelled line writes them ("Chủ trì: X; phối hợp: Y; thời gian: Z"), for
    ``_item_fields`` to read: a partners' clause for each phrase of ``partners``."""
    return "; ".join([f"Chủ trì: {lead}", *(f"phối hợp: {p}" for p in partners), *([f"thời gian: {time}"] if time else [])])


#: a stage's own number before its title ("Giai đoạn 1. ", "Bước 2: ", "Đợt 3 - ")
_STAGE_MARK = re.compile(r"^(?:Giai đoạn|Bước|Đợt|Phần|Công đoạn)\s+\d{1,2}\s*[.:\-–]\s*")


#: the arrows that part an item's work, its doers and its time ("… → P.KH-TM (chính), Trạm NL → xong 20/10/2026")
_ARROW = re.compile(r"\s*(?:→|⇒|->|=>)\s*")


def _arrowed(text: str) -> tuple[str, str | None] | None:
    """An item written "work → doers → time" (or "work → doers"): (its doers' phrase, its time or None), where what
    follows the first arrow opens with a body; else None."""
    parts = _ARROW.split(text.rstrip(" .;"))
    if len(parts) not in (2, 3) or not parts[0].strip() or not (
            _opens_with_body(parts[1]) or _opens_with_body(re.sub(r"^(?:đề nghị|giao)\s+", "", parts[1], flags=re.I))):
        return None  # … the doers maybe asked ("=> đề nghị Hội Nông dân xã chủ trì; …")
    return parts[1].strip(" ,;"), (parts[2].strip() or None) if len(parts) == 3 else None


def _timed_title(text: str) -> bool:
    """An activity's title that ends with its time in brackets, no sentence before it ("1. Khảo sát, lập danh sách
    thanh niên … (tháng 10/2026)", "7. Ngày hội … (nhân Ngày Hợp tác xã Việt Nam, 11/4/2027)"): an item of work."""
    text = _STAGE_MARK.sub("", text.rstrip())  # "Giai đoạn 1. Đặt bài toán (từ 15/7 đến 31/8/2026)": a stage's number
    if not text.endswith(")") or "(" not in text:
        return False
    bracket = text[text.rindex("(") + 1:-1]
    return not re.search(r"[.;:]\s", text[:text.rindex("(")]) and _reads_as_time(bracket)


def _reads_as_time(text: str) -> bool:
    """``text`` reads as a time in a time cell, with its year or without ("Tháng 7 - 8/2026", "trước 15/12": the
    placeholder year only lets a yearless one be read, never a date that is kept)."""
    return fields.deadline(text, cell=True, year=2000).kind != "unspecified"


def _doers_said(text: str, known: fields.Known, timed: bool = False) -> str | None:
    """The line under an activity's timed title that only says who does it, without labels, as labels write it
    ("Ban Phong trào chủ trì; Liên minh HTX tỉnh phối hợp." → "Chủ trì: Ban Phong trào; phối hợp: Liên minh HTX tỉnh",
    "Ban Tuyên giáo Tỉnh đoàn.", "Văn phòng tham mưu; Ban Phong trào phối hợp."), or None when it says more than who
    (a step's work under its title: "Hội Chữ thập đỏ các xã chủ trì, phối hợp với trưởng thôn tổ chức bình xét …").
    ``timed``: the line under an untimed title may also say when, after its bodies ("Ban quản lý chợ; trước
    30/11/2026.", "phòng Văn hóa - Xã hội chủ trì; Trạm Y tế phối hợp; tháng 11/2026.")."""
    said = _role_line(text)
    if said is not None:
        return said
    roles = _closing_roles(f"({text.strip().rstrip('.').strip()})", known)
    if roles is None or not roles[0] or any(fields.name_only(p) != p for p in roles[0] + roles[1]) \
            or (set(roles[3]) - {"deadline"} if timed else roles[3]):
        return None
    return _as_labels(", ".join(roles[0]), [", ".join(roles[1])] if roles[1] else [], roles[3].get("deadline"))


#: the marks that set an item's fields apart after its work, a dash or a bar ("… — Chủ trì: X", "… | Chủ trì: X"; not a
#: slash or a tilde, which a time or a name may hold)
_FIELDS_APART = layout.FIELD_APART.replace("/", "").replace("~", "")


def _inline_fields(text: str) -> dict[str, str]:
    """The labelled fields an item writes after its own sentence ("… . Chủ trì: X; phối hợp: Y. Thời gian: Z.") or
    after a dash or a bar that sets them apart ("… — Chủ trì: X. Phối hợp: Y."), or
    as tags in Markdown's code spans ("… `CT: X` `PH: Y` `Hạn: …`"): from the first label that follows a sentence's
    or a clause's end, or a code span's mark, only where a lead or a cooperating label is among them."""
    first = next((m for m in _FIELD_PART.finditer(text) if m.start() > 0 and (m.group(0)[:1] in ".;(`" or (
                  m.group(0)[:1].isspace() and m.group(0).lstrip()[:1] in _FIELDS_APART))  # ("… — Chủ trì: X. …")
                  and text.count("(", 0, m.start()) == text.count(")", 0, m.start())), None)  # not in brackets
    if first is None:
        return {}
    fields_text = text[first.start():]
    if fields_text.startswith("("):  # a bracket the fields open: "… (Đầu mối: X; tham gia: Y; hoàn thành: …).": to its end
        fields_text = fields_text[:fields_text.find(")")] if ")" in fields_text else fields_text
    given = _item_fields([_Line(fields_text.lstrip(".; " + _FIELDS_APART))])
    if "lead" not in given and first.group(0)[:1] not in ".;(`":
        return {}  # (after a dash or a bar, the fields the item closes with name its lead: "… · cùng: Y · hạn: …" after
        # a body unlabelled is a card's head, read as such)
    return {k: v for k, v in given.items() if k in ("lead", "coop", "deadline")}


def _quoted_together(text: str, phrases: list[str]) -> str | None:
    """The quote of phrases read from one paragraph ("X và Y" and "phối hợp theo phân công"): the stretch of the text
    from the first to the last where they follow one another closely (a verbatim quote), else the phrases parted by
    "; " as before."""
    pieces = [piece for phrase in phrases for piece in phrase.split("; ") if piece]
    at, spans = 0, []
    for piece in sorted(pieces, key=lambda p: text.find(p) if p in text else len(text)):
        found = text.find(piece, at)
        if found < 0 and spans and text.find(piece, spans[-1][0]) >= 0:
            found = text.find(piece, spans[-1][0])  # one phrase inside another ("Y" in "X và Y")
        if found < 0:
            return "; ".join(phrases) or None
        spans.append((found, found + len(piece)))
        at = max(at, found + len(piece))
    if not spans:
        return None
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    return text[start:end] if len(spans) > 1 and end - start <= 240 else "; ".join(phrases)


#: an item that opens with its code ("CV01. Ký hợp đồng …", "VT-03: Lắp đặt …")
_ITEM_CODED = re.compile(rf"^(?P<code>{tables.ITEM_CODE.pattern})\s*[.:)–-]?\s+(?=\S)")
#: a field's value that points to another item's ("Thực hiện: như trên", "Chủ trì: như mục 2", "Phối hợp: như nhiệm vụ
#: 3", "nt"): the ditto of a table's cell (``tables._DITTO``), typed in a labelled line
_AS_GIVEN = re.compile(r"^(?:(?:như|giống)\s+(?:trên|(?:ở\s+)?(?:mục|nhiệm vụ|việc|điểm|nội dung|hoạt động)\s+"
                       r"(?P<n>\d{1,2}(?:\.\d{1,2})*|[a-zđ]))|n\.?\s?t\.?|-\s*nt\s*-)$", re.I)


def _own_fields(para, siblings: list, labelled: dict, depth: int = 0) -> dict[str, str]:
    """``_item_fields`` of the item's labelled lines, a lead's or partners' value that points to another item's ("như
    trên": the item above that has one; "như mục 2": the item numbered so beside it) read as that item's."""
    own = _item_fields(labelled.get(id(para), []))
    for key in ("lead", "coop"):
        pointed = _AS_GIVEN.match(own.get(key, "").strip(" .;"))
        at = _list_facts(siblings)[0].get(id(para)) if pointed is not None and depth <= 8 else None
        if at is None:
            continue
        if pointed.group("n"):
            other = next((s for s in siblings[:at] if (s.ordinal or s.marker) == pointed.group("n")), None)
        else:
            other = next((s for s in reversed(siblings[:at]) if labelled.get(id(s))), None)
        given = _own_fields(other, siblings, labelled, depth + 1).get(key) if other is not None else None
        if given:
            own[key] = given
        else:
            del own[key]
    return own


def _led_by_label(para, labelled: dict[int, list]) -> bool:
    """The item carries its own labelled lead line ("Cơ quan chủ trì: …", "Chủ trì: …"), or its lead's label after
    its sentence ("… (Thực hiện: Phòng X; phối hợp: Y; thời hạn: …)"): it assigns work."""
    return (bool(labelled.get(id(para))) and "lead" in _item_fields(labelled[id(para)])) \
        or "lead" in _inline_fields(para.text)


#: an item's particulars under their labels, which name neither its doer nor its time (folded)
_PARTICULARS = {fold(label) for label in layout.PARTICULAR_LABELS}


#: a clause that opens as a time does, read or not ("từ 20 tháng Chạp", "dịp cao điểm Tết"), after a bracket's doers
_TIME_WORD = re.compile(r"(?:từ|trước|trong|sau|khi|đến|cuối|đầu|giữa|tháng|quý|năm|hằng|thường xuyên|dịp|mùa|vụ|cao điểm)"
                        r"(?=\s|$)", re.I)
#: the year a time printed without one ("xong trước 20/11") is read in where only whether a clause is a time is asked
_ANY_YEAR = 2000


def _time_clause(clause: str) -> bool:
    """A clause left unlabelled after the bodies that is a time, not a body ("tháng 9/2026", "trước 31/12/2026", or
    without its year, "xong trước 20/11", or before Tết, "trước Tết Nguyên đán")."""
    return (fields.deadline(clause, cell=True, year=_ANY_YEAR).kind not in ("unspecified", "ambiguous")
            or fields.says_before_tet(clause)) and not _opens_with_body(clause.strip())


#: the words partners are named after ("phối hợp", "phối hợp (chặt chẽ) với", "p/h", maybe with a colon)
_PARTNERS_WORD = r"(?:phối hợp|p/h|kèm(?!\s+theo\b))(?:\s+(?:chặt chẽ\s+)?với)?\s*:?\s+"  # "kèm Y": Y goes along
#: a clause that names partners after their role, no lead before it ("phối hợp Bưu điện tỉnh …", "p/h: Tỉnh đoàn")
_PARTNERS_LABEL = re.compile(rf"^{_PARTNERS_WORD}(?=\S)", re.I)


#: a full stop and the next sentence, which opens with a capitalised word and a word in lower case ("… Môi trường. Hoàn
#: thành …"; not a name's abbreviation, "TP. Hồ Chí Minh")
_SENTENCE_AFTER = re.compile(rf"\.\s+(?=[{fields.CAPITAL}][a-zà-ỹđ]*\s+[a-zà-ỹđ])")


#: a full stop and another sentence after a time's value, as a log or a radio call closes its line ("15/8/2026. Hết.")
_TIME_ENDS = re.compile(rf"\.\s+(?=[{fields.CAPITAL}])")


def _item_fields(lines: list) -> dict[str, str]:
    """What labelled lines say of their item: "lead", "coop" (printed names), "deadline", "output" (printed text).
    A "phối hợp" label names cooperating bodies, never a second lead."""
    out: dict[str, str] = {}

    def add(key: str, value: str | None) -> None:  # another line's names go on the same role's
        if value and key in ("lead", "coop"):  # … up to their sentence's end ("cùng chịu trách nhiệm: Sở X. Hoàn thành …")
            value = _SENTENCE_AFTER.split(value, maxsplit=1)[0]
        elif value and key == "deadline" and (end := _TIME_ENDS.search(value)) \
                and _time_clause(value[:end.start()]):  # … a time up to its sentence's end ("Báo lại trước: 15/8/2026.
            value = value[:end.start()]                 # Hết.")
        if value:
            out[key] = f"{out[key]}; {value}" if key in out else value

    for line in lines:
        text = line.text.strip()
        text = text[1:-1] if (text.startswith("(") and text.endswith(")")) or (text.startswith("[") and text.endswith("]")) \
            else text
        given_to = _GIVEN_LINE.match(text)
        if given_to:  # a line "Giao: X chủ trì; Y phối hợp; tháng 9/2026." under its work: each clause its role, the
            # clauses parted by ";" or by a sentence's full stop ("Giao: X chủ trì; Y phối hợp. Xong trong tháng 8/2025.")
            rest = text[given_to.end():]
            nxt = next(iter(_field_parts(rest, opened=True)), None)
            clauses = re.split(rf";|\.\s+(?=[{fields.CAPITAL}])", rest[:nxt.start()] if nxt else rest)
            for clause in (c.strip(" .") for whole in clauses for part in _roles_apart(whole) for timed in _time_apart(part)
                           for c in _lead_then_partner(timed) if c.strip(" .")):
                # a body invited, or said to take part ("…; mời Sở Xây dựng cử người hướng dẫn", "…, có phòng Văn hóa
                # - Xã hội tham gia"): a partner
                invited = _INVITED.match(clause)
                if invited and _opens_with_body(clause[invited.end():]):
                    rest = clause[invited.end():]
                    said = _ROLE.match(rest)
                    add("coop", (said.group("who") if said else fields.name_only(rest)).strip(" ,"))
                    continue
                joint = _WITH.match(clause)  # "X phối hợp Hợp tác xã Y": X leads, Y helps
                if joint and "lead" not in out and fields.starts_body(joint.group("who")) \
                        and _opens_with_body(joint.group("coop")):
                    add("lead", joint.group("who"))
                    add("coop", joint.group("coop"))
                    continue
                role = _ROLE.match(clause)
                partners = _PARTNERS_LABEL.match(clause)
                if _time_clause(clause):
                    add("deadline", clause)
                elif _TIME_WORD.match(clause) and not _opens_with_body(clause):
                    continue  # a time no calendar gives ("Trước vụ nhãn 2026"): never a body
                elif partners:  # "…; phối hợp Bưu điện tỉnh, Viettel …": the partners named after their role
                    add("coop", clause[partners.end():])
                elif role is None and (name := fields.name_only(clause)) and name != clause \
                        and clause.startswith(name) and (_opens_with_body(name) or fields.starts_body(name, named=False)):
                    # a body and its share of the work: the first leads ("X tổ chức, mời Y cử giảng viên", "X tham mưu,
                    # Z chuẩn bị khen thưởng"), a later one helps ("…; Văn phòng bảo đảm kinh phí, hậu cần"), and so do
                    # the bodies it names beside it ("cùng Y", "mời Y") or after a comma with a share of their own
                    add("coop" if "lead" in out else "lead", name)
                    add("coop", "; ".join(_partners_named(clause)))
                    second = re.search(rf",\s+(?=[{fields.CAPITAL}])", clause[len(name):])
                    other = fields.name_only(clause[len(name) + second.end():]) if second else None
                    if other and _opens_with_body(other) and other not in _partners_named(clause):
                        add("coop", other)
                elif role is None:
                    add("lead", clause)
                elif fold(role.group("role")) in ("chu tri", "thuc hien", "tham muu", "lam"):  # who advises leads, "X làm"
                    add("lead", role.group("who"))
                    add("coop", role.group("coop"))
                else:
                    add("coop", role.group("who"))
            text = rest[nxt.start():] if nxt else ""
        parts = _field_parts(text)
        for part, after in zip(parts, parts[1:] + [None]):
            value = text[part.end():after.start() if after else len(text)].strip(_FIELD_GAP)
            other = _OTHER_FIELD.search(value)
            if other:  # "Chịu trách nhiệm: X — Cung cấp số liệu: Y": a field of a label of its own ends X
                value = value[:other.start()].strip(_FIELD_GAP)
            if value.endswith(")") and value.count(")") > value.count("("):  # "Hạn chót: 30/11/2026)": the bracket
                value = value[:-1].strip(_FIELD_GAP)                          # the fields opened on the line above
            label = fold(part.group("label"))
            # a time left unlabelled after the bodies ("Giao: X chủ trì; phối hợp: Y; tháng 9/2026."): the item's time
            clauses = value.split(";")
            due = label.startswith(("thoi", "tien", "hoan thanh", "han", "xong", "ro thoi", "bao gio", "khi nao",
                                    "luc nao", "ngay nop", "ngay gui")) or label == "tg"
            while len(clauses) > 1 and not due and _time_clause(clauses[-1]):
                add("deadline", clauses.pop().strip(" ;."))
            glued = _glued_time(clauses[-1]) if not due and "deadline" not in out else None
            if glued is not None:  # "phối hợp: Phòng Bảo quản | Trước 20/12/2026": a time cell printed on after the
                add("deadline", clauses[-1][glued:].strip(" ;."))  # names, its tab lost
                clauses[-1] = clauses[-1][:glued]
            value = ";".join(clauses).strip(" ;.")
            if label in _PARTICULARS:
                continue  # "Địa điểm: …", "Nội dung: …": what the item is, not who does it or when
            if _NONE.fullmatch(fold(value)):
                continue  # "PH: không", "Phối hợp: không có": no one
            key = ("deadline" if due else
                   "output" if label.startswith(("san", "ket", "ro san", "ro ket", "hinh thuc san")) else
                   "coop" if "phoi hop" in label or label in ("tham gia", "p/h", "ph", "cung", "giup", "chung tay", "phu", "voi")
                   or label.endswith(" tham gia")  # "Cơ quan tham gia", "Đơn vị tham gia"
                   or label.startswith("cung ") or label.startswith("ai ") and label != "ai lam" and not
                   re.match(r"ai (?:thuc hien|phu trach|chiu trach nhiem|lo|chu tri)$", label)
                   else "lead")  # "p/h", "PH": phối hợp, typed short; "cùng làm": who works with the one in charge
            role = _ROLE.match(value) if key == "lead" else None
            joint = _WITH.match(value) if key == "lead" and role is None else None
            then = _LEAD_THEN_PARTNERS.match(value) if key == "lead" and role is None else None
            if then and fields.starts_body(then.group("who")) and not (joint and fields.starts_body(joint.group("who"))):
                add("lead", then.group("who"))  # "Bộ phận thực hiện: X, phối hợp Y": X leads, Y cooperates
                add("coop", then.group("coop"))
            elif joint and fields.starts_body(joint.group("who")):  # "Thực hiện: X phối hợp Y, Z", "X cùng Y"
                add("lead", joint.group("who"))
                add("coop", joint.group("coop"))
            elif role and fold(role.group("role")) == "chu tri" and role.group("coop"):
                add("lead", role.group("who"))  # "Thực hiện: X chủ trì, phối hợp Y" / "…, p/h Y": X leads, Y cooperates
                add("coop", role.group("coop"))
            elif key == "lead" and (said := _ROLE_THEN_WORK.match(value)) and fields.starts_body(said.group("who")):
                # "Cơ quan tham mưu: Hội Nông dân các xã có hồi thực hiện, gửi về Ban Kinh tế - Xã hội": the body before
                # its role leads; what it does then is the item's, the bodies it names so its partners
                add("lead", said.group("who"))
                add("coop", "; ".join(_partners_named(value[said.end():])) or None)
            elif key == "lead" and (_ROLES_AFTER.search(value) or _role_words_after(value)):
                # "Thực hiện: X (chủ trì); Y, Z (phối hợp)", "Đơn vị thực hiện: X chủ trì; Y": the roles written after
                # the names, the bodies after the lead its partners
                lead, coop = _roles_cell(value)
                add("lead", lead)
                add("coop", coop)
            else:
                add(key, value)
    return out


#: the doers run in before the colon of their work, their roles marked in brackets ("X (chủ trì), Y (phối hợp): …")
_MARKED_HEAD = re.compile(r"^(?P<head>[^:()]{3,150}\((?:chủ trì|chính)\)(?:[^:]{0,200}?))\s*:\s*(?=\S)", re.I)
#: the roles written after the names ("X (chủ trì); Y, Z (phối hợp)"), in a labelled line or a doers' cell
#: "(chính)", "(*)", "(đầu mối)": the main doer, the lead; "(tham gia)" a partner; a body that only receives what the
#: work yields, to know or decide on it ("Ban Tổng Giám đốc (nhận kết quả)", "Sở Công Thương (để biết)"): no doer
_ROLE_MARKS = r"chủ trì|phối hợp|chính|phụ|đầu mối|tham gia|\*"  # "(phụ)": the minor doer beside "(chính)", a partner
_ROLES_AFTER = re.compile(rf"\((?:{_ROLE_MARKS})\)", re.I)
_RECEIVER_MARK = re.compile(r"\(\s*(?:nhận (?:kết quả|báo cáo|sản phẩm)|để biết|để báo cáo|để b/c)\s*\)\s*[.;,]?\s*$", re.I)


#: a lead's clause, then its partners' with their role after them, parted by a comma ("phòng Kinh tế chủ trì, trưởng các
#: thôn phối hợp")
_LEAD_THEN_PARTNER = re.compile(r"^(?P<lead>[^,;]+?\s(?:chủ trì|làm chính))\s*,\s+(?P<partners>[^,;]+?\s(?:phối hợp|cùng làm|"
                                r"cùng thực hiện))$", re.I)


def _lead_then_partner(clause: str) -> list[str]:
    """``clause`` as the lead's and the partners' clauses where it is "X chủ trì, Y phối hợp", else whole."""
    both = _LEAD_THEN_PARTNER.match(clause.strip(" ."))
    return [both.group("lead"), both.group("partners")] if both else [clause]


def _time_apart(clause: str) -> list[str]:
    """A doer's clause and the time run on after it with a comma ("trưởng các thôn phối hợp, xong trước 20/11/2026"),
    apart; the clause alone when its last comma parts no time from a body's words."""
    head, comma, tail = clause.rpartition(",")
    if comma and head.strip() and _time_clause(tail.strip(" .")) and not _time_clause(head.strip(" ,")):
        return [head, tail]
    return [clause]


def _roles_apart(clause: str) -> list[str]:
    """A clause cut between two bodies' roles when each names its own ("X chủ trì, Y phối hợp"), else whole ("X tổ
    chức, mời Y cử giảng viên", "X chủ trì, cùng Y": the lead's own partners)."""
    pieces = _ROLES_APART.split(clause)
    return pieces if len(pieces) > 1 and all(_ROLE.match(p.strip(" .")) for p in pieces) else [clause]


def _role_words_after(cell: str) -> bool:
    """A doers' cell listing bodies by ";" with a role said after a name: "X; Y phối hợp", "X chủ trì; Y"; or two
    roles in one clause, parted by a comma after the lead's ("X chủ trì, Y phối hợp")."""
    parts = _role_clauses(cell)
    return len(parts) > 1 and any(re.search(r"\S\s+(?:chủ trì|phối hợp)$", part.strip(" .")) for part in parts)


def _role_clauses(cell: str) -> list[str]:
    """A doers' cell cut into its bodies' clauses: at ";", and at the comma after a lead's "chủ trì" before another
    body's role ("X chủ trì, Y phối hợp"; not "X chủ trì, phối hợp với Y", the lead's own partners) or after its
    bracketed mark ("X (chủ trì), Y, Z")."""
    return [part for part in _ROLE_CLAUSE_CUT.split(cell) if part.strip()]


#: the partners labelled inside a doer's cell, after the lead: "Chi cục PTNT; p/h: UBND các xã", "X, phối hợp: Y", or on
#: a line of their own ("Phòng Kinh tế hợp tác và Trang trại<br>Phối hợp: UBND xã Văn Chấn")
_COOP_LABELLED = re.compile(r"(?:[;,.]\s*|\s+)(?:phối hợp|p/h|ph|cùng(?:\s+với)?)\s*:\s*\S"
                            r"|[;,]\s*kèm\s+(?!theo\b)\S", re.I)  # … or "X; kèm Y" (those who go along)
#: the word that invites a partner to the work ("mời Sở Xây dựng cử người …")
_INVITE = r"mời\s+"
#: a lead, then its partners after a comma: "Văn phòng Hội, phối hợp với ban quản trị các hợp tác xã", "X, p/h: Y"
#: … the lead maybe with a bracket of its own ("Ban Tuyên giáo (sau đây gọi là Ban TG), phối hợp Báo Lạng Sơn")
_LEAD_THEN_PARTNERS = re.compile(rf"^(?P<who>(?:[^,;:()]|\([^(),;:]{{1,80}}\)){{3,150}}?)[,;]\s*(?:{_PARTNERS_WORD}|{_INVITE}|"
                                 # … or names them as those who take part ("X, với sự tham gia của Y")
                                 r"(?:với|có)\s+sự\s+(?:tham gia|phối hợp|hỗ trợ|giúp đỡ)\s+của\s+)"
                                 rf"(?P<coop>\S.*)$", re.I)  # … or invites them ("X, mời Y cử người viết …")
#: … or in square brackets, as a note before the list defines them ("… [Văn phòng chủ trì; PH: Ban X; T8/2026]"),
#: each field maybe a tag of its own ("… [CT: Phòng Nguyên liệu] [PH: Phòng Kế toán] [HẠN: 20/11/2026]"); or a group
#: of fields in braces, a bar between them, as a note or a template writes them ("{chính: X | phụ: Y | hạn: …}")
_CLOSING = re.compile(r"(?:\((?P<who>(?:[^()]|\([^()]{1,80}\)){3,300})\)|"
                      r"(?P<square>\[[^\[\]]{3,300}\](?:\s*\[[^\[\]]{2,300}\]){0,5})|\{(?P<curly>[^{}]{3,300})\})"
                      r"\s*(?:[.;](?:\s*/\s*\.)?)?\s*$")  # a parent in brackets in it
#: the tags of a run of square brackets, or the fields of a group in braces, and what parts them
_TAG = re.compile(r"\[([^\[\]]*)\]")
#: the punctuation that ends a sentence or a clause at the end of a text
_END_MARK = re.compile(r"[.;:!?…]\s*$")
#: a run of two tags or more opening an item, before its work ("[Chính: X] [Cùng: Y] [Xong: …] Rà soát …")
_OPENING_TAGS = re.compile(r"^\s*(?P<square>\[[^\[\]]{3,300}\](?:\s*\[[^\[\]]{2,300}\]){1,5})\s*(?=\S)")
_FIELD_BAR = re.compile(r"\s+\|\s+")
_ROLE = re.compile(r"^(?P<who>.+?)\s+(?P<role>chủ trì|thực hiện|phối hợp|(?-i:tham mưu|hướng dẫn|hỗ trợ|tham gia|tổ chức|giúp|kèm|(?<!cùng\s)làm))"
                   # … a helper's role maybe with what it helps in ("Hội LHPN phường phối hợp bình xét", "Trung tâm …
                   # hỗ trợ kỹ thuật"), a lead's with what it leads ("Ban công tác Mặt trận các xóm chủ trì hòa giải")
                   r"(?:(?<=hợp|trợ|trì)\s+(?!với\b|chặt\b)(?-i:[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}))?"
                   # … or whom it advises ("(Giao phòng Kinh tế tham mưu UBND xã)", "X tham mưu cho Chủ tịch UBND xã")
                   r"(?:(?<=mưu)\s+(?:cho\s+)?(?:UBND|Ủy ban nhân dân|Chủ tịch|Thường trực|Ban Thường vụ|Đảng ủy|Giám đốc|"
                   r"lãnh đạo)(?:\s+[^\s,;()]+){0,4})?"
                   r"(?:\s*,\s*(?:phối hợp|p/h)(?:\s+chặt chẽ)?(?:\s+với)?\s+(?P<coop>.+))?$", re.I)
#: a labelled lead's body, its role, then more of the work after a comma ("Thực hiện: Phòng Kinh tế chủ trì, gửi kết quả
#: về Văn phòng", "Cơ quan tham mưu: Hội Nông dân các xã thực hiện, báo cáo Ban Kinh tế")
#: (not its partners' clause after the comma: "X thực hiện, phối hợp Y"; nor a list of bodies: "X chủ trì; Y")
_ROLE_THEN_WORK = re.compile(r"^(?P<who>[^,;()]{3,120}?)\s+(?:chủ trì|thực hiện|tham mưu)"
                             r"(?=\s*,\s*(?!phối\b|p/h\b)[a-zà-ỹđ])", re.I)
#: a labelled doer with its partners after "phối hợp", "cùng" or "p/h", no role for the first ("Thực hiện: Phòng Chuyển
#: đổi số phối hợp VNPT Bắc Ninh, Viettel Bắc Ninh", "Thực hiện: Phòng QLKH&CN cùng Liên minh HTX tỉnh")
_WITH = re.compile(rf"^(?P<who>[^,;()]{{3,80}}?)\s+(?:phối (?:kết )?hợp|cùng|p/h)(?:\s+với)?\s+(?P<coop>[{fields.CAPITAL}].+)$")
#: a partner invited, or said to take part, opening a clause of the doers ("mời Sở Xây dựng cử người …", "có phòng Văn
#: hóa - Xã hội tham gia")
_INVITED = re.compile(rf"^(?:{_INVITE}|có\s+)(?=\S)")
#: a bracket's clause of partners after its lead's, the role first ("(Phòng Kỹ thuật; phối hợp UBND các xã; …)")
_THEN_PARTNERS = re.compile(rf"^(?:{_PARTNERS_WORD}|cùng(?:\s+với)?\s+)(?P<coop>\S.*)$", re.I)  # … or "cùng Y"
#: a bracket's clause of a body beside the lead that sends its people to the work ("(phòng Kinh tế; Ủy ban MTTQ xã cử
#: người dự và giám sát)", "…; Trạm Y tế cử cán bộ hỗ trợ"): it takes part
_SENDS = re.compile(r"^(?P<who>.+?)\s+cử\s+(?:người|cán bộ|đại diện|chuyên gia|kỹ thuật viên)\b(?:\s+[a-zà-ỹđ]+){0,6}$")
#: the assigning verb a bracket may open with ("(Giao: X chủ trì; …)", "(Giao Sở X chủ trì, phối hợp với Y; …)")
#: … or the body asked ("(đề nghị PGD NHCSXH khu vực …; Hội LHPN phường phối hợp …; quý III/2026)")
_GIVEN_TO = re.compile(rf"^(?:[Gg]iao|[Đđ]ề nghị)(?:\s+cho)?(?:\s*:\s*|\s+)(?=[{fields.CAPITAL}]|các\s|trưởng\s|{fields.LOWER_TYPE})")  # ("(Giao phòng Kinh tế chủ trì, …)")
#: a bracket's clause that asks or invites a body beside the lead ("đề nghị Liên minh HTX thành phố hỗ trợ", "mời Liên
#: minh HTX thành phố cử cán bộ tư vấn"), the body and what it is asked for after it (not one invited to attend:
#: ``_GUESTS``)
_ASKED_BESIDE = re.compile(rf"^(?:đề nghị|mời)\s+(?P<who>(?=[{fields.CAPITAL}]|{fields.LOWER_TYPE}).+)$")
#: the comma between a lead's and another body's role in one clause ("(X chủ trì, Y phối hợp)", "(X tham mưu, Y phối
#: hợp)", "(giao X thực hiện, Y hỗ trợ kỹ thuật)"), not the one before the lead's own "phối hợp với Y"
_ROLES_APART = re.compile(r"(?:(?<=chủ trì)|(?<=tham mưu)|(?<=thực hiện)|(?-i:(?<=tổ chức))|(?-i:(?<=\slàm)(?<!cùng\slàm))"
                          # … the lead's role maybe with what it leads ("X chủ trì hòa giải, Y phối hợp"): the work's words
                          r"|(?<=chủ trì)(?:\s+(?-i:[a-zà-ỹđ]+)){1,3}),\s+(?!phối hợp\b)", re.I)
#: where a bracket's clauses part: at ";" and between two bodies' roles (``_closing_roles``); a doers' cell's also after
#: a lead's bracketed mark ("X (chủ trì), Y, Z": ``_role_clauses``)
_CLAUSE_CUT = re.compile(rf";|{_ROLES_APART.pattern}|,\s+(?=cùng\s+(?:với\s+)?\S)", re.I)  # … and "X, cùng Y"
_ROLE_CLAUSE_CUT = re.compile(rf"{_CLAUSE_CUT.pattern}|(?:(?<=\(chủ trì\))|(?<=\(chính\))|(?<=\(\*\))|(?<=\(phối hợp\))|(?<=\(phụ\))"
                              r"|(?<=\(để biết\))),\s+", re.I)
#: a bracket's doers as a lead and its partners parted by a slash ("(KT/ND)", "(KT/VP, CA)", "(KT/HTX Hoa cây cảnh Xuân
#: Quan)"), a notation a commune's plan explains in its legend ("đơn vị đứng trước dấu gạch chéo (/) chủ trì …")
_LEAD_SLASH = re.compile(r"^(?P<lead>[^/;,()\d]{1,80}?)\s*/\s*(?P<rest>[^/;()\d]{1,200})$")
#: a slot left empty, as a table's or a bracket's "-" says it ("không có đơn vị phối hợp"), or a field's "không" ("PH:
#: không", "Phối hợp: không có")
_NONE = re.compile(r"\s*(?:[-–—x0]|(?i:không|khong)(?: (?:có|co))?)?\s*")
#: roles a bracket gives a body beside the lead ("Y phối hợp", "Y hướng dẫn", "Y hỗ trợ", "Y tham gia"): it cooperates
#: (the last three only in lower case: "Ban Kế hoạch - Hỗ trợ" is a name)
_HELPS = ("phoi hop", "huong dan", "ho tro", "tham gia", "giup", "kem")  # "(X chủ trì, Y giúp)", "(X làm, Y kèm)": Y helps


def _names_only(phrase: str, known: fields.Known, listed: bool = False, slot: bool = False) -> bool:
    """``phrase`` is nothing but bodies' names: no verb after them, no other words before them. ``listed``: the
    names a role is given to ("Văn phòng chủ trì"), a list as a label's, so a one-word unit of the issuer is one;
    ``slot`` (and ``listed``): the phrase fills a name's slot (a bracket's doers), so a class picked by its members
    stays as printed ("(UBND các xã có rừng; …)")."""
    phrase = phrase.strip()
    if phrase and all(p in known.initials for p in re.split(r"\s*,\s*|\s+và\s+", phrase)):
        return True  # the document's own short names for bodies ("KT", "KT, ND" after its legend "KT - phòng Kinh tế")
    if not phrase or fields.name_only(phrase, which=not (listed or slot)) != phrase or not _opens_with_body(phrase):
        return False
    named = fields.match_agencies(phrase, known, listed)
    return bool(named.ids or named.unknown)


#: the assignment written as the item's last clause after its sentence, labelled by the verb that gives it or as a
#: doer's field: "…. Giao: Sở X chủ trì, phối hợp với Y; thời gian: …", "…. Đơn vị thực hiện: X chủ trì, Y phối hợp"
#: … or "Giao" without its colon, the bodies and their roles after it ("…. Giao công chức X thực hiện, Y phối hợp.")
_GIVEN_TAIL = re.compile(r"(?<=[.;])\s+(?:(?:Giao|(?:Cơ quan|Đơn vị) (?:thực hiện|chủ trì))\s*:\s*"
                         r"|(?P<bare>Giao(?:\s+cho)?\s+)(?=[^:;()]{3,150}?\s(?:chủ trì|thực hiện)\b)"
                         # … or the last clause giving it to a body, its time or role after a comma ("…; giao Ban Gia
                         # đình - Xã hội, trước ngày 15 tháng Mười Một.", "…; giao Văn phòng Hội, xong trước …", "…; giao
                         # Ban Phong trào làm đầu mối, …")
                         rf"|(?P<last>giao(?:\s+cho)?\s+)(?=[{fields.CAPITAL}][^:;()]{{2,120}}?(?:,|\s(?:làm đầu mối|phối hợp)\b|\.?$))"
                         # … or in the passive, a sentence of its own ("…. Việc này được giao cho X, với sự tham gia của
                         # Y; hoàn thành …", "Phần việc này được giao cho X")
                         rf"|(?P<passive>(?:(?:Phần\s+)?[Vv]iệc|Nhiệm vụ|Nội dung)(?:\s+này)?\s+được\s+giao\s+cho\s+)"
                         rf"(?=[{fields.CAPITAL}]|các\s))"
                         r"(?P<tail>[^()]{3,400})$")


#: an item whose doers' bracket is followed by its time after a spaced dash ("… (X; Y) - quý I", "… (X) – trước 31/3")
_BRACKET_THEN_TIME = re.compile(r"^(?P<item>.*\([^()]{3,200}\))\s+[-–—]\s+(?P<time>[^()\-–—]{2,40})$")
#: … and whose doers, with a role named, follow its work after a spaced dash, last ("… — phòng X chủ trì, Y phối hợp")
_ROLES_AFTER_DASH = re.compile(r"^(?P<item>.+?)\s[–—]\s(?P<who>[^–—()]{3,200})$")
#: … or its lead alone after a dash (or two hyphens, as a dash is typed), its partners in a bracket after a plus sign,
#: its time after a colon ("… vùng nguyên liệu -- Sở Nông nghiệp và Môi trường (+ UBND các xã, Liên minh Hợp tác xã
#: tỉnh): quý I/2027", "… — Sở Tài chính: trước 31/12/2026")
#: … or the doers between two spaced dashes, then the time ("… — Phòng X & Liên minh HTX tỉnh — 31/10/2026")
_DOERS_THEN_TIME = re.compile(r"^(?P<item>.+?)\s[–—]\s(?P<who>[^–—()]{3,300}?)\s[–—]\s(?P<time>[^–—]{2,80})$")
_LEAD_AFTER_DASH = re.compile(r"^(?P<item>.+?)\s(?:--|[–—])\s(?P<lead>[^–—()+:;]{3,150}?)\s*"
                              r"(?:\(\s*\+\s*(?P<coop>[^()]{3,300}?)\s*\))?\s*(?::\s*(?P<time>[^:()–—]{2,80}))?$")


def _bracket_leads(text: str, known: fields.Known) -> bool:
    """The item names its lead in a bracket after its work: "… (Giao: Ban Kinh tế chủ trì; … phối hợp; thời gian: …)",
    or a square one of labelled fields ("… [Đơn vị chủ trì: X | Đơn vị phối hợp: Y | Thời hạn: …]"), or a group of
    them in braces ("… {chính: X | hạn: …}")."""
    closing = _closing_roles(text, known) if text.rstrip(" .;").endswith((")", "]", "}")) else None
    return bool(closing and closing[0])


def _given_after(text: str, known: fields.Known) -> bool:
    """The item gives its work in a labelled sentence after it, to a body: "… . Giao: Văn phòng Hội, phối hợp với …;
    thời gian: …"."""
    tail = _GIVEN_TAIL.search(text)
    if tail is None:
        return False
    first = re.split(r"[;,]", tail.group("tail"), maxsplit=1)[0]
    named = fields.match_agencies(fields.name_only(first.strip()), known)
    return bool(named.ids or named.unknown)


#: "according to their remit", after the bodies a clause names: "X, Y theo chức năng, nhiệm vụ (được giao)"
_BY_REMIT = re.compile(r"\s+theo (?:đúng )?chức năng,? nhiệm vụ(?: được giao)?(?: của (?:mình|đơn vị))?\s*$")


#: a due day mentioned with "@" at the end of a doer's field ("… — Nhóm Vận hành @31/03/2026")
_MENTIONED_DAY = re.compile(rf"\s*{fields.DAY_MENTION}(?:/\d{{4}})?\s*$")


#: the words a time opens with ("Trước", "Xong trước", "Tháng", "Quý", "Từ", "Trong", "Hằng", "Thường xuyên", "Chậm
#: nhất", "Năm", "Đầu", "Cuối", "Suốt", "Ngày", "Vào tháng"), folded
_TIME_OPENS = re.compile(r"(?:truoc|xong|hoan thanh|han|thang|quy|tuan|nam|tu|trong|den|hang|thuong xuyen|cham nhat|"
                         r"dau|cuoi|giua|suot|ngay|dot|dinh ky|moi|vao (?:thang|quy|ngay|dip|cuoi|dau|giua))\b")


def _glued_time(who: str) -> int | None:
    """Where a time run on after a field's names starts, with no mark between ("Phòng A, Phòng B Trước 15/10/2026",
    "Xưởng C Từ 01/11 đến 31/01/2027", "(Phòng Đăng ký kinh doanh) Tháng 9/2026", "… Sở X Thường xuyên": a table's last
    columns kept on one line, a time cell whose tab was lost): the shortest tail that opens with a capital and reads as
    a time (any year); None where none does."""
    for start in reversed([m.start() + 1 for m in re.finditer(rf"\s(?=[{fields.CAPITAL}])", who)]):
        tail = who[start:]
        if len(tail) <= 60 and not re.search(r"[(;]", tail) and _TIME_OPENS.match(fold(tail)) and _time_clause(tail):
            return start
    return None


def _dashed_doer(text: str) -> tuple[str, str | None] | None:
    """An item written "work – doer (phối hợp: Y, Z) – time", its fields apart by spaced dashes (an en or em dash: a
    hyphen joins a name's parts, "Văn hóa - Xã hội"), or its time after a semicolon ("work — doer; quý II."): the doer
    as printed and its partners, or None."""
    parts = re.split(r"\s[–—]\s", text.rstrip(" .;"))
    # the work, the doer, maybe the time last ("… – X – quý III/2026", "… – X"): no more fields than that
    if len(parts) not in (2, 3) or (len(parts) == 3 and (len(parts[2]) > 60
                                                     or fields.deadline(parts[2], cell=True).kind == "unspecified")):
        return None
    who = _MENTIONED_DAY.sub("", parts[1]).strip()  # its due day after "@" ("— Nhóm Vận hành @31/03/2026"): a time
    glued = _glued_time(who) if len(parts) == 2 else None
    if glued is not None:
        who = who[:glued].rstrip(" ,;")
    head, _, tail = who.rpartition(";")
    # its time after a semicolon ("… — Trung tâm Khuyến nông; quý II."), read for its shape alone (any year): no body
    shape = fields.deadline(tail, cell=True, year=2000).kind if head and len(parts) == 2 else "unspecified"
    if shape not in ("unspecified", "ambiguous"):
        who = head.strip()
    helper = re.search(r"\(\s*(?:phối hợp|đơn vị phối hợp)\s*:?\s*(?P<coop>[^()]+)\)\s*$", who, re.I) \
        or re.search(r"\s+cùng\s+(?:với\s+)?(?P<coop>\S.*)$", who)  # "— Nhóm Hạ tầng cùng UBND phường A, UBND phường B"
    name = who[:helper.start()].strip() if helper else who
    if not name or len(name) > 150 or not _body_name(name, places=False):
        return None
    if helper is None and ", " in name:
        # bodies listed with no role word ("— Phòng A, Phòng B, HTX C"): the one named first leads, the others take
        # part, as a cell of bodies a line each is read
        first, rest = name.split(", ", 1)
        if _body_name(first, places=False) and all(_body_name(n, places=False) for n in rest.split(", ")):
            return first, rest
    return name, helper.group("coop").strip() if helper else None


def _dashed_roles(text: str, known: fields.Known) -> tuple[list[str], list[str]] | None:
    """An item written "work - doers with their roles - time", the fields apart by spaced dashes or by hyphens typed for
    them ("… - P.KT thực hiện, mời Công ty X hỗ trợ - trước 30/11/2026", "… – Phòng A chủ trì, Phòng B phối hợp –
    quý I/2027"): the leads and partners the middle field gives, read as a closing bracket's ("(X thực hiện, mời Y hỗ
    trợ)"); the last field must be a time and the middle one the doers alone (a hyphen also joins a name's parts,
    "Văn hóa - Xã hội": the field is the longest run before the time that reads so); after one spaced dash the time may
    follow the doers after a semicolon ("… — Đầu mối: X; phối hợp: Y; thời hạn: quý IV/2026"). None for any other
    item."""
    parts = re.split(r"\s[-–—]\s", text.rstrip(" .;"))
    once = re.fullmatch(r"(?P<work>.+?)\s[–—]\s(?P<who>[^–—]+?);\s*(?P<time>[^;]{2,80})", text.rstrip(" .;"))
    if len(parts) == 2 and once and _time_clause(once.group("time")):
        parts = [once.group("work"), once.group("who"), once.group("time")]
    if not 3 <= len(parts) <= 12 or len(parts[-1]) > 80 or not _time_clause(parts[-1]) \
            or re.search(r"\b(?:chủ trì|phối hợp|thực hiện)\b", parts[-1], re.I):
        return None  # (a paragraph of many dashes is no such item: each run tried is read again; a last field that
        # gives roles is no time: "… - Ban Kinh tế - Xã hội phối hợp Y thực hiện thường xuyên")
    for start in range(1, len(parts) - 1):
        middle = " - ".join(parts[start:-1]).strip()
        if len(middle) > 200:
            continue
        said = _closing_roles(f"… ({middle})", known)
        if said and said[0] and not said[3]:
            return said[0], said[1]
    return None


#: the fields of an item typed on one line apart by spaced slashes, "work / doers / time" (the time maybe left empty:
#: "… / HTX X /"), as a list typed in a hurry or copied from a sheet keeps its columns
_SLASH_APART = re.compile(r"\s/(?=\s|$)")
#: the role words that close a doers' field after its partners ("…, Y phối hợp", "Y cùng tham gia", "Y cùng")
_HELPERS_END = re.compile(r"\s+(?:cùng\s+)?(?:phối hợp|tham gia|thực hiện)$|\s+cùng$", re.I)


#: the doers in brackets that open an item, its work after them in capitals ("(Phòng Kinh tế) Rà soát …", "(Công an
#: xã chủ trì, Phòng Kinh tế phối hợp) Kiểm tra …"), or in square brackets as a note or a chat tags a line with who
#: does it, the work after them in either case ("[Phòng Kinh tế] rà soát …", "[Trạm Y tế xã] Tập huấn …")
_OPENING_DOERS = re.compile(rf"^(?:\((?P<who>[^()]{{3,150}})\)\s+(?=[{fields.CAPITAL}])|\[(?P<tag>[^\[\]]{{2,150}})\]\s*(?=\w))")


def _slashed_doers(text: str) -> tuple[str, str | None] | None:
    """An item written "work / doers / time" ("Tổng hợp … / Tổ mua chung chủ trì, các HTX thành viên / trước 05/9"):
    its lead and partners as the doers' field gives them, the one marked "chủ trì" or else the one named first leading
    ("Tổ kỹ thuật, Chi cục … phối hợp", "Ban điều hành; UBND xã A, UBND xã B cùng tham gia"); None when the item is not
    three fields so, the last a time or empty."""
    parts = [p.strip() for p in _SLASH_APART.split(text.strip().rstrip(".;").rstrip())]
    if len(parts) != 3 or not parts[0] or not parts[1] or len(parts[1]) > 200 \
            or (parts[2] and (len(parts[2]) > 80 or not re.match(rf"[\w{fields.CAPITAL}]", parts[2]))):
        return None
    who = _HELPERS_END.sub("", parts[1])
    helped = who != parts[1]
    lead, coop, _ = _cell_roles(who)
    if not lead or not fields.starts_body(lead.split(", ")[0], named=False):
        return None
    if coop is None and ", " in lead:  # no role marked ("Tổ kỹ thuật, các HTX có mã số"): the first named leads
        lead, coop = lead.split(", ", 1)
    if coop is not None and not helped:
        coop = fields.name_only(coop)  # "các HTX thành viên gửi số liệu": the partners, not what they send
    return lead, coop or None


def _caps_lead(phrase: str) -> list[str] | None:
    """The bodies of a list that sets its lead apart by writing it in capitals, as a ward or a commune types it where
    it cannot print bold ("Trung tâm Phục vụ hành chính công phường, PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"): [the body in
    capitals, then the others as printed], where exactly one run of words in capitals (two words or more) stands
    among names that are not; else None."""
    parts = [p for p in re.split(r"\s*[,;]\s*", phrase.strip(" .;,")) if p]
    capital = [bool(re.search(r"[^\W\d_]", p)) and p.upper() == p and not re.fullmatch(r"\S{1,8}", p) for p in parts]  # no
    # initialism alone ("UBND", "HTX")
    runs, at = [], 0
    while at < len(parts):
        if capital[at]:
            end = at
            while end + 1 < len(parts) and capital[end + 1]:
                end += 1
            runs.append((at, end))
            at = end + 1
        else:
            at += 1
    if len(runs) != 1 or all(capital) or sum(len(p.split()) for p in parts[runs[0][0]:runs[0][1] + 1]) < 2:
        return None
    start, end = runs[0]
    whole = re.search(r"\s*[,;]\s*".join(map(re.escape, parts[start:end + 1])), phrase)
    return [whole.group() if whole else ", ".join(parts[start:end + 1]), *parts[:start], *parts[end + 1:]]


def _closing_roles(text: str, known: fields.Known) -> tuple[list[str], list[str], int, dict[str, str]] | None:
    """Leads named at the end of an item, in brackets: "(Sở Tài chính chủ trì, phối hợp với Sở Nội vụ)", "(Văn
    phòng Sở thực hiện)", "(Ban A chủ trì; Ban B phối hợp)", "(Ban A; Bộ B phối hợp)", "(Ban Hợp tác quốc tế)", also
    beside the item's other fields ("(Trung tâm X chủ trì, phối hợp với Y; thời gian: quý III/2024)"), after the
    verb that assigns them ("(Giao: X chủ trì; Y phối hợp; thời gian: …)", "(Giao X chủ trì, phối hợp với Y; hoàn
    thành trước …)"), two roles in one clause ("(X chủ trì, Y phối hợp)"), a body beside the lead that guides,
    supports or takes part ("Y hướng dẫn", "Y hỗ trợ", "Y tham gia": cooperating): (lead phrases,
    cooperating phrases, where the bracket starts, the fields as labelled lines give them), or None when the bracket
    is a remark."""
    match = _CLOSING.search(text)
    if not match:
        short = re.search(r"\((?P<who>[^()\s]{1,2})\)\s*[.;]?\s*$", text)  # "(KT)": a short name the document defines
        return ([short.group("who")], [], short.start(), {}) if short and short.group("who") in known.initials else None
    leads, coops = [], []
    labelled = []
    # "(Giao: X chủ trì; …)": the verb that assigns
    # a run of tags, or a group in braces: a field each, whatever lists its values hold ("[PH: X; Y]")
    # (a tag's fields maybe apart by bars, as a group in braces: "[ĐVCT: X | ĐVPH: Y | TGHT: …]")
    fielded = [own_labels.in_fields(f.strip(), known.own) for t in _TAG.findall(match.group("square") or "")
               for f in _FIELD_BAR.split(t) if f.strip() and not re.fullmatch(r"[^:]{1,40}:\s*", f.strip())] \
        or [own_labels.in_fields(f.strip(), known.own) for f in _FIELD_BAR.split(match.group("curly") or "") if f.strip()]
    inside = match.group("who") or "; ".join(fielded)
    inside = _GIVEN_TO.sub("", own_labels.in_fields(inside.strip(), known.own))
    fielded = fielded if len(fielded) > 1 and all(_FIELD.match(f) for f in fielded) else []
    plus = re.match(r"^\+\s*(?P<who>\S.*)$", inside.strip())
    if plus and all(_names_only(p, known, listed=True) for p in re.split(r"\s*;\s*", plus.group("who").strip(" ."))):
        # "(+ Liên minh Hợp tác xã tỉnh; Phòng Kinh tế các xã)": the bodies added to the doer the item opens with
        return [], [plus.group("who").strip(" .")], match.start(), {}
    slashed = _LEAD_SLASH.match(inside)
    if slashed and _names_only(slashed.group("lead"), known, listed=True, slot=True) \
            and all(_names_only(p, known, listed=True, slot=True) for p in slashed.group("rest").split(",")):
        # "(KT/VP, CA)": the lead before the slash, its partners after it, as the document's own notation writes them
        return [slashed.group("lead").strip()], [slashed.group("rest").strip()], match.start(), {}  # as printed
    slots = re.split(r"\s+/\s+", inside)
    if len(slots) == 3 and _names_only(slots[0], known, listed=True, slot=True) \
            and (_NONE.fullmatch(slots[1]) or all(_names_only(p, known, listed=True, slot=True) for p in slots[1].split(","))) \
            and (fields.deadline(slots[2], cell=True, year=_ANY_YEAR).kind != "unspecified" or _TIME_WORD.match(slots[2])):
        # "(PKD / PTC / trước 15/10/2026)", "(NM / - / khi có ổ dịch)": the lead, its partners ("-" for none) and the
        # time, in that order, each apart by a spaced slash, as the document's note on reading its brackets says
        partners = [] if _NONE.fullmatch(slots[1]) else [slots[1].strip()]
        return [slots[0].strip()], partners, match.start(), _item_fields([_Line(f"thời gian: {slots[2].strip()}")])
    roled = False
    for clause in fielded or (c.strip() for c in _CLAUSE_CUT.split(inside)):
        if _FIELD.match(clause):  # "thời gian: quý III/2024", "sản phẩm: …", "cơ quan chủ trì: …"
            labelled.append(clause)
            continue
        if (leads or labelled) and not _opens_with_body(clause) \
                and (fields.deadline(clause, cell=True, year=_ANY_YEAR).kind != "unspecified" or _TIME_WORD.match(clause)):
            # "…; hoàn thành trong quý III/2024)", "…; từ 20 tháng Chạp)", after a labelled lead ("[CT: X; hạn …]")
            labelled.append(f"thời gian: {clause}")
            continue
        clause = _BY_REMIT.sub("", clause)  # "X, Y theo chức năng, nhiệm vụ": X and Y
        asked = _ASKED_BESIDE.match(clause) if leads else None
        if asked and not _GUESTS.search(asked.group("who")) \
                and _names_only(fields.name_only(asked.group("who")), known, listed=True):
            # a body asked or invited beside the lead ("(Giao phòng Kinh tế chủ trì; đề nghị Liên minh HTX hỗ trợ)",
            # "(Giao X; mời Liên minh HTX cử cán bộ tư vấn)"): it cooperates
            coops.append(fields.name_only(asked.group("who")).strip(" ,"))
            roled = True
            continue
        then = _LEAD_THEN_PARTNERS.match(clause)  # "Văn phòng Hội, phối hợp với ban quản trị các hợp tác xã"
        if then and not leads and _names_only(then.group("who"), known, listed=True):
            leads.append(then.group("who"))
            coops.append(then.group("coop"))
            roled = True
            continue
        sent = _SENDS.match(clause) if leads else None
        if sent and _names_only(sent.group("who"), known, listed=True):
            coops.append(sent.group("who"))
            roled = True
            continue
        first = _THEN_PARTNERS.match(clause)  # "(X; phối hợp Y, Z; quý I/2026)": the lead's partners, said after it
        if first and leads and _names_only(first.group("coop"), known, listed=True):
            coops.append(first.group("coop"))
            roled = True
            continue
        role = _ROLE.match(clause)
        roled = roled or role is not None
        who = role.group("who") if role else clause
        if role and leads and fold(role.group("role")) in _HELPS:
            who = _INVITED.sub("", who, count=1)  # "(X chủ trì, có Y tham gia; …)": Y takes part
        together = _WITH.match(clause) if role is None and not leads else None
        if together and _names_only(together.group("who"), known, listed=True) \
                and _names_only(together.group("coop"), known, listed=True):
            leads.append(together.group("who"))  # "(Ban Kiểm tra Hiệp hội cùng Phòng Cảnh sát giao thông …; …)"
            coops.append(together.group("coop"))
            roled = True
            continue
        if role and not leads and fold(role.group("role")) == "thuc hien" and _ACTOR_CLASS.match(fold(who)):
            leads.append(who)  # a class of economic actors does it: "(các HTX vận tải hội viên thực hiện; …)"
            continue
        if not _names_only(who, known, listed=role is not None, slot=True):
            if role and leads and fold(role.group("role")) in _HELPS:
                continue  # "(X chủ trì, các cơ quan liên quan phối hợp)": the lead stands, no body is named beside it
            return None
        if role and fold(role.group("role")) in _HELPS[1:] and not leads:
            return None  # "(Sở Tài chính hướng dẫn)" alone: how the work is done, not who leads it
        if role and fold(role.group("role")) in _HELPS:
            coops.append(who)
        else:
            leads.append(who)
        if role and role.group("coop"):
            coops.append(role.group("coop"))
    given = _item_fields([_Line(c) for c in labelled])
    capped = _caps_lead("; ".join(leads + coops)) if not roled else None
    if capped:  # "(Trung tâm …, PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ; …)": the one body written in capitals leads
        leads, coops = [capped[0]], capped[1:]
        given["review"] = message("imp_lead_in_capitals", lead=capped[0])
    if not roled and not coops and not given and len(leads) == 2:
        # no role said, the bodies in two groups ("(Sở Công Thương; Liên minh HTX tỉnh, Sở NN&MT)"): the body named
        # first leads, the others cooperate — the common convention, which plans state in a note ("đơn vị ghi trước
        # là đơn vị chủ trì"), said for review
        leads, coops = leads[:1], leads[1:]
        given["review"] = message("imp_first_leads_bracket", lead=leads[0])
    leads += [given.pop("lead")] if "lead" in given else []
    coops += [given.pop("coop")] if "coop" in given else []
    if not leads and not coops:
        return None
    return leads, coops, match.start(), given


def _forms(siblings: list) -> dict[int, "layout.Para"]:
    """Tasks given as forms of labelled lines and nothing else, the work labelled among them as the doers and the time
    are ("Gửi: Ban Nguồn hàng" / "Đồng gửi: Văn phòng Quỹ" / "Việc: Đến từng hợp tác xã …" / "Hạn: trước 31/8/2026",
    "Chủ trì: …" / "Nội dung: …" / "Thời hạn: …", as a memo box or a slip prints one task each): each line of a form,
    by id, → the form's work line. A form is a run of such lines; a blank line or a label said again starts the next.
    A form holds one work line and a doer's or a time's line beside it."""
    found: dict[int, "layout.Para"] = {}
    form: list = []

    def close() -> None:
        works = [line for line in form if _CONTENT_LABEL.match(line.text)]
        others = [line for line in form if not _CONTENT_LABEL.match(line.text)]
        if len(works) == 1 and any(fold(_label_of(line)) not in _PARTICULARS for line in others):
            found.update({id(line): works[0] for line in form})
        form.clear()

    for para in siblings:
        lined = para.kind == "" and not para.children and _is_field(para)
        if not lined or form and (para.line > form[-1].end_line + 1
                                  or fold(_label_of(para)) in {fold(_label_of(line)) for line in form}):
            close()
        if lined:
            form.append(para)
    close()
    return found


def _label_of(para) -> str:
    """The label a labelled line opens with ("Thời hạn" of "Thời hạn: 30/9/2026")."""
    return para.text.split(":", 1)[0].strip(" ([")


@dataclass
class _Line:  # a labelled clause read as a labelled line
    text: str


def _opens_with_body(text: str) -> bool:
    """``text`` starts like a body's name: a unit type ("Sở …", "Trung tâm …", "Công chức …"), printed capitalised
    (a lower-case "các …" only as a list of bodies: "các Sở, ban, ngành")."""
    capital = _typed_as_name(text)
    return fields.starts_body(text, named=capital) and (capital or fold(text).startswith("cac "))


def _typed_as_name(text: str) -> bool:
    """``text`` opens as a body's name is typed: capitalised, a lower-case type before a capitalised name ("sở Công
    Thương …", "1. phòng Kinh tế"), or a commune's own office all in lower case ("phòng kinh tế …")."""
    return text[:1].isupper() or re.match(fields.LOWER_TYPE, text) is not None \
        or fields.COMMUNE_OFFICE.match(fold(text)) is not None or fields.LOWER_LEVEL_BODY.match(fold(text)) is not None


_DUTIES_OF = re.compile(r"^(?:(?:(?:CÁC\s+)?NHIỆM VỤ|TRÁCH NHIỆM)\b.*?\bCỦA|(?:(?:ĐỀ NGHỊ|YÊU CẦU)\s+)?ĐỐI VỚI)\s+(?P<who>.{3,120}?)\s*:?$"
                        # … or the work the bodies it names have to do ("VIỆC CÁC HTX, THT LIÊN KẾT CẦN LÀM", "Những việc
                        # UBND các xã cần làm")
                        r"|^(?:CÁC\s+)?PHẦN\s+VIỆC\s+(?:CỦA|DÀNH CHO)\s+(?P<party>.{3,100}?)\s*:?$"
                        r"|^(?:NHỮNG\s+|CÁC\s+)?(?:CÔNG\s+)?VIỆC\s+(?:CỦA\s+)?(?P<doers>(?:CÁC|NHỮNG|UBND|ỦY BAN|UỶ BAN|"
                        r"SỞ|PHÒNG|BAN|HỘI|LIÊN MINH|TRUNG TÂM)\s.{2,100}?)\s+CẦN\s+(?:LÀM|THỰC HIỆN|TRIỂN KHAI)\s*:?$", re.I)
#: a body given its duties by a sentence over them, as decisions that set up a working group or a steering board write
#: them ("Điều 2. Tổ công tác có các nhiệm vụ sau:", "Ban Chỉ đạo có nhiệm vụ, quyền hạn như sau:")
_HAS_DUTIES = re.compile(r"^(?:Điều\s+\d+\s*[.:]\s*)?(?P<who>[^:;.]{3,120}?)\s+có\s+(?:các\s+|những\s+)?(?:nhiệm vụ|trách nhiệm)"
                         r"(?:,?\s+(?:và\s+)?quyền hạn)?(?:\s+(?:chủ yếu|cụ thể))?(?:\s+(?:như\s+)?sau(?:\s+đây)?)?\s*:$")


#: a board's member over his duties, named by the body he leads or stands for (a steering board's plan: "1. Thành viên là
#: lãnh đạo Sở Tài chính (Phó Trưởng ban thường trực):", "Ủy viên là đại diện Hội Nông dân tỉnh:"): that body does them
_MEMBER_OF = re.compile(r"^(?:Các\s+)?(?:[Tt]hành viên|[Ủủ]y viên)(?:\s+Ban [Cc]hỉ đạo)?\s+là\s+(?:lãnh đạo|đại diện)\s+"
                        r"(?P<who>[^:()]{3,120}?)\s*(?:\([^()]*\))?\s*:?$")


def _duties_of(text: str) -> str | None:
    """The body whose duties a heading or a sentence over items gives ("NHIỆM VỤ CỦA BỘ …", "Đối với Sở …:", "ĐỀ NGHỊ ĐỐI
    VỚI CÁC HỢP TÁC XÃ CUNG ỨNG", "Tổ công tác có các nhiệm vụ sau:", "Thành viên là lãnh đạo Sở …:"), as printed; None
    for any other text."""
    found = _DUTIES_OF.match(text) or _HAS_DUTIES.match(text) or _MEMBER_OF.match(text)
    return next((who for who in found.groupdict().values() if who), None) if found else None
#: an item addressed to a body, as resolutions and conclusions give their demands ("1. Đối với Ủy ban nhân dân tỉnh:" over
#: lettered points; "2. Đối với Liên minh Hợp tác xã tỉnh: đề nghị …" in one)
_FOR_BODY = re.compile(r"^Đối với\s+(?P<who>[^:]{3,120}?)\s*:\s*(?P<rest>.*)$")
_NOT_NAME = re.compile(r"[.!?]$|\d{4}")
#: a board member's duties after his name and post (a decision sharing out a Ban Chỉ đạo's work: "a) Ông Võ Thanh Tâm,
#: Giám đốc Sở Công Thương: chỉ đạo …", "Bà …, Tổng Biên tập Báo …: …"): the body of his post does the work
_MEMBER = re.compile(r"^(?:Ông|Bà|Đồng chí|đồng chí|Đ/c|đ/c)\s+[^,:;]{3,60},\s+(?P<post>[^:;]{3,160}?)\s*:\s*(?=\S)")


def _class_addressed(text: str) -> str | None:
    """The class of economic actors a heading addresses, with the words that pick them out ("5. Đối với các HTX tham gia
    chương trình", "NHIỆM VỤ CỦA CÁC HỢP TÁC XÃ"), as printed: it leads the heading's items; else None."""
    whose = _duties_of(text)
    # … or the party a contract's plan names so ("PHẦN VIỆC CỦA BÊN HỢP TÁC XÃ, TỔ HỢP TÁC": the cooperatives' side)
    folded = re.sub(r"^ben (?!cac )", "cac ", fold(whose)) if whose else ""
    return whose if whose and _ACTOR_CLASS.match(folded) and not _NOT_NAME.search(whose) else None


def _descendants(para) -> list:
    out, stack = [], list(para.children)
    while stack:
        child = stack.pop()
        out.append(child)
        stack.extend(child.children)
    return out


#: how often the work recurs, put first: "Hằng tháng", "Hằng quý", "Định kỳ hằng tháng", "Định kỳ 6 tháng", "Mỗi quý"
_EVERY = r"(?:Hằng|Hàng|Mỗi|Định kỳ(?: (?:hằng|hàng|mỗi))?(?: \d{1,2})?)\s+(?:ngày|tuần|tháng|quý|năm)"
#: a clause put before the subject ("Trong quá trình tổ chức thực hiện, nếu có vướng mắc …, Thủ trưởng các cơ quan …
#: chủ động …", a time: "Năm 2026-2027, Phòng Kinh tế …"): the sentence's actor comes after it, at the first
#: capitalised body's name after a comma
_FRONTED = re.compile(rf"^(?:{_EVERY},|"  # … or how often ("Hằng tháng, các tổ hợp tác báo cáo …")
                      r"Trong quá trình|Trong trường hợp|Trường hợp|Trong thời gian|Khi|Nếu|Sau khi|Trước khi|"
                      # when a stage ends ("Kết thúc đợt kiểm tra, Phòng … xây dựng báo cáo …", "Sau mỗi đợt, …")
                      r"Kết thúc|Sau (?:đó|mỗi|đợt)|"
                      # after an event of the plan ("Sau Hội nghị 05 ngày làm việc, Ban KT-TH …", "Sau Ngày hội, …")
                      r"Sau (?:[Hh]ội nghị|[Hh]ội thảo|[Nn]gày hội|[Đđ]ại hội|[Tt]ập huấn|lớp|phiên)|"
                      # after a date or a time limit ("Sau ngày 20/10/2026, đơn vị nào chưa gửi báo cáo, Phòng …")
                      r"Sau (?:ngày )?\d{1,2}/\d{1,2}(?:/\d{4})?|Sau (?:thời hạn|thời điểm)|Quá (?:thời )?hạn|"
                      r"Trên cơ sở|Căn cứ|Để|Đối với|Với(?!\s+sự\s)|"
                      # a purpose, a ground or an occasion put first ("Nhằm tháo gỡ khó khăn về vốn, Thường trực Hội …",
                      # "Từ kết quả rà soát, Hội CCB các xã …", "Nhân dịp kỷ niệm … (22/12/2026), Ban Tuyên giáo …")
                      r"Nhằm|(?:Từ|Qua|Dựa trên|Dựa vào) (?:kết quả|danh sách|số liệu)|Nhân (?:dịp|kỷ niệm|ngày)|"
                      # a word that ties the sentence to the one before ("Đồng thời, Sở Công Thương …", "Cùng thời gian
                      # trên, Thuế tỉnh …", "Ngoài ra, …", "Bên cạnh đó, …")
                      r"Đồng thời|Song song|Ngoài ra|Bên cạnh đó|Cùng (?:thời gian|thời điểm|lúc)|"
                      # where the work is done, within a body or a place ("Trong nội bộ Sở, phòng … cập nhật …", "Tại
                      # Sở, phòng Kế hoạch …", "Ở các thôn, Chi hội …")
                      r"Trong nội bộ|Tại|Ở|"
                      # a time put first ("Năm 2026-2027, Phòng Kinh tế …", "Trước ngày 30/6/2026, các xã …")
                      r"Năm \d{4}|Trong (?:(?:các|những) )?(?:năm|quý|tháng|6 tháng|ngày|tuần|đợt)|Trước (?:ngày )?\d{1,2}/\d{1,2}(?:/\d{4})?|H[ằà]ng (?:năm|quý|tháng)|"
                      r"Chậm nhất (?:(?:là )?ngày )?\d{1,2}/\d{1,2}(?:/\d{4})?|"
                      r"Định kỳ|Từ (?:năm|quý|tháng|ngày|\d{1,2}/\d{1,2}(?:/\d{4})?(?=,))|Giai đoạn|Quý [IV]+|Tháng \d+|Đến (?:năm|hết|ngày)|Dịp|"
                      # a season or a feast put first ("Sau vụ vải, phòng Kinh tế …", "Trước Tết, các hợp tác xã …")
                      r"(?:Sau|Trước|Trong|Đầu|Cuối|Suốt) (?:vụ|mùa|Tết|dịp)|Cuối (?:năm|quý|tháng))(?!\w)")


#: a sentence that names the partners before its lead ("Phối hợp với X, Y chủ trì …", "Cùng với X và Y, Z hướng dẫn …",
#: "Với sự phối hợp của X, Z kiểm tra …", "Có sự tham gia của X, Z …")
_PARTNERS_FIRST = re.compile(r"^(?:Phối hợp(?:\s+chặt chẽ)?\s+với|Cùng(?:\s+phối hợp)?\s+với|"
                             r"(?:Với|Có)\s+sự\s+(?:phối hợp|tham gia|hỗ trợ)\s+của)\s+(?=\S)")


#: "phối hợp" as the role said after the bodies, without "với" ("X phối hợp", not "X phối hợp với Y")
_COOP_ROLE = r"(?:phối hợp\b(?!\s+(?:chặt chẽ\s+)?với)|cùng chịu trách nhiệm\b|cùng tham gia\b"  # … "Y cùng tham gia …"
# … or a helping verb that ends the sentence ("… . Phòng Kế hoạch - Sản xuất hỗ trợ.", "Hội Nông dân xã giúp.")
_COOP_ROLE += r"|(?-i:hỗ trợ|giúp|cùng làm)(?=\s*[.;]?\s*$))"
#: the partners of a sentence named after the lead's own clause, their role after them ("X chỉ dẫn thủ tục đăng ký,
#: phòng Kinh tế phối hợp, hoàn thành …", "X tổ chức hội nghị, Y và Z cùng làm.")
_PARTNERS_AFTER = re.compile(r",\s+(?P<who>[^,;:()]{3,120}?)\s+(?:phối hợp|cùng làm|cùng thực hiện)(?=\s*(?:[,;.]|$))", re.I)
#: the bodies a clause lists before their role ("…, Y và Z phối hợp; …")
_PARTNERS_THEN_ROLE = re.compile(rf"(?P<who>[^;]{{3,200}}?)\s+{_COOP_ROLE}", re.I)


#: a partner named beside the lead: "cùng (với) Y", "(có/với) sự phối hợp/hỗ trợ của Y", Y a body's name, typed in lower
#: case after its type ("cùng phòng Kế hoạch …") or a class ("cùng các tổ tự quản …"); not whom the doer goes along with
#: ("cử người đi cùng các đoàn": to accompany)
#: ("sự tham gia của Y" names who takes part in an event the task holds, "tổ chức diễn đàn với sự tham gia của …": no
#: partner)
_PARTNER_NEXT = r"(?=[" + fields.CAPITAL + r"]|các\s|" + fields.LOWER_TYPE + ")"  # a name, a class, a type in lower case
_PARTNER_WORD = re.compile(r"(?:(?<![Vv]ới )(?<![Đđ]i )\bcùng(?:\s+phối hợp)?(?:\s+với)?|\bsự\s+(?:phối hợp|hỗ trợ|giúp đỡ|hướng dẫn)\s+của|"
                           # … or taking part in the work ("Giao phòng Kinh tế chủ trì, với sự tham gia của HTX …, hướng
                           # dẫn …", "… kiểm tra phương án neo giữ lồng bè, có sự tham gia của Đồn Biên phòng …"); not
                           # those who attend an event the task holds (``_EVENT_BEFORE``)
                           r"\bsự\s+tham gia\s+của|"
                           # a body invited to take part ("Phòng Kinh tế chủ trì, mời Liên minh … phối hợp tổ chức …")
                           r"(?<=[,;]\s)mời|"
                           # … or its staff invited to work in it ("mời chuyên gia của Trung tâm Khuyến nông tỉnh, Sở …
                           # góp ý …", "mời cán bộ Trung tâm Khuyến nông tỉnh giảng dạy")
                           r"\bmời\s+(?:cán bộ|chuyên gia|giảng viên|báo cáo viên|kỹ sư|đại diện)(?:\s+của)?|"
                           # … or said to be there with its help, after a comma ("…, có Chi cục X cùng tham gia chọn
                           # điểm", "…, có cán bộ Chi cục X hỗ trợ")
                           # … or asked for its help, in a pledge ("…; nhờ Văn phòng Hội, Liên minh … hỗ trợ; hạn cam
                           # kết: …")
                           rf"(?<=[,;]\s)nhờ(?=\s+[{fields.CAPITAL}][^;.]{{2,160}}?\s(?:hỗ trợ|giúp(?: đỡ)?|phối hợp)\b)|"
                           r"(?<=[,;]\s)có(?:\s+(?:cán bộ|chuyên gia|đại diện)(?:\s+của)?)?"
                           rf"(?=\s+[{fields.CAPITAL}][^,;.]{{2,120}}?\s(?:cùng\s+)?(?:tham gia|hỗ trợ|phối hợp|giúp)\b))\s+"
                           + _PARTNER_NEXT)


_OPENS_WITH_PARTNER = re.compile(r"^(?i:cùng)(?:\s+với)?\s+" + _PARTNER_NEXT)


def _partners_named(text: str) -> list[str]:
    """The bodies a sentence names as partners by "cùng (với)" or "sự phối hợp của", each phrase up to its verb or its
    clause's end; not those it opens with (``_partners_first`` reads those)."""
    out = []
    opening = _PARTNERS_FIRST.match(text)
    # an item that opens with its partners under its lead's heading ("Cùng UBND các xã rà soát …", "Cùng Sở TC chọn
    # …"): they cooperate, unless a lead follows them after a comma (``_partners_first``)
    opens = _OPENS_WITH_PARTNER.match(text)
    if opens and _partners_first(text) is None and (fields.starts_body(text[opens.end():])
                                                    or _CLASS_PARTNER.match(text[opens.end():])):
        name = fields.name_only(text[opens.end():]).strip(" ,.;")
        if name and name != text[opens.end():].strip(" ,.;"):
            out.append(name)
    for match in _PARTNER_WORD.finditer(text):
        if match.start() < 2 or (opening is not None and match.start() < opening.end()):
            continue
        if "tham gia" in match.group() and _EVENT_BEFORE.search(text[max(0, match.start() - 80):match.start()]):
            continue  # "tổ chức diễn đàn kết nối … với sự tham gia của các doanh nghiệp": who attends, no partner
        rest = re.split(r"[.;:()]", text[match.end():])[0]  # … to the bracket it is said in: "(cùng Trung tâm …)."
        if match.group().startswith("mời") and _GUESTS.search(rest):
            continue  # bodies invited to attend, not to work with: "…, mời Sở Tài chính và Ủy ban nhân dân xã sở tại dự"
        if fields.starts_body(rest):
            name = _before_post(fields.name_only(rest).strip(" ,.;"))
            if name:
                out.append(name)
        elif _CLASS_PARTNER.match(rest) and match.group().lower().startswith("cùng"):  # a class of doers a verb ends
            # ("… cùng các tổ tự quản | tuần tra …"); not a class invited ("mời các hợp tác xã …": whom it is for)
            name = fields.name_only(rest).strip(" ,.;")
            if name and name != rest.strip(" ,.;") and len(name) <= 60:
                out.append(name)
    return out


#: an event the task holds, whose attendees "sự tham gia của" names ("hội nghị", "diễn đàn", "lễ khai mạc", "buổi tọa
#: đàm", "phiên chợ", "hội chợ")
_EVENT_BEFORE = re.compile(r"\b(?:hội nghị|diễn đàn|hội thảo|tọa đàm|lễ|buổi|phiên|ngày hội|hội chợ|hội thi|lớp|"
                           r"chương trình|cuộc thi|đối thoại|giao lưu)\b", re.I)


def _before_post(name: str) -> str:
    """A partner's name without a person joined to it by "và", named by a post in lower case ("UBND xã sở tại và trưởng
    bản": the UBND; not "… và Môi trường", "… và phòng Kinh tế", "… và các tổ tự quản": a name, a body, a class)."""
    joined = re.search(r"\s+và\s+(?=[a-zà-ỹđ])(?!các\s)", name)
    if joined is None or re.match(fields.LOWER_TYPE, name[joined.end():]):
        return name
    return name[:joined.start()]


#: the words that say the bodies invited only attend: "mời X dự", "mời X tham dự", "mời X đến dự" (not "mời X phối hợp")
_GUESTS = re.compile(r"\s(?:đến\s+)?(?:tham\s+)?dự(?:\s|$|[,.;])")
#: a partner named as a class ("cùng các tổ tự quản", "cùng các hợp tác xã"); not "cùng các cấp, các ngành", "các bên",
#: "các đoàn thể", "các tổ chức" (the others at large, as annotators leave them out)
_CLASS_PARTNER = re.compile(r"các\s+(?!cấp\b|ngành\b|bên\b|đơn vị liên quan\b|đoàn thể\b|tổ chức\b)")


def _partners_first(text: str) -> tuple[str, str] | None:
    """(the lead, the partners' phrase) of a sentence that names its partners first: the lead is the body after a
    comma of the opening run whose name a verb follows, not another comma or "và" (the partners are a list)."""
    opener = _PARTNERS_FIRST.match(text)
    if opener is None:
        return None
    rest = text[opener.end():]
    for comma in re.finditer(r",\s+", rest[:300]):
        after = rest[comma.end():]
        if not (after[:1].isupper() and fields.starts_body(after)):
            continue
        name = fields.name_only(after).strip(" ,")
        tail = after[len(name):].lstrip()
        if name and tail and not re.match(r"[,;]|và\s", tail):
            return name, rest[:comma.start()]
    return None


#: the units of a plan by their kind alone, no name ("các đơn vị", "các cơ quan, đơn vị", "các bộ phận") (folded)
_UNITS_ALONE = re.compile(r"(?:cac|nhung) (?:co quan|don vi|bo phan|phong|ban)(?:,? (?:va )?(?:co quan|don vi|bo phan|phong|ban))*")


def _actor_at(text: str) -> int | None:
    """Where the actor of the sentence starts: 0 when it opens with a body's name, after a fronted clause, else None."""
    if (text[:1].isupper() or re.match(fields.LOWER_TYPE, text)) and fields.starts_body(text):
        return 0  # "Sở Công Thương …", "phòng Kinh tế, Hạ tầng và Đô thị …" as typed
    if text[:1].isupper() and _ACTOR_CLASS.match(fold(text)):
        return 0  # a class of economic actors as the subject: "Các hợp tác xã được kiểm tra khắc phục …"
    for at in _past_fronted(text, _COMMA_NAME):
        if fields.starts_body(text[at:at + 40]) or _ACTOR_CLASS.match(fold(text[at:at + 60])):
            return at  # … a class of economic actors too ("Hằng tháng, các tổ hợp tác báo cáo …")
    return None


#: a comma (or ";", ":") before a body's name as printed: capitalised, a class ("các …"), a lower-case type before a
#: capitalised name ("phòng Kinh tế …") — or before any word in lower case, not a class (a subject typed so)
_COMMA_NAME = re.compile(rf"[,;:]\s+(?=[{fields.CAPITAL}]|các\s|những\s|{fields.LOWER_TYPE})")
_COMMA_LOWER = re.compile(r"[,;:]\s+(?=[a-zđà-ỹ])(?!các\s|những\s)")


def _past_fronted(text: str, comma: re.Pattern):
    """Where the word after each ``comma`` of the first sentence of one that opens with a fronted clause (``_FRONTED``)
    starts: where its actor may start."""
    bare = _TIME_THEN_ACTOR.match(text)
    if bare:  # a time put first with no comma after it ("Trước 30/11 Trạm Y tế phường cùng … kiểm tra …")
        yield bare.end()
    if _FRONTED.match(text):
        for found in comma.finditer(text, 0, len(text.split(".")[0])):
            yield found.end()


#: a team the item opens with and the body that leads it ("Đoàn kiểm tra liên ngành do Sở Nội vụ chủ trì …", "Tổ công
#: tác do Phòng Kinh tế làm tổ trưởng …")
_TEAM_LED_BY = re.compile(r"^(?:Đoàn|Tổ|Nhóm|Ban)\s[^,;()]{2,60}?\s+do\s+(?P<who>[^,;()]{3,120}?)\s+"
                          r"(?:chủ trì|làm trưởng đoàn|làm tổ trưởng|làm trưởng nhóm|làm trưởng ban|dẫn đầu|phụ trách)\b")
#: … and the members it lists ("thành viên đoàn gồm Sở Công Thương, Công an tỉnh …", "…, gồm: Phòng Tư pháp, …")
_TEAM_MEMBERS = re.compile(r"\b(?:thành viên (?:đoàn|tổ|nhóm|ban) )?gồm:?\s+(?P<who>[^.;]{3,300})")


#: a dated time an item opens with, its actor right after it, no comma between ("Trước 30/11 Trạm Y tế phường …",
#: "Trước ngày 15/12/2026 Phòng Kinh tế …", "Quý IV/2026 Liên minh HTX tỉnh …", "Tháng 12 phòng Văn hóa …")
#: … or how often, the actor maybe a class ("Hằng tháng các đơn vị gửi kết quả về …", "Định kỳ hằng quý Văn phòng …")
_TIME_THEN_ACTOR = re.compile(r"^(?:(?:(?:Trước|Chậm nhất|Xong trước)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?|"
                              r"(?:Tháng|Quý)\s+(?:\d{1,2}|[IV]{1,3})(?:/\d{4})?)\s+"
                              rf"(?=[{fields.CAPITAL}]|{fields.LOWER_TYPE})|{_EVERY}\s+(?=[{fields.CAPITAL}]|{fields.LOWER_TYPE}|các\s))")


def _lower_actor_at(text: str) -> int | None:
    """Where a subject typed in lower case starts: 0 when the sentence opens in lower case, or past a fronted clause's
    comma before a lower-case word ("Trước 31/3, phòng kinh tế xã …"); not a class ("các …", "những …"); else None."""
    if text[:1].islower():
        return 0
    for at in _past_fronted(text, _COMMA_LOWER):
        after = text[at:at + 40]
        if fields.starts_body(after[:1].upper() + after[1:]):
            return at
    return None


def _assigns(para, known: fields.Known | None = None) -> bool:
    """An item that assigns work by its grammar, wherever it stands: it opens with a body's name
    followed by what that body does ("Sở Công Thương chủ trì …", "UBND cấp xã: đầu tư …",
    "Ban Quản lý … triển khai …"), maybe after a fronted clause ("Trong quá trình …, Thủ trưởng các cơ
    quan … chủ động …"), or with "Giao …"; or it opens with a body the document names by a heading."""
    text = para.text
    if re.match(r"^Giao\s+\S", text):
        return True
    if known is not None and _alias_opens(text, known):  # "Hai bên tổ chức …": the bodies a short name stands for
        return True
    opener = _OPENER.match(text)  # "Đề nghị Ngân hàng … tạo điều kiện …", "Yêu cầu Công an tỉnh …"
    text = text[opener.end():] if opener else text
    if known is not None and text[:1].isupper() and fields.leading_agencies(text, known):
        return True  # a known body's whole name, then what it does ("Chủ đầu tư dự án … san tạo mặt bằng …")
    at = _actor_at(text)
    if at is None:
        return False
    text = text[at:]
    colon = text.find(":")
    head = text[:200]
    verb = fields._NAME_END.search(head)
    place = fields.place_end(head)
    aside = fields.BRACKET_THEN_VERB.search(head)
    name = fields.name_only(head) if verb is None or aside is not None else None  # read once, for both checks below
    if aside is not None and 0 < aside.start() < (verb.start() if verb else 200) and name == text[:aside.start()]:
        verb = _SPACE.match(text, aside.end() - 1)  # whose the unit is said aside, then its verb of any kind: "Sở Nông
        # nghiệp và Môi trường (Chi cục PTNT) | cho ý kiến …"
    if verb is None:  # a verb the list lacks, after a name its place or a department's fixed name closes ("Công an
        # tỉnh | xác minh …", "Sở Công Thương | kết nối …")
        numbered = fields.NUMBER_END.search(head)  # "Tổ khám số 1 | khám …": a unit's number closes its name
        ended = place if place is not None or numbered is None else numbered.end()
        ended = ended if ended is not None else fields.proper_name_end(head)  # "HTX … Bản Búng | dự trữ …"
        if ended is not None and name != text[:ended]:
            ended = None
        if ended is None and known is not None:
            fixed = fields.fixed_name(head, known)
            ended = len(fixed) if fixed != head and text[len(fixed):].strip()[:1].islower() else None
        verb = _SPACE.match(text, ended) if ended is not None else None
    if any(at is not None and _STATE.match(text, at) and not _CLASS_WORD.search(text[:at])
           for at in (verb and verb.start(), place)):
        return False  # what a body has done or is doing ("Thuế tỉnh … đang quản lý 612 hợp tác xã"): a state, no work
    if at and verb is not None and (";" in text[:verb.start()] or text[:verb.start()].rstrip().endswith(",")):
        verb = None  # after a fronted clause, a verb past the clause's end, or after a comma, is not the name's: "Tháng
        # 6/2026: gửi … xin ý kiến …, Liên minh … và các hợp tác xã thành viên; tiếp thu, hoàn chỉnh | trình …", "Trước
        # ngày 15/6/2026: xây dựng Đề án nhân sự Ban Chấp hành, … Ban Kiểm tra nhiệm kỳ 2026 - 2031, | trình …"
    return (verb is not None and verb.start() < 150 and (colon < 0 or verb.start() < colon)) or \
        (0 < colon < 120 and fields.name_only(text[:colon], which=False, whole=True) == text[:colon])


_SPACE = re.compile(r"\s")


#: a word of tense after a body's name that tells its state, not its work ("… đã hoàn thành", "… đang quản lý"); not
#: one given work before ("… đã được giao …"); "chưa" is left out: "Các đơn vị chưa gửi báo cáo khẩn trương gửi …"
#: is a reminder's work
_STATE = re.compile(r"\s+(?:đã|đang)\s+(?!được\s+(?:giao|phân công))")
#: a class of bodies, whose "đã …" picks out members ("Ủy ban nhân dân các xã, phường đã gửi báo cáo | cập nhật …"),
#: not a state
_CLASS_WORD = re.compile(r"(?:^|\s)(?:[Cc]ác|[Nn]hững)\s")
#: work asked for later in the sentence ("… đã … nhưng chưa …, đề nghị tiếp tục …")
_ASKED_LATER = re.compile(r"\b(?:đề nghị|yêu cầu|giao|khẩn trương|cần|phải|tiếp tục|chủ trì)\b", re.I)


def _states(text: str) -> bool:
    """``text`` opens with a body's name and a word of its state ("Ủy ban nhân dân xã đã hoàn thành …", "Hội Nông dân
    xã đang vận động …", "Thuế tỉnh … đang quản lý …"): what is, no work; not a class ("các xã đã gửi …": those)."""
    at = _actor_at(text)
    if at is None:
        return False
    name = fields.name_only(text[at:at + 200])
    return bool(name) and not _CLASS_WORD.search(name) and _STATE.match(text, at + len(name)) is not None \
        and not _ASKED_LATER.search(text, at + len(name))


#: a heading naming a class of bodies ("Các sở, ban, ngành và các đơn vị khác có liên quan", "Các chủ đầu tư
#: dự án hạ tầng kỹ thuật khu, cụm công nghiệp"): its items' lead is the heading as printed, one body
_CLASS_HEAD = re.compile(r"(?:cac|nhung) ")


#: a unit of the issuer named by its type alone in a heading over its duties ("đ) Văn phòng", "5. Thanh tra")
_OWN_UNIT = re.compile(r"van phong|thanh tra")


def _own_unit(text: str) -> bool:
    """``text`` is the issuer's own unit by its one word ("Văn phòng", "Thanh tra", "Văn phòng:")."""
    return bool(_OWN_UNIT.fullmatch(" ".join(fold(text).split()).strip(" :")))


def _body_name(text: str, places: bool = True) -> bool:
    """``text`` is a body's name and nothing else: one that starts like a body's and has no verb or (with ``places``)
    place phrase after it, or the issuer's own unit ("Văn phòng")."""
    return _own_unit(text) or (_opens_with_body(text) and fields.name_only(text, places=places) == text)

#: the issuer's own unit as the subject, its verb after it ("Văn phòng tổng hợp …", "Thanh tra kiểm tra …")
_OWN_UNIT_DOES = re.compile(r"(?:Văn phòng|Thanh tra)(?=\s+[a-zđà-ỹ])")
#: a heading that is a body's name enumerating lower-case words after a comma ("Trung tâm Tư vấn, hỗ trợ và đào tạo
#: hợp tác xã", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân"): the words after the comma, joined by "và", no
#: capital, no sentence end
_ENUMERATED = re.compile(r"^(?P<head>[^,.;:()]{3,80}),\s+(?P<tail>[a-zđà-ỹ][^,.;:()A-ZĐ]{2,60}\svà\s[^,.;:()A-ZĐ]{2,60})$")


def _enumerated_name(text: str) -> bool:
    match = _ENUMERATED.match(text.strip().rstrip(":"))
    if not match:
        return False
    head = match.group("head")
    return _opens_with_body(head) and fields.name_only(head, places=False) == head and not \
        re.search(r"\b(?:các|những)\b", match.group("tail"))


#: the doer named after the work, as its agent: "…, do Sở X chủ trì thực hiện", "…; giao Sở X chủ trì, phối hợp …",
#: "… (Sở X chủ trì; hoàn thành …)", "… — do Ban X thực hiện, …"
_DONE_BY = re.compile(r"(?:(?:[,;—–]\s+(?:do|giao)|(?<=\w\s)do)\s+(?=\w)[^.;()]{3,160}?"
                      r"|\((?=\w)[^()]{3,160}?"
                      # … or after a spaced dash, the doer and its role alone ("… — Ban Truyền thông chịu trách nhiệm;
                      # …", "… — Ban Thi đua - Khen thưởng của Hội đảm nhiệm, …")
                      rf"|\s[—–]\s+(?=[{fields.CAPITAL}])[^.;()—–]{{3,160}}?)"
                      r"\s(?:chủ trì|thực hiện|đảm nhiệm|đảm nhận|phụ trách|chịu trách nhiệm)\b"
                      # "… , do Ban X và Hội Y cùng tổ chức; …": the passive's own verb, after the clause's comma (not
                      # "… dự lớp tập huấn do Liên minh … tổ chức": the event's organiser)
                      r"|[,;—–]\s+do\s+(?=[\w])[^.;()]{3,160}?\s(?:cùng\s+)?tổ chức\b")


def _agent_phrase(text: str) -> str | None:
    """What follows "do"/"giao"/"(" up to the role an item names its doer by after its work, or None."""
    match = _DONE_BY.search(text)
    return re.sub(r"^[,;(\s—–]*(?:(?:do|giao)\s+)?", "", match.group().lstrip()) if match else None


def _agent(text: str) -> str | None:
    """The doer an item names after its work ("…, do Sở X chủ trì thực hiện" → "Sở X"), as printed, or None."""
    phrase = _agent_phrase(text)
    name = fields.name_only(phrase).strip(" ,") if phrase else None
    return name if name and _opens_with_body(name) else None


#: the role a doer's own sentence gives it after the work, alone: "X thực hiện …", "X chủ trì, …", "X làm thường xuyên"
_ROLE_ALONE = re.compile(r"\s*(?:chủ trì|thực hiện|làm|đảm nhận|đảm nhiệm|phụ trách)(?=[\s,;.]|$)"
                         # … or the body it works with ("…; Trung tâm X phối hợp Trường Y tổ chức.", "…. Phòng Kinh tế
                         # phối hợp với Ngân hàng … thực hiện"): the subject does the work (not "Y phối hợp.": a partner)
                         rf"|\s*phối hợp(?:\s+với)?\s+(?=[{fields.CAPITAL}])")
#: where a later sentence or clause of an item starts: after a full stop, whatever the case of its first letter ("… bao
#: tiêu. công chức Kinh tế làm, …", typed in a hurry), or a semicolon ("…; Văn phòng Hội thực hiện khi …")
_NEXT_SENTENCE = re.compile(r"(?:(?<=[^\W\d_])[.;]|(?<=\));)\s+(?=[^\W\d_])")  # (a clause after a bracket: "… (tháng 10); X …")


def _doer_after(text: str, known: fields.Known) -> str | None:
    """The doer an item names in a later sentence that gives it its role alone, the work said in the first ("Thẩm định dự
    án … . Phòng Tín dụng thực hiện …"): the body as printed, or None."""
    for stop in _NEXT_SENTENCE.finditer(text):
        sentence = text[stop.end():]
        opened = sentence[:1].upper() + sentence[1:]
        name = fields.name_only(opened).strip(" ,")
        if name and len(name) <= 80 and not re.search(r"[\"“”():]", name) and _opens_with_body(name) \
                and _ROLE_ALONE.match(opened, len(name)):
            named = fields.match_agencies(name, known)
            if named.ids or named.unknown:
                return sentence[:len(name)]
    return None


def _sentence_task(para, known: fields.Known) -> bool:
    """A numbered item that is a whole sentence giving a body work ("3/ TT Dịch vụ nông nghiệp xã hướng dẫn … , thời gian
    đầu tháng 1/2026."), though items follow under it that give others theirs ("- Hội Nông dân xã phối hợp …"), maybe
    after a plain line that introduces them ("Trong nội bộ Sở, giao:") or before the closing: a task of its own, not the
    title of a group."""
    return para.kind == "num" and para.text.rstrip().endswith(".") and len(para.text) > 40 \
        and _actor_at(para.text) == 0 and _assigns(para, known) \
        and any(child.kind for child in para.children) \
        and all((child.kind in ("bullet", "letter") and (_names_its_doer(child, known) or _STEP.match(child.text)))
                or (not child.kind and (child.text.rstrip().endswith(":") or _no_task(child)))
                for child in para.children)


#: a heading that groups the items under it by the body they are done with ("1. Phối hợp với Sở Nông nghiệp và Môi
#: trường tỉnh Lâm Đồng", "Cùng với Liên minh Hợp tác xã tỉnh"): a title, nothing but the body after its words
_PARTNER_HEADING = re.compile(r"(?:Phối hợp|Cùng|Cùng phối hợp|Làm việc)\s+với\s+(?P<who>[^.;:()]{3,120})")
#: a sub-item that names a body, then after a colon its share of the item's work in lower case ("- Sở Công Thương:
#: cung cấp danh sách chợ …;", "- Thuế tỉnh: cử cán bộ hướng dẫn …")
_SHARE_OF = re.compile(rf"^(?P<who>[{fields.CAPITAL}][^:;()]{{2,120}}?)\s*:\s+(?=[a-zà-ỹđ])")
#: a sub-item that is a step of its item's own work ("- bước 1: gửi mẫu phương án …", "- Bước tiếp theo: ghi biên bản
#: …"): the item's, read in its text, never a task of its own
_STEP = re.compile(r"^(?:bước|công đoạn)\s+(?:\d{1,2}|tiếp theo|cuối(?: cùng)?|đầu tiên|sau)\s*[:.–-]\s*\S", re.I)


def _names_its_doer(para, known: fields.Known) -> bool:
    """An item that names who does it: first ("Hội Nông dân xã phối hợp …"), or after its work ("Tổ chức Phiên chợ …:
    Trung tâm … chủ trì, UBND phường … phối hợp; …", "…, do Sở X thực hiện")."""
    return _assigns(para, known) or _run_in_assigns(para.text, known) or _given_after(para.text, known) \
        or _doer_after(para.text, known) is not None


def _titled_activity(para, known: fields.Known) -> bool:
    """A numbered activity by its short title, its work in a paragraph under it that names no doer, then its labelled
    fields ("1. Khảo sát nhu cầu việc làm" / "Lập danh sách người khuyết tật …" / "Đơn vị thực hiện: Ban …. Phối hợp: ….
    Thời gian: …"): the title and the work are one task's text, the fields its own."""
    if para.kind != "num" or len(para.text) > 100 or para.text.rstrip()[-1:] in ".;:" or len(para.children) < 2:
        return False
    work, rest = para.children[0], para.children[1:]
    return work.kind == "" and not work.children and not _is_field(work) and not _assigns(work, known) \
        and all(_is_field(child) for child in rest)


def _doer_sentences_joined(paras: list, known: fields.Known) -> list:
    """An item that says its work, then its doer in a sentence of its own on the next line, which a line break after the
    full stop made a paragraph under it ("3. Thẩm định dự án … tiền vay." / "Phòng Tín dụng thực hiện trong vòng 15
    ngày …", as a PDF wraps it): the doer's sentence goes on the item; an activity's title and the work under it
    (``_titled_activity``): the work goes on the title. The paragraphs left."""
    joined = set()
    for para in paras:
        if _titled_activity(para, known):  # "1. Khảo sát nhu cầu việc làm" / "Lập danh sách …" / "Đơn vị thực hiện: …"
            child = para.children[0]
            para.text, para.children = f"{para.text} {child.text}", para.children[1:]
            joined.add(id(child))
            continue
        if para.kind not in ("num", "letter", "bullet") or len(para.children) != 1:
            continue
        child = para.children[0]
        if child.kind or child.children or not para.text.rstrip().endswith(".") or _assigns(para, known) \
                or _doer_after(para.text, known) is not None or _doer_after(f"{para.text} {child.text}", known) is None:
            continue
        para.text, para.end_line, para.children = f"{para.text} {child.text}", child.end_line, []
        joined.add(id(child))
    return [p for p in paras if id(p) not in joined]


#: a body's name and its colon, then its duties numbered inline in the one paragraph ("1. Phòng Kinh tế: (1) rà soát …,
#: xong trước 30/11; (2) hướng dẫn …; (3) …"), as a Thông báo or a short plan gives each body its list
#: (… counted "(1)", or lettered "a)", "(a)", as a hard-wrapped paragraph per body letters its works: "1. Giao Phòng X:
#: a) rà soát … (cùng Y; xong …); b) hướng dẫn …")
_INLINE_DUTIES = re.compile(r"^(?P<who>[^:;()]{3,150}?)\s*:\s*(?=(?:\(1\)|\(a\)|a\))\s)")


def _item_boxes(lines: list[str], in_table: set[int], stop: int) -> dict[int, list[str]]:
    """The rows of a table drawn as boxes of items, no table of records (a strategy's matrix whose cells each hold a group
    of coded actions, "SO1. …" / "SO2. …"): line index → its cells' lines, a blank line between cells; the other rows
    of such a table that hold only short labels (the matrix's heads, "Cơ hội (O) | Thách thức (T)") → nothing. A row
    is such a box where its cells hold two or more lines that open with an item's marker."""
    boxes: dict[int, list[str]] = {}
    for at in range(stop):
        line = lines[at]
        if at in in_table or "\t" not in line.strip() or "<br>" not in line:
            continue
        cells = [[" ".join(piece.split()) for piece in cell.split("<br>") if piece.strip()] for cell in line.split("\t")]
        if sum(1 for cell in cells for piece in cell if layout.marker_of(piece)[0] in ("num", "letter")) >= 2:
            # a cell's lines before its first item are the title of its group ("SO - Dùng điểm mạnh …"): set as one
            boxes[at] = [piece for cell in cells if cell for piece in [*_titled(cell), ""]]
    for at in list(boxes):  # the heads of the box table, on its rows next to a box row
        for step in (-1, 1):
            near = at + step
            while 0 <= near < stop and near not in boxes and "\t" in lines[near].strip() \
                    and all(len(cell.split()) <= 6 and not cell.rstrip().endswith((".", ";"))
                            for cell in lines[near].split("\t")):
                boxes[near] = []
                near += step
    return boxes


def _titled(cell: list[str]) -> list[str]:
    """A box's lines with those before its first item set bold, as a group's title is printed."""
    first = next((i for i, piece in enumerate(cell) if layout.marker_of(piece)[0]), 0)
    return [f"**{piece}**" if i < first and "**" not in piece else piece for i, piece in enumerate(cell)]


def _with_box_items(paras: list, boxes: dict[int, list[str]]) -> list:
    """``paras`` with the paragraphs of each box row (``_item_boxes``) put in at its line, every one on that line."""
    rows = sorted(boxes)
    out, k = [], 0
    for para in [*paras, None]:  # (paras come in the order of their lines: one pass puts each row's in before the first
        while k < len(rows) and (para is None or para.line > rows[k] + 1):  # paragraph below it)
            inside = layout.paragraphs(boxes[rows[k]])
            for item in inside:
                item.line = item.end_line = rows[k] + 1
                if not item.kind:  # a row's label, a group's title: a heading over the items after it, no item's own
                    item.kind, item.level = "heading", 6
            out += inside
            k += 1
        if para is not None:
            out.append(para)
    return out


def _inline_duties_apart(paras: list) -> list:
    """A body's duties numbered inline after its name and colon, two or more, counted from "(1)" in turn
    (``_enumeration``): each an item under the name ("(1)", "(2)" … as printed), the name a heading over them, as a
    list a line each would be. The paragraphs, the new items after their heading."""
    out = []
    for para in paras:
        out.append(para)
        head = _INLINE_DUTIES.match(para.text)
        if head is None or _heads_bullets(head.group("who") + ":") is None:
            continue
        duties = _enumeration(para.text[head.end():])
        if not duties:
            continue
        items = [layout.Para(text=duty, line=para.line, end_line=para.end_line, kind="letter", marker=mark, parent=para)
                 for mark, duty in duties]
        para.text = head.group("who") + ":"
        para.children = items + para.children
        out.extend(items)
    return out


def _done_by(text: str) -> bool:
    """The item names its doer after the work ("Hỗ trợ …, do Sở Nông nghiệp và Môi trường chủ trì thực hiện"):
    it gives work wherever it stands."""
    phrase = _agent_phrase(text)
    return phrase is not None and _opens_with_body(phrase)


#: a heading that is nothing but a period: "Tháng 7/2026", "Tháng 8 và tháng 9/2026", "Quý III/2026", "Năm 2027",
#: "Từ tháng 10 đến tháng 12/2026", "Đợt 1 (tháng 5/2026)" (folded)
#: … maybe said as the day it is to be done by ("* Xong trước ngày 15/9/2026:", "Hoàn thành trong tháng 11/2026:")
_DUE_WORD = r"(?:(?:xong|hoan thanh|cham nhat|han)\s+)?"
_PERIOD_TITLE = re.compile(rf"^{_DUE_WORD}(?:(?:tu|trong|den)\s+)?(?:thang|quy|nam|dot|6 thang)\b|^{_DUE_WORD}(?:den|truoc)(?: ngay)? \d")
_PERIOD_WORDS = re.compile(r"\b(?:thang|quy|nam|tu|den|trong|va|dot|dau|cuoi|truoc|ngay|xong|hoan thanh|cham nhat|han|[ivx]+|"
                           r"\d+)\b|[\s/.,:;()\-–]")


#: a heading over the duties done all along ("5. Thực hiện thường xuyên trong năm", "Nhiệm vụ thường xuyên", "Hằng tháng")
_RECURRING_TITLE = re.compile(r"(?:(?:cac )?(?:nhiem vu|cong viec|noi dung)\s+|thuc hien\s+)?(?:thuong xuyen|hang thang|hang quy|"
                              r"hang nam|dinh ky)(?:\s+(?:trong|ca|hang) nam(?:\s+20\d\d)?)?")


#: a heading of a stage with its time in brackets at its end
_STAGE_TIME = re.compile(r"[^()]{3,80}\((?:(?:các|những) (?:việc|nhiệm vụ|công việc|nội dung) (?:dưới đây|sau(?: đây)?|"
                         r"trong mục này|nêu tại mục này) )?"  # "(các việc dưới đây hoàn thành trước 17 giờ …)"
                         # … or a span of days alone ("Tuần 44 (26/10 – 01/11/2026)": a week's, its last day)
                         r"(?P<time>\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[-–—]\s*\d{1,2}/\d{1,2}/\d{4}(?=\))|"
                         r"(?:hoàn thành |thực hiện |xong |phải xong )?(?:trước|trong|từ|đến|tháng|quý|năm|ngày)\b"
                         # … maybe with where it is held after it ("(ngày 10 và 11/11/2026, tại Hội trường Sở …)")
                         r"[^()]{2,60}?)(?:[,;]\s*(?:tại|ở)\s[^()]{2,80})?\)")


def _stage_titles(roots: list) -> dict[int, "layout.Para"]:
    """The plain title line each item follows among its siblings, no other plain line between ("Đợt 1 - mùa mưa (tháng 7
    đến tháng 9/2026)" / "- Chi hội Cà phê: …" / "- Chi hội Cây ăn quả: …"), by the item's id: a stage's title over
    items it does not number; or a heading of its own, as Markdown sets a week's title over its items ("##### Tuần 44
    (26/10 – 01/11/2026)" / "- Gửi mẫu …"), which heads the plain paragraphs under it too (a timeline's box head,
    "Tháng 12/2025", over its work and fields). One pass over the tree."""
    found: dict[int, "layout.Para"] = {}
    pending = [roots]
    while pending:
        title = heading = None
        for para in pending.pop():
            if para.kind == "heading":
                title = heading = para
            elif not para.kind:
                if heading is not None:
                    found[id(para)] = heading
                title = para
            elif title is not None:
                found[id(para)] = title
            pending.append(para.children)
    return found


def _day_titles(roots: list) -> dict[int, "layout.Para"]:
    """The day's title each paragraph of a day-by-day schedule follows among its siblings ("Thứ Hai, 07/9/2026" /
    "Sáng: …" / "Chiều: …" / "Thứ Tư, 09/9/2026" …), by the paragraph's id: up to the next day's title or a numbered
    paragraph or heading. One pass over the tree."""
    found: dict[int, "layout.Para"] = {}
    pending = [roots]
    while pending:
        title = None
        for para in pending.pop():
            if para.kind == "" and layout.DAY_TITLE.fullmatch(para.folded):
                title = para
            elif para.kind in ("", "bullet") and title is not None:
                found[id(para)] = title
            else:
                title = None
            pending.append(para.children)
    return found


#: the label a heading may give its time ("Mốc: …", "Hạn: …", "Thời hạn: …", "Mốc phải xong: …")
_TIME_LABEL = re.compile(r"^(?i:mốc|hạn(?: chót)?|thời hạn|thời gian|mốc hoàn thành|mốc phải xong)\s*:\s*(?=\S)")


#: a group's heading naming its lead, then the group's time after a spaced dash ("Tổ An ninh - Trật tự — tháng 10/2026",
#: "Tổ Phòng cháy chữa cháy … — xong trước 30/9/2026")
_BODY_THEN_TIME = re.compile(r"^(?P<who>[^—–]{3,150}?)\s[—–]\s(?P<time>[^—–]{3,80})$")


def _period_heading(text: str, year: int | None = None, signed: dt.date | None = None) -> "fields.DeadlineFound | None":
    """The time a schedule's heading gives the items under it, when the heading is a period and nothing else; one
    printed without its year ("2. Trong tháng 10:", "3. Tháng 11 - 12:", "1. Từ nay đến 15/10:") in ``year``, the one
    year the plan is for, or the next such day from ``signed`` (said in review, as an item's own time is)."""
    text = text.strip().rstrip(":")
    owned = _BODY_THEN_TIME.match(text)
    if owned and fields.starts_body(owned["who"]):  # "Tổ An ninh - Trật tự — tháng 10/2026": the time after the body
        return _period_heading(owned["time"], year, signed)
    text = re.sub(r"^(?i:từ nay)\s+(?=(?i:đến)\s)", "", text)  # "Từ nay đến 15/10": by that day
    text = _TIME_LABEL.sub("", text)  # "Mốc: trước 31/10/2026", "Hạn: tháng 11/2026": the time its label heads
    folded = fold(text)
    if _RECURRING_TITLE.fullmatch(" ".join(folded.split())):
        return fields.deadline(text)
    # … the period, then a bracket that says what it comes before ("Xong trước ngày 20/10/2026 (trước khi gieo trồng
    # vụ đông)"): the period's
    aside = re.fullmatch(r"(?P<period>.+?)\s*\([^()]{3,80}\)", text)
    if aside and _PERIOD_TITLE.match(fold(aside["period"])) and not _PERIOD_WORDS.sub("", fold(aside["period"])):
        text, folded = aside["period"], fold(aside["period"])
    # a stage named, then its time in brackets ("1. Trước mùa khô hanh (hoàn thành trước ngày 15/11/2026)", "2. Trong
    # mùa khô hanh (từ tháng 11/2026 đến hết tháng 4/2027)")
    bracket = _STAGE_TIME.fullmatch(text)
    if bracket:
        found = fields.deadline(bracket.group("time"), cell=True, year=year, signed=signed)
        if found.kind not in ("unspecified", "ambiguous"):
            return found
    if len(text) > 60 or not _PERIOD_TITLE.match(folded) or _PERIOD_WORDS.sub("", folded):
        return None
    found = fields.deadline(text, cell=True, year=year, signed=signed)
    return found if found.kind not in ("unspecified", "ambiguous") else None


#: a bracket after a body's name that says who heads it ("(đồng chí Phó Chủ tịch … làm Trưởng tiểu ban)", "(do Phó Chủ
#: tịch UBND xã làm Tổ trưởng)")
_HEADED_BY = re.compile(r"\s*\((?:do\s+)?(?:đồng chí|đ/c|ông|bà)\b[^()]{0,120}\b(?:làm|là)\s+(?:Trưởng|Tổ trưởng|Trưởng ban|"
                        r"Trưởng tiểu ban)[^()]{0,30}\)\s*:?\s*$", re.I)


def _agency_heading(text: str) -> bool:
    """A numbered heading that is nothing but a body's name ("1. Sở Công Thương", "Các sở, ban, ngành
    và các đơn vị khác có liên quan"): it starts like an agency name, has no verb of its own and
    no sentence end."""
    if len(text) > 150 or _NOT_NAME.search(text.strip()):
        return False
    asked = _OPENER.match(text)
    text = _OPENER.sub("", text)  # "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã …", "Giao Phòng Kinh tế"
    # who heads it, said in brackets after the name: "1. Tiểu ban Văn kiện (đồng chí Phó Chủ tịch … làm Trưởng tiểu ban)"
    text = _HEADED_BY.sub("", text)
    # the name before its colon, its last words read as a name's ("Trung tâm dịch vụ tổng hợp xã:", not "… | tổng hợp")
    text = text.rstrip(" :") if text.endswith(":") else text
    name = fields.name_only(text, places=False)
    actors = bool(_ACTOR_CLASS.match(fold(text)))
    # … a class of economic actors asked, in the lower case the sentence goes on in ("5. Đề nghị các hợp tác xã, tổ hợp
    # tác nhận khoán", "Đề nghị các hợp tác xã, tổ hợp tác:")
    return name == text and (_typed_as_name(text) or (asked is not None and actors)) \
        and (fields.starts_body(text) or actors)


#: a label of a class of bodies run in before its duties: "Các hợp tác xã có giám đốc tham gia đoàn: …"
_CLASS_LABEL = re.compile(r"^(?P<who>(?:Các|Những)\s[^:.;()]{3,100}?)\s*:\s*(?=\S)")
#: a class of the economic actors a plan gives duties to (the one table: ``fields.ACTOR_CLASS``)
_ACTOR_CLASS = fields.ACTOR_CLASS


def _actors_alone(phrase: str, known: fields.Known) -> bool:
    """``phrase`` is a class of economic actors and nothing else ("Các HTX nông nghiệp có bể chứa", "Các hợp tác xã làng
    nghề"): no list of bodies, no body the registry knows; read as one body, as printed."""
    return bool(_ACTOR_CLASS.match(fold(phrase))) and ";" not in phrase and not fields.match_agencies(phrase, known, True).ids
#: a doers' cell that names the issuer's teams as a class, by their kind ("Các tổ trật tự", "Các đội kiểm định", "Các
#: tổ công tác"), folded: one lead as printed
_OWN_TEAMS_CELL = re.compile(r"(?:cac|nhung) (?:to|doi|tram|nhom)(?: [a-z]+){1,3}")


def _list_facts(siblings: list) -> tuple[dict[int, int], object]:
    """Per list of paragraphs, worked out once: where each stands, and its first group assignment
    line ("Cơ quan tham mưu, thực hiện: …"). Every task of a long flat list asks both; ``list.index``
    and a scan of the list per task were quadratic in its length."""
    key = id(siblings)
    if _facts.get(key, (None,))[0] is not siblings:
        if len(_facts) > 10000:
            _facts.clear()
        _facts[key] = (siblings, {id(p): i for i, p in enumerate(siblings)},
                       next((s for s in siblings if fields.ASSIGN.match(s.text)), None))
    return _facts[key][1], _facts[key][2]


_facts: dict[int, tuple[list, dict[int, int], object]] = {}


def _intros(siblings: list, known: fields.Known) -> dict[int, object]:
    """Per list, worked out once: the plain paragraph that introduces each plain paragraph after it ("Sở … chủ trì,
    phối hợp với các cơ quan liên quan:" then its duties, one plain paragraph each, as a Word list reads without
    its numbers), until a paragraph that names its own body or is no plain paragraph."""
    key = id(siblings)
    if _intro_facts.get(key, (None,))[0] is not siblings:
        if len(_intro_facts) > 10000:
            _intro_facts.clear()
        intro, out = None, {}
        for para in siblings:
            # a body's name alone over its duties ("Phòng Quản lý doanh nghiệp (Sở Tài chính):" then "- tổng hợp …"
            # bullets, a blank line between them): each bullet is that body's, as a heading's items are; so are the
            # numbered items under a body's name printed as a title of its own, in capitals or as a Markdown heading
            # ("PHÒNG KINH TẾ" then "1) Rà soát …", "2) …", the list counting on under the next body's title)
            if para.kind in ("bullet", "num", "letter") and not para.children and intro is not None \
                    and (_heads_bullets(intro.text) or (intro.kind == "heading" and _body_title(intro))
                         if para.kind == "bullet" else _body_title(intro)) \
                    and not (_lead_from(para.text, known) or _assigns(para, known)):
                out[id(para)] = intro
                continue
            if _body_title(para):
                intro = para
                continue
            if para.kind or para.children or (layout.is_caps(para.text) and para.text[:1].isalpha()):
                intro = None  # … until another title, caps or not ("ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG"), or a part
            elif para.text.endswith(":") and (_lead_from(para.text, known) or _opened_by(para.text, known)
                                              or _heads_bullets(para.text)):
                intro = para
            elif intro is not None:
                if _lead_from(para.text, known) or _assigns(para, known) or _closing_roles(para.text, known):
                    intro = None
                else:
                    out[id(para)] = intro
        _intro_facts[key] = (siblings, out)
    return _intro_facts[key][1]


_intro_facts: dict[int, tuple[list, dict[int, object]]] = {}


def _kinds_alone(name: str) -> bool:
    """``name`` names economic actors by their kinds and nothing else ("Các HTX", "Các hợp tác xã, tổ hợp tác", "Các HTX
    và THT"), no words that pick members out ("… nhận khoán", "… có sản phẩm OCOP")."""
    folded = fold(name).strip(" :")
    kinds = re.match(r"(?:cac|nhung) (?P<rest>.+)$", folded)
    return kinds is not None and all(re.match(rf"{_ACTOR_CLASS.pattern}$", f"cac {kind}")
                                     for kind in re.split(r"\s*,\s*(?:va\s+)?|\s+va\s+", kinds.group("rest")))


def _body_title(para) -> str | None:
    """A line of its own, no item, that is a body's name alone as a title over the items after it: with its colon
    ("Phòng Kinh tế:"), printed in capitals ("PHÒNG VIỆC LÀM - AN TOÀN LAO ĐỘNG"), or as a Markdown heading ("###
    Văn phòng Sở"); the body as the items' lead (a name in capitals in running case), else None."""
    if para.children or para.kind not in ("", "heading") or len(para.text) > 150:
        return None
    text = para.text.strip()
    if text.endswith(":"):
        return _heads_bullets(text)
    if layout.is_caps(text):
        text = _running_case(text)
    elif para.kind != "heading":
        return None
    return text if _agency_heading(text) and not _ACTOR_CLASS.match(fold(text)) else None


def _heads_bullets(text: str) -> str | None:
    """A plain line that names a body alone over its bullets: its name with a colon ("Phòng Quản lý doanh nghiệp (Sở Tài
    chính):") or addressed to it ("Đối với Liên minh Hợp tác xã Thành phố:"); the body as printed, else None."""
    addressed = _FOR_BODY.match(text)
    if addressed is not None and not addressed.group("rest") and _agency_heading(addressed.group("who")):
        return addressed.group("who")
    if not text.endswith(":"):
        return None
    name = text.rstrip(" :")
    if _agency_heading(text):
        return name
    # … or a class of economic actors so ("Các hợp tác xã tham gia chương trình:" over its duties)
    return name if _ACTOR_CLASS.match(fold(name)) and len(name) < 80 \
        and fields.name_only(name, places=False) == name else None

#: where an opening paragraph turns to its addressees: "…, Sở Tài chính đề nghị | UBND các xã, phường, đặc khu thực
#: hiện một số nội dung sau:", "…, Chủ tịch UBND tỉnh yêu cầu | các sở, ngành thực hiện tốt các nội dung sau:"
_ADDRESS = re.compile(r"(?:^|[\s,;])(?:đề nghị|yêu cầu|giao)(?:\s+cho)?\s+(?=\S)", re.I)


def _addressed(text: str, known: fields.Known) -> str | None:
    """The bodies a paragraph that introduces a list asks to carry it out, as printed, or None."""
    if not text.rstrip().endswith(":"):
        return None
    requests = list(_ADDRESS.finditer(text))
    if not requests:
        return None
    rest = text[requests[-1].end():].rstrip(" :")  # the last request of the sentence turns to its addressees
    if not _opens_with_body(rest):
        return None
    name = fields.name_only(rest).strip(" ,")
    if not name or name == rest or len(name) >= 150:
        return None  # no verb after the names: not "X thực hiện …" but a list of what is asked
    named = fields.match_agencies(name[:1].upper() + name[1:], known)
    return name if named.ids or named.unknown else None


def _sole_addressee(text: str, known: fields.Known) -> str | None:
    """The one body or class a "Kính gửi:" line names ("Kính gửi: Các hợp tác xã vận tải trên địa bàn tỉnh."), without
    where it is; None for a list (several bodies, or the line's recipients below it)."""
    rest = re.split(r"(?i)kính gửi\s*:", text, maxsplit=1)[-1].strip(" .;")
    name = fields.name_only(rest).strip(" .") if rest and ";" not in rest else ""
    if not name or (name != rest and fields.place_end(rest) != len(name)) or re.search(r"\s(?:và|cùng)\s", name):
        return None
    where = fields._PLACE_END.search(name)
    name = name[:where.start()] if where else name  # where it is ("… trên địa bàn tỉnh") is no part of its name
    if _ACTOR_CLASS.match(fold(name)):
        return name  # a class of economic actors, one addressee however it lists them ("Các hợp tác xã, tổ hợp tác")
    named = fields.match_agencies(name, known)
    return name if len(named.ids) + len(named.unknown) == 1 else None


def _addressees(siblings: list, known: fields.Known) -> dict[int, tuple[str, object]]:
    """Per list, worked out once: the items below an opening paragraph that addresses bodies (a Công văn's or a Chỉ
    thị's "… đề nghị UBND các xã, phường thực hiện một số nội dung sau:" then "1. …", "2. …"), each with those
    bodies, until an item names its own body."""
    key = id(siblings)
    if _address_facts.get(key, (None,))[0] is not siblings:
        if len(_address_facts) > 10000:
            _address_facts.clear()
        out: dict[int, tuple[str, object]] = {}
        who = opening = None
        kind = ""
        for para in siblings:
            if para.kind == "heading":
                continue  # a Markdown heading that divides the list ("### Về tín dụng"): the same addressees
            if para.kind == "":
                who, opening, kind = (_addressed(para.text, known), para, "") if not para.children else (None, None, "")
                continue
            if who is None or (kind and (para.kind, para.rank) != kind):
                who = None
                continue
            kind = (para.kind, para.rank)
            if _lead_from(para.text, known) or _opened_by(para.text, known) or _closing_roles(para.text, known):
                who = None
                continue
            out[id(para)] = (who, opening)
        _address_facts[key] = (siblings, out)
    return _address_facts[key][1]


_address_facts: dict[int, tuple[list, dict[int, tuple[str, object]]]] = {}


def _responsible(para, siblings: list, roots: list, known: fields.Known, labelled: dict | None = None) -> dict:
    """Who leads and who cooperates on a body task, its output and where its deadline is printed, looked for in
    turn: its labelled lines ("Cơ quan chủ trì: …", "Thời gian: …"), bodies named in brackets at its end, an
    assignment line right after it, its own sentence, a group assignment line, the plain paragraph that introduces
    it, an ancestor heading (or its labelled lines). ``labelled``: id(item) → its labelled lines."""
    labelled = labelled or {}
    found = {"lead_text": None, "lead_as": None, "coop_text": None, "output": None, "deadline_source": para.text, "review": [],
             "more_leads": [], "deadline_cell": None, "listed": False, "coop_listed": None, "whole": False}
    index = _list_facts(siblings)[0][id(para)]
    following = siblings[index + 1] if index + 1 < len(siblings) else None

    def coop_in(text: str) -> None:
        coop = fields.COOP.search(text)
        found["coop_text"] = found["coop_text"] or (text[coop.start():coop.end()] if coop else None)

    def coop_too(*phrases: str | None) -> None:
        kept = [p for p in (found["coop_text"], *phrases) if p]
        found["coop_text"] = "; ".join(kept) or None

    def listed_too(*phrases: str | None) -> None:  # cooperating bodies a label or brackets list (each phrase once)
        kept = [p for p in (found["coop_listed"], *phrases) if p]
        found["coop_listed"] = "; ".join(dict.fromkeys(kept)) or None

    # 0. its labelled lines: "Cơ quan thực hiện: X; phối hợp: Y", "Thời gian: Quý III/2026", "Sản phẩm: …"
    own = _own_fields(para, siblings, labelled)
    found["deadline_cell"], found["output"] = own.get("deadline"), own.get("output")
    if own.get("lead"):
        found["lead_text"], found["listed"] = own["lead"], True
        # a class of economic actors alone under its label ("Chủ trì: Các HTX nông nghiệp có bể chứa"), as a lead
        # cell of one is read: one body as printed
        found["whole"] = _actors_alone(own["lead"], known)
        if not own.get("coop"):  # its "Cơ quan phối hợp:" line lists them ("Ban hành Quy chế phối hợp …" names none)
            coop_in(para.text)
    listed_too(own.get("coop"))
    # 0+. a coded item a grid gives to its body in its periods ("CV01. Ký hợp đồng …" under "Phòng X | CV01, CV02 | …"):
    #     that body leads, due by the end of the last period it is marked in
    coded = _ITEM_CODED.match(para.text) if known.codes else None
    if coded and coded.group("code") in known.codes:
        body, periods = known.codes[coded.group("code")]
        if found["lead_text"] is None:
            found["lead_text"], found["listed"] = body, True
        found["deadline_cell"] = found["deadline_cell"] or periods[-1]
    # 0'. the item written "work → doers → time" ("Rà soát … → P.KH-TM (chính), Trạm NL Hòa An → xong 20/10/2026"):
    #     the body marked "(chính)" or "(chủ trì)", else the one named first, leads; the others cooperate
    arrowed = _arrowed(para.text) if found["lead_text"] is None else None
    if arrowed is not None and _PLUS.search(arrowed[0]):  # "→ Ban Kinh tế + Văn phòng": bodies joined by a plus, the one
        arrowed = (_PLUS.sub("; ", arrowed[0]), arrowed[1])  # named first leading, as the others a list parts them
    if arrowed is not None:
        # the doers' clause read as a closing bracket reads ("X chủ trì, mời Y cùng giảng; tuần đầu tháng 12", "X phối
        # hợp Y tổ chức"), else (the lead marked "(chính)") as a doers' cell
        said = None if re.search(r"\((?:chính|chủ trì)\)", arrowed[0], re.I) else \
            _closing_roles(f"… ({arrowed[0].strip(' .;')})", known)  # "X (chính), Y": a doers' cell's marks
        if said and said[0]:
            found["lead_text"], found["more_leads"], found["listed"] = said[0][0], said[0][1:], True
            listed_too(*said[1])
            found["deadline_cell"] = found["deadline_cell"] or said[3].get("deadline") or arrowed[1]
        else:
            lead, coop = _roles_cell(arrowed[0])
            found["lead_text"], found["listed"] = lead, True
            listed_too(coop)
            found["deadline_cell"] = found["deadline_cell"] or arrowed[1]
    # 0a. fields written inside the item's own paragraph, after its sentence ("… . Chủ trì: X; phối hợp: Y. Thời
    #     gian: Z.", "…; chủ trì: X; phối hợp: Y"): its lead before any heading's, its cooperating bodies listed
    #     (also where its labelled lines below name no lead: "… . Phụ trách: Phòng X." then "Cùng làm: Y. Hạn: …", a
    #     PDF's line that opens with a label)
    given_tail = _GIVEN_TAIL.search(para.text) if not own else None
    if not own.get("lead") and given_tail is None:
        # … or who does it after the last colon of its work, in three slots as its last sentence, in the passive ("…
        # được giao cho X"), or the helpers its last sentence names ("… . Phòng Kinh tế làm, Hội Nông dân xã giúp; …")
        inline = _inline_fields(para.text) or _roles_after_colon(para.text) or _slots_after(para.text, known) \
            or _given_passive(para.text) or _role_sentence(para.text)
        if inline.get("lead"):
            found["lead_text"], found["listed"] = inline["lead"], True
        listed_too(inline.get("coop"))
        # its time labelled beside them ("(Phụ trách: X; phối hợp: Y; hạn: 15/9/2026)"), where it reads as a time
        if inline.get("deadline") and fields.deadline(inline["deadline"], cell=True).kind != "unspecified":
            found["deadline_cell"] = found["deadline_cell"] or inline["deadline"]
    # 0b. bodies named at its end, in brackets: "(Sở Tài chính chủ trì, phối hợp với …)", "(Văn phòng Sở thực hiện)";
    #     or in a last clause after the sentence, as a bracket gives them ("…. Giao: X chủ trì, phối hợp với Y; hằng
    #     năm.", "…. Đơn vị thực hiện: X chủ trì, Y phối hợp; …")
    closing = _closing_roles(para.text, known) if found["lead_text"] is None else None
    opening = _OPENING_TAGS.match(para.text) if closing is None and found["lead_text"] is None else None
    if opening and all(_FIELD.match(own_labels.in_fields(t.strip(), known.own)) for t in _TAG.findall(opening["square"])):
        # … or its fields' tags before its work ("[Chính: Ban Thường vụ Hội] [Cùng: …] [Xong: 31/8/2026] Rà soát …"),
        # as a note on its tags says: read as the closing ones are
        closing = _closing_roles(opening["square"], known)
    if closing is None and given_tail is not None and found["lead_text"] is None:
        # its sentences are its clauses ("…. Giao: Phòng Đào tạo. Hạn: kết thúc mỗi lớp.")
        tail = re.sub(rf"\.\s+(?=[{fields.CAPITAL}])", "; ", given_tail.group("tail").rstrip(" .;"))
        bracketed = f"{para.text[:given_tail.start('tail')]}({tail})"
        closing = _closing_roles(bracketed, known)
        if closing and given_tail.group("bare"):  # a sentence "Giao X thực hiện; từ tháng 8/2026.": its doers; its
            closing[3].pop("deadline", None)  # time is the text's, read as the whole item's is
    timed = _BRACKET_THEN_TIME.match(para.text.rstrip(" .;")) if closing is None and found["lead_text"] is None else None
    if timed and _time_clause(timed.group("time")) and not re.search(  # (not a partner's parent: "…, phối hợp Chi cục X
            r"\b(?:phối hợp|cùng|chủ trì)\b",  # (Sở NN&MT) - trong mùa khô")
            re.split(r"[,;]", timed.group("item")[:timed.group("item").rindex("(")])[-1], re.I):
        # the doers' bracket, then its time after a spaced dash ("… (Hội Nông dân phường; phòng Kinh tế) - quý I."): the
        # bracket's doers; the time is the text's, read as the whole item's is
        closing = _closing_roles(timed.group("item"), known)
    roled = _ROLES_AFTER_DASH.match(para.text.rstrip(" .;")) if closing is None and found["lead_text"] is None else None
    if roled:
        # the doers with their roles after a spaced dash, nothing after them ("… , trong tháng 8 — phòng X chủ trì, Y,
        # Z phối hợp."): read as a closing bracket's, where a role is named
        said = _closing_roles(f"{roled.group('item')} ({roled.group('who')})", known)
        closing = said if said and said[0] and _ROLE.search(roled.group("who")) else None
    dashed = _LEAD_AFTER_DASH.match(para.text.rstrip(" .;")) if closing is None and found["lead_text"] is None \
        and (" -- " in para.text or "—" in para.text or "–" in para.text) else None
    if dashed and (dashed["coop"] or dashed["time"]) and _names_only(dashed["lead"], known, listed=True) \
            and (dashed["time"] is None or _time_clause(dashed["time"])):
        # the lead alone after a dash, its partners after a plus sign, its time after a colon ("… -- Sở X (+ Y, Z): quý
        # I/2027"), as the document's note on its notation says
        closing = ([dashed["lead"].strip()], [dashed["coop"]] if dashed["coop"] else [], dashed.start("lead"),
                   {"deadline": dashed["time"].strip()} if dashed["time"] else {})
    spaced = _DOERS_THEN_TIME.match(para.text.rstrip(" .;")) if closing is None and found["lead_text"] is None else None
    if spaced and _time_clause(spaced["time"]):
        # the doers between two spaced dashes, joined by "&" or ";", then the time ("… — Phòng X & Liên minh HTX tỉnh —
        # 31/10/2026"): the first named leads, as the common convention and such a list's note say, the rest take part
        named = [n.strip() for n in re.split(r"\s+&\s+|\s*;\s*", spaced["who"]) if n.strip()]
        if named and all(_names_only(n, known, listed=True) for n in named):
            closing = ([named[0]], named[1:], spaced.start("who"), {"deadline": spaced["time"].strip()}
                       | ({"review": message("imp_first_leads_bracket", lead=named[0])} if len(named) > 1 else {}))
    if closing and closing[0]:
        leads, coops, at, given = closing
        found["lead_text"], found["more_leads"], found["listed"] = leads[0], leads[1:], True
        if len(leads) == 1 and _ACTOR_CLASS.match(fold(leads[0])):
            found["whole"] = True  # a class of economic actors, as printed: "(các HTX vận tải hội viên thực hiện; …)"
        coop_in(para.text[:at])
        listed_too(*coops)
    elif closing:
        listed_too(*closing[1])
    if closing:
        if "review" in closing[3]:
            found["review"].append(closing[3]["review"])
        found["deadline_cell"] = found["deadline_cell"] or closing[3].get("deadline")
        found["output"] = found["output"] or closing[3].get("output")
    # 0b'. the doers run in before a colon with their roles marked ("Phòng Kinh tế, Hạ tầng và Đô thị (chủ trì), Trung
    #      tâm Phục vụ hành chính công phường (phối hợp): rà soát …"): the one marked "chủ trì" leads, the others cooperate
    marked = _MARKED_HEAD.match(para.text) if found["lead_text"] is None else None
    if marked:
        lead, coop = _roles_cell(marked.group("head"))
        if lead:
            found["lead_text"], found["listed"] = lead, True
            listed_too(coop)
    # 0c. the doer after the work and a spaced dash, then the time ("… – Phòng Kinh tế (phối hợp: Y) – quý III/2026.")
    dashed = _dashed_doer(para.text) if found["lead_text"] is None else None
    if dashed:
        found["lead_text"], found["listed"] = dashed[0], True
        listed_too(dashed[1])
    # 0c+. the doers and their roles in the field between the work and its time, apart by spaced dashes or hyphens as
    #      typed on a phone ("… - P.KT thực hiện, mời Công ty X hỗ trợ - trước 30/11/2026."): read as a bracket's
    roled = _dashed_roles(para.text, known) if found["lead_text"] is None else None
    if roled:
        found["lead_text"], found["more_leads"], found["listed"] = roled[0][0], roled[0][1:], True
        listed_too(*roled[1])
    # 0c". the doers in brackets before the work, as the item's first words ("(Phòng Kinh tế) Rà soát …; cùng Y.")
    opening = _OPENING_DOERS.match(para.text) if found["lead_text"] is None else None
    lead, coop, _ = _cell_roles(opening.group("who") or opening.group("tag")) if opening else (None, None, None)
    if lead and _names_only(lead, known, listed=True, slot=True):
        found["lead_text"], found["listed"] = lead, True
        listed_too(coop)
        coop_in(para.text[opening.end():])
    # 0c'. the doers in the middle field of "work / doers / time"
    slashed = _slashed_doers(para.text) if found["lead_text"] is None else None
    if slashed:
        found["lead_text"], found["listed"] = slashed[0], True
        listed_too(slashed[1])
    # 0d. the partners named before the lead ("Phối hợp với Hội Nông dân xã, Phòng Kinh tế chủ trì …", "Với sự phối
    #     hợp của Công an xã, Phòng Kinh tế kiểm tra …")
    # … but "Phối hợp với X, Y chuẩn bị …" under a body's heading ("4. Chi nhánh Trung tâm …:") is that body's work
    # with X and Y, unless Y is said to lead ("…, Y chủ trì")
    partners = _partners_first(para.text) if found["lead_text"] is None else None
    if partners and para.text.startswith("Phối hợp") and not re.match(r"\s*chủ trì\b", para.text.split(partners[0], 1)[-1]) \
            and any(_agency_heading(a.text.rstrip(" :")) for a in para.ancestors()):
        partners = None
    if partners:
        found["lead_text"] = partners[0]
        coop_too(partners[1])
    # 0d'. an amending document's change of a task: its new lead ("Điều chỉnh đơn vị chủ trì nhiệm vụ số 4 "…" từ X
    #      sang Y"), or the doer its quoted wording names ("Điều chỉnh thời gian … nhiệm vụ số 6 "Phòng Kinh tế …" từ …")
    amended = _AMENDED.match(para.text) if found["lead_text"] is None else None
    if amended and amended.group("new"):
        found["lead_text"] = amended.group("new")
    elif amended and amended.group("quoted"):
        found["lead_text"] = _lead_from(amended.group("quoted"), known) or _opened_by(amended.group("quoted"), known)
    # 0e. a short name the document defines as the subject ("Hai bên tổ chức …"): the bodies it stands for
    defined = _alias_opens(para.text, known) if found["lead_text"] is None else None
    if defined:
        found["lead_text"] = defined
        coop_in(para.text)
    # 1. an assignment line right after the task ("* Sở … chủ trì, … Sản phẩm hoàn thành: …")
    if found["lead_text"] is None and following is not None and following.marker == "*" and "chu tri" in following.folded:
        assign = following.text
        found["lead_text"] = _lead_from(assign, known)
        coop_in(assign)
        out = re.search(r"Sản phẩm(?: hoàn thành)?\s*:\s*(?P<o>.+?)\.?$", assign)
        # "Sản phẩm hoàn thành: …" in the line, or on a line of its own after it (a page break between them)
        found["output"] = out.group("o").strip() if out else _item_fields(labelled.get(id(following), [])).get("output")
        found["deadline_source"] = assign.split("Sản phẩm")[0]
    # 1'. the doer the document prints bold at its start, the sentence going on after it in lower case ("a) **UBND các
    #     xã, phường ven biển** kêu gọi …", "Đề nghị **Ngân hàng …** xem xét …"): the bold words end its name, whatever
    #     verb follows
    if found["lead_text"] is None and para.bold_head and all(
            fields.starts_body(name) or _ACTOR_CLASS.match(fold(name)) for name in para.bold_head):
        found["lead_text"], found["more_leads"] = para.bold_head[0], list(para.bold_head[1:])
        found["whole"] = bool(_ACTOR_CLASS.match(fold(para.bold_head[0])))  # a class of economic actors, as printed
        found["listed"] = _own_unit(para.bold_head[0])  # the issuer's own unit by its one word ("**Văn phòng** …")
        coop_in(para.text)
    # 2. the task's own sentence; further clauses that open with agencies name more leads
    #    ("Các sở, ban, ngành căn cứ …; Ủy ban nhân dân các huyện … xây dựng kế hoạch …")
    if found["lead_text"] is None:
        found["lead_text"] = _lead_from(para.text, known)
        team = _TEAM_LED_BY.match(para.text)
        if team and fields.starts_body(team.group("who")):
            # a team led by a body ("Đoàn kiểm tra liên ngành do Sở Nội vụ chủ trì kiểm tra …; thành viên đoàn gồm Sở
            # Công Thương, Công an tỉnh"): that body leads, the members it lists cooperate
            found["lead_text"] = team.group("who")
            members = _TEAM_MEMBERS.search(para.text)
            listed_too(members.group("who") if members else None)
        if found["lead_text"] is None and _OPENER.match(para.text):  # "Giao Trung tâm … tiếp nhận …"
            found["lead_text"] = _opened_by(para.text, known)
        member = _MEMBER.match(para.text) if found["lead_text"] is None else None
        post = fields.match_agencies(member.group("post"), known) if member else None
        if post is not None and (post.ids or post.unknown):
            found["lead_text"] = member.group("post")  # "a) Ông X, Giám đốc Sở Công Thương: chỉ đạo …": his body
        addressed = _FOR_BODY.match(para.text)
        if found["lead_text"] is None and addressed and addressed.group("rest") and _agency_heading(addressed.group("who")):
            found["lead_text"] = addressed.group("who")  # "Đối với X: đề nghị chỉ đạo …": X
        level = _LEVEL_LABEL.match(para.text)
        if found["lead_text"] is None and level:  # "Cấp tỉnh: Ban X biên soạn …": the sentence after the level's label
            rest = para.text[level.end():]
            found["lead_text"] = _lead_from(rest, known) or _opened_by(rest, known)
        if found["lead_text"] is None and _OWN_UNIT_DOES.match(para.text):  # "Văn phòng tổng hợp kết quả …"
            found["lead_text"] = _opened_by(para.text, known)
        if found["lead_text"] and _own_unit(found["lead_text"]):
            found["listed"] = True  # the issuer's own unit by its one word, as a list by its label names it
        coop_in(para.text)
        if found["lead_text"] and para.text.startswith(found["lead_text"]):
            found["more_leads"] = [lead for clause in re.split(r";\s*", para.text)[1:]
                                   if (lead := fields.leading_agencies(clause, known))]
    # 2b. the sentence opens with a body the registry lacks, its verb after it ("Ban Quản lý … triển khai …",
    #     "Công chức Văn hóa - Xã hội xã hướng dẫn …"): that body, before any heading above it
    #     maybe after a fronted clause ("Trong quá trình …, Thủ trưởng các cơ quan … chủ động …")
    if found["lead_text"] is None and _assigns(para, known) and not para.text.startswith("Giao"):
        head = para.text[_actor_at(para.text) or 0:].split(":")[0]
        # a name before a colon fills its slot ("Trung tâm Tư vấn, hỗ trợ hợp tác xã: tư vấn …")
        whole = ":" in para.text and len(head) < 120 and re.fullmatch(r"[\w][\w\s,\-–&]*", head) is not None \
            and fields.name_only(head, which=False, whole=True) == head
        name = (head if whole else fields.name_only(head)).strip(" ,")
        # … a class in running case after a fronted time ("Hằng tháng các hợp tác xã gửi …"): read as a sentence opens it
        running = re.match(r"(?:các|những)\s", name) is not None
        probe = name[:1].upper() + name[1:] if running else name
        # … not "các đơn vị" alone after how often, the units a sentence before named ("Định kỳ hằng quý, các đơn vị báo
        # cáo …"): which they are is the reviewer's to say
        alone = running and _UNITS_ALONE.fullmatch(fold(name)) is not None and re.match(_EVERY, para.text) is not None
        actors = running and _ACTOR_CLASS.match(fold(probe)) is not None  # "Hằng tháng, các tổ hợp tác báo cáo …"
        if name and len(name) < 150 and not alone:
            named = None if actors else fields.match_agencies(probe, known, whole)  # read once
            if actors or named.unknown or named.ids:
                found["lead_text"], found["listed"] = name, whole
                found["whole"] = found["whole"] or actors  # a class of economic actors: one doer as printed
                if running and not actors:
                    found["lead_as"] = probe
                coop_in(para.text)
    # 2b''. the item typed in lower case from its first word ("4/ công an xã bố trí …", "hội Nông dân xã giới thiệu
    #      …"), or its subject so after a fronted clause ("Trước 31/3, phòng kinh tế xã rà soát …", "Trước mùa mưa
    #      (tháng 5), công an xã kiểm tra …"): its body as the words there, capitalised as a sentence opens
    at = _lower_actor_at(para.text) if found["lead_text"] is None and para.kind in ("num", "letter", "bullet") else None
    if at is not None:
        opened = para.text[at].upper() + para.text[at + 1:]
        if _actor_at(opened) == 0 and _assigns(_Line(opened), known) and not opened.startswith("Giao"):
            name = fields.name_only(opened.split(":")[0]).strip(" ,")
            named = fields.match_agencies(name, known) if name and len(name) < 150 else None
            if named is not None and (named.ids or named.unknown):
                found["lead_text"], found["lead_as"] = para.text[at:at + len(name)], name
                coop_in(para.text)
    # 2c. a later sentence of the item that assigns it ("Tổ chức 02 lớp tập huấn … . Giao Trung tâm Dịch vụ nông
    #     nghiệp huyện chủ trì, phối hợp với …", "…; giao Phòng Kinh tế phối hợp với …"): its bodies
    if found["lead_text"] is None:
        for later in _LATER_OPENER.finditer(para.text):
            sentence = para.text[later.start("s"):]
            lead = _lead_from(sentence, known) or _opened_by(sentence[:1].upper() + sentence[1:], known)
            if lead:
                found["lead_text"] = lead
                coop_in(sentence)
                break
    # 2b'. a class of economic actors as the label of its duties ("Các hợp tác xã có giám đốc tham gia đoàn: …",
    #      "Các hợp tác xã, tổ hợp tác: chủ động …"), as a heading names one: the class as printed, with the members
    #      it picks out
    label = _CLASS_LABEL.match(para.text) if found["lead_text"] is None else None
    if label and _ACTOR_CLASS.match(fold(label.group("who"))):
        found["lead_text"], found["whole"] = label.group("who"), True
    elif found["lead_text"] is None and _ACTOR_CLASS.match(fold(_OPENER.sub("", para.text, count=1))) and (
            para.text[:1].isupper() or para.kind in ("num", "letter", "bullet")):  # "6. các HTX, THT ghi chép …" as typed
        # … or as the subject of its sentence, up to the verb ("Các HTX vận tải | tự rà soát …", "Các chi hội, câu lạc
        # bộ trực thuộc | đăng ký …"), maybe asked to ("Đề nghị các hợp tác xã làng nghề | cử người …")
        sentence = _OPENER.sub("", para.text, count=1)
        subject = sentence.split(":")[0]
        name = fields.name_only(subject)
        label = sentence[len(subject):].startswith(":")  # … or the label its work follows ("Các ấp: rà soát …")
        if (name != subject or label) and 5 < len(name) < 100:
            found["lead_text"], found["whole"] = name, True
    # 2c'. the doer named after the work, as its agent ("Hỗ trợ …, do Sở X chủ trì thực hiện, phối hợp với Y …")
    if found["lead_text"] is None and (agent := _agent(para.text)) is not None:
        named = fields.match_agencies(agent, known)
        if named.ids or named.unknown:
            found["lead_text"] = agent
            coop_in(para.text)
    # 2d. a run-in head before the doer: a label ("Về cơ sở dữ liệu: Sở Tài chính xây dựng …", "Đối với …: Quỹ …
    #     ưu tiên …") or a title sentence ("Nâng cao nhận thức … . Các sở, ban, ngành … tổ chức …"): the sentence
    #     after it opens with its doer
    if found["lead_text"] is None:
        rest = _after_run_in(para.text)
        if rest is not None:
            lead = _sentence_doer(rest, known)
            if lead is None and _ACTOR_CLASS.match(fold(rest)):  # a class of economic actors after the head ("Trước
                name = fields.name_only(rest.split(":")[0])     # khi thu hoạch: các hợp tác xã, tổ hợp tác hội viên
                if name != rest.split(":")[0] and 5 < len(name) < 100:  # | hoàn thành …")
                    found["lead_text"], found["whole"] = name, True
            if lead:
                found["lead_text"] = lead
                coop_in(rest)
    # 2e. the doer in a later sentence of the item with its role alone, the work said first ("Thẩm định dự án … . Phòng
    #     Tín dụng thực hiện trong vòng 15 ngày …", "Rà soát lại … . công chức Kinh tế làm, báo cáo …", "… . Hội Nông
    #     dân xã chủ trì, thực hiện cuối tháng 11.")
    if found["lead_text"] is None and (doer := _doer_after(para.text, known)) is not None:
        found["lead_text"] = doer
        coop_in(para.text)
    # a later clause whose bodies "phối hợp" (without "với"): they cooperate ("…; Hội Nông dân xã phối hợp hướng dẫn …")
    # (or after the lead's "chủ trì": "X chủ trì, Y phối hợp chọn …")
    # … or a later sentence of their own ("… trong tháng 4 và tháng 5/2027. Liên minh Hợp tác xã tỉnh phối hợp mời học
    # viên.")
    worded = para.text[:closing[2]] if closing else para.text
    for clause in [*re.split(r";\s*|(?<=chủ trì),\s+", worded)[1:],
                   *(sentence for sentence in _sentences(worded)[1:] if _opens_with_body(sentence))]:
        coop_too(*_partners_of(clause, known))
    # 3. a group line "Cơ quan tham mưu, thực hiện: …" among the children, siblings or the parent's siblings
    if found["lead_text"] is None:
        for pool in (para.children, siblings,
                     para.parent.parent.children if para.parent and para.parent.parent else roots):
            assign = _list_facts(pool)[1]
            if assign is None:
                continue
            who = fields.ASSIGN.match(assign.text).group("who")
            time = re.search(r"[.;]\s*(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(?P<t>.+)$", who)
            if time:  # "…. Thời gian: hoàn thành trong quý III/2026.": the group's time, unless the item has its own
                who = who[:time.start()]
                if found["deadline_cell"] is None and fields.deadline(para.text).kind == "unspecified":
                    found["deadline_cell"] = time.group("t").strip(" .;")
            roles = re.fullmatch(r"(?P<lead>[^;]+?)\s+chủ trì\s*;\s*(?P<coop>[^;]+?)\s+phối hợp\.?", who.strip(" ."))
            if roles:  # "X chủ trì; Y, Z phối hợp": the bodies before "phối hợp" cooperate
                listed_too(roles.group("coop"))
                who = roles.group("lead")
            elif who and "chu tri" in fold(who):
                coop_in(who)
                who = who[: fold(who).index("chu tri") + len("chu tri")]
            elif who:
                verb = re.search(rf"\s(?:{fields._VERBS})\b", who)
                who = who[: verb.start()] if verb else who
            found["lead_text"] = _OPENER.sub("", who) or None  # "đề nghị Liên minh … chủ trì"
            if who:
                found["review"].append(message("imp_group_assign"))
            break
    # 3b. the plain paragraph that introduces it ("Sở … chủ trì, phối hợp với …:" then plain paragraphs)
    if found["lead_text"] is None and para.kind in ("", "bullet", "num", "letter"):
        intro = _intros(siblings, known).get(id(para))
        if intro is not None:
            found["lead_text"] = (_body_title(intro) if layout.is_caps(intro.text) else None) \
                or _lead_from(intro.text, known) or _opened_by(intro.text, known) \
                or _heads_bullets(intro.text) or _body_title(intro)  # a body's name alone over its items
            found["whole"] = found["whole"] or bool(found["lead_text"] and _ACTOR_CLASS.match(fold(found["lead_text"])))
            coop_in(intro.text)
    # 3c. the bodies the opening paragraph above its list addresses ("… đề nghị UBND các xã, phường thực hiện …
    #     sau:"), for it and what it holds
    if found["lead_text"] is None:
        for item, pool in [(para, siblings), *((a, a.parent.children if a.parent else roots) for a in para.ancestors())]:
            addressed = _addressees(pool, known).get(id(item))
            if addressed is not None:
                found["lead_text"], found["lead_as"] = addressed[0], addressed[0][:1].upper() + addressed[0][1:]
                found["review"].append(message("imp_lead_from_opening"))
                break
            if _lead_from(item.text, known) or _agency_heading(item.text) or _duties_of(item.text):
                break  # an item or heading that names its own body comes first
    # 4. the nearest heading that names an agency ("2.2. Sở Kế hoạch và Đầu tư chủ trì …:"), is one
    #    ("1. Sở Công Thương", "1. Cục … có trách nhiệm:") or gives the duties of one ("NHIỆM VỤ CỦA BỘ …"),
    #    or whose labelled lines name its lead ("Cơ quan chủ trì: …" under a heading with sub-items)
    if found["lead_text"] is None:
        for ancestor in para.ancestors():
            given = _item_fields(labelled.get(id(ancestor), []))
            if given.get("lead"):
                found["lead_text"], found["listed"] = given["lead"], True
                listed_too(given.get("coop"))
                found["deadline_cell"] = found["deadline_cell"] or given.get("deadline")
                break
            if ancestor.kind == "roman" and ancestor.marker in layout.UPPER_LETTERS and layout.is_caps(ancestor.text) \
                    and _names_doers(ancestor.text):
                # a part's title that names its doers alone ("C. CÁC HỢP TÁC XÃ DU LỊCH CỘNG ĐỒNG"): they do its items
                running = _running_case(ancestor.text)
                found["lead_text"] = found["lead_as"] = running[:1].upper() + running[1:]
                found["whole"] = bool(_ACTOR_CLASS.match(fold(found["lead_text"])))
                break
            # a heading that names its lead in brackets at its end ("5. Đào tạo … (Liên minh Hợp tác xã tỉnh chủ trì):")
            closing = _closing_roles(ancestor.text.rstrip(" :"), known) if ancestor.text.rstrip(" :").endswith(")") else None
            # … or a title of a field over its items whose bracket holds one body's name and nothing else ("3) Văn hóa -
            # Xã hội (phòng VH-XH)", "2. Lĩnh vực nông nghiệp (Sở Nông nghiệp và Môi trường)"): that body does them
            # (not a body's own name and its short form or its parent: "1. Phòng Kinh tế (phòng KT)", "Phòng Quản lý
            # thương mại (Sở Công Thương)")
            alone = closing is not None and len(closing[0]) == 1 and not closing[1] and bool(ancestor.children) \
                and not layout.is_sentence(ancestor) and len(ancestor.text) < 120 \
                and ancestor.text.rstrip(" :")[closing[2]:].strip("() ") == closing[0][0] \
                and not fields.starts_body(_OPENER.sub("", ancestor.text[:closing[2]]))
            if closing and closing[0] and (alone or re.search(r"\b(?:chu tri|thuc hien)\b", fold(ancestor.text[closing[2]:]))):
                found["lead_text"], found["more_leads"], found["listed"] = closing[0][0], closing[0][1:], True
                listed_too(*closing[1])
                break
            head = _asked_in_capitals(ancestor.text)  # "IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC": as running text writes it
            asked = _OPENER.match(head)  # "2. Yêu cầu các sở, ngành:": a class in running case, as a subject
            if asked and head.endswith(":") and head[asked.end():][:1].islower():
                rest = head[asked.end():].rstrip(" :")
                subject = rest[:1].upper() + rest[1:]
                named = fields.match_agencies(subject, known)
                if _opens_with_body(rest) and fields.name_only(rest) == rest and (named.ids or named.unknown):
                    found["lead_text"], found["lead_as"] = rest, subject
                    break
            if asked and len(ancestor.text) < 150 and not layout.is_sentence(ancestor):
                # … a class of economic actors asked, with or without its colon ("5. Đề nghị các hợp tác xã, tổ hợp tác
                # nhận khoán", "Đề nghị các hợp tác xã, tổ hợp tác:"): the class as printed leads its items
                rest = head[asked.end():].rstrip(" :")
                # (a title in capitals has no verb of its own: the words after the class pick its members out, "IV. ĐỀ
                # NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC CUNG CẤP VỎ DỪA")
                if _ACTOR_CLASS.match(fold(_as_class(rest))) and (fields.name_only(rest) == rest or ancestor.text.isupper()):
                    found["lead_text"], found["whole"] = rest, True
                    break
            names = fields.match_agencies(ancestor.text, known)
            heading = ancestor.text.rstrip(":") if ancestor.text.endswith(":") and len(ancestor.text) < 200 else None
            defined = _alias_in(ancestor.text, known) if not names.ids and not names.unknown else None
            if defined and len(ancestor.text) < 150 and not layout.is_sentence(ancestor):
                found["lead_text"] = defined  # "Nội dung hai bên cùng thực hiện": the bodies "hai bên" stands for
                break
            whose = _duties_of(ancestor.text)
            named = fields.match_agencies(whose, known) if whose else None
            if named and (named.ids or named.unknown):
                found["lead_text"] = whose
                break
            if ancestor.children and (addressed := _class_addressed(ancestor.text)):
                found["lead_text"], found["whole"] = addressed, True  # "5. Đối với các HTX tham gia chương trình"
                break
            if heading is None and _agency_heading(head):
                heading = head
                if _CLASS_HEAD.match(fold(heading)) and not names.ids:  # "10. Các chủ đầu tư dự án …, cụm …"
                    found["lead_text"], found["whole"] = heading, True
                    break
            if heading is None and ancestor.children and _enumerated_name(ancestor.text):
                # "b) Trung tâm Tư vấn, hỗ trợ và đào tạo hợp tác xã": one body whose name enumerates in lower case
                found["lead_text"], found["whole"] = ancestor.text.rstrip(" :"), True
                break
            if ancestor.children and _own_unit(ancestor.text):
                # "đ) Văn phòng": a unit of the issuer by its one-word name, as the document's own headings name it
                found["lead_text"], found["listed"] = ancestor.text.rstrip(" :"), True
                break
            # an item introducing its points names its doer first, however long it is ("3. Đề nghị Ngân hàng … phối hợp
            # với … ưu tiên cho vay …, …:" then "a) …", "b) …")
            if heading and (names.ids or names.unknown) and fields.picks_members(heading) \
                    and fields.name_only(heading, which=False, whole=True) == heading:
                # a class with the members it picks out, as the label of its items ("4- UBND các xã, phường có HTX
                # diêm nghiệp:"): the class as printed, its "có …" too; a class of economic actors one doer as printed
                # ("5. Các hợp tác xã có sản phẩm OCOP:")
                found["lead_text"] = heading
                found["whole" if _ACTOR_CLASS.match(fold(heading)) else "listed"] = True
                break
            if heading and not (names.ids or names.unknown) and (alone := _heads_bullets(ancestor.text)):
                # a body's name alone with its colon, its last words a verb's elsewhere ("Trung tâm dịch vụ tổng hợp
                # xã:" over its duties): the body as printed
                found["lead_text"], found["whole"] = alone, True
                break
            lead = (_lead_from(ancestor.text, known) or (_opened_by(ancestor.text, known)
                                                          if ancestor.text.rstrip().endswith(":") else None)) \
                if names.ids or names.unknown else None
            if lead or ((names.ids or names.unknown) and heading):
                found["lead_text"] = lead or heading
                coop_in(ancestor.text)
                if heading and not found["coop_text"]:  # "Phòng X, cùng Ủy ban nhân dân các xã vùng cao:" over its
                    coop_too(*_partners_named(heading))  # works: the bodies with it cooperate in each
                break
    # partners named by "cùng (với)" or "sự phối hợp của" ("Sở A cùng Sở B xây dựng …", "…; cùng Sở Công Thương hỗ trợ
    # …", "Chủ trì cùng Hội Liên hiệp Phụ nữ …" under a body's heading): they cooperate, whoever leads
    if found["lead_text"] is not None:
        partners = [p for p in _partners_named(para.text) if p not in (found["coop_text"] or "")]
        coop_too(*(p for p in partners if not _CLASS_PARTNER.match(p)))
        found["coop_whole"] = [p for p in partners if _CLASS_PARTNER.match(p)]  # a class, one body as printed
        # … and those named after the lead's own clause, their role after them ("X chỉ dẫn thủ tục đăng ký, phòng Kinh
        # tế phối hợp, …"), where nothing else names its partners
        after = _PARTNERS_AFTER.search(para.text) if not (found["coop_text"] or found["coop_listed"]) else None
        if after and _opens_with_body(after.group("who")) and after.group("who") not in found["lead_text"]:
            found["coop_text"] = after.group("who")
    # its time set apart at the end of its line (right-aligned after a TAB or a dotted leader: "… người cần hỗ trợ đóng
    # bảo hiểm ........ Tháng 7 - 8/2026"), where nothing else gives one: a time cell of the item
    if found["deadline_cell"] is None and para.apart and fields.deadline(para.text).kind == "unspecified" \
            and _reads_as_time(para.apart):
        found["deadline_cell"] = para.apart
    return found


#: a paragraph that only points to an appendix: "Chi tiết nhiệm vụ tại Phụ lục kèm theo.", "Các nhiệm vụ cụ thể tại
#: Phụ lục I và Phụ lục II kèm theo.", "(Có Phụ lục chi tiết kèm theo)" (folded)
_APPENDIX_NOTE = re.compile(r"\(?(?:(?:cac |nhung )?(?:nhiem vu|noi dung|danh muc|chi tieu|du an)(?: \w+){0,2} )?"
                            r"(?:chi tiet|cu the|co|kem theo|xem|theo|tai|nhu)\b[^()]{0,40}?\bphu luc\b[^()]{0,60}\)?\.?")


#: a short name the document defines (ND 30/2020 drafting, and every contract: "X và Y (sau đây gọi là hai bên)",
#: "Liên minh Hợp tác xã tỉnh (sau đây gọi tắt là Liên minh)"): the bracket and the alias in it
_DEFINED = re.compile(r"\((?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+là\s+|\(sau đây\s+gọi\s+(?:chung\s+)?là\s+", re.I)


#: a party of an agreement or a contract, as its opening lists them ("BÊN A: LIÊN MINH HỢP TÁC XÃ TỈNH KHÁNH HÒA", "Bên B
#: (bên cho vay): Ngân hàng …"): the clauses then name it "Bên A", "Bên B", both "hai bên", "các bên"
_PARTY_LINE = re.compile(r"^(?i:bên)\s+(?P<letter>[A-ZĐ])\s*(?:\([^()]{1,60}\))?\s*:\s*(?P<name>\S.{2,200}?)\s*"
                         r"(?:\([^()]{1,60}\))?\s*[.;]?(?=\s+(?:Địa chỉ|Đại diện|Người đại diện|Trụ sở|Điện thoại|Mã số|"
                         r"Tài khoản)\b|$)")


def _party_name(printed: str, paras: list, known: fields.Known) -> str:
    """A party's name as the text prints it in running case elsewhere, else its capitals in running case, the places
    inside it (a province's name, "Việt Nam") spelt as proper names."""
    if not printed.isupper():
        return printed
    folded = fold(printed)
    for para in paras:
        text = fold(para.text)
        if len(text) != len(para.text):
            continue  # its folded positions would not be the printed ones
        for at in (m.start() for m in re.finditer(re.escape(folded), text)):
            if not para.text[at:at + len(printed)].isupper():
                return para.text[at:at + len(printed)]
    out = _running_case(printed)
    spelt = sorted({p.name for p in known.registry.provinces} | {"Việt Nam"}, key=len, reverse=True)
    for name in spelt:
        at = fold(out).find(fold(name))
        if len(fold(out)) == len(out) and len(fold(name)) == len(name) and at >= 0 and len(name) > 4 \
                and (at == 0 or not out[at - 1].isalnum()) and not out[at + len(name):at + len(name) + 1].isalnum():
            out = out[:at] + name + out[at + len(name):]
    return out


def _aliases(paras: list, known: fields.Known) -> dict[str, str]:
    """The short names the document defines for the bodies named right before the definition, in the same clause:
    folded alias → the printed names ("hai bên" → "Sở Nông nghiệp và Môi trường và Liên minh Hợp tác xã thành
    phố"); and an agreement's parties ("bên a" → its name, "hai bên" → both)."""
    out = {}
    parties = [(m.group("letter"), _party_name(m.group("name"), paras, known)) for para in paras if not para.kind
               for m in [_PARTY_LINE.match(para.text)] if m]
    parties = [(letter, name) for letter, name in parties
               if (named := fields.match_agencies(name, known)).ids or named.unknown]
    if len(parties) >= 2:
        for letter, name in parties:
            out[f"ben {fold(letter)}"] = name
        out["hai ben"] = out["cac ben"] = " và ".join(name for _, name in parties)
    for para in paras:
        for match in _DEFINED.finditer(para.text):
            close = para.text.find(")", match.end())
            alias = para.text[match.end():close].strip(" “”\"'") if close > 0 else ""
            clause = re.split(r"[.;:]\s+", para.text[:match.start()])[-1].rstrip()
            # the names run back from the bracket to the clause's start or a comma after a fronted clause
            for start in [0, *(m.end() for m in re.finditer(r",\s+", clause))]:
                before = clause[start:]
                if 2 < len(alias) < 40 and _opens_with_body(before) and fields.name_only(before) == before:
                    named = fields.match_agencies(before, known)
                    if named.ids or named.unknown:
                        out[" ".join(fold(alias).split())] = before
                    break
    return out


#: the particulars of a meeting, each under its label (Giấy mời; Kế hoạch tổ chức hội nghị): who is invited, when, where,
#: its programme and form; "Chủ trì:" only with a person's post ("Chủ trì: Phó Chủ tịch …", a meeting's chair), not a
#: body (a task's field: "Chủ trì: Sở Tài chính")
_PARTICULAR = re.compile(r"^(?:thanh phan(?: (?:moi|tham du|tham gia|du|du hop))?|(?:dai bieu|khach) moi|thoi gian(?:, dia diem)?|"
                         r"dia diem(?:, thoi gian)?|thoi gian va dia diem|chuong trinh(?: hoi nghi| hop| lam viec| buoi \w+)?|"
                         r"hinh thuc(?: to chuc)?|quy mo|"
                         r"chu tri(?: hoi nghi| cuoc hop| buoi \w+)?(?=\s*:\s*(?:dong chi|d/c|ong|ba|lanh dao|pho |chu tich|"
                         r"giam doc|bi thu|truong ban|tong |thu truong|bo truong)))\s*:")


def _particular(text: str) -> bool:
    """``text`` is one of a meeting's particulars under its label ("Thành phần mời:", "Thời gian: 08 giờ 00 …", "Địa
    điểm: …", "Chủ trì: Phó Chủ tịch …", "Chương trình Hội nghị:")."""
    return bool(_PARTICULAR.match(" ".join(fold(text).split())))


#: an amending document's change of one task (Nghị định 30/2020/NĐ-CP: "sửa đổi", "bổ sung", "bãi bỏ", "điều chỉnh"):
#: a change of its lead "từ X sang Y" (Y leads), or of its time or wording, the task quoted ("… nhiệm vụ số 6 "Phòng
#: Kinh tế giúp …" từ tháng 6/2026 thành tháng 9/2026": the quoted task's doer leads)
_AMENDED = re.compile(r"^(?:Điều chỉnh|Sửa đổi|Thay đổi)\s+(?:(?P<lead>(?:đơn vị|cơ quan)\s+chủ trì)|thời gian|thời hạn|nội dung)"
                      r"[^\"“”]{0,80}[\"“](?P<quoted>[^\"”]{5,400})[\"”]"
                      r"(?:(?(lead)\s*từ\s+[^;.]{3,120}?\s+(?:sang|thành)\s+(?P<new>[^;.]{3,120}?)(?=\s*[;.]|$)))?")
#: an amending document's repeal of a task ("Bãi bỏ nhiệm vụ số 7 "…" do …", "Bãi bỏ điểm c khoản 2 Mục II")
_REPEALED = re.compile(r"^(?:Bãi bỏ|Hủy bỏ|Huỷ bỏ)\s+(?:nhiệm vụ|nội dung|điểm|khoản|mục|tiết|gạch đầu dòng)\b")


def _alias_opens(text: str, known: fields.Known) -> str | None:
    """The names a defined short name stands for when it opens the sentence as its subject ("Hai bên tổ chức …",
    "Các bên cùng kiểm tra …"), or None."""
    folded = " ".join(fold(text).split())
    opened = next((names for alias, names in known.aliases.items() if folded.startswith(alias + " ")), None)
    # … or an initialism it defines for a body, then the verb ("STC thẩm định …", "TTDVVL đăng …"; not "BTT Ủy ban …")
    first = text.split(maxsplit=1)
    return opened or (first[0] if len(first) == 2 and first[0] in known.initials and first[1][:1].islower() else None)


def _alias_in(text: str, known: fields.Known) -> str | None:
    """The names a defined short name in ``text`` stands for ("Nội dung hai bên cùng thực hiện"), or None; not where
    its words begin a longer name ("Trung tâm" defined for the issuer, in "cùng Trung tâm Khuyến nông tỉnh")."""
    folded = fold(text)  # one character for one: positions are the text's
    return next((names for alias, names in known.aliases.items()
                 for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", folded)
                 if not re.match(rf"\s+[{fields.CAPITAL}]", text[m.end():])), None)


def _body_head(para, known: fields.Known) -> bool:
    """``para`` or an item it stands under is a heading that names whose its items are: "1. **Trách nhiệm của Sở …**",
    "1. Phòng Kinh tế", "Nội dung hai bên cùng thực hiện" (a defined short name for bodies): its items assign work
    to that body, whatever the section's title."""
    for node in [para, *para.ancestors()]:
        if not node.children or node.kind not in ("num", "letter", "bullet") or len(node.text) > 150 \
                or layout.is_sentence(node):
            continue
        whose = _duties_of(node.text)
        named = fields.match_agencies(whose, known) if whose else None
        if (named and (named.ids or named.unknown)) or _agency_heading(node.text) or _alias_in(node.text, known) \
                or _class_addressed(node.text):
            return True
    return False


#: a sentence that gives work after a clause put before it: "Trên cơ sở kết quả rà soát, giao Sở …", "Về thị
#: trường, giao …", "Đồng thời, đề nghị …"
_FRONT_OPENER = re.compile(rf"^[^.;:]{{3,120}}?,\s+(?:giao|đề nghị|yêu cầu)\s+(?=[{fields.CAPITAL}]|các\s)")


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph, as printed (a full stop then a capital ends one; an abbreviation does not)."""
    out, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[^\W\d_])", text):
        word = text[:match.start() - 1].rsplit(None, 1)[-1] if text[:match.start() - 1].strip() else ""
        if not text[match.end()].isupper() or (len(word) <= 3 and any(c.isupper() for c in word) and word.isalpha()):
            continue  # a lower-case word goes on the sentence; "TP.", "ThS.", "Q." are abbreviations
        before = text[start:match.start()]
        if before.count('"') % 2 or before.count("“") > before.count("”") or before.count("(") > before.count(")"):
            continue  # a full stop inside a quotation or brackets ends no sentence of the paragraph
        out.append(text[start:match.start()])
        start = match.end()
    out.append(text[start:])
    return out


#: an enumerator inside a paragraph, after its lead-in's colon or the part before's semicolon: "(1)", "(a)", "(i)", "a)"
_ENUMERATOR = re.compile(r"(?:^|(?<=[:;])\s+)(?P<m>\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)|[a-zđ]\))\s+(?=\S)")


def _enumeration(text: str) -> list[tuple[str, str]]:
    """The parts of a paragraph that enumerates inside itself from its first enumerator on ("…: (1) X …; (2) Y …",
    "…: a) X …; b) Y …"), each (its enumerator, its text as printed without it); [] when it does not (one enumerator,
    or they do not count on: "(1)" then "(2)", "a)" then "b)")."""
    marks = list(_ENUMERATOR.finditer(text))
    if len(marks) < 2:
        return []
    keys = [m.group("m") for m in marks]
    if keys[0].strip("()") not in ("1", "a", "i") or not all(layout.follows(after, before)
                                                              for before, after in zip(keys, keys[1:])):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(key, text[m.end():end].strip().rstrip(";").strip()) for key, m, end in zip(keys, marks, ends)]


def _enumerated(text: str) -> list[str]:
    """``_enumeration``'s parts, their texts alone."""
    return [part for _, part in _enumeration(text)]


def _gives_work(sentence: str, known: fields.Known) -> bool:
    """A sentence that gives work to a body: "Giao X …", "Đề nghị X …", "X chủ trì …", after a fronted clause too."""
    return bool(_FRONT_OPENER.match(sentence)) or _assigns(_Line(sentence), known)


def _split_assignments(paras: list, roots: list, known: fields.Known) -> list:
    """A paragraph that gives work to several bodies in sentences of its own (a Thông báo kết luận, a Công văn: "Giao
    Sở A chủ trì …. Trên cơ sở đó, giao Sở B …. Đề nghị C …") is one task per such sentence, with the sentences
    after it that give no work of their own; the sentences before the first are its context, no task (an item whose
    first sentence gives no work is titled by it, and stays one task). The tree and
    the list of paragraphs are changed in place; the list is returned."""
    out = []
    for para in paras:
        parts = [] if para.children or len(para.text) < 80 else _enumerated(para.text)
        if len(parts) >= 2 and all(len(p) >= 25 and (_gives_work(p, known) or _opens_with_body(p)) for p in parts):
            # "Về …: (1) Sở A chủ trì …; (2) Ủy ban nhân dân các xã …; (3) …": a task per enumerated part
            out += _split_into(para, parts, roots)
            continue
        sentences = [] if para.children or para.kind not in ("", "num", "letter", "bullet", "article") \
            or len(para.text) < 80 else _sentences(para.text)
        # (the first after a run-in topic too: "1. Về rà soát, lộ trình: Phòng A lập danh sách …. Thanh tra Sở …")
        # (not a later sentence of partners alone: "… . Liên minh Hợp tác xã tỉnh phối hợp mời học viên.": they help)
        starts = [k for k, sentence in enumerate(sentences) if len(sentence) >= 25
                  and (_gives_work(sentence, known) or (k == 0 and _run_in_assigns(sentence, known)))
                  and not (k and _partners_alone(sentence, known))]
        # an article's sentences before the first that gives work are its context, as a plain paragraph's ("Điều 2. Các
        # nội dung khác … giữ nguyên. Giao Phòng Kinh tế …. Văn phòng … đăng tải …")
        if len(starts) < 2 or (para.kind not in ("", "article") and starts[0] != 0):  # an item's first sentence that gives no work is its
            # title ("1- Nâng cao nhận thức … . Các sở … quán triệt …. Báo … mở chuyên mục …"): one task, several doers
            out.append(para)
            continue
        out += _split_into(para, [" ".join(sentences[first:after])
                                  for first, after in zip(starts, starts[1:] + [len(sentences)])], roots)
    paras[:] = out
    return paras


#: an item said to be done already, in brackets ("(đã xong tháng 7/2026; chọn 05 đơn vị vào tuyến)", "(đã hoàn thành)")
_DONE_ITEM = re.compile(r"\((?:đã|Đã)\s+(?:xong|hoàn thành|thực hiện xong)\b")


def _partners_of(clause: str, known: fields.Known) -> list[str]:
    """The bodies a clause opens with as partners, their role said and no other ("…; Hội Nông dân xã phối hợp hướng dẫn
    …", "Liên minh Hợp tác xã tỉnh phối hợp mời học viên."; not "Sở A phối hợp với Sở B tổ chức …", whose A does the work
    with B), or those among others listed before the role that are a body's name alone ("các sàn thương mại điện tử và
    Liên minh Hợp tác xã tỉnh phối hợp")."""
    name = _opened_by(clause, known)
    if name:
        return [name] if re.match(rf"\s*{_COOP_ROLE}", clause[clause.find(name) + len(name):], re.I) else []
    partners = _PARTNERS_THEN_ROLE.match(clause)
    if partners is None:
        return []
    return [named for piece in re.split(r",\s+|\s+và\s+", partners.group("who"))
            if (named := _opened_by(piece, known)) and named.strip(" ,") == piece.strip(" ,")]


def _partners_alone(sentence: str, known: fields.Known) -> bool:
    """A sentence that opens with bodies that only help (``_partners_of``): no task of its own."""
    return _opens_with_body(sentence) and bool(_partners_of(sentence, known))


def _split_into(para, texts: list[str], roots: list) -> list:
    """``para`` replaced in the tree by one paragraph per text (its pieces, as printed), each where it stood."""
    pieces = [layout.Para(text, para.line, para.end_line, para.kind, para.marker, parent=para.parent, delim=para.delim,
                          level=para.level, indent=para.indent, content=para.content, ordinal=para.ordinal)
              for text in texts]
    siblings = para.parent.children if para.parent is not None else roots
    at = next(k for k, p in enumerate(siblings) if p is para)
    siblings[at:at + 1] = pieces
    return pieces


#: a Markdown footnote's reference in the text ("… tổ hợp tác.[^1]") and its definition at the end ("[^1]: Giao …"),
#: its lines indented under it going on
_FOOTNOTE_REF = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\]")
_FOOTNOTE_DEF = re.compile(r"^\s{0,3}\[\^(?P<id>[^\]\s]{1,20})\]:\s*(?P<text>.*)$")


def _footnotes(lines: list[str]) -> dict[int, list[str]]:
    """The Markdown footnotes a document's lines cite (its indented lines joined): line (1-based) → their texts, in
    the order cited (the reading drops the marks from the text: ``text.plain_line``)."""
    notes: dict[str, str] = {}
    label = None
    for line in lines:
        defined = _FOOTNOTE_DEF.match(line)
        if defined:
            label = defined.group("id")
            notes[label] = defined.group("text").strip()
        elif label is not None and line.startswith(("    ", "\t")) and line.strip():
            notes[label] = f"{notes[label]} {line.strip()}"
        else:
            label = None
    notes = {label: nfc(plain_line(text)) for label, text in notes.items() if text}
    cites: dict[int, list[str]] = {}
    for number, line in enumerate(lines, start=1) if notes else ():
        if "[^" in line and not _FOOTNOTE_DEF.match(line):
            cites[number] = [notes[ref] for ref in _FOOTNOTE_REF.findall(line) if ref in notes]
    return {number: cited for number, cited in cites.items() if cited}


def _footnote_fields(text: str, known: fields.Known) -> str | None:
    """What a footnote says of an item's doers and time, as a labelled line writes it ("Giao Phòng Kinh tế; cùng làm:
    Y; hạn: quý IV/2026" → "Chủ trì: Phòng Kinh tế; phối hợp: Y; thời gian: quý IV/2026"), or None where it names no
    doer (a footnote of another kind: a source, a definition)."""
    roles = _closing_roles(f"({text.strip().rstrip('.').strip()})", known)
    if roles is None or not roles[0]:
        return None
    leads, coops, _, given = roles
    return _as_labels(", ".join(leads), [", ".join(coops)] if coops else [], given.get("deadline"))


def _body_tasks(paras: list, roots: list, part_of: dict[int, str], known: fields.Known, agencies: _Agencies,
                meta: dict, skip: set[int] = frozenset(), aliases: dict | None = None) -> tuple[list, list, list, list]:
    """Tasks and solution groups of the body, targets set inside tasks, and short lines that could not be placed.
    ``skip``: paragraphs that are no task (the heading a table of tasks stands under); ``aliases``: short names
    defined before these paragraphs (the body's, for a list attached to it)."""
    tasks, groups, targets, unplaced = [], [], [], []
    has_task_part = any(v == "tasks" for v in part_of.values())
    plan_year, signed, issued = _plan_year(meta), _signed_on(meta), _dated(meta)  # what a time without its year is read
    # in ("quý I năm sau" from the dated day), once a document
    # the initialisms the document defines for bodies ("Sở Tài chính (STC)", "Ghi chú: TTDVVL: Trung tâm …"), which it
    # then uses as a sentence's subject ("STC thẩm định …"): the body as printed, read in full by ``agencies``
    known.initials = {short: short for short, (full, _) in agencies.short.items()
                      if fields.initialism(short) and fields.starts_body(full)}
    known.aliases = {**(aliases or {}), **_aliases(paras, known)}
    split = []
    for para in paras:  # a paragraph of several assignments: a task per sentence
        pieces = _split_assignments([para], roots, known)
        for piece in pieces:
            part_of[id(piece)] = part_of[id(para)]
        split += pieces
    paras = split

    def details(para) -> bool:
        """A content item whose sub-items only detail it ("…, gồm:" then + points): one task; so is a whole sentence
        of work with its doers over the small steps of that work, in lower case, none naming a doer ("- [ ] Mở lớp …
        — chủ trì: X; hạn: quý IV/2026." / "  - in tài liệu hướng dẫn …;" / "  - mượn phòng máy …"), where a sentence
        that introduces a list ("Phòng X thực hiện các việc sau:") gives each of its items."""
        if para.rank >= 6 and para.children and not para.text.rstrip().endswith(":") \
                and all(c.kind in ("bullet", "letter") and not c.children and c.text[:1].islower()
                        and not _assigns(c, known) and not _opens_with_body(c.text) for c in para.children):
            return True
        named = fields.match_agencies(para.text, known, owners=False)
        return (para.rank >= 6 and bool(para.children) and not named.ids and not named.unknown
                and not any(c.box for c in para.children)  # a stage over its to-dos ("- [ ] …"): each a task
                and "chu tri" not in para.folded and not fields.ASSIGN.match(para.text)
                and not _alias_in(para.text, known)  # "- Trách nhiệm chung của các bên": a heading of their duties
                and not _heads_bullets(para.text)  # "Ø Trung tâm dịch vụ tổng hợp xã:" over its duties, a name alone
                # "● Hỗ trợ hợp tác xã dịch vụ đô thị" over "○ Phòng Kinh tế … vận động …": a title over tasks of
                # their own doers, each a task, one of them maybe by a class the grammar does not take ("Bước 3. Di
                # chuyển" / "- Các hộ kinh doanh tự chuyển …" / "- Công an xã bố trí …" / "- Đề nghị Điện lực …")
                and not (len(para.children) >= 2 and sum(_assigns(c, known) for c in para.children)
                         >= max(2, len(para.children) - 1)))

    # a paragraph that only points to an appendix ("Chi tiết nhiệm vụ tại Phụ lục kèm theo.") is no task
    remarks: set[int] = {id(p) for p in paras if p.kind == "" and len(p.text) < 120 and _APPENDIX_NOTE.fullmatch(p.folded)}
    remarks |= skip
    labelled: dict[int, list] = {}  # id(item) → its labelled lines ("Cơ quan chủ trì: …", "Thời gian: …")
    form_works: set[int] = set()  # the work lines of tasks given as forms (``_forms``): the work after its label
    for para in paras if meta.get("footnotes") else ():
        # an item whose doers and time are in the footnote it cites ("1. Rà soát …[^1]" / "[^1]: Giao Phòng Kinh tế;
        # cùng làm: tổ trưởng các tổ dân phố; hạn: xong trước 30/9/2026."): the footnote's fields are its own
        cited = [_footnote_fields(note, known) for line in range(para.line, para.end_line + 1)
                 for note in meta["footnotes"].get(line, ())]
        labelled.setdefault(id(para), []).extend(_Line(said) for said in cited if said)

    def fields_apart(siblings: list, owner) -> list:
        """``siblings`` without their labelled lines, each given to its item: the paragraph right above it (a plain
        line after a plain paragraph, or after the last item of a list whose trailing lines the layout set beside
        it), else the item they hang under."""
        kept, previous, run, sharing = [], None, [], None
        card: list | None = None  # a work card's head read so far: its code's line and the field lines under it
        # a task given as a form of labelled lines only, its work labelled among them (under a part's title, not under
        # an item, whose work its "Nội dung:" line goes on)
        formed = _forms(siblings) if owner is None or owner.kind in ("roman", "heading", "article") else {}
        for child in siblings:
            if id(child) in formed:
                work = formed[id(child)]
                if work is child:  # the form's work line: the task, its other lines its fields
                    form_works.add(id(child))
                    kept.append(child)
                    previous = None
                else:
                    labelled.setdefault(id(work), []).append(child)
                    remarks.add(id(child))
                continue
            head = layout.CARD_HEAD.match(child.text) if child.kind == "" and not child.children else None
            if head or (card and _is_field(child)):
                # a work card's head ("VT-01 Phụ trách: Phòng Nguyên liệu Phối hợp: …" / "Hạn: 30/9/2026"): the fields
                # of the work under it, each label on the line apart as in a cell
                card = (card if not head else None) or []
                card.append(_Line(_labelled_lines(child.text[head.start("label"):] if head else child.text)))
                remarks.add(id(child))
                continue
            if card:  # the card's work: its head's fields are its own
                labelled.setdefault(id(child), []).extend(card)
                card = None
            # the one bullet under an item that only says who does it and when ("1. Khảo sát …" / "- Phòng X thực hiện,
            # năm 2026."): that item's fields, as a labelled line would be
            said = _role_line(child.text) if owner is not None and owner.kind in ("num", "letter") \
                and len(siblings) == 1 and child.kind == "bullet" and not child.children else None
            # … or the one plain line under an item that only names the bodies that take part, and maybe its time
            # ("a) Việc rà soát … được giao cho Hội X;" / "Văn phòng Hội cùng tham gia tổng hợp …; xong trước …", the
            # item's sentence wrapped after its ";"): its partners and time
            if said is None and owner is not None and owner.kind in ("num", "letter") and len(siblings) == 1 \
                    and child.kind == "" and not child.children and owner.text.rstrip().endswith((";", ",")) \
                    and _opens_with_body(child.text) and (partners := _partners_of(child.text, known)):
                due = fields.deadline(child.text)
                said = "; ".join([f"phối hợp: {p}" for p in partners]
                                 + ([f"thời gian: {due.printed}"] if due.kind != "unspecified" and due.printed else []))
            # … or the one plain line under an activity's title that ends with its time ("1. Khảo sát … (tháng
            # 10/2026)" / "Ban Phong trào chủ trì; Đoàn các xã thực hiện tại cơ sở."): who does it
            timed = owner is not None and owner.kind in ("num", "letter") and len(siblings) == 1 \
                and child.kind == "" and not child.children and _timed_title(owner.text)
            # … or under an item's short title that names no time ("#### Việc 1. Lập sổ theo dõi …" / "phòng Kinh tế chủ
            # trì; tổ dân phố phối hợp; xong trước 15/10."): who does it, and when, a note's few words (not a paragraph
            # of the work under its title: "Ban Thư ký … chủ trì, mời Trung tâm … cử báo cáo viên tập huấn …")
            titled = not timed and owner is not None and owner.kind in ("num", "letter") and len(siblings) == 1 \
                and child.kind == "" and not child.children and len(owner.text) < 160 and len(child.text) < 150 \
                and not owner.text.rstrip().endswith((".", ";", ":", ","))
            # (a line of labelled fields is read as such: its ";" may list the names of one field, "Phối hợp: Sở Y tế;
            # Sở Nông nghiệp và Môi trường | Thời hạn: …", no clause of its own)
            titled = titled and not _is_field(child)
            if said is None and titled:
                said = _doers_said(child.text, known, timed=True)
            if said is None and timed:
                said = _doers_said(child.text, known)
                if said is None and not _assigns(child, known) and _opened_by(child.text, known) is None:
                    # … which names no doer ("2. Ban Thường vụ Đoàn các xã xây dựng kế hoạch … (trước 30/10)" / "Gửi về
                    # Tỉnh đoàn … để theo dõi."): the rest of the activity's work, one task
                    owner.text, owner.end_line = f"{owner.text} {child.text}", child.end_line
                    remarks.add(id(child))
                    continue
            if said is not None:
                labelled.setdefault(id(owner), []).append(_Line(said))
                remarks.add(id(child))
                continue
            if _is_field(child):
                # … also a bulleted line under a plain paragraph of work ("1. Rà soát cơ sở" / "Lập danh sách …" / "-
                # Đơn vị chủ trì: …"): that paragraph's
                above = previous is not None and (child.kind == "" or child.kind == "bullet" and previous.kind == ""
                                                  and not previous.children) \
                    and (previous.kind == "" or not previous.children)
                item = previous if above else owner
                if item is not None:
                    labelled.setdefault(id(item), []).append(child)
                if above and previous.kind in ("num", "letter", "bullet"):
                    # after the last of a run of items none of which has its own fields ("a) …", "b) …", then "Thực
                    # hiện: X chủ trì; thời gian: …"): the lines are the run's, each item's (not an item that labels
                    # its own in its sentence, "…. Đầu mối: Phòng X; thời gian: …", the line only wrapped before the
                    # last item's label)
                    if sharing is None:
                        sharing = [o for o in run[:-1] if o.kind == previous.kind and id(o) not in labelled
                                   and not _field_parts(o.text)]
                    for other in sharing:
                        labelled.setdefault(id(other), []).append(child)
                remarks.add(id(child))
                continue
            if sharing is not None:  # the field lines ended: a new run of items starts
                run, sharing = [], None
            kept.append(child)
            run.append(child)
            previous = child
        return kept

    taken: set[int] = set()  # the paragraphs of work read as their item's text
    for para in paras:
        # an item whose own line is its fields, its work the one paragraph under it ("1.  Chủ trì: X ║ Phối hợp: Y ║
        # Thời hạn: …" / "      Khảo sát 09 hợp tác xã …"): the work its text, the fields its labelled line
        work = para.children[0] if para.kind in ("num", "letter") and len(para.children) == 1 else None
        if work is not None and work.kind == "" and not work.children and _FIELD.match(para.text) \
                and layout.LEAD_LABEL.match(para.text) and not _FIELD.match(work.text):
            labelled.setdefault(id(para), []).append(_Line(_labelled_lines(para.text)))
            para.text, para.line, para.end_line, para.children = work.text, work.line, work.end_line, []
            taken.add(id(work))
    paras[:] = [para for para in paras if id(para) not in taken]
    roots[:] = fields_apart(roots, None)
    for para in paras:  # the closing formula ("Trên đây là Kế hoạch …") and a remark in brackets on its own
        # line ("(chi tiết Phụ lục 01 đính kèm)") belong to no item above them: that item stays an item
        first = para.children[0] if para.children and para.kind in ("num", "letter", "bullet") else None
        if first is not None and first.kind == "" and not first.children \
                and re.fullmatch(r"\([^()]*\)\.?", first.text) and (_closing_roles(first.text, known) or [[]])[0]:
            # … but the item's doers in brackets, wrapped onto a line of their own after its full stop ("2- Tổ chức
            # hội nghị … tháng 8." / "(Phòng Kinh tế chủ trì; cùng: Liên minh HTX tỉnh)"): the item's closing bracket
            para.text, para.end_line = f"{para.text} {first.text}", first.end_line
            remarks.add(id(first))
        kept = [c for c in para.children
                if not c.text.startswith("Trên đây là") and not (c.kind == "" and re.fullmatch(r"\([^()]*\)\.?", c.text))
                and id(c) not in remarks
                and not (c.kind == "" and (_RULE.fullmatch(c.text) or _no_task(c) or _pointer(c, known)
                                           or _CAPTION.match(c.text) or _ARTICLE_TITLE.match(c.text)))
                # a point under an item that holds its body to account ("- chịu trách nhiệm trước …"): the item's
                and not (c.kind and not c.children and _ACCOUNTABLE.match(c.folded) and len(_sentences(c.text)) == 1)]
        remarks.update(id(c) for c in para.children if c not in kept)
        para.children = fields_apart(kept, para)
    for para in paras:  # a heading naming a class of bodies makes it a body of this document: mentioned elsewhere
        # without "Các" ("Chủ đầu tư dự án …" beside "10. Các chủ đầu tư dự án …"), it names that body
        if para.kind in ("num", "roman") and _agency_heading(para.text) and _CLASS_HEAD.match(para.folded) \
                and not fields.match_agencies(para.text, known).ids:
            name = para.text.rstrip(" :")  # its colon over its items is no part of its name ("2. Các hợp tác xã có …:")
            [agency_id], _ = agencies.one(name, para.line)
            bare = re.sub(r"^(?:Các|Những)\s+", "", name)
            bare = bare[:1].upper() + bare[1:]
            # … unless the document numbers its members ("Tổ tư vấn số 1" under "2. Các Tổ tư vấn") or names them by
            # their proper names ("HTX DVNN Diễn Thịnh" beside "8) Các HTX DVNN"): each is a body of its own, "Tổ tư
            # vấn" alone no name of the class
            numbered = re.compile(rf"\b(?i:{re.escape(bare)})\s+(?:[Ss]ố\s+\d|[{fields.CAPITAL}])")
            if any(numbered.search(p.text) for p in paras):
                bare = name
            proposed = agencies.proposed.get(agency_id)
            if proposed is not None and bare not in proposed["variants"]:
                proposed["variants"].append(bare)
            if _kinds_alone(name):
                continue  # … but economic actors named by their kinds alone are a common noun all through the document
                #           ("3) Các HTX:" beside "… xác định các HTX không phát sinh doanh thu …"), never that heading's
                #           body there (a class picked out is: "Các tổ hợp tác, hợp tác xã nhận khoán")
            known.names += [(" ".join(fold(n).split()), agency_id) for n in (name, bare)]
            known.names.sort(key=lambda n: -len(n[0]))
    if not has_task_part:  # a Công văn or Chỉ thị without parts: what comes before the paragraph that opens its list
        # ("…, Chủ tịch UBND tỉnh yêu cầu các sở, ngành … thực hiện tốt các nội dung sau:") is its context, no task
        first = next((i for i, p in enumerate(roots) if p.kind in ("num", "letter", "roman")), None)
        opening = next((i for i in range(first - 1, -1, -1) if roots[i].kind == ""), None) if first else None
        if opening is not None and (_addressed(roots[opening].text, known)
                                    or re.search(r"\b(?:yeu cau|de nghi)\s*:\s*$", roots[opening].folded)):
            # … or asks the addressees its header names, none in the sentence ("…, UBND tỉnh yêu cầu:")
            remarks.update(id(p) for p in roots[:opening]
                           if p.kind == "" and not (_lead_from(p.text, known) or _assigns(p, known)))
    addressees = False
    sole = None  # the one addressee a Công văn is sent to, on its "Kính gửi:" line ("Các hợp tác xã vận tải trên địa bàn")
    for para in paras:  # "Kính gửi:" and the list of recipients under it (a công văn's header): no tasks
        # also joined to the "V/v" line above it; a Công điện's "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"
        if re.search(r"(?:^|\s)kinh gui\s*:", para.folded) or re.search(r"\bdien\s*:$", para.folded):
            addressees = True
            sole = _sole_addressee(para.text, known) if sole is None else False
        elif not (addressees and para.kind == "bullet"):
            addressees = False
            continue
        else:  # more recipients listed under the line ("Kính gửi: Phòng Kinh tế xã;" then "- Công an xã; …"): no one
            sole = False  # addressee is the doer of every request
        remarks.add(id(para))
    for before, para in zip(paras, paras[1:]):  # a title over the bullets after it, naming no doer ("Khu B - chợ cá
        # (12 điểm: …)" then "+ Tổ Quản lý khu B …"): a heading of the items, no task
        if before.kind == "" and para.kind == "bullet" and layout.title_over(before.text) and not _assigns(before, known):
            remarks.add(id(before))
    for para in paras:  # a meeting's particulars (a Giấy mời's, a conference plan's): its chair, guests, time, place
        if para.kind in ("num", "letter", "roman", "heading", "bullet") and _particular(para.text):
            remarks.update({id(para), *map(id, _descendants(para))})
        elif _REPEALED.match(para.text):  # an amending document's repeal of a task: nobody is to do it
            remarks.add(id(para))
    absorbed: set[int] = set()
    group_of: dict[int, str] = {}
    stage_of = _stage_titles(roots)
    stage_heads = {id(title) for title in stage_of.values()}
    day_of = _day_titles(roots)
    day_heads = {id(title) for title in day_of.values()}
    starts = sorted({p.line for p in paras})
    for para in paras:
        if id(para) in remarks:
            continue
        if id(para) in day_heads:
            continue  # a day's title in a day-by-day schedule: it dates the work under it (``day_of``)
        daypart = layout.DAYPART.match(para.text) if id(para) in day_of else None
        if daypart:  # "Chiều: Bưu điện xã … hướng dẫn …": the part of the day set apart, the work and its doer after it
            para.text = para.text[daypart.end():]
        if id(para) in absorbed:
            absorbed.update(id(child) for child in para.children)
            continue
        part = part_of[id(para)]
        if part == "context":
            continue
        if part == "other":  # an assignment by its grammar, or an item with its own lead label ("– Cơ quan chủ trì: …")
            if not (_names_its_doer(para, known) or _arrowed(para.text) is not None
                    or any(_assigns(d, known) or _led_by_label(d, labelled) for d in _descendants(para))
                    or _led_by_label(para, labelled) or _body_head(para, known) or _done_by(para.text)
                    or _bracket_leads(para.text, known)
                    # a bullet under a body's name alone with a colon ("Đối với X:" / "- Chủ trì tổ chức …"): its work
                    or (para.kind == "bullet" and id(para) in _intros(para.parent.children if para.parent else roots,
                                                                        known))):
                continue
        elif part != "tasks" and (has_task_part or (part in ("purpose", "objectives")
                                                  and not (para.kind == "num" and para.parent is None))):
            continue  # outside the task part; without one, top-level numbered items anywhere may be tasks
        own_sentence = bool(para.children) and _sentence_task(para, known)  # a task over others' items, read once
        if para.children and not details(para) and not own_sentence:
            if para.rank <= 2 and para.kind in ("num", "roman") and not re.search(r"chu tri", para.folded):
                groups.append({"id": f"g{len(groups) + 1}", "title": para.text.rstrip(":"),
                               "section": para.ordinal or para.marker})
                group_of[id(para)] = groups[-1]["id"]
            continue
        # an article of one paragraph that gives work ("Điều 3. Sở … chủ trì, phối hợp với … hướng dẫn …; thời hạn …")
        # is a task, as a numbered item is; any other top-level unit is a heading
        one_article = para.kind == "article" and not para.children and _assigns(para, known)
        if (para.rank == 0 and not one_article) or para.kind == "heading" or layout.is_caps(para.text) \
                or _assignment(para) or para.text.startswith("Trên đây là"):  # the closing formula ("Trên đây là …")
            continue  # headings; assignment lines are read with the tasks they belong to
        if _header_copy(para.text) or _YOUTH_HEADER in para.text or _RULE.fullmatch(para.text) or _CAPTION.match(para.text) \
                or _ARTICLE_TITLE.match(para.text):
            continue  # a copy of the header, a table's rule line, the appendix's caption
        if (len(para.text) < 25 or (para.text.endswith(":") and not para.children)) and not _led_by_label(para, labelled):
            unplaced.append((para.line, para.text))  # a short title is a task where its own lines name its lead
            continue                                 # ("8. Công khai thông tin" / "Đơn vị chủ trì: …")
        if para.kind == "" and id(para) in stage_heads and not para.children and _timed_title(para.text) \
                and not _assigns(para, known) and _lead_from(para.text, known) is None:
            continue  # a stage's title over the items after it, its time in brackets ("Giai đoạn 1. Đặt bài toán (từ
            # 15/7 đến 31/8/2026)" / "a) Phòng Kết nối …"): it dates them (``stage_of``), no work of its own
        if para.box == "x" or _DONE_ITEM.search(para.text):
            continue  # a to-do ticked as done ("- [x] Ký thỏa thuận khung …"), or said so in brackets ("2.1. Khảo sát 07
            # hợp tác xã đã đăng ký (đã xong tháng 7/2026; …)."): work finished before the plan, none of it
        if _pointer(para, known) or _no_task(para) or _states(para.text):
            continue  # "(Chi tiết tại Phụ lục kèm theo)", "Nhiệm vụ cụ thể tại Phụ lục I …": the tasks are there; what
            # a body has done or is doing ("Ủy ban nhân dân xã đã hoàn thành rà soát …")
        who = _responsible(para, para.parent.children if para.parent else roots, roots, known, labelled)
        if who["lead_text"] is None and para.children and para.children[0].kind == "" and details(para):
            # a step's title over the paragraph naming its doer ("Bước 1. Bình xét, lập danh sách hộ (xong trước ngày
            # 20/11/2025)" / "Hội Chữ thập đỏ các xã … chủ trì, phối hợp với …"): that paragraph's roles, the title's time
            inner = _responsible(para.children[0], para.children, roots, known, labelled)
            if inner["lead_text"] is not None:
                timed = fields.deadline(who["deadline_source"]).kind != "unspecified" or who["deadline_cell"]
                who = {**inner, **({k: who[k] for k in ("deadline_source", "deadline_cell")} if timed else {})}
        heading = next((m for a in para.ancestors() if (m := _PARTNER_HEADING.fullmatch(a.text.strip().rstrip(":")))), None)
        if heading and _ACTOR_CLASS.match(fold(heading["who"])):  # … a class of economic actors, one partner as
            # printed ("2. Phối hợp với các hợp tác xã, tổ hợp tác đăng ký chứng nhận"); not bodies at large ("4. Phối
            # hợp với các cơ quan, tổ chức": a section's title)
            who["coop_whole"] = [*who.get("coop_whole", []), heading["who"]]
        elif heading and _opens_with_body(heading["who"]) and re.search(rf"[{fields.CAPITAL}]", heading["who"]):
            # "1. Phối hợp với Sở Nông nghiệp và Môi trường" / "1.1.
            # Văn phòng Đại diện: xin danh sách …": the body the heading names is a partner of each item under it
            who["coop_listed"] = "; ".join(p for p in (who["coop_listed"], heading["who"]) if p)
        shares = {id(c): said["who"] for c in para.children if (said := _SHARE_OF.match(c.text)) and not c.children} \
            if own_sentence else {}
        if shares and all(_opens_with_body(share) for share in shares.values()):
            # the bodies under a task, each with its share of it after a colon ("1. **Ban X** khảo sát …" / "- Sở
            # Công Thương: cung cấp danh sách chợ …;"): its partners, no tasks of their own
            absorbed.update(shares)
            who["coop_listed"] = "; ".join(p for p in (who["coop_listed"], *shares.values()) if p)
        defined = _alias_in(who["coop_text"], known) if who["coop_text"] else None
        if defined:  # "phối hợp với hai bên": the bodies the document's short name stands for
            who["coop_listed"] = "; ".join(p for p in (who["coop_listed"], defined) if p)
        owner = _BODY_THEN_TIME.match(stage_of[id(para)].text.strip().rstrip(":")) \
            if who["lead_text"] is None and id(para) in stage_of and stage_of[id(para)].kind == "heading" else None
        if owner and fields.starts_body(owner["who"]) and _time_clause(owner["time"]):
            # a group's heading names its lead before its time ("== Tổ An ninh - Trật tự — tháng 10/2026 ==" over the
            # works "a) …", "b) …"): that body does them
            who = {**who, "lead_text": owner["who"].strip()}
        if who["lead_text"] is None and sole and para.parent is None and para.kind in ("num", "letter"):
            # a request of a Công văn to its one addressee that names no doer ("Kính gửi: Các hợp tác xã vận tải …" /
            # "1. Rà soát toàn bộ xe …"): the addressee's, as printed
            who = {**who, "lead_text": sole, "whole": True}
        lead_ids, coop_ids, notes = agencies.roles([who["lead_as"] or who["lead_text"], *who["more_leads"]], who["coop_text"], para.line,
                                                   who["listed"], who["coop_listed"], who["whole"], who.get("coop_whole", []))
        task_review = who["review"] + notes
        if "phan dau" in para.folded:  # a target set inside a task ("phấn đấu … ít nhất 35 HTX")
            years = [int(y) for y in re.findall(r"nam (20\d\d)", para.folded)]
            year = fields.deadline(para.text).year or (max(years) if years else meta.get("year"))
            targets += [_target(para.text, target, year, ["chỉ tiêu đặt trong một nhiệm vụ: kiểm tra giá trị, loại và năm mốc"])
                        for target in fields.targets_in(para.text)]
        group = next((group_of[id(a)] for a in para.ancestors() if id(a) in group_of), None)
        section = ".".join(a.ordinal or a.marker for a in reversed(list(para.ancestors()))
                           if a.kind in ("article", "roman", "num", "letter"))
        text = _CONTENT_LABEL.sub("", para.text, count=1).strip() if id(para) in form_works else para.text
        named = para.parent if para.kind == "" and para.parent is not None else None
        if named is not None and named.kind == "num" and " " in named.marker and named.children == [para] \
                and len(named.text) < 150 and not _END_MARK.search(named.text):
            # the one paragraph of work under an item numbered by its name, whose title names the work ("Nhiệm vụ 1:
            # Củng cố, sắp xếp lại hợp tác xã …" / "Rà soát toàn bộ …. Giao: …"): the title opens its text, as printed
            text = f"{named.text} {text}"
        if own_sentence:  # the steps of its own work under a task over others' items ("- bước 1: …"): its text
            for step in (c for c in para.children if _STEP.match(c.text) and not _names_its_doer(c, known)):
                absorbed.update({id(step), *map(id, _descendants(step))})
                text = f"{text} {step.marker + step.delim} {step.text}".strip() if step.kind else f"{text} {step.text}"
        if para.children and not own_sentence:  # details(para): its sub-items belong to its text,
            # markers as printed (not a sentence's task over others' tasks: "3/ TT … hướng dẫn …." / "- Hội … phối hợp …")
            stack = [c for c in reversed(para.children) if not _assignment(c)]
            while stack:
                child = stack.pop()
                absorbed.add(id(child))
                marker = child.marker + child.delim  # as printed: "a)", "1.", "1/"
                text = f"{text} {marker} {child.text}".strip() if child.kind else f"{text} {child.text}"
                stack.extend(reversed(child.children))
        own_lines = [line for line in labelled.get(id(para)) or [] if hasattr(line, "line")]
        # ("Nội dung:" the first of them: one after the time is a particular of an activity, "Hoạt động 1: …" / "-
        # Thời gian: …" / "- Nội dung: …"; the work asked for plainly, "Làm gì:", "Việc:", wherever it stands)
        content = next((line for k, line in enumerate(own_lines) if _CONTENT_LABEL.match(line.text)
                        and (k == 0 or _WORK_ASKED.match(line.text))), None)
        after = bisect.bisect_right(starts, para.end_line) if content is not None else None
        # the first paragraph after the item: the "Nội dung:" line itself, or its other labelled lines before it ("Việc
        # 1" / "Ai làm: X" / "Làm gì: …"), nothing else between them
        between = {line.line for line in own_lines if line.line < content.line} if content is not None else set()
        if after is not None and all(start in between for start in starts[after:bisect.bisect_left(starts, content.line)]):
            # the work its title heads, on the "Nội dung:" line right under it ("5. Thẩm định, cấp bảo lãnh" / "Nội
            # dung: thẩm định hồ sơ …"): part of its text, as printed
            text = f"{text} {content.marker} {content.text}" if content.kind == "bullet" else f"{text} {content.text}"
        due = _deadline(who, task_review, plan_year, signed, meta.get("day_n"), issued, meta.get("phases"))
        if due.kind == "unspecified":  # a schedule's heading gives its items their time ("2. Tháng 8 và tháng 9/2026")
            due = next((found for a in para.ancestors()
                        if (found := _period_heading(a.text, plan_year, signed)) is not None), due)
        if due.kind == "unspecified" and id(para) in stage_of:  # … as a stage's title line above them does ("Đợt 1 -
            due = _period_heading(stage_of[id(para)].text, plan_year, signed) or due  # mùa mưa (tháng 7 đến tháng
            # 9/2026)" / "- Chi hội …")
        if due.kind == "unspecified" and id(para) in day_of:  # … and a day's title the work under it ("Thứ Hai,
            # 07/9/2026" / "Sáng: …"): that day
            title = day_of[id(para)].text.rstrip(": ")
            day = fields.deadline(title, cell=True, year=plan_year, signed=signed)
            due = replace(day, printed=title) if day.kind == "before" else due
        if due.kind == "unspecified" and meta.get("events"):  # "… trong những ngày diễn ra Tuần hàng": by its last day
            due = fields.during_event(para.text, meta["events"]) or due
        if due.kind == "unspecified":  # nothing else dates it, its last clause an event ("… trước khi xuống giống.")
            due = fields.when_clause(para.text) or due
        tasks.append({
            "id": f"nv-{len(tasks) + 1:03d}", "text": text,
            "place": {"part": "body", "section": section or None}, "group": group,
            "lead": lead_ids, "lead_text": who["lead_text"], "cooperating": coop_ids,
            "cooperating_text": quoted if (quoted := _quoted_together(para.text, [p for p in (who["coop_text"], who["coop_listed"])
                                                                                  if p])) is None or quoted in para.text
            or not shares else None,  # the partners of its sub-items are quoted there, no stretch of its own text
            "output": who["output"], "deadline": due.as_dict(),
            "review": task_review + ([due.note] if due.note else []), "_line": para.line})
    return tasks, groups, targets, unplaced


#: the caption of a list attached after the signature (Nghị định 30/2020, Phụ lục I: an appendix has a title of its
#: own, then "(Kèm theo …)"): "PHỤ LỤC …", "DANH MỤC NHIỆM VỤ …", "BIỂU …", "BẢNG PHÂN CÔNG …"
_ATTACHED_CAPTION = re.compile(r"^(?:phu luc|danh muc|bieu|bang phan cong|bang tong hop)\b")


def _attached_lists(lines: list[str], stop: int, in_table: set[int]) -> list[tuple[int, int]]:
    """The lines of each list attached after the signature and written as text, not as a table: from its caption
    (followed within five lines by "Kèm theo") to the next caption or the end. An attachment holding a table is
    the table's: its rows are read as rows, and the lines around them are notes."""
    starts = []
    for i in range(stop, len(lines)):
        folded = fold(nfc(plain_line(lines[i]))).strip(" |*_#")
        if i not in in_table and _ATTACHED_CAPTION.match(folded) and len(folded) < 160 \
                and any("kem theo" in fold(line) for line in lines[i:i + 6]):
            starts.append(i)
    regions = zip(starts, starts[1:] + [len(lines)])
    return [(start, end) for start, end in regions if not any(start <= i < end for i in in_table)
            and not _FORMS_CAPTION.search(" ".join(fold(line).lower() for line in lines[start:start + 3]))]


#: an attachment of blank forms, by its caption ("PHỤ LỤC: CÁC MẪU PHIẾU", "Phụ lục II - BIỂU MẪU BÁO CÁO", "Mẫu
#: biên bản …"), folded: the forms' lines (labels and dotted leaders to fill, boxes to tick, what to do with the filled
#: form) are no work of the plan
_FORMS_CAPTION = re.compile(r"\b(?:(?:cac )?mau (?:phieu|bieu|bao cao|don|bien ban|so|giay)|(?:cac )?bieu mau)\b")


def _attached_list_tasks(lines: list[str], stop: int, in_table: set[int], known: fields.Known,
                         agencies: _Agencies, meta: dict) -> tuple[list, list, list]:
    """Tasks of the lists attached after the signature as text ("DANH MỤC NHIỆM VỤ (Kèm theo Quyết định …)", groups
    I., II., items 1., 2. with their labelled lines): read as the body's items are, placed in the appendix, their
    groups by their markers; with the targets set inside them."""
    tasks, groups, targets = [], [], []
    aliases = dict(getattr(known, "aliases", {}) or {})
    for start, end in _attached_lists(lines, stop, in_table):
        paras = layout.paragraphs(lines, start, end)
        caption = next((k for k, p in enumerate(paras[:6]) if "kem theo" in p.folded), 0)
        paras = paras[caption + 1:]  # the caption and its "(Kèm theo …)" name the list: no task
        roots = layout.tree(paras)
        by_line = {p.line: p for p in paras}
        found, found_groups, found_targets, _ = _body_tasks(paras, roots, {id(p): "tasks" for p in paras}, known,
                                                            agencies, meta, aliases=aliases)
        renamed = {}
        for group in found_groups:
            key = slugify(group["section"] or group["id"])
            group_id = next(f"pl-{key}" + (f"-{n}" if n else "") for n in range(len(groups) + 2)
                            if f"pl-{key}" + (f"-{n}" if n else "") not in {g["id"] for g in groups})
            renamed[group["id"]] = group_id
            groups.append({**group, "id": group_id, "section": f"Phụ lục {group['section']}" if group["section"] else None})
        for task in found:
            item = by_line[task["_line"]]
            task["place"] = {"part": "appendix", "appendix_group": (task["place"]["section"] or "").split(".")[0] or None,
                             "appendix_row": item.ordinal or item.marker or None}
            task["group"] = renamed.get(task["group"])
        tasks += found
        targets += found_targets
    known.aliases = aliases
    return tasks, groups, targets


def _unread_sections(paras: list, part_of: dict[int, str], drafted: set[int], known: fields.Known) -> list:
    """Numbered items of the task part ("2.", "II.") with text under them of which no task was drafted, neither the
    item nor anything under it, nor a pointer to an appendix: the draft says so, rather than losing them silently.
    So does a section of another title ("II. NỘI DUNG PHỐI HỢP", "III. CÁC HOẠT ĐỘNG CHỦ YẾU") that lists items
    (two or more) of which the grammar read none: its items may be tasks written without a body's name."""
    out = []
    for para in paras:
        part = part_of.get(id(para))
        if para.kind not in ("num", "roman") or not para.children:
            continue
        if part == "other":
            # a section, or an item of one whose other items were read ("1. **Trách nhiệm của …**" of which nothing
            # was read, beside "2. …" read): it lists items (two or more)
            if sum(c.kind in ("num", "letter", "bullet") for c in para.children) < 2:
                continue
            if para.parent is not None and (para.parent.kind not in ("roman", "heading", "article")
                                            or para.kind == "roman" or not any(
                        s is not para and any(p.line in drafted for p in [s, *_descendants(s)])
                        for s in para.parent.children)):
                continue
        elif part != "tasks":
            continue
        inside = [para, *_descendants(para)]
        if any(p.line in drafted for p in inside) or any(_pointer(p, known) or "phu luc" in p.folded for p in inside):
            continue
        if para.parent is not None and para.parent.line in drafted:
            continue
        if sum(len(p.text) for p in inside[1:]) < 60:
            continue
        out.append(para)
    return out


#: the right column of the header, folded: the national motto (Nghị định 30/2020/NĐ-CP), or the organisation's own name
#: where a Party or Youth Union document prints it (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ
#: MINH"); a PDF viewer's copy or a web page's text puts it on the left column's line after one space
_MOTTOS = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam",
           "doan tncs ho chi minh")
#: what is never a task: the header's motto (a header copied with TABs into one line; the Youth Union's name only as the
#: header prints it, in capitals: "Đoàn TNCS Hồ Chí Minh xã …" in a sentence is a doer), a table's rule line ("----- -----"
#: as pandoc prints it), the appendix's own caption
_NO_TASK = re.compile("|".join(map(re.escape, (m for m in _MOTTOS if m != "doan tncs ho chi minh"))))


def _header_copy(text: str) -> bool:
    """``text`` holds a copy of the header's motto or the Party's name as the header prints it: in capitals, or
    opening the paragraph ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"); not the country's or
    the Party's name in a sentence ("… vào Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", "… trước Ngày thành
    lập Đảng Cộng sản Việt Nam")."""
    folded = fold(text)  # one character for one: positions are the text's
    return any(m.group() == _MOTTOS[1] or m.start() == 0 or text[m.start():m.end()].isupper()
               for m in _NO_TASK.finditer(folded))
_YOUTH_HEADER = "ĐOÀN TNCS HỒ CHÍ MINH"  # as printed
_RULE = re.compile(r"[-—–_=*+|:.\s]+")
_CAPTION = re.compile(r"^(?:PHỤ LỤC\b|Phụ lục(?:\s+số)?\s+[IVX\d]+[a-z]?\s*$)")
#: a paragraph that only says where the tasks are: "… được quy định chi tiết tại Phụ lục kèm theo Kế hoạch này.",
#: "Nhiệm vụ cụ thể tại Phụ lục I …", "… theo phân công tại Mục Đ của Phụ lục …", "Nội dung công việc, sản phẩm, đơn vị chủ
#: trì, phối hợp và thời gian thực hiện theo Phụ lục kèm theo Kế hoạch này."
_POINTER = re.compile(r"\b(?:chi tiet|cu the|quy dinh|phan cong|the hien|neu|liet ke|duoc giao|thuc hien)\b[^.;]{0,80}?\b(?:tai|theo|o)\s+"
                      r"(?:(?:muc \S+ (?:cua|tai) )?(?:cac )?phu luc(?: (?:so )?[ivx\d]+[a-z]?)?(?: (?:kem theo|dinh kem|cua)"
                      r"(?: (?:ke hoach|chi thi|quyet dinh|van ban|chuong trinh|cong van)(?: nay)?)?)?|"
                      # "… được giao theo bảng dưới đây:", "… như bảng sau"
                      r"(?:cac )?bang (?:duoi day|sau(?: day)?|duoi|kem theo|phan cong)(?: \S+){0,3})\)?\s*[.:]?\s*$")


#: the kinds of units a closing names as a class ("các cơ quan, đơn vị", "các phòng, trạm, đội"), folded
_UNITS_WHO = r"(?:co quan|don vi|dia phuong|ban|bo phan|phong|xuong|nganh|to|chi hoi|hoi co so|tram|doi|thon|xom|ap|to dan pho|khu pho|" \
             r"so|(?:ubnd|uy ban nhan dan) cac (?:xa|phuong|huyen|thi tran|dac khu)(?:,? (?:xa|phuong|thi tran|dac khu))*)"
#: … and the heads of villages beside them ("trưởng bản", "các trưởng thôn", "trưởng các ấp"), folded
_VILLAGE_HEADS = r"(?:cac )?truong (?:cac )?(?:ban|thon|ap|buon|to dan pho|khu pho|bon|lang|xom|phum|soc|khom)"
_DOERS = rf"(?:{_UNITS_WHO}|{_VILLAGE_HEADS})"


#: an article's title in a Nghị quyết or Quyết định ("Điều 2. Tổ chức thực hiện"): a heading, never a task
_ARTICLE_TITLE = re.compile(r"^Điều\s+\d+\s*[.:]\s*(?:\S+\s*){1,10}$(?<![.;])")
#: the closing clause that puts the whole text into force ("Giám đốc các sở, … nghiêm túc thực hiện Chỉ thị này./.", a
#: Công văn's "Văn phòng … thông báo để các cơ quan, đơn vị biết, thực hiện./.", "Nghị quyết này đã được … thông qua …/."):
#: like "Trên đây là …", it belongs to no item above it and is no task
_DOCUMENT = (r"(?:chi thi|ke hoach|quyet dinh|nghi quyet|cong van|thong bao|van ban|chuong trinh|de an|ket luan|cong dien|"
             r"quy che|quy dinh|thoa thuan|hop dong|huong dan|phuong an)")
#: what the document replaces ("Kế hoạch này thay thế Kế hoạch số 12/KH-UBND …", "Kế hoạch này thay cho lịch tư vấn năm
#: 2025"), folded: said of its own force, no work
_REPLACES = rf"{_DOCUMENT} nay thay (?:the|cho)\b[^.;]{{0,160}}"
_EXECUTION = re.compile(rf"(?:(?:thuc hien|thi hanh)(?: (?:tot|co hieu qua|nghiem tuc|thang loi))? {_DOCUMENT} nay"
                        # a resolution's or decision's own closing: "Nghị quyết này đã được … thông qua ngày …",
                        # "Quyết định này có hiệu lực kể từ ngày ký"
                        r"|(?:nghi quyet|quyet dinh|chi thi) nay (?:da duoc .{0,300}thong qua|co hieu luc)[^/]{0,80})"
                        r"\s*\.\s*/\s*\.?\s*$")
#: the other closing formulas of ND 30/2020 texts, which ask every addressee at once: "Chánh Văn phòng …, Thủ trưởng
#: các sở … chịu trách nhiệm thi hành Quyết định này." (the article that names who executes it, "./." or not),
#: "Thông báo để các đơn vị … biết, thực hiện./.", "Sở … đề nghị các đơn vị quan tâm, phối hợp thực hiện./.", "Đề
#: nghị các đơn vị triển khai thực hiện./."
_EXECUTES = re.compile(rf"\bchiu trach nhiem (?:thi hanh|thuc hien) {_DOCUMENT} nay\b")
_FORMULA = re.compile(r"(?:\bbiet(?:,| va| de)\s*(?:phoi hop\s*)?(?:thuc hien|trien khai|thi hanh)|"
                      # the parties told to keep to what they signed ("Các hợp tác xã đối tác phối hợp theo hợp đồng đã
                      # ký./.", "Các đơn vị nhận khoán thực hiện theo hợp đồng"), or to the appendix that shares the
                      # work out ("Các phòng, đội của Công ty thực hiện theo Phụ lục phân công./.")
                      r"^cac [^.;]{1,120}? (?:phoi hop|thuc hien|lam) (?:dung )?theo (?:hop dong|thoa thuan|cam ket"
                      r"|(?:phu luc|bang) phan cong(?: (?:kem theo|dinh kem))?)"
                      r"(?: (?:da|duoc) ky(?: ket)?)?|"
                      r"\b(?:de nghi|yeu cau)\b[^.]{0,120}\b(?:quan tam|nghiem tuc|khan truong)\b[^.]{0,40}"
                      rf"\b(?:thuc hien|trien khai|phoi hop)(?: {_DOCUMENT}(?: nay)?)?|"
                      # … to send on time ("Sở Tài chính đề nghị các cơ quan, đơn vị gửi ý kiến đúng hạn để kịp trình …")
                      r"^(?:[^.,;]{0,60} )?(?:de nghi|yeu cau) (?:cac|quy) (?:co quan|don vi|phong|so|ban|nganh|bo phan)"
                      r"[^.;]{0,40} gui [^.;]{0,30}\bdung (?:han|thoi han)\b[^.;]{0,60}|"
                      # … to keep to the times set ("Đề nghị các đơn vị thực hiện đúng các mốc thời gian nêu trên./.", "Đề
                      # nghị các nơi nhận Công văn thực hiện nghiêm, đúng thời gian./.")
                      r"^(?:[^.,;]{0,60} )?(?:de nghi|yeu cau) (?:cac|quy) (?:co quan|don vi|phong|so|ban|nganh|bo phan|noi nhan)"
                      r"[^.;]{0,40} thuc hien (?:dung|nghiem|day du)[^.;]{0,60}|"
                      # the addressees asked, and nothing else: "Đề nghị các đơn vị triển khai thực hiện./."
                      r"^(?:[^.,;]{0,60} )?(?:de nghi|yeu cau) (?:cac|quy) (?:co quan|don vi|phong|so|ban|nganh)"
                      r"[^.;]{0,40} (?:(?:phoi hop )?(?:trien khai|to chuc)(?: thuc hien)?|phoi hop thuc hien)|"
                      # on receiving it, the addressees get on with it: "Nhận được văn bản này, các cơ quan, đơn vị khẩn
                      # trương triển khai thực hiện./."
                      rf"^nhan duoc (?:van ban|cong van|ke hoach|thong bao|{_DOCUMENT}) nay,?\s+[^.;]{{0,80}}"
                      r"(?:trien khai|to chuc)?\s*thuc hien|"
                      # a notice's own closing: "Liên minh Hợp tác xã tỉnh trân trọng thông báo./.", a letter's thanks:
                      # "Sở Tài chính trân trọng cảm ơn./."
                      r"^[^.;]{0,80}\btran trong (?:thong bao|bao cao|cam on[^.;/]{0,100})|"
                      # … or its request to all it is sent to: "Sở Công Thương trân trọng đề nghị các đơn vị và các hợp
                      # tác xã cùng thực hiện./."
                      r"^[^.;]{0,80}\btran trong de nghi [^.;]{0,120}?(?:cung )?(?:phoi hop )?(?:trien khai )?thuc hien|"
                      # a report's own closing, its issuer reporting to a body for it to know, compile or steer, and
                      # nothing else: "UBND phường Trà Vinh báo cáo Sở Tài chính tỉnh Vĩnh Long tổng hợp./.", "Phòng Kinh
                      # tế kính báo cáo UBND xã biết, chỉ đạo./." (not a duty's report of results: "… báo cáo kết quả …")
                      r"^[^.;,/]{0,80}\b(?:kinh )?bao cao (?:(?:cho|len|ve|den) )?(?:uy ban|ubnd|so|phong|ban|"
                      r"thuong truc|hoi dong|lien minh|van phong|chu tich|giam doc|tinh uy|thanh uy|dang uy|cuc|bo)\b"
                      r"[^.;/]{0,80}?,? (?:de )?(?:biet|tong hop|theo doi|chi dao|xem xet)"
                      r"(?:,? (?:va )?(?:biet|tong hop|theo doi|chi dao|xem xet))*|"
                      # the addressees told not to be late, and nothing else: "Việc chuẩn bị … là việc cấp bách, các đơn
                      # vị không được chậm trễ./."
                      r"^[^.;/]{0,120}\bcac (?:co quan|don vi|dia phuong|phong|ban|bo phan)\b[^.;/]{0,40}"
                      r"\bkhong (?:duoc )?(?:cham tre|chan chu)\b|"
                      # the doers told to carry it out strictly, and nothing else: "Các đơn vị thực hiện nghiêm túc./.",
                      # "Các cơ quan, đơn vị, HTX, THT có tên trên nghiêm túc thực hiện./."
                      rf"^cac {_UNITS_WHO}(?:,? (?:va )?[^.;/]{{1,40}}?)?(?: co ten (?:tren|tai [^.;/]{{1,30}}))? "
                      rf"(?:nghiem tuc (?:trien khai )?thuc hien|thuc hien nghiem(?: tuc)?)(?: {_DOCUMENT} nay)?|"
                      # the doers told to carry out what each was given, and nothing else: "Các cơ quan, đơn vị căn cứ
                      # nhiệm vụ được giao tổ chức thực hiện./.", "Các phòng, trạm, đội căn cứ nhiệm vụ được giao khẩn
                      # trương triển khai thực hiện./.", "Các phòng thuộc Chi cục căn cứ nhiệm vụ được giao chủ động
                      # triển khai./."
                      # (or everyone at once, the units and the lower levels after them: "Các ban, đơn vị của Ủy ban
                      # MTTQ tỉnh, các tổ chức … và Mặt trận các xã, phường dựa vào Kế hoạch này mà làm")
                      r"^cac [^.;]{1,120}? (?:can cu|dua vao|dua theo) "
                      # (or "phần việc được giao trong Kế hoạch này để …", "nội dung được phân công")
                      r"(?:(?:chuc nang,? )?(?:nhiem vu|phan viec|noi dung) duoc (?:giao|phan cong)"
                      rf"(?: (?:trong|tai|o) {_DOCUMENT} nay)?,? (?:de )?(?:(?:khan truong|chu dong|nghiem tuc) )?"
                      r"(?:(?:to chuc |trien khai )?thuc hien|trien khai)"
                      # … or the document itself: "Các phòng thuộc Trung tâm … căn cứ Kế hoạch này để làm./."
                      # "Các phòng, xưởng căn cứ Kế hoạch này tổ chức thực hiện./."
                      rf"|{_DOCUMENT}(?: nay)? (?:de |ma )?(?:(?:to chuc|khan truong|nghiem tuc|chu dong) )?(?:thuc hien|lam|trien khai)"
                      r"(?: thuc hien)?)"
                      # who decides what arises outside the plan, maybe after what the document replaces ("Kế hoạch này
                      # thay thế …; việc phát sinh ngoài kế hoạch do Thường trực Liên minh xem xét, quyết định./.")
                      rf"|^(?:{_REPLACES};\s*)?(?:moi |cac |nhung )?(?:viec|noi dung|van de|truong hop|cong viec)"
                      r"(?: [a-z]+){0,2} phat sinh\b[^.;]{0,60}?\bdo [^.;]{2,80}? (?:xem xet|quyet dinh|giai quyet)"
                      r"(?:,? (?:va )?(?:xem xet|quyet dinh|giai quyet))*"
                      # everyone told to do his part as given above, whoever they are ("Các phòng, Nhà máy cùng các hợp
                      # tác xã liên kết theo phần việc đã ghi ở trên mà làm./.", "Các tổ làm theo phần việc của mình"),
                      # maybe after what the document replaces ("Kế hoạch này thay cho …; …")
                      # (or "… chủ động làm theo kế hoạch này./.")
                      rf"|^(?:{_REPLACES};\s*)?(?:cac |truong |tung |moi )[^.;]{{0,160}}?(?:\btheo {_DOCUMENT} nay (?:ma )?"
                      rf"(?:lam|thuc hien|trien khai)|\b(?:lam|thuc hien|trien khai) theo {_DOCUMENT} nay|\btheo (?:phan viec|nhiem vu)"
                      r"(?: (?:cua minh|da ghi|o tren|tren|duoc giao|da (?:duoc )?phan cong))+ (?:ma )?(?:lam|thuc hien|trien khai)"
                      r"|\b(?:lam|thuc hien|trien khai) (?:theo )?(?:phan viec|nhiem vu) (?:cua minh|duoc giao|da ghi|da (?:duoc )?phan cong)"
                      r"(?: [^.;]{0,30})?))"
                      # … maybe with what it is for ("… quan tâm phối hợp để cuộc trưng bày đạt kết quả./.")
                      r"(?:,?\s*(?:de|nham) [^.;/]{0,100})?"
                      # … maybe with where to turn with difficulties after it ("…; vướng mắc phát sinh thì phản ánh về
                      # Phòng Kinh tế để tổng hợp, trình …", "…; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo
                      # cáo về Sở … để xem xét, giải quyết", "…; có khó khăn báo về UBND xã …")
                      r"(?:\s*;\s*(?:trong qua trinh thuc hien,? )?(?:neu |khi )?(?:co |gap )?(?:moi )?(?:kho khan|vuong mac)[^.;]{0,200})?"
                      # … or where the results go ("…; kết quả gửi về Ban Thường trực qua Ban Phong trào.")
                      # (with no time of its own: "…, kết quả gửi UBND phường trước ngày 10/12/2026" is a duty)
                      r"(?:\s*[;,]\s*(?:(?:bao cao|gui) )?ket qua (?:thuc hien )?(?:(?:gui|bao cao) )?(?:ve |cho |den |toi )?[^.;\d]{0,120})?"
                      r"\s*\.(?:\s*/\s*\.?)?\s*$")


#: the last paragraphs of a plan (ND 30/2020: "./." ends the content), unnumbered, that ask no body for work of the
#: plan: what to do with difficulties met ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị
#: báo cáo/phản ánh về … để xem xét, giải quyết./."), and to whom the document itself is made known ("Chương trình
#: hành động này được phổ biến đến chi bộ./.", "Kế hoạch này được quán triệt đến …"). A numbered item of a reporting
#: section ("VI. CHẾ ĐỘ BÁO CÁO" "2. Trong quá trình …") and a duty to propose amendments ("nếu có vấn đề chưa phù
#: hợp …, các cơ quan, đơn vị chủ động báo cáo và đề xuất …") stay tasks.
#: a character of one sentence: a dot inside a word ends none (a telephone number's, "ĐT: 0229.3871.446"; a unit's code, "P.CU")
_IN_SENTENCE = r"(?:[^.]|\.(?=\w))"
#: the doers told to get on with their parts, before where difficulties go ("Các bộ phận được giao chủ động thực hiện; …",
#: "Yêu cầu các bộ phận, đơn vị triển khai nghiêm túc; …", "Các ban, đơn vị của Hội chủ động phối hợp với nhau; …"), the
#: departments and the local governments named so among them ("Các sở, ngành và UBND các xã, phường chủ động triển khai
#: …; vướng mắc … gửi Sở Tài chính …./.", "Các ban, đơn vị trực thuộc Liên minh tự bố trí người, lịch …; gặp khó khăn thì
#: báo Thường trực Liên minh./.")
_TOLD = (rf"(?:yeu cau |de nghi )?(?:(?:thu truong |truong )?cac {_UNITS_WHO}|{_VILLAGE_HEADS})(?:,? (?:va )?(?:cac )?{_UNITS_WHO})*(?: (?:cua|(?:truc )?thuoc) [^,.;]{{1,30}})?"
         r"(?: duoc (?:giao|phan cong))?[ ,][^.;]{0,100};\s*"
         # … then the course of the work the difficulties arise in ("…; quá trình thực hiện có khó khăn báo cáo …",
         # "…; quá trình làm có khó khăn thì báo ngay …")
         r"(?:(?:trong )?qua trinh (?:thuc hien|trien khai|lam)\s*,?\s*)?")
_DIFFICULTIES = re.compile(r"^(?:(?:(?:trong )?qua trinh|khi) (?:to chuc )?(?:trien khai )?(?:thuc hien|trien khai|lam)\b[^,.;]{0,80}?,?\s*"
                           # … and whoever sends them up, named before them: "Trong quá trình thực hiện, các đơn vị phản
                           # ánh vướng mắc về Phòng … để báo cáo …./."
                           rf"(?:(?:cac )?{_UNITS_WHO}(?:,? (?:cac )?{_UNITS_WHO})* (?:kip thoi |chu dong )?(?:phan anh|bao cao)\s+"
                           r"(?:cac |moi )?(?=kho khan|vuong mac))?"
                           # … or after what the document replaces: "Kế hoạch này thay cho lịch … năm 2025; có vướng mắc …"
                           rf"|{_REPLACES};\s*"
                           # or whoever meets them: "Đơn vị nào gặp khó khăn, vướng mắc thì kịp thời phản ánh về …", "Ban,
                           # đơn vị nào gặp khó khăn …", "Bộ phận nào vướng mắc thì …"
                           # (maybe after the work's course: "Trong quá trình triển khai, đơn vị nào gặp vướng mắc …")
                           rf"|(?:(?:trong )?qua trinh [^,.;]{{0,40}},\s*)?(?:cac )?{_UNITS_WHO}(?:,? {_UNITS_WHO})* nao (?:gap |co )?"
                           # … or after the doers told to get on with it: "Các ban, đơn vị của Hội chủ động phối hợp với
                           # nhau; vướng mắc phát sinh …", "Yêu cầu các bộ phận, đơn vị triển khai nghiêm túc; vướng mắc …"
                           rf"|{_TOLD}"
                           # … or all of them, as a class: "Các ban, chi hội có khó khăn thì báo ngay về …"
                           rf"|cac {_UNITS_WHO}(?:,? {_UNITS_WHO})* (?=(?:gap|co) (?:kho khan|vuong mac))(?:gap |co )"
                           # or the doers told to go on with it first: "Các bộ phận triển khai, có vướng mắc báo về …",
                           # village heads among them: "Các đơn vị, trưởng bản thực hiện đúng phần việc được phân công, có
                           # khó khăn báo cáo …"
                           rf"|(?:cac )?{_DOERS}(?:,? {_DOERS})* (?:trien khai|thuc hien)[^,.;]{{0,60}},\s*)?"
                           # … or a change to the plan ("Có thay đổi về lịch lên trang, X báo cáo Y quyết định./.")
                           rf"(?:neu )?(?:co |gap )?(?:(?:phat sinh )?(?:kho khan|vuong mac|van de (?:phat sinh|moi)|thay doi)|phat sinh)\b"
                           rf"{_IN_SENTENCE}{{0,200}}"
                           # … sent up to be settled ("… để xử lý", "…; Sở tổng hợp, trình …"), or only sent up, the
                           # sentence ending there ("… báo về UBND xã (qua phòng Kinh tế)./.")
                           # (or called in: "khó khăn gì thì gọi ngay Phòng Kinh tế … để UBND xã xử lý")
                           rf"\b(?:bao cao|bao(?: ngay)?(?: ve| cho)?|phan anh|gui|lien he|goi(?: ngay)?)\b(?:{_IN_SENTENCE}{{0,200}}(?:\bde\b|;)"
                           rf"{_IN_SENTENCE}{{0,160}}\b(?:xem xet|giai quyet|xu ly|chi dao|dieu chinh|tong hop|huong dan|trinh)\b"
                           r"|[^.;]{0,120}\.\s*/\s*\.?\s*$)")
#: a Công văn's courtesy at its end, which asks for goodwill, not work: "Sở Tài chính rất mong các cơ quan, đơn vị quan tâm
#: phối hợp./.", "Sở Công Thương mong các cơ quan, đơn vị cùng vào cuộc để …./.", "Trân trọng cảm ơn sự phối hợp của
#: quý cơ quan./.", "Kính mong quý cơ quan quan tâm, tạo điều kiện."
_COURTESY = re.compile(r"(?:(?:\brat mong|\bkinh mong|\bmong (?=cac |quy )|^tran trong (?:cam on|de nghi)?)\b[^.]{0,160}"
                       r"\b(?:quan tam|phoi hop|giup do|ung ho|tao dieu kien|vao cuoc|cung tham gia)\b"
                       # "Đề nghị các cơ quan, đơn vị quan tâm, gửi báo cáo đúng hạn để Sở kịp tổng hợp./.": the request
                       # to every recipient to mind what the letter asked, no work of its own
                       r"|^de nghi (?:cac|quy) (?:co quan|don vi|dia phuong|so|nganh)[^.]{0,40}?\bquan tam\b"
                       # … or a body's goodwill for the plan as a whole: "Đề nghị UBND xã X quan tâm, tạo điều kiện để
                       # Công ty và các hợp tác xã thực hiện tốt Kế hoạch này./."
                       r"|^de nghi [^.]{0,80}?\bquan tam,? tao dieu kien\b[^.]{0,120}\b(?:ke hoach|van ban|chuong trinh) nay\b)"
                       r"[^.]{0,60}\.?\s*(?:/\s*\.)?\s*$")
_MADE_KNOWN = re.compile(rf"^{_DOCUMENT}(?: hanh dong)? nay (?:duoc |se duoc )?(?:pho bien|quan triet|thong bao|gui)"
                         r"(?:,? (?:va )?(?:pho bien|quan triet|thong bao))? (?:den|toi|cho)\b")
#: how an agreement is amended, as its last article states (no work given): "Trong quá trình thực hiện, nếu có vướng
#: mắc, hai bên cùng bàn bạc, thống nhất sửa đổi, bổ sung bằng văn bản." (folded)
_AMENDMENT_RULE = re.compile(r"^(?:trong )?qua trinh (?:to chuc )?thuc hien\b[^.]{0,80}\b(?:kho khan|vuong mac)\b[^.]{0,80}"
                             r"\b(?:ban bac|thong nhat|trao doi)\b[^.]{0,60}\b(?:sua doi|bo sung|dieu chinh)\b")


#: the doers told to get on with their parts, and where difficulties go ("Các bộ phận được giao chủ động thực hiện; vướng
#: mắc báo về P.KT để tổng hợp, trình …", "Các đơn vị được phân công chủ động triển khai; vướng mắc báo cáo UBND phường
#: (qua P.KT).", "Vướng mắc phát sinh, các đơn vị trao đổi trực tiếp với Phòng …", "Mọi vướng mắc xin trao đổi trực
#: tiếp với Phòng …", "Các thôn, HTX, THT phản ánh vướng
#: mắc về Phòng Kinh tế để giải quyết.") (folded)
_TOLD_TO_GET_ON = re.compile(rf"^(?:{_TOLD})?(?:neu co |moi |co |gap )?(?:vuong mac|kho khan)\b[^.;]{{0,60}}?\b(?:bao(?: cao)?|phan anh|trao doi|gui|"
                             r"lien he)\b"
                             # … or a class sending its difficulties up: "Các thôn, HTX, THT phản ánh vướng mắc về …",
                             # "Các ban của Hiệp hội chủ động phối hợp, kịp thời phản ánh khó khăn về Văn phòng"
                             r"|^cac [^.;:]{0,80}? (?:phan anh|bao cao) (?:kho khan,? )?(?:vuong mac|kho khan) ve\b")


def _closes(para) -> bool:
    if _EXECUTES.search(para.folded):
        return True
    if para.kind == "" and para.text.rstrip().endswith("/.") and _DIFFICULTIES.search(para.folded):
        return True
    if para.kind == "" and _TOLD_TO_GET_ON.match(para.folded) and len(_sentences(para.text)) == 1:
        return True  # the doers told to get on with it, difficulties sent up, whatever the full stop
    if _AMENDMENT_RULE.search(para.folded) and len(_sentences(para.text)) == 1:
        return True
    if para.kind == "" and _MADE_KNOWN.search(para.folded) and len(para.text) < 200:
        return True  # "Kết luận này được phổ biến đến chi bộ.", with "./." or not
    kept = _before_contact(para.text) if para.kind == "" else ""
    if len(kept) < 200 and _COURTESY.search(fold(kept)):
        return True  # "Sở Tài chính rất mong các cơ quan, đơn vị quan tâm phối hợp./.", maybe then whom to contact
    if para.text.rstrip().endswith("/.") and _EXECUTION.search(para.folded):
        return True
    # the closing formulas end the content ("./."), or stand alone as one unnumbered sentence whatever the full stop
    # ("Các ban, đơn vị … dựa vào Kế hoạch này mà làm; kết quả gửi về Ban Thường trực.")
    return (para.text.rstrip().endswith("/.") or (para.kind == "" and len(_sentences(para.text)) == 1)) \
        and bool(_FORMULA.search(para.folded))


def _before_contact(text: str) -> str:
    """A paragraph without the sentence it ends with that gives whom to contact ("Đề nghị các cơ quan, đơn vị quan tâm
    phối hợp thực hiện. Chi tiết liên hệ: bà …, ĐT …./."), as a letter's last paragraph joins the two; else as is."""
    if len(text) > 2000 or not re.search(r"\blien (?:he|lac)\b", fold(text)):
        return text  # no contact named (or no closing paragraph): nothing to split off
    sentences = _sentences(text)
    last = fold(sentences[-1])
    if len(sentences) > 1 and _CONTACT.search(last) and _REACH.search(last):
        return " ".join(sentences[:-1])
    return text


#: where the money comes from, said of the plan as a whole and nobody's work: "Kinh phí thực hiện từ dự toán ngân sách
#: phường năm 2026 đã được giao./.", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên …",
#: "Nguồn kinh phí: từ nguồn sự nghiệp kinh tế …" (not "Kinh phí do Sở Tài chính bố trí": a body's work) (folded)
_FUNDED_FROM = re.compile(r"^(?:nguon )?kinh phi\b[^.;:]{0,60}?(?::\s*)?(?:\b(?:duoc )?(?:bo tri |dam bao |chi )?(?:tu|bang|trong|theo))\s+"
                          r"(?:cac )?(?:nguon|du toan|ngan sach|kinh phi|von|hoi phi)\b")


#: who bears its own costs, said of the plan's money and nobody's work: "HTX Hàm Yên tự bảo đảm chi phí di dời của mình;
#: ngân sách xã hỗ trợ …", "Các doanh nghiệp hội viên tự lo chi phí kèm cặp; Hội không thu phí …" (folded)
_SELF_FUNDED = re.compile(r"\btu (?:bao dam|dam bao|lo|chi tra|chiu|trang trai) (?:toan bo )?(?:chi phi|kinh phi)\b"
                          r"|^kinh phi\s*:?\s*[^.;]{0,40}\btu can doi\b")  # "Kinh phí: Sở tự cân đối trong dự toán …"


#: what those late or silent are deemed to have said, a letter's rule and nobody's work: "Quá hạn nêu trên, đơn vị nào
#: không gửi thì coi như không có nhu cầu hỗ trợ năm 2027.", "Sau thời hạn trên, hợp tác xã nào không nộp hồ sơ thì xem
#: như không đăng ký." (folded)
_DEEMED = re.compile(r"^(?:qua (?:thoi )?han|sau (?:thoi )?han|truong hop|(?:cac )?(?:don vi|co quan|hop tac xa|htx|dia phuong)"
                     r" nao)\b[^.]{0,120}\b(?:thi )?(?:coi nhu|xem nhu|duoc coi la)\b")


#: the issuer saying it draws up this plan, as its opening sentence does: "Thực hiện chỉ đạo của UBND tỉnh …, Sở Tài
#: chính xây dựng kế hoạch chấm điểm, phân loại hợp tác xã như sau." (folded)
_OWN_PLAN = re.compile(r"\b(?:xay dung|ban hanh|lap)\s+(?:ke hoach|chuong trinh|phuong an)\b[^.;]{0,160}\bnhu sau\s*[.:]?\s*$")


#: what a Quyết định or Nghị quyết says of its own force, never a task: "Nghị quyết này có hiệu lực từ ngày …",
#: "Quyết định này có hiệu lực thi hành kể từ ngày ký", "Nghị quyết số … hết hiệu lực kể từ …", "Nghị quyết này đã
#: được Hội đồng nhân dân tỉnh … thông qua ngày …"
_IN_FORCE = re.compile(rf"^(?:(?:{_DOCUMENT}|luat|thong tu|nghi dinh) [^.;]{{0,160}}\b(?:co|het) hieu luc(?: thi hanh)? "
                       r"(?:tu|ke tu|ngay)\b|"
                       # what it replaces, a sentence of its own (``_REPLACES``)
                       rf"{_REPLACES}\.?\s*(?:/\s*\.)?\s*$|"
                       rf"(?:{_DOCUMENT}|luat) nay (?:da )?duoc [^.]{{0,200}}\bthong qua\b|"
                       # "Trường hợp các văn bản được dẫn chiếu tại Nghị quyết này được sửa đổi, bổ sung hoặc thay thế
                       # thì áp dụng theo văn bản mới": how its references are read, a rule
                       r"truong hop (?:cac )?van ban[^.]{0,160}\b(?:dan chieu|vien dan)\b[^.]{0,160}\bthay the\b)")
#: the basis a Quyết định or Nghị quyết is issued on (its "căn cứ ban hành", italic lines under its title): "Căn cứ Luật
#: …;", "Căn cứ Nghị định số …;", "Theo đề nghị của Giám đốc Sở …", "Xét Tờ trình số …" — a sentence that goes on with
#: its actor after a comma ("Căn cứ Kế hoạch này, các sở … xây dựng …") is a task
_BASIS = re.compile(r"^(?:can cu (?:vao )?(?:hien phap|bo luat|luat|phap lenh|nghi dinh|nghi quyet|quyet dinh|thong tu|"
                    r"chi thi|ket luan|ke hoach|chuong trinh|cong van|van ban|thong bao|huong dan|to trinh|bao cao|"
                    r"y kien)\b|theo de nghi cua\b|xet (?:to trinh|de nghi|bao cao)\b)")
#: a line of a board's or a cluster's make-up, a post and who holds it, no work ("Cụm trưởng: UBND xã Tương Dương.",
#: "Tổ trưởng: Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực kinh tế.", "Thư ký: chuyên viên Phòng Kinh tế"), folded
_COMPOSITION = re.compile(r"^(?:(?:pho )?(?:truong ban|truong doan|to truong|cum truong|truong cum)|to pho|cum pho|thu ky"
                          r"(?: cum| to| ban)?|uy vien|thanh vien"
                          # … or a team the plan names by its letter or number, and who it is, with its head ("Nhóm A:
                          # Ban Nghiên cứu - Sưu tầm của Hội, trưởng nhóm hội viên Đỗ Văn Thiệp.", "Tổ 2: …, tổ trưởng …"),
                          # its number maybe after its work ("Nhóm thiết kế 1: họa sĩ … (trưởng nhóm) và 03 hội viên")
                          r"|(?:nhom|to|doi) (?:[a-z]+ ){0,3}(?:[a-z]|\d{1,2}|[ivx]{1,4})"
                          r"(?=\s*:[^.;]*\b(?:truong (?:nhom|to|doi)|(?:to|doi|nhom) truong)\b))"
                          r"\s*:\s*(?![^.;]*\b(?:chu tri|thuc hien|to chuc|huong dan|"
                          r"xay dung|tong hop|phoi hop|bao cao)\b)[^;]{3,200};?$")  # (a list's item ends with ";")
#: a line giving whom to contact: "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở … (ông …, ĐT: …)",
#: "Mọi thông tin cần trao đổi xin liên hệ …", or whom to call by name ("Cần trao đổi thêm, đề nghị gọi ông …, số máy …")
_CONTACT = re.compile(r"^(?:[^.]{0,120}[,;:]\s*)?(?:(?:moi |neu co |co )?(?:vuong mac|kho khan|thac mac)\b[^.,;]{0,40}?\s)?"
                      r"(?:(?:moi )?(?:thong tin )?chi tiet )?(?:moi thong tin[^.,;]{0,30}? )?(?:de nghi |xin |vui long |cac don vi )?"
                      r"(?:thong tin |dau moi )?(?:lien he|lien lac|goi(?: dien(?: thoai)?)?(?: cho)? (?:ong|ba|dong chi|d/c))\b"
                      # … or who the issuer's contact point is, under that label ("Đầu mối của Sở: Phòng …, điện thoại
                      # …", "Cán bộ đầu mối: bà …, ĐT …")
                      r"|^(?:can bo |nguoi )?dau moi(?: lien he| lien lac)?(?: cua [^:;,.]{1,30})?\s*:")
#: … with a way to reach them: a telephone ("ĐT", "số máy"), an e-mail, or what to ask them for
_REACH = re.compile(r"\b(?:dt|dtdd|dien thoai|so dien thoai|so may|email|di dong)\b|"
                    r"\bde (?:duoc )?(?:huong dan|giai dap|trao doi|phoi hop giai quyet)\b")


#: a note on how the tasks below are written ("Đơn vị chủ trì được ghi in đậm ở đầu mỗi nhiệm vụ.", "Mỗi nhiệm vụ dưới
#: đây ghi theo thứ tự: nội dung – đơn vị chủ trì – thời gian.", "Ghi chú: tại cột “Cơ quan thực hiện”, cơ quan được nêu
#: đầu tiên là cơ quan chủ trì …", "Từng việc, tổ chức chủ trì … được liệt kê tại Phụ lục"): no task (folded)
#: a note wholly in brackets on the items after it, as a part's title is followed by one ("(Các việc dưới đây ghi theo
#: Biểu số 02 …; các cột ghi lần lượt: …)", "(Ghi chú: các việc dưới đây chép từ …)"), folded
_BRACKETED_NOTE = re.compile(r"\((?:(?:ghi chu|luu y|chu thich)\s*:\s*)?(?:cac|nhung|moi) (?:viec|nhiem vu|noi dung|cong viec|"
                             r"hoat dong|muc|diem)\b[^()]{0,40}?\b(?:duoi day|sau day|sau)\b(?:[^()]|\([^()]{0,40}\))*\)\.?")
_READING_NOTE = re.compile(# how to read what follows, so labelled ("Cách đọc: …", "Cách đọc bảng: mỗi hàng là một
                           # việc …", "Cách ghi trong bảng: …")
                           r"^cach (?:doc|ghi|hieu|trinh bay)\b[^.:;]{0,30}:|"
                           # … or what a merged cell of the table means ("Ô gộp qua nhiều dòng của bảng áp dụng cho tất
                           # cả các dòng đó.", "Lưu ý: ô được gộp …")
                           r"^(?:(?:ghi chu|luu y)\s*:?\s*)?(?:cac )?o (?:duoc )?(?:gop|tron)\b[^.;]{0,80}\bcac (?:dong|hang)\b|"
                           # … or the legend of a form's numbered columns ("Các cột: (1) STT (2) Nội dung (3) Chủ trì …")
                           r"^[^.;]{0,120}?\(1\)\s*[^()]{1,40}?[;,]?\s*\(2\)\s*[^()]{1,40}?[;,]?\s*\(3\)|"
                           # … or that the times are written as codes of a key ("Thời gian của từng việc ghi bằng mã
                           # mốc (M1 đến M6); ngày cụ thể của mỗi mốc xem tại mục IV.", "Thời hạn ghi theo ký hiệu …")
                           r"^(?:thoi gian|thoi han|tien do)\b[^.;:]{0,40}?\b(?:duoc )?ghi (?:bang|theo) (?:ma|ky hieu|so hieu)\b|"
                           # … or the units ("Bộ phận của Công ty ghi bằng mã như bảng dưới đây.", "Trong bảng phân công,
                           # bộ phận ghi bằng số máy lẻ như danh bạ dưới đây.")
                           r"^[^.;:]{0,60}?\b(?:bo phan|don vi|phong ban|co quan)\b[^.;:]{0,40}?\b(?:duoc )?ghi (?:bang|theo) "
                           r"(?:ma|ky hieu|so hieu|(?:so )?may le|chu viet tat)\b|"
                           # … or in what year a time printed without one is ("Ngày ghi trong cột "Xong trước" không
                           # kèm năm là ngày của năm 2026.", "Thời gian không ghi năm là năm 2026.")
                           r"^[^.;]{0,80}\bkhong (?:kem|ghi|co) nam\b[^.;]{0,40}?\bla\b[^.;]{0,30}?\bnam 20\d\d\s*\.?\s*$|"
                           # … or which place in a doers' field leads ("Ghi chú cột "Thực hiện": đơn vị đứng trước dấu
                           # "/" là đơn vị chủ trì; …")
                           r"^[^.;]{0,80}\b(?:dung )?(?:truoc|sau) (?:dau|ky hieu)\b[^.;]{0,20}?\bla (?:don vi|co quan|bo phan|luc luong)"
                           r" (?:chu tri|phoi hop)\b|"
                           r"^bang (?:duoi(?: day)?|sau day|sau|kem theo|tien do)\b[^.;]{0,160}?\b(?:duoc )?(?:xuat tu|xuat ra tu|lap tren|"
                           r"lap bang|trich tu)\b|"
                           # … or how it orders its rows ("Bảng dưới đây xếp việc theo khu vực trên sân: …", "Bảng sau
                           # sắp xếp các việc theo tháng")
                           r"^bang (?:duoi day|sau day|sau)\b[^.;]{0,20}?\b(?:xep|sap xep|chia)(?: (?:cac )?(?:viec|cong viec|nhiem vu))?"
                           r" theo\b|"
                           # … or the items themselves ("Nhiệm vụ xếp theo thời hạn. Dưới mỗi thời hạn là …", "Các việc
                           # dưới đây được nhóm theo đơn vị chủ trì")
                           r"^\(?(?:cac |nhung )?(?:nhiem vu|viec|cong viec|noi dung|hoat dong)\b[^.;:]{0,30}?\b(?:duoc )?"
                           r"(?:xep|sap xep|nhom|chia) theo\b|"
                           # … or into what ("Bảng dưới đây chia vụ thành ba giai đoạn; việc của từng giai đoạn ghi ở …")
                           r"^bang (?:duoi day|sau day|sau)\b[^.;]{0,20}?\bchia\b[^.;]{0,40}?\bthanh (?:cac |\d+ |hai |ba |bon |nam )?"
                           r"(?:giai doan|dot|phan|nhom|muc|buoc)\b|"
                           # … or where the work is shown, a sentence of its own ("Các bước …, đơn vị chủ trì, đơn vị phối
                           # hợp và thời hạn được thể hiện trong Sơ đồ triển khai ở trang sau.")
                           r"^[^.;]{0,160}\b(?:duoc )?(?:the hien|trinh bay) (?:trong|tai|o) (?:so do|bang|phu luc|bieu do)\b"
                           r"[^.;]{0,60}\.?$|"  # … or where the table below comes from ("Bảng dưới đây được xuất từ
                           # tệp tiến độ … lập trên phần mềm quản lý dự án …", "Bảng sau đây trích từ …")
                           r"^(?:ghi chu|chu thich|chu giai)\s*:\s*[^.;]{0,40}?\s(?:la|=)\s+(?:thang|quy|tuan|ngay|moc|thoi gian|"
                           r"giai doan|ky)\b|"  # … or the legend of a schedule's marks ("Ghi chú: ô tô màu là tháng thực
                           # hiện; ◆ là mốc …", "Chú thích: dấu x là tháng thực hiện")
                           r"^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?(?:moi|tung|cac|ten|don vi|co quan|nhiem vu|(?:tai|o|trong) cot|cot)\b"
                           r"[^.]{0,120}?\b(?:duoc )?(?:ghi (?:in dam|theo|o|rieng|tai|trong)|in dam|danh (?:dau|ma)|liet ke|"
                           # … or where it leads ("Cột “Biểu mẫu” dẫn tới mẫu phiếu ở Phụ lục …")
                           r"(?:duoc )?neu dau tien|dan (?:toi|den))\b"
                           # … or the print of the leads named first ("Lưu ý: bộ phận in đậm chủ trì, …")
                           r"|^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?(?:[a-z]+ ){1,4}(?:duoc )?in dam\b"
                           # … or what each item below carries ("Mỗi nhiệm vụ dưới đây ghi kèm cơ quan chủ trì, …", "Mỗi việc
                           # dưới đây kèm một bảng nhỏ ghi đơn vị chủ trì, phối hợp và thời hạn", "Mỗi việc ở mục III ghi
                           # phân công trong ngoặc đơn ở cuối: đơn vị đứng trước dấu gạch chéo (/) chủ trì, …")
                           r"|^(?:moi|tung) (?:nhiem vu|viec|cong viec|noi dung|hoat dong|dau viec|muc)\b[^.;]{0,20}?\b"
                           r"(?:duoi day|sau day|sau|nay|(?:o|tai|trong) (?:muc|phan|bang) [ivx\d.]+)\b[^.;]{0,60}?\b(?:ghi|neu|kem)\b"
                           r"[^.;]{0,80}?\b(?:chu tri|phoi hop|thoi han)\b"
                           # … or a note that shortens a name ("Ghi chú: Phòng Đo đạc, Báo cáo và Thẩm định viết tắt là
                           # Phòng MRV; …")
                           r"|^(?:ghi chu|luu y|chu thich)\s*:\s*[^.;]{3,120}?\b(?:duoc )?(?:viet tat|goi tat) (?:la|thanh)\b"
                           # … or only says what short names stand for, one or more ("Ghi chú: TT Thông tin XTDL là Trung
                           # tâm Thông tin và Xúc tiến du lịch; BQL Khu DLQG Sa Pa là Ban Quản lý …."), no role given
                           r"|^(?:ghi chu|chu thich|chu giai)\s*:\s*(?:(?:[^.;:]|\.(?=\S)){2,40}?\s+la\s+(?!co quan|don vi|dau moi|nguoi|noi)"
                           r"[^.;]{3,150}(?:;\s*|\.?\s*$)){1,8}$"
                           # … or which line or column of each says what ("Mỗi việc chiếm hai dòng của bảng: dòng trên
                           # nêu việc cần làm; dòng dưới nêu ai chủ trì …", "… là một phiếu: dòng trên cùng ghi mã việc")
                           r"|^(?:moi|tung)\b[^.]{0,80}?\b(?:dong|cot) (?:tren|duoi|dau|cuoi|ben trai|ben phai)(?: cung)? "
                           r"(?:ghi|neu)\b"
                           # … or what a column named in quotes holds ("Cột "Làm sau việc" ghi mã những việc phải xong
                           # trước …", "Lưu ý: cột “Phối hợp” nêu đơn vị …")
                           r"|^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?cot\s*[\"“][^\"”]{1,40}[\"”]\s*(?:ghi|neu|la|cho biet|the hien)\b"
                           # … or where it writes who does each item and by when ("Ai làm, ai cùng làm và hạn của từng
                           # việc ghi ở chú thích đánh số cuối văn bản: …", "Đơn vị chủ trì, thời hạn ghi tại phụ lục")
                           r"|^[^.;:]{0,80}\b(?:ai lam|don vi|co quan|chu tri|phoi hop|thoi han|han)\b[^.;:]{0,60}?\b(?:duoc )?"
                           r"(?:ghi|neu) (?:o|tai|trong) (?:(?:cac )?chu thich|cuoc chu|phu luc)\b"
                           # … or how its times are given ("Ghi chú về thời gian: bà con … tính thời vụ theo tiết khí, nên
                           # các mốc dưới đây ghi theo tiết …")
                           r"|^(?:ghi chu|luu y|chu thich)\s+(?:ve|cach tinh)\s+(?:thoi gian|thoi han|cac moc|moc|tien do)\s*:"
                           # … or what the line under each item says ("Dưới mỗi việc là một dòng in nghiêng ghi đơn vị
                           # thực hiện, đơn vị cùng làm và hạn.")
                           r"|^(?:duoi|sau|ben duoi) (?:moi|tung) (?:nhiem vu|viec|cong viec|noi dung|muc)\b[^.;]{0,60}?"
                           r"\b(?:ghi|neu)\b[^.;]{0,80}?\b(?:chu tri|phoi hop|thuc hien|thoi han|han)\b"
                           # … or how what it is graded by is counted, its subject a word or two and no body ("Mức được
                           # tính theo số đo lúc 14 giờ tại cửa lấy nước; …", "Thời hạn được tính từ ngày Kế hoạch được ký.")
                           r"|^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?(?:cac )?(?:muc|cap|bac|thoi gian|thoi han|so ngay|diem|ty le)"
                           r"(?: [a-z]+){0,2} (?:duoc )?tinh (?:theo|tu|bang)\b"
                           # … or a column by its place ("Cột thứ nhất ghi mốc thời vụ: …", "Cột đầu bảng ghi mã đơn hàng
                           # …")
                           r"|^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?cot (?:thu (?:nhat|hai|ba|tu|nam|\d{1,2})|dau(?: tien)?|cuoi(?: cung)?)"
                           r"(?: (?:cua )?bang)?\s*(?:ghi|neu|la|cho biet|the hien)\b"
                           # … or whose name in a column's cell leads ("Cột “Ai làm”: đơn vị ghi đầu tiên chịu trách
                           # nhiệm chính, …", "Trong cột “Phụ trách chính”, bộ phận ghi trước chủ trì, …")
                           r"|^(?:ghi chu\s*:?\s*|luu y\s*:?\s*)?(?:(?:trong|o|tai) )?cot\s*[\"“][^\"”]{1,40}[\"”]\s*[:,]?"
                           r"[^.]{0,60}?\b(?:ghi|neu) (?:dau tien|truoc)\b"
                           # how the times below are counted or written ("Các mốc thời gian dưới đây tính từ ngày khai
                           # mạc (ngày N)", "Thời gian trong bảng ghi theo âm lịch và ngày dương lịch tương ứng; …")
                           r"|^(?:cac )?(?:moc(?: thoi gian)?|thoi gian|thoi han)\b[^.;]{0,60}\b(?:duoi day|trong bang|tai bang)"
                           r"\b[^.;]{0,20}\b(?:tinh (?:tu|theo)|ghi (?:theo|bang))\b")


#: how a board or working group set up by a decision works, which decisions state as a standing rule (no work given):
#: "Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm", "Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ",
#: "Ban Chỉ đạo sử dụng con dấu của Ủy ban nhân dân tỉnh" (folded)
_STANDING_RULE = re.compile(r"\b(?:lam viec|hoat dong) theo (?:che do|hinh thuc) kiem nhiem\b|"
                            # the board ends itself when its work is done ("… tự giải thể sau khi hoàn thành nhiệm vụ"),
                            # not a cooperative that does not wind itself up ("hợp tác xã không tự giải thể thì …")
                            r"(?<!khong )\btu giai the (?:sau|khi)\b|"
                            r"\bsu dung con dau cua\b|"
                            # who need not pay ("Các hợp tác xã được kiểm tra không phải trả chi phí kiểm định.", "Hợp
                            # tác xã tham gia được miễn phí …"): a rule of the plan, no work
                            r"\bkhong phai (?:tra|nop|dong)\b[^.;]{0,20}\b(?:phi|chi phi|le phi|tien)\b|\bduoc mien (?:phi|le phi)\b|"
                            # how its money is booked ("Tiền thuê gian hàng được hạch toán vào nguồn thu sự nghiệp …")
                            r"\bduoc hach toan vao\b")


#: a line that holds a body to account, and gives no work ("- chịu trách nhiệm trước UBND tỉnh nếu để chậm giải ngân …",
#: "Thủ trưởng các cơ quan … chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về tiến độ …", "Các bộ phận, cá nhân có
#: tên trong bảng trên chịu trách nhiệm trước Giám đốc về chất lượng …"): before it at most the bodies' names, no verb
#: of work (folded)
_ACCOUNTABLE = re.compile(r"^(?:(?!.*\b(?:chu tri|thuc hien|trien khai|xay dung|to chuc|huong dan|bao cao)\b)[^;.]{0,140}\s)?"
                          r"chiu trach nhiem truoc\s[^.;]{3,160}?\b(?:ve|neu|trong)\b")


#: a paragraph that holds bodies to account for the work given them elsewhere, maybe with where to turn when stuck,
#: and gives none ("Trưởng Phòng X, Trưởng Phòng Y chịu trách nhiệm trước Giám đốc về phần việc được giao tại mục III;
#: khi có vướng mắc báo cáo ngay Giám đốc Trung tâm.", "… chịu trách nhiệm trước Trưởng ban về kết quả thực hiện phần
#: việc được giao./.") (folded)
_ANSWERABLE = re.compile(r"^[^.;]{0,300}?\bchiu trach nhiem truoc [^.;]{3,80}?\bve (?:(?:ket qua|tien do|chat luong)(?: thuc hien)? )?"
                         r"(?:phan viec|nhiem vu|cong viec|noi dung)"
                         r"(?: (?:duoc )?(?:giao|phan cong))[^.;]{0,60}(?:[;,]\s*(?:khi|neu) co (?:kho khan|vuong mac)[^.;]{0,120})?"
                         r"(?:[.;]|\./\.)?$")


#: a line of a body's make-up (a delegation's, a board's, a working group's): a member's role, a colon, the person or
#: the body's representative, nothing more ("Trưởng đoàn: đồng chí Phan Văn A, Phó Chủ tịch Liên minh …", "Tổ phó: bà
#: …", "Thành viên: đại diện lãnh đạo Sở Tài chính"); a member's own duties after a second colon make it a task
#: (``_MEMBER``) (folded)
_MAKE_UP = re.compile(r"^(?:(?:pho )?(?:truong|to truong|to pho|nhom truong)(?: (?:doan|ban|nhom|to))?|thanh vien|uy vien|thu ky|"
                      # a team by its number, whose members follow ("Tổ số 1: đồng chí Phó Chủ nhiệm … làm Tổ trưởng, …")
                      r"(?:to|doan|nhom|doi)(?: [a-z]+){0,2} so \d{1,2}|"
                      r"thuong truc|(?:cac )?thanh vien (?:doan|ban|to|nhom))(?: \w+){0,3}\s*:\s*"
                      # … a person by title or by profession ("Luật sư Tôn Thất Bảo Lâm … làm Tổ trưởng", "Bác sĩ …")
                      r"(?:dong chi|d/c|ong|ba|dai dien|lanh dao|luat su|bac si|ky su|tien si|thac si|nha bao)\s"
                      r"[^:;]{3,200}$")


#: a slogan, as a propaganda plan's appendix lists them ("Hợp tác xã kiểu mới - vì lợi ích của thành viên và cộng
#: đồng!"): a sentence that ends with an exclamation mark sets no work
_SLOGAN = re.compile(r"!\s*$")
#: a legend of the abbreviations a table uses ("Viết tắt trong bảng: P.KTHT - Phòng Kinh tế hợp tác; …", "Chữ viết tắt:
#: …") (folded)
_LEGEND = re.compile(r"^(?:\(?(?:ghi chu|chu|cac chu|cac tu)\s*:?\s*)?(?:chu )?viet tat\b[^:]{0,40}:"
                     # the marks an assignment table gives the roles ("Ghi chú: ● là đơn vị chủ trì; ○ là đơn vị phối
                     # hợp.", "Ghi chú: (CT) - chủ trì; (PH) - phối hợp.")
                     r"|^\(?ghi chu\s*:[^.;]{0,40}?(?:\bla|[-–:=])\s*(?:don vi |co quan )?chu tri\b"
                     # a note on how items are done again, as a plan for an event that comes back notes it ("Ghi chú: các
                     # việc tại mục 2, 3 và 4 làm lại với mỗi cơn bão …")
                     r"|^\(?ghi chu\s*:\s*(?:cac )?(?:viec|nhiem vu|noi dung|muc)\b[^.]{0,80}\b(?:tai|o) (?:muc|diem|phan)\b"
                     # a note spelling out the short names, two or more ("Ghi chú: P.KT - Phòng Kinh tế; P.VH-XH - Phòng
                     # Văn hóa - Xã hội.")
                     r"|^\(?ghi chu\s*:\s*(?:[a-z][\w.&-]{0,12}(?: [a-z][\w.&-]{0,8})?\s+[-–:=]\s+(?:phong|so|ban|"
                     r"trung tam|hoi|chi cuc|van phong|uy ban|lien minh|tram|doi)\b[^;]{0,80};\s*)+"
                     r"[a-z][\w.&-]{0,12}(?: [a-z][\w.&-]{0,8})?\s+[-–:=]\s+")


#: an item that states the plan's aim under its label ("1. Mục tiêu: 60% HTX tham gia có sản phẩm …", "Mục đích: …"),
#: folded: what is sought, no work
_AIM_LINE = re.compile(r"^(?:muc tieu|muc dich|chi tieu)(?: chung| cu the)?\s*:")


#: a question of a plan written as questions and answers ("Câu 2. Ai ký hợp đồng thu gom với hợp tác xã, và bao giờ?",
#: "Hỏi: Hợp tác xã có phải tự chở phụ phẩm không?"): the answer under it says the work, the question none
_QUESTION = re.compile(r"^(?:(?:Câu(?: hỏi)?|Hỏi)\s*(?:\d{1,3}\s*)?[.:)]\s*)?[^.?!;]{3,300}\?$")


#: a form, a table or an appendix attached to the plan, by its number and title, and nothing else ("Mẫu 01: Nhật ký nuôi
#: ngao của hợp tác xã;", "Biểu số 02: Tổng hợp kết quả thực hiện.", "Phụ lục 01: Danh sách hợp tác xã"), as a list under
#: "Kèm theo Kế hoạch này:" names them (folded)
_ATTACHED_FORM = re.compile(r"^(?:mau|bieu|bieu mau|phu bieu|phu luc)(?: so)? (?:\d{1,2}[a-z]?|[ivx]{1,4})(?:/[a-z0-9-]+)?\s*[:.–-]\s*"
                            r"(?![^.;:]*\b(?:truoc|cham nhat|hoan thanh|gui|nop|bao cao ve)\b)[^.;:]{3,120}[.;]?$")


#: a body, a colon, then its figure ("HTX Thanh long Tầm Vu (xã Tầm Vu): 86.000 thùng loại 10 kg, 5 lớp.", "Xã Tân
#: Lập: 05 hợp tác xã"), as a list of each one's order, quota or count prints it
_FIGURE_LINE = re.compile(r"^(?P<who>[^:;()]{3,100}?)\s*(?:\([^()]{2,60}\))?\s*:\s*(?P<rest>\d[\d.,]*\s*\S[^;:]{0,150}?)[.;]?$")


def _figure_of_a_body(text: str) -> bool:
    """``text`` is a body's figure and nothing else (``_FIGURE_LINE``): a body's name alone before the colon, no verb of
    work nor time after it."""
    figure = _FIGURE_LINE.match(text.strip())
    if figure is None:
        return False
    who, rest = figure.group("who").strip(), figure.group("rest")
    return fields.starts_body(who) and fields.name_only(who) == who and not fields._NAME_END.search(" " + rest) \
        and fields.deadline(rest).kind == "unspecified"


def _no_task(para) -> bool:
    """A paragraph that is no task whatever stands around it: a closing formula, what the text says of its own force,
    its issuing basis, a contact line, a note on how the tasks are written, a board's standing rule, a line of a
    body's make-up; or a plain paragraph of such sentences only ("Kinh phí thực hiện lấy từ nguồn hội phí … . Vướng
    mắc phát sinh được phản ánh về Văn phòng … để tổng hợp, báo cáo …")."""
    if para.kind == "" and len(para.text) < 2000 and len(sentences := _sentences(para.text)) > 1:
        if all(_no_task(layout.Para(text=s.strip(), line=para.line, end_line=para.end_line)) for s in sentences):
            return True
    folded = para.folded
    plain = para.kind == ""
    return (_closes(para) or bool(_MAKE_UP.match(folded)) or bool(_ANSWERABLE.match(folded)) or bool(_SLOGAN.search(para.text)) or bool(_LEGEND.match(folded)) or fields.is_legend(para.text) or (bool(_STANDING_RULE.search(folded) or _ACCOUNTABLE.match(folded))
                              and len(_sentences(para.text)) == 1) or (bool(_READING_NOTE.match(folded)) and plain) or bool(_IN_FORCE.search(folded)) \
        or (plain and bool(_BRACKETED_NOTE.fullmatch(folded.strip())))  # "(Các việc dưới đây ghi theo Biểu …)"
        or bool(own_labels.names([para.text]))  # "“chính” là đơn vị chủ trì, …": what the document's own labels stand for

            # the plan's money ("Kinh phí thực hiện từ …" alone, "… tự bảo đảm chi phí …", "Kinh phí: Sở tự cân đối …")
            or (bool(_FUNDED_FROM.match(folded)) and not para.children and not re.search(r"[.;]\s+\S", para.text.rstrip(" ./")))
            or (bool(_SELF_FUNDED.search(folded)) and (plain or folded.startswith("kinh phi")))
            or (bool(_OWN_PLAN.search(folded)) and plain) or bool(_CONTACT.search(folded) and _REACH.search(folded))
            or bool(_COMPOSITION.match(folded))
            or bool(_AIM_LINE.match(folded))
            or bool(_ATTACHED_FORM.match(folded)) or _figure_of_a_body(para.text)
            or (para.kind in ("", "bullet") and bool(_QUESTION.match(para.text)))
            or (bool(_DEEMED.match(folded)) and plain and len(_sentences(para.text)) == 1)
            or (para.kind == "" and bool(_BASIS.search(folded)) and _actor_at(para.text) is None and not any(
                para.text[verb.start() - 1:verb.start()] == "," for verb in fields._NAME_END.finditer(para.text))))


def _pointer(para, known: fields.Known) -> bool:
    """A paragraph that only says where the tasks are, naming no body of its own."""
    return bool(_POINTER.search(para.folded)) and (not (_lead_from(para.text, known) or _assigns(para, known))
                                                    or bool(_TABLE_BELOW.search(para.folded)))


#: the work said to be in the table below ("Các đơn vị … thực hiện theo bảng dưới đây.", "… như bảng sau:"), whoever
#: the sentence names: the table's rows are the tasks (folded)
_TABLE_BELOW = re.compile(r"\b(?:theo|nhu|tai|o)\s+(?:cac )?bang (?:duoi day|sau(?: day)?|duoi)\s*[.:]?\s*$")


def _deadline(who: dict, review: list[str], year: int | None = None, signed: dt.date | None = None,
              day_n: dt.date | None = None, issued: dt.date | None = None,
              phases: dict | None = None) -> fields.DeadlineFound:
    """The deadline of a body task: its "Thời gian: …" line read as a table cell (unreadable: ambiguous, for
    review), else the phrase in its sentence. ``year``: the one year the plan is for, what a time printed without
    its year means ("trước 10/12", "quý IV"), said in review; ``signed``: the day from which such a time is the next
    one, where the document's times are near (``_signed_on``); ``day_n``: the day its milestones count from;
    ``phases``: the phases the document defines with their times (``fields.phases``), a cell naming one alone."""
    def said() -> fields.DeadlineFound:  # the phrase in its sentence
        return fields.deadline(who["deadline_source"], cell=False, year=year, signed=signed, day_n=day_n,
                               issued=issued)

    if not who["deadline_cell"]:
        return said()
    found = fields.deadline(who["deadline_cell"], cell=True, year=year, signed=signed, day_n=day_n, issued=issued)
    if found.kind in ("unspecified", "ambiguous") and phases:
        found = fields.phase_time(who["deadline_cell"], phases) or found
    if found.kind == "unspecified" and who["deadline_source"]:  # … its sentence's own time when the line's is no date
        sentence = said()                                         # ("Giải quyết hồ sơ … khi nhận đủ hồ sơ." / "TG: trong
        found = sentence if sentence.kind not in ("unspecified", "ambiguous") else found  # 05 ngày làm việc")
    if found.kind == "unspecified":
        found = fields.DeadlineFound("ambiguous", who["deadline_cell"])
        review.append("không đọc được thời hạn")
    return found


_BREAK = re.compile(r"<br\s*/?>", re.I)


def _labelled_lines(text: str) -> str:
    """A cell's labelled lines apart by "; ": its line breaks, or, its lines joined by a space ("Chủ trì: X Phối hợp:
    Y"), before each label."""
    text = _BREAK.sub("; ", text)
    return re.sub(rf"\s+(?=(?:{_FIELD_LABEL})\s*:)", "; ", text, flags=re.I) if ":" in text else text


def _roles_cell(text: str) -> tuple[str | None, str | None]:
    """Who leads and who cooperates, as a cell of one column for both roles writes them: labelled ("Chủ trì: X" /
    "Phối hợp: Y, Z", a line each), by a role after the lead ("X (chủ trì); Y, Z", "X chủ trì; Y phối hợp": the bodies
    after the lead cooperate), or a lone body, which leads. (lead phrase, cooperating phrase), as printed."""
    return _cell_roles(text)[:2]


def _cell_roles(text: str) -> tuple[str | None, str | None, str | None]:
    """``_roles_cell``'s reading, and the time a labelled line of the cell gives ("Thời hạn: Quý I/2026"), or None."""
    text = _labelled_lines(text)
    # a role's bracket, then a dash before the next body ("Công an xã (chủ trì) - Phòng Kinh tế"): the dash parts them
    # as ";" does (a dash inside a name, "Phòng Văn hóa - Xã hội", follows no bracket)
    text = re.sub(rf"(\((?:{_ROLE_MARKS})\))\s+[-–]\s+(?=\S)", r"\1; ", text, flags=re.I)
    given = _item_fields([_Line(text)])
    if given.get("lead") or given.get("coop"):
        # the partners labelled after an unlabelled lead ("Chi cục PTNT; p/h: UBND các xã"): the words before the label
        head = re.split(rf"[;,.]?\s*(?:{_FIELD_LABEL})\s*:", text, maxsplit=1, flags=re.I)[0].strip(" ;,.")
        return given.get("lead") or head or None, given.get("coop"), given.get("deadline")
    lead, coops, when, lead_marked = None, [], None, False
    clauses = [c.strip() for c in _role_clauses(text) if not _RECEIVER_MARK.search(c)]
    if len(clauses) > 1 and _time_clause(clauses[-1]):  # the time on the cell's last line ("Tổ Giúp việc; trước 30/6")
        when = clauses.pop().strip(" .")
    for clause in clauses:
        # a body asked or invited to help beside the lead ("X chủ trì, đề nghị Y hỗ trợ", "…, mời Y tham gia")
        clause = re.sub(r"^(?:đề nghị|mời)\s+(?=\S)", "", clause) if lead is not None else clause
        clause = _PARTNERS_LABEL.sub("", clause) if lead is not None or coops else clause  # "X; kèm Y": Y helps
        # (the main doer marked "(chính)", or with the star a note over the table explains: "Đơn vị nào có dấu (*) sau
        # tên thì chủ trì")
        role = re.fullmatch(r"(?P<who>.+?)\s*(?:\(\s*(?P<main>chính|\*|đầu mối)\s*\)|\(\s*phụ\s*\)|\(?\s*(?P<role>chủ trì|phối hợp|"
                            r"(?-i:hỗ trợ|hướng dẫn|tham gia))\s*\)?)\.?", clause, re.I)
        if role and role.group("main") and lead is not None and lead_marked:
            lead = f"{lead}; {role.group('who').strip(' ,')}"  # two marked ("A (*), B (*)"): both lead
        elif role and (role.group("main") or fold(role.group("role") or "") == "chu tri") and lead is None:  # "X (chính)"
            lead, lead_marked = role.group("who").strip(" ,"), bool(role.group("main"))
            # the mark in brackets after the second body of a list ("P.KT-ĐT, P.TC-KT (chính), UBND xã"): that body
            # leads, the ones before it cooperate
            named = re.split(r",\s+", lead)
            if len(named) > 1 and "(" in clause[role.end("who"):] and all(_opens_with_body(n) for n in named):
                lead = named[-1]
                coops.extend(named[:-1])
        else:
            coops.append(role.group("who").strip(" ,") if role else clause)
    if lead is None and coops:  # no role written: the first body leads, the others cooperate
        lead, coops = coops[0], coops[1:]
    return lead, "; ".join(coops) or None, when


#: a partner named in brackets in a lead's cell: "Sở Công Thương (Liên minh Hợp tác xã tỉnh phối hợp)"
_BRACKET_COOP = re.compile(r"\((?P<who>[^()]{3,200}?)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\)", re.I)


#: a note column's cell that names the row's partners ("Phối hợp UBND các xã vùng điều", "Mời Hiệp hội Điều Việt Nam"):
#: the table has no column of partners, its notes give them
_NOTE_PARTNERS = re.compile(r"^(?:[Pp]hối hợp|[Pp]/h|[Mm]ời|[Cc]ùng)(?:\s+với)?\s*:?\s+(?P<who>\S.*?)\.?$")


#: a role a line of a column of roles says, folded: the lead's ("Chủ trì", "Làm chính"), a partner's ("Phối hợp",
#: "Cùng làm", "Tham gia", "Hỗ trợ"); any other ("Nắm tình hình", "Theo dõi", "Để biết") takes no part in the work
_LINE_LEADS = re.compile(r"^(?:chu tri|chinh|lam chinh|dau moi|phu trach)\.?$")
_LINE_HELPS = re.compile(r"^(?:phoi hop|cung lam|cung thuc hien|tham gia|ho tro)\.?$")


def _roles_by_line(raw: str, cells: dict) -> tuple[str, str | None] | None:
    """The lead and the partners of a row whose doers' cell names a body a line and whose cell of roles beside it says
    each one's role on the same line ("Phòng Kế toán<br>Phòng Thu mua<br>Ban Giám đốc" / "Phối hợp<br>Chủ trì<br>Nắm
    tình hình"), each joined by "; ", as printed; None where the lines do not pair or none leads."""
    bodies = _cell_lines(raw, cells["lead"]) or [cells["lead"]]
    roles = _cell_lines(raw, cells["role_of"]) or [cells["role_of"]]
    if len(bodies) != len(roles):
        return None
    leads = [b for b, r in zip(bodies, roles) if _LINE_LEADS.match(fold(r).strip())]
    helps = [b for b, r in zip(bodies, roles) if _LINE_HELPS.match(fold(r).strip())]
    return ("; ".join(leads), "; ".join(helps) or None) if leads else None


#: a person named by how one addresses them, alone on a line of a doers' cell ("anh Lê Văn Toàn", "(chị Mai)", "đ/c
#: Hùng"): who sees to the work inside the unit above, no body
_PERSON_LINE = re.compile(rf"\(?(?i:anh|chị|ông|bà|cô|thầy|đồng chí|đ/c)\s+[{fields.CAPITAL}][^\s,;()]*"
                          rf"(?:\s+[{fields.CAPITAL}][^\s,;()]*){{0,4}}\)?")


def _cell_lines(raw: str, printed: str | None) -> list[str]:
    """The lines of the row's cell that reads ``printed`` ("Sở Công Thương<br>Liên minh Hợp tác xã tỉnh" in a Markdown
    row, a Word cell's paragraphs), plain and NFC; [] when the cell holds no line break."""
    cell = _raw_cell(raw, printed)
    return [piece for piece in (nfc(plain_line(x)) for x in _BREAK.split(cell)) if piece] if cell else []


def _raw_cell(raw: str, printed: str | None, broken: bool = True) -> str | None:
    """The cell of the row ``raw`` that reads ``printed``, as printed (its "<br>" and its marks kept), where it holds a
    line break (or, not ``broken``, any); else None."""
    if not printed or (broken and not _BREAK.search(raw)):
        return None
    return next((cell for cell in re.split(r"\||\t", raw) if (_BREAK.search(cell) or not broken)
                 and nfc(plain_line(cell)) == printed), None)


#: a body in bold inside a line of bodies ("Liên minh HTX tỉnh, **Ban Kinh tế - Xã hội**, Trung tâm …")
_BOLD_RUN = re.compile(r"(\*\*[^*]+\*\*|==[^=]+==|<mark>[^<]+</mark>|\[[^\[\]]+\]\([^()\s]*\))")
#: a run set apart whole: in bold, or highlighted (Markdown's "==…==", HTML's "<mark>", a Word run highlighted or in a
#: colour of its own: ``extract._emphasis``), or the one name written as a link ("[Chi cục X](/don-vi/…)")
_SET_APART = re.compile(rf"{tables.BOLD.pattern}|^\s*(?:==[^=]+==|<mark>[^<]+</mark>|\[[^\[\]]+\]\([^()\s]*\))\s*$", re.I)


def _bold_leads(raw: str, printed: str | None) -> tuple[str, str | None] | None:
    """A doers' cell of bodies, some wholly bold (or highlighted: ``_SET_APART``) and others not, a line each or parted
    by "," or ";" on one line ("**Văn phòng Hội**; Ban Tuyên huấn, Hội Nông dân xã …", "==Phòng X==, Phòng Y"): (the
    bold ones, the others), each joined by "; "; None
    otherwise (a cell all bold or all plain says no roles by its print, nor a bold label: "**Chủ trì:** …")."""
    cell = _raw_cell(raw, printed, broken=False) if printed and ("**" in raw or "==" in raw or "<mark>" in raw
                                                                 or "](" in raw) else None
    pieces = [part.strip(" ,;") for piece in _BREAK.split(cell) for part in _BOLD_RUN.split(piece)] if cell else []
    pieces = [piece for piece in pieces if piece]
    bold = [nfc(plain_line(p)) for p in pieces if _SET_APART.match(p)]
    others = [nfc(plain_line(p)) for p in pieces if not _SET_APART.match(p)]
    if any(b.endswith(":") for b in bold):
        return None
    return ("; ".join(bold), "; ".join(others)) if bold and others else None


def _last_line(printed: str, lines: list[str]) -> str:
    """A cell's last line: the last of its ``lines`` (``_cell_lines``), or, printed on one line, its last clause after
    ";"; "" when it has one line."""
    return lines[-1] if len(lines) > 1 else printed.rsplit(";", 1)[-1] if ";" in printed else ""


#: a role marked at the end of a line of a doers' cell: "Phòng Kinh tế (chủ trì)", "Trạm Y tế phường (phối hợp)"
_ROLE_MARK_END = re.compile(_ROLES_AFTER.pattern + r"\s*[.;,]?\s*$", re.I)


def _marked_lines(raw: str, printed: str | None) -> str | None:
    """A doers' cell printed a line each with roles marked after the names, its lines joined by "; ": a line that ends
    with its mark, or a body's line that does, starts or closes a name; others go on the name above (a wrapped name).
    None when the cell holds no line break or no line is marked."""
    lines = _cell_lines(raw, printed)
    if len(lines) < 2 or not any(_ROLE_MARK_END.search(line) for line in lines):
        return None
    names = [lines[0]]
    for before, line in zip(lines, lines[1:]):
        if _ROLE_MARK_END.search(before) or (_ROLE_MARK_END.search(line) and _opens_with_body(line)):
            names.append(line)
        else:
            names[-1] = f"{names[-1]} {line}"
    return "; ".join(names)


def _cell_bodies(raw: str, printed: str | None) -> str | None:
    """The bodies of a table cell printed one per line: its lines joined by "; ", for reading them as a list; a line
    that does not open with a body goes on the name above it (a name wrapped in a narrow cell: "Sở Nông nghiệp và<br>Môi
    trường"); a line's bullet is no part of its name ("- Sở Tài chính<br>- UBND các xã"). None when the row's cell holds
    no line break."""
    names: list[str] = []
    for piece in _cell_lines(raw, printed):
        piece = _CELL_BULLET.sub("", piece)
        # … a class of economic actors on its own line is another ("UBND các xã<br>Các HTX chè")
        if names and not _opens_with_body(piece) and not (piece[:1].isupper() and _ACTOR_CLASS.match(fold(piece))):
            names[-1] = f"{names[-1]} {piece}"
        else:
            names.append(piece)
    return "; ".join(names) or None


#: a bullet before a body's name in a cell ("- Sở Tài chính<br>- UBND các xã", "- Liên minh HTX tỉnh")
_CELL_BULLET = re.compile(r"^[-–+•*]\s+(?=\S)")
#: a bullet or number that opens a line of a task cell ("- Rà soát …", "+ Hỗ trợ …", "2. Kết nối …", "b) …")
_CELL_ITEM = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s+(?=\S)")


#: a time in brackets closing a work cell ("Cấp hạt giống … *(trong tháng 11)*", "… (xong trước 08/11)")
_CLOSING_BRACKET = re.compile(r"\((?P<t>[^()]{3,80})\)\s*[.;]?\s*$")


def _closing_time(text: str) -> str | None:
    """The time a work cell closes with in brackets, in a table with no column of times ("Kiểm tra an toàn các lò nung
    … (trước 10/11)"), as running text gives an item's time in its final brackets, or in its last clause ("…; trước
    31/12/2026"); else None."""
    bracket = _CLOSING_BRACKET.search(text)
    if bracket and _reads_as_time(bracket.group("t")):
        return bracket.group("t").strip()
    # … or in its last clause after a semicolon ("Chủ trì hướng dẫn … theo quy định; trước 31/12/2026")
    last = re.search(r";\s*(?P<t>[^;()]{3,40}?)\s*\.?\s*$", text)
    return last.group("t").strip() if last and _reads_as_time(last.group("t")) else None


def _row_tasks(raw: str, cells: dict) -> list[tuple[str, str | None]]:
    """The tasks of one table row, each with its time cell: the task cell's items when it lists two or more, a line
    each with a bullet ("- Rà soát …<br>- Kết nối …": a plan that gives each body a row lists that body's tasks in one
    cell), each with the time cell's line in the same place when that cell has a line per item, else the whole time
    cell; otherwise the row's one task."""
    text, deadline = cells.get("text", ""), cells.get("deadline")
    items: list[str] = []
    lone = _CELL_ITEM.match(text) if not _BREAK.search(raw) and re.match(r"[-–+•*]", text) else None
    if lone:  # one bulleted item alone in its cell: the item, without its bullet
        return [(text[lone.end():], deadline)]
    for line in _cell_lines(raw, text):
        bullet = _CELL_ITEM.match(line)
        if bullet:
            items.append(line[bullet.end():])
        elif items:
            items[-1] = f"{items[-1]} {line}"  # a line wrapped inside one item
        else:
            return [(text, deadline)]  # a lead-in line before the items: one task, as printed
    if len(items) == 1 and len(_cell_lines(raw, text)) == 1:
        return [(items[0], deadline)]
    if len(items) < 2:
        return [(text, deadline)]
    times = _cell_lines(raw, deadline)
    return [(item, times[k] if len(times) == len(items) else deadline) for k, item in enumerate(items)]


def _table_owners(found_tables: list, paras: list, stop: int, total: int) -> dict[int, tuple]:
    """Tables of tasks that stand in the body (above "Nơi nhận", a plan that gives each unit its table): table index →
    (the heading right above it that names the body whose table it is, or None; that heading's section path, "III.2";
    the heading right above it with nothing else under it, whatever it names: the table's title, no task of its own).
    A table without a column of leads under a heading naming a body ("2. Ban Kiểm tra - Chính sách") is that body's:
    the heading is its rows' lead, no task of its own; so is one after a sentence naming its lead ("Ban … chủ trì tổ
    chức các lớp dưới đây:"). Tables below the signature, or in a text whose body end is not
    found, are the appendix's."""
    if stop >= total:
        return {}
    owners: dict[int, tuple] = {}
    written = [p for p in paras if p.text.strip()]
    ends = [p.end_line for p in written]  # in the order of the text
    # a "PHỤ LỤC" caption opens the appendix, whatever comes after it (a "Nơi nhận" printed at the very end)
    appendix = min((p.line for p in written if _CAPTION.match(p.text)), default=total + 1)
    for number, table in enumerate(found_tables):
        if table.kind != "tasks" or table.start >= stop or table.start >= appendix:
            continue
        at = bisect.bisect_right(ends, table.start)  # the paragraphs that end above the table's header
        heading = written[at - 1] if at else None
        while heading is not None and _how_to_read(heading) and at > 1:  # a note on reading it between ("Cột “Ghi
            at -= 1                                                       # chú” ghi số thứ tự …"): the title above it
            heading = written[at - 1]
        path = [a for a in reversed(list(heading.ancestors())) if a.kind in ("article", "roman", "num", "letter")] \
            if heading is not None else []
        leads = any(row.cells.get("lead") for row in table.rows)
        title = heading if heading is not None and heading.kind in ("num", "letter", "roman", "heading") \
            and not [child for child in heading.children if not _how_to_read(child)] else None
        if title is not None and not leads and _heading_body(heading.text):
            owners[number] = (heading, ".".join(a.marker for a in path + [heading]), title)
        elif heading is not None and heading.kind == "" and not leads \
                and (heading.text.rstrip().endswith(":") or _CAPTION_LEAD.match(heading.text.strip())
                     or _BANNER_LEAD.match(heading.text.strip())) \
                and _intro_body(heading.text):
            # the sentence that introduces it names its lead ("Ban Tuyên truyền - Đào tạo chủ trì tổ chức 07 lớp dưới
            # đây; …:"): the table's rows are that body's, the sentence no task of its own
            owners[number] = (heading, ".".join(a.marker for a in path) or None, heading)
        else:
            owners[number] = (None, ".".join(a.marker for a in path + ([heading] if heading is not None
                                                                         and heading.kind != "" else [])) or None,
                              title)
    return owners


def _caption_due(lines: list[str], start: int, year: int | None, signed: dt.date | None) -> "fields.DeadlineFound | None":
    """The time a table's caption right above it gives the rows under it, said as a time ("Bảng 1. Việc phải xong trong
    tháng 11/2026", "Bảng 3 – Các việc hoàn thành trước 31/3/2027"); None for a caption of another kind."""
    above = next((lines[k] for k in range(start - 1, max(-1, start - 4), -1) if lines[k].strip()), "")
    caption = layout.CAPTION_LINE.match(above.strip())
    if caption is None or not re.search(r"\b(?:xong|hoàn thành|trước|hạn)\b", above, re.I):
        return None
    found = fields.deadline(above.strip()[caption.end() - 1:], year=year, signed=signed)
    return found if found.kind in ("before", "month", "quarter", "year") else None


def _how_to_read(para) -> bool:
    """``para`` is a plain note on how to read what follows (``_READING_NOTE``)."""
    return para.kind == "" and bool(_READING_NOTE.match(para.folded))


def _level_leads(tasks: list[dict], issuer: str, agencies: "_Agencies") -> None:
    """An item of the commune level that names no body ("Cấp xã: lồng ghép …" under a province's task) is the work of the
    issuer's own kind of body at that level: "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang" → "Hội Liên hiệp Phụ nữ các xã,
    phường", "Ủy ban nhân dân tỉnh X" → "Ủy ban nhân dân các xã, phường" (communes and wards since 1 July 2025); said in
    review."""
    kind = re.match(r"^(?P<kind>.+?)\s+tỉnh\s+\S", issuer)
    if kind is None:
        return
    name = f"{kind.group('kind')} các xã, phường"
    for task in tasks:
        level = _LEVEL_LABEL.match(task.get("text", ""))
        if level and not task["lead"] and re.search(r"cấp\s+(?:xã|cơ sở)", level.group(), re.I):
            task["lead"], _ = agencies(name, task["_line"], True)
            task["review"] = [r for r in task.get("review", []) if r != message("imp_no_lead")] + \
                [message("imp_level_lead", name=name)]


#: a section that only dates the tasks: "III. THỜI GIAN THỰC HIỆN", "IV. TIẾN ĐỘ THỰC HIỆN" (folded)
_TIME_SECTION = re.compile(r"(?:thoi gian|thoi han|tien do)(?: (?:thuc hien|hoan thanh))?(?: (?:cac )?nhiem vu)?\s*:?")
#: a line of it that dates tasks by their numbers: "Nhiệm vụ 1: …", "Nhiệm vụ 2 và nhiệm vụ 3: …", "Nhiệm vụ 4, 5: …",
#: "Nhiệm vụ 6 - 8: …" (folded)
_BY_NUMBER = re.compile(r"^(?:cac )?(?:nhiem vu|noi dung)\s+(?P<nums>\d{1,2}(?:\s*(?:,|va|-|–|den)\s*(?:nhiem vu\s+)?\d{1,2})*)"
                        r"\s*:\s*(?=\S)")


#: … or the time first, then the numbers ("Trước 15/12/2026: nội dung 1 mục III.", "Tháng 3/2027: nội dung 5, …")
_TIME_THEN_NUMBERS = re.compile(r"^(?P<time>[^:;]{3,80}?)\s*:\s*(?:(?:cac )?(?:nhiem vu|noi dung)\s+(?P<nums>\d{1,2}"
                                r"(?:\s*(?:,|va|-|–|den)\s*(?:(?:nhiem vu|noi dung)\s+)?\d{1,2})*)\b|(?=.*\((?:nhiem vu|noi dung)"
                                r" \d{1,2}\)))")


def _dated_by_number(paras: list, tasks: list[dict]) -> None:
    """Deadlines a plan gives in a section of their own, by the tasks' numbers ("III. THỜI GIAN THỰC HIỆN" / "-
    Nhiệm vụ 4, 5: từ tháng 8 đến tháng 10/2026."), to the numbered tasks that print none, said in review; a number
    that is not one task's alone (two sections numbering from 1) dates nothing."""
    numbered = _numbered_tasks(paras, tasks)
    for section in (p for p in paras if p.kind in ("roman", "num") and p.parent is None
                    and _TIME_SECTION.fullmatch(p.folded.strip())):
        for line in _descendants(section):
            match = _BY_NUMBER.match(line.folded)
            first = _TIME_THEN_NUMBERS.match(line.folded) if not match else None
            if not (match or first):
                continue
            # … or the time first, then the numbers it dates ("Trước 15/12/2026: nội dung 1 mục III.", "Ngày 10 và
            # 11/4/2027: phiên chợ (nội dung 6), Lễ tôn vinh (nội dung 7)"): those right after the colon and those
            # named in brackets
            time = line.text[match.end():].strip() if match else line.text[:first.end("time")].strip()
            nums = match.group("nums") if match else ", ".join(
                [*([first.group("nums")] if first.group("nums") else []),
                 *re.findall(r"\((?:nhiem vu|noi dung) (\d{1,2})\)", line.folded[first.end():])])
            for number in _numbers(nums):
                owners = [t for (marker, _), found in numbered.items() if marker == str(number) for t in found]
                if len(owners) != 1 or owners[0]["deadline"].get("kind") != "unspecified":
                    continue
                found = fields.deadline(time.rstrip(" .;"), cell=True)
                if found.kind == "unspecified":
                    continue
                owners[0]["deadline"] = found.as_dict()
                owners[0]["review"] = [*owners[0].get("review", []),
                                       message("imp_deadline_by_number", number=number, line=line.line)]


#: a time code defined in a key of them, wherever it stands ("IV. MỐC THỜI GIAN" / "M1 - trước ngày 31/10/2026", "Mốc
#: thời gian: M1 là tháng 10/2026; M2 là quý IV/2026", "GĐ1: tháng 9 - 10/2026"): the code, then a dash, a colon or "là"
#: and its time (the lines of such a key run together when nothing ends them: each code opens its own)
_CODE_DEFINED = re.compile(rf"(?:^|(?<=[\s;,.(]))(?:[Mm]ốc\s+)?(?P<code>[A-ZĐ]{{1,3}}\d{{1,2}})\s*(?:[-–—:=]|\s(?:là|:))\s*"
                           rf"(?=[{fields.CAPITAL}a-zđà-ỹ\d])")
#: … where the time it stands for ends: a clause's end, or a sentence that follows it ("… tháng 6/2027 Các ban, chi hội …")
_CODE_TIME_END = re.compile(rf"[;]|\.\s|\s(?=[{fields.CAPITAL}][a-zđà-ỹ])(?!Tết|Quý|Tháng)")


def _time_codes(paras: list, year: int | None, signed: dt.date | None,
                issued: dt.date | None) -> tuple[dict[str, tuple], set[int]]:
    """The times a plan's key of time codes gives ("M1 - trước ngày 31/10/2026", "M2 - trong tháng 11/2026"): code →
    (the time found, the key's line), where at least two codes of one letter are defined, each as a time; and the
    paragraphs (ids) that open with the key, maybe after its label ("Mốc thời gian: GĐ1 là …"), no task."""
    codes: dict[str, tuple] = {}
    opening: dict[int, list[str]] = {}
    for para in paras:
        if not _CODE_DEFINED.search(para.text):
            continue
        found = list(_CODE_DEFINED.finditer(para.text))
        label = para.text[:found[0].start()].strip()
        if not label or (label.endswith(":") and len(label) <= 40):
            opening[id(para)] = [m.group("code") for m in found]
        for match, after in zip(found, found[1:] + [None]):
            chunk = para.text[match.end():after.start() if after else len(para.text)]
            end = _CODE_TIME_END.search(chunk, 1)
            chunk = chunk[:end.start() if end else len(chunk)].strip(" .,;")
            time = fields.deadline(chunk, cell=True, year=year, signed=signed, issued=issued) if len(chunk) <= 100 else None
            if time is not None and time.kind not in ("unspecified", "ambiguous"):
                codes.setdefault(match.group("code"), (time, para.line))
    letters = Counter(re.sub(r"\d", "", code) for code in codes)
    codes = {code: found for code, found in codes.items() if letters[re.sub(r"\d", "", code)] >= 2}
    return codes, {para for para, defined in opening.items() if defined[0] in codes}


def _dated_by_code(codes: dict[str, tuple], tasks: list[dict]) -> None:
    """Deadlines a plan writes as codes of a key given elsewhere ("… báo cáo Ban Thường vụ (mốc M6)." and "IV. MỐC THỜI
    GIAN" / "M6 - tháng 6/2027", ``_time_codes``), to the tasks that print one code of it and no time of their own,
    said in review."""
    if not codes:
        return
    cited = re.compile(r"(?<![\w/.-])(?:" + "|".join(map(re.escape, sorted(codes, key=len, reverse=True))) + r")(?![\w/.-])")
    for task in tasks:
        if task["deadline"].get("kind") != "unspecified":
            continue
        named = {m.group() for m in cited.finditer(task.get("text", ""))}
        if len(named) != 1:
            continue
        code = named.pop()
        time, line = codes[code]
        task["deadline"] = time.as_dict()
        task["review"] = [*task.get("review", []), message("imp_deadline_by_code", code=code, line=line)]


#: the words of a time before the period it names ("Trước kỳ nghỉ Tết", "Trong Tháng cao điểm", "Tuần thi học kỳ I",
#: "trước ngày bấm máy"), dropped one by one until what is left is a name the plan dates (folded)
_PERIOD_WORD = re.compile(r"^(?:truoc|trong|suot|dau|giua|cuoi|het|den|tuan|ngay|ky|dip|dot|mua|tiet|thoi gian)\s+")
#: … and its dates where the plan names it, after its name in the same clause ("nhập học khóa mới từ ngày 07/9/2026;",
#: "tuần sinh hoạt công dân từ 14/9 đến 19/9/2026", "“Tháng cao điểm” … năm 2026, từ ngày 17/10 đến ngày 18/11/2026",
#: "Ngày bấm máy: 05/10/2026.", "“trước sạ” là trước ngày 10/11/2026"): the first day, maybe the last, after the words
#: that give it ("từ", "là", "ngày", a colon; not another clause's time: "Đại hội, báo cáo Sở … trước 15/7/2026") (folded)
_PERIOD_DAYS = (r"(?:[\"”']?(?:[^;.]|\.(?=\w)){0,80}?(?:\s(?:tu|la(?: truoc)?|ngay)\s|:\s*)(?:ngay )?|"
                # … or its day right after its name, as a list of them gives it ("… vào các ngày: Sương giáng
                # 23/10/2026; Lập đông 07/11/2026; …")
                r"\s)(?P<first>\d{1,2}/\d{1,2}(?:/20\d\d)?)"
                r"(?:\s*(?:den|-|–)\s*(?:ngay )?(?P<last>\d{1,2}/\d{1,2}/20\d\d))?(?![\d/])")


#: … or a number of days after it ("Sau Tháng cao điểm 30 ngày", "30 ngày sau Tháng cao điểm", "45 - 50 ngày sau …":
#: the most) (folded)
_DAYS_AFTER = (re.compile(r"sau (?P<name>.+?) (?P<days>\d{1,3}) ngay"),
               re.compile(r"(?:\d{1,3}\s*[-–]\s*)?(?P<days>\d{1,3}) ngay sau (?P<name>.+)"))


def _period_days(name: str, texts: list[tuple[str, int]], year: int | None) -> tuple[dt.date, dt.date, int] | None:
    """The first and last day the plan gives a period it names (``_PERIOD_DAYS``), and the line it says so on."""
    pattern = re.compile(rf"(?<![\w/]){re.escape(name)}(?![\w/]){_PERIOD_DAYS}")
    for text, line in texts:
        match = pattern.search(text)
        if match is None:
            continue
        try:
            last = dt.date(*reversed([int(n) for n in match.group("last").split("/")])) if match.group("last") else None
        except ValueError:  # no such day
            continue
        first_year = last.year if last else year
        day, month, *printed = (int(n) for n in match.group("first").split("/"))
        if printed:
            first_year = printed[0]
        elif last and month > last.month:
            first_year = last.year - 1  # "từ 28/12 đến 16/01/2027": the year before
        if first_year is None:
            continue
        try:
            first = dt.date(first_year, month, day)
        except ValueError:
            continue
        return first, last or first, line
    return None


#: a time a sentence gives by a period's name, a capitalised one after its kind ("trước tiết Sương giáng", "trong kỳ
#: Tết Nguyên đán", "hết đợt Thu đông")
_NAMED_TIME = re.compile(rf"\b(?:[Tt]rước|[Tt]rong|[Ss]uốt|[Hh]ết|đến hết)\s+(?:tiết|kỳ|dịp|mùa|đợt|ngày)\s+"
                         rf"[{fields.CAPITAL}][a-zà-ỹđ]*(?:\s+[a-zà-ỹđA-ZĐ][a-zà-ỹđ]*){{0,3}}?(?=\s*(?:[.;,]|$|\s+(?:và|đến|để)\b))")


def _dated_by_name(paras: list, tasks: list[dict], year: int | None) -> None:
    """Deadlines a plan writes as the name of a period it dates elsewhere, in a note or a calendar ("Trước ngày nhập
    học khóa mới", "Tuần sinh hoạt công dân", "Trong Tháng cao điểm" and "Cột đầu bảng ghi mốc theo Lịch năm học …:
    nhập học khóa mới từ ngày 07/9/2026; tuần sinh hoạt công dân từ 14/9 đến 19/9/2026 …"): before the period's first
    day for what is due before it, its last day for what is due in it, said in review. Only a time the importer could
    not date by itself (ambiguous, a condition) or dated from a feast it knows with no number printed ("Trước kỳ nghỉ
    Tết": the plan's own days of the holiday, not the feast's day)."""
    texts = [(fold(para.text), para.line) for para in paras if re.search(r"\d{1,2}/\d{1,2}", para.text)]
    if not texts:
        return
    for task in tasks:
        deadline = task["deadline"]
        printed = deadline.get("printed") or ""
        if not printed and deadline.get("kind") == "unspecified":
            # … or said inside the item's sentence, where no other time is read ("Xong trước tiết Sương giáng.")
            named = _NAMED_TIME.search(task.get("text", ""))
            printed = named.group() if named else ""
        elif not printed or not (deadline.get("kind") in ("ambiguous", "after-condition")
                                 or (deadline.get("kind") == "before" and not re.search(r"\d", printed))):
            continue
        if not printed:
            continue
        said = fold(printed).strip(" .;:,()")
        # "Sau Tháng cao điểm 30 ngày": that many days after its last day
        after = next((m for m in (p.fullmatch(said) for p in _DAYS_AFTER) if m), None)
        name, found = after.group("name") if after else said, None
        others = [(t, line) for t, line in texts if line != task.get("_line")]  # (not the task's own words)
        while len(name.split()) >= 2 and found is None:  # a name of one word ("Tết", "sạ") says too little
            found = _period_days(name, others, year)
            if found is None:
                shorter = _PERIOD_WORD.sub("", name, count=1)
                name = shorter if shorter != name else ""
        if found is None:
            continue
        first, last, line = found
        if not deadline.get("printed") and not said.startswith("truoc ") and last == first:
            continue  # in a period the plan gives only the first day of ("trong tiết Lập đông"): its end is not said
        due = last + dt.timedelta(days=int(after.group("days"))) if after \
            else first if said.startswith("truoc ") and name != said else last
        task["deadline"] = {"printed": printed, "kind": "before", "before": due.isoformat()}
        task["review"] = [*task.get("review", []), message("imp_deadline_by_name", printed=printed, line=line)]


#: a clause that gives numbered tasks to the sentence's body: "chủ trì thực hiện các nhiệm vụ tại điểm 1 và điểm 2 mục
#: II", "phối hợp với Cục X thực hiện nhiệm vụ tại điểm 4 mục II", "phối hợp thực hiện các nhiệm vụ tại điểm 1, 3 và 7" (folded)
#: … or by the items' word and numbers alone: "chủ trì nội dung 1, 5, 7; phối hợp nội dung 3", "chủ trì các việc số 2,
#: 4", "phối hợp mục 1 và 5"; those who take part in them as partners ("… cử công chức cùng tham gia nội dung 1 và nội
#: dung 7")
_BY_POINT = re.compile(r"(?P<role>chu tri|phoi hop|thuc hien|cung tham gia|tham gia)(?: voi (?P<with>[^;]{3,120}?))?"
                       r"(?: thuc hien)? (?:cac )?"
                       r"(?:nhiem vu (?:tai|o|theo) (?:cac )?(?:diem|muc|so thu tu) |(?:nhiem vu|noi dung|viec|cong viec|hoat dong)"
                       r"(?: so)? |(?:diem|muc) )(?:tu )?"  # "… chủ trì các nội dung từ 1 đến 4 dưới đây"
                       r"(?P<nums>\d{1,2}(?:\s*(?:,|va|-|–|den)\s*(?:(?:diem|noi dung|viec|muc|hoat dong)\s+)?"
                       r"\d{1,2})*)(?: (?:cua )?(?:muc|phan) (?P<sec>[ivx]+|\d{1,2}))?")


#: the numbers a table's cell refers to the plan's items by ("2.2", "2.4 và 2.5", "3, 4", "Mục 5")
_REF_NUMBER = re.compile(r"(?<![\d.])\d{1,2}(?:\.\d{1,2}){0,2}(?![\d/])")


def _assigned_by_table(found_tables: list, paras: list, tasks: list[dict], agencies: "_Agencies", meta: dict) -> None:
    """Leads, partners and times a table gives the plan's numbered items by their numbers ("PHỤ LỤC: PHÂN CÔNG THEO
    MỤC" / "Mục | Phụ trách | Phối hợp | Hoàn thành" / "2.4 và 2.5 | Đội Hướng dẫn viên | …"): each item numbered so
    once (``_numbered_tasks``) that names no lead of its own takes the row's, said in review;
    the table's rows are no tasks of their own."""
    by_marker: dict[str, list[dict]] = {}  # an item's number, whatever its section ("2.2") → the tasks so numbered
    for (marker, _), found in _numbered_tasks(paras, tasks).items():
        by_marker.setdefault(marker, []).extend(found)
    for table in found_tables:
        if table.kind != "tasks" or "ref" not in table.headers or "text" in table.headers:
            continue
        table.kind = "assignment"  # read here: its rows are no tasks
        for row in table.rows:
            cells = row.cells
            for number in _REF_NUMBER.findall(cells.get("ref") or ""):
                owners = by_marker.get(number, [])
                if len(owners) != 1 or owners[0]["lead"]:
                    continue
                task = owners[0]
                task["lead"], _ = agencies(cells.get("lead"), row.line, listed=True)
                task["lead_text"] = cells.get("lead")
                partners, _ = agencies(cells.get("cooperating"), row.line, listed=True, partners=True)
                task["cooperating"] = [a for a in partners if a not in task["lead"]]
                found = fields.deadline(cells.get("deadline"), cell=True, year=_plan_year(meta),
                                        signed=_signed_on(meta), issued=_dated(meta))
                if found.kind != "unspecified":  # the table's time, as it gives the doers (not the sentence's)
                    task["deadline"] = found.as_dict()
                    task["review"] = [*task.get("review", []), *([found.note] if found.note else [])]
                task["review"] = [r for r in task.get("review", []) if r != message("imp_no_lead")] + \
                    [message("imp_lead_by_table", line=row.line)]


#: a partner named for one numbered task of those given out ("nội dung 3 phối hợp với Chi cục …", "việc 2 phối hợp
#: với Hội Nông dân xã")
_ITEM_PARTNER = re.compile(r"\b(?:[Nn]ội dung|[Nn]hiệm vụ|[Vv]iệc)\s+(?P<n>\d{1,2})\s+phối hợp với\s+(?P<who>[^,;.()]{3,120})")


def _add_partners(task: dict, ids: list[str]) -> None:
    """``ids`` added to the task's cooperating bodies, those it has already and its leads left out (a body given a
    numbered task elsewhere: "… phối hợp thực hiện nội dung 4", "Cùng thực hiện việc số 2, 6")."""
    had = task.get("cooperating") or []
    task["cooperating"] = [*had, *(a for a in ids if a not in had and a not in task["lead"])]


def _numbered_tasks(paras: list, tasks: list[dict]) -> dict[tuple[str, str], list[dict]]:
    """The body tasks that are numbered items, by (their number, the Roman section they stand in, folded; "" for
    none), for a later section to refer to them by number."""
    by_line = {p.line: p for p in paras}
    numbered: dict[tuple[str, str], list[dict]] = {}
    for task in tasks:
        para = by_line.get(task.get("_line"))
        if para is not None and para.kind == "num" and task["place"].get("part") == "body":
            top = next((a for a in reversed(list(para.ancestors())) if a.kind == "roman"), None)
            numbered.setdefault((_item_number(para.marker), fold(top.marker) if top else ""), []).append(task)
    return numbered


def _item_number(marker: str) -> str:
    """An item's number as other sections refer to it: the marker ("1", "2.2"), or the number of an item numbered by
    its word ("Việc 3", "Hoạt động 2": "3", "2"; referred to as "việc 3", "chủ trì việc 3, 5")."""
    return marker.split()[-1] if re.fullmatch(r"[^\W\d_]+(?:\s+[^\W\d_]+)*\s+\d{1,2}", marker) else marker


def _numbers(text: str) -> list[int]:
    """The numbers "1, 3 và 7", "6 - 8", "4, 5", "1 đến nhiệm vụ 3" name (folded), ranges written out."""
    out: list[int] = []
    for piece in re.finditer(r"(\d{1,2})(?:\s*(?:-|–|den)\s*(?:\w+\s+){0,2}(\d{1,2}))?", text):
        first, last = int(piece.group(1)), int(piece.group(2) or piece.group(1))
        out += list(range(first, min(last, first + 30) + 1))
    return out


#: a body's name run in before its roles by number: "Ban Tổ chức - Kiểm tra: chủ trì nội dung 1, 5, 7; …"
_LABELLED_DOER = re.compile(r"^[^:;.]{3,150}:\s*(?:chủ trì|phối hợp)\b", re.I)


def _given_by_number(paras: list, part_of: dict[int, str]) -> None:
    """The numbered items of a part that a later section gives out by their numbers ("II. NỘI DUNG" / "1. Rà soát …"
    …, then "III. PHÂN CÔNG" / "- Ban X: chủ trì nội dung 1, 5, 7"): they are the plan's tasks, whatever the part's title
    (the part whose items carry every number given out, or the one named: "… điểm 1 mục II")."""
    wanted: dict[str, set[int]] = {}
    for para in paras:
        for hit in _BY_POINT.finditer(para.folded):
            wanted.setdefault(hit.group("sec") or "", set()).update(_numbers(hit.group("nums")))
        # … or by their numbers first ("- Việc 1 đến việc 4: Phòng Kinh tế chủ trì, …"), or in a message to a body
        # ("Gửi Trung tâm X: việc 4 Trung tâm chủ trì, …")
        first = _NUMBERS_FIRST.match(para.text)
        if first:
            wanted.setdefault("", set()).update(_numbers(fold(first.group("nums"))))
        addressed = _ADDRESSED.match(para.text)
        if addressed and "chu tri" in para.folded:
            wanted.setdefault("", set()).update(int(m["n"]) for m in _ITEM_NAMED.finditer(addressed["said"]))
    for at, para in enumerate(paras):  # … or by their letters, right above ("Các điểm a và b nêu trên do X chủ trì,
        # …", ``_points_given``): they are tasks, whatever the part's title ("II. NỘI DUNG THỰC HIỆN")
        if para.kind == "" and part_of.get(id(para)) == "other" and _POINTS_ABOVE.match(para.text):
            for point in _points_above(paras, at).values():
                for node in [point, *_descendants(point)]:
                    part_of[id(node)] = "tasks"
    if not wanted:
        return
    for part in (p for p in paras if p.kind == "roman" and p.parent is None and part_of.get(id(p)) != "tasks"):
        items = [c for c in part.children if c.kind == "num" and _item_number(c.marker).isdigit()]
        numbers = {int(_item_number(c.marker)) for c in items}
        for sec, given in wanted.items():
            if (sec == "" or sec == fold(part.marker)) and given <= numbers:
                for node in (d for c in items if int(_item_number(c.marker)) in given for d in [c, *_descendants(c)]):
                    part_of[id(node)] = "tasks"


#: bodies paired in order with the items they lead ("X, Y và Z lần lượt chủ trì các việc 1, 3 và 2", "A và B lần lượt
#: chủ trì việc 5 và việc 6")
_RESPECTIVELY = re.compile(r"(?P<who>[^;:.]{3,240}?)\s+lần lượt\s+(?:chủ trì|thực hiện|phụ trách)\s+(?:các\s+)?"
                           r"(?:việc|nhiệm vụ|nội dung)(?:\s+số)?\s+(?P<nums>\d{1,2}(?:\s*(?:,|và)\s*(?:(?:việc|nhiệm vụ|nội dung)\s+)?"
                           r"\d{1,2})+)", re.I)
#: … and their days in the same order ("xong lần lượt trước ngày 31/10/2026, 30/11/2026 và 15/11/2026")
_RESPECTIVE_DAYS = re.compile(r"lần lượt\s+(?:trước|chậm nhất|trong)?\s*(?:ngày\s+)?(?P<days>\d{1,2}/\d{1,2}/20\d\d"
                              r"(?:\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/20\d\d)+)", re.I)


def _assigned_by_number(paras: list, tasks: list[dict], known: fields.Known, agencies: "_Agencies") -> list[dict]:
    """Leads and partners a plan gives in a section of their own, by the tasks' numbers ("III. PHÂN CÔNG THỰC HIỆN" /
    "1. Cục X chủ trì thực hiện các nhiệm vụ tại điểm 1 và điểm 2 mục II; phối hợp với Cục Y thực hiện nhiệm vụ tại
    điểm 4 mục II."): the numbered tasks (of that section, when it is named) that name no lead take the sentence's body
    as lead, or as partner; a sentence that does nothing else is no task of its own. Said in review."""
    by_line = {p.line: p for p in paras}
    numbered = _numbered_tasks(paras, tasks)
    dropped: set[int] = set()
    for task in tasks:
        para = by_line.get(task.get("_line"))
        if para is None or not (hits := list(_BY_POINT.finditer(para.folded))):
            continue
        subject = _lead_from(para.text, known) or _opened_by(para.text, known)
        if subject is not None:
            subject = re.sub(r"\s+(?:chủ trì|phối hợp)\b.*$", "", _OPENER.sub("", subject), flags=re.I)
            lead_ids, _ = agencies(subject, para.line)
        elif task["lead"] and _LABELLED_DOER.match(para.text):  # "Ban Tổ chức: chủ trì nội dung 1, 5; …": the label's
            subject, lead_ids = task.get("lead_text"), list(task["lead"])
        else:
            continue
        given = False
        top = next((a for a in reversed(list(para.ancestors())) if a.kind == "roman"), None)
        # items "below" it ("… chủ trì các nội dung từ 1 đến 4 dưới đây"): those of its own section
        own = fold(top.marker) if top is not None and re.search(r"\b(?:duoi day|sau day)\b", para.folded) else None
        def owner(number: int, sec_of: str | None) -> dict | None:
            owners = [t for (marker, sec), ts in numbered.items() for t in ts
                      if marker == str(number) and (sec_of is None or sec == sec_of)]
            if len(owners) > 1 and sec_of is None:  # … not the items of its own section, numbered too ("IV. PHÂN CÔNG"
                # / "1. Ban X chủ trì các nội dung 1, 2, 7" for the items of "II. NỘI DUNG")
                owners = [t for (marker, sec), ts in numbered.items() for t in ts
                          if marker == str(number) and sec != (fold(top.marker) if top is not None else "")]
            return owners[0] if len(owners) == 1 and owners[0] is not task else None

        # the bodies and the items paired in order ("X, Y và Z lần lượt chủ trì các việc 1, 3 và 2; xong lần lượt trước
        # ngày A, B và C"): each body leads its own item, each item due by its own day
        paired = _RESPECTIVELY.search(para.text)
        bodies, _ = agencies(paired.group("who"), para.line) if paired else ([], [])
        numbers = _numbers(fold(paired.group("nums"))) if paired else []
        if paired and len(bodies) == len(numbers) > 1:
            days = _RESPECTIVE_DAYS.search(para.text, paired.end())
            dates = re.findall(r"\d{1,2}/\d{1,2}/20\d\d", days.group("days")) if days else []
            for k, number in enumerate(numbers):
                target = owner(number, own)
                if target is None:
                    continue
                given = True
                if not target["lead"]:
                    target["lead"], target["lead_text"] = [bodies[k]], paired.group("who")
                    target["review"] = [r for r in target.get("review", []) if r != message("imp_no_lead")] + \
                        [message("imp_lead_by_number", line=para.line)]
                if len(dates) == len(numbers) and target["deadline"].get("kind") in ("unspecified", "ambiguous"):
                    target["deadline"] = fields.deadline(dates[k], cell=True).as_dict()  # its day, printed so
            hits = []  # (the sentence's other numbers are another sentence's, whose subject is not this one)
        for hit in hits:
            for number in _numbers(hit.group("nums")):
                target = owner(number, hit.group("sec") or own)
                if target is None:
                    continue
                given = True
                if hit.group("role") in ("chu tri", "thuc hien") and not target["lead"]:  # "X thực hiện các nhiệm vụ 1, 2"
                    target["lead"], target["lead_text"] = list(lead_ids), subject
                    target["review"] = [r for r in target.get("review", []) if r != message("imp_no_lead")] + \
                        [message("imp_lead_by_number", line=para.line)]
                elif hit.group("role") in ("phoi hop", "cung tham gia", "tham gia"):
                    _add_partners(target, lead_ids)
        # … and the partners it names for one of them ("…; nội dung 3 phối hợp với Chi cục An toàn vệ sinh thực phẩm
        # tỉnh, nội dung 6 phối hợp với Sở Công Thương")
        for partner in _ITEM_PARTNER.finditer(para.text) if given else ():
            target = owner(int(partner.group("n")), own)
            if target is not None:
                partner_ids, _ = agencies(fields.name_only(partner.group("who")).strip(" ,"), para.line)
                _add_partners(target, partner_ids)
        # the sentence only gives out numbered tasks: no task of its own (the days it gives them in order are theirs)
        rest = _BY_POINT.sub("", para.folded)
        rest = re.sub(r"\blan luot\s+(?:truoc|cham nhat|trong)?\s*(?:ngay\s+)?[\d/ ,va]+", "", rest) if paired else rest
        if given and not re.search(r"\b(?:truoc ngay|gui|bao cao|lua chon|chi dao)\b", rest):
            dropped.add(id(task))
    return _without(tasks, dropped)


#: a paragraph after a group's points that gives them out, none of them naming its doer: by their letters ("Các điểm a
#: và b nêu trên do phòng Kinh tế chủ trì, …", "Hai điểm a, b trên đây do …") or all of them ("Các điểm trên đề nghị X
#: chủ trì, …", "Điểm này đề nghị …", "Các nội dung trên giao …")
_POINTS_ABOVE = re.compile(r"^(?:(?:các|hai|ba|bốn|năm|cả)\s+)?(?:điểm|nội dung|việc|nhiệm vụ)\s+"
                           r"(?:(?P<letters>[a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)\s+)?(?:(?:nêu|ghi)\s+)?"
                           r"(?:(?:ở\s+)?trên(?:\s+đây)?|này)(?=[\s,])", re.I)
#: … and its later clause for some of them, which gives them otherwise or adds to them ("…; riêng điểm c giao X chủ trì,
#: …", "…; riêng điểm b có thêm Đoàn Thanh niên xã cùng làm. Điểm c giao Công an xã chủ trì, …")
_POINTS_AGAIN = re.compile(r"(?:;|\.)\s+(?:riêng\s+)?(?:(?:các|hai)\s+)?điểm\s+(?P<letters>[a-zđ](?:\s*(?:,|và)\s*[a-zđ])*)"
                           r"(?=\s)", re.I)
#: the words before a clause's doers that only say it is given ("do X chủ trì", "giao X …", "đề nghị X …", "có thêm X")
_GIVEN_OPENER = re.compile(r"^\s*(?:do|giao(?:\s+cho)?|đề nghị|có(?:\s+thêm)?|thêm)\s+", re.I)


def _without(tasks: list[dict], dropped: set[int]) -> list[dict]:
    """``tasks`` without those whose id() is in ``dropped`` (sentences that only gave out other tasks), the body tasks
    numbered again in order."""
    kept = [t for t in tasks if id(t) not in dropped]
    if dropped:
        for number, task in enumerate((t for t in kept if t["id"].startswith("nv-")), start=1):
            task["id"] = f"nv-{number:03d}"
    return kept


def _points_above(paras: list, at: int) -> dict[str, "layout.Para"]:
    """The run of lettered points right above the paragraph ``paras[at]``, by their letters (the nearest of a letter
    printed twice)."""
    points: dict[str, layout.Para] = {}
    for before in reversed(paras[:at]):
        if before.kind == "letter" and (not points or before.parent is next(iter(points.values())).parent):
            points.setdefault(before.marker, before)
        elif before.kind in ("roman", "num", "article", "heading") or (before.kind == "letter") \
                or not any(a.kind == "letter" for a in before.ancestors()):
            break
    return points


def _points_given(paras: list, tasks: list[dict], known: fields.Known, agencies: "_Agencies",
                  year: int | None, signed: dt.date | None) -> list[dict]:
    """Leads, partners and times a paragraph gives to the points right above it, which name no doer ("a) rà soát …;" /
    "b) hướng dẫn …;" / "c) vận động …." / "Các điểm a và b nêu trên do phòng Kinh tế chủ trì, trưởng các thôn phối
    hợp, xong trước 20/11/2026; riêng điểm c giao Trung tâm … , phòng Kinh tế phối hợp, hoàn thành trong tháng
    12/2026."): each clause its points' (a later one for some points gives them otherwise; one with no lead adds its
    partners); the paragraph is no task of its own. Said in review."""
    by_line = {t["_line"]: t for t in tasks}
    dropped: set[int] = set()
    for at, para in enumerate(paras):
        task = by_line.get(para.line)  # (None where the part is read by grammar alone: "Các điểm trên đề nghị X …")
        opened = _POINTS_ABOVE.match(para.text) if para.kind == "" else None
        if opened is None:
            continue
        # the letters of the run of points right above, and their tasks
        points = {k: by_line.get(before.line) for k, before in _points_above(paras, at).items()}
        points = {k: v for k, v in points.items() if v is not None and not v["lead"]}
        if not points:
            continue
        clauses = _clauses_after(para.text, opened, _POINTS_AGAIN, "letters")
        named = [([points[k] for k in (re.findall(r"[a-zđ]", letters) if letters else sorted(points)) if k in points],
                  clause) for letters, clause in clauses]
        if _give_clauses(named, para, known, agencies, year, signed, message("imp_lead_by_points", line=para.line)) \
                and task is not None:
            dropped.add(id(task))
    return _without(tasks, dropped)


#: a paragraph of a later section that gives out items by their numbers, the numbers first as its label ("- Việc 1 đến
#: việc 4: Phòng Kinh tế chủ trì, Hội Nông dân xã phối hợp; …", "Nhiệm vụ 5 và 6: giao …", "Các việc 2, 3: …")
_NUMBERS_FIRST = re.compile(r"^(?:(?:các|hai|ba)\s+)?(?:việc|nhiệm vụ|nội dung|công việc)\s+(?:số\s+)?(?:từ\s+)?"
                            r"(?P<nums>\d{1,2}(?:\s*(?:,|và|đến|-|–)\s*(?:(?:việc|nhiệm vụ|nội dung|công việc)\s+(?:số\s+)?)?"
                            r"\d{1,2})*)\s*:\s*", re.I)
#: … and its later clause for some of them, which gives them otherwise or adds to them ("…; riêng việc 3 do X chủ trì,
#: …", "…; việc 6 có Đoàn Thanh niên xã phối hợp")
_NUMBERS_AGAIN = re.compile(r"(?:;|\.)\s+(?:riêng\s+)?(?:(?:các|hai)\s+)?(?:việc|nhiệm vụ|nội dung|công việc)\s+(?:số\s+)?"
                            r"(?P<nums>\d{1,2}(?:\s*(?:,|và)\s*(?:(?:việc|nhiệm vụ|nội dung|công việc)\s+)?\d{1,2})*)"
                            r"(?=\s)", re.I)


def _numbers_given(paras: list, tasks: list[dict], known: fields.Known, agencies: "_Agencies",
                   year: int | None, signed: dt.date | None) -> list[dict]:
    """Leads, partners and times a later section gives to numbered items of an earlier one by their numbers, the
    numbers first ("II. CÁC VIỆC CẦN LÀM" / "Việc 1. Rà soát …" …, then "III. TỔ CHỨC THỰC HIỆN" / "- Việc 1 đến việc 4:
    Phòng Kinh tế chủ trì, Hội Nông dân xã phối hợp; riêng việc 3 do Trung tâm … chủ trì." / "- Việc 5 và việc 6: …;
    việc 6 có Đoàn Thanh niên xã phối hợp."): each clause its items' (``_give_clauses``), the paragraph no task of its
    own. Said in review."""
    by_line = {t["_line"]: t for t in tasks}
    numbered = _numbered_tasks(paras, tasks)
    dropped: set[int] = set()
    for para in paras:
        task = by_line.get(para.line)
        opened = _NUMBERS_FIRST.match(para.text) if task is not None and para.kind in ("", "bullet") else None
        if opened is None:
            continue
        top = next((a for a in reversed(list(para.ancestors())) if a.kind == "roman"), None)
        own = fold(top.marker) if top is not None else ""

        def items(nums: str) -> list[dict]:  # the items of another section by those numbers, one section's each
            return [t for number in _numbers(fold(nums)) if (t := _numbered_one(numbered, number, task, own)) is not None]

        named = [(items(nums), clause) for nums, clause in _clauses_after(para.text, opened, _NUMBERS_AGAIN, "nums")]
        if named[0][0] and all(not t["lead"] for t in named[0][0]) \
                and _give_clauses(named, para, known, agencies, year, signed,
                                  message("imp_lead_by_numbers", line=para.line)):
            dropped.add(id(task))
    return _without(tasks, dropped)


#: a message addressed to a body ("Gửi Ban Kiểm tra - Tư vấn: chủ trì việc 1, phối hợp Văn phòng; xong trước …",
#: "Kính gửi Văn phòng Liên minh: …"), as a plan copies in the messages that gave its items out
_ADDRESSED = re.compile(r"^(?:Kính\s+)?[Gg]ửi\s+(?P<who>[^:;,.()]{3,150}?)\s*:\s*(?P<said>\S.*)$")
#: an item named by its number inside a clause ("việc 1", "nhiệm vụ số 3")
_ITEM_NAMED = re.compile(r"\b(?:việc|nhiệm vụ|nội dung|công việc)\s+(?:số\s+)?(?P<n>\d{1,2})\b", re.I)


def _messages_given(paras: list, tasks: list[dict], known: fields.Known, agencies: "_Agencies",
                    year: int | None, signed: dt.date | None) -> list[dict]:
    """Leads, partners and times the messages a plan copies in give its numbered items ("II. NỘI DUNG" / "1. Khảo sát
    …", then "Gửi Ban Kiểm tra - Tư vấn: chủ trì việc 1, phối hợp Văn phòng Liên minh; xong trước 31/10/2026." /
    "Gửi Trung tâm X: chủ trì việc 3, hạn tháng 12/2026; việc 6 cũng do Trung tâm chủ trì, làm thường xuyên."): the
    body addressed leads each item a clause names with "chủ trì", the clause's other bodies and its time are that
    item's; the message no task of its own. Said in review."""
    by_line = {t["_line"]: t for t in tasks}
    numbered = _numbered_tasks(paras, tasks)
    dropped: set[int] = set()
    for para in paras:
        task = by_line.get(para.line)
        addressed = _ADDRESSED.match(para.text) if task is not None and para.kind in ("", "bullet") else None
        if addressed is None or not _opens_with_body(addressed["who"]):
            continue
        said = addressed["said"]
        agains = list(_NUMBERS_AGAIN.finditer(said))
        ends = [m.start() for m in agains] + [None]
        starts = [0] + [m.start() + 1 for m in agains]  # each clause after its ";" or "."
        named = []
        for start, end in zip(starts, ends):
            clause = said[start:end].strip(" ;.")
            items = [t for number in dict.fromkeys(int(m["n"]) for m in _ITEM_NAMED.finditer(clause))
                     for t in [_numbered_one(numbered, number, task)] if t is not None]
            role = re.search(r"\bchủ trì\b", clause, re.I)
            if not items or role is None:
                continue
            rest = _ITEM_NAMED.sub("", clause[role.end():]).strip()
            named.append((items, f"{addressed['who']} chủ trì{'' if rest[:1] in (',', ';', '') else ','} {rest}"))
        if named and all(not t["lead"] for items, _ in named for t in items) \
                and _give_clauses(named, para, known, agencies, year, signed,
                                  message("imp_lead_by_message", line=para.line)):
            dropped.add(id(task))
            for item in (t for items, _ in named for t in items if t["lead"]):
                item["lead_text"] = addressed["who"]  # the body the message is sent to, as printed
    return _without(tasks, dropped)


#: a paragraph that gives the items after it their doers and time once, for all of them, each item saying only what it
#: changes ("Quy ước chung cho các việc dưới đây (trừ khi việc đó ghi khác): Phòng Kinh tế chủ trì; Hội Nông dân xã
#: phối hợp; hoàn thành trước ngày 31/12/2026."), its first sentence
_DEFAULTS = re.compile(r"^(?:quy ước chung|phân công chung|quy định chung|mặc định)\b[^:]{0,100}:\s*(?P<said>\S.+)$", re.I)
#: an item's line that says what it changes of them ("Ghi riêng: chủ trì là Văn phòng …; hạn 30/11/2026", "Riêng: …")
_OWN_CHANGES = re.compile(r"(?:^|(?<=[.;])\s+)\(?(?:Ghi riêng|Riêng)\s*:\s*(?P<said>\S.*)$")
_CHANGED_LEAD = re.compile(r"\bchủ trì\s+(?:là|:)\s*(?P<who>[^;.]+)", re.I)
_CHANGED_PARTNERS = re.compile(r"\bphối hợp\s+(?:là|:)\s*(?P<who>[^;.]+)", re.I)
_MORE_PARTNERS = re.compile(r"\bthêm\s+(?P<who>[^;.]+?)\s+(?:cùng\s+)?(?:phối hợp|tham gia|cùng làm)\b", re.I)
_NO_PARTNER = re.compile(r"\bkhông cần\s+(?P<who>[^;.]+)", re.I)


def _defaults_given(paras: list, tasks: list[dict], known: fields.Known, agencies: "_Agencies",
                    year: int | None, signed: dt.date | None) -> list[dict]:
    """The doers and time a paragraph gives all the items after it in its section (``_DEFAULTS``), each item taking
    what its own line does not change (``_OWN_CHANGES``: "chủ trì là X", "phối hợp là Y", "thêm Z cùng phối hợp",
    "không cần Y", its time); the paragraph no task of its own. Said in review."""
    by_line = {t["_line"]: t for t in tasks}
    dropped: set[int] = set()
    for para in paras:
        task = by_line.get(para.line)
        said = _DEFAULTS.match(para.text) if task is not None and para.kind in ("", "bullet") else None
        if said is None:
            continue
        first = _sentences(said["said"])[0] if _sentences(said["said"]) else said["said"]
        seg = layout.Para(first, para.line, para.end_line)
        who = _responsible(seg, [seg], [seg], known)
        lead_ids, coop_ids, _ = agencies.roles([who["lead_text"]], who["coop_text"], para.line, who["listed"],
                                               who["coop_listed"])
        if not lead_ids:
            continue
        due = fields.deadline(first, year=year, signed=signed)
        top = next((a for a in reversed(list(para.ancestors())) if a.kind == "roman"), None)
        after = [t for t in tasks if t["_line"] > para.line and t is not task
                 and (top is None or t["place"].get("section", "") == top.marker
                      or (t["place"].get("section") or "").startswith(top.marker + "."))]
        dropped.add(id(task))
        starts = sorted(p.line for p in paras)
        by_start = {p.line: p for p in paras}
        for item in after:
            # its line of changes, a field of its own right under it ("Ghi riêng: …"), or run on in its text
            below = [by_start[k] for k in starts[bisect.bisect_right(starts, item["_line"]):][:3]]
            changes = next((m for p in below for m in [_OWN_CHANGES.match(p.text)] if m), None) \
                if below and _OWN_CHANGES.match(below[0].text) else _OWN_CHANGES.search(item["text"])
            text = changes["said"] if changes else ""
            lead = _CHANGED_LEAD.search(text)
            partners = _CHANGED_PARTNERS.search(text)
            if not item["lead"]:
                item["lead"], item["lead_text"] = (agencies(lead["who"].strip(), para.line)[0], lead["who"].strip()) \
                    if lead else (list(lead_ids), who["lead_text"])
                item["review"] = [r for r in item.get("review", []) if r != message("imp_no_lead")] + \
                    [message("imp_defaults", line=para.line)]
            if not item.get("cooperating"):
                item["cooperating"] = agencies(partners["who"].strip(), para.line, partners=True)[0] if partners \
                    else [a for a in coop_ids if a not in item["lead"]]
            for more in _MORE_PARTNERS.finditer(text):
                _add_partners(item, agencies(more["who"].strip(), para.line, partners=True)[0])
            for less in _NO_PARTNER.finditer(text):
                gone = set(agencies(less["who"].strip(), para.line, partners=True)[0])
                item["cooperating"] = [a for a in item["cooperating"] if a not in gone]
            own = fields.deadline(text, year=year, signed=signed) if text else None
            if own is not None and own.kind not in ("unspecified", "ambiguous"):
                item["deadline"] = own.as_dict()
            elif item["deadline"].get("kind") in ("unspecified", None) and due.kind not in ("unspecified", "ambiguous"):
                item["deadline"] = due.as_dict()
    return _without(tasks, dropped)


def _numbered_one(numbered: dict, number: int, task: dict, other_than: str | None = None) -> dict | None:
    """The one numbered item ``number`` names ("1." or "Việc 1."; of a section other than ``other_than``, folded, when
    given), not ``task`` itself; None when none or several."""
    owners = [t for (marker, sec), ts in numbered.items() for t in ts
              if marker.split()[-1:] == [str(number)] and (other_than is None or sec != other_than)]
    return owners[0] if len(owners) == 1 and owners[0] is not task else None


def _clauses_after(text: str, opened: re.Match, again: re.Pattern, key: str) -> list[tuple[str | None, str]]:
    """The clauses of a paragraph that gives out items ("Các điểm a và b nêu trên do X …; riêng điểm c giao Y …",
    "Việc 1 đến việc 4: X …; riêng việc 3 do Y …"): (the items its opening names, as ``key`` of ``opened`` reads them,
    and its text), then each later clause's (the items ``again`` names after ";" or ".", and its text)."""
    agains = list(again.finditer(text, opened.end()))
    ends = [m.start() for m in agains] + [None]
    return [(opened.group(key), text[opened.end():ends[0]]),
            *((later.group(key), text[later.end():end]) for later, end in zip(agains, ends[1:]))]


def _give_clauses(named: list[tuple[list[dict], str]], para, known: fields.Known, agencies: "_Agencies",
                  year: int | None, signed: dt.date | None, said: str) -> bool:
    """Each clause's doers and time given to the tasks it names ((tasks, clause) in order: a later one for some of them
    gives them otherwise, one that names no lead adds its partners: "…; riêng điểm b có thêm X cùng làm"); ``said``: the
    review note a task given its lead takes. Whether any task was given anything."""
    given = False
    for tasks, clause in named:
        clause = clause.strip(" ;.,")
        # "riêng điểm b có thêm X cùng làm", "việc 6 có Y phối hợp": a partner
        more = re.match(r"(?:có\s+)?thêm\s|có\s+(?=[^;]*\b(?:phối hợp|cùng làm|tham gia)\b)", clause, re.I) is not None
        clause = _GIVEN_OPENER.sub("", clause, count=1).strip(" ;.")
        seg = layout.Para(clause, para.line, para.end_line)
        who = _responsible(seg, [seg], [seg], known)
        lead_ids, coop_ids, _ = agencies.roles([who["lead_text"]], who["coop_text"], para.line, who["listed"],
                                               who["coop_listed"])
        if more:
            lead_ids, coop_ids = [], [*lead_ids, *coop_ids]
        if not tasks or not (lead_ids or coop_ids):
            continue
        due = fields.deadline(clause, year=year, signed=signed)
        for task in tasks:
            given = True
            if lead_ids:
                task["lead"], task["lead_text"], task["cooperating"] = list(lead_ids), who["lead_text"], []
                task["review"] = [r for r in task.get("review", []) if r != message("imp_no_lead")] + [said]
            _add_partners(task, coop_ids)
            if due.kind not in ("unspecified", "ambiguous"):
                task["deadline"] = due.as_dict()
    return given


def _heading_body(text: str) -> str | None:
    """The body a heading names: all of it ("2. Ban Kiểm tra - Chính sách", "1. Văn phòng Liên minh:"), or after
    "Nhiệm vụ của" ("1. Nhiệm vụ của Văn phòng Liên minh"); None for a heading of another kind."""
    text = text.strip().rstrip(":").strip()
    duties = _duties_of(text)
    if duties and _agency_heading(duties):
        return duties
    return _class_addressed(text) or (text if _agency_heading(text) else None)


#: a sentence that introduces a table by its lead: "Ban Tuyên truyền - Đào tạo chủ trì tổ chức 07 lớp dưới đây; …:",
#: "Văn phòng Liên minh là đơn vị chủ trì các việc sau:"
_INTRO_LEAD = re.compile(r"^(?P<who>[^:;,.()]{3,120}?)\s+(?:chủ trì|là (?:đơn vị|cơ quan) chủ trì|là đầu mối)\b")


#: a table's caption that names the lead of its rows, as a plan split into a table per lead titles them ("Bảng 2. Việc
#: do Phòng Thu mua nguyên liệu chủ trì", "Biểu 3: Nhiệm vụ của Văn phòng Sở", "Bảng 4 – Các việc giao Đội Xe")
_CAPTION_LEAD = re.compile(r"^(?:Bảng|Biểu)\s+(?:số\s+)?[\dA-Z]{1,3}\s*[.:–-]\s*(?:các\s+|những\s+)?"
                           r"(?:việc|nhiệm vụ|công việc|nội dung)\s+(?:do|của|giao(?:\s+cho)?)\s+"
                           r"(?P<who>[^:;.()]{3,120}?)(?:\s+(?:chủ trì|thực hiện|phụ trách|làm đầu mối))?\s*:?$", re.I)


def _intro_body(text: str) -> str | None:
    """The body a sentence introducing a table, the table's caption or the banner over it names as the lead of its
    rows, or None."""
    match = _INTRO_LEAD.match(text.strip()) or _CAPTION_LEAD.match(text.strip()) or _BANNER_LEAD.match(text.strip())
    who = match.group("who").strip() if match else None
    running = _running_case(who) if who and layout.is_caps(who) else who  # "PHẦN GIAO CHO: PHÒNG MUA HÀNG": read in
    # running case, quoted as printed (as a group row's body is)
    return who if who and _agency_heading(running[:1].upper() + running[1:]) else None


#: a banner over a table, or over a page of them, that hands its rows to their lead ("PHẦN GIAO CHO: PHÒNG MUA HÀNG",
#: "Giao cho: Xưởng Lắp ráp kính", "VIỆC GIAO CHO TỔ KỸ THUẬT")
_BANNER_LEAD = re.compile(r"^(?:phần\s+|(?:các\s+)?việc\s+)?giao\s+cho\s*:?\s*(?P<who>[^:;.()]{3,120})$", re.I)


def _group_body(title: str | None) -> str | None:
    """The body a table's group row names, as printed ("I. SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "V. ĐỀ NGHỊ LIÊN MINH HỢP
    TÁC XÃ TỈNH" without its "Đề nghị", "B. Ủy ban nhân dân các xã, phường"): a plan that groups its table by the body
    in charge prints the lead once, in the group row; None for a group of another kind ("I. TUYÊN TRUYỀN")."""
    text = (title or "").strip().rstrip(":").strip()
    opener = re.match(r"(?:giao(?:\s+cho)?|đề nghị|yêu cầu|do)\s+", text, re.I)
    body = text[opener.end():] if opener else text
    # … its role said after it ("**Ban Tuyên truyền và Đào tạo chủ trì**", "Do Văn phòng Liên minh chủ trì", "Phòng Kế
    # toán (chủ trì)"): the body leads the rows under it
    body = re.sub(r"\s*(?:\((?:chủ trì|phụ trách|chính)\)|(?<=\S)\s(?:chủ trì|phụ trách|làm chính))\s*$", "", body,
                  flags=re.I)
    running = _running_case(body) if layout.is_caps(body) else body
    return body if body and _heading_body(running) == running else None


def _cell_doer(text: str | None, known: fields.Known) -> tuple[str, str | None] | None:
    """Who a task cell names as its doer when its row has no lead of its own (no lead column, no group row or heading
    naming one): the body the cell opens with, then a colon ("**Ban Tổ chức - Kiểm tra**: rà soát …", "Sở Công
    Thương và Văn phòng: …", "Văn phòng: …", the issuer's own unit), or the sentence's subject before "chủ trì"
    ("Ban X chủ trì, phối hợp với Y tổ chức …"); with the cooperating phrase of the sentence ("phối hợp với Y").
    None when the cell opens with the work ("Hỗ trợ hợp tác xã …")."""
    if not text:
        return None
    coop = fields.COOP.search(text)
    coop_text = coop.group("coop") if coop else None
    head, colon, _ = text.partition(":")
    head = head.strip()
    if colon and 2 < len(head) < 150:
        # one name ("Trung tâm Tư vấn và Hỗ trợ hợp tác xã"), or names joined ("Ban X và Văn phòng", "Sở X, Sở Y")
        if _body_name(head) or all(map(_body_name, re.split(rf"\s+và\s+(?=[{fields.CAPITAL}])|,\s+(?=[{fields.CAPITAL}])", head))):
            return head, coop_text
    lead = fields.LEAD_IN_TEXT.match(text)
    if lead and _opens_with_body(lead.group("lead")) and "phoi hop" not in fold(lead.group("lead")):
        return lead.group("lead"), coop_text
    return None


def _defined_name(cell: str | None, short: dict, coded: set | frozenset = frozenset()) -> str | None:
    """``cell``, or the full name a short name of words stands for when the cell is nothing else (not an initialism,
    nor a code a table of codes gives: read as printed, ``_Agencies`` spells it out)."""
    if cell and cell.strip() in short and not fields.initialism(cell.strip()) and cell.strip() not in coded:
        return short[cell.strip()][0]
    return cell


def _title_text(meta: dict) -> str:
    """A document's title and subject, as printed: what its years and season are read from."""
    return f"{meta.get('title') or ''} {meta.get('subject') or ''}"


def _title_years(meta: dict) -> list[int]:
    """The years a document's title and subject name, each once, in order; not the year in a cited document's name
    ("… theo Luật Hợp tác xã năm 2023 … năm 2027": 2027), nor a day's."""
    text = _title_text(meta)
    return sorted({int(m.group()) for m in re.finditer(r"(?<!\d)20\d\d(?!\d)", text)
                   if not _LAW_YEAR.search(fold(text[max(0, m.start() - 60):m.start()]))
                   # nor a day's year ("(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 16/11/2026 …)": when it was
                   # issued, not what it is for)
                   and not re.search(r"\d{1,2}/\d{1,2}/$", text[max(0, m.start() - 6):m.start()])})


#: a law named by the year it was passed ("Luật Hợp tác xã năm 2023"), folded, right before the year
_LAW_YEAR = re.compile(r"\b(?:bo )?luat [^.;,()\d]{2,40} nam\s*$")


def _plan_year(meta: dict) -> int | None:
    """The one year a plan is for, as its title names it ("… năm 2026", "6 tháng cuối năm 2026"); None when the title
    names none or several ("giai đoạn 2026 - 2030")."""
    years = _title_years(meta)
    if not years and meta.get("kind") in _LETTERS and not meta.get("year_inferred"):
        return meta.get("year")  # a letter's "trước ngày 31/8" is in the year it was signed
    return years[0] if len(years) == 1 else None


#: the kinds of document written for now, whose times without a year are in the year they are signed
_LETTERS = ("cong-van", "cong-dien", "giay-moi", "thong-bao")


#: the kinds of document that set standing rules, whose days without a year come back every year ("báo cáo 6 tháng
#: trước ngày 10/6 và cả năm trước ngày 10/12" in a Quy chế phối hợp): never read from the day they were signed
_STANDING = ("quy-che", "thoa-thuan")


def _dated(meta: dict) -> dt.date | None:
    """The day the document is dated, when its header prints it whole (not inferred); else None."""
    date = meta.get("date") or {}
    if meta.get("year_inferred") or not all(date.get(k) for k in ("year", "month", "day")):
        return None
    try:
        return dt.date(date["year"], date["month"], date["day"])
    except ValueError:
        return None


def _signed_on(meta: dict) -> dt.date | None:
    """The day from which a time printed without its year is the next such time, where a document's times are near:
    a letter's (whatever year its subject names: "V/v chuẩn bị … năm 2027", "trước 30/11" signed in November 2026 is
    30/11/2026), or a plan's whose title names no year, two years running ("… vụ Đông Xuân 2026 - 2027", "… năm 2026 -
    2027"), a time from now ("… từ nay đến hết vụ xuân 2026"), a Tết ("… phục vụ Tết Nguyên đán Bính Ngọ 2026") or a
    crop season begun the year before its name's ("… vụ Chiêm Xuân 2027" signed in November 2026); None
    where the plan's one year reads them, for a plan
    of a longer stage (its times recur), for standing rules
    (``_STANDING``), or where the full date is not printed."""
    dated = _dated(meta)
    if dated is None or meta.get("kind") in _STANDING:
        return None
    years = _title_years(meta)
    season = len(years) == 2 and years[1] == years[0] + 1
    # … or up to a time, the year named being its end ("… từ nay đến hết vụ xuân 2026", "… trên địa bàn xã đến hết
    # tháng 6/2026", "… đến cuối năm 2026" signed in September 2025: "trước 15/12" is 15/12/2025): it runs
    from_now = re.search(r"\btu nay (?:den|toi)\b|\b(?:den|toi) (?:het |cuoi )?(?:nam|thang \d{1,2}\s*/)\s*20\d\d\b",
                         fold(_title_text(meta)))
    # … or up to a Tết it names ("… phục vụ Tết Nguyên đán Bính Ngọ 2026", signed in November 2025: "tháng 12" is December
    # 2025), the year printed being the feast's
    tet = re.search(r"\btet\b", fold(_title_text(meta)))
    # … or a crop season that starts in the year before the one it is named for ("… vụ Chiêm Xuân 2027", "vụ Đông
    # Xuân 2027", "vụ Xuân 2027" sown from December, signed in November 2026: "trước 25/11" is 25/11/2026; not "vụ
    # Xuân Hè", sown in spring)
    crop = bool(years) and dated.year == years[0] - 1 and \
        re.search(r"\bvu (?:dong xuan|chiem xuan|chiem|dong|xuan(?! he))\b", fold(_title_text(meta))) is not None
    if meta.get("kind") not in _LETTERS and years and not season and not from_now and not tet and not crop:
        return None  # a plan for one year (its year reads them) or for several ("giai đoạn 2025 - 2027": they recur)
    return dated


#: a time cell saying the row's work is done already (folded)
_DONE = re.compile(r"\s*da (?:hoan thanh|thuc hien(?: xong)?|xong|nop)\b")
#: … a state cell saying so, as a tracker's "Trạng thái" column does ("Hoàn thành", "Xong", "Done"; not "Đang làm")
_STATE_DONE = re.compile(r"\s*(?:da )?(?:hoan thanh|xong|done|completed)\s*\.?\s*$")


def _appendix_rows(found_tables: list, agencies: _Agencies, bar: _Progress,
                   lines: list[str] | None = None, year: int | None = None,
                   owners: dict[int, tuple] | None = None, signed: dt.date | None = None,
                   day_n: dt.date | None = None, issued: dt.date | None = None,
                   phases: dict | None = None, events: list | None = None) -> tuple[list, list]:
    """One task per appendix row (its continuation rows joined to it), none skipped; the tables' groups. ``year``:
    the one year the plan is for ("Cả năm" in a cell); ``signed``: see ``_signed_on``; ``day_n``: the day milestones
    count from ("N - 30"); ``issued``: the day the document is dated ("quý I năm sau"); ``phases``: see
    ``fields.phases`` ("Đợt 1"); ``events``: see ``fields.event_spans``. ``owners``: tables standing in the body
    (``_table_owners``), whose rows are body tasks of their section, led by the body their heading names."""
    rows, groups = [], []
    task_tables = [t for t in found_tables if t.kind == "tasks"]
    owners = owners or {}
    first_leads = any(_FIRST_LEADS.search(fold(line)) for line in lines or ()
                      if ("đầu tiên" in line or "trước" in line) and ("ghi" in line or "nêu" in line or "kê" in line))
    in_body = {id(found_tables[k]): v for k, v in owners.items()}
    for number, table in enumerate(task_tables, start=1):
        prefix = "pl" if len(task_tables) == 1 else f"pl{number}"
        heading, section, _ = in_body.get(id(table), (None, None, None))
        caption_due = _caption_due(lines, table.start, year, signed) if lines else None

        def group_id(key: str, prefix: str = prefix) -> str:  # "I" → pl-i, "A.I" → pl-a-i, "#2" (no marker) → pl-n2
            return f"{prefix}-{slugify(key.replace('#', 'n'))}"

        for group in table.groups:
            if not any(g["id"] == group_id(group.key) for g in groups):
                groups.append({"id": group_id(group.key), "title": group.title,
                               "section": f"Phụ lục {group.marker}" if group.marker else None})
        # a column of teams by their letters ("Nhóm | A"): read once per table, each team's name looked up once
        team_word = table.headers["lead"].split()[0].strip("*").capitalize() \
            if _TEAM_HEADER.fullmatch(fold(table.headers.get("lead") or "").strip()) else None
        team_named: dict[str, bool] = {}
        for row in table.rows:
            bar.step()
            cells = row.cells
            if _DONE.match(fold(cells.get("deadline") or "")) or _DONE.match(fold(cells.get("note") or "")) \
                    or _STATE_DONE.match(fold(cells.get("state") or "")):
                continue  # a row already carried out ("Đã hoàn thành", "Đã thực hiện xong"), in its time's column, its
                # notes' ("Ghi chú": "Đã xong") or its state's ("Trạng thái": "Hoàn thành"): a record, no work left
            # a column's cells are lists of bodies by the column's label, as a labelled line's are
            raw = row.raw or (lines[row.line - 1] if lines and 0 < row.line <= len(lines) else "")
            if not cells.get("lead") and not cells.get("roles") and cells.get("text"):
                # the task's cell gives its own fields on labelled lines under its work ("1. Lập danh mục …<br>Thực
                # hiện: Phòng X; phối hợp: Sở Y"), as a plan's items do: the work is the lines above them
                lines_in = _cell_lines(raw, cells["text"])
                at = next((k for k, line in enumerate(lines_in) if k and layout._LABEL_LINE.match(line)), None)
                given = _item_fields([_Line(line) for line in lines_in[at:]]) if at else {}
                if given.get("lead"):
                    cells["text"] = " ".join(lines_in[:at])
                    cells["lead"] = given["lead"]
                    cells["cooperating"] = cells.get("cooperating") or given.get("coop")
                    cells["deadline"] = cells.get("deadline") or given.get("deadline")
                    cells["output"] = cells.get("output") or given.get("output")
            stacked_people = _cell_lines(raw, cells.get("lead"))
            kept = [line for k, line in enumerate(stacked_people) if not (k and _PERSON_LINE.fullmatch(line))]
            if len(kept) == 1 and len(stacked_people) > 1:
                # the unit, then the person in charge in it on a line of their own ("Team Sản xuất<br>anh Lê Văn
                # Toàn", "Phòng Kế toán<br>(chị Mai)"): the unit leads
                cells["lead"] = kept[0]
            paired = _roles_by_line(raw, cells) if cells.get("role_of") and cells.get("lead") else None
            if paired:  # "Phòng Kế toán<br>Phòng Thu mua" beside "Phối hợp<br>Chủ trì": each body's role on its line
                cells["lead"], cells["cooperating"] = paired
            shared_cell = cells.get("roles") or cells.get("lead") or ""
            shared = _by_share(shared_cell) if not cells.get("cooperating") else None
            if shared:  # "Phòng Tài chính - Kế toán: 30%<br>Phòng Nguyên liệu: 70%": the largest share leads
                cells["lead"], cells["cooperating"], cells["roles"] = *shared, None
                row.review.append(message("imp_lead_by_share", lead=shared[0]))
            if cells.get("roles"):  # one column for both roles: "Chủ trì: X<br>Phối hợp: Y", "X (chủ trì); Y, Z"
                # … and the time on a labelled line of its own ("Thời hạn: Quý I/2026")
                # … or, unlabelled, on the cell's last line ("Tổ Giúp việc<br>cùng: Ban công tác các thôn<br>trước
                # 15/11"): the cell read a line each, as printed
                lead_of, coop_of, when = _cell_roles("<br>".join(_cell_lines(raw, cells["roles"])) or cells["roles"])
                cells["deadline"] = cells.get("deadline") or when
                cells["lead"] = cells.get("lead") or lead_of
                cells["cooperating"] = cells.get("cooperating") or coop_of
            with_own = _ROLE.fullmatch((cells.get("lead") or "").strip(" ."))
            if with_own and with_own.group("coop") and fold(with_own.group("role")) == "chu tri" \
                    and not cells.get("cooperating"):  # "X chủ trì, phối hợp với Y": X leads, Y cooperates
                cells["lead"], cells["cooperating"] = with_own.group("who"), with_own.group("coop")
            arrowed = re.split(r"\s*(?:←|⟵|⇐|<-{1,2})\s*", cells.get("lead") or "", maxsplit=1)
            if len(arrowed) == 2 and not cells.get("cooperating") and fields.starts_body(arrowed[0]) \
                    and arrowed[1].strip():
                # "lead ← partners" ("Phòng Kỹ thuật ← Trạm Dịch vụ khu vực, HTX X"): the help goes to the body the
                # arrow points at, which leads
                cells["lead"], cells["cooperating"] = arrowed[0].strip(), arrowed[1].strip()
            slashed = re.split(r"\s+/\s+", cells.get("lead") or "", maxsplit=1)
            if len(slashed) == 2 and not cells.get("cooperating") and fields.starts_body(slashed[0]) \
                    and fields.starts_body(slashed[1]):
                # "lead / partners" ("Phòng R&D / Phòng QC", "Phòng Thu mua / HTX A, THT B"), as a column headed
                # "Chủ trì / Phối hợp" or a note over the table reads it: the body before the spaced slash leads
                cells["lead"], cells["cooperating"] = slashed
                row.review.append(message("imp_first_leads", lead=cells["lead"]))
            stacked = _cell_lines(raw, cells.get("lead"))
            timed = not cells.get("cooperating") and _time_clause(_last_line(cells.get("lead") or "", stacked))
            if (_ROLES_AFTER.search(cells.get("lead") or "") or _COOP_LABELLED.search(cells.get("lead") or "")
                    or _role_words_after(cells.get("lead") or "")
                    # … or label both, a line each ("Chủ trì: X<br>Phối hợp: Y, Z", "Chính: X<br>Phụ: Y", a form nested
                    # in the cell)
                    or re.match(r"\s*(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|chính)\s*:", cells.get("lead") or "", re.I)
                    # … or end with the row's time on a line of its own ("Phòng Kinh tế<br>tháng 10/2026", "Phòng
                    # Kinh tế; thường xuyên")
                    or timed) \
                    and not cells.get("cooperating"):
                # a column of doers whose cells mark the roles after the names ("Đơn vị thực hiện": "Phòng Nghiệp vụ
                # (chủ trì); các Phòng Thống kê khu vực") or label the partners after the lead ("Chi cục PTNT; p/h:
                # UBND các xã", "Tổ Giúp việc<br>cùng: Ban công tác các thôn"): the lead marked or first, the others
                # cooperate; a line each, a marked line closes its name ("Phòng Kinh tế (chủ trì)<br>các khu phố",
                # "Phòng Văn hóa<br>Trạm Y tế (phối hợp)"); a time on the cell's last line is the row's, where no
                # column gives one
                printed = cells["lead"]
                cells["lead"], cells["cooperating"], when = _cell_roles(
                    _marked_lines(raw, cells["lead"]) or (timed and "<br>".join(stacked)) or cells["lead"])
                cells["deadline"] = cells.get("deadline") or when
                marked = True  # the leads as marked, every one of them ("A (*), B (*)")
                # the partners quoted as printed: the whole cell where the lead marked between them parts them ("A, X
                # (*), B": no one stretch of the document reads "A; B")
                coop_printed = printed if cells["cooperating"] and cells["cooperating"] not in printed else None
            else:
                marked, coop_printed = False, None
            if shared and cells.get("cooperating"):  # the partners quoted as printed: the whole cell of shares
                coop_printed = shared_cell
            for column in ("lead", "cooperating"):  # a body alone in its cell, with a bullet: "- Liên minh HTX tỉnh"
                if _CELL_BULLET.match(cells.get(column) or "") and not _cell_lines(raw, cells[column]):
                    cells[column] = _CELL_BULLET.sub("", cells[column])
            # "Tổ đánh giá nội bộ + Ban quản trị các HTX" where the plan says the body written first leads ("đơn vị
            # ghi đầu tiên chịu trách nhiệm chính, các đơn vị ghi sau dấu “+” cùng tham gia"): a list, the first leading
            plussed = first_leads and bool(cells.get("lead") and _PLUS.search(cells["lead"]))
            if plussed:
                cells["lead"] = _PLUS.sub("; ", cells["lead"])
            if cells.get("lead") and _RESOURCES.search(cells["lead"]):  # project software's resources ("Phòng Kinh
                # doanh;Phòng Tài chính - Kế toán", "Đội Bảo vệ - PCCC[50%]"): the names parted by "; ", no share
                cells["lead"] = re.sub(r";(?=\S)", "; ", _SHARE.sub("", cells["lead"]))
            listed = _cell_bodies(raw, cells.get("lead")) or (
                cells["lead"] if "; " in (cells.get("lead") or "")
                and (plussed or _names_only(cells["lead"], agencies.known, listed=True))
                else None)  # … or one line, the names parted by ";" ("Ban Tổ chức giải; Liên minh HTX tỉnh") or "+"
            bold = _bold_leads(raw, cells.get("lead")) if not cells.get("cooperating") else None
            if bold is not None:
                # a doers' cell of bodies a line each, some in bold ("**Phòng Kiểm toán 2**<br>Phòng Tư vấn thuế"): the
                # bold ones lead, the others cooperate, as plans state in a note over such a table ("đơn vị in đậm là
                # đơn vị chủ trì") and print wherever the lead is not named first
                cells["lead"], after_first = bold
                row.review.append(message("imp_bold_leads", lead=cells["lead"]))
            elif listed and "; " in listed and not marked and ("cooperating" not in table.headers or tables.SIDE_HEADER.match(
                    fold(table.headers.get("lead", "")))) and "chu tri" not in fold(table.headers.get("lead", "chu tri")):
                # "Cơ quan thực hiện" listing bodies a line each, no column of partners (or the first side's column,
                # "Phía Việt Nam", beside the others'): the body named first leads, the others cooperate (the common
                # convention, which plans state in a note above such a table)
                cells["lead"], after_first = listed.split("; ", 1)
                row.review.append(message("imp_first_leads", lead=cells["lead"]))
            else:
                after_first = None
            helper = _BRACKET_COOP.search(cells.get("lead") or "")
            if helper and not cells.get("cooperating"):  # "Sở Công Thương (Liên minh Hợp tác xã tỉnh phối hợp)"
                cells["cooperating"] = helper.group("who")
            if row.roles_marked and not cells.get("lead"):  # an assignment matrix: the bodies marked "CT" lead, "PH" help
                marked = {role: [name for name, r in row.roles_marked if r == role] for role in ("lead", "coop")}
                cells["lead"], cells["cooperating"] = "; ".join(marked["lead"]) or None, \
                    "; ".join([*marked["coop"], *([cells["cooperating"]] if cells.get("cooperating") else [])]) or None
                row.review.append(message("imp_role_marks", lead=", ".join(marked["lead"]) or "–",
                                          coop=", ".join(marked["coop"]) or "–"))
            # no lead of its own: the body its group row names ("II. SỞ TÀI CHÍNH" above rows of no lead column),
            # else the body the heading above the table names
            group_lead = None if cells.get("lead") else _group_body(row.group_title)
            if team_word and cells.get("lead") and re.fullmatch(r"[A-ZĐ]|\d{1,2}|[IVX]{1,4}", cells["lead"].strip()):
                # a team by its letter under "Nhóm" ("Nhóm | A"): "Nhóm A", as the plan names it where it defines it
                named = f"{team_word} {cells['lead'].strip()}"
                if named not in team_named:
                    team_named[named] = any(named in line for line in lines or ())
                if team_named[named]:
                    cells["lead"] = named
            lead_text = cells.get("lead") or group_lead or \
                ((_heading_body(heading.text) or _intro_body(heading.text)) if heading is not None else None)
            # still none: the doer the task cell itself names ("**Ban X**: rà soát …", "Ban X chủ trì, phối hợp với Y …")
            doer = _cell_doer(cells.get("text"), agencies.known) if lead_text is None else None
            lead_text, text_coop = doer if doer is not None else (lead_text, None)
            # a cell that is a short name of words the text defines ("Trung tâm"): quoted as the name it stands for,
            # printed where the text defines it (an initialism is kept as printed: it is the body's variant)
            lead_text = _defined_name(lead_text, agencies.short, agencies.coded)
            partners = _NOTE_PARTNERS.match(cells.get("note") or "") if not cells.get("cooperating") else None
            if partners and _names_only(partners.group("who"), agencies.known, listed=True):  # "Ghi chú: Phối hợp Sở …"
                cells["cooperating"] = partners.group("who")
            cells["cooperating"] = _defined_name(cells.get("cooperating"), agencies.short, agencies.coded)
            lead_phrase = _cell_bodies(raw, cells.get("lead")) or (
                _running_case(group_lead) if group_lead is not None and layout.is_caps(group_lead) else lead_text)
            # a lead cell of a class of economic actors alone ("Các chi hội cơ sở", "Các HTX, THT"): one body as printed
            class_cell = bool(cells.get("lead")) and lead_phrase is not None \
                and bool(_ACTOR_CLASS.match(fold(lead_phrase)) or _OWN_TEAMS_CELL.fullmatch(fold(lead_phrase).strip(" ."))) \
                and not fields.match_agencies(lead_phrase, agencies.known, True).ids
            # … likewise a partners' cell of such a class alone ("Các hợp tác xã làng nghề"): one partner as printed
            coop_cell = _cell_bodies(raw, cells.get("cooperating")) or cells.get("cooperating")
            class_coop = coop_cell if coop_cell and _actors_alone(coop_cell, agencies.known) \
                and not re.match(r"(?:[Cc]ác|[Nn]hững)\s+[Bb]an\b", coop_cell) else None  # "Các bản", not "Các ban"
            items = [(text, time or (_closing_time(text) if "deadline" not in table.headers else None))
                     for text, time in _row_tasks(raw, cells)]
            for text, time in items:
                # an item of a row's list names its own partners ("- Phối hợp với Sở X hướng dẫn …")
                own = fields.COOP.search(text) if doer is None and not cells.get("cooperating") else None
                # … and, in a row that names no doer, its own doer as its sentence's subject ("Tháng 9 - 10/2025 | -
                # Văn phòng Ủy ban phối hợp Ban Dân vận … khảo sát …<br>- Ban Thường trực làm việc với …"), with the
                # partners it names beside it ("cùng Ủy ban MTTQ …")
                # … first its doers in brackets after its work, as an item of running text names them ("Tháng 10/2026
                # | • Ban hành hướng dẫn …, trình UBND tỉnh … (Sở Tài chính chủ trì; Sở Tư pháp phối hợp)<br>• …")
                closing = _closing_roles(text, agencies.known) if lead_text is None else None
                closing = closing if closing and closing[0] else None
                subject = _sentence_doer(text, agencies.known) if lead_text is None and closing is None else None
                beside = "; ".join(_partners_named(text)) if subject else None
                leads_named, bracketed = (closing[0], "; ".join(closing[1]) or None) if closing \
                    else ([subject or lead_phrase], None)
                lead_ids, coop_ids, notes = agencies.roles(
                    leads_named, None, row.line, True,
                    "; ".join(c for c in (text_coop, own and own.group("coop"), beside, after_first, bracketed,
                                          None if class_coop else coop_cell) if c)
                    or None,
                    whole=((heading is not None or group_lead is not None) and not cells.get("lead")) or class_cell,
                    coop_whole=[class_coop] if class_coop else ())
                task_review = (list(row.notes) if not row.exact else []) + row.review + notes
                found = fields.deadline(time, cell=True, year=year, bare_year=table.layout != "flattened", signed=signed,
                                        day_n=day_n, issued=issued)
                if row.month_first and found.printed:  # read day first, quoted as printed (month first)
                    found = replace(found, printed=tables.swapped(found.printed))
                if time and row.group_title and found.kind in ("unspecified", "ambiguous", "before"):
                    # days alone under a month's group row ("**Tháng 12/2026**" over "01 - 10", "15", "cả tháng")
                    found = fields.days_of_month(time, row.group_title, year=year, signed=signed, issued=issued) or found
                if time and phases and found.kind in ("unspecified", "ambiguous"):  # "Đợt 1", its days said before
                    found = fields.phase_time(time, phases) or found
                if events and found.kind in ("unspecified", "ambiguous"):  # "Trong những ngày diễn ra Hội chợ"
                    found = fields.during_event(time or "", events) or fields.during_event(text, events) or found
                if not time and cells.get("duration"):  # "Ngày bắt đầu | Số ngày": the last of those days
                    found = fields.days_from_start(cells.get("start"), cells["duration"], year=year) or found
                if not time and row.marked:  # a schedule table: the periods marked in the row
                    found = fields.schedule_deadline(row.marked, row.periods, year)
                    task_review += [message("imp_no_year")] if found.kind == "ambiguous" else []
                if not time and found.kind == "unspecified" and caption_due is not None:
                    found = caption_due  # "Bảng 1. Việc phải xong trong tháng 11/2026": the table's caption dates its rows
                if time and found.kind == "unspecified":
                    found = fields.DeadlineFound("ambiguous", time)
                    task_review.append("không đọc được thời hạn")
                if found.note:
                    task_review.append(found.note)
                place = {"part": "body", "section": section} if id(table) in in_body else \
                    {"part": "appendix", "appendix_group": row.group_marker or None, "appendix_row": row.row}
                rows.append({
                    "id": f"pl-{len(rows) + 1:03d}", "text": text, "place": place,
                    "group": group_id(row.group) if row.group else None, "lead": lead_ids, "lead_text": lead_text,
                    "cooperating": coop_ids,
                    # (a diagram's links or an export's list give partners apart: no stretch of the text reads them joined)
                    "cooperating_text": coop_printed or (None if table.layout in ("json", "mermaid")
                                                         and "; " in (cells.get("cooperating") or "")
                                                         else cells.get("cooperating")),
                    "output": cells.get("output"),
                    "submit_to": cells.get("submit_to"), "deadline": found.as_dict(), "review": task_review,
                    "_line": row.line, "_row": (number, re.sub(r"\W", "", row.row)),
                    "_joins": _numbers(joins.group("nums")) if (joins := _JOINS_ROWS.match(fold(cells.get("note") or "")))
                    else [],
                })
    return _joined_by_number(rows), groups


#: the header of a column of teams by their letters or numbers ("Nhóm", "Tổ thực hiện"), folded
_TEAM_HEADER = re.compile(tables.TEAM_COLUMN)
#: a row's note that its body joins items of a table before it by their numbers ("Cùng thực hiện việc số 2, 6",
#: "Phối hợp thực hiện nội dung 1, 3", "Tham gia hoạt động số 4"), folded
_JOINS_ROWS = re.compile(r"\s*(?:cung (?:thuc hien|tham gia|lam)|phoi hop(?: thuc hien)?|tham gia)(?: voi [^,.;]{1,30}?)?\s+"
                         r"(?:(?:cac|o) )?(?:viec|nhiem vu|noi dung|hoat dong|muc)\s*(?:so\s*)?"
                         r"(?P<nums>\d{1,2}(?:\s*(?:,|va|-|–)\s*\d{1,2})*)\s*(?:o (?:bang|muc) [^.;]{1,20})?\s*\.?\s*$")


def _joined_by_number(rows: list[dict]) -> list[dict]:
    """A table of the bodies asked to join, each row's note naming the items of a table before it by their numbers
    ("Trung tâm Kiểm soát bệnh tật tỉnh | Cử bác sĩ … | Cùng thực hiện việc số 2, 6"): the row's body takes part in
    those items, and the row is no task of its own (what it is asked for is how it takes part); a row whose numbers
    name no earlier row stays a task, as does a row with no such note ("Việc riêng của cơ quan")."""
    by_number: dict[str, list[dict]] = {}  # a row's number → the rows so numbered, in the order of the tables
    for task in rows:
        by_number.setdefault(task["_row"][1], []).append(task)
    out = []
    for task in rows:
        numbers = task.pop("_joins")
        table = task["_row"][0]
        owners = [[t for t in by_number.get(str(n), []) if t["_row"][0] < table] for n in numbers]
        if not numbers or not all(owners) or not task["lead"]:
            out.append(task)
            continue
        for found in owners:
            target = found[-1]  # the nearest table before it that numbers such a row
            _add_partners(target, task["lead"])
            target["review"] = [*target["review"], message("imp_joins_by_number", line=task["_line"])]
    return out


#: a plan's note that the body written first leads ("Cột “Ai làm”: đơn vị ghi đầu tiên chịu trách nhiệm chính, …", "người
#: ghi trước chủ trì"), folded
_FIRST_LEADS = re.compile(r"\b(?:ghi|neu|ke ten) (?:dau tien|truoc)\b[^.;]{0,60}?\b(?:chu tri|chiu trach nhiem chinh|"
                          r"phu trach chinh|lam chinh)\b")
#: bodies joined by a plus in a doers' cell ("Phòng Đào tạo + Trung tâm Khuyến công")
_PLUS = re.compile(r"\s+[+&]\s+(?=\S)")  # (or an ampersand: "Phòng X & Liên minh HTX tỉnh")
#: a resource cell as project software writes it: names parted by ";" with no space, or a share of a unit's time
#: after its name ("[50%]")
_SHARE = re.compile(r"\s*\[\d{1,3}%\]")
_RESOURCES = re.compile(rf"[^\s;];[^\s;]|{_SHARE.pattern}")


#: a body and its share of a task in per cent, as a piece-work rule gives each of those who do it its part ("Phòng
#: Nguyên liệu: 70%", "Tổ Vận tải (80%)", "Phòng Kỹ thuật – 40 %")
_BODY_SHARE = re.compile(r"\s*(?:<br>|[;,])?\s*(?P<who>[^:;,()<>%\d][^:;()<>%]{1,150}?)\s*(?::|\(|[-–])?\s*"
                         r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)?\s*[.;,]?")


def _by_share(cell: str) -> tuple[str, str | None] | None:
    """A doers' cell that gives each body its share of the task in per cent, and nothing else: (the body with the
    largest share, the first of equals, whatever its place; the others parted by "; ", or None), else None."""
    shares, at = [], 0
    while at < len(cell):
        found = _BODY_SHARE.match(cell, at)
        if found is None or found.end() == at:
            return None
        shares.append((found.group("who").strip(), float(found.group("pct").replace(",", "."))))
        at = found.end()
    if not shares or not all(fields.starts_body(who) for who, _ in shares):
        return None
    lead = max(shares, key=lambda share: share[1])[0]
    return lead, "; ".join(who for who, _ in shares if who != lead) or None


def _law_key(name: str) -> str:  # "Luật HTX" is "Luật Hợp tác xã"
    return re.sub(r"\bhtx\b", "hop tac xa", fold(name))


def _legal_basis(text: str, cited: list[str], body: list[str], own: str | None,
                 known: fields.Known) -> tuple[list[str], dict[str, dict]]:
    """Documents cited by number (in the body and tables) and laws cited by name: registry ids, or proposals."""
    legal: list[str] = []
    proposed: dict[str, dict] = {}
    for number, doc_type in fields.legal_references(" ".join(cited)):
        if own and fold(number) == fold(own):
            continue
        doc_id = known.documents.get(fold(number))
        if doc_id is None:
            year = re.search(r"(?:ngày\s+\d{1,2}/\d{1,2}/|năm\s+)(\d{4})", text[text.find(number):text.find(number) + 60])
            doc_id = fields.document_id(number, int(year.group(1)) if year else None)
            proposed.setdefault(doc_id, {"id": doc_id, "number": number, "type": doc_type,
                                         **({"year": int(year.group(1))} if year else {})})
        if doc_id not in legal:
            legal.append(doc_id)
    laws = {_law_key(d.title): d.id for d in known.registry.documents if d.type == "luat" and d.title}
    for name, law_year in fields.named_laws(" ".join(body)):
        doc_id = laws.get(_law_key(name))
        if doc_id is None:
            doc_id = slugify(name) + (f"-{law_year}" if law_year else "")
            proposed.setdefault(doc_id, {"id": doc_id, "type": "luat", "title": name,
                                         **({"year": law_year} if law_year else {})})
        if doc_id not in legal:
            legal.append(doc_id)
    return legal, proposed


def _place(text: str) -> str:
    """Folded, with hyphens and dashes as spaces ("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu" alike)."""
    return " ".join(re.sub(r"[-–—]", " ", fold(text)).split())


def _province_names(provinces: dict) -> list[tuple[str, str, bool]]:
    """(folded name, province id, named with "tỉnh" rather than "thành phố"), longest first: each
    province's name, other spellings and former name, with the kind it had under that name."""
    names = []
    for p in provinces.values():
        for name in (p.name, *p.variants):
            names.append((_place(name), p.id, p.kind == "tinh"))
        if p.former:
            names.append((_place(p.former.name), p.id, p.former.kind == "tinh"))
    return sorted(names, key=lambda n: -len(n[0]))


def _province(lines: list[str], provinces: dict, issuer_printed: str | None) -> str | None:
    """The issuing province, by the general conventions of an administrative document's header
    (Nghị định 30/2020/NĐ-CP): the province named with its kind ("tỉnh Lào Cai", "thành phố Hà Nội",
    "TP. Hồ Chí Minh"; "thành phố Kon Tum" is a city in a province, never the province) in the issuer
    column, else first in the header; else the place of the place-and-date line ("Đắk Nông, ngày …");
    else the province named with its kind most often in the whole text. A bare name elsewhere is never
    enough: "tư tưởng Hồ Chí Minh", "hòa bình", "hải dương" are words. One pass of one pattern over the
    text (70 names one by one took 14 s on 5 MB)."""
    names = _province_names(provinces)
    if not names:
        return None  # a registry without provinces: the reviewer is asked for it
    kinds: dict[str, list[tuple[str, bool]]] = {}
    for name, pid, tinh in names:
        kinds.setdefault(name, []).append((pid, tinh))
    alternatives = "|".join(re.escape(name) for name in kinds)  # longest first
    named = re.compile(rf"(?<![a-z])(tinh|thanh pho|tp)\.?\s*({alternatives})(?![a-z])")
    # a Party committee's header names its province so (Hướng dẫn 36-HD/VPTW: "TỈNH ỦY GIA LAI", "THÀNH ỦY HẢI PHÒNG")
    party = re.compile(rf"^(tinh|thanh) uy\s+({alternatives})$")
    placed = re.compile(rf"(?:^|\s)({alternatives})\s*,\s*ngay\b")

    def mentions(text: str):
        for m in named.finditer(text):
            for pid, tinh in kinds[m.group(2)]:
                if tinh == (m.group(1) == "tinh"):
                    yield pid

    head = [_place(nfc(plain_line(l))) for l in lines[:25]]
    committee = party.match(_place(issuer_printed or ""))
    if committee:
        for pid, tinh in kinds[committee.group(2)]:
            if tinh == (committee.group(1) == "tinh"):
                return pid
    found = next(mentions(_place(issuer_printed or "")), None) or next(mentions(" ".join(head)), None)
    if found:
        return found
    for line in head:  # "Đắk Nông, ngày 07 tháng 3 năm 2023" (maybe after "Số: …" in the same line)
        if (m := placed.search(line)):
            return kinds[m.group(1)][0][0]
    counts: dict[str, int] = {}
    for pid in mentions(_place(" ".join(lines))):
        counts[pid] = counts.get(pid, 0) + 1
    return max(counts, key=lambda pid: counts[pid]) if counts else None


def _national(printed: str | None, known: fields.Known) -> str | None:
    """The header's issuer when it is a central body (Quốc hội, Chính phủ, Thủ tướng, a ministry or one of
    its units): as the registry names it, else as printed; None for anything else."""
    if not printed or _province([], {p.id: p for p in known.registry.provinces}, printed):
        return None  # a ministry's unit in a province, named with it ("BỘ TÀI CHÍNH / THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH")
    registry = {a.id: a for a in known.registry.agencies}
    matched = fields.match_agencies(printed, known)
    for agency_id in matched.ids:
        if registry[agency_id].kind in fields.CENTRAL_KINDS and not registry[agency_id].province:
            return registry[agency_id].name
    return printed if fields.is_central(printed) else None


#: the kind of a document by its title line (Nghị định 30/2020/NĐ-CP, Phụ lục III): a Quyết định or Nghị quyết that
#: issues a plan is read from the plan attached to it (``_wrapper``); one that gives the tasks itself is its own kind
_KIND_TITLES = {fold(name).lower(): kind for kind, name in PLAN_KIND.items()}
#: the kind by the short form in a number ("TB" → Thông báo, "QĐ" → Quyết định), in capitals
_KIND_SHORT = {short.upper(): kind for kind, short in PLAN_KINDS.items() if short}
#: a Công văn's subject line "V/v …" (or "Về việc …"), a header cell's line too
_SUBJECT_LINE = re.compile(r"(?:^|<br\s*/?>|\||\t)\s*(?:\*\*)?(?P<vv>(?:V/v|Về việc)\s[^|<\t]*)")
#: the kind line of a document: its kind's name in capitals, as Nghị định 30/2020/NĐ-CP (Phụ lục I) prints it on a line of
#: its own, "KẾ HOẠCH HÀNH ĐỘNG" / "CHƯƠNG TRÌNH HÀNH ĐỘNG" as a whole; or, where a converter or a typist put the
#: subject on the same line ("QUYẾT ĐỊNH Về việc …", "CHỈ THỊ Về tăng cường …"), the kind's words before it
_KIND_LINE = re.compile(r"^(?P<kind>(?:ke hoach|chuong trinh)(?: hanh dong)?|"
                        + "|".join(sorted(map(re.escape, _KIND_TITLES), key=len, reverse=True)) + r")(?=$|\s)")


def _kind_line(head: list[str]) -> tuple[int, str, str] | None:
    """(index, the kind line as printed, the rest of that line) of the first line of ``head`` that is a kind line."""
    loose = None
    for i, text in enumerate(head):
        text = text.strip(" |")
        folded = fold(text)
        kind = _KIND_LINE.match(folded)
        if not kind or not layout.is_caps(text[:kind.end()]):
            continue
        rest = text[kind.end():].strip()
        if not rest:
            return i, text, ""
        if loose is None and rest[:1].isupper() and not re.match(r"^(?:số|so)\b", fold(rest)) and (
                fold(rest).startswith(("ve ", "v/v")) or layout.is_caps(rest)):
            loose = (i, text[:kind.end()], rest)  # "QUYẾT ĐỊNH Về việc …": the kind, then the subject
    return loose


_NUMBER = re.compile(r"Số\s*:\s*(?P<n>[^\s,;/]+\s*/\s*[^\s,;]+|[^\s,;]*)(?P<rest>[^\n]*)", re.I)
_DATE = re.compile(r"ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})", re.I)
_DATE_SHORT = re.compile(r"ngày\s*(?P<d>\d{1,2})?\s*/\s*(?P<m>\d{1,2})?\s*/\s*(?P<y>\d{4})", re.I)


#: a Party document's number without the colon (Hướng dẫn 36-HD/VPTW: "Số 32-CTr/TU"), at a line's or a cell's start
_NUMBER_BARE = re.compile(r"(?:^|[\t|])\s*Số\s+(?P<n>\d{1,5}[-/][^\s,;]*[A-ZĐ][^\s,;]*)(?P<rest>[^\n]*)")
#: a place-and-date line cut before its year or month by a narrow column ("Quảng Ninh, ngày 27 tháng 7 năm" / "2026")
_DATE_CUT = re.compile(r",\s*ngày\s*\d{0,2}\s*(?:tháng\s*\d{0,2}\s*(?:năm\s*)?)?$", re.I)


def _date_rejoined(rows: list[str]) -> list[str]:
    """Header rows with a place-and-date line that a narrow column wrapped ("Quảng Ninh, ngày 27 tháng 7 năm" / "2026",
    as a PDF's text gives the right column of Nghị định 30/2020's header) joined to the line that holds the rest; the
    line below left blank, so line numbers stay."""
    rows = list(rows)
    for i in range(len(rows) - 1):
        if _DATE_CUT.search(rows[i].rstrip()) and re.match(r"^\s*(?:\d{1,4}\b|tháng|năm)", rows[i + 1], re.I):
            rows[i], rows[i + 1] = f"{rows[i].rstrip()} {rows[i + 1].strip()}", ""
    return rows


#: the first line of a document's body right under its subject, where no blank line parts them: the sentence that
#: opens it, capitalised as a subject's own wrapped lines never are ("Thực hiện Chương trình …", "Triển khai …"), or
#: its first heading ("I. MỤC ĐÍCH, YÊU CẦU", "Điều 1.", "Phần I")
_BODY_OPENS = re.compile(rf"^(?:(?:Thực hiện|Triển khai|Căn cứ)\s|{layout.ROMAN}[.)]\s+(?=[^\W\d_])(?!\w*[a-zđ])\w|Điều\s+1\b|(?:PHẦN|Phần)\s+{layout.ROMAN}\b)")


def _metadata(lines: list[str], stop: int) -> dict:
    meta: dict = {}
    rows = _date_rejoined([_untabled(l) for l in lines[:40]])
    head = [nfc(plain_line(l)) for l in rows]
    for raw, text in zip(rows, head):
        # … a cell's lines each (a header printed as a table row, its lines apart: "BCH HỘI NÔNG DÂN<br>*<br>Số
        # 86-KH/HNDTP | HỘI NÔNG DÂN VIỆT NAM<br><br>Thành phố Hồ Chí Minh, ngày 12 tháng 01 năm 2026")
        lines_in = [p for p in (nfc(plain_line(x)).strip() for c in _raw_cells(raw) for x in _BREAK.split(c))
                    if p] if _BREAK.search(raw) else []
        match = _NUMBER.search(text) or _NUMBER_BARE.search(text) or \
            next((m for m in map(_NUMBER_BARE.search, lines_in) if m), None)
        if match and "number" not in meta:
            number = re.sub(r"\s*/\s*", "/", match.group("n"))  # "Số: 134 /KH-UBND"
            meta["number"] = number if re.match(r"^\d", number or "") else None
            if not meta["number"]:
                meta["number_blank"] = text
        for cell in [text, *(_cells(raw) if "|" in raw or "\t" in raw or "   " in raw.strip() else []), *lines_in]:
            date = _DATE.search(cell)
            if date and _place_and_date(cell[:date.start()], cell[date.end():]):
                text = cell  # a header as a table row or two columns: the cell with place and date
                break
        if date and "date" not in meta and _place_and_date(text[:date.start()], text[date.end():]):
            printed = text[date.start():date.end()]
            meta["date"] = {"printed": printed, "year": int(date.group("y"))}
            if date.group("m"):
                meta["date"]["month"] = int(date.group("m"))
            if date.group("d"):
                meta["date"]["day"] = int(date.group("d"))
            meta["year"] = int(date.group("y"))
    kind_line = _kind_line(head)
    if kind_line is not None:
        title_index, title, rest = kind_line
        meta["title"], meta["kind"] = title, _KIND_TITLES[" ".join(fold(title).lower().split()[:2])]
        subject = [rest] if rest else []
        for t in head[title_index + 1:]:
            if not t:
                if subject:
                    break
                continue
            if re.match(r"^(căn cứ|thực hiện nghị quyết số|kính gửi)", t, re.I) and subject:
                break
            if subject and (_RULE.fullmatch(t) or _BODY_OPENS.match(t)):
                break  # the rule printed under the subject ("-----", Nghị định 30/2020/NĐ-CP), or the body's first
                # paragraph or heading where no blank line comes between (a .docx's paragraphs)
            subject.append(t)
            if len(" ".join(subject)) > 400:
                break
        if subject:
            meta["subject"] = nfc(" ".join(subject))
    else:  # no kind line: a Công văn's "V/v …" under its number (Nghị định 30/2020/NĐ-CP, Phụ lục I), in a header
        # cell too ("Số: 812/STC-DN<br>V/v …"); else the kind the number's short form names ("356/TB-VP", "118-KL/TU")
        vv = next((nfc(plain_line(m.group("vv"))).strip() for t in [*head, *rows] for m in [_SUBJECT_LINE.search(t)] if m),
                  None)
        if vv:
            meta["title"], meta["kind"] = vv, "cong-van"
        elif meta.get("number"):
            short = re.match(r"\d+[a-z]?\s*[/-]\s*(?P<s>[^\W\d_]+)", meta["number"])
            meta["kind"] = _KIND_SHORT.get(short.group("s").upper() if short else "", meta.get("kind"))
            if meta["kind"] is None:
                del meta["kind"]
    if "year" not in meta:
        for text in (nfc(plain_line(l)) for l in lines):
            date = _DATE_SHORT.search(text)
            if date and "kem theo" in fold(text):
                meta["date"] = {"printed": text[date.start():date.end()], "year": int(date.group("y"))}
                if date.group("m"):
                    meta["date"]["month"] = int(date.group("m"))
                meta["year"] = int(date.group("y"))
                break
    if "year" not in meta:  # no date printed: the plan is no older than the newest document it cites
        cited = [(int(m.group("y")), nfc(" ".join(m.group(0).split()))) for m in _CITED.finditer(" ".join(head))]
        if cited:
            year, passage = max(cited)
            meta["date"] = {"printed": None, "inferred_year": year,
                            "inferred_from": f"Năm của văn bản mới nhất được dẫn: {passage}."}
            meta["year"] = year
            meta["year_inferred"] = True
    joint = _side_by_side(lines[max(0, stop - 5):])
    meta["signer"] = joint[-1][0] if joint else _signer(_columns(lines[max(0, stop - 5):]))
    if joint:  # the lead issuer's signature on the right (Nghị định 30/2020/NĐ-CP, Phụ lục I: văn bản liên tịch)
        meta["cosigners"] = _cosigners(joint, len(joint) - 1)
    meta["issuer_printed"] = _issuer_printed(lines[:20])
    meta["issuer_bodies"] = _header_bodies(lines[:20])
    meta["joint_issuers"] = _joint_issuers(lines[:20])
    stacked = _issuer_groups(lines[:20]) if _joint(meta) else []
    if len(stacked) >= 2 and not meta["joint_issuers"]:  # a joint document's issuers one under the other: the first leads
        meta["issuer_printed"] = " ".join(stacked[0])
        meta["issuer_bodies"] = _bodies_of(stacked[0])
        meta["joint_issuers"] = [" ".join(g) for g in stacked]
    if meta["joint_issuers"] and not joint:
        joint = _stacked_signatures(_columns(lines[max(0, stop - 5):]))
    if meta["joint_issuers"] and joint:  # the lead issuer's own signature, wherever it stands
        own = _own_signature(joint, meta["joint_issuers"][0])
        if own is not None:
            meta["signer"], meta["cosigners"] = joint[own][0], _cosigners(joint, own)
    parties = [m for m in (_PARTY_LINE.match(nfc(plain_line(l)).strip()) for l in lines[:stop]) if m] \
        if meta.get("kind") in ("thoa-thuan", "hop-dong") else []
    if len(parties) >= 2:  # an agreement between parties: the first (Bên A) leads, signing as "ĐẠI DIỆN BÊN A"
        meta["issuer_printed"] = parties[0].group("name")
        meta["issuer_bodies"] = [parties[0].group("name")]
        meta["joint_issuers"] = [p.group("name") for p in parties]
        own = next((k for k, (sig, body) in enumerate(joint) if re.search(
            rf"\bben {fold(parties[0].group('letter'))}\b", fold(" ".join(filter(None, [body, sig.get("title")]))))),
            0 if joint else None)  # else on the left, where a contract's Bên A signs
        if own is not None:
            meta["signer"], meta["cosigners"] = joint[own][0], _cosigners(joint, own)
    return meta


def _cosigners(joint: list, lead: int) -> list[str]:
    """The signatures side by side other than the lead issuer's (at ``lead``), each as "body — title name"."""
    return [" — ".join(filter(None, [body, " ".join(filter(None, [s.get("title"), s.get("name")]))]))
            for k, (s, body) in enumerate(joint) if k != lead]


def _joint(meta: dict) -> bool:
    """The document says it is joint (văn bản liên tịch, Nghị định 30/2020/NĐ-CP): its kind's code in the number
    ("08/KHLT-SNNMT-HND", "03/CTrPH-LMHTX-HND") or its title ("KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP")."""
    code = (meta.get("number") or "").split("/")[-1].split("-")[0]
    title = fold(" ".join(str(meta.get(k) or "") for k in ("title", "subject")))
    return bool(re.fullmatch(r"[A-Za-z]+(?:LT|PH)", code)) or bool(re.search(r"\b(?:lien tich|phoi hop|lien nganh)\b", title))


def _own_signature(joint: list, issuer: str) -> int | None:
    """Which of the signatures side by side is the issuer's: the one whose block names its body (its last words, the
    place left out: "… SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in "KT. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), or None."""
    bodies = _bodies_of([issuer]) or [issuer]
    key = " ".join(re.split(r"\b(?:tinh|thanh pho|xa|phuong)\b", " ".join(fold(bodies[-1]).split()))[0].split())
    hits = [k for k, (sig, body) in enumerate(joint)
            if key and key in " ".join(fold(" ".join(filter(None, [body, sig.get("title")]))).split())]
    return hits[0] if len(hits) == 1 else None


def _joint_issuers(head: list[str]) -> list[str]:
    """The issuers of a joint document whose header is a table row with one cell a body, before the motto's cell
    ("| SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>THÀNH PHỐ CẦN THƠ | LIÊN MINH HỢP TÁC XÃ<br>THÀNH PHỐ CẦN THƠ | CỘNG HÒA …"),
    as printed, left to right; [] for one issuer."""
    for line in head:
        cells = [" ".join(nfc(plain_line(re.sub(r"<br\s*/?>", " ", c, flags=re.I))).split()) for c in _raw_cells(line)]
        cells = [c for c in cells if c]
        motto = next((k for k, c in enumerate(cells) if fold(c).startswith(_MOTTOS)), None)
        if motto is None:
            continue
        bodies = [c for c in cells[:motto] if c.isupper() and _header_body(fold(c))]
        return bodies if len(bodies) >= 2 else []
    return []


def _cells(line: str) -> list[str]:
    """The cells of a line: a Markdown table row's cells, and the columns of a two-column layout
    (``pdftotext -layout``: three or more spaces between them)."""
    return [c for c in (nfc(plain_line(x)).strip() for x in _raw_cells(line)) if c]


def _raw_cells(line: str) -> list[str]:
    """The cells of a line as printed (markup kept: a Markdown cell's "<br>" lines): a Markdown row's cells, the
    columns of ``pdftotext -layout`` (three or more spaces) and the cells of a Word table copied as text (a TAB)."""
    text = _untabled(unicodedata.normalize("NFC", line)).strip()
    parts = text.strip("|").split("|") if text.startswith("|") else [text]
    return [x for part in parts for x in re.split(r"\t|\s{3,}|-{3,}", part)]


def _columns(tail: list[str]) -> list[str]:
    """The lines after the body, with "Nơi nhận" and its list left out, so that a signature block
    printed beside it (same lines, or the next cell of a table row) reads as its own lines."""
    out = []
    recipients = False
    for line in tail:
        cells = [c for raw in _raw_cells(line) for piece in re.split(r"<br\s*/?>", raw, flags=re.I)  # a cell's lines
                 for c in [nfc(plain_line(piece)).strip()] if c or "<br" in raw.lower()]
        for cell in cells:
            if not cell:
                out.append("")
                continue
            if recipients and (cell[-1] in ";," or cell[0].islower()):
                continue  # an item of "Nơi nhận" wrapped onto a line of its own ("(b/c);", "ven biển;")
            if re.match(r"^(?:\*?Nơi nhận|-\s|\+\s)", cell, re.I):
                recipients = recipients or bool(re.match(r"^\*?Nơi nhận", cell, re.I))
                # a flattened cell: the list and what follows it; keep what follows the last item
                rest = re.split(r";\s*(?=[A-ZĐ]{2,}\.?\s)", cell)
                out += [r for piece in rest[1:] or _beside_recipients(cell) if piece for r in _title_and_name(piece)]
                continue
            out += _title_and_name(cell)
        if not line.strip():
            out.append("")
    return out


#: where a recipient's item ends (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Nơi nhận:", then "- …;" items, "- Lưu: VT, …."),
#: so that what a PDF viewer's or a web page's text puts after it on the same line is the signature column's
_ITEM_END = re.compile(r"[;:,.)]\s+")
def _signature_piece(text: str) -> bool:
    """``text`` is a piece of a signature column: a title in capitals ("KT. CHỦ TỊCH", "PHÓ BÍ THƯ THƯỜNG TRỰC") or a
    personal name; not a recipient's abbreviations ("VT, KT.", which end the "Lưu" item)."""
    if not text or text[-1] in ".;,:":
        return False
    if text.isupper():  # a title of two words or more ("KT." alone is a unit's abbreviation in "Lưu: VT, KT.")
        return len(text.split()) >= 2 and re.fullmatch(r"[^\W\d_][\w ./]*", text) is not None
    parts = _title_and_name(text)  # a title and the name after it ("TM. BAN THƯỜNG VỤ CHỦ TỊCH Phạm Quốc Hưng")
    return _person(text) or (len(parts) == 2 and len(parts[0].split()) >= 2)


def _beside_recipients(cell: str) -> list[str]:
    """The signature column's text on a "Nơi nhận" line, when its cells were joined by a space: after the end of the
    recipient's item ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- UBND thành phố Hà Nội (để b/c); KT. CHỦ TỊCH", "- Lưu: VT, KT.
    Nguyễn Văn Khải"); or a personal name glued to an item that goes on below ("- UBND các xã, phường, đặc khu Đặng Quang
    Huy"): family name first, after a word in lower case."""
    for match in _ITEM_END.finditer(cell):
        after = cell[match.end():].strip()
        if _signature_piece(after):
            return [after]
    words = cell.split()
    if cell.rstrip()[-1:] not in ".;,:)":
        for k in range(2, min(5, len(words) + 1)):
            name, before = " ".join(words[-k:]), words[-k - 1] if len(words) > k else ""
            if words[-k].lower() in fields.FAMILY_NAMES and _person(name) and before[:1].islower():
                return [name]
    return []


def _title_and_name(cell: str) -> list[str]:
    """A signature cell whose lines were joined by spaces (a Word table cell copied as text): "TM. ỦY BAN NHÂN DÂN Q.
    CHỦ TỊCH Vũ Đình Khang" is the title, then the name."""
    words = cell.split()
    for k in range(max(1, len(words) - 6), len(words) - 1):
        if " ".join(words[:k]).isupper() and _AUTHORITY.match(cell) and _person(" ".join(words[k:])):
            return [" ".join(words[:k]), " ".join(words[k:])]
    return [cell]


_HEAD_SKIP = re.compile(r"^(?:cong hoa|doc lap|dang cong san viet nam|doan tncs ho chi minh|so\s*:|\[)")
#: the number's label at the head: "Số:" (Nghị định 30/2020/NĐ-CP, Phụ lục I), or "Số" alone before a Party document's
#: number (Hướng dẫn 36-HD/VPTW: "Số 32-CTr/TU"), capitalised, a number with its dash or slash right after it
_NUMBER_LABEL = re.compile(r"\bSố\s*:|(?<![^\s|*_])Số\s+(?=\d{1,5}[-/]\S*[A-ZĐ])")
#: a Party committee or organisation as the header names it (Hướng dẫn 36-HD/VPTW: "TỈNH ỦY GIA LAI", "ĐẢNG ỦY XÃ …",
#: "ĐẢNG BỘ TỈNH …" above its body)
_PARTY_BODY = re.compile(r"^(?:(?:tinh|thanh|huyen|quan|thi|dang) uy|dang bo|dang doan|ban can su dang|chi bo)\b")


def _header_body(name: str) -> bool:
    """``name`` (folded) starts a body's name as a header prints it: a unit type, or a Party committee."""
    # "NGÂN HÀNG … / CHI NHÁNH TỈNH …": a branch's line goes on the bank's name above it; a cooperative issues its own
    # members' resolutions and plans ("HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TÂN HÀ")
    return bool((fields._AGENCY_START.match(name) and not name.startswith("chi nhanh ")) or _PARTY_BODY.match(name)
                or re.match(r"(?:hop tac xa|lien hiep hop tac xa|to hop tac) [a-z]", name))  # … and a cooperative
    #             group its own plan ("TỔ HỢP TÁC NUÔI HÀU THOI XANH")


def _left_of_motto(line: str, pending: str) -> tuple[str, str]:
    """A header line whose two columns were joined by a space ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "XÃ BÁT TRÀNG Độc lập - Tự do - Hạnh phúc", "TỈNH ỦY GIA LAI ĐẢNG CỘNG SẢN VIỆT NAM"): (the left column's text,
    the words of a motto still to come on the next line, folded). ``pending`` are the words the line above left of
    its motto, wrapped ("… CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "TỈNH QUẢNG NINH VIỆT NAM"): they end this line."""
    folded = fold(line)
    if pending and folded.rstrip().endswith(" " + pending):
        line, folded = line[:len(folded.rstrip()) - len(pending)].rstrip(), folded[:len(folded.rstrip()) - len(pending)].rstrip()
    for motto in _MOTTOS:
        words = motto.split()
        for k in range(len(words), 2, -1):  # the motto whole, or its first words (the rest wrapped)
            at = folded.find(" " + " ".join(words[:k]))
            if at > 0 and folded[at + 1:].rstrip() == " ".join(words[:k]):
                return line[:at].rstrip(), " ".join(words[k:])
    return line, ""


def _issuer_printed(head: list[str]) -> str | None:
    """The issuing body in the header's left column, above "Số:" ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"), as printed (with the superior body above it, if any), or None."""
    parts = _issuer_lines(head)
    name = _ORGAN_BEFORE.sub("", " ".join(" ".join(parts).split()))  # "BCH HỘI NÔNG DÂN …": the body
    return name if _header_body(fold(name)) else None


def _header_bodies(head: list[str]) -> list[str]:
    """The bodies the header's left column names, top to bottom (``_bodies_of`` its lines)."""
    return _bodies_of(_issuer_lines(head))


def _bodies_of(parts: list[str]) -> list[str]:
    """The bodies the header's left column names, top to bottom (Nghị định 30/2020/NĐ-CP, Phụ lục I: the superior
    body, "if any", above the issuing one): a line that starts a body's name starts the next ("UBND TỈNH QUẢNG TRỊ" /
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), one that does not goes on the name above it ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN",
    "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG")."""
    bodies: list[str] = []
    branches: set[int] = set()
    for part in (p for line in parts for p in _SUBORDINATE.split(line)):
        piece = _YOUTH_UNION.sub(_youth_union, " ".join(part.split()).strip(" -—_"))
        piece = _ORGAN_BEFORE.sub("", piece)  # "BCH HỘI NÔNG DÂN …": the body whose committee signs
        # a company's branch under it is a body of its own name ("CÔNG TY CP VẬN TẢI ĐƯỜNG SẮT HÀ NỘI" / "CHI NHÁNH VẬN
        # TẢI ĐƯỜNG SẮT LÀO CAI"), as a bank's branch line is not ("NGÂN HÀNG …" / "CHI NHÁNH TỈNH …")
        branch = bool(bodies) and fold(piece).startswith("chi nhanh ") and fold(bodies[-1]).startswith(("cong ty", "tong cong ty"))
        if branch:
            branches.add(len(bodies))
        # (a company's legal form alone on its line, its name on the next: "CÔNG TY TNHH" / "VIỆN DƯỠNG LÃO AN NIÊN",
        # "CÔNG TY CỔ PHẦN" / "TRƯỜNG MẦM NON TƯ THỤC …": one name, whatever body the next line's words start)
        if not bodies or (_header_body(fold(piece)) and not _LEGAL_FORM.fullmatch(fold(bodies[-1]))) or branch:
            bodies.append(piece)
        else:
            bodies[-1] = f"{bodies[-1]} {piece}"
    # "HỘI NÔNG DÂN TỈNH ĐẮK LẮK" / "BAN THƯỜNG VỤ": the organ that acts for the body above it (a Party committee's or
    # a mass organisation's standing committee, Hướng dẫn 36-HD/VPTW) — the issuer is that body, not a unit of it
    return [b for i, b in enumerate(bodies)
            if (_header_body(fold(b)) or i in branches) and not (i and _ORGAN_OF_BODY.fullmatch(fold(b)))]


#: a company's legal form without its name (folded): "CÔNG TY TNHH", "CÔNG TY TNHH MTV", "CÔNG TY CỔ PHẦN", "CÔNG TY CP"
_LEGAL_FORM = re.compile(r"(?:tong )?cong ty (?:tnhh(?: (?:mtv|mot thanh vien|hai thanh vien tro len))?|co phan|cp|hop danh)")


#: a Youth Union committee as its header prints it ("BCH ĐOÀN TỈNH AN GIANG", "BAN CHẤP HÀNH ĐOÀN THÀNH PHỐ HUẾ"): the
#: province's Tỉnh đoàn, the city's Thành đoàn, by the name they go by
_YOUTH_UNION = re.compile(r"^(?:BCH|BAN CHẤP HÀNH)\s+ĐOÀN\s+(?P<level>TỈNH|THÀNH PHỐ|TP\.?)\s+(?P<place>\S.*)$")


def _youth_union(match: re.Match) -> str:
    return ("TỈNH ĐOÀN " if match.group("level") == "TỈNH" else "THÀNH ĐOÀN ") + match.group("place")


_ORGAN_OF_BODY = re.compile(r"ban thuong vu|ban chap hanh|bch|ban thuong truc|thuong truc|ban thu ky")
#: … the same organ on the body's own line, before its name ("BCH HỘI NÔNG DÂN THÀNH PHỐ HỒ CHÍ MINH", "BAN CHẤP HÀNH
#: CÔNG ĐOÀN NGÀNH …", "BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ TỈNH …"): the issuer is the body
_ORGAN_BEFORE = re.compile(r"^(?:BCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\s+(?=(?:HỘI|CÔNG ĐOÀN|LIÊN ĐOÀN|LIÊN HIỆP|CỰU CHIẾN BINH)(?:\s|$))")


#: the issuing body after its superior on one line, as a header cell whose lines were joined gives them ("UBND TỈNH
#: ĐỒNG NAI SỞ CÔNG THƯƠNG"): the kinds of body a province's or district's name never holds as a word
#: (not "SỞ" of "CƠ SỞ": "THUẾ CƠ SỞ 4 TỈNH SƠN LA", a basic-level tax office, is one name)
_SUBORDINATE = re.compile(r"(?<=\S)(?<!CƠ)\s+(?=(?:SỞ|CHI CỤC|BAN QUẢN LÝ|TRUNG TÂM|VĂN PHÒNG|LIÊN MINH)\s)")


def _issuer_groups(head: list[str]) -> list[list[str]]:
    """The header's left column cut at its blank lines, where a joint document stacks its issuers one under the other,
    each maybe under its superior ("UBND TỈNH GIA LAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", blank, "HỘI NÔNG DÂN TỈNH GIA LAI /
    BAN THƯỜNG VỤ"): the groups that name a body, top to bottom."""
    groups: list[list[str]] = [[]]
    for part in _issuer_lines(head, blanks=True):
        if part:
            groups[-1].append(part)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g and any(_header_body(fold(p)) for p in g)]


def _issuer_lines(head: list[str], blanks: bool = False) -> list[str]:
    """The capitalised lines of the header's left column, above "Số:" (with ``blanks``, "" where a blank line or an
    empty line of a cell stands between two of them)."""
    parts = []
    pending = ""
    for line in head:
        line, pending = _left_of_motto(line, pending)
        number = _NUMBER_LABEL.search(line)
        if number and not _HTML_TAG.sub("", line[:number.start()]).strip(" |*_\\\t-"):
            break
        if number:  # a cell whose lines were joined: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ____ Số: 1865/QĐ-UBND"
            line = line[:number.start()]
        if fold(plain_line(line)).strip() in ("ke hoach", "quyet dinh", "nghi quyet", "chuong trinh", "cong van"):
            break
        if re.match(r"^\s*\|?\s*-{3,}\s*\|", line):
            continue
        raw = [x for x in _raw_cells(line) if nfc(plain_line(x)).strip()]
        motto = bool(raw) and bool(_HEAD_SKIP.match(fold(nfc(plain_line(raw[0])).strip())))
        if not raw or motto or fold(plain_line(raw[0])).strip() == "nam":
            # a blank line, or the motto read between the left column's blocks (a PDF read block by block, its last
            # word "NAM" wrapped), stands between two bodies stacked there; so does a row whose cells hold only an
            # ornament ("| \*\*\* | |": no cell left to read)
            if blanks and parts and (not raw or motto or not line.strip()):
                parts.append("")
            continue
        for piece in re.split(r"<br\s*/?>", raw[0], flags=re.I):  # a Markdown cell's lines, one by one
            piece = nfc(plain_line(piece)).strip(" |\t")  # a row typed without its outer pipes: "ỦY BAN NHÂN DÂN | CỘNG …"
            if piece.isupper() and len(piece) < 80:
                parts.append(piece)
            elif blanks and not piece and parts:
                parts.append("")
        if number:
            break
    return parts


#: the first line of a signature block (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I): "TM." for the body, "KT." in
#: place of its head, "Q." acting, "TL." and "TUQ." by order of the head, or the head's title alone ("CHỦ TỊCH")
_AUTHORITY = re.compile(r"^(?:(?:KT|TM|Q|TL|TUQ)\.\s*[A-ZĐÀ-Ỹ]|(?:T/M|K/T|T/L|T/UQ)\s*[A-ZĐÀ-Ỹ]|(?:CHỦ TỊCH|ỦY BAN|UỶ BAN|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|"
                        r"CHÍNH PHỦ|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|"
                        # a head who signs in his own title (the army's, a court's, a school's, a department's)
                        r"CHỈ HUY TRƯỞNG|TƯ LỆNH|CHÁNH ÁN|VIỆN TRƯỞNG|HIỆU TRƯỞNG|(?:CHI )?CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|"
                        r"TRƯỞNG (?:PHÒNG|TRẠM|ĐOÀN)|"
                        # … an army unit's commander or commissar, a border post's, a team's ("TRUNG ĐOÀN TRƯỞNG", "SƯ
                        # ĐOÀN TRƯỞNG", "CHÍNH ỦY", "ĐỒN TRƯỞNG", "ĐỘI TRƯỞNG"), an economic-defence corps' ("ĐOÀN TRƯỞNG")
                        r"(?:(?:TRUNG|SƯ|LỮ|TIỂU|QUÂN|ĐẠI) )?ĐOÀN TRƯỞNG|CHÍNH ỦY|ĐỒN TRƯỞNG|ĐỘI TRƯỞNG|"
                        # … a cooperative group's head, who signs its plan (Nghị định 77/2019/NĐ-CP: "tổ trưởng")
                        r"TỔ TRƯỞNG)\b)")
#: what follows a signature block on the next page: an appendix's or a form's title, never part of the signer's title
_AFTER_SIGNATURE = re.compile(r"^(?:PHỤ LỤC|DANH MỤC|BIỂU|MẪU|BẢNG)\b")
_NOT_A_NAME = {"so", "ban", "phong", "uy", "ubnd", "noi", "kinh", "chu", "pho", "tinh", "huyen", "cong", "van", "ke", "phu"}


_CITED = re.compile(r"\bsố\s+[\w/.-]+\s+ngày\s+\d{1,2}(?:\s*/\s*|\s+tháng\s+)\d{1,2}(?:\s*/\s*|\s+năm\s+)(?P<y>\d{4})",
                    re.IGNORECASE)


def _place_and_date(before: str, after: str) -> bool:
    """The document's own date stands on the place-and-date line ("Kon Tum, ngày …", maybe after "Số: …" on the
    same line), never inside a citation ("Nghị quyết số 09/NQ-CP ngày 02 tháng 02 năm 2023 của …")."""
    before = re.sub(r"^Số\s*:\s*\S*\s+|^Số\s+\d\S*\s+", "", before.strip(), flags=re.IGNORECASE)
    # a header cell whose lines were joined (a Word table cell copied as one line, as markitdown and .docx text give
    # it): the motto and its rule come first ("CỘNG HÒA … Độc lập - Tự do - Hạnh phúc ____ Lạng Sơn, ngày …")
    before = re.sub(r"^.*\bHạnh\s+phúc\b[\s\-_=.*\\]*", "", before, flags=re.IGNORECASE | re.DOTALL)
    if not before:
        return not after.strip()
    # a place named with its number ("Hà Giang 1, ngày …", "Phường 3, ngày …": wards since 2025) is a place all the same
    place = re.sub(r"(?<=[^\W\d_])\s+\d{1,2},$", ",", before)
    return before.endswith(",") and len(before) < 40 and not re.search(r"\d|\bsố\b", place, re.IGNORECASE)


def _signature_cells(line: str) -> list[tuple[dict, str]]:
    """The signature blocks a table row holds, one a cell, left to right (a Markdown row whose cells' lines are joined
    by "<br>"): (the signer, the body named above the title in a joint document's block), for every cell with a title
    and a name."""
    if line.count("|") < 2 and "\t" not in line and "<br" not in line.lower():
        return []
    found = []
    for raw in _raw_cells(line):
        pieces = [nfc(plain_line(piece)).strip() for piece in re.split(r"<br\s*/?>", raw, flags=re.I)]
        if len(pieces) == 1:
            pieces = _joined_block(pieces[0])
        signer = _signer(pieces)
        if signer.get("name") and signer.get("title"):
            start = next(i for i, t in enumerate(pieces) if _AUTHORITY.match(t))
            found.append((signer, " ".join(p for p in pieces[:start] if p)))
    return found


def _joined_block(cell: str) -> list[str]:
    """A signature cell whose lines were joined by spaces, with the body's name first (a joint document's: "SỞ CÔNG
    THƯƠNG KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Văn Bình"): [the body, the title, the name]; else the cell as it is."""
    words = cell.split()
    for j in range(1, len(words)):
        rest = " ".join(words[j:])
        if _AUTHORITY.match(rest) and " ".join(words[:j]).isupper():
            block = _title_and_name(rest)
            if len(block) == 2:
                return [" ".join(words[:j]), *block]
    return [cell]


def _side_by_side(tail: list[str]) -> list[tuple[dict, str]]:
    """Two or more signatures side by side in one row (a joint document: Nghị định 30/2020/NĐ-CP, Phụ lục I places the
    lead issuer's on the right), left to right; [] for one signature."""
    for line in tail:
        found = _signature_cells(line)
        if len(found) >= 2:
            return found
    return []


#: a page's number as printed at its top or foot ("2", "Trang 3/4"): a page break inside a signature block
_PAGE_NUMBER = re.compile(r"^(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?$")


def _signer(tail: list[str]) -> dict:
    """The signature block after the body: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", then, a few
    lines below (after the signature or seal), the signer's name. A page break inside it is left out: a page's
    number, and a running foot (a line printed again on a later page)."""
    seen = [t for t in tail if t]
    tail = [t for t in tail if not (t and (_PAGE_NUMBER.match(t) or (not t.isupper() and seen.count(t) > 1)))]
    start = next((i for i, t in enumerate(tail) if _AUTHORITY.match(t)), None)
    if start is None:
        return {}
    title, i = [], start
    while i < len(tail) and i < start + 6 and (not tail[i] or _AUTHORITY.match(tail[i]) or tail[i].isupper()):
        if tail[i] and _AFTER_SIGNATURE.match(tail[i]):
            break
        if tail[i]:
            title.append(tail[i])
        i += 1
    signer = {"title": " ".join(" ".join(title).split())}
    name = next((n for t in tail[i:i + 15] if _person(n := _RANK.sub("", t.strip()))), None)
    if name:
        signer["name"] = " ".join(name.split())
    return signer


def _stacked_signatures(tail: list[str]) -> list[tuple[dict, str]]:
    """Two or more signature blocks one under the other, then their signers' names in the same order (a joint document's
    signatures side by side, read block by block from a PDF): [(signer, the block's words)], or [] for another
    layout. A block opens with its authority ("TM.", "KT." …) after a title line of the block above ("… PHÓ CHỦ TỊCH" /
    "KT. GIÁM ĐỐC")."""
    lines = [t for t in tail if t]
    start = next((i for i, t in enumerate(lines) if _AUTHORITY.match(t) and t.isupper()), None)
    if start is None:
        return []
    blocks: list[list[str]] = []
    i = start
    while i < len(lines) and lines[i].isupper() and not _AFTER_SIGNATURE.match(lines[i]):
        opens = _SIGNED_FOR.match(lines[i]) and not (blocks and _SIGNED_FOR.match(blocks[-1][-1]))
        if opens or not blocks:
            blocks.append([])
        blocks[-1].append(lines[i])
        i += 1
    names = []
    while i < len(lines) and _person(_RANK.sub("", lines[i].strip())) and len(names) < len(blocks):
        names.append(" ".join(_RANK.sub("", lines[i].strip()).split()))
        i += 1
    if len(blocks) < 2 or len(names) != len(blocks):
        return []
    return [({"title": " ".join(" ".join(b).split()), "name": n}, "") for b, n in zip(blocks, names)]


#: the rank an officer of the army or the police signs with, before the name ("Đại tá Đinh Công Thạch", "Thượng tá …"),
#: or the degree or title a scholar, a doctor or an artist does ("TS. Kơ Să Ha Lâm", "PGS.TS. Nguyễn Văn An", "ThS. …",
#: "BS.CKII …", "NGƯT. …"): no part of the name
_RANK = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?i:tướng|tá|úy|uý)\s+"
                   r"|(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BS|BSCKI|BSCKII|CKI|CKII|DS|KS|LS|NGND|NGƯT|NSND|NSƯT)\.\s*)+)(?=\S)")


def _person(line: str) -> bool:
    """A personal name: two to six capitalised words of letters ("Nguyễn Hữu Tháp", "Y Giang Gry Niê Knơng"), a word
    of the Central Highlands' names maybe in two capitalised parts parted by an apostrophe ("K'Brơi Thuận", "Nay
    H'Blin")."""
    words = line.split()
    return (2 <= len(words) <= 6 and fold(words[0]) not in _NOT_A_NAME
            and all(_name_word(w) for w in words))


def _name_word(word: str) -> bool:
    """A capitalised word of a personal name: "Tháp", "Y", or in two parts parted by an apostrophe, "K'Brơi", "H’Blin"."""
    parts = re.split(r"['’]", word)
    return len(parts) <= 2 and all(p.isalpha() and p[0].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts)
