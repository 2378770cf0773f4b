"""Write a_quang-tri_63-KH-TTGDNNGDTX-2025_lop-nghe-thanh-vien-htx.docx, the hundred-and-forty-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen144/make_docx.py [OUT]

A Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên's plan (August 2025) for short vocational courses for members
of cooperatives: I. purposes, II. numbered work items, EACH FOLLOWED BY LABELLED LINES "Đơn vị thực hiện: …",
"Đơn vị phối hợp: …" (sometimes "Không") and "Thời gian: …" / "Thời gian hoàn thành: …"; III. funding; the closing
sentence; the signature beside "Nơi nhận". No table in the body. Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_quang-tri_63-KH-TTGDNNGDTX-2025_lop-nghe-thanh-vien-htx.docx"

# "h" a heading, "p" a paragraph, "l" a labelled line under a work item
BODY = [
    ("Thực hiện Đề án đào tạo nghề cho lao động nông thôn giai đoạn 2025 - 2030 của tỉnh và chỉ đạo của Sở Giáo dục "
     "và Đào tạo về việc gắn đào tạo nghề với nhu cầu của hợp tác xã, Trung tâm xây dựng Kế hoạch như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Nâng cao tay nghề cho thành viên, người lao động của các hợp tác xã, tổ hợp tác trồng hồ tiêu và nuôi tôm "
     "ven biển; giúp bộ máy quản lý hợp tác xã ghi chép sổ sách đúng chế độ.", "p"),
    ("- Học viên học tại nơi sản xuất, thời gian học linh hoạt theo mùa vụ; ít nhất 80% học viên có việc làm sau "
     "khóa học.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Khảo sát nhu cầu học nghề của thành viên các hợp tác xã, tổ hợp tác trồng hồ tiêu, nuôi tôm trên địa bàn các "
     "xã Gio Linh, Cửa Tùng, Cồn Tiên.", "p"),
    ("Đơn vị thực hiện: Phòng Đào tạo - Tuyển sinh", "l"),
    ("Đơn vị phối hợp: UBND xã Gio Linh, UBND xã Cửa Tùng, UBND xã Cồn Tiên", "l"),
    ("Thời gian: trước 30/8", "l"),
    ("2. Biên soạn chương trình, giáo trình trình độ sơ cấp \"Trồng hồ tiêu theo hướng hữu cơ\" và giáo trình bồi "
     "dưỡng \"Ghi chép sổ sách kế toán hợp tác xã\".", "p"),
    ("Đơn vị thực hiện: Tổ Chuyên môn nghề", "l"),
    ("Đơn vị phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật", "l"),
    ("Thời gian hoàn thành: tháng 9/2025", "l"),
    ("3. Mở 02 lớp trồng hồ tiêu theo hướng hữu cơ tại hợp tác xã Nông nghiệp Gio An, mỗi lớp 35 học viên, học "
     "buổi chiều tại vườn.", "p"),
    ("Đơn vị thực hiện: Tổ Chuyên môn nghề", "l"),
    ("Đơn vị phối hợp: HTX Nông nghiệp Gio An", "l"),
    ("Thời gian: từ 15/9 đến 15/11/2025", "l"),
    ("4. Mở 01 lớp nuôi tôm thẻ chân trắng an toàn sinh học cho tổ hợp tác nuôi tôm Cửa Tùng và các hộ nuôi lân "
     "cận.", "p"),
    ("Đơn vị thực hiện: Tổ Chuyên môn nghề", "l"),
    ("Đơn vị phối hợp: Trung tâm Khuyến nông Quảng Trị; THT nuôi tôm Cửa Tùng", "l"),
    ("Thời gian: quý IV/2025", "l"),
    ("5. Mở 01 lớp bồi dưỡng ghi chép sổ sách, kế toán đơn giản cho kế toán, thành viên ban kiểm soát của 18 hợp "
     "tác xã.", "p"),
    ("Đơn vị thực hiện: Tổ Giáo dục thường xuyên", "l"),
    ("Đơn vị phối hợp: Liên minh Hợp tác xã tỉnh", "l"),
    ("Thời gian: tháng 10 - 11/2025", "l"),
    ("6. Mua vật tư thực hành, in tài liệu, chi tiền ăn và đi lại cho học viên theo quy định.", "p"),
    ("Đơn vị thực hiện: Phòng Hành chính - Tổng hợp", "l"),
    ("Đơn vị phối hợp: Không", "l"),
    ("Thời gian: theo tiến độ từng lớp", "l"),
    ("7. Kiểm tra, thi kết thúc khóa học; cấp chứng chỉ sơ cấp, giấy chứng nhận cho học viên đạt yêu cầu.", "p"),
    ("Đơn vị thực hiện: Phòng Đào tạo - Tuyển sinh", "l"),
    ("Thời gian: chậm nhất 15 ngày sau khi kết thúc mỗi lớp", "l"),
    ("8. Theo dõi việc làm của học viên sau học nghề, giới thiệu học viên vào làm thành viên hoặc ký hợp đồng lao "
     "động với hợp tác xã.", "p"),
    ("Đơn vị thực hiện: Phòng Đào tạo - Tuyển sinh", "l"),
    ("Đơn vị phối hợp: HTX Nông nghiệp Gio An, THT nuôi tôm Cửa Tùng", "l"),
    ("Thời gian: tháng 5/2026", "l"),
    ("9. Tổng hợp kết quả, báo cáo Sở Giáo dục và Đào tạo.", "p"),
    ("Đơn vị thực hiện: Phòng Hành chính - Tổng hợp", "l"),
    ("Thời gian hoàn thành: trước 15/12/2025", "l"),
    ("III. KINH PHÍ", "h"),
    ("Nguồn kinh phí đào tạo nghề cho lao động nông thôn năm 2025 đã được giao cho Trung tâm; học viên không phải "
     "đóng học phí.", "p"),
    ("Trên đây là Kế hoạch mở lớp nghề cho thành viên hợp tác xã năm 2025 của Trung tâm. Các phòng, tổ căn cứ nhiệm "
     "vụ được phân công để thực hiện./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ",
                       "TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN KHU VỰC GIO LINH"],
                 "Số: 63/KH-TTGDNN-GDTX", "Gio Linh, ngày 14 tháng 8 năm 2025", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mở lớp đào tạo nghề cho thành viên hợp tác xã, tổ hợp tác năm 2025", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "l")
    signature_table(doc, ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Liên minh HTX tỉnh;",
                          "- UBND các xã Gio Linh, Cửa Tùng, Cồn Tiên;", "- Các phòng, tổ (t/h);", "- Lưu: VT."],
                    ["GIÁM ĐỐC", "", "", "", "Lê Quang Thạch"])
    return saved(doc, author="Phòng Đào tạo - Tuyển sinh", editor="Văn thư Trung tâm",
                 title="Kế hoạch 63/KH-TTGDNN-GDTX", created=datetime(2025, 8, 11, 8, 20, 0),
                 modified=datetime(2025, 8, 14, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
