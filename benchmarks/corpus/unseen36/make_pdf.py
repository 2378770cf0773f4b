"""Write b_khanh-hoa_1462-KH-SDL-2026_so-du-lich-tien-do-theo-thang.pdf, the thirty-sixth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen36/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen36/make_pdf.py --html-only

A Sở Du lịch's plan for half a year (July 2026): I. purposes, II. targets, III. one sentence over a bordered table
TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | T7 … T12 whose time is a TIMETABLE BY MONTH — a two-row head, the
months under one merged cell "Tiến độ thực hiện năm 2026", an "x" in each month a row's work is done; IV. three
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_khanh-hoa_1462-KH-SDL-2026_so-du-lich-tien-do-theo-thang"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.gantt { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.gantt th, table.gantt td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.gantt th { font-weight: bold; text-align: center; vertical-align: middle; }
table.gantt td.c { text-align: center; }
table.gantt tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH KHÁNH HÒA", ""), ("SỞ DU LỊCH", "b"), ("Số: 1462/KH-SDL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 07 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác phát triển du lịch cộng đồng 6 tháng cuối năm 2026"

BEFORE = [
    ("p", "Thực hiện Kế hoạch số 95/KH-UBND ngày 20/3/2026 của UBND tỉnh Khánh Hòa về kinh tế tập thể năm "
          "2026; qua khảo sát 14 điểm du lịch cộng đồng ở vùng Ninh Thuận cũ và các xã miền núi phía "
          "Tây của tỉnh, nơi phần lớn dịch vụ lưu trú, ẩm thực, trải nghiệm do hộ dân và tổ hợp tác tự làm, Sở Du lịch "
          "ban hành Kế hoạch hỗ trợ cho 6 tháng cuối năm như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp các tổ hợp tác, hợp tác xã làm du lịch cộng đồng nâng chất lượng dịch vụ, liên kết với doanh nghiệp "
          "lữ hành để có nguồn khách ổn định quanh năm."),
    ("p", "- Từng nội dung được phân công rõ ràng, có tháng thực hiện; các đơn vị bám sát tiến độ."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Thành lập mới 04 hợp tác xã du lịch cộng đồng trên cơ sở các tổ hợp tác đang hoạt động."),
    ("p", "- Tập huấn cho khoảng 300 lượt thành viên; ít nhất 20 doanh nghiệp lữ hành ký hợp đồng đưa khách."),
    ("h", "III. NỘI DUNG, PHÂN CÔNG VÀ TIẾN ĐỘ"),
    ("p", "Các nội dung, đơn vị thực hiện và tiến độ theo tháng được xác định tại bảng dưới đây (ô đánh dấu \u201cx\u201d "
          "là tháng thực hiện):"),
]

MONTHS = [7, 8, 9, 10, 11, 12]
# (TT, nội dung, chủ trì, phối hợp, months marked)
ROWS = [
    ("1", "Khảo sát, đánh giá năng lực 14 điểm du lịch cộng đồng; xác định những tổ hợp tác có thể nâng "
          "lên thành hợp tác xã", "Phòng Quản lý du lịch", "Liên minh Hợp tác xã tỉnh", {7, 8}),
    ("2", "Tư vấn hồ sơ, điều lệ, phương án kinh doanh để thành lập mới 04 hợp tác xã du lịch cộng đồng",
     "Phòng Quản lý du lịch", "Liên minh Hợp tác xã tỉnh, UBND các xã có điểm du lịch cộng đồng", {8, 9, 10}),
    ("3", "Tập huấn kỹ năng đón tiếp, nấu ăn, phục vụ lưu trú tại nhà dân và thuyết minh tại điểm cho thành viên hợp "
          "tác xã, tổ hợp tác", "Phòng Quản lý du lịch", "Trường Cao đẳng Du lịch Nha Trang", {8, 9}),
    ("4", "Hỗ trợ 06 hợp tác xã, tổ hợp tác cải tạo nhà vệ sinh công cộng, làm biển chỉ dẫn song ngữ tại điểm đón khách",
     "Phòng Kế hoạch - Tài chính", "Phòng Quản lý du lịch", {9, 10, 11}),
    ("5", "Làm bộ ảnh, video ngắn giới thiệu sản phẩm du lịch của từng hợp tác xã; đăng trên trang thông tin du lịch "
          "của tỉnh và mạng xã hội", "Trung tâm Thông tin Xúc tiến du lịch", "Báo và Phát thanh, Truyền hình Khánh Hòa",
     {7, 8, 9, 10, 11, 12}),
    ("6", "Đưa các hợp tác xã tham gia gian hàng chung của tỉnh tại Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh",
     "Trung tâm Thông tin Xúc tiến du lịch", "Liên minh Hợp tác xã tỉnh", {9}),
    ("7", "Hướng dẫn hợp tác xã đăng ký sản phẩm dịch vụ du lịch cộng đồng tham gia đánh giá, phân hạng OCOP",
     "Phòng Quản lý du lịch", "Sở Nông nghiệp và Môi trường", {8, 11}),
    ("8", "Tổ chức chuyến khảo sát cho doanh nghiệp lữ hành đến các điểm du lịch cộng đồng; hỗ trợ ký hợp đồng đưa "
          "khách mùa cao điểm năm 2027", "Phòng Quản lý du lịch", "Hiệp hội Du lịch Khánh Hòa", {11}),
    ("9", "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", {12}),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý du lịch là đầu mối, nắm tiến độ của từng đơn vị, nhắc việc khi chậm; báo cáo Giám đốc Sở "
          "tại cuộc họp giao ban hằng tháng."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh, UBND các xã có điểm du lịch cộng đồng cử cán bộ đầu mối phối hợp, gửi "
          "danh sách về Sở Du lịch (qua Phòng Quản lý du lịch) trước ngày 20/7/2026."),
    ("p", "3. Phòng Kế hoạch - Tài chính cân đối nguồn sự nghiệp du lịch năm 2026 đã giao cho Sở, lập dự toán trình "
          "Giám đốc Sở phê duyệt trong tháng 7/2026."),
    ("p", "Trên đây là Kế hoạch của Sở Du lịch tỉnh Khánh Hòa về hỗ trợ du lịch cộng đồng do hợp tác xã, tổ hợp tác "
          "thực hiện trong 6 tháng cuối năm 2026./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã có điểm DLCĐ;",
            "- Hiệp hội Du lịch Khánh Hòa;", "- Ban Giám đốc Sở;", "- Các phòng, TT thuộc Sở;",
            "- Lưu: VT, QLDL."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Thị Ngọc Yến", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260707152000+07'00'"


def body(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def gantt() -> list[str]:
    out = ['<table class="gantt">',
           '<colgroup><col style="width:4%"><col style="width:40%"><col style="width:16%"><col style="width:16%">'
           + '<col style="width:4%">' * len(MONTHS) + '</colgroup>',
           '<thead><tr><th rowspan="2">TT</th><th rowspan="2">Nội dung</th><th rowspan="2">Đơn vị chủ trì</th>'
           '<th rowspan="2">Đơn vị phối hợp</th>'
           f'<th colspan="{len(MONTHS)}">Tiến độ thực hiện năm 2026</th></tr>',
           '<tr>' + "".join(f'<th>T{m}</th>' for m in MONTHS) + '</tr></thead>', '<tbody>']
    for tt, work, lead, partners, marked in ROWS:
        cells = [f'<td class="c">{tt}</td>', f'<td>{e(work)}</td>', f'<td>{e(lead)}</td>', f'<td>{e(partners)}</td>']
        cells += [f'<td class="c">{"x" if m in marked else ""}</td>' for m in MONTHS]
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 1462/KH-SDL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += body(BEFORE)
    out += gantt()
    out += body(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
