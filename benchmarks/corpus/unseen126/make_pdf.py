"""Write b_ha-tinh_64-KH-TTBTXH-2025_san-pham-thu-cong-htx.pdf, the hundred-and-twenty-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen126/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen126/make_pdf.py --html-only

A provincial social protection centre (Trung tâm Bảo trợ xã hội tỉnh Hà Tĩnh, under the Sở Y tế) plans, in October
2025, to place the handicrafts its residents make with cooperatives: I. purposes, II. three headings naming the
centre's own units (one with a colon, one with its parent in brackets, one bare) over "-" items naming no doer, each
ending with its time after a semicolon; III. "-" items asking outside bodies for help, each opening with the body;
the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_ha-tinh_64-KH-TTBTXH-2025_san-pham-thu-cong-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ Y TẾ TỈNH HÀ TĨNH", ""), ("TRUNG TÂM BẢO TRỢ XÃ HỘI", "b"), ("Số: 64/KH-TTBTXH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 03 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa sản phẩm thủ công của đối tượng tại Trung tâm vào tiêu thụ qua hợp tác xã, từ quý IV/2025 đến năm 2026"

# "h" a section heading, "s" a unit's heading, "p" a paragraph
BODY = [
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp đối tượng còn khả năng lao động (người khuyết tật nhẹ, người cao tuổi cô đơn, trẻ em trên 15 tuổi) "
          "có việc làm vừa sức, có thu nhập từ sản phẩm của chính mình; sản phẩm được hợp tác xã bao tiêu, trả công "
          "sòng phẳng, không để đối tượng bị ép giá."),
    ("h", "II. NHIỆM VỤ CỦA CÁC PHÒNG, BỘ PHẬN"),
    ("s", "1. Phòng Công tác xã hội:"),
    ("p", "- Lập danh sách đối tượng có thể tham gia làm hàng thủ công, chia nhóm theo nghề (đan mây tre, thêu tay, "
          "làm hương, chằm nón); xong trước 31/10/2025."),
    ("p", "- Phối hợp Phòng Y tế - Phục hồi chức năng đánh giá sức khỏe, quy định số giờ làm việc phù hợp từng "
          "người; trong tháng 11/2025."),
    ("s", "2. Xưởng dạy nghề (Phòng Quản lý đối tượng)"),
    ("p", "- Mở lớp kèm nghề đan lát, thêu tay cho 40 đối tượng theo mẫu mã do hợp tác xã đặt hàng; từ tháng 11/2025 "
          "đến hết quý I/2026."),
    ("p", "- Kiểm tra chất lượng từng lô hàng trước khi bàn giao cho hợp tác xã; thường xuyên."),
    ("s", "3. Phòng Hành chính - Tổng hợp"),
    ("p", "- Ký hợp đồng bao tiêu sản phẩm với HTX Mây tre đan Thạch Hà và HTX Nón lá Hương Sơn, ghi rõ đơn giá, "
          "phương thức thanh toán; trước Tết Nguyên đán Bính Ngọ."),
    ("p", "- Chủ trì cùng Phòng Công tác xã hội bố trí gian trưng bày, bán sản phẩm tại cổng Trung tâm nhân Ngày "
          "Quốc tế Người khuyết tật 03/12/2025."),
    ("p", "- Mở sổ theo dõi tiền công trả cho từng đối tượng, công khai hằng tháng trên bảng tin của Trung tâm."),
    ("h", "III. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "- Liên minh Hợp tác xã tỉnh giới thiệu sản phẩm của đối tượng tại các hội chợ OCOP, điểm bán sản phẩm hợp "
          "tác xã do Liên minh quản lý; năm 2026."),
    ("p", "- Hội Liên hiệp Phụ nữ tỉnh kết nối các tổ hợp tác thêu ở các xã nhận đối tượng làm gia công tại Trung "
          "tâm; quý II/2026."),
    ("p", "Trên đây là Kế hoạch đưa sản phẩm thủ công của đối tượng vào tiêu thụ qua hợp tác xã của Trung tâm Bảo "
          "trợ xã hội tỉnh Hà Tĩnh./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Y tế (b/c);", "- LMHTX tỉnh, Hội LHPN tỉnh;", "- HTX Mây tre đan Thạch Hà;",
            "- HTX Nón lá Hương Sơn;", "- Các phòng, xưởng (t/h);", "- Lưu: VT, CTXH."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thị Thu Hiền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20251003091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 64/KH-TTBTXH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
