"""The review report of an import: a short terminal summary and a Markdown file."""

from __future__ import annotations

from .draft import Draft


def summary(draft: Draft) -> str:
    r = draft.report
    reviews = sum(len(notes) for _, notes in r["review_tasks"])
    lines = [
        f"{r['file']}: {r['lines']} lines ({r['kind']}{', ' + str(r['pages']) + ' pages' if r['pages'] else ''})"
        + ("; broken PDF fonts repaired" if r["garbled"] else "")
        + (f"; word-segmented text de-segmented ({r['desegmented']} '_' removed)" if r.get("desegmented") else ""),
        f"  plan {draft.plan_id}: {r['body_tasks']} body tasks, {r['appendix_rows']} appendix rows, "
        f"{r['targets']} targets, {r['legal']} legal references ({r['proposed_documents']} new)",
        "  tables: " + (", ".join(f"{layout} at line {line} ({rows} rows)" for layout, line, rows in r["tables"]) or "none"),
        f"  to review: {reviews} notes on {len(r['review_tasks'])} tasks; {len(r['unknown_names'])} names not in the "
        f"registry; {len(r['unplaced'])} passages not placed",
    ]
    return "\n".join(lines)


def markdown(draft: Draft) -> str:
    r = draft.report
    out = [f"# Báo cáo nhập: {r['file']}", "",
           f"Bản nháp `{draft.plan_id}`. `kehoach check` từ chối bản nháp cho đến khi mọi dòng `review` được "
           "người rà soát xử lý và xóa.", "",
           "## Số lượng", "",
           "| | |", "|---|---|",
           f"| Dòng văn bản | {r['lines']} |",
           f"| Nhiệm vụ trong phần nội dung | {r['body_tasks']} |",
           f"| Dòng bảng phụ lục | {r['appendix_rows']} |",
           f"| Chỉ tiêu | {r['targets']} |",
           f"| Văn bản được dẫn | {r['legal']} (mới: {r['proposed_documents']}) |",
           f"| Bảng | {', '.join(f'{l} (dòng {n}, {k} hàng)' for l, n, k in r['tables']) or 'không'} |",
           f"| Phông chữ lỗi đã sửa | {'có' if r['garbled'] else 'không'} |",
           f"| Văn bản tách từ đã ghép lại | {r.get('desegmented') or 'không'} |", "",
           "Văn bản được chuẩn hóa NFC; khoảng trắng gộp lại. Vị trí dấu thanh (hoà/hòa, thuỷ/thủy) giữ đúng như in "
           "để trích dẫn nguyên văn; tìm kiếm và đối chiếu tên cơ quan coi hai cách viết là một.", ""]
    out += ["## Tên cơ quan chưa có trong danh mục", ""]
    out += [f"- dòng {line}: {name}" for name, line in r["unknown_names"]] or ["Không có."]
    out += ["", "## Đoạn chưa xếp được (không thành nhiệm vụ)", ""]
    out += [f"- dòng {line}: {text[:160]}" for line, text in r["unplaced"]] or ["Không có."]
    out += ["", "## Từ sửa phông chưa chắc chắn", ""]
    out += [f"- dòng {line}: {word}" for line, word in r["unresolved_words"]] or ["Không có."]
    out += ["", "## Nhiệm vụ cần rà soát", ""]
    for task_id, notes in r["review_tasks"]:
        out += [f"- **{task_id}**: " + "; ".join(notes)]
    if not r["review_tasks"]:
        out += ["Không có."]
    return "\n".join(out) + "\n"
