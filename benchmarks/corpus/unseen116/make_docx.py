"""Write a_tp-ho-chi-minh_58-KH-SGC-2026_nguon-hang-htx-ban-le.docx, the hundred-and-sixteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen116/make_docx.py [OUT]

A retail cooperative union's plan (January 2026) for taking cooperatives' goods onto its shelves: I. purposes, II.
one bordered table Nội dung | Bộ phận thực hiện | Phối hợp | Tiến độ under lettered group rows, III. two paragraphs of
the union's own units, the closing sentence, the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_tp-ho-chi-minh_58-KH-SGC-2026_nguon-hang-htx-ban-le.docx"

COLUMNS = ["STT", "Nội dung", "Bộ phận thực hiện", "Phối hợp", "Tiến độ"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]
# a group row is (letter, title); a task row is (number, work, doer, partners, time)
ROWS = [
    ("A", "KHẢO SÁT, CHỌN NGUỒN HÀNG"),
    ("1", "Khảo sát 40 hợp tác xã rau, trái cây, thủy sản ở các tỉnh Đồng bằng sông Cửu Long và Tây Nguyên, lập "
          "danh sách nhà cung cấp tiềm năng", "P. Phát triển nguồn hàng", "Liên minh HTX Thành phố", "Quý I/2026"),
    ("2", "Đánh giá điều kiện an toàn thực phẩm, vùng trồng có mã số và khả năng truy xuất nguồn gốc tại cơ sở "
          "của hợp tác xã được chọn", "P. Quản lý chất lượng", "P. Phát triển nguồn hàng", "Trước 15/5/2026"),
    ("3", "Ký hợp đồng bao tiêu có kỳ hạn 12 tháng với tối thiểu 25 hợp tác xã đạt yêu cầu",
     "Ban Tổng Giám đốc", "P. Pháp chế", "Tháng 6/2026"),
    ("B", "ĐƯA HÀNG LÊN KỆ, HỖ TRỢ HỢP TÁC XÃ"),
    ("4", "Bố trí quầy “Hàng hợp tác xã” tại 30 siêu thị Co.opmart và 120 cửa hàng Co.op Food",
     "P. Vận hành chuỗi", "Trung tâm Phân phối Saigon Co.op", "Quý III/2026"),
    ("5", "Hướng dẫn hợp tác xã đóng gói, dán nhãn, mã vạch theo quy cách của hệ thống; miễn phí mã vạch năm đầu",
     "P. Phát triển nguồn hàng", "Hội Mã số mã vạch, các Liên minh HTX tỉnh", "Thường xuyên"),
    ("6", "Tổ chức 02 tuần lễ “Nông sản hợp tác xã” kết hợp khuyến mãi tại các siêu thị lớn",
     "P. Marketing", "Liên minh HTX Thành phố, Sở Công Thương", "Tháng 9 và tháng 12/2026"),
    ("7", "Thanh toán cho hợp tác xã trong 15 ngày kể từ ngày nhận hàng; ứng trước 30% giá trị đơn hàng vụ Tết",
     "P. Kế toán - Tài chính", "", "Từ tháng 7/2026"),
]

BODY_TOP = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Mở rộng nguồn hàng nông sản, thực phẩm ổn định, rõ nguồn gốc từ khu vực kinh tế tập thể; góp phần giúp hợp "
     "tác xã tiêu thụ sản phẩm theo hợp đồng, giảm khâu trung gian.", "p"),
    ("- Đến cuối năm 2026 hàng của hợp tác xã chiếm khoảng 12% doanh số ngành hàng tươi sống của hệ thống.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

BODY_END = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Kinh tế tập thể (Văn phòng Liên hiệp) làm đầu mối theo dõi, tổng hợp tiến độ, báo cáo Tổng Giám đốc "
     "hằng quý và tổng kết vào tháng 12/2026.", "p"),
    ("2. P. Công nghệ thông tin cập nhật phần mềm đặt hàng để hợp tác xã nhận đơn, xác nhận giao hàng qua điện "
     "thoại, hoàn thành trước 30/6/2026.", "p"),
    ("Trên đây là Kế hoạch đưa sản phẩm của hợp tác xã vào hệ thống bán lẻ năm 2026 của Saigon Co.op./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP HỢP TÁC XÃ THƯƠNG MẠI", "THÀNH PHỐ HỒ CHÍ MINH"], "Số: 58/KH-SGC",
                 "TP. Hồ Chí Minh, ngày 12 tháng 01 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đưa sản phẩm của hợp tác xã vào hệ thống bán lẻ Saigon Co.op năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Nghị quyết của Hội đồng quản trị về kế hoạch kinh doanh năm 2026; thực hiện chương trình hợp "
              "tác với Liên minh Hợp tác xã Việt Nam về tiêu thụ sản phẩm của hợp tác xã, Liên hiệp Hợp tác xã "
              "Thương mại Thành phố Hồ Chí Minh (Saigon Co.op) xây dựng Kế hoạch như sau:", italic=True)
    for text, style in BODY_TOP:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if len(values) == 2:
            merged = row.cells[1].merge(row.cells[4])
            cell_lines(row.cells[0], [values[0]], bold=(0,))
            cell_lines(merged, [values[1]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in BODY_END:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT (b/c);", "- Liên minh HTX Việt Nam;", "- Liên minh HTX Thành phố;",
                          "- Ban TGĐ;", "- Các phòng, trung tâm (t/h);", "- Lưu: VT, BKTTT."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Đỗ Minh Khoa"])
    return saved(doc, author="Ban Kinh tế tập thể", editor="Văn phòng Liên hiệp",
                 title="Kế hoạch 58/KH-SGC", created=datetime(2026, 1, 6, 9, 10, 0),
                 modified=datetime(2026, 1, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
