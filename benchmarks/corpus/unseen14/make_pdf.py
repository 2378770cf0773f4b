"""Write c_ninh-binh_14-CD-UBND-2026_cong-dien-giam-doc-so.pdf, the fourteenth held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen14/make_pdf.py            # writes sources/c_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen14/make_pdf.py --html-only

A CÔNG ĐIỆN of the Chủ tịch of a provincial Ủy ban (September 2026, after Ninh Bình, Nam Định and Hà Nam were merged):
the urgent form of Nghị định 30/2020/NĐ-CP, marked "KHẨN" above the header, whose title is followed by the formula
"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" and the addressees, a paragraph on the situation ending "… yêu cầu:", then
numbered demands ADDRESSED TO THE HEADS OF BODIES rather than to the bodies: "1. Giám đốc Sở Nông nghiệp và Môi
trường:" over lettered points naming nobody, "2. Giám đốc Sở Tài chính chủ trì, phối hợp với …", "4. Chủ tịch Ủy ban
nhân dân các xã, phường:" over points, "Đề nghị …" for bodies outside the Ủy ban, and "Giao Văn phòng …" last; times
counted in days ("hoàn thành trong ngày 25/9/2026", "trước ngày 05/10/2026").

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, which
records the time of printing as the PDF's creation and modification dates: ``pdf_from_html.fixed_dates`` overwrites both with the
Công điện's own date and time (a string of the same length, so the cross-reference offsets stay right), and with that
two runs give the same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "c_ninh-binh_14-CD-UBND-2026_cong-dien-giam-doc-so"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.urgent { font-weight: bold; font-size: 13pt; margin: 0 0 6pt 8mm; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 11pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-align: center; font-weight: bold; margin: 6pt 0; }
p.d { margin: 0 0 2pt 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

URGENT = "KHẨN"
HEAD_LEFT = [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH NINH BÌNH", "b"), ("Số: 14/CĐ-UBND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ninh Bình, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "CÔNG ĐIỆN"
SUBTITLE = ("Về việc hỗ trợ hợp tác xã, tổ hợp tác nông nghiệp, thủy sản khắc phục thiệt hại do mưa lũ, nhanh chóng "
            "khôi phục sản xuất")

# ("c", centred bold line) | ("d", an addressee's line) | ("p", paragraph)
BODY = [
    ("c", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"),
    ("d", "- Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính, Công Thương;"),
    ("d", "- Chánh Văn phòng Ủy ban nhân dân tỉnh;"),
    ("d", "- Chủ tịch Ủy ban nhân dân các xã, phường;"),
    ("d", "- Ngân hàng Chính sách xã hội chi nhánh tỉnh Ninh Bình;"),
    ("d", "- Liên minh Hợp tác xã tỉnh."),
    ("p", "Từ ngày 17 đến ngày 20/9/2026, do ảnh hưởng của hoàn lưu bão số 6, trên địa bàn tỉnh có mưa to đến rất to, "
          "nhiều vùng trũng ven sông Đáy, sông Hoàng Long bị ngập sâu. Theo báo cáo nhanh, 138 hợp tác xã, 215 tổ hợp "
          "tác bị thiệt hại, trong đó hơn 4.600 ha lúa mùa sắp thu hoạch, 930 ha ao nuôi thủy sản và nhiều nhà xưởng, "
          "kho chứa của hợp tác xã bị ngập, hư hỏng."),
    ("p", "Để kịp thời hỗ trợ các hợp tác xã, tổ hợp tác khắc phục hậu quả, sớm ổn định sản xuất, Chủ tịch Ủy ban nhân "
          "dân tỉnh yêu cầu:"),
    ("p", "1. Giám đốc Sở Nông nghiệp và Môi trường:"),
    ("p", "a) Hướng dẫn hợp tác xã tiêu úng, vệ sinh đồng ruộng, xử lý môi trường ao nuôi và gieo trồng cây vụ đông "
          "ngay sau khi nước rút; hoàn thành trước ngày 05/10/2026."),
    ("p", "b) Cung ứng giống lúa, giống rau màu và con giống thủy sản từ nguồn dự phòng của tỉnh cho các hợp tác xã bị "
          "thiệt hại nặng; báo cáo kết quả trước ngày 30/9/2026."),
    ("p", "c) Phối hợp với Ủy ban nhân dân các xã, phường thống kê, đánh giá thiệt hại của từng hợp tác xã, tổ hợp tác "
          "theo đúng hướng dẫn; hoàn thành trong ngày 25/9/2026."),
    ("p", "2. Giám đốc Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu Ủy ban nhân dân tỉnh "
          "sử dụng ngân sách dự phòng hỗ trợ hợp tác xã khôi phục sản xuất; trình trước ngày 30/9/2026."),
    ("p", "3. Giám đốc Sở Công Thương tổ chức kết nối tiêu thụ lúa, thủy sản thu hoạch sớm của hợp tác xã, không để bị "
          "ép giá; hoàn thành trong tháng 10/2026."),
    ("p", "4. Chủ tịch Ủy ban nhân dân các xã, phường:"),
    ("p", "a) Huy động lực lượng tại chỗ giúp hợp tác xã, tổ hợp tác khơi thông dòng chảy, gia cố bờ ao, sửa chữa nhà "
          "xưởng bị hư hỏng; hoàn thành trước ngày 30/9/2026."),
    ("p", "b) Lập danh sách hợp tác xã, thành viên hợp tác xã có nhu cầu vay vốn khôi phục sản xuất, gửi Ngân hàng "
          "Chính sách xã hội chi nhánh tỉnh Ninh Bình trước ngày 05/10/2026."),
    ("p", "5. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Ninh Bình chủ trì, phối hợp với Quỹ Hỗ trợ phát triển "
          "hợp tác xã tỉnh xem xét gia hạn nợ, cho vay mới đối với hợp tác xã bị thiệt hại; thực hiện đến hết năm 2026."),
    ("p", "6. Đề nghị Liên minh Hợp tác xã tỉnh hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ; tổng hợp khó khăn, kiến "
          "nghị của hợp tác xã, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/10/2026."),
    ("p", "7. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc thường xuyên việc thực hiện Công điện này; kịp "
          "thời báo cáo Chủ tịch Ủy ban nhân dân tỉnh những vấn đề phát sinh vượt thẩm quyền./."),
]

NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Bộ Nông nghiệp và Môi trường (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Chủ tịch, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Lưu: VT, KT."]
SIGN = [("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Trần Văn Khiêm", "b")]


#: the dates written into the PDF instead of the time of printing: the Công điện's, 16:05 in Việt Nam
PDF_DATE = b"D:20260922160500+07'00'"


def build_html() -> str:
    out = page_start("Công điện 14/CĐ-UBND", CSS)
    out.append(f'<p class="urgent">{e(URGENT)}</p>')
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    cls = {"c": "c", "d": "d", "p": "t"}
    for kind, text in BODY:
        out.append(f'<p class="{cls[kind]}">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
