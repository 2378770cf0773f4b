"""Write a_quang-ninh_41-2026-KH-VHCR_thu-gom-vo-hau-htx-nam-2027.docx, the two-hundred-and-forty-seventh held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen247/make_docx.py [OUT]

An oyster-shell powder maker's plan (October 2026) for collecting the shells of its linked oyster-farming cooperatives
and cooperative groups in 2027: I. targets; II. one bordered table Mã | Việc | Sản phẩm cần có whose every task row is
followed by a FULL-WIDTH ASSIGNMENT SUB-ROW (its cells merged across the table, italic): "↳ Giao: … · Cùng làm: … ·
Hạn: …"; III. organisation; the signature beside "Nơi nhận". Every paragraph is a plain paragraph.

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
OUT = HERE / "a_quang-ninh_41-2026-KH-VHCR_thu-gom-vo-hau-htx-nam-2027.docx"

OPENING = [
    ("Năm 2026 nhà máy nghiền của Công ty tại đặc khu Vân Đồn chạy được 61% công suất vì thiếu vỏ hàu sạch: vỏ các "
     "bè hàu đưa về lẫn dây nilon, phao xốp và bùn, mỗi tấn phải loại bỏ gần 140 kg tạp chất. Để có nguồn vỏ ổn định "
     "cho dây chuyền bột canxi thức ăn chăn nuôi và vôi cải tạo ao, Công ty lập Kế hoạch thu gom vỏ hàu năm 2027 với "
     "các hợp tác xã, tổ hợp tác nuôi hàu liên kết như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu gom 9.500 tấn vỏ hàu, trong đó ít nhất 80% là vỏ đã rửa, phơi tại điểm tập kết của hợp tác xã.", "p"),
    ("- Tạp chất lẫn trong vỏ dưới 3% khối lượng; không còn vỏ hàu đổ ra bãi triều tại các xã liên kết.", "p"),
    ("II. CÔNG VIỆC VÀ GIAO VIỆC", "h"),
    ("Dưới mỗi việc có một dòng giao việc in nghiêng kéo hết chiều ngang bảng: sau chữ “Giao” là bộ phận chịu trách "
     "nhiệm chính, sau chữ “Cùng làm” là đơn vị góp sức, sau chữ “Hạn” là thời hạn xong việc.", "p"),
]

COLUMNS = ["Mã", "Việc", "Sản phẩm cần có"]
WIDTHS = [Cm(1.6), Cm(9.4), Cm(5.0)]
# (code, work, product, assignment line)
ROWS = [
    ("VH-01", "Ký phụ lục giá vỏ hàu năm 2027 với từng hợp tác xã, tổ hợp tác, ghi rõ giá vỏ rửa sạch và vỏ chưa rửa",
     "05 phụ lục đã ký",
     "↳ Giao: Phòng Nguyên liệu · Cùng làm: Phòng Tài chính - Kế toán · Hạn: trước 15/12/2026"),
    ("VH-02", "Dựng 04 điểm tập kết vỏ có mái che và rãnh thoát nước tại bến Cái Rồng, Đài Xuyên, Minh Châu, Quan Lạn",
     "04 điểm tập kết đưa vào dùng",
     "↳ Giao: Ban Xây dựng cơ bản · Cùng làm: HTX Nuôi trồng thủy sản Đài Xuyên, UBND đặc khu Vân Đồn · "
     "Hạn: trước 28/02/2027"),
    ("VH-03", "Cấp máy rửa vỏ áp lực cao và sàng rung cho các hợp tác xã, hướng dẫn vận hành, ghi sổ giao nhận máy",
     "Biên bản bàn giao 06 máy",
     "↳ Giao: Xưởng Cơ điện · Cùng làm: Phòng Nguyên liệu · Hạn: tháng 01/2027"),
    ("VH-04", "Tập huấn cho tổ viên cách tách dây nilon, phao xốp khỏi vỏ khi dỡ bè, không đổ vỏ ra bãi triều",
     "08 buổi, 240 lượt người",
     "↳ Giao: Phòng Nguyên liệu · Cùng làm: Chi cục Thủy sản, Biển và Hải đảo, Hội Nông dân đặc khu Vân Đồn · "
     "Hạn: quý I/2027"),
    ("VH-05", "Lấy mẫu vỏ mỗi chuyến sà lan, đo độ ẩm và tỷ lệ tạp chất, báo kết quả cho hợp tác xã trong ngày",
     "Phiếu kiểm tra từng chuyến",
     "↳ Giao: Phòng Quản lý chất lượng · Hạn: thường xuyên trong năm 2027"),
    ("VH-06", "Thuê sà lan chở vỏ từ các điểm tập kết về nhà máy theo lịch con nước, mua bảo hiểm hàng hóa",
     "Hợp đồng vận chuyển năm 2027",
     "↳ Giao: Phòng Kinh doanh · Cùng làm: HTX Vận tải thủy Bái Tử Long · Hạn: trước 20/01/2027"),
    ("VH-07", "Thanh toán tiền vỏ cho hợp tác xã theo phiếu cân đã có xác nhận của Phòng Quản lý chất lượng",
     "Chứng từ chuyển khoản",
     "↳ Giao: Phòng Tài chính - Kế toán · Hạn: trong 05 ngày làm việc sau mỗi chuyến"),
    ("VH-08", "Làm thủ tục quan trắc môi trường cho 04 điểm tập kết, xử lý nước rửa vỏ trước khi xả ra biển",
     "Báo cáo quan trắc quý",
     "↳ Giao: Tổ An toàn - Môi trường · Cùng làm: Ban Xây dựng cơ bản, Sở Nông nghiệp và Môi trường · "
     "Hạn: quý II/2027"),
    ("VH-09", "Thử sản phẩm bột vỏ hàu nung cho các hợp tác xã nuôi tôm, cá liên kết dùng để xử lý đáy ao",
     "Kết quả thử tại 10 ao",
     "↳ Giao: Phòng Nghiên cứu sản phẩm · Cùng làm: HTX Thủy sản Minh Châu, Trung tâm Khuyến nông tỉnh · "
     "Hạn: trước 30/6/2027"),
    ("VH-10", "Sơ kết 6 tháng, đánh giá lượng vỏ từng hợp tác xã giao, điều chỉnh giá quý III nếu cần",
     "Báo cáo sơ kết trình Hội đồng quản trị",
     "↳ Giao: Phòng Nguyên liệu · Cùng làm: Phòng Kinh doanh, Phòng Tài chính - Kế toán · Hạn: tháng 7/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Năm đơn vị nuôi hàu liên kết gồm HTX Nuôi trồng thủy sản Đài Xuyên, HTX Thủy sản Minh Châu, HTX Hàu "
     "sạch Bản Sen, THT nuôi hàu thôn Đông Trung và THT nuôi hàu Quan Lạn có trách nhiệm giao vỏ đúng lượng đã đăng ký; "
     "báo Phòng Nguyên liệu khi có bè hàu chết hàng loạt.", "p"),
    ("2. Phòng Nguyên liệu là đầu mối theo dõi kế hoạch, tổng hợp tình hình hằng tháng gửi Tổng Giám đốc./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "BỘT VỎ HÀU CÁI RỒNG"], "Số: 41/2026/KH-VHCR",
                 "Vân Đồn, ngày 26 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu gom vỏ hàu năm 2027 tại vùng nuôi hàu liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + 2 * len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, value, width in zip(table.rows[0].cells, COLUMNS, WIDTHS):
        cell.width = width
        cell_lines(cell, [value], bold=(0,))
    for n, (code, work, product, line) in enumerate(ROWS):
        row = table.rows[1 + 2 * n]
        for i, value in enumerate((code, work, product)):
            row.cells[i].width = WIDTHS[i]
            cell_lines(row.cells[i], [value], center=i == 0)
        sub = table.rows[2 + 2 * n]
        merged = sub.cells[0].merge(sub.cells[2])
        cell_lines(merged, [line], italic=(0,), center=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND đặc khu Vân Đồn;",
                          "- Các HTX, THT liên kết;", "- Các phòng, ban, xưởng (t/h);", "- Lưu: VT, PNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phạm Đức Quyến"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-VHCR", created=datetime(2026, 10, 21, 8, 30, 0),
                 modified=datetime(2026, 10, 26, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
