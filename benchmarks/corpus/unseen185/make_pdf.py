"""Write b_vinh-long_31-2026-KH-TKXD_lo-trinh-thiet-ke-bao-bi-htx-dua.pdf, the hundred-and-eighty-fifth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen185/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen185/make_pdf.py --html-only

A brand and packaging design company's plan (October 2026) for the brand identity, labels and packaging of four
coconut cooperatives' OCOP goods, ordered by the province's industry and trade promotion centre: the opening, I.
targets ("-" lines), II. a small bordered table of what each cooperative receives (no work), III. the work ONLY as a
HORIZONTAL ROADMAP on a LANDSCAPE page (a CSS named page): a line across the page and each
milestone's box ALTERNATELY ABOVE AND BELOW the line — the date in bold, the work, "TH:" the unit that does it, "PH:"
the partners (a legend says so, and that the milestones read from left to right) —, so that ``pdftotext`` prints the
boxes of the upper band first and those of the lower band after them (milestones 1, 3, 5, 7, 9, then 2, 4, 6, 8, 10),
and ``pdftotext -layout`` prints the boxes of a band side by side, line by line; back on a portrait page, IV. three
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_vinh-long_31-2026-KH-TKXD_lo-trinh-thiet-ke-bao-bi-htx-dua"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

STEP_MM, BOX_MM = 24, 44  # a milestone every 24 mm along the line; a box 44 mm wide

# No dot is drawn on the line for each milestone: ten empty painted boxes (a dot, a tick, a gradient) made Chromium
# number the tagged PDF's nodes one of two ways from print to print, so that a reprint did not give the same bytes.

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page road { size: A4 landscape; margin: 14mm 15mm 14mm 20mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44%% 56%%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
.road { page: road; break-before: page; break-after: page; }
.road h3 { margin: 0 0 2pt; }
.legend { font-size: 9.5pt; font-style: italic; margin: 0 0 4mm; }
.map { position: relative; height: 150mm; }
.axis { position: absolute; left: 0; right: 0; top: 74mm; border-top: 2pt solid #000; }
.m { position: absolute; box-sizing: border-box; width: %dmm; border: 0.75pt solid #000; padding: 1.6mm 2mm;
     font-size: 8.5pt; line-height: 1.25; background: #fff; }
.m p { margin: 0; }
.m p.d { font-weight: bold; font-size: 9.5pt; margin-bottom: 1mm; }
.m p.w { margin-bottom: 1mm; }
.up { bottom: 80mm; }
.down { top: 80mm; }
.after { page: auto; }
.sign { display: grid; grid-template-columns: 55%% 45%%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
""" % BOX_MM

