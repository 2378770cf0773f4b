"""Write b_hue_112-KH-APHUE-2026_vi-dien-tu-thanh-toan-qr-htx.pdf, the hundred-and-seventy-sixth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen176/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen176/make_pdf.py --html-only

An e-wallet company's city branch (August 2026) bringing cooperatives and cooperative groups of Huế to QR payments,
their members' pay-outs into e-wallets and sales on the wallet's mini-shop, up to Tết Đinh Mùi: the opening, I.
purposes and targets, II. how it works (facts), III. a note, then the work as A DOT-LEADER LIST as Word lays out a
paragraph with two right-aligned tab stops with dot leaders — no table: a heading line "Nội dung …… Phụ trách ……
Hạn", then under three bold round headings eleven numbered paragraphs, each ending in two fields reached by dots (the
room or rooms in charge, the deadline); a long paragraph wraps before the fields, whose dots start right after its
last word; IV. two requests; the closing sentence; the signature beside "Nơi nhận".

The dots are real full stops (as in a PDF Word writes), cut where the next field begins, so ``pdftotext`` prints the
last word, the dots and the field glued together ("tham gia.........P.PTĐT.....31/8/2026").

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hue_112-KH-APHUE-2026_vi-dien-tu-thanh-toan-qr-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.ld { display: flex; align-items: flex-end; margin: 0 0 5pt; break-inside: avoid; }
.ld .tx { flex: 1 1 0; min-width: 0; position: relative; overflow: hidden; }
.ld .tx .dots { position: absolute; white-space: nowrap; }
.ld .f { flex: none; display: flex; overflow: hidden; white-space: nowrap; }
.ld .who { width: 34mm; }
.ld .when { width: 45mm; }
.ld .f .dots { flex: 1 1 0; overflow: hidden; }
.ld .f .v { flex: none; }
.ld.top { font-weight: bold; margin-top: 6pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN VÍ ĐIỆN TỬ AN PHÚ", ""), ("CHI NHÁNH HUẾ", "b"), ("Số: 112/KH-APHUE", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 14 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa thanh toán qua ví điện tử vào các hợp tác xã, tổ hợp tác ở Huế đến Tết Nguyên đán Đinh Mùi"

BEFORE = [
    ("p", "Thực hiện Thỏa thuận hợp tác số 07/2026/TTHT ngày 28/7/2026 giữa Liên minh Hợp tác xã thành phố Huế và Công "
          "ty Cổ phần Ví điện tử An Phú về chuyển đổi số cho khu vực kinh tế tập thể, Chi nhánh Huế lập Kế hoạch triển "
          "khai từ nay đến sau Tết Nguyên đán Đinh Mùi với các nội dung dưới đây."),
    ("h", "I. MỤC ĐÍCH, CHỈ TIÊU"),
    ("p", "- 40 hợp tác xã, tổ hợp tác (quản lý chợ, làm sản phẩm OCOP, du lịch cộng đồng, làng nghề) nhận tiền bán hàng "
          "bằng mã QR; 1.500 thành viên mở ví và nhận tiền bán sản phẩm qua ví thay cho tiền mặt."),
    ("p", "- Hợp tác xã, tổ hợp tác không mất phí nhận tiền đến hết ngày 31/3/2027; không để xảy ra mất tiền do mã QR "
          "giả hoặc lừa đảo chuyển khoản."),
    ("h", "II. CÁCH THỨC"),
    ("p", "Mỗi hợp tác xã, tổ hợp tác dùng một mã QR gắn với tài khoản thanh toán đứng tên đơn vị; tiền vào tài khoản "
          "ngay khi khách quét mã. Thành viên mở ví bằng tài khoản định danh điện tử; hợp tác xã chuyển tiền bán sản "
          "phẩm cho từng thành viên theo bảng kê trên ứng dụng quản trị, không phải rút tiền mặt mang về thôn."),
    ("h", "III. LỊCH TRIỂN KHAI VÀ PHÂN CÔNG"),
    ("p", "Viết tắt: P.PTĐT - Phòng Phát triển đối tác; P.VH - Phòng Vận hành thanh toán; P.CSKH - Bộ phận Chăm sóc "
          "khách hàng; BP.TT - Bộ phận Tuân thủ. Ở cột phụ trách, bộ phận ghi trước chủ trì, bộ phận ghi sau phối "
          "hợp."),
]

# rounds: (heading, [(text, in charge, deadline)])
ROUNDS = [
    ("Đợt 1. Chuẩn bị (tháng 8 - 9/2026)", [
        ("1. Ký phụ lục thỏa thuận với Liên minh Hợp tác xã thành phố, chốt danh sách 40 hợp tác xã, tổ hợp tác "
         "tham gia", "P.PTĐT", "31/8/2026"),
        ("2. Kết nối tài khoản thanh toán của từng hợp tác xã, tổ hợp tác với ví; đơn vị chưa có tài khoản được "
         "hướng dẫn mở tại ngân hàng liên kết", "P.VH, P.PTĐT", "15/9/2026"),
        ("3. Tập huấn cán bộ hợp tác xã, tổ hợp tác nhận tiền qua mã QR, đối soát cuối ngày, nhận biết thủ đoạn lừa "
         "đảo; học tại hội trường Liên minh Hợp tác xã thành phố", "P.CSKH", "25/9/2026"),
    ]),
    ("Đợt 2. Triển khai (tháng 10 - 12/2026)", [
        ("4. Dán mã QR tại quầy, sạp của HTX Dịch vụ chợ An Cựu, HTX Nông nghiệp Thủy Thanh và các điểm bán sản "
         "phẩm OCOP của hợp tác xã", "P.PTĐT", "31/10/2026"),
        ("5. Mở ví tại chỗ cho thành viên, mỗi hợp tác xã một buổi vào ngày họp thành viên", "P.CSKH, P.PTĐT",
         "30/11/2026"),
        ("6. Chi trả tiền bán sản phẩm cho thành viên qua ví theo bảng kê, làm thử tại HTX Nông nghiệp Thủy Thanh "
         "trước khi nhân rộng", "P.VH", "11/2026 - 01/2027"),
        ("7. Mở gian hàng cho hợp tác xã có sản phẩm OCOP trên mục “Chợ quê” của ví", "P.PTĐT", "15/12/2026"),
        ("8. Rà soát giao dịch bất thường, khóa ngay mã QR bị dán đè hoặc bị báo giả mạo", "BP.TT", "Hằng tuần"),
    ]),
    ("Đợt 3. Cao điểm Tết và tổng kết (tháng 01 - 3/2027)", [
        ("9. Chương trình hoàn tiền 5% cho người mua hàng Tết của hợp tác xã bằng ví, tối đa 50.000 đồng mỗi giao "
         "dịch", "P.PTĐT, P.VH", "15/01 - 05/02/2027"),
        ("10. Trực tổng đài hỗ trợ hợp tác xã, tổ hợp tác suốt những ngày nghỉ Tết", "P.CSKH", "04 - 10/02/2027"),
        ("11. Tổng kết, báo cáo kết quả với Liên minh Hợp tác xã thành phố; đề xuất mở rộng sang các hợp tác xã còn "
         "lại", "P.PTĐT", "31/3/2027"),
    ]),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ CÁC ĐƠN VỊ CÙNG THỰC HIỆN"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã thành phố Huế thông báo Kế hoạch tới các hợp tác xã, tổ hợp tác thành viên và "
          "cử cán bộ cùng đi các buổi mở ví cho thành viên trong tháng 10 và tháng 11/2026."),
    ("p", "2. Đề nghị Công an phường An Cựu phối hợp với BP.TT tuyên truyền cho tiểu thương trong chợ cách nhận biết mã "
          "QR giả, xử lý các vụ dán đè mã QR khi có tin báo."),
    ("p", "Trên đây là Kế hoạch của Chi nhánh Huế; các phòng, bộ phận của Chi nhánh và các hợp tác xã, tổ hợp tác tham "
          "gia chủ động thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Tổng Giám đốc Công ty (b/c);", "- Liên minh HTX thành phố Huế (p/h);",
            "- 40 HTX, THT tham gia;", "- Các phòng, bộ phận của Chi nhánh;", "- Lưu: VT, P.PTĐT."]
SIGN = [("GIÁM ĐỐC CHI NHÁNH", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Bảo Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260814101500+07'00'"

DOTS = "." * 160


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def leader_line(text: str, who: str, when: str, cls: str = "ld") -> str:
    """A paragraph with two right-aligned tab stops and dot leaders: the text, then dots up to the room in charge,
    then dots up to the deadline."""
    return (f'<div class="{cls}"><span class="tx">{e(text)}<span class="dots">{DOTS}</span></span>'
            f'<span class="f who"><span class="dots">{DOTS}</span><span class="v">{e(who)}</span></span>'
            f'<span class="f when"><span class="dots">{DOTS}</span><span class="v">{e(when)}</span></span></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 112/KH-APHUE", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append(leader_line("Nội dung", "Phụ trách", "Hạn", "ld top"))
    for heading, items in ROUNDS:
        out.append(f'<h4>{e(heading)}</h4>')
        out += [leader_line(*item) for item in items]
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
