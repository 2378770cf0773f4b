"""Write a_tuyen-quang_44-2026-KH-VNHY_vien-nen-go-mun-cua-htx-ty-le-trach-nhiem.docx, the two-hundred-and-thirtieth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen230/make_docx.py [OUT]

A wood-pellet maker's plan (November 2026) for buying the sawdust, shavings and acacia offcuts of its linked forestry
cooperatives and sawmill groups in 2027: I. targets; II. the linked units as "-" lines (facts); III. a note saying how
the responsibility column is read, then one bordered table TT | Việc | Trách nhiệm (tỷ lệ %) | Hoàn thành whose
responsibility cell gives EVERY BODY OF THE ROW ITS PERCENT SHARE of the task (the largest share leads, wherever it
stands; the others are partners; one row a single body at 100%); IV. the cooperatives' own duty; the closing
sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_tuyen-quang_44-2026-KH-VNHY_vien-nen-go-mun-cua-htx-ty-le-trach-nhiem.docx"

OPENING = [
    ("Năm 2026 nhà máy viên nén của Công ty chạy ở 71% công suất vì thiếu mùn cưa khô vào mùa mưa; 39% khối lượng "
     "mùn cưa, dăm bào mua của các hợp tác xã, tổ hợp tác bị trừ tiền do độ ẩm trên 35%. Để có đủ nguyên liệu cho "
     "các đơn hàng viên nén xuất khẩu năm 2027, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua 41.000 tấn mùn cưa, dăm bào, gỗ vụn và cành ngọn keo của vùng liên kết trong năm 2027, tăng 28% so với "
     "năm 2026.", "p"),
    ("- Khối lượng bị trừ tiền vì độ ẩm dưới 15%; không để lò sấy dừng vì thiếu nguyên liệu quá 02 ngày trong một "
     "tháng.", "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("- HTX Lâm nghiệp Thái Hòa (xã Thái Hòa): 06 xưởng xẻ của thành viên, khoảng 14.000 tấn mùn cưa, dăm bào một "
     "năm.", "p"),
    ("- HTX Chế biến gỗ Hàm Yên Xanh (xã Hàm Yên): 11.500 tấn gỗ vụn, đầu mẩu ván bóc.", "p"),
    ("- HTX Nông lâm Yên Thuận (xã Yên Thuận): cành ngọn keo sau khai thác, chưa có máy băm.", "p"),
    ("- THT xẻ gỗ thôn Bình Ca (xã Bình Xa): 09 hộ, khoảng 4.000 tấn mùn cưa.", "p"),
    ("III. PHÂN CÔNG", "h"),
    ("Cột “Trách nhiệm” ghi các đơn vị cùng làm một việc và tỷ lệ phần trách nhiệm của từng đơn vị theo Quy chế khoán "
     "của Công ty (tổng 100%). Đơn vị có tỷ lệ cao nhất chủ trì việc đó, không kể đứng trước hay sau; các đơn vị còn "
     "lại phối hợp. Tỷ lệ dùng để chấm điểm hoàn thành công việc cuối năm.", "p"),
]

COLUMNS = ["TT", "Việc", "Trách nhiệm (tỷ lệ %)", "Hoàn thành"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(5.0), Cm(2.6)]
ROWS = [
    ("1", "Ký phụ lục hợp đồng mua mùn cưa, dăm bào, gỗ vụn năm 2027 với từng HTX, THT; chốt bảng giá theo độ ẩm",
     ["Phòng Tài chính - Kế toán: 30%", "Phòng Nguyên liệu: 70%"], "Trước 20/12/2026"),
    ("2", "Khảo sát bãi chứa của 04 đơn vị liên kết; hướng dẫn làm mái che, kê cao nền để mùn cưa không ngấm nước "
          "mưa",
     ["Phòng Nguyên liệu: 60%", "Phòng Kỹ thuật - Chất lượng: 40%"], "Tháng 01/2027"),
    ("3", "Lắp máy đo ẩm và cân điện tử nối phần mềm tại bãi của HTX Lâm nghiệp Thái Hòa và HTX Chế biến gỗ Hàm Yên "
          "Xanh",
     ["Phòng Kỹ thuật - Chất lượng: 100%"], "Trước 31/01/2027"),
    ("4", "Chạy xe gom theo tuyến các xã, mỗi bãi 02 chuyến một tuần; báo trước lịch xe cho chủ nhiệm HTX",
     ["Phòng Nguyên liệu: 20%", "Tổ Vận tải: 80%"], "Từ 01/02 đến 30/6/2027"),
    ("5", "Lấy mẫu từng chuyến hàng đo độ ẩm, độ tro, tạp chất; gửi phiếu kết quả cho HTX, THT qua Zalo",
     ["Phòng Kỹ thuật - Chất lượng: 70%", "Xưởng Sấy - Ép viên: 30%"], "Mỗi chuyến hàng"),
    ("6", "Thanh toán tiền hàng theo phiếu cân và phiếu kết quả đã đối chiếu",
     ["Phòng Tài chính - Kế toán: 90%", "Phòng Nguyên liệu: 10%"], "Ngày 10 hằng tháng"),
    ("7", "Tập huấn an toàn lao động, phòng cháy tại bãi mùn cưa cho thành viên các HTX, THT",
     ["Phòng Kỹ thuật - Chất lượng: 25%", "Phòng Hành chính - Nhân sự: 50%", "Phòng Nguyên liệu: 25%"],
     "Quý I/2027"),
    ("8", "Ứng trước 50% giá máy băm cành ngọn keo cho HTX Nông lâm Yên Thuận, trừ dần vào tiền hàng; nhận máy, chạy "
          "thử tại bãi",
     ["Phòng Nguyên liệu: 35%", "HTX Nông lâm Yên Thuận: 20%", "Phòng Tài chính - Kế toán: 45%"], "Trước 15/3/2027"),
    ("9", "Lập hồ sơ nguồn gốc nguyên liệu cho các lô viên nén xuất khẩu, thu giấy tờ khai thác, mua bán gỗ của "
          "từng HTX, THT",
     ["Phòng Kỹ thuật - Chất lượng: 55%", "Phòng Nguyên liệu: 45%"], "Tháng 4/2027"),
    ("10", "Tổng kết năm thu mua 2027, chấm điểm từng đơn vị liên kết, đề xuất giá mua năm 2028 trình Hội đồng quản "
           "trị",
     ["Phòng Nguyên liệu: 60%", "Phòng Tài chính - Kế toán: 40%"], "Tháng 12/2027"),
]

AFTER = [
    ("IV. VIỆC CÁC ĐƠN VỊ LIÊN KẾT CẦN LÀM", "h"),
    ("Các HTX, THT liên kết báo khối lượng dự kiến giao của quý sau cho Phòng Nguyên liệu trước ngày 25 của tháng "
     "cuối mỗi quý; giữ mùn cưa dưới mái che, không trộn đất cát, vỏ cây vào hàng giao.", "p"),
    ("Trưởng các phòng, tổ, xưởng có tên tại mục III chịu trách nhiệm trước Tổng Giám đốc về phần tỷ lệ của đơn vị "
     "mình./.", "p"),
]


def table(doc):
    t = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(t, "single")
    for n, (row, values) in enumerate(zip(t.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif isinstance(value, list):
                cell_lines(cell, value, center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    return t


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "VIÊN NÉN GỖ HÀM YÊN"], "Số: 44/2026/KH-VNHY",
                 "Hàm Yên, ngày 12 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua mùn cưa, dăm bào, gỗ vụn của các hợp tác xã, tổ hợp tác liên kết năm 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 HTX, THT liên kết;",
                          "- Các phòng, tổ, xưởng (t/h);", "- Lưu: VT, P.NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Ma Văn Khởi"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 44/2026/KH-VNHY", created=datetime(2026, 11, 9, 8, 20, 0),
                 modified=datetime(2026, 11, 12, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
