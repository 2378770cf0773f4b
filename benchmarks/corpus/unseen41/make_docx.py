"""Write a_dong-thap_512-KH-VCAQMN-2026_vien-nghien-cuu-mo-hinh-theo-giai-doan.docx, the forty-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen41/make_docx.py [OUT]

A research institute's plan for transferring techniques to fruit-growing cooperatives over one crop season (September
2026): a three-line letterhead (ministry, academy, institute), I. purposes, II. the models' size and places (facts),
III. one sentence saying that the times follow the crop's stages, then a bordered table TT | Mô hình, nội dung chuyển
giao | Địa điểm (HTX, THT) | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian (theo giai đoạn cây trồng), seven rows,
no group rows and no merged cells, the leads the institute's own departments and centres; IV. three numbered
paragraphs of its offices and of the Liên minh; the closing sentence; the signature beside "Nơi nhận". Every paragraph
is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_512-KH-VCAQMN-2026_vien-nghien-cuu-mo-hinh-theo-giai-doan.docx"

OPENING = ("Căn cứ Chương trình hợp tác số 07/CTrHT-VCAQMN-LMHTX ngày 18/3/2026 giữa Viện Cây ăn quả miền Nam và Liên "
           "minh Hợp tác xã tỉnh Đồng Tháp; theo đề nghị của các hợp tác xã tại hội thảo đầu bờ ngày 21/8/2026, Viện "
           "Cây ăn quả miền Nam (sau đây gọi là Viện) lập Kế hoạch chuyển giao tiến bộ kỹ thuật cho các hợp tác xã "
           "(HTX), tổ hợp tác (THT) trồng cây ăn quả trong vụ 2026 - 2027 như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa nhanh các kết quả nghiên cứu của Viện về giống, kỹ thuật canh tác, bảo vệ thực vật và sau thu hoạch vào "
     "sản xuất của các HTX, THT, giúp HTX đáp ứng yêu cầu mã số vùng trồng của thị trường xuất khẩu.", "p"),
    ("- Mỗi mô hình có một đơn vị của Viện chủ trì từ đầu đến cuối vụ; cán bộ kỹ thuật hướng dẫn tại vườn, không "
     "làm thay thành viên HTX.", "p"),
    ("II. QUY MÔ, ĐỊA ĐIỂM", "h"),
    ("Vụ 2026 - 2027 Viện xây dựng 04 mô hình trình diễn với tổng diện tích 46 ha tại 04 HTX, THT của các tỉnh Đồng "
     "Tháp, Vĩnh Long và Tây Ninh (sầu riêng 12 ha, xoài 10 ha, bưởi da xanh 9 ha, thanh long 15 ha); các hộ "
     "thành viên tham gia mô hình được hỗ trợ 50% vật tư theo định mức của nhiệm vụ khoa học và công nghệ.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Thời gian thực hiện mỗi nội dung được tính theo giai đoạn sinh trưởng của cây trồng; tháng ghi trong ngoặc là "
     "dự kiến cho vụ 2026 - 2027, các đơn vị điều chỉnh theo thời tiết thực tế.", "p"),
]

COLUMNS = ["TT", "Mô hình, nội dung chuyển giao", "Địa điểm (HTX, THT)", "Đơn vị chủ trì", "Đơn vị phối hợp",
           "Thời gian (theo giai đoạn cây trồng)"]
WIDTHS = [Cm(0.9), Cm(4.6), Cm(2.9), Cm(2.7), Cm(2.9), Cm(2.8)]
ROWS = [
    ("1", "Xử lý ra hoa sầu riêng nghịch vụ, bón phân cân đối theo từng giai đoạn của cây",
     "HTX Nông nghiệp Ngũ Hiệp, xã Ngũ Hiệp, tỉnh Đồng Tháp", "Bộ môn Kỹ thuật canh tác",
     "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp",
     "Từ xử lý ra hoa đến thu hoạch (tháng 10/2026 - tháng 4/2027)"),
    ("2", "Quản lý sâu đục trái, bệnh thán thư trên xoài cát Hòa Lộc theo hướng VietGAP",
     "HTX Xoài Mỹ Xương, xã Mỹ Xương, tỉnh Đồng Tháp", "Bộ môn Bảo vệ thực vật", "Trung tâm Khuyến nông tỉnh Đồng Tháp",
     "Giai đoạn ra hoa - đậu trái (tháng 12/2026 - tháng 02/2027)"),
    ("3", "Cải tạo vườn bưởi da xanh già cỗi, ghép chồi giống sạch bệnh",
     "THT bưởi da xanh ấp Phú Thuận, tỉnh Vĩnh Long", "Bộ môn Chọn tạo giống", "Trung tâm Khuyến nông tỉnh Vĩnh Long",
     "Ngay sau thu hoạch (tháng 3/2027)"),
    ("4", "Sơ chế, bảo quản lạnh thanh long ruột đỏ, đóng gói theo yêu cầu của thị trường xuất khẩu",
     "HTX Thanh long Châu Thành, tỉnh Tây Ninh", "Bộ môn Công nghệ sau thu hoạch", "Sở Công Thương tỉnh Tây Ninh",
     "Vụ thanh long nghịch vụ (tháng 11/2026 - tháng 3/2027)"),
    ("5", "Tập huấn ghi nhật ký đồng ruộng, truy xuất nguồn gốc để được cấp, duy trì mã số vùng trồng",
     "04 HTX, THT có mô hình", "Trung tâm Chuyển giao công nghệ và Khuyến nông",
     "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp, Liên minh Hợp tác xã tỉnh Đồng Tháp",
     "Trước đợt kiểm tra cấp mã số (dự kiến quý I/2027)"),
    ("6", "Hội thảo đầu bờ đánh giá mô hình, kết nối HTX với doanh nghiệp thu mua, xuất khẩu",
     "Tại mô hình số 1 và số 4", "Trung tâm Chuyển giao công nghệ và Khuyến nông",
     "Liên minh Hợp tác xã tỉnh Đồng Tháp", "Khi thu hoạch rộ (tháng 4/2027)"),
    ("7", "Sản xuất, cung ứng cây giống sầu riêng, bưởi sạch bệnh cho các HTX trồng mới, trồng dặm",
     "Các HTX, THT đăng ký với Viện", "Bộ môn Chọn tạo giống", "",
     "Đầu mùa mưa năm 2027 (tháng 5 - 6/2027)"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kế hoạch - Hợp tác quốc tế là đầu mối theo dõi tiến độ các mô hình; tổng hợp kết quả vụ 2026 - 2027, "
     "báo cáo Viện trưởng trước ngày 15/6/2027.", "p"),
    ("2. Phòng Tài chính - Kế toán bố trí kinh phí từ nhiệm vụ khoa học và công nghệ cấp Bộ và nguồn thu sự nghiệp "
     "của Viện; hướng dẫn các HTX có mô hình về chứng từ thanh toán phần vật tư được hỗ trợ trong tháng 10/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh Đồng Tháp thông tin Kế hoạch đến các HTX thành viên, giới thiệu thêm HTX "
     "đủ điều kiện tiếp nhận mô hình, gửi danh sách về Viện trước ngày 30/9/2026.", "p"),
    ("Trên đây là Kế hoạch chuyển giao tiến bộ kỹ thuật cho các HTX, THT trồng cây ăn quả vụ 2026 - 2027 của Viện "
     "Cây ăn quả miền Nam./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM",
                       "VIỆN CÂY ĂN QUẢ MIỀN NAM"], "Số: 512/KH-VCAQMN", "Đồng Tháp, ngày 14 tháng 9 năm 2026",
                 issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chuyển giao tiến bộ kỹ thuật cho các hợp tác xã, tổ hợp tác", bold=True, center=True)
    para(doc, "trồng cây ăn quả vụ 2026 - 2027", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Viện KHNN Việt Nam (b/c);", "- LMHTX các tỉnh Đồng Tháp, Vĩnh Long, Tây Ninh;",
                          "- Các HTX, THT có mô hình;", "- Các Bộ môn, Trung tâm, Phòng thuộc Viện;",
                          "- Lưu: VT, KH-HTQT."],
                    ["KT. VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "", "", "", "Huỳnh Thị Ngọc Trâm"])
    return saved(doc, author="Phòng Kế hoạch - Hợp tác quốc tế", editor="Văn thư Viện Cây ăn quả miền Nam",
                 title="Kế hoạch 512/KH-VCAQMN", created=datetime(2026, 9, 8, 14, 10, 0),
                 modified=datetime(2026, 9, 14, 9, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
