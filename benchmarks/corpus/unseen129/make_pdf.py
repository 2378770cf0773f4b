"""Write b_hue_45-KH-TTPVHCC-2026_thu-tuc-truc-tuyen-htx.pdf, the hundred-and-twenty-ninth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen129/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen129/make_pdf.py --html-only

A city's public administrative service centre helping cooperatives file their procedures online (March 2026, Huế a
centrally-run city): I. purposes, II. numbered items each stating the work, then "Đầu mối: …; phối hợp: …; thời
gian: …" in the same paragraph; III. two paragraphs; the signature beside "Nơi nhận". No table.

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
STEM = "b_hue_45-KH-TTPVHCC-2026_thu-tuc-truc-tuyen-htx"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HUẾ", ""), ("TRUNG TÂM PHỤC VỤ", "b"), ("HÀNH CHÍNH CÔNG", "b"),
             ("Số: 45/KH-TTPVHCC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 05 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác thực hiện thủ tục hành chính trực tuyến năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Năm 2025, Trung tâm tiếp nhận 318 hồ sơ về hợp tác xã, tổ hợp tác nhưng chỉ 41 hồ sơ nộp trực tuyến; nhiều "
          "hợp tác xã ở các xã miền núi A Lưới, Phong Điền chưa có chữ ký số. Trung tâm Phục vụ hành chính công thành "
          "phố xây dựng Kế hoạch hỗ trợ năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Nâng tỷ lệ hồ sơ đăng ký hợp tác xã, tổ hợp tác nộp trực tuyến toàn trình lên ít nhất 70%; không để hồ sơ "
          "trễ hẹn; mỗi hợp tác xã có ít nhất một người dùng thành thạo tài khoản định danh điện tử mức 2."),
    ("h", "II. NỘI DUNG HỖ TRỢ"),
    ("p", "1. Biên soạn tờ hướng dẫn từng bước nộp hồ sơ đăng ký thành lập, đăng ký thay đổi của hợp tác xã trên Cổng "
          "Dịch vụ công quốc gia, in mã QR dẫn đến từng thủ tục. Đầu mối: Phòng Giám sát và Hỗ trợ; phối hợp: Phòng "
          "Doanh nghiệp và Kinh tế tập thể (Sở Tài chính); thời gian: xong trước 31/3/2026."),
    ("p", "2. Bố trí bàn hỗ trợ nộp hồ sơ trực tuyến tại khu vực chờ, có máy tính và máy quét cho hợp tác xã dùng "
          "miễn phí. Đầu mối: Văn phòng Trung tâm; thời gian: từ tháng 4/2026, duy trì cả năm."),
    ("p", "3. Công chức quầy Sở Tài chính tại Trung tâm hướng dẫn trực tiếp, thay hợp tác xã scan và đính kèm hồ sơ khi "
          "hợp tác xã đề nghị; thời gian: thường xuyên."),
    ("p", "4. Tổ chức 04 lớp “cầm tay chỉ việc” về chữ ký số, tài khoản định danh điện tử cho cán bộ hợp tác xã tại A "
          "Lưới, Phong Điền, Phú Vang và Hương Trà. Đầu mối: Phòng Giám sát và Hỗ trợ; phối hợp: Liên minh Hợp tác xã "
          "thành phố, UBND các xã nơi mở lớp; thời gian: quý II/2026."),
    ("p", "5. Phối hợp Viễn thông Huế cấp chữ ký số miễn phí năm đầu cho các hợp tác xã tham gia lớp. Đầu mối: Phòng "
          "Công nghệ thông tin - Số hóa; thời gian: cùng thời gian mở lớp."),
    ("p", "6. Số hóa kết quả giải quyết thủ tục của hợp tác xã đã trả từ năm 2023 đến năm 2025, đưa vào kho dữ liệu "
          "điện tử của tổ chức. Đầu mối: Phòng Công nghệ thông tin - Số hóa; phối hợp: quầy Sở Tài chính; thời gian: "
          "tháng 5 đến tháng 8/2026."),
    ("p", "7. Gọi điện khảo sát mức độ hài lòng của hợp tác xã sau khi nhận kết quả, tổng hợp theo quý. Đầu mối: Phòng "
          "Giám sát và Hỗ trợ; thời gian: hằng quý."),
    ("p", "8. Đăng video hướng dẫn trên trang Hue-S và fanpage của Trung tâm. Đầu mối: Phòng Công nghệ thông tin - Số "
          "hóa; phối hợp: Trung tâm Giám sát, điều hành đô thị thông minh; thời gian: tháng 4/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Trung tâm dự trù kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2026, trình Giám "
          "đốc duyệt trong tháng 3/2026."),
    ("p", "2. Phòng Giám sát và Hỗ trợ tổng hợp kết quả, báo cáo Văn phòng UBND thành phố trước ngày 15/12/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Văn phòng UBND thành phố (b/c);", "- Sở Tài chính;", "- Liên minh HTX thành phố;",
            "- Các phòng thuộc Trung tâm;", "- Lưu: VT, GSHT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Khánh Vy", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260305091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 45/KH-TTPVHCC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
