"""Write b_tuyen-quang_163-KH-TNTV-2026_bao-ton-giong-ban-dia-htx.pdf, the hundred-and-seventy-fourth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen174/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen174/make_pdf.py --html-only

A national plant genetic resources centre (Trung tâm Tài nguyên thực vật, July 2026) conserving local rice, maize and
bean landraces ON FARM with three cooperatives and a cooperative group of Tuyên Quang's highland communes (the former
Hà Giang): the opening, I. aims ("-" lines), II. one bordered table Giai đoạn | TT | Nội dung công việc | Thực hiện |
Phối hợp | Sản phẩm whose FIRST COLUMN is a cell merged down over each phase's rows (rowspan) with its text ROTATED a
quarter turn (read from the bottom up, as Word's "Text direction" prints it): the phase's name and ITS TIME, the only
time most rows have — there is no time column; two rows carry a date of their own in the work; an output column
"Sản phẩm" between the partners and the border; III. two numbered paragraphs; the closing sentence; the signature
beside "Nơi nhận". Each phase is a table body of its own that Chromium keeps on one page.

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
STEM = "b_tuyen-quang_163-KH-TNTV-2026_bao-ton-giong-ban-dia-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.3; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.head p.s { font-size: 9pt; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tbody { break-inside: avoid; }
table.tasks td.phase { vertical-align: middle; text-align: center; padding: 4pt 2pt; }
table.tasks td.phase div { writing-mode: vertical-rl; transform: rotate(180deg); margin: 0 auto; font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; padding-top: 2pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM", "s"), ("TRUNG TÂM TÀI NGUYÊN THỰC VẬT", "b"),
             ("Số: 163/KH-TNTV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 24 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Bảo tồn trên đồng ruộng nguồn gen cây trồng bản địa cùng các hợp tác xã, tổ hợp tác vùng cao tỉnh Tuyên "
            "Quang, giai đoạn 2026 - 2027")

BEFORE = [
    ("p", "Điều tra năm 2025 ở các xã vùng cao phía Bắc tỉnh Tuyên Quang (địa bàn tỉnh Hà Giang cũ) cho thấy nhiều giống "
          "lúa nếp, lúa nương, ngô và đậu đỗ địa phương chỉ còn vài hộ giữ giống, diện tích gieo trồng giảm mạnh vì "
          "được thay bằng giống lai. Để giữ các nguồn gen này ngay trên đồng ruộng của người dân và để thành viên hợp "
          "tác xã có thu nhập từ chính các giống đó, Trung tâm Tài nguyên thực vật xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Bảo tồn trên đồng ruộng 24 giống địa phương (10 giống lúa, 8 giống ngô, 6 giống đậu đỗ) tại HTX Nông "
          "nghiệp Phìn Hồ, HTX Ngô bản địa Lũng Pù, HTX Dược liệu và Nông sản Sủng Là và Tổ hợp tác giữ giống Nậm Dịch."),
    ("p", "- Có 01 ngân hàng hạt giống cộng đồng do hợp tác xã quản lý; mẫu nhân bản của cả 24 giống được lưu giữ "
          "tại Ngân hàng gen cây trồng quốc gia."),
    ("p", "- Lợi ích từ việc bán hạt giống, sản phẩm của các giống được chia cho thành viên theo hợp đồng đã ký."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
]

COLUMNS = ["Giai đoạn", "TT", "Nội dung công việc", "Thực hiện", "Phối hợp", "Sản phẩm"]
WIDTHS = [8, 5, 40, 17, 17, 13]

# (the phase's rotated lines, its rows: TT, work, doer, partner, output)
PHASES = [
    (["Giai đoạn 1: Điều tra, thu thập", "(tháng 8 - 10/2026)"], [
        ("1", "Điều tra lại hiện trạng 24 giống tại các thôn, phỏng vấn hộ còn giữ giống; thu mẫu hạt vụ Mùa 2026",
         "Bộ môn Bảo tồn nguồn gen cây lương thực", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Tuyên Quang",
         "Phiếu điều tra, 24 mẫu hạt"),
        ("2", "Ký hợp đồng bảo tồn, chia sẻ lợi ích với 03 HTX và 01 tổ hợp tác, xong trước 30/9/2026",
         "Phòng Kế hoạch - Hợp tác", "Liên minh Hợp tác xã tỉnh Tuyên Quang", "04 hợp đồng"),
        ("3", "Làm sạch, thử sức nảy mầm và cất giữ mẫu nhân bản của từng giống ở nhiệt độ âm 18 độ C",
         "Ngân hàng gen cây trồng quốc gia", "Bộ môn Bảo tồn nguồn gen cây lương thực", "24 mẫu nhân bản"),
    ]),
    (["Giai đoạn 2: Trồng bảo tồn, đánh giá", "(tháng 11/2026 - 9/2027)"], [
        ("4", "Cấp hạt giống gốc, hướng dẫn hợp tác xã bố trí ruộng bảo tồn cách ly với ruộng trồng giống lai",
         "Bộ môn Bảo tồn nguồn gen cây lương thực", "Các HTX, THT tham gia", "12 điểm ruộng bảo tồn"),
        ("5", "Mở 04 lớp tập huấn giữ giống: chọn bông, chọn bắp, phơi, bảo quản hạt trong chum, túi kín",
         "Bộ môn Bảo tồn nguồn gen cây lương thực", "UBND các xã có điểm bảo tồn", "04 lớp, 120 lượt người"),
        ("6", "Theo dõi, mô tả các tính trạng hình thái, nông học của từng giống trên ruộng bảo tồn",
         "Bộ môn Đánh giá nguồn gen", "", "Bộ số liệu đánh giá"),
        ("7", "Phân tích chất lượng hạt (protein, amylose, anthocyanin) của 10 giống lúa, ngô nếp",
         "Bộ môn Đánh giá nguồn gen", "Viện Cây lương thực và Cây thực phẩm", "Phiếu kết quả phân tích"),
        ("8", "Dựng kho ngân hàng hạt giống cộng đồng tại HTX Nông nghiệp Phìn Hồ, bàn giao trước 15/3/2027",
         "Phòng Kế hoạch - Hợp tác", "UBND xã Hoàng Su Phì", "01 kho, sổ theo dõi"),
    ]),
    (["Giai đoạn 3: Khai thác, nhân rộng", "(tháng 10 - 12/2027)"], [
        ("9", "Chọn 03 giống triển vọng, giúp hợp tác xã lập hồ sơ đề nghị công nhận giống cây trồng bản địa",
         "Phòng Kế hoạch - Hợp tác", "Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang", "03 bộ hồ sơ"),
        ("10", "Tổ chức hội chợ trao đổi hạt giống giữa các hợp tác xã và nông hộ trong vùng",
         "HTX Nông nghiệp Phìn Hồ", "Bộ môn Bảo tồn nguồn gen cây lương thực", "01 hội chợ"),
        ("11", "Tổng kết hiệu quả bảo tồn và lợi ích của thành viên; đề xuất duy trì giai đoạn 2028 - 2030",
         "Phòng Kế hoạch - Hợp tác", "Các bộ môn", "Báo cáo tổng kết"),
    ]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tài chính - Kế toán chuyển kinh phí hỗ trợ cho hợp tác xã, tổ hợp tác theo hợp đồng, mỗi đợt trong "
          "10 ngày làm việc sau khi nhận đủ chứng từ nghiệm thu."),
    ("p", "2. Đề nghị Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang chỉ đạo cán bộ trồng trọt ở các xã cùng Trung tâm "
          "theo dõi ruộng bảo tồn trong các vụ năm 2027."),
    ("p", "Trên đây là Kế hoạch bảo tồn trên đồng ruộng nguồn gen cây trồng bản địa của Trung tâm Tài nguyên thực vật; "
          "các bộ môn, phòng, đơn vị liên quan thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Viện KHNN Việt Nam (b/c);", "- Sở NN&MT tỉnh Tuyên Quang;", "- Liên minh HTX tỉnh Tuyên Quang;",
            "- UBND các xã Hoàng Su Phì, Mèo Vạc, Đồng Văn, Xín Mần;", "- Các HTX, THT tham gia;",
            "- Các bộ môn, phòng;", "- Lưu: VT, KHHT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lưu Thị Thu Hiền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260724102000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 163/KH-TNTV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>']
    for lines, rows in PHASES:
        out.append('<tbody>')
        for n, row in enumerate(rows):
            phase = (f'<td class="phase" rowspan="{len(rows)}"><div>' + "<br>".join(e(x) for x in lines)
                     + '</div></td>') if n == 0 else ""
            out.append('<tr>' + phase + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                                                for i, v in enumerate(row)) + '</tr>')
        out.append('</tbody>')
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
