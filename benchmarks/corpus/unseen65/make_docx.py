"""Write a_tuyen-quang_21-KH-HNCT-2026_hoi-nguoi-cao-tuoi-tht-lien-the-he-bang-nhom.docx, the sixty-fifth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen65/make_docx.py [OUT]

A provincial Association of the Elderly's plan in Word (April 2026): its own header under the central association,
I. purposes, II. targets, III. one bordered table TT | Nội dung | Bộ phận phụ trách | Phối hợp | Thời gian with two
group rows (the province's association, the grassroots associations) spanning the table, IV. two numbered paragraphs,
the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_tuyen-quang_21-KH-HNCT-2026_hoi-nguoi-cao-tuoi-tht-lien-the-he-bang-nhom.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Phát huy kinh nghiệm sản xuất của người cao tuổi, giúp hội viên còn sức khỏe tham gia tổ hợp tác, hợp tác xã "
     "và các câu lạc bộ liên thế hệ tự giúp nhau để có thêm thu nhập.", "p"),
    ("- Các ban của Hội tỉnh và Hội Người cao tuổi cơ sở làm đúng phần việc được giao, không tổ chức hình thức, "
     "phù hợp sức khỏe người cao tuổi.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Có thêm ít nhất 40 câu lạc bộ liên thế hệ tự giúp nhau gắn với tổ hợp tác, hợp tác xã; 2.500 hội viên cao "
     "tuổi là thành viên hoặc người lao động của hợp tác xã.", "p"),
    ("- Mỗi xã, phường vùng cao có ít nhất một tổ hợp tác do người cao tuổi làm nòng cốt (chè shan, cam sành, dệt "
     "thổ cẩm, nuôi ong).", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung", "Bộ phận phụ trách", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
# a str is a group row spanning the table
ROWS = [
    "A. HỘI NGƯỜI CAO TUỔI TỈNH",
    ("1", "Khảo sát số hội viên cao tuổi đang làm việc trong tổ hợp tác, hợp tác xã; lập danh sách nghệ nhân, người "
          "giỏi nghề sẵn sàng truyền nghề", "Ban Tổ chức - Chính sách", "Liên minh Hợp tác xã tỉnh", "Tháng 5/2026"),
    ("2", "Biên soạn tài liệu hỏi - đáp về quyền của thành viên hợp tác xã là người cao tuổi, in 3.000 cuốn",
     "Ban Tuyên truyền", "Sở Tài chính (Phòng Kinh tế tập thể)", "Quý II/2026"),
    ("3", "Phối hợp mở 06 lớp tập huấn làm chè shan tuyết, mật ong theo tiêu chuẩn OCOP cho tổ hợp tác người cao "
          "tuổi", "Ban Kinh tế - Đời sống", "Trung tâm Khuyến nông tỉnh, Liên minh Hợp tác xã tỉnh",
     "Tháng 6 - tháng 8/2026"),
    ("4", "Giới thiệu hội viên vay vốn Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn của Hội để góp vốn vào "
          "hợp tác xã", "Ban Kinh tế - Đời sống", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Thường xuyên"),
    ("5", "Chọn, đề nghị khen thưởng 15 người cao tuổi làm kinh tế giỏi trong hợp tác xã tại Hội nghị biểu dương "
          "ngày 01/10", "Văn phòng Hội", "Ban Tổ chức - Chính sách", "Trước 15/9/2026"),
    "B. HỘI NGƯỜI CAO TUỔI CƠ SỞ",
    ("6", "Thành lập câu lạc bộ liên thế hệ tự giúp nhau gắn với tổ hợp tác, hợp tác xã ở địa phương",
     "Hội Người cao tuổi các xã, phường", "Ủy ban nhân dân các xã, phường", "Quý III/2026"),
    ("7", "Vận động người cao tuổi góp đất, góp vốn, nhận truyền nghề cho thành viên trẻ của tổ hợp tác",
     "Chi hội người cao tuổi thôn, tổ dân phố", "", "Cả năm"),
    ("8", "Báo cáo kết quả 6 tháng, cả năm về Văn phòng Hội tỉnh", "Hội Người cao tuổi các xã, phường", "",
     "Trước 20/6 và 20/11/2026"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Giao Ban Kinh tế - Đời sống là đầu mối, phối hợp với Văn phòng Hội theo dõi việc thực hiện; sơ kết 6 tháng "
     "vào tháng 7/2026, tổng kết trong tháng 12/2026.", "p"),
    ("2. Văn phòng Hội bố trí kinh phí từ nguồn hoạt động thường xuyên và Quỹ Chăm sóc và phát huy vai trò người cao "
     "tuổi để triển khai.", "p"),
    ("Trên đây là Kế hoạch năm 2026 về người cao tuổi tham gia kinh tế tập thể./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["TRUNG ƯƠNG HỘI NCT VIỆT NAM", "HỘI NGƯỜI CAO TUỔI", "TỈNH TUYÊN QUANG"], "Số: 21/KH-HNCT",
                 "Tuyên Quang, ngày 14 tháng 4 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Người cao tuổi tham gia tổ hợp tác, hợp tác xã và câu lạc bộ liên thế hệ tự giúp nhau năm 2026",
         bold=True, center=True)
    para(doc, "Thực hiện Chương trình công tác của Hội năm 2026; để người cao tuổi "
              "góp sức vào phát triển kinh tế tập thể ở cơ sở, Ban Thường vụ Hội Người cao tuổi tỉnh lập kế hoạch "
              "cụ thể dưới đây:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội NCT Việt Nam (b/c);", "- TT Tỉnh ủy, TT HĐND, UBND tỉnh (để b/c);",
                          "- Sở Tài chính, LMHTX tỉnh (p/h);", "- Hội NCT xã, phường;", "- Lưu: VP, Ban KT-ĐS."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Ma Đình Khuyến"])
    return saved(doc, author="Ban Kinh tế - Đời sống", editor="Văn phòng Hội NCT tỉnh",
                 title="Kế hoạch 21/KH-HNCT", created=datetime(2026, 4, 8, 9, 0, 0),
                 modified=datetime(2026, 4, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
