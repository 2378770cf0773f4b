"""Write a_nghe-an_41-2026-KH-NLHL_lao-dong-ve-nuoc-vao-htx.docx, the hundred-and-eighty-seventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen187/make_docx.py [OUT]

A labour-export company's plan (August 2026) for the workers whose contracts in Japan, Korea and Taiwan end and who
come home between September 2026 and March 2027: helping them join or found cooperatives. I. purposes and targets
("-" lines), II. a short account of the returnees (facts), III. a legend line, then the work as an EISENHOWER PRIORITY
MATRIX — one bordered 3 x 3 table whose header row reads "KHẨN CẤP | KHÔNG KHẨN CẤP" and whose header column reads
"QUAN TRỌNG | KHÔNG QUAN TRỌNG"; each of the four quadrant cells holds a bold title ("(1) LÀM NGAY", "(2) LÊN LỊCH
LÀM", "(3) LÀM GỌN, GIAO ĐÚNG NGƯỜI", "(4) TẠM GÁC LẠI") over "•" lines "việc — bộ phận phụ trách (phối hợp: …) —
thời hạn"; the fourth quadrant holds only work put off (no tasks). IV. two numbered paragraphs; the closing
sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_nghe-an_41-2026-KH-NLHL_lao-dong-ve-nuoc-vao-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020; Luật Hợp tác xã năm "
     "2023; Thỏa thuận hợp tác số 07/2026/TTHT giữa Công ty và Liên minh Hợp tác xã tỉnh Nghệ An về việc làm cho "
     "người lao động sau khi về nước;", "p"),
    ("Công ty Cổ phần Nhân lực Quốc tế Hồng Lam lập Kế hoạch giúp người lao động hết hạn hợp đồng về nước tham gia, "
     "thành lập hợp tác xã như sau:", "p"),
    ("I. MỤC ĐÍCH, CHỈ TIÊU", "h"),
    ("- Người lao động về nước có việc làm ổn định ở quê nhà, dùng được tay nghề, vốn và tác phong đã có khi làm "
     "việc ở nước ngoài; giảm số người phải đi lần hai vì không tìm được việc.", "p"),
    ("- Đến hết tháng 6/2027 có ít nhất 40 lao động về nước trở thành thành viên hoặc người lao động của hợp tác xã; "
     "thành lập mới 03 hợp tác xã do lao động về nước làm nòng cốt.", "p"),
    ("II. TÌNH HÌNH NGƯỜI LAO ĐỘNG VỀ NƯỚC", "h"),
    ("Từ tháng 9/2026 đến tháng 3/2027 có 146 lao động do Công ty đưa đi hết hạn hợp đồng về nước (Nhật Bản 97 "
     "người, Hàn Quốc 31 người, Đài Loan (Trung Quốc) 18 người). Qua hỏi ý kiến trước khi về, 58 người muốn làm việc "
     "tại địa phương, trong đó 23 người đã làm trồng trọt, chế biến thực phẩm hoặc sửa chữa máy ở nước ngoài và có "
     "số tiền tích lũy từ 200 đến 600 triệu đồng.", "p"),
    ("III. CÁC VIỆC CẦN LÀM, XẾP THEO MỨC ĐỘ ƯU TIÊN", "h"),
    ("Các việc được xếp vào bốn ô theo hai tiêu chí: quan trọng hay không và khẩn cấp hay không. Mỗi việc ghi trên "
     "một dòng theo thứ tự: nội dung — bộ phận phụ trách (đơn vị phối hợp, nếu có) — thời hạn. Việc ở ô (4) chưa "
     "làm trong Kế hoạch này.", "p"),
]

#: the four quadrants: a title, then the lines
Q1 = ["(1) LÀM NGAY",
      "• Lập danh sách lao động hết hạn hợp đồng về nước từ tháng 9/2026 đến tháng 3/2027, gọi điện hỏi từng người "
      "có muốn vào hợp tác xã không — Phòng Quản lý lao động ngoài nước (phối hợp: Văn phòng đại diện tại Tokyo) — "
      "xong trước 31/8/2026",
      "• Thống nhất với Liên minh Hợp tác xã tỉnh danh sách 15 hợp tác xã nông nghiệp, cơ khí, may mặc đang cần "
      "người — Ban Tổng Giám đốc — trong tháng 9/2026",
      "• Tổ chức ngày gặp gỡ giữa lao động đã về nước và các hợp tác xã tại hội trường Công ty — Phòng Đào tạo - "
      "Định hướng (phối hợp: Liên minh Hợp tác xã tỉnh, Trung tâm Dịch vụ việc làm Nghệ An) — ngày 26/9/2026",
      "• Hướng dẫn lao động về nước thanh lý hợp đồng, nhận lại tiền ký quỹ để có vốn góp vào hợp tác xã — Phòng "
      "Tài chính - Kế toán — trong 10 ngày làm việc kể từ khi người lao động nộp đủ giấy tờ"]
Q2 = ["(2) LÊN LỊCH LÀM",
      "• Mở 02 lớp \"Làm chủ hợp tác xã\" cho lao động về nước: quyền và nghĩa vụ của thành viên, điều lệ, sổ sách "
      "kế toán đơn giản, cách áp dụng 5S và quy trình sản xuất đã học ở Nhật Bản — Phòng Đào tạo - Định hướng "
      "(phối hợp: Liên minh Hợp tác xã tỉnh) — tháng 10 và tháng 11/2026",
      "• Tư vấn 03 nhóm lao động về nước lập hợp tác xã trồng nấm, rau thủy canh, sửa chữa máy nông nghiệp: soạn "
      "dự thảo điều lệ, lập phương án sản xuất - kinh doanh, chuẩn bị giấy tờ đăng ký — Phòng Pháp chế - Hợp đồng (phối hợp: phòng Kinh tế "
      "các xã nơi hợp tác xã đặt trụ sở) — quý IV/2026",
      "• Giới thiệu lao động về nước có phương án làm ăn trong hợp tác xã vay vốn hỗ trợ tạo việc làm — Phòng Quản "
      "lý lao động ngoài nước (phối hợp: Chi nhánh Ngân hàng Chính sách xã hội tỉnh Nghệ An) — từ tháng 10/2026, "
      "làm thường xuyên",
      "• Kết nối các hợp tác xã mới thành lập với nghiệp đoàn, doanh nghiệp Nhật Bản từng tiếp nhận lao động để xin "
      "hỗ trợ kỹ thuật và đơn đặt hàng — Văn phòng đại diện tại Tokyo — quý I/2027"]
Q3 = ["(3) LÀM GỌN, GIAO ĐÚNG NGƯỜI",
      "• Cập nhật việc làm của lao động về nước lên cơ sở dữ liệu người lao động đi làm việc ở nước ngoài, gửi số "
      "liệu cho Sở Nội vụ — Phòng Hành chính - Nhân sự — trước ngày 05 hằng tháng",
      "• In 500 tờ gấp giới thiệu các hợp tác xã đang tuyển thành viên, gửi kèm giấy tờ về nước của từng lao động "
      "— Phòng Truyền thông — trước 15/9/2026",
      "• Đăng tin tuyển thành viên của các hợp tác xã lên trang Facebook của Công ty và nhóm Zalo cựu thực tập sinh "
      "— Phòng Truyền thông — hằng tuần"]
Q4 = ["(4) TẠM GÁC LẠI",
      "• Viết phần mềm riêng theo dõi lao động về nước (trước mắt dùng bảng tính chung của Phòng Quản lý lao động "
      "ngoài nước)",
      "• Đưa đoàn lao động về nước sang Nhật Bản học mô hình hợp tác xã nông nghiệp (xem xét lại năm 2027)",
      "• Lập quỹ khởi nghiệp riêng của Công ty cho lao động về nước"]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Hành chính - Nhân sự theo dõi tiến độ các việc ở ô (1), (2) và (3), tổng hợp kết quả báo cáo Tổng "
     "Giám đốc trước ngày 20/12/2026.", "p"),
    ("2. Người lao động về nước được giúp theo Kế hoạch này không phải nộp bất kỳ khoản tiền nào cho Công ty; chi "
     "phí các lớp học, ngày gặp gỡ, tờ gấp do Công ty chi từ nguồn phúc lợi năm 2026.", "p"),
    ("Các phòng, văn phòng đại diện căn cứ ô việc của mình chủ động triển khai; vướng mắc báo cáo Ban Tổng Giám "
     "đốc để xử lý./.", "p"),
]


def matrix(doc):
    """The priority matrix: a bordered 3 x 3 table, the quadrants' lines one paragraph each (left-aligned)."""
    table = doc.add_table(rows=3, cols=3)
    set_borders(table, "single")
    widths = [Cm(2.6), Cm(6.7), Cm(6.7)]
    cells = [["", "KHẨN CẤP", "KHÔNG KHẨN CẤP"], ["QUAN TRỌNG", Q1, Q2], ["KHÔNG QUAN TRỌNG", Q3, Q4]]
    for row, values in zip(table.rows, cells):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if isinstance(value, list):
                cell_lines(cell, value, bold=(0,), center=False)
            else:
                cell_lines(cell, [value], bold=(0,))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NHÂN LỰC QUỐC TẾ HỒNG LAM"], "Số: 41/2026/KH-NLHL",
                 "Nghệ An, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giúp người lao động hết hạn hợp đồng về nước tham gia, thành lập hợp tác xã giai đoạn tháng 9/2026 - "
              "tháng 3/2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    matrix(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Sở Nội vụ tỉnh Nghệ An (b/c);",
                          "- Liên minh HTX tỉnh Nghệ An;", "- Các phòng, VPĐD tại Tokyo (t/h);", "- Lưu: VT, QLLĐ."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Hồ Sỹ Tường"])
    return saved(doc, author="Phòng Quản lý lao động ngoài nước", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-NLHL", created=datetime(2026, 8, 12, 9, 10, 0),
                 modified=datetime(2026, 8, 18, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
