"""Write a_vinh-long_46-KH-VPDP-2026_van-phong-dieu-phoi-ntm-tieu-chi-13.docx, the ninety-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen92/make_docx.py [OUT]

A provincial New Countryside Coordination Office's plan for criterion 13 (organisation of production: cooperatives)
in Word: I. purposes, II. one bordered table STT | Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời hạn whose
rows are grouped under the criterion's indicators (13.1, 13.2, 13.3 as merged group rows), III. two numbered
paragraphs, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_vinh-long_46-KH-VPDP-2026_van-phong-dieu-phoi-ntm-tieu-chi-13.docx"

INTRO = ("Thực hiện chỉ đạo của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh, Văn phòng Điều phối nông thôn "
         "mới tỉnh hướng dẫn, hỗ trợ 14 xã đăng ký đạt chuẩn trong năm 2026 hoàn thiện tiêu chí Tổ chức sản xuất "
         "(tiêu chí 13), với các việc cụ thể như sau:")

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đến cuối năm 2026 có thêm 14 xã đạt tiêu chí số 13; mỗi xã có ít nhất 01 hợp tác xã hoạt động hiệu quả và có "
     "mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực.", "p"),
    ("- Phân rõ việc của từng đơn vị, tránh tình trạng các xã tự làm hồ sơ mà không có hướng dẫn.", "p"),
    ("II. NỘI DUNG THỰC HIỆN", "h"),
]

COLUMNS = ["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
# a str is a group row (merged across the five columns), a tuple a task row
ROWS = [
    "13.1. Xã có hợp tác xã hoạt động hiệu quả theo quy định",
    ("1", "Rà soát, chấm điểm hợp tác xã trên địa bàn 14 xã phấn đấu đạt chuẩn theo bộ tiêu chí phân loại mới",
     "Chi cục Phát triển nông thôn", "UBND 14 xã", "Tháng 3/2026"),
    ("2", "Tư vấn cho các hợp tác xã yếu kém xây dựng phương án củng cố tổ chức, sửa đổi điều lệ",
     "Liên minh HTX tỉnh", "Chi cục Phát triển nông thôn", "Quý II/2026"),
    ("3", "Hỗ trợ thành lập mới hợp tác xã ở các xã chưa có hợp tác xã nông nghiệp", "UBND các xã",
     "Liên minh HTX tỉnh, Hội Nông dân tỉnh", "Trước 30/9/2026"),
    "13.2. Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực",
    ("4", "Hướng dẫn lập dự án liên kết chuỗi giá trị cho hợp tác xã trồng bưởi, chôm chôm, lúa chất lượng cao",
     "Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông", "Trước vụ Hè Thu 2026"),
    ("5", "Kết nối doanh nghiệp thu mua với hợp tác xã, tổ chức 02 hội nghị ký kết hợp đồng bao tiêu",
     "Sở Công Thương", "Văn phòng Điều phối nông thôn mới tỉnh", "Tháng 6 và tháng 10/2026"),
    "13.3. Tăng cường quản lý, kiểm tra, đánh giá",
    ("6", "Tập huấn cho công chức xã phụ trách nông thôn mới về cách lập hồ sơ minh chứng tiêu chí 13",
     "Văn phòng Điều phối nông thôn mới tỉnh", "", "Tháng 4/2026"),
    ("7", "Kiểm tra thực tế, thẩm định hồ sơ đề nghị công nhận đạt tiêu chí của các xã",
     "Văn phòng Điều phối nông thôn mới tỉnh", "Sở Tài chính, Chi cục Phát triển nông thôn", "Quý IV/2026"),
]

TAIL = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Bộ phận Tổng hợp (Văn phòng Điều phối) theo dõi tiến độ, tổng hợp kết quả từng quý, báo cáo Chánh Văn phòng "
     "trước ngày 05 của tháng đầu quý sau.", "p"),
    ("2. UBND 14 xã phân công công chức theo dõi tiêu chí 13, gửi danh sách về Văn phòng Điều phối nông thôn mới tỉnh "
     "trước ngày 20/02/2026.", "p"),
    ("Vướng mắc phát sinh, các đơn vị phản ánh về Văn phòng Điều phối (qua Bộ phận Tổng hợp, "
     "điện thoại 0270.3822.416) để được hướng dẫn./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI TỈNH"],
                 "Số: 46/KH-VPĐP", "Vĩnh Long, ngày 09 tháng 02 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ 14 xã hoàn thiện tiêu chí Tổ chức sản xuất (tiêu chí 13) trong Bộ tiêu chí xã nông thôn mới, năm 2026",
         bold=True, center=True)
    para(doc, INTRO)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,))
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in TAIL:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Chỉ đạo các CTMTQG tỉnh (b/c);", "- Sở NN&MT (b/c);",
                          "- Các đơn vị tại mục II;", "- UBND 14 xã;", "- Lưu: VT, TH."],
                    ["CHÁNH VĂN PHÒNG", "", "", "", "Huỳnh Thanh Nghị"])
    return saved(doc, author="Bộ phận Tổng hợp", editor="Văn phòng Điều phối NTM tỉnh Vĩnh Long",
                 title="Kế hoạch 46/KH-VPĐP", created=datetime(2026, 2, 3, 9, 10, 0),
                 modified=datetime(2026, 2, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
