"""Print b_thanh-hoa_31-KH-MH-2025_giay-dep-quai-coi-htx.pdf, the two-hundred-and-sixty-sixth held-out set's PDF, from
``sources/b_thanh-hoa_31-KH-MH-2025_giay-dep-quai-coi-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen266/make_pdf.py

A footwear maker's plan (November 2025) for buying hand-woven sedge straps and embroidered shoe bags of cooperatives
for its summer 2026 sandals: the opening, I. purposes, II. the cooperatives (facts), III. a FOOTPRINT TRAIL: a dashed
line down the middle of the page, one card a task alternating LEFT and RIGHT of it, a round badge on the line with the
task's number; each card opens with its TIME as a header, then the work, then two foot lines "Dẫn bước: lead" and
"Theo bước: partners"; IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_thanh-hoa_31-KH-MH-2025_giay-dep-quai-coi-htx"
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
.trail { position: relative; margin: 6pt 0 10pt; }
.trail::before { content: ""; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 2px dashed #555; }
.step { display: grid; grid-template-columns: 1fr 16mm 1fr; align-items: start; break-inside: avoid; margin-bottom: 4pt; }
.badge { grid-column: 2; justify-self: center; width: 10mm; height: 10mm; border-radius: 50%; background: #3b2a1a;
         color: #fff; font: bold 10pt "DejaVu Sans"; text-align: center; line-height: 10mm; position: relative; }
.card { border: 1px solid #7a5c3e; border-radius: 4pt; padding: 3pt 6pt; font-size: 10.5pt; background: #fbf6ee; }
.step.left .card { grid-column: 1; grid-row: 1; }
.step.right .card { grid-column: 3; grid-row: 1; }
.card .when { font-weight: bold; border-bottom: 1px solid #7a5c3e; margin: 0 0 2pt; }
.card p { margin: 0 0 2pt; text-align: justify; }
.card p.foot { font-size: 9.5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("GIÀY DÉP MỘC HÀI", "b"), ("Số: 31/KH-MH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 05 tháng 11 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đặt quai cói đan tay và túi thêu của hợp tác xã cho bộ sưu tập dép hè năm 2026"

BEFORE = [
    ("p", "Dòng dép quai cói của Công ty bán chạy ở các tỉnh phía Nam và cho khách nước ngoài, nhưng quai vẫn mua qua "
          "cai thầu, sợi to nhỏ không đều, hay mốc khi đi biển. Hội đồng quản trị đã đồng ý đặt hàng thẳng với các hợp "
          "tác xã đan cói trong tỉnh; Ban Tổng Giám đốc lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Bộ sưu tập hè 2026 có ít nhất 40.000 đôi dép quai cói, toàn bộ quai do hợp tác xã đan, không qua trung gian."),
    ("p", "- Thành viên hợp tác xã có việc làm đều quanh năm, tiền công trả đúng hạn."),
    ("h", "II. HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX Thủ công cói Hồng Thắng: đan quai, đan đế lót bằng cói chẻ nhỏ. HTX Dệt chiếu cói Bình Minh: dệt tấm cói "
          "khổ hẹp để cắt quai bản to. HTX May thêu Sông Mã: may, thêu túi vải bố đựng giày."),
    ("h", "III. LỘ TRÌNH THỰC HIỆN"),
    ("p", "Các việc xếp thành một lộ trình theo thời gian, hai bên đường kẻ giữa trang. Trên mỗi ô là thời hạn; “Dẫn "
          "bước” là bộ phận chịu trách nhiệm chính, “Theo bước” là bộ phận, đơn vị phối hợp."),
]

# (time, work, lead, partners)
STEPS = [
    ("Trước 30/11/2025",
     "Đến xưởng của các hợp tác xã chọn loại cói sợi nhỏ, dẻo, đo độ ẩm cói khô; đặt đan thử 200 đôi quai theo "
     "ba mẫu", "Phòng Phát triển mẫu", "Phòng Mua hàng"),
    ("Tháng 12/2025",
     "Ký hợp đồng khung mua quai cói năm 2026 với HTX Thủ công cói Hồng Thắng và HTX Dệt chiếu cói Bình Minh, giá "
     "theo đôi, giao hàng hai lần mỗi tháng", "Phòng Mua hàng", "Phòng Tài chính - Kế toán"),
    ("Trước 15/01/2026",
     "Cử kỹ thuật viên xuống hợp tác xã hướng dẫn đan theo khuôn cỡ 35 đến 44 và hấp hơi nước chống mốc trước khi "
     "đóng bao", "Xưởng Gò ráp", "HTX Thủ công cói Hồng Thắng"),
    ("Quý I/2026",
     "Thử độ bền quai: uốn gập 20.000 lần, ngâm nước mặn 24 giờ, phơi nắng 48 giờ; ghi kết quả theo từng lô",
     "Tổ Kiểm tra chất lượng", "Phòng Phát triển mẫu"),
    ("Tháng 3/2026",
     "Đặt 15.000 túi vải bố đựng dép, thêu hoa văn sóng biển Sầm Sơn, của HTX May thêu Sông Mã",
     "Phòng Thiết kế", "HTX May thêu Sông Mã"),
    ("Trước 30/4/2026",
     "Ra mắt bộ sưu tập dép cói hè 2026 ở các cửa hàng và trên sàn thương mại điện tử; thẻ treo ghi tên hợp tác xã "
     "đan quai", "Phòng Kinh doanh", "Phòng Thiết kế, Phòng Mua hàng"),
    ("Quý II/2026",
     "Giúp hai hợp tác xã làm hồ sơ xin hỗ trợ mua máy chẻ cói, máy dệt tấm theo chính sách của tỉnh",
     "Phòng Hành chính - Nhân sự", "Liên minh Hợp tác xã tỉnh Thanh Hóa"),
    ("Mỗi lần đặt đơn",
     "Ứng trước 30% tiền hàng cho hợp tác xã để mua cói nguyên liệu, phần còn lại trả khi nhận đủ quai",
     "Phòng Tài chính - Kế toán", "—"),
    ("Khi có lô dép bị khách trả về",
     "Thu lại, phân loại dép lỗi quai; cùng hợp tác xã tìm nguyên nhân và sửa cách đan, cách hấp",
     "Tổ Kiểm tra chất lượng", "Phòng Mua hàng"),
    ("31/8/2026",
     "Sơ kết mùa hè 2026, báo cáo Hội đồng quản trị; đề xuất đan thêm quai bẹ chuối, quai lục bình cho mùa sau",
     "Phòng Kinh doanh", "Phòng Mua hàng, Tổ Kiểm tra chất lượng"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, tổ làm đúng lộ trình ở mục III; vướng mắc báo Phó Tổng Giám đốc phụ trách sản "
          "xuất để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- HTX Hồng Thắng, HTX Bình Minh, HTX Sông Mã;", "- Các phòng, xưởng, tổ (t/h);",
            "- Lưu: VT, P.KD."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Đàm Quốc Hưng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20251105101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def step(n: int, time: str, work: str, lead: str, partners: str) -> str:
    side = "left" if n % 2 else "right"
    return (f'<div class="step {side}"><div class="badge">{n:02d}</div><div class="card">'
            f'<p class="when">{e(time)}</p><p>{e(work)}</p>'
            f'<p class="foot"><b>Dẫn bước:</b> {e(lead)}</p><p class="foot"><b>Theo bước:</b> {e(partners)}</p>'
            '</div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-MH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="trail">')
    out += [step(n, *entry) for n, entry in enumerate(STEPS, 1)]
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
