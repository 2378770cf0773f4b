"""Write b_lmhtxvn_415-KH-LMHTXVN-2026_phong-trao-thi-dua-bang-tieu-chi.docx, the twenty-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen26/make_docx.py [OUT]

A national body's plan for an EMULATION MOVEMENT (phong trào thi đua) in Word (May 2026): I. purposes; II. who takes
part and when (the movement's own calendar, no doer); III. the scoring criteria as one bordered table TT | Tiêu chí
| Điểm tối đa (not work); IV. the awards as "-" lines (not work); V. the share-out: "1. Ban Thi đua - Khen thưởng (cơ
quan thường trực):" over "-" items, "2." and "3." a unit and its verb with no colon, "4. liên minh hợp tác xã các tỉnh,
thành phố" typed in lower case over "-" items, "5." and "6." requests and a fund named by its parent in brackets, "7."
the Văn phòng; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "b_lmhtxvn_415-KH-LMHTXVN-2026_phong-trao-thi-dua-bang-tieu-chi.docx"

# (text, style): "h" a bold heading, "s" a bold numbered heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Khơi dậy tinh thần đổi mới, sáng tạo của các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác; phát hiện, tôn "
     "vinh những mô hình ứng dụng công nghệ, chuyển đổi số hiệu quả để nhân rộng.", "p"),
    ("2. Phong trào được tổ chức thiết thực, công khai; việc chấm điểm, bình xét khen thưởng đúng tiêu chí, tránh "
     "chạy theo số lượng.", "p"),
    ("II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA", "h"),
    ("1. Đối tượng: các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác đang hoạt động và liên minh hợp tác xã các "
     "tỉnh, thành phố.", "p"),
    ("2. Thời gian: từ tháng 6/2026 đến hết tháng 9/2027; sơ kết vào tháng 11/2026, tổng kết vào tháng 10/2027.", "p"),
    ("III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA", "h"),
    ("Hợp tác xã đăng ký tham gia phong trào được chấm điểm theo năm tiêu chí dưới đây (thang điểm 100):", "p"),
]

COLUMNS = ["TT", "Tiêu chí", "Điểm tối đa"]
WIDTHS = [Cm(1.2), Cm(12.6), Cm(2.6)]
CRITERIA = [
    ("1", "Đổi mới tổ chức, quản trị, điều lệ theo Luật Hợp tác xã năm 2023", "20"),
    ("2", "Ứng dụng công nghệ, chuyển đổi số trong sản xuất, kinh doanh và công tác kế toán", "25"),
    ("3", "Liên kết theo chuỗi giá trị, có sản phẩm OCOP hoặc truy xuất được nguồn gốc", "20"),
    ("4", "Hiệu quả kinh tế; thu nhập và mức độ sử dụng dịch vụ của thành viên", "25"),
    ("5", "Trách nhiệm với cộng đồng, bảo vệ môi trường", "10"),
]

AFTER_TABLE = [
    ("IV. HÌNH THỨC KHEN THƯỞNG", "h"),
    ("- Sơ kết năm 2026: Bằng khen của Liên minh Hợp tác xã Việt Nam cho 30 tập thể và 20 cá nhân.", "p"),
    ("- Tổng kết: Cờ thi đua của Liên minh Hợp tác xã Việt Nam cho 10 tập thể dẫn đầu; đề nghị Thủ tướng Chính phủ "
     "tặng Bằng khen cho 05 tập thể xuất sắc nhất.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Thi đua - Khen thưởng (cơ quan thường trực):", "s"),
    ("- Ban hành hướng dẫn đăng ký thi đua, mẫu phiếu chấm điểm; gửi liên minh hợp tác xã các tỉnh, thành phố trước "
     "30/6/2026.", "p"),
    ("- Tổng hợp hồ sơ, trình Hội đồng Thi đua - Khen thưởng Liên minh xét khen thưởng sơ kết trong tháng 11/2026.",
     "p"),
    ("- Phối hợp với Văn phòng Liên minh chuẩn bị Hội nghị tổng kết phong trào, dự kiến tháng 10/2027.", "p"),
    ("2. Ban Truyền thông mở chuyên mục “Hợp tác xã đổi mới, sáng tạo” trên Cổng thông tin điện tử của Liên minh, "
     "mỗi tháng giới thiệu ít nhất 01 gương điển hình, thực hiện thường xuyên trong thời gian thi đua.", "p"),
    ("3. Ban Kế hoạch - Tài chính bố trí kinh phí khen thưởng, kinh phí tổ chức sơ kết, tổng kết; hoàn thành trước "
     "31/7/2026.", "p"),
    ("4. liên minh hợp tác xã các tỉnh, thành phố", "s"),
    ("- phát động phong trào tại địa phương, hướng dẫn hợp tác xã đăng ký, gửi danh sách hợp tác xã đăng ký về Ban "
     "Thi đua - Khen thưởng trước 31/7/2026;", "p"),
    ("- phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường chấm điểm, lựa chọn hợp tác xã tiêu biểu đề nghị khen "
     "thưởng, gửi trước ngày 20/10/2026 (sơ kết) và trước ngày 15/9/2027 (tổng kết).", "p"),
    ("5. Đề nghị Ngân hàng Hợp tác xã Việt Nam xem xét ưu đãi lãi suất cho vay đối với các hợp tác xã được khen "
     "thưởng trong phong trào; thời gian: năm 2027.", "p"),
    ("6. Quỹ Hỗ trợ phát triển hợp tác xã (Liên minh Hợp tác xã Việt Nam) ưu tiên thẩm định hồ sơ vay vốn của hợp tác "
     "xã đạt từ 80 điểm trở lên, bắt đầu từ quý IV/2026.", "p"),
    ("7. Văn phòng Liên minh bố trí hội trường, khánh tiết, đón tiếp đại biểu dự Hội nghị sơ kết phong trào, tổ chức "
     "tại Hà Nội ngày 26/11/2026.", "p"),
    ("Trên đây là Kế hoạch tổ chức phong trào thi đua “Hợp tác xã đổi mới, sáng tạo, chuyển đổi số” năm 2026 - 2027 "
     "của Liên minh Hợp tác xã Việt Nam./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["LIÊN MINH HỢP TÁC XÃ", "VIỆT NAM"], "Số: 415/KH-LMHTXVN", "Hà Nội, ngày 15 tháng 5 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức phong trào thi đua “Hợp tác xã đổi mới, sáng tạo, chuyển đổi số” năm 2026 - 2027", bold=True,
         center=True)
    para(doc, "Để khơi dậy tinh thần đổi mới trong khu vực kinh tế tập thể và cụ thể hóa kế hoạch công tác thi đua, "
              "khen thưởng năm 2026, Ban Thường vụ Liên minh Hợp tác xã Việt Nam ban hành Kế hoạch tổ chức phong "
              "trào thi đua như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style in ("h", "s"))
    table = doc.add_table(rows=1 + len(CRITERIA), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *CRITERIA]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i != 1)
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style in ("h", "s"))
    signature_table(doc, ["Nơi nhận:", "- Ban Kinh tế Trung ương (b/c);", "- Bộ Tài chính;",
                          "- Thường trực Liên minh HTX Việt Nam;", "- Liên minh HTX các tỉnh, thành phố;",
                          "- Các ban, đơn vị thuộc Liên minh;", "- Lưu: VT, TĐKT."],
                    ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trịnh Văn Khiêm"])
    return saved(doc, author="Ban Thi đua - Khen thưởng", editor="Văn thư Liên minh HTX Việt Nam",
                 title="Kế hoạch 415/KH-LMHTXVN", created=datetime(2026, 5, 8, 9, 40, 0),
                 modified=datetime(2026, 5, 15, 14, 25, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
