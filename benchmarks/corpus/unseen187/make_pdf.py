"""Write b_hung-yen_58-KH-CNHY-2026_diem-nhan-hang-nhan-long-htx.pdf, the hundred-and-eighty-seventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen187/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen187/make_pdf.py --html-only

An express-delivery company's provincial branch (June 2026) setting up parcel pick-up points at longan cooperatives
for the 2026 longan season. The whole plan was TYPED IN AN EXCEL SHEET and PRINTED WITH ROW AND COLUMN HEADINGS and
gridlines: the column letters "A" … "F" across the top of each page (printed again at the top of the second page,
which a manual page break in the sheet starts at row 25), the sheet's ROW
NUMBERS down the left margin (1, 2, 3 … — not the plan's STT, which is column A), the header of Nghị định 30 in
merged cells of the first rows, the opening and the purposes in long merged rows, the task rows STT | Nội dung công
việc | Chủ trì | Phối hợp | Thời gian | Ghi chú, then III. in merged rows and the signature in the last rows. A4
landscape, as the sheet was set to print; ``pdftotext`` prints the row numbers among the text.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Fonts: DejaVu Serif, the headings DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hung-yen_58-KH-CNHY-2026_diem-nhan-hang-nhan-long-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4 landscape; margin: 8mm 10mm 8mm 10mm; }
body { font-family: "DejaVu Serif"; font-size: 8.5pt; margin: 0; }
table.sheet { border-collapse: collapse; width: 100%; table-layout: fixed; line-height: 1.25; }
table.sheet td { border: 0.5pt solid #999; padding: 2pt 3pt; vertical-align: top; }
table.sheet td.hd { font-family: "DejaVu Sans"; font-size: 7.5pt; color: #333; padding: 1pt 2pt;
                    text-align: center; }
table.sheet tr { break-inside: avoid; }
table.next { break-before: page; }
td.c { text-align: center; }
td.b { font-weight: bold; }
td.i { font-style: italic; }
td.h { font-weight: bold; text-align: center; }
td.t { text-align: center; font-weight: bold; font-size: 10.5pt; }
"""

COLUMNS = ["A", "B", "C", "D", "E", "F"]
WIDTHS = [3, 6, 37, 14, 16, 12, 12]  # the row-number column, then A … F (per cent)

# Each row: a list of (text, colspan, class) cells; "" an empty cell. A row's cells span the six columns A … F.
HEAD = [
    [("CÔNG TY CỔ PHẦN GIAO NHẬN SAO KHUÊ", 3, "c"), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 3, "c b")],
    [("CHI NHÁNH HƯNG YÊN", 3, "c b"), ("Độc lập - Tự do - Hạnh phúc", 3, "c b")],
    [("Số: 58/KH-CNHY", 3, "c"), ("Hưng Yên, ngày 16 tháng 6 năm 2026", 3, "c i")],
    [("", 6, "")],
    [("KẾ HOẠCH", 6, "t")],
    [("Đặt điểm nhận hàng tại các hợp tác xã nhãn lồng mùa vụ năm 2026", 6, "c b")],
    [("", 6, "")],
    [("Mùa nhãn năm 2026 dự kiến thu hoạch từ giữa tháng 7 đến cuối tháng 8, sản lượng toàn tỉnh khoảng 62.000 tấn; năm "
      "2025 Chi nhánh đã nhận gửi 41 tấn nhãn của hợp tác xã nhưng 7,8% số đơn bị dập, chậm quá 72 giờ. Để hợp tác xã "
      "bán được nhiều hơn qua đơn hàng trực tuyến, Chi nhánh lập Kế hoạch đặt điểm nhận hàng ngay tại hợp tác xã như "
      "sau:", 6, "")],
    [("I. MỤC TIÊU", 6, "b")],
    [("- Đặt 09 điểm nhận hàng tại hợp tác xã; nhận gửi ít nhất 180 tấn nhãn trong mùa vụ.", 6, "")],
    [("- Giao 85% số đơn trong 48 giờ; tỷ lệ hàng dập dưới 3%; tiền thu hộ về tài khoản hợp tác xã hằng tuần.", 6,
      "")],
    [("II. PHÂN CÔNG THỰC HIỆN", 6, "b")],
    [("STT", 1, "h"), ("Nội dung công việc", 1, "h"), ("Chủ trì", 1, "h"), ("Phối hợp", 1, "h"),
     ("Thời gian", 1, "h"), ("Ghi chú", 1, "h")],
]

