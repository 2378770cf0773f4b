"""Print b_dong-thap_37-KH-TVSH-2026_tui-vai-dat-may-htx.pdf, the two-hundred-and-eightieth held-out set's PDF, from
``sources/b_dong-thap_37-KH-TVSH-2026_tui-vai-dat-may-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen280/make_pdf.py

A cloth-bag maker's plan (October 2026) for putting out the sewing of canvas bags to cooperatives and buying sedge and
water hyacinth of cooperatives: the opening, I. purposes, II. the cooperatives (facts), III. a note, then ten TOTE BAGS
drawn two across — a handle arched over each bag, "TÚI 01" and the work on the bag's face, and a dashed STITCHED BAND
at its foot holding three lines "Quai chính: …" (the lead), "Quai phụ: …" (the partners, "—" none) and "Khâu miệng:
…" (the time); IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_dong-thap_37-KH-TVSH-2026_tui-vai-dat-may-htx"
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
.bags { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; margin: 6pt 0 10pt; }
.bag { position: relative; margin-top: 15mm; border: 1.6px solid #5b4a2e; border-radius: 2mm 2mm 7mm 7mm;
       background: #f4ecdc; padding: 3mm 4mm 0; break-inside: avoid; font-size: 10.5pt; }
.bag::before { content: ""; position: absolute; top: -13mm; left: 27%; width: 46%; height: 13mm;
               border: 2.6px solid #5b4a2e; border-bottom: none; border-radius: 50% 50% 0 0; }
.bag p { margin: 0 0 3pt; }
.bag p.no { font-weight: bold; text-align: center; letter-spacing: 1pt; }
.bag p.work { text-align: justify; }
.band { margin: 4pt -4mm 0; padding: 3pt 5mm 5pt; border-top: 1.4px dashed #5b4a2e; font-size: 9.5pt;
        background: #e8dcc2; border-radius: 0 0 6mm 6mm; }
.band p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("TÚI VẢI SEN HỒNG", "b"), ("Số: 37/KH-TVSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 22 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đặt hợp tác xã may túi vải bố, đan túi lục bình và mua cói của hợp tác xã năm 2027"

BEFORE = [
    ("p", "Đơn hàng túi vải thay túi ni lông của các chuỗi siêu thị năm 2027 tăng gần gấp đôi; xưởng của Công ty chỉ "
          "may được khoảng 25.000 túi mỗi tháng. Hội đồng quản trị đồng ý đưa phần may và phần đan ra các hợp tác xã, "
          "tổ hợp tác trong tỉnh, đồng thời mua cói, lục bình của hợp tác xã làm mặt túi. Tổng Giám đốc lập Kế hoạch "
          "này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đủ hàng cho đơn hàng năm 2027 mà không phải mở thêm xưởng; chất lượng túi gia công như túi may tại xưởng."),
    ("p", "- Có việc làm thường xuyên cho thợ may, thợ đan của hợp tác xã ở nông thôn."),
    ("h", "II. HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX May gia công Mỹ Thọ (32 máy may công nghiệp); Tổ hợp tác may Tân Hội (18 thợ may tại nhà); HTX Thủ công "
          "mỹ nghệ Thanh Bình (đan lục bình); HTX Chiếu cói Định Yên (trồng, nhuộm, dệt cói)."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc vẽ thành một chiếc túi. Trên dải khâu ở đáy túi: “Quai chính” là bộ phận chịu trách nhiệm chính, "
          "“Quai phụ” là nơi cùng may, cùng làm (dấu gạch “—” nghĩa là không ai), “Khâu miệng” là thời hạn phải xong."),
]

# (work, lead, partners, time)
BAGS = [
    ("Khảo sát máy may, số thợ, mặt bằng của HTX May gia công Mỹ Thọ và Tổ hợp tác may Tân Hội; chọn nơi đủ điều kiện "
     "nhận may túi vải bố", "Phòng Cung ứng", "Phòng Quản lý chất lượng", "15/11/2026"),
    ("Ký hợp đồng gia công 40.000 túi vải bố quý I/2027 với HTX May gia công Mỹ Thọ, đơn giá theo cỡ túi",
     "Phòng Kế toán", "Phòng Cung ứng, Phòng Kinh doanh", "trước 30/11/2026"),
    ("Cắt sẵn thân túi, quai, đáy túi tại xưởng và giao theo bộ cho nơi may; mỗi bộ kèm phiếu ghi số lượng, màu chỉ",
     "Xưởng Cắt", "Đội Giao nhận", "hằng tuần, từ tháng 12/2026"),
    ("Cùng HTX Thủ công mỹ nghệ Thanh Bình làm thử 03 mẫu túi đan lục bình có lót vải, quai da bò",
     "Phòng Thiết kế", "HTX Thủ công mỹ nghệ Thanh Bình", "tháng 12/2026"),
    ("Mua cói đã nhuộm màu tự nhiên của HTX Chiếu cói Định Yên để dệt mặt túi cói, ký theo từng vụ cói",
     "Phòng Cung ứng", "—", "tháng 3/2027"),
    ("Kiểm từng lô túi hợp tác xã giao: đường may, độ bền quai (treo 15 kg trong 10 phút), in logo; lô không đạt trả "
     "về sửa", "Phòng Quản lý chất lượng", "Xưởng Cắt", "khi nhận mỗi lô hàng"),
    ("Tập huấn may an toàn, giữ kho vải khô ráo và phòng cháy cho thợ của các hợp tác xã, tổ hợp tác nhận gia công",
     "Phòng Hành chính - Nhân sự", "Công an xã Mỹ Thọ", "quý I/2027"),
    ("Đưa túi cói, túi lục bình của hợp tác xã lên gian hàng trực tuyến của Công ty, ghi tên hợp tác xã làm ra trên "
     "nhãn", "Phòng Kinh doanh", "Phòng Thiết kế", "31/3/2027"),
    ("Thanh toán tiền công, tiền nguyên liệu cho hợp tác xã trong 07 ngày làm việc kể từ ngày nghiệm thu lô hàng",
     "Phòng Kế toán", "—", "sau mỗi lần nghiệm thu"),
    ("Tổng kết sáu tháng đặt hàng hợp tác xã; trình Hội đồng quản trị phương án tăng sản lượng túi gia công",
     "Phòng Kinh doanh", "Phòng Cung ứng, Phòng Kế toán", "15/7/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, đội có tên trên các túi làm đúng phần việc và thời hạn; vướng mắc gì thì báo ngay "
          "Phó Tổng Giám đốc (sản xuất)./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 04 HTX, THT cùng làm;", "- Các phòng, xưởng, đội;", "- Lưu: VT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hoàng Phúc Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:05 in Việt Nam
PDF_DATE = b"D:20261022100500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def bag(n: int, work: str, lead: str, partners: str, time: str) -> str:
    return (f'<div class="bag"><p class="no">TÚI {n:02d}</p><p class="work">{e(work)}</p>'
            f'<div class="band"><p>Quai chính: <b>{e(lead)}</b></p><p>Quai phụ: {e(partners)}</p>'
            f'<p>Khâu miệng: {e(time)}</p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 37/KH-TVSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="bags">')
    out += [bag(n, *entry) for n, entry in enumerate(BAGS, 1)]
    out.append('</div>')
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
