"""kehoach import: times as offices type them in everyday documents (issue 11).

"hàng tuần" / "hằng tuần" (weekly: recurring); an event's days of one month ("trước Tết (dự kiến 15-18/01/2027)", "từ
16-20/10/2026": by the last); a time after a hyphen at the end ("… bản Nậm Giải - tháng 3 đến tháng 5/2027"); "xong"
before a time ("xong trong T10/2026", "xong trước ngày 04/9/2026"); a letter's time without a year ("trước ngày 31/8" in
a Công văn of August 2026) in the year it was signed, said in review. Tested on phrases and documents written here,
never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written
from generator.importer import fields


@pytest.mark.parametrize("text,want", [
    ("Văn phòng Sở đưa tin các hoạt động hỗ trợ hợp tác xã, hàng tuần.", {"kind": "ongoing"}),
    ("Tổ công tác họp giao ban hằng tuần vào sáng thứ Hai.", {"kind": "ongoing"}),
    ("Tổ chức phiên chợ trước Tết (dự kiến 15-18/01/2027).", {"kind": "before", "before": "2027-01-18"}),
    ("Tổ chức hội chợ từ 16-20/10/2026 tại quảng trường.", {"kind": "before", "before": "2026-10-20"}),
    ("chuyển giao kỹ thuật cho tổ hợp tác ở bản Nậm Giải - tháng 3 đến tháng 5/2027.", {"kind": "month", "month": 5}),
    ("hướng dẫn hợp tác xã áp dụng VietGAP – Quý II - Quý III/2026", {"kind": "quarter", "quarters": [2, 3]}),
    ("lập danh sách sản phẩm cần tiêu thụ dịp Tết, xong trong T10/2026.", {"kind": "month", "month": 10}),
    ("cử công chức tham gia đoàn; việc thông báo xong trước ngày 04/9/2026.", {"kind": "before", "before": "2026-09-04"}),
    # a time in brackets after its clause, mid-item too
    ("giới thiệu hợp tác xã tham gia phiên chợ (quý IV/2026); tư vấn hợp tác xã lập phương án vay vốn.",
     {"kind": "quarter", "quarters": [4]}),
    ("chọn 12 hợp tác xã làm điểm (xong trước 30/9/2026) và báo cáo Sở.", {"kind": "before", "before": "2026-09-30"}),
])
def test_everyday_times(text, want):
    found = fields.deadline(text).as_dict()
    assert {k: found.get(k) for k in want} == want


@pytest.mark.parametrize("text", ["Phòng Văn hóa - Xã hội tuyên truyền Luật Hợp tác xã.",
                                  "Tuyên truyền tại các xã vùng Bà Rịa - Vũng Tàu cũ.",
                                  "Sở Tài chính (Phòng Doanh nghiệp) hướng dẫn thủ tục giải thể."])
def test_a_hyphen_inside_a_name_is_no_time(text):
    assert fields.deadline(text).kind == "unspecified"


LETTER = ["| ỦY BAN NHÂN DÂN<br>**TỈNH QUẢNG NINH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
          "|:---:|:---:|", "| Số: 4410/UBND-KT<br>V/v khôi phục sản xuất của hợp tác xã | *Quảng Ninh, ngày 12 tháng 8 năm 2026* |",
          "", "Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã, phường.", "",
          "1. Sở Tài chính tổng hợp nhu cầu hỗ trợ của hợp tác xã, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/8.", "",
          "2. Liên minh Hợp tác xã tỉnh tư vấn hợp tác xã khôi phục sản xuất, xong trước 25/9.", "",
          "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Vũ Văn Diện** |",
          "|:---|:---:|"]


@pytest.mark.parametrize("text,quarters", [("làm thủ tục thành lập; trong quý 3.", [3]), ("xong trong quý 4.", [4]),
                                           ("trong quý III.", [3])])
def test_a_one_year_plan_s_quarter_typed_in_arabic_numerals(text, quarters):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.year, found.quarters) == ("quarter", 2026, quarters)


def test_a_letter_s_time_without_its_year_is_in_the_year_it_was_signed(tmp_path):
    draft = written(tmp_path, "cong-van.md", LETTER)
    assert draft["Sở Tài chính"]["deadline"]["before"] == "2026-08-31"
    assert draft["Liên minh"]["deadline"]["before"] == "2026-09-25"
    assert any("không ghi năm" in note for note in draft["Sở Tài chính"]["review"])
