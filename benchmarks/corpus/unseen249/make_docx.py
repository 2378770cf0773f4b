"""Write a_thanh-hoa_41-KH-MRPL-2026_thu-mua-mang-tuoi-htx-vu-2027.docx, the two-hundred-and-forty-ninth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen249/make_docx.py [OUT]

A dried bamboo-shoot processor's plan (October 2026) for buying the fresh shoots of the 2027 season from its linked
forest cooperatives and cooperative groups: I. targets; II. a short note on how to read the table, then one bordered
table TT | Việc | Đơn vị thực hiện | Hạn whose doer cell lists the bodies one per paragraph, THE LEAD SET IN SMALL
CAPS (Word ``w:smallCaps``), the others in ordinary type, the lead not always first; III. the cooperatives' own duty;
the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_thanh-hoa_41-KH-MRPL-2026_thu-mua-mang-tuoi-htx-vu-2027.docx"

OPENING = [
    ("Vụ măng năm 2026 Công ty mua được 2.140 tấn măng tươi của các hợp tác xã, tổ hợp tác trong vùng rừng luồng, "
     "bằng 82% kế hoạch; khoảng 9% số măng phải loại vì để qua đêm mới luộc, chuyển màu thâm. Để chuẩn bị vụ măng "
     "năm 2027, Ban Giám đốc ban hành Kế hoạch như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Mua tối thiểu 2.600 tấn măng tươi (măng luồng, măng nứa) của 04 hợp tác xã, tổ hợp tác liên kết; măng được "
     "luộc trong ngày thu mua.", "p"),
    ("2. Không có lô măng khô nào bị trả về vì dư lượng lưu huỳnh; trả tiền măng đúng hạn cho người khai thác.", "p"),
    ("II. PHÂN CÔNG", "h"),
    ("Cách đọc cột “Đơn vị thực hiện”: mỗi dòng một đơn vị; đơn vị có tên in chữ hoa nhỏ là đơn vị chủ trì, chịu "
     "trách nhiệm chính về kết quả; các đơn vị in chữ thường cùng tham gia thực hiện.", "i"),
]

COLUMNS = ["TT", "Việc", "Đơn vị thực hiện", "Hạn"]
WIDTHS = [Cm(1.0), Cm(7.6), Cm(4.6), Cm(3.0)]
# (number, work, [(body, is_lead)], time)
ROWS = [
    ("1", "Ký hợp đồng mua măng tươi vụ năm 2027 với 04 HTX, THT liên kết; thống nhất giá sàn 6.500 đồng/kg măng "
     "luồng loại 1", [("Phòng Nguyên liệu", True), ("Phòng Kế toán", False)], "Trước 31/01/2027"),
    ("2", "Mở lớp hướng dẫn khai thác măng đúng kỹ thuật: chừa măng nuôi cây mẹ, không bẻ măng cao dưới 30 cm, "
     "không khai thác trong rừng phòng hộ", [("HTX Nông lâm nghiệp Lũng Cao", False),
                                             ("Phòng Kỹ thuật - Chất lượng", True),
                                             ("Hạt Kiểm lâm khu vực Bá Thước", False)], "Tháng 3/2027"),
    ("3", "Sửa 02 lò sấy, thay ghi lò và quạt hút; chạy thử trước khi vào vụ",
     [("Xưởng luộc sấy", True)], "Trước 15/4/2027"),
    ("4", "Đặt 03 điểm cân măng ở các xã Lũng Cao, Cổ Lũng, Thành Lâm; thuê mặt bằng, niêm yết giá mua tại điểm cân",
     [("Phòng Nguyên liệu", True), ("Đội xe", False), ("UBND các xã Lũng Cao, Cổ Lũng, Thành Lâm", False)],
     "Trước 30/4/2027"),
    ("5", "Chở măng từ điểm cân về xưởng ngay trong ngày, không để măng tươi qua đêm",
     [("Phòng Nguyên liệu", False), ("Đội xe", True)], "Suốt vụ măng (15/5 - 15/9/2027)"),
    ("6", "Lấy mẫu từng lô măng khô kiểm tra dư lượng lưu huỳnh và độ ẩm; lô không đạt thì giữ lại, không xuất bán",
     [("Xưởng luộc sấy", False), ("Phòng Kỹ thuật - Chất lượng", True)], "Mỗi lô hàng"),
    ("7", "Trả tiền măng vào tài khoản của HTX, THT theo phiếu cân đã đối chiếu",
     [("Phòng Kế toán", True), ("Phòng Nguyên liệu", False)], "Chậm nhất 05 ngày sau ngày cân"),
    ("8", "Giúp HTX Dịch vụ Cổ Lũng hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP “Măng khô Cổ Lũng”",
     [("Phòng Kinh doanh", True), ("Phòng Kỹ thuật - Chất lượng", False)], "Quý III/2027"),
    ("9", "Trồng bổ sung 15 ha luồng lấy măng trên đất rừng của các thành viên THT măng Thành Lâm, Công ty cấp giống",
     [("THT măng Thành Lâm", False), ("Hạt Kiểm lâm khu vực Bá Thước", False), ("Phòng Nguyên liệu", True)],
     "Tháng 10/2027"),
    ("10", "Tổng kết vụ măng năm 2027, đánh giá việc thực hiện hợp đồng, đề xuất giá sàn vụ năm 2028",
     [("Phòng Kế toán", False), ("Phòng Kỹ thuật - Chất lượng", False), ("Phòng Nguyên liệu", True)],
     "Trước 31/10/2027"),
]

AFTER = [
    ("III. VIỆC CỦA CÁC HTX, THT LIÊN KẾT", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết lập danh sách hộ thành viên khai thác măng kèm diện tích rừng luồng của "
     "từng hộ, gửi Phòng Nguyên liệu trước ngày 28/02/2027; chỉ giao cho Công ty măng khai thác trong vùng đã đăng ký.",
     "p"),
    ("Trưởng các phòng, xưởng, đội căn cứ bảng phân công tổ chức thực hiện; gặp vướng mắc thì trình Ban Giám đốc "
     "cho ý kiến./.", "p"),
]


def doers(cell, bodies) -> None:
    """One paragraph per body, left-aligned; the lead's run in small caps."""
    for i, (name, lead) in enumerate(bodies):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        run = p.add_run(name)
        run.bold = False
        run.font.small_caps = lead


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MĂNG RỪNG PÙ LUÔNG"], "Số: 41/KH-MRPL",
                 "Thanh Hóa, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua măng tươi vụ năm 2027 của các hợp tác xã, tổ hợp tác liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, bodies, time) in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        cell_lines(row.cells[0], [number])
        cell_lines(row.cells[1], [work], center=False)
        doers(row.cells[2], bodies)
        cell_lines(row.cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 HTX, THT liên kết;",
                          "- UBND các xã Lũng Cao, Cổ Lũng, Thành Lâm;", "- Các phòng, xưởng, đội (t/h);",
                          "- Lưu: VT, P.NL."],
                    ["GIÁM ĐỐC", "", "", "", "Cầm Bá Tuyên"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/KH-MRPL", created=datetime(2026, 10, 8, 8, 30, 0),
                 modified=datetime(2026, 10, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
