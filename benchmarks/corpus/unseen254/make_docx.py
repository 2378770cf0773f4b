"""Write a_nghe-an_36-KH-HY-2026_nha-hang-tiec-cuoi-mua-ga-rau-hoa-htx.docx, the two-hundred-and-fifty-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen254/make_docx.py [OUT]

A wedding-banquet restaurant company's plan (November 2026) for buying hill chicken, vegetables, flowers and wedding
cakes of cooperatives for the 2026 - 2027 wedding season: an opening, I. what it wants; II. a line on how to read the
table, then one bordered table "Việc | Giao cho | Chốt ngày" whose doers are JOB TITLES (the one answerable first,
the helpers after a semicolon and "kèm") and whose date cell gives the WEEKDAY before the date; III. closing; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_nghe-an_36-KH-HY-2026_nha-hang-tiec-cuoi-mua-ga-rau-hoa-htx.docx"

OPENING = [
    ("Mùa cưới năm ngoái nhà hàng phục vụ 214 đám, cao điểm có ngày 3 sảnh cùng lên mâm. Gà, rau và hoa lấy từ nhiều "
     "mối lẻ nên chất lượng mỗi đám một khác, khách từng phàn nàn gà dai, rau héo. Mùa cưới từ tháng 12/2026 đến hết "
     "tháng 3/2027, Công ty chuyển sang lấy hàng của các hợp tác xã quen trong tỉnh theo kế hoạch sau.", "p"),
    ("I. CÔNG TY MUỐN ĐẠT ĐƯỢC", "h"),
    ("1. Gà đồi, rau lá và hoa bàn tiệc có nguồn rõ ràng, giao đúng giờ theo số mâm đã chốt với khách.", "p"),
    ("2. Mỗi mâm cỗ cưới có ít nhất hai món làm từ nông sản của hợp tác xã, ghi tên hợp tác xã trên thực đơn.", "p"),
    ("II. VIỆC CỤ THỂ", "h"),
    ("Cột \u201cGiao cho\u201d: chức danh đứng đầu là người chịu trách nhiệm; sau dấu chấm phẩy, chữ \u201ckèm\u201d là những "
     "người, đơn vị đi cùng. Cột \u201cChốt ngày\u201d là ngày phải xong.", "p"),
]

COLUMNS = ["Việc", "Giao cho", "Chốt ngày"]
WIDTHS = [Cm(8.6), Cm(4.6), Cm(3.2)]
ROWS = [
    ("Đi xem trại gà, vườn rau của HTX Gà đồi Thanh Chương và HTX Rau sạch Nghi Phong; chụp ảnh chuồng, luống, ghi giá "
     "chào từng loại", "Trưởng bộ phận mua hàng; kèm Bếp trưởng", "Thứ Sáu, 27/11/2026"),
    ("Nấu thử mười món cỗ cưới bằng gà đồi và rau của hợp tác xã, mời hai mươi khách quen ăn thử và chấm điểm",
     "Bếp trưởng; kèm Quản lý sảnh tiệc", "Thứ Hai, 07/12/2026"),
    ("Ký hợp đồng lấy gà đã làm sạch theo số mâm từng đám; nhà hàng báo số mâm trước 48 giờ",
     "Kế toán trưởng; kèm Trưởng bộ phận mua hàng, HTX Gà đồi Thanh Chương", "Thứ Năm, 10/12/2026"),
    ("Kê một tủ mát riêng cho gà, rau của hợp tác xã; dán nhãn ngày nhập lên từng lô",
     "Thủ kho; kèm Tổ trưởng tổ sơ chế", "Thứ Hai, 14/12/2026"),
    ("Đặt hoa cổng cưới, hoa để bàn của HTX Hoa Nghi Lộc theo lịch cưới tuần kế tiếp",
     "Trưởng nhóm trang trí", "Thứ Ba hằng tuần"),
    ("Đặt trọn gói bánh phu thê, bánh cốm của HTX Bánh truyền thống Yên Thành cho những đám chọn gói lễ ăn hỏi",
     "Quản lý sảnh tiệc; kèm Trưởng bộ phận mua hàng", "Khi khách chọn gói ăn hỏi"),
    ("Bày giỏ quà nông sản của các hợp tác xã ở quầy tiếp khách để cô dâu, chú rể đặt làm quà cảm ơn",
     "Quản lý sảnh tiệc", "Thứ Bảy, 02/01/2027"),
    ("Chuyển khoản tiền hàng cho các hợp tác xã, đối chiếu với phiếu nhập kho",
     "Kế toán trưởng; kèm Thủ kho", "Ngày 15 và ngày cuối mỗi tháng"),
    ("Để phiếu hỏi ý kiến về món gà, món rau trên mỗi bàn; gom phiếu, báo lại hợp tác xã những món bị chê",
     "Quản lý sảnh tiệc; kèm Bếp trưởng", "Sau mỗi đám cưới"),
    ("Tổng kết mùa cưới: số mâm, chi phí, ý kiến khách; đề nghị Giám đốc giữ hay thay hợp tác xã nào",
     "Trưởng bộ phận mua hàng; kèm Kế toán trưởng, Bếp trưởng", "Thứ Tư, 31/3/2027"),
]

AFTER = [
    ("III. TRÁCH NHIỆM CHUNG", "h"),
    ("Người có tên trong bảng tự lên lịch cho việc của mình, gặp vướng thì báo ngay Giám đốc bằng điện thoại, không "
     "để đến cuối tuần./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "NHÀ HÀNG TIỆC CƯỚI HOÀNG YẾN"], "Số: 36/KH-HY",
                 "Nghệ An, ngày 16 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lấy gà, rau, hoa và bánh cưới của hợp tác xã cho mùa cưới 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 2)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Chủ sở hữu Công ty (b/c);", "- Các HTX cung ứng;",
                          "- Người có tên trong bảng;", "- Lưu: HC."],
                    ["GIÁM ĐỐC", "", "", "", "Thái Văn Hiển"])
    return saved(doc, author="Trưởng bộ phận mua hàng", editor="Thư ký Giám đốc",
                 title="Kế hoạch 36/KH-HY", created=datetime(2026, 11, 12, 9, 10, 0),
                 modified=datetime(2026, 11, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
