"""Write a_ninh-binh_23-KH-TGMB-2026_toc-gia-thu-mua-toc-moc-tay-htx.docx, the two-hundred-and-eightieth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen280/make_docx.py [OUT]

A wig maker's plan (September 2026) for buying collected hair of cooperatives and putting out the hand-knotting of
wigs to a cooperative group's members at home: an opening, I. purposes; II. a note, then ONE bordered table in which
every task takes TWO ROWS — a "LÔ 0n" cell merged down both rows, the work across the three other columns of the first
row, and under it three cells "Gốc tóc: …" (the lead), "Ngọn tóc: …" (the partners, "không" for none) and "Buộc lô:
…" (the time); III. the cooperatives' part and the closing; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in.

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
OUT = HERE / "a_ninh-binh_23-KH-TGMB-2026_toc-gia-thu-mua-toc-moc-tay-htx.docx"

OPENING = [
    ("Công ty làm tóc giả, tóc nối và mái tóc móc tay xuất khẩu, mỗi tháng cần khoảng 900 kg tóc thô. Tóc hiện mua "
     "qua các lái buôn nhỏ lẻ nên không rõ nguồn, lẫn tóc rụng, tóc đã nhuộm; khách hàng ở Nhật Bản và Hàn Quốc từ năm "
     "2027 đòi hồ sơ truy được tóc cắt ở đâu, ngày nào. Ở các xã ven biển, nhiều phụ nữ đã vào hợp tác xã, tổ hợp tác "
     "và có tay nghề móc tóc. Kế hoạch này đặt ra lộ trình chuyển dần sang nguồn tóc đó.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Từ quý I/2027, ít nhất hai phần ba lượng tóc thô mua của hợp tác xã, có sổ ghi người bán, ngày cắt, cân nặng.",
     "p"),
    ("2. Đưa việc móc tay mái tóc về làm tại nhà cho thành viên tổ hợp tác, trả công theo số nút, đúng hạn.", "p"),
    ("II. CÁC LÔ VIỆC", "h"),
    ("Mỗi lô việc chiếm hai dòng của bảng: dòng trên ghi việc phải làm; dòng dưới ghi “Gốc tóc” là bộ phận, đơn vị "
     "nắm việc từ đầu đến cuối, “Ngọn tóc” là nơi làm cùng (ghi “không” là gốc tóc tự làm), “Buộc lô” là lúc phải "
     "xong.", "p"),
]

# (work, lead cell, partners cell, time cell)
LOTS = [
    ("Lập danh sách các hợp tác xã, tổ hợp tác đang gom tóc ở các xã Hải Hậu, Giao Minh, Nghĩa Hưng; ghi số hộ làm "
     "nghề, lượng tóc gom được mỗi tháng và giá đang bán", "Phòng Thu mua nguyên liệu", "Phòng Kế toán",
     "30/9/2026"),
    ("Ký hợp đồng mua tóc thô chưa qua hóa chất, dài từ 30 cm trở lên, với HTX Thu gom tóc Hải Thịnh và HTX Dịch vụ "
     "tổng hợp Giao Minh, giá chia theo từng cỡ dài", "Phòng Thu mua nguyên liệu",
     "Phòng Kế toán; Phòng Kỹ thuật - Mẫu mã", "trước 20/10/2026"),
    ("Mở lớp dạy móc tóc trên lưới ren cho 60 thành viên Tổ hợp tác móc tóc Xuân Ninh, mỗi khóa 10 buổi; phát bộ kim "
     "móc và đầu mẫu để tập ở nhà", "Xưởng Móc tóc", "Phòng Kỹ thuật - Mẫu mã; Hội Liên hiệp Phụ nữ xã Xuân Trường",
     "tháng 11/2026"),
    ("Giao tóc đã xử lý, lưới ren, chỉ cho thành viên tổ hợp tác móc tại nhà; nhận lại mái tóc, cân và đếm nút từng "
     "bộ", "Xưởng Móc tóc", "Bộ phận Kho", "hằng tuần, từ tháng 12/2026"),
    ("Kiểm tra tóc trước khi nhập kho theo bốn tiêu chí: độ dài, độ dày sợi, không nhuộm, không lẫn tóc rụng; lô "
     "không đạt trả lại ngay tại chỗ", "Phòng Kỹ thuật - Mẫu mã", "không", "mỗi lần nhận tóc"),
    ("Đặt một máy sấy khí nóng và hai bể ngâm khử khuẩn dùng chung tại kho của HTX Thu gom tóc Hải Thịnh để tóc "
     "được gội, sấy sơ bộ ngay ở xã", "Xưởng Xử lý tóc", "HTX Thu gom tóc Hải Thịnh", "quý I/2027"),
    ("Trả tiền tóc và tiền công móc cho hợp tác xã, tổ hợp tác bằng chuyển khoản, chậm nhất 10 ngày sau mỗi kỳ "
     "nghiệm thu", "Phòng Kế toán", "không", "sau mỗi kỳ nghiệm thu"),
    ("Hướng dẫn hợp tác xã ghi sổ nguồn gốc tóc (người bán, ngày cắt, cân nặng, ảnh bó tóc) theo mẫu khách hàng "
     "yêu cầu", "Phòng Xuất nhập khẩu", "Phòng Thu mua nguyên liệu", "31/12/2026"),
    ("Đến nhà thợ móc xem ánh sáng, bàn ghế, tư thế ngồi; phát đèn bàn và kính lúp cho thợ từ 50 tuổi trở lên",
     "Bộ phận An toàn lao động", "Xưởng Móc tóc; Trạm Y tế xã Xuân Trường", "tháng 3/2027"),
    ("Sơ kết một năm làm hàng cùng hợp tác xã; đề xuất Giám đốc số lượng mái tóc móc tay giao ra năm 2028",
     "Phòng Kế hoạch - Kinh doanh", "Phòng Thu mua nguyên liệu; Xưởng Móc tóc", "trước 15/9/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Công ty mời các hợp tác xã, tổ hợp tác bán tóc, nhận móc tóc họp tại xưởng để thống nhất giá, mẫu sổ và lịch "
     "giao nhận; ý kiến của thợ móc được ghi lại để điều chỉnh đơn giá.", "p"),
    ("Trưởng các phòng, xưởng, bộ phận có tên trong bảng làm đúng lô việc của mình; vướng mắc báo Giám đốc./.", "p"),
]

WIDTHS = [Cm(1.8), Cm(4.6), Cm(5.4), Cm(4.2)]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "TÓC GIẢ MÂY BÌNH"], "Số: 23/KH-TGMB",
                 "Ninh Bình, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua tóc của hợp tác xã và đưa việc móc tóc tay về tổ hợp tác năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + 2 * len(LOTS), cols=4)
    set_borders(table, "single")
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS):
            cell.width = width
    cell_lines(table.cell(0, 0), ["Lô"], bold=(0,))
    head = table.cell(0, 1).merge(table.cell(0, 3))
    cell_lines(head, ["Việc phải làm / Gốc tóc – Ngọn tóc – Buộc lô"], bold=(0,))
    for n, (work, lead, partners, time) in enumerate(LOTS):
        top, bottom = 1 + 2 * n, 2 + 2 * n
        lot = table.cell(top, 0).merge(table.cell(bottom, 0))
        cell_lines(lot, [f"LÔ {n + 1:02d}"], bold=(0,))
        span = table.cell(top, 1).merge(table.cell(top, 3))
        cell_lines(span, [work], center=False)
        cell_lines(table.cell(bottom, 1), [f"Gốc tóc: {lead}"], center=False)
        cell_lines(table.cell(bottom, 2), [f"Ngọn tóc: {partners}"], center=False)
        cell_lines(table.cell(bottom, 3), [f"Buộc lô: {time}"], center=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Chủ tịch HĐTV (để báo cáo);", "- Các HTX, THT bán tóc, nhận móc;",
                          "- Các phòng, xưởng, bộ phận (t/h);", "- Lưu: VT, KHKD."],
                    ["GIÁM ĐỐC", "", "", "", "Vũ Thị Minh Nguyệt"])
    return saved(doc, author="Phòng Kế hoạch - Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 23/KH-TGMB", created=datetime(2026, 9, 10, 9, 15, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
