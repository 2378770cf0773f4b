"""Write a_quang-ngai_86-KH-TTNS-2025_nuoc-sach-ban-giao-cong-trinh-htx.docx, the sixty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen62/make_docx.py [OUT]

A rural water-supply centre's plan (August 2025, Quảng Ngãi after its merger with Kon Tum) for handing rural piped
water works over to cooperatives to run: I. purposes, II. the works to hand over, III. one bordered table
Công trình | Nội dung thực hiện | Bộ phận chủ trì | Phối hợp | Mốc hoàn thành whose first column names the water works
and is merged down over the rows of the same works (no TT column); IV. one paragraph of reporting; the signature
beside "Nơi nhận". Plain paragraphs with typed numbers (no Word numbering).

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
OUT = HERE / "a_quang-ngai_86-KH-TTNS-2025_nuoc-sach-ban-giao-cong-trinh-htx.docx"

BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Chuyển giao quyền quản lý, vận hành các công trình cấp nước sinh hoạt tập trung nông thôn quy mô nhỏ cho "
     "hợp tác xã có đủ năng lực, bảo đảm cấp nước liên tục, không để gián đoạn trong thời gian bàn giao.", "p"),
    ("2. Hợp tác xã nhận công trình phải có tổ vận hành được tập huấn, có phương án giá nước được UBND xã thống nhất.",
     "p"),
    ("II. CÔNG TRÌNH DỰ KIẾN BÀN GIAO", "h"),
    ("Năm 2025 Trung tâm dự kiến bàn giao 03 công trình với 2.140 hộ sử dụng nước: công trình cấp nước sinh hoạt xã "
     "Sơn Hà (thôn Gò Da, Hà Bắc) cho HTX Nông nghiệp và Dịch vụ Sơn Hà; công trình cấp nước tập trung xã Đăk Tô "
     "cho HTX Dịch vụ tổng hợp Đăk Tô; công trình cấp nước xã Nghĩa Hành cho HTX Nông nghiệp Nghĩa Hành. Năm 2024 "
     "đã bàn giao 05 công trình.", "p"),
    ("III. NỘI DUNG, PHÂN CÔNG", "h"),
]

COLUMNS = ["Công trình", "Nội dung thực hiện", "Bộ phận chủ trì", "Phối hợp", "Mốc hoàn thành"]
WIDTHS = [Cm(3.0), Cm(6.2), Cm(2.8), Cm(2.8), Cm(2.2)]
# (works — "" under a merged cell, work, lead, partners, time); MERGES: (first row, last row) of the works column
ROWS = [
    ("Cấp nước sinh hoạt xã Sơn Hà", "Kiểm kê tài sản, xác định giá trị còn lại của công trình; lập hồ sơ đề nghị "
     "giao cho HTX Nông nghiệp và Dịch vụ Sơn Hà quản lý", "Phòng Kế hoạch - Kỹ thuật",
     "Phòng Hành chính - Tổng hợp; UBND xã Sơn Hà", "Trước 15/9/2025"),
    ("", "Kèm cặp, tập huấn vận hành trạm bơm, châm clo và tự kiểm tra chất lượng nước cho 04 công nhân của hợp tác "
     "xã", "Đội Quản lý vận hành số 2", "HTX NN và DV Sơn Hà", "Tháng 10/2025"),
    ("Cấp nước tập trung xã Đăk Tô", "Sửa chữa bể lắng, thay 1,2 km đường ống chính bị rò rỉ trước khi bàn giao",
     "Phòng Kế hoạch - Kỹ thuật", "", "Trước mùa mưa (trước 30/9/2025)"),
    ("", "Thống nhất giá nước, phương án thu tiền nước với HTX Dịch vụ tổng hợp Đăk Tô, trình UBND xã thông qua",
     "Phòng Hành chính - Tổng hợp", "Sở Tài chính; UBND xã Đăk Tô", "Quý IV/2025"),
    ("Cấp nước xã Nghĩa Hành", "Lấy mẫu nước tại bể chứa và cuối mạng, gửi kết quả xét nghiệm cho hợp tác xã và "
     "UBND xã", "Tổ Xét nghiệm", "Trung tâm Kiểm soát bệnh tật tỉnh", "03 tháng/lần"),
    ("", "Hướng dẫn hợp tác xã lập sổ theo dõi khách hàng, dùng hóa đơn tiền nước điện tử", "Phòng Hành chính - "
     "Tổng hợp", "Thuế cơ sở 5 tỉnh Quảng Ngãi", "Trong 01 tháng sau khi bàn giao"),
    ("05 công trình bàn giao năm 2024", "Kiểm tra việc vận hành, duy tu của các hợp tác xã sau một năm nhận công "
     "trình; đề xuất thu hồi nếu hợp tác xã không bảo đảm cấp nước", "Phòng Kế hoạch - Kỹ thuật",
     "Chi cục Thủy lợi (Sở NN&MT)", "Tháng 11 - 12/2025"),
    ("Cả 03 công trình năm 2025", "Báo cáo Sở Nông nghiệp và Môi trường trình UBND tỉnh quyết định giao tài sản "
     "công trình cho hợp tác xã", "Ban Giám đốc", "Phòng Kế hoạch - Kỹ thuật", "Tháng 9/2025"),
]
MERGES = [(0, 1), (2, 3), (4, 5)]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Hành chính - Tổng hợp tổng hợp kết quả bàn giao, báo cáo Sở Nông nghiệp và Môi trường trước ngày "
     "20/12/2025.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TRUNG TÂM NƯỚC SẠCH VÀ", "VỆ SINH MÔI TRƯỜNG NÔNG THÔN"],
                 "Số: 86/KH-TTNS", "Quảng Ngãi, ngày 18 tháng 8 năm 2025", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bàn giao công trình cấp nước sinh hoạt tập trung nông thôn", bold=True, center=True)
    para(doc, "cho hợp tác xã quản lý, vận hành năm 2025", bold=True, center=True)
    para(doc, "Căn cứ chức năng, nhiệm vụ của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Quảng Ngãi; "
              "thực hiện chỉ đạo của Sở Nông nghiệp và Môi trường về sắp xếp mô hình quản lý công trình cấp nước "
              "nông thôn, Trung tâm lập Kế hoạch như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i == 4)
    for first, last in MERGES:
        table.cell(1 + first, 0).merge(table.cell(1 + last, 0))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND các xã Sơn Hà, Đăk Tô, Nghĩa Hành;",
                          "- Các HTX nhận bàn giao;", "- Ban Giám đốc;", "- Các phòng, đội;", "- Lưu: VT, KHKT."],
                    ["GIÁM ĐỐC", "", "", "", "", "Đinh Văn Thạch"])
    return saved(doc, author="Phòng KHKT", editor="TTNS Quảng Ngãi",
                 title="Kế hoạch 86/KH-TTNS", created=datetime(2025, 8, 12, 14, 10, 0),
                 modified=datetime(2025, 8, 18, 9, 35, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
