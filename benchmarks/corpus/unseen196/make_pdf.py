"""Write b_hue_52-KH-MPSH-2026_nguyen-lieu-tinh-dau-htx-tram-sa-buoi.pdf, the hundred-and-ninety-sixth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen196/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen196/make_pdf.py --html-only

A natural-cosmetics company's plan (November 2026) for buying cajeput oil, lemongrass oil and pomelo-peel oil from
distilling cooperatives and cooperative groups of Huế for its 2027 line: the opening, a SHADED BOX "CÁC MỐC CHÍNH"
of the season's dates (facts, one of them repeating a row's date — no work), I. purposes, II. a note, then ONE
bordered table STT | Việc | Thực hiện | Xong trước (no row broken over the page) whose "Thực hiện" cell gives the doers as "lead / partners" split
by a SLASH (the note says the unit before "/" leads, those after it cooperate, a cell with no slash has no partner),
III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hue_52-KH-MPSH-2026_nguyen-lieu-tinh-dau-htx-tram-sa-buoi"
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
div.box { border: 1pt solid #000; background: #ececec; padding: 4pt 8pt; margin: 6pt 0 8pt; font-size: 10.5pt; }
div.box p { margin: 0 0 2pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("MỸ PHẨM THẢO MỘC SÔNG HƯƠNG", "b"), ("Số: 52/KH-MPSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 09 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua nguyên liệu tinh dầu của các hợp tác xã, tổ hợp tác năm 2027"

OPENING = ("Năm 2026 Công ty mua 4,2 tấn dầu tràm và 1,1 tấn tinh dầu sả chanh của 05 hợp tác xã, tổ hợp tác ở "
           "xã Phong Điền, xã Quảng Điền, phường Hương Trà; 23% số lô không đạt hàm lượng 1,8-cineol theo hợp đồng "
           "do nồi nấu cũ, nấu quá giờ. Năm 2027 Công ty đưa ra thị trường dòng sản phẩm \"Tràm Huế\" và dầu gội vỏ "
           "bưởi, cần nguồn nguyên liệu ổn định, đồng đều; Công ty lập Kế hoạch như sau:")

MILESTONES = [
    "CÁC MỐC CHÍNH",
    "• 15/01/2027: hạn ký hợp đồng mua nguyên liệu năm 2027 với các HTX, THT.",
    "• 01/3/2027: ra mắt dòng sản phẩm \"Tràm Huế\" tại Hà Nội và Thành phố Hồ Chí Minh.",
    "• Tháng 3 - tháng 8/2027: mùa chưng cất dầu tràm; sả chanh cắt lứa 45 ngày một lần.",
    "• Tháng 9 - tháng 10/2027: thu gom vỏ bưởi Thanh Trà cuối vụ.",
    "• Giá sàn dầu tràm năm 2027: 520.000 đồng/lít (hàm lượng 1,8-cineol từ 55% trở lên).",
]

BEFORE = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mua được 6 tấn dầu tràm, 1,5 tấn tinh dầu sả chanh và 300 lít tinh dầu vỏ bưởi đạt tiêu chuẩn cơ sở; tỷ "
          "lệ lô không đạt dưới 5%."),
    ("p", "- Giá mua công khai, thanh toán đúng hạn; giúp các hợp tác xã, tổ hợp tác nâng cấp nồi nấu, ghi chép mẻ nấu "
          "để truy xuất nguồn gốc."),
    ("h", "II. PHÂN CÔNG THỰC HIỆN"),
    ("p", "Ghi chú cột \"Thực hiện\": đơn vị đứng trước dấu \"/\" là đơn vị chủ trì; các đơn vị đứng sau dấu \"/\" là "
          "đơn vị phối hợp; ô không có dấu \"/\" là việc do một đơn vị làm. Phòng R&D là Phòng Nghiên cứu - Phát "
          "triển; Phòng QC là Phòng Kiểm soát chất lượng."),
]

COLUMNS = ["STT", "Việc", "Thực hiện", "Xong trước"]
WIDTHS = [6, 50, 27, 17]
ROWS = [
    ("1", "Ban hành tiêu chuẩn cơ sở cho dầu tràm, tinh dầu sả chanh, tinh dầu vỏ bưởi nhập kho (hàm lượng hoạt chất, "
          "độ ẩm, màu, mùi) và gửi từng HTX, THT", "Phòng R&D / Phòng QC", "30/11/2026"),
    ("2", "Khảo sát 14 nồi chưng cất của các HTX, THT; lập danh mục nồi cần thay ống sinh hàn bằng inox",
     "Phòng Thu mua / HTX Tinh dầu tràm Phong Hiền, THT sả chanh Quảng Lợi", "15/12/2026"),
    ("3", "Ký hợp đồng mua nguyên liệu năm 2027 với từng HTX, THT: sản lượng, giá sàn, mức thưởng chất lượng",
     "Phòng Thu mua / Phòng Tài chính - Kế toán", "15/01/2027"),
    ("4", "Cho các HTX, THT ứng trước 30% tiền thay ống sinh hàn, trừ dần vào tiền hàng", "Phòng Tài chính - Kế toán",
     "31/01/2027"),
    ("5", "Tập huấn quy trình chưng cất, cách ghi nhật ký mẻ nấu cho người nấu dầu của các HTX, THT",
     "Phòng R&D / Trung tâm Khuyến nông thành phố", "28/02/2027"),
    ("6", "In tem truy xuất nguồn gốc có mã QR mang tên HTX, THT cung cấp nguyên liệu trên từng chai thành phẩm",
     "Phòng Marketing / Phòng QC", "01/3/2027"),
    ("7", "Lấy mẫu từng lô nhập kho, phân tích sắc ký khí (GC-MS); báo kết quả cho HTX, THT giao lô đó",
     "Phòng QC / Viện Công nghệ sinh học Đại học Huế", "07 ngày sau mỗi lần nhập kho"),
    ("8", "Thanh toán tiền hàng vào tài khoản của HTX, THT", "Phòng Tài chính - Kế toán",
     "10 ngày sau khi có kết quả kiểm nghiệm đạt"),
    ("9", "Hướng dẫn HTX Tinh dầu tràm Phong Hiền lập hồ sơ chứng nhận hữu cơ cho 35 ha rừng tràm",
     "Phòng R&D / Sở Nông nghiệp và Môi trường", "30/6/2027"),
    ("10", "Thu gom vỏ bưởi Thanh Trà ở HTX Nông nghiệp Hương Chữ, sấy và chưng cất tại xưởng của Công ty",
     "Xưởng chiết xuất Hương Trà / HTX Nông nghiệp Hương Chữ", "31/10/2027"),
    ("11", "Tổng kết năm nguyên liệu 2027; xét thưởng HTX, THT giao dầu đạt chất lượng cao",
     "Ban Giám đốc / Phòng Thu mua, Phòng QC", "15/12/2027"),
]

AFTER = [
    ("h", "III. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ, TỔ HỢP TÁC"),
    ("p", "1. Các HTX, THT ghi đủ nhật ký mẻ nấu theo mẫu của Công ty, gửi kèm mỗi lô dầu khi giao hàng."),
    ("p", "2. Các HTX, THT có nồi phải thay ống sinh hàn hoàn thành việc thay trước ngày 28/02/2027, báo Phòng Thu mua "
          "đến nghiệm thu."),
    ("p", "Công ty đề nghị các hợp tác xã, tổ hợp tác cung cấp nguyên liệu cùng phối hợp thực hiện Kế hoạch này./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT liên kết;", "- Liên minh HTX thành phố Huế;",
            "- Các phòng, xưởng;", "- Lưu: VT, P.TM."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Đắc Thuyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261109101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-MPSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append(paragraph("p", OPENING))
    out.append('<div class="box">' + "".join(f'<p class="{"b" if i == 0 else ""}">{e(x)}</p>'
                                            for i, x in enumerate(MILESTONES)) + '</div>')
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 3) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
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
