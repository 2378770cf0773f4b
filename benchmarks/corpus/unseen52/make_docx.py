"""Write a_thanh-hoa_58-KH-CNTY-2026_chi-cuc-thu-y-tiem-phong-qua-htx-theo-dot.docx, the fifty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen52/make_docx.py [OUT]

A provincial livestock and veterinary sub-department's plan (March 2026) for vaccinating herds through the livestock
cooperatives: I. purposes, II. scope, III. the work by vaccination campaign (a numbered heading carrying the campaign's
dates over lettered items that open with their doer), IV. numbered paragraphs; the signature beside "Nơi nhận". Every
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
OUT = HERE / "a_thanh-hoa_58-KH-CNTY-2026_chi-cuc-thu-y-tiem-phong-qua-htx-theo-dot.docx"

BODY = [
    ("Thực hiện Kế hoạch phòng, chống dịch bệnh động vật năm 2026 của Sở Nông nghiệp và Môi trường, Chi cục Chăn nuôi "
     "và Thú y xây dựng Kế hoạch tổ chức tiêm phòng cho đàn vật nuôi thông qua các hợp tác xã chăn nuôi như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Lấy hợp tác xã làm đầu mối tập hợp hộ thành viên, đưa tỷ lệ tiêm phòng đàn trâu, bò, lợn của thành viên hợp tác xã "
     "đạt trên 90% tổng đàn trong diện tiêm; không để dịch lở mồm long móng, tụ huyết trùng phát sinh tại vùng nuôi tập "
     "trung.", "p"),
    ("II. PHẠM VI", "h"),
    ("46 hợp tác xã và 23 tổ hợp tác chăn nuôi ở các xã miền núi, trung du; khoảng 31.000 con trâu, bò và 85.000 con lợn "
     "của hộ thành viên.", "p"),
    ("III. NỘI DUNG TRIỂN KHAI THEO ĐỢT", "h"),
    ("1. Đợt I - vụ Xuân Hè (từ ngày 01/4 đến ngày 15/5/2026)", "h"),
    ("a) Phòng Dịch tễ thú y phân bổ vắc xin lở mồm long móng, tụ huyết trùng trâu bò cho từng Trạm theo số con hợp "
     "tác xã đăng ký; phối hợp UBND các xã có hợp tác xã chăn nuôi.", "p"),
    ("b) Các Trạm Chăn nuôi và Thú y khu vực tổ chức tiêm tại chuồng trại của hợp tác xã, ghi sổ theo dõi tiêm phòng "
     "đến từng hộ thành viên.", "p"),
    ("c) Ban quản trị các hợp tác xã chăn nuôi lập danh sách hộ, số con cần tiêm, bố trí người giữ gia súc; gửi danh "
     "sách về Trạm trước ngày 25/3/2026.", "p"),
    ("2. Đợt II - vụ Thu Đông (từ ngày 15/9 đến ngày 31/10/2026)", "h"),
    ("a) Phòng Dịch tễ thú y tổng hợp kết quả Đợt I, điều chỉnh nhu cầu vắc xin, trình Lãnh đạo Chi cục trước ngày "
     "31/8/2026.", "p"),
    ("b) Các Trạm Chăn nuôi và Thú y khu vực tiêm nhắc lại, lấy mẫu kiểm tra kháng thể sau tiêm tại 5% số hợp tác xã; "
     "phối hợp Trạm Chẩn đoán xét nghiệm bệnh động vật.", "p"),
    ("c) Liên minh Hợp tác xã tỉnh vận động các hợp tác xã chưa tham gia Đợt I đăng ký tiêm.", "p"),
    ("3. Tiêm bổ sung", "h"),
    ("Các Trạm Chăn nuôi và Thú y khu vực tiêm bổ sung hằng tháng cho gia súc mới sinh, mới nhập đàn của hợp tác xã.",
     "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp hoàn tất thủ tục tiếp nhận vắc xin, vật tư Đợt I trước ngày 28/3/2026.", "p"),
    ("2. Đề nghị UBND các xã có hợp tác xã chăn nuôi thông báo lịch tiêm đến từng thôn, bản ít nhất 03 ngày trước mỗi "
     "đợt.", "p"),
    ("3. Phòng Dịch tễ thú y báo cáo kết quả mỗi đợt về Sở Nông nghiệp và Môi trường trong 10 ngày sau khi kết thúc "
     "đợt./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "TỈNH THANH HÓA", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"],
                 "Số: 58/KH-CNTY", "Thanh Hóa, ngày 12 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tiêm phòng vắc xin cho đàn vật nuôi thông qua các hợp tác xã chăn nuôi năm 2026", bold=True,
         center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- LMHTX tỉnh (p/h);", "- UBND các xã có HTX chăn nuôi;",
                          "- Các Trạm CN&TY khu vực;", "- Lưu: VT, DT."],
                    ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Lê Văn Thắm"])
    return saved(doc, author="Phòng Dịch tễ thú y", editor="Văn thư Chi cục",
                 title="Kế hoạch 58/KH-CNTY", created=datetime(2026, 3, 9, 8, 30, 0),
                 modified=datetime(2026, 3, 12, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
