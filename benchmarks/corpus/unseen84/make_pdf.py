"""Write b_da-nang_06-KH-CLBGD-2026_cau-lac-bo-giam-doc-htx-giao-cuoi-doan.pdf, the eighty-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen84/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen84/make_pdf.py --html-only

A club of cooperative directors' activities plan (January 2026, Đà Nẵng after the merger with Quảng Nam): the club of
the city's Liên minh Hợp tác xã, signed by its Ban Chủ nhiệm. I. purposes, II. eight numbered activities in prose, each
a paragraph that says what is done and ends with who does it and when ("Giao Tổ … thực hiện, … phối hợp; thời gian
…"), III. two paragraphs on funds and reports, the closing sentence, the signature beside "Nơi nhận". No table.

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
STEM = "b_da-nang_06-KH-CLBGD-2026_cau-lac-bo-giam-doc-htx-giao-cuoi-doan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG", ""), ("CÂU LẠC BỘ GIÁM ĐỐC HỢP TÁC XÃ", "b"),
             ("Số: 06/KH-CLBGĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 12 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hoạt động năm 2026 của Câu lạc bộ Giám đốc hợp tác xã thành phố Đà Nẵng"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Năm 2026 là năm đầu Câu lạc bộ sinh hoạt chung giữa các giám đốc hợp tác xã vùng Đà Nẵng cũ và Quảng Nam "
          "cũ. Theo ý kiến thống nhất tại phiên họp Ban Chủ nhiệm ngày 08/01/2026, Câu lạc bộ đề ra các hoạt động "
          "trong năm như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Là nơi các giám đốc hợp tác xã chia sẻ kinh nghiệm quản trị, cùng tìm đầu ra cho sản phẩm; kiến nghị với "
          "Liên minh Hợp tác xã thành phố những vướng mắc về vốn, đất đai, thị trường."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("p", "1. Sinh hoạt chuyên đề “Liên kết tiêu thụ rau an toàn với bếp ăn tập thể” tại một hợp tác xã rau ở xã "
          "Hòa Vang. Giao Tổ Nông nghiệp chuẩn bị nội dung, mời Sở Nông nghiệp và Môi trường cử báo cáo viên; thời "
          "gian: tháng 3/2026."),
    ("p", "2. Gặp mặt đầu năm và tôn vinh 10 giám đốc hợp tác xã tiêu biểu nhân Ngày Hợp tác xã Việt Nam. Ban Chủ "
          "nhiệm thực hiện, Liên minh Hợp tác xã thành phố phối hợp; tổ chức trước ngày 11/4/2026."),
    ("p", "3. Đưa 15 hợp tác xã hội viên tham gia gian hàng chung tại hội chợ hàng nông sản, thủ công mỹ nghệ của "
          "thành phố. Giao Tổ Kết nối thị trường thực hiện, phối hợp với Trung tâm Xúc tiến Đầu tư, Thương mại và Du "
          "lịch thành phố; thời gian: quý II/2026."),
    ("p", "4. Lập và duy trì nhóm trao đổi trực tuyến của hội viên, đăng tải văn bản chính sách mới về hợp tác xã. "
          "Giao Ban Thư ký thực hiện; thường xuyên."),
    ("p", "5. Khảo sát, kết nối các hợp tác xã du lịch cộng đồng ở Hội An, Duy Xuyên, Trà Bồng với đơn vị lữ hành để "
          "xây dựng tour trải nghiệm. Giao Tổ Du lịch cộng đồng chủ trì, Sở Du lịch phối hợp; thời gian: 6 tháng cuối "
          "năm."),
    ("p", "6. Tọa đàm “Vốn cho hợp tác xã: vướng ở đâu” với các ngân hàng thương mại và Quỹ Hỗ trợ phát triển hợp tác "
          "xã thành phố. Ban Chủ nhiệm chủ trì; thời gian: quý III/2026."),
    ("p", "7. Mở gian hàng chung của Câu lạc bộ trên sàn thương mại điện tử, mỗi hợp tác xã hội viên đưa lên ít nhất "
          "02 sản phẩm. Giao Tổ Kết nối thị trường thực hiện, hoàn thành trước ngày 30/9/2026."),
    ("p", "8. Tổng kết hoạt động năm 2026, bầu bổ sung Ban Chủ nhiệm. Giao Ban Thư ký chuẩn bị, báo cáo Liên minh Hợp "
          "tác xã thành phố; thời gian: tháng 12/2026."),
    ("h", "III. KINH PHÍ VÀ CHẾ ĐỘ BÁO CÁO"),
    ("p", "Kinh phí hoạt động từ hội phí của hội viên và tài trợ hợp pháp; Liên minh Hợp tác xã thành phố hỗ trợ hội "
          "trường. Các tổ báo cáo kết quả về Ban Thư ký sau mỗi hoạt động."),
    ("p", "Trên đây là Kế hoạch hoạt động năm 2026 của Câu lạc bộ Giám đốc hợp tác xã thành phố Đà Nẵng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực LMHTX TP (b/c);", "- Ban Chủ nhiệm CLB;", "- Các tổ, hội viên CLB;",
            "- Lưu: BTK."]
SIGN = [("TM. BAN CHỦ NHIỆM", "b"), ("CHỦ NHIỆM", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thành Nhân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260112091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 06/KH-CLBGĐ", CSS)
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
