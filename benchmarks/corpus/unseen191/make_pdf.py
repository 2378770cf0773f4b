"""Write b_khanh-hoa_64-KH-TGSH-2026_lich-giao-tom-giong-htx-ca-mau.pdf, the hundred-and-ninety-first held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen191/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen191/make_pdf.py --html-only

A shrimp post-larvae hatchery company's plan (November 2026) for delivering its post-larvae to the shrimp-farming
cooperatives and cooperative groups it has contracts with in Cà Mau, for the first crop of 2027: the opening, I.
targets, II. the work as a WEEKLY WORK SCHEDULE ("LỊCH CÔNG TÁC") — one bordered table Thứ, ngày |
Buổi | Nội dung công việc | Chủ trì | Thành phần | Địa điểm whose day cell spans its "Sáng" and "Chiều" rows
(rowspan), participants ("Thành phần") instead of partners, a place column, half-days kept free ("Dự phòng") and a
rest day; the table crosses from the first page to the second, Chromium repeating its header row there —, III. two
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_khanh-hoa_64-KH-TGSH-2026_lich-giao-tom-giong-htx-ca-mau"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.2; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TÔM GIỐNG SƠN HẢI", "b"), ("Số: 64/KH-TGSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 16 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Giao tôm giống và hỗ trợ kỹ thuật cho các hợp tác xã, tổ hợp tác nuôi tôm ở Cà Mau, vụ nuôi thứ nhất "
            "năm 2027")

BEFORE = [
    ("p", "Công ty đã ký hợp đồng cung cấp tôm thẻ chân trắng giống sạch bệnh (SPF) cho vụ nuôi thứ nhất năm 2027 với "
          "03 hợp tác xã và 02 tổ hợp tác ở các xã Vĩnh Hậu, Hiệp Thành, Long Điền, tỉnh Cà Mau. Các đơn vị thả giống "
          "tập trung trong tháng 12 để tránh đợt rét và mặn tăng cao sau Tết. Công ty lập lịch công tác cho các bộ "
          "phận như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Giao đủ 48 triệu con tôm post cỡ P12 trong 02 tuần, tỉ lệ hao hụt khi vận chuyển dưới 3%; mỗi lô giống "
          "có kết quả xét nghiệm PCR âm tính với bệnh đốm trắng, EHP và hoại tử gan tụy cấp."),
    ("p", "- Tỉ lệ sống của tôm sau 30 ngày thả ở ao các hợp tác xã, tổ hợp tác đạt từ 75% trở lên."),
    ("h", "II. LỊCH CÔNG TÁC (TỪ NGÀY 07/12 ĐẾN NGÀY 18/12/2026)"),
    ("p", "Văn phòng đại diện tại Cà Mau (sau đây gọi là VPĐD) là đầu mối với các hợp tác xã, tổ hợp tác. Giờ làm việc "
          "buổi sáng từ 7 giờ, buổi chiều từ 13 giờ 30; chuyến xe giống xuất trại lúc 22 giờ đêm hôm trước."),
]

COLUMNS = ["Thứ, ngày", "Buổi", "Nội dung công việc", "Chủ trì", "Thành phần", "Địa điểm"]
WIDTHS = [11, 8, 37, 14, 16, 14]
# (day cell or None when the day above spans this row, half-day, work, lead, participants, place)
ROWS = [
    ("Thứ Hai 07/12", "Sáng", "Họp giao ban trực tuyến chốt số lượng giống, ngày thả của từng hợp tác xã, tổ hợp tác",
     "Giám đốc", "Phòng Kinh doanh, Phòng Kỹ thuật, VPĐD", "Trực tuyến"),
    (None, "Chiều", "Lấy mẫu tôm bố mẹ và ấu trùng lô giao đợt 1 gửi xét nghiệm PCR", "Phòng Kỹ thuật",
     "Chi cục Chăn nuôi và Thú y tỉnh Khánh Hòa", "Trại Sơn Hải 2"),
    ("Thứ Ba 08/12", "Sáng", "Kiểm tra ao của HTX Thủy sản Vĩnh Hậu trước khi thả: độ mặn, pH, độ kiềm, màu nước",
     "VPĐD", "HTX Thủy sản Vĩnh Hậu", "xã Vĩnh Hậu"),
    (None, "Chiều", "Dự phòng", "", "", ""),
    ("Thứ Tư 09/12", "Cả ngày", "Đóng bao có bơm oxy, chở đợt 1 (12 triệu con) cho HTX Thủy sản Vĩnh Hậu bằng xe "
     "lạnh", "Tổ Vận chuyển", "Phòng Kỹ thuật", "Trại Sơn Hải 2 - Cà Mau"),
    ("Thứ Năm 10/12", "Sáng", "Giao nhận tại bờ ao, đếm mẫu, ký biên bản giao nhận đợt 1", "VPĐD",
     "HTX Thủy sản Vĩnh Hậu", "xã Vĩnh Hậu"),
    (None, "Chiều", "Tập huấn cách thuần, thả tôm và chăm sóc 30 ngày đầu cho thành viên các hợp tác xã, tổ hợp tác",
     "Phòng Kỹ thuật", "Trung tâm Khuyến nông tỉnh Cà Mau, VPĐD", "Hội trường UBND xã Vĩnh Hậu"),
    ("Thứ Sáu 11/12", "Cả ngày", "Chở đợt 2 (15 triệu con) cho HTX Nuôi tôm công nghệ cao Hiệp Thành và THT nuôi tôm "
     "ấp Nhà Việc", "Tổ Vận chuyển", "VPĐD", "xã Hiệp Thành"),
    ("Thứ Bảy 12/12 - Chủ nhật 13/12", "", "Nghỉ; cán bộ kỹ thuật trực điện thoại giải đáp các hợp tác xã", "", "", ""),
    ("Thứ Hai 14/12", "Sáng", "Kiểm tra tỉ lệ sống của tôm đợt 1 sau 05 ngày thả, ghi sổ theo dõi ao", "Phòng Kỹ thuật",
     "HTX Thủy sản Vĩnh Hậu", "xã Vĩnh Hậu"),
    (None, "Chiều", "Đối chiếu công nợ đợt 1, xuất hóa đơn cho HTX Thủy sản Vĩnh Hậu", "Phòng Kế toán",
     "Phòng Kinh doanh", "Văn phòng Công ty"),
    ("Thứ Tư 16/12", "Cả ngày", "Chở đợt 3 (21 triệu con) cho HTX Tôm lúa Long Điền và THT nuôi tôm quảng canh ấp "
     "Cây Gừa", "Tổ Vận chuyển", "Phòng Kỹ thuật, VPĐD", "xã Long Điền"),
    ("Thứ Năm 17/12", "Sáng", "Làm việc với UBND xã Hiệp Thành về việc nạo vét kênh cấp nước chung của vùng nuôi",
     "Giám đốc", "VPĐD, HTX Nuôi tôm công nghệ cao Hiệp Thành", "UBND xã Hiệp Thành"),
    (None, "Chiều", "Dự phòng", "", "", ""),
    ("Thứ Sáu 18/12", "Chiều", "Tổng hợp kết quả giao giống vụ 1, đề xuất lịch giao vụ 2 năm 2027", "Phòng Kinh doanh",
     "VPĐD", "Văn phòng Công ty"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Khi lịch có thay đổi do thời tiết hoặc kết quả xét nghiệm, Phòng Kinh doanh báo các bộ phận và các hợp "
          "tác xã, tổ hợp tác trước ít nhất 01 ngày."),
    ("p", "2. Trong 30 ngày sau mỗi đợt thả, VPĐD cử kỹ thuật viên đến ao ít nhất mỗi tuần một lần, ghi nhận tình "
          "trạng tôm và báo Phòng Kỹ thuật."),
    ("p", "Trên đây là Kế hoạch giao tôm giống vụ nuôi thứ nhất năm 2027 của Công ty; đề nghị các bộ phận và các hợp "
          "tác xã, tổ hợp tác phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Các HTX, THT có hợp đồng;", "- Phòng KD, KT, KToán, Tổ VC;", "- VPĐD tại Cà Mau;",
            "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Văn Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:00 in Việt Nam
PDF_DATE = b"D:20261116100000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def spans() -> list[int]:
    """How many rows each day cell spans: itself and the rows after it that carry no day."""
    out = []
    for i, row in enumerate(ROWS):
        if row[0] is None:
            out.append(0)
            continue
        n = 1
        while i + n < len(ROWS) and ROWS[i + n][0] is None:
            n += 1
        out.append(n)
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 64/KH-TGSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row, span in zip(ROWS, spans()):
        day, half, work, lead, who, place = row
        cells = []
        if day is not None:
            attr = f' rowspan="{span}"' if span > 1 else ""
            cells.append(f'<td class="c"{attr}>{e(day)}</td>')
        cells += [f'<td class="c">{e(half)}</td>', f'<td>{e(work)}</td>', f'<td>{e(lead)}</td>', f'<td>{e(who)}</td>',
                  f'<td>{e(place)}</td>']
        out.append('<tr>' + "".join(cells) + '</tr>')
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
