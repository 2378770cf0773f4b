"""Write b_da-nang_412-KH-BQLATTP-2026_giay-chung-nhan-attp-htx-tet.pdf, the hundred-and-seventy-third held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen173/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen173/make_pdf.py --html-only

A city's food safety management board (Ban Quản lý An toàn thực phẩm, October 2026) bringing the cooperatives and
cooperative groups that make or sell food to food-safety certificates before Tết Đinh Mùi: the opening, I. purposes,
II. one bordered table TT | Nội dung | Chủ trì | Phối hợp | Thời gian of nine rows that CROSSES THE PAGE (Chromium
repeats its header row on the second page and lets a row break between the pages), III. three numbered paragraphs;
the closing sentence; the signature beside "Nơi nhận". Every page carries A RUNNING FOOTER in the page's bottom
margin (a CSS page-margin box: the Board's name and address and "Trang n/N"), which ``pdftotext`` prints at each
page's foot — between the lines of the row the page break cuts.

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
STEM = "b_da-nang_412-KH-BQLATTP-2026_giay-chung-nhan-attp-htx-tet"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

FOOTER = ("Ban Quản lý An toàn thực phẩm thành phố Đà Nẵng - Tầng 6, Trung tâm Hành chính thành phố, "
          "24 Trần Phú, phường Hải Châu")

CSS = """
@page { size: A4; margin: 20mm 15mm 24mm 30mm;
  @bottom-center { content: "%s  |  Trang " counter(page) "/" counter(pages);
                   font-family: "DejaVu Serif"; font-size: 8pt; font-style: italic; vertical-align: top;
                   border-top: 0.5pt solid #000; padding-top: 2mm; } }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44%% 56%%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55%% 45%%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
""" % FOOTER

HEAD_LEFT = [("UBND THÀNH PHỐ ĐÀ NẴNG", ""), ("BAN QUẢN LÝ", "b"), ("AN TOÀN THỰC PHẨM", "b"),
             ("Số: 412/KH-BQLATTP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 12 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đưa các hợp tác xã, tổ hợp tác làm thực phẩm đạt điều kiện an toàn thực phẩm trước Tết Nguyên đán Đinh "
            "Mùi năm 2027")

BEFORE = [
    ("p", "Thành phố có 46 hợp tác xã, tổ hợp tác làm ra hoặc buôn bán thực phẩm (nước mắm, bánh tráng, mì Quảng, rau "
          "ăn lá, hải sản khô, quản lý chợ). Kiểm tra trong năm 2026 cho thấy 17 đơn vị chưa được cấp, hoặc đã hết hạn, "
          "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, trong khi lượng hàng "
          "các đơn vị đưa ra thị trường dịp Tết thường tăng gấp hai, gấp ba ngày thường. Ban Quản lý An toàn thực phẩm "
          "thành phố (sau đây gọi là Ban) triển khai các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Đến trước Tết Nguyên đán Đinh Mùi, các hợp tác xã, tổ hợp tác đủ hồ sơ đều được cấp Giấy chứng nhận; không "
          "để xảy ra ngộ độc thực phẩm từ sản phẩm của hợp tác xã, tổ hợp tác."),
    ("p", "- Hỗ trợ là chính: hướng dẫn, tư vấn trước, kiểm tra sau; không gây phiền hà, không thu phí ngoài quy định."),
    ("h", "II. CÁC NỘI DUNG HỖ TRỢ"),
]

COLUMNS = ["TT", "Nội dung hỗ trợ", "Chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [5, 45, 16, 18, 16]
ROWS = [
    ("1", "Rà soát 46 HTX, THT sản xuất, kinh doanh thực phẩm; lập danh sách 17 đơn vị chưa có hoặc có Giấy chứng "
          "nhận đã hết hạn, gửi UBND các xã, phường nơi đơn vị hoạt động",
     "Phòng Nghiệp vụ", "Liên minh Hợp tác xã thành phố", "Trước 25/10/2026"),
    ("2", "Hướng dẫn từng đơn vị lập hồ sơ đề nghị cấp Giấy chứng nhận; tư vấn sửa lại khu sơ chế, chế biến theo "
          "nguyên tắc một chiều, khu chứa bao bì, nguyên liệu",
     "Phòng Nghiệp vụ", "UBND phường Hội An Tây, UBND xã Điện Bàn Tây", "Tháng 11/2026"),
    ("3", "Mở 03 lớp tập huấn kiến thức an toàn thực phẩm, cấp giấy xác nhận cho chủ nhiệm HTX, tổ trưởng THT và "
          "người trực tiếp chế biến",
     "Phòng Truyền thông", "Liên minh Hợp tác xã thành phố", "05 - 20/11/2026"),
    ("4", "Thẩm định điều kiện tại cơ sở, cấp Giấy chứng nhận cho các đơn vị đủ hồ sơ",
     "Phòng Nghiệp vụ", "", "Trong 15 ngày làm việc sau khi nhận đủ hồ sơ"),
    ("5", "Lấy 60 mẫu nước mắm, bánh tráng, mì Quảng, rau ăn lá của các HTX, THT để kiểm nghiệm nhanh; mẫu nghi vấn "
          "gửi phòng thí nghiệm kiểm nghiệm các chỉ tiêu histamin, hàn the, phẩm màu, dư lượng thuốc bảo vệ thực vật",
     "Phòng Thanh tra", "Trung tâm Kiểm soát bệnh tật thành phố", "Tháng 12/2026"),
    ("6", "Hỗ trợ HTX Nước mắm Cửa Đại, HTX Chế biến hải sản Tam Thanh in tem truy xuất nguồn gốc có mã QR cho sản phẩm "
          "bán dịp Tết",
     "Phòng Nghiệp vụ", "Sở Khoa học và Công nghệ", "Trước 15/12/2026"),
    ("7", "Kiểm tra 05 chợ do HTX quản lý, kinh doanh (khu bán thịt, hải sản tươi, thực phẩm khô); hướng dẫn ban "
          "quản lý chợ ký cam kết bảo đảm an toàn thực phẩm với tiểu thương",
     "Phòng Thanh tra", "Sở Công Thương, Công an thành phố", "Từ 15/12/2026 đến 25/01/2027"),
    ("8", "Kiểm tra đột xuất khi có phản ánh về thực phẩm không rõ nguồn gốc, quá hạn sử dụng tại HTX, THT",
     "Phòng Thanh tra", "", "Khi có phản ánh"),
    ("9", "Đăng danh sách HTX, THT đã được cấp Giấy chứng nhận và địa điểm bán hàng Tết của từng đơn vị trên Cổng "
          "thông tin điện tử của Ban",
     "Phòng Truyền thông", "Báo và Phát thanh, Truyền hình Đà Nẵng", "Trước 20/01/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Ban đôn đốc các phòng, tổng hợp kết quả, giúp Trưởng ban báo cáo UBND thành phố trước "
          "ngày 26/02/2027."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã thành phố vận động các HTX, THT thành viên đăng ký cấp Giấy chứng nhận trước "
          "ngày 31/10/2026 và cử cán bộ cùng tham gia các đoàn kiểm tra."),
    ("p", "3. Đề nghị UBND các xã, phường có HTX, THT sản xuất thực phẩm thường xuyên chỉ đạo công chức phụ trách an "
          "toàn thực phẩm cùng tham gia các đoàn kiểm tra; thông báo cho Ban các cơ sở mới đi vào hoạt động."),
    ("p", "Trên đây là Kế hoạch của Ban Quản lý An toàn thực phẩm thành phố; các phòng thuộc Ban, các cơ quan, đơn vị "
          "liên quan phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND thành phố (b/c);", "- Sở Y tế, Sở Công Thương;", "- LMHTX thành phố;",
            "- UBND các xã, phường;", "- Các phòng thuộc Ban;", "- Lưu: VT, NV."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Thị Minh Nguyệt", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261012143000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 412/KH-BQLATTP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
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
