"""Write a_khanh-hoa_58-KH-NLX-2026_dien-mat-troi-mai-nha-htx.docx, the hundred-and-seventy-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen174/make_docx.py [OUT]

A rooftop-solar energy-services company's plan (August 2026) for putting self-consumption solar systems on the drying
houses, cold stores and packing sheds of five cooperatives under invest-and-lease contracts: the opening, I. aims
("-" lines), II. a facts table of the five sites (no work), III. one bordered GANTT table TT | Hạng mục công việc |
Thực hiện | Phối hợp | a two-row month head ("Năm 2026" over 8 … 12, "Năm 2027" over 1 … 3) whose month cells hold NO
TEXT: the months of each item are SHADED grey (Word cell shading), a milestone cell holds "◆"; a legend line under the
table; IV. two numbered duties of the cooperatives under a heading naming them; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_khanh-hoa_58-KH-NLX-2026_dien-mat-troi-mai-nha-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Thực hiện Biên bản ghi nhớ ngày 26/6/2026 giữa Công ty và Liên minh Hợp tác xã tỉnh Khánh Hòa về đưa điện mặt "
     "trời mái nhà vào các hợp tác xã nông nghiệp, thủy sản vùng Ninh Thuận cũ; qua khảo sát sơ bộ trong tháng 7/2026, "
     "05 hợp tác xã có nhà sấy, kho lạnh, nhà sơ chế dùng nhiều điện vào ban ngày đã đăng ký tham gia. Công ty lập Kế "
     "hoạch lắp đặt cho 05 hợp tác xã này như sau:", "p"),
    ("I. MỤC ĐÍCH VÀ NGUYÊN TẮC", "h"),
    ("- Lắp đặt khoảng 1.240 kWp trên mái công trình của 05 hợp tác xã; Công ty bỏ toàn bộ vốn, hợp tác xã không phải "
     "góp vốn, không phải thế chấp tài sản.", "p"),
    ("- Hợp tác xã trả tiền theo số kWh đo đếm được, đơn giá thấp hơn 15% giá bán lẻ điện cho sản xuất cùng cấp điện "
     "áp; hết thời hạn 12 năm, hệ thống được chuyển giao cho hợp tác xã, không thu thêm tiền.", "p"),
    ("- Hệ thống chỉ phục vụ nhu cầu tại chỗ, có thiết bị chống phát ngược lên lưới; bảo đảm an toàn điện và an toàn "
     "phòng cháy trên mái.", "p"),
    ("II. CÁC ĐIỂM LẮP ĐẶT", "h"),
]

SITE_COLUMNS = ["TT", "Hợp tác xã", "Địa điểm", "Công trình", "Công suất (kWp)"]
SITE_WIDTHS = [Cm(1.0), Cm(5.4), Cm(2.8), Cm(4.6), Cm(2.2)]
SITES = [
    ("1", "HTX Nho - Táo Phước Thuận", "xã Phước Hậu", "Nhà sấy nho, táo", "180"),
    ("2", "HTX Tỏi Xuân Hải", "xã Xuân Hải", "Kho bảo quản tỏi, nhà sơ chế", "210"),
    ("3", "HTX Thủy sản Cà Ná", "xã Cà Ná", "Kho lạnh 300 tấn", "420"),
    ("4", "HTX Dịch vụ nông nghiệp Nhơn Sơn", "xã Ninh Sơn", "Nhà sấy lúa, kho vật tư", "250"),
    ("5", "HTX Măng tây xanh Phước Dân", "xã Ninh Phước", "Xưởng sơ chế, đóng gói", "180"),
    ("", "Cộng", "", "", "1.240"),
]

BEFORE_GANTT = [
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
    ("Các phòng, đội của Công ty thực hiện theo bảng tiến độ sau:", "p"),
]

#: the month columns of the Gantt: (year head, month) — 8/2026 to 3/2027
MONTHS = [(2026, 8), (2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1), (2027, 2), (2027, 3)]
GANTT_WIDTHS = [Cm(0.8), Cm(4.6), Cm(2.2), Cm(2.0)] + [Cm(0.8)] * len(MONTHS)

# (TT, work, doer, partner, shaded month indexes, milestone month index or None)
ROWS = [
    ("1", "Khảo sát chi tiết mái, đo phụ tải liên tục 07 ngày tại từng hợp tác xã; chốt công suất, vị trí đặt biến tần "
          "và tủ điện", "Phòng Phát triển dự án", "Ban quản trị 05 HTX", [0], None),
    ("2", "Ký hợp đồng đầu tư - cho thuê hệ thống 12 năm với từng hợp tác xã, thống nhất đơn giá, cách đo đếm và kỳ "
          "thanh toán", "Phòng Pháp chế - Hợp đồng", "Liên minh Hợp tác xã tỉnh", [1], None),
    ("3", "Thuê kiểm định khả năng chịu lực của kết cấu mái; gia cố xà gồ nhà sấy của HTX Nho - Táo Phước Thuận",
     "Phòng Kỹ thuật - Thi công", "", [1, 2], None),
    ("4", "Lập hồ sơ thông báo phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ cho từng điểm, gửi Sở Công "
          "Thương và Công ty Điện lực Khánh Hòa", "Phòng Phát triển dự án", "", [2], None),
    ("5", "Đặt mua tấm pin, biến tần, thiết bị chống phát ngược; kiểm tra hàng về kho trước khi xuất ra công trình",
     "Phòng Kỹ thuật - Thi công", "Phòng Tài chính - Kế toán", [2, 3], None),
    ("6", "Thi công, đóng điện đợt 1 tại HTX Thủy sản Cà Ná và HTX Tỏi Xuân Hải", "Đội thi công số 1",
     "Phòng Kỹ thuật - Thi công", [3], 3),
    ("7", "Thi công, đóng điện đợt 2 tại 03 hợp tác xã còn lại", "Đội thi công số 2", "Phòng Kỹ thuật - Thi công",
     [4, 5], 5),
    ("8", "Cùng điện lực kiểm tra, niêm phong thiết bị chống phát ngược và công tơ đo đếm tại từng điểm",
     "Phòng Kỹ thuật - Thi công", "Công ty Điện lực Khánh Hòa", [3, 4, 5], None),
    ("9", "Mời kiểm tra an toàn phòng cháy đối với hệ thống trên mái kho lạnh, kho tỏi trước khi vận hành thường "
          "xuyên", "Phòng Kỹ thuật - Thi công", "Phòng Cảnh sát PCCC và CNCH Công an tỉnh", [4], None),
    ("10", "Tập huấn vận hành, vệ sinh tấm pin, xử lý sự cố đơn giản cho tổ kỹ thuật của các hợp tác xã (mỗi hợp tác "
           "xã 02 người)", "Phòng Vận hành và Bảo trì", "Liên minh Hợp tác xã tỉnh", [6], None),
    ("11", "Cấp tài khoản phần mềm giám sát sản lượng cho từng hợp tác xã; cài cảnh báo khi hiệu suất giảm",
     "Phòng Vận hành và Bảo trì", "", [5, 6], None),
    ("12", "Chốt chỉ số, phát hành hóa đơn tiền điện kỳ đầu và đối chiếu sản lượng với từng hợp tác xã",
     "Phòng Tài chính - Kế toán", "Phòng Vận hành và Bảo trì", [7], 7),
]

LEGEND = "Ghi chú: ô tô màu là tháng thực hiện; ◆ là mốc đóng điện hoặc mốc thu tiền kỳ đầu."

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ THAM GIA", "h"),
    ("1. Các HTX bố trí mặt bằng thi công, dọn vật dụng trên mái và cử 02 thành viên vào tổ kỹ thuật, gửi danh sách cho "
     "Phòng Vận hành và Bảo trì trước ngày 15/9/2026.", "p"),
    ("2. Thanh toán tiền điện trước ngày 10 hằng tháng theo hóa đơn của Công ty; báo ngay cho đường dây nóng của Công "
     "ty khi thấy tấm pin nứt vỡ hoặc tủ điện có mùi khét.", "p"),
    ("Trên đây là Kế hoạch lắp đặt điện mặt trời mái nhà tại 05 hợp tác xã của Công ty Cổ phần Năng lượng Xanh Cà Ná; "
     "các phòng, đội và các hợp tác xã tham gia căn cứ thực hiện./.", "p"),
]

SHADE = "A6A6A6"


def shade(cell) -> None:
    """``cell`` filled grey (w:shd), as Word's "Shading" button writes it."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), SHADE)
    cell._tc.get_or_add_tcPr().append(shd)


