"""Write a_phu-tho_58-KH-BGTB-2026_thu-mua-go-keo-htx-lam-nghiep.docx, the hundred-and-ninetieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen190/make_docx.py [OUT]

A pulp mill company's plan (October 2026) for buying acacia pulpwood from forestry cooperatives and cooperative groups
from the fourth quarter of 2026 to the third quarter of 2027. I. targets ("-" lines), II. how the plan is to be read,
III.1 a LIST OF THE WORK BY CODE ("CV01." … "CV11.", each with its partners after "Phối hợp:", no doer), III.2 ONE
bordered GRID whose ROWS ARE THE COMPANY'S UNITS and whose COLUMNS ARE THE QUARTERS (Quý IV/2026 … Quý III/2027): a
cell holds the codes of the work the row's unit leads in that quarter, a code repeated over several quarters for work
that runs over them; one coded item is ongoing and left out of the grid, its doer named in the list. IV. two numbered
duties of the cooperatives; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
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
OUT = HERE / "a_phu-tho_58-KH-BGTB-2026_thu-mua-go-keo-htx-lam-nghiep.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Năm 2026 Công ty mua được 148.000 tấn gỗ keo nguyên liệu, trong đó 41% mua của các hợp tác xã, tổ hợp tác lâm "
     "nghiệp trên địa bàn các xã Thanh Ba, Đông Thành, Chí Tiên, Hạ Hòa, Yên Kỳ; phần còn lại qua thương lái, giá "
     "không ổn định và nhiều lô gỗ non dưới 5 năm tuổi. Nhằm có vùng nguyên liệu ổn định, minh bạch về giá và cân, "
     "Công ty xây dựng Kế hoạch thu mua gỗ keo của các hợp tác xã, tổ hợp tác cho bốn quý, từ tháng 10/2026 đến "
     "tháng 9/2027, với các nội dung dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua của 05 hợp tác xã và 02 tổ hợp tác lâm nghiệp khoảng 72.000 tấn gỗ keo tươi, chiếm trên 50% sản lượng "
     "gỗ đưa vào sản xuất của nhà máy.", "p"),
    ("- Không mua gỗ keo dưới 5 năm tuổi; 100% diện tích khai thác của hợp tác xã được trồng lại ngay trong mùa "
     "mưa năm 2027.", "p"),
    ("- Tiền gỗ chuyển vào tài khoản của hợp tác xã, tổ hợp tác, không trả tiền mặt qua trung gian.", "p"),
    ("II. CÁCH ĐỌC BẢNG PHÂN CÔNG", "h"),
    ("Các việc được đánh mã từ CV01 đến CV11 ở Mục III.1. Bảng ở Mục III.2 ghi mã việc vào hàng của đơn vị chủ trì "
     "và vào cột quý mà việc phải hoàn thành; việc kéo dài qua nhiều quý thì mã được ghi ở từng quý và hạn hoàn "
     "thành là quý cuối cùng có mã. Đơn vị ghi sau chữ \"Phối hợp\" cùng thực hiện với đơn vị chủ trì.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
    ("1. Danh mục công việc", "h"),
]

WORK = [
    "CV01. Ký hợp đồng mua bán gỗ keo giai đoạn 2027 - 2029 với từng HTX, THT: chốt diện tích đến tuổi khai thác, "
    "sản lượng dự kiến và giá sàn 1.250.000 đồng/tấn gỗ tươi giao tại bãi nhà máy. Phối hợp: Phòng Tài chính - Kế "
    "toán.",
    "CV02. Hướng dẫn HTX, THT lập hồ sơ khai thác rừng trồng, bảng kê lâm sản cho từng lô trước khi chặt. Phối hợp: "
    "Hạt Kiểm lâm khu vực Thanh Ba, UBND các xã có rừng.",
    "CV03. Hiệu chuẩn cân ô tô 100 tấn ở cổng bãi gỗ; lắp camera ghi hình từng lượt cân và gửi phiếu cân điện tử "
    "cho chủ nhiệm HTX ngay sau khi cân. Phối hợp: Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh.",
    "CV04. Sửa 6,5 km đường vận xuất ở các thôn vùng đồi xã Đông Thành để xe 10 tấn vào được bãi tập kết của HTX "
    "Lâm nghiệp Đông Thành. Phối hợp: HTX Lâm nghiệp Đông Thành, UBND xã Đông Thành.",
    "CV05. Cung ứng 900.000 cây keo lai giống mô cho HTX, THT trồng lại sau khai thác, tiền cây trừ dần vào tiền gỗ. "
    "Phối hợp: Phòng Vùng nguyên liệu.",
    "CV06. Cấp mũ, găng tay, giày bảo hộ và mua bảo hiểm tai nạn cho 12 tổ khai thác của các HTX. Phối hợp: Phòng "
    "Vùng nguyên liệu.",
    "CV07. Nhận gỗ theo lịch đăng ký của từng HTX, THT; kiểm tra đường kính, chiều dài, tạp chất và trừ tạp theo "
    "bảng quy đổi đã thống nhất. Phối hợp: Phòng Kỹ thuật - KCS.",
    "CV08. Chuyển tiền gỗ vào tài khoản của HTX, THT trong 07 ngày làm việc kể từ ngày cân (việc thường xuyên, không "
    "ghi vào bảng ở Mục III.2; Phòng Tài chính - Kế toán thực hiện).",
    "CV09. Tập huấn cho thành viên HTX, THT kỹ thuật trồng rừng gỗ lớn, tỉa thưa và phòng cháy rừng mùa khô. Phối "
    "hợp: Trung tâm Khuyến nông tỉnh.",
    "CV10. Hỗ trợ HTX Lâm nghiệp Đông Thành, HTX Nông lâm Chí Tiên lập phương án quản lý rừng bền vững và đăng ký "
    "đánh giá cấp chứng chỉ. Phối hợp: Sở Nông nghiệp và Môi trường.",
    "CV11. Đánh giá việc thực hiện hợp đồng của từng HTX, THT; đề xuất giá sàn năm 2028 trình Hội đồng quản trị. "
    "Phối hợp: Phòng Vùng nguyên liệu, Phòng Tài chính - Kế toán.",
]

GRID_COLUMNS = ["Đơn vị chủ trì", "Quý IV/2026", "Quý I/2027", "Quý II/2027", "Quý III/2027"]
GRID_WIDTHS = [Cm(5.0), Cm(2.75), Cm(2.75), Cm(2.75), Cm(2.75)]
GRID = [
    ("Phòng Vùng nguyên liệu", "CV01, CV02", "CV02", "CV09, CV10", "CV10"),
    ("Phòng Kỹ thuật - KCS", "CV03", "", "", ""),
    ("Phòng Tài chính - Kế toán", "", "CV06", "", ""),
    ("Phòng Kế hoạch - Kinh doanh", "", "", "", "CV11"),
    ("Xưởng Bãi gỗ", "", "CV07", "CV07", "CV07"),
    ("Vườn ươm cây giống", "", "CV05", "CV05", ""),
    ("Đội Xe - Máy", "CV04", "", "", ""),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA CÁC HTX, THT", "h"),
    ("1. Đăng ký lịch giao gỗ của tháng sau với Xưởng Bãi gỗ trước ngày 25 hằng tháng; không gom gỗ của người ngoài "
     "vùng liên kết để giao cho nhà máy.", "p"),
    ("2. Gửi danh sách thành viên có rừng đến tuổi khai thác kèm số tài khoản ngân hàng về Phòng Tài chính - Kế toán "
     "trước ngày 15/12/2026.", "p"),
    ("Các đơn vị trong Công ty căn cứ bảng phân công bố trí người, xe và kinh phí; vướng mắc báo cáo Tổng Giám đốc "
     "để xử lý./.", "p"),
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
    header_table(doc, ["CÔNG TY CỔ PHẦN", "BỘT GIẤY THANH BA"], "Số: 58/KH-BGTB",
                 "Thanh Ba, ngày 14 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua gỗ keo nguyên liệu của các hợp tác xã, tổ hợp tác lâm nghiệp từ quý IV/2026 đến quý III/2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for text in WORK:
        para(doc, text)
    para(doc, "2. Bảng phân công theo đơn vị và theo quý", bold=True)
    bordered(doc, GRID_COLUMNS, GRID_WIDTHS, GRID, center_columns=(1, 2, 3, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 05 HTX, 02 THT liên kết;",
                          "- UBND các xã Thanh Ba, Đông Thành, Chí Tiên, Hạ Hòa, Yên Kỳ;",
                          "- Hạt Kiểm lâm khu vực Thanh Ba;", "- Các phòng, xưởng, đội (t/h);", "- Lưu: VT, VNL."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Kiều Văn Thắng"])
    return saved(doc, author="Phòng Vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-BGTB", created=datetime(2026, 10, 9, 9, 10, 0),
                 modified=datetime(2026, 10, 14, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
