"""Write a_lao-cai_2143-KH-SYT-2026_so-y-te-htx-duoc-lieu-cung-ung-benh-vien.docx, the fifty-eighth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen58/make_docx.py [OUT]

A provincial Sở Y tế's plan in Word (September 2026, Lào Cai after its merger with Yên Bái): linking the cooperatives
that grow medicinal herbs with the public hospitals that buy them, I. purposes, II. target, III. tasks under numbered
headings per body (a colon after the unit, lettered points), single numbered paragraphs opening with their body (a
centre with "(đơn vị trực thuộc Sở)", a class of hospitals with a colon), a request to the Sở Nông nghiệp và Môi
trường, IV. one paragraph; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in.

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
OUT = HERE / "a_lao-cai_2143-KH-SYT-2026_so-y-te-htx-duoc-lieu-cung-ung-benh-vien.docx"

# (text, style): "h" a bold heading, "s" an italic sub-heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Tăng phần dược liệu có nguồn gốc trong tỉnh, do hợp tác xã trồng theo hướng dẫn GACP-WHO, trong lượng dược "
     "liệu các cơ sở y tế công lập mua mỗi năm; giảm dần dược liệu trôi nổi, không rõ xuất xứ.", "p"),
    ("- Mua sắm đúng quy định về đấu thầu thuốc; Sở chỉ làm cầu nối, không chỉ định hợp tác xã nào cung ứng.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Đến hết năm 2027, ít nhất 30% khối lượng dược liệu các bệnh viện trong tỉnh sử dụng là dược liệu của hợp tác xã "
     "trong tỉnh; có 05 hợp tác xã với vùng trồng đạt GACP-WHO.", "p"),
    ("III. NHIỆM VỤ CỤ THỂ", "h"),
    ("1. Phòng Nghiệp vụ Dược:", "p"),
    ("a) Khảo sát năng lực của 12 hợp tác xã trồng dược liệu ở phường Sa Pa, các xã Bát Xát, Mù Cang Chải, Trạm Tấu "
     "(chủng loại, sản lượng, khả năng sơ chế, bảo quản); xong trước 31/10/2026.", "p"),
    ("b) Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh tổ chức hội nghị gặp gỡ giữa "
     "các bệnh viện và hợp tác xã dược liệu; quý IV/2026.", "p"),
    ("2. Bệnh viện Y dược cổ truyền tỉnh:", "p"),
    ("a) Lập danh mục 40 vị dược liệu dùng nhiều nhất kèm nhu cầu dự kiến năm 2027, gửi Phòng Nghiệp vụ Dược trước "
     "ngày 15/10/2026.", "p"),
    ("b) Ký thỏa thuận nguyên tắc mua dược liệu với các hợp tác xã đủ điều kiện, làm trước với 03 vị đương quy, "
     "actiso, tam thất; thực hiện từ quý I/2027.", "p"),
    ("3. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm (đơn vị trực thuộc Sở) lấy mẫu, kiểm nghiệm không thu phí "
     "dược liệu của các hợp tác xã tham gia kết nối, mỗi hợp tác xã không quá 05 mẫu một năm; thường xuyên.", "p"),
    ("4. Các bệnh viện đa khoa, trung tâm y tế có khoa Y học cổ truyền: đưa dược liệu đạt chất lượng của hợp tác xã "
     "vào kế hoạch lựa chọn nhà thầu năm 2027, hoàn thành trong tháng 12/2026.", "p"),
    ("5. Văn phòng Sở phối hợp Phòng Kế hoạch - Tài chính dự trù kinh phí hội nghị, kiểm nghiệm trong dự toán năm "
     "2027, trình Giám đốc Sở trước ngày 30/11/2026.", "p"),
    ("6. Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn hợp tác xã ghi "
     "nhật ký canh tác, lập hồ sơ cấp mã số vùng trồng dược liệu trong năm 2026 - 2027.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Nghiệp vụ Dược là đầu mối theo dõi; 6 tháng một lần tổng hợp kết quả, báo cáo Giám đốc Sở.", "p"),
    ("Trên đây là Kế hoạch kết nối hợp tác xã dược liệu với các cơ sở khám bệnh, chữa bệnh của Sở Y tế tỉnh Lào "
     "Cai./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH LÀO CAI", "SỞ Y TẾ"], "Số: 2143/KH-SYT",
                 "Lào Cai, ngày 14 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối hợp tác xã trồng dược liệu cung ứng cho các cơ sở khám bệnh, chữa bệnh bằng y học cổ truyền "
              "giai đoạn 2026 - 2027", bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch số 77/KH-UBND ngày 20/3/2026 của UBND tỉnh về phát triển dược liệu gắn với kinh tế "
              "tập thể; để các bệnh viện có nguồn dược liệu ổn định, rõ xuất xứ, Sở Y tế xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT;", "- Liên minh HTX tỉnh;",
                          "- Các bệnh viện, TTYT;", "- Lưu: VT, NVD."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nông Thị Kim Dung"])
    return saved(doc, author="Phòng Nghiệp vụ Dược", editor="Phòng Nghiệp vụ Dược",
                 title="Kế hoạch 2143/KH-SYT", created=datetime(2026, 9, 8, 8, 25, 0),
                 modified=datetime(2026, 9, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
