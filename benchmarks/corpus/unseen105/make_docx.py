"""Write a_bac-ninh_58-KH-TTQT-2026_quan-trac-nuoc-thai-htx-lang-nghe.docx, the hundred-and-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen105/make_docx.py [OUT]

An ENVIRONMENTAL MONITORING CENTRE's plan (Kế hoạch of a Trung tâm Quan trắc under a Sở Nông nghiệp và Môi trường,
March 2026) for sampling the wastewater of craft-village cooperatives in two rounds: the header of a unit under a Sở,
"Căn cứ" lines, I. purposes, II. the places and parameters (not tasks), III. a bordered table TT | Công việc |
Bộ phận đảm nhận | Phối hợp | Thời gian (six rows, one empty "Phối hợp" cell), IV. three numbered paragraphs (its own
room, and what it asks of the cooperatives and the communes), the closing sentence, the signature beside "Nơi nhận".

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
OUT = HERE / "a_bac-ninh_58-KH-TTQT-2026_quan-trac-nuoc-thai-htx-lang-nghe.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Căn cứ Quyết định số 412/QĐ-SNNMT ngày 20/01/2026 của Giám đốc Sở Nông nghiệp và Môi trường giao nhiệm vụ "
     "quan trắc môi trường năm 2026 cho Trung tâm;", "p"),
    ("Căn cứ đề nghị của một số hợp tác xã làng nghề về việc đánh giá hiệu quả hệ thống xử lý nước thải sau đầu tư,",
     "p"),
    ("Trung tâm Quan trắc tài nguyên và môi trường lập Kế hoạch quan trắc năm 2026 với các nội dung:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Đánh giá chất lượng nước thải sau xử lý của các hợp tác xã làng nghề có hệ thống xử lý được hỗ trợ đầu tư giai "
     "đoạn 2023 - 2025; giúp hợp tác xã biết kết quả để điều chỉnh vận hành, tránh bị xử phạt.", "p"),
    ("II. ĐỊA ĐIỂM, THÔNG SỐ QUAN TRẮC", "h"),
    ("- 14 hợp tác xã thuộc các làng nghề tái chế giấy, đúc đồng, đồ gỗ mỹ nghệ và chế biến nông sản (danh sách do Sở "
     "cung cấp).", "p"),
    ("- Thông số: pH, BOD5, COD, TSS, amoni, tổng nitơ, tổng phốt pho, kim loại nặng (với làng nghề đúc đồng); 02 đợt "
     "trong năm, mỗi hợp tác xã 02 mẫu mỗi đợt.", "p"),
    ("III. CÔNG VIỆC VÀ BỘ PHẬN ĐẢM NHẬN", "h"),
]
AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp bảo đảm kinh phí, xe lấy mẫu và đồ bảo hộ cho các đoàn, hoàn thành trong tháng "
     "3/2026.", "p"),
    ("2. Đề nghị các hợp tác xã làng nghề cử người đi cùng đoàn lấy mẫu, cung cấp hồ sơ môi trường và sổ vận hành hệ "
     "thống xử lý khi đoàn đến làm việc.", "p"),
    ("3. Đề nghị UBND các xã, phường có làng nghề thông báo lịch lấy mẫu tới các hợp tác xã trên địa bàn trước mỗi đợt "
     "ít nhất 05 ngày làm việc.", "p"),
    ("Trung tâm đề nghị các đơn vị phối hợp thực hiện; trong quá trình triển khai có vướng mắc, liên hệ Phòng Quan trắc "
     "hiện trường (điện thoại 0222.3871.205) để được hướng dẫn./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận đảm nhận", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]
ROWS = [
    ("1", "Khảo sát, lập sơ đồ vị trí điểm xả thải của 14 hợp tác xã làng nghề", "Phòng Quan trắc hiện trường",
     "UBND các xã, phường có làng nghề", "Tháng 3/2026"),
    ("2", "Lấy mẫu nước thải đợt 1 (mùa khô)", "Phòng Quan trắc hiện trường", "Các hợp tác xã làng nghề",
     "Tháng 4/2026"),
    ("3", "Phân tích mẫu đợt 1; gửi phiếu kết quả cho từng hợp tác xã", "Phòng Phân tích thí nghiệm", "",
     "Sau 15 ngày kể từ ngày lấy mẫu"),
    ("4", "Lấy mẫu nước thải đợt 2 (mùa mưa), phân tích và trả kết quả", "Phòng Quan trắc hiện trường",
     "Phòng Phân tích thí nghiệm, Chi cục Bảo vệ môi trường", "Tháng 8/2026"),
    ("5", "Hướng dẫn hợp tác xã ghi sổ nhật ký vận hành hệ thống xử lý nước thải", "Phòng Kỹ thuật - Dữ liệu",
     "Liên minh HTX tỉnh", "Quý II/2026"),
    ("6", "Lập báo cáo kết quả quan trắc năm 2026 gửi Sở, kiến nghị hỗ trợ cải tạo các hệ thống không đạt",
     "Phòng Kỹ thuật - Dữ liệu", "Phòng Quan trắc hiện trường", "Trước 15/11/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC NINH", "TRUNG TÂM QUAN TRẮC", "TÀI NGUYÊN VÀ MÔI TRƯỜNG"],
                 "Số: 58/KH-TTQT", "Bắc Ninh, ngày 12 tháng 3 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Quan trắc nước thải tại các hợp tác xã làng nghề năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value] if value else [""], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục BVMT;", "- LMHTX tỉnh;",
                          "- UBND các xã, phường có làng nghề;", "- 14 HTX làng nghề;", "- Lưu: VT, QTHT."],
                    ["GIÁM ĐỐC", "", "", "", "Ngô Văn Thịnh"])
    return saved(doc, author="Phòng Quan trắc hiện trường", editor="Trung tâm Quan trắc TNMT",
                 title="Kế hoạch 58/KH-TTQT", created=datetime(2026, 3, 9, 9, 10, 0),
                 modified=datetime(2026, 3, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
