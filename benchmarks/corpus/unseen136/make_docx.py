"""Write a_hue_12-KH-NXBTH-2026_nha-xuat-ban-so-tay-htx-ma-tran.docx, the hundred-and-thirty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen136/make_docx.py [OUT]

A publishing house's plan (January 2026) to compile, print and hand out a series of six handbooks for cooperatives:
I. purposes, II. the list of the six books (facts, no work), III. one sentence and a legend over ONE BORDERED
ASSIGNMENT MATRIX — TT | Công việc | one column per unit of the house (Ban Biên tập, Phòng Chế bản - Mỹ thuật, Phòng
Phát hành, Phòng Hành chính - Kế toán) holding a mark, "●" for the unit that leads and "○" for those that cooperate |
Cơ quan, đơn vị ngoài NXB phối hợp (names) | Hạn hoàn thành (mostly yearless) —, IV. funding, the closing sentence,
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hue_12-KH-NXBTH-2026_nha-xuat-ban-so-tay-htx-ma-tran.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Có một bộ sổ tay ngắn gọn, dễ tra cứu để ban quản trị, kế toán và thành viên hợp tác xã trên địa bàn thành "
     "phố tự giải quyết những việc hằng ngày: họp đại hội thành viên, ghi sổ, khai thuế, ký hợp đồng bán nông sản.", "p"),
    ("- Mỗi cuốn không quá 120 trang, nhiều bảng biểu, mẫu biểu điền sẵn; có mã QR dẫn tới bản điện tử đọc miễn phí.",
     "p"),
    ("- Sách tặng không thu tiền; in đủ để mỗi hợp tác xã đang hoạt động trên địa bàn nhận ít nhất một bộ.", "p"),
    ("II. DANH MỤC SÁCH", "h"),
    ("Đợt 1 (in trong năm 2026): 1. Sổ tay quản trị hợp tác xã; 2. Sổ tay kế toán hợp tác xã; 3. Hợp tác xã và nghĩa "
     "vụ thuế.", "p"),
    ("Đợt 2: 4. Hợp tác xã ký hợp đồng bán nông sản cho doanh nghiệp; 5. Chuyển đổi số trong hợp tác xã; "
     "6. Đưa sản phẩm hợp tác xã thành sản phẩm OCOP.", "p"),
    ("III. PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Các đơn vị trong Nhà xuất bản thực hiện theo bảng dưới đây.", "p"),
    ("Ghi chú: ● là đơn vị chủ trì; ○ là đơn vị phối hợp. Cột \"Ngoài NXB\" ghi cơ quan, tổ chức được đề nghị phối "
     "hợp.", "i"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí biên soạn, in và phát hành đợt 1 dự kiến 465 triệu đồng, từ nguồn đặt hàng xuất bản năm 2026 và nguồn "
     "thu sự nghiệp của Nhà xuất bản; đợt 2 đề nghị bố trí trong năm 2027.", "p"),
    ("Trên đây là Kế hoạch xuất bản bộ sổ tay hợp tác xã năm 2026 của Nhà xuất bản Thuận Hóa. Trưởng các đơn vị "
     "nắm tiến độ của đơn vị mình, vướng mắc báo cáo Giám đốc để giải quyết./.", "p"),
]

UNITS = ["Ban Biên tập", "Phòng Chế bản - Mỹ thuật", "Phòng Phát hành", "Phòng Hành chính - Kế toán"]
COLUMNS = ["TT", "Công việc", *UNITS, "Ngoài NXB", "Hạn hoàn thành"]
WIDTHS = [Cm(0.8), Cm(5.0), Cm(1.5), Cm(1.6), Cm(1.5), Cm(1.6), Cm(2.4), Cm(1.6)]
# TT, work, one mark per unit (in UNITS' order: "●" leads, "○" cooperates, "" nothing), outside partners, deadline
ROWS = [
    ("1", "Lập đề cương chi tiết 6 cuốn sổ tay, mời nhóm tác giả là cán bộ đã làm việc nhiều năm với hợp tác xã",
     ("●", "", "", "○"), "Liên minh HTX thành phố", "28/02"),
    ("2", "Ký hợp đồng biên soạn với nhóm tác giả, tạm ứng nhuận bút đợt 1",
     ("○", "", "", "●"), "", "tháng 3"),
    ("3", "Biên tập, đọc duyệt bản thảo 3 cuốn đợt 1; mời chuyên gia đọc thẩm định phần kế toán, thuế",
     ("●", "", "", ""), "Sở Tài chính, Thuế thành phố Huế", "quý II"),
    ("4", "Vẽ minh họa, thiết kế bìa, dàn trang 3 cuốn đợt 1 và gắn mã QR bản điện tử",
     ("○", "●", "", ""), "", "15/7"),
    ("5", "Chọn đơn vị in, in 3.000 bản mỗi cuốn đợt 1, kiểm tra chất lượng bản in",
     ("", "○", "●", "○"), "", "tháng 8"),
    ("6", "Nộp lưu chiểu, phát hành 3 cuốn đợt 1",
     ("●", "", "○", ""), "", "ngay sau khi in xong"),
    ("7", "Chuyển sách tặng tới tủ sách của các hợp tác xã; tổ chức 02 buổi giới thiệu sách tại hợp tác xã",
     ("", "", "●", ""), "Liên minh HTX thành phố, UBND các xã, phường", "quý III"),
    ("8", "Biên tập, dàn trang 3 cuốn đợt 2 để sẵn bản thảo in trong năm 2027",
     ("●", "○", "", ""), "Sở Nông nghiệp và Môi trường", "30/10"),
    ("9", "Đưa cả 6 cuốn lên trang sách điện tử của Nhà xuất bản, đọc miễn phí",
     ("", "●", "○", ""), "", "tháng 12"),
    ("10", "Thanh toán nhuận bút, quyết toán kinh phí đợt 1, báo cáo Giám đốc",
     ("", "", "", "●"), "", "20/12/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HUẾ", "NHÀ XUẤT BẢN THUẬN HÓA"], "Số: 12/KH-NXBTH",
                 "Huế, ngày 20 tháng 01 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Biên soạn, xuất bản bộ sổ tay \"Hợp tác xã cần biết\" năm 2026", bold=True, center=True)
    para(doc, "Thực hiện nhiệm vụ xuất bản sách phục vụ kinh tế tập thể được giao năm 2026, Nhà xuất bản Thuận Hóa "
              "lập Kế hoạch biên soạn, xuất bản bộ sổ tay \"Hợp tác xã cần biết\" như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for index, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if index == 0:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
            continue
        number, work, marks, outside, deadline = values
        for i, (cell, value) in enumerate(zip(cells, [number, work, *marks, outside, deadline])):
            cell_lines(cell, [value], center=i not in (1, 6))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở VH&TT (b/c);", "- Liên minh HTX thành phố;", "- Sở Tài chính;",
                          "- Các đơn vị thuộc NXB (t/h);", "- Lưu: VT, BBT."],
                    ["GIÁM ĐỐC - TỔNG BIÊN TẬP", "", "", "", "Trương Đình Vĩnh"])
    return saved(doc, author="Ban Biên tập", editor="Văn thư NXB Thuận Hóa",
                 title="Kế hoạch 12/KH-NXBTH", created=datetime(2026, 1, 14, 8, 30, 0),
                 modified=datetime(2026, 1, 20, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
