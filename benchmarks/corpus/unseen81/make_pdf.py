"""Write b_gia-lai_218-KH-PC07-2026_canh-sat-pccc-kiem-tra-kho-xuong-htx.pdf, the eighty-first held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen81/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen81/make_pdf.py --html-only

A provincial police fire-prevention department's plan (March 2026) for checking fire safety at cooperatives'
warehouses and drying sheds: the police header over the department, I. purposes, II. one bordered table "TT | Nội
dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian", III. two numbered paragraphs; the signature beside "Nơi nhận",
the signer's rank before his name.

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
STEM = "b_gia-lai_218-KH-PC07-2026_canh-sat-pccc-kiem-tra-kho-xuong-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 47% 53%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 6pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG AN TỈNH GIA LAI", ""), ("PHÒNG CẢNH SÁT PCCC VÀ CNCH", "b"), ("Số: 218/KH-PC07", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 02 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kiểm tra, hướng dẫn bảo đảm an toàn phòng cháy, chữa cháy tại kho, xưởng sấy của các hợp tác xã năm 2026"

BEFORE = [
    ("p", "Năm 2025, trên địa bàn tỉnh xảy ra 04 vụ cháy tại kho chứa và lò sấy cà phê, hồ tiêu, hạt điều của hợp tác "
          "xã và tổ hợp tác, thiệt hại gần 3,2 tỷ đồng; phần lớn kho, xưởng của hợp tác xã chưa có phương án chữa "
          "cháy, chưa trang bị đủ bình chữa cháy. Phòng Cảnh sát PCCC và CNCH xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Nắm đầy đủ số kho, xưởng sấy, nhà sơ chế của hợp tác xã thuộc diện quản lý về phòng cháy, chữa cháy; phát "
          "hiện, hướng dẫn khắc phục thiếu sót; nâng khả năng tự chữa cháy tại chỗ của thành viên hợp tác xã."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
]

COLUMNS = ["TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [5, 35, 23, 22, 15]
ROWS = [
    ("1", "Thống kê kho, xưởng sấy, nhà sơ chế nông sản của các HTX, THT; lập danh sách cơ sở thuộc diện quản lý",
     "Đội Tham mưu - Tổng hợp", ["Liên minh HTX tỉnh", "Sở Tài chính"], "Trước 20/3/2026"),
    ("2", "Kiểm tra an toàn PCCC tại kho, xưởng của HTX khu vực phía Tây tỉnh",
     "Đội PCCC khu vực Pleiku", ["Công an các xã, phường"], "Tháng 4 - 5/2026"),
    ("3", "Kiểm tra an toàn PCCC tại kho, xưởng của HTX khu vực phía Đông tỉnh",
     "Đội PCCC khu vực Quy Nhơn", ["Công an các xã, phường"], "Quý II/2026"),
    ("4", "Hướng dẫn HTX lập phương án chữa cháy tại chỗ, thành lập đội PCCC cơ sở, mua sắm phương tiện theo danh mục",
     "Công an các xã, phường", ["UBND các xã, phường"], "Sau khi kiểm tra"),
    ("5", "Huấn luyện nghiệp vụ PCCC cho đội PCCC cơ sở của các HTX, cấp giấy xác nhận",
     "Đội Huấn luyện", ["Liên minh HTX tỉnh"], "Tháng 6 - 7/2026"),
    ("6", "Thực tập phương án chữa cháy tại 02 HTX có lò sấy nông sản lớn",
     "Đội Chữa cháy và CNCH", ["HTX được chọn thực tập"], "Đầu mùa khô (tháng 11/2026)"),
    ("7", "Đăng tài liệu hướng dẫn PCCC cho kho, xưởng HTX trên trang thông tin điện tử của Công an tỉnh",
     "Đội Tham mưu - Tổng hợp", [], "Thường xuyên"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đội Tham mưu - Tổng hợp theo dõi, tổng hợp kết quả, tham mưu lãnh đạo Phòng báo cáo Ban Giám đốc Công an "
          "tỉnh trước ngày 15/12/2026."),
    ("p", "2. Đề nghị Liên minh HTX tỉnh thông báo Kế hoạch này đến các HTX thành viên, vận động HTX tự kiểm tra, khắc "
          "phục tồn tại trước khi đoàn kiểm tra đến."),
]

NOI_NHAN = ["Nơi nhận:", "- Đ/c Giám đốc CA tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Sở Tài chính;",
            "- Các Đội thuộc Phòng;", "- CA các xã, phường;", "- Lưu: PC07."]
SIGN = [("KT. TRƯỞNG PHÒNG", "b"), ("PHÓ TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Thượng tá Đoàn Minh Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260302143000+07'00'"


def part(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 218/KH-PC07", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += part(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for number, task, lead, partners, time in ROWS:
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(task)}</td><td>{e(lead)}</td>'
                   f'<td>{"<br>".join(e(p) for p in partners)}</td><td class="c">{e(time)}</td></tr>')
    out += ['</tbody>', '</table>']
    out += part(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
