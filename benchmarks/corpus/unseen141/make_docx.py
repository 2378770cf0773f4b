"""Write a_thanh-hoa_17-KH-HSX-2025_tai-chinh-vi-mo-tht-phu-nu.docx, the hundred-and-forty-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen141/make_docx.py [OUT]

A microfinance institution's provincial branch (Tổ chức tài chính vi mô, August 2025) lending to women's tổ hợp tác
and cooperatives: the opening paragraph naming the issuer in full, I. purposes, II. who and where, III. one bordered
table of ten STEPS, Bước | Việc cần làm | Người thực hiện | Xong trước — the doers often STAFF POSITIONS or rooms, a
partner in brackets or after "cùng"/"mời" in the doer cell, the time column headed "Xong trước" with yearless days —,
IV. one request to the provincial Women's Union, the closing sentence, the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thanh-hoa_17-KH-HSX-2025_tai-chinh-vi-mo-tht-phu-nu.docx"

OPENING = ("Căn cứ chiến lược hoạt động giai đoạn 2025 - 2027 đã được Hội đồng thành viên phê duyệt, Tổ chức tài chính "
           "vi mô TNHH MTV Hoa Sen Xanh - Chi nhánh Thanh Hóa (sau đây gọi là Chi nhánh) xây dựng Kế hoạch triển khai "
           "gói vay \"Chung tay làm ăn\" dành cho thành viên các tổ hợp tác, hợp tác xã do phụ nữ làm chủ như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp chị em nghèo, cận nghèo đang góp sức trong tổ hợp tác, hợp tác xã có vốn nhỏ, kỳ hạn linh hoạt để mua "
     "giống, nguyên liệu, không phải vay nặng lãi.", "p"),
    ("- Gắn việc cho vay với sinh hoạt nhóm, ghi chép sổ sách và tiết kiệm đều đặn; nợ quá hạn dưới 1%.", "p"),
    ("II. ĐỐI TƯỢNG, ĐỊA BÀN", "h"),
    ("Thành viên là phụ nữ của tổ hợp tác, hợp tác xã ở các xã Hoằng Hóa, Hậu Lộc, Nga Sơn; tổng hạn mức dự kiến 18 tỷ "
     "đồng cho khoảng 600 khách hàng, mức vay đến 50 triệu đồng/thành viên, đến 300 triệu đồng/hợp tác xã.", "p"),
    ("III. CÁC BƯỚC TRIỂN KHAI", "h"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("Đề nghị Hội LHPN tỉnh Thanh Hóa chỉ đạo Hội LHPN các xã Hoằng Hóa, Hậu Lộc, Nga Sơn giới thiệu hội viên đủ điều "
     "kiện và cùng Chi nhánh giám sát việc dùng vốn đúng mục đích.", "p"),
    ("Trên đây là Kế hoạch của Chi nhánh Thanh Hóa; các phòng, điểm giao dịch và cán bộ được giao bám sát mốc thời "
     "gian, có khó khăn báo cáo Giám đốc Chi nhánh./.", "p"),
]

COLUMNS = ["Bước", "Việc cần làm", "Người thực hiện", "Xong trước"]
WIDTHS = [Cm(1.4), Cm(8.2), Cm(4.6), Cm(2.8)]
ROWS = [
    ("1", "Làm việc với Hội LHPN các xã, lập danh sách tổ hợp tác, hợp tác xã do phụ nữ làm chủ có nhu cầu vay vốn",
     "Phòng Phát triển cộng đồng (cùng Hội LHPN tỉnh)", "25/8"),
    ("2", "Giới thiệu gói vay tại nhà văn hóa thôn, hướng dẫn thành viên tự lập phương án sản xuất nhỏ",
     "Điểm giao dịch Hoằng Hóa, Điểm giao dịch Nga Sơn", "15/9/2025"),
    ("3", "Thẩm định phương án, đến tận nhà thành viên; với hợp tác xã thì xem thêm báo cáo tài chính năm 2024 và sổ "
          "đăng ký thành viên", "Cán bộ tín dụng phụ trách địa bàn",
     "07 ngày làm việc kể từ khi nhận đủ hồ sơ"),
    ("4", "Duyệt khoản vay trong hạn mức của Chi nhánh; khoản vượt hạn mức trình Hội sở chính",
     "Trưởng phòng Tín dụng", "30/9"),
    ("5", "Giải ngân đợt đầu tại cụm, mở sổ tiết kiệm bắt buộc cho từng thành viên vay",
     "Bộ phận Kế toán - Ngân quỹ", "tháng 10/2025"),
    ("6", "Tập huấn quản lý tiền nong gia đình, ghi sổ thu chi cho tổ trưởng tổ hợp tác và kế toán hợp tác xã",
     "Phòng Phát triển cộng đồng; mời Liên minh HTX tỉnh cử giảng viên", "30/11"),
    ("7", "Giúp 03 tổ hợp tác đủ điều kiện (cói Nga Sơn, rau an toàn Hoằng Hóa, mắm tép Hậu Lộc) làm hồ sơ lên hợp "
          "tác xã", "Phòng Phát triển cộng đồng cùng Phòng Kinh tế các xã", "31/12"),
    ("8", "Thu nợ gốc, lãi tại buổi sinh hoạt cụm; nhắc trước kỳ hạn 05 ngày",
     "Cán bộ tín dụng phụ trách địa bàn", "hằng tháng"),
    ("9", "Kiểm tra sau giải ngân ít nhất 30% số khách hàng, lập biên bản từng trường hợp dùng vốn sai mục đích",
     "Bộ phận Kiểm soát nội bộ", "quý I/2026"),
    ("10", "Đánh giá kết quả, đề xuất Hội sở chính nhân rộng sang các xã ven biển khác",
     "Phòng Tín dụng", "30/6/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TỔ CHỨC TÀI CHÍNH VI MÔ", "TNHH MTV HOA SEN XANH", "CHI NHÁNH THANH HÓA"],
                 "Số: 17/KH-HSX.TH", "Thanh Hóa, ngày 14 tháng 8 năm 2025", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai gói vay \"Chung tay làm ăn\" cho thành viên tổ hợp tác, hợp tác xã do phụ nữ làm chủ",
         bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for r, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if r == 0 else (), center=r == 0 or i in (0, 3))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội sở chính (b/c);", "- Hội LHPN tỉnh (p/h);", "- LMHTX tỉnh;",
                          "- Các phòng, điểm giao dịch (t/h);", "- Lưu: HCNS."],
                    ["GIÁM ĐỐC CHI NHÁNH", "", "", "", "Mai Thị Ngọc Ánh"])
    return saved(doc, author="Phòng Phát triển cộng đồng", editor="Hành chính - Nhân sự CN Thanh Hóa",
                 title="Kế hoạch 17/KH-HSX.TH", created=datetime(2025, 8, 8, 8, 20, 0),
                 modified=datetime(2025, 8, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
