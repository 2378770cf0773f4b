"""Print b_thanh-hoa_17-KH-DTMK-2026_mua-nan-luong-htx-tht.pdf, the two-hundred-and-fortieth held-out set's PDF, from
``sources/b_thanh-hoa_17-KH-DTMK-2026_mua-nan-luong-htx-tht.html``.

    .venv/bin/python benchmarks/corpus/unseen240/make_pdf.py

A bamboo chopstick and toothpick maker's plan (October 2026) for buying split luồng bamboo strips and chopstick
blanks from forestry cooperatives and cooperative groups in 2027: the opening, I. targets, II. a legend box, then one
bordered task table TT | Việc | Phân công | Thời hạn whose "Phân công" cell DRAWS THE ROLES WITH DOUBLE ARROWS: the
helpers stand at the tail of an arrow "⇒" or "⇐" that POINTS AT the lead ("Phòng Kế toán ⇒ Phòng Thu mua",
"Tổ Kỹ thuật ⇐ Chi cục Kiểm lâm tỉnh", "A ⇒ B ⇐ C"), the lead on either side; one cell a single body with no arrow;
III. a closing paragraph; the signature beside "Nơi nhận".

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
STEM = "b_thanh-hoa_17-KH-DTMK-2026_mua-nan-luong-htx-tht"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
div.legend { border: 1px solid #000; padding: 4pt 8pt; margin: 4pt 0 8pt; font-style: italic; font-size: 11pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 11pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("ĐŨA TRE MƯỜNG KHÔ", "b"), ("Số: 17/KH-ĐTMK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 08 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua nan luồng, phôi đũa của hợp tác xã, tổ hợp tác năm 2027"

BEFORE = [
    ("p", "Năm 2026 xưởng đũa, tăm của Công ty chạy được 71% công suất vì thiếu nan luồng đạt chuẩn: nan chẻ từ luồng "
          "non dễ cong vênh, nan phơi ngoài trời bị mốc khi gặp mưa kéo dài. Công ty lập Kế hoạch mua nan luồng, phôi "
          "đũa năm 2027 với các hợp tác xã, tổ hợp tác trồng luồng như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 2.100 tấn nan luồng và 380 tấn phôi đũa; không nhận luồng chặt dưới 3 năm tuổi."),
    ("p", "- Lô nan bị trả lại vì mốc, cong vênh không quá 3%; thanh toán đúng hạn cho người bán."),
    ("h", "II. PHÂN CÔNG"),
]

LEGEND = ("Cách đọc cột “Phân công”: mũi tên kép (⇒ hoặc ⇐) luôn chỉ vào đơn vị chủ trì; đơn vị đứng ở gốc mũi tên "
          "là đơn vị phối hợp. Ô chỉ ghi một đơn vị, không có mũi tên, là việc đơn vị đó tự làm.")

COLUMNS = ["TT", "Việc", "Phân công", "Thời hạn"]
WIDTHS = [6, 46, 30, 18]
ROWS = [
    ("1", "Ký hợp đồng mua nan luồng, phôi đũa năm 2027 với từng hợp tác xã, tổ hợp tác; thống nhất quy cách nan",
     "Phòng Kế toán ⇒ Phòng Thu mua", "Trước 30/11/2026"),
    ("2", "Hướng dẫn thành viên chặt luồng đủ 3 năm tuổi, chừa gốc, không chặt vào mùa măng",
     "Tổ Kỹ thuật ⇐ Chi cục Kiểm lâm tỉnh", "Quý I/2027"),
    ("3", "Cấp 12 máy chẻ nan cầm tay, thu tiền máy trừ dần vào tiền hàng",
     "Phòng Thu mua ⇒ Xưởng Chẻ - Vót ⇐ HTX Lâm nghiệp Yên Khương", "Trước 15/01/2027"),
    ("4", "Sấy nan nhận về xuống độ ẩm dưới 12%, chống mốc bằng hơi nóng, không dùng lưu huỳnh",
     "Xưởng Sấy", "Thường xuyên"),
    ("5", "Mở lớp vót đũa, vót tăm đạt chuẩn xuất khẩu cho 40 thành viên tổ hợp tác luồng bản Giàng",
     "Xưởng Chẻ - Vót ⇐ Tổ Kỹ thuật", "Tháng 02/2027"),
    ("6", "Thanh toán tiền nan, phôi đũa qua tài khoản của hợp tác xã, tổ hợp tác",
     "Phòng Thu mua ⇒ Phòng Kế toán", "Trong 05 ngày làm việc sau mỗi đợt nhận hàng"),
    ("7", "Lập hồ sơ nguồn gốc gỗ luồng theo chuỗi hành trình sản phẩm cho hai hợp tác xã bán phôi đũa",
     "Tổ Kỹ thuật ⇒ Phòng Kinh doanh ⇐ Quỹ Bảo vệ và Phát triển rừng tỉnh", "Tháng 5/2027"),
    ("8", "Chọn 01 tổ hợp tác đủ điều kiện, giúp lập phương án sản xuất, kinh doanh để lên hợp tác xã",
     "THT luồng bản Giàng ⇒ Phòng Thu mua", "Trước 30/6/2027"),
    ("9", "Tổng kết mua nan năm 2027, đề xuất giá mua năm 2028 trình Hội đồng thành viên",
     "Phòng Kinh doanh ⇒ Phòng Thu mua ⇐ Phòng Kế toán", "Tháng 11/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, tổ căn cứ bảng phân công triển khai; mỗi quý báo cáo Giám đốc tiến độ mua nan. Các "
          "hợp tác xã, tổ hợp tác có ý kiến về quy cách, giá mua liên hệ Phòng Thu mua để được giải đáp./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT bán nan;", "- Các phòng, xưởng, tổ;",
            "- Lưu: VT, PTM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Văn Thẩm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261008143000+07'00'"


def block(kind, text) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 17/KH-ĐTMK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append(f'<div class="legend">{e(LEGEND)}</div>')
    out.append('<table class="tasks">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for number, work, roles, due in ROWS:
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td>{e(roles)}</td>'
                   f'<td class="c">{e(due)}</td></tr>')
    out.append('</tbody></table>')
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
