"""Write b_ha-tinh_52-KH-BNCTU-2026_khao-sat-kinh-phi-ho-tro-htx.pdf, the hundred-and-forty-third held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen143/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen143/make_pdf.py --html-only

A provincial Party committee's internal-affairs board's plan (Ban Nội chính Tỉnh ủy, October 2026) to survey how the
support money for cooperatives and cooperative groups has been managed (preventing corruption, waste and negativity):
the Party header ("TỈNH ỦY HÀ TĨNH / BAN NỘI CHÍNH / *", "Số 52-KH/BNCTU" without a colon, "ĐẢNG CỘNG SẢN VIỆT NAM" on
the right), I. purposes, II. content with a bordered CALENDAR TABLE of the survey team's working sessions (Thời gian |
Đơn vị làm việc | Thành phần — no tasks), III. ten numbered tasks, some with the doer first, some with the DOER IN
BRACKETS AT THE END ("… trước ngày 02/11/2026 (Thanh tra tỉnh chủ trì, phối hợp Công an tỉnh)."), one opening on the
team it sets up; the signature "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" beside a Party-style "Nơi nhận" (commas).

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
STEM = "b_ha-tinh_52-KH-BNCTU-2026_khao-sat-kinh-phi-ho-tro-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.u { font-weight: bold; text-decoration: underline; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; font-weight: bold; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.cal { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 8pt; }
table.cal th, table.cal td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TỈNH ỦY HÀ TĨNH", "b"), ("BAN NỘI CHÍNH", "b"), ("*", ""), ("Số 52-KH/BNCTU", "")]
HEAD_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "u"), ("", ""), ("", ""), ("Hà Tĩnh, ngày 14 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("khảo sát công tác phòng, chống tham nhũng, lãng phí, tiêu cực trong quản lý, sử dụng kinh phí hỗ trợ "
            "hợp tác xã, tổ hợp tác giai đoạn 2024 - 2026")

INTRO = [
    ("p", "Thực hiện nhiệm vụ Ban Thường vụ Tỉnh ủy giao tại Chương trình kiểm tra, giám sát năm 2026 và ý kiến chỉ đạo "
          "của Thường trực Tỉnh ủy về rà soát các chính sách hỗ trợ kinh tế tập thể, Ban Nội chính Tỉnh ủy ban hành Kế hoạch khảo sát với "
          "các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nắm tình hình quản lý, sử dụng kinh phí ngân sách hỗ trợ hợp tác xã, tổ hợp tác (đào tạo, xúc tiến thương "
          "mại, hạ tầng, chế biến) giai đoạn 2024 - 2026; phát hiện sơ hở, nguy cơ tham nhũng, lãng phí, tiêu cực để "
          "tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo khắc phục. Khảo sát khách quan, không gây phiền hà cho cơ sở."),
    ("h", "II. NỘI DUNG, ĐỐI TƯỢNG, LỊCH KHẢO SÁT"),
    ("p", "Nội dung: việc lập, phân bổ dự toán; lựa chọn hợp tác xã thụ hưởng; thanh toán, quyết toán; quản lý tài sản "
          "hình thành từ nguồn hỗ trợ; công khai, minh bạch và việc giải quyết phản ánh, kiến nghị. Đoàn làm việc trực "
          "tiếp theo lịch sau:"),
]

CALENDAR_HEAD = ["Thời gian", "Đơn vị làm việc", "Thành phần"]
CALENDAR = [
    ("Sáng 04/11/2026", "Sở Tài chính", "Lãnh đạo Sở, Phòng Tài chính doanh nghiệp và kinh tế tập thể"),
    ("Chiều 05/11/2026", "Sở Nông nghiệp và Môi trường", "Lãnh đạo Sở, Chi cục Phát triển nông thôn"),
    ("Ngày 10/11/2026", "Xã Cẩm Xuyên", "Thường trực Đảng ủy, UBND xã, 02 hợp tác xã"),
    ("Ngày 12/11/2026", "Xã Thạch Hà", "Thường trực Đảng ủy, UBND xã, 02 hợp tác xã"),
    ("Sáng 13/11/2026", "Liên minh Hợp tác xã tỉnh", "Thường trực Liên minh, Quỹ hỗ trợ phát triển HTX"),
]

TASKS = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thành lập Đoàn khảo sát do đồng chí Phó Trưởng Ban Nội chính Tỉnh ủy làm Trưởng đoàn, thành viên là đại "
          "diện Ban Nội chính Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, Sở Tài chính, Thanh tra tỉnh. Phòng Nghiệp vụ 1 tham "
          "mưu Quyết định thành lập Đoàn, trình Trưởng Ban trước ngày 22/10/2026."),
    ("p", "2. Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Sở Tài chính, Thanh tra tỉnh cử mỗi đơn vị 01 đồng chí tham gia Đoàn, "
          "gửi danh sách về Ban Nội chính Tỉnh ủy trước 20/10/2026."),
    ("p", "3. Phòng Nghiệp vụ 1 xây dựng đề cương báo cáo, gửi các đơn vị được khảo sát chậm nhất ngày 24/10/2026."),
    ("p", "4. Sở Tài chính, Sở Nông nghiệp và Môi trường báo cáo theo đề cương, gửi về Ban Nội chính Tỉnh ủy (qua Phòng "
          "Nghiệp vụ 1) trước ngày 31/10/2026."),
    ("p", "5. Cung cấp danh sách hợp tác xã, tổ hợp tác đã được hỗ trợ từ Quỹ hỗ trợ phát triển hợp tác xã và ngân sách "
          "tỉnh năm 2024 - 2026, kèm hồ sơ thẩm định, trước ngày 31/10/2026 (Liên minh Hợp tác xã tỉnh thực hiện)."),
    ("p", "6. Đề nghị Đảng ủy xã Cẩm Xuyên, Đảng ủy xã Thạch Hà chỉ đạo UBND xã chuẩn bị hồ sơ, tài liệu các dự án hỗ "
          "trợ hợp tác xã trên địa bàn, bố trí địa điểm làm việc với Đoàn theo lịch tại mục II."),
    ("p", "7. Tổng hợp các đơn thư, vụ việc phản ánh sai phạm trong quản lý kinh phí hỗ trợ hợp tác xã từ năm 2024 đến "
          "nay, cung cấp cho Đoàn trước ngày 02/11/2026 (Thanh tra tỉnh chủ trì, phối hợp Công an tỉnh)."),
    ("p", "8. Văn phòng Ban bảo đảm phương tiện, kinh phí phục vụ Đoàn trong thời gian khảo sát."),
    ("p", "9. Phòng Nghiệp vụ 1 dự thảo Báo cáo kết quả khảo sát, kiến nghị Ban Thường vụ Tỉnh ủy chỉ đạo khắc phục hạn "
          "chế, trình Lãnh đạo Ban trước ngày 30/11/2026."),
    ("p", "10. Sau khảo sát, theo dõi, đôn đốc các đơn vị khắc phục những hạn chế đã chỉ ra, báo cáo Thường trực Tỉnh ủy "
          "trong quý I/2027 (Phòng Nghiệp vụ 1 chủ trì; Ủy ban Kiểm tra Tỉnh ủy phối hợp)."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (để b/c),", "- Ủy ban Kiểm tra Tỉnh ủy,",
            "- Sở Tài chính, Sở NN&MT, Thanh tra tỉnh,", "- Liên minh HTX tỉnh,", "- Đảng ủy xã Cẩm Xuyên, Thạch Hà,",
            "- Các phòng thuộc Ban,", "- Lưu Văn phòng Ban."]
SIGN = [("K/T TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lê Quang Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20261014104000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 52-KH/BNCTU", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in INTRO]
    out.append('<table class="cal">')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in CALENDAR_HEAD) + '</tr></thead><tbody>')
    out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in CALENDAR]
    out.append('</tbody></table>')
    out += [paragraph(kind, text) for kind, text in TASKS]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
