"""Write a_gia-lai_36-KH-CCTS-2026_chi-cuc-thuy-san-to-doan-ket-theo-vu-ca.docx, the forty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen42/make_docx.py [OUT]

A Chi cục Thủy sản's plan (March 2026, under the merged Sở Nông nghiệp và Môi trường tỉnh Gia Lai) for the fishermen's
solidarity groups at sea (tổ đoàn kết sản xuất trên biển), the fishing cooperatives and the fishermen's unions: I.
purposes, II. the present state in figures (no task), III. one sentence over a bordered table TT | Nội dung công việc |
Đơn vị chủ trì | Đơn vị phối hợp | Thời gian whose rows are grouped by fishing season (three group rows merged across
the table, each naming its season and its months), the rows numbered on across the groups; IV. three numbered
paragraphs; the closing sentence, the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_gia-lai_36-KH-CCTS-2026_chi-cuc-thuy-san-to-doan-ket-theo-vu-ca.docx"

OPENING = ("Căn cứ Kế hoạch số 215/KH-SNNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường về phát triển thủy sản "
           "bền vững năm 2026; để các tổ đoàn kết sản xuất trên biển (sau đây gọi tắt là tổ đoàn kết) và các hợp tác "
           "xã, nghiệp đoàn nghề cá hoạt động thực chất hơn qua từng vụ khai thác, Chi cục Thủy sản xây dựng Kế hoạch "
           "năm 2026 như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Nâng cao vai trò của tổ đoàn kết trong hỗ trợ nhau khai thác, thông tin ngư trường và cứu hộ trên biển; từng "
     "bước đưa các tổ hoạt động tốt lên hợp tác xã dịch vụ khai thác hải sản.", "p"),
    ("- Công việc sắp xếp theo mùa vụ khai thác để không trùng lúc tàu đang đi biển; mỗi việc có đơn vị chủ trì và "
     "thời gian cụ thể.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Đến hết tháng 02/2026, toàn tỉnh có 5.412 tàu cá, trong đó 2.186 tàu dài từ 15 mét trở lên; 648 tổ đoàn kết "
     "với 4.035 tàu thành viên; 08 hợp tác xã dịch vụ nghề cá và 06 nghiệp đoàn nghề cá ở các xã, phường ven biển. "
     "Khoảng một phần tư số tổ chỉ có tên, ít sinh hoạt; nhiều tổ trưởng đã bán tàu hoặc chuyển nghề nhưng chưa được "
     "thay.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Các nội dung được bố trí theo mùa vụ khai thác như bảng sau:", "p"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý tàu cá là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch; báo cáo Chi cục trưởng "
     "hằng quý và tổng hợp kết quả cả năm trước ngày 15/12/2026.", "p"),
    ("2. Văn phòng Chi cục cân đối kinh phí, bố trí xe và cán bộ cho các lớp tập huấn, các chuyến làm việc tại cảng "
     "cá; thực hiện trong tháng 3/2026.", "p"),
    ("3. Đề nghị Ủy ban nhân dân các xã, phường ven biển chỉ đạo công chức phụ trách nông nghiệp nắm tình hình các tổ "
     "đoàn kết trên địa bàn, gửi báo cáo về Chi cục trước ngày 05 hằng tháng.", "p"),
    ("Trên đây là Kế hoạch củng cố tổ đoàn kết, hỗ trợ hợp tác xã, nghiệp đoàn nghề cá năm 2026 của Chi cục Thủy "
     "sản tỉnh Gia Lai./.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.8)]
# a 1-tuple is a group row (merged across the table)
ROWS = [
    ("A. TRƯỚC VỤ CÁ NAM (tháng 3 - 4/2026)",),
    ("1", "Rà soát danh sách tổ đoàn kết, tàu thành viên và số điện thoại của thuyền trưởng; kiện toàn tổ trưởng ở "
          "những tổ đã vắng người phụ trách", "Phòng Quản lý tàu cá", "Ủy ban nhân dân các xã, phường ven biển",
     "Trước 15/4/2026"),
    ("2", "Mở 06 lớp tập huấn cho tổ trưởng tổ đoàn kết và ban quản trị hợp tác xã nghề cá về nhật ký khai thác điện "
          "tử, phòng chống khai thác bất hợp pháp", "Phòng Khai thác và Bảo vệ nguồn lợi",
     "Hội Nghề cá tỉnh; Bộ đội Biên phòng tỉnh", "Tháng 4/2026"),
    ("3", "Hướng dẫn 03 tổ đoàn kết ở xã Đề Gi và phường Tam Quan làm hồ sơ chuyển lên hợp tác xã dịch vụ khai thác "
          "hải sản", "Phòng Khai thác và Bảo vệ nguồn lợi", "Liên minh Hợp tác xã tỉnh",
     "Trước khi tàu ra khơi đầu vụ (tháng 4/2026)"),
    ("B. VỤ CÁ NAM (tháng 5 - 8/2026)",),
    ("4", "Giữ liên lạc với các tổ đoàn kết trên ngư trường; tiếp nhận, chuyển tin báo tàu cá gặp nạn, hỏng máy",
     "Văn phòng Chi cục", "Đài Thông tin duyên hải Quy Nhơn, Bộ đội Biên phòng tỉnh", "Suốt vụ"),
    ("5", "Hỗ trợ Hợp tác xã Dịch vụ nghề cá Tam Quan tổ chức thu mua cá ngừ đại dương tại cảng, ký hợp đồng bao "
          "tiêu với doanh nghiệp chế biến", "Phòng Khai thác và Bảo vệ nguồn lợi",
     "Ban Quản lý cảng cá Tam Quan; Sở Công Thương", "Tháng 5 - 6/2026"),
    ("6", "Kiểm tra việc ghi, nộp nhật ký khai thác của tàu thành viên tổ đoàn kết khi cập cảng",
     "Phòng Quản lý tàu cá", "Ban Quản lý cảng cá Tam Quan", "Hằng tháng"),
    ("7", "Tổ chức 02 buổi gặp mặt biểu dương tổ đoàn kết, hợp tác xã có thành tích cứu hộ, cứu nạn trên biển",
     "Hội Nghề cá tỉnh", "Văn phòng Chi cục", "Cuối tháng 8/2026"),
    ("C. VỤ CÁ BẮC (tháng 9/2026 - tháng 01/2027)",),
    ("8", "Hướng dẫn tổ đoàn kết lập phương án tránh trú bão, phân công tàu đi kèm nhau khi có áp thấp nhiệt đới",
     "Phòng Khai thác và Bảo vệ nguồn lợi", "Ủy ban nhân dân các xã, phường ven biển; Bộ đội Biên phòng tỉnh",
     "Trước mùa mưa bão (trước 30/9/2026)"),
    ("9", "Giới thiệu thành viên tổ đoàn kết vay vốn cải hoán tàu, mua thiết bị bảo quản sản phẩm theo nhóm tàu",
     "Phòng Quản lý tàu cá", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Quý IV/2026"),
    ("10", "Tổng kết mô hình tổ đoàn kết gắn với hợp tác xã, đề xuất Sở Nông nghiệp và Môi trường nhân rộng năm 2027",
     "Văn phòng Chi cục", "Các phòng thuộc Chi cục", "Tháng 01/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH GIA LAI", "CHI CỤC THỦY SẢN"], "Số: 36/KH-CCTS",
                 "Gia Lai, ngày 09 tháng 3 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Củng cố tổ đoàn kết sản xuất trên biển, hỗ trợ hợp tác xã, nghiệp đoàn nghề cá theo mùa vụ khai thác "
              "năm 2026", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[len(COLUMNS) - 1])
            cell_lines(merged, [values[0]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Hội Nghề cá tỉnh, LMHTX tỉnh;",
                          "- BĐBP tỉnh, Đài TTDH Quy Nhơn;", "- UBND các xã, phường ven biển;",
                          "- Các phòng thuộc Chi cục;", "- Lưu: VT, QLTC."],
                    ["CHI CỤC TRƯỞNG", "", "", "", "Huỳnh Tấn Lực"])
    return saved(doc, author="Phòng Quản lý tàu cá", editor="Văn thư Chi cục Thủy sản",
                 title="Kế hoạch 36/KH-CCTS", created=datetime(2026, 3, 4, 7, 45, 0),
                 modified=datetime(2026, 3, 9, 15, 20, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
