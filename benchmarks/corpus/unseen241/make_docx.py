"""Write a_hung-yen_38-KH-MPH-2026_mut-tet-htx-vai-tro-theo-dong.docx, the two-hundred-and-forty-first held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen241/make_docx.py [OUT]

A Tết candied-fruit ("mứt Tết") maker's plan (October 2026) for buying ginger, winter melon, coconut and sweet potato
from its linked cooperatives and cooperative groups for Tết Đinh Mùi 2027: I. aims and targets; II. one bordered task
table TT | Nội dung công việc | Đơn vị | Vai trò | Thời hạn whose "Đơn vị" cell lists the bodies ONE PER LINE and whose
"Vai trò" cell gives each body's role ON THE MATCHING LINE ("Chủ trì", "Phối hợp", "Nắm tình hình"), a note above the
table saying how to read it; III. organisation; the signature beside "Nơi nhận".

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
OUT = HERE / "a_hung-yen_38-KH-MPH-2026_mut-tet-htx-vai-tro-theo-dong.docx"

OPENING = [
    ("Căn cứ Luật Hợp tác xã năm 2023;", "p"),
    ("Căn cứ Điều lệ Công ty TNHH Mứt Tết Phố Hiến và các hợp đồng liên kết sản xuất, tiêu thụ nguyên liệu ký với "
     "hợp tác xã, tổ hợp tác năm 2026;", "p"),
    ("Tết Bính Ngọ 2026 Công ty làm ra 212 tấn mứt các loại, nhưng phải mua ngoài vùng liên kết gần 40 tấn gừng vì "
     "hai tổ hợp tác giao hàng chậm. Để chủ động nguồn nguyên liệu sạch cho vụ Tết Đinh Mùi 2027, Giám đốc Công ty ban "
     "hành Kế hoạch như sau.", "p"),
    ("I. MỤC ĐÍCH, CHỈ TIÊU", "h"),
    ("1. Mua đủ nguyên liệu của vùng liên kết, không phải mua trôi nổi; thanh toán sòng phẳng, đúng hạn cho các hợp "
     "tác xã, tổ hợp tác.", "p"),
    ("2. Chỉ tiêu: 150 tấn gừng củ non, 120 tấn bí đao, 60 tấn cùi dừa bánh tẻ, 45 tấn khoai lang ruột vàng; 100% lô "
     "gừng có phiếu kết quả kiểm tra dư lượng thuốc bảo vệ thực vật đạt yêu cầu.", "p"),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG", "h"),
    ("Cách đọc bảng: ô \u201cĐơn vị\u201d ghi mỗi đơn vị một dòng; ô \u201cVai trò\u201d bên cạnh ghi vai trò của đơn vị "
     "nằm ở dòng tương ứng (dòng thứ nhất ứng với dòng thứ nhất, dòng thứ hai ứng với dòng thứ hai …). Đơn vị ghi "
     "\u201cNắm tình hình\u201d chỉ được báo kết quả, không phải làm phần việc nào.", "i"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị", "Vai trò", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.4), Cm(4.2), Cm(2.4), Cm(2.6)]
# (number, work, [(body, role)], time)
ROWS = [
    ("1", "Ký phụ lục hợp đồng liên kết vụ Tết 2027 với 04 HTX, 03 THT, chốt giá sàn và sản lượng từng loại",
     [("Phòng Kế toán", "Phối hợp"), ("Phòng Thu mua", "Chủ trì"), ("Ban Giám đốc", "Nắm tình hình")],
     "Trước 31/10/2026"),
    ("2", "Kiểm tra ruộng gừng, lấy mẫu củ gửi phòng thử nghiệm đo dư lượng thuốc bảo vệ thực vật",
     [("HTX Nông nghiệp Tân Dân", "Phối hợp"), ("THT trồng gừng thôn Đào Viên", "Phối hợp"),
      ("Phòng Kỹ thuật - Chất lượng", "Chủ trì")], "Trước 15/11/2026"),
    ("3", "Ứng trước 30% tiền hàng cho các THT để mua phân hữu cơ, thuê công thu hoạch",
     [("Phòng Kế toán", "Chủ trì"), ("Phòng Thu mua", "Phối hợp")], "Trước 10/11/2026"),
    ("4", "Cân nhận bí đao đợt 1 tại điểm tập kết của hợp tác xã, loại bỏ quả non, quả dập",
     [("Kho nguyên liệu", "Phối hợp"), ("Phòng Thu mua", "Chủ trì"),
      ("HTX Dịch vụ nông nghiệp Phù Ủng", "Phối hợp"), ("Phòng Kế toán", "Nắm tình hình")],
     "Từ 05/11 đến 20/11/2026"),
    ("5", "Gọt vỏ, thái lát, ngâm nước vôi trong toàn bộ gừng nhận về trong ngày nhận",
     [("Xưởng Sơ chế", "Chủ trì")], "Tháng 11/2026"),
    ("6", "Hướng dẫn thành viên HTX Dừa Hòa Minh chọn dừa bánh tẻ, bóc cùi, đóng thùng lạnh để chuyển ra Hưng Yên",
     [("HTX Dừa Hòa Minh", "Phối hợp"), ("Phòng Kỹ thuật - Chất lượng", "Chủ trì")], "Trước 25/11/2026"),
    ("7", "Cân nhận khoai lang ruột vàng của THT trồng khoai xã Tống Trân, ghi sổ theo từng hộ",
     [("Phòng Thu mua", "Chủ trì"), ("THT trồng khoai xã Tống Trân", "Phối hợp"), ("Kho nguyên liệu", "Phối hợp")],
     "Trước 05/12/2026"),
    ("8", "Sên thử 03 mẻ mứt gừng, mứt bí từ nguyên liệu của từng hợp tác xã, ghi độ ngọt, độ dẻo để so sánh",
     [("Phòng Kỹ thuật - Chất lượng", "Phối hợp"), ("Xưởng Sên mứt", "Chủ trì"), ("Ban Giám đốc", "Nắm tình hình")],
     "Trước 10/12/2026"),
    ("9", "In tên vùng nguyên liệu và tên hợp tác xã lên hộp mứt quà Tết, giới thiệu tại hội chợ Xuân",
     [("Phòng Kinh doanh", "Chủ trì"), ("Xưởng Sên mứt", "Phối hợp")], "Trước 20/12/2026"),
    ("10", "Tổng kết vụ, chấm điểm từng HTX, THT về số lượng, chất lượng, đúng hẹn; đề xuất vùng liên kết vụ Tết 2028",
     [("Phòng Kỹ thuật - Chất lượng", "Phối hợp"), ("Phòng Kế toán", "Phối hợp"), ("Phòng Thu mua", "Chủ trì"),
      ("Ban Giám đốc", "Nắm tình hình")], "Tháng 3/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, xưởng, kho căn cứ bảng phân công ở mục II bố trí người, phương tiện; đơn vị chủ trì chịu "
     "trách nhiệm về kết quả phần việc được giao.", "p"),
    ("2. Các hợp tác xã, tổ hợp tác liên kết giao nguyên liệu đúng lịch đã thống nhất; khi mất mùa, chậm thu hoạch phải "
     "báo Phòng Thu mua ít nhất 05 ngày trước ngày giao.", "p"),
    ("3. Phòng Thu mua tổng hợp tiến độ mua hàng mỗi thứ Sáu, báo cáo Giám đốc qua nhóm điều hành của Công ty./.",
     "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "MỨT TẾT PHỐ HIẾN"], "Số: 38/KH-MPH", "Hưng Yên, ngày 14 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua gừng, bí đao, dừa và khoai lang từ vùng nguyên liệu liên kết", bold=True,
         center=True)
    para(doc, "để làm mứt Tết Đinh Mùi 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, bodies, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], [b for b, _ in bodies], center=False)
        cell_lines(cells[3], [r for _, r in bodies], center=False)
        cell_lines(cells[4], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên Công ty (để b/c);", "- 04 HTX, 03 THT liên kết;",
                          "- Phòng, xưởng, kho (để t/h);", "- Lưu: VT, Phòng Thu mua."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trịnh Văn Khải"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 38/KH-MPH", created=datetime(2026, 10, 9, 8, 20, 0),
                 modified=datetime(2026, 10, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
