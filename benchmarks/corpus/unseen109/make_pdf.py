"""Write b_quang-ninh_05-KH-BCD-2026_ban-chi-dao-ktt-phan-cong-thanh-vien.pdf, the hundred-and-ninth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen109/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen109/make_pdf.py --html-only

A provincial steering committee's yearly plan (January 2026): the committee's header under the province, I. aims,
II. the members' duties by the agency each member comes from ("Thành viên là lãnh đạo Sở …:" over "-" lines), III. a
bordered table of the year's meetings (time | content | body preparing it | who attends), IV. the helping team's
work, the signature of the head of the committee beside "Nơi nhận".

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
STEM = "b_quang-ninh_05-KH-BCD-2026_ban-chi-dao-ktt-phan-cong-thanh-vien"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; font-weight: normal; text-decoration: underline; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH QUẢNG NINH", ""), ("BAN CHỈ ĐẠO PHÁT TRIỂN", "b"), ("KINH TẾ TẬP THỂ TỈNH", "b"),
             ("Số: 05/KH-BCĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ninh, ngày 16 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hoạt động của Ban Chỉ đạo phát triển kinh tế tập thể tỉnh năm 2026"

# "h" a section heading, "s" a member's heading, "p" a paragraph
BEFORE = [
    ("p", "Căn cứ Quyết định số 3318/QĐ-UBND ngày 21/10/2025 của UBND tỉnh kiện toàn Ban Chỉ đạo "
          "phát triển kinh tế tập thể tỉnh Quảng Ninh và Quy chế làm việc của Ban Chỉ đạo, Trưởng Ban Chỉ đạo ban "
          "hành Kế hoạch hoạt động năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mỗi thành viên Ban Chỉ đạo nắm chắc tình hình hợp tác xã thuộc lĩnh vực ngành mình phụ trách, kịp thời "
          "tháo gỡ vướng mắc cho các hợp tác xã ở vùng biển đảo, vùng đồng bào dân tộc thiểu số; các phiên họp có "
          "nội dung, có kết luận rõ ràng."),
    ("h", "II. NHIỆM VỤ CỦA CÁC THÀNH VIÊN"),
    ("s", "1. Thành viên là lãnh đạo Sở Tài chính (Phó Trưởng ban thường trực):"),
    ("p", "- Chỉ đạo cơ quan thường trực theo dõi số lượng, tình hình hoạt động của hợp tác xã, cập nhật hằng quý vào "
          "Hệ thống thông tin quốc gia về hợp tác xã."),
    ("p", "- Tham mưu đưa vốn hỗ trợ HTX năm 2027 vào dự toán ngân sách tỉnh, xong trước 30/10/2026."),
    ("s", "2. Thành viên là lãnh đạo Sở Nông nghiệp và Môi trường:"),
    ("p", "- Chỉ đạo Chi cục Thủy sản, Kiểm ngư và Chi cục Phát triển nông thôn hỗ trợ 12 hợp tác xã nuôi hà, "
          "ngao, sá sùng ở Vân Đồn, Cô Tô hoàn thiện hồ sơ giao khu vực biển; trong 6 tháng đầu năm."),
    ("s", "3. Thành viên là lãnh đạo Liên minh Hợp tác xã tỉnh:"),
    ("p", "- Chủ động phối hợp với Sở Dân tộc và Tôn giáo khảo sát, hỗ trợ thành lập mới hợp tác xã ở các xã đặc "
          "biệt khó khăn của Bình Liêu, Ba Chẽ; báo cáo kết quả tại phiên họp quý III."),
    ("s", "4. Thành viên là lãnh đạo Sở Công Thương:"),
    ("p", "- Đưa sản phẩm OCOP của hợp tác xã vào các điểm bán hàng tại cửa khẩu Móng Cái và khu du lịch Bãi Cháy, "
          "quý II/2026."),
    ("h", "III. LỊCH HỌP CỦA BAN CHỈ ĐẠO"),
]

COLUMNS = ["Thời gian", "Nội dung", "Đơn vị chuẩn bị", "Thành phần"]
WIDTHS = [14, 44, 20, 22]
ROWS = [
    ("Tháng 3/2026", "Họp triển khai nhiệm vụ năm 2026", "Sở Tài chính", "Toàn thể Ban Chỉ đạo"),
    ("Tháng 7/2026", "Sơ kết 6 tháng; nghe báo cáo về hợp tác xã biển đảo", "Sở Tài chính, Sở Nông nghiệp và Môi "
     "trường", "Toàn thể Ban Chỉ đạo, mời UBND đặc khu Vân Đồn"),
    ("Tháng 12/2026", "Tổng kết năm, khen thưởng hợp tác xã tiêu biểu", "Liên minh Hợp tác xã tỉnh",
     "Toàn thể Ban Chỉ đạo, đại diện 20 hợp tác xã"),
]

AFTER = [
    ("h", "IV. TỔ GIÚP VIỆC"),
    ("p", "Tổ giúp việc Ban Chỉ đạo (đặt tại Sở Tài chính) dự thảo báo cáo, kết luận của mỗi phiên họp, gửi các thành "
          "viên chậm nhất 05 ngày làm việc sau phiên họp; theo dõi việc thực hiện kết luận và báo cáo Trưởng ban."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch UBND tỉnh (b/c);", "- Thành viên BCĐ;",
            "- Tổ giúp việc BCĐ;", "- Lưu: VT, BCĐ."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("PHÓ CHỦ TỊCH UBND TỈNH", "i"),
        ("Lương Thị Hảo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260116091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 05/KH-BCĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    para = {"h": '<h3>{}</h3>', "s": '<h4>{}</h4>', "p": '<p class="t">{}</p>'}
    for kind, text in BEFORE:
        out.append(para[kind].format(e(text)))
    out.append('<table class="tasks">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    for kind, text in AFTER:
        out.append(para[kind].format(e(text)))
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
