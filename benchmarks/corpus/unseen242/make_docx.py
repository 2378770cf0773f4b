"""Write a_dong-nai_72-2026-KH-NLPA_thu-gom-dau-an-da-qua-su-dung-htx.docx, the two-hundred-and-forty-second held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen242/make_docx.py [OUT]

A biodiesel maker's plan (October 2026) for collecting used frying oil from food-processing cooperatives and
fried-snack cooperative groups in 2027: I. targets; II. the internal PHONE DIRECTORY (extension -> room, no work);
III. one bordered table whose doers are written ONLY AS INTERNAL EXTENSIONS ("ML 204"), outside bodies in full;
IV. the closing; the signature beside "Nơi nhận". Every paragraph is a plain paragraph (no Word numbering).

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
OUT = HERE / "a_dong-nai_72-2026-KH-NLPA_thu-gom-dau-an-da-qua-su-dung-htx.docx"

OPENING = [
    ("Năm 2026 Nhà máy nhận về 410 tấn dầu ăn đã qua sử dụng, trong đó chỉ 96 tấn đến từ các hợp tác xã, tổ hợp tác "
     "chế biến thực phẩm chiên rán; nhiều lô lẫn nước, cặn bột, chỉ số axit cao nên phải hạ giá. Để có nguồn dầu ổn "
     "định cho dây chuyền nhiên liệu sinh học B100, Công ty lập Kế hoạch thu gom năm 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Ký hợp đồng thu gom với ít nhất 14 HTX, THT; nhận từ các đơn vị này 180 tấn dầu trong năm 2027.", "p"),
    ("- Không còn lô dầu nào của HTX, THT bị đổ bỏ ra cống rãnh; mọi lô đều có phiếu giao nhận.", "p"),
    ("II. DANH BẠ NỘI BỘ", "h"),
    ("Trong bảng phân công ở mục III, bộ phận của Công ty được ghi bằng số máy lẻ như danh bạ dưới đây; đơn vị ngoài "
     "Công ty ghi đủ tên. Cột \u201cMáy chính\u201d là bộ phận chủ trì, cột \u201cMáy phụ\u201d là bộ phận phối hợp.", "p"),
]

DIR_COLUMNS = ["Máy lẻ", "Bộ phận", "Người trực"]
DIR_WIDTHS = [Cm(2.4), Cm(8.0), Cm(5.2)]
DIRECTORY = [
    ("ML 201", "Phòng Kinh doanh nguyên liệu", "Chị Lưu Thị Ngân"),
    ("ML 204", "Đội Xe thu gom", "Anh Tạ Văn Phúc"),
    ("ML 210", "Phòng Thí nghiệm", "Anh Âu Minh Triều"),
    ("ML 215", "Phòng Tài chính - Kế toán", "Chị Khổng Thu Hà"),
    ("ML 222", "Ban An toàn - Môi trường", "Anh Giáp Văn Lực"),
    ("ML 230", "Văn phòng Công ty", "Chị Mạc Thùy Dương"),
]

BEFORE_TABLE = [("III. PHÂN CÔNG", "h")]

COLUMNS = ["TT", "Việc", "Máy chính", "Máy phụ", "Xong trước"]
WIDTHS = [Cm(1.0), Cm(7.4), Cm(2.0), Cm(3.4), Cm(2.6)]
ROWS = [
    ("1", "Lập danh sách HTX, THT có bếp chiên rán (chả giò, bánh phồng, đậu hũ chiên, cá khô chiên); đến tận nơi "
     "chào giá và mẫu hợp đồng thu gom", "ML 201", "ML 215", "15/12/2026"),
    ("2", "Cấp can 30 lít có niêm phong và phễu lọc cặn cho từng điểm gom tại HTX, THT đã ký hợp đồng",
     "ML 204", "ML 201; HTX Chế biến thực phẩm Long Thành", "10/01/2027"),
    ("3", "Lấy mẫu, đo chỉ số axit, độ ẩm và tạp chất của từng lô; trả phiếu kết quả cho HTX ngay trong ngày",
     "ML 210", "", "Mỗi lô nhận"),
    ("4", "Chạy xe theo lịch cố định 2 tuần một lượt qua các xã Long Thành, Nhơn Trạch, Phước An, An Phước",
     "ML 204", "", "Từ 15/01/2027 đến 31/12/2027"),
    ("5", "Tập huấn cho thành viên HTX, THT cách để nguội, lọc và cất dầu đã chiên, không chắt lẫn nước rửa",
     "ML 222", "ML 210; Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh", "28/02/2027"),
    ("6", "Trả tiền dầu vào tài khoản HTX, THT theo bảng giá có thưởng cho lô đạt chỉ số axit dưới 5",
     "ML 215", "ML 210", "Ngày 10 hằng tháng"),
    ("7", "Làm hồ sơ đề nghị Sở Nông nghiệp và Môi trường xác nhận chuỗi thu gom chất thải dầu mỡ cho 14 điểm gom",
     "ML 222", "ML 230", "31/3/2027"),
    ("8", "Tổ chức gặp mặt các HTX, THT giao dầu nhiều nhất; đề xuất mức thưởng năm 2028",
     "ML 201", "ML 215; ML 230; Liên minh Hợp tác xã tỉnh", "20/11/2027"),
    ("9", "Tổng hợp sản lượng, chất lượng dầu thu gom cả năm, báo cáo Tổng Giám đốc",
     "ML 230", "ML 201, ML 204", "15/12/2027"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Đề nghị các hợp tác xã, tổ hợp tác đã ký hợp đồng cử một người giữ can dầu và ký phiếu giao nhận mỗi lượt xe "
     "đến, báo ngay cho máy lẻ 204 khi can đầy trước lịch.", "p"),
    ("Người trực các máy lẻ có thay đổi thì Văn phòng Công ty cập nhật danh bạ và gửi lại các bộ phận./.", "p"),
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
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NHIÊN LIỆU SINH HỌC PHƯỚC AN"], "Số: 72/2026/KH-NLPA",
                 "Nhơn Trạch, ngày 27 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu gom dầu ăn đã qua sử dụng từ các hợp tác xã, tổ hợp tác năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, DIR_COLUMNS, DIR_WIDTHS, DIRECTORY, center_columns=(0,))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 2, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT ký hợp đồng thu gom;",
                          "- Các bộ phận (t/h);", "- Lưu: VT, P.KDNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Quách Đình Vượng"])
    return saved(doc, author="Phòng Kinh doanh nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 72/2026/KH-NLPA", created=datetime(2026, 10, 22, 8, 30, 0),
                 modified=datetime(2026, 10, 27, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
