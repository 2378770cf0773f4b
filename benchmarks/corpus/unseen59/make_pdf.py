"""Write b_can-tho_38-KH-ABICCT-2026_bao-hiem-nong-nghiep-thanh-vien-htx-lua.pdf, the fifty-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen59/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen59/make_pdf.py --html-only

An insurance company's plan (May 2026): an agricultural insurer's city branch selling rice-crop insurance to the
members of rice cooperatives through the cooperatives, with the Agribank branches and the city's Liên minh Hợp tác
xã. I. purposes, II. the product in "-" lines, III. the work as lettered paragraphs, each a department's name with a
colon (a run-in label), its work, "phối hợp: …" and the time in brackets at the end; two lettered paragraphs ask
outside bodies ("Đề nghị …"); IV. the reporting; the signature beside "Nơi nhận". No table.

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
STEM = "b_can-tho_38-KH-ABICCT-2026_bao-hiem-nong-nghiep-thanh-vien-htx-lua"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TỔNG CÔNG TY CỔ PHẦN BẢO HIỂM", ""), ("NGÂN HÀNG NÔNG NGHIỆP", ""),
             ("CÔNG TY BẢO HIỂM AGRIBANK CẦN THƠ", "b"), ("Số: 38/KH-ABICCT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 18 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Triển khai bảo hiểm cây lúa cho thành viên hợp tác xã vụ Hè Thu và Thu Đông năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ chỉ tiêu kinh doanh năm 2026 được Tổng Công ty giao và thỏa thuận ngày 06/4/2026 với Liên minh Hợp "
          "tác xã thành phố Cần Thơ, Công ty Bảo hiểm Agribank Cần Thơ lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đưa bảo hiểm cây lúa đến thành viên các hợp tác xã trồng lúa thông qua chính hợp tác xã làm đầu mối; bồi "
          "thường nhanh khi thiên tai, dịch bệnh làm giảm năng suất, giúp thành viên yên tâm vay vốn sản xuất."),
    ("h", "II. SẢN PHẨM VÀ ĐỐI TƯỢNG"),
    ("p", "- Sản phẩm: bảo hiểm năng suất lúa theo vùng và bảo hiểm chi phí đầu tư khi mất trắng; phí bảo hiểm thu một "
          "lần theo vụ qua hợp tác xã."),
    ("p", "- Đối tượng: thành viên 64 hợp tác xã trồng lúa trên địa bàn thành phố, ưu tiên các hợp tác xã có cánh đồng "
          "lớn, có hợp đồng tiêu thụ với doanh nghiệp."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "a) Phòng Bảo hiểm Nông nghiệp: lập danh sách 64 hợp tác xã, gửi thư giới thiệu sản phẩm và mời đăng ký; "
          "phối hợp: Liên minh Hợp tác xã thành phố (hoàn thành trước ngày 05/6/2026)."),
    ("p", "b) Phòng Bảo hiểm Nông nghiệp: tổ chức 08 buổi tư vấn tại trụ sở hợp tác xã, mỗi buổi kết hợp hướng dẫn "
          "kê khai diện tích, giống, lịch xuống giống; phối hợp: các Phòng Kinh doanh khu vực (tháng 6/2026)."),
    ("p", "c) Các Phòng Kinh doanh khu vực: ký hợp đồng bảo hiểm nhóm với hợp tác xã làm đầu mối, thu phí theo vụ Hè "
          "Thu (xong trước khi lúa trổ, chậm nhất 31/7/2026)."),
    ("p", "d) Phòng Giám định - Bồi thường: lập tổ giám định thường trực theo từng cụm xã, giám định trong 03 ngày kể "
          "từ khi nhận thông báo tổn thất của hợp tác xã (khi có tổn thất)."),
    ("p", "đ) Phòng Kế toán: mở sổ theo dõi phí, chi trả bồi thường riêng cho từng hợp tác xã, đối chiếu với hợp tác "
          "xã cuối mỗi vụ (vụ Hè Thu: tháng 9/2026; vụ Thu Đông: tháng 12/2026)."),
    ("p", "e) Phòng Tổng hợp: đưa tin về chương trình trên trang thông tin của Công ty và nhóm Zalo của các giám đốc "
          "hợp tác xã; phối hợp: Phòng Bảo hiểm Nông nghiệp (thường xuyên)."),
    ("p", "g) Đề nghị Agribank Chi nhánh thành phố Cần Thơ giới thiệu sản phẩm đến các hợp tác xã, thành viên đang "
          "vay vốn sản xuất lúa; phối hợp: các Phòng Kinh doanh khu vực (quý III/2026)."),
    ("p", "h) Đề nghị Liên minh Hợp tác xã thành phố cử cán bộ cùng dự các buổi tư vấn và vận động hợp tác xã chưa "
          "đăng ký; phối hợp: Phòng Bảo hiểm Nông nghiệp (tháng 6 - 7/2026)."),
    ("h", "IV. BÁO CÁO"),
    ("p", "Phòng Tổng hợp tổng hợp kết quả khai thác, bồi thường của hai vụ, báo cáo Giám đốc Công ty và Tổng Công ty "
          "trước ngày 25/12/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Tổng Công ty (b/c);", "- LMHTX TP. Cần Thơ;", "- Agribank CN TP. Cần Thơ;",
            "- Các phòng thuộc Công ty (t/h);", "- Lưu: VT, P.BHNN."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Quốc Bảo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260518141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 38/KH-ABICCT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
