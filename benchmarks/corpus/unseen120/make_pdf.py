"""Write b_phu-quy-lam-dong_86-KH-UBND-2026_dac-khu-htx-hau-can-nghe-ca.pdf, the hundred-and-twentieth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen120/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen120/make_pdf.py --html-only

An island special zone's plan (July 2026, Đặc khu Phú Quý of Lâm Đồng) for cooperatives giving logistics to offshore
fishing: I. purpose, II. three lettered groups (A. B. C.) of numbered items, each reading "<body> <verb> …, phối hợp
… ; <time>", times tied to the fishing seasons and the monsoon; III. two numbered paragraphs. No table.

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
STEM = "b_phu-quy-lam-dong_86-KH-UBND-2026_dac-khu-htx-hau-can-nghe-ca"
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

HEAD_LEFT = [("ỦY BAN NHÂN DÂN", "b"), ("ĐẶC KHU PHÚ QUÝ", "b"), ("Số: 86/KH-UBND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Quý, ngày 03 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Củng cố hợp tác xã, tổ hợp tác làm dịch vụ hậu cần nghề cá trên đảo năm 2026 - 2027"

BODY = [
    ("p", "Đặc khu hiện có 3 hợp tác xã và 11 tổ hợp tác cung ứng đá lạnh, nhiên liệu, nước ngọt, thu mua hải sản cho "
          "tàu khai thác xa bờ; nhiều tổ đội hoạt động cầm chừng vì thiếu vốn, kho lạnh xuống cấp. Ủy ban nhân dân "
          "đặc khu Phú Quý ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Bảo đảm hậu cần tại chỗ cho đội tàu của đảo trong vụ cá Bắc và vụ cá Nam; giảm chi phí chuyến biển cho ngư "
          "dân, tăng thu nhập cho thành viên hợp tác xã."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("s", "A. Tổ chức lại hợp tác xã, tổ hợp tác"),
    ("p", "1. Phòng Kinh tế rà soát 11 tổ hợp tác dịch vụ nghề cá, hướng dẫn 04 tổ đủ điều kiện thành lập hợp tác xã, "
          "phối hợp Trung tâm Phục vụ hành chính công đặc khu; xong trong tháng 8/2026."),
    ("p", "2. Ban quản lý cảng cá Phú Quý bố trí mặt bằng tại cảng cho HTX dịch vụ nghề cá Tam Thanh đặt trạm cấp đá, "
          "cấp nước ngọt; trước mùa gió chướng (tháng 10/2026)."),
    ("s", "B. Vốn, kho lạnh và nhiên liệu"),
    ("p", "3. Phòng Kinh tế chủ trì cùng Phòng giao dịch Ngân hàng Chính sách xã hội đặc khu lập danh sách hợp tác xã, "
          "tổ hợp tác vay vốn sửa chữa kho lạnh; quý III/2026."),
    ("p", "4. Đề nghị Liên minh Hợp tác xã tỉnh Lâm Đồng hỗ trợ 02 hợp tác xã xây dựng dự án kho lạnh 300 tấn theo "
          "chính sách hỗ trợ kết cấu hạ tầng, gửi hồ sơ trước 30/9/2026."),
    ("p", "5. HTX dịch vụ nghề cá Tam Thanh, HTX Ngũ Phụng ký hợp đồng cung ứng dầu với cửa hàng xăng dầu của Công ty "
          "Xăng dầu Lâm Đồng tại đảo, giữ đủ dự trữ cho 15 ngày; thực hiện ngay từ đầu vụ cá Nam 2027."),
    ("s", "C. Tiêu thụ hải sản, an toàn trên biển"),
    ("p", "6. Phòng Văn hóa - Xã hội giới thiệu sản phẩm hải sản khô, nước mắm của các hợp tác xã đến khách du lịch ra "
          "đảo, trên trang thông tin của đặc khu; thường xuyên."),
    ("p", "7. Đồn Biên phòng Phú Quý phối hợp Phòng Kinh tế hướng dẫn các tổ hợp tác khai thác trên cùng ngư trường "
          "giữ liên lạc, hỗ trợ nhau khi gặp nạn; trước vụ cá Bắc 2026 - 2027."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp, báo cáo Chủ tịch UBND đặc khu 6 tháng một lần."),
    ("p", "2. Văn phòng HĐND và UBND đặc khu cân đối kinh phí hội họp, tập huấn cho các tổ hợp tác; trong tháng 7."),
    ("p", "Trên đây là Kế hoạch của UBND đặc khu Phú Quý về củng cố hợp tác xã, tổ hợp tác hậu cần nghề cá./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh Lâm Đồng (b/c);", "- Sở NN&MT, Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- TT Đảng ủy, HĐND đặc khu;", "- Các phòng, đơn vị có tên;", "- Lưu: VT, KT."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Nguyễn Thị Kim Hoa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260703141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-UBND", CSS)
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
