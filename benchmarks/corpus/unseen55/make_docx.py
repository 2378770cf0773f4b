"""Write a_ca-mau_112-KH-TCT-2026_truong-chinh-tri-lop-quan-tri-htx-lich-hoc.docx, the fifty-fifth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen55/make_docx.py [OUT]

A provincial political school's plan for a course for cooperative managers (September 2026, after Cà Mau and Bạc
Liêu were merged): the Party's header (the Tỉnh ủy over the school, "*", "Số 112-KH/TCT" without a colon | "ĐẢNG
CỘNG SẢN VIỆT NAM" and the place and date) as a borderless table; I. purposes, II. who, how many, when and where,
III. the first class's timetable as a bordered table Ngày | Buổi | Nội dung | Giảng viên, báo cáo viên (a schedule of
lectures, not of work given), IV. the work of the school's units and of the bodies it asks, as numbered paragraphs
and "-" lines; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
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
from docx_parts import cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ca-mau_112-KH-TCT-2026_truong-chinh-tri-lop-quan-tri-htx-lich-hoc.docx"

OPENING = ("Thực hiện Chương trình phối hợp giữa Trường Chính trị tỉnh và Liên minh Hợp tác xã tỉnh về bồi dưỡng "
           "nguồn nhân lực cho khu vực kinh tế tập thể giai đoạn 2026 - 2027; căn cứ chương trình bồi dưỡng đã được "
           "Ban Giám hiệu thông qua tại cuộc họp ngày 28/8/2026, Trường Chính trị tỉnh xây dựng Kế hoạch mở lớp như "
           "sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Trang bị cho người quản lý hợp tác xã, tổ hợp tác kiến thức về chủ trương của Đảng, Luật Hợp tác xã năm 2023, "
     "quản trị tài chính và xây dựng phương án kinh doanh sát với thực tế vùng ven biển của tỉnh.", "p"),
    ("- Lớp học được tổ chức chu đáo, tiết kiệm; học viên học tập nghiêm túc, có bài thu hoạch gắn với đơn vị mình.", "p"),
    ("II. ĐỐI TƯỢNG, SỐ LƯỢNG, THỜI GIAN, ĐỊA ĐIỂM", "h"),
    ("1. Đối tượng: Giám đốc, Phó Giám đốc, thành viên Hội đồng quản trị, kế toán hợp tác xã; tổ trưởng tổ hợp tác, "
     "ưu tiên các đơn vị nuôi tôm, làm muối, khai thác và chế biến thủy sản.", "p"),
    ("2. Số lượng: 70 học viên, chia làm 02 lớp.", "p"),
    ("3. Thời gian: mỗi lớp 10 ngày; lớp thứ nhất từ ngày 05/10 đến ngày 16/10/2026, lớp thứ hai từ ngày 02/11 đến "
     "ngày 13/11/2026.", "p"),
    ("4. Địa điểm: lớp thứ nhất học tại Cơ sở 1 (phường An Xuyên), lớp thứ hai tại Cơ sở 2 (phường Bạc Liêu) của "
     "Trường.", "p"),
    ("III. NỘI DUNG CHƯƠNG TRÌNH VÀ LỊCH HỌC", "h"),
    ("Chương trình gồm 06 chuyên đề và 01 đợt nghiên cứu thực tế. Lịch học của lớp thứ nhất như sau (lớp thứ hai "
     "học theo lịch tương tự, Phòng Đào tạo thông báo sau):", "p"),
]

COLUMNS = ["Ngày", "Buổi", "Nội dung", "Giảng viên, báo cáo viên"]
WIDTHS = [Cm(2.4), Cm(1.8), Cm(7.4), Cm(4.4)]
ROWS = [
    ("05/10 (thứ Hai)", "Sáng", "Khai giảng lớp. Chuyên đề 1: Quan điểm của Đảng về phát triển kinh tế tập thể "
                                "trong tình hình mới", "Khoa Xây dựng Đảng"),
    ("05/10 - 06/10", "", "Chuyên đề 2: Luật Hợp tác xã năm 2023; các nghị định, thông tư hướng dẫn",
     "ThS. Lâm Thị Diễm Kiều, Khoa Nhà nước và pháp luật"),
    ("07/10 - 08/10", "Cả ngày", "Chuyên đề 3: Quản trị tài chính, kế toán và hóa đơn điện tử trong hợp tác xã",
     "Báo cáo viên Liên minh Hợp tác xã tỉnh"),
    ("09/10", "Sáng", "Chuyên đề 4: Xây dựng phương án sản xuất, kinh doanh; liên kết theo chuỗi giá trị tôm - lúa",
     "Khoa Lý luận cơ sở"),
    ("09/10", "Chiều", "Chuyên đề 5: Chuyển đổi số, bán hàng trên sàn thương mại điện tử",
     "Báo cáo viên Sở Công Thương"),
    ("12/10 - 14/10", "", "Chuyên đề 6 và nghiên cứu thực tế tại 02 hợp tác xã điển hình của tỉnh",
     "Phòng Đào tạo, Liên minh Hợp tác xã tỉnh"),
    ("16/10 (thứ Sáu)", "Chiều", "Viết bài thu hoạch, bế giảng lớp", "Ban Giám hiệu"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý đào tạo và Nghiên cứu khoa học (gọi tắt là Phòng Đào tạo)", "p"),
    ("- Chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh chiêu sinh, tổng hợp danh sách học viên của hai lớp, trình "
     "Hiệu trưởng duyệt chậm nhất 10 ngày trước ngày khai giảng.", "p"),
    ("- Bố trí giảng viên theo lịch học; theo dõi chuyên cần, tổ chức viết và chấm bài thu hoạch trong thời gian mở "
     "lớp (tháng 10 và tháng 11/2026).", "p"),
    ("- Cấp giấy chứng nhận cho học viên hoàn thành chương trình, xong trong 15 ngày sau khi bế giảng lớp thứ hai.",
     "p"),
    ("2. Phòng Tổ chức - Hành chính bảo đảm hội trường, nơi ở nội trú và xe đưa đón học viên đi nghiên cứu thực tế; "
     "phối hợp Phòng Đào tạo lập dự toán kinh phí hai lớp, hoàn thành trước 30/9/2026.", "p"),
    ("3. Các khoa chuyên môn (Khoa Xây dựng Đảng, Khoa Lý luận cơ sở, Khoa Nhà nước và pháp luật) cử giảng viên, "
     "chuẩn bị đề cương bài giảng có ví dụ về hợp tác xã của tỉnh, nộp về Phòng Đào tạo trước ngày 28/9/2026.", "p"),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh:", "p"),
    ("- Cử báo cáo viên chuyên đề 3, chọn 02 hợp tác xã làm điểm nghiên cứu thực tế và thống nhất với nhà trường "
     "trước ngày 30/9/2026.", "p"),
    ("- Hỗ trợ tiền ăn, tài liệu cho học viên từ nguồn kinh phí đào tạo năm 2026 của Liên minh.", "p"),
    ("5. Đề nghị UBND các xã, phường (Phòng Kinh tế) thông báo đến các hợp tác xã, tổ hợp tác trên địa bàn, cử người "
     "đi học đúng đối tượng; gửi danh sách về Phòng Đào tạo trước ngày 22/9/2026.", "p"),
    ("6. Phòng Đào tạo tổng hợp kết quả hai lớp, báo cáo Thường trực Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) và Liên minh "
     "Hợp tác xã tỉnh trước ngày 15/12/2026.", "p"),
    ("Trên đây là Kế hoạch mở lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý hợp tác xã, tổ hợp tác năm 2026 "
     "của Trường Chính trị tỉnh./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    head = doc.add_table(rows=1, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["TỈNH ỦY CÀ MAU", "TRƯỜNG CHÍNH TRỊ TỈNH", "*", "Số 112-KH/TCT"], bold=(1,))
    cell_lines(head.cell(0, 1), ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Cà Mau, ngày 08 tháng 9 năm 2026"], bold=(0,),
               italic=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "mở lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý", bold=True, center=True)
    para(doc, "hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    para(doc, "-----", center=True)
    para(doc, OPENING)
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
                cell_lines(cell, [value], center=i in (0, 1))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Ban Tổ chức Tỉnh ủy,",
                          "- Liên minh HTX tỉnh,", "- UBND các xã, phường,", "- Ban Giám hiệu,",
                          "- Các khoa, phòng,", "- Lưu VT, P.ĐT."],
                    ["K/T HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "Trần Minh Khải"])
    return saved(doc, author="Phòng Quản lý đào tạo", editor="Văn thư Trường Chính trị",
                 title="Kế hoạch 112-KH/TCT", created=datetime(2026, 9, 3, 7, 45, 0),
                 modified=datetime(2026, 9, 8, 10, 12, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
