"""Write a_an-giang_27-KH-NTHT-2026_trai-cay-ngoc-tht-htx.docx, the two-hundred-and-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen208/make_docx.py [OUT]

A pearl company's plan (August 2026) carrying out the linkage contracts it signed with the pearl-oyster-farming
cooperative groups and a cooperative of đặc khu Phú Quốc for the 2026 - 2027 implantation season: seed oysters, raft
checks, nucleus implantation in two rounds, harvest and buy-back, payment. I. aims ("-" lines), II. facts (the three
linked units and their rafts, in a paragraph), III. a note on the last column, then ONE bordered table TT | Công việc
| Làm chính | Cùng làm | Thời hạn | Căn cứ whose LAST column CITES THE CLAUSE of the model linkage contract each row
carries out ("Khoản 1 Điều 3", "Điều 6"); IV. the follow-up duty; the closing sentence; the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_an-giang_27-KH-NTHT-2026_trai-cay-ngoc-tht-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Năm 2026 Công ty đã ký Hợp đồng liên kết nuôi trai cấy ngọc (theo mẫu số 15/2026/HĐLK) với hai tổ hợp tác và "
     "một hợp tác xã ở đặc khu Phú Quốc. Mùa cấy vừa qua tỷ lệ trai chết sau cấy lên tới 38% ở các bè đặt gần cửa "
     "rạch, do nước ngọt đổ về làm độ mặn tụt nhanh sau mưa lớn. Công ty đặt ra các việc cho mùa cấy 2026 - 2027 "
     "như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Cấy nhân cho 60.000 con trai mẹ của các đơn vị liên kết; tỷ lệ trai sống sau cấy 90 ngày đạt từ 75% trở "
     "lên.", "p"),
    ("- Thu mua toàn bộ ngọc đạt loại C trở lên của thành viên theo bảng giá đã chốt trong hợp đồng.", "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("THT nuôi trai Bãi Bổn (14 hộ, 46 bè), THT nuôi trai Rạch Tràm (9 hộ, 31 bè) và HTX Ngọc trai Cửa Cạn (22 "
     "thành viên, 80 bè, có 01 xuồng máy chở trai). Mỗi bè treo được khoảng 400 con trai cỡ 10 - 12 cm.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Cột \"Căn cứ\" ghi điều, khoản của Hợp đồng liên kết mẫu số 15/2026/HĐLK quy định việc đó; các bên đối chiếu "
     "khi nghiệm thu, thanh toán.", "p"),
]

COLUMNS = ["TT", "Công việc", "Làm chính", "Cùng làm", "Thời hạn", "Căn cứ"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(2.6), Cm(2.8), Cm(2.4), Cm(1.9)]
ROWS = [
    ("1", "Giao 30.000 con trai mẹ giống cỡ 10 - 12 cm cho THT nuôi trai Bãi Bổn và THT nuôi trai Rạch Tràm, kèm "
          "phiếu kiểm tra sức khỏe từng lô", "Trại giống Hàm Ninh", "Phòng Kỹ thuật", "Trước 15/9/2026",
     "Khoản 1 Điều 3"),
    ("2", "Kiểm tra phao, dây neo, lồng treo của toàn bộ 157 bè; bè nào hỏng phải thay trước khi nhận trai cấy",
     "Phòng Kỹ thuật", "HTX Ngọc trai Cửa Cạn", "01 - 25/9/2026", "Khoản 2 Điều 4"),
    ("3", "Ứng trước lồng lưới, phao nhựa và dây treo cho các hộ theo số bè đăng ký, trừ vào tiền bán ngọc",
     "Phòng Tài chính - Kế toán", "Phòng Thu mua", "Trước 30/9/2026", "Điều 6"),
    ("4", "Tập huấn chăm sóc trai sau cấy (vệ sinh vỏ, kiểm tra trai nhả nhân, xử lý sinh vật bám) cho 45 thành viên",
     "Phòng Kỹ thuật", "Trung tâm Khuyến nông tỉnh An Giang", "Tháng 9/2026", "Điều 5"),
    ("5", "Cấy nhân đợt 1 tại xưởng nổi Bãi Bổn cho trai của hai tổ hợp tác", "Xưởng cấy nhân",
     "THT nuôi trai Bãi Bổn, THT nuôi trai Rạch Tràm", "05/10 - 30/10/2026", "Khoản 3 Điều 3"),
    ("6", "Đo độ mặn, nhiệt độ nước tại các vùng bè; báo cho tổ trưởng hạ lồng xuống sâu khi độ mặn dưới 28‰",
     "Phòng Kỹ thuật", "Ban Quản lý Khu bảo tồn biển Phú Quốc", "Hằng ngày", "Khoản 3 Điều 4"),
    ("7", "Vệ sinh vỏ trai, thay lồng bẩn, ghi sổ trai chết và trai nhả nhân của từng bè",
     "HTX Ngọc trai Cửa Cạn", "Phòng Kỹ thuật", "Mỗi tuần một lần", "Khoản 4 Điều 4"),
    ("8", "Kéo bè vào vụng Cửa Cạn, buộc neo bổ sung khi có tin bão, áp thấp nhiệt đới", "Đội Tàu - Bè",
     "THT nuôi trai Rạch Tràm", "Khi có tin bão", "Điều 8"),
    ("9", "Cấy nhân đợt 2 cho trai của HTX Ngọc trai Cửa Cạn", "Xưởng cấy nhân", "HTX Ngọc trai Cửa Cạn",
     "Tháng 3/2027", "Khoản 3 Điều 3"),
    ("10", "Thu hoạch, phân loại ngọc của các bè cấy đợt 1 trước sự chứng kiến của tổ trưởng, chủ nhiệm HTX; mua "
           "theo bảng giá", "Phòng Thu mua", "Xưởng cấy nhân, Phòng Tài chính - Kế toán", "15/5 - 15/6/2027",
     "Điều 7"),
    ("11", "Chuyển tiền mua ngọc cho hộ thành viên qua tài khoản của THT, HTX",
     "Phòng Tài chính - Kế toán", "", "Chậm nhất 10 ngày làm việc sau mỗi lần phân loại", "Khoản 2 Điều 7"),
]

AFTER = [
    ("IV. THEO DÕI, BÁO CÁO", "h"),
    ("Phòng Hành chính - Tổng hợp theo dõi tiến độ các việc ở mục III, báo cáo Giám đốc trước ngày 05 hằng tháng; "
     "việc chậm quá 10 ngày thì đề xuất điều chỉnh.", "p"),
    ("Kế hoạch này gửi kèm bản sao hợp đồng liên kết đến từng tổ hợp tác, hợp tác xã để cùng thực hiện./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "NGỌC TRAI HÒN THƠM"], "Số: 27/KH-NTHT",
                 "Phú Quốc, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện hợp đồng liên kết nuôi trai cấy ngọc với các tổ hợp tác, hợp tác xã mùa cấy 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- THT nuôi trai Bãi Bổn, Rạch Tràm;",
                          "- HTX Ngọc trai Cửa Cạn;", "- UBND đặc khu Phú Quốc;",
                          "- Các phòng, Trại giống, Xưởng cấy nhân;", "- Lưu: VT, HCTH."],
                    ["GIÁM ĐỐC", "", "", "", "", "Lâm Quốc Thái"])
    return saved(doc, author="Phòng Kỹ thuật", editor="Văn thư Công ty",
                 title="Kế hoạch 27/KH-NTHT", created=datetime(2026, 8, 11, 9, 10, 0),
                 modified=datetime(2026, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
