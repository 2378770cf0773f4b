"""Write b_phu-tho_18-KH-BQLDT-2026_khu-di-tich-gian-hang-htx-le-hoi.pdf, the eighty-ninth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen89/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen89/make_pdf.py --html-only

A relic site's management board's plan (January 2026) for the stalls of cooperatives at a spring festival: I. purposes,
II. three italic stage headings ("Trước lễ hội", "Trong thời gian lễ hội", "Sau lễ hội") over lettered items "a) X: …"
(the doer, a colon, the work, the time in its own sentence), one item opening "Đề nghị …", partners written after the
work ("… cùng Sở Công Thương"); III. the board's office's report; the signature beside "Nơi nhận". No table.

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
STEM = "b_phu-tho_18-KH-BQLDT-2026_khu-di-tich-gian-hang-htx-le-hoi"
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
h4 { font-size: 12pt; font-style: italic; font-weight: normal; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH PHÚ THỌ", ""), ("BAN QUẢN LÝ KHU DI TÍCH", "b"), ("LỊCH SỬ ĐỀN HÙNG", "b"),
             ("Số: 18/KH-BQLDT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Thọ, ngày 21 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Bố trí khu gian hàng của hợp tác xã, tổ hợp tác phục vụ Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Bính "
            "Ngọ 2026")

# "h" a section heading, "s" a stage heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Kế hoạch tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm 2026 của UBND tỉnh; nhằm giới thiệu sản "
          "phẩm đặc trưng, sản phẩm OCOP của các hợp tác xã, tổ hợp tác trong tỉnh tới du khách thập phương, Ban Quản "
          "lý Khu di tích lịch sử Đền Hùng xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bố trí khoảng 40 gian hàng cho hợp tác xã, tổ hợp tác tại khu vực chân núi Nghĩa Lĩnh, bảo đảm mỹ quan, "
          "văn minh, phù hợp không gian di tích; không bán hàng giả, hàng không rõ nguồn gốc, không chèo kéo khách."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("s", "1. Trước lễ hội"),
    ("p", "a) Phòng Quản lý và Phát huy giá trị di tích: thông báo tiêu chí, nhận đăng ký gian hàng của hợp tác xã, tổ "
          "hợp tác; lập danh sách trình Trưởng ban duyệt. Thời gian: trước ngày 10/3/2026."),
    ("p", "b) Phòng Kế hoạch - Tài chính: xây dựng mức thu tiền thuê gian hàng, miễn 50% cho hợp tác xã có sản phẩm "
          "OCOP từ 3 sao trở lên, thống nhất cùng Sở Công Thương trước khi ban hành. Thời gian: tháng 3/2026."),
    ("p", "c) Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu 25 hợp tác xã tiêu biểu có sản phẩm chè, bưởi, bánh chưng, "
          "mật ong, hàng mây tre đan tham gia; cùng Ban chọn sản phẩm trưng bày. Thời gian: trước ngày 20/3/2026."),
    ("p", "d) Trung tâm Dịch vụ - Du lịch Đền Hùng: dựng, lắp điện, nước cho khu gian hàng theo mẫu thống nhất. Thời "
          "gian: xong trước ngày 15/4/2026."),
    ("s", "2. Trong thời gian lễ hội"),
    ("p", "a) Đội Bảo vệ di tích: bảo đảm an ninh, trật tự, phòng cháy tại khu gian hàng, phối hợp với Công an "
          "phường sở tại xử lý việc lấn chiếm lối đi. Thời gian: suốt thời gian lễ hội."),
    ("p", "b) Phòng Tuyên truyền - Giáo dục di sản: giới thiệu các hợp tác xã, sản phẩm trên loa phát thanh khu di "
          "tích và trang thông tin điện tử của Ban. Thời gian: tháng 4/2026."),
    ("p", "c) Đề nghị Chi cục Quản lý thị trường tỉnh Phú Thọ kiểm tra nguồn gốc, nhãn hàng hóa, niêm yết giá tại "
          "các gian hàng. Thời gian: từ ngày 17/4 đến hết ngày 26/4/2026."),
    ("s", "3. Sau lễ hội"),
    ("p", "Phòng Kế hoạch - Tài chính: quyết toán tiền thuê, hoàn trả tiền đặt cọc cho các hợp tác xã, tổ hợp tác. "
          "Thời gian: chậm nhất 15 ngày sau khi lễ hội kết thúc."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Văn phòng Ban tổng hợp kết quả, đánh giá hiệu quả khu gian hàng, báo cáo UBND tỉnh (qua Sở Văn hóa, Thể "
          "thao và Du lịch) trước ngày 29/5/2026./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở VHTTDL, Sở Công Thương;", "- LMHTX tỉnh;",
            "- Chi cục QLTT tỉnh;", "- Các phòng, đơn vị thuộc Ban;", "- Lưu: VT, QLDT."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Hà Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260121141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 18/KH-BQLDT", CSS)
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
