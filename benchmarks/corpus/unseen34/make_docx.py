"""Write a_can-tho_287-KH-UBND-2026_khac-phuc-kien-nghi-kiem-toan.docx, the thirty-fourth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen34/make_docx.py [OUT]

A NEW KIND: a city's plan (August 2026, after Cần Thơ, Sóc Trăng and Hậu Giang were merged) for carrying out the
conclusions and recommendations of an audit by the Kiểm toán nhà nước on the support funds for cooperatives. I.
purposes; II. one sentence, then a bordered table STT | Kiến nghị của Kiểm toán nhà nước | Nội dung thực hiện | Đơn vị
chủ trì | Đơn vị phối hợp | Thời hạn, its rows grouped under three lettered group rows (A, B, C) whose title spans the
other columns; each row the finding and the remedy; one row already settled during the audit ("Đã hoàn thành"); two
leads in one cell, bodies in a cell separated by semicolons; III. two numbered paragraphs of follow-up; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_can-tho_287-KH-UBND-2026_khac-phuc-kien-nghi-kiem-toan.docx"

OPENING = ("Ngày 22/7/2026, Kiểm toán nhà nước khu vực V có Công văn số 608/KV V-TH gửi Báo cáo kiểm toán chuyên đề "
           "việc quản lý, sử dụng kinh phí hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2022 - 2025 trên "
           "địa bàn thành phố Cần Thơ (gồm cả tỉnh Sóc Trăng và tỉnh Hậu Giang trước khi sắp xếp). Để khắc phục dứt "
           "điểm các sai sót, tồn tại mà Đoàn kiểm toán đã chỉ ra, Ủy ban nhân dân thành phố ban hành Kế hoạch thực "
           "hiện như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Thực hiện đầy đủ, đúng thời hạn các kiến nghị kiểm toán; thu hồi kịp thời các khoản chi sai, nộp trả ngân "
     "sách nhà nước.", "p"),
    ("- Xác định rõ đơn vị chủ trì, đơn vị phối hợp và thời hạn đối với từng kiến nghị; gắn với trách nhiệm của "
     "người đứng đầu; không để tái diễn sai sót trong giai đoạn 2026 - 2030.", "p"),
    ("II. NỘI DUNG KIẾN NGHỊ VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Các kiến nghị của Kiểm toán nhà nước, nội dung khắc phục và phân công cụ thể như sau:", "p"),
]

COLUMNS = ["STT", "Kiến nghị của Kiểm toán nhà nước", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp",
           "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(4.2), Cm(4.6), Cm(2.6), Cm(2.8), Cm(2.2)]
# a group row is (letter, title); a task row has six cells
ROWS = [
    ("A", "KIẾN NGHỊ XỬ LÝ TÀI CHÍNH"),
    ("1", "Thu hồi 412.650.000 đồng kinh phí hỗ trợ đầu tư kết cấu hạ tầng chi sai đối tượng tại 03 hợp tác xã "
          "(vùng Hậu Giang cũ)",
     "Ban hành quyết định thu hồi; đôn đốc các hợp tác xã nộp trả ngân sách; hợp tác xã đã giải thể thì đề xuất "
     "hướng xử lý", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Kho bạc Nhà nước khu vực XIX", "Trước 30/10/2026"),
    ("2", "Giảm trừ, thu hồi 96.300.000 đồng kinh phí đào tạo cấp trùng cho cùng một học viên tại các lớp năm 2023, "
          "2024",
     "Đối chiếu danh sách học viên, chứng từ thanh toán từng lớp; thu hồi phần cấp trùng", "Liên minh Hợp tác xã "
     "thành phố", "Sở Tài chính", "Quý IV/2026"),
    ("3", "Nộp ngân sách 58.000.000 đồng chi tổ chức gian hàng hội chợ vượt định mức",
     "Đã nộp ngân sách ngày 18/7/2026, trong thời gian kiểm toán (Giấy nộp tiền số 0147)", "Sở Công Thương", "",
     "Đã hoàn thành"),
    ("B", "KIẾN NGHỊ CHẤN CHỈNH CÔNG TÁC QUẢN LÝ"),
    ("4", "Sau sắp xếp, thành phố chưa có quy định thống nhất về nội dung, mức hỗ trợ hợp tác xã từ ngân sách địa "
          "phương",
     "Tham mưu Ủy ban nhân dân thành phố trình Hội đồng nhân dân thành phố ban hành Nghị quyết quy định chính sách "
     "hỗ trợ phát triển hợp tác xã", "Sở Tài chính", "Sở Tư pháp; Sở Nông nghiệp và Môi trường; Liên minh Hợp tác xã "
     "thành phố", "Kỳ họp cuối năm 2026 của HĐND thành phố"),
    ("5", "Hồ sơ xét chọn hợp tác xã thụ hưởng thiếu biên bản kiểm tra thực tế; một số hồ sơ không có ý kiến của cấp "
          "xã",
     "Ban hành quy trình tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ; tập huấn cho công chức cấp xã", "Sở Tài chính",
     "UBND các xã, phường", "Tháng 11/2026"),
    ("6", "Số liệu hợp tác xã giữa cơ quan đăng ký, cơ quan quản lý và cơ quan thuế chưa khớp nhau",
     "Cập nhật, chuẩn hóa dữ liệu trên Hệ thống thông tin quốc gia về hợp tác xã; đối chiếu với dữ liệu đăng ký thuế",
     "Sở Tài chính", "Thuế thành phố Cần Thơ", "Trước 31/12/2026"),
    ("7", "14 công trình hạ tầng đã bàn giao cho hợp tác xã nhưng chưa đưa vào khai thác hoặc khai thác kém hiệu quả",
     "Kiểm tra hiện trạng từng công trình; đề xuất phương án khai thác, điều chuyển", "Sở Nông nghiệp và Môi trường",
     "UBND các xã có công trình; Liên minh Hợp tác xã thành phố", "Quý IV/2026"),
    ("8", "Chưa đánh giá hiệu quả sau hỗ trợ đối với các hợp tác xã đã nhận kinh phí",
     "Xây dựng bộ tiêu chí đánh giá hiệu quả sau hỗ trợ; tổ chức đánh giá và công bố kết quả", "Sở Tài chính",
     "Liên minh Hợp tác xã thành phố", "Hằng năm, bắt đầu từ năm 2027"),
    ("9", "Chưa công khai danh sách hợp tác xã được hỗ trợ và mức hỗ trợ",
     "Đăng tải danh sách, mức hỗ trợ của từng hợp tác xã trên Cổng Thông tin điện tử thành phố",
     "Văn phòng UBND thành phố", "Sở Tài chính", "Thường xuyên"),
    ("C", "KIẾN NGHỊ VỀ TRÁCH NHIỆM TẬP THỂ, CÁ NHÂN"),
    ("10", "Kiểm điểm trách nhiệm tập thể, cá nhân để xảy ra các sai sót nêu tại mục A",
     "Tổ chức kiểm điểm, xác định trách nhiệm; báo cáo kết quả về Ủy ban nhân dân thành phố",
     "Sở Nông nghiệp và Môi trường; Liên minh Hợp tác xã thành phố", "Sở Nội vụ", "Tháng 9/2026"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Sở Tài chính là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Ủy "
     "ban nhân dân thành phố báo cáo Kiểm toán nhà nước khu vực V trước ngày 15/12/2026.", "p"),
    ("2. Các cơ quan, đơn vị được giao chủ trì tại mục II gửi báo cáo kết quả thực hiện, kèm chứng từ, hồ sơ chứng "
     "minh (quyết định thu hồi, giấy nộp tiền, văn bản đã ban hành) về Sở Tài chính trước ngày 05/12/2026.", "p"),
    ("Đơn vị nào gặp vướng mắc khi thực hiện thì kịp thời có văn bản gửi Sở Tài chính để Sở tổng hợp, trình Ủy ban "
     "nhân dân thành phố xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], "Số: 287/KH-UBND",
                 "Cần Thơ, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện kết luận, kiến nghị của Kiểm toán nhà nước về quản lý, sử dụng kinh phí hỗ trợ phát triển "
              "hợp tác xã giai đoạn 2022 - 2025", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if row is table.rows[0]:
            for cell, value in zip(row.cells, values):
                cell_lines(cell, [value], bold=(0,))
        elif len(values) == 2:  # a group row: the letter, then its title across the other columns
            cell_lines(row.cells[0], [values[0]], bold=(0,))
            merged = row.cells[1].merge(row.cells[-1])
            cell_lines(merged, [values[1]], bold=(0,), center=False)
        else:
            for i, (cell, value) in enumerate(zip(row.cells, values)):
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Kiểm toán nhà nước khu vực V;", "- TT Thành ủy, TT HĐND TP (b/c);",
                          "- CT, các PCT UBND TP;", "- Các đơn vị tại mục II;", "- UBND các xã, phường;",
                          "- VP UBND TP: CVP, các PCVP;", "- Lưu: VT, KT (Ng)."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Tạ Minh Khải"])
    return saved(doc, author="Sở Tài chính Cần Thơ", editor="Văn thư UBND thành phố",
                 title="Kế hoạch 287/KH-UBND", created=datetime(2026, 8, 5, 9, 40, 0),
                 modified=datetime(2026, 8, 14, 15, 20, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
