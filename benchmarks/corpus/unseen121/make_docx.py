"""Write a_tuyen-quang_37-KH-TTHN-2026_trung-tam-hoi-nghi-dien-dan-htx.docx, the hundred-and-twenty-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen121/make_docx.py [OUT]

A provincial Trung tâm Hội nghị's plan for hosting a cooperatives' forum (September 2026): I. purposes, II. the
forum's time, place and size, III. one bordered table STT | Công việc | Bộ phận thực hiện | Thời gian | Ghi chú whose
last column names the partners ("Phối hợp với …"), times counted from the forum's day; IV. two paragraphs of the
bodies' own work; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "a_tuyen-quang_37-KH-TTHN-2026_trung-tam-hoi-nghi-dien-dan-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Bảo đảm cơ sở vật chất, kỹ thuật, an ninh, lễ tân và hậu cần phục vụ Diễn đàn chu đáo, an toàn, tiết kiệm.",
     "p"),
    ("- Từng bộ phận của Trung tâm nắm rõ phần việc, thời điểm phải xong; chủ động liên hệ với Liên minh Hợp tác xã "
     "tỉnh là đơn vị tổ chức Diễn đàn.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "h"),
    ("- Thời gian: một ngày, khai mạc lúc 8 giờ 00 ngày 16/10/2026 (thứ Sáu).", "p"),
    ("- Địa điểm: Hội trường lớn và sảnh tầng 1, Trung tâm Hội nghị tỉnh; khu trưng bày đặt tại sân phía Đông.", "p"),
    ("- Quy mô: khoảng 320 đại biểu, trong đó có 180 đại diện hợp tác xã, tổ hợp tác; 45 gian trưng bày sản phẩm "
     "chè, cam, mật ong bạc hà, miến dong.", "p"),
    ("III. PHÂN CÔNG NHIỆM VỤ", "h"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp là đầu mối, theo dõi tiến độ các phần việc tại mục III; tổng hợp những vướng "
     "mắc, báo cáo Giám đốc Trung tâm trước 16 giờ 00 ngày 14/10/2026.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh gửi danh sách đại biểu, sơ đồ bố trí gian hàng và kịch bản chương trình "
     "cho Trung tâm chậm nhất ngày 09/10/2026 để kịp in thẻ, xếp chỗ.", "p"),
    ("Trên đây là Kế hoạch phục vụ Diễn đàn kinh tế tập thể, hợp tác xã năm 2026 của Trung tâm Hội nghị tỉnh Tuyên "
     "Quang./.", "p"),
]

COLUMNS = ["STT", "Công việc", "Bộ phận thực hiện", "Thời gian", "Ghi chú"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.2), Cm(3.2)]
ROWS = [
    ("1", "Khảo sát hiện trạng hội trường, lập dự trù kinh phí thuê bàn ghế, phông nền, điện chiếu sáng khu trưng bày",
     "Phòng Hành chính - Tổng hợp", "Trước 10 ngày (xong trước 06/10/2026)", ""),
    ("2", "Kiểm tra, chạy thử hệ thống âm thanh, màn hình LED, micro không dây và đường truyền trực tuyến tới các điểm cầu xã",
     "Tổ Kỹ thuật", "Từ 13/10 đến 15/10/2026", "Phối hợp với VNPT Tuyên Quang"),
    ("3", "Dựng 45 gian trưng bày ở sân phía Đông, đánh số gian theo sơ đồ Liên minh gửi",
     "Phòng Dịch vụ hội nghị", "Chiều 15/10/2026", "Phối hợp với Liên minh HTX tỉnh"),
    ("4", "In và phát thẻ đại biểu, bố trí bàn đón tiếp, hướng dẫn chỗ ngồi theo khối",
     "Bộ phận Lễ tân", "Sáng 16/10/2026, từ 7 giờ 00", ""),
    ("5", "Bảo đảm an ninh trật tự, trông giữ xe, phòng cháy chữa cháy trong suốt thời gian diễn ra Diễn đàn",
     "Đội Bảo vệ", "Ngày 16/10/2026", "Phối hợp với Công an phường Minh Xuân"),
    ("6", "Phục vụ nước uống giữa giờ và bữa trưa tự chọn cho đại biểu", "Phòng Dịch vụ hội nghị",
     "Ngày 16/10/2026", ""),
    ("7", "Bố trí phòng họp nhỏ cho 03 tọa đàm chuyên đề buổi chiều (tiêu thụ chè, cam; vốn tín dụng; chuyển đổi số)",
     "Phòng Dịch vụ hội nghị", "Chiều 16/10/2026", "Phối hợp với Sở Tài chính, Ngân hàng Chính sách xã hội tỉnh"),
    ("8", "Tháo dỡ gian hàng, vệ sinh hội trường và sân, bàn giao lại mặt bằng", "Đội Bảo vệ",
     "Sau Diễn đàn 02 ngày", ""),
    ("9", "Quyết toán kinh phí phục vụ, gửi hồ sơ thanh toán cho Liên minh Hợp tác xã tỉnh",
     "Phòng Hành chính - Tổng hợp", "Trước 30/10/2026", ""),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["VĂN PHÒNG UBND TỈNH TUYÊN QUANG", "TRUNG TÂM HỘI NGHỊ TỈNH"], "Số: 37/KH-TTHN",
                 "Tuyên Quang, ngày 22 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phục vụ Diễn đàn kinh tế tập thể, hợp tác xã tỉnh Tuyên Quang năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Văn bản số 412/LMHTX-VP ngày 15/9/2026 của Liên minh Hợp tác xã tỉnh đề nghị phối hợp tổ chức "
              "Diễn đàn; được sự đồng ý của lãnh đạo Văn phòng Ủy ban nhân dân tỉnh, Trung tâm Hội nghị tỉnh lập Kế "
              "hoạch phục vụ như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Lãnh đạo VP UBND tỉnh (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Các phòng, tổ, đội thuộc Trung tâm;", "- Lưu: VT, HCTH."],
                    ["GIÁM ĐỐC", "", "", "", "Ma Văn Thuận"])
    return saved(doc, author="HCTH - TTHN", editor="Văn thư Trung tâm Hội nghị",
                 title="Kế hoạch 37/KH-TTHN", created=datetime(2026, 9, 18, 14, 10, 0),
                 modified=datetime(2026, 9, 22, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
