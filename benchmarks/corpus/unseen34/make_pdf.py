"""Write b_lam-dong_46-KH-LMHTX-2026_dai-hoi-tieu-ban-thoi-gian-dau-dong.pdf, the thirty-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen34/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen34/make_pdf.py --html-only

A NEW KIND: a provincial Liên minh Hợp tác xã's plan (April 2026, after Lâm Đồng, Đắk Nông and Bình Thuận were
merged) for organising its congress of delegates. I. purposes; II. the congress's name, time, place and delegates (no
work); III. the preparation by SUB-COMMITTEE — three numbered headings "Tiểu ban …" naming their head in brackets, over
"-" items that name no doer and OPEN WITH THEIR TIME before a colon ("Trước ngày 30/5/2026: …", "Tháng 6/2026: …");
IV. three numbered paragraphs of the Liên minh's office and units and of the member cooperatives as a class; the
closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_lam-dong_46-KH-LMHTX-2026_dai-hoi-tieu-ban-thoi-gian-dau-dong"
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

HEAD_LEFT = [("LIÊN MINH HTX VIỆT NAM", ""), ("LIÊN MINH HỢP TÁC XÃ", "b"), ("TỈNH LÂM ĐỒNG", "b"),
             ("Số: 46/KH-LMHTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 03 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Đại hội đại biểu Liên minh Hợp tác xã tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031"

# "h" a section heading, "s" a sub-heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chủ trương hợp nhất Liên minh Hợp tác xã ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận sau sắp xếp đơn "
          "vị hành chính và Điều lệ Liên minh Hợp tác xã Việt Nam, Ban Thường vụ Liên minh Hợp tác xã tỉnh xây dựng "
          "Kế hoạch tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Tổng kết hoạt động của Liên minh ba tỉnh trước hợp nhất giai đoạn 2021 - 2026; xác định phương hướng, "
          "nhiệm vụ nhiệm kỳ 2026 - 2031; bầu Ban Chấp hành, Ban Kiểm tra nhiệm kỳ mới."),
    ("p", "- Công tác chuẩn bị chu đáo, đúng Điều lệ, bảo đảm đại diện hài hòa cho các vùng Lâm Đồng cũ, Đắk Nông cũ "
          "và Bình Thuận cũ; tiết kiệm, không phô trương."),
    ("h", "II. TÊN GỌI, THỜI GIAN, ĐỊA ĐIỂM, ĐẠI BIỂU"),
    ("p", "1. Tên gọi: Đại hội đại biểu Liên minh Hợp tác xã tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031."),
    ("p", "2. Thời gian: 01 ngày, dự kiến trong tháng 9/2026. Địa điểm: Hội trường Trung tâm Hội nghị tỉnh, phường "
          "Xuân Hương - Đà Lạt."),
    ("p", "3. Đại biểu: 210 đại biểu chính thức, trong đó 42 đại biểu đương nhiên là Ủy viên Ban Chấp hành đương "
          "nhiệm, 168 đại biểu bầu, cử từ các hợp tác xã, liên hiệp hợp tác xã thành viên theo số lượng phân bổ."),
    ("h", "III. CÔNG TÁC CHUẨN BỊ"),
    ("s", "1. Tiểu ban Văn kiện (đồng chí Phó Chủ tịch Thường trực Liên minh làm Trưởng tiểu ban)"),
    ("p", "- Trước ngày 30/5/2026: xây dựng dự thảo Báo cáo chính trị trình Đại hội, gồm phần đánh giá hoạt động của "
          "Liên minh ba tỉnh nhiệm kỳ 2021 - 2026 và phần phương hướng nhiệm kỳ mới."),
    ("p", "- Tháng 6/2026: gửi dự thảo Báo cáo xin ý kiến Ban Thường vụ Tỉnh ủy, Liên minh Hợp tác xã Việt Nam và các "
          "hợp tác xã thành viên; tiếp thu, hoàn chỉnh trình Ban Chấp hành."),
    ("p", "- Trong tháng 8/2026: biên tập, in ấn tài liệu Đại hội; xây dựng dự thảo Nghị quyết Đại hội và chương trình "
          "điều hành."),
    ("s", "2. Tiểu ban Nhân sự (đồng chí Chủ tịch Liên minh làm Trưởng tiểu ban)"),
    ("p", "- Trước ngày 15/6/2026: xây dựng Đề án nhân sự Ban Chấp hành, Ban Thường vụ, Chủ tịch, các Phó Chủ tịch và "
          "Ban Kiểm tra nhiệm kỳ 2026 - 2031, trình Ban Thường vụ cho ý kiến."),
    ("p", "- Tháng 7/2026: hoàn thiện hồ sơ nhân sự, báo cáo cấp có thẩm quyền theo phân cấp quản lý cán bộ."),
    ("s", "3. Tiểu ban Tổ chức - Phục vụ (đồng chí Chánh Văn phòng Liên minh làm Trưởng tiểu ban)"),
    ("p", "- Quý II/2026: lập dự toán kinh phí Đại hội trình Thường trực Liên minh phê duyệt; phối hợp với Sở Tài chính "
          "đề xuất nguồn hỗ trợ từ ngân sách tỉnh."),
    ("p", "- Tháng 8/2026: chuẩn bị hội trường, khánh tiết, nơi nghỉ cho đại biểu ở xa; làm việc với Ủy ban nhân dân "
          "phường Xuân Hương - Đà Lạt về bảo đảm an ninh, trật tự và y tế trong ngày Đại hội."),
    ("p", "- Tháng 9/2026, bên lề Đại hội: tổ chức khu trưng bày sản phẩm cà phê, rau, hoa, thanh long, hạt điều của "
          "hợp tác xã tiêu biểu, phối hợp với Trung tâm Xúc tiến thương mại và Hỗ trợ hợp tác xã."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Liên minh là bộ phận thường trực, giúp Ban Thường vụ theo dõi tiến độ của các tiểu ban, báo "
          "cáo tại các phiên họp giao ban hằng tháng."),
    ("p", "2. Ban Tổ chức - Kiểm tra hướng dẫn việc bầu, cử đại biểu dự Đại hội; tổng hợp danh sách, thẩm tra tư cách "
          "đại biểu trước ngày 20/7/2026."),
    ("p", "3. Các hợp tác xã, liên hiệp hợp tác xã thành viên tổ chức bầu, cử đại biểu theo số lượng được phân bổ, gửi "
          "danh sách về Liên minh (qua Ban Tổ chức - Kiểm tra) chậm nhất ngày 10/7/2026."),
    ("p", "Trên đây là Kế hoạch tổ chức Đại hội đại biểu Liên minh Hợp tác xã tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - "
          "2031./."),
]

NOI_NHAN = ["Nơi nhận:", "- LMHTX Việt Nam (b/c);", "- TT Tỉnh ủy, UBND tỉnh (b/c);", "- Ban Dân vận Tỉnh ủy;",
            "- Sở Tài chính;", "- Ủy viên BCH;", "- Các tiểu ban, các ban, đơn vị;", "- HTX, LH HTX thành viên;",
            "- Lưu: VT, VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thị Ngọc Hà", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260403141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 46/KH-LMHTX", CSS)
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
