"""Write a_ha-tinh_2418-KH-STC-2025_dong-thuc-hien-chung-cho-muc.docx, the eighteenth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen18/make_docx.py [OUT]

An ordinary plan of a Sở Tài chính (December 2025, after the reorganisation): I. purposes, II. four numbered bold
headings over lettered points a), b); after the points, an italic line "Thực hiện: X chủ trì; phối hợp: Y, Z; thời
gian: T." which under headings 1 and 3 comes ONCE AFTER BOTH POINTS (it covers them both) and under headings 2 and 4
follows EACH POINT; III. two tasks in prose and a class's closing duty; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ha-tinh_2418-KH-STC-2025_dong-thuc-hien-chung-cho-muc.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic "Thực hiện" line
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Nắm chắc tình trạng hoạt động của các hợp tác xã sau khi sắp xếp đơn vị hành chính cấp xã; thực hiện đúng, "
     "kịp thời chính sách hỗ trợ; mỗi nhiệm vụ giao rõ phòng chủ trì và thời gian.", "p"),
    ("II. NHIỆM VỤ CỤ THỂ", "h"),
    ("1. Đăng ký và theo dõi tình trạng hoạt động của hợp tác xã", "h"),
    ("a) Rà soát, chuẩn hóa dữ liệu của 412 hợp tác xã trên Hệ thống thông tin quốc gia về đăng ký hợp tác xã theo "
     "tên xã, phường mới.", "p"),
    ("b) Gửi văn bản nhắc 37 hợp tác xã chưa cập nhật địa chỉ trụ sở làm thủ tục đăng ký thay đổi; lập danh sách "
     "hợp tác xã không liên lạc được.", "p"),
    ("Thực hiện: Phòng Tài chính doanh nghiệp chủ trì; phối hợp: Thuế tỉnh Hà Tĩnh, Ủy ban nhân dân các xã, phường; "
     "thời gian: quý I năm 2026.", "i"),
    ("2. Chính sách hỗ trợ hợp tác xã", "h"),
    ("a) Tổng hợp nhu cầu hỗ trợ đầu tư kết cấu hạ tầng, chế biến sản phẩm của hợp tác xã; tham mưu phân bổ kinh phí "
     "năm 2026 trình Ủy ban nhân dân tỉnh.", "p"),
    ("Thực hiện: Phòng Quản lý ngân sách chủ trì; phối hợp: Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh; "
     "thời gian: trước ngày 31/3/2026.", "i"),
    ("b) Thẩm định hồ sơ thanh toán kinh phí hỗ trợ của các hợp tác xã đã hoàn thành hạng mục đầu tư.", "p"),
    ("Thực hiện: Phòng Quản lý ngân sách chủ trì; thời gian: tháng 9/2026.", "i"),
    ("3. Kiểm tra, giám sát", "h"),
    ("a) Kiểm tra việc chấp hành pháp luật về hợp tác xã tại 24 hợp tác xã theo kế hoạch kiểm tra được Giám đốc Sở "
     "phê duyệt.", "p"),
    ("b) Đối chiếu, xử lý theo quy định các hợp tác xã không gửi báo cáo tình hình hoạt động năm 2025.", "p"),
    ("Thực hiện: Thanh tra Sở chủ trì; phối hợp: Phòng Tài chính doanh nghiệp; thời gian: quý II và quý III năm "
     "2026.", "i"),
    ("4. Thông tin, thống kê về kinh tế tập thể", "h"),
    ("a) Lập báo cáo thống kê khu vực kinh tế tập thể, hợp tác xã của tỉnh gửi Bộ Tài chính.", "p"),
    ("Thực hiện: Phòng Tài chính doanh nghiệp chủ trì; phối hợp: Thống kê tỉnh Hà Tĩnh; thời gian: định kỳ 6 tháng "
     "và hằng năm.", "i"),
    ("b) Duy trì chuyên mục “Kinh tế tập thể” trên Trang thông tin điện tử của Sở; đăng văn bản, hướng dẫn mới.", "p"),
    ("Thực hiện: Văn phòng Sở chủ trì; thời gian: thường xuyên.", "i"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Tài chính doanh nghiệp là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp kết quả "
     "báo cáo Giám đốc Sở trước ngày 05/12/2026.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh cung cấp danh sách hợp tác xã thành viên và hợp tác xã được tư vấn thành "
     "lập mới năm 2025 cho Sở Tài chính trong tháng 01/2026.", "p"),
    ("3. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; vướng mắc báo cáo Giám đốc "
     "Sở qua Phòng Tài chính doanh nghiệp./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH"], "Số: 2418/KH-STC", "Hà Tĩnh, ngày 16 tháng 12 năm 2025",
                 issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Quản lý nhà nước về kinh tế tập thể, hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Quyết định số 3105/QĐ-UBND ngày 28/11/2025 của Ủy ban nhân dân tỉnh giao nhiệm vụ quản lý "
              "nhà nước về kinh tế tập thể, Sở Tài chính tỉnh Hà Tĩnh ban hành Kế hoạch năm 2026 như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính (Cục Phát triển doanh nghiệp) (b/c);", "- UBND tỉnh (b/c);",
                          "- Lãnh đạo Sở;", "- Sở Nông nghiệp và Môi trường, LMHTX tỉnh;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, TCDN."],
                    ["GIÁM ĐỐC", "", "", "", "Phan Đình Khiêm"])
    return saved(doc, author="Phòng Tài chính doanh nghiệp", editor="Văn thư Sở Tài chính Hà Tĩnh",
                 title="Kế hoạch 2418/KH-STC", created=datetime(2025, 12, 9, 9, 10, 0),
                 modified=datetime(2025, 12, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
