"""Write a_ha-tinh_3146-QD-UBND-2026_quy-dinh-tieu-chi-htx-dien-hinh.docx, the thirty-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen36/make_docx.py [OUT]

A province's Quyết định issuing a Quy định (October 2026): the decision's Căn cứ lines, "QUYẾT ĐỊNH:", Điều 1 (issues
the Quy định), Điều 2 (the first round of 2026: two numbered duties), Điều 3 (entry into force and the standing
formula), the signature beside "Nơi nhận"; after a page break the Quy định with its own header, title and "(Ban hành
kèm theo …)", in Chương and Điều: general rules, the criteria as a bordered table of points (no work), the yearly
procedure in numbered steps each naming its doer and a date that recurs every year, the duties of the bodies, funding.
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import (MOTTO, cell_lines, header_table, new_document, para, set_borders,  # noqa: E402
                        signature_table, write)
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-tinh_3146-QD-UBND-2026_quy-dinh-tieu-chi-htx-dien-hinh.docx"

CAN_CU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
    "Căn cứ Kế hoạch số 208/KH-UBND ngày 14 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh thực hiện các giải pháp nâng "
    "cao hiệu quả hoạt động của hợp tác xã;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 611/TTr-STC ngày 02 tháng 10 năm 2026.",
]

# (text, style): "h" a bold line, "c" a bold centred line, "p" a paragraph
DECISION = [
    ("Điều 1. Ban hành kèm theo Quyết định này Quy định tiêu chí, trình tự xét chọn và công nhận hợp tác xã điển hình "
     "trên địa bàn tỉnh Hà Tĩnh.", "p"),
    ("Điều 2. Tổ chức xét chọn đợt đầu năm 2026", "h"),
    ("1. Giao Sở Tài chính chủ trì, cùng Liên minh Hợp tác xã tỉnh tiến hành xét chọn đợt đầu theo Quy định ban hành "
     "kèm theo Quyết định này, được rút ngắn thời gian của từng bước cho phù hợp; trình Ủy ban nhân dân tỉnh công nhận "
     "trước ngày 20/12/2026.", "p"),
    ("2. Báo và Phát thanh, Truyền hình Hà Tĩnh mở chuyên mục \u201cHợp tác xã điển hình\u201d, giới thiệu các hợp tác "
     "xã được công nhận đợt đầu; thực hiện trong quý I/2027.", "p"),
    ("Điều 3. Quyết định này có hiệu lực thi hành từ ngày ký ban hành.", "p"),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc "
     "Sở Nội vụ; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, đơn vị và hợp tác xã liên quan "
     "chịu trách nhiệm thi hành Quyết định này./.", "p"),
]

RULE = [
    ("Chương I", "c"),
    ("QUY ĐỊNH CHUNG", "c"),
    ("Điều 1. Phạm vi điều chỉnh", "h"),
    ("Quy định này quy định tiêu chí, thang điểm, trình tự xét chọn và công nhận danh hiệu \u201cHợp tác xã điển "
     "hình\u201d đối với hợp tác xã, liên hiệp hợp tác xã hoạt động trên địa bàn tỉnh Hà Tĩnh.", "p"),
    ("Điều 2. Đối tượng áp dụng", "h"),
    ("1. Hợp tác xã, liên hiệp hợp tác xã đã tổ chức lại theo Luật Hợp tác xã năm 2023, hoạt động liên tục từ 03 năm "
     "trở lên tính đến ngày 30 tháng 6 của năm xét chọn.", "p"),
    ("2. Các cơ quan, đơn vị, cá nhân có liên quan đến việc xét chọn, công nhận.", "p"),
    ("Điều 3. Nguyên tắc xét chọn", "h"),
    ("Việc xét chọn bảo đảm công khai, khách quan, đúng tiêu chí; mỗi năm công nhận không quá 20 hợp tác xã; danh "
     "hiệu có giá trị trong 02 năm kể từ ngày công nhận.", "p"),
    ("Chương II", "c"),
    ("TIÊU CHÍ VÀ THANG ĐIỂM", "c"),
    ("Điều 4. Tiêu chí đánh giá", "h"),
    ("Hợp tác xã được đánh giá theo 05 nhóm tiêu chí với tổng số 100 điểm như sau:", "p"),
    ("TABLE", "t"),
    ("Điều 5. Điều kiện công nhận", "h"),
    ("Hợp tác xã đạt từ 85 điểm trở lên, không có nhóm tiêu chí nào dưới 50% số điểm tối đa, không vi phạm pháp luật "
     "về thuế, bảo hiểm xã hội trong 02 năm liền kề thì được xem xét công nhận.", "p"),
    ("Chương III", "c"),
    ("TRÌNH TỰ XÉT CHỌN HẰNG NĂM", "c"),
    ("Điều 6. Các bước xét chọn", "h"),
    ("1. Bước 1 (cấp xã): Ủy ban nhân dân các xã, phường thông báo đến các hợp tác xã trên địa bàn, hướng dẫn tự chấm "
     "điểm và lập hồ sơ; kiểm tra hồ sơ, gửi danh sách đề nghị về Sở Tài chính trước ngày 15 tháng 9 hằng năm.", "p"),
    ("2. Bước 2 (khảo sát): Liên minh Hợp tác xã tỉnh khảo sát thực tế tại các hợp tác xã có trong danh sách, có ý "
     "kiến bằng văn bản gửi Sở Tài chính; hoàn thành trong tháng 9 hằng năm.", "p"),
    ("3. Bước 3 (tổng hợp): Sở Tài chính tổng hợp hồ sơ, lấy ý kiến Thuế tỉnh Hà Tĩnh và Bảo hiểm xã hội tỉnh về "
     "việc chấp hành nghĩa vụ của hợp tác xã, trình Chủ tịch Ủy ban nhân dân tỉnh thành lập Hội đồng xét chọn trước "
     "ngày 10 tháng 10 hằng năm.", "p"),
    ("4. Bước 4 (xét chọn): Hội đồng xét chọn họp, chấm điểm và bỏ phiếu; kết quả được công khai trên Cổng thông tin "
     "điện tử tỉnh trong 07 ngày làm việc để lấy ý kiến nhân dân.", "p"),
    ("5. Bước 5 (công nhận): Sở Tài chính hoàn thiện hồ sơ, trình Ủy ban nhân dân tỉnh quyết định công nhận trước "
     "ngày 30 tháng 11 hằng năm.", "p"),
    ("Chương IV", "c"),
    ("TỔ CHỨC THỰC HIỆN", "c"),
    ("Điều 7. Trách nhiệm của các cơ quan, đơn vị", "h"),
    ("1. Sở Tài chính là cơ quan thường trực của Hội đồng xét chọn; theo dõi các hợp tác xã đã được công nhận, đề "
     "xuất thu hồi danh hiệu khi hợp tác xã không còn đáp ứng điều kiện; tổng kết việc thực hiện Quy định trong quý "
     "IV/2028.", "p"),
    ("2. Sở Nông nghiệp và Môi trường cùng Sở Tài chính chấm nhóm tiêu chí về liên kết sản xuất, truy "
     "xuất nguồn gốc đối với hợp tác xã nông nghiệp; ưu tiên chọn hợp tác xã điển hình làm điểm trình diễn mô hình "
     "khuyến nông hằng năm.", "p"),
    ("3. Phòng Thi đua - Khen thưởng (Sở Nội vụ) hướng dẫn hồ sơ và trình khen thưởng đối với hợp tác xã được công "
     "nhận điển hình 02 năm liên tiếp; thời gian: cùng đợt khen thưởng tổng kết năm.", "p"),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh tổ chức tôn vinh các hợp tác xã điển hình nhân dịp Ngày Hợp tác xã Việt "
     "Nam 11/4 hằng năm; lựa chọn hợp tác xã tiêu biểu đề nghị Liên minh Hợp tác xã Việt Nam khen thưởng.", "p"),
    ("Điều 8. Kinh phí", "h"),
    ("Kinh phí tổ chức xét chọn, tôn vinh được bảo đảm từ nguồn kinh phí hỗ trợ phát triển kinh tế tập thể trong dự "
     "toán ngân sách tỉnh hằng năm và nguồn hợp pháp khác.", "p"),
    ("Quá trình áp dụng, cơ quan, đơn vị nào gặp khó khăn thì gửi ý kiến bằng văn bản về Sở Tài chính; Sở Tài chính "
     "tổng hợp, đề xuất Ủy ban nhân dân tỉnh sửa đổi, bổ sung Quy định khi cần thiết./.", "p"),
]

COLUMNS = ["TT", "Nhóm tiêu chí", "Nội dung đánh giá", "Điểm tối đa"]
WIDTHS = [Cm(1.0), Cm(4.0), Cm(9.0), Cm(2.0)]
ROWS = [
    ("1", "Tổ chức, quản trị", "Điều lệ sửa đổi theo Luật Hợp tác xã năm 2023; Đại hội thành viên thường niên đúng hạn; "
          "sổ sách kế toán đầy đủ", "20"),
    ("2", "Hiệu quả kinh tế", "Doanh thu, lợi nhuận 02 năm liền kề tăng; thu nhập bình quân của thành viên cao hơn "
          "mức bình quân của xã", "30"),
    ("3", "Lợi ích thành viên", "Tỷ lệ sản phẩm, dịch vụ cung ứng cho thành viên; phân phối thu nhập theo mức độ sử dụng "
          "dịch vụ", "20"),
    ("4", "Liên kết, đổi mới", "Hợp đồng liên kết tiêu thụ; sản phẩm OCOP, mã số vùng trồng; ứng dụng công nghệ số",
     "20"),
    ("5", "Trách nhiệm cộng đồng", "Bảo vệ môi trường; tham gia xây dựng nông thôn mới và các hoạt động xã hội tại địa "
          "phương", "10"),
    ("", "Tổng cộng", "", "100"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], "Số: 3146/QĐ-UBND", "Hà Tĩnh, ngày 21 tháng 10 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Ban hành Quy định tiêu chí, trình tự xét chọn và công nhận hợp tác xã điển hình trên địa bàn tỉnh Hà "
              "Tĩnh", bold=True, center=True)
    para(doc, "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for text, style in DECISION:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- Bộ Tài chính (để b/c);", "- Thường trực HĐND tỉnh;",
                          "- Thường trực Tỉnh ủy;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                          "- Liên minh HTX tỉnh;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, KT1."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Hữu Lãm"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    head = doc.add_table(rows=1, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"], bold=(0, 1))
    cell_lines(head.cell(0, 1), MOTTO, bold=(0, 1))
    para(doc)
    para(doc, "QUY ĐỊNH", bold=True, center=True)
    para(doc, "Tiêu chí, trình tự xét chọn và công nhận hợp tác xã điển hình trên địa bàn tỉnh Hà Tĩnh", bold=True,
         center=True)
    para(doc, "(Ban hành kèm theo Quyết định số 3146/QĐ-UBND ngày 21/10/2026 của Ủy ban nhân dân tỉnh Hà Tĩnh)",
         italic=True, center=True)
    for text, style in RULE:
        if style == "t":
            table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
            set_borders(table, "single")
            for row, values in zip(table.rows, [COLUMNS, *ROWS]):
                for i, (cell, value) in enumerate(zip(row.cells, values)):
                    cell.width = WIDTHS[i]
                    if row is table.rows[0] or values[0] == "":
                        cell_lines(cell, [value], bold=(0,))
                    else:
                        cell_lines(cell, [value], center=i in (0, 3))
            continue
        para(doc, text, bold=style in ("h", "c"), center=style == "c")
    return saved(doc, author="Phòng Tài chính doanh nghiệp", editor="Văn thư UBND tỉnh Hà Tĩnh",
                 title="Quyết định 3146/QĐ-UBND", created=datetime(2026, 10, 9, 14, 10, 0),
                 modified=datetime(2026, 10, 21, 10, 40, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