HEAD_LEFT = [("CÔNG TY TNHH THIẾT KẾ", "b"), ("VÀ TRUYỀN THÔNG XỨ DỪA", "b"), ("Số: 31/2026/KH-TKXD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 05 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thiết kế nhận diện thương hiệu và bao bì sản phẩm OCOP cho 04 hợp tác xã ngành dừa"

BEFORE = [
    ("p", "Thực hiện Hợp đồng số 27/2026/HĐ-TTKC (ký ngày 28/9/2026) mà Trung tâm Khuyến công và Xúc tiến thương mại tỉnh "
          "Vĩnh Long đặt Công ty thiết kế bộ nhận diện thương hiệu, nhãn và bao bì cho sản phẩm OCOP của bốn hợp tác "
          "xã ngành dừa ở các xã Mỏ Cày, Thạnh Phú, Giồng Trôm và Cầu Kè (kinh phí hỗ trợ từ chương trình khuyến công "
          "năm 2026), Công ty lập Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mỗi hợp tác xã có logo, hệ nhận diện và bao bì thống nhất, ghi nhãn đúng quy định, kịp đưa hàng ra thị "
          "trường Tết Nguyên đán Đinh Mùi."),
    ("p", "- Hợp tác xã nhận đủ file gốc và cẩm nang để tự in lại bao bì, không phụ thuộc vào Công ty."),
    ("h", "II. HẠNG MỤC BÀN GIAO CHO TỪNG HỢP TÁC XÃ"),
]

GOODS_HEAD = ["Hợp tác xã", "Sản phẩm OCOP", "Hạng mục thiết kế"]
GOODS_WIDTHS = [34, 30, 36]
GOODS = [
    ("HTX Kẹo dừa Mỏ Cày", "Kẹo dừa sữa, kẹo dừa lá dứa (4 sao)", "Logo, nhãn, hộp giấy 250 g và 500 g, túi quà"),
    ("HTX Mật hoa dừa Thạnh Phú", "Mật hoa dừa, đường hoa dừa (3 sao)", "Logo, nhãn chai 250 ml, hộp quà"),
    ("HTX Dừa sáp Cầu Kè", "Dừa sáp nguyên trái, thạch dừa sáp (3 sao)", "Logo, tem trái, thùng carton 06 trái"),
    ("HTX Thủ công mỹ nghệ dừa Giồng Trôm", "Chén, muỗng, giỏ từ gáo và xơ dừa (3 sao)",
     "Logo, thẻ treo, hộp quà, ảnh catalogue"),
]

ROAD_TITLE = "III. LỘ TRÌNH THỰC HIỆN"
LEGEND = ("Cách đọc: các mốc đọc từ trái sang phải, lần lượt ở trên và ở dưới trục; ngày in đậm là hạn hoàn thành của "
          "mốc; TH - nhóm, bộ phận của Công ty thực hiện; PH - đơn vị phối hợp.")

# (date, work, doer, partners): milestone n sits at n * STEP_MM, above the line when n is even (counting from 0)
MILESTONES = [
    ("12/10/2026", "Khảo sát 04 HTX: phỏng vấn ban quản trị, chụp hiện trạng sản phẩm và bao bì đang dùng",
     "Nhóm Chiến lược thương hiệu", "Trung tâm Khuyến công và Xúc tiến thương mại"),
    ("23/10/2026", "Đề xuất định vị, tên dòng sản phẩm cho từng HTX; họp duyệt với ban quản trị HTX",
     "Nhóm Chiến lược thương hiệu", "—"),
    ("06/11/2026", "Thiết kế logo: mỗi HTX 03 phương án, sửa tối đa 02 vòng", "Nhóm Thiết kế đồ họa", "—"),
    ("20/11/2026", "Thiết kế nhãn, hộp, túi đúng quy định về nhãn hàng hóa", "Nhóm Thiết kế bao bì",
     "Sở Khoa học và Công nghệ"),
    ("27/11/2026", "Chụp bộ ảnh sản phẩm, vườn dừa và xưởng của 04 HTX", "Nhóm Hình ảnh", "—"),
    ("04/12/2026", "Tạo tem truy xuất nguồn gốc mã QR và trang thông tin từng sản phẩm", "Nhóm Kỹ thuật số",
     "Sở Khoa học và Công nghệ"),
    ("11/12/2026", "In thử bao bì, kiểm tra màu và chất liệu; HTX ký duyệt bản in", "Nhóm Thiết kế bao bì",
     "Công ty TNHH In bao bì Cửu Long"),
    ("18/12/2026", "Nộp đơn đăng ký nhãn hiệu cho logo của 04 HTX", "Bộ phận Pháp lý - Hợp đồng",
     "Liên minh Hợp tác xã tỉnh"),
    ("25/12/2026", "Bàn giao file gốc, cẩm nang nhận diện; hướng dẫn cán bộ HTX sử dụng", "Nhóm Thiết kế đồ họa",
     "Trung tâm Khuyến công và Xúc tiến thương mại"),
    ("15/01/2027", "Trưng bày bao bì mới tại gian hàng OCOP Hội chợ Xuân, lấy ý kiến người mua",
     "Nhóm Chiến lược thương hiệu", "Trung tâm Khuyến công và Xúc tiến thương mại"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giám đốc dự án (ông Phạm Quốc Bảo) điều phối các nhóm, gửi báo cáo tiến độ cho Trung tâm Khuyến công và "
          "Xúc tiến thương mại vào thứ Sáu hằng tuần."),
    ("p", "2. Bộ phận Kế toán lập hồ sơ thanh toán từng đợt trong 05 ngày làm việc sau mỗi biên bản nghiệm thu."),
    ("p", "3. Đề nghị các hợp tác xã cử một người đầu mối; gửi Công ty hồ sơ công bố sản phẩm, giấy chứng nhận OCOP và "
          "mẫu bao bì đang dùng trước ngày 09/10/2026."),
    ("p", "Trên đây là Kế hoạch thực hiện hợp đồng của Công ty; các nhóm, bộ phận và các đơn vị liên quan phối hợp "
          "thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Trung tâm KC&XTTM tỉnh (p/h);", "- 04 HTX ngành dừa;", "- Liên minh HTX tỉnh;",
            "- Các nhóm, bộ phận (t/h);", "- Lưu: VT, DA."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trần Ngọc Diễm Phương", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20261005151000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def milestone(n: int, date: str, work: str, doer: str, partners: str) -> list[str]:
    left = n * STEP_MM
    band = "up" if n % 2 == 0 else "down"
    return [f'<div class="m {band}" style="left:{left}mm"><p class="d">{e(date)}</p><p class="w">{e(work)}</p>'
            f'<p>TH: {e(doer)}</p><p>PH: {e(partners)}</p></div>']


def build_html() -> str:
    out = page_start("Kế hoạch 31/2026/KH-TKXD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(GOODS_WIDTHS, GOODS_HEAD)
    out += ['<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>' for row in GOODS]
    out += ['</tbody>', '</table>']
    out += ['<div class="road">', f'<h3>{e(ROAD_TITLE)}</h3>', f'<p class="legend">{e(LEGEND)}</p>',
            '<div class="map">', '<div class="axis"></div>']
    for n, values in enumerate(MILESTONES):
        out += milestone(n, *values)
    out += ['</div>', '</div>', '<div class="after">']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
