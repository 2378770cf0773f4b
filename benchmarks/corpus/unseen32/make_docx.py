"""Write a_thanh-hoa_27-TB-LMHTX-2026_thong-bao-hoi-cho-phieu-dang-ky.docx, the thirty-second held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen32/make_docx.py [OUT]

A provincial Liên minh's THÔNG BÁO (September 2026) announcing a fair of cooperatives' products and calling them to
register: six bold numbered sections — the time and place, the size and who may take part, the support (facts, no
work), the registration (a duty of the cooperatives as a class, with its last day), the Liên minh's own units' work
("-" items, each opening with the unit) and the requests to other bodies ("- Đề nghị …"); a contact line and "trân
trọng thông báo"; the signature beside "Nơi nhận"; then, after a page break, the REGISTRATION FORM the cooperatives
fill in ("Mẫu Phiếu đăng ký": numbered blanks with dotted leaders, an empty bordered table of products, tick boxes and
a place for the cooperative's signature) — a form, not work. Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_thanh-hoa_27-TB-LMHTX-2026_thong-bao-hoi-cho-phieu-dang-ky.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("Thực hiện Kế hoạch số 154/KH-UBND ngày 20/6/2026 của Ủy ban nhân dân tỉnh về xúc tiến thương mại cho khu vực "
     "kinh tế tập thể năm 2026, Liên minh Hợp tác xã tỉnh Thanh Hóa thông báo việc tổ chức Hội chợ và mời các hợp tác "
     "xã, tổ hợp tác đăng ký gian hàng như sau:", "p"),
    ("1. Thời gian, địa điểm", "h"),
    ("- Thời gian: 05 ngày, từ ngày 22/10/2026 đến hết ngày 26/10/2026; khai mạc lúc 08 giờ 30 phút ngày 22/10/2026.",
     "p"),
    ("- Địa điểm: Quảng trường Lam Sơn, phường Hạc Thành, tỉnh Thanh Hóa.", "p"),
    ("2. Quy mô, đối tượng tham gia", "h"),
    ("- Khoảng 180 gian hàng tiêu chuẩn (3 m x 3 m): 120 gian cho hợp tác xã, tổ hợp tác trong tỉnh, 40 gian cho hợp "
     "tác xã các tỉnh bạn, 20 gian cho doanh nghiệp bao tiêu, phân phối.", "p"),
    ("- Hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác có sản phẩm được chứng nhận OCOP, VietGAP, hữu cơ hoặc có mã "
     "truy xuất nguồn gốc.", "p"),
    ("3. Chính sách hỗ trợ", "h"),
    ("- Mỗi hợp tác xã trong tỉnh được miễn phí 01 gian hàng tiêu chuẩn, điện chiếu sáng và vệ sinh chung; hợp tác xã "
     "ở các xã miền núi được hỗ trợ thêm 50% chi phí vận chuyển hàng, tối đa 3.000.000 đồng/hợp tác xã.", "p"),
    ("- Từ gian thứ hai trở đi, hợp tác xã nộp 1.500.000 đồng/gian cho cả 05 ngày.", "p"),
    ("4. Đăng ký tham gia", "h"),
    ("Các hợp tác xã, tổ hợp tác có nhu cầu gửi Phiếu đăng ký (theo mẫu kèm theo) về Ban Kinh tế - Hỗ trợ phát triển "
     "hợp tác xã, Liên minh Hợp tác xã tỉnh (số 25 đường Hạc Thành) hoặc qua thư điện tử hoichohtx.lmhtxth@gmail.com, "
     "hạn cuối ngày 30/9/2026. Gian hàng được xếp theo thứ tự đăng ký; hết hạn còn gian trống sẽ có thông báo bổ "
     "sung.", "p"),
    ("5. Phân công thực hiện", "h"),
    ("- Ban Kinh tế - Hỗ trợ phát triển hợp tác xã là bộ phận thường trực: nhận phiếu đăng ký, thẩm định sản phẩm, "
     "lập sơ đồ và tổ chức bốc thăm vị trí gian hàng; hoàn thành trước ngày 10/10/2026.", "p"),
    ("- Văn phòng Liên minh ký hợp đồng dựng gian hàng, điện, bảo vệ, vệ sinh với đơn vị cung cấp dịch vụ; bàn giao "
     "mặt bằng cho các hợp tác xã chậm nhất 01 ngày trước khai mạc.", "p"),
    ("- Ban Tuyên truyền - Đào tạo phối hợp Báo và Phát thanh, Truyền hình Thanh Hóa đưa tin trước và trong Hội chợ; "
     "tổ chức 02 buổi bán hàng trực tuyến (livestream) cho hợp tác xã vào tối 23 và 24/10.", "p"),
    ("- Trung tâm Tư vấn và Hỗ trợ hợp tác xã (thuộc Liên minh) tổ chức hội nghị kết nối giữa hợp tác xã với doanh "
     "nghiệp, siêu thị sáng 23/10/2026 tại hội trường Hội chợ.", "p"),
    ("- Ban Tổ chức - Kiểm tra phân công cán bộ trực Hội chợ theo ca, tổng hợp doanh số và ý kiến của hợp tác xã, báo "
     "cáo Ban Thường vụ trong 07 ngày sau khi bế mạc.", "p"),
    ("6. Đề nghị phối hợp", "h"),
    ("- Đề nghị Sở Công Thương hỗ trợ kinh phí từ Chương trình xúc tiến thương mại của tỉnh năm 2026 và cử lực lượng "
     "quản lý thị trường kiểm tra hàng giả, hàng kém chất lượng trong thời gian Hội chợ.", "p"),
    ("- Đề nghị Công an phường Hạc Thành bố trí lực lượng giữ an ninh trật tự, phòng cháy, chữa cháy tại khu vực Hội "
     "chợ từ ngày 21/10 đến hết ngày 26/10/2026.", "p"),
    ("- Đề nghị Ủy ban nhân dân các xã, phường thông tin rộng rãi Thông báo này tới hợp tác xã, tổ hợp tác trên địa "
     "bàn và nhắc các đơn vị đăng ký đúng hạn.", "p"),
    ("Mọi chi tiết xin liên hệ bà Lê Thị Vân Anh, Phó Trưởng Ban Kinh tế - Hỗ trợ phát triển hợp tác xã, điện thoại "
     "0237 3852 416.", "p"),
    ("Liên minh Hợp tác xã tỉnh trân trọng thông báo./.", "p"),
]

FORM = [
    ("1. Tên hợp tác xã/tổ hợp tác: ……………………………………………………………", "p"),
    ("2. Địa chỉ trụ sở: ………………………………………………………………………", "p"),
    ("3. Người đại diện: ……………………… Chức vụ: ………………… Điện thoại: ……………", "p"),
    ("4. Số gian hàng đăng ký: ………… gian (gian thứ hai trở đi tự chi trả).", "p"),
    ("5. Sản phẩm đưa tham gia Hội chợ:", "p"),
]
FORM_COLUMNS = ["TT", "Tên sản phẩm", "Chứng nhận (OCOP, VietGAP, hữu cơ…)", "Số lượng dự kiến", "Ghi chú"]
FORM_WIDTHS = [Cm(1.0), Cm(5.0), Cm(4.4), Cm(3.0), Cm(2.6)]
FORM_AFTER = [
    ("6. Đề nghị hỗ trợ chi phí vận chuyển (hợp tác xã ở xã miền núi):   □ Có     □ Không", "p"),
    ("Chúng tôi cam kết chấp hành nội quy Hội chợ và chịu trách nhiệm về chất lượng sản phẩm trưng bày, bán tại gian "
     "hàng.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["LIÊN MINH HTX VIỆT NAM", "LIÊN MINH HỢP TÁC XÃ", "TỈNH THANH HÓA"], "Số: 27/TB-LMHTX",
                 "Thanh Hóa, ngày 08 tháng 9 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "THÔNG BÁO", bold=True, center=True)
    para(doc, "Về việc tổ chức Hội chợ sản phẩm hợp tác xã, sản phẩm OCOP tỉnh Thanh Hóa năm 2026", bold=True,
         center=True)
    para(doc, "và đăng ký tham gia gian hàng", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TT Tỉnh ủy, UBND tỉnh (b/c);", "- Liên minh HTX Việt Nam (b/c);",
                          "- Sở Công Thương, Công an phường Hạc Thành;", "- UBND các xã, phường;",
                          "- Các HTX, THT trong tỉnh;", "- Các ban, đơn vị thuộc Liên minh;", "- Lưu: VT, KT-HT."],
                    ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trịnh Văn Hưởng"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Mẫu Phiếu đăng ký", italic=True)
    para(doc, "(Kèm theo Thông báo số 27/TB-LMHTX ngày 08/9/2026 của Liên minh Hợp tác xã tỉnh Thanh Hóa)",
         italic=True, center=True)
    para(doc, "PHIẾU ĐĂNG KÝ THAM GIA HỘI CHỢ", bold=True, center=True)
    para(doc, "Sản phẩm hợp tác xã, sản phẩm OCOP tỉnh Thanh Hóa năm 2026", bold=True, center=True)
    para(doc, "Kính gửi: Ban Kinh tế - Hỗ trợ phát triển hợp tác xã, Liên minh Hợp tác xã tỉnh Thanh Hóa.", center=True)
    for text, _ in FORM:
        para(doc, text)
    table = doc.add_table(rows=4, cols=len(FORM_COLUMNS))
    set_borders(table, "single")
    for r, row in enumerate(table.rows):
        for i, cell in enumerate(row.cells):
            cell.width = FORM_WIDTHS[i]
            if r == 0:
                cell_lines(cell, [FORM_COLUMNS[i]], bold=(0,))
            elif i == 0:
                cell_lines(cell, [str(r)])
    for text, _ in FORM_AFTER:
        para(doc, text)
    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    cell_lines(sign.cell(0, 1), ["……………, ngày …… tháng …… năm 2026", "ĐẠI DIỆN HỢP TÁC XÃ/TỔ HỢP TÁC",
                                 "(Ký, ghi rõ họ tên, đóng dấu nếu có)"], bold=(1,), italic=(0, 2))
    return saved(doc, author="Ban Kinh tế - Hỗ trợ phát triển HTX", editor="Văn thư Liên minh HTX tỉnh Thanh Hóa",
                 title="Thông báo 27/TB-LMHTX", created=datetime(2026, 9, 3, 9, 10, 0),
                 modified=datetime(2026, 9, 8, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
