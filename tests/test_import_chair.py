"""kehoach import: a Quyết định or Chỉ thị of the Chủ tịch of an Ủy ban nhân dân (issue 11).

Nghị định 30/2020/NĐ-CP prints the issuing authority above a decision's "Căn cứ": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"
when the Chủ tịch decides in his own name, and he signs as "CHỦ TỊCH" (or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), not for the
body ("TM. ỦY BAN NHÂN DÂN"). The issuer stays the body the header names (Nghị định 30/2020/NĐ-CP, Điều 8: "tên cơ quan,
tổ chức ban hành văn bản"); the Chủ tịch's authority is kept in the plan's notes, as printed. Tested on documents written
here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

BODY = ["1. Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh rà soát hợp tác xã ngừng hoạt động; hoàn "
        "thành trước ngày 30/11/2026.",
        "2. Sở Công Thương tổ chức 02 phiên chợ sản phẩm hợp tác xã trong quý IV/2026."]


def _decision(kind: str, authority: str, signature: list[str]) -> list[str]:
    return (["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 712/QĐ-UBND\tQuảng Ngãi, ngày 20 tháng 7 năm 2026", "", kind,
             "Về việc giao nhiệm vụ hỗ trợ hợp tác xã năm 2026", "", authority, "",
             "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;", ""]
            + (["QUYẾT ĐỊNH:", "Điều 1. Giao nhiệm vụ cho các cơ quan như sau:"] if kind == "QUYẾT ĐỊNH" else [])
            + BODY + ["", "Nơi nhận:\t" + signature[0], *(f"- Lưu: VT.\t{s}" for s in signature[1:])])


@pytest.mark.parametrize("kind,signature,suffix", [
    ("QUYẾT ĐỊNH", ["CHỦ TỊCH", "Đặng Văn Minh"], ".txt"),
    ("CHỈ THỊ", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền"], ".md"),
])
def test_the_chair_s_authority_is_noted(tmp_path, kind, signature, suffix):
    lines = _decision(kind, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", signature)
    if suffix == ".md":
        lines = as_markdown(lines)
    draft = written(tmp_path, "chu-tich" + suffix, lines)
    assert draft.names[draft.plan["issuer"]] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert "Thẩm quyền ban hành (như in): CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI." in draft.plan["notes"]
    assert draft.lead("Sở Tài chính") == ["Sở Tài chính tỉnh Quảng Ngãi"]


def test_no_authority_noted_for_what_is_signed_for_the_body(tmp_path):
    lines = _decision("QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đặng Văn Minh"])
    draft = written(tmp_path, "ubnd.txt", lines)
    assert draft.names[draft.plan["issuer"]] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert not [n for n in draft.plan["notes"] if "Thẩm quyền" in n]
