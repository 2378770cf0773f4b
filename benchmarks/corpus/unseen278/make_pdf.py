"""Print b_hai-phong_09-KH-SB-2026_day-boi-con-em-htx-thuy-san.pdf, the two-hundred-and-seventy-eighth held-out set's
PDF, from ``sources/b_hai-phong_09-KH-SB-2026_day-boi-con-em-htx-thuy-san.html``.

    .venv/bin/python benchmarks/corpus/unseen278/make_pdf.py

A swimming-pool company's plan (April 2026) for free summer swimming classes for the children of fishing and
fish-farming cooperatives' members, and for buying towels, fruit and transport of cooperatives: the opening, I.
purposes, II. the cooperatives (facts), III. a note, then the work drawn as SWIMMING-POOL LANES stacked one under the
other: each lane a light-blue stripe between lane ropes, a dark "LÀN 01" block at its start, the work, under it
"Bơi dẫn: X" (the lead) and "Bơi kèm: Y, Z" (partners; "—" none), and at the lane's far end a tiled wall block
"Chạm thành" over the time; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hai-phong_09-KH-SB-2026_day-boi-con-em-htx-thuy-san"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Sans"; font-size: 11pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.pool { border: 3px solid #1f5f8b; margin: 6pt 0 10pt; }
.lane { display: flex; background: #dff1fb; border-bottom: 4px dashed #c0392b; break-inside: avoid; }
.lane:last-child { border-bottom: none; }
.no { width: 17mm; background: #1f5f8b; color: #fff; font-weight: bold; text-align: center; padding: 6pt 2pt;
      font-size: 10pt; }
.swim { flex: 1; padding: 4pt 8pt; }
.swim p { margin: 0; }
.swim p.work { text-align: justify; }
.swim p.role { font-size: 10pt; color: #0b3c5d; }
.wall { width: 30mm; background: repeating-linear-gradient(0deg, #fff 0 9px, #9cc9e3 9px 10px); border-left: 3px solid
        #1f5f8b; text-align: center; padding: 4pt 3pt; font-size: 10pt; }
.wall p { margin: 0; }
.wall p.k { font-size: 8.5pt; text-transform: uppercase; color: #1f5f8b; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("BƠI LỘI SÓNG BẠC", "b"), ("Số: 09/KH-SB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 02 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Dạy bơi hè năm 2026 cho con em thành viên hợp tác xã thủy sản và mua hàng, thuê xe của hợp tác xã"

BEFORE = [
    ("p", "Công ty đang vận hành hai bể bơi có mái che ở phường Lê Chân và đặc khu Cát Hải. Hè năm 2025, ba em nhỏ là "
          "con em thành viên hợp tác xã đánh bắt, nuôi trồng thủy sản ở ven biển bị đuối nước khi theo bố mẹ ra đầm. "
          "Hội đồng quản trị thống nhất dành thời gian bể và huấn luyện viên dạy bơi miễn phí cho các em, đồng thời mua "
          "khăn, hoa quả, thuê xe của chính các hợp tác xã; Tổng Giám đốc ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Ít nhất 300 em từ 7 đến 14 tuổi biết bơi và biết tự cứu mình khi rơi xuống nước trước khi hết hè."),
    ("p", "- Hàng hóa, dịch vụ phục vụ lớp học mua của hợp tác xã trong thành phố, trả tiền đúng hẹn."),
    ("h", "II. CÁC HỢP TÁC XÃ THAM GIA"),
    ("p", "HTX Thủy sản Cát Hải và HTX Nuôi trồng thủy sản Đồng Bài gửi danh sách học viên và cho mượn ao; HTX Dệt may "
          "Vĩnh Bảo may khăn, áo choàng; HTX Nông nghiệp Tiên Lãng giao hoa quả; HTX Dịch vụ vận tải Cát Bà đưa đón."),
    ("h", "III. PHÂN LÀN CÔNG VIỆC"),
    ("p", "Mỗi việc vẽ như một làn bơi. Người “bơi dẫn” là bộ phận chịu trách nhiệm chính; người “bơi kèm” là bộ "
          "phận, đơn vị phối hợp; ô “chạm thành” ở cuối làn là lúc việc phải xong."),
]

# (work, lead, partners, time)
LANES = [
    ("Khảo sát ao, đầm của HTX Nuôi trồng thủy sản Đồng Bài, chọn 02 ao nước sạch, bờ thoải để quây lưới làm bể "
     "tạm cho lớp ở xa bể chính", "Tổ Kỹ thuật hồ bơi", ["HTX Nuôi trồng thủy sản Đồng Bài"], "30/4/2026"),
    ("Lập danh sách các em từ 7 đến 14 tuổi chưa biết bơi là con em thành viên hợp tác xã thủy sản, chia lớp theo "
     "lứa tuổi và nơi ở", "Bộ phận Chăm sóc khách hàng", ["HTX Thủy sản Cát Hải", "Ủy ban nhân dân đặc khu Cát Hải"],
     "15/5/2026"),
    ("Soạn giáo án 10 buổi bơi an toàn: nổi ngửa, bơi ếch, bám phao, cách kêu cứu và cách cứu bạn từ trên bờ",
     "Tổ Huấn luyện viên", ["Tổ Cứu hộ"], "20/5/2026"),
    ("Đặt HTX Dệt may Vĩnh Bảo may 600 khăn tắm và 300 áo choàng in tên Công ty cho học viên",
     "Phòng Hành chính - Kế toán", [], "Tháng 5/2026"),
    ("Thuê xe của HTX Dịch vụ vận tải Cát Bà đưa đón học viên ở các thôn xa bể chính",
     "Phòng Hành chính - Kế toán", ["Bộ phận Chăm sóc khách hàng"], "Trước khai giảng 01/6/2026"),
    ("Mở 12 lớp dạy bơi miễn phí, mỗi lớp 25 em, học buổi sáng tại bể chính và bể tạm ở ao hợp tác xã",
     "Tổ Huấn luyện viên", ["Tổ Cứu hộ", "HTX Thủy sản Cát Hải"], "Từ 01/6 đến 31/8/2026"),
    ("Trực cứu hộ hai người một ca tại bể tạm trong mọi buổi học, ghi sổ trực", "Tổ Cứu hộ",
     ["HTX Nuôi trồng thủy sản Đồng Bài"], "Mỗi buổi học"),
    ("Nhận hoa quả của HTX Nông nghiệp Tiên Lãng phát cho học viên sau buổi học, trả tiền theo tuần",
     "Phòng Hành chính - Kế toán", ["Bộ phận Chăm sóc khách hàng"], "Hằng tuần trong hè"),
    ("Kiểm tra bơi 25 mét không nghỉ, cấp giấy chứng nhận biết bơi cho học viên đạt", "Tổ Huấn luyện viên", [],
     "Khi kết thúc mỗi lớp"),
    ("Tổng kết lớp hè, bàn với các hợp tác xã giữ lớp dạy bơi hằng năm; báo cáo Hội đồng quản trị",
     "Phòng Hành chính - Kế toán", ["Tổ Huấn luyện viên", "Tổ Cứu hộ"], "30/9/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, tổ theo làn việc được giao chủ động làm; tuần đầu mỗi tháng báo cáo Phó Tổng Giám đốc "
          "điều hành bể bơi./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 05 HTX tham gia;", "- UBND đặc khu Cát Hải;", "- Các phòng, tổ;",
            "- Lưu: VT, HCKT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lương Văn Triều", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260402101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def lane(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    kem = ", ".join(partners) if partners else "—"
    return (f'<div class="lane"><div class="no">LÀN<br>{n:02d}</div>'
            f'<div class="swim"><p class="work">{e(work)}</p>'
            f'<p class="role">Bơi dẫn: <b>{e(lead)}</b></p><p class="role">Bơi kèm: {e(kem)}</p></div>'
            f'<div class="wall"><p class="k">Chạm thành</p><p><b>{e(time)}</b></p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-SB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="pool">')
    out += [lane(n, *entry) for n, entry in enumerate(LANES, 1)]
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
