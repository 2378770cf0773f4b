"""The days and months of the national calendar a plan times its work by, by name alone ("trước Ngày Nhà giáo Việt
Nam năm 2026", "trong Tháng Công nhân năm 2027"): one table, each name with the day it falls on every year, as the
public calendar fixes it (the holidays of Bộ luật Lao động 2019, Điều 112; the founding days and commemorations the
State and the mass organisations keep). A name's own date printed after it ("Ngày Doanh nhân Việt Nam 13/10") is read
as printed; the lunar days (Tết Nguyên đán, Giỗ Tổ Hùng Vương) are not here (``fields.before_tet``)."""

from __future__ import annotations

import re

#: (the name as printed, its words apart by any space; the month; the day, None for a month named as a whole)
NATIONAL_DAYS: list[tuple[str, int, int | None]] = [
    ("Ngày thành lập Đảng Cộng sản Việt Nam", 2, 3),
    ("Ngày Thầy thuốc Việt Nam", 2, 27),
    ("Ngày Quốc tế Phụ nữ", 3, 8),
    ("Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", 3, 26),
    ("Ngày thành lập Đoàn", 3, 26),
    ("Ngày Hợp tác xã Việt Nam", 4, 11),
    ("Ngày Giải phóng miền Nam, thống nhất đất nước", 4, 30),
    ("Ngày Quốc tế Lao động", 5, 1),
    ("Tháng Công nhân", 5, None),
    ("Ngày sinh Chủ tịch Hồ Chí Minh", 5, 19),
    ("Ngày Quốc tế Thiếu nhi", 6, 1),
    ("Ngày Gia đình Việt Nam", 6, 28),
    ("Ngày Thương binh - Liệt sĩ", 7, 27),
    ("Ngày Thương binh Liệt sĩ", 7, 27),
    ("Ngày thành lập Công đoàn Việt Nam", 7, 28),
    ("Ngày Quốc khánh", 9, 2),
    ("Ngày Chuyển đổi số quốc gia", 10, 10),
    ("Ngày Doanh nhân Việt Nam", 10, 13),
    ("Ngày Nông dân Việt Nam", 10, 14),
    ("Ngày Phụ nữ Việt Nam", 10, 20),
    ("Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam", 11, 9),
    ("Ngày Pháp luật Việt Nam", 11, 9),
    ("Ngày hội Đại đoàn kết toàn dân tộc", 11, 18),
    ("Ngày Nhà giáo Việt Nam", 11, 20),
    ("Ngày Cựu chiến binh Việt Nam", 12, 6),
    ("Ngày thành lập Quân đội nhân dân Việt Nam", 12, 22),
    ("Ngày hội Quốc phòng toàn dân", 12, 22),
]

_NAMES = "|".join(r"\s+".join(map(re.escape, name.split())) for name, _, _ in
                  sorted(NATIONAL_DAYS, key=lambda entry: -len(entry[0])))
#: a name of the table, maybe its year after it ("… năm 2026"), not its own date printed after it
NAMED_DAY = re.compile(rf"(?P<name>{_NAMES})(?:\s+năm\s+(?P<y>20\d\d))?(?!\s*\(?\s*(?:ngày\s+)?\d{{1,2}}\s*/\s*\d)", re.I)
_BY_NAME = {" ".join(name.lower().split()): (month, day) for name, month, day in NATIONAL_DAYS}


def said_as_date(match: re.Match, month: bool = False) -> str:
    """The words a time reader reads for ``NAMED_DAY``'s match: "ngày 20/11/2026", "ngày 20/11" without its year,
    "tháng 5/2027" for a month named as a whole, or for a day whose occasion the work is done on (``month``: "vào
    dịp Ngày Hợp tác xã Việt Nam năm 2027", the days around it)."""
    number, day = _BY_NAME[" ".join(match["name"].lower().split())]
    year = f"/{match['y']}" if match["y"] else ""
    return f"tháng {number}{year}" if day is None or month else f"ngày {day:02d}/{number:02d}{year}"
