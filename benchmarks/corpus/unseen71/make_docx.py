"""Write a_ninh-binh_57-KH-TTLTLS-2026_trung-tam-luu-tru-tai-lieu-htx-giai-the.docx, the seventy-first held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen71/make_docx.py [OUT]

A provincial archives centre's plan for collecting the records of dissolved cooperatives (August 2026, after Ninh
Bình, Hà Nam and Nam Định were merged): the header under its Sở, I. purposes, II. a bordered two-column table (Nội
dung công việc | Thời gian) whose work cell gives the work on one line and its doers on a second line "Thực hiện: …;
phối hợp: …"; III. two paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
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
OUT = HERE / "a_ninh-binh_57-KH-TTLTLS-2026_trung-tam-luu-tru-tai-lieu-htx-giai-the.docx"

OPENING = [
    "Thực hiện Công văn số 1874/SNV-VTLT ngày 22/7/2026 của Sở Nội vụ về quản lý hồ sơ, tài liệu của các hợp tác xã "
    "đã giải thể, chấm dứt hoạt động sau sắp xếp đơn vị hành chính, Trung tâm Lưu trữ lịch sử xây dựng Kế hoạch thu "
    "thập, chỉnh lý như sau:",
]
PART_I = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Không để thất lạc sổ sách, biên bản đại hội thành viên, hồ sơ đất đai và tài sản chung của hợp tác xã đã giải "
    "thể; từng bước sưu tầm tài liệu về phong trào hợp tác hóa nông nghiệp của ba tỉnh cũ để phục vụ nghiên cứu và "
    "giải quyết tranh chấp tài sản về sau.",
    "II. NỘI DUNG, PHÂN CÔNG VÀ THỜI GIAN",
]

COLUMNS = ["Nội dung công việc", "Thời gian"]
WIDTHS = [Cm(12.6), Cm(3.4)]
ROWS = [
    (["1. Lập danh mục 214 hợp tác xã đã giải thể, chấm dứt hoạt động từ năm 2020 đến nay kèm nơi đang giữ hồ sơ",
      "Thực hiện: Phòng Thu thập - Chỉnh lý; phối hợp: Sở Tài chính (Phòng Đăng ký kinh doanh)"], "Tháng 9/2026"),
    (["2. Gửi văn bản hướng dẫn các xã, phường thống kê hồ sơ hợp tác xã giải thể còn lưu tại trụ sở cũ",
      "Thực hiện: Phòng Nghiệp vụ lưu trữ"], "Trước 15/9/2026"),
    (["3. Khảo sát, tiếp nhận tài liệu tại 12 xã có nhiều hợp tác xã giải thể (vùng Nam Định cũ)",
      "Thực hiện: Tổ công tác số 1; phối hợp: UBND các xã nơi tiếp nhận"], "Tháng 10 - 11/2026"),
    (["4. Khảo sát, tiếp nhận tài liệu tại các xã, phường vùng Hà Nam cũ",
      "Thực hiện: Tổ công tác số 2; phối hợp: UBND các xã, phường nơi tiếp nhận"], "Quý IV/2026"),
    (["5. Chỉnh lý, lập mục lục hồ sơ đã tiếp nhận; khử trùng, tu bổ tài liệu bị ẩm mốc",
      "Thực hiện: Phòng Thu thập - Chỉnh lý; phối hợp: Phòng Bảo quản"], "Trước 20/12/2026"),
    (["6. Sưu tầm ảnh, hiện vật giấy tờ về phong trào hợp tác hóa từ các gia đình xã viên cũ, lão thành hợp tác xã",
      "Thực hiện: Phòng Khai thác - Phát huy giá trị tài liệu; phối hợp: Liên minh Hợp tác xã tỉnh, Hội Người cao "
      "tuổi tỉnh"], "Năm 2026 - 2027"),
    (["7. Số hóa các hồ sơ đất đai, tài sản chung của hợp tác xã đã giải thể và cung cấp bản sao khi có yêu cầu",
      "Thực hiện: Phòng Nghiệp vụ lưu trữ; phối hợp: Sở Nông nghiệp và Môi trường"], "Thường xuyên"),
]

PART_III = [
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Hành chính - Tổng hợp chuẩn bị xe, kinh phí cho các tổ công tác; tổng hợp kết quả, báo cáo Sở "
    "Nội vụ trước ngày 25/12/2026.",
    "2. Trưởng các phòng, tổ trưởng tổ công tác chịu trách nhiệm trước Giám đốc Trung tâm về tiến độ phần việc được "
    "giao.",
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NỘI VỤ TỈNH NINH BÌNH", "TRUNG TÂM LƯU TRỮ LỊCH SỬ"], "Số: 57/KH-TTLTLS",
                 "Ninh Bình, ngày 12 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu thập, chỉnh lý hồ sơ, tài liệu của các hợp tác xã đã giải thể năm 2026", bold=True, center=True)
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
            elif i == 0:
                cell_lines(cell, value, italic=(1,), center=False)
            else:
                cell_lines(cell, [value])
    for text in PART_III:
        para(doc, text, bold=text.startswith("III."))
    signature_table(doc, ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- Sở Tài chính, LMHTX tỉnh;",
                          "- UBND các xã, phường (p/h);", "- Các phòng, tổ công tác;", "- Lưu: VT, TTLTLS."],
                    ["GIÁM ĐỐC", "", "", "", "Vũ Thị Thanh Nhàn"])
    return saved(doc, author="Phòng Thu thập - Chỉnh lý", editor="Văn thư Trung tâm",
                 title="Kế hoạch 57/KH-TTLTLS", created=datetime(2026, 8, 5, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
