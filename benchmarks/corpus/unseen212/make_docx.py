"""Write a_quang-ngai_19-KH-TDG-2026_tham-dinh-gia-tai-san-htx-hop-nhat.docx, the two-hundred-and-twelfth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen212/make_docx.py [OUT]

A price-valuation company's plan (September 2026) for carrying out its contract with the province's Sở Tài chính:
valuing the assets (pumping stations, warehouses, rice dryers, a combine harvester) of six agricultural cooperatives
that merge into three after the communes were merged. I. purposes ("-" lines), II. a table of the VALUATION TEAM
(name | post | appraiser's card | role in the team: facts, no work), III. ONE bordered step table Bước | Công việc |
Thực hiện | Phía khách hàng phối hợp | Hoàn thành whose doers are the company's posts and teams, one step timed
"Cùng Bước 4", one after a condition; IV. two numbered requests to the client and the cooperatives; the closing
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
OUT = HERE / "a_quang-ngai_19-KH-TDG-2026_tham-dinh-gia-tai-san-htx-hop-nhat.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Căn cứ Hợp đồng dịch vụ thẩm định giá số 27/2026/HĐ-TĐG ngày 08/9/2026 giữa Sở Tài chính tỉnh Quảng Ngãi và "
     "Công ty Cổ phần Thẩm định giá Trà Khúc;", "p"),
    ("Căn cứ hệ thống Chuẩn mực thẩm định giá Việt Nam và quy trình nội bộ của Công ty;", "p"),
    ("Sau khi sắp xếp đơn vị hành chính cấp xã, sáu hợp tác xã nông nghiệp ở các xã Nghĩa Hành, Đình Cương, Tư "
     "Nghĩa và Trà Giang đã thống nhất hợp nhất thành ba hợp tác xã theo địa giới xã mới. Tài sản phải định giá gồm "
     "11 trạm bơm điện, 04 nhà kho, 02 lò sấy lúa, 01 máy gặt đập liên hợp và phần vốn góp bằng hiện vật của thành "
     "viên. Công ty lập kế hoạch thực hiện hợp đồng như dưới đây.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Xác định giá trị thị trường của từng tài sản tại thời điểm 30/9/2026, làm căn cứ để đại hội thành viên các "
     "hợp tác xã xác định tài sản không chia, vốn góp và phương án hợp nhất.", "p"),
    ("- Độc lập, khách quan, có hồ sơ ảnh và biên bản hiện trường cho từng tài sản; chứng thư phát hành không muộn "
     "hơn ngày 20/11/2026.", "p"),
    ("II. TỔ THẨM ĐỊNH", "h"),
]

TEAM_COLUMNS = ["Họ và tên", "Chức danh", "Thẻ thẩm định viên về giá", "Nhiệm vụ trong tổ"]
TEAM_WIDTHS = [Cm(3.9), Cm(4.2), Cm(3.1), Cm(4.8)]
TEAM = [
    ("Võ Thị Kim Ngân", "Phó Tổng Giám đốc", "XI22.1047", "Thẩm định viên chủ trì"),
    ("Huỳnh Tấn Lộc", "Trưởng phòng Thẩm định tài sản", "X19.0863", "Thẩm định viên tài sản"),
    ("Đặng Minh Triết", "Chuyên viên", "—", "Tổ khảo sát hiện trường (tổ trưởng)"),
    ("Lê Thị Bích Thủy", "Chuyên viên", "—", "Tổ khảo sát hiện trường"),
    ("Trần Quốc Vĩnh", "Trưởng phòng Kiểm soát chất lượng", "XII23.1210", "Soát xét độc lập, không tham gia tổ"),
]

BEFORE_TABLE = [
    ("III. CÁC BƯỚC THỰC HIỆN", "h"),
]

COLUMNS = ["Bước", "Công việc", "Thực hiện", "Phía khách hàng phối hợp", "Hoàn thành"]
WIDTHS = [Cm(1.3), Cm(6.9), Cm(2.9), Cm(3.0), Cm(2.3)]
ROWS = [
    ("1", "Nhận danh mục tài sản, biên bản kiểm kê ngày 31/8/2026 và hồ sơ pháp lý của 06 hợp tác xã; lập phiếu yêu "
          "cầu bổ sung giấy tờ còn thiếu",
     "Thẩm định viên chủ trì", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân (Sở Tài chính)", "18/9/2026"),
    ("2", "Đi hiện trường 11 trạm bơm và 04 nhà kho: đo kích thước, chụp ảnh, ghi tình trạng kỹ thuật, đánh dấu vị trí "
          "trên bản đồ từng xã",
     "Tổ khảo sát hiện trường", "Ban quản trị các hợp tác xã; UBND xã Nghĩa Hành, UBND xã Đình Cương", "02/10/2026"),
    ("3", "Cho chạy thử 02 lò sấy lúa và máy gặt đập liên hợp, lập biên bản đánh giá chất lượng còn lại",
     "Tổ khảo sát hiện trường", "Ban quản trị HTX Nông nghiệp Tư Nghĩa", "02/10/2026"),
    ("4", "Thu thập giá giao dịch của tài sản tương tự, suất vốn đầu tư và đơn giá xây dựng do UBND tỉnh công bố; lập "
          "bảng so sánh",
     "Thẩm định viên tài sản", "", "09/10/2026"),
    ("5", "Tính giá trị trạm bơm, nhà kho theo cách tiếp cận từ chi phí; lò sấy, máy gặt theo cách tiếp cận từ thị "
          "trường",
     "Thẩm định viên tài sản", "", "Cùng Bước 4"),
    ("6", "Tách riêng phần giá trị hình thành từ vốn hỗ trợ của Nhà nước trong từng trạm bơm, đối chiếu hồ sơ quyết "
          "toán công trình",
     "Thẩm định viên chủ trì", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân (Sở Tài chính)", "16/10/2026"),
    ("7", "Soát xét độc lập hồ sơ và dự thảo báo cáo kết quả thẩm định giá",
     "Phòng Kiểm soát chất lượng", "", "23/10/2026"),
    ("8", "Gửi dự thảo báo cáo; họp trao đổi với Sở Tài chính và ban quản trị 06 hợp tác xã, tiếp thu ý kiến",
     "Thẩm định viên chủ trì", "Sở Tài chính tỉnh Quảng Ngãi", "06/11/2026"),
    ("9", "Ký, phát hành chứng thư thẩm định giá kèm báo cáo kết quả cho từng hợp tác xã",
     "Tổng Giám đốc", "", "Chậm nhất 20/11/2026"),
    ("10", "Xuất hóa đơn điện tử và thu phí dịch vụ theo hợp đồng",
     "Phòng Hành chính - Kế toán", "", "Sau khi hai bên ký biên bản nghiệm thu"),
    ("11", "Đóng và lưu trữ hồ sơ thẩm định giá theo quy định",
     "Phòng Hành chính - Kế toán", "", "Trong 10 ngày làm việc sau khi phát hành chứng thư"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Đề nghị Sở Tài chính tỉnh Quảng Ngãi báo lịch khảo sát cho các hợp tác xã và cử công chức cùng dự buổi khảo "
     "sát đầu tiên tại xã Nghĩa Hành trước ngày 24/9/2026.", "p"),
    ("2. Đề nghị ban quản trị các hợp tác xã bố trí người dẫn đường, mở cửa công trình và nộp hóa đơn, chứng từ mua sắm "
     "tài sản cho Tổ khảo sát hiện trường trước ngày 25/9/2026.", "p"),
    ("Trên đây là Kế hoạch thực hiện Hợp đồng số 27/2026/HĐ-TĐG; các bộ phận của Công ty bám sát tiến độ, báo cáo "
     "ngay với Thẩm định viên chủ trì khi có vướng mắc./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THẨM ĐỊNH GIÁ TRÀ KHÚC"], "Số: 19/KH-TĐG",
                 "Quảng Ngãi, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thẩm định giá tài sản của các hợp tác xã nông nghiệp hợp nhất sau sắp xếp đơn vị hành chính cấp xã",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, TEAM_COLUMNS, TEAM_WIDTHS, TEAM, center_columns=(2,))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Tài chính tỉnh Quảng Ngãi;", "- 06 HTX có tài sản thẩm định;",
                          "- Thành viên Tổ thẩm định;", "- Phòng KSCL, Phòng HC-KT;", "- Lưu: VT, HS 27/2026."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Lương Văn Tịnh"])
    return saved(doc, author="Võ Thị Kim Ngân", editor="Văn thư Công ty",
                 title="Kế hoạch 19/KH-TĐG", created=datetime(2026, 9, 10, 9, 5, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
