"""Write a_thai-nguyen_14-KH-AT-2025_khac-dau-bien-hieu-htx-sau-sap-xep.docx, the two-hundred-and-seventy-eighth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen278/make_docx.py [OUT]

A seal-engraving company's plan (August 2025) for re-cutting the seals and mending the signboards of cooperatives whose
addresses changed with the 2025 commune mergers, and for buying seal blanks and horn handles of cooperatives: an
opening, I. aims; II. a note, then one bordered table Mẫu | Việc | Mặt dấu | Hẹn trả dấu whose "Mặt dấu" cell is
written as the face of a round seal: "Vành dấu: …" (the partners, FIRST line, left out where there are none) then
"Giữa dấu: …" (the lead, second line); III. closing; the signature beside "Nơi nhận". Plain paragraphs, numbers typed.

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
OUT = HERE / "a_thai-nguyen_14-KH-AT-2025_khac-dau-bien-hieu-htx-sau-sap-xep.docx"

OPENING = [
    ("Từ ngày 01/7/2025 tỉnh Thái Nguyên mới đi vào hoạt động, không còn cấp huyện; nhiều hợp tác xã là khách quen "
     "của Công ty mang con dấu, biển hiệu còn in tên huyện, xã cũ. Để giữ khách và góp phần giúp các hợp tác xã sớm "
     "ổn định giấy tờ, Giám đốc Công ty ban hành Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến hết năm 2025 khắc lại dấu cho ít nhất 46 hợp tác xã, tổ hợp tác đã đổi địa chỉ trụ sở.", "p"),
    ("2. Mua phôi dấu gỗ và cán dấu sừng của hợp tác xã trong tỉnh thay hàng nhập từ nơi khác.", "p"),
    ("II. CÁC VIỆC CẦN LÀM", "h"),
    ("Cột “Mặt dấu” ghi như mặt một con dấu tròn: tên ghi ở giữa dấu là bộ phận chịu trách nhiệm chính; tên ghi "
     "trên vành dấu là bộ phận, đơn vị phối hợp; ô không có dòng vành dấu là việc không cần ai phối hợp.", "p"),
]

COLUMNS = ["Mẫu", "Việc", "Mặt dấu", "Hẹn trả dấu"]
WIDTHS = [Cm(1.4), Cm(7.4), Cm(4.6), Cm(2.6)]
# (code, work, partners or None, lead, time)
ROWS = [
    ("M-01", "Lập danh sách hợp tác xã khách hàng còn dùng dấu ghi địa chỉ cấp huyện, gọi điện mời từng nơi khắc "
     "lại dấu theo tên xã, phường mới", "Phòng Thiết kế mẫu", "Phòng Kinh doanh", "Trước 31/8/2025"),
    ("M-02", "Vẽ lại mẫu dấu tròn cho các hợp tác xã đăng ký khắc lại, bỏ chữ “huyện”, thêm tên xã, phường mới; gửi "
     "bản in thử để hợp tác xã ký duyệt", "Phòng Kinh doanh", "Phòng Thiết kế mẫu", "15/9/2025"),
    ("M-03", "Khắc laser dấu cao su cho hợp tác xã đã ký duyệt mẫu", "Tổ Giao nhận", "Xưởng Khắc laser",
     "02 ngày làm việc sau khi duyệt mẫu"),
    ("M-04", "Ký hợp đồng mua 3.000 phôi dấu gỗ nghiến, gỗ dổi đã sấy của HTX Mộc mỹ nghệ Tân Cương",
     "Phòng Kinh doanh", "Phòng Kế toán", "Tháng 9/2025"),
    ("M-05", "Đặt làm thử 200 cán dấu bằng sừng trâu cho dòng dấu tên, dấu chức danh; chấm độ bền sau một tháng dùng",
     "HTX Sừng mỹ nghệ Phú Lương; Phòng Kế toán", "Tổ Khắc tay", "30/10/2025"),
    ("M-06", "Sửa biển hiệu trước trụ sở các hợp tác xã: thay địa danh cũ bằng tên xã, phường mới, dùng lại khung cũ "
     "để giảm chi phí", "Tổ Giao nhận", "Xưởng Biển hiệu", "Quý IV/2025"),
    ("M-07", "Giảm 30% giá khắc dấu cho hợp tác xã, tổ hợp tác do Liên minh giới thiệu; mở sổ theo dõi riêng",
     "Liên minh Hợp tác xã tỉnh Thái Nguyên", "Phòng Kinh doanh", "Đến hết 31/12/2025"),
    ("M-08", "Hướng dẫn hợp tác xã làm thủ tục thay đổi địa chỉ trụ sở trong đăng ký hợp tác xã trước khi nhận dấu "
     "mới", "Liên minh Hợp tác xã tỉnh Thái Nguyên", "Phòng Kinh doanh", "Thường xuyên"),
    ("M-09", "Nhận lại dấu cũ hợp tác xã mang tới, cắt hủy có biên bản, giao hợp tác xã giữ một bản", None,
     "Tổ Khắc tay", "Khi hợp tác xã nhận dấu mới"),
    ("M-10", "Tổng hợp số dấu, biển hiệu đã làm cho hợp tác xã, doanh thu và số tiền đã giảm giá, báo cáo Giám đốc",
     "Phòng Kinh doanh; Xưởng Biển hiệu", "Phòng Kế toán", "15/01/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, xưởng, tổ làm theo bảng trên; hằng tuần báo tiến độ trong buổi giao ban sáng thứ Hai. Việc "
     "vượt sức của bộ phận thì báo ngay Phó Giám đốc sản xuất để xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "KHẮC DẤU VÀ BIỂN HIỆU ẤN TÍN"], "Số: 14/KH-AT",
                 "Thái Nguyên, ngày 18 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Khắc lại con dấu, sửa biển hiệu cho hợp tác xã đổi địa chỉ sau sắp xếp đơn vị hành chính và mua "
              "phôi dấu của hợp tác xã năm 2025", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, row in enumerate(table.rows):
        if n == 0:
            for i, cell in enumerate(row.cells):
                cell.width = WIDTHS[i]
                cell_lines(cell, [COLUMNS[i]], bold=(0,))
            continue
        code, work, partners, lead, time = ROWS[n - 1]
        face = ([f"Vành dấu: {partners}"] if partners else []) + [f"Giữa dấu: {lead}"]
        values = [[code], [work], face, [time]]
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
            cell_lines(cell, values[i], center=i in (0, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Các phòng, xưởng, tổ (t/h);", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Ma Thị Hồng Nhung"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 14/KH-AT", created=datetime(2025, 8, 14, 9, 10, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=2)


if __name__ == "__main__":
    write(build, OUT)
