"""Write b_dong-thap_09-KH-HHRQ-2026_hiep-hoi-rau-qua-globalgap.pdf, the hundred-and-twenty-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen124/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen124/make_pdf.py --html-only

A provincial fruit and vegetable association's plan for bringing fruit cooperatives to GlobalGAP (May 2026): I.
purpose, II. items grouped by the STAGE of certification (trước chứng nhận / đánh giá / sau chứng nhận), each item a
paragraph "Giao X …, phối hợp Y; thời gian …"; III. two paragraphs of the association's office. No table.

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
STEM = "b_dong-thap_09-KH-HHRQ-2026_hiep-hoi-rau-qua-globalgap"
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

HEAD_LEFT = [("HIỆP HỘI RAU QUẢ", "b"), ("TỈNH ĐỒNG THÁP", "b"), ("Số: 09/KH-HHRQ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 19 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đồng hành cùng hợp tác xã cây ăn trái đạt chứng nhận GlobalGAP, niên vụ 2026 - 2027"

BODY = [
    ("p", "Nhiều lô xoài, sầu riêng, bưởi của hợp tác xã bị đối tác nước ngoài từ chối vì thiếu chứng nhận; Ban Chấp "
          "hành Hiệp hội thống nhất hỗ trợ 14 hợp tác xã hội viên (vùng Tiền Giang cũ và Đồng Tháp cũ) đạt "
          "GlobalGAP trong niên vụ 2026 - 2027."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Hợp tác xã nắm được yêu cầu của bộ tiêu chuẩn, ghi chép nhật ký canh tác đầy đủ, có đầu ra ổn định với "
          "doanh nghiệp xuất khẩu là hội viên Hiệp hội."),
    ("h", "II. NỘI DUNG THEO TỪNG GIAI ĐOẠN"),
    ("s", "Giai đoạn 1 - Chuẩn bị"),
    ("p", "1. Giao Ban Kỹ thuật khảo sát vườn, đánh giá điều kiện của 14 hợp tác xã, phối hợp Chi cục Trồng trọt và "
          "Bảo vệ thực vật (Sở NN&MT); thời gian tháng 6/2026."),
    ("p", "2. Giao Ban Kỹ thuật mở lớp hướng dẫn ghi nhật ký đồng ruộng, sử dụng thuốc BVTV đúng cách cho tổ sản "
          "xuất của hợp tác xã, phối hợp Trung tâm Khuyến nông; thời gian trước khi xử lý ra hoa."),
    ("p", "3. Văn phòng Hiệp hội làm việc với Quỹ Hỗ trợ phát triển HTX tỉnh để hợp tác xã được vay mua kho sơ chế, "
          "nhà vệ sinh, tủ chứa hóa chất; xong trước 15/7/2026."),
    ("s", "Giai đoạn 2 - Đánh giá, cấp chứng nhận"),
    ("p", "4. Giao Ban Thị trường liên hệ, chọn tổ chức chứng nhận, thương lượng phí đánh giá theo nhóm cho cả 14 "
          "hợp tác xã; thời gian quý III/2026."),
    ("p", "5. Ban Kỹ thuật đánh giá nội bộ thử trước khi tổ chức chứng nhận đến vườn, phối hợp với ban giám đốc các "
          "hợp tác xã; thời gian tháng 9 - tháng 10/2026."),
    ("s", "Giai đoạn 3 - Sau chứng nhận"),
    ("p", "6. Giao Ban Thị trường kết nối hợp tác xã đã có chứng nhận với doanh nghiệp hội viên ký hợp đồng bao tiêu, "
          "phối hợp Sở Công Thương; thời gian vụ thu hoạch chính 2027."),
    ("p", "7. Ban Kỹ thuật kiểm tra việc duy trì tiêu chuẩn tại vườn, 6 tháng một lần."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Văn phòng Hiệp hội cân đối hội phí và nguồn tài trợ cho các hoạt động của Kế hoạch; báo cáo Ban Chấp hành "
          "tại kỳ họp cuối năm 2026."),
    ("p", "Các ban của Hiệp hội chủ động phối hợp, kịp thời phản ánh khó khăn về Văn phòng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT, Sở Công Thương (b/c);", "- Liên minh HTX tỉnh;", "- BCH Hiệp hội;",
            "- 14 HTX hội viên;", "- Lưu: VP."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hoàng Phúc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260519091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HHRQ", CSS)
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
