"""Write b_bac-trung-bo_86-KH-HHQTD-2025_quy-tin-dung-dia-ban-sau-sap-xep-xa.pdf, the hundred-and-seventy-seventh
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen177/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen177/make_pdf.py --html-only

The national association of people's credit funds (Hiệp hội Quỹ tín dụng nhân dân Việt Nam, August 2025) helping its
member funds in three provinces of the North Central region bring their operating areas and charters into line with
the communes and wards merged on 1 July 2025: the opening, I. purposes, II. a bordered MILESTONE TABLE whose first
column is a CIRCLED NUMBER (①–⑤), each milestone a date and the result due by it, III. a sentence saying that the
work's times are the milestones, then one bordered task table TT | Việc | Đơn vị làm | Cùng làm | Mốc whose time cell
NAMES A MILESTONE instead of printing a date ("①", "trước ②", "① - ②", "sau ④", "Hằng tuần, đến ⑤"), IV. two numbered
requests to the member funds, one timed by a milestone; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the circled numbers from DejaVu Sans).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_bac-trung-bo_86-KH-HHQTD-2025_quy-tin-dung-dia-ban-sau-sap-xep-xa"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif", "DejaVu Sans"; font-size: 12pt; line-height: 1.4; }
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
table.tasks td.m { text-align: center; font-family: "DejaVu Sans"; font-size: 12pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HIỆP HỘI QUỸ TÍN DỤNG", "b"), ("NHÂN DÂN VIỆT NAM", "b"), ("Số: 86/KH-HHQTD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 11 tháng 8 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ các quỹ tín dụng nhân dân thành viên khu vực Bắc Trung Bộ điều chỉnh địa bàn hoạt động, sửa đổi "
            "Điều lệ sau khi sắp xếp đơn vị hành chính cấp xã")

BEFORE = [
    ("p", "Từ ngày 01/7/2025, các xã, phường của ba tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh được sắp xếp lại và không còn cấp "
          "huyện. Địa bàn hoạt động ghi trong giấy phép và Điều lệ của 61 quỹ tín dụng nhân dân (QTDND) là thành viên "
          "Hiệp hội ở ba tỉnh vẫn mang tên các xã, phường cũ; 23 quỹ nay có địa bàn nằm trong hai hoặc ba xã mới, 4 "
          "quỹ có hai quỹ cùng hoạt động trong một xã mới. Để các quỹ hoàn tất thủ tục trong năm 2025 mà không gián "
          "đoạn việc huy động vốn, cho vay thành viên, Hiệp hội Quỹ tín dụng nhân dân Việt Nam (sau đây gọi là Hiệp "
          "hội) đặt ra các mốc và phân công như sau."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mỗi quỹ có địa bàn hoạt động ghi đúng tên xã, phường mới, được Ngân hàng Nhà nước chấp thuận trước cuối "
          "năm 2025."),
    ("p", "- Thành viên của quỹ không phải làm lại hồ sơ vay, hồ sơ gửi tiền vì thay đổi tên địa bàn; không quỹ nào "
          "vượt địa bàn khi chưa được chấp thuận."),
    ("h", "II. CÁC MỐC PHẢI ĐẠT"),
]

MILESTONE_COLUMNS = ["Mốc", "Ngày", "Kết quả phải có tại mốc"]
MILESTONE_WIDTHS = [9, 17, 74]
MILESTONES = [
    ("①", "29/8/2025", "Danh sách 61 quỹ, địa bàn cũ và địa bàn mới dự kiến của từng quỹ"),
    ("②", "19/9/2025", "Các quỹ thông qua Điều lệ sửa đổi tại Đại hội thành viên (hoặc lấy ý kiến thành viên bằng văn "
                       "bản)"),
    ("③", "10/10/2025", "Toàn bộ hồ sơ đề nghị sửa đổi nội dung giấy phép đã gửi Ngân hàng Nhà nước"),
    ("④", "14/11/2025", "Các quỹ nhận văn bản chấp thuận; biển hiệu, mẫu biểu, hợp đồng mẫu mang tên địa bàn mới"),
    ("⑤", "26/12/2025", "Tổng kết, báo cáo Ngân hàng Nhà nước Việt Nam"),
]

BETWEEN = [
    ("h", "III. PHÂN CÔNG"),
    ("p", "Cột “Mốc” ghi thời hạn theo các mốc ở mục II: việc phải xong trước ngày của mốc ghi trong cột; hai mốc "
          "nối bằng gạch ngang là việc làm trong khoảng giữa hai mốc."),
]

COLUMNS = ["TT", "Việc", "Đơn vị làm", "Cùng làm", "Mốc"]
WIDTHS = [5, 42, 20, 21, 12]
ROWS = [
    ("1", "Đối chiếu tên xã, phường cũ và mới ghi trong giấy phép của từng quỹ; đánh dấu các quỹ có địa bàn thuộc từ "
          "hai xã mới trở lên", "Ban Nghiệp vụ", "Văn phòng đại diện tại Nghệ An", "①"),
    ("2", "Soạn mẫu Điều lệ sửa đổi, mẫu tờ trình và nghị quyết Đại hội thành viên, gửi các quỹ qua thư điện tử và "
          "nhóm trao đổi của Hiệp hội", "Ban Pháp chế - Kiểm tra", "", "trước ②"),
    ("3", "Tập huấn trực tuyến hai buổi cho Chủ tịch Hội đồng quản trị, Giám đốc, Trưởng Ban kiểm soát các quỹ về "
          "trình tự sửa Điều lệ, hồ sơ đề nghị chấp thuận", "Trung tâm Đào tạo và Tư vấn",
     "Ngân hàng Nhà nước Chi nhánh Khu vực 8", "① - ②"),
    ("4", "Cử cán bộ dự, hướng dẫn Đại hội thành viên bất thường tại 23 quỹ có địa bàn thay đổi nhiều",
     "Văn phòng đại diện tại Nghệ An", "", "②"),
    ("5", "Xem lại hồ sơ trước khi quỹ nộp; trả lời bằng văn bản trong 03 ngày làm việc", "Ban Pháp chế - Kiểm tra",
     "", "trước ③"),
    ("6", "Làm việc với Ngân hàng Hợp tác xã về điều hòa vốn, tài khoản tiền gửi của các quỹ mang tên địa bàn mới",
     "Ban Nghiệp vụ", "Ngân hàng Hợp tác xã Việt Nam", "③ - ④"),
    ("7", "Cập nhật thông tin tổ chức tham gia bảo hiểm tiền gửi, thay giấy chứng nhận và bản niêm yết tại trụ sở các "
          "quỹ", "Ban Nghiệp vụ", "Bảo hiểm tiền gửi Việt Nam - Chi nhánh Bắc Trung Bộ", "sau ④"),
    ("8", "Cập nhật danh mục địa bàn trên phần mềm nghiệp vụ dùng chung, in lại mẫu sổ tiết kiệm, khế ước vay",
     "Trung tâm Tin học", "các quỹ thành viên", "④"),
    ("9", "Tổng hợp vướng mắc của các quỹ, báo cáo Thường trực Hiệp hội", "Văn phòng Hiệp hội", "",
     "Hằng tuần, đến ⑤"),
    ("10", "Sơ kết, đánh giá từng quỹ; báo cáo Ngân hàng Nhà nước Việt Nam và đề xuất bài học cho các khu vực khác",
     "Văn phòng Hiệp hội", "Ban Nghiệp vụ", "⑤"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ CÁC QUỸ TÍN DỤNG NHÂN DÂN THÀNH VIÊN"),
    ("p", "1. Cử một cán bộ làm đầu mối, báo họ tên, số điện thoại về Văn phòng đại diện tại Nghệ An trước ngày "
          "20/8/2025."),
    ("p", "2. Triệu tập Đại hội thành viên bất thường hoặc lấy ý kiến thành viên bằng văn bản để thông qua Điều lệ "
          "sửa đổi, xong theo mốc ②; quỹ nào chưa kịp phải báo ngay để Hiệp hội cử người hỗ trợ."),
    ("p", "Vướng mắc trong quá trình thực hiện, các quỹ liên hệ Văn phòng đại diện tại Nghệ An (điện thoại "
          "0238.3 845 216) hoặc Ban Nghiệp vụ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Ngân hàng Nhà nước Việt Nam (b/c);", "- NHNN Chi nhánh Khu vực 8;",
            "- Ngân hàng Hợp tác xã Việt Nam;", "- BHTGVN Chi nhánh Bắc Trung Bộ;", "- 61 QTDND thành viên;",
            "- Thường trực Hiệp hội;", "- Lưu: VT, NV."]
SIGN = [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Trương Văn Hiển", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20250811150000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def table(widths, columns, rows, centred, milestone) -> list[str]:
    out = table_start(widths, columns)
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = ' class="m"' if i == milestone else ' class="c"' if i in centred else ""
            cells.append(f'<td{cls}>{e(value)}</td>')
        out.append('<tr>' + "".join(cells) + '</tr>')
    return out + ['</tbody>', '</table>']


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-HHQTD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table(MILESTONE_WIDTHS, MILESTONE_COLUMNS, MILESTONES, centred=(1,), milestone=0)
    out += [paragraph(kind, text) for kind, text in BETWEEN]
    out += table(WIDTHS, COLUMNS, ROWS, centred=(0,), milestone=4)
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
