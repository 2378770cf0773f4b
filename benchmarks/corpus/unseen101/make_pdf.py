"""Write b_lam-dong_09-KH-HBVTN-2026_hoi-bvtn-htx-thu-gom-bao-goi.pdf, the hundred-and-first held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen101/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen101/make_pdf.py --html-only

A nature-protection association's plan (September 2026, Lâm Đồng after the merger): I. purposes, II. eight numbered
activities, each one paragraph that states the work first and puts its doer AFTER it ("… — do X thực hiện, phối hợp
Y; xong trong …"); III. two sentences on funding and reporting; the signature beside "Nơi nhận". No table.

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
STEM = "b_lam-dong_09-KH-HBVTN-2026_hoi-bvtn-htx-thu-gom-bao-goi"
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

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI KH&KT LÂM ĐỒNG", ""), ("HỘI BẢO VỆ THIÊN NHIÊN", "b"), ("VÀ MÔI TRƯỜNG TỈNH", "b"),
             ("Số: 09/KH-HBVTN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đồng hành cùng hợp tác xã, tổ hợp tác thu gom bao gói thuốc bảo vệ thực vật sau sử dụng (quý IV/2026 - năm 2027)"

BODY = [
    ("p", "Ở các vùng rau, hoa, cà phê của tỉnh, vỏ chai, bao gói thuốc bảo vệ thực vật vẫn bị vứt ven suối, bờ lô. "
          "Một số hợp tác xã đã tự đặt bể chứa nhưng chưa có đơn vị nhận xử lý. Ban Thường vụ Hội xây dựng kế hoạch "
          "đồng hành cùng hợp tác xã như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đến hết năm 2027 có ít nhất 40 hợp tác xã, tổ hợp tác tự tổ chức thu gom bao gói thuốc bảo vệ thực vật "
          "trên đồng ruộng của thành viên, chuyển giao đúng nơi xử lý."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("p", "1. Khảo sát hiện trạng bể chứa, điểm tập kết bao gói tại 25 hợp tác xã vùng rau Đơn Dương, Đức Trọng — do "
          "Ban Khoa học - Môi trường thực hiện, phối hợp Hội Nông dân các xã; xong trong tháng 10/2026."),
    ("p", "2. Biên soạn tờ gấp, video ngắn hướng dẫn súc rửa, thu gom bao gói bằng tiếng Việt và tiếng K'Ho — Ban "
          "Truyền thông chịu trách nhiệm; hoàn thành trước 15/11/2026."),
    ("p", "3. Vận động doanh nghiệp kinh doanh thuốc bảo vệ thực vật tài trợ 120 bể chứa bằng composite cho hợp tác "
          "xã — giao Thường trực Hội, cùng Hội Doanh nghiệp tỉnh; thời gian quý IV/2026."),
    ("p", "4. Tập huấn cho tổ trưởng, thành viên hợp tác xã về an toàn khi pha, phun thuốc và thu gom bao gói: Ban "
          "Khoa học - Môi trường chủ trì, Chi cục Trồng trọt và Bảo vệ thực vật hỗ trợ giảng viên; mỗi vụ một đợt, "
          "bắt đầu từ vụ Đông Xuân 2026 - 2027."),
    ("p", "5. Làm đầu mối ký hợp đồng giữa các hợp tác xã với đơn vị có chức năng vận chuyển, xử lý chất thải nguy "
          "hại; Văn phòng Hội thực hiện khi đủ 20 hợp tác xã đăng ký."),
    ("p", "6. Phát động ngày \"Cánh đồng sạch bao gói\" ở các xã có hợp tác xã tham gia, do Ban Truyền thông và Hội "
          "Liên hiệp Phụ nữ các xã cùng tổ chức; dịp Ngày Môi trường thế giới 05/6/2027."),
    ("p", "7. Chấm điểm, khen thưởng hợp tác xã làm tốt — Ban Thi đua - Khen thưởng của Hội đảm nhiệm, mời Liên minh "
          "Hợp tác xã tỉnh tham gia; tháng 11/2027."),
    ("p", "8. Sơ kết, rút kinh nghiệm sau một năm: Văn phòng Hội tổng hợp, báo cáo Liên hiệp các Hội Khoa học và Kỹ "
          "thuật tỉnh trước ngày 20/12/2027."),
    ("h", "III. KINH PHÍ VÀ CHẾ ĐỘ BÁO CÁO"),
    ("p", "Kinh phí từ nguồn tài trợ của doanh nghiệp, dự án môi trường và hội phí. Các ban của Hội báo cáo kết quả "
          "về Văn phòng Hội khi kết thúc từng hoạt động."),
]

NOI_NHAN = ["Nơi nhận:", "- LHH KH&KT tỉnh (b/c);", "- Sở NN&MT;", "- LMHTX tỉnh;", "- Các ban của Hội;",
            "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "b"), ("", ""), ("", ""), ("", ""),
        ("Ka Sô Hơ Liêng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260922091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HBVTN", CSS)
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
