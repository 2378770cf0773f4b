"""Write a_bac-ninh_37-KH-DCG-2026_chi-tiet-go-htx-phong-hop-nhat.docx, the two-hundred-and-thirty-second held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen232/make_docx.py [OUT]

A wooden-toy maker's plan (October 2026) for buying the turned and cut wooden parts of its 2027 export orders from
woodworking cooperatives and cooperative groups: the bases, I. targets, II. the linked units (facts), III. a NOTE
THAT TWO ROOMS MERGE INTO A NEW ONE ON 01/01/2027 — the table keeps the rooms' present names, and a row naming either
of them whose time falls on or after that day is taken over by the new room —, then one bordered table TT | Việc cần
làm | Chủ trì | Phối hợp | Thời hạn; IV. the cooperatives' own part; the closing; the signature beside "Nơi
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
OUT = HERE / "a_bac-ninh_37-KH-DCG-2026_chi-tiet-go-htx-phong-hop-nhat.docx"

OPENING = [
    ("Căn cứ Điều lệ Công ty TNHH Đồ chơi gỗ Đông Mai;", "i"),
    ("Căn cứ các đơn đặt hàng đồ chơi gỗ xuất khẩu năm 2027 Công ty đã ký với khách hàng châu Âu và Nhật Bản (tổng "
     "cộng 186.000 bộ);", "i"),
    ("Căn cứ Quyết định số 112/QĐ-ĐCG ngày 02/10/2026 của Hội đồng thành viên về sắp xếp lại các phòng của Công ty,",
     "i"),
    ("Giám đốc Công ty ban hành Kế hoạch mua chi tiết gỗ tiện, gỗ cắt từ các hợp tác xã, tổ hợp tác liên kết phục "
     "vụ đơn hàng năm 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua đủ 1,45 triệu chi tiết (bánh xe, khối vuông, chốt, trục) của các đơn vị liên kết, đạt ít nhất 96% số chi "
     "tiết đúng dung sai ngay lần giao đầu.", "p"),
    ("- Mọi lô gỗ đưa vào tiện có hồ sơ nguồn gốc gỗ rừng trồng; không để lô chi tiết nào bị khách trả vì sai màu sơn "
     "hoặc dư lượng kim loại nặng.", "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Địa bàn", "Chi tiết nhận làm", "Số lượng năm 2027"]
UNIT_WIDTHS = [Cm(5.6), Cm(3.4), Cm(4.2), Cm(2.8)]
UNITS = [
    ("HTX Mộc Tam Sơn", "phường Tam Sơn", "Bánh xe, trục", "520.000"),
    ("HTX Tiện gỗ Hương Mạc", "phường Phù Khê", "Chốt, trục", "410.000"),
    ("HTX Dịch vụ mộc Đồng Quang", "phường Đồng Nguyên", "Khối vuông", "300.000"),
    ("THT tiện gỗ thôn Phù Lưu", "xã Tiên Du", "Chốt", "140.000"),
    ("THT cắt phôi xóm Trại", "xã Yên Phong", "Phôi khối", "80.000"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Lưu ý khi đọc bảng: theo Quyết định số 112/QĐ-ĐCG nêu trên, kể từ ngày 01/01/2027 Phòng Mua hàng và Phòng Kho "
     "vận hợp nhất thành Phòng Chuỗi cung ứng. Bảng dưới đây vẫn ghi tên hai phòng như hiện nay; việc nào ghi Phòng Mua "
     "hàng hoặc Phòng Kho vận (ở cột chủ trì hay cột phối hợp) mà thời hạn rơi vào ngày 01/01/2027 hoặc muộn hơn thì "
     "Phòng Chuỗi cung ứng nhận và làm tiếp, không phải giao lại.", "p"),
]

COLUMNS = ["TT", "Việc cần làm", "Chủ trì", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(2.8), Cm(2.8), Cm(2.4)]
ROWS = [
    ("1", "Thống nhất và ký phụ lục hợp đồng mua bánh xe, khối vuông, chốt, trục năm 2027 với từng HTX, THT; chốt đơn giá theo cỡ "
          "chi tiết", "Phòng Mua hàng", "Phòng Kế toán", "Trước 30/11/2026"),
    ("2", "Gửi bản vẽ, mẫu chuẩn và dưỡng đo cho từng HTX, THT; hướng dẫn dung sai không quá 0,3 mm",
     "Phòng Kỹ thuật - Chất lượng", "Phòng Mua hàng", "Trước 15/12/2026"),
    ("3", "Đo độ ẩm gỗ xẻ tại xưởng của các HTX trước khi tiện, loại các thanh ẩm trên 12%",
     "Phòng Kỹ thuật - Chất lượng", "HTX Mộc Tam Sơn", "Tháng 12/2026"),
    ("4", "Lập sổ theo dõi nguồn gốc gỗ cao su, gỗ keo rừng trồng của từng lô nhập vào các HTX, THT",
     "Phòng Mua hàng", "Chi cục Kiểm lâm tỉnh", "Trước 31/12/2026"),
    ("5", "Nhận chi tiết đợt 1 tại kho Công ty, kiểm đếm, lấy mẫu đo dung sai và cấp phiếu nhập kho",
     "Phòng Kho vận", "Phòng Kỹ thuật - Chất lượng", "Từ 05/01 đến 25/01/2027"),
    ("6", "Chuyển tiền hàng đợt 1 vào tài khoản của các HTX, THT theo phiếu nhập kho", "Phòng Kế toán",
     "Phòng Kho vận", "Trước 05/02/2027"),
    ("7", "Tập huấn sơn gốc nước an toàn cho đồ chơi trẻ em cho thợ của 02 HTX nhận hoàn thiện chi tiết",
     "Xưởng Sơn - Hoàn thiện", "Phòng Kỹ thuật - Chất lượng", "Tháng 02/2027"),
    ("8", "Cấp thùng carton in mã lô cho các HTX, THT; thu hồi thùng, pallet đã dùng", "Phòng Kho vận", "",
     "Thường xuyên"),
    ("9", "Đối chiếu số chi tiết đã giao của từng HTX, THT với phụ lục hợp đồng; đề xuất điều chỉnh số lượng quý "
          "II/2027", "Phòng Mua hàng", "Phòng Kho vận, Phòng Kinh doanh xuất khẩu", "Trước 15/3/2027"),
    ("10", "Cùng Liên minh Hợp tác xã tỉnh Bắc Ninh đánh giá năng lực 02 THT muốn lập hợp tác xã; giúp các THT làm "
           "hồ sơ", "Phòng Mua hàng", "Liên minh Hợp tác xã tỉnh Bắc Ninh", "Quý II/2027"),
    ("11", "Tổng kết năm liên kết đầu tiên, báo cáo Giám đốc và đề xuất danh sách đơn vị liên kết năm 2028",
     "Phòng Kinh doanh xuất khẩu", "Phòng Mua hàng, Phòng Kế toán", "Tháng 6/2027"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("Các HTX, THT liên kết cử mỗi đơn vị 01 người làm đầu mối nhận bản vẽ và giao hàng, báo số thợ, số máy tiện đang "
     "dùng về Phòng Mua hàng trước ngày 20/11/2026; tự kiểm dung sai từng bao chi tiết trước khi giao.", "p"),
    ("Trưởng các phòng, xưởng căn cứ bảng trên bố trí người làm; có vướng mắc báo Phó Giám đốc sản xuất để giải quyết "
     "kịp thời./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "ĐỒ CHƠI GỖ ĐÔNG MAI"], "Số: 37/KH-ĐCG",
                 "Bắc Ninh, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua chi tiết gỗ tiện, gỗ cắt của các hợp tác xã, tổ hợp tác liên kết cho đơn hàng năm 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(3,))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=False)
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 05 đơn vị liên kết;",
                          "- Các phòng, xưởng (t/h);", "- Lưu: VT, PMH."],
                    ["GIÁM ĐỐC", "", "", "", "", "Phạm Thế Vĩnh"])
    return saved(doc, author="Phòng Mua hàng", editor="Văn thư Công ty",
                 title="Kế hoạch 37/KH-ĐCG", created=datetime(2026, 10, 12, 8, 25, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
