"""Write a_lam-dong_57-KH-TTKC-2026_trung-tam-khuyen-cong-danh-muc-de-an.docx, the forty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen44/make_docx.py [OUT]

A provincial industrial-promotion centre's plan (February 2026, after Lâm Đồng, Đắk Nông and Bình Thuận were merged)
carrying out the local khuyến công projects the Sở Công Thương approved for cooperatives: the "Căn cứ" lines, I.
purposes ("-" lines), II. one sentence over a bordered table of the APPROVED PROJECTS TT | Tên đề án | Đơn vị thụ
hưởng | Kinh phí KCĐP (triệu đồng) | Phòng thực hiện | Đơn vị phối hợp | Thời gian thực hiện, seven rows and a total
row; III. four numbered paragraphs of the centre's units and of the beneficiaries; the closing sentence, the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_57-KH-TTKC-2026_trung-tam-khuyen-cong-danh-muc-de-an.docx"

CAN_CU = [
    "Căn cứ Quyết định số 1426/QĐ-SCT ngày 29/12/2025 của Sở Công Thương tỉnh Lâm Đồng về việc phê duyệt danh mục "
    "đề án khuyến công địa phương năm 2026;",
    "Căn cứ dự toán thu, chi ngân sách nhà nước năm 2026 giao cho Trung tâm,",
]
OPENING = ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Lâm Đồng (sau đây gọi tắt là Trung tâm) xây "
           "dựng Kế hoạch triển khai các đề án có đơn vị thụ hưởng là hợp tác xã, tổ hợp tác như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Triển khai đúng nội dung, tiến độ và mức kinh phí của 07 đề án được duyệt; giải ngân hết nguồn khuyến công "
     "địa phương năm 2026 bố trí cho khu vực kinh tế tập thể.", "p"),
    ("- Đơn vị thụ hưởng đối ứng phần kinh phí còn lại theo quy định, tự vận hành, bảo dưỡng máy móc, thiết bị sau "
     "khi được hỗ trợ; không dùng thiết bị sai mục đích.", "p"),
    ("II. DANH MỤC ĐỀ ÁN VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Danh mục đề án đã phê duyệt, đơn vị thụ hưởng, phòng được giao thực hiện và thời gian thực hiện như bảng "
     "sau:", "p"),
]

COLUMNS = ["TT", "Tên đề án", "Đơn vị thụ hưởng", "Kinh phí KCĐP (triệu đồng)", "Phòng thực hiện",
           "Đơn vị phối hợp", "Thời gian thực hiện"]
WIDTHS = [Cm(0.9), Cm(4.6), Cm(2.8), Cm(1.6), Cm(2.4), Cm(2.2), Cm(1.9)]
ROWS = [
    ("1", "Hỗ trợ ứng dụng dây chuyền rang, xay và đóng gói cà phê bột quy mô nhỏ",
     "HTX Cà phê Đồi Thông (xã Lâm Hà)", "450", "Phòng Nghiệp vụ khuyến công", "UBND xã Lâm Hà",
     "Quý II - III/2026"),
    ("2", "Xây dựng mô hình trình diễn kỹ thuật dệt thổ cẩm trên khung dệt cải tiến",
     "HTX Dệt thổ cẩm Bình Đức (xã Bắc Bình)", "380", "Phòng Tư vấn và Chuyển giao công nghệ",
     "UBND xã Bắc Bình", "Tháng 5 - 8/2026"),
    ("3", "Đào tạo nghề, truyền nghề đan lát mây tre cho 35 lao động nông thôn",
     "Tổ hợp tác đan lát Đạ Tẻh", "160", "Phòng Nghiệp vụ khuyến công",
     "UBND xã Đạ Tẻh, Hội LHPN xã Đạ Tẻh", "Quý III/2026"),
    ("4", "Hỗ trợ máy lọc, chiết rót và đóng chai nước mắm truyền thống",
     "HTX Chế biến hải sản Phú Hài", "500", "Phòng Tư vấn và Chuyển giao công nghệ", "",
     "Trước 30/9/2026"),
    ("5", "Hỗ trợ các HTX có sản phẩm công nghiệp nông thôn tiêu biểu tham gia hội chợ khu vực Tây Nguyên",
     "06 HTX (theo danh sách Sở Công Thương duyệt)", "120", "Phòng Thông tin và Xúc tiến",
     "Liên minh HTX tỉnh", "Tháng 10/2026"),
    ("6", "Hỗ trợ thiết kế nhãn mác, bao bì và tem truy xuất nguồn gốc cho sản phẩm trà atisô",
     "HTX Atisô Lang Biang", "90", "Phòng Tư vấn và Chuyển giao công nghệ", "Sở Khoa học và Công nghệ",
     "6 tháng cuối năm"),
    ("7", "Tổ chức hội thảo chuyển đổi số trong quản lý sản xuất, bán hàng cho HTX công nghiệp nông thôn",
     "Các HTX, THT trên địa bàn tỉnh", "70", "Phòng Thông tin và Xúc tiến", "Sở Khoa học và Công nghệ",
     "Quý IV/2026"),
    ("", "Tổng cộng", "", "1.770", "", "", ""),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Nghiệp vụ khuyến công là đầu mối, hướng dẫn các đơn vị thụ hưởng hoàn thiện hồ sơ và ký hợp đồng "
     "thực hiện đề án trước ngày 15/3/2026; tổng hợp tiến độ các đề án, báo cáo Giám đốc Trung tâm vào ngày 25 "
     "hằng tháng.", "p"),
    ("2. Phòng Hành chính - Kế toán tạm ứng, thanh toán kinh phí theo hợp đồng và khối lượng nghiệm thu; hoàn thành "
     "quyết toán kinh phí các đề án trước ngày 15/12/2026.", "p"),
    ("3. Phòng được giao thực hiện đề án phối hợp với UBND xã sở tại tổ chức nghiệm thu tại cơ sở sản xuất trong 10 "
     "ngày làm việc kể từ khi máy móc, thiết bị được lắp đặt và chạy thử.", "p"),
    ("4. Đề nghị các hợp tác xã, tổ hợp tác thụ hưởng bố trí vốn đối ứng, mặt bằng lắp đặt thiết bị theo hợp đồng; "
     "gửi báo cáo hiệu quả sản xuất về Trung tâm sau 06 tháng đưa thiết bị vào sử dụng.", "p"),
    ("Trên đây là Kế hoạch triển khai các đề án khuyến công địa phương năm 2026 hỗ trợ hợp tác xã, tổ hợp tác của "
     "Trung tâm./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG", "TRUNG TÂM KHUYẾN CÔNG VÀ", "TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP"],
                 "Số: 57/KH-TTKC", "Lâm Đồng, ngày 10 tháng 02 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai các đề án khuyến công địa phương năm 2026", bold=True, center=True)
    para(doc, "hỗ trợ hợp tác xã, tổ hợp tác", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0] or values[1] == "Tổng cộng":
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3, 6))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Công Thương (b/c);", "- UBND các xã: Lâm Hà, Bắc Bình, Đạ Tẻh;",
                          "- Các đơn vị thụ hưởng;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, NVKC."],
                    ["GIÁM ĐỐC", "", "", "", "", "Lưu Thế Hiển"])
    return saved(doc, author="Phòng Nghiệp vụ khuyến công", editor="Văn thư Trung tâm Khuyến công",
                 title="Kế hoạch 57/KH-TTKC", created=datetime(2026, 2, 3, 9, 12, 0),
                 modified=datetime(2026, 2, 10, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
