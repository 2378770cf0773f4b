"""Write a_da-nang_27-KH-ANDL-2026_vien-duong-lao-mua-thuc-pham-htx.docx, the two-hundred-and-fifty-first held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen251/make_docx.py [OUT]

A private nursing home's plan (October 2026) for linking with cooperatives that supply soft food, vegetables and fish
and wash its linen in 2027: an opening, I. targets; II. one bordered table whose FIRST COLUMN IS THE DEADLINE
(Hạn hoàn thành | Việc | Bộ phận làm | Cùng làm), the rows ordered by date, one deadline cell merged over two rows, a
post in brackets after a unit; III. the cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận".
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
OUT = HERE / "a_da-nang_27-KH-ANDL-2026_vien-duong-lao-mua-thuc-pham-htx.docx"

OPENING = [
    ("Viện đang chăm sóc 142 người cao tuổi, trong đó 61 cụ phải ăn chế độ mềm, xay nhuyễn. Năm 2026 bếp của Viện mua "
     "rau, cá qua ba đầu mối buôn bán ở chợ, nhiều lần hàng về muộn, không rõ nơi trồng, nơi đánh bắt. Giám đốc Công ty "
     "ban hành Kế hoạch này để từ năm 2027 bếp và khu giặt của Viện có nguồn hàng, dịch vụ ổn định từ các hợp tác "
     "xã trong thành phố.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Từ tháng 01/2027, ít nhất 70% rau, củ và 50% cá tươi của bếp ăn do hợp tác xã cung ứng, có nhật ký sản xuất.",
     "p"),
    ("2. Toàn bộ ga gối, quần áo của các cụ được giặt, sấy, khử khuẩn bởi một hợp tác xã dịch vụ, trả đồ trong ngày.",
     "p"),
    ("II. LỊCH VIỆC VÀ PHÂN CÔNG", "h"),
    ("Bảng dưới đây xếp việc theo thời hạn, việc nào hạn sớm ghi trước; cột cuối ghi bộ phận cùng làm, để trống là "
     "bộ phận ở cột thứ ba tự làm.", "p"),
]

COLUMNS = ["Hạn hoàn thành", "Việc", "Bộ phận làm", "Cùng làm"]
WIDTHS = [Cm(2.8), Cm(7.6), Cm(3.2), Cm(2.8)]
ROWS = [
    ("Trước 31/10/2026", "Đến tận ruộng rau, ao cá và nơi sơ chế của 03 hợp tác xã dự kiến liên kết; chấm phiếu đánh "
     "giá an toàn thực phẩm từng nơi", "Tổ Mua hàng", "Tổ Bếp"),
    ("Trước 15/11/2026", "Ký hợp đồng nguyên tắc mua rau, củ, gạo cả năm 2027 với HTX Rau an toàn Hòa Tiến và HTX "
     "Nông nghiệp Điện Hồng", "Phòng Hành chính - Kế toán", "Tổ Mua hàng"),
    ("", "Soạn thực đơn mềm xoay vòng bốn tuần theo mùa; gửi các hợp tác xã danh mục rau, củ cần trồng và số lượng "
     "mỗi tuần", "Phòng Điều dưỡng (bác sĩ dinh dưỡng)", "Tổ Bếp"),
    ("Tháng 12/2026", "Cho HTX Dịch vụ giặt là Hòa Khánh giặt thử một tháng ga gối, quần áo của hai khu nhà A, B; "
     "ghi số đồ giao, đồ nhận mỗi ngày", "Tổ Giặt là - Buồng phòng", "Phòng Hành chính - Kế toán"),
    ("Từ 01/01/2027, hằng ngày", "Nhận rau, cá theo đơn đặt hôm trước, cân và ghi sổ giao nhận có chữ ký của người "
     "giao", "Tổ Bếp", "Tổ Mua hàng"),
    ("Hằng tháng, trước ngày 05", "Chuyển khoản tiền hàng tháng trước cho từng hợp tác xã theo sổ giao nhận",
     "Phòng Hành chính - Kế toán", ""),
    ("Quý I/2027", "Mời thợ của HTX Mây tre đan Cẩm Nê dạy các cụ còn khỏe đan giỏ, lót ly, mỗi tuần 02 buổi, làm "
     "hoạt động trị liệu", "Phòng Điều dưỡng", "HTX Mây tre đan Cẩm Nê"),
    ("Trước 30/4/2027", "Lấy mẫu rau, cá của từng hợp tác xã gửi kiểm nghiệm, xem còn tồn dư thuốc trừ sâu, chì, "
     "thủy ngân hay không", "Tổ Bếp", "Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng"),
    ("Tháng 6/2027", "Ngồi lại với các hợp tác xã và đại diện gia đình các cụ, đánh giá sáu tháng liên kết; điều chỉnh "
     "giá và thực đơn", "Phòng Hành chính - Kế toán", "Phòng Điều dưỡng, Tổ Bếp"),
    ("Khi có lô hàng không đạt", "Trả lại hàng, lập biên bản với hợp tác xã và đặt hàng bù ngay trong buổi sáng",
     "Tổ Mua hàng", "Tổ Bếp"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ LIÊN KẾT", "h"),
    ("Các hợp tác xã liên kết giao hàng tại cổng bếp trước 6 giờ 30 mỗi sáng, kèm phiếu ghi nơi trồng, ngày thu hoạch "
     "hoặc ngày đánh bắt; báo trước ít nhất một ngày khi thiếu hàng.", "p"),
    ("Trưởng các phòng, tổ nêu tại mục II làm đúng lịch trên; vướng mắc báo Giám đốc để xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "VIỆN DƯỠNG LÃO AN NIÊN"], "Số: 27/KH-ANDL",
                 "Đà Nẵng, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua thực phẩm và thuê giặt là của hợp tác xã phục vụ người cao tuổi năm 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i == 0)
    table.cell(2, 0).merge(table.cell(3, 0))  # "Trước 15/11/2026" over its two rows
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX liên kết;",
                          "- Các phòng, tổ (t/h);", "- Lưu: VT, HCKT."],
                    ["GIÁM ĐỐC", "", "", "", "Phan Thị Diệu Linh"])
    return saved(doc, author="Phòng Hành chính - Kế toán", editor="Văn thư Viện",
                 title="Kế hoạch 27/KH-ANDL", created=datetime(2026, 10, 12, 8, 30, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
