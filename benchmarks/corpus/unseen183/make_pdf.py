"""Write b_thanh-hoa_286-KH-PA05-2026_lua-dao-truc-tuyen-htx-ban-hang-qua-mang.pdf, the hundred-and-eighty-third
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen183/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen183/make_pdf.py --html-only

A provincial police cyber-security and high-tech crime unit (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công
nghệ cao, November 2026) protecting the cooperatives and cooperative groups that sell online from scams and account
takeovers over the year-end sales and Tết Đinh Mùi: the opening, I. purposes, II. the forces (the unit's teams named
once as "Đội 1" … with what each does) and a BOXED table of the hotlines (phone numbers, no work) beside a box of the
scam patterns met in 2026 (no work), III. the duties as a police plan prints them — numbered team headings over
lettered paragraphs "a)", "b)", then the commune police and two requests to outside bodies —, IV. reporting; the
signature beside "Nơi nhận", the signer's rank before his name. Every page carries A DIAGONAL WATERMARK "TÀI LIỆU LƯU
HÀNH NỘI BỘ" (a fixed, rotated element that Chromium repeats on each printed page), which ``pdftotext`` prints as
scattered letters among each page's text.

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
STEM = "b_thanh-hoa_286-KH-PA05-2026_lua-dao-truc-tuyen-htx-ban-hang-qua-mang"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

WATERMARK = "TÀI LIỆU LƯU HÀNH NỘI BỘ"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.wm { position: fixed; top: 115mm; left: 0; width: 100%; text-align: center; transform: rotate(-38deg);
      font-size: 36pt; font-weight: bold; letter-spacing: 2pt; color: #e4e4e4; z-index: -1; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 9.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; text-indent: 10mm; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.boxes { display: grid; grid-template-columns: 48% 48%; column-gap: 4%; margin: 6pt 0 10pt; break-inside: avoid; }
.box { border: 1pt solid #000; padding: 4pt 6pt; font-size: 10pt; line-height: 1.3; }
.box p { margin: 0 0 3pt; }
.box .title { font-weight: bold; text-align: center; margin-bottom: 4pt; }
table.hot { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.hot td { border-top: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG AN TỈNH THANH HÓA", ""), ("PHÒNG AN NINH MẠNG VÀ PHÒNG,", "b"),
             ("CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO", "b"), ("Số: 286/KH-PA05", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phòng ngừa lừa đảo, chiếm đoạt tài khoản đối với hợp tác xã, tổ hợp tác bán hàng trực tuyến dịp cuối "
            "năm 2026 và Tết Nguyên đán Đinh Mùi")

BEFORE = [
    ("p", "Từ đầu năm 2026 đến nay, Công an tỉnh tiếp nhận 23 vụ hợp tác xã, tổ hợp tác và thành viên bán nông sản "
          "qua mạng bị lừa, tổng thiệt hại khoảng 2,7 tỷ đồng; hơn một nửa số vụ xảy ra trong hai tháng cuối năm, "
          "lúc các đơn vị chạy đơn hàng Tết. Thực hiện chỉ đạo của Giám đốc Công an tỉnh, Phòng An ninh mạng và "
          "phòng, chống tội phạm sử dụng công nghệ cao (sau đây gọi là Phòng) lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp chủ nhiệm hợp tác xã, tổ trưởng tổ hợp tác và người quản lý gian hàng nhận ra các thủ đoạn lừa "
          "đảo, tự bảo vệ tài khoản; giảm số vụ bị chiếm đoạt trong mùa cao điểm so với cùng kỳ năm 2025."),
    ("p", "- Tin báo của hợp tác xã được tiếp nhận, xử lý ngay; không để đối tượng dùng tài khoản của hợp tác xã "
          "để lừa khách hàng."),
    ("h", "II. LỰC LƯỢNG VÀ ĐẦU MỐI"),
    ("p", "1. Lực lượng của Phòng tham gia: Đội 1 (An ninh mạng), Đội 2 (Phòng, chống tội phạm sử dụng công nghệ "
          "cao), Đội 3 (Kỹ thuật, xử lý sự cố) và Đội Tổng hợp; Công an các xã, phường nơi có hợp tác xã, tổ hợp "
          "tác bán hàng trực tuyến."),
    ("p", "2. Đầu mối tiếp nhận tin báo và các thủ đoạn cần cảnh báo:"),
]

HOTLINES = [("Trực ban Phòng (24/24 giờ)", "069.2713.186"), ("Đội 2 - tiếp nhận đơn trình báo", "069.2713.244"),
            ("Đội 3 - hỗ trợ lấy lại tài khoản", "069.2713.302"), ("Tổng đài khẩn cấp", "113")]
PATTERNS = ["Giả danh đơn vị vận chuyển báo có \"đơn hàng hoàn\", gửi đường link để nhận lại tiền.",
            "Giả danh nhân viên sàn thương mại điện tử mời \"nâng hạng gian hàng\", đòi đặt cọc.",
            "Gửi tin nhắn giả cơ quan thuế kèm ứng dụng cài đặt ngoài kho ứng dụng.",
            "Chiếm tài khoản Zalo, Facebook của hợp tác xã rồi nhắn vay tiền khách quen."]

DUTIES = [
    ("h", "III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
    ("d", "1. Đội 1"),
    ("p", "a) Rà soát trang, tài khoản bán hàng của 168 hợp tác xã, tổ hợp tác trên Facebook, Zalo, TikTok Shop; lập "
          "danh sách tài khoản chưa bật xác thực hai lớp gửi Công an các xã, phường để hướng dẫn khắc phục. Xong "
          "trước ngày 25/11/2026."),
    ("p", "b) Phối hợp Sở Công Thương, Liên minh Hợp tác xã tỉnh mở 04 buổi tập huấn nhận diện lừa đảo cho chủ nhiệm, "
          "người quản lý gian hàng của hợp tác xã, tổ hợp tác theo cụm xã, trong tháng 11 và tháng 12/2026."),
    ("d", "2. Đội 2"),
    ("p", "a) Tiếp nhận, xác minh tin báo về lừa đảo, chiếm đoạt tài khoản của hợp tác xã, tổ hợp tác; đề xuất xử lý "
          "theo thẩm quyền. Thực hiện thường xuyên; trực 24/24 giờ từ ngày 01/02 đến ngày 14/02/2027."),
    ("p", "b) Phối hợp Bưu điện tỉnh xác minh các đơn hàng bị hoàn bất thường của hợp tác xã, truy tìm tài khoản "
          "nhận tiền; báo cáo kết quả trước ngày 15/01/2027."),
    ("d", "3. Đội 3"),
    ("p", "a) Hỗ trợ kỹ thuật cho hợp tác xã lấy lại tài khoản bị chiếm đoạt, đề nghị nhà cung cấp gỡ trang giả mạo; "
          "chậm nhất 48 giờ sau khi nhận được yêu cầu."),
    ("p", "b) Kiểm tra an toàn thông tin trang web bán hàng của 12 hợp tác xã có sản phẩm OCOP 4 sao, cùng Sở Khoa "
          "học và Công nghệ; hoàn thành trước ngày 20/12/2026."),
    ("d", "4. Đội Tổng hợp"),
    ("p", "Biên soạn 05 video ngắn và tờ rơi về các thủ đoạn nêu ở mục II, gửi các hợp tác xã qua Liên minh Hợp tác "
          "xã tỉnh, đăng trên trang của Công an tỉnh trước ngày 15/11/2026."),
    ("d", "5. Công an các xã, phường"),
    ("p", "Lập nhóm Zalo với chủ nhiệm hợp tác xã, tổ trưởng tổ hợp tác trên địa bàn để cảnh báo nhanh; cử cán bộ "
          "đến từng đơn vị hướng dẫn bật xác thực hai lớp và gỡ ứng dụng lạ. Xong trong tháng 12/2026."),
    ("d", "6. Đề nghị phối hợp"),
    ("p", "a) Đề nghị Liên minh Hợp tác xã tỉnh gửi Phòng danh sách hợp tác xã, tổ hợp tác thành viên có bán hàng "
          "trực tuyến (kèm tên gian hàng, số điện thoại người quản lý) trước ngày 12/11/2026."),
    ("p", "b) Đề nghị Sở Công Thương phối hợp các sàn thương mại điện tử gắn nhãn xác thực cho gian hàng của hợp tác "
          "xã có sản phẩm OCOP, xong trong quý IV/2026."),
    ("h", "IV. CHẾ ĐỘ BÁO CÁO"),
    ("p", "Đội Tổng hợp nhận báo cáo của các Đội, Công an các xã, phường (gửi trước ngày 20 hằng tháng), giúp lãnh "
          "đạo Phòng báo cáo Giám đốc Công an tỉnh kết quả đợt cao điểm trước ngày 25/02/2027."),
    ("p", "Đơn vị nào gặp khó khăn khi triển khai thì báo ngay lãnh đạo Phòng (qua Đội Tổng hợp) để được chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Đ/c Giám đốc CAT (để b/c);", "- Các đ/c Phó Giám đốc CAT;", "- Sở Công Thương, Sở KH&CN;",
            "- Liên minh HTX tỉnh;", "- Công an các xã, phường;", "- Các Đội thuộc Phòng;", "- Lưu: VT, PA05."]
SIGN = [("KT. TRƯỞNG PHÒNG", "b"), ("PHÓ TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Thượng tá Mai Xuân Khởi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261105101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "d": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def boxes() -> str:
    rows = "".join(f'<tr><td>{e(who)}</td><td>{e(number)}</td></tr>' for who, number in HOTLINES)
    left = f'<div class="box"><p class="title">ĐƯỜNG DÂY NÓNG</p><table class="hot">{rows}</table></div>'
    items = "".join(f'<p>- {e(text)}</p>' for text in PATTERNS)
    right = f'<div class="box"><p class="title">THỦ ĐOẠN THƯỜNG GẶP NĂM 2026</p>{items}</div>'
    return f'<div class="boxes">{left}{right}</div>'


def build_html() -> str:
    out = page_start("Kế hoạch 286/KH-PA05", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append(boxes())
    out += [paragraph(kind, text) for kind, text in DUTIES]
    out.append(signature(NOI_NHAN, SIGN))
    out.append(f'<div class="wm">{e(WATERMARK)}</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
