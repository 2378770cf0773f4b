"""Print b_ca-mau_27-KH-CRG-2026_dau-vo-tom-htx-han-tung-don-vi.pdf, the two-hundred-and-thirty-fourth held-out set's
PDF, from ``sources/b_ca-mau_27-KH-CRG-2026_dau-vo-tom-htx-han-tung-don-vi.html``.

    .venv/bin/python benchmarks/corpus/unseen234/make_pdf.py

A chitin maker's plan (September 2026) for buying fresh shrimp heads and shells from the shrimp-processing cooperatives
and cooperative group it is linked with: page 1 the opening, I. purposes, II. the four suppliers with the short names
the table uses (facts) and III.'s sentence on how the table is read; **page 2 (landscape) one task table TT | Việc |
Chủ trì | Phối hợp | and ONE DATE COLUMN PER SUPPLIER ("HTX Rạch Gốc", "HTX Đất Mới", "THT Kênh Năm", "HTX Tân
Tiến") — the day by which the work must be done AT that supplier, "—" where it is not done there; the task is done
when it is done at the last of them** (a row with one date everywhere, a row with one supplier, a row with two);
page 3 IV. two paragraphs (the weekly payment, the suppliers' own daily duty) and the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The table's head row is an ordinary bold row (no
``<th>``) and the table stands on a landscape page of its own (a named CSS page).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ca-mau_27-KH-CRG-2026_dau-vo-tom-htx-han-tung-don-vi"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page wide { size: A4 landscape; margin: 18mm 15mm 18mm 20mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.l { text-align: justify; margin: 0 0 4pt; padding-left: 10mm; }
.wide { page: wide; break-before: page; }
.after { break-before: page; }
.wide p.cap { font-weight: bold; text-align: center; margin: 0 0 6pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; }
table.tasks td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks tr.hd td { font-weight: bold; text-align: center; vertical-align: middle; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CHITIN RẠCH GỐC", "b"), ("Số: 27/KH-CRG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cà Mau, ngày 09 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua đầu, vỏ tôm tươi của các hợp tác xã, tổ hợp tác sơ chế tôm từ tháng 10/2026 đến tháng 02/2027"

PAGE1 = [
    ("p", "Mùa trước, dây chuyền chiết chitin của Công ty chạy thiếu nguyên liệu 46 ngày; 11% số đầu, vỏ tôm nhận về "
          "đã bốc mùi vì để quá 6 giờ không ướp đá. Từ tháng 10/2026 Công ty mua thẳng đầu, vỏ tôm tươi của các đơn "
          "vị sơ chế tôm liên kết, gom bằng xe lạnh của Công ty."),
    ("h", "I. MỤC ĐÍCH"),
    ("l", "- Bảo đảm 18 tấn đầu, vỏ tôm tươi mỗi ngày cho dây chuyền chiết chitin và chitosan."),
    ("l", "- Đầu, vỏ tôm được ướp đá dưới 4°C ngay tại điểm sơ chế, về đến nhà máy trong 6 giờ."),
    ("h", "II. CÁC ĐƠN VỊ CUNG ỨNG"),
    ("l", "- Hợp tác xã Chế biến tôm Rạch Gốc (trong bảng gọi tắt là HTX Rạch Gốc): khoảng 7 tấn/ngày."),
    ("l", "- Hợp tác xã Thủy sản Đất Mới (HTX Đất Mới): khoảng 5 tấn/ngày."),
    ("l", "- Tổ hợp tác sơ chế tôm Kênh Năm (THT Kênh Năm): khoảng 2 tấn/ngày."),
    ("l", "- Hợp tác xã Dịch vụ thủy sản Tân Tiến (HTX Tân Tiến): khoảng 4 tấn/ngày."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Bảng ở trang sau giao việc cho các phòng, đội. Bốn cột cuối ghi ngày phải làm xong việc đó tại từng đơn vị "
          "cung ứng; dấu “—” là việc không làm ở đơn vị đó. Một việc chỉ được tính là xong khi đã xong ở đơn vị cuối "
          "cùng có ghi ngày."),
]

SUPPLIERS = ["HTX Rạch Gốc", "HTX Đất Mới", "THT Kênh Năm", "HTX Tân Tiến"]
COLUMNS = ["TT", "Việc", "Chủ trì", "Phối hợp", *SUPPLIERS]
WIDTHS = [4, 33, 14, 15, 8.5, 8.5, 8.5, 8.5]
ROWS = [
    ("1", "Ký phụ lục hợp đồng mua đầu, vỏ tôm tươi (giá theo độ tươi, khối lượng tối thiểu mỗi tuần)",
     "Phòng Thu mua nguyên liệu", "Phòng Kế toán", "15/10/2026", "20/10/2026", "22/10/2026", "27/10/2026"),
    ("2", "Lắp tủ đá vảy và thùng cách nhiệt giữ đầu, vỏ tôm dưới 4°C tại điểm gom",
     "Tổ Cơ điện", "Phòng Thu mua nguyên liệu", "31/10/2026", "31/10/2026", "—", "10/11/2026"),
    ("3", "Tập huấn tách đầu, vỏ tôm không lẫn ruột, chỉ lưng, bao nilon; phát sổ ghi khối lượng từng mẻ",
     "Phòng Kỹ thuật - Chất lượng", "Phòng Thu mua nguyên liệu", "05/11/2026", "06/11/2026", "12/11/2026",
     "04/11/2026"),
    ("4", "Chạy thử tuyến xe lạnh gom đầu, vỏ tôm, đo nhiệt độ khi bốc lên xe",
     "Đội xe lạnh", "Phòng Kỹ thuật - Chất lượng", "20/11/2026", "20/11/2026", "20/11/2026", "20/11/2026"),
    ("5", "Lấy mẫu vỏ tôm thẻ chân trắng gửi phân tích hàm lượng khoáng, dư lượng kháng sinh",
     "Phòng Kỹ thuật - Chất lượng", "", "—", "27/11/2026", "—", "—"),
    ("6", "Hướng dẫn xử lý nước rửa đầu, vỏ tôm trước khi thải; giúp lập hồ sơ đăng ký môi trường của điểm sơ chế",
     "Ban An toàn - Môi trường", "Sở Nông nghiệp và Môi trường", "15/12/2026", "18/12/2026", "22/12/2026",
     "18/12/2026"),
    ("7", "Đối chiếu khối lượng, công nợ quý IV/2026 với từng đơn vị cung ứng",
     "Phòng Kế toán", "Phòng Thu mua nguyên liệu", "05/01/2027", "06/01/2027", "06/01/2027", "08/01/2027"),
    ("8", "Khảo sát mặt bằng, lập phương án đặt máy sấy vỏ tôm tại hợp tác xã",
     "Tổ Cơ điện", "Phòng Kế toán", "—", "15/01/2027", "—", "29/01/2027"),
    ("9", "Họp rút kinh nghiệm đợt cao điểm Tết, điều chỉnh giờ xe lạnh đến điểm gom",
     "Phòng Thu mua nguyên liệu", "Đội xe lạnh", "25/02/2027", "25/02/2027", "26/02/2027", "24/02/2027"),
]

AFTER = [
    ("h", "IV. THANH TOÁN VÀ VIỆC CỦA ĐƠN VỊ CUNG ỨNG"),
    ("p", "Phòng Kế toán chuyển tiền đầu, vỏ tôm cho từng đơn vị cung ứng vào thứ Sáu hằng tuần, theo phiếu cân đã "
          "có chữ ký của lái xe lạnh và người giao."),
    ("p", "Các hợp tác xã, tổ hợp tác cung ứng ướp đá đầu, vỏ tôm ngay sau mỗi mẻ sơ chế, ghi sổ khối lượng và báo "
          "Phòng Thu mua nguyên liệu trước 16 giờ hằng ngày số tấn dự kiến của ngày hôm sau."),
    ("p", "Các phòng, đội, tổ căn cứ bảng phân công tổ chức thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 đơn vị cung ứng;", "- Các phòng, đội, tổ;", "- Lưu: VT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Quách Minh Triều", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:25 in Việt Nam
PDF_DATE = b"D:20260909092500+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "l": f'<p class="l">{e(text)}</p>'}[kind]


def task_table() -> list[str]:
    out = ['<div class="wide">',
           '<p class="cap">BẢNG PHÂN CÔNG VÀ NGÀY XONG TẠI TỪNG ĐƠN VỊ CUNG ỨNG</p>',
           '<table class="tasks">',
           '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
           '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        cells = [f'<td class="c">{e(row[0])}</td>'] + [f'<td>{e(v)}</td>' for v in row[1:4]]
        cells += [f'<td class="c">{e(v)}</td>' for v in row[4:]]
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</table>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-CRG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in PAGE1]
    out += task_table()
    out.append('<div class="after">')
    out += [block(entry) for entry in AFTER]
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
