"""Write a_dong-thap_42-KH-QDTPT-2026_quy-dau-tu-cho-vay-htx-kho-lanh.docx, the hundred-and-seventeenth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen117/make_docx.py [OUT]

A provincial development investment fund's plan (Quỹ Đầu tư phát triển tỉnh Đồng Tháp, 2026) for lending to
cooperatives that build cold stores and drying yards: I. purposes, II. the lending frame ("-" lines), III. one bordered
table TT | Công việc | Bộ phận thực hiện | Phối hợp | Thời hạn in the body, nine rows, the Fund's own rooms as doers,
IV. two numbered paragraphs; the signature beside "Nơi nhận". Plain paragraphs with typed numbers.

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
OUT = HERE / "a_dong-thap_42-KH-QDTPT-2026_quy-dau-tu-cho-vay-htx-kho-lanh.docx"

BEFORE = [
    ("I. MỤC ĐÍCH", "h"),
    ("Đưa nguồn vốn ủy thác và vốn điều lệ của Quỹ đến các hợp tác xã nông nghiệp có dự án kho lạnh, lò sấy, "
     "nhà sơ chế trái cây, lúa giống; giảm thủ tục, rút ngắn thời gian thẩm định hồ sơ vay.", "p"),
    ("II. KHUNG CHO VAY NĂM 2026", "h"),
    ("- Dư nợ cho vay hợp tác xã đến cuối năm dự kiến 85 tỷ đồng, trong đó giải ngân mới khoảng 40 tỷ đồng.", "p"),
    ("- Mức vay tối đa một dự án 5 tỷ đồng; lãi suất theo quyết định của Hội đồng quản lý Quỹ từng thời kỳ.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kế hoạch - Tổng hợp làm đầu mối theo dõi kế hoạch này, tổng hợp tình hình giải ngân hằng quý, báo cáo "
     "Hội đồng quản lý Quỹ trước ngày 20/12/2026.", "p"),
    ("2. Ban Kiểm soát Quỹ kiểm tra việc sử dụng vốn vay tại ít nhất 6 hợp tác xã, có biên bản gửi Giám đốc trong "
     "quý IV/2026.", "p"),
    ("Quá trình thực hiện có khó khăn, các phòng phản ánh về Phòng Kế hoạch - Tổng hợp để trình Giám đốc xem "
     "xét./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(6.8), Cm(3.2), Cm(3.6), Cm(2.4)]
ROWS = [
    ("1", "Lập danh mục hợp tác xã có nhu cầu vay đầu tư kho lạnh, lò sấy trên cơ sở đề xuất của các xã, phường",
     "Phòng Tín dụng", "Sở Tài chính; Liên minh HTX tỉnh", "Tháng 02/2026"),
    ("2", "Ban hành mẫu hồ sơ vay rút gọn áp dụng riêng cho hợp tác xã, tổ hợp tác",
     "Phòng Thẩm định", "Phòng Tín dụng", "31/3/2026"),
    ("3", "Thẩm định, trình Hội đồng quản lý Quỹ phê duyệt các khoản vay đợt 1",
     "Phòng Thẩm định", "", "Quý II/2026"),
    ("4", "Phối hợp xác nhận giá trị tài sản bảo đảm là công trình trên đất thuê của hợp tác xã",
     "Phòng Tín dụng", "Sở Nông nghiệp và Môi trường", "Khi có hồ sơ"),
    ("5", "Giới thiệu chính sách cho vay tại các hội nghị tập huấn hợp tác xã của Liên minh",
     "Phòng Kế hoạch - Tổng hợp", "Liên minh HTX tỉnh", "Theo lịch tập huấn"),
    ("6", "Giải ngân, hướng dẫn hợp tác xã thanh toán theo tiến độ thi công",
     "Phòng Kế toán - Ngân quỹ", "Phòng Tín dụng", "Từ tháng 5 đến tháng 11/2026"),
    ("7", "Đề xuất Ủy ban nhân dân tỉnh bổ sung vốn ủy thác cho vay hợp tác xã năm 2027",
     "Phòng Kế hoạch - Tổng hợp", "Sở Tài chính", "Trước 15/10/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH ĐỒNG THÁP", "QUỸ ĐẦU TƯ PHÁT TRIỂN"], "Số: 42/KH-QĐTPT",
                 "Đồng Tháp, ngày 09 tháng 01 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cho vay hợp tác xã đầu tư kho lạnh, lò sấy, nhà sơ chế năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Điều lệ tổ chức và hoạt động của Quỹ Đầu tư phát triển tỉnh Đồng Tháp; căn cứ kế hoạch vốn "
              "năm 2026 đã được Hội đồng quản lý Quỹ thông qua, Giám đốc Quỹ ban hành Kế hoạch như sau:")
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
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- Sở Tài chính;", "- Liên minh HTX tỉnh;",
                          "- Các phòng, Ban Kiểm soát;", "- Lưu: VT, KHTH."],
                    ["GIÁM ĐỐC", "", "", "", "Trần Thị Kim Xuyến"])
    return saved(doc, author="Phòng Kế hoạch - Tổng hợp", editor="Văn thư Quỹ",
                 title="Kế hoạch 42/KH-QĐTPT", created=datetime(2026, 1, 5, 9, 10, 0),
                 modified=datetime(2026, 1, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
