"""Write a_quang-ngai_87-KH-XDQNG-2026_xang-dau-ban-tra-cham-htx-nghe-ca.docx, the hundred-and-eighth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen108/make_docx.py [OUT]

A petroleum company's branch plan in Word (March 2026): selling fuel on deferred payment to fishing cooperatives and
cooperative groups for the southern fishing season. I. purposes, II. conditions and limits, III. the branch's units
each as a numbered heading over "-" items ending with a bracketed time, IV. two paragraphs of requests to outside
bodies; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_quang-ngai_87-KH-XDQNG-2026_xang-dau-ban-tra-cham-htx-nghe-ca.docx"

# (text, style): "h" a bold heading, "u" a bold unit heading, "p" a paragraph
BODY = [
    ("Căn cứ Quy chế bán hàng trả chậm số 15/QC-XDNB ngày 06/01/2026 của Công ty Xăng dầu Nghĩa Bình; căn cứ kết quả "
     "làm việc giữa Chi nhánh với Liên minh Hợp tác xã tỉnh Quảng Ngãi ngày 24/02/2026, Chi nhánh Xăng dầu Quảng "
     "Ngãi lập Kế hoạch cung ứng nhiên liệu theo hình thức trả chậm cho các hợp tác xã, tổ hợp tác khai thác hải sản "
     "trong vụ cá Nam năm 2026 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Bảo đảm tàu cá của thành viên hợp tác xã, tổ hợp tác có đủ dầu DO để ra khơi dài ngày ngay từ đầu vụ; giảm "
     "áp lực vốn lưu động cho các chủ tàu; giữ ổn định sản lượng bán lẻ của Chi nhánh tại các cảng cá Sa Huỳnh, "
     "Tịnh Kỳ và Lý Sơn.", "p"),
    ("II. ĐỐI TƯỢNG, ĐIỀU KIỆN VÀ HẠN MỨC", "h"),
    ("- Đối tượng: hợp tác xã, tổ hợp tác khai thác hải sản xa bờ có hợp đồng mua hàng với Chi nhánh từ năm 2025, "
     "không có nợ quá hạn.", "p"),
    ("- Hạn mức trả chậm tối đa 45 ngày cho mỗi chuyến biển, không vượt quá 350 triệu đồng đối với một hợp tác xã "
     "và 120 triệu đồng đối với một tổ hợp tác; có bảo lãnh của hợp tác xã đối với thành viên.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Phòng Kinh doanh", "u"),
    ("- Rà soát danh sách 26 hợp tác xã, tổ hợp tác đủ điều kiện, trình Giám đốc Chi nhánh phê duyệt hạn mức (xong "
     "trước 20/3/2026).", "p"),
    ("- Chủ trì, phối hợp Liên minh Hợp tác xã tỉnh ký hợp đồng nguyên tắc với từng hợp tác xã, tổ hợp tác trước "
     "khi vào vụ cá Nam.", "p"),
    ("- Theo dõi sản lượng bán trả chậm tại từng cửa hàng, báo cáo nhanh Giám đốc Chi nhánh hằng tuần trong suốt vụ "
     "cá.", "p"),
    ("2. Phòng Tài chính - Kế toán", "u"),
    ("- Mở sổ theo dõi công nợ riêng cho từng hợp tác xã; đối chiếu công nợ với hợp tác xã chậm nhất ngày 05 hằng "
     "tháng.", "p"),
    ("- Phối hợp Ngân hàng Agribank chi nhánh Quảng Ngãi hướng dẫn hợp tác xã thanh toán qua tài khoản, kết thúc "
     "trước ngày 15/4/2026.", "p"),
    ("3. Cửa hàng xăng dầu số 14 (cảng Sa Huỳnh) và Cửa hàng xăng dầu Tịnh Kỳ", "u"),
    ("- Bố trí bơm dầu cho tàu cá của hợp tác xã cả ban đêm trong thời gian từ 01/4 đến 31/8/2026; lập phiếu xuất "
     "hàng có chữ ký của đại diện hợp tác xã.", "p"),
    ("4. Phòng Quản lý kỹ thuật", "u"),
    ("- Kiểm định lại cột bơm, bồn chứa tại cảng Lý Sơn và hai cửa hàng nêu trên (hoàn thành trong tháng 3/2026).",
     "p"),
    ("IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐƠN VỊ NGOÀI CHI NHÁNH", "h"),
    ("1. Đề nghị Liên minh Hợp tác xã tỉnh Quảng Ngãi giới thiệu thêm các hợp tác xã dịch vụ hậu cần nghề cá có nhu "
     "cầu, gửi danh sách về Chi nhánh trong quý II/2026.", "p"),
    ("2. Đề nghị Ban Quản lý cảng cá Sa Huỳnh bố trí vị trí neo đậu cho xà lan tiếp dầu của Chi nhánh khi tàu cá về "
     "cảng tránh trú bão.", "p"),
    ("Quá trình thực hiện có vướng mắc, các đơn vị báo cáo về Phòng Kinh doanh để tổng hợp, trình Giám đốc Chi nhánh "
     "xem xét./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY XĂNG DẦU NGHĨA BÌNH", "CHI NHÁNH XĂNG DẦU QUẢNG NGÃI"], "Số: 87/KH-XDQNg",
                 "Quảng Ngãi, ngày 05 tháng 3 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bán xăng dầu trả chậm cho hợp tác xã, tổ hợp tác khai thác hải sản", bold=True, center=True)
    para(doc, "vụ cá Nam năm 2026", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style in ("h", "u"))
    signature_table(doc, ["Nơi nhận:", "- Công ty Xăng dầu Nghĩa Bình (b/c);", "- LMHTX tỉnh Quảng Ngãi;",
                          "- BQL cảng cá Sa Huỳnh;", "- Các phòng, cửa hàng (t/h);", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Phạm Ngọc Tường"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Chi nhánh",
                 title="Kế hoạch 87/KH-XDQNg", created=datetime(2026, 3, 2, 14, 10, 0),
                 modified=datetime(2026, 3, 5, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
