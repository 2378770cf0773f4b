"""Write a_nghe-an_31-KH-HCTNXP-2026_hoi-cuu-tnxp-htx-hoi-vien-bang-nhom.docx, the sixty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen64/make_docx.py [OUT]

A veterans' association's plan (the Hội Cựu thanh niên xung phong of a province, July 2026) for its members'
cooperatives: the association's header with its parent above it, "Căn cứ" lines, I. purposes, II. targets, III. one
bordered table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian, its rows under three group rows
merged across the table ("A. …", "B. …", "C. …"), one empty partner cell; IV. numbered paragraphs of the bodies' own
work; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_nghe-an_31-KH-HCTNXP-2026_hoi-cuu-tnxp-htx-hoi-vien-bang-nhom.docx"

OPENING = [
    "Căn cứ Điều lệ Hội Cựu thanh niên xung phong Việt Nam;",
    "Căn cứ Chương trình công tác năm 2026 của Ban Thường vụ Hội Cựu thanh niên xung phong tỉnh;",
    "Xét đề nghị của Ban Kinh tế - Chính sách, Ban Thường vụ Hội ban hành Kế hoạch hỗ trợ hội viên phát triển hợp "
    "tác xã, tổ hợp tác như sau:",
]

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Phát huy truyền thống, bản lĩnh của lớp người từng đi thanh niên xung phong trong lao động sản xuất; giúp hội "
     "viên còn sức khỏe cùng con cháu góp vốn, góp sức vào các hợp tác xã, tổ hợp tác ở địa phương.", "p"),
    ("2. Hoạt động hỗ trợ phải thiết thực, đúng đối tượng, không hình thức; gắn với phong trào \"Cựu thanh niên xung "
     "phong giúp nhau làm kinh tế\" của Hội.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Hằng năm có thêm ít nhất 02 hợp tác xã, 06 tổ hợp tác do hội viên làm chủ hoặc tham gia sáng lập.", "p"),
    ("- 100% hợp tác xã của hội viên được khảo sát, lập hồ sơ theo dõi; 70% giám đốc, kế toán được tập huấn.", "p"),
    ("III. CÁC NHIỆM VỤ CỤ THỂ", "h"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]
# a str is a group row merged across the table
ROWS = [
    "A. TUYÊN TRUYỀN, VẬN ĐỘNG HỘI VIÊN",
    ("1", "Phổ biến Luật Hợp tác xã năm 2023 và các chính sách hỗ trợ của tỉnh trong các buổi sinh hoạt chi hội, hội "
          "nghị cán bộ Hội", "Ban Tổ chức - Tuyên truyền", "Liên minh HTX tỉnh", "Quý III/2026"),
    ("2", "Mở chuyên mục \"Cựu TNXP làm kinh tế tập thể\" trên trang thông tin điện tử của Hội, mỗi tháng ít nhất 02 "
          "tin, bài", "Văn phòng Hội", "", "Tháng 8/2026"),
    "B. HỖ TRỢ THÀNH LẬP, CỦNG CỐ HỢP TÁC XÃ, TỔ HỢP TÁC CỦA HỘI VIÊN",
    ("3", "Khảo sát 42 hợp tác xã, tổ hợp tác do hội viên làm chủ hoặc tham gia; lập hồ sơ theo dõi từng đơn vị",
     "Ban Kinh tế - Chính sách", "Hội Cựu TNXP các xã, phường", "Tháng 7 - 8/2026"),
    ("4", "Vận động, hướng dẫn hội viên ở các xã miền núi phía Tây thành lập mới 05 hợp tác xã chăn nuôi bò, trồng "
          "gừng, nuôi ong", "Ban Kinh tế - Chính sách", "Liên minh HTX tỉnh, Sở Tài chính", "2026 - 2027"),
    ("5", "Mở 03 lớp tập huấn quản trị, kế toán cho 120 hội viên là giám đốc, kế toán, thành viên hội đồng quản trị "
          "hợp tác xã", "Trung tâm Tư vấn và Hỗ trợ hội viên", "Liên minh HTX tỉnh", "Trước 30/10/2026"),
    "C. VỐN VÀ THỊ TRƯỜNG",
    ("6", "Ưu tiên cho vay từ Quỹ Hỗ trợ hội viên đối với hợp tác xã, tổ hợp tác có trên một nửa thành viên là cựu "
          "thanh niên xung phong", "Ban Điều hành Quỹ Hỗ trợ hội viên", "Ban Kinh tế - Chính sách", "Hằng quý"),
    ("7", "Đưa sản phẩm của hợp tác xã hội viên đi trưng bày tại Hội chợ Công thương - OCOP tỉnh và lên sàn Postmart",
     "Trung tâm Tư vấn và Hỗ trợ hội viên", "Sở Công Thương, Bưu điện tỉnh Nghệ An", "Quý IV/2026"),
    ("8", "Gặp mặt, biểu dương các hợp tác xã, tổ hợp tác tiêu biểu của hội viên nhân Ngày truyền thống lực lượng "
          "thanh niên xung phong Việt Nam", "Văn phòng Hội", "Ban Tổ chức - Tuyên truyền", "Dịp 15/7/2027"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Kinh tế - Chính sách là đầu mối giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện; sơ kết một năm, báo "
     "cáo Ban Thường vụ trước ngày 15/12/2026.", "p"),
    ("2. Đề nghị Hội Cựu TNXP các xã, phường lập danh sách hội viên có nhu cầu tham gia hợp tác xã, tổ hợp tác, gửi về "
     "Ban Kinh tế - Chính sách trước ngày 31/7/2026.", "p"),
    ("3. Kinh phí thực hiện Kế hoạch lấy từ nguồn hoạt động thường xuyên của Hội và các nguồn vận động hợp pháp.", "p"),
    ("Trên đây là Kế hoạch của Ban Thường vụ Hội Cựu thanh niên xung phong tỉnh về hỗ trợ hội viên phát triển hợp tác "
     "xã, tổ hợp tác./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["TW HỘI CỰU TNXP VIỆT NAM", "HỘI CỰU THANH NIÊN XUNG PHONG", "TỈNH NGHỆ AN"],
                 "Số: 31-KH/HCTNXP", "Nghệ An, ngày 02 tháng 7 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên cựu thanh niên xung phong phát triển hợp tác xã, tổ hợp tác giai đoạn 2026 - 2027",
         bold=True, center=True)
    for text in OPENING:
        para(doc, text, italic=text.startswith("Căn cứ"))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội Cựu TNXP Việt Nam (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);",
                          "- Liên minh HTX tỉnh, Sở Tài chính;", "- Hội Cựu TNXP các xã, phường;",
                          "- Các ban, đơn vị của Hội;", "- Lưu: VP, KT-CS."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Võ Đình Thảo"])
    return saved(doc, author="Ban Kinh tế - Chính sách", editor="Văn phòng Hội Cựu TNXP tỉnh",
                 title="Kế hoạch 31-KH/HCTNXP", created=datetime(2026, 6, 24, 9, 10, 0),
                 modified=datetime(2026, 7, 2, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
