"""Write a_khanh-hoa_31-KH-RBHD-2026_rong-sun-vu-2027-htx.docx, the hundred-and-ninety-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen192/make_docx.py [OUT]

A seaweed (rong sụn) processing company's plan (November 2026) with the seaweed-farming cooperatives and cooperative
groups that sell it dried seaweed over the 2027 crop. I. purposes ("-" lines), II. a note on how the season's times
are written (ten-day periods, lunar spring tides with their expected solar days), then ONE bordered SEASON TABLE with
PARALLEL PARTY COLUMNS — Mốc thời vụ | Phía Công ty | Phía HTX, THT —: a row holds the company's work (its room named
first, with a colon) beside the cooperatives' work, "—" where a side has none; III. funding (no work); the closing
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
OUT = HERE / "a_khanh-hoa_31-KH-RBHD-2026_rong-sun-vu-2027-htx.docx"

OPENING = [
    ("Năm 2026 Công ty đã mua 1.140 tấn rong sụn khô của 04 hợp tác xã và 02 tổ hợp tác nuôi trồng rong ở vùng vịnh "
     "Cam Ranh và đầm Nại; cuối vụ, bệnh trắng thân làm hỏng khoảng 18% số giàn, nhiều hộ phải mua giống trôi nổi "
     "không rõ nguồn. Để chủ động nguồn nguyên liệu cho dây chuyền chiết xuất và bảo đảm thu nhập cho thành viên, "
     "Công ty xây dựng kế hoạch phối hợp vụ rong năm 2027 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Duy trì 620 giàn nuôi liên kết; mua tối thiểu 1.300 tấn rong khô đạt độ ẩm không quá 35%, tạp chất dưới 3%.",
     "p"),
    ("- Toàn bộ giống thả trong vụ là giống tuyển chọn, có nguồn gốc; giá sàn không thấp hơn 13.500 đồng/kg rong khô.",
     "p"),
    ("II. LỊCH THỜI VỤ VÀ PHÂN CÔNG", "h"),
    ("Cột thứ nhất ghi mốc thời vụ: thượng tuần là từ ngày 01 đến ngày 10, trung tuần từ ngày 11 đến ngày 20, hạ tuần "
     "từ ngày 21 đến cuối tháng; con nước ghi theo âm lịch, trong ngoặc là những ngày dương lịch Công ty dự kiến. Mỗi "
     "dòng ghi việc của từng phía; ô có dấu \"—\" là phía đó không có việc ở mốc này.", "p"),
]

COLUMNS = ["Mốc thời vụ", "Phía Công ty", "Phía HTX, THT"]
WIDTHS = [Cm(3.4), Cm(6.6), Cm(6.0)]
ROWS = [
    ("Hạ tuần tháng 11/2026",
     "Phòng Vùng nguyên liệu: ký phụ lục hợp đồng bao tiêu vụ 2027 với từng hợp tác xã, tổ hợp tác; chốt số giàn và "
     "giá sàn.",
     "Các HTX, THT: lập danh sách thành viên, số giàn, số bè tham gia liên kết, gửi Phòng Vùng nguyên liệu."),
    ("Thượng tuần tháng 12/2026",
     "Phòng Kỹ thuật - Chất lượng, cùng Viện Hải dương học: đo độ mặn, nhiệt độ nước tại 06 điểm nuôi, khoanh các ô "
     "có nguy cơ bệnh trắng thân.",
     "—"),
    ("Trung tuần tháng 12/2026",
     "Trại giống rong Mỹ Giang: tuyển chọn, nhân 150 tấn rong giống sạch bệnh từ các dòng năng suất cao.",
     "HTX Nuôi trồng rong sụn Mỹ Giang và THT rong thôn Mỹ Thanh: sửa giàn, thay dây neo, phao cho khoảng 60 giàn "
     "hư hỏng sau mùa mưa bão."),
    ("Con nước mùng 1 tháng Chạp (khoảng 08 - 12/01/2027)",
     "Phòng Vùng nguyên liệu: giao rong giống tận bè, ghi sổ tiền giống của từng hộ để trừ vào tiền rong khô.",
     "Các HTX, THT: thả giống đồng loạt trong con nước; không thả vào các ô đã được khoanh có nguy cơ bệnh."),
    ("Tháng 01 - 02/2027",
     "Phòng Kỹ thuật - Chất lượng: 15 ngày một lần xuống giàn kiểm tra bệnh, nhắn kết quả cho chủ nhiệm từng HTX.",
     "—"),
    ("Trước Tết Nguyên đán Đinh Mùi",
     "—",
     "HTX Rong biển Cam Bình: lập tổ trực giàn, chằng buộc lại giàn, bè trong những ngày nghỉ Tết."),
    ("Con nước rằm tháng Hai (khoảng 20 - 24/3/2027)",
     "Xưởng chế biến Cam Ranh: mở 03 điểm thu mua rong khô ở bến Mỹ Giang, bến Cam Bình và cảng cá Đông Hải; cân, đo "
     "độ ẩm ngay tại điểm.",
     "Các HTX, THT: thu hoạch đợt đầu, phơi rong trên giàn phơi, không phơi trên cát."),
    ("Trong 03 ngày làm việc sau mỗi đợt cân",
     "Phòng Tài chính - Kế toán: chuyển tiền rong vào tài khoản của từng HTX, THT kèm bảng kê theo hộ.",
     "—"),
    ("Hạ tuần tháng 9/2027",
     "Phòng Vùng nguyên liệu, cùng Liên minh Hợp tác xã tỉnh: tổng kết vụ, đánh giá việc thực hiện hợp đồng của từng "
     "đơn vị.",
     "THT rong Sơn Hải: chuẩn bị hồ sơ, họp thành viên bàn việc chuyển thành hợp tác xã."),
]

AFTER = [
    ("III. KINH PHÍ", "h"),
    ("Tiền giống ứng trước, chi phí kiểm tra nước, bệnh và vận chuyển rong do Công ty chi từ kế hoạch sản xuất kinh "
     "doanh năm 2027; khoản thuê giàn phơi ở các điểm thu mua chia đôi với hợp tác xã có điểm.", "p"),
    ("Trên đây là kế hoạch vụ rong năm 2027; các phòng, xưởng, trại của Công ty và các HTX, THT liên kết theo lịch "
     "trên mà triển khai./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "RONG BIỂN HẢI ĐĂNG"], "Số: 31/KH-RBHĐ",
                 "Cam Ranh, ngày 10 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cùng các hợp tác xã, tổ hợp tác nuôi trồng rong sụn làm vụ rong năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 0 or value == "—")
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 HTX, 02 THT liên kết;",
                          "- Liên minh HTX tỉnh Khánh Hòa;", "- Sở Nông nghiệp và Môi trường (để biết);",
                          "- Các phòng, Xưởng, Trại giống;", "- Lưu: VT, P.VNL."],
                    ["GIÁM ĐỐC", "", "", "", "", "Trần Quang Vĩnh"])
    return saved(doc, author="Phòng Vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 31/KH-RBHĐ", created=datetime(2026, 11, 5, 9, 10, 0),
                 modified=datetime(2026, 11, 10, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
