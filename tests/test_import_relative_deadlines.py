"""kehoach import: times counted from an event (issue 11). A Công văn or a plan often gives "trong thời hạn 10 ngày kể từ
ngày ký văn bản này", "chậm nhất 20 ngày kể từ ngày ban hành Kế hoạch này" — counted from the document's own signing:
the date it ends on (the date printed under the number plus the days), said in review —, "trong 30 ngày kể từ ngày
nhận được văn bản này", "03 ngày làm việc kể từ ngày nhận đủ hồ sơ", "15 ngày sau khi Ủy ban nhân dân tỉnh giao dự
toán" — after an event the text does not date: "after-condition", the phrase kept as printed. Tested on a commune's
Công văn as text and a plan as Markdown written here, never on the held-out sets (benchmarks/corpus/unseen*/), which
only measure."""

from __future__ import annotations

import pytest

from generator.importer import fields

from drafts import written

ITEMS = [
    "Phòng Kinh tế tham mưu dự thảo Kế hoạch hỗ trợ hợp tác xã, trình Ủy ban nhân dân xã trong thời hạn 10 ngày kể từ "
    "ngày ký văn bản này.",
    "Phòng Kinh tế lập danh sách hợp tác xã, gửi Sở Tài chính chậm nhất 20 ngày kể từ ngày ký văn bản này.",
    "Phòng Văn hóa - Xã hội khảo sát nhu cầu học nghề, gửi kết quả trong thời hạn 30 ngày kể từ ngày nhận được văn bản "
    "này.",
    "Trung tâm Phục vụ hành chính công xã trả kết quả đăng ký hợp tác xã trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ "
    "hợp lệ.",
    "Phòng Kinh tế hướng dẫn hợp tác xã lập hồ sơ hỗ trợ; hoàn thành chậm nhất 15 ngày sau khi Ủy ban nhân dân tỉnh giao "
    "dự toán kinh phí.",
]


def _cong_van(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ MƯỜNG KHƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 210/UBND-KT\tMường Khương, ngày 25 tháng 5 năm 2026", "V/v triển khai hỗ trợ hợp tác xã năm 2026", "",
             "Kính gửi: Các phòng, đơn vị thuộc Ủy ban nhân dân xã.", "",
             "Ủy ban nhân dân xã đề nghị các phòng, đơn vị thực hiện các nội dung sau:", ""]
    lines += [x for n, item in enumerate(ITEMS, start=1) for x in (f"{n}. {item}", "")]
    lines += ["Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "- Lưu: VT.", "\tLù Văn Pao"]
    return written(tmp_path, "cong-van.txt", lines)


def _ke_hoach(tmp_path):
    lines = ["| ỦY BAN NHÂN DÂN<br>**XÃ MƯỜNG KHƯƠNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 210/KH-UBND | *Mường Khương, ngày 25 tháng 5 năm 2026* |", "", "**KẾ HOẠCH**", "",
             "**Hỗ trợ hợp tác xã năm 2026**", "", "I. MỤC ĐÍCH", "", "Củng cố hợp tác xã.", "", "II. NHIỆM VỤ", ""]
    lines += [x for item in ITEMS for x in (f"- {item.replace('văn bản này', 'Kế hoạch này')}", "")]
    lines += ["| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>**Lù Văn Pao** |", "|---|:---:|"]
    return written(tmp_path, "ke-hoach.md", lines)


@pytest.mark.parametrize("make", [_cong_van, _ke_hoach], ids=["cong-van", "ke-hoach"])
def test_times_counted_from_an_event(tmp_path, make):
    draft = make(tmp_path)
    first = draft["Phòng Kinh tế tham mưu"]["deadline"]
    assert (first["kind"], str(first["before"])) == ("before", "2026-06-04")  # 25/5 + 10 days
    assert "ngày ký" in first["printed"]
    assert any("10 ngày" in note for note in draft["Phòng Kinh tế tham mưu"]["review"])
    assert str(draft["Phòng Kinh tế lập danh sách"]["deadline"]["before"]) == "2026-06-14"
    for item in ("Phòng Văn hóa", "Trung tâm Phục vụ", "Phòng Kinh tế hướng dẫn"):  # after an event not dated
        deadline = draft[item]["deadline"]
        assert deadline["kind"] == "after-condition" and deadline["condition"] == deadline["printed"]


def test_a_time_from_signing_needs_the_day_of_signing():
    found = fields.deadline("báo cáo trong thời hạn 10 ngày kể từ ngày ký văn bản này.")
    assert found.kind == "after-condition"
    assert fields.from_signing(found, None) is found
    assert fields.from_signing(found, __import__("datetime").date(2026, 12, 25)).before == "2027-01-04"


@pytest.mark.parametrize("phrase, counted", [
    ("gửi danh sách trong 15 ngày kể từ ngày ban hành Kế hoạch.", True),  # the document's own kind ends the phrase
    ("báo cáo chậm nhất 10 ngày kể từ ngày ký Công văn.", True),
    ("báo cáo chậm nhất 10 ngày kể từ ngày ký quyết định thành lập tổ hợp tác.", False),  # another document's signing
])
def test_a_time_from_signing_named_by_the_documents_kind(phrase, counted):
    import datetime as dt
    found = fields.from_signing(fields.deadline(phrase), dt.date(2026, 4, 9))
    assert (found.kind == "before") == counted
