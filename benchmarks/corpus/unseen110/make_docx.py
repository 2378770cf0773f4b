"""Write a_dak-lak_85-KH-NHHT-2025_ngan-hang-htx-thanh-khoan-qtdnd.docx, the hundred-and-tenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen110/make_docx.py [OUT]

A Co-opBank branch's plan in Word (August 2025, after Đắk Lắk and Phú Yên were merged): "Căn cứ" lines, I. purposes,
II. a bordered table of capital limits by area (no tasks), III. four headings naming a department of the branch
followed by a colon over "-" items, each ending with its time in brackets "(thời hạn: …)"; IV. two paragraphs; the
signature beside "Nơi nhận". Plain paragraphs with typed numbers (no Word numbering).

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
OUT = HERE / "a_dak-lak_85-KH-NHHT-2025_ngan-hang-htx-thanh-khoan-qtdnd.docx"

BEFORE_TABLE = [
    ("Căn cứ Luật Các tổ chức tín dụng năm 2024 và các văn bản hướng dẫn về quỹ tín dụng nhân dân;", "i"),
    ("Căn cứ Kế hoạch kinh doanh năm 2025 được Tổng Giám đốc Ngân hàng Hợp tác xã Việt Nam giao cho Chi nhánh;", "i"),
    ("Ngân hàng Hợp tác xã Việt Nam - Chi nhánh Đắk Lắk (sau đây gọi là Chi nhánh) xây dựng Kế hoạch hỗ trợ thanh "
     "khoản, điều hòa vốn cho các quỹ tín dụng nhân dân (QTDND) thành viên 6 tháng cuối năm 2025 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Bảo đảm các QTDND trên địa bàn tỉnh sau hợp nhất luôn đủ khả năng chi trả trong mùa thu mua cà phê, hồ tiêu; "
     "phát hiện sớm quỹ có dấu hiệu căng thẳng thanh khoản để có biện pháp xử lý kịp thời.", "p"),
    ("II. HẠN MỨC ĐIỀU HÒA VỐN DỰ KIẾN", "h"),
]
COLUMNS = ["Khu vực", "Số QTDND", "Hạn mức dự kiến (tỷ đồng)"]
WIDTHS = [Cm(7.0), Cm(3.0), Cm(5.0)]
ROWS = [("Phía Tây (Đắk Lắk cũ)", "29", "310"), ("Phía Đông (Phú Yên cũ)", "9", "75"), ("Cộng", "38", "385")]
AFTER_TABLE = [
    ("III. PHÂN CÔNG NHIỆM VỤ", "h"),
    ("1. Phòng Kế hoạch - Nguồn vốn:", "b"),
    ("- Rà soát nhu cầu vốn mùa vụ niên vụ cà phê 2025 - 2026 của 38 QTDND, phối hợp Phòng Khách hàng lập danh sách "
     "quỹ có nguy cơ thiếu hụt vốn khả dụng (thời hạn: trước 31/8/2025).", "p"),
    ("- Đề xuất hạn mức điều hòa vốn cụ thể cho từng QTDND, trình Giám đốc Chi nhánh phê duyệt (thời hạn: tháng "
     "9/2025).", "p"),
    ("- Theo dõi hằng ngày số dư tiền gửi thanh toán của các QTDND mở tại Chi nhánh, cảnh báo khi tỷ lệ khả năng chi "
     "trả xuống sát mức tối thiểu (thời hạn: thường xuyên).", "p"),
    ("2. Phòng Khách hàng:", "b"),
    ("- Thẩm định và giải ngân các khoản vay hỗ trợ thanh khoản cho QTDND có đề nghị, ưu tiên quỹ ở vùng cà phê, hồ "
     "tiêu (thời hạn: từ tháng 10 đến hết tháng 12/2025).", "p"),
    ("- Cùng Phòng Kế hoạch - Nguồn vốn tổ chức hội nghị khách hàng QTDND khu vực phía Đông tại phường Tuy Hòa "
     "(thời hạn: trung tuần tháng 10/2025).", "p"),
    ("3. Phòng Kiểm tra, kiểm soát nội bộ:", "b"),
    ("- Kiểm tra chuyên đề việc sử dụng vốn điều hòa tại 06 QTDND có dư nợ lớn, báo cáo Giám đốc (thời hạn: quý "
     "IV/2025).", "p"),
    ("4. Phòng Kế toán - Ngân quỹ:", "b"),
    ("- Bảo đảm đủ tiền mặt đáp ứng nhu cầu rút tiền của các QTDND trong cao điểm thu mua cà phê (thời hạn: tháng 11 "
     "và tháng 12/2025).", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các QTDND thành viên gửi báo cáo tình hình huy động, cho vay và khả năng chi trả 6 tháng cuối năm về Chi "
     "nhánh (qua Phòng Kế hoạch - Nguồn vốn) trước ngày 10/01/2026.", "p"),
    ("2. Phòng Kế hoạch - Nguồn vốn là đầu mối theo dõi, tổng hợp, báo cáo Giám đốc Chi nhánh kết quả thực hiện Kế "
     "hoạch trước ngày 15/01/2026.", "p"),
    ("Trong quá trình thực hiện nếu có vướng mắc, các phòng và các QTDND phản ánh về Phòng Kế hoạch - Nguồn vốn để "
     "tổng hợp, báo cáo Giám đốc xem xét./.", "p"),
]


def _paras(doc, items) -> None:
    for text, style in items:
        para(doc, text, bold=style in ("h", "b"), italic=style == "i")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["NGÂN HÀNG HỢP TÁC XÃ VIỆT NAM", "CHI NHÁNH ĐẮK LẮK"], "Số: 85/KH-NHHT.ĐLK",
                 "Đắk Lắk, ngày 12 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ thanh khoản, điều hòa vốn cho các quỹ tín dụng nhân dân 6 tháng cuối năm 2025", bold=True,
         center=True)
    _paras(doc, BEFORE_TABLE)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if row is table.rows[0] else (), center=i > 0)
    _paras(doc, AFTER_TABLE)
    signature_table(doc, ["Nơi nhận:", "- Tổng Giám đốc NHHT (b/c);", "- NHNN Chi nhánh Khu vực (b/c);",
                          "- Ban Giám đốc Chi nhánh;", "- Các phòng thuộc Chi nhánh;", "- 38 QTDND thành viên;",
                          "- Lưu: VT, KHNV."],
                    ["GIÁM ĐỐC", "", "", "", "Y Bhin Êban"])
    return saved(doc, author="Phòng Kế hoạch - Nguồn vốn", editor="Văn thư Chi nhánh Đắk Lắk",
                 title="Kế hoạch 85/KH-NHHT.ĐLK", created=datetime(2025, 8, 6, 9, 10, 0),
                 modified=datetime(2025, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
