"""Write c_an-giang_3087-UBND-KT-2026_htx-say-luu-kho-lua-thu-dong.docx, the hundred-and-seventy-seventh held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen177/make_docx.py [OUT]

An everyday province Công văn (UBND tỉnh An Giang, August 2026) on the agricultural cooperatives' harvest, drying and
storage services for one rice crop (vụ Thu Đông 2026): the header table with "V/v …" under the number, "Kính gửi:"
over the addressees, two paragraphs of facts and aims (no work), then the duties, a body a bold numbered heading
ending with a colon ("1. Sở Nông nghiệp và Môi trường:") over its items typed in Word's own BULLET LIST (the "List
Bullet" style: the dash is Word's, not in the text), one item giving work to a centre named with its parent in
brackets, one duty opening with its time ("Từ ngày 15/10/2026 đến hết vụ, …"), the merged provincial media, a request
to the Liên minh, a class of named communes over two bulleted items; the closing duty of the Sở; the signature beside
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
OUT = HERE / "c_an-giang_3087-UBND-KT-2026_htx-say-luu-kho-lua-thu-dong.docx"

# (text, style): "h" a bold paragraph, "p" a plain one, "b" an item of Word's bullet list
BODY = [
    ("Kính gửi:", "p"),
    ("- Các sở: Nông nghiệp và Môi trường, Tài chính, Công Thương;", "p"),
    ("- Báo và Phát thanh, Truyền hình An Giang;", "p"),
    ("- Liên minh Hợp tác xã tỉnh;", "p"),
    ("- UBND các xã Thoại Sơn, Óc Eo, Định Mỹ, Vĩnh Trạch, Tây Phú.", "p"),
    ("Vụ Thu Đông 2026 toàn tỉnh xuống giống khoảng 168.000 ha, thu hoạch rộ dự kiến từ cuối tháng 10 đến giữa tháng "
     "12/2026, trùng thời điểm mưa nhiều và nước lũ lên cao. Vụ Thu Đông năm trước, nhiều hợp tác xã ở vùng tứ giác "
     "Long Xuyên không sấy kịp, thành viên phải bán lúa tươi cho thương lái với giá thấp hơn 600 - 800 đồng/kg. Toàn "
     "tỉnh hiện có 214 hợp tác xã nông nghiệp; 71 hợp tác xã có lò sấy (tổng công suất khoảng 3.900 tấn/mẻ), 58 hợp tác "
     "xã có máy gặt đập liên hợp (236 máy), 19 hợp tác xã có kho chứa trên 500 tấn; vùng thiếu lò sấy nhiều nhất là "
     "các xã phía Tây sông Hậu giáp Kiên Giang cũ.", "p"),
    ("Để các hợp tác xã chủ động dịch vụ thu hoạch, sấy và giữ lúa cho thành viên, không để lúa chín chờ máy quá 03 "
     "ngày, không để lúa đã gặt bị ẩm, nảy mầm vì thiếu chỗ sấy, Ủy ban nhân dân tỉnh giao việc cụ thể như sau:", "p"),
    ("1. Sở Nông nghiệp và Môi trường:", "h"),
    ("Lập lịch xuống giống và thời gian thu hoạch dự kiến của từng xã, gửi các hợp tác xã và UBND các xã trước ngày "
     "20/8.", "b"),
    ("Theo dõi sâu bệnh cuối vụ, khuyến cáo hợp tác xã cho thu hoạch khi lúa chín 85 - 90%, thông báo trên nhóm Zalo "
     "của các giám đốc hợp tác xã; thực hiện thường xuyên trong vụ.", "b"),
    ("Giao Trung tâm Khuyến nông (thuộc Sở) mở 10 lớp tập huấn vận hành, bảo dưỡng lò sấy vỉ ngang, lò sấy tháp và "
     "máy gặt đập liên hợp cho tổ dịch vụ của các hợp tác xã; xong trong tháng 9/2026.", "b"),
    ("2. Sở Tài chính (đầu mối của tỉnh về kinh tế tập thể):", "h"),
    ("Chủ trì, cùng Sở Nông nghiệp và Môi trường tham mưu bố trí từ kinh phí hỗ trợ hợp tác xã năm 2026 cho 06 hợp "
     "tác xã nâng cấp lò sấy, trình UBND tỉnh trong tháng 9/2026.", "b"),
    ("Chỉ đạo Quỹ Hỗ trợ phát triển hợp tác xã tỉnh xét trước hồ sơ vay mua lò sấy, máy gặt; thẩm định xong hồ sơ đã "
     "nhận chậm nhất ngày 15/9/2026.", "b"),
    ("3. Từ ngày 15/10/2026 đến hết vụ, Sở Công Thương cùng Sở Nông nghiệp và Môi trường theo dõi giá lúa tươi, lúa "
     "khô tại các điểm thu mua, thông tin mỗi tuần một lần cho các hợp tác xã.", "p"),
    ("4. Báo và Phát thanh, Truyền hình An Giang đưa tin lịch thu hoạch, giá lúa và những hợp tác xã còn nhận sấy "
     "trong bản tin nông nghiệp hằng ngày.", "p"),
    ("5. Đề nghị Liên minh Hợp tác xã tỉnh kêu gọi những hợp tác xã có máy gặt, lò sấy điều phối máy cho nhau giữa "
     "các xã trong những ngày thu hoạch rộ.", "p"),
    ("6. UBND các xã Thoại Sơn, Óc Eo, Định Mỹ, Vĩnh Trạch, Tây Phú:", "h"),
    ("Chỉ đạo các hợp tác xã lập lịch sấy cho thành viên, ưu tiên ruộng lúa bị ngã đổ, ruộng ven đê bao; niêm yết "
     "lịch tại trụ sở hợp tác xã trước ngày 10/10/2026.", "b"),
    ("Báo cáo tiến độ thu hoạch, sấy về Sở Nông nghiệp và Môi trường vào thứ Sáu hằng tuần.", "b"),
    ("7. Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt và Bảo vệ thực vật) nắm tình hình chung của cả vụ; đến "
     "ngày 25/12/2026 gửi UBND tỉnh báo cáo kết quả.", "p"),
    ("Đơn vị, địa phương nào gặp vướng mắc thì báo ngay về Sở Nông nghiệp và Môi trường để tổng hợp, trình UBND tỉnh "
     "xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    head = header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "Số: 3087/UBND-KT",
                        "An Giang, ngày 05 tháng 8 năm 2026")
    para(head.cell(1, 0), "V/v chủ động dịch vụ thu hoạch, sấy, bảo quản lúa vụ Thu Đông 2026 của các hợp tác xã",
         center=True)
    para(doc)
    for text, style in BODY:
        if style == "b":
            para(doc, text, style="List Bullet")
        else:
            para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Như trên;", "- Bộ NN&MT (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                          "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Quỹ HTPT HTX tỉnh;",
                          "- Lưu: VT, KT (Ngân)."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lâm Thị Bích Thủy"])
    return saved(doc, author="Sở NN&MT", editor="Văn thư UBND tỉnh",
                 title="Công văn 3087/UBND-KT", created=datetime(2026, 7, 29, 7, 45, 0),
                 modified=datetime(2026, 8, 5, 10, 12, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
