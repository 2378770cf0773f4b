"""Write b_thanh-hoa_08-KH-QPTKHCN-2026_quy-khcn-tai-tro-htx.pdf, the hundred-and-eighteenth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen118/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen118/make_pdf.py --html-only

A provincial science and technology development fund's plan (March 2026) for funding cooperatives' technology
projects: II. lettered items a), b), … under two numbered headings, each naming its room, then "Phối hợp: …" and
"Thời hạn: …" as sentences of their own; III. two paragraphs. No table.

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
STEM = "b_thanh-hoa_08-KH-QPTKHCN-2026_quy-khcn-tai-tro-htx"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("QUỸ PHÁT TRIỂN KHOA HỌC", "b"), ("VÀ CÔNG NGHỆ TỈNH THANH HÓA", "b"),
             ("Số: 08/KH-QPTKHCN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 16 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tài trợ, cho vay ưu đãi dự án ứng dụng tiến bộ kỹ thuật của hợp tác xã năm 2026"

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Điều lệ tổ chức và hoạt động của Quỹ; căn cứ nguồn vốn điều lệ được bổ sung năm 2026, Quỹ Phát "
          "triển khoa học và công nghệ tỉnh lập kế hoạch dành riêng một phần vốn cho hợp tác xã, tổ hợp tác đưa máy "
          "móc, quy trình mới vào sản xuất."),
    ("h", "I. MỤC TIÊU"),
    ("p", "Tài trợ hoặc cho vay lãi suất ưu đãi ít nhất 12 dự án của hợp tác xã, tổng mức khoảng 9,5 tỷ đồng; ưu "
          "tiên các hợp tác xã miền núi phía Tây của tỉnh."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Tiếp nhận và thẩm định hồ sơ"),
    ("p", "a) Phòng Nghiệp vụ thông báo công khai điều kiện, mẫu hồ sơ đề nghị tài trợ, cho vay trên trang tin của "
          "Sở. Phối hợp: Văn phòng Sở Khoa học và Công nghệ. Thời hạn: trong tháng 4/2026."),
    ("p", "b) Phòng Nghiệp vụ đi cơ sở hướng dẫn các hợp tác xã lập thuyết minh dự án, dự toán. Phối hợp: Liên minh "
          "Hợp tác xã tỉnh, UBND các xã có hợp tác xã đăng ký. Thời hạn: tháng 4 đến tháng 6/2026."),
    ("p", "c) Phòng Tài chính - Kế toán thẩm định phương án tài chính, tài sản bảo đảm của hợp tác xã vay vốn. Thời "
          "hạn: xong trước 31/7/2026."),
    ("p", "d) Hội đồng tư vấn xét chọn họp xét, đề xuất danh mục dự án được tài trợ, cho vay. Phối hợp: Phòng Nghiệp "
          "vụ. Thời hạn: quý III/2026."),
    ("s", "2. Giải ngân, kiểm tra và nhân rộng"),
    ("p", "a) Phòng Tài chính - Kế toán ký hợp đồng, giải ngân đợt 1 cho các dự án được duyệt. Thời hạn: chậm nhất "
          "15 ngày sau khi có quyết định phê duyệt."),
    ("p", "b) Phòng Nghiệp vụ kiểm tra tiến độ dự án tại hợp tác xã. Phối hợp: Phòng Quản lý công nghệ (Sở KH&CN). "
          "Thời hạn: 6 tháng một lần."),
    ("p", "c) Văn phòng Quỹ giới thiệu các dự án làm tốt trên Báo và Phát thanh, Truyền hình Thanh Hóa. Thời hạn: "
          "quý IV/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Giám đốc Quỹ giao Phòng Nghiệp vụ làm đầu mối, tổng hợp kết quả thực hiện kế hoạch, báo cáo Hội đồng quản "
          "lý Quỹ trước ngày 20/12/2026."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, các phòng báo cáo Giám đốc Quỹ để xem xét, xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Hội đồng quản lý Quỹ (b/c);", "- Liên minh HTX tỉnh;",
            "- Các phòng thuộc Quỹ (t/h);", "- Lưu: VT, NV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Hảo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260316141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 08/KH-QPTKHCN", CSS)
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
