"""Write a_son-la_412-KH-TDSL-2025_thuy-dien-htx-ho-tai-dinh-cu.docx, the hundred-and-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen106/make_docx.py [OUT]

A HYDROPOWER COMPANY's plan (Kế hoạch of a Công ty Thủy điện under the Tập đoàn Điện lực Việt Nam, August 2025) for
helping the cooperatives and cooperative groups of households resettled around its reservoir: the header of a state
company, I. purposes, II. eight numbered items of work, each followed by one "-" line "Chủ trì: …; phối hợp: …; thời
gian: …" (the last three written differently), III. two paragraphs on funding and reports, the signature beside
"Nơi nhận".

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
OUT = HERE / "a_son-la_412-KH-TDSL-2025_thuy-dien-htx-ho-tai-dinh-cu.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "w" an item of work (bold number), "l" its line of who and when
BODY = [
    ("Thực hiện chương trình phối hợp giữa Công ty và chính quyền các xã vùng lòng hồ về ổn định đời sống người dân "
     "tái định cư, Công ty Thủy điện Sơn La xây dựng Kế hoạch hỗ trợ các hợp tác xã, tổ hợp tác của hộ tái định cư "
     "giai đoạn từ nay đến hết năm 2026 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Góp phần giúp các hợp tác xã, tổ hợp tác do hộ tái định cư thành lập có việc làm ổn định, sử dụng mặt nước lòng "
     "hồ an toàn; gắn hoạt động sản xuất điện của Công ty với trách nhiệm xã hội tại địa phương.", "p"),
    ("II. NỘI DUNG CÔNG VIỆC", "h"),
    ("1. Khảo sát nhu cầu hỗ trợ của 9 hợp tác xã và 4 tổ hợp tác của hộ tái định cư ven lòng hồ (nuôi cá lồng, "
     "trồng cây ăn quả, dịch vụ đò ngang).", "w"),
    ("- Chủ trì: Phòng Tổng hợp; phối hợp: UBND các xã vùng lòng hồ; thời gian: tháng 9/2025.", "l"),
    ("2. Thông báo kịp thời mực nước hồ, lịch vận hành xả lũ cho các hợp tác xã nuôi cá lồng qua nhóm Zalo và loa "
     "truyền thanh của xã.", "w"),
    ("- Chủ trì: Phân xưởng Vận hành; phối hợp: Phòng Kỹ thuật; thời gian: thường xuyên trong mùa lũ.", "l"),
    ("3. Ưu tiên mua rau, thịt, cá của hợp tác xã cho bếp ăn ca của Công ty theo hợp đồng hằng quý.", "w"),
    ("- Chủ trì: Công đoàn Công ty; phối hợp: Phòng Tổng hợp; thời gian: bắt đầu từ quý IV/2025.", "l"),
    ("4. Hỗ trợ kinh phí xây dựng 01 nhà sơ chế, kho lạnh nhỏ cho Hợp tác xã Thủy sản Lòng Hồ xã Mường La.", "w"),
    ("- Chủ trì: Phòng Tài chính - Kế toán; phối hợp: Phòng Kế hoạch và Vật tư, UBND xã Mường La; thời gian: trước "
     "31/12/2025.", "l"),
    ("5. Tập huấn an toàn khi hoạt động trên mặt nước lòng hồ, gần cửa xả và đập tràn cho thành viên các hợp tác xã.",
     "w"),
    ("- Chủ trì: Phòng An toàn; phối hợp: Công an xã Mường La; thời gian: quý IV/2025.", "l"),
    ("6. Ký hợp đồng thuê hợp tác xã dịch vụ của hộ tái định cư làm vệ sinh công nghiệp, chăm sóc cây xanh khu "
     "vực nhà máy.", "w"),
    ("- Phòng Kế hoạch và Vật tư thực hiện, năm 2026.", "l"),
    ("7. Hướng dẫn hợp tác xã lập hồ sơ vay vốn Quỹ hỗ trợ phát triển hợp tác xã để mở rộng lồng nuôi.", "w"),
    ("- Đề nghị Liên minh Hợp tác xã tỉnh Sơn La chủ trì, Phòng Tổng hợp cung cấp danh sách; thời gian: quý I/2026.",
     "l"),
    ("8. Tổ chức gặp mặt, đối thoại với đại diện các hợp tác xã, tổ hợp tác tái định cư.", "w"),
    ("- Ban Giám đốc chủ trì, Công đoàn Công ty phối hợp, tổ chức mỗi năm một lần vào dịp cuối năm.", "l"),
    ("III. KINH PHÍ VÀ BÁO CÁO", "h"),
    ("Kinh phí thực hiện lấy từ nguồn an sinh xã hội và quỹ phúc lợi của Công ty theo quy chế tài chính.", "p"),
    ("Phòng Tổng hợp theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Giám đốc Công ty trước ngày "
     "15/01/2026.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TẬP ĐOÀN ĐIỆN LỰC VIỆT NAM", "CÔNG TY THỦY ĐIỆN SƠN LA"], "Số: 412/KH-TĐSL",
                 "Sơn La, ngày 18 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác của hộ tái định cư vùng lòng hồ thủy điện", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Giám đốc;", "- UBND các xã vùng lòng hồ;", "- LMHTX tỉnh Sơn La;",
                          "- Các phòng, phân xưởng;", "- Công đoàn Công ty;", "- Lưu: VT, TH."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lường Văn Khiêm"])
    return saved(doc, author="Phòng Tổng hợp", editor="Văn thư Công ty", title="Kế hoạch 412/KH-TĐSL",
                 created=datetime(2025, 8, 12, 9, 10, 0), modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
