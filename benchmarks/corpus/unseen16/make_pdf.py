"""Write d_quang-ngai_2217-STC-TCDN-2026_cong-van-de-nghi-cung-cap.pdf, the sixteenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen16/make_pdf.py            # writes sources/d_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen16/make_pdf.py --html-only

An ordinary CÔNG VĂN of a Sở (October 2026, after Quảng Ngãi and Kon Tum were merged): no title, "V/v …" under the
number, "Kính gửi:" and its addressees, an opening paragraph ending "… Sở Tài chính đề nghị các cơ quan, đơn vị thực
hiện một số việc sau:", then numbered requests each opening with the body asked (or "Đề nghị <body>") and ending with
when to send the result; one paragraph of what the Sở itself will do; a closing line and a contact sentence.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, which
records the time of printing as the PDF's creation and modification dates: ``pdf_from_html.fixed_dates`` overwrites both with the
Công văn's own date and time (a string of the same length, so the cross-reference offsets stay right), and with that
two runs give the same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "d_quang-ngai_2217-STC-TCDN-2026_cong-van-de-nghi-cung-cap"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.to { margin: 12pt 0 8pt 20mm; }
.to p { margin: 0; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH QUẢNG NGÃI", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 2217/STC-TCDN", ""),
             ("V/v cập nhật dữ liệu hợp tác xã và báo cáo tình hình hợp tác xã năm 2026", "i")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 14 tháng 10 năm 2026", "i")]
KINH_GUI = ["Kính gửi:", "- Các sở: Công Thương, Nông nghiệp và Môi trường, Khoa học và Công nghệ;",
            "- Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi;", "- Liên minh Hợp tác xã tỉnh;",
            "- Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn."]

BODY = [
    "Để có số liệu đầy đủ về khu vực kinh tế tập thể của tỉnh sau hợp nhất, phục vụ báo cáo Ủy ban nhân dân tỉnh và "
    "Bộ Tài chính cuối năm 2026, Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số việc sau:",
    "1. Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn chỉ đạo rà soát thông tin của từng hợp tác xã, tổ hợp tác "
    "đang hoạt động trên địa bàn, cập nhật đầy đủ vào Hệ thống thông tin quốc gia về hợp tác xã; hoàn thành trước "
    "ngày 15/11/2026.",
    "2. Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn báo cáo tình hình hoạt động của hợp tác xã, tổ hợp tác năm "
    "2026 theo Biểu số 01 kèm theo Công văn này, gửi Sở Tài chính trước ngày 30/11/2026.",
    "3. Riêng Ủy ban nhân dân đặc khu Lý Sơn bổ sung số tàu cá, công suất và ngư trường của các hợp tác xã khai thác "
    "hải sản xa bờ; gửi cùng báo cáo tại điểm 2.",
    "4. Sở Nông nghiệp và Môi trường cung cấp danh sách hợp tác xã nông nghiệp ứng dụng công nghệ cao, tham gia "
    "chuỗi liên kết có hợp đồng bao tiêu; gửi Sở Tài chính trước ngày 20/11/2026.",
    "5. Sở Công Thương cung cấp số sản phẩm OCOP của hợp tác xã và số hợp tác xã bán hàng trên sàn thương mại điện "
    "tử; gửi Sở Tài chính trước ngày 20/11/2026.",
    "6. Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính nghiên cứu kết nối Hệ thống thông tin quốc gia về "
    "hợp tác xã với kho dữ liệu dùng chung của tỉnh; báo cáo phương án trong tháng 11/2026.",
    "7. Đề nghị Liên minh Hợp tác xã tỉnh đôn đốc hợp tác xã thành viên tự kê khai thông tin trên Hệ thống; tổng hợp "
    "khó khăn, vướng mắc của hợp tác xã khi kê khai, gửi Sở Tài chính trước ngày 30/11/2026.",
    "8. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi cung cấp số dư nợ cho vay hợp tác xã, tổ hợp "
    "tác và thành viên tính đến ngày 31/10/2026; gửi Sở Tài chính trước ngày 10/11/2026.",
    "Sở Tài chính (Phòng Tài chính doanh nghiệp) tổ chức tập huấn trực tuyến cho công chức cấp xã về nhập liệu trên "
    "Hệ thống vào ngày 28/10/2026; đường dẫn phòng họp được gửi qua hệ thống quản lý văn bản.",
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị trao đổi trực tiếp với Phòng Tài chính doanh "
    "nghiệp để được hướng dẫn. Rất mong nhận được sự phối hợp của các cơ quan, đơn vị./.",
]

NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Ủy ban nhân dân tỉnh (để báo cáo);", "- Giám đốc Sở (để b/c);",
            "- Lưu: VT, Phòng TCDN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trương Minh Khôi", "b")]


#: the dates written into the PDF instead of the time of printing: the Công văn's, 14:35 in Việt Nam
PDF_DATE = b"D:20261014143500+07'00'"


def build_html() -> str:
    out = page_start("Công văn 2217/STC-TCDN", CSS)
    out.append('<div class="head">' + "".join(
        '<div>' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in column) + '</div>'
        for column in (HEAD_LEFT, HEAD_RIGHT)) + '</div>')
    out.append('<div class="to">' + "".join(f'<p>{e(x)}</p>' for x in KINH_GUI) + '</div>')
    out += [f'<p class="t">{e(text)}</p>' for text in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
