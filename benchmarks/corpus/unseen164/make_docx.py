"""Write a_can-tho_58-KH-SKTD-2026_dien-sinh-khoi-mua-trau-htx-ngay-iso.docx, the hundred-and-sixty-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen164/make_docx.py [OUT]

A biomass power company's plan (November 2026) to buy rice husk and straw bales from rice cooperatives as the plant's
fuel for 2027: an opening paragraph, I. targets as "-" lines, II. a bordered table of the tonnage expected from each
cooperative (figures, no work), III. one sentence saying the table below is taken from the company's task system, then
ONE bordered task table STT | Công việc | Phụ trách | Phối hợp | Hạn hoàn thành | Ưu tiên whose times are written AS
THE SYSTEM PRINTS THEM — ISO dates ("2026-11-30"), spans with an arrow ("2027-01-05 → 2027-01-31"), a quarter
"2027-Q2" — beside a priority column, IV. the plan it replaces, the closing sentence, the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_can-tho_58-KH-SKTD-2026_dien-sinh-khoi-mua-trau-htx-ngay-iso.docx"

OPENING = ("Nhà máy điện sinh khối Tây Đô (công suất 20 MW, xã Thới Lai) cần khoảng 140.000 tấn trấu và rơm mỗi năm để "
           "vận hành liên tục. Năm 2026, nhiên liệu mua qua thương lái chiếm trên 70%, giá biến động mạnh theo mùa vụ, "
           "nhiều lô trấu ẩm vượt mức cho phép. Để có nguồn nhiên liệu ổn định và để các hợp tác xã nông nghiệp có thêm "
           "thu nhập từ phụ phẩm, Công ty xây dựng Kế hoạch thu mua trấu, rơm cuộn trực tiếp từ các hợp tác xã năm 2027 "
           "như sau:")

TARGETS = [
    ("I. MỤC TIÊU", "h"),
    ("- Ký hợp đồng nguyên tắc mua trấu, rơm cuộn với ít nhất 10 hợp tác xã có lò sấy, cơ sở xay xát hoặc tổ cuốn "
     "rơm; sản lượng mua trực tiếp từ hợp tác xã đạt 140.000 tấn, chiếm trên 60% nhu cầu của Nhà máy.", "p"),
    ("- Giá mua công khai, điều chỉnh theo quý; tiền hàng trả qua tài khoản của hợp tác xã.", "p"),
    ("- Trấu, rơm giao nhận đúng độ ẩm, không lẫn đất cát, không để cháy tại bãi tập kết.", "p"),
    ("II. SẢN LƯỢNG DỰ KIẾN THU MUA TỪ CÁC HỢP TÁC XÃ NĂM 2027", "h"),
    ("(Theo số liệu khảo sát tháng 10/2026; đơn vị tính: tấn)", "i"),
]

VOLUME_COLUMNS = ["TT", "Hợp tác xã", "Địa bàn", "Trấu", "Rơm cuộn"]
VOLUME_WIDTHS = [Cm(1.0), Cm(6.4), Cm(3.6), Cm(2.5), Cm(2.5)]
VOLUMES = [
    ("1", "HTX Nông nghiệp Thới Lai Xanh", "xã Thới Lai", "18.000", "4.500"),
    ("2", "HTX Dịch vụ nông nghiệp Cờ Đỏ", "xã Cờ Đỏ", "15.500", "3.000"),
    ("3", "HTX Lúa gạo Vĩnh Thạnh", "xã Vĩnh Thạnh", "21.000", "5.200"),
    ("4", "HTX Nông nghiệp Tân Long", "xã Phụng Hiệp", "9.800", "2.600"),
    ("5", "HTX Xay xát Trường Long", "xã Trường Long", "26.000", "—"),
    ("6", "Các HTX khác (dự kiến 07 HTX)", "", "24.700", "9.700"),
    ("", "Tổng cộng", "", "115.000", "25.000"),
]

TASKS_INTRO = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Các phòng, đội thực hiện theo bảng phân công dưới đây (trích từ hệ thống quản lý công việc của Công ty; hạn "
     "hoàn thành ghi theo định dạng của hệ thống):", "p"),
]

COLUMNS = ["STT", "Công việc", "Phụ trách", "Phối hợp", "Hạn hoàn thành", "Ưu tiên"]
WIDTHS = [Cm(1.0), Cm(5.6), Cm(2.9), Cm(3.2), Cm(2.6), Cm(1.7)]
ROWS = [
    ("1", "Khảo sát năng lực cung ứng trấu, rơm của 12 hợp tác xã; lập danh sách hợp tác xã đủ điều kiện ký hợp "
          "đồng", "Phòng Nhiên liệu", "Phòng Kế hoạch - Kinh doanh", "2026-11-30", "Cao"),
    ("2", "Soạn mẫu hợp đồng nguyên tắc mua bán trấu, rơm cuộn (giá sàn, cách điều chỉnh giá theo quý)",
     "Phòng Pháp chế", "Phòng Tài chính - Kế toán", "2026-12-05", "Cao"),
    ("3", "Tổ chức hội nghị ký hợp đồng với các hợp tác xã tại Nhà máy", "Phòng Nhiên liệu",
     "Liên minh Hợp tác xã thành phố Cần Thơ; Phòng Hành chính - Nhân sự", "2026-12-18", "Cao"),
    ("4", "Cho hợp tác xã ứng trước 30% tiền mua máy cuốn rơm, trừ dần vào tiền rơm giao trong 24 tháng",
     "Phòng Tài chính - Kế toán", "Phòng Nhiên liệu", "2027-01-15", "Trung bình"),
    ("5", "Kiểm tra, chấp thuận bãi tập kết trấu tại hợp tác xã (nền cao, có mái che, xe 15 tấn vào được)",
     "Phòng Kỹ thuật - An toàn", "Phòng Nhiên liệu", "2027-01-05 → 2027-01-31", "Trung bình"),
    ("6", "Lắp cân điện tử, máy đo ẩm tại cổng nhận nhiên liệu; công bố quy trình lấy mẫu (trấu giao nhận có độ ẩm "
          "không quá 14%)", "Tổ Kiểm định nhiên liệu", "Phòng Kỹ thuật - An toàn", "2027-02-10", "Cao"),
    ("7", "Nhận trấu, rơm cuộn vụ Đông Xuân theo lịch xe đã thống nhất với từng hợp tác xã", "Đội Vận tải",
     "Các HTX đã ký hợp đồng", "2027-02-20 → 2027-04-15", "Cao"),
    ("8", "Thanh toán tiền trấu, rơm cho hợp tác xã qua tài khoản", "Phòng Tài chính - Kế toán", "",
     "07 ngày sau mỗi kỳ đối chiếu phiếu cân", "Cao"),
    ("9", "Thí điểm ép rơm thành viên nén (pellet) tại 02 hợp tác xã", "Phòng Kỹ thuật - An toàn",
     "Trường Đại học Cần Thơ", "2027-Q2", "Thấp"),
    ("10", "Báo cáo sản lượng nhiên liệu nhận từ từng hợp tác xã cho Ban Tổng Giám đốc",
     "Phòng Kế hoạch - Kinh doanh", "", "Thứ Hai hằng tuần", "Trung bình"),
    ("11", "Nhận rơm cuộn vụ Hè Thu 2027", "Đội Vận tải", "Phòng Nhiên liệu", "2027-07-01 → 2027-08-31",
     "Trung bình"),
    ("12", "Đánh giá, xếp hạng các hợp tác xã cung ứng năm 2027; đề xuất thưởng hợp tác xã giao đủ, đúng chất lượng",
     "Phòng Nhiên liệu", "Phòng Tài chính - Kế toán", "2027-09-30", "Thấp"),
]

AFTER = [
    ("IV. HIỆU LỰC", "h"),
    ("Kế hoạch này thay thế Kế hoạch số 41/KH-SKTĐ ngày 15/10/2025 về thu mua nhiên liệu năm 2026; các hợp đồng mua "
     "trấu qua thương lái đang còn hiệu lực được thực hiện đến hết thời hạn.", "p"),
    ("Trên đây là Kế hoạch thu mua trấu, rơm cuộn từ các hợp tác xã năm 2027 của Công ty; trong quá trình thực hiện có "
     "vướng mắc, các phòng, đội báo cáo Tổng Giám đốc (qua Phòng Nhiên liệu) để xử lý./.", "p"),
]


def table(doc, columns, widths, rows, *, center_from: int):
    """A bordered table: the bold header row, then one row a tuple (cells from ``center_from`` on centred)."""
    grid = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(grid, "single")
    for row, values in zip(grid.rows, [columns, *rows]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if row is grid.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0 or i >= center_from)
    return grid


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "ĐIỆN SINH KHỐI TÂY ĐÔ"], "Số: 58/KH-SKTĐ",
                 "Cần Thơ, ngày 09 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua trấu, rơm cuộn từ các hợp tác xã nông nghiệp làm nhiên liệu năm 2027", bold=True, center=True)
    para(doc, OPENING)
    for text, style in TARGETS:
        para(doc, text, bold=style == "h", italic=style == "i", center=style == "i")
    table(doc, VOLUME_COLUMNS, VOLUME_WIDTHS, VOLUMES, center_from=3)
    for text, style in TASKS_INTRO:
        para(doc, text, bold=style == "h")
    table(doc, COLUMNS, WIDTHS, ROWS, center_from=4)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Liên minh HTX TP. Cần Thơ;",
                          "- Các HTX đối tác;", "- Các phòng, đội (t/h);", "- Lưu: VT, NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lâm Quốc Khải"])
    return saved(doc, author="Phòng Nhiên liệu", editor="Văn thư Công ty", title="Kế hoạch 58/KH-SKTĐ",
                 created=datetime(2026, 11, 3, 8, 20, 0), modified=datetime(2026, 11, 9, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
