"""Write b_da-nang_27-KH-TTDK-2026_trung-tam-dang-ky-giao-dich-htx.pdf, the hundred-and-twenty-third held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen123/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen123/make_pdf.py --html-only

A registration centre's plan (May 2026) helping cooperatives register security over machinery, stock and future
crops to borrow: I. purposes, II. numbered items each followed by labelled lines ("Đơn vị thực hiện:", "Phối hợp:",
"Thời gian:"), III. the closing duties; the signature beside "Nơi nhận". No table.

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
STEM = "b_da-nang_27-KH-TTDK-2026_trung-tam-dang-ky-giao-dich-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 50% 50%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.l { margin: 0 0 2pt 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC ĐĂNG KÝ QUỐC GIA", ""), ("GIAO DỊCH BẢO ĐẢM", ""), ("TRUNG TÂM ĐĂNG KÝ GIAO DỊCH,", "b"),
             ("TÀI SẢN TẠI THÀNH PHỐ ĐÀ NẴNG", "b"), ("Số: 27/KH-TTĐK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 12 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hướng dẫn hợp tác xã đăng ký biện pháp bảo đảm để tiếp cận vốn vay năm 2026"

# "h" a section heading, "p" a paragraph, "l" a labelled line
BODY = [
    ("p", "Nhiều hợp tác xã nông nghiệp, thủy sản ở Đà Nẵng và các tỉnh miền Trung có máy móc, kho hàng, sản phẩm "
          "sẽ thu hoạch nhưng chưa biết dùng các tài sản đó để bảo đảm khoản vay; Trung tâm lập Kế hoạch như sau."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giúp ban quản trị, kế toán hợp tác xã nắm thủ tục đăng ký trực tuyến biện pháp bảo đảm bằng động sản, "
          "cây trồng, vật nuôi hình thành trong tương lai; rút ngắn thời gian giải quyết hồ sơ của hợp tác xã."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("p", "1. Biên soạn sổ tay hỏi đáp về đăng ký biện pháp bảo đảm dành cho hợp tác xã, in 1.500 cuốn."),
    ("l", "Đơn vị thực hiện: Phòng Nghiệp vụ đăng ký"),
    ("l", "Phối hợp: Sở Tư pháp thành phố Đà Nẵng"),
    ("l", "Thời gian: hoàn thành trước 30/6/2026"),
    ("p", "2. Tổ chức 06 buổi hướng dẫn tại chỗ cho hợp tác xã ở các xã phía tây thành phố (vùng Quảng Nam cũ)."),
    ("l", "Đơn vị thực hiện: Phòng Nghiệp vụ đăng ký"),
    ("l", "Phối hợp: Liên minh Hợp tác xã thành phố, Ủy ban nhân dân các xã"),
    ("l", "Thời gian: quý III/2026"),
    ("p", "3. Cấp tài khoản đăng ký trực tuyến miễn phí cho hợp tác xã có nhu cầu; hướng dẫn khai mẫu số 01a."),
    ("l", "Đơn vị thực hiện: Tổ Công nghệ thông tin"),
    ("l", "Phối hợp: không"),
    ("l", "Thời gian: thường xuyên"),
    ("p", "4. Phối hợp với các ngân hàng thương mại rà soát hồ sơ vay vốn của hợp tác xã bị trả lại do kê khai tài "
          "sản bảo đảm chưa đúng, hướng dẫn bổ sung."),
    ("l", "Đơn vị thực hiện: Phòng Nghiệp vụ đăng ký"),
    ("l", "Phối hợp: Agribank Chi nhánh Đà Nẵng, Quỹ Hỗ trợ phát triển hợp tác xã thành phố"),
    ("l", "Thời gian: tháng 8 - tháng 9/2026"),
    ("p", "5. Đăng tin, bài về đăng ký tài sản bảo đảm của hợp tác xã trên Trang thông tin điện tử của Cục."),
    ("l", "Đơn vị thực hiện: Phòng Hành chính - Tổng hợp"),
    ("l", "Phối hợp: Tổ Công nghệ thông tin"),
    ("l", "Thời gian: mỗi tháng ít nhất 01 tin"),
    ("p", "6. Tiếp nhận, trả lời câu hỏi của hợp tác xã qua đường dây nóng của Trung tâm trong giờ hành chính."),
    ("l", "Đơn vị thực hiện: Phòng Nghiệp vụ đăng ký"),
    ("l", "Thời gian: từ 15/5/2026 đến hết năm"),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp dự trù kinh phí in sổ tay, công tác phí cho các buổi hướng dẫn, trình Giám đốc "
          "Trung tâm trước ngày 25/5/2026."),
    ("p", "2. Phòng Nghiệp vụ đăng ký tổng hợp số hợp tác xã được hướng dẫn, số hồ sơ đăng ký của hợp tác xã, báo "
          "cáo Cục trước ngày 05/12/2026."),
    ("p", "Phòng, tổ nào gặp khó khăn khi làm việc với hợp tác xã thì báo ngay Giám đốc Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục ĐKQGGDBĐ (b/c);", "- Sở Tư pháp TP Đà Nẵng;", "- LMHTX TP Đà Nẵng;",
            "- Các phòng, tổ thuộc TT;", "- Lưu: VT, NVĐK."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Thị Ngọc Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260512142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-TTĐK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "l": f'<p class="l">{e(text)}</p>',
                    "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
