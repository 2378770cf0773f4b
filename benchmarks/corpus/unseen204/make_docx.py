"""Write a_ninh-binh_52-KH-GV-2026_thuc-an-tra-cham-ma-tran-tows-htx.docx, the two-hundred-and-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen204/make_docx.py [OUT]

An animal-feed company's plan (September 2026) for selling feed on deferred payment to the pig and poultry
cooperatives and cooperative groups it is linked with, October 2026 - June 2027. I. targets ("-" lines), II. a SWOT
table of four cells (strengths, weaknesses, opportunities, threats: facts, no work), III. a note of the unit codes
and of how each action is written, then ONE bordered 3 x 3 table, a TOWS MATRIX: its corner empty, "Cơ hội (O)" and
"Thách thức (T)" across the top, "Điểm mạnh (S)" and "Điểm yếu (W)" down the side, and in each of its four inner
cells a heading line ("SO - …") over coded actions ("SO1. …", "WT2. …") each ending with a bracket "(doer / partner /
time)"; IV. one numbered request to the cooperatives; the closing sentence; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_52-KH-GV-2026_thuc-an-tra-cham-ma-tran-tows-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Công ty hiện cung ứng thức ăn hỗn hợp cho 09 hợp tác xã và 04 tổ hợp tác chăn nuôi lợn, gà, vịt tại các xã "
     "Gia Viễn, Gia Hưng, Nho Quan, Yên Mạc và Kim Sơn. Sáu tháng đầu năm 2026, giá ngô và khô đậu tương nhập khẩu "
     "tăng mạnh, nhiều hộ thành viên thiếu vốn phải giảm đàn; tại hội thảo ngày 28/8/2026, Ban Giám đốc cùng đại "
     "diện các hợp tác xã đã phân tích tình hình theo bốn mặt dưới đây. Trên cơ sở đó, Công ty xây dựng Kế hoạch như "
     "sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Sản lượng bán cho các hợp tác xã, tổ hợp tác liên kết đạt 14.500 tấn trong 9 tháng, tăng 18% so với cùng kỳ.",
     "p"),
    ("- Tổng hạn mức trả chậm không quá 26 tỷ đồng; tỷ lệ nợ quá hạn dưới 2%.", "p"),
    ("- 100% trại của thành viên liên kết có sổ theo dõi đàn và áp dụng an toàn sinh học.", "p"),
    ("II. ĐÁNH GIÁ ĐIỂM MẠNH, ĐIỂM YẾU, CƠ HỘI, THÁCH THỨC", "h"),
]

SWOT = [
    ("Điểm mạnh (S)", "Nhà máy công suất 12 tấn/giờ ngay trong vùng nuôi; đội kỹ sư thú y 11 người; quan hệ liên kết "
                      "với các HTX từ năm 2019, chưa có tranh chấp hợp đồng."),
    ("Điểm yếu (W)", "Chưa có kho trung chuyển ở phía nam tỉnh; việc đặt hàng vẫn qua điện thoại, sổ tay; vốn lưu "
                     "động hạn chế khi bán chịu kéo dài."),
    ("Cơ hội (O)", "Ngân hàng có gói tín dụng cho chuỗi liên kết chăn nuôi; nhu cầu thịt tăng vào dịp cuối năm; tỉnh "
                   "khuyến khích HTX mở rộng quy mô trại tập trung."),
    ("Thách thức (T)", "Giá nguyên liệu biến động; nguy cơ tái phát dịch tả lợn châu Phi và cúm gia cầm; các hãng "
                       "thức ăn lớn giảm giá để giành khách."),
]

BEFORE_MATRIX = [
    ("III. CÁC GIẢI PHÁP THEO MA TRẬN KẾT HỢP", "h"),
    ("Ký hiệu đơn vị: PKD - Phòng Kinh doanh; PKT - Phòng Kỹ thuật chăn nuôi; PTC - Phòng Tài chính - Kế toán; NM - "
     "Nhà máy Gia Viễn; BGĐ - Ban Giám đốc. Cuối mỗi giải pháp, trong ngoặc đơn ghi lần lượt: đơn vị chủ trì / đơn "
     "vị phối hợp / thời hạn (dấu \"-\" là không có đơn vị phối hợp).", "p"),
]

SO = ["SO - Dùng điểm mạnh để tận dụng cơ hội",
      "SO1. Ký hợp đồng bán thức ăn trả chậm tối đa 90 ngày với 09 HTX và 04 THT, hạn mức tính theo số đầu lợn nái, "
      "lợn thịt và gia cầm đang nuôi (PKD / PTC / trước 15/10/2026)",
      "SO2. Xác nhận đầu ra và giới thiệu các HTX đủ điều kiện vay theo gói tín dụng chuỗi liên kết (PTC / Agribank "
      "Chi nhánh Ninh Bình / quý IV/2026)",
      "SO3. Bố trí thêm 02 xe giao hàng ca tối để các trại nhận cám trong ngày đặt (NM / PKD / từ tháng 11/2026)"]
ST = ["ST - Dùng điểm mạnh để vượt qua thách thức",
      "ST1. Chốt giá bán cho các HTX theo từng quý, trong quý chỉ điều chỉnh khi giá nguyên liệu đổi quá 5% (BGĐ / "
      "PKD / trước ngày đầu mỗi quý)",
      "ST2. Cấp miễn phí vôi bột, thuốc sát trùng cho trại thành viên khi có ổ dịch trong bán kính 3 km (NM / PKT / "
      "khi có ổ dịch)"]
WO = ["WO - Khắc phục điểm yếu nhờ cơ hội",
      "WO1. Thuê kho 300 m2 của HTX Chăn nuôi Yên Mạc làm điểm trung chuyển cho các trại phía nam (NM / HTX Chăn "
      "nuôi Yên Mạc / tháng 12/2026)",
      "WO2. Hướng dẫn ban quản trị các HTX đặt hàng, xem công nợ trên ứng dụng điện thoại của Công ty (PKD / - / "
      "trước 31/12/2026)"]
WT = ["WT - Giảm điểm yếu, tránh thách thức",
      "WT1. Mở lớp an toàn sinh học và ghi sổ theo dõi đàn cho tổ kỹ thuật của từng HTX (PKT / Chi cục Chăn nuôi và "
      "Thú y tỉnh / tháng 10 - 11/2026)",
      "WT2. Đối chiếu công nợ với từng HTX vào ngày 05 hằng tháng; HTX nợ quá hạn 30 ngày thì tạm dừng cấp thêm hạn "
      "mức (PTC / PKD / hằng tháng)",
      "WT3. Tổng kết 9 tháng, đánh giá hiệu quả bán trả chậm, trình Hội đồng quản trị phương án năm 2027 - 2028 "
      "(BGĐ / PKD, PTC / tháng 6/2027)"]

AFTER = [
    ("IV. VIỆC CÁC HTX, THT LIÊN KẾT CẦN LÀM", "h"),
    ("1. Gửi Công ty kế hoạch tái đàn và nhu cầu thức ăn quý I/2027 của từng thành viên trước ngày 20/12/2026.", "p"),
    ("Kế hoạch này thay cho các thỏa thuận bán chịu riêng lẻ trước đây; các phòng, Nhà máy cùng các hợp tác xã, tổ hợp "
     "tác liên kết theo phần việc đã ghi ở trên mà làm./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "DINH DƯỠNG CHĂN NUÔI GIA VIỄN"], "Số: 52/KH-GV",
                 "Gia Viễn, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bán thức ăn chăn nuôi trả chậm và đồng hành cùng các hợp tác xã, tổ hợp tác chăn nuôi "
              "từ tháng 10/2026 đến tháng 6/2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    swot = doc.add_table(rows=2, cols=2)
    set_borders(swot, "single")
    for n, (title, body) in enumerate(SWOT):
        cell = swot.rows[n // 2].cells[n % 2]
        cell.width = Cm(8.0)
        cell_lines(cell, [title, body], bold=(0,), center=False)
    for text, style in BEFORE_MATRIX:
        para(doc, text, bold=style == "h")
    matrix = doc.add_table(rows=3, cols=3)
    set_borders(matrix, "single")
    widths = [Cm(2.6), Cm(6.7), Cm(6.7)]
    cells = [[[""], ["Cơ hội (O)"], ["Thách thức (T)"]],
             [["Điểm mạnh (S)"], SO, ST],
             [["Điểm yếu (W)"], WO, WT]]
    for row, values in zip(matrix.rows, cells):
        for i, (cell, lines) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            cell_lines(cell, lines, bold=(0,), center=len(lines) == 1)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 09 HTX, 04 THT liên kết;",
                          "- Sở Nông nghiệp và Môi trường (để biết);", "- Các phòng, NM (t/h);", "- Lưu: VT, PKD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Vũ Quang Thiều"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 52/KH-GV", created=datetime(2026, 9, 9, 9, 10, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
