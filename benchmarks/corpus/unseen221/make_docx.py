"""Write a_hue_46-KH-TTDGKNN-2026_danh-gia-ky-nang-nghe-lao-dong-htx.docx, the two-hundred-and-twenty-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen221/make_docx.py [OUT]

A college's vocational skills assessment centre (Huế, September 2026) assessing the workers of three cooperatives for
national vocational skills certificates, level 1 and 2: the opening, I. purposes ("-" lines), II. a facts table of the
assessment board (names, posts, roles: no work), III. ONE bordered table TT | Công việc | Người/bộ phận thực hiện |
Phối hợp | Sản phẩm đầu ra | Thời hạn whose rows are grouped under FULL-WIDTH PHASE ROWS (one merged cell: "A. TRƯỚC
KỲ ĐÁNH GIÁ" …), numbered on through the phases, with a DELIVERABLE column that names documents; IV. two numbered
requests; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph.

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
OUT = HERE / "a_hue_46-KH-TTDGKNN-2026_danh-gia-ky-nang-nghe-lao-dong-htx.docx"

OPENING = [
    ("Thực hiện thỏa thuận hợp tác ngày 06/8/2026 giữa Nhà trường với Liên minh Hợp tác xã thành phố Huế về nâng cao "
     "tay nghề cho người lao động làm việc tại hợp tác xã; căn cứ giấy chứng nhận đủ điều kiện hoạt động đánh giá, cấp "
     "chứng chỉ kỹ năng nghề quốc gia đã được cấp cho Trung tâm đối với các nghề Kỹ thuật xây dựng, May công nghiệp và "
     "Kỹ thuật chế biến món ăn, Trung tâm Đánh giá kỹ năng nghề xây dựng Kế hoạch tổ chức kỳ đánh giá tháng 11/2026 "
     "như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đánh giá, công nhận bậc trình độ kỹ năng nghề cho 86 người lao động của 03 hợp tác xã (bậc 1: 61 người; bậc 2: "
     "25 người), làm căn cứ để hợp tác xã xếp lương, nhận công trình, đơn hàng đòi hỏi thợ có chứng chỉ.", "p"),
    ("- Kỳ đánh giá được tổ chức trong hai ngày 14 và 15/11/2026; đúng quy trình, khách quan, công khai kết quả.", "p"),
    ("II. HỘI ĐỒNG VÀ BAN GIÁM KHẢO KỲ ĐÁNH GIÁ", "h"),
]

BOARD_COLUMNS = ["Họ và tên", "Chức vụ", "Vị trí trong kỳ đánh giá"]
BOARD_WIDTHS = [Cm(4.6), Cm(5.6), Cm(5.8)]
BOARD = [
    ("Ông Nguyễn Hữu Thiện", "Giám đốc Trung tâm", "Chủ tịch Hội đồng đánh giá"),
    ("Bà Lê Thị Quỳnh Hoa", "Trưởng khoa Du lịch - Nhà hàng", "Trưởng ban giám khảo"),
    ("Ông Hoàng Văn Chính", "Giảng viên chính, Khoa Xây dựng", "Tổ trưởng Tổ giám khảo nghề Xây dựng"),
    ("Bà Tôn Nữ Bảo Trân", "Chuyên viên Phòng Đào tạo", "Tổ trưởng Tổ thư ký kỳ đánh giá"),
    ("Ông Phan Công Luận", "Kỹ thuật viên Phòng Quản trị - Vật tư", "Tổ trưởng Tổ kỹ thuật - thiết bị"),
]

BEFORE_TABLE = [
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Công việc", "Người/bộ phận thực hiện", "Phối hợp", "Sản phẩm đầu ra", "Thời hạn"]
WIDTHS = [Cm(0.9), Cm(5.6), Cm(2.7), Cm(2.8), Cm(2.3), Cm(2.2)]
# a str is a phase row (one merged cell over the whole width)
ROWS = [
    "A. TRƯỚC KỲ ĐÁNH GIÁ",
    ("1", "Khảo sát tay nghề thực tế và lập danh sách người lao động của 03 hợp tác xã đăng ký dự đánh giá theo từng "
          "nghề, từng bậc", "Tổ thư ký kỳ đánh giá", "Liên minh Hợp tác xã thành phố",
     "Danh sách đăng ký theo nghề, bậc", "Trước 30/9/2026"),
    ("2", "Rút đề thi lý thuyết và đề thực hành của 03 nghề từ ngân hàng đề thi; niêm phong, bảo quản đề theo chế độ "
          "mật", "Trưởng ban giám khảo", "", "Bộ đề niêm phong", "Trước 15/10/2026"),
    ("3", "Mở lớp ôn luyện 40 giờ vào buổi tối và ngày nghỉ ngay tại xưởng của từng hợp tác xã cho người đăng ký",
     "Phòng Đào tạo", "Khoa Xây dựng, Khoa May - Thời trang, Khoa Du lịch - Nhà hàng", "Sổ theo dõi lớp ôn luyện",
     "12/10 - 08/11/2026"),
    ("4", "Kiểm tra, bổ sung thiết bị và vật tư thi thực hành (dàn giáo, vữa, gạch ốp; máy may 1 kim, máy vắt sổ; bếp "
          "Á, dụng cụ sơ chế) tại các điểm đánh giá", "Tổ kỹ thuật - thiết bị", "Phòng Quản trị - Vật tư",
     "Biên bản kiểm tra điểm đánh giá", "Trước 10/11/2026"),
    ("5", "Gửi thông báo lịch thi, số báo danh, điểm thi cho từng người lao động thông qua ban giám đốc hợp tác xã",
     "Tổ thư ký kỳ đánh giá", "", "Thông báo lịch thi", "Trước ngày 09/11/2026"),
    "B. TRONG KỲ ĐÁNH GIÁ",
    ("6", "Tổ chức thi lý thuyết trắc nghiệm trên máy tính cho cả 03 nghề tại phòng máy số 2 của Nhà trường",
     "Ban giám khảo", "Phòng Công nghệ thông tin", "Kết quả thi lý thuyết in từ phần mềm", "14/11/2026"),
    ("7", "Tổ chức thi thực hành nghề Kỹ thuật xây dựng (xây, trát, ốp lát hoàn thiện) tại công trình mẫu của HTX Xây "
          "dựng Thuận An", "Tổ giám khảo nghề Xây dựng", "HTX Xây dựng Thuận An", "Phiếu chấm thực hành",
     "15/11/2026"),
    ("8", "Tổ chức thi thực hành nghề May công nghiệp và nghề Kỹ thuật chế biến món ăn tại xưởng may và bếp thực hành "
          "của Nhà trường; lấy mẫu lưu món ăn dự thi", "Ban giám khảo", "Trạm Y tế phường Thuận Hóa",
     "Phiếu chấm thực hành, sổ lưu mẫu", "15/11/2026"),
    ("9", "Ghi hình toàn bộ phòng thi lý thuyết và các khu thi thực hành; lưu trữ dữ liệu ghi hình 12 tháng",
     "Tổ kỹ thuật - thiết bị", "", "Dữ liệu ghi hình", "14 - 15/11/2026"),
    "C. SAU KỲ ĐÁNH GIÁ",
    ("10", "Chấm, tổng hợp điểm; trình Chủ tịch Hội đồng công nhận kết quả; công bố kết quả cho người lao động và hợp "
           "tác xã", "Ban giám khảo", "Tổ thư ký kỳ đánh giá", "Bảng điểm, quyết định công nhận kết quả",
     "Trong 10 ngày làm việc sau kỳ đánh giá"),
    ("11", "In và cấp chứng chỉ kỹ năng nghề quốc gia cho người đạt yêu cầu; cập nhật sổ cấp phát chứng chỉ",
     "Phòng Đào tạo", "", "Chứng chỉ, sổ cấp phát", "Tháng 12/2026"),
    ("12", "Lập hồ sơ đề nghị hỗ trợ chi phí đánh giá cho người lao động hợp tác xã theo chính sách hỗ trợ đào tạo của "
           "thành phố", "Tổ thư ký kỳ đánh giá", "Sở Tài chính, Liên minh Hợp tác xã thành phố",
     "Hồ sơ đề nghị thanh toán", "Quý I/2027"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Đề nghị HTX Xây dựng Thuận An, HTX May Hương Trà và HTX Dịch vụ ẩm thực Vỹ Dạ bố trí cho người lao động được "
     "nghỉ việc để dự thi trong hai ngày 14 và 15/11/2026, hỗ trợ tiền ăn, đi lại cho người dự thi.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã thành phố tiếp tục giới thiệu các hợp tác xã có nhu cầu đánh giá kỹ năng nghề cho "
     "kỳ đánh giá tháng 4/2027, gửi danh sách về Trung tâm trước ngày 31/01/2027.", "p"),
    ("Trên đây là Kế hoạch tổ chức kỳ đánh giá kỹ năng nghề quốc gia tháng 11/2026 cho người lao động hợp tác xã; các "
     "bộ phận, cá nhân có tên trong Kế hoạch nghiêm túc thực hiện./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        if isinstance(values, str):  # a phase row: the whole row merged into one cell
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TRƯỜNG CAO ĐẲNG KỸ THUẬT", "CÔNG NGHIỆP PHÚ XUÂN", "TRUNG TÂM ĐÁNH GIÁ", "KỸ NĂNG NGHỀ"],
                 "Số: 46/KH-TTĐGKNN", "Huế, ngày 14 tháng 9 năm 2026", issuer_bold=(2, 3))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia cho người lao động của các hợp tác xã, "
              "kỳ tháng 11/2026", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, BOARD_COLUMNS, BOARD_WIDTHS, BOARD, center_columns=())
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Giám hiệu (b/c);", "- Liên minh HTX thành phố;",
                          "- Sở Tài chính (để phối hợp);", "- 03 HTX có người dự thi;",
                          "- Các khoa, phòng liên quan;", "- Thành viên Hội đồng, Ban giám khảo;", "- Lưu: VT, TTĐG."],
                    ["GIÁM ĐỐC", "", "", "", "Nguyễn Hữu Thiện"])
    return saved(doc, author="Tôn Nữ Bảo Trân", editor="Trung tâm ĐGKNN",
                 title="Kế hoạch 46/KH-TTĐGKNN", created=datetime(2026, 9, 9, 14, 10, 0),
                 modified=datetime(2026, 9, 14, 9, 45, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
