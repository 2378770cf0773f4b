"""Write b_can-tho_41-KH-TTTK-2026_tai-lieu-ky-thuat-htx.pdf, the hundred-and-twenty-seventh held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen127/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen127/make_pdf.py --html-only

A city Trung tâm Thông tin và Thống kê khoa học và công nghệ's plan (March 2026) for compiling and publishing
cooperatives' techniques: I. purposes, II. three numbered product headings over lettered items, each naming its work
first and ending with the doer, partner and time in parentheses; III. two paragraphs of the Trung tâm's own units; the
closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_can-tho_41-KH-TTTK-2026_tai-lieu-ky-thuat-htx"
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
h4 { font-size: 12pt; font-weight: bold; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM THÔNG TIN VÀ THỐNG KÊ", "b"),
             ("KHOA HỌC VÀ CÔNG NGHỆ", "b"), ("Số: 41/KH-TTTK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 20 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Biên soạn, phổ biến tài liệu kỹ thuật và giới thiệu sản phẩm của hợp tác xã năm 2026"

BODY = [
    ("p", "Nhiều hợp tác xã trồng lúa, cây ăn trái và nuôi thủy sản của thành phố đã áp dụng thành công quy trình kỹ "
          "thuật mới nhưng chưa được ghi chép, chia sẻ. Trung tâm Thông tin và Thống kê khoa học và công nghệ xây "
          "dựng Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Hệ thống hóa, số hóa các quy trình kỹ thuật do hợp tác xã áp dụng hiệu quả; đưa thông tin đến thành viên "
          "hợp tác xã, tổ hợp tác bằng hình thức dễ tiếp cận, miễn phí."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Sổ tay kỹ thuật hợp tác xã"),
    ("p", "a) Lựa chọn 10 quy trình kỹ thuật tiêu biểu (lúa thơm giảm phát thải, sầu riêng, vú sữa, cá tra giống, "
          "nấm rơm) qua khảo sát tại hợp tác xã (Phòng Thông tin - Tư liệu chủ trì; Liên minh Hợp tác xã thành phố "
          "phối hợp; tháng 4 - tháng 5/2026)."),
    ("p", "b) Biên soạn, hiệu đính và in 2.000 cuốn sổ tay (Phòng Thông tin - Tư liệu chủ trì; Hội đồng biên tập "
          "của Trung tâm phối hợp; hoàn thành trong quý III/2026)."),
    ("p", "c) Cấp phát sổ tay cho hợp tác xã, tổ hợp tác qua các xã, phường (Phòng Hành chính - Tổng hợp; Ủy ban "
          "nhân dân các xã, phường phối hợp; tháng 10/2026)."),
    ("s", "2. Chuyên mục và cơ sở dữ liệu trực tuyến"),
    ("p", "a) Mở chuyên mục \u201cHợp tác xã làm khoa học\u201d trên trang thông tin điện tử của Sở, cập nhật 4 bài "
          "mỗi tháng (Phòng Ứng dụng công nghệ số chủ trì; thường xuyên từ tháng 4/2026)."),
    ("p", "b) Xây dựng cơ sở dữ liệu video kỹ thuật ngắn (Phòng Ứng dụng công nghệ số chủ trì; Trung tâm Khuyến nông "
          "(Sở Nông nghiệp và Môi trường) phối hợp; trước ngày 30/9/2026)."),
    ("s", "3. Giới thiệu sản phẩm, kết nối"),
    ("p", "a) Tổ chức 02 buổi \u201cCà phê công nghệ\u201d để hợp tác xã gặp nhà khoa học của Trường Đại học Cần Thơ "
          "(Phòng Thông tin - Tư liệu chủ trì; Trường Đại học Cần Thơ, Liên minh Hợp tác xã thành phố phối hợp; "
          "tháng 6 và tháng 11/2026)."),
    ("p", "b) Đưa sản phẩm của 15 hợp tác xã lên sàn giao dịch công nghệ và thiết bị của thành phố (Phòng Ứng dụng "
          "công nghệ số chủ trì; Sở Công Thương phối hợp; quý IV/2026)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp xây dựng dự toán kinh phí từ nguồn sự nghiệp khoa học và công nghệ, trình Giám "
          "đốc Trung tâm trước ngày 10/4/2026."),
    ("p", "2. Các phòng chuyên môn báo cáo kết quả hằng quý; Phòng Thông tin - Tư liệu tổng hợp, báo cáo Sở Khoa học "
          "và Công nghệ trước ngày 15/12/2026."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Trung tâm về tài liệu kỹ thuật cho hợp tác xã./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- LMHTX thành phố;", "- Trường ĐH Cần Thơ;", "- Các phòng thuộc TT;",
            "- Lưu: VT, TTTL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tạ Minh Luân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20260320140000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-TTTK", CSS)
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
