"""Write a_nghe-an_57-KH-BHTG.BTB-2026_bao-hiem-tien-gui-quy-tin-dung-nhan-dan.docx, the hundred-and-fourth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen104/make_docx.py [OUT]

A deposit-insurance branch's plan in Word (April 2026): the regional branch of Bảo hiểm tiền gửi Việt Nam plans its
work with the people's credit funds (quỹ tín dụng nhân dân, credit cooperatives) of its provinces: I. purposes, II.
its own rooms' work as lettered items under numbered subject headings, each item opening with the room, III. requests
to other bodies, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_nghe-an_57-KH-BHTG.BTB-2026_bao-hiem-tien-gui-quy-tin-dung-nhan-dan.docx"

# (text, style): "h" a bold heading, "s" an italic subject heading, "p" a paragraph
BODY = [
    ("Căn cứ Chương trình công tác năm 2026 của Bảo hiểm tiền gửi Việt Nam; xét tình hình hoạt động của 41 quỹ tín "
     "dụng nhân dân (QTDND) trên địa bàn 03 tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh, Chi nhánh xây dựng Kế hoạch công tác "
     "đối với các QTDND năm 2026 như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giám sát chặt chẽ việc tham gia bảo hiểm tiền gửi của các QTDND là tổ chức tín dụng hợp tác xã; phát hiện sớm "
     "quỹ có dấu hiệu rủi ro thanh khoản.", "p"),
    ("- Nâng cao hiểu biết của thành viên, người gửi tiền ở nông thôn về chính sách bảo hiểm tiền gửi.", "p"),
    ("II. NHIỆM VỤ CỦA CÁC PHÒNG", "h"),
    ("1. Công tác giám sát, kiểm tra", "s"),
    ("a) Phòng Giám sát và Kiểm tra rà soát báo cáo số dư tiền gửi được bảo hiểm của 41 QTDND theo quý, lập danh sách "
     "quỹ có tỷ lệ nợ xấu trên 3%; hoàn thành trong 15 ngày đầu mỗi quý.", "p"),
    ("b) Phòng Giám sát và Kiểm tra chủ trì, phối hợp Phòng Nghiệp vụ kiểm tra trực tiếp việc chấp hành quy định về "
     "bảo hiểm tiền gửi tại 12 QTDND, ưu tiên các quỹ ở Hà Tĩnh cũ chưa được kiểm tra từ năm 2023; thực hiện trong "
     "quý II và quý III/2026.", "p"),
    ("c) Phòng Giám sát và Kiểm tra tổng hợp kết quả kiểm tra, báo cáo Tổng Giám đốc trước ngày 15/10/2026.", "p"),
    ("2. Công tác nghiệp vụ, chi trả", "s"),
    ("a) Phòng Nghiệp vụ thu phí bảo hiểm tiền gửi, đối chiếu số phí phải nộp của từng QTDND, thường xuyên.", "p"),
    ("b) Phòng Nghiệp vụ xây dựng phương án chi trả dự phòng cho 03 quỹ được xếp loại yếu; xong trước 30/6/2026.", "p"),
    ("3. Công tác truyền thông", "s"),
    ("a) Phòng Hành chính - Tổng hợp phối hợp Báo và Phát thanh, Truyền hình Nghệ An thực hiện 06 chuyên mục về bảo "
     "hiểm tiền gửi cho người dân nông thôn, phát từ tháng 5 đến tháng 10/2026.", "p"),
    ("b) Phòng Hành chính - Tổng hợp in, cấp phát tờ rơi và biển niêm yết cho các điểm giao dịch của QTDND trong "
     "tháng 5/2026.", "p"),
    ("III. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Đề nghị Ngân hàng Nhà nước Chi nhánh Khu vực 8 chia sẻ kết quả thanh tra các QTDND trên địa bàn cho Chi "
     "nhánh ngay sau khi kết thúc mỗi đợt thanh tra.", "p"),
    ("2. Các QTDND niêm yết công khai chứng nhận tham gia bảo hiểm tiền gửi tại trụ sở và điểm giao dịch, gửi hình "
     "ảnh niêm yết về Chi nhánh trước ngày 31/5/2026.", "p"),
    ("Trên đây là Kế hoạch công tác đối với các QTDND năm 2026 của Chi nhánh Bắc Trung Bộ./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["BẢO HIỂM TIỀN GỬI VIỆT NAM", "CHI NHÁNH BẮC TRUNG BỘ"], "Số: 57/KH-BHTG.BTB",
                 "Nghệ An, ngày 08 tháng 4 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Công tác bảo hiểm tiền gửi đối với các quỹ tín dụng nhân dân năm 2026", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- Tổng Giám đốc BHTGVN (b/c);", "- NHNN Chi nhánh KV8;",
                          "- Các QTDND trên địa bàn;", "- Các phòng thuộc Chi nhánh;", "- Lưu: VT, HCTH."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Đình Quảng"])
    return saved(doc, author="Phòng HCTH", editor="Văn thư Chi nhánh BTB",
                 title="Kế hoạch 57/KH-BHTG.BTB", created=datetime(2026, 4, 2, 9, 10, 0),
                 modified=datetime(2026, 4, 8, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
