"""Write a_phu-tho_19-KH-QHTPTHTX-2026_quy-cho-vay-cot-giai-doan-gop.docx, the twenty-seventh held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen27/make_docx.py [OUT]

The lending plan of a provincial Cooperative Support Fund (Quỹ Hỗ trợ phát triển hợp tác xã) for 2027, November 2026,
after Phú Thọ, Vĩnh Phúc and Hòa Bình were merged: the Fund's header under the province, an opening "Căn cứ" paragraph,
I. aims and figures ("-" lines), II. one sentence saying the times in the table are of 2027 unless written otherwise,
then one bordered table Giai đoạn | TT | Nội dung công việc | Bộ phận thực hiện | Phối hợp | Thời gian whose FIRST
COLUMN names the stage of the lending cycle, merged down (w:vMerge) over the rows of that stage, the time cells
mostly without a year; III. three numbered paragraphs; the signature beside "Nơi nhận". Plain paragraphs with typed
numbers (no Word numbering).

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
OUT = HERE / "a_phu-tho_19-KH-QHTPTHTX-2026_quy-cho-vay-cot-giai-doan-gop.docx"

OPENING = ("Căn cứ Điều lệ tổ chức và hoạt động của Quỹ ban hành kèm theo Quyết định số 1146/QĐ-UBND ngày 18/8/2025 "
           "của Ủy ban nhân dân tỉnh; căn cứ Nghị quyết số 07/NQ-HĐQL ngày 30/10/2026 của Hội đồng quản lý Quỹ về "
           "nguồn vốn năm 2027, Giám đốc Quỹ ban hành Kế hoạch cho vay, thu hồi nợ năm 2027 như sau:")

BEFORE = [
    ("I. MỤC TIÊU", "h"),
    ("Sử dụng đúng mục đích, an toàn nguồn vốn của Quỹ; ưu tiên hợp tác xã nông nghiệp ứng dụng công nghệ cao, hợp "
     "tác xã có sản phẩm OCOP và hợp tác xã ở vùng Hòa Bình cũ còn khó khăn về vốn.", "p"),
    ("- Tổng nguồn vốn cho vay năm 2027: 96 tỷ đồng (vốn điều lệ 72 tỷ đồng, vốn ngân sách tỉnh ủy thác 24 tỷ "
     "đồng).", "p"),
    ("- Cho vay mới khoảng 45 dự án; dư nợ cuối năm khoảng 88 tỷ đồng; tỷ lệ nợ quá hạn dưới 1,5% tổng dư nợ.", "p"),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG", "h"),
    ("Nhiệm vụ được sắp theo các giai đoạn của quy trình cho vay tại bảng dưới đây. Thời gian ghi trong bảng là của "
     "năm 2027, trừ trường hợp ghi khác.", "p"),
]

COLUMNS = ["Giai đoạn", "TT", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(2.4), Cm(0.9), Cm(5.6), Cm(2.7), Cm(2.9), Cm(2.5)]
# (stage, rows): the stage's cell is merged down over its rows
STAGES = [
    ("Chuẩn bị nguồn vốn và khách hàng", [
        ("1", "Rà soát nhu cầu vay vốn của hợp tác xã, tổ hợp tác; lập danh mục dự án dự kiến cho vay năm 2027",
         "Phòng Nghiệp vụ", "Liên minh HTX tỉnh; UBND các xã, phường", "Tháng 01 - 02"),
        ("2", "Trình Hội đồng quản lý Quỹ phân bổ hạn mức cho vay theo ba khu vực (Phú Thọ cũ, Vĩnh Phúc cũ, Hòa Bình "
              "cũ)", "Phòng Kế toán - Tài chính", "Phòng Nghiệp vụ", "Trước 15/01"),
        ("3", "Giới thiệu chính sách, điều kiện và thủ tục vay vốn của Quỹ đến các hợp tác xã trên sóng phát thanh, "
              "truyền hình và trang tin của Quỹ", "Phòng Nghiệp vụ", "Báo và Phát thanh, Truyền hình Phú Thọ",
         "Quý I và quý III"),
    ]),
    ("Thẩm định, giải ngân", [
        ("4", "Tiếp nhận hồ sơ, thẩm định phương án sản xuất, kinh doanh và tài sản bảo đảm của hợp tác xã đề nghị "
              "vay vốn", "Phòng Nghiệp vụ", "UBND cấp xã nơi hợp tác xã đặt trụ sở",
         "Trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ"),
        ("5", "Ký hợp đồng tín dụng, giải ngân theo tiến độ thực hiện dự án", "Phòng Kế toán - Tài chính",
         "Phòng Nghiệp vụ", "Thường xuyên"),
        ("6", "Ký hợp đồng ủy thác cho vay qua Ngân hàng Chính sách xã hội đối với tổ hợp tác, hợp tác xã quy mô nhỏ",
         "Ban Giám đốc Quỹ", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Phú Thọ", "Quý II"),
    ]),
    ("Kiểm tra sau cho vay, thu hồi nợ", [
        ("7", "Kiểm tra việc sử dụng vốn vay tại tất cả dự án đã giải ngân", "Phòng Kiểm tra - Thu hồi nợ",
         "Phòng Nghiệp vụ", "Quý II, quý IV"),
        ("8", "Đôn đốc thu nợ gốc, lãi đến hạn; phân loại nợ, đề xuất xử lý rủi ro theo quy định",
         "Phòng Kiểm tra - Thu hồi nợ", "UBND các xã, phường", "Hằng tháng"),
        ("9", "Trích lập dự phòng rủi ro; lập báo cáo quyết toán tài chính năm 2027 của Quỹ",
         "Phòng Kế toán - Tài chính", "Sở Tài chính", "Trước 31/12"),
    ]),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Nghiệp vụ làm đầu mối, theo dõi tiến độ các việc tại bảng trên; trước ngày 05 của tháng cuối mỗi quý "
     "báo cáo Giám đốc Quỹ kết quả đã làm.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh chỉ đạo các ban chuyên môn giới thiệu các hợp tác xã thành viên có dự án "
     "khả thi đến Quỹ ngay từ quý I/2027.", "p"),
    ("3. Ban Kiểm soát Quỹ kiểm tra việc tuân thủ quy trình cho vay tại Phòng Nghiệp vụ và Phòng Kế toán - Tài chính, "
     "báo cáo Hội đồng quản lý Quỹ trong tháng 10/2027.", "p"),
    ("Trên đây là Kế hoạch cho vay, thu hồi nợ năm 2027 của Quỹ Hỗ trợ phát triển hợp tác xã tỉnh Phú Thọ./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH PHÚ THỌ", "QUỸ HỖ TRỢ PHÁT TRIỂN", "HỢP TÁC XÃ"], "Số: 19/KH-QHTPTHTX",
                 "Phú Thọ, ngày 12 tháng 11 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cho vay, thu hồi nợ năm 2027", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    rows = [row for _, stage_rows in STAGES for row in stage_rows]
    table = doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    first = 1
    for stage, stage_rows in STAGES:
        top = table.cell(first, 0)
        merged = top.merge(table.cell(first + len(stage_rows) - 1, 0))
        cell_lines(merged, [stage], bold=(0,))
        for offset, values in enumerate(stage_rows):
            cells = table.rows[first + offset].cells
            for j, value in enumerate(values, start=1):
                cells[j].width = WIDTHS[j]
                cell_lines(cells[j], [value], center=j in (1, 5))
        first += len(stage_rows)
    for row in table.rows:
        row.cells[0].width = WIDTHS[0]
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- UBND tỉnh (b/c);", "- Sở Tài chính;",
                          "- Liên minh HTX tỉnh;", "- Ban Kiểm soát Quỹ;", "- Các phòng thuộc Quỹ (t/h);",
                          "- Lưu: VT, NV."],
                    ["GIÁM ĐỐC", "", "", "", "Đinh Công Hưởng"])
    return saved(doc, author="Phòng Nghiệp vụ", editor="Văn thư Quỹ HTPT HTX",
                 title="Kế hoạch 19/KH-QHTPTHTX", created=datetime(2026, 11, 4, 9, 10, 0),
                 modified=datetime(2026, 11, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
