"""Write b_son-la_41-KH-BQLKDL-2026_ban-quan-ly-khu-du-lich-chu-tri-gop-dong.pdf, the fifty-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen52/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen52/make_pdf.py --html-only

A national tourist area's management board's plan (June 2026) for community-tourism cooperatives: I. purposes, II. one
table STT | Nội dung | Chủ trì | Phối hợp | Thời gian whose "Chủ trì" cell is merged down over the rows a unit leads,
III. two numbered paragraphs; the signature beside "Nơi nhận".

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
STEM = "b_son-la_41-KH-BQLKDL-2026_ban-quan-ly-khu-du-lich-chu-tri-gop-dong"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 9pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH SƠN LA", ""), ("BAN QUẢN LÝ KHU DU LỊCH", "b"), ("QUỐC GIA MỘC CHÂU", "b"),
             ("Số: 41/KH-BQLKDL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Mộc Châu, ngày 05 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác du lịch cộng đồng trong Khu du lịch quốc gia Mộc Châu năm 2026"

BEFORE = [
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Nâng chất lượng dịch vụ lưu trú, ẩm thực, trải nghiệm của các hợp tác xã, tổ hợp tác du lịch cộng đồng; đưa "
          "sản phẩm của hợp tác xã vào các tour, tuyến của Khu du lịch; giữ gìn bản sắc của các bản người Thái, Mông."),
    ("h", "II. NHIỆM VỤ VÀ PHÂN CÔNG"),
]

#: rows: (STT, Nội dung, Chủ trì or None when merged into the cell above, rowspan, Phối hợp, Thời gian)
ROWS = [
    ("1", "Rà soát, cập nhật danh sách hợp tác xã, tổ hợp tác, hộ làm homestay trong Khu du lịch",
     "Phòng Quản lý điểm đến", 3, "UBND các xã, phường trong Khu du lịch", "Tháng 6/2026"),
    ("2", "Gắn biển chỉ dẫn, mã QR giới thiệu cho 12 điểm du lịch cộng đồng do hợp tác xã quản lý", None, 0,
     "HTX Du lịch cộng đồng Nà Ka", "Quý III/2026"),
    ("3", "Kiểm tra điều kiện an toàn, vệ sinh tại các điểm lưu trú của hợp tác xã", None, 0,
     "", "Trước mùa hoa cải (tháng 11)"),
    ("4", "Mở 02 lớp bồi dưỡng kỹ năng đón khách, nấu ăn, thuyết minh cho thành viên hợp tác xã",
     "Trung tâm Thông tin và Xúc tiến du lịch", 2, "Trường Cao đẳng Sơn La", "Tháng 7 - 8/2026"),
    ("5", "Đưa sản phẩm của hợp tác xã lên cổng thông tin và ứng dụng du lịch thông minh Mộc Châu", None, 0,
     "", "Thường xuyên"),
    ("6", "Bố trí gian hàng miễn phí cho hợp tác xã tại Ngày hội văn hóa các dân tộc", "Phòng Kế hoạch - Tổng hợp", 1,
     "Liên minh Hợp tác xã tỉnh Sơn La", "Dịp Lễ 2/9"),
    ("7", "Hướng dẫn hợp tác xã xây dựng nội quy điểm du lịch, niêm yết giá dịch vụ", "Phòng Quản lý điểm đến", 1,
     "UBND các xã, phường trong Khu du lịch", "Quý IV/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kế hoạch - Tổng hợp theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh (qua Sở Văn hóa, Thể thao và Du "
          "lịch) trước ngày 10/12/2026."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh Sơn La xem xét cho các hợp tác xã du lịch có phương án khả thi vay vốn "
          "Quỹ hỗ trợ phát triển hợp tác xã trong năm 2026./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở VHTTDL;", "- LMHTX tỉnh;", "- UBND các xã, phường trong KDL;",
            "- Các phòng, trung tâm thuộc Ban;", "- Lưu: VT, KHTH."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Sồng A Lử", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260605152000+07'00'"


def table() -> list[str]:
    out = ['<table class="tasks">',
           '<colgroup><col style="width:6%"><col style="width:37%"><col style="width:22%"><col style="width:19%">'
           '<col style="width:16%"></colgroup>',
           '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in ("STT", "Nội dung", "Chủ trì", "Phối hợp",
                                                                  "Thời gian")) + '</tr></thead>', '<tbody>']
    for stt, task, lead, span, partners, when in ROWS:
        cells = [f'<td class="c">{e(stt)}</td>', f'<td>{e(task)}</td>']
        if lead is not None:
            cells.append(f'<td rowspan="{span}">{e(lead)}</td>' if span > 1 else f'<td>{e(lead)}</td>')
        cells += [f'<td>{e(partners)}</td>', f'<td class="c">{e(when)}</td>']
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-BQLKDL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += table()
    for kind, text in AFTER:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
