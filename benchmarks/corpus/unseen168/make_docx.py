"""Write a_lang-son_37-KH-KLF-2026_lien-ket-nuoi-lon-htx.docx, the hundred-and-sixty-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen168/make_docx.py [OUT]

An animal-feed manufacturer's plan (October 2026) for the first batch of its contract pig-raising programme with
eight pig cooperatives (feed on deferred payment, piglets, veterinary care, buy-back at a floor price): "Căn cứ"
lines, I. targets, II. the figures of the programme (facts), III. one bordered table TT | Hạng mục | Chỉ tiêu |
Phụ trách | Hỗ trợ | Mốc whose KPI column holds SLASH COUNTS THAT LOOK LIKE DATES ("8/8 HTX", "12/12 lô", "6/8
trại"), IV. the cooperatives' own duties as numbered paragraphs, the closing sentence, the signature beside "Nơi
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
OUT = HERE / "a_lang-son_37-KH-KLF-2026_lien-ket-nuoi-lon-htx.docx"

BEFORE = [
    ("Căn cứ Hợp đồng nguyên tắc số 112/2026/HĐNT-KLF ngày 25/9/2026 giữa Công ty và 08 hợp tác xã chăn nuôi trên "
     "địa bàn các xã Hữu Lũng, Yên Bình, Chi Lăng, Cai Kinh;", "i"),
    ("Căn cứ Nghị quyết số 19/NQ-HĐQT ngày 05/10/2026 của Hội đồng quản trị Công ty về chương trình liên kết nuôi lợn "
     "thịt với hợp tác xã,", "i"),
    ("Ban Tổng Giám đốc ban hành Kế hoạch triển khai lứa nuôi thứ nhất như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Cung ứng đủ thức ăn hỗn hợp, lợn giống và dịch vụ thú y cho 08 hợp tác xã; bao tiêu toàn bộ lợn thịt đạt "
     "chuẩn của lứa 1.", "p"),
    ("- Không để dịch tả lợn châu Phi xảy ra tại trại liên kết; hợp tác xã có lãi sau khi trừ tiền thức ăn trả chậm.",
     "p"),
    ("II. QUY MÔ LỨA 1", "h"),
    ("Tổng đàn dự kiến 9.600 con, chia 12 lô nhập giống, bình quân 1.200 con/hợp tác xã; thức ăn cấp theo 3 giai đoạn "
     "(tập ăn, choai, vỗ béo), hợp tác xã trả chậm không tính lãi đến khi bán lợn; giá sàn thu mua 52.000 đồng/kg "
     "hơi, Công ty thu theo giá thị trường nếu giá thị trường cao hơn.", "p"),
    ("III. PHÂN CÔNG CÁC PHÒNG, TRẠI CỦA CÔNG TY", "h"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA HỢP TÁC XÃ THAM GIA", "h"),
    ("1. Các hợp tác xã cải tạo chuồng, làm hố sát trùng, lưới chắn côn trùng theo biên bản chấm điểm của Công ty, "
     "xong trước ngày 08/11/2026.", "p"),
    ("2. Các hợp tác xã giao một thành viên làm tổ trưởng chăn nuôi, ghi sổ theo dõi đàn hằng ngày trên ứng dụng "
     "KLF Farm; báo ngay cho kỹ thuật viên của Công ty khi lợn bỏ ăn, sốt, chết bất thường.", "p"),
    ("Các phòng, trại và hợp tác xã bám sát chỉ tiêu trong bảng; vướng mắc báo cáo Phó Tổng Giám đốc phụ trách "
     "chương trình để xử lý./.", "p"),
]

COLUMNS = ["TT", "Hạng mục", "Chỉ tiêu", "Phụ trách", "Hỗ trợ", "Mốc"]
WIDTHS = [Cm(0.9), Cm(5.6), Cm(2.4), Cm(2.7), Cm(2.6), Cm(2.2)]
ROWS = [
    ("1", "Ký hợp đồng liên kết chi tiết (giá sàn, định mức thức ăn, trách nhiệm khi có dịch) với từng hợp tác xã",
     "8/8 HTX", "Phòng Kinh doanh vùng Lạng Sơn", "Phòng Pháp chế", "trước 31/10/2026"),
    ("2", "Khảo sát, chấm điểm chuồng trại theo bảng kiểm an toàn sinh học; trại dưới 70 điểm phải cải tạo trước khi "
     "nhận giống", "≥ 6/8 trại đạt lần đầu", "Phòng Kỹ thuật - Thú y", "Chi cục Chăn nuôi, Thú y và Thủy sản",
     "05/11"),
    ("3", "Cấp lợn giống 20 - 22 kg đã tiêm phòng dịch tả lợn cổ điển, lở mồm long móng, tai xanh", "12/12 lô có "
     "giấy kiểm dịch", "Trại giống Tân Thành", "", "10/11 - 25/11/2026"),
    ("4", "Giao thức ăn lần đầu, mở sổ công nợ thức ăn trả chậm cho từng hợp tác xã", "8/8 sổ công nợ",
     "Phòng Kế toán", "Phòng Kinh doanh vùng Lạng Sơn", "cùng ngày nhập lợn giống"),
    ("5", "Tập huấn tổ trưởng chăn nuôi, cán bộ kỹ thuật hợp tác xã về cho ăn theo giai đoạn, ghi sổ, phun khử trùng",
     "2 lớp/60 người", "Phòng Kỹ thuật - Thú y", "Liên minh Hợp tác xã tỉnh", "tháng 11/2026"),
    ("6", "Kỹ thuật viên xuống trại, lấy mẫu giám sát dịch tả lợn châu Phi, hướng dẫn xử lý lợn ốm", "1 lần/tuần/trại",
     "Phòng Kỹ thuật - Thú y", "Trạm Chăn nuôi và Thú y khu vực Hữu Lũng", "hằng tuần trong lứa nuôi"),
    ("7", "Đối chiếu công nợ thức ăn, gửi bảng đối chiếu cho giám đốc hợp tác xã ký xác nhận", "8/8 HTX ký",
     "Phòng Kế toán", "", "ngày 25 hằng tháng"),
    ("8", "Cân, thu mua lợn xuất chuồng lứa 1 theo giá sàn; thanh toán sau khi trừ công nợ thức ăn",
     "≥ 95% số con đạt từ 100 kg", "Phòng Thu mua", "Phòng Kế toán; Phòng Kinh doanh vùng Lạng Sơn",
     "tháng 3 - 4/2027"),
    ("9", "Tính hệ số chuyển hóa thức ăn (FCR) từng trại, thưởng hợp tác xã có FCR dưới 2,6", "FCR bình quân ≤ 2,65",
     "Phòng Kỹ thuật - Thú y", "Phòng Kế toán", "15/5/2027"),
    ("10", "Tổng kết lứa 1, đề xuất mở rộng lứa 2 lên 12 hợp tác xã", "Báo cáo trình HĐQT",
     "Ban Điều hành chương trình", "", "trước 15/6/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "DINH DƯỠNG VẬT NUÔI KỲ LỪA"], "Số: 37/2026/KH-KLF",
                 "Lạng Sơn, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai lứa nuôi thứ nhất của chương trình liên kết nuôi lợn thịt với hợp tác xã", bold=True,
         center=True)
    para(doc, "(tháng 10/2026 - tháng 6/2027)", italic=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        header = row is table.rows[0]
        for i, (cell, value) in enumerate(zip(cells, values)):
            cell_lines(cell, [value], bold=(0,) if header else (), center=header or i in (0, 2, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 08 HTX liên kết (t/h);",
                          "- Các phòng, Trại giống Tân Thành (t/h);", "- Lưu: VT, KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Hà Thị Ngọc Hân"])
    return saved(doc, author="Phòng Kinh doanh vùng Lạng Sơn", editor="Thư ký Ban Tổng Giám đốc",
                 title="Kế hoạch 37/2026/KH-KLF", created=datetime(2026, 10, 9, 8, 20, 0),
                 modified=datetime(2026, 10, 16, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
