"""Write a_ninh-binh_47-2026-KH-PBKS_phan-bon-tra-cham-htx-nguoi-dau-moi.docx, the hundred-and-sixtieth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen160/make_docx.py [OUT]

A fertiliser manufacturer's plan (September 2026) to sell organic fertiliser on deferred payment to rice cooperatives
and run demonstration fields with them for the winter-spring crop 2026 - 2027: I. purposes, II. scale and conditions
("-" lines), III. one bordered table TT | Công việc | Bộ phận chủ trì | Người đầu mối (a CONTACT PERSON with post and a
dotted phone number: neither lead nor partner) | Phối hợp | Mốc hoàn thành (dates written with DOTS, "30.9.2026",
"trước 15.10", "05 - 20.01"), three group rows merged across, a note under the table; IV. cost; V. one numbered duty;
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
OUT = HERE / "a_ninh-binh_47-2026-KH-PBKS_phan-bon-tra-cham-htx-nguoi-dau-moi.docx"

BEFORE = [
    ("Thực hiện Nghị quyết số 09/NQ-HĐQT ngày 25/8/2026 của Hội đồng quản trị về mở rộng kênh bán hàng qua hợp tác xã, "
     "Công ty xây dựng Kế hoạch cung ứng phân bón hữu cơ vi sinh theo hình thức trả chậm cho các hợp tác xã dịch vụ "
     "nông nghiệp vùng ven biển phía Nam tỉnh như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Hợp tác xã có phân bón tốt ngay từ đầu vụ mà chưa phải bỏ vốn; thành viên hợp tác xã bớt dần phân vô cơ, cải "
     "tạo những chân ruộng chua, nhiễm mặn.", "p"),
    ("- Mỗi việc có một bộ phận chịu trách nhiệm và một cán bộ đầu mối để hợp tác xã gọi thẳng, không phải chờ qua "
     "nhiều cấp.", "p"),
    ("II. QUY MÔ VÀ ĐIỀU KIỆN TRẢ CHẬM", "h"),
    ("- Quy mô: 12 hợp tác xã ở các xã Kim Sơn, Bình Minh, Hải Hậu, Giao Thủy, Nghĩa Hưng; khoảng 1.800 tấn phân hữu "
     "cơ vi sinh cho chừng 2.400 ha lúa; 05 ruộng trình diễn, mỗi ruộng 2 ha.", "p"),
    ("- Điều kiện: hợp tác xã đã lập báo cáo tài chính năm 2025 và không còn nợ quá hạn với Công ty; trả tiền một lần "
     "sau khi gặt, không tính lãi nếu trả trong 30 ngày kể từ ngày thu hoạch xong.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("Ghi chú: cột \"Người đầu mối\" ghi cán bộ trực tiếp làm việc với hợp tác xã và số máy để liên hệ, không thay cho "
     "bộ phận chủ trì.", "i"),
    ("IV. KINH PHÍ", "h"),
    ("Chi phí phân tích đất, tập huấn, hội thảo và vận chuyển (dự kiến 640 triệu đồng) lấy từ ngân sách tiếp thị niên "
     "độ 2026 - 2027 của Công ty; hợp tác xã không phải đóng góp.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Nhân sự bố trí xe tải nhỏ, lái xe và hội trường cho các đợt giao hàng, tập huấn, hội thảo "
     "nêu tại Mục III; thường xuyên cập nhật danh bạ người đầu mối lên trang thông tin của Công ty.", "p"),
    ("Trên đây là Kế hoạch cung ứng phân bón trả chậm vụ Đông Xuân 2026 - 2027; quá trình làm có vướng mắc, các bộ "
     "phận báo cáo Tổng Giám đốc (qua Phòng Kinh doanh) để xử lý./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận chủ trì", "Người đầu mối", "Phối hợp", "Mốc hoàn thành"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(2.6), Cm(2.9), Cm(2.7), Cm(1.9)]
HOA = ["Ông Trần Văn Hòa", "TP. Kinh doanh", "ĐT: 0913.227.416"]
LAN = ["Bà Phạm Thị Lan", "Kỹ sư nông học", "ĐT: 0987.115.240"]
HANG = ["Bà Đoàn Thu Hằng", "Kế toán trưởng", "ĐT: 0915.604.872"]
# a str is a group row (merged across the six columns); a tuple a task row (the contact cell a list of lines)
ROWS = [
    "A. TRƯỚC VỤ",
    ("1", "Khảo sát nhu cầu phân bón, ký biên bản ghi nhớ với 12 hợp tác xã dịch vụ nông nghiệp",
     "Phòng Kinh doanh", HOA, "Liên minh HTX tỉnh", "30.9.2026"),
    ("2", "Lấy mẫu đất, phân tích độ chua, chất hữu cơ, độ mặn tại 05 ruộng trình diễn; đề xuất công thức bón cho từng "
     "ruộng", "Phòng Kỹ thuật - Nông học", LAN, "Trung tâm Khuyến nông tỉnh", "trước 15.10"),
    ("3", "Thẩm định báo cáo tài chính, lịch sử thanh toán của từng hợp tác xã, đề xuất hạn mức trả chậm trình Tổng "
     "Giám đốc", "Phòng Tài chính - Kế toán", HANG, "", "20.10.2026"),
    ("4", "Ký hợp đồng mua bán phân bón trả chậm với các hợp tác xã được duyệt hạn mức", "Phòng Kinh doanh", HOA,
     "P. Tài chính - Kế toán", "trước 31.10"),
    ("5", "Sản xuất, đóng bao phân hữu cơ vi sinh theo các hợp đồng đã ký (khoảng 1.800 tấn)", "Nhà máy Kim Sơn",
     ["Ông Lê Đình Tuấn", "Quản đốc", "ĐT: 0904.338.159"], "Phòng Kỹ thuật - Nông học", "10 - 30.11.2026"),
    ("6", "Giao phân đến kho của từng hợp tác xã, miễn cước trong bán kính 40 km", "Chi nhánh Nam Định",
     ["Ông Vũ Minh Khang", "Giám đốc CN", "ĐT: 0936.772.041"], "các hợp tác xã nhận hàng", "tuần đầu tháng 12"),
    "B. TRONG VỤ",
    ("7", "Tập huấn bón lót, bón thúc phân hữu cơ cho lúa Đông Xuân, mỗi hợp tác xã 01 buổi tại nhà văn hóa thôn",
     "Phòng Kỹ thuật - Nông học", LAN, "Trung tâm Khuyến nông tỉnh, UBND các xã", "05 - 20.01"),
    ("8", "Theo dõi 05 ruộng trình diễn, ghi chép sinh trưởng, sâu bệnh, so sánh với ruộng bón phân vô cơ liền kề",
     "Phòng Kỹ thuật - Nông học", ["Ông Mai Xuân Trường", "Kỹ thuật viên", "ĐT: 0968.241.507"],
     "HTX DVNN Kim Đông, HTX NN Hải Quang", "hằng tuần đến khi thu hoạch"),
    ("9", "Hội thảo đầu bờ tại ruộng trình diễn của HTX DVNN Kim Đông, mời thành viên các hợp tác xã khác đến xem",
     "Phòng Thị trường", ["Bà Nguyễn Thị Mai Anh", "Chuyên viên", "ĐT: 0978.530.662"],
     "Trung tâm Khuyến nông tỉnh; Báo và Phát thanh, Truyền hình Ninh Bình", "20.5.2027"),
    "C. SAU THU HOẠCH",
    ("10", "Đối chiếu công nợ, thu tiền phân bón trả chậm của từng hợp tác xã", "Phòng Tài chính - Kế toán", HANG,
     "Phòng Kinh doanh", "trong 30 ngày sau thu hoạch"),
    ("11", "Tổng kết, đánh giá hiệu quả ruộng trình diễn, đề xuất mở rộng cho vụ Mùa 2027", "Phòng Kinh doanh", HOA,
     "các phòng, nhà máy, chi nhánh", "30.6.2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "PHÂN BÓN HỮU CƠ KIM SƠN"], "Số: 47/2026/KH-PBKS",
                 "Ninh Bình, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng phân bón hữu cơ trả chậm và làm ruộng trình diễn cùng các hợp tác xã nông nghiệp vụ Đông Xuân "
              "2026 - 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
        elif row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                lines = value if isinstance(value, list) else [value]
                cell_lines(cell, lines, italic=(2,) if i == 3 else (), center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Trung tâm Khuyến nông tỉnh (p/h);", "- 12 HTX tham gia;",
                          "- Các phòng, Nhà máy, CN Nam Định (t/h);", "- Lưu: VT, PKD."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Đinh Quang Vượng"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 47/2026/KH-PBKS", created=datetime(2026, 9, 2, 8, 20, 0),
                 modified=datetime(2026, 9, 8, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
