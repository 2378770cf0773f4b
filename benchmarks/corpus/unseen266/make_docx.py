"""Write a_lam-dong_08-KH-NSM-2025_nen-thom-mua-sap-ong-htx.docx, the two-hundred-and-sixty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen266/make_docx.py [OUT]

A scented-candle maker's plan (August 2025) for buying beeswax, essential oils, glazed cups and bamboo tubes of
cooperatives for its 2025-2026 candles: an opening, I. purposes; II. a note, then one bordered table in which EVERY
TASK TAKES TWO ROWS: a shaded row merged across the full width "Lô 01 — work", and under it three cells "Giữ lửa: lead"
| "Tiếp lửa: partners" | "Đổ khuôn xong: time"; III. closing; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lam-dong_08-KH-NSM-2025_nen-thom-mua-sap-ong-htx.docx"

OPENING = [
    ("Năm 2024 Công ty bán ra khoảng 96.000 chiếc nến thơm, gần hết dùng sáp đậu nành và tinh dầu nhập qua đại lý ở "
     "Thành phố Hồ Chí Minh; giá sáp tăng ba lần trong một năm, khách du lịch đến Đà Lạt lại hay hỏi nến làm từ "
     "nguyên liệu của vùng. Giám đốc Công ty ban hành Kế hoạch này để từ mùa Tết 2026 phần lớn sáp, tinh dầu và vỏ "
     "đựng nến được mua của các hợp tác xã trong tỉnh.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Đến hết tháng 6/2026, ít nhất 60% sáp dùng trong xưởng là sáp ong mua của hợp tác xã, có phiếu ghi nơi đặt "
     "thùng ong và ngày quay mật.", "p"),
    ("2. Mỗi dòng nến mới đều có một phần nguyên liệu hoặc vỏ đựng do hợp tác xã làm ra, tên hợp tác xã in trên tem.",
     "p"),
    ("II. CÁC LÔ VIỆC", "h"),
    ("Mỗi việc ghi thành một lô gồm hai dòng: dòng nền xám là nội dung; dòng dưới ghi bộ phận giữ lửa (chịu trách "
     "nhiệm chính), bộ phận, đơn vị tiếp lửa (phối hợp) và thời hạn đổ khuôn xong (hoàn thành).", "p"),
]

# (work, lead, partners, time)
LOTS = [
    ("Xuống trại ong của HTX Nuôi ong Mật Lành xem cách quay mật, nấu và lọc sáp; mang 05 kg sáp mẫu về đổ thử "
     "nến cốc và nến trụ", "Phòng Nguyên liệu", "Xưởng Đổ nến", "15/9/2025"),
    ("Ký hợp đồng mua sáp ong thô cả năm 2026 với HTX Nuôi ong Mật Lành, giá chốt theo quý, ứng trước 20% tiền hàng "
     "vào mùa hoa cà phê", "Phòng Tài chính - Kế toán", "Phòng Nguyên liệu", "tháng 10/2025"),
    ("Chưng cất thử tinh dầu sả chanh, vỏ bưởi và lá hương thảo của HTX Dược liệu Sả Hương; so mùi, độ lưu hương "
     "với tinh dầu nhập khẩu đang dùng", "Phòng Nghiên cứu mùi hương", "HTX Dược liệu Sả Hương", "quý IV/2025"),
    ("Đặt 3.000 cốc gốm men rạn có nắp của HTX Gốm Đất Đỏ làm vỏ cho hộp nến quà Tết; thử chịu nhiệt từng mẻ nung",
     "Phòng Thiết kế bao bì", "Xưởng Đổ nến", "trước 31/10/2025"),
    ("Đặt làm thử 500 ống tre đựng nến của HTX Tre nứa Bình Minh; tre phải luộc, sấy chống mốc, miệng ống mài nhẵn",
     "Phòng Thiết kế bao bì", "Phòng Nguyên liệu", "30/11/2025"),
    ("Đổ lô nến Tết 12.000 chiếc bằng sáp ong và tinh dầu của hợp tác xã; in tên hợp tác xã cung cấp lên tem từng "
     "chiếc", "Xưởng Đổ nến", "Phòng Nghiên cứu mùi hương; Tổ Kiểm tra chất lượng", "20/12/2025"),
    ("Đưa dòng nến “Sáp ong cao nguyên” lên quầy cửa hàng ở chợ Đà Lạt và gian hàng trên sàn thương mại điện tử, "
     "kèm câu chuyện của người nuôi ong", "Phòng Kinh doanh", "HTX Nuôi ong Mật Lành", "tháng 01/2026"),
    ("Tập huấn cho thành viên hợp tác xã lọc sáp bằng nồi hấp, để sáp không lẫn cặn, không ám khói củi",
     "Phòng Nguyên liệu", "Liên minh Hợp tác xã tỉnh Lâm Đồng", "quý I/2026"),
    ("Nhận lại cốc gốm, ống tre khách mang trả ở cửa hàng, rửa sạch và giao HTX Gốm Đất Đỏ xem vết nứt để dùng lại",
     "Cửa hàng Đà Lạt", "Xưởng Đổ nến", "hằng tháng"),
    ("Thanh toán tiền hàng cho hợp tác xã trong 10 ngày kể từ khi nhận đủ hàng và hóa đơn",
     "Phòng Tài chính - Kế toán", "—", "sau mỗi lần nhận hàng"),
    ("Tổng kết năm đầu mua sáp, tinh dầu, vỏ nến của hợp tác xã; đề xuất thêm sáp cọ và tinh dầu cà phê, báo cáo Hội "
     "đồng thành viên", "Phòng Kinh doanh", "Phòng Nguyên liệu; Phòng Tài chính - Kế toán", "31/7/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, xưởng, tổ và cửa hàng làm theo các lô việc ở mục II; việc nào chậm thì báo Phó Giám đốc phụ "
     "trách sản xuất trước ngày thứ Sáu hằng tuần./.", "p"),
]

WIDTHS = [Cm(5.2), Cm(6.0), Cm(4.8)]


def shade(cell, fill: str) -> None:
    """``cell`` filled with the colour ``fill`` (hex)."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def labelled(cell, label: str, value: str) -> None:
    """``cell``'s one paragraph: the label in bold, then the value."""
    p = cell.paragraphs[0]
    run = p.add_run(label + " ")
    run.bold = True
    p.add_run(value)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "NẾN THƠM SƯƠNG MAI"], "Số: 08/KH-NSM",
                 "Lâm Đồng, ngày 18 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua sáp ong, tinh dầu và vỏ đựng nến của hợp tác xã cho mùa Tết 2026", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=2 * len(LOTS), cols=3)
    set_borders(table, "single")
    for n, (work, lead, partners, time) in enumerate(LOTS):
        top, bottom = table.rows[2 * n], table.rows[2 * n + 1]
        for i, cell in enumerate(top.cells):
            cell.width = WIDTHS[i]
        for i, cell in enumerate(bottom.cells):
            cell.width = WIDTHS[i]
        merged = top.cells[0].merge(top.cells[2])
        shade(merged, "D9D9D9")
        p = merged.paragraphs[0]
        run = p.add_run(f"Lô {n + 1:02d} — ")
        run.bold = True
        p.add_run(work)
        labelled(bottom.cells[0], "Giữ lửa:", lead)
        labelled(bottom.cells[1], "Tiếp lửa:", partners)
        labelled(bottom.cells[2], "Đổ khuôn xong:", time)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX cung cấp;",
                          "- Các phòng, xưởng, cửa hàng (t/h);", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Lạc Thị Minh Thư"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 08/KH-NSM", created=datetime(2025, 8, 11, 9, 10, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
