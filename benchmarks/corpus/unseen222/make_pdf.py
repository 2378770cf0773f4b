"""Write b_nghe-an_52-KH-NK-2026_nong-san-htx-nha-khach-tet.pdf, the two-hundred-and-twenty-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen222/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen222/make_pdf.py --html-only

A provincial government guesthouse (Nhà khách UBND tỉnh Nghệ An, under the Văn phòng UBND tỉnh; November 2026) serving
cooperatives' produce and OCOP goods to the delegations it lodges over the year-end sessions and Tết Đinh Mùi: the
opening, I. purposes, II. one bordered table TT | Việc | Thực hiện | Phối hợp | Thời gian CUT BY FOUR BAND ROWS
spanning the table — "CHUẨN BỊ CHUNG" and three EVENTS each with its expected date ("SỰ KIỆN 1: … (dự kiến 08 -
10/12/2026)") —, the rows under an event TIMED RELATIVE TO IT ("Trước 05 ngày", "Trong những ngày diễn ra", "Sau
sự kiện 03 ngày"); III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time. The head row and the band rows are plain
``<td>`` cells (a ``<th>`` made Chromium's tagged-PDF ids vary between prints), without shading. Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_nghe-an_52-KH-NK-2026_nong-san-htx-nha-khach-tet"
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
table.tasks td.c { text-align: center; }
table.tasks td.band { font-weight: bold; }
table.tasks td.hd { font-weight: bold; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("VĂN PHÒNG UBND TỈNH NGHỆ AN", ""), ("NHÀ KHÁCH UBND TỈNH", "b"), ("Số: 52/KH-NK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 03 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Dùng nông sản, sản phẩm OCOP của hợp tác xã trong phục vụ các đoàn khách cuối năm 2026 và Tết Nguyên "
            "đán Đinh Mùi")

BEFORE = [
    ("p", "Từ tháng 12 đến hết tháng Giêng, Nhà khách đón nhiều đoàn đại biểu, khách trong nước và nước ngoài về dự "
          "các kỳ họp, hội nghị của tỉnh; bình quân mỗi ngày bếp phục vụ 450 suất ăn. Phần lớn thực phẩm lâu nay "
          "mua qua đại lý. Để khách biết đến hàng của các hợp tác xã trong tỉnh và để bếp có nguồn hàng rõ gốc, "
          "Nhà khách UBND tỉnh lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Gạo, rau, thịt, cá dùng ở bếp trong các đợt phục vụ dưới đây có ít nhất 70% mua trực tiếp của hợp tác "
          "xã, tổ hợp tác; quà tặng đoàn khách là sản phẩm OCOP của hợp tác xã trong tỉnh."),
    ("p", "- Thanh toán cho hợp tác xã đúng hạn, không để nợ sang năm sau."),
    ("h", "II. PHÂN CÔNG THEO TỪNG ĐỢT PHỤC VỤ"),
    ("p", "Thời gian ghi trong bảng tính theo ngày của sự kiện ghi ở dòng tiêu đề ngay trên:"),
]

COLUMNS = ["TT", "Việc", "Thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [5, 45, 17, 18, 15]
ROWS = [
    ("CHUẨN BỊ CHUNG",),
    ("1", "Ký hợp đồng mua gạo, rau, thịt lợn, gà với HTX Nông nghiệp Nghi Văn, HTX Rau an toàn Quỳnh Lương, HTX "
          "Chăn nuôi Đô Lương", "Phòng Kế hoạch - Kinh doanh", "Liên minh Hợp tác xã tỉnh", "Trước 20/11/2026"),
    ("2", "Đóng kệ trưng bày 40 sản phẩm OCOP của HTX ở sảnh tầng 1, mỗi sản phẩm ghi tên HTX, xã và giá bán",
     "Tổ Lễ tân - Buồng", "Văn phòng Điều phối nông thôn mới tỉnh", "Trước 25/11/2026"),
    ("SỰ KIỆN 1: KỲ HỌP CUỐI NĂM 2026 CỦA HĐND TỈNH (dự kiến 08 - 10/12/2026)",),
    ("3", "Đặt 300 phần quà gồm chè xanh, nhút Thanh Chương, cam Vinh của các HTX cho đại biểu lưu trú",
     "Phòng Kế hoạch - Kinh doanh", "", "Trước 05 ngày"),
    ("4", "Nấu các bữa ăn đại biểu bằng nguyên liệu của HTX; niêm yết thực đơn kèm tên HTX cung ứng",
     "Tổ Bếp", "", "Trong những ngày diễn ra"),
    ("5", "Đối chiếu, thanh toán tiền hàng cho các HTX theo phiếu nhập kho", "Phòng Hành chính - Kế toán", "",
     "Sau sự kiện 03 ngày"),
    ("SỰ KIỆN 2: ĐOÀN ĐẠI BIỂU TỈNH XIÊNG KHOẢNG (LÀO) THĂM VÀ LÀM VIỆC (dự kiến 18 - 20/12/2026)",),
    ("6", "Chuẩn bị 25 bộ quà tặng là sản phẩm OCOP 4 sao, kèm tờ giới thiệu in song ngữ Việt - Lào",
     "Phòng Kế hoạch - Kinh doanh", "Sở Ngoại vụ", "Trước 07 ngày"),
    ("7", "Bố trí góc giới thiệu sản phẩm HTX tại phòng tiếp khách, mời đại diện HTX thuyết minh",
     "Tổ Lễ tân - Buồng", "HTX Chè Thanh Mai", "Ngày đoàn đến"),
    ("SỰ KIỆN 3: TẾT NGUYÊN ĐÁN ĐINH MÙI (mùng 1 Tết ngày 06/02/2027)",),
    ("8", "Đặt bánh chưng, giò, cá kho làng Vũ Đại của HTX cho bữa tất niên và khách lưu trú dịp Tết",
     "Tổ Bếp", "Phòng Kế hoạch - Kinh doanh", "Trước 15 ngày"),
    ("9", "Tổ chức phiên chợ Tết 02 ngày tại sân Nhà khách để HTX bán hàng cho cán bộ các cơ quan khối tỉnh",
     "Phòng Hành chính - Kế toán", "Liên minh Hợp tác xã tỉnh, Công đoàn Văn phòng UBND tỉnh", "Trước 10 ngày"),
    ("10", "Nhận xét chất lượng, giá cả, giao hàng của từng HTX; đề xuất danh sách HTX cung ứng năm 2027",
     "Phòng Kế hoạch - Kinh doanh", "Tổ Bếp", "Sau Tết, xong trước 28/02/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Kế toán tổng hợp kết quả, giúp Giám đốc báo cáo Chánh Văn phòng UBND tỉnh trước "
          "ngày 05/3/2027."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh gửi Nhà khách thêm tên các HTX có sản phẩm OCOP từ 3 sao trở lên "
          "trước ngày 15/11/2026."),
    ("p", "Trên đây là Kế hoạch của Nhà khách UBND tỉnh; yêu cầu các phòng, tổ triển khai đúng thời gian đã ghi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Chánh Văn phòng UBND tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Các HTX cung ứng;",
            "- Các phòng, tổ thuộc Nhà khách;", "- Lưu: VT, KHKD."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trần Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261103101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-NK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="hd">{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        if len(row) == 1:
            out.append(f'<tr><td class="band" colspan="5">{e(row[0])}</td></tr>')
            continue
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) else f'<td>{e(v)}</td>'
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
