"""Write a_lam-dong_42-KH-LDCN-2026_pizza-pho-mai-sua-htx.docx, the two-hundred-and-fifty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen256/make_docx.py [OUT]

A wood-fired pizza restaurant company's plan (August 2026) for buying fresh milk for its cheese workshop, and basil,
cherry tomatoes and mushrooms for its kitchen, of cooperatives: an opening, I. targets, II. the cooperatives (facts);
III. a note, then "Bảng 1" — TT | Việc | Chủ trì | Phối hợp, with NO TIME COLUMN — and "Bảng 2. Mốc hoàn thành", a
second bordered table that gives each time with THE NUMBERS OF THE WORKS OF BẢNG 1 DUE BY IT; IV. closing; the
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
OUT = HERE / "a_lam-dong_42-KH-LDCN-2026_pizza-pho-mai-sua-htx.docx"

OPENING = [
    ("Công ty hiện có bốn nhà hàng bánh pizza nướng lò củi ở Đà Lạt, Phan Thiết và một xưởng làm phô mai tươi tại "
     "phường Cam Ly - Đà Lạt; mỗi ngày xưởng dùng chừng 900 lít sữa bò. Sữa đang mua qua hai đại lý gom, độ béo và "
     "vi sinh lên xuống theo mùa mưa, mùa khô. Giám đốc Công ty đề ra Kế hoạch dưới đây để mua tận gốc của các hợp "
     "tác xã, tổ hợp tác trong tỉnh.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Từ quý I/2027 xưởng phô mai chỉ dùng sữa tươi của hợp tác xã, mẫu sữa đạt chỉ tiêu vi sinh ghi trong hợp "
     "đồng.", "p"),
    ("2. Húng quế, cà chua bi, nấm cho bánh lấy của hợp tác xã, tổ hợp tác địa phương từ 60% khối lượng trở lên.", "p"),
    ("II. HỢP TÁC XÃ, TỔ HỢP TÁC DỰ KIẾN LIÊN KẾT", "h"),
    ("HTX Bò sữa Tu Tra (xã Đơn Dương, 41 hộ, khoảng 1.100 lít/ngày); HTX Rau hữu cơ Lạc Dương Xanh (xã Lạc Dương); "
     "HTX Nấm Hiệp Thạnh (xã Hiệp Thạnh); THT Cà chua bi Xuân Trường (phường Xuân Trường - Đà Lạt, 9 hộ).", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Bảng 1 ghi việc, nơi chủ trì và nơi phối hợp. Thời hạn không ghi trong Bảng 1 mà gom ở Bảng 2: mỗi dòng của "
     "Bảng 2 là một mốc, kèm số thứ tự các việc ở Bảng 1 phải xong theo mốc đó.", "p"),
    ("Bảng 1. Việc và đơn vị thực hiện", "c"),
]

TABLE1 = ["TT", "Việc", "Chủ trì", "Phối hợp"]
WIDTHS1 = [Cm(1.0), Cm(8.6), Cm(3.2), Cm(3.6)]
ROWS1 = [
    ("1", "Xuống chuồng trại, xem cách vắt và giữ lạnh sữa ở HTX Bò sữa Tu Tra; lấy 05 mẫu sữa gửi phân tích vi sinh",
     "Xưởng Phô mai", "Phòng Chất lượng"),
    ("2", "Thương lượng giá sữa tính theo độ béo, ký hợp đồng bao tiêu 12 tháng", "Phòng Cung ứng",
     "Phòng Kế toán; HTX Bò sữa Tu Tra"),
    ("3", "Lắp một bồn làm lạnh 500 lít ở điểm gom sữa của hợp tác xã, Công ty cho mượn không lấy tiền",
     "Phòng Cung ứng", "Xưởng Phô mai"),
    ("4", "Làm thử ba mẻ mozzarella và burrata bằng sữa hợp tác xã, so độ kéo sợi với sữa đang dùng", "Xưởng Phô mai",
     "—"),
    ("5", "Đặt trồng húng quế Ý và cà chua bi gieo cuốn chiếu, mỗi tuần giao hàng hai lần", "Bếp Trung tâm",
     "HTX Rau hữu cơ Lạc Dương Xanh; THT Cà chua bi Xuân Trường"),
    ("6", "Ra món “Pizza nấm cao nguyên” dùng nấm của HTX Nấm Hiệp Thạnh, in tên hợp tác xã lên thực đơn",
     "Bếp Trung tâm", "Phòng Marketing"),
    ("7", "Chuyển tiền sữa cho hợp tác xã theo kỳ 10 ngày, căn cứ phiếu cân có chữ ký hai bên", "Phòng Kế toán", "—"),
    ("8", "Chỉ cho thành viên hợp tác xã ghi sổ thức ăn, thuốc thú y của từng con bò để truy xuất nguồn gốc",
     "Phòng Chất lượng", "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh Lâm Đồng"),
    ("9", "Chở nước whey còn lại sau làm phô mai về hợp tác xã cho bê uống", "Xưởng Phô mai", "HTX Bò sữa Tu Tra"),
    ("10", "Tổng kết sáu tháng mua hàng của hợp tác xã, đề xuất dùng nguyên liệu này cho nhà hàng thứ năm",
     "Phòng Cung ứng", "Xưởng Phô mai; Bếp Trung tâm; Phòng Kế toán"),
]

TABLE2 = ["Mốc", "Việc phải xong (số TT ở Bảng 1)"]
WIDTHS2 = [Cm(6.0), Cm(10.4)]
ROWS2 = [
    ("Trước 15/9/2026", "1"),
    ("Trước 30/9/2026", "2, 3"),
    ("Tháng 10/2026", "4"),
    ("Quý IV/2026", "5, 6"),
    ("Trước 31/12/2026", "8"),
    ("Mỗi kỳ 10 ngày, từ khi có hợp đồng", "7"),
    ("Khi xưởng đã chạy hẳn bằng sữa hợp tác xã", "9"),
    ("Tháng 7/2027", "10"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Các phòng, xưởng, bếp có tên ở Bảng 1 tự sắp người làm; việc nào thấy không kịp mốc ở Bảng 2 thì báo Giám đốc "
     "sớm ít nhất 05 ngày để điều chỉnh./.", "p"),
]


def table(doc, head, rows, widths) -> None:
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    set_borders(t, "single")
    for n, (row, values) in enumerate(zip(t.rows, [head, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0 or value == "—")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "ẨM THỰC LÒ ĐÁ CAO NGUYÊN"], "Số: 42/KH-LĐCN",
                 "Lâm Đồng, ngày 20 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua sữa tươi, rau thơm và nấm của hợp tác xã cho xưởng phô mai và bếp bánh năm 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style in "hc", italic=style == "c", center=style == "c")
    table(doc, TABLE1, ROWS1, WIDTHS1)
    para(doc)
    para(doc, "Bảng 2. Mốc hoàn thành", bold=True, italic=True, center=True)
    table(doc, TABLE2, ROWS2, WIDTHS2)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Chủ tịch HĐTV (b/c);", "- 04 HTX, THT ký hợp đồng;",
                          "- Các phòng, xưởng, bếp;", "- Lưu: VT, CƯ."],
                    ["GIÁM ĐỐC", "", "", "", "Lữ Hoàng Vĩnh"])
    return saved(doc, author="Phòng Cung ứng", editor="Văn thư Công ty",
                 title="Kế hoạch 42/KH-LĐCN", created=datetime(2026, 8, 17, 9, 10, 0),
                 modified=datetime(2026, 8, 20, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
