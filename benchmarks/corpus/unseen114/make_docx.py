"""Write a_son-la_19-KH-TTDGTS-2026_dau-gia-tai-san-htx-giai-the.docx, the hundred-and-fourteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen114/make_docx.py [OUT]

A provincial auction-services centre's plan (March 2026) for auctioning the assets of cooperatives already dissolved:
I. purposes, II. the assets in one bordered table TT | Tài sản đấu giá | Người có tài sản | Bộ phận thực hiện | Phối hợp
| Dự kiến thời gian, five rows (one lot per row, the owner a liquidation team or a commune), III. three numbered
paragraphs of the centre's own rooms and one request to the Sở Tài chính, the closing sentence, the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_son-la_19-KH-TTDGTS-2026_dau-gia-tai-san-htx-giai-the.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Bán đấu giá công khai, đúng trình tự Luật Đấu giá tài sản các tài sản không chia còn lại của hợp tác xã đã "
     "giải thể, để tổ giải thể thanh toán nợ và hoàn tất thủ tục chấm dứt tư cách pháp nhân.", "p"),
    ("- Mỗi cuộc đấu giá có bộ phận thực hiện, đơn vị phối hợp và thời gian dự kiến; không để tài sản xuống cấp do "
     "chậm bán.", "p"),
    ("II. TÀI SẢN ĐẤU GIÁ VÀ PHÂN CÔNG", "h"),
    ("Trung tâm đã nhận 05 hồ sơ đề nghị đấu giá từ các tổ giải thể và Ủy ban nhân dân xã; giá khởi điểm do người có "
     "tài sản xác định theo chứng thư thẩm định giá. Cụ thể như sau:", "p"),
]

COLUMNS = ["TT", "Tài sản đấu giá", "Người có tài sản", "Bộ phận thực hiện", "Phối hợp", "Dự kiến thời gian"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(3.0), Cm(2.6), Cm(2.8), Cm(2.5)]
ROWS = [
    ("1", "Đấu giá nhà sơ chế chè diện tích 240 m² và 01 máy sao chè của HTX Chè Tà Xùa (đã giải thể)",
     "Tổ giải thể HTX Chè Tà Xùa", "Phòng Nghiệp vụ 1", "UBND xã Tà Xùa", "Tháng 4/2026"),
    ("2", "Đấu giá 02 xe tải thùng 2,5 tấn đã qua sử dụng của HTX Dịch vụ vận tải Phù Yên",
     "Tổ giải thể HTX", "Phòng Nghiệp vụ 2", "Trung tâm Đăng kiểm xe cơ giới Sơn La", "Quý II/2026"),
    ("3", "Đấu giá quyền sử dụng kho lạnh 50 tấn và hệ thống điện mặt trời áp mái của HTX Xoài Yên Châu",
     "UBND xã Yên Châu (tiếp nhận tài sản không chia)", "Phòng Nghiệp vụ 1",
     "Sở Tài chính, Sở Nông nghiệp và Môi trường", "Sau khi có quyết định phê duyệt giá khởi điểm"),
    ("4", "Đấu giá dây chuyền chế biến cà phê nhân và sân phơi của HTX Cà phê Mường Bú",
     "Tổ giải thể HTX Cà phê Mường Bú", "Phòng Nghiệp vụ 2", "UBND xã Mường Bú", "Trước 30/6/2026"),
    ("5", "Đấu giá lô vật tư, thiết bị còn tồn (máy cày tay, bình phun, lưới che) của 03 tổ hợp tác đã chấm dứt hợp "
          "đồng hợp tác tại xã Mường La", "UBND xã Mường La", "Phòng Nghiệp vụ 1", "", "Tháng 7 - 8/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Tổng hợp niêm yết việc đấu giá tại trụ sở Trung tâm, nơi có tài sản và Ủy ban nhân dân "
     "xã nơi có tài sản, đăng thông báo trên Cổng Đấu giá tài sản quốc gia chậm nhất 15 ngày trước ngày mở cuộc đấu "
     "giá.", "p"),
    ("2. Phòng Nghiệp vụ 1 tổng hợp kết quả các cuộc đấu giá, lập báo cáo gửi Sở Tư pháp trước ngày 15/9/2026.", "p"),
    ("3. Kế toán Trung tâm theo dõi tiền đặt trước, hoàn trả cho người không trúng đấu giá trong 03 ngày làm việc kể "
     "từ ngày kết thúc cuộc đấu giá.", "p"),
    ("4. Đề nghị Sở Tài chính (cơ quan đăng ký hợp tác xã) chấm dứt tư cách pháp nhân của các hợp tác xã có tên tại "
     "mục II sau khi tổ giải thể nộp hồ sơ kèm biên bản đấu giá.", "p"),
    ("Trên đây là Kế hoạch đấu giá tài sản của các hợp tác xã đã giải thể năm 2026 của Trung tâm Dịch vụ đấu giá tài "
     "sản tỉnh Sơn La./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ TƯ PHÁP TỈNH SƠN LA", "TRUNG TÂM DỊCH VỤ", "ĐẤU GIÁ TÀI SẢN"], "Số: 19/KH-TTĐGTS",
                 "Sơn La, ngày 12 tháng 3 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức đấu giá tài sản của các hợp tác xã đã giải thể năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Luật Đấu giá tài sản năm 2016 (sửa đổi, bổ sung năm 2024); căn cứ hồ sơ đề nghị của các tổ giải "
              "thể hợp tác xã và Ủy ban nhân dân các xã, Trung tâm Dịch vụ đấu giá tài sản tỉnh xây dựng Kế hoạch như "
              "sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Tư pháp (b/c);", "- Sở Tài chính;", "- UBND các xã có tài sản;",
                          "- Các tổ giải thể HTX;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, NV1."],
                    ["GIÁM ĐỐC", "", "", "", "Hà Thị Nguyệt Ánh"])
    return saved(doc, author="Phòng Nghiệp vụ 1", editor="Văn thư Trung tâm ĐGTS",
                 title="Kế hoạch 19/KH-TTĐGTS", created=datetime(2026, 3, 9, 14, 10, 0),
                 modified=datetime(2026, 3, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
