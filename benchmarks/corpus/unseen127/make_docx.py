"""Write a_phu-tho_86-KH-TTQHKD-2026_kiem-dinh-kho-htx.docx, the hundred-and-twenty-seventh held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen127/make_docx.py [OUT]

A provincial Trung tâm Quy hoạch và Kiểm định xây dựng's plan (August 2026) for checking the safety of cooperatives'
farm-produce warehouses: I. purposes, II. the warehouses to be checked (a count, not tasks), III. one bordered table
TT | Công việc | Bộ phận thực hiện | Phối hợp | Thời gian, nine rows, partners named by their parent in brackets;
IV. one paragraph of the Phòng Hành chính - Tổng hợp's own work; the signature beside "Nơi nhận".

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
OUT = HERE / "a_phu-tho_86-KH-TTQHKD-2026_kiem-dinh-kho-htx.docx"

BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("Đánh giá hiện trạng kết cấu, phòng cháy và thoát nước của các nhà kho, sân phơi do hợp tác xã đầu tư hoặc được "
     "hỗ trợ đầu tư; khuyến cáo sửa chữa kịp thời trước mùa mưa bão năm 2027.", "p"),
    ("II. ĐỐI TƯỢNG KIỂM TRA", "h"),
    ("27 nhà kho bảo quản lúa, chè búp khô, bưởi và 9 sân phơi của 31 hợp tác xã tại các xã vùng Phú Thọ cũ, Vĩnh "
     "Phúc cũ và Hòa Bình cũ, theo danh sách do Chi cục Phát triển nông thôn cung cấp.", "p"),
    ("III. NỘI DUNG, PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
ROWS = [
    ("1", "Lập đề cương, biểu mẫu khảo sát hiện trạng kho, sân phơi", "Phòng Kiểm định chất lượng công trình",
     "Phòng Quy hoạch - Kiến trúc", "Tuần đầu tháng 9/2026"),
    ("2", "Thống nhất danh sách kho, lịch làm việc với từng hợp tác xã",
     "Phòng Kiểm định chất lượng công trình", "Chi cục Phát triển nông thôn (Sở Nông nghiệp và Môi trường)",
     "Trước 10/9/2026"),
    ("3", "Khảo sát, đo đạc, kiểm tra kết cấu các kho tại 12 xã phía Bắc", "Tổ kiểm định số 1",
     "UBND các xã có kho", "15/9 - 30/10/2026"),
    ("4", "Khảo sát, kiểm tra các kho và sân phơi tại 19 xã phía Nam", "Tổ kiểm định số 2",
     "UBND các xã có kho", "Tháng 10 và tháng 11/2026"),
    ("5", "Kiểm tra hệ thống phòng cháy, chữa cháy và lối thoát nạn của kho", "Tổ kiểm định số 1",
     "Phòng Cảnh sát PCCC và CNCH (Công an tỉnh)", "Cùng đợt khảo sát"),
    ("6", "Lập báo cáo kết quả kiểm định từng kho, gửi hợp tác xã", "Phòng Kiểm định chất lượng công trình", "",
     "Sau khảo sát 10 ngày làm việc"),
    ("7", "Đề xuất thiết kế mẫu nhà kho nông sản quy mô nhỏ cho hợp tác xã", "Phòng Quy hoạch - Kiến trúc",
     "Liên minh HTX tỉnh", "Quý IV/2026"),
    ("8", "Hướng dẫn các hợp tác xã lập hồ sơ sửa chữa, cải tạo kho", "phòng Tư vấn thiết kế",
     "Phòng Kinh tế các xã", "Tháng 12/2026"),
    ("9", "Tổng hợp kết quả toàn đợt, báo cáo Sở Xây dựng", "Phòng Kiểm định chất lượng công trình",
     "Phòng Hành chính - Tổng hợp", "Trước 20/12/2026"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Hành chính - Tổng hợp bố trí xe, thiết bị đo và kinh phí công tác cho các tổ kiểm định từ nguồn thu sự "
     "nghiệp của Trung tâm, xong trước ngày 12/9/2026.", "p"),
    ("Các hợp tác xã được kiểm tra không phải trả chi phí kiểm định. Trong quá trình thực hiện có vướng mắc, các bộ "
     "phận báo cáo Giám đốc Trung tâm để xem xét, xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["SỞ XÂY DỰNG TỈNH PHÚ THỌ", "TRUNG TÂM QUY HOẠCH VÀ", "KIỂM ĐỊNH XÂY DỰNG"],
                 "Số: 86/KH-TTQHKĐ", "Phú Thọ, ngày 12 tháng 8 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm tra, đánh giá an toàn nhà kho, sân phơi nông sản của các hợp tác xã năm 2026", bold=True,
         center=True)
    para(doc, "Thực hiện chỉ đạo của Sở Xây dựng về hỗ trợ kỹ thuật cho khu vực kinh tế tập thể, Trung tâm Quy hoạch "
              "và Kiểm định xây dựng lập Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- Sở NN&MT, Liên minh HTX tỉnh;",
                          "- UBND các xã có kho;", "- Các phòng, tổ thuộc TT;", "- Lưu: VT, KĐ."],
                    ["GIÁM ĐỐC", "", "", "", "Đinh Quang Khải"])
    return saved(doc, author="Phòng Kiểm định", editor="Văn thư TTQHKĐ",
                 title="Kế hoạch 86/KH-TTQHKĐ", created=datetime(2026, 8, 6, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
