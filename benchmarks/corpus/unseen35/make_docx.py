"""Write b_di-linh-lam-dong_231-KH-UBND-2026_khac-phuc-sau-kiem-tra.docx, the thirty-fifth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen35/make_docx.py [OUT]

A commune's plan to remedy the shortcomings an inspection found (August 2026, communes without districts): a short
opening citing the inspection's conclusion notice, I. purposes, II. one bordered table TT | Tồn tại, hạn chế theo Kết
luận kiểm tra | Nội dung, biện pháp khắc phục | Bộ phận chủ trì | Phối hợp | Thời hạn, whose first column quotes what
the inspectors found (not work) and whose measures are the work; one shortcoming spans two measures (its cell merged
down), one measure's partner cell is empty; III. the organisation in numbered paragraphs, the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "b_di-linh-lam-dong_231-KH-UBND-2026_khac-phuc-sau-kiem-tra.docx"

OPENING = ("Ngày 28/7/2026, Đoàn kiểm tra liên ngành của tỉnh (do Sở Tài chính chủ trì) có Thông báo kết luận số "
           "62/TB-ĐKT về việc thực hiện chính sách hỗ trợ hợp tác xã và công tác quản lý nhà nước đối với kinh tế tập "
           "thể trên địa bàn xã Di Linh. Để khắc phục dứt điểm các tồn tại, hạn chế được chỉ ra, Ủy ban nhân dân xã "
           "xây dựng Kế hoạch khắc phục cụ thể dưới đây:")

PURPOSES = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Nghiêm túc tiếp thu, khắc phục đầy đủ 06 nhóm tồn tại, hạn chế nêu tại Thông báo kết luận; không để tái diễn "
     "trong năm 2027.", False),
    ("2. Xác định rõ bộ phận chủ trì, bộ phận phối hợp và thời hạn của từng biện pháp; kết quả khắc phục phải có hồ "
     "sơ, tài liệu chứng minh.", False),
    ("II. NỘI DUNG KHẮC PHỤC", True),
]

COLUMNS = ["TT", "Tồn tại, hạn chế theo Kết luận kiểm tra", "Nội dung, biện pháp khắc phục", "Bộ phận chủ trì",
           "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(0.9), Cm(4.0), Cm(5.0), Cm(2.6), Cm(2.6), Cm(2.2)]
# (TT, shortcoming or None when the row above's cell is merged down, measure, lead, partners, time)
ROWS = [
    ("1", "Chưa lập sổ theo dõi tổ hợp tác; 11 tổ hợp tác đang hoạt động chưa được chứng thực hợp đồng hợp tác",
     "Lập sổ theo dõi tổ hợp tác theo mẫu quy định; hướng dẫn 11 tổ hợp tác hoàn thiện, chứng thực hợp đồng hợp tác",
     "Phòng Kinh tế", "Bộ phận Tư pháp - Hộ tịch", "Trước 30/9/2026"),
    ("2", "Hồ sơ hỗ trợ kinh phí cho 03 hợp tác xã năm 2025 thiếu biên bản nghiệm thu, chứng từ thanh toán",
     "Bổ sung biên bản nghiệm thu, chứng từ thanh toán còn thiếu; lưu trữ hồ sơ theo từng hợp tác xã",
     "Phòng Kinh tế", "Bộ phận Tài chính - Kế toán xã", "Tháng 9/2026"),
    ("3", "Chưa kiểm tra việc sử dụng máy sấy cà phê được hỗ trợ tại Hợp tác xã Nông nghiệp Gia Bắc",
     "Tổ chức kiểm tra hiện trạng, việc sử dụng tài sản được hỗ trợ; lập biên bản, xử lý nếu sử dụng sai mục đích",
     "Phòng Kinh tế", "Bộ phận Tài chính - Kế toán xã, Hợp tác xã Nông nghiệp Gia Bắc", "Trước 15/9/2026"),
    ("4", "05 hợp tác xã ngừng hoạt động trên 12 tháng nhưng chưa được đề nghị thu hồi giấy chứng nhận đăng ký",
     "Vận động 05 hợp tác xã tự giải thể; trường hợp không liên hệ được, lập hồ sơ đề nghị Phòng Đăng ký kinh doanh "
     "(Sở Tài chính) thu hồi giấy chứng nhận đăng ký hợp tác xã",
     "Phòng Kinh tế", "Công an xã", "Quý IV/2026"),
    ("5", "Số liệu báo cáo kinh tế tập thể năm 2025 của xã không khớp với số liệu đăng ký",
     "Rà soát, đối chiếu số liệu hợp tác xã, tổ hợp tác với dữ liệu đăng ký; báo cáo bổ sung gửi Sở Tài chính",
     "Phòng Kinh tế", "", "Trước 31/10/2026"),
    ("6", "Công tác tuyên truyền chính sách hỗ trợ hợp tác xã chưa thường xuyên, thành viên ít nắm được chính sách",
     "Đưa tin định kỳ về chính sách hỗ trợ trên trang thông tin điện tử và hệ thống truyền thanh của xã",
     "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã", "Hằng tháng"),
    ("", None,
     "Tổ chức 02 hội nghị phổ biến chính sách cho thành viên hợp tác xã, tổ trưởng tổ hợp tác tại các thôn",
     "Phòng Văn hóa - Xã hội", "Hội Nông dân xã, Liên minh Hợp tác xã tỉnh", "Quý IV/2026"),
]

ORGANISATION = [
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Phòng Kinh tế là đầu mối theo dõi, đôn đốc các bộ phận thực hiện Kế hoạch; tổng hợp kết quả khắc phục kèm hồ "
     "sơ chứng minh, tham mưu Ủy ban nhân dân xã báo cáo Đoàn kiểm tra liên ngành (qua Sở Tài chính) trước ngày "
     "15/11/2026.", False),
    ("2. Bộ phận Tài chính - Kế toán xã bố trí kinh phí tổ chức hội nghị, kiểm tra từ nguồn chi thường xuyên năm 2026 "
     "của xã.", False),
    ("3. Văn phòng HĐND và UBND xã đưa nội dung khắc phục vào chương trình giao ban hằng tháng của Ủy ban nhân dân "
     "xã để theo dõi cho đến khi hoàn thành.", False),
    ("Quá trình thực hiện có khó khăn, vướng mắc, các bộ phận báo cáo Chủ tịch Ủy ban nhân dân xã (qua "
     "Phòng Kinh tế) để chỉ đạo giải quyết./.", False),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ DI LINH"], "Số: 231/KH-UBND", "Di Linh, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Khắc phục tồn tại, hạn chế theo Thông báo kết luận kiểm tra số 62/TB-ĐKT ngày 28/7/2026 của Đoàn kiểm "
              "tra liên ngành tỉnh", bold=True, center=True)
    para(doc, OPENING)
    for text, bold in PURPOSES:
        para(doc, text, bold=bold)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, value in enumerate(COLUMNS):
        table.rows[0].cells[i].width = WIDTHS[i]
        cell_lines(table.rows[0].cells[i], [value], bold=(0,))
    for r, values in enumerate(ROWS, start=1):
        cells = table.rows[r].cells
        for i, value in enumerate(values):
            cells[i].width = WIDTHS[i]
            if value is None or (i == 0 and value == "" and values[1] is None):
                continue
            cell_lines(cells[i], [value] if value else [""], center=i in (0, 5))
    for r, values in enumerate(ROWS, start=1):
        if values[1] is None:
            table.cell(r - 1, 0).merge(table.cell(r, 0))
            table.cell(r - 1, 1).merge(table.cell(r, 1))
    for text, bold in ORGANISATION:
        para(doc, text, bold=bold)
    signature_table(doc, ["Nơi nhận:", "- Sở Tài chính (b/c);", "- Đoàn kiểm tra liên ngành tỉnh (b/c);",
                          "- Thường trực Đảng ủy xã;", "- TT HĐND xã;", "- Chủ tịch, PCT UBND xã;", "- Các bộ phận tại mục II;",
                          "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Thị Ngọc Hạnh"])
    return saved(doc, author="Phòng Kinh tế xã Di Linh", editor="Văn thư UBND xã Di Linh",
                 title="Kế hoạch 231/KH-UBND", created=datetime(2026, 8, 12, 9, 10, 0),
                 modified=datetime(2026, 8, 18, 15, 25, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
