"""Write a_dong-thap_19-2026-KH-LBTM_dan-luc-binh-don-hang-cuoi-nam.docx, the hundred-and-ninety-fifth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen195/make_docx.py [OUT]

A water-hyacinth handicraft export company's plan (September 2026) for the baskets, mats and boxes it buys from the
weaving cooperatives and cooperative groups for its year-end export orders. I. purposes ("-" lines), II. the weaving
units (facts in prose), III. a note, then ONE bordered ORDER-KEYED table: its first column "Đơn hàng" is MERGED DOWN
over each order's rows and holds the order's code, buyer, quantity and ETD (the ship date: a fact, no deadline), then
Việc | Bộ phận chủ trì | Phối hợp | Hạn; a last group "Việc chung" for work tied to no order. IV. two numbered duties
of the weaving units; the closing sentence; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_dong-thap_19-2026-KH-LBTM_dan-luc-binh-don-hang-cuoi-nam.docx"

OPENING = [
    ("Quý IV năm nay Công ty nhận bốn đơn hàng xuất khẩu giỏ, thảm và hộp đan từ cây lục bình, tổng cộng 21.400 sản "
     "phẩm, nhiều hơn cùng kỳ năm trước gần 40%. Phần lớn hàng do các hợp tác xã, tổ hợp tác đan ở các xã Tháp Mười, "
     "Mỹ Quí, Trường Xuân và Thanh Mỹ làm theo hợp đồng gia công. Để giao hàng đủ, đúng mẫu và kịp tàu, Công ty đề "
     "ra kế hoạch dưới đây.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Giao đủ bốn đơn hàng đúng ngày tàu chạy; tỷ lệ hàng bị loại khi kiểm dưới 3%.", "p"),
    ("- Thành viên các hợp tác xã, tổ hợp tác có việc đều đến hết tháng Chạp, nhận tiền công không chậm quá 07 ngày.",
     "p"),
    ("II. CÁC ĐƠN VỊ ĐAN GIA CÔNG", "h"),
    ("Gồm HTX Lục bình Mỹ Quí (210 thành viên đan), HTX Thủ công Trường Xuân (145), THT đan lục bình ấp Gò Tháp (38) "
     "và THT đan ấp Thanh Mỹ 2 (26). Cây lục bình phơi khô do các tổ thu gom ở kênh Nguyễn Văn Tiếp cung cấp; giá thu "
     "mua hiện nay 14.500 đồng/kg.", "p"),
    ("III. PHÂN CÔNG THEO TỪNG ĐƠN HÀNG", "h"),
    ("Cột đầu bảng ghi mã đơn hàng, khách hàng, số lượng và ngày tàu chạy (ETD) để các bộ phận đối chiếu; ngày tàu "
     "chạy không phải hạn của từng việc. Hạn của mỗi việc ghi ở cột cuối.", "p"),
]

COLUMNS = ["Đơn hàng", "Việc", "Bộ phận chủ trì", "Phối hợp", "Hạn"]
WIDTHS = [Cm(3.4), Cm(6.6), Cm(2.5), Cm(2.7), Cm(2.0)]
# (order cell lines, rows (work, lead, partners, time))
GROUPS = [
    (["LB-2609", "Khách Đức", "6.000 giỏ tròn 3 cỡ", "ETD 28/11/2026"], [
        ("Làm 03 bộ mẫu đối chứng có chữ ký của khách, giao cho mỗi HTX một bộ để thành viên đan theo",
         "Phòng Mẫu", "HTX Lục bình Mỹ Quí", "30/9/2026"),
        ("Cấp đủ 18 tấn lục bình khô và khung sắt sơn tĩnh điện cho các đơn vị đan", "Phòng Vật tư",
         "THT đan lục bình ấp Gò Tháp", "10/10/2026"),
        ("Kiểm hàng giữa chừng tại HTX khi xong khoảng một nửa số giỏ, loại sản phẩm sai màu, sai cỡ",
         "Phòng Kiểm hàng", "", "25/10/2026"),
    ]),
    (["LB-2611", "Khách Nhật Bản", "9.200 hộp đựng có nắp", "ETD 19/12/2026"], [
        ("Tập huấn kiểu đan mắt cáo nhỏ cho 60 thành viên HTX Thủ công Trường Xuân", "Phòng Mẫu",
         "HTX Thủ công Trường Xuân", "15/10/2026"),
        ("Sấy và xông chống mốc toàn bộ hộp trước khi đóng thùng, ghi độ ẩm từng lô vào sổ", "Xưởng Hoàn thiện",
         "Phòng Kiểm hàng", "05/12/2026"),
        ("Làm thủ tục kiểm dịch thực vật và chứng nhận xuất xứ cho lô hàng", "Phòng Xuất nhập khẩu", "",
         "12/12/2026"),
    ]),
    (["LB-2612", "Khách Úc", "4.800 thảm trải sàn và 1.400 giỏ giặt", "ETD 09/01/2027"], [
        ("Đặt trước khung gỗ tràm cho giỏ giặt và chuyển khung đến các đơn vị đan", "Phòng Vật tư",
         "THT đan ấp Thanh Mỹ 2", "20/11/2026"),
        ("Kiểm 100% thảm trước khi nhận về kho, lập biên bản số lượng đạt, không đạt với từng HTX, THT",
         "Phòng Kiểm hàng", "HTX Lục bình Mỹ Quí, HTX Thủ công Trường Xuân", "22/12/2026"),
    ]),
    (["Việc chung"], [
        ("Tạm ứng 30% tiền công cho các HTX, THT khi ký phụ lục hợp đồng gia công; phần còn lại trả trong 07 ngày sau "
         "mỗi lần nhận hàng đạt", "Phòng Kế toán", "Phòng Kiểm hàng", "Theo từng lần nhận hàng"),
        ("Đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ hai HTX làm hồ sơ vay vốn lưu động để mua lục bình khô dự trữ",
         "Ban Giám đốc", "Liên minh Hợp tác xã tỉnh", "Tháng 10/2026"),
        ("Họp rút kinh nghiệm với các đơn vị đan sau khi xuất lô cuối, bàn đơn hàng mùa xuân 2027", "Ban Giám đốc",
         "Phòng Mẫu", "Trước 25/01/2027"),
    ]),
]

AFTER = [
    ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC ĐAN GIA CÔNG", "h"),
    ("1. Phân hàng cho thành viên theo tay nghề, giữ đúng mẫu đối chứng; báo ngay cho Phòng Mẫu khi nguyên liệu không "
     "đạt.", "p"),
    ("2. Gửi bảng chấm công đan của từng thành viên về Phòng Kế toán trước ngày 05 hằng tháng để Công ty trả công "
     "đúng người.", "p"),
    ("Các phòng, xưởng căn cứ kế hoạch này bố trí người và xe; vướng mắc báo Ban Giám đốc để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "THỦ CÔNG LỤC BÌNH THÁP MƯỜI"], "Số: 19/2026/KH-LBTM",
                 "Tháp Mười, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua hàng đan lục bình của các hợp tác xã, tổ hợp tác cho các đơn hàng xuất khẩu cuối năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    n_rows = 1 + sum(len(rows) for _, rows in GROUPS)
    table = doc.add_table(rows=n_rows, cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    r = 1
    for order, rows in GROUPS:
        first = r
        for work, lead, partners, time in rows:
            cells = table.rows[r].cells
            for i, value in enumerate(["", work, lead, partners, time]):
                cells[i].width = WIDTHS[i]
                if i:
                    cell_lines(cells[i], [value], center=i == 4)
            r += 1
        merged = table.cell(first, 0).merge(table.cell(r - 1, 0)) if r - 1 > first else table.cell(first, 0)
        merged.width = WIDTHS[0]
        cell_lines(merged, order, bold=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT đan gia công;",
                          "- Liên minh HTX tỉnh;", "- Các phòng, xưởng (t/h);", "- Lưu: VT, P.XNK."],
                    ["GIÁM ĐỐC", "", "", "", "Lâm Thị Kim Xuyến"])
    return saved(doc, author="Phòng Xuất nhập khẩu", editor="Văn thư Công ty",
                 title="Kế hoạch 19/2026/KH-LBTM", created=datetime(2026, 9, 10, 9, 15, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
