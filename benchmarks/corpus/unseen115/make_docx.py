"""Write a_dong-nai_14-KH-HTTDN-2025_hoi-trang-trai-lien-ket-htx.docx, the hundred-and-fifteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen115/make_docx.py [OUT]

A provincial farm owners' association's plan (August 2025, after Đồng Nai and Bình Phước were merged): I. purposes,
II. nine numbered paragraphs, each first saying the work and then, in the same paragraph, who does it ("Giao X chủ
trì, phối hợp …", "X chủ trì; Y phối hợp; …", "X làm đầu mối, cùng Y thực hiện; …") and when; III. funding and the
closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_dong-nai_14-KH-HTTDN-2025_hoi-trang-trai-lien-ket-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Vận động hội viên là chủ trang trại chuyển từ làm ăn riêng lẻ sang liên kết trong tổ hợp tác, hợp tác xã; "
     "phấn đấu đến cuối năm 2026 có thêm 06 hợp tác xã do chủ trang trại làm nòng cốt.", "p"),
    ("- Các ban của Hội chủ động thực hiện phần việc được giao, báo cáo kết quả về Văn phòng Hội.", "p"),
    ("II. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG", "h"),
    ("1. Khảo sát, lập danh sách chủ trang trại nuôi heo, gà và trồng sầu riêng, điều có nhu cầu liên kết sản xuất. "
     "Giao Văn phòng Hội chủ trì, phối hợp với các Chi hội trang trại xã thực hiện; hoàn thành trong tháng 10/2025.",
     "p"),
    ("2. Tổ chức 03 hội nghị vận động chủ trang trại góp vốn, tham gia tổ hợp tác, hợp tác xã tại khu vực Long Khánh, "
     "Định Quán và Đồng Xoài. Ban Phát triển hội viên chủ trì; Liên minh Hợp tác xã tỉnh phối hợp; quý IV/2025.", "p"),
    ("3. Tư vấn xây dựng điều lệ, phương án sản xuất kinh doanh và hồ sơ đăng ký cho 06 hợp tác xã do chủ trang trại "
     "làm nòng cốt. Giao Ban Tư vấn pháp lý - kỹ thuật chủ trì, phối hợp Sở Tài chính, UBND các xã nơi hợp tác xã "
     "đặt trụ sở; thực hiện trong năm 2026.", "p"),
    ("4. Kết nối doanh nghiệp hội viên ký hợp đồng bao tiêu sầu riêng, hạt điều, heo thịt với các hợp tác xã mới "
     "thành lập. Câu lạc bộ Doanh nghiệp nông nghiệp (trực thuộc Hội) làm đầu mối, cùng Sở Công Thương thực hiện; từ "
     "tháng 3 đến tháng 6/2026.", "p"),
    ("5. Giới thiệu chủ trang trại, hợp tác xã vay vốn theo chương trình tín dụng nông nghiệp công nghệ cao. Văn "
     "phòng Hội chủ trì, phối hợp Agribank Chi nhánh Đồng Nai; thường xuyên.", "p"),
    ("6. Mở 02 lớp tập huấn quản trị hợp tác xã, kế toán và truy xuất nguồn gốc cho chủ trang trại đã vào hợp tác "
     "xã. Giao Ban Tư vấn pháp lý - kỹ thuật chủ trì, phối hợp với Trường Cao đẳng Kỹ thuật Đồng Nai; lớp 1 trong "
     "tháng 4/2026, lớp 2 trong tháng 9/2026.", "p"),
    ("7. Xây dựng 02 mô hình hợp tác xã chăn nuôi an toàn sinh học khép kín, chủ trang trại góp đất, góp chuồng "
     "trại. Ban Phát triển hội viên chủ trì, phối hợp Chi cục Chăn nuôi và Thú y (Sở NN&MT); quý II - quý III/2026.",
     "p"),
    ("8. Đưa tin về chủ trang trại, hợp tác xã tiêu biểu lên trang thông tin điện tử và Zalo OA của Hội. Văn phòng "
     "Hội thực hiện hằng tháng.", "p"),
    ("9. Sơ kết một năm thực hiện Kế hoạch, đề xuất khen thưởng chủ trang trại, hợp tác xã tiêu biểu. Văn phòng Hội "
     "tham mưu Ban Thường vụ tổ chức trước ngày 15/9/2026.", "p"),
    ("III. KINH PHÍ", "h"),
    ("Kinh phí thực hiện từ nguồn hội phí, tài trợ của doanh nghiệp hội viên và lồng ghép các chương trình hỗ trợ của "
     "tỉnh (nếu có).", "p"),
    ("Trên đây là Kế hoạch của Ban Thường vụ Hội về liên kết chủ trang trại tham gia tổ hợp tác, hợp tác xã giai "
     "đoạn 2025 - 2026./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI TRANG TRẠI VÀ DOANH NGHIỆP", "NÔNG NGHIỆP TỈNH ĐỒNG NAI", "BAN THƯỜNG VỤ"],
                 "Số: 14/KH-HTTDN", "Đồng Nai, ngày 18 tháng 8 năm 2025", issuer_bold=(0, 1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết chủ trang trại tham gia tổ hợp tác, hợp tác xã giai đoạn 2025 - 2026", bold=True, center=True)
    para(doc, "Sau khi hai tỉnh Đồng Nai và Bình Phước hợp nhất, số hội viên là chủ trang trại của Hội tăng lên gần "
              "gấp đôi, phần lớn sản xuất riêng lẻ, khó tìm đầu ra ổn định. Ban Thường vụ Hội xây dựng Kế hoạch như "
              "sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX tỉnh;", "- Sở Tài chính, Sở NN&MT;", "- Ủy viên BTV Hội;",
                          "- Các ban, CLB, Văn phòng Hội;", "- Chi hội trang trại các xã;", "- Lưu: VP."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Lê Văn Thạnh"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội",
                 title="Kế hoạch 14/KH-HTTDN", created=datetime(2025, 8, 11, 9, 0, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
