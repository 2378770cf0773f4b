"""Write a_dong-nai_2417-KH-SXD-2026_so-xay-dung-htx-nha-o-cong-nhan.docx, the eightieth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen80/make_docx.py [OUT]

A Sở Xây dựng's plan (September 2026) piloting HOUSING cooperatives for workers of industrial parks: the Sở's header
under the province, an opening of why, I. targets as "-" lines, II. one bordered table Stt | Việc cần làm | Đơn vị
thực hiện | Đơn vị cùng làm | Mốc thời gian, III. two numbered paragraphs; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_dong-nai_2417-KH-SXD-2026_so-xay-dung-htx-nha-o-cong-nhan.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Luật Hợp tác xã năm 2023 cho phép người lao động góp vốn lập hợp tác xã để xây dựng, quản lý nhà ở cho chính "
     "thành viên. Tại các khu công nghiệp Nhơn Trạch, Long Thành, Bàu Xéo hiện có hơn 41.000 công nhân thuê trọ, "
     "nhiều khu trọ xuống cấp. Sở Xây dựng ban hành Kế hoạch thí điểm như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Hỗ trợ thành lập 02 hợp tác xã nhà ở của công nhân (01 tại Nhơn Trạch, 01 tại Long Thành) trong năm 2027.", "p"),
    ("- Mỗi hợp tác xã có phương án đầu tư hoặc thuê lại tối thiểu 120 căn hộ nhà ở xã hội cho thành viên.", "p"),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG", "h"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý nhà và Thị trường bất động sản là đầu mối, tổng hợp khó khăn, vướng mắc của các hợp tác xã "
     "thí điểm, báo cáo Giám đốc Sở hằng quý.", "p"),
    ("2. Đề nghị Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở các doanh nghiệp trong khu công nghiệp giới thiệu "
     "công nhân có nhu cầu tham gia làm thành viên hợp tác xã, gửi danh sách về Sở trước ngày 31/10/2026.", "p"),
    ("Vướng mắc phát sinh khi thí điểm được gửi về Sở Xây dựng (qua Phòng Quản lý nhà và Thị trường bất động sản) "
     "để Sở xem xét, giải quyết hoặc báo cáo UBND tỉnh./.", "p"),
]

COLUMNS = ["Stt", "Việc cần làm", "Đơn vị thực hiện", "Đơn vị cùng làm", "Mốc thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.4), Cm(3.6), Cm(2.6)]
ROWS = [
    ("1", "Khảo sát nhu cầu nhà ở và khả năng góp vốn của công nhân tại 03 khu công nghiệp",
     "Phòng Quản lý nhà và Thị trường bất động sản", "Ban Quản lý các khu công nghiệp; Liên đoàn Lao động tỉnh",
     "Tháng 10/2026"),
    ("2", "Rà soát quỹ đất 20% trong các dự án nhà ở thương mại để bố trí cho hợp tác xã nhà ở",
     "Phòng Quy hoạch - Kiến trúc", "Sở Nông nghiệp và Môi trường", "Trước 30/11/2026"),
    ("3", "Soạn mẫu điều lệ, phương án sản xuất kinh doanh của hợp tác xã nhà ở",
     "Phòng Quản lý nhà và Thị trường bất động sản", "Liên minh HTX tỉnh", "Quý IV/2026"),
    ("4", "Hướng dẫn nhóm công nhân sáng lập làm thủ tục đăng ký hợp tác xã", "Liên minh HTX tỉnh",
     "Sở Tài chính", "Quý I/2027"),
    ("5", "Thẩm định phương án đầu tư, thuê lại căn hộ của hợp tác xã", "Phòng Phát triển đô thị và Hạ tầng kỹ thuật",
     "", "Sau khi HTX được cấp giấy chứng nhận đăng ký"),
    ("6", "Tham mưu bố trí kinh phí tư vấn, tập huấn cho hợp tác xã thí điểm", "Văn phòng Sở",
     "Sở Tài chính", "2026 - 2027"),
    ("7", "Kiểm tra việc quản lý, vận hành nhà ở của hợp tác xã, việc thu tiền thuê của thành viên", "Thanh tra Sở",
     "", "6 tháng đầu năm 2027"),
    ("8", "Sơ kết thí điểm, đề xuất nhân rộng", "Phòng Quản lý nhà và Thị trường bất động sản",
     "Các đơn vị liên quan", "Tháng 12/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "SỞ XÂY DỰNG"], "Số: 2417/KH-SXD",
                 "Đồng Nai, ngày 09 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thí điểm hỗ trợ thành lập hợp tác xã nhà ở cho công nhân các khu công nghiệp", bold=True, center=True)
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
                cell_lines(cell, [value] if value else [], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban QL các KCN, LĐLĐ tỉnh;",
                          "- Sở Tài chính, Sở NN&MT;", "- LMHTX tỉnh;", "- Các phòng, Thanh tra Sở;", "- Lưu: VT, QLN."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trịnh Quốc Hưng"])
    return saved(doc, author="Phòng QLN&TTBĐS", editor="Văn thư Sở Xây dựng",
                 title="Kế hoạch 2417/KH-SXD", created=datetime(2026, 9, 4, 14, 0, 0),
                 modified=datetime(2026, 9, 9, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
