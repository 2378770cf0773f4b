"""Write b_tuyen-quang_274-KH-SDTTG-2026_nhiem-vu-theo-dia-ban.pdf, the twenty-eighth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen28/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen28/make_pdf.py --html-only

A Sở Dân tộc và Tôn giáo's plan (May 2026, after Tuyên Quang and Hà Giang were merged) for cooperatives in ethnic
minority areas: I. purposes, II. the work grouped BY AREA — two numbered headings naming a group of communes, each over
"+" lines that open with their doer (the Sở's own Phòng, the communes of the area, a request to a bank, a body named
with its parent in brackets) and end with their time (seasonal, yearless, "6 tháng cuối năm"); III. three numbered
paragraphs of the Sở's units; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_tuyen-quang_274-KH-SDTTG-2026_nhiem-vu-theo-dia-ban"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH TUYÊN QUANG", ""), ("SỞ DÂN TỘC VÀ TÔN GIÁO", "b"), ("Số: 274/KH-SDTTG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tuyên Quang, ngày 22 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ tổ hợp tác, hợp tác xã của đồng bào dân tộc thiểu số năm 2026"

# "h" a section heading, "s" an area heading, "p" a paragraph
BODY = [
    ("p", "Qua khảo sát 47 tổ hợp tác, hợp tác xã do người dân tộc thiểu số làm thành viên chủ yếu tại các xã vùng "
          "cao của tỉnh, nhiều tổ chức còn thiếu vốn, thiếu người quản lý, sản phẩm chè, thổ cẩm, bò vàng chưa có đầu "
          "ra ổn định. Thực hiện Kế hoạch số 61/KH-UBND ngày 20/02/2026 của UBND tỉnh, Sở Dân tộc và Tôn giáo tỉnh "
          "Tuyên Quang đề ra Kế hoạch năm 2026 gồm những nội dung dưới đây:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Hỗ trợ đúng đối tượng, ưu tiên hợp tác xã ở xã đặc biệt khó khăn, có đông thành viên là phụ nữ và hộ "
          "nghèo; lồng ghép với các chính sách dân tộc đang thực hiện, không hỗ trợ trùng lặp một nội dung."),
    ("h", "II. NHIỆM VỤ THEO ĐỊA BÀN"),
    ("p", "Do điều kiện sản xuất của hai vùng khác nhau, nhiệm vụ được giao theo từng địa bàn; đơn vị được nêu ở đầu "
          "mỗi dòng là đơn vị thực hiện."),
    ("s", "1. Địa bàn các xã vùng cao núi đá phía Bắc (Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Sủng Máng)"),
    ("p", "+ Phòng Chính sách dân tộc chủ trì, phối hợp với UBND các xã nêu trên hướng dẫn 06 tổ hợp tác trồng chè "
          "Shan tuyết, nuôi bò vàng đủ điều kiện chuyển thành hợp tác xã; hoàn thành trong quý III/2026."),
    ("p", "+ Phòng Chính sách dân tộc phối hợp Sở Nông nghiệp và Môi trường hỗ trợ 03 hợp tác xã chè làm nhà sơ chế, "
          "máy vò chè đạt điều kiện an toàn thực phẩm, xong trước vụ chè xuân năm 2027."),
    ("p", "+ UBND các xã Đồng Văn, Mèo Vạc, Yên Minh lập danh sách hộ đồng bào Mông, Dao có nhu cầu vào hợp tác xã, "
          "gửi về Sở (qua Phòng Chính sách dân tộc) trước 30/6."),
    ("p", "+ Đề nghị NHCSXH chi nhánh tỉnh ưu tiên cho thành viên hợp tác xã là "
          "người dân tộc thiểu số ở các xã đặc biệt khó khăn vay vốn sản xuất; thực hiện thường xuyên."),
    ("s", "2. Địa bàn các xã vùng thấp phía Nam (Lâm Bình, Thượng Lâm, Chiêm Hóa, Hàm Yên)"),
    ("p", "+ Phòng Chính sách dân tộc cùng Liên minh Hợp tác xã tỉnh tư vấn thành lập mới 04 hợp tác xã dệt thổ cẩm, "
          "làm du lịch cộng đồng của đồng bào Tày, Dao; thời gian 6 tháng cuối năm."),
    ("p", "+ Phòng Kế hoạch - Tổng hợp phối hợp Trung tâm Khuyến công và Xúc tiến thương mại (Sở Công Thương) đưa sản "
          "phẩm của 10 hợp tác xã vào khu gian hàng dân tộc tại Ngày hội Văn hóa các dân tộc tỉnh, dự kiến tháng "
          "10/2026."),
    ("p", "+ UBND xã Lâm Bình bố trí mặt bằng tại thôn Bản Khiển để hợp tác xã du lịch cộng đồng xây dựng điểm đón "
          "khách, trưng bày thổ cẩm; trước mùa lúa chín (tháng 9)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Chính sách dân tộc là đơn vị đầu mối theo dõi Kế hoạch; tổng hợp kết quả năm 2026 trình Giám đốc "
          "Sở báo cáo UBND tỉnh, đồng gửi Sở Tài chính trước ngày 10/12/2026."),
    ("p", "2. Phòng Kế hoạch - Tổng hợp tham mưu phân bổ kinh phí hỗ trợ cho từng hợp tác xã ngay sau khi UBND tỉnh "
          "giao dự toán bổ sung năm 2026."),
    ("p", "3. Thanh tra Sở chọn ngẫu nhiên 05 hợp tác xã để kiểm tra việc dùng kinh phí được hỗ trợ, trong quý "
          "IV/2026."),
    ("p", "Kế hoạch này thay cho phần nội dung về hợp tác xã tại Kế hoạch công tác dân tộc năm 2026 của Sở./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính, Sở NN&MT, Sở Công Thương;", "- LMHTX tỉnh;",
            "- NHCSXH chi nhánh tỉnh;", "- UBND các xã có tên tại mục II;", "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, CSDT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Văn Quyết", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260522151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 274/KH-SDTTG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
