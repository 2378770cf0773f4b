"""Write b_ha-noi_3958-KH-STC-2025_ke-hoach-tong-ket-de-cuong.pdf, the twenty-fifth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen25/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen25/make_pdf.py --html-only

A Sở Tài chính's plan for a FIVE-YEAR REVIEW (tổng kết, September 2025): I. purposes, II. what the review covers (not
tasks), III. the form and the timetable of the review as a "-" list of stages with dates, IV. numbered paragraphs of
who does what; the signature beside "Nơi nhận"; then, on a new page, the ĐỀ CƯƠNG BÁO CÁO (the report's outline: I.,
II., III. and their points, not tasks). No table.

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
STEM = "b_ha-noi_3958-KH-STC-2025_ke-hoach-tong-ket-de-cuong"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-align: center; margin: 0 0 4pt; }
.brk { break-before: page; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HÀ NỘI", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 3958/KH-STC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 10 tháng 9 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổng kết 05 năm thực hiện Chương trình phát triển kinh tế tập thể, hợp tác xã của Thành phố giai đoạn 2021 - 2025"

# "h" a section heading, "s" a subheading, "p" a paragraph, "brk" the outline's first line on a new page, "c" centred
BODY = [
    ("p", "Được Ủy ban nhân dân Thành phố giao làm cơ quan đầu mối tổng kết giai đoạn 2021 - 2025 và đề xuất nhiệm vụ "
          "giai đoạn 2026 - 2030, Sở Tài chính xây dựng Kế hoạch tổng kết cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đánh giá đúng, khách quan kết quả 05 năm; chỉ ra những việc chưa làm được sau khi sắp xếp chính quyền địa "
          "phương hai cấp; số liệu thống nhất đến ngày 30/9/2025 giữa các cơ quan."),
    ("h", "II. NỘI DUNG TỔNG KẾT"),
    ("p", "Kết quả thành lập, củng cố hợp tác xã, tổ hợp tác; việc thực hiện các chính sách hỗ trợ của Trung ương và "
          "Thành phố; vai trò của Liên minh Hợp tác xã Thành phố; bài học kinh nghiệm và đề xuất (theo Đề cương kèm "
          "theo)."),
    ("h", "III. HÌNH THỨC VÀ TIẾN ĐỘ"),
    ("p", "- Tổng kết bằng văn bản ở các sở, ngành và cấp xã; Thành phố tổ chức Hội nghị tổng kết trong tháng 12/2025, "
          "kết hợp khen thưởng tập thể, cá nhân có thành tích."),
    ("p", "- Hạn nhận báo cáo của các cơ quan, đơn vị: ngày 20/10/2025; dự thảo báo cáo tổng kết của Thành phố hoàn "
          "thành trước ngày 15/11/2025."),
    ("h", "IV. PHÂN CÔNG"),
    ("p", "1. Phòng Quản lý doanh nghiệp và kinh tế tập thể (Sở Tài chính) là đầu mối: xây dựng dự thảo báo cáo tổng "
          "kết của Thành phố trình Ủy ban nhân dân Thành phố trước ngày 15/11/2025; tham mưu tổ chức Hội nghị tổng kết "
          "trong tháng 12/2025."),
    ("p", "2. Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Khoa học và Công nghệ báo cáo kết quả thực hiện các chính "
          "sách hỗ trợ hợp tác xã thuộc lĩnh vực ngành quản lý, gửi Sở Tài chính trước ngày 20/10/2025."),
    ("p", "3. Ủy ban nhân dân các xã, phường tổng kết trên địa bàn, gửi báo cáo và biểu số liệu về Sở Tài chính trước "
          "ngày 20/10/2025."),
    ("p", "4. Đề nghị Liên minh Hợp tác xã Thành phố phối hợp với Sở Tài chính đánh giá vai trò tư vấn, hỗ trợ của hệ "
          "thống Liên minh; chủ trì lựa chọn 10 hợp tác xã điển hình báo cáo tham luận tại Hội nghị, hoàn thành trong "
          "tháng 11/2025."),
    ("p", "5. Sở Nội vụ hướng dẫn hồ sơ, thủ tục đề nghị khen thưởng tổng kết giai đoạn 2021 - 2025; thẩm định, trình "
          "Chủ tịch Ủy ban nhân dân Thành phố khen thưởng trước ngày 05/12/2025."),
    ("p", "6. Phòng Kế hoạch - Tài chính (Sở Tài chính) bố trí kinh phí tổ chức Hội nghị từ dự toán năm 2025 của Sở, "
          "thực hiện ngay sau khi Kế hoạch được ban hành."),
    ("p", "7. Ngân hàng Nhà nước Chi nhánh Khu vực 1 cung cấp số liệu dư nợ cho vay hợp tác xã, tổ hợp tác giai đoạn "
          "2021 - 2025 cho Sở Tài chính trước ngày 15/10/2025."),
    ("p", "8. Văn phòng Sở chuẩn bị hội trường, tài liệu, khánh tiết phục vụ Hội nghị tổng kết, phối hợp với Trung tâm "
          "Báo chí Thành phố đưa tin về Hội nghị."),
    ("p", "Trong quá trình thực hiện, có vướng mắc đề nghị phản ánh về Sở Tài chính (qua Phòng Quản lý doanh nghiệp và "
          "kinh tế tập thể) để phối hợp giải quyết./."),
]

OUTLINE = [
    ("brk", "ĐỀ CƯƠNG BÁO CÁO"),
    ("c", "Tổng kết 05 năm thực hiện Chương trình phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025"),
    ("c", "(Kèm theo Kế hoạch số 3958/KH-STC ngày 10/9/2025 của Sở Tài chính)"),
    ("s", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
    ("p", "1. Việc ban hành văn bản chỉ đạo, hướng dẫn của cơ quan, đơn vị."),
    ("p", "2. Công tác tuyên truyền, phổ biến Luật Hợp tác xã năm 2023."),
    ("s", "II. KẾT QUẢ THỰC HIỆN"),
    ("p", "1. Số lượng, chất lượng tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã (so sánh năm 2020 và năm 2025)."),
    ("p", "2. Kết quả thực hiện từng chính sách hỗ trợ: đối tượng, kinh phí, hiệu quả."),
    ("p", "3. Tồn tại, hạn chế và nguyên nhân."),
    ("s", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030 VÀ KIẾN NGHỊ"),
    ("p", "Nêu mục tiêu, giải pháp chủ yếu và kiến nghị cụ thể với Trung ương, với Thành phố."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND Thành phố (để b/c);", "- Các sở: NN&MT, CT, KH&CN, NV;", "- LMHTX Thành phố;",
            "- NHNN Chi nhánh KV1;", "- UBND các xã, phường;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLDN&KTTT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lưu Minh Khuê", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20250910152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 3958/KH-STC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    for kind, text in OUTLINE:
        out.append({"brk": f'<p class="c b brk">{e(text)}</p>', "c": f'<p class="c i">{e(text)}</p>',
                    "s": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
