"""Write a_ninh-binh_41-KH-THADS-2026_thi-hanh-an-htx-ngoac-don-vi-thuc-hien.docx, the eighty-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen89/make_docx.py [OUT]

A provincial civil-judgment enforcement office's plan in Word (January 2026; the office under the Ministry of Finance
since 2025): I. purposes, II. eight numbered tasks in prose, each closing with ONE BRACKET naming who does it, who helps
and by when ("(Đơn vị thực hiện: …; phối hợp: …; thời hạn: …)"), one of them "Đề nghị …" with its own bracket; III. two
short paragraphs; the signature beside "Nơi nhận". No table. Every paragraph is a plain paragraph with its number typed.

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
OUT = HERE / "a_ninh-binh_41-KH-THADS-2026_thi-hanh-an-htx-ngoac-don-vi-thuc-hien.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Giải quyết dứt điểm các việc thi hành án dân sự mà hợp tác xã, tổ hợp tác là người phải thi hành án hoặc người "
     "được thi hành án, nhất là các hợp tác xã đã ngừng hoạt động, đang làm thủ tục giải thể sau sắp xếp đơn vị hành "
     "chính; không để phát sinh khiếu nại kéo dài.", "p"),
    ("II. NHIỆM VỤ CỤ THỂ", "h"),
    ("1. Rà soát toàn bộ việc thi hành án có đương sự là hợp tác xã, tổ hợp tác đang thụ lý và chưa có điều kiện thi "
     "hành; lập danh sách theo từng xã, phường, ghi rõ tài sản, nghĩa vụ còn phải thi hành (Đơn vị thực hiện: Phòng "
     "Nghiệp vụ và Tổ chức thi hành án; phối hợp: các Phòng Thi hành án dân sự khu vực; thời hạn: trước ngày "
     "28/02/2026).", "p"),
    ("2. Xác minh lại điều kiện thi hành án của 27 hợp tác xã đã ngừng hoạt động từ hai năm trở lên, làm rõ tài sản "
     "chung, vốn góp còn lại và người quản lý tài sản (Đơn vị thực hiện: các Phòng Thi hành án dân sự khu vực; phối "
     "hợp: UBND xã, phường nơi hợp tác xã đặt trụ sở; thời hạn: quý I/2026).", "p"),
    ("3. Đối chiếu danh sách hợp tác xã đã giải thể, bị thu hồi giấy chứng nhận đăng ký với danh sách việc thi hành án "
     "để đề xuất đình chỉ hoặc trả đơn yêu cầu theo quy định (Đơn vị thực hiện: Phòng Nghiệp vụ và Tổ chức thi hành "
     "án; phối hợp: Sở Tài chính; thời hạn: trong tháng 3/2026).", "p"),
    ("4. Tổ chức thi hành dứt điểm 14 việc thu hồi nợ vay của các hợp tác xã dịch vụ nông nghiệp vùng ven biển Kim "
     "Sơn cũ, ưu tiên thỏa thuận thi hành án, chỉ cưỡng chế khi đương sự không tự nguyện (Đơn vị thực hiện: Phòng "
     "Thi hành án dân sự khu vực 3; phối hợp: Ngân hàng Chính sách xã hội chi nhánh tỉnh Ninh Bình; thời hạn: xong "
     "trước 30/6/2026).", "p"),
    ("5. Đề nghị Liên minh Hợp tác xã tỉnh tuyên truyền, vận động các hợp tác xã thành viên tự nguyện thi hành các "
     "nghĩa vụ theo bản án, quyết định đã có hiệu lực; giới thiệu luật sư, tư vấn viên hỗ trợ hợp tác xã khi thỏa "
     "thuận thi hành án (thời hạn: quý II/2026).", "p"),
    ("6. Kiểm tra việc tổ chức thi hành các việc có đương sự là hợp tác xã tại ba Phòng Thi hành án dân sự khu vực, "
     "chấn chỉnh sai sót về thủ tục xác minh, kê biên (Đơn vị thực hiện: Phòng Kiểm tra và Giải quyết khiếu nại, tố "
     "cáo; thời hạn: tháng 9/2026).", "p"),
    ("7. Bảo đảm kinh phí cưỡng chế, thẩm định giá và bán đấu giá tài sản của hợp tác xã theo đề nghị của Chấp hành "
     "viên (Đơn vị thực hiện: Văn phòng; thời hạn: thường xuyên).", "p"),
    ("8. Đề nghị UBND các xã, phường nơi có hợp tác xã phải thi hành án cử công chức địa chính, công an xã tham gia "
     "xác minh, kê biên và bảo vệ cưỡng chế (thời hạn: khi Chấp hành viên có văn bản đề nghị).", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Nghiệp vụ và Tổ chức thi hành án là đầu mối theo dõi Kế hoạch; tổng hợp kết quả, tham mưu báo cáo Cục Quản "
     "lý thi hành án dân sự (Bộ Tài chính) trước ngày 10/11/2026.", "p"),
    ("Trong quá trình thực hiện có vướng mắc, các đơn vị kịp thời báo cáo Lãnh đạo Thi hành án dân sự tỉnh để chỉ "
     "đạo giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["BỘ TÀI CHÍNH", "THI HÀNH ÁN DÂN SỰ TỈNH NINH BÌNH"], "Số: 41/KH-THADS",
                 "Ninh Bình, ngày 16 tháng 01 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giải quyết các việc thi hành án dân sự liên quan đến hợp tác xã, tổ hợp tác năm 2026", bold=True,
         center=True)
    para(doc, "Thực hiện chỉ tiêu, nhiệm vụ thi hành án dân sự năm 2026 được Bộ Tài chính giao, Thi hành án dân sự "
              "tỉnh Ninh Bình xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Cục QLTHADS (để b/c);", "- UBND tỉnh (để b/c);",
                          "- Sở Tài chính, LMHTX tỉnh;", "- NHCSXH chi nhánh tỉnh;", "- Các phòng chuyên môn,",
                          "  Phòng THADS khu vực 1, 2, 3;", "- Lưu: VT, NV&TCTHA."],
                    ["KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH", "PHÓ TRƯỞNG", "", "", "", "", "Đinh Quang Thuận"])
    return saved(doc, author="Phòng NV&TCTHA", editor="Văn thư THADS Ninh Bình",
                 title="Kế hoạch 41/KH-THADS", created=datetime(2026, 1, 12, 9, 10, 0),
                 modified=datetime(2026, 1, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
