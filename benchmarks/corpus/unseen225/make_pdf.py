"""Print b_ha-tinh_27-KH-BKTC-2026_keo-cu-do-lac-mat-mia-htx-bang-xoay.pdf, the two-hundred-and-twenty-fifth held-out
set's PDF, from ``sources/b_ha-tinh_27-KH-BKTC-2026_keo-cu-do-lac-mat-mia-htx-bang-xoay.html``.

    .venv/bin/python benchmarks/corpus/unseen225/make_pdf.py

A confectionery maker's plan (September 2026) for buying the peanuts, molasses, ginger and sesame rice paper of
cooperatives and cooperative groups for its Tết season of kẹo cu đơ: page 1 the opening, I. purposes, II. the season's
needs (facts) and a sentence pointing to the table; **page 2 holds only the task table, PRINTED SIDEWAYS on the
portrait page** (turned a quarter turn to the left, its lines running from the foot of the page to its head, as a wide
table is printed when it does not fit across an upright page): TT | Việc | Bộ phận chủ trì | Phối hợp | Thời hạn under
four band rows by ingredient ("A. LẠC NHÂN" … "D. VIỆC CHUNG"); page 3 IV. two numbered paragraphs and the signature
beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The turned page's box is ``overflow: hidden;
contain: paint``: without it Chromium, now and then, tagged the band rows' cells as painted partly on page 1 (about
three prints in ten gave other bytes); with it, every print gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ha-tinh_27-KH-BKTC-2026_keo-cu-do-lac-mat-mia-htx-bang-xoay"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
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
.turn { break-before: page; position: relative; height: 250mm; overflow: hidden; contain: paint; }
.turned { position: absolute; top: 0; left: 0; width: 245mm; transform-origin: top left;
          transform: rotate(-90deg) translate(-245mm, 0); }
.turned p { margin: 0 0 3pt; font-size: 11pt; }
table.tasks { border-collapse: collapse; width: 245mm; font-size: 10pt; line-height: 1.25; }
table.tasks td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks tr.hd td { font-weight: bold; text-align: center; }
table.tasks tr.band td { font-weight: bold; }
.after { break-before: page; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("BÁNH KẸO THIÊN CẦM", "b"), ("Số: 27/KH-BKTC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 28 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua lạc nhân, mật mía, gừng và bánh đa vừng của hợp tác xã, tổ hợp tác cho mùa kẹo cu đơ Tết Đinh Mùi"

PAGE1 = [
    ("p", "Mùa Tết năm trước Công ty làm 410 tấn kẹo cu đơ, nhưng gần 40% lạc nhân phải mua qua thương lái nên chất "
          "lượng không đều, có lô lạc bị mốc phải loại. Năm nay Công ty mua thẳng của các hợp tác xã, tổ hợp tác trong "
          "tỉnh và đặt ra các việc dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("l", "- Ít nhất 80% nguyên liệu chính của mùa kẹo Tết Đinh Mùi được mua của hợp tác xã, tổ hợp tác có hợp đồng."),
    ("l", "- Nguyên liệu nhập kho có phiếu kiểm tra; người trồng lạc, nấu mật được trả tiền đúng hẹn."),
    ("h", "II. NHU CẦU NGUYÊN LIỆU"),
    ("l", "- Lạc nhân loại 1: 38 tấn, nhập từ tháng 10/2026 đến tháng 12/2026."),
    ("l", "- Mật mía nấu thủ công: 26 tấn; gừng tươi: 4 tấn."),
    ("l", "- Bánh đa vừng cán mỏng: 1,2 triệu chiếc, giao theo tuần."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Việc của từng bộ phận ghi ở bảng trang 2. Bảng rộng nên được in xoay ngang: xoay trang sang phải để đọc."),
]

COLUMNS = ["TT", "Việc", "Bộ phận chủ trì", "Phối hợp", "Thời hạn"]
WIDTHS = [5, 45, 16, 20, 14]
# ("band", title) | (number, work, lead, partners, time)
ROWS = [
    ("band", "A. LẠC NHÂN"),
    ("1", "Ký hợp đồng mua 38 tấn lạc nhân loại 1 với HTX Nông nghiệp Thạch Hội và THT trồng lạc thôn Bắc Sơn",
     "Phòng Cung ứng", "Phòng Tài chính - Kế toán", "Trước 15/10/2026"),
    ("2", "Cho hai bên bán ứng trước 30% tiền lạc để thu mua của thành viên",
     "Phòng Tài chính - Kế toán", "", "Trong 05 ngày làm việc sau khi ký hợp đồng"),
    ("3", "Đo độ ẩm, soi nấm mốc từng lô lạc nhân trước khi nhập kho; lô không đạt trả lại bên bán",
     "Phòng Quản lý chất lượng", "HTX Nông nghiệp Thạch Hội", "Mỗi lô nhập"),
    ("band", "B. MẬT MÍA"),
    ("4", "Đặt 26 tấn mật mía nấu thủ công của HTX Mía đường Hương Khê, giao làm 03 đợt",
     "Phòng Cung ứng", "", "Tháng 11/2026"),
    ("5", "Hướng dẫn HTX nấu mật đạt độ Brix 78 - 80, đựng thùng inox có nắp",
     "Phòng Kỹ thuật - Công nghệ", "Trung tâm Khuyến nông tỉnh", "Trước 31/10/2026"),
    ("band", "C. GỪNG VÀ BÁNH ĐA VỪNG"),
    ("6", "Mua 4 tấn gừng tươi của THT trồng gừng xã Sơn Kim, rửa, thái lát tại xưởng",
     "Phòng Cung ứng", "Phòng Quản lý chất lượng", "01 - 20/11/2026"),
    ("7", "Nhận bánh đa vừng của THT làm bánh đa thôn Phú Mỹ theo đơn đặt từng tuần",
     "Kho nguyên liệu", "Phòng Quản lý chất lượng", "Hằng tuần, từ 16/11/2026 đến 20/01/2027"),
    ("band", "D. VIỆC CHUNG"),
    ("8", "Tập huấn an toàn thực phẩm cho thành viên các HTX, THT cung ứng nguyên liệu",
     "Phòng Kỹ thuật - Công nghệ", "Chi cục An toàn vệ sinh thực phẩm tỉnh", "Tháng 10/2026"),
    ("9", "In tên các HTX, THT cung ứng trên hộp kẹo quà Tết",
     "Phòng Kinh doanh", "Phòng Kỹ thuật - Công nghệ", "Trước 05/12/2026"),
    ("10", "Tổng kết mùa kẹo Tết, chấm điểm từng đơn vị cung ứng, đề xuất hợp đồng năm sau",
     "Ban Giám đốc", "Phòng Cung ứng, Phòng Quản lý chất lượng", "Tháng 3/2027"),
]

AFTER = [
    ("h", "IV. THEO DÕI VÀ ĐỀ NGHỊ"),
    ("l", "1. Phòng Cung ứng mở sổ ghi lượng hàng từng hợp tác xã, tổ hợp tác đã giao, gửi Tổng Giám đốc vào chiều thứ "
          "Sáu hằng tuần."),
    ("l", "2. Công ty đề nghị Liên minh Hợp tác xã tỉnh Hà Tĩnh chọn, giới thiệu 02 hợp tác xã trồng lạc đạt chứng nhận "
          "VietGAP để ký hợp đồng cho mùa sau, trước ngày 30/11/2026."),
    ("p", "Các phòng, kho căn cứ bảng phân công để làm; việc phát sinh báo Phó Tổng Giám đốc phụ trách sản xuất./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT cung ứng;", "- Các phòng, kho;", "- Lưu: VT, P.CU."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260928152000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "l": f'<p class="l">{e(text)}</p>'}[kind]


def turned_table() -> list[str]:
    out = ['<div class="turn"><div class="turned">',
           '<p class="b">BẢNG PHÂN CÔNG (kèm Kế hoạch số 27/KH-BKTC)</p>',
           '<table class="tasks">',
           '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
           '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        if row[0] == "band":
            out.append(f'<tr class="band"><td colspan="{len(COLUMNS)}">{e(row[1])}</td></tr>')
        else:
            cells = [f'<td class="c">{e(row[0])}</td>'] + [f'<td>{e(v)}</td>' for v in row[1:4]]
            cells.append(f'<td class="c">{e(row[4])}</td>')
            out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</table>', '</div></div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-BKTC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in PAGE1]
    out += turned_table()
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
