"""Write a_dong-nai_58-2026-KH-TLP_thu-mua-hat-dieu-htx-vu-2027.docx, the two-hundred-and-twenty-third held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen223/make_docx.py [OUT]

A cashew processing and export company's plan (November 2026) for buying the 2027 raw-nut crop of its linked cashew
cooperatives and cooperative groups: I. targets; II. a facts table of the linked units (no work); III. one bordered
table whose FIRST column cites the CLAUSE OF THE LINKAGE CONTRACT that the row carries out ("Đ.3.1", "Đ.6.2 - 6.3",
"Đ.8"), one clause cell merged over two rows, then Việc | Bộ phận thực hiện | Phối hợp | Thời hạn; IV. the
cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph
with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-nai_58-2026-KH-TLP_thu-mua-hat-dieu-htx-vu-2027.docx"

OPENING = [
    ("Theo các hợp đồng liên kết tiêu thụ hạt điều thô giai đoạn 2026 - 2028 ký giữa Công ty với các hợp tác xã, "
     "tổ hợp tác (sau đây gọi là hợp đồng liên kết); vụ điều năm 2026 Công ty nhận được 1.870 tấn hạt của vùng liên "
     "kết, tỷ lệ thu hồi nhân bình quân đạt 28,6%, có 14% số lô bị trả lại vì hạt ẩm. Công ty xây dựng Kế hoạch thu "
     "mua vụ điều năm 2027 với những nội dung dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua tối thiểu 2.300 tấn hạt điều thô của vùng liên kết, trong đó 260 tấn hạt điều hữu cơ chuyển đổi.", "p"),
    ("- Tỷ lệ lô hạt bị trả lại vì độ ẩm dưới 5%; trả tiền hạt cho hợp tác xã không chậm quá thời hạn hợp đồng.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Diện tích điều (ha)", "Sản lượng đăng ký (tấn)"]
UNIT_WIDTHS = [Cm(6.4), Cm(3.2), Cm(3.0), Cm(3.4)]
UNITS = [
    ("HTX Nông nghiệp Điều Bom Bo", "Bom Bo", "820", "780"),
    ("HTX Điều hữu cơ Thọ Sơn", "Thọ Sơn", "310", "260"),
    ("HTX Dịch vụ nông nghiệp Nghĩa Trung", "Nghĩa Trung", "690", "640"),
    ("HTX Nông nghiệp Phú Nghĩa", "Phú Nghĩa", "540", "510"),
    ("THT điều ấp 3 Đức Liễu", "Đức Liễu", "130", "110"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN THEO HỢP ĐỒNG LIÊN KẾT", "h"),
    ("Cột đầu của bảng ghi điều, khoản của hợp đồng liên kết mà việc đó thực hiện (ví dụ Đ.4.1 là khoản 1 Điều 4).",
     "p"),
]

COLUMNS = ["Điều khoản", "Việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.9), Cm(6.6), Cm(2.7), Cm(2.7), Cm(2.4)]
ROWS = [
    ("Đ.3.1", "Chốt với từng HTX, THT diện tích và sản lượng hạt bán cho Công ty; ký phụ lục giá sàn vụ 2027",
     "Phòng Thu mua", "Phòng Kế toán", "Trước 15/01/2027"),
    ("Đ.3.4", "Mở lớp tập huấn tỉa cành, xử lý ra hoa, phòng trừ bọ xít muỗi cho tổ kỹ thuật của các HTX",
     "Tổ Kỹ thuật vùng nguyên liệu", "Trung tâm Khuyến nông tỉnh", "Tháng 01/2027"),
    ("Đ.4.1", "Cấp 2.400 bao đay và 08 máy đo ẩm cầm tay cho các điểm gom hạt",
     "Kho nguyên liệu", "HTX Nông nghiệp Điều Bom Bo", "Trước 10/02/2027"),
    ("", "Hướng dẫn phơi hạt trên sân xi măng hoặc tấm bạt; hạt giao cho Công ty có độ ẩm không quá 10%",
     "Phòng Quản lý chất lượng", "", "Trước 20/02/2027"),
    ("Đ.4.3", "Nhận hạt tại kho, cắt mẫu đo tỷ lệ thu hồi nhân và đếm số hạt trên một ki-lô-gam ngay khi cân",
     "Phòng Quản lý chất lượng", "Kho nguyên liệu", "Từ 01/3 đến 31/5/2027"),
    ("Đ.5.2", "Chuyển tiền hạt vào tài khoản của HTX, THT",
     "Phòng Kế toán", "", "Trong 03 ngày làm việc sau mỗi phiếu cân"),
    ("Đ.6.2 - 6.3", "Lấy mẫu đất, mẫu lá ở 20 vườn chuyển đổi hữu cơ của HTX Điều hữu cơ Thọ Sơn; lập hồ sơ mời tổ "
     "chức chứng nhận đánh giá", "Tổ Kỹ thuật vùng nguyên liệu", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh",
     "Tháng 4/2027"),
    ("Đ.7.1", "Trả khoản thưởng 200 đồng/kg cho các lô hạt có tỷ lệ thu hồi nhân từ 30% trở lên",
     "Phòng Kế toán", "Phòng Quản lý chất lượng", "Trước 30/6/2027"),
    ("Đ.8", "Tổng kết vụ điều 2027, rà lại việc thực hiện hợp đồng liên kết, kiến nghị giá sàn vụ 2028 trình Hội "
     "đồng quản trị", "Phòng Thu mua", "Phòng Kế toán, Phòng Quản lý chất lượng", "Tháng 7/2027"),
]

AFTER = [
    ("IV. VIỆC CỦA CÁC HTX, THT LIÊN KẾT", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết gửi danh sách thành viên, số tài khoản và sản lượng dự kiến của từng thành "
     "viên về Phòng Thu mua trước ngày 05/01/2027; không gom hạt của vùng khác để giao theo hợp đồng liên kết.", "p"),
    ("Các phòng, bộ phận nêu tại mục III thực hiện đúng phân công; quá trình làm có khó khăn thì báo ngay Phó Tổng "
     "Giám đốc phụ trách vùng nguyên liệu để xử lý./.", "p"),
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


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "ĐIỀU TÂN LẬP PHÁT"], "Số: 58/2026/KH-TLP",
                 "Đồng Phú, ngày 24 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua hạt điều thô vụ năm 2027 của các hợp tác xã, tổ hợp tác liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    table.cell(3, 0).merge(table.cell(4, 0))  # clause Đ.4.1 over its two rows
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX, THT liên kết;",
                          "- UBND các xã Bom Bo, Thọ Sơn, Nghĩa Trung, Phú Nghĩa, Đức Liễu;",
                          "- Các phòng, bộ phận (t/h);", "- Lưu: VT, P.TM."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lại Quang Thịnh"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 58/2026/KH-TLP", created=datetime(2026, 11, 19, 9, 10, 0),
                 modified=datetime(2026, 11, 24, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
