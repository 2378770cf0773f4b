"""Write a_phu-tho_27-KH-TA-2026_toa-an-tinh-hoa-giai-doi-thoai-htx.docx, the sixty-first held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen61/make_docx.py [OUT]

A provincial court's plan (May 2026, Phú Thọ after its merger with Vĩnh Phúc and Hòa Bình) on legal dissemination
and mediation, dialogue at the court for disputes involving cooperatives and their members: I. purposes, II. a short
situation, III. one bordered table TT | Nội dung công việc | Đơn vị thực hiện | Thời gian hoàn thành, the lead and its
partners in ONE cell (the lead on the first line, "Phối hợp: …" on the next); IV. two paragraphs of the organisation;
the signature beside "Nơi nhận". Plain paragraphs with typed numbers (no Word numbering).

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
OUT = HERE / "a_phu-tho_27-KH-TA-2026_toa-an-tinh-hoa-giai-doi-thoai-htx.docx"

BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Nâng cao hiểu biết của cán bộ quản lý, thành viên hợp tác xã, tổ hợp tác về quyền khởi kiện, yêu cầu hòa "
     "giải và các quy định về hợp đồng, nợ, phá sản, giải thể hợp tác xã.", "p"),
    ("2. Khuyến khích giải quyết tranh chấp nội bộ hợp tác xã và tranh chấp với đối tác qua hòa giải, đối thoại tại "
     "Tòa án trước khi thụ lý, giảm án phí và thời gian cho các bên.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Năm 2025, các Tòa án trong tỉnh thụ lý 37 vụ việc có đương sự là hợp tác xã (chủ yếu đòi nợ vật tư, trả lại "
     "vốn góp khi thành viên ra khỏi hợp tác xã, tranh chấp hợp đồng tiêu thụ); 11 vụ hòa giải thành.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"]
WIDTHS = [Cm(1.0), Cm(8.0), Cm(4.8), Cm(3.2)]
# (number, work, [lead, "Phối hợp: …"] lines of the doer cell, time)
ROWS = [
    ("1", "Biên soạn tài liệu hỏi - đáp về vốn góp, trả lại vốn góp, chia lãi và xử lý nợ của hợp tác xã; in 2.000 "
          "cuốn phát cho hợp tác xã", ["Tòa Kinh tế", "Phối hợp: Văn phòng; Liên minh HTX tỉnh"], "Tháng 6/2026"),
    ("2", "Tổ chức 06 hội nghị phổ biến pháp luật cho giám đốc, kiểm soát viên hợp tác xã tại các cụm xã",
     ["Tòa Kinh tế", "Phối hợp: Tòa án nhân dân khu vực 1, khu vực 3, khu vực 5"], "Quý III/2026"),
    ("3", "Lựa chọn, bổ sung 04 Hòa giải viên có kinh nghiệm quản lý hợp tác xã hoặc nông nghiệp vào danh sách Hòa "
          "giải viên tại Tòa án", ["Phòng Tổ chức cán bộ", "Phối hợp: Liên minh HTX tỉnh"], "Trước 30/6/2026"),
    ("4", "Ưu tiên chuyển vụ việc có đương sự là hợp tác xã, thành viên hợp tác xã sang hòa giải, đối thoại khi "
          "đương sự không phản đối", ["Các Tòa án nhân dân khu vực", ""], "Thường xuyên"),
    ("5", "Mở chuyên mục \"Hợp tác xã và pháp luật\" trên Trang thông tin điện tử của Tòa án tỉnh, đăng 02 bài/tháng",
     ["Văn phòng", "Phối hợp: Tòa Kinh tế, Tòa Dân sự"], "Từ tháng 7/2026"),
    ("6", "Phiên tòa rút kinh nghiệm trực tuyến 01 vụ tranh chấp hợp đồng tiêu thụ nông sản giữa hợp tác xã và "
          "doanh nghiệp", ["Tòa Dân sự", "Phối hợp: Phòng Kiểm tra nghiệp vụ"], "Tháng 10/2026"),
    ("7", "Đề nghị cung cấp danh sách hợp tác xã đang làm thủ tục giải thể, ngừng hoạt động để chủ động hướng dẫn về "
          "thủ tục phá sản khi có yêu cầu", ["Sở Tài chính (Phòng Tài chính doanh nghiệp)", ""], "Trước 15/7/2026"),
    ("8", "Sơ kết một năm thực hiện, thống kê số vụ hòa giải thành có đương sự là hợp tác xã", ["Phòng Kiểm tra "
          "nghiệp vụ", "Phối hợp: Văn phòng"], "Tháng 12/2026"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Thủ trưởng các đơn vị thuộc Tòa án nhân dân tỉnh và Chánh án Tòa án nhân dân các khu vực chủ động bố trí "
     "người, thời gian để thực hiện phần việc được giao; kinh phí thực hiện trong dự toán năm 2026 của Tòa án tỉnh.",
     "p"),
    ("Văn phòng theo dõi, đôn đốc và tổng hợp kết quả, báo cáo Chánh án trước ngày 20/12/2026.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TÒA ÁN NHÂN DÂN", "TỈNH PHÚ THỌ"],
                 "Số: 27/KH-TA", "Phú Thọ, ngày 12 tháng 5 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phổ biến pháp luật và hòa giải, đối thoại tại Tòa án đối với vụ việc", bold=True, center=True)
    para(doc, "có đương sự là hợp tác xã, thành viên hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Luật Hòa giải, đối thoại tại Tòa án năm 2020; Luật Hợp tác xã năm 2023; Căn cứ Kế hoạch công "
              "tác năm 2026 của Tòa án nhân dân tỉnh, Chánh án Tòa án nhân dân tỉnh Phú Thọ ban hành Kế hoạch như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            elif isinstance(value, list):
                cell_lines(cell, [v for v in value if v], center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TAND tối cao (b/c);", "- Tỉnh ủy, UBND tỉnh (b/c);",
                          "- Liên minh HTX tỉnh, Sở Tài chính (p/h);", "- Các TAND khu vực;",
                          "- Các đơn vị thuộc TAND tỉnh;", "- Lưu: VT, VP."],
                    ["CHÁNH ÁN", "", "", "", "", "Lê Thị Thu Phương"])
    return saved(doc, author="Tòa Kinh tế", editor="Văn phòng TAND tỉnh",
                 title="Kế hoạch 27/KH-TA", created=datetime(2026, 5, 7, 8, 20, 0),
                 modified=datetime(2026, 5, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
