"""Write b_thai-nguyen_11-KH-HTY-2026_hoi-thu-y-tu-van-htx-chan-nuoi.pdf, the hundred-and-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen102/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen102/make_pdf.py --html-only

A new kind: a provincial veterinary association's plan (March 2026) for advising livestock cooperatives and
co-operative groups: the umbrella union and the Hội in the header, a short opening, I. purposes, II. one bordered
table Stt | Hoạt động | Chi hội, bộ phận thực hiện | Phối hợp | Thời gian whose time cells name no year ("Tháng 4 - 5",
"Trước 30/6", "Quý III", "Trước vụ đông (tháng 10)", "Cả năm"), III. two numbered paragraphs, the closing sentence,
the signature beside "Nơi nhận".

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
STEM = "b_thai-nguyen_11-KH-HTY-2026_hoi-thu-y-tu-van-htx-chan-nuoi"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI KH&KT TỈNH THÁI NGUYÊN", ""), ("HỘI THÚ Y TỈNH THÁI NGUYÊN", "b"),
             ("Số: 11/KH-HTY", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thái Nguyên, ngày 20 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn thú y, an toàn sinh học cho hợp tác xã, tổ hợp tác chăn nuôi năm 2026"

BEFORE = [
    ("p", "Năm 2026 Hội Thú y tỉnh tiếp tục đưa hội viên là bác sĩ thú y, kỹ thuật viên về giúp các hợp tác xã, tổ "
          "hợp tác chăn nuôi lợn, gà đồi, trâu bò và nuôi ong giữ đàn an toàn. Ban Chấp hành Hội đề ra kế hoạch như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Mỗi hợp tác xã chăn nuôi có ít nhất một hội viên theo dõi thường xuyên; không để dịch tả lợn châu Phi, cúm "
          "gia cầm lây lan trong các cơ sở của hợp tác xã."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
]
COLUMNS = ["Stt", "Hoạt động", "Chi hội, bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [5, 37, 24, 20, 14]
ROWS = [
    ("1", "Khảo sát thực trạng chuồng trại, tiêm phòng của 46 hợp tác xã, tổ hợp tác chăn nuôi; lập sổ theo dõi từng "
          "cơ sở", "Ban Chuyên môn", "Liên minh HTX tỉnh", "Tháng 4 - 5"),
    ("2", "Phân công 46 hội viên nhận đỡ đầu mỗi người một hợp tác xã, tổ hợp tác", "Văn phòng Hội",
          "Chi hội Thú y các xã", "Trước 30/6"),
    ("3", "Tập huấn an toàn sinh học, ghi chép sổ chăn nuôi cho ban quản trị và tổ viên (4 lớp)", "Ban Chuyên môn",
          "Chi cục Chăn nuôi và Thú y", "Quý III"),
    ("4", "Hướng dẫn hợp tác xã nuôi lợn lập hồ sơ cơ sở an toàn dịch bệnh", "Chi hội Thú y xã Phú Bình",
          "Trạm Chăn nuôi và Thú y khu vực", "Tháng 8 - 9"),
    ("5", "Hướng dẫn chống rét, dự trữ thức ăn cho đàn trâu bò của hợp tác xã vùng cao", "Chi hội Thú y xã Võ "
          "Nhai", "UBND xã Võ Nhai", "Trước vụ đông (tháng 10)"),
    ("6", "Trực tư vấn qua điện thoại, nhóm Zalo khi hợp tác xã có gia súc, gia cầm ốm, chết bất thường",
          "Văn phòng Hội", "", "Cả năm"),
    ("7", "Giới thiệu hợp tác xã với các công ty thuốc thú y để mua vắc xin, thuốc theo giá đại lý cấp 1",
          "Ban Chuyên môn", "Hội Chăn nuôi tỉnh", "Quý II"),
]
AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội lập dự toán kinh phí các hoạt động, trình Thường trực Hội duyệt trước ngày 10/4/2026."),
    ("p", "2. Các chi hội báo cáo kết quả về Văn phòng Hội trước ngày 05/12/2026 để tổng kết năm."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Hội Thú y tỉnh Thái Nguyên, đề nghị các chi hội, bộ phận chủ động "
          "làm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Sở NN&MT (b/c);", "- Liên minh HTX tỉnh;",
            "- Các chi hội;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Ma Văn Khởi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260320141500+07'00'"


def paragraphs(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 11/KH-HTY", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="{"c" if i in (0, 4) else ""}">{e(v)}</td>' for i, v in enumerate(row))
                   + '</tr>')
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
