"""Write b_gia-lai_08-KH-HNDN-2026_hoi-nu-doanh-nhan-kem-cap-htx.pdf, the seventy-sixth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen76/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen76/make_pdf.py --html-only

A provincial women entrepreneurs' association's plan (March 2026, after Gia Lai and Bình Định were merged) pairing
member companies with cooperatives run by women: I. purposes, II. one bordered table of the pairs "TT | Hội viên kèm
cặp | HTX được kèm cặp | Nội dung hỗ trợ | Thời gian", III. three numbered paragraphs of the association's own units
and a request to the Liên minh; the signature beside "Nơi nhận".

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
STEM = "b_gia-lai_08-KH-HNDN-2026_hoi-nu-doanh-nhan-kem-cap-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.pairs { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4pt 0 8pt; }
table.pairs th, table.pairs td { border: 0.5pt solid #000; padding: 3pt; vertical-align: top; }
table.pairs th { font-weight: bold; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI LHPN TỈNH GIA LAI", ""), ("HỘI NỮ DOANH NHÂN TỈNH", "b"), ("Số: 08/KH-HNDN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 12 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kèm cặp nữ giám đốc hợp tác xã năm 2026"

BEFORE = [
    ("p", "Năm 2025, toàn tỉnh có 148 hợp tác xã do phụ nữ làm giám đốc, phần lớn mới thành lập, còn lúng túng trong "
          "quản trị, tìm thị trường. Ban Thường vụ Hội Nữ doanh nhân tỉnh xây dựng Kế hoạch để mỗi doanh nghiệp hội "
          "viên nhận kèm một hợp tác xã trong một năm."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp nữ giám đốc hợp tác xã học cách làm từ doanh nghiệp đi trước: lập kế hoạch kinh doanh, giữ sổ sách, "
          "đạt chứng nhận chất lượng, bán hàng; mỗi cặp có nội dung và thời hạn rõ."),
    ("h", "II. DANH SÁCH CÁC CẶP KÈM CẶP"),
]

COLUMNS = ["TT", "Hội viên kèm cặp", "HTX được kèm cặp", "Nội dung hỗ trợ", "Thời gian"]
WIDTHS = [5, 30, 24, 27, 14]
ROWS = [
    ("1", "Công ty TNHH Nông sản Minh Phát", "HTX Nông nghiệp Ia Grai Xanh",
     "Lập kế hoạch kinh doanh, mở sổ kế toán theo chế độ kế toán hợp tác xã", "Quý II/2026"),
    ("2", "Công ty CP Hải sản Nhơn Hải", "HTX Thủy sản Hải Minh",
     "Hướng dẫn cơ sở sơ chế cá đạt chứng nhận HACCP", "Hết tháng 9/2026"),
    ("3", "Cty TNHH Thổ cẩm Bơ Ngăn", "HTX Dệt thổ cẩm làng Đê Kôn",
     "Thiết kế mẫu mã, mở gian hàng trên sàn thương mại điện tử", "Trong năm 2026"),
    ("4", "DNTN Hồng Nhung Phú Thiện", "HTX Dịch vụ nông nghiệp Chư A Thai",
     "Kết nối tiêu thụ mì, mía nguyên liệu với nhà máy", "Theo vụ thu hoạch"),
    ("5", "Công ty TNHH Du lịch Sóng Xanh", "HTX Du lịch cộng đồng Đê Kjiêng",
     "Xây dựng tour trải nghiệm, đào tạo 10 hướng dẫn viên tại chỗ", "Trước 30/6/2026"),
    ("6", "Công ty CP Mắc ca Cao Nguyên Đỏ", "HTX Mắc ca Ia Púch",
     "Chuyển giao quy trình sấy, tách vỏ mắc ca", "Quý III/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Kết nối hội viên theo dõi các cặp, mỗi quý làm việc với từng cặp một lần; tổng hợp kết quả báo cáo "
          "Ban Chấp hành tại hội nghị sơ kết 6 tháng (tháng 7/2026)."),
    ("p", "2. Văn phòng Hội phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức Lễ ra mắt các cặp kèm cặp vào ngày "
          "28/3/2026 tại Quy Nhơn."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh Gia Lai cử cán bộ tư vấn pháp lý cho các hợp tác xã được kèm cặp khi "
          "hợp tác xã có yêu cầu."),
    ("p", "Các doanh nghiệp hội viên tự lo chi phí kèm cặp; Hội không thu phí của hợp tác xã./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội LHPN tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Các doanh nghiệp, HTX có tên;",
            "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thị Mỹ Lệ", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260312091500+07'00'"


def _blocks(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 08/KH-HNDN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += _blocks(BEFORE)
    out.append('<table class="pairs">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
    out.append('</tbody></table>')
    out += _blocks(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
