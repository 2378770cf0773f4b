"""Write a_dong-thap_1786-QD-UBND-2026_danh-sach-thu-huong-va-dieu-2.docx, the twenty-third held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen23/make_docx.py [OUT]

A Chủ tịch's decision that APPROVES A LIST OF COOPERATIVES RECEIVING SUPPORT (September 2026, Đồng Tháp after the
merger with Tiền Giang): italic "Căn cứ" lines and "Theo đề nghị …", "QUYẾT ĐỊNH:", Điều 1 approving the list and the
sum (the list itself in an appendix table after the signature: TT | Tên hợp tác xã | Địa chỉ | Nội dung hỗ trợ | Kinh
phí, a total row whose first four cells are merged — beneficiaries, not tasks), Điều 2 "Tổ chức thực hiện" giving the
work to five bodies and to the cooperatives themselves (numbered clauses, the Sở Tài chính's with points a) … c)),
Điều 3 the standing "chịu trách nhiệm thi hành" formula; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_1786-QD-UBND-2026_danh-sach-thu-huong-va-dieu-2.docx"

BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;",
    "Căn cứ Nghị định số 113/2024/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã;",
    "Căn cứ Nghị quyết số 41/2026/NQ-HĐND ngày 15/4/2026 của Hội đồng nhân dân tỉnh quy định nội dung, mức hỗ trợ "
    "phát triển hợp tác xã trên địa bàn tỉnh;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 1204/TTr-STC ngày 28/8/2026.",
]

# (text, style): "h" a bold paragraph, "p" a paragraph
BODY = [
    ("Điều 1. Phê duyệt danh sách 08 hợp tác xã được hỗ trợ kinh phí đầu tư kết cấu hạ tầng, trang thiết bị phục vụ "
     "sản xuất, chế biến năm 2026 với tổng kinh phí 9.460 triệu đồng (Chín tỷ, bốn trăm sáu mươi triệu đồng), từ nguồn "
     "ngân sách tỉnh đã bố trí tại dự toán năm 2026 (chi tiết tại Phụ lục kèm theo).", "p"),
    ("Điều 2. Tổ chức thực hiện", "h"),
    ("1. Sở Tài chính:", "p"),
    ("a) Thông báo kinh phí và hướng dẫn các hợp tác xã trình tự, thủ tục thanh toán, quyết toán; hoàn thành trước ngày "
     "25/9/2026.", "p"),
    ("b) Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường kiểm tra tiến độ, chất lượng các hạng mục được hỗ trợ tại "
     "hợp tác xã trong quý IV/2026.", "p"),
    ("c) Tổng hợp kết quả thực hiện, quyết toán kinh phí, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/01/2027.", "p"),
    ("2. Sở Nông nghiệp và Môi trường hướng dẫn kỹ thuật, tham gia nghiệm thu các công trình nhà sơ chế, kho bảo quản, "
     "hệ thống tưới tiết kiệm của hợp tác xã; hoàn thành nghiệm thu trong tháng 11/2026.", "p"),
    ("3. Kho bạc Nhà nước Khu vực XVIII kiểm soát chi, thanh toán kịp thời cho các hợp tác xã theo đúng quy định.", "p"),
    ("4. Liên minh Hợp tác xã tỉnh phối hợp với Ủy ban nhân dân các xã có hợp tác xã được hỗ trợ giúp các hợp tác xã "
     "lập hồ sơ, chứng từ thanh toán; thời gian thực hiện tháng 10/2026.", "p"),
    ("5. Ủy ban nhân dân các xã có hợp tác xã được hỗ trợ giám sát việc sử dụng kinh phí tại địa phương, báo cáo kết quả "
     "về Sở Tài chính trước ngày 15/12/2026.", "p"),
    ("6. Các hợp tác xã có tên tại Phụ lục sử dụng kinh phí đúng mục đích, hoàn thành các hạng mục được hỗ trợ trước ngày "
     "30/11/2026 và chịu trách nhiệm về tính chính xác của hồ sơ.", "p"),
    ("Điều 3. Quyết định này có hiệu lực từ ngày ký ban hành.", "h"),
    ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính; Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc Kho bạc Nhà "
     "nước Khu vực XVIII, Chủ tịch Liên minh Hợp tác xã tỉnh, Chủ tịch Ủy ban nhân dân các xã có tên tại Phụ lục, Giám "
     "đốc các hợp tác xã có tên tại Phụ lục và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định "
     "này./.", "p"),
]

COLUMNS = ["TT", "Tên hợp tác xã", "Địa chỉ", "Nội dung hỗ trợ", "Kinh phí (triệu đồng)"]
WIDTHS = [Cm(1.0), Cm(4.4), Cm(3.0), Cm(5.6), Cm(2.4)]
ROWS = [
    ("1", "HTX Nông nghiệp Mỹ Đông", "xã Mỹ Thọ", "Nhà sơ chế, đóng gói xoài", "1.350"),
    ("2", "HTX Sen Tháp Mười", "xã Tháp Mười", "Kho lạnh bảo quản hạt sen", "1.480"),
    ("3", "HTX Dịch vụ nông nghiệp Tân Thuận", "xã Tân Khánh Trung", "Máy sấy lúa, lò sấy", "1.200"),
    ("4", "HTX Thủy sản Phú Thành", "xã An Phước", "Hệ thống xử lý nước ao nuôi", "980"),
    ("5", "HTX Trái cây Hòa Lộc", "xã Cái Bè", "Nhà sơ chế, kho mát", "1.420"),
    ("6", "HTX Rau an toàn Tân Phú Đông", "xã Tân Phú Đông", "Hệ thống tưới tiết kiệm", "860"),
    ("7", "HTX Chăn nuôi Gò Công", "phường Gò Công", "Máy ép phân, chế phẩm sinh học", "750"),
    ("8", "HTX Nấm rơm Lai Vung", "xã Lai Vung", "Nhà trồng nấm, máy đóng gói", "1.420"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"], "Số: 1786/QĐ-UBND", "Đồng Tháp, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Phê duyệt danh sách hợp tác xã được hỗ trợ kinh phí đầu tư kết cấu hạ tầng, trang thiết bị năm 2026",
         bold=True, center=True)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", bold=True, center=True)
    for line in BASES:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND tỉnh;", "- LĐVP, KT;",
                          "- Lưu: VT."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Quốc Khải"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "DANH SÁCH HỢP TÁC XÃ ĐƯỢC HỖ TRỢ KINH PHÍ NĂM 2026", bold=True, center=True)
    para(doc, "(Kèm theo Quyết định số 1786/QĐ-UBND ngày 08/9/2026 của Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp)",
         italic=True, center=True)
    table = doc.add_table(rows=2 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    last = table.rows[-1]
    for i, cell in enumerate(last.cells):
        cell.width = WIDTHS[i]
    total = last.cells[0].merge(last.cells[3])
    cell_lines(total, ["Tổng cộng"], bold=(0,))
    cell_lines(last.cells[4], ["9.460"], bold=(0,))
    return saved(doc, author="Phòng Quản lý doanh nghiệp và kinh tế tập thể", editor="Văn thư UBND tỉnh Đồng Tháp",
                 title="Quyết định 1786/QĐ-UBND", created=datetime(2026, 9, 3, 9, 10, 0),
                 modified=datetime(2026, 9, 8, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
