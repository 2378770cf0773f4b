"""Write a_dong-nai_142-KH-SDTTG-2026_so-dan-toc-ton-giao-htx-giao-xu-chua.docx, the sixty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen63/make_docx.py [OUT]

A Sở Dân tộc và Tôn giáo's plan (August 2026) for helping religious dignitaries and believers join cooperatives and
cooperative groups in parishes and pagodas: I. purposes, II. a bordered table TT | Nội dung | Cơ sở tôn giáo, địa bàn
| Đơn vị chủ trì | Đơn vị phối hợp | Thời gian, the religious establishments in their own column between the work and
the lead; III. numbered paragraphs of the Sở's own units; the closing sentence; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-nai_142-KH-SDTTG-2026_so-dan-toc-ton-giao-htx-giao-xu-chua.docx"

BEFORE = [
    ("Căn cứ Luật Tín ngưỡng, tôn giáo năm 2016; Luật Hợp tác xã năm 2023;", "p"),
    ("Căn cứ Kế hoạch số 377/KH-UBND ngày 02/4/2026 của UBND tỉnh triển khai nhiệm vụ kinh tế tập thể năm "
     "2026;", "p"),
    ("Qua khảo sát, trên địa bàn tỉnh có nhiều giáo xứ, chùa, tịnh xá đang giúp bà con nuôi heo, trồng nấm, làm "
     "nhang, dệt thổ cẩm theo lối tự phát, chưa có tư cách pháp nhân. Sở Dân tộc và Tôn giáo xây dựng Kế hoạch vận "
     "động các tổ chức tôn giáo, chức sắc, chức việc và tín đồ tham gia tổ hợp tác, hợp tác xã như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Phát huy uy tín của chức sắc, chức việc trong vận động tín đồ làm ăn tập thể, tuân thủ pháp luật; không "
     "lợi dụng hoạt động kinh tế để truyền đạo trái phép.", "p"),
    ("2. Tôn trọng sinh hoạt tôn giáo của từng cơ sở; mỗi việc có đơn vị chủ trì, đơn vị phối hợp và mốc thời gian "
     "cụ thể.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung", "Cơ sở tôn giáo, địa bàn", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(3.2), Cm(2.6), Cm(3.2), Cm(2.2)]
ROWS = [
    ("1", "Gặp gỡ, trao đổi với chức sắc về chủ trương phát triển hợp tác xã; thống nhất danh sách cơ sở thí điểm",
     "Tòa Giám mục Xuân Lộc; Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Phòng Quản lý tôn giáo",
     "Văn phòng Sở", "Tháng 9/2026"),
    ("2", "Khảo sát 14 nhóm sản xuất do giáo xứ bảo trợ (nuôi heo, trồng nấm bào ngư), lập danh sách nhóm đủ điều "
          "kiện lập tổ hợp tác", "Các giáo xứ tại xã Gia Kiệm, xã Dầu Giây, xã Xuân Đường",
     "Phòng Quản lý tôn giáo", "UBND các xã Gia Kiệm, Dầu Giây, Xuân Đường", "Trước 15/10/2026"),
    ("3", "Hướng dẫn hồ sơ thành lập tổ hợp tác, hợp tác xã; tư vấn điều lệ, góp vốn, chia lợi nhuận minh bạch",
     "Các giáo xứ, chùa đã có nhóm sản xuất", "Liên minh Hợp tác xã tỉnh", "Phòng Quản lý tôn giáo",
     "Quý IV/2026"),
    ("4", "Hỗ trợ thành lập hợp tác xã làm nhang, nến và hàng lưu niệm của các chùa, tịnh xá Khất sĩ",
     "Chùa, tịnh xá tại phường Long Khánh, phường Bình Lộc", "Phòng Quản lý tôn giáo",
     "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, UBND phường Long Khánh", "Năm 2027"),
    ("5", "Tập huấn kỹ thuật nuôi heo an toàn sinh học, trồng nấm cho tín đồ là thành viên tổ hợp tác",
     "Giáo xứ tại xã Gia Kiệm, xã Xuân Đường", "Trung tâm Khuyến nông tỉnh", "Phòng Quản lý tôn giáo",
     "Quý I/2027"),
    ("6", "Giới thiệu thành viên tổ hợp tác, hợp tác xã là đồng bào có đạo vay vốn ưu đãi",
     "Các xã có đông đồng bào có đạo", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai",
     "UBND các xã, phường", "Thường xuyên"),
    ("7", "Đưa sản phẩm nấm, nhang, thổ cẩm của các hợp tác xã vào hội chợ Xuân và gian hàng trực tuyến",
     "Toàn tỉnh", "Liên minh Hợp tác xã tỉnh", "Sở Công Thương", "Tháng 01/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý tôn giáo là đầu mối, theo dõi việc thực hiện; gửi Giám đốc Sở báo cáo kết quả năm 2026 "
     "trước ngày 20/12/2026.", "p"),
    ("2. Văn phòng Sở bố trí kinh phí hội nghị, khảo sát từ nguồn chi thường xuyên được giao; hoàn thành dự toán "
     "trong tháng 9/2026.", "p"),
    ("3. Thanh tra Sở phối hợp Phòng Quản lý tôn giáo nắm tình hình, kịp thời phát hiện việc lợi dụng danh nghĩa hợp "
     "tác xã để hoạt động tôn giáo trái quy định; thời gian: trong suốt quá trình thực hiện.", "p"),
    ("Trên đây là Kế hoạch của Sở Dân tộc và Tôn giáo tỉnh Đồng Nai về vận động đồng bào có đạo tham gia kinh tế "
     "tập thể./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH ĐỒNG NAI", "SỞ DÂN TỘC VÀ TÔN GIÁO"], "Số: 142/KH-SDTTG",
                 "Đồng Nai, ngày 18 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vận động chức sắc, chức việc và tín đồ các tôn giáo làm ăn tập thể, tham gia tổ hợp tác, "
              "hợp tác xã (2026 - 2027)", bold=True, center=True)
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
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Tôn giáo Chính phủ (b/c);",
                          "- LMHTX tỉnh, Sở Công Thương;", "- NHCSXH chi nhánh tỉnh;", "- UBND các xã, phường liên quan;",
                          "- Ban Giám đốc Sở;", "- Lưu: VT, QLTG."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Điểu Thị Hạnh"])
    return saved(doc, author="Phòng Quản lý tôn giáo", editor="Văn thư Sở Dân tộc và Tôn giáo",
                 title="Kế hoạch 142/KH-SDTTG", created=datetime(2026, 8, 10, 9, 0, 0),
                 modified=datetime(2026, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
