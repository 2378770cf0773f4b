"""Write a_hung-yen_23-KH-TMPH-2025_thang-may-lap-thang-tai-hang-htx.docx, the two-hundred-and-eighty-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen281/make_docx.py [OUT]

A goods-lift company's plan (August 2025) for installing and servicing goods lifts in cooperatives' cold stores,
drying houses and packing sheds: an opening, I. purposes; II. a note, then one bordered table Số | Hạng mục |
Bảng gọi tầng | Dừng tầng whose "Bảng gọi tầng" cell is a lift's CALL PANEL — a line "▲ X" (up arrow: the unit in
charge) and under it one line "▼ Y" per unit going along (down arrows: partners); "Dừng tầng" the time; III. the
cooperatives' duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
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
OUT = HERE / "a_hung-yen_23-KH-TMPH-2025_thang-may-lap-thang-tai-hang-htx.docx"

OPENING = [
    ("Qua khảo sát tháng 7/2025, nhiều hợp tác xã trong tỉnh đã xây kho lạnh, nhà sấy hai tầng nhưng vẫn khiêng bao "
     "thóc, sọt nhãn lên xuống bằng cầu thang bộ hoặc ròng rọc tự chế, vừa chậm vừa mất an toàn. Công ty lập Kế hoạch "
     "này để đưa thang tải hàng loại nhỏ, giá vừa phải, trả chậm được, vào các hợp tác xã từ vụ nhãn năm 2025.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Trong năm 2025 lắp xong ít nhất 06 thang tải hàng cho hợp tác xã; mọi thang đều được kiểm định trước khi "
     "đưa vào dùng.", "p"),
    ("2. Thành viên hợp tác xã biết vận hành, biết tự xử lý khi thang dừng giữa hai tầng; Công ty bảo trì không thu "
     "tiền trong 12 tháng đầu.", "p"),
    ("II. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Cách đọc bảng: ô “Bảng gọi tầng” ghi như bảng nút gọi của thang. Dòng mũi tên lên ▲ là bộ phận chịu trách "
     "nhiệm chính; mỗi dòng mũi tên xuống ▼ là một bộ phận, đơn vị đi cùng. Ô chỉ có dòng ▲ thì bộ phận đó tự làm. "
     "Cột “Dừng tầng” ghi thời hạn.", "p"),
]

COLUMNS = ["Số", "Hạng mục", "Bảng gọi tầng", "Dừng tầng"]
WIDTHS = [Cm(1.1), Cm(8.4), Cm(4.6), Cm(2.8)]
# (work, lead, [partners], time)
ROWS = [
    ("Khảo sát kho lạnh và nhà sơ chế nhãn của HTX Nhãn lồng Hồng Nam, đo hố thang, tính tải trọng 1.000 kg và vị "
     "trí đặt tủ điện", "Phòng Kỹ thuật - Thiết kế", ["Phòng Kinh doanh"], "Trước 05/9/2025"),
    ("Gửi báo giá thang tải hàng hai điểm dừng, kèm phương án trả chậm 12 tháng, cho 04 hợp tác xã đã đăng ký qua "
     "Liên minh", "Phòng Kinh doanh", ["Phòng Tài chính - Kế toán"], "15/9/2025"),
    ("Đặt HTX Cơ khí Kim Động gia công khung ray, cửa tầng bằng thép mạ kẽm cho 06 thang theo bản vẽ của Công ty",
     "Phòng Vật tư", ["Phòng Kỹ thuật - Thiết kế", "HTX Cơ khí Kim Động"], "Tháng 9/2025"),
    ("Lắp thang tải hàng 1.000 kg cho kho lạnh HTX Nhãn lồng Hồng Nam, bàn giao trước khi vào vụ nhãn muộn",
     "Đội Lắp đặt số 1", ["Phòng An toàn - Chất lượng", "HTX Nhãn lồng Hồng Nam"], "Tháng 10/2025"),
    ("Lắp 02 thang tời 300 kg đưa bao thóc lên tầng sấy của HTX Nông nghiệp Thụy Trường", "Đội Lắp đặt số 2",
     ["Phòng Kỹ thuật - Thiết kế"], "Quý IV/2025"),
    ("Mời đơn vị kiểm định đến kiểm định lần đầu từng thang, dán tem, lưu biên bản vào hồ sơ thang",
     "Phòng An toàn - Chất lượng", ["Công ty TNHH Kiểm định an toàn Sông Hồng"], "Sau khi lắp xong mỗi thang"),
    ("Mở lớp một ngày hướng dẫn thành viên hợp tác xã vận hành thang, cách hạ buồng thang bằng tay khi mất điện",
     "Đội Bảo trì", ["Liên minh Hợp tác xã tỉnh Hưng Yên"], "Tháng 11/2025"),
    ("Đến từng hợp tác xã bảo trì định kỳ, tra dầu cáp, thử phanh, ghi sổ theo dõi thang; không thu tiền 12 tháng "
     "đầu", "Đội Bảo trì", [], "Hằng tháng"),
    ("Thu tiền trả chậm theo hợp đồng, đối chiếu công nợ với kế toán từng hợp tác xã", "Phòng Tài chính - Kế toán",
     [], "Ngày 25 hằng tháng"),
    ("Sơ kết việc lắp thang cho hợp tác xã, đề xuất gói thang tải hàng cho nhà sấy vải, sấy nông sản năm 2026",
     "Phòng Kinh doanh", ["Phòng Kỹ thuật - Thiết kế", "Đội Bảo trì"], "Quý I/2026"),
]

AFTER = [
    ("III. TRÁCH NHIỆM CỦA HỢP TÁC XÃ CÓ THANG", "h"),
    ("Hợp tác xã có thang chỉ giao việc vận hành cho người đã qua lớp hướng dẫn, không để người đi trong buồng "
     "thang tải hàng, báo ngay cho Đội Bảo trì khi thang kêu lạ hoặc dừng sai tầng.", "p"),
    ("Trưởng các phòng, đội có tên trong bảng làm đúng phần việc và thời hạn; vướng mắc báo Phó Tổng Giám đốc phụ "
     "trách kỹ thuật để xử lý./.", "p"),
]


def panel(lead: str, partners: list[str]) -> list[str]:
    return [f"▲ {lead}", *(f"▼ {p}" for p in partners)]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THANG MÁY PHỐ HIẾN"], "Số: 23/KH-TMPH",
                 "Hưng Yên, ngày 14 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lắp đặt, bảo trì thang tải hàng cho kho, nhà sấy của các hợp tác xã năm 2025", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for n, (work, lead, partners, time) in enumerate(ROWS, start=1):
        cells = table.rows[n].cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [f"{n:02d}"])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], panel(lead, partners), bold=(0,), center=False)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Các HTX có tên trong bảng;", "- Liên minh HTX tỉnh Hưng Yên;",
                          "- Các phòng, đội (thực hiện);", "- HĐQT Công ty (để báo cáo);", "- Lưu: VT, P.KD (02b)."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lại Đức Thịnh"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 23/KH-TMPH", created=datetime(2025, 8, 11, 9, 10, 0),
                 modified=datetime(2025, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
