"""Write b_ha-noi_07-KH-BQT-2026_phien-cho-nong-san-htx-chung-cu.pdf, the hundred-and-ninety-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen199/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen199/make_pdf.py --html-only

An apartment building's management board (Ban Quản trị nhà chung cư, April 2026) planning a Sunday farm produce market
of cooperatives in the building's lobby: the opening, I. purposes, II. a calendar table of the market Sundays (no
work), III. one bordered table TT | Việc | Người phụ trách | Phối hợp | Thời hạn whose doers are BOARD MEMBERS BY
NAME WITH THEIR ROLE IN BRACKETS ("Bà Nguyễn Thị Thu Hà (Phó Trưởng ban)"), the operating company or the guards;
times as days, "Mỗi phiên", "Hằng tháng", an event; IV. a residents' notice in italics (no task); the
signature beside "Nơi nhận".

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
STEM = "b_ha-noi_07-KH-BQT-2026_phien-cho-nong-san-htx-chung-cu"
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
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.h { text-align: center; font-weight: bold; }
table.tasks td.c { text-align: center; }
table.tasks tr { break-inside: avoid; }
.box { margin: 4pt 0 8pt 10mm; font-size: 11pt; font-style: italic; }
.box p { margin: 0 0 3pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BAN QUẢN TRỊ", "b"), ("NHÀ CHUNG CƯ CT2", "b"), ("YÊN SỞ XANH", "b"), ("Số: 07/KH-BQT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 14 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức phiên chợ nông sản của các hợp tác xã vào sáng Chủ nhật tại sảnh tòa nhà, quý II và quý III năm 2026"

BEFORE = [
    ("p", "Tòa nhà có 642 căn hộ với gần 2.300 cư dân; nhiều hộ phản ánh khó mua được rau, thịt, trứng rõ nguồn gốc "
          "gần nhà. Tại Hội nghị nhà chung cư bất thường ngày 29/3/2026, cư dân đã biểu quyết đồng ý cho các hợp tác xã "
          "có sản phẩm được chứng nhận bán hàng tại sảnh tầng 1 vào sáng Chủ nhật cách tuần. Ban Quản trị nhà chung cư "
          "CT2 Yên Sở Xanh lập Kế hoạch tổ chức như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cư dân mua được nông sản an toàn, đúng giá tại tòa nhà; hợp tác xã có thêm nơi bán ổn định ở nội thành."),
    ("p", "- Phiên chợ không làm ảnh hưởng lối đi, thang máy, an ninh và vệ sinh chung; thu, chi công khai."),
    ("h", "II. LỊCH CÁC PHIÊN CHỢ"),
]

CAL_COLUMNS = ["Phiên", "Ngày", "Giờ bán", "Số gian"]
CAL_WIDTHS = [14, 40, 26, 20]
CALENDAR = [
    ("1", "Chủ nhật 10/5/2026", "6h30 - 10h00", "12"),
    ("2 - 6", "Các Chủ nhật 24/5, 07/6, 21/6, 05/7, 19/7/2026", "6h30 - 10h00", "12"),
    ("7 - 12", "Các Chủ nhật cách tuần từ 02/8 đến 11/10/2026", "6h30 - 10h30", "14"),
]

AFTER_CAL = [
    ("h", "III. PHÂN CÔNG CÔNG VIỆC"),
]

COLUMNS = ["TT", "Việc", "Người phụ trách", "Phối hợp", "Thời hạn"]
WIDTHS = [5, 43, 20, 18, 14]
ROWS = [
    ("1", "Hỏi ý kiến cư dân qua nhóm Zalo tòa nhà và phiếu đặt tại quầy lễ tân về mặt hàng cần mua, khung giờ phù hợp",
     "Bà Lưu Minh Ngọc (Ủy viên)", "Tổ dân phố số 9", "25/4/2026"),
    ("2", "Chọn 12 hợp tác xã có sản phẩm đạt VietGAP, OCOP hoặc hữu cơ; ký bản thỏa thuận tham gia phiên chợ với từng "
          "hợp tác xã", "Bà Nguyễn Thị Thu Hà (Phó Trưởng ban)", "Liên minh Hợp tác xã thành phố Hà Nội", "30/4/2026"),
    ("3", "Gửi văn bản báo cáo UBND phường Yên Sở về việc dùng sảnh, sân tầng 1 bán hàng sáng Chủ nhật",
     "Ông Phạm Quang Vinh (Ủy viên)", "", "28/4/2026"),
    ("4", "Kẻ vạch 12 gian, kéo điện chiếu sáng, nước rửa, đặt thùng rác phân loại; dọn sạch sảnh ngay sau mỗi phiên",
     "Công ty CP Dịch vụ tòa nhà An Cư", "", "Trước phiên 1"),
    ("5", "Rà soát phương án phòng cháy và lối thoát nạn ở sảnh; không cho đun nấu, dùng bình gas tại gian hàng",
     "Công ty CP Dịch vụ tòa nhà An Cư", "Công an phường Yên Sở", "08/5/2026"),
    ("6", "Xem giấy chứng nhận, tem truy xuất nguồn gốc của hàng hợp tác xã mang đến; ghi sổ theo dõi từng phiên",
     "Bà Lưu Minh Ngọc (Ủy viên)", "Trạm Y tế phường Yên Sở", "Mỗi phiên"),
    ("7", "Cho xe giao hàng của hợp tác xã vào hầm B1 từ 5h30 đến 6h30, hướng dẫn đỗ đúng chỗ, giữ trật tự khu bán",
     "Tổ bảo vệ tòa nhà", "", "Mỗi phiên"),
    ("8", "Thu phí gian hàng 100.000 đồng/phiên, nộp vào tài khoản kinh phí hoạt động của Ban; niêm yết thu, chi trên "
          "bảng tin", "Ông Bùi Đức Lâm (Ủy viên phụ trách tài chính)", "", "Hằng tháng"),
    ("9", "Đăng lịch phiên chợ và danh sách hợp tác xã lên màn hình thang máy, bảng tin và nhóm Zalo cư dân",
     "Ông Phạm Quang Vinh (Ủy viên)", "Công ty CP Dịch vụ tòa nhà An Cư", "03/5/2026"),
    ("10", "Lấy phiếu đánh giá của cư dân và hợp tác xã sau phiên 6; đề xuất giữ nguyên, mở rộng hay dừng phiên chợ",
     "Bà Nguyễn Thị Thu Hà (Phó Trưởng ban)", "Tổ dân phố số 9", "31/7/2026"),
    ("11", "Báo cáo kết quả phiên chợ tại Hội nghị nhà chung cư thường niên", "Ông Đỗ Mạnh Hùng (Trưởng ban)", "",
     "Tháng 10/2026"),
]

BOX = [
    "Thông báo đến cư dân: phiên chợ chỉ dùng sảnh tầng 1 và sân phía đông; thang máy số 3 dành riêng cho cư dân "
    "trong giờ bán hàng. Mọi góp ý xin gửi hộp thư Ban Quản trị tại quầy lễ tân hoặc số điện thoại 0243.864.2207.",
]

NOI_NHAN = ["Nơi nhận:", "- UBND phường Yên Sở (b/c);", "- Liên minh HTX thành phố Hà Nội;",
            "- Công ty CP Dịch vụ tòa nhà An Cư;", "- Các hợp tác xã tham gia;", "- Bảng tin tòa nhà;",
            "- Lưu: BQT."]
SIGN = [("TM. BAN QUẢN TRỊ", "b"), ("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Đỗ Mạnh Hùng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 20:15 in Việt Nam
PDF_DATE = b"D:20260414201500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def rows(values, centred) -> list[str]:
    return ['<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in centred else f'<td>{e(v)}</td>'
                             for i, v in enumerate(row)) + '</tr>' for row in values]


def table_start(widths, head) -> list[str]:
    """A bordered table up to its first body row: the columns' widths per cent, the head as an ordinary first row of
    bold cells (no <th>: Chromium numbers table-header structure nodes differently from run to run)."""
    return ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="h">{e(h)}</td>' for h in head) + '</tr>']


def build_html() -> str:
    out = page_start("Kế hoạch 07/KH-BQT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(CAL_WIDTHS, CAL_COLUMNS)
    out += rows(CALENDAR, (0, 2, 3))
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER_CAL]
    out += table_start(WIDTHS, COLUMNS)
    out += rows(ROWS, (0, 4))
    out += ['</tbody>', '</table>']
    out.append('<h3>IV. THÔNG BÁO ĐẾN CƯ DÂN</h3>')
    out.append('<div class="box">' + "".join(f'<p>{e(x)}</p>' for x in BOX) + '</div>')
    out.append('<p class="t">Trên đây là Kế hoạch của Ban Quản trị; đề nghị các thành viên Ban, Công ty CP Dịch vụ tòa '
               'nhà An Cư và các hợp tác xã tham gia thực hiện./.</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