def small(cell, text: str, bold: bool = False, center: bool = False, size: float = 11) -> None:
    """``cell``'s one paragraph: ``text`` in ``size`` pt (none when empty)."""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def grid(table, widths) -> None:
    """The table's grid columns as wide as its cells (w:tblGrid), so that every reader lays it out alike."""
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(width.twips)))


def site_table(doc):
    table = doc.add_table(rows=1 + len(SITES), cols=len(SITE_COLUMNS))
    set_borders(table, "single")
    grid(table, SITE_WIDTHS)
    for n, (row, values) in enumerate(zip(table.rows, [SITE_COLUMNS, *SITES])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = SITE_WIDTHS[i]
            small(cell, value, bold=n == 0, center=n == 0 or i in (0, 4))
    return table


def gantt(doc):
    n_fixed = 4
    table = doc.add_table(rows=2 + len(ROWS), cols=n_fixed + len(MONTHS))
    set_borders(table, "single")
    grid(table, GANTT_WIDTHS)
    for row in table.rows:
        for cell, width in zip(row.cells, GANTT_WIDTHS):
            cell.width = width
    for i, title in enumerate(["TT", "Hạng mục công việc", "Thực hiện", "Phối hợp"]):
        merged = table.cell(0, i).merge(table.cell(1, i))
        small(merged, title, bold=True, center=True)
    first = {}
    for j, (year, _month) in enumerate(MONTHS):
        first.setdefault(year, j)
    for year, j in first.items():
        last = max(k for k, (y, _m) in enumerate(MONTHS) if y == year)
        merged = table.cell(0, n_fixed + j).merge(table.cell(0, n_fixed + last))
        small(merged, f"Năm {year}", bold=True, center=True)
    for j, (_year, month) in enumerate(MONTHS):
        small(table.cell(1, n_fixed + j), str(month), bold=True, center=True, size=10)
    for r, (tt, work, doer, partner, months, milestone) in enumerate(ROWS, start=2):
        cells = table.rows[r].cells
        small(cells[0], tt, center=True)
        small(cells[1], work)
        small(cells[2], doer)
        small(cells[3], partner)
        for j in range(len(MONTHS)):
            cell = cells[n_fixed + j]
            if j in months:
                shade(cell)
            small(cell, "◆" if j == milestone else "", center=True, size=10)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NĂNG LƯỢNG XANH CÀ NÁ"], "Số: 58/KH-NLX",
                 "Phan Rang, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lắp đặt điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tại 05 hợp tác xã theo hình thức đầu tư - cho "
              "thuê hệ thống (tháng 8/2026 - tháng 3/2027)", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    site_table(doc)
    for text, style in BEFORE_GANTT:
        para(doc, text, bold=style == "h")
    gantt(doc)
    para(doc, LEGEND, italic=True)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh;", "- Sở Công Thương;",
                          "- Công ty Điện lực Khánh Hòa;", "- 05 HTX tham gia;", "- Các phòng, đội thi công;",
                          "- Lưu: VT, PTDA."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Châu Minh Thạc"])
    return saved(doc, author="Phòng Phát triển dự án", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-NLX", created=datetime(2026, 8, 10, 9, 15, 0),
                 modified=datetime(2026, 8, 14, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
