"""Write a_khanh-hoa_46-2026-KH-MTCR_ocop-htx-quay-mien-thue-san-bay.docx, the two-hundred-and-thirty-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen231/make_docx.py [OUT]

An airport duty-free and retail operator's plan (October 2026) for putting the OCOP goods of cooperatives and
cooperative groups on its shelves at Cam Ranh international airport for the 2026 - 2027 peak season: I. targets;
II. the goods chosen so far in a paragraph (facts); III. a note on reading the table, then one bordered table
TT | Việc | Phân công | Ưu tiên | Hạn whose single "Phân công" cell names every body with its ROLE IN BRACKETS —
"(đầu mối)" the lead, "(tham gia)" a partner, "(nhận kết quả)" a body that only receives the result — the lead not
always first; "Ưu tiên" A/B/C is an order of importance, no time; IV. a request to the Liên minh; the closing sentence;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_46-2026-KH-MTCR_ocop-htx-quay-mien-thue-san-bay.docx"

OPENING = [
    ("Năm 2026 lượng khách qua Cảng hàng không quốc tế Cam Ranh tăng mạnh, nhiều khách nước ngoài hỏi mua đặc sản "
     "địa phương mà quầy hàng của Công ty mới có rất ít. Sau buổi làm việc ngày 24/9/2026 với Liên minh Hợp tác xã "
     "tỉnh và đại diện 09 hợp tác xã, tổ hợp tác có sản phẩm OCOP, Công ty lập Kế hoạch này để đưa sản phẩm của các "
     "đơn vị đó lên quầy trong mùa khách đông từ tháng 12/2026 đến tháng 3/2027.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Có ít nhất 24 sản phẩm OCOP từ 4 sao trở lên của hợp tác xã, tổ hợp tác bày bán tại Ga quốc tế và Ga quốc "
     "nội trước ngày 15/12/2026.", "p"),
    ("- Doanh số nhóm hàng hợp tác xã đạt 3,5 tỷ đồng trong mùa cao điểm; không để quầy hết hàng quá 02 ngày.", "p"),
    ("II. NHÓM HÀNG DỰ KIẾN", "h"),
    ("Yến sào và nước yến của HTX Yến sào Cam Hải Đông; nước mắm, mực một nắng của HTX Nước mắm Cam Bình; xoài sấy "
     "dẻo của HTX Xoài Cam Thành Nam; nho khô, mứt nho của HTX Nho Thái An; khăn, túi thổ cẩm của THT Dệt thổ cẩm "
     "Ma Nới; trầm hương mỹ nghệ của HTX Trầm hương Vạn Giã. Danh mục cuối cùng do việc số 1 chốt.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Cách đọc bảng: ở cột \"Phân công\", đơn vị ghi \"(đầu mối)\" chịu trách nhiệm chính về việc đó; đơn vị ghi "
     "\"(tham gia)\" cùng làm; đơn vị ghi \"(nhận kết quả)\" chỉ nhận sản phẩm của việc để biết hoặc quyết định, "
     "không phải làm. Cột \"Ưu tiên\" cho biết mức quan trọng (A cao nhất), không phải thời hạn.", "p"),
]

COLUMNS = ["TT", "Việc", "Phân công", "Ưu tiên", "Hạn"]
WIDTHS = [Cm(1.0), Cm(6.4), Cm(5.4), Cm(1.6), Cm(2.4)]
ROWS = [
    ("1", "Chọn danh mục sản phẩm đủ điều kiện bày bán trong khu cách ly, có hạn sử dụng từ 06 tháng trở lên",
     ["Phòng Ngành hàng (đầu mối);", "Phòng Chất lượng (tham gia);", "Ban Tổng Giám đốc (nhận kết quả)."],
     "A", "31/10/2026"),
    ("2", "Thỏa thuận giá mua, chiết khấu và ký hợp đồng mua đứt với mỗi hợp tác xã, tổ hợp tác",
     ["Phòng Tài chính - Kế toán (tham gia);", "Phòng Ngành hàng (đầu mối)."], "A", "15/11/2026"),
    ("3", "Kiểm tra hồ sơ tự công bố sản phẩm, nhãn phụ tiếng Anh, tiếng Hàn, tiếng Trung của từng mặt hàng",
     ["Phòng Chất lượng (đầu mối);", "HTX Yến sào Cam Hải Đông (tham gia);", "Phòng Ngành hàng (nhận kết quả)."],
     "A", "20/11/2026"),
    ("4", "Xin chấp thuận vị trí kệ và phương án soi chiếu an ninh với hàng đưa vào khu cách ly",
     ["Cảng hàng không quốc tế Cam Ranh (tham gia);", "Phòng Pháp chế (đầu mối);",
      "Ban Tổng Giám đốc (nhận kết quả)."], "A", "30/11/2026"),
    ("5", "Thiết kế kệ riêng \"Sản vật Khánh Hòa\", bảng giới thiệu từng hợp tác xã kèm mã QR",
     ["Phòng Marketing (đầu mối);", "THT Dệt thổ cẩm Ma Nới (tham gia)."], "B", "Tháng 11/2026"),
    ("6", "Nhận hàng đợt đầu, kiểm đếm, dán tem chống giả và lưu mẫu từng lô",
     ["Kho hàng sân bay (đầu mối);", "Phòng Chất lượng (tham gia)."], "A", "05/12/2026"),
    ("7", "Huấn luyện nhân viên bán hàng giới thiệu sản phẩm hợp tác xã bằng tiếng Anh, tiếng Hàn",
     ["Cửa hàng Ga quốc tế (đầu mối);", "Phòng Marketing (tham gia);", "Liên minh Hợp tác xã tỉnh (tham gia)."],
     "B", "10/12/2026"),
    ("8", "Đối chiếu hàng bán, lập bảng kê và chuyển tiền hàng cho các hợp tác xã, tổ hợp tác",
     ["Phòng Tài chính - Kế toán (đầu mối);", "Kho hàng sân bay (tham gia);",
      "Các hợp tác xã, tổ hợp tác (nhận kết quả)."], "A", "Ngày 10 hằng tháng"),
    ("9", "Tổ chức tuần lễ giới thiệu sản vật hợp tác xã tại sảnh Ga quốc nội dịp Tết Nguyên đán Đinh Mùi",
     ["Trung tâm Khuyến công và Xúc tiến thương mại tỉnh (tham gia);", "Cửa hàng Ga quốc nội (đầu mối);",
      "HTX Xoài Cam Thành Nam (tham gia)."], "C", "Tháng 01/2027"),
    ("10", "Đánh giá doanh số từng mặt hàng, đề xuất giữ lại hay thay thế cho mùa hè 2027",
     ["Phòng Ngành hàng (đầu mối);", "Phòng Marketing (tham gia);", "Ban Tổng Giám đốc (nhận kết quả);",
      "Sở Công Thương (nhận kết quả)."], "C", "31/3/2027"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ", "h"),
    ("Công ty đề nghị Liên minh Hợp tác xã tỉnh giới thiệu thêm các hợp tác xã có sản phẩm OCOP 4 sao mới được công "
     "nhận trong năm 2026 để Công ty xem xét, gửi danh sách trước ngày 20/10/2026.", "p"),
    ("Các phòng, cửa hàng, kho căn cứ bảng trên triển khai; vướng mắc báo Phó Tổng Giám đốc phụ trách kinh doanh "
     "để giải quyết./.", "p"),
]


def bordered(doc, columns, widths, rows):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif isinstance(value, list):
                cell_lines(cell, value, center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3, 4))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THƯƠNG MẠI MIỄN THUẾ CAM RANH"], "Số: 46/2026/KH-MTCR",
                 "Khánh Hòa, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đưa sản phẩm OCOP của hợp tác xã, tổ hợp tác lên quầy hàng tại Cảng hàng không quốc tế Cam Ranh "
              "mùa cao điểm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Sở Công Thương;", "- Liên minh HTX tỉnh;",
                          "- 09 HTX, THT cung cấp hàng;", "- Các phòng, cửa hàng, kho;", "- Lưu: VT, P.NH."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Đoàn Thị Mỹ Hạnh"])
    return saved(doc, author="Phòng Ngành hàng", editor="Văn thư Công ty",
                 title="Kế hoạch 46/2026/KH-MTCR", created=datetime(2026, 10, 6, 8, 20, 0),
                 modified=datetime(2026, 10, 9, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
