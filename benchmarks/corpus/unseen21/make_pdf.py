"""Write b_bo-tai-chinh_6218-KH-BTC-2026_don-vi-trong-ngoac-cuoi.pdf, the twenty-first held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen21/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen21/make_pdf.py --html-only

An ordinary ministry's plan for half a year (June 2026, the Bộ Tài chính as the state manager of the collective
economy after the 2025 merger): I. purposes, where the lead unit's short name is defined in brackets; II. four
numbered subjects whose items are lettered "a)", "b)", "c)" under the first two, "-" bullets under the third and
"4.1." … "4.3." under the fourth (whose heading lacks its dot), each item ending with its assignment in brackets
"(X chủ trì[, phối hợp Y]; <time>)" or, for the bodies outside the ministry, opening with "Đề nghị X …"; III. one
paragraph of the lead unit's own work; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_bo-tai-chinh_6218-KH-BTC-2026_don-vi-trong-ngoac-cuoi"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("BỘ TÀI CHÍNH", "b"), ("Số: 6218/KH-BTC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 19 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thực hiện công tác quản lý nhà nước về hợp tác xã, tổ hợp tác 6 tháng cuối năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Luật Hợp tác xã năm 2023 và chức năng quản lý nhà nước về kinh tế tập thể được giao, Bộ Tài chính "
          "xây dựng Kế hoạch cho 6 tháng cuối năm 2026 gồm các nội dung dưới đây."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bảo đảm các nhiệm vụ quản lý nhà nước về hợp tác xã, tổ hợp tác được thực hiện liên tục, không gián đoạn "
          "sau khi sắp xếp tổ chức bộ máy; Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể (Cục PTDN) là đơn "
          "vị đầu mối giúp Bộ trưởng theo dõi, đôn đốc."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Hoàn thiện thể chế, chính sách"),
    ("p", "a) Tổng kết 02 năm thi hành Luật Hợp tác xã năm 2023, đề xuất sửa đổi, bổ sung các nghị định hướng dẫn còn "
          "vướng mắc (Cục PTDN chủ trì, phối hợp Vụ Pháp chế; thời gian: Q.III/2026)."),
    ("p", "b) Nghiên cứu, xây dựng Thông tư hướng dẫn chế độ kế toán áp dụng cho hợp tác xã, liên hiệp hợp tác xã "
          "thay thế quy định hiện hành (Cục Quản lý, giám sát kế toán, kiểm toán chủ trì; trình Bộ trưởng đầu năm "
          "2027)."),
    ("s", "2. Thông tin, dữ liệu về hợp tác xã"),
    ("p", "a) Duy trì, cập nhật thường xuyên dữ liệu của Hệ thống thông tin quốc gia về hợp tác xã; sớm hoàn thành việc "
          "chia sẻ dữ liệu sang Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp (Cục PTDN chủ trì, phối hợp Cục Công nghệ thông tin và Chuyển đổi số; thời gian hoàn thành: "
          "tháng 12/2026)."),
    ("p", "b) Thu thập thông tin, thống kê số lượng và kết quả hoạt động của hợp tác xã, tổ hợp tác năm 2026 (Cục "
          "Thống kê chủ trì; hoàn thành trong Quý IV/2026)."),
    ("p", "c) Tổng hợp tình hình phát triển kinh tế tập thể, báo cáo Thủ tướng Chính phủ (Cục PTDN chủ trì; định kỳ 6 "
          "tháng và hằng năm)."),
    ("s", "3. Chính sách hỗ trợ, tín dụng và thuế"),
    ("p", "- Hướng dẫn các bộ, cơ quan trung ương và địa phương lập dự toán chi hỗ trợ hợp tác xã năm 2027 (Vụ Ngân "
          "sách nhà nước chủ trì, phối hợp Cục PTDN; trong tháng 7/2026)."),
    ("p", "- Phối hợp với Ngân hàng Nhà nước Việt Nam rà soát, đề xuất giải pháp tháo gỡ khó khăn về tiếp cận tín "
          "dụng của hợp tác xã (Cục PTDN chủ trì; 2026-2027)."),
    ("p", "- hướng dẫn hợp tác xã, tổ hợp tác thực hiện chính sách thuế, sử dụng hóa đơn điện tử (Cục Thuế chủ trì, "
          "phối hợp Liên minh Hợp tác xã Việt Nam (LMHTXVN); thường xuyên)."),
    ("s", "4 Đề nghị các bộ, cơ quan và địa phương"),
    ("p", "4.1. Đề nghị Bộ Nông nghiệp và Môi trường chỉ đạo phát triển hợp tác xã nông nghiệp gắn với vùng nguyên "
          "liệu, chuỗi giá trị; gửi kết quả thực hiện về Bộ Tài chính (qua Cục PTDN) trước ngày 15/12/2026."),
    ("p", "4.2. Đề nghị LMHTXVN đẩy mạnh tư vấn thành lập mới hợp tác xã, tổng hợp kết quả định kỳ 6 tháng gửi Bộ "
          "Tài chính."),
    ("p", "4.3. Đề nghị UBND các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Tài chính rà soát, xử lý dứt điểm "
          "hợp tác xã ngừng hoạt động, báo cáo Bộ Tài chính trước ngày 20/11/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Cục PTDN giúp Bộ trưởng đôn đốc việc triển khai Kế hoạch này; tổng hợp, báo cáo Lãnh đạo Bộ kết quả trước "
          "ngày 10/01/2027."),
    ("p", "Đơn vị nào gặp khó khăn, vướng mắc thì kịp thời phản ánh về Cục PTDN để tổng hợp, trình Lãnh đạo Bộ xem "
          "xét./."),
]

NOI_NHAN = ["Nơi nhận:", "- Đ/c Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Bộ NN&MT, NHNN VN;", "- LMHTXVN;",
            "- UBND các tỉnh, TP trực thuộc TW;", "- Các đơn vị thuộc Bộ (để t/h);", "- Lưu: VT, Cục PTDN."]
SIGN = [("KT. BỘ TRƯỞNG", "b"), ("THỨ TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Minh Hòa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260619141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 6218/KH-BTC", CSS)
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
