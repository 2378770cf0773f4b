"""Write b_hung-yen_58-KH-BDH-2026_gao-nguyen-lieu-ba-bia-htx.pdf, the hundred-and-ninety-fifth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen195/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen195/make_pdf.py --html-only

A brewery company's plan (October 2026) for 2027 with cooperatives: buying rice as brewing adjunct from rice
cooperatives and handing the spent grain (bã bia) and spent yeast to pig and dairy cooperatives. Every page carries A
LEFT SIDEBAR (a fixed element, which Chromium repeats on each printed page): the company's address and a list of
contact persons with their phones, no work; the body stands to its right: the header, the opening, I. purposes, II.
numbered paragraphs each with run-in "Phụ trách:", "Cùng làm:" and "Hạn:" words, III. two paragraphs, the closing
sentence, the signature beside "Nơi nhận".

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
STEM = "b_hung-yen_58-KH-BDH-2026_gao-nguyen-lieu-ba-bia-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 12mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.4; margin: 0 0 0 44mm; }
.side { position: fixed; left: 0; top: 0; width: 38mm; font-size: 7.5pt; line-height: 1.35; }
.side p { margin: 0 0 3pt; }
.main { border-left: 0.75pt solid #000; padding-left: 5mm; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 8.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9pt; }
.sign .right { text-align: center; }
"""

SIDE = [
    ("CÔNG TY CỔ PHẦN BIA ĐÔNG HƯNG", "b"),
    ("Khu công nghiệp Gia Lễ, xã Đông Hưng, tỉnh Hưng Yên", ""),
    ("ĐT: 0227 3 851 264", ""),
    ("", ""),
    ("ĐẦU MỐI LIÊN HỆ", "b"),
    ("Thu mua gạo: Trần Văn Khoát, 0912 406 318", ""),
    ("Bã bia, men bia: Vũ Thị Lụa, 0986 225 140", ""),
    ("Kế toán công nợ: Đoàn Minh Quế, 0904 771 052", ""),
    ("Xe vận chuyển: Phạm Đức Thiện, 0977 318 609", ""),
]

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("BIA ĐÔNG HƯNG", "b"), ("Số: 58/KH-BĐH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đông Hưng, ngày 05 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua gạo nguyên liệu và cung ứng bã bia cho các hợp tác xã năm 2027"

BEFORE = [
    ("p", "Năm 2027 nhà máy dự kiến nấu 62 triệu lít bia, cần khoảng 4.100 tấn gạo tẻ làm nguyên liệu phụ và thải ra "
          "chừng 15.000 tấn bã bia ướt, 900 tấn men bia. Hiện Công ty đã liên kết với HTX Dịch vụ nông nghiệp Đông "
          "Xuân, HTX Nông nghiệp Quỳnh Hoa (cung cấp gạo) và HTX Chăn nuôi bò sữa Tiền Hải, HTX Chăn nuôi Thái Phúc "
          "(nhận bã bia). Công ty lập kế hoạch năm 2027 với các đơn vị này như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mua ít nhất 70% lượng gạo cần dùng từ các HTX trong tỉnh, theo giá thỏa thuận từng quý."),
    ("p", "- Không để tồn bã bia quá 24 giờ tại nhà máy; bã bia giao cho HTX chăn nuôi với giá bằng chi phí vận chuyển."),
    ("h", "II. CÁC VIỆC CẦN LÀM"),
]

TASKS = [
    ("Ký hợp đồng mua gạo năm 2027 với HTX Dịch vụ nông nghiệp Đông Xuân, HTX Nông nghiệp Quỳnh Hoa, ghi rõ giống lúa, "
     "độ ẩm dưới 14%, tỷ lệ tấm và giá từng quý.",
     "Phòng Cung ứng", "Phòng Pháp chế", "trước ngày 15/12/2026"),
    ("Hỗ trợ giống lúa BC15 cho 120 ha vụ Xuân 2027 của hai HTX cung cấp gạo, thu hồi bằng gạo khi giao hàng.",
     "Phòng Cung ứng", "Trung tâm Khuyến nông tỉnh", "tháng 01/2027"),
    ("Lấy mẫu gạo từng lô nhập kho, kiểm độ ẩm, nấm mốc, tạp chất; trả lại lô không đạt trong ngày.",
     "Phòng Kiểm nghiệm", "", "mỗi lần nhập gạo"),
    ("Thanh toán tiền gạo cho HTX chậm nhất 10 ngày sau khi nhận đủ hàng và hóa đơn.",
     "Phòng Tài chính - Kế toán", "Phòng Cung ứng", "theo từng lô"),
    ("Ký hợp đồng giao bã bia, men bia năm 2027 với HTX Chăn nuôi bò sữa Tiền Hải, HTX Chăn nuôi Thái Phúc; thống nhất "
     "khung giờ lấy bã theo ca nấu.",
     "Phòng Kinh doanh", "", "trước ngày 20/12/2026"),
    ("Lắp thêm bồn chứa bã 40 m3 có mái che và đường xe tải ra vào riêng, không đi qua khu đóng chai.",
     "Xưởng Cơ điện", "Phòng Kỹ thuật", "quý I/2027"),
    ("Hướng dẫn các HTX chăn nuôi ủ chua bã bia với rỉ mật và muối để dùng dần trong 30 - 45 ngày; làm mẫu tại trại của "
     "HTX Chăn nuôi Thái Phúc.",
     "Phòng Kỹ thuật", "Viện Chăn nuôi", "tháng 3/2027"),
    ("Xét nghiệm định kỳ bã bia (độ ẩm, đạm, nấm mốc) và gửi kết quả cho các HTX nhận bã.",
     "Phòng Kiểm nghiệm", "", "hằng quý"),
    ("Đề xuất với Sở Nông nghiệp và Môi trường hướng dẫn thủ tục để bã bia giao cho HTX được tính là phụ phẩm dùng làm "
     "thức ăn chăn nuôi, không phải chất thải.",
     "Ban An toàn - Môi trường", "Sở Nông nghiệp và Môi trường", "trước ngày 31/3/2027"),
    ("Tổ chức hội nghị với bốn HTX liên kết đánh giá 6 tháng, điều chỉnh giá gạo và khung giờ lấy bã.",
     "Ban Tổng Giám đốc", "Phòng Cung ứng, Phòng Kinh doanh", "tháng 7/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Cung ứng là đầu mối, tổng hợp kết quả hằng quý báo cáo Ban Tổng Giám đốc."),
    ("p", "2. Đề nghị các HTX liên kết cử một người phụ trách làm việc với Công ty, báo tên và số điện thoại về Phòng "
          "Cung ứng trước ngày 30/10/2026."),
    ("p", "Kế hoạch này thay cho các thỏa thuận miệng trước đây giữa các bộ phận với HTX; các bộ phận thực hiện theo "
          "đúng phân công./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 04 HTX liên kết;", "- Các phòng, xưởng;", "- Lưu: VT, P.CƯ."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Nguyễn Hữu Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261005101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def task(n: int, work: str, lead: str, partners: str, time: str) -> str:
    out = f'<p class="t">{n}. {e(work)} <span class="i">Phụ trách:</span> {e(lead)}.'
    if partners:
        out += f' <span class="i">Cùng làm:</span> {e(partners)}.'
    return out + f' <span class="i">Hạn:</span> {e(time)}.</p>'


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-BĐH", CSS)
    out.append('<div class="side">' + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in SIDE)
               + '</div>')
    out.append('<div class="main">')
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += [task(n, *t) for n, t in enumerate(TASKS, 1)]
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
