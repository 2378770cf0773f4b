"""Write b_hue_09-KH-BQLC-2026_ban-quan-ly-cho-gian-hang-htx-theo-khu.pdf, the eighty-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen86/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen86/make_pdf.py --html-only

A MARKET MANAGEMENT BOARD's plan (Ban Quản lý chợ, under a ward's People's Committee) for stalls of cooperatives and
cooperative groups, BY ZONE of the market: I. purposes; II. one sub-heading per zone ("Khu A - nhà lồng chính", "Khu B
- chợ cá", "Khu C - bến sông") over "+" items whose doer is a team of the board ("Tổ Quản lý khu A", "Tổ Thu - Tài vụ")
written first, then the work, the time after a dash; III. what the board asks of others ("Đề nghị …"); the signature
beside "Nơi nhận". No table.

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
STEM = "b_hue_09-KH-BQLC-2026_ban-quan-ly-cho-gian-hang-htx-theo-khu"
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

HEAD_LEFT = [("UBND PHƯỜNG PHÚ XUÂN", ""), ("BAN QUẢN LÝ CHỢ ĐÔNG BA", "b"), ("Số: 09/KH-BQLC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Xuân, ngày 06 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bố trí, quản lý gian hàng của hợp tác xã, tổ hợp tác tại chợ Đông Ba năm 2026"

# "h" a section heading, "s" a zone heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chỉ đạo của UBND phường Phú Xuân về việc dành chỗ kinh doanh cho sản phẩm của hợp tác xã, tổ hợp "
          "tác trên địa bàn thành phố Huế, Ban Quản lý chợ Đông Ba lập kế hoạch bố trí gian hàng theo từng khu chợ "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Dành 36 điểm kinh doanh cho hợp tác xã, tổ hợp tác bán nông sản, thủy sản, hàng thủ công có nguồn gốc rõ "
          "ràng; sắp xếp gọn gàng, không làm ảnh hưởng đến các hộ tiểu thương đang kinh doanh ổn định."),
    ("h", "II. BỐ TRÍ THEO KHU VÀ PHÂN CÔNG"),
    ("s", "Khu A - nhà lồng chính (14 điểm: nón lá, mè xửng, tôm chua, hàng OCOP)"),
    ("p", "+ Tổ Quản lý khu A đo đạc, kẻ vạch lại dãy ki-ốt số 7 và số 8, bàn giao mặt bằng cho các HTX - xong trước "
          "ngày 30/4/2026."),
    ("p", "+ Tổ Quản lý khu A cùng Tổ Thu - Tài vụ tổ chức bốc thăm vị trí cho các HTX, THT đã đăng ký - tháng 5/2026."),
    ("p", "+ Tổ Bảo vệ - PCCC kiểm tra đường điện, bình chữa cháy tại các điểm mới bố trí - định kỳ hằng tháng."),
    ("s", "Khu B - chợ cá (12 điểm: thủy sản đầm phá, cá khô)"),
    ("p", "+ Tổ Quản lý khu B phối hợp với Trạm Y tế phường hướng dẫn các tổ hợp tác khai thác thủy sản ký cam kết an "
          "toàn thực phẩm - trước khi vào bán."),
    ("p", "+ Tổ Vệ sinh môi trường lắp đặt 06 bồn rửa, hệ thống thoát nước riêng cho dãy bán cá của tổ hợp tác - quý "
          "II/2026."),
    ("s", "Khu C - bến sông (10 điểm: rau, trái cây, hoa của HTX vùng ven)"),
    ("p", "+ Tổ Quản lý khu C bố trí chỗ đậu xe, giờ bốc dỡ hàng cho xe của các HTX rau, hoa vào buổi sáng - từ tháng "
          "5/2026."),
    ("p", "+ Tổ Thu - Tài vụ ký hợp đồng thuê điểm kinh doanh 12 tháng, miễn 3 tháng đầu theo chủ trương của phường - "
          "chậm nhất 15/5/2026."),
    ("h", "III. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Đề nghị Liên minh HTX thành phố giới thiệu danh sách HTX, THT có sản phẩm đạt chuẩn đăng ký vào chợ, gửi "
          "Ban Quản lý trước 20/4/2026."),
    ("p", "2. Đề nghị phòng Kinh tế phường kiểm tra việc bố trí gian hàng, báo cáo UBND phường kết quả 6 tháng vào "
          "tháng 7/2026."),
    ("p", "Ban Quản lý chợ Đông Ba yêu cầu các tổ nghiêm túc thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND phường Phú Xuân (b/c);", "- Liên minh HTX thành phố;", "- Phòng Kinh tế phường;",
            "- Các tổ thuộc BQL chợ;", "- Lưu: VT."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Minh Hằng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260406141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-BQLC", CSS)
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
