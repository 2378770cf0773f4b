"""Write a_nghe-an_46-KH-GDP-2025_gara-o-to-bao-duong-xe-htx-van-tai.docx, the two-hundred-and-seventy-sixth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen276/make_docx.py [OUT]

An auto garage's plan (August 2025) for servicing the trucks of two transport cooperatives under a yearly contract:
an opening, I. aims; II. one bordered table laid out as a vehicle's MAINTENANCE BOOK whose FIRST column is the
milestone ("Mốc bảo dưỡng", the deadline), then "Hạng mục" (the work), "Đứng cầu nâng" (the lead), "Đưa đồ nghề" (the
partners) and a last column "Cấp" (small / medium / large service — a size, not a doer), explained in a note above it;
III. the cooperatives' part and the closing; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_nghe-an_46-KH-GDP-2025_gara-o-to-bao-duong-xe-htx-van-tai.docx"

OPENING = [
    ("Hai hợp tác xã vận tải hàng hóa trong tỉnh có 46 xe tải từ 2,5 đến 15 tấn, phần lớn do thành viên tự đứng tên, "
     "mỗi xe sửa một nơi, không ai giữ sổ theo dõi. Sau buổi làm việc ngày 30/7/2025, Công ty và HTX Vận tải Bắc "
     "Vinh, HTX Dịch vụ vận tải Diễn Châu thống nhất chuyển sang bảo dưỡng định kỳ tại xưởng của Công ty. Giám đốc "
     "Công ty ban hành Kế hoạch sau.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Mỗi xe của thành viên hợp tác xã có một sổ bảo dưỡng, được kiểm tra phanh, lốp, đèn đúng hạn, giảm xe hỏng "
     "giữa đường.", "p"),
    ("2. Xưởng có khách ổn định quanh năm; hợp tác xã được giá công thợ thấp hơn giá niêm yết.", "p"),
    ("II. SỔ BẢO DƯỠNG CHUNG", "h"),
    ("Bảng dưới đây ghi như một cuốn sổ bảo dưỡng xe: cột đầu là mốc phải xong; cột “Đứng cầu nâng” là bộ phận chịu "
     "trách nhiệm chính, cột “Đưa đồ nghề” là bộ phận, đơn vị phối hợp (để trống là không có); cột “Cấp” chỉ ghi khối "
     "lượng việc theo cách gọi của xưởng (nhỏ, trung bình, lớn), không phải người làm.", "p"),
]

COLUMNS = ["Mốc bảo dưỡng", "Hạng mục", "Đứng cầu nâng", "Đưa đồ nghề", "Cấp"]
WIDTHS = [Cm(2.7), Cm(7.0), Cm(2.9), Cm(2.9), Cm(1.5)]
ROWS = [
    ("Trước 31/8/2025", "Khảo sát tình trạng 46 xe của hai hợp tác xã, lập hồ sơ từng xe theo biển số, số km và lần "
     "sửa gần nhất", "Phòng Dịch vụ khách hàng", "Xưởng Máy - Gầm", "Nhỏ"),
    ("15/9/2025", "Ký hợp đồng bảo dưỡng cả năm với hai hợp tác xã, giảm 10% công thợ cho xe của thành viên, trả "
     "tiền theo tháng", "Phòng Kế toán - Hành chính", "Phòng Dịch vụ khách hàng", "Nhỏ"),
    ("Tháng 10/2025", "Mở lớp một buổi cho lái xe của các hợp tác xã về tự kiểm tra lốp, phanh, dầu máy trước mỗi "
     "chuyến", "Xưởng Máy - Gầm", "Liên minh Hợp tác xã tỉnh Nghệ An", "Trung bình"),
    ("Quý IV/2025", "Thay dầu, lọc gió, kiểm tra phanh lần đầu cho toàn bộ xe đã ký hợp đồng; ghi vào sổ bảo dưỡng "
     "riêng của từng xe", "Xưởng Máy - Gầm", "Kho Phụ tùng", "Lớn"),
    ("Trước 20/12/2025", "Để riêng một cầu nâng và hai thợ trực tối thứ Bảy, Chủ nhật cho xe hợp tác xã chạy hàng "
     "Tết", "Xưởng Máy - Gầm", "", "Nhỏ"),
    ("Khi hợp tác xã gọi cứu hộ", "Đưa xe kéo và thợ đến chỗ xe hỏng trong 60 phút với tuyến trong tỉnh, báo giá "
     "trước khi sửa", "Tổ Cứu hộ", "Xưởng Máy - Gầm", "Lớn"),
    ("Tháng 01/2026", "Gom dầu nhớt thải, ắc quy hỏng của xe hợp tác xã; ký hợp đồng thu gom với đơn vị có giấy "
     "phép", "Kho Phụ tùng", "HTX Môi trường Quỳnh Lưu", "Nhỏ"),
    ("31/3/2026", "Sơn lại thùng, kẻ tên và số điện thoại hợp tác xã cho 20 xe đầu tiên đăng ký", "Xưởng Đồng - "
     "Sơn", "Phòng Dịch vụ khách hàng", "Trung bình"),
    ("Quý II/2026", "Nhận bán ký gửi áo trùm ghế, thảm lót sàn bằng cói do hợp tác xã trong tỉnh làm, trưng ở phòng "
     "chờ khách", "Kho Phụ tùng", "HTX Cói Quỳnh Thọ", "Nhỏ"),
    ("Tháng 7/2026", "Kiểm tra trước đăng kiểm cho xe hợp tác xã sắp đến hạn; đặt lịch kiểm định giúp chủ xe",
     "Phòng Dịch vụ khách hàng", "Xưởng Máy - Gầm, Trung tâm Đăng kiểm xe cơ giới Nam Đàn", "Trung bình"),
    ("Trước 15/11/2026", "Tổng kết một năm, mời hai hợp tác xã góp ý chất lượng sửa chữa; đề xuất giá năm 2027 trình "
     "Giám đốc", "Phòng Kế toán - Hành chính", "Phòng Dịch vụ khách hàng, Xưởng Máy - Gầm", "Nhỏ"),
]

AFTER = [
    ("III. PHẦN VIỆC CỦA HỢP TÁC XÃ VÀ TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đề nghị hai hợp tác xã nhắc thành viên đưa xe đến đúng lịch trong sổ, báo trước một ngày khi đổi lịch.",
     "p"),
    ("2. Trưởng các phòng, xưởng, kho và Tổ Cứu hộ làm theo sổ trên; việc phát sinh báo Phó Giám đốc kỹ thuật để xử "
     "lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "GARA Ô TÔ ĐỨC PHÁT"], "Số: 46/KH-GĐP", "Nghệ An, ngày 12 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bảo dưỡng định kỳ xe tải của thành viên hợp tác xã vận tải từ tháng 8/2025 đến tháng 11/2026",
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
            elif value:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HTX Vận tải Bắc Vinh;", "- HTX Dịch vụ vận tải Diễn Châu;",
                          "- Các phòng, xưởng, kho, Tổ Cứu hộ (t/h);", "- Lưu: VT, KTHC."],
                    ["GIÁM ĐỐC", "", "", "", "Nguyễn Đình Khuê"])
    return saved(doc, author="Phòng Kế toán - Hành chính", editor="Văn thư Gara Đức Phát",
                 title="Kế hoạch 46/KH-GĐP", created=datetime(2025, 8, 8, 9, 10, 0),
                 modified=datetime(2025, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
