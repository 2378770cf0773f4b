"""kehoach import: an agreement between parties (Thỏa thuận hợp tác, Hợp đồng; issue 11).

An agreement lists its parties ("BÊN A: LIÊN MINH HỢP TÁC XÃ TỈNH …", then "Địa chỉ: …", "Đại diện: …"), and its clauses
then name them "Bên A", "Bên B", both "Hai bên": the duties under "Trách nhiệm của Bên A" are Bên A's, "Phối hợp với
Bên B" makes Bên B a partner, "Hai bên tổ chức …" is led by both. The first party leads the document: its issuer, and its
signer the block "ĐẠI DIỆN BÊN A". Its kind is the one its kind line prints ("THỎA THUẬN", "HỢP ĐỒNG"). Tested on
documents written here (text and Markdown), never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

AGREEMENT = [
    "LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 15/TTHT-LMHTX-QHT\tNghệ An, ngày 05 tháng 5 năm 2026", "", "{kind}",
    "Về hỗ trợ vốn cho hợp tác xã giai đoạn 2026 - 2027", "",
    "Hôm nay, tại trụ sở Liên minh Hợp tác xã tỉnh Nghệ An, chúng tôi gồm:",
    "BÊN A: LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN", "Địa chỉ: số 2 đường Trường Thi, phường Trường Vinh.",
    "Đại diện: Ông Hồ Văn Nam; Chức vụ: Chủ tịch.",
    "BÊN B: QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH NGHỆ AN", "Địa chỉ: số 9 đường Lê Mao, phường Vinh Phú.",
    "Đại diện: Bà Lê Thị Hà; Chức vụ: Giám đốc.", "",
    "Điều 1. Trách nhiệm của Bên A",
    "1. Lập danh sách hợp tác xã có nhu cầu vay vốn, gửi Bên B trước ngày 30/6/2026.",
    "2. Phối hợp với Bên B thẩm định phương án sản xuất của hợp tác xã trong quý III/2026.",
    "Điều 2. Trách nhiệm của Bên B",
    "1. Giải ngân vốn vay cho các dự án đủ điều kiện trong quý IV/2026.",
    "Điều 3. Tổ chức thực hiện",
    "Hai bên tổ chức sơ kết việc thực hiện vào tháng 12/2026.", "",
    "ĐẠI DIỆN BÊN A\tĐẠI DIỆN BÊN B", "CHỦ TỊCH\tGIÁM ĐỐC", "", "Hồ Văn Nam\tLê Thị Hà"]
A = "Liên minh Hợp tác xã tỉnh Nghệ An"
B = "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Nghệ An"


@pytest.mark.parametrize("kind,kind_id,suffix", [("THỎA THUẬN HỢP TÁC", "thoa-thuan", ".txt"),
                                                 ("HỢP ĐỒNG HỢP TÁC", "hop-dong", ".md")])
def test_an_agreement_s_parties(tmp_path, kind, kind_id, suffix):
    lines = [line.replace("{kind}", kind) for line in AGREEMENT]
    if suffix == ".md":  # the signatures side by side as a table, as an editor writes them
        lines = as_markdown(lines[:-4]) + [
            "| **ĐẠI DIỆN BÊN A** | **ĐẠI DIỆN BÊN B** |", "|:---:|:---:|",
            "| **CHỦ TỊCH**<br><br>**Hồ Văn Nam** | **GIÁM ĐỐC**<br><br>**Lê Thị Hà** |"]
    draft = written(tmp_path, "thoa-thuan" + suffix, lines)
    assert draft.plan["kind"] == kind_id
    assert draft.lead("Lập danh sách") == [A]
    assert draft.lead("Phối hợp với Bên B") == [A]
    assert draft.coop("Phối hợp với Bên B") == [B]
    assert draft.lead("Giải ngân") == [B]
    assert draft.lead("Hai bên") == [A, B]
    assert draft.names[draft.plan["issuer"]] == A
    assert draft.plan["signer"]["name"] == "Hồ Văn Nam"
