"""Write a_thai-nguyen_57-KH-CNNC-2026_cap-nuoc-htx-vung-ho.docx, the hundred-and-fifty-first held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen151/make_docx.py [OUT]

An urban water-supply company's plan (August 2026) for protecting the raw water of the lake its intake draws from,
together with the cage-fish and tea cooperatives around it: the "Căn cứ" lines, I. purposes, II. the situation, III.
one bordered table TT | Việc cần làm | Bộ phận thực hiện | Thời gian whose rows are numbered "1", "2a", "2b", "3" …,
the lead marked "(chính)" after its name in the doers' cell (a cell of one body has no mark; a cell of several bodies
without a mark names its lead first), the company's abbreviations explained in a "Ghi chú" line above the table;
IV. requests to the communes and the cooperatives as numbered paragraphs "Đề nghị X …"; V. two "-" lines; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thai-nguyen_57-KH-CNNC-2026_cap-nuoc-htx-vung-ho.docx"

BEFORE = [
    ("Căn cứ Luật Tài nguyên nước năm 2023 và các văn bản hướng dẫn về vùng bảo hộ vệ sinh khu vực lấy nước sinh "
     "hoạt;", "i"),
    ("Căn cứ Biên bản làm việc ngày 28/7/2026 giữa Công ty với UBND xã Phúc Xuân, UBND xã Vạn Phú và đại diện các "
     "hợp tác xã vùng hồ;", "i"),
    ("Công ty Cổ phần Cấp nước Hồ Núi Cốc ban hành Kế hoạch phối hợp với các hợp tác xã vùng hồ bảo vệ nguồn nước thô "
     "như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giữ chất lượng nước thô tại cửa lấy nước của Xí nghiệp Nước Núi Cốc đạt quy chuẩn, giảm chi phí hóa chất xử "
     "lý trong mùa nắng nóng.", "p"),
    ("- Cùng các hợp tác xã nuôi cá lồng, trồng chè quanh hồ thay đổi cách làm gây bẩn nguồn nước; Công ty hỗ trợ "
     "một phần kinh phí, các hợp tác xã cam kết thực hiện.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Trong bán kính 3 km quanh cửa lấy nước hiện có 312 lồng cá của HTX Thủy sản Hồ Núi Cốc và các hộ lẻ, khoảng "
     "180 ha chè của HTX Chè Phúc Xuân và HTX DVNN Vạn Phú. Sáu tháng đầu năm 2026, có 11 ngày chỉ số amoni và độ "
     "đục của nước thô vượt ngưỡng, Xí nghiệp phải tăng liều phèn và clo; tháng 6/2026 xảy ra một đợt tảo nở hoa ở "
     "vùng lồng bè phía Bắc hồ.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Ghi chú: P.KT-CL: Phòng Kỹ thuật - Chất lượng; XN Núi Cốc: Xí nghiệp Nước Núi Cốc; P.KD: Phòng Kinh doanh; "
     "P.TC-KT: Phòng Tài chính - Kế toán; Ban QLDA: Ban Quản lý dự án Công ty. Đơn vị ghi \"(chính)\" chịu trách "
     "nhiệm chính, các đơn vị còn lại phối hợp.", "i"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Đề nghị UBND xã Phúc Xuân, UBND xã Vạn Phú không cho phép đặt thêm lồng nuôi trong phạm vi 300 m quanh cửa "
     "lấy nước; xử lý dứt điểm 04 cơ sở chăn nuôi lợn xả nước thải xuống khe suối đổ vào hồ trước ngày 30/11/2026.",
     "p"),
    ("2. Đề nghị HTX Thủy sản Hồ Núi Cốc vận động thành viên ký cam kết không dùng kháng sinh, hóa chất cấm; di dời "
     "15 lồng đang nằm trong vùng bảo hộ ra vị trí mới trước ngày 15/12.", "p"),
    ("3. Đề nghị Trung tâm Khuyến nông tỉnh hướng dẫn HTX Chè Phúc Xuân, HTX DVNN Vạn Phú chuyển 50 ha chè sát "
     "mép hồ sang quy trình hữu cơ, cấp chứng nhận cho vụ chè Xuân năm 2027.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("- P.KT-CL làm đầu mối, theo dõi việc thực hiện, tổng hợp và báo cáo Tổng Giám đốc trước ngày 20 của tháng "
     "cuối mỗi quý.", "p"),
    ("- Các phòng, xí nghiệp căn cứ nhiệm vụ được giao chủ động bố trí người, phương tiện; vướng mắc phản ánh về "
     "P.KT-CL để báo cáo Tổng Giám đốc./.", "p"),
]

COLUMNS = ["TT", "Việc cần làm", "Bộ phận thực hiện", "Thời gian"]
WIDTHS = [Cm(1.1), Cm(8.4), Cm(4.3), Cm(2.8)]
ROWS = [
    ("1", "Khảo sát, lập bản đồ các cụm lồng cá, đồi chè và điểm xả thải quanh lòng hồ, gắn tọa độ từng điểm",
     "P.KT-CL (chính), XN Núi Cốc", "Trước 15/9"),
    ("2a", "Lấy mẫu nước thô tại 06 điểm (cửa lấy nước, 03 vùng lồng bè, 02 khe suối chảy qua đồi chè), phân tích 12 "
     "chỉ tiêu", "Tổ Quan trắc", "Mỗi tháng 02 lần"),
    ("2b", "Gửi kết quả quan trắc cho các HTX và UBND hai xã qua nhóm Zalo \"Nước hồ Núi Cốc\"",
     "Tổ Quan trắc (chính), Ban Truyền thông", "Ngày 05 hằng tháng"),
    ("3", "Tập huấn thành viên HTX Thủy sản Hồ Núi Cốc cho cá ăn đúng lượng, không dùng thức ăn tươi sống, vớt cá "
     "chết trong ngày", "XN Núi Cốc, Trung tâm Khuyến nông tỉnh", "Tháng 9/2026"),
    ("4", "Hỗ trợ 50% tiền phân hữu cơ vi sinh để HTX Chè Phúc Xuân thay phân hóa học trên 30 ha chè sát mép hồ",
     "P.TC-KT, P.KD (chính)", "Vụ chè Thu (tháng 9 - 10)"),
    ("5", "Đặt 20 thùng chứa vỏ bao bì thuốc bảo vệ thực vật trên các đồi chè; hợp đồng với HTX DVNN Vạn Phú thu gom "
     "2 tuần/lần", "P.KT-CL", "Đặt xong trước 30/9, thu gom thường xuyên"),
    ("6", "Trồng 2.000 cây tre, mây làm vành đai xanh dọc mép hồ đoạn cửa lấy nước",
     "XN Núi Cốc (chính), Đoàn Thanh niên Công ty, HTX Chè Phúc Xuân", "Tháng 02/2027 (Tết trồng cây)"),
    ("7", "Lắp 02 trạm quan trắc tự động (pH, DO, độ đục, amoni) tại cửa lấy nước, truyền số liệu về phòng điều độ",
     "Ban QLDA (chính), P.KT-CL", "Quý IV/2026"),
    ("8", "Xây dựng quy trình xử lý khi nước hồ có dấu hiệu ô nhiễm (cá chết hàng loạt, tảo nở hoa): báo tin, dừng "
     "bơm, lấy mẫu đối chứng", "P.KT-CL (chính), XN Núi Cốc, Phòng Kinh tế xã Phúc Xuân", "31/10/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CẤP NƯỚC HỒ NÚI CỐC"], "Số: 57/KH-CNNC",
                 "Thái Nguyên, ngày 11 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối hợp với các hợp tác xã vùng hồ Núi Cốc bảo vệ nguồn nước thô năm 2026 - 2027", bold=True,
         center=True)
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
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND xã Phúc Xuân, xã Vạn Phú;",
                          "- Các HTX vùng hồ;", "- Các phòng, XN (t/h);", "- Lưu: VT, KT-CL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Ma Văn Tuệ"])
    return saved(doc, author="Phòng Kỹ thuật - Chất lượng", editor="Văn thư Công ty",
                 title="Kế hoạch 57/KH-CNNC", created=datetime(2026, 8, 5, 8, 20, 0),
                 modified=datetime(2026, 8, 11, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
