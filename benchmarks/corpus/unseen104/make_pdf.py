"""Write b_gia-lai_46-KH-CAX-2025_cong-an-xa-mua-thu-hoach-ca-phe-htx.pdf, the hundred-and-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen104/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen104/make_pdf.py --html-only

A commune police station's plan (October 2025, after the district police were dissolved): security and order for the
coffee harvest of the commune's cooperatives; I. purposes, II. the situation (no task), III. its own teams in
numbered paragraphs and the bodies it asks to help, the signature beside "Nơi nhận". No table.

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
STEM = "b_gia-lai_46-KH-CAX-2025_cong-an-xa-mua-thu-hoach-ca-phe-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("CÔNG AN TỈNH GIA LAI", ""), ("CÔNG AN XÃ IA GRAI", "b"), ("Số: 46/KH-CAX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ia Grai, ngày 20 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bảo đảm an ninh, trật tự mùa thu hoạch cà phê niên vụ 2025 - 2026 tại các hợp tác xã trên địa bàn xã"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Mùa thu hoạch cà phê niên vụ 2025 - 2026 bắt đầu từ cuối tháng 10; trên địa bàn xã có 07 hợp tác xã và 15 "
          "tổ hợp tác trồng, sơ chế cà phê với khoảng 2.400 ha. Để phòng ngừa trộm cắp cà phê, tranh chấp khi thu mua "
          "và tai nạn lao động, Công an xã Ia Grai xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Chủ động nắm tình hình, không để xảy ra trộm cắp cà phê quả tươi, cà phê nhân tại vườn, sân phơi và kho của "
          "hợp tác xã; xử lý nghiêm các hành vi ép giá, gian lận cân đong khi thu mua."),
    ("h", "II. TÌNH HÌNH"),
    ("p", "Niên vụ trước xảy ra 09 vụ trộm cắp cà phê, trong đó 04 vụ tại kho của hợp tác xã; một số thương lái từ nơi "
          "khác đến thu mua không khai báo tạm trú."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "1. Đội Cảnh sát khu vực nắm danh sách các kho, sân phơi của 07 hợp tác xã, hướng dẫn hợp tác xã lắp camera, "
          "bố trí người trực đêm; hoàn thành trước ngày 05/11/2025."),
    ("p", "2. Tổ Tuần tra phối hợp Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở các thôn, làng tuần tra ban đêm "
          "tại các vùng cà phê của hợp tác xã, từ ngày 01/11/2025 đến hết mùa thu hoạch."),
    ("p", "3. Đội Cảnh sát khu vực kiểm tra việc khai báo tạm trú của thương lái, lao động thời vụ đến hái cà phê; "
          "thường xuyên trong mùa vụ."),
    ("p", "4. Tổ Điều tra tổng hợp xử lý tin báo về trộm cắp, tranh chấp khi thu mua cà phê của hợp tác xã; báo cáo "
          "kết quả về Trưởng Công an xã vào ngày 25 hằng tháng."),
    ("p", "5. Tổ Tổng hợp chủ trì, phối hợp phòng Kinh tế xã kiểm tra cân điện tử tại các điểm thu mua cà phê của hợp "
          "tác xã, trong tháng 11/2025."),
    ("p", "6. Đề nghị Ban Chỉ huy Quân sự xã hỗ trợ lực lượng dân quân tuần tra cùng Công an xã vào các đợt cao điểm "
          "thu hoạch (tháng 11 và tháng 12)."),
    ("p", "7. Các hợp tác xã cà phê trên địa bàn cử người phối hợp với Tổ Tuần tra, thông báo ngay cho Công an xã khi "
          "phát hiện người lạ, phương tiện khả nghi; thực hiện trong suốt mùa vụ."),
    ("p", "8. Tổ Tổng hợp sơ kết việc thực hiện Kế hoạch, báo cáo Công an tỉnh (qua Phòng Cảnh sát quản lý hành chính "
          "về trật tự xã hội) trước ngày 15/02/2026."),
    ("p", "Trên đây là Kế hoạch bảo đảm an ninh, trật tự mùa thu hoạch cà phê của Công an xã Ia Grai./."),
]

NOI_NHAN = ["Nơi nhận:", "- Công an tỉnh (PC06) (b/c);", "- Đảng ủy, UBND xã (b/c);", "- BCH Quân sự xã;",
            "- Các HTX cà phê;", "- Lưu: CAX."]
SIGN = [("TRƯỞNG CÔNG AN XÃ", "b"), ("", ""), ("", ""), ("", ""), ("Thiếu tá Rơ Mah Hleo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20251020091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 46/KH-CAX", CSS)
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
