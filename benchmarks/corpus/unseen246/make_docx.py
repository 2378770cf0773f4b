"""Write a_cao-bang_37-KH-SGX-2026_thu-mua-vo-gai-htx-2027.docx, the two-hundred-and-forty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen246/make_docx.py [OUT]

A ramie fibre company's plan (October 2026) for buying the 2027 decorticated ramie bark of its linked cooperatives and
cooperative groups: I. targets; II. a ROSTER table of the company's contact persons (Họ tên | Chức danh | Bộ phận);
III. one bordered table whose doers are ONLY PERSONS' NAMES (TT | Việc | Người chủ trì | Người cùng làm | Xong
trước), outside bodies written in full; a note saying that the person's unit answers for the work; IV. the
cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph.

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
OUT = HERE / "a_cao-bang_37-KH-SGX-2026_thu-mua-vo-gai-htx-2027.docx"

OPENING = [
    ("Năm 2026 nhà máy tước sợi của Công ty nhận 640 tấn vỏ gai khô từ 04 hợp tác xã và 02 tổ hợp tác trồng gai xanh, "
     "mới đạt 71% công suất; gần một phần năm số vỏ gai bị xếp loại C vì cắt quá lứa hoặc phơi bị mốc. Để có đủ "
     "nguyên liệu cho dây chuyền kéo sợi mới, Công ty lập Kế hoạch thu mua vỏ gai năm 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Nhận 1.050 tấn vỏ gai khô của vùng liên kết, loại A và B chiếm từ 85% trở lên.", "p"),
    ("- Diện tích gai xanh của các hợp tác xã, tổ hợp tác liên kết tăng thêm 120 ha so với năm 2026.", "p"),
    ("II. NGƯỜI ĐẦU MỐI CỦA CÔNG TY", "h"),
    ("Danh sách người đầu mối dưới đây dùng để đọc cột người ở mục III.", "p"),
]

ROSTER_COLUMNS = ["Họ tên", "Chức danh", "Bộ phận"]
ROSTER_WIDTHS = [Cm(4.6), Cm(4.0), Cm(6.6)]
ROSTER = [
    ("Nông Thị Huệ", "Trưởng phòng", "Phòng Nguyên liệu"),
    ("Lục Văn Thắng", "Phó trưởng phòng", "Phòng Nguyên liệu"),
    ("Hoàng Minh Đức", "Kế toán trưởng", "Phòng Tài chính - Kế toán"),
    ("Đàm Thị Lan", "Quản đốc", "Xưởng Tước sợi"),
    ("Bế Quang Hiếu", "Kỹ sư nông học", "Tổ Kỹ thuật vùng trồng"),
    ("Triệu Thị Ngân", "Kỹ thuật viên", "Phòng Kiểm nghiệm"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG", "h"),
    ("Ở cột người, người có tên là đầu mối của bộ phận mình: bộ phận của người chủ trì chịu trách nhiệm chính, bộ "
     "phận của người cùng làm phối hợp. Đơn vị ngoài Công ty ghi đủ tên.", "p"),
]

COLUMNS = ["TT", "Việc", "Người chủ trì", "Người cùng làm", "Xong trước"]
WIDTHS = [Cm(1.0), Cm(6.8), Cm(3.0), Cm(3.6), Cm(2.4)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng bao tiêu vỏ gai năm 2027 với từng HTX, THT; chốt diện tích và giá sàn theo loại vỏ",
     "Nông Thị Huệ", "Hoàng Minh Đức", "15/12/2026"),
    ("2", "Cấp 18.000 hom giống gai xanh cho hai tổ hợp tác mở rộng diện tích ở xã Quảng Uyên",
     "Bế Quang Hiếu", "Lục Văn Thắng\nHTX Gai xanh Nam Tuấn", "31/01/2027"),
    ("3", "Tập huấn cắt gai đúng 45 - 50 ngày mỗi lứa, tước vỏ ngay trong ngày, phơi trên giàn cao",
     "Bế Quang Hiếu", "Trung tâm Khuyến nông tỉnh", "Tháng 02/2027"),
    ("4", "Ứng trước 30% tiền phân bón lứa đầu cho các HTX, THT đã ký phụ lục",
     "Hoàng Minh Đức", "Nông Thị Huệ", "28/02/2027"),
    ("5", "Đặt 05 máy tước vỏ di động tại điểm gom của các hợp tác xã, hướng dẫn vận hành và bảo dưỡng",
     "Đàm Thị Lan", "Lục Văn Thắng", "15/3/2027"),
    ("6", "Lấy mẫu từng lô vỏ gai nhập kho, đo độ ẩm, độ bền xơ và xếp loại A, B, C trước khi cân",
     "Triệu Thị Ngân", "", "Khi nhập từng lô"),
    ("7", "Trả tiền vỏ gai vào tài khoản của HTX, THT",
     "Hoàng Minh Đức", "", "05 ngày làm việc sau khi cân"),
    ("8", "Tổng kết lứa cắt thứ nhất, so tỷ lệ loại A của từng HTX, THT, đề xuất điều chỉnh giá sàn",
     "Lục Văn Thắng", "Triệu Thị Ngân\nĐàm Thị Lan", "30/6/2027"),
]

AFTER = [
    ("IV. HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT", "h"),
    ("Các HTX, THT liên kết lập sổ theo dõi diện tích, ngày cắt từng lứa của thành viên và gửi bản sao về Phòng "
     "Nguyên liệu trước ngày 20/12/2026; chỉ giao vỏ gai của thành viên đã đăng ký.", "p"),
    ("Người đầu mối có tên ở mục II sắp xếp việc của bộ phận mình để làm đúng hạn; vướng mắc báo Giám đốc Công ty "
     "để giải quyết./.", "p"),
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
                cell_lines(cell, value.split("\n"), center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "SỢI GAI XANH CAO BẰNG"], "Số: 37/KH-SGX",
                 "Cao Bằng, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua vỏ gai xanh của hợp tác xã, tổ hợp tác trong vùng liên kết năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, ROSTER_COLUMNS, ROSTER_WIDTHS, ROSTER, center_columns=())
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- 06 HTX, THT liên kết;",
                          "- Người đầu mối tại mục II (t/h);", "- Lưu: VT, PNL."],
                    ["GIÁM ĐỐC", "", "", "", "", "Hà Văn Khương"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư",
                 title="Kế hoạch 37/KH-SGX", created=datetime(2026, 10, 8, 8, 30, 0),
                 modified=datetime(2026, 10, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
