"""Write a_hung-yen_74-KH-UBND-2026_van-xuoi-va-bang-viet-tat.docx, the twenty-first held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen21/make_docx.py [OUT]

An ordinary province's plan in Word (March 2026, after Hưng Yên and Thái Bình were merged), typed as a Phòng's
clerk types: III. prose items numbered "1)", "2)", then "3.", "5." (no 4), each naming its body inside the sentence,
short names defined once in brackets ("Liên minh Hợp tác xã tỉnh (LMHTX tỉnh)", "Sở Nông nghiệp và Môi trường (Sở
NN&MT)") and used bare afterwards, some bodies in lower case ("sở Công Thương"); IV.1 a bordered table in the body
(STT | Nội dung công việc | Chủ trì | Phối hợp | Thời gian) whose cells use the short names; IV.2 a paragraph of the
communes' own work; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_74-KH-UBND-2026_van-xuoi-va-bang-viet-tat.docx"

OPENING = [
    "Căn cứ Luật Hợp tác xã 2023;",
    "Căn cứ Kế hoạch số 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phát triển kinh tế tập thể "
    "trong tình hình mới;",
    "Xét đề nghị của Sở Tài chính tại Tờ trình số 318/TTr-STC ngày 27/02/2026, UBND tỉnh ban hành Kế hoạch hỗ trợ HTX, "
    "tổ hợp tác năm 2026, gồm những nội dung sau:",
]

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Nâng cao chất lượng hoạt động của khu vực kinh tế tập thể sau hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình, khắc "
     "phục tình trạng HTX hoạt động cầm chừng, hình thức.", "p"),
    ("- Phân công rõ cơ quan chịu trách nhiệm và thời hạn của từng việc.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Đến hết năm 2026: thành lập mới 45 HTX, 120 tổ hợp tác (THT); tỷ lệ HTX xếp loại tốt, khá đạt 60% trở lên; "
     "100% HTX nông nghiệp có hợp đồng liên kết tiêu thụ với doanh nghiệp.", "p"),
    ("III. NHIỆM VỤ, GIẢI PHÁP", "h"),
    ("1) Rà soát, phân loại các HTX theo Luật Hợp tác xã năm 2023, vận động giải thể hoặc tổ chức lại những HTX đã "
     "ngừng hoạt động trên 12 tháng. Sở Tài chính chủ trì, phối hợp Liên minh Hợp tác xã tỉnh (LMHTX tỉnh) và UBND "
     "các xã, phường thực hiện; hoàn thành trong Quý 3/2026.", "p"),
    ("2) Hỗ trợ thành lập mới HTX, THT, ưu tiên trồng trọt, chăn nuôi và nuôi trồng thủy sản ven biển khu vực Thái "
     "Bình cũ. LMHTX tỉnh chủ trì thực hiện; thời gian: cả năm 2026.", "p"),
    ("3. Sở Nông nghiệp và Môi trường (Sở NN&MT) hướng dẫn các HTX nông nghiệp xây dựng vùng nguyên liệu tập trung "
     "nhãn, vải, lúa hàng hóa và đề nghị cấp mã số vùng trồng, hoàn thành cuối tháng 9/2026.", "p"),
    ("5. Tập huấn chuyển đổi số, sử dụng hóa đơn điện tử cho cán bộ quản lý HTX: giao sở Khoa học và Công nghệ chủ "
     "trì phối hợp Thuế tỉnh Hưng Yên, LMHTX tỉnh; thực hiện Q.II/2026 và Q.IV/2026.", "p"),
    ("6. Kết nối tiêu thụ sản phẩm: sở Công Thương chủ trì tổ chức ít nhất 03 hội chợ, tuần hàng có gian hàng riêng "
     "của HTX, THT; trong Quý III và Quý IV năm 2026.", "p"),
    ("7. Chi nhánh Ngân hàng Chính sách xã hội tỉnh và Quỹ Hỗ trợ phát triển hợp tác xã tỉnh dành nguồn vốn cho "
     "vay ưu đãi đối với HTX, THT có phương án sản xuất khả thi, thực hiện thường xuyên.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phân công một số nhiệm vụ cụ thể như sau:", "p"),
]

COLUMNS = ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.1), Cm(6.6), Cm(3.0), Cm(3.4), Cm(2.9)]
ROWS = [
    ("1", "Xây dựng dự toán kinh phí hỗ trợ HTX năm 2027, trình UBND tỉnh", "Sở Tài chính", "Sở NN&MT, LMHTX tỉnh",
     "trước 15/10"),
    ("2", "Tổng hợp báo cáo tình hình HTX, THT trên địa bàn tỉnh", "Sở Tài chính", "UBND các xã, phường",
     "Hằng quý, trước ngày 25 của tháng cuối quý"),
    ("3", "Đánh giá, phân loại HTX năm 2025 theo bộ tiêu chí mới", "LMHTX tỉnh", "UBND các xã, phường", "Tháng 4/2026"),
    ("4", "Đưa tin, phóng sự về mô hình HTX, THT làm ăn hiệu quả", "Báo và Phát thanh, Truyền hình Hưng Yên",
     "LMHTX tỉnh", "hằng quý"),
    ("5", "Hỗ trợ HTX phát triển sản phẩm OCOP, nâng hạng 20 sản phẩm đạt từ 3 sao trở lên", "Sở NN&MT",
     "UBND các xã, phường", "2026-2027"),
]

AFTER = [
    "2. UBND các xã, phường phân công công chức phụ trách kinh tế tập thể; cập nhật dữ liệu HTX, THT trên địa bàn lên Hệ "
    "thống thông tin quốc gia về hợp tác xã và báo cáo kết quả về Sở Tài chính định kỳ 6 tháng.",
    "Trên đây là Kế hoạch hỗ trợ hợp tác xã, tổ hợp tác năm 2026 của UBND tỉnh Hưng Yên./.",
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 74/KH-UBND", "Hưng Yên, ngày 09 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    for text in OPENING:
        para(doc, text, italic=text.startswith("Căn cứ"))
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text in AFTER:
        para(doc, text)
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính (b/c);", "- TTTU, TT HĐND tỉnh (b/c);",
                          "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Các Sở: TC, NN&MT, KH&CN, CT;",
                          "- Thuế tỉnh, NHCSXH tỉnh;",
                          "- UBND các xã, phường;", "- LMHTX tỉnh;", "- Lưu: VT, KTN, Hg (10b)."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vũ Thế Hiển"])
    return saved(doc, author="Phòng Kinh tế tổng hợp", editor="Văn thư UBND tỉnh Hưng Yên",
                 title="Kế hoạch 74/KH-UBND", created=datetime(2026, 3, 2, 9, 10, 0),
                 modified=datetime(2026, 3, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
