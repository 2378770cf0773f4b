"""Write a_tay-ninh_41-2026-KH-RK_so-dang-ky-rui-ro-lua-thom-htx.docx, the hundred-and-eighty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen183/make_docx.py [OUT]

A fragrant-rice exporting company's plan (October 2026) for the risks of its contract farming with rice cooperatives
over the Đông Xuân 2026 - 2027 crop, written as a RISK REGISTER: I. purposes ("-" lines), II. how a risk is scored
(likelihood K and impact T from 1 to 5, the level K × T) with a small shaded legend table of the three levels, III. on
a LANDSCAPE page one bordered table Mã | Rủi ro và dấu hiệu cảnh báo | K | T | Mức | Biện pháp ứng phó | Chủ trì |
Phối hợp | Thời hạn — risk codes "R01" …, the scores and their product, the level cell SHADED by its class, the warning
sign of each risk an italic line in the risk's cell, two rows with two numbered measures ("(1)", "(2)") as paragraphs
of their cells, two accepted risks with no measure ("Chấp nhận …", a dash for the doer and the time); IV. on a portrait
page again two numbered duties for keeping the register; the closing sentence; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_tay-ninh_41-2026-KH-RK_so-dang-ky-rui-ro-lua-thom-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Vụ Đông Xuân 2026 - 2027, vùng liên kết của Công ty gồm 06 hợp tác xã, 01 tổ hợp tác thuộc các xã Cần Đước, "
     "Long Hựu, Mỹ Lệ, Tân Lân, Rạch Kiến với 1.920 ha lúa thơm ST25 và Nàng Hoa 9, dự kiến thu mua khoảng 11.500 "
     "tấn lúa tươi để giao 9.500 tấn gạo cho hai khách hàng châu Âu từ tháng 4/2027. Vụ trước, một lô gạo bị khách "
     "hàng từ chối vì dư lượng thuốc trừ bệnh đạo ôn và khoảng 11% sản lượng đã ký bị thành viên bán cho thương lái. "
     "Công ty lập sổ đăng ký rủi ro của vụ này và giao người ứng phó cho từng rủi ro như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Nhận diện trước những việc có thể làm đổ vỡ hợp đồng liên kết với các hợp tác xã, tổ hợp tác; mỗi rủi ro có "
     "một bộ phận chịu trách nhiệm và một thời hạn ứng phó cụ thể.", "p"),
    ("- Thu mua được không dưới 95% sản lượng đã ký; không có lô gạo nào vượt giới hạn dư lượng tối đa mà thị trường "
     "châu Âu cho phép.", "p"),
    ("II. CÁCH CHẤM ĐIỂM RỦI RO", "h"),
    ("Mỗi rủi ro được chấm theo hai thang điểm từ 1 đến 5. K là khả năng xảy ra (1 - rất hiếm, 2 - ít khi, 3 - có "
     "thể xảy ra, 4 - nhiều khả năng, 5 - gần như chắc chắn); T là mức tác động đến hợp đồng (1 - không đáng kể, "
     "3 - thiệt hại dưới 1 tỷ đồng, 5 - mất khách hàng hoặc thiệt hại trên 5 tỷ đồng). Mức rủi ro bằng K nhân T, "
     "chia làm ba hạng, tô màu trong sổ như sau:", "p"),
]

LEGEND_COLUMNS = ["Hạng", "Mức (K x T)", "Cách xử lý"]
LEGEND_WIDTHS = [Cm(3.2), Cm(3.2), Cm(9.6)]
LEGEND = [
    ("Cao", "15 - 25", "Ứng phó ngay; Tổng Giám đốc trực tiếp theo dõi", "F4B6B6"),
    ("Trung bình", "8 - 14", "Có biện pháp riêng; xem lại mỗi tháng", "FBE3A6"),
    ("Thấp", "1 - 7", "Có thể chấp nhận; ghi trong sổ để theo dõi", "C9E7C0"),
]

REGISTER_TITLE = "III. SỔ ĐĂNG KÝ RỦI RO VỤ ĐÔNG XUÂN 2026 - 2027"
REGISTER_NOTE = ("Rủi ro xếp theo mức từ cao xuống thấp. Lịch thời vụ của vùng liên kết: xuống giống tập trung từ "
                 "10/11 đến 30/11/2026, thu hoạch từ 20/02 đến 31/3/2027.")

COLUMNS = ["Mã", "Rủi ro và dấu hiệu cảnh báo", "K", "T", "Mức", "Biện pháp ứng phó", "Chủ trì", "Phối hợp",
           "Thời hạn"]
WIDTHS = [Cm(1.2), Cm(5.9), Cm(0.8), Cm(0.8), Cm(1.6), Cm(7.2), Cm(2.8), Cm(3.0), Cm(2.7)]
SHADE = {"Cao": "F4B6B6", "Trung bình": "FBE3A6", "Thấp": "C9E7C0"}

# (code, risk, sign, K, T, level, measures, leads, partners, times); a list is one paragraph an entry
ROWS = [
    ("R01", "Thành viên hợp tác xã bán lúa cho thương lái khi giá ngoài ruộng lên cao hơn giá đã ký.",
     "Dấu hiệu: giá lúa tươi tại ruộng vượt giá hợp đồng từ 8% trở lên trong 03 ngày liền.", "4", "5", "Cao",
     ["Ký phụ lục hợp đồng với từng HTX, THT: giữ giá sàn, thưởng thêm 250 đồng/kg khi giá thị trường cao hơn "
      "giá hợp đồng; HTX cam kết gom qua HTX ít nhất 90% sản lượng của thành viên"],
     ["Phòng Vùng nguyên liệu"], ["Tổ Pháp chế"], ["Trước 05/11/2026"]),
    ("R02", "Dư lượng thuốc bảo vệ thực vật trong lúa vượt giới hạn của EU, lô gạo bị trả về.",
     "Dấu hiệu: thành viên mua thuốc ngoài danh mục; mẫu lúa có hoạt chất tricyclazole.", "3", "5", "Cao",
     ["(1) Ban hành danh mục thuốc bảo vệ thực vật được phép dùng, phát sổ nhật ký đồng ruộng cho từng thành viên "
      "và tập huấn tổ kỹ thuật của các HTX",
      "(2) Lấy mẫu lúa của từng cánh đồng gửi kiểm nghiệm dư lượng 42 hoạt chất; cánh đồng có mẫu vượt giới hạn "
      "được thu mua riêng, không đưa vào lô xuất khẩu"],
     ["Phòng Kỹ thuật - Chất lượng"],
     ["(1) Chi cục Trồng trọt và Bảo vệ thực vật", "(2) Công ty TNHH Kiểm nghiệm Sao Nam"],
     ["(1) Trước 10/11/2026", "(2) 07 ngày trước khi gặt từng cánh đồng"]),
    ("R03", "Nước mặn vào kênh nội đồng khi lúa đang làm đòng, trổ bông.",
     "Dấu hiệu: độ mặn đo tại cống Rạch Kiến từ 2‰ trở lên.", "3", "4", "Trung bình",
     ["(1) Theo dõi bản tin mặn hằng ngày, nhắn cảnh báo cho ban điều hành các HTX qua nhóm Zalo vùng nguyên liệu",
      "(2) Trữ nước ngọt vào ao, mương nội đồng; đóng, mở cống lấy nước theo lịch chung của xã"],
     ["(1) Phòng Vùng nguyên liệu", "(2) Các HTX liên kết"],
     ["(1) Chi cục Thủy lợi", "(2) UBND xã Long Hựu"],
     ["(1) Từ 15/12/2026 đến 15/3/2027", "(2) Trước 10/01/2027"]),
    ("R04", "Rầy nâu, bệnh đạo ôn phát sinh thành dịch trên diện rộng.",
     "Dấu hiệu: bẫy đèn bắt trên 3.000 con rầy/đêm; vết bệnh trên lá ở 5% số khóm trở lên.", "3", "4",
     "Trung bình",
     ["Đặt 06 bẫy đèn trong vùng liên kết, điều tra mật độ rầy và báo cho các HTX; hướng dẫn phun thuốc trong "
      "danh mục khi vượt ngưỡng"],
     ["Phòng Kỹ thuật - Chất lượng"], ["Chi cục Trồng trọt và Bảo vệ thực vật"],
     ["Hằng tuần, từ khi sạ đến khi lúa trổ"]),
    ("R05", "Công ty thiếu vốn lưu động, chậm trả tiền lúa cho các HTX.",
     "Dấu hiệu: dư nợ vay mùa vụ vượt 85% hạn mức tín dụng.", "2", "5", "Trung bình",
     ["Làm việc với ngân hàng nâng hạn mức tín dụng mùa vụ lên 180 tỷ đồng và chốt lịch giải ngân theo tiến độ "
      "thu mua"],
     ["Phòng Tài chính - Kế toán"], ["Agribank Chi nhánh Long An"], ["Trước 31/12/2026"]),
    ("R06", "Thiếu máy gặt đập liên hợp và lò sấy vào cao điểm thu hoạch, lúa ướt tồn ngoài đồng.",
     "Dấu hiệu: lúa chờ sấy tại nhà máy vượt 600 tấn/ngày.", "3", "3", "Trung bình",
     ["Ký hợp đồng dịch vụ với các tổ máy gặt của HTX; thuê thêm 02 lò sấy tầng sôi đặt tại nhà máy"],
     ["Nhà máy Rạch Kiến"], ["Phòng Vùng nguyên liệu"], ["Trước 31/01/2027"]),
    ("R07", "Tranh chấp kết quả đo độ ẩm, tạp chất khi cân lúa tại nhà máy.",
     "Dấu hiệu: từ 03 xe lúa/ngày trở lên bị HTX khiếu nại kết quả.", "3", "3", "Trung bình",
     ["Hiệu chuẩn các máy đo ẩm; mời đại diện HTX cùng đọc kết quả và ký biên bản cho từng xe"],
     ["Phòng Kỹ thuật - Chất lượng"], [""], ["Trước đợt thu mua đầu tiên (15/02/2027)"]),
    ("R08", "Khách hàng đổi quy cách bao bì, nhãn mác sau khi đã in bao.",
     "Dấu hiệu: khách hàng gửi bản thiết kế nhãn mới.", "2", "3", "Thấp",
     ["Chấp nhận; chi phí in lại bao tính vào giá bán"], ["—"], ["—"], ["—"]),
    ("R09", "Tỷ giá đồng euro giảm mạnh trước ngày giao hàng.",
     "Dấu hiệu: tỷ giá EUR/VND giảm quá 3% so với ngày ký hợp đồng.", "2", "3", "Thấp",
     ["Mua hợp đồng kỳ hạn ngoại tệ cho 50% giá trị đơn hàng"], ["Phòng Kinh doanh xuất khẩu"],
     ["Phòng Tài chính - Kế toán"], ["Khi ký hợp đồng xuất khẩu"]),
    ("R10", "Cháy tại khu lò sấy đốt trấu.", "Dấu hiệu: trấu tồn sát lò; hệ thống báo cháy hỏng.", "1", "5",
     "Thấp", ["Chấp nhận; giữ nguyên các biện pháp phòng cháy đang áp dụng"], ["—"], ["—"], ["—"]),
]

AFTER = [
    ("IV. THEO DÕI VÀ CẬP NHẬT SỔ RỦI RO", "h"),
    ("1. Ban Kiểm soát nội bộ xem lại sổ đăng ký rủi ro vào ngày 05 hằng tháng, chấm lại điểm các rủi ro và trình Tổng "
     "Giám đốc những rủi ro có mức tăng lên từ 15 trở lên.", "p"),
    ("2. Các HTX, THT liên kết báo ngay cho Phòng Vùng nguyên liệu khi thấy một dấu hiệu cảnh báo ghi trong sổ, chậm "
     "nhất trong vòng 24 giờ.", "p"),
    ("Rủi ro mới phát sinh trong vụ được bổ sung vào sổ với mã kế tiếp (R11, R12 …). Các phòng, Nhà máy Rạch Kiến và "
     "các hợp tác xã, tổ hợp tác liên kết căn cứ sổ này để thực hiện./.", "p"),
]


def shade(cell, fill: str) -> None:
    """The cell's background filled with ``fill`` (a hex colour), as Word's Shading writes it."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def cell_paragraphs(cell, lines, *, size=10, bold=False, italic_from=None, center=False) -> None:
    """``lines`` as the cell's paragraphs (its first, empty paragraph reused), in ``size`` pt; the lines from index
    ``italic_from`` on in italics."""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            run = p.add_run(line)
            run.font.size = Pt(size)
            run.bold = bold
            run.italic = italic_from is not None and i >= italic_from


