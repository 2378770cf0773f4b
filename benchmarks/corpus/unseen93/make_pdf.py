"""Write b_dak-lak_15-KH-HHCP-2025_hiep-hoi-ca-phe-htx-eudr.pdf, the ninety-third held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen93/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen93/make_pdf.py --html-only

A coffee association's plan for its member cooperatives to meet the EU deforestation rules over one crop year
(September 2025): I. purposes, II. three numbered subject headings over "-" items that open with THEIR TIME and a
colon ("Tháng 9/2025: Văn phòng Hiệp hội lập …", "Trong vụ thu hoạch: …"), then the doer; III. two "-" items; the
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
STEM = "b_dak-lak_15-KH-HHCP-2025_hiep-hoi-ca-phe-htx-eudr"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HIỆP HỘI CÀ PHÊ", "b"), ("BUÔN MA THUỘT", "b"), ("Số: 15/KH-HHCP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đắk Lắk, ngày 08 tháng 9 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác hội viên đáp ứng Quy định chống phá rừng của EU (EUDR) niên vụ 2025 - 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Quy định của Liên minh châu Âu về sản phẩm không gây mất rừng áp dụng từ cuối năm 2025 đòi hỏi mỗi lô cà "
          "phê xuất khẩu phải truy được đến từng mảnh vườn. Để các hợp tác xã, tổ hợp tác hội viên giữ được thị "
          "trường, Ban Thường vụ Hiệp hội ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Có ít nhất 4.500 ha vườn cà phê của 28 hợp tác xã và 40 tổ hợp tác hội viên được số hóa ranh giới, lưu hồ "
          "sơ truy xuất, bán được cho doanh nghiệp xuất khẩu theo hợp đồng đạt chuẩn trong niên vụ 2025 - 2026."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Số hóa vườn cà phê"),
    ("p", "- Tháng 9/2025: Văn phòng Hiệp hội lập danh sách hợp tác xã, tổ hợp tác đăng ký tham gia, kèm diện tích và "
          "số hộ thành viên, trình Ban Thường vụ."),
    ("p", "- Từ 15/9 đến 31/10/2025: Ban Kỹ thuật phối hợp Trung tâm Khuyến nông tỉnh hướng dẫn hợp tác xã đo tọa độ, "
          "vẽ ranh giới từng vườn bằng ứng dụng trên điện thoại."),
    ("p", "- Trước 30/9/2025: đề nghị Chi cục Kiểm lâm (Sở Nông nghiệp và Môi trường) cung cấp bản đồ hiện trạng rừng "
          "năm 2020 để Hiệp hội đối chiếu."),
    ("p", "- Trước khi thu hoạch: các hợp tác xã, tổ hợp tác hội viên hoàn thành kê khai hồ sơ vườn của thành viên "
          "trên phần mềm dùng chung của Hiệp hội."),
    ("s", "2. Truy xuất nguồn gốc, tiêu thụ"),
    ("p", "- Trong vụ thu hoạch: Ban Kỹ thuật hướng dẫn hợp tác xã ghi nhật ký thu hái, phiếu nhập kho theo từng vườn, "
          "tách riêng cà phê đạt chuẩn."),
    ("p", "- Tháng 12/2025: Ban Thị trường tổ chức gặp gỡ giữa doanh nghiệp xuất khẩu hội viên và hợp tác xã để ký hợp "
          "đồng bao tiêu cà phê đạt chuẩn EUDR."),
    ("s", "3. Tập huấn"),
    ("p", "- Quý IV/2025: Văn phòng Hiệp hội cùng Liên minh Hợp tác xã tỉnh mở 03 lớp tập huấn về EUDR cho giám đốc, "
          "kế toán hợp tác xã và tổ trưởng tổ hợp tác."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "- Ban Tài chính cân đối nguồn hội phí và tài trợ để chi cho các hoạt động nêu trên, trình Ban Thường vụ "
          "trong tháng 9/2025."),
    ("p", "- Văn phòng Hiệp hội theo dõi, tổng hợp, báo cáo Ban Chấp hành kết quả sau khi kết thúc niên vụ (tháng "
          "6/2026)."),
    ("p", "Trên đây là Kế hoạch của Hiệp hội Cà phê Buôn Ma Thuột niên vụ 2025 - 2026./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT tỉnh Đắk Lắk (b/c);", "- LMHTX tỉnh; TT Khuyến nông tỉnh;", "- Ban Chấp hành Hiệp hội;",
            "- HTX, THT hội viên;", "- Lưu: VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Công Hậu", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20250908091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 15/KH-HHCP", CSS)
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
