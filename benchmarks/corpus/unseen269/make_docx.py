"""Write a_ninh-binh_31-KH-DC-2025_mua-roi-nuoc-dat-hang-htx.docx, the two-hundred-and-sixty-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen269/make_docx.py [OUT]

A water-puppet theatre company's plan (August 2025) for ordering carved puppets, lacquer, bamboo and costumes of
cooperatives and playing at a cooperative's tourist wharf in the 2025 - 2026 season: an opening, I. purposes, II. a
note on how the table is read, then one bordered PLAYBILL table Tiết mục | Nội dung | Phân vai | Mở màn — the first
cell a number and the act's name in italics, the "Phân vai" cell a CAST LIST, one body a line, "Vai chính ………… X"
(the lead) over "Vai phụ ………… Y" lines (the partners), the time in the "Mở màn" column; III. organisation; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_31-KH-DC-2025_mua-roi-nuoc-dat-hang-htx.docx"

OPENING = [
    ("Mùa diễn 2024 - 2025, Công ty biểu diễn 418 suất múa rối nước tại nhà hát và ở các điểm du lịch; 61 quân rối "
     "đã nứt, bong sơn, mái thủy đình lưu động dột sau mùa mưa. Quân rối, sơn ta, tre nứa hiện mua lẻ của nhiều "
     "người, chất lượng không đều. Hội đồng thành viên thống nhất đặt hàng ổn định của các hợp tác xã trong tỉnh và "
     "đưa tích trò về làng quê có hợp tác xã cùng tham gia; Giám đốc Công ty ban hành Kế hoạch này.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Trước Tết Bính Ngọ, toàn bộ quân rối hư hỏng được thay hoặc sửa bằng gỗ, sơn của hợp tác xã có nghề.", "p"),
    ("2. Mỗi tuần có ít nhất hai suất diễn ở bến thuyền của hợp tác xã du lịch cộng đồng; khán giả mua được sản "
     "phẩm của hợp tác xã ngay tại nơi xem rối.", "p"),
    ("II. CHƯƠNG TRÌNH CÔNG VIỆC", "h"),
    ("Các việc được xếp như một tờ chương trình biểu diễn. Ở cột Phân vai, dòng “Vai chính” ghi bộ phận, đơn vị "
     "chịu trách nhiệm chính; các dòng “Vai phụ” ghi nơi cùng làm, không có dòng “Vai phụ” là vai chính tự làm. "
     "Cột Mở màn ghi thời hạn phải xong việc.", "p"),
]

DOTS = " ………… "
COLUMNS = ["Tiết mục", "Nội dung", "Phân vai", "Mở màn"]
WIDTHS = [Cm(2.6), Cm(6.6), Cm(4.6), Cm(2.6)]
# (number, act, work, lead, [partners], time)
ROWS = [
    ("01", "Chú Tễu chào sân", "Đặt HTX Điêu khắc gỗ Phúc Lộc khắc mới 40 quân rối bằng gỗ sung theo bản vẽ mẫu của "
     "Công ty, giao thành bốn đợt, mỗi đợt 10 quân", "Tổ Tạo hình", ["HTX Điêu khắc gỗ Phúc Lộc"], "30/9/2025"),
    ("02", "Sơn son thếp bạc", "Thuê HTX Sơn ta Cát Đằng phủ sơn ta, thếp bạc cho quân rối mới và sơn lại 25 quân "
     "cũ bị bong tróc", "Tổ Tạo hình", ["HTX Sơn ta Cát Đằng", "Phòng Kế hoạch - Tài chính"], "Tháng 11/2025"),
    ("03", "Dựng đình giữa ao", "Mua tre, nứa, lá gồi của HTX Tre trúc Gia Thanh để lợp lại mái thủy đình lưu động "
     "và làm mới bức mành che buồng trò", "Phòng Biểu diễn - Lưu diễn", ["HTX Tre trúc Gia Thanh"],
     "Trước 15/10/2025"),
    ("04", "Áo nâu yếm thắm", "Đặt may 30 bộ áo nâu, quần lụa chịu nước cho nghệ sĩ đứng buồng trò và 12 bộ áo tứ "
     "thân cho tốp hát chèo phụ họa", "Phòng Hành chính - Tổng hợp", ["HTX May mặc Thành Nam"], "Quý IV/2025"),
    ("05", "Rước kiệu ra bến", "Ký hợp đồng diễn hai suất mỗi tuần tại bến thuyền của HTX Du lịch cộng đồng Tràng An "
     "Xanh, chia doanh thu vé theo tỷ lệ thỏa thuận", "Phòng Kế hoạch - Tài chính",
     ["Phòng Biểu diễn - Lưu diễn"], "Trước 31/12/2025"),
    ("06", "Chợ quê ngày hội", "Mở quầy giới thiệu gạo tám, mật ong, miến dong của HTX Nông nghiệp Yên Quang ở sảnh "
     "chờ nhà hát và ở bến thuyền, mỗi suất diễn đều có người bán", "Phòng Hành chính - Tổng hợp",
     ["HTX Nông nghiệp Yên Quang"], "Từ 01/11/2025, mỗi suất diễn"),
    ("07", "Cày cấy gặt hái", "Dựng mới trò “Được mùa” lấy tích từ nghề trồng lúa, làm gạo của hợp tác xã; soạn lời "
     "hát chèo và nhạc nền cho trò", "Phòng Nghệ thuật", ["Tổ Âm nhạc", "HTX Nông nghiệp Yên Quang"], "Tháng 3/2026"),
    ("08", "Đoàn rối về làng", "Đưa đoàn diễn phục vụ miễn phí tại 06 hợp tác xã trong tỉnh nhân dịp hội chợ sản phẩm "
     "OCOP, mỗi nơi hai suất", "Phòng Biểu diễn - Lưu diễn", ["Liên minh Hợp tác xã tỉnh"], "Quý II/2026"),
    ("09", "Thay áo cho Tễu", "Bảo dưỡng, sửa chữa quân rối bị nứt, gãy tay, bong sơn; trả lại Công ty trong 10 ngày "
     "kể từ khi nhận", "HTX Điêu khắc gỗ Phúc Lộc", ["Tổ Tạo hình"], "Sau mỗi đợt lưu diễn"),
    ("10", "Hạ màn", "Tổng kết một mùa diễn liên kết với các hợp tác xã, tính lại giá đặt hàng, báo cáo Hội đồng "
     "thành viên", "Phòng Kế hoạch - Tài chính", ["Phòng Nghệ thuật"], "Trước 30/6/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, tổ có vai chính ở mục II lập lịch chi tiết, gửi Phòng Kế hoạch - Tài chính trước khi bắt "
     "đầu việc.", "p"),
    ("2. Phòng Kế hoạch - Tài chính theo dõi chung, mỗi quý báo cáo Giám đốc một lần; điều chỉnh Kế hoạch khi có thay "
     "đổi./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH NGHỆ THUẬT", "MÚA RỐI NƯỚC ĐỒNG CHIÊM"], "Số: 31/KH-ĐC",
                 "Ninh Bình, ngày 12 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đặt hàng của hợp tác xã và đưa múa rối nước về bến làng mùa diễn 2025 - 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for row, (number, act, work, lead, partners, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number, act], bold=(0,), italic=(1,))
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], [f"Vai chính{DOTS}{lead}", *(f"Vai phụ{DOTS}{p}" for p in partners)], bold=(0,),
                   center=False)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX đặt hàng, liên kết;",
                          "- Các phòng, tổ (t/h);", "- Lưu: VT, KHTC."],
                    ["GIÁM ĐỐC", "", "", "", "Vũ Đình Thắng"])
    return saved(doc, author="Phòng Kế hoạch - Tài chính", editor="Văn thư Công ty",
                 title="Kế hoạch 31/KH-ĐC", created=datetime(2025, 8, 7, 9, 10, 0),
                 modified=datetime(2025, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
