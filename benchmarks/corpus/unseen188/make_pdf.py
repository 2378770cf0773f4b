"""Write b_tp-ho-chi-minh_31-KH-CCSSG-2026_trinh-chieu-ca-canh-xuat-khau-htx.pdf, the hundred-and-eighty-eighth
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen188/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen188/make_pdf.py --html-only

An ornamental-fish export company's plan (September 2026) for its linkage with the ornamental-fish cooperatives and
cooperative groups of the city's suburban communes over the 2026 - 2027 export year, issued as the SLIDE DECK shown at
the linkage meeting and printed to PDF: landscape 16:9 pages, one slide a page, each with a title over a rule and a
footer (the company, the plan's number, "n/8"); slide 1 carries the header of Nghị định 30 and the title, slide 2 two
columns of facts and targets (no work), slides 3 - 7 the work as "▸" bullets, each with a smaller line "Phụ trách: …
· Phối hợp: … · Hạn: …" under it (slide 7 the requests to the cooperatives, no such line), slide 8 "Nơi nhận", the
signature and a closing "Trân trọng cảm ơn!".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans. No drawn shapes but rules (borders).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_tp-ho-chi-minh_31-KH-CCSSG-2026_trinh-chieu-ca-canh-xuat-khau-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

FOOTER = "Công ty TNHH Cá cảnh Sông Sài Gòn  |  Kế hoạch số 31/KH-CCSSG"

CSS = """
@page { size: 254mm 142.875mm; margin: 0; }
body { font-family: "DejaVu Sans"; margin: 0; }
.slide { position: relative; width: 254mm; height: 142.8mm; box-sizing: border-box; padding: 9mm 14mm 0 14mm;
         page-break-after: always; overflow: hidden; }
