"""Write a_hung-nguyen-nghe-an_07-NQ-DU-2025_nghi-quyet-dang-uy-xa-ktt.docx, the seventy-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen78/make_docx.py [OUT]

A commune Party committee's thematic resolution (October 2025) on the collective economy: the Party's header (the
provincial Party organisation over the commune's Đảng ủy, a star, "Số 07-NQ/ĐU" without a colon, "ĐẢNG CỘNG SẢN VIỆT
NAM" on the right), "NGHỊ QUYẾT" over a lower-case subtitle, an opening naming the conference that passed it, I. the
situation, II. targets as "-" lines, III. solutions naming no doer, IV. the duties of the bodies (the first a heading
with a colon over three "-" lines), a closing line; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hung-nguyen-nghe-an_07-NQ-DU-2025_nghi-quyet-dang-uy-xa-ktt.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BODY = [
    ("Tại Hội nghị lần thứ ba (ngày 10/10/2025), Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 đã thảo luận "
     "về tình hình kinh tế tập thể trên địa bàn xã sau khi hợp nhất ba xã cũ và thống nhất ra Nghị quyết chuyên đề "
     "như sau:", "p"),
    ("I. TÌNH HÌNH", "h"),
    ("Toàn xã hiện có 11 hợp tác xã, 19 tổ hợp tác với 4.860 thành viên; 8 hợp tác xã làm dịch vụ thủy nông, làm đất, "
     "điện, 3 hợp tác xã sản xuất rau an toàn, chăn nuôi. Doanh thu bình quân một hợp tác xã năm 2024 đạt 2,1 tỷ đồng. "
     "Tuy vậy, nhiều hợp tác xã còn làm dịch vụ đơn lẻ, vốn ít, cán bộ quản lý lớn tuổi, chưa có sản phẩm liên kết "
     "theo chuỗi; một số chi bộ chưa quan tâm lãnh đạo kinh tế tập thể.", "p"),
    ("II. MỤC TIÊU ĐẾN NĂM 2030", "h"),
    ("- Thành lập mới ít nhất 08 hợp tác xã, 15 tổ hợp tác; không còn hợp tác xã yếu kém.", "p"),
    ("- 100% hợp tác xã được tư vấn tổ chức lại theo Luật Hợp tác xã năm 2023; có 04 sản phẩm OCOP của hợp tác xã "
     "đạt từ 3 sao trở lên.", "p"),
    ("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "h"),
    ("1. Làm cho mỗi chi bộ, mỗi đảng viên hiểu hợp tác xã kiểu mới là của thành viên, do thành viên góp vốn và "
     "cùng hưởng lợi; việc giúp hợp tác xã đứng vững là trách nhiệm chung của cả xã, không riêng ngành nông nghiệp.", "p"),
    ("2. Khuyến khích hợp tác xã chuyển sang liên kết sản xuất, tiêu thụ rau, lợn, gà với doanh nghiệp; hình thành "
     "vùng sản xuất tập trung ở các thôn ven sông Lam.", "p"),
    ("3. Quan tâm phát triển đảng viên trong hợp tác xã; đưa cán bộ trẻ có trình độ về làm việc tại hợp tác xã.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ủy ban nhân dân xã:", "p"),
    ("- Xây dựng kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ Đảng ủy cho ý kiến trước ngày 30/11/2025.", "p"),
    ("- Giao Phòng Kinh tế chủ trì; Trung tâm Dịch vụ tổng hợp xã phối hợp, giúp các hộ, tổ hợp tác đủ điều kiện "
     "lập hồ sơ thành lập hợp tác xã; mỗi năm thành lập mới ít nhất 02 hợp tác xã.", "p"),
    ("- Hằng năm bố trí ngân sách xã hỗ trợ hợp tác xã xây dựng nhãn hiệu, tham gia hội chợ và chương trình OCOP.",
     "p"),
    ("2. Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, cùng Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội nghị "
     "quán triệt Nghị quyết tới toàn thể đảng viên, xong trong quý IV/2025.", "p"),
    ("3. Ủy ban Mặt trận Tổ quốc Việt Nam xã cùng các đoàn thể chính trị - xã hội vận động đoàn viên, hội viên vào "
     "tổ hợp tác, góp vốn vào hợp tác xã; thực hiện thường xuyên.", "p"),
    ("4. Hội Nông dân xã chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã mỗi năm vận động thành lập ít nhất 03 tổ hợp tác "
     "trồng rau, nuôi gà thả vườn.", "p"),
    ("5. Ủy ban Kiểm tra Đảng ủy đưa việc lãnh đạo thực hiện Nghị quyết vào chương trình kiểm tra, giám sát năm 2026 "
     "đối với các chi bộ.", "p"),
    ("6. Các chi bộ có hợp tác xã (Chi bộ Hợp tác xã Nông nghiệp Hưng Tân, Chi bộ Hợp tác xã Dịch vụ điện năng Hưng "
     "Thịnh) ra nghị quyết chuyên đề của chi bộ để lãnh đạo thực hiện, xong trước 31/12/2025.", "p"),
    ("7. Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc thực hiện Nghị quyết; tham mưu sơ kết 02 năm vào "
     "quý IV/2027.", "p"),
    ("Nghị quyết này được phổ biến đến chi bộ và đảng viên.", "i"),
]


def build() -> bytes:
    doc = new_document(14)
    head = doc.add_table(rows=1, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ HƯNG NGUYÊN", "*", "Số 07-NQ/ĐU"], bold=(1,))
    cell_lines(head.cell(0, 1), ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Hưng Nguyên, ngày 15 tháng 10 năm 2025"], bold=(0,),
               italic=(2,))
    para(doc)
    para(doc, "NGHỊ QUYẾT", bold=True, center=True)
    para(doc, "của Ban Chấp hành Đảng bộ xã về đẩy mạnh kinh tế tập thể trên địa bàn xã giai đoạn 2025 - 2030",
         bold=True, center=True)
    para(doc, "-----", center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (để b/c),", "- Thường trực HĐND, UBND xã,",
                          "- Các đồng chí Ủy viên Ban Chấp hành,", "- Các chi bộ trực thuộc,", "- Lưu VPĐU."],
                    ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "", "Phan Đình Hiếu"])
    return saved(doc, author="Văn phòng Đảng ủy", editor="Văn phòng Đảng ủy",
                 title="Nghị quyết 07-NQ/ĐU", created=datetime(2025, 10, 13, 8, 20, 0),
                 modified=datetime(2025, 10, 15, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
