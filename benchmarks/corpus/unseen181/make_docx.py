"""Write a_phu-tho_27-2026-KH-NSDT_5w1h-5s-kaizen-htx-che-bien.docx, the hundred-and-eighty-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen181/make_docx.py [OUT]

A productivity consultancy's plan (September 2026) coaching four food-processing cooperatives in 5S and Kaizen in their
workshops, under a contract with the province's industrial-promotion centre: the opening, I. targets ("-" lines),
II. how to read the table (the lead first in the "Ai làm" cell, partners after "+"; a yearless date is of 2026),
III. ONE bordered 5W1H TABLE — TT | Việc gì (What) | Vì sao (Why) | Ở đâu (Where) | Khi nào (When) | Ai làm (Who) |
Làm thế nào (How) — whose rows sit under four PDCA GROUP ROWS merged across the table ("P - LẬP KẾ HOẠCH (PLAN)",
"D - THỰC HIỆN (DO)", "C - KIỂM TRA (CHECK)", "A - CẢI TIẾN, CHUẨN HÓA (ACT)"); IV. two paragraphs (a monthly report,
a contact line); the closing sentence; the signature beside "Nơi nhận". The page is A4 with narrower side margins so
that the seven columns fit. Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_phu-tho_27-2026-KH-NSDT_5w1h-5s-kaizen-htx-che-bien.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Thực hiện Hợp đồng tư vấn số 19/2026/HĐTV ngày 28/8/2026 giữa Trung tâm Khuyến công và Xúc tiến thương mại "
     "tỉnh Phú Thọ (sau đây gọi là Trung tâm Khuyến công) với Công ty TNHH Tư vấn Năng suất Đất Tổ về việc giúp hợp "
     "tác xã áp dụng công cụ cải tiến năng suất, chất lượng bằng nguồn kinh phí khuyến công địa phương năm 2026, "
     "Công ty lập kế hoạch tư vấn tại xưởng chế biến của 04 hợp tác xã như dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Cả 04 hợp tác xã (HTX Thịt chua Thanh Sơn, HTX Chè Phú Hộ, HTX Bún bánh Vĩnh Tường, HTX Mật ong Lương Sơn) "
     "đạt từ 80/100 điểm trở lên trong lần chấm 5S cuối kỳ.", "p"),
    ("- Mỗi hợp tác xã làm xong ít nhất 01 đề án Kaizen, rút ngắn thời gian hoặc giảm chi phí của công đoạn được "
     "chọn tối thiểu 15%.", "p"),
    ("- Sau khi hết hợp đồng, hợp tác xã tự giữ được nề nếp 5S mà không cần chuyên gia của Công ty.", "p"),
    ("II. CÁCH ĐỌC BẢNG", "h"),
    ("Bảng ở mục III trả lời sáu câu hỏi của phương pháp 5W1H cho từng việc, xếp theo bốn bước của vòng PDCA (lập "
     "kế hoạch, thực hiện, kiểm tra, cải tiến). Cột “Ai làm”: đơn vị ghi đầu tiên chịu trách nhiệm chính, các đơn vị "
     "ghi sau dấu “+” cùng tham gia. Cột “Ở đâu” là nơi làm việc. Ngày, tháng không ghi năm là của năm 2026.", "i"),
    ("III. BẢNG KẾ HOẠCH 5W1H", "h"),
]

COLUMNS = ["TT", "Việc gì (What)", "Vì sao (Why)", "Ở đâu (Where)", "Khi nào (When)", "Ai làm (Who)",
           "Làm thế nào (How)"]
WIDTHS = [Cm(0.8), Cm(4.0), Cm(2.5), Cm(2.4), Cm(2.0), Cm(2.6), Cm(2.7)]

# a str is a PDCA group row merged across the table; a tuple is a row of the seven cells
ROWS = [
    "P - LẬP KẾ HOẠCH (PLAN)",
    ("1", "Khảo sát hiện trạng nhà xưởng, kho và từng công đoạn sản xuất của 04 HTX; chụp ảnh hiện trạng làm mốc so "
          "sánh",
     "Nhận diện lãng phí, chọn khu vực làm mẫu", "Xưởng của 04 HTX", "14/9 - 25/9",
     "Nhóm chuyên gia 5S + Ban quản trị các HTX",
     "Đi thực địa, bấm giờ từng công đoạn, phỏng vấn người lao động theo phiếu KS-01"),
    ("2", "Soạn kế hoạch 5S riêng của từng HTX, trình ban quản trị HTX thông qua",
     "Mỗi HTX có mục tiêu, khu vực mẫu và người phụ trách rõ ràng", "Văn phòng Công ty", "Trước 05/10",
     "Nhóm chuyên gia 5S", "Theo mẫu KH-5S; gửi bản mềm để HTX góp ý trước khi ký"),
    ("3", "Tập huấn nhận thức về 5S, Kaizen cho thành viên và người lao động của 04 HTX",
     "Ai cũng hiểu vì sao phải làm và làm thế nào", "Hội trường UBND xã Thanh Sơn (lớp 1), UBND xã Vĩnh Tường (lớp 2)",
     "12 - 16/10", "Phòng Đào tạo + Liên minh HTX tỉnh",
     "02 lớp, mỗi lớp 1,5 ngày; thực hành ngay tại xưởng; kiểm tra cuối lớp"),
    "D - THỰC HIỆN (DO)",
    ("4", "Tổ chức “Ngày sàng lọc” (S1): phân loại, bỏ đi vật dụng, bao bì, dụng cụ không cần thiết trong xưởng",
     "Giải phóng mặt bằng, bớt thời gian tìm đồ", "Xưởng của 04 HTX", "19 - 25/10",
     "Ban quản trị từng HTX + Nhóm chuyên gia 5S",
     "Dán thẻ đỏ; đồ không dùng quá 6 tháng đưa về khu chờ xử lý"),
    ("5", "Sắp xếp (S2): kẻ vạch phân khu, làm bảng chỉ dẫn, đóng kệ nguyên liệu theo nguyên tắc nhập trước - xuất "
          "trước",
     "Lấy đúng thứ cần trong 30 giây", "Xưởng, kho của 04 HTX", "Tháng 11/2026",
     "Ban quản trị từng HTX + Nhóm chuyên gia 5S",
     "Sơn vạch vàng lối đi, vạch trắng chỗ đặt đồ; nhãn ghi ngày nhập"),
    ("6", "Làm đề án Kaizen ở công đoạn nhiều lãng phí nhất của mỗi HTX (gói lá thịt chua, sao chè, tráng bánh, lọc "
          "mật)",
     "Giảm thời gian, hao hụt; tăng năng suất lao động", "Xưởng của 04 HTX", "02/11/2026 - 15/01/2027",
     "Nhóm chuyên gia Kaizen + Trường Đại học Hùng Vương",
     "Hỏi “5 lần tại sao”; thử gá, khuôn đơn giản; so sánh trước - sau"),
    ("7", "Biên soạn quy trình thao tác chuẩn (SOP) có hình ảnh cho các công đoạn đã cải tiến, treo tại chỗ làm việc",
     "Người mới vào làm đúng ngay từ đầu", "Xưởng của 04 HTX", "Trước 20/01/2027", "Nhóm chuyên gia Kaizen",
     "Mỗi SOP 01 trang khổ A3, ép plastic"),
    "C - KIỂM TRA (CHECK)",
    ("8", "Chấm điểm 5S lần 1 tại từng HTX theo phiếu 50 tiêu chí",
     "Biết HTX đang ở mức nào, còn thiếu gì", "Xưởng, kho của 04 HTX", "01 - 06/12",
     "Tổ đánh giá nội bộ + Trung tâm Khuyến công",
     "Hai người chấm độc lập, lấy điểm trung bình; báo kết quả ngay tại HTX"),
    ("9", "Đo lại thời gian, hao hụt, năng suất của công đoạn đã cải tiến; so với số liệu khảo sát tháng 9",
     "Chứng minh hiệu quả bằng số liệu", "Xưởng của 04 HTX", "Trong 10 ngày sau khi kết thúc đề án Kaizen",
     "Nhóm chuyên gia Kaizen", "Bấm giờ 3 ca liền nhau; dùng lại phiếu KS-01"),
    ("10", "Chấm điểm 5S lần 2 (cuối kỳ), đối chiếu với mục tiêu 80 điểm",
     "Nghiệm thu kết quả", "Xưởng, kho của 04 HTX", "Tháng 3/2027",
     "Tổ đánh giá nội bộ + Trung tâm Khuyến công + Liên minh HTX tỉnh",
     "Như lần 1; ảnh trước - sau chụp cùng một góc"),
    "A - CẢI TIẾN, CHUẨN HÓA (ACT)",
    ("11", "Đưa quy định 5S vào nội quy lao động, cử người kiểm tra 5S hằng ngày (S4, S5)",
     "Giữ kết quả khi chuyên gia không còn ở xưởng", "Trụ sở 04 HTX", "Từ tháng 3/2027, duy trì hằng ngày",
     "Ban quản trị từng HTX", "HTX ra quyết định; bảng kiểm 5 phút cuối ca"),
    ("12", "Hội thảo chia sẻ mô hình 5S, Kaizen cho các HTX chế biến khác trong tỉnh",
     "Nhân rộng mô hình", "HTX Chè Phú Hộ (tham quan) và hội trường Sở Công Thương", "Tháng 4/2027",
     "Phòng Đào tạo + Trung tâm Khuyến công + Liên minh HTX tỉnh",
     "Tham quan thực tế; 04 HTX tự trình bày"),
    ("13", "Viết báo cáo tổng kết, bàn giao hồ sơ (ảnh trước - sau, SOP, phiếu chấm điểm) để nghiệm thu hợp đồng",
     "Thanh lý hợp đồng đúng hạn", "Trung tâm Khuyến công", "Trước 25/4/2027", "Ban Giám đốc Công ty",
     "02 bộ bản giấy, 01 bộ bản điện tử"),
]

AFTER = [
    ("IV. THEO DÕI, LIÊN HỆ", "h"),
    ("1. Vào ngày làm việc cuối cùng của mỗi tháng, Nhóm chuyên gia 5S gửi báo cáo tiến độ kèm ảnh hiện trường cho "
     "Trung tâm Khuyến công và ban quản trị các hợp tác xã.", "p"),
    ("2. Đầu mối liên hệ của Công ty là Phòng Đào tạo, thư điện tử daotao@nangsuatdatto.example; các bộ phận của "
     "Công ty căn cứ bảng ở mục III chủ động bố trí người và phương tiện.", "p"),
    ("Trên đây là Kế hoạch tư vấn áp dụng 5S và Kaizen của Công ty; rất mong Trung tâm Khuyến công và các hợp tác xã "
     "tạo điều kiện để chuyên gia làm việc tại xưởng./.", "p"),
]


def task_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, title, width in zip(table.rows[0].cells, COLUMNS, WIDTHS):
        cell.width = width
        cell_lines(cell, [title], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        for cell, width in zip(row.cells, WIDTHS):
            cell.width = width
        if isinstance(values, str):  # a PDCA group row: one cell across the table
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_lines(cell, [value], center=i in (0, 4))
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10)
    return table


def build() -> bytes:
    doc = new_document(13)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    header_table(doc, ["CÔNG TY TNHH TƯ VẤN", "NĂNG SUẤT ĐẤT TỔ"], "Số: 27/2026/KH-NSĐT",
                 "Phú Thọ, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tư vấn áp dụng 5S và Kaizen tại xưởng chế biến của 04 hợp tác xã", bold=True, center=True)
    para(doc, "(từ tháng 9/2026 đến tháng 4/2027)", italic=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Trung tâm Khuyến công và XTTM tỉnh (p/h);", "- Sở Công Thương (b/c);",
                          "- 04 HTX tham gia;", "- Liên minh HTX tỉnh;", "- Lưu: VT, PĐT."],
                    ["GIÁM ĐỐC", "", "", "", "", "Triệu Văn Kiên"])
    return saved(doc, author="Phòng Đào tạo", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-NSĐT", created=datetime(2026, 9, 3, 9, 10, 0),
                 modified=datetime(2026, 9, 8, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
