"""Write a_bac-ninh_412-KH-BVDK-2026_benh-vien-mua-thuc-pham-htx.docx, the ninety-ninth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen99/make_docx.py [OUT]

A provincial general hospital's plan (August 2026, after Bắc Giang and Bắc Ninh were merged) for buying safe food for
its patients' kitchen from cooperatives: I. purposes, II. targets, III. one bordered table STT | Nội dung | Khoa, phòng
thực hiện | Phối hợp | Thời gian, eight rows, the hospital's own departments as leads; IV. two numbered paragraphs of
work; the closing sentence; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_bac-ninh_412-KH-BVDK-2026_benh-vien-mua-thuc-pham-htx.docx"

BODY_BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("- Bảo đảm nguồn rau, thịt, gạo, trứng có nguồn gốc rõ ràng cho bếp ăn bệnh nhân và nhà ăn nhân viên; ưu tiên "
     "sản phẩm của các hợp tác xã trên địa bàn tỉnh.", "p"),
    ("- Góp phần giúp hợp tác xã nông nghiệp có đầu ra ổn định, giảm khâu trung gian.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Đến hết quý I/2027 có ít nhất 60% khối lượng thực phẩm tươi sống của bếp ăn được mua trực tiếp từ 04 - 06 hợp "
     "tác xã có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm hoặc VietGAP.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["STT", "Nội dung", "Khoa, phòng thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
ROWS = [
    ("1", "Khảo sát nhu cầu thực phẩm theo từng chế độ ăn bệnh lý; lập danh mục mặt hàng, số lượng dự kiến mua hằng "
          "tuần", "Khoa Dinh dưỡng", "Phòng Hành chính quản trị", "Tháng 9/2026"),
    ("2", "Lập danh sách hợp tác xã đủ điều kiện cung ứng; đề nghị giới thiệu hợp tác xã có sản phẩm OCOP, VietGAP",
     "Phòng Hành chính quản trị", "Liên minh Hợp tác xã tỉnh; Sở Nông nghiệp và Môi trường", "Trước 15/10/2026"),
    ("3", "Xây dựng hồ sơ, tổ chức lựa chọn nhà cung cấp theo quy định về đấu thầu, ký hợp đồng khung với hợp tác xã",
     "Phòng Vật tư - Thiết bị y tế", "Phòng Tài chính kế toán", "Quý IV/2026"),
    ("4", "Kiểm tra điều kiện sản xuất, sơ chế tại hợp tác xã trước khi ký hợp đồng", "Khoa Kiểm soát nhiễm khuẩn",
     "Khoa Dinh dưỡng, Trung tâm Kiểm soát bệnh tật tỉnh", "Tháng 11/2026"),
    ("5", "Kiểm thực ba bước, lưu mẫu thức ăn; lấy mẫu rau, thịt của hợp tác xã gửi xét nghiệm nhanh",
     "Khoa Dinh dưỡng", "", "Hằng ngày, từ 01/01/2027"),
    ("6", "Thanh toán tiền hàng cho hợp tác xã qua tài khoản, không quá 15 ngày kể từ ngày nhận đủ hóa đơn",
     "Phòng Tài chính kế toán", "Phòng Vật tư - Thiết bị y tế", "Thường xuyên"),
    ("7", "Đánh giá chất lượng nhà cung cấp, đề xuất thay thế hợp tác xã vi phạm", "Phòng Quản lý chất lượng",
     "Khoa Dinh dưỡng; Khoa Kiểm soát nhiễm khuẩn", "6 tháng/lần"),
    ("8", "Tổ chức gian hàng giới thiệu nông sản của hợp tác xã tại khuôn viên bệnh viện vào dịp Tết Nguyên đán",
     "Công đoàn Bệnh viện", "Đoàn Thanh niên Bệnh viện", "Tháng 01/2027"),
]

BODY_AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các khoa, phòng được phân công căn cứ nội dung tại mục III chủ động thực hiện; khó khăn, vướng mắc báo cáo "
     "Ban Giám đốc qua Phòng Hành chính quản trị.", "p"),
    ("2. Phòng Kế hoạch tổng hợp tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc và Sở Y tế trước ngày "
     "20/12/2026.", "p"),
    ("Trên đây là Kế hoạch liên kết với hợp tác xã cung ứng thực phẩm cho bếp ăn của Bệnh viện Đa khoa tỉnh Bắc "
     "Ninh./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ Y TẾ BẮC NINH", "BỆNH VIỆN ĐA KHOA TỈNH"], "Số: 412/KH-BVĐK",
                 "Bắc Ninh, ngày 18 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết với hợp tác xã cung ứng thực phẩm an toàn cho bếp ăn bệnh viện", bold=True, center=True)
    para(doc, "Căn cứ nhu cầu thực tế của bếp ăn và ý kiến thống nhất tại cuộc họp giao ban ngày 11/8/2026, Bệnh viện "
              "Đa khoa tỉnh xây dựng Kế hoạch như sau:")
    for text, style in BODY_BEFORE:
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
    for text, style in BODY_AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng liên quan;",
                          "- LMHTX tỉnh;", "- Lưu: VT, HCQT."],
                    ["GIÁM ĐỐC", "", "", "", "Ngô Đức Khang"])
    return saved(doc, author="Phòng HCQT", editor="Văn thư BVĐK",
                 title="Kế hoạch 412/KH-BVĐK", created=datetime(2026, 8, 13, 14, 10, 0),
                 modified=datetime(2026, 8, 18, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
