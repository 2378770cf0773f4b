"""Write a_dien-bien_118-KH-TTKN-2026_trung-tam-kiem-nghiem-mau-htx-ocop-bo-phan-chinh.docx, the seventy-second
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen72/make_docx.py [OUT]

A provincial testing centre's plan for testing, free of charge, the food samples of cooperatives entering the OCOP
programme (July 2026): the header under its Sở, I. purposes, II. a bordered table (TT | Công việc | Bộ phận thực hiện
| Thời hạn) whose doers' cell marks the lead "(chính)" and lists the others after a semicolon; III. two paragraphs;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dien-bien_118-KH-TTKN-2026_trung-tam-kiem-nghiem-mau-htx-ocop-bo-phan-chinh.docx"

OPENING = [
    "Căn cứ Kế hoạch số 1362/KH-SYT ngày 30/6/2026 của Sở Y tế về bảo đảm an toàn thực phẩm đối với sản phẩm của "
    "hợp tác xã, tổ hợp tác tham gia Chương trình OCOP; căn cứ năng lực phòng thử nghiệm của đơn vị, Trung tâm "
    "Kiểm nghiệm lập Kế hoạch kiểm nghiệm miễn phí mẫu sản phẩm cho các hợp tác xã năm 2026 như sau:",
]
PART_I = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Giúp các hợp tác xã, tổ hợp tác có sản phẩm chè, mật ong, gạo, thịt trâu sấy, rượu men lá dự tuyển OCOP có "
    "phiếu kết quả kiểm nghiệm hợp lệ mà không phải gửi mẫu về xuôi; dự kiến 65 mẫu của 28 hợp tác xã.",
    "Lấy mẫu, kiểm nghiệm đúng quy trình của phòng thử nghiệm đạt chuẩn; trả kết quả đúng hạn, không thu phí.",
    "II. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG",
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.6), Cm(4.6), Cm(2.8)]
ROWS = [
    ("1", "Gửi thông báo và phiếu đăng ký kiểm nghiệm miễn phí đến các hợp tác xã, tổ hợp tác có sản phẩm dự tuyển "
          "OCOP", "Phòng Kế hoạch - Tổng hợp (chính); Sở Nông nghiệp và Môi trường", "Trước 31/7/2026"),
    ("2", "Lấy mẫu tại cơ sở sản xuất theo danh sách đăng ký, niêm phong và bàn giao mẫu về Trung tâm",
          "Tổ lấy mẫu (chính); UBND các xã có HTX đăng ký", "Tháng 8 - 9/2026"),
    ("3", "Phân tích chỉ tiêu hóa lý, kim loại nặng, dư lượng thuốc bảo vệ thực vật trong chè, gạo, mật ong",
          "Khoa Hóa - Độc chất (chính)", "10 ngày làm việc kể từ ngày nhận mẫu"),
    ("4", "Phân tích chỉ tiêu vi sinh vật đối với thịt trâu sấy, rượu men lá, mật ong",
          "Khoa Vi sinh (chính)", "Như trên"),
    ("5", "Trả phiếu kết quả, giải thích cho hợp tác xã các chỉ tiêu không đạt và cách khắc phục",
          "Phòng Kế hoạch - Tổng hợp (chính); các khoa chuyên môn", "Quý III/2026"),
    ("6", "Mở 01 lớp tập huấn về lấy mẫu, lưu mẫu, hồ sơ tự công bố sản phẩm cho cán bộ hợp tác xã",
          "Phòng Quản lý chất lượng (chính); Chi cục An toàn vệ sinh thực phẩm; Liên minh HTX tỉnh", "Tháng 10/2026"),
    ("7", "Kiểm nghiệm lại mẫu của hợp tác xã có chỉ tiêu không đạt sau khi đã khắc phục",
          "Khoa Hóa - Độc chất, Khoa Vi sinh", "Trước 05/12/2026"),
    ("8", "Tổng hợp kết quả kiểm nghiệm, gửi Sở Y tế và Sở Nông nghiệp và Môi trường phục vụ đánh giá, phân hạng "
          "sản phẩm OCOP", "Phòng Kế hoạch - Tổng hợp", "Trước 15/12/2026"),
]

PART_III = [
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Tài chính - Kế toán dự trù kinh phí hóa chất, chất chuẩn, môi trường nuôi cấy (khoảng 186 triệu đồng "
    "từ nguồn sự nghiệp y tế năm 2026), trình Giám đốc trước ngày 25/7/2026.",
    "2. Trưởng các khoa, phòng bố trí người, thiết bị để thực hiện đúng thời hạn; vướng mắc báo cáo Giám đốc Trung "
    "tâm để xử lý.",
    "Trên đây là Kế hoạch kiểm nghiệm mẫu sản phẩm của hợp tác xã năm 2026 của Trung tâm Kiểm nghiệm./.",
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ Y TẾ TỈNH ĐIỆN BIÊN", "TRUNG TÂM KIỂM NGHIỆM"], "Số: 118/KH-TTKN",
                 "Điện Biên, ngày 14 tháng 7 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm nghiệm miễn phí mẫu sản phẩm của hợp tác xã, tổ hợp tác tham gia Chương trình OCOP năm 2026",
         bold=True, center=True)
    for text in OPENING:
        para(doc, text)
    for text in PART_I:
        para(doc, text, bold=text.startswith(("I.", "II.")))
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text in PART_III:
        para(doc, text, bold=text.startswith("III."))
    signature_table(doc, ["Nơi nhận:", "- Sở Y tế (b/c);", "- Sở NN&MT, LMHTX tỉnh;", "- UBND các xã (p/h);",
                          "- Các khoa, phòng;", "- Lưu: VT, KHTH."],
                    ["GIÁM ĐỐC", "", "", "", "Quàng Thị Hoa"])
    return saved(doc, author="Phòng Kế hoạch - Tổng hợp", editor="Văn thư Trung tâm",
                 title="Kế hoạch 118/KH-TTKN", created=datetime(2026, 7, 9, 8, 20, 0),
                 modified=datetime(2026, 7, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
