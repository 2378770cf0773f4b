"""Write a_phu-tho_73-2026-KH-STTN_thu-mua-son-ta-htx-vu-2027.docx, the two-hundred-and-forty-eighth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen248/make_docx.py [OUT]

A raw-lacquer (sơn ta) company's plan (October 2026) for buying the lacquer sap tapped by its linked cooperatives and
cooperative groups in the 2027 season: I. targets; II. how the tables are read; III. the work in SMALL TABLES, ONE PER
MONTH, each under a CAPTION "Bảng n. Việc phải xong trong tháng MM/YYYY" — the deadline is given only by the caption —
with the columns TT | Việc | Chủ trì | Cùng làm; one row with its own day in brackets, one row "(làm suốt vụ)"; IV. the
cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Plain paragraphs (no Word numbering).

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
OUT = HERE / "a_phu-tho_73-2026-KH-STTN_thu-mua-son-ta-htx-vu-2027.docx"

OPENING = [
    ("Năm 2026 Công ty mua được từ các hợp tác xã, tổ hợp tác trồng sơn liên kết 41,5 tấn nhựa sơn sống, trong đó gần "
     "một phần năm số thùng có lẫn nước mưa hoặc vỏ cây, phải lọc lại và hạ giá. Để vụ cạo sơn năm 2027 có nhựa sơn "
     "sạch, giao nhận đúng hẹn, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua đủ 48 tấn nhựa sơn sống của vùng liên kết; số thùng phải lọc lại dưới 5%.", "p"),
    ("- Mỗi hợp tác xã, tổ hợp tác liên kết có ít nhất một thợ cạo sơn được Công ty cấp thẻ tay nghề.", "p"),
    ("II. CÁCH ĐỌC CÁC BẢNG", "h"),
    ("Mỗi bảng ở mục III gom các việc phải làm xong trong cùng một tháng, tháng đó ghi ở tên bảng; việc nào có ngày "
     "riêng thì ghi ngày trong ngoặc ở cuối nội dung việc.", "p"),
    ("III. CÁC VIỆC THEO THÁNG", "h"),
]

COLUMNS = ["TT", "Việc", "Chủ trì", "Cùng làm"]
WIDTHS = [Cm(1.0), Cm(8.2), Cm(3.6), Cm(3.6)]
MONTHS = [
    ("Bảng 1. Việc phải xong trong tháng 11/2026", [
        ("1", "Rà lại diện tích cây sơn đến tuổi cạo của từng hợp tác xã, tổ hợp tác; chốt sản lượng nhựa sơn đăng "
              "ký bán cho Công ty", "Phòng Vật tư - Thu mua", "Tổ Kỹ thuật vườn sơn"),
        ("2", "Ký phụ lục hợp đồng vụ 2027 với 06 đơn vị liên kết, ghi giá sàn 420.000 đồng/kg nhựa sơn đạt loại 1 "
              "(xong ngày 20)", "Phòng Vật tư - Thu mua", "Phòng Tài chính - Kế toán"),
    ]),
    ("Bảng 2. Việc phải xong trong tháng 12/2026", [
        ("3", "Mở 03 lớp dạy cạo sơn đúng kỹ thuật (vết cạo, dao cạo, giờ cạo sáng sớm) cho thợ của các hợp tác xã",
         "Tổ Kỹ thuật vườn sơn", "Trung tâm Khuyến nông tỉnh Phú Thọ"),
        ("4", "Cấp 900 bát hứng nhựa bằng nhựa PP, 120 thùng chứa có nắp kín cho các điểm gom",
         "Kho nguyên liệu", ""),
    ]),
    ("Bảng 3. Việc phải xong trong tháng 01/2027", [
        ("5", "Kiểm tra tay nghề, cấp thẻ thợ cạo sơn cho người đạt yêu cầu", "Tổ Kỹ thuật vườn sơn",
         "HTX Sơn ta Hương Nộn"),
        ("6", "Lắp cân điện tử và máy đo độ ẩm nhựa sơn tại 04 điểm gom Hương Nộn, Dị Nậu, Thọ Văn, Tam Nông",
         "Phòng Quản lý chất lượng", "Kho nguyên liệu"),
    ]),
    ("Bảng 4. Việc phải xong trong tháng 3/2027", [
        ("7", "Nhận nhựa sơn tại điểm gom, lấy mẫu thử độ ẩm và tạp chất từng thùng, dán tem phân loại (làm suốt vụ)",
         "Phòng Quản lý chất lượng", "Phòng Vật tư - Thu mua, Kho nguyên liệu"),
        ("8", "Đối chiếu phiếu cân với hợp tác xã, chuyển tiền nhựa sơn đợt đầu vụ vào tài khoản của từng đơn vị "
              "(trước ngày 25)", "Phòng Tài chính - Kế toán", "Phòng Vật tư - Thu mua"),
    ]),
    ("Bảng 5. Việc phải xong trong tháng 8/2027", [
        ("9", "Trồng dặm 15.000 cây sơn giống ở các vườn già cỗi của THT sơn ta khu Dị Nậu; theo dõi tỷ lệ sống",
         "Tổ Kỹ thuật vườn sơn", "THT sơn ta khu Dị Nậu, UBND xã Dị Nậu"),
        ("10", "Tổng kết vụ cạo sơn 2027, đề xuất giá sàn vụ 2028 trình Hội đồng quản trị",
         "Phòng Vật tư - Thu mua", "Phòng Tài chính - Kế toán, Phòng Quản lý chất lượng"),
    ]),
]

AFTER = [
    ("IV. HỢP TÁC XÃ, TỔ HỢP TÁC TRỒNG SƠN CẦN LÀM", "h"),
    ("Các hợp tác xã, tổ hợp tác trồng sơn liên kết lập danh sách thợ cạo sơn và số tài khoản nhận tiền, gửi về Phòng "
     "Vật tư - Thu mua trước ngày 10/11/2026; không pha dầu, nước hoặc nhựa sơn của nơi khác vào thùng giao cho Công "
     "ty.", "p"),
    ("Trưởng các phòng, tổ, kho tổ chức làm đúng tháng đã ghi trong từng bảng; có vướng mắc thì trình ngay lên Phó "
     "Giám đốc phụ trách vùng sơn xử lý./.", "p"),
]


def bordered(doc, rows):
    table = doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i == 0)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "SƠN TA TAM NÔNG"], "Số: 73/2026/KH-STTN",
                 "Tam Nông, ngày 27 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua nhựa sơn ta vụ cạo năm 2027 của các hợp tác xã, tổ hợp tác trồng sơn liên kết", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for caption, rows in MONTHS:
        para(doc, caption, bold=True, italic=True)
        bordered(doc, rows)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT trồng sơn liên kết;",
                          "- UBND các xã Tam Nông, Hương Nộn, Dị Nậu, Thọ Văn;",
                          "- Các phòng, tổ, kho (t/h);", "- Lưu: VT, P.VTTM."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đinh Công Khẩn"])
    return saved(doc, author="Phòng Vật tư - Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 73/2026/KH-STTN", created=datetime(2026, 10, 22, 8, 40, 0),
                 modified=datetime(2026, 10, 27, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
