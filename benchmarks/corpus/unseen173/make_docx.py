"""Write a_dong-nai_36-2026-KH-NL_hom-sach-benh-thu-mua-san-htx.docx, the hundred-and-seventy-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen173/make_docx.py [OUT]

A cassava starch company's plan (August 2026) for its linkage with cassava cooperatives over the 2026 - 2027 crop
year: clean cuttings against cassava mosaic disease, a fertiliser advance, root intake by quota, payment. I. targets
("-" lines), II. a facts table of each cooperative's area, tonnage and intake weeks (no work), III. a note of the
unit codes and of how the company numbers its weeks, then ONE bordered table whose FIRST column is the company's
WEEK NUMBER ("36", "37 - 38", "47 - 03/2027", "53", "02/2027"; weeks from Monday, a yearless week of 2026), then the
work, the doer and the partners as short unit codes ("P.NL", "P.KCS", "P.TCKT", "VHG", "BĐH"); IV. two numbered
duties under a heading that names the linked cooperatives; the closing sentence; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-nai_36-2026-KH-NL_hom-sach-benh-thu-mua-san-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Theo hợp đồng liên kết giai đoạn 2025 - 2028 về sản xuất, tiêu thụ sắn nguyên liệu mà Công ty đã ký với 06 "
     "hợp tác xã và 01 tổ hợp tác ở các xã Lộc Ninh, Lộc Thạnh, Lộc Hưng, Bù Đốp, Thiện Hưng; vụ trước bệnh khảm lá sắn lan "
     "ra khoảng 31% diện tích vùng liên kết, năng suất củ ở ruộng nhiễm nặng giảm từ 20 đến 35%. Để giữ vùng nguyên "
     "liệu và thu nhập của thành viên hợp tác xã, Công ty lập Kế hoạch niên vụ 2026 - 2027 như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Giữ ổn định 2.350 ha vùng nguyên liệu liên kết; ít nhất 70% diện tích trồng mới dùng hom sạch bệnh giống "
     "HN1, HN3.", "p"),
    ("- Thu mua 61.000 tấn củ tươi của các hợp tác xã, tổ hợp tác; chữ bột bình quân từ 27% trở lên.", "p"),
    ("- Trả tiền củ đúng hạn, không để thành viên phải bán củ non hoặc bán qua thương lái bị ép giá.", "p"),
    ("II. PHÂN BỔ SẢN LƯỢNG VÀ LỊCH NHẬN CỦ", "h"),
    ("Sản lượng và tuần nhận củ của từng đơn vị liên kết dưới đây là căn cứ để bố trí xe, bãi chứa và ca sản xuất:",
     "p"),
]

QUOTA_COLUMNS = ["Đơn vị liên kết", "Địa bàn", "Diện tích (ha)", "Sản lượng dự kiến (tấn)", "Tuần nhận củ"]
QUOTA_WIDTHS = [Cm(5.6), Cm(2.8), Cm(2.2), Cm(2.6), Cm(2.8)]
QUOTAS = [
    ("HTX Nông nghiệp Lộc Thạnh", "xã Lộc Thạnh", "520", "13.500", "47 - 51"),
    ("HTX Dịch vụ nông nghiệp Bù Đốp", "xã Bù Đốp", "440", "11.400", "48 - 52"),
    ("HTX Sắn Thiện Hưng", "xã Thiện Hưng", "390", "10.100", "49 - 53"),
    ("HTX Nông nghiệp Lộc Hưng", "xã Lộc Hưng", "360", "9.300", "50 - 02/2027"),
    ("HTX Nông nghiệp - Dịch vụ Hưng Phát", "xã Lộc Ninh", "330", "8.600", "52 - 03/2027"),
    ("HTX Nông nghiệp Lộc Quang", "xã Lộc Ninh", "190", "4.900", "01 - 03/2027"),
    ("THT sắn ấp Chà Là", "xã Lộc Ninh", "120", "3.200", "02 - 03/2027"),
    ("Cộng", "", "2.350", "61.000", ""),
]

BEFORE_TABLE = [
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Ký hiệu trong bảng: P.NL - Phòng Nguyên liệu; P.KCS - Phòng Quản lý chất lượng; P.TCKT - Phòng Tài chính - Kế "
     "toán; VHG - Vườn nhân hom giống Lộc Tấn; BĐH - Ban Điều hành nhà máy. Tuần ghi theo lịch sản xuất của Công ty: "
     "mỗi tuần tính từ thứ Hai đến Chủ nhật, tuần 36 từ ngày 31/8 đến ngày 06/9/2026; tuần không ghi năm là tuần của "
     "năm 2026.", "p"),
]

COLUMNS = ["Tuần", "Công việc", "Thực hiện", "Phối hợp"]
WIDTHS = [Cm(2.2), Cm(8.4), Cm(2.3), Cm(3.1)]
ROWS = [
    ("36", "Ký phụ lục hợp đồng niên vụ 2026 - 2027 với từng HTX, THT: chốt diện tích, sản lượng và giá sàn 2.850 "
           "đồng/kg củ tươi 30 chữ bột", "P.NL", "P.TCKT"),
    ("37 - 38", "Khảo sát tỷ lệ cây nhiễm khảm lá trên toàn vùng liên kết, lập bản đồ ruộng nhiễm gửi từng HTX",
     "P.NL", "Chi cục TT&BVTV tỉnh"),
    ("39 - 42", "Nhân 1,2 triệu hom HN1, HN3 sạch bệnh; kiểm tra và cấp phiếu xuất vườn cho từng lô hom", "VHG",
     "Viện Khoa học kỹ thuật nông nghiệp miền Nam"),
    ("43", "Tập huấn cho tổ kỹ thuật của các HTX cách nhận biết, nhổ bỏ, tiêu hủy cây bệnh và xử lý hom trước khi "
           "trồng", "P.NL", "Trung tâm Khuyến nông tỉnh, HTX Sắn Thiện Hưng"),
    ("44 - 46", "Ứng trước phân bón NPK 16-16-8 cho thành viên HTX theo diện tích liên kết, trừ dần vào tiền bán củ",
     "P.TCKT", "P.NL"),
    ("46", "Hiệu chuẩn cân điện tử 80 tấn ở cổng nhà máy và cân tại 03 điểm thu gom của HTX Nông nghiệp Lộc Thạnh, "
           "HTX Dịch vụ nông nghiệp Bù Đốp", "P.KCS", ""),
    ("47 - 03/2027", "Nhận củ theo lịch ở mục II; lấy mẫu đo chữ bột từng xe, gửi kết quả vào nhóm Zalo của từng HTX "
                     "ngay trong ngày", "P.KCS", "BĐH"),
    ("Trong 05 ngày làm việc sau mỗi đợt cân", "Chuyển tiền củ vào tài khoản của HTX, THT kèm bảng kê từng xe, từng "
                                               "thành viên", "P.TCKT", ""),
    ("53", "Dừng nhận củ 02 ngày để bảo dưỡng dây chuyền; báo trước để các HTX không nhổ củ để tồn bãi", "BĐH",
     "P.NL"),
    ("02/2027", "Thống nhất với HTX Sắn Thiện Hưng, HTX Nông nghiệp Lộc Quang giữ lại 30 ha HN1 làm ruộng nhân hom "
                "cho niên vụ 2027 - 2028", "P.NL", "VHG"),
    ("05/2027", "Tổng kết niên vụ, đánh giá việc thực hiện hợp đồng của từng HTX, đề xuất giá sàn niên vụ 2027 - 2028 "
                "trình Hội đồng quản trị", "BĐH", "P.NL, P.TCKT"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT", "h"),
    ("1. Chỉ đạo thành viên chỉ trồng bằng hom có phiếu xuất vườn của VHG; nhổ bỏ, tiêu hủy cây bệnh chậm nhất 05 "
     "ngày sau khi phát hiện.", "p"),
    ("2. Lập danh sách thành viên kèm số tài khoản ngân hàng, gửi P.TCKT trước ngày 30/10/2026 để chi trả tiền củ.",
     "p"),
    ("Trên đây là Kế hoạch liên kết sản xuất, thu mua sắn nguyên liệu niên vụ 2026 - 2027 của Công ty; đề nghị các "
     "hợp tác xã, tổ hợp tác liên kết phối hợp thực hiện./.", "p"),
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
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TINH BỘT SẮN LỘC TẤN"], "Số: 36/2026/KH-NL",
                 "Lộc Ninh, ngày 21 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết sản xuất và thu mua sắn nguyên liệu với các hợp tác xã, tổ hợp tác niên vụ 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, QUOTA_COLUMNS, QUOTA_WIDTHS, QUOTAS, center_columns=(2, 3, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 07 HTX, THT liên kết;",
                          "- UBND các xã Lộc Ninh, Lộc Thạnh, Lộc Hưng, Bù Đốp, Thiện Hưng;",
                          "- Chi cục TT&BVTV tỉnh;", "- Các phòng, VHG, BĐH (t/h);", "- Lưu: VT, P.NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phan Đình Khải"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 36/2026/KH-NL", created=datetime(2026, 8, 17, 8, 20, 0),
                 modified=datetime(2026, 8, 21, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
