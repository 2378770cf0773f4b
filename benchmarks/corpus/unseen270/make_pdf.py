"""Print b_hue_16-KH-DCG-2026_dieu-sao-mua-tre-giay-do-htx.pdf, the two-hundred-and-seventieth held-out set's PDF, from
``sources/b_hue_16-KH-DCG-2026_dieu-sao-mua-tre-giay-do-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen270/make_pdf.py

A kite maker's plan (August 2026) for buying bamboo, dó paper and silk of cooperatives for the autumn kite festival:
the opening, I. purposes, II. the cooperatives (facts), III. a note, then each task drawn as a DIAMOND KITE, two kites
across: a flag "DIỀU SỐ 01" over the kite, the work inside the diamond, under it the string down to a reel box
"Giữ dây: X" (the lead), a tail of bows "Đuôi diều: Y, Z" (partners; "—" none) and a pennant "Lên gió: time" (the
deadline); IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the kites in DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hue_16-KH-DCG-2026_dieu-sao-mua-tre-giay-do-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sky { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; margin: 6pt 0 10pt; }
.kite { break-inside: avoid; font-family: "DejaVu Sans"; font-size: 8.6pt; line-height: 1.3; }
.flag { text-align: center; font-weight: bold; font-size: 9pt; letter-spacing: 1px; margin-bottom: 2mm; }
.flag span { border: 1px solid #333; padding: 0 3mm; background: #fff3c4; }
.diamond { width: 64mm; height: 64mm; margin: 0 auto; background: #dfeffa;
           clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
           display: flex; align-items: center; justify-content: center; text-align: center; }
.diamond p { margin: 0; width: 40mm; }
.string { width: 0; height: 7mm; margin: 0 auto; border-left: 1px dashed #333; }
.reel { width: 52mm; margin: 0 auto; border: 1.5px solid #333; border-radius: 3mm; padding: 1mm 2mm;
        text-align: center; font-weight: bold; }
.tail { margin: 1.5mm 6mm 0; font-style: italic; }
.wind { margin: 1mm 6mm 0; }
.wind span { background: #333; color: #fff; padding: 0 2mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DIỀU SÁO CÁNH GIÓ", "b"), ("Số: 16/KH-DCG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 05 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua tre, giấy dó và lụa của hợp tác xã làm diều cho Lễ hội Diều mùa thu năm 2026"

BEFORE = [
    ("p", "Lễ hội Diều mùa thu năm 2026 diễn ra trên bãi biển Thuận An từ ngày 26 đến ngày 28 tháng 9. Công ty nhận "
          "làm 60 con diều lớn cho các đội thi và bán diều nhỏ cho khách. Năm trước tre, giấy mua trôi nổi nên nhiều "
          "khung diều cong vênh, giấy rách khi gặp gió mạnh. Công ty lập Kế hoạch này để mua vật liệu có nguồn gốc của "
          "các hợp tác xã."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Toàn bộ diều lớn dự lễ hội làm bằng tre, giấy dó, lụa của hợp tác xã; không dùng khung nhựa, giấy nilon."),
    ("p", "- Giúp hợp tác xã có thêm đơn hàng gia công khung diều và sáo diều quanh năm."),
    ("h", "II. CÁC HỢP TÁC XÃ LIÊN KẾT"),
    ("p", "HTX Nông nghiệp Phong Điền (xã Phong Điền): tre già, trúc, vỏ bầu khô. HTX Giấy dó Đông Cao (tỉnh Bắc "
          "Ninh): giấy dó khổ lớn. HTX Lụa Hương Vinh (phường Hương Trà): lụa tơ tằm mỏng. HTX Vận tải Hương Giang: "
          "xe tải nhỏ."),
    ("h", "III. GIAO VIỆC"),
    ("p", "Mỗi việc vẽ thành một con diều: việc ghi trong thân diều; ô cuối sợi dây “Giữ dây” là bộ phận chịu trách "
          "nhiệm chính; “Đuôi diều” là bộ phận, đơn vị cùng làm (gạch ngang là không có); “Lên gió” là thời hạn xong."),
]

# (work, lead, [partners], time)
KITES = [
    ("Chọn mua 2.000 cây tre già trên ba năm tuổi của HTX Nông nghiệp Phong Điền, ngâm bùn, phơi khô làm khung diều",
     "Tổ Khung diều", ["HTX Nông nghiệp Phong Điền"], "31/8/2026"),
    ("Ký hợp đồng mua 600 tờ giấy dó khổ lớn của HTX Giấy dó Đông Cao, giao làm hai đợt",
     "Bộ phận Kế toán", [], "trước 25/8/2026"),
    ("May cánh lụa cho 40 con diều rồng, diều phượng dự thi bằng lụa tơ tằm của HTX Lụa Hương Vinh",
     "Tổ Dán và vẽ", ["HTX Lụa Hương Vinh"], "tháng 9/2026"),
    ("Chọn ống trúc, vỏ bầu khô của hợp tác xã để khoét sáo diều, thử tiếng từng bộ sáo trên bãi biển",
     "Tổ Sáo diều", ["Tổ Khung diều"], "trước 15/9/2026"),
    ("Dựng khu trưng bày “Diều từ hợp tác xã” tại bãi thả, ghi tên hợp tác xã làm ra từng loại vật liệu",
     "Bộ phận Sự kiện", ["Bộ phận Bán hàng", "UBND phường Thuận An"], "20/9/2026"),
    ("Thuê xe của HTX Vận tải Hương Giang chở diều lớn, giá thả và sáo diều ra bãi trước giờ thi",
     "Bộ phận Sự kiện", ["Tổ Sáo diều"], "mỗi ngày thi"),
    ("Làm 500 bộ diều giấy dó tự lắp cho trẻ em, bán kèm tờ giới thiệu làng nghề giấy dó",
     "Bộ phận Bán hàng", ["HTX Giấy dó Đông Cao"], "quý IV/2026"),
    ("Mở lớp ba buổi dạy vót tre, buộc khung cho 15 xã viên HTX Nông nghiệp Phong Điền để hợp tác xã nhận gia công",
     "Tổ Khung diều", [], "tháng 10/2026"),
    ("Trả tiền vật liệu cho từng hợp tác xã trong 07 ngày làm việc sau khi nghiệm thu lô hàng",
     "Bộ phận Kế toán", [], "sau mỗi lần nghiệm thu"),
    ("Tổng kết doanh thu diều làm từ vật liệu của hợp tác xã, đề xuất đơn hàng năm 2027 với từng hợp tác xã",
     "Bộ phận Bán hàng", ["Bộ phận Kế toán"], "30/11/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Tổ trưởng các tổ, trưởng các bộ phận làm theo phần việc trên; có vướng mắc báo Giám đốc để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 04 HTX cung ứng vật liệu;", "- Các tổ, bộ phận;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Thất Minh Triết", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260805101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def kite(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    tail = ", ".join(partners) if partners else "—"
    return (f'<div class="kite"><div class="flag"><span>DIỀU SỐ {n:02d}</span></div>'
            f'<div class="diamond"><p>{e(work)}</p></div><div class="string"></div>'
            f'<div class="reel">Giữ dây: {e(lead)}</div>'
            f'<p class="tail">Đuôi diều: {e(tail)}</p>'
            f'<p class="wind"><span>Lên gió: {e(time)}</span></p></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 16/KH-DCG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="sky">')
    out += [kite(n, *entry) for n, entry in enumerate(KITES, 1)]
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
