"""Write f_bo-tai-chinh_3120-KH-BTC-2025_qlnn-ktth.pdf, the seventh held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen7/make_pdf.py            # writes sources/f_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen7/make_pdf.py --html-only

A ministry's plan (November 2025, after Bộ Tài chính absorbed Bộ Kế hoạch và Đầu tư) giving tasks to its Cục and Vụ
and to "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", with an appendix table of the legal documents
and schemes to submit (TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian trình). The first
page carries the box that a digital signature (chữ ký số of the issuing body) draws on a signed PDF: "Ký bởi: …",
"Email: …", "Cơ quan: …", "Thời gian ký: …", above the header, so its text comes first in the PDF's text.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium
(``/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=…``): the same pages
and text on every run, not the same bytes (the PDF records its creation time). Fonts: DejaVu Serif (embedded,
subset), which has every precomposed Vietnamese letter.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML parts
from pdf_from_html import PAGE_END, e, header, page_start, print_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "f_bo-tai-chinh_3120-KH-BTC-2025_qlnn-ktth"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 36% 64%; text-align: center; font-size: 11.5pt; }
.head p { margin: 0; }
.sig-box { margin: 0 0 3mm auto; width: 62mm; border: 1px solid #c00; color: #c00;
           font-size: 7.5pt; line-height: 1.25; padding: 1mm 2mm; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
.appendix { break-before: page; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
"""

SIG_BOX = ["Ký bởi: Bộ Tài chính", "Email: vanthu@btc.example", "Cơ quan: Bộ Tài chính",
           "Thời gian ký: 28.11.2025 16:05:32 +07:00"]

HEAD_LEFT = [("BỘ TÀI CHÍNH", "b"), ("Số: 3120/KH-BTC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 28 tháng 11 năm 2025", "i")]

TITLE = "KẾ HOẠCH"
SUBTITLE = "Thực hiện nhiệm vụ quản lý nhà nước về kinh tế tập thể, hợp tác xã năm 2026 của Bộ Tài chính"

