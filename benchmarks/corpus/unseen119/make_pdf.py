"""Write b_gia-lai_1742-KH-SCT-2026_so-cong-thuong-htx-san-tmdt-don-vi-cuoi-cau.pdf, the hundred-and-nineteenth
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen119/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen119/make_pdf.py --html-only

An everyday Sở's plan (April 2026, after Gia Lai and Bình Định were merged): I. purposes, II. numbered tasks in prose,
each a paragraph of the work followed by a sentence naming the doer LAST ("Phòng Quản lý thương mại thực hiện; Trung
tâm Khuyến công và Xúc tiến thương mại phối hợp; xong trong tháng 6/2026."); III. two paragraphs; the closing
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
STEM = "b_gia-lai_1742-KH-SCT-2026_so-cong-thuong-htx-san-tmdt-don-vi-cuoi-cau"
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

HEAD_LEFT = [("UBND TỈNH GIA LAI", ""), ("SỞ CÔNG THƯƠNG", "b"), ("Số: 1742/KH-SCT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 14 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa sản phẩm của hợp tác xã lên sàn thương mại điện tử năm 2026"

BODY = [
    ("p", "Thực hiện chỉ đạo của UBND tỉnh tại Thông báo số 211/TB-UBND ngày 26/3/2026, Sở Công Thương xây dựng Kế "
          "hoạch hỗ trợ hợp tác xã bán hàng qua sàn thương mại điện tử năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đến cuối năm 2026 có thêm ít nhất 80 hợp tác xã của tỉnh có gian hàng trên sàn thương mại điện tử, trong đó "
          "40 hợp tác xã có đơn hàng thường xuyên; sản phẩm cà phê, hồ tiêu, điều, thủy sản khô được ưu tiên."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Khảo sát nhu cầu, năng lực bán hàng trực tuyến của hợp tác xã ở vùng phía Tây và phía Đông của tỉnh. "
          "Phòng Quản lý thương mại thực hiện; Sở Tài chính, Liên minh Hợp tác xã tỉnh phối hợp; xong trong tháng "
          "5/2026."),
    ("p", "2. Mở 06 lớp tập huấn kỹ năng chụp ảnh sản phẩm, livestream, quản lý đơn hàng cho cán bộ hợp tác xã. Trung "
          "tâm Khuyến công và Xúc tiến thương mại thực hiện, phối hợp Bưu điện tỉnh Gia Lai; thời gian quý II và quý "
          "III/2026."),
    ("p", "3. Hỗ trợ 80 hợp tác xã mở gian hàng, đăng sản phẩm, chuẩn hóa mô tả và nhãn hàng hóa. Trung tâm Khuyến "
          "công và Xúc tiến thương mại chịu trách nhiệm; hoàn thành trước ngày 30/9/2026."),
    ("p", "4. Tổ chức 02 chương trình \u201cTuần lễ nông sản hợp tác xã Gia Lai trực tuyến\u201d vào dịp thu hoạch cà "
          "phê và trước Tết Nguyên đán. Phòng Quản lý thương mại chủ trì, các sàn thương mại điện tử và Liên minh "
          "Hợp tác xã tỉnh phối hợp; tháng 11/2026 và tháng 01/2027."),
    ("p", "5. Hướng dẫn hợp tác xã về quy định bán hàng trực tuyến, chống hàng giả, gian lận thương mại trên môi "
          "trường mạng. Phòng Kỹ thuật an toàn - Môi trường và Thanh tra Sở phối hợp với Đội Quản lý thị trường số 3 "
          "thực hiện; thường xuyên."),
    ("p", "6. Đề xuất đưa nội dung hỗ trợ hợp tác xã bán hàng trực tuyến vào Đề án xúc tiến thương mại giai đoạn 2027 - "
          "2030 của tỉnh. Văn phòng Sở tham mưu; trước 15/10/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý thương mại là đầu mối theo dõi, tổng hợp báo cáo Giám đốc Sở kết quả thực hiện 6 tháng "
          "(trước 10/6/2026) và cả năm (trước 10/12/2026)."),
    ("p", "2. Văn phòng Sở bố trí kinh phí từ nguồn xúc tiến thương mại năm 2026 được giao, hoàn thành thủ tục trong "
          "quý II/2026."),
    ("p", "Trên đây là Kế hoạch đưa sản phẩm của hợp tác xã lên sàn thương mại điện tử năm 2026 của Sở Công Thương "
          "tỉnh Gia Lai./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính; LMHTX tỉnh;", "- Bưu điện tỉnh;",
            "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLTM."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Thị Thu Sương", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260414152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1742/KH-SCT", CSS)
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
