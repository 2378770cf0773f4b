"""Write b_phu-tho_215-KH-TGTX-2026_trai-giam-day-nghe-htx.pdf, the hundred-and-thirty-fourth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen134/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen134/make_pdf.py --html-only

A prison's plan (Trại giam, under the Ministry of Public Security; March 2026) with cooperatives that teach a trade to,
and take on, inmates about to finish their sentences: I. purposes and figures, II. ONE BORDERED TABLE TT | Nội dung
công việc | Phân công, tiến độ whose last cell holds LABELLED LINES ("Chủ trì: …", "Phối hợp: …", "Thời gian: …"; once
"Thực hiện: …", once lead and partner on one line "Chủ trì: …; phối hợp: …", one cell without "Phối hợp"), III.
funding, IV. the closing sentence; the signature beside "Nơi nhận", the signer's name after his rank.

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
STEM = "b_phu-tho_215-KH-TGTX-2026_trai-giam-day-nghe-htx"
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
table.work { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.work th, table.work td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.work th { text-align: center; }
table.work td.n { text-align: center; }
table.work td p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ CÔNG AN", ""), ("TRẠI GIAM THANH XUYÊN", "b"), ("Số: 215/KH-TGTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Thọ, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phối hợp với hợp tác xã dạy nghề, nhận vào làm việc phạm nhân sắp chấp hành xong án phạt tù "
            "năm 2026")

BEFORE = [
    ("p", "Thực hiện hướng dẫn của Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng về chuẩn "
          "bị cho phạm nhân trở về địa phương có nghề, có việc làm, Trại giam Thanh Xuyên lập Kế hoạch phối hợp với các "
          "hợp tác xã trên địa bàn tỉnh Phú Thọ như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Năm 2026 dự kiến có khoảng 180 phạm nhân của Trại hết hạn chấp hành án. Phấn đấu ít nhất 60 người được học "
          "một nghề ngắn hạn và 30 người có chỗ làm ở hợp tác xã ngay khi ra trại. Việc phối hợp phải đúng quy định về "
          "quản lý, giáo dục phạm nhân; thông tin cá nhân của phạm nhân chỉ cung cấp cho hợp tác xã trong phạm vi cần "
          "thiết."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
]

COLUMNS = ["TT", "Nội dung công việc", "Phân công, tiến độ"]
WIDTHS = [7, 55, 38]
ROWS = [
    ("Lập danh sách phạm nhân hết hạn chấp hành án trong năm 2026 có nhu cầu học nghề, tìm việc làm, chia theo nơi "
     "về cư trú",
     ["Chủ trì: Đội Giáo dục - Hồ sơ", "Phối hợp: Phân trại số 1, Phân trại số 2", "Thời gian: trước 31/3/2026"]),
    ("Ký thỏa thuận dạy nghề và nhận người lao động với HTX Mây tre đan Phú Lộc và HTX Nấm sạch Thanh Ba",
     ["Chủ trì: Ban Giám thị (Phó Giám thị phụ trách giáo dục)", "Phối hợp: Liên minh Hợp tác xã tỉnh Phú Thọ",
      "Thời gian: tháng 4/2026"]),
    ("Mở 02 lớp đan mây tre (03 tháng/lớp) tại xưởng của Phân trại số 1, thợ của hợp tác xã trực tiếp dạy",
     ["Chủ trì: Đội Kế hoạch - Kỹ thuật - Lao động", "Phối hợp: HTX Mây tre đan Phú Lộc; Phân trại số 1",
      "Thời gian: quý II và quý III/2026"]),
    ("Mở 01 lớp trồng nấm rơm, nấm sò cho phạm nhân nữ",
     ["Thực hiện: Phân trại số 2 (HTX Nấm sạch Thanh Ba cử kỹ thuật viên)", "Thời gian: tháng 6 - tháng 8/2026"]),
    ("Kiểm tra, cấp chứng chỉ sơ cấp cho phạm nhân học xong",
     ["Chủ trì: Đội Giáo dục - Hồ sơ; phối hợp: Trường Trung cấp nghề Thanh Xuyên", "Thời gian: sau mỗi khóa học"]),
    ("Tổ chức ngày hội việc làm trong Trại: hợp tác xã giới thiệu chỗ làm, phỏng vấn phạm nhân còn dưới 06 tháng "
     "chấp hành án",
     ["Chủ trì: Đội Giáo dục - Hồ sơ", "Phối hợp: Trung tâm Dịch vụ việc làm tỉnh, Liên minh Hợp tác xã tỉnh Phú Thọ",
      "Thời gian: 15/9/2026"]),
    ("Gửi danh sách người được hợp tác xã nhận vào làm cho Công an xã, UBND xã nơi người đó về cư trú",
     ["Chủ trì: Đội Giáo dục - Hồ sơ", "Thời gian: khi hợp tác xã xác nhận nhận người"]),
    ("Nắm tình hình người đã ra trại làm việc tại hợp tác xã, phối hợp giải quyết khi có vi phạm",
     ["Chủ trì: Đội Trinh sát", "Phối hợp: Công an các xã nơi có hợp tác xã nhận người", "Thời gian: thường xuyên"]),
    ("Sơ kết, báo cáo Cục kết quả phối hợp với hợp tác xã năm 2026",
     ["Chủ trì: Đội Tham mưu - Hậu cần", "Phối hợp: các đội, phân trại", "Thời gian: trước 15/12/2026"]),
]

AFTER = [
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí dạy nghề chi từ dự toán giáo dục, dạy nghề cho phạm nhân năm 2026 của Trại; hợp tác xã tự lo nguyên "
          "liệu, dụng cụ cho thợ dạy và được nhận sản phẩm làm ra trong giờ học theo thỏa thuận."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đội, phân trại báo cáo Ban Giám thị (qua Đội Tham mưu - Hậu "
          "cần) để chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục C10 (b/c);", "- Liên minh HTX tỉnh Phú Thọ;", "- HTX Mây tre đan Phú Lộc, HTX Nấm sạch "
            "Thanh Ba;", "- Các đội, phân trại (t/h);", "- Lưu: VT, GDHS."]
SIGN = [("KT. GIÁM THỊ", "b"), ("PHÓ GIÁM THỊ", "b"), ("", ""), ("", ""), ("", ""),
        ("Thượng tá Lê Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260309143000+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 215/KH-TGTX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out.append('<table class="work">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for n, (work, lines) in enumerate(ROWS, 1):
        out.append(f'<tr><td class="n">{n}</td><td>{e(work)}</td><td>'
                   + "".join(f'<p>{e(line)}</p>' for line in lines) + '</td></tr>')
    out.append('</tbody></table>')
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
