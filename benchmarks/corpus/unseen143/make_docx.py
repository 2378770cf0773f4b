"""Write a_ninh-binh_27-KH-QTD-2026_quy-tin-dung-cho-vay-tht-vu-dong.docx, the hundred-and-forty-third held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen143/make_docx.py [OUT]

A people's credit fund's own plan (Quỹ tín dụng nhân dân, itself a credit cooperative; September 2026) for lending to
its members, the cooperatives and cooperative groups among them, for the winter crop and clam farming: I. purposes,
II. limits with a small bordered table of loan ceilings (not tasks), III. the work BY ROLE: six typed headings ("1. Hội
đồng quản trị", "2. Ban Điều hành", … "6. Đề nghị Ủy ban nhân dân xã Giao Thủy") each over paragraphs in Word's
"List Bullet" style — the bullet is Word's, not typed, and each bulleted task opens with its VERB, its doer only in the
heading above —, IV. reporting, the closing sentence, the signature ("TM. HỘI ĐỒNG QUẢN TRỊ / CHỦ TỊCH") beside "Nơi
nhận".

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
OUT = HERE / "a_ninh-binh_27-KH-QTD-2026_quy-tin-dung-cho-vay-tht-vu-dong.docx"

# "h" a section heading (bold), "r" a role heading (bold italic), "p" a paragraph, "b" a Word bullet ("List Bullet")
BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Đáp ứng kịp thời vốn cho thành viên là hộ sản xuất, tổ hợp tác, hợp tác xã trên địa bàn xã Giao Thủy gieo trồng "
     "vụ Đông 2026 - 2027 và thả ngao giống vụ mới; cho vay đúng đối tượng, đúng quy trình, không để phát sinh nợ xấu.",
     "p"),
    ("II. CHỈ TIÊU, MỨC CHO VAY", "h"),
    ("Tổng dư nợ cho vay phục vụ vụ Đông và nuôi ngao dự kiến 42 tỷ đồng, trong đó cho vay tổ hợp tác, hợp tác xã là "
     "thành viên pháp nhân khoảng 9 tỷ đồng. Mức cho vay tối đa như sau:", "p"),
]

LIMITS = [("Đối tượng vay", "Mức tối đa", "Thời hạn"),
          ("Hộ thành viên", "150 triệu đồng", "đến 12 tháng"),
          ("Tổ hợp tác", "500 triệu đồng", "đến 12 tháng"),
          ("Hợp tác xã", "1,5 tỷ đồng", "đến 24 tháng")]

TASKS = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Hội đồng quản trị", "r"),
    ("Ban hành Quy định tạm thời về hạn mức, lãi suất cho vay vụ Đông và nuôi ngao năm 2026 - 2027, xong trước ngày "
     "15/9/2026.", "b"),
    ("Ký hợp đồng vay vốn điều hòa 15 tỷ đồng với Ngân hàng Hợp tác xã Việt Nam - Chi nhánh Ninh Bình khi nguồn vốn "
     "huy động tại chỗ không đủ; hoàn tất trong tháng 10/2026.", "b"),
    ("2. Ban Điều hành", "r"),
    ("Giao chỉ tiêu dư nợ cho từng cán bộ tín dụng theo thôn, theo tổ hợp tác, hợp tác xã phụ trách; xong trước 18/9.",
     "b"),
    ("Phối hợp với Hội Nông dân xã Giao Thủy, Hội Liên hiệp Phụ nữ xã Giao Thủy tổ chức 03 buổi tư vấn vay vốn tại nhà "
     "văn hóa các thôn ven biển, từ 20/9 đến 10/10/2026.", "b"),
    ("3. Bộ phận Tín dụng", "r"),
    ("Thẩm định, giải ngân khoản vay của tổ hợp tác, hợp tác xã trong 05 ngày làm việc sau khi nhận đủ hồ sơ hợp lệ.", "b"),
    ("Cùng Tổ hợp tác nuôi ngao Cồn Lu kiểm tra việc sử dụng vốn vay tại bãi nuôi sau khi giải ngân, hằng tháng.", "b"),
    ("4. Bộ phận Kế toán - Ngân quỹ", "r"),
    ("Bảo đảm đủ tiền mặt chi trả vào những ngày giải ngân cao điểm trong suốt thời gian thực hiện Kế hoạch.", "b"),
    ("Tổng hợp dư nợ, nợ quá hạn theo từng đối tượng vay, báo cáo Hội đồng quản trị trước ngày 15/01/2027.", "b"),
    ("5. Ban Kiểm soát", "r"),
    ("Kiểm tra việc chấp hành quy trình đối với toàn bộ hồ sơ vay của tổ hợp tác, hợp tác xã; báo cáo kết quả tại Đại "
     "hội thành viên thường niên tháng 3/2027.", "b"),
    ("6. Đề nghị Ủy ban nhân dân xã Giao Thủy", "r"),
    ("Chỉ đạo Ban điều hành các thôn xác nhận nhu cầu vay, diện tích gieo trồng, diện tích bãi ngao của hộ thành viên; "
     "hoàn thành trước 25/9/2026.", "b"),
]

AFTER = [
    ("IV. CHẾ ĐỘ BÁO CÁO", "h"),
    ("Các bộ phận báo cáo tiến độ tại cuộc họp giao ban tháng của Quỹ. Trên đây là Kế hoạch cho vay vụ Đông và nuôi ngao "
     "năm 2026 - 2027 của Quỹ tín dụng nhân dân Giao Phong; đề nghị các bộ phận, cán bộ, nhân viên nghiêm túc thực "
     "hiện./.", "p"),
]


def add(doc, text: str, style: str) -> None:
    if style == "b":
        para(doc, text, style="List Bullet")
    elif style == "r":
        para(doc, text, bold=True, italic=True)
    else:
        para(doc, text, bold=style == "h")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["QUỸ TÍN DỤNG NHÂN DÂN", "GIAO PHONG"], "Số: 27/KH-QTD",
                 "Giao Thủy, ngày 08 tháng 9 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cho vay thành viên, tổ hợp tác, hợp tác xã phục vụ sản xuất vụ Đông và nuôi ngao năm 2026 - 2027",
         bold=True, center=True)
    para(doc, "Căn cứ Điều lệ Quỹ tín dụng nhân dân Giao Phong và Nghị quyết Đại hội thành viên thường niên năm 2026; "
              "Hội đồng quản trị xây dựng Kế hoạch cho vay như sau:")
    for text, style in BEFORE:
        add(doc, text, style)
    table = doc.add_table(rows=len(LIMITS), cols=3)
    set_borders(table, "single")
    for r, (row, values) in enumerate(zip(table.rows, LIMITS)):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = [Cm(6.0), Cm(5.0), Cm(5.0)][i]
            cell_lines(cell, [value], bold=(0,) if r == 0 else (), center=i > 0 or r == 0)
    for text, style in TASKS + AFTER:
        add(doc, text, style)
    signature_table(doc, ["Nơi nhận:", "- NH Hợp tác xã - CN Ninh Bình (b/c);", "- UBND xã Giao Thủy;",
                          "- Hội ND, Hội LHPN xã;", "- HĐQT, BKS, BĐH;", "- Lưu: VT, TD."],
                    ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "", "", "Vũ Đức Thuận"])
    return saved(doc, author="Bộ phận Tín dụng", editor="Văn thư QTDND",
                 title="Kế hoạch 27/KH-QTD", created=datetime(2026, 9, 3, 8, 20, 0),
                 modified=datetime(2026, 9, 8, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
