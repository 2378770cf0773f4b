"""Write a_tay-ninh_41-2026-KH-LVML_thu-mua-long-vit-htx-ten-o-thang.docx, the two-hundred-and-thirty-eighth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen238/make_docx.py [OUT]

A feather and down processor's plan (October 2026) for buying the raw duck and goose feathers of its linked duck-raising
cooperatives and slaughtering groups in the 2026 - 2027 season: the opening, I. targets, II. the linked units as "-"
lines (facts), III. a note on how the table is read, then one bordered table TT | Việc | Tháng 11/2026 … Tháng 3/2027 |
Phối hợp whose MONTH CELLS HOLD THE LEAD'S NAME in the month the work must be done (a day in brackets where it is
fixed, the name in every month of work that runs several months), IV. the cooperatives' own duty, the closing
paragraph, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_tay-ninh_41-2026-KH-LVML_thu-mua-long-vit-htx-ten-o-thang.docx"

OPENING = [
    ("Vụ lông 2025 - 2026, Công ty mua của vùng liên kết 312 tấn lông vịt, lông ngan thô, tỷ lệ lông tơ bình quân "
     "11,8%; 9% số lô bị trừ tiền vì lông còn ẩm hoặc lẫn lông cánh, da vụn. Để có đủ nguyên liệu cho các đơn hàng "
     "chăn, gối và áo lông vũ xuất khẩu năm 2027, Công ty lập Kế hoạch thu mua vụ 2026 - 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua tối thiểu 360 tấn lông thô trong vùng liên kết, tỷ lệ lông tơ bình quân từ 12,5% trở lên.", "p"),
    ("- Số lô bị trừ tiền vì ẩm, lẫn tạp dưới 4%; tiền lông trả cho các đơn vị liên kết không chậm quá 07 ngày kể từ "
     "khi có phiếu kết quả.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
    ("- HTX Chăn nuôi vịt Mỹ Lệ (xã Mỹ Lệ): 46 thành viên, khoảng 120.000 con vịt thịt mỗi lứa.", "p"),
    ("- HTX Dịch vụ nông nghiệp Long Hựu (xã Long Hựu): 31 thành viên nuôi vịt chạy đồng.", "p"),
    ("- Tổ hợp tác giết mổ gia cầm Tân Lân (xã Tân Lân): 09 lò mổ, nhổ lông bằng máy và bằng tay.", "p"),
    ("- Tổ hợp tác nuôi ngan Phước Vân (xã Phước Vân): 14 hộ, khoảng 18.000 con ngan.", "p"),
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
    ("Cách ghi bảng: tên đơn vị viết ở ô của tháng nào thì đơn vị đó chủ trì việc và phải làm xong trong tháng ấy; ngày "
     "trong ngoặc là hạn cụ thể. Việc làm nhiều tháng thì tên ghi ở từng tháng, hạn là tháng cuối cùng có ghi tên. Đơn "
     "vị ở cột “Phối hợp” cùng làm; ô “Phối hợp” để trống là đơn vị chủ trì tự làm.", "i"),
]

MONTHS = ["Tháng 11/2026", "Tháng 12/2026", "Tháng 01/2027", "Tháng 02/2027", "Tháng 3/2027"]
COLUMNS = ["TT", "Việc", *MONTHS, "Phối hợp"]
WIDTHS = [Cm(0.8), Cm(4.6), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(1.7), Cm(2.1)]

KT = "Phòng Kỹ thuật - Chất lượng"
# (work, {month index: cell}, partners)
ROWS = [
    ("Ký phụ lục hợp đồng vụ 2026 - 2027 với từng HTX, THT: sản lượng, giá theo tỷ lệ lông tơ, cách trừ ẩm",
     {0: "Phòng Thu mua (trước 20/11)"}, "Phòng Kế toán"),
    ("Cấp 600 bao lưới và 40 giàn phơi lông cho các điểm gom của HTX, THT",
     {0: "Tổ Xe - Kho"}, "HTX Chăn nuôi vịt Mỹ Lệ"),
    ("Tập huấn cách nhổ, tách lông tơ, phơi và đóng bao cho thành viên HTX, THT",
     {0: KT, 1: KT}, "Trung tâm Khuyến nông tỉnh"),
    ("Thu gom lông tại các điểm gom theo lịch 10 ngày một chuyến, cân và niêm phong bao ngay tại điểm",
     {1: "Tổ Xe - Kho", 2: "Tổ Xe - Kho", 3: "Tổ Xe - Kho"}, "Phòng Thu mua"),
    ("Gửi mẫu lông đến phòng thử nghiệm độc lập, kiểm tra theo tiêu chuẩn của khách hàng châu Âu",
     {2: f"{KT} (trước 15/01)"}, "Xưởng giặt sấy"),
    ("Giặt, sấy, tách lông tơ các lô đã nhận; báo số lông thành phẩm của từng lô về Phòng Thu mua",
     {1: "Xưởng giặt sấy", 2: "Xưởng giặt sấy", 3: "Xưởng giặt sấy", 4: "Xưởng giặt sấy"}, ""),
    ("Thanh toán tiền lông cho HTX, THT theo phiếu kết quả từng lô",
     {1: "Phòng Kế toán", 2: "Phòng Kế toán", 3: "Phòng Kế toán", 4: "Phòng Kế toán"}, "Phòng Thu mua"),
    ("Hướng dẫn HTX Chăn nuôi vịt Mỹ Lệ lập hồ sơ chứng nhận lông vũ có trách nhiệm (RDS) cho 12 trại",
     {2: KT, 3: KT}, "Phòng Thu mua"),
    ("Trả thưởng 5.000 đồng/kg cho các lô có tỷ lệ lông tơ từ 14% trở lên",
     {4: "Phòng Kế toán (trước 25/3)"}, KT),
    ("Tổng kết vụ, chấm điểm từng HTX, THT, đề xuất giá mua vụ 2027 - 2028 để Hội đồng quản trị quyết định",
     {4: "Phòng Thu mua"}, f"{KT}, Phòng Kế toán"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA ĐƠN VỊ LIÊN KẾT", "h"),
    ("Các hợp tác xã, tổ hợp tác trong vùng liên kết gửi Phòng Thu mua danh sách hộ nuôi, lò mổ, số lứa và sản lượng lông dự kiến "
     "từng tháng trước ngày 05/11/2026; lông giao cho Công ty phải là lông của vùng liên kết, đã phơi khô, không trộn "
     "lông cánh.", "p"),
    ("Trưởng các phòng, xưởng, tổ có tên trong bảng trên bố trí người làm đúng tháng; vướng mắc báo ngay Phó Tổng Giám "
     "đốc phụ trách nguyên liệu để xử lý./.", "p"),
]


def cell_text(cell, text: str, *, bold=False, center=False, size=11) -> None:
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def task_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, head) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_text(cell, head, bold=True, center=True)
    for n, (row, (work, months, partners)) in enumerate(zip(table.rows[1:], ROWS), start=1):
        values = [str(n), work, *(months.get(m, "") for m in range(len(MONTHS))), partners]
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_text(cell, value, center=i == 0 or 2 <= i <= 6)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "LÔNG VŨ MỸ LỆ"], "Số: 41/2026/KH-LVML",
                 "Mỹ Lệ, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua lông vịt, lông ngan vụ 2026 - 2027 từ các hợp tác xã, tổ hợp tác trong vùng liên kết", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- 04 đơn vị liên kết;",
                          "- UBND các xã Mỹ Lệ, Long Hựu, Tân Lân, Phước Vân (để biết);",
                          "- Các phòng, xưởng, tổ (t/h);", "- Lưu: VT, PTM (02b)."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Đoàn Hữu Phước"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-LVML", created=datetime(2026, 10, 12, 8, 20, 0),
                 modified=datetime(2026, 10, 16, 14, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
