"""Write a_can-tho_36-KH-NKT-2026_kiem-toan-bctc-htx-don-vi-in-dam.docx, the hundred-and-fifty-sixth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen156/make_docx.py [OUT]

An independent audit company's plan (November 2026) for the audit season of its cooperative clients' 2026 financial
statements: an opening, I. "-" purposes, II. which cooperatives (facts), III. a note saying that in the doers' column
THE UNIT IN BOLD LEADS and the others cooperate, over one bordered table STT | Công việc | Đơn vị thực hiện | Thời
hạn whose doers' cells list several units one a line — the bold one not always the first, two bold in two rows, one
unit alone —, IV. two numbered paragraphs, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_can-tho_36-KH-NKT-2026_kiem-toan-bctc-htx-don-vi-in-dam.docx"

BEFORE = [
    ("Căn cứ các hợp đồng kiểm toán đã ký và danh sách hợp tác xã do Liên minh Hợp tác xã thành phố Cần Thơ giới "
     "thiệu, Công ty TNHH Kiểm toán và Tư vấn Ninh Kiều Tín (sau đây gọi là Công ty) lập Kế hoạch kiểm toán báo cáo "
     "tài chính năm 2026 cho các hợp tác xã khách hàng như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Phát hành báo cáo kiểm toán đúng hạn để hợp tác xã kịp nộp báo cáo tài chính năm và trình Đại hội thành viên "
     "thường niên.", "p"),
    ("- Phát hiện sớm sai sót trong ghi sổ, phân phối thu nhập cho thành viên, trích lập các quỹ; góp ý để hợp tác xã "
     "tự điều chỉnh trước khi khóa sổ.", "p"),
    ("- Làm đúng chuẩn mực kiểm toán và quy chế kiểm soát chất lượng của Công ty; không bố trí một kiểm toán viên ký "
     "báo cáo cho cùng một hợp tác xã quá 03 năm liền; giữ bí mật số liệu của khách hàng.", "p"),
    ("II. ĐỐI TƯỢNG, PHẠM VI", "h"),
    ("Mười bốn hợp tác xã đã ký hoặc sẽ ký hợp đồng: 08 hợp tác xã nông nghiệp (lúa, cây ăn trái) ở các xã Thới Lai, "
     "Cờ Đỏ, Vĩnh Thạnh và 06 hợp tác xã dịch vụ, thủy sản ở các phường Ngã Bảy, Long Mỹ và xã Phụng Hiệp. Phạm vi: "
     "báo cáo tài chính cho năm tài chính kết thúc ngày 31/12/2026.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Ghi chú: ở cột “Đơn vị thực hiện”, đơn vị in đậm là đơn vị chủ trì; các đơn vị còn lại phối hợp.", "i"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Kế toán bố trí xe, công tác phí cho các nhóm kiểm toán; theo dõi việc thu phí theo từng "
     "hợp đồng, nhắc hợp tác xã thanh toán đúng kỳ; thực hiện thường xuyên.", "p"),
    ("2. Bộ phận Soát xét chất lượng tổng hợp kết quả mùa kiểm toán, những hợp tác xã phát hành báo cáo chậm và lý "
     "do, báo cáo Tổng Giám đốc trước ngày 15/6/2027.", "p"),
    ("Trong quá trình thực hiện, có vướng mắc các phòng, bộ phận báo cáo Tổng Giám đốc (qua Phòng Hành chính - Kế "
     "toán) để xử lý./.", "p"),
]

COLUMNS = ["STT", "Công việc", "Đơn vị thực hiện", "Thời hạn"]
WIDTHS = [Cm(1.1), Cm(7.6), Cm(4.9), Cm(2.6)]
# (work, [(unit, bold)], time): the bold unit leads, the others cooperate
ROWS = [
    ("Gửi thư chào phí, ký hợp đồng kiểm toán với 03 hợp tác xã còn lại trong danh sách được giới thiệu",
     [("Phòng Kiểm toán 1", True), ("Liên minh HTX thành phố Cần Thơ", False)], "Trước 30/11/2026"),
    ("Tìm hiểu hoạt động, đánh giá rủi ro và lập kế hoạch kiểm toán chi tiết cho từng hợp tác xã; cử trưởng nhóm",
     [("Phòng Kiểm toán 1", True), ("Phòng Kiểm toán 2", True), ("Bộ phận Soát xét chất lượng", False)],
     "Tháng 12/2026"),
    ("Chứng kiến kiểm kê tiền mặt, lúa, phân bón, vật tư tồn kho tại thời điểm khóa sổ",
     [("Phòng Tư vấn thuế", False), ("Phòng Kiểm toán 2", True), ("Phòng Kiểm toán 1", False)],
     "31/12/2026 - 02/01/2027"),
    ("Gửi, theo dõi thư xác nhận số dư tiền gửi, tiền vay tại ngân hàng, quỹ tín dụng nhân dân; xác nhận công nợ với "
     "thành viên",
     [("Phòng Kiểm toán 1", False), ("Phòng Kiểm toán 2", False), ("Phòng Hành chính - Kế toán", True)],
     "Trước 15/01/2027"),
    ("Kiểm toán tại trụ sở 08 hợp tác xã nông nghiệp (Thới Lai, Cờ Đỏ, Vĩnh Thạnh)",
     [("Phòng Kiểm toán 1", True), ("Ban kiểm soát các hợp tác xã", False)], "Tháng 02 - 3/2027"),
    ("Kiểm toán tại trụ sở 06 hợp tác xã dịch vụ, thủy sản (Ngã Bảy, Long Mỹ, Phụng Hiệp)",
     [("Phòng Kiểm toán 2", True), ("Phòng Tư vấn thuế", False)], "Tháng 3/2027"),
    ("Soát xét hồ sơ kiểm toán; trao đổi dự thảo báo cáo với Giám đốc, kế toán trưởng từng hợp tác xã",
     [("Phòng Kiểm toán 1", False), ("Phòng Kiểm toán 2", False), ("Bộ phận Soát xét chất lượng", True)],
     "Chậm nhất 07 ngày làm việc sau khi kết thúc kiểm toán tại mỗi hợp tác xã"),
    ("Phát hành báo cáo kiểm toán và thư quản lý cho từng hợp tác xã",
     [("Phòng Kiểm toán 1", True), ("Phòng Kiểm toán 2", True), ("Phòng Hành chính - Kế toán", False)],
     "Trước 25/3/2027"),
    ("Hướng dẫn hợp tác xã điều chỉnh sổ sách, quyết toán thuế thu nhập doanh nghiệp năm 2026 theo kết quả kiểm toán",
     [("Phòng Tư vấn thuế", True)], "Quý II/2027"),
    ("Tổng hợp các sai sót thường gặp; tổ chức 01 buổi trao đổi nghiệp vụ cho kế toán hợp tác xã",
     [("Liên minh HTX thành phố Cần Thơ", False), ("Phòng Nghiệp vụ - Đào tạo", True)], "Tháng 5/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH KIỂM TOÁN", "VÀ TƯ VẤN NINH KIỀU TÍN"], "Số: 36/2026/KH-NKT",
                 "Cần Thơ, ngày 17 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm toán báo cáo tài chính năm 2026 của các hợp tác xã khách hàng", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, value, width in zip(table.rows[0].cells, COLUMNS, WIDTHS):
        cell.width = width
        cell_lines(cell, [value], bold=(0,))
    for number, (row, (work, units, time)) in enumerate(zip(table.rows[1:], ROWS), start=1):
        cells = row.cells
        for cell, width in zip(cells, WIDTHS):
            cell.width = width
        cell_lines(cells[0], [str(number)])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], [unit for unit, _ in units], bold=[i for i, (_, b) in enumerate(units) if b],
                   center=False)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Tổng Giám đốc;", "- Liên minh HTX TP. Cần Thơ (để phối hợp);",
                          "- Các phòng, bộ phận (t/h);", "- Lưu: VT, HC-KT."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lâm Thị Ngọc Hân"])
    return saved(doc, author="Phòng Kiểm toán 1", editor="Phòng Hành chính - Kế toán",
                 title="Kế hoạch 36/2026/KH-NKT", created=datetime(2026, 11, 12, 8, 20, 0),
                 modified=datetime(2026, 11, 17, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
