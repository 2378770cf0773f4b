"""Write a_van-don-quang-ninh_02-KH-THT-2026_to-hop-tac-nuoi-hau-phan-viec.docx, the two-hundred-and-sixth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen206/make_docx.py [OUT]

A cooperative group's OWN plan (a tổ hợp tác of oyster farmers in the đặc khu Vân Đồn, August 2026) for its
members' work over the 2026 - 2027 crop, signed by the group's leader ("TỔ TRƯỞNG"): the opening (facts), I. targets
("-" lines), II. one bordered table TT | Việc | Người làm chính | Người cùng làm | Xong trước | Ghi chú whose doers are
PERSONS (members by name, their post in brackets) or the group's technical team, and whose "Ghi chú" column holds each
household's money share and prices (figures, no work); III. the group's rules ("Quy ước của Tổ", "-" lines, not
tasks), a sentence saying the members' meeting adopted the plan by vote; the signature beside "Nơi nhận".

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
OUT = HERE / "a_van-don-quang-ninh_02-KH-THT-2026_to-hop-tac-nuoi-hau-phan-viec.docx"

OPENING = [
    ("Tổ hợp tác nuôi hàu Thoi Xanh có 21 hộ thành viên, nuôi hàu trên 42 giàn bè ở vùng biển Thoi Xanh theo Hợp đồng "
     "hợp tác ký ngày 05/3/2024. Vụ 2025 - 2026 Tổ thu được 186 tấn hàu thương phẩm, nhưng có 06 giàn bị hỏng phao "
     "sau bão và giá bán cho thương lái thấp hơn giá nhà hàng trên đảo từ 3.000 đến 5.000 đồng/kg. Thực hiện ý kiến "
     "của cuộc họp toàn Tổ ngày 09/8/2026, Tổ lập Kế hoạch vụ nuôi 2026 - 2027 như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thả 18 tấn giống hàu trên 42 giàn; sản lượng vụ 2026 - 2027 đạt khoảng 210 tấn.", "p"),
    ("- Bán ít nhất một nửa sản lượng theo hợp đồng, không phụ thuộc thương lái; chia lãi đúng phần góp của từng hộ.",
     "p"),
    ("II. PHÂN VIỆC CHO THÀNH VIÊN", "h"),
]

COLUMNS = ["TT", "Việc", "Người làm chính", "Người cùng làm", "Xong trước", "Ghi chú"]
WIDTHS = [Cm(1.0), Cm(5.6), Cm(2.8), Cm(2.8), Cm(2.0), Cm(2.6)]
ROWS = [
    ("1", "Thu tiền góp mua giống đợt 1 của các hộ, ghi sổ quỹ", "Bà Lê Thị Thoa (Thủ quỹ)", "", "25/8/2026",
     "6.500.000 đ/hộ"),
    ("2", "Ký hợp đồng mua 18 tấn giống hàu Thái Bình Dương bám vỏ, giao làm hai đợt", "Ông Phạm Văn Khải (Tổ phó)",
     "Ông Vũ Đình Toàn", "30/8/2026", "Giá tạm tính 42.000 đ/kg"),
    ("3", "Vệ sinh giàn, thay phao xốp bằng phao nhựa HDPE cho các giàn hỏng", "Các hộ thành viên",
     "Nhóm kỹ thuật", "10/9/2026", "Hộ tự mua phao"),
    ("4", "Thả giống đợt 1 (9 tấn), chia đều theo số giàn của từng hộ", "Nhóm kỹ thuật (ông Vũ Đình Toàn)",
     "Các hộ thành viên", "20/9/2026", ""),
    ("5", "Làm hồ sơ đề nghị gia hạn quyết định giao khu vực biển nuôi hàu của Tổ",
     "Ông Nguyễn Văn Lưu (Tổ trưởng)", "Ông Phạm Văn Khải", "30/9/2026", "Lệ phí do quỹ Tổ chi"),
    ("6", "Thu tiền góp đợt 2; thả giống đợt 2 (9 tấn)", "Nhóm kỹ thuật (ông Vũ Đình Toàn)",
     "Bà Lê Thị Thoa", "15/10/2026", "6.000.000 đ/hộ"),
    ("7", "Đo nhiệt độ, độ mặn nước, kiểm tra hàu chết, ghi sổ nhật ký nuôi", "Nhóm kỹ thuật",
     "Trung tâm Khuyến nông tỉnh", "Hằng tuần", ""),
    ("8", "Đăng ký mã số cơ sở nuôi, làm hồ sơ chứng nhận VietGAP cho vùng nuôi của Tổ",
     "Ông Phạm Văn Khải (Tổ phó)", "Chi cục Thủy sản (Sở Nông nghiệp và Môi trường)", "30/11/2026", ""),
    ("9", "Ký hợp đồng bán hàu thương phẩm với HTX Dịch vụ thủy sản Cái Rồng và các nhà hàng trên đảo",
     "Ông Nguyễn Văn Lưu (Tổ trưởng)", "Bà Lê Thị Thoa", "31/3/2027", "Giá sàn 28.000 đ/kg"),
    ("10", "Thu hoạch, cân chung, quyết toán và chia lãi theo phần góp của từng hộ", "Ông Nguyễn Văn Lưu (Tổ trưởng)",
     "Bà Lê Thị Thoa", "Tháng 6/2027", "Giữ lại 5% làm quỹ Tổ"),
    ("11", "Báo cáo kết quả hoạt động của Tổ năm 2026 với UBND đặc khu Vân Đồn", "Ông Nguyễn Văn Lưu (Tổ trưởng)",
     "", "15/01/2027", ""),
]

AFTER = [
    ("III. QUY ƯỚC CỦA TỔ", "h"),
    ("- Hộ góp tiền chậm quá 07 ngày thì phần giống của hộ đó do Tổ thả chung, chi phí trừ vào phần lãi cuối vụ.",
     "p"),
    ("- Khi Tổ đã ký hợp đồng bán hàng, thành viên không tự ý bán hàu cho thương lái.", "p"),
    ("- Giàn của hộ nào hỏng do bão thì các hộ khác cùng góp công sửa trong 03 ngày.", "p"),
    ("Kế hoạch này đã được cuộc họp Tổ ngày 09/8/2026 thông qua với 20/21 hộ đồng ý. Các thành viên có tên trong "
     "bảng trên chịu trách nhiệm trước Tổ về phần việc được giao./.", "p"),
]


def bordered(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TỔ HỢP TÁC NUÔI HÀU", "THOI XANH"], "Số: 02/KH-THT",
                 "Vân Đồn, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vụ nuôi hàu 2026 - 2027 và phân việc cho thành viên", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Các hộ thành viên;", "- UBND đặc khu Vân Đồn (Phòng Kinh tế) (để b/c);",
                          "- HTX Dịch vụ thủy sản Cái Rồng;", "- Lưu: Tổ."],
                    ["TỔ TRƯỞNG", "", "", "", "Nguyễn Văn Lưu"])
    return saved(doc, author="Nguyễn Văn Lưu", editor="Nguyễn Văn Lưu",
                 title="Kế hoạch vụ nuôi hàu 2026 - 2027", created=datetime(2026, 8, 10, 20, 15, 0),
                 modified=datetime(2026, 8, 14, 7, 40, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
