"""Write a_tp-ho-chi-minh_34-2026-KH-SCLBG_hat-ca-cao-len-men-htx-nguoi-thay.docx, the two-hundred-and-twenty-eighth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen228/make_docx.py [OUT]

A chocolate maker's plan (October 2026) for buying the fermented cacao beans of its linked cacao cooperatives and
cooperative groups over the 2026 - 2027 crop: I. targets; II. a facts table of the linked units (no work); III. an
italic note, then one bordered table whose doers are POSTS, with a column of the person who STANDS IN when the one in
charge is away ("Người thay khi vắng": no partner) beside "Phối hợp", and whose times are WINDOWS in two columns
"Không sớm hơn" | "Không muộn hơn" (the latter the deadline; "—" no earliest day); IV. the cooperatives' own duty; the
closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_tp-ho-chi-minh_34-2026-KH-SCLBG_hat-ca-cao-len-men-htx-nguoi-thay.docx"

OPENING = [
    ("Niên vụ 2025 - 2026 Công ty mua được 146 tấn hạt ca cao khô của vùng liên kết; khi thử cắt hạt, 22% số lô có "
     "nhiều hạt tím, hạt chưa lên men đủ, phải trả lại hoặc hạ giá; dòng sô cô la ghi tên vùng trồng bán ra nước ngoài "
     "cần thêm hạt đạt chuẩn. Để chủ động nguồn hạt cho năm 2027, Công ty lập Kế hoạch mua hạt niên vụ 2026 - 2027 "
     "như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua 190 tấn hạt ca cao khô đã lên men của các hợp tác xã, tổ hợp tác liên kết, tăng 30% so với niên vụ trước.",
     "p"),
    ("- Mỗi lô giao có từ 75% hạt nâu trở lên khi thử cắt; độ ẩm hạt không quá 7,5%.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Diện tích ca cao (ha)", "Hạt khô đăng ký (tấn)"]
UNIT_WIDTHS = [Cm(6.2), Cm(3.4), Cm(3.0), Cm(3.4)]
UNITS = [
    ("HTX Ca cao Ngãi Giao", "Ngãi Giao", "96", "58"),
    ("HTX Nông nghiệp Xuân Sơn", "Xuân Sơn", "71", "40"),
    ("HTX Ca cao Bình Giã", "Bình Giã", "64", "37"),
    ("THT ca cao ấp Sơn Thành", "Xuân Sơn", "18", "9"),
    ("HTX Nông nghiệp Ea Na (Đắk Lắk)", "Ea Na", "85", "46"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG VÀ KHUNG THỜI GIAN", "h"),
    ("Cách đọc bảng: cột “Người phụ trách” ghi người chịu trách nhiệm làm việc đó; cột “Người thay khi vắng” ghi người "
     "làm thay trong những ngày người phụ trách đi công tác hoặc nghỉ phép, không phải người phối hợp; cột “Phối hợp” "
     "ghi bộ phận, đơn vị cùng làm. Mỗi việc có một khung thời gian: không bắt đầu trước ngày ghi ở cột “Không sớm "
     "hơn” và phải xong chậm nhất vào ngày ghi ở cột “Không muộn hơn”; dấu “—” là không đặt ngày sớm nhất.", "i"),
]

COLUMNS = ["TT", "Việc", "Người phụ trách", "Người thay khi vắng", "Phối hợp", "Không sớm hơn", "Không muộn hơn"]
WIDTHS = [Cm(0.8), Cm(4.6), Cm(2.4), Cm(2.2), Cm(2.6), Cm(1.7), Cm(1.7)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng mua hạt niên vụ 2026 - 2027 với từng HTX, THT: giá sàn 118.000 đồng/kg hạt khô, "
     "mức thưởng theo tỷ lệ hạt nâu", "Trưởng phòng Nguyên liệu", "Phó phòng Nguyên liệu", "Phòng Kế toán", "—",
     "20/11/2026"),
    ("2", "Tập huấn hái quả chín, tách hạt trong ngày, ủ men 5 - 6 ngày trong thùng gỗ có đảo hạt, phơi trên giàn "
     "lưới cho tổ kỹ thuật của các HTX, THT", "Trưởng nhóm Lên men", "Kỹ thuật viên lên men",
     "Trung tâm Khuyến nông Thành phố", "02/11/2026", "28/11/2026"),
    ("3", "Giao 150 thùng ủ men bằng gỗ và 30 giàn phơi lưới cho các điểm sơ chế; lập biên bản giao nhận",
     "Quản đốc Xưởng Sơ chế", "Tổ trưởng Kho vật tư", "HTX Ca cao Ngãi Giao", "—", "15/12/2026"),
    ("4", "Nhận hạt khô đợt 1 tại điểm cân của từng HTX, THT: cân, đo độ ẩm, niêm phong bao, ghi phiếu nhận",
     "Trưởng phòng Nguyên liệu", "Phó phòng Nguyên liệu", "Phòng Kiểm soát chất lượng", "04/01/2027",
     "30/01/2027"),
    ("5", "Thử cắt 300 hạt của mỗi lô nhận, đếm hạt nâu, hạt tím, hạt mốc; gửi kết quả cho HTX, THT",
     "Trưởng phòng Kiểm soát chất lượng", "Nhân viên phân tích mẫu", "", "—",
     "03 ngày làm việc sau mỗi lô nhận"),
    ("6", "Thanh toán tiền hạt cho HTX, THT bằng chuyển khoản theo phiếu nhận và kết quả thử cắt", "Kế toán trưởng",
     "Kế toán thanh toán", "Phòng Nguyên liệu", "—", "05 ngày làm việc sau mỗi lô nhận"),
    ("7", "Kiểm tra 20 vườn mẫu ở các xã Ngãi Giao, Xuân Sơn, Bình Giã; hướng dẫn tỉa cành, bón phân hữu cơ và "
     "phòng bệnh thối quả sau đợt hái thứ nhất", "Kỹ sư nông học", "Trưởng nhóm Lên men",
     "Chi cục Trồng trọt và Bảo vệ thực vật Thành phố, HTX Ca cao Bình Giã", "15/02/2027", "15/3/2027"),
    ("8", "Rang thử 20 mẻ hạt tách riêng theo từng HTX để chọn hạt cho dòng sô cô la ghi tên vùng trồng",
     "Quản đốc Xưởng Rang", "Phó quản đốc Xưởng Rang", "Phòng Kiểm soát chất lượng, Phòng Kinh doanh",
     "01/3/2027", "30/4/2027"),
    ("9", "Nhận hạt khô đợt 2 (vụ chính) tại điểm cân, ưu tiên lô của THT ca cao ấp Sơn Thành đã đăng ký trước",
     "Trưởng phòng Nguyên liệu", "Phó phòng Nguyên liệu", "Phòng Kiểm soát chất lượng", "01/4/2027",
     "31/5/2027"),
    ("10", "Trả thưởng chất lượng 6.000 đồng/kg cho các lô có từ 80% hạt nâu trở lên", "Kế toán trưởng",
     "Kế toán thanh toán", "Phòng Kiểm soát chất lượng", "15/6/2027", "30/6/2027"),
    ("11", "Đánh giá từng HTX, THT sau niên vụ, đề xuất giá sàn và số lượng mua niên vụ 2027 - 2028 trình Giám đốc",
     "Trưởng phòng Nguyên liệu", "Phó phòng Nguyên liệu", "Phòng Kế toán, Phòng Kiểm soát chất lượng",
     "01/7/2027", "31/7/2027"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA BÊN BÁN HẠT", "h"),
    ("Các HTX, THT liên kết báo lịch hái quả và số thùng ủ men đang dùng cho Phòng Nguyên liệu trước "
     "ngày 10/11/2026; chỉ giao hạt đã ủ đủ ngày, phơi đến độ ẩm không quá 7,5% và để riêng hạt của từng thành viên.",
     "p"),
    ("Người phụ trách ghi tại mục III chịu trách nhiệm trước Giám đốc về phần việc của mình; trước khi vắng mặt phải "
     "bàn giao hồ sơ cho người thay đã ghi trong bảng./.", "p"),
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
    header_table(doc, ["CÔNG TY TNHH", "SÔ CÔ LA BÌNH GIÃ"], "Số: 34/2026/KH-SCLBG",
                 "Bình Giã, ngày 21 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua hạt ca cao đã lên men của các hợp tác xã, tổ hợp tác liên kết niên vụ 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 5, 6))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên Công ty (b/c);",
                          "- UBND các xã Ngãi Giao, Xuân Sơn, Bình Giã, Ea Na;", "- Các HTX, THT liên kết;", "- Các phòng, xưởng (t/h);",
                          "- Lưu: VT, P.NL."],
                    ["GIÁM ĐỐC", "", "", "", "Đoàn Thị Bích Vân"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 34/2026/KH-SCLBG", created=datetime(2026, 10, 15, 8, 20, 0),
                 modified=datetime(2026, 10, 21, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
