"""Print b_khanh-hoa_63-KH-RHD-2026_rap-phim-bap-rang-htx.pdf, the two-hundred-and-fifty-sixth held-out set's PDF, from
``sources/b_khanh-hoa_63-KH-RHD-2026_rap-phim-bap-rang-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen256/make_pdf.py

A cinema chain's plan (October 2026) for buying popping corn, dried grapes and cashews of cooperatives for the snack
counters of its cinemas: the opening, I. purposes, II. the cooperatives (facts), III. a note, then A TWO-COLUMN GRID OF
CARDS, ONE CARD PER LEADING DEPARTMENT — the department's name in the card's dark band, its works numbered 1. to 10.
right through the cards, each work followed by a small row with "Bên giúp: …" (the partners, or "—") on the left and
the time "Xong: …" on the right —; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the cards in DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_khanh-hoa_63-KH-RHD-2026_rap-phim-bap-rang-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 5mm; margin: 6pt 0 10pt; }
.card { border: 1px solid #333; border-radius: 3mm; overflow: hidden; break-inside: avoid;
        font-family: "DejaVu Sans"; font-size: 9.5pt; }
.band { background: #1f2a44; color: #fff; font-weight: bold; padding: 4pt 7pt; letter-spacing: 0.5pt; }
.item { padding: 5pt 7pt 4pt; border-top: 1px dashed #999; }
.item:first-of-type { border-top: none; }
.item p { margin: 0; text-align: justify; }
.meta { display: flex; justify-content: space-between; margin-top: 3pt; font-size: 8.5pt; color: #444; }
.meta .due { font-weight: bold; color: #000; white-space: nowrap; padding-left: 6pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("RẠP CHIẾU PHIM HẢI ĐĂNG", "b"), ("Số: 63/KH-RHĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua bắp hạt, nho sấy và hạt điều của hợp tác xã cho quầy bắp nước các rạp năm 2027"

BEFORE = [
    ("p", "Hai rạp của Công ty ở phường Nha Trang và phường Phan Rang bán mỗi tháng khoảng 31.000 hộp bắp rang; bắp hạt "
          "hiện nhập qua nhà phân phối ở Thành phố Hồ Chí Minh, giá cao và hay trễ hàng vào dịp phim Tết. Khánh Hòa "
          "sau hợp nhất có vùng bắp, vùng nho, vùng điều của các hợp tác xã, nên Ban Tổng Giám đốc quyết định mua "
          "tại chỗ và lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Giảm phụ thuộc nhà phân phối ngoài tỉnh; bắp hạt của hợp tác xã chiếm từ nửa lượng dùng năm 2027."),
    ("p", "- Quầy bắp nước có thêm món ăn vặt của địa phương, kể được câu chuyện nơi trồng cho khán giả."),
    ("h", "II. HỢP TÁC XÃ SẼ LÀM CÙNG"),
    ("p", "HTX Bắp nếp Suối Tân (xã Suối Tân): bắp nổ trồng thử vụ đông xuân. HTX Nho Phước Thuận (xã Phước Hậu): nho "
          "sấy không đường. THT Điều Ninh Sơn (xã Ninh Sơn): hạt điều rang muối, đóng gói nhỏ."),
    ("h", "III. VIỆC CỦA TỪNG PHÒNG, BỘ PHẬN"),
    ("p", "Mỗi ô dưới đây là phần việc của phòng hoặc bộ phận ghi trên dải màu đầu ô, nơi ấy chịu trách nhiệm chính. "
          "Dưới mỗi việc, chữ nhỏ bên trái “Bên giúp” là nơi cùng làm (gạch ngang là không có), bên phải là hạn xong."),
]

# (department, [(work, helpers, due)])
CARDS = [
    ("PHÒNG THU MUA", [
        ("Xuống ruộng của HTX Bắp nếp Suối Tân chọn giống bắp nổ, đặt trồng thử 2 ha vụ đông xuân",
         "Bộ phận Quầy bắp nước", "31/10/2026"),
        ("Ký hợp đồng mua 18 tấn bắp hạt khô mỗi năm, chốt giá theo từng vụ", "Phòng Kế toán", "tháng 12/2026"),
        ("Lấy hàng mẫu nho sấy của HTX Nho Phước Thuận và hạt điều của THT Điều Ninh Sơn cho ban giám khảo nếm thử",
         "—", "quý IV/2026"),
    ]),
    ("PHÒNG VẬN HÀNH RẠP", [
        ("Dành ở quầy mỗi rạp một ngăn kệ bày nho sấy, hạt điều có tem truy xuất của hợp tác xã", "Phòng Marketing",
         "trước 15/01/2027"),
        ("Dạy nhân viên quầy nói vài câu về nơi trồng bắp khi khán giả hỏi", "HTX Bắp nếp Suối Tân",
         "tháng 01/2027"),
    ]),
    ("PHÒNG MARKETING", [
        ("Ra combo “Bắp quê” — bắp rang từ bắp hợp tác xã kèm gói nho sấy — bán mùa phim Tết Đinh Mùi",
         "Phòng Vận hành rạp, Phòng Thu mua", "trước 25/01/2027"),
        ("Chiếu clip 30 giây quay cánh đồng bắp trước mỗi suất chiếu", "—", "khi combo mở bán"),
    ]),
    ("PHÒNG KẾ TOÁN", [
        ("Thanh toán cho hợp tác xã không quá 15 ngày kể từ lúc nhận hàng và hóa đơn", "—", "theo từng lô hàng"),
        ("Theo dõi doanh thu từng món của hợp tác xã, gửi số liệu cho Phòng Thu mua", "—", "hằng tuần"),
    ]),
    ("BỘ PHẬN QUẦY BẮP NƯỚC", [
        ("Ghi nhận xét của khán giả về vị bắp, độ giòn; tổng hợp sau ba tháng bán", "Phòng Marketing",
         "tháng 4/2027"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, bộ phận làm theo phần việc trong ô của mình; vướng ở đâu báo ngay Phó Tổng Giám đốc phụ "
          "trách vận hành./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Các HTX, THT cùng làm;", "- Các phòng, bộ phận;", "- Lưu: VT."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Tôn Nữ Bảo Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20261002104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def cards() -> list[str]:
    out = ['<div class="grid">']
    n = 0
    for dept, items in CARDS:
        out.append(f'<div class="card"><div class="band">{e(dept)}</div>')
        for work, helpers, due in items:
            n += 1
            out.append(f'<div class="item"><p>{n}. {e(work)}</p>'
                       f'<div class="meta"><span>Bên giúp: {e(helpers)}</span>'
                       f'<span class="due">Xong: {e(due)}</span></div></div>')
        out.append('</div>')
    out.append('</div>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-RHĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += cards()
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
