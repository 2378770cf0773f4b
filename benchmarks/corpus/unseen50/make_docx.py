"""Write a_tuyen-quang_214-KH-TTGCT-2026_trung-tam-giong-lich-thoi-vu-htx.docx, the fiftieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen50/make_docx.py [OUT]

A provincial seed centre's plan for supplying seedlings to cooperatives by crop calendar (November 2026, the Trung
tâm Giống cây trồng of the Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang, after Hà Giang was merged in): I. purposes,
II. quantities, III. one sentence and a bordered table TT | Loại giống, nội dung | Thời vụ cung ứng | Bộ phận thực hiện
| Phối hợp (the time BEFORE the doer), three group rows whose whole width is one merged cell, seven numbered rows;
IV. three numbered paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_tuyen-quang_214-KH-TTGCT-2026_trung-tam-giong-lich-thoi-vu-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Căn cứ Kế hoạch sản xuất trồng trọt vụ Xuân năm 2027 của Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang;", "p"),
    ("Căn cứ nhu cầu giống do các hợp tác xã, tổ hợp tác đăng ký qua hội nghị khách hàng tháng 10/2026,", "p"),
    ("Trung tâm Giống cây trồng lập Kế hoạch cung ứng giống cho hợp tác xã theo lịch thời vụ như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Bảo đảm các hợp tác xã, tổ hợp tác có đủ giống tốt, đúng thời vụ, giá ổn định; ưu tiên hợp tác xã ở các xã vùng "
     "cao thuộc vùng Hà Giang cũ; gắn cung ứng giống với hướng dẫn kỹ thuật.", "p"),
    ("II. SỐ LƯỢNG DỰ KIẾN", "h"),
    ("Lúa giống thuần 38 tấn; ngô lai 6,5 tấn; cây cam sành, bưởi ghép sạch bệnh 45.000 cây; chè giống bầu 300.000 "
     "bầu. Tổng giá trị khoảng 4,2 tỷ đồng.", "p"),
    ("III. LỊCH CUNG ỨNG VÀ PHÂN CÔNG", "h"),
    ("Lịch cung ứng và bộ phận thực hiện theo bảng dưới đây:", "p"),
]

COLUMNS = ["TT", "Loại giống, nội dung", "Thời vụ cung ứng", "Bộ phận thực hiện", "Phối hợp"]
WIDTHS = [Cm(1.0), Cm(6.2), Cm(3.4), Cm(3.3), Cm(3.3)]
# a 1-tuple is a group row; in a cell "\n" separates lines
ROWS = [
    ("A. CÂY LƯƠNG THỰC VỤ XUÂN 2027",),
    ("1", "Xuất 38 tấn lúa giống thuần (BC15, TBR225, J02) cho 14 HTX dịch vụ nông nghiệp các xã Yên Sơn, Sơn Dương, "
          "Tân Trào", "Trước gieo mạ, xong trước 15/01/2027", "Trại Giống lúa Yên Sơn",
     "Chi cục Trồng trọt và Bảo vệ thực vật\nUBND các xã có HTX đặt giống"),
    ("2", "Xuất 6,5 tấn ngô lai chịu hạn cho các HTX, THT vùng cao", "Tháng 01 - 02/2027",
     "Phòng Kinh doanh - Dịch vụ", "Trung tâm Khuyến nông tỉnh"),
    ("B. CÂY ĂN QUẢ, CÂY CHÈ",),
    ("3", "Sản xuất, giao 45.000 cây cam sành, bưởi ghép sạch bệnh cho HTX cây ăn quả vùng Bắc Quang, Quang Bình",
     "Tháng 2 - tháng 4/2027", "Trại Giống cây ăn quả Bắc Quang", "Liên minh HTX tỉnh"),
    ("4", "Giao 300.000 bầu chè LDP1, Kim Tuyên cho HTX chè Tân Trào, Mỹ Bằng", "Vụ Xuân (tháng 02 - 3/2027)",
     "Vườn ươm chè Mỹ Bằng", "UBND xã Tân Trào"),
    ("5", "Ký hợp đồng cung ứng với từng HTX, cho HTX trả chậm 50% tiền giống đến sau thu hoạch", "Quý IV/2026",
     "Phòng Kinh doanh - Dịch vụ", "Phòng Hành chính - Tổng hợp\nLiên minh HTX tỉnh"),
    ("C. DỊCH VỤ KỸ THUẬT ĐI KÈM",),
    ("6", "Hướng dẫn HTX gieo mạ, ươm và trồng cây giống ngay khi giao giống", "Khi giao giống",
     "Phòng Kỹ thuật - Sản xuất", "Trung tâm Khuyến nông tỉnh"),
    ("7", "Theo dõi sinh trưởng, tiếp nhận và giải quyết phản ánh về chất lượng giống của HTX", "Suốt vụ",
     "Phòng Kỹ thuật - Sản xuất", ""),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kinh doanh - Dịch vụ tổng hợp đơn đặt hàng của các HTX, chốt số lượng từng loại giống, trình Giám đốc "
     "Trung tâm trước ngày 05/12/2026.", "p"),
    ("2. Đề nghị các HTX, THT có nhu cầu đăng ký số lượng giống vụ Xuân 2027 (theo mẫu gửi kèm) về Trung tâm trước "
     "ngày 30/11/2026.", "p"),
    ("3. Phòng Hành chính - Tổng hợp bảo đảm kinh phí, phương tiện vận chuyển giống; tổng hợp kết quả cung ứng, báo "
     "cáo Sở Nông nghiệp và Môi trường trước ngày 15/4/2027.", "p"),
    ("Trên đây là Kế hoạch cung ứng giống vụ Xuân 2027 cho các hợp tác xã của Trung tâm Giống cây trồng./.", "p"),
]


def lines(value: str) -> list[str]:
    return value.split("\n")


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH TUYÊN QUANG", "TRUNG TÂM GIỐNG CÂY TRỒNG"],
                 "Số: 214/KH-TTGCT", "Tuyên Quang, ngày 06 tháng 11 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng giống cây trồng cho hợp tác xã, tổ hợp tác theo lịch thời vụ vụ Xuân năm 2027", bold=True,
         center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if len(values) == 1:
            title = row.cells[0].merge(row.cells[4])
            cell_lines(title, [values[0]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_lines(cell, lines(value) if value else [""], center=i in (0, 2))
    para(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục TT&BVTV;", "- Liên minh HTX tỉnh;",
                          "- Các HTX, THT đặt giống;", "- Các phòng, Trại, Vườn ươm;", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Hoàng Thị Vân Khánh"])
    return saved(doc, author="Phòng Kinh doanh - Dịch vụ", editor="Văn thư Trung tâm Giống cây trồng",
                 title="Kế hoạch 214/KH-TTGCT", created=datetime(2026, 10, 30, 8, 15, 0),
                 modified=datetime(2026, 11, 6, 14, 50, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
