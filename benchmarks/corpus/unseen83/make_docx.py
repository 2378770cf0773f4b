"""Write a_lang-son_27-KH-HLG-2026_hoi-luat-gia-tu-van-phap-luat-htx.docx, the eighty-third held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen83/make_docx.py [OUT]

A provincial Lawyers' Association's plan (March 2026) for legal advice to cooperatives: I. purposes, II. one sentence
over a bordered table TT | Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian, eight rows led by the Association's
centre, boards, office and its branches in provincial departments; III. three numbered paragraphs of the doers' own
work; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_lang-son_27-KH-HLG-2026_hoi-luat-gia-tu-van-phap-luat-htx.docx"

BEFORE = [
    ("Bám sát chương trình hoạt động năm 2026 của Hội; qua khảo sát, nhiều hợp tác xã, "
     "tổ hợp tác trên địa bàn còn lúng túng khi sửa điều lệ, ký hợp đồng liên kết và giải quyết tranh chấp giữa các "
     "thành viên, Ban Thường vụ Hội xây dựng Kế hoạch tư vấn pháp luật cho khu vực kinh tế tập thể trong năm 2026, cụ thể như sau:",
     "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Phát huy đội ngũ luật gia đang công tác tại các cơ quan của tỉnh giúp hợp tác xã hiểu và làm đúng pháp luật, "
     "nhất là các hợp tác xã ở xã vùng cao, biên giới.", "p"),
    ("- Việc tư vấn là miễn phí, không làm thay công việc của hợp tác xã; mỗi nội dung có đơn vị chịu trách nhiệm và "
     "thời gian cụ thể.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Các hoạt động năm 2026 được phân công theo bảng dưới đây:", "p"),
]

COLUMNS = ["TT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.4), Cm(3.4), Cm(2.6)]
ROWS = [
    ("1", "Tổ chức 04 buổi tư vấn pháp luật lưu động tại trụ sở hợp tác xã ở các xã Đồng Đăng, Tân Thanh, Bắc Sơn, "
          "Đình Lập", "Trung tâm Tư vấn pháp luật (thuộc Hội)", "LMHTX tỉnh; UBND các xã", "Quý II/2026"),
    ("2", "Rà soát điều lệ của 30 hợp tác xã chưa sửa đổi theo Luật Hợp tác xã năm 2023, góp ý bằng văn bản cho từng "
          "hợp tác xã", "Ban Nghiên cứu pháp luật", "Sở Tài chính", "Tháng 5 - 6/2026"),
    ("3", "Giải đáp vướng mắc về hợp đồng liên kết tiêu thụ hồi, quế, thạch đen qua số điện thoại và nhóm Zalo của Hội",
     "Văn phòng Hội", "", "Thường xuyên"),
    ("4", "Biên soạn, in 2.000 tờ gấp hỏi - đáp pháp luật về hợp tác xã bằng tiếng Việt, tiếng Tày, tiếng Nùng",
     "Ban Tuyên truyền, phổ biến pháp luật", "Sở Tư pháp", "Trước 30/4/2026"),
    ("5", "Hướng dẫn thủ tục giải thể, chấm dứt hoạt động đối với các hợp tác xã đã ngừng hoạt động trên 12 tháng",
     "Chi hội Luật gia Sở Tài chính", "Trung tâm Tư vấn pháp luật", "Quý III/2026"),
    ("6", "Giúp hợp tác xã soạn mẫu hợp đồng thuê đất, hợp đồng lao động, hợp đồng cung ứng vật tư",
     "Chi hội Luật gia Sở Nông nghiệp và Môi trường", "Liên minh HTX tỉnh", "6 tháng cuối năm"),
    ("7", "Tập huấn kỹ năng hòa giải tranh chấp nội bộ cho 60 cán bộ quản lý hợp tác xã",
     "Trung tâm Tư vấn pháp luật", "Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh", "Tháng 8/2026"),
    ("8", "Trợ giúp pháp lý miễn phí cho xã viên, thành viên hợp tác xã người dân tộc thiểu số, hộ nghèo",
     "Chi hội Luật gia Sở Tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Cả năm 2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Hội tham mưu Ban Thường vụ sử dụng kinh phí hỗ trợ hội đặc thù của tỉnh cho các hoạt động trên; "
     "theo dõi tiến độ, tổng hợp và báo cáo kết quả với Ban Thường vụ trước ngày 05/12/2026.", "p"),
    ("2. Các chi hội luật gia đăng ký số hội viên tham gia tổ tư vấn, gửi về Văn phòng Hội chậm nhất ngày 31/3/2026.",
     "p"),
    ("3. Đề nghị Liên minh HTX tỉnh lựa chọn, gửi Hội danh sách hợp tác xã cần tư vấn, trong tháng 4/2026.",
     "p"),
    ("Trên đây là Kế hoạch tư vấn pháp luật cho hợp tác xã, tổ hợp tác năm 2026 của Hội Luật gia tỉnh Lạng Sơn./.",
     "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["HỘI LUẬT GIA VIỆT NAM", "HỘI LUẬT GIA TỈNH LẠNG SƠN"], "Số: 27/KH-HLG",
                 "Lạng Sơn, ngày 18 tháng 3 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tư vấn pháp luật, trợ giúp pháp lý cho các hợp tác xã, tổ hợp tác trong năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội Luật gia Việt Nam (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);",
                          "- Sở Tư pháp, Sở Tài chính, LMHTX tỉnh;", "- Các chi hội luật gia;",
                          "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "", "", "", "Lương Thị Mến"])
    return saved(doc, author="Văn phòng Hội Luật gia", editor="Lương Thị Mến",
                 title="KH 27 tu van phap luat HTX", created=datetime(2026, 3, 10, 9, 15, 0),
                 modified=datetime(2026, 3, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
