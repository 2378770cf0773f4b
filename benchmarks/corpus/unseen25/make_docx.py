"""Write a_ha-tinh_42-KH-LMHTX-2026_doan-cong-tac-hoc-tap-kinh-nghiem.docx, the twenty-fifth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen25/make_docx.py [OUT]

A provincial Liên minh's plan for a STUDY TOUR (August 2026): I. purposes, II. who goes (a list, not tasks), III. the
itinerary as a bordered table Ngày | Nội dung làm việc | Địa điểm (not tasks), IV. funding, V. the share-out of the
preparation and follow-up under per-unit headings ending with a colon, "-" items whose times are written at the end
in several ways; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_ha-tinh_42-KH-LMHTX-2026_doan-cong-tac-hoc-tap-kinh-nghiem.docx"

OPENING = ("Thực hiện Chương trình công tác năm 2026 của Ban Thường vụ, Liên minh Hợp tác xã tỉnh Hà Tĩnh xây dựng Kế "
           "hoạch tổ chức đoàn công tác đi khảo sát, học tập mô hình hợp tác xã nông nghiệp ứng dụng công nghệ cao "
           "tại tỉnh Lâm Đồng, cụ thể như sau:")

BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp cán bộ quản lý hợp tác xã của tỉnh tiếp cận cách tổ chức sản xuất rau, hoa trong nhà màng, quản trị "
     "chuỗi cung ứng và bán hàng qua sàn thương mại điện tử của các hợp tác xã vùng Đà Lạt, Đơn Dương.", "p"),
    ("- Sau chuyến đi, lựa chọn được mô hình phù hợp để nhân rộng tại Hà Tĩnh; đoàn đi đúng thành phần, tiết kiệm, an "
     "toàn.", "p"),
    ("II. THÀNH PHẦN ĐOÀN", "h"),
    ("- Trưởng đoàn: đồng chí Phan Văn Thịnh, Phó Chủ tịch Liên minh Hợp tác xã tỉnh.", "p"),
    ("- Đại diện Sở Tài chính, Sở Nông nghiệp và Môi trường (mỗi sở 01 người, do sở cử).", "p"),
    ("- Giám đốc 18 hợp tác xã nông nghiệp tiêu biểu và cán bộ các ban chuyên môn của Liên minh; tổng số 26 người.",
     "p"),
    ("III. THỜI GIAN, ĐỊA ĐIỂM VÀ LỊCH TRÌNH", "h"),
    ("Đoàn đi 05 ngày, từ ngày 06/10/2026 đến ngày 10/10/2026, bằng đường hàng không và ô tô; lịch trình dự kiến:",
     "p"),
]

ITINERARY_COLUMNS = ["Ngày", "Nội dung làm việc", "Địa điểm"]
ITINERARY_WIDTHS = [Cm(2.6), Cm(9.4), Cm(4.6)]
ITINERARY = [
    ("06/10/2026", "Bay từ Vinh vào Liên Khương; làm việc với Liên minh Hợp tác xã tỉnh Lâm Đồng", "Phường Xuân Hương "
     "- Đà Lạt"),
    ("07/10/2026", "Thăm mô hình trồng rau thủy canh, hoa cắt cành trong nhà màng của hai hợp tác xã", "Xã Đơn Dương"),
    ("08/10/2026", "Tìm hiểu quy trình sơ chế, đóng gói và truy xuất nguồn gốc; trao đổi về liên kết với siêu thị",
     "Xã Hiệp Thạnh"),
    ("09/10/2026", "Tọa đàm về quản trị hợp tác xã và bán hàng trực tuyến", "Phường Lâm Viên - Đà Lạt"),
    ("10/10/2026", "Trở về Hà Tĩnh", ""),
]

AFTER_TABLE = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí đi lại, ăn ở của cán bộ Liên minh chi từ nguồn kinh phí hoạt động thường xuyên năm 2026; các hợp tác xã "
     "và các sở tự chi trả cho người của đơn vị mình đi.", "p"),
    ("V. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Văn phòng Liên minh:", "p"),
    ("- Liên hệ, thống nhất nội dung và lịch làm việc với Liên minh Hợp tác xã tỉnh Lâm Đồng, các hợp tác xã nơi đoàn "
     "đến; xong trước ngày 25/9/2026.", "p"),
    ("- Lập dự toán, đặt vé máy bay, phương tiện, nơi ở cho đoàn; hoàn thành chậm nhất ngày 30/9/2026.", "p"),
    ("- Chủ trì thanh, quyết toán kinh phí chuyến đi theo quy định, trong tháng 11/2026.", "p"),
    ("2. Ban Kiểm tra - Hỗ trợ:", "p"),
    ("- Lựa chọn, gửi giấy mời 18 hợp tác xã tham gia đoàn, phối hợp với Sở Nông nghiệp và Môi trường đề xuất danh "
     "sách; hạn gửi giấy mời là 15/9/2026.", "p"),
    ("- Tổng hợp kết quả chuyến đi, đề xuất 02 - 03 mô hình nhân rộng, báo cáo Ban Thường vụ vào tuần cuối tháng "
     "10/2026.", "p"),
    ("3. Ban Tuyên truyền - Thi đua:", "p"),
    ("- Viết tin, bài về chuyến đi đăng trên Trang thông tin điện tử của Liên minh và gửi Báo và Phát thanh, Truyền hình"
     " Hà Tĩnh, ngay trong thời gian đoàn công tác.", "p"),
    ("4. Đề nghị Sở Tài chính, Sở Nông nghiệp và Môi trường cử người tham gia đoàn, gửi danh sách về Văn phòng Liên "
     "minh trước 20/9/2026.", "p"),
    ("5. Các hợp tác xã có giám đốc tham gia đoàn: sau chuyến đi, xây dựng phương án áp dụng ít nhất một nội dung đã học"
     " tập vào sản xuất của hợp tác xã mình, gửi Ban Kiểm tra - Hỗ trợ trong quý IV/2026.", "p"),
    ("Trên đây là Kế hoạch tổ chức đoàn công tác khảo sát, học tập kinh nghiệm năm 2026 của Liên minh Hợp tác xã tỉnh "
     "Hà Tĩnh./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["LIÊN MINH HTX VIỆT NAM", "LIÊN MINH HỢP TÁC XÃ", "TỈNH HÀ TĨNH"], "Số: 42/KH-LMHTX",
                 "Hà Tĩnh, ngày 12 tháng 8 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức đoàn công tác khảo sát, học tập kinh nghiệm về hợp tác xã nông nghiệp ứng dụng công nghệ "
              "cao tại tỉnh Lâm Đồng", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ITINERARY), cols=len(ITINERARY_COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [ITINERARY_COLUMNS, *ITINERARY]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = ITINERARY_WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX Việt Nam (b/c);", "- TT Tỉnh ủy, UBND tỉnh (b/c);",
                          "- Sở TC, Sở NN&MT;", "- LMHTX tỉnh Lâm Đồng;", "- Các HTX có tên trong đoàn;",
                          "- Lưu: VT, VP."],
                    ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phan Văn Thịnh"])
    return saved(doc, author="Văn phòng Liên minh", editor="Văn thư LMHTX Hà Tĩnh",
                 title="Kế hoạch 42/KH-LMHTX", created=datetime(2026, 8, 5, 14, 10, 0),
                 modified=datetime(2026, 8, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
