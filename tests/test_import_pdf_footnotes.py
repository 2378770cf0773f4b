"""Footnotes of a text PDF (``generator/importer/pdf_text.py``): a mark set small and raised after a word ("tổng
hợp¹"), its note at the foot of the page in smaller type, a sentence of the body interrupted by the notes at a page
break (issue 11). The mark is no text of the sentence, the notes are no tasks, and the sentence reads on over them;
a page without marks keeps a small table at its foot.

The PDFs are printed here by Debian's Chromium from small HTML documents of our own, into ``tmp_path``: a Quỹ's plan
in DejaVu Serif (13 pt text, 10 pt notes), a Sở's Công văn in DejaVu Sans (12 pt text, 9 pt notes, one note wrapping)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CHROMIUM
from drafts import Draft
from generator.importer.extract import extract
from test_import_pdf_tables import esc, print_pdf

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
                                reason="Debian chromium is not installed (.ci/run installs it)")

STYLE = ("<style>@page {{ size: A4; margin: 20mm 20mm 20mm 30mm; }} body {{ font-family: '{font}'; font-size: "
         "{size}pt; }} p {{ margin: 0 0 4pt 0; text-align: justify; }} sup {{ font-size: {mark}pt; line-height: 0; }} "
         ".notes {{ font-size: {note}pt; }} .notes p {{ margin: 0; }} .page {{ break-after: page; }} "
         "td {{ border: 1px solid #000; padding: 2pt; }} table {{ border-collapse: collapse; font-size: {note}pt; }}"
         "</style>")


def page(paragraphs: list[str], notes: list[str] = ()) -> str:
    """One page: its paragraphs (HTML, marks as <sup>), then its notes at its end in small type."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    foot = '<div class="notes"><hr style="width:30%;margin-left:0">' + "".join(f"<p>{n}</p>" for n in notes) + \
        "</div>" if notes else ""
    return f'<div class="page">{body}{foot}</div>'


HEAD = ["ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", "QUỸ PHÒNG, CHỐNG THIÊN TAI", "Số: 61/KH-QPCTT",
        "Huế, ngày 12 tháng 11 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã khôi phục sản xuất sau mưa lũ"]
FILLER = [esc("- Đúng đối tượng, công khai; hồ sơ đơn giản, tiền hỗ trợ chuyển thẳng vào tài khoản của hợp tác xã, "
              "tổ hợp tác bị thiệt hại, không qua trung gian.")] * 5
