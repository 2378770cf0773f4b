"""Write a_dak-lak_57-KH-TSH-2026_than-sinh-hoc-vo-ca-phe-htx.docx, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen219/make_docx.py [OUT]

A biochar company's plan (October 2026) with the coffee cooperatives and cooperative groups that sell it their coffee
husks and macadamia shells: husks collected, burnt to biochar, composted, and the compost given back to the members'
gardens with soil samples before and after. I. targets ("-" lines), II. a facts table of each cooperative's area and
expected husks (no work), III. the work as HORIZONTAL PROCESS STRIPS: three stages, each a bold heading over ONE
bordered one-row table whose cells are the steps with narrow "→" cells between them; a step cell holds a bold step
title, the work, then "▸ Chủ trì: …", "▸ Phối hợp: …", "▸ Hạn: …" lines. IV. one closing paragraph; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dak-lak_57-KH-TSH-2026_than-sinh-hoc-vo-ca-phe-htx.docx"

OPENING = [
    ("p", "Năm 2026 Công ty đưa lò nhiệt phân thứ nhất vào vận hành, đốt vỏ cà phê khô thành than sinh học. Để có đủ "
          "nguyên liệu cho vụ cà phê 2026 - 2027 và để vỏ quay lại vườn dưới dạng phân ủ thay vì bị đốt ngoài đồng, "
          "Công ty lập kế hoạch làm việc với các hợp tác xã (HTX), tổ hợp tác (THT) trồng cà phê, mắc ca như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua khoảng 2.400 tấn vỏ cà phê và 180 tấn vỏ mắc ca của 06 HTX, 03 THT trong vụ thu hoạch."),
    ("p", "- Sản xuất 700 tấn than sinh học, ủ thành 1.500 tấn phân; trả cho các đơn vị bán vỏ theo tỷ lệ 01 tấn vỏ "
          "đổi 0,3 tấn phân ủ."),
    ("p", "- Lượng carbon hữu cơ trong đất ở các vườn bón phân ủ tăng so với lần lấy mẫu đầu."),
    ("h", "II. CÁC ĐƠN VỊ BÁN VỎ"),
]

FACT_COLUMNS = ["Đơn vị", "Xã", "Cà phê, mắc ca (ha)", "Vỏ dự kiến (tấn)"]
FACT_WIDTHS = [Cm(6.0), Cm(3.6), Cm(3.2), Cm(3.2)]
FACTS = [
    ("HTX Nông nghiệp Ea Ktur", "Ea Ktur", "410", "620"),
    ("HTX Cà phê Dray Bhăng", "Dray Bhăng", "350", "520"),
    ("HTX Dịch vụ nông nghiệp Hòa Hiệp", "Dray Bhăng", "220", "330"),
    ("HTX Mắc ca Ea Ning", "Ea Ning", "160", "180 (vỏ mắc ca)"),
    ("HTX Cà phê bền vững Ea Tiêu", "Ea Ning", "190", "300"),
    ("HTX Nông nghiệp Cư Ê Wi", "Cư Ê Wi", "170", "260"),
    ("03 THT cà phê buôn Kpung, buôn Ênao, thôn 9", "Ea Ktur, Cư Ê Wi", "260", "370"),
]

STAGES = [
    ("III. CÁC BƯỚC CÔNG VIỆC", None),
    ("Giai đoạn 1. Thu gom vỏ (từ tháng 11/2026 đến tháng 01/2027)", [
        ("1.1. Hợp đồng", "Ký hợp đồng mua vỏ cà phê, vỏ mắc ca với từng HTX, THT, ghi rõ độ ẩm vỏ và giá theo tấn",
         "Phòng Thu mua nguyên liệu", "Phòng Tài chính - Kế toán", "31/10/2026"),
        ("1.2. Điểm gom", "Dựng 09 điểm tập kết vỏ có mái che, đặt cạnh sân phơi của các HTX, THT",
         "Phòng Thu mua nguyên liệu", "Tổ Vận tải", "15/11/2026"),
        ("1.3. Vận chuyển", "Chở vỏ từ điểm tập kết về xưởng, mỗi điểm 02 chuyến một tuần",
         "Tổ Vận tải", "—", "Đến hết tháng 01/2027"),
        ("1.4. Thanh toán", "Cân, đo độ ẩm từng xe vỏ và trả tiền cho HTX, THT qua tài khoản",
         "Phòng Tài chính - Kế toán", "Phòng Thu mua nguyên liệu", "07 ngày sau mỗi lần cân"),
    ]),
    ("Giai đoạn 2. Làm than, ủ phân (từ tháng 11/2026 đến tháng 02/2027)", [
        ("2.1. Lò số 2", "Chạy thử lò nhiệt phân số 2 công suất 3 tấn vỏ mỗi ngày, đo khói thải",
         "Xưởng Nhiệt phân", "Phòng Kỹ thuật - Nông học", "30/11/2026"),
        ("2.2. Kiểm tra than", "Gửi mẫu than của mỗi lô 50 tấn đi phân tích pH, carbon, kim loại nặng",
         "Phòng Kỹ thuật - Nông học", "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", "Theo từng lô"),
        ("2.3. Ủ phân", "Trộn than với phân bò, vỏ còn dư và men vi sinh, ủ thành 1.500 tấn phân",
         "Xưởng Nhiệt phân", "HTX Nông nghiệp Ea Ktur", "28/02/2027"),
    ]),
    ("Giai đoạn 3. Đưa phân về vườn (mùa mưa năm 2027)", [
        ("3.1. Mẫu đất lần 1", "Lấy mẫu đất của 60 vườn cà phê thuộc thành viên HTX, THT trước khi bón",
         "Phòng Kỹ thuật - Nông học", "Trung tâm Khuyến nông tỉnh", "31/3/2027"),
        ("3.2. Tập huấn", "Hướng dẫn tổ kỹ thuật các HTX lượng bón, cách vùi phân ủ quanh gốc cà phê",
         "Phòng Kỹ thuật - Nông học", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Tháng 4/2027"),
        ("3.3. Giao phân", "Chở phân ủ đến từng HTX, THT theo số tấn vỏ đơn vị đã bán trong vụ",
         "Phòng Thu mua nguyên liệu", "Tổ Vận tải", "Trước 15/5/2027"),
        ("3.4. Mẫu đất lần 2", "Lấy lại mẫu đất ở 60 vườn đó, so sánh với lần 1 và báo cáo kết quả",
         "Phòng Kỹ thuật - Nông học", "Liên minh Hợp tác xã tỉnh", "Tháng 10/2027"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, tổ có tên trong từng bước chịu trách nhiệm trước Giám đốc về việc của mình. Các "
          "HTX, THT có ý kiến gì về giá, lịch chở vỏ hoặc chất lượng phân ủ thì báo Phòng Thu mua nguyên liệu, số "
          "điện thoại 0262 3 612 457, để được trả lời."),
]

STEP = Cm(3.5)
ARROW = Cm(0.55)


def strip(doc, steps) -> None:
    """One bordered row: a cell per step, a narrow "→" cell between two steps."""
    cols = 2 * len(steps) - 1
    table = doc.add_table(rows=1, cols=cols)
    set_borders(table, "single")
    cells = table.rows[0].cells
    for i, cell in enumerate(cells):
        if i % 2:
            cell.width = ARROW
            cell_lines(cell, ["→"], bold=(0,))
            continue
        title, work, lead, partner, due = steps[i // 2]
        cell.width = STEP
        cell_lines(cell, [title, work, f"▸ Chủ trì: {lead}", f"▸ Phối hợp: {partner}", f"▸ Hạn: {due}"],
                   bold=(0,), center=False)
        for p in cell.paragraphs:
            for run in p.runs:
                run.font.size = Pt(10)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THAN SINH HỌC CƯ KUIN"], "Số: 57/KH-TSH",
                 "Cư Kuin, ngày 14 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua vỏ cà phê, làm than sinh học và trả phân ủ cho các hợp tác xã, tổ hợp tác vụ 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    facts = doc.add_table(rows=1 + len(FACTS), cols=len(FACT_COLUMNS))
    set_borders(facts, "single")
    for n, (row, values) in enumerate(zip(facts.rows, [FACT_COLUMNS, *FACTS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = FACT_WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if n == 0 else (), center=i > 0 or n == 0)
    for heading, steps in STAGES:
        para(doc, heading, bold=True)
        if steps:
            strip(doc, steps)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT bán vỏ;",
                          "- Liên minh HTX tỉnh;", "- Các phòng, xưởng, tổ;", "- Lưu: VT, TMNL."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trương Công Mẫn"])
    return saved(doc, author="Phòng Thu mua nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 57/KH-TSH", created=datetime(2026, 10, 9, 9, 10, 0),
                 modified=datetime(2026, 10, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
