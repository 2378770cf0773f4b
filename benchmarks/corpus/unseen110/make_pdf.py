"""Write b_gia-lai_412-KH-KTNN-2026_kiem-toan-kinh-phi-ho-tro-htx.pdf, the hundred-and-tenth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen110/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen110/make_pdf.py --html-only

A regional State Audit office's audit plan (March 2026): I. purposes, II. scope, III. one bordered table of the
audit's steps "Bước | Công việc | Thực hiện | Phối hợp | Thời gian" (audit teams and the team leader as doers, dates
as day ranges and a time counted from the end of each unit's audit); IV. one paragraph; the signature beside "Nơi
nhận".

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
STEM = "b_gia-lai_412-KH-KTNN-2026_kiem-toan-kinh-phi-ho-tro-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
td, th { border: 1px solid #000; padding: 3pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("KIỂM TOÁN NHÀ NƯỚC", ""), ("KIỂM TOÁN NHÀ NƯỚC KHU VỰC XIV", "b"), ("Số: 412/KH-KVXIV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 02 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH KIỂM TOÁN"
SUBTITLE = ("Chuyên đề việc phân bổ, sử dụng nguồn ngân sách hỗ trợ hợp tác xã, tổ hợp tác các năm 2023 - 2025 "
            "tại tỉnh Gia Lai")

BEFORE = [
    ("p", "Thực hiện Kế hoạch kiểm toán năm 2026 của Kiểm toán nhà nước, Kiểm toán nhà nước khu vực XIV lập Kế hoạch "
          "kiểm toán chuyên đề với các nội dung sau:"),
    ("h", "I. MỤC TIÊU KIỂM TOÁN"),
    ("p", "Đánh giá tính tuân thủ, tính kinh tế và hiệu quả của việc phân bổ, sử dụng kinh phí ngân sách hỗ trợ hợp "
          "tác xã; phát hiện sai sót để kiến nghị xử lý và hoàn thiện cơ chế."),
    ("h", "II. PHẠM VI, ĐỐI TƯỢNG"),
    ("p", "Kinh phí hỗ trợ đào tạo, xúc tiến thương mại, hạ tầng và vốn ủy thác cho vay đối với hợp tác xã các năm "
          "2023, 2024, 2025 tại Sở Tài chính, Sở Nông nghiệp và Môi trường, Quỹ hỗ trợ phát triển hợp tác xã tỉnh "
          "Gia Lai và một số hợp tác xã thụ hưởng (bao gồm địa bàn tỉnh Bình Định cũ)."),
    ("h", "III. CÁC BƯỚC THỰC HIỆN"),
]
COLUMNS = ["Bước", "Công việc", "Thực hiện", "Phối hợp", "Thời gian"]
ROWS = [
    ("1", "Khảo sát, thu thập thông tin tại Sở Tài chính và Liên minh Hợp tác xã tỉnh", "Tổ khảo sát",
     "Phòng Tổng hợp", "Từ 09/3 đến 13/3/2026"),
    ("2", "Lập Kế hoạch kiểm toán tổng quát trình Kiểm toán trưởng phê duyệt", "Trưởng Đoàn kiểm toán",
     "Phòng Tổng hợp", "Trước 20/3/2026"),
    ("3", "Kiểm toán tại Sở Tài chính (cơ quan quản lý nhà nước về kinh tế tập thể)", "Tổ kiểm toán số 1", "",
     "06/4 - 24/4/2026"),
    ("4", "Kiểm toán tại Sở Nông nghiệp và Môi trường (Chi cục Phát triển nông thôn)", "Tổ kiểm toán số 2",
     "Tổ kiểm toán số 1", "06/4 - 24/4/2026"),
    ("5", "Kiểm toán nguồn vốn ủy thác và hoạt động cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh",
     "Tổ kiểm toán số 3", "", "Tháng 4/2026"),
    ("6", "Kiểm tra, đối chiếu hồ sơ và hiện trạng tài sản tại 12 hợp tác xã được hỗ trợ",
     "Tổ kiểm toán số 2, Tổ kiểm toán số 3", "UBND các xã nơi hợp tác xã đặt trụ sở", "Tuần cuối tháng 4/2026"),
    ("7", "Lập, ký biên bản kiểm toán tại từng đơn vị", "Tổ trưởng các Tổ kiểm toán", "",
     "Chậm nhất 03 ngày làm việc sau khi kết thúc kiểm toán tại đơn vị"),
    ("8", "Dự thảo Báo cáo kiểm toán, tổ chức xét duyệt", "Trưởng Đoàn kiểm toán", "Phòng Tổng hợp",
     "Tháng 5/2026"),
    ("9", "Kiểm soát chất lượng kiểm toán", "Phòng Tổng hợp", "", "Trong suốt quá trình kiểm toán"),
]
AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng Đoàn kiểm toán chịu trách nhiệm trước Kiểm toán trưởng về tiến độ, chất lượng cuộc kiểm toán; các đơn "
          "vị được kiểm toán cung cấp đầy đủ hồ sơ theo yêu cầu của Đoàn."),
]

NOI_NHAN = ["Nơi nhận:", "- Tổng Kiểm toán nhà nước (b/c);", "- Vụ Tổng hợp;", "- UBND tỉnh Gia Lai;",
            "- Các đơn vị được kiểm toán;", "- Đoàn kiểm toán;", "- Lưu: VT, TH."]
SIGN = [("KIỂM TOÁN TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Quang Thuấn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20260302140000+07'00'"


def _block(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch kiểm toán 412/KH-KVXIV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += _block(BEFORE)
    out.append("<table>")
    out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in COLUMNS) + "</tr>")
    for row in ROWS:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    out += _block(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
