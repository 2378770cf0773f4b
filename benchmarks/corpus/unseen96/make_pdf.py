"""Write b_vla_19-KH-VLA-2026_logistics-kho-lanh-gom-hang-htx.pdf, the ninety-sixth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen96/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen96/make_pdf.py --html-only

A national logistics business association's plan (March 2026) linking its member firms with agricultural cooperatives
(cold stores, consolidated shipments): I. purposes, II. one sentence over a bordered table TT | Hoạt động | Đầu mối |
Đơn vị cùng thực hiện | Thời điểm (nine rows, a partner named with its parent in brackets, a dash for no partner), III.
a short paragraph of how it is carried out, the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_vla_19-KH-VLA-2026_logistics-kho-lanh-gom-hang-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HIỆP HỘI DOANH NGHIỆP DỊCH VỤ", "b"), ("LOGISTICS VIỆT NAM", "b"), ("Số: 19/KH-VLA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("TP. Hồ Chí Minh, ngày 03 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kết nối doanh nghiệp hội viên với hợp tác xã nông nghiệp về kho lạnh, vận chuyển và gom hàng năm 2026"

INTRO = ("Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hiệp hội lần thứ ba, nhiệm kỳ 2024 - 2029; nhằm giảm chi phí "
         "logistics cho nông sản của các hợp tác xã, Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam (VLA) xây "
         "dựng Kế hoạch năm 2026 như sau:")
PURPOSE = [
    "1. Giúp hợp tác xã tiếp cận kho lạnh, xe lạnh và dịch vụ gom hàng lẻ của doanh nghiệp hội viên với giá hợp lý, "
    "nhất là trong mùa thu hoạch rộ.",
    "2. Doanh nghiệp hội viên mở rộng nguồn hàng ổn định từ khu vực kinh tế tập thể; mỗi hoạt động giao một đầu mối "
    "chịu trách nhiệm.",
]
COLUMNS = ["TT", "Hoạt động", "Đầu mối", "Đơn vị cùng thực hiện", "Thời điểm"]
WIDTHS = [5, 41, 17, 21, 16]
ROWS = [
    ("1", "Lập danh mục kho lạnh, kho mát của hội viên sẵn sàng cho hợp tác xã thuê ngắn ngày, thuê theo pallet",
     "Ban Logistics nông sản", "Văn phòng Hiệp hội", "Trước 31/3/2026"),
    ("2", "Khảo sát nhu cầu vận chuyển, bảo quản của khoảng 100 hợp tác xã trái cây, rau màu, thủy sản vùng Đồng bằng "
          "sông Cửu Long và Tây Nguyên", "Ban Logistics nông sản", "Liên minh Hợp tác xã Việt Nam", "Quý II/2026"),
    ("3", "Xây dựng biểu giá ưu đãi gom hàng lẻ đường biển, đường sắt dành cho hợp tác xã có hàng xuất khẩu",
     "Ban Vận tải đa phương thức", "Các doanh nghiệp hội viên", "Tháng 4/2026"),
    ("4", "Hội nghị kết nối doanh nghiệp logistics với hợp tác xã khu vực Đồng bằng sông Cửu Long tại Cần Thơ",
     "Văn phòng Hiệp hội", "Liên minh Hợp tác xã Việt Nam; Cục Xuất nhập khẩu (Bộ Công Thương)", "15/5/2026"),
    ("5", "Hội nghị kết nối doanh nghiệp logistics với hợp tác xã cà phê, sầu riêng khu vực Tây Nguyên",
     "Văn phòng Hiệp hội", "Liên minh HTX tỉnh Đắk Lắk", "Tháng 8/2026"),
    ("6", "Mở 03 lớp tập huấn về sơ chế, đóng gói, bảo quản lạnh và chứng từ xuất khẩu cho cán bộ hợp tác xã",
     "Ban Đào tạo", "Ban Logistics nông sản", "Quý III/2026"),
    ("7", "Thí điểm tuyến gom hàng chung bằng xe lạnh cho 10 hợp tác xã sầu riêng, mít, bưởi",
     "Ban Logistics nông sản", "Ban Vận tải đa phương thức", "Chính vụ, tháng 6 - 8/2026"),
    ("8", "Giới thiệu các mô hình liên kết doanh nghiệp - hợp tác xã hiệu quả trên bản tin và trang thông tin của "
          "Hiệp hội", "Ban Truyền thông", "-", "Hằng quý"),
    ("9", "Tổng kết Kế hoạch, báo cáo Ban Chấp hành Hiệp hội", "Văn phòng Hiệp hội", "Các Ban chuyên môn",
     "Tháng 12/2026"),
]
CLOSING = [
    "Kinh phí thực hiện lấy từ nguồn hội phí và tài trợ của doanh nghiệp hội viên. Vướng mắc phát sinh được phản "
    "ánh về Văn phòng Hiệp hội để tổng hợp, báo cáo Thường trực Hiệp hội.",
    "Trên đây là Kế hoạch kết nối doanh nghiệp hội viên với hợp tác xã nông nghiệp năm 2026 của Hiệp hội./.",
]
NOI_NHAN = ["Nơi nhận:", "- Thường trực Hiệp hội;", "- Liên minh HTX Việt Nam (p/h);", "- Các Ban chuyên môn;",
            "- Doanh nghiệp hội viên (qua email);", "- Lưu: VP."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Trịnh Quốc Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20260303140000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-VLA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append(f'<p class="t">{e(INTRO)}</p>')
    out.append('<h3>I. MỤC ĐÍCH, YÊU CẦU</h3>')
    out += [f'<p class="t">{e(x)}</p>' for x in PURPOSE]
    out.append('<h3>II. NỘI DUNG, PHÂN CÔNG</h3>')
    out.append('<p class="t">Các hoạt động, đầu mối và thời điểm thực hiện như bảng dưới đây:</p>')
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="{"c" if i in (0, 4) else ""}">{e(x)}</td>'
                                    for i, x in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out.append('<h3>III. TỔ CHỨC THỰC HIỆN</h3>')
    out += [f'<p class="t">{e(x)}</p>' for x in CLOSING]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
