"""Write b_quang-ninh_41-KH-BTGDVTU-2026_ban-tuyen-giao-dan-van-htx.pdf, the seventy-seventh held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen77/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen77/make_pdf.py --html-only

A provincial Party committee's board of propaganda and mass mobilisation's plan (April 2026) on bringing people into
cooperative groups and cooperatives: the Party's header (the Tỉnh ủy over the board, a star, "Số 41-KH/…" without a
colon, "ĐẢNG CỘNG SẢN VIỆT NAM" on the right), I. purposes, II. four numbered headings in bold, the first three over
one paragraph of prose each, the fourth over "-" items; III. three numbered paragraphs; the signature beside "Nơi
nhận". No table.

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
STEM = "b_quang-ninh_41-KH-BTGDVTU-2026_ban-tuyen-giao-dan-van-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TỈNH ỦY QUẢNG NINH", ""), ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "b"), ("*", ""),
             ("Số 41-KH/BTGDVTU", "")]
HEAD_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "b"), ("", ""), ("Quảng Ninh, ngày 03 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "làm tốt công tác dân vận, vận động Nhân dân vào tổ hợp tác, hợp tác xã năm 2026"

# "h" a section heading, "s" a numbered heading (bold), "p" a paragraph
BODY = [
    ("p", "Căn cứ chương trình làm việc năm 2026 của Thường trực Tỉnh ủy, Ban Tuyên giáo và Dân vận đề ra Kế hoạch "
          " làm tốt công tác dân vận đối với khu vực kinh tế tập thể, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nắm chắc tâm tư của thành viên, người lao động trong các tổ hợp tác, hợp tác xã; khơi dậy tinh thần tự "
          "nguyện, cùng góp sức của Nhân dân, nhất là ở các xã vùng cao, miền núi, hải đảo. Việc vận động phải gắn "
          "với lợi ích thiết thực của hộ thành viên, tránh hình thức."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Nắm tình hình tư tưởng ở cơ sở"),
    ("p", "Phòng Dân vận tham mưu lãnh đạo Ban tổ chức các đoàn khảo sát tại 12 hợp tác xã ở các xã Bình Liêu, Ba "
          "Chẽ, Đầm Hà và đặc khu Vân Đồn, nắm những băn khoăn của thành viên về góp vốn, chia lãi; hoàn thành trong "
          "tháng 5/2026."),
    ("s", "2. Định hướng tuyên truyền"),
    ("p", "Phòng Tuyên truyền - Báo chí định hướng các cơ quan báo chí của tỉnh mở chuyên mục về những hợp tác xã "
          "làm ăn có lãi nhờ Nhân dân đồng lòng, những cán bộ quản lý hợp tác xã gương mẫu; thực hiện trong quý II "
          "và quý III/2026."),
    ("s", "3. Mô hình \u201cDân vận khéo\u201d trong kinh tế tập thể"),
    ("p", "Đảng ủy các xã, phường, đặc khu chỉ đạo lựa chọn, xây dựng ít nhất 01 mô hình \u201cDân vận khéo\u201d "
          "gắn với tổ hợp tác, hợp tác xã trên địa bàn, gửi đăng ký về Ban (qua Phòng Dân vận) trước ngày 15/5/2026."),
    ("s", "4. Phối hợp với các cơ quan, tổ chức"),
    ("p", "- Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh vận "
          "động hội viên tham gia, góp vốn vào hợp tác xã; thời gian: cả năm 2026."),
    ("p", "- Liên minh Hợp tác xã tỉnh phối hợp Phòng Dân vận tổ chức tọa đàm \u201cCông tác dân vận trong hợp tác "
          "xã\u201d nhân Ngày Hợp tác xã Việt Nam 11/4/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Dân vận là bộ phận thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; sơ kết 6 tháng và tổng kết "
          "năm, báo cáo Thường trực Tỉnh ủy (qua Ban) trước ngày 15/12/2026."),
    ("p", "2. Văn phòng Ban bảo đảm kinh phí, phương tiện cho các đoàn khảo sát trong quý II/2026."),
    ("p", "3. Đề nghị Sở Tài chính cung cấp số liệu về tổ hợp tác, hợp tác xã còn hoạt động của tỉnh cho "
          "Ban (qua Phòng Dân vận) trước ngày 30/4/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (để b/c),", "- Các đồng chí lãnh đạo Ban,",
            "- Đảng ủy các xã, phường, đặc khu,", "- UBMTTQ tỉnh, Sở Tài chính, LMHTX tỉnh,",
            "- Các phòng thuộc Ban,", "- Lưu VP, PDV."]
SIGN = [("K/T TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Vi Thị Hạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260403151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 41-KH/BTGDVTU", CSS)
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
