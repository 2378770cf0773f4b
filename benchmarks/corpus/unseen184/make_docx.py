"""Write a_thai-nguyen_19-KH-QDX-2026_quy-xa-hoi-du-toan-htx-che-mang.docx, the hundred-and-eighty-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen184/make_docx.py [OUT]

A company's social fund (a "quỹ xã hội" under Nghị định 93/2019/NĐ-CP; September 2026) granting machines, training,
packaging and fair stands to tea and bamboo-shoot cooperatives and a cooperative group of Tày and Dao women in the
northern communes of Thái Nguyên (the former Bắc Kạn). Two "Căn cứ" lines, I. targets ("-" lines), II. the five
beneficiaries (facts), III. a note on the unit prices and on the doer column, then the work as a COST ESTIMATE: one
bordered table TT | Nội dung | ĐVT | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) | Đơn vị thực hiện | Thời gian whose
group rows ("I. …" to "V. …") are merged across the table and each closed by a SUBTOTAL row ("Cộng mục I") merged over
its first five cells, with COST-ONLY rows that hold no work (transport and installation of the machines, bank fees and
stationery, a 5 % contingency), a "TỔNG CỘNG" row and a "Bằng chữ: …" line under the table; the doer cell gives the
lead first and the partners after "phối hợp:". IV. three numbered paragraphs; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_thai-nguyen_19-KH-QDX-2026_quy-xa-hoi-du-toan-htx-che-mang.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25 tháng 11 năm 2019 của Chính phủ về tổ chức, hoạt động của quỹ xã hội, "
     "quỹ từ thiện;", "i"),
    ("Căn cứ Nghị quyết số 05/NQ-HĐQL ngày 08 tháng 9 năm 2026 của Hội đồng quản lý Quỹ về chương trình tài trợ sinh kế "
     "năm 2026 - 2027,", "i"),
    ("Quỹ Vì cộng đồng Đồi Xanh xây dựng Kế hoạch và dự toán kinh phí tài trợ cho các hợp tác xã, tổ hợp tác của phụ "
     "nữ dân tộc thiểu số ở các xã Bằng Thành, Chợ Đồn, Nam Cường như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- 04 hợp tác xã và 01 tổ hợp tác với 186 thành viên (trong đó 142 thành viên nữ) có máy chế biến, bao bì và kênh "
     "bán hàng ổn định cho chè búp và măng khô.", "p"),
    ("- Giá bán bình quân chè búp khô tăng ít nhất 15%, măng khô tăng ít nhất 20% so với năm 2026; có 02 sản phẩm được "
     "đánh giá, phân hạng OCOP từ 3 sao.", "p"),
    ("II. ĐƠN VỊ ĐƯỢC TÀI TRỢ", "h"),
    ("- HTX Chè Bằng Phúc (xã Bằng Thành): 52 thành viên, 38 ha chè Shan tuyết.", "p"),
    ("- HTX Nông nghiệp Quảng Khê (xã Chợ Đồn): 41 thành viên, 26 ha chè.", "p"),
    ("- HTX Măng Nà Tùm (xã Nam Cường): 35 thành viên, 60 ha rừng tre, mai lấy măng.", "p"),
    ("- HTX Dịch vụ nông lâm nghiệp Phiêng Luông (xã Nam Cường): 34 thành viên, thu mua măng tươi của hộ.", "p"),
    ("- THT phụ nữ Dao Nà Khoang (xã Chợ Đồn): 24 thành viên, sơ chế măng khô tại hộ.", "p"),
    ("III. NỘI DUNG VÀ DỰ TOÁN KINH PHÍ", "h"),
    ("Đơn giá dưới đây tạm tính theo báo giá nhà cung cấp gửi Quỹ trong tháng 8/2026, đã gồm thuế giá trị gia tăng. Cột "
     "\"Đơn vị thực hiện\" ghi đơn vị chủ trì trước, đơn vị phối hợp (nếu có) sau chữ \"phối hợp\".", "i"),
]

COLUMNS = ["TT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá (đồng)", "Thành tiền (đồng)", "Đơn vị thực hiện", "Thời gian"]
WIDTHS = [Cm(0.8), Cm(4.9), Cm(1.1), Cm(1.0), Cm(1.9), Cm(2.1), Cm(2.7), Cm(1.5)]

# ("group", title) a row merged across the table; ("sum", label, amount) a subtotal merged over five cells;
# ("row", tt, content, unit, quantity, unit price, doer, time): the amount is quantity × unit price
ROWS = [
    ("group", "I. THIẾT BỊ CHẾ BIẾN"),
    ("row", "1", "Mua, lắp đặt máy sao, vò chè liên hoàn cho HTX Chè Bằng Phúc và HTX Nông nghiệp Quảng Khê (mỗi HTX "
                 "01 bộ, công suất 300 kg chè búp tươi/giờ)", "bộ", 2, 96_500_000,
     "Ban Dự án; phối hợp: Trung tâm Khuyến nông tỉnh", "Tháng 11/2026"),
    ("row", "2", "Mua lò sấy măng dùng bếp củi cải tiến, có buồng khói riêng, đặt tại HTX Măng Nà Tùm, HTX Dịch vụ nông "
                 "lâm nghiệp Phiêng Luông và THT phụ nữ Dao Nà Khoang", "cái", 3, 42_800_000, "Ban Dự án",
     "Trước 31/3/2027"),
    ("row", "3", "Vận chuyển, lắp đặt, chạy thử thiết bị tại mục 1, 2", "gói", 1, 17_600_000, "", "Theo hợp đồng"),
    ("sum", "Cộng mục I", 339_000_000),
    ("group", "II. TẬP HUẤN, HỌC TẬP KINH NGHIỆM"),
    ("row", "4", "Mở 02 lớp tập huấn chế biến chè an toàn, ghi chép nhật ký sản xuất cho thành viên HTX (30 người/lớp, "
                 "03 ngày/lớp)", "lớp", 2, 34_500_000, "Ban Dự án; phối hợp: Trung tâm Khuyến nông tỉnh",
     "Tháng 12/2026"),
    ("row", "5", "Mở lớp hướng dẫn sơ chế, sấy, bảo quản măng khô không dùng lưu huỳnh cho thành viên THT, HTX măng",
     "lớp", 1, 31_000_000, "Ban Dự án; phối hợp: Hội Liên hiệp Phụ nữ tỉnh", "Tháng 3/2027 (trước vụ măng)"),
    ("row", "6", "Đưa 25 thành viên nữ đi học cách làm chè xanh đặc sản tại các HTX chè ở xã Tân Cương", "chuyến", 1,
     46_500_000, "Hội Liên hiệp Phụ nữ tỉnh; phối hợp: Văn phòng Quỹ", "Quý I/2027"),
    ("row", "7", "Bồi dưỡng quản trị, lập báo cáo tài chính cho chủ nhiệm, kế toán của 05 đơn vị", "khóa", 1,
     28_000_000, "Liên minh Hợp tác xã tỉnh", "Tháng 01/2027"),
    ("sum", "Cộng mục II", 174_500_000),
    ("group", "III. NHÃN HIỆU, BAO BÌ VÀ THỊ TRƯỜNG"),
    ("row", "8", "Thiết kế nhãn, bao bì và in 20.000 túi, hộp cho 04 sản phẩm chè búp, măng khô có mã truy xuất nguồn "
                 "gốc", "gói", 1, 86_000_000, "Ban Dự án; phối hợp: Sở Khoa học và Công nghệ", "Trước 28/02/2027"),
    ("row", "9", "Lập hồ sơ đề nghị đánh giá, phân hạng OCOP cho chè búp Bằng Phúc và măng khô Nà Tùm", "sản phẩm", 2,
     14_500_000, "Ban Dự án; phối hợp: Chi cục Phát triển nông thôn", "Quý II/2027"),
    ("row", "10", "Thuê 02 gian hàng cho các HTX tại hội chợ nhân Ngày Hợp tác xã Việt Nam", "gian", 2, 11_500_000,
     "Văn phòng Quỹ; phối hợp: Liên minh Hợp tác xã tỉnh", "Tháng 4/2027"),
    ("sum", "Cộng mục III", 138_000_000),
    ("group", "IV. QUẢN LÝ, GIÁM SÁT"),
    ("row", "11", "Khảo sát, thống nhất danh mục thiết bị và ký thỏa thuận tài trợ với từng HTX, THT", "đợt", 1,
     13_500_000, "Ban Dự án; phối hợp: UBND các xã Bằng Thành, Chợ Đồn, Nam Cường", "Trước 31/10/2026"),
    ("row", "12", "Giám sát việc dùng thiết bị, nghiệm thu kết quả tại các HTX, THT", "đợt", 3, 6_000_000,
     "Ban Tài chính - Kế toán; phối hợp: Ban Dự án", "Tháng 12/2026, tháng 4 và tháng 8/2027"),
    ("row", "13", "Thuê kiểm toán độc lập báo cáo quyết toán kinh phí tài trợ", "cuộc", 1, 24_000_000,
     "Ban Tài chính - Kế toán", "Tháng 9/2027"),
    ("row", "14", "Phí chuyển tiền ngân hàng, văn phòng phẩm, thông tin liên lạc", "gói", 1, 5_500_000, "", ""),
    ("sum", "Cộng mục IV", 61_000_000),
    ("group", "V. DỰ PHÒNG"),
    ("row", "15", "Dự phòng 5% tổng các mục I đến IV", "", None, None, "", ""),
    ("sum", "Cộng mục V", 35_625_000),
    ("sum", "TỔNG CỘNG (I + II + III + IV + V)", 748_125_000),
]

AMOUNT_WORDS = "Bằng chữ: Bảy trăm bốn mươi tám triệu một trăm hai mươi lăm nghìn đồng."

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Dự án là đầu mối thực hiện Kế hoạch này, giữ liên lạc với các hợp tác xã, tổ hợp tác và chính quyền các "
     "xã được tài trợ.", "p"),
    ("2. Ban Tài chính - Kế toán chuyển kinh phí thiết bị cho các đơn vị theo thỏa thuận tài trợ làm hai đợt: đợt 1 "
     "(70%) trong 10 ngày làm việc kể từ ngày ký thỏa thuận, đợt 2 (30%) sau khi nghiệm thu thiết bị.", "p"),
    ("3. Đề nghị các hợp tác xã, tổ hợp tác được tài trợ bố trí mặt bằng nhà xưởng và nguồn điện ba pha để lắp máy "
     "trước ngày 15/11/2026; góp phần đối ứng 20% giá trị thiết bị và giữ gìn, sử dụng thiết bị đúng mục đích.", "p"),
    ("Kế hoạch này được gửi các cơ quan, đơn vị có tên tại mục III để phối hợp; trong quá trình làm, có vướng mắc xin "
     "liên hệ Ban Dự án của Quỹ để cùng tháo gỡ./.", "p"),
]


def money(value) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


def merged(row, first: int, last: int):
    cell = row.cells[first]
    for other in row.cells[first + 1:last + 1]:
        cell = cell.merge(other)
    return cell


def cost_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, title) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [title], bold=(0,))
    total = 0
    for row, spec in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if spec[0] == "group":
            cell_lines(merged(row, 0, 7), [spec[1]], bold=(0,), center=False)
        elif spec[0] == "sum":
            cell_lines(merged(row, 0, 4), [spec[1]], bold=(0,))
            cell_lines(row.cells[5], [money(spec[2])], bold=(0,))
        else:
            _, tt, content, unit, quantity, price, doer, time = spec
            amount = quantity * price if quantity else 35_625_000
            total += amount
            values = [tt, content, unit, "" if quantity is None else f"{quantity:02d}", money(price), money(amount),
                      doer, time]
            for i, (cell, value) in enumerate(zip(row.cells, values)):
                cell_lines(cell, [value], center=i in (0, 2, 3, 7))
                if i in (4, 5):
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    assert total == 748_125_000, total
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10.5)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN ĐỒI XANH", "QUỸ VÌ CỘNG ĐỒNG", "ĐỒI XANH"], "Số: 19/KH-QĐX",
                 "Thái Nguyên, ngày 22 tháng 9 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH VÀ DỰ TOÁN KINH PHÍ", bold=True, center=True)
    para(doc, "Tài trợ sinh kế cho hợp tác xã, tổ hợp tác chè và măng của phụ nữ Tày, Dao", bold=True, center=True)
    para(doc, "(từ tháng 10/2026 đến tháng 9/2027)", italic=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    cost_table(doc)
    para(doc, AMOUNT_WORDS, italic=True)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- Sở Nội vụ tỉnh Thái Nguyên (b/c);",
                          "- Liên minh HTX tỉnh, Hội LHPN tỉnh;", "- UBND các xã Bằng Thành, Chợ Đồn, Nam Cường;",
                          "- 05 HTX, THT được tài trợ;", "- Lưu: VT, BDA."],
                    ["GIÁM ĐỐC", "", "", "", "", "Hoàng Minh Khuê"])
    return saved(doc, author="Ban Dự án", editor="Văn thư Quỹ", title="Kế hoạch 19/KH-QĐX",
                 created=datetime(2026, 9, 15, 9, 10, 0), modified=datetime(2026, 9, 22, 15, 40, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
