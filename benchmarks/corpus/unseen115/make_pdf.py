"""Write b_cao-bang_36-KH-BQLCVDC-2026_cong-vien-dia-chat-san-pham-htx.pdf, the hundred-and-fifteenth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen115/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen115/make_pdf.py --html-only

A geopark management board's plan (April 2026): I. purposes, II. one bordered table in the body, TT | Nội dung | Bộ
phận thực hiện | Phối hợp | Thời gian, seven rows under three lettered group rows (A., B., C.), partners in a cell
separated by a semicolon; III. two paragraphs of work; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_cao-bang_36-KH-BQLCVDC-2026_cong-vien-dia-chat-san-pham-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt; vertical-align: top; }
table.tasks td.g { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH CAO BẰNG", ""), ("BAN QUẢN LÝ CÔNG VIÊN", "b"), ("ĐỊA CHẤT NON NƯỚC CAO BẰNG", "b"),
             ("Số: 36/KH-BQLCVĐC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 06 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác phát triển sản phẩm và dịch vụ gắn với Công viên địa chất năm 2026"

BEFORE = [
    ("p", "Để các hợp tác xã, tổ hợp tác trong vùng Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng được hưởng "
          "lợi từ danh hiệu và góp phần bảo tồn di sản, Ban Quản lý xây dựng Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Nâng số sản phẩm của hợp tác xã, tổ hợp tác được gắn nhãn của Công viên địa chất lên ít nhất 10 sản phẩm; "
          "mỗi điểm di sản trọng điểm có ít nhất một hợp tác xã hoặc tổ hợp tác cung cấp dịch vụ cho du khách."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
]

COLUMNS = ["TT", "Nội dung", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [6, 40, 18, 22, 14]
ROWS = [
    ("A.", "Sản phẩm của hợp tác xã, tổ hợp tác"),
    ("1", "Rà soát, lựa chọn sản phẩm của HTX, THT đủ điều kiện gắn nhãn \u201cSản phẩm Công viên địa chất\u201d",
     "Phòng Nghiên cứu - Bảo tồn", "UBND các xã trong vùng Công viên", "Tháng 5/2026"),
    ("2", "Hướng dẫn HTX thiết kế bao bì, tem nhãn có biểu trưng Công viên địa chất", "Phòng Truyền thông - Giáo "
          "dục", "Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("3", "Hỗ trợ HTX miến dong, HTX trà hoa vàng hoàn thiện hồ sơ tham gia Chương trình OCOP",
     "Phòng Nghiên cứu - Bảo tồn", "Sở Nông nghiệp và Môi trường; Liên minh HTX tỉnh", "Trước 30/9/2026"),
    ("B.", "Dịch vụ du lịch"),
    ("4", "Tập huấn kỹ năng thuyết minh, đón khách cho thành viên HTX du lịch cộng đồng tại các điểm di sản",
     "Phòng Truyền thông - Giáo dục", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 6 - 7/2026"),
    ("5", "Bố trí 04 quầy bán sản phẩm của HTX tại Trung tâm thông tin Công viên và các điểm dừng chân",
     "Phòng Hành chính - Tổng hợp", "UBND xã Trùng Khánh", "Quý III/2026"),
    ("C.", "Quảng bá, huy động nguồn lực"),
    ("6", "Giới thiệu sản phẩm của HTX tại các sự kiện quảng bá Công viên địa chất trong và ngoài tỉnh",
     "Phòng Truyền thông - Giáo dục", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "Cả năm 2026"),
    ("7", "Lồng ghép hỗ trợ HTX, THT vào các dự án bảo tồn di sản địa chất do tổ chức quốc tế tài trợ",
     "Phòng Kế hoạch - Tài chính", "Sở Tài chính", "Thường xuyên"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Trưởng "
          "Ban trước ngày 05/12/2026."),
    ("p", "2. Đề nghị UBND các xã trong vùng Công viên địa chất giới thiệu hợp tác xã, tổ hợp tác có sản phẩm tiêu "
          "biểu về Ban Quản lý trước ngày 30/4/2026."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Ban Quản lý Công viên địa chất Non nước Cao Bằng./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở VHTTDL, Sở NN&MT, Sở KH&CN;", "- Liên minh HTX tỉnh;",
            "- UBND các xã trong vùng CVĐC;", "- Các phòng thuộc Ban;", "- Lưu: VT, HCTH."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Thị Mai Phương", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260406091500+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-BQLCVĐC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if len(row) == 2:
            out.append(f'<tr><td class="g">{e(row[0])}</td><td class="g" colspan="4">{e(row[1])}</td></tr>')
        else:
            out.append('<tr>' + "".join(f'<td>{e(x)}</td>' for x in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
