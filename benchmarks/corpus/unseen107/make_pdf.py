"""Write b_tuyen-quang_2215-KH-SVHTTDL-2026_homestay-htx-du-lich-cong-dong.pdf, the hundred-and-seventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen107/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen107/make_pdf.py --html-only

A Sở Văn hóa, Thể thao và Du lịch's plan (October 2026, Tuyên Quang after the merger with Hà Giang) raising the
standard of the homestays run by community-tourism cooperatives and groups: I. purposes, II. numbered tasks in prose,
each closing with a bracket that names who leads, who joins and when ("(Phòng Quản lý du lịch chủ trì, phối hợp …;
hoàn thành …)"); III. what the Sở asks of others in numbered paragraphs; the closing sentence, the signature beside
"Nơi nhận".

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
STEM = "b_tuyen-quang_2215-KH-SVHTTDL-2026_homestay-htx-du-lich-cong-dong"
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

HEAD_LEFT = [("UBND TỈNH TUYÊN QUANG", ""), ("SỞ VĂN HÓA, THỂ THAO", "b"), ("VÀ DU LỊCH", "b"),
             ("Số: 2215/KH-SVHTTDL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tuyên Quang, ngày 09 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Nâng chuẩn homestay của hợp tác xã, tổ hợp tác du lịch cộng đồng mùa cao điểm cuối năm 2026"

BODY = [
    ("p", "Mùa hoa tam giác mạch và mùa lúa chín vùng cao phía Bắc tỉnh thu hút lượng khách lớn, trong khi nhiều "
          "homestay do hợp tác xã, tổ hợp tác du lịch cộng đồng quản lý còn thiếu tiện nghi, chưa có quy tắc ứng xử "
          "với khách. Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch nâng chuẩn như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đến hết quý I/2027 có ít nhất 45 homestay của hợp tác xã, tổ hợp tác được công nhận đạt tiêu chuẩn phục vụ "
          "khách du lịch; mỗi hợp tác xã có tổ trưởng phụ trách an toàn, vệ sinh và tiếp nhận phản ánh của khách."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Khảo sát hiện trạng 72 homestay tại các xã Đồng Văn, Mèo Vạc, Lũng Cú, Hoàng Su Phì, lập phiếu đánh giá "
          "từng cơ sở (Phòng Quản lý du lịch chủ trì, phối hợp UBND các xã; hoàn thành trước 25/10/2026)."),
    ("p", "2. Mở 03 lớp bồi dưỡng kỹ năng đón tiếp, nấu món ăn địa phương và giữ vệ sinh buồng cho chủ homestay, "
          "thành viên hợp tác xã (Trường Cao đẳng Kỹ thuật và Văn hóa - Du lịch chủ trì, phối hợp Hội Du lịch tỉnh; "
          "tháng 11/2026)."),
    ("p", "3. Hướng dẫn hợp tác xã niêm yết giá phòng, giá dịch vụ và xây dựng nội quy homestay bằng tiếng Việt và "
          "tiếng Anh (Phòng Quản lý du lịch; trước mùa đông)."),
    ("p", "4. Thẩm định, công nhận homestay đạt tiêu chuẩn phục vụ khách du lịch theo hồ sơ hợp tác xã gửi về (Phòng "
          "Quản lý du lịch chủ trì; trong 10 ngày làm việc kể từ khi nhận đủ hồ sơ)."),
    ("p", "5. Đưa các homestay được công nhận lên bản đồ số du lịch và ứng dụng du lịch thông minh của tỉnh (Trung "
          "tâm Thông tin và Xúc tiến du lịch chủ trì, phối hợp Liên minh Hợp tác xã tỉnh; quý I/2027)."),
    ("p", "6. Tổ chức đoàn khảo sát của các công ty lữ hành về trải nghiệm homestay, ký kết đưa khách với hợp tác xã "
          "(Trung tâm Thông tin và Xúc tiến du lịch; từ tháng 11/2026 đến tháng 01/2027)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ các hợp tác xã du lịch cộng đồng tiếp cận vốn vay để cải tạo "
          "phòng nghỉ, khu vệ sinh, thực hiện trong năm 2027."),
    ("p", "2. Ủy ban nhân dân các xã có homestay kiểm tra việc đăng ký lưu trú, phòng cháy chữa cháy tại các cơ sở "
          "trước khi vào mùa cao điểm; báo cáo kết quả về Sở trước ngày 20/11/2026."),
    ("p", "3. Văn phòng Sở tổng hợp kết quả thực hiện Kế hoạch, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày "
          "15/01/2027."),
    ("p", "Trên đây là Kế hoạch nâng chuẩn homestay của hợp tác xã, tổ hợp tác du lịch cộng đồng của Sở Văn hóa, Thể "
          "thao và Du lịch tỉnh Tuyên Quang./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;", "- LMHTX tỉnh, Hội Du lịch tỉnh;",
            "- UBND các xã có homestay;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLDL."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vàng Thị Dung", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20261009151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 2215/KH-SVHTTDL", CSS)
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
