"""Write a_nghe-an_27-KH-BVD-2026_quy-vi-nguoi-ngheo-gop-von-htx.docx, the two-hundred-and-sixteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen216/make_docx.py [OUT]

A province's Ban Vận động Quỹ "Vì người nghèo" (under the Ủy ban MTTQ Việt Nam tỉnh, September 2026) paying the capital
shares of poor and near-poor households into cooperatives and giving breeding cattle through cooperatives on
rotation. I. purposes ("-" lines), then a note that names the campaign period ("Tháng cao điểm", 17/10 - 18/11/2026),
then II. ONE bordered table TT | Hoạt động | Thụ hưởng | Mức hỗ trợ | Đầu mối | Cùng thực hiện | Thời hạn with a
BENEFICIARY column (cooperatives and households that receive, not partners), a MONEY column, and time cells RELATIVE
TO THE NAMED PERIOD ("Trước Tháng cao điểm", "Trong Tháng cao điểm", "Sau Tháng cao điểm 30 ngày"); III. two numbered
paragraphs; the closing sentence; the signature beside "Nơi nhận". Every number is typed in (no Word numbering).

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
OUT = HERE / "a_nghe-an_27-KH-BVD-2026_quy-vi-nguoi-ngheo-gop-von-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic note
OPENING = [
    ("Năm 2025 toàn tỉnh còn 21.460 hộ nghèo và 18.930 hộ cận nghèo, phần lớn ở các xã miền núi phía Tây; khảo sát "
     "của Ban Vận động cho thấy hộ đã là thành viên hợp tác xã có thu nhập cao hơn hộ làm riêng lẻ từ 25 đến 40% nhờ "
     "được cung ứng giống, vật tư trả chậm và bao tiêu sản phẩm. Từ nguồn Quỹ \"Vì người nghèo\" cấp tỉnh, Ban Vận động "
     "Quỹ đề ra Kế hoạch giúp hộ nghèo, hộ cận nghèo góp vốn và tham gia hợp tác xã, tổ hợp tác năm 2026 - 2027 với "
     "các nội dung dưới đây.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Ít nhất 420 hộ nghèo, hộ cận nghèo trở thành thành viên chính thức của 09 hợp tác xã nông nghiệp, chăn nuôi "
     "đang hoạt động hiệu quả; 120 hộ nhận bò sinh sản luân chuyển qua hợp tác xã.", "p"),
    ("- Hỗ trợ đúng đối tượng, công khai, không để hộ được hỗ trợ rút hoặc chuyển nhượng phần vốn góp trong 03 năm "
     "đầu.", "p"),
    ("II. CÁC HOẠT ĐỘNG VÀ PHÂN CÔNG", "h"),
    ("Ghi chú: \"Tháng cao điểm\" trong bảng là Tháng cao điểm \"Vì người nghèo\" năm 2026, từ ngày 17/10 đến ngày "
     "18/11/2026; \"Ban Vận động cấp xã\" là Ban Vận động Quỹ \"Vì người nghèo\" các xã, phường nơi có hộ tham gia. Cột "
     "\"Thụ hưởng\" ghi nơi hoặc người nhận hỗ trợ, không phải đơn vị thực hiện.", "i"),
]

COLUMNS = ["TT", "Hoạt động", "Thụ hưởng", "Mức hỗ trợ", "Đầu mối", "Cùng thực hiện", "Thời hạn"]
WIDTHS = [Cm(0.9), Cm(4.6), Cm(2.4), Cm(2.0), Cm(2.2), Cm(2.4), Cm(1.9)]
ROWS = [
    ("1", "Rà soát hộ nghèo, hộ cận nghèo có nguyện vọng vào hợp tác xã, tổ hợp tác; lập danh sách theo từng thôn, "
          "bản kèm xác nhận của hợp tác xã sẽ tiếp nhận", "Hộ nghèo, cận nghèo ở 24 xã", "—", "Ban Vận động cấp xã",
     "Liên minh Hợp tác xã tỉnh", "Trước Tháng cao điểm"),
    ("2", "Chọn 09 hợp tác xã tiếp nhận; thống nhất danh mục sinh kế (bò sinh sản, dê, gà thả đồi, chè giống) và giá "
          "mua con giống sát thị trường", "09 HTX tiếp nhận", "—", "Tổ giúp việc Ban Vận động",
     "Sở Nông nghiệp và Môi trường", "10/10/2026"),
    ("3", "Phát động cơ quan, doanh nghiệp ủng hộ Quỹ; dành riêng nguồn vận động được trong đợt này cho việc góp vốn "
          "vào hợp tác xã", "Quỹ cấp tỉnh", "Dự kiến 6,5 tỷ đồng", "Thường trực Ban Vận động",
     "Báo và Phát thanh, Truyền hình Nghệ An", "Trong Tháng cao điểm"),
    ("4", "Chi hỗ trợ góp vốn điều lệ: chuyển thẳng vào tài khoản của hợp tác xã, ghi tên từng hộ vào sổ đăng ký "
          "thành viên", "420 hộ", "3.000.000 đ/hộ", "Văn phòng Ủy ban MTTQ tỉnh", "Sở Tài chính",
     "Sau Tháng cao điểm 30 ngày"),
    ("5", "Ký biên bản ba bên Ban Vận động cấp xã - hợp tác xã - hộ về phần vốn được hỗ trợ và cam kết giữ vốn góp "
          "03 năm", "420 hộ", "—", "Ban Vận động cấp xã", "UBND các xã, phường", "Cùng lúc chi hỗ trợ"),
    ("6", "Giao bò sinh sản qua hợp tác xã theo cách luân chuyển: hợp tác xã nhận bò, giao hộ chăm sóc, thu lại bê "
          "đầu để giao tiếp hộ khác", "HTX Chăn nuôi Châu Tiến, HTX Nông nghiệp Quỳ Châu; 120 hộ",
     "01 con/hộ, tối đa 16 triệu đồng", "Ban Phong trào", "Trung tâm Khuyến nông tỉnh, Hội Nông dân tỉnh",
     "Quý I/2027"),
    ("7", "Tập huấn cho hộ mới vào hợp tác xã về quyền, nghĩa vụ của thành viên, sổ vốn góp và ghi chép thu chi của "
          "gia đình", "Hộ thành viên mới", "Tài liệu, chi phí đi lại", "Liên minh Hợp tác xã tỉnh", "Ban Phong trào",
     "12/2026 - 01/2027"),
    ("8", "Đề nghị cho hộ đã vào hợp tác xã vay vốn sản xuất ưu đãi, ưu tiên hộ nhận bò luân chuyển", "Hộ thành viên "
          "mới", "Theo quy định", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Nghệ An", "Hội Liên hiệp Phụ nữ tỉnh",
     "Quý I - quý II/2027"),
    ("9", "Kiểm tra việc dùng nguồn hỗ trợ tại 09 hợp tác xã; công khai danh sách hộ được hỗ trợ tại trụ sở hợp tác xã "
          "và nhà văn hóa thôn, bản", "09 HTX tiếp nhận", "—", "Ban Dân chủ - Pháp luật", "Sở Tài chính", "Tháng 3/2027"),
    ("10", "Đưa tin, bài về hộ thoát nghèo nhờ làm thành viên hợp tác xã trên trang tin của Ủy ban MTTQ tỉnh",
     "—", "—", "Ban Tuyên giáo", "Báo và Phát thanh, Truyền hình Nghệ An", "Thường xuyên"),
    ("11", "Sơ kết một năm; đề nghị khen thưởng các hợp tác xã tiếp nhận và giữ được nhiều hộ nghèo", "09 HTX tiếp "
           "nhận", "Theo quy định", "Thường trực Ban Vận động", "Sở Nội vụ", "Trước 30/9/2027"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Tổ giúp việc Ban Vận động theo dõi tiến độ từng hoạt động, tổng hợp báo cáo Thường trực Ban Vận động vào "
     "tuần cuối mỗi quý.", "p"),
    ("2. Đề nghị các hợp tác xã tiếp nhận hộ nghèo mở sổ theo dõi riêng phần vốn góp từ Quỹ, gửi danh sách hộ đã "
     "vào hợp tác xã về Tổ giúp việc trước ngày 15/12/2026.", "p"),
    ("Ban Vận động Quỹ \"Vì người nghèo\" tỉnh đề nghị các thành viên Ban Vận động, các cơ quan, đơn vị nêu trên "
     "phối hợp thực hiện tốt Kế hoạch này./.", "p"),
]


def bordered(doc, columns, widths, rows):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3, 6))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "BAN VẬN ĐỘNG QUỸ", "VÌ NGƯỜI NGHÈO TỈNH"],
                 "Số: 27/KH-BVĐ", "Nghệ An, ngày 22 tháng 9 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hộ nghèo, hộ cận nghèo góp vốn, tham gia hợp tác xã, tổ hợp tác năm 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, COLUMNS, WIDTHS, ROWS)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường trực UBMTTQ Việt Nam tỉnh (b/c);", "- Các thành viên Ban Vận động;",
                          "- Sở Tài chính, Sở Nông nghiệp và Môi trường;", "- Liên minh HTX tỉnh;",
                          "- Ban Vận động Quỹ các xã, phường;", "- 09 HTX tiếp nhận;", "- Lưu: VT, TGV."],
                    ["TM. BAN VẬN ĐỘNG", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "", "", "", "Võ Thị Thanh Hằng"])
    return saved(doc, author="Tổ giúp việc Ban Vận động", editor="Văn thư UBMTTQ tỉnh",
                 title="Kế hoạch 27/KH-BVĐ", created=datetime(2026, 9, 16, 9, 10, 0),
                 modified=datetime(2026, 9, 22, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
