"""Write a_bac-ninh_19-2026-KH-KBL_kho-lanh-vai-thieu-htx.docx, the hundred-and-sixty-first held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen161/make_docx.py [OUT]

A cold-storage and logistics company's plan (May 2026) for serving the lychee cooperatives over one harvest season:
an opening paragraph, I. targets, II. the capacity put in (facts), III. one bordered table STT | Hạng mục | Nội dung
chi tiết | PIC (chủ trì) | Phối hợp | Deadline — a short item name AND a detail column, the company's English column
heads, the rooms abbreviated "P. …", times as a company types them ("25/5", "T5/2026", "tuần đầu T6", "01/6 - 25/7",
"hằng ngày trong vụ", "trong 24h sau khi nhập kho", "Thứ Hai hằng tuần"), empty partner cells —, IV. two numbered
requests to the cooperatives and to the provincial Liên minh, V. a closing paragraph, the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_bac-ninh_19-2026-KH-KBL_kho-lanh-vai-thieu-htx.docx"

OPENING = ("Vụ vải thiều năm 2025, Công ty đã bảo quản lạnh 860 tấn quả cho 07 hợp tác xã, tổ hợp tác; tỷ lệ hao hụt "
           "bình quân 4,2%, cao hơn mức cam kết do có ngày xe lạnh về kho muộn. Năm 2026, sản lượng các hợp tác xã "
           "đăng ký gửi kho tăng gần gấp rưỡi. Công ty ban hành Kế hoạch phục vụ vụ thu hoạch năm 2026 như sau:")

BEFORE = [
    ("I. MỤC TIÊU", "h"),
    ("- Tiếp nhận, tiền làm lạnh và lưu kho tối thiểu 1.200 tấn vải thiều của các hợp tác xã, tổ hợp tác trong vụ; "
     "hao hụt không quá 3%.", "p"),
    ("- 100% pallet xuất kho có tem truy xuất gắn với mã số vùng trồng của hợp tác xã.", "p"),
    ("II. NĂNG LỰC ĐƯA VÀO PHỤC VỤ", "h"),
    ("Kho lạnh Chũ gồm 06 buồng lạnh (sức chứa 900 tấn) và 02 buồng tiền làm lạnh (60 tấn/ca); trạm trung chuyển tại xã "
     "Biển Động; 12 xe lạnh từ 5 đến 15 tấn. Nhân lực thời vụ dự kiến 45 người, làm 3 ca.", "p"),
    ("III. KẾ HOẠCH TRIỂN KHAI", "h"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ ĐỐI VỚI HỢP TÁC XÃ, TỔ HỢP TÁC VÀ LIÊN MINH HTX TỈNH", "h"),
    ("1. Các HTX, THT gửi kho thu hái vào sáng sớm, tập kết quả tại điểm đã thống nhất trước 10h00 hằng ngày; không "
     "giao quả đã ngâm nước, quả dập, quả chưa đủ độ chín.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh Bắc Ninh giới thiệu thêm các hợp tác xã ngoài vùng Lục Ngạn có nhu cầu bảo "
     "quản lạnh, cùng P. Kinh doanh tổ chức hội nghị kết nối trước ngày 30/5/2026.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Kế hoạch này thay cho Kế hoạch vụ vải năm 2025. Trong quá trình thực hiện, nếu thời điểm chín của vải thay đổi "
     "so với dự báo, các phòng, đội chủ động báo cáo Tổng Giám đốc để điều chỉnh lịch./.", "p"),
]

COLUMNS = ["STT", "Hạng mục", "Nội dung chi tiết", "PIC (chủ trì)", "Phối hợp", "Deadline"]
WIDTHS = [Cm(0.9), Cm(3.0), Cm(5.0), Cm(2.4), Cm(2.6), Cm(2.1)]
ROWS = [
    ("1", "Khảo sát vườn, chốt sản lượng gửi kho",
     "Cùng ban quản trị các HTX khảo sát vườn vải đã có mã số vùng trồng, chốt sản lượng gửi kho theo từng tuần, ký "
     "phụ lục hợp đồng dịch vụ",
     "P. Kinh doanh", "HTX Vải thiều Kim Sơn Xanh, HTX Nông sản an toàn Biển Động", "25/5"),
    ("2", "Bảo dưỡng hệ thống lạnh",
     "Bảo dưỡng 06 buồng lạnh, 02 buồng tiền làm lạnh; hiệu chuẩn cảm biến nhiệt độ; chạy thử không tải 72 giờ",
     "P. Kỹ thuật - Cơ điện", "", "trước 01/6/2026"),
    ("3", "Nguồn điện dự phòng",
     "Kiểm tra máy phát 500 kVA, trữ dầu đủ chạy 48 giờ; thống nhất lịch cắt điện trong vụ",
     "P. Kỹ thuật - Cơ điện", "Điện lực Lục Ngạn", "T5/2026"),
    ("4", "Tập huấn sơ chế, đóng thùng",
     "Hướng dẫn tổ sơ chế của các HTX cắt cành, phân loại, đóng thùng xốp theo quy trình xuất khẩu; phát tài liệu "
     "song ngữ Việt - Trung",
     "P. QA/QC", "Chi cục Trồng trọt và Bảo vệ thực vật", "tuần đầu T6"),
    ("5", "Tiếp nhận, tiền làm lạnh",
     "Nhận quả tại cửa kho từ 4h00; hạ nhiệt độ quả xuống 5°C trong không quá 3 giờ; cân, ghi mã lô theo từng HTX",
     "P. Vận hành kho", "", "hằng ngày trong vụ"),
    ("6", "Vận chuyển lạnh",
     "Điều 12 xe lạnh chở quả từ điểm tập kết của HTX về kho, từ kho đi cửa khẩu và cảng; xe có định vị, ghi nhiệt "
     "độ liên tục",
     "Đội xe lạnh", "P. Vận hành kho", "01/6 - 25/7"),
    ("7", "Dán tem truy xuất",
     "Nhập vào phần mềm quản lý kho mã vùng trồng, mã lô, nhiệt độ, ngày nhập; in tem QR dán từng pallet",
     "P. QA/QC", "", "trong 24h sau khi nhập kho"),
    ("8", "Đối chiếu phí dịch vụ",
     "Đối chiếu khối lượng, xuất hóa đơn phí lưu kho, phí vận chuyển cho từng HTX; giảm 10% phí cho HTX gửi trên "
     "100 tấn",
     "P. Tài chính - Kế toán", "P. Kinh doanh", "Thứ Hai hằng tuần"),
    ("9", "An toàn kho, PCCC",
     "Diễn tập phòng cháy, chữa cháy; kiểm tra rò rỉ môi chất lạnh; cấp bảo hộ cho công nhân làm ca đêm",
     "P. Hành chính - Nhân sự", "Công an phường Chũ", "trước 03/6"),
    ("10", "Tổng kết vụ",
     "Đánh giá hao hụt, lấy ý kiến các HTX gửi kho, đề xuất đầu tư thêm buồng lạnh cho vụ 2027",
     "P. Kinh doanh", "các HTX gửi kho", "T8/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "KHO LẠNH VÀ LOGISTICS KINH BẮC"], "Số: 19/2026/KH-KBL",
                 "Bắc Ninh, ngày 14 tháng 5 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phục vụ bảo quản lạnh, vận chuyển vải thiều cho các hợp tác xã, tổ hợp tác vụ thu hoạch năm 2026",
         bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh Bắc Ninh;",
                          "- Các HTX, THT gửi kho;", "- Các phòng, Đội xe lạnh (t/h);", "- Lưu: VT, KD."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Thân Văn Quyết"])
    return saved(doc, author="Phòng Kinh doanh KBL", editor="Văn thư KBL",
                 title="Kế hoạch 19/2026/KH-KBL", created=datetime(2026, 5, 8, 14, 20, 0),
                 modified=datetime(2026, 5, 14, 10, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
