"""Write a_vinh-long_27-2026-KH-KZM_khoai-lang-dau-bap-htx-xuat-nhat.docx, the two-hundred-and-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen209/make_docx.py [OUT]

A foreign-invested frozen-food company's plan (100% Japanese capital; August 2026) with the cooperatives and the
cooperative group that grow Japanese sweet potato and okra for its frozen exports to Japan, Thu Đông crop 2026. The
opening, I. targets ("-" lines), II. a facts table of each linked unit's crop, area and PLANTING DAY ("Ngày N"), III.
a note of the company's department codes in English letters (PUR, AGR, QA, FIN, PLT) and of how the "Mốc" column
counts days from each unit's planting day ("N-15", "N+40 đến N+75"), then ONE bordered table Mốc | Công việc | Bộ
phận phụ trách | Phối hợp whose times are mostly COUNTED FROM A DAY THAT DIFFERS BY COOPERATIVE (three rows carry a
calendar month instead); IV. two numbered duties of the cooperatives; the closing; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_vinh-long_27-2026-KH-KZM_khoai-lang-dau-bap-htx-xuat-nhat.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Công ty TNHH Thực phẩm Kazemori Việt Nam là doanh nghiệp 100% vốn Nhật Bản, nhà máy đặt tại Khu công nghiệp "
     "Hòa Phú, chuyên sản xuất khoai lang nướng đông lạnh và đậu bắp cấp đông IQF cho các chuỗi siêu thị tại Nhật Bản. "
     "Từ năm 2024 Công ty mua nguyên liệu qua hợp đồng với các hợp tác xã, tổ hợp tác ở các xã Tân Bình, Tân Lược, Tân "
     "Quới, Mỹ Thuận. Lô hàng tháng 3/2026 bị khách hàng trả về vì một mẫu đậu bắp vượt mức dư lượng cho phép; vì vậy "
     "Công ty lập Kế hoạch vụ Thu Đông năm 2026 như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Liên kết 420 ha khoai lang Nhật (giống Beniazuma, Murasaki) và 60 ha đậu bắp; thu mua khoảng 9.800 tấn củ "
     "và 540 tấn quả.", "p"),
    ("- Không lô nguyên liệu nào vượt giới hạn dư lượng thuốc bảo vệ thực vật theo danh mục của Nhật Bản; mỗi thửa "
     "ruộng có mã và nhật ký canh tác.", "p"),
    ("- Giá thu mua củ loại 1 không thấp hơn 7.200 đồng/kg, quả đậu bắp loại 1 không thấp hơn 9.500 đồng/kg.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT VÀ NGÀY XUỐNG GIỐNG", "h"),
    ("Ngày xuống giống của mỗi đơn vị (Ngày N) do Hội đồng quản trị HTX, tổ trưởng THT thống nhất với Công ty:", "p"),
]

PLANT_COLUMNS = ["Đơn vị liên kết", "Địa bàn", "Cây trồng", "Diện tích (ha)", "Ngày N"]
PLANT_WIDTHS = [Cm(5.4), Cm(2.8), Cm(2.4), Cm(2.0), Cm(2.6)]
PLANTS = [
    ("HTX Nông nghiệp Tân Bình", "xã Tân Bình", "Khoai lang", "150", "05/9/2026"),
    ("HTX Khoai lang Tân Lược", "xã Tân Lược", "Khoai lang", "120", "12/9/2026"),
    ("THT khoai lang ấp Tân Thạnh", "xã Tân Lược", "Khoai lang", "50", "12/9/2026"),
    ("HTX Dịch vụ nông nghiệp Thành Lợi", "xã Tân Quới", "Khoai lang", "100", "19/9/2026"),
    ("HTX Rau màu Mỹ Thuận", "xã Mỹ Thuận", "Đậu bắp", "60", "26/9/2026"),
]

BEFORE_TABLE = [
    ("III. CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
    ("Mã bộ phận dùng trong bảng: PUR - Bộ phận Thu mua nguyên liệu; AGR - Bộ phận Kỹ thuật nông vụ; QA - Bộ phận "
     "Đảm bảo chất lượng; FIN - Bộ phận Tài chính - Kế toán; PLT - Xưởng chế biến. Cột \"Mốc\" tính theo Ngày N của "
     "từng đơn vị ở mục II: N-15 là 15 ngày trước ngày xuống giống, N+40 là 40 ngày sau ngày xuống giống; việc làm "
     "chung cho mọi đơn vị thì ghi tháng.", "p"),
]

COLUMNS = ["Mốc", "Công việc", "Bộ phận phụ trách", "Phối hợp"]
WIDTHS = [Cm(2.6), Cm(8.0), Cm(2.4), Cm(3.0)]
ROWS = [
    ("Tháng 8/2026", "Ký phụ lục hợp đồng vụ Thu Đông với từng HTX, THT: diện tích, sản lượng giao, giá sàn và cách "
                     "trừ tiền vật tư ứng trước", "PUR", "FIN"),
    ("N-15", "Lấy mẫu đất và nước tưới của từng thửa gửi phân tích kim loại nặng; thửa không đạt thì không cấp mã, "
             "không đưa vào vùng liên kết", "QA", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh"),
    ("N-7", "Giao dây giống khoai lang cắt ngọn, đã xử lý sạch bệnh, cho từng HTX, THT theo diện tích đăng ký",
     "AGR", "HTX Nông nghiệp Tân Bình"),
    ("N-3 đến N+10", "Cài ứng dụng nhật ký canh tác trên điện thoại cho tổ kỹ thuật của HTX, THT; hướng dẫn ghi mỗi "
                     "lần bón phân, phun thuốc ngay trong ngày", "AGR", ""),
    ("N+25", "Tập huấn danh mục thuốc được dùng, liều lượng và thời gian cách ly theo yêu cầu của khách hàng Nhật "
             "Bản cho thành viên các HTX, THT", "QA", "Trung tâm Khuyến nông tỉnh, Hội Nông dân xã Tân Lược"),
    ("Tháng 10/2026", "Đón đoàn kiểm tra vùng trồng của nhà nhập khẩu Nhật Bản; bố trí thăm ruộng của 02 HTX do đoàn "
                      "chọn ngẫu nhiên", "PUR", "AGR, UBND xã Tân Bình"),
    ("N+40 đến N+75", "Thu hái đậu bắp cách ngày; nhận quả tại điểm thu gom của HTX Rau màu Mỹ Thuận trước 10 giờ "
                      "sáng để cấp đông trong ngày", "PUR", "PLT"),
    ("N+85", "Lấy mẫu củ trên từng mã thửa kiểm nghiệm dư lượng trước khi cho phép thu hoạch", "QA",
     "Trung tâm Kiểm nghiệm và Chứng nhận chất lượng tỉnh"),
    ("N+95 đến N+115", "Thu mua củ khoai lang tại ruộng, cân và phân loại tại điểm tập kết; củ loại 2 bán lại cho "
                       "HTX làm bột theo giá thỏa thuận", "PUR", "QA, PLT"),
    ("Trong 07 ngày sau mỗi lần cân", "Chuyển tiền mua nguyên liệu vào tài khoản HTX, THT kèm bảng kê từng mã thửa",
     "FIN", ""),
    ("Tháng 01/2027", "Tổng kết vụ, chấm điểm từng đơn vị liên kết theo sản lượng, chất lượng và việc ghi nhật ký; "
                      "báo cáo Tổng Giám đốc mức thưởng và diện tích vụ Đông Xuân", "PUR", "QA, FIN"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA BÊN HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("1. Chỉ cho thành viên dùng thuốc trong danh mục được tập huấn; giữ vỏ chai, bao thuốc đã dùng để đoàn kiểm tra "
     "đối chiếu.", "p"),
    ("2. Gửi danh sách thành viên, mã thửa và số tài khoản về Bộ phận Tài chính - Kế toán trước ngày 31/8/2026.", "p"),
    ("Từng bộ phận của Công ty cùng các HTX, THT đã ký hợp đồng theo Kế hoạch này mà làm; vướng mắc "
     "báo về Bộ phận Thu mua nguyên liệu (điện thoại 0270 3861 274) để xử lý./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH THỰC PHẨM", "KAZEMORI VIỆT NAM"], "Số: 27/2026/KH-KZM",
                 "Vĩnh Long, ngày 04 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết trồng và thu mua khoai lang Nhật, đậu bắp với các hợp tác xã, tổ hợp tác vụ Thu Đông năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, PLANT_COLUMNS, PLANT_WIDTHS, PLANTS, center_columns=(3, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Tổng Giám đốc (b/c);", "- 04 HTX, 01 THT liên kết;",
                          "- UBND các xã Tân Bình, Tân Lược, Tân Quới, Mỹ Thuận;",
                          "- Chi cục Trồng trọt và BVTV tỉnh;", "- Các bộ phận PUR, AGR, QA, FIN, PLT;",
                          "- Lưu: HC, PUR."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lương Thị Ngọc Hà"])
    return saved(doc, author="Bộ phận Thu mua nguyên liệu", editor="Hành chính Công ty",
                 title="Kế hoạch 27/2026/KH-KZM", created=datetime(2026, 7, 29, 9, 10, 0),
                 modified=datetime(2026, 8, 4, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
