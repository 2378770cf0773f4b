"""Write a_ninh-binh_176-KH-UBND-2025_htx-ocop-o-gop.docx, the seventh held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen7/make_docx.py [OUT]

A province's plan (September 2025, after the provinces merged: Ninh Bình with the former Hà Nam and Nam Định)
whose tasks are almost all in the appendix, a bordered Word table with MERGED CELLS as people lay such tables out
by hand: a group row merged across all five columns (w:gridSpan), the "Cơ quan chủ trì" cell merged vertically
over the rows of one lead (w:vMerge: "Sở Nông nghiệp và Môi trường" once for three tasks, "Sở Công Thương" once for
two), a "Thời gian hoàn thành" cell merged over two rows, and "Cơ quan phối hợp" cells holding several bodies as
one paragraph each. The header and the signature are borderless tables.

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import (cell_lines, header_table, new_document, para, set_borders,  # noqa: E402
                        signature_table, write)
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ninh-binh_176-KH-UBND-2025_htx-ocop-o-gop.docx"


BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Củng cố, nâng cao chất lượng hoạt động của các hợp tác xã, tổ hợp tác trên địa bàn tỉnh sau hợp nhất; "
     "phấn đấu đến hết năm 2027 có thêm 45 sản phẩm OCOP do hợp tác xã làm chủ thể, trong đó có sản phẩm gốm, "
     "cói, thêu ren và nông sản đặc trưng của các vùng.", False),
    ("2. Việc triển khai phải cụ thể, rõ cơ quan chủ trì, thời gian hoàn thành; gắn với Chương trình mỗi xã một "
     "sản phẩm và kế hoạch phát triển kinh tế - xã hội của các xã, phường.", False),
    ("II. NHIỆM VỤ, GIẢI PHÁP", True),
    ("Các nhiệm vụ, giải pháp cụ thể và phân công thực hiện tại Phụ lục kèm theo Kế hoạch này.", False),
    ("III. KINH PHÍ THỰC HIỆN", True),
    ("Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp hiện hành, nguồn vốn lồng ghép các "
     "chương trình mục tiêu quốc gia và nguồn huy động hợp pháp khác.", False),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Nông nghiệp và Môi trường là cơ quan thường trực giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế "
     "hoạch; định kỳ trước ngày 10 tháng 12 hằng năm tổng hợp tình hình, gửi báo cáo về Ủy ban nhân dân tỉnh.", False),
    ("2. Các sở, ban, ngành được giao nhiệm vụ tại Phụ lục chủ động xây dựng kế hoạch chi tiết của đơn vị mình "
     "để triển khai.", False),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh phối hợp với Hội Nông dân tỉnh vận động thành lập mới ít nhất 30 hợp "
     "tác xã, tổ hợp tác mỗi năm, gắn với các vùng nguyên liệu cói, lúa và rau màu.", False),
    ("Trong quá trình tổ chức thực hiện, nếu phát sinh vướng mắc, các cơ quan, đơn vị báo cáo về Sở Nông nghiệp và "
     "Môi trường để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, quyết định./.", False),
]

HEADER_ROW = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]

# ("group", title) spans the table; a row is (tt, task, lead, cooperating paragraphs, deadline); lead or deadline
# None: merged into the cell above (w:vMerge continue).
ROWS = [
    ("group", "I. CỦNG CỐ, NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA HỢP TÁC XÃ"),
    ("1", "Rà soát, phân loại hợp tác xã nông nghiệp theo tiêu chí của Luật Hợp tác xã năm 2023; hướng dẫn giải thể "
          "hợp tác xã ngừng hoạt động", "Sở Nông nghiệp và Môi trường",
     ["Liên minh Hợp tác xã tỉnh;", "Ủy ban nhân dân các xã, phường"], "Quý IV/2025"),
    ("2", "Xây dựng 12 mô hình hợp tác xã liên kết sản xuất lúa, cói theo chuỗi giá trị tại các xã ven biển", None,
     ["Sở Khoa học và Công nghệ;", "Ủy ban nhân dân các xã có mô hình"], "2026 - 2027"),
    ("3", "Hướng dẫn hợp tác xã xây dựng vùng nguyên liệu đạt chứng nhận VietGAP, hữu cơ", None,
     ["Trung tâm Khuyến nông tỉnh"], "Năm 2026"),
    ("group", "II. XÚC TIẾN THƯƠNG MẠI, PHÁT TRIỂN SẢN PHẨM OCOP"),
    ("4", "Tổ chức Hội chợ sản phẩm OCOP và làng nghề gốm Bồ Bát, cói Kim Sơn", "Sở Công Thương",
     ["Sở Văn hóa, Thể thao và Du lịch;", "Liên minh Hợp tác xã tỉnh;", "Hiệp hội Làng nghề tỉnh"], "Tháng 11/2026"),
    ("5", "Hỗ trợ hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử", None,
     ["Sở Khoa học và Công nghệ"], None),
    ("6", "Hỗ trợ hợp tác xã đăng ký nhãn hiệu tập thể, truy xuất nguồn gốc cho sản phẩm OCOP từ 3 sao",
     "Sở Khoa học và Công nghệ", ["Sở Nông nghiệp và Môi trường;", "Ủy ban nhân dân các xã, phường"], "Hằng năm"),
    ("group", "III. TÍN DỤNG, ĐẤT ĐAI CHO HỢP TÁC XÃ"),
    ("7", "Tham mưu phân bổ vốn hỗ trợ hợp tác xã từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Sở Tài chính",
     ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh;", "Liên minh Hợp tác xã tỉnh"], "Trước 31/3/2026"),
    ("8", "Hướng dẫn hợp tác xã thuê đất xây dựng kho, xưởng sơ chế trong vùng nguyên liệu",
     "Sở Nông nghiệp và Môi trường", ["Ủy ban nhân dân các xã, phường"], "Quý II/2026"),
]


def build() -> bytes:
    doc = new_document(13)

    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"], "Số: 176/KH-UBND", "Ninh Bình, ngày 22 tháng 9 năm 2025")

    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển hợp tác xã gắn với sản phẩm OCOP trên địa bàn tỉnh Ninh Bình giai đoạn 2025 - 2027",
         bold=True, center=True)
    para(doc, "Căn cứ Luật Hợp tác xã năm 2023; căn cứ Nghị quyết số 31/NQ-HĐND ngày 12 tháng 8 năm 2025 của Hội đồng "
         "nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội sau hợp nhất tỉnh; Ủy ban nhân dân tỉnh ban hành Kế "
         "hoạch phát triển hợp tác xã gắn với sản phẩm OCOP giai đoạn 2025 - 2027 như sau:")
    for text, bold in BODY:
        para(doc, text, bold=bold)

    signature_table(doc, ["Nơi nhận:", "- Bộ NN&MT, Bộ Tài chính (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                          "- CT, các PCT UBND tỉnh;", "- Các cơ quan có tên tại Phụ lục;", "- Hội Nông dân tỉnh;",
                          "- Lưu: VT, KTN."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Quang Thịnh"])

    doc.add_page_break()
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "NHIỆM VỤ PHÁT TRIỂN HỢP TÁC XÃ GẮN VỚI SẢN PHẨM OCOP GIAI ĐOẠN 2025 - 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 176/KH-UBND ngày 22/9/2025 của Ủy ban nhân dân tỉnh Ninh Bình)", italic=True,
         center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEADER_ROW))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, HEADER_ROW):
        cell_lines(cell, [title], bold=(0,))
    # merge first (python-docx moves a merged cell's paragraphs into the first cell), then write
    for i, row in enumerate(ROWS, start=1):
        if row[0] == "group":
            table.cell(i, 0).merge(table.cell(i, len(HEADER_ROW) - 1))
        else:
            _, _, lead, _, when = row
            if lead is None:
                table.cell(i - 1, 2).merge(table.cell(i, 2))
            if when is None:
                table.cell(i - 1, 4).merge(table.cell(i, 4))
    for i, row in enumerate(ROWS, start=1):
        if row[0] == "group":
            cell_lines(table.cell(i, 0), [row[1]], bold=(0,), center=False)
            continue
        tt, task, lead, coop, when = row
        cell_lines(table.cell(i, 0), [tt])
        cell_lines(table.cell(i, 1), [task], center=False)
        if lead is not None:
            cell_lines(table.cell(i, 2), [lead])
        cell_lines(table.cell(i, 3), coop, center=False)
        if when is not None:
            cell_lines(table.cell(i, 4), [when])

    return saved(doc, author="Phòng Kinh tế ngành", editor="Văn thư UBND tỉnh",
                 title="Kế hoạch 176/KH-UBND",
                 created=datetime(2025, 9, 16, 8, 15, 0), modified=datetime(2025, 9, 22, 16, 40, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
