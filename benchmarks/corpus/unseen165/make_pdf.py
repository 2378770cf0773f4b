"""Write b_cao-bang_07-KH-TCNSCD-2026_lich-ho-tro-htx-len-san.pdf, the hundred-and-sixty-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen165/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen165/make_pdf.py --html-only

A commune's community digital technology team (Tổ Công nghệ số cộng đồng, August 2026) plans twelve days of help for
cooperatives and cooperative groups to sell on e-commerce platforms and take cashless payments: I. purposes, II. who
takes part (facts), III. A DAY-BY-DAY AGENDA — bold day headings ("Thứ Hai, 07/9/2026") over "Sáng:", "Chiều:", "Cả
ngày:" lines, each naming who goes, to which cooperative and what for —, IV. two numbered follow-up duties; the closing
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
STEM = "b_cao-bang_07-KH-TCNSCD-2026_lich-ho-tro-htx-len-san"
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
h4 { font-size: 12pt; margin: 8pt 0 2pt; text-decoration: underline; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.slot { margin: 0 0 4pt 10mm; text-align: justify; }
p.slot b { display: inline-block; min-width: 18mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND XÃ HÀ QUẢNG", ""), ("TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG", "b"), ("Số: 07/KH-TCNSCĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Quảng, ngày 26 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đợt hỗ trợ hợp tác xã, tổ hợp tác bán hàng trên sàn thương mại điện tử và thanh toán không dùng tiền mặt "
            "(từ 07/9 đến 18/9/2026)")

# "h" a section heading, "d" a day heading, "p" a paragraph, ("s", slot, text) a line of the day's agenda
BODY = [
    ("p", "Thực hiện Kế hoạch số 112/KH-UBND ngày 05/8/2026 của UBND xã về chuyển đổi số trong kinh tế tập thể năm "
          "2026, Tổ Công nghệ số cộng đồng xã Hà Quảng lập lịch hỗ trợ trực tiếp tại 09 hợp tác xã, 05 tổ hợp tác "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Hết đợt, mỗi hợp tác xã mở được gian hàng trên một sàn thương mại điện tử trở lên, có tài khoản "
          "thanh toán và mã QR dán tại nơi bán; tổ hợp tác biết ghi nhật ký sản xuất trên điện thoại."),
    ("p", "- Làm tại chỗ, cầm tay chỉ việc; không thu bất kỳ khoản phí nào của hợp tác xã, tổ hợp tác."),
    ("h", "II. LỰC LƯỢNG THAM GIA"),
    ("p", "Tổ viên là công chức phòng Văn hóa - Xã hội, đoàn viên Đoàn Thanh niên xã, nhân viên Bưu điện xã Hà Quảng "
          "và thành viên 12 tổ công nghệ số cộng đồng ở thôn. Mỗi buổi có ít nhất 02 người, mang theo điện thoại "
          "mẫu và máy in tem."),
    ("h", "III. LỊCH HỖ TRỢ TẠI CƠ SỞ"),
    ("d", "Thứ Hai, 07/9/2026"),
    ("s", "Sáng:", "Đoàn Thanh niên xã chụp ảnh, viết lời giới thiệu 12 sản phẩm của HTX Nông sản Pác Bó, mở gian hàng "
                   "cho hợp tác xã; Bưu điện xã Hà Quảng hỗ trợ khai báo kho hàng."),
    ("s", "Chiều:", "Bưu điện xã Hà Quảng hướng dẫn kế toán HTX Chè Lũng Nặm và THT nuôi ong Sóc Hà mở tài khoản "
                    "thanh toán, in mã QR dán tại quầy bán."),
    ("d", "Thứ Tư, 09/9/2026"),
    ("s", "Sáng:", "phòng Văn hóa - Xã hội cài ứng dụng ký số từ xa, hướng dẫn giám đốc 04 hợp tác xã ký hóa đơn, "
                   "hợp đồng điện tử; phối hợp Trung tâm Phục vụ hành chính công xã."),
    ("s", "Chiều:", "Tổ công nghệ số cộng đồng thôn Nà Sác kèm 05 tổ hợp tác ghi nhật ký sản xuất điện tử cho "
                    "lứa gà, lứa lợn đang nuôi."),
    ("d", "Thứ Sáu, 11/9/2026"),
    ("s", "Cả ngày:", "Đoàn Thanh niên xã cùng Tổ công nghệ số cộng đồng thôn Trường Hà phát trực tiếp giới thiệu lạp "
                      "sườn, miến dong của HTX Lạp sườn Trường Hà từ 8 giờ đến 20 giờ."),
    ("d", "Thứ Ba, 15/9/2026"),
    ("s", "Sáng:", "Bưu điện xã Hà Quảng nhận, đóng gói, gửi thử 10 đơn hàng đầu tiên của các hợp tác xã; chỉ cách in "
                   "vận đơn trên điện thoại."),
    ("s", "Chiều:", "phòng Kinh tế kiểm tra thông tin truy xuất trên tem QR của 03 sản phẩm OCOP trước khi bán trên "
                    "sàn, cùng Hội Nông dân xã."),
    ("d", "Thứ Năm, 17/9/2026"),
    ("s", "Sáng:", "Các hợp tác xã đã có gian hàng tự đăng thêm 05 sản phẩm, tự trả lời tin nhắn của khách; tổ viên "
                   "ngồi cùng để sửa lỗi."),
    ("d", "Thứ Sáu, 18/9/2026"),
    ("s", "Sáng:", "Tổ Công nghệ số cộng đồng xã họp rút kinh nghiệm đợt hỗ trợ tại hội trường UBND xã, mời đại diện "
                   "các hợp tác xã, tổ hợp tác dự."),
    ("h", "IV. SAU ĐỢT HỖ TRỢ"),
    ("p", "1. Phòng Văn hóa - Xã hội tổng hợp số gian hàng, số đơn hàng, doanh thu qua sàn của từng hợp tác xã, tổ "
          "hợp tác; báo cáo Chủ tịch UBND xã trước ngày 30/9/2026."),
    ("p", "2. Bưu điện xã Hà Quảng tiếp tục hỗ trợ qua điện thoại và nhóm Zalo cho các hợp tác xã đến hết ngày "
          "31/12/2026."),
    ("p", "Tổ viên được phân công đi cơ sở chủ động sắp xếp công việc; buổi nào không đi được báo Tổ trưởng trước một "
          "ngày để bố trí người thay./."),
]

NOI_NHAN = ["Nơi nhận:", "- TT Đảng ủy, TT HĐND xã (b/c);", "- Chủ tịch, các PCT UBND xã;",
            "- Các HTX, THT có tên tại mục III;", "- Bưu điện xã Hà Quảng;", "- Thành viên Tổ;", "- Lưu: VT."]
SIGN = [("TỔ TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("PHÓ CHỦ TỊCH UBND XÃ", ""),
        ("Hoàng Văn Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260826102000+07'00'"


def block(item) -> str:
    kind = item[0]
    if kind == "s":
        return f'<p class="slot"><b>{e(item[1])}</b> {e(item[2])}</p>'
    text = item[1]
    return {"h": f'<h3>{e(text)}</h3>', "d": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 07/KH-TCNSCĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(item) for item in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
