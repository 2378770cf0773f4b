"""Write b_lao-cai_31-KH-CNLHL-2026_ca-hoi-ca-tam-muc-nhiet-do-nuoc.pdf, the two-hundred-and-fourth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen204/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen204/make_pdf.py --html-only

A cold-water fish company (rainbow trout and sturgeon, Sa Pa, April 2026) with the cooperatives and cooperative
groups that raise fish under its linkage contracts, over the hot season of 2026: the opening, I. purposes, II. four
numbered preparation duties with dates, III. ONE bordered table Việc cần làm | Thực hiện | Phối hợp | Thời hạn cut by
three BAND ROWS, one per WATER-TEMPERATURE ALERT LEVEL ("MỨC 1 - nước từ 18 °C đến dưới 20 °C" …), its times
counted in hours from the reading ("Trong 02 giờ kể từ khi đo được"); IV. one paragraph; the closing sentence; the
signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose
time of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the
same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lao-cai_31-KH-CNLHL-2026_ca-hoi-ca-tam-muc-nhiet-do-nuoc"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.band { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CÁ NƯỚC LẠNH HOÀNG LIÊN", "b"), ("Số: 31/KH-CNLHL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Sa Pa, ngày 20 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Giữ đàn cá hồi vân, cá tầm của các hợp tác xã, tổ hợp tác liên kết qua mùa nắng nóng năm 2026"

BEFORE = [
    ("p", "Công ty đang liên kết nuôi cá hồi vân, cá tầm với 05 hợp tác xã và 03 tổ hợp tác ở các xã, phường Sa Pa, "
          "Tả Van, Bản Khoang, Mường Bo, tổng cộng 14 bể, ao nước chảy. Mùa hè năm 2025, nước suối đầu nguồn có ngày lên "
          "tới 23 °C, cá hồi bỏ ăn, chết rải rác ở 06 trại, thiệt hại khoảng 19 tấn. Để chủ động ứng phó trong năm nay, "
          "Công ty ban hành kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Tỷ lệ cá hao hụt trong các tháng 5 đến 8 không quá 4% ở mọi trại liên kết."),
    ("p", "- Các bên biết trước việc của mình ở từng mức nhiệt độ nước, không chờ chỉ đạo mới làm."),
    ("h", "II. VIỆC CHUẨN BỊ TRƯỚC MÙA NÓNG"),
    ("p", "1. Phòng Kỹ thuật nuôi lắp nhiệt kế tự ghi ở cửa lấy nước của cả 14 bể, ao và lập nhóm Zalo \"Nhiệt độ nước "
          "HL\" gồm chủ nhiệm các HTX, tổ trưởng các THT; xong trước ngày 15/5/2026."),
    ("p", "2. Trại giống Tả Van giao đủ cá hồi giống vụ thu cho các HTX trước ngày 25/5/2026, sau đó ngừng thả giống "
          "cỡ dưới 10 g đến hết tháng 8."),
    ("p", "3. Phòng Thu mua cùng HTX Cá nước lạnh Bản Khoang thống nhất lịch thu sớm cá thương phẩm từ 1,2 kg trở lên "
          "để giảm mật độ trong bể; thực hiện trong tháng 5/2026."),
    ("p", "4. Phòng Kỹ thuật nuôi phối hợp với Trung tâm Khuyến nông tỉnh tập huấn cho người trực trại cách đo oxy, cho "
          "ăn và xử lý khi cá nổi đầu; hoàn thành trước ngày 31/5/2026."),
    ("h", "III. VIỆC PHẢI LÀM THEO MỨC NHIỆT ĐỘ NƯỚC"),
    ("p", "Mức được tính theo số đo lúc 14 giờ tại cửa lấy nước; mức sau gồm cả các việc của mức trước."),
]

COLUMNS = ["Việc cần làm", "Thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [46, 19, 17, 18]
LEVELS = [
    ("MỨC 1 - nước từ 18 °C đến dưới 20 °C", [
        ("Giảm 30% lượng thức ăn, chỉ cho ăn từ 5 giờ đến 8 giờ sáng; báo số đo hai lần mỗi ngày lên nhóm Zalo",
         "Các HTX, THT nuôi cá", "Phòng Kỹ thuật nuôi", "Ngay trong ngày đo được"),
    ]),
    ("MỨC 2 - nước từ 20 °C đến dưới 22 °C", [
        ("Ngừng cho ăn, chạy máy sục khí và máy bơm dự phòng liên tục, che lưới giảm nắng trên mặt bể",
         "Các HTX, THT nuôi cá", "", "Trong 02 giờ kể từ khi đo được"),
        ("Cử cán bộ kỹ thuật xuống trực tại các trại có cá nổi đầu, cấp vitamin C và muối khoáng",
         "Phòng Kỹ thuật nuôi", "Trại giống Tả Van", "Trong 24 giờ"),
    ]),
    ("MỨC 3 - nước từ 22 °C trở lên, hoặc nước đục sau mưa lớn", [
        ("Thu hoạch khẩn cấp cá hồi từ 800 g trở lên, Công ty mua hết với giá không thấp hơn 85% giá hợp đồng",
         "Phòng Thu mua", "Đội xe lạnh", "Trong 48 giờ"),
        ("Báo cáo tình hình, số cá chết cho UBND xã, phường nơi có trại và Sở Nông nghiệp và Môi trường",
         "Phòng Hành chính - Tổng hợp", "Phòng Kỹ thuật nuôi", "Trong 24 giờ"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Kỹ thuật nuôi tổng hợp số đo, số cá hao hụt của từng trại và cùng Phòng Tài chính - Kế toán tính "
          "thiệt hại để báo cáo Hội đồng quản trị trước ngày 30/9/2026."),
    ("p", "Trên đây là Kế hoạch giữ đàn cá qua mùa nắng nóng năm 2026; đề nghị các hợp tác xã, tổ hợp tác liên kết và "
          "các phòng, đơn vị của Công ty nghiêm túc thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT nuôi cá liên kết;", "- Sở NN&MT tỉnh Lào Cai;",
            "- Các phòng, Trại giống Tả Van;", "- Lưu: VT, KTN."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lò Văn Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260420101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-CNLHL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for band, rows in LEVELS:
        out.append(f'<tr><td class="band" colspan="4">{e(band)}</td></tr>')
        for row in rows:
            out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
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
