"""Write a_quang-tri_2147-KH-PCQT-2026_tiep-nhan-luoi-dien-ha-ap-htx.docx, the hundred-and-ninety-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen199/make_docx.py [OUT]

A provincial power company's plan (August 2026) for taking over the rural low-voltage grids that five electricity-
service cooperatives still run: I. aims ("-" lines), II. a facts table of the five grids (no work), III. a note of the
unit abbreviations and of the empty time cells, then ONE bordered table TT | Nội dung | Đơn vị chủ trì | Đơn vị phối
hợp | Hoàn thành whose rows are GROUPED BY PHASE ROWS MERGED ACROSS ALL FIVE COLUMNS, each phase row carrying the
phase's span; a row whose time cell is EMPTY is due by its phase's end (the note says so); IV. one request to the
communes; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_quang-tri_2147-KH-PCQT-2026_tiep-nhan-luoi-dien-ha-ap-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Hiện nay trên địa bàn phía Bắc tỉnh còn 05 hợp tác xã dịch vụ điện năng trực tiếp quản lý lưới điện hạ áp và "
     "bán lẻ điện cho 4.930 hộ dân. Lưới do các hợp tác xã đầu tư từ những năm 2000, nhiều đoạn dây trần đã xuống cấp, "
     "tổn thất điện năng bình quân 11,8%, cao gần gấp đôi lưới do ngành điện quản lý. Thực hiện chủ trương của Tổng "
     "công ty Điện lực miền Trung và ý kiến thống nhất của Sở Công Thương, Công ty Điện lực Quảng Trị (sau đây gọi là "
     "Công ty) xây dựng Kế hoạch tiếp nhận lưới điện hạ áp nông thôn của các hợp tác xã như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đến hết tháng 11/2026, toàn bộ 4.930 hộ đang mua điện qua hợp tác xã được Công ty bán điện trực tiếp, áp "
     "dụng đúng giá bán lẻ điện sinh hoạt bậc thang.", "p"),
    ("- Việc giao nhận công khai, đúng quy định; giải quyết thỏa đáng phần vốn của hợp tác xã và việc làm cho người "
     "lao động của hợp tác xã; không để gián đoạn cấp điện trong thời gian chuyển giao.", "p"),
    ("II. HIỆN TRẠNG LƯỚI ĐIỆN CÁC HỢP TÁC XÃ", "h"),
]

GRID_COLUMNS = ["Hợp tác xã", "Xã", "Số hộ", "Trạm biến áp", "Đường dây hạ áp (km)", "Đợt"]
GRID_WIDTHS = [Cm(5.4), Cm(2.6), Cm(1.6), Cm(1.8), Cm(2.4), Cm(1.2)]
GRIDS = [
    ("HTX Dịch vụ điện năng Lệ Ninh", "Lệ Ninh", "1.240", "6", "21,4", "1"),
    ("HTX Dịch vụ tổng hợp Sen Thủy", "Lệ Thủy", "980", "4", "17,9", "1"),
    ("HTX Điện năng Trường Sơn", "Trường Sơn", "610", "5", "26,3", "1"),
    ("HTX Dịch vụ nông nghiệp và điện Quảng Ninh", "Quảng Ninh", "1.320", "7", "19,6", "2"),
    ("HTX Dịch vụ điện Phúc Trạch", "Phúc Trạch", "780", "4", "15,2", "2"),
    ("Cộng", "", "4.930", "26", "100,4", ""),
]

BEFORE_TABLE = [
    ("III. NỘI DUNG, TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
    ("Viết tắt trong bảng: P.KT - Phòng Kỹ thuật; P.KD - Phòng Kinh doanh; P.TCKT - Phòng Tài chính - Kế toán; "
     "P.TCNS - Phòng Tổ chức và Nhân sự; P.QLĐT - Phòng Quản lý đầu tư; ĐLKV - Điện lực khu vực; Tổ TN - Tổ công tác "
     "tiếp nhận lưới điện. Dòng nào để trống cột \"Hoàn thành\" thì hoàn thành trong thời gian của giai đoạn ghi ở "
     "dòng đầu giai đoạn.", "p"),
]

COLUMNS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hoàn thành"]
WIDTHS = [Cm(1.0), Cm(7.6), Cm(2.6), Cm(3.2), Cm(2.2)]
# a str is a phase row merged across the five columns; a tuple is a task row
ROWS = [
    "Giai đoạn 1 - Chuẩn bị: từ ngày ký Kế hoạch đến ngày 30/9/2026",
    ("1", "Thành lập Tổ công tác tiếp nhận lưới điện, phân công mỗi thành viên theo dõi một hợp tác xã",
     "P.TCNS", "P.KT, P.KD", "25/8/2026"),
    ("2", "Làm việc với Hội đồng quản trị từng hợp tác xã để thống nhất lộ trình, cách xử lý phần vốn còn lại và "
          "công nợ tiền điện; gửi dự thảo hợp đồng giao nhận lưới điện", "P.KD", "UBND các xã có hợp tác xã", ""),
    ("3", "Kiểm đếm hiện trạng từng trạm biến áp, cột, dây, công tơ; chụp ảnh, đánh số cột, lập sơ đồ lưới hạ áp "
          "của từng thôn", "ĐLKV Lệ Thủy", "ĐLKV Quảng Ninh, các hợp tác xã", "20/9/2026"),
    ("4", "Xác định giá trị còn lại của tài sản lưới điện; lập phương án hoàn trả vốn cho từng hợp tác xã trình "
          "Tổng công ty", "P.TCKT", "P.QLĐT, Sở Tài chính", ""),
    "Giai đoạn 2 - Tiếp nhận đợt 1 (03 hợp tác xã Lệ Ninh, Sen Thủy, Trường Sơn): từ 01/10 đến 31/10/2026",
    ("5", "Ký biên bản giao nhận tài sản, hồ sơ kỹ thuật và danh sách khách hàng với từng hợp tác xã",
     "Tổ TN", "", "05/10/2026"),
    ("6", "Thay công tơ cơ bằng công tơ điện tử đọc chỉ số từ xa cho các hộ; ký hợp đồng mua bán điện trực tiếp với "
          "từng hộ", "ĐLKV Lệ Thủy", "Trưởng các thôn", ""),
    ("7", "Tiếp nhận người lao động của hợp tác xã có nguyện vọng và đủ điều kiện vào làm công nhân quản lý điện "
          "nông thôn", "P.TCNS", "ĐLKV Lệ Thủy", ""),
    ("8", "Thay dây trần bằng cáp vặn xoắn ở các đoạn lưới qua khu dân cư, trường học; dựng lại 46 cột mục chân",
     "P.KT", "P.QLĐT", "31/12/2026"),
    "Giai đoạn 3 - Tiếp nhận đợt 2 (02 hợp tác xã Quảng Ninh, Phúc Trạch): tháng 11/2026",
    ("9", "Ký biên bản giao nhận; đóng điện bán lẻ trực tiếp và niêm yết giá điện bậc thang tại nhà văn hóa các thôn",
     "Tổ TN", "UBND xã Quảng Ninh, UBND xã Phúc Trạch", ""),
    ("10", "Chi trả phần vốn còn lại cho các hợp tác xã theo phương án đã được Tổng công ty phê duyệt", "P.TCKT", "",
     "Trong 30 ngày kể từ ngày phương án được phê duyệt"),
    "Giai đoạn 4 - Ổn định, tổng kết: quý I/2027",
    ("11", "Đo, so sánh tổn thất điện năng từng trạm trước và sau khi tiếp nhận; lập danh mục cải tạo lưới năm 2027",
     "P.KD", "Các ĐLKV", "31/01/2027"),
    ("12", "Tổng kết việc tiếp nhận, báo cáo Tổng công ty Điện lực miền Trung và UBND tỉnh", "P.KT", "P.KD, P.TCKT",
     ""),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("Công ty đề nghị UBND các xã Lệ Ninh, Lệ Thủy, Trường Sơn, Quảng Ninh, Phúc Trạch chỉ đạo các hợp tác xã thu "
     "dứt điểm tiền điện còn nợ của các hộ trước khi ký biên bản giao nhận, tuyên truyền để người dân biết việc "
     "chuyển sang mua điện trực tiếp.", "p"),
    ("Trên đây là Kế hoạch tiếp nhận lưới điện hạ áp nông thôn năm 2026 của Công ty Điện lực Quảng Trị; các phòng, "
     "Điện lực khu vực liên quan khẩn trương triển khai./.", "p"),
]


def task_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[len(COLUMNS) - 1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], center=i in (0, 4))
    return table


def facts_table(doc):
    table = doc.add_table(rows=1 + len(GRIDS), cols=len(GRID_COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [GRID_COLUMNS, *GRIDS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = GRID_WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if n == 0 else (), center=i > 0 or n == 0)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", "CÔNG TY ĐIỆN LỰC QUẢNG TRỊ"], "Số: 2147/KH-PCQT",
                 "Quảng Trị, ngày 18 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tiếp nhận lưới điện hạ áp nông thôn của các hợp tác xã dịch vụ điện năng năm 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    facts_table(doc)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Tổng công ty Điện lực miền Trung (b/c);", "- Sở Công Thương (b/c);",
                          "- UBND các xã có HTX bàn giao;", "- 05 HTX dịch vụ điện năng;", "- Ban Giám đốc;",
                          "- Các phòng, các ĐLKV liên quan;", "- Lưu: VT, KD."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trương Quốc Bảo"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư PCQT",
                 title="Kế hoạch 2147/KH-PCQT", created=datetime(2026, 8, 12, 9, 40, 0),
                 modified=datetime(2026, 8, 18, 15, 25, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
