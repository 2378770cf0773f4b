"""Write c_dong-nai_18-KH-LMHTX-2026_nhiem-vu-lien-minh.docx, the fourth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen4/make_docx.py [OUT]

The provincial Liên minh Hợp tác xã's own plan for the year (January 2026, after the provinces merged: Đồng Nai
with the former Bình Phước), as its office types it in its letterhead template: the issuer's name and the motto
in the page header of the first page (a borderless table in the section's first-page header, not in the body),
the number and the place and date on one body line split by a right-aligned tab stop, the tasks in one bordered
table per unit under a numbered bold heading naming the unit (TT | Nội dung công việc | Thời gian hoàn thành |
Đơn vị phối hợp | Lãnh đạo phụ trách), a row merged across the table for "Nhiệm vụ thường xuyên", a cell of two
paragraphs, and the signature in a borderless table beside "Nơi nhận".

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import cell_lines, new_document, para, set_borders, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "c_dong-nai_18-KH-LMHTX-2026_nhiem-vu-lien-minh.docx"


# (unit heading, rows); a row is (TT, task, deadline, cooperating — a list of paragraphs —, leader), or a str:
# a row merged across the table.
UNITS = [
    ("1. Văn phòng Liên minh", [
        ("1", "Tham mưu tổ chức Hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 của Liên minh "
              "Hợp tác xã tỉnh", "Tháng 02/2026", ["Các ban, đơn vị thuộc Liên minh"], "Đ/c Chủ tịch"),
        ("2", "Xây dựng Quy chế làm việc của Ban Chấp hành, Ban Thường vụ Liên minh Hợp tác xã tỉnh nhiệm kỳ "
              "2025 - 2030 sau hợp nhất", "Quý I/2026", ["Ban Kiểm tra - Chính sách"], "Đ/c Chủ tịch"),
        "Nhiệm vụ thường xuyên",
        ("3", "Tổng hợp, báo cáo Liên minh Hợp tác xã Việt Nam và Ủy ban nhân dân tỉnh tình hình hoạt động "
              "của Liên minh", "Hằng quý", [""], "Đ/c Phó Chủ tịch Lê Thị Hoa"),
    ]),
    ("2. Ban Kiểm tra - Chính sách", [
        ("1", "Rà soát, đề xuất sửa đổi chính sách hỗ trợ hợp tác xã của hai tỉnh Đồng Nai và Bình Phước "
              "(trước hợp nhất) để áp dụng thống nhất", "Trước 30/6/2026", ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"],
         "Đ/c Phó Chủ tịch Lê Thị Hoa"),
        ("2", "Kiểm tra việc thực hiện Điều lệ Liên minh đối với 30 thành viên", "Quý III/2026", [""],
         "Đ/c Phó Chủ tịch Lê Thị Hoa"),
    ]),
    ("3. Ban Tuyên truyền - Phát triển thành viên", [
        ("1", "Vận động thành lập mới 120 hợp tác xã, 10 liên hiệp hợp tác xã; kết nạp 80 thành viên mới của "
              "Liên minh", "Năm 2026", ["Ủy ban nhân dân các xã, phường"], "Đ/c Phó Chủ tịch Đỗ Văn Thành"),
        ("2", "Phối hợp với Báo và Phát thanh, Truyền hình Đồng Nai thực hiện chuyên mục \"Kinh tế tập thể\" "
              "mỗi tháng 01 kỳ", "Hằng tháng", ["Báo và Phát thanh, Truyền hình Đồng Nai"],
         "Đ/c Phó Chủ tịch Đỗ Văn Thành"),
        ("3", "Tổ chức bình chọn, tôn vinh 20 hợp tác xã tiêu biểu nhân Ngày Hợp tác xã Việt Nam 11/4",
         "Tháng 4/2026", ["Văn phòng Liên minh"], "Đ/c Chủ tịch"),
    ]),
    ("4. Trung tâm Tư vấn và Hỗ trợ hợp tác xã", [
        ("1", "Tư vấn xây dựng phương án sản xuất, kinh doanh và hồ sơ vay vốn cho 50 hợp tác xã", "Năm 2026",
         ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"], "Đ/c Phó Chủ tịch Đỗ Văn Thành"),
        ("2", "Hỗ trợ 40 hợp tác xã ứng dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương "
              "mại điện tử", "Quý II - Quý IV/2026", ["Sở Khoa học và Công nghệ", "Viettel Đồng Nai"],
         "Đ/c Phó Chủ tịch Đỗ Văn Thành"),
        ("3", "Tổ chức 06 lớp bồi dưỡng quản trị hợp tác xã cho cán bộ quản lý hợp tác xã khu vực phía Bắc "
              "của tỉnh (các xã thuộc tỉnh Bình Phước trước hợp nhất)", "Quý II/2026, Quý III/2026",
         ["Trường Cao đẳng Kỹ thuật Đồng Nai"], "Đ/c Phó Chủ tịch Đỗ Văn Thành"),
    ]),
    ("5. Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", [
        ("1", "Giải ngân vốn cho vay hợp tác xã đạt tối thiểu 45 tỷ đồng, ưu tiên dự án ứng dụng công nghệ cao, "
              "chuyển đổi số", "Trước 30/11/2026", [""], "Đ/c Chủ tịch"),
        ("2", "Hoàn thiện Quy chế cho vay của Quỹ sau hợp nhất, trình Hội đồng quản lý Quỹ phê duyệt",
         "Tháng 3/2026", ["Ban Kiểm tra - Chính sách"], "Đ/c Chủ tịch"),
    ]),
]


def build() -> bytes:
    doc = new_document(13, top_bottom_margins=False)
    section = doc.sections[0]
    section.different_first_page_header_footer = True

    letterhead = section.first_page_header.add_table(rows=1, cols=2, width=Cm(16))
    set_borders(letterhead, "nil")
    cell_lines(letterhead.cell(0, 0), ["LIÊN MINH HTX VIỆT NAM", "LIÊN MINH HỢP TÁC XÃ", "TỈNH ĐỒNG NAI"],
               bold=(1, 2), italic=None)
    cell_lines(letterhead.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
               bold=(0, 1), italic=None)
    section.first_page_header.paragraphs[0].text = ""

    line = doc.add_paragraph()
    line.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    line.add_run("Số: 18/KH-LMHTX\t")
    line.add_run("Đồng Nai, ngày 15 tháng 01 năm 2026").italic = True

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện nhiệm vụ trọng tâm năm 2026 của Liên minh Hợp tác xã tỉnh Đồng Nai", bold=True, center=True)
    para(doc, "Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam; Nghị quyết Đại hội đại biểu Liên minh Hợp tác xã tỉnh "
         "Đồng Nai lần thứ nhất sau hợp nhất, nhiệm kỳ 2025 - 2030; Kế hoạch số 12/KH-UBND ngày 08/01/2026 của "
         "Ủy ban nhân dân tỉnh về phát triển kinh tế tập thể năm 2026, Ban Thường vụ Liên minh Hợp tác xã tỉnh "
         "ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2026 như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Thống nhất tổ chức, hoạt động của Liên minh Hợp tác xã tỉnh sau hợp nhất; nâng cao chất lượng tư vấn, "
         "hỗ trợ thành viên; phân công rõ đơn vị thực hiện, thời gian hoàn thành và lãnh đạo phụ trách từng "
         "nhiệm vụ.")
    para(doc, "II. CHỈ TIÊU CHỦ YẾU", bold=True)
    para(doc, "Thành lập mới 120 hợp tác xã; 100% hợp tác xã thành viên được phổ biến Luật Hợp tác xã năm 2023; dư nợ "
         "cho vay của Quỹ Hỗ trợ phát triển hợp tác xã tỉnh tăng 15% so với năm 2025.")
    para(doc, "III. NHIỆM VỤ CỤ THỂ CỦA CÁC BAN, ĐƠN VỊ", bold=True)

    for heading, rows in UNITS:
        para(doc, heading, bold=True)
        table = doc.add_table(rows=1 + len(rows), cols=5)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, title in enumerate(["TT", "Nội dung công việc", "Thời gian hoàn thành", "Đơn vị phối hợp",
                                   "Lãnh đạo phụ trách"]):
            table.cell(0, i).paragraphs[0].add_run(title).bold = True
        for r, row in enumerate(rows, start=1):
            if isinstance(row, str):
                merged = table.cell(r, 0).merge(table.cell(r, 4))
                run = merged.paragraphs[0].add_run(row)
                run.bold = run.italic = True
                continue
            tt, task, when, coop, leader = row
            table.cell(r, 0).paragraphs[0].add_run(tt)
            table.cell(r, 1).paragraphs[0].add_run(task)
            table.cell(r, 2).paragraphs[0].add_run(when)
            for k, name in enumerate(coop):
                p = table.cell(r, 3).paragraphs[0] if k == 0 else table.cell(r, 3).add_paragraph()
                if name:
                    p.add_run(name)
            table.cell(r, 4).paragraphs[0].add_run(leader)
        para(doc)

    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc,
         "1. Trưởng các ban, Giám đốc Trung tâm Tư vấn và Hỗ trợ hợp tác xã, Giám đốc Quỹ Hỗ trợ phát triển hợp tác "
         "xã tỉnh xây dựng kế hoạch chi tiết của đơn vị, gửi Văn phòng Liên minh trước ngày 31/01/2026.")
    para(doc, "2. Văn phòng Liên minh theo dõi, đôn đốc; tổng hợp, báo cáo Ban Thường vụ kết quả thực hiện Kế hoạch "
         "trước ngày 05/12/2026.")
    para(doc, "Trong quá trình thực hiện, nếu có vướng mắc, các ban, đơn vị báo cáo Ban Thường vụ (qua Văn phòng) để "
         "xem xét, điều chỉnh./.")

    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    left = sign.cell(0, 0)
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line_text in ["- Liên minh HTX Việt Nam (b/c);", "- UBND tỉnh (b/c);", "- Thường trực Liên minh;",
                      "- Các ban, đơn vị thuộc Liên minh;", "- Lưu: VT."]:
        left.add_paragraph(line_text)
    cell_lines(sign.cell(0, 1), ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Phạm Quốc Hưng"], bold=(0, 1, 5),
               italic=None)

    return saved(doc, author="Văn phòng Liên minh HTX tỉnh", editor="Văn phòng Liên minh HTX tỉnh",
                 title="Kế hoạch 18/KH-LMHTX",
                 created=datetime(2026, 1, 12, 8, 0, 0), modified=datetime(2026, 1, 15, 10, 0, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
