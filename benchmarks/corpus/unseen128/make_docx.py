"""Write a_can-tho_18-KH-DTTDT-2026_ban-hang-rong-vao-tht.docx, the hundred-and-twenty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen128/make_docx.py [OUT]

A ward's urban-order team (Đội Quản lý trật tự đô thị phường Ninh Kiều, Cần Thơ) plans to bring street vendors of the
riverside wharf into a tổ hợp tác and then a service cooperative: I. purposes, II. the vendors counted (no work), III.
one bordered table TT | Thời gian | Việc cần làm | Người, bộ phận phụ trách | Phối hợp with the time FIRST, nine rows;
IV. two typed-number paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
OUT = HERE / "a_can-tho_18-KH-DTTDT-2026_ban-hang-rong-vao-tht.docx"

BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("Sắp xếp lại việc buôn bán dọc bến Ninh Kiều và chợ đêm theo hướng có tổ chức: người bán hàng rong tự nguyện "
     "vào tổ hợp tác, có chỗ bán cố định theo ca, giữ vỉa hè thông thoáng mà vẫn có thu nhập.", "p"),
    ("II. ĐỐI TƯỢNG", "h"),
    ("Qua đợt điểm danh tháng 01/2026, trên địa bàn phường có 137 người bán hàng rong thường xuyên (bánh, trái cây, "
     "nước giải khát, vé tàu du lịch), trong đó 52 người đã đăng ký tạm trú tại phường.", "p"),
    ("III. CÁC VIỆC CỤ THỂ", "h"),
]

COLUMNS = ["TT", "Thời gian", "Việc cần làm", "Người, bộ phận phụ trách", "Phối hợp"]
WIDTHS = [Cm(0.9), Cm(2.8), Cm(6.6), Cm(3.4), Cm(3.3)]
ROWS = [
    ("1", "Tuần 2 tháng 3/2026", "Họp dân tại Nhà văn hóa khu vực 2, phổ biến chủ trương, phát phiếu đăng ký tham gia "
     "tổ hợp tác", "Tổ trật tự số 1", "Ban điều hành các khu vực"),
    ("2", "Đến 31/3", "Lập danh sách người đăng ký, phân loại theo mặt hàng và giờ bán", "Đ/c Đội phó Trần Minh Luân",
     ""),
    ("3", "Tháng 4/2026", "Đề xuất 3 điểm bán cố định có mái che, vạch sơn chỗ đặt xe đẩy", "Tổ trật tự số 2",
     "phòng Kinh tế, Hạ tầng và Đô thị"),
    ("4", "Trước 30/4/2026", "Hướng dẫn lập hợp đồng hợp tác, bầu tổ trưởng, chứng thực hợp đồng tại phường",
     "Tổ trật tự số 1", "Liên minh HTX thành phố, Văn phòng HĐND và UBND phường"),
    ("5", "Mùa du lịch hè (tháng 5 - 8)", "Bố trí ca bán, kiểm tra vệ sinh xe đẩy, giữ trật tự tại các điểm bán",
     "Các tổ trật tự", "Công an phường"),
    ("6", "Trong quý II/2026", "Tập huấn an toàn thực phẩm cho người bán đồ ăn, nước uống",
     "Đ/c Đội phó Trần Minh Luân", "Trạm Y tế phường"),
    ("7", "Sau khi tổ hợp tác hoạt động 6 tháng", "Khảo sát ý kiến thành viên, nếu đủ điều kiện thì hỗ trợ chuyển thành "
     "HTX dịch vụ du lịch Bến Ninh Kiều", "Đội trưởng", "Liên minh HTX thành phố"),
    ("8", "Hằng tuần", "Cập nhật số người bán ngoài tổ, nhắc nhở, vận động vào tổ", "Các tổ trật tự",
     "Ban điều hành các khu vực"),
    ("9", "Quý IV/2026", "Đề nghị cấp mã QR thanh toán và bảng hiệu chung cho các xe đẩy của tổ",
     "Bộ phận văn phòng Đội", "Ngân hàng Nông nghiệp chi nhánh Ninh Kiều"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Bộ phận văn phòng Đội tổng hợp kết quả, báo cáo UBND phường trước ngày 10 hằng tháng.", "p"),
    ("2. Đội trưởng trực tiếp chỉ đạo, kiểm tra các tổ; cuối năm 2026 sơ kết, đề xuất khen thưởng người bán chấp hành "
     "tốt.", "p"),
    ("Trên đây là Kế hoạch của Đội Quản lý trật tự đô thị phường về vận động người bán hàng rong tham gia tổ hợp tác "
     "năm 2026./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND PHƯỜNG NINH KIỀU", "ĐỘI QUẢN LÝ TRẬT TỰ ĐÔ THỊ"], "Số: 18/KH-ĐTTĐT",
                 "Ninh Kiều, ngày 02 tháng 3 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vận động người bán hàng rong khu vực bến Ninh Kiều tham gia tổ hợp tác năm 2026", bold=True,
         center=True)
    para(doc, "Thực hiện chỉ đạo của Chủ tịch UBND phường tại cuộc họp giao ban ngày 23/02/2026, Đội Quản lý trật tự "
              "đô thị phường lập Kế hoạch như sau:")
    for text, style in BEFORE:
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
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND phường (b/c);", "- Phòng KT, HT&ĐT phường;", "- Công an phường;",
                          "- Các tổ trật tự;", "- Lưu: Đội."],
                    ["ĐỘI TRƯỞNG", "", "", "", "Lâm Hoàng Phúc"])
    return saved(doc, author="Đội QLTTĐT", editor="Đội QLTTĐT phường Ninh Kiều",
                 title="Kế hoạch 18/KH-ĐTTĐT", created=datetime(2026, 2, 26, 14, 0, 0),
                 modified=datetime(2026, 3, 2, 9, 40, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
