"""Write a_phu-tho_36-KH-TTNNTH-2025_lop-tin-hoc-can-bo-htx.docx, the hundred-and-thirty-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen131/make_docx.py [OUT]

A provincial foreign-language and computing centre's plan (September 2025) for courses for cooperatives' managers:
I. purposes, II. the courses (figures, no work), III. work in numbered paragraphs, each ending with "Giao: X; phối
hợp: Y. Hạn: Z." typed on the same line, IV. fees; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_phu-tho_36-KH-TTNNTH-2025_lop-tin-hoc-can-bo-htx.docx"

# (text, style): "h" a bold heading, "i" an italic sub-heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("Giúp cán bộ quản lý, kế toán của hợp tác xã, tổ trưởng tổ hợp tác sử dụng được máy tính, bảng tính, hóa đơn "
     "điện tử và giao tiếp tiếng Anh đơn giản khi chào bán sản phẩm cho khách du lịch và thương nhân nước ngoài.", "p"),
    ("II. QUY MÔ, ĐỐI TƯỢNG", "h"),
    ("- Khóa 1 (tin học ứng dụng): 4 lớp, mỗi lớp 30 học viên, học 10 buổi vào thứ Bảy, Chủ nhật.", "p"),
    ("- Khóa 2 (tiếng Anh giao tiếp bán hàng): 2 lớp, mỗi lớp 25 học viên, học 16 buổi buổi tối.", "p"),
    ("- Học viên do Liên minh HTX tỉnh và UBND các xã giới thiệu; miễn học phí theo Đề án hỗ trợ của tỉnh.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Các công việc chuẩn bị", "i"),
    ("1. Gửi phiếu khảo sát nhu cầu học tới các HTX, tổng hợp danh sách đăng ký theo từng xã. Giao: Phòng Đào tạo; "
     "phối hợp: Văn phòng Liên minh HTX tỉnh. Hạn: 30/9/2025.", "p"),
    ("2. Soạn bộ bài giảng \"Tin học cho người làm hợp tác xã\" (soạn thảo hợp đồng, bảng tính doanh thu - chi phí, "
     "lập hóa đơn điện tử, đăng sản phẩm lên sàn). Giao: tổ Tin học; phối hợp: Thuế cơ sở 2 tỉnh Phú Thọ. Hạn: "
     "trước ngày khai giảng khóa 1.", "p"),
    ("3. Soạn 12 bài hội thoại tiếng Anh theo tình huống bán chè, mật ong, gốm và hàng thổ cẩm. Giao: tổ Ngoại ngữ. "
     "Hạn: tháng 10/2025.", "p"),
    ("4. Mượn, kiểm tra 60 máy tính xách tay cho lớp học lưu động ở các xã xa trung tâm. Giao: Phòng Hành chính - "
     "Quản trị; phối hợp: Trường THPT Thanh Sơn. Hạn: xong trước 20/10/2025.", "p"),
    ("Tổ chức lớp học", "i"),
    ("5. Mở 4 lớp tin học ứng dụng tại Việt Trì, Thanh Sơn, Tam Đảo và Mai Châu. Giao: tổ Tin học; phối hợp: UBND "
     "các xã có lớp. Hạn: tháng 11 - tháng 12/2025.", "p"),
    ("6. Mở 2 lớp tiếng Anh giao tiếp bán hàng cho HTX làm du lịch cộng đồng. Giao: tổ Ngoại ngữ; phối hợp: Sở Văn "
     "hóa, Thể thao và Du lịch. Hạn: quý I/2026.", "p"),
    ("7. Kiểm tra cuối khóa, cấp giấy chứng nhận hoàn thành khóa học. Giao: Phòng Đào tạo. Hạn: kết thúc mỗi "
     "lớp.", "p"),
    ("8. Lập nhóm Zalo hỗ trợ học viên sau khóa học, giải đáp vướng mắc khi dùng phần mềm. Giao: tổ Tin học. Hạn: "
     "thường xuyên.", "p"),
    ("9. Quyết toán kinh phí mở lớp với Liên minh HTX tỉnh. Giao: Bộ phận Kế toán; phối hợp: Phòng Đào tạo. Hạn: "
     "trước 15/4/2026.", "p"),
    ("IV. KINH PHÍ", "h"),
    ("Từ nguồn kinh phí hỗ trợ đào tạo nguồn nhân lực cho hợp tác xã năm 2025 do Liên minh HTX tỉnh bố trí và "
     "nguồn thu sự nghiệp của Trung tâm.", "p"),
    ("Các bộ phận được giao việc chủ động phối hợp; vướng mắc báo cáo Giám đốc Trung tâm để xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ THỌ", "TRUNG TÂM NGOẠI NGỮ - TIN HỌC"], "Số: 36/KH-TTNNTH",
                 "Phú Thọ, ngày 08 tháng 9 năm 2025", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mở lớp tin học ứng dụng và tiếng Anh giao tiếp cho cán bộ hợp tác xã, tổ hợp tác", bold=True,
         center=True)
    para(doc, "Thực hiện Công văn số 412/LMHTX-KH ngày 22/8/2025 của Liên minh Hợp tác xã tỉnh Phú Thọ về đặt hàng "
              "đào tạo, Trung tâm Ngoại ngữ - Tin học xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã có lớp;",
                          "- Các tổ, phòng thuộc TT;", "- Lưu: VT, PĐT."],
                    ["GIÁM ĐỐC", "", "", "", "Đỗ Thị Minh Hằng"])
    return saved(doc, author="Phòng Đào tạo", editor="Trung tâm NN-TH Phú Thọ",
                 title="Kế hoạch 36/KH-TTNNTH", created=datetime(2025, 9, 3, 14, 10, 0),
                 modified=datetime(2025, 9, 8, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
