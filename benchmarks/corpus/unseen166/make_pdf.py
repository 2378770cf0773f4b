"""Write b_hue_58-KH-QPCTT-2026_ho-tro-htx-sau-lu.pdf, the hundred-and-sixty-sixth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen166/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen166/make_pdf.py --html-only

A city's disaster-prevention fund (Quỹ Phòng, chống thiên tai thành phố Huế, November 2026) and its plan to help the
cooperatives and cooperative groups hit by the floods of late October back into production: I. purposes, II. who is
helped and how much (facts), III. nine numbered duties in prose, IV. funding with a table of the money per commune and
ward (facts, no tasks), the closing sentence, the signature beside "Nơi nhận". The document has FOOTNOTES as Word
prints them: superscript numbers in the text and the notes at the foot of their page under a short rule (citations of
reports, decrees and decisions with their dates, none of them a deadline); a duty runs over the page break, so the
notes of the first page stand between its two halves in the printed text.

The pages are laid out by hand (a box of the page's height each, the notes at its foot). The HTML is a pure function of
this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time of printing
``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same bytes (with
the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hue_58-KH-QPCTT-2026_ho-tro-htx-sau-lu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 18mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; margin: 0; }
.page { height: 258mm; position: relative; overflow: hidden; }
.page.next, .last { break-before: page; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 12pt; margin: 7pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.c { text-align: justify; margin: 0 0 4pt; }
sup { font-size: 7.5pt; line-height: 0; }
.notes { position: absolute; left: 0; right: 0; bottom: 0; font-size: 9.5pt; line-height: 1.25; }
.notes hr { width: 35%; margin: 0 0 3pt; border: 0; border-top: 0.6pt solid #000; }
.notes p { margin: 0 0 2pt; text-align: justify; }
table.money { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 6pt; }
table.money th, table.money td { border: 0.6pt solid #000; padding: 2pt 4pt; }
table.money td.n { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HUẾ", ""), ("QUỸ PHÒNG, CHỐNG THIÊN TAI", "b"),
             ("Số: 58/KH-QPCTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Huế, ngày 12 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Khôi phục sản xuất cho hợp tác xã, tổ hợp tác bị thiệt hại do đợt mưa lũ từ ngày 27 đến ngày 31 "
            "tháng 10 năm 2026")

# a block: ("h", heading) | ("p", paragraph) | ("c", a paragraph's continuation on a new page: no indent)
# | ("table", rows); "^n" in a text is footnote n's superscript mark
PAGE1 = [
    ("p", "Đợt mưa lũ lớn từ ngày 27 đến ngày 31/10/2026 làm ngập sâu nhiều vùng sản xuất ven phá Tam Giang, dọc "
          "sông Bồ và sông Hương; theo số liệu đã tổng hợp^1, có 26 hợp tác xã và 38 tổ hợp tác bị thiệt hại về lúa "
          "giống, ao nuôi, lồng cá, nhà xưởng và máy móc. Căn cứ Nghị định số 78/2021/NĐ-CP của Chính phủ^2; thực "
          "hiện Quyết định số 2615/QĐ-UBND ngày 06/11/2026 của UBND thành phố^3, Quỹ Phòng, chống thiên tai thành phố "
          "Huế (sau đây gọi là Quỹ) lập Kế hoạch hỗ trợ cụ thể dưới đây."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Để các hợp tác xã, tổ hợp tác sớm gieo cấy vụ Đông Xuân 2026 - 2027, thả nuôi lại, sửa "
          "chữa máy móc, nhà xưởng."),
    ("p", "- Đúng đối tượng, công khai; hồ sơ đơn giản, tiền hỗ trợ chuyển thẳng vào tài khoản của hợp tác xã, tổ "
          "hợp tác."),
    ("h", "II. ĐỐI TƯỢNG, MỨC HỖ TRỢ"),
    ("p", "1. Hợp tác xã, tổ hợp tác bị thiệt hại từ 30% giá trị tài sản, vật tư, cây trồng, vật nuôi trở lên, được "
          "UBND xã, phường nơi đặt trụ sở hoặc nơi sản xuất xác nhận."),
    ("p", "2. Mức hỗ trợ bằng 40% giá trị thiệt hại, tối đa 150 triệu đồng đối với một hợp tác xã và 30 triệu đồng "
          "đối với một tổ hợp tác; không hỗ trợ phần thiệt hại đã được bảo hiểm chi trả."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Bộ phận Nghiệp vụ của Quỹ hướng dẫn mẫu hồ sơ đề nghị hỗ trợ, gửi UBND các xã, phường và Liên minh Hợp "
          "tác xã thành phố Huế trước ngày 15/11/2026."),
    ("p", "2. UBND các xã, phường có hợp tác xã, tổ hợp tác bị thiệt hại chủ trì kiểm tra thực tế, xác nhận mức "
          "thiệt hại, lập danh sách theo mẫu gửi Quỹ chậm nhất ngày 25/11/2026; không xác nhận trường hợp thiệt "
          "hại dưới 30%."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã thành phố Huế cử cán bộ cùng UBND các xã, phường kiểm tra tại các hợp tác "
          "xã bị thiệt hại; tổng hợp nhu cầu vay"),
]
NOTES1 = [
    "Báo cáo số 417/BC-BCH ngày 04/11/2026 của Ban Chỉ huy Phòng thủ dân sự thành phố Huế về tình hình thiệt hại "
    "do mưa lũ từ ngày 27 đến ngày 31/10/2026.",
    "Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ về thành lập và quản lý Quỹ phòng, chống thiên tai.",
    "Về việc trích Quỹ Phòng, chống thiên tai thành phố hỗ trợ khắc phục hậu quả mưa lũ; tổng kinh phí 4.200 "
    "triệu đồng, trong đó dành cho hợp tác xã, tổ hợp tác 3.150 triệu đồng.",
    "UBND xã, phường lập danh sách tổ hợp tác nhận tiền mặt, có chữ ký nhận của tổ trưởng, gửi Quỹ kèm chứng từ "
    "chi theo Mẫu số 03 gửi kèm Kế hoạch này.",
]
PAGE2 = [
    ("c", "vốn khôi phục sản xuất của hợp tác xã trong tháng 11/2026."),
    ("p", "4. Bộ phận Nghiệp vụ chủ trì, phối hợp Chi cục Thủy lợi, Chi cục Phát triển nông thôn thẩm định hồ sơ, "
          "trình Giám đốc Quỹ phê duyệt danh sách và mức hỗ trợ trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ của "
          "mỗi xã, phường."),
    ("p", "5. Bộ phận Hành chính - Kế toán chuyển tiền hỗ trợ vào tài khoản của hợp tác xã, tổ hợp tác ngay sau khi "
          "có quyết định phê duyệt, xong trước ngày 20/12/2026; tổ hợp tác chưa có tài khoản thì chi qua UBND xã, "
          "phường nơi tổ hợp tác sản xuất^4."),
    ("p", "6. Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn kỹ thuật, cân đối giống lúa, cá giống dự phòng cho các "
          "hợp tác xã bị thiệt hại trước khi xuống giống vụ Đông Xuân (trước 10/12/2026)."),
    ("p", "7. Đề nghị Quỹ Hỗ trợ phát triển hợp tác xã thành phố Huế xem xét giãn nợ, cho vay mới với lãi suất ưu đãi "
          "đối với hợp tác xã bị thiệt hại, ưu tiên giải ngân trong quý I/2027."),
    ("p", "8. Bộ phận Nghiệp vụ phối hợp UBND các xã, phường kiểm tra việc sử dụng tiền hỗ trợ tại ít nhất 10 hợp tác "
          "xã, tổ hợp tác (chọn ngẫu nhiên) trong quý I/2027; thu hồi khoản hỗ trợ dùng sai mục đích."),
    ("p", "9. Bộ phận Hành chính - Kế toán tổng hợp, báo cáo kết quả về UBND thành phố và Ban Chỉ huy Phòng thủ dân "
          "sự thành phố trước ngày 31/3/2027; công khai danh sách hợp tác xã, tổ hợp tác được hỗ trợ trên trang "
          "thông tin điện tử của Quỹ."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí hỗ trợ 3.150 triệu đồng từ Quỹ Phòng, chống thiên tai thành phố năm 2026, dự kiến phân bổ như sau "
          "(điều chỉnh theo danh sách được phê duyệt):"),
    ("table", [("TT", "Xã, phường", "Số HTX", "Số THT", "Kinh phí (triệu đồng)"),
               ("1", "Xã Quảng Điền", "7", "9", "860"),
               ("2", "Xã Đan Điền", "5", "8", "610"),
               ("3", "Phường Phong Thái", "4", "6", "470"),
               ("4", "Xã Phú Vinh", "6", "10", "730"),
               ("5", "Các xã, phường khác", "4", "5", "480"),
               ("", "Cộng", "26", "38", "3.150")]),
]
PAGE3 = [
    ("p", "Quỹ đề nghị các bộ phận, đơn vị có liên quan phối hợp thực hiện Kế hoạch này; có vướng mắc phản ánh về "
          "Quỹ (qua Bộ phận Nghiệp vụ) để xử lý./."),
]
NOTES2 = [4]  # the notes at the foot of page 2, by number

NOI_NHAN = ["Nơi nhận:", "- UBND thành phố (b/c);", "- Hội đồng quản lý Quỹ;", "- Sở NN&MT; Sở Tài chính;",
            "- Liên minh HTX thành phố;", "- UBND các xã, phường;", "- Lưu: VT, NV."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Quang Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20261112102000+07'00'"


def marked(text: str) -> str:
    """``text`` escaped, each "^n" a superscript n (its footnote's mark)."""
    out = e(text)
    for n in range(1, len(NOTES1) + 1):
        out = out.replace(f"^{n}", f"<sup>{n}</sup>")
    return out


def blocks(items) -> list[str]:
    out = []
    for kind, value in items:
        if kind == "h":
            out.append(f"<h3>{e(value)}</h3>")
        elif kind in ("p", "c"):
            out.append(f'<p class="{"t" if kind == "p" else "c"}">{marked(value)}</p>')
        else:
            head, *rows = value
            out.append('<table class="money"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in head)
                       + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f'<td{"" if i == 1 else " class=n"}>{e(c)}</td>'
                                            for i, c in enumerate(row)) + "</tr>")
            out.append("</tbody></table>")
    return out


def notes(numbers) -> str:
    return ('<div class="notes"><hr>' + "".join(f"<p><sup>{n}</sup> {e(NOTES1[n - 1])}</p>" for n in numbers)
            + "</div>")


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-QPCTT", CSS)
    out.append('<div class="page">')
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += blocks(PAGE1)
    out.append(notes([1, 2, 3]))
    out.append("</div>")
    out.append('<div class="page next">')
    out += blocks(PAGE2)
    out.append(notes(NOTES2))
    out.append("</div>")
    out.append('<div class="last">')
    out += blocks(PAGE3)
    out.append(signature(NOI_NHAN, SIGN))
    out.append("</div>")
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
