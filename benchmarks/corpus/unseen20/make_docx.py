"""Write a_vinh-long_1642-QD-UBND-2026_phan-cong-thanh-vien-ban-chi-dao.docx, the twentieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen20/make_docx.py [OUT]

A decision of a province's Chủ tịch (May 2026, after Vĩnh Long, Bến Tre and Trà Vinh were merged) that shares out the
duties of the members of its Ban Chỉ đạo for the collective economy: Điều 1 names each member — a person, his post and
his role in the Ban — and gives him his duties, as "-" paragraphs under the three deputies and run in after the colon
for the other members; Điều 2 the standing body and the members' report; Điều 3 the standing rules, entry into force
and the closing formula; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in
(no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_vinh-long_1642-QD-UBND-2026_phan-cong-thanh-vien-ban-chi-dao.docx"

CAN_CU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Căn cứ Luật Hợp tác xã năm 2023;",
    "Căn cứ Quyết định số 1105/QĐ-UBND ngày 02 tháng 4 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc kiện toàn "
    "Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã tỉnh Vĩnh Long;",
    "Xét Tờ trình số 287/TTr-STC ngày 06 tháng 5 năm 2026 của Sở Tài chính.",
]

# (lead-in, text): a lead-in is printed in bold and the text after it in plain type, in the same paragraph;
# ("", text) a plain paragraph; ("h", text) a bold paragraph of its own
BODY = [
    ("h", "Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã tỉnh (sau "
          "đây gọi là Ban Chỉ đạo) như sau:"),
    ("1. Ông Trần Văn Hiếu, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng ban: ",
     "lãnh đạo, điều hành chung hoạt động của Ban Chỉ đạo; quyết định những vấn đề thuộc phạm vi nhiệm vụ của Ban "
     "Chỉ đạo."),
    ("2. Ông Lê Hoàng Phúc, Giám đốc Sở Tài chính - Phó Trưởng ban Thường trực:", ""),
    ("", "- Thay mặt Trưởng ban điều hành công việc của Ban Chỉ đạo khi Trưởng ban đi vắng."),
    ("", "- Chỉ đạo Sở Tài chính xây dựng chương trình công tác năm 2026 của Ban Chỉ đạo, trình Trưởng ban ban hành "
         "trước ngày 31/5/2026."),
    ("", "- Chỉ đạo tổng hợp tình hình kinh tế tập thể trên địa bàn tỉnh sau hợp nhất, báo cáo Ủy ban nhân dân tỉnh "
         "và Bộ Tài chính định kỳ 6 tháng và hằng năm."),
    ("3. Ông Phạm Minh Đức, Giám đốc Sở Nông nghiệp và Môi trường - Phó Trưởng ban:", ""),
    ("", "- Giúp Trưởng ban theo dõi lĩnh vực hợp tác xã nông nghiệp, thủy sản."),
    ("", "- Chỉ đạo xây dựng 12 mô hình liên kết sản xuất lúa, dừa, cây ăn trái do hợp tác xã đứng ra tổ chức, phối "
         "hợp với Liên minh Hợp tác xã tỉnh; hoàn thành trong quý IV/2026."),
    ("4. Bà Nguyễn Thị Thu Sương, Chủ tịch Liên minh Hợp tác xã tỉnh - Phó Trưởng ban:", ""),
    ("", "- Chỉ đạo Liên minh Hợp tác xã tỉnh hướng dẫn, tư vấn để thành lập thêm ít nhất 45 hợp tác xã trong năm "
         "2026, ưu tiên vùng đồng bào Khmer."),
    ("", "- Phối hợp với Sở Nội vụ mở các lớp bồi dưỡng cán bộ quản lý, kế toán hợp tác xã theo kế hoạch đào tạo năm "
         "2026."),
    ("", "5. Các thành viên:"),
    ("a) Ông Võ Thanh Tâm, Giám đốc Sở Công Thương: ",
     "chỉ đạo tổ chức ít nhất 03 hội chợ, phiên chợ đưa sản phẩm của hợp tác xã vào hệ thống phân phối trong năm "
     "2026."),
    ("b) Bà Đặng Thị Kim Loan, Giám đốc Sở Khoa học và Công nghệ: ",
     "chỉ đạo hỗ trợ 20 hợp tác xã áp dụng mã truy xuất nguồn gốc và phần mềm quản lý; hoàn thành trước ngày "
     "30/11/2026."),
    ("c) Ông Thạch Sô Phanh, Phó Giám đốc Sở Nội vụ: ",
     "chỉ đạo Sở Nội vụ cùng Liên minh Hợp tác xã tỉnh đề xuất cơ chế đưa người trẻ có chuyên môn về công tác tại "
     "hợp tác xã; Sở Nội vụ chủ trì, hoàn thành dự thảo trong quý III/2026."),
    ("d) Ông Huỳnh Văn Nghĩa, Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh Vĩnh Long: ",
     "chỉ đạo giải ngân vốn tín dụng chính sách cho hộ nghèo, hộ cận nghèo là thành viên hợp tác xã, tổ hợp tác; "
     "thực hiện thường xuyên."),
    ("đ) Ông Trịnh Công Bằng, Tổng Biên tập Báo và Phát thanh, Truyền hình Vĩnh Long: ",
     "chỉ đạo duy trì chuyên mục \u201cKinh tế tập thể - Hợp tác xã\u201d, phát sóng hằng tháng."),
    ("h", "Điều 2. Cơ quan thường trực và chế độ báo cáo"),
    ("", "1. Sở Tài chính là cơ quan thường trực của Ban Chỉ đạo, tham mưu Trưởng ban tổ chức hội nghị sơ kết 6 tháng "
         "đầu năm 2026 của Ban Chỉ đạo trong tháng 7/2026."),
    ("", "2. Các thành viên Ban Chỉ đạo gửi báo cáo về lĩnh vực được phân công cho Sở Tài chính trước ngày 05/7/2026 "
         "để tổng hợp."),
    ("h", "Điều 3. Điều khoản thi hành"),
    ("", "1. Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm; khi thay đổi công tác, cơ quan cử người thay thế "
         "và báo cáo Trưởng ban."),
    ("", "2. Quyết định này có hiệu lực kể từ ngày ký."),
    ("", "3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, thủ trưởng các cơ quan có liên quan và các "
         "thành viên Ban Chỉ đạo chịu trách nhiệm thi hành Quyết định này./."),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG"], "Số: 1642/QĐ-UBND", "Vĩnh Long, ngày 14 tháng 5 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Về việc phân công nhiệm vụ các thành viên Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã tỉnh",
         bold=True, center=True)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for lead_in, text in BODY:
        if lead_in == "h":
            para(doc, text, bold=True)
        elif not lead_in:
            para(doc, text)
        else:
            p = para(doc, lead_in, bold=True)
            if text:
                run = p.add_run(text)
                run.bold, run.italic = False, False
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- Bộ Tài chính (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                          "- Thường trực HĐND tỉnh;", "- Chủ tịch, PCT UBND tỉnh;", "- Thành viên Ban Chỉ đạo;", "- LĐVP, P.KT;", "- Lưu: VT."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Văn Hiếu"])
    return saved(doc, author="Phòng Kinh tế", editor="Văn thư UBND tỉnh Vĩnh Long",
                 title="Quyết định 1642/QĐ-UBND", created=datetime(2026, 5, 8, 9, 10, 0),
                 modified=datetime(2026, 5, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
