"""Write c_tay-ninh_27-NQ-HDND-2025_giam-sat-doi-voi-tung-co-quan.pdf, the thirteenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen13/make_pdf.py            # writes sources/c_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen13/make_pdf.py --html-only

A provincial HĐND's Nghị quyết on the RESULTS OF A THEMATIC SUPERVISION (December 2025, after Tây Ninh and Long An
were merged): Điều 1 agrees with the supervision team's report and sums up its findings (results and shortcomings,
no tasks); Điều 2 gives its demands ADDRESSEE BY ADDRESSEE, "1. Đối với Ủy ban nhân dân tỉnh:" over lettered points
that do not repeat who is to act ("a) Chỉ đạo Sở Tài chính …", "b) Bố trí …"), then "2. Đối với …" for the Mặt
trận, the Liên minh and the communes; Điều 3 the UBND's duty to carry it out and report, and the standing formulas.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium: the
same pages and text on every run, not the same bytes (the PDF records its creation time). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "c_tay-ninh_27-NQ-HDND-2025_giam-sat-doi-voi-tung-co-quan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 11pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-align: center; font-weight: bold; margin: 6pt 0; }
p.i { text-indent: 10mm; font-style: italic; margin: 0 0 3pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI ĐỒNG NHÂN DÂN", "b"), ("TỈNH TÂY NINH", "b"), ("Số: 27/NQ-HĐND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 11 tháng 12 năm 2025", "i")]
TITLE = "NGHỊ QUYẾT"
SUBTITLE = ("Về kết quả giám sát chuyên đề việc thực hiện chính sách hỗ trợ phát triển hợp tác xã, tổ hợp tác trên "
            "địa bàn tỉnh giai đoạn 2021 - 2025")

# ("c", centred bold line) | ("i", italic line) | ("p", paragraph)
BODY = [
    ("c", "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH"),
    ("c", "KHÓA X, KỲ HỌP THỨ 9"),
    ("i", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
    ("i", "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015;"),
    ("i", "Căn cứ Luật Hợp tác xã năm 2023;"),
    ("i", "Xét Báo cáo số 214/BC-ĐGS ngày 25 tháng 11 năm 2025 của Đoàn giám sát Thường trực Hội đồng nhân dân tỉnh "
          "về kết quả giám sát chuyên đề; ý kiến của các đại biểu Hội đồng nhân dân tỉnh thảo luận tại kỳ họp."),
    ("c", "QUYẾT NGHỊ:"),
    ("p", "Điều 1. Tán thành Báo cáo kết quả giám sát của Đoàn giám sát Thường trực Hội đồng nhân dân tỉnh, với "
          "những nội dung chủ yếu sau:"),
    ("p", "1. Giai đoạn 2021 - 2025, các chính sách hỗ trợ hợp tác xã được triển khai khá đồng bộ; số hợp tác xã "
          "nông nghiệp tăng 1,4 lần, nhiều hợp tác xã trồng mía, khoai mì, thanh long đã liên kết tiêu thụ với doanh "
          "nghiệp; Quỹ hỗ trợ phát triển hợp tác xã đã cho vay 146 dự án."),
    ("p", "2. Tuy nhiên, việc bố trí kinh phí hỗ trợ còn dàn trải, giải ngân chậm; hồ sơ hỗ trợ còn phức tạp; một số "
          "xã chưa phân công công chức theo dõi hợp tác xã; sau sắp xếp đơn vị hành chính, dữ liệu hợp tác xã của "
          "hai tỉnh cũ chưa được hợp nhất."),
    ("p", "Điều 2. Để khắc phục những hạn chế nêu trên, Hội đồng nhân dân tỉnh yêu cầu, kiến nghị:"),
    ("p", "1. Đối với Ủy ban nhân dân tỉnh:"),
    ("p", "a) Chỉ đạo Sở Tài chính rà soát, hợp nhất cơ sở dữ liệu hợp tác xã của tỉnh Tây Ninh và tỉnh Long An cũ "
          "trên Hệ thống thông tin quốc gia về hợp tác xã; hoàn thành trước ngày 30/6/2026."),
    ("p", "b) Bố trí kinh phí thực hiện chính sách hỗ trợ hợp tác xã tập trung cho các dự án liên kết chuỗi giá trị, "
          "không dàn trải; thực hiện hằng năm khi giao dự toán ngân sách."),
    ("p", "c) Chỉ đạo Sở Nông nghiệp và Môi trường phối hợp với Sở Tài chính đơn giản hóa hồ sơ, thủ tục đề nghị hỗ "
          "trợ xây dựng kết cấu hạ tầng cho hợp tác xã nông nghiệp; hoàn thành trong quý III/2026."),
    ("p", "d) Tăng vốn điều lệ cho Quỹ hỗ trợ phát triển hợp tác xã tỉnh sau hợp nhất, bảo đảm đáp ứng nhu cầu vay "
          "vốn của hợp tác xã; thực hiện trong năm 2026."),
    ("p", "đ) Chỉ đạo kiểm tra việc sử dụng tài sản hình thành từ nguồn vốn hỗ trợ của Nhà nước tại hợp tác xã; "
          "xử lý dứt điểm các trường hợp sử dụng sai mục đích; thực hiện thường xuyên."),
    ("p", "2. Đối với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: đề nghị chỉ đạo các tổ chức chính trị - xã hội vận động "
          "hội viên, đoàn viên tham gia tổ hợp tác, hợp tác xã; tăng cường giám sát việc thực hiện chính sách hỗ trợ "
          "hợp tác xã ở cơ sở."),
    ("p", "3. Đối với Liên minh Hợp tác xã tỉnh:"),
    ("p", "a) Nâng cao chất lượng tư vấn thành lập mới và tổ chức lại hợp tác xã theo Luật Hợp tác xã năm 2023; phối "
          "hợp với Sở Nông nghiệp và Môi trường hỗ trợ hợp tác xã xây dựng phương án sản xuất, kinh doanh; thực hiện "
          "hằng năm."),
    ("p", "b) Tổ chức bồi dưỡng cho cán bộ quản lý hợp tác xã ở các xã biên giới về kế toán, quản trị và chuyển đổi số; "
          "hoàn thành trong năm 2026."),
    ("p", "4. Đối với Ủy ban nhân dân các xã, phường: phân công công chức theo dõi kinh tế tập thể, hợp tác xã; hướng "
          "dẫn tổ hợp tác đăng ký hoạt động và chuyển đổi thành hợp tác xã; hoàn thành việc phân công trước ngày "
          "31/3/2026."),
    ("p", "Điều 3. Tổ chức thực hiện"),
    ("p", "1. Ủy ban nhân dân tỉnh có trách nhiệm triển khai Nghị quyết; báo cáo kết quả thực hiện với Hội đồng nhân "
          "dân tỉnh tại kỳ họp thường lệ cuối năm 2026."),
    ("p", "2. Thường trực, các Ban và các Tổ đại biểu Hội đồng nhân dân tỉnh, đại biểu Hội đồng nhân dân tỉnh theo "
          "dõi, giám sát việc triển khai Nghị quyết."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tây Ninh Khóa X, Kỳ họp thứ 9 thông qua ngày 11 tháng 12 năm "
          "2025./."),
]

NOI_NHAN = ["Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
            "- UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh;", "- Đại biểu HĐND tỉnh;", "- Các sở, ban, ngành thuộc tỉnh;",
            "- HĐND, UBND các xã, phường;", "- Lưu: VT."]
SIGN = [("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Thành Tâm", "b")]


def build_html() -> str:
    out = page_start("Nghị quyết 27/NQ-HĐND", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    cls = {"c": "c", "i": "i", "p": "t"}
    for kind, text in BODY:
        out.append(f'<p class="{cls[kind]}">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_pdf(HTML, OUT)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
