"""Write a_hung-yen_73-KH-CCQLCL-2026_chi-cuc-chat-luong-truy-xuat-htx-bang-dot-kiem-tra.docx, the sixtieth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen60/make_docx.py [OUT]

A quality-control sub-department's plan in Word (May 2026, under the merged Sở Nông nghiệp và Môi trường): I.
purposes, II. numbered contents in prose (a unit's work, then its partners in a sentence of their own), II.3 one
sentence over a bordered table of inspection rounds Đợt | Thời gian | Nội dung kiểm tra | Đơn vị chủ trì | Đơn vị
phối hợp (the time in the second column), III. the units' own work, the closing sentence, the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_73-KH-CCQLCL-2026_chi-cuc-chat-luong-truy-xuat-htx-bang-dot-kiem-tra.docx"

# (text, style): "h" a bold heading, "s" an italic subheading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp các hợp tác xã sản xuất lúa, rau, nhãn, cá và gà thịt trên địa bàn tỉnh ghi chép nhật ký, dán tem và "
     "cập nhật thông tin lô hàng để người mua tra cứu được nguồn gốc.", "p"),
    ("- Đến hết năm 2026 có thêm ít nhất 40 hợp tác xã có sản phẩm được gắn mã QR truy xuất; không để hợp tác xã nào "
     "dùng tem truy xuất khi chưa có hồ sơ lô hàng.", "p"),
    ("II. NỘI DUNG THỰC HIỆN", "h"),
    ("1. Tập huấn, hướng dẫn", "s"),
    ("Phòng Quản lý chất lượng mở 04 lớp tập huấn cho ban giám đốc và cán bộ kỹ thuật của 60 hợp tác xã về ghi nhật "
     "ký sản xuất, mã số lô hàng và tem truy xuất; hoàn thành trong tháng 6/2026. Phối hợp: Liên minh Hợp tác xã "
     "tỉnh; Trung tâm Khuyến nông.", "p"),
    ("Phòng Thông tin và Phát triển thị trường hướng dẫn 25 hợp tác xã mở tài khoản và nhập dữ liệu lô hàng trên Cổng "
     "truy xuất nguồn gốc của tỉnh, xong trước 31/8/2026. Phối hợp: Sở Khoa học và Công nghệ; UBND các xã có hợp tác "
     "xã tham gia.", "p"),
    ("2. Hỗ trợ gắn mã và kết nối tiêu thụ", "s"),
    ("Phòng Thông tin và Phát triển thị trường làm đầu mối đề nghị Sở Công Thương đưa các hợp tác xã đã gắn mã QR vào "
     "danh sách giới thiệu với siêu thị, bếp ăn tập thể trong quý III/2026.", "p"),
    ("Trạm Kiểm nghiệm (thuộc Chi cục) lấy mẫu kiểm nghiệm miễn phí dư lượng thuốc bảo vệ thực vật, kháng sinh cho "
     "sản phẩm của các hợp tác xã mới tham gia, mỗi hợp tác xã 02 mẫu; thời gian: khi hợp tác xã đăng ký.", "p"),
    ("3. Kiểm tra theo đợt", "s"),
    ("Chi cục tổ chức kiểm tra việc ghi chép, lưu hồ sơ và dán tem truy xuất tại hợp tác xã theo ba đợt dưới đây; "
     "kết quả mỗi đợt gửi Chi cục trưởng trong 10 ngày sau khi kết thúc đợt.", "p"),
]

COLUMNS = ["Đợt", "Thời gian", "Nội dung kiểm tra", "Đơn vị chủ trì", "Đơn vị phối hợp"]
WIDTHS = [Cm(1.2), Cm(2.8), Cm(6.2), Cm(3.0), Cm(3.8)]
ROWS = [
    ("Đợt 1", "Từ 15/6 đến 10/7/2026", "Hợp tác xã trồng rau, lúa vụ chiêm xuân: nhật ký sử dụng phân bón, thuốc "
     "bảo vệ thực vật; sổ xuất bán", "Phòng Thanh tra - Pháp chế", "UBND các xã; Chi cục Trồng trọt và BVTV"),
    ("Đợt 2", "Tháng 8/2026 (mùa nhãn)", "Hợp tác xã nhãn lồng, vải: mã số vùng trồng, tem truy xuất trên thùng "
     "hàng xuất bán", "Phòng Quản lý chất lượng", "Trạm Trồng trọt và BVTV khu vực Khoái Châu"),
    ("Đợt 3", "Tháng 11 - 12/2026", "Hợp tác xã nuôi cá, chăn nuôi gà: hồ sơ giống, thức ăn, thuốc thú y; nhật ký "
     "xuất chuồng, xuất ao", "Phòng Thanh tra - Pháp chế", "Chi cục Chăn nuôi, Thú y và Thủy sản (Sở NN&MT)"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp cân đối, dành kinh phí từ nguồn sự nghiệp năm 2026 được giao cho Chi cục, trình Chi cục "
     "trưởng trước ngày 31/5/2026.", "p"),
    ("2. Các phòng, trạm nêu tại mục II báo cáo kết quả về Phòng Quản lý chất lượng trước ngày 05/12/2026; Phòng "
     "Quản lý chất lượng tổng hợp chung, gửi Sở Nông nghiệp và Môi trường chậm nhất ngày 15/12/2026.", "p"),
    ("Trong quá trình thực hiện, nếu có khó khăn, các đơn vị báo cáo Chi cục trưởng để xem xét, điều chỉnh./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HƯNG YÊN", "CHI CỤC QUẢN LÝ CHẤT LƯỢNG", "NÔNG LÂM SẢN VÀ THỦY SẢN"],
                 "Số: 73/KH-CCQLCL", "Hưng Yên, ngày 12 tháng 5 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hướng dẫn, kiểm tra truy xuất nguồn gốc sản phẩm của hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Kế hoạch công tác năm 2026 của Sở Nông nghiệp và Môi trường tỉnh Hưng Yên; xét đề nghị của "
              "Phòng Quản lý chất lượng, Chi cục ban hành Kế hoạch với các nội dung dưới đây:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 1))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- LMHTX tỉnh, TT Khuyến nông;",
                          "- UBND các xã có HTX tham gia;", "- Các phòng, trạm thuộc Chi cục;", "- Lưu: VT, QLCL."],
                    ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Đào Văn Khiêm"])
    return saved(doc, author="Phòng Quản lý chất lượng", editor="Văn thư Chi cục",
                 title="Kế hoạch 73/KH-CCQLCL", created=datetime(2026, 5, 6, 9, 10, 0),
                 modified=datetime(2026, 5, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
