"""Write a_da-nang_215-KH-KSBT-2026_cdc-giam-sat-htx-bep-an-truong-hoc.docx, the ninetieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen90/make_docx.py [OUT]

A city Centre for Disease Control's plan (August 2026) for watching over the food that cooperatives and groups supply
to school kitchens: I. purposes, II. whom it covers, III. one bordered table STT | Đơn vị thực hiện | Nội dung |
Phối hợp | Thời gian with the doer in the SECOND column, before the work, partners in one cell separated by
semicolons; IV. two numbered paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_da-nang_215-KH-KSBT-2026_cdc-giam-sat-htx-bep-an-truong-hoc.docx"

BEFORE = [
    ("Căn cứ Luật An toàn thực phẩm năm 2010;", "i"),
    ("Căn cứ Kế hoạch số 1904/KH-SYT ngày 22/7/2026 của Sở Y tế thành phố Đà Nẵng về bảo đảm an toàn thực phẩm "
     "trong trường học năm học 2026 - 2027;", "i"),
    ("Trung tâm Kiểm soát bệnh tật thành phố xây dựng Kế hoạch giám sát thực phẩm do hợp tác xã, tổ hợp tác cung ứng "
     "cho bếp ăn trường học như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Phát hiện sớm nguy cơ ô nhiễm trong rau, thịt, gạo và suất ăn sẵn mà các hợp tác xã giao cho bếp ăn tập "
     "thể của trường mầm non, tiểu học; không để xảy ra ngộ độc thực phẩm tại trường.", "p"),
    ("2. Giúp hợp tác xã khắc phục ngay các điểm chưa đạt, không thay thế việc thanh tra của cơ quan có thẩm "
     "quyền.", "p"),
    ("II. ĐỐI TƯỢNG, PHẠM VI", "h"),
    ("- 23 hợp tác xã và 6 tổ hợp tác đang cung ứng thực phẩm cho 146 bếp ăn tập thể trường học trên địa bàn thành "
     "phố (theo danh sách Sở Giáo dục và Đào tạo cung cấp tháng 7/2026).", "p"),
    ("- Thời gian: học kỳ I năm học 2026 - 2027.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Các khoa, phòng thực hiện theo bảng dưới đây:", "p"),
]

COLUMNS = ["STT", "Đơn vị thực hiện", "Nội dung", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(3.2), Cm(6.6), Cm(3.4), Cm(2.8)]
ROWS = [
    ("1", "Khoa Dinh dưỡng", "Lập sơ đồ nguồn cung của từng bếp ăn trường học: hợp tác xã, tổ hợp tác nào giao mặt "
     "hàng gì, vùng trồng, cơ sở giết mổ", "Sở Giáo dục và Đào tạo; Chi cục An toàn vệ sinh thực phẩm",
     "Trước 31/8/2026"),
    ("2", "Khoa Xét nghiệm", "Lấy 180 mẫu rau, thịt, gạo tại kho hoặc điểm sơ chế của hợp tác xã; xét nghiệm nhanh "
     "và định lượng dư lượng thuốc bảo vệ thực vật, chỉ tiêu vi sinh", "Khoa Dinh dưỡng", "Tháng 9 - 10/2026"),
    ("3", "Khoa Dinh dưỡng", "Giám sát đột xuất điều kiện sơ chế, bảo quản, vận chuyển của 8 hợp tác xã nấu suất "
     "ăn sẵn giao cho trường", "Trung tâm Y tế khu vực; UBND xã, phường nơi có trường", "Quý IV/2026"),
    ("4", "Khoa Truyền thông - Giáo dục sức khỏe", "Biên soạn tờ gấp và tập huấn kiến thức an toàn thực phẩm cho "
     "khoảng 120 thành viên hợp tác xã trực tiếp sơ chế, nấu ăn", "Liên minh HTX thành phố", "Tháng 10/2026"),
    ("5", "Khoa Phòng chống bệnh truyền nhiễm", "Điều tra dịch tễ, lấy mẫu lưu khi có học sinh nghi ngộ độc liên "
     "quan đến thực phẩm của hợp tác xã", "Trung tâm Y tế khu vực", "Ngay khi nhận tin báo"),
    ("6", "Phòng Kế hoạch - Nghiệp vụ", "Tổng hợp kết quả giám sát đợt 1; gửi thông báo kết quả cho từng hợp tác xã "
     "có mẫu không đạt và cho nhà trường", "", "Trước ngày 20/11/2026"),
    ("7", "Phòng Tài chính - Kế toán", "Bảo đảm kinh phí mua mẫu, hóa chất, sinh phẩm xét nghiệm", "Khoa Xét nghiệm",
     "Thường xuyên"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kế hoạch - Nghiệp vụ là đầu mối theo dõi; tổng hợp kết quả cả học kỳ, báo cáo Sở Y tế trước ngày "
     "25/01/2027.", "p"),
    ("2. Đề nghị Chi cục An toàn vệ sinh thực phẩm chia sẻ kết quả thanh tra, hậu kiểm các cơ sở là hợp tác xã trong "
     "năm 2026 để Trung tâm khoanh vùng giám sát.", "p"),
    ("Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng báo cáo Giám đốc Trung tâm (qua Phòng Kế hoạch - "
     "Nghiệp vụ) để xem xét, giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"], "Số: 215/KH-KSBT",
                 "Đà Nẵng, ngày 12 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giám sát an toàn thực phẩm do hợp tác xã, tổ hợp tác cung ứng cho bếp ăn tập thể trường học, học kỳ I "
              "năm học 2026 - 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
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
    signature_table(doc, ["Nơi nhận:", "- Sở Y tế (b/c);", "- Sở GD&ĐT (p/h);", "- Chi cục ATVSTP;",
                          "- Các khoa, phòng (t/h);", "- Lưu: VT, KHNV."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trương Thị Ngọc Hân"])
    return saved(doc, author="Phòng Kế hoạch - Nghiệp vụ", editor="Văn thư CDC Đà Nẵng",
                 title="Kế hoạch 215/KH-KSBT", created=datetime(2026, 8, 6, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
