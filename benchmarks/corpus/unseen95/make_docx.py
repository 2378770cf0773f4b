"""Write a_thanh-hoa_86-KH-TTVHDA-2025_chieu-phim-luu-dong-htx.docx, the ninety-fifth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen95/make_docx.py [OUT]

A provincial culture and cinema centre's plan for mobile film screenings on cooperatives in mountain communes (one
quarter): the parent Sở over the centre in the header, I. purposes, II.1 the programme of a screening (no task), II.2
the schedule as one bordered table Đợt | Thời gian | Địa bàn (xã) | Đội thực hiện | Phối hợp, four rows; III. six
numbered paragraphs of the centre's units, the communes and the teams. Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "a_thanh-hoa_86-KH-TTVHDA-2025_chieu-phim-luu-dong-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Thực hiện Kế hoạch số 214/KH-SVHTTDL ngày 02/9/2025 của Sở Văn hóa, Thể thao và Du lịch về tuyên truyền Luật Hợp "
     "tác xã năm 2023 ở vùng dân tộc thiểu số, Trung tâm Văn hóa - Điện ảnh lập Kế hoạch chiếu phim lưu động quý IV "
     "năm 2025 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Đưa hình ảnh những hợp tác xã, tổ hợp tác làm ăn có hiệu quả ở miền núi đến với bà con các bản xa; mỗi buổi chiếu "
     "gọn, an toàn, đúng lịch, không thu tiền của người xem.", "p"),
    ("II. NỘI DUNG", "h"),
    ("1. Chương trình một buổi chiếu: phóng sự về hợp tác xã điển hình của tỉnh (khoảng 15 phút), một phim truyện hoặc "
     "phim hoạt hình, phát tờ gấp hỏi - đáp về Luật Hợp tác xã bằng tiếng Việt và tiếng Thái.", "p"),
    ("2. Lịch chiếu theo đợt", "p"),
]

COLUMNS = ["Đợt", "Thời gian", "Địa bàn (xã)", "Đội thực hiện", "Phối hợp"]
WIDTHS = [Cm(1.4), Cm(3.2), Cm(4.4), Cm(3.6), Cm(4.4)]
ROWS = [
    ("1", "06/10 - 18/10/2025", "Mường Lát, Pù Nhi, Trung Lý", "Đội Chiếu phim lưu động số 1",
     "UBND xã sở tại; HTX Nông lâm nghiệp Pù Nhi"),
    ("2", "03/11 - 15/11/2025", "Quan Sơn, Na Mèo, Sơn Thủy", "Đội Chiếu phim lưu động số 2",
     "UBND xã sở tại; Đồn Biên phòng Na Mèo"),
    ("3", "24/11 - 05/12/2025", "Bá Thước, Lũng Niêm, Cổ Lũng", "Đội Chiếu phim lưu động số 1",
     "UBND xã sở tại; Liên minh HTX tỉnh"),
    ("4", "Tháng 12/2025 (xong trước 20/12)", "Như Xuân, Thanh Quân, Xuân Du", "Đội Chiếu phim lưu động số 2",
     "UBND xã sở tại"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Nghiệp vụ Điện ảnh: chuẩn bị máy chiếu, màn, máy phát điện, bản phim; kiểm tra kỹ thuật 02 đội chiếu "
     "phim lưu động, hoàn thành trước ngày 30/9/2025.", "p"),
    ("2. Phòng Tuyên truyền cổ động phối hợp với Liên minh Hợp tác xã tỉnh biên tập, dựng phóng sự về hợp tác xã điển "
     "hình và in 3.000 tờ gấp, xong trong tháng 9.", "p"),
    ("3. Phòng Hành chính - Tổng hợp bảo đảm kinh phí, xe ô tô cho các đội; thanh toán công tác phí sau khi kết thúc "
     "từng đợt chiếu.", "p"),
    ("4. Đề nghị UBND các xã có lịch chiếu thông báo trên loa truyền thanh, bố trí địa điểm và nguồn điện, mời thành "
     "viên hợp tác xã, tổ hợp tác trên địa bàn đến xem; thông báo trước buổi chiếu ít nhất 03 ngày.", "p"),
    ("5. Các đội chiếu phim lưu động ghi sổ nhật ký buổi chiếu, báo cáo kết quả từng đợt về Trung tâm (qua Phòng "
     "Nghiệp vụ Điện ảnh) chậm nhất 05 ngày sau khi kết thúc đợt.", "p"),
    ("6. Phòng Nghiệp vụ Điện ảnh tổng hợp kết quả cả quý, báo cáo Sở Văn hóa, Thể thao và Du lịch trước ngày "
     "26/12/2025.", "p"),
    ("Trong quá trình thực hiện có khó khăn, các phòng, đội báo cáo Giám đốc Trung tâm để xử lý kịp thời./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TỈNH THANH HÓA", "TRUNG TÂM VĂN HÓA - ĐIỆN ẢNH"], "Số: 86/KH-TTVHĐA",
                 "Thanh Hóa, ngày 15 tháng 9 năm 2025", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chiếu phim lưu động tuyên truyền về kinh tế tập thể, hợp tác xã tại các xã miền núi quý IV năm 2025",
         bold=True, center=True)
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
                cell_lines(cell, [value], center=i in (0, 1))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- LMHTX tỉnh;", "- UBND các xã có lịch chiếu;",
                          "- Các phòng, đội thuộc Trung tâm;", "- Lưu: VT, NVĐA."],
                    ["GIÁM ĐỐC", "", "", "", "Trịnh Văn Khải"])
    return saved(doc, author="Phòng Nghiệp vụ Điện ảnh", editor="Văn thư Trung tâm",
                 title="Kế hoạch 86/KH-TTVHĐA", created=datetime(2025, 9, 10, 14, 0, 0),
                 modified=datetime(2025, 9, 15, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
