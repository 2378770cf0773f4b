"""Write a_ha-tinh_19-KH-HNNCDDC-2026_hoi-nan-nhan-da-cam-htx-cot-ghi-chu.docx, the sixty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen66/make_docx.py [OUT]

A provincial Association of Victims of Agent Orange/Dioxin's plan (January 2026) for its members and victims' families
in cooperative groups and cooperatives: I. purposes, II. targets, III. one bordered table TT | Nội dung | Bộ phận phụ
trách | Phối hợp | Thời gian | Ghi chú (a remarks column), IV. two numbered paragraphs, the closing sentence, the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ha-tinh_19-KH-HNNCDDC-2026_hoi-nan-nhan-da-cam-htx-cot-ghi-chu.docx"

BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("- Giúp hội viên, nạn nhân và người thân của nạn nhân có việc làm ổn định thông qua tham gia tổ hợp tác, hợp "
     "tác xã phù hợp với sức khỏe của từng người.", "p"),
    ("- Các ban của Hội tỉnh và Hội cơ sở phân công người theo dõi từng địa bàn, không để hình thức.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Năm 2026 có thêm ít nhất 120 hội viên, người thân của nạn nhân làm việc tại hợp tác xã; thành lập mới 03 tổ "
     "hợp tác do gia đình nạn nhân làm nòng cốt.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung", "Bộ phận phụ trách", "Phối hợp", "Thời gian", "Ghi chú"]
WIDTHS = [Cm(0.9), Cm(5.6), Cm(2.8), Cm(3.0), Cm(2.2), Cm(2.3)]
ROWS = [
    ("1", "Khảo sát nhu cầu việc làm, nguyện vọng vào tổ hợp tác, hợp tác xã của hội viên và gia đình nạn nhân",
     "Ban Công tác hội viên", "Hội NNCĐDC/dioxin các xã, phường", "Quý I/2026", "Theo mẫu phiếu của Hội tỉnh"),
    ("2", "Vận động 05 hợp tác xã nhận nạn nhân, con em nạn nhân vào làm việc phù hợp sức khỏe",
     "Thường trực Hội", "Liên minh HTX tỉnh", "Tháng 3 - 4/2026", ""),
    ("3", "Hỗ trợ thành lập 03 tổ hợp tác làm hương, chổi đót, nuôi ong của các gia đình nạn nhân",
     "Ban Công tác hội viên", "UBND xã Hương Sơn, UBND xã Vũ Quang", "Trước 30/6/2026", "Mỗi tổ từ 07 thành viên"),
    ("4", "Giới thiệu hội viên vay vốn ưu đãi để góp vốn, mua cổ phần tại hợp tác xã",
     "Văn phòng Hội", "Ngân hàng CSXH tỉnh", "Cả năm", "Ưu tiên hộ nghèo"),
    ("5", "Mở 02 lớp dạy nghề ngắn hạn (làm hương, đan lát) cho con em nạn nhân ngay tại hợp tác xã",
     "Ban Công tác hội viên", "Sở Nội vụ", "Quý II, quý III/2026", ""),
    ("6", "Thăm, tặng quà các hợp tác xã, tổ hợp tác sử dụng nhiều lao động là nạn nhân chất độc da cam",
     "Thường trực Hội", "Ủy ban MTTQ Việt Nam tỉnh", "Dịp 10/8/2026", "Kỷ niệm 65 năm thảm họa da cam"),
    ("7", "Đưa tin gương hội viên làm kinh tế giỏi trong hợp tác xã trên Bản tin và trang thông tin của Hội",
     "Văn phòng Hội", "", "Thường xuyên", ""),
    ("8", "Sơ kết việc hỗ trợ hội viên tham gia kinh tế tập thể năm 2026",
     "Văn phòng Hội", "Ban Công tác hội viên", "Tháng 12/2026", "Lồng ghép tổng kết năm"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đề nghị Hội Nạn nhân chất độc da cam/dioxin các xã, phường lập danh sách hội viên, người thân của nạn nhân "
     "muốn vào tổ hợp tác, hợp tác xã, gửi Văn phòng Hội tỉnh trước ngày 15/02/2026.", "p"),
    ("2. Văn phòng Hội dự trù kinh phí thực hiện Kế hoạch từ nguồn quỹ Hội và nguồn vận động, trình Thường trực "
     "Hội trong tháng 01/2026.", "p"),
    ("Ban, đơn vị nào gặp khó khăn thì báo ngay về Thường trực Hội (qua Văn phòng Hội) để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN", "TỈNH HÀ TĨNH"], "Số: 19/KH-HNNCĐDC",
                 "Hà Tĩnh, ngày 12 tháng 01 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên, gia đình nạn nhân chất độc da cam tham gia tổ hợp tác, hợp tác xã năm 2026",
         bold=True, center=True)
    para(doc, "Thực hiện nhiệm vụ Ban Thường vụ Hội đề ra cho năm 2026; xuất phát từ nhu cầu việc làm của nhiều "
              "gia đình nạn nhân sau sắp xếp đơn vị hành chính, Ban Thường vụ Hội Nạn nhân chất độc da cam/dioxin "
              "tỉnh xây dựng Kế hoạch như sau:")
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
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- TW Hội NNCĐDC/dioxin VN (b/c);", "- Tỉnh hội (b/c);",
                          "- LMHTX tỉnh;", "- UB MTTQ tỉnh;", "- Hội cấp xã;", "- Lưu VP."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Trần Đình Lự"])
    return saved(doc, author="VP Hoi", editor="VP Hoi",
                 title="KH 19 ho tro HTX", created=datetime(2026, 1, 6, 14, 10, 0),
                 modified=datetime(2026, 1, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
