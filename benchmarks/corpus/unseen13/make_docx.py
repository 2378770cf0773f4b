"""Write a_dien-bien_1592-KH-SNNMT-2026_co-quan-neu-dau-tien.docx, the thirteenth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen13/make_docx.py [OUT]

A Sở's plan (April 2026, after the Sở Nông nghiệp và Phát triển nông thôn and the Sở Tài nguyên và Môi trường were
merged) whose task table has ONE column "Cơ quan thực hiện" naming several bodies in one cell, ONE A LINE (line breaks,
w:br, inside one paragraph, as people press Shift+Enter in Word): the note above the table says that the body named
first leads and the bodies after it cooperate — no "chủ trì" or "phối hợp" word in the cells. Under the table, one task
of the Sở's own unit and a class's closing duty. The header and the signature are borderless tables.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dien-bien_1592-KH-SNNMT-2026_co-quan-neu-dau-tien.docx"

# the table: (TT, content, bodies — the first leads, the rest cooperate —, time)
ROWS = [
    ("1", "Khảo sát, đánh giá năng lực sản xuất của các hợp tác xã trồng cà phê, mắc ca; đề xuất danh sách hợp tác xã "
          "tham gia liên kết xây dựng vùng nguyên liệu.",
     ["Chi cục Phát triển nông thôn", "Chi cục Trồng trọt và Bảo vệ thực vật", "Ủy ban nhân dân các xã, phường"],
     "Quý II/2026"),
    ("2", "Hướng dẫn hợp tác xã trồng lúa Séng Cù, lúa nếp Tan áp dụng quy trình canh tác hữu cơ, ghi chép nhật ký "
          "đồng ruộng.",
     ["Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông"], "Vụ mùa năm 2026"),
    ("3", "Xây dựng 04 mô hình trình diễn tưới tiết kiệm nước cho cà phê do hợp tác xã làm chủ đầu tư.",
     ["Trung tâm Khuyến nông", "Chi cục Thủy lợi", "Liên minh Hợp tác xã tỉnh"], "Trước 30/9/2026"),
    ("4", "Hỗ trợ hợp tác xã cấp mã số vùng trồng, mã số cơ sở đóng gói cho cà phê nhân và hạt mắc ca xuất khẩu.",
     ["Chi cục Trồng trọt và Bảo vệ thực vật"], "Năm 2026"),
    ("5", "Thẩm định hồ sơ đề nghị hỗ trợ hợp tác xã xây dựng nhà sơ chế, kho bảo quản nông sản; tổng hợp trình Giám "
          "đốc Sở.",
     ["Phòng Kế hoạch - Tài chính", "Chi cục Phát triển nông thôn", "Sở Tài chính"], "Quý III/2026"),
    ("6", "Kết nối hợp tác xã với doanh nghiệp thu mua, chế biến cà phê; hỗ trợ ký hợp đồng liên kết tiêu thụ theo "
          "chuỗi.",
     ["Chi cục Phát triển nông thôn", "Sở Công Thương"], "Thường xuyên"),
    ("7", "Rà soát diện tích đất hợp tác xã đang sử dụng; hướng dẫn hợp tác xã lập hồ sơ thuê đất làm vùng nguyên liệu.",
     ["Ủy ban nhân dân các xã, phường", "Chi cục Quản lý đất đai"], "Trước 31/10/2026"),
    ("8", "Tổ chức 03 lớp tập huấn quản trị hợp tác xã và kỹ năng thương thảo hợp đồng cho giám đốc hợp tác xã nông "
          "nghiệp.",
     ["Liên minh Hợp tác xã tỉnh", "Chi cục Phát triển nông thôn"], "Quý III - Quý IV/2026"),
    ("9", "Đăng tải thông tin về mô hình hợp tác xã liên kết vùng nguyên liệu hiệu quả trên Cổng thông tin điện tử "
          "của Sở.",
     ["Văn phòng Sở"], "Hằng quý"),
    ("10", "Theo dõi, cập nhật số liệu hợp tác xã nông nghiệp trên địa bàn vào cơ sở dữ liệu của ngành.",
     ["Chi cục Phát triển nông thôn", "Ủy ban nhân dân các xã, phường"], "Trước 15/12/2026"),
]

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Hỗ trợ các hợp tác xã nông nghiệp trên địa bàn tỉnh tham gia xây dựng vùng nguyên liệu cà phê, mắc ca và lúa "
     "đặc sản gắn với tiêu thụ sản phẩm.", False),
    ("2. Phân công rõ cơ quan, đơn vị thực hiện và thời gian hoàn thành từng nhiệm vụ; bảo đảm phối hợp chặt chẽ giữa "
     "các đơn vị thuộc Sở với các sở, ngành và địa phương.", False),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", True),
]
NOTE = ("Ghi chú: tại cột “Cơ quan thực hiện”, cơ quan, đơn vị được nêu đầu tiên là cơ quan chủ trì; các cơ quan, "
        "đơn vị được nêu tiếp theo là cơ quan phối hợp.")
AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", True),
    ("1. Giao Chi cục Phát triển nông thôn là đơn vị đầu mối, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng "
     "hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/12/2026.", False),
    ("2. Thủ trưởng các phòng, chi cục, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công chủ động triển khai; trong quá "
     "trình thực hiện có vướng mắc kịp thời phản ánh về Chi cục Phát triển nông thôn để tổng hợp./.", False),
]


def bodies_cell(cell, bodies) -> None:
    """The bodies in ONE paragraph of the cell, a line break (w:br) between them."""
    p = cell.paragraphs[0]
    for i, body in enumerate(bodies):
        run = p.add_run(body)
        if i < len(bodies) - 1:
            run.add_break()


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH ĐIỆN BIÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "Số: 1592/KH-SNNMT",
                 "Điện Biên, ngày 17 tháng 4 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã nông nghiệp tham gia xây dựng vùng nguyên liệu cà phê, mắc ca và lúa đặc sản năm 2026",
         bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch số 58/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh Điện Biên về phát triển kinh "
              "tế tập thể, hợp tác xã năm 2026, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:")
    for text, bold in BEFORE:
        para(doc, text, bold=bold)
    para(doc, NOTE, italic=True)

    table = doc.add_table(rows=1 + len(ROWS), cols=4)
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, ("TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện",
                                                 "Thời gian hoàn thành")):
        cell_lines(cell, [title], bold=(0,))
    for i, (tt, content, bodies, time) in enumerate(ROWS, start=1):
        cells = table.rows[i].cells
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], [content], center=False)
        bodies_cell(cells[2], bodies)
        cell_lines(cells[3], [time])
    widths = (Cm(1.0), Cm(8.0), Cm(4.5), Cm(2.5))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    for row in table.rows[1:]:
        row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT

    for text, bold in AFTER:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Sở Tài chính, Sở Công Thương;",
                          "- Liên minh HTX tỉnh;", "- UBND các xã, phường;", "- Các phòng, chi cục, đơn vị thuộc Sở;",
                          "- Lưu: VT, PTNT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lò Văn Thắm"])

    return saved(doc, author="Chi cục Phát triển nông thôn", editor="Văn thư Sở Nông nghiệp và Môi trường",
                 title="Kế hoạch 1592/KH-SNNMT",
                 created=datetime(2026, 4, 10, 8, 20, 0), modified=datetime(2026, 4, 17, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
