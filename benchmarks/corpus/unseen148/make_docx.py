"""Write a_ca-mau_24-2026-KH-DM_thanh-ly-tai-san-htx-pha-san.docx, the hundred-and-forty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen148/make_docx.py [OUT]

A bankruptcy asset-management and liquidation enterprise (a partnership of insolvency practitioners, appointed by a
regional court) planning how it manages and sells the assets of a bankrupt shrimp cooperative: the issuer's name over
two bold header lines, an opening naming the court's two decisions, I. purposes, II. the assets and debts ("-" lines,
facts), III. one sentence naming the practitioner in charge over ONE bordered table TT | Công việc | Căn cứ | Bộ phận
thực hiện | Phối hợp | Thời hạn — a "Căn cứ" column of the court's documents, some with their numbers and dates,
between the work and the doers —, the firm's teams as doers, times tied to the proceedings ("Trong 30 ngày kể từ …
(trước 15/8/2026)", "Ngay sau khi kiểm kê", "Trước 13/10/2026 (Hội nghị dự kiến …)", "Ngày 25 hằng tháng"); IV. costs
and V. one sentence (no work); the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in.

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
OUT = HERE / "a_ca-mau_24-2026-KH-DM_thanh-ly-tai-san-htx-pha-san.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Ngày 14/7/2026, Tòa án nhân dân khu vực 3 - Cà Mau ban hành Quyết định số 03/2026/QĐ-MTTPS mở thủ tục phá sản "
     "đối với Hợp tác xã Nuôi trồng thủy sản Tân Lộc Xanh (sau đây gọi là HTX Tân Lộc Xanh); ngày 16/7/2026 ban hành "
     "Quyết định số 07/2026/QĐ-CĐQTV chỉ định Công ty Hợp danh Quản lý, thanh lý tài sản Đất Mũi (sau đây gọi là Công "
     "ty) quản lý, thanh lý tài sản của HTX. Công ty lập Kế hoạch thực hiện như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giữ nguyên hiện trạng, không để thất thoát tài sản của HTX từ ngày được chỉ định; tôm đang nuôi, thức ăn dễ hư "
     "hỏng được xử lý kịp thời để giữ giá trị.", "p"),
    ("- Việc bán, bàn giao tài sản chỉ thực hiện khi có quyết định hoặc chấp thuận của Thẩm phán; thông tin về tài sản, "
     "khoản nợ được công khai với các chủ nợ và thành viên HTX.", "p"),
    ("II. TÌNH HÌNH TÀI SẢN, CÁC KHOẢN NỢ (theo báo cáo của HTX)", "h"),
    ("- Tài sản: 14 ha ao nuôi tôm trên đất thuê của UBND xã, 36 máy sục khí, 01 nhà kho, 01 xe tải 2,5 tấn, 01 nhà "
     "điều hành và 01 trạm bơm xây dựng bằng vốn hỗ trợ của Nhà nước.", "p"),
    ("- Nợ phải trả khoảng 6,8 tỷ đồng, trong đó nợ vay ngân hàng 4,2 tỷ đồng, nợ tiền thức ăn, con giống của 05 doanh "
     "nghiệp 2,1 tỷ đồng; thành viên HTX góp vốn 1,3 tỷ đồng.", "p"),
    ("III. CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Quản tài viên phụ trách: ông Trịnh Hoàng Phúc, Giám đốc Công ty. Các công việc cụ thể như sau:", "p"),
]

AFTER = [
    ("IV. CHI PHÍ", "h"),
    ("Chi phí quản lý, thanh lý tài sản theo mức Thẩm phán quyết định, thanh toán từ giá trị tài sản của HTX Tân Lộc "
     "Xanh theo quy định.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Các bộ phận thực hiện đúng thời hạn nêu trên; việc phát sinh ngoài Kế hoạch phải báo cáo Quản tài viên phụ trách "
     "trước khi thực hiện./.", "p"),
]

COLUMNS = ["TT", "Công việc", "Căn cứ", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(3.1), Cm(2.6), Cm(2.9), Cm(2.5)]
ROWS = [
    ("1", "Tiếp nhận con dấu, sổ kế toán, hồ sơ, tài liệu từ Giám đốc HTX; niêm phong kho thức ăn, thuốc thủy sản",
     "Quyết định số 03/2026/QĐ-MTTPS ngày 14/7/2026", "Tổ Pháp lý", "Công an xã Tân Lộc", "Trước 31/7/2026"),
    ("2", "Kiểm kê ao nuôi, máy sục khí, nhà kho, xe tải và tôm đang nuôi; lập bảng kê tài sản",
     "Quyết định số 07/2026/QĐ-CĐQTV ngày 16/7/2026", "Tổ Kiểm kê - Định giá", "Ban kiểm soát HTX Tân Lộc Xanh",
     "Trong 30 ngày kể từ ngày được chỉ định (trước 15/8/2026)"),
    ("3", "Gửi thông báo cho các chủ nợ; lập danh sách chủ nợ, danh sách người mắc nợ HTX, niêm yết tại trụ sở HTX",
     "Quyết định số 03/2026/QĐ-MTTPS", "Tổ Kế toán - Thu hồi nợ", "UBND xã Tân Lộc", "Xong trước 20/8/2026"),
    ("4", "Đề xuất Thẩm phán cho bán ngay số tôm đến kỳ thu hoạch và thức ăn sắp hết hạn sử dụng",
     "Quyết định số 07/2026/QĐ-CĐQTV", "Văn phòng Công ty", "", "Ngay sau khi kiểm kê"),
    ("5", "Thuê tổ chức thẩm định giá xác định giá trị tài sản đã kiểm kê", "Biên bản kiểm kê tài sản",
     "Tổ Kiểm kê - Định giá", "Công ty Cổ phần Thẩm định giá Phương Nam", "Tháng 9/2026"),
    ("6", "Đề nghị cơ quan thuế xác nhận số thuế HTX còn nợ, tiền chậm nộp", "–", "Tổ Kế toán - Thu hồi nợ",
     "Thuế cơ sở 2 tỉnh Cà Mau", "Trước 30/9/2026"),
    ("7", "Chuẩn bị tài liệu, danh sách chủ nợ phục vụ Hội nghị chủ nợ lần thứ nhất",
     "Thông báo triệu tập Hội nghị chủ nợ của Tòa án", "Tổ Pháp lý", "Tòa án nhân dân khu vực 3 - Cà Mau",
     "Trước 13/10/2026 (Hội nghị dự kiến ngày 20/10/2026)"),
    ("8", "Ký hợp đồng với tổ chức đấu giá, bán đấu giá tài sản của HTX", "Quyết định tuyên bố HTX phá sản (khi có)",
     "Văn phòng Công ty", "Trung tâm Dịch vụ đấu giá tài sản tỉnh Cà Mau", "Quý I/2027"),
    ("9", "Lập hồ sơ tài sản không chia của HTX (nhà điều hành, trạm bơm), đề xuất xử lý theo quy định của Luật Hợp "
          "tác xã", "Quyết định tuyên bố HTX phá sản (khi có)", "Tổ Pháp lý", "UBND xã Tân Lộc, Sở Tài chính",
     "Quý I/2027"),
    ("10", "Lập phương án phân chia số tiền thu được từ bán tài sản theo thứ tự ưu tiên thanh toán, trình Thẩm phán",
     "–", "Tổ Kế toán - Thu hồi nợ", "", "Trong 10 ngày sau khi bán xong tài sản"),
    ("11", "Báo cáo Thẩm phán tiến độ quản lý, thanh lý tài sản", "–", "Văn phòng Công ty", "", "Ngày 25 hằng tháng"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY HỢP DANH QUẢN LÝ,", "THANH LÝ TÀI SẢN ĐẤT MŨI"], "Số: 24/2026/KH-ĐM",
                 "Cà Mau, ngày 24 tháng 7 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Quản lý, thanh lý tài sản của Hợp tác xã Nuôi trồng thủy sản Tân Lộc Xanh", bold=True, center=True)
    para(doc, "trong thủ tục phá sản", bold=True, center=True)
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
    signature_table(doc, ["Nơi nhận:", "- Thẩm phán giải quyết vụ việc (TAND khu vực 3 - Cà Mau);",
                          "- VKSND khu vực 3 - Cà Mau;", "- HTX Tân Lộc Xanh;", "- Các chủ nợ (để biết);",
                          "- Các bộ phận của Công ty;", "- Lưu: VT, HSVV."],
                    ["GIÁM ĐỐC", "", "", "", "Trịnh Hoàng Phúc"])
    return saved(doc, author="Tổ Pháp lý", editor="Công ty Đất Mũi",
                 title="Kế hoạch 24/2026/KH-ĐM", created=datetime(2026, 7, 20, 14, 0, 0),
                 modified=datetime(2026, 7, 24, 10, 25, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
