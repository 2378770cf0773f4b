"""Write b_tp-hcm_57-KH-TTHTDNPN-2026_trung-tam-ho-tro-dnnvv-huan-luyen-htx.pdf, the hundred-and-seventeenth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen117/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen117/make_pdf.py --html-only

A regional support centre's plan (Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa khu vực phía Nam, under the Bộ Tài chính's
Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể, March 2026) for coaching cooperatives of the Mekong provinces:
a three-line issuer, I. purposes, II. three numbered subject headings over lettered items in prose, each naming its
doer and partners and ending with its time in parentheses; III. two numbered paragraphs; the signature beside
"Nơi nhận". No table.

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
STEM = "b_tp-hcm_57-KH-TTHTDNPN-2026_trung-tam-ho-tro-dnnvv-huan-luyen-htx"
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

HEAD_LEFT = [("CỤC PHÁT TRIỂN DOANH NGHIỆP", ""), ("TƯ NHÂN VÀ KINH TẾ TẬP THỂ", ""),
             ("TRUNG TÂM HỖ TRỢ DOANH NGHIỆP", "b"), ("NHỎ VÀ VỪA KHU VỰC PHÍA NAM", "b"),
             ("Số: 57/KH-TTHTDNPN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("TP. Hồ Chí Minh, ngày 18 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Huấn luyện, tư vấn quản trị cho hợp tác xã các tỉnh Đồng bằng sông Cửu Long năm 2026"

BODY = [
    ("p", "Thực hiện nhiệm vụ được Cục giao năm 2026, Trung tâm xây dựng Kế hoạch huấn luyện, tư vấn quản trị cho hợp "
          "tác xã tại Vĩnh Long, An Giang, Cần Thơ và Cà Mau với những nội dung cụ thể dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Nâng năng lực lập kế hoạch kinh doanh, kế toán và bán hàng qua mạng cho ban quản trị khoảng 120 hợp tác xã; "
          "mỗi hoạt động có đơn vị làm chính, đơn vị cùng làm và mốc thời gian."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Khảo sát nhu cầu"),
    ("p", "a) Phòng Tư vấn - Đào tạo gửi phiếu khảo sát nhu cầu tới các hợp tác xã qua Liên minh Hợp tác xã bốn tỉnh, "
          "thành phố, tổng hợp kết quả (xong trước 30/4/2026)."),
    ("p", "b) Phòng Hành chính - Tổng hợp cùng Sở Tài chính tỉnh Vĩnh Long chọn địa điểm lớp học cho cụm Vĩnh Long, "
          "Cần Thơ (tháng 4/2026)."),
    ("s", "2. Huấn luyện, tư vấn"),
    ("p", "a) Phòng Tư vấn - Đào tạo phối hợp Trường Đại học Cần Thơ mở 04 lớp quản trị hợp tác xã, mỗi lớp 30 học "
          "viên (quý II và quý III năm 2026)."),
    ("p", "b) Tổ chuyên gia của Trung tâm tư vấn trực tiếp tại chỗ cho 12 hợp tác xã lúa, trái cây, thủy sản "
          "(từ tháng 6 đến tháng 10/2026)."),
    ("p", "c) Phòng Tư vấn - Đào tạo và Liên minh Hợp tác xã tỉnh An Giang hướng dẫn 20 hợp tác xã mở gian hàng trên "
          "sàn thương mại điện tử (trong quý III/2026)."),
    ("s", "3. Kết nối, hậu huấn luyện"),
    ("p", "a) Phòng Hành chính - Tổng hợp mời doanh nghiệp bao tiêu gặp gỡ học viên tại buổi bế giảng mỗi lớp (sau "
          "khi kết thúc từng lớp)."),
    ("p", "b) Phòng Tư vấn - Đào tạo lập nhóm trao đổi trực tuyến của học viên, duy trì hỏi đáp (thường xuyên)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp dự trù kinh phí từ nguồn hỗ trợ doanh nghiệp nhỏ và vừa, trình Giám đốc "
          "trước ngày 31/3/2026."),
    ("p", "2. Phòng Tư vấn - Đào tạo báo cáo kết quả thực hiện Kế hoạch về Cục Phát triển doanh nghiệp tư nhân và kinh "
          "tế tập thể trước ngày 10/12/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục PTDNTN&KTTT (b/c);", "- LMHTX Vĩnh Long, An Giang, Cần Thơ, Cà Mau;",
            "- Sở Tài chính tỉnh Vĩnh Long;", "- Trường ĐH Cần Thơ;", "- Các phòng;", "- Lưu: VT, TV-ĐT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lư Hoàng Phúc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260318141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-TTHTDNPN", CSS)
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
