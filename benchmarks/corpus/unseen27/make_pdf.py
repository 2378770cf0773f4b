"""Write b_lang-son_2647-STC-TCDN-2026_don-doc-danh-sach-chua-bao-cao.pdf, the twenty-seventh held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen27/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen27/make_pdf.py --html-only

A Sở Tài chính's Công văn đôn đốc (October 2026) urging the bodies that have not reported: "V/v …" under the number,
"Kính gửi:" over four "-" lines, a paragraph recalling the earlier request and its date, then A TABLE OF THE BODIES
THAT HAVE NOT REPORTED OR REPORTED IN PART (STT | Cơ quan, đơn vị | Nội dung chưa gửi, còn thiếu | Ghi chú: facts,
not tasks), a sentence ending "Sở Tài chính đề nghị:", numbered requests — to a class of bodies "có tên tại danh sách
trên", to two communes by name, to named bodies, to the Sở's own Phòng named with its parent in brackets, one
starting with the condition "Sau ngày …" —, the closing sentence and the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the letter's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lang-son_2647-STC-TCDN-2026_don-doc-danh-sach-chua-bao-cao"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.vv { font-size: 9.5pt; margin-top: 3pt !important; }
.to { margin: 14pt 0 8pt 20mm; }
.to p { margin: 0; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.late { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.late th, table.late td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.late td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH LẠNG SƠN", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 2647/STC-TCDN", ""),
             ("V/v đôn đốc gửi báo cáo tình hình hợp tác xã 9 tháng năm 2026 và rà soát hợp tác xã ngừng hoạt động",
              "vv")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 14 tháng 10 năm 2026", "i")]
TO = ["- Liên minh Hợp tác xã tỉnh;", "- Sở Nông nghiệp và Môi trường;", "- Thuế tỉnh Lạng Sơn;",
      "- Ủy ban nhân dân các xã, phường có tên tại danh sách dưới đây."]

INTRO = ("Ngày 08/9/2026, Sở Tài chính có Công văn số 2210/STC-TCDN đề nghị các cơ quan, đơn vị báo cáo tình hình "
         "hoạt động của hợp tác xã, tổ hợp tác 9 tháng năm 2026 (Biểu 01) và danh sách hợp tác xã ngừng hoạt động từ "
         "12 tháng trở lên (Biểu 02), gửi về Sở trước ngày 30/9/2026. Đến hết ngày 12/10/2026, Sở mới nhận đủ báo "
         "cáo của 54/65 xã, phường; các cơ quan, đơn vị chưa gửi hoặc gửi chưa đủ nội dung gồm:")

LATE_HEAD = ["STT", "Cơ quan, đơn vị", "Nội dung chưa gửi, còn thiếu", "Ghi chú"]
LATE = [
    ("1", "Sở Nông nghiệp và Môi trường", "Số liệu hợp tác xã nông nghiệp, tổ hợp tác", "Chưa gửi"),
    ("2", "Liên minh Hợp tác xã tỉnh", "Số hợp tác xã thành lập mới được tư vấn", "Gửi thiếu"),
    ("3", "UBND xã Đình Lập", "Báo cáo, Biểu 01, Biểu 02", "Chưa gửi"),
    ("4", "UBND xã Tràng Định", "Biểu 02", "Gửi thiếu"),
    ("5", "UBND xã Lộc Bình", "Báo cáo, Biểu 01, Biểu 02", "Chưa gửi"),
    ("6", "UBND xã Na Sầm", "Báo cáo, Biểu 01", "Chưa gửi"),
    ("7", "UBND xã Thất Khê", "Biểu 02", "Gửi thiếu"),
    ("8", "UBND xã Bình Gia", "Báo cáo, Biểu 01, Biểu 02", "Chưa gửi"),
    ("9", "UBND xã Hữu Lũng", "Biểu 01", "Gửi thiếu"),
    ("10", "UBND xã Chi Lăng", "Báo cáo, Biểu 02", "Chưa gửi"),
    ("11", "UBND phường Tam Thanh", "Biểu 02", "Gửi thiếu"),
    ("12", "UBND xã Văn Lãng", "Biểu 01", "Số hợp tác xã không khớp dữ liệu đăng ký"),
    ("13", "UBND phường Kỳ Lừa", "Biểu 01", "Số hợp tác xã không khớp dữ liệu đăng ký"),
]

ASK = ("Để kịp tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Tài chính trước ngày 31/10/2026, Sở Tài chính đề nghị:")

REQUESTS = [
    "1. Sở Nông nghiệp và Môi trường gửi số liệu hợp tác xã nông nghiệp, tổ hợp tác 9 tháng năm 2026 theo Biểu 01 "
    "kèm Công văn số 2210/STC-TCDN trước ngày 20/10/2026.",
    "2. Đề nghị Liên minh Hợp tác xã tỉnh bổ sung số hợp tác xã thành lập mới được Liên minh tư vấn trong 9 tháng, "
    "chậm nhất ngày 16/10/2026.",
    "3. Ủy ban nhân dân các xã, phường có tên tại danh sách trên (trừ xã Văn Lãng, phường Kỳ Lừa) khẩn trương hoàn "
    "thiện báo cáo và các biểu còn thiếu, gửi về Sở Tài chính trước ngày 20/10/2026.",
    "4. UBND xã Văn Lãng, UBND phường Kỳ Lừa phối hợp với Thuế tỉnh Lạng Sơn đối chiếu số hợp tác xã đang hoạt "
    "động, gửi lại Biểu 01 đã điều chỉnh trong cùng thời hạn nêu trên.",
    "5. Thuế tỉnh Lạng Sơn cung cấp danh sách hợp tác xã đã ngừng kê khai thuế từ 12 tháng trở lên (tính đến ngày "
    "30/9/2026) để Sở đối chiếu với Biểu 02; thời gian trong tháng 10/2026.",
    "6. Ủy ban nhân dân các xã, phường đã gửi báo cáo tiếp tục cập nhật việc thành lập mới, giải thể hợp tác xã lên "
    "Hệ thống thông tin quốc gia về đăng ký hợp tác xã ngay khi phát sinh.",
    "7. Phòng Tài chính doanh nghiệp (Sở Tài chính) tổng hợp số liệu, dự thảo báo cáo của Ủy ban nhân dân tỉnh, trình "
    "Lãnh đạo Sở trước ngày 27/10/2026.",
    "8. Sau ngày 20/10/2026, đơn vị nào chưa gửi báo cáo, Phòng Tài chính doanh nghiệp lập danh sách, tham mưu Lãnh "
    "đạo Sở báo cáo Chủ tịch Ủy ban nhân dân tỉnh xem xét, nhắc nhở.",
]

CLOSING = "Đề nghị các cơ quan, đơn vị quan tâm, gửi báo cáo đúng hạn để Sở kịp tổng hợp./."

NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);", "- Lưu: VT, TCDN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Thị Mai Phương", "b")]

#: the dates written into the PDF instead of the time of printing: the letter's, 15:20 in Việt Nam
PDF_DATE = b"D:20261014152000+07'00'"


def build_html() -> str:
    out = page_start("Công văn 2647/STC-TCDN", CSS)
    columns = ['<div>' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in column) + '</div>'
               for column in (HEAD_LEFT, HEAD_RIGHT)]
    out += ['<div class="head">', *columns, '</div>']
    out.append('<div class="to"><p>Kính gửi:</p>' + "".join(f'<p>{e(x)}</p>' for x in TO) + '</div>')
    out.append(f'<p class="t">{e(INTRO)}</p>')
    out.append('<table class="late"><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in LATE_HEAD)
               + '</tr></thead><tbody>')
    for row in LATE:
        out.append('<tr>' + "".join(f'<td class="{"c" if i == 0 else ""}">{e(v)}</td>' for i, v in enumerate(row))
                   + '</tr>')
    out.append('</tbody></table>')
    out.append(f'<p class="t">{e(ASK)}</p>')
    out += [f'<p class="t">{e(text)}</p>' for text in REQUESTS]
    out.append(f'<p class="t">{e(CLOSING)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
