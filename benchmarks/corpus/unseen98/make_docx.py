"""Write a_an-giang_09-KH-HNMPQ-2026_hoi-nuoc-mam-htx-tht.docx, the ninety-eighth held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen98/make_docx.py [OUT]

A producers' association's plan in Word (Hội Nước mắm Phú Quốc, An Giang, April 2026): italic "Căn cứ" lines, I.
purposes as "-" lines, II. one bordered table STT | Công việc | Người/bộ phận phụ trách | Phối hợp | Thời hạn with
eight rows (a cell naming a person by title, a partner named by its parent in brackets, empty partner cells), III. two
short paragraphs, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_an-giang_09-KH-HNMPQ-2026_hoi-nuoc-mam-htx-tht.docx"

CAN_CU = [
    "Căn cứ Điều lệ Hội Nước mắm Phú Quốc;",
    "Căn cứ Nghị quyết số 03/NQ-BCH ngày 28/3/2026 của Ban Chấp hành Hội;",
]

PURPOSES = [
    "- Giúp các tổ hợp tác, hợp tác xã và hộ hội viên sản xuất nước mắm ở đặc khu Phú Quốc giữ đúng quy trình ủ chượp "
    "truyền thống, được sử dụng chỉ dẫn địa lý \"Phú Quốc\" cho sản phẩm nước mắm.",
    "- Vận động các nhà thùng nhỏ lẻ liên kết lại thành tổ hợp tác, hợp tác xã để cùng mua cá cơm, muối và cùng bán.",
]

COLUMNS = ["STT", "Công việc", "Người/bộ phận phụ trách", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.4), Cm(3.4), Cm(2.6)]
ROWS = [
    ("1", "Khảo sát 42 nhà thùng hội viên chưa vào tổ chức kinh tế tập thể; lập danh sách hộ có nhu cầu góp vốn lập "
          "hợp tác xã", "Văn phòng Hội", "Phòng Kinh tế (UBND đặc khu Phú Quốc)", "Tháng 5/2026"),
    ("2", "Hướng dẫn hồ sơ thành lập 02 hợp tác xã nước mắm ở khu vực Hàm Ninh và Dương Đông", "Phó Chủ tịch "
          "thường trực Hội", "Liên minh HTX tỉnh", "Quý III/2026"),
    ("3", "Kiểm tra định kỳ nhật ký thùng chượp, độ đạm của các tổ hợp tác, hợp tác xã được cấp quyền sử dụng chỉ "
          "dẫn địa lý", "Ban Kiểm soát chất lượng", "", "Mỗi quý một lần"),
    ("4", "Đặt hàng chung cá cơm và muối hạt cho các tổ hợp tác trong mùa cá cơm nam", "Ban Vật tư - Nguyên liệu",
          "HTX Nước mắm Cửa Cạn", "Tháng 6 - tháng 8/2026"),
    ("5", "Mở lớp tập huấn ghi chép sổ sách, hóa đơn điện tử cho ban điều hành hợp tác xã, tổ trưởng tổ hợp tác",
          "Văn phòng Hội", "Thuế cơ sở đặc khu Phú Quốc", "Trước 15/7/2026"),
    ("6", "Đưa sản phẩm của 05 hợp tác xã hội viên tham gia hội chợ hàng Việt tại Cần Thơ và TP. Hồ Chí Minh",
          "Ban Thị trường", "Trung tâm Xúc tiến thương mại (Sở Công Thương)", "Quý IV/2026"),
    ("7", "Cập nhật tem truy xuất nguồn gốc cho sản phẩm của hội viên trên hệ thống của Hội", "Ban Kiểm soát chất "
          "lượng", "", "Thường xuyên"),
    ("8", "Sơ kết 6 tháng, đề xuất hội viên, tổ hợp tác tiêu biểu để Hội khen thưởng", "Văn phòng Hội",
          "Các ban của Hội", "Đầu tháng 7/2026"),
]

CLOSING = [
    "1. Các ban, Văn phòng Hội bố trí người theo dõi từng phần việc được giao; vướng mắc báo cáo ngay Thường trực Hội "
    "để xử lý.",
    "2. Kinh phí thực hiện lấy từ hội phí và nguồn tài trợ hợp pháp của các doanh nghiệp hội viên.",
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH AN GIANG", "HỘI NƯỚC MẮM PHÚ QUỐC"], "Số: 09/KH-HNMPQ",
                 "Phú Quốc, ngày 20 tháng 4 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ tổ hợp tác, hợp tác xã nước mắm hội viên năm 2026", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "Ban Chấp hành Hội Nước mắm Phú Quốc xây dựng kế hoạch năm 2026 như sau:")
    para(doc, "I. MỤC ĐÍCH", bold=True)
    for line in PURPOSES:
        para(doc, line)
    para(doc, "II. CÔNG VIỆC CỤ THỂ VÀ NGƯỜI PHỤ TRÁCH", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    para(doc)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    for line in CLOSING:
        para(doc, line)
    signature_table(doc, ["Nơi nhận:", "- UBND đặc khu Phú Quốc (b/c);", "- Liên minh HTX tỉnh;",
                          "- Thành viên BCH Hội;", "- Các HTX, THT hội viên;", "- Lưu: VP Hội."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Huỳnh Văn Tám"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội",
                 title="Kế hoạch 09/KH-HNMPQ", created=datetime(2026, 4, 14, 9, 0, 0),
                 modified=datetime(2026, 4, 20, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
