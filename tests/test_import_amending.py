"""kehoach import: an amending decision's changes to a plan's tasks (issue 11).

A Quyết định "sửa đổi, bổ sung" a plan quotes the new wording of an item ("Sửa đổi nhiệm vụ số 2 như sau:" then
"\"2. Phòng Kinh tế chủ trì …\""): the quoted item is read after its quote and number; "Điều chỉnh đơn vị chủ trì nhiệm
vụ số 4 "…" từ X sang Y" makes Y the lead; a change of time of a quoted task keeps the quoted doer; "Bãi bỏ nhiệm vụ số
7 …" is no task (nobody is to do it). Tested on documents written here (Markdown and text), never on the held-out sets
(benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import written

BODY = [
    "Điều 1. Sửa đổi, bổ sung Phụ lục nhiệm vụ của Kế hoạch ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 15 "
    "tháng 01 năm 2026 như sau:",
    "1. Sửa đổi nhiệm vụ số 2 như sau:",
    "\"2. Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã hỗ trợ 04 hợp tác xã đăng ký nhãn hiệu; hoàn thành "
    "trong quý IV/2026.\"",
    "2. Điều chỉnh đơn vị chủ trì nhiệm vụ số 4 \"Tổ chức 02 lớp tập huấn kế toán cho hợp tác xã; thời gian: quý "
    "III/2026\" từ Phòng Văn hóa - Xã hội sang Phòng Kinh tế; Phòng Văn hóa - Xã hội phối hợp thực hiện.",
    "3. Điều chỉnh thời gian hoàn thành nhiệm vụ số 6 \"Trung tâm Dịch vụ nông nghiệp xã hướng dẫn hợp tác xã làm "
    "hồ sơ cấp mã số vùng trồng\" từ tháng 6/2026 thành tháng 10/2026.",
    "4. Bãi bỏ nhiệm vụ số 7 \"Xây dựng nhà sơ chế chung của các hợp tác xã\" do đã được tỉnh đầu tư.",
    "5. Bổ sung nhiệm vụ số 10 như sau:",
    "\"10. Hội Nông dân xã vận động hội viên góp vốn thành lập hợp tác xã dịch vụ; thực hiện trong quý IV/2026.\"",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."]


def _document(place: str, number: str) -> list[str]:
    return [f"ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"XÃ {place.upper()}\tĐộc lập - Tự do - Hạnh phúc",
            f"Số: {number}/QĐ-UBND\t{place}, ngày 20 tháng 7 năm 2026", "QUYẾT ĐỊNH",
            "Về việc sửa đổi, bổ sung Kế hoạch phát triển hợp tác xã năm 2026", "",
            f"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ {place.upper()}", "Căn cứ Luật Hợp tác xã năm 2023;", "QUYẾT ĐỊNH:", *BODY,
            "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VT.\t", "\tTrần Văn Lộc"]


@pytest.mark.parametrize("name,place,number", [("sua-doi.txt", "Mỏ Cày", "301"), ("sua-doi.md", "Giồng Trôm", "77")])
def test_an_amending_decision_s_changes(tmp_path, name, place, number):
    lines = _document(place, number)
    if name.endswith(".md"):
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, name, lines)
    assert draft.lead("Phòng Kinh tế chủ trì") == ["Phòng Kinh tế"]  # the quoted item, read after its quote and number
    assert draft.coop("Phòng Kinh tế chủ trì") == ["Hội Nông dân xã"]
    assert draft.lead("Điều chỉnh đơn vị") == ["Phòng Kinh tế"]
    assert draft.coop("Điều chỉnh đơn vị") == ["Phòng Văn hóa - Xã hội"]
    changed = draft["Điều chỉnh thời gian"]
    assert draft.lead("Điều chỉnh thời gian") == ["Trung tâm Dịch vụ nông nghiệp xã"]
    assert (changed["deadline"]["kind"], changed["deadline"]["month"]) == ("month", 10)
    assert draft.lead("Hội Nông dân xã vận động") == ["Hội Nông dân xã"]
    assert not [t for t in draft.texts() if t.startswith("Bãi bỏ")]
