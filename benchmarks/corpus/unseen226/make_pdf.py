"""Print b_dong-thap_52-KH-SHGT-2026_hat-sen-tim-sen-htx-han-tung-ben.pdf, the two-hundred-and-twenty-sixth held-out
set's PDF, from ``sources/b_dong-thap_52-KH-SHGT-2026_hat-sen-tim-sen-htx-han-tung-ben.html``.

    .venv/bin/python benchmarks/corpus/unseen226/make_pdf.py

A lotus-products company's plan (August 2026) for buying the fresh lotus seeds and lotus hearts of its linked
cooperatives and cooperative group for the late-2026 lotus season: page 1 the opening, I. purposes, II. the linked
lotus fields (facts) and III.'s sentence on how the table is read; **page 2 the task table TT | Việc | Chủ trì | Phối
hợp | Hạn whose PARTNER CELL gives EACH PARTNER ITS OWN EARLIER DATE FOR ITS PART in brackets after its name** ("Phòng
Kế toán (lập phụ lục giá trước 25/8/2026)"), the task's own date in the last column (a partner with no bracket, an
empty cell); page 3 IV. two numbered paragraphs and the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The table's head row is an ordinary bold row (no
``<th>``) and the table stands on a page of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-thap_52-KH-SHGT-2026_hat-sen-tim-sen-htx-han-tung-ben"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.l { text-align: justify; margin: 0 0 4pt; padding-left: 10mm; }
.page { break-before: page; }
.page p.cap { font-weight: bold; text-align: center; margin: 0 0 6pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; }
table.tasks td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks tr.hd td { font-weight: bold; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("SEN HỒNG GÒ THÁP", "b"), ("Số: 52/KH-SHGT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 14 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua hạt sen tươi, tim sen của các hợp tác xã, tổ hợp tác liên kết vụ sen cuối năm 2026"

PAGE1 = [
    ("p", "Vụ sen cuối năm 2025 Công ty mua được 96 tấn hạt sen tươi, nhưng có ngày hạt về xưởng sau 10 giờ hái nên "
          "bị thâm, tim sen lẫn tạp chất nhiều, hai lô trà tim sen không đạt chỉ tiêu dư lượng khi khách hàng kiểm "
          "lại. Vụ này Công ty mua thẳng của các đơn vị trồng sen liên kết và giao việc như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("l", "- Mua ít nhất 140 tấn hạt sen tươi và 6 tấn tim sen của vùng liên kết; hạt về đến xưởng trong ngày hái."),
    ("l", "- Toàn bộ hạt sen sấy, trà tim sen xuất bán có phiếu kiểm nghiệm đạt và ghi rõ vùng trồng."),
    ("h", "II. VÙNG SEN LIÊN KẾT"),
    ("l", "- HTX Sen Mỹ Hòa (xã Mỹ Hòa): 46 ha sen lấy hạt."),
    ("l", "- HTX Nông nghiệp Tân Kiều (xã Tân Kiều): 31 ha, có sẵn nhà kho gần bến ghe."),
    ("l", "- THT trồng sen ấp 3 xã Mỹ An: 12 ha; HTX Dịch vụ nông nghiệp Thanh Mỹ (xã Thanh Mỹ): 25 ha."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Bảng phân công in ở trang sau. Ở cột \"Phối hợp\", ngày ghi trong ngoặc sau tên một đơn vị là hạn phần việc "
          "của riêng đơn vị đó (để đơn vị chủ trì kịp làm); hạn của cả việc là ngày ở cột \"Hạn\" cuối hàng."),
]

COLUMNS = ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn"]
WIDTHS = [5, 35, 18, 29, 13]
ROWS = [
    ("1", "Ký hợp đồng mua hạt sen tươi, tim sen với từng HTX, THT liên kết cho vụ từ tháng 9 đến tháng 12/2026",
     "Phòng Nguyên liệu", "Phòng Kế toán (lập phụ lục giá trước 25/8/2026)", "31/8/2026"),
    ("2", "Tập huấn cách hái gương sen đủ già, tách hạt và giữ hạt tươi trong thùng đá không quá 6 giờ",
     "Phòng Quản lý chất lượng",
     "Trung tâm Khuyến nông tỉnh (cử giảng viên trước 05/9/2026); HTX Sen Mỹ Hòa (mượn hội trường ngày 08/9/2026)",
     "10/9/2026"),
    ("3", "Đặt 02 tủ mát và cân điện tử tại điểm nhận hạt ở kho của HTX Nông nghiệp Tân Kiều",
     "Xưởng Sơ chế", "HTX Nông nghiệp Tân Kiều (giao mặt bằng trước 10/9/2026)", "20/9/2026"),
    ("4", "Nhận hạt sen mỗi sáng, cân, đo độ ẩm, ghi phiếu cho từng hộ",
     "Xưởng Sơ chế", "Phòng Quản lý chất lượng", "Hằng ngày, từ 15/9 đến 20/12/2026"),
    ("5", "Sấy hạt, rút tim sen, đóng túi hút chân không",
     "Xưởng Sơ chế", "", "Trong 24 giờ sau mỗi lần nhận"),
    ("6", "Gửi mẫu hạt sen sấy và trà tim sen đi kiểm nghiệm dư lượng thuốc bảo vệ thực vật, kim loại nặng",
     "Phòng Quản lý chất lượng", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh (lấy mẫu tại ruộng trước 30/9/2026)",
     "15/10/2026"),
    ("7", "Lập hồ sơ đề nghị cấp mã số vùng trồng sen cho 04 đơn vị liên kết",
     "Phòng Nguyên liệu",
     "UBND xã Mỹ Hòa (xác nhận diện tích trước 15/10/2026); Chi cục Trồng trọt và Bảo vệ thực vật tỉnh (thẩm định "
     "trước 15/11/2026)", "30/11/2026"),
    ("8", "Chuyển tiền hạt sen, tim sen vào tài khoản của HTX, THT theo phiếu cân",
     "Phòng Kế toán", "Phòng Nguyên liệu (đối chiếu phiếu cân chiều thứ Sáu hằng tuần)", "Thứ Hai hằng tuần"),
    ("9", "Bày hạt sen sấy, trà tim sen mang tên vùng sen Mỹ Hòa ở gian hàng của Công ty tại Hội chợ nông sản tỉnh",
     "Phòng Kinh doanh", "HTX Sen Mỹ Hòa (chọn 200 hộp mẫu trước 25/11/2026)", "05/12/2026"),
    ("10", "Tổng kết vụ sen, đánh giá việc thực hiện hợp đồng của từng đơn vị, đề xuất giá mua năm 2027",
     "Ban Giám đốc",
     "Phòng Nguyên liệu (số liệu sản lượng trước 08/01/2027); Phòng Kế toán (số liệu công nợ trước 08/01/2027)",
     "29/01/2027"),
]

AFTER = [
    ("h", "IV. THEO DÕI VÀ PHẦN VIỆC CỦA CÁC ĐƠN VỊ LIÊN KẾT"),
    ("l", "1. Phòng Nguyên liệu lập bảng theo dõi lượng hạt sen từng đơn vị đã giao, gửi Giám đốc vào sáng thứ Hai hằng "
          "tuần."),
    ("l", "2. Các HTX, THT liên kết lập danh sách hộ bán hạt sen, diện tích và số tài khoản từng hộ, gửi Phòng Nguyên "
          "liệu trước ngày 30/8/2026; không bán hạt sen đã đăng ký với Công ty cho người thu mua khác."),
    ("p", "Các phòng, xưởng làm theo bảng phân công; có vướng mắc thì báo Giám đốc để xử lý kịp thời./."),
]

NOI_NHAN = ["Nơi nhận:", "- Các HTX, THT liên kết;", "- UBND các xã Mỹ Hòa, Tân Kiều, Mỹ An, Thanh Mỹ (để biết);",
            "- Các phòng, xưởng;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thị Ngọc Diệp", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260814104000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "l": f'<p class="l">{e(text)}</p>'}[kind]


def task_table() -> list[str]:
    out = ['<div class="page">',
           '<p class="cap">BẢNG PHÂN CÔNG</p>',
           '<table class="tasks">',
           '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
           '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        cells = [f'<td class="c">{e(row[0])}</td>'] + [f'<td>{e(v)}</td>' for v in row[1:4]]
        cells.append(f'<td class="c">{e(row[4])}</td>')
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</table>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-SHGT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in PAGE1]
    out += task_table()
    out.append('<div class="page">')
    out += [block(entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
