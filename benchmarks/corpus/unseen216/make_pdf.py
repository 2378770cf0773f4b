"""Write b_lam-dong_58-KH-LBX-2026_tour-trai-nghiem-htx-da-lat.pdf, the two-hundred-and-sixteenth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen216/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen216/make_pdf.py --html-only

A tour operator company (Đà Lạt, Lâm Đồng, August 2026) building and selling farm-and-craft experience tours with
coffee, flower, strawberry and brocade cooperatives for the 2026 - 2027 season: the opening, I. targets, II. the work
as numbered paragraphs "2.1." … "2.11." that name NO doer and NO time (one marked done, "đã xong"), III. a closing
paragraph; the signature beside "Nơi nhận"; then, ON A PAGE OF ITS OWN, a PHỤ LỤC table KEYED BY ITEM NUMBER
(Mục | Phụ trách | Phối hợp | Hoàn thành) that alone gives the doers, partners and times, one row serving two items
("2.4 và 2.5"), the item done absent from it.

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
STEM = "b_lam-dong_58-KH-LBX-2026_tour-trai-nghiem-htx-da-lat"
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
h3.annex { break-before: page; text-align: center; }
p.note { text-align: center; font-style: italic; margin: 0 0 6pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("LỮ HÀNH LANGBIANG XANH", "b"), ("Số: 58/KH-LBX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Lạt, ngày 10 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Xây dựng và bán tour trải nghiệm cùng các hợp tác xã mùa du lịch 2026 - 2027"

BEFORE = [
    ("p", "Khách nội địa và khách Hàn Quốc, Singapore đặt tour của Công ty ngày càng hỏi nhiều về vườn cà phê, vườn "
          "hoa, nhà dệt thổ cẩm, nhưng các điểm hiện có đều do hộ tự phát đón khách, không ổn định về giá và chất lượng. "
          "Công ty chọn làm việc với các hợp tác xã để có điểm đón khách ổn định, có hóa đơn, có người chịu trách nhiệm; "
          "Kế hoạch này nêu các việc phải làm, phần phân công xem Phụ lục kèm theo."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mở 03 tuyến tour nửa ngày và 01 tuyến hai ngày một đêm qua 05 hợp tác xã; đón ít nhất 6.000 lượt khách "
          "trong mùa du lịch 2026 - 2027."),
    ("p", "- Hợp tác xã được trả đúng giá đã ký, khách được phục vụ theo cùng một bộ tiêu chuẩn."),
    ("h", "II. CÁC VIỆC CẦN LÀM"),
    ("p", "2.1. Khảo sát 07 hợp tác xã đã đăng ký (đã xong tháng 7/2026; chọn 05 đơn vị vào tuyến)."),
    ("p", "2.2. Ký hợp đồng dịch vụ với 05 hợp tác xã: giá trọn gói mỗi lượt khách, số khách tối đa mỗi ngày, cách "
          "hủy, đổi lịch và thời hạn thanh toán."),
    ("p", "2.3. Thiết kế lịch trình từng tuyến, tính giá thành, giá bán lẻ và giá cho đại lý; chụp ảnh, quay video tại "
          "từng điểm để làm tài liệu bán hàng."),
    ("p", "2.4. Tập huấn cho người đón khách của hợp tác xã về kỹ năng thuyết minh ngắn, an toàn thực phẩm khi cho "
          "khách thử sản phẩm, sơ cứu ban đầu."),
    ("p", "2.5. Soạn sổ tay điểm đến song ngữ Việt - Anh cho từng hợp tác xã, in 2.000 bản phát cho khách."),
    ("p", "2.6. Cải tạo lối đi, nhà vệ sinh, khu rửa tay tại HTX Dâu tây Xuân Thọ và HTX Dệt thổ cẩm Lát; Công ty ứng "
          "trước 50% chi phí, trừ dần vào tiền dịch vụ."),
    ("p", "2.7. Chạy thử mỗi tuyến 02 đoàn khách mời (đại lý, báo chí), ghi nhận góp ý và sửa lịch trình."),
    ("p", "2.8. Mở bán trên trang web, ứng dụng của Công ty và các sàn đặt tour trực tuyến; gửi bộ giá cho 40 đại lý "
          "tại Thành phố Hồ Chí Minh và Hà Nội."),
    ("p", "2.9. Thanh toán tiền dịch vụ cho hợp tác xã theo bảng kê khách từng tuần, chuyển khoản vào tài khoản của hợp "
          "tác xã."),
    ("p", "2.10. Thu thập đánh giá của khách sau mỗi đoàn; hợp tác xã nào bị phản ánh hai lần trong tháng thì cùng "
          "hợp tác xã đó lập phương án khắc phục."),
    ("p", "2.11. Tổng kết mùa du lịch, đánh giá từng hợp tác xã và đề xuất gia hạn hoặc chấm dứt hợp đồng."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, đội của Công ty thực hiện theo Phụ lục phân công; Phòng Điều hành tour theo dõi chung và báo cáo "
          "Tổng Giám đốc tại giao ban tháng. Các hợp tác xã đối tác phối hợp theo hợp đồng đã ký./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX đối tác;", "- Sở VH, TT&DL tỉnh (để biết);",
            "- Các phòng, đội (t/h);", "- Lưu: VT, ĐH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Ngọc Khải Hoàn", "b")]

ANNEX_TITLE = "PHỤ LỤC: PHÂN CÔNG THEO MỤC"
ANNEX_NOTE = "(Kèm theo Kế hoạch số 58/KH-LBX ngày 10/8/2026 của Công ty Cổ phần Lữ hành Langbiang Xanh)"
COLUMNS = ["Mục", "Phụ trách", "Phối hợp", "Hoàn thành"]
WIDTHS = [14, 30, 34, 22]
ROWS = [
    ("2.2", "Phòng Điều hành tour", "Phòng Kế toán", "Trước 15/9/2026"),
    ("2.3", "Phòng Sản phẩm", "Phòng Kinh doanh - Marketing", "Trước 30/9/2026"),
    ("2.4 và 2.5", "Đội Hướng dẫn viên", "Liên minh Hợp tác xã tỉnh", "Tháng 10/2026"),
    ("2.6", "Phòng Kế toán", "HTX Dâu tây Xuân Thọ, HTX Dệt thổ cẩm Lát", "Trước 31/10/2026"),
    ("2.7", "Phòng Sản phẩm", "Đội Hướng dẫn viên", "01 - 15/11/2026"),
    ("2.8", "Phòng Kinh doanh - Marketing", "", "Từ 20/11/2026"),
    ("2.9", "Phòng Kế toán", "", "Thứ Sáu hằng tuần"),
    ("2.10", "Phòng Điều hành tour", "Đội Hướng dẫn viên", "Khi có phản ánh"),
    ("2.11", "Phòng Điều hành tour", "Phòng Kinh doanh - Marketing, Phòng Kế toán", "Tháng 5/2027"),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 16:20 in Việt Nam
PDF_DATE = b"D:20260810162000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-LBX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append(signature(NOI_NHAN, SIGN))
    out += [f'<h3 class="annex">{e(ANNEX_TITLE)}</h3>', f'<p class="note">{e(ANNEX_NOTE)}</p>']
    # the head row typed as the table's first row (no <thead>: the table fits its page and repeats nothing)
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>', '<tbody>',
            '<tr>' + "".join(f'<td class="c b">{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 3) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
