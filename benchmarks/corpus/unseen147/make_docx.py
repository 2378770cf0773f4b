"""Write a_khanh-hoa_46-KH-DTTDHNT-2026_dai-thong-tin-duyen-hai-htx-khai-thac.docx, the hundred-and-forty-seventh
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen147/make_docx.py [OUT]

A coastal radio station's plan (Đài Thông tin duyên hải, a unit of the maritime electronic-communications company;
August 2026) helping fishing cooperatives and tổ đoàn kết keep radio contact and the distress watch through the 2026
storm season: I. purposes, II. the fleet in figures (no work), III. one sentence over ONE bordered table TT | Nội dung
công việc | Người/bộ phận phụ trách | Phối hợp | Hoàn thành whose doer column names POSITIONS and shift teams ("Trưởng
ca trực", "Phó Giám đốc phụ trách nghiệp vụ", "Kế toán Đài") as often as units, "–" in empty partner cells, yearless
and event-bound times; IV. one sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_46-KH-DTTDHNT-2026_dai-thong-tin-duyen-hai-htx-khai-thac.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Mọi tàu cá thuộc hợp tác xã, tổ đoàn kết khai thác hải sản của tỉnh giữ được liên lạc với bờ trong suốt mùa "
     "mưa bão; không để tàu gặp nạn mà Đài không nhận được tín hiệu.", "p"),
    ("- Chủ nhiệm hợp tác xã, tổ trưởng tổ đoàn kết nắm được cách nhận bản tin thời tiết biển và cách phát tín hiệu "
     "cấp cứu; cước liên lạc của tàu khó khăn được giảm một phần.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Toàn tỉnh hiện có 14 hợp tác xã khai thác hải sản và 63 tổ đoàn kết trên biển với khoảng 870 tàu cá, trong đó "
     "210 tàu hoạt động ở vùng khơi. Mùa mưa bão năm 2025, Đài tiếp nhận 37 tín hiệu cấp cứu, 9 trường hợp là tàu của "
     "hợp tác xã; còn 26 tàu có máy thu phát sóng ngắn hỏng hoặc không đăng ký tần số.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
    ("Giám đốc Đài phân công các tổ, ca trực và cá nhân thực hiện theo bảng sau:", "p"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Người, bộ phận được phân công tại mục III chủ động triển khai theo đúng thời gian trong bảng; trong quá trình "
     "thực hiện có vướng mắc báo cáo Giám đốc Đài để giải quyết./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Người/bộ phận phụ trách", "Phối hợp", "Hoàn thành"]
WIDTHS = [Cm(1.0), Cm(7.0), Cm(3.2), Cm(3.2), Cm(2.6)]
ROWS = [
    ("1", "Rà soát, cập nhật số nhận dạng (MMSI), tần số liên lạc và số điện thoại chủ tàu của 14 hợp tác xã, 63 tổ "
          "đoàn kết vào phần mềm trực canh", "Trưởng ca trực", "Chi cục Thủy sản và Kiểm ngư", "trước 31/8"),
    ("2", "Kiểm tra, sửa chữa miễn phí máy thu phát sóng ngắn, máy VHF cho tàu cá của hợp tác xã neo đậu tại cảng cá "
          "Hòn Rớ (02 đợt)", "Tổ Kỹ thuật", "Ban Quản lý cảng cá", "tháng 9"),
    ("3", "Tập huấn cho thuyền trưởng, người trực máy của hợp tác xã cách phát tín hiệu cấp cứu, gọi kênh 16 VHF và "
          "tần số 7903 kHz; phát tờ hướng dẫn dán trong cabin", "Phó Giám đốc phụ trách nghiệp vụ",
     "Liên minh Hợp tác xã tỉnh, Hội Nghề cá tỉnh", "15/9 - 30/9"),
    ("4", "Phát bản tin thời tiết biển 04 lần/ngày; khi có áp thấp nhiệt đới, bão trên Biển Đông phát bản tin cảnh báo "
          "01 giờ/lần và gọi từng tàu của hợp tác xã đang ở vùng nguy hiểm", "Trưởng ca trực",
     "Đài Khí tượng Thủy văn tỉnh Khánh Hòa", "suốt mùa mưa bão (tháng 9 - 12)"),
    ("5", "Khi nhận tín hiệu cấp cứu của tàu thuộc hợp tác xã, tổ đoàn kết: xác nhận, chuyển tiếp ngay cho Bộ Chỉ huy "
          "Bộ đội Biên phòng tỉnh; gọi các tàu cùng tổ đang ở gần đến ứng cứu", "Trưởng ca trực",
     "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực IV", "ngay khi nhận tín hiệu"),
    ("6", "Lập danh sách điện thoại trực 24/24 của chủ nhiệm hợp tác xã, tổ trưởng tổ đoàn kết; gửi mỗi ca trực 01 bản",
     "Bộ phận Hành chính - Tổng hợp", "–", "trước 10/9"),
    ("7", "Bố trí 02 người/ca và máy phát điện dự phòng trong những ngày bão ảnh hưởng trực tiếp",
     "Phó Giám đốc phụ trách kỹ thuật", "–", "khi có bão"),
    ("8", "Họp với ban quản trị các hợp tác xã phổ biến quy định giữ liên lạc, không tắt thiết bị giám sát hành trình "
          "khi ra khơi", "Phó Giám đốc phụ trách nghiệp vụ", "UBND phường Bắc Nha Trang, UBND phường Ninh Hòa",
     "tháng 10"),
    ("9", "Lập dự toán hỗ trợ 50% cước thuê bao thiết bị giám sát hành trình năm 2027 cho 40 tàu của hợp tác xã khó "
          "khăn, trình Giám đốc Công ty", "Kế toán Đài", "Liên minh Hợp tác xã tỉnh", "trước 30/10"),
    ("10", "Thống kê số cuộc gọi cấp cứu, số lượt liên lạc với tàu của hợp tác xã sau mỗi cơn bão", "Trưởng ca trực",
     "–", "chậm nhất 03 ngày sau mỗi cơn bão"),
    ("11", "Tổng kết mùa mưa bão, đề nghị Công ty khen thưởng hợp tác xã, tổ đoàn kết giữ liên lạc tốt",
     "Bộ phận Hành chính - Tổng hợp", "Liên minh Hợp tác xã tỉnh", "tháng 01/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH MTV THÔNG TIN", "ĐIỆN TỬ HÀNG HẢI VIỆT NAM", "ĐÀI THÔNG TIN DUYÊN HẢI NHA TRANG"],
                 "Số: 46/KH-ĐTTDHNT", "Khánh Hòa, ngày 14 tháng 8 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ các hợp tác xã, tổ đoàn kết khai thác hải sản duy trì thông tin liên lạc và trực canh cấp cứu "
              "mùa mưa bão năm 2026", bold=True, center=True)
    para(doc, "Thực hiện kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của Công ty, Đài Thông tin duyên "
              "hải Nha Trang (sau đây gọi là Đài) xây dựng Kế hoạch hỗ trợ các hợp tác xã, tổ đoàn kết khai thác hải "
              "sản giữ liên lạc trên biển như sau:")
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
    signature_table(doc, ["Nơi nhận:", "- Công ty (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Chi cục Thủy sản và Kiểm ngư;", "- Các tổ, ca trực (t/h);", "- Lưu: VT, HC-TH."],
                    ["GIÁM ĐỐC", "", "", "", "Trương Công Định"])
    return saved(doc, author="Bộ phận Hành chính - Tổng hợp", editor="Văn thư Đài",
                 title="Kế hoạch 46/KH-ĐTTDHNT", created=datetime(2026, 8, 10, 8, 20, 0),
                 modified=datetime(2026, 8, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
