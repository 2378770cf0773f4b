"""Write a_dong-thap_22-2026-KH-NPH_phoi-nam-rom-thu-mua-htx.docx, the hundred-and-ninety-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen198/make_docx.py [OUT]

A mushroom company's plan (September 2026) with the mushroom cooperatives and cooperative groups that grow straw
mushrooms on the rice straw of the autumn-winter harvest and oyster mushrooms on its spawn bags: contracts, spawn,
straw, buying back, payment. I. targets ("-" lines), II. how the table is read, then ONE OUTER two-column table
(Giai đoạn | Công việc cụ thể) whose right cells each hold a NESTED INNER table Việc | Chủ trì | Phối hợp | Hạn; one
inner time "Trong giai đoạn"; III. two numbered duties of the cooperatives; the closing sentence; the signature beside
"Nơi nhận".

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
OUT = HERE / "a_dong-thap_22-2026-KH-NPH_phoi-nam-rom-thu-mua-htx.docx"

OPENING = [
    ("Vụ lúa Thu Đông năm 2026 ở các xã Phú Hựu, Tân Khánh Trung, Mỹ An Hưng cho khoảng 21.000 tấn rơm; phần lớn vẫn "
     "bị đốt ngoài đồng. Công ty đã ký hợp đồng liên kết với 05 hợp tác xã và 03 tổ hợp tác trồng nấm, tổng cộng 312 "
     "trại của thành viên. Công ty lập Kế hoạch cung ứng phôi, meo và thu mua nấm vụ 2026 - 2027 với nội dung sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Dùng ít nhất 6.500 tấn rơm làm nấm rơm, không đốt rơm ở các ruộng của thành viên hợp tác xã.", "p"),
    ("- Thu mua 820 tấn nấm rơm và 540 tấn nấm bào ngư tươi; tỷ lệ nấm loại 1 đạt từ 65% trở lên.", "p"),
    ("II. PHÂN CÔNG THEO GIAI ĐOẠN", "h"),
    ("Bảng dưới đây chia vụ thành ba giai đoạn; việc của từng giai đoạn ghi ở bảng nhỏ bên phải, hạn ghi \"Trong giai "
     "đoạn\" là xong trước khi giai đoạn đó kết thúc.", "p"),
]

INNER_COLUMNS = ["Việc", "Chủ trì", "Phối hợp", "Hạn"]
INNER_WIDTHS = [Cm(6.0), Cm(2.6), Cm(2.6), Cm(2.2)]
PHASES = [
    (["Giai đoạn 1", "Chuẩn bị", "(tháng 9 - 10/2026)"], [
        ("Ký hợp đồng cung ứng phôi, meo và bao tiêu nấm với từng HTX, THT; chốt số trại và số bịch phôi đặt mua",
         "Phòng Thu mua", "Phòng Kỹ thuật", "Trước 30/9/2026"),
        ("Khảo sát trại nấm của thành viên, hướng dẫn sửa mái che, nâng nền trại và lắp dàn phun sương",
         "Phòng Kỹ thuật", "HTX Nấm rơm Tân Khánh Trung", "Tháng 10/2026"),
        ("Mở lớp tập huấn ủ rơm với chế phẩm vi sinh, cấy meo nấm rơm và chăm bịch nấm bào ngư cho tổ trưởng sản xuất",
         "Phòng Kỹ thuật", "Trung tâm Khuyến nông tỉnh", "05 - 09/10/2026"),
    ]),
    (["Giai đoạn 2", "Cung ứng phôi, meo, rơm", "(tháng 11/2026 - 01/2027)"], [
        ("Sản xuất 450.000 bịch phôi nấm bào ngư và 18 tấn meo nấm rơm theo đơn đặt của các HTX",
         "Xưởng Sản xuất phôi", "Phòng Kỹ thuật", "Trong giai đoạn"),
        ("Giao phôi, meo tận trại theo lịch đã báo; thu hồi khay, sọt đựng meo",
         "Tổ Vận chuyển", "Phòng Thu mua", "Thứ Ba và thứ Sáu hằng tuần"),
        ("Thu gom rơm khô sau gặt lúa Thu Đông, ép kiện, cấp cho các HTX còn thiếu rơm",
         "Phòng Thu mua", "HTX Dịch vụ nông nghiệp Mỹ An Hưng", "Trước 15/11/2026"),
    ]),
    (["Giai đoạn 3", "Thu mua, thanh toán, tổng kết", "(tháng 12/2026 - 4/2027)"], [
        ("Thu mua nấm rơm, nấm bào ngư tươi tại điểm gom của từng HTX theo giá sàn trong hợp đồng, phân loại ngay tại "
         "điểm gom", "Phòng Thu mua", "Phòng Kỹ thuật", "Hằng ngày, 01/12/2026 - 31/3/2027"),
        ("Trả tiền nấm cho HTX, THT kèm bảng kê từng thành viên",
         "Phòng Kế toán", "", "Trong 07 ngày làm việc sau mỗi kỳ chốt sổ"),
        ("Lấy mẫu nấm gửi kiểm nghiệm dư lượng thuốc bảo vệ thực vật và kim loại nặng trước khi giao cho chuỗi siêu thị",
         "Phòng Kỹ thuật", "Chi cục Chất lượng, Chế biến và Phát triển thị trường", "Tháng 01/2027"),
        ("Tổng kết vụ nấm; xem lại từng HTX đã giữ hợp đồng ra sao, đưa ra mức giá sàn cho vụ sau",
         "Ban Giám đốc", "Phòng Thu mua, Phòng Kế toán", "Tháng 4/2027"),
    ]),
]

AFTER = [
    ("III. TRÁCH NHIỆM CỦA CÁC HTX, THT LIÊN KẾT", "h"),
    ("1. Các HTX, THT lập danh sách thành viên có trại nấm và số bịch phôi từng người đăng ký, gửi Phòng Thu mua trước "
     "ngày 25/9/2026.", "p"),
    ("2. Các HTX, THT không nhận rơm của ruộng vừa phun thuốc trừ cỏ; báo ngay cho Phòng Kỹ thuật khi trại có nấm dại "
     "hoặc mốc xanh để xử lý.", "p"),
    ("Trên đây là Kế hoạch cung ứng phôi, meo và thu mua nấm vụ 2026 - 2027 của Công ty; đề nghị các phòng, xưởng, tổ "
     "và những HTX, THT đã ký liên kết cùng làm đúng lịch./.", "p"),
]


def inner_table(cell, rows):
    """The nested table: added inside ``cell`` after its first paragraph (which holds nothing)."""
    table = cell.add_table(rows=1 + len(rows), cols=len(INNER_COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [INNER_COLUMNS, *rows])):
        for i, (c, value) in enumerate(zip(row.cells, values)):
            c.width = INNER_WIDTHS[i]
            cell_lines(c, [value], bold=(0,) if n == 0 else (), center=n == 0 or i == 3)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NẤM PHÚ HỰU"], "Số: 22/2026/KH-NPH",
                 "Đồng Tháp, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng phôi, meo và thu mua nấm với các hợp tác xã, tổ hợp tác trồng nấm vụ 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    outer = doc.add_table(rows=1 + len(PHASES), cols=2)
    set_borders(outer, "single")
    widths = [Cm(2.6), Cm(13.6)]
    for i, head in enumerate(["Giai đoạn", "Công việc cụ thể"]):
        outer.cell(0, i).width = widths[i]
        cell_lines(outer.cell(0, i), [head], bold=(0,))
    for r, (label, rows) in enumerate(PHASES, start=1):
        outer.cell(r, 0).width, outer.cell(r, 1).width = widths
        cell_lines(outer.cell(r, 0), label, bold=(0,))
        inner_table(outer.cell(r, 1), rows)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX, 03 THT liên kết;",
                          "- UBND các xã Phú Hựu, Tân Khánh Trung, Mỹ An Hưng;", "- Các phòng, xưởng, tổ (t/h);",
                          "- Lưu: VT, PTM."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lâm Hoàng Tuấn Kiệt"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 22/2026/KH-NPH", created=datetime(2026, 9, 10, 9, 5, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
