"""Write a_dong-thap_52-KH-TTDK-2026_dang-kiem-luu-dong-xe-htx-van-tai.docx, the eighty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen84/make_docx.py [OUT]

A vehicle-inspection centre's plan (July 2026, Đồng Tháp after the merger with Tiền Giang): the centre of the Sở Xây
dựng sends mobile inspection teams to the transport cooperatives and checks the farm tractors of the agricultural
service cooperatives. I. purposes, II. one bordered table Stt | Công việc | Bộ phận thực hiện | Phối hợp | Thời gian,
its rows the centre's own units and teams, III. two paragraphs of the units' own work, the closing sentence, the
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
OUT = HERE / "a_dong-thap_52-KH-TTDK-2026_dang-kiem-luu-dong-xe-htx-van-tai.docx"

OPENING = ("Căn cứ chức năng, nhiệm vụ được Sở Xây dựng giao; xét đề nghị của Liên minh Hợp tác xã tỉnh về việc hỗ "
           "trợ các hợp tác xã vận tải sau hợp nhất tỉnh, Trung tâm Đăng kiểm xe cơ giới Đồng Tháp xây dựng Kế hoạch "
           "kiểm định lưu động như sau:")

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH", "h"),
    ("Giảm thời gian, chi phí đi lại cho xã viên các hợp tác xã vận tải hành khách, vận tải hàng hóa ở xa trạm "
     "đăng kiểm; bảo đảm máy kéo, xe chở hàng của hợp tác xã dịch vụ nông nghiệp đủ điều kiện an toàn trước mùa "
     "vụ mới.", "p"),
    ("II. CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

AFTER_TABLE = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp bố trí xe chuyên dùng, thiết bị kiểm định di động và công tác phí cho các tổ "
     "lưu động; xong trước ngày 31/7/2026.", "p"),
    ("2. Phòng Nghiệp vụ tổng hợp kết quả từng đợt kiểm định, số phương tiện đạt và không đạt, báo cáo Giám đốc "
     "Trung tâm và Sở Xây dựng trước ngày 10/12/2026.", "p"),
    ("Trên đây là Kế hoạch kiểm định lưu động phương tiện của các hợp tác xã 6 tháng cuối năm 2026 của Trung tâm "
     "Đăng kiểm xe cơ giới Đồng Tháp./.", "p"),
]

COLUMNS = ["Stt", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.8)]
ROWS = [
    ("1", "Lập danh sách xe khách, xe tải, xe buýt của các hợp tác xã vận tải đến hạn kiểm định trong 6 tháng cuối "
          "năm; gửi lịch kiểm định cho từng hợp tác xã", "Phòng Nghiệp vụ", "Liên minh Hợp tác xã tỉnh",
     "Trước 20/7/2026"),
    ("2", "Kiểm định lưu động tại Bến xe khách Cao Lãnh cho phương tiện của hợp tác xã vận tải khu vực phía Bắc tỉnh",
     "Tổ kiểm định lưu động số 1", "Ban Quản lý bến xe khách Cao Lãnh", "Đợt 1: từ 03/8 đến 07/8/2026"),
    ("3", "Kiểm định lưu động tại phường Mỹ Tho cho phương tiện của hợp tác xã vận tải vùng Tiền Giang cũ",
     "Tổ kiểm định lưu động số 2", "Phòng Quản lý vận tải (Sở Xây dựng)", "Đợt 2: tháng 9/2026"),
    ("4", "Hướng dẫn hợp tác xã cập nhật hồ sơ phương tiện lên phần mềm quản lý kiểm định, cấp tài khoản tra cứu "
          "hạn đăng kiểm", "Phòng Hành chính - Tổng hợp", "Cục Đăng kiểm Việt Nam", "Quý III/2026"),
    ("5", "Tập huấn về lỗi kỹ thuật thường gặp cho lái xe, thợ sửa chữa của hợp tác xã vận tải", "Phòng Kỹ thuật",
     "Liên minh Hợp tác xã tỉnh, Hiệp hội Vận tải ô tô tỉnh", "Tháng 10/2026"),
    ("6", "Kiểm tra an toàn kỹ thuật máy kéo, xe chở hàng bốn bánh của hợp tác xã dịch vụ nông nghiệp trước vụ Đông "
          "Xuân 2026 - 2027", "Tổ kiểm định lưu động số 1", "UBND các xã có hợp tác xã đăng ký",
     "Tháng 11/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ XÂY DỰNG TỈNH ĐỒNG THÁP", "TRUNG TÂM ĐĂNG KIỂM", "XE CƠ GIỚI"], "Số: 52/KH-TTĐK",
                 "Đồng Tháp, ngày 06 tháng 7 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm định lưu động phương tiện của hợp tác xã vận tải, hợp tác xã dịch vụ nông nghiệp", bold=True,
         center=True)
    para(doc, "6 tháng cuối năm 2026", bold=True, center=True)
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
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- Liên minh HTX tỉnh;", "- Các HTX vận tải (t/h);",
                          "- Các phòng, tổ thuộc Trung tâm;", "- Lưu: VT, NV."],
                    ["GIÁM ĐỐC", "", "", "", "Huỳnh Văn Thắng"])
    return saved(doc, author="Phòng Nghiệp vụ", editor="Văn thư Trung tâm Đăng kiểm",
                 title="Kế hoạch 52/KH-TTĐK", created=datetime(2026, 7, 2, 9, 10, 0),
                 modified=datetime(2026, 7, 6, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
