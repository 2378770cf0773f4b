"""Write b_lam-dong_118-KH-SKHP-2026_hoan-tho-dat-titan-giao-htx.pdf, the two-hundred-and-thirteenth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen213/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen213/make_pdf.py --html-only

A titanium-sand mining company's plan (November 2026) for handing its restored, mined-out plots to dune-farming
cooperatives and a cooperative group: the opening, I. purposes, II. ONE SECTION PER PLOT ("Khu HT-1" …), each
opening with a small bordered FACT BOX of two columns (area, place, receiving cooperative, crop, state of the land —
no work), then lettered tasks, each followed by an ARROW LINE "→ Thực hiện: … | Cùng: … | Xong: …"; III. two
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_118-KH-SKHP-2026_hoan-tho-dat-titan-giao-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 8pt 0 3pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.task { margin: 3pt 0 0 6mm; text-align: justify; }
p.arrow { margin: 0 0 4pt 12mm; font-size: 10.5pt; font-style: italic; }
table.facts { border-collapse: collapse; width: 88%; margin: 2pt 0 4pt 6mm; font-size: 10pt; }
table.facts td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.facts td.k { width: 32%; font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("SA KHOÁNG HỒNG PHONG", "b"), ("Số: 118/KH-SKHP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hồng Phong, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Bàn giao đất đã hoàn thổ sau khai thác sa khoáng titan cho hợp tác xã, tổ hợp tác sản xuất nông nghiệp "
            "năm 2026 - 2027")

BEFORE = [
    ("p", "Căn cứ Quyết định số 2291/QĐ-UBND ngày 18/6/2026 của UBND tỉnh Lâm Đồng phê duyệt phương án cải tạo, phục "
          "hồi môi trường bổ sung của mỏ sa khoáng titan Hồng Phong; Biên bản làm việc ngày 22/10/2026 giữa Công ty "
          "với UBND xã Hồng Phong, UBND xã Hòa Thắng và các hợp tác xã, tổ hợp tác đề nghị nhận đất."),
    ("p", "Đến hết tháng 10/2026, Công ty đã khai thác xong, san gạt và phủ lại lớp đất màu cho 86,5 ha tại ba khu "
          "HT-1, HT-2, HT-3; đất sau hoàn thổ là cát pha, giữ nước kém, cần được trồng cây phủ xanh và bón hữu cơ liên "
          "tục ít nhất ba năm đầu. Công ty ban hành Kế hoạch bàn giao như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Đất sau khai thác được đưa vào sản xuất, không để bỏ hoang gây cát bay, cát chảy; người dân vùng mỏ có thêm "
          "việc làm và thu nhập thông qua hợp tác xã."),
    ("p", "- Mỗi khu chỉ bàn giao khi đã đo suất liều bức xạ, có kết quả phân tích đất đạt quy chuẩn và có hợp đồng giao "
          "khoán ký với đơn vị nhận đất."),
    ("h", "II. NỘI DUNG THEO TỪNG KHU"),
]

PLOTS = [
    ("1. Khu HT-1", [
        ("Diện tích", "32,0 ha"), ("Vị trí", "Thôn Hồng Trung, xã Hồng Phong"),
        ("Đơn vị nhận đất", "HTX Nông nghiệp Hồng Lâm (46 thành viên)"),
        ("Cây trồng dự kiến", "Đậu phộng, dưa hấu luân canh; đai phi lao chắn cát"),
        ("Hiện trạng", "Đã phủ đất màu dày 30 cm, trồng 02 hàng phi lao năm 2025")], [
        ("a) Đo đạc, cắm mốc ranh giới khu HT-1, lập trích đo bản đồ và biên bản hiện trạng giao cho HTX.",
         "Phòng Kỹ thuật - Môi trường", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Bắc Bình, UBND xã Hồng Phong",
         "trước 30/11/2026"),
        ("b) Đo suất liều bức xạ gamma và lấy 12 mẫu đất phân tích kim loại nặng trên toàn khu.",
         "Phòng Kỹ thuật - Môi trường", "Trung tâm Quan trắc tài nguyên và môi trường tỉnh", "15/12/2026"),
        ("c) Khoan 02 giếng, lắp đường ống chính và béc tưới phun mưa cho 10 ha đầu tiên.",
         "Xưởng Cơ điện", "HTX Nông nghiệp Hồng Lâm", "tháng 01/2027"),
    ]),
    ("2. Khu HT-2", [
        ("Diện tích", "41,5 ha"), ("Vị trí", "Thôn Tiến Thạnh, xã Hòa Thắng"),
        ("Đơn vị nhận đất", "HTX Dịch vụ nông nghiệp Hòa Thắng"),
        ("Cây trồng dự kiến", "Điều ghép, xen cỏ chăn nuôi bò"),
        ("Hiện trạng", "Còn 4 ha ở rìa phía đông chưa có cây chắn cát")], [
        ("a) Trồng bổ sung phi lao trên 4 ha rìa phía đông trước khi bàn giao.",
         "Đội Hoàn thổ", "", "mùa mưa 2027 (tháng 5 - 7/2027)"),
        ("b) Ký hợp đồng giao khoán sử dụng đất thời hạn 05 năm với HTX Dịch vụ nông nghiệp Hòa Thắng.",
         "Phòng Hành chính - Pháp chế", "Sở Nông nghiệp và Môi trường", "Quý I/2027"),
        ("c) Hỗ trợ HTX 120 triệu đồng mua phân hữu cơ vi sinh cải tạo đất năm đầu.",
         "Phòng Tài chính - Kế toán", "", "tháng 02/2027"),
    ]),
    ("3. Khu HT-3", [
        ("Diện tích", "13,0 ha"), ("Vị trí", "Thôn Hồng Thắng, xã Hòa Thắng"),
        ("Đơn vị nhận đất", "Tổ hợp tác trồng dưa lưới Hồng Thắng (đang chuẩn bị thành lập HTX)"),
        ("Cây trồng dự kiến", "Dưa lưới trong nhà lưới, rau ăn lá"),
        ("Hiện trạng", "Đã phủ đất màu, chưa có nguồn nước")], [
        ("a) Hướng dẫn tổ hợp tác hoàn thiện hồ sơ đăng ký thành lập hợp tác xã.",
         "Phòng Hành chính - Pháp chế", "Sở Tài chính, UBND xã Hòa Thắng", "trước 31/01/2027"),
        ("b) Bàn giao khu HT-3 và cấp 01 bể chứa nước 200 m³ cho hợp tác xã mới.",
         "Phòng Kỹ thuật - Môi trường", "Xưởng Cơ điện",
         "sau khi HTX được cấp Giấy chứng nhận đăng ký hợp tác xã"),
    ]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kỹ thuật - Môi trường là đầu mối theo dõi việc sử dụng đất sau bàn giao ở cả ba khu, báo cáo Giám "
          "đốc vào ngày 25 hằng tháng."),
    ("p", "2. Đề nghị UBND xã Hồng Phong, UBND xã Hòa Thắng giám sát các hợp tác xã, tổ hợp tác sử dụng đất đúng mục "
          "đích, không khai thác cát, không xây dựng công trình kiên cố trên đất nhận khoán."),
    ("p", "Trên đây là Kế hoạch bàn giao đất đã hoàn thổ của Công ty Cổ phần Sa khoáng Hồng Phong; các phòng, đội, "
          "xưởng căn cứ phần việc được giao để thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (b/c);", "- Sở Tài chính;",
            "- UBND xã Hồng Phong, xã Hòa Thắng;", "- HTX, THT nhận đất;", "- Các phòng, đội, xưởng;",
            "- Lưu: VT, KTMT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trương Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261105101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-SKHP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    for title, facts, tasks in PLOTS:
        out.append(f'<h4>{e(title)}</h4>')
        out.append('<table class="facts">')
        out += [f'<tr><td class="k">{e(k)}</td><td>{e(v)}</td></tr>' for k, v in facts]
        out.append('</table>')
        for text, lead, partners, when in tasks:
            out.append(f'<p class="task">{e(text)}</p>')
            out.append(f'<p class="arrow">→ Thực hiện: {e(lead)} | Cùng: {e(partners or "—")} | Xong: {e(when)}</p>')
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
