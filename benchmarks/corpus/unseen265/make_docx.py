"""Write a_vinh-long_46-KH-NCL-2025_nem-chan-ga-mua-xo-dua-cao-su-htx.docx, the two-hundred-and-sixty-fifth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen265/make_docx.py [OUT]

A mattress and bedding maker's plan (August 2025) for buying coir fibre, natural latex and kapok of cooperatives and
giving quilting and sewing to a sewing cooperative: an opening, I. aims, II. the cooperatives (facts), III. a note and
one bordered table TT | Việc | Đơn vị thực hiện | Xong trước whose single doers' cell lists every body separated by
" – ", the LEAD MARKED ONLY BY AN UNDERLINE (first, in the middle or last), the others partners; IV. closing; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_vinh-long_46-KH-NCL-2025_nem-chan-ga-mua-xo-dua-cao-su-htx.docx"

OPENING = [
    ("Mỗi tháng Công ty sản xuất khoảng 5.200 tấm nệm và 9.000 chiếc gối; xơ dừa, mủ cao su và bông gòn đang mua qua "
     "thương lái, hàng về không đều, độ mặn của xơ có lô vượt ngưỡng làm nệm ẩm, mốc. Hội đồng quản trị đã đồng ý mua "
     "thẳng của các hợp tác xã, tổ hợp tác trồng và sơ chế nguyên liệu; Tổng Giám đốc ban hành Kế hoạch này.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Đến hết quý II/2026, ít nhất 60% xơ dừa và 40% mủ cao su đưa vào sản xuất được mua của hợp tác xã, có phiếu "
     "ghi nơi sơ chế và ngày giao.", "p"),
    ("2. Giúp các hợp tác xã giữ giá bán ổn định theo quý; chia sẻ máy móc, kỹ thuật để nguyên liệu đạt chuẩn làm nệm.",
     "p"),
    ("II. CÁC HỢP TÁC XÃ, TỔ HỢP TÁC DỰ KIẾN LIÊN KẾT", "h"),
    ("- HTX Xơ dừa Thạnh Phú (xã Thạnh Phú): tách xơ, xả mặn, ép kiện; công suất khoảng 25 tấn xơ mỗi tháng.", "p"),
    ("- HTX Cao su Minh Hưng (xã Minh Hưng, tỉnh Đồng Nai): mủ cô đặc từ vườn cao su của 84 hộ thành viên.", "p"),
    ("- Tổ hợp tác bông gòn An Định (xã An Định): thu hái, phơi quả gòn; chưa có máy tách hạt.", "p"),
    ("- HTX May Chợ Lách (xã Chợ Lách): 46 thợ may, đã nhận gia công áo gối cho hai khách sạn trong tỉnh.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Trong cột “Đơn vị thực hiện”, tên được gạch chân là đơn vị cầm chính, chịu trách nhiệm đến khi xong việc; các "
     "tên không gạch chân là đơn vị cùng làm. Ô chỉ ghi một tên thì đơn vị đó tự làm. Cột cuối là ngày phải xong "
     "hoặc khoảng thời gian làm việc.", "p"),
]

COLUMNS = ["TT", "Việc", "Đơn vị thực hiện", "Xong trước"]
WIDTHS = [Cm(1.0), Cm(8.0), Cm(4.6), Cm(2.6)]
# (work, [(body, underlined)], time)
ROWS = [
    ("Đi khảo sát vùng dừa và lò tách xơ của HTX Xơ dừa Thạnh Phú; lấy 10 mẫu xơ đo độ mặn, độ ẩm và chiều dài sợi",
     [("Phòng Thu mua", True), ("Phòng Kỹ thuật - Chất lượng", False)], "15/9/2025"),
    ("Ký hợp đồng bao tiêu xơ dừa đã xả mặn, 60 tấn mỗi quý, giá chốt đầu từng quý",
     [("Phòng Tài chính - Kế toán", False), ("Phòng Thu mua", True)], "30/9/2025"),
    ("Hướng dẫn hợp tác xã ngâm xả mặn, phơi và ép kiện xơ theo quy cách của Công ty; cho mượn 02 máy đo độ ẩm cầm tay",
     [("HTX Xơ dừa Thạnh Phú", False), ("Phòng Kỹ thuật - Chất lượng", True)], "Tháng 10/2025"),
    ("Mua thử 20 tấn mủ cô đặc của HTX Cao su Minh Hưng, ép 300 tấm nệm cao su mẫu trên dây chuyền hiện có",
     [("Phòng Thu mua", False), ("Xưởng Ép nệm cao su", True), ("Phòng Kỹ thuật - Chất lượng", False)], "31/10/2025"),
    ("Gửi nệm mẫu đi thử độ đàn hồi, mùi và độ bền nén; chỉ đưa vào bán khi cả ba chỉ tiêu đạt",
     [("Phòng Kỹ thuật - Chất lượng", True), ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3", False)],
     "15/11/2025"),
    ("Đặt tổ hợp tác tách hạt, đánh tơi bông gòn làm ruột gối; giao tổ một máy đánh bông cũ của xưởng để dùng",
     [("Phòng Thu mua", False), ("Xưởng Chần may", True)], "Quý IV/2025"),
    ("Giao HTX May Chợ Lách chần, may vỏ nệm và áo gối theo đơn từng tháng; kiểm từng lô đường may trước khi nhập kho",
     [("Xưởng Chần may", True), ("HTX May Chợ Lách", False), ("Phòng Kỹ thuật - Chất lượng", False)],
     "Hằng tháng, từ tháng 12/2025"),
    ("Gom mụn dừa, xơ vụn sau ép tấm trả lại hợp tác xã làm giá thể trồng rau, không tính tiền",
     [("Xưởng Ép tấm xơ dừa", True)], "Hằng tuần"),
    ("Trả tiền hàng cho hợp tác xã, tổ hợp tác trong 10 ngày kể từ khi nhận đủ hóa đơn và biên bản kiểm nhận",
     [("Phòng Tài chính - Kế toán", True)], "Sau mỗi lô hàng"),
    ("Đưa dòng nệm “Xơ dừa - Cao su Cửu Long” vào danh mục bán hàng, in tên hợp tác xã cung cấp nguyên liệu trên nhãn",
     [("Phòng Kỹ thuật - Chất lượng", False), ("HTX Xơ dừa Thạnh Phú", False), ("Phòng Kinh doanh", True)],
     "15/01/2026"),
    ("Sơ kết một năm mua nguyên liệu của hợp tác xã; đề xuất giá mua năm 2026 - 2027, báo cáo Hội đồng quản trị",
     [("Phòng Kinh doanh", False), ("Phòng Thu mua", True), ("Phòng Tài chính - Kế toán", False)], "Tháng 8/2026"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, xưởng làm theo bảng tại mục III; mỗi tháng gửi Phòng Thu mua tình hình để tổng hợp.", "p"),
    ("2. Phó Tổng Giám đốc phụ trách sản xuất theo dõi chung; vướng mắc vượt thẩm quyền báo Tổng Giám đốc./.", "p"),
]


def doers(cell, bodies) -> None:
    """The doers' cell: one paragraph, the bodies joined by " – ", the lead's run underlined."""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for i, (name, lead) in enumerate(bodies):
        if i:
            p.add_run(" – ")
        run = p.add_run(name)
        if lead:
            run.underline = True


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NỆM VÀ CHĂN GA CỬU LONG"], "Số: 46/KH-NCL",
                 "Vĩnh Long, ngày 18 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua xơ dừa, mủ cao su, bông gòn và thuê may chần của hợp tác xã giai đoạn 2025 - 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for n, (work, bodies, time) in enumerate(ROWS, start=1):
        cells = table.rows[n].cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [str(n)])
        cell_lines(cells[1], [work], center=False)
        doers(cells[2], bodies)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT liên kết;",
                          "- Các phòng, xưởng (t/h);", "- Lưu: VT, TM."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Huỳnh Thanh Phong"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-NCL", created=datetime(2025, 8, 13, 9, 10, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
