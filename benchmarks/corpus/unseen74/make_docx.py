"""Write a_lang-son_24-KH-HNB-2026_hoi-nha-bao-giai-bao-chi-htx-bang-moc-thoi-gian.docx, the seventy-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen74/make_docx.py [OUT]

A provincial Journalists' Association's plan for a press award on the collective economy and cooperatives (May
2026): the association's header under "HỘI NHÀ BÁO VIỆT NAM", I. to III. purposes, entrants and prizes (no task), IV.
a bordered table of the timetable whose first column is the time (Thời gian | Nội dung công việc | Bộ phận thực hiện),
V. numbered paragraphs; the signature "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH THƯỜNG TRỰC" beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import MOTTO, cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lang-son_24-KH-HNB-2026_hoi-nha-bao-giai-bao-chi-htx-bang-moc-thoi-gian.docx"

BEFORE_TABLE = [
    ("Thực hiện Chương trình phối hợp số 05/CTrPH-LMHTX-HNB ngày 12/3/2026 giữa Liên minh Hợp tác xã tỉnh và Hội Nhà "
     "báo tỉnh về tuyên truyền phát triển kinh tế tập thể giai đoạn 2026 - 2030, Ban Thường vụ Hội Nhà báo tỉnh Lạng "
     "Sơn xây dựng Kế hoạch tổ chức Giải báo chí như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Khuyến khích hội viên, phóng viên bám cơ sở, phản ánh sinh động các mô hình hợp tác xã, tổ hợp tác làm ăn hiệu "
     "quả ở vùng biên giới, vùng đồng bào dân tộc thiểu số; phát hiện những vướng mắc về cơ chế, chính sách để kiến "
     "nghị tháo gỡ. Giải được tổ chức công khai, khách quan, đúng thể lệ.", "p"),
    ("II. ĐỐI TƯỢNG VÀ TÁC PHẨM DỰ GIẢI", "h"),
    ("Hội viên Hội Nhà báo tỉnh, phóng viên, biên tập viên, cộng tác viên của các cơ quan báo chí trong và ngoài tỉnh. "
     "Tác phẩm thuộc các thể loại báo in, báo điện tử, phát thanh, truyền hình, ảnh báo chí, đã đăng, phát từ ngày "
     "01/6/2025 đến hết ngày 15/9/2026; mỗi tác giả gửi không quá 03 tác phẩm.", "p"),
    ("III. CƠ CẤU GIẢI THƯỞNG", "h"),
    ("01 giải A, 02 giải B, 03 giải C và 05 giải khuyến khích; mức thưởng theo Thể lệ do Ban Tổ chức giải ban hành.",
     "p"),
    ("IV. CÁC MỐC THỜI GIAN", "h"),
]

COLUMNS = ["Thời gian", "Nội dung công việc", "Bộ phận thực hiện"]
WIDTHS = [Cm(3.4), Cm(8.6), Cm(4.0)]
ROWS = [
    ("Tháng 5/2026", "Ban hành Thể lệ giải; đăng tải Thể lệ trên trang thông tin điện tử của Hội và đề nghị các cơ quan "
     "báo chí địa phương đăng lại", "Văn phòng Hội"),
    ("Từ 01/6 đến 15/9/2026", "Nhận tác phẩm dự giải (trực tiếp hoặc qua bưu điện), vào sổ, mã hóa tên tác giả",
     "Văn phòng Hội"),
    ("Nửa cuối tháng 9/2026", "Chấm vòng sơ khảo, chọn không quá 30 tác phẩm vào vòng chung khảo", "Hội đồng sơ khảo"),
    ("Tháng 10/2026", "Chấm vòng chung khảo, đề xuất cơ cấu giải trình Ban Thường vụ", "Hội đồng chung khảo"),
    ("Trung tuần tháng 11/2026", "Tổng kết, trao giải kết hợp hội nghị biểu dương hợp tác xã tiêu biểu",
     "Ban Tổ chức giải; Liên minh HTX tỉnh"),
]

AFTER_TABLE = [
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Thường trực Hội trình Ban Thường vụ quyết định thành lập Ban Tổ chức giải, Hội đồng sơ khảo và Hội đồng chung "
     "khảo trước ngày 25/5/2026.", "p"),
    ("2. Đề nghị Liên minh HTX tỉnh giới thiệu các hợp tác xã, tổ hợp tác có cách làm hay để hội viên đi thực tế; cùng "
     "Hội bố trí kinh phí giải thưởng theo Chương trình phối hợp, xong trong tháng 6.", "p"),
    ("3. Các chi hội nhà báo trực thuộc vận động hội viên tham gia, mỗi chi hội có ít nhất 05 tác phẩm dự giải, gửi về "
     "Văn phòng Hội đúng hạn nhận tác phẩm.", "p"),
    ("4. Ban Kiểm tra Hội thẩm tra tính hợp lệ, quyền tác giả của các tác phẩm được đề nghị trao giải, xong trước khi "
     "công bố kết quả.", "p"),
    ("5. Báo và Phát thanh, Truyền hình Lạng Sơn mở chuyên mục “Kinh tế tập thể - Sức sống mới” để đăng, phát tác phẩm "
     "dự giải, duy trì trong suốt thời gian diễn ra Giải.", "p"),
    ("Trong quá trình thực hiện có gì chưa rõ, liên hệ Văn phòng Hội (đồng chí Chánh Văn phòng, điện thoại 0205 "
     "3871 246) để được giải đáp./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["HỘI NHÀ BÁO VIỆT NAM", "HỘI NHÀ BÁO TỈNH LẠNG SƠN", "***"], bold=(1,))
    cell_lines(head.cell(0, 1), MOTTO, bold=(0, 1))
    cell_lines(head.cell(1, 0), ["Số: 24/KH-HNB"])
    cell_lines(head.cell(1, 1), ["Lạng Sơn, ngày 06 tháng 5 năm 2026"], italic=(0,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Giải báo chí về kinh tế tập thể, hợp tác xã tỉnh Lạng Sơn lần thứ nhất, năm 2026", bold=True,
         center=True)
    para(doc, "-----", center=True)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i != 1)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Thường trực Hội NBVN (để b/c);", "- Ban TG&DV Tỉnh ủy (để b/c);",
                          "- LMHTX tỉnh (phối hợp);", "- Các chi hội trực thuộc;", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "", "", "", "Nông Thị Phương Liên"])
    return saved(doc, author="Văn phòng Hội Nhà báo", editor="Văn phòng Hội Nhà báo tỉnh Lạng Sơn",
                 title="Kế hoạch 24/KH-HNB", created=datetime(2026, 4, 28, 8, 20, 0),
                 modified=datetime(2026, 5, 6, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
