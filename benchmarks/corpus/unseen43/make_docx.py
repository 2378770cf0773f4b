"""Write a_bac-ninh_86-KH-TTDVVL-2026_trung-tam-viec-lam-phien-giao-dich-htx.docx, the forty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen43/make_docx.py [OUT]

A provincial job centre's plan for job-fair sessions that bring workers to cooperatives (July 2026): a two-line
letterhead (the Sở Nội vụ over the centre), I. purposes, II. a bordered table of the four sessions (number, date,
place, expected cooperatives and firms — a timetable, no bodies), III. the centre's own rooms and branch as numbered
headings ending in a colon over lettered points or a single paragraph, IV. numbered requests to bodies outside; the
closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no
Word numbering).

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
OUT = HERE / "a_bac-ninh_86-KH-TTDVVL-2026_trung-tam-viec-lam-phien-giao-dich-htx.docx"

OPENING = ("Thực hiện Kế hoạch số 2194/KH-SNV ngày 03/7/2026 của Sở Nội vụ về hỗ trợ giải quyết việc làm, phát triển "
           "thị trường lao động năm 2026; qua khảo sát, trên địa bàn tỉnh có 63 hợp tác xã, tổ hợp tác cần tuyển "
           "khoảng 1.150 lao động (may mặc, chế biến nông sản, dịch vụ nông nghiệp, vận tải), trong khi nhiều lao "
           "động nông thôn chưa biết đến nhu cầu này. Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh (sau đây gọi là Trung "
           "tâm) xây dựng Kế hoạch tổ chức phiên giao dịch việc làm chuyên đề cho hợp tác xã, tổ hợp tác như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Kết nối trực tiếp người lao động với hợp tác xã, tổ hợp tác đang cần người; phấn đấu qua các phiên có ít "
     "nhất 450 lao động được phỏng vấn, 250 lao động được tuyển dụng.", "p"),
    ("- Các phiên tổ chức gọn, tiết kiệm, gần nơi người lao động sinh sống; thông tin tuyển dụng công khai, chính "
     "xác, không thu phí của người lao động.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC", "h"),
    ("Trung tâm tổ chức 04 phiên giao dịch việc làm chuyên đề, mỗi phiên một buổi sáng, theo lịch dự kiến sau:", "p"),
]

COLUMNS = ["Phiên", "Ngày tổ chức", "Địa điểm", "HTX, THT, doanh nghiệp dự kiến tham gia"]
WIDTHS = [Cm(1.6), Cm(3.0), Cm(6.4), Cm(5.0)]
ROWS = [
    ("Phiên 1", "Thứ Năm, 20/8/2026", "Sàn giao dịch việc làm của Trung tâm, phường Kinh Bắc",
     "15 HTX, THT và 05 doanh nghiệp"),
    ("Phiên 2", "Thứ Năm, 17/9/2026", "Nhà văn hóa xã Lục Nam", "12 HTX, THT nông nghiệp, chế biến vải thiều"),
    ("Phiên 3", "Thứ Năm, 15/10/2026", "Hội trường Ủy ban nhân dân xã Tân Yên", "10 HTX, THT may, mây tre đan"),
    ("Phiên 4", "Thứ Năm, 19/11/2026", "Sàn giao dịch việc làm của Trung tâm, phường Kinh Bắc",
     "Các HTX, THT chưa tuyển đủ lao động ở 03 phiên trước"),
]

AFTER_TABLE = [
    ("III. NHIỆM VỤ CỦA CÁC PHÒNG, CHI NHÁNH", "h"),
    ("1. Phòng Tư vấn, giới thiệu việc làm:", "p"),
    ("a) Chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh Bắc Ninh lập danh sách hợp tác xã, tổ hợp tác có nhu cầu "
     "tuyển lao động, gửi thư mời tham gia các phiên; xong trước ngày 10/8/2026.", "p"),
    ("b) Bố trí bàn tuyển dụng cho từng hợp tác xã, tổ hợp tác; cử viên chức tư vấn nghề, hướng dẫn người lao động "
     "điền phiếu đăng ký tại các phiên trong các tháng 8, 9, 10 và 11/2026.", "p"),
    ("2. Phòng Thông tin thị trường lao động:", "p"),
    ("a) Đăng tải nhu cầu tuyển dụng của hợp tác xã, tổ hợp tác lên Cổng thông tin việc làm tỉnh và sàn giao dịch "
     "việc làm trực tuyến, chậm nhất 07 ngày trước mỗi phiên.", "p"),
    ("b) Sau mỗi phiên tổng hợp số lao động được phỏng vấn, được tuyển; tổng hợp kết quả cả đợt báo cáo Giám đốc "
     "Trung tâm trước ngày 04/12/2026.", "p"),
    ("3. Phòng Bảo hiểm thất nghiệp:", "p"),
    ("Giới thiệu người đang hưởng trợ cấp thất nghiệp có nghề phù hợp đến các phiên; tư vấn học nghề miễn phí cho "
     "người chưa tìm được việc ở hợp tác xã. Thực hiện thường xuyên trong thời gian tổ chức các phiên.", "p"),
    ("4. Chi nhánh Trung tâm tại khu vực Bắc Giang:", "p"),
    ("Phối hợp với Ủy ban nhân dân xã Lục Nam, Ủy ban nhân dân xã Tân Yên chuẩn bị hội trường, loa máy, bàn ghế cho "
     "Phiên 2 và Phiên 3; hoàn thành trước ngày 10/9/2026.", "p"),
    ("5. Phòng Hành chính - Tổng hợp:", "p"),
    ("Lập dự toán kinh phí tổ chức 04 phiên từ nguồn kinh phí sự nghiệp năm 2026 của Trung tâm, trình Giám đốc phê "
     "duyệt trong tháng 7/2026.", "p"),
    ("IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐƠN VỊ PHỐI HỢP", "h"),
    ("1. Đề nghị Liên minh Hợp tác xã tỉnh Bắc Ninh vận động hợp tác xã thành viên đăng ký nhu cầu tuyển dụng, gửi "
     "về Trung tâm trước ngày 05/8/2026.", "p"),
    ("2. Đề nghị Ủy ban nhân dân các xã, phường thông báo lịch các phiên trên hệ thống truyền thanh cơ sở và qua "
     "trưởng thôn, tổ dân phố để người lao động biết, tham gia.", "p"),
    ("3. Đề nghị Báo và Phát thanh, Truyền hình Bắc Ninh đưa tin về các phiên và gương hợp tác xã tạo việc làm tốt "
     "cho lao động địa phương trong tháng 8 - 9/2026.", "p"),
    ("Trên đây là Kế hoạch tổ chức phiên giao dịch việc làm chuyên đề cho hợp tác xã, tổ hợp tác 6 tháng cuối năm "
     "2026 của Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NỘI VỤ TỈNH BẮC NINH", "TRUNG TÂM DỊCH VỤ VIỆC LÀM"], "Số: 86/KH-TTDVVL",
                 "Bắc Ninh, ngày 22 tháng 7 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức phiên giao dịch việc làm chuyên đề cho hợp tác xã, tổ hợp tác", bold=True, center=True)
    para(doc, "6 tháng cuối năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value], center=i < 2)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã, phường;",
                          "- Các phòng, chi nhánh thuộc Trung tâm;", "- Lưu: VT, TVGTVL."],
                    ["GIÁM ĐỐC", "", "", "", "", "Dương Văn Khải"])
    return saved(doc, author="Phòng Tư vấn, giới thiệu việc làm", editor="Văn thư Trung tâm DVVL",
                 title="Kế hoạch 86/KH-TTDVVL", created=datetime(2026, 7, 17, 15, 5, 0),
                 modified=datetime(2026, 7, 22, 8, 50, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
