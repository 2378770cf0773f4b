"""Write a_thai-nguyen_41-2026-KH-GDCX_san-golf-va-htx-che-quanh-san.docx, the hundred-and-ninety-third held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen193/make_docx.py [OUT]

A golf course company's plan (September 2026) with the tea cooperatives and cooperative groups round its course in
xã Phúc Xuân, Thái Nguyên: turf and rough upkeep contracted to a service cooperative, clippings composted and given to
tea cooperatives, the lake's water shared in a dry spell, run-off monitoring towards the tea fields, tea bought for the
clubhouse, a tea-hill walk for golfers. I. purposes ("-" lines), II. a facts table of the cooperatives round the course
(no work), III. a note on how the table is read, then ONE bordered table KEYED BY THE COURSE'S AREAS: the first column
"Khu vực" merged down over each area's rows, then Việc | Bộ phận chủ trì | Phối hợp | Thời điểm; IV. two numbered
duties; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

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
OUT = HERE / "a_thai-nguyen_41-2026-KH-GDCX_san-golf-va-htx-che-quanh-san.docx"

OPENING = [
    ("Sân golf Đồi Chè Xanh (18 hố, 96 ha) nằm giữa các đồi chè của xã Phúc Xuân; ba mặt sân giáp nương chè của "
     "thành viên hai hợp tác xã và một tổ hợp tác. Mùa khô năm 2025 - 2026 có hai lần nước mưa chảy tràn từ fairway "
     "hố 12, hố 14 xuống ruộng chè, các hộ kiến nghị lên xã; đồng thời Công ty thiếu người chăm cỏ vùng rough vào mùa "
     "giải. Công ty lập Kế hoạch làm việc cùng các HTX, THT quanh sân đến hết năm 2027 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Sân golf và vùng chè cùng có lợi: người trồng chè có thêm việc làm, phân ủ và nước tưới; Công ty có đội chăm "
     "cỏ ổn định và sản phẩm chè địa phương cho khách.", "p"),
    ("- Không để phân bón, thuốc dùng trên sân ảnh hưởng tới nương chè; mọi kiến nghị của người dân được trả lời "
     "trong 07 ngày.", "p"),
    ("II. CÁC ĐƠN VỊ HỢP TÁC QUANH SÂN", "h"),
]

FACT_COLUMNS = ["Đơn vị", "Xóm", "Số thành viên", "Diện tích chè (ha)", "Giáp khu vực"]
FACT_WIDTHS = [Cm(5.4), Cm(2.6), Cm(2.2), Cm(2.4), Cm(3.4)]
FACTS = [
    ("HTX Chè Phúc Xuân Xanh", "Xóm Khe Cốc", "46", "38", "Hố 10 - 18"),
    ("HTX Dịch vụ tổng hợp Đồng Kiệm", "Xóm Đồng Kiệm", "29", "12", "Vườn ươm cỏ, hồ điều hòa"),
    ("THT chè sạch xóm Hồng Thái", "Xóm Hồng Thái", "14", "9,5", "Hố 1 - 9"),
]

BEFORE_TABLE = [
    ("III. VIỆC CẦN LÀM THEO TỪNG KHU VỰC CỦA SÂN", "h"),
    ("Bảng dưới đây xếp việc theo khu vực trên sân: cột \"Khu vực\" chỉ nơi làm việc, không phải đơn vị thực hiện; "
     "đơn vị thực hiện ghi ở cột \"Bộ phận chủ trì\". Ngày sân nghỉ là thứ Hai hằng tuần; mùa giải năm 2026 bắt đầu "
     "từ ngày 15/10/2026.", "p"),
]

COLUMNS = ["Khu vực", "Việc", "Bộ phận chủ trì", "Phối hợp", "Thời điểm"]
WIDTHS = [Cm(2.6), Cm(6.4), Cm(2.6), Cm(2.6), Cm(2.4)]
# (area, rows): the area cell is merged down over its rows
AREAS = [
    ("Nhà câu lạc bộ", [
        ("Ký hợp đồng mua chè móc câu, chè búp khô của HTX Chè Phúc Xuân Xanh để phục vụ khách và bán tại quầy "
         "hàng lưu niệm; thống nhất giá theo từng quý", "Phòng Ẩm thực và Dịch vụ", "Phòng Tài chính - Kế toán",
         "Trước mùa giải"),
        ("Dành một góc quầy lưu niệm trưng bày sản phẩm OCOP của các HTX quanh sân, có bảng giới thiệu từng HTX",
         "Phòng Ẩm thực và Dịch vụ", "", "Tháng 11/2026"),
    ]),
    ("Sân tập và hồ điều hòa", [
        ("Lắp đồng hồ đo nước tại cửa xả hồ điều hòa; khi xã công bố thiếu nước, mở nước cho tưới chè theo lịch luân "
         "phiên do xóm đề xuất", "Bộ phận Kỹ thuật sân", "HTX Dịch vụ tổng hợp Đồng Kiệm, UBND xã Phúc Xuân",
         "Khi xã công bố thiếu nước tưới"),
        ("Nạo vét mương dẫn từ hồ điều hòa ra khu chè xóm Đồng Kiệm", "Bộ phận Kỹ thuật sân",
         "HTX Dịch vụ tổng hợp Đồng Kiệm", "Trước 31/3/2027"),
    ]),
    ("Hố 1 - 9", [
        ("Thuê thành viên THT chè sạch xóm Hồng Thái cắt cỏ rough, nhặt lá, sửa mép bunker theo ca; tập huấn an "
         "toàn khi làm việc trên sân có người chơi", "Bộ phận Chăm sóc sân cỏ", "Phòng Hành chính - Nhân sự",
         "Thứ Hai hằng tuần (ngày sân nghỉ)"),
    ]),
    ("Hố 10 - 18", [
        ("Đào rãnh và đắp bờ giữ nước mưa ở chân fairway hố 12, hố 14, không để nước chảy tràn xuống nương chè",
         "Bộ phận Kỹ thuật sân", "", "Trước 30/11/2026"),
        ("Lấy mẫu nước mương và đất chè giáp sân, thuê đơn vị có chức năng phân tích dư lượng phân bón, thuốc; gửi "
         "kết quả cho HTX Chè Phúc Xuân Xanh và UBND xã", "Phòng An toàn - Môi trường",
         "HTX Chè Phúc Xuân Xanh", "Quý I và quý III năm 2027"),
        ("Dẫn khách chơi golf đi bộ tham quan đồi chè, thưởng trà tại xưởng của HTX sau vòng đấu; chia doanh thu vé "
         "theo hợp đồng", "Phòng Kinh doanh - Sự kiện", "HTX Chè Phúc Xuân Xanh", "Từ tháng 01/2027"),
    ]),
    ("Vườn ươm cỏ và bãi ủ", [
        ("Gom cỏ cắt, lá cây trên sân về bãi ủ; ủ với men vi sinh thành phân hữu cơ, cấp miễn phí cho các HTX, THT "
         "bón chè", "Bộ phận Chăm sóc sân cỏ", "HTX Dịch vụ tổng hợp Đồng Kiệm", "Mỗi quý một đợt"),
        ("Ký hợp đồng giao HTX Dịch vụ tổng hợp Đồng Kiệm nhận chăm sóc vườn ươm cỏ dự phòng (1,2 ha)",
         "Phòng Tài chính - Kế toán", "Bộ phận Chăm sóc sân cỏ", "Trước 10/10/2026"),
    ]),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Nhân sự là đầu mối nhận kiến nghị của người dân, HTX quanh sân qua đường dây nóng; "
     "chuyển bộ phận liên quan trả lời trong 07 ngày kể từ khi nhận.", "p"),
    ("2. Phòng An toàn - Môi trường tổng hợp kết quả thực hiện, báo cáo Tổng Giám đốc trước ngày 20/12/2027 để "
     "đánh giá, ký tiếp hợp đồng năm 2028.", "p"),
    ("Đề nghị UBND xã Phúc Xuân quan tâm, tạo điều kiện để Công ty và các hợp tác xã, tổ hợp tác thực hiện tốt Kế "
     "hoạch này./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def area_table(doc):
    """The work table: each area's name in the first cell of its first row, that cell merged down over its rows."""
    rows = [(area, *row) for area, group in AREAS for row in group]
    table = doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    n = 1
    for area, group in AREAS:
        for k, row in enumerate(group):
            cells = table.rows[n + k].cells
            for i, value in enumerate(row, start=1):
                cells[i].width = WIDTHS[i]
                cell_lines(cells[i], [value], center=i == 4)
            cells[0].width = WIDTHS[0]
        first = table.cell(n, 0)
        if len(group) > 1:
            first = first.merge(table.cell(n + len(group) - 1, 0))
        cell_lines(first, [area], bold=(0,))
        n += len(group)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "SÂN GOLF ĐỒI CHÈ XANH"], "Số: 41/2026/KH-GĐCX",
                 "Phúc Xuân, ngày 22 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối hợp giữa sân golf và các hợp tác xã, tổ hợp tác chè quanh sân giai đoạn 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, FACT_COLUMNS, FACT_WIDTHS, FACTS, center_columns=(1, 2, 3, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    area_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND xã Phúc Xuân;",
                          "- HTX Chè Phúc Xuân Xanh, HTX DVTH Đồng Kiệm, THT chè sạch xóm Hồng Thái;",
                          "- Các phòng, bộ phận (t/h);", "- Lưu: VT, HCNS."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Lương Thế Vinh Quang"])
    return saved(doc, author="Phòng Hành chính - Nhân sự", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-GĐCX", created=datetime(2026, 9, 18, 9, 10, 0),
                 modified=datetime(2026, 9, 22, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
