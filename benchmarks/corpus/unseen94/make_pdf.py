"""Write b_quang-tri_57-KH-TTCDS-2026_trung-tam-chuyen-doi-so-htx-ky-so.pdf, the ninety-fourth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen94/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen94/make_pdf.py --html-only

A provincial digital-transformation centre's plan (March 2026, a unit of the Sở Khoa học và Công nghệ) for cooperatives' digital signatures, e-invoices and online filings: I.
purposes, II. eight numbered paragraphs, each opening with the unit (a "Phòng", a "Tổ" named with its parent in
brackets, a help line "Tổng đài hỗ trợ", once "Đề nghị …"), its time after a semicolon; the closing sentence; the
signature beside "Nơi nhận". No table.

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
STEM = "b_quang-tri_57-KH-TTCDS-2026_trung-tam-chuyen-doi-so-htx-ky-so"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH QUẢNG TRỊ", ""), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM CHUYỂN ĐỔI SỐ", "b"),
             ("Số: 57/KH-TTCĐS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Trị, ngày 03 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ tổ hợp tác, hợp tác xã sử dụng chữ ký số, hóa đơn điện tử và dịch vụ công trực tuyến năm 2026"

BODY = [
    ("p", "Qua khảo sát cuối năm 2025, hơn một nửa hợp tác xã của tỉnh chưa có chữ ký số, nhiều tổ hợp tác còn nộp "
          "giấy tờ trực tiếp. Trung tâm Chuyển đổi số tỉnh đặt ra các việc cần làm trong năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đến hết năm 2026, 80% hợp tác xã có chữ ký số, dùng hóa đơn điện tử; người đại diện hợp tác xã tự nộp "
          "được hồ sơ trực tuyến, giảm số lần đi lại."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Phòng Nghiệp vụ phối hợp với Sở Tài chính rà soát danh sách hợp tác xã chưa có chữ ký số, chưa dùng hóa "
          "đơn điện tử; hoàn thành trước ngày 31/3/2026."),
    ("p", "2. Tổ Hạ tầng số (Phòng Kỹ thuật) cài đặt, cấu hình chữ ký số miễn phí năm đầu cho hợp tác xã đã đăng "
          "ký; thời gian: tháng 4/2026."),
    ("p", "3. Phòng Nghiệp vụ chủ trì, cùng Liên minh Hợp tác xã tỉnh tổ chức 06 buổi hướng dẫn trực tiếp cầm tay chỉ "
          "việc cho đại diện tổ hợp tác, hợp tác xã tại hội trường các xã; trong quý II và quý III/2026."),
    ("p", "4. Tổng đài hỗ trợ của Trung tâm giải đáp vướng mắc của hợp tác xã về chữ ký số, hóa đơn điện tử qua "
          "điện thoại, Zalo; thực hiện thường xuyên."),
    ("p", "5. Đề nghị UBND các xã, phường cử công chức phụ trách kinh tế tập thể dự lớp tập huấn "
          "hướng dẫn hợp tác xã dùng dịch vụ số do Trung tâm tổ chức; thời gian: tháng 5/2026."),
    ("p", "6. Phòng Dữ liệu khảo sát mức độ sử dụng dịch vụ số của hợp tác xã sau hỗ trợ, báo cáo "
          "Giám đốc Trung tâm trước ngày 30/9/2026."),
    ("p", "7. Văn phòng Trung tâm bố trí kinh phí in tờ gấp, sổ tay hướng dẫn dùng chữ ký số cho hợp tác xã, gửi các xã, phường; "
          "quý II/2026."),
    ("p", "8. Phòng Nghiệp vụ tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc Trung tâm báo cáo UBND tỉnh "
          "trước 15/12/2026."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Trung tâm Chuyển đổi số tỉnh Quảng Trị về hỗ trợ tổ hợp tác, hợp tác "
          "xã./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- UBND các xã, phường;", "- Các phòng, tổ thuộc Trung tâm;", "- Lưu: VT, NV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trần Thị Mỹ Lệ", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260303091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-TTCĐS", CSS)
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
