"""Write a_ho-chi-minh_36-KH-TA-2026_nha-hang-chay-mua-dau-nam-htx.docx, the two-hundred-and-sixty-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen264/make_docx.py [OUT]

A vegetarian restaurant chain's plan (October 2026) for buying tofu, mushrooms, greens, brown rice and sesame of
cooperatives for its kitchens from late 2026 through 2027: an opening, I. targets; II. a note, then ONE bordered table
TT | Việc | Lo chính — cùng lo | Hạn trong năm 2026 | Hạn trong năm 2027 whose TIME IS SPLIT OVER TWO YEAR COLUMNS
(a day and month, a month or a quarter without its year in one of them, "–" in the other) and whose ONE DOERS' CELL
names the lead, then an em dash, then the partners; III. closing; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ho-chi-minh_36-KH-TA-2026_nha-hang-chay-mua-dau-nam-htx.docx"

OPENING = [
    ("Chuỗi 09 nhà hàng chay Tâm An mỗi ngày phục vụ khoảng 4.200 suất ăn, dùng bình quân 380 kg đậu hũ, 260 kg nấm "
     "các loại và gần 1 tấn rau, củ. Lâu nay hàng được gom từ chợ đầu mối, đậu hũ có hôm chua, nấm không rõ trại nuôi. "
     "Ban Giám đốc lập Kế hoạch này để từ cuối năm 2026 bếp trung tâm lấy hàng thẳng từ các hợp tác xã, tổ hợp tác.",
     "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến hết quý II/2027, ít nhất 80% đậu hũ, 60% nấm tươi và 50% rau lá của chuỗi mua của hợp tác xã, tổ hợp "
     "tác có hợp đồng.", "p"),
    ("2. Mỗi thực đơn in tên hợp tác xã làm ra nguyên liệu chính; không còn lô hàng nào không truy được nơi sản xuất.",
     "p"),
    ("II. BẢNG VIỆC", "h"),
    ("Đọc bảng như sau: ở cột “Lo chính — cùng lo”, tên đứng trước dấu gạch dài là bộ phận lo chính, các tên sau dấu "
     "gạch dài là bộ phận, đơn vị cùng lo; không có dấu gạch dài thì bộ phận đó tự làm. Hạn của mỗi việc chỉ ghi ở một "
     "trong hai cột năm, cột kia để dấu “–”.", "p"),
]

COLUMNS = ["TT", "Việc", "Lo chính — cùng lo", "Hạn trong năm 2026", "Hạn trong năm 2027"]
WIDTHS = [Cm(0.9), Cm(6.6), Cm(4.2), Cm(2.2), Cm(2.2)]
ROWS = [
    ("1", "Xuống tận xưởng làm đậu của HTX Đậu hũ Tân Thông, trại nấm của HTX Nấm sạch Bình Lợi; chấm điểm nguồn nước, "
     "khâu vệ sinh, cách đóng gói", "Phòng Thu mua — Phòng Chất lượng", "31/10", "–"),
    ("2", "Đặt làm thử đậu hũ non không chất tạo đông hóa học, mỗi ngày 60 kg trong 03 tuần, đo độ chua sau 12 giờ",
     "Bếp trung tâm — HTX Đậu hũ Tân Thông, Phòng Chất lượng", "tháng 11", "–"),
    ("3", "Ký hợp đồng mua đậu hũ, nấm rơm, nấm bào ngư, rau lá cả năm 2027, giá chốt theo quý",
     "Phòng Kế toán — Phòng Thu mua", "15/12", "–"),
    ("4", "Đặt gạo lứt huyết rồng của HTX Nông nghiệp Mỹ Lệ (Tây Ninh), mỗi tháng 2,5 tấn, xay trước khi giao không "
     "quá 10 ngày", "Phòng Thu mua", "–", "tháng 01"),
    ("5", "Cho Tổ hợp tác trồng mè An Nhơn Tây ký bao tiêu mè đen vụ Đông Xuân; ứng trước 30% tiền giống",
     "Phòng Kế toán — Phòng Thu mua, Tổ hợp tác trồng mè An Nhơn Tây", "–", "20/01"),
    ("6", "Nhận hàng tại cửa bếp trung tâm từ 4 giờ 30 sáng, cân, soi nhiệt độ xe lạnh, ghi sổ giao nhận có chữ ký "
     "hai bên", "Bếp trung tâm", "–", "hằng ngày"),
    ("7", "Đưa món “cơm gạo lứt mè đen” và “nấm rơm kho tộ” ghi tên hợp tác xã vào thực đơn cả 09 nhà hàng",
     "Phòng Marketing — Ban Điều hành nhà hàng", "–", "quý I"),
    ("8", "Mời nông dân của HTX Rau an toàn Phước Hiệp đến nói chuyện với thực khách vào ngày rằm, mùng một",
     "Ban Điều hành nhà hàng — Phòng Marketing, HTX Rau an toàn Phước Hiệp", "–", "mỗi tháng 02 lần"),
    ("9", "Lấy mẫu đậu hũ, nấm, rau ngẫu nhiên gửi phòng thí nghiệm kiểm tra tồn dư thuốc bảo vệ thực vật, chất bảo "
     "quản", "Phòng Chất lượng — Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Thành phố", "–", "31/3"),
    ("10", "Thanh toán tiền hàng cho từng hợp tác xã, tổ hợp tác chậm nhất 05 ngày làm việc, tính từ ngày nhận đủ "
     "hóa đơn",
     "Phòng Kế toán", "–", "sau mỗi đợt giao hàng"),
    ("11", "Họp với các hợp tác xã đánh giá sáu tháng mua hàng, tính lại giá nấm mùa mưa, bàn thêm rau gia vị",
     "Ban Giám đốc — Phòng Thu mua, Phòng Kế toán, Bếp trung tâm", "–", "tháng 6"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, bếp trung tâm và Ban Điều hành nhà hàng bám bảng trên mà làm; hợp tác xã nào giao thiếu, giao "
     "trễ ba lần trong một tháng thì Phòng Thu mua báo ngay Giám đốc để tìm nguồn thay thế./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "ẨM THỰC CHAY TÂM AN"], "Số: 36/KH-TA",
                 "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua đậu hũ, nấm, rau, gạo lứt và mè của hợp tác xã cho chuỗi nhà hàng chay cuối năm 2026 và năm 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT có hợp đồng;",
                          "- Các phòng, Bếp trung tâm, Ban Điều hành nhà hàng;", "- Lưu: VT, TM."],
                    ["GIÁM ĐỐC", "", "", "", "Lâm Thị Ngọc Hạnh"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-TA", created=datetime(2026, 10, 19, 9, 10, 0),
                 modified=datetime(2026, 10, 22, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
