"""kehoach import: dates typed with hyphens, web pages' leftovers in Markdown, and times given first then the item's
number (issue 11).

- A date typed with hyphens ("xong trước 15-10-2026", "trước 31-10", "từ 01-10 đến 31-12-2026") is a date; a range of a
  count ("2-3 tháng") or of days before a month ("05-10/12") is not.
- HTML's character references a converter left in Markdown ("&ndash;", "&nbsp;", "&#8211;") are read as their
  characters, by the importer and the verbatim check alike.
- A Markdown table of contents (lines of nothing but links to the page's own headings) and a reference link's target
  line hold no text of the document; a reference-style link is read as its text.
- A section of times that gives the time first, then the items' numbers ("Trước 15/12/2026: nội dung 1 mục III.",
  "Ngày 10 và 11/4/2027: phiên chợ (nội dung 6), …") dates those items.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from generator.importer import fields
from generator.text import SourceText, plain_line

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Văn Hòa"]


@pytest.mark.parametrize("text, day", [("Phòng Kinh tế rà soát diện tích dâu; xong trước 15-10-2026.", "2026-10-15"),
                                       ("HTX ký hợp đồng thu mua kén, xong trước 31-10.", "2026-10-31"),
                                       ("Hội Nông dân vận động hội viên từ 01-10 đến 31-12-2026.", "2026-12-31"),
                                       ("chạy thử dây chuyền trước 20-01-2027.", "2027-01-20")])
def test_a_date_typed_with_hyphens(text, day):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", day)


@pytest.mark.parametrize("text", ["Tập huấn trong 2-3 tháng tới cho thành viên.", "Đợt 1 nhận trứng từ 05-10/12.",
                                  "Mỗi hộ thực hiện 2-3 lần trong vụ."])
def test_a_range_of_a_count_is_no_hyphened_date(text):
    found = fields.deadline(text, year=2026)
    assert found.before is None


@pytest.mark.parametrize("line, read", [("phòng Văn hóa &ndash; Xã hội phường chủ trì", "phòng Văn hóa – Xã hội phường chủ trì"),
                                        ("Sở Tài chính&nbsp;phối hợp &#8211; hằng quý", "Sở Tài chính phối hợp – hằng quý"),
                                        ("Hợp tác xã A &amp; B", "Hợp tác xã A & B")])
def test_html_character_references_are_read(line, read):
    assert " ".join(plain_line(line).split()) == read
    assert SourceText(line).find(read) is not None


@pytest.mark.parametrize("line", ["- [I. MỤC ĐÍCH, YÊU CẦU](#i-mục-đích-yêu-cầu)",
                                  "  - [1. Phòng Phổ biến, giáo dục pháp luật](#1-phòng-phổ-biến-giáo-dục-pháp-luật)",
                                  "1. [Căn cứ](#can-cu)", "[Mục I](#muc-i) · [Mục II](#muc-ii)",
                                  "[1]: https://vbpl.vn/boluatphap/Pages/vbpq-toanvan.aspx?ItemID=1"])
def test_a_table_of_contents_and_link_targets_hold_no_text(line):
    assert plain_line(line) == ""


def test_a_reference_link_is_read_as_its_text():
    assert plain_line("- [Luật Hợp tác xã số 17/2023/QH15][1];") == "- Luật Hợp tác xã số 17/2023/QH15;"


def test_a_wiki_page_with_its_table_of_contents(tmp_path):
    lines = ["**SỞ TƯ PHÁP TỈNH GIA LAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "", "Số: 88/KH-STP | Độc lập - Tự do - "
             "Hạnh phúc", "", "# KẾ HOẠCH", "", "## Hỗ trợ pháp lý cho hợp tác xã năm 2026", "", "**Mục lục**", "",
             "- [I. MỤC ĐÍCH](#i-mục-đích)", "- [II. NHIỆM VỤ](#ii-nhiệm-vụ)",
             "  - [1. Phòng Phổ biến, giáo dục pháp luật](#1-phòng-phổ-biến-giáo-dục-pháp-luật)",
             "  - [2. Phòng Hành chính tư pháp](#2-phòng-hành-chính-tư-pháp)", "",
             "## I. MỤC ĐÍCH", "", "Hợp tác xã hiểu và làm đúng pháp luật.", "", "## II. NHIỆM VỤ", "",
             "### 1. Phòng Phổ biến, giáo dục pháp luật", "",
             "- Biên soạn tài liệu hỏi đáp về [Luật Hợp tác xã][1]; xong trước 30/9/2026.", "",
             "### 2. Phòng Hành chính tư pháp", "", "- Hướng dẫn hợp tác xã chứng thực hợp đồng; thường xuyên.", "",
             "[1]: https://vbpl.vn/luat-hop-tac-xa", ""]
    draft = written(tmp_path, "ke-hoach.md", lines + TAIL)
    assert draft.texts() == ["Biên soạn tài liệu hỏi đáp về Luật Hợp tác xã; xong trước 30/9/2026.",
                             "Hướng dẫn hợp tác xã chứng thực hợp đồng; thường xuyên."]
    assert draft.lead("Biên soạn") == ["Phòng Phổ biến, giáo dục pháp luật"]


@pytest.mark.parametrize("times, wanted", [
    (["- Trước 15/12/2026: nội dung 1 mục II.", "- Từ 16/12/2026 đến 15/01/2027: nội dung 2; các xã gửi danh sách.",
      "- Tháng 3/2027: nội dung 3, 4.", "- Ngày 10 và 11/4/2027: phiên chợ (nội dung 5), lễ tôn vinh (nội dung 6)."],
     ["2026-12-15", "2027-01-15", ("month", 3), ("month", 3), "2027-04-11", "2027-04-11"]),
    (["Quý I/2027: nhiệm vụ 1 và 2.", "Trước 30/4/2027: nhiệm vụ 3.", "Tháng 5/2027: nhiệm vụ 4 đến 6."],
     [("quarter", 1), ("quarter", 1), "2027-04-30", ("month", 5), ("month", 5), ("month", 5)]),
])
def test_a_time_given_first_then_the_items_numbers(tmp_path, times, wanted):
    head = plan_head("ngày 14 tháng 9 năm 2026", issuer="LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH", number="118/KH-LMHTX",
                     place="Hà Tĩnh", title="Tôn vinh hợp tác xã tiêu biểu năm 2027")
    items = ["1. Văn phòng Liên minh soạn thể lệ bình chọn hợp tác xã tiêu biểu.",
             "2. Đề nghị UBND các xã, phường giới thiệu hợp tác xã tiêu biểu.",
             "3. Ban Hỗ trợ - Phát triển tiếp nhận hồ sơ, thẩm định sơ bộ.",
             "4. Hội đồng bình chọn họp, chọn 20 hợp tác xã tiêu biểu.",
             "5. Ban Tuyên truyền tổ chức phiên chợ sản phẩm hợp tác xã.",
             "6. Văn phòng Liên minh chuẩn bị lễ tôn vinh."]
    draft = written(tmp_path, "ke-hoach.txt", head + items + ["III. TIẾN ĐỘ THỰC HIỆN", *times] + TAIL)
    got = []
    for task in draft.tasks:
        d = task["deadline"]
        got.append(d.get("before") if d["kind"] == "before" else
                   (d["kind"], d.get("month") or (d.get("quarters") or [None])[0]))
    assert got == wanted
