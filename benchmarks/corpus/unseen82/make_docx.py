"""Write a_thanh-hoa_296-TB-STC-2026_thong-bao-ket-luan-giam-doc-so-giao-ban.docx, the eighty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen82/make_docx.py [OUT]

A Sở's Thông báo kết luận (October 2026): the conclusions of the Director of the Sở Tài chính tỉnh Thanh Hóa at the
quarterly meeting on the collective economy, signed for him by the head of the Sở's office ("TL. GIÁM ĐỐC / CHÁNH
VĂN PHÒNG"): a paragraph on the meeting, 1. the assessment, 2. the Sở's own units as lettered headings with a colon
over "-" items, 3. other bodies "đề nghị"-ed, one "-" line each opening with the body and a colon, 4. a closing
"Giao …" sentence. Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_thanh-hoa_296-TB-STC-2026_thong-bao-ket-luan-giam-doc-so-giao-ban.docx"

# (text, style): "h" a bold heading, "i" an italic heading, "p" a paragraph
BODY = [
    ("Chiều ngày 07/10/2026, tại phòng họp tầng 3, đồng chí Trịnh Văn Khải, Giám đốc Sở Tài chính chủ trì cuộc họp "
     "giao ban công tác kinh tế tập thể quý III năm 2026. Dự họp có đồng chí Phó Chủ tịch Liên minh Hợp tác xã "
     "tỉnh; đại diện Sở Nông nghiệp và Môi trường, Sở Công Thương, Thuế tỉnh Thanh Hóa; trưởng các phòng thuộc Sở. "
     "Sau khi nghe Phòng Tài chính doanh nghiệp báo cáo và ý kiến phát biểu của các đại biểu, Giám đốc Sở kết "
     "luận như sau:", "p"),
    ("1. Đánh giá chung", "h"),
    ("Chín tháng đầu năm toàn tỉnh thành lập mới 74 hợp tác xã, 212 tổ hợp tác, vượt chỉ tiêu cả năm; việc giải thể "
     "hợp tác xã ngừng hoạt động còn chậm, nhất là ở các xã miền núi phía Tây; số liệu giữa cơ quan đăng ký, cơ quan "
     "thuế và Liên minh chưa khớp nhau.", "p"),
    ("2. Nhiệm vụ các phòng, đơn vị thuộc Sở trong quý IV năm 2026", "h"),
    ("a) Phòng Tài chính doanh nghiệp:", "i"),
    ("- Hoàn thiện dự thảo kế hoạch năm 2027 về kinh tế tập thể, hợp tác xã của tỉnh, trình Ủy ban nhân dân tỉnh "
     "trước ngày 15/11/2026.", "p"),
    ("- Phối hợp với Liên minh Hợp tác xã tỉnh rà soát 43 hợp tác xã ngừng hoạt động trên 12 tháng, đề xuất hướng "
     "xử lý từng trường hợp; xong trong tháng 11.", "p"),
    ("b) Phòng Quản lý ngân sách:", "i"),
    ("- Tổng hợp nhu cầu hỗ trợ năm 2027 mà các xã, phường đăng ký cho hợp tác xã, tham mưu Giám đốc Sở bố trí "
     "trong dự toán ngân sách của tỉnh; hoàn thành trước ngày 30/10/2026.", "p"),
    ("c) Văn phòng Sở:", "i"),
    ("- Cập nhật văn bản, chính sách mới về hợp tác xã lên Trang thông tin điện tử của Sở, làm thường xuyên.", "p"),
    ("3. Đề nghị các cơ quan, đơn vị phối hợp", "h"),
    ("- Liên minh Hợp tác xã tỉnh: mở 02 lớp bồi dưỡng cho giám đốc, kế toán hợp tác xã mới thành lập ở các xã miền "
     "núi, thực hiện trong quý IV/2026.", "p"),
    ("- Sở Nông nghiệp và Môi trường: hướng dẫn hợp tác xã trồng mía, trồng luồng lập hồ sơ cấp mã số vùng trồng; gửi "
     "kết quả về Sở Tài chính trước 20/12/2026.", "p"),
    ("- Thuế tỉnh Thanh Hóa: phối hợp với Phòng Tài chính doanh nghiệp đối chiếu danh sách hợp tác xã đang kê khai "
     "thuế với dữ liệu đăng ký, hoàn thành trong tháng 11/2026.", "p"),
    ("- Sở Công Thương: chọn 10 hợp tác xã có sản phẩm OCOP tham gia Hội chợ Xuân Thanh Hóa 2027, tháng 12/2026.",
     "p"),
    ("4. Giao Phòng Tài chính doanh nghiệp theo dõi việc thực hiện các nội dung trên, tổng hợp kết quả báo cáo Giám "
     "đốc Sở trước ngày 25/12/2026.", "p"),
    ("Sở Tài chính thông báo để các phòng, đơn vị và cơ quan liên quan biết, thực hiện./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH THANH HÓA", "SỞ TÀI CHÍNH"], "Số: 296/TB-STC",
                 "Thanh Hóa, ngày 12 tháng 10 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Kết luận của Giám đốc Sở Tài chính tại cuộc họp giao ban công tác kinh tế tập thể quý III năm 2026",
         bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Giám đốc, các PGĐ Sở (để b/c);", "- LMHTX tỉnh;",
                          "- Sở NN&MT, Sở Công Thương;", "- Thuế tỉnh Thanh Hóa;", "- Các phòng thuộc Sở;",
                          "- Lưu: VT, TCDN."],
                    ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "", "", "", "Lê Thị Hằng Nga"])
    return saved(doc, author="Phòng TCDN", editor="Văn phòng Sở Tài chính",
                 title="Thông báo 296/TB-STC", created=datetime(2026, 10, 9, 14, 10, 0),
                 modified=datetime(2026, 10, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
