"""Write a_lao-cai_1184-KH-BQLKKT-2026_ban-quan-ly-khu-kinh-te-htx-cua-khau.docx, the fortieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen40/make_docx.py [OUT]

A plan of a provincial economic-zone authority (June 2026, after Lào Cai and Yên Bái were merged): I. purposes, II. a
short account of the cooperatives trading through the border gates, III. one bordered table STT | Nội dung | Đơn vị
thuộc Ban | Đơn vị phối hợp | Sản phẩm | Thời gian (the Ban's own units leading, an output column), IV. the Ban's office
and the bodies outside the Ban in numbered paragraphs, the closing sentence, the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lao-cai_1184-KH-BQLKKT-2026_ban-quan-ly-khu-kinh-te-htx-cua-khau.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Từng bước đưa hợp tác xã, tổ hợp tác trồng chuối, dứa, chè và rau xứ lạnh của tỉnh vào chuỗi cung ứng hàng xuất "
     "khẩu qua cửa khẩu quốc tế Lào Cai và cửa khẩu quốc tế đường bộ số II Kim Thành; giảm tình trạng ùn ứ xe hàng "
     "nông sản vào mùa cao điểm.", "p"),
    ("- Kết nối hợp tác xã làm dịch vụ (suất ăn công nghiệp, vận chuyển công nhân, vệ sinh môi trường, cây xanh) với "
     "doanh nghiệp trong khu công nghiệp Tằng Loỏng, khu công nghiệp Đông Phố Mới và các khu công nghiệp vùng Yên Bái "
     "cũ.", "p"),
    ("- Mỗi việc có đơn vị thuộc Ban chịu trách nhiệm chính, có sản phẩm cụ thể để kiểm đếm khi sơ kết.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Năm 2025, qua hai cửa khẩu quốc tế có khoảng 41 nghìn tấn nông sản do hợp tác xã của tỉnh thu mua hoặc trực "
     "tiếp xuất khẩu, song phần lớn vẫn qua thương nhân trung gian; mới có 9 hợp tác xã có mã số vùng trồng được phía "
     "bạn chấp nhận. Trong các khu công nghiệp, 6 hợp tác xã đang cung cấp suất ăn, vận chuyển và vệ sinh cho 14 "
     "doanh nghiệp; nhiều doanh nghiệp có nhu cầu nhưng chưa biết đến năng lực của hợp tác xã địa phương.", "p"),
    ("III. NHIỆM VỤ CỤ THỂ", "h"),
    ("Các nhiệm vụ dưới đây do đơn vị thuộc Ban ghi ở cột (3) chịu trách nhiệm chính; đơn vị ở cột (4) phối hợp.",
     "p"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Ban là đầu mối theo dõi Kế hoạch; sơ kết 6 tháng, tổng hợp kết quả trình Trưởng ban trước ngày "
     "10/12/2026.", "p"),
    ("2. Phòng Kế hoạch - Tài chính dự trù kinh phí hội nghị, khảo sát trong dự toán năm 2026 của Ban và đề xuất "
     "kinh phí năm 2027, xong trong tháng 7/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh chọn, giới thiệu hợp tác xã thành viên có năng lực tham gia các hội nghị kết "
     "nối; cử cán bộ cùng Ban tư vấn hồ sơ cho hợp tác xã khi ký hợp đồng với doanh nghiệp.", "p"),
    ("4. Đề nghị Ủy ban nhân dân phường Lào Cai và Ủy ban nhân dân xã Bản Lầu vận động các tổ hợp tác vận tải, bốc "
     "xếp tại khu vực cửa khẩu chuyển thành hợp tác xã, báo kết quả về Ban trước ngày 30/9/2026.", "p"),
    ("Đơn vị nào gặp khó khăn thì báo ngay về Văn phòng Ban để tổng hợp, trình Trưởng ban xem xét./.", "p"),
]

COLUMNS = ["STT", "Nội dung", "Đơn vị thuộc Ban", "Đơn vị phối hợp", "Sản phẩm", "Thời gian"]
NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
WIDTHS = [Cm(1.0), Cm(5.4), Cm(2.8), Cm(3.4), Cm(2.4), Cm(2.0)]
ROWS = [
    ("1", "Khảo sát nhu cầu thuê dịch vụ suất ăn, vận chuyển công nhân, vệ sinh của doanh nghiệp trong các khu công "
          "nghiệp", "Phòng Quản lý doanh nghiệp", "Trung tâm Dịch vụ hỗ trợ khu kinh tế", "Danh mục nhu cầu",
     "Tháng 7/2026"),
    ("2", "Tổ chức 02 hội nghị kết nối hợp tác xã dịch vụ với doanh nghiệp khu công nghiệp (01 tại phường Lào Cai, 01 "
          "tại vùng Yên Bái cũ)", "Trung tâm Dịch vụ hỗ trợ khu kinh tế", "Liên minh Hợp tác xã tỉnh; Sở Công Thương",
     "Hội nghị, biên bản ghi nhớ", "Quý III/2026"),
    ("3", "Hướng dẫn hợp tác xã thủ tục khai báo, thông quan hàng nông sản; giải đáp vướng mắc tại cửa khẩu",
     "Phòng Quản lý cửa khẩu", "Chi cục Hải quan khu vực VIII", "Tài liệu hướng dẫn", "Thường xuyên"),
    ("4", "Rà soát, đề xuất bố trí khu vực tập kết riêng cho xe nông sản của hợp tác xã tại bãi hàng Kim Thành trong mùa "
          "cao điểm", "Phòng Quản lý cửa khẩu", "Đồn Biên phòng cửa khẩu quốc tế Lào Cai (Bộ Chỉ huy Bộ đội Biên phòng "
          "tỉnh)", "Phương án", "Trước mùa chuối chín rộ (tháng 10/2026)"),
    ("5", "Phối hợp cung cấp danh sách hợp tác xã có mã số vùng trồng, cơ sở đóng gói đã được phía bạn chấp nhận; cập "
          "nhật lên Cổng thông tin điện tử của Ban", "Phòng Quản lý cửa khẩu", "Sở Nông nghiệp và Môi trường",
     "Danh sách công khai", "Hằng quý"),
    ("6", "Giới thiệu mặt bằng trong khu công nghiệp cho hợp tác xã thuê làm kho lạnh, xưởng sơ chế", "Phòng Quy hoạch "
          "và Xây dựng", "", "Danh mục mặt bằng", "Quý IV/2026"),
    ("7", "Đưa 15 hợp tác xã tham gia Hội chợ Thương mại quốc tế Việt - Trung (Lào Cai)", "Trung tâm Dịch vụ hỗ trợ khu "
          "kinh tế", "Sở Công Thương, Liên minh Hợp tác xã tỉnh", "15 gian hàng", "Theo thời gian tổ chức Hội chợ"),
    ("8", "Tập huấn cho cán bộ quản lý hợp tác xã về hợp đồng thương mại, thanh toán biên mậu và quy định nhập khẩu "
          "của phía bạn", "Phòng Quản lý doanh nghiệp", "Liên minh Hợp tác xã tỉnh", "02 lớp", "Năm 2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH LÀO CAI", "BAN QUẢN LÝ KHU KINH TẾ"], "Số: 1184/KH-BQLKKT",
                 "Lào Cai, ngày 16 tháng 6 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác cung ứng nông sản qua cửa khẩu và dịch vụ cho doanh nghiệp trong các khu "
              "công nghiệp giai đoạn 2026 - 2027", bold=True, center=True)
    para(doc, "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về hỗ trợ kinh tế tập thể năm 2026, Ban Quản lý Khu kinh tế "
              "tỉnh xây dựng Kế hoạch như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=2 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, NUMBERS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            elif row is table.rows[1]:
                cell_lines(cell, [value], italic=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở CT, Sở NN&MT, LMHTX tỉnh;",
                          "- Chi cục HQ khu vực VIII;", "- BCH BĐBP tỉnh;", "- UBND phường Lào Cai, xã Bản Lầu;",
                          "- Lãnh đạo Ban; các phòng, TT thuộc Ban;", "- Lưu: VT, QLDN."],
                    ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "", "Lù Đức Hiếu"])
    return saved(doc, author="Phòng Quản lý doanh nghiệp", editor="Văn phòng Ban",
                 title="Kế hoạch 1184/KH-BQLKKT", created=datetime(2026, 6, 9, 14, 10, 0),
                 modified=datetime(2026, 6, 16, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
