"""Write b_phu-tho_318-KH-TTQLGTCC-2026_xe-buyt-htx-theo-tuyen.pdf, the hundred-and-fifty-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen152/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen152/make_pdf.py --html-only

A provincial public-transport management centre's plan (Trung tâm Quản lý giao thông công cộng, under the Sở Xây
dựng of Phú Thọ, October 2026) ordering the subsidised bus routes that three transport cooperatives run in 2027: I.
purposes, II. one bordered table of the routes ordered (route, itinerary, operator, buses, frequency — facts, no
work), III. the work GROUPED BY BUS ROUTE: a bold italic heading per route naming its operating cooperative in
brackets, over "-" items each naming its own doer, then a heading for the work common to every route; IV. one
paragraph of the cooperatives' duty; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_phu-tho_318-KH-TTQLGTCC-2026_xe-buyt-htx-theo-tuyen"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.routes { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.routes th, table.routes td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.routes th { font-weight: bold; text-align: center; }
table.routes td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ XÂY DỰNG TỈNH PHÚ THỌ", ""), ("TRUNG TÂM QUẢN LÝ", "b"), ("GIAO THÔNG CÔNG CỘNG", "b"),
             ("Số: 318/KH-TTQLGTCC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Việt Trì, ngày 19 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đặt hàng khai thác các tuyến xe buýt có trợ giá do hợp tác xã vận tải đảm nhận năm 2027"

ROUTE_HEAD = ["Tuyến", "Lộ trình", "Đơn vị khai thác", "Số xe", "Tần suất"]
ROUTES = [
    ("01", "Việt Trì - Vĩnh Yên", "HTX Vận tải Hùng Vương", "14", "15 - 20 phút/chuyến"),
    ("05", "Việt Trì - Phù Ninh - Thanh Sơn", "HTX Dịch vụ vận tải Đất Tổ", "08", "30 phút/chuyến"),
    ("12", "Hòa Bình - Lương Sơn (tuyến mở mới)", "HTX Vận tải Hòa Bình Xanh", "06", "40 phút/chuyến"),
]

# "h" a section heading, "r" a route's heading, "p" a paragraph, "-" an item, "T" the table of routes
BODY = [
    ("p", "Từ năm 2027, sau khi hợp nhất mạng lưới xe buýt của ba tỉnh cũ, Trung tâm Quản lý giao thông công cộng tiếp "
          "tục đặt hàng các hợp tác xã vận tải khai thác những tuyến xe buýt có trợ giá từ ngân sách tỉnh. Trung tâm "
          "xây dựng Kế hoạch thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("-", "Duy trì liên tục các tuyến xe buýt phục vụ học sinh, công nhân, người dân nông thôn; không để gián đoạn "
          "chạy xe khi chuyển sang hợp đồng đặt hàng năm 2027."),
    ("-", "Nâng chất lượng phục vụ của các hợp tác xã vận tải: xe đúng giờ, đủ chuyến, có vé điện tử; trợ giá tính "
          "theo số km thực tế đã đối soát."),
    ("h", "II. CÁC TUYẾN ĐẶT HÀNG NĂM 2027"),
    ("T", ""),
    ("h", "III. NHIỆM VỤ CỤ THỂ THEO TỪNG TUYẾN"),
    ("r", "1. Tuyến 01 Việt Trì - Vĩnh Yên (HTX Vận tải Hùng Vương khai thác)"),
    ("-", "Phòng Kế hoạch - Điều hành lập biểu đồ chạy xe mới, rút giãn cách giờ cao điểm sáng, chiều xuống 15 phút/"
          "chuyến; xong trước 30/11/2026."),
    ("-", "HTX Vận tải Hùng Vương thay thế 04 xe đã hết niên hạn bằng xe buýt sử dụng nhiên liệu sạch, đăng kiểm xong "
          "trước ngày 01/01/2027."),
    ("r", "2. Tuyến 05 Việt Trì - Phù Ninh - Thanh Sơn (HTX Dịch vụ vận tải Đất Tổ khai thác)"),
    ("-", "Đề nghị UBND xã Thanh Sơn bố trí mặt bằng điểm đầu, cuối tuyến tại khu vực chợ trung tâm xã, bàn giao cho "
          "hợp tác xã trong quý IV/2026."),
    ("-", "Lắp mới 12 nhà chờ, biển báo điểm dừng trên đoạn Phù Ninh - Thanh Sơn, phối hợp Sở Xây dựng (Phòng Quản lý "
          "vận tải) thống nhất vị trí; thời gian tháng 12/2026 (Phòng Kỹ thuật - Hạ tầng thực hiện)."),
    ("r", "3. Tuyến 12 Hòa Bình - Lương Sơn (HTX Vận tải Hòa Bình Xanh khai thác, tuyến mở mới)"),
    ("-", "Phòng Kế hoạch - Điều hành cùng HTX Vận tải Hòa Bình Xanh chạy thử tuyến, đếm lượng khách và lấy ý kiến "
          "người dân các xã dọc tuyến, từ 01/12 đến 14/12/2026."),
    ("-", "HTX Vận tải Hòa Bình Xanh tuyển dụng, tập huấn nghiệp vụ cho 12 lái xe và 12 nhân viên phục vụ trên xe "
          "trước khi khai trương tuyến (dự kiến 02/01/2027)."),
    ("r", "4. Nhiệm vụ chung cho các tuyến"),
    ("-", "Phòng Quản lý vé và Dịch vụ hành khách triển khai vé điện tử, thanh toán không dùng tiền mặt trên toàn bộ "
          "xe của 03 hợp tác xã; hoàn thành trong quý I/2027."),
    ("-", "Phòng Kế hoạch - Điều hành giám sát hành trình qua thiết bị định vị, đối soát số km, số chuyến thực hiện để "
          "làm căn cứ thanh toán trợ giá hằng tháng."),
    ("-", "Phòng Tài chính - Kế toán lập dự toán kinh phí trợ giá năm 2027 của 03 tuyến, trình Sở Xây dựng thẩm định "
          "trước ngày 15/11/2026."),
    ("-", "Đề nghị Liên minh Hợp tác xã tỉnh giúp 03 hợp tác xã vận tải rà soát điều lệ, phương án kinh doanh, "
          "kết nạp thêm thành viên là chủ xe theo Luật Hợp tác xã năm 2023; thực hiện trong 6 tháng đầu năm 2027."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các hợp tác xã vận tải có tên tại mục II hoàn thiện hồ sơ năng lực, ký hợp đồng đặt hàng năm 2027 với Trung "
          "tâm trước ngày 25/12/2026; quá thời hạn trên, Trung tâm báo cáo Sở Xây dựng xem xét giao đơn vị khác."),
    ("p", "Trên đây là Kế hoạch đặt hàng khai thác tuyến xe buýt có trợ giá năm 2027; các phòng và các hợp tác xã vận "
          "tải triển khai thực hiện đúng tiến độ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- UBND xã Thanh Sơn;", "- Các HTX vận tải: Hùng Vương, Đất Tổ, Hòa Bình Xanh;",
            "- Các phòng thuộc Trung tâm;", "- Lưu: VT, KHĐH."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Văn Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261019143000+07'00'"


def routes_table() -> str:
    rows = "".join('<tr>' + "".join(f'<td class="{"c" if i in (0, 3) else ""}">{e(v)}</td>' for i, v in enumerate(r))
                   + '</tr>' for r in ROUTES)
    return ('<table class="routes"><colgroup><col style="width:9%"><col style="width:31%"><col style="width:30%">'
            '<col style="width:10%"><col style="width:20%"></colgroup>'
            '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in ROUTE_HEAD) + '</tr></thead>'
            f'<tbody>{rows}</tbody></table>')


def build_html() -> str:
    out = page_start("Kế hoạch 318/KH-TTQLGTCC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": lambda t: f'<h3>{e(t)}</h3>', "r": lambda t: f'<h4>{e(t)}</h4>',
                    "p": lambda t: f'<p class="t">{e(t)}</p>', "-": lambda t: f'<p class="t">- {e(t)}</p>',
                    "T": lambda t: routes_table()}[kind](text))
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
