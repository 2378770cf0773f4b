"""A plan's roster of the people it gives work to by name, and the bodies they stand for.

A commune's or a company's plan may give each task to a person ("Giao: anh Hùng. Giúp: chị Mai.", a column "Người
chủ trì" of names), after a roster that says who each is: a table of names and their units ("Họ tên | Chức danh | Bộ
phận"), or a line each, the name the tasks use, then the full name and the post ("anh Hùng - Lê Văn Hùng, Trưởng phòng
Kinh tế"). The plan's note says the person's unit answers for the work ("việc giao cho ai thì đơn vị của người đó chịu
trách nhiệm"); the model records bodies, so each name is read as its unit, as a short name a legend defines is read as
the full one (``fields.abbreviations``)."""

from __future__ import annotations

import re

from ..vi import CAPITAL, fold
from .fields import name_only, starts_body

#: a roster table's head: the person's column ("Họ tên", "Họ và tên", "Cán bộ", "Người đầu mối") and the unit's
#: ("Bộ phận", "Đơn vị", "Phòng", "Cơ quan", "Đơn vị công tác"), folded
_PERSON_HEAD = re.compile(r"(?:ho (?:va )?ten|ten can bo|can bo|nguoi dau moi|dau moi|nguoi phu trach)")
_UNIT_HEAD = re.compile(r"(?:bo phan|don vi|phong|co quan|noi cong tac|don vi cong tac)(?: cong tac)?")
#: a person's full name: two to five capitalised words ("Lê Văn Hùng", "Nông Thị Huệ")
_FULL_NAME = rf"[{CAPITAL}][^\W\d_]*(?:\s+[{CAPITAL}][^\W\d_]*){{1,4}}"
#: … and the name the tasks call them by: "anh Hùng", "chị Mai", "ông Tâm", "bà Loan", "đồng chí Sáu", "đ/c Quý"
_CALLED = rf"(?:anh|chị|ông|bà|cô|chú|đồng chí|đ/c)\s+[{CAPITAL}][^\W\d_]*(?:\s+[{CAPITAL}][^\W\d_]*)?"
#: a roster's line: the name used, a dash, the full name, a comma, the post with the unit ("anh Hùng - Lê Văn Hùng,
#: Trưởng phòng Kinh tế"); or the full name, then the post ("- Lê Văn Hùng, Trưởng phòng Kinh tế")
_LINE = re.compile(rf"^\s*(?:[-+•*]\s+)?(?:(?P<called>{_CALLED})\s*[-–—:]\s*)?(?P<name>{_FULL_NAME})\s*[,–—-]\s*"
                   rf"(?P<post>[^;()]{{5,150}}?)\s*[.;]?\s*$")
#: the head of a post before its unit's name ("Trưởng phòng Kinh tế", "Phó Chánh Văn phòng …", "Chủ tịch Hội Nông dân
#: xã", "Giám đốc HTX …", "Quản đốc Xưởng …")
_POST = re.compile(r"^(?:Phó\s+)?(?:Trưởng(?=\s+(?:phòng|ban|trạm|khoa)\b)|Chánh|Giám đốc|Chủ tịch|Bí thư|Quản đốc|Chủ nhiệm|"
                   r"Thủ trưởng|Tổ trưởng|Đội trưởng|Trạm trưởng)\s+", re.I)


def entries(lines: list[str]) -> list[tuple[int, str, str]]:
    """(1-based line, the person's name as the tasks use it, the unit's name) of each person a roster names, the
    full name and the name used each an entry; a roster table's head as (line, "", "")."""
    out: list[tuple[int, str, str]] = []
    listed: list[tuple[int, list[tuple[int, str, str]]]] = []  # the lines of a roster written a line each
    columns: tuple[int, int] | None = None
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in re.split(r"\t|\|", line.strip().strip("|"))] if "\t" in line or "|" in line else []
        if len(cells) >= 2:
            folded = [fold(c).strip(" *") for c in cells]
            person = next((k for k, c in enumerate(folded) if _PERSON_HEAD.fullmatch(c)), None)
            unit = next((k for k, c in enumerate(folded) if _UNIT_HEAD.fullmatch(c)), None)
            if person is not None and unit is not None:
                columns = (person, unit)
                out.append((number, "", ""))
                continue
            if columns is not None and max(columns) < len(cells) and re.fullmatch(_FULL_NAME, cells[columns[0]]) \
                    and starts_body(cells[columns[1]]):
                out.append((number, cells[columns[0]], cells[columns[1]]))
                continue
            if columns is not None and re.fullmatch(r"[\s|:\-]*", line):
                continue
        columns = None
        said = _LINE.match(line)
        unit = _unit_of(said["post"]) if said else None
        if unit:
            listed.append((number, [(number, name, unit) for name in (said["called"], said["name"]) if name]))
    # a roster's lines stand together, two or more: a line alone that reads so is a sentence of the plan's
    runs = {n for n, _ in listed if n - 1 in {m for m, _ in listed} or n + 1 in {m for m, _ in listed}}
    return out + [entry for n, found in listed if n in runs for entry in found]


def _unit_of(post: str) -> str | None:
    """The unit a post names ("Trưởng phòng Kinh tế": "Phòng Kinh tế"; "Phó Chánh Văn phòng HĐND và UBND xã": "Văn
    phòng HĐND và UBND xã"; "Giám đốc HTX Hồ tiêu Vĩnh Linh"), or None."""
    head = _POST.match(post.strip())
    if head is None:
        return None
    unit = post.strip()[head.end():].strip(" .")
    unit = unit[:1].upper() + unit[1:]  # "Trưởng phòng Kinh tế": "Phòng Kinh tế"
    return unit if starts_body(unit) and name_only(unit).strip(" ,") == unit else None
