"""Write b_ninh-binh_14-KH-HDY-2026_hoi-dong-y-htx-duoc-lieu-muc-chu-cai.pdf, the seventy-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen79/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen79/make_pdf.py --html-only

A provincial association of traditional medicine's plan (March 2026) for linking its members with cooperatives that
grow medicinal herbs: the association's header under its national body, I. purposes, II. four numbered headings in
bold over lettered items "a)", "b)" in prose; III. one numbered paragraph; the signature beside "Nơi nhận", the
signer's name after his title "Lương y". No table.

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
STEM = "b_ninh-binh_14-KH-HDY-2026_hoi-dong-y-htx-duoc-lieu-muc-chu-cai"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
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

HEAD_LEFT = [("HỘI ĐÔNG Y VIỆT NAM", ""), ("HỘI ĐÔNG Y TỈNH NINH BÌNH", "b"), ("Số: 14/KH-HĐY", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ninh Bình, ngày 18 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Liên kết hội viên với các hợp tác xã, tổ hợp tác trồng dược liệu năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Nhiều hội viên là lương y, chủ phòng chẩn trị y học cổ truyền đang phải mua dược liệu trôi nổi, không rõ "
          "nguồn gốc, trong khi các hợp tác xã trồng ích mẫu, đinh lăng, kim tiền thảo ở vùng Nho Quan, Kim Sơn, "
          "Thanh Liêm chưa tìm được đầu ra ổn định. Ban Thường vụ Hội Đông y tỉnh đề ra Kế hoạch năm 2026:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Hội viên dùng dược liệu sạch, rõ nguồn gốc do hợp tác xã trong tỉnh trồng; hợp tác xã có thêm khách hàng "
          "thường xuyên; kinh nghiệm của các lương y được truyền lại cho thành viên hợp tác xã."),
    ("h", "II. NỘI DUNG HOẠT ĐỘNG"),
    ("s", "1. Nắm tình hình cung và cầu dược liệu"),
    ("p", "a) Ban Chuyên môn - Dược liệu chủ trì, cùng Liên minh Hợp tác xã tỉnh khảo sát diện tích, sản "
          "lượng, chủng loại dược liệu của các hợp tác xã, tổ hợp tác; hoàn thành trước ngày 30/4/2026."),
    ("p", "b) Văn phòng Hội lập danh sách hội viên có nhu cầu mua dược liệu (loại, số lượng hằng tháng) để gửi các hợp "
          "tác xã; thời gian: tháng 5/2026."),
    ("s", "2. Truyền kinh nghiệm thu hái, sơ chế"),
    ("p", "a) Ban Chuyên môn - Dược liệu cử lương y có kinh nghiệm xuống hướng dẫn thành viên hợp tác xã thu hái, sơ "
          "chế, phơi sấy dược liệu đúng cách, thực hiện vào mùa thu hái của từng loại cây."),
    ("p", "b) Hội Đông y các xã, phường vùng trồng dược liệu giới thiệu hội viên có vườn thuốc nam tham gia tổ hợp "
          "tác, hợp tác xã ở địa phương, trong năm 2026."),
    ("s", "3. Kết nối mua bán"),
    ("p", "a) Văn phòng Hội phối hợp Bệnh viện Y dược cổ truyền tỉnh tổ chức hội nghị kết nối giữa hội viên, hợp tác "
          "xã và các cơ sở khám chữa bệnh bằng y học cổ truyền, dự kiến tháng 8/2026."),
    ("p", "b) Đề nghị Trung tâm Kiểm nghiệm (Sở Y tế) hỗ trợ kiểm nghiệm mẫu dược liệu của hợp tác xã trước khi hai "
          "bên ký hợp đồng mua bán."),
    ("s", "4. Kiểm tra"),
    ("p", "Ban Kiểm tra Hội kiểm tra việc hội viên sử dụng dược liệu có nguồn gốc, hóa đơn, chứng từ mua của hợp tác "
          "xã, tổ chức 02 đợt vào tháng 6 và tháng 11/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Văn phòng Hội là đầu mối theo dõi Kế hoạch; tổng hợp số hợp đồng mua bán đã ký, báo cáo Ban Thường vụ "
          "trước ngày 10/12/2026."),
    ("p", "Kế hoạch này được gửi tới các ban của Hội và chi hội cơ sở để biết, thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội Đông y VN (b/c);", "- Sở Y tế, LMHTX tỉnh;", "- Các ban, VP Hội;",
            "- Hội Đông y các xã, phường;", "- Lưu: VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lương y Đinh Công Hậu", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:00 in Việt Nam
PDF_DATE = b"D:20260318090000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 14/KH-HĐY", CSS)
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
