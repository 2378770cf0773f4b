"""Write a_son-la_214-KH-BQLDA-2025_ban-qlda-giao-htx-duy-tu-duong.docx, the hundred-and-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen109/make_docx.py [OUT]

A construction-investment project board's plan (August 2025) handing the upkeep of finished rural roads to
cooperatives: two "Căn cứ" lines, I. aims, II. a bordered table of the roads and the cooperatives taking them (no
tasks), III. numbered paragraphs each opening with a unit of the board or a partner followed directly by its work,
the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_son-la_214-KH-BQLDA-2025_ban-qlda-giao-htx-duy-tu-duong.docx"

BEFORE_TABLE = [
    ("Căn cứ Quyết định số 1562/QĐ-UBND ngày 02/7/2025 của UBND tỉnh về việc giao quản lý, khai thác các công trình "
     "đường giao thông nông thôn sau đầu tư;", "i"),
    ("Căn cứ biên bản nghiệm thu hoàn thành 07 tuyến đường liên bản thuộc Dự án cải tạo, nâng cấp đường giao thông "
     "nông thôn vùng cao,", "i"),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Sơn La (sau đây gọi là Ban QLDA) lập Kế hoạch "
     "giao các hợp tác xã trên địa bàn nhận duy tu, bảo dưỡng thường xuyên các tuyến đường như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Tuyến đường sau khi bàn giao có người trông coi, dọn rãnh, phát quang, vá ổ gà ngay từ mùa mưa đầu tiên; hợp "
     "tác xã có thêm việc làm cho thành viên, người dân bản tham gia lao động có thu nhập.", "p"),
    ("II. CÁC TUYẾN ĐƯỜNG VÀ HỢP TÁC XÃ NHẬN DUY TU", "h"),
]

COLUMNS = ["STT", "Tuyến đường", "Xã", "Chiều dài (km)", "Hợp tác xã nhận duy tu"]
WIDTHS = [Cm(1.1), Cm(5.4), Cm(2.8), Cm(2.2), Cm(5.3)]
ROWS = [
    ("1", "Bản Co Trai - bản Huổi Văn", "Mường Bú", "6,4", "HTX Dịch vụ tổng hợp Nà Bó"),
    ("2", "Bản Pá Chặp - bản Nong Hẻo", "Chiềng Mai", "4,9", "HTX Nông nghiệp Tiến Phát"),
    ("3", "Bản Mông Sông Mã 2 - bản Pù Tỉu", "Tà Xùa", "8,2", "HTX Chè Shan tuyết Tà Xùa"),
    ("4", "Ngã ba Bó Mười - bản Hua Nà", "Thuận Châu", "3,7", "HTX Xây dựng và vận tải Thuận Châu"),
    ("5", "Bản Xa Căn - bản Phiêng Lanh", "Mường Bú", "5,1", "HTX Dịch vụ tổng hợp Nà Bó"),
    ("6", "Bản Lả Mường - suối Nậm Pàn", "Chiềng Mai", "2,8", "HTX Nông nghiệp Tiến Phát"),
    ("7", "Bản Háng Đồng A - bản Háng Đồng B", "Tà Xùa", "6,0", "HTX Chè Shan tuyết Tà Xùa"),
]

AFTER_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("1. Phòng Kế hoạch - Tổng hợp dự thảo mẫu hợp đồng giao khoán duy tu, định mức khối lượng cho từng km đường, "
     "trình Giám đốc Ban ký với 04 hợp tác xã xong trước ngày 15/9/2025.", "p"),
    ("2. Phòng Điều hành dự án số 2 (Phòng ĐHDA2) bàn giao hiện trường, hồ sơ hoàn công từng tuyến cho hợp tác xã, "
     "có sự tham gia của UBND xã sở tại và trưởng bản; làm trong tháng 9/2025.", "p"),
    ("3. Phòng ĐHDA2 cùng Phòng Kỹ thuật - Thẩm định hướng dẫn tổ duy tu của hợp tác xã cách dọn rãnh dọc, thông cống, "
     "vá mặt đường bê tông, lập sổ nhật ký tuyến; tổ chức tại bản trước mùa mưa năm 2026 (trước ngày 30/4/2026).", "p"),
    ("4. Phòng Kỹ thuật - Thẩm định kiểm tra chất lượng duy tu mỗi quý một lần, sau mỗi trận mưa lớn kiểm tra đột "
     "xuất, lập biên bản gửi Phòng Tài chính - Kế toán làm căn cứ thanh toán.", "p"),
    ("5. Phòng Tài chính - Kế toán tạm ứng 30% giá trị hợp đồng cho hợp tác xã ngay sau khi ký, thanh toán phần còn "
     "lại theo quý trên cơ sở biên bản kiểm tra.", "p"),
    ("6. Đề nghị UBND các xã Mường Bú, Chiềng Mai, Tà Xùa, Thuận Châu giao công chức phụ trách giao thông theo dõi "
     "việc duy tu trên địa bàn, báo cáo Ban QLDA khi tuyến bị sạt lở; thực hiện thường xuyên.", "p"),
    ("7. Đề nghị Liên minh HTX tỉnh hướng dẫn 04 hợp tác xã hạch toán riêng khoản thu từ hợp đồng duy tu và chia "
     "thu nhập cho thành viên tham gia lao động, trong quý IV/2025.", "p"),
    ("8. Các hợp tác xã nhận duy tu bố trí mỗi tuyến ít nhất 01 tổ 3 - 5 người, phát quang hai bên đường và dọn đất "
     "đá sạt xuống mặt đường trong vòng 48 giờ sau mưa; báo cáo khối lượng hằng tháng về Phòng ĐHDA2.", "p"),
    ("9. Phòng Kế hoạch - Tổng hợp tổng hợp kết quả một năm giao khoán, đề xuất Giám đốc Ban mở rộng sang các tuyến "
     "hoàn thành năm 2026; hoàn thành tháng 8/2026.", "p"),
    ("Trên đây là Kế hoạch giao hợp tác xã duy tu, bảo dưỡng các tuyến đường giao thông nông thôn của Ban QLDA./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH SƠN LA", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "CÁC CÔNG TRÌNH GIAO THÔNG"],
                 "Số: 214/KH-BQLDA", "Sơn La, ngày 18 tháng 8 năm 2025", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giao hợp tác xã duy tu, bảo dưỡng thường xuyên các tuyến đường giao thông nông thôn", bold=True,
         center=True)
    para(doc, "sau khi hoàn thành bàn giao năm 2025", bold=True, center=True)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    para(doc)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- UBND các xã: Mường Bú, Chiềng Mai,",
                          "  Tà Xùa, Thuận Châu;", "- Liên minh HTX tỉnh;", "- 04 HTX nhận duy tu (t/h);",
                          "- Các phòng thuộc Ban;", "- Lưu: VT, KHTH."],
                    ["GIÁM ĐỐC", "", "", "", "", "Cầm Văn Thiện"])
    return saved(doc, author="Phòng KHTH", editor="Ban QLDA giao thông Sơn La",
                 title="Kế hoạch 214/KH-BQLDA", created=datetime(2025, 8, 12, 9, 10, 0),
                 modified=datetime(2025, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
