"""Write b_yen-thanh-nghe-an_21-KH-TTVHTT-2026_ngay-hoi-san-pham-htx.pdf, the hundred-and-sixteenth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen116/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen116/make_pdf.py --html-only

A commune's culture and sports centre's plan (August 2026) for hosting a cooperative products day: I. purposes, II.
time, place and scale, III. the programme, IV. the centre's own teams and the commune's bodies, each a numbered
heading over "+" items; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_yen-thanh-nghe-an_21-KH-TTVHTT-2026_ngay-hoi-san-pham-htx"
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
h4 { font-size: 12pt; font-weight: bold; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND XÃ YÊN THÀNH", ""), ("TRUNG TÂM VĂN HÓA - THỂ THAO", "b"), ("Số: 21/KH-TTVHTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Yên Thành, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Ngày hội sản phẩm hợp tác xã và nông sản an toàn xã Yên Thành năm 2026"

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân xã tại Thông báo số 143/TB-UBND ngày 04/8/2026, Trung tâm Văn hóa - "
          "Thể thao xã xây dựng Kế hoạch tổ chức Ngày hội như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giới thiệu, quảng bá gạo, lạc, cam, mật ong và các sản phẩm OCOP của hợp tác xã, tổ hợp tác trên địa bàn; "
          "tạo không khí vui tươi sau vụ Hè Thu, gắn sinh hoạt văn hóa, thể thao với tiêu thụ nông sản."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ"),
    ("p", "- Thời gian: 01 ngày, khai mạc 7 giờ 30 ngày 20/9/2026 (Chủ nhật)."),
    ("p", "- Địa điểm: sân vận động trung tâm xã. Quy mô khoảng 40 gian hàng của 12 hợp tác xã, 9 tổ hợp tác và hộ "
          "sản xuất."),
    ("h", "III. NỘI DUNG CHƯƠNG TRÌNH"),
    ("p", "Khai mạc, văn nghệ chào mừng; trưng bày, bán sản phẩm; thi nấu ăn từ nông sản của hợp tác xã; giải kéo co, "
          "đẩy gậy giữa các hợp tác xã; bế mạc lúc 17 giờ."),
    ("h", "IV. PHÂN CÔNG NHIỆM VỤ"),
    ("s", "1. Tổ Hành chính - Tổng hợp"),
    ("p", "+ Lập dự toán kinh phí Ngày hội, trình Ủy ban nhân dân xã phê duyệt trước ngày 28/8/2026."),
    ("p", "+ Thuê rạp, bàn ghế, điện chiếu sáng cho các gian hàng; bàn giao mặt bằng cho các đơn vị chậm nhất chiều "
          "19/9/2026."),
    ("s", "2. Tổ Nghiệp vụ văn hóa - thông tin"),
    ("p", "+ Dàn dựng chương trình văn nghệ khai mạc với các câu lạc bộ dân ca ví, giặm của các thôn; tổng duyệt "
          "ngày 18/9/2026."),
    ("p", "+ Phát thông báo trên hệ thống truyền thanh xã, trang Zalo “Yên Thành quê hương” từ ngày 05/9/2026 đến "
          "hết Ngày hội."),
    ("s", "3. Tổ Thể dục - Thể thao"),
    ("p", "+ Soạn điều lệ, tổ chức giải kéo co, đẩy gậy cho các đội của hợp tác xã, tổ hợp tác; gửi điều lệ cho các "
          "đội trước 10/9/2026."),
    ("s", "4. Đề nghị Phòng Kinh tế (UBND xã)"),
    ("p", "+ Thông báo, vận động hợp tác xã, tổ hợp tác đăng ký gian hàng; lựa chọn sản phẩm có truy xuất nguồn gốc; "
          "gửi danh sách về Trung tâm trước ngày 08/9/2026."),
    ("s", "5. Đề nghị Trạm Y tế xã"),
    ("p", "+ Phối hợp với Phòng Văn hóa - Xã hội kiểm tra an toàn thực phẩm các gian hàng ăn uống, bố trí tổ sơ cứu "
          "trực trong suốt Ngày hội."),
    ("s", "6. Đề nghị Công an xã"),
    ("p", "+ Xây dựng phương án bảo đảm an ninh trật tự, phòng cháy, an toàn giao thông khu vực sân vận động trong "
          "hai ngày 19 và 20/9/2026."),
    ("s", "7. Đề nghị Hội Liên hiệp Phụ nữ xã"),
    ("p", "+ Chủ trì, phối hợp Đoàn Thanh niên xã tổ chức hội thi nấu ăn từ nông sản của hợp tác xã; mỗi chi hội cử "
          "01 đội, đăng ký trước 12/9/2026."),
    ("p", "Trên đây là Kế hoạch tổ chức Ngày hội sản phẩm hợp tác xã và nông sản an toàn năm 2026 của Trung tâm Văn "
          "hóa - Thể thao xã Yên Thành./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND xã (b/c);", "- Phòng Kinh tế, Phòng VH-XH;", "- Công an xã, Trạm Y tế xã;",
            "- Hội LHPN, Đoàn TN xã;", "- Các HTX, THT;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Thị Thanh Nga", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260818141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-TTVHTT", CSS)
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
