"""Write b_tuyen-quang_07-KH-HDOCOP-2026_hoi-dong-ocop-cham-dot-2.pdf, the hundred-and-sixty-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen162/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen162/make_pdf.py --html-only

A provincial OCOP grading council's plan (September 2026) for its second grading round of the year: the council under
the province's name in the header, "Căn cứ" lines, I. aims, II. the products (facts), III. five numbered steps in
bold italic WHOSE TIME STANDS IN BRACKETS IN THE HEADING ("1. Tiếp nhận, rà soát hồ sơ (từ 28/9 đến 16/10/2026)"),
each over "-" lines that open with their doer (the council's secretariat team named in full with its short name once,
the standing sub-department, the product owners as a class, "Đề nghị X …", the council's members), one line with its
own earlier date and one timed by an event; IV. two numbered paragraphs; the signature beside "Nơi nhận", with the
signer's post in the province's Sở printed in italics UNDER the name. No table.

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
STEM = "b_tuyen-quang_07-KH-HDOCOP-2026_hoi-dong-ocop-cham-dot-2"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.3; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { font-style: italic; text-indent: 10mm; text-align: justify; margin: 0 0 3pt; }
.sign { display: grid; grid-template-columns: 52% 48%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH TUYÊN QUANG", ""), ("HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG", "b"), ("SẢN PHẨM OCOP TỈNH", "b"),
             ("Số: 07/KH-HĐOCOP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tuyên Quang, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kỳ đánh giá, phân hạng sản phẩm OCOP cấp tỉnh lần thứ hai năm 2026"

# "c" a "Căn cứ" line, "h" a section heading, "s" a step heading, "p" a paragraph
BODY = [
    ("c", "Căn cứ Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình "
          "đánh giá, phân hạng sản phẩm Chương trình Mỗi xã một sản phẩm;"),
    ("c", "Căn cứ Quyết định số 1962/QĐ-UBND ngày 14/8/2026 của UBND tỉnh kiện toàn Hội đồng đánh giá, phân hạng sản "
          "phẩm OCOP tỉnh,"),
    ("p", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh (sau đây gọi là Hội đồng) ban hành Kế hoạch chấm điểm, phân "
          "hạng sản phẩm đợt 2 năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đánh giá khách quan, đúng Bộ tiêu chí, công khai kết quả; ưu tiên sản phẩm của hợp tác xã, tổ hợp tác ở các "
          "xã vùng cao. Chủ thể tham gia không phải nộp phí đánh giá."),
    ("h", "II. SẢN PHẨM ĐƯA RA ĐÁNH GIÁ"),
    ("p", "Đợt 2 có 38 sản phẩm của 24 chủ thể (15 hợp tác xã, 4 tổ hợp tác, 5 hộ sản xuất) thuộc 11 xã, phường; trong "
          "đó 9 sản phẩm xin đánh giá lại để nâng từ 3 sao lên 4 sao. Nhiều nhất là chè Shan tuyết, mật ong bạc hà và "
          "cam sành."),
    ("h", "III. TRÌNH TỰ VÀ THỜI GIAN"),
    ("s", "1. Tiếp nhận, rà soát hồ sơ (từ 28/9 đến 16/10/2026)"),
    ("p", "- Tổ Thư ký giúp việc Hội đồng (gọi tắt là Tổ Thư ký) nhận hồ sơ do UBND các xã, phường gửi lên, vào sổ theo "
          "dõi và xếp theo 6 nhóm ngành hàng."),
    ("p", "- Chi cục Phát triển nông thôn rà soát tính hợp lệ của hồ sơ, thông báo bằng văn bản cho chủ thể có hồ sơ "
          "còn thiếu để bổ sung, chậm nhất ngày 09/10/2026."),
    ("s", "2. Kiểm nghiệm mẫu sản phẩm (từ 05/10 đến 30/10/2026)"),
    ("p", "- Chủ thể sản phẩm nộp 02 mẫu mỗi sản phẩm cho Tổ Thư ký, kèm phiếu kết quả kiểm nghiệm còn hiệu lực; hợp "
          "tác xã, tổ hợp tác chưa có phiếu thì đăng ký với Tổ Thư ký để được hỗ trợ."),
    ("p", "- Đề nghị Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh kiểm nghiệm miễn phí các chỉ tiêu an toàn thực "
          "phẩm cho mẫu của hợp tác xã, tổ hợp tác đã đăng ký."),
    ("s", "3. Khảo sát tại cơ sở sản xuất (trong tháng 10/2026)"),
    ("p", "- Tổ chuyên gia tư vấn khảo sát thực tế tất cả cơ sở có sản phẩm tự chấm từ 70 điểm trở lên, phối hợp với "
          "UBND xã, phường sở tại; chụp ảnh, lập phiếu khảo sát gửi Tổ Thư ký."),
    ("s", "4. Chấm điểm, phân hạng (ngày 10 và 11/11/2026, tại Hội trường Sở Nông nghiệp và Môi trường)"),
    ("p", "- Thành viên Hội đồng nghiên cứu hồ sơ được gửi trước ít nhất 03 ngày, chấm điểm độc lập từng sản phẩm trên "
          "phiếu đánh giá."),
    ("p", "- Tổ Thư ký tổng hợp điểm, lập biên bản phiên họp, trình Chủ tịch Hội đồng ký trong ngày 11/11/2026."),
    ("s", "5. Công nhận và công bố kết quả (trước 30/11/2026)"),
    ("p", "- Chi cục Phát triển nông thôn hoàn thiện hồ sơ, trình UBND tỉnh quyết định công nhận các sản phẩm đạt 3 sao, "
          "4 sao; lập hồ sơ đề nghị Trung ương đánh giá sản phẩm tiềm năng 5 sao (nếu có)."),
    ("p", "- Đề nghị Báo và Phát thanh, Truyền hình Tuyên Quang đưa tin, giới thiệu các sản phẩm được công nhận ngay sau "
          "khi có Quyết định của UBND tỉnh."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Phát triển nông thôn, với vai trò cơ quan thường trực của Hội đồng, bảo đảm kinh phí, hội trường, văn phòng "
          "phẩm; báo cáo Chủ tịch Hội đồng kết quả đợt 2 trước ngày 15/12/2026."),
    ("p", "2. UBND các xã, phường có sản phẩm tham gia cử công chức theo dõi OCOP đi cùng Tổ chuyên gia khi khảo sát; "
          "sau khi có kết quả, hướng dẫn chủ thể hoàn thiện bao bì, nhãn, mã truy xuất theo kiến nghị của Hội đồng "
          "trong quý IV/2026."),
    ("p", "Có vướng mắc trong quá trình thực hiện, các thành viên phản ánh về Tổ Thư ký (qua Chi cục Phát triển nông "
          "thôn, điện thoại 0207.3822.516) để tổng hợp, báo cáo Chủ tịch Hội đồng./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Chủ tịch, các PCT Hội đồng;",
            "- Thành viên Hội đồng, Tổ chuyên gia;", "- Sở Y tế; Báo và PT, TH Tuyên Quang;",
            "- UBND các xã, phường có sản phẩm;", "- Lưu: VT, Tổ Thư ký."]
SIGN = [("TM. HỘI ĐỒNG", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "b"), ("", ""), ("", ""), ("", ""),
        ("Ma Thế Hùng", "b"), ("Giám đốc Sở Nông nghiệp và Môi trường", "i")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260922104000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 07/KH-HĐOCOP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "c": f'<p class="c">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
