"""Write a_da-nang_05-CTr-LMHTX-2025_chuong-trinh-cong-tac-theo-quy.docx, the twenty-fourth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen24/make_docx.py [OUT]

A Liên minh's yearly work programme (Chương trình công tác, December 2025, after Đà Nẵng and Quảng Nam were merged):
I. aims, II. one sentence sending the reader to Phụ lục I, III. the Office's duty; the signature beside "Nơi nhận";
after a page break **Phụ lục I**, one bordered table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
Thời gian, its rows grouped under **group rows merged across the table** ("QUÝ I/2026" …), the time cells giving a
month without its year ("Tháng 01") or nothing (the group's quarter); after another page break **Phụ lục II**, a
table of targets (Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026), figures, not work. Every paragraph
is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_da-nang_05-CTr-LMHTX-2025_chuong-trinh-cong-tac-theo-quy.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC TIÊU", "h"),
    ("Năm 2026 là năm đầu Liên minh hoạt động trên địa bàn thành phố mở rộng; Chương trình công tác tập trung ổn "
     "định tổ chức, nắm chắc số lượng thành viên ở vùng Quảng Nam cũ, tăng cường tư vấn, đào tạo và kết nối thị "
     "trường cho hợp tác xã.", "p"),
    ("II. NỘI DUNG CÔNG TÁC", "h"),
    ("Nội dung, đơn vị chủ trì, đơn vị phối hợp và thời gian của từng việc được sắp theo quý tại Phụ lục I; các chỉ "
     "tiêu năm 2026 tại Phụ lục II.", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Văn phòng Liên minh theo dõi tiến độ từng việc, hằng tháng nhắc các ban trong giao ban cơ quan; tổng hợp kết "
     "quả thực hiện Chương trình, báo cáo Ban Thường vụ trước ngày 15/12/2026.", "p"),
    ("Trong quá trình thực hiện, nếu cần điều chỉnh nội dung hoặc thời gian, các ban, đơn vị báo cáo Chủ tịch Liên "
     "minh xem xét, quyết định./.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(7.0), Cm(3.2), Cm(3.4), Cm(2.4)]
# a str is a group row merged across the table; a tuple a row of work
ROWS = [
    "QUÝ I/2026",
    ("1", "Hội nghị tổng kết công tác năm 2025, triển khai Chương trình công tác năm 2026 của Liên minh",
     "Văn phòng Liên minh", "Các ban chuyên môn", "Tháng 01"),
    ("2", "Rà soát, cập nhật cơ sở dữ liệu thành viên của Liên minh sau khi sắp xếp đơn vị hành chính cấp xã",
     "Ban Phong trào", "Ủy ban nhân dân các xã, phường", "Tháng 3"),
    "QUÝ II/2026",
    ("3", "Mở 03 lớp bồi dưỡng kỹ năng quản trị, kế toán cho cán bộ hợp tác xã các xã miền núi phía tây",
     "Trung tâm Tư vấn và Hỗ trợ hợp tác xã", "Sở Tài chính", "Tháng 5"),
    ("4", "Thẩm định và giải ngân vốn vay ưu đãi đợt 1 cho các dự án của hợp tác xã",
     "Quỹ Hỗ trợ phát triển hợp tác xã", "", ""),
    ("5", "Khảo sát nhu cầu ứng dụng phần mềm quản lý, bán hàng trực tuyến của hợp tác xã",
     "Ban Hỗ trợ phát triển", "Sở Khoa học và Công nghệ", "Tháng 6"),
    "QUÝ III/2026",
    ("6", "Sơ kết 6 tháng thực hiện Chương trình công tác, đề ra việc trọng tâm 6 tháng cuối năm",
     "Văn phòng Liên minh", "", "Tháng 7"),
    ("7", "Diễn đàn kết nối tiêu thụ sản phẩm hợp tác xã với doanh nghiệp du lịch, nhà hàng ven biển",
     "Ban Hỗ trợ phát triển", "Sở Công Thương, Sở Nông nghiệp và Môi trường", "Tháng 8"),
    "QUÝ IV/2026",
    ("8", "Xét chọn hợp tác xã, cá nhân tiêu biểu, đề nghị khen thưởng nhân Ngày Hợp tác xã Việt Nam",
     "Ban Phong trào", "Sở Nội vụ", "Trước 20/11"),
    ("9", "Xây dựng Chương trình công tác năm 2027 trình Ban Thường vụ", "Văn phòng Liên minh",
     "Các ban, đơn vị trực thuộc", "Tháng 12"),
]

TARGETS_COLUMNS = ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026"]
TARGETS = [
    ("1", "Hợp tác xã thành lập mới được Liên minh tư vấn", "Hợp tác xã", "21", "30"),
    ("2", "Thành viên mới kết nạp vào Liên minh", "Tổ chức", "14", "25"),
    ("3", "Cán bộ hợp tác xã được đào tạo, bồi dưỡng", "Lượt người", "260", "320"),
    ("4", "Dư nợ cho vay của Quỹ Hỗ trợ phát triển hợp tác xã", "Tỷ đồng", "38,5", "45"),
]


def table(doc, columns, widths, rows):
    """A bordered table: the head row bold; a str row one cell merged across the table, bold."""
    t = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(t, "single")
    for row, values in zip(t.rows, [columns, *rows]):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if row is t.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i != 1)


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["LIÊN MINH HỢP TÁC XÃ", "THÀNH PHỐ ĐÀ NẴNG"], "Số: 05/CTr-LMHTX",
                 "Đà Nẵng, ngày 26 tháng 12 năm 2025")
    para(doc)
    para(doc, "CHƯƠNG TRÌNH CÔNG TÁC", bold=True, center=True)
    para(doc, "Năm 2026 của Liên minh Hợp tác xã thành phố", bold=True, center=True)
    para(doc, "Căn cứ Điều lệ Liên minh Hợp tác xã thành phố Đà Nẵng và kết quả công tác năm 2025, Ban Thường vụ "
              "Liên minh ban hành Chương trình công tác năm 2026 như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX Việt Nam (b/c);", "- Sở Tài chính;",
                          "- Ban Thường vụ Liên minh;", "- Các ban, đơn vị trực thuộc;", "- Lưu: VT, VP."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hồ Văn Thiện"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC I", bold=True, center=True)
    para(doc, "CÁC VIỆC TRONG NĂM 2026 THEO QUÝ", bold=True, center=True)
    para(doc, "(Kèm theo Chương trình số 05/CTr-LMHTX ngày 26/12/2025 của Liên minh Hợp tác xã thành phố Đà Nẵng)",
         italic=True, center=True)
    table(doc, COLUMNS, WIDTHS, ROWS)
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC II", bold=True, center=True)
    para(doc, "CHỈ TIÊU NĂM 2026", bold=True, center=True)
    table(doc, TARGETS_COLUMNS, [Cm(1.0), Cm(7.0), Cm(2.8), Cm(3.0), Cm(3.2)], TARGETS)
    return saved(doc, author="Văn phòng Liên minh", editor="Văn thư Liên minh HTX Đà Nẵng",
                 title="Chương trình 05/CTr-LMHTX", created=datetime(2025, 12, 18, 9, 10, 0),
                 modified=datetime(2025, 12, 26, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
