"""Write b_tay-ninh_31-KH-BBPVA-2026_thung-carton-thanh-long-htx.pdf, the two-hundred-and-first held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen201/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen201/make_pdf.py --html-only

A corrugated-carton packaging company's plan (August 2026) for the printed export cartons it supplies to the
dragon-fruit cooperatives and cooperative groups of its customers' area over the off-season crop, with the pallets it
takes back: the opening, I. purposes, II. the cooperatives' carton orders as "-" lines (facts, no work; no table: a table's
header cells made Chromium number its structure ids differently now and then), III. the work
AS THE COMPANY'S WORK-MANAGEMENT SOFTWARE LISTS IT — a line "Danh sách công việc (xuất từ phần mềm …)", then each
task a numbered bold line followed by a row of shaded BADGES ("Chủ trì: …", "Phối hợp: …", "Hạn: …", "Trạng thái:
…"; one task with no "Phối hợp" badge); IV. one request to the cooperatives; the closing sentence; the signature beside
"Nơi nhận". The badges are inline spans with a grey background and no border (no drawn shapes).

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the badges DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_tay-ninh_31-KH-BBPVA-2026_thung-carton-thanh-long-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.export { font-family: "DejaVu Sans"; font-size: 9pt; color: #444; margin: 6pt 0 6pt; }
div.task { margin: 0 0 7pt; break-inside: avoid; }
div.task p.name { margin: 0 0 2pt; font-weight: bold; font-size: 11pt; }
div.task p.tags { margin: 0; font-family: "DejaVu Sans"; font-size: 8.5pt; line-height: 1.7; }
span.tag { background: #e4e4e4; padding: 1pt 4pt; margin-right: 4pt; }
span.st { background: #f2f2f2; color: #333; padding: 1pt 4pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("BAO BÌ GIẤY PHƯỚC VĨNH AN", "b"), ("Số: 31/KH-BBPVA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đức Hòa, ngày 24 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cung ứng thùng carton in sẵn cho các hợp tác xã, tổ hợp tác thanh long vụ nghịch 2026 - 2027"

BEFORE = [
    ("p", "Vụ thanh long nghịch 2025 - 2026, nhiều hợp tác xã ở các xã Tầm Vu, Vĩnh Công, An Lục Long thiếu thùng "
          "đúng quy cách vào cao điểm tháng Chạp, phải mua thùng trôi nổi không in mã số vùng trồng nên bị đối tác "
          "nhập khẩu trả lại 14 container. Công ty TNHH Bao bì Giấy Phước Vĩnh An (sau đây gọi là Công ty) lập Kế "
          "hoạch cung ứng thùng cho vụ nghịch năm nay như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Các HTX, THT đã đặt hàng có đủ thùng 5 lớp in tên đơn vị, mã số vùng trồng và mã QR trước khi vào vụ "
          "thu hoạch rộ."),
    ("p", "- Giá thùng cố định cả vụ, trả chậm được; pallet và tấm lót được Công ty thu hồi, tái sử dụng."),
    ("h", "II. ĐƠN HÀNG DỰ KIẾN CỦA CÁC ĐƠN VỊ"),
]

ORDERS = [
    ("1", "HTX Thanh long Tầm Vu", "xã Tầm Vu", "10 kg, 5 lớp", "86.000"),
    ("2", "HTX Nông nghiệp Dương Xuân Hội", "xã Vĩnh Công", "10 kg, 5 lớp", "64.000"),
    ("3", "HTX Thanh long ruột đỏ An Lục Long", "xã An Lục Long", "5 kg, 5 lớp", "58.000"),
    ("4", "THT thanh long ấp Cầu Đôi", "xã Tầm Vu", "5 kg, 5 lớp", "36.000"),
    ("5", "THT thanh long ấp Phú Hòa", "xã An Lục Long", "10 kg, 5 lớp", "26.000"),
    ("", "Cộng cả vụ", "", "", "270.000"),
]

EXPORT_LINE = ("Danh sách công việc — xuất từ phần mềm quản lý công việc của Công ty lúc 09:12 ngày 24/8/2026 "
               "(dự án: Thùng thanh long vụ nghịch 2026 - 2027; 10 công việc)")

# (name, lead, partner or "", time, status)
TASKS = [
    ("Khảo sát nhu cầu thùng theo thị trường xuất khẩu chính ngạch và siêu thị trong nước của 05 HTX, THT; chốt "
     "số lượng từng loại thùng", "Phòng Kinh doanh", "Phòng Thiết kế - Chế bản", "15/9/2026", "Đang thực hiện"),
    ("Thiết kế mẫu in thùng có tên HTX, THT, mã số vùng trồng, mã QR truy xuất; gửi từng đơn vị duyệt mẫu",
     "Phòng Thiết kế - Chế bản", "Phòng Kinh doanh", "30/9/2026", "Chưa bắt đầu"),
    ("Thử độ bền nén và độ chịu ẩm của thùng mẫu sau 72 giờ trong kho lạnh 5 độ C; cấp phiếu kết quả cho mẫu đạt",
     "Phòng QA", "", "10/10/2026", "Chưa bắt đầu"),
    ("Hướng dẫn tổ đóng gói của các HTX xếp thùng lên pallet đúng chiều cao, không đóng thùng khi quả còn ướt",
     "Phòng QA", "Đội Giao nhận", "20/10/2026", "Chưa bắt đầu"),
    ("Sản xuất đợt 1 gồm 120.000 thùng, giao tại kho đóng gói của từng HTX theo đơn đặt hàng tuần",
     "Xưởng Sóng", "Xưởng In - Thành phẩm", "31/10/2026", "Chưa bắt đầu"),
    ("Giao thùng kết hợp thu hồi pallet gỗ và tấm lót đã dùng tại các kho đóng gói",
     "Đội Giao nhận", "Các HTX, THT nhận thùng", "Thứ Ba và thứ Sáu hằng tuần", "Chưa bắt đầu"),
    ("Cho các HTX, THT trả chậm 45 ngày tiền thùng; đối chiếu công nợ với từng đơn vị",
     "Phòng Kế toán", "Phòng Kinh doanh", "Ngày 28 hằng tháng", "Chưa bắt đầu"),
    ("Làm việc với Sở Công Thương để đưa mẫu thùng có mã QR vào chương trình hỗ trợ xây dựng nhãn hiệu, bao bì "
     "cho sản phẩm của HTX", "Ban Giám đốc", "Phòng Kinh doanh", "Quý IV/2026", "Chưa bắt đầu"),
    ("Sản xuất đợt 2 gồm 150.000 thùng cho cao điểm trước Tết Nguyên đán",
     "Xưởng Sóng", "Xưởng In - Thành phẩm, Phòng QA", "15/01/2027", "Chưa bắt đầu"),
    ("Tổng kết vụ, lấy ý kiến của các HTX, THT về chất lượng thùng và thời gian giao hàng",
     "Phòng Kinh doanh", "Phòng QA", "28/02/2027", "Chưa bắt đầu"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC"),
    ("p", "Đề nghị các HTX, THT đặt hàng thùng của tuần sau trước 10 giờ sáng thứ Hai hằng tuần qua Phòng Kinh "
          "doanh (điện thoại 0272.3 851 426) và cử người nhận thùng, ký biên bản giao nhận pallet tại kho."),
    ("p", "Trên đây là Kế hoạch cung ứng thùng carton vụ nghịch 2026 - 2027 của Công ty; các phòng, xưởng, đội căn "
          "cứ phần việc trên phần mềm để thực hiện và cập nhật trạng thái hằng tuần./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 05 HTX, THT đặt hàng;",
            "- UBND các xã Tầm Vu, Vĩnh Công, An Lục Long;", "- Các phòng, xưởng, đội;", "- Lưu: VT, KD."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thị Kim Thoa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260824101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def task(n: int, name: str, lead: str, partner: str, time: str, status: str) -> str:
    tags = [f'<span class="tag">Chủ trì: {e(lead)}</span>']
    if partner:
        tags.append(f'<span class="tag">Phối hợp: {e(partner)}</span>')
    tags.append(f'<span class="tag">Hạn: {e(time)}</span>')
    tags.append(f'<span class="st">Trạng thái: {e(status)}</span>')
    return (f'<div class="task"><p class="name">{n}. {e(name)}</p>'
            f'<p class="tags">{" ".join(tags)}</p></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-BBPVA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    for _, unit, place, kind, count in ORDERS:
        line = f"- {unit} ({place}): {count} thùng loại {kind}." if place else f"{unit}: {count} thùng."
        out.append(f'<p class="t">{e(line)}</p>')
    out.append(paragraph("h", "III. PHÂN CÔNG THỰC HIỆN"))
    out.append(f'<p class="export">{e(EXPORT_LINE)}</p>')
    out += [task(n, *t) for n, t in enumerate(TASKS, 1)]
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
