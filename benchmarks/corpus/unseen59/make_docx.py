"""Write a_dong-thap_64-KH-TTBVTV-2026_chi-cuc-bvtv-htx-dich-vu-phun-thuoc-bang-may-bay.docx, the fifty-ninth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen59/make_docx.py [OUT]

A plant-protection sub-department's plan (March 2026, Đồng Tháp after its merger with Tiền Giang) for cooperatives
that sell spraying by unmanned aircraft (drones) to their members: I. purposes, II. the situation in three "-" lines,
III. one bordered table STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian, its rows grouped under
two crop-season rows whose one cell spans the table ("A. VỤ HÈ THU 2026", "B. VỤ THU ĐÔNG 2026 VÀ CHUẨN BỊ VỤ ĐÔNG
XUÂN 2026 - 2027"), numbered on through both groups; IV. two paragraphs of the organisation; the signature beside
"Nơi nhận". Plain paragraphs with typed numbers (no Word numbering).

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
OUT = HERE / "a_dong-thap_64-KH-TTBVTV-2026_chi-cuc-bvtv-htx-dich-vu-phun-thuoc-bang-may-bay.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp các hợp tác xã nông nghiệp hình thành tổ dịch vụ phun thuốc bảo vệ thực vật bằng thiết bị bay không "
     "người lái, phục vụ thành viên theo lịch phun thống nhất trên cánh đồng lớn, giảm lượng thuốc và công lao động.",
     "p"),
    ("- Bảo đảm an toàn bay, an toàn cho người phun và môi trường; thuốc sử dụng phải nằm trong Danh mục được phép "
     "sử dụng tại Việt Nam.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("- Toàn tỉnh hiện có 41 hợp tác xã đang thuê thiết bị bay của các công ty dịch vụ, mới 7 hợp tác xã tự sở "
     "hữu thiết bị (13 chiếc).", "p"),
    ("- Phần lớn tổ viên điều khiển thiết bị chưa qua lớp huấn luyện; nhiều nơi chưa đăng ký vùng bay, chưa có "
     "điểm pha thuốc và thu gom vỏ bao bì đúng quy định.", "p"),
    ("- Chi phí dịch vụ còn chênh lệch lớn giữa vùng Đồng Tháp cũ và vùng Tiền Giang cũ.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.8)]
# a str is a season row spanning the table; a tuple a task row
ROWS = [
    "A. VỤ HÈ THU 2026",
    ("1", "Khảo sát, lập danh sách hợp tác xã có nhu cầu thành lập tổ dịch vụ bay phun; thống kê diện tích đăng ký "
          "phun theo từng cánh đồng", "Phòng Trồng trọt", "Các Trạm Trồng trọt và BVTV khu vực; UBND các xã",
     "Trước 31/3/2026"),
    ("2", "Tập huấn vận hành thiết bị bay, pha thuốc và an toàn hóa chất cho 120 tổ viên của các hợp tác xã",
     "Phòng Bảo vệ thực vật", "Trung tâm Khuyến nông tỉnh; doanh nghiệp cung ứng thiết bị", "Tháng 4/2026"),
    ("3", "Hướng dẫn hợp tác xã lập hồ sơ đề nghị cấp phép bay cho thiết bị bay không người lái", "Phòng Bảo vệ "
          "thực vật", "Bộ Chỉ huy Quân sự tỉnh", "Trước khi xuống giống vụ Hè Thu (dự kiến 20/4/2026)"),
    ("4", "Xây dựng 05 mô hình hợp tác xã cung ứng dịch vụ bay phun theo lịch chung, có sổ ghi chép từng lần phun",
     "Trạm Trồng trọt và BVTV khu vực Cao Lãnh", "HTX Nông nghiệp Tân Bình, HTX Nông nghiệp Mỹ Thành Bắc",
     "Suốt vụ Hè Thu 2026"),
    ("5", "Bố trí điểm pha thuốc tập trung, bể chứa vỏ bao bì thuốc BVTV tại các điểm cất hạ cánh của tổ dịch vụ",
     "UBND các xã có mô hình", "Trạm Trồng trọt và BVTV khu vực", "Tháng 5/2026"),
    "B. VỤ THU ĐÔNG 2026 VÀ CHUẨN BỊ VỤ ĐÔNG XUÂN 2026 - 2027",
    ("6", "Đánh giá hiệu quả, chi phí của dịch vụ bay phun so với phun thủ công; đề xuất mức giá dịch vụ tham khảo",
     "Phòng Trồng trọt", "Chi cục Phát triển nông thôn (Sở NN&MT)", "Tháng 9/2026"),
    ("7", "Kiểm tra việc sử dụng thuốc BVTV, ghi chép nhật ký phun và thu gom bao bì tại các tổ dịch vụ",
     "Phòng Thanh tra - Pháp chế", "Phòng Bảo vệ thực vật", "Quý IV/2026"),
    ("8", "Tổng hợp nhu cầu, tham mưu Sở đề xuất hỗ trợ hợp tác xã mua thiết bị bay từ chính sách hỗ trợ hợp tác xã "
          "của tỉnh", "Phòng Hành chính - Tổng hợp", "Sở Tài chính; Liên minh HTX tỉnh", "Trước 15/10/2026"),
    ("9", "Nhân rộng tổ dịch vụ bay phun ra 20 hợp tác xã cho vụ Đông Xuân 2026 - 2027", "Các Trạm Trồng trọt và "
          "BVTV khu vực", "UBND các xã; Liên minh HTX tỉnh", "Tháng 11 - 12/2026"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, trạm được giao chủ trì chịu trách nhiệm trước Chi cục trưởng về tiến độ nội dung được "
     "giao; vướng mắc báo cáo qua Phòng Hành chính - Tổng hợp để xử lý.", "p"),
    ("2. Phòng Hành chính - Tổng hợp tổng hợp kết quả hai vụ, báo cáo Sở Nông nghiệp và Môi trường trước ngày "
     "20/12/2026.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG THÁP", "CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT"],
                 "Số: 64/KH-TTBVTV", "Đồng Tháp, ngày 09 tháng 3 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển dịch vụ phun thuốc bảo vệ thực vật bằng thiết bị bay không người lái", bold=True,
         center=True)
    para(doc, "trong các hợp tác xã nông nghiệp năm 2026", bold=True, center=True)
    para(doc, "Thực hiện chỉ đạo của Sở Nông nghiệp và Môi trường về cơ giới hóa khâu chăm sóc lúa gắn với hợp tác xã, "
              "Chi cục Trồng trọt và Bảo vệ thực vật ban hành Kế hoạch năm 2026 với các nội dung:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục trưởng, các PCCT;", "- UBND các xã (p/h);",
                          "- Liên minh HTX tỉnh;", "- Các phòng, trạm thuộc Chi cục (t/h);", "- Lưu: VT, TT."],
                    ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Huỳnh Thị Kim Xuyến"])
    return saved(doc, author="Phòng Trồng trọt", editor="Văn thư Chi cục TT&BVTV",
                 title="Kế hoạch 64/KH-TTBVTV", created=datetime(2026, 3, 4, 9, 10, 0),
                 modified=datetime(2026, 3, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
