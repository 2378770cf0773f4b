"""Write a_phu-tho_1862-KH-SYT-2026_so-y-te-an-toan-thuc-pham-htx.docx, the forty-fifth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen45/make_docx.py [OUT]

A Sở Y tế's plan (April 2026, after Phú Thọ, Vĩnh Phúc and Hòa Bình were merged) for food safety at the cooperatives
and cooperative groups that grow, process or sell food: I. purposes and requirements, II. six numbered activities,
each a paragraph of what is done followed by three labelled lines ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …",
"- Thời gian: …"), III. five numbered paragraphs of who does what (the Sở's own units, then "Đề nghị …" to bodies
outside it, then the communes and wards), the closing sentence, the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_phu-tho_1862-KH-SYT-2026_so-y-te-an-toan-thuc-pham-htx.docx"

# (text, style): "h" a bold heading, "s" a bold-italic activity heading, "p" a paragraph, "l" a labelled line
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Nâng cao nhận thức và trách nhiệm của người quản lý, thành viên hợp tác xã, tổ hợp tác trong bảo đảm an "
     "toàn thực phẩm từ khâu sản xuất, sơ chế, chế biến đến khâu đưa sản phẩm ra thị trường.", "p"),
    ("2. Phát hiện sớm nguy cơ ô nhiễm, xử lý kịp thời vi phạm; giảm số vụ ngộ độc thực phẩm liên quan đến sản phẩm "
     "của khu vực kinh tế tập thể.", "p"),
    ("3. Hoạt động kiểm tra kết hợp hướng dẫn, không gây phiền hà cho hợp tác xã; không kiểm tra trùng lặp một cơ sở "
     "quá một lần trong năm, trừ khi có dấu hiệu vi phạm.", "p"),
    ("II. NỘI DUNG HOẠT ĐỘNG", "h"),
    ("1. Rà soát cơ sở", "s"),
    ("Lập danh sách các hợp tác xã, tổ hợp tác sản xuất, chế biến, kinh doanh thực phẩm trên địa bàn tỉnh (gồm cả "
     "vùng Vĩnh Phúc cũ và Hòa Bình cũ), phân loại theo nhóm nguy cơ và theo cấp quản lý.", "p"),
    ("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.", "l"),
    ("- Đơn vị phối hợp: Ủy ban nhân dân các xã, phường, Liên minh Hợp tác xã tỉnh.", "l"),
    ("- Thời gian: Quý II/2026.", "l"),
    ("2. Tập huấn kiến thức an toàn thực phẩm", "s"),
    ("Mở 08 lớp tập huấn cho khoảng 480 người là giám đốc, thành viên trực tiếp chế biến của các hợp tác xã làm "
     "miến dong, chè, mật ong, thịt trâu sấy và rượu men lá; cấp giấy xác nhận kiến thức sau khi kiểm tra đạt.", "p"),
    ("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.", "l"),
    ("- Đơn vị phối hợp: Trung tâm Kiểm soát bệnh tật tỉnh.", "l"),
    ("- Thời gian: Tháng 5 - tháng 6/2026.", "l"),
    ("3. Giám sát mối nguy", "s"),
    ("Lấy 360 mẫu sản phẩm của hợp tác xã (rượu, miến, mật ong, chả, giò, rau ăn lá) để xét nghiệm các chỉ tiêu "
     "methanol, vi sinh, hàn the và dư lượng thuốc bảo vệ thực vật; thông báo kết quả cho từng hợp tác xã.", "p"),
    ("- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.", "l"),
    ("- Đơn vị phối hợp: Chi cục An toàn vệ sinh thực phẩm.", "l"),
    ("- Thời gian: Quý II và quý III/2026.", "l"),
    ("4. Kiểm tra liên ngành", "s"),
    ("Kiểm tra điều kiện bảo đảm an toàn thực phẩm tại khoảng 60 hợp tác xã, tổ hợp tác có nguy cơ cao; chú trọng "
     "các cơ sở nấu rượu, làm giò chả và bánh kẹo phục vụ Tết Trung thu, Tết Nguyên đán.", "p"),
    ("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm (Thường trực Đoàn kiểm tra liên ngành tỉnh).", "l"),
    ("- Đơn vị phối hợp: Chi cục Quản lý thị trường tỉnh Phú Thọ, Phòng Cảnh sát kinh tế (Công an tỉnh).", "l"),
    ("- Thời gian: Đợt 1 tháng 8 - 9/2026; đợt 2 tháng 12/2026.", "l"),
    ("5. Hỗ trợ cấp Giấy chứng nhận cơ sở đủ điều kiện", "s"),
    ("Hướng dẫn hợp tác xã hoàn thiện hồ sơ, cải tạo khu sơ chế, chế biến theo nguyên tắc một chiều để được cấp "
     "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm hoặc tự công bố sản phẩm đúng quy định.", "p"),
    ("- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.", "l"),
    ("- Đơn vị phối hợp: Trung tâm Phục vụ hành chính công tỉnh.", "l"),
    ("- Thời gian: Thường xuyên.", "l"),
    ("6. Truyền thông", "s"),
    ("Xây dựng 12 tin, bài và 02 phóng sự giới thiệu các hợp tác xã làm tốt công tác an toàn thực phẩm; phát tờ "
     "gấp, áp phích về \"5 chìa khóa\" an toàn thực phẩm tại các chợ, điểm bán sản phẩm OCOP.", "p"),
    ("- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.", "l"),
    ("- Đơn vị phối hợp: Báo và Phát thanh, Truyền hình Phú Thọ.", "l"),
    ("- Thời gian: Cả năm 2026.", "l"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Chi cục An toàn vệ sinh thực phẩm là đầu mối giúp Giám đốc Sở theo dõi việc thực hiện Kế hoạch; tổng hợp "
     "kết quả, báo cáo Sở Y tế trước ngày 15/12/2026 để báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo liên ngành "
     "về an toàn thực phẩm tỉnh.", "p"),
    ("2. Phòng Kế hoạch - Tài chính thẩm định dự toán, bố trí kinh phí lấy mẫu, xét nghiệm và tập huấn từ nguồn "
     "sự nghiệp y tế năm 2026; hoàn thành trong tháng 4/2026.", "p"),
    ("3. Đề nghị Sở Nông nghiệp và Môi trường cung cấp danh sách các hợp tác xã nông nghiệp đã được cấp mã số vùng "
     "trồng, chứng nhận VietGAP hoặc hữu cơ, gửi về Chi cục An toàn vệ sinh thực phẩm trước ngày 30/5/2026 để "
     "tránh kiểm tra trùng lặp.", "p"),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh thông báo Kế hoạch đến các hợp tác xã thành viên, vận động cử người tham "
     "dự đầy đủ các lớp tập huấn tại mục II.2, thực hiện trong tháng 5/2026.", "p"),
    ("5. Ủy ban nhân dân các xã, phường chỉ đạo Trạm Y tế và công chức phụ trách an toàn thực phẩm kiểm tra các tổ "
     "hợp tác, hộ sản xuất thuộc thẩm quyền cấp xã; gửi kết quả về Chi cục An toàn vệ sinh thực phẩm trước ngày "
     "30/11/2026.", "p"),
    ("Trên đây là Kế hoạch bảo đảm an toàn thực phẩm tại các hợp tác xã, tổ hợp tác năm 2026 của Sở Y tế tỉnh "
     "Phú Thọ./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH PHÚ THỌ", "SỞ Y TẾ"], "Số: 1862/KH-SYT", "Phú Thọ, ngày 08 tháng 4 năm 2026",
                 issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bảo đảm an toàn thực phẩm tại các hợp tác xã, tổ hợp tác sản xuất, chế biến, kinh doanh thực phẩm "
              "năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Luật An toàn thực phẩm năm 2010; căn cứ Kế hoạch số 41/KH-BCĐ ngày 20/02/2026 của Ban Chỉ đạo "
              "liên ngành về an toàn thực phẩm tỉnh, Sở Y tế xây dựng Kế hoạch bảo đảm an toàn thực phẩm tại các hợp "
              "tác xã, tổ hợp tác năm 2026 như sau:")
    for text, style in BODY:
        para(doc, text, bold=style in "hs", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- BCĐ liên ngành ATTP tỉnh (b/c);",
                          "- Sở NN&MT, Sở Công Thương;", "- Công an tỉnh (PC03);", "- Liên minh HTX tỉnh;",
                          "- UBND các xã, phường;", "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thuộc Sở;",
                          "- Lưu: VT, ATTP."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hà Văn Luyện"])
    return saved(doc, author="Chi cục ATVSTP", editor="Văn thư Sở Y tế",
                 title="Kế hoạch 1862/KH-SYT", created=datetime(2026, 4, 2, 9, 10, 0),
                 modified=datetime(2026, 4, 8, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
