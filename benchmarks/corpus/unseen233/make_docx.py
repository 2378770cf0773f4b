"""Write a_lam-dong_37-2026-KH-HXK_hoa-cat-canh-tet-2027-don-vi-ghi-sau-cung.docx, the two-hundred-and-thirty-third
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen233/make_docx.py [OUT]

A cut-flower export company's plan (October 2026) for buying the roses, chrysanthemums and carnations of its linked
flower cooperatives and groups for Tết 2027 and its Japan orders: the opening; I. targets; II. a facts table of the
linked units (no work); III. a note on how the doers' column is written, then one bordered table TT | Công việc |
Đơn vị tham gia (số người) | Xong trước whose doers' cell lists every body of the row, ONE A LINE, EACH WITH ITS
HEADCOUNT in brackets, the body NAMED LAST being the lead and the ones before it partners (one row a single body);
IV. the linked cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_37-2026-KH-HXK_hoa-cat-canh-tet-2027-don-vi-ghi-sau-cung.docx"

OPENING = [
    ("Vụ hoa Tết năm 2026, Công ty nhận của các đơn vị liên kết 2,1 triệu cành hoa, trong đó 31% số cành bị hạ cấp "
     "vì cong cổ, dập cánh khi chở về xưởng; đơn hàng cúc đơn đi Nhật Bản bị khách trả lại 02 lô do phát hiện bọ trĩ. "
     "Để vụ Tết Đinh Mùi năm 2027 có đủ hoa đúng cấp, đúng ngày giao, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua 2,9 triệu cành hoa hồng, cúc, cẩm chướng của vùng liên kết; tỷ lệ cành hạ cấp dưới 15%.", "p"),
    ("- Xuất khẩu 06 lô cúc đơn, cẩm chướng sang Nhật Bản không lô nào bị trả lại; trả tiền hoa cho các hợp tác xã, "
     "tổ hợp tác đúng hạn.", "p"),
    ("II. NGUỒN HOA LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị liên kết", "Loại hoa", "Diện tích (ha)", "Số cành đăng ký"]
UNIT_WIDTHS = [Cm(6.2), Cm(3.4), Cm(2.6), Cm(3.8)]
UNITS = [
    ("HTX Hoa hồng Tà Nung", "Hồng", "9,5", "1.050.000"),
    ("HTX Nông nghiệp Hoa cúc Xuân Trường", "Cúc đơn, cúc chùm", "7,0", "900.000"),
    ("HTX Hoa cẩm chướng Hiệp Thạnh", "Cẩm chướng", "5,2", "720.000"),
    ("THT hoa cúc Lạc Dương", "Cúc chùm", "2,1", "230.000"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Cách đọc cột “Đơn vị tham gia (số người)”: mỗi đơn vị ghi một dòng, kèm số người đơn vị cử làm việc đó trong "
     "ngoặc. Đơn vị ghi sau cùng trong ô là đơn vị chủ trì, chịu trách nhiệm chính và báo cáo kết quả; các đơn vị ghi "
     "trước là đơn vị phối hợp. Ô có một đơn vị: đơn vị đó làm trọn việc.", "p"),
]

COLUMNS = ["TT", "Công việc", "Đơn vị tham gia (số người)", "Xong trước"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(5.2), Cm(2.4)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng giá bao tiêu theo từng loại hoa, từng cấp cành cho vụ Tết 2027 với 04 đơn vị liên kết",
     ["Phòng Tài chính - Kế toán (01)", "Phòng Thu mua vùng nguyên liệu (02)"], "25/10/2026"),
    ("2", "Chốt lịch xuống giống, bấm ngọn từng lứa cúc, lứa hồng để hoa nở rộ từ ngày 18/01/2027",
     ["HTX Nông nghiệp Hoa cúc Xuân Trường (02)", "HTX Hoa hồng Tà Nung (02)", "Phòng Thu mua vùng nguyên liệu (01)",
      "Phòng Kỹ thuật nông học (02)"], "31/10/2026"),
    ("3", "Dựng thêm 2.400 m² mái che mưa cho vườn cúc đơn làm hàng xuất khẩu",
     ["Phòng Tài chính - Kế toán (01)", "Phòng Kỹ thuật nông học (01)", "HTX Nông nghiệp Hoa cúc Xuân Trường (06)"],
     "20/11/2026"),
    ("4", "Soi bọ trĩ, bệnh đốm lá trên các vườn cúc, cẩm chướng làm hàng Nhật Bản; lấy mẫu hoa gửi phân tích dư "
          "lượng thuốc bảo vệ thực vật",
     ["Trung tâm Nghiên cứu Rau và Hoa Đà Lạt (02)", "Phòng Xuất nhập khẩu (01)", "Phòng Kỹ thuật nông học (03)"],
     "30/11/2026"),
    ("5", "Cấp 40.000 xô nhựa, dung dịch giữ tươi và tem truy xuất cho 04 điểm gom hoa",
     ["Xưởng Sơ chế - Đóng gói (04)"], "15/12/2026"),
    ("6", "Tập huấn cắt hoa lúc sáng sớm, phân cấp cành, ngâm nước tại vườn theo quy cách đơn hàng Nhật Bản cho tổ "
          "kỹ thuật của các đơn vị liên kết",
     ["Phòng Kỹ thuật nông học (02)", "Phòng Xuất nhập khẩu (01)", "Xưởng Sơ chế - Đóng gói (03)"], "20/12/2026"),
    ("7", "Làm thủ tục kiểm dịch thực vật, xin giấy chứng nhận kiểm dịch cho 06 lô hoa xuất khẩu",
     ["Xưởng Sơ chế - Đóng gói (01)", "Phòng Xuất nhập khẩu (02)"], "08/01/2027"),
    ("8", "Nhận hoa tại điểm gom, phân cấp, đếm cành, ghi phiếu nhận hàng cho từng đơn vị liên kết; chở hoa bằng xe "
          "lạnh về xưởng trong ngày",
     ["HTX Hoa cẩm chướng Hiệp Thạnh (02)", "Đội Xe lạnh (05)", "Xưởng Sơ chế - Đóng gói (08)"],
     "04/02/2027 (nhận hoa từ 15/01/2027)"),
    ("9", "Trả tiền hoa cho các hợp tác xã, tổ hợp tác theo phiếu nhận hàng",
     ["Phòng Thu mua vùng nguyên liệu (01)", "Phòng Tài chính - Kế toán (02)"], "10/02/2027"),
    ("10", "Tổng kết vụ hoa Tết 2027, chấm điểm từng đơn vị liên kết, đề xuất số cành đặt hàng vụ Tết 2028 trình "
           "Hội đồng quản trị",
     ["Phòng Tài chính - Kế toán (01)", "Phòng Kỹ thuật nông học (01)", "Phòng Thu mua vùng nguyên liệu (02)"],
     "15/3/2027"),
]

AFTER = [
    ("IV. VIỆC CỦA CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết báo số cành dự kiến cắt từng tuần, theo từng loại hoa, về Phòng Thu mua vùng "
     "nguyên liệu trước ngày 05/01/2027; không gom hoa ngoài vùng liên kết để giao theo hợp đồng.", "p"),
    ("Các phòng, xưởng, đội cử đủ số người như bảng trên; trưởng đơn vị chủ trì từng việc chịu trách nhiệm trước Tổng "
     "Giám đốc về kết quả./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "HOA XUẤT KHẨU ĐA THIỆN"], "Số: 37/2026/KH-HXK",
                 "Lâm Đồng, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua hoa cắt cành của các hợp tác xã, tổ hợp tác liên kết phục vụ Tết Đinh Mùi năm 2027 "
              "và đơn hàng xuất khẩu", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    units = doc.add_table(rows=1 + len(UNITS), cols=len(UNIT_COLUMNS))
    set_borders(units, "single")
    for n, (row, values) in enumerate(zip(units.rows, [UNIT_COLUMNS, *UNITS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = UNIT_WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if n == 0 else (), center=n == 0 or i > 0)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, bodies, due) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], bodies, center=False)
        cell_lines(cells[3], [due])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 đơn vị liên kết;",
                          "- Các phòng, xưởng, đội (t/h);", "- Lưu: VT, P.TMVNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Tôn Thất Bảo Khuê"])
    return saved(doc, author="Phòng Thu mua vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 37/2026/KH-HXK", created=datetime(2026, 10, 5, 8, 20, 0),
                 modified=datetime(2026, 10, 9, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
