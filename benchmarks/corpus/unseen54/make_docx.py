"""Write a_lai-chau_1247-KH-BCH-2026_bien-phong-giup-dan-lap-htx-theo-don.docx, the fifty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen54/make_docx.py [OUT]

A provincial Border Guard command's plan in Word (January 2026) on helping people of the border communes form
cooperative groups and cooperatives: I. purposes, II. targets, III. five numbered headings each naming a staff office,
the border posts or the bodies asked to help, over "-" or "a)" items; a closing sentence; the signature beside "Nơi
nhận", the signer's rank before his name. Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_lai-chau_1247-KH-BCH-2026_bien-phong-giup-dan-lap-htx-theo-don.docx"

# "h" a section heading (bold), "s" a numbered heading (bold), "p" a paragraph
BODY = [
    ("p", "Thực hiện Chỉ thị của Tư lệnh Bộ đội Biên phòng về tham gia phát triển kinh tế - xã hội khu vực biên giới "
          "năm 2026 và Kế hoạch số 12/KH-UBND ngày 09/01/2026 của UBND tỉnh Lai Châu phát triển KTTT, HTX 5 năm 2026 - "
          "2030, Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch giúp đồng bào các xã biên giới thành lập, củng cố "
          "tổ hợp tác, hợp tác xã năm 2026, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Đề cao trách nhiệm của các đồn Biên phòng, đảng viên biên phòng phụ trách hộ gia đình trong vận động đồng bào "
          "liên kết sản xuất, từng bước hình thành tổ hợp tác, hợp tác xã ở bản, khu vực biên giới."),
    ("p", "- Việc giúp đỡ phải phù hợp tập quán, không làm thay, không làm ảnh hưởng đến nhiệm vụ quản lý, bảo vệ biên "
          "giới của đơn vị."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Năm 2026, mỗi đồn Biên phòng giúp đỡ ít nhất 01 tổ hợp tác; toàn Bộ Chỉ huy giúp thành lập mới 04 hợp tác xã "
          "trồng dược liệu, thảo quả, nuôi cá nước lạnh tại các xã Dào San, Pa Vây Sử, Mù Cả, Ka Lăng."),
    ("h", "III. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
    ("s", "1. Phòng Tham mưu"),
    ("p", "- Là cơ quan thường trực, chủ trì, phối hợp Phòng Chính trị tham mưu Chỉ huy trưởng kiện toàn Tổ công tác giúp "
          "đỡ phát triển kinh tế tập thể khu vực biên giới; xong trước 15/02/2026."),
    ("p", "- Tổng hợp kết quả của các đồn, báo cáo Bộ Tư lệnh Bộ đội Biên phòng và Ủy ban nhân dân tỉnh định kỳ 6 tháng, "
          "năm (trước ngày 15/6 và 15/12/2026)."),
    ("s", "2. Phòng Chính trị"),
    ("p", "- Chỉ đạo các đồn lồng ghép tuyên truyền Luật Hợp tác xã năm 2023 vào buổi sinh hoạt của các Tổ tự quản đường "
          "biên, mốc quốc giới, của các bản kết nghĩa; làm thường xuyên."),
    ("p", "- Phối hợp Hội Nông dân tỉnh, Liên minh HTX tỉnh mở 02 lớp bồi dưỡng kiến thức về tổ hợp tác, hợp tác xã "
          "cho đảng viên phụ trách hộ gia đình; trong quý II/2026."),
    ("s", "3. Phòng Hậu cần - Kỹ thuật"),
    ("p", "Bảo đảm kinh phí, phương tiện cho các đợt công tác; mua giống thảo quả, đương quy hỗ trợ các tổ hợp tác mới "
          "thành lập theo đề nghị của các đồn, cấp trước vụ trồng (tháng 5 - 6/2026)."),
    ("s", "4. Các đồn Biên phòng"),
    ("p", "a) Khảo sát, lựa chọn tổ hợp tác, nhóm hộ có điều kiện để giúp đỡ; gửi danh sách về Phòng Tham mưu trước "
          "31/3/2026."),
    ("p", "b) Đồn Biên phòng Dào San phối hợp Ủy ban nhân dân xã Dào San giúp Tổ hợp tác thảo quả bản Tả Phìn hoàn "
          "thiện hồ sơ chuyển thành hợp tác xã, xong trước mùa thu hoạch thảo quả (tháng 10/2026)."),
    ("p", "c) Đồn Biên phòng Pa Vây Sử giao đảng viên phụ trách hộ vận động các hộ nuôi cá hồi, cá tầm ở suối Nậm Pục "
          "vào tổ hợp tác, cả năm 2026."),
    ("s", "5. Đề nghị các cơ quan phối hợp"),
    ("p", "- Đề nghị Sở Tài chính tỉnh Lai Châu ưu tiên bố trí nguồn hỗ trợ phát triển hợp tác xã cho các hợp tác xã ở "
          "xã biên giới được các đồn Biên phòng giúp đỡ theo Kế hoạch này."),
    ("p", "- Đề nghị Liên minh HTX tỉnh cử cán bộ tư vấn cùng cán bộ các đồn Biên phòng xuống bản hướng dẫn thành lập "
          "hợp tác xã, mỗi quý ít nhất 01 lần."),
    ("p", "Đơn vị nào gặp khó khăn, vướng mắc thì kịp thời báo cáo Bộ Chỉ huy (qua Phòng Tham mưu) để chỉ đạo, giải "
          "quyết./."),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG", "TỈNH LAI CHÂU"],
                 "Số: 1247/KH-BCH", "Lai Châu, ngày 21 tháng 01 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giúp đồng bào các xã biên giới thành lập, củng cố tổ hợp tác, hợp tác xã năm 2026", bold=True,
         center=True)
    for kind, text in BODY:
        para(doc, text, bold=kind in ("h", "s"))
    signature_table(doc, ["Nơi nhận:", "- Bộ Tư lệnh BĐBP (để b/c);", "- UBND tỉnh Lai Châu (để b/c);",
                          "- Sở Tài chính, Hội ND tỉnh, Liên minh HTX tỉnh;", "- Chỉ huy BCH;",
                          "- Các phòng, các đồn BP;", "- Lưu: VT, TM. P18."],
                    ["CHỈ HUY TRƯỞNG", "", "", "", "", "Đại tá Hà Quang Vĩnh"])
    return saved(doc, author="Phòng Tham mưu", editor="Văn thư BCH BĐBP", title="Kế hoạch 1247/KH-BCH",
                 created=datetime(2026, 1, 16, 8, 20, 0), modified=datetime(2026, 1, 21, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
