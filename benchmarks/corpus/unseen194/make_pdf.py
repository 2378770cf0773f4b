"""Write b_da-nang_93-2026-KH-BHG_thu-mua-nong-san-htx-thuc-don-dong-xuan.pdf, the hundred-and-ninety-fourth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen194/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen194/make_pdf.py --html-only

A restaurant chain's plan (August 2026) for buying vegetables, fish sauce, rice, free-range chicken and bamboo shoots
from cooperatives and cooperative groups for its winter-spring menu: the opening, I. purposes, II. facts, III. a
bordered LEGEND box that says how to read the table — the FIRST LETTER of each task's code names the block that leads
it (B, M, V, T), and each row is tinted with that block's colour (a swatch beside each letter) — then ONE bordered
table Mã việc | Nội dung | Phối hợp | Hạn WITH NO LEAD COLUMN; IV. two numbered paragraphs; the closing sentence; the
signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The header row is ordinary bold cells (no <th>).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_da-nang_93-2026-KH-BHG_thu-mua-nong-san-htx-thuc-don-dong-xuan"
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
table.legend { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 2pt 0 8pt; }
table.legend td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks tr.hd td { font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
.B { background: #e2efd9; } .M { background: #deeaf6; } .V { background: #fff2cc; } .T { background: #fbe4d5; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("ẨM THỰC BẾP HÀN GIANG", "b"), ("Số: 93/2026/KH-BHG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 25 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thu mua nông sản, thực phẩm của hợp tác xã, tổ hợp tác cho thực đơn mùa Đông - Xuân 2026 - 2027")

BEFORE = [
    ("p", "Thực đơn mùa Đông - Xuân 2026 - 2027 của hệ thống Bếp Hàn Giang sẽ đưa vào phục vụ từ ngày 01/11/2026 tại "
          "14 nhà hàng ở Đà Nẵng và Hội An. Để có nguồn nguyên liệu tươi, rõ nguồn gốc và giá ổn định cả mùa, Công ty "
          "lập Kế hoạch mua hàng trực tiếp của các hợp tác xã, tổ hợp tác, cụ thể:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Ít nhất 60% rau, gạo, gà, măng, nước mắm dùng cho thực đơn mới được mua thẳng từ hợp tác xã, tổ hợp tác, "
          "không qua thương lái."),
    ("p", "- Mỗi món mới có câu chuyện về nơi làm ra nguyên liệu để kể với khách."),
    ("h", "II. CÁC ĐƠN VỊ CUNG ỨNG DỰ KIẾN"),
    ("p", "HTX Nông nghiệp rau Cẩm Hà Xanh (rau thơm, rau ăn lá; khoảng 350 kg/ngày), HTX Nước mắm Nam Ô Truyền Thống "
          "(nước mắm cá cơm 30 độ đạm), HTX Lúa hữu cơ Điện Phương (gạo lứt, gạo thơm), tổ hợp tác gà thả đồi thôn Tiên "
          "Lãnh (khoảng 400 con/tuần) và tổ hợp tác măng rừng xã Trà Tân. Giá năm 2025 bình quân cao hơn giá chợ đầu "
          "mối 8 - 12% nhưng hao hụt khi sơ chế thấp hơn một nửa."),
    ("h", "III. PHÂN CÔNG VÀ TIẾN ĐỘ"),
]

LEGEND = [("B", "Khối Bếp (Bếp trưởng điều hành)"), ("M", "Khối Mua hàng"), ("V", "Khối Vận hành nhà hàng"),
          ("T", "Phòng Tiếp thị")]
LEGEND_NOTE = ("Cách đọc bảng dưới đây: chữ cái đầu của mã việc cho biết đơn vị chủ trì việc đó (dòng được tô nền "
               "cùng màu với đơn vị): ")

COLUMNS = ["Mã việc", "Nội dung", "Phối hợp", "Hạn"]
WIDTHS = [10, 52, 22, 16]
ROWS = [
    ("M01", "Ký hợp đồng cung ứng cả mùa với 03 HTX và 02 THT: chốt chủng loại, quy cách, giá cố định theo quý",
     "Phòng Pháp chế", "15/9/2026"),
    ("M02", "Đến tận ruộng, chuồng trại của từng đơn vị cung ứng; lấy mẫu rau, gạo xét nghiệm dư lượng thuốc bảo vệ "
            "thực vật", "Phòng Quản lý chất lượng", "30/9/2026"),
    ("B01", "Nấu thử, chuẩn hóa công thức 06 món mới dùng nguyên liệu của HTX, THT (gỏi cá trộn nước mắm Nam Ô, gà "
            "đồi hấp lá chanh, cơm gạo lứt, măng rừng xào …)", "HTX Nước mắm Nam Ô Truyền Thống", "10/10/2026"),
    ("B02", "Hướng dẫn tổ sơ chế của HTX rau Cẩm Hà Xanh cắt, nhặt, đóng túi theo định lượng của bếp", "Khối Mua hàng",
     "20/10/2026"),
    ("M03", "Thống nhất lịch giao hàng 03 chuyến/tuần đến bếp trung tâm; xe lạnh của Công ty nhận gà, măng tại điểm "
            "tập kết", "Khối Vận hành nhà hàng", "25/10/2026"),
    ("V01", "Lắp tủ mát, bố trí khu nhận hàng buổi sáng tại cả 14 nhà hàng", "Khối Mua hàng", "25/10/2026"),
    ("T01", "Viết, in câu chuyện của từng HTX, THT lên thực đơn và bảng giới thiệu ở quầy", "Khối Bếp",
     "28/10/2026"),
    ("V02", "Đưa thực đơn mùa Đông - Xuân vào phục vụ đồng loạt", "Phòng Tiếp thị, Khối Bếp", "01/11/2026"),
    ("M04", "Đối chiếu số lượng, chuyển tiền hàng cho HTX, THT", "Phòng Tài chính - Kế toán",
     "Trong 07 ngày làm việc sau mỗi lần đối chiếu"),
    ("T02", "Tổ chức \"Ngày nông sản hợp tác xã\" tại nhà hàng Bạch Đằng, mời khách đi thăm ruộng rau Cẩm Hà",
     "HTX Nông nghiệp rau Cẩm Hà Xanh", "16/01/2027"),
    ("B03", "Tính tỷ lệ hao hụt nguyên liệu của từng đơn vị cung ứng, đề xuất giữ hay đổi nhà cung ứng cho thực đơn "
            "mùa Hè 2027", "Khối Mua hàng", "15/3/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Khối Mua hàng là đầu mối làm việc với các hợp tác xã, tổ hợp tác; tổng hợp kết quả cả mùa báo cáo Tổng "
          "Giám đốc trước ngày 31/3/2027."),
    ("p", "2. Các hợp tác xã, tổ hợp tác cung ứng báo trước cho Khối Mua hàng ít nhất 03 ngày khi sản lượng giảm do "
          "mưa bão để Công ty điều chỉnh thực đơn trong ngày."),
    ("p", "Trên đây là Kế hoạch thu mua nông sản, thực phẩm của hợp tác xã, tổ hợp tác cho thực đơn mùa Đông - Xuân "
          "2026 - 2027; các khối, phòng và đơn vị cung ứng thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Các khối, phòng;", "- 14 nhà hàng;", "- Các HTX, THT cung ứng;",
            "- Lưu: VT, KMH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đoàn Văn Khải Minh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:00 in Việt Nam
PDF_DATE = b"D:20260825100000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 93/2026/KH-BHG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append('<table class="legend"><tr><td>' + e(LEGEND_NOTE) + "; ".join(
        f'<span class="{k}"><b>{k}</b></span> - {e(name)}' for k, name in LEGEND) + '.</td></tr></table>')
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        out.append(f'<tr class="{row[0][0]}">' + "".join(
            f'<td class="c">{e(v)}</td>' if i in (0, 3) else f'<td>{e(v)}</td>' for i, v in enumerate(row)) + '</tr>')
    out.append('</table>')
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
