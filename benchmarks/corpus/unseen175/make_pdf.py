"""Write b_lao-cai_19-KH-DTLX-2025_nang-hang-gplx-lai-xe-htx-van-tai.pdf, the hundred-and-seventy-fifth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen175/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen175/make_pdf.py --html-only

A driving-training company's plan (October 2025) to train the drivers of the province's transport cooperatives for
higher licence classes under the 2024 road traffic law (classes B, C1, C, D2, D, CE; the testing held by the police)
and to give other drivers a refresher course: the opening, I. purposes, II. the trainees in prose (figures, no work),
III. a sentence sending the reader to the appendix and three numbered paragraphs, the signature beside "Nơi nhận";
then the APPENDIX AS AN EXCEL SHEET PRINTS IT when its columns do not fit one page ("down, then over"): the first sheet
page holds the title rows and the columns STT | Nội dung công việc | Đơn vị chủ trì, the next page THE SAME ELEVEN ROWS
AGAIN with the STT column repeated (Excel's print titles) and the columns Đơn vị phối hợp | Thời gian thực hiện | Ghi
chú, the title rows' place left empty (they were merged over the first three columns only). Every row has one height
on both pages (Excel's row height); cells are centred vertically; the sheet is in a sans-serif font with thin borders.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Fonts: Liberation Serif (the letter), Liberation Sans (the sheet).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lao-cai_19-KH-DTLX-2025_nang-hang-gplx-lai-xe-htx-van-tai"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page sheet { size: A4; margin: 19mm 18mm 19mm 18mm; }
body { font-family: "Liberation Serif"; font-size: 13pt; line-height: 1.3; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 11.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 13pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 11pt; }
.sign .right { text-align: center; }
.sheet { page: sheet; break-before: page; font-family: "Liberation Sans"; font-size: 10pt; line-height: 1.2; }
.sheet .titles { height: 27mm; }
.sheet .titles p { margin: 0; text-align: center; }
.sheet table { border-collapse: collapse; table-layout: fixed; }
.sheet td, .sheet th { border: 0.5pt solid #000; padding: 1pt 3pt; vertical-align: middle; overflow: hidden; }
.sheet th { font-weight: bold; text-align: center; background: #d9d9d9; height: 9mm; }
.sheet td.c { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("ĐÀO TẠO LÁI XE ÂU LÂU", "b"), ("Số: 19/KH-ĐTLX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 06 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đào tạo nâng hạng giấy phép lái xe, bồi dưỡng người lái xe cho các hợp tác xã vận tải năm 2025 - 2026")

BEFORE = [
    ("p", "Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ ngày 01/01/2025 đã đổi hệ thống hạng giấy phép lái "
          "xe; nhiều xe khách trên 29 chỗ và xe đầu kéo của các hợp tác xã vận tải trong tỉnh đang thiếu người lái có "
          "giấy phép đúng hạng. Ngày 15/9/2025, Liên minh Hợp tác xã tỉnh có Văn bản số 268/LMHTX-HTPT đề nghị Công ty "
          "mở lớp cho lái xe của các hợp tác xã thành viên. Công ty xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Trước mùa vận chuyển Tết Nguyên đán Bính Ngọ năm 2026, các hợp tác xã vận tải có đủ lái xe mang giấy phép "
          "đúng hạng xe đang khai thác, nhất là xe giường nằm trên tuyến Lào Cai - Hà Nội và các tuyến du lịch."),
    ("p", "- Dạy đúng chương trình, đủ giờ lý thuyết, giờ học trên cabin mô phỏng và quãng đường thực hành có thiết bị "
          "giám sát (DAT); không thu bất kỳ khoản nào ngoài hợp đồng đào tạo."),
    ("h", "II. HỌC VIÊN"),
    ("p", "Theo đăng ký sơ bộ của 14 hợp tác xã vận tải, Công ty dự kiến nhận 96 học viên nâng hạng: từ hạng B lên C1 "
          "14 người, từ C1 lên C 22 người, từ C lên D2 18 người, từ D2 lên D 26 người, từ C lên CE 16 người; ngoài ra "
          "khoảng 150 lái xe dự lớp bồi dưỡng không nâng hạng. Danh sách chính thức chốt theo hồ sơ hợp lệ."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Việc cụ thể, bộ phận chủ trì, bên phối hợp và thời hạn của từng việc ghi ở Phụ lục đính kèm."),
    ("p", "1. Phòng Đào tạo làm đầu mối theo dõi; hằng tháng tổng hợp tiến độ từng khóa học, báo cáo Giám đốc Công ty và "
          "thông báo cho Liên minh Hợp tác xã tỉnh."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh gửi Kế hoạch này đến các hợp tác xã vận tải thành viên trước ngày "
          "10/10/2025; xem xét hỗ trợ một phần học phí cho lái xe là thành viên hợp tác xã."),
    ("p", "3. Đề nghị các hợp tác xã vận tải lập danh sách lái xe đăng ký học, kèm bản sao giấy phép lái xe và giấy "
          "khám sức khỏe, gửi Phòng Tuyển sinh trước ngày 20/10/2025; bố trí cho lái xe nghỉ chạy trong những ngày "
          "học thực hành và ngày sát hạch."),
    ("p", "Trên đây là Kế hoạch đào tạo cho người lái xe của các hợp tác xã vận tải năm 2025 - 2026 của Công ty Cổ phần "
          "Đào tạo lái xe Âu Lâu./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- Phòng CSGT Công an tỉnh;", "- Liên minh HTX tỉnh;",
            "- Các HTX vận tải;", "- Các phòng, Đội Xe tập lái;", "- Lưu: VT, ĐT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Đức Toản", "b")]

SHEET_TITLES = [("PHỤ LỤC", "b"), ("NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN", "b"),
                ("(Kèm theo Kế hoạch số 19/KH-ĐTLX ngày 06/10/2025 của Công ty Cổ phần Đào tạo lái xe Âu Lâu)", "i")]
# the sheet's columns A (STT, repeated on every page), B, C on the first page; D, E, F on the next (mm)
PAGE1_HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì"]
PAGE1_WIDTHS = [12, 118, 44]
PAGE2_HEAD = ["STT", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"]
PAGE2_WIDTHS = [12, 58, 40, 64]
# (row height in mm, STT, work, lead, partners, time, note): one height for both pages, as Excel has one per row
ROWS = [
    (14, "1", "Tiếp nhận hồ sơ, kiểm tra thâm niên lái xe và số km lái xe an toàn của từng học viên theo hạng đăng ký",
     "Phòng Tuyển sinh", "Các hợp tác xã vận tải", "01/10 - 20/10/2025", "Hồ sơ thiếu trả lại ngay trong ngày"),
    (14, "2", "Mở khóa K01 nâng hạng B lên C1, C1 lên C (36 học viên); học lý thuyết buổi tối tại cơ sở phường Nghĩa Lộ",
     "Phòng Đào tạo", "", "Khai giảng 27/10/2025", "Học tối thứ Hai, thứ Tư, thứ Sáu"),
    (14, "3", "Cấp tài khoản học lý thuyết trực tuyến cho học viên ở xa, theo dõi số giờ học trên phần mềm",
     "Tổ Công nghệ thông tin", "Phòng Đào tạo", "Trước 25/10/2025", ""),
    (14, "4", "Bố trí xe tập lái hạng C1, C, D2, D, CE có lắp thiết bị DAT; xếp lịch chạy đủ quãng đường thực hành "
              "trên đường", "Đội Xe tập lái", "Phòng Đào tạo", "Tháng 11 - 12/2025",
     "Ưu tiên cho học viên chạy đoạn đèo dốc"),
    (14, "5", "Mở khóa K02 nâng hạng C lên D2, D2 lên D cho lái xe khách giường nằm (44 học viên)", "Phòng Đào tạo",
     "Liên minh Hợp tác xã tỉnh", "Khai giảng 17/11/2025", "Liên minh cử cán bộ dự khai giảng"),
    (14, "6", "Cho học viên học trên cabin mô phỏng đủ số giờ quy định trước khi ra thực hành trên đường",
     "Phòng Đào tạo", "Tổ Công nghệ thông tin", "Theo lịch từng khóa", "04 cabin, ca sáng và ca chiều"),
    (14, "7", "Lập danh sách học viên đủ điều kiện dự sát hạch, đăng ký kỳ sát hạch tháng 01/2026", "Phòng Đào tạo",
     "Phòng Cảnh sát giao thông Công an tỉnh", "Trước 26/12/2025", ""),
    (14, "8", "Chuẩn bị sân sát hạch, xe sát hạch, thiết bị chấm điểm tự động", "Phòng Kỹ thuật - Sân sát hạch",
     "Phòng Cảnh sát giao thông Công an tỉnh", "Trước 09/01/2026", "Kỳ sát hạch dự kiến 12 - 14/01/2026"),
    (14, "9", "Mở 03 lớp bồi dưỡng kỹ năng lái xe đường đèo, xử lý tình huống, văn hóa giao thông cho khoảng 150 lái "
              "xe không nâng hạng", "Phòng Đào tạo", "Sở Xây dựng; Liên minh Hợp tác xã tỉnh", "Tháng 3/2026",
     "Mỗi lớp 02 ngày, học vào cuối tuần"),
    (14, "10", "Thu học phí theo hợp đồng với từng hợp tác xã; xuất hóa đơn ghi rõ phần kinh phí được hỗ trợ",
     "Phòng Tài chính - Kế toán", "Các hợp tác xã vận tải", "Trước ngày khai giảng mỗi khóa", ""),
    (14, "11", "Tổng kết, báo cáo kết quả đào tạo gửi Sở Xây dựng, Liên minh Hợp tác xã tỉnh", "Phòng Đào tạo", "",
     "Tháng 4/2026", ""),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20251006101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def sheet_table(head, widths, cells) -> list[str]:
    out = ['<table style="width:%dmm">' % sum(widths),
           '<colgroup>' + "".join(f'<col style="width:{w}mm">' for w in widths) + '</colgroup>',
           '<tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr>']
    for height, values in cells:
        out.append(f'<tr style="height:{height}mm">'
                   + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                             for i, v in enumerate(values)) + '</tr>')
    out.append('</table>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-ĐTLX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append(signature(NOI_NHAN, SIGN))
    # the sheet's first page: title rows (merged over A:C), then columns A, B, C
    out.append('<div class="sheet"><div class="titles">'
               + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in SHEET_TITLES) + '</div>')
    out += sheet_table(PAGE1_HEAD, PAGE1_WIDTHS, [(h, (n, work, lead)) for h, n, work, lead, *_ in ROWS])
    out.append('</div>')
    # the next page: the title rows' place empty, then column A again (print titles) and columns D, E, F
    out.append('<div class="sheet"><div class="titles"></div>')
    out += sheet_table(PAGE2_HEAD, PAGE2_WIDTHS,
                       [(h, (n, partners, time, note)) for h, n, _, _, partners, time, note in ROWS])
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
