"""The review report of an import: a short terminal summary and a Markdown file."""

from __future__ import annotations

from ..labels import message
from .draft import Draft


def review_count(plan: dict) -> int:
    """Every review line of the draft: each is an error of `kehoach check` until a person removes it."""
    return (len(plan.get("review", [])) + sum(len(t.get("review", [])) for t in plan.get("tasks", []))
            + sum(len(t.get("review", [])) for t in plan.get("targets", [])))


def summary(draft: Draft) -> str:
    r = draft.report
    head = message("imp_summary_file", file=r["file"], lines=r["lines"], kind=r["kind"],
                   pages=message("imp_summary_pages", pages=r["pages"]) if r["pages"] else "")
    if r["garbled"]:
        head += message("imp_summary_repaired")
    if r.get("desegmented"):
        head += message("imp_summary_desegmented", count=r["desegmented"])
    if r.get("mail_quote"):
        head += message("imp_summary_mail_quote", first=r["mail_quote"][0], last=r["mail_quote"][1])
    if r.get("ocr"):
        head += message("imp_summary_ocr", seconds=r["ocr"].seconds, doubts=len(r["ocr"].doubts))
    tables = ", ".join(message("imp_summary_table", layout=layout, line=line, rows=rows) if rows is not None
                       else message("imp_summary_targets_table", layout=layout, line=line)
                       for layout, line, rows in r["tables"]) or message("imp_summary_none")
    return "\n".join([
        head,
        message("imp_summary_plan", plan=draft.plan_id, tasks=r["body_tasks"], rows=r["appendix_rows"],
                targets=r["targets"], legal=r["legal"], new=r["proposed_documents"]),
        message("imp_summary_tables", tables=tables),
        message("imp_summary_review", reviews=review_count(draft.plan), unknown=len(r["unknown_names"]),
                unplaced=len(r["unplaced"])),
    ])


def markdown(draft: Draft) -> str:
    r = draft.report
    out = [f"# Báo cáo nhập: {r['file']}", "",
           f"Bản nháp `{draft.plan_id}`. `kehoach check` từ chối bản nháp cho đến khi mọi dòng `review` được "
           "người rà soát xử lý và xóa.", "",
           "## Số lượng", "",
           "| | |", "|---|---|",
           f"| Cơ quan ban hành | {r['issuer']} |",
           f"| Tỉnh | {r['province_name'] or ('không: cơ quan trung ương' if r['national'] else 'chưa nhận ra')} |",
           f"| Dòng văn bản | {r['lines']} |",
           f"| Nhiệm vụ trong phần nội dung | {r['body_tasks']} |",
           f"| Dòng bảng phụ lục | {r['appendix_rows']} |",
           f"| Chỉ tiêu | {r['targets']} |",
           f"| Văn bản được dẫn | {r['legal']} (mới: {r['proposed_documents']}) |",
           f"| Bảng | {', '.join(f'{l} (dòng {n}, {k} hàng)' if k is not None else f'{l} (dòng {n}, bảng chỉ tiêu)' for l, n, k in r['tables']) or 'không'} |",
           f"| Phông chữ lỗi đã sửa | {'có' if r['garbled'] else 'không'} |",
           f"| Đọc bằng OCR từ bản quét | {'có, ' + str(r['ocr'].pages) + ' trang' if r.get('ocr') else 'không'} |",
           f"| Văn bản tách từ đã ghép lại | {r.get('desegmented') or 'không'} |",
           f"| Trích trong thư điện tử (dòng) | {'–'.join(map(str, r['mail_quote'])) if r.get('mail_quote') else 'không'} |", "",
           "Văn bản được chuẩn hóa NFC; khoảng trắng gộp lại. Vị trí dấu thanh (hoà/hòa, thuỷ/thủy) giữ đúng như in "
           "để trích dẫn nguyên văn; tìm kiếm và đối chiếu tên cơ quan coi hai cách viết là một.", ""]
    out += ["## Tên cơ quan chưa có trong danh mục", ""]
    out += [f"- dòng {line}: {name}" for name, line in r["unknown_names"]] or ["Không có."]
    out += ["", "## Đoạn chưa xếp được (không thành nhiệm vụ)", ""]
    out += [f"- dòng {line}: {text[:160]}" for line, text in r["unplaced"]] or ["Không có."]
    out += ["", "## Từ đọc bằng OCR chưa chắc chắn (đối chiếu với bản quét)" if r.get("ocr")
            else "## Từ sửa phông chưa chắc chắn", ""]
    out += [f"- dòng {line}: {word}" for line, word in r["unresolved_words"]] or ["Không có."]
    out += ["", "## Nhiệm vụ cần rà soát", ""]
    for task_id, notes in r["review_tasks"]:
        out += [f"- **{task_id}**: " + "; ".join(notes)]
    if not r["review_tasks"]:
        out += ["Không có."]
    return "\n".join(out) + "\n"
