"""Write a_quang-ngai_41-KH-TTGTS-2026_cung-ung-con-giong-htx.docx, the hundred-and-thirty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen132/make_docx.py [OUT]

A provincial aquaculture seed centre (under the Sở Nông nghiệp và Môi trường) planning which fry and post-larvae it
hands to fish- and shrimp-farming cooperatives in 2026: the issuer under its parent (only its own line bold), I.
purposes, II. quantities ("-" lines, no work), III.1 one sentence over a bordered table TT | Công việc | Bộ phận thực
hiện | Phối hợp | Thời điểm (seven rows, two empty partner cells, seasonal and relative times in the cells), III.2 and
III.3 two paragraphs; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph
with its number typed in (no Word numbering).

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
OUT = HERE / "a_quang-ngai_41-KH-TTGTS-2026_cung-ung-con-giong-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Thực hiện Kế hoạch số 27/KH-SNNMT ngày 20/02/2026 của Sở Nông nghiệp và Môi trường về nuôi trồng thủy sản gắn "
     "với hợp tác xã năm 2026, Trung tâm Giống thủy sản lập Kế hoạch cung ứng con giống cho các HTX, THT nuôi trồng "
     "thủy sản như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Con giống giao cho HTX, THT phải sạch bệnh, đúng kích cỡ, đúng lịch thả của từng vùng nuôi; mỗi đợt giao có biên "
     "bản, có cán bộ kỹ thuật theo dõi đến khi thu hoạch.", "p"),
    ("II. SỐ LƯỢNG, ĐỐI TƯỢNG NHẬN GIỐNG", "h"),
    ("- Cá rô phi đơn tính: 1,2 triệu con, cho 14 HTX, THT nuôi cá lồng trên hồ Nước Trong và hồ Liệt Sơn.", "p"),
    ("- Tôm thẻ chân trắng: 45 triệu con post, cho 6 HTX nuôi tôm ở các xã ven biển.", "p"),
    ("- Cá mú, cá chình: 60.000 con nuôi thí điểm, cho 2 HTX tại đặc khu Lý Sơn.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("1. Các công việc cung ứng giống giao cho các bộ phận theo bảng sau:", "p"),
]

AFTER = [
    ("2. Phòng Kỹ thuật tổng hợp kết quả cung ứng giống, tỷ lệ sống của từng HTX, báo cáo Sở Nông nghiệp và Môi "
     "trường trước ngày 15/12/2026.", "p"),
    ("3. Đề nghị Liên minh HTX tỉnh giới thiệu các HTX nhận giống vay vốn Quỹ hỗ trợ phát triển HTX để làm lồng "
     "nuôi, ao lắng; thời gian: quý II - quý III/2026.", "p"),
    ("Trên đây là Kế hoạch cung ứng con giống năm 2026 của Trung tâm Giống thủy sản tỉnh Quảng Ngãi./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời điểm"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]
ROWS = [
    ("1", "Tổng hợp nhu cầu con giống của từng HTX, THT; lập danh sách nhận giống đợt 1", "Phòng Kỹ thuật",
     "UBND các xã có HTX nuôi thủy sản", "trước 31/3/2026"),
    ("2", "Kiểm tra ao, lồng nuôi, nguồn nước của HTX trước khi giao giống", "Tổ Khuyến ngư",
     "Trung tâm Khuyến nông tỉnh", "trước khi thả giống 10 ngày"),
    ("3", "Ương cá rô phi đơn tính đạt cỡ 4 - 6 cm, giao tại lồng cho các HTX trên hồ", "Trại cá giống Sơn Tịnh", "",
     "tháng 4 - tháng 5/2026"),
    ("4", "Nhập, kiểm dịch tôm giống bố mẹ; sản xuất và giao tôm post cho các HTX ven biển", "Trại giống hải sản Sa Huỳnh",
     "Chi cục Chăn nuôi và Thú y, phòng Kỹ thuật", "đầu vụ nuôi chính (tháng 4/2026)"),
    ("5", "Giao cá mú, cá chình nuôi thí điểm cho 2 HTX tại Lý Sơn", "Phòng Kỹ thuật", "UBND đặc khu Lý Sơn",
     "Quý II/2026"),
    ("6", "Ký hợp đồng cung ứng, thu phần đối ứng của HTX (30% giá giống)", "Phòng Hành chính - Kế toán", "",
     "trước mỗi đợt giao giống"),
    ("7", "Hướng dẫn kỹ thuật nuôi, theo dõi tỷ lệ sống sau thả", "Tổ Khuyến ngư", "HTX nhận giống", "hằng tháng"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH QUẢNG NGÃI", "TRUNG TÂM GIỐNG THỦY SẢN"], "Số: 41/KH-TTGTS",
                 "Quảng Ngãi, ngày 12 tháng 3 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng con giống thủy sản cho hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND đặc khu Lý Sơn, UBND các xã có HTX nhận giống;",
                          "- Liên minh HTX tỉnh;", "- Các phòng, trại, tổ thuộc Trung tâm;", "- Lưu: VT, KT."],
                    ["GIÁM ĐỐC", "", "", "", "Đinh Quang Vũ"])
    return saved(doc, author="Phòng Kỹ thuật", editor="Văn thư Trung tâm Giống thủy sản",
                 title="Kế hoạch 41/KH-TTGTS", created=datetime(2026, 3, 6, 9, 10, 0),
                 modified=datetime(2026, 3, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
