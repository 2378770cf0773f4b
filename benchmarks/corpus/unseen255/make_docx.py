"""Write a_quang-tri_45-KH-TDCL-2026_tram-dung-chan-gian-hang-htx-ngay-k.docx, the two-hundred-and-fifty-fifth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen255/make_docx.py [OUT]

A highway rest-stop company's plan (October 2026) for buying its restaurant's food of cooperatives and opening a
corner that sells the cooperatives' goods: an opening, I. targets; II. a note fixing the opening day "K" and saying the
"Mốc" column counts days before ("K - 40") or after ("K + 30") it, then one bordered table Mốc | Việc | Bộ phận chịu
trách nhiệm | Bộ phận hỗ trợ whose rows sit under FULL-WIDTH BAND ROWS naming the AREA OF THE STOP (merged cells);
III. the closing; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_quang-tri_45-KH-TDCL-2026_tram-dung-chan-gian-hang-htx-ngay-k.docx"

OPENING = [
    ("Mỗi ngày Trạm đón khoảng 1.900 lượt khách đi xe khách, xe du lịch và 400 lượt lái xe tải dừng nghỉ trên tuyến "
     "cao tốc. Nhà hàng của Trạm đang nhập rau, thịt qua hai đại lý ở chợ Đông Hà; quầy quà lưu niệm chủ yếu bán hàng "
     "ngoài tỉnh. Hội đồng quản trị đã thống nhất dành 120 m2 sảnh phía bắc làm gian bán đặc sản do các hợp tác xã "
     "trong tỉnh làm ra và chuyển dần nguồn thực phẩm của nhà hàng sang hợp tác xã. Ban Giám đốc lập Kế hoạch này.",
     "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Sau ba tháng kể từ ngày khai trương gian hàng, ít nhất 60% rau xanh và toàn bộ gạo của nhà hàng lấy từ hợp "
     "tác xã.", "p"),
    ("2. Gian hàng bày bán thường xuyên không dưới 30 mặt hàng của 08 hợp tác xã, có niêm yết giá và nguồn gốc.", "p"),
    ("II. MỐC VIỆC VÀ NGƯỜI PHỤ TRÁCH", "h"),
    ("Ngày K là ngày khai trương gian hàng hợp tác xã, định vào thứ Sáu, ngày 18/12/2026. Ở cột \u201cMốc\u201d, "
     "\u201cK - 40\u201d nghĩa là phải xong chậm nhất 40 ngày trước ngày K, \u201cK + 30\u201d là chậm nhất 30 ngày "
     "sau ngày K. Ô \u201cBộ phận hỗ trợ\u201d bỏ trống là bộ phận chịu trách nhiệm tự làm.", "p"),
]

COLUMNS = ["Mốc", "Việc", "Bộ phận chịu trách nhiệm", "Bộ phận hỗ trợ"]
WIDTHS = [Cm(2.2), Cm(8.2), Cm(3.2), Cm(3.0)]
# a str is a band row (merged across the table), a tuple a task row
ROWS = [
    "A. KHU NHÀ HÀNG",
    ("K - 40", "Làm việc với HTX Rau sạch Cam Thành về danh mục rau, giá theo mùa và lịch giao hai chuyến mỗi ngày "
     "(5 giờ sáng, 14 giờ chiều)", "Bộ phận Kho - Mua hàng", "Bộ phận Nhà hàng"),
    ("K - 15", "Đưa 05 món nấu từ nguyên liệu của hợp tác xã (cháo gà, bún bò, cơm niêu gạo Hải Lăng …) vào thực đơn "
     "cho khách đi đường dài; in tên hợp tác xã cạnh từng món", "Bộ phận Nhà hàng", ""),
    ("Từ ngày K, hằng ngày", "Nhận rau, thịt ở cửa sau của bếp, xem bằng mắt, ghi sổ nhập có chữ ký người giao hàng",
     "Bộ phận Kho - Mua hàng", "Bộ phận Nhà hàng"),
    "B. GIAN HÀNG ĐẶC SẢN CỦA HỢP TÁC XÃ",
    ("K - 25", "Chọn 30 sản phẩm OCOP của các hợp tác xã trong tỉnh đưa lên kệ (hồ tiêu, nước mắm, dầu tràm, mật ong, "
     "khoai deo), kèm bản tự công bố chất lượng của từng sản phẩm", "Tổ Gian hàng đặc sản",
     "Liên minh Hợp tác xã tỉnh Quảng Trị"),
    ("K - 7", "Ký hợp đồng ký gửi với từng hợp tác xã: mức chiết khấu, hạn trả tiền, cách đổi hàng sắp hết hạn dùng",
     "Phòng Kế toán", "Tổ Gian hàng đặc sản"),
    ("Ngày K", "Khai trương gian hàng; mời 03 hợp tác xã cử người đứng quầy giới thiệu, mời khách nếm thử",
     "Tổ Gian hàng đặc sản", "Bộ phận Lễ tân - Bãi xe"),
    ("K + 30", "Đối chiếu số hàng đã bán, thanh toán tiền hàng ký gửi tháng đầu cho các hợp tác xã", "Phòng Kế toán", ""),
    "C. BÃI XE, CÂY XANH VÀ VỆ SINH",
    ("K - 3", "Dựng biển chỉ đường \u201cGian hàng hợp tác xã\u201d ở lối vào bãi xe khách và bãi xe tải",
     "Bộ phận Lễ tân - Bãi xe", "Tổ Kỹ thuật - Cây xanh"),
    ("K + 60", "Thuê HTX Dịch vụ môi trường Cam Lộ chăm cây xanh, thu gom rác hữu cơ của bếp về ủ phân",
     "Tổ Kỹ thuật - Cây xanh", "Phòng Kế toán"),
    "D. VIỆC CHUNG",
    ("Cuối mỗi quý", "Tổng hợp góp ý của khách, doanh số của từng hợp tác xã; báo cáo Hội đồng quản trị",
     "Phòng Kế toán", "Tổ Gian hàng đặc sản"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các bộ phận, tổ nêu trong bảng bám đúng mốc đã giao; nếu ngày K phải lùi thì mọi mốc lùi theo, Phòng Kế "
     "toán báo lại cho các hợp tác xã./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TRẠM DỪNG CHÂN CAM LỘ"], "Số: 45/KH-TDCL",
                 "Quảng Trị, ngày 28 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Nhập thực phẩm của hợp tác xã và mở gian hàng đặc sản hợp tác xã tại Trạm dừng chân", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for n, entry in enumerate(ROWS, start=1):
        row = table.rows[n]
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if isinstance(entry, str):
            band = row.cells[0].merge(row.cells[-1])
            cell_lines(band, [entry], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, entry)):
            if value:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i == 0)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX cung ứng, ký gửi;",
                          "- Các bộ phận, tổ (t/h);", "- Lưu: VT, KT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hồ Đắc Thuận"])
    return saved(doc, author="Phòng Kế toán", editor="Văn thư Trạm", title="Kế hoạch 45/KH-TDCL",
                 created=datetime(2026, 10, 23, 9, 10, 0), modified=datetime(2026, 10, 28, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
