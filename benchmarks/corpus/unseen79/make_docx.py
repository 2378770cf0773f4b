"""Write a_ha-tinh_09-KH-HDQT-2025_hdqt-htx-giao-viec-to-san-xuat-vu-xuan.docx, the seventy-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen79/make_docx.py [OUT]

A cooperative's own board of directors' plan for one rice crop (November 2025): the cooperative's letterhead with its
Hội đồng quản trị under it, an opening citing the members' congress, I. targets as "-" lines, II. one bordered table
TT | Nội dung công việc | Người, bộ phận phụ trách | Phối hợp | Thời gian whose doers are the cooperative's own
director, accountant, control board and service teams; III. two numbered paragraphs; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_ha-tinh_09-KH-HDQT-2025_hdqt-htx-giao-viec-to-san-xuat-vu-xuan.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Thực hiện Nghị quyết Đại hội thành viên thường niên năm 2025 của HTX; qua tổng kết vụ Hè Thu 2025 (năng suất "
     "bình quân 52 tạ/ha, thu dịch vụ đạt 91%), Hội đồng quản trị HTX thống nhất kế hoạch tổ chức sản xuất, dịch vụ "
     "vụ Xuân 2026 như sau:", "p"),
    ("I. MỤC TIÊU VỤ XUÂN 2026", "h"),
    ("- Gieo cấy 318 ha lúa, trong đó 240 ha cánh đồng lớn giống chất lượng (Hương Thơm 1, ĐH 12); năng suất bình quân "
     "từ 60 tạ/ha trở lên.", "p"),
    ("- HTX làm dịch vụ thủy nông cho 100% diện tích, dịch vụ làm đất và gặt máy cho ít nhất 85% diện tích; thu đủ "
     "tiền dịch vụ trong vụ, không để nợ đọng sang vụ Hè Thu.", "p"),
    ("II. PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Giám đốc HTX điều hành chung các khâu dịch vụ, mỗi tháng báo cáo HĐQT tiến độ sản xuất và thu chi; tổ chức "
     "tổng kết vụ Xuân xong trước ngày 30/6/2026.", "p"),
    ("2. Các tổ sản xuất họp thành viên ở từng thôn, phổ biến kế hoạch này và lịch thời vụ đến từng hộ trong tháng "
     "12/2025.", "p"),
    ("Quá trình thực hiện nếu có phát sinh, các bộ phận báo cáo về HĐQT để kịp thời xử lý./.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Người, bộ phận phụ trách", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.8)]
ROWS = [
    ("1", "Ký hợp đồng mua giống lúa, phân bón vụ Xuân với nhà cung ứng; niêm yết giá dịch vụ tại nhà văn hóa các thôn",
     "Giám đốc HTX", "Kế toán HTX", "Trước 15/12/2025"),
    ("2", "Nạo vét kênh tưới cấp 3, sửa chữa 06 cống đầu kênh và trạm bơm Đồng Sau", "Tổ dịch vụ thủy nông",
     "Các tổ sản xuất; Cụm thủy nông Cẩm Bình", "Tháng 12/2025"),
    ("3", "Cày, bừa, làm đất bằng máy theo lịch thời vụ của xã", "Tổ làm đất - gặt đập", "Tổ trưởng các tổ sản xuất",
     "Xong trước 20/01/2026"),
    ("4", "Cung ứng giống, phân bón cho hộ thành viên, ghi sổ theo dõi công nợ từng hộ", "Tổ dịch vụ vật tư",
     "Kế toán HTX", "Đầu vụ (tháng 01/2026)"),
    ("5", "Theo dõi sâu bệnh trên đồng ruộng, thông báo lịch phun thuốc trên loa truyền thanh thôn",
     "Phó Giám đốc phụ trách kỹ thuật", "cán bộ khuyến nông xã", "Cả vụ"),
    ("6", "Gặt bằng máy, vận chuyển lúa về tận nhà cho hộ thành viên đăng ký", "Tổ làm đất - gặt đập", "",
     "Tháng 5/2026"),
    ("7", "Thu tiền dịch vụ, đối chiếu công nợ với từng hộ thành viên", "Kế toán HTX", "Tổ trưởng các tổ sản xuất",
     "Ngay sau khi thu hoạch"),
    ("8", "Kiểm tra việc cung ứng vật tư, thu chi quỹ dịch vụ vụ Xuân; báo cáo kết quả kiểm tra với HĐQT",
     "Ban kiểm soát", "", "Tháng 6/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HTX NÔNG NGHIỆP CẨM BÌNH", "HỘI ĐỒNG QUẢN TRỊ"], "Số: 09/KH-HĐQT",
                 "Cẩm Bình, ngày 24 tháng 11 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức sản xuất và dịch vụ vụ Xuân 2026", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value] if value else [], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND xã Cẩm Bình (b/c);", "- Liên minh HTX tỉnh (b/c);",
                          "- Ban kiểm soát HTX;", "- Các tổ sản xuất, tổ dịch vụ;", "- Lưu: VP HTX."],
                    ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "", "", "Phan Đình Lượng"])
    return saved(doc, author="Kế toán HTX", editor="Văn phòng HTX Cẩm Bình",
                 title="Kế hoạch 09/KH-HĐQT", created=datetime(2025, 11, 20, 15, 30, 0),
                 modified=datetime(2025, 11, 24, 10, 15, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
