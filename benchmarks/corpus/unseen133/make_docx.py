"""Write a_quang-ninh_24-KH-NTN-2026_phien-cho-he-htx-truong-hoc.docx, the hundred-and-thirty-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen133/make_docx.py [OUT]

A provincial Nhà Thiếu nhi's plan for a two-day summer market of school cooperatives (May 2026): I. purposes, II. time
and place, III. one bordered table of the work grouped into three stages (group rows merged across the four columns),
whose columns are Nội dung công việc | Thời gian | Bộ phận thực hiện | Phối hợp — no TT column, the time BEFORE the
doers, yearless times in the cells —, IV. funding, the closing sentence, the signature beside "Nơi nhận". Every
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
OUT = HERE / "a_quang-ninh_24-KH-NTN-2026_phien-cho-he-htx-truong-hoc.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Tạo sân chơi để học sinh là thành viên các mô hình hợp tác xã trường học trên địa bàn tỉnh được tự tay bày "
     "bán sản phẩm, ghi sổ thu chi, chia lãi theo đúng nguyên tắc hợp tác xã.", "p"),
    ("- Giới thiệu với thiếu nhi và phụ huynh các hợp tác xã, tổ hợp tác có sản phẩm OCOP của Quảng Ninh.", "p"),
    ("- Tổ chức an toàn, tiết kiệm; không thu phí gian hàng của các trường.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM", "h"),
    ("Phiên chợ diễn ra trong 2 ngày thứ Bảy và Chủ nhật, 06 và 07/6/2026, tại sân trước Nhà Thiếu nhi tỉnh "
     "(phường Hồng Gai); dự kiến 30 gian hàng, trong đó 20 gian của các trường và 10 gian của hợp tác xã, tổ hợp "
     "tác.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí dựng gian hàng, sân khấu lấy từ nguồn chi hoạt động thường xuyên năm 2026 của Nhà Thiếu nhi; các "
     "trường, hợp tác xã tự lo hàng hóa bày bán.", "p"),
    ("Trên đây là Kế hoạch tổ chức Phiên chợ hè năm 2026 của Nhà Thiếu nhi tỉnh; các bộ phận bám sát tiến độ, có "
     "vướng mắc báo cáo Giám đốc để xử lý./.", "p"),
]

COLUMNS = ["Nội dung công việc", "Thời gian", "Bộ phận thực hiện", "Phối hợp"]
WIDTHS = [Cm(7.0), Cm(3.0), Cm(3.4), Cm(3.6)]
# a str is a group row (merged across the four columns); a tuple a task row
ROWS = [
    "A. Công tác chuẩn bị",
    ("Gửi thư mời, nhận đăng ký gian hàng của các trường đang duy trì mô hình HTX trường học", "trước 20/5",
     "Phòng Hoạt động thiếu nhi", "Hội đồng Đội tỉnh, Sở GD&ĐT"),
    ("Đề nghị Liên minh HTX tỉnh giới thiệu 10 HTX, THT có sản phẩm OCOP tham gia và cử cán bộ kèm cặp học sinh",
     "tuần 3 tháng 5", "P. Hành chính - Tổng hợp", "Liên minh HTX tỉnh"),
    ("Tập huấn cho học sinh cách bán hàng, ghi sổ thu chi và phân phối lãi của HTX trường học", "30/5",
     "Phòng Năng khiếu", "Liên minh HTX tỉnh"),
    ("Dựng 30 gian hàng, sân khấu, treo băng rôn, khẩu hiệu trong khuôn viên", "01 - 05/6",
     "P. Hành chính - Tổng hợp", ""),
    "B. Trong 2 ngày diễn ra phiên chợ",
    ("Khai mạc phiên chợ, chương trình văn nghệ của các câu lạc bộ năng khiếu", "8h00 ngày 06/6",
     "Phòng Năng khiếu", "Hội đồng Đội tỉnh"),
    ("Giữ gìn an ninh, trật tự, phòng cháy, chữa cháy, trông giữ xe", "06 - 07/6",
     "P. Hành chính - Tổng hợp", "Công an phường Hồng Gai"),
    ("Trò chơi \"Giám đốc HTX nhí\", chấm và trao giải gian hàng đẹp, gian hàng bán tốt", "chiều 07/6",
     "Phòng Hoạt động thiếu nhi", "Liên minh HTX tỉnh, Sở GD&ĐT"),
    "C. Sau phiên chợ",
    ("Cùng ban quản trị từng HTX trường học đối chiếu doanh thu, hướng dẫn trích quỹ và chia lãi cho thành viên",
     "trong tuần sau phiên chợ", "P. Hành chính - Tổng hợp", "các trường tham gia"),
    ("Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh Đoàn", "trước 20/6/2026", "Phòng Hoạt động thiếu nhi", ""),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TỈNH ĐOÀN QUẢNG NINH", "NHÀ THIẾU NHI TỈNH"], "Số: 24/KH-NTN",
                 "Quảng Ninh, ngày 12 tháng 5 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Phiên chợ hè \"Em làm hợp tác xã\" năm 2026", bold=True, center=True)
    para(doc, "Hưởng ứng Ngày Quốc tế Thiếu nhi 1/6 và chủ trương đưa mô hình hợp tác xã vào trường học, Nhà Thiếu nhi "
              "tỉnh xây dựng Kế hoạch tổ chức Phiên chợ hè năm 2026 như sau:")
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
                cell_lines(cell, [value], center=i == 1)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- BTV Tỉnh Đoàn (b/c);", "- Sở GD&ĐT, LMHTX tỉnh (p/h);",
                          "- Hội đồng Đội tỉnh;", "- Các phòng thuộc NTN (t/h);", "- Lưu: VT."],
                    ["GIÁM ĐỐC", "", "", "", "Đỗ Thị Hải Yến"])
    return saved(doc, author="Phòng Hoạt động thiếu nhi", editor="Văn thư Nhà Thiếu nhi",
                 title="Kế hoạch 24/KH-NTN", created=datetime(2026, 5, 6, 9, 10, 0),
                 modified=datetime(2026, 5, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
