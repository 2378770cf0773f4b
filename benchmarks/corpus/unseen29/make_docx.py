"""Write a_lai-chau_1386-KH-SDTTG-2026_phu-luc-nhom-gop-san-pham.docx, the twenty-ninth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen29/make_docx.py [OUT]

A Sở Dân tộc và Tôn giáo's plan in Word (November 2026) on cooperatives in ethnic-minority areas: an opening "Căn cứ"
paragraph, I. purposes, II. targets, III. one sentence sending the reader to the appendix, IV. four numbered
paragraphs of the units' and bodies' own work, the closing sentence, the signature beside "Nơi nhận"; after a page
break the "Phụ lục" with one bordered table TT | Nội dung công việc | Sản phẩm | Đơn vị chủ trì | Đơn vị phối hợp |
Thời gian, its rows under three GROUP ROWS merged across the table, a cooperating cell naming one body a line ("- …").
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_lai-chau_1386-KH-SDTTG-2026_phu-luc-nhom-gop-san-pham.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Giúp đồng bào Thái, Mông, Dao, Hà Nhì, Lự, La Hủ liên kết trong tổ hợp tác, hợp tác xã để có việc làm, tăng "
     "thu nhập, giữ rừng và tận dụng lợi thế cây dược liệu, thảo quả, chè Shan tuyết.", "p"),
    ("2. Lồng ghép nguồn vốn Chương trình mục tiêu quốc gia 1719 với các chính sách hỗ trợ hợp tác xã của tỉnh; không "
     "hỗ trợ dàn trải, ưu tiên thôn, bản đặc biệt khó khăn.", "p"),
    ("II. MỤC TIÊU NĂM 2027", "h"),
    ("- Củng cố 112 tổ hợp tác, hợp tác xã có thành viên là người dân tộc thiểu số; thành lập mới ít nhất 08 hợp tác "
     "xã, chuyển đổi 05 tổ hợp tác thành hợp tác xã.", "p"),
    ("- 06 hợp tác xã chủ trì dự án liên kết theo chuỗi giá trị; 70% thành viên được tập huấn kỹ thuật bằng tiếng "
     "dân tộc.", "p"),
    ("III. NHIỆM VỤ CỤ THỂ", "h"),
    ("Nội dung công việc, sản phẩm, đơn vị chủ trì, phối hợp và thời gian thực hiện theo Phụ lục kèm theo Kế hoạch "
     "này.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Chính sách dân tộc là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc các đơn vị; tổng hợp báo cáo "
     "6 tháng (trước 10/6/2027) và báo cáo năm (trước 05/12/2027) gửi Ủy ban nhân dân tỉnh.", "p"),
    ("2. Văn phòng Sở bố trí kinh phí, xe công tác cho các đoàn xuống thôn, bản khảo sát và tập huấn; thời gian theo "
     "từng đợt công tác.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh cử cán bộ tư vấn thường trực tại cụm xã Mường Tè, Pa Ủ, Bum Tở trong mùa "
     "khô (từ tháng 11/2026 đến hết tháng 4/2027).", "p"),
    ("4. UBND các xã vùng đồng bào dân tộc thiểu số lập danh sách tổ hợp tác, hợp tác xã đề nghị hỗ trợ năm 2027, "
     "gửi về Sở (qua Phòng Chính sách dân tộc) trước 15/01/2027.", "p"),
    ("Trên đây là Kế hoạch năm 2027 của Sở Dân tộc và Tôn giáo tỉnh Lai Châu về hợp tác xã, tổ hợp tác ở vùng đồng "
     "bào dân tộc thiểu số./.", "p"),
]

COLUMNS = ["TT", "Nội dung công việc", "Sản phẩm", "Đơn vị chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(2.8), Cm(2.6), Cm(3.2), Cm(2.3)]
# a str is a group row merged across the table; a tuple a task row (the cooperating cell a list of lines)
ROWS = [
    "I. CỦNG CỐ, THÀNH LẬP MỚI TỔ HỢP TÁC, HỢP TÁC XÃ",
    ("1", "Khảo sát thực trạng 112 tổ hợp tác, hợp tác xã có thành viên là đồng bào dân tộc thiểu số; phân loại theo "
          "mức độ hoạt động", "Báo cáo khảo sát", "Phòng Chính sách dân tộc", ["- Sở Tài chính", "- UBND các xã"],
     "Quý I/2027"),
    ("2", "Tư vấn thành lập mới 08 hợp tác xã trồng thảo quả, chè Shan tuyết và nuôi cá lồng trên lòng hồ thủy điện",
     "08 hợp tác xã được cấp giấy chứng nhận đăng ký", "Liên minh Hợp tác xã tỉnh",
     ["- Phòng Chính sách dân tộc", "- UBND các xã Sìn Hồ, Pa Tần, Mường Tè"], "Tháng 3 - 9/2027"),
    ("3", "Hướng dẫn tổ hợp tác đủ điều kiện chuyển thành hợp tác xã; hoàn thiện điều lệ, phương án sản xuất",
     "Hồ sơ của ít nhất 05 tổ hợp tác", "UBND các xã", ["- Liên minh Hợp tác xã tỉnh"], "Cả năm 2027"),
    "II. HỖ TRỢ SẢN XUẤT, LIÊN KẾT THEO CHUỖI GIÁ TRỊ",
    ("4", "Thẩm định, trình phê duyệt 06 dự án liên kết theo chuỗi giá trị do hợp tác xã làm chủ trì liên kết",
     "Quyết định phê duyệt", "Sở Nông nghiệp và Môi trường", ["- Sở DTTG", "- Sở Tài chính"], "Trước 30/4/2027"),
    ("5", "Tập huấn kỹ thuật trồng, chăm sóc thảo quả dưới tán rừng cho thành viên hợp tác xã bằng tiếng Mông, tiếng "
          "Dao", "06 lớp, khoảng 300 lượt người", "Trung tâm Khuyến nông tỉnh", ["- Phòng Chính sách dân tộc"],
     "Trước mùa mưa (tháng 4 - 5/2027)"),
    ("6", "Hỗ trợ 10 hợp tác xã xây dựng nhãn hiệu, tem truy xuất nguồn gốc cho thảo quả, chè, gạo Séng Cù",
     "10 bộ nhận diện sản phẩm, mã QR", "Sở Khoa học và Công nghệ", ["- Liên minh HTX tỉnh"],
     "Quý II - quý III/2027"),
    "III. TÍN DỤNG, THÔNG TIN, TUYÊN TRUYỀN",
    ("7", "Ưu tiên cho vay hộ thành viên tổ hợp tác, hợp tác xã là người dân tộc thiểu số theo chính sách tín dụng ưu "
          "đãi", "Dư nợ tăng 10% so với năm 2026", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
     ["- Hội Nông dân tỉnh", "- Hội LHPN tỉnh"], "Năm 2027"),
    ("8", "Xây dựng chuyên mục song ngữ Việt - Mông, Việt - Thái giới thiệu hợp tác xã làm ăn hiệu quả",
     "12 chuyên mục", "Báo và Phát thanh, Truyền hình Lai Châu", ["- Phòng Chính sách dân tộc"], "Hằng tháng"),
    ("9", "Sơ kết kết quả hỗ trợ năm 2027; đề xuất danh mục hỗ trợ năm 2028", "Báo cáo sơ kết",
     "Phòng Chính sách dân tộc", ["- Văn phòng Sở", "- Phòng Kế hoạch - Tài chính"], "Tháng 11/2027"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["UBND TỈNH LAI CHÂU", "SỞ DÂN TỘC VÀ TÔN GIÁO"], "Số: 1386/KH-SDTTG",
                 "Lai Châu, ngày 06 tháng 11 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác ở vùng đồng bào dân tộc thiểu số và miền núi năm 2027",
         bold=True, center=True)
    para(doc, "Căn cứ Quyết định số 2204/QĐ-UBND ngày 20/10/2026 của Ủy ban nhân dân tỉnh giao nhiệm vụ thực hiện "
              "Chương trình mục tiêu quốc gia 1719 năm 2027; căn cứ chức năng, nhiệm vụ được giao, Sở Dân tộc và Tôn "
              "giáo xây dựng Kế hoạch hỗ trợ hợp tác xã, tổ hợp tác ở các xã khu vực III, thôn, bản đặc biệt khó khăn "
              "như sau:", italic=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- GĐ, các PGĐ Sở;",
                          "- Sở NN&MT, Sở Tài chính, Sở KH&CN;", "- Liên minh HTX tỉnh;",
                          "- Chi nhánh NHCSXH tỉnh;", "- UBND các xã vùng DTTS;", "- Lưu: VT, CSDT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Lường Văn Thưởng"])
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "DANH MỤC CÔNG VIỆC HỖ TRỢ HTX, THT VÙNG ĐỒNG BÀO DTTS NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 1386/KH-SDTTG ngày 06/11/2026 của Sở Dân tộc và Tôn giáo)", italic=True,
         center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_lines(cell, value if isinstance(value, list) else [value], center=i in (0, 2, 5))
    return saved(doc, author="Phòng Chính sách dân tộc", editor="Văn thư Sở DTTG",
                 title="Kế hoạch 1386/KH-SDTTG", created=datetime(2026, 10, 28, 14, 10, 0),
                 modified=datetime(2026, 11, 6, 9, 45, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
