"""kehoach import: a plan kept as a task list in a notes or project app and exported to Markdown (issue 11).

- A Markdown task list's box after the bullet ("- [ ] Khảo sát …", "- [x] Ký …"): an open box is a to-do, each one a
  task even under a stage's title; a ticked one is work done before the plan, no task.
- A Markdown link is read as its text ("[Nhóm Vận hành](../Nh%C3%B3m%20V%E1%BA%ADn%20h%C3%A0nh.md)" is "Nhóm Vận
  hành"), by the importer and by the check that quotes are verbatim alike.
- A due day mentioned with "@" ("@31/03/2026", "@10/04") is the deadline; it is no part of a name before it.
- A team by its capitalised name ("Nhóm Vận hành", "Nhóm Đối tác HTX") is a body; "nhóm hộ" is not.
- The doer after the work and a spaced dash goes with the partners it names after "cùng" ("— Nhóm Hạ tầng sạc cùng
  UBND phường A, UBND phường B").
- A part titled by its work items ("III. Đầu việc") or by what it asks of others ("IV. Đề nghị các hợp tác xã") holds
  tasks.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from generator.importer import fields
from generator.text import SourceText, plain_line, unspanned

from drafts import names_of, written

HEAD = ["CÔNG TY CỔ PHẦN NÔNG SẢN SẠCH TÂY NGUYÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
        "Số: {number} | Độc lập - Tự do - Hạnh phúc", "", "*Đắk Lắk, ngày 09 tháng 3 năm 2026*", "", "## KẾ HOẠCH", "",
        "### {title}", ""]
TAIL = ["", "**Nơi nhận:**", "", "- Lưu: VT.", "", "**GIÁM ĐỐC**", "", "Trần Văn Hùng"]


def _draft(tmp_path, lines, number="12/2026/KH-NSTN", title="Liên kết thu mua cà phê với các hợp tác xã năm 2026"):
    return written(tmp_path, "ke-hoach.md", [line.format(number=number, title=title) for line in HEAD] + lines + TAIL)


def _link(name: str) -> str:
    return f"[{name}](../{name.replace(' ', '%20')}%205a9d3c1e7f2b4860a1c4e8d2b6f09a35.md)"


@pytest.mark.parametrize("part", ["## III. Đầu việc", "## III. CÁC ĐẦU VIỆC CỤ THỂ"])
@pytest.mark.parametrize("linked", [True, False])
def test_a_task_list_under_stages(tmp_path, part, linked):
    name = _link if linked else (lambda n: n)
    lines = ["## I. Mục tiêu", "", "- Thu mua 2.000 tấn cà phê của các hợp tác xã.", "", part, "",
             "- Giai đoạn 1: Khảo sát, ký kết (tháng 3 - tháng 4/2026)",
             f"    - [x] Ký thỏa thuận khung với Liên minh Hợp tác xã tỉnh — {name('Ban Giám đốc')} @05/03/2026",
             f"    - [ ] Khảo sát từng hợp tác xã: diện tích, sản lượng — {name('Nhóm Đối tác HTX')} cùng ban quản trị "
             "các HTX @31/03/2026",
             f"    - [ ] Chốt vị trí đặt 05 điểm cân — {name('Nhóm Kho vận')} cùng UBND xã Ea Tu, UBND xã Hòa Phú "
             "@15/04/2026",
             "- Giai đoạn 2: Thu mua (từ tháng 10/2026)",
             f"    - [ ] Cân, thu mua cà phê tại điểm cân của hợp tác xã (thường xuyên) — {name('Nhóm Kho vận')}",
             f"    - [X] Mua 05 cân điện tử — {name('Phòng Hành chính')} @01/03/2026", ""]
    draft = _draft(tmp_path, lines)
    assert [t.split(":")[0].split(" — ")[0][:12] for t in draft.texts()] == ["Khảo sát từn", "Chốt vị trí ", "Cân, thu mua"]
    assert draft.lead("Khảo sát") == ["Nhóm Đối tác HTX"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-03-31"
    assert draft.lead("Chốt vị trí") == ["Nhóm Kho vận"]
    assert sorted(draft.coop("Chốt vị trí")) == ["UBND xã Ea Tu", "UBND xã Hòa Phú"]
    assert draft.lead("Cân, thu mua") == ["Nhóm Kho vận"]
    assert draft["Cân, thu mua"]["deadline"]["kind"] == "ongoing"


@pytest.mark.parametrize("part", ["## IV. Đề nghị các hợp tác xã", "## IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ"])
def test_a_part_of_requests_holds_tasks(tmp_path, part):
    lines = ["## I. Mục tiêu", "", "- Thu mua 2.000 tấn cà phê của các hợp tác xã.", "", part, "",
             "1. Ban quản trị các hợp tác xã lập danh sách thành viên bán cà phê, gửi Nhóm Đối tác HTX @10/04/2026",
             "2. Ban quản trị các hợp tác xã bố trí mặt bằng đặt cân tại sân phơi @30/04/2026", ""]
    draft = _draft(tmp_path, lines)
    assert [t["deadline"]["before"] for t in draft.tasks] == ["2026-04-10", "2026-04-30"]


@pytest.mark.parametrize("text, day", [("Chốt vị trí — Nhóm Kho vận @15/04/2026", "2026-04-15"),
                                       ("gửi danh sách về Nhóm Đối tác HTX @10/04", "2026-04-10")])
def test_a_day_mentioned_with_at_is_the_deadline(text, day):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", day)


def test_an_address_is_no_day():
    assert fields.deadline("gửi về hotro@htx.vn 10/4 bản mềm", year=2026).kind == "unspecified"


@pytest.mark.parametrize("text, names", [("Nhóm Kho vận, Nhóm Dữ liệu @15/04/2026", ["Nhóm Kho vận", "Nhóm Dữ liệu"]),
                                         ("Nhóm Đối tác HTX tổng hợp danh sách", ["Nhóm Đối tác HTX"]),
                                         ("nhóm hộ trồng cà phê liên kết với hợp tác xã", [])])
def test_a_team_by_its_capitalised_name_is_a_body(text, names):
    assert names_of(text) == names


@pytest.mark.parametrize("line, read", [
    ("— [Nhóm Vận hành](../Nh%C3%B3m%20V%E1%BA%ADn%20h%C3%A0nh%205a9d.md) @28/02", "— Nhóm Vận hành @28/02"),
    ("xem [Cổng thông tin](https://dichvucong.gov.vn/p/home \"Cổng\") và [ký]{.smallcaps}", "xem Cổng thông tin và ký"),
])
def test_a_markdown_link_is_read_as_its_text(line, read):
    assert " ".join(plain_line(unspanned(line)).split()) == read
    assert SourceText(line).find(read) is not None
