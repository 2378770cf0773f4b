"""kehoach import: a plan shown as slides, a page's running header or footer, a Markdown footnote's mark (issue 11).

- A slide's bullets ("▸", "►", "▶": presentation software's defaults) open items as "•" does.
- An item's fields on one line, parted by a middle dot or a bar as a slide or a card prints them ("Phụ trách: Phòng
  Thu mua · Phối hợp: … · Hạn: 30/9/2026", "Chủ trì: X | Thời hạn: Y"), are read one by one.
- A line a PDF repeats at the top or the foot of most of its pages, its numbers aside ("Công ty … | Kế hoạch số
  31/KH-… 1/8", "Kế hoạch số 58/KH-UBND - Trang 2"), is a running header or footer: no text of the document, never
  glued to the item the page ends with. A line two pages share is text.
- A Markdown footnote's mark ("Sở Tài chính[^1]", "trước ngày 30/6/2027[^2]") is no part of a name or a time.

The PDFs are printed here by Debian's Chromium from small HTML documents of our own. Tested on documents written
here, never on the held-out sets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CHROMIUM
from drafts import Draft, named_as, plan_head, written
from generator.importer.extract import extract
from test_import_pdf_tables import esc, print_pdf

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\tTrần Văn Lộc"]
CONG_TY = dict(issuer="CÔNG TY TNHH NẤM ĐÀ LẠT", number="12/KH-NDL", place="Đà Lạt",
               title="Liên kết trồng nấm với các hợp tác xã năm 2027")
_ITEMS = [("Ký hợp đồng bao tiêu nấm bào ngư với 04 hợp tác xã", "Phòng Thu mua", "Liên minh Hợp tác xã tỉnh",
           "30/9/2026"),
          ("Tập huấn kỹ thuật đóng bịch phôi nấm cho thành viên hợp tác xã", "Phòng Kỹ thuật",
           "Trung tâm Khuyến nông tỉnh", "tháng 10/2026")]


def _check_items(draft):
    assert [t[:12] for t in draft.texts()] == ["Ký hợp đồng ", "Tập huấn kỹ "]
    assert named_as(draft.lead("Ký hợp đồng"), ["Phòng Thu mua"])
    assert named_as(draft.coop("Ký hợp đồng"), ["Liên minh Hợp tác xã tỉnh"])
    assert draft["Ký hợp đồng"]["deadline"]["before"] == "2026-09-30"
    assert named_as(draft.lead("Tập huấn"), ["Phòng Kỹ thuật"])
    assert named_as(draft.coop("Tập huấn"), ["Trung tâm Khuyến nông tỉnh"])
    assert draft["Tập huấn"]["deadline"]["month"] == 10


@pytest.mark.parametrize("bullet, gap, suffix", [("▸", " · ", ".txt"), ("►", " | ", ".md")])
def test_slide_bullets_and_fields_on_one_line(tmp_path, bullet, gap, suffix):
    lines = ["I. CHUẨN BỊ VÙNG NGUYÊN LIỆU (THÁNG 9 - 11/2026)"]
    for text, lead, partner, due in _ITEMS:
        lines += [f"{bullet} {text}", gap.strip().join([f"Phụ trách: {lead} ", f" Phối hợp: {partner} ",
                                                        f" Hạn: {due}"]).replace("  ", " ")]
        lines += [""] if suffix == ".md" else []
    head = plan_head("ngày 05 tháng 9 năm 2026", **CONG_TY)
    _check_items(written(tmp_path, "ke-hoach" + suffix, head + lines + TAIL))


def _pdf_pages(tmp_path: Path, margin: str, where: str) -> Path:
    """A plan over four pages, each with ``margin`` (its page number in "{n}") at its ``where`` ("top", "foot")."""
    head = ["CÔNG TY TNHH NẤM ĐÀ LẠT", "Số: 12/KH-NDL", "Đà Lạt, ngày 05 tháng 9 năm 2026", "KẾ HOẠCH",
            "Liên kết trồng nấm với các hợp tác xã năm 2027", "I. NHIỆM VỤ"]
    works = [["1. Phòng Thu mua ký hợp đồng bao tiêu nấm bào ngư với 04 hợp tác xã, xong trước ngày 30/9/2026."],
             ["2. Phòng Kỹ thuật tập huấn kỹ thuật đóng bịch phôi nấm cho thành viên hợp tác xã trong tháng 10/2026."],
             ["3. Phòng Kế toán chuyển tiền mua nấm vào tài khoản của hợp tác xã trong tháng 11/2026."],
             ["4. Phòng Kinh doanh tổng kết việc liên kết với các hợp tác xã trong tháng 12/2026.", "Nơi nhận:",
              "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Lộc"]]
    pages = []
    for n, work in enumerate(works, start=1):
        body = (head if n == 1 else []) + work
        mark = f'<p class="m">{esc(margin.format(n=n))}</p>'
        paras = "".join(f"<p>{esc(p)}</p>" for p in body)
        pages.append('<div class="page">' + (mark + paras if where == "top" else paras + mark) + "</div>")
    style = ("<style>@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Serif'; font-size: 13pt; } "
             ".page { break-after: page; height: 250mm; position: relative; } .m { font-size: 10pt; } "
             + (".page .m:last-child { position: absolute; bottom: 0; left: 0; }" if where == "foot" else "")
             + "</style>")
    return print_pdf(f"<html><head><meta charset='utf-8'>{style}</head><body>{''.join(pages)}</body></html>",
                     tmp_path / "ke-hoach.pdf")


@pytest.mark.skipif(shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
                    reason="Debian chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("margin, where", [("Công ty TNHH Nấm Đà Lạt | Kế hoạch số 12/KH-NDL {n}/4", "foot"),
                                           ("Kế hoạch số 12/KH-NDL - Trang {n}", "top")])
def test_a_running_header_or_footer_is_no_text(tmp_path, margin, where):
    pdf = _pdf_pages(tmp_path, margin, where)
    text = extract(pdf).text
    assert "Kế hoạch số 12/KH-NDL" not in text
    draft = Draft(pdf)
    assert [t[:12] for t in draft.texts()] == ["Phòng Thu mu", "Phòng Kỹ thu", "Phòng Kế toá", "Phòng Kinh d"]
    assert draft.texts()[2].endswith("tháng 11/2026.") and draft.texts()[0].endswith("30/9/2026.")


def test_a_line_few_pages_share_stays():
    from generator.importer.pdf_text import _without_running_lines

    pages = ["Kế hoạch số 12/KH-NDL trang 1\nPhòng Thu mua ký hợp đồng.", "Kế hoạch số 12/KH-NDL trang 2\nPhòng Kỹ "
             "thuật tập huấn.", "Phòng Kế toán chuyển tiền.\nPhòng Kinh doanh tổng kết."]
    assert _without_running_lines(pages) == pages
    repeated = [p + "\nCông ty TNHH Nấm Đà Lạt 2026" for p in pages]
    assert _without_running_lines(repeated) == pages


@pytest.mark.parametrize("lines", [
    ["- Sở Tài chính[^1] chủ trì, phối hợp Liên minh Hợp tác xã tỉnh[^a] rà soát hợp tác xã trước ngày 30/6/2027."],
    ["- Sở Tài chính chủ trì, phối hợp Liên minh Hợp tác xã tỉnh rà soát hợp tác xã, xong trước ngày 30/6/2027[^2]."],
])
def test_a_footnote_mark_is_no_part_of_a_name_or_a_time(tmp_path, lines):
    head = ["**ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG**", "", "Số: 77/KH-UBND", "", "*Lâm Đồng, ngày 05 tháng 3 năm 2027*", "",
            "# KẾ HOẠCH", "", "## Rà soát hợp tác xã năm 2027", "", "## I. NHIỆM VỤ", ""]
    foot = ["", "**Nơi nhận:**", "- Lưu: VT.", "", "**TM. ỦY BAN NHÂN DÂN**", "**CHỦ TỊCH**", "", "**Trần Hồng Thái**",
            "", "[^1]: Sở Tài chính sau khi hợp nhất.", "[^a]: Theo Quyết định số 12/QĐ-UBND.",
            "[^2]: Hạn gửi báo cáo."]
    draft = written(tmp_path, "ke-hoach.md", head + lines + foot)
    assert [t[:12] for t in draft.texts()] == ["Sở Tài chính"]
    assert named_as(draft.lead("Sở Tài chính"), ["Sở Tài chính"])
    assert named_as(draft.coop("Sở Tài chính"), ["Liên minh Hợp tác xã tỉnh"])
    assert draft["Sở Tài chính"]["deadline"]["before"] == "2027-06-30"
    assert "[^" not in draft.texts()[0]


def _pdf_with_sidebar(tmp_path: Path, side: str, pages: int) -> Path:
    """A plan over ``pages`` pages, a letterhead's column of contacts down the ``side`` of every page."""
    head = ["CÔNG TY CỔ PHẦN BIA ĐÔNG HƯNG", "Số: 58/KH-BĐH", "Đông Hưng, ngày 05 tháng 10 năm 2026", "KẾ HOẠCH",
            "Mua gạo nguyên liệu của các hợp tác xã năm 2027", "I. CÁC VIỆC CẦN LÀM"]
    works = ["1. Ký hợp đồng mua gạo với hai hợp tác xã, ghi rõ giống lúa, độ ẩm và giá từng quý. Phụ trách: Phòng "
             "Cung ứng. Cùng làm: Phòng Pháp chế. Hạn: trước ngày 15/12/2026.",
             "2. Lấy mẫu gạo từng lô nhập kho, kiểm độ ẩm, nấm mốc, tạp chất. Phụ trách: Phòng Kiểm nghiệm. Cùng làm: "
             "Viện Lúa. Hạn: tháng 01/2027.",
             "3. Thanh toán tiền gạo cho hợp tác xã chậm nhất 10 ngày sau khi nhận đủ hàng. Phụ trách: Phòng Tài chính "
             "- Kế toán. Cùng làm: Phòng Cung ứng. Hạn: quý I/2027."]
    contacts = ["ĐẦU MỐI LIÊN HỆ", "Thu mua gạo: Trần Văn Khoát, 0912 406 318", "Kế toán: Đoàn Minh Quế, 0904 771 052",
                "Xe vận chuyển: Phạm Đức Thiện, 0977 318 609", "Khu công nghiệp Gia Lễ"]
    sheets = []
    for n in range(pages):
        body = (head if n == 0 else []) + works[n * len(works) // pages:(n + 1) * len(works) // pages] + (["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Hữu "
                                                                "Thịnh"] if n == pages - 1 else [])
        bar = "".join(f"<p>{esc(c)}</p>" for c in contacts)
        sheets.append(f'<div class="page"><div class="bar">{bar}</div>'
                      f'<div class="main">{"".join(f"<p>{esc(p)}</p>" for p in body)}</div></div>')
    style = ("<style>@page { size: A4; margin: 15mm; } body { font-family: 'DejaVu Serif'; font-size: 12pt; margin: 0; } "
             "p { margin: 0 0 6pt 0; } .page { break-after: page; height: 260mm; position: relative; overflow: hidden; } "
             f".bar {{ position: absolute; top: 0; {side}: 0; width: 42mm; font-size: 9pt; }} "
             f".main {{ margin-{side}: 52mm; }}</style>")
    return print_pdf(f"<html><head><meta charset='utf-8'>{style}</head><body>{''.join(sheets)}</body></html>",
                     tmp_path / "ke-hoach.pdf")


@pytest.mark.skipif(shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
                    reason="Debian chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("side, pages", [("left", 2), ("right", 3)])
def test_a_sidebar_on_every_page_is_no_text(tmp_path, side, pages):
    pdf = _pdf_with_sidebar(tmp_path, side, pages)
    text = extract(pdf).text
    assert "0912 406 318" not in text and "ĐẦU MỐI LIÊN HỆ" not in text
    draft = Draft(pdf)
    assert named_as(draft.lead("Ký hợp đồng"), ["Phòng Cung ứng"])
    assert named_as(draft.coop("Lấy mẫu"), ["Viện Lúa"])
    assert named_as(draft.lead("Thanh toán"), ["Phòng Tài chính - Kế toán"])
    assert draft["Thanh toán"]["text"].endswith("Hạn: quý I/2027.") and "0977" not in draft["Thanh toán"]["text"]
