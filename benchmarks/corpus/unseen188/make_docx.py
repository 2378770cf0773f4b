"""Write a_da-nang_24-2026-KH-NHAI_tro-ly-ao-htx-backlog-sprint.docx, the hundred-and-eighty-eighth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen188/make_docx.py [OUT]

An artificial-intelligence software company's plan (August 2026) for piloting a Vietnamese virtual assistant on a
Zalo official account with the members of five vegetable and medicinal-herb cooperatives of Đà Nẵng. I. targets ("-"
lines), II. the project team and a SPRINT CALENDAR table (S0 … S6 and the pilot run, each with its dates; no work) and
a note that an item's time is the last day of its sprint, III. the PRODUCT BACKLOG as one bordered table Mã | Hạng
mục (the work, the user story under it in italics) | Điểm | Sprint | Phụ trách | Phối hợp | Trạng thái, one item
already done in S0 and two items not scheduled; IV. two numbered duties; the closing sentence; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_da-nang_24-2026-KH-NHAI_tro-ly-ao-htx-backlog-sprint.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Căn cứ Thỏa thuận hợp tác số 07/TTHT-LMHTX ngày 12/8/2026 giữa Liên minh Hợp tác xã thành phố Đà Nẵng và Công "
     "ty về ứng dụng trí tuệ nhân tạo trong hoạt động của hợp tác xã; Công ty được Sở Khoa học và Công nghệ chọn hỗ "
     "trợ một phần kinh phí thí điểm từ chương trình đổi mới sáng tạo năm 2026. Công ty lập Kế hoạch đưa trợ lý ảo "
     "\"Bạn nhà nông\" vào dùng thử tại 05 hợp tác xã: HTX Rau an toàn Tây An, HTX Nông nghiệp Hòa Tiến, HTX Rau hữu "
     "cơ Điện Hồng, HTX Dược liệu Trà Linh và HTX Sâm Ngọc Linh Tắk Pỏ, như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Khoảng 1.200 thành viên của 05 hợp tác xã dùng được trợ lý ảo trên điện thoại qua tài khoản Zalo chính thức "
     "của Công ty, hỏi bằng chữ, bằng giọng nói hoặc bằng ảnh chụp.", "p"),
    ("- Ít nhất 85% câu trả lời về sâu bệnh, thời tiết, giá bán được kỹ sư đánh giá là đúng; câu hỏi trợ lý ảo không "
     "trả lời được thì có người trả lời trong vòng 24 giờ.", "p"),
    ("- Không thu phí của hợp tác xã và thành viên trong thời gian thí điểm; dữ liệu cá nhân chỉ dùng cho việc trả lời "
     "câu hỏi.", "p"),
    ("II. ĐỘI DỰ ÁN VÀ LỊCH CÁC SPRINT", "h"),
    ("Đội dự án làm theo phương pháp Scrum, gồm: Nhóm Dữ liệu, Nhóm Phát triển, Nhóm Triển khai (thuộc Phòng Giải pháp "
     "nông nghiệp) và Bộ phận Pháp chế; Phòng Quản lý dự án giữ danh sách hạng mục (backlog) và điều phối chung. Mỗi "
     "sprint dài 02 tuần, bắt đầu thứ Hai, kết thúc thứ Sáu của tuần sau:", "p"),
]

SPRINT_COLUMNS = ["Sprint", "Từ ngày", "Đến ngày", "Trọng tâm"]
SPRINT_WIDTHS = [Cm(2.4), Cm(2.8), Cm(2.8), Cm(8.0)]
SPRINTS = [
    ("S0", "17/8/2026", "28/8/2026", "Khảo sát, chuẩn bị (đã xong)"),
    ("S1", "31/8/2026", "11/9/2026", "Thỏa thuận, dữ liệu hỏi - đáp"),
    ("S2", "14/9/2026", "25/9/2026", "Dữ liệu hỏi - đáp, thời tiết"),
    ("S3", "28/9/2026", "09/10/2026", "Giọng nói, nhận dạng ảnh lá bệnh"),
    ("S4", "12/10/2026", "23/10/2026", "Giọng nói, ảnh, giá thu mua"),
    ("S5", "26/10/2026", "06/11/2026", "Điều lệ HTX, tập huấn"),
    ("S6", "09/11/2026", "20/11/2026", "Kiểm thử, an toàn thông tin"),
    ("VH", "23/11/2026", "26/02/2027", "Vận hành thí điểm tại 05 HTX"),
]

BEFORE_TABLE = [
    ("Thời hạn của mỗi hạng mục là ngày kết thúc của sprint ghi ở cột \"Sprint\"; hạng mục ghi hai sprint (\"S3 - S4\") "
     "thì làm liên tục, hạn là ngày kết thúc của sprint sau. Hạng mục có trạng thái \"Hoàn thành\" đã làm xong trong "
     "S0, ghi lại để theo dõi; hạng mục \"Chưa xếp lịch\" chỉ xem xét sau khi kết thúc thí điểm. Điểm là ước lượng độ "
     "khó của hạng mục, không phải số ngày công.", "p"),
    ("III. DANH SÁCH HẠNG MỤC (PRODUCT BACKLOG)", "h"),
]

COLUMNS = ["Mã", "Hạng mục", "Điểm", "Sprint", "Phụ trách", "Phối hợp", "Trạng thái"]
WIDTHS = [Cm(1.3), Cm(6.0), Cm(1.1), Cm(1.5), Cm(2.2), Cm(2.5), Cm(1.7)]
# (code, work, story, points, sprint, lead, partners, status)
ROWS = [
    ("US-01", "Khảo sát 05 HTX: số thành viên dùng điện thoại thông minh, có tài khoản Zalo; 30 câu hỏi thành viên hay "
              "hỏi nhất", "Là giám đốc HTX, tôi muốn biết thành viên hay hỏi gì để trợ lý ảo trả lời trước những việc "
              "đó.", "3", "S0", "Nhóm Triển khai", "Liên minh HTX thành phố", "Hoàn thành"),
    ("US-02", "Ký thỏa thuận dùng thử với từng HTX, có điều khoản về thu thập, xử lý dữ liệu cá nhân của thành viên và "
              "mẫu phiếu đồng ý", "Là thành viên HTX, tôi muốn biết số điện thoại và giọng nói của tôi được dùng vào "
              "việc gì.", "2", "S1", "Bộ phận Pháp chế", "Các HTX thí điểm", "Đang làm"),
    ("US-03", "Xây dựng bộ 2.000 cặp hỏi - đáp về sâu bệnh trên rau ăn lá, dưa, sâm và cây dược liệu dưới tán rừng; "
              "kỹ sư thẩm định từng câu trước khi nạp", "Là thành viên HTX, tôi muốn hỏi cách trị bệnh thối nhũn trên "
              "rau cải và được trả lời đúng liều, đúng thời gian cách ly.", "8", "S1 - S2", "Nhóm Dữ liệu",
     "Trung tâm Khuyến nông thành phố", "Đang làm"),
    ("US-04", "Đưa bản tin dự báo thời tiết 10 ngày theo từng xã vào trợ lý ảo; tự gửi cảnh báo khi có mưa lớn, nắng "
              "nóng", "Là tổ trưởng sản xuất, tôi muốn được báo trước 02 ngày khi có mưa lớn để thu hoạch sớm.", "5",
     "S2", "Nhóm Phát triển", "Đài Khí tượng thủy văn khu vực Trung Trung Bộ", "Chưa làm"),
    ("US-05", "Nhận câu hỏi bằng giọng nói giọng Quảng và trả lời bằng tin nhắn thoại", "Là thành viên lớn tuổi, tôi "
              "muốn nói thay vì gõ chữ.", "13", "S3 - S4", "Nhóm Phát triển", "", "Chưa làm"),
    ("US-06", "Nhận dạng bệnh qua ảnh chụp lá; ảnh không rõ thì chuyển kỹ sư trả lời", "Là thành viên HTX Dược liệu Trà "
              "Linh, tôi muốn chụp lá sâm bị đốm để biết là bệnh gì.", "13", "S3 - S4", "Nhóm Dữ liệu",
     "Chi cục Trồng trọt và Bảo vệ thực vật thành phố", "Chưa làm"),
    ("US-07", "Tra cứu giá thu mua rau, sâm, dược liệu của các HTX và chợ nông sản, cập nhật mỗi sáng", "Là giám đốc "
              "HTX, tôi muốn thành viên xem giá thu mua của HTX trước khi bán cho thương lái.", "5", "S4",
     "Nhóm Phát triển", "Các HTX thí điểm", "Chưa làm"),
    ("US-08", "Hỏi - đáp về Điều lệ HTX, quyền và nghĩa vụ của thành viên theo Luật Hợp tác xã năm 2023", "Là thành "
              "viên mới, tôi muốn biết phần vốn góp tối thiểu và lúc nào được rút vốn.", "3", "S5", "Nhóm Dữ liệu",
     "Liên minh HTX thành phố, Sở Tài chính", "Chưa làm"),
    ("US-09", "Tập huấn cho 02 thành viên nòng cốt của mỗi HTX cách cài đặt, hỏi trợ lý ảo để hướng dẫn lại cho các "
              "thành viên khác", "Là thành viên nòng cốt, tôi muốn tự chỉ cho bà con trong thôn.", "3", "S5",
     "Nhóm Triển khai", "Các HTX thí điểm", "Chưa làm"),
    ("US-10", "Kiểm thử với 50 thành viên của HTX Rau an toàn Tây An; sửa lỗi trước khi mở cho cả 05 HTX", "Là đội dự "
              "án, chúng tôi muốn tìm lỗi với một nhóm nhỏ trước.", "5", "S6", "Nhóm Phát triển",
     "HTX Rau an toàn Tây An", "Chưa làm"),
    ("US-11", "Đánh giá an toàn thông tin, lưu nhật ký truy cập; lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân",
     "Là thành viên HTX, tôi muốn dữ liệu của mình không bị lộ ra ngoài.", "5", "S6", "Bộ phận Pháp chế",
     "Nhóm Phát triển", "Chưa làm"),
    ("US-12", "Mở trợ lý ảo cho toàn bộ thành viên 05 HTX; theo dõi câu hỏi chưa trả lời được, bổ sung dữ liệu hằng "
              "tuần", "Là giám đốc HTX, tôi muốn mọi thành viên đều dùng được.", "8", "VH", "Nhóm Triển khai",
     "Nhóm Dữ liệu", "Chưa làm"),
    ("US-13", "Gói dịch vụ trả phí cho HTX sau thí điểm", "Là Công ty, chúng tôi muốn duy trì dịch vụ lâu dài.", "—",
     "—", "—", "—", "Chưa xếp lịch"),
    ("US-14", "Trả lời bằng tiếng Cơ Tu", "Là thành viên người Cơ Tu, tôi muốn hỏi bằng tiếng mẹ đẻ.", "21", "—", "—",
     "—", "Chưa xếp lịch"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý dự án họp rà soát danh sách hạng mục vào chiều thứ Sáu cuối mỗi sprint, sắp xếp lại thứ tự ưu "
     "tiên; gửi báo cáo tiến độ cho Liên minh HTX thành phố và Sở Khoa học và Công nghệ sau mỗi sprint.", "p"),
    ("2. Phòng Tài chính - Kế toán lập hồ sơ đề nghị thanh toán phần kinh phí được hỗ trợ, gửi Sở Khoa học và Công nghệ "
     "chậm nhất ngày 15/3/2027.", "p"),
    ("Trên đây là Kế hoạch thí điểm trợ lý ảo \"Bạn nhà nông\" của Công ty; đề nghị các hợp tác xã thí điểm và các cơ "
     "quan, đơn vị liên quan phối hợp thực hiện./.", "p"),
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


def backlog(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for row, (code, work, story, points, sprint, lead, partners, status) in zip(table.rows[1:], ROWS):
        values = [code, None, points, sprint, lead, partners, status]
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if value is None:  # the work, then the user story in italics in a second paragraph
                cell_lines(cell, [work, story], italic=(1,), center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 2, 3, 6))
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN CÔNG NGHỆ", "TRÍ TUỆ NHÂN TẠO NGŨ HÀNH"], "Số: 24/2026/KH-NHAI",
                 "Đà Nẵng, ngày 28 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thí điểm trợ lý ảo \"Bạn nhà nông\" cho thành viên các hợp tác xã rau, dược liệu thành phố Đà Nẵng "
              "(tháng 8/2026 - tháng 02/2027)", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, SPRINT_COLUMNS, SPRINT_WIDTHS, SPRINTS, center_columns=(0, 1, 2))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    backlog(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX thành phố;", "- Sở Khoa học và Công nghệ;",
                          "- 05 HTX thí điểm;", "- HĐQT Công ty (b/c);", "- Các phòng, nhóm dự án (t/h);",
                          "- Lưu: VT, QLDA."],
                    ["GIÁM ĐỐC", "", "", "", "Trương Quốc Bảo"])
    return saved(doc, author="Phòng Quản lý dự án", editor="Văn thư Công ty",
                 title="Kế hoạch 24/2026/KH-NHAI", created=datetime(2026, 8, 24, 9, 10, 0),
                 modified=datetime(2026, 8, 28, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
