"""Write a_an-giang_27-2026-KH-NDTS_vo-bao-bi-ruong-trinh-dien-htx-lua.docx, the two-hundred-and-eighteenth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen218/make_docx.py [OUT]

A crop-protection (pesticide) company's plan (October 2026) with its linked rice cooperatives over the Đông Xuân
2026 - 2027 crop: demonstration fields, drone spraying teams, pesticide on credit, collection bins for empty pesticide
packs and their hand-over for destruction, residue samples. I. targets ("-" lines), II. a facts table giving each
linked cooperative a CODE (T1 … T6), its commune, area and sowing window, with a note on how days after sowing are
counted; III. ONE bordered table STT | Công việc | HTX áp dụng (the codes) | Bộ phận Công ty | Phối hợp | Kinh phí (who
pays: "Công ty 100%", "Công ty 60%, HTX 40%") | Thời gian; IV. two numbered duties of the cooperatives; the closing
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
OUT = HERE / "a_an-giang_27-2026-KH-NDTS_vo-bao-bi-ruong-trinh-dien-htx-lua.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Vụ Đông Xuân 2025 - 2026, Công ty đã bán thuốc trả chậm và hướng dẫn kỹ thuật cho 04 hợp tác xã trồng lúa; "
     "giá thành giảm bình quân 1,4 triệu đồng/ha nhưng vỏ chai, vỏ gói thuốc còn bị vứt ở bờ ruộng, kênh nội đồng, và "
     "02 lô gạo của thành viên bị đối tác trả lại vì dư lượng hoạt chất vượt mức cho phép. Vụ này, Công ty mở rộng "
     "liên kết ra 06 đơn vị và đặt ra các việc dưới đây:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- 1.850 ha lúa của các đơn vị liên kết áp dụng quy trình giảm thuốc hóa học; lượng hoạt chất dùng trên mỗi ha "
     "giảm ít nhất 20% so với vụ trước.", "p"),
    ("- Không còn vỏ bao bì thuốc bảo vệ thực vật vứt bỏ trên đồng ruộng thuộc vùng liên kết; toàn bộ lượng thu gom "
     "được chuyển đi tiêu hủy đúng quy định.", "p"),
    ("- Lúa xuất khẩu của thành viên không có lô nào bị trả về vì dư lượng.", "p"),
    ("II. CÁC ĐƠN VỊ LIÊN KẾT", "h"),
    ("Mỗi đơn vị được đặt một mã để ghi trong bảng phân công ở mục III:", "p"),
]

UNIT_COLUMNS = ["Mã", "Đơn vị liên kết", "Địa bàn", "Diện tích (ha)", "Lịch xuống giống"]
UNIT_WIDTHS = [Cm(1.4), Cm(6.0), Cm(3.0), Cm(2.4), Cm(3.4)]
UNITS = [
    ("T1", "HTX Nông nghiệp Vọng Thê", "xã Vọng Thê", "380", "10 - 15/11"),
    ("T2", "HTX Dịch vụ nông nghiệp Định Mỹ", "xã Định Mỹ", "410", "12 - 18/11"),
    ("T3", "HTX Lúa gạo Thoại Giang", "xã Thoại Sơn", "350", "10 - 16/11"),
    ("T4", "HTX Nông nghiệp Bình Thành", "xã Bình Thành", "290", "14 - 20/11"),
    ("T5", "HTX Dịch vụ nông nghiệp Tây Phú", "xã Tây Phú", "300", "15 - 20/11"),
    ("T6", "THT lúa ấp Trung Phú 4", "xã Vọng Thê", "120", "10 - 14/11"),
    ("", "Cộng", "", "1.850", ""),
]

BEFORE_TABLE = [
    ("Lịch xuống giống trong bảng là của năm 2026. Số ngày sau sạ ghi ở mục III được tính chung cho cả vùng, kể từ "
     "ngày 20/11/2026 là ngày cuối cùng của lịch xuống giống; \"trước sạ\" là trước ngày 10/11/2026.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

COLUMNS = ["STT", "Công việc", "HTX áp dụng", "Bộ phận Công ty", "Phối hợp", "Kinh phí", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(5.4), Cm(1.8), Cm(2.4), Cm(2.6), Cm(1.9), Cm(2.2)]
ROWS = [
    ("1", "Ký thỏa thuận đồng hành vụ Đông Xuân với từng đơn vị: diện tích, danh mục thuốc, giá bán trả chậm, mức "
          "hỗ trợ của Công ty", "T1 - T6", "Phòng Kinh doanh", "Phòng Tài chính - Kế toán", "Công ty 100%",
     "Trước 31/10/2026"),
    ("2", "Chọn 06 ruộng trình diễn, mỗi ruộng 02 ha; cắm bảng, phát sổ nhật ký đồng ruộng cho hộ có ruộng",
     "T1, T3, T4", "Phòng Kỹ thuật thị trường", "Trung tâm Khuyến nông tỉnh", "Công ty 60%, HTX 40%", "Trước sạ"),
    ("3", "Đặt 48 bể chứa vỏ bao bì thuốc bảo vệ thực vật sau sử dụng ở đầu bờ các cánh đồng liên kết", "T1 - T6",
     "Ban An toàn - Môi trường", "UBND các xã Vọng Thê, Định Mỹ, Thoại Sơn, Bình Thành, Tây Phú", "Công ty 100%",
     "Trước sạ"),
    ("4", "Mở 12 lớp tập huấn dùng thuốc đúng loại, đúng liều, đúng lúc, đúng cách và đeo đồ bảo hộ khi phun",
     "T1 - T6", "Phòng Kỹ thuật thị trường", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Công ty 100%",
     "Tháng 11/2026"),
    ("5", "Lập tổ phun bằng thiết bị bay không người lái ở mỗi HTX, kèm cặp 08 người điều khiển đến khi thạo việc",
     "T2, T5", "Đội Dịch vụ phun", "Phòng Kỹ thuật thị trường", "Công ty 50%, HTX 50%", "Trước 05/12/2026"),
    ("6", "Giao thuốc theo đơn đặt của từng HTX, ghi nợ đến khi thu hoạch, không tính lãi", "T1 - T6",
     "Phòng Kinh doanh", "Phòng Tài chính - Kế toán", "HTX trả sau thu hoạch", "Suốt vụ"),
    ("7", "Gom vỏ bao bì từ các bể chứa về kho tạm, cân và ghi sổ theo từng HTX", "T1 - T6",
     "Ban An toàn - Môi trường", "", "HTX tự chi công gom", "02 lần/tháng đến hết vụ"),
    ("8", "Hội thảo đầu bờ tại ruộng trình diễn: so sánh số lần phun, lượng thuốc, chi phí với ruộng đối chứng",
     "T1, T3, T4", "Phòng Kỹ thuật thị trường", "Trung tâm Khuyến nông tỉnh, HTX Lúa gạo Thoại Giang",
     "Công ty 100%", "45 - 50 ngày sau sạ"),
    ("9", "Lấy mẫu lúa của các ruộng bán cho đối tác xuất khẩu, gửi kiểm nghiệm dư lượng hoạt chất", "T3, T5",
     "Phòng Kỹ thuật thị trường", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh", "Công ty 60%, HTX 40%",
     "80 - 85 ngày sau sạ"),
    ("10", "Đối chiếu, thu công nợ tiền thuốc của từng HTX; lập bảng kê gửi HTX trừ vào tiền bán lúa của thành viên",
     "T1 - T6", "Phòng Tài chính - Kế toán", "Phòng Kinh doanh", "", "Trong 30 ngày sau thu hoạch"),
    ("11", "Thuê đơn vị có giấy phép xử lý chất thải nguy hại chở đi tiêu hủy toàn bộ vỏ bao bì đã gom trong vụ",
     "", "Ban An toàn - Môi trường", "Công ty Cổ phần Môi trường Đô thị An Giang", "Công ty 100%",
     "Trước 31/3/2027"),
    ("12", "Tổng kết vụ; khen thưởng HTX, tổ thu gom làm tốt; đề xuất kế hoạch vụ Hè Thu 2027", "T1 - T6",
     "Phòng Kinh doanh", "Ban An toàn - Môi trường", "Công ty 100%", "Tháng 4/2027"),
]

AFTER = [
    ("IV. VIỆC CỦA CÁC HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT", "h"),
    ("1. Mỗi đơn vị cử 01 cán bộ kỹ thuật làm đầu mối, gửi họ tên và số điện thoại về Phòng Kỹ thuật thị trường "
     "trước ngày 25/10/2026.", "p"),
    ("2. Thường xuyên nhắc thành viên bỏ vỏ chai, vỏ gói vào bể chứa, không vứt xuống kênh, mương; báo Ban An toàn - "
     "Môi trường khi bể gần đầy.", "p"),
    ("Trên đây là những việc Công ty sẽ làm cùng các đơn vị liên kết trong vụ Đông Xuân 2026 - 2027; các phòng, ban, "
     "đội và các đơn vị liên kết căn cứ phần việc của mình mà làm./.", "p"),
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
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NÔNG DƯỢC THOẠI SƠN"], "Số: 27/2026/KH-NDTS",
                 "Thoại Sơn, ngày 16 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Ruộng trình diễn, thuốc trả chậm và thu gom vỏ bao bì với các HTX, THT trồng lúa vụ Đông Xuân "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(0, 3, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 2))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Chi cục Trồng trọt và BVTV tỉnh;",
                          "- Các HTX, THT liên kết (T1 - T6);", "- UBND các xã có đơn vị liên kết;",
                          "- Các phòng, ban, đội (t/h);", "- Lưu: VT, P.KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lâm Quốc Thạnh"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-NDTS", created=datetime(2026, 10, 12, 9, 10, 0),
                 modified=datetime(2026, 10, 16, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
