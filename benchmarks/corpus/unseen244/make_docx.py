"""Write a_gia-lai_46-KH-TSB-2026_ba-mia-htx-nam-tai-chinh.docx, the two-hundred-and-forty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen244/make_docx.py [OUT]

A Japanese-invested bagasse tableware maker's plan (August 2026) for buying pressed bagasse and dry cane leaves from
the sugarcane cooperatives and cooperative groups it is linked with: bases; I. aims; II. the company's FISCAL YEAR
("năm tài chính", NTC) explained once — 1 April to 31 March, "Kỳ 1" … "Kỳ 12" its months, "Quý I" … "Quý IV" its
quarters; III. one bordered table TT | Việc | Bộ phận phụ trách | Hỗ trợ | Hạn (theo NTC) whose time cells speak ONLY
the fiscal calendar ("Kỳ 8 NTC 2026", "Hết Quý III NTC 2026", "Quý IV NTC 2026"); IV. the cooperatives' own duty;
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
OUT = HERE / "a_gia-lai_46-KH-TSB-2026_ba-mia-htx-nam-tai-chinh.docx"

OPENING = [
    ("Căn cứ Luật Hợp tác xã số 17/2023/QH15;", "p"),
    ("Căn cứ Điều lệ Công ty TNHH Bao bì sinh học Tsubaki Việt Nam;", "p"),
    ("Căn cứ các hợp đồng mua bán bã mía, lá mía mà Công ty đã ký với hợp tác xã, tổ hợp tác trồng và ép mía "
     "vùng An Khê, Đak Pơ, Ya Hội;", "p"),
    ("Năm tài chính 2025 nhà máy An Khê làm ra 41 triệu hộp, khay, chén từ bã mía, nhưng 23% lượng bã mía phải mua "
     "ngoài vùng vì bã của hợp tác xã giao ướt, lẫn đất. Để đủ nguyên liệu sạch cho các đơn hàng đi Nhật Bản, Công "
     "ty xây dựng Kế hoạch thu mua bã mía, lá mía của năm tài chính 2026 như sau.", "p"),
    ("I. MỤC ĐÍCH, CHỈ TIÊU", "h"),
    ("1. Mua 6.800 tấn bã mía ép khô và 450 tấn lá mía khô của các hợp tác xã, tổ hợp tác liên kết; bã mía giao về "
     "nhà máy có độ ẩm không quá 12%.", "p"),
    ("2. Các hợp tác xã, tổ hợp tác được trả tiền đúng hạn, có thêm thu nhập từ phụ phẩm vốn bị đốt bỏ trên đồng.",
     "p"),
    ("II. NĂM TÀI CHÍNH CỦA CÔNG TY", "h"),
    ("Công ty hạch toán theo năm tài chính của công ty mẹ tại Nhật Bản: năm tài chính (viết tắt NTC) bắt đầu ngày 01 "
     "tháng 4 và kết thúc ngày 31 tháng 3 năm sau; NTC 2026 tính từ ngày 01/4/2026 đến hết ngày 31/3/2027.", "p"),
    ("Mỗi tháng là một kỳ: Kỳ 1 là tháng 4, Kỳ 2 là tháng 5, cứ thế đến Kỳ 9 là tháng 12 và Kỳ 12 là tháng 3 năm "
     "sau. Quý I NTC gồm các tháng 4 - 6, Quý II các tháng 7 - 9, Quý III các tháng 10 - 12, Quý IV các tháng 01 - 3 "
     "năm sau.", "p"),
    ("Cột “Hạn” ở bảng mục III ghi theo NTC, đúng như sổ kế hoạch sản xuất của nhà máy.", "p"),
    ("III. PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Việc", "Bộ phận phụ trách", "Hỗ trợ", "Hạn (theo NTC)"]
WIDTHS = [Cm(1.0), Cm(7.0), Cm(3.0), Cm(3.2), Cm(2.6)]
ROWS = [
    ("1", "Đăng ký cùng Liên minh Hợp tác xã tỉnh giới thiệu mô hình thu mua bã mía tại hội nghị liên kết chuỗi "
          "giá trị của tỉnh", "Phòng Hành chính - Nhân sự", "Liên minh Hợp tác xã tỉnh Gia Lai", "Quý II NTC 2026"),
    ("2", "Ký phụ lục hợp đồng giá bã mía, lá mía mùa ép mới với 04 hợp tác xã và 02 tổ hợp tác",
     "Phòng Mua hàng", "Phòng Tài chính - Kế toán", "Kỳ 6 NTC 2026"),
    ("3", "Lắp 03 máy ép kiện bã mía và mái che sân phơi tại điểm gom của hợp tác xã",
     "Phòng Kỹ thuật - Bảo trì", "HTX Nông nghiệp Mía đường Tú An", "Hết Kỳ 7 NTC 2026"),
    ("4", "Tập huấn cách phơi, đóng kiện, che mưa cho bã mía; phát máy đo ẩm cho tổ trưởng các tổ hợp tác",
     "Phòng Quản lý chất lượng", "Trung tâm Khuyến nông tỉnh", "Kỳ 8 NTC 2026"),
    ("5", "Chở bã mía từ các điểm gom ở các xã về nhà máy bằng xe của Công ty",
     "Đội Xe", "Kho nguyên liệu", "Từ Kỳ 8 đến hết Kỳ 11 NTC 2026"),
    ("6", "Nhận bã mía tại kho, đo độ ẩm và tạp chất từng xe; lập biên bản các lô không đạt",
     "Kho nguyên liệu", "Phòng Quản lý chất lượng", "Suốt Quý III và Quý IV NTC 2026"),
    ("7", "Mua thử 50 tấn lá mía khô làm bột giấy lót khay cùng Tổ hợp tác trồng mía Ya Hội",
     "Phòng Nghiên cứu sản phẩm", "Phòng Mua hàng", "Quý III NTC 2026"),
    ("8", "Hướng dẫn hợp tác xã ghi sổ nguồn gốc bã mía theo từng lô để làm hồ sơ truy xuất cho khách hàng Nhật Bản",
     "Phòng Quản lý chất lượng", "Phòng Mua hàng", "Hết Quý III NTC 2026"),
    ("9", "Trả tiền bã mía, lá mía vào tài khoản hợp tác xã, tổ hợp tác theo bảng kê của kho",
     "Phòng Tài chính - Kế toán", "", "Ngày 10 của kỳ sau kỳ giao hàng"),
    ("10", "Chi thưởng 30.000 đồng/tấn cho hợp tác xã, tổ hợp tác giao đủ sản lượng đăng ký cả năm",
     "Phòng Tài chính - Kế toán", "Phòng Mua hàng", "Kỳ 12 NTC 2026"),
    ("11", "Tổng kết việc thu mua NTC 2026, đề xuất giá và sản lượng NTC 2027 trình Hội đồng thành viên",
     "Phòng Mua hàng", "Phòng Tài chính - Kế toán, Phòng Quản lý chất lượng", "Quý IV NTC 2026"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA BÊN BÁN", "h"),
    ("Các hợp tác xã, tổ hợp tác liên kết báo sản lượng bã mía dự kiến của từng tháng trong mùa ép về Phòng Mua hàng "
     "trước ngày 25 của Kỳ 7 NTC 2026; không trộn bã mía của cơ sở ép ngoài vùng vào hàng giao cho Công ty.", "p"),
    ("Các phòng, bộ phận có tên ở mục III làm đúng phần việc và đúng hạn; việc nào chậm thì phản ánh kịp thời với Phó "
     "Tổng Giám đốc phụ trách vùng mía để giải quyết./.", "p"),
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
    header_table(doc, ["CÔNG TY TNHH", "BAO BÌ SINH HỌC TSUBAKI VIỆT NAM"], "Số: 46/KH-TSB",
                 "An Khê, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua bã mía, lá mía của các hợp tác xã, tổ hợp tác liên kết năm tài chính 2026", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT bán bã mía;",
                          "- Liên minh HTX tỉnh Gia Lai;", "- Các phòng, bộ phận (t/h);", "- Lưu: VT, P.MH."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phạm Minh Khôi"])
    return saved(doc, author="Phòng Mua hàng", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-TSB", created=datetime(2026, 8, 10, 8, 30, 0),
                 modified=datetime(2026, 8, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
