"""Write a_an-giang_1386-KH-SNV-2025_so-noi-vu-tri-thuc-tre-ve-htx.docx, the eighty-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen88/make_docx.py [OUT]

A Sở Nội vụ's plan (August 2025, after An Giang and Kiên Giang were merged) for placing young graduates in
agricultural cooperatives for a fixed term: I. purposes and targets, II. one bordered table of the steps (Bước |
Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian), one row a step, cooperating bodies separated by
semicolons; III. three numbered paragraphs (the Sở's unit, then two bodies asked with "Đề nghị"); the closing
sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_an-giang_1386-KH-SNV-2025_so-noi-vu-tri-thuc-tre-ve-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", "h"),
    ("1. Thu hút người trẻ có trình độ về làm giám đốc, kế toán, cán bộ kỹ thuật cho hợp tác xã nông nghiệp, nhất "
     "là hợp tác xã ở vùng Kiên Giang cũ và vùng biên giới; việc tuyển chọn công khai, đúng đối tượng.", "p"),
    ("2. Chỉ tiêu: đưa 45 trí thức trẻ về làm việc tại 40 hợp tác xã, thời hạn hợp đồng tối thiểu 36 tháng; ít nhất "
     "70% người được tuyển chọn tiếp tục gắn bó với hợp tác xã sau khi hết thời gian hỗ trợ.", "p"),
    ("II. CÁC BƯỚC THỰC HIỆN", "h"),
]

COLUMNS = ["Bước", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(1.4), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.4)]
ROWS = [
    ("Bước 1", "Khảo sát nhu cầu sử dụng lao động có trình độ cao đẳng, đại học của các hợp tác xã nông nghiệp; lập "
               "danh sách hợp tác xã có nhu cầu", "Liên minh Hợp tác xã tỉnh",
     "UBND các xã, phường, đặc khu; Sở Nông nghiệp và Môi trường", "Trước 15/9/2025"),
    ("Bước 2", "Đăng thông báo tuyển chọn (chỉ tiêu, điều kiện, hồ sơ) trên Cổng thông tin điện tử của Sở và báo, "
               "đài của tỉnh", "Văn phòng Sở", "Báo và Phát thanh, Truyền hình An Giang", "Tháng 9/2025"),
    ("Bước 3", "Nhận hồ sơ, xét tuyển và phỏng vấn ứng viên theo từng vị trí việc làm tại hợp tác xã",
     "Phòng Lao động - Việc làm", "Liên minh Hợp tác xã tỉnh", "Tháng 10/2025"),
    ("Bước 4", "Bồi dưỡng 05 ngày về quản trị hợp tác xã cho người trúng tuyển; chứng kiến việc ký hợp đồng lao động "
               "giữa hợp tác xã và trí thức trẻ", "Liên minh Hợp tác xã tỉnh", "Phòng Lao động - Việc làm",
     "Tháng 11/2025"),
    ("Bước 5", "Thẩm định hồ sơ và chi hỗ trợ tiền lương, bảo hiểm cho hợp tác xã có trí thức trẻ",
     "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Hằng quý"),
    ("Bước 6", "Theo dõi, đánh giá kết quả làm việc của trí thức trẻ; sơ kết sau 01 năm thực hiện",
     "Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh; Sở Nội vụ", "Quý IV/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Lao động - Việc làm là đầu mối giúp Giám đốc Sở theo dõi các bước; tổng hợp kết quả tuyển chọn, báo "
     "cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2025.", "p"),
    ("2. Đề nghị Tỉnh đoàn An Giang giới thiệu đoàn viên đã tốt nghiệp cao đẳng, đại học ngành nông nghiệp, kinh tế, "
     "kế toán đăng ký tham gia; thời gian: tháng 9 và tháng 10/2025.", "p"),
    ("3. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu xác nhận nơi làm việc, hỗ trợ nơi ở ban đầu cho trí thức trẻ "
     "về hợp tác xã trên địa bàn; hoàn thành trong tháng 11/2025.", "p"),
    ("Trên đây là Kế hoạch của Sở Nội vụ tỉnh An Giang về đưa trí thức trẻ về làm việc tại hợp tác xã nông "
     "nghiệp./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH AN GIANG", "SỞ NỘI VỤ"], "Số: 1386/KH-SNV", "An Giang, ngày 18 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tuyển chọn, đưa trí thức trẻ tốt nghiệp cao đẳng, đại học về làm việc có thời hạn tại hợp tác xã "
              "nông nghiệp giai đoạn 2025 - 2026", bold=True, center=True)
    para(doc, "Căn cứ Kế hoạch số 211/KH-UBND ngày 30/7/2025 của Ủy ban nhân dân tỉnh An Giang về phát triển nguồn "
              "nhân lực cho khu vực kinh tế tập thể; Sở Nội vụ xây dựng Kế hoạch tuyển chọn như sau:")
    for text, style in BEFORE:
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
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- LMHTX tỉnh, Tỉnh đoàn;", "- Sở NNMT, Sở Tài chính;",
                          "- UBND xã, phường, đặc khu;", "- Ban Giám đốc Sở;", "- Lưu: VT, LĐVL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Thạch Ngọc Bửu"])
    return saved(doc, author="Phòng Lao động - Việc làm", editor="Văn thư Sở Nội vụ",
                 title="Kế hoạch 1386/KH-SNV", created=datetime(2025, 8, 12, 9, 10, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
