"""Write a_ha-tinh_27-KH-BPTTH-2026_bao-phat-thanh-truyen-hinh-chuyen-muc.docx, the thirty-seventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen37/make_docx.py [OUT]

A new kind: the plan of a province's merged newspaper and broadcaster (January 2026) for producing a year's series on
cooperatives with the Sở Tài chính and the Liên minh Hợp tác xã: an opening citing the three bodies' programme, I.
purposes, II. the series' format on each channel (prose, no doer), III. one sentence and a bordered production table
TT | Sản phẩm | Phòng chủ trì | Phối hợp | Thời lượng | Thời gian phát sóng, phát hành, its rows under group rows per
channel ("I" | "TRUYỀN HÌNH" with the other cells empty, no merged cells), broadcast slots as times; IV. four numbered
paragraphs of the units' and partners' own work; the signature beside "Nơi nhận". Plain paragraphs, numbers typed.

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
OUT = HERE / "a_ha-tinh_27-KH-BPTTH-2026_bao-phat-thanh-truyen-hinh-chuyen-muc.docx"

OPENING = ("Thực hiện Chương trình phối hợp số 04/CTrPH-STC-LMHTX-BPTTH ngày 10/12/2025 giữa Sở Tài chính, Liên minh "
           "Hợp tác xã tỉnh và Báo và Phát thanh, Truyền hình Hà Tĩnh về thông tin, tuyên truyền kinh tế tập thể giai "
           "đoạn 2026 - 2027, Ban Biên tập xây dựng Kế hoạch sản xuất chuyên mục \u201cKinh tế hợp tác\u201d trên các "
           "loại hình báo chí của cơ quan năm 2026 như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa thông tin về chủ trương, chính sách hỗ trợ hợp tác xã, tổ hợp tác đến người dân, nhất là ở các xã mới "
     "sau sắp xếp; giới thiệu cách làm hay của các hợp tác xã trong tỉnh.", "p"),
    ("- Mỗi sản phẩm có phòng chủ trì, đơn vị phối hợp cung cấp thông tin và khung giờ phát sóng, phát hành cố "
     "định; bảo đảm chất lượng nội dung, đúng định hướng.", "p"),
    ("II. NỘI DUNG, HÌNH THỨC", "h"),
    ("1. Truyền hình: chuyên mục \u201cKinh tế hợp tác\u201d thời lượng 15 phút, phát sóng lần đầu trên kênh HTV "
     "lúc 20 giờ 15 thứ Bảy, phát lại 10 giờ 00 Chủ nhật kế tiếp; phóng sự, tọa đàm theo chủ đề.", "p"),
    ("2. Phát thanh: chuyên mục 10 phút trên sóng FM 96,1 MHz và ứng dụng nghe trực tuyến của cơ quan.", "p"),
    ("3. Báo in, báo điện tử: trang chuyên đề định kỳ, tuyến bài, video ngắn và podcast đăng trên báo điện tử và "
     "các nền tảng mạng xã hội của cơ quan.", "p"),
    ("4. Chủ đề trọng tâm năm 2026: hợp tác xã sau sắp xếp đơn vị hành chính; tiếp cận vốn vay Quỹ Hỗ trợ phát "
     "triển hợp tác xã; chuyển đổi số, bán hàng trên sàn thương mại điện tử; hợp tác xã gắn với sản phẩm OCOP và "
     "du lịch cộng đồng.", "p"),
    ("III. PHÂN CÔNG SẢN XUẤT", "h"),
    ("Các phòng được giao chủ trì sản phẩm theo bảng dưới đây:", "p"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Chuyên đề là đầu mối, chủ động phối hợp với Sở Tài chính, Liên minh Hợp tác xã tỉnh thống nhất chủ đề "
     "từng kỳ; sơ kết 6 tháng, báo cáo Tổng Biên tập trước ngày 05/7/2026.", "p"),
    ("2. Phòng Kỹ thuật - Công nghệ bố trí trường quay, xe truyền hình lưu động cho các buổi tọa đàm trực tiếp, bảo "
     "đảm tín hiệu phát sóng đúng khung giờ (thường xuyên).", "p"),
    ("3. Phòng Kế hoạch - Tài chính lập dự toán kinh phí sản xuất chuyên mục từ nguồn đặt hàng của tỉnh, trình "
     "Tổng Biên tập phê duyệt trong tháng 01/2026.", "p"),
    ("4. Đề nghị Sở Tài chính, Liên minh Hợp tác xã tỉnh cử cán bộ đầu mối; cung cấp số liệu, giới thiệu hợp tác xã "
     "điển hình cho từng kỳ chuyên mục, gửi Phòng Chuyên đề trước ngày 20 hằng tháng.", "p"),
    ("Trên đây là Kế hoạch sản xuất chuyên mục \u201cKinh tế hợp tác\u201d năm 2026 của Báo và Phát thanh, Truyền "
     "hình Hà Tĩnh./.", "p"),
]

COLUMNS = ["TT", "Sản phẩm", "Phòng chủ trì", "Phối hợp", "Thời lượng", "Thời gian phát sóng, phát hành"]
WIDTHS = [Cm(1.0), Cm(5.2), Cm(2.6), Cm(3.2), Cm(1.8), Cm(3.2)]
# a group row is (numeral, title); a task row has six cells
ROWS = [
    ("I", "TRUYỀN HÌNH"),
    ("1", "Chuyên mục \u201cKinh tế hợp tác\u201d, 24 kỳ trong năm", "Phòng Chuyên đề",
     "Sở Tài chính, Liên minh Hợp tác xã tỉnh", "15 phút/kỳ", "20 giờ 15 thứ Bảy tuần thứ hai và tuần thứ tư hằng tháng"),
    ("2", "Phóng sự 02 kỳ về hợp tác xã kiểu mới nhân Ngày Hợp tác xã Việt Nam", "Phòng Thời sự",
     "Liên minh Hợp tác xã tỉnh", "20 phút/kỳ", "Trước ngày 11/4/2026"),
    ("3", "Tọa đàm trực tiếp \u201cVốn cho hợp tác xã: vướng ở đâu?\u201d", "Phòng Chuyên đề",
     "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "45 phút", "Quý III/2026"),
    ("II", "PHÁT THANH"),
    ("4", "Chuyên mục phát thanh \u201cNông thôn và hợp tác\u201d", "Phòng Phát thanh",
     "Sở Nông nghiệp và Môi trường", "10 phút/kỳ", "Thứ Tư hằng tuần"),
    ("5", "Tin, bài về hoạt động của hợp tác xã trong chương trình thời sự", "Phòng Thời sự",
     "Ủy ban nhân dân các xã, phường", "", "Thường xuyên"),
    ("III", "BÁO IN, BÁO ĐIỆN TỬ"),
    ("6", "Trang chuyên đề \u201cKinh tế hợp tác\u201d trên báo in", "Phòng Biên tập báo in",
     "Liên minh Hợp tác xã tỉnh", "01 trang", "Số thứ Năm cuối tháng"),
    ("7", "Tuyến bài 03 kỳ \u201cHợp tác xã sau sắp xếp đơn vị hành chính\u201d", "Phòng Báo điện tử",
     "Sở Tài chính", "03 kỳ", "Tháng 8/2026"),
    ("8", "Biên tập lại các kỳ chuyên mục thành video ngắn, podcast đăng trên báo điện tử và mạng xã hội",
     "Phòng Nội dung số", "Phòng Chuyên đề", "3 - 5 phút", "Sau mỗi kỳ phát sóng"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH HÀ TĨNH", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH", "HÀ TĨNH"], "Số: 27/KH-BPTTH",
                 "Hà Tĩnh, ngày 15 tháng 01 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Sản xuất chuyên mục \u201cKinh tế hợp tác\u201d năm 2026", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        head = row is table.rows[0]
        group = len(values) == 2
        cells = list(values) + [""] * (len(COLUMNS) - len(values))
        for i, (cell, value) in enumerate(zip(row.cells, cells)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if head or group else (), center=head or i in (0, 4, 5))
    para(doc)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Tài chính;", "- Liên minh HTX tỉnh;", "- Quỹ HTPT HTX tỉnh;",
                          "- Tổng Biên tập, các PTBT;", "- Các phòng liên quan (t/h);", "- Lưu: VT, CĐ."],
                    ["KT. TỔNG BIÊN TẬP", "PHÓ TỔNG BIÊN TẬP", "", "", "", "Đặng Thị Quỳnh Nga"])
    return saved(doc, author="Phòng Chuyên đề", editor="Văn thư Báo và PT-TH Hà Tĩnh",
                 title="Kế hoạch 27/KH-BPTTH", created=datetime(2026, 1, 9, 14, 10, 0),
                 modified=datetime(2026, 1, 15, 9, 45, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
