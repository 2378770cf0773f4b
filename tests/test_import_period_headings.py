"""kehoach import: a schedule whose headings are periods (issue 11). A work schedule groups its items under headings
that are nothing but a time — "1. Tháng 7/2026", "2. Tháng 8 và tháng 9/2026", "Quý IV/2026:" —: an item that prints
no time of its own is due then; one that prints its own keeps it. Tested on a Markdown schedule and a plain-text one
written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from generator.importer import draft as draft_module

from drafts import written

HEAD = ["SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH TÂY NINH\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 1610/KH-SCT\tTây Ninh, ngày 25 tháng 6 năm 2026", "", "KẾ HOẠCH",
        "Tiến độ hỗ trợ hợp tác xã tiêu thụ nông sản 6 tháng cuối năm 2026", "", "I. MỤC ĐÍCH",
        "Bảo đảm tiến độ hỗ trợ hợp tác xã.", "", "II. TIẾN ĐỘ THỰC HIỆN"]
TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Hùng"]


def _schedule(heading) -> list[str]:
    return [heading("1", "Tháng 7/2026"),
            "- Phòng Quản lý thương mại rà soát nhu cầu tiêu thụ của hợp tác xã trồng mãng cầu.",
            "- Trung tâm Khuyến công xây dựng phương án hội chợ, trình Giám đốc Sở trước ngày 20/7/2026.",
            heading("2", "Quý IV/2026"),
            "- Phòng Quản lý thương mại tổ chức phiên chợ sản phẩm hợp tác xã tại thành phố Hồ Chí Minh."]


@pytest.mark.parametrize("heading,name", [(lambda n, t: f"#### {n}. {t}", "tien-do.md"),
                                          (lambda n, t: f"{n}. {t}:", "tien-do.txt")], ids=["markdown", "text"])
def test_items_under_a_period_heading_are_due_then(tmp_path, heading, name):
    lines = [l.replace("\t", "  ") for l in HEAD] if name.endswith(".md") else HEAD
    draft = written(tmp_path, name, lines + _schedule(heading) + TAIL)
    survey = draft["Phòng Quản lý thương mại rà soát"]["deadline"]
    assert (survey["kind"], survey.get("month"), survey.get("year")) == ("month", 7, 2026)
    own = draft["Trung tâm Khuyến công xây dựng"]["deadline"]
    assert (own["kind"], own.get("before")) == ("before", "2026-07-20")  # its own date wins
    fair = draft["Phòng Quản lý thương mại tổ chức phiên chợ"]["deadline"]
    assert (fair["kind"], fair.get("quarters")) == ("quarter", [4])


@pytest.mark.parametrize("text,period", [("Tháng 8 và tháng 9/2026", True), ("Quý III/2026:", True),
                                         ("Năm 2027", True), ("Từ tháng 10 đến tháng 12/2026", True),
                                         ("Tháng hành động vì hợp tác xã năm 2026", False),
                                         ("Sở Công Thương", False)])
def test_a_period_heading(text, period):
    assert (draft_module._period_heading(text) is not None) is period
