"""Write a_khanh-hoa_2874-QD-UBND-2026_giao-chi-tieu-thanh-lap-moi-htx.docx, the forty-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen46/make_docx.py [OUT]

A decision of the Chairman of a province's People's Committee (October 2026, after Khánh Hòa and Ninh Thuận were
merged) assigning each commune, ward and the special zone its target of new cooperatives and cooperative groups for
2027: the "Căn cứ" lines, "QUYẾT ĐỊNH:", Điều 1 (the targets, sent to the appendix), Điều 2 (the bodies' duties in
clauses and lettered points), Điều 3 (entry into force and the standing formula of those who carry it out), the
signature beside "Nơi nhận"; after a page break the "Phụ lục" of targets by commune, a bordered table TT | Xã, phường,
đặc khu | Hợp tác xã | Tổ hợp tác | Ghi chú with a total row. Every paragraph is a plain paragraph with its number typed
in (no Word numbering).

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
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_khanh-hoa_2874-QD-UBND-2026_giao-chi-tieu-thanh-lap-moi-htx.docx"

CAN_CU = [
    "Căn cứ Luật Hợp tác xã năm 2023 và các văn bản quy định chi tiết thi hành;",
    "Căn cứ Luật Tổ chức chính quyền địa phương (được Quốc hội thông qua ngày 16/6/2025);",
    "Căn cứ Kế hoạch số 412/KH-UBND ngày 18/9/2026 của Ủy ban nhân dân tỉnh phát triển khu vực kinh tế tập thể "
    "năm 2027;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 5162/TTr-STC ngày 09 tháng 10 năm 2026.",
]

# (text, style): "d" an article (bold run), "p" a paragraph
BODY = [
    ("Điều 1. Giao chỉ tiêu thành lập mới hợp tác xã, tổ hợp tác năm 2027 cho Ủy ban nhân dân các xã, phường, đặc "
     "khu với tổng số 85 hợp tác xã và 240 tổ hợp tác (chi tiết tại Phụ lục kèm theo Quyết định này). Chỉ tiêu được "
     "tính theo số hợp tác xã được cấp giấy chứng nhận đăng ký và số tổ hợp tác có hợp đồng hợp tác được chứng thực "
     "trong năm 2027.", "d"),
    ("Điều 2. Tổ chức thực hiện", "d"),
    ("1. Sở Tài chính (cơ quan thường trực về kinh tế tập thể):", "p"),
    ("a) Hướng dẫn các xã, phường, đặc khu xây dựng kế hoạch thực hiện chỉ tiêu được giao, gắn với danh mục tổ hợp "
     "tác có khả năng chuyển lên hợp tác xã; hoàn thành trong tháng 01/2027.", "p"),
    ("b) Theo dõi tiến độ thành lập mới theo từng địa phương, tổng hợp hằng quý báo cáo Chủ tịch Ủy ban nhân dân "
     "tỉnh; kịp thời đề xuất điều chỉnh chỉ tiêu đối với địa phương gặp khó khăn.", "p"),
    ("c) Chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh và Sở Nông nghiệp và Môi trường đánh giá mức độ hoàn "
     "thành chỉ tiêu của từng xã, phường, đặc khu, đề xuất khen thưởng; xong trước ngày 15/12/2027.", "p"),
    ("2. Sở Nông nghiệp và Môi trường chỉ đạo Trung tâm Khuyến nông tỉnh hỗ trợ các tổ hợp tác nuôi tôm hùm, trồng "
     "nho, táo và xoài hoàn thiện phương án sản xuất để chuyển thành hợp tác xã; thực hiện trong quý II và quý "
     "III/2027.", "p"),
    ("3. Sở Khoa học và Công nghệ hỗ trợ các hợp tác xã mới thành lập đăng ký nhãn hiệu tập thể, mã số vùng trồng "
     "cho sản phẩm chủ lực trong năm 2027.", "p"),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh:", "p"),
    ("a) Tư vấn miễn phí hồ sơ, thủ tục thành lập cho các sáng lập viên hợp tác xã, tổ hợp tác; thực hiện thường "
     "xuyên.", "p"),
    ("b) Mở 06 lớp bồi dưỡng kiến thức về hợp tác xã cho sáng lập viên tại các địa phương có chỉ tiêu từ 04 hợp tác "
     "xã trở lên, phối hợp với Ủy ban nhân dân các xã, phường nơi mở lớp; thời gian: quý I/2027.", "p"),
    ("5. Ủy ban nhân dân các xã, phường, đặc khu:", "p"),
    ("a) Ban hành kế hoạch thực hiện chỉ tiêu được giao, phân công lãnh đạo phụ trách; gửi Sở Tài chính trước ngày "
     "31/01/2027.", "p"),
    ("b) Vận động, hỗ trợ người dân, tổ hợp tác thành lập hợp tác xã; hằng quý báo cáo kết quả (trước ngày 20 tháng "
     "cuối quý) về Sở Tài chính.", "p"),
    ("Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "d"),
    ("Thủ trưởng các cơ quan: Văn phòng Ủy ban nhân dân tỉnh, Sở Tài chính, Sở Nông nghiệp và Môi trường, Sở Khoa "
     "học và Công nghệ; Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu Trường Sa; các tổ chức, cá nhân có liên "
     "quan chịu trách nhiệm thi hành Quyết định này./.", "p"),
]

COLUMNS = ["TT", "Xã, phường, đặc khu", "Hợp tác xã (HTX)", "Tổ hợp tác (THT)", "Ghi chú"]
WIDTHS = [Cm(1.0), Cm(5.0), Cm(2.6), Cm(2.6), Cm(5.8)]
ROWS = [
    ("1", "Phường Nha Trang", "6", "10", "HTX dịch vụ, vận tải, du lịch"),
    ("2", "Phường Cam Ranh", "5", "14", "Nuôi tôm hùm, khai thác hải sản"),
    ("3", "Phường Ninh Hòa", "5", "16", ""),
    ("4", "Xã Diên Khánh", "4", "12", "Trồng rau, hoa"),
    ("5", "Xã Vạn Ninh", "4", "15", "Nuôi trồng thủy sản"),
    ("6", "Xã Khánh Sơn", "3", "10", "Sầu riêng, đồng bào Raglai"),
    ("7", "Phường Phan Rang", "6", "12", ""),
    ("8", "Xã Ninh Phước", "5", "18", "Nho, táo, muối"),
    ("9", "Xã Ninh Sơn", "4", "14", "Xoài, chăn nuôi dê, cừu"),
    ("10", "Đặc khu Trường Sa", "1", "2", "Dịch vụ hậu cần nghề cá"),
    ("11", "Các xã, phường còn lại", "42", "117", "Mỗi xã, phường ít nhất 01 HTX"),
    ("", "Tổng cộng", "85", "240", ""),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"], "Số: 2874/QĐ-UBND",
                 "Khánh Hòa, ngày 27 tháng 10 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Về việc giao chỉ tiêu thành lập mới hợp tác xã, tổ hợp tác năm 2027 cho các xã, phường, đặc khu",
         bold=True, center=True)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for text, style in BODY:
        if style == "d":
            head, _, rest = text.partition(". ")
            p = para(doc)
            p.add_run(head + ". ").bold = True
            p.add_run(rest).bold = rest == "Tổ chức thực hiện"
        else:
            para(doc, text)
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- Thường trực Tỉnh ủy;", "- Bộ Tài chính (để b/c);",
                          "- Thường trực HĐND tỉnh;", "- Lãnh đạo UBND tỉnh;", "- LMHTX tỉnh;", "- Lưu: VT, KTTH."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Minh Khôi"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "CHỈ TIÊU THÀNH LẬP MỚI HỢP TÁC XÃ, TỔ HỢP TÁC NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Quyết định số 2874/QĐ-UBND ngày 27/10/2026 của Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa)",
         italic=True, center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0] or values[1] == "Tổng cộng":
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 2, 3))
    return saved(doc, author="Phòng Doanh nghiệp - Kinh tế tập thể", editor="Văn thư UBND tỉnh Khánh Hòa",
                 title="Quyết định 2874/QĐ-UBND", created=datetime(2026, 10, 20, 9, 10, 0),
                 modified=datetime(2026, 10, 27, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
