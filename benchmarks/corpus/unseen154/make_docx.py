"""Write a_tp-hcm_142-KH-TCV-2025_thao-cam-vien-thuc-an-dong-vat-htx.docx, the hundred-and-fifty-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen154/make_docx.py [OUT]

A city zoo's plan (Công ty TNHH Một thành viên Thảo Cầm Viên Sài Gòn, September 2025) for buying fresh grass,
vegetables and fruit for its animals straight from cooperatives: I. purposes, II. what is needed and where from ("-"
lines), III. one bordered table Bộ phận thực hiện | Nội dung công việc | Phối hợp | Thời hạn — no TT column, THE DOING
UNIT FIRST, its cell MERGED DOWN over the rows of its work (a unit named once for two or three rows) —, IV. one
paragraph naming the unit that follows it all up, the closing sentence, the signature beside "Nơi nhận". Every paragraph
is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_tp-hcm_142-KH-TCV-2025_thao-cam-vien-thuc-an-dong-vat-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Có nguồn cỏ tươi, rau, củ, quả sạch, đủ định lượng theo khẩu phần của từng loài, giảm dần việc mua qua "
     "thương lái trung gian.", "p"),
    ("- Giúp các hợp tác xã, tổ hợp tác trồng cỏ, rau và cây ăn trái ở các xã ven Thành phố có đầu ra ổn định bằng "
     "hợp đồng dài hạn.", "p"),
    ("- Việc mua sắm thực hiện công khai, đúng quy định; thanh toán qua tài khoản, không dùng tiền mặt.", "p"),
    ("II. NHU CẦU VÀ NGUỒN CUNG DỰ KIẾN", "h"),
    ("Mỗi tháng Công ty cần khoảng 55 tấn cỏ (cỏ voi, cỏ sả, cỏ lông tây), 27 tấn rau ăn lá và củ, 18 tấn trái cây "
     "(chuối, đu đủ, dưa hấu, mía cây) cho hơn 1.300 cá thể động vật. Nguồn cung dự kiến:", "p"),
    ("- Cỏ tươi: các HTX, THT trồng cỏ ở xã Củ Chi, xã Nhuận Đức;", "p"),
    ("- Rau, củ: các THT, HTX rau an toàn ở xã Bình Mỹ, xã Hóc Môn;", "p"),
    ("- Trái cây, mía: các HTX ở xã Tân An Hội và xã Phú Giáo.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Kế hoạch - Vật tư là đầu mối theo dõi Kế hoạch này, tổng hợp khối lượng, chất lượng hàng của từng hợp tác "
     "xã, báo cáo Giám đốc Công ty hằng quý và sơ kết vào tháng 7/2026.", "p"),
    ("Trong quá trình thực hiện có vướng mắc, các phòng, tổ báo cáo Giám đốc Công ty (qua Phòng Kế hoạch - Vật tư) để "
     "xem xét, giải quyết./.", "p"),
]

COLUMNS = ["Bộ phận thực hiện", "Nội dung công việc", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(3.2), Cm(7.4), Cm(3.6), Cm(2.8)]
# (unit, [(work, partners, time), …]): the unit's cell is merged down over its rows
GROUPS = [
    ("Phòng Kế hoạch - Vật tư", [
        ("Lập danh sách các HTX, THT có khả năng cung ứng; khảo sát vùng trồng cỏ, vườn rau, vườn cây ăn trái",
         "Liên minh HTX Thành phố, Trung tâm Khuyến nông", "trước 30/9/2025"),
        ("Soạn hồ sơ mời chào giá, tổ chức lựa chọn nhà cung cấp cho từng nhóm thức ăn", "Phòng Tài chính - Kế toán",
         "tháng 10/2025"),
        ("Ký hợp đồng khung 12 tháng với các HTX, THT được chọn, giao lịch giao hàng cho từng đơn vị", "",
         "trước 15/12/2025"),
    ]),
    ("Phòng Kỹ thuật chăn nuôi - thú y", [
        ("Ban hành tiêu chuẩn cỏ, rau, trái cây đầu vào: độ tươi, kích cỡ, cách bó, đóng sọt, không dùng thuốc bảo vệ "
         "thực vật cấm", "", "trước 20/9/2025"),
        ("Lấy mẫu kiểm tra dư lượng thuốc bảo vệ thực vật tại vườn của HTX trước lần giao hàng đầu tiên",
         "Chi cục Trồng trọt và Bảo vệ thực vật", "định kỳ 3 tháng/lần"),
        ("Điều chỉnh khẩu phần khi đổi nguồn cung; theo dõi tiêu hóa, sức khỏe của nhóm thú ăn cỏ và linh trưởng",
         "Tổ Chế biến thức ăn", "thường xuyên"),
    ]),
    ("Tổ Chế biến thức ăn", [
        ("Nhận hàng từ 5h00 đến 6h30 mỗi sáng tại cổng số 3: cân, kiểm tra cảm quan, ký biên bản giao nhận với người "
         "giao hàng của HTX", "Phòng Kỹ thuật chăn nuôi - thú y", "hằng ngày, từ 01/01/2026"),
        ("Trả lại lô hàng không đạt, lập biên bản, báo Phòng Kế hoạch - Vật tư để trừ vào kỳ thanh toán", "",
         "ngay khi phát hiện"),
    ]),
    ("Phòng Tài chính - Kế toán", [
        ("Thanh toán tiền hàng cho HTX, THT qua tài khoản theo biên bản giao nhận đã đối chiếu",
         "Phòng Kế hoạch - Vật tư", "15 ngày/lần"),
    ]),
    ("Phòng Giáo dục - Truyền thông", [
        ("Làm bảng giới thiệu \"Bữa ăn của thú đến từ đâu\" tại khu voi, hươu, hà mã, kèm mã QR dẫn tới trang của các "
         "HTX cung ứng", "Liên minh HTX Thành phố", "quý I/2026"),
        ("Tổ chức 02 phiên \"Chợ nông sản hợp tác xã\" vào cuối tuần tại bãi cỏ trung tâm, dịp Tết và dịp hè",
         "Liên minh HTX Thành phố, Sở Công Thương", "tháng 01/2026 và tháng 6/2026"),
    ]),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND THÀNH PHỐ HỒ CHÍ MINH", "CÔNG TY TNHH MỘT THÀNH VIÊN", "THẢO CẦM VIÊN SÀI GÒN"],
                 "Số: 142/KH-TCV", "Thành phố Hồ Chí Minh, ngày 05 tháng 9 năm 2025", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua cỏ tươi, rau, củ, quả làm thức ăn cho động vật từ các hợp tác xã, tổ hợp tác", bold=True,
         center=True)
    para(doc, "(từ tháng 10/2025 đến hết năm 2026)", italic=True, center=True)
    para(doc, "Để bảo đảm nguồn thức ăn tươi, rõ nguồn gốc cho động vật nuôi trong vườn và góp phần tiêu thụ nông sản "
              "của kinh tế tập thể, Công ty TNHH Một thành viên Thảo Cầm Viên Sài Gòn xây dựng Kế hoạch như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    rows = sum(len(work) for _, work in GROUPS)
    table = doc.add_table(rows=1 + rows, cols=len(COLUMNS))
    set_borders(table, "single")
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    for cell, value in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [value], bold=(0,))
    r = 1
    for unit, work in GROUPS:
        first, last = r, r + len(work) - 1
        for work_text, partners, time in work:
            cells = table.rows[r].cells
            cell_lines(cells[1], [work_text], center=False)
            cell_lines(cells[2], [partners] if partners else [], center=False)
            cell_lines(cells[3], [time])
            r += 1
        unit_cell = table.cell(first, 0) if first == last else table.cell(first, 0).merge(table.cell(last, 0))
        cell_lines(unit_cell, [unit], bold=(0,))
        unit_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (b/c);", "- Liên minh HTX Thành phố;",
                          "- Ban Giám đốc;", "- Các phòng, tổ (t/h);", "- Lưu: VT, KHVT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lâm Ngọc Thạch"])
    return saved(doc, author="Phòng Kế hoạch - Vật tư", editor="Văn thư Thảo Cầm Viên",
                 title="Kế hoạch 142/KH-TCV", created=datetime(2025, 8, 28, 8, 20, 0),
                 modified=datetime(2025, 9, 5, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
