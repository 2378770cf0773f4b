"""Write a_bac-ninh_73-KH-BQLKCN-2025_bep-an-khu-cong-nghiep.docx, the hundred-and-twelfth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen112/make_docx.py [OUT]

An industrial-parks authority's plan in Word (August 2025): linking cooperatives to the canteens of the factories in
the parks. I. purposes, II. one bordered table Nội dung | Đơn vị thực hiện | Thời gian, the second cell of each row in
two lines "Chủ trì: …" / "Phối hợp: …" (the second line left out where nobody cooperates), III. the closing sentence,
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_bac-ninh_73-KH-BQLKCN-2025_bep-an-khu-cong-nghiep.docx"

INTRO = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Mở đầu ra ổn định cho rau, thịt, gạo, trứng của các hợp tác xã trong tỉnh qua bếp ăn ca của doanh nghiệp "
     "đang hoạt động tại các khu công nghiệp; người lao động được dùng suất ăn có nguồn gốc rõ ràng.", "p"),
    ("- Việc kết nối do doanh nghiệp và hợp tác xã tự nguyện thỏa thuận; Ban Quản lý làm đầu mối, không can thiệp "
     "vào giá mua bán.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(7.6), Cm(5.0), Cm(3.0)]
ROWS = [
    ("1", "Khảo sát số suất ăn ca mỗi ngày, chủng loại thực phẩm bếp ăn các doanh nghiệp cần mua",
     ["Chủ trì: Phòng Quản lý doanh nghiệp", "Phối hợp: Công đoàn các khu công nghiệp"], "Tháng 9/2025"),
    ("2", "Lập danh sách hợp tác xã đủ năng lực cung ứng rau, thịt, gạo thường xuyên cho bếp ăn",
     ["Chủ trì: Phòng Quản lý doanh nghiệp", "Phối hợp: Liên minh HTX tỉnh, Sở Nông nghiệp và Môi trường"],
     "Trước 15/10/2025"),
    ("3", "Tổ chức hội nghị gặp gỡ giữa hợp tác xã với chủ doanh nghiệp và nhà thầu nấu ăn trong khu công nghiệp",
     ["Chủ trì: Văn phòng Ban", "Phối hợp: Sở Công Thương"], "Quý IV/2025"),
    ("4", "Lấy mẫu, kiểm tra an toàn thực phẩm đối với hàng hợp tác xã giao cho bếp ăn",
     ["Chủ trì: Chi cục An toàn vệ sinh thực phẩm (Sở Y tế)"], "Thường xuyên"),
    ("5", "Vận động doanh nghiệp ký hợp đồng mua dài hạn với hợp tác xã, đưa vào thỏa ước lao động tập thể",
     ["Chủ trì: Công đoàn các khu công nghiệp", "Phối hợp: Phòng Quản lý doanh nghiệp"], "Năm 2026"),
    ("6", "Hỗ trợ hợp tác xã gắn tem truy xuất nguồn gốc trên thùng hàng giao bếp ăn",
     ["Chủ trì: Sở Khoa học và Công nghệ", "Phối hợp: Liên minh HTX tỉnh"], "Quý I/2026"),
    ("7", "Đăng danh sách hợp tác xã, mặt hàng, giá tham khảo lên trang tin của Ban",
     ["Chủ trì: Văn phòng Ban"], "Tháng 11/2025"),
    ("8", "Sơ kết 6 tháng thực hiện, báo cáo UBND tỉnh",
     ["Chủ trì: Phòng Quản lý doanh nghiệp", "Phối hợp: Văn phòng Ban"], "Tháng 3/2026"),
]

CLOSING = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng thuộc Ban căn cứ nội dung được giao chủ động triển khai; khó khăn, vướng mắc báo cáo Trưởng "
     "ban để xử lý.", "p"),
    ("Trên đây là Kế hoạch kết nối hợp tác xã cung ứng thực phẩm cho bếp ăn tập thể tại các khu công nghiệp của Ban "
     "Quản lý các khu công nghiệp tỉnh Bắc Ninh./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"], "Số: 73/KH-BQLKCN",
                 "Bắc Ninh, ngày 18 tháng 8 năm 2025", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối hợp tác xã cung ứng thực phẩm cho bếp ăn tập thể của doanh nghiệp tại các khu công nghiệp",
         bold=True, center=True)
    para(doc, "Trên địa bàn tỉnh hiện có hơn 900 doanh nghiệp tổ chức bếp ăn ca cho người lao động, phần lớn mua thực "
              "phẩm qua thương lái. Ban Quản lý các khu công nghiệp tỉnh xây dựng Kế hoạch như sau:")
    for text, style in INTRO:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            elif i == 2:
                cell_lines(cell, value, center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in CLOSING:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Y tế, Sở Công Thương, Sở KH&CN;",
                          "- Liên minh HTX tỉnh;", "- Công đoàn các KCN;", "- Các phòng thuộc Ban;", "- Lưu: VT, QLDN."],
                    ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "", "Đỗ Văn Khải"])
    return saved(doc, author="Phòng Quản lý doanh nghiệp", editor="Văn thư Ban Quản lý",
                 title="Kế hoạch 73/KH-BQLKCN", created=datetime(2025, 8, 11, 9, 0, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
