"""Write a_dong-thap_17-KH-HSVC-2026_hoi-sinh-vat-canh-htx-hoa-kieng-tet.docx, the hundred-and-thirty-fifth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen135/make_docx.py [OUT]

A provincial ornamental-plants association's plan (Hội Sinh vật cảnh, October 2026) helping its member flower
cooperatives and groups through the Tết 2027 season: I. purposes, II. the members taking part as a small bordered
table of figures (not tasks), III. the work typed as a TAB-STOP LIST, not a table: a bold head line "Nội dung công việc
⇥ Thực hiện ⇥ Thời gian", four bold-italic group lines, and each task ONE paragraph whose three parts are separated by
TABs (a dotted leader before the doers), the doers marked "(chủ trì)" or not, times yearless or with the next year;
IV. funding, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dong-thap_17-KH-HSVC-2026_hoi-sinh-vat-canh-htx-hoa-kieng-tet.docx"

BEFORE = [
    ("Năm 2026 thời tiết thất thường, nhiều vườn hoa của hội viên ra hoa không đúng lịch; giá giá thể, phân bón tăng, "
     "trong khi các hợp tác xã (HTX), tổ hợp tác (THT) hoa kiểng vẫn thiếu đầu mối bán hàng ở các đô thị lớn. Để các "
     "hội viên tập thể chuẩn bị tốt vụ hoa Tết, Ban Thường vụ Hội Sinh vật cảnh tỉnh đề ra Kế hoạch như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Để các HTX, THT hoa kiểng ở Sa Đéc, Chợ Gạo, Cái Bè chủ động lịch xuống giống, hạn chế hoa nở sớm hay nở "
     "muộn so với Tết.", "p"),
    ("- Mở thêm đầu ra, đưa hoa kiểng của HTX, THT vào Chợ hoa Xuân của tỉnh và các điểm bán hoa Tết tại Thành phố "
     "Hồ Chí Minh.", "p"),
    ("- Các Ban, Chi hội, Câu lạc bộ làm đúng phần việc được giao; HTX, THT không phải đóng phí gian hàng.", "p"),
    ("II. CÁC HTX, THT THAM GIA", "h"),
    ("Dự kiến 09 HTX, 26 THT là hội viên tập thể của Hội tham gia, chia theo Chi hội:", "p"),
]

FIGURES = [
    ["Chi hội", "HTX", "THT", "Diện tích hoa Tết (ha)"],
    ["Chi hội Sa Đéc", "5", "14", "71"],
    ["Chi hội Chợ Gạo", "2", "7", "23"],
    ["Chi hội Cái Bè", "2", "5", "18"],
    ["Cộng", "9", "26", "112"],
]

# ("g", text) a group line; ("t", task, doers, time) a task line typed as three parts a TAB apart
WORK = [
    ("g", "1. Chuẩn bị sản xuất"),
    ("t", "a) Khảo sát lịch xuống giống cúc mâm xôi, vạn thọ, mào gà của từng HTX, THT; chỉ ra các vườn có nguy cơ "
          "hoa nở lệch Tết", "Ban Kỹ thuật (chủ trì), Chi hội Sa Đéc", "trước 20/10"),
    ("t", "b) Mở 02 buổi tập huấn điều chỉnh thời điểm ra hoa bằng đèn chiếu sáng, nước tưới và phân bón lá",
          "Ban Kỹ thuật; Trung tâm Khuyến nông tỉnh", "tháng 11"),
    ("t", "c) Liên hệ các cơ sở cung ứng giống, giá thể, phân bón để HTX, THT được mua trả chậm đến sau Tết",
          "Văn phòng Hội", "trước 31/10"),
    ("g", "2. Kết nối tiêu thụ"),
    ("t", "d) Lập danh sách, đăng ký 40 gian hàng của HTX, THT tại Chợ hoa Xuân tỉnh với Ban Tổ chức chợ hoa",
          "Văn phòng Hội", "trước 15/11"),
    ("t", "đ) Giới thiệu HTX, THT với thương lái, siêu thị, chợ hoa Tết ở Thành phố Hồ Chí Minh; tổ chức 01 chuyến "
          "khảo sát điểm bán", "Chi hội Sa Đéc (chủ trì), CLB Doanh nhân hoa kiểng", "tháng 12"),
    ("t", "e) Hướng dẫn HTX, THT chụp ảnh, đăng bán hoa kiểng trên sàn thương mại điện tử và mạng xã hội",
          "Ban Truyền thông (chủ trì), Sở Công Thương", "tháng 12 - tháng 01/2027"),
    ("g", "3. Trong thời gian Chợ hoa Xuân (từ 25/01 đến 05/02/2027)"),
    ("t", "g) Bố trí hội viên trực tại khu gian hàng HTX, THT, giúp bốc xếp, tưới giữ hoa, giữ trật tự",
          "Chi hội Chợ Gạo, Chi hội Cái Bè", "25/01 - 05/02/2027"),
    ("t", "h) Chấm, trao giải \"Gian hàng HTX đẹp\" và \"Chậu kiểng Tết được ưa chuộng\"",
          "Ban Thường vụ Hội (chủ trì), Ban Tổ chức chợ hoa", "chiều 03/02/2027"),
    ("g", "4. Sau Tết"),
    ("t", "i) Tổng hợp lượng hoa tồn, giá bán, khó khăn của từng HTX, THT; kiến nghị UBND tỉnh hỗ trợ nếu bị thiệt hại",
          "Văn phòng Hội (chủ trì), các Chi hội", "trước 10/3/2027"),
    ("t", "k) Họp rút kinh nghiệm với các HTX, THT; báo cáo Trung ương Hội Sinh vật cảnh Việt Nam",
          "Ban Thường vụ Hội", "tháng 3/2027"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí tập huấn, khảo sát và giải thưởng lấy từ quỹ Hội và tài trợ của các doanh nghiệp hội viên; chi phí "
     "dựng gian hàng do Ban Tổ chức chợ hoa bố trí theo chủ trương của tỉnh.", "p"),
    ("Ban Thường vụ Hội đề nghị các Ban, Chi hội, Câu lạc bộ và các HTX, THT hội viên triển khai Kế hoạch này; có khó "
     "khăn thì phản ánh về Văn phòng Hội để cùng tháo gỡ./.", "p"),
]


def tab_line(doc, text: str, *, bold=False, italic=False):
    """One paragraph of the TAB-stop list in 12 pt: the doers' stop at 9.5 cm after a dotted leader, the time's at
    13.6 cm, a hanging indent of 0.5 cm so that a wrapped task reads under its letter."""
    p = para(doc, text, bold=bold, italic=italic)
    fmt = p.paragraph_format
    fmt.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    fmt.tab_stops.add_tab_stop(Cm(13.6), WD_TAB_ALIGNMENT.LEFT)
    fmt.left_indent, fmt.first_line_indent = Cm(0.5), Cm(-0.5)
    fmt.space_after = Pt(3)
    for run in p.runs:
        run.font.size = Pt(12)
    return p


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI SINH VẬT CẢNH VIỆT NAM", "HỘI SINH VẬT CẢNH", "TỈNH ĐỒNG THÁP"], "Số: 17/KH-HSVC",
                 "Đồng Tháp, ngày 06 tháng 10 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên là hợp tác xã, tổ hợp tác hoa kiểng chuẩn bị hàng Tết", bold=True, center=True)
    para(doc, "và tham gia Chợ hoa Xuân Đinh Mùi năm 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=len(FIGURES), cols=4)
    set_borders(table, "single")
    for r, (row, values) in enumerate(zip(table.rows, FIGURES)):
        for cell, value in zip(row.cells, values):
            cell_lines(cell, [value], bold=(0,) if r in (0, len(FIGURES) - 1) else ())
    para(doc, "III. NỘI DUNG, PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "(Ở phần thực hiện, đơn vị ghi kèm chữ \"chủ trì\" là đơn vị chính; các đơn vị khác phối hợp.)", italic=True)
    tab_line(doc, "Nội dung công việc\tThực hiện\tThời gian", bold=True)
    for kind, *parts in WORK:
        if kind == "g":
            tab_line(doc, parts[0], bold=True, italic=True)
        else:
            tab_line(doc, "\t".join(parts))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội SVC Việt Nam (b/c);", "- UBND tỉnh (b/c);",
                          "- Sở Công Thương, TT Khuyến nông tỉnh;", "- Các Ban, Chi hội, CLB;",
                          "- Các HTX, THT hội viên;", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "", "", "", "Đặng Hữu Quới"])
    return saved(doc, author="Văn phòng Hội SVC", editor="Văn phòng Hội SVC",
                 title="Kế hoạch 17/KH-HSVC", created=datetime(2026, 9, 28, 8, 20, 0),
                 modified=datetime(2026, 10, 6, 10, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
