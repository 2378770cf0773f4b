"""Write a_gia-lai_27-KH-TTLTLS-2026_suu-tam-so-hoa-tai-lieu-htx.docx, the two-hundred-and-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen205/make_docx.py [OUT]

A provincial historical archives centre's plan (September 2026) for the documents of the cooperative movement:
collecting the old ledgers, minutes and photographs that long-standing cooperatives still keep, restoring and
digitising them, guiding cooperatives' records after the merger of communes, and an exhibition for Ngày Hợp tác xã
Việt Nam (11/4/2027). I. purposes ("-" lines), II. facts, III. ONE bordered table TT | Nội dung công việc | Tỷ trọng
(%) | Chủ trì | Phối hợp | Bắt đầu | Hoàn thành — a WEIGHT column of percentages beside the work (summed in a last
row), separate start and finish dates — whose doers are short codes explained in a note AFTER the table; IV. funding
(no work); V. three numbered paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
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
OUT = HERE / "a_gia-lai_27-KH-TTLTLS-2026_suu-tam-so-hoa-tai-lieu-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Thực hiện chỉ đạo của Sở Nội vụ về việc giữ gìn tài liệu có giá trị lịch sử của các tổ chức kinh tế tập thể "
     "trước và sau khi sắp xếp đơn vị hành chính cấp xã; để chuẩn bị kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2027, "
     "Trung tâm Lưu trữ lịch sử tỉnh xây dựng Kế hoạch sưu tầm, số hóa tài liệu về phong trào hợp tác xã với các nội "
     "dung dưới đây.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giữ lại, không để mất sổ sách, biên bản, hình ảnh của các hợp tác xã thành lập từ thời kỳ hợp tác hóa đến nay; "
     "tài liệu thu về được bảo quản, số hóa và phục vụ khai thác.", "p"),
    ("- Hợp tác xã tự nguyện hiến tặng hoặc ký gửi; bản gốc ký gửi vẫn thuộc quyền sở hữu của hợp tác xã.", "p"),
    ("- Hợp tác xã đang hoạt động biết cách lập hồ sơ, giữ tài liệu của mình đúng quy định.", "p"),
    ("II. TÌNH HÌNH TÀI LIỆU", "h"),
    ("Kho của Trung tâm hiện có 14 phông tài liệu của hợp tác xã đã giải thể, chủ yếu từ những năm 1978 - 1995, "
     "tổng cộng 61 mét giá. Qua nắm tình hình sơ bộ, còn khoảng 38 hợp tác xã (cũ và mới) giữ sổ công điểm, sổ "
     "phân phối, biên bản đại hội xã viên, ảnh tư liệu; nhiều tài liệu để trong tủ gỗ, bị mối, ẩm mốc, có nguy cơ "
     "hư hỏng sau mùa mưa bão.", "p"),
    ("III. NỘI DUNG, TIẾN ĐỘ", "h"),
    ("Cột “Tỷ trọng” là phần trăm khối lượng của từng việc trong cả Kế hoạch, dùng để tính tiến độ chung khi báo "
     "cáo hằng tháng; cột “Bắt đầu”, “Hoàn thành” ghi ngày theo lịch.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Tỷ trọng (%)", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"]
WIDTHS = [Cm(0.9), Cm(6.2), Cm(1.5), Cm(1.8), Cm(2.9), Cm(1.9), Cm(1.9)]
ROWS = [
    ("1", "Lập danh mục 38 hợp tác xã có tài liệu cần sưu tầm, gửi phiếu khảo sát đến từng đơn vị", "5", "P.TTST",
     "Liên minh HTX tỉnh", "21/9/2026", "09/10/2026"),
    ("2", "Khảo sát tại chỗ kho, tủ tài liệu của 12 HTX nông nghiệp lâu năm; chụp ảnh, ghi tình trạng từng tập",
     "10", "P.TTST", "UBND các xã, phường", "12/10/2026", "20/11/2026"),
    ("3", "Thỏa thuận hiến tặng, ký gửi với HTX và gia đình các nguyên chủ nhiệm; lập biên bản giao nhận từng đợt",
     "10", "P.TTST", "P.HCTH", "02/11/2026", "31/12/2026"),
    ("4", "Vệ sinh, khử axit, tu bổ sổ công điểm, sổ phân phối, biên bản đại hội xã viên bị mối, mốc", "15",
     "P.BQSH", "", "16/11/2026", "29/01/2027"),
    ("5", "Số hóa khoảng 42.000 trang tài liệu thu về, nhập siêu dữ liệu vào Cơ sở dữ liệu tài liệu lưu trữ điện tử "
          "của tỉnh", "20", "P.BQSH", "Sở Khoa học và Công nghệ", "01/12/2026", "31/3/2027"),
    ("6", "Trao bản số hóa và bản sao chứng thực cho từng HTX đã hiến tặng, ký gửi", "5", "P.BQSH", "P.KTPH",
     "15/3/2027", "09/4/2027"),
    ("7", "Tập huấn lập hồ sơ, giữ tài liệu giấy và tài liệu điện tử cho kế toán, văn phòng HTX sau sắp xếp xã", "10",
     "P.KTPH", "Liên minh HTX tỉnh, Sở Tài chính", "05/10/2026", "30/10/2026"),
    ("8", "Hướng dẫn HTX giải thể trong năm 2026 bàn giao sổ sách, hồ sơ còn giá trị", "5", "P.KTPH",
     "UBND các xã, phường", "01/10/2026", "31/12/2026"),
    ("9", "Biên soạn sách ảnh “Hợp tác xã Gia Lai qua tài liệu lưu trữ”", "5", "P.KTPH", "Bảo tàng tỉnh",
     "04/01/2027", "26/3/2027"),
    ("10", "Trưng bày tài liệu lưu trữ về phong trào hợp tác xã tại Nhà triển lãm tỉnh", "10", "P.KTPH",
     "Liên minh HTX tỉnh, Bảo tàng tỉnh", "05/4/2027", "15/4/2027"),
    ("11", "Đưa tin, phóng sự về đợt sưu tầm và trưng bày", "3", "P.HCTH", "Báo và Phát thanh, Truyền hình Gia Lai",
     "01/4/2027", "15/4/2027"),
    ("12", "Tổng hợp kết quả, báo cáo Sở Nội vụ", "2", "P.HCTH", "", "20/4/2027", "30/4/2027"),
    ("", "Cộng", "100", "", "", "", ""),
]

AFTER = [
    ("Ghi chú: P.TTST - Phòng Thu thập, Sưu tầm; P.BQSH - Phòng Bảo quản, Số hóa; P.KTPH - Phòng Khai thác, Phát huy "
     "giá trị tài liệu; P.HCTH - Phòng Hành chính - Tổng hợp.", "i"),
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí sưu tầm, tu bổ và số hóa khoảng 1,46 tỷ đồng từ nguồn chi thường xuyên năm 2026, 2027 của Trung tâm "
     "đã được Sở Tài chính thẩm định; việc hiến tặng không trả thù lao, Trung tâm chịu chi phí vận chuyển.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các phòng thuộc Trung tâm căn cứ phần việc được giao ở mục III chủ động tổ chức thực hiện; Phòng Hành chính - "
     "Tổng hợp giúp Giám đốc theo dõi chung.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh chuyển Kế hoạch này tới từng hợp tác xã thành viên trước ngày 30/9/2026 "
     "và cử cán bộ đi cùng đoàn khảo sát.", "p"),
    ("3. Đề nghị UBND các xã, phường có hợp tác xã trong danh mục cử công chức văn phòng đi cùng đoàn khảo sát và "
     "xác nhận biên bản giao nhận tài liệu.", "p"),
    ("Quá trình thực hiện có vướng mắc, các phòng báo cáo Giám đốc Trung tâm để xem xét, giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NỘI VỤ TỈNH GIA LAI", "TRUNG TÂM LƯU TRỮ LỊCH SỬ"], "Số: 27/KH-TTLTLS",
                 "Gia Lai, ngày 14 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Sưu tầm, số hóa tài liệu về phong trào hợp tác xã và hướng dẫn hợp tác xã lưu giữ hồ sơ, giai đoạn "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if values[1] == "Cộng" else (), center=i != 1)
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- Liên minh HTX tỉnh;", "- Bảo tàng tỉnh;",
                          "- UBND các xã, phường có HTX trong danh mục;", "- Các phòng thuộc Trung tâm;",
                          "- Lưu: VT, P.TTST."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đoàn Văn Khiêm"])
    return saved(doc, author="Phòng Thu thập, Sưu tầm", editor="Văn thư Trung tâm",
                 title="Kế hoạch 27/KH-TTLTLS", created=datetime(2026, 9, 9, 9, 10, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
