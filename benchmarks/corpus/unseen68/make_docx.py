"""Write a_bac-ninh_215-KH-TTr-2025_thanh-tra-tinh-danh-sach-htx-theo-thang.docx, the sixty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen68/make_docx.py [OUT]

A provincial inspectorate's yearly inspection plan (December 2025, after the Sở inspectorates were folded into the
Thanh tra tỉnh): I. purposes, II. what is inspected (a few "-" lines), III. the cooperatives to inspect as a bordered
table — TT | Hợp tác xã được thanh tra | Nội dung trọng tâm | Thời gian tiến hành | Đơn vị chủ trì | Đơn vị phối hợp —
one row a cooperative, by month; IV. numbered paragraphs of the Thanh tra's units and of the Sở Tài chính; the closing
sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_bac-ninh_215-KH-TTr-2025_thanh-tra-tinh-danh-sach-htx-theo-thang.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Đánh giá việc chấp hành pháp luật về hợp tác xã sau khi Luật Hợp tác xã năm 2023 có hiệu lực; phát hiện, "
     "chấn chỉnh kịp thời sai sót trong quản lý, sử dụng vốn, tài sản chung và kinh phí nhà nước hỗ trợ.", "p"),
    ("2. Thanh tra đúng trọng tâm, không trùng lặp với kiểm tra của các sở, ngành; không làm ảnh hưởng đến hoạt "
     "động sản xuất, kinh doanh bình thường của hợp tác xã.", "p"),
    ("II. NỘI DUNG THANH TRA", "h"),
    ("- Việc đăng ký, tổ chức lại hợp tác xã theo Luật Hợp tác xã năm 2023; điều lệ, đại hội thành viên.", "p"),
    ("- Việc quản lý, sử dụng kinh phí hỗ trợ từ ngân sách nhà nước (hạ tầng, đào tạo, xúc tiến thương mại) giai "
     "đoạn 2022 - 2025.", "p"),
    ("- Việc quản lý tài sản không chia, trích lập các quỹ và phân phối thu nhập cho thành viên.", "p"),
    ("III. ĐỐI TƯỢNG, THỜI GIAN VÀ ĐƠN VỊ THỰC HIỆN", "h"),
    ("Năm 2026 thanh tra 06 hợp tác xã theo danh sách dưới đây; thời hạn thanh tra mỗi cuộc không quá 30 ngày "
     "làm việc kể từ ngày công bố quyết định.", "p"),
]

COLUMNS = ["TT", "Hợp tác xã được thanh tra", "Nội dung trọng tâm", "Thời gian tiến hành", "Đơn vị chủ trì",
           "Đơn vị phối hợp"]
WIDTHS = [Cm(0.9), Cm(3.6), Cm(4.4), Cm(2.2), Cm(2.4), Cm(3.0)]
ROWS = [
    ("1", "HTX Dịch vụ nông nghiệp Tam Giang (xã Tam Giang)", "Sử dụng kinh phí hỗ trợ xây dựng kho lạnh, sân phơi",
     "Tháng 3/2026", "Phòng Nghiệp vụ 2", "Sở Tài chính"),
    ("2", "HTX Gốm Phù Lãng (xã Phù Lãng)", "Quản lý tài sản không chia; phân phối thu nhập", "Tháng 4/2026",
     "Phòng Nghiệp vụ 2", "UBND xã Phù Lãng"),
    ("3", "HTX Vải thiều Hồng Giang (xã Lục Ngạn)", "Hỗ trợ xúc tiến thương mại, tem truy xuất nguồn gốc",
     "Tháng 6 - 7/2026", "Phòng Nghiệp vụ 3", "Sở Nông nghiệp và Môi trường, UBND xã Lục Ngạn"),
    ("4", "HTX Vận tải Kinh Bắc (phường Kinh Bắc)", "Đăng ký lại theo Luật; điều lệ, đại hội thành viên",
     "Tháng 8/2026", "Phòng Nghiệp vụ 2", "Sở Xây dựng"),
    ("5", "HTX Mây tre đan Xuân Lai (xã Gia Bình)", "Sử dụng kinh phí đào tạo nghề, hỗ trợ lao động",
     "Quý III/2026", "Phòng Nghiệp vụ 3", "Sở Nội vụ"),
    ("6", "HTX Nông nghiệp sạch Yên Dũng (xã Yên Dũng)", "Vốn vay Quỹ hỗ trợ phát triển HTX; trích lập các quỹ",
     "Tháng 10/2026", "Phòng Nghiệp vụ 2", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Nghiệp vụ 2 là đầu mối, dự thảo quyết định thanh tra từng cuộc trình Chánh Thanh tra tỉnh ký trước "
     "ngày tiến hành ít nhất 15 ngày; tổng hợp kết quả cả năm, báo cáo Chánh Thanh tra trước ngày 05/12/2026.",
     "p"),
    ("2. Văn phòng Thanh tra tỉnh bố trí kinh phí, phương tiện, bảo đảm điều kiện làm việc cho các đoàn thanh tra "
     "trong suốt năm 2026.", "p"),
    ("3. Đề nghị Sở Tài chính cung cấp hồ sơ cấp phát kinh phí hỗ trợ hợp tác xã giai đoạn 2022 - 2025 cho Thanh "
     "tra tỉnh, chậm nhất ngày 20/02/2026.", "p"),
    ("Trong quá trình thực hiện, nếu có thay đổi về đối tượng hoặc thời gian, Phòng Nghiệp vụ 2 tổng hợp, đề xuất "
     "Chánh Thanh tra tỉnh xem xét, điều chỉnh./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH BẮC NINH", "THANH TRA TỈNH"], "Số: 215/KH-TTr",
                 "Bắc Ninh, ngày 19 tháng 12 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thanh tra việc chấp hành pháp luật về hợp tác xã và việc quản lý, sử dụng kinh phí hỗ trợ hợp tác xã "
              "năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Luật Thanh tra năm 2025; căn cứ định hướng công tác thanh tra năm 2026 được Ủy ban nhân dân "
              "tỉnh phê duyệt, Thanh tra tỉnh Bắc Ninh xây dựng Kế hoạch thanh tra hợp tác xã năm 2026 như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Thanh tra Chính phủ (b/c);", "- UBND tỉnh (b/c);",
                          "- Sở Tài chính, Sở NN&MT;", "- Các HTX có tên tại mục III;", "- Lưu: VT, NV2."],
                    ["CHÁNH THANH TRA", "", "", "", "Trịnh Văn Khởi"])
    return saved(doc, author="Phòng Nghiệp vụ 2", editor="Văn thư Thanh tra tỉnh Bắc Ninh",
                 title="Kế hoạch 215/KH-TTr", created=datetime(2025, 12, 10, 9, 15, 0),
                 modified=datetime(2025, 12, 19, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
