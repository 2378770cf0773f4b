"""Write a_ninh-binh_27-2026-KH-HTCCN_di-doi-xuong-go-htx-vao-cum-cong-nghiep.docx, the hundred-and-seventy-fifth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen175/make_docx.py [OUT]

The company that built and runs a craft-village industrial cluster's infrastructure (September 2026) moving the
wood workshops of six cooperatives and cooperative groups out of the village houses into the cluster's lots: I.
targets ("-" lines), II. a facts table of the units moving (products, lot, area, workers: no work), III. a note on
how to read the schedule, then ONE bordered table PASTED FROM PROJECT-MANAGEMENT SOFTWARE (MS Project's entry table):
ID | Tên công việc | Thời lượng | Bắt đầu | Kết thúc | Việc trước | Nguồn lực — bold SUMMARY rows with their summed
duration and no resource, indented sub-tasks, durations in working "days", dates as the software prints them
("Mon 05/10/26": an English weekday, day/month/two-digit year), predecessors by ID with link types ("3", "3SS+5 days",
"8FF", "9SS", "9;10"), a MILESTONE of "0 days" with no resource, resources joined by ";" (one with its units "[50%]"),
the first leading (the note says so); IV. two requests; the closing sentence; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ninh-binh_27-2026-KH-HTCCN_di-doi-xuong-go-htx-vao-cum-cong-nghiep.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Thực hiện chủ trương của tỉnh về đưa các cơ sở sản xuất gây tiếng ồn, bụi và mùi sơn ra khỏi khu dân cư, và "
     "Biên bản thỏa thuận ngày 28/8/2026 giữa Công ty với 06 hợp tác xã, tổ hợp tác làm đồ gỗ của làng nghề La Xuyên "
     "(xã Yên Đồng), Công ty lập Kế hoạch di dời đợt 1 với các nội dung sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Trước Tết Nguyên đán Đinh Mùi, 06 hợp tác xã, tổ hợp tác đưa toàn bộ khâu xẻ, đục, chà nhám, phun sơn từ nhà "
     "ở ra các lô B1 - B6 của Cụm; trong khu dân cư chỉ còn cửa hàng trưng bày sản phẩm.", "p"),
    ("- Nước thải buồng sơn và bụi gỗ của các xưởng mới được thu gom về trạm xử lý tập trung của Cụm; không để xảy ra "
     "cháy, nổ trong thời gian di dời.", "p"),
    ("II. CÁC ĐƠN VỊ DI DỜI ĐỢT 1", "h"),
]

UNITS_HEAD = ["Đơn vị", "Sản phẩm chính", "Lô", "Diện tích (m²)", "Lao động"]
UNITS_WIDTHS = [Cm(5.4), Cm(4.4), Cm(1.4), Cm(2.4), Cm(2.0)]
UNITS = [
    ("HTX Gỗ mỹ nghệ Xuyên Hòa", "tượng, tranh gỗ chạm", "B1", "2.400", "38"),
    ("HTX Đồ gỗ Ninh Xá", "bàn ghế, tủ thờ", "B2", "3.100", "52"),
    ("HTX Mộc dân dụng Yên Lợi", "cửa, giường, tủ", "B3", "1.800", "27"),
    ("HTX Sơn mài Trung Khê", "hộp, tranh sơn mài", "B4", "1.200", "19"),
    ("THT tiện gỗ thôn Hồ Sen", "con tiện, chân bàn", "B5", "900", "14"),
    ("THT chạm khắc thôn Vân Cầu", "hoành phi, câu đối", "B6", "1.000", "16"),
    ("Cộng", "", "", "10.400", "166"),
]

BEFORE_SCHEDULE = [
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
    ("Bảng dưới đây được xuất từ tệp tiến độ của Công ty lập trên phần mềm quản lý dự án, giữ nguyên cách ghi của phần "
     "mềm: ngày ghi theo thứ và ngày/tháng/năm, năm hai chữ số (\u201cMon 05/10/26\u201d là thứ Hai, ngày 05/10/2026); "
     "thời lượng tính bằng ngày làm việc (days); cột \u201cViệc trước\u201d ghi ID của việc phải xong trước (FS), bắt đầu "
     "cùng (SS) hoặc kết thúc cùng (FF). Cột \u201cNguồn lực\u201d: đơn vị ghi đầu tiên chủ trì, các đơn vị ghi sau phối "
     "hợp. Dòng in đậm là nhóm việc.", "p"),
]

SCHEDULE_HEAD = ["ID", "Tên công việc", "Thời lượng", "Bắt đầu", "Kết thúc", "Việc trước", "Nguồn lực"]
SCHEDULE_WIDTHS = [Cm(0.9), Cm(5.6), Cm(1.6), Cm(2.1), Cm(2.1), Cm(1.6), Cm(3.2)]
# (level, ID, name, duration, start, finish, predecessors, resources): level 0 and 1 summary rows are bold, level 2
# rows are the sub-tasks, indented as the software indents them
SCHEDULE = [
    (0, "1", "Di dời xưởng đồ gỗ của HTX, THT vào CCN Yên Xuyên - đợt 1", "81 days", "Mon 05/10/26", "Tue 26/01/27",
     "", ""),
    (1, "2", "Chuẩn bị mặt bằng, hồ sơ", "25 days", "Mon 05/10/26", "Fri 06/11/26", "", ""),
    (2, "3", "Ký hợp đồng thuê lại đất đã có hạ tầng các lô B1 - B6 với từng HTX, THT", "10 days", "Mon 05/10/26",
     "Fri 16/10/26", "", "Phòng Kinh doanh;Phòng Tài chính - Kế toán"),
    (2, "4", "Bàn giao mốc giới, cao độ nền từng lô tại hiện trường, lập biên bản bàn giao", "3 days", "Mon 19/10/26",
     "Wed 21/10/26", "3", "Phòng Kỹ thuật - Hạ tầng;UBND xã Yên Đồng"),
    (2, "5", "Thẩm tra hồ sơ thiết kế nhà xưởng, kho gỗ, buồng phun sơn của các HTX theo quy chế quản lý Cụm",
     "12 days", "Thu 22/10/26", "Fri 06/11/26", "4", "Phòng Kỹ thuật - Hạ tầng"),
    (2, "6", "Hướng dẫn các HTX làm hồ sơ vay Quỹ hỗ trợ phát triển HTX tỉnh để xây xưởng", "15 days",
     "Mon 12/10/26", "Fri 30/10/26", "3SS+5 days", "Phòng Tài chính - Kế toán;Liên minh HTX tỉnh"),
    (1, "7", "Xây dựng nhà xưởng, đấu nối hạ tầng", "43 days", "Mon 09/11/26", "Thu 07/01/27", "", ""),
    (2, "8", "Giám sát các HTX, THT xây nhà xưởng đúng thiết kế đã thẩm tra, đúng chỉ giới từng lô", "35 days",
     "Mon 09/11/26", "Fri 25/12/26", "5", "Ban Quản lý vận hành Cụm"),
    (2, "9", "Đấu nối nước thải buồng phun sơn, đường ống hút bụi gỗ vào trạm xử lý tập trung của Cụm", "8 days",
     "Wed 16/12/26", "Fri 25/12/26", "8FF", "Phòng Kỹ thuật - Hạ tầng;Các HTX, THT di dời"),
    (2, "10", "Lắp công tơ, kéo điện 3 pha từ trạm biến áp của Cụm đến từng xưởng", "5 days", "Wed 16/12/26",
     "Tue 22/12/26", "9SS", "Phòng Kỹ thuật - Hạ tầng;Điện lực Ý Yên"),
    (2, "11", "Kiểm tra điều kiện phòng cháy, chữa cháy của từng xưởng trước khi đưa vào sử dụng", "8 days",
     "Mon 28/12/26", "Thu 07/01/27", "9;10",
     "Ban Quản lý vận hành Cụm;Đội Bảo vệ - PCCC[50%];Công an xã Yên Đồng"),
    (1, "12", "Di chuyển, đưa xưởng vào hoạt động", "13 days", "Fri 08/01/27", "Tue 26/01/27", "", ""),
    (2, "13", "Tập huấn an toàn PCCC, vận hành máy hút bụi, buồng sơn cho người lao động của các HTX, THT", "2 days",
     "Fri 08/01/27", "Mon 11/01/27", "11", "Đội Bảo vệ - PCCC;Các HTX, THT di dời"),
    (2, "14", "Chuyển máy móc, gỗ nguyên liệu và sơn ra xưởng mới; không để tồn gỗ, sơn trong nhà ở", "10 days",
     "Fri 08/01/27", "Thu 21/01/27", "11", "Các HTX, THT di dời;Ban Quản lý vận hành Cụm;UBND xã Yên Đồng"),
    (2, "15", "Các HTX, THT bắt đầu sản xuất tại Cụm", "0 days", "Thu 21/01/27", "Thu 21/01/27", "14", ""),
    (2, "16", "Lập báo cáo kết quả đợt 1 gửi Sở Công Thương, UBND xã Yên Đồng", "3 days", "Fri 22/01/27",
     "Tue 26/01/27", "15", "Phòng Kinh doanh"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Các HTX, THT di dời nộp hồ sơ thiết kế xưởng (bản vẽ mặt bằng, buồng phun sơn, phương án phòng cháy) về Phòng "
     "Kỹ thuật - Hạ tầng chậm nhất ngày 20/10/2026; tự bỏ chi phí xây xưởng theo hợp đồng thuê lại đất.", "p"),
    ("2. Đề nghị UBND xã Yên Đồng vận động các hộ làm gỗ trong làng nghề cùng di dời; không để phát sinh thêm xưởng phun "
     "sơn trong khu dân cư kể từ ngày Kế hoạch này được ban hành.", "p"),
    ("Bộ phận nào vướng mắc thì báo ngay cho Phòng Kinh doanh để tổng hợp, trình Giám đốc Công ty xem xét./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if values[0] == "Cộng" else (), center=i in center_columns)
    return table


def schedule(doc):
    """The schedule as the software pastes it: 10 pt, the header row bold, summary rows bold, sub-task names indented
    by their level, ID and duration right-aligned."""
    table = doc.add_table(rows=1 + len(SCHEDULE), cols=len(SCHEDULE_HEAD))
    set_borders(table, "single")
    rows = [(None, *SCHEDULE_HEAD), *SCHEDULE]
    for n, (row, values) in enumerate(zip(table.rows, rows)):
        level, cells = values[0], values[1:]
        for i, (cell, value) in enumerate(zip(row.cells, cells)):
            cell.width = SCHEDULE_WIDTHS[i]
            p = cell.paragraphs[0]
            if n == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif i in (0, 2):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if n and i == 1 and level:
                p.paragraph_format.left_indent = Cm(0.3 * level)
            if value:
                run = p.add_run(value)
                run.font.size = Pt(10)
                run.bold = n == 0 or level in (0, 1)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN ĐẦU TƯ HẠ TẦNG", "CỤM CÔNG NGHIỆP YÊN XUYÊN"], "Số: 27/2026/KH-HTCCN",
                 "Ninh Bình, ngày 21 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Di dời xưởng sản xuất đồ gỗ của các hợp tác xã, tổ hợp tác làng nghề vào Cụm công nghiệp Yên Xuyên "
              "(đợt 1)", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNITS_HEAD, UNITS_WIDTHS, UNITS, center_columns=(2, 3, 4))
    for text, style in BEFORE_SCHEDULE:
        para(doc, text, bold=style == "h")
    schedule(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Công Thương (b/c);", "- UBND xã Yên Đồng;", "- Liên minh HTX tỉnh;",
                          "- 06 HTX, THT di dời;", "- Các phòng, BQL vận hành Cụm, Đội BV-PCCC;", "- Lưu: VT, KD."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quang Vịnh"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-HTCCN", created=datetime(2026, 9, 16, 9, 10, 0),
                 modified=datetime(2026, 9, 21, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
