"""kehoach import: fields printed as badge images whose alt text gives them ("![Chủ trì: X](https://img.shields.io/…)"),
the lead set apart in capitals in a bracket of bodies ("(Trung tâm …, PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ; …)"), dates
as a spreadsheet in English prints them ("23-Oct-26"), abbreviations a Markdown page defines ("*[QLCN]: Phòng …"), a
Word form's placeholders for fields left empty and each field of a form a line of its own (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from drafts import as_markdown, plan_head, word_document, written

TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tLý Thị Mai"]
SCT = dict(issuer="SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN", number="2417/KH-SCT", place="Lạng Sơn",
           title="Đưa hàng hợp tác xã vào chuỗi cửa hàng tiện lợi")


def _badge(label: str, value: str) -> str:
    return f"![{label}: {value}](https://img.shields.io/badge/{quote(label)}-{quote(value, safe='')}-0b5394)"


@pytest.mark.parametrize("badges, lead, partner", [
    ([_badge("Chủ trì", "Phòng Quản lý thương mại"), _badge("Phối hợp", "Liên minh Hợp tác xã tỉnh"),
      _badge("Hạn", "15/12/2026")], "Phòng Quản lý thương mại", "Liên minh Hợp tác xã tỉnh"),
    ([_badge("Chủ trì", "Trung tâm Khuyến công tỉnh"), _badge("Hạn", "Quý I/2027")], "Trung tâm Khuyến công tỉnh", None),
])
def test_fields_printed_as_badges(tmp_path, badges, lead, partner):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **SCT) + [
        "1. Rà soát sản phẩm OCOP từ 3 sao của các hợp tác xã, lập danh sách đề xuất đưa vào chuỗi cửa hàng.",
        "   " + " ".join(badges)] + TAIL
    draft = written(tmp_path, "ke-hoach.md", as_markdown(lines))
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].startswith(lead)
    assert [draft.names[a][:10] for a in task.get("cooperating", [])] == ([partner[:10]] if partner else [])
    assert task["deadline"]["kind"] in ("before", "quarter")


@pytest.mark.parametrize("bracket, lead, partner", [
    ("(Trung tâm Phục vụ hành chính công phường, PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ; trước 15/12/2026)",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Trung tâm Phục vụ hành chính công phường"),
    ("(Đoàn Thanh niên phường, CÔNG AN PHƯỜNG; trong tháng 01/2027)", "Công an phường", "Đoàn Thanh niên phường"),
])
def test_the_lead_set_apart_in_capitals(tmp_path, bracket, lead, partner):
    lines = plan_head("ngày 01 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN PHƯỜNG KHƯƠNG ĐÌNH", number="318/KH-UBND",
                      place="Hà Nội", title="Tổ hợp tác giao hàng") + [
        f"1. Hướng dẫn các nhóm người giao hàng lập hợp đồng hợp tác, thành lập 03 tổ hợp tác {bracket}."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].lower().startswith(lead.lower())
    assert [draft.names[a].lower()[:12] for a in task["cooperating"]] == [partner.lower()[:12]]


@pytest.mark.parametrize("cell, before", [("23-Oct-26", "2026-10-23"), ("từ 02-Nov-26 đến 29-Jan-27", "2027-01-29"),
                                          ("04-Jan-2027", "2027-01-04")])
def test_dates_as_a_spreadsheet_in_english_prints_them(tmp_path, cell, before):
    rows = [["TT", "Việc", "Chủ trì", "Hạn"], ["1", "Chốt mẫu thú bông móc với khách hàng", "Phòng Kinh doanh", cell]]
    draft = word_document(tmp_path, "ke-hoach.docx", plan_head("ngày 01 tháng 10 năm 2026", issuer="CÔNG TY TNHH MÓC LEN "
                                                               "KIM SƠN", number="27/KH-MLKS", place="Ninh Bình",
                                                               title="Gia công hàng móc len"), rows, TAIL)
    assert draft["Chốt mẫu"]["deadline"]["before"] == before
    assert draft["Chốt mẫu"]["deadline"]["printed"] == cell


@pytest.mark.parametrize("suffix", ["table", "sentence"])
def test_abbreviations_a_markdown_page_defines(tmp_path, suffix):
    before = [line.replace("\t", " ") for line in plan_head("ngày 01 tháng 10 năm 2026", issuer="SỞ KHOA HỌC VÀ CÔNG "
                                                            "NGHỆ TỈNH CAO BẰNG", number="2871/KH-SKHCN",
                                                            place="Cao Bằng", title="Mộc nhĩ của hợp tác xã")]
    if suffix == "table":
        body = ["", "| TT | Việc | Chủ trì | Hạn |", "|---|---|---|---|",
                "| 1 | Khảo sát nguồn mùn cưa của các hợp tác xã | QLCN | 30/11/2026 |"]
    else:
        body = ["", "1. QLCN khảo sát nguồn mùn cưa của các hợp tác xã, xong trước 30/11/2026."]
    lines = before + body + ["", "*[QLCN]: Phòng Quản lý công nghệ và Đổi mới sáng tạo"] + \
        [line.replace("\t", " ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    [task] = draft.tasks  # the definition is no task
    assert draft.names[task["lead"][0]].startswith("Phòng Quản lý công nghệ và Đổi mới sáng tạo")


@pytest.mark.parametrize("empty_note, empty_date", [
    ("Bấm hoặc gõ nhẹ vào đây để nhập văn bản.", "Bấm hoặc gõ nhẹ để nhập ngày."),
    ("Click or tap here to enter text.", "Click or tap to enter a date."),
])
def test_a_word_forms_placeholders_for_empty_fields(tmp_path, empty_note, empty_date):
    lines = plan_head("ngày 03 tháng 9 năm 2026", issuer="LIÊN MINH HỢP TÁC XÃ TỈNH BẮC KẠN", number="97/KH-LMHTX",
                      place="Bắc Kạn", title="Hợp tác xã dịch vụ thuyền") + [
        "Việc 1.",
        "Nội dung: Rà soát số thuyền, người lái thuyền của từng hợp tác xã.",
        "Đơn vị chủ trì thực hiện: Ban Tư vấn - Hỗ trợ",
        "Đơn vị phối hợp thực hiện: UBND xã Ba Bể",
        "Thời hạn hoàn thành: 30/9/2026",
        f"Ghi chú về thời hạn: {empty_note}",
        "Mức ưu tiên: Cao",
        "",
        "Việc 2.",
        "Nội dung: Giúp hợp tác xã chuẩn bị hồ sơ vay ưu đãi thay vỏ thuyền.",
        "Đơn vị chủ trì thực hiện: Ban Tổ chức - Kiểm tra",
        f"Đơn vị phối hợp thực hiện: {empty_note}",
        f"Thời hạn hoàn thành: {empty_date}",
        "Mức ưu tiên: Trung bình"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    first, second = draft.tasks
    assert first["deadline"]["before"] == "2026-09-30"  # the empty note after it is none of its time
    assert not second.get("cooperating")  # an empty field names no one
    assert second["deadline"]["kind"] == "unspecified"
    assert not any("Bấm" in t or "Click" in t for t in draft.texts())