.slide:last-child { page-break-after: auto; }
.slide h2 { font-size: 17pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1pt solid #000; }
.foot { position: absolute; left: 14mm; right: 14mm; bottom: 5mm; font-size: 7.5pt; border-top: 0.5pt solid #000;
        padding-top: 1.5mm; }
.foot .n { float: right; }
ul { list-style: none; margin: 0; padding: 0; }
li { font-size: 11.5pt; margin: 0 0 3.2mm; padding-left: 6mm; text-indent: -6mm; line-height: 1.3; }
li .who { display: block; text-indent: 0; font-size: 9pt; font-style: italic; margin-top: 0.6mm; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 20pt; text-align: center; margin: 10mm 0 2mm; }
.sub { font-size: 14pt; font-weight: bold; text-align: center; margin: 0 10mm; }
.note { font-size: 9.5pt; font-style: italic; text-align: center; margin-top: 5mm; }
.cols { display: grid; grid-template-columns: 50% 50%; }
.cols h3 { font-size: 12pt; margin: 0 0 2mm; }
.cols p { font-size: 11pt; margin: 0 6mm 2mm 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 2mm; }
.sign p { margin: 0; }
.sign .left { font-size: 9.5pt; }
.sign .right { text-align: center; font-size: 11pt; }
.thanks { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 6mm; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("CÁ CẢNH SÔNG SÀI GÒN", "b"), ("Số: 31/KH-CCSSG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thành phố Hồ Chí Minh, ngày 14 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Liên kết nuôi và xuất khẩu cá cảnh với các hợp tác xã, tổ hợp tác năm 2026 - 2027"
NOTE = ("Bản trình bày tại Hội nghị liên kết ngày 18/9/2026 tại xã Tân An Hội; gửi kèm giấy mời đến các hợp tác xã, "
        "tổ hợp tác liên kết")

FACTS = [
    ("Năm 2025 - 2026", [
        "Công ty xuất 2,4 triệu con cá cảnh sang 11 nước; 58% số cá mua từ 03 HTX, 02 THT liên kết.",
        "Tỷ lệ cá chết, bị trả lại khi đến nơi 3,1%; 02 lô cá Koi bị giữ lại vì thiếu kết quả xét nghiệm.",
        "Giá mua bình quân cá dĩa cỡ 8 - 10 cm: 38.000 đồng/con.",
    ]),
    ("Mục tiêu 2026 - 2027", [
        "Mua 3,2 triệu con từ các HTX, THT liên kết, trong đó cá Koi 450.000 con, cá dĩa 600.000 con.",
        "Tỷ lệ cá chết, bị trả lại dưới 2%; không lô nào bị giữ vì hồ sơ kiểm dịch.",
        "02 trại của HTX được công nhận cơ sở an toàn dịch bệnh.",
    ]),
]

# slides of work: (title, [(work, who or "")])
SLIDES = [
    ("2. Chuẩn bị nguồn cá (tháng 9 - 11/2026)", [
        ("Ký hợp đồng liên kết năm 2026 - 2027 với 03 HTX, 02 THT: chủng loại, số lượng theo quý, giá sàn theo kích cỡ",
         "Phụ trách: Phòng Thu mua · Phối hợp: Liên minh Hợp tác xã thành phố · Hạn: 30/9/2026"),
        ("Giao cá bố mẹ Koi, cá dĩa thế hệ F1 cho 40 hộ thành viên; lập sổ theo dõi từng bể, từng lứa đẻ",
         "Phụ trách: Trại giống Công ty · Phối hợp: các HTX, THT liên kết · Hạn: tháng 10/2026"),
        ("Tập huấn quản lý nước, phòng bệnh KHV trên cá Koi, bệnh nấm và ký sinh trùng trên cá dĩa",
         "Phụ trách: Phòng Kỹ thuật · Phối hợp: Chi cục Chăn nuôi và Thú y thành phố · Hạn: 15/10 - 30/10/2026"),
    ]),
    ("3. An toàn dịch bệnh và kiểm dịch", [
        ("Lập hồ sơ đề nghị công nhận cơ sở an toàn dịch bệnh cho trại của HTX Cá cảnh Tân An Hội và HTX Thủy sản "
         "cảnh Bình Mỹ",
         "Phụ trách: Phòng Kỹ thuật · Phối hợp: Chi cục Chăn nuôi và Thú y thành phố · Hạn: trước 30/11/2026"),
        ("Lấy mẫu xét nghiệm KHV, SVC của từng lô cá trước khi xuất; lưu kết quả theo mã lô",
         "Phụ trách: Phòng Kỹ thuật · Phối hợp: Chi cục Thú y vùng VI · Hạn: mỗi lô, chậm nhất 07 ngày trước ngày bay"),
    ]),
    ("4. Thu mua, đóng gói và xuất hàng", [
        ("Chọn, cân đo và nhận cá tại trại của các HTX, THT theo đơn hàng trong tuần",
         "Phụ trách: Phòng Thu mua · Hạn: thứ Hai và thứ Năm hằng tuần"),
        ("Đóng túi bơm oxy, thùng xốp, làm hồ sơ kiểm dịch và giao hàng ra sân bay Tân Sơn Nhất cho các đơn đi Nhật "
         "Bản, Hà Lan, Đức",
         "Phụ trách: Phòng Xuất nhập khẩu · Phối hợp: Chi cục Thú y vùng VI · Hạn: theo lịch bay của từng đơn"),
        ("Chốt số lượng cá vàng, cá Koi cho đơn hàng Tết Nguyên đán đi Singapore, Đài Loan với từng HTX, THT",
         "Phụ trách: Phòng Kinh doanh · Phối hợp: Phòng Thu mua · Hạn: 15/12/2026"),
    ]),
    ("5. Thanh toán và hỗ trợ thành viên", [
        ("Chuyển tiền cá vào tài khoản của HTX, THT kèm bảng kê từng hộ",
         "Phụ trách: Phòng Tài chính - Kế toán · Hạn: trong 07 ngày sau mỗi lần nhận cá"),
        ("Hỗ trợ 50% tiền mua máy sục khí, đèn UV lọc nước cho 20 hộ nuôi cá dĩa",
         "Phụ trách: Phòng Kỹ thuật · Phối hợp: Phòng Tài chính - Kế toán · Hạn: quý I/2027"),
        ("Tổng kết năm liên kết, đề xuất giá sàn năm 2027 - 2028",
         "Phụ trách: Phòng Thu mua · Phối hợp: các HTX, THT liên kết · Hạn: tháng 8/2027"),
    ]),
    ("6. Đề nghị các HTX, THT liên kết", [
        ("Bán cá cho Công ty đủ số lượng đã ký; báo Phòng Kỹ thuật ngay trong ngày khi cá bệnh hoặc chết nhiều", ""),
        ("Mỗi HTX, THT cử 01 người ghi nhật ký bể nuôi, cho ăn, thay nước để làm hồ sơ truy xuất", ""),
    ]),
]

NOI_NHAN = ["Nơi nhận:", "- Các HTX, THT liên kết;", "- Liên minh HTX thành phố;",
            "- Chi cục Chăn nuôi và Thú y thành phố;", "- UBND các xã Tân An Hội, Bình Mỹ, Phú Hòa Đông;",
            "- Các phòng, Trại giống (t/h);", "- Lưu: VT, PTM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("Huỳnh Thanh Phong", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260914101500+07'00'"


def lines(items, cls="") -> str:
    return "".join(f'<p class="{c}">{e(t) or "&nbsp;"}</p>' for t, c in items)


def slide(n: int, total: int, inner: list[str]) -> list[str]:
    return ['<div class="slide">', *inner,
            f'<div class="foot">{e(FOOTER)}<span class="n">{n}/{total}</span></div>', '</div>']


def build_html() -> str:
    total = 2 + len(SLIDES) + 1
    out = page_start("Kế hoạch 31/KH-CCSSG", CSS)
    out += slide(1, total, ['<div class="head">', f'<div>{lines(HEAD_LEFT)}</div>', f'<div>{lines(HEAD_RIGHT)}</div>',
                            '</div>', f'<h1>{e(TITLE)}</h1>', f'<p class="sub">{e(SUBTITLE)}</p>',
                            f'<p class="note">({e(NOTE)})</p>'])
    cols = "".join(f'<div><h3>{e(head)}</h3>' + "".join(f'<p>{e(x)}</p>' for x in items) + '</div>'
                   for head, items in FACTS)
    out += slide(2, total, ['<h2>1. Kết quả năm trước và mục tiêu</h2>', f'<div class="cols">{cols}</div>'])
    for n, (title, items) in enumerate(SLIDES, start=3):
        body = "".join(f'<li>▸ {e(work)}' + (f'<span class="who">{e(who)}</span>' if who else '') + '</li>'
                       for work, who in items)
        out += slide(n, total, [f'<h2>{e(title)}</h2>', f'<ul>{body}</ul>'])
    sign = ('<div class="sign"><div class="left">'
            + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>' for i, x in enumerate(NOI_NHAN))
            + f'</div><div class="right">{lines(SIGN)}</div></div>')
    out += slide(total, total, ['<h2>7. Tổ chức thực hiện</h2>',
                                '<p style="font-size:11pt;margin:0 0 3mm">Kế hoạch này thay cho thông báo giá và '
                                'lịch thu mua đã gửi tháng 8/2026. Các phòng của Công ty và các hợp tác xã, tổ hợp tác '
                                'liên kết thực hiện./.</p>', sign, '<p class="thanks">Trân trọng cảm ơn!</p>'])
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
