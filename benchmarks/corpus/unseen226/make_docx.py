"""Write a_lam-dong_34-2026-KH-HTM_hong-treo-gio-htx-chu-tri-mac-dinh.docx, the two-hundred-and-twenty-sixth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen226/make_docx.py [OUT]

A dried-persimmon maker's plan (September 2026) for buying the fresh persimmons of its linked cooperatives and
cooperative groups round Đà Lạt for the 2026 season of "hồng treo gió": an opening of last season's figures; I.
targets; II. the linked units in one paragraph (facts); III. an italic note and one bordered table TT | Việc | Chủ trì
| Phối hợp | Thời hạn whose EMPTY "Chủ trì" cells mean the room that drafted the plan (the note names it: the DEFAULT
LEAD), and whose times may join two marks by "hoặc" — "…, tùy mốc nào đến trước" (whichever comes first); IV. the
linked units' own duty in a paragraph; a closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_34-2026-KH-HTM_hong-treo-gio-htx-chu-tri-mac-dinh.docx"

OPENING = [
    ("Mùa hồng năm 2025 Công ty treo được 142 tấn hồng tươi, ra lò 31 tấn hồng treo gió; gần 18% số quả phải loại vì "
     "hái non, dập hoặc thâm cuống, phần lớn ở những lô giao muộn. Năm nay bốn đơn vị liên kết đăng ký bán cho Công ty "
     "210 tấn hồng Fuyu và hồng trứng. Để mua đủ quả tốt, treo xong và bán hết sản phẩm trước Tết Nguyên đán Đinh Mùi, "
     "Công ty đặt ra các việc dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua ít nhất 200 tấn hồng quả loại 1 và loại 2 của vùng liên kết; số quả phải loại không quá 8%.", "p"),
    ("- Ra lò 44 tấn hồng treo gió, đóng hộp và giao đủ cho các nhà phân phối trước Tết.", "p"),
    ("- Tiền hồng đến tay hợp tác xã, tổ hợp tác đúng hạn đã ghi trong hợp đồng.", "p"),
    ("II. VÙNG HỒNG LIÊN KẾT", "h"),
    ("Vùng liên kết gồm HTX Nông nghiệp Cầu Đất Xanh (38 ha, phường Xuân Trường - Đà Lạt), HTX Hồng Xuân Thọ (22 ha), "
     "THT trồng hồng thôn Trạm Hành (9 ha) và HTX Nông nghiệp Lạc Dương (17 ha). Hồng chín rộ từ giữa tháng 9 đến cuối "
     "tháng 11; quả treo trên giàn 30 - 35 ngày thì ra lò.", "p"),
    ("III. PHÂN CÔNG", "h"),
]

NOTE = ("Cách đọc bảng: Phòng Thu mua là phòng soạn Kế hoạch này, nên ô \"Chủ trì\" nào để trống thì việc đó do Phòng "
        "Thu mua chủ trì; ô \"Phối hợp\" bỏ trống thì việc không có đơn vị cùng làm. Ô \"Hạn xong\" ghi hai mốc nối "
        "bằng chữ \"hoặc\" thì việc phải xong ở mốc nào đến trước.")

COLUMNS = ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn xong"]
WIDTHS = [Cm(1.0), Cm(6.9), Cm(2.8), Cm(3.0), Cm(3.1)]
ROWS = [
    ("1", "Ký với từng HTX, THT phụ lục hợp đồng mùa hồng 2026: sản lượng, giá sàn 14.000 đồng/kg hồng loại 1, lịch "
     "hái từng vườn", "", "Phòng Tài chính - Kế toán", "Trước 20/9/2026"),
    ("2", "Tập huấn cho tổ hái của các HTX, THT cách hái đúng độ chín, cắt chừa cuống và xếp quả vào khay lót giấy",
     "Phòng Kiểm soát chất lượng", "Trung tâm Khuyến nông tỉnh", "Tháng 9/2026"),
    ("3", "Cấp 1.800 khay nhựa và 40 cuộn giấy lót cho các điểm gom hồng",
     "Kho vật tư", "HTX Nông nghiệp Cầu Đất Xanh", "Trước 25/9/2026"),
    ("4", "Nhận hồng tại điểm gom, cân, phân loại và ghi phiếu cân cho từng hộ",
     "", "Phòng Kiểm soát chất lượng", "Đến 30/11/2026 hoặc khi đã nhận đủ 210 tấn, tùy mốc nào đến trước"),
    ("5", "Gọt vỏ, treo quả lên giàn trong nhà lưới, bóp mềm quả theo quy trình của xưởng",
     "Xưởng Treo gió", "", "Hằng ngày trong mùa treo"),
    ("6", "Chuyển tiền hồng vào tài khoản của HTX, THT theo phiếu cân đã đối chiếu",
     "Phòng Tài chính - Kế toán", "", "Sau mỗi kỳ đối chiếu, trong 07 ngày làm việc"),
    ("7", "Lấy mẫu hồng treo gió gửi kiểm nghiệm độ ẩm, vi sinh và chất bảo quản trước khi đóng hộp",
     "Phòng Kiểm soát chất lượng", "Xưởng Treo gió",
     "Trước 10/11/2026 hoặc ngay khi ra lò mẻ đầu tiên, tùy mốc nào đến trước"),
    ("8", "Hướng dẫn HTX Hồng Xuân Thọ và THT trồng hồng thôn Trạm Hành ghi nhật ký vườn, chuẩn bị hồ sơ mã số vùng "
     "trồng cho 31 ha hồng", "", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Quý IV/2026"),
    ("9", "Mở ngày hội \"Mùa hồng Cầu Đất\" đón khách du lịch tham quan vườn và mua hồng tại HTX Nông nghiệp Cầu Đất "
     "Xanh", "Phòng Kinh doanh", "HTX Nông nghiệp Cầu Đất Xanh, UBND phường Xuân Trường - Đà Lạt", "Tháng 10/2026"),
    ("10", "Đóng hộp quà Tết in tên các HTX, THT cung ứng và giao cho các nhà phân phối",
     "Phòng Kinh doanh", "Xưởng Treo gió", "Trước 20/01/2027"),
    ("11", "Tổng kết mùa hồng, chấm điểm từng HTX, THT, đề xuất giá sàn và sản lượng năm 2027",
     "", "Phòng Tài chính - Kế toán, Phòng Kiểm soát chất lượng", "Trước 28/02/2027"),
]

AFTER = [
    ("IV. VIỆC PHÍA CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("Các HTX, THT liên kết lập danh sách hộ trồng, diện tích và sản lượng hồng dự kiến của từng hộ, gửi Phòng Thu "
     "mua trước ngày 15/9/2026; báo lịch hái của mỗi vườn trước ít nhất hai ngày để Công ty bố trí xe và người "
     "nhận.", "p"),
    ("Các phòng, xưởng, kho bám theo phần việc của mình trong bảng; khó khăn phát sinh báo ngay Phó Tổng Giám đốc phụ "
     "trách sản xuất để giải quyết./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THỰC PHẨM HỒNG TRẠI MÁT"], "Số: 34/2026/KH-HTM",
                 "Lâm Đồng, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua hồng quả của các hợp tác xã, tổ hợp tác liên kết cho mùa hồng treo gió năm 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    para(doc, NOTE, italic=True)
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (để b/c);", "- 04 đơn vị liên kết;",
                          "- Các phòng, xưởng, kho;", "- Lưu: VT, P.TM."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Trịnh Ngọc Khuê"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 34/2026/KH-HTM", created=datetime(2026, 9, 3, 8, 20, 0),
                 modified=datetime(2026, 9, 8, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
