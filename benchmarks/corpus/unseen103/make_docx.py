"""Write a_lao-cai_27-KH-UBND-2026_xa-le-ky-niem-ngay-htx-tung-moc.docx, the hundred-and-third held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen103/make_docx.py [OUT]

A commune's plan for a CEREMONY (Kế hoạch tổ chức Ngày hội, March 2026, a commune of Lào Cai after the 2025 reform):
the Ngày Hợp tác xã Việt Nam (11/4) day with the commune's cooperatives honoured and their products shown: I. purposes,
II. time, place, who attends and the programme of the day (not tasks), III. the preparations assigned by body (bold
headings "1. Phòng Kinh tế:" over "-" lines, one body in one paragraph), with times counted from the day ("chậm nhất
10 ngày trước Ngày hội", "sáng ngày 10/4", "sau Ngày hội"), the closing sentence and the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lao-cai_27-KH-UBND-2026_xa-le-ky-niem-ngay-htx-tung-moc.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic line
# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic line
BODY = [
    ("Hưởng ứng Ngày Hợp tác xã Việt Nam 11/4, Ủy ban nhân dân xã Mường Khương tổ chức Ngày hội hợp tác xã năm 2026 "
     "để giới thiệu chè Shan, quế, thổ cẩm của các hợp tác xã và biểu dương những hợp tác xã, tổ hợp tác làm ăn tốt, "
     "cụ thể như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Tôn vinh các hợp tác xã, tổ hợp tác tiêu biểu; quảng bá sản phẩm của xã tới khách du lịch qua cửa khẩu; khuyến "
     "khích các hộ tham gia tổ hợp tác.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "h"),
    ("1. Thời gian: một buổi, từ 07 giờ 30 phút ngày 11/4/2026 (thứ Bảy).", "p"),
    ("2. Địa điểm: sân vận động trung tâm xã Mường Khương.", "p"),
    ("3. Thành phần: lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã; đại diện Sở Tài chính, Liên minh Hợp tác xã tỉnh; "
     "các hợp tác xã, tổ hợp tác và nhân dân trên địa bàn.", "p"),
    ("4. Chương trình: khai mạc, văn nghệ chào mừng; báo cáo tình hình kinh tế tập thể của xã; trao Giấy khen cho 05 "
     "hợp tác xã và 08 tổ hợp tác tiêu biểu; tham quan 20 gian hàng; thi pha trà Shan và dệt thổ cẩm.", "p"),
    ("III. PHÂN CÔNG CHUẨN BỊ", "h"),
    ("1. Phòng Kinh tế:", "p"),
    ("- Là đầu mối, chủ trì phối hợp Liên minh Hợp tác xã tỉnh lựa chọn hợp tác xã, tổ hợp tác đề nghị khen thưởng, "
     "trình UBND xã chậm nhất 10 ngày trước Ngày hội.", "p"),
    ("- Dự thảo báo cáo tình hình kinh tế tập thể của xã và diễn văn khai mạc, xong trước ngày 06/4/2026.", "p"),
    ("- Bố trí 20 gian hàng cho các hợp tác xã, tổ hợp tác; hoàn thành việc dựng gian hàng sáng ngày 10/4.", "p"),
    ("2. Văn phòng HĐND và UBND xã chuẩn bị Giấy khen, khung, hoa, phát giấy mời đại biểu trước ngày 08/4/2026.", "p"),
    ("3. Phòng Văn hóa - Xã hội:", "p"),
    ("- Dàn dựng chương trình văn nghệ chào mừng (khoảng 30 phút) với đội văn nghệ các thôn; tổng duyệt tối "
     "ngày 10/4/2026.", "p"),
    ("- Đưa tin trước, trong và sau Ngày hội trên trang thông tin điện tử xã và loa truyền thanh các thôn.", "p"),
    ("4. Công an xã phối hợp Đồn Biên phòng Mường Khương bảo đảm an ninh trật tự, an toàn giao thông khu vực tổ chức "
     "trong ngày 11/4/2026.", "p"),
    ("5. Trạm Y tế xã bố trí 01 tổ sơ cứu trực tại khu vực Ngày hội trong suốt buổi.", "p"),
    ("6. Đề nghị Hội Liên hiệp Phụ nữ xã chủ trì tổ chức cuộc thi dệt thổ cẩm; Đoàn Thanh niên xã tổ chức thi pha "
     "trà Shan; gửi thể lệ về Phòng Kinh tế trước ngày 01/4/2026.", "p"),
    ("7. Phòng Kinh tế tổng hợp kết quả, báo cáo Ủy ban nhân dân xã sau Ngày hội 05 ngày.", "p"),
    ("Trên đây là Kế hoạch tổ chức Ngày hội hợp tác xã năm 2026 của Ủy ban nhân dân xã Mường Khương./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG KHƯƠNG"], "Số: 27/KH-UBND",
                 "Mường Khương, ngày 16 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Ngày hội hợp tác xã xã Mường Khương nhân Ngày Hợp tác xã Việt Nam 11/4/2026", bold=True,
         center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h" or text[:1].isdigit() and text.endswith(":"), italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Sở Tài chính (b/c);", "- Liên minh HTX tỉnh;", "- TT Đảng ủy, HĐND xã;",
                          "- CT, các PCT UBND xã;", "- Các cơ quan, đơn vị tại mục III;", "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Thào Seo Dếnh"])
    return saved(doc, author="Phòng Kinh tế xã Mường Khương", editor="Lù Thị Mai",
                 title="Kế hoạch 27/KH-UBND", created=datetime(2026, 3, 12, 14, 30, 0),
                 modified=datetime(2026, 3, 16, 9, 15, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
