"""Write a_tay-ninh_318-KH-UBND-2025_phu-luc-cuoi-van-ban.docx, the nineteenth held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen19/make_docx.py [OUT]

An ordinary province's plan in Word (November 2025, after Tây Ninh and Long An were merged): I. purposes, II. targets,
III. one sentence sending the reader to the appendix, IV. four numbered paragraphs of the bodies' own work (each
opening with the body's name), the closing sentence, the signature beside "Nơi nhận"; after a page break the "Phụ lục"
with its title and one bordered table TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
thành, eight rows, no group rows and no merged cells, a cooperating cell naming its bodies in one line separated by
commas. Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_tay-ninh_318-KH-UBND-2025_phu-luc-cuoi-van-ban.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Cụ thể hóa các nhiệm vụ phát triển kinh tế tập thể của tỉnh năm 2026 trong điều kiện tỉnh mới sau hợp nhất, "
     "chính quyền địa phương hai cấp.", "p"),
    ("2. Mỗi nhiệm vụ xác định rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành; các cơ quan chủ động "
     "phối hợp, tránh chồng chéo.", "p"),
    ("II. CHỈ TIÊU NĂM 2026", "h"),
    ("- Thành lập mới ít nhất 60 hợp tác xã, 150 tổ hợp tác; tổng số hợp tác xã đang hoạt động đạt khoảng 1.020 hợp "
     "tác xã.", "p"),
    ("- Tỷ lệ hợp tác xã hoạt động hiệu quả đạt từ 65% trở lên; doanh thu bình quân một hợp tác xã tăng 8% so với "
     "năm 2025.", "p"),
    ("III. NHIỆM VỤ, GIẢI PHÁP", "h"),
    ("Các nhiệm vụ năm 2026 được liệt kê tại Phụ lục kèm theo, mỗi nhiệm vụ ghi cơ quan chủ trì, cơ quan phối hợp "
     "và thời hạn.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Sở Tài chính là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan thực hiện Kế "
     "hoạch; tổng hợp kết quả năm 2026, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.", "p"),
    ("2. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã nông nghiệp xây dựng phương án sản xuất, kinh doanh "
     "gắn với liên kết tiêu thụ nông sản; thời gian thực hiện: tháng 3/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh tư vấn cho các tổ hợp tác đủ điều kiện chuyển thành hợp tác xã, thực "
     "hiện trong năm 2026.", "p"),
    ("4. Ủy ban nhân dân các xã, phường cập nhật danh sách tổ hợp tác, hợp tác xã đang hoạt động trên địa bàn, gửi "
     "Sở Tài chính trước ngày 30/6/2026.", "p"),
    ("Trên đây là Kế hoạch năm 2026 của Ủy ban nhân dân tỉnh Tây Ninh về kinh tế tập thể./.", "p"),
]

COLUMNS = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
WIDTHS = [Cm(1.0), Cm(6.4), Cm(3.2), Cm(3.6), Cm(2.8)]
ROWS = [
    ("1", "Rà soát, đánh giá thực trạng hợp tác xã sau sắp xếp đơn vị hành chính; đề xuất giải thể các hợp tác xã "
          "ngừng hoạt động kéo dài", "Sở Tài chính", "Ủy ban nhân dân các xã, phường", "Quý I/2026"),
    ("2", "Hỗ trợ thành lập mới hợp tác xã nông nghiệp gắn với vùng nguyên liệu mía, mì, lúa chất lượng cao",
     "Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh, Ủy ban nhân dân các xã", "Quý III/2026"),
    ("3", "Xây dựng 15 mô hình hợp tác xã ứng dụng công nghệ cao trong trồng rau, nấm và cây ăn trái",
     "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Tháng 10/2026"),
    ("4", "Tổ chức 02 hội chợ, phiên chợ kết nối tiêu thụ sản phẩm của hợp tác xã với hệ thống siêu thị",
     "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", "Quý II và quý III/2026"),
    ("5", "Đào tạo, tập huấn cho 350 lượt cán bộ quản lý, kế toán của hợp tác xã", "Liên minh Hợp tác xã tỉnh",
     "Sở Nội vụ", "Trước 30/9/2026"),
    ("6", "Tham mưu bố trí kinh phí hỗ trợ hợp tác xã trong dự toán ngân sách tỉnh năm 2027", "Sở Tài chính",
     "Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh", "Tháng 11/2026"),
    ("7", "Hướng dẫn hợp tác xã sử dụng hóa đơn điện tử, phần mềm kế toán; giải đáp vướng mắc về thuế",
     "Thuế tỉnh Tây Ninh", "Liên minh Hợp tác xã tỉnh", "Thường xuyên"),
    ("8", "Tuyên truyền Luật Hợp tác xã năm 2023, giới thiệu các hợp tác xã làm ăn hiệu quả",
     "Sở Văn hóa, Thể thao và Du lịch", "Liên minh Hợp tác xã tỉnh", "Năm 2026"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], "Số: 318/KH-UBND", "Tây Ninh, ngày 24 tháng 11 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển kinh tế tập thể, hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Để đưa khu vực kinh tế tập thể của tỉnh sau hợp nhất phát triển đồng đều giữa vùng Tây Ninh cũ và Long "
              "An cũ, Ủy ban nhân dân tỉnh ban hành Kế hoạch năm 2026 với các nội dung sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Chủ tịch, PCT Lâm Quốc Triều;",
                          "- Cơ quan chủ trì, phối hợp tại Phụ lục;", "- UBND xã, phường (t/h);",
                          "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lâm Quốc Triều"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 318/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh Tây Ninh)", italic=True,
         center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    return saved(doc, author="Phòng Kinh tế tổng hợp", editor="Văn thư UBND tỉnh Tây Ninh",
                 title="Kế hoạch 318/KH-UBND", created=datetime(2025, 11, 17, 8, 20, 0),
                 modified=datetime(2025, 11, 24, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
