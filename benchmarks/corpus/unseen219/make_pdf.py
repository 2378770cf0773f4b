"""Print b_dong-nai_09-KH-VTTB-2026_vuon-thu-mua-thuc-an-htx.pdf from its HTML source.

    .venv/bin/python benchmarks/corpus/unseen219/make_pdf.py [--html-only]

A zoo company's plan (November 2026) for buying the fresh feed of its animals — grass, fruit, vegetables, fish — from
cooperatives and cooperative groups in 2027: the opening, I. purposes, II. a facts table of daily needs (no work),
III. the work as a LOG OF ENTRIES: each entry opens with a small HEADER LINE ABOVE the work — the zoo's section in
capitals, the doer, "cùng:" the partner, "hạn:" the time, separated by " · " — then the work as a paragraph; the
entries are not numbered. IV. one closing paragraph; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, every line upright (the header line of an entry smaller); only the facts table's borders
are drawn, its head row ordinary bold cells (no <th>: Chromium's tagged header cells took ids that varied from print
to print).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-nai_09-KH-VTTB-2026_vuon-thu-mua-thuc-an-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: normal; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.entry { margin: 0 0 7pt; break-inside: avoid; }
.entry .meta { font-size: 9pt; margin: 0; }
.entry .work { margin: 2pt 0 0; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH ĐỒNG NAI", ""), ("CÔNG TY TNHH MTV", "b"), ("VƯỜN THÚ TRẢNG BOM", "b"),
             ("Số: 09/KH-VTTB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Trảng Bom, ngày 20 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua thức ăn tươi cho động vật của các hợp tác xã, tổ hợp tác trong năm 2027"

BEFORE = [
    ("p", "Vườn thú đang nuôi 1.120 cá thể của 134 loài. Thức ăn tươi lâu nay mua qua ba đầu mối buôn bán, giá cao và "
          "khó biết nguồn gốc. Năm 2027 Công ty chuyển sang mua thẳng của các hợp tác xã (HTX), tổ hợp tác (THT) "
          "trong tỉnh, với các việc được ghi dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Thức ăn tươi, sạch, giao đúng giờ cho từng khu nuôi; giảm chi phí mua ít nhất 10%."),
    ("p", "- Tạo đầu ra ổn định cho nông sản của các HTX, THT quanh vườn thú."),
    ("h", "II. NHU CẦU HẰNG NGÀY (ƯỚC TÍNH)"),
]

COLUMNS = ["TT", "Loại thức ăn", "Lượng mỗi ngày", "Khu sử dụng"]
WIDTHS = [7, 38, 20, 35]
NEEDS = [
    ("1", "Cỏ voi, cỏ mulato tươi", "1,8 tấn", "Khu thú ăn cỏ"),
    ("2", "Trái cây các loại", "420 kg", "Khu linh trưởng, khu chim"),
    ("3", "Rau, củ", "260 kg", "Các khu"),
    ("4", "Cá rô phi, cá mè tươi", "150 kg", "Khu thú ăn thịt, khu bò sát"),
]

LOG_INTRO = ("Mỗi việc dưới đây có một dòng nhỏ phía trên, ghi theo thứ tự: khu áp dụng · bộ phận làm · cùng: đơn vị "
             "phối hợp · hạn: thời gian.")

ENTRIES = [
    ("TOÀN VƯỜN", "Phòng Kế hoạch - Vật tư", "Phòng Tài chính - Kế toán", "trước 10/12/2026",
     "Gửi thư mời chào giá tới các HTX, THT trồng cỏ, rau, trái cây và nuôi cá trong tỉnh; đăng tiêu chí chọn "
     "đơn vị cung ứng lên trang thông tin của Công ty."),
    ("KHU THÚ ĂN CỎ", "Tổ Dinh dưỡng", "HTX Cỏ chăn nuôi Bàu Hàm", "trước 20/12/2026",
     "Thống nhất giống cỏ, độ dài cắt, cách bó và giờ giao cỏ tươi tại cổng kho (chậm nhất 6 giờ 30 sáng)."),
    ("TOÀN VƯỜN", "Phòng Thú y", "Chi cục Chăn nuôi và Thú y tỉnh", "trước 15/01/2027",
     "Đến tận ruộng cỏ, vườn rau, ao cá của từng đơn vị được chọn để xem điều kiện vệ sinh trước khi ký "
     "hợp đồng chính thức."),
    ("KHU LINH TRƯỞNG", "Tổ Dinh dưỡng", "HTX Trái cây Long Thành", "tháng 01/2027",
     "Lập danh mục trái cây theo mùa cho khỉ, vượn, đười ươi; không nhận trái phun thuốc bảo vệ thực vật "
     "chưa qua thời gian cách ly."),
    ("KHU CHIM", "Tổ Dinh dưỡng", "không", "quý I/2027",
     "Đặt THT rau an toàn Hố Nai trồng thêm rau lang, cải ngọt cho khu chim; mỗi rổ rau phải có nhãn ghi ngày cắt."),
    ("KHU THÚ ĂN THỊT", "Phòng Thú y", "THT nuôi cá Phước Tân", "hằng tháng",
     "Lấy mẫu cá tươi xét nghiệm ký sinh trùng và dư lượng kháng sinh; lô cá không đạt thì trả lại."),
    ("TOÀN VƯỜN", "Phòng Tài chính - Kế toán", "không", "trước ngày 10 hằng tháng",
     "Trả tiền hàng của tháng trước cho các HTX, THT bằng chuyển khoản, kèm bảng đối chiếu số lượng."),
    ("KHU THÚ ĂN CỎ", "Đội Chăm sóc thú", "Tổ Dinh dưỡng", "thường xuyên",
     "Ghi sổ lượng cỏ thừa của từng chuồng để sửa đơn đặt hàng tuần sau."),
    ("TOÀN VƯỜN", "Phòng Thú y", "Phòng Kế hoạch - Vật tư", "khi có dịch",
     "Tạm dừng nhận hàng từ xã có dịch cúm gia cầm hoặc lở mồm long móng, báo ngay cho đơn vị cung ứng và "
     "chuyển sang nguồn dự phòng."),
    ("CỔNG CHÍNH", "Phòng Dịch vụ khách tham quan", "Liên minh Hợp tác xã tỉnh", "Tết Nguyên đán Đinh Mùi",
     "Mở gian hàng nông sản của các HTX, THT cung ứng tại cổng chính cho khách tham quan mua."),
    ("TOÀN VƯỜN", "Phòng Kế hoạch - Vật tư", "Liên minh Hợp tác xã tỉnh", "30/6/2027",
     "Chấm điểm giữa năm từng đơn vị cung ứng về chất lượng và đúng giờ; đơn vị hai lần vi phạm thì thay."),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, tổ, đội làm đúng phần việc ghi ở dòng trên mỗi việc; vướng mắc báo Giám đốc qua Phòng Kế "
          "hoạch - Vật tư. Kế hoạch này thay cách mua thức ăn tươi qua đầu mối buôn bán từ ngày 01/01/2027./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- Các HTX, THT cung ứng;", "- Các phòng, tổ, đội;", "- Lưu: VT, KHVT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Văn Khởi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261120101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def entry(area: str, lead: str, partner: str, due: str, work: str) -> str:
    meta = f"{area} · {lead} · cùng: {partner} · hạn: {due}"
    return f'<div class="entry"><p class="meta">{e(meta)}</p><p class="work">{e(work)}</p></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-VTTB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="b c">{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in NEEDS:
        out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out.append(paragraph("h", "III. CÁC VIỆC CẦN LÀM"))
    out.append(paragraph("p", LOG_INTRO))
    out += [entry(*x) for x in ENTRIES]
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
