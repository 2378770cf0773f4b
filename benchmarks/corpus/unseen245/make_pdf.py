"""Print b_tay-ninh_21-KH-CTBD-2026_de-thuong-pham-htx-o-danh-dau.pdf, the two-hundred-and-forty-fifth held-out set's
PDF, from ``sources/b_tay-ninh_21-KH-CTBD-2026_de-thuong-pham-htx-o-danh-dau.html``.

    .venv/bin/python benchmarks/corpus/unseen245/make_pdf.py

A cricket-protein food maker's plan (October 2026) for buying farmed crickets from cooperative groups and a cooperative
in 2027: the opening, I. targets, II. a note on how the form cells are read, then one bordered table
TT | Công việc | Đơn vị (phiếu giao việc) | Thời hạn whose unit cell is a FILLED PAPER FORM — each body on its own line
followed by two printed tick boxes "☒ Chủ trì ☐ Phối hợp" / "☐ Chủ trì ☒ Phối hợp"; a body with both boxes empty
only receives the information (no role); III. the cooperatives' part and the closing; the signature beside
"Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the boxes DejaVu Sans).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_tay-ninh_21-KH-CTBD-2026_de-thuong-pham-htx-o-danh-dau"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 12mm 20mm 22mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.form { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.form th, table.form td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.form th { background: #eeeeee; }
td.c { text-align: center; }
.line { display: flex; justify-content: space-between; gap: 6pt; }
.line span:first-child { white-space: nowrap; }
.box { font-family: "DejaVu Sans"; font-size: 8.5pt; white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("THỰC PHẨM CÔN TRÙNG BÀ ĐEN", "b"), ("Số: 21/KH-CTBĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 20 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Liên kết nuôi và thu mua dế thương phẩm với các tổ hợp tác, hợp tác xã năm 2027"

BEFORE = [
    ("p", "Năm 2026 Công ty chế biến được 38 tấn bột dế, nhưng chỉ 41% lượng dế tươi mua được của các hộ nuôi có liên "
          "kết; nhiều lô dế giao muộn sau khi thu hoạch nên phải hủy. Để có nguồn dế ổn định cho đơn hàng bột đạm côn "
          "trùng năm 2027, Công ty lập Kế hoạch liên kết với các tổ hợp tác, hợp tác xã nuôi dế như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 260 tấn dế tươi cấp đông của vùng liên kết, tối thiểu 80% lượng dế Công ty cần trong năm 2027."),
    ("p", "- Không có lô dế nào vượt chỉ tiêu vi sinh vật; 100% hộ nuôi liên kết ghi nhật ký nuôi theo mẫu Công ty."),
    ("h", "II. PHÂN CÔNG"),
    ("p", "Cột “Đơn vị” in theo mẫu phiếu giao việc của Công ty: mỗi đơn vị một dòng, ô được đánh dấu ☒ cho biết vai "
          "trò của đơn vị trong việc đó (Chủ trì hoặc Phối hợp). Đơn vị có tên trong phiếu mà không đánh dấu ô nào chỉ "
          "nhận thông tin để biết, không có phần việc."),
]

X, O = "☒", "☐"
LEAD, HELP, INFO = (X, O), (O, X), (O, O)
# (number, work, [(body, boxes)], time)
ROWS = [
    ("1", "Ký hợp đồng bao tiêu dế thương phẩm năm 2027 với HTX Chăn nuôi dế Tân Hòa, THT nuôi dế ấp Trà Võ và THT "
          "nuôi dế Bàu Năng; thống nhất giá sàn theo ki-lô-gam",
     [("Phòng Thu mua", LEAD), ("Phòng Kế toán", HELP)], "Trước 15/12/2026"),
    ("2", "Cấp trứng dế giống, thức ăn ủ men và khay đẻ cho các hộ nuôi vào lứa đầu năm",
     [("Phòng Kỹ thuật nuôi", LEAD), ("HTX Chăn nuôi dế Tân Hòa", HELP), ("Phòng Kế toán", INFO)],
     "Tháng 12/2026"),
    ("3", "Tập huấn nuôi dế trong thùng nhựa, phòng kiến, chống ẩm mốc và ghi nhật ký nuôi cho các hộ liên kết",
     [("Trung tâm Khuyến nông tỉnh", HELP), ("Phòng Kỹ thuật nuôi", LEAD)], "Trước 20/01/2027"),
    ("4", "Ban hành quy trình thu hoạch tại hộ: nhịn ăn 24 giờ, rửa sạch, làm chết bằng cấp đông, đóng túi 5 kg ghi mã "
          "hộ nuôi",
     [("Phòng Chất lượng", LEAD)], "Trước 31/01/2027"),
    ("5", "Lấy mẫu dế từng lứa gửi kiểm nghiệm vi sinh vật và kim loại nặng; lô không đạt không nhận",
     [("Phòng Chất lượng", LEAD), ("Chi cục Chăn nuôi và Thú y tỉnh", HELP)], "Mỗi lứa nuôi"),
    ("6", "Nhận dế cấp đông bằng xe lạnh tại 03 điểm gom, cân và ký phiếu nhận với tổ trưởng",
     [("Tổ Xe lạnh", LEAD), ("THT nuôi dế ấp Trà Võ", HELP), ("Phòng Thu mua", HELP)],
     "Từ tháng 3 đến hết tháng 12/2027"),
    ("7", "Sấy, nghiền dế thành bột, đóng bao 25 kg, lưu mẫu từng mẻ",
     [("Xưởng Sấy và Nghiền", LEAD), ("Phòng Chất lượng", HELP)], "Trong 48 giờ sau khi nhận dế"),
    ("8", "Thanh toán tiền dế cho HTX, THT theo phiếu nhận của tháng trước",
     [("Phòng Thu mua", INFO), ("Phòng Kế toán", LEAD)], "Ngày 10 hằng tháng"),
    ("9", "Giúp THT nuôi dế ấp Trà Võ hoàn thiện hồ sơ, đại hội thành lập hợp tác xã",
     [("Phòng Thu mua", LEAD), ("UBND xã Ninh Điền", HELP)], "Quý II/2027"),
    ("10", "Chào bán bột dế cho các nhà máy thức ăn thú cưng và bánh đạm; gửi mẫu dự hội chợ thực phẩm mới",
     [("Phòng Kinh doanh", LEAD), ("Phòng Chất lượng", HELP), ("HTX Chăn nuôi dế Tân Hòa", INFO)], "Tháng 6/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các HTX, THT liên kết cử người ghi nhật ký nuôi và báo trước lịch thu hoạch cho Phòng Thu mua ít nhất 03 "
          "ngày. Trưởng các phòng, xưởng, tổ căn cứ phiếu giao việc nêu trên tổ chức thực hiện, định kỳ báo cáo Giám "
          "đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT liên kết;", "- UBND xã Ninh Điền;",
            "- Các phòng, xưởng, tổ;", "- Lưu: VT, P.TM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thị Kim Xuyến", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261020143000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def unit_cell(entries) -> str:
    lines = []
    for name, (lead, helper) in entries:
        lines.append(f'<div class="line"><span>{e(name)}</span>'
                     f'<span class="box">{lead} Chủ trì {helper} Phối hợp</span></div>')
    return "".join(lines)


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-CTBĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="form">',
            '<colgroup><col style="width:5%"><col style="width:33%"><col style="width:47%">'
            '<col style="width:16%"></colgroup>',
            '<thead><tr><th>TT</th><th>Công việc</th><th>Đơn vị (phiếu giao việc)</th><th>Thời hạn</th></tr></thead>',
            '<tbody>']
    for number, work, who, time in ROWS:
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td>{unit_cell(who)}</td>'
                   f'<td class="c">{e(time)}</td></tr>')
    out += ['</tbody>', '</table>']
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
