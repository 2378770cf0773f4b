"""Write a_ea-kar-dak-lak_486-QD-UBND-2026_phe-duyet-du-an-lien-ket.docx, the thirtieth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen30/make_docx.py [OUT]

A commune Chủ tịch's decision approving a value-chain linkage project (August 2026, after the 2025 reform): the "Căn
cứ" lines, "QUYẾT ĐỊNH:", Điều 1 the project's particulars as numbered lines (name, the cooperative leading the linkage,
its partners, size, money, support, time — none of them work), Điều 2 the work of each party: numbered bodies, the
cooperative's points a) b) c), a unit named by its parent in brackets, the buyer's duty; Điều 3 the standing execution
clause; the signature beside "Nơi nhận". Plain paragraphs with typed numbers (no Word numbering), no table but the
header and the signature.

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
OUT = HERE / "a_ea-kar-dak-lak_486-QD-UBND-2026_phe-duyet-du-an-lien-ket.docx"

CAN_CU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Hợp tác xã số 17/2023/QH15;",
    "Căn cứ Nghị quyết số 14/2026/NQ-HĐND ngày 27 tháng 3 năm 2026 của Hội đồng nhân dân tỉnh Đắk Lắk quy định "
    "mức hỗ trợ liên kết sản xuất gắn với tiêu thụ nông sản trên địa bàn tỉnh;",
    "Xét hồ sơ đề nghị của Hợp tác xã Nông nghiệp Dịch vụ Ea Kar Xanh; theo đề nghị của Trưởng phòng Kinh tế tại Tờ "
    "trình số 52/TTr-KT ngày 11 tháng 8 năm 2026 và biên bản họp Hội đồng thẩm định dự án liên kết của xã ngày 07 "
    "tháng 8 năm 2026.",
]

# (text, style): "h" a bold article heading, "p" a paragraph
BODY = [
    ("Điều 1. Phê duyệt Dự án liên kết sản xuất gắn với tiêu thụ quả bơ giai đoạn 2026 - 2028 (sau đây gọi là Dự "
     "án), gồm các nội dung chính:", "h"),
    ("1. Tên Dự án: Liên kết trồng, sơ chế và tiêu thụ bơ Booth, bơ 034 theo tiêu chuẩn VietGAP tại xã Ea Kar.", "p"),
    ("2. Đơn vị chủ trì liên kết: Hợp tác xã Nông nghiệp Dịch vụ Ea Kar Xanh (trụ sở tại thôn 3, xã Ea Kar).", "p"),
    ("3. Các bên tham gia liên kết: Công ty Cổ phần Nông sản Cao Nguyên Việt (bên bao tiêu sản phẩm) và 146 hộ "
     "trồng bơ ở các thôn 2, 3, 7 và buôn Ea Drăng.", "p"),
    ("4. Quy mô: 210 ha bơ đang cho thu hoạch, sản lượng dự kiến 2.600 tấn quả mỗi năm.", "p"),
    ("5. Tổng vốn thực hiện: 9.860 triệu đồng, trong đó ngân sách nhà nước hỗ trợ 2.150 triệu đồng, vốn của Hợp tác "
     "xã và doanh nghiệp 5.410 triệu đồng, vốn đối ứng của các hộ 2.300 triệu đồng.", "p"),
    ("6. Nội dung được hỗ trợ từ ngân sách: chi phí tư vấn xây dựng liên kết; nhà sơ chế, đóng gói và kho mát 300 "
     "m2; giống ghép cải tạo vườn già cỗi; tập huấn kỹ thuật và chứng nhận VietGAP.", "p"),
    ("7. Thời gian thực hiện: từ tháng 9 năm 2026 đến tháng 12 năm 2028.", "p"),
    ("Điều 2. Tổ chức thực hiện", "h"),
    ("1. Hợp tác xã Nông nghiệp Dịch vụ Ea Kar Xanh (đơn vị chủ trì liên kết):", "p"),
    ("a) Ký hợp đồng liên kết với Công ty Cổ phần Nông sản Cao Nguyên Việt và với từng hộ tham gia trong vòng 30 ngày "
     "kể từ ngày Quyết định này có hiệu lực.", "p"),
    ("b) Tổ chức cho các hộ sản xuất theo một quy trình chung, cung ứng phân bón, thuốc bảo vệ thực vật theo giá hợp "
     "đồng; thu gom, phân loại quả tại nhà sơ chế trong các vụ thu hoạch năm 2027 và năm 2028.", "p"),
    ("c) Quản lý, sử dụng kinh phí hỗ trợ đúng mục đích; gửi báo cáo tiến độ Dự án về Phòng Kinh tế định kỳ 6 tháng, "
     "trước ngày 15/6 và 15/12 hằng năm.", "p"),
    ("2. Phòng Kinh tế", "p"),
    ("- Chủ trì thẩm định hồ sơ, nghiệm thu và thanh toán kinh phí xây dựng nhà sơ chế, kho mát, có sự phối hợp của "
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã; hoàn thành trong quý IV/2026.", "p"),
    ("- Theo dõi việc thực hiện hợp đồng liên kết, kịp thời giải quyết vướng mắc giữa các bên; tổng hợp kết quả Dự án, "
     "báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày 20/12 hằng năm.", "p"),
    ("- Phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Ea Kar hướng dẫn các hộ thành viên làm hồ sơ "
     "vay vốn ghép cải tạo vườn bơ, xong trước ngày 30/11/2026.", "p"),
    ("3. Đề nghị Trạm Khuyến nông khu vực Ea Kar (Trung tâm Khuyến nông tỉnh) chuyển giao kỹ thuật ghép cải tạo, tỉa "
     "cành, bón phân cân đối cho các hộ tham gia; mở 04 lớp tập huấn ngay trong mùa mưa năm 2026.", "p"),
    ("4. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã công khai Quyết định, danh sách hộ tham gia và mức hỗ trợ "
     "trên Trang thông tin điện tử của xã, niêm yết tại nhà văn hóa các thôn, buôn trong tháng 9/2026.", "p"),
    ("5. Đề nghị Hội Nông dân xã cùng Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động các hộ giữ đúng cam kết bán sản "
     "phẩm cho Hợp tác xã, tham gia giám sát việc thực hiện hợp đồng liên kết thường xuyên trong suốt thời gian thực "
     "hiện Dự án.", "p"),
    ("6. Công ty Cổ phần Nông sản Cao Nguyên Việt bao tiêu toàn bộ quả bơ đạt tiêu chuẩn theo giá đã thỏa thuận; cùng "
     "Hợp tác xã lập hồ sơ cấp mã số vùng trồng phục vụ xuất khẩu trước vụ thu hoạch năm 2027.", "p"),
    ("Điều 3. Quyết định này có hiệu lực từ ngày ký ban hành.", "h"),
    ("Trưởng phòng Kinh tế, Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Giám đốc Hợp tác xã Nông nghiệp "
     "Dịch vụ Ea Kar Xanh, Giám đốc Công ty Cổ phần Nông sản Cao Nguyên Việt và các hộ tham gia liên kết chịu trách "
     "nhiệm thi hành Quyết định này./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ EA KAR"], "Số: 486/QĐ-UBND", "Ea Kar, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Về việc phê duyệt Dự án liên kết sản xuất gắn với tiêu thụ quả bơ giai đoạn 2026 - 2028 do Hợp tác xã "
              "Nông nghiệp Dịch vụ Ea Kar Xanh chủ trì", bold=True, center=True)
    para(doc)
    para(doc, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ EA KAR", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- Sở Nông nghiệp và Môi trường (b/c);", "- TT Đảng ủy, "
                          "TT HĐND xã;", "- CT, các PCT UBND xã;", "- UBMTTQVN xã;", "- Lưu: VT, KT."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "H'Liên Byă"])
    return saved(doc, author="Phòng Kinh tế xã Ea Kar", editor="Văn thư UBND xã",
                 title="Quyết định 486/QĐ-UBND", created=datetime(2026, 8, 12, 14, 40, 0),
                 modified=datetime(2026, 8, 18, 9, 15, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
