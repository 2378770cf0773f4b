"""Write a_hung-yen_17-KH-HKHLS-2026_bien-soan-lich-su-phong-trao-htx.docx, the hundred-and-sixty-third held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen163/make_docx.py [OUT]

A provincial historical science association's plan (August 2026) to compile and publish a book on the history of the
province's cooperative movement, commissioned by the provincial cooperative alliance: I. purposes, II. what the book
holds, III. eight numbered paragraphs of work, the fifth opening ONE bordered table of the chapters whose columns are
Chương, nội dung chính | Giai đoạn lịch sử | Số trang (dự kiến) | Tổ biên soạn | Đơn vị phối hợp cung cấp tư liệu |
Nộp bản thảo lần 1 — the second column holds the HISTORICAL PERIOD a chapter tells (year spans from 1955 to 2025), not
a time of the work; the writing team's cell is two paragraphs (the team, then its head in brackets) —, IV. funding,
the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in
(no Word numbering).

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
OUT = HERE / "a_hung-yen_17-KH-HKHLS-2026_bien-soan-lich-su-phong-trao-htx.docx"

OPENING = ("Thực hiện Hợp đồng đặt hàng số 09/2026/HĐ-LMHTX ngày 28/7/2026 giữa Liên minh Hợp tác xã tỉnh Hưng Yên và "
           "Hội Khoa học Lịch sử tỉnh về việc biên soạn cuốn sách lịch sử phong trào hợp tác xã của tỉnh sau hợp nhất; "
           "căn cứ kết luận của Ban Thường vụ Hội tại phiên họp ngày 05/8/2026, Hội Khoa học Lịch sử tỉnh ban hành Kế "
           "hoạch biên soạn, xuất bản như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Ghi lại một cách trung thực, có hệ thống quá trình hình thành và phát triển của tổ đổi công, hợp tác xã, "
     "tổ hợp tác trên địa bàn hai tỉnh Hưng Yên và Thái Bình trước đây, nay là tỉnh Hưng Yên.", "p"),
    ("- Rút ra những bài học về xây dựng kinh tế tập thể; giữ gìn tư liệu, lời kể của các nhân chứng đã qua nhiều "
     "thời kỳ làm chủ nhiệm, kế toán, đội trưởng sản xuất.", "p"),
    ("- Mỗi sự kiện, số liệu đưa vào sách phải có nguồn; bản thảo được thẩm định trước khi xuất bản.", "p"),
    ("II. NỘI DUNG CUỐN SÁCH", "h"),
    ("Sách có tên \"Lịch sử phong trào hợp tác xã tỉnh Hưng Yên (1955 - 2025)\", dày khoảng 440 trang khổ 16 x 24 cm, "
     "gồm 5 chương, phần Biên niên sự kiện và phụ lục ảnh; in 1.000 cuốn.", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Thường vụ Hội ra quyết định thành lập Ban Biên soạn gồm 11 thành viên do Chủ tịch Hội làm Trưởng ban, "
     "quy định nhiệm vụ của Thư ký Ban và các tổ biên soạn; xong trong tháng 8/2026.", "p"),
    ("2. Ban Biên soạn hoàn thiện đề cương chi tiết, gửi xin ý kiến Liên minh Hợp tác xã tỉnh và các nhà khoa học; "
     "tổ chức tọa đàm góp ý đề cương trước ngày 30/9/2026.", "p"),
    ("3. Văn phòng Hội chủ trì, cùng Trung tâm Lưu trữ lịch sử tỉnh và Thư viện tỉnh lập danh mục, sao chụp nghị "
     "quyết, chỉ thị, báo cáo tổng kết về hợp tác xã của hai tỉnh từ năm 1955; hoàn thành trong quý IV/2026.", "p"),
    ("4. Tổ điền dã của Ban Biên soạn gặp, ghi âm lời kể của ít nhất 60 nhân chứng; Liên minh Hợp tác xã tỉnh và "
     "UBND các xã, phường giới thiệu nhân chứng, bố trí nơi làm việc. Thời gian: tháng 10/2026 - tháng 01/2027.", "p"),
    ("5. Viết bản thảo: các tổ biên soạn viết theo phân công dưới đây, nộp bản thảo lần 1 cho Thư ký Ban Biên soạn "
     "theo thời hạn ghi ở cột cuối.", "p"),
]

AFTER = [
    ("6. Ban Biên soạn tổ chức hội thảo khoa học thẩm định bản thảo, phối hợp với Liên minh Hợp tác xã tỉnh; có mặt "
     "các chủ nhiệm hợp tác xã lâu năm để đối chiếu sự kiện; dự kiến tháng 6/2027.", "p"),
    ("7. Tổ biên tập tiếp thu ý kiến hội thảo, hoàn chỉnh bản thảo, phối hợp với Nhà xuất bản Lao động biên tập, "
     "đăng ký xuất bản và in sách; hạn chót 30/10/2027.", "p"),
    ("8. Văn phòng Hội cùng Liên minh Hợp tác xã tỉnh tổ chức lễ ra mắt sách vào dịp Ngày Hợp tác xã Việt Nam "
     "11/4/2028, tặng sách cho thư viện các xã, phường và các hợp tác xã tiêu biểu.", "p"),
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí biên soạn, thẩm định, in ấn do Liên minh Hợp tác xã tỉnh chi trả theo hợp đồng đặt hàng; Văn phòng Hội "
     "thanh toán cho các tổ theo số trang được nghiệm thu.", "p"),
    ("Trên đây là Kế hoạch biên soạn, xuất bản sách \"Lịch sử phong trào hợp tác xã tỉnh Hưng Yên (1955 - 2025)\"; "
     "đề nghị các hội viên, cộng tác viên và các đơn vị phối hợp thực hiện./.", "p"),
]

COLUMNS = ["Chương, nội dung chính", "Giai đoạn lịch sử", "Số trang (dự kiến)", "Tổ biên soạn",
           "Đơn vị phối hợp cung cấp tư liệu", "Nộp bản thảo lần 1"]
WIDTHS = [Cm(4.6), Cm(2.0), Cm(1.4), Cm(3.0), Cm(3.0), Cm(2.0)]
# each row: the chapter, the period it tells, pages, the team's cell lines, the partners, the deadline
ROWS = [
    ("Chương I. Từ tổ đổi công đến những hợp tác xã đầu tiên ở các làng ven sông Luộc, sông Trà Lý", "1955 - 1960",
     "60", ["Tổ biên soạn số 1", "(trưởng tổ: TS. Hoàng Minh Nghĩa)"],
     "Trung tâm Lưu trữ lịch sử tỉnh, Bảo tàng tỉnh", "31/12/2026"),
    ("Chương II. Hợp tác xã bậc cao, phong trào thi đua đạt 5 tấn thóc/ha và chi viện cho tiền tuyến",
     "1961 - 1975", "90", ["Tổ biên soạn số 2", "(trưởng tổ: ThS. Đặng Thị Vân Anh)"],
     "Trung tâm Lưu trữ lịch sử tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy", "31/01/2027"),
    ("Chương III. Khoán sản phẩm, khoán 10 và những năm hợp tác xã chật vật trước cơ chế mới", "1976 - 1996",
     "80", ["Tổ biên soạn số 3", "(trưởng tổ: TS. Lưu Văn Cần)"], "Liên minh HTX tỉnh", "Tháng 02/2027"),
    ("Chương IV. Chuyển đổi hợp tác xã theo các Luật Hợp tác xã năm 1996, 2003 và 2012", "1997 - 2020", "90",
     ["Tổ biên soạn số 4", "(trưởng tổ: ThS. Tạ Quang Huy)"], "Liên minh HTX tỉnh, Sở Tài chính", "28/02/2027"),
    ("Chương V. Kinh tế tập thể khi hợp nhất tỉnh và Luật Hợp tác xã năm 2023 đi vào cuộc sống", "2021 - 2025",
     "70", ["Tổ biên soạn số 5", "(trưởng tổ: TS. Trịnh Văn Liễu)"],
     "Liên minh HTX tỉnh, Sở Tài chính, Sở Nông nghiệp và Môi trường", "cuối quý I/2027"),
    ("Biên niên sự kiện và danh mục hợp tác xã tiêu biểu các thời kỳ", "1955 - 2025", "50", ["Văn phòng Hội"],
     "Thư viện tỉnh, UBND các xã, phường", "31/3/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI KHOA HỌC LỊCH SỬ", "TỈNH HƯNG YÊN"], "Số: 17/KH-HKHLS",
                 "Hưng Yên, ngày 14 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Biên soạn, xuất bản sách \"Lịch sử phong trào hợp tác xã tỉnh Hưng Yên (1955 - 2025)\"", bold=True,
         center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                lines = value if isinstance(value, list) else [value]
                cell_lines(cell, lines, italic=(1,) if i == 3 else (), center=i in (1, 2, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT Hưng Yên (để b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Trung tâm Lưu trữ lịch sử tỉnh, Thư viện tỉnh;", "- Thành viên Ban Biên soạn;",
                          "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "TS. Trịnh Văn Liễu"])
    return saved(doc, author="Văn phòng Hội KHLS", editor="Thư ký Ban Biên soạn",
                 title="Kế hoạch 17/KH-HKHLS", created=datetime(2026, 8, 7, 8, 30, 0),
                 modified=datetime(2026, 8, 14, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
