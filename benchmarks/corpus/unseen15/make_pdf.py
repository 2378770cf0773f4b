"""Write d_an-giang_1874-HD-STC-2026_huong-dan-trinh-tu-cac-buoc.pdf, the fifteenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen15/make_pdf.py            # writes sources/d_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen15/make_pdf.py --html-only

A HƯỚNG DẪN of a Sở (November 2026, after An Giang and Kiên Giang were merged): the guidance a Sở Tài chính sends on
how the province's support to cooperatives is budgeted, applied for and paid. It is no plan, but it still assigns
work: II. who draws up the estimates and by when, IV. each body's duty. Between them, III. sets out the documents an
application needs and the PROCEDURE in steps ("Bước 1: …" … "Bước 4: …"), each step naming a body and a time in
working days: the rule every application follows, not a task of this year's work.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, which
records the time of printing as the PDF's creation and modification dates: ``pdf_from_html.fixed_dates`` overwrites both with the
Hướng dẫn's own date and time (a string of the same length, so the cross-reference offsets stay right), and with that
two runs give the same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "d_an-giang_1874-HD-STC-2026_huong-dan-trinh-tu-cac-buoc"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 38% 62%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.s { margin: 0 0 4pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH AN GIANG", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 1874/HD-STC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("An Giang, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "HƯỚNG DẪN"
SUBTITLE = "Lập dự toán và thực hiện hỗ trợ hợp tác xã, tổ hợp tác từ ngân sách tỉnh năm 2027"

# ("h", a section heading) | ("p", a paragraph) | ("s", a step of the procedure, indented)
BODY = [
    ("p", "Căn cứ Nghị quyết số 12/2026/NQ-HĐND ngày 15/7/2026 của Hội đồng nhân dân tỉnh quy định chính sách "
          "khuyến khích hợp tác xã, tổ hợp tác của tỉnh An Giang giai đoạn 2026 - 2030 (sau đây gọi là "
          "Nghị quyết số 12/2026/NQ-HĐND), Sở Tài chính hướng dẫn việc lập dự toán, hồ sơ và trình tự hỗ trợ năm 2027 "
          "như sau:"),
    ("h", "I. PHẠM VI, ĐỐI TƯỢNG"),
    ("p", "1. Hướng dẫn này áp dụng đối với hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác đã đăng ký hoạt động trên địa "
          "bàn tỉnh, kể cả các đặc khu Phú Quốc, Kiên Hải và Thổ Châu."),
    ("p", "2. Nội dung và mức hỗ trợ thực hiện theo Điều 4 đến Điều 9 của Nghị quyết số 12/2026/NQ-HĐND; mỗi hợp tác xã "
          "chỉ được hỗ trợ một lần cho cùng một nội dung trong năm."),
    ("h", "II. LẬP DỰ TOÁN NĂM 2027"),
    ("p", "1. Ủy ban nhân dân các xã, phường, đặc khu tổng hợp nhu cầu hỗ trợ của hợp tác xã, tổ hợp tác trên địa bàn "
          "theo Biểu số 01 kèm theo Hướng dẫn này, gửi Sở Tài chính trước ngày 30/11/2026."),
    ("p", "2. Sở Nông nghiệp và Môi trường, Sở Công Thương, Sở Khoa học và Công nghệ tổng hợp nhu cầu hỗ trợ thuộc lĩnh "
          "vực quản lý theo Biểu số 02, gửi Sở Tài chính trước ngày 30/11/2026."),
    ("p", "3. Sở Tài chính tổng hợp, thẩm tra nhu cầu, tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh bố trí "
          "dự toán hỗ trợ tại kỳ họp cuối năm 2026."),
    ("h", "III. HỒ SƠ, TRÌNH TỰ HỖ TRỢ"),
    ("p", "1. Hồ sơ gồm: đơn đề nghị hỗ trợ theo Mẫu số 03; phương án sản xuất, kinh doanh có nội dung đề nghị hỗ trợ; "
          "bản sao giấy chứng nhận đăng ký hợp tác xã hoặc hợp đồng hợp tác của tổ hợp tác."),
    ("p", "2. Trình tự thực hiện:"),
    ("s", "Bước 1: Hợp tác xã, tổ hợp tác nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã, phường, đặc khu nơi đặt "
          "trụ sở chính."),
    ("s", "Bước 2: Trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân cấp xã kiểm tra thực tế, có văn bản "
          "đề nghị gửi sở quản lý lĩnh vực hỗ trợ."),
    ("s", "Bước 3: Trong 10 ngày làm việc kể từ ngày nhận văn bản đề nghị, sở quản lý lĩnh vực thẩm định, trình Ủy ban "
          "nhân dân tỉnh quyết định hỗ trợ; trường hợp không đủ điều kiện phải trả lời bằng văn bản và nêu rõ lý do."),
    ("s", "Bước 4: Căn cứ quyết định hỗ trợ, Ủy ban nhân dân cấp xã ký hợp đồng hoặc thông báo hỗ trợ với hợp tác xã, "
          "thanh toán theo tiến độ thực hiện."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tài chính doanh nghiệp và kinh tế tập thể là đầu mối giải đáp vướng mắc của các địa phương, hợp tác "
          "xã; tổng hợp kết quả hỗ trợ năm 2027, báo cáo Giám đốc Sở trước ngày 15/01/2028."),
    ("p", "2. Phòng Quản lý ngân sách phối hợp với Phòng Tài chính doanh nghiệp và kinh tế tập thể kiểm tra việc sử dụng "
          "kinh phí hỗ trợ tại một số hợp tác xã; thời gian quý III/2027."),
    ("p", "3. Ủy ban nhân dân các xã, phường, đặc khu niêm yết Hướng dẫn này tại Trung tâm Phục vụ hành chính công, "
          "thông báo đến hợp tác xã, tổ hợp tác trên địa bàn trong tháng 11/2026."),
    ("p", "4. Ủy ban nhân dân các xã, phường, đặc khu theo dõi việc sử dụng khoản hỗ trợ của từng hợp tác xã; báo cáo "
          "kết quả hỗ trợ năm 2027 về Sở Tài chính trước ngày 10/12/2027."),
    ("p", "5. Đề nghị Liên minh Hợp tác xã tỉnh hướng dẫn hợp tác xã thành viên chuẩn bị hồ sơ đề nghị hỗ trợ, phản ánh "
          "kịp thời những khó khăn của hợp tác xã về Sở Tài chính."),
    ("p", "6. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh An Giang cung cấp cho Ủy ban nhân dân cấp xã danh sách "
          "hợp tác xã, tổ hợp tác đang vay vốn, làm căn cứ xét hỗ trợ lãi suất; thời gian tháng 12/2026."),
    ("p", "Vướng mắc phát sinh khi thực hiện Hướng dẫn này, các đơn vị phản ánh về Sở Tài chính (qua Phòng Tài chính "
          "doanh nghiệp và kinh tế tập thể) để được giải đáp./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Các sở: NN&MT, CT, KH&CN;", "- UBND các xã, phường, đặc khu;",
            "- Liên minh HTX tỉnh;", "- NHCSXH chi nhánh tỉnh;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, TCDN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Quốc Hưng", "b")]


#: the dates written into the PDF instead of the time of printing: the Hướng dẫn's, 10:20 in Việt Nam
PDF_DATE = b"D:20261105102000+07'00'"


def build_html() -> str:
    out = page_start("Hướng dẫn 1874/HD-STC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="{"s" if kind == "s" else "t"}">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
