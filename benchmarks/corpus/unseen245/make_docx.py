"""Write a_nghe-an_36-KH-VSCC-2026_thanh-tre-che-htx-chu-do-chu-tri.docx, the two-hundred-and-forty-fifth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen245/make_docx.py [OUT]

A strand-woven bamboo flooring maker's plan (November 2026) for buying split bamboo strips from forestry cooperatives
and cooperative groups in 2027: I. targets; II. a facts table of the supplying units (no work); III. a legend, then one
bordered table TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn whose "Đơn vị thực hiện" cell lists every body
of the row one per line in ordinary type, THE LEAD'S NAME PRINTED IN RED (not bold, not always first), the others
partners; one row a single body; IV. the closing; the signature beside "Nơi nhận".

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_nghe-an_36-KH-VSCC-2026_thanh-tre-che-htx-chu-do-chu-tri.docx"
RED = RGBColor(0xC0, 0x00, 0x00)

OPENING = [
    ("Năm 2026 nhà máy ván sàn tre ép của Công ty dùng 6.200 tấn thanh tre, luồng chẻ, trong đó 3.900 tấn mua của các "
     "hợp tác xã, tổ hợp tác ở các xã vùng cao; 11% số thanh nhận về bị loại vì mốc, mọt hoặc chẻ sai quy cách. Để "
     "đủ nguyên liệu cho dây chuyền ép thứ hai chạy từ tháng 3/2027, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua 5.400 tấn thanh tre, luồng chẻ của các HTX, THT trong năm 2027; tỷ lệ thanh bị loại dưới 5%.", "p"),
    ("- Có thêm ít nhất 01 hợp tác xã được thành lập từ tổ hợp tác đang bán thanh cho Công ty.", "p"),
    ("II. CÁC ĐƠN VỊ CUNG ỨNG", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Rừng luồng (ha)", "Thanh chẻ 2027 (tấn)"]
UNIT_WIDTHS = [Cm(6.6), Cm(3.0), Cm(3.0), Cm(3.4)]
UNITS = [
    ("HTX Lâm nghiệp Môn Sơn", "Môn Sơn", "1.150", "2.100"),
    ("HTX Dịch vụ nông lâm nghiệp Châu Khê", "Châu Khê", "870", "1.700"),
    ("HTX Nông lâm Lục Dạ", "Lục Dạ", "420", "900"),
    ("THT luồng bản Xiềng", "Môn Sơn", "190", "400"),
    ("THT chẻ nan bản Cống", "Châu Khê", "95", "200"),
]

LEGEND = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Cách đọc cột “Đơn vị thực hiện”: tên đơn vị in chữ màu đỏ là đơn vị chủ trì, chịu trách nhiệm chính về việc đó; "
     "các đơn vị in chữ màu đen là đơn vị phối hợp. Mỗi dòng chỉ có một đơn vị chủ trì.", "i"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.8), Cm(4.8), Cm(2.4)]
# (number, work, [(body, is_lead)], time)
ROWS = [
    ("1", "Ký phụ lục hợp đồng mua thanh tre chẻ năm 2027 với từng HTX, THT; chốt sản lượng theo quý và giá mua theo "
          "loại thanh A, B",
     [("Phòng Tài chính - Kế toán", False), ("Phòng Nguyên liệu", True)], "Trước 20/12/2026"),
    ("2", "Tập huấn cho tổ khai thác của các HTX, THT: chỉ chặt cây luồng từ 3 năm tuổi, chẻ thanh dài 1,9 m, rộng "
          "22 - 25 mm, không để thanh nằm đất quá 02 ngày",
     [("Phòng Kỹ thuật - Chất lượng", True), ("HTX Lâm nghiệp Môn Sơn", False), ("THT luồng bản Xiềng", False)],
     "Tháng 12/2026"),
    ("3", "Lắp 02 bể luộc và 01 lò sấy sơ bộ tại điểm gom thanh của HTX Dịch vụ nông lâm nghiệp Châu Khê, bàn giao "
          "cho HTX vận hành",
     [("Phòng Tài chính - Kế toán", False), ("HTX Dịch vụ nông lâm nghiệp Châu Khê", False),
      ("Xưởng Sơ chế thanh", True)], "Trước 31/01/2027"),
    ("4", "Hướng dẫn các HTX, THT lập bảng kê lâm sản và hồ sơ nguồn gốc gỗ luồng khai thác từ rừng trồng để Công ty "
          "xuất ván sàn sang châu Âu",
     [("Chi cục Kiểm lâm tỉnh Nghệ An", False), ("Phòng Nguyên liệu", True)], "Quý I/2027"),
    ("5", "Nhận thanh tại cổng nhà máy: cân, đo độ ẩm từng chuyến, phân loại A, B, lập biên bản nhận hàng",
     [("Phòng Kỹ thuật - Chất lượng", True)], "Từ 01/3 đến 30/11/2027"),
    ("6", "Chở thanh từ các điểm gom về nhà máy theo lịch xe đã báo trước cho HTX, THT",
     [("Các HTX, THT có điểm gom", False), ("Tổ Vận tải", True)], "Hằng tuần"),
    ("7", "Chuyển tiền mua thanh vào tài khoản của HTX, THT",
     [("Phòng Nguyên liệu", False), ("Phòng Tài chính - Kế toán", True)],
     "Trong 05 ngày làm việc sau mỗi biên bản nhận hàng"),
    ("8", "Giúp THT luồng bản Xiềng chuẩn bị điều lệ, phương án sản xuất, hồ sơ đăng ký thành lập hợp tác xã",
     [("Phòng Nguyên liệu", True), ("UBND xã Môn Sơn", False), ("Liên minh Hợp tác xã tỉnh", False)],
     "Trước 30/6/2027"),
    ("9", "Trồng dặm 45 ha luồng bằng cây giống Công ty cấp trên diện tích đã khai thác trắng năm 2026",
     [("HTX Lâm nghiệp Môn Sơn", True), ("Phòng Kỹ thuật - Chất lượng", False)], "Tháng 7 - 8/2027"),
    ("10", "Tổng kết năm nguyên liệu 2027, đề xuất giá mua và sản lượng năm 2028 trình Hội đồng quản trị",
     [("Phòng Kỹ thuật - Chất lượng", False), ("Phòng Tài chính - Kế toán", False), ("Phòng Nguyên liệu", True)],
     "Trước 15/12/2027"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, xưởng, tổ triển khai đúng phân công tại mục III; vướng mắc báo ngay Phó Giám đốc phụ trách "
     "nguyên liệu. Đề nghị các HTX, THT cung ứng bố trí người nhận lịch xe và ký biên bản nhận hàng./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def bodies(cell, entries) -> None:
    """One paragraph per body, left-aligned; the lead's run in red, the others in the default colour."""
    for i, (name, lead) in enumerate(entries):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        run = p.add_run(name)
        run.bold, run.italic = False, False
        if lead:
            run.font.color.rgb = RED


def task_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, who, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [work], center=False)
        bodies(cells[2], who)
        cell_lines(cells[3], [time])
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "VÁN SÀN TRE ÉP CON CUÔNG"], "Số: 36/KH-VSCC",
                 "Con Cuông, ngày 12 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua thanh tre, luồng chẻ năm 2027 của các hợp tác xã, tổ hợp tác", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in LEGEND:
        para(doc, text, bold=style == "h", italic=style == "i")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT cung ứng;",
                          "- UBND các xã Môn Sơn, Châu Khê, Lục Dạ;", "- Các phòng, xưởng, tổ (t/h);",
                          "- Lưu: VT, P.NL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hoàng Đình Luyện"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-VSCC", created=datetime(2026, 11, 9, 8, 20, 0),
                 modified=datetime(2026, 11, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
