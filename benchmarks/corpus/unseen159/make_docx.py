"""Write a_hue_27-KH-DLS-2026_tu-van-phap-luat-htx.docx, the hundred-and-fifty-ninth held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen159/make_docx.py [OUT]

A provincial bar association's plan (Đoàn Luật sư thành phố Huế, June 2026) for free legal-advice sessions for
cooperatives: I. purposes, II. the three advice teams defined as "-" lines (facts: who is in each), III. one sentence
over ONE bordered table of the sessions — Đợt | Thời gian | Địa điểm | Nội dung tư vấn trọng tâm | Tổ thực hiện | Phối
hợp —, the time cell two paragraphs (the weekday over a yearless day), the doers named by the team names of II.
("Tổ tư vấn số 1", once two teams in one cell), one empty partner cell; IV. "1. Văn phòng Đoàn" and "2. Các Tổ tư vấn"
as headings without a colon over "-" items naming no doer, "3." and "4." requests of outside bodies, "5." a body
running straight into its verb; a closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hue_27-KH-DLS-2026_tu-van-phap-luat-htx.docx"

OPENING = ("Căn cứ Chương trình phối hợp số 05/CTPH-ĐLS-LMHTX ngày 12/3/2026 giữa Đoàn Luật sư thành phố Huế và Liên "
           "minh Hợp tác xã thành phố Huế về hỗ trợ pháp lý cho kinh tế tập thể; xét đề nghị của Văn phòng "
           "Đoàn, Ban Chủ nhiệm Đoàn Luật sư thành phố Huế ban hành Kế hoạch tư vấn pháp luật miễn phí cho hợp tác "
           "xã, tổ hợp tác năm 2026, cụ thể:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Giúp hội đồng quản trị, ban kiểm soát và thành viên hợp tác xã nắm chắc, áp dụng đúng Luật Hợp tác xã năm "
     "2023 cùng các văn bản hướng dẫn; giúp tổ hợp tác hoàn thiện hợp đồng hợp tác giữa các thành viên.", "p"),
    ("2. Hoạt động tư vấn là tự nguyện, không thu bất kỳ khoản phí nào; số giờ luật sư tham gia được ghi nhận là giờ "
     "thực hiện nghĩa vụ trợ giúp pháp lý miễn phí năm 2026.", "p"),
    ("II. CÁC TỔ TƯ VẤN", "h"),
    ("Ban Chủ nhiệm lập 03 Tổ tư vấn từ các luật sư đã đăng ký tham gia:", "p"),
    ("- Tổ tư vấn số 1: Luật sư Tôn Thất Bảo Lâm (Công ty Luật TNHH Bảo Lâm Huế) làm Tổ trưởng, cùng 03 luật sư của "
     "hai văn phòng luật sư Hương Giang và An Cựu.", "p"),
    ("- Tổ tư vấn số 2: Luật sư Nguyễn Thị Diệu Hiền (Văn phòng Luật sư Diệu Hiền) làm Tổ trưởng, cùng 02 luật sư.",
     "p"),
    ("- Tổ tư vấn số 3: Luật sư Phan Văn Lực, Phó Chủ nhiệm Đoàn, làm Tổ trưởng, cùng 01 luật sư của Công ty Luật "
     "Thuận An và 03 người tập sự hành nghề luật sư.", "p"),
    ("III. LỊCH TƯ VẤN", "h"),
    ("Các buổi tư vấn bắt đầu lúc 8 giờ, tại hội trường UBND xã, phường nơi tổ chức (riêng Đợt 5 tại trụ sở Liên "
     "minh HTX thành phố); mỗi buổi dành ít nhất 01 giờ để từng hợp tác xã hỏi riêng về vụ việc của mình.", "p"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Đoàn", "h"),
    ("- Gửi Kế hoạch và lịch tư vấn đến Liên minh Hợp tác xã thành phố, UBND các xã, phường nơi tổ chức trước ngày "
     "30/6/2026; đăng lịch trên trang thông tin điện tử của Đoàn.", "p"),
    ("- In 500 cuốn sổ tay \u201cHỏi - đáp Luật Hợp tác xã năm 2023\u201d để phát tại các buổi tư vấn, xong trước "
     "Đợt 1.", "p"),
    ("- Nhận câu hỏi của hợp tác xã qua đường dây nóng và hộp thư điện tử của Đoàn từ ngày 01/7 đến hết ngày "
     "31/8/2026, chuyển cho Tổ tư vấn số 3 chuẩn bị trả lời tại Đợt 5.", "p"),
    ("2. Các Tổ tư vấn", "h"),
    ("- Tổ trưởng phân công luật sư soạn tài liệu, mẫu điều lệ, mẫu hợp đồng trước mỗi buổi tư vấn ít nhất 05 "
     "ngày.", "p"),
    ("- Ghi phiếu tư vấn cho từng hợp tác xã; vụ việc cần theo dõi tiếp thì báo Văn phòng Đoàn để cử luật sư hỗ trợ "
     "miễn phí đến khi xong việc.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã thành phố thông báo lịch tư vấn đến các hợp tác xã thành viên trước mỗi đợt 07 "
     "ngày, cử cán bộ dự các buổi tư vấn và bố trí hội trường cho Đợt 5.", "p"),
    ("4. Kính đề nghị UBND các xã, phường nơi tổ chức tư vấn mời các hợp tác xã, tổ hợp tác trên địa bàn dự đủ thành "
     "phần; báo số người dự về Văn phòng Đoàn chậm nhất 03 ngày trước buổi tư vấn.", "p"),
    ("5. Văn phòng Đoàn tổng hợp phiếu tư vấn, đánh giá kết quả, báo cáo Ban Chủ nhiệm và Liên đoàn Luật sư Việt Nam "
     "trước ngày 15/10/2026.", "p"),
    ("Trên đây là Kế hoạch tư vấn pháp luật miễn phí cho hợp tác xã, tổ hợp tác năm 2026 của Đoàn Luật sư thành phố "
     "Huế. Có vướng mắc, các Tổ tư vấn báo về Văn phòng Đoàn (đồng chí Chánh Văn phòng) để kịp thời xử lý./.", "p"),
]

COLUMNS = ["Đợt", "Thời gian", "Địa điểm", "Nội dung tư vấn trọng tâm", "Tổ thực hiện", "Phối hợp"]
WIDTHS = [Cm(1.3), Cm(1.9), Cm(2.4), Cm(6.0), Cm(2.4), Cm(2.8)]
ROWS = [
    ("Đợt 1", ["Thứ Bảy", "11/7"], "Xã Phong Điền",
     "Sửa đổi điều lệ, quy chế nội bộ của hợp tác xã nông nghiệp cho đúng với Luật Hợp tác xã năm 2023; thủ tục "
     "đăng ký thay đổi nội dung đăng ký hợp tác xã", "Tổ tư vấn số 1", "UBND xã Phong Điền, Liên minh HTX thành phố"),
    ("Đợt 2", ["Thứ Bảy", "25/7"], "Phường Hương Trà",
     "Hợp đồng mua bán nông sản, hợp đồng liên kết với doanh nghiệp; cách xử lý khi đối tác chậm thanh toán",
     "Tổ tư vấn số 2", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hương Trà"),
    ("Đợt 3", ["Thứ Bảy", "08/8"], "Xã Phú Vang",
     "Giao khu vực biển, thuê mặt nước cho hợp tác xã nuôi trồng thủy sản; chuyển tổ hợp tác thành hợp tác xã",
     "Tổ tư vấn số 3", "UBND xã Phú Vang"),
    ("Đợt 4", ["Thứ Bảy", "22/8"], "Xã Phú Lộc",
     "Hợp đồng lao động, bảo hiểm xã hội cho người làm việc trong hợp tác xã du lịch cộng đồng, thủ công mỹ nghệ",
     "Tổ tư vấn số 1, Tổ tư vấn số 2", ""),
    ("Đợt 5", ["Thứ Bảy", "12/9"], "Trụ sở Liên minh HTX thành phố",
     "Trả lời các câu hỏi hợp tác xã gửi về qua đường dây nóng, hộp thư của Đoàn; tổng kết các đợt tư vấn",
     "Tổ tư vấn số 3", "Liên minh HTX thành phố"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN ĐOÀN LUẬT SƯ VIỆT NAM", "ĐOÀN LUẬT SƯ THÀNH PHỐ HUẾ"], "Số: 27/KH-ĐLS",
                 "Huế, ngày 16 tháng 6 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tư vấn pháp luật miễn phí cho hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    para(doc, OPENING)
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
                cell_lines(cell, value if isinstance(value, list) else [value], center=i in (0, 1))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên đoàn Luật sư Việt Nam (b/c);", "- Sở Tư pháp (b/c);",
                          "- Liên minh HTX thành phố;", "- UBND các xã, phường: Phong Điền, Hương Trà, Phú Vang, Phú Lộc;",
                          "- Các Tổ tư vấn;", "- Lưu: VP Đoàn."],
                    ["TM. BAN CHỦ NHIỆM", "CHỦ NHIỆM", "", "", "", "Hồ Sĩ Thuyên"])
    return saved(doc, author="Văn phòng Đoàn Luật sư", editor="Văn phòng Đoàn Luật sư",
                 title="Kế hoạch 27/KH-ĐLS", created=datetime(2026, 6, 10, 14, 5, 0),
                 modified=datetime(2026, 6, 16, 10, 20, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