TASKS = [
    ("1", "Khảo sát, chọn 09 hợp tác xã làm điểm nhận hàng (có nhà sơ chế, điện ba pha, sân cho xe tải 5 tấn quay "
          "đầu)", "Phòng Kinh doanh", "Liên minh HTX tỉnh", "Trước 30/6/2026", "Ưu tiên xã Hồng Nam, Tân Hưng"),
    ("2", "Ký hợp đồng dịch vụ với từng hợp tác xã: cước theo kg, phí thu hộ (COD), trách nhiệm khi hàng dập, hỏng",
     "Phòng Kinh doanh", "Phòng Kế toán", "Trước 05/7/2026", "Mẫu HĐ-03/2026"),
    ("3", "Lắp máy in tem vận đơn, cân điện tử và cấp tài khoản phần mềm tạo đơn cho từng điểm nhận hàng",
     "Phòng Công nghệ thông tin", "Bưu cục Phố Hiến", "Trước 08/7/2026", ""),
    ("4", "Tập huấn nhân viên hợp tác xã tạo đơn, đóng thùng xốp, lót đá gel, dán tem \"hàng dễ dập\"",
     "Phòng Khai thác", "", "08 - 10/7/2026", "Tại điểm nhận hàng"),
    ("5", "Đăng danh sách, số điện thoại các điểm nhận hàng trên ứng dụng của Công ty; gửi danh sách cho Trung tâm "
          "Xúc tiến thương mại tỉnh giới thiệu trên trang của tỉnh", "Phòng Kinh doanh", "", "Trước 12/7/2026", ""),
    ("6", "Cấp thùng xốp 5 kg, 10 kg và đá gel theo số đơn hợp tác xã đặt trước một ngày", "Phòng Khai thác", "",
     "Hằng ngày trong mùa vụ", "Miễn phí thùng"),
    ("7", "Chạy xe lạnh nhận hàng tại các điểm 02 chuyến mỗi ngày (10h00, 16h00), đưa về kho trung chuyển Văn Giang",
     "Đội Vận tải", "Phòng Khai thác", "15/7 - 31/8/2026", ""),
    ("8", "Đối soát tiền thu hộ, chuyển khoản cho từng hợp tác xã kèm bảng kê đơn", "Phòng Kế toán",
     "Phòng Kinh doanh", "Thứ Tư hằng tuần", ""),
    ("9", "Giải quyết khiếu nại hàng dập, giao chậm; bồi thường theo hợp đồng", "Phòng Chăm sóc khách hàng",
     "Phòng Khai thác", "Trong 03 ngày làm việc kể từ khi nhận khiếu nại", ""),
    ("10", "Tính sản lượng gửi qua từng điểm, trả thưởng cho nhân viên hợp tác xã có trên 3.000 đơn",
     "Phòng Kế toán", "Phòng Kinh doanh", "Trước 10/9/2026", ""),
    ("11", "Họp tổng kết với các hợp tác xã; đề xuất phương án cho mùa nhãn năm 2027 và vụ cam, bưởi cuối năm",
     "Giám đốc Chi nhánh", "Các phòng, Đội Vận tải", "Tháng 9/2026", ""),
]

TAIL = [
    [("III. TỔ CHỨC THỰC HIỆN", 6, "b")],
    [("1. Phòng Kinh doanh là đầu mối, tổng hợp sản lượng từng điểm nhận hàng, báo cáo Giám đốc Chi nhánh vào sáng "
      "thứ Hai hằng tuần trong mùa vụ.", 6, "")],
    [("2. Đề nghị các hợp tác xã có điểm nhận hàng cử 01 người trực điểm từ 07h00 đến 18h00 mỗi ngày trong mùa vụ, "
      "báo ngay cho Phòng Khai thác khi số đơn vượt 300 đơn/ngày.", 6, "")],
    [("Trên đây là Kế hoạch của Chi nhánh; các phòng, đội thực hiện đúng phần việc được giao./.", 6, "")],
    [("", 6, "")],
    [("Nơi nhận:", 3, "b i"), ("GIÁM ĐỐC CHI NHÁNH", 3, "c b")],
    [("- Tổng Giám đốc Công ty (b/c);", 3, ""), ("", 3, "")],
    [("- Các HTX có điểm nhận hàng;", 3, ""), ("", 3, "")],
    [("- Các phòng, Đội Vận tải;", 3, ""), ("", 3, "")],
    [("- Lưu: VT, KD.", 3, ""), ("Đặng Quốc Huy", 3, "c b")],
]

#: the sheet's page break (Excel's, as set by the typist): rows 25 … on the second page, each page headed by the
#: column letters (printed as the first row of each page's table)
PAGE_BREAK = 24

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260616101500+07'00'"


def row(number: int, cells) -> str:
    out = f'<tr><td class="hd">{number}</td>'
    for text, span, cls in cells:
        attrs = (f' colspan="{span}"' if span > 1 else "") + (f' class="{cls}"' if cls else "")
        out += f'<td{attrs}>{e(text) or "&nbsp;"}</td>'
    return out + "</tr>"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-CNHY", CSS)
    rows = HEAD + [[(stt, 1, "c"), (work, 1, ""), (lead, 1, ""), (partners, 1, ""), (time, 1, "c"), (note, 1, "")]
                   for stt, work, lead, partners, time, note in TASKS] + TAIL
    numbered = list(enumerate(rows, start=1))
    for page, part in enumerate((numbered[:PAGE_BREAK], numbered[PAGE_BREAK:])):
        out += [f'<table class="sheet{" next" if page else ""}">',
                '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
                '<tbody>', '<tr><td class="hd"></td>' + "".join(f'<td class="hd">{c}</td>' for c in COLUMNS) + '</tr>']
        out += [row(n, cells) for n, cells in part]
        out += ['</tbody>', '</table>']
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
