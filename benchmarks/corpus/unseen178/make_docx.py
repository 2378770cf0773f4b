"""Write a_thai-nguyen_14-2026-KH-VPTPL_vi-bang-hop-nhat-htx-che.docx, the hundred-and-seventy-eighth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen178/make_docx.py [OUT]

A private bailiff office's plan (Văn phòng Thừa phát lại, September 2026) for the vi bằng — the records of events a
bailiff draws up — it makes while three tea cooperatives merge into one after the merger of their communes: the
state of the workshops, the members' meetings that vote the merger, the notices handed to creditors, the founding
meeting, the cash count at closing, the handover of assets, seals and books, the registration of each vi bằng at the
Sở Tư pháp. I. purposes ("-" lines), II. who does the work and where (facts), III. a note, then ONE bordered table
whose rows are the office's steps and which has ONE COLUMN PER CLIENT COOPERATIVE, each cell the yearless DATE of the
step at that cooperative ("—" where the step does not apply; the joint founding meeting, a relative time and a last
day each in one cell merged across the three cooperatives' columns), then "Thực hiện" (the bailiffs by name, "TPL …",
a post, a unit) and "Phối hợp" columns; IV. two numbered duties; the closing sentence; the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thai-nguyen_14-2026-KH-VPTPL_vi-bang-hop-nhat-htx-che.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BEFORE = [
    ("Căn cứ Nghị định số 08/2020/NĐ-CP ngày 08/01/2020 của Chính phủ về tổ chức và hoạt động của Thừa phát lại;",
     "i"),
    ("Căn cứ Hợp đồng dịch vụ lập vi bằng số 27/2026/HĐDV ngày 09/9/2026 ký với Hội đồng hợp nhất của Hợp tác xã "
     "Chè Tân Cương, Hợp tác xã Chè Đồng Lâm và Hợp tác xã Dịch vụ nông nghiệp Phúc Tân;", "i"),
    ("Sau khi các xã trên địa bàn được sắp xếp lại, ba hợp tác xã nêu trên đã thống nhất hợp nhất thành Hợp tác xã "
     "Chè Tân Cương Xanh và đề nghị Văn phòng ghi nhận bằng vi bằng các sự kiện chính của việc hợp nhất, làm chứng cứ "
     "khi thành viên hoặc chủ nợ có khiếu nại sau này. Văn phòng Thừa phát lại Phổ Yên (sau đây gọi là Văn phòng) "
     "đề ra lịch và cách làm dưới đây:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Mỗi sự kiện được ghi nhận khách quan, đúng thời điểm, có hình ảnh, ghi âm kèm theo; không ghi nhận những nội "
     "dung ngoài phạm vi hợp đồng dịch vụ.", "p"),
    ("- Không làm gián đoạn việc thu hái, chế biến chè vụ thu của thành viên; lịch làm việc tại từng hợp tác xã được "
     "báo trước cho Hội đồng hợp nhất.", "p"),
    ("II. NGƯỜI THỰC HIỆN, ĐỊA ĐIỂM", "h"),
    ("Thừa phát lại thực hiện: ông Lê Văn Khải, bà Đỗ Thị Hằng; Trưởng Văn phòng trực tiếp lập vi bằng tại các cuộc "
     "họp có từ 50 thành viên trở lên; Thư ký nghiệp vụ: bà Phạm Thu Trang. Địa điểm: trụ sở, xưởng chế biến và kho "
     "của từng hợp tác xã tại xã Tân Cương; hội trường UBND xã Tân Cương.", "p"),
    ("III. LỊCH LẬP VI BẰNG THEO TỪNG HỢP TÁC XÃ", "h"),
    ("Ghi chú: TPL là Thừa phát lại; ngày trong ô là ngày lập vi bằng tại hợp tác xã ghi ở đầu cột (năm 2026); dấu "
     "“—” là hợp tác xã đó không có việc này; ô trải qua cả ba cột là việc chung của ba hợp tác xã.", "i"),
]

COLUMNS = ["TT", "Công việc", "HTX Chè Tân Cương", "HTX Chè Đồng Lâm", "HTX DVNN Phúc Tân", "Thực hiện", "Phối hợp"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(1.9), Cm(1.9), Cm(1.9), Cm(2.4), Cm(2.0)]
# (TT, work, [one date per cooperative] or a single text merged across the three, doer, partners)
ROWS = [
    ("1", "Khảo sát trụ sở, xưởng sao chè, kho; thống nhất với từng hợp tác xã danh mục tài sản, hồ sơ cần ghi nhận",
     ["21/9", "22/9", "23/9"], "TPL Lê Văn Khải", "Hội đồng hợp nhất"),
    ("2", "Lập vi bằng ghi nhận hiện trạng nhà xưởng, máy sao chè, lò sấy và kho thành phẩm",
     ["28/9", "29/9", "—"], "TPL Lê Văn Khải", ""),
    ("3", "Lập vi bằng ghi nhận diễn biến, kết quả biểu quyết của Đại hội thành viên bất thường thông qua hợp đồng "
          "hợp nhất", ["03/10 (sáng)", "03/10 (chiều)", "04/10"], "Trưởng Văn phòng", "Liên minh Hợp tác xã tỉnh"),
    ("4", "Lập vi bằng ghi nhận việc giao thông báo hợp nhất cho chủ nợ và khách hàng có hợp đồng còn hiệu lực",
     ["12/10", "12/10", "13/10"], "TPL Đỗ Thị Hằng", "Thư ký nghiệp vụ"),
    ("5", "Lập vi bằng ghi nhận Hội nghị thành lập và Đại hội thành viên đầu tiên của Hợp tác xã Chè Tân Cương Xanh",
     "24/10 (tại hội trường UBND xã Tân Cương)", "Trưởng Văn phòng", "UBND xã Tân Cương, Liên minh Hợp tác xã tỉnh"),
    ("6", "Lập vi bằng ghi nhận việc kiểm đếm tiền mặt, đối chiếu số dư tài khoản và công nợ tại ngày khóa sổ",
     ["31/10", "31/10", "31/10"], "TPL Đỗ Thị Hằng", ""),
    ("7", "Lập vi bằng ghi nhận việc bàn giao tài sản, con dấu, sổ sách kế toán cho hợp tác xã mới",
     ["09/11", "10/11", "11/11"], "TPL Lê Văn Khải", "Hội đồng hợp nhất"),
    ("8", "Gửi vi bằng và tài liệu kèm theo đến Sở Tư pháp để vào sổ đăng ký",
     "Trong 03 ngày làm việc kể từ ngày kết thúc việc lập từng vi bằng", "Thư ký nghiệp vụ", ""),
    ("9", "Giao bản chính các vi bằng cho Hội đồng hợp nhất; lập hồ sơ lưu trữ riêng cho từng hợp tác xã",
     "Trước 20/11", "Bộ phận Hành chính - Kế toán", ""),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Bộ phận Hành chính - Kế toán lập dự toán chi phí từng vi bằng theo biểu phí Văn phòng đã niêm yết, gửi Hội "
     "đồng hợp nhất trước ngày 18/9/2026.", "p"),
    ("2. Đề nghị Hội đồng hợp nhất cử một người làm đầu mối, gửi trước cho Văn phòng danh sách thành viên, biên bản "
     "kiểm kê và hồ sơ liên quan chậm nhất 02 ngày trước mỗi buổi lập vi bằng.", "p"),
    ("Trên đây là Kế hoạch lập vi bằng phục vụ việc hợp nhất các hợp tác xã chè của Văn phòng Thừa phát lại Phổ Yên; "
     "Thừa phát lại, thư ký nghiệp vụ được phân công bố trí thời gian thực hiện đúng lịch./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["VĂN PHÒNG THỪA PHÁT LẠI", "PHỔ YÊN"], "Số: 14/2026/KH-VPTPL",
                 "Phổ Yên, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lập vi bằng phục vụ việc hợp nhất ba hợp tác xã chè tại xã Tân Cương", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for row, (tt, work, dates, doer, partners) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], [work], center=False)
        if isinstance(dates, list):
            for cell, date in zip(cells[2:5], dates):
                cell_lines(cell, [date])
        else:
            merged = cells[2].merge(cells[4])
            cell_lines(merged, [dates])
        cell_lines(cells[5], [doer])
        cell_lines(cells[6], [partners] if partners else [""])
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng hợp nhất 03 HTX;", "- Sở Tư pháp tỉnh Thái Nguyên (b/c);",
                          "- UBND xã Tân Cương;", "- Thừa phát lại, thư ký nghiệp vụ;", "- Lưu: VT, HS."],
                    ["TRƯỞNG VĂN PHÒNG", "", "", "", "", "Nguyễn Quang Vinh"])
    return saved(doc, author="Phạm Thu Trang", editor="Nguyễn Quang Vinh",
                 title="Kế hoạch 14/2026/KH-VPTPL", created=datetime(2026, 9, 10, 15, 40, 0),
                 modified=datetime(2026, 9, 14, 9, 12, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
