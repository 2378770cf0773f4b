"""Write b_vinh-long_14-KH-HHLN-2026_hiep-hoi-lang-nghe-htx.pdf, the ninety-seventh held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen97/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen97/make_pdf.py --html-only

A provincial craft-village association's plan for the cooperatives and cooperative groups of its craft villages (March
2026, after Vĩnh Long, Bến Tre and Trà Vinh were merged): I. purposes, II. four numbered subject headings over items
numbered "1.1.", "1.2.", … in prose, the doer named in the middle ("do Ban … thực hiện", "giao Ban …") or first, the
last heading over one "-" item whose doer and time come last in brackets; III. three "-" paragraphs; the closing
sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_vinh-long_14-KH-HHLN-2026_hiep-hoi-lang-nghe-htx"
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

HEAD_LEFT = [("HIỆP HỘI LÀNG NGHỀ", "b"), ("TỈNH VĨNH LONG", "b"), ("Số: 14/KH-HHLN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 10 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác ở các làng nghề truyền thống năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Sau hợp nhất, tỉnh có 41 làng nghề được công nhận, trong đó 17 làng nghề có hợp tác xã hoặc tổ hợp tác "
          "(đan lục bình, se chỉ xơ dừa, làm kẹo dừa, bánh tráng, dệt chiếu, se nhang). Thực hiện Nghị quyết Đại hội "
          "Hiệp hội nhiệm kỳ 2025 - 2030, Ban Chấp hành Hiệp hội ban hành Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giữ nghề, truyền nghề cho lớp thợ trẻ; giúp các HTX, THT làng nghề làm ra sản phẩm có mẫu mã, nhãn hiệu, "
          "bán được cho doanh nghiệp xuất khẩu; hoạt động của Hiệp hội gắn với nhu cầu thật của hội viên."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("s", "1. Truyền nghề, nâng tay nghề"),
    ("p", "1.1. Mở 03 lớp truyền nghề đan lục bình, se chỉ xơ dừa cho thành viên các tổ hợp tác mới thành lập, do Ban "
          "Đào tạo nghề thực hiện, mời Trung tâm Khuyến công và Tư vấn phát triển công nghiệp (Sở Công Thương) cùng "
          "tổ chức; khai giảng sau Tết, kết thúc trong tháng 6/2026."),
    ("p", "1.2. Các nghệ nhân hội viên nhận kèm cặp ít nhất 02 thợ trẻ của HTX ở làng nghề mình trong năm 2026; Ban "
          "Đào tạo nghề lập danh sách cặp kèm, theo dõi."),
    ("s", "2. Mẫu mã, nhãn hiệu"),
    ("p", "2.1. Giao Ban Thiết kế - Sản phẩm hỗ trợ 05 HTX cải tiến mẫu mã, bao bì kẹo dừa, bánh tráng, chiếu cói; "
          "hoàn thành trong quý II/2026."),
    ("p", "2.2. Văn phòng Hiệp hội phối hợp Sở Khoa học và Công nghệ hướng dẫn 02 HTX lập hồ sơ đăng ký nhãn hiệu tập "
          "thể cho sản phẩm chiếu và kẹo dừa, nộp hồ sơ trước 30/9/2026."),
    ("s", "3. Tiêu thụ sản phẩm"),
    ("p", "3.1. Đưa sản phẩm của 10 HTX làng nghề vào gian hàng chung của Hiệp hội tại Hội chợ hàng thủ công mỹ nghệ "
          "tổ chức ở phường Long Châu; giao Ban Xúc tiến thương mại, phối hợp Liên minh HTX tỉnh; tháng 8/2026."),
    ("p", "3.2. Ban Xúc tiến thương mại giới thiệu các HTX với 03 doanh nghiệp xuất khẩu hàng thủ công mỹ nghệ, hỗ "
          "trợ hai bên ký hợp đồng bao tiêu trong 6 tháng cuối năm."),
    ("s", "4. Môi trường làng nghề"),
    ("p", "- Khảo sát hiện trạng xử lý nước thải tại 04 làng nghề làm bún, se nhang có HTX hoạt động, đề xuất mô hình "
          "xử lý phù hợp (Ban Thường trực Hiệp hội, phối hợp Sở Nông nghiệp và Môi trường; quý III/2026)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "- Các chi hội làng nghề cơ sở đăng ký nhu cầu học nghề, thiết kế mẫu, tham gia hội chợ của HTX, THT trong "
          "chi hội, gửi Văn phòng Hiệp hội trước 31/3/2026."),
    ("p", "- Văn phòng Hiệp hội tổng hợp kết quả, báo cáo Ban Chấp hành tại kỳ họp cuối năm, chậm nhất ngày "
          "15/12/2026."),
    ("p", "- Kinh phí: hội phí, tài trợ của doanh nghiệp hội viên và kinh phí khuyến công được giao (nếu có)."),
    ("p", "Trên đây là Kế hoạch hỗ trợ HTX, THT làng nghề năm 2026 của Hiệp hội Làng nghề tỉnh Vĩnh Long./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Công Thương (b/c);", "- Liên minh HTX tỉnh;", "- Các Ban, chi hội;",
            "- Nghệ nhân hội viên;", "- Lưu: VP Hiệp hội."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Thạch Ngọc Sang", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260310091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 14/KH-HHLN", CSS)
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
