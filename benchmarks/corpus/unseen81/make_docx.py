"""Write a_ham-yen-tuyen-quang_35-PA-UBND-2025_phuong-an-di-doi-cho-htx-theo-buoc.docx, the eighty-first held-out
set's Word document.

    .venv/bin/python benchmarks/corpus/unseen81/make_docx.py [out.docx]

A commune People's Committee's Phương án (September 2025) for moving the commune's market, run by a cooperative, to
its new site: I. purposes, II. four bold "Bước" headings (each with its time in brackets) over "-" items naming their
doers, III. funding, a closing sentence; the signature beside "Nơi nhận". No table other than header and signature.
Every paragraph is a plain paragraph with its mark typed in.

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
OUT = HERE / "a_ham-yen-tuyen-quang_35-PA-UBND-2025_phuong-an-di-doi-cho-htx-theo-buoc.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("Chợ trung tâm xã hiện họp trên khoảng 2.100 m2 sát Quốc lộ 2, nhà lồng xuống cấp, các phiên chợ sáng thường "
     "gây ùn tắc giao thông. Khu chợ mới tại thôn Tân Yên (6.500 m2, 186 ki-ốt và lô sạp) đã nghiệm thu tháng "
     "8/2025 và giao Hợp tác xã Dịch vụ thương mại Hàm Yên (sau đây gọi là HTX Hàm Yên) quản lý, khai thác. Ủy ban "
     "nhân dân xã ban hành Phương án di dời chợ như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Đưa toàn bộ hộ kinh doanh sang chợ mới gọn trong năm 2025, không để hộ nào mất chỗ buôn bán; việc bốc thăm "
     "chỗ ngồi công khai, đúng ngành hàng; bảo đảm trật tự, an toàn trong những ngày di chuyển.", "p"),
    ("II. CÁC BƯỚC THỰC HIỆN", "h"),
    ("Bước 1. Chuẩn bị (từ 15/9 đến 05/10/2025)", "h"),
    ("- HTX Hàm Yên rà soát danh sách hộ đang có chỗ ngồi ở chợ cũ, phân loại theo ngành hàng (thực phẩm tươi sống, "
     "rau quả, hàng khô, quần áo, ăn uống); gửi Phòng Kinh tế trước ngày 25/9/2025.", "p"),
    ("- Phòng Kinh tế chủ trì, cùng HTX Hàm Yên lập sơ đồ bố trí ngành hàng ở chợ mới, trình UBND xã phê duyệt trước "
     "ngày 05/10/2025.", "p"),
    ("Bước 2. Bốc thăm, sắp xếp chỗ ngồi (tháng 10/2025)", "h"),
    ("- Tổ công tác di dời chợ (Phó Chủ tịch UBND xã làm tổ trưởng) tổ chức bốc thăm công khai lô, sạp theo từng "
     "ngành hàng; chứng kiến việc ký hợp đồng thuê sạp giữa HTX và từng hộ.", "p"),
    ("- Trung tâm Dịch vụ tổng hợp xã lắp đồng hồ điện, nước riêng cho từng ki-ốt, xong trước khi bốc thăm.", "p"),
    ("Bước 3. Di chuyển (các ngày 28, 29 và 30/10/2025)", "h"),
    ("- Các hộ kinh doanh tự chuyển hàng hóa, tài sản sang chợ mới; chợ cũ thôi họp từ 0 giờ ngày 31/10/2025.", "p"),
    ("- Công an xã bố trí lực lượng giữ trật tự, phân luồng giao thông ở cả hai khu chợ trong ba ngày di chuyển.",
     "p"),
    ("- Đề nghị Điện lực Hàm Yên (Công ty Điện lực Tuyên Quang) đóng điện cho chợ mới trước ngày 25/10/2025.", "p"),
    ("Bước 4. Ổn định chợ mới (từ tháng 11/2025)", "h"),
    ("- HTX Hàm Yên lo thu gom rác, vệ sinh, trông giữ xe và bảo vệ chợ hằng ngày; miễn tiền thuê sạp 02 tháng đầu "
     "cho các hộ theo nghị quyết Đại hội thành viên của HTX.", "p"),
    ("- Văn phòng HĐND và UBND xã phối hợp HTX Hàm Yên tháo dỡ nhà lồng, bàn giao mặt bằng chợ cũ cho UBND xã trong "
     "tháng 12/2025.", "p"),
    ("III. KINH PHÍ", "h"),
    ("HTX Hàm Yên tự bảo đảm chi phí di dời của mình; ngân sách xã hỗ trợ 150 triệu đồng tiền vận chuyển cho hộ nghèo, "
     "hộ cận nghèo có sạp ở chợ cũ.", "p"),
    ("Trong quá trình thực hiện, có vướng mắc thì các bộ phận, hộ kinh doanh phản ánh về UBND xã (qua Phòng Kinh tế) "
     "để xem xét, giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ HÀM YÊN"], "Số: 35/PA-UBND", "Hàm Yên, ngày 10 tháng 9 năm 2025")
    para(doc)
    para(doc, "PHƯƠNG ÁN", bold=True, center=True)
    para(doc, "Di dời chợ trung tâm xã sang khu chợ mới thôn Tân Yên", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh Tuyên Quang (b/c);", "- Sở Công Thương;",
                          "- TT Đảng ủy, HĐND xã;", "- CT, các PCT UBND xã;", "- HTX Hàm Yên;", "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lương Văn Thuấn"])
    return saved(doc, author="Phòng Kinh tế xã", editor="UBND xã Hàm Yên",
                 title="Phương án 35/PA-UBND", created=datetime(2025, 9, 8, 14, 20, 0),
                 modified=datetime(2025, 9, 10, 8, 45, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
