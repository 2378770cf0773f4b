"""Write b_lam-dong_63-KH-LDNTB-2026_gieng-khoan-htx-vung-kho-han.pdf, the hundred-and-seventy-second held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen172/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen172/make_pdf.py --html-only

A groundwater survey division's plan (August 2026) to find groundwater in the drought belt of eastern Lâm Đồng, drill
six exploration wells and hand them to farming cooperatives as production wells: I. aims ("-" lines, a QCVN cited with
its year), II. the area in prose, III. ONE TASK TABLE TT | Công việc | Khối lượng | Đơn vị thực hiện | Phối hợp |
Thời gian whose QUANTITY column (counts, metres, hours per well, a map scale) stands between the work and the doers,
IV. three paragraphs, the signature beside "Nơi nhận", then on a new page an APPENDIX that is facts only (the wells'
planned places: commune, receiving cooperative, VN-2000 coordinates, depth and flow ranges — no work).

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
STEM = "b_lam-dong_63-KH-LDNTB-2026_gieng-khoan-htx-vung-kho-han"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 53% 47%; text-align: center; font-size: 9pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9.5pt; }
.sign .right { text-align: center; }
.keep { break-inside: avoid; padding-top: 6pt; }
tr { break-inside: avoid; }
.annex { break-before: page; }
.annex h3 { text-align: center; }
.annex p.sub { text-align: center; font-style: italic; margin: 0 0 8pt; }
"""

