"""Write a_nghe-an_58-KH-CSCN-2026_co-so-cai-nghien-lien-ket-htx.docx, the hundredth held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen100/make_docx.py [OUT]

A drug-rehabilitation centre's own plan (under the provincial police) for vocational work of its residents with
cooperatives: I. purposes, II. one target paragraph, III. one bordered table TT | Công việc | Bộ phận thực hiện |
Đơn vị liên kết, phối hợp | Thời gian, six rows, IV. two numbered paragraphs of the centre's own units, the closing
sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_nghe-an_58-KH-CSCN-2026_co-so-cai-nghien-lien-ket-htx.docx"

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Tạo việc làm có thu nhập cho học viên trong thời gian cai nghiện và sau khi hết thời hạn, giảm nguy cơ tái "
     "nghiện; học viên làm việc theo đặt hàng của hợp tác xã, tổ hợp tác ngay tại khu lao động trị liệu.", "p"),
    ("- Việc liên kết phải bảo đảm an ninh, an toàn của Cơ sở; hợp đồng gia công ký bằng văn bản, thù lao trả đúng, "
     "đủ cho học viên.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Liên kết với ít nhất 04 hợp tác xã (mây tre đan, may mặc, trồng nấm, chế biến chè); khoảng 120 lượt học viên "
     "được dạy nghề, làm hàng gia công; 30 học viên hết hạn được giới thiệu vào làm thành viên hoặc người lao động "
     "của hợp tác xã.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Đơn vị liên kết, phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.8), Cm(2.6)]
ROWS = [
    ("1", "Khảo sát tay nghề, nguyện vọng của học viên; lập danh sách học viên đủ sức khỏe tham gia lao động trị liệu "
          "có thù lao", "Đội Quản lý học viên", "Tổ Y tế", "Tháng 10/2026"),
    ("2", "Làm việc, ký hợp đồng gia công sản phẩm mây tre đan, may túi vải với HTX",
     "Đội Giáo dục - Dạy nghề", "HTX mây tre đan Hưng Nguyên; HTX May Nghi Lộc", "Trước 30/10/2026"),
    ("3", "Mở 02 lớp sơ cấp trồng nấm sò, nấm rơm tại nhà xưởng của Cơ sở", "Đội Giáo dục - Dạy nghề",
     "Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An", "Quý IV/2026"),
    ("4", "Bố trí kho, sửa chữa nhà xưởng và hệ thống điện phục vụ sản xuất gia công", "Đội Hậu cần",
     "", "Tháng 11/2026"),
    ("5", "Theo dõi ngày công, thanh toán thù lao gia công cho học viên qua tài khoản lưu ký",
     "Phòng Kế toán", "Các HTX đặt hàng", "Hằng tháng"),
    ("6", "Giới thiệu học viên hết hạn cai nghiện về làm việc tại HTX ở nơi cư trú; theo dõi sau 6 tháng",
     "Đội Tư vấn - Hỗ trợ tái hòa nhập", "Liên minh HTX tỉnh, Công an các xã, phường", "Khi học viên hết hạn"),
]

TAIL = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đội Tham mưu tổng hợp theo dõi, đôn đốc các bộ phận; tổng hợp kết quả liên kết với hợp tác xã, báo cáo Giám "
     "đốc Cơ sở và Công an tỉnh trước ngày 20/12/2026.", "p"),
    ("2. Đội Bảo vệ - Kiểm soát phân công cán bộ giám sát khu lao động trị liệu trong các ca làm hàng gia công; kiểm "
     "tra người, phương tiện của HTX ra vào giao nhận hàng, thực hiện thường xuyên.", "p"),
    ("Trên đây là Kế hoạch liên kết với hợp tác xã tạo việc làm cho học viên năm 2026 - 2027 của Cơ sở cai nghiện "
     "ma túy tỉnh Nghệ An./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG AN TỈNH NGHỆ AN", "CƠ SỞ CAI NGHIỆN MA TÚY"], "Số: 58/KH-CSCN",
                 "Nghệ An, ngày 14 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết với hợp tác xã dạy nghề, tạo việc làm cho học viên năm 2026 - 2027", bold=True, center=True)
    para(doc, "Căn cứ chức năng, nhiệm vụ của Cơ sở và kết quả làm việc với một số hợp tác xã trên địa bàn tỉnh, Cơ sở "
              "xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in TAIL:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Công an tỉnh (b/c);", "- Ban Giám đốc;", "- Các đội, phòng (t/h);",
                          "- Các HTX liên kết;", "- Lưu: VT, ĐGDDN."],
                    ["GIÁM ĐỐC", "", "", "", "Thượng tá Hồ Văn Quyết"])
    return saved(doc, author="Đội Giáo dục - Dạy nghề", editor="Văn thư Cơ sở",
                 title="Kế hoạch 58/KH-CSCN", created=datetime(2026, 9, 8, 14, 10, 0),
                 modified=datetime(2026, 9, 14, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
