"""Write a_nghe-an_31-KH-HLL-2026_kieu-bao-ket-noi-htx.docx, the hundred-and-fifty-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen158/make_docx.py [OUT]

A provincial liaison association with overseas Vietnamese (Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Nghệ An,
September 2026) linking the Vietnamese communities in Thailand and Laos with the province's cooperatives before Tết
Đinh Mùi 2027: I. purposes, II. a sentence saying how the table is read, then ONE bordered table in which EACH TASK
TAKES TWO ROWS — a row with its number and the work merged across the other three columns, then a row of three
labelled cells "Chủ trì: …" | "Phối hợp: …" | "Thời gian: …" (the number's cell merged down over both rows) —, under
three lettered group rows merged across; III. a closing paragraph and one request to the Liên minh HTX; IV. funding;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_nghe-an_31-KH-HLL-2026_kieu-bao-ket-noi-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Thực hiện Chương trình công tác năm 2026 của Hội và ý kiến của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phát "
     "huy vai trò của kiều bào trong việc đưa sản phẩm hợp tác xã ra nước ngoài; để chuẩn bị cho dịp Tết Đinh Mùi "
     "2027, Ban Thường vụ Hội Liên lạc với người Việt Nam ở nước ngoài tỉnh Nghệ An (sau đây gọi là Hội) ban hành Kế "
     "hoạch này.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Làm cầu nối để sản phẩm OCOP của hợp tác xã, tổ hợp tác trong tỉnh đến với bà con người Nghệ An đang làm ăn, "
     "sinh sống tại Thái Lan và Lào; từng bước có các điểm bán ổn định do kiều bào làm chủ.", "p"),
    ("- Kiều bào về quê đón Tết được đến tận vườn, tận xưởng của hợp tác xã để xem và đặt hàng trực tiếp.", "p"),
    ("- Việc kết nối phải đúng quy định về xuất khẩu, kiểm dịch, nhãn hàng hóa; Hội làm cầu nối, không trực tiếp mua "
     "bán hàng hóa.", "p"),
    ("II. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Mỗi việc chiếm hai dòng của bảng: dòng trên nêu việc cần làm; dòng dưới nêu ai chủ trì, ai phối hợp và khi "
     "nào phải xong.", "p"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các Ban, Văn phòng Hội căn cứ nhiệm vụ được phân công tại Mục II chủ động triển khai, bảo đảm đúng tiến độ; "
     "kịp thời báo cáo Thường trực Hội những việc vượt khả năng.", "p"),
    ("2. Đề nghị Liên minh HTX tỉnh cử 01 cán bộ làm đầu mối phối hợp với Hội trong suốt thời gian thực hiện Kế hoạch và "
     "gửi danh sách hợp tác xã dự kiến tham gia về Văn phòng Hội trước ngày 30/9/2026.", "p"),
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí thực hiện lấy từ nguồn hoạt động của Hội năm 2026, năm 2027 và nguồn vận động kiều bào; các hợp tác xã tự "
     "chi trả chi phí gửi hàng mẫu.", "p"),
    ("Trên đây là Kế hoạch kết nối kiều bào với hợp tác xã của Hội; quá trình thực hiện có vướng mắc, các Ban kịp thời "
     "báo cáo Thường trực Hội để cho ý kiến./.", "p"),
]

HEAD = ("TT", "Việc cần làm và phân công")
WIDTHS = [Cm(1.1), Cm(5.0), Cm(6.0), Cm(4.4)]
# a 2-tuple (letter, title) is a group row; a 5-tuple (number, work, lead, partners, time) a task's two rows
ROWS = [
    ("A", "CÁC VIỆC THỰC HIỆN TẠI TỈNH"),
    ("1", "Rà soát, lập danh sách khoảng 30 hợp tác xã, tổ hợp tác có sản phẩm OCOP từ 3 sao trở lên, còn hạn chứng "
          "nhận và đủ khả năng giao hàng đều đặn để giới thiệu với kiều bào.",
     "Ban Kinh tế - Đối ngoại", "Sở Nông nghiệp và Môi trường; Liên minh HTX tỉnh", "trước 15/10/2026"),
    ("2", "Biên soạn, in 2.000 cuốn cẩm nang \"Sản phẩm hợp tác xã xứ Nghệ\" bằng tiếng Việt và tiếng Thái, có mã QR "
          "dẫn tới trang giới thiệu của từng hợp tác xã.",
     "Văn phòng Hội", "Trung tâm Khuyến công và Xúc tiến thương mại Nghệ An", "tháng 11/2026"),
    ("3", "Hướng dẫn các hợp tác xã trong danh sách dán nhãn phụ tiếng Thái, tiếng Lào và chuẩn bị hồ sơ kiểm dịch cho "
          "hàng gửi bằng đường bộ qua cửa khẩu Nậm Cắn, Cầu Treo.",
     "Liên minh HTX tỉnh (đề nghị)", "Ban Kinh tế - Đối ngoại", "tháng 11 - 12/2026"),
    ("4", "Đón đoàn kiều bào về quê ăn Tết; bố trí đi thăm vùng chè, vùng cam và xưởng chế biến của 03 hợp tác xã, tổ "
          "chức buổi gặp mặt để kiều bào đặt hàng tại chỗ.",
     "Ban Liên lạc kiều bào", "UBND xã Thanh Chương, UBND xã Quỳ Hợp; HTX Chè Thanh Chương Xanh",
     "dịp Tết Đinh Mùi (dự kiến 28/01 - 03/02/2027)"),
    ("B", "CÁC VIỆC THỰC HIỆN Ở NƯỚC NGOÀI"),
    ("5", "Dựng gian hàng chung trưng bày, bán thử sản phẩm của 10 hợp tác xã tại Hội chợ Tết của cộng đồng người Việt "
          "tỉnh U-đon Tha-ni (Thái Lan).",
     "Ban Liên lạc kiều bào", "Hội người Việt Nam tỉnh U-đon Tha-ni; Tổng Lãnh sự quán Việt Nam tại Khon Kaen",
     "tháng 01/2027"),
    ("6", "Vận động ít nhất 05 cửa hàng tạp hóa của kiều bào tại Viêng Chăn và Thà Khẹt (Lào) nhận làm điểm bán thường "
          "xuyên hàng của hợp tác xã tỉnh nhà.",
     "Ban Kinh tế - Đối ngoại", "Phòng Ngoại vụ (Văn phòng UBND tỉnh)", "quý I/2027"),
    ("7", "Tổ chức 02 buổi kết nối trực tuyến giữa doanh nhân kiều bào với các hợp tác xã muốn xuất khẩu chính ngạch.",
     "Văn phòng Hội", "Liên minh HTX tỉnh", "tháng 12/2026 và tháng 3/2027"),
    ("8", "Tiếp nhận ý kiến của kiều bào về chất lượng, giá bán, bao bì sản phẩm; chuyển tới hợp tác xã có liên quan và "
          "theo dõi việc khắc phục.",
     "Ban Liên lạc kiều bào", "", "thường xuyên"),
    ("C", "THÔNG TIN, TỔNG HỢP"),
    ("9", "Đưa tin, bài về các hoạt động kết nối lên trang thông tin điện tử của Hội và các nhóm cộng đồng kiều bào trên "
          "mạng xã hội.",
     "Văn phòng Hội", "Báo và Phát thanh, Truyền hình Nghệ An", "trong suốt thời gian thực hiện Kế hoạch"),
    ("10", "Tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đề xuất nội dung kết nối cho năm 2027.",
     "Văn phòng Hội", "các Ban của Hội", "trước 15/4/2027"),
]


def labelled(cell, label: str, value: str) -> None:
    """``cell``'s one paragraph: the bold label, then the value in plain type (nothing after the label when empty)."""
    p = cell.paragraphs[0]
    run = p.add_run(label)
    run.bold = True
    if value:
        p.add_run(" " + value)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI LIÊN LẠC VỚI NGƯỜI VIỆT NAM", "Ở NƯỚC NGOÀI TỈNH NGHỆ AN"], "Số: 31/KH-HLL",
                 "Nghệ An, ngày 15 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối kiều bào với hợp tác xã, tổ hợp tác tỉnh Nghệ An dịp cuối năm 2026 và Tết Đinh Mùi 2027",
         bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    n_rows = 1 + sum(1 if len(r) == 2 else 2 for r in ROWS)
    table = doc.add_table(rows=n_rows, cols=4)
    set_borders(table, "single")
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    head = table.rows[0].cells
    cell_lines(head[0], [HEAD[0]], bold=(0,))
    cell_lines(head[1].merge(head[3]), [HEAD[1]], bold=(0,))
    r = 1
    for values in ROWS:
        cells = table.rows[r].cells
        if len(values) == 2:
            cell_lines(cells[0], [values[0]], bold=(0,))
            cell_lines(cells[1].merge(cells[3]), [values[1]], bold=(0,), center=False)
            r += 1
            continue
        number, work, lead, partners, time = values
        below = table.rows[r + 1].cells
        cell_lines(cells[0].merge(below[0]), [number])
        work_cell = cells[1].merge(cells[3])
        cell_lines(work_cell, [work], center=False)
        work_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        labelled(below[1], "Chủ trì:", lead)
        labelled(below[2], "Phối hợp:", partners)
        labelled(below[3], "Thời gian:", time)
        r += 2
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường trực UBMTTQ VN tỉnh (b/c);", "- Liên hiệp các tổ chức hữu nghị tỉnh;",
                          "- Liên minh HTX tỉnh, Sở NN&MT;", "- Trung tâm KC&XTTM Nghệ An;",
                          "- Các Ban, Văn phòng Hội;", "- Lưu: VT, KTĐN."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hoàng Thị Kim Oanh"])
    return saved(doc, author="Ban Kinh tế - Đối ngoại", editor="Văn phòng Hội",
                 title="Kế hoạch 31/KH-HLL", created=datetime(2026, 9, 8, 8, 20, 0),
                 modified=datetime(2026, 9, 15, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
