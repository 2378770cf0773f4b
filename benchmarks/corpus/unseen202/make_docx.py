"""Write a_dong-thap_52-KH-XLMT-2026_phieu-giao-viec-xu-ly-xoai-xuat-khau.docx, the two-hundred-and-second held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen202/make_docx.py [OUT]

A fruit vapour-heat-treatment (VHT) plant company's plan (September 2026) for treating, packing and exporting the
mangoes of its linked cooperatives and cooperative groups over the off-season crop 2026 - 2027: growing-area codes,
bagging and spray logs, residue samples, the treatment rooms, intake by shift, quarantine, payment. I. targets ("-"
lines), II. a note on how the tickets are read, III. the work as a series of JOB TICKETS ("PHIẾU GIAO VIỆC"): one
small bordered two-column form table per task, its first row the ticket's number merged over both columns, then
labelled rows (Nội dung công việc | Bộ phận nhận việc | Bộ phận phối hợp | Hạn hoàn thành | Kết quả phải có), one
ticket with "—" as its partner; IV. two numbered duties of the cooperatives; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_52-KH-XLMT-2026_phieu-giao-viec-xu-ly-xoai-xuat-khau.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Vụ xoài nghịch 2025 - 2026, nhà máy xử lý hơi nước nóng của Công ty đã xử lý 1.840 tấn xoài Cát Chu, xoài Keo "
     "của 05 hợp tác xã và 02 tổ hợp tác liên kết; 23 lô bị trả về hoặc phải hạ loại vì vết nhựa, thán thư và thiếu "
     "hồ sơ mã số vùng trồng. Năm nay Công ty có thêm đơn hàng sang Úc, trong khi buồng xử lý số 2 phải dừng 11 ngày "
     "giữa vụ trước vì đầu dò nhiệt hỏng. Công ty lập Kế hoạch cho vụ nghịch 2026 - 2027 như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Xử lý và đóng gói 2.300 tấn xoài của các đơn vị liên kết, trong đó 900 tấn đi Nhật Bản, 850 tấn đi Hàn Quốc "
     "và 550 tấn đi Úc.", "p"),
    ("- Tỷ lệ lô đạt kiểm dịch ngay lần đầu từ 98% trở lên; không có lô nào bị cảnh báo vì dư lượng thuốc.", "p"),
    ("- Trả tiền trái cho hợp tác xã, tổ hợp tác đúng hạn hợp đồng, không nợ sang vụ sau.", "p"),
    ("II. CÁCH GIAO VIỆC", "h"),
    ("Mỗi việc dưới đây được giao bằng một phiếu riêng. Bộ phận ghi ở dòng \"Bộ phận nhận việc\" chịu trách nhiệm "
     "chính; bộ phận ở dòng \"Bộ phận phối hợp\" cùng làm; dấu \"—\" là không có bộ phận phối hợp. Trưởng bộ phận "
     "nhận việc báo kết quả cho Phó Giám đốc phụ trách sản xuất khi hết hạn ghi trên phiếu.", "p"),
    ("III. CÁC PHIẾU GIAO VIỆC", "h"),
]

LABELS = ["Nội dung công việc", "Bộ phận nhận việc", "Bộ phận phối hợp", "Hạn hoàn thành", "Kết quả phải có"]
TICKETS = [
    ("GV-01", "Rà soát mã số vùng trồng của 05 HTX, 02 THT liên kết; lập hồ sơ đề nghị cấp mới cho 46 ha mới đưa "
              "vào liên kết ở xã Mỹ Hiệp", "Phòng Kỹ thuật - Kiểm dịch",
     "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Trước 15/10/2026", "Danh sách vùng trồng đủ mã số"),
    ("GV-02", "Ký hợp đồng xử lý và bao tiêu vụ nghịch với từng HTX, THT: sản lượng từng đợt, giá bao tiêu theo "
              "loại trái, phí xử lý", "Phòng Thu mua", "Phòng Kế toán", "Trước 30/9/2026",
     "07 hợp đồng đã ký"),
    ("GV-03", "Tập huấn cách bao trái, ghi nhật ký phun thuốc theo yêu cầu của từng thị trường cho tổ kỹ thuật các "
              "HTX, THT", "Phòng Kỹ thuật - Kiểm dịch", "HTX Xoài Mỹ Thọ", "Tháng 10/2026",
     "02 lớp, mỗi đơn vị ít nhất 03 người"),
    ("GV-04", "Lấy mẫu trái ở vườn của từng HTX, THT gửi kiểm nghiệm dư lượng thuốc bảo vệ thực vật",
     "Phòng Kỹ thuật - Kiểm dịch", "—", "10 ngày trước mỗi đợt thu hoạch", "Phiếu kết quả của từng vườn"),
    ("GV-05", "Bảo dưỡng buồng xử lý số 1 và số 2, thay bộ đầu dò nhiệt độ thịt quả và hiệu chuẩn lại toàn bộ",
     "Xưởng Xử lý nhiệt", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh", "Trước 31/10/2026",
     "Giấy hiệu chuẩn còn hạn"),
    ("GV-06", "Xếp lịch nhận trái của từng HTX, THT theo ca xử lý; báo lịch cho chủ nhiệm HTX, tổ trưởng THT trước "
              "03 ngày", "Phòng Thu mua", "Xưởng Xử lý nhiệt", "Từ 01/11/2026 đến 31/01/2027",
     "Lịch nhận trái hằng tuần"),
    ("GV-07", "Đăng ký kiểm dịch, mời kiểm dịch viên giám sát xử lý và cấp giấy chứng nhận kiểm dịch thực vật cho "
              "từng lô xuất", "Phòng Xuất nhập khẩu", "Chi cục Kiểm dịch thực vật vùng IX", "Theo từng lô hàng",
     "Giấy chứng nhận của từng lô"),
    ("GV-08", "Chuyển tiền trái vào tài khoản của HTX, THT kèm bảng kê từng đợt nhận", "Phòng Kế toán",
     "Phòng Thu mua", "Trong 07 ngày làm việc kể từ ngày lô hàng được thông quan", "Bảng kê có xác nhận của HTX"),
    ("GV-09", "Đón đoàn thanh tra của cơ quan kiểm dịch Hàn Quốc đến nhà máy và vườn của 02 HTX được chọn",
     "Phòng Xuất nhập khẩu", "Phòng Kỹ thuật - Kiểm dịch, Chi cục Kiểm dịch thực vật vùng IX",
     "Tháng 12/2026 (dự kiến)", "Biên bản làm việc với đoàn"),
    ("GV-10", "Tổng kết vụ nghịch, đánh giá tỷ lệ lô đạt của từng HTX, THT; đề xuất vùng trồng mở rộng cho vụ "
              "2027 - 2028", "Văn phòng Công ty", "Phòng Thu mua, Phòng Kỹ thuật - Kiểm dịch", "Trước 15/3/2027",
     "Báo cáo tổng kết trình Giám đốc"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT", "h"),
    ("1. Các HTX, THT liên kết chỉ đạo thành viên bao trái từ khi trái được 45 ngày tuổi, ghi đủ nhật ký phun thuốc "
     "và ngừng phun ít nhất 14 ngày trước khi hái; việc này làm thường xuyên trong suốt vụ.", "p"),
    ("2. Các HTX, THT gửi danh sách hộ, diện tích và sản lượng dự kiến từng đợt hái về Phòng Thu mua trước ngày "
     "20/10/2026.", "p"),
    ("Trên đây là Kế hoạch xử lý, đóng gói xoài xuất khẩu vụ nghịch 2026 - 2027 của Công ty; các bộ phận thực hiện "
     "theo phiếu được giao, đề nghị các hợp tác xã, tổ hợp tác liên kết cùng phối hợp./.", "p"),
]


def ticket(doc, number, values):
    table = doc.add_table(rows=1 + len(LABELS), cols=2)
    set_borders(table, "single")
    top = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    cell_lines(top, [f"PHIẾU GIAO VIỆC SỐ {number}"], bold=(0,), center=False)
    for row, label, value in zip(table.rows[1:], LABELS, values):
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(11.8)
        cell_lines(row.cells[0], [label], italic=(0,), center=False)
        cell_lines(row.cells[1], [value], center=False)
    para(doc)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN XỬ LÝ", "TRÁI CÂY XUẤT KHẨU MỸ THỌ"], "Số: 52/KH-XLMT",
                 "Mỹ Thọ, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Xử lý hơi nước nóng, đóng gói và xuất khẩu xoài của các hợp tác xã, tổ hợp tác liên kết vụ nghịch "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for number, *values in TICKETS:
        ticket(doc, number, values)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX, 02 THT liên kết;",
                          "- Chi cục TT&BVTV tỉnh;", "- Các phòng, Xưởng Xử lý nhiệt (t/h);", "- Lưu: VT, P.TM."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Huỳnh Công Thạnh"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 52/KH-XLMT", created=datetime(2026, 9, 10, 9, 15, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
