"""Write b_dong-thap_112-KH-VTQG-2026_anh-ve-tinh-ruong-lua-htx-danh-so-dong.pdf, the hundred-and-eighty-sixth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen186/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen186/make_pdf.py --html-only

A national remote-sensing centre's plan (October 2026) for monitoring by satellite the rice fields of the cooperatives
of Đồng Tháp in the low-emission high-quality rice programme over the 2026 - 2027 winter-spring crop. The copy is the
one PRINTED WITH LINE NUMBERS for the kick-off meeting (a note under the title says so): every line of the body is
set by hand (the lines are broken by this script, ``LINE_WIDTH`` characters at most) and carries its number in the
left margin (a narrow column inside the page: Chromium clips what is drawn in the page margin), 1, 2, 3 … running on over the pages; the header, the title and the signature are not numbered. The body:
an opening, I. purposes, II. facts (the cooperatives, the radar passes every 12 days: dates that are no deadlines),
III. tasks as numbered paragraphs naming their doers, IV. requests to the province's bodies, the closing.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. No drawn shapes (no borders, no rules).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-thap_112-KH-VTQG-2026_anh-ve-tinh-ruong-lua-htx-danh-so-dong"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

LINE_WIDTH = 74

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 20mm; }
body { font-family: "DejaVu Serif"; font-size: 11pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 4pt; }
p.note { text-align: center; font-style: italic; font-size: 10pt; margin: 0 0 10pt; }
div.l { position: relative; white-space: pre; padding-left: 12mm; }
div.l.h { font-weight: bold; }
div.l span.n { position: absolute; left: 0; width: 8mm; text-align: right; font-size: 8pt; color: #444; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TRUNG TÂM VIỄN THÁM", "b"), ("QUỐC GIA", "b"),
             ("Số: 112/KH-VTQG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 26 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Giám sát bằng ảnh vệ tinh ruộng lúa của các hợp tác xã thuộc Đề án một triệu héc-ta lúa chất lượng cao, "
            "phát thải thấp ở tỉnh Đồng Tháp, vụ Đông Xuân 2026 - 2027")
NOTE = "(Bản in có đánh số dòng, dùng tại hội nghị triển khai ngày 05/11/2026 tại Đồng Tháp)"

# (kind, text): "h" a heading line, "p" a paragraph broken into lines
BODY = [
    ("p", "Năm 2027 là năm đầu các hợp tác xã ở Đồng Tháp được đo, báo cáo và thẩm định (MRV) lượng phát thải "
          "theo Đề án; số liệu về ngày xuống giống, diện tích gieo sạ và số lần rút nước phơi ruộng phải có "
          "bằng chứng độc lập. Trung tâm Viễn thám quốc gia (sau đây gọi là Trung tâm) xây dựng Kế hoạch giám "
          "sát vụ Đông Xuân 2026 - 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có bản đồ ranh giới ruộng và lịch xuống giống của từng hợp tác xã, sai số diện tích dưới 5%."),
    ("p", "- Theo dõi được các đợt tưới ngập - khô xen kẽ trên toàn bộ diện tích đăng ký tham gia Đề án."),
    ("h", "II. PHẠM VI VÀ NGUỒN ẢNH"),
    ("p", "- 14 hợp tác xã ở các xã Tháp Mười, Mỹ An, Phương Thịnh, Thanh Mỹ, Trường Xuân với 9.870 ha; "
          "diện tích của từng hợp tác xã lấy theo danh sách Sở Nông nghiệp và Môi trường gửi ngày 12/10/2026."),
    ("p", "- Ảnh radar Sentinel-1 chụp qua vùng 12 ngày một lần, các kỳ dự kiến 08/11, 20/11, 02/12, "
          "14/12/2026, rồi tiếp tục đến cuối vụ; ảnh quang học chỉ dùng khi trời quang mây."),
    ("h", "III. NHIỆM VỤ CỦA CÁC ĐƠN VỊ THUỘC TRUNG TÂM"),
    ("p", "1. Phòng Xử lý ảnh thu nhận, hiệu chỉnh ảnh radar của từng kỳ chụp và chuyển cho các phòng trong "
          "48 giờ sau mỗi kỳ; làm liên tục đến hết ngày 31/3/2027."),
    ("p", "2. Phòng Ứng dụng viễn thám lập bản đồ ranh giới ruộng của 14 hợp tác xã trên nền ảnh độ phân giải "
          "cao, phối hợp Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp đối chiếu với diện tích đăng ký; xong "
          "trước ngày 20/11/2026."),
    ("p", "3. Tập huấn dùng ứng dụng điện thoại để chụp ảnh có tọa độ, ghi mực nước tại 420 điểm kiểm tra mặt "
          "đất: Phòng Ứng dụng viễn thám cùng Trung tâm Khuyến nông tỉnh Đồng Tháp thực hiện cho tổ kỹ thuật "
          "của các hợp tác xã, trong tuần đầu tháng 12/2026."),
    ("p", "4. Phòng Ứng dụng viễn thám ra bản tin 12 ngày một lần về diện tích đã xuống giống, ruộng đang ngập, "
          "ruộng đã rút nước của từng hợp tác xã, gửi Sở Nông nghiệp và Môi trường và các hợp tác xã qua thư "
          "điện tử (thường xuyên trong vụ)."),
    ("p", "5. Phòng Dữ liệu và Hệ thống thông tin đưa bản đồ, bản tin lên cơ sở dữ liệu của Đề án và cấp "
          "tài khoản tra cứu cho Sở và 14 hợp tác xã trước ngày 15/12/2026."),
    ("p", "6. Đánh giá độ chính xác của bản đồ vụ Đông Xuân so với số liệu thu hoạch do các hợp tác xã cung "
          "cấp: Phòng Ứng dụng viễn thám làm trong tháng 4/2027."),
    ("p", "7. Văn phòng Trung tâm tổng hợp kết quả, dự thảo báo cáo để Giám đốc Trung tâm báo cáo Bộ trước "
          "ngày 15/5/2027."),
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Các hợp tác xã tham gia Đề án giao tổ kỹ thuật ra đồng chụp ảnh, ghi mực nước tại các điểm kiểm "
          "tra chậm nhất 03 ngày sau mỗi kỳ chụp ảnh vệ tinh."),
    ("p", "2. Đề nghị Viện Lúa Đồng bằng sông Cửu Long đo phát thải khí mê-tan bằng buồng kín tại 06 ruộng đối "
          "chứng để Trung tâm hiệu chỉnh mô hình, trong tháng 01 và tháng 02/2027."),
    ("p", "3. Đề nghị Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp giao một phòng làm đầu mối và cùng Liên "
          "minh Hợp tác xã tỉnh Đồng Tháp thông báo Kế hoạch này đến các hợp tác xã trước ngày 10/11/2026."),
    ("p", "4. Đề nghị UBND các xã có hợp tác xã tham gia Đề án cử công chức đi cùng đoàn của Trung tâm mỗi lần "
          "kiểm tra thực địa."),
    ("p", "Phòng nào gặp trở ngại cần báo sớm cho Văn phòng Trung tâm để tổng hợp, trình Giám đốc Trung tâm "
          "quyết định./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Cục Trồng trọt và Bảo vệ thực vật;",
            "- UBND tỉnh Đồng Tháp;", "- Sở NN&MT tỉnh Đồng Tháp;", "- Các phòng thuộc Trung tâm;",
            "- Lưu: VT, ƯDVT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lương Thế Hiển", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:00 in Việt Nam
PDF_DATE = b"D:20261026100000+07'00'"


def numbered_lines() -> list[str]:
    out = []
    for kind, text in BODY:
        lines = [text] if kind == "h" else textwrap.wrap(text, LINE_WIDTH, break_on_hyphens=False)
        for line in lines:
            n = len(out) + 1
            cls = "l h" if kind == "h" else "l"
            out.append(f'<div class="{cls}"><span class="n">{n}</span>{e(line)}</div>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 112/KH-VTQG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append(f'<p class="note">{e(NOTE)}</p>')
    out += numbered_lines()
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
