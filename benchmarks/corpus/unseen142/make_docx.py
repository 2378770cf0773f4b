"""Write a_lang-son_37-KH-BXXL-2026_ben-xe-htx-van-tai-ve-dien-tu.docx, the hundred-and-forty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen142/make_docx.py [OUT]

A coach-station company's plan (August 2026) for the transport cooperatives that run their coaches from its station:
new departure bays, electronic tickets, new service contracts. I. purposes, II. one bordered table TT | Công việc |
Bộ phận chủ trì | Phối hợp | Thời hạn whose "Bộ phận chủ trì" cells are MERGED DOWN over the rows a unit leads (a
vertical merge: the unit is printed once, in the first of its rows), yearless times; III. one paragraph asking two
named cooperatives for their contact people; the closing sentence; the signature beside "Nơi nhận". Every paragraph
is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lang-son_37-KH-BXXL-2026_ben-xe-htx-van-tai-ve-dien-tu.docx"

BEFORE = [
    ("Hiện có 04 hợp tác xã vận tải với 86 xe khách đang khai thác các tuyến cố định xuất phát từ Bến xe Xứ Lạng; "
     "khu vực đỗ xe chật, nhiều lượt xe chờ ốt quá giờ, việc bán vé giấy còn thủ công. Để phục vụ hành khách tốt hơn "
     "khi Sở Xây dựng cho phép mở thêm 03 tuyến đi Quảng Ninh, Hải Phòng từ tháng 10/2026, Công ty lập Kế hoạch này "
     "với các nội dung sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Sắp xếp lại ốt đỗ, giờ xuất bến hợp lý giữa các hợp tác xã, không để xe tranh giành khách trong bến.", "p"),
    ("2. Bán vé điện tử cho 100% lượt xe xuất bến của hợp tác xã, tiền vé đối soát hằng tuần, minh bạch.", "p"),
    ("3. Các bộ phận làm đúng phần việc được giao, không phát sinh chi phí cho hợp tác xã ngoài giá dịch vụ đã niêm "
     "yết.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ", "h"),
    ("Đề nghị HTX Vận tải Hữu Nghị, HTX Dịch vụ vận tải Kỳ Lừa cử mỗi đơn vị 01 người làm đầu mối với Công ty, gửi "
     "danh sách lái xe, nhân viên bán vé và số điện thoại về Phòng Điều hành bến trước ngày 28/8/2026.", "p"),
    ("Trên đây là Kế hoạch của Công ty Cổ phần Bến xe Xứ Lạng; bộ phận nào gặp khó khăn thì báo ngay Ban Giám đốc "
     "(qua Phòng Điều hành bến) để giải quyết./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận chủ trì", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.2), Cm(3.0), Cm(3.4), Cm(2.4)]
# (TT, work, lead or None when the cell above is merged down over this row, partners, time)
ROWS = [
    ("1", "Rà soát phù hiệu, hợp đồng vận chuyển, hạn kiểm định của từng xe hợp tác xã đang xuất bến; lập danh sách "
          "xe phải bổ sung hồ sơ", "Phòng Điều hành bến", "HTX Vận tải Hữu Nghị, HTX Dịch vụ vận tải Kỳ Lừa",
     "trước 05/9"),
    ("2", "Vẽ lại sơ đồ 24 ốt đỗ xe xuất bến, chia ốt theo tuyến và khung giờ, gửi các hợp tác xã góp ý", None, "",
     "tuần 2 tháng 9"),
    ("3", "Trình duyệt, thông báo biểu đồ giờ xuất bến mới cho 03 tuyến mở thêm; niêm yết tại phòng chờ", None,
     "Sở Xây dựng", "trước 25/9/2026"),
    ("4", "Cài đặt phần mềm bán vé điện tử tại 06 quầy, kết nối với hóa đơn điện tử của từng hợp tác xã",
     "Phòng Kỹ thuật - Tin học", "Viễn thông Lạng Sơn", "tháng 9/2026"),
    ("5", "Tập huấn cho nhân viên bán vé của các hợp tác xã dùng phần mềm, xử lý vé hủy, vé đổi", None, "",
     "28 - 29/9"),
    ("6", "Ký lại hợp đồng dịch vụ xe ra, vào bến với từng hợp tác xã theo giá dịch vụ mới",
     "Phòng Kế toán - Tài vụ", "", "trước khi chạy sơ đồ mới (01/10)"),
    ("7", "Đối soát doanh thu vé điện tử, chuyển tiền vé vào tài khoản của hợp tác xã", None, "", "thứ Hai hằng tuần"),
    ("8", "Kiểm tra nồng độ cồn của lái xe trước mỗi chuyến xuất bến; lập biên bản xe của hợp tác xã đón, trả khách "
          "sai vị trí", "Tổ Bảo vệ - Trật tự", "Công an phường Đông Kinh", "hằng ngày"),
    ("9", "Cùng lực lượng chức năng xử lý xe dù, bến cóc ở cổng bến và dọc đường Bà Triệu", None,
     "Phòng Cảnh sát giao thông Công an tỉnh", "Quý IV"),
    ("10", "Lấy ý kiến các hợp tác xã, đánh giá 3 tháng chạy sơ đồ ốt mới và vé điện tử, báo cáo Hội đồng quản trị",
     "Phòng Điều hành bến", "", "trước 20/12"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "BẾN XE XỨ LẠNG"], "Số: 37/KH-BXXL",
                 "Lạng Sơn, ngày 18 tháng 8 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bố trí lại ốt xuất bến và bán vé điện tử cho các hợp tác xã vận tải hoạt động tại Bến xe Xứ Lạng",
         bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    for i, value in enumerate(COLUMNS):
        cell_lines(table.cell(0, i), [value], bold=(0,))
    # the lead cells: each unit's cell merged down over the rows after it that have None
    r = 0
    while r < len(ROWS):
        end = r
        while end + 1 < len(ROWS) and ROWS[end + 1][2] is None:
            end += 1
        cell = table.cell(1 + r, 2)
        if end > r:
            cell = cell.merge(table.cell(1 + end, 2))
        cell_lines(cell, [ROWS[r][2]])
        r = end + 1
    for r, (tt, work, _lead, partners, time) in enumerate(ROWS, start=1):
        cell_lines(table.cell(r, 0), [tt])
        cell_lines(table.cell(r, 1), [work], center=False)
        cell_lines(table.cell(r, 3), [partners] if partners else [""])
        cell_lines(table.cell(r, 4), [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Sở Xây dựng (b/c);", "- Các HTX vận tải tại bến;",
                          "- Các phòng, tổ (t/h);", "- Lưu: VT, ĐHB."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nông Đức Khải"])
    return saved(doc, author="Phòng Điều hành bến", editor="Văn thư Công ty",
                 title="Kế hoạch 37/KH-BXXL", created=datetime(2026, 8, 12, 8, 20, 0),
                 modified=datetime(2026, 8, 18, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
