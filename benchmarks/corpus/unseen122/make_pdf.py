"""Write b_lao-cai_58-KH-CNVTLC-2026_duong-sat-van-chuyen-nong-san-htx.pdf, the hundred-and-twenty-second held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen122/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen122/make_pdf.py --html-only

A railway freight branch's plan for carrying cooperatives' farm produce (August 2026): I. purposes, II. four numbered
unit headings with a colon over "+" items, each item's time last after a dash, one numbered paragraph of a station
"(thuộc Chi nhánh)" in prose; III. one paragraph; the signature beside "Nơi nhận". No table.

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
STEM = "b_lao-cai_58-KH-CNVTLC-2026_duong-sat-van-chuyen-nong-san-htx"
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

HEAD_LEFT = [("CÔNG TY CP VẬN TẢI ĐƯỜNG SẮT HÀ NỘI", ""), ("CHI NHÁNH VẬN TẢI", "b"), ("ĐƯỜNG SẮT LÀO CAI", "b"),
             ("Số: 58/KH-CNVTLC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Vận chuyển nông sản của các hợp tác xã, tổ hợp tác bằng đường sắt vụ thu hoạch 2026 - 2027"

# "h" a section heading, "s" a unit heading, "p" a paragraph
BODY = [
    ("p", "Năm 2025, hàng nông sản của các hợp tác xã vùng Bảo Thắng, Văn Bàn, Bảo Yên cũ chủ yếu đi bằng ô tô, chi "
          "phí cao, nhiều chuyến chuối, dứa bị dập hỏng. Để giảm chi phí cho các hợp tác xã và khai thác năng lực toa "
          "xe, Chi nhánh Vận tải đường sắt Lào Cai lập Kế hoạch vụ thu hoạch 2026 - 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đưa tối thiểu 18.000 tấn chuối, dứa, quế, gừng của hợp tác xã, tổ hợp tác đi Hà Nội, Hải Phòng bằng đường "
          "sắt; cước ưu đãi, xếp chuyến nhanh, hàng không bị ùn ứ tại ga."),
    ("h", "II. PHÂN CÔNG NHIỆM VỤ"),
    ("s", "1. Phòng Kinh doanh - Tiếp thị:"),
    ("p", "+ Làm việc với 12 hợp tác xã trồng chuối, dứa, quế, ký hợp đồng nguyên tắc vận chuyển cả vụ – xong trước "
          "15/9/2026."),
    ("p", "+ Xây dựng biểu cước ưu đãi (giảm 10% so với cước phổ thông) cho hàng của hợp tác xã, trình Giám đốc Công "
          "ty phê duyệt – tháng 9/2026."),
    ("p", "+ Phối hợp Liên minh Hợp tác xã tỉnh Lào Cai giới thiệu dịch vụ vận chuyển tại hội nghị các hợp tác xã nông "
          "nghiệp toàn tỉnh – quý IV/2026."),
    ("s", "2. Ga Lào Cai:"),
    ("p", "+ Bố trí bãi tập kết có mái che và 02 toa lạnh chuyên dùng cho hàng nông sản của hợp tác xã – trước ngày "
          "01/10/2026."),
    ("p", "+ Xếp dỡ, kiểm đếm, niêm phong hàng; ưu tiên ghép hàng lẻ của các tổ hợp tác vào chuyến trong ngày – suốt "
          "vụ thu hoạch."),
    ("s", "3. Phòng Tài chính - Kế toán:"),
    ("p", "+ Hướng dẫn hợp tác xã thanh toán cước qua tài khoản, cấp hóa đơn điện tử ngay khi giao hàng – thường "
          "xuyên."),
    ("p", "4. Ga Phố Lu (thuộc Chi nhánh) mở điểm nhận hàng lẻ cho các tổ hợp tác, hợp tác xã vùng Bảo Thắng cũ, bố trí "
          "cân và nhân lực bốc xếp trong tháng 10/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Tổ chức - Hành chính theo dõi, tổng hợp sản lượng từng tháng; tổng kết vụ vận chuyển, báo cáo Giám "
          "đốc Chi nhánh trước 31/3/2027."),
    ("p", "Yêu cầu Trưởng các phòng, Trưởng ga nghiêm túc thực hiện Kế hoạch này./."),
]

NOI_NHAN = ["Nơi nhận:", "- Ban Giám đốc Công ty (b/c);", "- LMHTX tỉnh Lào Cai;", "- Các phòng, ga thuộc CN;",
            "- Lưu: VT, TCHC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Văn Sính", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260818091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-CNVTLC", CSS)
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
