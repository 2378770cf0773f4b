"""Write b_lang-son_42-KH-KDTV7-2026_kiem-dich-lo-hang-htx.pdf, the hundred-and-fourteenth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen114/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen114/make_pdf.py --html-only

A regional plant-quarantine sub-department's plan (July 2026) for cooperatives' export lots of fruit and star anise
through the border gates: I. purposes, II. the work by the stage of a lot ("1. Trước mùa xuất hàng", "2. Khi lô hàng
đến cửa khẩu", "3. Sau thông quan") over "-" items in prose whose doer comes LAST in brackets ("(Trạm KDTV cửa khẩu
Tân Thanh thực hiện; phối hợp: …; thời gian: …)"), III. two paragraphs, the closing sentence, the signature beside
"Nơi nhận". No table.

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
STEM = "b_lang-son_42-KH-KDTV7-2026_kiem-dich-lo-hang-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", ""), ("CHI CỤC KIỂM DỊCH THỰC VẬT", "b"), ("VÙNG VII", "b"),
             ("Số: 42/KH-KDTV7", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 03 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kiểm dịch, hỗ trợ các hợp tác xã, tổ hợp tác xuất khẩu lô hàng quả na, hoa hồi qua cửa khẩu vụ 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Vụ thu hoạch na (tháng 7 - 9) và hồi vụ thu (tháng 8 - 10) năm 2026, các hợp tác xã, tổ hợp tác có mã số "
          "vùng trồng trên địa bàn tỉnh Lạng Sơn và các tỉnh lân cận dự kiến xuất khẩu khoảng 1.800 tấn qua cửa "
          "khẩu Hữu Nghị, Tân Thanh và Chi Ma. Để lô hàng thông quan nhanh, không bị trả về, Chi cục Kiểm dịch thực "
          "vật vùng VII lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hợp tác xã đáp ứng yêu cầu kiểm dịch của nước nhập khẩu ngay từ vườn, cơ sở đóng gói; rút ngắn thời "
          "gian kiểm tra tại cửa khẩu; phát hiện sớm sinh vật gây hại thuộc diện kiểm dịch."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("s", "1. Trước mùa xuất hàng"),
    ("p", "- Rà soát danh sách mã số vùng trồng, mã số cơ sở đóng gói của các hợp tác xã còn hiệu lực, thông báo cho "
          "hợp tác xã các mã bị tạm dừng (Phòng Nghiệp vụ thực hiện; phối hợp: Chi cục Trồng trọt và Bảo vệ thực "
          "vật tỉnh Lạng Sơn; thời gian: xong trước 20/7/2026)."),
    ("p", "- Tập huấn cho cán bộ kỹ thuật của hợp tác xã cách ghi nhật ký canh tác, khai báo điện tử trên Cơ chế một "
          "cửa quốc gia (Phòng Nghiệp vụ thực hiện; phối hợp: Liên minh HTX tỉnh; thời gian: tuần cuối tháng "
          "7/2026)."),
    ("p", "- Kiểm tra trước 06 cơ sở đóng gói hồi của hợp tác xã tại xã Văn Quan, Bình Gia (Trạm KDTV cửa khẩu Chi "
          "Ma thực hiện; phối hợp: UBND các xã có cơ sở; thời gian: trước vụ hồi thu, tháng 8/2026)."),
    ("s", "2. Khi lô hàng đến cửa khẩu"),
    ("p", "- Bố trí luồng kiểm tra riêng cho lô hàng của hợp tác xã có mã số, lấy mẫu và trả kết quả trong ngày "
          "(Trạm KDTV cửa khẩu Hữu Nghị thực hiện; phối hợp: Hải quan cửa khẩu Hữu Nghị, Ban Quản lý Khu kinh tế cửa "
          "khẩu Đồng Đăng - Lạng Sơn; thời gian: suốt vụ xuất khẩu)."),
    ("p", "- Giám định mẫu nghi nhiễm ruồi đục quả, rệp sáp, trả lời kết quả cho chủ hàng (Trung tâm Phân tích giám "
          "định kiểm dịch thực vật thực hiện; thời gian: chậm nhất 48 giờ sau khi nhận mẫu)."),
    ("p", "- Kiểm dịch, cấp giấy chứng nhận kiểm dịch thực vật xuất khẩu cho lô hàng na của hợp tác xã qua cửa khẩu "
          "Tân Thanh (Trạm KDTV cửa khẩu Tân Thanh thực hiện; phối hợp: Hải quan cửa khẩu Tân Thanh; thời gian: tháng "
          "7 đến tháng 9/2026)."),
    ("s", "3. Sau thông quan"),
    ("p", "- Thu thập thông tin lô hàng bị phía bạn cảnh báo, truy xuất về vùng trồng và hướng dẫn hợp tác xã khắc "
          "phục (Phòng Nghiệp vụ thực hiện; phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Lạng Sơn; thời gian: "
          "trong 05 ngày kể từ khi nhận thông báo)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Hành chính - Tổng hợp bảo đảm kinh phí lấy mẫu, phương tiện cho các trạm trong vụ; tổng hợp số lô, "
          "khối lượng xuất khẩu của hợp tác xã báo cáo Cục Trồng trọt và Bảo vệ thực vật trước ngày 15/11/2026."),
    ("p", "Trưởng các trạm kiểm dịch thực vật cửa khẩu chịu trách nhiệm trước Chi cục trưởng về thời gian thông quan "
          "lô hàng tại trạm mình."),
    ("p", "Trên đây là Kế hoạch kiểm dịch, hỗ trợ hợp tác xã xuất khẩu vụ 2026 của Chi cục Kiểm dịch thực vật vùng "
          "VII./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục TT&BVTV (b/c);", "- Sở NN&MT tỉnh Lạng Sơn;", "- LMHTX tỉnh Lạng Sơn;",
            "- Hải quan cửa khẩu Hữu Nghị, Tân Thanh;", "- Các trạm, phòng thuộc Chi cục;", "- Lưu: VT, NV."]
SIGN = [("CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Văn Thiết", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260703152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 42/KH-KDTV7", CSS)
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
