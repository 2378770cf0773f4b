"""Print b_dak-lak_31-KH-LCX-2026_bao-ve-vuon-kho-htx-so-lien-lac.pdf, the two-hundred-and-seventy-seventh held-out
set's PDF, from ``sources/b_dak-lak_31-KH-LCX-2026_bao-ve-vuon-kho-htx-so-lien-lac.html``.

    .venv/bin/python benchmarks/corpus/unseen277/make_pdf.py

A security-guard company's plan (August 2026) for guarding the durian orchards and coffee stores of cooperatives in
the 2026 harvest and training their night-watch teams: the opening, I. purposes, II. the cooperatives (facts), III. a
note, then the work written as a RADIO LOG ("sổ liên lạc bộ đàm"): each entry a grey stub "LƯỢT 01" and a line
"X gọi Y, Z:" — the caller the lead, the called the partners ("(không gọi ai)" none) —, the work, and "Báo lại trước:
<time>. Hết."; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the log in DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dak-lak_31-KH-LCX-2026_bao-ve-vuon-kho-htx-so-lien-lac"
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
div.log { border: 1.5px solid #000; padding: 4pt 6pt; margin: 4pt 0 8pt; }
div.entry { display: grid; grid-template-columns: 20mm auto; column-gap: 4mm; padding: 4pt 0;
            border-bottom: 1px dashed #777; break-inside: avoid; font-family: "DejaVu Sans"; font-size: 10pt; }
div.entry:last-child { border-bottom: none; }
div.stub { background: #ddd; text-align: center; font-weight: bold; padding: 2pt 0; align-self: start; }
div.body p { margin: 0 0 1pt; }
p.call { font-weight: bold; }
p.work { text-align: justify; }
p.over { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DỊCH VỤ BẢO VỆ LÁ CHẮN XANH", "b"), ("Số: 31/KH-LCX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đắk Lắk, ngày 04 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bảo vệ vườn sầu riêng, kho cà phê của các hợp tác xã mùa thu hoạch năm 2026"

BEFORE = [
    ("p", "Mùa sầu riêng năm 2025, nhiều vườn của thành viên hợp tác xã bị cắt trộm trái ban đêm, kho cà phê nhân ở "
          "hai xã bị cạy cửa. Sau khi ký hợp đồng dịch vụ với ba hợp tác xã, Giám đốc Công ty ban hành Kế hoạch này "
          "để bố trí lực lượng canh giữ và giúp các hợp tác xã tự lập tổ tuần tra."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Không để mất trộm trái, hàng trong kho của các hợp tác xã đã ký hợp đồng từ tháng 8/2026 đến hết vụ cà phê."),
    ("p", "- Mỗi hợp tác xã có một tổ tuần tra đêm của thành viên, biết dùng bộ đàm, biết báo tin cho Công an xã."),
    ("h", "II. CÁC HỢP TÁC XÃ ĐÃ KÝ HỢP ĐỒNG"),
    ("p", "HTX Sầu riêng Phước An (xã Krông Pắc): 96 ha vườn, một điểm thu mua. HTX Nông nghiệp Ea Kênh: 140 ha cà phê "
          "và kho chứa 600 tấn. HTX Cà phê Cư Kuin Xanh: hai kho nhỏ cạnh nhà sơ chế."),
    ("h", "III. SỔ LIÊN LẠC GIAO VIỆC"),
    ("p", "Việc được ghi như một lượt gọi bộ đàm: đơn vị gọi là đơn vị chủ trì, các đơn vị được gọi là đơn vị phối hợp; "
          "dòng “Báo lại trước” là thời hạn phải xong và báo kết quả về Giám đốc."),
]

# (caller, [called], work, time)
ENTRIES = [
    ("Phòng Nghiệp vụ", ["Đội Cơ động", "HTX Sầu riêng Phước An"],
     "Khảo sát từng lô vườn, lối vào, chỗ khuất; vẽ sơ đồ chốt gác và đường tuần tra cho cả vụ.",
     "15/8/2026"),
    ("Phòng Tổ chức - Hành chính", [],
     "Tuyển thêm 24 nhân viên bảo vệ người địa phương, ưu tiên con em thành viên hợp tác xã, làm đủ hồ sơ trước khi "
     "nhận chốt.",
     "20/8/2026"),
    ("Đội Bảo vệ mục tiêu số 1", ["HTX Sầu riêng Phước An"],
     "Đặt 06 chốt gác đêm và một tổ tuần tra xe máy quanh các vườn sầu riêng đang cho trái.",
     "25/8/2026, giữ đến hết vụ"),
    ("Phòng Nghiệp vụ", ["HTX Nông nghiệp Ea Kênh", "HTX Cà phê Cư Kuin Xanh"],
     "Lắp camera, đèn cảm biến và khóa cửa hai lớp cho ba kho cà phê; đánh số, niêm phong chìa khóa.",
     "tháng 9/2026"),
    ("Phòng Huấn luyện", ["Công an xã Ea Kly"],
     "Mở ba lớp tập huấn cho tổ tuần tra đêm của các hợp tác xã: tuần tra đôi, dùng bộ đàm, giữ hiện trường, gọi "
     "Công an xã.",
     "30/9/2026"),
    ("Đội Cơ động", [],
     "Trực ứng cứu 24/24 giờ; có tin báo từ vườn hoặc kho thì đến nơi trong 15 phút.",
     "suốt vụ thu hoạch"),
    ("Đội Bảo vệ mục tiêu số 1", ["HTX Sầu riêng Phước An", "Phòng Nghiệp vụ"],
     "Đi kèm xe chở sầu riêng từ vườn về điểm thu mua và từ điểm thu mua ra xe của thương lái ban đêm.",
     "mỗi chuyến hàng đêm"),
    ("Phòng Kế toán", [],
     "Lập hóa đơn phí dịch vụ theo tháng, đối chiếu số công bảo vệ với từng hợp tác xã.",
     "ngày 05 hằng tháng"),
    ("Phòng Nghiệp vụ", ["Đội Cơ động", "Phòng Huấn luyện"],
     "Chuyển lực lượng từ vườn sầu riêng sang kho cà phê khi vào vụ hái cà phê; kiểm tra lại sơ đồ chốt.",
     "quý IV/2026"),
    ("Phòng Tổ chức - Hành chính", ["Phòng Nghiệp vụ", "Phòng Kế toán"],
     "Họp với ba hợp tác xã đánh giá mùa vụ, thống kê vụ việc, đề xuất giá dịch vụ năm 2027.",
     "15/01/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, đội giữ bộ đàm mở suốt ca trực, làm theo sổ liên lạc trên; có vụ việc lớn báo ngay Giám "
          "đốc và Công an xã nơi xảy ra./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 03 HTX ký hợp đồng;", "- Công an xã Ea Kly;",
            "- Các phòng, đội;", "- Lưu: VT, NV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Văn Tuấn Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260804101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def entry(n: int, caller: str, called: list[str], work: str, time: str) -> str:
    call = f'{e(caller)} gọi {e(", ".join(called))}:' if called else f'{e(caller)} (không gọi ai):'
    return (f'<div class="entry"><div class="stub">LƯỢT {n:02d}</div><div class="body">'
            f'<p class="call">{call}</p><p class="work">{e(work)}</p>'
            f'<p class="over">Báo lại trước: {e(time)}. Hết.</p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-LCX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*b) for b in BEFORE]
    out.append('<div class="log">')
    out += [entry(n, *x) for n, x in enumerate(ENTRIES, 1)]
    out.append('</div>')
    out += [block(*b) for b in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
