"""Write a_ha-noi_36-KH-NCDX-2026_nhac-cu-dan-toc-go-to-khao-trai-htx.docx, the two-hundred-and-seventy-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen274/make_docx.py [OUT]

A traditional musical-instrument workshop's plan (August 2026) for buying seasoned wood, silk strings, bamboo and
mother-of-pearl inlay of cooperatives and selling instruments through a tourism cooperative: an opening, I. aims;
II. a note, then ten small bordered SCORE-BAR tables, one per task, each of two rows: "𝄞 Khúc nn" | the work (merged
over two cells), then "Bè chính: X" | "Bè đệm: Y, Z" | "Ngân đến: time"; III. the cooperatives' own part; the closing
sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph (no Word numbering).

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
OUT = HERE / "a_ha-noi_36-KH-NCDX-2026_nhac-cu-dan-toc-go-to-khao-trai-htx.docx"

OPENING = [
    ("Mỗi năm xưởng của Công ty làm khoảng 1.400 cây đàn bầu, đàn nguyệt, đàn tranh, đàn tỳ bà và sáo trúc. Gỗ ngô "
     "đồng, dây tơ và vỏ trai khảm hiện mua lẻ của nhiều người buôn, gỗ nhiều lô chưa phơi đủ nên mặt đàn nứt sau vài "
     "tháng, phải bảo hành. Giám đốc Công ty lập Kế hoạch này để chuyển sang đặt hàng thẳng của các hợp tác xã, có "
     "hợp đồng cả năm.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Từ quý I/2027, toàn bộ gỗ ngô đồng và ít nhất 80% dây tơ của xưởng mua theo hợp đồng với hợp tác xã, mỗi lô "
     "ghi rõ nơi khai thác, thời gian phơi.", "p"),
    ("2. Giảm số đàn phải bảo hành vì nứt mặt xuống dưới 2%; có thêm nơi bán đàn cho khách du lịch qua hợp tác xã.",
     "p"),
    ("II. PHÂN CÔNG", "h"),
    ("Mỗi việc ghi trong một ô nhịp như khuông nhạc: dòng trên là số khúc và nội dung; dòng dưới, “Bè chính” là bộ "
     "phận chịu trách nhiệm, “Bè đệm” là nơi cùng làm (gạch ngang là không có), “Ngân đến” là thời hạn xong việc.", "p"),
]

# (work, lead, partners, time)
BARS = [
    ("Lên HTX Lâm nghiệp Hạ Hòa chọn 40 m³ gỗ ngô đồng đã phơi đủ hai mùa khô, đánh số từng tấm và chụp ảnh lưu hồ sơ",
     "Phòng Cung ứng", "Xưởng Mộc thân đàn", "trước 31/8/2026"),
    ("Ký hợp đồng mua dây tơ se sẵn cho đàn nguyệt, đàn tỳ bà cả năm 2027 với HTX Ươm tơ Cổ Chất, giá cố định từng quý",
     "Phòng Kế toán", "Phòng Cung ứng", "tháng 9/2026"),
    ("Đo độ ẩm từng tấm gỗ trước khi đưa vào xẻ; tấm nào trên 12% thì xếp lại kho hong, không đưa vào làm mặt đàn",
     "Xưởng Mộc thân đàn", "—", "mỗi lô gỗ về xưởng"),
    ("Cho thợ của HTX Tre trúc Xuân Lai làm thử 300 ống sáo trúc theo bản vẽ của Công ty, thổi thử từng ống trước khi "
     "nhận", "Xưởng Lên dây - Hoàn thiện", "HTX Tre trúc Xuân Lai", "15/10/2026"),
    ("Đặt HTX Khảm trai Chuyên Mỹ khảm mặt và cần cho lô 120 cây đàn nguyệt, đàn tỳ bà theo mẫu hoa sen, mẫu chim lạc",
     "Tổ Khảm trai - Sơn mài", "HTX Khảm trai Chuyên Mỹ, Phòng Cung ứng", "quý IV/2026"),
    ("Mở lớp ba ngày dạy lên dây, chỉnh phím, thay dây cho 15 thành viên các hợp tác xã du lịch đang bán đàn cho khách",
     "Xưởng Lên dây - Hoàn thiện", "Liên minh Hợp tác xã thành phố Hà Nội", "tháng 11/2026"),
    ("Gửi 20 cây đàn bầu, đàn tranh bán ký gửi tại điểm bán hàng lưu niệm của HTX Du lịch cộng đồng Đường Lâm, kèm tờ "
     "giới thiệu bằng tiếng Anh", "Phòng Kinh doanh", "HTX Du lịch cộng đồng Đường Lâm", "trước 20/12/2026"),
    ("Trả tiền gỗ, dây, sáo và công khảm cho các hợp tác xã; hóa đơn đủ thì chuyển khoản trong vòng 10 ngày làm việc",
     "Phòng Kế toán", "—", "thường xuyên"),
    ("Làm hồ sơ đăng ký đánh giá OCOP cho sản phẩm đàn nguyệt khảm trai làm chung với hợp tác xã, nộp về UBND xã",
     "Phòng Kinh doanh", "Tổ Khảm trai - Sơn mài, HTX Khảm trai Chuyên Mỹ", "quý I/2027"),
    ("Sơ kết một năm đặt hàng của hợp tác xã, đếm số đàn phải bảo hành vì nứt mặt, báo cáo Hội đồng thành viên",
     "Phòng Cung ứng", "Phòng Kế toán, Xưởng Mộc thân đàn", "30/6/2027"),
]

AFTER = [
    ("III. PHẦN CỦA CÁC HỢP TÁC XÃ", "h"),
    ("Đề nghị các hợp tác xã cung ứng ghi nhật ký khai thác, phơi gỗ, ươm tơ cho từng lô và gửi kèm khi giao hàng; báo "
     "trước cho Phòng Cung ứng ít nhất 07 ngày khi không giao đủ số lượng đã đặt.", "p"),
    ("Trưởng các phòng, xưởng, tổ có tên ở mục II làm đúng phần của mình; vướng mắc báo Giám đốc để giải quyết./.", "p"),
]


def bar(doc, n: int, work: str, lead: str, partners: str, time: str) -> None:
    table = doc.add_table(rows=2, cols=3)
    set_borders(table, "single")
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(3.6), Cm(6.4), Cm(6.0))):
            cell.width = width
    cell_lines(table.cell(0, 0), [f"𝄞 Khúc {n:02d}"], bold=(0,))
    work_cell = table.cell(0, 1).merge(table.cell(0, 2))
    cell_lines(work_cell, [work], center=False)
    cell_lines(table.cell(1, 0), [f"Bè chính: {lead}"], bold=(0,), center=False)
    cell_lines(table.cell(1, 1), [f"Bè đệm: {partners}"], italic=(0,), center=False)
    cell_lines(table.cell(1, 2), [f"Ngân đến: {time}"], center=False)
    para(doc)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "NHẠC CỤ DÂN TỘC ĐÀO XÁ"], "Số: 36/KH-NCĐX",
                 "Hà Nội, ngày 12 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đặt gỗ, dây tơ, sáo trúc và khảm trai của hợp tác xã cho xưởng đàn năm 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for n, entry in enumerate(BARS, 1):
        bar(doc, n, *entry)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX cung ứng;",
                          "- Các phòng, xưởng, tổ;", "- Lưu: VT, CƯ."],
                    ["GIÁM ĐỐC", "", "", "", "Đỗ Văn Khiêm"])
    return saved(doc, author="Phòng Cung ứng", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-NCĐX", created=datetime(2026, 8, 7, 9, 0, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
