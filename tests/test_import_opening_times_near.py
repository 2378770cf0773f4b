"""kehoach import: a time an item opens with, printed without its year, in a plan whose times are near (issue 11).

A plan for a Tết or a crop season signed the year before ("… phục vụ Tết Nguyên đán Bính Ngọ năm 2026" signed on
20/10/2025; "… vụ Chiêm Xuân năm 2027" signed on 05/11/2026) reads a time without its year as the next such time
from the day it is signed, whether the item opens with it ("1.1. Trước 31/10: phòng Kinh tế … rà soát …", "Tháng 12:
…") or ends with it.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written_as

HEAD = ["UBND PHƯỜNG {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 187/KH-UBND\t{place}, ngày {signed}", "", "KẾ HOẠCH", "{subject}", "", "II. NỘI DUNG VÀ PHÂN CÔNG"]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Hoàng Khải"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("caps, place, signed, subject, year", [
    ("HÀ TIÊN", "Hà Tiên", "20 tháng 10 năm 2025",
     "Hỗ trợ các hợp tác xã làm nước mắm phục vụ Tết Nguyên đán Bính Ngọ năm 2026", 2025),
    ("GIA LỘC", "Gia Lộc", "05 tháng 11 năm 2026",
     "Tổ chức sản xuất qua hợp tác xã vụ Chiêm Xuân năm 2027", 2026),
])
def test_an_opening_time_is_the_next_from_the_signing(tmp_path, suffix, caps, place, signed, subject, year):
    items = ["1. Trước 30/11: phòng Kinh tế rà soát các hộ sản xuất nhỏ lẻ, lập danh sách vận động vào hợp tác xã.",
             "2. Tháng 12: phòng Văn hóa - Xã hội giới thiệu sản phẩm của các hợp tác xã trên trang thông tin điện "
             "tử phường.",
             "3. Hội Nông dân phường vận động hộ thành viên ký hợp đồng với hợp tác xã, xong trước 20/12."]
    draft = written_as(tmp_path, "ke-hoach", suffix,
                       [x.format(caps=caps, place=place, signed=signed, subject=subject) for x in HEAD] + items + TAIL)
    assert draft["Trước 30/11"]["deadline"]["before"] == f"{year}-11-30"
    assert draft["Tháng 12"]["deadline"]["year"] == year and draft["Tháng 12"]["deadline"]["month"] == 12
    assert draft["Hội Nông dân"]["deadline"]["before"] == f"{year}-12-20"
