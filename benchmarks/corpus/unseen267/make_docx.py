"""Write a_bac-ninh_44-KH-INKB-2026_nha-in-tem-nhan-bao-bi-htx.docx, the two-hundred-and-sixty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen267/make_docx.py [OUT]

A printing house's plan (August 2026) for printing labels, boxes and traceability stamps for cooperatives' OCOP goods
and buying handmade dó paper of a paper-making cooperative: an opening, I. purposes; II. a note that gives the print
shop's own words for the columns, then one bordered table laid out as the shop's print-job DOCKET: Lệnh | Nội dung
việc | Đứng máy | Phụ máy | Chạy xong, the rows numbered "LỆNH 01" …, "Đứng máy" the lead, "Phụ máy" the partners
(an empty one typed "—"), "Chạy xong" the time; III. the cooperatives' own duty; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_bac-ninh_44-KH-INKB-2026_nha-in-tem-nhan-bao-bi-htx.docx"

OPENING = [
    ("Năm 2025 Công ty in nhãn, hộp cho 71 hợp tác xã trong và ngoài tỉnh, phần lớn là đơn hàng nhỏ, mẫu do hợp tác "
     "xã tự vẽ, nhiều nhãn thiếu thông tin bắt buộc nên phải in lại. Cùng lúc, các hợp tác xã có sản phẩm OCOP cần tem "
     "truy xuất nguồn gốc và hộp quà dịp Tết. Hội đồng quản trị giao Tổng Giám đốc lập Kế hoạch này để phục vụ khách "
     "hàng hợp tác xã có nền nếp từ quý IV/2026.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Nhận in đơn hàng nhỏ từ 500 nhãn cho hợp tác xã với giá như đơn hàng 5.000 nhãn; nhãn đủ nội dung bắt buộc "
     "ngay từ bản in đầu.", "p"),
    ("2. Dùng giấy dó của hợp tác xã làm giấy trong tỉnh cho dòng hộp quà cao cấp, thay một phần giấy mỹ thuật nhập "
     "khẩu.", "p"),
    ("II. PHIẾU LỆNH VIỆC", "h"),
    ("Bảng dưới đây ghi theo kiểu phiếu lệnh in của xưởng: “Đứng máy” là bộ phận chịu trách nhiệm chính, “Phụ máy” là "
     "bộ phận, đơn vị cùng làm (dấu “—” là không có), “Chạy xong” là thời hạn phải xong.", "p"),
]

COLUMNS = ["Lệnh", "Nội dung việc", "Đứng máy", "Phụ máy", "Chạy xong"]
WIDTHS = [Cm(1.8), Cm(7.0), Cm(3.0), Cm(3.0), Cm(2.2)]
ROWS = [
    ("LỆNH 01", "Gọi điện, gửi thư cho 71 hợp tác xã đã in ở Công ty; ghi lại sản phẩm, số lượng nhãn, hộp dự kiến "
     "cần cho mùa Tết Đinh Mùi", "Phòng Kinh doanh", "Phòng Chăm sóc khách hàng", "31/8/2026"),
    ("LỆNH 02", "Soạn bộ 12 mẫu nhãn chuẩn cho mật ong, gạo, chè, nước mắm, miến, có sẵn ô ghi số công bố, hạn dùng, "
     "mã truy xuất", "Phòng Thiết kế chế bản", "Phòng Quản lý chất lượng", "15/9/2026"),
    ("LỆNH 03", "Nhờ Sở Nông nghiệp và Môi trường xem lại các mẫu nhãn chuẩn, góp ý phần thông tin bắt buộc trước khi "
     "gửi hợp tác xã", "Phòng Quản lý chất lượng", "Sở Nông nghiệp và Môi trường", "25/9/2026"),
    ("LỆNH 04", "Ký hợp đồng mua 20.000 tờ giấy dó khổ 60 x 80 cm của HTX Giấy dó Đông Cao, giao hàng tháng",
     "Phòng Vật tư", "Phòng Tài chính - Kế toán", "30/9/2026"),
    ("LỆNH 05", "In thử hộp quà bọc giấy dó cho 05 hợp tác xã có sản phẩm OCOP 4 sao, gửi mẫu cho họ duyệt",
     "Xưởng In offset", "Phòng Thiết kế chế bản; HTX Giấy dó Đông Cao", "Tháng 10/2026"),
    ("LỆNH 06", "Mở dịch vụ in tem truy xuất có mã QR theo từng lô hàng, hợp tác xã tự nhập nhật ký lô trên trang web "
     "của Công ty", "Phòng Công nghệ thông tin", "Xưởng In kỹ thuật số", "31/10/2026"),
    ("LỆNH 07", "Dành riêng một ca chạy máy kỹ thuật số mỗi thứ Bảy cho đơn hàng nhỏ của hợp tác xã", "Xưởng In kỹ "
     "thuật số", "—", "Từ tháng 11/2026, hằng tuần"),
    ("LỆNH 08", "Mở hai buổi hướng dẫn hợp tác xã chụp ảnh sản phẩm, chuẩn bị file in và đọc bản bông trước khi duyệt",
     "Phòng Thiết kế chế bản", "Liên minh Hợp tác xã tỉnh Bắc Ninh", "Quý IV/2026"),
    ("LỆNH 09", "Cho hợp tác xã trả chậm 30 ngày tiền in với đơn hàng Tết dưới 20 triệu đồng", "Phòng Tài chính - Kế "
     "toán", "Phòng Kinh doanh", "Khi hợp tác xã đề nghị"),
    ("LỆNH 10", "Tổng kết mùa in Tết, tính giá in đơn hàng nhỏ năm 2027, trình Hội đồng quản trị ở phiên họp đầu năm",
     "Phòng Kinh doanh", "Phòng Tài chính - Kế toán, Phòng Vật tư", "25/02/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ", "h"),
    ("Các hợp tác xã gửi file thiết kế, số công bố sản phẩm và số lượng cần in trước ngày in ít nhất 10 ngày; ký duyệt "
     "bản bông trong 02 ngày làm việc để không lỡ lịch chạy máy.", "p"),
    ("Trưởng các phòng, xưởng nêu ở mục II làm đúng phiếu lệnh trên; vướng mắc báo Tổng Giám đốc để xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "IN KINH BẮC XANH"], "Số: 44/KH-INKB",
                 "Bắc Ninh, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "In nhãn, hộp, tem truy xuất cho hợp tác xã và dùng giấy dó của hợp tác xã mùa Tết Đinh Mùi 2027",
         bold=True, center=True)
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
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Liên minh HTX tỉnh;",
                          "- Các phòng, xưởng (t/h);", "- Lưu: VT, KD."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lương Đức Tráng"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 44/KH-INKB", created=datetime(2026, 8, 12, 8, 20, 0),
                 modified=datetime(2026, 8, 18, 16, 15, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
