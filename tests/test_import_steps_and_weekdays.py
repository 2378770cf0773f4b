"""kehoach import: a list item's line set at its text's column after a sentence's end (Markdown's lazy continuation, a
hanging indent), the steps of a task's own work under it ("- bước 1: …"), the bodies under a task each with its share
("- Sở Công Thương: cung cấp …"), days named by their weekday's place in a month ("thứ Sáu cuối cùng của tháng
10/2026"), headings that say by when the items under them are done ("* Xong trước ngày 15/9/2026:"), "Đơn vị" alone
as a table's doers' column (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, with_table, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tPhó Chủ tịch", "\tLò Văn Minh"]
LMHTX = dict(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH ĐIỆN BIÊN", number="61/KH-LMHTX", place="Điện Biên",
             title="Hợp tác xã bán hàng nông sản trên sàn thương mại điện tử")
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ QUẢNG LỢI", number="133/KH-UBND", place="Quảng Lợi",
          title="Hợp tác xã dịch vụ thủy nông")


def _md(lines: list[str]) -> list[str]:
    return [line.replace("\t", " ") for line in lines]


@pytest.mark.parametrize("suffix, indent", [(".md", "   "), (".txt", "   ")])
def test_a_line_at_the_items_text_column_goes_on_with_it(tmp_path, suffix, indent):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **LMHTX) + [
        "",
        "1. Văn phòng Liên minh thiết kế biển hiệu chung cho 08 gian hàng của hợp tác xã.",
        f"{indent}Xong trước 15/4/2027.",
        "",
        "2. Ban Kế hoạch - Hỗ trợ kiểm tra các gian hàng sau 3 tháng mở bán, đề xuất điều chỉnh.",
        f"{indent}Tháng 9/2027."] + TAIL
    draft = written(tmp_path, "ke-hoach" + suffix, _md(lines) if suffix == ".md" else lines)
    assert len(draft.tasks) == 2
    assert draft["Văn phòng Liên minh"]["deadline"]["before"] == "2027-04-15"
    assert draft["Ban Kế hoạch"]["deadline"]["month"] == 9


@pytest.mark.parametrize("steps", [["- bước 1: gửi mẫu phương án cho từng hợp tác xã;", "- bước 2: góp ý tại hợp tác xã."],
                                   ["- Bước 1. Gửi mẫu phương án cho từng hợp tác xã;",
                                    "- Bước tiếp theo: góp ý tại hợp tác xã."]])
def test_the_steps_of_a_tasks_own_work(tmp_path, steps):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **LMHTX) + [
        "1. Ban Kế hoạch - Hỗ trợ hướng dẫn 08 hợp tác xã lập phương án kinh doanh gian hàng trên sàn. Trong tháng "
        "12/2026.", *("   " + s for s in steps),
        "2. Văn phòng Liên minh tổng hợp kết quả, báo cáo Ban Thường vụ trước 15/12/2027."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2  # the steps are the task's, none a task of its own
    assert "góp ý tại hợp tác xã" in draft["Ban Kế hoạch"]["text"]
    assert draft.lead("Ban Kế hoạch")[0].startswith("Ban Kế hoạch - Hỗ trợ")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_bodies_under_a_task_each_with_its_share(tmp_path, suffix):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **LMHTX) + [
        "",
        "1. Ban Phát triển hợp tác xã khảo sát 20 hợp tác xã có nhu cầu bán hàng trên sàn. Xong trước 30/11/2026.",
        "   - Sở Công Thương: cung cấp danh sách sàn thương mại điện tử đã đăng ký;",
        "   - Bưu điện tỉnh Điện Biên: hướng dẫn đóng gói, gửi hàng.",
        "",
        "2. Văn phòng Liên minh tổng hợp kết quả, báo cáo Ban Thường vụ trước 15/12/2027."] + TAIL
    draft = written(tmp_path, "ke-hoach" + suffix, _md(lines) if suffix == ".md" else lines)
    assert len(draft.tasks) == 2
    assert draft.lead("Ban Phát triển")[0].startswith("Ban Phát triển hợp tác xã")
    assert sorted(c[:12] for c in draft.coop("Ban Phát triển")) == ["Bưu điện tỉn", "Sở Công Thươ"]


@pytest.mark.parametrize("said, day", [
    ("Thời hạn: thứ Sáu cuối cùng của tháng 10/2026.", "2026-10-30"),
    ("Thời hạn: xong trước thứ Năm thứ ba của tháng 11/2026.", "2026-11-19"),
    ("Thẩm định xong chậm nhất vào thứ Hai đầu tiên của tháng 12/2026.", "2026-12-07"),
    ("Thời hạn: Chủ nhật đầu tiên của tháng 3/2027.", "2027-03-07"),
])
def test_a_day_named_by_its_weekdays_place_in_the_month(tmp_path, said, day):
    lines = plan_head("ngày 01 tháng 9 năm 2026", issuer="TỈNH ĐOÀN ĐIỆN BIÊN", number="88-KH/TĐTN-PT",
                      place="Điện Biên", title="Thanh niên làm hợp tác xã") + [
        f"1. Ban Phong trào chủ trì, phối hợp Liên minh Hợp tác xã tỉnh thống kê hợp tác xã do thanh niên làm giám đốc. "
        f"{said}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert task["deadline"]["before"] == day
    assert any("theo lịch" in r for r in task["review"])  # the day is counted: said for review


@pytest.mark.parametrize("heading, day", [("* Xong trước ngày 15/9/2026:", "2026-09-15"),
                                          ("* Xong trước ngày 20/10/2026 (trước khi gieo trồng vụ đông):", "2026-10-20"),
                                          ("- Hoàn thành trước ngày 30/9/2026:", "2026-09-30")])
def test_a_heading_that_says_by_when_its_items_are_done(tmp_path, heading, day):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **XA) + [
        heading,
        "   - Phòng Kinh tế (cùng Hợp tác xã Dịch vụ nông nghiệp Quảng Lợi): rà soát 14 tổ dùng nước, lập danh sách "
        "kênh, cống.",
        "   - Văn phòng HĐND và UBND xã: dự thảo quyết định giao hợp tác xã quản lý kênh mương nội đồng."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2
    assert {t["deadline"].get("before") for t in draft.tasks} == {day}


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_unit_alone_beside_the_work_names_its_doers(tmp_path, suffix):
    rows = [["1", "Ký hợp đồng mua vỏ dó với 03 hợp tác xã", "Bộ phận Thu mua", "Trước 01/10/2026"],
            ["2", "Trả tiền vỏ cho hợp tác xã qua tài khoản", "Phòng Kế toán - Hành chính", "Trước 15/11/2026"]]
    before = plan_head("ngày 09 tháng 9 năm 2026", issuer="CÔNG TY TNHH GIẤY DÓ SUỐI HOA", number="21/KH-GDSH",
                       place="Phú Thọ", title="Thu mua vỏ dó của hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, ["TT", "Việc", "Đơn vị", "Thời hạn"], rows, TAIL,
                                                              suffix))
    assert draft.lead("Ký hợp đồng")[0].startswith("Bộ phận Thu mua")
    assert draft.lead("Trả tiền")[0].startswith("Phòng Kế toán - Hành chính")


@pytest.mark.parametrize("issuer, asks, asked", [
    ("CÔNG TY CỔ PHẦN CHÈ TÂN CƯƠNG", "Công ty đề nghị Liên minh Hợp tác xã tỉnh giới thiệu thêm các hợp tác xã có sản "
     "phẩm OCOP trước ngày 20/11/2026.", "Liên minh Hợp tác xã tỉnh"),
    ("HỢP TÁC XÃ CHÈ LA BẰNG", "Hợp tác xã đề nghị Ủy ban nhân dân xã La Bằng hỗ trợ mặt bằng điểm thu mua chè búp "
     "tươi.", "Ủy ban nhân dân xã La Bằng"),
])
def test_the_issuer_asking_in_its_own_voice(tmp_path, issuer, asks, asked):
    lines = plan_head("ngày 01 tháng 10 năm 2026", issuer=issuer, number="12/KH-CTC", place="Thái Nguyên",
                      title="Thu mua chè búp tươi") + [
        "1. Phòng Kinh doanh ký hợp đồng mua chè với 05 hợp tác xã trước 30/10/2026.", f"2. {asks}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead(asks[:12])[0].startswith(asked)