# ("h", heading) or ("p", paragraph)
BODY = [
    ("p", "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023; căn cứ chức năng, nhiệm vụ của Bộ Tài chính sau khi hợp "
          "nhất Bộ Kế hoạch và Đầu tư, là cơ quan giúp Chính phủ thống nhất quản lý nhà nước về kinh tế tập thể, hợp "
          "tác xã, Bộ Tài chính ban hành Kế hoạch thực hiện nhiệm vụ năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bảo đảm công tác quản lý nhà nước về kinh tế tập thể, hợp tác xã được thực hiện liên tục, thông suốt sau "
          "khi sắp xếp tổ chức bộ máy; xác định rõ đơn vị chủ trì, sản phẩm và thời hạn của từng nhiệm vụ."),
    ("h", "II. NHIỆM VỤ CỦA CÁC ĐƠN VỊ THUỘC BỘ"),
    ("p", "1. Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể:"),
    ("p", "a) Chủ trì tổng hợp, đánh giá tình hình phát triển kinh tế tập thể, hợp tác xã năm 2025 trên phạm vi cả "
          "nước, báo cáo Thủ tướng Chính phủ trong quý I/2026."),
    ("p", "b) Chủ trì, phối hợp với Cục Thống kê vận hành, cập nhật Hệ thống thông tin quốc gia về hợp tác xã; kết nối "
          "với Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp (thường xuyên)."),
    ("p", "2. Vụ Ngân sách nhà nước chủ trì, phối hợp với Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể tổng "
          "hợp nhu cầu, tham mưu bố trí kinh phí hỗ trợ hợp tác xã trong dự toán ngân sách trung ương năm 2027; hoàn "
          "thành trong quý III/2026."),
    ("p", "3. Cục Thống kê công bố số liệu thống kê chính thức về hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác năm "
          "2025 trước ngày 30/6/2026."),
    ("p", "4. Các nhiệm vụ xây dựng văn bản, đề án trình cấp có thẩm quyền năm 2026 tại Phụ lục kèm theo."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thủ trưởng các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện, bảo đảm chất lượng "
          "và tiến độ."),
    ("p", "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:"),
    ("p", "a) Chỉ đạo Sở Tài chính rà soát, chuẩn hóa dữ liệu hợp tác xã trên địa bàn trong Hệ thống thông tin quốc "
          "gia về hợp tác xã, hoàn thành trước ngày 31/5/2026."),
    ("p", "b) Báo cáo tình hình phát triển kinh tế tập thể, hợp tác xã của địa phương, gửi Bộ Tài chính (qua Cục Phát "
          "triển doanh nghiệp tư nhân và kinh tế tập thể) trước ngày 15 tháng 12 hằng năm."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã Việt Nam chỉ đạo hệ thống Liên minh hợp tác xã các tỉnh, thành phố tư vấn, "
          "hỗ trợ hợp tác xã hoàn thiện hồ sơ tiếp cận các chính sách hỗ trợ năm 2026."),
    ("p", "4. Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể là đầu mối theo dõi, đôn đốc, tổng hợp kết quả "
          "thực hiện Kế hoạch, báo cáo Bộ trưởng trước ngày 20/12/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Chính phủ (để b/c);",
            "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố trực thuộc TW;",
            "- Liên minh HTX Việt Nam;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, PTDN."]
SIGN = [("KT. BỘ TRƯỞNG", "b"), ("THỨ TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Đức Khiêm", "b")]

HEADER_ROW = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian trình"]
ROWS = [
    ("1", "Xây dựng Nghị định sửa đổi, bổ sung một số điều của Nghị định quy định chi tiết Luật Hợp tác xã",
     "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể", ["Vụ Pháp chế", "Bộ Nông nghiệp và Môi trường"],
     "Nghị định của Chính phủ", "Quý III/2026"),
    ("2", "Xây dựng Thông tư hướng dẫn chế độ báo cáo thống kê về hợp tác xã, tổ hợp tác", "Cục Thống kê",
     ["Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể"], "Thông tư của Bộ trưởng", "Tháng 6/2026"),
    ("3", "Xây dựng Đề án thí điểm mô hình hợp tác xã kiểu mới trong lĩnh vực thương mại, dịch vụ",
     "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể", ["Liên minh Hợp tác xã Việt Nam", "Bộ Công Thương"],
     "Quyết định của Thủ tướng Chính phủ", "Quý IV/2026"),
    ("4", "Hướng dẫn các địa phương lồng ghép chỉ tiêu phát triển hợp tác xã vào kế hoạch phát triển kinh tế - xã "
          "hội 5 năm 2026 - 2030", "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể",
     ["Vụ Tổng hợp kinh tế quốc dân"], "Văn bản hướng dẫn", "Tháng 3/2026"),
    ("5", "Sơ kết 02 năm thi hành Luật Hợp tác xã năm 2023",
     "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể",
     ["Các đơn vị thuộc Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
     "Báo cáo Chính phủ", "Tháng 8/2026"),
    ("6", "Rà soát, đề xuất hoàn thiện chính sách thuế đối với hợp tác xã, liên hiệp hợp tác xã", "Cục Thuế",
     ["Vụ Pháp chế", "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể"], "Báo cáo đề xuất", "Quý II/2026"),
]


def build_html() -> str:
    out = [*page_start("Kế hoạch 3120/KH-BTC", CSS),
           '<div class="sig-box">' + "<br>".join(e(x) for x in SIG_BOX) + '</div>',
           *header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)]
    for kind, text in BODY:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += ['<div class="appendix">', '<h1>Phụ lục</h1>',
            '<h2>DANH MỤC VĂN BẢN, ĐỀ ÁN TRÌNH CẤP CÓ THẨM QUYỀN NĂM 2026<br>'
            '<span class="i">(Kèm theo Kế hoạch số 3120/KH-BTC ngày 28/11/2025 của Bộ Tài chính)</span></h2>',
            *table_start((5, 33, 19, 20, 13, 10), HEADER_ROW)]
    for tt, task, lead, coop, product, when in ROWS:
        out.append(f'<tr><td class="c">{tt}</td><td>{e(task)}</td><td>{e(lead)}</td>'
                   f'<td>{"<br>".join(e(c) for c in coop)}</td><td>{e(product)}</td><td class="c">{e(when)}</td></tr>')
    out += ['</tbody>', '</table>', '</div>', *PAGE_END]
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_pdf(HTML, OUT)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
