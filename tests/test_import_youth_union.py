"""kehoach import: a Youth Union committee's header (issue 11).

The Đoàn TNCS Hồ Chí Minh prints its own name where a state body prints the national motto ("ĐOÀN TNCS HỒ CHÍ MINH"),
and its committee on the left as "BCH ĐOÀN TỈNH …" / "BAN CHẤP HÀNH ĐOÀN THÀNH PHỐ …": the issuer is the province's
Tỉnh đoàn (the city's Thành đoàn), not the province's Ủy ban nhân dân. Tested on documents written here (text and
Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

BODY = ["KẾ HOẠCH", "Thanh niên khởi nghiệp theo mô hình hợp tác xã năm 2026", "", "I. NHIỆM VỤ",
        "1. Ban Phong trào Tỉnh đoàn chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh tập huấn cho 200 đoàn viên; hoàn "
        "thành trong quý III/2026.",
        "2. Đoàn các xã, phường vận động thanh niên thành lập 10 tổ hợp tác trong năm 2026.", "",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tPHÓ BÍ THƯ", "\tLâm Văn Hậu"]


@pytest.mark.parametrize("left,place,kind,suffix", [
    ("BCH ĐOÀN TỈNH AN GIANG", "An Giang", "Tỉnh đoàn", ".txt"),
    ("BAN CHẤP HÀNH ĐOÀN THÀNH PHỐ HUẾ", "Huế", "Thành đoàn", ".md"),
])
def test_a_youth_union_committee_issues_as_its_tinh_doan(tmp_path, left, place, kind, suffix):
    head = [f"{left}\tĐOÀN TNCS HỒ CHÍ MINH", "***", f"Số: 88-KH/TĐTN\t{place}, ngày 12 tháng 3 năm 2026", ""]
    lines = head + BODY
    if suffix == ".md":
        lines = as_markdown(lines)
    draft = written(tmp_path, "doan" + suffix, lines)
    issuer = draft.names[draft.plan["issuer"]]
    assert issuer.startswith(kind) and issuer.endswith(place), issuer
