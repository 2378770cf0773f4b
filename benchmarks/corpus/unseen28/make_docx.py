"""Write a_thai-nguyen_42-KH-CDKTTC-2026_truong-cao-dang-boi-duong-htx.docx, the twenty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen28/make_docx.py [OUT]

A college's plan (March 2026): the Trường Cao đẳng Kinh tế - Tài chính Thái Nguyên organises, on the order of the
Liên minh Hợp tác xã tỉnh, three training courses for cooperative managers and accountants. I. purposes, II. who is
trained and a bordered table of the three courses (class, learners, number, place, dates: a schedule, not tasks), III.
the modules taught ("-" lines, not tasks), IV. the school's units' work as one bordered table whose columns are in the
order schools print them — TT | Nội dung công việc | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú — the time
BEFORE the bodies, times counted from each course ("Trước khai giảng mỗi lớp 10 ngày", "Sau mỗi lớp"), ranges without a
year ("Từ 23/3 đến 03/4"), a remark column that names no body; V. funding (no task); the signature beside "Nơi nhận".
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
OUT = HERE / "a_thai-nguyen_42-KH-CDKTTC-2026_truong-cao-dang-boi-duong-htx.docx"

OPENING = ("Căn cứ Hợp đồng đặt hàng số 07/2026/HĐ-LMHTX ngày 02/3/2026 giữa Liên minh Hợp tác xã tỉnh Thái Nguyên và "
           "Trường Cao đẳng Kinh tế - Tài chính Thái Nguyên về việc bồi dưỡng nguồn nhân lực cho hợp tác xã năm 2026; "
           "căn cứ nhiệm vụ năm học 2025 - 2026 của Nhà trường, Hiệu trưởng ban hành Kế hoạch tổ chức các lớp bồi "
           "dưỡng như sau:")

# (text, style): "h" a bold heading, "p" a paragraph, "T" the course table, "W" the work table
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Trang bị kiến thức quản trị, kế toán và ứng dụng công nghệ số cho cán bộ quản lý, kế toán các hợp tác xã, "
     "tổ hợp tác trên địa bàn tỉnh, nhất là các hợp tác xã mới thành lập ở vùng Bắc Kạn cũ.", "p"),
    ("2. Tổ chức lớp học đúng chương trình được duyệt, bảo đảm chất lượng giảng dạy; thanh quyết toán kinh phí "
     "đúng quy định của hợp đồng đặt hàng.", "p"),
    ("II. ĐỐI TƯỢNG, QUY MÔ VÀ LỊCH MỞ LỚP", "h"),
    ("Học viên là giám đốc, thành viên hội đồng quản trị, kế toán, kiểm soát viên của hợp tác xã và tổ trưởng tổ "
     "hợp tác do Liên minh Hợp tác xã tỉnh lựa chọn, triệu tập. Tổng số 03 lớp, 150 học viên, cụ thể:", "p"),
    ("", "T"),
    ("III. NỘI DUNG BỒI DƯỠNG", "h"),
    ("- Chuyên đề 1: Luật Hợp tác xã năm 2023, các nghị định, thông tư hướng dẫn; quản trị hợp tác xã (16 tiết).", "p"),
    ("- Chuyên đề 2: Kế toán, thuế và báo cáo tài chính của hợp tác xã (24 tiết, trong đó 8 tiết thực hành trên "
     "phần mềm).", "p"),
    ("- Chuyên đề 3: Chuyển đổi số, bán hàng trên sàn thương mại điện tử và truy xuất nguồn gốc sản phẩm (16 tiết).",
     "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phân công các đơn vị thuộc Trường thực hiện theo bảng dưới đây; đơn vị chủ trì chịu trách nhiệm trước Hiệu "
     "trưởng về tiến độ và chất lượng công việc được giao.", "p"),
    ("", "W"),
    ("V. KINH PHÍ", "h"),
    ("Kinh phí tổ chức các lớp thực hiện theo Hợp đồng đặt hàng số 07/2026/HĐ-LMHTX, tổng dự toán 318.600.000 đồng; "
     "học viên không phải đóng học phí, được hỗ trợ tiền ăn, đi lại theo định mức của hợp đồng.", "p"),
    ("Đơn vị nào gặp khó khăn khi triển khai thì kịp thời phản ánh về Hiệu trưởng (qua Trung tâm Bồi dưỡng và Hợp "
     "tác doanh nghiệp) để xem xét, điều chỉnh./.", "p"),
]

COURSE_COLUMNS = ["Lớp", "Đối tượng", "Số học viên", "Địa điểm", "Thời gian học"]
COURSE_WIDTHS = [Cm(1.4), Cm(5.6), Cm(2.0), Cm(4.0), Cm(3.0)]
COURSES = [
    ("Lớp 1", "Cán bộ quản lý, kế toán hợp tác xã nông nghiệp", "50", "Cơ sở chính của Trường", "06/4 - 10/4/2026"),
    ("Lớp 2", "Cán bộ hợp tác xã, tổ hợp tác vùng Bắc Kạn cũ", "50", "Hội trường UBND phường Đức Xuân",
     "11/5 - 15/5/2026"),
    ("Lớp 3", "Cán bộ hợp tác xã chè, dịch vụ du lịch", "50", "Hội trường UBND xã Đại Từ", "08/6 - 12/6/2026"),
]

WORK_COLUMNS = ["TT", "Nội dung công việc", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"]
WORK_WIDTHS = [Cm(0.9), Cm(5.4), Cm(2.6), Cm(2.8), Cm(2.8), Cm(1.8)]
WORK = [
    ("1", "Biên soạn, hoàn thiện tài liệu 03 chuyên đề; trình Hội đồng thẩm định chương trình của Trường", "Tháng 3/2026",
     "Khoa Kế toán - Tài chính", "Khoa Quản trị kinh doanh; Phòng Đào tạo", ""),
    ("2", "Mời báo cáo viên của Sở Tài chính, Thuế tỉnh Thái Nguyên; bố trí giảng viên của Trường giảng dạy các "
          "chuyên đề", "Từ 23/3 đến 03/4", "Phòng Đào tạo", "Khoa Kế toán - Tài chính", ""),
    ("3", "Lập danh sách học viên từng lớp, gửi giấy triệu tập đến các hợp tác xã, tổ hợp tác",
     "Trước khai giảng mỗi lớp 10 ngày", "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp",
     "Liên minh Hợp tác xã tỉnh; UBND các xã, phường có học viên", "Theo hợp đồng"),
    ("4", "Chuẩn bị hội trường, phòng máy thực hành, in và cấp phát tài liệu cho học viên", "Trước mỗi lớp 03 ngày",
     "Phòng Hành chính - Tổng hợp", "Phòng Quản trị - Thiết bị", ""),
    ("5", "Tổ chức lớp 1 tại cơ sở chính của Trường; quản lý học viên, điểm danh hằng buổi", "06/4 - 10/4/2026",
     "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp", "Khoa Kế toán - Tài chính", ""),
    ("6", "Tổ chức lớp 2 và lớp 3 lưu động tại phường Đức Xuân, xã Đại Từ; bố trí xe đưa đón giảng viên",
     "Tháng 5 - tháng 6/2026", "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp",
     "UBND phường Đức Xuân; UBND xã Đại Từ; Phòng Hành chính - Tổng hợp", "Lớp lưu động"),
    ("7", "Phát phiếu lấy ý kiến học viên, đánh giá chất lượng giảng dạy và mức độ phù hợp của tài liệu",
     "Sau mỗi lớp", "Phòng Khảo thí và Đảm bảo chất lượng", "", ""),
    ("8", "Cấp giấy chứng nhận hoàn thành khóa bồi dưỡng cho học viên đạt yêu cầu",
     "Trong 10 ngày kể từ ngày bế giảng", "Phòng Đào tạo", "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp", ""),
    ("9", "Đưa tin, hình ảnh các lớp bồi dưỡng lên trang thông tin điện tử và trang mạng xã hội của Trường",
     "Trong thời gian mở lớp", "Phòng Hành chính - Tổng hợp", "", ""),
    ("10", "Thanh toán các khoản chi; lập hồ sơ nghiệm thu, thanh lý hợp đồng đặt hàng với Liên minh Hợp tác xã tỉnh",
     "Trước 15/7/2026", "Phòng Tài chính - Kế toán", "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp", ""),
    ("11", "Tổng hợp kết quả, báo cáo Hiệu trưởng; gửi báo cáo đến Liên minh Hợp tác xã tỉnh và Sở Tài chính",
     "Tháng 7/2026", "Trung tâm Bồi dưỡng và Hợp tác doanh nghiệp", "Phòng Đào tạo", ""),
]


def table(doc, columns, widths, rows, centred):
    out = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(out, "single")
    for row, values in zip(out.rows, [columns, *rows]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if row is out.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in centred)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH THÁI NGUYÊN", "TRƯỜNG CAO ĐẲNG", "KINH TẾ - TÀI CHÍNH"], "Số: 42/KH-CĐKTTC",
                 "Thái Nguyên, ngày 16 tháng 3 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mở lớp bồi dưỡng cho người quản lý và kế toán của hợp tác xã năm 2026", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BODY:
        if style == "T":
            table(doc, COURSE_COLUMNS, COURSE_WIDTHS, COURSES, (0, 2, 4))
        elif style == "W":
            table(doc, WORK_COLUMNS, WORK_WIDTHS, WORK, (0, 2))
        else:
            para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX tỉnh (để p/h);", "- Sở Tài chính (b/c);",
                          "- Ban Giám hiệu;", "- Các phòng, khoa, trung tâm (t/h);", "- Lưu: VT, TTBD."],
                    ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "Đinh Thị Hồng Vân"])
    return saved(doc, author="Trung tâm Bồi dưỡng", editor="Văn thư Trường CĐ KT-TC",
                 title="Kế hoạch 42/KH-CĐKTTC", created=datetime(2026, 3, 10, 14, 5, 0),
                 modified=datetime(2026, 3, 16, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
