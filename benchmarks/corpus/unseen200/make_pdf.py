"""Write b_tp-hcm_318-KH-KCNC-2026_song-ngu-iot-truy-xuat-htx.pdf, the two-hundredth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen200/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen200/make_pdf.py --html-only

The management board of the city's hi-tech park (Ban Quản lý Khu Công nghệ cao, November 2026) pairing technology
firms of the park with agricultural cooperatives to pilot soil and water sensors and traceability codes in 2027 — A
BILINGUAL PLAN PRINTED SIDE BY SIDE, as boards that work with foreign investors issue them: after the Vietnamese
header and title (the English title under it), every block is one row of a two-column grid, THE VIETNAMESE TEXT ON
THE LEFT AND THE ENGLISH ON THE RIGHT, level with each other: the opening, I. purposes, II. the pilot's size (facts),
III. nine numbered items, each the work first and then "Chủ trì: …; phối hợp: …; thời hạn: …" (in English "Lead: …;
with: …; by: …"), IV. two requests; the closing sentence; the signature beside "Nơi nhận" in Vietnamese only. No
borders are drawn: a thin rule between the columns only.

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
STEM = "b_tp-hcm_318-KH-KCNC-2026_song-ngu-iot-truy-xuat-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 10.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 2pt; }
p.en-title { text-align: center; font-style: italic; margin: 0 0 10pt; }
.bi { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; }
.bi > div { margin: 0 0 5pt; text-align: justify; }
.bi > div.en { font-style: italic; color: #222; border-left: 0.5pt solid #000; padding-left: 3mm; }
.bi > div.h { font-weight: bold; text-align: left; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9.5pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HỒ CHÍ MINH", ""), ("BAN QUẢN LÝ", "b"), ("KHU CÔNG NGHỆ CAO", "b"),
             ("Số: 318/KH-KCNC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("TP. Hồ Chí Minh, ngày 09 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thí điểm cảm biến IoT và mã truy xuất nguồn gốc tại hợp tác xã nông nghiệp năm 2027"
EN_TITLE = "PLAN - Piloting IoT sensors and traceability codes at agricultural cooperatives in 2027"

# (kind, Vietnamese, English): "h" a heading, "p" a paragraph
BLOCKS = [
    ("p", "Thực hiện chương trình hợp tác giữa Ban Quản lý Khu Công nghệ cao và Sở Nông nghiệp và Môi trường thành "
          "phố, Ban xây dựng Kế hoạch đưa sản phẩm của doanh nghiệp trong Khu vào thử nghiệm tại hợp tác xã nông "
          "nghiệp như sau:",
          "Under the cooperation programme between the Hi-Tech Park Management Board and the city Department of "
          "Agriculture and Environment, the Board sets out the following plan for testing products of park firms at "
          "agricultural cooperatives:"),
    ("h", "I. MỤC ĐÍCH", "I. PURPOSE"),
    ("p", "- Doanh nghiệp có giải pháp được thử trong điều kiện sản xuất thật; hợp tác xã được dùng thiết bị miễn phí "
          "trong thời gian thí điểm và được chuyển giao cách vận hành.",
          "- Firms test their solutions under real farm conditions; cooperatives use the devices free of charge "
          "during the pilot and learn to run them."),
    ("h", "II. QUY MÔ THÍ ĐIỂM", "II. SCOPE OF THE PILOT"),
    ("p", "06 doanh nghiệp, 10 hợp tác xã trồng rau, hoa lan, nuôi tôm ở các xã Củ Chi, Bình Mỹ, Long Sơn và phường "
          "Long Điền; khoảng 180 bộ cảm biến đất, nước; thời gian từ tháng 01 đến tháng 10/2027.",
          "06 firms and 10 vegetable, orchid and shrimp cooperatives in Củ Chi, Bình Mỹ, Long Sơn and Long Điền; "
          "about 180 soil and water sensor sets; January to October 2027."),
    ("h", "III. NỘI DUNG VÀ PHÂN CÔNG", "III. ACTIVITIES AND RESPONSIBILITIES"),
    ("p", "1. Khảo sát nhu cầu và hạ tầng mạng của 10 hợp tác xã, chọn điểm đặt thiết bị. Chủ trì: Phòng Quản lý "
          "Doanh nghiệp; phối hợp: Liên minh Hợp tác xã Thành phố; thời hạn: trước 15/12/2026.",
          "1. Survey the needs and network coverage of the 10 cooperatives and choose device sites. Lead: Enterprise "
          "Management Division; with: City Cooperative Alliance; by: 15 December 2026."),
    ("p", "2. Tổ chức buổi ghép cặp doanh nghiệp - hợp tác xã, ký biên bản thỏa thuận thí điểm. Chủ trì: Trung tâm "
          "Ươm tạo Doanh nghiệp Công nghệ cao; phối hợp: Sở Nông nghiệp và Môi trường; thời hạn: tháng 01/2027.",
          "2. Hold a matchmaking day and sign pilot agreements between firms and cooperatives. Lead: Hi-Tech "
          "Business Incubator; with: Department of Agriculture and Environment; by: January 2027."),
    ("p", "3. Lắp đặt cảm biến, cổng kết nối và phần mềm theo dõi tại các hợp tác xã. Chủ trì: các doanh nghiệp "
          "tham gia thí điểm; phối hợp: Trung tâm Nghiên cứu Triển khai; thời hạn: quý I/2027.",
          "3. Install sensors, gateways and monitoring software at the cooperatives. Lead: participating firms; with: "
          "Research and Development Center; by: Q1 2027."),
    ("p", "4. Tập huấn cho cán bộ kỹ thuật của hợp tác xã đọc số liệu, xử lý cảnh báo trên điện thoại. Chủ trì: "
          "Trung tâm Nghiên cứu Triển khai; thời hạn: tháng 3/2027.",
          "4. Train cooperative technicians to read the data and handle alerts on their phones. Lead: Research and "
          "Development Center; by: March 2027."),
    ("p", "5. Gắn mã truy xuất nguồn gốc cho sản phẩm của 04 hợp tác xã đã có mã số vùng trồng, vùng nuôi. Chủ trì: "
          "Trung tâm Ươm tạo Doanh nghiệp Công nghệ cao; phối hợp: Sở Khoa học và Công nghệ; thời hạn: quý II/2027.",
          "5. Put traceability codes on the products of the 04 cooperatives that have growing or farming area "
          "codes. Lead: Hi-Tech Business Incubator; with: Department of Science and Technology; by: Q2 2027."),
    ("p", "6. Hằng tháng thu thập số liệu vận hành, ghi nhận lỗi thiết bị và ý kiến của hợp tác xã. Chủ trì: Phòng "
          "Quản lý Doanh nghiệp; thời hạn: thường xuyên.",
          "6. Collect monthly operating data, device faults and cooperative feedback. Lead: Enterprise Management "
          "Division; ongoing."),
    ("p", "7. Đề xuất mức hỗ trợ chi phí thiết bị sau thí điểm từ nguồn kinh phí khoa học, công nghệ của thành phố. "
          "Chủ trì: Văn phòng Ban; phối hợp: Sở Tài chính; thời hạn: tháng 8/2027.",
          "7. Propose support for device costs after the pilot from the city science and technology budget. Lead: "
          "Board Office; with: Department of Finance; by: August 2027."),
    ("p", "8. Tổ chức hội thảo đánh giá kết quả, giới thiệu giải pháp phù hợp cho các hợp tác xã khác. Chủ trì: "
          "Phòng Quản lý Doanh nghiệp; phối hợp: Liên minh Hợp tác xã Thành phố; thời hạn: tháng 10/2027.",
          "8. Hold a review workshop and present suitable solutions to other cooperatives. Lead: Enterprise "
          "Management Division; with: City Cooperative Alliance; by: October 2027."),
    ("p", "9. Báo cáo UBND Thành phố kết quả thí điểm và đề xuất nhân rộng. Chủ trì: Văn phòng Ban; thời hạn: trước "
          "30/11/2027.",
          "9. Report the results and a scale-up proposal to the City People's Committee. Lead: Board Office; by: 30 "
          "November 2027."),
    ("h", "IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG", "IV. REQUESTS"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã Thành phố giới thiệu hợp tác xã tham gia và cử cán bộ theo dõi cùng Ban "
          "trong suốt thời gian thí điểm.",
          "1. The City Cooperative Alliance is asked to nominate cooperatives and assign staff to follow the pilot "
          "with the Board."),
    ("p", "2. Đề nghị UBND các xã, phường có hợp tác xã tham gia hỗ trợ mặt bằng đặt thiết bị, bảo đảm an ninh tại "
          "điểm lắp đặt.",
          "2. The communes and wards concerned are asked to help with device sites and keep them secure."),
    ("p", "Trên đây là Kế hoạch thí điểm của Ban Quản lý Khu Công nghệ cao; mỗi đơn vị làm đúng phần việc đã nêu ở "
          "mục III./.",
          "Units shall carry out the tasks assigned in this plan./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND Thành phố (b/c);", "- Sở NN&MT, Sở KH&CN, Sở Tài chính;", "- Liên minh HTX Thành phố;",
            "- Các doanh nghiệp, HTX tham gia;", "- Lưu: VT, QLDN."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lương Hoài Nam", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261109101500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 318/KH-KCNC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append(f'<p class="en-title">{e(EN_TITLE)}</p>')
    for kind, vi, en in BLOCKS:
        cls = " h" if kind == "h" else ""
        out.append(f'<div class="bi"><div class="vi{cls}">{e(vi)}</div><div class="en{cls}">{e(en)}</div></div>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