PLAN = [page([esc(h) for h in HEAD] + [
    esc("Theo số liệu đã tổng hợp") + "<sup>1</sup>" + esc(", có 26 hợp tác xã bị thiệt hại. Căn cứ Nghị định số "
                                                          "78/2021/NĐ-CP của Chính phủ") + "<sup>2</sup>"
    + esc("; Quỹ lập Kế hoạch hỗ trợ dưới đây."), "I. MỤC ĐÍCH, YÊU CẦU", *FILLER, "II. NHIỆM VỤ",
    esc("1. Bộ phận Nghiệp vụ hướng dẫn mẫu hồ sơ đề nghị hỗ trợ, gửi UBND các xã, phường trước ngày 15/11/2026."),
    esc("2. Đề nghị Liên minh Hợp tác xã thành phố Huế cử cán bộ cùng UBND các xã, phường kiểm tra tại các hợp tác "
        "xã bị thiệt hại; tổng hợp nhu cầu vay")],
    [esc("1 Báo cáo số 417/BC-BCH ngày 04/11/2026 của Ban Chỉ huy Phòng thủ dân sự thành phố về tình hình thiệt hại "
         "do mưa lũ, xong trước ngày 05/11/2026.").replace("1 ", "<sup>1</sup> ", 1),
     esc("2 Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ về thành lập và quản lý Quỹ phòng, chống thiên "
         "tai.").replace("2 ", "<sup>2</sup> ", 1)]),
    page([esc("vốn khôi phục sản xuất của hợp tác xã trong tháng 11/2026."),
          esc("3. Bộ phận Hành chính - Kế toán chuyển tiền hỗ trợ vào tài khoản của hợp tác xã, xong trước ngày "
              "20/12/2026."), esc("Nơi nhận: - Lưu: VT, NV."), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Quang Thiện"])]

LETTER = [page([esc(h) for h in ["UBND TỈNH ĐỒNG NAI", "SỞ CÔNG THƯƠNG", "Số: 2190/SCT-QLTM",
                                 "V/v tổ chức Tuần hàng hợp tác xã", "Đồng Nai, ngày 02 tháng 11 năm 2026",
                                 "Kính gửi: Các đơn vị thuộc Sở."]] + [
    *[esc("Năm 2025, Tuần hàng hợp tác xã thu hút 35 hợp tác xã, 120 gian hàng; doanh thu đạt 4,2 tỷ đồng, tăng 18% so "
          "với năm trước.")] * 8,
    esc("Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh") + "<sup>1</sup>" + esc(", Sở Công Thương đề nghị:"),
    esc("1. Phòng Quản lý thương mại chủ trì lập danh sách 40 hợp tác xã tham gia Tuần hàng, gửi Văn phòng Sở "
        "trước ngày 15/11/2026."),
    esc("2. Trung tâm Khuyến công và Xúc tiến thương mại bố trí gian hàng miễn phí cho các hợp tác xã, xong trước "
        "ngày 20/11/2026."),
    esc("3. Văn phòng Sở đăng tin về Tuần hàng trên trang thông tin điện tử của Sở trước ngày 22/11/2026.")],
    ["<sup>1</sup> " + esc("Kế hoạch số 112/KH-UBND ngày 05/8/2026 của UBND tỉnh về phát triển kinh tế tập thể; Văn "
                           "phòng Sở tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2026 kết quả Tuần hàng của các "
                           "hợp tác xã, kèm ảnh và số liệu doanh thu của từng gian hàng.")]),
    page([esc("Nơi nhận: - Lưu: VT, QLTM."), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình"])]


def _draft(tmp_path: Path, name: str, pages: list[str], **style) -> tuple[str, Draft]:
    pdf = print_pdf("<html><head><meta charset='utf-8'>" + STYLE.format(**style) + "</head><body>" + "".join(pages)
                    + "</body></html>", tmp_path / name)
    return extract(pdf).text, Draft(pdf)


@pytest.mark.parametrize("name, pages, style, tasks, marked", [
    ("ke-hoach.pdf", PLAN, dict(font="DejaVu Serif", size=13, mark=7.5, note=10),
     ["Bộ phận Nghiệp vụ hướng dẫn", "Đề nghị Liên minh Hợp tác xã thành phố Huế cử cán bộ",
      "Bộ phận Hành chính - Kế toán chuyển tiền"], ["tổng hợp<sup>1</sup>,", "Chính phủ<sup>2</sup>;"]),
    ("cong-van.pdf", LETTER, dict(font="DejaVu Sans", size=12, mark=7, note=9),
     ["Phòng Quản lý thương mại chủ trì", "Trung tâm Khuyến công", "Văn phòng Sở đăng tin"],
     ["UBND tỉnh<sup>1</sup>,"])])
def test_footnotes_are_no_text_of_the_sentence_and_no_task(tmp_path, name, pages, style, tasks, marked):
    text, draft = _draft(tmp_path, name, pages, **style)
    for mark in marked:
        assert mark in text
    notes = [line for line in text.splitlines() if line.startswith("[^")]
    assert len(notes) == len(marked)  # a note a line, its wrapped lines joined
    assert [t["text"][:len(a)] for t in draft.tasks for a in tasks if t["text"].startswith(a)] == tasks
    assert len(draft.tasks) == len(tasks)
    assert not any(ch in t["text"] for t in draft.tasks for ch in ("Báo cáo số 417", "Nghị định số 78", "ảnh và số liệu"))
    if name == "ke-hoach.pdf":  # the item interrupted by the notes at the page break reads on over them
        assert draft["Đề nghị Liên minh"]["text"].endswith("tổng hợp nhu cầu vay vốn khôi phục sản xuất của hợp tác "
                                                          "xã trong tháng 11/2026.")
        assert draft["Đề nghị Liên minh"]["deadline"]["month"] == 11


def test_a_small_table_at_the_foot_and_a_raised_figure_without_a_note_stay(tmp_path):
    rows = "".join(f"<tr><td>{k}</td><td>Xã {n}</td><td>{k * 7}</td></tr>" for k, n in
                   enumerate(["Quảng Điền", "Đan Điền", "Phú Vinh"], start=1))
    pages = [page([esc(h) for h in HEAD] + ["II. NHIỆM VỤ", esc(
        "1. Bộ phận Nghiệp vụ hướng dẫn hợp tác xã làm lại 300 m") + "<sup>2</sup>" + esc(
        " nhà xưởng, xong trước ngày 15/11/2026."), esc("Số hợp tác xã bị thiệt hại theo xã:"),
        f"<table><tr><td>TT</td><td>Xã</td><td>Số HTX</td></tr>{rows}</table>"])]
    html = "<html><head><meta charset='utf-8'>" + STYLE.format(font="DejaVu Serif", size=13, mark=7.5, note=10) + \
        "</head><body>" + "".join(pages) + "</body></html>"
    text = extract(print_pdf(html, tmp_path / "ke-hoach.pdf")).text
    assert "[^" not in text and "<sup>" not in text
    assert "300 m2 nhà" in text and "Xã Đan Điền" in text
