"""Write d_gia-lai_08-KHLT-SNNMT-HND-2026_lien-tich-hai-chu-ky.pdf, the seventeenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen17/make_pdf.py            # writes sources/d_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen17/make_pdf.py --html-only

An ordinary KẾ HOẠCH LIÊN TỊCH of two issuers (April 2026, after Gia Lai and Bình Định were merged): the two issuers
STACKED in the header's left column over one number, the title, an opening paragraph naming both and calling them
"hai bên", numbered tasks — some of "hai bên", some led by one side with the other "phối hợp", one led by a side's unit
named in brackets —, then TWO SIGNATURE BLOCKS SIDE BY SIDE (the Hội on the left, the Sở on the right) and "Nơi nhận"
UNDER them, across the page.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, which
records the time of printing as the PDF's creation and modification dates: ``pdf_from_html.fixed_dates`` overwrites both
with the plan's own date and time (a string of the same length, so the cross-reference offsets stay right), and with
that two runs give the same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "d_gia-lai_08-KHLT-SNNMT-HND-2026_lien-tich-hai-chu-ky"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.signs { display: grid; grid-template-columns: 50% 50%; margin-top: 12pt; text-align: center; break-inside: avoid; }
.signs p { margin: 0; }
.to { margin-top: 14pt; font-size: 10.5pt; }
.to p { margin: 0; }
"""

HEAD_LEFT = [("UBND TỈNH GIA LAI", ""), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("", ""),
             ("HỘI NÔNG DÂN TỈNH GIA LAI", "b"), ("BAN THƯỜNG VỤ", "b"), ("Số: 08/KHLT-SNNMT-HND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""), ("", ""),
              ("", ""), ("Gia Lai, ngày 27 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH LIÊN TỊCH"
SUBTITLE = "Vận động nông dân tham gia tổ hợp tác, hợp tác xã trồng cà phê, hồ tiêu, mắc ca bền vững năm 2026"

# (kind, text): "p" a paragraph, "h" a heading
BODY = [
    ("p", "Căn cứ Chương trình phối hợp công tác giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường và Hội Nông dân "
          "tỉnh Gia Lai (sau đây gọi là hai bên) thống nhất Kế hoạch liên tịch năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Phát huy vai trò của Hội Nông dân các cấp trong vận động nông dân liên kết sản xuất; gắn với việc chuyển "
          "đổi cây trồng và cấp mã số vùng trồng cho cà phê, hồ tiêu, mắc ca ở các xã phía Tây của tỉnh."),
    ("h", "II. NỘI DUNG PHỐI HỢP"),
    ("p", "1. Hai bên tổ chức 04 hội nghị tuyên truyền Luật Hợp tác xã năm 2023 và chính sách hỗ trợ của tỉnh cho cán bộ "
          "Hội và nông dân nòng cốt; thực hiện trong quý II và quý III năm 2026."),
    ("p", "2. Sở Nông nghiệp và Môi trường chủ trì, Hội Nông dân tỉnh phối hợp chọn 10 tổ hợp tác trồng cà phê có đủ "
          "điều kiện để hỗ trợ chuyển thành hợp tác xã; lập danh sách trước ngày 30/6/2026."),
    ("p", "3. Hội Nông dân tỉnh chỉ đạo Hội Nông dân các xã, phường vận động hội viên góp vốn, góp đất thành lập tổ hợp "
          "tác trồng mắc ca; hoàn thành trước ngày 15 tháng 10 năm 2026."),
    ("p", "4. Sở Nông nghiệp và Môi trường (Chi cục Trồng trọt và Bảo vệ thực vật) chủ trì hướng dẫn hợp tác xã ghi "
          "nhật ký canh tác, đăng ký mã số vùng trồng hồ tiêu xuất khẩu; thời gian: tháng 7 đến tháng 9/2026."),
    ("p", "5. Trung tâm Khuyến nông tỉnh chủ trì, Ban Kinh tế - Xã hội Hội Nông dân tỉnh phối hợp xây dựng 03 mô hình "
          "tưới tiết kiệm nước cho cà phê tại hợp tác xã; hoàn thành trong năm 2026."),
    ("p", "6. Hội Nông dân tỉnh chủ trì, phối hợp với Quỹ Hỗ trợ nông dân tỉnh cho tổ hợp tác, hợp tác xã vay vốn "
          "mua máy sấy, máy tách vỏ cà phê; giải ngân 06 tháng đầu năm 2026."),
    ("p", "7. Hai bên lựa chọn, đề nghị Ủy ban nhân dân tỉnh khen thưởng hợp tác xã, nông dân tiêu biểu trong liên "
          "kết sản xuất; gửi hồ sơ trước ngày 20/11/2026."),
    ("p", "8. Sở Nông nghiệp và Môi trường phối hợp với Hội Nông dân tỉnh kiểm tra kết quả thực hiện tại một số xã "
          "trong tháng 11/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Phát triển nông thôn thuộc Sở và Ban Kinh tế - Xã hội Hội Nông dân tỉnh là đầu mối theo dõi Kế "
          "hoạch liên tịch; dự thảo báo cáo kết quả năm 2026 trình lãnh đạo hai bên trước ngày 15/12/2026."),
    ("p", "2. Kinh phí thực hiện Kế hoạch do mỗi bên bố trí trong dự toán được giao năm 2026 của đơn vị mình; không "
          "trùng lặp nội dung chi."),
    ("p", "3. Trong quá trình thực hiện, nếu cần điều chỉnh nội dung, hai bên trao đổi thống nhất bằng văn bản./."),
]

SIGN_LEFT = [("TM. BAN THƯỜNG VỤ", "b"), ("HỘI NÔNG DÂN TỈNH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""),
             ("", ""), ("Rơ Mah Thị Hoa", "b")]
SIGN_RIGHT = [("KT. GIÁM ĐỐC", "b"), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""),
              ("", ""), ("Lê Quang Tuyến", "b")]
NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Trung ương Hội Nông dân Việt Nam (b/c);",
            "- Giám đốc Sở, Chủ tịch Hội Nông dân tỉnh;", "- Hội Nông dân các xã, phường;",
            "- Các đơn vị thuộc Sở;", "- Lưu: VT Sở, VT Hội."]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260427152000+07'00'"


def column(lines) -> str:
    return '<div>' + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in lines) + '</div>'


def build_html() -> str:
    out = page_start("Kế hoạch liên tịch 08/KHLT-SNNMT-HND", CSS)
    out.append('<div class="head">' + column(HEAD_LEFT) + column(HEAD_RIGHT) + '</div>')
    out += [f'<h1>{e(TITLE)}</h1>', f'<h2>{e(SUBTITLE)}</h2>']
    out += [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in BODY]
    out.append('<div class="signs">' + column(SIGN_LEFT) + column(SIGN_RIGHT) + '</div>')
    out.append('<div class="to">' + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>'
                                            for i, x in enumerate(NOI_NHAN)) + '</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
