"""Write a_phu-tho_17-KH-HHC-2026_hiep-hoi-che-htx-vu-chuan-xuan.docx, the seventy-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen76/make_docx.py [OUT]

A provincial tea association's plan (January 2026, after Phú Thọ, Vĩnh Phúc and Hòa Bình were merged) for its
member cooperatives and cooperative groups over the spring tea crop: I. purposes, II. three headings by the crop's
stages ("Trước vụ", "Trong vụ chè xuân", "Sau vụ chè xuân"), the first with its own closing date in brackets, each
over lettered items opening with the association's unit or a class of members; III. one request to the Liên minh;
the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_phu-tho_17-KH-HHC-2026_hiep-hoi-che-htx-vu-chuan-xuan.docx"

# (text, style): "h" a bold heading, "s" a bold-italic stage heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("Giúp các hợp tác xã, tổ hợp tác chè là hội viên của Hiệp hội chuẩn bị tốt vụ chè xuân 2026: nương chè được "
     "đốn, bón đúng kỹ thuật, búp chè an toàn, bán được giá; mỗi việc có bộ phận của Hiệp hội đứng ra lo.", "p"),
    ("II. CÁC VIỆC CẦN LÀM THEO THỜI VỤ", "h"),
    ("1. Trước vụ (xong trước 28/02/2026)", "s"),
    ("a) Ban Kỹ thuật phối hợp với Trung tâm Khuyến nông tỉnh mở 06 lớp hướng dẫn đốn chè, bón phân hữu cơ vi sinh "
     "cho thành viên hợp tác xã ở các xã vùng chè Thanh Ba, Phú Hộ, Tân Sơn.", "p"),
    ("b) Văn phòng Hiệp hội lập danh sách hợp tác xã, tổ hợp tác cần vay vốn mua máy hái, máy vò, máy sao chè, gửi "
     "Quỹ Hỗ trợ phát triển HTX tỉnh và NHCSXH tỉnh trước ngày 15/02/2026.", "p"),
    ("c) Chi hội Chè Thanh Ba, Chi hội Chè Phú Hộ đo đếm lại diện tích chè giống cũ, năng suất thấp của từng hợp tác "
     "xã để đăng ký cây giống trồng thay.", "p"),
    ("2. Trong vụ chè xuân", "s"),
    ("a) Ban Kỹ thuật cùng Chi cục Trồng trọt và Bảo vệ thực vật (Sở NN&MT) đi kiểm tra việc phun thuốc, thời gian "
     "cách ly ở các vùng chè VietGAP của hợp tác xã, mỗi tháng một lần cho đến khi hết vụ.", "p"),
    ("b) Ban Thị trường đưa chè xuân của 10 hợp tác xã đi dự Tuần lễ chè và sản phẩm OCOP tổ chức tại Việt Trì "
     "vào tháng 4/2026.", "p"),
    ("c) Các hợp tác xã hội viên ghi nhật ký sản xuất hằng ngày, lấy mẫu chè búp khô gửi kiểm nghiệm dư lượng trước "
     "khi giao hàng cho doanh nghiệp xuất khẩu.", "p"),
    ("3. Sau vụ chè xuân", "s"),
    ("a) Ban Thị trường tổ chức buổi gặp mặt giữa các hợp tác xã chè với doanh nghiệp chế biến, xuất khẩu để bàn "
     "hợp đồng vụ hè thu, dự kiến trong tháng 6/2026.", "p"),
    ("b) Văn phòng Hiệp hội tổng hợp sản lượng, giá bán chè xuân của từng hợp tác xã, báo cáo Ban Thường vụ Hiệp "
     "hội và Sở Nông nghiệp và Môi trường chậm nhất ngày 20/6/2026.", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Hiệp hội đề nghị Liên minh Hợp tác xã tỉnh giúp các hợp tác xã chè lập phương án kinh doanh, chuẩn bị hồ "
     "sơ vay vốn trong năm 2026.", "p"),
    ("Các ban, chi hội có khó khăn thì báo ngay về Văn phòng Hiệp hội (điện thoại 0210.3xxx.456) để Thường trực "
     "Hiệp hội giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["HIỆP HỘI CHÈ VIỆT NAM", "HIỆP HỘI CHÈ TỈNH PHÚ THỌ"], "Số: 17/KH-HHC",
                 "Phú Thọ, ngày 05 tháng 01 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác chè chuẩn bị và thu hoạch vụ chè xuân năm 2026", bold=True, center=True)
    para(doc, "Vụ chè xuân là vụ cho sản lượng và giá bán cao nhất trong năm. Ban Thường vụ Hiệp hội Chè tỉnh thống "
              "nhất hỗ trợ hội viên là các HTX, THT chè với các nội dung dưới đây:")
    for text, style in BODY:
        if style == "s":
            para(doc, text, bold=True, italic=True)
        else:
            para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hiệp hội Chè Việt Nam (b/c);", "- Sở NN&MT, Liên minh HTX tỉnh;",
                          "- TT Khuyến nông tỉnh;", "- Các ban, chi hội;", "- Các HTX, THT hội viên;", "- Lưu VP."],
                    ["TM. HIỆP HỘI", "CHỦ TỊCH", "", "", "", "Đinh Văn Khải"])
    return saved(doc, author="Văn phòng Hiệp hội", editor="Văn phòng Hiệp hội",
                 title="Kế hoạch 17/KH-HHC", created=datetime(2026, 1, 2, 9, 10, 0),
                 modified=datetime(2026, 1, 5, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
