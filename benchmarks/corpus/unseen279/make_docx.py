"""Write a_da-nang_34-KH-DTHN-2026_dich-thuat-ho-so-htx-xuat-khau.docx, the two-hundred-and-seventy-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen279/make_docx.py [OUT]

A translation company's plan (August 2026) for translating cooperatives' product files, labels and contracts and sending
interpreters with them to a fair abroad: an opening, I. purposes; II. a note on how to read the table, then one bordered
table Mã việc | Nội dung | Cặp ngôn ngữ | Người dịch – người hiệu đính | Giao bản dịch whose fourth cell lists the units
one a line, EACH WITH ITS ROLE IN BRACKETS AFTER IT ("Phòng Dịch tiếng Anh (dịch)", "… (hiệu đính)", "… (dàn trang)"),
the "(dịch)" unit not always first; the language pair a fact, no doer; III. the closing; the signature beside "Nơi nhận".

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
OUT = HERE / "a_da-nang_34-KH-DTHN-2026_dich-thuat-ho-so-htx-xuat-khau.docx"

OPENING = [
    ("Từ đầu năm 2026, Công ty nhận dịch cho 19 hợp tác xã trong thành phố, phần lớn là giấy tờ lẻ: một nhãn, một bảng "
     "báo giá, một thư trả lời khách. Mỗi lần dịch một kiểu chữ, tên sản phẩm viết mỗi nơi một khác, nhà nhập khẩu "
     "phải hỏi lại nhiều lần. Vì vậy Giám đốc Công ty lập Kế hoạch này nhằm giúp các bản dịch cho hợp tác xã trong những tháng "
     "cuối năm 2026 làm theo một đầu mối, một bảng thuật ngữ và đúng hạn các hợp tác xã cần.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("1. Hợp tác xã có hồ sơ, nhãn, hợp đồng bằng tiếng Anh, tiếng Nhật, tiếng Hàn đủ để chào hàng, không phải dịch "
     "lại khi đổi khách.", "p"),
    ("2. Mỗi đoàn hợp tác xã đi hội chợ ở nước ngoài có phiên dịch của Công ty đi cùng từ khi lên đường đến khi về.",
     "p"),
    ("II. PHÂN CÔNG", "h"),
    ("Cột “Người dịch – người hiệu đính” ghi mỗi đơn vị một dòng, vai của đơn vị ghi trong ngoặc đơn ngay sau tên. "
     "Đơn vị ghi “(dịch)” chịu trách nhiệm chính về việc, kể cả việc không phải là dịch; các đơn vị ghi vai khác "
     "(hiệu đính, dàn trang, đi cùng đoàn…) cùng làm. Cột “Cặp ngôn ngữ” chỉ để các phòng biết ngôn ngữ của bản "
     "dịch.", "p"),
]

COLUMNS = ["Mã việc", "Nội dung", "Cặp ngôn ngữ", "Người dịch – người hiệu đính", "Giao bản dịch"]
WIDTHS = [Cm(1.6), Cm(6.4), Cm(2.2), Cm(4.2), Cm(2.2)]
ROWS = [
    ("DT-01", "Dịch hồ sơ công bố, phiếu kiểm nghiệm của trà mướp đắng và mật ong rừng (sản phẩm OCOP 4 sao) của HTX "
     "Nông sản Hòa Ninh để gửi nhà nhập khẩu ở Úc", "Việt → Anh",
     ["Phòng Dịch tiếng Anh (dịch)", "Tổ Kiểm soát bản dịch (hiệu đính)"], "Trước 15/9/2026"),
    ("DT-02", "Dịch và dàn trang lại nhãn phụ tiếng Nhật cho nước mắm cá cơm của HTX Thủy sản Mân Quang, đúng cỡ "
     "chữ bắt buộc của nước nhập khẩu", "Việt → Nhật",
     ["Phòng Dịch tiếng Nhật - Hàn (dịch)", "Tổ Dàn trang (dàn trang)"], "30/9/2026"),
    ("DT-03", "Dịch mẫu hợp đồng mua bán song ngữ dùng chung cho các hợp tác xã bán hàng ra nước ngoài; soát điều khoản "
     "giao hàng, thanh toán", "Việt ↔ Anh",
     ["Phòng Dịch tiếng Anh (hiệu đính)", "Phòng Pháp chế - Công chứng (dịch)"], "Trước 30/9/2026"),
    ("DT-04", "Lập bảng thuật ngữ Việt - Anh - Nhật - Hàn khoảng 600 mục về hợp tác xã, nông sản, thủy sản chế biến; "
     "mọi bản dịch cho hợp tác xã dùng bảng này", "Việt → Anh, Nhật, Hàn",
     ["Phòng Dịch tiếng Anh (dịch)", "Phòng Dịch tiếng Nhật - Hàn (hiệu đính)",
      "Liên minh Hợp tác xã thành phố Đà Nẵng (góp thuật ngữ)"], "Trước 10/10/2026"),
    ("DT-05", "Cử 04 phiên dịch viên đi cùng đoàn 06 hợp tác xã dự hội chợ nông sản, thủy sản tại Busan, dịch khi "
     "gặp khách và khi ký biên bản ghi nhớ", "Việt ↔ Hàn",
     ["Tổ Phiên dịch (dịch)", "Phòng Kinh doanh (đi cùng đoàn)"], "Tháng 10/2026"),
    ("DT-06", "Dịch thuyết minh 12 tuyến tham quan làng nghề của HTX Du lịch cộng đồng Tà Lang sang tiếng Anh và "
     "tiếng Hàn, in tờ gấp hai mặt", "Việt → Anh, Hàn",
     ["Phòng Dịch tiếng Anh (dịch)", "Phòng Dịch tiếng Nhật - Hàn (dịch)", "Tổ Dàn trang (dàn trang)"],
     "Trước 31/10/2026"),
    ("DT-07", "Chứng thực bản dịch giấy chứng nhận đăng ký hợp tác xã, giấy chứng nhận VietGAP của 08 hợp tác xã để "
     "nộp cho đối tác nước ngoài", "Việt → Anh",
     ["Phòng Pháp chế - Công chứng (dịch)", "Phòng Dịch tiếng Anh (hiệu đính)"], "Khi hợp tác xã nộp đủ bản gốc"),
    ("DT-08", "Mở lớp 03 buổi cho cán bộ hợp tác xã viết thư chào hàng, trả lời khách bằng tiếng Anh thông dụng",
     "Anh", ["Tổ Phiên dịch (dịch)", "Liên minh Hợp tác xã thành phố Đà Nẵng (mời học viên)"], "Tháng 11/2026"),
    ("DT-09", "Giảm 30% phí dịch cho hợp tác xã là thành viên Liên minh Hợp tác xã thành phố; ghi sổ theo dõi từng "
     "hợp đồng dịch đã giảm", "—", ["Phòng Kế toán (dịch)", "Phòng Kinh doanh (đối chiếu)"], "Hằng tháng"),
    ("DT-10", "Tổng hợp các bản dịch đã giao và ý kiến của hợp tác xã, báo cáo Giám đốc, gửi Liên minh Hợp tác xã "
     "thành phố", "—", ["Phòng Kinh doanh (dịch)"], "30/11/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, tổ nêu ở mục II giao việc cho từng biên dịch viên, phiên dịch viên; bản dịch nào trễ hạn phải "
     "báo trước cho hợp tác xã ít nhất hai ngày. Việc gì vướng thì trình Giám đốc quyết định./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "DỊCH THUẬT HÒA NGỮ"], "Số: 34/KH-DTHN",
                 "Đà Nẵng, ngày 20 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Dịch hồ sơ, nhãn sản phẩm và cử phiên dịch hỗ trợ hợp tác xã bán hàng ra nước ngoài năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    cell_lines_of = [lambda v: [v]] * 3 + [lambda v: v] + [lambda v: [v]]
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, cell_lines_of[i](value), center=i in (0, 2, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Liên minh HTX thành phố Đà Nẵng;",
                          "- Các HTX có hợp đồng dịch;", "- Các phòng, tổ;", "- Lưu: VT, KD."],
                    ["GIÁM ĐỐC", "", "", "", "Lương Khánh Vy"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 34/KH-DTHN", created=datetime(2026, 8, 17, 9, 10, 0),
                 modified=datetime(2026, 8, 20, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
