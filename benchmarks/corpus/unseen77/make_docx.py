"""Write a_tuyen-quang_58-KH-MDSD-2026_cong-ty-mia-duong-vung-nguyen-lieu-htx.docx, the seventy-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen77/make_docx.py [OUT]

A sugar company's plan for the cane it buys from cooperatives over one crushing season (September 2026): the company's
two-line letterhead, I. purposes as "-" lines, II. targets, III. one bordered table TT | Công việc | Bộ phận thực hiện |
Phối hợp | Thời hạn whose doers are the company's own units, times in cells by the crushing season; IV. two numbered
paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_tuyen-quang_58-KH-MDSD-2026_cong-ty-mia-duong-vung-nguyen-lieu-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Vụ ép 2025 - 2026 Công ty thu mua 212.000 tấn mía, trong đó 61% từ diện tích của 9 hợp tác xã và 14 tổ hợp tác "
     "có hợp đồng bao tiêu. Để giữ ổn định vùng nguyên liệu khi nhiều hộ chuyển sang trồng keo, Tổng Giám đốc Công ty "
     "ban hành Kế hoạch vụ ép 2026 - 2027 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Ký lại hợp đồng đầu tư, bao tiêu với các HTX, THT trồng mía trước khi vào vụ; thanh toán tiền mía đúng hạn.", "p"),
    ("- Mỗi bộ phận của Công ty biết rõ phần việc, người phối hợp và thời hạn.", "p"),
    ("II. CHỈ TIÊU VỤ ÉP 2026 - 2027", "h"),
    ("- Diện tích mía liên kết qua HTX, THT: 2.450 ha; sản lượng mía qua HTX, THT: 138.000 tấn.", "p"),
    ("- Chữ đường bình quân từ 10,2 CCS trở lên; 100% tiền mía trả qua tài khoản của HTX hoặc của hộ.", "p"),
    ("III. PHÂN CÔNG CÔNG VIỆC", "h"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Nguyên liệu là đầu mối theo dõi Kế hoạch, mỗi tuần trong vụ ép tổng hợp sản lượng mía từng HTX, THT "
     "báo cáo Tổng Giám đốc; tổng kết vụ ép xong trước ngày 30/5/2027.", "p"),
    ("2. Văn phòng Công ty cùng Phòng Nguyên liệu tổ chức Hội nghị khách hàng trồng mía, mời đại diện các HTX, THT và "
     "UBND các xã vùng nguyên liệu dự, thời gian tổ chức tháng 10/2026.", "p"),
    ("Trong quá trình thực hiện có vướng mắc, các bộ phận báo cáo Tổng Giám đốc để chỉ đạo./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.8)]
ROWS = [
    ("1", "Đo đạc, khoanh vẽ lại diện tích mía của từng HTX, THT; lập danh sách hộ thành viên ký hợp đồng",
     "Trạm nguyên liệu khu vực Sơn Dương", "HTX Mía Hồng Lạc; HTX Nông nghiệp Tân Trào", "Tháng 9 - 10/2026"),
    ("2", "Ký hợp đồng đầu tư, bao tiêu vụ ép 2026 - 2027 với các HTX, THT", "Phòng Nguyên liệu",
     "Phòng Tài chính - Kế toán", "Trước khi vào vụ ép"),
    ("3", "Ứng trước phân bón, giống mía cho HTX theo hợp đồng (không tính lãi)", "Phòng Tài chính - Kế toán",
     "Trạm nguyên liệu các khu vực", "Trước 31/10/2026"),
    ("4", "Lập lịch chặt, vận chuyển mía cho từng HTX, THT; bố trí xe theo lịch", "Ban Điều hành sản xuất",
     "Tổ vận tải", "Trong suốt vụ ép"),
    ("5", "Lấy mẫu, phân tích chữ đường tại bàn cân, công khai kết quả cho đại diện HTX", "Phòng Kỹ thuật - KCS",
     "", "Hằng ngày trong vụ ép"),
    ("6", "Thanh toán tiền mía cho HTX, THT", "Phòng Tài chính - Kế toán", "Ngân hàng Agribank chi nhánh Sơn Dương",
     "Chậm nhất 7 ngày sau khi cân"),
    ("7", "Tập huấn trồng mía gốc, bón phân cân đối, cơ giới hóa khâu chăm sóc cho cán bộ kỹ thuật của HTX",
     "Phòng Kỹ thuật - KCS", "Trung tâm Khuyến nông tỉnh", "Sau khi kết thúc vụ ép"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MÍA ĐƯỜNG SƠN DƯƠNG"], "Số: 58/KH-MĐSD",
                 "Sơn Dương, ngày 12 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển vùng nguyên liệu mía liên kết với hợp tác xã, tổ hợp tác vụ ép 2026 - 2027", bold=True,
         center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value] if value else [], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND các xã vùng nguyên liệu;",
                          "- Các HTX, THT trồng mía;", "- Các phòng, ban, trạm;", "- Lưu: VT, P.NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Hà Đức Thịnh"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn phòng Công ty",
                 title="Kế hoạch 58/KH-MĐSD", created=datetime(2026, 9, 8, 14, 10, 0),
                 modified=datetime(2026, 9, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
