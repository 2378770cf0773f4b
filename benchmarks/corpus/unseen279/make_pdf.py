"""Print b_can-tho_41-KH-BNPH-2026_bat-phoi-lua-bat-lot-ao-htx.pdf, the two-hundred-and-seventy-ninth held-out set's PDF,
from ``sources/b_can-tho_41-KH-BNPH-2026_bat-phoi-lua-bat-lot-ao-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen279/make_pdf.py

A tarpaulin and pond-liner maker's plan (March 2026) for selling drying tarps and shrimp-pond liners to cooperatives and
taking their worn tarps back: the opening, I. purposes, II. a note on how to read the drawings, then each task drawn
as A SHEET OF TARPAULIN UNROLLING FROM A ROLL — the roll at the left labelled "CUỘN 01" …, the sheet with eyelets at its
corners holding the work, and along its lower hem three fields "Kéo bạt: X" (the lead), "Giữ mép: Y, Z" (partners,
"—" for none) and "Cuốn lại: time" (the deadline); III. closing; the signature beside "Nơi nhận".

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
STEM = "b_can-tho_41-KH-BNPH-2026_bat-phoi-lua-bat-lot-ao-htx"
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
.tarp { display: flex; align-items: stretch; margin: 0 0 9pt; break-inside: avoid; }
.roll { width: 17mm; border: 1.5px solid #1d4e89; border-radius: 8mm / 4mm; background: #9cc3e6;
        display: flex; align-items: center; justify-content: center; font-size: 8.5pt; font-weight: bold;
        color: #0c2c52; text-align: center; }
.sheet { flex: 1; position: relative; border: 1.5px solid #1d4e89; border-left: none; background: #e3effa;
         padding: 6pt 10pt 4pt 12pt; font-size: 11pt; }
.sheet .hole { position: absolute; width: 6px; height: 6px; border: 1.5px solid #555; border-radius: 50%;
               background: #fff; }
.sheet .tl { top: 3px; left: 4px; } .sheet .tr { top: 3px; right: 4px; }
.sheet .bl { bottom: 3px; left: 4px; } .sheet .br { bottom: 3px; right: 4px; }
.sheet p.work { margin: 0 0 4pt; text-align: justify; }
.hem { display: flex; gap: 6mm; border-top: 1px dashed #1d4e89; padding-top: 2pt; font-size: 10pt; }
.hem span.k { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("BẠT NHỰA PHƯỚC HƯNG", "b"), ("Số: 41/KH-BNPH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 12 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cung ứng bạt phơi lúa, bạt lót ao nuôi tôm cho hợp tác xã và thu hồi bạt cũ năm 2026"

BEFORE = [
    ("p", "Sau khi sáp nhập tỉnh, vùng bán hàng của Công ty mở rộng sang các xã trồng lúa, nuôi tôm của Sóc Trăng, Hậu "
          "Giang cũ. Nhiều hợp tác xã vẫn phơi lúa trên nền đất, lót ao bằng bạt mỏng mua trôi nổi, một mùa đã rách, "
          "bạt bỏ lại bờ ruộng, bờ kênh. Hội đồng quản trị đồng ý để Công ty bán thẳng cho hợp tác xã, giá ưu đãi, và "
          "nhận lại bạt cũ; Tổng Giám đốc Công ty đề ra Kế hoạch dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến cuối năm 2026 có ít nhất 10 hợp tác xã dùng bạt phơi lúa, bạt lót ao của Công ty, hợp đồng cả năm."),
    ("p", "- Không để bạt cũ của hợp tác xã bị đốt hay vứt ra kênh: Công ty nhận lại, chuyển cho đơn vị tái chế."),
    ("h", "II. PHÂN CÔNG"),
    ("p", "Mỗi việc dưới đây vẽ như một tấm bạt trải ra từ cuộn. Đơn vị ghi ở “Kéo bạt” chịu trách nhiệm chính; đơn vị "
          "ở “Giữ mép” cùng làm (dấu “—” là không có); “Cuốn lại” là thời hạn xong việc."),
]

# (work, lead, partners, time)
SHEETS = [
    ("Khảo sát diện tích sân phơi, số ao tôm và loại bạt đang dùng của 12 hợp tác xã ở các xã Kế Sách, An Lạc Thôn, "
     "Vĩnh Viễn; lập danh sách hợp tác xã muốn mua", "Phòng Kinh doanh", ["Liên minh Hợp tác xã thành phố Cần Thơ"],
     "15/4/2026"),
    ("Sản xuất thử 2.000 m² bạt phơi lúa khổ 4 m, khoen đồng mỗi mét, giao HTX Nông nghiệp Tân Long phơi thử trong vụ "
     "Xuân Hè", "Xưởng Dệt tráng", ["Phòng Kỹ thuật - KCS", "HTX Nông nghiệp Tân Long"], "tháng 5/2026"),
    ("Bán trả chậm bạt lót ao HDPE cho hợp tác xã nuôi tôm, hợp tác xã trả dần sau khi thu hoạch, không tính lãi",
     "Phòng Tài chính - Kế toán", ["Phòng Kinh doanh"], "trước 30/6/2026"),
    ("Cử thợ hàn bạt đến ao, hướng dẫn tổ kỹ thuật của các hợp tác xã hàn nối, vá bạt lót bằng máy hàn nhiệt cầm tay",
     "Đội Thi công lót ao", [], "quý II/2026"),
    ("Ký hợp đồng với HTX Dịch vụ môi trường Long Mỹ băm, rửa bạt cũ thành hạt nhựa; làm thủ tục chuyển giao chất thải "
     "rắn thông thường", "Phòng Vật tư", ["Sở Nông nghiệp và Môi trường thành phố Cần Thơ"], "31/7/2026"),
    ("Nhận lại bạt cũ, rách của hợp tác xã tại bãi tập kết, trừ 15% vào giá bạt mới mua cùng đợt",
     "Kho Thành phẩm", ["Phòng Kinh doanh", "HTX Dịch vụ môi trường Long Mỹ"], "sau mỗi vụ thu hoạch"),
    ("Đặt 03 điểm trưng bày bạt mẫu tại trụ sở hợp tác xã, treo bảng giá và số điện thoại đặt hàng",
     "Phòng Kinh doanh", ["HTX Nông nghiệp Tân Long"], "tháng 8/2026"),
    ("Đổi bạt lỗi (bong lớp tráng, rách mép khoen) trong 12 tháng kể từ ngày giao; nhận báo lỗi qua Zalo của Công ty",
     "Phòng Kỹ thuật - KCS", ["Đội Thi công lót ao"], "thường xuyên"),
    ("Sơ kết số bạt đã bán, đã thu hồi và ý kiến của hợp tác xã, báo cáo Hội đồng quản trị, đề xuất giá năm 2027",
     "Phòng Kinh doanh", ["Phòng Tài chính - Kế toán", "Phòng Vật tư"], "30/11/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, đội, kho làm theo phần phân công trên; hằng tháng gửi Phòng Kinh doanh số liệu bạt "
          "bán và bạt thu hồi. Phát sinh khó khăn, các đơn vị báo ngay Phó Tổng Giám đốc phụ trách bán hàng./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Liên minh HTX thành phố Cần Thơ;", "- Các HTX liên kết;",
            "- Các phòng, xưởng, đội, kho;", "- Lưu: VT, KD."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Tấn Phước", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260312101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def sheet(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    holes = "".join(f'<span class="hole {c}"></span>' for c in ("tl", "tr", "bl", "br"))
    helpers = ", ".join(partners) if partners else "—"
    return (f'<div class="tarp"><div class="roll">CUỘN<br>{n:02d}</div><div class="sheet">{holes}'
            f'<p class="work">{e(work)}</p>'
            f'<div class="hem"><span><span class="k">Kéo bạt:</span> <b>{e(lead)}</b></span>'
            f'<span><span class="k">Giữ mép:</span> {e(helpers)}</span>'
            f'<span><span class="k">Cuốn lại:</span> {e(time)}</span></div></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-BNPH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [sheet(n, *entry) for n, entry in enumerate(SHEETS, 1)]
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
