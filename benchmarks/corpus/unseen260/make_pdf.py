"""Print b_hai-phong_58-KH-NCCH-2026_ngu-cu-luoi-htx-khai-thac.pdf, the two-hundred-and-sixtieth held-out set's PDF,
from ``sources/b_hai-phong_58-KH-NCCH-2026_ngu-cu-luoi-htx-khai-thac.html``.

    .venv/bin/python benchmarks/corpus/unseen260/make_pdf.py

A fishing-gear maker's plan (August 2026) with fishing cooperatives for the northern fishing season: nets sold on
deferred payment, a net-mending tổ hợp tác hired at the port, old nets bought back for recycling. The opening, I.
purposes, II. the cooperatives (facts), III. a note, then ONE "TICKET" PER TASK: a narrow left stub holding the task's
number in large type ("01") and its time under it, a right part holding the work and, under a thin rule, a footer line
"▶ lead   ▷ partners" (partners split by ";", "—" for none); IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_hai-phong_58-KH-NCCH-2026_ngu-cu-luoi-htx-khai-thac"
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
div.ticket { display: grid; grid-template-columns: 24mm auto; border: 1px solid #000; margin: 0 0 5pt;
             break-inside: avoid; font-size: 11pt; }
div.stub { border-right: 1px dashed #000; text-align: center; padding: 3pt 2pt; }
div.stub p { margin: 0; }
div.stub p.no { font-size: 20pt; font-weight: bold; line-height: 1.1; }
div.stub p.when { font-size: 9pt; }
div.body { padding: 3pt 6pt; }
div.body p { margin: 0; text-align: justify; }
div.body p.who { border-top: 1px solid #999; margin-top: 3pt; padding-top: 2pt; font-size: 10pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NGƯ CỤ CÁT HẢI XANH", "b"), ("Số: 58/KH-NCCH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 21 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cung ứng lưới, vá lưới và thu hồi lưới cũ cùng các hợp tác xã khai thác hải sản vụ cá Bắc 2026 - 2027"

BEFORE = [
    ("p", "Công ty dệt lưới rê, lưới vây và làm phao, dây giềng cho tàu cá ở đặc khu Cát Hải và các xã ven biển của "
          "thành phố. Vụ cá Bắc năm trước, nhiều tàu phải mua lưới chịu giá cao của đại lý, lưới rách không có người "
          "vá kịp, lưới hỏng bị bỏ lại trên bãi triều. Hội đồng quản trị giao Ban Tổng Giám đốc làm việc trực tiếp "
          "với các hợp tác xã nghề cá và lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Thành viên hợp tác xã có lưới đúng cỡ mắt được phép, mua trả chậm trong vụ, không qua đại lý trung gian."),
    ("p", "- Lưới cũ được mua lại để kéo sợi tái chế; không còn lưới bỏ trên bãi triều và trên biển."),
    ("h", "II. CÁC HỢP TÁC XÃ, TỔ HỢP TÁC"),
    ("p", "HTX Khai thác hải sản Cát Hải: 38 tàu lưới rê, lưới vây. Tổ hợp tác vá lưới Phù Long: 22 thợ vá, phần lớn "
          "là vợ ngư dân. HTX Môi trường biển Đồ Sơn: thu gom rác thải tại cảng cá và bãi triều."),
    ("h", "III. VIỆC VÀ NGƯỜI LÀM"),
    ("p", "Mỗi việc là một ô: bên trái là số việc và thời hạn; bên phải là nội dung, dòng cuối có dấu ▶ chỉ bộ phận "
          "cầm việc, dấu ▷ chỉ bộ phận, đơn vị làm cùng (dấu “—” là không có)."),
]

# (time, work, lead, [partners])
TICKETS = [
    ("trước 15/9/2026",
     "Khảo sát cỡ mắt lưới, loại sợi mà các tàu của HTX Khai thác hải sản Cát Hải đang dùng; lập bảng nhu cầu lưới "
     "của từng tàu cho vụ cá Bắc",
     "Phòng Kinh doanh", ["HTX Khai thác hải sản Cát Hải"]),
    ("tháng 10/2026",
     "Dệt 60 vàng lưới rê ba lớp đúng cỡ mắt được phép, giao cho thành viên hợp tác xã trước khi vào gió mùa",
     "Xưởng Dệt lưới", ["Phòng Kỹ thuật - Chất lượng"]),
    ("quý IV/2026",
     "Bán lưới trả chậm 06 tháng cho thành viên hợp tác xã, không tính lãi, hợp tác xã đứng ra bảo lãnh",
     "Phòng Tài chính - Kế toán", ["Phòng Kinh doanh"]),
    ("khi tàu về cảng có lưới rách",
     "Thuê Tổ hợp tác vá lưới Phù Long vá, nối lưới ngay tại cảng cá; trả công theo mét lưới vá trong tuần",
     "Phòng Kỹ thuật - Chất lượng", ["Tổ hợp tác vá lưới Phù Long"]),
    ("hằng tháng",
     "Mua lại lưới cũ, lưới hỏng theo cân để kéo sợi tái chế; cân, ghi phiếu ngay tại điểm gom ở cảng",
     "Tổ Thu hồi lưới", ["HTX Môi trường biển Đồ Sơn"]),
    ("trước 30/11/2026",
     "Hướng dẫn thuyền trưởng đánh dấu lưới bằng phao ghi số đăng ký tàu, để lưới trôi dạt tìm được chủ",
     "Phòng Kỹ thuật - Chất lượng", ["Sở Nông nghiệp và Môi trường", "HTX Khai thác hải sản Cát Hải"]),
    ("tháng 01/2027",
     "Làm thử 200 phao lưới bằng nhựa tái chế, cho tàu của hợp tác xã dùng thử một chuyến biển",
     "Xưởng Dệt lưới", ["HTX Khai thác hải sản Cát Hải"]),
    ("31/3/2027",
     "Đối chiếu công nợ lưới bán trả chậm với từng hợp tác xã, thống nhất số còn phải trả",
     "Phòng Tài chính - Kế toán", []),
    ("tháng 4/2027",
     "Tổng kết vụ cá Bắc: số lưới bán, số lưới thu hồi, số mét lưới vá; báo cáo Hội đồng quản trị",
     "Phòng Kinh doanh", ["Phòng Tài chính - Kế toán", "Tổ Thu hồi lưới"]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, tổ làm theo các ô việc trên; vướng mắc báo Phó Tổng Giám đốc phụ trách kinh "
          "doanh trong tuần./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX, THT cùng làm;", "- Các phòng, xưởng, tổ;", "- Lưu: VT, KD."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Vũ Đình Hải Triều", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260821104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def ticket(n: int, time: str, work: str, lead: str, partners: list[str]) -> str:
    others = "; ".join(partners) or "—"
    return (f'<div class="ticket"><div class="stub"><p class="no">{n:02d}</p><p class="when">{e(time)}</p></div>'
            f'<div class="body"><p>{e(work)}</p>'
            f'<p class="who">▶ <b>{e(lead)}</b>&emsp;▷ {e(others)}</p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-NCCH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [ticket(n, *entry) for n, entry in enumerate(TICKETS, 1)]
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
