"""Write a_bac-ninh_57-KH-BTS-2026_bep-chay-tu-vien-htx-vu-lan.docx, the hundred-and-fifty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen153/make_docx.py [OUT]

A provincial Buddhist Sangha executive board's plan (Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, July 2026) linking the
vegetarian kitchens of its temples with safe-vegetable cooperatives and holding a market of cooperatives' goods at the
Vu Lan festival: the invocation line under the header, I. purposes, II. one bordered table of the work in three stages
(group rows merged across the six columns) whose TIME IS GIVEN IN TWO COLUMNS, "Âm lịch" (the lunar calendar the
Sangha keeps) and "Dương lịch" (the solar date; empty where the work recurs on lunar days), the Sangha's own boards
as doers, one lead with a monk's post in brackets; III. funding; the closing sentence; the signature beside "Nơi
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
OUT = HERE / "a_bac-ninh_57-KH-BTS-2026_bep-chay-tu-vien-htx-vu-lan.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Bếp chay của các tự viện có khóa tu, lớp giáo lý định kỳ dùng rau, củ, đậu phụ rõ nguồn gốc, mua trực tiếp "
     "của hợp tác xã, tổ hợp tác trong tỉnh thay vì mua trôi nổi ngoài chợ.", "p"),
    ("- Phiên chợ dịp Đại lễ Vu Lan là nơi các hợp tác xã, tổ hợp tác giới thiệu sản phẩm chay, sản phẩm OCOP tới "
     "đông đảo Phật tử; không thu tiền gian hàng, không bày bán hàng mã.", "p"),
    ("- Một phần tịnh tài Phật tử hoan hỷ ủng hộ tại phiên chợ dùng để giúp tổ hợp tác của hộ nghèo có giống, vật tư "
     "trồng rau.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Thời gian trong bảng ghi theo âm lịch và ngày dương lịch tương ứng; việc làm vào các ngày Sóc, Vọng hằng tháng "
     "chỉ ghi âm lịch.", "p"),
]

AFTER = [
    ("III. KINH PHÍ", "h"),
    ("Kinh phí dựng gian hàng, khu ẩm thực chay do Văn phòng Ban Trị sự cân đối từ nguồn tịnh tài của Đại lễ; các hợp "
     "tác xã, tổ hợp tác tự chịu chi phí hàng hóa, vận chuyển.", "p"),
    ("Trên đây là Kế hoạch kết nối bếp chay các tự viện với hợp tác xã, tổ hợp tác và tổ chức Phiên chợ Vu Lan năm Bính "
     "Ngọ; kính mong chư Tôn đức Tăng Ni và quý Phật tử hoan hỷ tùy duyên hỗ trợ để Phật sự viên thành./.", "p"),
]

COLUMNS = ["TT", "Phật sự", "Ban phụ trách", "Phối hợp", "Âm lịch", "Dương lịch"]
WIDTHS = [Cm(0.9), Cm(5.6), Cm(3.0), Cm(3.0), Cm(2.4), Cm(2.1)]
# a str is a group row (merged across the six columns); a tuple a task row
ROWS = [
    "A. Kết nối bếp chay tự viện với hợp tác xã, tổ hợp tác",
    ("1", "Khảo sát nhu cầu rau, củ, đậu phụ hằng tuần của bếp chay 42 tự viện có khóa tu, lớp giáo lý định kỳ",
     "Ban Kinh tế - Tài chính", "Ban Hướng dẫn Phật tử", "trước Rằm tháng Sáu", "28/7/2026"),
    ("2", "Giới thiệu 06 hợp tác xã, tổ hợp tác trồng rau an toàn, làm đậu phụ truyền thống đủ điều kiện cung ứng; đưa "
          "đại diện các tự viện đến thăm vùng trồng",
     "Ban Từ thiện xã hội", "Liên minh HTX tỉnh", "trong tháng Sáu", "đến 12/8/2026"),
    ("3", "Ký thỏa thuận cung ứng giữa từng tự viện với hợp tác xã theo mẫu chung: giá niêm yết theo tháng, giao hàng "
          "tận bếp, thanh toán hằng tuần",
     "Ban Kinh tế - Tài chính", "Ban Pháp chế", "mùng 1 tháng Bảy", "13/8/2026"),
    ("4", "Hướng dẫn người nấu bếp chay ghi sổ nguồn gốc rau, củ; test nhanh dư lượng thuốc bảo vệ thực vật trên rau "
          "nhận về",
     "Ban Hướng dẫn Phật tử", "Chi cục An toàn vệ sinh thực phẩm tỉnh", "hằng tháng, ngày Rằm và mùng Một", ""),
    "B. Phiên chợ Vu Lan",
    ("5", "Nhận hồ sơ xin gian hàng của các hợp tác xã, tổ hợp tác có sản phẩm chay, sản phẩm OCOP (tối đa 30 gian), ưu tiên "
          "hợp tác xã của đồng bào dân tộc thiểu số",
     "Văn phòng Ban Trị sự", "Liên minh HTX tỉnh, Sở Công Thương", "mùng 1 - mùng 8 tháng Bảy", "13/8 - 20/8/2026"),
    ("6", "Dựng gian hàng, bố trí khu ẩm thực chay và chỗ gửi xe trong khuôn viên chùa Vân Hương",
     "Ban Kinh tế - Tài chính", "UBND phường Kinh Bắc", "12 - 13 tháng Bảy", "24 - 25/8/2026"),
    ("7", "Giới thiệu sản phẩm của các hợp tác xã trong chương trình Đại lễ, khai mạc phiên chợ sau nghi thức Bông hồng "
          "cài áo",
     "Ban Nghi lễ", "Ban Thông tin - Truyền thông", "Rằm tháng Bảy", "27/8/2026"),
    ("8", "Giữ gìn an ninh, trật tự, phòng cháy, chữa cháy trong 03 ngày phiên chợ",
     "Văn phòng Ban Trị sự", "Công an phường Kinh Bắc", "14 - 16 tháng Bảy", "26 - 28/8/2026"),
    ("9", "Đưa tin, đăng hình ảnh sản phẩm của các hợp tác xã tham gia lên trang thông tin điện tử Phật giáo tỉnh",
     "Ban Thông tin - Truyền thông", "", "thường xuyên", "thường xuyên"),
    "C. Sau Đại lễ",
    ("10", "Trích tịnh tài ủng hộ tại phiên chợ mua giống rau, phân hữu cơ hỗ trợ 03 tổ hợp tác của hộ nghèo ở xã Sơn "
           "Động",
     "Ban Từ thiện xã hội (Đại đức Thích Tâm Khánh, Phó Trưởng ban thường trực)", "Ủy ban MTTQ Việt Nam xã Sơn Động",
     "tháng Tám", "tháng 9 - 10/2026"),
    ("11", "Tổng kết việc kết nối bếp chay với hợp tác xã, đề xuất nhân rộng ra các tự viện khác trong năm 2027",
     "Văn phòng Ban Trị sự", "", "Rằm tháng Mười (Tết Hạ nguyên)", "23/11/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["GIÁO HỘI PHẬT GIÁO VIỆT NAM", "BAN TRỊ SỰ TỈNH BẮC NINH"], "Số: 57/KH-BTS",
                 "Bắc Ninh, ngày 16 tháng 7 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "NAM MÔ BỔN SƯ THÍCH CA MÂU NI PHẬT", bold=True, center=True)
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối bếp chay các tự viện với hợp tác xã, tổ hợp tác và tổ chức Phiên chợ Vu Lan năm Bính Ngọ - "
              "PL.2570", bold=True, center=True)
    para(doc, "Căn cứ chương trình Phật sự năm 2026 đã được Hội nghị Ban Trị sự thông qua; để các tự viện có nguồn rau "
              "sạch cho bếp chay, đồng thời giúp hợp tác xã, tổ hợp tác trong tỉnh có thêm đầu ra ổn định, Ban Trị sự "
              "Giáo hội Phật giáo Việt Nam tỉnh Bắc Ninh xây dựng Kế hoạch như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
        elif row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                cell_lines(cell, [value], center=i in (0, 4, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường trực HĐTS GHPGVN (để b/c);",
                          "- Sở Dân tộc và Tôn giáo tỉnh (để b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các Ban, Văn phòng BTS (t/h);", "- Lưu: VP."],
                    ["TM. BAN TRỊ SỰ", "TRƯỞNG BAN", "", "", "", "Hòa thượng Thích Đức Tịnh Nghiêm"])
    return saved(doc, author="Văn phòng Ban Trị sự", editor="Văn phòng Ban Trị sự",
                 title="Kế hoạch 57/KH-BTS", created=datetime(2026, 7, 9, 8, 20, 0),
                 modified=datetime(2026, 7, 16, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
