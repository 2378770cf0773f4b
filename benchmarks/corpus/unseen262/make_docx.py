"""Write a_khanh-hoa_31-KH-XBX-2026_xiec-mua-hang-htx-bang-don-vi.docx, the two-hundred-and-sixty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen262/make_docx.py [OUT]

A circus troupe company's plan (August 2026) for buying feed for its performing horses and goats, costumes, bamboo
props, tent mending and touring transport of cooperatives in the 2026 - 2027 touring season: an opening, I. targets;
II.1 a bordered WORK TABLE Mã | Việc | Thời hạn that names no doer; II.2 a bordered UNIT TABLE, one row per unit of the
company, Đơn vị | Chủ trì các việc | Phối hợp các việc, holding the codes of the works; III. the cooperatives' duty;
the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_khanh-hoa_31-KH-XBX-2026_xiec-mua-hang-htx-bang-don-vi.docx"

OPENING = [
    ("Mùa lưu diễn 2026 - 2027 của Công ty bắt đầu từ đêm 20/11/2026 tại Nha Trang, đi qua 14 điểm diễn ở Khánh Hòa, "
     "Lâm Đồng và Đắk Lắk. Đàn 9 con ngựa và 12 con dê diễn cần cỏ khô, cám đều đặn; trang phục, vòng tre, thang tre đã "
     "cũ sau hai mùa; lều bạt rách nhiều chỗ. Giám đốc ban hành Kế hoạch mua hàng và thuê dịch vụ của các hợp tác xã "
     "trong tỉnh cho mùa diễn này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Toàn bộ thức ăn thô cho ngựa, dê và ít nhất 80% trang phục, đạo cụ tre của mùa diễn do hợp tác xã cung ứng.",
     "p"),
    ("2. Không buổi diễn nào phải hoãn vì thiếu xe chở thiết bị hoặc vì lều bạt hư hỏng.", "p"),
    ("II. VIỆC VÀ PHÂN CÔNG", "h"),
    ("1. Danh mục việc", "h"),
    ("Mỗi việc mang một mã; đơn vị làm việc đó xem ở bảng phân công tại điểm 2.", "p"),
]

WORK_COLUMNS = ["Mã", "Việc", "Thời hạn"]
WORK_WIDTHS = [Cm(1.4), Cm(11.0), Cm(3.8)]
WORKS = [
    ("V01", "Ký hợp đồng mua cỏ khô, cám ngô cả mùa lưu diễn với HTX Nông nghiệp Diên Lâm, giao theo lịch từng điểm "
     "diễn", "Trước 15/9/2026"),
    ("V02", "Kiểm tra độ ẩm, mốc của từng lô cỏ khô, cám khi nhận; lô không đạt thì trả lại ngay trong ngày",
     "Mỗi lần nhận hàng"),
    ("V03", "Đặt HTX May mặc Ninh Hải may 60 bộ trang phục biểu diễn mới theo mẫu đã duyệt, thử trên diễn viên trước "
     "khi nhận", "Tháng 10/2026"),
    ("V04", "Đặt Tổ hợp tác đan tre Ninh Ích làm 40 vòng tre, 06 thang tre và bộ gậy thăng bằng, có thử tải",
     "Trước 31/10/2026"),
    ("V05", "Thuê HTX Dịch vụ Vĩnh Lương vá, giặt bạt lều diễn và rèm hậu trường", "Sau mỗi điểm diễn"),
    ("V06", "Ký hợp đồng với HTX Vận tải Cam Ranh chở lều, thiết bị, chuồng thú giữa các điểm diễn", "Quý IV/2026"),
    ("V07", "Dành 04 gian ở sân diễn cho hợp tác xã bày bán yến sào, muối, nước mắm, hàng thủ công; không thu tiền "
     "gian", "Từ đêm diễn 20/11/2026"),
    ("V08", "Thanh toán tiền hàng, tiền dịch vụ cho hợp tác xã trong 10 ngày kể từ ngày nhận đủ hóa đơn",
     "Thường xuyên"),
    ("V09", "Diễn một suất không bán vé mời thành viên các hợp tác xã cung ứng và gia đình", "Tháng 12/2026"),
    ("V10", "Đánh giá từng hợp tác xã cung ứng sau nửa mùa diễn, đề xuất giữ hay đổi nhà cung ứng, báo cáo Giám đốc",
     "Quý I/2027"),
]

UNIT_COLUMNS = ["Đơn vị", "Chủ trì các việc", "Phối hợp các việc"]
UNIT_WIDTHS = [Cm(6.2), Cm(5.0), Cm(5.0)]
UNITS = [
    ("Phòng Hậu cần - Vật tư", "V01, V10", "V03, V06, V08"),
    ("Tổ Chăm sóc thú diễn", "V02", "V01"),
    ("Xưởng Phục trang - Đạo cụ", "V03, V04", "V10"),
    ("Ban Kỹ thuật sân khấu", "V05", "V04, V06"),
    ("Phòng Lưu diễn - Kinh doanh", "V06, V07", "V05, V09"),
    ("Phòng Kế toán", "V08", "V10"),
    ("Đoàn Biểu diễn số 1", "V09", "V03"),
]

BETWEEN = [
    ("2. Bảng phân công", "h"),
    ("Đơn vị ở cột thứ nhất chủ trì các việc có mã ở cột thứ hai và phối hợp trong các việc có mã ở cột thứ ba. Việc "
     "không có đơn vị phối hợp thì đơn vị chủ trì tự làm.", "p"),
]

AFTER = [
    ("III. VIỆC CỦA HỢP TÁC XÃ BÁN HÀNG CHO CÔNG TY", "h"),
    ("Hợp tác xã bán hàng, làm dịch vụ cho Công ty giao hàng đúng lịch điểm diễn Công ty gửi trước 07 ngày, kèm phiếu xuất kho ghi rõ lô "
     "hàng; báo ngay cho Phòng Hậu cần - Vật tư khi không giao được.", "p"),
    ("Trưởng các phòng, ban, tổ, xưởng và Trưởng Đoàn Biểu diễn số 1 thực hiện Kế hoạch này; vướng mắc báo Phó Giám đốc "
     "phụ trách hậu cần./.", "p"),
]


def table_of(doc, columns, widths, rows):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,), center=True)
            else:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i != 1 and columns[0] == "Mã")
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "NGHỆ THUẬT XIẾC BIỂN XANH"], "Số: 31/KH-XBX",
                 "Khánh Hòa, ngày 12 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua thức ăn cho thú diễn, trang phục, đạo cụ và thuê dịch vụ của hợp tác xã cho mùa lưu diễn "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table_of(doc, WORK_COLUMNS, WORK_WIDTHS, WORKS)
    for text, style in BETWEEN:
        para(doc, text, bold=style == "h")
    table_of(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- HTX bán hàng, làm dịch vụ;",
                          "- Các phòng, ban, tổ, xưởng, đoàn;", "- Lưu: VT, HCVT."],
                    ["GIÁM ĐỐC", "", "", "", "Lê Quang Vĩnh Thái"])
    return saved(doc, author="Phòng Hậu cần - Vật tư", editor="Văn thư Công ty",
                 title="Kế hoạch 31/KH-XBX", created=datetime(2026, 8, 7, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
