"""Write b_lam-dong_64-KH-CTLN-2025_cong-ty-lam-nghiep-khoan-rung-htx.pdf, the ninety-first held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen91/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen91/make_pdf.py --html-only

A state forestry company's plan (September 2025) for linking with cooperatives and cooperative groups: planting
large-timber forest and contracting forest protection for the 2025 - 2026 dry season. I. purposes, II. numbered
paragraphs of the company's own rooms, stations and teams, each name followed directly by its verb, times in seasons
and ranges; III. two lines; the signature beside "Nơi nhận". No table.

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
STEM = "b_lam-dong_64-KH-CTLN-2025_cong-ty-lam-nghiep-khoan-rung-htx"
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

HEAD_LEFT = [("UBND TỈNH LÂM ĐỒNG", ""), ("CÔNG TY TNHH MTV", "b"), ("LÂM NGHIỆP DI LINH", "b"),
             ("Số: 64/KH-CTLN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Di Linh, ngày 02 tháng 9 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Liên kết với hợp tác xã, tổ hợp tác trồng rừng gỗ lớn và nhận khoán bảo vệ rừng mùa khô 2025 - 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Công ty đang quản lý hơn 21.000 ha rừng, trong đó nhiều tiểu khu giáp ranh khu dân cư thường xảy ra lấn "
          "chiếm và cháy rừng vào mùa khô. Thực hiện phương án quản lý rừng bền vững đã được phê duyệt, Công ty lập "
          "Kế hoạch liên kết với các hợp tác xã, tổ hợp tác của đồng bào tại chỗ như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giao khoán ổn định khoảng 4.500 ha rừng cho 06 hợp tác xã, 09 tổ hợp tác; trồng mới 350 ha rừng gỗ lớn "
          "theo hình thức liên kết chia sản phẩm; không để xảy ra cháy rừng lớn trong mùa khô."),
    ("h", "II. PHÂN CÔNG NHIỆM VỤ"),
    ("p", "1. Phòng Kế hoạch - Kỹ thuật rà soát hiện trạng từng lô, khoảnh dự kiến giao khoán, thống nhất ranh giới "
          "với UBND xã Di Linh và UBND xã Bảo Thuận; hoàn thành trong tháng 10/2025."),
    ("p", "2. Phòng Tổ chức - Hành chính soạn thảo mẫu hợp đồng khoán bảo vệ rừng và hợp đồng liên kết trồng rừng, "
          "phối hợp Phòng Kế hoạch - Kỹ thuật tổ chức ký với các HTX, THT xong trước 15/11/2025."),
    ("p", "3. Phòng Tài chính - Kế toán tạm ứng 30% tiền khoán năm đầu cho các HTX ngay sau khi hợp đồng được ký "
          "kết; thanh toán phần còn lại theo kết quả nghiệm thu."),
    ("p", "4. Các Trạm Quản lý bảo vệ rừng hướng dẫn tổ hợp tác lập tổ tuần tra, bảng phân công trực phòng cháy, "
          "chữa cháy rừng và kiểm tra việc thực hiện suốt mùa khô (từ tháng 12/2025 đến hết tháng 4/2026)."),
    ("p", "5. Đội Bảo vệ rừng chuyên trách cùng Hạt Kiểm lâm khu vực Di Linh tập huấn kỹ năng phòng cháy, chữa cháy "
          "rừng, sử dụng dụng cụ thủ công cho thành viên các HTX nhận khoán; thời gian tháng 11/2025."),
    ("p", "6. Phòng Kế hoạch - Kỹ thuật cung ứng 120.000 cây giống keo lai mô, thông ba lá cho các HTX trồng rừng "
          "gỗ lớn, giao cây tại vườn ươm trước mùa mưa năm 2026 (trước 30/4/2026)."),
    ("p", "7. Phòng Kế hoạch - Kỹ thuật phối hợp với Liên minh Hợp tác xã tỉnh hướng dẫn 03 hợp tác xã lập hồ sơ "
          "tham gia nhóm chứng chỉ rừng FSC của Công ty, thực hiện trong năm 2026."),
    ("h", "III. CHẾ ĐỘ BÁO CÁO"),
    ("p", "Phòng Tài chính - Kế toán tổng hợp diện tích, tiền khoán đã chi trả cho từng HTX, báo cáo Giám đốc Công "
          "ty định kỳ hằng quý."),
    ("p", "Các phòng, trạm, đội căn cứ nhiệm vụ được giao khẩn trương triển khai thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chủ tịch Công ty;", "- UBND xã Di Linh, Bảo Thuận;",
            "- Các phòng, trạm, đội;", "- Lưu: VT, KH-KT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("K'Brơi Thuận", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20250902143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 64/KH-CTLN", CSS)
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
