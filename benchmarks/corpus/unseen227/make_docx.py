"""Write a_ha-tinh_36-KH-NHNP-2026_nhung-huou-htx-o-ghi-ngay.docx, the two-hundred-and-twenty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen227/make_docx.py [OUT]

A deer-velvet company's plan (October 2026) for buying the velvet antler of its linked deer-raising cooperatives and
cooperative groups in the 2027 cutting season: an opening of last season's figures; I. targets; II. the linked units in
one paragraph (facts); III. an italic note, then ONE bordered MATRIX whose columns are the bodies — the company's four
units, the linked cooperatives as a class, and a last column naming outside bodies — with NO deadline column: the
body whose cell holds a DATE (or a span of time) keeps the work and must finish it by then, a cell "hỗ trợ" helps, an
empty cell takes no part; one row with two dated cells; IV. a request to the communes; the closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-tinh_36-KH-NHNP-2026_nhung-huou-htx-o-ghi-ngay.docx"

OPENING = [
    ("Mùa cắt nhung năm 2026, Công ty mua được 1.284 kg nhung tươi của các hợp tác xã, tổ hợp tác liên kết; 9% số cặp "
     "nhung bị hạ hạng vì cấp đông muộn, có 02 đợt chuyển tiền cho hợp tác xã chậm quá 10 ngày. Để mùa cắt năm 2027 "
     "được tốt hơn, Công ty lập Kế hoạch thu mua nhung hươu như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua tối thiểu 1.500 kg nhung tươi của vùng liên kết, trong đó nhung hạng A chiếm từ 60% trở lên.", "p"),
    ("- Không còn cặp nhung nào bị hạ hạng vì cấp đông muộn; mọi đợt chuyển tiền đúng thời hạn đã ghi trong bảng ở "
     "mục III.", "p"),
    ("II. ĐƠN VỊ LIÊN KẾT", "h"),
    ("Vùng liên kết gồm HTX Chăn nuôi hươu Sơn Tây (xã Sơn Tây, 1.150 con hươu sao), HTX Hươu sao Tứ Mỹ (xã Tứ Mỹ, "
     "860 con), HTX Nông nghiệp Sơn Giang (xã Sơn Giang, 640 con) và THT nuôi hươu thôn Kim Cương (xã Kim Hoa, 210 "
     "con); số hươu đực đến tuổi cắt nhung năm 2027 dự kiến 1.020 con. Mùa cắt chính từ tháng 3 đến tháng 5/2027, "
     "hươu đực khỏe cắt thêm lứa nhung lại vào tháng 8 - 9/2027 (lứa này ngoài Kế hoạch).", "p"),
    ("III. PHÂN CÔNG", "h"),
]

NOTE = ("Cách đọc bảng: mỗi dòng là một việc. Đơn vị nào có ô ghi ngày (hoặc khoảng thời gian) ở dòng đó là đơn vị giữ "
        "việc, phải làm xong trước hoặc trong thời gian ghi ở ô; dòng có hai ô ghi ngày thì hai đơn vị cùng giữ việc. "
        "Ô ghi “hỗ trợ” là đơn vị cùng làm; ô để trống là đơn vị không tham gia việc đó. Cột cuối ghi tên cơ quan ngoài "
        "Công ty được mời cùng làm. Bảng không có cột thời hạn riêng.")

UNITS = ["Phòng Vùng nguyên liệu", "Phòng Kiểm nghiệm", "Xưởng Sơ chế nhung", "Phòng Tài chính - Kế toán",
         "Các HTX, THT liên kết"]
COLUMNS = ["TT", "Việc", *UNITS, "Cơ quan ngoài Công ty"]
WIDTHS = [Cm(0.8), Cm(5.6), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.2), Cm(2.2), Cm(3.4)]
H = "hỗ trợ"
# (number, work, five unit cells in UNITS order, outside bodies)
ROWS = [
    ("1", "Ký phụ lục hợp đồng mùa cắt 2027 với từng HTX, THT: số hươu đực cắt nhung, giá sàn theo hạng nhung",
     ["30/11/2026", "", "", H, ""], ""),
    ("2", "Tập huấn cưa nhung đúng tuổi (nhung 50 - 55 ngày), cầm máu, ghi sổ từng con cho tổ kỹ thuật của các HTX, "
          "THT", ["Tháng 12/2026", "", "", "", H], "Trung tâm Khuyến nông tỉnh"),
    ("3", "Đặt 04 tủ cấp đông âm 18 độ và cân điện tử tại 04 điểm thu gom nhung", ["", "", "15/01/2027", "", H], ""),
    ("4", "Tiêm phòng, tẩy ký sinh trùng cho hươu đực trước mùa cắt; ghi sổ tiêm của từng con",
     [H, "", "", "", "Trước 20/02/2027"], "Chi cục Chăn nuôi và Thú y tỉnh"),
    ("5", "Cưa nhung tại chuồng, đưa vào tủ cấp đông của điểm thu gom trong vòng 02 giờ sau khi cưa",
     ["", "", H, "", "Suốt mùa cắt (tháng 3 - 5/2027)"], ""),
    ("6", "Nhận nhung ở điểm thu gom, cân, chụp ảnh và xếp hạng từng cặp nhung; lập biên bản với HTX, THT",
     [H, "Thứ Ba và thứ Sáu hằng tuần trong mùa cắt", "", "", ""], ""),
    ("7", "Lấy mẫu nhung của mỗi HTX, THT gửi kiểm nghiệm dư lượng kháng sinh và kim loại nặng",
     ["", "Tháng 4/2027", "", "", ""], "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh"),
    ("8", "Chuyển tiền nhung vào tài khoản từng HTX, THT theo biên bản xếp hạng",
     ["", H, "", "Chậm nhất 07 ngày sau mỗi lần nhận nhung", ""], ""),
    ("9", "Sấy, thái lát, đóng hộp nhung; in tên HTX, THT có nhung trên nhãn từng hộp",
     ["", H, "Trước 30/6/2027", "", ""], ""),
    ("10", "Gắn mã QR truy xuất nguồn gốc cho từng hộp nhung, nối với sổ cắt nhung của các HTX, THT",
     ["Quý II/2027", "", H, "", H], "Sở Khoa học và Công nghệ"),
    ("11", "Tổng kết mùa cắt nhung 2027, xếp loại HTX, THT giao nhung đạt hạng A, trình Hội đồng quản trị mức thưởng",
     ["Tháng 7/2027", H, "", "Tháng 7/2027", ""], ""),
]

AFTER = [
    ("IV. ĐỀ NGHỊ", "h"),
    ("Công ty đề nghị UBND các xã Sơn Tây, Tứ Mỹ, Sơn Giang, Kim Hoa xác nhận số hươu đực của từng hộ thành viên hợp tác "
     "xã, tổ hợp tác trong vùng liên kết và gửi về Công ty trước ngày 15/12/2026 để làm căn cứ ký phụ lục hợp đồng.",
     "p"),
    ("Các phòng, xưởng có tên trong bảng chủ động làm phần việc của mình; việc nào không theo kịp thời gian đã ghi thì "
     "phải báo trong ngày cho Phó Tổng Giám đốc được giao theo dõi vùng nguyên liệu./.", "p"),
]


def matrix(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, row in enumerate(table.rows):
        values = COLUMNS if n == 0 else [ROWS[n - 1][0], ROWS[n - 1][1], *ROWS[n - 1][2], ROWS[n - 1][3]]
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i != 1)
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NHUNG HƯƠU NGÀN PHỐ"], "Số: 36/KH-NHNP",
                 "Hà Tĩnh, ngày 14 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua nhung hươu của các hợp tác xã, tổ hợp tác nuôi hươu liên kết trong mùa cắt năm 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    para(doc, NOTE, italic=True)
    # the matrix is wide: it stands in a landscape section of its own
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2), Cm(2)
    matrix(doc)
    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)
    back.left_margin, back.right_margin = Cm(3), Cm(2)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị Công ty (b/c);",
                          "- UBND các xã Sơn Tây, Tứ Mỹ, Sơn Giang, Kim Hoa;", "- 04 HTX, THT liên kết;",
                          "- Các phòng, xưởng (t/h);", "- Lưu: VT, Phòng VNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phan Thị Hồng Quế"])
    assert all(p.alignment != WD_ALIGN_PARAGRAPH.JUSTIFY for p in doc.paragraphs)
    return saved(doc, author="Phòng Vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 36/KH-NHNP", created=datetime(2026, 10, 9, 8, 20, 0),
                 modified=datetime(2026, 10, 14, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
