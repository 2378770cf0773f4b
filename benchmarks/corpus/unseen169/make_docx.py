"""Write a_thai-nguyen_04-KH-BGSDTCD-2026_giam-sat-cong-trinh-htx.docx, the hundred-and-sixty-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen169/make_docx.py [OUT]

A commune's community investment supervision board (Ban Giám sát đầu tư của cộng đồng, under the commune's Ủy ban
MTTQ Việt Nam; Thái Nguyên, August 2026) planning how it watches three works built with state support and handed to
cooperatives: the issuer under its parent (its own lines bold), I. purposes, II. a bordered FACTS table of the works
(owner, builder, the cooperative that takes it over, planned months — no work), III. a paragraph naming the two
supervision teams and their members, then one bordered table TT | Nội dung giám sát | Tổ thực hiện | Mời tham gia |
Thời điểm giám sát whose times are CONSTRUCTION MILESTONES ("Khi khởi công (dự kiến tháng 9/2026)", "Trong thời gian
thi công phần móng, nền", "Trước khi nghiệm thu …", "Sau 03 tháng đưa vào sử dụng"); IV. four numbered paragraphs;
the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in
(no Word numbering).

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
OUT = HERE / "a_thai-nguyen_04-KH-BGSDTCD-2026_giam-sat-cong-trinh-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Căn cứ các quy định hiện hành về giám sát đầu tư của cộng đồng; căn cứ Chương trình giám sát năm 2026 của Ban "
     "Thường trực Ủy ban MTTQ Việt Nam xã Côn Minh; qua nắm tình hình các công trình được đầu tư từ nguồn vốn Chương "
     "trình mục tiêu quốc gia và ngân sách xã để giao cho hợp tác xã, tổ hợp tác quản lý, khai thác, Ban Giám sát đầu "
     "tư của cộng đồng xã xây dựng Kế hoạch giám sát như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Theo dõi, phát hiện kịp thời những việc làm sai thiết kế, sai dự toán, gây lãng phí hoặc làm ảnh hưởng đến lợi "
     "ích của thành viên hợp tác xã và người dân nơi có công trình.", "p"),
    ("- Việc giám sát khách quan, đúng thẩm quyền, không làm cản trở việc thi công; mỗi lần giám sát đều có biên bản.",
     "p"),
    ("II. CÔNG TRÌNH ĐƯỢC GIÁM SÁT", "h"),
]

FACT_COLUMNS = ["TT", "Tên công trình", "Chủ đầu tư", "Đơn vị thi công; đơn vị tiếp nhận quản lý",
                "Thời gian thực hiện (dự kiến)"]
FACT_WIDTHS = [Cm(1.0), Cm(5.0), Cm(2.6), Cm(5.0), Cm(2.6)]
FACTS = [
    ("1", "Nhà xưởng chế biến miến dong và kho chứa, thôn Nà Pài", "UBND xã Côn Minh",
     "Công ty TNHH Xây dựng Thành Lộc thi công; HTX Miến dong Côn Minh tiếp nhận", "Tháng 9/2026 - tháng 01/2027"),
    ("2", "Sân phơi và nhà sơ chế củ dong riềng, thôn Bản Cuôn", "UBND xã Côn Minh",
     "Đội xây dựng Hòa Phát thi công; HTX Nông nghiệp Côn Minh tiếp nhận", "Tháng 10 - 12/2026"),
    ("3", "Kênh mương nội đồng Nà Làng (dài 1,2 km)", "UBND xã Côn Minh",
     "Tổ hợp tác dùng nước Nà Làng tự thi công theo cơ chế đặc thù", "Tháng 9 - 11/2026"),
]

TEAMS = [
    ("III. NỘI DUNG VÀ PHÂN CÔNG GIÁM SÁT", "h"),
    ("Ban chia thành 02 tổ: Tổ giám sát số 1 (ông Hà Văn Chiến, Trưởng ban, làm tổ trưởng; ông Triệu Văn Sang; bà "
     "Hoàng Thị Mến) phụ trách công trình số 1; Tổ giám sát số 2 (ông Lục Văn Thương, Phó Trưởng ban, làm tổ trưởng; "
     "bà Nông Thị Dịu; ông Đàm Văn Pắn) phụ trách công trình số 2 và số 3. Nội dung, thời điểm giám sát cụ thể:", "p"),
]

COLUMNS = ["TT", "Nội dung giám sát", "Tổ thực hiện", "Mời tham gia", "Thời điểm giám sát"]
WIDTHS = [Cm(1.0), Cm(6.4), Cm(2.8), Cm(3.2), Cm(2.8)]
ROWS = [
    ("1", "Kiểm tra quyết định phê duyệt, bản vẽ thiết kế, dự toán và hợp đồng thi công nhà xưởng miến dong; xem việc "
          "công khai thông tin công trình tại nhà văn hóa thôn Nà Pài", "Tổ giám sát số 1",
     "Ban công tác Mặt trận thôn Nà Pài", "Khi khởi công (dự kiến tháng 9/2026)"),
    ("2", "Theo dõi chủng loại, chất lượng vật liệu đưa vào công trình; việc đổ bê tông móng, nền nhà xưởng; ghi nhật "
          "ký giám sát", "Tổ giám sát số 1", "đại diện HTX Miến dong Côn Minh",
     "Trong thời gian thi công phần móng, nền"),
    ("3", "Giám sát khối lượng, chất lượng phần mái, hệ thống điện, nước và lò sấy miến trước khi nghiệm thu",
     "Tổ giám sát số 1", "HTX Miến dong Côn Minh", "Trước khi nghiệm thu hoàn thành (tháng 01/2027)"),
    ("4", "Kiểm tra việc bàn giao công trình, hồ sơ hoàn công và quy chế quản lý, sử dụng nhà xưởng cho HTX Miến dong "
          "Côn Minh", "Tổ giám sát số 1", "Phòng Kinh tế xã", "Khi bàn giao đưa vào sử dụng"),
    ("5", "Xem xét việc các hộ hiến đất làm sân phơi, việc công khai danh sách hộ hiến đất và phương án bồi hoàn cây "
          "trồng", "Tổ giám sát số 2", "Trưởng thôn Bản Cuôn", "Trước khi khởi công (tháng 10/2026)"),
    ("6", "Giám sát việc Tổ hợp tác dùng nước Nà Làng tự thi công kênh: ngày công, vật liệu thành viên đóng góp, "
          "khối lượng đào đắp so với dự toán được duyệt", "Tổ giám sát số 2", "Phòng Kinh tế xã",
     "Hằng tuần trong thời gian thi công (tháng 9 - 11/2026)"),
    ("7", "Giám sát chất lượng sân phơi (độ dày bê tông, độ dốc thoát nước) và nhà sơ chế củ dong riềng",
     "Tổ giám sát số 2", "HTX Nông nghiệp Côn Minh", "Trước khi nghiệm thu (dự kiến tháng 12/2026)"),
    ("8", "Lấy ý kiến thành viên hợp tác xã và người dân về hiệu quả sử dụng, mức thu phí sử dụng sân phơi, nhà xưởng",
     "Tổ giám sát số 1, Tổ giám sát số 2", "Hội Nông dân xã", "Sau 03 tháng đưa vào sử dụng"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các tổ giám sát lập biên bản sau mỗi lần giám sát; khi phát hiện việc làm sai thiết kế, sai dự toán thì báo "
     "cáo ngay Trưởng ban để có văn bản kiến nghị chủ đầu tư xem xét, xử lý.", "p"),
    ("2. Đề nghị UBND xã Côn Minh (chủ đầu tư) cung cấp đầy đủ hồ sơ công trình cho Ban chậm nhất 05 ngày làm việc "
     "sau khi nhận được đề nghị; tạo điều kiện để các tổ giám sát tiếp cận hiện trường.", "p"),
    ("3. Đề nghị HTX Miến dong Côn Minh, HTX Nông nghiệp Côn Minh và Tổ hợp tác dùng nước Nà Làng cử người theo dõi, "
     "cung cấp số liệu ngày công, vật liệu cho các tổ giám sát trong suốt quá trình thi công.", "p"),
    ("4. Ban Giám sát đầu tư của cộng đồng tổng hợp, gửi báo cáo kết quả giám sát đến Ban Thường trực Ủy ban MTTQ Việt "
     "Nam xã trước ngày 15/12/2026 đối với công trình số 2, số 3 và trước ngày 15/02/2027 đối với công trình số 1.", "p"),
    ("Trên đây là Kế hoạch giám sát năm 2026 của Ban Giám sát đầu tư của cộng đồng xã Côn Minh; kinh phí hoạt động "
     "của Ban do ngân sách xã bảo đảm theo quy định./.", "p"),
]


def bordered(doc, columns, widths, rows) -> None:
    """A bordered table: the header row in bold, then one row per tuple (TT centred, the other cells left)."""
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for row, values in zip(table.rows, [columns, *rows]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN MTTQ VIỆT NAM XÃ CÔN MINH", "BAN GIÁM SÁT ĐẦU TƯ", "CỦA CỘNG ĐỒNG"],
                 "Số: 04/KH-BGSĐTCĐ", "Côn Minh, ngày 18 tháng 8 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giám sát đầu tư của cộng đồng đối với các công trình giao hợp tác xã, tổ hợp tác quản lý năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, FACT_COLUMNS, FACT_WIDTHS, FACTS)
    for text, style in TEAMS:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- BTT Ủy ban MTTQ Việt Nam xã (b/c);", "- UBND xã Côn Minh;",
                          "- HTX Miến dong Côn Minh, HTX NN Côn Minh;", "- Tổ hợp tác dùng nước Nà Làng;",
                          "- Các thành viên Ban (t/h);", "- Lưu: BGSĐTCĐ."],
                    ["TM. BAN GIÁM SÁT ĐẦU TƯ", "CỦA CỘNG ĐỒNG", "TRƯỞNG BAN", "", "", "", "Hà Văn Chiến"])
    return saved(doc, author="Hà Văn Chiến", editor="Hà Văn Chiến", title="Kế hoạch 04/KH-BGSĐTCĐ",
                 created=datetime(2026, 8, 14, 8, 20, 0), modified=datetime(2026, 8, 18, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
