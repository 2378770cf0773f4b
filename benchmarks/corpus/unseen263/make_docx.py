"""Write a_dong-nai_38-KH-KSBA-2026_kiem-soat-con-trung-tinh-dau-sa-htx.docx, the two-hundred-and-sixty-third
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen263/make_docx.py [OUT]

A pest-control company's plan (September 2026) for buying citronella and neem oils of herb cooperatives, training an
environment cooperative as its subcontractor and fumigating cooperatives' grain and cashew stores: an opening, I.
purposes; II. a note, then EVERY TASK ITS OWN BORDERED 2×2 CARD (a one-task table): top left the number and the work,
top right the time, bottom left the lead ("Đầu mối"), bottom right the partners ("Cùng làm", "—" for none), a small
grey label over each value; III. the closing; the signature beside "Nơi nhận". No Word numbering.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dong-nai_38-KH-KSBA-2026_kiem-soat-con-trung-tinh-dau-sa-htx.docx"

OPENING = [
    ("Công ty nhận phòng trừ muỗi, gián, mối, mọt và chuột cho hơn 900 khách hàng là nhà máy, trường học, chợ và kho "
     "nông sản trong tỉnh. Khách hàng ngày càng hỏi loại thuốc gốc thảo mộc, ít mùi; cùng lúc nhiều hợp tác xã ở "
     "phía Nam và phía Bắc tỉnh trồng sả, hương nhu, neem nhưng bán tinh dầu lẻ tẻ. Ban Tổng Giám đốc lập Kế hoạch "
     "này để mua ổn định nguyên liệu của hợp tác xã và đưa hợp tác xã vào làm cùng Công ty.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Đến hết quý II/2027, ít nhất 60% tinh dầu dùng pha chế bình xịt, nhang đuổi muỗi của Công ty mua từ hợp tác "
     "xã trong tỉnh, có phiếu kiểm nghiệm từng lô.", "p"),
    ("2. Có một hợp tác xã môi trường đủ người, đủ chứng chỉ làm thầu phụ ở các địa bàn xa chi nhánh.", "p"),
    ("II. PHÂN CÔNG", "h"),
    ("Mỗi việc dưới đây là một ô gồm bốn phần: nội dung, thời hạn, đầu mối (bộ phận chịu trách nhiệm chính) và nơi "
     "cùng làm. Ô “Cùng làm” ghi dấu “—” là đầu mối tự làm.", "p"),
]

# (work, time, lead, partners)
CARDS = [
    ("Khảo sát vùng trồng sả, hương nhu của HTX Dược liệu Tân Phú và HTX Nông nghiệp Phú Lâm; lấy mẫu tinh dầu "
     "đo hàm lượng citronellal", "Trước 15/10/2026", "Phòng Nghiên cứu - Phát triển", "Phòng Mua hàng"),
    ("Ký hợp đồng bao tiêu tinh dầu sả, dầu neem cả năm 2027 với hai hợp tác xã, giá sàn theo từng quý",
     "Tháng 11/2026", "Phòng Mua hàng", "Phòng Pháp chế; Phòng Tài chính - Kế toán"),
    ("Chuyển giao công thức pha bình xịt đuổi muỗi từ tinh dầu sả cho tổ sơ chế của HTX Dược liệu Tân Phú; cử "
     "kỹ sư ở lại hướng dẫn 05 ngày", "Quý IV/2026", "Phòng Nghiên cứu - Phát triển", "—"),
    ("Huấn luyện an toàn hóa chất, cấp chứng chỉ cho 24 thành viên HTX Môi trường Long Khánh sẽ làm thầu phụ phun "
     "diệt muỗi ở khu dân cư", "Trước 30/11/2026", "Trung tâm Đào tạo",
     "Phòng An toàn - Môi trường; HTX Môi trường Long Khánh"),
    ("Giao HTX Môi trường Long Khánh phun thuốc, đặt bả chuột tại 12 chợ, trường học ở phường Long Khánh và xã "
     "Xuân Lập theo hợp đồng phụ; nghiệm thu từng đợt", "Từ tháng 01/2027, hằng tháng", "Chi nhánh Long Khánh",
     "HTX Môi trường Long Khánh"),
    ("Xông hơi khử trùng kho thóc, kho hạt điều của các hợp tác xã thành viên Liên hiệp HTX Nông nghiệp Đồng Nai, "
     "giảm 20% giá dịch vụ", "Trước vụ thu mua điều (tháng 02/2027)", "Đội Xông hơi khử trùng", "Phòng Kinh doanh"),
    ("Đặt bẫy đèn, bẫy dính theo dõi mọt gạo ở 06 kho của hợp tác xã; gửi hợp tác xã báo cáo mật độ côn trùng hai "
     "tuần một lần", "Quý I/2027", "Phòng Kỹ thuật", "Đội Xông hơi khử trùng"),
    ("Mua chổi đót, chổi tre và lồng bẫy chuột đan tre của HTX Thủ công mỹ nghệ Tân Triều để bán kèm gói dịch vụ "
     "cho hộ gia đình", "Trước 31/12/2026", "Phòng Kinh doanh", "Phòng Mua hàng"),
    ("Thanh toán tiền hàng, tiền thầu phụ cho hợp tác xã trong 10 ngày làm việc kể từ ngày nhận đủ hóa đơn và "
     "biên bản giao nhận", "Sau mỗi lần giao hàng, nghiệm thu", "Phòng Tài chính - Kế toán", "—"),
    ("Đánh giá sáu tháng liên kết; đề xuất Hội đồng quản trị ký thêm với hợp tác xã ở các xã phía Bắc tỉnh (vùng "
     "Bình Phước trước đây)", "30/6/2027", "Phòng Kinh doanh", "Phòng Mua hàng; Phòng Kỹ thuật"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Đầu mối các ô trên tự lập lịch chi tiết, gửi Phòng Kinh doanh theo dõi chung; gặp vướng mắc báo ngay Phó Tổng "
     "Giám đốc phụ trách kỹ thuật./.", "p"),
]

GREY = RGBColor(0x80, 0x80, 0x80)


def labelled(cell, label: str, lines: list[str], bold_value: bool = False) -> None:
    """A small grey label (8 pt) in the cell's first paragraph, then one paragraph a value line."""
    p = cell.paragraphs[0]
    run = p.add_run(label)
    run.font.size = Pt(8)
    run.font.color.rgb = GREY
    for line in lines:
        q = cell.add_paragraph()
        r = q.add_run(line)
        r.bold = bold_value


def card(doc, n: int, work: str, time: str, lead: str, partners: str) -> None:
    table = doc.add_table(rows=2, cols=2)
    set_borders(table, "single")
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(10.5), Cm(5.5)
    labelled(table.cell(0, 0), f"Việc {n} · Nội dung", [work])
    labelled(table.cell(0, 1), "Thời hạn", [time], bold_value=True)
    labelled(table.cell(1, 0), "Đầu mối", [lead], bold_value=True)
    labelled(table.cell(1, 1), "Cùng làm", partners.split("; "))
    para(doc)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "KIỂM SOÁT CÔN TRÙNG BÌNH AN"], "Số: 38/KH-KSBA",
                 "Đồng Nai, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua tinh dầu thảo mộc và làm dịch vụ phòng trừ côn trùng cùng hợp tác xã năm 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for n, entry in enumerate(CARDS, 1):
        card(doc, n, *entry)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX liên kết;",
                          "- Các phòng, đội, chi nhánh (t/h);", "- Lưu: VT, KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lâm Quốc Thịnh"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 38/KH-KSBA", created=datetime(2026, 9, 10, 9, 0, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
