"""Write a_quang-ngai_24-KH-TDNBS-2026_tram-dung-nghi-cao-toc-goc-ocop-htx.docx, the hundred-and-forty-sixth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen146/make_docx.py [OUT]

An expressway rest-stop operator's plan (April 2026) to open a corner of cooperatives' OCOP goods, sold on consignment,
at its rest stop: I. purposes ("-" lines), II. size and place, III. ONE bordered table whose FIRST column is the time —
Thời gian | Nội dung công việc | Đơn vị thực hiện —, one time cell merged down over two rows ("Tháng 5/2026"), the
doers in ONE cell separated by ";" with the lead marked "(chủ trì)" after its name (not always the first name), the
company's units named in full and abbreviated ("P. KD-TT", "P. TC-KT"); IV. funding; V. the closing paragraph; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_quang-ngai_24-KH-TDNBS-2026_tram-dung-nghi-cao-toc-goc-ocop-htx.docx"

OPENING = ("Trạm dừng nghỉ Bình Sơn (Km 112, cao tốc Đà Nẵng - Quảng Ngãi) đón trung bình 3.500 lượt khách mỗi ngày, "
           "dịp lễ, hè lên tới 7.000 lượt, nhưng quầy lưu niệm hiện chủ yếu bán hàng mua từ nơi khác. Thực hiện chủ "
           "trương của Hội đồng thành viên về dành chỗ cho hàng hóa địa phương, Công ty TNHH Trạm dừng nghỉ Bình Sơn "
           "lập Kế hoạch mở Góc sản phẩm OCOP dành cho hợp tác xã, tổ hợp tác gồm các nội dung dưới đây:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giới thiệu, bán cho khách đi đường đặc sản của các hợp tác xã, tổ hợp tác trong tỉnh: tỏi Lý Sơn, quế Trà "
     "Bồng, mạch nha, đường phổi, cá bống sông Trà, mật ong rừng.", "p"),
    ("- Hàng bày bán phải có nguồn gốc rõ ràng, tem truy xuất, còn hạn dùng; giá niêm yết thống nhất với hợp tác xã.",
     "p"),
    ("- Hợp tác xã gửi hàng, Công ty bán hộ và hưởng chiết khấu; không thu tiền thuê quầy trong năm đầu.", "p"),
    ("II. QUY MÔ, ĐỊA ĐIỂM", "h"),
    ("Góc sản phẩm rộng khoảng 120 m², đặt tại sảnh nhà dịch vụ phía Bắc, gồm 16 quầy kệ và 2 tủ mát; dự kiến 20 hợp "
     "tác xã, tổ hợp tác tham gia đợt đầu.", "p"),
    ("III. TIẾN ĐỘ VÀ PHÂN CÔNG", "h"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Chi phí sửa sảnh, đóng kệ, mua tủ mát và in ấn lấy từ kế hoạch đầu tư năm 2026 của Công ty; hợp tác xã, tổ hợp "
     "tác tự chịu tiền vận chuyển hàng đến trạm.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Các phòng, bộ phận căn cứ mục III triển khai đúng tiến độ; Tổ Quản lý quầy hàng hằng tuần báo cáo nhanh doanh số "
     "của từng hợp tác xã cho Giám đốc. Quá trình thực hiện có phát sinh, các đơn vị báo cáo Giám đốc xem xét, quyết "
     "định./.", "p"),
]

COLUMNS = ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện"]
WIDTHS = [Cm(3.0), Cm(8.8), Cm(5.2)]
# (time, work, doers); a time of None continues the time cell above (merged down)
ROWS = [
    ("Trước 15/5/2026",
     "Sửa sảnh nhà dịch vụ phía Bắc, đóng 16 quầy kệ, lắp 2 tủ mát, bảng hiệu \"Sản vật Quảng Ngãi\"",
     "Bộ phận Kỹ thuật - Xây dựng (chủ trì); Phòng Kinh doanh - Tiếp thị"),
    ("Tháng 5/2026",
     "Làm việc với Liên minh HTX tỉnh chọn 20 HTX, THT có sản phẩm OCOP từ 3 sao trở lên; thống nhất danh mục, giá "
     "bán lẻ",
     "P. KD-TT (chủ trì); Liên minh HTX tỉnh Quảng Ngãi"),
    (None,
     "Ký hợp đồng ký gửi với từng HTX, THT: tỷ lệ chiết khấu, kỳ thanh toán, đổi hàng sắp hết hạn",
     "Phòng Tài chính - Kế toán; P. KD-TT (chủ trì)"),
    ("01/6/2026",
     "Khai trương Góc sản phẩm OCOP, mời các HTX giới thiệu và cho khách dùng thử sản phẩm",
     "Phòng Kinh doanh - Tiếp thị"),
    ("Hằng ngày",
     "Kiểm tra hạn dùng, tem truy xuất, nhiệt độ tủ mát; ghi sổ nhập, xuất hàng của từng HTX",
     "Tổ Quản lý quầy hàng"),
    ("Tháng 6/2026",
     "Gắn mã QR truy xuất nguồn gốc của từng HTX vào phần mềm bán hàng; in thẻ giới thiệu sản phẩm song ngữ Việt - Anh",
     "Bộ phận Công nghệ thông tin (chủ trì); Sở Khoa học và Công nghệ"),
    ("Quý III/2026",
     "Mỗi tháng 02 phiên \"Cuối tuần cùng HTX\": HTX, THT trực tiếp bán và trình diễn chế biến tại sân trạm",
     "P. KD-TT (chủ trì); Tổ An ninh - Trật tự; UBND xã Bình Sơn"),
    ("Trước ngày 10 hằng tháng",
     "Đối chiếu doanh số, trả tiền hàng ký gửi cho HTX, THT sau khi trừ chiết khấu theo hợp đồng",
     "P. TC-KT"),
    ("Tháng 9/2026",
     "Lấy ý kiến khách, rà soát sản phẩm bán chậm; thay sản phẩm không đạt, bổ sung HTX mới",
     "Phòng Kinh doanh - Tiếp thị (chủ trì); Liên minh HTX tỉnh Quảng Ngãi"),
    ("Tháng 12/2026",
     "Tổng kết năm, báo cáo Hội đồng thành viên và Liên minh HTX tỉnh; đề xuất mở thêm góc sản phẩm ở trạm phía Nam",
     "Phòng Kinh doanh - Tiếp thị"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "TRẠM DỪNG NGHỈ BÌNH SƠN"], "Số: 24/KH-TDNBS",
                 "Bình Sơn, ngày 20 tháng 4 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mở Góc sản phẩm OCOP của hợp tác xã, tổ hợp tác tại Trạm dừng nghỉ Bình Sơn năm 2026", bold=True,
         center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    for cell, value in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [value], bold=(0,))
    for r, (time, work, doers) in enumerate(ROWS, start=1):
        cells = table.rows[r].cells
        if time is None:  # the time cell above runs down over this row
            table.cell(r - 1, 0).merge(table.cell(r, 0))
        else:
            cell_lines(cells[0], [time])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], [doers], center=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- UBND xã Bình Sơn;", "- Các HTX, THT tham gia;", "- Các phòng, bộ phận, tổ (t/h);",
                          "- Lưu: VT, KD-TT."],
                    ["GIÁM ĐỐC", "", "", "", "Đặng Quốc Hưng"])
    return saved(doc, author="Phòng Kinh doanh - Tiếp thị", editor="Văn thư Công ty",
                 title="Kế hoạch 24/KH-TDNBS", created=datetime(2026, 4, 14, 8, 20, 0),
                 modified=datetime(2026, 4, 20, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
