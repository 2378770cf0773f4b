"""Write a_hai-phong_44-KH-HAM-2026_cung-ung-tau-bien-mua-rau-trung-ca-htx.docx, the two-hundred-and-fifty-ninth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen259/make_docx.py [OUT]

A ship chandler's plan (October 2026) for buying vegetables, fruit, eggs and frozen fish of cooperatives to provision
the ships it serves in 2027: an opening, I. targets; II. a note, then one bordered table Hạng mục | Việc | Đơn vị |
Mốc whose "Đơn vị" cell holds a NESTED two-row table ("Chính" | a unit, "Phụ" | units or "—"); III. the cooperatives'
duty; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
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
OUT = HERE / "a_hai-phong_44-KH-HAM-2026_cung-ung-tau-bien-mua-rau-trung-ca-htx.docx"

OPENING = [
    ("Năm 2026 Công ty cấp thực phẩm cho 318 lượt tàu hàng, tàu container ghé cảng Lạch Huyện và Đình Vũ; gần "
     "hai phần ba rau, quả và toàn bộ trứng phải gom qua chợ đầu mối, nhiều lô không có giấy tờ nguồn gốc nên bị "
     "thuyền trưởng tàu nước ngoài từ chối nhận. Giám đốc Công ty lập Kế hoạch này để năm 2027 hàng tươi cấp lên tàu "
     "chủ yếu lấy thẳng từ các hợp tác xã của thành phố.", "p"),
    ("I. CHỈ TIÊU NĂM 2027", "h"),
    ("1. Tối thiểu 60% khối lượng rau, quả và 80% trứng cấp cho tàu mua của hợp tác xã, mỗi lô có phiếu truy xuất.",
     "p"),
    ("2. Không còn lô hàng tươi nào bị tàu trả lại vì thiếu chứng từ xuất xứ.", "p"),
    ("II. VIỆC CỤ THỂ", "h"),
    ("Ở cột “Đơn vị”, dòng “Chính” ghi nơi chịu trách nhiệm làm, dòng “Phụ” ghi nơi góp sức; dấu “—” là không cần "
     "nơi góp sức. Cột “Hạng mục” chỉ để dễ tra theo mặt hàng.", "p"),
]

COLUMNS = ["Hạng mục", "Việc", "Đơn vị", "Mốc"]
WIDTHS = [Cm(2.2), Cm(7.4), Cm(4.6), Cm(2.4)]
# (group, work, lead, partners, time)
ROWS = [
    ("Rau, củ", "Xuống tận ruộng và xưởng sơ chế của HTX Rau an toàn Quang Phục, lấy mẫu đất, nước tưới gửi phòng "
     "thí nghiệm", "Bộ phận Kiểm soát chất lượng", "Phòng Cung ứng", "Trước 15/11/2026"),
    ("Rau, củ", "Thống nhất với hợp tác xã danh mục 24 loại rau, củ để được 20 - 30 ngày trong kho lạnh của tàu; "
     "chốt quy cách bó, túi, thùng", "Phòng Cung ứng", "HTX Rau an toàn Quang Phục", "Tháng 11/2026"),
    ("Trứng", "Ký hợp đồng cả năm 2027 mua trứng gà có tem truy xuất của HTX Chăn nuôi gà trứng Tân Minh, giao "
     "hai lần mỗi tuần tại kho", "Phòng Kế toán", "—", "Trước 20/12/2026"),
    ("Trứng", "Thử giữ trứng 35 ngày trong kho mát 8 - 10 độ C, ghi tỷ lệ hỏng từng tuần để báo khách hàng",
     "Bộ phận Kiểm soát chất lượng", "HTX Chăn nuôi gà trứng Tân Minh", "Tháng 01/2027"),
    ("Quả", "Đặt trước vải, ổi, bưởi chính vụ 2027 của HTX Nông nghiệp Thanh Hà Xanh theo lịch tàu mà các hãng "
     "đã báo", "Phòng Kinh doanh - Đại lý tàu", "Phòng Cung ứng", "Quý I/2027"),
    ("Thủy sản", "Cấp đông cá thu, mực ống ngay tại cảng cá, dán nhãn ngày và vùng đánh bắt cho từng khay",
     "Kho lạnh Đình Vũ", "HTX Khai thác hải sản Cát Hải", "Mỗi lần tàu cá của hợp tác xã cập bến"),
    ("Chung", "Đưa hàng của hợp tác xã xuống cầu cảng, bốc lên tàu, lập biên bản có chữ ký của sĩ quan nhận hàng",
     "Đội Giao nhận", "Kho lạnh Đình Vũ", "Hằng ngày, theo lịch tàu"),
    ("Chung", "Thanh toán tiền hàng cho từng hợp tác xã bằng chuyển khoản, không giữ lại quá 10 ngày",
     "Phòng Kế toán", "—", "Sau khi có biên bản giao hàng lên tàu"),
    ("Chung", "Lập hồ sơ xin cấp mã số vùng trồng cho 12 ha rau của hợp tác xã, nộp Sở Nông nghiệp và Môi trường",
     "Bộ phận Kiểm soát chất lượng", "HTX Rau an toàn Quang Phục, Phòng Cung ứng", "Quý II/2027"),
    ("Chung", "Ngồi lại với bốn hợp tác xã tổng kết nửa năm, xem giá, chất lượng và số lô bị trả để sửa hợp đồng",
     "Phòng Kinh doanh - Đại lý tàu", "Phòng Cung ứng, Phòng Kế toán", "Tháng 7/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ", "h"),
    ("Các hợp tác xã ghi nhật ký trồng, nuôi, đánh bắt; báo Phòng Cung ứng trước hai ngày nếu không đủ hàng để Công "
     "ty kịp đặt nơi khác.", "p"),
    ("Trưởng các phòng, bộ phận, kho, đội có tên ở mục II bám lịch tàu mà làm; có vướng mắc báo ngay Giám đốc./.", "p"),
]


def doer_cell(cell, lead: str, partners: str) -> None:
    """The "Đơn vị" cell: a nested two-row table "Chính" | lead, "Phụ" | partners (or "—")."""
    inner = cell.add_table(rows=2, cols=2)
    set_borders(inner, "single")
    for r, (label, value) in enumerate([("Chính", lead), ("Phụ", partners)]):
        inner.cell(r, 0).width, inner.cell(r, 1).width = Cm(1.2), Cm(3.2)
        cell_lines(inner.cell(r, 0), [label], italic=(0,), center=False)
        cell_lines(inner.cell(r, 1), [value], bold=(0,) if r == 0 else (), center=False)
    first = cell.paragraphs[0]._p  # the cell's own empty paragraph before the nested table
    first.getparent().remove(first)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "CUNG ỨNG TÀU BIỂN HẢI ÂU"], "Số: 44/KH-HAM",
                 "Hải Phòng, ngày 21 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Lấy rau, quả, trứng và hải sản của hợp tác xã để cấp cho tàu biển năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for row, (group, work, lead, partners, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [group])
        cell_lines(cells[1], [work], center=False)
        doer_cell(cells[2], lead, partners)
        cell_lines(cells[3], [time])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 04 HTX liên kết;",
                          "- Các phòng, bộ phận, kho, đội;", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Vũ Đình Thắng"])
    return saved(doc, author="Phòng Kinh doanh - Đại lý tàu", editor="Văn thư Công ty",
                 title="Kế hoạch 44/KH-HAM", created=datetime(2026, 10, 19, 9, 10, 0),
                 modified=datetime(2026, 10, 21, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
