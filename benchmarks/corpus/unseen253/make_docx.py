"""Write a_hai-phong_41-KH-BMPC-2026_chuoi-banh-mi-mua-trung-rau-htx.docx, the two-hundred-and-fifty-third held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen253/make_docx.py [OUT]

A bakery chain's plan (October 2026) for buying free-range eggs, cucumbers, herbs and pork for its pâté from
cooperatives: an opening, I. targets; II. a note, then one bordered table STT | Việc cần làm | Người lo | Xong trước |
Áp dụng tại whose doers' cell holds one body a line, EACH FOLLOWED BY "(chính)" OR "(phụ)" (the "(chính)" one not
always first), and whose last column names the shops the work concerns, no doer; III. the company's wish to the cooperatives
(no assignment); the closing; the signature beside "Nơi nhận". Every paragraph is a plain paragraph.

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
OUT = HERE / "a_hai-phong_41-KH-BMPC-2026_chuoi-banh-mi-mua-trung-rau-htx.docx"

OPENING = [
    ("Chuỗi có 07 tiệm bánh mì ở Hải Phòng, mỗi ngày bán khoảng 9.500 ổ, dùng chừng 4.000 quả trứng gà, 180 kg dưa "
     "chuột, rau thơm và 95 kg thịt lợn làm pa-tê. Hàng đang lấy qua hai đại lý ở chợ đầu mối, giá đổi theo tuần, có "
     "lần trứng về đã dập vỡ tới 6%. Hội đồng quản trị đồng ý chuyển dần sang mua thẳng của hợp tác xã trong thành "
     "phố; Ban Giám đốc lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Đến tháng 6/2027, tối thiểu 60% trứng gà và toàn bộ dưa chuột, rau thơm của Xưởng bánh trung tâm mua thẳng "
     "của hợp tác xã, có hợp đồng và phiếu ghi ngày thu hoạch.", "p"),
    ("2. Giá nguyên liệu chốt theo quý, không tăng quá 5% so với quý trước khi chưa có thỏa thuận mới.", "p"),
    ("II. PHÂN VIỆC", "h"),
    ("Cách ghi cột “Người lo”: sau tên mỗi bộ phận, đơn vị có chữ “(chính)” là nơi chịu trách nhiệm đến cùng, chữ "
     "“(phụ)” là nơi góp tay; thứ tự ghi không quan trọng. Cột “Áp dụng tại” chỉ nói việc làm cho tiệm nào, các tiệm "
     "không phải người thực hiện.", "p"),
]

COLUMNS = ["STT", "Việc cần làm", "Người lo", "Xong trước", "Áp dụng tại"]
WIDTHS = [Cm(1.0), Cm(6.4), Cm(3.8), Cm(2.6), Cm(2.2)]
ROWS = [
    ("1", "Xuống trại của HTX Chăn nuôi gà thả vườn Kiến Thụy xem chuồng, nguồn cám, sổ tiêm vắc-xin của đàn gà đẻ "
     "trước khi đặt trứng", ["Phòng Cung ứng (chính)", "Ban Chất lượng (phụ)"], "31/10/2026", "—"),
    ("2", "Đặt thử 1.200 quả trứng mỗi ngày trong hai tuần; so tỷ lệ vỡ, cỡ quả, màu lòng đỏ với trứng của đại lý",
     ["Xưởng bánh trung tâm (chính)", "Phòng Cung ứng (phụ)"], "15/11/2026", "Tiệm Lạch Tray, Tiệm Cầu Đất"),
    ("3", "Ký hợp đồng năm 2027 mua dưa chuột, rau mùi, hành lá, ớt với HTX Rau sạch Tiên Lãng và HTX Dưa chuột Gia "
     "Lộc, giá chốt từng quý", ["Phòng Kế toán (phụ)", "Phòng Cung ứng (chính)"], "30/11/2026", "Cả 07 tiệm"),
    ("4", "Làm lại công thức pa-tê bằng thịt lợn của HTX Lợn sạch An Lão; mời khách quen nếm thử, ghi phiếu góp ý",
     ["Bếp nhân (chính)", "Ban Chất lượng (phụ)", "HTX Lợn sạch An Lão (phụ)"], "Tháng 12/2026", "Tiệm Tô Hiệu"),
    ("5", "Nhận hàng mỗi sáng: soi trứng, cân rau, ghi phiếu nhập có chữ ký người giao của hợp tác xã",
     ["Xưởng bánh trung tâm (chính)"], "Hằng ngày, từ 01/12/2026", "Cả 07 tiệm"),
    ("6", "In dòng chữ “Trứng, rau từ hợp tác xã Hải Phòng” lên túi giấy và bảng giá",
     ["Phòng Kinh doanh - Marketing (chính)"], "Trước khi bán đại trà (dự kiến 02/01/2027)", "Cả 07 tiệm"),
    ("7", "Trả tiền hàng cho các hợp tác xã hai kỳ mỗi tháng, ngày 10 và ngày 25, theo phiếu nhập đã đối chiếu",
     ["Phòng Kế toán (chính)"], "Định kỳ", "—"),
    ("8", "Lấy mẫu trứng, dưa chuột, rau mùi gửi xét nghiệm vi sinh và dư lượng nitrat",
     ["Ban Chất lượng (chính)", "Trung tâm Kiểm nghiệm thực phẩm Hải Phòng (phụ)"], "Quý I/2027", "—"),
    ("9", "Kê kệ nhỏ bán trứng gà thả vườn, rau thơm đóng túi của hợp tác xã ngay tại quầy",
     ["HTX Chăn nuôi gà thả vườn Kiến Thụy (phụ)", "Phòng Kinh doanh - Marketing (chính)"], "Tháng 3/2027",
     "Tiệm Văn Cao, Tiệm Thành Đông"),
    ("10", "Rà lại nửa năm mua của hợp tác xã: giá, hàng hỏng, ý kiến khách; đề xuất có mua thêm gạo nếp, đậu xanh "
     "làm bánh ngọt hay không", ["Phòng Cung ứng (chính)", "Phòng Kế toán (phụ)", "Xưởng bánh trung tâm (phụ)"],
     "30/6/2027", "—"),
]

AFTER = [
    ("III. ĐỀ NGHỊ VỚI CÁC HỢP TÁC XÃ", "h"),
    ("Công ty mong các hợp tác xã giao hàng trước 5 giờ sáng để kịp mẻ bánh đầu, báo sớm khi đàn gà giảm đẻ hoặc mưa "
     "lớn làm hỏng rau, để hai bên cùng tìm hàng bù.", "p"),
    ("Trưởng các phòng, ban, xưởng bám bảng trên mà làm; việc nào trễ hạn phải báo Giám đốc trước ít nhất hai ngày./.",
     "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "BÁNH MÌ PHỐ CẢNG"], "Số: 41/KH-BMPC",
                 "Hải Phòng, ngày 19 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua trứng gà, rau và thịt lợn của hợp tác xã cho các tiệm bánh mì từ cuối năm 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=text.startswith("Cách ghi"))
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif i == 2:
                cell_lines(cell, value, center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX cung ứng;",
                          "- Các phòng, ban, xưởng, tiệm;", "- Lưu: VT, CU."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Vũ Đình Khánh"])
    return saved(doc, author="Phòng Cung ứng", editor="Thư ký Ban Giám đốc",
                 title="Kế hoạch 41/KH-BMPC", created=datetime(2026, 10, 14, 9, 10, 0),
                 modified=datetime(2026, 10, 19, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
