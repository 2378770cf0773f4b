"""Write a_hue_68-KH-TTKTX-2026_nong-san-htx-can-tin-ky-tuc-xa.docx, the two-hundred-and-twenty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen222/make_docx.py [OUT]

A university's student dormitory centre (Trung tâm Quản lý Ký túc xá, Đại học Huế; August 2026) bringing cooperatives'
rice, vegetables and Huế products into its canteens, a weekend stall in its yard and short placements of students at
cooperatives over the school year 2026 - 2027: I. targets ("-" lines), II. a facts table of the dormitory sites (no
work), III. a note dating the university's calendar milestones, then ONE bordered table whose FIRST COLUMN IS A
MILESTONE OF THE ACADEMIC CALENDAR ("Trước ngày nhập học khóa mới", "Giữa học kỳ I", "Trước kỳ nghỉ Tết" …), then the
work, the doing room, site or team of the centre and the partners; IV. one request to the supplying cooperatives; the
closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_hue_68-KH-TTKTX-2026_nong-san-htx-can-tin-ky-tuc-xa.docx"

OPENING = [
    ("Ba khu ký túc xá của Đại học Huế hiện có 5.840 sinh viên ở nội trú, mỗi ngày các căng tin nấu khoảng 7.200 "
     "suất ăn. Năm học vừa qua phần lớn gạo, rau, thịt do tiểu thương ở chợ đầu mối chở đến, nhiều lô không rõ nơi "
     "trồng, nơi nuôi. Thực hiện chủ trương của Giám đốc Đại học Huế về xây dựng ký túc xá xanh, an toàn, Trung tâm "
     "Quản lý Ký túc xá lập Kế hoạch này:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Từ học kỳ I năm học 2026 - 2027, ít nhất 60% gạo, rau xanh và thịt lợn dùng ở các căng tin do hợp tác xã "
     "trong thành phố cung ứng, lô hàng nào cũng truy được nơi sản xuất.", "p"),
    ("- Giá suất ăn sinh viên không tăng so với năm học trước (25.000 đồng/suất trưa).", "p"),
    ("- Có ít nhất 120 lượt sinh viên làm thêm hoặc thực tập ngắn ngày tại các hợp tác xã.", "p"),
    ("II. CÁC KHU NỘI TRÚ", "h"),
]

SITE_COLUMNS = ["Khu", "Địa chỉ", "Số phòng", "Sinh viên ở", "Căng tin"]
SITE_WIDTHS = [Cm(3.0), Cm(5.4), Cm(2.2), Cm(2.6), Cm(2.8)]
SITES = [
    ("Khu Trường An", "phường Thuận Hóa", "412", "3.050", "02"),
    ("Khu Tây Lộc", "phường Phú Xuân", "236", "1.720", "01"),
    ("Khu Đống Đa", "phường Thuận Hóa", "128", "1.070", "01 (quầy nhỏ)"),
    ("Cộng", "", "776", "5.840", "04"),
]

BEFORE_TABLE = [
    ("III. VIỆC CẦN LÀM THEO LỊCH NĂM HỌC", "h"),
    ("Cột đầu bảng ghi mốc theo Lịch năm học 2026 - 2027 của Đại học Huế: nhập học khóa mới từ ngày 07/9/2026; tuần "
     "sinh hoạt công dân từ 14/9 đến 19/9/2026; giữa học kỳ I từ 02/11 đến 14/11/2026; thi học kỳ I từ 28/12/2026 "
     "đến 16/01/2027; nghỉ Tết Đinh Mùi từ 01/02 đến 21/02/2027; đầu học kỳ II từ 22/02 đến 06/3/2027; năm học "
     "kết thúc ngày 30/6/2027.", "p"),
]

COLUMNS = ["Mốc", "Công việc", "Thực hiện", "Phối hợp"]
WIDTHS = [Cm(3.0), Cm(7.6), Cm(2.8), Cm(2.6)]
ROWS = [
    ("Trước ngày nhập học khóa mới", "Chọn và ký hợp đồng cung ứng gạo, rau, thịt lợn với HTX Nông nghiệp Quảng "
     "Thành, HTX Rau an toàn Hương Long, HTX Chăn nuôi Thủy Phù; mỗi lô hàng kèm phiếu ghi nơi sản xuất",
     "Phòng Kế hoạch - Tài chính", "Tổ Dịch vụ - Căng tin"),
    ("Tuần sinh hoạt công dân", "Giới thiệu cho tân sinh viên danh sách việc làm thêm tại các HTX (đóng gói, bán "
     "hàng trực tuyến, hướng dẫn khách tham quan); nhận phiếu đăng ký",
     "Phòng Công tác sinh viên nội trú", "Liên minh Hợp tác xã thành phố Huế"),
    ("Tuần sinh hoạt công dân", "Mở quầy \"Hàng hợp tác xã\" sáng thứ Bảy, Chủ nhật ở sân Khu Trường An, 06 gian "
     "không thu tiền mặt bằng", "Khu Trường An", "HTX Nông nghiệp Quảng Thành"),
    ("Hằng tuần", "Kiểm tra nhiệt độ kho lạnh, sổ nhập hàng, lưu mẫu thức ăn 24 giờ ở 04 căng tin",
     "Tổ Dịch vụ - Căng tin", "Trung tâm Kiểm soát bệnh tật thành phố"),
    ("Giữa học kỳ I", "Lấy ý kiến sinh viên về bữa ăn nấu từ nông sản HTX qua phiếu trực tuyến; điều chỉnh thực "
     "đơn theo kết quả", "Phòng Công tác sinh viên nội trú", "Ban Tự quản sinh viên nội trú"),
    ("Giữa học kỳ I", "Đưa 40 sinh viên ngành kế toán, thương mại điện tử đến thực tập 02 tuần tại 04 HTX: ghi "
     "sổ, dựng gian hàng trên sàn thương mại điện tử", "Phòng Công tác sinh viên nội trú",
     "Trường Đại học Kinh tế, Đại học Huế"),
    ("Tuần thi học kỳ I", "Mở căng tin đến 22 giờ; HTX giao thêm suất cháo, bánh ăn tối theo số đặt trước mỗi "
     "chiều", "Khu Tây Lộc", "HTX Dịch vụ nông nghiệp Thủy Thanh"),
    ("Trước kỳ nghỉ Tết", "Tổ chức phiên chợ \"Tết sớm\" 02 ngày bán bánh chưng, mè xửng, tôm chua, mứt gừng "
     "của HTX cho sinh viên mang về quê", "Khu Trường An", "Liên minh Hợp tác xã thành phố Huế"),
    ("Trong kỳ nghỉ Tết", "Giữ 01 căng tin mở cửa cho khoảng 300 sinh viên ở lại; HTX giao hàng theo suất đặt "
     "trước 02 ngày", "Tổ Dịch vụ - Căng tin", ""),
    ("Đầu học kỳ II", "Chấm điểm từng HTX cung ứng (chất lượng, giá, giao đúng giờ); ký tiếp hoặc thay HTX cho "
     "học kỳ II", "Phòng Kế hoạch - Tài chính", "Tổ Dịch vụ - Căng tin"),
    ("Kết thúc năm học", "Tổng kết Kế hoạch, báo cáo Giám đốc Đại học Huế và đề xuất mở rộng sang bếp ăn các "
     "trường thành viên", "Phòng Hành chính - Tổng hợp", "Phòng Kế hoạch - Tài chính"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ CUNG ỨNG", "h"),
    ("Giao hàng tại cổng kho căng tin trước 6 giờ 30 sáng mỗi ngày; lô nào không đạt kiểm tra cảm quan thì đổi "
     "trong buổi sáng, không tính tiền.", "p"),
    ("Trên đây là Kế hoạch của Trung tâm Quản lý Ký túc xá; các phòng, khu nội trú, tổ thuộc Trung tâm thực hiện "
     "đúng phần việc của mình./.", "p"),
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
    header_table(doc, ["ĐẠI HỌC HUẾ", "TRUNG TÂM QUẢN LÝ KÝ TÚC XÁ"], "Số: 68/KH-TTKTX",
                 "Huế, ngày 14 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đưa nông sản, sản phẩm của hợp tác xã vào căng tin và khu nội trú, năm học 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, SITE_COLUMNS, SITE_WIDTHS, SITES, center_columns=(2, 3, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Giám đốc Đại học Huế (b/c);", "- Ban Kế hoạch - Tài chính ĐHH;",
                          "- Liên minh HTX thành phố Huế;", "- Các HTX cung ứng;",
                          "- Các phòng, khu, tổ thuộc Trung tâm;", "- Lưu: VT, KHTC."],
                    ["GIÁM ĐỐC", "", "", "", "Lê Quang Vĩnh"])
    return saved(doc, author="Phòng Kế hoạch - Tài chính", editor="Văn thư Trung tâm",
                 title="Kế hoạch 68/KH-TTKTX", created=datetime(2026, 8, 10, 9, 15, 0),
                 modified=datetime(2026, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
