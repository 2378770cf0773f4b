"""Write a_dong-thap_41-KH-NS-2026_kem-trai-cay-nguyen-lieu-htx.docx, the two-hundred-and-fifty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen257/make_docx.py [OUT]

An ice-cream maker's plan (August 2026) for buying mango, durian, coconut flesh and lotus seeds of cooperatives for the
2026 - 2027 season: an opening, I. targets; II. a note, then one bordered table of TWO-ROW BLOCKS, one block a task —
the numbered work in a row merged across the table, under it three cells "Đầu mối: …" | "Hỗ trợ: …" | "Hạn chót: …";
III. the cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_41-KH-NS-2026_kem-trai-cay-nguyen-lieu-htx.docx"

OPENING = [
    ("Mùa hè năm 2026 Công ty bán ra 1,9 triệu que kem và 86 nghìn hộp kem ly, trong đó dòng kem trái cây tăng mạnh "
     "nhưng xoài, sầu riêng mua qua thương lái lúc thiếu lúc thừa, độ chín không đều, có lô phải hủy. Để chủ động "
     "nguồn nguyên liệu cho mùa 2026 - 2027, Giám đốc Công ty quyết định mua thẳng của các hợp tác xã trong tỉnh theo "
     "Kế hoạch dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến tháng 3/2027, tối thiểu 60% xoài, sầu riêng, cơm dừa dùng cho sản xuất được mua của hợp tác xã theo hợp "
     "đồng, có giấy chứng nhận vùng trồng.", "p"),
    ("2. Ra mắt sản phẩm kem hạt sen dùng hạt sen của hợp tác xã địa phương trước mùa nắng năm 2027.", "p"),
    ("II. CÁC VIỆC VÀ NGƯỜI CHỊU TRÁCH NHIỆM", "h"),
    ("Mỗi việc chiếm hai dòng trong bảng: dòng trên là nội dung việc, dòng dưới ghi bộ phận đầu mối, bộ phận hỗ trợ và "
     "hạn chót. Ô “Hỗ trợ” để dấu “—” nghĩa là bộ phận đầu mối tự làm.", "p"),
]

# (work, lead, partners, time)
TASKS = [
    ("Khảo sát vườn xoài, vườn sầu riêng của các hợp tác xã dự kiến liên kết; lấy mẫu đo độ ngọt từng lô, ghi tuổi "
     "cây và giống", "Phòng Thu mua nguyên liệu", "Phòng Kiểm soát chất lượng", "15/9/2026"),
    ("Thương thảo, ký hợp đồng bao tiêu xoài cát cho cả vụ nghịch và vụ thuận với HTX Xoài Mỹ Xương, giá sàn theo "
     "từng loại", "Phòng Thu mua nguyên liệu", "Phòng Kế toán, HTX Xoài Mỹ Xương", "Tháng 9/2026"),
    ("Lắp 02 tủ cấp đông tại điểm gom của HTX Dừa Tân Phú Đông để cơm dừa nạo xong được cấp đông ngay, không để qua "
     "đêm", "Phòng Kỹ thuật - Cơ điện", "HTX Dừa Tân Phú Đông", "Trước 30/10/2026"),
    ("Hướng dẫn thành viên HTX Sầu riêng Ngũ Hiệp cắt trái đúng độ chín, không dùng thuốc ép chín, ghi nhật ký phun "
     "xịt", "Phòng Kiểm soát chất lượng", "Trung tâm Khuyến nông tỉnh Đồng Tháp", "Quý IV/2026"),
    ("Thử công thức kem hạt sen từ hạt sen tươi của HTX Sen Tháp Mười, mỗi mẻ 50 lít; mời 30 khách quen nếm và chấm "
     "điểm", "Bộ phận Nghiên cứu sản phẩm", "Phòng Kinh doanh", "Tháng 11/2026"),
    ("Nhận trái cây tại cổng xưởng: cân, cắt thử, ghi phiếu nhập và báo lô không đạt cho hợp tác xã trong 02 giờ",
     "Xưởng Sơ chế trái cây", "Phòng Kiểm soát chất lượng", "Mỗi chuyến hàng"),
    ("Chuyển khoản tiền nguyên liệu cho từng hợp tác xã theo phiếu nhập đã đối chiếu", "Phòng Kế toán", "—",
     "10 ngày sau khi nhận đủ hóa đơn"),
    ("In tên, địa chỉ hợp tác xã cung cấp nguyên liệu lên bao bì dòng kem trái cây miền Tây", "Phòng Kinh doanh",
     "Bộ phận Nghiên cứu sản phẩm", "Trước 31/01/2027"),
    ("Gửi mẫu kem thành phẩm làm từ nguyên liệu hợp tác xã đến phòng thí nghiệm độc lập phân tích chỉ tiêu vi sinh",
     "Phòng Kiểm soát chất lượng", "—", "Hằng quý"),
    ("Tổng kết mùa nguyên liệu; chấm điểm từng hợp tác xã về chất lượng, giao đúng hẹn; đề xuất giá và sản lượng năm "
     "sau", "Phòng Thu mua nguyên liệu", "Phòng Kế toán, Phòng Kiểm soát chất lượng", "Quý II/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ CÙNG LIÊN KẾT", "h"),
    ("Các hợp tác xã liên kết báo sản lượng dự kiến của tháng kế tiếp cho Phòng Thu mua nguyên liệu trước ngày 25 mỗi "
     "tháng và giữ nhật ký vườn để Công ty đối chiếu khi cần.", "p"),
    ("Trưởng các phòng, xưởng, bộ phận có tên trong bảng chịu trách nhiệm trước Giám đốc về phần việc của mình; "
     "vướng mắc báo ngay để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH THỰC PHẨM", "KEM NGỌC SƯƠNG"], "Số: 41/KH-NS",
                 "Đồng Tháp, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua xoài, sầu riêng, cơm dừa và hạt sen của hợp tác xã làm nguyên liệu kem mùa 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=2 * len(TASKS), cols=3)
    set_borders(table, "single")
    for n, (work, lead, partners, time) in enumerate(TASKS):
        top, bottom = table.rows[2 * n], table.rows[2 * n + 1]
        for cell, width in zip(top.cells, (Cm(5.4), Cm(5.4), Cm(5.4))):
            cell.width = width
        merged = top.cells[0].merge(top.cells[2])
        paragraph = merged.paragraphs[0]
        paragraph.add_run(f"{n + 1}. ").bold = True
        paragraph.add_run(work)
        for cell, (label, value) in zip(bottom.cells, (("Đầu mối: ", lead), ("Hỗ trợ: ", partners),
                                                       ("Hạn chót: ", time))):
            p = cell.paragraphs[0]
            p.add_run(label).italic = True
            p.add_run(value)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Chủ tịch Công ty (b/c);", "- 04 HTX liên kết;",
                          "- Các phòng, xưởng, bộ phận;", "- Lưu: VT, TM."],
                    ["GIÁM ĐỐC", "", "", "", "Quách Văn Lực"])
    return saved(doc, author="Phòng Thu mua nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/KH-NS", created=datetime(2026, 8, 13, 9, 10, 0),
                 modified=datetime(2026, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
