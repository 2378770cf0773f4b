"""Write a_hai-phong_09-KH-BCD-2026_don-dien-doi-thua-htx.docx, the hundred-and-fifty-fifth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen155/make_docx.py [OUT]

A commune's steering board for land consolidation (Ban Chỉ đạo dồn điền, đổi thửa xã, under the UBND xã) planning the
consolidation of three villages' rice fields for the winter-spring crop 2026 - 2027, the agricultural-service
cooperatives taking over the new fields' services: I. purposes, II. scope and the board's helpers (a description), III.
ONE bordered table TT | Nội dung công việc | Phân công, thời gian whose last cell STACKS UNLABELLED LINES — the doing
body first, then (not always) a line "cùng: …" naming the partners, then the time —, four group rows "Bước 1 …" …
"Bước 4 …" merged across the three columns, the rows numbered on across the steps; IV. funding; the closing sentence;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hai-phong_09-KH-BCD-2026_don-dien-doi-thua-htx.docx"

OPENING = ("Thực hiện Nghị quyết số 14/NQ-HĐND ngày 18/8/2026 của Hội đồng nhân dân xã về chủ trương dồn điền, đổi thửa "
           "đất nông nghiệp; Phương án số 112/PA-UBND ngày 05/9/2026 của Ủy ban nhân dân xã, Ban Chỉ đạo dồn điền, đổi "
           "thửa xã Gia Lộc (sau đây gọi là Ban Chỉ đạo) ban hành Kế hoạch thực hiện tại các thôn Đông Cận, Hữu Chung, "
           "Phương Điếm như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa số thửa bình quân từ 4,6 thửa xuống dưới 1,5 thửa mỗi hộ; ruộng của mỗi hộ liền khoảnh, có bờ vùng và "
     "đường cho máy cày, máy gặt vào tận ô.", "p"),
    ("- Sau khi giao ruộng mới, hai hợp tác xã dịch vụ nông nghiệp nhận làm dịch vụ trọn gói cho hộ thành viên, hình "
     "thành cánh đồng lúa chất lượng cao liên kết bao tiêu.", "p"),
    ("- Bàn bạc dân chủ, công khai từng bước; giải quyết kịp thời kiến nghị của hộ, không để khiếu nại kéo dài.", "p"),
    ("II. PHẠM VI VÀ BỘ PHẬN GIÚP VIỆC", "h"),
    ("Diện tích thực hiện 214,6 ha đất trồng lúa của 1.148 hộ tại 3 thôn. Giúp việc Ban Chỉ đạo có Tổ Giúp việc (công "
     "chức địa chính - nông nghiệp, cán bộ kỹ thuật của hai hợp tác xã, cán bộ đo đạc thuê ngoài) và Ban công tác ở "
     "mỗi thôn do Bí thư chi bộ làm Trưởng ban, Trưởng thôn làm Phó ban.", "p"),
    ("III. NỘI DUNG, PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí đo đạc, cắm mốc, chỉnh lý hồ sơ địa chính do ngân sách xã bảo đảm theo Phương án số 112/PA-UBND; công "
     "đắp bờ vùng, nạo vét kênh nội đồng do hộ góp công và hợp tác xã tổ chức thực hiện.", "p"),
    ("Các thành viên Ban Chỉ đạo, Tổ Giúp việc và Ban công tác các thôn bám sát tiến độ từng bước; vướng mắc vượt thẩm "
     "quyền báo cáo Trưởng ban để xử lý./.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Phân công, thời gian"]
WIDTHS = [Cm(1.1), Cm(9.6), Cm(5.3)]
# a str is a group row (merged across the three columns); a tuple (number, work, stacked lines) a task row
ROWS = [
    "Bước 1. Chuẩn bị, tuyên truyền",
    ("1", "Hội nghị quán triệt chủ trương, phương án dồn điền, đổi thửa cho cán bộ chủ chốt xã, thôn và Hội đồng quản "
          "trị hai hợp tác xã",
     ["Thường trực Ban Chỉ đạo", "cùng: Ủy ban MTTQ xã", "tuần đầu tháng 10/2026"]),
    ("2", "Họp dân từng thôn, phát phiếu lấy ý kiến hộ về phương án; niêm yết phương án tại nhà văn hóa thôn",
     ["Ban công tác các thôn", "cùng: Hội Nông dân xã, Hội LHPN xã", "trước 20/10/2026"]),
    ("3", "Phát chuyên mục dồn điền, đổi thửa trên loa truyền thanh xã 2 buổi mỗi tuần",
     ["phòng Văn hóa - Xã hội", "suốt thời gian thực hiện"]),
    "Bước 2. Kiểm kê, đo đạc, lập phương án giao ruộng",
    ("4", "Kiểm kê diện tích, số thửa của từng hộ theo sổ địa chính và hiện trạng; lập biểu tổng hợp theo thôn, xứ đồng",
     ["Tổ Giúp việc", "cùng: Ban công tác các thôn", "01/10 - 31/10/2026"]),
    ("5", "Đo đạc, cắm mốc các xứ đồng; thiết kế lại bờ vùng, kênh tưới tiêu và đường trục nội đồng",
     ["Tổ Giúp việc", "cùng: HTX DVNN Gia Lộc, HTX DVNN Phương Hưng, Xí nghiệp thủy lợi Gia Lộc", "tháng 10 - 11/2026"]),
    ("6", "Lập phương án giao ruộng của từng thôn (vị trí, số ô, thứ tự bốc thăm), trình Ban Chỉ đạo thông qua",
     ["Ban công tác các thôn", "cùng: Tổ Giúp việc", "trước 15/11"]),
    "Bước 3. Giao ruộng ngoài thực địa",
    ("7", "Bốc thăm vị trí, giao ruộng ngoài thực địa cho hộ sau khi thu hoạch lúa mùa",
     ["Ban công tác các thôn", "cùng: HTX DVNN Gia Lộc, HTX DVNN Phương Hưng, Công an xã", "20/11 - 10/12/2026"]),
    ("8", "Làm đất, cày ải đồng loạt trên các ô ruộng mới; cung ứng giống lúa, phân bón cho hộ thành viên theo hợp đồng "
          "dịch vụ",
     ["HTX DVNN Gia Lộc, HTX DVNN Phương Hưng", "trước Tết Nguyên đán Đinh Mùi"]),
    ("9", "Tiếp nhận, giải quyết kiến nghị của hộ phát sinh trong quá trình giao ruộng; hòa giải ngay tại thôn",
     ["Thường trực Ban Chỉ đạo", "cùng: Ủy ban MTTQ xã, Tổ hòa giải các thôn", "khi có kiến nghị"]),
    "Bước 4. Hoàn thiện hồ sơ, tổ chức lại sản xuất",
    ("10", "Lập hồ sơ đăng ký biến động, đề nghị cấp đổi giấy chứng nhận quyền sử dụng đất cho hộ theo ô ruộng mới",
     ["Tổ Giúp việc", "cùng: Chi nhánh Văn phòng đăng ký đất đai Gia Lộc", "quý I - quý II/2027"]),
    ("11", "Ký hợp đồng dịch vụ trọn gói với hộ thành viên; liên kết với doanh nghiệp bao tiêu lúa chất lượng cao trên "
           "cánh đồng mới",
     ["HTX DVNN Gia Lộc", "cùng: phòng Kinh tế", "trước khi gieo cấy vụ Xuân (31/01/2027)"]),
    ("12", "Tổng hợp kết quả, báo cáo Đảng ủy, UBND xã; đề xuất khen thưởng tập thể, cá nhân làm tốt",
     ["Tổ Giúp việc", "trước 30/6/2027"]),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND XÃ GIA LỘC", "BAN CHỈ ĐẠO DỒN ĐIỀN, ĐỔI THỬA"], "Số: 09/KH-BCĐ",
                 "Gia Lộc, ngày 26 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Dồn điền, đổi thửa gắn với tổ chức lại sản xuất qua hợp tác xã vụ Đông Xuân 2026 - 2027", bold=True,
         center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for index, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
        elif index == 0:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            number, work, stacked = values
            cell_lines(cells[0], [number])
            cell_lines(cells[1], [work], center=False)
            cell_lines(cells[2], stacked, italic=(len(stacked) - 1,), center=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Đảng ủy xã (b/c);", "- Chủ tịch, các PCT UBND xã;",
                          "- Thành viên BCĐ, Tổ Giúp việc;", "- Ban công tác các thôn;",
                          "- HTX DVNN Gia Lộc, HTX DVNN Phương Hưng;", "- Lưu: VT."],
                    ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Đoàn Văn Khải"])
    return saved(doc, author="Tổ Giúp việc BCĐ", editor="Văn thư UBND xã Gia Lộc",
                 title="Kế hoạch 09/KH-BCĐ", created=datetime(2026, 9, 21, 8, 30, 0),
                 modified=datetime(2026, 9, 26, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
