"""Write a_quang-tri_14-KH-HNC-2026_hoi-nghe-ca-to-doan-ket-tren-bien.docx, the eighty-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen86/make_docx.py [OUT]

A provincial FISHERIES ASSOCIATION's plan (Hội Nghề cá tỉnh, a socio-professional association) in Word: the
association's name under its parent body in the header; I. purposes; II. one bordered table Nội dung | Đơn vị chủ trì |
Đơn vị phối hợp | Thời gian, nine rows in two group rows ("A. ..." merged across), the branch associations of the
coastal communes as leads ("Chi hội Nghề cá xã ..."), a body named by its parent in brackets, times by fishing season
("Vụ cá Nam 2026", "Trước vụ cá Bắc (tháng 9/2026)"); III. two paragraphs; the signature beside "Nơi nhận".

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
OUT = HERE / "a_quang-tri_14-KH-HNC-2026_hoi-nghe-ca-to-doan-ket-tren-bien.docx"

INTRO = [
    ("Căn cứ Điều lệ Hội Nghề cá Việt Nam; Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội Nghề cá tỉnh lần thứ năm "
     "(khóa III), Ban Thường vụ Hội xây dựng Kế hoạch hỗ trợ các tổ đoàn kết khai thác hải sản trên biển củng cố "
     "hoạt động, chuyển đổi sang tổ hợp tác, hợp tác xã dịch vụ nghề cá năm 2026 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Giúp ngư dân các xã ven biển liên kết theo tổ, đội, cùng nhau đánh bắt, tiêu thụ sản phẩm và hỗ trợ nhau khi gặp "
     "rủi ro trên biển; phấn đấu đến cuối năm có thêm 06 tổ hợp tác và 01 hợp tác xã dịch vụ hậu cần nghề cá.", "p"),
    ("II. NỘI DUNG, PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
GROUPS = [
    ("A. CỦNG CỐ TỔ ĐOÀN KẾT, THÀNH LẬP TỔ HỢP TÁC", [
        ("1", "Khảo sát 42 tổ đoàn kết đang hoạt động, lập danh sách tổ đủ điều kiện chuyển sang tổ hợp tác",
         "Văn phòng Hội", "Chi hội Nghề cá các xã ven biển", "Tháng 3/2026"),
        ("2", "Vận động, hướng dẫn ngư dân xã Cửa Tùng ký hợp đồng hợp tác, thành lập 03 tổ hợp tác khai thác xa bờ",
         "Chi hội Nghề cá xã Cửa Tùng", "UBND xã Cửa Tùng", "Vụ cá Nam 2026"),
        ("3", "Hướng dẫn 03 tổ đoàn kết ở xã Gio Hải chuyển sang tổ hợp tác dịch vụ thu mua, sơ chế cá",
         "Chi hội Nghề cá xã Gio Hải", "Phòng Kinh tế xã Gio Hải", "Quý II/2026"),
        ("4", "Tập huấn kỹ năng điều hành tổ, ghi sổ sách, chia lợi nhuận cho tổ trưởng, tổ phó",
         "Ban Thường vụ Hội", "Liên minh Hợp tác xã tỉnh", "Trước vụ cá Bắc (tháng 9/2026)"),
    ]),
    ("B. HỖ TRỢ DỊCH VỤ HẬU CẦN, BẢO HIỂM, TIÊU THỤ", [
        ("5", "Xây dựng phương án thành lập Hợp tác xã dịch vụ hậu cần nghề cá Cửa Việt (cung ứng đá, dầu, nước ngọt)",
         "Văn phòng Hội", "Sở Nông nghiệp và Môi trường, UBND xã Cửa Việt", "Quý III/2026"),
        ("6", "Phổ biến quy định chống khai thác IUU, ghi nhật ký khai thác cho thành viên các tổ",
         "Chi cục Thủy sản (Sở NN&MT)", "Chi hội Nghề cá các xã; Đồn Biên phòng Cửa Việt", "Trước mỗi chuyến biển"),
        ("7", "Giới thiệu các tổ hợp tác mua bảo hiểm thân tàu, bảo hiểm thuyền viên theo chính sách hỗ trợ",
         "Ban Thường vụ Hội", "Bảo Việt Quảng Trị", "Cả năm 2026"),
        ("8", "Kết nối 02 doanh nghiệp chế biến ký hợp đồng bao tiêu cá ngừ, mực với các tổ hợp tác",
         "Ban Thường vụ Hội", "Sở Công Thương", "Tháng 6 - tháng 8/2026"),
        ("9", "Tổng hợp kết quả, đề nghị khen thưởng tổ hợp tác tiêu biểu tại Hội nghị tổng kết",
         "Văn phòng Hội", "Chi hội Nghề cá các xã", "Trước 20/12/2026"),
    ]),
]

BODY_END = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các Chi hội Nghề cá xã căn cứ nội dung được giao, chủ động lồng ghép vào sinh hoạt chi hội hằng tháng; kết "
     "quả báo về Văn phòng Hội trước ngày 25 tháng cuối mỗi quý.", "p"),
    ("2. Văn phòng Hội giúp Ban Thường vụ theo dõi, tổng hợp; kinh phí từ nguồn hội phí và tài trợ hợp pháp.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI KH&KT TỈNH QUẢNG TRỊ", "HỘI NGHỀ CÁ TỈNH QUẢNG TRỊ"], "Số: 14/KH-HNC",
                 "Quảng Trị, ngày 26 tháng 02 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ tổ đoàn kết trên biển chuyển đổi sang tổ hợp tác, hợp tác xã dịch vụ nghề cá năm 2026",
         bold=True, center=True)
    for text, style in INTRO:
        para(doc, text, bold=style == "h")
    n_rows = 1 + sum(1 + len(rows) for _, rows in GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(COLUMNS))
    set_borders(table, "single")
    r = 0
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for title, rows in GROUPS:
        r += 1
        merged = table.rows[r].cells[0].merge(table.rows[r].cells[-1])
        cell_lines(merged, [title], bold=(0,))
        for values in rows:
            r += 1
            for i, (cell, value) in enumerate(zip(table.rows[r].cells, values)):
                cell.width = WIDTHS[i]
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in BODY_END:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Hội Nghề cá Việt Nam (b/c);",
                          "- Sở NN&MT, LMHTX tỉnh;", "- Các Chi hội Nghề cá xã;", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hồ Văn Lượng"])
    return saved(doc, author="Văn phòng Hội Nghề cá", editor="Văn phòng Hội Nghề cá",
                 title="Kế hoạch 14/KH-HNC", created=datetime(2026, 2, 20, 9, 0, 0),
                 modified=datetime(2026, 2, 26, 10, 40, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
