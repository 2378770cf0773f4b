"""Write a_nghe-an_37-KH-MTLH-2026_giao-khoan-thu-gom-rac-htx.docx, the hundred-and-thirty-fourth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen134/make_docx.py [OUT]

An urban environment company's own plan (a joint-stock company, March 2026) handing household-waste collection in three
merged communes to cooperatives and cooperative groups on piece-work contracts: I. purposes ("-" lines), II. the
communes and the units taking the contracts in a bordered table of FACTS (not work), III. the duties UNDER BOLD UNIT
HEADINGS ("1. Phòng Kế hoạch - Kinh doanh (Phòng KH-KD)", no colon) over "a)"/"b)" items, or one plain paragraph,
each item ending "; thời hạn: …" or giving its time in its own words; the last heading "Đề nghị các hợp tác xã, tổ hợp
tác nhận khoán" (a class); IV. a "Giao …" paragraph and the closing sentence; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_nghe-an_37-KH-MTLH-2026_giao-khoan-thu-gom-rac-htx.docx"

# "h" a section heading (bold), "u" a unit heading (bold), "p" a paragraph
BEFORE = [
    ("Từ ngày 01/4/2026, Công ty nhận hợp đồng dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt với Ủy ban nhân dân "
     "ba xã Hưng Nguyên, Nam Đàn và Nghi Lộc sau sắp xếp. Để sử dụng lực lượng thu gom tại chỗ của các hợp tác xã, tổ "
     "hợp tác đang làm dịch vụ vệ sinh ở các thôn, xóm, Công ty ban hành Kế hoạch giao khoán như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Rác sinh hoạt ở tất cả thôn, xóm của ba xã được gom hết trong ngày, không còn điểm tồn đọng ven đường, bờ "
     "kênh.", "p"),
    ("- Hợp tác xã, tổ hợp tác nhận khoán có việc làm ổn định cho thành viên và được Công ty trả tiền đúng hạn.", "p"),
    ("- Người lao động của hợp tác xã, tổ hợp tác được trang bị bảo hộ, huấn luyện an toàn như công nhân của Công "
     "ty.", "p"),
    ("II. ĐỊA BÀN VÀ ĐƠN VỊ NHẬN KHOÁN", "h"),
]

ZONE_COLUMNS = ["Địa bàn", "Đơn vị nhận khoán", "Số thôn, xóm", "Khối lượng dự kiến (tấn/ngày)"]
ZONE_WIDTHS = [Cm(3.0), Cm(7.6), Cm(2.6), Cm(3.4)]
ZONES = [
    ("Xã Hưng Nguyên", "HTX Dịch vụ môi trường Hưng Thịnh", "24", "18"),
    ("Xã Nam Đàn", "THT vệ sinh môi trường Vân Diên; HTX Nông nghiệp Nam Cát", "31", "21"),
    ("Xã Nghi Lộc", "HTX Dịch vụ tổng hợp Nghi Trung", "27", "16"),
]

AFTER = [
    ("Rác từ các điểm tập kết do xe ép của Công ty chở về Khu xử lý chất thải rắn Nghi Yên; đơn vị nhận khoán chỉ làm "
     "phần gom từ hộ gia đình ra điểm tập kết.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Phòng Kế hoạch - Kinh doanh (Phòng KH-KD)", "u"),
    ("a) Soạn thảo, ký hợp đồng giao khoán với từng hợp tác xã, tổ hợp tác theo đơn giá do UBND tỉnh ban hành, khối "
     "lượng nghiệm thu theo tấn; thời hạn: trước 28/3/2026.", "p"),
    ("b) Phối hợp với UBND xã Hưng Nguyên, UBND xã Nam Đàn, UBND xã Nghi Lộc thông báo giờ gom rác tới từng thôn, xóm "
     "trên loa truyền thanh; thời hạn: tháng 4/2026.", "p"),
    ("2. Xí nghiệp Môi trường số 2", "u"),
    ("a) Bàn giao cho các đơn vị nhận khoán 15 xe gom đẩy tay, 60 thùng rác loại 240 lít, có biên bản giao nhận; "
     "thời hạn: 30/3.", "p"),
    ("b) Bố trí xe ép lấy rác tại các điểm tập kết theo lịch, xong chậm nhất 21 giờ hằng ngày; Đội Xe - Máy cơ giới "
     "cho mượn xe dự phòng khi xe của Xí nghiệp hỏng.", "p"),
    ("3. Phòng Kỹ thuật - An toàn lao động", "u"),
    ("Huấn luyện an toàn lao động, hướng dẫn phân loại rác tại nguồn cho người lao động của các hợp tác xã, tổ hợp "
     "tác; cấp quần áo bảo hộ, găng tay, áo phản quang; thời hạn: xong trong quý II/2026.", "p"),
    ("4. Phòng Tài chính - Kế toán", "u"),
    ("a) Nghiệm thu khối lượng cùng Phòng KH-KD và trả tiền khoán cho đơn vị nhận khoán theo tháng, chậm nhất ngày 10 "
     "của tháng sau.", "p"),
    ("b) Đề xuất Tổng Giám đốc điều chỉnh đơn giá khoán khi giá dầu diesel tăng quá 10% so với lúc ký hợp đồng.", "p"),
    ("5. Đề nghị các hợp tác xã, tổ hợp tác nhận khoán", "u"),
    ("Bố trí đủ người gom rác, không để rác nằm tại điểm tập kết quá 24 giờ; mua bảo hiểm tai nạn cho người lao động; "
     "báo ngay sự cố cho Xí nghiệp Môi trường số 2 trong ngày.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Giao Phòng Tổ chức - Hành chính theo dõi, tổng hợp kết quả giao khoán, báo cáo Tổng Giám đốc sơ kết 6 tháng "
     "trước ngày 10/7/2026.", "p"),
    ("Quá trình thực hiện có phát sinh vướng mắc, các phòng, xí nghiệp báo cáo Tổng Giám đốc (qua Phòng Tổ chức - "
     "Hành chính) để được giải quyết kịp thời./.", "p"),
]


def body(doc, items) -> None:
    for text, style in items:
        para(doc, text, bold=style in ("h", "u"))


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MÔI TRƯỜNG VÀ ĐÔ THỊ LAM HỒNG"], "Số: 37/KH-MTLH",
                 "Nghệ An, ngày 18 tháng 3 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giao khoán thu gom rác thải sinh hoạt cho các hợp tác xã, tổ hợp tác tại xã Hưng Nguyên, xã Nam Đàn "
              "và xã Nghi Lộc năm 2026", bold=True, center=True)
    body(doc, BEFORE)
    table = doc.add_table(rows=1 + len(ZONES), cols=len(ZONE_COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [ZONE_COLUMNS, *ZONES]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = ZONE_WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if row is table.rows[0] else (), center=i != 1)
    body(doc, AFTER)
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND các xã Hưng Nguyên, Nam Đàn, Nghi Lộc;",
                          "- Các HTX, THT nhận khoán;", "- Các phòng, xí nghiệp (t/h);", "- Lưu: VT, KH-KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phan Đình Khải"])
    return saved(doc, author="Phòng Kế hoạch - Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 37/KH-MTLH", created=datetime(2026, 3, 12, 8, 20, 0),
                 modified=datetime(2026, 3, 18, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
