"""Write b_tay-ninh_86-KH-BQLDA-2026_hoan-tra-cong-trinh-thuy-loi-htx-cot-can-cu.pdf, the hundred-and-sixty-fourth
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen164/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen164/make_pdf.py --html-only

A provincial transport-works project board's plan (September 2026) to compensate the cooperatives whose pumping
station, canals, drying yard and warehouse lie in the way of a provincial road, and to rebuild the irrigation works
before the next crop: the legal grounds, I. purposes, II. the cooperatives' assets in the way as "-" lines (facts),
III. ONE bordered procedure table Bước | Nội dung công việc | Căn cứ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian
whose "Căn cứ" column cites laws and decrees WITH THEIR YEARS (not times) and whose times are partly COUNTED FROM THE
STEP BEFORE ("10 ngày làm việc sau Bước 1"), partly dates; IV. two numbered paragraphs; the closing sentence; the
signature beside "Nơi nhận".

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
STEM = "b_tay-ninh_86-KH-BQLDA-2026_hoan-tra-cong-trinh-thuy-loi-htx-cot-can-cu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 12mm 20mm 22mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.g { font-style: italic; text-align: justify; margin: 0 0 3pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH TÂY NINH", ""), ("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "b"), ("XÂY DỰNG CÁC CÔNG TRÌNH", "b"),
             ("GIAO THÔNG", "b"), ("Số: 86/KH-BQLDA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 21 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Bồi thường, hỗ trợ và hoàn trả công trình thủy lợi, sân phơi của các hợp tác xã nông nghiệp bị ảnh "
            "hưởng bởi Dự án nâng cấp, mở rộng Đường tỉnh 826F (đoạn qua xã Cần Đước và xã Long Cang)")

BEFORE = [
    ("g", "Căn cứ Luật Đất đai năm 2024; Luật Thủy lợi năm 2017;"),
    ("g", "Căn cứ Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư "
          "khi Nhà nước thu hồi đất;"),
    ("g", "Căn cứ Quyết định số 2315/QĐ-UBND ngày 18/6/2026 của UBND tỉnh phê duyệt Dự án nâng cấp, mở rộng Đường tỉnh "
          "826F;"),
    ("p", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Tây Ninh (sau đây gọi là Ban Quản lý dự án) "
          "xây dựng Kế hoạch bồi thường, hỗ trợ và hoàn trả các công trình của hợp tác xã nằm trong phạm vi giải phóng "
          "mặt bằng của Dự án như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bàn giao mặt bằng cho nhà thầu trước ngày 31/3/2027; bồi thường đúng, đủ tài sản của hợp tác xã; hoàn trả "
          "trạm bơm, kênh tưới trước khi lấy nước vụ Đông Xuân 2026 - 2027, không để đồng ruộng của thành viên thiếu "
          "nước."),
    ("h", "II. TÀI SẢN CỦA HỢP TÁC XÃ NẰM TRONG PHẠM VI DỰ ÁN"),
    ("p", "- HTX Nông nghiệp Long Cang: trạm bơm điện Rạch Chanh (02 máy, 1.000 m³/giờ), 1.150 m kênh tưới nội đồng "
          "bằng bê tông, tưới cho 210 ha lúa của 386 thành viên."),
    ("p", "- HTX Dịch vụ nông nghiệp Tân Trạch: sân phơi 2.000 m², nhà kho 300 m² và 02 lò sấy lúa 30 tấn/mẻ."),
    ("p", "- HTX Nông nghiệp Phước Đông: 420 m kênh tiêu và 01 cống điều tiết."),
    ("h", "III. TRÌNH TỰ VÀ PHÂN CÔNG THỰC HIỆN"),
]

WIDTHS = [5, 31, 17, 16, 17, 14]
COLUMNS = ["Bước", "Nội dung công việc", "Căn cứ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
ROWS = [
    ("1", "Thông báo thu hồi đất đến các hợp tác xã; họp Ban quản trị và đại diện thành viên về phương án hoàn "
          "trả công trình", "Điều 85, Điều 87 Luật Đất đai 2024", "Phòng Giải phóng mặt bằng",
     "UBND xã Cần Đước; UBND xã Long Cang", "Trước 10/10/2026"),
    ("2", "Kiểm đếm trạm bơm, kênh, sân phơi, nhà kho; lập biên bản có chữ ký của Giám đốc hợp tác xã",
     "Nghị định 88/2024/NĐ-CP", "Phòng Giải phóng mặt bằng", "Trung tâm Phát triển quỹ đất tỉnh",
     "10 ngày làm việc sau Bước 1"),
    ("3", "Xác định giá trị còn lại của công trình thủy lợi; lập phương án hoàn trả trạm bơm tại vị trí mới",
     "Luật Thủy lợi 2017; Quyết định 38/2025/QĐ-UBND", "Phòng Kỹ thuật - Thẩm định",
     "Chi cục Thủy lợi (Sở NN&MT)", "15 ngày làm việc sau Bước 2"),
    ("4", "Lập, niêm yết, lấy ý kiến phương án bồi thường, hỗ trợ cho các hợp tác xã",
     "Điều 87 Luật Đất đai 2024", "Phòng Giải phóng mặt bằng",
     "UBND xã Long Cang; Ủy ban MTTQ Việt Nam xã Long Cang", "Tháng 11/2026"),
    ("5", "Thi công trạm bơm điện Rạch Chanh mới và hoàn trả 1.150 m kênh tưới", "Luật Thủy lợi 2017",
     "Phòng Điều hành dự án", "HTX Nông nghiệp Long Cang", "Xong trước 25/11/2026"),
    ("6", "Chạy thử trạm bơm mới, bàn giao cho HTX Nông nghiệp Long Cang quản lý, vận hành", "",
     "Phòng Điều hành dự án", "Chi cục Thủy lợi (Sở NN&MT)", "Trước 05/12/2026"),
    ("7", "Trình phê duyệt phương án; chi trả tiền bồi thường, hỗ trợ vào tài khoản của từng hợp tác xã",
     "Điều 94 Luật Đất đai 2024", "Phòng Kế hoạch - Tài chính", "Kho bạc Nhà nước khu vực XVII",
     "30 ngày kể từ ngày phương án được phê duyệt"),
    ("8", "Hỗ trợ HTX Dịch vụ nông nghiệp Tân Trạch di dời lò sấy, làm sân phơi mới", "Quyết định 38/2025/QĐ-UBND",
     "Phòng Giải phóng mặt bằng", "UBND xã Cần Đước", "Tháng 01/2027"),
    ("9", "Bàn giao mặt bằng sạch cho nhà thầu thi công tuyến đường", "", "Phòng Giải phóng mặt bằng", "",
     "Trước 31/3/2027"),
    ("10", "Quyết toán kinh phí bồi thường, hỗ trợ các hợp tác xã", "Nghị định 88/2024/NĐ-CP",
     "Phòng Kế hoạch - Tài chính", "", "Quý II/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đề nghị UBND xã Cần Đước, UBND xã Long Cang vận động thành viên các hợp tác xã đồng thuận với phương án; "
          "bố trí bơm dã chiến tưới tạm cho diện tích của HTX Nông nghiệp Long Cang trong tháng 10 và tháng 11/2026."),
    ("p", "2. Văn phòng Ban tổng hợp tiến độ, báo cáo Giám đốc Ban và Sở Xây dựng vào ngày 25 hằng tháng."),
    ("p", "Trên đây là Kế hoạch của Ban Quản lý dự án; các phòng và đơn vị phối hợp thực hiện đúng trình tự, thời gian "
          "nêu trên./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Xây dựng, Sở NN&MT;", "- UBND xã Cần Đước, xã Long Cang;",
            "- Các HTX: NN Long Cang, DVNN Tân Trạch, NN Phước Đông;", "- Các phòng thuộc Ban (t/h);",
            "- Lưu: VT, GPMB."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Tấn Lực", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260921142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-BQLDA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append({"h": f'<h3>{e(text)}</h3>', "g": f'<p class="g">{e(text)}</p>',
                    "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 5) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    for kind, text in AFTER:
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
