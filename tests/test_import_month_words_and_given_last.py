"""kehoach import: months named in words, work given to a body in the item's last clause, a time run on after the
partners, and the arrows a process strip draws between its cells (issue 11).

- "xong trước ngày 30 tháng Chín", "trong tháng Mười Một", "trước ngày 25 tháng Hai năm 2027": those months, the time
  printed as it is.
- "…; giao Ban Gia đình - Xã hội, trước ngày 15/11/2026.", "…; giao Văn phòng Hội, xong trước …": the body leads.
- "… phối hợp Liên đoàn Lao động tỉnh, trước Tết Nguyên đán": the time is no partner's name.
- "Phòng Thu mua nguyên liệu ▸": the arrow is no part of the name.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tNguyễn Thị Thủy"]
HOI = dict(issuer="HỘI LIÊN HIỆP PHỤ NỮ TỈNH KHÁNH HÒA", number="64/KH-HPN", place="Khánh Hòa",
           title="Vận động phụ nữ làm hải sản khô vào tổ hợp tác năm 2026")


@pytest.mark.parametrize("printed, kind, value", [
    ("xong trước ngày 30 tháng Chín", "before", "2026-09-30"),
    ("hoàn thành trong tháng Mười Một", "month", 11),
    ("báo cáo Ban Thường vụ trước ngày 25 tháng Hai năm 2027", "before", "2027-02-25"),
    ("thực hiện trong tháng Mười", "month", 10),
])
def test_months_named_in_words(printed, kind, value):
    from generator.importer.fields import deadline

    found = deadline(f"Khảo sát các hộ phụ nữ làm hải sản khô, {printed}.", year=2026)
    assert found.kind == kind
    assert (found.before if kind == "before" else found.month) == value
    assert found.printed in printed  # as printed, in words


@pytest.mark.parametrize("given, lead", [
    ("giao Ban Gia đình - Xã hội, trước ngày 15/11/2026", "Ban Gia đình - Xã hội"),
    ("giao Văn phòng Hội, xong trước ngày 20/12/2026", "Văn phòng Hội"),
])
def test_work_given_in_the_items_last_clause(tmp_path, given, lead):
    lines = plan_head("ngày 15 tháng 8 năm 2026", **HOI) + [
        "II. NỘI DUNG",
        f"d/ Phối hợp Chi cục An toàn vệ sinh thực phẩm tỉnh tập huấn cho thành viên các tổ về điều kiện nơi sơ chế, "
        f"phơi sấy, đóng gói; {given}."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Phối hợp") == [lead]


@pytest.mark.parametrize("time", ["trước Tết Nguyên đán", "trong tháng 12/2026"])
def test_a_time_run_on_after_the_partners(tmp_path, time):
    lines = plan_head("ngày 15 tháng 8 năm 2026", **HOI) + [
        "II. NỘI DUNG",
        "g/ Đưa sản phẩm của các tổ vào gian hàng Tết của Hội và phiên chợ Tết công nhân; giao Ban Phong trào phối hợp "
        f"Liên đoàn Lao động tỉnh, {time}."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Đưa sản phẩm") == ["Ban Phong trào"]
    assert draft.coop("Đưa sản phẩm") == ["Liên đoàn Lao động tỉnh"]


@pytest.mark.parametrize("arrow", ["▸", "→"])
def test_the_arrow_of_a_process_strip_is_no_part_of_a_name(arrow):
    from generator.importer.fields import Known, match_agencies
    from drafts import SOURCE

    assert match_agencies(f"Phòng Thu mua nguyên liệu {arrow}", Known.load(SOURCE), listed=True).unknown == \
        ["Phòng Thu mua nguyên liệu"]