HEAD_LEFT = [("TRUNG TÂM QUY HOẠCH VÀ ĐIỀU TRA", ""), ("TÀI NGUYÊN NƯỚC QUỐC GIA", ""),
             ("LIÊN ĐOÀN ĐIỀU TRA TÀI NGUYÊN NƯỚC", "b"), ("NAM TRUNG BỘ", "b"), ("Số: 63/KH-LĐNTB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Điều tra nước dưới đất, khoan và bàn giao giếng cho các hợp tác xã nông nghiệp vùng khô hạn phía Đông "
            "tỉnh Lâm Đồng mùa khô 2026 - 2027")

BEFORE = [
    ("p", "Thực hiện nhiệm vụ được Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia giao tại Quyết định số "
          "1865/QĐ-TTQHĐT ngày 05/8/2026 và theo đề nghị của Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng tại Công văn "
          "số 4127/SNNMT-TNN ngày 22/7/2026, Liên đoàn lập Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Xác định tầng chứa nước có thể khai thác cho tưới tiết kiệm tại 06 xã thường xuyên thiếu nước mùa khô: "
          "Tuy Phong, Vĩnh Hảo, Liên Hương, Phan Rí Cửa, Bắc Bình, Hải Ninh."),
    ("p", "- Khoan 06 giếng thăm dò kết hợp khai thác, lưu lượng mỗi giếng không nhỏ hơn 3 l/s, chất lượng nước đạt "
          "QCVN 09:2023/BTNMT, bàn giao cho hợp tác xã nông nghiệp trên địa bàn quản lý, vận hành."),
    ("h", "II. ĐỊA BÀN VÀ ĐỐI TƯỢNG"),
    ("p", "Vùng cát ven biển và thềm đồi phía Đông tỉnh (thuộc tỉnh Bình Thuận trước đây), mùa khô kéo dài từ tháng "
          "12 đến tháng 4 năm sau; các hợp tác xã trồng thanh long, nho, táo, rau màu đang tưới bằng nước hồ chứa, "
          "nhiều năm bị cắt nước cuối vụ. Vị trí dự kiến từng giếng tại Phụ lục kèm theo Kế hoạch này."),
    ("h", "III. NỘI DUNG, KHỐI LƯỢNG, PHÂN CÔNG VÀ TIẾN ĐỘ"),
]

TABLE_HEAD = ["TT", "Công việc", "Khối lượng", "Đơn vị thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [5, 38, 13, 15, 16, 13]
ROWS = [
    ("1", "Thu thập tài liệu, khảo sát thực địa, cùng hợp tác xã chọn vị trí giếng", "06 xã; 12 điểm",
     "Đoàn Điều tra số 3", "UBND các xã có giếng", "24/8 - 11/9/2026"),
    ("2", "Đo địa vật lý (đo sâu điện, đo mặt cắt điện) tại các điểm đã chọn", "48 điểm đo sâu; 6 km tuyến",
     "Tổ Địa vật lý", "", "Tháng 9/2026"),
    ("3", "Lập phương án khoan thăm dò, hồ sơ đề nghị cấp giấy phép thăm dò nước dưới đất", "01 bộ hồ sơ",
     "Phòng Kỹ thuật", "Sở NN&MT tỉnh Lâm Đồng", "Trước 15/10/2026"),
    ("4", "Khoan thăm dò kết hợp khai thác, chống ống, lắp ống lọc đường kính 168 mm", "06 lỗ khoan / 720 m",
     "Tổ Khoan số 1 (LK-01 đến LK-03); Tổ Khoan số 2 (LK-04 đến LK-06)", "HTX nhận giếng",
     "01/11/2026 - 31/01/2027"),
    ("5", "Bơm thí nghiệm, đo hồi phục mực nước từng giếng", "72 giờ/giếng; 06 giếng",
     "Tổ Địa chất thủy văn", "", "Ngay sau khi khoan xong mỗi giếng"),
    ("6", "Lấy, phân tích mẫu nước theo QCVN 09:2023/BTNMT", "18 mẫu",
     "Phòng Phân tích thí nghiệm", "Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng (mẫu vi sinh)",
     "Trong 10 ngày sau bơm thí nghiệm"),
    ("7", "Lắp bơm chìm, tủ điện, đồng hồ đo lưu lượng; bàn giao giếng cho hợp tác xã", "06 bộ",
     "Đoàn Điều tra số 3", "UBND các xã có giếng; Điện lực Tuy Phong", "Trước 28/02/2027"),
    ("8", "Tập huấn vận hành giếng, ghi sổ theo dõi mực nước, lưu lượng cho tổ vận hành của hợp tác xã", "03 lớp",
     "Phòng Kỹ thuật", "Liên minh Hợp tác xã tỉnh Lâm Đồng", "Tháng 3/2027"),
    ("9", "Quan trắc mực nước, lưu lượng, độ mặn các giếng đã bàn giao", "10 ngày/lần; 12 tháng",
     "Tổ Quan trắc", "HTX nhận giếng", "Từ tháng 3/2027 đến tháng 02/2028"),
    ("10", "Lập báo cáo kết quả điều tra, bản đồ tài nguyên nước dưới đất vùng khô hạn",
     "01 báo cáo; 01 bản đồ tỷ lệ 1:25.000", "Phòng Kỹ thuật", "", "Quý II/2027"),
]

AFTER = [
    ("h", "IV. TRÁCH NHIỆM CÁC ĐƠN VỊ LIÊN QUAN"),
    ("p", "1. Đề nghị UBND các xã Tuy Phong, Vĩnh Hảo, Liên Hương, Phan Rí Cửa, Bắc Bình, Hải Ninh giao mặt bằng khoan, "
          "xác nhận hiện trạng sử dụng đất tại vị trí giếng trước ngày 20/10/2026."),
    ("p", "2. Đề nghị các hợp tác xã nhận giếng cử tổ vận hành từ 02 đến 03 người, đăng ký khai thác nước dưới đất "
          "theo quy định sau khi nhận bàn giao và gửi sổ theo dõi hằng tháng cho Đoàn Điều tra số 3."),
    ("p", "3. Phòng Tổng hợp bảo đảm kinh phí, xe, máy khoan; tổng hợp tiến độ, báo cáo Trung tâm Quy hoạch và Điều "
          "tra tài nguyên nước quốc gia vào ngày 25 hằng tháng."),
]

NOI_NHAN = ["Nơi nhận:", "- Trung tâm QH&ĐT TNN quốc gia (b/c);", "- Sở NN&MT tỉnh Lâm Đồng;",
            "- UBND các xã: Tuy Phong, Vĩnh Hảo, Liên Hương, Phan Rí Cửa, Bắc Bình, Hải Ninh;",
            "- Liên minh HTX tỉnh Lâm Đồng;", "- Các phòng, Đoàn, Tổ (t/h);", "- Lưu: VT, KT."]
SIGN = [("KT. LIÊN ĐOÀN TRƯỞNG", "b"), ("PHÓ LIÊN ĐOÀN TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Phan Đình Khải", "b")]

ANNEX_HEAD = ["Số hiệu", "Xã", "Hợp tác xã tiếp nhận", "Tọa độ VN-2000 (X; Y)", "Sâu dự kiến (m)", "Lưu lượng (l/s)"]
ANNEX_WIDTHS = [10, 15, 29, 22, 12, 12]
ANNEX = [
    ("LK-01", "Tuy Phong", "HTX Nông nghiệp Phú Lạc", "1 241 352; 547 118", "110 - 130", "3 - 4"),
    ("LK-02", "Vĩnh Hảo", "HTX Dịch vụ nông nghiệp Vĩnh Tân", "1 246 905; 553 640", "90 - 110", "3 - 5"),
    ("LK-03", "Liên Hương", "HTX Nho - Táo Liên Hương", "1 239 487; 541 206", "120 - 140", "3 - 4"),
    ("LK-04", "Phan Rí Cửa", "HTX Thanh long Hòa Minh", "1 233 760; 534 918", "100 - 120", "4 - 5"),
    ("LK-05", "Bắc Bình", "HTX Nông nghiệp Phan Hòa", "1 229 114; 521 377", "130 - 150", "3 - 4"),
    ("LK-06", "Hải Ninh", "HTX Rau màu Sông Lũy", "1 224 582; 515 069", "110 - 130", "3 - 5"),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260818102000+07'00'"


def table(widths, head, rows, centred=()) -> list[str]:
    out = ['<table>', '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
           '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead>', '<tbody>']
    for row in rows:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in centred else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-LĐNTB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE[:-1]:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(f'<div class="keep"><h3>{e(BEFORE[-1][1])}</h3>')  # the heading kept with its table, on one page
    out += table(WIDTHS, TABLE_HEAD, ROWS, centred=(0, 2, 5))
    out.append('</div>')
    for kind, text in AFTER:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="annex">')
    out.append(f'<h3>{e("PHỤ LỤC")}</h3>')
    out.append(f'<p class="sub">{e("Vị trí dự kiến các giếng khoan (kèm theo Kế hoạch số 63/KH-LĐNTB ngày 18/8/2026)")}</p>')
    out += table(ANNEX_WIDTHS, ANNEX_HEAD, ANNEX, centred=(0, 3, 4, 5))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
