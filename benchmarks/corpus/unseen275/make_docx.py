"""Write a_lao-cai_46-KH-LNDS-2026_leo-nui-thue-porter-htx.docx, the two-hundred-and-seventy-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen275/make_docx.py [OUT]

A trekking and mountain-guide company's plan (August 2026) for hiring porters and local guides of a community-tourism
cooperative and buying food, brocade and lodging of cooperatives for the 2026 - 2027 season: an opening, I. aims; II.
a note, then one bordered table Mã chặng | Việc trên cung đường | Dây leo | Hạ trại whose "Dây leo" cell is written as
a ROPE TEAM — "Đầu dây: X" (the body at the head of the rope leads) then one "Nối dây: Y" line per body tied on behind
(partners; "Nối dây: —" none); III. the cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận".

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
OUT = HERE / "a_lao-cai_46-KH-LNDS-2026_leo-nui-thue-porter-htx.docx"

OPENING = [
    ("Mùa leo núi 2025 - 2026 Công ty đưa 1.860 lượt khách lên các đỉnh quanh Sa Pa và Bát Xát, thuê 74 người khuân "
     "vác tự do trả công theo ngày; có lần thiếu người vào cuối tuần, không ai mua bảo hiểm cho người khuân vác. Từ "
     "mùa 2026 - 2027 Công ty chuyển sang thuê qua hợp tác xã và mua lương thực, chỗ ngủ của hợp tác xã trong vùng. "
     "Giám đốc ban hành Kế hoạch này.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Mỗi đoàn khách có người khuân vác, hướng dẫn viên bản địa được hợp tác xã giao việc, trả công đúng hẹn và có "
     "bảo hiểm tai nạn.", "p"),
    ("2. Ít nhất 60% lương thực mang lên trại và 100% chỗ nghỉ đêm dưới chân núi mua của hợp tác xã, tổ hợp tác.", "p"),
    ("II. PHÂN CÔNG THEO DÂY LEO", "h"),
    ("Mỗi việc là một chặng. Ở cột “Dây leo”, bộ phận đứng “Đầu dây” chịu trách nhiệm chính; các bộ phận, đơn vị "
     "“Nối dây” cùng làm. Cột “Hạ trại” là lúc việc phải xong.", "p"),
]

COLUMNS = ["Mã chặng", "Việc trên cung đường", "Dây leo", "Hạ trại"]
WIDTHS = [Cm(1.8), Cm(7.4), Cm(4.4), Cm(2.8)]
# (code, work, lead, partners, time)
ROWS = [
    ("C1", "Ký hợp đồng khung thuê người khuân vác và hướng dẫn viên bản địa cho mùa 2026 - 2027 với HTX Du lịch "
     "cộng đồng Tả Van, ghi rõ tải trọng tối đa 20 kg mỗi người", "Phòng Điều hành tour", ["Phòng Kế toán"],
     "15/9/2026"),
    ("C2", "Mua bảo hiểm tai nạn cả mùa cho người khuân vác, hướng dẫn viên do hợp tác xã cử", "Phòng Kế toán",
     ["HTX Du lịch cộng đồng Tả Van"], "trước chuyến đầu mùa"),
    ("C3", "Tập huấn sơ cứu, dựng lều, gom rác trên núi cho người khuân vác của hợp tác xã, 02 ngày tại khu Trạm Tôn",
     "Tổ Hướng dẫn viên", ["Trạm Y tế phường Sa Pa", "HTX Du lịch cộng đồng Tả Van"], "tháng 10/2026"),
    ("C4", "Đặt gạo nương, thịt lợn đen sấy, rau cải mèo của HTX Nông sản Bản Hồ cho các đoàn, giao tại nhà kho ở "
     "phường Sa Pa", "Tổ Hậu cần", ["Phòng Điều hành tour"], "mỗi tuần, ngày thứ Năm"),
    ("C5", "Đặt may 300 túi ngủ lót vải lanh và khăn quàng thổ cẩm tặng khách của HTX Dệt thổ cẩm Lao Chải",
     "Tổ Hậu cần", [], "30/11/2026"),
    ("C6", "Thuê nhà sàn của các hộ trong tổ hợp tác homestay Y Linh Hồ cho khách ngủ đêm trước ngày leo",
     "Phòng Điều hành tour", ["Tổ hợp tác homestay Y Linh Hồ"], "khi đoàn quá 12 khách"),
    ("C7", "Lắp thiết bị định vị vệ tinh cầm tay cho trưởng nhóm khuân vác; lập nhóm liên lạc khẩn cấp giữa trại và "
     "văn phòng", "Tổ Hướng dẫn viên", ["Phòng Điều hành tour", "Đội Cứu hộ cứu nạn Công an tỉnh Lào Cai"],
     "quý IV/2026"),
    ("C8", "Trả công người khuân vác qua tài khoản của hợp tác xã, không trả tiền mặt trên núi",
     "Phòng Kế toán", [], "trong 03 ngày sau khi đoàn xuống núi"),
    ("C9", "Đưa rác từ các trại trên cao xuống chân núi, cân và ghi sổ theo từng đoàn", "Tổ Hướng dẫn viên",
     ["HTX Du lịch cộng đồng Tả Van", "Ban Quản lý Vườn quốc gia Hoàng Liên"], "sau mỗi đoàn"),
    ("C10", "Họp tổng kết mùa với các hợp tác xã, đề xuất giá công khuân vác và giá lương thực mùa 2027 - 2028",
     "Giám đốc Công ty", ["Phòng Điều hành tour", "Phòng Kế toán"], "tháng 5/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("HTX Du lịch cộng đồng Tả Van báo danh sách người khuân vác, hướng dẫn viên cho từng đoàn trước 48 giờ; các hợp "
     "tác xã cung ứng giao hàng đúng phiếu đặt, kèm nguồn gốc.", "p"),
    ("Trưởng các phòng, tổ nêu tại mục II làm theo bảng trên; có sự cố trên núi báo ngay Giám đốc./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "LEO NÚI ĐỈNH SƯƠNG"], "Số: 46/KH-LNĐS",
                 "Lào Cai, ngày 24 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thuê người khuân vác, hướng dẫn viên và mua hàng của hợp tác xã mùa leo núi 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (code, work, lead, partners, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [code], bold=(0,))
        cell_lines(cells[1], [work], center=False)
        rope = [f"Đầu dây: {lead}"] + ([f"Nối dây: {p}" for p in partners] or ["Nối dây: —"])
        cell_lines(cells[2], rope, bold=(0,), center=False)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT liên kết;",
                          "- Các phòng, tổ (t/h);", "- Lưu: VT, ĐHT."],
                    ["GIÁM ĐỐC", "", "", "", "Sùng A Páo"])
    return saved(doc, author="Phòng Điều hành tour", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-LNĐS", created=datetime(2026, 8, 20, 9, 10, 0),
                 modified=datetime(2026, 8, 24, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
