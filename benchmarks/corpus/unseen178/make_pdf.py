"""Write b_dak-lak_57-KH-CCTN-2026_container-lanh-sau-rieng-htx.pdf, the hundred-and-seventy-eighth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen178/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen178/make_pdf.py --html-only

An inland container depot company's plan (Công ty Cổ phần Cảng cạn Tây Nguyên, July 2026) for gathering the durian of
six cooperatives into reefer containers over the main harvest: the opening, I. purposes, II. the season's facts (no
work), III. one sentence sending the reader to the appendix, IV. two numbered duties of the cooperatives, the closing
sentence, the signature beside "Nơi nhận"; then, after a page break, on LANDSCAPE pages, the appendix: the work as
MONTH-VIEW CALENDARS, as a shared calendar prints them — a legend of the units' codes, then one grid per month
("Tháng 8/2026", "Tháng 9/2026"), seven columns "Thứ Hai" … "Chủ nhật", one row a week, the day's number in each
cell's corner, the days of the month before and after in grey, each entry in its day's cell with a time of day for
some, its lead's code in square brackets and its partners after "+" inside them; a public holiday marked in its cell
(no work).

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (body), DejaVu Sans (the calendars).
"""

from __future__ import annotations

import calendar
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dak-lak_57-KH-CCTN-2026_container-lanh-sau-rieng-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page cal { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.3; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.appendix { page: cal; break-before: page; font-family: "DejaVu Sans"; }
.appendix .title { text-align: center; font-weight: bold; font-size: 11pt; margin: 0; }
.appendix .sub { text-align: center; font-style: italic; font-size: 9pt; margin: 0 0 4pt; }
.appendix .legend { font-size: 8.5pt; margin: 0 0 6pt; }
.month { break-inside: avoid; margin-bottom: 6pt; }
.month + .month { break-before: page; }
.month h4 { font-size: 11pt; margin: 0 0 3pt; }
table.cal { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 8pt; line-height: 1.2; }
table.cal th { border: 0.5pt solid #777; background: #e8e8e8; font-weight: bold; padding: 2pt; text-align: center; }
table.cal td { border: 0.5pt solid #777; height: 24mm; vertical-align: top; padding: 1.5pt 2.5pt; }
table.cal td.out { background: #f2f2f2; color: #999; }
table.cal .d { text-align: right; font-weight: bold; margin: 0 0 1pt; }
table.cal .ev { margin: 0 0 2pt; }
table.cal .hol { color: #a00; font-style: italic; margin: 0 0 2pt; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CẢNG CẠN TÂY NGUYÊN", "b"), ("Số: 57/KH-CCTN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Buôn Ma Thuột, ngày 28 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Gom hàng, đóng container lạnh xuất khẩu sầu riêng cho các hợp tác xã vụ chính năm 2026"

BODY = [
    ("p", "Công ty đã ký hợp đồng dịch vụ kho mát, đóng hàng và làm thủ tục xuất khẩu với 06 hợp tác xã trồng sầu "
          "riêng ở các xã Krông Pắc, Ea Kly, Ea Knuếc, Cư M'gar và phường Tân Lập. Để trái của thành viên được đóng "
          "container đúng ngày cắt, thông quan ngay tại cảng cạn và không phải chờ ở cửa khẩu, Công ty lập Kế hoạch "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Trái cắt ngày nào được vào kho mát ngay trong ngày; lô hàng nào của hợp tác xã cũng phải đúng mã số vùng "
          "trồng, mã số cơ sở đóng gói và sạch sinh vật gây hại, để không bị cửa khẩu trả lại."),
    ("p", "- Giá dịch vụ công khai, thống nhất cho các hợp tác xã; đối chiếu, thanh toán theo từng tháng."),
    ("h", "II. QUY MÔ VỤ CHÍNH"),
    ("p", "Sản lượng các hợp tác xã đăng ký khoảng 3.200 tấn trái, tương đương 160 container 40 feet lạnh; cao điểm "
          "cắt trái dự kiến từ cuối tháng 8 đến giữa tháng 9. Cảng cạn có 1.200 m² kho mát, 60 ổ cắm điện cho "
          "container lạnh; Hải quan và kiểm dịch thực vật làm thủ tục tại cảng."),
    ("h", "III. LỊCH CÔNG VIỆC"),
    ("p", "Các việc, ngày thực hiện, bộ phận chủ trì và đơn vị phối hợp ghi tại Phụ lục kèm theo Kế hoạch này (lịch "
          "tháng 8 và tháng 9/2026 in từ lịch công việc chung của Công ty)."),
    ("h", "IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ"),
    ("p", "1. Gửi Phòng Kinh doanh danh sách vườn, mã số vùng trồng và sản lượng dự kiến theo từng tuần trước ngày "
          "05/8/2026."),
    ("p", "2. Chở trái đã cắt về kho mát của Công ty chậm nhất 08 giờ sau khi cắt; mỗi lô kèm nhật ký thu hoạch của "
          "vườn."),
    ("p", "Các phòng, xưởng của Công ty và các hợp tác xã căn cứ Kế hoạch này phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 06 HTX có hợp đồng;", "- Hải quan cảng cạn;",
            "- Các phòng, xưởng;", "- Lưu: VT, KD."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đàm Quang Tuấn", "b")]

APPENDIX_TITLE = "PHỤ LỤC: LỊCH CÔNG VIỆC THÁNG 8 VÀ THÁNG 9/2026"
APPENDIX_SUB = "(Kèm theo Kế hoạch số 57/KH-CCTN ngày 28/7/2026 của Công ty Cổ phần Cảng cạn Tây Nguyên)"
LEGEND = ("Mã bộ phận: KD - Phòng Kinh doanh; KT - Phòng Khai thác; KL - Xưởng Kho lạnh; TCKT - Phòng Tài chính - "
          "Kế toán. Việc ghi ở ô của ngày nào thì hoàn thành trong ngày đó; trong ngoặc vuông là mã bộ phận chủ trì, "
          "sau dấu “+” là đơn vị phối hợp.")
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

#: (year, month) -> {day: [("ev", text) | ("hol", text)]}
ENTRIES = {
    (2026, 8): {
        3: [("ev", "08:00 Họp 06 HTX chốt sản lượng, lịch cắt trái từng vườn [KD + Liên minh HTX tỉnh]")],
        7: [("ev", "Rà soát mã số vùng trồng, mã số cơ sở đóng gói của từng HTX [KD + Chi cục Trồng trọt và BVTV]")],
        12: [("ev", "Chạy thử 60 ổ cắm container lạnh, hiệu chuẩn nhiệt kế kho mát [KT]")],
        18: [("ev", "13:30 Tập huấn phân loại, đóng thùng, dán nhãn cho tổ đóng gói các HTX [KL + Trung tâm Khuyến "
                    "nông tỉnh]")],
        24: [("ev", "Nhận lô trái đầu vụ vào kho mát, lấy mẫu kiểm dịch [KL + Trạm Kiểm dịch thực vật cảng cạn]")],
        27: [("ev", "Mở tờ khai, soi chiếu, niêm phong 08 container chuyến đầu [KT + Hải quan cảng cạn]")],
        29: [("ev", "05:00 Xuất chuyến đầu đi cửa khẩu Hữu Nghị, theo dõi nhiệt độ suốt hành trình [KT]")],
    },
    (2026, 9): {
        2: [("hol", "Nghỉ lễ Quốc khánh")],
        7: [("ev", "Đối chiếu sản lượng, phí dịch vụ tháng 8 với từng HTX [TCKT]")],
        15: [("ev", "Kiểm tra giữa vụ nhiệt độ, độ ẩm kho mát và sổ theo dõi lô hàng [KL + KT]")],
        30: [("ev", "14:00 Tổng kết vụ, lấy ý kiến các HTX về chất lượng dịch vụ [KD + Liên minh HTX tỉnh]")],
    },
}


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def month_grid(year: int, month: int) -> list[str]:
    """One month as a shared calendar's month view prints it: weeks from Monday, days outside the month in grey."""
    out = ['<div class="month">', f'<h4>Tháng {month}/{year}</h4>', '<table class="cal">',
           '<thead><tr>' + "".join(f'<th>{e(d)}</th>' for d in WEEKDAYS) + '</tr></thead>', '<tbody>']
    entries = ENTRIES[(year, month)]
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append(f'<td class="out"><p class="d">{day.day}</p></td>')
                continue
            inner = [f'<p class="d">{day.day}</p>']
            inner += [f'<p class="{kind}">{e(text)}</p>' for kind, text in entries.get(day.day, [])]
            cells.append('<td>' + "".join(inner) + '</td>')
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-CCTN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += ['<div class="appendix">', f'<p class="title">{e(APPENDIX_TITLE)}</p>', f'<p class="sub">{e(APPENDIX_SUB)}</p>',
            f'<p class="legend">{e(LEGEND)}</p>']
    for year, month in ENTRIES:
        out += month_grid(year, month)
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


#: the dates written into the PDF instead of the time of printing: the plan's, 16:20 in Việt Nam
PDF_DATE = b"D:20260728162000+07'00'"


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
