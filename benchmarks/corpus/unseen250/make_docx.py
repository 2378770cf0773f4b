"""Write a_dien-bien_41-2026-KH-SMA_thu-mua-hat-sachi-htx-2027.docx, the two-hundred-and-fiftieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen250/make_docx.py [OUT]

A sacha inchi (sachi) seed-oil company's plan (November 2026) for buying the 2027 dried seeds of its linked
cooperatives and cooperative groups: I. targets; II. one bordered table TT | Việc | Phân công | Thời hạn whose
"Phân công" cell holds a NESTED INNER TABLE — one inner row per body, the body in the left inner cell and its role
("chính" or "cùng") in the right one; one inner table of a single body; III. the closing paragraphs; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_dien-bien_41-2026-KH-SMA_thu-mua-hat-sachi-htx-2027.docx"

OPENING = [
    ("Năm 2026 Công ty nhận 412 tấn hạt sachi khô của 04 hợp tác xã và 03 tổ hợp tác trồng sachi dưới tán cà phê, "
     "xen ngô ở các xã Mường Ảng, Búng Lao, Ẳng Tở và Mường Lạn; gần một phần năm số bao hạt phải phơi lại vì ẩm, "
     "nhiều bao lẫn vỏ quả. Để có đủ hạt cho dây chuyền ép lạnh mới và giữ được khách hàng dầu sachi ở Hàn Quốc, "
     "Công ty lập Kế hoạch thu mua hạt sachi năm 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua 560 tấn hạt sachi khô đạt độ ẩm không quá 9%, lẫn tạp chất không quá 1%.", "p"),
    ("- Mỗi hợp tác xã, tổ hợp tác liên kết có sổ ghi chép vườn và ít nhất một người được tập huấn thu hái, phơi sấy.",
     "p"),
    ("II. PHÂN CÔNG", "h"),
    ("Ô “Phân công” của mỗi việc là một bảng nhỏ: cột trái ghi bộ phận, đơn vị; cột phải ghi “chính” với đơn vị làm "
     "chính, chịu trách nhiệm về việc đó, “cùng” với đơn vị cùng làm.", "p"),
]

COLUMNS = ["TT", "Việc", "Phân công", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(5.4), Cm(2.6)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng năm 2027 với từng hợp tác xã, tổ hợp tác: sản lượng, giá sàn, cách ứng trước tiền phân "
          "bón", [("Phòng Nguyên liệu", "chính"), ("Phòng Tài chính - Kế toán", "cùng")], "15/12/2026"),
    ("2", "Khảo sát lại diện tích sachi đang cho quả, đánh dấu vườn cây trên 5 năm tuổi cần trồng thay",
     [("Tổ Kỹ thuật vùng trồng", "cùng"), ("Phòng Nguyên liệu", "chính"), ("HTX Nông lâm nghiệp Búng Lao", "cùng")],
     "Tháng 12/2026"),
    ("3", "Mở 03 lớp tập huấn thu hái quả chín, tách hạt và phơi trên giàn lưới cho thành viên hợp tác xã, tổ hợp tác",
     [("Tổ Kỹ thuật vùng trồng", "chính"), ("Trung tâm Dịch vụ nông nghiệp tỉnh", "cùng")], "Trước 28/02/2027"),
    ("4", "Cấp 46 giàn phơi lưới và 12 máy đo ẩm cho các điểm gom hạt",
     [("Phòng Vật tư", "chính")], "Trước 15/3/2027"),
    ("5", "Nhận hạt tại điểm gom, đo độ ẩm, lấy mẫu kiểm tra tạp chất từng bao trước khi cân",
     [("Phòng Kiểm tra chất lượng", "chính"), ("Kho hạt Mường Ảng", "cùng")], "Từ tháng 4 đến tháng 10/2027"),
    ("6", "Trả tiền hạt vào tài khoản của hợp tác xã, tổ hợp tác sau mỗi phiếu cân",
     [("Phòng Tài chính - Kế toán", "chính")], "Trong 05 ngày làm việc"),
    ("7", "Hướng dẫn 02 hợp tác xã lập hồ sơ chứng nhận hữu cơ vùng trồng sachi",
     [("Tổ Kỹ thuật vùng trồng", "chính"), ("HTX Sachi hữu cơ Ẳng Tở", "cùng"), ("Phòng Kiểm tra chất lượng", "cùng")],
     "Quý II/2027"),
    ("8", "Giới thiệu dầu sachi ép lạnh có ghi tên hợp tác xã trồng trên nhãn phụ tại hội chợ nông sản tỉnh",
     [("Phòng Kinh doanh", "chính"), ("Liên minh Hợp tác xã tỉnh", "cùng")], "Tháng 9/2027"),
    ("9", "Tổng kết năm thu mua 2027, đề xuất giá sàn năm 2028 trình Hội đồng quản trị",
     [("Phòng Tài chính - Kế toán", "cùng"), ("Phòng Nguyên liệu", "chính"), ("Phòng Kiểm tra chất lượng", "cùng")],
     "Trước 30/11/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết gửi Phòng Nguyên liệu danh sách hộ thành viên trồng sachi và số tài khoản "
     "trước ngày 10/12/2026.", "p"),
    ("Trưởng các phòng, tổ, kho căn cứ phân công trên tổ chức thực hiện; vướng mắc báo Phó Tổng Giám đốc phụ trách "
     "nguyên liệu./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "DẦU SACHI MƯỜNG ẢNG"], "Số: 41/2026/KH-SMA",
                 "Mường Ảng, ngày 20 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua hạt sachi năm 2027 của các hợp tác xã, tổ hợp tác liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, doers, due) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [work], center=False)
        inner = cells[2].add_table(rows=len(doers), cols=2)
        set_borders(inner, "single")
        for inner_row, (body, role) in zip(inner.rows, doers):
            inner_row.cells[0].width, inner_row.cells[1].width = Cm(3.9), Cm(1.3)
            cell_lines(inner_row.cells[0], [body], center=False)
            cell_lines(inner_row.cells[1], [role])
        cell_lines(cells[3], [due])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT liên kết;",
                          "- UBND các xã Mường Ảng, Búng Lao, Ẳng Tở, Mường Lạn;",
                          "- Các phòng, tổ, kho (t/h);", "- Lưu: VT, P.NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lò Văn Thiết"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-SMA", created=datetime(2026, 11, 16, 8, 30, 0),
                 modified=datetime(2026, 11, 20, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
