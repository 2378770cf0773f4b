"""Print b_hung-yen_22-KH-MX-2026_bot-an-dam-nhan-dinh-duong-htx.pdf, the two-hundred-and-seventy-second held-out set's
PDF, from ``sources/b_hung-yen_22-KH-MX-2026_bot-an-dam-nhan-dinh-duong-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen272/make_pdf.py

A baby-food maker's plan (September 2026) for buying organic rice, pumpkin, gac and fish of cooperatives for its
weaning cereals in 2027: the opening, I. purposes, II. the cooperatives (facts), III. a note, then ten boxes drawn like
a NUTRITION FACTS LABEL, two across: a heavy title "Việc 01", the work in bold as the product's name, a thick bar, a
row "Thành phần chính" | the lead (right), a thin rule, a row "Thành phần phụ" | the partners (right; "không" for
none), a thick bar, a row "Hạn dùng" | the time; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans for the labels, DejaVu Serif for the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hung-yen_22-KH-MX-2026_bot-an-dam-nhan-dinh-duong-htx"
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
.labels { display: grid; grid-template-columns: 1fr 1fr; column-gap: 5mm; row-gap: 5mm; margin: 6pt 0 10pt; }
.label { border: 1.5px solid #000; padding: 2mm 2.5mm; font-family: "DejaVu Sans"; font-size: 9.5pt;
         break-inside: avoid; }
.label .no { font-size: 15pt; font-weight: 900; margin: 0; border-bottom: 1px solid #000; }
.label .work { font-family: "DejaVu Serif"; font-size: 10.5pt; font-weight: bold; margin: 2pt 0 3pt;
               text-align: left; }
.label .bar { border-top: 6px solid #000; margin: 0; }
.label .thin { border-top: 1px solid #000; margin: 0; }
.label .fat { border-top: 3px solid #000; margin: 0; }
.label .row { display: grid; grid-template-columns: 38% 62%; padding: 1.5pt 0; }
.label .row .k { font-weight: bold; }
.label .row .v { text-align: right; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("THỰC PHẨM ĂN DẶM MẦM XANH", "b"), ("Số: 22/KH-MX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hưng Yên, ngày 05 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua gạo hữu cơ, bí đỏ, gấc và cá của hợp tác xã làm bột ăn dặm cho trẻ năm 2027"

BEFORE = [
    ("p", "Năm 2026 Công ty bán ra thị trường 410 tấn bột ăn dặm và cháo ăn liền cho trẻ từ 6 đến 36 tháng tuổi; "
          "gạo và bí đỏ chủ yếu mua qua thương lái, cá cơm sấy nhập từ tỉnh ngoài. Các bà mẹ hỏi ngày càng nhiều về "
          "nơi trồng, nơi đánh bắt. Được Hội đồng quản trị cho phép, từ năm 2027 Công ty lấy hàng thẳng "
          "từ các hợp tác xã của tỉnh theo các việc dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến hết năm 2027, toàn bộ gạo và ít nhất 70% bí đỏ, gấc, cá dùng cho bột ăn dặm mua của hợp tác xã, có "
          "chứng nhận hữu cơ hoặc có nhật ký sản xuất."),
    ("p", "- Trên mỗi hộp bột có mã truy xuất đến cánh đồng, ao, chuyến biển của hợp tác xã."),
    ("h", "II. CÁC HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX Nông nghiệp hữu cơ Đông Hưng Xanh (xã Đông Hưng): 85 ha lúa hữu cơ. HTX Bí đỏ Tiên Lữ (xã Tiên Lữ): bí "
          "đỏ, bí đao. HTX Gấc Kim Động (xã Kim Động): gấc, cà rốt. HTX Thủy sản Thái Thụy (xã Thái Thụy): cá cơm, cá "
          "thu, tôm biển."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc được in thành một “nhãn” như nhãn dinh dưỡng trên hộp bột: dòng “Thành phần chính” ghi bộ phận chịu "
          "trách nhiệm chính, dòng “Thành phần phụ” ghi bộ phận, đơn vị phối hợp, dòng “Hạn dùng” ghi thời hạn phải "
          "xong."),
]

# (work, lead, partners, time)
LABELS = [
    ("Đánh giá vùng lúa hữu cơ của HTX Nông nghiệp hữu cơ Đông Hưng Xanh; lấy mẫu đất, nước tưới, thóc gửi kiểm "
     "nghiệm", "Phòng Đảm bảo chất lượng", ["Phòng Thu mua"], "trước 30/9/2026"),
    ("Ký hợp đồng bao tiêu 120 tấn gạo hữu cơ vụ mùa 2026 và vụ xuân 2027", "Phòng Thu mua",
     ["Phòng Tài chính - Kế toán"], "tháng 10/2026"),
    ("Ứng trước 30% tiền hàng cho các hợp tác xã mua giống, phân hữu cơ", "Phòng Tài chính - Kế toán",
     ["Phòng Thu mua"], "trước 20/10/2026"),
    ("Mời cha mẹ có con nhỏ về cánh đồng hữu cơ trong ngày hội gặt lúa mùa", "Phòng Marketing",
     ["HTX Nông nghiệp hữu cơ Đông Hưng Xanh", "Hội Liên hiệp Phụ nữ xã Đông Hưng"], "cuối tháng 10/2026"),
    ("Làm thử ba mẻ bột bí đỏ - gạo lứt bằng bí của HTX Bí đỏ Tiên Lữ, chấm điểm cảm quan", "Phòng Nghiên cứu dinh dưỡng",
     ["Nhà máy Phố Nối", "HTX Bí đỏ Tiên Lữ"], "15/11/2026"),
    ("Hướng dẫn HTX Gấc Kim Động tách màng gấc, cấp đông ở âm 18 °C ngay trong ngày thu hái", "Nhà máy Phố Nối",
     ["Phòng Đảm bảo chất lượng"], "quý IV/2026"),
    ("Kiểm nghiệm thủy ngân, chì, cadimi trong cá cơm, cá thu của HTX Thủy sản Thái Thụy trước khi sấy",
     "Phòng Đảm bảo chất lượng", [], "mỗi lô cá nhập"),
    ("In mã QR truy xuất đến cánh đồng, chuyến biển của hợp tác xã trên từng hộp bột", "Phòng Marketing",
     ["Phòng Đảm bảo chất lượng", "Nhà máy Phố Nối"], "tháng 01/2027"),
    ("Làm hồ sơ xin Sở Nông nghiệp và Môi trường cấp mã số vùng trồng cho vùng bí đỏ, gấc",
     "Phòng Đảm bảo chất lượng", ["HTX Bí đỏ Tiên Lữ", "HTX Gấc Kim Động"], "quý I/2027"),
    ("Sơ kết nửa năm mua hàng của hợp tác xã, báo cáo Hội đồng quản trị", "Phòng Thu mua",
     ["Phòng Tài chính - Kế toán", "Phòng Nghiên cứu dinh dưỡng"], "tháng 7/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng và Giám đốc Nhà máy Phố Nối làm theo các nhãn trên; việc nào chậm so với hạn dùng thì báo Phó "
          "Tổng Giám đốc phụ trách nhà máy./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- 04 HTX cùng làm;", "- Các phòng, Nhà máy Phố Nối;", "- Lưu: VT, TM."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Đình Khánh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260905101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def label(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    return ('<div class="label">'
            f'<p class="no">Việc {n:02d}</p>'
            f'<p class="work">{e(work)}</p>'
            '<div class="bar"></div>'
            f'<div class="row"><span class="k">Thành phần chính</span><span class="v">{e(lead)}</span></div>'
            '<div class="thin"></div>'
            f'<div class="row"><span class="k">Thành phần phụ</span>'
            f'<span class="v">{e("; ".join(partners) or "không")}</span></div>'
            '<div class="fat"></div>'
            f'<div class="row"><span class="k">Hạn dùng</span><span class="v">{e(time)}</span></div>'
            '</div>')


def build_html() -> str:
    out = page_start("Kế hoạch 22/KH-MX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<div class="labels">']
    out += [label(n, *entry) for n, entry in enumerate(LABELS, 1)]
    out += ['</div>']
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
