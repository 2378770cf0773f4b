"""Write b_quang-tri_54-KH-BQLRPH-2026_ban-quan-ly-rung-phong-ho-khoan-htx.pdf, the fifty-eighth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen58/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen58/make_pdf.py --html-only

A protection-forest management board's plan for contracting forest protection (February 2026, Quảng Trị after its
merger with Quảng Bình): the Ban Quản lý rừng phòng hộ contracts its forest to cooperatives, cooperative groups and
village communities; I. the area and who takes it, II. four italic headings that follow the contract's cycle (prepare,
sign, during the contract, acceptance and payment) over "-" items each opening with its doer, the time after a
semicolon; III. one paragraph; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_quang-tri_54-KH-BQLRPH-2026_ban-quan-ly-rung-phong-ho-khoan-htx"
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

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TỈNH QUẢNG TRỊ", ""), ("BAN QUẢN LÝ RỪNG PHÒNG HỘ", "b"),
             ("HƯỚNG HÓA - ĐAKRÔNG", "b"), ("Số: 54/KH-BQLRPH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Trị, ngày 06 tháng 02 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Khoán bảo vệ rừng phòng hộ cho hợp tác xã, tổ hợp tác và cộng đồng dân cư thôn năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Quyết định số 214/QĐ-SNNMT ngày 19/01/2026 của Sở Nông nghiệp và Môi trường giao chỉ tiêu bảo vệ, "
          "phát triển rừng năm 2026; căn cứ kết quả khoán năm 2025, Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông "
          "lập Kế hoạch khoán bảo vệ rừng năm 2026 như sau:"),
    ("h", "I. DIỆN TÍCH VÀ BÊN NHẬN KHOÁN"),
    ("p", "- Diện tích khoán 8.450 ha rừng phòng hộ đầu nguồn: 3.120 ha cho 04 hợp tác xã nông lâm nghiệp, 1.980 ha "
          "cho 07 tổ hợp tác bảo vệ rừng, phần còn lại cho 15 cộng đồng dân cư thôn."),
    ("p", "- Đơn giá 400.000 đồng/ha/năm từ tiền dịch vụ môi trường rừng và ngân sách; hợp tác xã nhận khoán được trồng "
          "cây dược liệu dưới tán và hưởng sản phẩm theo hợp đồng."),
    ("h", "II. TRÌNH TỰ VÀ PHÂN CÔNG"),
    ("s", "1. Chuẩn bị giao khoán"),
    ("p", "- Phòng Kỹ thuật - Bảo vệ rừng rà soát ranh giới, hiện trạng từng lô rừng khoán, chỉnh lý bản đồ khoán; "
          "chậm nhất 15/3/2026."),
    ("p", "- Các Trạm Quản lý bảo vệ rừng họp dân ở các thôn, công khai diện tích, đơn giá, điều kiện nhận khoán và lập "
          "danh sách hợp tác xã, tổ hợp tác đăng ký; trong tháng 3/2026."),
    ("s", "2. Ký hợp đồng khoán"),
    ("p", "- Phòng Tổ chức - Hành chính thẩm định hồ sơ, tư cách pháp lý của hợp tác xã, tổ hợp tác nhận khoán, trình "
          "Giám đốc Ban ký hợp đồng trước ngày 10/4/2026."),
    ("p", "- Phòng Kế hoạch - Tài chính tạm ứng 50% tiền khoán cả năm cho bên nhận khoán ngay sau khi hợp đồng được ký."),
    ("s", "3. Trong thời gian nhận khoán"),
    ("p", "- Trạm Quản lý bảo vệ rừng Đakrông phối hợp với Hợp tác xã Nông lâm nghiệp Tà Long tuần tra chung mỗi tháng "
          "02 lần; mùa khô (tháng 3 - tháng 8) tăng lên mỗi tuần 01 lần."),
    ("p", "- Phòng Kỹ thuật - Bảo vệ rừng hướng dẫn 04 hợp tác xã trồng sa nhân tím, ba kích dưới tán rừng trên 60 ha, "
          "cấp cây giống từ vườn ươm của Ban; vào vụ trồng rừng năm 2026 (tháng 9 - tháng 11)."),
    ("p", "- Đề nghị Hạt Kiểm lâm khu vực Hướng Hóa phối hợp kiểm tra, xử lý vi phạm trên diện tích khoán khi bên nhận "
          "khoán báo tin."),
    ("s", "4. Nghiệm thu, thanh toán"),
    ("p", "- Hội đồng nghiệm thu của Ban (Phó Giám đốc Ban làm Chủ tịch) nghiệm thu diện tích, chất lượng rừng khoán, "
          "làm căn cứ thanh toán phần tiền còn lại; đợt cuối năm xong trước 20/12/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Kế hoạch - Tài chính là đầu mối, tổng hợp kết quả khoán bảo vệ rừng năm 2026 báo cáo Sở Nông nghiệp "
          "và Môi trường trước ngày 15/01/2027."),
    ("p", "Trên đây là Kế hoạch khoán bảo vệ rừng phòng hộ năm 2026 của Ban Quản lý rừng phòng hộ Hướng Hóa - "
          "Đakrông./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục Kiểm lâm;", "- Hạt KL khu vực Hướng Hóa;",
            "- UBND các xã trong vùng dự án;", "- Các HTX, THT nhận khoán;", "- Lưu: VT, KT-BVR."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Quang Vịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260206104500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 54/KH-BQLRPH", CSS)
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
