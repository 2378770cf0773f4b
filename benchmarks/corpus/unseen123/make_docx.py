"""Write a_thanh-hoa_58-KH-BQLPL-2026_khu-bao-ton-htx-vung-dem.docx, the hundred-and-twenty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen123/make_docx.py [OUT]

A nature reserve's management board's plan (March 2026) for cooperatives and tổ hợp tác of the reserve's buffer zone:
I. purposes, II. one bordered table Nội dung | Bộ phận thực hiện | Phối hợp | Thời gian, whose times follow the
seasons of the forest and of the tourist year, III. three paragraphs of the board's own units; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thanh-hoa_58-KH-BQLPL-2026_khu-bao-ton-htx-vung-dem.docx"

BEFORE = [
    ("Căn cứ Luật Hợp tác xã ngày 20/6/2023; căn cứ Quy chế quản lý vùng đệm của Khu bảo tồn do Ủy ban nhân dân tỉnh "
     "ban hành; Ban Quản lý Khu bảo tồn thiên nhiên Pù Luông xây dựng Kế hoạch giúp các hợp tác xã, tổ hợp tác ở "
     "vùng đệm có sinh kế gắn với giữ rừng năm 2026, cụ thể:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Giảm sức ép khai thác lâm sản ngoài gỗ trong phân khu bảo vệ nghiêm ngặt; để người dân các bản vùng đệm có thu "
     "nhập ổn định từ du lịch sinh thái, dược liệu dưới tán rừng và nuôi ong thông qua tổ chức hợp tác của chính "
     "mình.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]
COLUMNS = ["STT", "Nội dung", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.4), Cm(2.8)]
ROWS = [
    ("1", "Khảo sát 9 tổ hợp tác và 4 hợp tác xã đang hoạt động ở các bản giáp ranh khu bảo tồn; lập danh sách hộ "
          "thành viên có hợp đồng nhận khoán bảo vệ rừng", "Phòng Kỹ thuật - Bảo tồn", "UBND các xã vùng đệm",
     "Tháng 4/2026"),
    ("2", "Hướng dẫn HTX du lịch cộng đồng bản Đôn, bản Hiêu xây dựng nội quy đón khách trên tuyến đi bộ xuyên rừng",
     "Phòng Giáo dục môi trường và Du lịch sinh thái", "HTX du lịch cộng đồng", "Trước mùa du lịch hè"),
    ("3", "Chuyển giao kỹ thuật trồng sa nhân tím, ba kích dưới tán rừng cho 3 tổ hợp tác; cấp 12.000 cây giống",
     "Phòng Kỹ thuật - Bảo tồn", "Trung tâm Khuyến nông tỉnh", "Vụ xuân 2026"),
    ("4", "Tập huấn nuôi ong nội theo hướng hữu cơ, đặt đàn ong ở ven rừng, không đốt ong lấy mật trong rừng",
     "Hạt Kiểm lâm Pù Luông", "Hội Nông dân các xã", "Tháng 6 và tháng 7/2026"),
    ("5", "Hỗ trợ 2 HTX lập hồ sơ chứng nhận OCOP cho mật ong và rượu men lá", "Phòng Giáo dục môi trường và Du lịch "
     "sinh thái", "Liên minh Hợp tác xã tỉnh, UBND xã Pù Luông", "Quý III/2026"),
    ("6", "Ký cam kết không khai thác gỗ, săn bắt động vật hoang dã với ban quản trị các HTX, tổ trưởng tổ hợp tác",
     "Hạt Kiểm lâm Pù Luông", "", "Mùa khô 2026 - 2027"),
]
AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kỹ thuật - Bảo tồn là đầu mối, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Ban trước ngày "
     "20/12/2026.", "p"),
    ("2. Phòng Hành chính - Tổng hợp bố trí kinh phí từ nguồn dịch vụ môi trường rừng năm 2026 cho các nội dung trên, "
     "xong trong tháng 4/2026.", "p"),
    ("3. Hạt Kiểm lâm Pù Luông chỉ đạo các trạm kiểm lâm phối hợp với trưởng bản theo dõi hoạt động của các tổ hợp "
     "tác trong rừng, báo cáo hằng quý.", "p"),
    ("Kế hoạch này thay cho các văn bản trước đây của Ban về hỗ trợ sinh kế vùng đệm./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "BAN QUẢN LÝ KHU BẢO TỒN", "THIÊN NHIÊN PÙ LUÔNG"],
                 "Số: 58/KH-BQLPL", "Bá Thước, ngày 18 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác vùng đệm Khu bảo tồn thiên nhiên Pù Luông phát triển sinh kế năm 2026",
         bold=True, center=True)
    for text, style in BEFORE:
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
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND các xã vùng đệm;", "- LMHTX tỉnh;",
                          "- Các phòng, Hạt KL;", "- Lưu: VT, KTBT."],
                    ["GIÁM ĐỐC", "", "", "", "Lò Văn Khiêm"])
    return saved(doc, author="Phòng Kỹ thuật - Bảo tồn", editor="Văn thư BQL Pù Luông",
                 title="Kế hoạch 58/KH-BQLPL", created=datetime(2026, 3, 12, 9, 0, 0),
                 modified=datetime(2026, 3, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
