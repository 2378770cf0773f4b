"""Write a_ninh-binh_19-2026-KH-ADV_quay-phim-htx-gia-van.docx, the two-hundred-and-seventeenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen217/make_docx.py [OUT]

A film production company's plan (September 2026) for shooting a television drama on location in two communes of
Ninh Bình with the cooperatives and the cooperative group there: boats and a lotus pond, a rice field kept unharvested,
a sedge workshop rebuilt, props, extras, meals, payment and the site handed back. I. aims ("-" lines), II. a facts
table of the three shooting rounds (no work), then A LANDSCAPE SECTION with one wide bordered table Hạng mục | Việc
cần làm | Người phụ trách (đoàn phim) | HTX, THT cùng làm | Xong trước whose doer is A PERSON'S NAME WITH THE CREW POST
IN BRACKETS, whose category is typed only on the first row of its group (the cells below left blank), whose times are
yearless short dates ("20/9"), "trước ngày bấm máy", "Trong đợt 1", "05 ngày sau mỗi đợt", "Khi phim phát sóng";
back in a portrait section, IV. one request to the communes; the closing sentence; the signature beside "Nơi nhận".

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ninh-binh_19-2026-KH-ADV_quay-phim-htx-gia-van.docx"

OPENING = [
    ("Phim truyền hình \"Bến sông mùa gặt\" (32 tập) do Công ty sản xuất theo hợp đồng đặt hàng ký ngày 12/6/2026 có "
     "46 cảnh ngoại cần quay ở vùng chiêm trũng. Sau khi khảo sát, đoàn phim chọn bến thuyền, đầm sen, cánh đồng lúa "
     "và làng dệt chiếu của xã Gia Vân, xã Gia Hưng (tỉnh Ninh Bình), nơi các hợp tác xã, tổ hợp tác đã nhận lời cho "
     "thuê bối cảnh, phương tiện và cung cấp dịch vụ. Công ty lập Kế hoạch phối hợp như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Quay xong toàn bộ cảnh ngoại trong 27 ngày, không làm ảnh hưởng đến việc làm ăn của bà con và khách du lịch.",
     "p"),
    ("- Thuê dịch vụ của các HTX, THT với tổng giá trị dự kiến 1,9 tỷ đồng; trả tiền sòng phẳng, đúng hẹn; trả lại "
     "hiện trường như lúc nhận.", "p"),
    ("II. LỊCH QUAY DỰ KIẾN", "h"),
    ("Ngày bấm máy: 05/10/2026. Ngày đóng máy: 31/10/2026. Lịch từng đợt dưới đây để các bộ phận và các HTX, THT bố trí "
     "người, thuyền, ruộng:", "p"),
]

ROUND_COLUMNS = ["Đợt quay", "Thời gian", "Bối cảnh chính", "Đơn vị địa phương có liên quan"]
ROUND_WIDTHS = [Cm(2.2), Cm(3.6), Cm(5.0), Cm(5.2)]
ROUNDS = [
    ("Đợt 1", "05/10 - 12/10/2026", "Bến thuyền, đầm sen, đường làng ven sông", "HTX Dịch vụ du lịch Đầm Vân"),
    ("Đợt 2", "13/10 - 22/10/2026", "Ruộng lúa chín, sân phơi, nhà kho hợp tác xã cũ",
     "THT sản xuất lúa thôn Tri Hối"),
    ("Đợt 3", "23/10 - 31/10/2026", "Xưởng dệt chiếu, phiên chợ quê", "HTX Cói mỹ nghệ Gia Hưng"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG CHUẨN BỊ VÀ THỰC HIỆN", "h"),
    ("Ngày ghi trong cột \"Xong trước\" không kèm năm là ngày của năm 2026.", "p"),
]

COLUMNS = ["Hạng mục", "Việc cần làm", "Người phụ trách (đoàn phim)", "HTX, THT cùng làm", "Xong trước"]
WIDTHS = [Cm(3.0), Cm(10.2), Cm(4.6), Cm(4.6), Cm(2.8)]
ROWS = [
    ("Bối cảnh", "Ký hợp đồng thuê bến thuyền, 12 chiếc thuyền nan và khu đầm sen cho đợt 1, ghi rõ mức bồi thường "
                 "nếu làm dập, gãy sen", "Lê Quang Vinh (Trưởng bối cảnh)", "HTX Dịch vụ du lịch Đầm Vân", "20/9"),
    ("", "Thỏa thuận để lại 1,5 ha lúa chưa gặt đến hết đợt 2; Công ty trả tiền bù hao hụt theo giá thóc tươi tại "
         "ruộng", "Lê Quang Vinh (Trưởng bối cảnh)", "THT sản xuất lúa thôn Tri Hối", "25/9"),
    ("", "Sửa lại mái, vách nhà kho cói bỏ không để làm xưởng dệt chiếu trong phim", "Đỗ Minh Khang (Họa sĩ thiết kế)",
     "HTX Cói mỹ nghệ Gia Hưng", "trước ngày bấm máy"),
    ("Đạo cụ", "Đặt may 40 chiếc chiếu cói, 25 làn cói và 30 mũ cói theo mẫu những năm 1980",
     "Đỗ Minh Khang (Họa sĩ thiết kế)", "HTX Cói mỹ nghệ Gia Hưng", "30/9"),
    ("Diễn viên quần chúng", "Tuyển 60 người đóng vai dân làng, người chèo đò; lập danh sách, ký giấy đồng ý cho ghi "
                             "hình từng người", "Vũ Thị Hồng Nhung (Phó đạo diễn)",
     "HTX Dịch vụ du lịch Đầm Vân, THT sản xuất lúa thôn Tri Hối", "28/9"),
    ("", "Mở 03 buổi tập chèo thuyền nan và gặt lúa bằng liềm cho các diễn viên chính", "Vũ Thị Hồng Nhung (Phó đạo diễn)",
     "HTX Dịch vụ du lịch Đầm Vân", "03/10"),
    ("Hậu cần", "Ký hợp đồng nấu 03 bữa mỗi ngày cho đoàn 85 người suốt thời gian quay; thực phẩm rõ nguồn gốc, lưu "
                "mẫu thức ăn 24 giờ", "Phạm Thu Trang (Quản lý hậu cần)", "HTX Dịch vụ tổng hợp Gia Vân", "30/9"),
    ("", "Thuê 02 nhà văn hóa thôn làm chỗ hóa trang, cất giữ phục trang", "Phạm Thu Trang (Quản lý hậu cần)", "",
     "01/10"),
    ("An toàn", "Mua bảo hiểm tai nạn cho diễn viên quần chúng và người chèo thuyền trong các ngày có cảnh quay",
     "Phạm Thu Trang (Quản lý hậu cần)", "", "04/10"),
    ("", "Đặt đủ áo phao trên mỗi thuyền khi quay cảnh dưới nước; dừng quay khi gió từ cấp 5 trở lên",
     "Trần Đức Hải (Trợ lý sản xuất)", "HTX Dịch vụ du lịch Đầm Vân", "Trong đợt 1"),
    ("Thanh toán", "Chuyển khoản tiền thuê, tiền công vào tài khoản của từng HTX, THT kèm bảng kê ngày công",
     "Ngô Thanh Bình (Kế toán đoàn phim)", "", "05 ngày sau mỗi đợt"),
    ("Hoàn trả hiện trường", "Tháo dỡ phần dựng thêm, dọn rác, trả lại bến thuyền, đầm sen, nhà kho; lập biên bản bàn "
                             "giao với từng đơn vị", "Lê Quang Vinh (Trưởng bối cảnh)",
     "HTX Dịch vụ du lịch Đầm Vân, HTX Cói mỹ nghệ Gia Hưng", "05/11"),
    ("Quảng bá", "Ghi tên các HTX, THT ở phần cảm ơn cuối mỗi tập; dựng 01 phóng sự hậu trường giới thiệu chiếu cói "
                 "và tour thuyền", "Bùi Anh Tuấn (Phụ trách truyền thông)",
     "HTX Cói mỹ nghệ Gia Hưng, HTX Dịch vụ du lịch Đầm Vân", "Khi phim phát sóng"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ", "h"),
    ("Đề nghị UBND xã Gia Vân, UBND xã Gia Hưng thông báo lịch quay trên loa truyền thanh của xã; chỉ đạo Công an xã "
     "giữ trật tự, hướng dẫn giao thông tại bối cảnh trong thời gian quay (05/10 - 31/10/2026).", "p"),
    ("Các bộ phận của đoàn phim, các HTX, THT đã ký hợp đồng với Công ty căn cứ Kế hoạch này để làm theo phần việc "
     "của mình; vướng mắc báo ngay cho Giám đốc sản xuất./.", "p"),
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


def turned(doc, landscape: bool):
    """A new section on a new page, landscape or portrait (A4)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.left_margin, section.right_margin = Cm(2), Cm(2)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(2)
    return section


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH SẢN XUẤT PHIM", "ÁNH DƯƠNG VIỆT"], "Số: 19/2026/KH-ADV",
                 "Hà Nội, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Làm việc với các HTX, THT ở xã Gia Vân, xã Gia Hưng khi quay ngoại cảnh phim truyền hình "
              "\"Bến sông mùa gặt\"", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, ROUND_COLUMNS, ROUND_WIDTHS, ROUNDS, center_columns=(0, 1))
    turned(doc, landscape=True)
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(4,))
    turned(doc, landscape=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- UBND xã Gia Vân, UBND xã Gia Hưng;", "- Các HTX, THT ký hợp đồng;",
                          "- Đạo diễn, các bộ phận đoàn phim;", "- Lưu: VT, SX."],
                    ["GIÁM ĐỐC", "", "", "", "Nguyễn Hoàng Thái Sơn"])
    return saved(doc, author="Bộ phận Sản xuất", editor="Văn thư Công ty",
                 title="Kế hoạch 19/2026/KH-ADV", created=datetime(2026, 9, 3, 9, 10, 0),
                 modified=datetime(2026, 9, 8, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
