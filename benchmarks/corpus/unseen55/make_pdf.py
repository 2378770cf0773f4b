"""Write b_quang-ngai_2814-KH-BCH-2026_bo-chi-huy-quan-su-htx-khu-kt-qp.pdf, the fifty-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen55/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen55/make_pdf.py --html-only

A provincial military command's plan for cooperatives in the defence economic zones (August 2026, after Quảng Ngãi
and Kon Tum were merged and the district military commands became "Ban Chỉ huy phòng thủ khu vực"): the header of
the Quân khu over the Bộ Chỉ huy; I. purposes, II. three numbered contents in prose; III. the work given, each of the
command's offices a numbered heading without a colon over lettered items, the others a body straight into its verb
or "Đề nghị …", each item ending with its time; the closing sentence; the signature beside "Nơi nhận" with the
signer's rank before the name. No table.

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
STEM = "b_quang-ngai_2814-KH-BCH-2026_bo-chi-huy-quan-su-htx-khu-kt-qp"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("QUÂN KHU 5", ""), ("BỘ CHỈ HUY QUÂN SỰ", "b"), ("TỈNH QUẢNG NGÃI", "b"), ("Số: 2814/KH-BCH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 21 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phối hợp hỗ trợ hợp tác xã, tổ hợp tác trong các khu kinh tế - quốc phòng trên địa bàn tỉnh "
            "năm 2026 - 2027")

# "h" a section heading, "s" a body's heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện nhiệm vụ xây dựng khu vực phòng thủ tỉnh gắn với phát triển kinh tế - xã hội vùng biên giới; "
          "qua nắm tình hình, trong các khu kinh tế - quốc phòng trên địa bàn tỉnh hiện có 11 hợp tác xã và 26 tổ "
          "hợp tác, trong đó nhiều thành viên là quân nhân xuất ngũ, dân quân. Bộ Chỉ huy Quân sự tỉnh xây dựng Kế "
          "hoạch phối hợp hỗ trợ như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Gắn phát triển hợp tác xã, tổ hợp tác với giữ dân, giữ đất vùng biên giới và xây dựng lực lượng dân "
          "quân tại chỗ vững mạnh."),
    ("p", "2. Các cơ quan, đơn vị thực hiện đúng chức năng, không làm thay hợp tác xã; phối hợp chặt chẽ với cấp ủy, "
          "chính quyền các xã."),
    ("h", "II. NỘI DUNG"),
    ("p", "1. Khảo sát, đánh giá thực trạng hợp tác xã, tổ hợp tác trong khu kinh tế - quốc phòng."),
    ("p", "2. Vận động quân nhân xuất ngũ tham gia, thành lập mới tổ hợp tác, hợp tác xã."),
    ("p", "3. Kết nối tiêu thụ sản phẩm, đưa nông sản của hợp tác xã vào bảo đảm hậu cần cho đơn vị."),
    ("h", "III. PHÂN CÔNG NHIỆM VỤ"),
    ("s", "1. Phòng Tham mưu"),
    ("p", "a) Chủ trì, phối hợp với Phòng Chính trị khảo sát hợp tác xã, tổ hợp tác có thành viên là quân nhân xuất "
          "ngũ, dân quân trong các khu kinh tế - quốc phòng. Thời gian hoàn thành: trước 30/9/2026."),
    ("p", "b) Tham mưu Chỉ huy trưởng văn bản đề nghị Ủy ban nhân dân tỉnh đưa các hợp tác xã này vào danh mục ưu "
          "tiên hỗ trợ năm 2027. Thời gian: xong trong tháng 10/2026."),
    ("s", "2. Phòng Chính trị"),
    ("p", "a) Phối hợp với Hội Cựu chiến binh tỉnh, Tỉnh đoàn tuyên truyền, vận động quân nhân hoàn thành nghĩa vụ "
          "trở về địa phương tham gia hợp tác xã. Thời gian: trong đợt đón quân nhân xuất ngũ năm 2027 (tháng 02 - "
          "3/2027)."),
    ("p", "b) Biểu dương hợp tác xã, tổ hợp tác có thành tích trong xây dựng khu vực phòng thủ tại hội nghị tổng kết "
          "công tác quốc phòng địa phương. Thời gian: tháng 12/2026."),
    ("p", "3. Phòng Hậu cần - Kỹ thuật ký hợp đồng mua rau, thịt, cá của hợp tác xã trong khu kinh tế - quốc phòng "
          "để bảo đảm bếp ăn của các đơn vị; ký trước 31/12/2026, thực hiện cả năm 2027."),
    ("p", "4. Ban Chỉ huy phòng thủ khu vực 3 - Đăk Tô phối hợp Ủy ban nhân dân các xã trong khu kinh tế - quốc "
          "phòng hướng dẫn thành lập mới 03 tổ hợp tác trồng dược liệu dưới tán rừng gắn với chốt dân quân thường "
          "trực. Thời gian: quý IV/2026."),
    ("p", "5. Ban chỉ huy quân sự các xã trong khu kinh tế - quốc phòng lồng ghép nắm tình hình tổ hợp tác vào lịch "
          "trực của dân quân; báo cáo Ban Chỉ huy phòng thủ khu vực trước ngày 20 hằng tháng."),
    ("p", "6. Đề nghị Sở Nông nghiệp và Môi trường hỗ trợ giống cây, con và chuyển giao kỹ thuật cho các hợp tác xã, "
          "tổ hợp tác do Bộ Chỉ huy giới thiệu. Thời gian: vụ Đông Xuân 2026 - 2027."),
    ("p", "7. Đề nghị Liên minh Hợp tác xã tỉnh tập huấn quản trị cho ban quản trị các hợp tác xã trong khu kinh tế "
          "- quốc phòng. Thời gian: sau khi có kết quả khảo sát tại điểm a mục 1."),
    ("p", "8. Phòng Tham mưu (Ban Dân quân tự vệ) tổng hợp, báo cáo Chỉ huy trưởng kết quả thực hiện Kế hoạch năm "
          "2026 trước ngày 15/12/2026."),
    ("p", "Trên đây là Kế hoạch phối hợp hỗ trợ hợp tác xã, tổ hợp tác trong các khu kinh tế - quốc phòng năm 2026 - "
          "2027 của Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ Tư lệnh Quân khu 5 (b/c);", "- UBND tỉnh (b/c);", "- Sở NN&MT, LMHTX tỉnh;",
            "- Hội CCB tỉnh, Tỉnh đoàn;", "- Các cơ quan, đơn vị thuộc Bộ CHQS tỉnh;", "- Lưu: VT, TM. H10."]
SIGN = [("KT. CHỈ HUY TRƯỞNG", "b"), ("PHÓ CHỈ HUY TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Đại tá Đinh Công Thạch", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260821141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 2814/KH-BCH", CSS)
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
