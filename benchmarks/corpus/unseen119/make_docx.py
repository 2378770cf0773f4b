"""Write a_lao-cai_47-KH-CCPTNT-2025_chi-cuc-ptnt-ho-di-doi-sat-lo-vao-htx.docx, the hundred-and-nineteenth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen119/make_docx.py [OUT]

A Chi cục Phát triển nông thôn's plan (September 2025, after Lào Cai and Yên Bái were merged) for bringing households
moved out of a landslide area into a cooperative at the resettlement site: I. purposes, II. the households and the
cooperative, III. one bordered table STT | Nội dung công việc | Đơn vị thực hiện | Thời gian, whose "Đơn vị thực hiện"
cell holds the lead and, on a second line "Phối hợp: …", the partners; times in steps after the move; IV. two numbered
paragraphs; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in.

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
OUT = HERE / "a_lao-cai_47-KH-CCPTNT-2025_chi-cuc-ptnt-ho-di-doi-sat-lo-vao-htx.docx"

BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("Giúp 64 hộ dân thôn Làng Mảnh phải di dời khẩn cấp do sạt lở đất sau cơn bão số 3 sớm ổn định sinh kế tại khu "
     "tái định cư Đồng Lăm; lấy hợp tác xã làm đầu mối tổ chức sản xuất, không để hộ nào quay lại vùng nguy hiểm.", "p"),
    ("II. ĐỐI TƯỢNG VÀ HÌNH THỨC", "h"),
    ("1. Đối tượng: các hộ di dời đến khu tái định cư Đồng Lăm, xã Văn Chấn; ưu tiên hộ nghèo, hộ mất toàn bộ đất "
     "sản xuất.", "p"),
    ("2. Hình thức: các hộ tự nguyện tham gia làm thành viên Hợp tác xã Nông lâm nghiệp Đồng Lăm (thành lập mới) hoặc "
     "Hợp tác xã chè Suối Giàng (kết nạp thêm thành viên); góp vốn bằng công lao động và đất được giao.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(4.6), Cm(3.0)]
# (STT, work, [lead line, partner line or None], time)
ROWS = [
    ("1", "Lập danh sách hộ di dời có nhu cầu tham gia hợp tác xã; tổ chức họp dân tại khu tái định cư",
     ["Phòng Kinh tế hợp tác và Trang trại", "Phối hợp: UBND xã Văn Chấn"], "Tháng 10/2025"),
    ("2", "Hướng dẫn sáng lập viên xây dựng điều lệ, phương án sản xuất và hồ sơ đăng ký Hợp tác xã Nông lâm nghiệp "
          "Đồng Lăm", ["Phòng Kinh tế hợp tác và Trang trại", "Phối hợp: Liên minh HTX tỉnh"], "Trước 15/11/2025"),
    ("3", "Rà soát quỹ đất sản xuất giao cho các hộ; đề xuất phần diện tích giao hợp tác xã quản lý chung",
     ["Chi cục Quản lý đất đai", "Phối hợp: UBND xã Văn Chấn"], "Quý IV/2025"),
    ("4", "Hỗ trợ giống chè, quế và vật tư cho thành viên mới theo chính sách hỗ trợ sản xuất sau thiên tai",
     ["Phòng Quản lý nông nghiệp và Thủy lợi", "Phối hợp: Trung tâm Khuyến nông"],
     "Sau khi các hộ nhận đất sản xuất"),
    ("5", "Mở 03 lớp tập huấn kỹ thuật trồng chè, quế và chăn nuôi dưới tán rừng cho thành viên hợp tác xã",
     ["Trung tâm Khuyến nông", None], "Vụ Xuân 2026"),
    ("6", "Kết nối Hợp tác xã chè Suối Giàng bao tiêu chè búp tươi của các hộ trong thời gian chè mới trồng chưa cho "
          "thu hoạch", ["Phòng Kinh tế hợp tác và Trang trại", "Phối hợp: Sở Công Thương"], "Năm 2026"),
    ("7", "Hướng dẫn hợp tác xã lập hồ sơ vay vốn Quỹ Hỗ trợ phát triển hợp tác xã tỉnh để làm xưởng sơ chế",
     ["Liên minh HTX tỉnh", "Phối hợp: Phòng Kinh tế hợp tác và Trang trại"], "Quý I/2026"),
    ("8", "Kiểm tra định kỳ tình hình sản xuất, đời sống của các hộ; báo cáo Sở Nông nghiệp và Môi trường",
     ["Phòng Kinh tế hợp tác và Trang trại", None], "Hằng quý"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kinh tế hợp tác và Trang trại là đầu mối, tổng hợp kết quả thực hiện, báo cáo Lãnh đạo Chi cục trước "
     "ngày 20/12/2025.", "p"),
    ("2. Văn phòng Chi cục bố trí kinh phí công tác, phương tiện cho các đoàn xuống khu tái định cư; thời gian: từ "
     "tháng 10/2025.", "p"),
    ("Trên đây là Kế hoạch hỗ trợ các hộ di dời khỏi vùng sạt lở tham gia hợp tác xã của Chi cục Phát triển nông "
     "thôn./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH LÀO CAI", "CHI CỤC PHÁT TRIỂN NÔNG THÔN"], "Số: 47/KH-CCPTNT",
                 "Lào Cai, ngày 22 tháng 9 năm 2025", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ các hộ di dời khỏi vùng sạt lở thôn Làng Mảnh tham gia hợp tác xã tại khu tái định cư Đồng Lăm",
         bold=True, center=True)
    para(doc, "Căn cứ Quyết định số 2131/QĐ-UBND ngày 02/9/2025 của Ủy ban nhân dân tỉnh về việc di dời khẩn cấp các "
              "hộ dân khỏi vùng có nguy cơ sạt lở; theo chỉ đạo của Giám đốc Sở Nông nghiệp và Môi trường, Chi cục "
              "Phát triển nông thôn xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (stt, work, doers, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [stt])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], [line for line in doers if line], italic=(1,) if doers[1] else ())
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND xã Văn Chấn;", "- Liên minh HTX tỉnh;",
                          "- Các phòng, đơn vị thuộc Chi cục;", "- Lưu: VT, KTHT."],
                    ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Hà Văn Khiêm"])
    return saved(doc, author="Phòng KTHT&TT", editor="Văn thư Chi cục PTNT",
                 title="Kế hoạch 47/KH-CCPTNT", created=datetime(2025, 9, 18, 14, 10, 0),
                 modified=datetime(2025, 9, 22, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
