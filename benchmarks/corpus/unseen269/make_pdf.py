"""Print b_dong-nai_08-KH-NHTT-2026_nuoc-hoa-nguyen-lieu-htx.pdf, the two-hundred-and-sixty-ninth held-out set's PDF,
from ``sources/b_dong-nai_08-KH-NHTT-2026_nuoc-hoa-nguyen-lieu-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen269/make_pdf.py

A perfume maker's plan (March 2026) for buying pomelo flowers, jasmine, lemongrass, melaleuca oil and agarwood of
cooperatives for a line of Vietnamese scents: the opening, I. purposes, II. the cooperatives (facts), III. a note on
how a bottle is read, then ten BOTTLE-SHAPED CARDS two across — a dark cap, a neck label "MÙI 01", the body holding the
work, and at its foot a label band of three lines "Người pha chính: X" (the lead) / "Pha cùng: Y, Z" (the partners,
"—" for none) / "Ủ hương đến: time"; IV. organisation; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the bottles' labels DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-nai_08-KH-NHTT-2026_nuoc-hoa-nguyen-lieu-htx"
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
.shelf { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; margin: 6pt 0 10pt; }
.bottle { break-inside: avoid; display: flex; flex-direction: column; align-items: center; }
.cap { width: 16mm; height: 5mm; background: #3b2a1a; border-radius: 1.5mm 1.5mm 0 0; }
.neck { width: 26mm; border: 1.2px solid #3b2a1a; border-bottom: none; text-align: center; font-family: "DejaVu Sans";
        font-size: 8.5pt; font-weight: bold; letter-spacing: 1pt; padding: 1pt 0; background: #f3e9d8; }
.body { width: 100%; border: 1.2px solid #3b2a1a; border-radius: 9mm 9mm 4mm 4mm; padding: 9pt 8pt 0;
        box-sizing: border-box; background: #fbf7ef; }
.work { font-size: 10.5pt; text-align: justify; margin: 0 0 6pt; min-height: 24mm; }
.label { border-top: 1px dashed #3b2a1a; font-family: "DejaVu Sans"; font-size: 8.5pt; padding: 3pt 0 6pt; }
.label p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NƯỚC HOA TÂN TRIỀU", "b"), ("Số: 08/KH-NHTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 20 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua nguyên liệu hương của hợp tác xã cho dòng nước hoa “Hương Việt” năm 2026"

BEFORE = [
    ("p", "Dòng nước hoa “Hương Việt” của Công ty dùng tinh dầu hoa bưởi, hoa nhài, sả chanh, tràm và trầm hương. "
          "Năm 2025 phần lớn tinh dầu phải nhập qua trung gian, có lô bị pha loãng, không truy được nơi trồng. Hội đồng "
          "quản trị giao Ban Tổng Giám đốc chuyển dần sang mua hoa tươi, lá và tinh dầu thô của các hợp tác xã."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến cuối năm 2026, ít nhất 60% nguyên liệu hương của dòng “Hương Việt” có nguồn gốc từ hợp tác xã, mỗi lô "
          "ghi rõ vườn, ngày hái."),
    ("p", "- Hợp tác xã bán được hoa, lá với giá ổn định cả năm, không phụ thuộc thương lái."),
    ("h", "II. CÁC HỢP TÁC XÃ DỰ KIẾN LIÊN KẾT"),
    ("p", "HTX Bưởi Tân Triều (xã Tân An): hoa bưởi tháng 2 - 3. HTX Hoa nhài Phước Thiền: nhài hái đêm. HTX Sả chanh "
          "Bình Minh: lá sả, tinh dầu sả. HTX Tràm gió Long Phước: tinh dầu tràm thô. HTX Trầm hương Vạn Giã (Khánh "
          "Hòa): dăm trầm, dầu trầm."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc là một chai: trên cổ chai là số thứ tự, trong thân chai là việc phải làm. Nhãn dưới thân chai ghi "
          "“Người pha chính” là bộ phận chịu trách nhiệm chính, “Pha cùng” là nơi phối hợp (gạch ngang là không có), "
          "“Ủ hương đến” là thời hạn."),
]

# (work, lead, [partners], time)
BOTTLES = [
    ("Đặt thu mua 2,5 tấn hoa bưởi tươi của HTX Bưởi Tân Triều, hái sáng sớm, giao tới xưởng trong 4 giờ sau khi hái",
     "Phòng Thu mua", ["Xưởng Chưng cất"], "15/4/2026"),
    ("Chưng cất thử ba mẻ tinh dầu hoa bưởi, so độ thơm với tinh dầu nhập khẩu, lưu mẫu đối chứng",
     "Xưởng Chưng cất", ["Phòng Nghiên cứu mùi hương"], "tháng 5/2026"),
    ("Ký hợp đồng bao tiêu hoa nhài cả mùa với HTX Hoa nhài Phước Thiền, giá theo từng tháng",
     "Phòng Thu mua", ["Phòng Tài chính - Kế toán"], "trước 30/4/2026"),
    ("Hướng dẫn HTX Sả chanh Bình Minh cách cắt, phơi lá và chưng cất tinh dầu sả đạt độ tinh khiết Công ty yêu cầu",
     "Phòng Nghiên cứu mùi hương", ["HTX Sả chanh Bình Minh"], "quý II/2026"),
    ("Lấy mẫu mọi lô tinh dầu tràm thô của HTX Tràm gió Long Phước, kiểm nghiệm độ tinh khiết trước khi nhập kho",
     "Phòng Chất lượng", [], "mỗi lô hàng nhập"),
    ("Mua thử 20 kg dăm trầm và 2 lít dầu trầm của HTX Trầm hương Vạn Giã, kèm giấy tờ nguồn gốc cây trầm trồng",
     "Phòng Thu mua", ["Phòng Chất lượng", "HTX Trầm hương Vạn Giã"], "tháng 6/2026"),
    ("Pha ba mùi mới “Bưởi sớm”, “Nhài đêm”, “Trầm quê” từ nguyên liệu của hợp tác xã, mời khách thử mùi",
     "Phòng Nghiên cứu mùi hương", [], "30/8/2026"),
    ("In trên hộp và nhãn chai tên, địa chỉ hợp tác xã cung cấp nguyên liệu chính, kèm mã QR truy xuất",
     "Phòng Thương hiệu", ["Phòng Chất lượng"], "trước 30/9/2026"),
    ("Trả tiền hàng cho từng hợp tác xã chậm nhất 10 ngày làm việc sau khi nhận đủ hóa đơn, chứng từ",
     "Phòng Tài chính - Kế toán", [], "sau mỗi lần giao hàng"),
    ("Nhìn lại cả năm mua nguyên liệu từ hợp tác xã, kiến nghị Hội đồng quản trị giá và sản lượng năm 2027",
     "Phòng Thu mua", ["Phòng Tài chính - Kế toán", "Phòng Nghiên cứu mùi hương"], "15/12/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng có tên ở dòng “Người pha chính” tự lập tiến độ chi tiết; Phòng Thu mua tổng hợp, "
          "báo cáo Phó Tổng Giám đốc phụ trách sản xuất vào ngày 25 hằng tháng./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 05 HTX liên kết;", "- Các phòng, xưởng;", "- Lưu: VT, TM."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Ngọc Quế Anh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260320101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def bottle(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    return ('<div class="bottle"><div class="cap"></div>'
            f'<div class="neck">MÙI {n:02d}</div>'
            f'<div class="body"><p class="work">{e(work)}</p><div class="label">'
            f'<p>Người pha chính: <b>{e(lead)}</b></p>'
            f'<p>Pha cùng: {e(", ".join(partners) or "—")}</p>'
            f'<p>Ủ hương đến: <b>{e(time)}</b></p></div></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 08/KH-NHTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="shelf">')
    out += [bottle(n, *entry) for n, entry in enumerate(BOTTLES, 1)]
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
