"""Write a_vinh-long_27-KH-NVHLD-2025_cho-thue-gian-hang-htx.docx, the hundred-and-twenty-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen129/make_docx.py [OUT]

A provincial workers' cultural house renting stalls to cooperatives (September 2025, under the Liên đoàn Lao động of
the merged Vĩnh Long): I. purposes, II. the stalls and the rent (figures, no work), III. one bordered table TT | Thời
gian | Nội dung công việc | Bộ phận thực hiện | Phối hợp whose time stands before the work, the house's own units as
leads; a closing sentence of no task; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
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
OUT = HERE / "a_vinh-long_27-KH-NVHLD-2025_cho-thue-gian-hang-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Khai thác khu sân trước và hành lang tầng trệt của Nhà Văn hóa Lao động làm nơi các hợp tác xã, tổ hợp tác "
     "trưng bày, bán sản phẩm cho đoàn viên công đoàn và người lao động, góp thêm nguồn thu sự nghiệp.", "p"),
    ("2. Việc cho thuê công khai, đúng giá đã niêm yết; ưu tiên hợp tác xã có nhiều thành viên là đoàn viên, hợp tác "
     "xã có sản phẩm OCOP từ 3 sao.", "p"),
    ("II. QUY MÔ VÀ GIÁ THUÊ", "h"),
    ("- Số gian hàng: 24 gian (18 gian cố định mỗi gian 9 m², 6 gian lưu động dưới mái che).", "p"),
    ("- Giá thuê gian cố định 1.800.000 đồng/tháng, gian lưu động 120.000 đồng/ngày, chưa gồm tiền điện, nước; hợp "
     "tác xã có từ 50% thành viên là đoàn viên được giảm 30% giá thuê.", "p"),
    ("- Thời hạn thuê: từ tháng 11/2025 đến hết tháng 6/2026, hợp đồng ký theo từng quý.", "p"),
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Thời gian", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp"]
WIDTHS = [Cm(1.0), Cm(2.8), Cm(6.6), Cm(3.2), Cm(3.4)]
ROWS = [
    ("1", "Trước 30/9/2025", "Đăng thông báo cho thuê gian hàng trên trang thông tin của Liên đoàn Lao động tỉnh, gửi "
          "thư mời đến các hợp tác xã", "Phòng Hành chính - Tổng hợp", "Liên minh HTX tỉnh"),
    ("2", "01/10 - 15/10/2025", "Nhận đơn đăng ký, xét chọn hợp tác xã, tổ hợp tác được thuê theo thứ tự ưu tiên",
     "Tổ xét chọn", "Phòng Doanh nghiệp và Kinh tế tập thể (Sở Tài chính)"),
    ("3", "Tuần 3 tháng 10/2025", "Sửa mái che, hệ thống điện, nước, lắp bình chữa cháy tại khu gian hàng",
     "tổ Quản trị - Bảo vệ", "Đội Cảnh sát PCCC và CNCH khu vực 1"),
    ("4", "25/10/2025", "Ký hợp đồng thuê quý IV/2025 với các hợp tác xã, tổ hợp tác trúng xét chọn",
     "Bộ phận Kế toán - Tài vụ", ""),
    ("5", "Sáng 01/11/2025", "Khai trương khu gian hàng \u201cSản phẩm hợp tác xã vì đoàn viên\u201d",
     "Phòng Hoạt động văn hóa - thể thao", "Công đoàn Viên chức tỉnh; Liên minh HTX tỉnh"),
    ("6", "Hằng tháng", "Thu tiền thuê, tiền điện nước; lập sổ theo dõi từng gian hàng", "Bộ phận Kế toán - Tài vụ",
     "tổ Quản trị - Bảo vệ"),
    ("7", "Thứ Bảy, Chủ nhật hằng tuần", "Tổ chức phiên chợ cuối tuần giới thiệu sản phẩm của hợp tác xã kèm "
          "chương trình văn nghệ của các câu lạc bộ", "Phòng Hoạt động văn hóa - thể thao", "Các câu lạc bộ tại Nhà Văn hóa"),
    ("8", "Trước Tết Bính Ngọ", "Dành 6 gian lưu động miễn phí cho hợp tác xã khó khăn tại Chợ Tết Công đoàn năm 2026",
     "Phòng Hoạt động văn hóa - thể thao", "Ban Nữ công (LĐLĐ tỉnh)"),
    ("9", "Tháng 6/2026", "Đánh giá kết quả cho thuê, đề xuất tiếp tục hoặc điều chỉnh giá thuê, trình Ban Thường vụ "
          "Liên đoàn Lao động tỉnh", "Phòng Hành chính - Tổng hợp", "Bộ phận Kế toán - Tài vụ"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN ĐOÀN LAO ĐỘNG TỈNH VĨNH LONG", "NHÀ VĂN HÓA LAO ĐỘNG"], "Số: 27/KH-NVHLĐ",
                 "Vĩnh Long, ngày 18 tháng 9 năm 2025", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cho thuê gian hàng giới thiệu, bán sản phẩm của hợp tác xã, tổ hợp tác tại Nhà Văn hóa Lao động "
              "(từ tháng 10/2025 đến tháng 6/2026)", bold=True, center=True)
    para(doc, "Căn cứ Quyết định số 112/QĐ-LĐLĐ ngày 04/8/2025 của Ban Thường vụ Liên đoàn Lao động tỉnh về giao quyền "
              "tự chủ tài chính cho Nhà Văn hóa Lao động; Nhà Văn hóa Lao động lập Kế hoạch như sau:")
    for text, style in BODY:
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
    para(doc)
    para(doc, "Tiền thuê gian hàng được hạch toán vào nguồn thu sự nghiệp của đơn vị, quyết toán theo năm tài chính./.")
    signature_table(doc, ["Nơi nhận:", "- Thường trực LĐLĐ tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Sở Tài chính;",
                          "- Các bộ phận (t/h);", "- Lưu: VT, HCTH."],
                    ["GIÁM ĐỐC", "", "", "", "Lê Hoàng Phúc"])
    return saved(doc, author="Phòng Hành chính - Tổng hợp", editor="Văn thư Nhà Văn hóa Lao động",
                 title="Kế hoạch 27/KH-NVHLĐ", created=datetime(2025, 9, 12, 9, 10, 0),
                 modified=datetime(2025, 9, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