def legend_table(doc):
    table = doc.add_table(rows=1 + len(LEGEND), cols=3)
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = LEGEND_WIDTHS[i]
        cell_paragraphs(cell, [LEGEND_COLUMNS[i]], size=11, bold=True, center=True)
    for row, (level, scores, handling, fill) in zip(table.rows[1:], LEGEND):
        for i, (cell, value) in enumerate(zip(row.cells, (level, scores, handling))):
            cell.width = LEGEND_WIDTHS[i]
            cell_paragraphs(cell, [value], size=11, center=i < 2)
        shade(row.cells[0], fill)


def register_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_paragraphs(cell, [COLUMNS[i]], bold=True, center=True)
        shade(cell, "D9D9D9")
    for row, (code, risk, sign, k, t, level, measures, leads, partners, times) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_paragraphs(cells[0], [code], bold=True, center=True)
        cell_paragraphs(cells[1], [risk, sign], italic_from=1)
        cell_paragraphs(cells[2], [k], center=True)
        cell_paragraphs(cells[3], [t], center=True)
        cell_paragraphs(cells[4], [str(int(k) * int(t)), level], center=True)
        shade(cells[4], SHADE[level])
        cell_paragraphs(cells[5], measures)
        cell_paragraphs(cells[6], leads)
        cell_paragraphs(cells[7], partners)
        cell_paragraphs(cells[8], times, center=True)
    return table


def turn(doc, landscape: bool):
    """A new section on a new page, landscape or portrait."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Cm(29.7), Cm(21)) if landscape else (Cm(21), Cm(29.7))
    section.left_margin, section.right_margin = (Cm(2), Cm(1.5)) if landscape else (Cm(3), Cm(2))
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "GẠO THƠM RẠCH KIẾN"], "Số: 41/2026/KH-RK",
                 "Cần Đước, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Quản lý rủi ro liên kết sản xuất, tiêu thụ lúa thơm với các hợp tác xã, tổ hợp tác vụ Đông Xuân "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    legend_table(doc)
    turn(doc, landscape=True)
    para(doc, REGISTER_TITLE, bold=True)
    para(doc, REGISTER_NOTE, italic=True)
    register_table(doc)
    turn(doc, landscape=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 06 HTX, 01 THT liên kết;",
                          "- Các phòng, Nhà máy Rạch Kiến;", "- Ban Kiểm soát nội bộ;", "- Lưu: VT, P.VNL."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Võ Thị Kim Xuyến"])
    return saved(doc, author="Phòng Vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-RK", created=datetime(2026, 10, 5, 9, 40, 0),
                 modified=datetime(2026, 10, 9, 15, 20, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
