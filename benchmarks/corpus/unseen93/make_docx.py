"""Write a_quang-ngai_42-KH-DDBQH-2026_doan-dbqh-khao-sat-luat-htx.docx, the ninety-third held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen93/make_docx.py [OUT]

A provincial National Assembly delegation's survey plan (June 2026, Quảng Ngãi after its merger with Kon Tum): I.
purposes, II. contents, III. the delegation's members, IV. the survey's schedule in one bordered table (days and
places, no work assigned), V. six numbered paragraphs of work, the first a heading with a colon over three "-" items,
the others opening with "Đề nghị" or with the bodies' names; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_quang-ngai_42-KH-DDBQH-2026_doan-dbqh-khao-sat-luat-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Nắm tình hình thực tế việc thi hành Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn tại địa phương sau "
     "khi sáp nhập tỉnh và tổ chức chính quyền hai cấp; ghi nhận khó khăn, kiến nghị của hợp tác xã, tổ hợp tác.", "p"),
    ("2. Khảo sát bảo đảm thiết thực, không gây phiền hà cho cơ sở; kết quả là căn cứ để đại biểu Quốc hội của tỉnh "
     "tham gia ý kiến tại kỳ họp cuối năm 2026.", "p"),
    ("II. NỘI DUNG KHẢO SÁT", "h"),
    ("Tình hình thành lập, tổ chức lại, giải thể hợp tác xã; việc chuyển đổi tổ hợp tác; thực hiện chính sách hỗ trợ "
     "về đào tạo, đất đai, tín dụng, thuế; vai trò của Liên minh Hợp tác xã và của Ủy ban nhân dân cấp xã đối với "
     "khu vực kinh tế tập thể.", "p"),
    ("III. THÀNH PHẦN ĐOÀN KHẢO SÁT", "h"),
    ("- Ông Y Blăng Niê, Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách tỉnh, Trưởng đoàn;", "p"),
    ("- Các đại biểu Quốc hội của tỉnh theo đơn vị bầu cử có địa bàn khảo sát;", "p"),
    ("- Mời đại diện Thường trực Hội đồng nhân dân tỉnh, lãnh đạo Sở Tài chính, Liên minh Hợp tác xã tỉnh;", "p"),
    ("- Chuyên viên Văn phòng Đoàn ĐBQH và HĐND tỉnh phục vụ Đoàn.", "p"),
    ("IV. THỜI GIAN, ĐỊA ĐIỂM", "h"),
    ("Đoàn làm việc 03 ngày, từ ngày 14/7/2026 đến ngày 16/7/2026, theo lịch dưới đây:", "p"),
]

COLUMNS = ["Ngày", "Buổi", "Địa điểm làm việc"]
WIDTHS = [Cm(3.0), Cm(2.2), Cm(11.0)]
ROWS = [
    ("Thứ Ba, 14/7/2026", "Sáng", "Ủy ban nhân dân xã Kon Plông; Hợp tác xã Dịch vụ nông nghiệp và Du lịch Măng Đen"),
    ("", "Chiều", "Hợp tác xã Sâm dây Kon Plông; Tổ hợp tác trồng dược liệu thôn Kon Chốt"),
    ("Thứ Tư, 15/7/2026", "Sáng", "Ủy ban nhân dân xã Ba Tơ; Hợp tác xã Quế Ba Tơ"),
    ("Thứ Năm, 16/7/2026", "Sáng", "Ủy ban nhân dân xã Bình Sơn; Hợp tác xã Nông nghiệp Bình Trung"),
    ("", "Chiều", "Làm việc với Ủy ban nhân dân tỉnh tại Trụ sở Ủy ban nhân dân tỉnh"),
]

AFTER = [
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Đoàn ĐBQH và HĐND tỉnh:", "p"),
    ("- Tham mưu Trưởng Đoàn ký Quyết định thành lập Đoàn khảo sát, gửi Kế hoạch đến các cơ quan, đơn vị có liên quan "
     "trước ngày 26/6/2026.", "p"),
    ("- Bố trí phương tiện, kinh phí, tài liệu phục vụ Đoàn; hoàn thành trước ngày 10/7/2026.", "p"),
    ("- Tổng hợp, dự thảo Báo cáo kết quả khảo sát trình Trưởng Đoàn trong thời hạn 15 ngày kể từ ngày kết thúc "
     "khảo sát.", "p"),
    ("2. Đề nghị UBND tỉnh chỉ đạo Sở Tài chính chủ trì, cùng Sở Nông nghiệp và Môi trường, Liên minh HTX tỉnh "
     "xây dựng báo cáo của UBND tỉnh theo Đề cương gửi kèm, gửi về Đoàn (qua Văn phòng) trước ngày 06/7/2026.",
     "p"),
    ("3. Đề nghị Thuế tỉnh Quảng Ngãi cung cấp số liệu kê khai, nộp thuế của các hợp tác xã năm 2024, năm 2025; gửi "
     "cùng thời hạn nêu tại mục 2.", "p"),
    ("4. UBND các xã Kon Plông, Ba Tơ, Bình Sơn chuẩn bị báo cáo theo Đề cương, bố trí địa điểm và mời đại diện Hội "
     "đồng quản trị các hợp tác xã trên địa bàn dự buổi làm việc; báo cáo gửi Văn phòng trước ngày 08/7/2026.", "p"),
    ("5. Ban Kinh tế - Ngân sách HĐND tỉnh cử 01 lãnh đạo Ban tham gia Đoàn, gửi danh sách về Văn phòng trong tháng "
     "6/2026.", "p"),
    ("6. Các hợp tác xã, tổ hợp tác có tên trong lịch làm việc chuẩn bị sổ sách, báo cáo tài chính năm 2025 và ý kiến, "
     "kiến nghị bằng văn bản để cung cấp cho Đoàn tại buổi làm việc.", "p"),
    ("Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ĐOÀN ĐẠI BIỂU QUỐC HỘI", "TỈNH QUẢNG NGÃI"], "Số: 42/KH-ĐĐBQH", "Quảng Ngãi, ngày 19 tháng 6 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Khảo sát tình hình thi hành Luật Hợp tác xã năm 2023 trên địa bàn tỉnh", bold=True, center=True)
    para(doc, "Căn cứ Chương trình hoạt động năm 2026 của Đoàn đại biểu Quốc hội tỉnh, Đoàn đại biểu Quốc hội tỉnh "
              "Quảng Ngãi xây dựng Kế hoạch khảo sát như sau:")
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
                cell_lines(cell, [value], center=i < 2)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Văn phòng Quốc hội (b/c);", "- Thường trực Tỉnh ủy, HĐND tỉnh;",
                          "- UBND tỉnh;", "- Các ĐBQH tỉnh;", "- Sở TC, Sở NN&MT, LMHTX tỉnh, Thuế tỉnh;",
                          "- UBND các xã: Kon Plông, Ba Tơ, Bình Sơn;", "- Lưu: VT, Phòng CTQH."],
                    ["TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI", "PHÓ TRƯỞNG ĐOÀN", "", "", "", "Y Blăng Niê"])
    return saved(doc, author="Phòng Công tác Quốc hội", editor="Văn thư Văn phòng Đoàn ĐBQH và HĐND tỉnh",
                 title="Kế hoạch 42/KH-ĐĐBQH", created=datetime(2026, 6, 15, 9, 10, 0),
                 modified=datetime(2026, 6, 19, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
