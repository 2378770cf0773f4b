"""Write a_lang-son_47-2026-KH-NTLB_nhua-thong-htx-moc-phan-tram.docx, the two-hundred-and-twenty-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen229/make_docx.py [OUT]

A pine-resin company's plan (November 2026) for buying the tapped resin of its linked forestry cooperatives and
tapper groups over the 2027 tapping season: the opening (last season's figures), I. targets, II. a facts table of
the linked units (no work), III. a note on how the "Tiến độ" column is read, then ONE bordered table TT | Việc |
Bộ phận làm | Cùng làm | Tiến độ whose time cell gives, in five rows, STAGED PERCENT MILESTONES ("50% – trước
31/12/2026" over "100% – trước 15/02/2027": the 100% mark is the deadline, the earlier marks only checks), in the
other rows one time; IV. the linked units' own duty; the closing sentence; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lang-son_47-2026-KH-NTLB_nhua-thong-htx-moc-phan-tram.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Mùa cạo năm 2026, Công ty mua được 1.460 tấn nhựa thông của các hợp tác xã, tổ hợp tác liên kết ở vùng "
     "Lộc Bình, Đình Lập; 9% số lô nhựa phải trừ giá vì lẫn nước, vỏ cây và lá thông trên 5%; xảy ra 02 vụ cháy "
     "thảm cỏ dưới tán rừng đang cạo. Để giữ vùng nguyên liệu và nâng thu nhập của các tổ cạo, Công ty lập Kế hoạch "
     "thu mua nhựa thông mùa cạo năm 2027 như sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua tối thiểu 1.800 tấn nhựa thông của vùng liên kết; không quá 4% số lô bị trừ giá vì tạp chất.", "p"),
    ("- Mỗi cây chỉ mở một máng cạo, không cạo cây có đường kính ngang ngực dưới 20 cm; không để cháy rừng tại các "
     "lô rừng đang cạo.", "p"),
    ("II. VÙNG NGUYÊN LIỆU LIÊN KẾT", "h"),
]

UNIT_COLUMNS = ["Đơn vị liên kết", "Xã", "Rừng thông cạo (ha)", "Nhựa đăng ký (tấn)"]
UNIT_WIDTHS = [Cm(6.6), Cm(3.0), Cm(3.2), Cm(3.2)]
UNITS = [
    ("HTX Nông lâm nghiệp Khuất Xá", "Khuất Xá", "410", "520"),
    ("HTX Thông nhựa Kiên Mộc", "Kiên Mộc", "280", "360"),
    ("HTX Dịch vụ lâm nghiệp Đình Lập", "Đình Lập", "350", "430"),
    ("THT cạo nhựa thôn Bản Chắt", "Lộc Bình", "120", "150"),
    ("THT cạo nhựa thôn Nà Lìn", "Na Dương", "260", "340"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Cách ghi cột “Tiến độ”: khi việc có nhiều mốc, mỗi mốc ghi phần khối lượng phải làm xong đến ngày đó; mốc ghi "
     "100% là thời hạn hoàn thành việc, các mốc trước để Ban Giám đốc kiểm tra giữa chừng, không phải thời hạn. "
     "Việc ghi một thời gian không kèm phần trăm thì thời gian đó là thời hạn của cả việc.", "i"),
]

COLUMNS = ["TT", "Việc", "Bộ phận làm", "Cùng làm", "Tiến độ"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(2.8), Cm(2.8), Cm(3.0)]
# (TT, work, doer, partners, [lines of the time cell])
ROWS = [
    ("1", "Ký lại hợp đồng liên kết mùa cạo 2027 và phụ lục giá sàn với từng HTX, THT",
     "Phòng Nguyên liệu", "Phòng Kế toán", ["60% – trước 15/12/2026", "100% – trước 15/01/2027"]),
    ("2", "Kiểm kê, đánh số cây đủ tiêu chuẩn cạo trên các lô rừng liên kết; lập sơ đồ lô cho từng tổ cạo",
     "Phòng Kỹ thuật lâm sinh", "Hạt Kiểm lâm khu vực Lộc Bình", ["50% – trước 31/12/2026", "100% – trước 15/02/2027"]),
    ("3", "Mở lớp tập huấn cạo nhựa đúng độ sâu, bôi chất kích thích đúng liều cho tổ trưởng các tổ cạo",
     "Phòng Kỹ thuật lâm sinh", "Trung tâm Khuyến nông tỉnh", ["Tháng 02/2027"]),
    ("4", "Cấp máng hứng, túi hứng nhựa và 3.000 dao cạo cho các tổ cạo",
     "Phòng Nguyên liệu", "", ["70% – trước 20/02/2027", "100% – trước 05/3/2027"]),
    ("5", "Dựng 12 điểm cân nhựa ở các thôn; cân, lấy mẫu đo nước và tạp chất của từng lô",
     "Phòng Kiểm nghiệm", "Phòng Nguyên liệu", ["Mỗi kỳ thu nhựa (ngày 25 hằng tháng), từ tháng 4 đến tháng 12/2027"]),
    ("6", "Chở nhựa từ điểm cân về kho nhà máy",
     "Đội xe vận chuyển", "HTX Dịch vụ lâm nghiệp Đình Lập", ["Trong ngày cân"]),
    ("7", "Chuyển tiền nhựa vào tài khoản của HTX, THT",
     "Phòng Kế toán", "", ["Chậm nhất 05 ngày làm việc sau mỗi kỳ thu nhựa"]),
    ("8", "Lập phương án phòng cháy rừng thông đang cạo, cấp bình chữa cháy và dựng biển cấm lửa tại các lô cạo",
     "Ban An toàn - Phòng cháy", "Hạt Kiểm lâm khu vực Lộc Bình, UBND các xã có rừng liên kết",
     ["50% – trước 31/12/2026", "100% – trước 28/02/2027"]),
    ("9", "Kiểm tra vết cạo, cho nghỉ cạo các cây bị cạo quá sâu hoặc nứt thân",
     "Phòng Kỹ thuật lâm sinh", "HTX Thông nhựa Kiên Mộc", ["30% – trước 30/6/2027", "100% – trước 30/9/2027"]),
    ("10", "Tổng kết mùa cạo 2027; trả thưởng 500 đồng/kg cho các lô nhựa có tạp chất dưới 3%",
     "Phòng Kế toán", "Phòng Kiểm nghiệm", ["Tháng 01/2028"]),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA ĐƠN VỊ LIÊN KẾT", "h"),
    ("Các HTX, THT cạo nhựa liên kết lập danh sách tổ cạo, số cây cạo của từng hộ, số tài khoản nhận tiền, nộp "
     "Phòng Nguyên liệu trước ngày 10/01/2027; không cạo cây nằm ngoài danh sách đã đánh số, không bán nhựa của "
     "vùng liên kết cho người thu gom khác.", "p"),
    ("Trưởng các phòng, ban, đội bám sát tiến độ trên; mốc nào chậm thì báo ngay Phó Tổng Giám đốc phụ trách "
     "nguyên liệu để điều chỉnh./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            lines = value if isinstance(value, list) else [value]
            if n == 0:
                cell_lines(cell, lines, bold=(0,))
            elif any(lines):
                cell_lines(cell, lines, center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "NHỰA THÔNG LỘC BÌNH"], "Số: 47/2026/KH-NTLB",
                 "Lộc Bình, ngày 16 tháng 11 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu mua nhựa thông mùa cạo năm 2027 từ các HTX, THT cạo nhựa liên kết", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT cạo nhựa liên kết;",
                          "- Hạt Kiểm lâm khu vực Lộc Bình;", "- Các phòng, ban, đội (để thực hiện);", "- Lưu: VT, NL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Nông Đức Khiêm"])
    return saved(doc, author="Phòng Nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 47/2026/KH-NTLB", created=datetime(2026, 11, 10, 8, 30, 0),
                 modified=datetime(2026, 11, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
