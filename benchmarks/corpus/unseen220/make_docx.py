"""Write a_dak-lak_27-2026-KH-TNC_phong-ngua-rui-ro-gia-ca-phe-htx.docx, the two-hundred-and-twentieth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen220/make_docx.py [OUT]

A commodity brokerage firm's plan (September 2026), a trading member of the commodity exchange, coaching coffee
cooperatives to hedge the price of the 2026 - 2027 crop: I. purposes ("-" lines), II. a GLOSSARY TABLE of terms
(Thuật ngữ | Cách hiểu trong Kế hoạch này: no work), III. one bordered table TT | Công việc | Người phụ trách | Phía
HTX | Thời gian whose doers are the firm's STAFF ROLES and whose fourth column names the cooperatives' side, IV. two
numbered duties of the cooperatives, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dak-lak_27-2026-KH-TNC_phong-ngua-rui-ro-gia-ca-phe-htx.docx"

OPENING = [
    ("Thực hiện thỏa thuận hợp tác ngày 05/8/2026 giữa Công ty với Liên minh Hợp tác xã tỉnh Đắk Lắk về hỗ trợ các "
     "hợp tác xã trồng cà phê tiếp cận công cụ quản lý rủi ro giá; qua trao đổi, 08 hợp tác xã ở các xã Ea Tul, Cư "
     "M'gar, Krông Búk, Ea Kar và phường Buôn Ma Thuột đăng ký tham gia với tổng sản lượng dự kiến khoảng 9.400 tấn "
     "cà phê nhân. Công ty xây dựng Kế hoạch như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Giúp các hợp tác xã chủ động chốt giá bán cho một phần sản lượng niên vụ 2026 - 2027, hạn chế thiệt hại khi "
     "giá cà phê trong nước biến động mạnh vào vụ thu hoạch.", "p"),
    ("- Ban quản trị, kế toán hợp tác xã hiểu rõ quyền, nghĩa vụ và rủi ro khi giao dịch; không dùng vốn vay để đầu "
     "cơ; tỷ lệ sản lượng bán kỳ hạn không quá 40% sản lượng dự kiến của từng hợp tác xã.", "p"),
    ("II. MỘT SỐ THUẬT NGỮ", "h"),
    ("Để thành viên hợp tác xã dễ theo dõi, một số thuật ngữ dùng trong Kế hoạch được hiểu như sau:", "p"),
]

TERMS_COLUMNS = ["Thuật ngữ", "Cách hiểu trong Kế hoạch này"]
TERMS_WIDTHS = [Cm(4.2), Cm(11.8)]
TERMS = [
    ("Hợp đồng kỳ hạn", "Thỏa thuận mua bán một lượng cà phê nhân ở một mức giá chốt hôm nay, giao và thanh toán vào "
                        "một tháng xác định trong tương lai"),
    ("Ký quỹ", "Khoản tiền hợp tác xã nộp vào tài khoản riêng để bảo đảm thực hiện hợp đồng, tính theo phần trăm giá "
               "trị hợp đồng"),
    ("Mức ký quỹ duy trì", "Số dư tối thiểu phải giữ trong tài khoản ký quỹ; khi thấp hơn mức này hợp tác xã phải nộp "
                           "bổ sung"),
    ("Tất toán", "Đóng hợp đồng bằng giao hàng thật hoặc bằng một giao dịch ngược chiều, rồi quyết toán lãi, lỗ"),
]

BEFORE_TABLE = [
    ("III. NỘI DUNG, PHÂN CÔNG", "h"),
    ("Cột \u201cPhía HTX\u201d ghi người của hợp tác xã cùng làm việc với cán bộ Công ty trong từng nội dung.", "p"),
]

COLUMNS = ["TT", "Công việc", "Người phụ trách", "Phía HTX", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(7.0), Cm(3.0), Cm(2.8), Cm(2.4)]
ROWS = [
    ("1", "Khảo sát từng hợp tác xã: diện tích đang cho trái, sản lượng dự kiến, giá thành một ki-lô-gam nhân, nhu cầu "
          "tiền mặt theo tháng, lượng có thể bán kỳ hạn", "Trưởng phòng Khách hàng nông nghiệp", "Giám đốc các HTX",
     "09 - 10/2026"),
    ("2", "Cập nhật hồ sơ nhận biết khách hàng của người đại diện theo pháp luật và kế toán trưởng từng hợp tác xã",
     "Trưởng phòng Dịch vụ khách hàng", "", "Trước 15/10/2026"),
    ("3", "Mở tài khoản giao dịch và tài khoản ký quỹ đứng tên hợp tác xã; hướng dẫn đăng nhập phần mềm trên điện "
          "thoại", "Trưởng phòng Dịch vụ khách hàng", "Kế toán trưởng các HTX", "Trước 31/10/2026"),
    ("4", "Tổ chức 02 lớp \u201cQuản lý rủi ro giá cà phê\u201d, mỗi lớp hai ngày, tại hội trường HTX Nông nghiệp Ea "
          "Tul và HTX Cà phê Công bằng Krông Búk", "Chuyên viên phân tích thị trường",
     "Hội đồng quản trị các HTX", "Tháng 10/2026"),
    ("5", "Gửi bản tin giá trong nước, giá kỳ hạn và tỷ giá vào nhóm Zalo chung của 08 hợp tác xã trước 8 giờ sáng",
     "Chuyên viên phân tích thị trường", "", "Hằng ngày từ 01/10/2026"),
    ("6", "Cùng từng hợp tác xã lập phương án bán kỳ hạn: lượng bán, tháng giao, mức giá mục tiêu, mức lỗ tối đa chấp "
          "nhận; trình Hội đồng quản trị hợp tác xã thông qua", "Trưởng phòng Khách hàng nông nghiệp",
     "Giám đốc các HTX", "11/2026 - 01/2027"),
    ("7", "Theo dõi số dư ký quỹ; nhắn tin cảnh báo cho giám đốc và kế toán hợp tác xã ngay khi tài khoản xuống dưới "
          "mức ký quỹ duy trì", "Bộ phận Quản lý rủi ro", "Kế toán trưởng các HTX", "Suốt thời gian còn hợp đồng"),
    ("8", "Hướng dẫn HTX Cà phê Công bằng Krông Búk, HTX Dịch vụ nông nghiệp Ea Kar chuẩn bị lô hàng giao thật: "
          "kiểm định chất lượng, lưu kho tại kho được chấp thuận", "Trưởng phòng Khách hàng nông nghiệp",
     "Ban kiểm soát hai HTX", "Trước 15/02/2027"),
    ("9", "Giới thiệu chương trình tại hội nghị của Liên minh Hợp tác xã tỉnh để mở rộng cho các hợp tác xã khác",
     "Phó Tổng Giám đốc phụ trách nghiệp vụ", "", "Quý IV/2026"),
    ("10", "Đối chiếu, tất toán các hợp đồng đến hạn; gửi từng hợp tác xã bảng quyết toán lãi, lỗ có chữ ký của "
           "Công ty", "Trưởng phòng Dịch vụ khách hàng", "Kế toán trưởng các HTX", "Tháng 3 - 5/2027"),
    ("11", "Tổng kết niên vụ, đánh giá hiệu quả từng phương án, đề xuất nội dung hợp tác niên vụ 2027 - 2028",
     "Tổng Giám đốc", "Giám đốc các HTX", "Tháng 6/2027"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA HỢP TÁC XÃ", "h"),
    ("Các hợp tác xã tham gia chương trình:", "p"),
    ("1. Cử 01 thành viên Hội đồng quản trị và kế toán trưởng dự đủ hai ngày lớp tập huấn; chỉ giao dịch theo phương "
     "án đã được Hội đồng quản trị thông qua.", "p"),
    ("2. Gửi Công ty số liệu sản lượng thu hoạch thực tế và lượng cà phê còn trong kho trước ngày 20/12/2026.", "p"),
    ("Trên đây là Kế hoạch hỗ trợ các hợp tác xã cà phê phòng ngừa rủi ro giá niên vụ 2026 - 2027 của Công ty Cổ "
     "phần Môi giới Hàng hóa Tây Nguyên./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MÔI GIỚI HÀNG HÓA TÂY NGUYÊN"], "Số: 27/2026/KH-TNC",
                 "Đắk Lắk, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ các hợp tác xã cà phê phòng ngừa rủi ro giá niên vụ 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, TERMS_COLUMNS, TERMS_WIDTHS, TERMS, center_columns=())
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX tỉnh Đắk Lắk;", "- Sở Tài chính tỉnh Đắk Lắk (để biết);",
                          "- 08 HTX tham gia;", "- HĐQT Công ty (b/c);", "- Các phòng, bộ phận (t/h);",
                          "- Lưu: VT, P.KHNN."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Đoàn Quang Vĩnh"])
    return saved(doc, author="P.KHNN", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-TNC", created=datetime(2026, 9, 9, 9, 10, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
