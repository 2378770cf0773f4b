"""Write a_lam-dong_27-2026-KH-HBV_kim-chi-cai-thao-htx-duong-dan-to-chuc.docx, the two-hundred-and-thirty-sixth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen236/make_docx.py [OUT]

A Korean-invested kimchi maker's plan (October 2026) for buying napa cabbage, white radish, chili and garlic from its
linked vegetable cooperatives and cooperative groups for the 2027 production: the opening, I. targets, II. a facts
table of the linked units (no work), III. an italic note and ONE bordered table copied out of the company's ERP, whose
"Chủ trì" and "Phối hợp" cells name the company's units BY THEIR PATH IN THE ORGANISATION CHART ("Khối Cung ứng >
Phòng Thu mua > Tổ Kỹ thuật vùng trồng": the last level does the work; several partners split by ";"; outside bodies
by their plain name) and whose "Thời hạn" cells are YEAR-FIRST dates ("2026.12.15") or spans with a tilde
("2026.12.01 ~ 2026.12.10": done by the right-hand day), once a relative time in words; IV. the cooperatives' own duty;
a closing paragraph; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lam-dong_27-2026-KH-HBV_kim-chi-cai-thao-htx-duong-dan-to-chuc.docx"

OPENING = [
    ("Năm 2026 nhà máy của Công ty tại Đức Trọng chế biến 3.150 tấn kim chi, củ cải muối và tương ớt, trong đó 61% "
     "rau nguyên liệu mua của các hợp tác xã, tổ hợp tác trong tỉnh; 09 lô cải thảo bị trả về vì bắp xốp, dập lá sau "
     "khi chở đường dài. Để có nguồn rau ổn định cho đơn hàng năm 2027 (xuất sang Hàn Quốc và bán trong nước), Công ty "
     "lập Kế hoạch thu mua với các đơn vị liên kết như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua của vùng liên kết tối thiểu 2.600 tấn cải thảo, 700 tấn củ cải trắng, 45 tấn ớt và 30 tấn tỏi khô.", "p"),
    ("- 100% lô rau nhập nhà máy có nhật ký đồng ruộng; tỷ lệ lô bị trả về dưới 2%.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Sản phẩm", "Sản lượng đăng ký năm 2027 (tấn)"]
UNIT_WIDTHS = [Cm(6.0), Cm(3.0), Cm(3.6), Cm(3.4)]
UNITS = [
    ("HTX Nông nghiệp Hiệp Thạnh", "Hiệp Thạnh", "Cải thảo, củ cải", "1.150"),
    ("HTX Rau sạch Tà Năng", "Tà Năng", "Cải thảo", "820"),
    ("THT Rau an toàn thôn Phú Hòa", "Tân Hội", "Cải thảo, củ cải", "530"),
    ("HTX Nông sản Ninh Gia", "Ninh Gia", "Củ cải, ớt", "760"),
    ("THT Tỏi ớt Đạ Ròn", "Ka Đô", "Ớt, tỏi", "95"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Bảng dưới đây sao từ phân hệ Kế hoạch công việc của phần mềm quản trị doanh nghiệp (ERP) của Công ty, giữ nguyên "
     "cách ghi của phần mềm: đơn vị ghi theo sơ đồ tổ chức, từ cấp trên xuống cấp dưới, các cấp cách nhau bằng dấu "
     "“>”, đơn vị làm việc là cấp ghi sau cùng; nhiều đơn vị phối hợp cách nhau bằng dấu “;”; đơn vị ngoài Công ty "
     "ghi tên riêng. Ngày ghi theo thứ tự năm.tháng.ngày; khoảng thời gian ghi “ngày bắt đầu ~ ngày kết thúc”, việc "
     "phải xong chậm nhất vào ngày kết thúc.", "i"),
]

COLUMNS = ["Mã việc", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.6), Cm(5.6), Cm(3.4), Cm(3.6), Cm(2.4)]
QC = "Khối Sản xuất > Nhà máy Đức Trọng > Tổ Kiểm soát chất lượng"
KIMCHI = "Khối Sản xuất > Nhà máy Đức Trọng > Xưởng Muối chua"
BUY = "Khối Cung ứng > Phòng Thu mua"
FIELD = "Khối Cung ứng > Phòng Thu mua > Tổ Kỹ thuật vùng trồng"
TRUCKS = "Khối Cung ứng > Đội Xe và Kho lạnh"
MONEY = "Khối Hỗ trợ > Phòng Tài chính - Kế toán"
EXPORT = "Khối Kinh doanh > Phòng Xuất khẩu"
ROWS = [
    ("KH27-01", "Ký phụ lục hợp đồng liên kết năm 2027 với từng hợp tác xã, tổ hợp tác: diện tích, sản lượng theo "
     "tháng, giá sàn cải thảo và củ cải", BUY, MONEY, "2026.11.20"),
    ("KH27-02", "Cấp hạt giống cải thảo chịu nhiệt, củ cải trắng; hướng dẫn lịch xuống giống lệch nhau giữa các "
     "đơn vị để có rau rải đều từ tháng 01 đến tháng 4", FIELD,
     "HTX Nông nghiệp Hiệp Thạnh; Trung tâm Khuyến nông tỉnh", "2026.11.02 ~ 2026.11.30"),
    ("KH27-03", "Lấy mẫu đất, nước tưới tại 24 điểm trồng, gửi phân tích kim loại nặng và vi sinh", QC, FIELD,
     "2026.12.15"),
    ("KH27-04", "Tập huấn dùng thuốc bảo vệ thực vật theo danh mục chấp nhận của thị trường Hàn Quốc và cách ghi "
     "nhật ký đồng ruộng", FIELD, "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "2026.12.01 ~ 2026.12.10"),
    ("KH27-05", "Thuê 02 xe tải lạnh theo chuyến, chuẩn bị 1.200 két nhựa có lót để chở cải thảo từ điểm gom về "
     "nhà máy", TRUCKS, MONEY, "2027.01.05"),
    ("KH27-06", "Nhận rau tại cổng nhà máy; kiểm tra độ chắc bắp, vết sâu, thử nhanh dư lượng thuốc từng lô trước khi "
     "nhập xưởng", QC, f"{KIMCHI}; {TRUCKS}", "2027.01.10 ~ 2027.04.30"),
    ("KH27-07", "Muối thử 03 mẻ kim chi bằng cải của vùng liên kết, đánh giá độ giòn sau 21 ngày lên men", KIMCHI,
     f"{QC}; {EXPORT}", "2027.01.15 ~ 2027.02.28"),
    ("KH27-08", "Thu mua ớt quả khô và tỏi khô của các đơn vị liên kết, phơi lại và bảo quản trong kho mát", BUY,
     TRUCKS, "2027.02.01 ~ 2027.03.15"),
    ("KH27-09", "Thanh toán tiền rau cho hợp tác xã, tổ hợp tác qua tài khoản", MONEY, BUY,
     "Trong 05 ngày làm việc sau mỗi phiếu nhập kho"),
    ("KH27-10", "Lập hồ sơ truy xuất vùng trồng cho các lô kim chi xuất sang Hàn Quốc", EXPORT, f"{BUY}; {QC}",
     "2027.03.31"),
    ("KH27-11", "Tổng kết vụ, chấm điểm từng đơn vị liên kết, đề xuất sản lượng và giá sàn năm 2028 trình Tổng Giám "
     "đốc", BUY, f"{MONEY}; {QC}", "2027.06.30"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA BÊN TRỒNG RAU", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết lập và gửi lịch xuống giống từng lứa, danh sách hộ trồng, diện tích của từng "
     "hộ về Phòng Thu mua trước ngày 31/10/2026; không bán rau đã đăng ký cho Công ty ra ngoài khi chưa báo trước 07 ngày.",
     "p"),
    ("Các khối, phòng, xưởng, tổ có tên trong bảng thực hiện đúng phân công; vướng mắc báo Phó Tổng Giám đốc phụ "
     "trách cung ứng để xử lý./.", "p"),
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
    header_table(doc, ["CÔNG TY TNHH", "THỰC PHẨM HANBIT VINA"], "Số: 27/2026/KH-HBV",
                 "Lâm Đồng, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua cải thảo, củ cải, ớt và tỏi của các hợp tác xã, tổ hợp tác liên kết cho sản xuất kim chi năm "
              "2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for row in table.rows[1:]:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Tổng Giám đốc (b/c);", "- Các HTX, THT liên kết;",
                          "- Các khối, phòng, xưởng, tổ (t/h);", "- Lưu: VT, Phòng Thu mua."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Đoàn Minh Khuê"])
    return saved(doc, author="Phòng Thu mua", editor="Thư ký Ban Tổng Giám đốc",
                 title="Kế hoạch 27/2026/KH-HBV", created=datetime(2026, 10, 12, 8, 30, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
